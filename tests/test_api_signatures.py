"""The Python API as the README shows it: explicit, typed keyword parameters with docstrings, a batch
without a backend argument, the backend helpers exported from ``summarizer``."""

from __future__ import annotations

import inspect
from datetime import date

import pytest
from fake_model import answer
from scripted_server import ScriptedServer

import summarizer
from summarizer import BatchItem, asummarize, asummarize_many, resolve_backend, summarize, summarize_many


def test_summarize_many_needs_no_backend_argument(tmp_path, monkeypatch, article_text):
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        monkeypatch.setenv("SUMMARIZER_BASE_URL", server.base_url)  # what resolve_backend() reads by default
        monkeypatch.setenv("SUMMARIZER_MODEL", "scripted")
        report = summarize_many([BatchItem("a", article_text, "2026-11-24")], tmp_path / "out.jsonl", progress=False)
    assert report.done == 1 and report.failed == 0, report.failures
    line = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert '"published": "2026-11-24"' in line and '"published_source": "argument"' in line


def test_a_batch_item_takes_an_iso_date_as_written_in_json():
    assert BatchItem("a", "text", "2026-11-24").published == date(2026, 11, 24)
    with pytest.raises(ValueError):
        BatchItem("a", "text", "24/11/2026")


@pytest.mark.parametrize(("sync", "coroutine"), [(summarize, asummarize), (summarize_many, asummarize_many)])
def test_keyword_parameters_are_explicit_typed_and_the_same_for_sync_and_async(sync, coroutine):
    params = inspect.signature(sync).parameters
    assert params == inspect.signature(coroutine).parameters
    assert not any(p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) for p in params.values())
    positional = [name for name, p in params.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional in (["text", "published"], ["items", "out"])
    assert all(p.annotation is not inspect.Parameter.empty for p in params.values())
    keywords = [name for name, p in params.items() if p.kind is p.KEYWORD_ONLY]
    assert "backend" in keywords and "max_chars" in keywords
    documented = inspect.getdoc(coroutine) or ""
    assert all(name in documented for name in keywords if name not in ("base_url", "model", "api_key")), documented
    assert inspect.getdoc(sync)


def test_summarize_rejects_an_unknown_keyword_before_any_model_call(article_text):
    with pytest.raises(TypeError):
        summarize(article_text, backends=None)  # a typo is an error, not silently ignored


def test_backend_helpers_are_public():
    assert summarizer.resolve_backend is resolve_backend
    assert {"resolve_backend", "Backend", "BatchItem", "summarize_many"} <= set(summarizer.__all__)
    chosen = resolve_backend("http://127.0.0.1:9/v1", "m", "k", timeout_s=5.0)
    assert isinstance(chosen, summarizer.Backend) and chosen.timeout_s == 5.0 and chosen.model == "m"
    assert inspect.getdoc(resolve_backend)


def test_the_date_source_is_recorded(article_text):
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        backend = resolve_backend(server.base_url, "scripted", "k")
        given = summarize(article_text, "2026-11-24", backend=backend)
        none = summarize(article_text, backend=backend)
        from_page = summarize(article_text, date(2026, 11, 24), backend=backend, published_source="page_metadata")
    assert (given.metadata.published, given.metadata.published_source) == (date(2026, 11, 24), "argument")
    assert (none.metadata.published, none.metadata.published_source) == (None, None)
    assert from_page.metadata.published_source == "page_metadata"
