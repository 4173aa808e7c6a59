"""The pipeline: the four stages of ``summarizer.stages`` chained, and nothing else."""

from __future__ import annotations

import asyncio
import contextvars
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from summarizer.progress import stage
from summarizer.schema import IncidentSummary
from summarizer.stages.compose import compose
from summarizer.stages.extract import extract
from summarizer.stages.ground import ground
from summarizer.stages.run import Run
from summarizer.stages.translate import translate
from summarizer.transport import Transport


async def run_pipeline(text: str, language: str, published: date | None, transport: Transport) -> IncidentSummary:
    """Summarise a checked article (``language`` is 'ar' or 'en', as ``inputs.check_article`` found)."""
    started = time.perf_counter()
    run = Run.start(text, language, published)
    with stage("extract"):  # each stage's start and end go to the summarizer.progress logger
        extraction = await extract(transport, run)
    with stage("ground"):
        grounded = await _off_loop(ground, run, extraction)
    with stage("translate"):
        renderings = await translate(transport, run, grounded.wanted)
    with stage("compose"):
        return await _off_loop(compose, run, grounded, renderings, transport.backend, started)


# The rule stages are CPU work (the first one loads the gazetteer): off the event loop, so a batch's other
# articles keep reading their answers instead of timing out behind it. One worker: under the GIL more
# would not run faster, and each would load the same data at the same time.
_RULES = ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-rules")


async def _off_loop(fn, *args):
    context = contextvars.copy_context()  # progress records name the article from a context variable
    return await asyncio.get_running_loop().run_in_executor(_RULES, context.run, fn, *args)
