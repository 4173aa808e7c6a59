"""OpenAI Batch API files: write the requests a batch run could not answer, import the results.

A request's ``custom_id`` is its response-cache key, so importing a results file fills the cache and
the next ``summarizer batch`` run replays those answers through the same pipeline (validation,
grounding, translation) as live calls. The format is the one OpenAI's Batch API and vLLM's
``run_batch`` read and write.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.atomic import atomic_open
from summarizer.errors import BatchFileError
from summarizer.transport import ResponseCache

ENDPOINT = "/v1/chat/completions"
_KEY = re.compile(r"[0-9a-f]{64}")  # custom_id is a cache key (sha256 hex), also a file name


def write_requests(path: str | Path, requests: dict[str, dict[str, Any]]) -> int:
    """Write one request line per cache key, atomically; returns the number written."""
    with atomic_open(path) as handle:
        for key, body in requests.items():
            line = {"custom_id": key, "method": "POST", "url": ENDPOINT, "body": body}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(requests)


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[str] = field(default_factory=list)  # requests that failed on the Batch API side

    def summary_line(self, path: str | Path) -> str:
        first = f" (first: {self.errors[0]})" if self.errors else ""
        return f"{path}: imported {self.imported} responses, {len(self.errors)} failed requests{first}"


def import_results(path: str | Path, cache: ResponseCache) -> ImportReport:
    """Put every successful response of a Batch API output (or error) file into the response cache.

    Failed requests are reported, not cached: the next run defers them again, so they are re-exported.
    """
    from openai.types.chat import ChatCompletion

    report = ImportReport()
    with Path(path).open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key = row["custom_id"]
                response = row.get("response") or {}
                if not isinstance(response, dict):
                    raise TypeError("response is not an object")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise BatchFileError(f"{path}:{n}: not a Batch API result line ({exc})") from exc
            if not isinstance(key, str) or not _KEY.fullmatch(key):
                raise BatchFileError(f"{path}:{n}: custom_id {str(key)[:40]!r} was not written by summarizer")
            if row.get("error") or response.get("status_code") != 200:
                reason = row.get("error") or (response.get("body") or {}).get("error") or response.get("status_code")
                report.errors.append(f"{key[:12]}: {json.dumps(reason, ensure_ascii=False)[:200]}")
                continue
            try:
                cache.put(key, ChatCompletion.model_validate(response["body"]))
            except (KeyError, ValidationError) as exc:
                raise BatchFileError(f"{path}:{n}: response body is not a chat completion ({exc})") from exc
            report.imported += 1
    return report
