"""Every error the package raises on purpose derives from ``SummarizerError``; each also keeps the
built-in base callers already catch (``ValueError`` for bad input, ``RuntimeError`` for the rest)."""

from __future__ import annotations

import re

# API keys and bearer tokens a server may echo back in an error message.
_SECRET = re.compile(
    r"(?i)(bearer\s+)\S+|\b(?:sk|pk|rk)-[A-Za-z0-9_\-]{6,}|(api[_-]?key[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"
)


def redact(message: str, *secrets: str) -> str:
    """``message`` without API keys, bearer tokens and the given secrets: errors are stored and printed."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            message = message.replace(secret, "[redacted]")
    return _SECRET.sub(lambda m: (m.group(1) or m.group(2) or "") + "[redacted]", message)


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


class PathError(SummarizerError, ValueError):
    """A file or folder the tool cannot use: an output that cannot be written or would overwrite an input."""


class BatchFileError(PathError):
    """A batch file that cannot be used: a store in use by another run, colliding paths, a results file
    that is not an OpenAI Batch API output file."""
