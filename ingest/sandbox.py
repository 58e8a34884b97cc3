"""Parse one pdf/docx/html file in a child process with CPU-time and memory limits, so a
hostile file (a compression bomb, an entity bomb, a parser loop) costs a bounded amount
and never touches the index. `python -m ingest.sandbox FILE` prints the result as JSON."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from ingest.loaders import ParsedDocument, check_zip, fail
from jiaoti.errors import IngestError

log = logging.getLogger(__name__)


def _limits(memory_mb: int, cpu_seconds: int):
    def apply() -> None:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    return apply


def parse_sandboxed(path: Path, timeout: float, memory_mb: int) -> ParsedDocument:
    if path.suffix.lower() == ".docx":
        check_zip(path, memory_mb * 1024 * 1024 // 4)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JIAOTI_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run([sys.executable, "-m", "ingest.sandbox", str(path)],
                              capture_output=True, timeout=timeout, env=env,
                              preexec_fn=_limits(memory_mb, int(timeout) + 1))
    except subprocess.TimeoutExpired:
        raise fail(path, f"解析超时（超过 {timeout:.0f} 秒），文件可能有问题，已拒绝") from None
    out = proc.stdout.decode("utf-8", "replace").strip()
    if proc.returncode == 0 and out:
        data = json.loads(out)
        if "error" in data:
            raise IngestError(data["error"])
        data["headings"] = {int(k): v for k, v in data["headings"].items()}
        return ParsedDocument(**data)
    err = proc.stderr.decode("utf-8", "replace")
    log.warning("sandbox for %s exited %s: %s", path, proc.returncode, err[-2000:])
    if "MemoryError" in err or proc.returncode in (-9, -6, 137):
        raise fail(path, f"解析所需内存超过 {memory_mb} MB 上限，文件可能有问题，已拒绝")
    if proc.returncode in (-24, 152):   # SIGXCPU
        raise fail(path, "解析超时，文件可能有问题，已拒绝")
    raise fail(path, "无法解析该文件（格式损坏或不受支持）")


def main(argv: list[str]) -> int:
    from ingest.loaders import parse_in_process

    path = Path(argv[0])
    try:
        doc = parse_in_process(path)
        out = asdict(doc)
    except IngestError as exc:
        out = {"error": str(exc)}
    except MemoryError:
        raise
    except Exception as exc:   # any parser failure becomes a one-line reason
        out = {"error": str(fail(path, f"无法解析该文件（{type(exc).__name__}）"))}
    sys.stdout.write(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
