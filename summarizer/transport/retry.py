"""Which transport errors are worth another try, and how long a server asked us to wait."""

from __future__ import annotations

import time

import openai


class RequestTimeout(TimeoutError):
    """A request that did not finish within its deadline (``Backend.timeout_s``), however it trickled."""


def transient(exc: BaseException) -> bool:
    """Connection drops, timeouts, rate limits and server errors: another try may succeed."""
    if isinstance(exc, (openai.APIConnectionError, openai.APITimeoutError, openai.RateLimitError, RequestTimeout)):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 425) or exc.status_code >= 500
    return False


def retry_after_s(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After, in seconds or as an HTTP date)."""
    response = getattr(exc, "response", None)
    if response is None:
        return None
    value = response.headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
