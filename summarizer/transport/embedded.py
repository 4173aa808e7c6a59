"""The embedded default: llama.cpp (xllamacpp) serving the pinned GGUF on 127.0.0.1.

Started on first use, shared by every call in the process, stopped at interpreter exit. It speaks
the OpenAI chat-completions API, so the embedded model goes through the same transport as any
remote endpoint.
"""

from __future__ import annotations

import atexit
import os
import secrets
import sys
import threading
import time

from summarizer.errors import WeightsError
from summarizer.transport.weights import INSTALL_HINT, embedded_model_path

N_CTX = int(os.environ.get("SUMMARIZER_N_CTX", "8192"))
N_THREADS = int(os.environ.get("SUMMARIZER_THREADS", str(max(1, min(os.cpu_count() or 2, 8)))))

_lock = threading.Lock()
_server = None
_base_url: str | None = None
# Any local user can reach 127.0.0.1: the server answers only to this key, which only this process knows.
_key = secrets.token_urlsafe(32)


def _params(model_path: str):
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = model_path
    params.n_ctx = N_CTX
    params.n_parallel = 1
    params.cpuparams.n_threads = N_THREADS
    params.cpuparams_batch.n_threads = N_THREADS
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # any free port
    params.api_keys = [_key]
    params.cache_prompt = True  # reuse the shared instruction prefix across articles
    params.verbosity = -1
    params.warmup = False
    return params


def base_url() -> str:
    """Start the embedded server if needed; return its OpenAI-compatible base URL."""
    global _server, _base_url
    with _lock:
        if _server is None:
            try:
                import xllamacpp
            except ImportError as exc:
                raise WeightsError(f"the embedded runtime (xllamacpp) is not installed; {INSTALL_HINT}") from exc
            path = str(embedded_model_path())
            started = time.perf_counter()
            _server = xllamacpp.Server(_params(path))
            address = str(_server.listening_address)
            _base_url = (address if address.startswith("http") else f"http://{address}").rstrip("/") + "/v1"
            load_s = time.perf_counter() - started
            if os.environ.get("SUMMARIZER_VERBOSE"):
                print(f"embedded model loaded in {load_s:.1f}s at {_base_url}", file=sys.stderr, flush=True)
            atexit.register(stop)
        return _base_url


def endpoint() -> tuple[str, str]:
    """The running embedded server's base URL and the key it answers to (started if needed)."""
    return base_url(), _key


def stop() -> None:
    """Stop the embedded server (idempotent)."""
    global _server, _base_url
    with _lock:
        _server, _base_url = None, None  # xllamacpp stops its loop when the Server is released


def running() -> bool:
    return _server is not None
