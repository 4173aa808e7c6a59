"""Model time of ``summarize`` vs a naive single instructor call, side by side on one embedded server.

The naive call is what a first version would do: one instructor request that asks the model for the
whole bilingual summary (headline, summary, facts in Arabic and English) in one pydantic object.
``summarize`` asks the model only for what rules cannot do (extraction, the renderings no rule
licenses). Both run on the same llama.cpp server with its prompt cache off, interleaved per article;
ratio = summarize / naive (target <= 1.0), of model time: the seconds of the model requests (for
``summarize`` the stages' request times, validation included; its rule stages are measured by
``pipeline_overhead.py``). The wall time of the whole ``summarize`` call is printed beside it (the first
article's includes loading the language data once per process).
``--prompt-cache`` leaves llama.cpp's prompt cache on for both, as the embedded server runs: the
pipeline's fixed instructions are then evaluated once, not per article.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from openai import OpenAI
from pydantic import BaseModel, Field

from summarizer import summarize
from summarizer.transport import embedded, resolve_backend

ROOT = Path(__file__).resolve().parent.parent
CASES = ["deir-ez-zor-drone-strike", "mogadishu-car-bomb", "en-las-vegas-concert-shooting", "harem-market-airstrike"]


class Bilingual(BaseModel):
    ar: str
    en: str


class NaiveSummary(BaseModel):
    """What the naive call asks for: the reader-facing parts of the product, in one answer."""

    headline: Bilingual
    summary: Bilingual
    event_type: str
    places: list[Bilingual] = Field(default_factory=list)
    perpetrator: Bilingual | None = None
    target: Bilingual | None = None
    killed: int | None = None
    injured: int | None = None
    sources: list[Bilingual] = Field(default_factory=list)


def naive_seconds(client, model: str, article: str, cache_prompt: bool) -> float:
    messages = [
        {"role": "system", "content": "You summarise news articles about incidents for conflict analysts."},
        {
            "role": "user",
            "content": "Summarise this article as a bilingual incident summary, in Arabic and in English, "
            "with its facts.\n\n" + article,
        },
    ]
    t0 = time.perf_counter()
    try:
        client.chat.completions.create(
            model=model,
            messages=messages,
            response_model=NaiveSummary,
            max_retries=1,
            max_tokens=1024,
            extra_body={"cache_prompt": cache_prompt},
        )
    except (InstructorRetryException, IncompleteOutputException):
        pass  # a naive answer that fails validation or is cut at max_tokens cost its time all the same
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--cases", default=",".join(CASES), help="comma-separated eval case ids")
    p.add_argument(
        "--prompt-cache",
        action="store_true",
        help="leave llama.cpp's prompt cache on, as the embedded server runs by default (both sides)",
    )
    p.add_argument("--rounds", type=int, default=1, help="rounds over the articles (the naive call samples)")
    args = p.parse_args()
    cases, cache_prompt = args.cases.split(",") * args.rounds, args.prompt_cache
    backend = resolve_backend()
    backend.extra_body["cache_prompt"] = cache_prompt
    base, key = embedded.endpoint()
    # The same structured mode as the pipeline (the schema becomes llama.cpp's grammar).
    client = instructor.from_openai(OpenAI(base_url=base, api_key=key), mode=instructor.Mode.JSON_SCHEMA)
    ratios = []
    for case in cases:
        article = (ROOT / "evals/fixtures" / case / "article.txt").read_text(encoding="utf-8")
        t0 = time.perf_counter()
        s = summarize(article, backend=backend)
        wall = time.perf_counter() - t0
        ours = sum(st.latency_s for st in s.metadata.stages)
        naive = naive_seconds(client, backend.model, article, cache_prompt)
        ratios.append(ours / naive)
        calls, tokens = len(s.metadata.stages), f"{s.metadata.tokens_in}/{s.metadata.tokens_out}"
        print(f"{case}: summarize model {ours:.1f}s (wall {wall:.1f}s; {calls} calls, tokens {tokens}), ", end="")
        print(f"naive {naive:.1f}s, ratio {ratios[-1]:.2f}")
    median, worst = statistics.median(ratios), max(ratios)
    print(f"model-time ratio summarize/naive: median {median:.2f}, max {worst:.2f} over {len(ratios)} article runs")


if __name__ == "__main__":
    main()
