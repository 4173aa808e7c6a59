"""The client: one factory for every backend (embedded llama.cpp, OpenAI, vLLM, Ollama...).

All backends go through the same path: the real ``openai`` async client, wrapped by tenacity for
transient transport errors, patched by instructor for structured output and validation re-asks.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import BaseModel, ValidationInfo
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from summarizer.errors import ConfigurationError, TransportError, redact
from summarizer.transport.cache import ResponseCache, request_body
from summarizer.transport.retry import RequestTimeout, retry_after_s, transient

T = TypeVar("T", bound=BaseModel)

EMBEDDED = "embedded"


@dataclass(frozen=True)
class Backend:
    """Where and how to call a model; chosen by configuration, never by code path."""

    name: str  # "embedded" or "openai-compatible"
    base_url: str | None
    model: str
    api_key: str
    mode: instructor.Mode = instructor.Mode.JSON_SCHEMA
    timeout_s: float = 120.0  # whole request, first byte to last (a server that trickles bytes included)
    deadline_s: float = 600.0  # whole article, every stage, retry and re-ask included
    transport_attempts: int = 4  # tenacity: tries per request for transient errors
    validation_attempts: int = 2  # instructor: tries per stage (1 = no re-ask)
    backoff_base_s: float = 0.5
    backoff_max_s: float = 20.0
    retry_after_max_s: float = 60.0
    extra_body: dict[str, Any] = field(default_factory=dict)
    cache_dir: str | None = None  # response cache (eval runs); None = off
    # Ask the model for the spans no rule renders into the other language. Off for the embedded model:
    # on the 30 dev articles 5 of its 135 renderings passed the licence check (and were poor), for a
    # third of its model time.
    model_renderings: bool = True

    @property
    def endpoint(self) -> str:
        """The server's identity for cache keys: the base URL without a trailing slash, or the embedded
        weights' identity (a different GGUF is a different model)."""
        if self.name == EMBEDDED:
            from summarizer.transport.weights import model_identity

            return f"{EMBEDDED}:{model_identity()}"
        return (self.base_url or "").rstrip("/")


def _seconds(name: str, default: float) -> float:
    """A positive number of seconds from the environment, else ``default``."""
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number of seconds") from None
    if value <= 0:
        raise ConfigurationError(f"{name}={raw!r} must be more than 0 seconds")
    return value


def _flag(name: str, default: bool) -> bool:
    """A yes/no setting from the environment ("1", "true", "yes" / "0", "false", "no"), else ``default``."""
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigurationError(f"{name}={raw!r} is not 1 or 0")


def resolve_backend(
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    **overrides: Any,
) -> Backend:
    """Arguments win over SUMMARIZER_* environment variables; no base URL means the embedded model."""
    base_url = base_url or os.environ.get("SUMMARIZER_BASE_URL") or None
    api_key = api_key or os.environ.get("SUMMARIZER_API_KEY") or os.environ.get("OPENAI_API_KEY") or "not-needed"
    model = model or os.environ.get("SUMMARIZER_MODEL")
    embedded = base_url is None
    # A slow local generation on 2 cores takes minutes (about 40 to 120 s a stage as measured); a remote
    # server that is silent for 2 minutes is down. Both settable: --timeout/--deadline or the environment.
    overrides.setdefault("timeout_s", _seconds("SUMMARIZER_TIMEOUT", 900.0 if embedded else 120.0))
    overrides.setdefault("deadline_s", _seconds("SUMMARIZER_DEADLINE", 1800.0 if embedded else 600.0))
    if embedded:
        from summarizer.transport.weights import MODEL_NAME

        # llama.cpp: a mild repeat penalty stops greedy decoding from looping on list items.
        extra = {"repeat_penalty": 1.05, "cache_prompt": True}
        # One attempt per stage by default: a re-ask doubles the cost on 2 cores (about +90 s) and, as
        # measured, did not make this 1.5B model copy spans it had miscopied; failing spans are dropped.
        overrides.setdefault("validation_attempts", int(os.environ.get("SUMMARIZER_VALIDATION_ATTEMPTS", "1")))
        overrides.setdefault("model_renderings", _flag("SUMMARIZER_MODEL_RENDERINGS", False))
        return Backend(EMBEDDED, None, model or MODEL_NAME, api_key, extra_body=extra, **overrides)
    if not model:
        raise ConfigurationError("a model name is needed with a base URL: --model or SUMMARIZER_MODEL")
    if env := os.environ.get("SUMMARIZER_VALIDATION_ATTEMPTS"):
        overrides.setdefault("validation_attempts", int(env))
    overrides.setdefault("model_renderings", _flag("SUMMARIZER_MODEL_RENDERINGS", True))
    return Backend("openai-compatible", base_url, model, api_key, **overrides)


class RequestDeferred(Exception):
    """A request the response cache cannot answer while live calls are off: it waits for a Batch API run."""

    def __init__(self, key: str) -> None:
        super().__init__(f"request {key[:12]} deferred to the Batch API")
        self.key = key


@dataclass(frozen=True)
class CallUsage:
    """What one stage call cost: requests, cache hits, tokens, seconds."""

    stage: str
    template: str
    attempts: int
    cached: int
    tokens_in: int
    tokens_out: int
    tokens_in_cached: int
    latency_s: float


@dataclass
class CallStats:
    attempts: int = 0  # requests sent (transport retries and validation re-asks included)
    transport_retries: int = 0
    validation_attempts: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cached: int = 0
    tokens_in_cached: int = 0
    errors: list[str] = field(default_factory=list)
    fresh: list[tuple[str, Any]] = field(default_factory=list)  # (cache key, live response)


_current: ContextVar[CallStats | None] = ContextVar("summarizer_call_stats", default=None)

# What a stage's validators check against (the article, the spans being rendered). Not given to
# instructor as ``context``: instructor then renders every message as a Jinja template, so an article
# containing "{{ 7 * 7 }}" would reach the model as "49" and one containing "{%" would fail.
_validation: ContextVar[dict[str, Any] | None] = ContextVar("summarizer_validation_context", default=None)


def validation_context(info: ValidationInfo) -> dict[str, Any]:
    """The context of the stage call being validated (pydantic's own context wins, e.g. in tests)."""
    return info.context or _validation.get() or {}


class Transport:
    """A configured backend with its client; one per process per configuration."""

    def __init__(
        self, backend: Backend, base_url: str | None = None, live: bool = True, api_key: str | None = None
    ) -> None:
        """``live=False``: answer only from the response cache; misses are collected in ``deferred``
        (cache key -> request body) for an OpenAI Batch API request file, and raise ``RequestDeferred``.
        ``api_key`` overrides the backend's (the embedded server's per-process key)."""
        self.backend = backend
        self.base_url = base_url or backend.base_url
        self.live = live
        self.deferred: dict[str, dict[str, Any]] = {}
        self.openai = openai.AsyncOpenAI(
            base_url=self.base_url, api_key=api_key or backend.api_key, max_retries=0, timeout=backend.timeout_s
        )
        # instructor patches our retrying create: transport retries sit under validation re-asks.
        self.client = instructor.AsyncInstructor(
            client=self.openai,
            create=instructor.patch(create=self._create, mode=backend.mode),
            mode=backend.mode,
        )

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if (after := retry_after_s(exc)) is not None:
            return min(after, self.backend.retry_after_max_s)
        base = self.backend.backoff_base_s * 2 ** (state.attempt_number - 1)
        return min(self.backend.backoff_max_s, base) * (0.5 + random.random() / 2)

    def _before_sleep(self, state: RetryCallState) -> None:
        if stats := _current.get():
            stats.transport_retries += 1
            exc = state.outcome.exception() if state.outcome else None
            stats.errors.append(f"{type(exc).__name__}: {exc}"[:300])

    async def _create(self, *args: Any, **kwargs: Any) -> Any:
        cache = ResponseCache(self.backend.cache_dir) if self.backend.cache_dir else None
        key = cache.key(self.backend.endpoint, kwargs) if cache else None
        if cache and (hit := cache.get(key)) is not None:
            if stats := _current.get():
                stats.attempts += 1
                stats.cached += 1
            return hit
        if not self.live:
            if key is None:
                raise RuntimeError("deferring requests needs a response cache (Backend.cache_dir)")
            self.deferred[key] = request_body(kwargs)
            raise RequestDeferred(key)
        response = await self._create_live(*args, **kwargs)
        if cache and (stats := _current.get()):
            stats.fresh.append((key, response))  # cached once it parses (see ``structured``)
        return response

    async def _create_live(self, *args: Any, **kwargs: Any) -> Any:
        retrying = AsyncRetrying(
            retry=retry_if_exception(transient),
            stop=stop_after_attempt(self.backend.transport_attempts),
            wait=self._wait,
            before_sleep=self._before_sleep,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                if stats := _current.get():
                    stats.attempts += 1
                return await self._one_request(*args, **kwargs)
        raise AssertionError("unreachable")

    async def _one_request(self, *args: Any, **kwargs: Any) -> Any:
        """One HTTP request under a deadline for the whole of it: httpx's timeouts are per read, so a
        server that trickles one byte every few seconds would otherwise never time out."""
        try:
            return await asyncio.wait_for(self.openai.chat.completions.create(*args, **kwargs), self.backend.timeout_s)
        except TimeoutError:
            raise RequestTimeout(f"no complete answer within {self.backend.timeout_s:g} s") from None

    async def structured(
        self,
        stage: str,
        template: str,
        messages: list[dict[str, str]],
        response_model: type[T],
        context: dict[str, Any],
        max_tokens: int,
    ) -> tuple[T | None, InstructorRetryException | None, CallUsage]:
        """One stage call. Returns (result, validation failure, usage); transport failures raise."""
        stats = CallStats()
        token, validating = _current.set(stats), _validation.set(context)
        hooks = Hooks()
        hooks.on(
            "completion:kwargs", lambda *a, **k: setattr(stats, "validation_attempts", stats.validation_attempts + 1)
        )
        hooks.on("completion:response", lambda response: _add_usage(stats, response))
        started = time.perf_counter()
        result, failure = None, None
        try:
            while True:
                try:
                    result = await self.client.create(
                        response_model=response_model,
                        messages=messages,
                        # instructor counts re-asks; an earlier cut answer used up one attempt
                        max_retries=max(0, self.backend.validation_attempts - stats.validation_attempts - 1),
                        hooks=hooks,
                        model=self.backend.model,
                        temperature=0,
                        max_tokens=max_tokens,
                        extra_body=self.backend.extra_body or None,
                    )
                    break
                except IncompleteOutputException as exc:
                    # An answer cut at the token limit is an invalid answer: re-ask within the same
                    # bound, with room to finish (the same budget would cut it at the same place).
                    failure = exc
                    if stats.validation_attempts >= self.backend.validation_attempts:
                        break
                    max_tokens *= 2
        except InstructorRetryException as exc:
            cause = exc.__cause__
            if isinstance(cause, RequestDeferred):
                raise cause from None
            if isinstance(cause, (openai.OpenAIError, RequestTimeout)):
                raise TransportError(_describe(cause, stats, self.backend.api_key)) from cause
            failure = exc
        except (openai.OpenAIError, RequestTimeout) as exc:
            raise TransportError(_describe(exc, stats, self.backend.api_key)) from exc
        finally:
            _current.reset(token)
            _validation.reset(validating)
        self._cache_parsed(stats, response_model)
        usage = CallUsage(
            stage=stage,
            template=template,
            attempts=stats.attempts,
            cached=stats.cached,
            tokens_in=stats.tokens_in,
            tokens_out=stats.tokens_out,
            tokens_in_cached=stats.tokens_in_cached,
            latency_s=round(time.perf_counter() - started, 3),
        )
        return result, failure, usage

    def _cache_parsed(self, stats: CallStats, response_model: type[BaseModel]) -> None:
        """Cache only answers that finished and parse as the response model (schema checks only, not
        the article checks): a malformed or cut answer is asked again next time, not replayed."""
        if not self.backend.cache_dir:
            return
        cache = ResponseCache(self.backend.cache_dir)
        for key, response in stats.fresh:
            choice = response.choices[0] if response.choices else None
            if choice is None or choice.finish_reason == "length":
                continue
            try:
                response_model.model_validate_json(choice.message.content or "")
            except ValueError:
                continue
            cache.put(key, response)

    async def close(self) -> None:
        await self.openai.close()


def transport_for(backend: Backend) -> Transport:
    """The one client factory: the embedded model and remote endpoints share this path."""
    if backend.name == EMBEDDED:
        from summarizer.transport import embedded

        base_url, key = embedded.endpoint()
        return Transport(backend, base_url, api_key=key)
    return Transport(backend, backend.base_url)


def answers(failure: BaseException | None) -> list[str]:
    """The text of every answer behind a failed stage call, oldest first (re-asks, a cut answer)."""
    completions = [a.completion for a in getattr(failure, "failed_attempts", None) or []]
    completions.append(getattr(failure, "last_completion", None))
    out = []
    for completion in completions:
        try:
            content = completion.choices[0].message.content
        except (AttributeError, IndexError, TypeError):
            continue
        if content and (not out or out[-1] != content):
            out.append(content)
    return out


def failure_reason(failure: BaseException | None) -> str:
    """One line saying why a stage's answer failed: what a person reads in a note or an error."""
    if isinstance(failure, IncompleteOutputException):
        return "the answer was cut at the token limit (finish_reason: length)"
    attempts = getattr(failure, "failed_attempts", None) or []
    last = attempts[-1].exception if attempts else failure
    if last is None:
        return "no answer"
    errors = getattr(last, "errors", None)
    if callable(errors):  # a pydantic ValidationError: its first problems, one line
        problems = [f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in errors()[:3]]
        more = f" (+{len(errors()) - 3} more)" if len(errors()) > 3 else ""
        return "; ".join(problems)[:300] + more
    return f"{type(last).__name__}: {str(last).splitlines()[0] if str(last) else ''}"[:300]


def _add_usage(stats: CallStats, response: Any) -> None:
    usage = getattr(response, "usage", None)
    if usage is not None:
        stats.tokens_in += getattr(usage, "prompt_tokens", 0) or 0
        stats.tokens_out += getattr(usage, "completion_tokens", 0) or 0
        details = getattr(usage, "prompt_tokens_details", None)
        stats.tokens_in_cached += getattr(details, "cached_tokens", 0) or 0


def _describe(exc: BaseException, stats: CallStats, api_key: str) -> str:
    status = getattr(exc, "status_code", None)
    what = f"HTTP {status}" if status else type(exc).__name__
    return redact(f"model request failed after {stats.attempts} attempt(s): {what}: {exc}", api_key)[:500]
