"""python -m eval run [--dataset FILE ...] [--mode extractive|llm] [--out DIR]
                     [--min-accuracy X] [--min-refusal X] [--max-false-answers N]

Exit codes: 0 every threshold met, 1 a metric below its threshold, 2 unusable input
(a malformed dataset line, no index, no model endpoint in llm mode)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jiaoti.errors import JiaotiError

DEFAULT_DATASET = Path(__file__).resolve().parent / "datasets" / "report_2023_2024.jsonl"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m eval", description="评测：用题目和数字检验回答。")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run datasets and score them")
    run.add_argument("--dataset", action="append", type=Path, metavar="FILE",
                     help=f"JSONL dataset (repeatable; default {DEFAULT_DATASET.name})")
    run.add_argument("--mode", choices=["extractive", "llm"], help="answer mode")
    run.add_argument("--out", type=Path, default=Path("eval/out"), help="report folder")
    run.add_argument("--min-accuracy", type=float, default=0.0)
    run.add_argument("--min-refusal", type=float, default=0.0)
    run.add_argument("--max-false-answers", type=int, default=None)
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from eval.dataset import DatasetError, load
    from jiaoti.logging_setup import configure_logging
    from jiaoti.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, quiet=True)
    paths = args.dataset or [DEFAULT_DATASET]
    try:
        for p in paths:
            load(p)      # validate every file before any question is asked
    except DatasetError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    mode = args.mode or settings.mode
    if mode == "llm" and not (settings.llm_base_url and settings.llm_model):
        print("错误：llm 模式需要模型服务：请设置 JIAOTI_LLM_BASE_URL 和 JIAOTI_LLM_MODEL。",
              file=sys.stderr)
        return 2
    try:
        return _run(args, settings, paths, mode)
    except JiaotiError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


def _run(args, settings, paths, mode) -> int:
    from rich.console import Console
    from rich.progress import Progress

    from assistant.engine import Assistant
    from eval.report import print_table
    from eval.run import run, write_outputs

    assistant = Assistant.from_settings(settings)
    console = Console(stderr=False)
    with Progress(console=Console(stderr=True), transient=True,
                  disable=args.quiet or not sys.stderr.isatty()) as bar:
        task = bar.add_task("评测中", total=None)
        report = run(paths, assistant, mode,
                     progress=lambda d, t: bar.update(task, completed=d, total=t))
    print_table(report, console)
    files = write_outputs(report, args.out)
    console.print("written: " + ", ".join(str(f) for f in files))
    m = report.metrics
    problems = []
    if m.accuracy < args.min_accuracy:
        problems.append(f"answer accuracy {m.accuracy:.3f} < {args.min_accuracy}")
    if m.unanswerable and m.refusal < args.min_refusal:
        problems.append(f"refusal accuracy {m.refusal:.3f} < {args.min_refusal}")
    if args.max_false_answers is not None and m.false_answers > args.max_false_answers:
        problems.append(f"false answers {m.false_answers} > {args.max_false_answers}")
    for p in problems:
        print(f"未达标 / below threshold: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
