"""Batch throughput against a loopback server with a fixed latency per article, vs the ideal.

ideal = articles x latency_per_article / concurrency; ratio = ideal / measured (target >= 0.9).
Each article costs two requests (extract, translate), so each request waits half the latency.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from _loopback import ARTICLE, items, server
from pydantic import BaseModel

from summarizer.batch import summarize_many
from summarizer.transport import Transport, resolve_backend


class _OneField(BaseModel):
    event: str


async def transport_only(base_url: str, articles: int, concurrency: int) -> float:
    """Wall time of the bare client stack for the same number of requests: the floor of any pipeline."""
    transport = Transport(resolve_backend(base_url, "bench", "k"))
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            for _ in range(2):  # extract, translate
                messages = [{"role": "user", "content": f"{ARTICLE}\n{i}"}]
                await transport.structured("floor", "none", messages, _OneField, {}, max_tokens=100)

    t0 = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(articles)))
    await transport.close()
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--latency", type=float, default=0.1, help="seconds of model time per article")
    p.add_argument("--concurrency", type=int, default=16)
    a = p.parse_args()
    batch = items(a.articles)
    with server(a.latency / 2) as base_url, tempfile.TemporaryDirectory() as tmp:
        backend = resolve_backend(base_url, "bench", "k")
        summarize_many(items(4), Path(tmp) / "warm.jsonl", backend=backend, progress=False)  # imports, gazetteer
        t0 = time.perf_counter()
        report = summarize_many(
            batch, Path(tmp) / "out.jsonl", backend=backend, concurrency=a.concurrency, progress=False
        )
        wall = time.perf_counter() - t0
        stack = asyncio.run(transport_only(base_url, a.articles, a.concurrency))
    ideal = a.articles * a.latency / a.concurrency
    print(f"articles={a.articles} latency={a.latency}s concurrency={a.concurrency} ok={report.done}")
    print(f"measured {wall:.2f}s, ideal {ideal:.2f}s, throughput ratio (ideal/measured) = {ideal / wall:.3f}")
    print(
        f"same two requests per article through the transport alone (openai + tenacity + instructor, a one-field "
        f"model, no pipeline): {stack:.2f}s, ratio {ideal / stack:.3f}"
    )
    print(
        f"pipeline CPU per article (measured - ideal)/articles x concurrency: "
        f"{max(0.0, wall - ideal) / a.articles * 1000:.1f} ms wall"
    )


if __name__ == "__main__":
    main()
