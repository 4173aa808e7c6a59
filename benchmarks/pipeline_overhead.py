"""Pipeline overhead: ``summarize`` on the embedded model vs the raw llama.cpp completions it makes.

Both sides send the same requests (same prompts, same max output: the tokens the pipeline got) with
the prompt cache off, so each side evaluates the same tokens. ratio = pipeline / raw (target <= 1.05).
"""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

from summarizer import embedded, summarize
from summarizer.transport import Transport, request_body, resolve_backend

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "evals/fixtures/deir-ez-zor-drone-strike/article.txt").read_text(encoding="utf-8")


def main() -> None:
    backend = resolve_backend()
    backend.extra_body["cache_prompt"] = False
    recorded: list[dict] = []
    base = embedded.base_url()
    original = Transport._create_live

    async def record(self, *args, **kwargs):  # observe each request as sent, change nothing
        recorded.append(request_body(kwargs))
        return await original(self, *args, **kwargs)

    Transport._create_live = record
    summarize(ARTICLE, backend=backend)  # warm-up: load, page in weights
    recorded.clear()
    t0 = time.perf_counter()
    s = summarize(ARTICLE, backend=backend)
    pipeline = time.perf_counter() - t0
    Transport._create_live = original
    raw = 0.0
    for body, stage in zip(recorded, s.metadata.stages, strict=False):
        data = json.dumps(dict(body, max_tokens=stage.tokens_out, cache_prompt=False)).encode()
        request = urllib.request.Request(f"{base}/chat/completions", data, {"content-type": "application/json"})
        t0 = time.perf_counter()
        with urllib.request.urlopen(request, timeout=1800) as reply:  # raises on an HTTP error
            reply.read()
        raw += time.perf_counter() - t0
    print(
        f"requests={len(recorded)} pipeline {pipeline:.2f}s raw completions {raw:.2f}s "
        f"overhead ratio = {pipeline / raw:.3f}"
    )


if __name__ == "__main__":
    main()
