"""A small JSON API next to the pages: POST /api/ask, GET /api/health. Same answers, same
query log, same rate limit, bounded concurrency (503 when the queue is full)."""


import logging

from webui.render import plain_payload
from webui.services import MSG_BUSY, MSG_RATE, Services

log = logging.getLogger(__name__)


def add_api(app, services: Services) -> None:
    from fastapi import Request
    from fastapi.responses import JSONResponse
    from pydantic import BaseModel, Field

    class AskBody(BaseModel):
        question: str = Field("", max_length=100_000)
        history: list[str] = Field(default_factory=list, max_length=20)

    @app.post("/api/ask")
    def ask(body: AskBody, request: Request):
        client = services.client(request)
        if not services.limiter.allow(client):
            return JSONResponse({"error": MSG_RATE}, status_code=429, headers={
                "Retry-After": str(services.limiter.retry_after(client))})
        try:
            answer = services.ask_gated(body.question, [h for h in body.history
                                                        if isinstance(h, str)], request, "api")
        except Exception:
            log.exception("api question failed")
            return JSONResponse({"error": MSG_BUSY}, status_code=500)
        if answer is None:
            return JSONResponse({"error": MSG_BUSY}, status_code=503)
        return plain_payload(answer)

    @app.get("/api/health")
    def health():
        try:
            snap = services.assistant.index.snapshot()
            cache = services.assistant.cache.stats()
            return {"status": "ok", "documents": len(snap.documents), "chunks": len(snap.chunks),
                    "vector_search": services.assistant.index.dense_ok,
                    "answer_cache": {"hits": cache.hits, "misses": cache.misses,
                                     "size": cache.size}}
        except Exception as exc:
            log.warning("health check: %s", exc)
            return JSONResponse({"status": "unavailable"}, status_code=503)
