"""Run datasets through the same Python API as the web chat, score, and report."""

from __future__ import annotations

import json
import logging
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eval.dataset import Item, file_hash
from eval.score import judge

log = logging.getLogger(__name__)


@dataclass
class Metrics:
    answerable: int = 0
    unanswerable: int = 0
    accuracy: float = 0.0          # answerable items answered with every expected figure
    refusal: float = 0.0           # unanswerable items refused without a figure
    false_answers: int = 0         # a figure given where it should refuse
    citation_support: float = 0.0  # first quote contains an expected string
    hit_at_1: float | None = None  # expected section in the top chunk
    hit_at_3: float | None = None
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    by_tag: dict = field(default_factory=dict)


@dataclass
class Result:
    id: str
    dataset: str
    question: str
    history: list
    standalone_question: str
    answer: str
    answerable: bool
    expected: list
    unanswerable: bool
    passed: bool
    why: str
    false_answer: bool
    citation_ok: bool | None
    section: str | None
    hit_rank: int | None
    latency_ms: float
    tags: list
    quote: str | None
    extra: dict


def section_rank(expected: str, hits) -> int | None:
    """1-based rank of the first hit inside the expected section (0 = not retrieved)."""
    for rank, hit in enumerate(hits, 1):
        parts = hit.chunk.section_parts()
        if (expected == "" and not parts) or (expected and expected in parts):
            return rank
    return 0


def evaluate(items: list[Item], assistant, mode: str | None = None, progress=None) -> list[Result]:
    results = []
    for i, item in enumerate(items):
        ans = assistant.ask(item.question, history=list(item.history), mode=mode)
        quote = ans.citations[0].quote if ans.citations else None
        v = judge(item, ans.answer, ans.answerable, quote)
        rank = section_rank(item.section, ans.hits) if item.section is not None \
            and not item.unanswerable else None
        results.append(Result(item.id, item.dataset, item.question, list(item.history),
                              ans.standalone_question, ans.answer, ans.answerable,
                              [list(g) for g in item.answers], item.unanswerable, v.passed,
                              v.why, v.false_answer, v.citation_ok, item.section, rank,
                              round(ans.latency_ms, 2), list(item.tags), quote, item.extra))
        if progress:
            progress(i + 1, len(items))
    return results


def _ratio(xs: list[bool]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def metrics(results: list[Result]) -> Metrics:
    ans = [r for r in results if not r.unanswerable]
    una = [r for r in results if r.unanswerable]
    ranked = [r.hit_rank for r in ans if r.hit_rank is not None]
    m = Metrics(
        answerable=len(ans), unanswerable=len(una),
        accuracy=_ratio([r.passed for r in ans]), refusal=_ratio([r.passed for r in una]),
        false_answers=sum(r.false_answer for r in una),
        citation_support=_ratio([bool(r.citation_ok) for r in ans]),
        hit_at_1=_ratio([0 < k <= 1 for k in ranked]) if ranked else None,
        hit_at_3=_ratio([0 < k <= 3 for k in ranked]) if ranked else None,
        p50_ms=statistics.median([r.latency_ms for r in results]) if results else 0.0,
        p95_ms=_pct([r.latency_ms for r in results], 0.95))
    tags = sorted({t for r in results for t in r.tags})
    for tag in tags:
        rs = [r for r in results if tag in r.tags]
        m.by_tag[tag] = {"n": len(rs), "pass": round(_ratio([r.passed for r in rs]), 4)}
    return m


@dataclass
class Report:
    metrics: Metrics
    results: list[Result]
    settings_hash: str
    dataset_hash: str
    datasets: list[str]
    mode: str
    started: str
    seconds: float


def run(paths: list[Path], assistant, mode: str | None = None, progress=None) -> Report:
    from eval.dataset import load

    items: list[Item] = []
    for p in paths:
        items.extend(load(p))
    t0 = time.perf_counter()
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    results = evaluate(items, assistant, mode, progress)
    return Report(metrics(results), results, assistant.settings_hash, file_hash(paths),
                  [str(p) for p in paths], mode or assistant.settings.mode, started,
                  time.perf_counter() - t0)


def write_outputs(report: Report, out: Path) -> list[Path]:
    from eval.report import bar_chart, markdown

    out.mkdir(parents=True, exist_ok=True)
    res = out / "results.jsonl"
    with res.open("w", encoding="utf-8") as fh:
        for r in report.results:
            fh.write(json.dumps(asdict(r), ensure_ascii=False) + "\n")
    md = out / "report.md"
    md.write_text(markdown(report), encoding="utf-8")
    png = out / "metrics_by_tag.png"
    bar_chart(report, png)
    return [md, res, png]
