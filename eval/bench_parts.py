"""The benchmark's measurements. Each returns plain figures; eval/bench.py prints them and
writes BENCHMARKS.md. Nothing here asserts a time."""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from eval.appproc import ROOT, AppProcess, gradio_call
from eval.dataset import Item
from eval.score import judge

QUESTION = "去年新招了多少老师？"


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]


def deployed_refresh() -> float:
    """How often a deployed assistant checks the catalog for a changed index (the
    setting's default): the benchmark measures the assistant as deployed."""
    from jiaoti.settings import Settings

    return Settings.model_fields["refresh_seconds"].default


def settings_for(data_dir: Path, **kw):
    from jiaoti.settings import Settings

    kw.setdefault("answer_cache_size", 0)     # in-process timings measure the engine itself
    kw.setdefault("refresh_seconds", deployed_refresh())
    return Settings(data_dir=data_dir, _env_file=None, **kw)


def accuracy(items: list[Item], assistant) -> float:
    ok = [judge(i, (a := assistant.ask(i.question, history=list(i.history))).answer,
                a.answerable, a.citations[0].quote if a.citations else None).passed
          for i in items if not i.unanswerable]
    return sum(ok) / len(ok)


def full_scores(items: list[Item], assistant) -> tuple[float, float, int]:
    """(answer accuracy, refusal accuracy, false answers) as the evaluation counts them."""
    from eval.run import evaluate, metrics

    m = metrics(evaluate(items, assistant))
    return m.accuracy, m.refusal, m.false_answers


# -- answer latency and the LangChain baseline -----------------------------------------------
def latency(items: list[Item], assistant, rounds: int = 3) -> dict:
    for i in items:                                       # warm-up
        assistant.ask(i.question, history=list(i.history))
    total, stages = [], {"normalize": [], "embed": [], "search": [], "extract": []}
    for _ in range(rounds):
        for i in items:
            a = assistant.ask(i.question, history=list(i.history))
            t = a.timings
            total.append(a.latency_ms)
            search = t.get("dense_ms", 0) + t.get("bm25_ms", 0)
            stages["normalize"].append(t.get("normalize_ms", 0))
            stages["embed"].append(t.get("embed_ms", 0))
            stages["search"].append(search)
            # answer_ms holds the retrieval it starts; the rest is planning and matching
            stages["extract"].append(t.get("plan_ms", 0) + max(
                0.0, t.get("answer_ms", 0) - t.get("embed_ms", 0) - search))
    out = {"p50": pct(total, .5), "p95": pct(total, .95), "p99": pct(total, .99),
           "n": len(total)}
    out.update({f"{k}_p50": pct(v, .5) for k, v in stages.items()})
    return out


def baseline(items: list[Item], index, rounds: int = 3) -> dict:
    """Plain LangChain: Chroma similarity_search top-3 with the same embedder; the answer is
    the top chunk."""
    from langchain_chroma import Chroma

    from vectorstore.embeddings import langchain_embeddings

    snap = index.snapshot()
    store = Chroma(client=index.client, collection_name=snap.physical,
                   embedding_function=langchain_embeddings(index.embedder),
                   create_collection_if_not_exists=False)
    for i in items:
        store.similarity_search(i.question, k=3)
    times, correct = [], []
    for r in range(rounds):
        for i in items:
            t0 = time.perf_counter()
            docs = store.similarity_search(i.question, k=3)
            times.append((time.perf_counter() - t0) * 1e3)
            if r == 0 and not i.unanswerable:
                top = docs[0].page_content if docs else ""
                correct.append(judge(i, top, True, top).passed)
    return {"p50": pct(times, .5), "p95": pct(times, .95), "p99": pct(times, .99),
            "accuracy": sum(correct) / len(correct)}


def retrieval_recall(items: list[Item], assistant) -> dict:
    """recall@3 of the expected section, for each leg and fused."""
    from eval.run import section_rank

    out = {}
    for leg in ("bm25", "dense", "hybrid"):
        ranks = []
        for i in items:
            if i.unanswerable or i.section is None or i.history:
                continue
            a = assistant.ask(i.question, leg=leg)
            ranks.append(section_rank(i.section, a.hits[:3]))
        out[leg] = sum(1 for r in ranks if r) / len(ranks)
        out["n"] = len(ranks)
    return out


# -- cold start ---------------------------------------------------------------------------
def cold_start(data_dir: Path, runs: int = 3) -> dict:
    env = _env(data_dir)
    cli = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "assistant", "ask", QUESTION, "--json"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        cli.append(time.perf_counter() - t0)
        assert proc.returncode == 0, proc.stderr
    code = ("import sys; from assistant.engine import Assistant; "
            f"Assistant.from_settings().ask({QUESTION!r}); "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('torch', 'sentence_transformers', 'transformers'))))")
    mods = subprocess.run([sys.executable, "-c", "import json; " + code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    app_ready, first = [], []
    for _ in range(2):
        with AppProcess(data_dir) as app:
            app_ready.append(app.ready_seconds)
            import httpx

            t0 = time.perf_counter()
            httpx.post(app.url + "/api/ask", json={"question": QUESTION}, timeout=60)
            first.append(time.perf_counter() - t0)
            rss = process_rss(app.proc.pid)
    return {"cli_first_answer_s": statistics.median(cli), "app_ready_s": min(app_ready),
            "app_first_answer_ms": min(first) * 1e3, "app_rss_mb": rss,
            "heavy_modules": json.loads(mods.stdout.strip() or "null")}


def _env(data_dir: Path) -> dict:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("JIAOTI_")}
    env.update({"JIAOTI_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"})
    return env


def process_rss(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- ingest and scale ----------------------------------------------------------------------
class TimedEmbedder:
    """The real embedder, timing passage batches and counting their tokens."""

    def __init__(self, inner):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.seconds, self.tokens, self.texts = 0.0, 0, 0

    def embed_query(self, text):
        return self.inner.embed_query(text)

    def embed_passages(self, texts):
        t0 = time.perf_counter()
        out = self.inner.embed_passages(texts)
        self.seconds += time.perf_counter() - t0
        self.tokens += sum(self.inner.count_tokens("passage: " + t) for t in texts)
        self.texts += len(texts)
        return out

    def count_tokens(self, text):
        return self.inner.count_tokens(text)


def ingest_report(tmp: Path, report: Path) -> dict:
    from ingest.pipeline import ingest_paths
    from vectorstore.embeddings import shared_embedder
    from vectorstore.index import Index

    settings = settings_for(tmp / "ingest-var")
    emb = TimedEmbedder(shared_embedder(settings.embedding))
    index = Index(settings, embedder=emb)
    r = ingest_paths([report], settings, index)
    return {"seconds": r.seconds, "chunks": r.chunks_added, "chunks_per_s": r.chunks_added / r.seconds,
            "embed_seconds": emb.seconds, "tokens_per_s": emb.tokens / max(emb.seconds, 1e-9)}


def scans_and_tables(tmp: Path, pages: int = 3, rows: int = 5000, indexed_rows: int = 1000) -> dict:
    """Seconds per scanned page (OCR in its sandbox, model load included) with the
    characters read right, and seconds per 1,000 spreadsheet rows: parsed into row chunks
    and cell facts, and fully ingested (embedding included)."""
    import difflib

    from eval.documents import SCAN_LINES, write_enrolment_xlsx, write_scanned_pdf
    from ingest.pipeline import ingest_paths, prepare

    settings = settings_for(tmp / "scan-var")
    pdf = write_scanned_pdf(tmp / "scan.pdf", SCAN_LINES, pages)
    t0 = time.perf_counter()
    doc = prepare(pdf, settings)
    scan_s = time.perf_counter() - t0
    expected = "".join(SCAN_LINES)
    read = "".join(c.text for c in doc.chunks)[:len(expected)]
    big = write_enrolment_xlsx(tmp / "rows.xlsx", rows=rows)
    t0 = time.perf_counter()
    table = prepare(big, settings_for(tmp / "scan-var", table_max_rows=rows + 10))
    parse_s = time.perf_counter() - t0
    small = write_enrolment_xlsx(tmp / "indexed.xlsx", rows=indexed_rows)
    report = ingest_paths([small], settings, None)
    return {"pages": pages, "ocr_pages": doc.ocr_pages, "s_per_page": scan_s / pages,
            "ocr_accuracy": difflib.SequenceMatcher(None, read, expected).ratio(),
            "rows": rows, "facts": len(table.facts), "parse_s_per_1000_rows": parse_s / rows * 1000,
            "indexed_rows": indexed_rows,
            "ingest_s_per_1000_rows": report.seconds / indexed_rows * 1000}


# -- concurrency over HTTP -----------------------------------------------------------------
BENCH_KEY = "bench-key"


# what each simulated user sends: (path, body for a question, headers, a field the answer has)
API = ("/api/ask", lambda q: {"question": q}, None, "answer")
OPENAI = ("/v1/chat/completions",
          lambda q: {"model": "jiaoti-citizen", "messages": [{"role": "user", "content": q}]},
          {"Authorization": f"Bearer {BENCH_KEY}"}, "choices")


async def _users(url: str, users: int, per_user: int, questions: list[str],
                 send=API) -> dict:
    from eval.loadclient import users as simulate

    path, payload, headers, field = send
    r = await simulate(url, users, per_user, questions, path, payload, field, headers)
    lat = r["latencies"]
    return {"users": users, "requests": len(lat), "p50": pct(lat, .5), "p95": pct(lat, .95),
            "errors": r["errors"], "rps": r["rps"]}


def _cache_stats(url: str) -> dict:
    import httpx

    return httpx.get(url + "/api/health", timeout=30).json().get("answer_cache", {})


def concurrency(data_dir: Path, questions: list[str], per_user: int = 10,
                askers: int = 3) -> dict:
    """/api/ask at 1, 8 and 32 users and /v1/chat/completions beside it at 1 and 32, on the
    app as deployed (answer cache on); then 1 and 32 users with the cache off, for the HTTP
    overhead over the engine and for the load ratio without the cache's help. The 32 users
    ask 10 questions each from as many of the dataset's questions as make each one asked by
    about ``askers`` users; the 1-user row with the cache off asks every one of them once
    (its p50 is the load ratio's base)."""
    spare = questions[max(1, round(32 * per_user / askers)):] or ["学校有多少所？"]
    questions = questions[:max(1, round(32 * per_user / askers))]
    env = dict(JIAOTI_RATE_PER_MINUTE="1000000", JIAOTI_RATE_BURST="100000",
               JIAOTI_QUEUE_MAX_SIZE="256", JIAOTI_API_KEYS=BENCH_KEY,
               JIAOTI_REFRESH_SECONDS=str(deployed_refresh()))
    with AppProcess(data_dir, JIAOTI_ANSWER_CACHE_SIZE="0", **env) as app:
        asyncio.run(_users(app.url, 4, 5, questions))      # warm-up
        uncached = [asyncio.run(_users(app.url, 1, len(questions), questions)),
                    asyncio.run(_users(app.url, 32, per_user, questions))]
    with AppProcess(data_dir, **env) as app:               # 32 users on an empty cache
        asyncio.run(_users(app.url, 4, 5, spare))           # warm-up with other questions
        cold = asyncio.run(_users(app.url, 32, per_user, questions))
    with AppProcess(data_dir, **env) as app:
        asyncio.run(_users(app.url, 4, 5, questions))      # warm-up
        before = _cache_stats(app.url)
        rows = [asyncio.run(_users(app.url, u, per_user, questions)) for u in (1, 8, 32)]
        for row in rows:
            row["rss_mb"] = process_rss(app.proc.pid)
        after = _cache_stats(app.url)
        openai_rows = [asyncio.run(_users(app.url, u, per_user, questions, send=OPENAI))
                       for u in (1, 32)]
    hits = after.get("hits", 0) - before.get("hits", 0)
    asked = hits + after.get("misses", 0) - before.get("misses", 0)
    return {"api": rows, "openai": openai_rows, "uncached": uncached, "cold": cold,
            "cache_hit_rate": hits / asked if asked else 0.0, "questions": len(questions),
            "askers_per_question": 32 * per_user / max(len(questions), 1)}


# -- scale-out: two app processes on one `chroma run` -----------------------------------------
def scale_out(tmp: Path, report: Path, items: list[Item]) -> dict:
    import httpx

    from eval.chromaproc import ChromaProcess
    from ingest.pipeline import ingest_paths

    new_fact = tmp / "scale-out-notice.txt"
    new_fact.write_text("全市青少年游泳培训工作通报\n\n2024年,全市开展青少年免费游泳培训,"
                        "共培训学生6800人次。\n", encoding="utf-8")
    with ChromaProcess(tmp / "chroma-server") as chroma:
        server = {"JIAOTI_CHROMA_HOST": "127.0.0.1", "JIAOTI_CHROMA_PORT": str(chroma.port)}
        assert ingest_paths([report], settings_for(tmp / "seed", chroma_host="127.0.0.1",
                                                   chroma_port=chroma.port)).ok
        with AppProcess(tmp / "app-a", JIAOTI_STAFF_PASSWORD="bench", **server,
                        JIAOTI_RATE_PER_MINUTE="1000000", JIAOTI_RATE_BURST="100000") as a, \
                AppProcess(tmp / "app-b", **server, JIAOTI_RATE_PER_MINUTE="1000000",
                           JIAOTI_RATE_BURST="100000") as b, httpx.Client(timeout=120) as c:
            assert c.post(a.url + "/staff/login",
                          data={"username": "staff", "password": "bench"}).status_code == 303
            up = c.post(a.url + "/staff/gradio_api/upload",
                        files={"files": (new_fact.name, new_fact.read_bytes())}).json()
            filedata = {"path": up[0], "orig_name": new_fact.name,
                        "meta": {"_type": "gradio.FileData"}}
            status = gradio_call(c, a.url + "/staff", "upload", [[filedata]])[0]
            q = "2024年青少年免费游泳培训了多少人次？"
            via_b = c.post(b.url + "/api/ask", json={"question": q}).json()
            answered = (via_b["answerable"] and "6800人次" in via_b["answer"]
                        and via_b["citations"][0]["source"] == new_fact.name)
            same, differ = 0, []
            for i in items:
                body = {"question": i.question, "history": list(i.history)}
                ra, rb = (c.post(x.url + "/api/ask", json=body).json() for x in (a, b))
                key = lambda r: (r["answer"], r["answerable"],   # noqa: E731
                                 [(x["chunk_id"], x["quote"]) for x in r["citations"]])
                if key(ra) == key(rb):
                    same += 1
                else:
                    differ.append(i.id)
    return {"upload_status": status, "answered_by_other": answered, "answer": via_b["answer"],
            "identical": same, "total": len(items), "differ": differ}
