"""Batch throughput against a loopback server with a fixed latency per article, vs the ideal.

ideal = articles x latency_per_article / concurrency; ratio = ideal / measured (target >= 0.9).
Each article costs two requests (extract, translate), so each request waits half the latency.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _loopback import items, server

from summarizer.batch import summarize_many
from summarizer.transport import resolve_backend


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
    ideal = a.articles * a.latency / a.concurrency
    print(f"articles={a.articles} latency={a.latency}s concurrency={a.concurrency} ok={report.done}")
    print(f"measured {wall:.2f}s, ideal {ideal:.2f}s, throughput ratio (ideal/measured) = {ideal / wall:.3f}")
    print(
        f"pipeline CPU per article (measured - ideal)/articles x concurrency: "
        f"{max(0.0, wall - ideal) / a.articles * 1000:.1f} ms wall"
    )


if __name__ == "__main__":
    main()
