"""An OpenAI-compatible endpoint on the same server: ``GET /v1/models`` and
``POST /v1/chat/completions`` (streamed as server-sent events or not), so that hotline
platforms and chat front-ends (Open WebUI, Dify, LobeChat, bots) can use the assistant.

- The conversation's user turns are the question and its history; the answer is the
  assistant message. Model ``jiaoti-citizen`` answers briefly, ``jiaoti-hotline`` with the
  formal hotline draft.
- Extensions on the message: ``citations`` (n, source, title, section, quote, start, end,
  …) and ``answerable`` (false for a refusal, which is still a normal answer). With
  ``"jiaoti_sources": true`` in the request (or the api_sources setting) the text ends
  with a numbered 来源 list, for clients that show only text.
- Keys as ``Authorization: Bearer``; errors in OpenAI's shape with Chinese messages; the
  per-client rate limit, the body limit and the answer gate apply as for /api/ask.
- ``usage`` counts characters, not tokens (there is no tokenizer behind the answers)."""

import json
import logging
import time
import uuid

from assistant.grounding import strip_markup
from assistant.reply import draft_reply, sources_text
from webui.openai_wire import chunks, completion, oai_error, sse

log = logging.getLogger(__name__)

MODELS = {"jiaoti-citizen": "简短回答（与市民咨询页相同）",
          "jiaoti-hotline": "热线答复草稿（正式答复格式）"}
HISTORY_TURNS = 4
LOCAL = ("127.0.0.1", "::1")

MSG_NO_KEY = "缺少 API 密钥：请在请求头中加上 Authorization: Bearer <密钥>。"
MSG_BAD_KEY = "API 密钥不正确或已被吊销。"
MSG_OFF = ("本接口尚未启用：请先创建 API 密钥（python -m webui.accounts key-add 名称）"
           "或设置 JIAOTI_API_KEYS。")
MSG_JSON = "请求体必须是 JSON 对象。"
MSG_MODEL = "没有模型 {model}：可用的模型是 " + "、".join(MODELS) + "。"
MSG_MESSAGES = "messages 必须是消息列表，且至少有一条 role 为 user 的消息。"
MSG_RATE = "请求太频繁了，请稍等片刻再试。"
MSG_BUSY = "系统繁忙，请稍后再试。"


def message_text(content) -> str:
    """The text of a message's content (a string, or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content
                       if isinstance(p, dict) and p.get("type", "text") == "text"
                       and isinstance(p.get("text"), str))
    return ""


class OpenAIEndpoint:
    def __init__(self, services):
        self.services = services
        self.settings = services.settings

    # -- access ----------------------------------------------------------------------------
    def caller(self, request):
        """(the key's name, None) or (None, an error response). With api_keyless_local, a
        call from this machine needs no key (whatever placeholder a client sends)."""
        peer = getattr(request.client, "host", None)
        if (self.settings.api_keyless_local and peer in LOCAL
                and "x-forwarded-for" not in request.headers):
            return "local", None
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            owner = self.services.accounts.key_owner(token.strip())
            if owner is None:
                return None, oai_error(401, MSG_BAD_KEY, "invalid_api_key")
            return owner, None
        off = not self.services.accounts.any_key() and not self.settings.api_keyless_local
        return None, oai_error(401, MSG_OFF if off else MSG_NO_KEY, "invalid_api_key")

    # -- requests --------------------------------------------------------------------------
    def parse(self, raw: bytes):
        """(model, question, history, options) or an error response."""
        try:
            body = json.loads(raw or b"null")
        except (ValueError, UnicodeDecodeError):
            return oai_error(400, MSG_JSON, "invalid_json")
        if not isinstance(body, dict):
            return oai_error(400, MSG_JSON, "invalid_json")
        model = body.get("model")
        if model not in MODELS:
            return oai_error(404, MSG_MODEL.format(model=str(model)[:64]), "model_not_found")
        messages = body.get("messages")
        turns = [message_text(m.get("content")) for m in messages or []
                 if isinstance(m, dict) and m.get("role") == "user"] \
            if isinstance(messages, list) else []
        if not turns:
            return oai_error(400, MSG_MESSAGES, "invalid_messages")
        options = {"stream": body.get("stream") is True,
                   "sources": bool(body.get("jiaoti_sources", self.settings.api_sources)),
                   "usage": bool((body.get("stream_options") or {}).get("include_usage"))
                   if isinstance(body.get("stream_options"), dict) else False}
        return model, turns[-1], turns[:-1][-HISTORY_TURNS:], options

    def text(self, model: str, answer, sources: bool) -> str:
        if model == "jiaoti-hotline" and answer.reason != "rejected":
            text = draft_reply(answer, self.settings.bureau_name, self.settings.hotline)
        else:
            text = strip_markup(answer.answer)
            if answer.notice:
                text += f"（{answer.notice}）"
        if sources and answer.citations:
            text += "\n\n来源：\n" + sources_text(answer)
        return text

    def answer(self, request, raw: bytes):
        """The whole exchange for one request: a response object (JSON or a stream)."""
        from fastapi.responses import JSONResponse, StreamingResponse

        key, denied = self.caller(request)
        if denied is not None:
            return denied
        client = self.services.client(request)
        if not self.services.limiter.allow(client):
            wait = self.services.limiter.retry_after(client)
            return oai_error(429, MSG_RATE, "rate_limit_exceeded", {"Retry-After": str(wait)})
        parsed = self.parse(raw)
        if not isinstance(parsed, tuple):
            return parsed
        model, question, history, options = parsed
        try:
            answer = self.services.ask_gated(question, history, request, channel="openai")
        except Exception:
            log.exception("/v1 question failed (key %s)", key)
            return oai_error(500, MSG_BUSY, "server_error")
        if answer is None:
            return oai_error(503, MSG_BUSY, "server_busy")
        text = self.text(model, answer, options["sources"])
        meta = {"id": "chatcmpl-" + uuid.uuid4().hex, "created": int(time.time()),
                "model": model, "prompt_chars": len(question) + sum(map(len, history))}
        if options["stream"]:
            return StreamingResponse(sse(chunks(meta, text, answer, options["usage"])),
                                     media_type="text/event-stream",
                                     headers={"Cache-Control": "no-store"})
        return JSONResponse(completion(meta, text, answer))

    def models(self, request):
        from fastapi.responses import JSONResponse

        _, denied = self.caller(request)
        if denied is not None:
            return denied
        return JSONResponse({"object": "list", "data": [
            {"id": name, "object": "model", "created": 0, "owned_by": self.settings.bureau_name,
             "description": about} for name, about in MODELS.items()]})


def add_openai_api(app, services) -> None:
    from fastapi import Request
    from starlette.concurrency import run_in_threadpool

    endpoint = OpenAIEndpoint(services)

    @app.get("/v1/models", include_in_schema=False)
    def models(request: Request):
        return endpoint.models(request)

    @app.post("/v1/chat/completions", include_in_schema=False)
    async def chat_completions(request: Request):
        raw = await request.body()
        return await run_in_threadpool(endpoint.answer, request, raw)
