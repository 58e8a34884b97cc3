"""llm mode: a fake chat model with queued replies for the logic, and a local HTTP server
that speaks the OpenAI / Ollama protocols for faults (hang, 500, 503, invented numbers)."""

from __future__ import annotations

import pytest
from conftest import make_settings
from fake_llm import FakeLLMServer, key_of
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.chain import LLMAnswerer
from assistant.engine import Assistant
from prompts import cannot_answer


def fake(*replies: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))


def llm_assistant(report_env, model=None, **overrides) -> Assistant:
    settings, index = report_env
    settings = make_settings(settings.data_dir, mode="llm", **overrides)
    return Assistant(settings, index=index, llm=LLMAnswerer(settings, model=model))


def key_for(report_env, question: str, needle: str) -> int:
    settings, index = report_env
    hits = Assistant(settings, index=index).ask(question).hits
    return next(i for i, h in enumerate(hits, 1) if needle in h.chunk.text)


def test_grounded_reply_is_kept_with_code_owned_citations(report_env):
    q = "去年新招了多少老师？"
    k = key_for(report_env, q, "新聘教师477人")
    a = llm_assistant(report_env, fake(f"2023年，全市新聘教师477人[{k}]，另见[{k + 40}]。"))
    ans = a.ask(q)
    assert ans.mode == "llm" and ans.answerable and ans.reason == "llm"
    assert ans.answer == "2023年，全市新聘教师477人[1]，另见。"     # unknown key dropped
    assert len(ans.citations) == 1
    cite = ans.citations[0]
    assert cite.n == 1 and "新聘教师477人" in cite.quote
    assert cite.quote == cite.quote.strip() and cite.start < cite.end


def test_invented_number_is_replaced_by_the_extractive_answer(report_env):
    q = "去年新招了多少老师？"
    k = key_for(report_env, q, "新聘教师477人")
    ans = llm_assistant(report_env, fake(f"2023年新聘教师500人[{k}]。")).ask(q)
    assert ans.mode == "extractive" and ans.reason.startswith("llm-fallback:llm-unsupported-figure:500")
    assert "477人" in ans.answer and "500" not in ans.answer


def test_reply_without_citation_or_with_only_unknown_keys_falls_back(report_env):
    for reply in ("2023年新聘教师477人。", "2023年新聘教师477人[77]。"):
        ans = llm_assistant(report_env, fake(reply)).ask("去年新招了多少老师？")
        assert ans.mode == "extractive" and "llm-no-citation" in ans.reason
        assert "477人" in ans.answer


def test_model_refusal_and_markup(report_env):
    ans = llm_assistant(report_env, fake(cannot_answer())).ask("去年新招了多少老师？")
    assert not ans.answerable and ans.answer == cannot_answer() and ans.mode == "llm"
    q = "体彩卖了多少钱？"
    k = key_for(report_env, q, "3.9亿元")
    reply = f"2023年体育彩票销量3.9亿元[{k}]。![x](http://evil.example/x.png)<img src=x onerror=alert(1)>"
    ans = llm_assistant(report_env, fake(reply)).ask(q)
    assert ans.mode == "llm" and "<img" not in ans.answer and "![" not in ans.answer
    assert "3.9亿元" in ans.answer


def test_model_rewrites_followups(report_env):
    q = "改扩建的呢？"
    rewrite = "2023年改扩建了几所公办幼儿园？"
    k = key_for(report_env, rewrite, "改扩建公办幼儿园4所")
    a = llm_assistant(report_env, fake(rewrite, f"2023年改扩建公办幼儿园4所[{k}]。"))
    ans = a.ask(q, history=["2023年新建了几所公办幼儿园？"])
    assert ans.standalone_question == "2023年改扩建了几所公办幼儿园?"      # normalised
    assert ans.mode == "llm" and "4所" in ans.answer


def test_wrong_year_is_refused_without_asking_the_model(report_env):
    model = fake("2022年新聘教师477人[1]。")
    ans = llm_assistant(report_env, model).ask("2022年新聘教师多少人？")
    assert not ans.answerable and ans.answer == cannot_answer()
    assert next(model.messages, None) is not None      # the queued reply was never used


@pytest.mark.parametrize("behaviour,reason", [
    (lambda prompt: None, "没有回答"),                # hangs
    (lambda prompt: 500, "模型调用失败"),
    (lambda prompt: 503, "模型调用失败"),
])
def test_endpoint_faults_end_in_the_extractive_answer(report_env, behaviour, reason):
    with FakeLLMServer(behaviour) as server:
        a = llm_assistant(report_env, llm_base_url=server.base_url + "/v1", llm_model="fake",
                          llm_timeout_seconds=2, llm_max_retries=1)
        ans = a.ask("去年新招了多少老师？")
        assert server.requests, "the endpoint was called"
    assert ans.mode == "extractive" and reason in ans.reason
    assert ans.answerable and "477人" in ans.answer


def test_openai_protocol_answer_and_invented_number(report_env):
    def reply(prompt):
        k = key_of(prompt, "新聘教师477人")
        return f"2023年，鹤壁新聘教师477人[{k}]。" if "老师" in prompt else f"销量4亿元[{k}]。"

    with FakeLLMServer(reply) as server:
        a = llm_assistant(report_env, llm_base_url=server.base_url + "/v1", llm_model="qwen",
                          llm_timeout_seconds=10)
        good = a.ask("去年新招了多少老师？")
        bad = a.ask("2023年新聘教师多少人？")
        body = server.requests[0]["body"]
    assert good.mode == "llm" and good.answer == "2023年，鹤壁新聘教师477人[1]。"
    assert body["model"] == "qwen" and body["messages"][0]["role"] == "system"
    assert "[1]《" in body["messages"][1]["content"]              # numbered chunks
    assert bad.mode == "extractive" and "unsupported-figure:400000000" in bad.reason
    assert "477人" in bad.answer


def test_ollama_protocol(report_env):
    def reply(prompt):
        return f"2023年体育彩票年度销量3.9亿元[{key_of(prompt, '3.9亿元')}]。"

    with FakeLLMServer(reply) as server:
        a = llm_assistant(report_env, llm_provider="ollama", llm_base_url=server.base_url,
                          llm_model="qwen2.5", llm_timeout_seconds=10)
        ans = a.ask("体彩卖了多少钱？")
        assert server.requests[0]["path"].startswith("/api/chat")
    assert ans.mode == "llm" and "3.9亿元" in ans.answer and ans.citations


def test_unconfigured_llm_mode_falls_back(report_env):
    ans = llm_assistant(report_env).ask("去年新招了多少老师？")
    assert ans.mode == "extractive" and "JIAOTI_LLM_BASE_URL" in ans.reason and "477人" in ans.answer
