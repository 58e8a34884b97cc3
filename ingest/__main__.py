"""python -m ingest PATH... [--rebuild] | --delete NAME... | --list

Exit codes: 0 all files ingested, 1 some file failed (the others still went in),
2 nothing could be done (bad settings, index busy, …)."""

from __future__ import annotations

import argparse
import logging
import sys

from jiaoti.errors import JiaotiError


def main(argv: list[str] | None = None) -> int:
    from ingest.loaders import FORMAT_NAMES

    parser = argparse.ArgumentParser(prog="python -m ingest",
                                     description=f"把报告文件加入知识库（{FORMAT_NAMES}）。")
    parser.add_argument("paths", nargs="*", help="files or folders to ingest")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild the whole index into a fresh collection, switched to "
                             "only when complete")
    parser.add_argument("--delete", nargs="+", metavar="NAME", help="remove documents by file name")
    parser.add_argument("--list", action="store_true", help="list indexed documents")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)

    from jiaoti.logging_setup import configure_logging
    from jiaoti.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, quiet=True)
    if not (args.paths or args.rebuild or args.delete or args.list):
        parser.print_usage(sys.stderr)
        print("请给出要导入的文件或文件夹，例如：python -m ingest data/reports", file=sys.stderr)
        return 2
    try:
        return _run(args, settings)
    except JiaotiError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断；原索引保持不变，可重新运行。", file=sys.stderr)
        return 130


def _run(args, settings) -> int:
    from ingest.pipeline import delete_documents, ingest_paths
    from vectorstore.index import Index

    index = Index(settings)
    if args.delete:
        for name, n in delete_documents(args.delete, settings, index).items():
            print(f"{name}: 已删除 {n} 个片段" if n else f"{name}: 不在知识库中")
    if args.paths or args.rebuild:
        with _progress(args.quiet) as on_file:
            report = ingest_paths(args.paths, settings, index, rebuild=args.rebuild,
                                  on_file=on_file)
        for path, reason in report.failed:
            print(f"失败 {reason}", file=sys.stderr)
        for note in report.warnings:
            print(f"注意 {note}", file=sys.stderr)
        verb = "重建完成" if args.rebuild else "导入完成"
        print(f"{verb}：新增或更新 {len(report.added)} 个文件（{report.chunks_added} 个片段，删除旧片段 "
              f"{report.chunks_deleted} 个），未变化 {len(report.unchanged)} 个，失败 "
              f"{len(report.failed)} 个，用时 {report.seconds:.2f} 秒。")
        if not report.ok:
            return 1
    if args.list:
        snap = index.snapshot(force=True)
        for doc in sorted(snap.documents.values(), key=lambda d: d.source):
            print(f"{doc.source}\t{doc.chunks} 个片段\t{doc.ingested_at}\t{doc.title}")
    return 0


class _progress:
    """One progress bar for the whole run, on a terminal only: files done, the file being
    read or embedded, and chunks embedded per second."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return None
        import time

        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeRemainingColumn)

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[speed]}"), TimeRemainingColumn(),
                            transient=True)
        self.bar.start()
        task = self.bar.add_task("导入", total=None, speed="")
        started, embedded = time.perf_counter(), [0]

        def on_file(name: str, i: int, n: int):
            self.bar.update(task, description=f"[{i}/{n}] {name}", completed=i - 1, total=n)
            seen = [0]

            def update(done: int, total: int) -> None:
                embedded[0] += done - seen[0]
                seen[0] = done
                rate = embedded[0] / max(time.perf_counter() - started, 1e-9)
                self.bar.update(task, completed=i - 1 + done / max(total, 1),
                                speed=f"{rate:.0f} 段/秒")
            return update
        return on_file

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


if __name__ == "__main__":
    logging.captureWarnings(True)
    sys.exit(main())
