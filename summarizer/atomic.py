"""Atomic file writes: a reader sees the old file or the new one, never half of one, whatever
happens (kill -9 included). The temporary file sits in the target's folder (same file system, so
the rename is atomic), is fsynced with its folder, and is removed on error. Files are created for
this user only (0600, folders 0700): caches, stores and outputs can hold articles and answers."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from summarizer.errors import PathError


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on a clean exit it replaces ``path``, on error it is removed.
    ``mode`` is "w" (text, UTF-8 unless ``encoding`` is given) or "wb"."""
    path = Path(path)
    private_dir(path.parent)
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) for this user only (0700); existing ones are left as they are."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700, exist_ok=True)
    return missing[0] if missing else folder


def writable_folder(path: str | Path) -> None:
    """Create ``path``'s folder if needed and refuse one that cannot be written: checked before work
    that costs model time, so its result is never lost at the last step."""
    folder = Path(path).parent
    try:
        private_dir(folder)
    except OSError as exc:
        raise PathError(f"cannot create the folder of {path}: {exc.strerror or exc}") from None
    if not folder.is_dir():
        raise PathError(f"cannot write {path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK):
        raise PathError(f"cannot write into {folder}: permission denied")


def private_file(path: Path) -> Path:
    """Create ``path`` empty for this user only (0600) if it does not exist yet (SQLite keeps the mode)."""
    private_dir(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    return path


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` atomically."""
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as handle:
        handle.write(data)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (not supported on every platform: best effort)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
