"""Write an evaluation report to a folder: results.jsonl, report.md and two charts."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path


def write_outputs(report, out: Path) -> list[Path]:
    from eval.report import bar_chart, confusion_chart, markdown

    out.mkdir(parents=True, exist_ok=True)
    res = out / "results.jsonl"
    with res.open("w", encoding="utf-8") as fh:
        for r in report.results:
            fh.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    md = out / "report.md"
    md.write_text(markdown(report), encoding="utf-8")
    png = out / "metrics_by_tag.png"
    bar_chart(report, png)
    outcomes = out / "outcomes.png"
    confusion_chart(report, outcomes)
    return [md, res, png, outcomes]
