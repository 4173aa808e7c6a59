"""On-disk response cache: chat completions keyed by everything that was sent."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from summarizer.atomic import atomic_write


class ResponseCache:
    """Chat completions on disk, keyed by endpoint, model, messages, parameters and response schema,
    so a re-run that changed only a scorer costs no model time."""

    def __init__(self, directory: str) -> None:
        self.dir = Path(directory)

    @staticmethod
    def key(base_url: str | None, kwargs: dict[str, Any]) -> str:
        payload = json.dumps({"base_url": base_url, **kwargs}, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()

    def get(self, key: str) -> Any | None:
        path = self.dir / key[:2] / f"{key}.json"
        if not path.is_file():
            return None
        from openai.types.chat import ChatCompletion

        return ChatCompletion.model_validate_json(path.read_text(encoding="utf-8"))

    def put(self, key: str, response: Any) -> None:
        atomic_write(self.dir / key[:2] / f"{key}.json", response.model_dump_json())


def request_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON body the client would POST for these create() arguments (extra_body merged in)."""
    body = {k: v for k, v in kwargs.items() if v is not None and k not in ("extra_body", "extra_headers", "timeout")}
    return json.loads(json.dumps({**body, **(kwargs.get("extra_body") or {})}, ensure_ascii=False, default=str))
