"""Progress of a summary, stage by stage (loading the model, extract, ground, translate, compose).

The pipeline reports each stage's start and end to the ``summarizer.progress`` logger (INFO records
with ``stage``, ``event`` = start | done | failed, ``elapsed_s`` and ``item``, the batch id of the
article or None); whoever runs it decides how to show them. The command line shows a live line on a
terminal, plain lines with ``--verbose`` and nothing with ``--quiet``. From Python::

    import logging
    logging.getLogger("summarizer.progress").setLevel(logging.INFO)
    logging.getLogger("summarizer.progress").addHandler(logging.StreamHandler())

Nothing is formatted while no one listens (the logger is not enabled for INFO by default).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TextIO

LOGGER = logging.getLogger("summarizer.progress")
# The batch id of the article the current task works on; None for a single article.
current_item: ContextVar[str | None] = ContextVar("summarizer_progress_item", default=None)
# How each stage is named to people.
STAGE_NAMES = {
    "load": "loading the model",
    "extract": "extract",
    "ground": "ground",
    "translate": "translate",
    "compose": "compose",
}


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Report the start and the end (done or failed, with seconds) of stage ``name``."""
    if not LOGGER.isEnabledFor(logging.INFO):
        yield
        return
    label, item = STAGE_NAMES.get(name, name), current_item.get()
    started = time.perf_counter()
    LOGGER.info("%s ...", label, extra={"stage": name, "event": "start", "elapsed_s": 0.0, "item": item})
    event = "failed"
    try:
        yield
        event = "done"
    finally:
        elapsed = time.perf_counter() - started
        LOGGER.info(
            "%s %s in %.1f s",
            label,
            event,
            elapsed,
            extra={"stage": name, "event": event, "elapsed_s": elapsed, "item": item},
        )


class LineHandler(logging.Handler):
    """One plain line per record: ``summarizer: [id] extract done in 41.2 s`` (logs, pipes, --verbose)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.INFO)
        self.stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        item = getattr(record, "item", None)
        try:
            self.stream.write(f"summarizer: {f'[{item}] ' if item else ''}{record.getMessage()}\n")
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stderr never fails the summary
            pass


class TerminalHandler(logging.Handler):
    """One live line on a terminal: the running stage with its seconds, redrawn every ``tick_s``; each
    finished stage stays on its own line with its time."""

    def __init__(self, stream: TextIO, tick_s: float = 1.0) -> None:
        super().__init__(logging.INFO)
        self.stream, self.tick_s = stream, tick_s
        self._running: tuple[str, float] | None = None  # label, monotonic start
        self._guard = threading.Lock()
        self._stopped = threading.Event()
        self._ticker: threading.Thread | None = None

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "event", None)
        label = STAGE_NAMES.get(getattr(record, "stage", ""), getattr(record, "stage", ""))
        with self._guard:
            if event == "start":
                self._running = (label, time.monotonic())
                self._draw()
                if self._ticker is None:
                    self._ticker = threading.Thread(target=self._tick, name="summarizer-progress", daemon=True)
                    self._ticker.start()
            elif event in ("done", "failed"):
                self._running = None
                self._write(f"\r\x1b[K{label} {event} in {getattr(record, 'elapsed_s', 0.0):.1f} s\n")

    def _draw(self) -> None:
        if self._running:
            label, started = self._running
            self._write(f"\r\x1b[K{label} ... {time.monotonic() - started:.0f} s")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass

    def _tick(self) -> None:
        while not self._stopped.wait(self.tick_s):
            with self._guard:
                self._draw()

    def close(self) -> None:
        self._stopped.set()
        with self._guard:
            if self._running:
                self._write("\r\x1b[K")
                self._running = None
        super().close()


def show(handler: logging.Handler) -> logging.Handler:
    """Send progress records to ``handler`` (and nowhere else); returns it, for ``hide``."""
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    LOGGER.propagate = False
    return handler


def hide(handler: logging.Handler) -> None:
    LOGGER.removeHandler(handler)
    handler.close()
    if not LOGGER.handlers:
        LOGGER.setLevel(logging.NOTSET)
        LOGGER.propagate = True
