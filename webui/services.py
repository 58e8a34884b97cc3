"""What the pages share: the assistant, the query log, the rate limiter, and for the staff
pages the accounts, sessions, login guard, audit log, drafts and temporary folder."""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import dataclass, field

from assistant.engine import Assistant
from assistant.querylog import QueryLog
from jiaoti.settings import Settings
from jiaoti.types import Answer
from webui.accounts import AccountStore
from webui.audit import AuditLog
from webui.exports import DraftStore
from webui.ratelimit import TokenBucket, client_address
from webui.sessions import LoginGuard, SessionStore
from webui.tempfiles import TempFolder

log = logging.getLogger(__name__)

MSG_BUSY = "系统繁忙，请稍后再试。"
MSG_RATE = "您提问太频繁了，请稍等片刻再试。"


class AnswerGate:
    """At most ``limit`` answers at once for the programs' APIs and ``queue`` waiting;
    beyond that, refuse (the caller answers 503)."""

    def __init__(self, limit: int, queue: int):
        self._slots = threading.BoundedSemaphore(limit)
        self._waiting = 0
        self._queue = queue
        self._lock = threading.Lock()

    def acquire(self) -> bool:
        with self._lock:
            if self._waiting >= self._queue:
                return False
            self._waiting += 1
        self._slots.acquire()
        with self._lock:
            self._waiting -= 1
        return True

    def release(self) -> None:
        self._slots.release()

    @property
    def waiting(self) -> int:
        with self._lock:
            return self._waiting


@dataclass
class Services:
    settings: Settings
    assistant: Assistant
    querylog: QueryLog
    limiter: TokenBucket
    accounts: AccountStore
    audit: AuditLog
    sessions: SessionStore
    guard: LoginGuard
    temp: TempFolder
    gate: AnswerGate
    drafts: DraftStore = field(default_factory=DraftStore)
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def create(cls, settings: Settings) -> "Services":
        from vectorstore.client import ensure_data_dir

        root = ensure_data_dir(settings)
        s = settings
        return cls(
            s, Assistant(s), QueryLog(root / "querylog.sqlite", s.log_retention_days),
            TokenBucket(s.rate_per_minute, s.rate_burst), AccountStore(s),
            AuditLog(root / "audit.sqlite", s.log_retention_days),
            SessionStore(s.staff_idle_minutes * 60),
            LoginGuard(s.login_max_failures, s.login_max_failures_per_client,
                       s.login_lockout_seconds),
            TempFolder(s.temp_dir, s.staff_file_max_age_seconds),
            AnswerGate(s.concurrency_limit, s.queue_max_size))

    def warm_up(self) -> None:
        """Load the index, the embedder and the tokenizer, and read the tokenizer's short
        words, before the first citizen waits."""
        from assistant.compounds import prepare

        self.assistant.ask("去年新聘教师多少人？")
        prepare()

    def close(self) -> None:
        """At shutdown: staff files go, databases close."""
        self.temp.remove()
        for closable in (self.querylog, self.audit, self.accounts):
            try:
                closable.close()
            except Exception:
                log.exception("not closed cleanly: %s", type(closable).__name__)

    def client(self, request) -> str:
        if request is None:
            return "local"
        peer = getattr(getattr(request, "client", None), "host", None)
        headers = getattr(request, "headers", {}) or {}
        return client_address(peer, headers.get("x-forwarded-for"), self.settings.trusted_proxies)

    def staff_user(self, token: str | None, touch: bool = True) -> str | None:
        """The person a live staff session belongs to, if their account still exists."""
        user = self.sessions.user(token, touch=touch)
        if user is not None and not self.accounts.exists(user):
            self.sessions.end_user(user)
            return None
        return user

    def ask(self, question: str, history: list[str], request=None, channel: str = "web"
            ) -> Answer:
        return self._recorded(self.assistant.ask(question, history=history), history, channel)

    def ask_gated(self, question: str, history: list[str], request=None, channel: str = "api"
                  ) -> Answer | None:
        """An answer for the programs' APIs: from the answer cache at once (a question
        someone asked before does not queue), else computed in one of the gate's slots;
        None when the queue is full."""
        answer = self.assistant.cached(question, history=history)
        if answer is not None:
            return self._recorded(answer, history, channel)
        if not self.gate.acquire():
            return None
        try:
            return self.ask(question, history, request, channel)
        finally:
            self.gate.release()

    def _recorded(self, answer: Answer, history: list[str], channel: str) -> Answer:
        try:
            self.querylog.record(answer, channel=channel, request_id=uuid.uuid4().hex,
                                 followed=self._followed(answer, history))
        except Exception:
            log.exception("query log write failed")
        return answer

    def _followed(self, answer: Answer, history: list[str]) -> str:
        """For a refused follow-up: the standalone form of the question it followed, so
        that 「未解答问题」 can show what "那2024年呢？" was about (rules only: no model call
        is spent on a log line)."""
        if answer.answerable or answer.reason == "rejected" or not history:
            return ""
        prev = self.assistant.ask(history[-1], history=history[:-1], mode="extractive")
        return prev.standalone_question or prev.question
