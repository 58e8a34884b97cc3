"""Run dataset items through the same Python API as the web chat, score them strictly, and
sum the outcomes per dataset, tag and document."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from eval.dataset import Item
from eval.score import judge


@dataclass
class Metrics:
    items: int = 0
    answerable: int = 0
    unanswerable: int = 0
    accuracy: float = 0.0          # answerable items right (every group, first sentence)
    refusal: float = 0.0           # unanswerable items refused without a figure
    false_answers: int = 0         # a wrong figure stated as fact, or an unanswerable answered
    incomplete: int = 0            # some groups, not all, nothing wrong
    refused_wrongly: int = 0       # answerable items refused
    wrong: int = 0                 # answered without the expected words, no figure
    verbose: int = 0               # right, but the first sentence recites unasked figures
    citation_support: float = 0.0  # the first quote holds an expected string
    hit_at_1: float | None = None  # expected section in the top chunk
    hit_at_3: float | None = None
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    outcomes: dict = field(default_factory=dict)

    @property
    def verbose_rate(self) -> float:
        right = self.outcomes.get("right", 0)
        return self.verbose / right if right else 0.0


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
    outcome: str
    passed: bool
    verbose: bool
    why: str
    false_answer: bool
    citation_ok: bool | None
    section: str | None
    hit_rank: int | None
    latency_ms: float
    tags: list
    quote: str | None
    extra: dict
    documents: list = field(default_factory=list)
    blind: bool = False


def section_rank(expected: str, hits) -> int | None:
    """1-based rank of the first hit inside the expected section (0 = not retrieved)."""
    for rank, hit in enumerate(hits, 1):
        parts = hit.chunk.section_parts()
        if (expected == "" and not parts) or (expected and expected in parts):
            return rank
    return 0


def evaluate(items: list[Item], assistant, mode: str | None = None, progress=None,
             documents: tuple[str, ...] = (), blind: bool = False) -> list[Result]:
    results = []
    for i, item in enumerate(items):
        ans = assistant.ask(item.question, history=list(item.history), mode=mode)
        quote = ans.citations[0].quote if ans.citations else None
        v = judge(item, ans.answer, ans.answerable, quote)
        rank = section_rank(item.section, ans.hits) if item.section is not None \
            and not item.unanswerable else None
        results.append(Result(item.id, item.dataset, item.question, list(item.history),
                              ans.standalone_question, ans.answer, ans.answerable,
                              [list(g) for g in item.answers], item.unanswerable, v.outcome,
                              v.passed, v.verbose, v.why, v.false_answer, v.citation_ok,
                              item.section, rank, round(ans.latency_ms, 2), list(item.tags),
                              quote, item.extra, list(documents), blind))
        if progress:
            progress(i + 1, len(items))
    return results


def _ratio(xs: list[bool]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def metrics(results: list[Result]) -> Metrics:
    ans = [r for r in results if not r.unanswerable]
    una = [r for r in results if r.unanswerable]
    ranked = [r.hit_rank for r in ans if r.hit_rank is not None]
    outcomes = Counter(r.outcome for r in results)
    latencies = [r.latency_ms for r in results]
    return Metrics(
        items=len(results), answerable=len(ans), unanswerable=len(una),
        accuracy=_ratio([r.outcome == "right" for r in ans]),
        refusal=_ratio([r.outcome == "refusal" for r in una]),
        false_answers=outcomes["false"], incomplete=outcomes["incomplete"],
        refused_wrongly=outcomes["refused"], wrong=outcomes["wrong"],
        verbose=sum(r.verbose for r in results),
        citation_support=_ratio([bool(r.citation_ok) for r in ans]),
        hit_at_1=_ratio([0 < k <= 1 for k in ranked]) if ranked else None,
        hit_at_3=_ratio([0 < k <= 3 for k in ranked]) if ranked else None,
        p50_ms=statistics.median(latencies) if latencies else 0.0,
        p95_ms=percentile(latencies, 0.95), outcomes=dict(outcomes))


def by_key(results: list[Result], key) -> dict[str, Metrics]:
    """Metrics per value of ``key(result)`` (a tag, a dataset, a document); ``key`` may
    return a list of values."""
    groups: dict[str, list[Result]] = {}
    for r in results:
        keys = key(r)
        for k in keys if isinstance(keys, list) else [keys]:
            groups.setdefault(k, []).append(r)
    return {k: metrics(v) for k, v in sorted(groups.items())}


SEVERITY = {"false": 0, "incomplete": 1, "refused": 2, "wrong": 3}


def worst(results: list[Result], n: int = 10) -> list[Result]:
    """The ``n`` worst items: wrong figures first, then incomplete, refused, wrong."""
    bad = [r for r in results if not r.passed]
    return sorted(bad, key=lambda r: (SEVERITY.get(r.outcome, 9), not r.blind, r.dataset,
                                      r.id))[:n]
