"""Python API: ``summarize`` and ``asummarize`` return a validated ``IncidentSummary``."""

from __future__ import annotations

import asyncio
from datetime import date

from summarizer.errors import TransportError
from summarizer.inputs import MAX_CHARS, check_article
from summarizer.pipeline import run_pipeline
from summarizer.schema import IncidentSummary
from summarizer.transport import Backend, Transport, resolve_backend, transport_for


def _published(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


async def summarize_with(
    transport: Transport,
    text: str,
    published: date | None = None,
    max_chars: int = MAX_CHARS,
    allow_tags: bool = False,
) -> IncidentSummary:
    """Check the article, then run the pipeline on an open transport (batches share one)."""
    language = check_article(text, max_chars, allow_tags)
    return await _within_deadline(run_pipeline(text, language, published, transport), transport.backend)


async def _within_deadline(pipeline, backend: Backend) -> IncidentSummary:
    """The article's whole run (every stage, retry and re-ask) under one deadline."""
    try:
        return await asyncio.wait_for(pipeline, backend.deadline_s)
    except TimeoutError:
        raise TransportError(
            f"gave up: the article took longer than its deadline of {backend.deadline_s:g} s "
            "(set --deadline or SUMMARIZER_DEADLINE)"
        ) from None


async def asummarize(
    text: str,
    published: date | str | None = None,
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    backend: Backend | None = None,
    max_chars: int = MAX_CHARS,
    allow_tags: bool = False,
) -> IncidentSummary:
    """Summarise one article (Arabic or English). Offsets in ``evidence`` index into ``text``.

    Text that looks like HTML is refused (reduce it to text first) unless ``allow_tags``: plain text
    that contains "<p>" as characters."""
    language = check_article(text, max_chars, allow_tags)  # bad input fails before any model is loaded
    backend = backend or resolve_backend(base_url, model, api_key)
    transport = transport_for(backend)
    try:
        return await _within_deadline(run_pipeline(text, language, _published(published), transport), backend)
    finally:
        await transport.close()


def summarize(text: str, published: date | str | None = None, **kwargs) -> IncidentSummary:
    """Synchronous ``asummarize``; safe to call inside a running event loop too."""
    return run_sync(asummarize(text, published, **kwargs))


def run_sync(coro):
    """Run a coroutine from sync code, also when the caller already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
