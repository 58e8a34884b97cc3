"""python -m assistant ask "问题" [--history "上一轮问题" ...] [--mode extractive|llm] [--json]
python -m assistant ask --batch FILE.jsonl --json

Thin: translates arguments and errors; the work happens in assistant.engine."""

from __future__ import annotations

import argparse
import json
import sys

from jiaoti.errors import JiaotiError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant", description="教体问答：根据报告回答问题。")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="ask a question")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--history", action="append", default=[], metavar="Q",
                     help="an earlier question of the conversation (repeatable, oldest first)")
    ask.add_argument("--mode", choices=["extractive", "llm"], help="answer mode")
    ask.add_argument("--batch", metavar="FILE", help='JSONL: {"question": ..., "history": [...]}')
    ask.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    return p


def render(answer) -> str:
    """The answer with numbered sources, for people."""
    lines = [answer.answer]
    if answer.notice:
        lines.append(f"（{answer.notice}）")
    if answer.citations:
        lines.append("")
        lines.append("来源：")
        for c in answer.citations:
            where = c.section or c.title
            lines.append(f"[{c.n}] 《{c.title}》 {where}（第 {c.start}–{c.end} 字）")
            lines.append(f"    “{c.quote}”")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from jiaoti.logging_setup import configure_logging
    from jiaoti.settings import Settings

    settings = Settings()
    configure_logging(settings.log_level, quiet=True)
    if not args.batch and args.question is None:
        print("错误：请给出问题，例如 python -m assistant ask \"去年新招了多少老师？\"", file=sys.stderr)
        return 2
    try:
        items = _read_batch(args.batch) if args.batch else [(args.question, args.history)]
    except (OSError, ValueError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    try:
        from assistant.engine import Assistant

        assistant = Assistant.from_settings(settings)
        for question, history in items:
            answer = assistant.ask(question, history=history, mode=args.mode)
            if args.json:
                print(json.dumps(answer.to_dict(), ensure_ascii=False), flush=True)
            else:
                print(render(answer) + ("\n" if args.batch else ""), flush=True)
    except JiaotiError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    return 0


def _read_batch(path: str) -> list[tuple[str, list[str]]]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                question = obj["question"]
                history = obj.get("history") or []
                if not isinstance(question, str) or not isinstance(history, list):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                raise ValueError(f"{path} 第 {no} 行不是有效的 "
                                 '{"question": "...", "history": [...]} JSON') from None
            items.append((question, [h for h in history if isinstance(h, str)]))
    return items


if __name__ == "__main__":
    sys.exit(main())
