"""Batch runs over many articles: bounded concurrency, a SQLite store that makes runs resumable and
cached, JSONL output without duplicates or half lines, and usage accounting.

The store is the source of truth: each finished article is committed in one transaction keyed by
the article's content hash and the configuration that affects output. The JSONL file is appended
one whole line per finished article and rewritten atomically from the store at the start and end of
every run, so a run killed at any moment (kill -9 included) loses nothing and duplicates nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from summarizer import templates
from summarizer.atomic import atomic_open, private_file
from summarizer.errors import BatchFileError, InputError, redact
from summarizer.inputs import MAX_CHARS, decode, html_to_text, looks_like_html
from summarizer.schema import SCHEMA_VERSION
from summarizer.transport import (
    EMBEDDED,
    Backend,
    RequestDeferred,
    ResponseCache,
    Transport,
    resolve_backend,
    transport_for,
)


@dataclass(frozen=True)
class BatchItem:
    id: str
    text: str
    published: date | None = None
    error: str | None = None  # an input that could not be read: recorded as failed, batch goes on


def read_inputs(paths: Iterable[str]) -> Iterator[BatchItem]:
    """Files, directories of .txt/.html files, or JSONL with id, text and optional published."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm")):
                yield _read_file(child, str(child.relative_to(path)))
        elif path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield _read_file(path, path.name)


def _read_file(path: Path, item_id: str) -> BatchItem:
    try:
        text = decode(path.read_bytes(), str(path))
        if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
            text = html_to_text(text)
        return BatchItem(item_id, text)
    except (InputError, OSError) as exc:
        return BatchItem(item_id, "", error=str(exc))


def _read_jsonl(path: Path) -> Iterator[BatchItem]:
    """One item per non-empty line; a line that is not an object with id and text is a failed item
    (the batch goes on). A UTF-8 byte-order mark at the start is accepted."""
    with path.open(encoding="utf-8-sig") as handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise TypeError(f"a JSON object is needed, not {type(row).__name__}")
                published = date.fromisoformat(row["published"]) if row.get("published") else None
                yield BatchItem(str(row["id"]), str(row["text"]), published)
            except (ValueError, KeyError, TypeError) as exc:
                yield BatchItem(f"{path.name}:{n}", "", error=f"bad JSONL line {n}: {exc}")


def check_paths(out: Path, store: Path, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse an output that would overwrite the store or an input (``--out results.sqlite``)."""
    if out.resolve() == store.resolve():
        raise BatchFileError(f"--out {out} and the store {store} are the same file; choose another --out or --store")
    for path in inputs:
        if Path(path).resolve() in (out.resolve(), store.resolve()):
            raise BatchFileError(f"{path} is an input and would be overwritten by the output or the store")


def config_fingerprint(backend: Backend) -> str:
    """What affects the output: model and endpoint, prompt templates, schema."""
    parts = [backend.name, backend.base_url or "", backend.model, templates.prompt_version(), SCHEMA_VERSION]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def item_key(item: BatchItem, fingerprint: str) -> str:
    payload = f"{fingerprint}\0{item.published or ''}\0{item.text}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store:
    """SQLite store of finished articles (WAL, one transaction per article)."""

    def __init__(self, path: str | Path) -> None:
        self.db = sqlite3.connect(str(private_file(Path(path))), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            """CREATE TABLE IF NOT EXISTS results (
                key TEXT PRIMARY KEY, id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
                summary TEXT, tokens_in INTEGER, tokens_out INTEGER, latency_s REAL, finished_at REAL)"""
        )

    def get(self, key: str) -> tuple[str, str | None] | None:
        row = self.db.execute("SELECT status, reason FROM results WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else None

    def put(
        self,
        key: str,
        item_id: str,
        status: str,
        reason: str | None,
        summary: str | None,
        tokens_in: int,
        tokens_out: int,
        latency_s: float,
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, item_id, status, reason, summary, tokens_in, tokens_out, latency_s, time.time()),
        )

    def line(self, key: str) -> str | None:
        row = self.db.execute("SELECT id, status, reason, summary FROM results WHERE key = ?", (key,)).fetchone()
        return _line(*row) if row else None

    def close(self) -> None:
        self.db.close()


def _line(item_id: str, status: str, reason: str | None, summary: str | None) -> str:
    record = {"id": item_id, "status": status, "reason": reason, "summary": json.loads(summary) if summary else None}
    return json.dumps(record, ensure_ascii=False) + "\n"


def rewrite_output(out: Path, store: Store, keys: list[str]) -> None:
    """Atomically rewrite the JSONL from the store: one line per finished input, in input order."""
    seen: set[str] = set()
    with atomic_open(out) as handle:
        for key in keys:
            if key in seen:
                continue
            seen.add(key)
            if line := store.line(key):
                handle.write(line)


@dataclass
class BatchReport:
    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    pending: int = 0  # waiting for Batch API results
    exported: int = 0  # requests written to the Batch API request file
    imported: int = 0  # responses imported from Batch API result files
    tokens_in: int = 0
    tokens_out: int = 0
    wall_s: float = 0.0
    cost_usd: float | None = None
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, item_id: str, status: str, reason: str | None, tokens_in: int, tokens_out: int) -> None:
        self.tokens_in += tokens_in
        self.tokens_out += tokens_out
        if status == "ok":
            self.done += 1
        else:
            self.failed += 1
            self.failures.append((item_id, reason or ""))

    def summary_line(self) -> str:
        cost = f", estimated cost ${self.cost_usd:.4f}" if self.cost_usd is not None else ""
        pending = f", {self.pending} waiting for Batch API results ({self.exported} requests exported)"
        return (
            f"{self.total} articles: {self.done} summarised, {self.skipped} already done, {self.failed} failed"
            f"{pending if self.pending else ''}; "
            f"{self.tokens_in} tokens in, {self.tokens_out} out; {self.wall_s:.1f} s{cost}"
        )


def default_concurrency(backend: Backend) -> int:
    return 1 if backend.name == EMBEDDED else 8


class Progress:
    def __init__(self, total: int, stream=sys.stderr) -> None:
        self.total, self.stream, self.started, self.n = total, stream, time.monotonic(), 0
        self.tty = stream.isatty()

    def tick(self, item_id: str, status: str) -> None:
        self.n += 1
        elapsed = time.monotonic() - self.started
        rate = self.n / elapsed if elapsed else 0.0
        eta = (self.total - self.n) / rate if rate else 0.0
        if self.tty:
            self.stream.write(f"\r{self.n}/{self.total} {rate:.2f}/s ETA {eta:.0f}s ")
            if self.n == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{self.n}/{self.total}] {item_id}: {status} ({rate:.2f}/s, ETA {eta:.0f}s)\n")
        self.stream.flush()


def _import_results(backend: Backend, out: Path, export: bool, paths: list[str | Path]) -> tuple[Backend, int]:
    """Fill the response cache from Batch API output files; Batch API rounds need a response cache."""
    from summarizer.batchapi import import_results as import_file

    if (export or paths) and not backend.cache_dir:
        backend = replace(backend, cache_dir=str(out.with_suffix(".responses")))
    imported = [import_file(path, ResponseCache(backend.cache_dir)) for path in paths]
    for path, result in zip(paths, imported, strict=True):
        print(result.summary_line(path), file=sys.stderr)
    return backend, sum(r.imported for r in imported)


def _wanted(previous: tuple[str, str | None] | None, retry_failed: bool, no_cache: bool) -> bool:
    """Whether an article the store holds as ``previous`` (status, reason) is summarised again."""
    if previous is None or no_cache:
        return True
    return retry_failed and previous[0] == "failed"


Outcome = tuple[str | None, str | None, int, int]  # summary JSON, failure reason, tokens in, tokens out


async def _summarize_one(transport: Transport, item: BatchItem, max_chars: int) -> Outcome:
    """One article's outcome; raises RequestDeferred when its request waits for a Batch API round."""
    from summarizer.api import summarize_with

    if item.error is not None:
        return None, item.error, 0, 0
    try:
        summary = await summarize_with(transport, item.text, item.published, max_chars)
    except RequestDeferred:
        raise
    except Exception as exc:  # a failing article is a result; the batch goes on
        reason = redact(f"{type(exc).__name__}: {exc}", transport.backend.api_key)
        return None, reason.splitlines()[0][:500], 0, 0
    return summary.model_dump_json(), None, summary.metadata.tokens_in, summary.metadata.tokens_out


async def asummarize_many(
    items: Iterable[BatchItem],
    out: str | Path,
    *,
    backend: Backend | None = None,
    store_path: str | Path | None = None,
    concurrency: int | None = None,
    retry_failed: bool = False,
    no_cache: bool = False,
    prices: dict[str, float] | None = None,
    max_chars: int = MAX_CHARS,
    progress: bool = True,
    export_requests: str | Path | None = None,
    import_results: Iterable[str | Path] = (),
) -> BatchReport:
    """Summarise many articles; results land in ``out`` (JSONL) and the store. Async-friendly.

    With ``export_requests`` no live call is made: model requests the response cache cannot answer are
    written there as an OpenAI Batch API request file and their articles stay pending; a later run
    with ``import_results`` (the Batch API output files) continues them. Each pipeline stage is one
    round (extract, then translate).
    """
    from summarizer.batchapi import write_requests

    out, import_results = Path(out), list(import_results)
    store_file = Path(store_path) if store_path else out.with_suffix(".sqlite")
    check_paths(out, store_file, import_results)
    backend = backend or resolve_backend()  # the embedded model, or SUMMARIZER_* configuration
    backend, imported = _import_results(backend, out, export_requests is not None, import_results)
    store = Store(store_file)
    fingerprint = config_fingerprint(backend)
    items = list(items)
    keys = [item_key(item, fingerprint) for item in items]
    report = BatchReport(total=len(items), imported=imported)
    started = time.perf_counter()
    rewrite_output(out, store, keys)  # heals a previous run killed mid-way
    todo = [(i, k) for i, k in zip(items, keys, strict=True) if _wanted(store.get(k), retry_failed, no_cache)]
    report.skipped = len(items) - len(todo)
    transport: Transport | None = None
    if todo:
        # Exporting never calls a model, so it never starts the embedded one either.
        if export_requests is None:
            transport = transport_for(backend)
        else:
            transport = Transport(backend, backend.base_url or "http://127.0.0.1:9/v1", live=False)
    meter = Progress(len(todo)) if progress else None
    gate = asyncio.Semaphore(concurrency or default_concurrency(backend))
    lock = asyncio.Lock()

    async def one(item: BatchItem, key: str) -> None:
        async with gate:
            t0 = time.perf_counter()
            try:
                summary_json, reason, tin, tout = await _summarize_one(transport, item, max_chars)
            except RequestDeferred:
                async with lock:
                    report.pending += 1
                    if meter:
                        meter.tick(item.id, "waiting for Batch API results")
                return
            status = "ok" if summary_json else "failed"
            async with lock:
                store.put(key, item.id, status, reason, summary_json, tin, tout, time.perf_counter() - t0)
                with out.open("a", encoding="utf-8") as handle:  # one whole line per write
                    handle.write(_line(item.id, status, reason, summary_json))
                report.add(item.id, status, reason, tin, tout)
                if meter:
                    meter.tick(item.id, status if status == "ok" else f"failed: {reason}")

    try:
        await asyncio.gather(*(one(item, key) for item, key in todo))
    finally:
        if transport:
            await transport.close()
        if export_requests is not None:  # written even when empty: a stale file would be sent again
            report.exported = write_requests(export_requests, transport.deferred if transport else {})
        rewrite_output(out, store, keys)
        store.close()
    report.wall_s = time.perf_counter() - started
    if prices:
        report.cost_usd = (
            report.tokens_in * prices.get("input", 0) + report.tokens_out * prices.get("output", 0)
        ) / 1e6
    return report


def summarize_many(items: Iterable[BatchItem], out: str | Path, **kwargs) -> BatchReport:
    from summarizer.api import run_sync

    return run_sync(asummarize_many(items, out, **kwargs))
