"""Show how the engine sees a question: its plan, terms, hits, the facts it matched and
the answer.

    python scripts/explain.py "问题" [--history "上一问"] [--data var]
"""
import os
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Assistant  # noqa: E402
from assistant.match import match_facts  # noqa: E402
from assistant.parts import split  # noqa: E402
from assistant.query import plan_question  # noqa: E402


def show(a: Assistant, snap, q: str) -> None:
    plan = plan_question(q, snap, a.settings.current_year or snap.current_year,
                         tuple(a.settings.home_places))
    print(f"Q: {q} | kind {plan.kind} unit {plan.asked_unit!r} years {set(plan.years)} "
          f"period {plan.period!r} places {plan.places} {plan.named_places} counted "
          f"{plan.counted[:3]} predicate {plan.predicate} compare {plan.compare!r}")
    for t in plan.terms:
        print(f"  term {t.word:<10} w={t.weight:.2f} focus={t.focus} known={t.known} "
              f"alts={t.alternatives[:6]}")
    hits, qvec = a.retriever.search_with_vector(snap, plan, {})
    for i, h in enumerate(hits, 1):
        print(f"  hit{i} d={h.dense_rank} b={h.bm25_rank} {h.chunk.text[:40]}")
    found, near = match_facts(plan, hits, snap, qvec, a.settings.min_coverage)
    for m in found[:5]:
        print(f"  fact {m.fact.raw:8} cov={m.coverage:.2f} score={m.score:.3f} "
              f"[{m.fact.subject}] y={m.fact.year} {m.fact.period}")
    for m in near[:int(os.environ.get("NEARN", 3))]:
        print(f"  near {m.fact.raw:8} cov={m.coverage:.2f} missing={m.missing} [{m.fact.subject}]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("question")
    ap.add_argument("--history", action="append", default=[])
    args = ap.parse_args()
    a = Assistant.from_settings()
    snap = a.index.snapshot()
    ans = a.ask(args.question, history=args.history)
    q = ans.standalone_question
    parts = split(q)
    for sub in (parts.questions if parts else [q]):
        show(a, snap, sub)
    print("ANSWER:", ans.answer, "|", ans.reason)
    for c in ans.citations:
        print(f"  [{c.n}] {c.quote}")


if __name__ == "__main__":
    main()
