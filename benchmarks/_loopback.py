"""Shared by the loopback benchmarks: the test suite's scripted server and canned answers."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_model import answer  # noqa: E402
from scripted_server import ScriptedServer  # noqa: E402

from summarizer.batch import BatchItem  # noqa: E402

ARTICLE = (ROOT / "evals/fixtures/deir-ez-zor-drone-strike/article.txt").read_text(encoding="utf-8")


def items(n: int) -> list[BatchItem]:
    return [BatchItem(f"a{i:05d}", ARTICLE + "\n" + "ـ" * (i % 50 + 1) + " " * (i // 50)) for i in range(n)]


def server(delay_s: float) -> ScriptedServer:
    def respond(body: dict, n: int):
        step = answer(body)
        step.delay_s = delay_s
        return step

    return ScriptedServer(responder=respond)
