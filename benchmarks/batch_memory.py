"""Memory stays flat as a batch grows: peak RSS after 50 articles vs after 500 (loopback server)."""

from __future__ import annotations

import resource
import tempfile
from pathlib import Path

from _loopback import items, server

from summarizer.batch import summarize_many
from summarizer.transport import resolve_backend


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    batch = items(500)
    with server(0.0) as base_url, tempfile.TemporaryDirectory() as tmp:
        backend = resolve_backend(base_url, "bench", "k")
        out = Path(tmp) / "out.jsonl"
        summarize_many(batch[:50], out, backend=backend, concurrency=16, progress=False)
        first = rss_mib()
        summarize_many(batch, out, backend=backend, concurrency=16, progress=False)
        last = rss_mib()
    print(f"RSS after 50 articles: {first:.1f} MiB; after 500: {last:.1f} MiB; ratio {last / first:.3f}")


if __name__ == "__main__":
    main()
