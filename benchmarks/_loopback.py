"""Shared by the loopback benchmarks: the test suite's scripted server with canned answers.

The server runs in its own process, as a real endpoint would: its threads (HTTP parsing, building the
canned answers) then do not compete with the pipeline for this process's interpreter lock.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from summarizer.batch import BatchItem  # noqa: E402

ARTICLE = (ROOT / "evals/fixtures/deir-ez-zor-drone-strike/article.txt").read_text(encoding="utf-8")


def items(n: int) -> list[BatchItem]:
    return [BatchItem(f"a{i:05d}", ARTICLE + "\n" + "ـ" * (i % 50 + 1) + " " * (i // 50)) for i in range(n)]


def serve(delay_s: float) -> None:
    """Child process: answer every request correctly after ``delay_s``; print the base URL."""
    import time

    from fake_model import answer
    from scripted_server import ScriptedServer

    def respond(body: dict, n: int):
        step = answer(body)
        step.delay_s = delay_s
        return step

    with ScriptedServer(responder=respond) as srv:
        print(srv.base_url, flush=True)
        while True:
            time.sleep(3600)


@contextlib.contextmanager
def server(delay_s: float) -> Iterator[str]:
    """A loopback server in a child process; yields its base URL, stops it on exit."""
    code = f"import sys; sys.path[:0] = {[str(ROOT / 'benchmarks')]!r}; import _loopback; _loopback.serve({delay_s!r})"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        yield proc.stdout.readline().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
