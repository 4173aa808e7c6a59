"""Every error the package raises on purpose derives from ``SummarizerError``; each also keeps the
built-in base callers already catch (``ValueError`` for bad input, ``RuntimeError`` for the rest)."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of the package's errors; the message says what went wrong in one line."""


class InputError(SummarizerError, ValueError):
    """The input cannot be summarised (empty, binary, not UTF-8, HTML, other language, too long)."""


class ConfigurationError(SummarizerError, ValueError):
    """The configuration cannot work (a base URL without a model, a model file that is no GGUF)."""


class TransportError(SummarizerError, RuntimeError):
    """The model could not be reached or kept failing after bounded retries."""


class ModelOutputError(SummarizerError, RuntimeError):
    """The model's output could not be used at all (no parseable extraction after re-asks)."""


class WeightsError(SummarizerError, RuntimeError):
    """The embedded weights or runtime are missing or corrupt."""


class BatchFileError(SummarizerError, ValueError):
    """A results file that is not an OpenAI Batch API output file."""
