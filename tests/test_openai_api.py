"""The OpenAI-compatible endpoint, driven by the official ``openai`` Python package against
the real app on a free port: answers with citations (streamed and not), follow-ups, the
two models, keys (from settings and from the accounts CLI), errors in OpenAI's shape with
Chinese messages, the body limit, the rate limit and keyless local use."""

from __future__ import annotations

import httpx
import openai
import pytest
from conftest import report_with_accounts
from webapp import AppServer

from webui.accounts import AccountStore

ENV_KEY = "settings-key-for-tests"
QUESTION = "去年新招了多少老师？"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    data = report_with_accounts(tmp_path_factory.mktemp("openai"), {})
    with AppServer(data, JIAOTI_API_KEYS=f"unused-key, {ENV_KEY}",
                   JIAOTI_RATE_PER_MINUTE="6000", JIAOTI_RATE_BURST="1000") as server:
        yield server


@pytest.fixture(scope="module")
def cli_key(app):
    from conftest import make_settings

    return AccountStore(make_settings(app.data_dir)).add_key("hotline-platform")


def client(app, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=app.url + "/v1", api_key=key, max_retries=0, timeout=60)


def test_models_lists_the_two_styles(app):
    ids = [m.id for m in client(app, ENV_KEY).models.list()]
    assert ids == ["jiaoti-citizen", "jiaoti-hotline"]


def test_an_answer_with_its_citations(app, cli_key):
    for key in (ENV_KEY, cli_key):
        reply = client(app, key).chat.completions.create(
            model="jiaoti-citizen", messages=[{"role": "user", "content": QUESTION}])
        message = reply.choices[0].message
        assert message.role == "assistant" and message.content == "2023年，新聘教师477人。"
        assert reply.choices[0].finish_reason == "stop" and reply.object == "chat.completion"
        [cite] = message.model_extra["citations"]
        assert cite["quote"] == "新聘教师477人" and cite["n"] == 1
        assert cite["section"].endswith("推进教师队伍优质提升") and cite["end"] > cite["start"]
        assert message.model_extra["answerable"] is True
        assert reply.usage.completion_tokens == len(message.content)


def test_a_streamed_answer_with_sources_in_the_text(app):
    stream = client(app, ENV_KEY).chat.completions.create(
        model="jiaoti-citizen", messages=[{"role": "user", "content": QUESTION}], stream=True,
        extra_body={"jiaoti_sources": True}, stream_options={"include_usage": True})
    text, citations, finish, used = "", None, None, None
    for chunk in stream:
        if chunk.usage:
            used = chunk.usage
        for choice in chunk.choices:
            text += choice.delta.content or ""
            citations = (choice.delta.model_extra or {}).get("citations", citations)
            finish = choice.finish_reason or finish
    assert text.startswith("2023年，新聘教师477人。\n\n来源：\n[1] 《")
    assert "“新聘教师477人”" in text
    assert citations[0]["quote"] == "新聘教师477人" and finish == "stop"
    assert used.completion_tokens == len(text)


def test_a_follow_up_uses_the_earlier_user_turns(app):
    reply = client(app, ENV_KEY).chat.completions.create(model="jiaoti-citizen", messages=[
        {"role": "system", "content": "你是助手。"},
        {"role": "user", "content": "2023年新建了几所公办幼儿园？"},
        {"role": "assistant", "content": "2023年，新建公办幼儿园7所。"},
        {"role": "user", "content": [{"type": "text", "text": "改扩建的呢？"}]}])
    assert "4所" in reply.choices[0].message.content


def test_the_hotline_model_writes_the_formal_draft_and_refusals_are_answers(app):
    c = client(app, ENV_KEY)
    reply = c.chat.completions.create(model="jiaoti-hotline", messages=[
        {"role": "user", "content": "我想问下去年新招了多少老师？我电话13800138000"}])
    text = reply.choices[0].message.content
    assert text.startswith("您好！关于您咨询的“去年新招了多少老师”") and "感谢您的来电" in text
    assert "13800138000" not in text
    refused = c.chat.completions.create(model="jiaoti-citizen", messages=[
        {"role": "user", "content": "中考分数线是多少？"}])
    message = refused.choices[0].message
    assert refused.choices[0].finish_reason == "stop" and "12345" in message.content
    assert message.model_extra["answerable"] is False and message.model_extra["citations"] == []


def test_wrong_missing_and_revoked_keys_get_401(app):
    with pytest.raises(openai.AuthenticationError) as wrong:
        client(app, "not-a-key").models.list()
    assert wrong.value.status_code == 401
    assert wrong.value.body["message"] == "API 密钥不正确或已被吊销。"
    none = httpx.post(app.url + "/v1/chat/completions", timeout=30, json={
        "model": "jiaoti-citizen", "messages": [{"role": "user", "content": QUESTION}]})
    assert none.status_code == 401 and none.json()["error"]["code"] == "invalid_api_key"
    assert "Authorization: Bearer" in none.json()["error"]["message"]
    from conftest import make_settings

    store = AccountStore(make_settings(app.data_dir))
    key = store.add_key("short-lived")
    assert client(app, key).models.list()
    store.revoke_key("short-lived")
    with pytest.raises(openai.AuthenticationError):
        client(app, key).models.list()


def test_errors_have_the_openai_shape_in_chinese(app):
    c = client(app, ENV_KEY)
    with pytest.raises(openai.NotFoundError) as unknown:
        c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert unknown.value.body["code"] == "model_not_found"
    assert "可用的模型是 jiaoti-citizen、jiaoti-hotline" in unknown.value.body["message"]
    with pytest.raises(openai.BadRequestError) as empty:
        c.chat.completions.create(model="jiaoti-citizen", messages=[
            {"role": "assistant", "content": "只有助手"}])
    assert "至少有一条 role 为 user 的消息" in empty.value.body["message"]
    r = httpx.post(app.url + "/v1/chat/completions", content=b"{not json", timeout=30,
                   headers={"Authorization": f"Bearer {ENV_KEY}"})
    assert r.status_code == 400 and r.json()["error"]["message"] == "请求体必须是 JSON 对象。"


def test_a_2_mb_body_gets_413(app):
    with pytest.raises(openai.APIStatusError) as big:
        client(app, ENV_KEY).chat.completions.create(model="jiaoti-citizen", messages=[
            {"role": "user", "content": "问" * 700_000}])
    assert big.value.status_code == 413
    assert big.value.body["code"] == "request_too_large"
    assert big.value.body["message"] == "请求内容太大（超过 256 KB），已拒绝。"


def test_keyless_local_use_and_the_rate_limit(tmp_path):
    data = report_with_accounts(tmp_path, {})
    with AppServer(data, JIAOTI_API_KEYLESS_LOCAL="true", JIAOTI_RATE_PER_MINUTE="1",
                   JIAOTI_RATE_BURST="3") as server:
        body = {"model": "jiaoti-citizen", "messages": [{"role": "user", "content": QUESTION}]}
        url = server.url + "/v1/chat/completions"
        assert "477" in httpx.post(url, json=body, timeout=60).json()["choices"][0]["message"][
            "content"]                                                   # no key, from here
        proxied = httpx.post(url, json=body, timeout=60, headers={"X-Forwarded-For": "1.2.3.4"})
        assert proxied.status_code == 401                               # through a proxy: no
        c = openai.OpenAI(base_url=server.url + "/v1", api_key="none", max_retries=0,
                          timeout=60)                                   # a placeholder key
        for _ in range(2):
            c.chat.completions.create(**body)
        with pytest.raises(openai.RateLimitError) as limited:
            c.chat.completions.create(**body)
        assert 1 <= int(limited.value.response.headers["retry-after"]) <= 60
        assert limited.value.body["message"] == "请求太频繁了，请稍等片刻再试。"


def test_stream_pieces_add_up_to_the_text():
    from webui.openai_wire import chunks

    class Answer:
        citations, answerable = (), False

    text = "您好！关于“x”。。\n\n来源：\n[1] 《a》；b"
    parts = list(chunks({"id": "i", "created": 0, "model": "m", "prompt_chars": 1},
                        text, Answer(), with_usage=False))
    assert "".join(p["choices"][0]["delta"].get("content", "") for p in parts) == text
    assert parts[-1]["choices"][0]["finish_reason"] == "stop"
