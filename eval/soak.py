"""Soak: many concurrent clients, a mix of good, bad and follow-up questions, against the
running app's JSON API on loopback. Prints figures; exits 1 if a check fails.

    python -m eval.soak [--url http://127.0.0.1:7860] [--requests 2000] [--clients 16]

Without --url it starts the app itself (free port, rate limit lifted) and stops it."""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BAD = ["", "   ", "问" * 5000, "😀😀", "\x00\x01", "<img src=x onerror=alert(1)>", "a" * 300,
       "2023年 new teachers 多少人？", "' OR 1=1 --", "{{7*7}}"]
FOLLOWUPS = [(["2023年新建了几所公办幼儿园？"], "改扩建的呢？"),
             (["在2023年特定点跳伞世界杯赛上我市拿了几枚金牌？"], "那银牌呢？"),
             (["2023年新聘教师多少人？"], "2022年呢？")]


def questions() -> list[str]:
    from eval.dataset import load

    path = Path(__file__).resolve().parent / "datasets" / "report_2023_2024.jsonl"
    return [i.question for i in load(path) if not i.history]


@dataclass
class SoakResult:
    requests: int = 0
    status: dict = field(default_factory=dict)
    latencies: list = field(default_factory=list)
    rss_mb: list = field(default_factory=list)
    logged: int = 0
    seconds: float = 0.0

    @property
    def server_errors(self) -> int:
        return sum(n for code, n in self.status.items() if code >= 500 or code == 0)

    def rss_growth(self) -> float:
        """Median RSS of the last quarter of the run over the first quarter's."""
        if len(self.rss_mb) < 4:
            return 1.0
        q = len(self.rss_mb) // 4
        return statistics.median(self.rss_mb[-q:]) / statistics.median(self.rss_mb[:q])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _run(url: str, n: int, clients: int, pid: int | None, seed: int = 7) -> SoakResult:
    import httpx

    rng = random.Random(seed)
    good = questions()
    jobs = []
    for i in range(n):
        r = rng.random()
        if r < 0.6:
            jobs.append((rng.choice(good), []))
        elif r < 0.8:
            jobs.append((rng.choice(BAD), []))
        else:
            h, q = rng.choice(FOLLOWUPS)
            jobs.append((q, h))
    result = SoakResult(requests=n)
    queue: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)

    async def client(c: httpx.AsyncClient):
        while not queue.empty():
            q, h = queue.get_nowait()
            t0 = time.perf_counter()
            try:
                r = await c.post(url + "/api/ask", json={"question": q, "history": h})
                code = r.status_code
                if code == 200:
                    json.loads(r.text)
            except Exception:
                code = 0
            result.latencies.append((time.perf_counter() - t0) * 1e3)
            result.status[code] = result.status.get(code, 0) + 1

    async def sample():
        while True:
            if pid:
                result.rss_mb.append(rss_mb(pid))
            await asyncio.sleep(0.5)

    t0 = time.perf_counter()
    sampler = asyncio.create_task(sample())
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as c:
        await asyncio.gather(*(client(c) for _ in range(clients)))
    sampler.cancel()
    result.seconds = time.perf_counter() - t0
    return result


def run(url: str, n: int, clients: int, pid: int | None, log_db: Path | None) -> SoakResult:
    before = _count(log_db)
    result = asyncio.run(_run(url, n, clients, pid))
    result.logged = _logged(log_db, before, result.status.get(200, 0))
    return result


def _logged(db: Path | None, before: int, answered: int, wait: float = 30.0) -> int:
    """Entries the run added to the query log. The app writes them in the background, so
    wait (up to ``wait`` seconds) until the count reaches the answers or stops growing."""
    deadline = time.monotonic() + wait
    seen = _count(db) - before
    while seen < answered and time.monotonic() < deadline:
        time.sleep(0.2)
        seen = _count(db) - before
    return seen


def _count(db: Path | None) -> int:
    if db is None or not db.exists():
        return 0
    with sqlite3.connect(db) as con:
        return con.execute("SELECT COUNT(*) FROM queries").fetchone()[0]


def checks(r: SoakResult) -> list[str]:
    problems = []
    if r.server_errors:
        problems.append(f"{r.server_errors} server errors")
    if r.logged and r.logged != r.status.get(200, 0):
        problems.append(f"query log has {r.logged} entries for {r.status.get(200, 0)} answers")
    if r.rss_growth() > 1.25:
        problems.append(f"memory grew {r.rss_growth():.2f}× during the run")
    return problems


def report(r: SoakResult) -> str:
    lat = sorted(r.latencies)
    p = lambda q: lat[min(len(lat) - 1, int(q * (len(lat) - 1)))] if lat else 0.0  # noqa: E731
    rows = [("requests", r.requests), ("seconds", f"{r.seconds:.1f}"),
            ("status codes", json.dumps({str(k): v for k, v in sorted(r.status.items())})),
            ("server errors", r.server_errors), ("latency p50 ms", f"{p(0.5):.0f}"),
            ("latency p95 ms", f"{p(0.95):.0f}"), ("query-log entries", r.logged),
            ("RSS first/last MB", f"{r.rss_mb[0]:.0f} / {r.rss_mb[-1]:.0f}" if r.rss_mb else "—"),
            ("RSS growth", f"{r.rss_growth():.2f}×")]
    return "\n".join(f"{k:<20} {v}" for k, v in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.soak")
    ap.add_argument("--url")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=16)
    args = ap.parse_args(argv)
    if args.url:
        r = run(args.url.rstrip("/"), args.requests, args.clients, None, None)
    else:
        from eval.appproc import AppProcess
        from jiaoti.settings import Settings

        settings = Settings()
        with AppProcess(Path(settings.data_dir), JIAOTI_RATE_PER_MINUTE="1000000",
                        JIAOTI_RATE_BURST="100000", JIAOTI_QUEUE_MAX_SIZE="1000") as app:
            r = run(app.url, args.requests, args.clients, app.proc.pid,
                    Path(settings.data_dir) / "querylog.sqlite")
    print(report(r))
    problems = checks(r)
    for p in problems:
        print("FAILED:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
