"""Exports of hotline drafts: ``POST /staff/export`` builds the .txt or .docx from the text
the browser sends — the draft box's value at the moment of the click, read from the page
(webui/assets/export.js) — plus the citations of the draft it started from. The file is
built in memory and sent; nothing is written to disk."""


import logging
import secrets
import threading
from collections import OrderedDict
from typing import Literal
from urllib.parse import quote

from jiaoti.types import Answer

log = logging.getLogger(__name__)

FILENAME = "热线答复"
MEDIA = {"txt": "text/plain; charset=utf-8",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


class DraftStore:
    """The answers drafts were made from, by draft id (the newest ``size`` are kept)."""

    def __init__(self, size: int = 2000):
        self.size = size
        self._items: OrderedDict[str, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, answer: Answer) -> str:
        draft_id = secrets.token_urlsafe(16)
        with self._lock:
            self._items[draft_id] = answer
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return draft_id

    def get(self, draft_id: str) -> Answer | None:
        with self._lock:
            return self._items.get(draft_id)


def add_export_route(app, services, staff_user) -> None:
    """``staff_user(request)`` names the logged-in person (the gate has checked the session)."""
    from fastapi import Request
    from fastapi.responses import JSONResponse, Response
    from pydantic import BaseModel, Field

    from assistant.reply import export_docx, export_txt

    class ExportBody(BaseModel):
        text: str = Field(max_length=50_000)
        draft: str = Field("", max_length=64)
        format: Literal["txt", "docx"]

    @app.post("/staff/export", include_in_schema=False)
    def export(body: ExportBody, request: Request):
        user = staff_user(request)
        if user is None:
            from webui.gate import MSG_RELOGIN

            return JSONResponse({"error": MSG_RELOGIN}, status_code=401)
        answer = services.drafts.get(body.draft) if body.draft else None
        build = export_docx if body.format == "docx" else export_txt
        data = build(body.text, answer)
        services.audit.record(user, "export", f"{body.format}，{len(body.text)} 字",
                              services.client(request))
        name = quote(f"{FILENAME}.{body.format}")
        return Response(data, media_type=MEDIA[body.format], headers={
            "Content-Disposition": f"attachment; filename=\"reply.{body.format}\"; "
                                   f"filename*=UTF-8''{name}",
            "Cache-Control": "no-store"})
