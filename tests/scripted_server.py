"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API and plays a script.

Each scripted step is one HTTP response: a JSON body (or raw bytes), a status, headers, a delay.
Every request is recorded so tests can assert what the client sent (retries, re-asks, prompts).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Step:
    status: int = 200
    body: Any = None  # dict -> JSON; bytes/str -> sent raw
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    trickle_s: float = 0.0  # send the body one byte at a time, this many seconds apart


def completion(
    content: str, prompt_tokens: int = 100, completion_tokens: int = 50, finish_reason: str = "stop"
) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "scripted",
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": content}}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(payload: dict | str, **usage: int) -> Step:
    content = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return Step(200, completion(content, **usage))


class ScriptedServer:
    def __init__(
        self,
        steps: list[Step] | None = None,
        default: Step | None = None,
        responder: Callable[[dict, int], Step] | None = None,
    ) -> None:
        """Steps play in order; then ``responder(request_body, request_number)`` or ``default``."""
        self.steps = list(steps or [])
        self.default = default
        self.responder = responder
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append({"path": self.path, "body": body, "time": time.monotonic()})
                    number = len(server.requests)
                    step = server.steps.pop(0) if server.steps else None
                if step is None and server.responder is not None:
                    step = server.responder(body, number)
                elif step is None:
                    step = server.default
                if step is None:
                    step = Step(500, {"error": {"message": "script exhausted"}})
                if step.delay_s:
                    time.sleep(step.delay_s)
                raw = (
                    step.body
                    if isinstance(step.body, bytes)
                    else (step.body.encode() if isinstance(step.body, str) else json.dumps(step.body).encode())
                )
                try:
                    self.send_response(step.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(raw)))
                    for k, v in step.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    if step.trickle_s:
                        for i in range(len(raw)):
                            self.wfile.write(raw[i : i + 1])
                            self.wfile.flush()
                            time.sleep(step.trickle_s)
                    else:
                        self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and hung up

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
