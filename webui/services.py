"""What the pages share: the assistant, the query log, the rate limiter."""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass, field

from assistant.engine import Assistant
from assistant.querylog import QueryLog
from jiaoti.settings import Settings
from jiaoti.types import Answer
from webui.ratelimit import TokenBucket, client_address

log = logging.getLogger(__name__)

MSG_BUSY = "系统繁忙，请稍后再试。"
MSG_RATE = "您提问太频繁了，请稍等片刻再试。"


@dataclass
class Services:
    settings: Settings
    assistant: Assistant
    querylog: QueryLog
    limiter: TokenBucket
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def create(cls, settings: Settings) -> "Services":
        from vectorstore.client import ensure_data_dir

        root = ensure_data_dir(settings)
        qlog = QueryLog(root / "querylog.sqlite", settings.log_retention_days)
        assistant = Assistant(settings)
        return cls(settings, assistant, qlog,
                   TokenBucket(settings.rate_per_minute, settings.rate_burst))

    def warm_up(self) -> None:
        """Load the index, the embedder and the tokenizer before the first citizen waits."""
        self.assistant.ask("去年新聘教师多少人？")

    def client(self, request) -> str:
        if request is None:
            return "local"
        peer = getattr(getattr(request, "client", None), "host", None)
        headers = getattr(request, "headers", {}) or {}
        return client_address(peer, headers.get("x-forwarded-for"), self.settings.trusted_proxies)

    def ask(self, question: str, history: list[str], request=None, channel: str = "web"
            ) -> Answer:
        answer = self.assistant.ask(question, history=history)
        request_id = uuid.uuid4().hex
        try:
            self.querylog.record(answer, channel=channel, request_id=request_id)
        except Exception:
            log.exception("query log write failed")
        return answer
