"""A local HTTP server that speaks the OpenAI chat-completions and Ollama chat protocols,
with scripted behaviour: answer, hang, or fail with a status code."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLMServer:
    """``behaviour(prompt_text) -> str | int | None``: a reply, an HTTP status to fail
    with, or None to hang until the server stops."""

    def __init__(self, behaviour):
        self.behaviour = behaviour
        self.requests: list[dict] = []
        self.stop_event = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
                server.requests.append({"path": self.path, "body": body})
                prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
                result = server.behaviour(prompt)
                if result is None:
                    server.stop_event.wait(120)
                    return
                if isinstance(result, int):
                    self.send_response(result)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "scripted failure"}}')
                    return
                if self.path.startswith("/api/chat"):
                    payload = {"model": body.get("model"), "created_at": "2026-01-01T00:00:00Z",
                               "message": {"role": "assistant", "content": result},
                               "done": True, "done_reason": "stop"}
                    data = (json.dumps(payload, ensure_ascii=False) + "\n").encode()
                    ctype = "application/x-ndjson"
                else:
                    payload = {"id": "chatcmpl-1", "object": "chat.completion",
                               "created": int(time.time()), "model": body.get("model", "m"),
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": result}}],
                               "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                                         "total_tokens": 2}}
                    data = json.dumps(payload, ensure_ascii=False).encode()
                    ctype = "application/json"
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def key_of(prompt: str, needle: str) -> int:
    """The [n] number of the context chunk that contains ``needle``."""
    for m in re.finditer(r"\[(\d+)\]《", prompt):
        end = prompt.find("\n\n[", m.end())
        if needle in prompt[m.end(): end if end > 0 else len(prompt)]:
            return int(m.group(1))
    raise AssertionError(f"{needle} not in the prompt")
