"""Request-size limits and error bodies that never echo the request (an ASGI middleware).

A body over the limit gets HTTP 413 with a one-line Chinese message: at once when its
Content-Length says so (nothing is read), otherwise as soon as the streamed bytes pass the
limit. A 422 (a body the API could not use) is answered with one short line instead of
FastAPI's default, which repeats the whole input; a 413 from the app itself (Gradio's
per-file limit) gets a Chinese line instead of its English one."""

from __future__ import annotations

import json
from typing import Callable

MSG_TOO_LARGE = "请求内容太大（超过 {limit}），已拒绝。"
MSG_UNUSABLE = "请求格式不正确，请检查后重试。"
MSG_FILE_TOO_LARGE = "文件太大，超过了允许的大小，已拒绝。"


class BodyTooLarge(Exception):
    """Raised from ``receive`` when the streamed body passes the limit."""


def error_body(path: str, message: str, code: str) -> dict:
    """An error body in the shape the caller expects: OpenAI's for /v1, ours elsewhere."""
    if path.startswith("/v1/"):
        return {"error": {"message": message, "type": "invalid_request_error", "param": None,
                          "code": code}}
    return {"error": message}


def size_text(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n / 1024:g} KB"


async def send_json(send, status: int, body: dict, headers: dict | None = None) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    raw = [(b"content-type", b"application/json; charset=utf-8"),
           (b"content-length", str(len(data)).encode()), (b"cache-control", b"no-store")]
    raw += [(k.lower().encode(), str(v).encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})


def _header(scope, name: bytes) -> bytes | None:
    for k, v in scope.get("headers", ()):
        if k == name:
            return v
    return None


class BodyLimit:
    """``limit_for(path)`` gives the largest body, in bytes, a path accepts."""

    def __init__(self, app, limit_for: Callable[[str], int]):
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        limit = self.limit_for(path)
        too_large = error_body(path, MSG_TOO_LARGE.format(limit=size_text(limit)),
                               "request_too_large")
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            return await send_json(send, 413, too_large, {"connection": "close"})
        state = {"received": 0, "over": False, "replaced": False}

        async def counted():
            msg = await receive()
            if msg["type"] == "http.request":
                state["received"] += len(msg.get("body", b""))
                if state["received"] > limit:
                    state["over"] = True
                    raise BodyTooLarge()
            return msg

        async def guarded(msg):
            if msg["type"] == "http.response.start":
                if state["over"]:
                    state["replaced"] = True
                    return await send_json(send, 413, too_large, {"connection": "close"})
                if msg["status"] in (413, 422):     # the app's own text (English, or the input)
                    state["replaced"] = True
                    body = (error_body(path, MSG_UNUSABLE, "invalid_request")
                            if msg["status"] == 422 else
                            error_body(path, MSG_FILE_TOO_LARGE, "request_too_large"))
                    return await send_json(send, msg["status"], body)
            elif state["replaced"]:
                return None            # the app's own body is dropped
            await send(msg)

        try:
            await self.app(scope, counted, guarded)
        except BodyTooLarge:
            if not state["replaced"]:
                await send_json(send, 413, too_large, {"connection": "close"})
