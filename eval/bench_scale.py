"""Benchmark parts that grow the corpus: the evaluation at 1 to 10,000 documents, each size
its own kept index, and the app's memory serving the largest."""

from __future__ import annotations

from pathlib import Path

from eval.appproc import ROOT, AppProcess
from eval.bench_parts import (
    TimedEmbedder,
    deployed_refresh,
    full_scores,
    latency,
    peak_rss_mb,
    process_rss,
    settings_for,
)
from eval.dataset import Item


# -- scale: 1, 100 and 1,000 documents ------------------------------------------------------
def scale(root: Path, report: Path, items: list[Item], steps=(1, 100, 1000), progress=None
          ) -> list[dict]:
    """The evaluation at growing corpus sizes, each size its own index (``root``/scale-N:
    the report and the first N − 1 synthetic notices). ``root`` may be kept between runs:
    the notices are generated the same way every time and ingest skips what is already
    indexed, so an interrupted run (even kill -9) continues where it stopped. The largest
    corpus is then served by the app, for its RSS."""
    from assistant.engine import Assistant
    from eval.synthetic import generate
    from ingest.pipeline import ingest_paths
    from vectorstore.embeddings import shared_embedder
    from vectorstore.index import Index

    emb = TimedEmbedder(shared_embedder(settings_for(root).embedding))
    files = generate(max(steps) - 1, root / "synthetic")
    rows, done = [], 0
    for target in steps:
        settings = settings_for(root / f"scale-{target}")
        index = Index(settings, embedder=emb)
        todo = [report, *files[:target - 1]]
        for k in range(0, len(todo), 50):                     # ingest in batches
            ingest_paths(todo[k:k + 50], settings, index)
            if progress:
                progress(done + min(k + 50, len(todo)), sum(steps),
                         emb.tokens / max(emb.seconds, 1e-9))
        done += len(todo)
        snap = index.snapshot(force=True)
        assistant = Assistant(settings, index=index)
        acc, refusal, false = full_scores(items, assistant)
        lat = latency(items, assistant, rounds=1)
        rows.append({"documents": len(snap.documents), "chunks": len(snap.chunks),
                     "facts": snap.fact_count,
                     "accuracy": acc, "refusal": refusal, "false_answers": false,
                     "p50": lat["p50"], "p95": lat["p95"],
                     "embed_tokens_per_s": emb.tokens / emb.seconds if emb.seconds else None,
                     "peak_rss_mb": peak_rss_mb()})
    rows[-1]["serving_rss_mb"] = serving_rss(root / f"scale-{steps[-1]}", items)
    return rows


def kept_scale_dir(folder: Path) -> Path:
    """Where a kept scale run lives: one sub-folder per version of the code that decides what
    an index holds (ingest, the shared text handling, the store), so an index built by
    other code is never measured; older ones are removed."""
    import hashlib
    import shutil

    h = hashlib.sha256()
    for part in ("ingest", "jiaoti", "vectorstore"):
        for path in sorted((ROOT / part).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".json"):
                h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    keep = folder / f"code-{h.hexdigest()[:12]}"
    if folder.is_dir():
        for old in folder.glob("code-*"):
            if old != keep:
                shutil.rmtree(old, ignore_errors=True)
    keep.mkdir(parents=True, exist_ok=True)
    return keep


def serving_rss(data_dir: Path, items: list[Item]) -> float:
    """RSS of the app serving ``data_dir`` after it answered the evaluation questions."""
    import httpx

    with AppProcess(data_dir, JIAOTI_RATE_PER_MINUTE="1000000", JIAOTI_RATE_BURST="100000",
                    JIAOTI_REFRESH_SECONDS=str(deployed_refresh())) as app, \
            httpx.Client(timeout=120) as c:
        for i in items:
            c.post(app.url + "/api/ask", json={"question": i.question,
                                               "history": list(i.history)})
        return process_rss(app.proc.pid)
