"""The llm answer mode: a LangChain (LCEL) chain — prompt | chat model | text — over any
OpenAI-compatible endpoint or Ollama. The model only proposes text; code keeps control:
citation keys it invents are dropped, every figure must appear in a cited chunk, and any
failure (error, timeout, unsupported figure, no citation) falls back to the extractive
answer."""

from __future__ import annotations

import logging
import os
import re
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace

from assistant.grounding import citation, strip_markup, unsupported_figures
from assistant.query import QueryPlan
from jiaoti import numbers as num
from jiaoti import text as tx
from jiaoti.errors import LLMUnavailable
from jiaoti.settings import Settings
from jiaoti.types import Answer, Chunk, Hit
from prompts import cannot_answer, fill, load

log = logging.getLogger(__name__)

_KEY = re.compile(r"\[(\d{1,3})\]")


def build_chat_model(settings: Settings):
    """The configured chat model (imported only in llm mode)."""
    if not settings.llm_base_url or not settings.llm_model:
        raise LLMUnavailable("未配置语言模型：请设置 JIAOTI_LLM_BASE_URL 和 JIAOTI_LLM_MODEL")
    if settings.llm_provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(base_url=settings.llm_base_url, model=settings.llm_model,
                          temperature=settings.llm_temperature,
                          client_kwargs={"timeout": settings.llm_timeout_seconds})
    from langchain_openai import ChatOpenAI

    key = os.environ.get(settings.llm_api_key_env) or "not-needed"
    return ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model, api_key=key,
                      timeout=settings.llm_timeout_seconds, max_retries=settings.llm_max_retries,
                      temperature=settings.llm_temperature)


def number_context(hits: list[Hit]) -> str:
    parts = []
    for n, hit in enumerate(hits, 1):
        c = hit.chunk
        parts.append(f"[{n}]《{c.title}》{c.section or ''}\n{c.text}")
    return "\n\n".join(parts)


class LLMAnswerer:
    def __init__(self, settings: Settings, model=None, workers: int = 8):
        self.settings = settings
        self._model = model
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="llm")
        self._answer_chain = None
        self._condense_chain = None

    def _deployment(self) -> tuple[str, str]:
        return self.settings.bureau_name, self.settings.hotline

    def model(self):
        if self._model is None:
            self._model = build_chat_model(self.settings)
        return self._model

    def _chains(self):
        if self._answer_chain is None:
            from langchain_core.output_parsers import StrOutputParser
            from langchain_core.prompts import ChatPromptTemplate

            answer_prompt = ChatPromptTemplate.from_messages(
                [("system", fill(load("answer_system.md"), *self._deployment())),
                 ("human", load("answer_user.md"))]
            ).partial(cannot_answer=cannot_answer(*self._deployment()))
            self._answer_chain = answer_prompt | self.model() | StrOutputParser()
            condense_prompt = ChatPromptTemplate.from_messages([("human", load("condense.md"))])
            self._condense_chain = condense_prompt | self.model() | StrOutputParser()
        return self._answer_chain, self._condense_chain

    def _invoke(self, chain, inputs: dict) -> str:
        """Run the chain with one overall deadline (retries included)."""
        future = self._pool.submit(chain.invoke, inputs)
        try:
            return future.result(timeout=self.settings.llm_timeout_seconds)
        except FutureTimeout:
            future.cancel()
            raise LLMUnavailable(f"模型在 {self.settings.llm_timeout_seconds:g} 秒内没有回答") from None
        except LLMUnavailable:
            raise
        except Exception as exc:
            raise LLMUnavailable(f"模型调用失败（{type(exc).__name__}）") from exc

    # -- follow-ups -----------------------------------------------------------------------
    def condense(self, question: str, history: list[str]) -> str | None:
        _, chain = self._chains()
        out = self._invoke(chain, {"question": question,
                                   "history": "\n".join(f"- {h}" for h in history[-4:])})
        out = strip_markup(out).strip().splitlines()[0].strip() if out.strip() else ""
        return tx.normalize_question(out) if 0 < len(out) <= self.settings.max_question_chars else None

    # -- answers ---------------------------------------------------------------------------
    def answer(self, base: Answer, plan: QueryPlan, hits: list[Hit], fallback: Answer) -> Answer:
        if not hits:
            return fallback
        chain, _ = self._chains()
        raw = self._invoke(chain, {"question": base.standalone_question or base.question,
                                   "context": number_context(hits)})
        return self.check(raw, base, plan, hits, fallback)

    def check(self, raw: str, base: Answer, plan: QueryPlan, hits: list[Hit],
              fallback: Answer) -> Answer:
        """Accept the model's reply only if it is grounded; otherwise the extractive one."""
        text = strip_markup(raw).strip()
        refusal = cannot_answer(*self._deployment())
        if not text or refusal[:12] in text:
            return replace(base, answer=refusal, answerable=False, citations=(), mode="llm",
                           reason="llm-refused")
        keys = [int(k) for k in _KEY.findall(text)]
        valid = [k for k in dict.fromkeys(keys) if 1 <= k <= len(hits)]
        dropped = sorted(set(keys) - set(valid))
        if dropped:
            log.warning("dropping unknown citation keys %s", dropped)
        if not valid:
            return self._fallback(fallback, "llm-no-citation", text)
        renumber = {k: n for n, k in enumerate(valid, 1)}
        text = _KEY.sub(lambda m: f"[{renumber[int(m.group(1))]}]"
                        if int(m.group(1)) in renumber else "", text)
        plain = _KEY.sub("", text)
        cited = [hits[k - 1].chunk for k in valid]
        bad = unsupported_figures(plain, cited)
        if bad:
            return self._fallback(fallback, "llm-unsupported-figure:" +
                                  ",".join(sorted(format(v, "f") for v in bad)), text)
        cites = tuple(_cite(n, chunk, plain, plan) for n, chunk in enumerate(cited, 1))
        return replace(base, answer=text, answerable=True, citations=cites, mode="llm",
                       reason="llm")

    def _fallback(self, fallback: Answer, reason: str, text: str) -> Answer:
        log.warning("llm answer replaced by the extractive one (%s): %r", reason, text[:200])
        return replace(fallback, reason=f"llm-fallback:{reason}")


def _cite(n: int, chunk: Chunk, answer: str, plan: QueryPlan):
    """Quote the sentence of ``chunk`` that shares most figures (then key terms) with the
    answer — located by code, verbatim."""
    wanted = num.figure_values(answer)
    best, best_key = None, (-1, -1)
    for s, e in tx.sentence_spans(chunk.text):
        sent = chunk.text[s:e]
        figs = len(wanted & num.figure_values(sent))
        terms = sum(1 for t in plan.terms if any(a in tx.fold(sent) for a in t.alternatives))
        if (figs, terms) > best_key:
            best, best_key = (s, e), (figs, terms)
    s, e = best or (0, len(chunk.text))
    return citation(n, chunk, chunk.start + s, chunk.start + e)
