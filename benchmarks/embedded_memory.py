"""Memory of the embedded model over a batch of real articles: peak RSS after the first few vs after all.

The embedded llama.cpp server runs inside this process, so the process's RSS covers the model, its KV
cache and the pipeline. The six real articles in ``evals/fixtures`` are cycled (A..F, A..F, ...) so
each run meets a different article than the one before (no whole-prompt cache hit); ``--no-cache``
semantics make every one a real model run.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from summarizer.batch import BatchItem, summarize_many
from summarizer.transport import resolve_backend

ROOT = Path(__file__).resolve().parent.parent


def status_mib(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--articles", type=int, default=20)
    p.add_argument("--first", type=int, default=4, help="articles in the first measurement")
    a = p.parse_args()
    texts = [
        (c.name, (c / "article.txt").read_text(encoding="utf-8")) for c in sorted((ROOT / "evals/fixtures").iterdir())
    ]
    batch = [
        BatchItem(f"{i:02d}-{name}", text)
        for i, (name, text) in enumerate(texts[i % len(texts)] for i in range(a.articles))
    ]
    backend = resolve_backend()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        t0 = time.perf_counter()
        first = summarize_many(batch[: a.first], out, backend=backend, progress=False, no_cache=True)
        peak_first, rss_first = status_mib("VmHWM"), status_mib("VmRSS")
        print(
            f"after {a.first} articles ({first.done} ok, {time.perf_counter() - t0:.0f} s): "
            f"peak {peak_first:.0f} MiB, now {rss_first:.0f} MiB",
            flush=True,
        )
        rest = summarize_many(batch[a.first :], out, backend=backend, progress=False, no_cache=True)
        peak_all, rss_all = status_mib("VmHWM"), status_mib("VmRSS")
        print(
            f"after {a.articles} articles ({first.done + rest.done} ok, {time.perf_counter() - t0:.0f} s): "
            f"peak {peak_all:.0f} MiB, now {rss_all:.0f} MiB",
            flush=True,
        )
    print(
        f"peak RSS ratio ({a.articles} vs first {a.first}) = {peak_all / peak_first:.3f}; "
        f"current RSS ratio = {rss_all / rss_first:.3f}"
    )


if __name__ == "__main__":
    main()
