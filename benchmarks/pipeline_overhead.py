"""Pipeline overhead: ``summarize`` on the embedded model vs the raw llama.cpp completions it makes.

Both sides send the same requests (same prompts, same max output: the tokens the pipeline got) with
the prompt cache off, so each side evaluates the same tokens. ratio = pipeline / raw (target <= 1.05).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import urllib.request
from pathlib import Path

from summarizer import summarize
from summarizer.transport import Transport, embedded, request_body, resolve_backend

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "evals/fixtures/deir-ez-zor-drone-strike/article.txt").read_text(encoding="utf-8")


def raw_seconds(base: str, recorded: list[dict], stages) -> float:
    """Replay the recorded requests straight to llama.cpp, capped at the tokens the pipeline got."""
    raw = 0.0
    for body, stage in zip(recorded, stages, strict=False):
        data = json.dumps(dict(body, max_tokens=stage.tokens_out, cache_prompt=False)).encode()
        request = urllib.request.Request(f"{base}/chat/completions", data, {"content-type": "application/json"})
        t0 = time.perf_counter()
        with urllib.request.urlopen(request, timeout=1800) as reply:  # raises on an HTTP error
            reply.read()
        raw += time.perf_counter() - t0
    return raw


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3, help="pipeline/raw pairs, interleaved (the median is reported)")
    rounds = p.parse_args().rounds
    backend = resolve_backend()
    backend.extra_body["cache_prompt"] = False
    recorded: list[dict] = []
    base = embedded.base_url()
    original = Transport._create_live

    async def record(self, *args, **kwargs):  # observe each request as sent, change nothing
        recorded.append(request_body(kwargs))
        return await original(self, *args, **kwargs)

    Transport._create_live = record
    summarize(ARTICLE, backend=backend)  # warm-up: load, page in weights, build the gazetteer
    ratios = []
    for n in range(1, rounds + 1):
        recorded.clear()
        t0 = time.perf_counter()
        s = summarize(ARTICLE, backend=backend)
        pipeline = time.perf_counter() - t0
        raw = raw_seconds(base, list(recorded), s.metadata.stages)
        ratios.append(pipeline / raw)
        print(f"round {n}: requests={len(recorded)} pipeline {pipeline:.2f}s raw {raw:.2f}s ratio {ratios[-1]:.3f}")
    Transport._create_live = original
    print(f"overhead ratio (median of {rounds} interleaved rounds) = {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
