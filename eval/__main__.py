"""python -m eval run [--dataset FILE ...] [--mode extractive|llm] [--out DIR]
                     [--min-accuracy X] [--min-refusal X] [--max-false-answers N]

With no --dataset, every dataset in eval/datasets is run against its own documents (each
environment in a fresh temporary index). Thresholds apply to every set: accuracy and refusal
per set, false answers summed over all sets.

Exit codes: 0 every threshold met, 1 a metric below its threshold, 2 unusable input
(a malformed dataset line, a missing document, no model endpoint in llm mode)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jiaoti.errors import JiaotiError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m eval", description="评测：用题目和数字检验回答。")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run datasets against their documents and score them")
    run.add_argument("--dataset", action="append", type=Path, metavar="FILE",
                     help="JSONL dataset (repeatable; default: every set in eval/datasets)")
    run.add_argument("--mode", choices=["extractive", "llm"], help="answer mode")
    run.add_argument("--out", type=Path, default=Path("eval/out"), help="report folder")
    run.add_argument("--min-accuracy", type=float, default=0.0)
    run.add_argument("--min-refusal", type=float, default=0.0)
    run.add_argument("--max-false-answers", type=int, default=None)
    run.add_argument("--no-ablation", action="store_true",
                     help="skip the general-lexicon-only rerun")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from eval.dataset import DatasetError, bundled, load_dataset
    from jiaoti.logging_setup import configure_logging
    from jiaoti.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, quiet=True)
    try:
        datasets = [load_dataset(p) for p in (args.dataset or bundled())]
    except DatasetError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    mode = args.mode or settings.mode
    if mode == "llm" and not (settings.llm_base_url and settings.llm_model):
        print("错误：llm 模式需要模型服务：请设置 JIAOTI_LLM_BASE_URL 和 JIAOTI_LLM_MODEL。",
              file=sys.stderr)
        return 2
    try:
        return _run(args, settings, datasets, mode)
    except JiaotiError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


def _run(args, settings, datasets, mode) -> int:
    from rich.console import Console
    from rich.progress import Progress

    from eval.report import print_table
    from eval.suite import run_suite
    from eval.write import write_outputs

    console = Console(stderr=False, width=None if sys.stdout.isatty() else 160)
    with Progress(console=Console(stderr=True), transient=True,
                  disable=args.quiet or not sys.stderr.isatty()) as bar:
        task = bar.add_task("评测中", total=None)
        report = run_suite(datasets, settings, mode, ablate=not args.no_ablation,
                           progress=lambda d, t: bar.update(task, completed=d, total=t))
    print_table(report, console)
    files = write_outputs(report, args.out)
    console.print("written: " + ", ".join(str(f) for f in files))
    problems = thresholds(report, args.min_accuracy, args.min_refusal, args.max_false_answers)
    for p in problems:
        print(f"未达标 / below threshold: {p}", file=sys.stderr)
    return 1 if problems else 0


def thresholds(report, min_accuracy: float, min_refusal: float,
               max_false: int | None) -> list[str]:
    from eval.run import metrics

    problems = []
    for ds in report.datasets:
        m = metrics(report.of(ds.path.name))
        if m.answerable and m.accuracy < min_accuracy:
            problems.append(f"{ds.name}: answer accuracy {m.accuracy:.3f} < {min_accuracy}")
        if m.unanswerable and m.refusal < min_refusal:
            problems.append(f"{ds.name}: refusal accuracy {m.refusal:.3f} < {min_refusal}")
    false = metrics(report.results).false_answers
    if max_false is not None and false > max_false:
        problems.append(f"false answers {false} > {max_false}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
