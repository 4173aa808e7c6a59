"""Bilingual (Arabic/English) structured incident summaries, every fact traced to the article.

The names below load on first use, so ``import summarizer`` (and ``summarizer --help``) stays fast:
the model clients are imported only when a summary is made.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_EXPORTS = {
    "summarize": "summarizer.api",
    "asummarize": "summarizer.api",
    "IncidentSummary": "summarizer.schema",
    "Backend": "summarizer.transport",
    "resolve_backend": "summarizer.transport",
    "summarize_many": "summarizer.batch",
    "asummarize_many": "summarizer.batch",
    "BatchItem": "summarizer.batch",
    "SummarizerError": "summarizer.errors",
    "InputError": "summarizer.errors",
    "TransportError": "summarizer.errors",
    "ModelOutputError": "summarizer.errors",
    "WeightsError": "summarizer.errors",
    "BatchFileError": "summarizer.errors",
    "ConfigurationError": "summarizer.errors",
    "to_acled": "summarizer.exports",
    "to_plover": "summarizer.exports",
    "to_geojson_features": "summarizer.exports",
    "to_flat": "summarizer.exports",
    "to_langextract": "summarizer.exports",
}
__all__ = [
    "Backend",
    "BatchFileError",
    "BatchItem",
    "ConfigurationError",
    "IncidentSummary",
    "InputError",
    "ModelOutputError",
    "SummarizerError",
    "TransportError",
    "WeightsError",
    "__version__",
    "asummarize",
    "asummarize_many",
    "resolve_backend",
    "summarize",
    "summarize_many",
    "to_acled",
    "to_flat",
    "to_geojson_features",
    "to_langextract",
    "to_plover",
]

if TYPE_CHECKING:
    from summarizer.api import asummarize, summarize
    from summarizer.batch import BatchItem, asummarize_many, summarize_many
    from summarizer.errors import (
        BatchFileError,
        ConfigurationError,
        InputError,
        ModelOutputError,
        SummarizerError,
        TransportError,
        WeightsError,
    )
    from summarizer.exports import to_acled, to_flat, to_geojson_features, to_langextract, to_plover
    from summarizer.schema import IncidentSummary
    from summarizer.transport import Backend, resolve_backend


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
