"""The Python API: `Assistant.from_settings().ask(question, history=[...])` → `Answer`.
The web chat, the CLI and the evaluation all go through it."""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from assistant.answer import Context, averaged
from assistant.answer import answer as answer_extractive
from assistant.cache import AnswerCache
from assistant.docinfo import about_document
from assistant.followup import core_of, new_words, standalone
from assistant.grounding import mark_unsure_scans
from assistant.query import FOLLOWUP_MARK, QueryPlan, plan_question
from assistant.retrieve import Retriever
from assistant.stages import as_whole, cited_sentences
from jiaoti import text as tx
from jiaoti.errors import LLMUnavailable
from jiaoti.privacy import strip_personal
from jiaoti.settings import Settings
from jiaoti.types import Answer, Hit
from prompts import cannot_answer

log = logging.getLogger(__name__)

MSG_EMPTY = "请输入您要咨询的问题。"
MSG_TOO_LONG = "问题太长了（超过 {n} 个字），请简要描述您想了解的事项。"
MSG_NOT_TEXT = "没有识别到文字内容，请用文字描述您的问题。"
MSG_CHINESE = "目前只支持中文提问，请用中文描述您的问题。"
NOTICE_KEYWORDS_ONLY = "向量检索暂时不可用，本次回答仅依据关键词检索。"
HARD_GATES = ("place", "year")
YEAR_BEFORE = "year-before"     # no figure of the year asked, but of the next year
SHORT_FOLLOWUP = 12       # characters; a question this short may lean on the previous one


class Assistant:
    def __init__(self, settings: Settings, index=None, llm=None, recorder=None):
        from vectorstore.index import Index

        self.settings = settings
        self.index = index or Index(settings)
        self.retriever = Retriever(self.index, settings)
        self._llm = llm
        self.recorder = recorder          # called with every Answer (the query log)
        self.settings_hash = settings.settings_hash()
        self.cache = AnswerCache(settings.answer_cache_size)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs) -> "Assistant":
        return cls(settings or Settings(), **kwargs)

    # -- the one entry point --------------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None, mode: str | None = None,
            leg: str = "hybrid") -> Answer:
        started = time.perf_counter()
        mode = mode or self.settings.mode
        timings: dict[str, float] = {}
        rejected = self._reject(question)
        if rejected:
            return self._finish(Answer(str(question)[:200], "", rejected, False, "extractive",
                                       reason="rejected"), started, timings)
        q, standalone_q, prev, snap, key = self._read(question, history, mode, leg, timings)
        cached, claimed = self.cache.claim(key) if self.index.dense_ok else (None, False)
        if cached is not None:
            timings["cache_hit"] = 1.0
            return self._finish(cached, started, timings)
        try:
            answer = self._compute(q, standalone_q, prev, snap, mode, timings, leg)
            if not answer.answerable and answer.reason not in HARD_GATES and history:
                answer = self._unswapped(q, history, standalone_q, answer, snap, mode,
                                         timings, leg, prev)
            if not answer.notice and not answer.reason.startswith("llm-fallback"):
                self.cache.put(key, answer)
        finally:
            if claimed:
                self.cache.release(key)
        return self._finish(answer, started, timings)

    def _compute(self, q: str, standalone_q: str, prev: str, snap, mode: str, timings: dict,
                 leg: str) -> Answer:
        answer, plan = self._staged(q, standalone_q, snap, mode, timings, leg, prev)
        if prev and standalone_q == q and answer.reason not in HARD_GATES \
                and (len(q) <= SHORT_FOLLOWUP or not answer.answerable):
            # a short or unanswerable question may continue the conversation: try it
            # together with the previous question; keep that if it answers, and do not
            # answer a question too vague to stand alone from its own words either
            merged, _ = self._answer(q, f"{q.rstrip('?？。 ')}{FOLLOWUP_MARK}{prev}）？", snap,
                                     mode, timings, leg)
            if merged.answerable or (plan is not None and plan.weak(snap)):
                answer = merged
        notice = "" if self.index.dense_ok else NOTICE_KEYWORDS_ONLY
        answer = mark_unsure_scans(answer, snap.chunks, self.settings.ocr_min_confidence)
        return replace(answer, notice=notice)

    def _unswapped(self, q, history, standalone_q, answer, snap, mode, timings, leg, prev):
        """'那初中呢' read as '…有多少所初中' and refused: the reading that keeps the last
        question as context instead ('初中（接上一问：…）') may answer."""
        h = [tx.normalize_question(strip_personal(x)) for x in history if isinstance(x, str)]
        other = standalone(q, h, stages=False)
        if other == standalone_q:
            return answer
        tried = self._compute(q, other, prev, snap, mode, timings, leg)
        return tried if tried.answerable else answer

    def _staged(self, q: str, standalone_q: str, snap, mode: str, timings: dict, leg: str,
                prev: str) -> tuple[Answer, QueryPlan | None]:
        """A question naming every stage of a whole ('小学初中这个阶段') is answered by a
        figure that names every stage, or else by the whole's own (asked as 义务教育)."""
        asked = self._answer(q, standalone_q, snap, mode, timings, leg, prev)
        whole = as_whole(standalone_q, snap.blob)
        if whole is None or asked[0].answerable and whole.names_every_stage(asked[0].answer):
            return asked
        staged = self._answer(q, whole.question, snap, mode, timings, leg, prev)
        if staged[0].answerable and whole.answered_by(staged[0].answer,
                                                      cited_sentences(staged[0], snap)):
            return staged
        if asked[0].answerable:         # '小学共有专任教师…' is not 小学初中's
            return self._refusal(asked[0], "one-stage"), asked[1]
        return asked

    def cached(self, question: str, history: list[str] | None = None, mode: str | None = None,
               leg: str = "hybrid") -> Answer | None:
        """The answer ``ask`` would give from the answer cache, or None; nothing is
        searched or composed (and no model is asked), so a caller may try this before
        queueing for an answer slot."""
        started = time.perf_counter()
        mode = mode or self.settings.mode
        if not self.cache.capacity or not self.index.dense_ok or self._reject(question) \
                or (mode == "llm" and history):
            return None
        timings: dict[str, float] = {}
        key = self._read(question, history, mode, leg, timings)[-1]
        answer = self.cache.peek(key)
        if answer is None:
            return None
        timings["cache_hit"] = 1.0
        return self._finish(answer, started, timings)

    def _read(self, question: str, history: list[str] | None, mode: str, leg: str,
              timings: dict) -> tuple[str, str, str, object, tuple]:
        """(question, its standalone form, the previous question, snapshot, cache key)."""
        t0 = time.perf_counter()
        # personal numbers are dropped before anything else sees the question
        q = tx.normalize_question(strip_personal(question))
        history = [tx.normalize_question(strip_personal(h)) for h in (history or [])
                   if isinstance(h, str)]
        timings["normalize_ms"] = (time.perf_counter() - t0) * 1e3
        snap = self.index.snapshot()
        if snap.lexicon is not None:    # its words, whichever deployment answered before
            snap.lexicon.activate()
        llm_rewrite = self._llm_condense(q, history) if (mode == "llm" and history) else None
        standalone_q = llm_rewrite or standalone(q, history)
        prev = standalone(history[-1], history[:-1]).rstrip("?？。 ") if history else ""
        key = (snap.physical, snap.generation, mode, leg, q, standalone_q, prev)
        return q, standalone_q, prev, snap, key

    def _answer(self, q: str, standalone_q: str, snap, mode: str, timings: dict,
                leg: str, prev: str = "") -> tuple[Answer, QueryPlan | None]:
        t0 = time.perf_counter()
        plan = plan_question(standalone_q, snap, self.settings.current_year or snap.current_year,
                             tuple(self.settings.home_places))
        timings["plan_ms"] = (time.perf_counter() - t0) * 1e3
        base = Answer(q, standalone_q, "", False, "extractive")
        gate = self._gate(plan, snap)
        itself = None if gate in HARD_GATES + (YEAR_BEFORE,) else about_document(snap, base)
        if itself is not None:      # '这份报告落款是哪天' may name no word of the text
            return itself, plan
        core = new_words(core_of(q) or "", prev) if standalone_q != q else ""
        ctx = Context(self.settings, self.retriever, snap, timings, leg, core)
        if gate and gate != YEAR_BEFORE:    # (an average of two totals the text names)
            per = averaged(ctx, base, plan) if gate == "unknown-terms" else None
            return (per[0] if per else self._refusal(base, gate)), plan
        t0 = time.perf_counter()
        answer, hits = answer_extractive(ctx, base, plan)
        timings["answer_ms"] = (time.perf_counter() - t0) * 1e3
        if gate == YEAR_BEFORE:     # only the next year's figure and its change can tell
            return (answer if answer.answerable else self._refusal(base, "year")), plan
        if mode == "llm":
            answer = self._with_llm(base, plan, hits, answer, timings)
        return replace(answer, hits=tuple(hits)), plan

    # -- steps ----------------------------------------------------------------------------
    def _reject(self, question) -> str | None:
        """A message if the question cannot be processed at all (no embedding is spent)."""
        if not isinstance(question, str) or not tx.visible(question):
            return MSG_EMPTY
        if len(question) > self.settings.max_question_chars:
            return MSG_TOO_LONG.format(n=self.settings.max_question_chars)
        cleaned = tx.normalize_question(question)
        if not any(ch.isalnum() for ch in cleaned):
            return MSG_NOT_TEXT
        if not any(tx.is_cjk(ch) for ch in cleaned) and any(ch.isalpha() for ch in cleaned):
            return MSG_CHINESE
        return None

    def _gate(self, plan: QueryPlan, snap) -> str | None:
        """Refuse at once what no indexed text can answer: a place no document mentions,
        a year no document talks about, a question without any topic word."""
        if plan.places:
            return "place"
        def said(years) -> bool:
            return any(f"{y}{then}" in snap.blob for y in years for then in (
                "年", " 年", "学年", f"-{y + 1}", f"—{y + 1}", f"–{y + 1}", f"至{y + 1}"))
        later = {y + 1 for y in plan.years}
        if plan.years and not said(plan.years) and not (plan.asks_now and
                                                        snap.now_sources(plan.now)):
            next_said = said(later) or later == {plan.now} and snap.undated_sources()
            # a year before a reported one: the change stated with its figure may tell
            return YEAR_BEFORE if plan.kind == "quantity" and next_said else "year"
        if not plan.terms:
            return "no-topic"
        if not any(t.known for t in plan.terms):
            return "unknown-terms"
        return None

    def _refusal(self, base: Answer, reason: str) -> Answer:
        return replace(base, answer=cannot_answer(self.settings.bureau_name,
                                                  self.settings.hotline),
                       answerable=False, citations=(), reason=reason)

    def _with_llm(self, base: Answer, plan: QueryPlan, hits: list[Hit], fallback: Answer,
                  timings: dict) -> Answer:
        t0 = time.perf_counter()
        try:
            answer = self.llm().answer(base, plan, hits, fallback)
        except LLMUnavailable as exc:
            log.warning("llm mode fell back to the extractive answer: %s", exc)
            answer = replace(fallback, mode="extractive", reason=f"llm-fallback:{exc}")
        timings["llm_ms"] = (time.perf_counter() - t0) * 1e3
        return answer

    def _llm_condense(self, question: str, history: list[str]) -> str | None:
        try:
            return self.llm().condense(question, history)
        except LLMUnavailable as exc:
            log.warning("llm could not rewrite the follow-up, using rules: %s", exc)
            return None

    def llm(self):
        if self._llm is None:
            from assistant.chain import LLMAnswerer

            self._llm = LLMAnswerer(self.settings)
        return self._llm

    def _finish(self, answer: Answer, started: float, timings: dict) -> Answer:
        answer = replace(answer, latency_ms=(time.perf_counter() - started) * 1e3,
                         timings=timings, settings_hash=self.settings_hash)
        if self.recorder is not None:
            try:
                self.recorder(answer)
            except Exception:   # the log must never break an answer
                log.exception("query log failed")
        return answer
