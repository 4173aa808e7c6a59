"""The pipeline: the four stages of ``summarizer.stages`` chained, and nothing else."""

from __future__ import annotations

import time
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
        grounded = ground(run, extraction)
    with stage("translate"):
        renderings = await translate(transport, run, grounded.wanted)
    with stage("compose"):
        return compose(run, grounded, renderings, transport.backend, started)
