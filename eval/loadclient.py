"""The benchmark's load generator: simulated users on keep-alive HTTP/1.1 connections.

Each user holds one connection and asks its questions one after another. The client is
a few lines over asyncio streams on purpose: the benchmark runs the client and the app on
the same cores, and a general-purpose client spends enough time per request (httpx: about
3 ms at 32 connections, a whole core) to measure itself instead of the app."""

from __future__ import annotations

import asyncio
import json
import time
from urllib.parse import urlsplit


class Connection:
    def __init__(self, url: str):
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: dict, headers: dict | None = None
                   ) -> tuple[int, bytes]:
        """(status, body) of one POST with a JSON body; reconnects once if the server
        closed the kept-alive connection."""
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        head = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
        request = (f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                   f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                   f"{head}\r\n").encode("latin-1") + data
        for attempt in (0, 1):
            if self._writer is None:
                self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
            try:
                self._writer.write(request)
                return await self._response()
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt:
                    raise
        raise ConnectionError("unreachable")  # pragma: no cover

    async def _response(self) -> tuple[int, bytes]:
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in
                  (line.partition(":") for line in lines[1:] if line)}
        if fields.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int((await self._reader.readuntil(b"\r\n")).strip(), 16)
                body += await self._reader.readexactly(size + 2)
                if not size:
                    break
            body = body[:-2]
        else:
            body = await self._reader.readexactly(int(fields.get("content-length", "0")))
        if fields.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            try:
                await self._writer.wait_closed()
            except (ConnectionError, OSError):
                pass
        self._reader = self._writer = None


def _ok(status: int, body: bytes, field: str) -> bool:
    if status != 200:
        return False
    try:
        return field in json.loads(body)
    except ValueError:
        return False


async def users(url: str, n_users: int, per_user: int, questions: list[str], path: str,
                payload, field: str, headers: dict | None = None) -> dict:
    """``n_users`` users, each asking ``per_user`` questions in turn (user k starts at
    question k × per_user): latencies, errors (non-200 or a body without ``field``) and
    requests per second."""
    latencies: list[float] = []
    errors = 0

    async def user(k: int) -> None:
        nonlocal errors
        conn = Connection(url)
        try:
            for j in range(per_user):
                q = questions[(k * per_user + j) % len(questions)]
                t0 = time.perf_counter()
                try:
                    status, body = await conn.post(path, payload(q), headers)
                    errors += not _ok(status, body, field)
                except (OSError, ValueError, asyncio.IncompleteReadError):
                    errors += 1
                latencies.append((time.perf_counter() - t0) * 1e3)
        finally:
            await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(user(k) for k in range(n_users)))
    return {"latencies": latencies, "errors": errors,
            "rps": len(latencies) / (time.perf_counter() - t0)}
