"""Parse one file in a child process with CPU-time, memory and wall-clock limits, so a
hostile file (a compression bomb, an entity bomb, a parser loop, a converter that hangs)
costs a bounded amount and never touches the index. Scanned pages need the OCR model,
which wants more memory: a second child, with the OCR limits and time for each scanned
page, reads them. `python -m ingest.sandbox FILE [--ocr]` prints the result as JSON and
reports progress on stderr."""

from __future__ import annotations

import argparse
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from ingest.loaders import (CONVERTED_FORMATS, IMAGE_FORMATS, ZIP_FORMATS, ParsedDocument,
                            check_entities, check_zip, fail)
from jiaoti.errors import IngestError
from jiaoti.readable import readable_share

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
_MARK = "\x1eprogress "


def _limits(memory_mb: int, cpu_seconds: int):
    def apply() -> None:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    return apply


def parse_sandboxed(path: Path, settings, progress: Progress | None = None) -> ParsedDocument:
    """Parse ``path`` in the sandbox; scanned pages are read by OCR in a second sandbox
    (with ``progress(page, pages)``) when OCR is enabled."""
    from ingest.office import missing_converter

    suffix = path.suffix.lower()
    if suffix in ZIP_FORMATS:
        check_zip(path, settings.parse_memory_mb * 1024 * 1024 // 4)
    reason = missing_converter(path, settings.office_command)
    if reason:
        raise fail(path, reason)
    if suffix in IMAGE_FORMATS:
        return _ocr(path, 1, settings, progress)
    doc = _run(path, settings, [], settings.parse_timeout_seconds, settings.parse_memory_mb)
    if doc.ocr_needed and settings.ocr_enabled:
        if doc.ocr_needed > settings.ocr_max_pages:
            raise fail(path, f"扫描页过多（{doc.ocr_needed} 页，上限 {settings.ocr_max_pages} 页），"
                             "请拆分后上传")
        doc = _ocr(path, doc.ocr_needed, settings, progress)
    elif doc.ocr_needed:
        log.warning("%s: %d scanned pages not read (OCR is off)", path.name, doc.ocr_needed)
    return doc


def _ocr(path: Path, pages: int, settings, progress: Progress | None) -> ParsedDocument:
    if not settings.ocr_enabled:
        raise fail(path, "扫描件文字识别已关闭（JIAOTI_OCR_ENABLED=false），无法读取图片")
    timeout = settings.parse_timeout_seconds + pages * settings.ocr_page_seconds
    return _run(path, settings, ["--ocr"], timeout, settings.ocr_memory_mb, progress)


def _run(path: Path, settings, extra: list[str], timeout: float, memory_mb: int,
         progress: Progress | None = None) -> ParsedDocument:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIAOTI_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    args = [sys.executable, "-m", "ingest.sandbox", str(path), "--max-rows",
            str(settings.table_max_rows), "--office", settings.office_command,
            "--timeout", str(settings.parse_timeout_seconds), *extra]
    # CPU time: the OCR model keeps both cores busy, so allow twice the wall time
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True,
                            preexec_fn=_limits(memory_mb, int(timeout * 2) + 1))
    out, err = _follow(proc, path, timeout, progress)
    if proc.returncode == 0 and out:
        data = json.loads(out)
        if "error" in data:
            raise IngestError(data["error"])
        return ParsedDocument.from_dict(data)
    log.warning("sandbox for %s exited %s: %s", path, proc.returncode, err[-2000:])
    if "MemoryError" in err or "bad_alloc" in err or proc.returncode in (-9, -6, 137):
        raise fail(path, f"解析所需内存超过 {memory_mb} MB 上限，文件可能有问题，已拒绝")
    if proc.returncode in (-24, 152):   # SIGXCPU
        raise fail(path, "解析超时，文件可能有问题，已拒绝")
    if proc.returncode in (-11, 139):   # native code that could not allocate
        raise fail(path, f"解析进程异常退出（内存上限 {memory_mb} MB 可能不够，或文件有问题），已拒绝")
    raise fail(path, "无法解析该文件（格式损坏或不受支持）")


def _follow(proc, path: Path, timeout: float, progress: Progress | None) -> tuple[str, str]:
    """Wait for the child (killing its whole process group past ``timeout``), passing its
    progress lines on; (stdout, the rest of stderr)."""
    lines: queue.Queue = queue.Queue()
    out: list[bytes] = []
    readers = [threading.Thread(target=lambda: out.append(proc.stdout.read()), daemon=True),
               threading.Thread(target=_lines, args=(proc.stderr, lines), daemon=True)]
    for t in readers:
        t.start()
    deadline, err = time.monotonic() + timeout, []
    while True:
        try:
            line = lines.get(timeout=max(0.0, min(0.5, deadline - time.monotonic())))
        except queue.Empty:
            line = ""
        if line is None:                 # stderr closed: the child is done
            break
        if line.startswith(_MARK):
            done, total = map(int, line[len(_MARK):].split())
            if progress:
                progress(done, total)
        elif line:
            err.append(line)
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise fail(path, f"解析超时（超过 {timeout:.0f} 秒），文件可能有问题，已拒绝")
    proc.wait()
    readers[0].join()
    return (out[0] if out else b"").decode("utf-8", "replace").strip(), "".join(err)


def _lines(stream, lines: queue.Queue) -> None:
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode("utf-8", "replace"))
    lines.put(None)

# ---------------------------------------------------------------- the child


def parse_in_process(path: Path, args: argparse.Namespace, progress: Progress | None = None
                     ) -> ParsedDocument:
    """Parse one file (this runs inside the sandbox subprocess)."""
    from ingest.htmldoc import load_html
    from ingest.loaders import load_docx
    from ingest.office import convert, load_xlsx
    from ingest.ocr import load_image
    from ingest.pdf import load_pdf

    suffix = path.suffix.lower()
    if suffix in CONVERTED_FORMATS:
        converted = convert(path, args.office, args.timeout)
        check_zip(converted, 256 * 1024 * 1024)
        try:
            doc = parse_in_process(converted, args)
        except IngestError as exc:     # name the file that was given, not the converted copy
            raise fail(path, str(exc).split("：", 1)[-1]) from exc
        if readable_share(doc.text) < 0.5:
            raise fail(path, "转换结果不是正常文字，文件可能已损坏或不是它声称的格式，已拒绝")
        doc.fmt = suffix.lstrip(".")
        return doc
    if suffix in IMAGE_FORMATS:
        return load_image(path, progress)
    if suffix == ".pdf":
        return load_pdf(path, ocr=args.ocr, progress=progress)
    if suffix in ZIP_FORMATS:
        check_entities(path)
        return load_docx(path) if suffix == ".docx" else load_xlsx(path, args.max_rows)
    data = path.read_bytes()
    check_entities(path, data)
    return load_html(data, path)


def _report(done: int, total: int) -> None:
    sys.stderr.write(f"{_MARK}{done} {total}\n")
    sys.stderr.flush()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest.sandbox")
    ap.add_argument("file", type=Path)
    ap.add_argument("--ocr", action="store_true", help="read scanned pages by OCR")
    ap.add_argument("--max-rows", type=int, default=100_000)
    ap.add_argument("--office", default="soffice")
    ap.add_argument("--timeout", type=float, default=60.0, help="time for a conversion")
    args = ap.parse_args(argv)
    try:
        out = asdict(parse_in_process(args.file, args, _report))
    except IngestError as exc:
        out = {"error": str(exc)}
    except MemoryError:
        raise
    except Exception as exc:   # any parser failure becomes a one-line reason
        log.debug("parse failed", exc_info=True)
        reason = ("所需内存超过上限，文件可能有问题，已拒绝" if "bad_alloc" in str(exc)
                  else f"无法解析该文件（{type(exc).__name__}）")
        out = {"error": str(fail(args.file, reason))}
    sys.stdout.write(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
