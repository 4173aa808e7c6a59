"""Python API: ``summarize`` and ``asummarize`` return a validated ``IncidentSummary``."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Literal

from summarizer.errors import TransportError
from summarizer.inputs import MAX_CHARS, check_article
from summarizer.pipeline import run_pipeline
from summarizer.progress import stage
from summarizer.schema import IncidentSummary
from summarizer.transport import EMBEDDED, Backend, Transport, resolve_backend, transport_for

PublishedSource = Literal["argument", "page_metadata"]


def _published(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def open_transport(backend: Backend) -> Transport:
    """The transport of ``backend``. The embedded model is started here on first use (a progress stage:
    loading it takes seconds to minutes); joining its weights, the very first time, shows its own progress."""
    from summarizer.transport import embedded
    from summarizer.transport.weights import embedded_model_path

    if backend.name != EMBEDDED or embedded.running():
        return transport_for(backend)
    embedded_model_path()  # joins the pinned weights on first use, before the stage's own line
    with stage("load"):
        return transport_for(backend)


async def summarize_with(
    transport: Transport,
    text: str,
    published: date | None = None,
    max_chars: int = MAX_CHARS,
    allow_tags: bool = False,
    published_source: PublishedSource | None = None,
) -> IncidentSummary:
    """Check the article, then run the pipeline on an open transport (batches share one)."""
    language = check_article(text, max_chars, allow_tags)
    summary = await _within_deadline(run_pipeline(text, language, published, transport), transport.backend)
    return _with_source(summary, published_source)


def _with_source(summary: IncidentSummary, source: PublishedSource | None) -> IncidentSummary:
    """Record where the publication date came from: the caller's argument unless said otherwise."""
    if summary.metadata.published is not None:
        summary.metadata.published_source = source or "argument"
    return summary


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
    published_source: PublishedSource | None = None,
) -> IncidentSummary:
    """Summarise one article (Arabic or English). Offsets in ``evidence`` index into ``text``.

    Args:
        text: the article as text (``summarizer.inputs.read_html`` reduces a web page to it).
        published: the publication date (``date`` or ``"YYYY-MM-DD"``): weekdays and "yesterday" are
            resolved against it; without it ``incident.when`` has no ISO date.
        base_url, model, api_key: an OpenAI-compatible endpoint; each falls back to ``SUMMARIZER_BASE_URL``,
            ``SUMMARIZER_MODEL``, ``SUMMARIZER_API_KEY`` / ``OPENAI_API_KEY``. No base URL: the embedded model.
        backend: a ``Backend`` from ``resolve_backend`` (timeouts, attempts...); wins over the three above.
        max_chars: longer articles are refused (``InputError``).
        allow_tags: accept text that looks like HTML (plain text that contains "<p>" as characters);
            otherwise such text is refused: reduce the page to text first.
        published_source: where ``published`` came from, recorded as ``metadata.published_source``
            ("argument" when not said, "page_metadata" for a date read from the page).

    Raises ``InputError`` (bad article), ``ConfigurationError``, ``TransportError`` / ``ModelOutputError``
    (the model failed after bounded retries), ``WeightsError`` (embedded model missing)."""
    language = check_article(text, max_chars, allow_tags)  # bad input fails before any model is loaded
    backend = backend or resolve_backend(base_url, model, api_key)
    transport = open_transport(backend)
    try:
        summary = await _within_deadline(run_pipeline(text, language, _published(published), transport), backend)
    finally:
        await transport.close()
    return _with_source(summary, published_source)


def summarize(
    text: str,
    published: date | str | None = None,
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    backend: Backend | None = None,
    max_chars: int = MAX_CHARS,
    allow_tags: bool = False,
    published_source: PublishedSource | None = None,
) -> IncidentSummary:
    """Synchronous ``asummarize`` (same arguments); safe to call inside a running event loop too."""
    return run_sync(
        asummarize(
            text,
            published,
            base_url=base_url,
            model=model,
            api_key=api_key,
            backend=backend,
            max_chars=max_chars,
            allow_tags=allow_tags,
            published_source=published_source,
        )
    )


def run_sync(coro):
    """Run a coroutine from sync code, also when the caller already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
