"""Batch runs over many articles: bounded concurrency, a SQLite store that makes runs resumable and
cached, JSONL output with one whole line per input id at every moment, and usage accounting.

The store is the source of truth: each finished article is committed in one transaction, its result
keyed by the article's content and the configuration that affects output, and shown under every
input id that has that content. The JSONL is rewritten atomically from the store at the start and
end of every run; in between, a new id's line is appended whole, and an id that already has a line
keeps it until the next rewrite. So a run killed at any moment (kill -9 included) loses nothing,
duplicates nothing, and never hides a finished result while a re-run redoes it. A lock file keeps a
second run off the same store.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

from summarizer import __version__, templates
from summarizer.atomic import atomic_open, private_file, writable_folder
from summarizer.errors import BatchFileError, InputError, PathError, redact
from summarizer.inputs import MAX_CHARS, decode, is_html_file, read_html
from summarizer.lang.lexicon import data_version
from summarizer.progress import current_item
from summarizer.schema import SCHEMA_VERSION
from summarizer.transport import (
    EMBEDDED,
    Backend,
    RequestDeferred,
    ResponseCache,
    Transport,
    resolve_backend,
)

Outcome = tuple[str | None, str | None, int, int]  # summary JSON, failure reason, tokens in, tokens out


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch: its id (the output line's), its text, and its publication date
    (``date`` or ``"YYYY-MM-DD"``)."""

    id: str
    text: str
    published: date | None = None
    error: str | None = None  # an input that could not be read: recorded as failed, batch goes on
    allow_tags: bool = False  # a plain-text file: "<p>" in it is text, not markup
    published_source: Literal["argument", "page_metadata"] | None = None  # None: "argument" if published

    def __post_init__(self) -> None:
        if isinstance(self.published, str):  # a date as written in JSON; a bad one fails here, not mid-run
            object.__setattr__(self, "published", date.fromisoformat(self.published))


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
        if is_html_file(path.name):  # the page's article, and its date from the page's metadata
            page = read_html(text)
            return BatchItem(item_id, page.text, page.published, published_source="page_metadata")
        return BatchItem(item_id, text, allow_tags=True)
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
    for path in (out, store):
        try:
            writable_folder(path)
        except PathError as exc:
            raise BatchFileError(str(exc)) from None


def config_fingerprint(backend: Backend) -> str:
    """Everything that changes a summary: the model and its server (or the embedded weights), how often
    it is asked and for what, prompts, schema, the package version and the language data (lexicons, gazetteer,
    romaniser tables)."""
    parts = [
        backend.name,
        backend.endpoint,
        backend.model,
        str(backend.validation_attempts),
        f"model_renderings={backend.model_renderings}",
        templates.prompt_version(),
        SCHEMA_VERSION,
        __version__,
        data_version(),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def item_key(item: BatchItem, fingerprint: str) -> str:
    """The key of an article's result: its content and the configuration. An unreadable input keys by
    its id and reason instead, so two unreadable inputs never share one result."""
    if item.error is not None:
        payload = f"unreadable\0{item.id}\0{item.error}"
    else:
        payload = f"{fingerprint}\0{item.published or ''}\0{item.text}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One output line: the id it is written under, the input behind it, its result's key."""

    id: str
    item: BatchItem
    key: str


def entries(items: list[BatchItem], fingerprint: str, warn=None) -> list[Entry]:
    """One entry per input id. The same id with the same text is one article; the same id with another
    text is another article, written as ``id#2``, ``id#3``... (warned). Different ids with the same text
    share one result but each gets its line."""
    out: dict[str, Entry] = {}
    renamed: dict[str, list[str]] = {}
    for item in items:
        key = item_key(item, fingerprint)
        if item.id in out and out[item.id].key == key:
            continue
        new_id, n = item.id, 1
        while new_id in out:
            n += 1
            new_id = f"{item.id}#{n}"
        if new_id != item.id:
            renamed.setdefault(item.id, [item.id]).append(new_id)
        out[new_id] = Entry(new_id, replace(item, id=new_id), key)
    for original, ids in renamed.items():
        if warn:
            warn(f"summarizer: id {original!r} is given to {len(ids)} different texts; written as {', '.join(ids)}")
    return list(out.values())


class StoreInUse(BatchFileError):
    """Another run holds the store."""


class Store:
    """SQLite store (WAL, one transaction per finished article): ``outcomes`` holds one result per
    content key, ``shown`` which result each output id shows (the newest finished for it), so a result
    stays visible while a run with another configuration redoes it. A lock file keeps a second run off
    the same store while this one runs."""

    VERSION = 2

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = _lock(self.path.with_name(self.path.name + ".lock"))
        self.db = sqlite3.connect(str(private_file(self.path)), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            """CREATE TABLE IF NOT EXISTS outcomes (
                key TEXT PRIMARY KEY, status TEXT NOT NULL, reason TEXT, summary TEXT,
                tokens_in INTEGER, tokens_out INTEGER, latency_s REAL, finished_at REAL)"""
        )
        self.db.execute("CREATE TABLE IF NOT EXISTS shown (id TEXT PRIMARY KEY, key TEXT NOT NULL)")
        self._migrate()

    def _migrate(self) -> None:
        """Stores of 0.2.0 and before had one ``results`` table keyed by content (ids merged)."""
        if self.db.execute("PRAGMA user_version").fetchone()[0] >= self.VERSION:
            return
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'results'").fetchone():
            with self.db:
                self.db.execute("BEGIN")
                self.db.execute(
                    "INSERT OR IGNORE INTO outcomes SELECT key, status, reason, summary, tokens_in, tokens_out, "
                    "latency_s, finished_at FROM results"
                )
                self.db.execute("INSERT OR IGNORE INTO shown SELECT id, key FROM results")
                self.db.execute("DROP TABLE results")
        self.db.execute(f"PRAGMA user_version = {self.VERSION}")

    def get(self, key: str) -> tuple[str, str | None] | None:
        row = self.db.execute("SELECT status, reason FROM outcomes WHERE key = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else None

    def put(self, key: str, ids: list[str], outcome: Outcome, latency_s: float) -> None:
        """Store a finished result and show it under ``ids``, in one transaction."""
        summary, reason, tokens_in, tokens_out = outcome
        status = "ok" if summary else "failed"
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute(
                "INSERT OR REPLACE INTO outcomes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, status, reason, summary, tokens_in, tokens_out, latency_s, time.time()),
            )
            self.show(ids, key)

    def show(self, ids: list[str], key: str) -> None:
        self.db.executemany("INSERT OR REPLACE INTO shown VALUES (?, ?)", [(i, key) for i in ids])

    def line(self, item_id: str) -> tuple[str, str] | None:
        """The output line of ``item_id`` and its status, or None while it has no result."""
        row = self.db.execute(
            "SELECT o.status, o.reason, o.summary FROM shown s JOIN outcomes o ON o.key = s.key WHERE s.id = ?",
            (item_id,),
        ).fetchone()
        return (_line(item_id, *row), row[0]) if row else None

    def close(self) -> None:
        self.db.close()
        self._lock.close()


def _lock(path: Path):
    """An exclusive lock held for the life of the returned file; "in use by PID n" when another run holds it."""
    handle = os.fdopen(os.open(private_file(path), os.O_RDWR), "r+")
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform: run unguarded
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise StoreInUse(
            f"the store {path.with_suffix('')} is in use by PID {holder} (another batch run); "
            "wait for it to finish or choose another --out/--store"
        ) from None
    handle.truncate(0)
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def _line(item_id: str, status: str, reason: str | None, summary: str | None) -> str:
    record = {"id": item_id, "status": status, "reason": reason, "summary": json.loads(summary) if summary else None}
    return json.dumps(record, ensure_ascii=False) + "\n"


def rewrite_output(out: Path, store: Store, ids: list[str]) -> dict[str, str]:
    """Atomically rewrite the JSONL from the store: one line per id that has a result, in input order.
    Returns the status of each id written."""
    written: dict[str, str] = {}
    with atomic_open(out) as handle:
        for item_id in ids:
            if found := store.line(item_id):
                handle.write(found[0])
                written[item_id] = found[1]
    return written


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
    failed_in_output: int = 0  # ids whose line in the output says failed, this run's and earlier runs'
    missing: int = 0  # ids with no line yet (pending, or the run was interrupted)

    def add(self, item_id: str, status: str, reason: str | None, tokens_in: int = 0, tokens_out: int = 0) -> None:
        self.tokens_in += tokens_in
        self.tokens_out += tokens_out
        if status == "ok":
            self.done += 1
        else:
            self.failed += 1
            self.failures.append((item_id, reason or ""))

    @property
    def complete(self) -> bool:
        """Every id has a line (or waits for Batch API results) and none says failed: the exit status."""
        return self.failed_in_output == 0 and self.missing <= self.pending

    def summary_line(self) -> str:
        cost = f", estimated cost ${self.cost_usd:.4f}" if self.cost_usd is not None else ""
        pending = f", {self.pending} waiting for Batch API results ({self.exported} requests exported)"
        earlier = self.failed_in_output - self.failed
        held = f" ({earlier} more failed in earlier runs: --retry-failed redoes them)" if earlier > 0 else ""
        return (
            f"{self.total} articles: {self.done} summarised, {self.skipped} already done, {self.failed} failed"
            f"{held}{pending if self.pending else ''}; "
            f"{self.tokens_in} tokens in, {self.tokens_out} out; {self.wall_s:.1f} s{cost}"
        )


def default_concurrency(backend: Backend) -> int:
    return 1 if backend.name == EMBEDDED else 8


class Progress:
    """One line per finished article (a counter redrawn in place on a terminal), and a first line as
    soon as the run knows its work, before any article (or the model) is started."""

    def __init__(self, total: int, stream=None) -> None:
        stream = stream or sys.stderr
        self.total, self.stream, self.started, self.n = total, stream, time.monotonic(), 0
        self.tty = stream.isatty()

    def start(self, skipped: int, concurrency: int, backend: Backend) -> None:
        if not self.total:
            return
        where = "the embedded model" if backend.name == EMBEDDED else backend.model
        self.stream.write(
            f"summarizer: {self.total} article(s) to summarise"
            f"{f' ({skipped} already done)' if skipped else ''}, {concurrency} at a time on {where}\n"
        )
        if self.tty:
            self.stream.write(f"\r0/{self.total} started ")
        self.stream.flush()

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


async def _summarize_one(transport: Transport, item: BatchItem, max_chars: int) -> Outcome:
    """One article's outcome; raises RequestDeferred when its request waits for a Batch API round."""
    from summarizer.api import summarize_with

    if item.error is not None:
        return None, item.error, 0, 0
    current_item.set(item.id)  # progress records name the article (this task's context only)
    try:
        summary = await summarize_with(
            transport, item.text, item.published, max_chars, item.allow_tags, item.published_source
        )
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
    """Summarise many articles; results land in ``out`` (JSONL, one line per input id) and the store.

    Args:
        items: ``BatchItem(id, text, published)`` per article (``read_inputs`` reads files, folders, JSONL).
        out: the JSONL output; the store defaults to ``out`` with ``.sqlite``.
        backend: a ``Backend`` from ``resolve_backend``; default: the embedded model, or the endpoint the
            ``SUMMARIZER_*`` variables name.
        store_path: the SQLite store (resumable runs, one result per content and configuration).
        concurrency: articles in flight (default 1 embedded, 8 remote).
        retry_failed: summarise again only what failed before; no_cache: summarise everything again.
        prices: USD per million tokens, ``{"input": ..., "output": ...}``, for ``BatchReport.cost_usd``.
        max_chars: longer articles fail (recorded), the batch goes on.
        progress: a first line at once, then one per finished article, on stderr.

    With ``export_requests`` no live call is made: model requests the response cache cannot answer are
    written there as an OpenAI Batch API request file and their articles stay pending; a later run
    with ``import_results`` (the Batch API output files) continues them. Each pipeline stage is one
    round (extract, then translate).
    """
    out, import_results = Path(out), list(import_results)
    store_file = Path(store_path) if store_path else out.with_suffix(".sqlite")
    check_paths(out, store_file, import_results)
    backend = backend or resolve_backend()  # the embedded model, or SUMMARIZER_* configuration
    store = Store(store_file)  # locked until closed: a second run on it stops here
    settings = _Settings(
        retry_failed, no_cache, prices, max_chars, progress, concurrency, export_requests, import_results
    )
    try:
        return await _run(store, list(items), out, backend, settings)
    finally:
        store.close()


@dataclass(frozen=True)
class _Settings:
    """The options of one batch run, as ``asummarize_many`` documents them."""

    retry_failed: bool
    no_cache: bool
    prices: dict[str, float] | None
    max_chars: int
    progress: bool
    concurrency: int | None
    export_requests: str | Path | None
    import_results: list[str | Path]


async def _run(store: Store, items: list[BatchItem], out: Path, backend: Backend, o: _Settings) -> BatchReport:
    from summarizer.batchapi import write_requests

    backend, imported = _import_results(backend, out, o.export_requests is not None, o.import_results)
    started = time.perf_counter()
    work = entries(items, config_fingerprint(backend), warn=lambda m: print(m, file=sys.stderr))
    ids = [e.id for e in work]
    by_key: dict[str, list[Entry]] = {}
    for entry in work:
        by_key.setdefault(entry.key, []).append(entry)
    report = BatchReport(total=len(work), imported=imported)
    todo = []
    for key, group in by_key.items():
        if _wanted(store.get(key), o.retry_failed, o.no_cache):
            todo.append((group[0].item, key, [e.id for e in group]))
        else:
            store.show([e.id for e in group], key)  # already done, maybe under another id
    report.skipped = len(work) - sum(len(t[2]) for t in todo)
    output = _Output(out, store, ids)  # heals a previous run killed mid-way
    concurrency = o.concurrency or default_concurrency(backend)
    meter = Progress(len(todo)) if o.progress else None
    if meter:  # before the model is loaded: the first line of a long run comes at once
        meter.start(report.skipped, concurrency, backend)
    transport: Transport | None = None
    if todo:
        # Exporting never calls a model, so it never starts the embedded one either.
        if o.export_requests is None:
            from summarizer.api import open_transport

            transport = open_transport(backend)
        else:
            transport = Transport(backend, backend.base_url or "http://127.0.0.1:9/v1", live=False)
    gate = asyncio.Semaphore(concurrency)
    lock = asyncio.Lock()

    async def one(item: BatchItem, key: str, item_ids: list[str]) -> None:
        async with gate:
            t0 = time.perf_counter()
            try:
                outcome = await _summarize_one(transport, item, o.max_chars)
            except RequestDeferred:
                async with lock:
                    report.pending += len(item_ids)
                    if meter:
                        meter.tick(item.id, "waiting for Batch API results")
                return
            async with lock:
                store.put(key, item_ids, outcome, time.perf_counter() - t0)
                output.finished(item_ids)
                status = "ok" if outcome[0] else "failed"
                report.add(item_ids[0], status, outcome[1], *outcome[2:])  # tokens were spent once
                for item_id in item_ids[1:]:
                    report.add(item_id, status, outcome[1])
                if meter:
                    meter.tick(item.id, "ok" if outcome[0] else f"failed: {outcome[1]}")

    try:
        await asyncio.gather(*(one(*t) for t in todo))
    finally:
        if transport:
            await transport.close()
        if o.export_requests is not None:  # written even when empty: a stale file would be sent again
            report.exported = write_requests(o.export_requests, transport.deferred if transport else {})
        statuses = output.rewrite()
    report.failed_in_output = sum(1 for s in statuses.values() if s != "ok")
    report.missing = len(ids) - len(statuses)
    report.wall_s = time.perf_counter() - started
    if o.prices:
        report.cost_usd = (
            report.tokens_in * o.prices.get("input", 0) + report.tokens_out * o.prices.get("output", 0)
        ) / 1e6
    return report


class _Output:
    """The JSONL as readers see it during a run: one whole line per id at every moment. A new id's line
    is appended; an id that already has a line (a re-run, ``--retry-failed``, ``--no-cache``) keeps it
    until the file is rewritten from the store (atomically, at most every ``every_s`` seconds)."""

    def __init__(self, path: Path, store: Store, ids: list[str], every_s: float = 2.0) -> None:
        self.path, self.store, self.ids, self.every_s = path, store, ids, every_s
        self.dirty = False
        self.rewrite()

    def rewrite(self) -> dict[str, str]:
        statuses = rewrite_output(self.path, self.store, self.ids)
        self.present, self.dirty, self.last = set(statuses), False, time.monotonic()
        return statuses

    def finished(self, ids: list[str]) -> None:
        new = [i for i in ids if i not in self.present]
        if new:
            with self.path.open("a", encoding="utf-8") as handle:  # one whole line per write
                handle.write("".join(self.store.line(i)[0] for i in new))
            self.present.update(new)
        self.dirty = self.dirty or len(new) < len(ids)
        if self.dirty and time.monotonic() - self.last >= self.every_s:
            self.rewrite()


def summarize_many(
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
    """Synchronous ``asummarize_many`` (same arguments); safe inside a running event loop too."""
    from summarizer.api import run_sync

    return run_sync(
        asummarize_many(
            items,
            out,
            backend=backend,
            store_path=store_path,
            concurrency=concurrency,
            retry_failed=retry_failed,
            no_cache=no_cache,
            prices=prices,
            max_chars=max_chars,
            progress=progress,
            export_requests=export_requests,
            import_results=import_results,
        )
    )
