"""Show how the engine sees a question: terms, weights, hits and the best evidence.

    python scripts/explain.py "问题" [--history "上一问"]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.engine import Assistant  # noqa: E402
from assistant.extract import find_evidence  # noqa: E402
from assistant.followup import standalone  # noqa: E402
from assistant.query import plan_question  # noqa: E402
from jiaoti.text import normalize_question  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("question")
    ap.add_argument("--history", action="append", default=[])
    args = ap.parse_args()
    a = Assistant.from_settings()
    snap = a.index.snapshot()
    ans = a.ask(args.question, history=args.history)
    q = ans.standalone_question or standalone(normalize_question(args.question), args.history)
    plan = plan_question(q, snap, a.settings.current_year or snap.current_year,
                         tuple(a.settings.home_places))
    print("standalone:", q, "| kind:", plan.kind, "| unit:", plan.asked_unit, "| years:",
          set(plan.years), "| places:", plan.places, plan.named_places, "| plural:", plan.plural)
    for t in plan.terms:
        print(f"  term {t.word:<10} w={t.weight:.2f} known={t.known} alts={t.alternatives}")
    hits = a.retriever.search(snap, plan, {})
    for i, h in enumerate(hits, 1):
        print(f"  hit{i} d={h.dense_rank} b={h.bm25_rank} {h.chunk.text[:50]}")
    for ev in find_evidence(plan, hits, limit=6):
        print(f"  ev cov={ev.coverage:.2f} score={ev.score:.2f} r={ev.rank} | {ev.statement[:70]}")
    print("ANSWER:", ans.answer, "|", ans.reason)


if __name__ == "__main__":
    main()
