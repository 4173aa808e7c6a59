"""Transport: the one client factory for every backend (embedded llama.cpp, OpenAI, vLLM, Ollama,
llama.cpp servers), retries, the response cache, and the embedded runtime with its weights. Knows
nothing of the summary schema; stages hand it response models and read back ``CallUsage``."""

from summarizer.transport.cache import ResponseCache, request_body
from summarizer.transport.client import (
    EMBEDDED,
    Backend,
    CallUsage,
    RequestDeferred,
    Transport,
    answers,
    failure_reason,
    resolve_backend,
    transport_for,
    validation_context,
)
from summarizer.transport.weights import cache_dir

__all__ = [
    "EMBEDDED",
    "Backend",
    "CallUsage",
    "RequestDeferred",
    "ResponseCache",
    "Transport",
    "answers",
    "cache_dir",
    "failure_reason",
    "request_body",
    "resolve_backend",
    "transport_for",
    "validation_context",
]
