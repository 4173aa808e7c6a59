"""Python API: ``summarize`` and ``asummarize`` return a validated ``IncidentSummary``."""

from __future__ import annotations

import asyncio
from datetime import date

from summarizer.inputs import MAX_CHARS, check_article
from summarizer.pipeline import run_pipeline
from summarizer.schema import IncidentSummary
from summarizer.transport import Backend, Transport, resolve_backend, transport_for


def _published(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


async def summarize_with(
    transport: Transport, text: str, published: date | None = None, max_chars: int = MAX_CHARS
) -> IncidentSummary:
    """Check the article, then run the pipeline on an open transport (batches share one)."""
    language = check_article(text, max_chars)
    return await run_pipeline(text, language, published, transport)


async def asummarize(
    text: str,
    published: date | str | None = None,
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    backend: Backend | None = None,
    max_chars: int = MAX_CHARS,
) -> IncidentSummary:
    """Summarise one article (Arabic or English). Offsets in ``evidence`` index into ``text``."""
    language = check_article(text, max_chars)  # bad input fails before any model is loaded
    backend = backend or resolve_backend(base_url, model, api_key)
    transport = transport_for(backend)
    try:
        return await run_pipeline(text, language, _published(published), transport)
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
