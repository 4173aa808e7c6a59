"""Python API: ``summarize`` and ``asummarize`` return a validated ``IncidentSummary``."""

from __future__ import annotations

from datetime import date

from summarizer.pipeline import run_pipeline, run_sync
from summarizer.schema import IncidentSummary
from summarizer.textinput import MAX_CHARS, check_article
from summarizer.transport import EMBEDDED, Backend, Transport, resolve_backend


def transport_for(backend: Backend) -> Transport:
    """The one client factory: the embedded model and remote endpoints share this path."""
    base_url = backend.base_url
    if backend.name == EMBEDDED:
        from summarizer import embedded

        base_url = embedded.base_url()
    return Transport(backend, base_url)


def _published(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


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
    check_article(text, max_chars)  # bad input fails before any model is loaded
    backend = backend or resolve_backend(base_url, model, api_key)
    transport = transport_for(backend)
    try:
        return await run_pipeline(text, _published(published), transport, max_chars)
    finally:
        await transport.close()


def summarize(text: str, published: date | str | None = None, **kwargs) -> IncidentSummary:
    """Synchronous ``asummarize``; safe to call inside a running event loop too."""
    return run_sync(asummarize(text, published, **kwargs))
