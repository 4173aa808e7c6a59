"""Pipeline overhead: ``summarize`` on the embedded model vs the raw llama.cpp completions it makes.

Both sides send the same requests (same prompts, same max output: the tokens the pipeline got) with
the prompt cache off, so each side evaluates the same tokens. ratio = pipeline / raw (target <= 1.05).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx

from summarizer import embedded, summarize
from summarizer.transport import Transport, resolve_backend

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "evals/fixtures/deir-ez-zor-drone-strike/article.txt").read_text(encoding="utf-8")


def main() -> None:
    backend = resolve_backend()
    backend.extra_body["cache_prompt"] = False
    recorded: list[dict] = []
    base = embedded.base_url()
    original = Transport._create_live

    async def record(self, *args, **kwargs):  # observe each request as sent, change nothing
        body = {k: v for k, v in kwargs.items() if k != "extra_body"} | (kwargs.get("extra_body") or {})
        recorded.append(json.loads(json.dumps(body, default=str)))
        return await original(self, *args, **kwargs)

    Transport._create_live = record
    summarize(ARTICLE, backend=backend)  # warm-up: load, page in weights
    recorded.clear()
    t0 = time.perf_counter()
    s = summarize(ARTICLE, backend=backend)
    pipeline = time.perf_counter() - t0
    Transport._create_live = original
    raw = 0.0
    with httpx.Client(timeout=1800) as client:
        for body, stage in zip(recorded, s.metadata.stages, strict=False):
            body = dict(body, max_tokens=stage.tokens_out, cache_prompt=False)
            t0 = time.perf_counter()
            client.post(f"{base}/chat/completions", json=body).raise_for_status()
            raw += time.perf_counter() - t0
    print(
        f"requests={len(recorded)} pipeline {pipeline:.2f}s raw completions {raw:.2f}s "
        f"overhead ratio = {pipeline / raw:.3f}"
    )


if __name__ == "__main__":
    main()
