"""The OpenAI chat-completions wire format: errors, a whole completion, and the chunks of a
streamed one (server-sent events ending in ``data: [DONE]``)."""

import json
import re

_PIECES = re.compile(r"[^。！？；\n]*[。！？；]|[^。！？；\n]+|\n+")


def oai_error(status: int, message: str, code: str, headers: dict | None = None):
    from fastapi.responses import JSONResponse

    kind = {401: "invalid_request_error", 429: "requests", 500: "server_error",
            503: "server_error"}.get(status, "invalid_request_error")
    return JSONResponse({"error": {"message": message, "type": kind, "param": None,
                                   "code": code}}, status_code=status, headers=headers)


def extension(answer) -> dict:
    """Our fields on the assistant message: the citations and whether it answered."""
    return {"citations": [c.to_dict() for c in answer.citations],
            "answerable": answer.answerable}


def usage(meta: dict, text: str) -> dict:
    """Characters, not tokens."""
    return {"prompt_tokens": meta["prompt_chars"], "completion_tokens": len(text),
            "total_tokens": meta["prompt_chars"] + len(text)}


def _head(meta: dict, kind: str) -> dict:
    return {"id": meta["id"], "object": kind, "created": meta["created"], "model": meta["model"]}


def completion(meta: dict, text: str, answer) -> dict:
    message = {"role": "assistant", "content": text, **extension(answer)}
    return {**_head(meta, "chat.completion"),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop",
                         "logprobs": None}],
            "usage": usage(meta, text)}


def chunks(meta: dict, text: str, answer, with_usage: bool):
    """The stream: the role, the text sentence by sentence, then the extension fields with
    the finish reason, then (when asked) the usage."""
    head = _head(meta, "chat.completion.chunk")

    def chunk(delta: dict, finish: str | None = None) -> dict:
        return {**head, "choices": [{"index": 0, "delta": delta, "finish_reason": finish,
                                     "logprobs": None}]}
    yield chunk({"role": "assistant", "content": ""})
    for piece in _PIECES.findall(text) or [text]:
        yield chunk({"content": piece})
    yield chunk(extension(answer), "stop")
    if with_usage:
        yield {**head, "choices": [], "usage": usage(meta, text)}


def sse(events):
    for event in events:
        yield f"data: {json.dumps(event, ensure_ascii=False)}\n\n"
    yield "data: [DONE]\n\n"
