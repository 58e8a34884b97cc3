"""The web surface's gate (an ASGI middleware in front of every route).

- Gradio routes that read or write files, proxy URLs or record media are closed on the
  citizens' app: no upload (403), no file route (404). The staff app keeps upload and its
  own file route, behind the login.
- Everything under /staff/ needs a live staff session (cookie), except the login page.
  A live session is passed on as the ``x-jiaoti-staff`` header (any such header from the
  client is dropped first); staff handlers read the person from it. Without one: the page
  redirects to the login, Gradio's event queue still carries a click to its handler (so the
  page can say 「请重新登录」 and keep what is on screen), anything else is 401."""

from __future__ import annotations

from http.cookies import SimpleCookie
from urllib.parse import quote, unquote

from webui.limits import send_json

STAFF = "/staff"
COOKIE = "jiaoti_staff"
USER_HEADER = b"x-jiaoti-staff"
MSG_RELOGIN = ("登录已失效（长时间未操作或已退出），请重新登录：在新标签页打开工作人员入口"
               "登录后，回到本页再试一次，本页内容不会丢失。")
MSG_NO_UPLOAD = "本页面不接受上传文件。"

# Gradio routes (relative to an app's root) that touch files, URLs or media
_FILE_ROUTES = ("gradio_api/upload", "gradio_api/file=", "gradio_api/file/")
_CLOSED = ("gradio_api/proxy=", "gradio_api/process_recording", "gradio_api/stream/",
           "gradio_api/run-history", "gradio_api/runs", "gradio_api/vibe",
           "gradio_api/undo-vibe", "gradio_api/deep_link", "gradio_api/dev/", "monitoring",
           "gradio_api/mcp")
# a click on an expired page still reaches its handler, which asks to log in again
_QUEUE = ("gradio_api/queue/join", "gradio_api/queue/data")
# long-lived or polling requests that are not a person's activity
_PASSIVE = ("gradio_api/heartbeat/", "gradio_api/queue/data", "session")
_OPEN = ("login", "logout")


def cookie_value(scope, name: str = COOKIE) -> str | None:
    for k, v in scope.get("headers", ()):
        if k == b"cookie":
            jar = SimpleCookie()
            try:
                jar.load(v.decode("latin-1"))
            except Exception:
                return None
            if name in jar:
                return jar[name].value
    return None


def staff_user_of(headers) -> str | None:
    """The person the gate found for this request (from a Request's headers)."""
    value = headers.get(USER_HEADER.decode()) if headers is not None else None
    return unquote(value) if value else None


class SurfaceGate:
    def __init__(self, app, services, staff_enabled: bool):
        self.app = app
        self.services = services
        self.staff_enabled = staff_enabled

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = [(k, v) for k, v in scope.get("headers", ()) if k != USER_HEADER]
        scope = dict(scope, headers=headers)
        path = scope["path"]
        staff = path == STAFF or path.startswith(STAFF + "/")
        rel = path[len(STAFF):].lstrip("/") if staff else path.lstrip("/")
        if rel.startswith(_CLOSED) or (rel.startswith(_FILE_ROUTES) and not staff):
            if scope["type"] == "websocket":
                return await send({"type": "websocket.close", "code": 1008})
            if rel.startswith("gradio_api/upload"):
                return await send_json(send, 403, {"error": MSG_NO_UPLOAD})
            return await send_json(send, 404, {"error": "Not Found"})
        if not staff or not self.staff_enabled or rel in _OPEN:
            return await self.app(scope, receive, send)
        token = cookie_value(scope)
        user = self.services.staff_user(token, touch=not rel.startswith(_PASSIVE))
        if user is not None:
            headers.append((USER_HEADER, quote(user).encode()))
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        if rel == "" and scope["method"] in ("GET", "HEAD"):
            return await _redirect(send, f"{STAFF}/login")
        if token and rel in _QUEUE:
            return await self.app(scope, receive, send)
        return await send_json(send, 401, {"error": MSG_RELOGIN})


async def _redirect(send, location: str) -> None:
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode()), (b"content-length", b"0"),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": b""})
