"""Prompt-prefix reuse on the embedded model: prompt tokens evaluated per article, first vs later.

The stage templates put the fixed instructions first (system message) so llama.cpp's prompt cache
can reuse them; only each article's own tokens should be evaluated from the second article on.
"""

from __future__ import annotations

from pathlib import Path

from summarizer import summarize
from summarizer.transport import resolve_backend

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    cases = sorted((ROOT / "evals/fixtures").iterdir())[:3]
    backend = resolve_backend()
    for i, case in enumerate(cases):
        s = summarize((case / "article.txt").read_text(encoding="utf-8"), backend=backend)
        for stage in s.metadata.stages:
            evaluated = stage.tokens_in - stage.tokens_in_cached
            print(
                f"article {i + 1} ({case.name}) {stage.stage}: prompt {stage.tokens_in}, "
                f"from cache {stage.tokens_in_cached}, evaluated {evaluated}"
            )


if __name__ == "__main__":
    main()
