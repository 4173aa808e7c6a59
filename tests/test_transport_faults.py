"""Hangs, cut answers, a cache that replays failures, and tracebacks where one line belongs: the real
client and instructor against the loopback server."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_model import GOOD_EXTRACTION, RENDERINGS, answer
from scripted_server import ScriptedServer, Step, completion, ok

from summarizer import cli, summarize
from summarizer.errors import ModelOutputError, TransportError
from summarizer.transport import resolve_backend

ROOT = Path(__file__).resolve().parent.parent


def backend(server: ScriptedServer, **overrides):
    params = {"backoff_base_s": 0.01, "timeout_s": 5.0} | overrides
    return resolve_backend(server.base_url, "scripted", "test-key", **params)


def cut(payload: dict, keep: float = 0.6) -> Step:
    """An answer stopped at the token limit part-way through its JSON."""
    text = json.dumps(payload, ensure_ascii=False)
    return Step(200, completion(text[: int(len(text) * keep)], finish_reason="length"))


def summarize_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "summarizer", "summarize", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_a_server_that_trickles_bytes_times_out_within_the_request_deadline(article_text):
    trickle = Step(200, completion(json.dumps(GOOD_EXTRACTION, ensure_ascii=False)), trickle_s=0.2)
    with ScriptedServer(default=trickle) as server:
        started = time.monotonic()
        with pytest.raises(TransportError, match="within 1 s"):
            summarize(article_text, backend=backend(server, timeout_s=1.0, transport_attempts=2))
        elapsed = time.monotonic() - started
    assert elapsed < 6, f"two tries of 1 s each took {elapsed:.1f} s"


def test_the_article_deadline_bounds_every_retry_together(article_text):
    silent = Step(500, {"error": {"message": "busy"}}, delay_s=0.4)
    with ScriptedServer(default=silent) as server:
        started = time.monotonic()
        with pytest.raises(TransportError, match="deadline of 1 s"):
            summarize(article_text, backend=backend(server, deadline_s=1.0, transport_attempts=50))
    assert time.monotonic() - started < 4


def test_timeout_and_deadline_are_settable_from_the_cli_and_environment(tmp_path, article_text):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    with ScriptedServer(default=Step(200, completion("{}"), delay_s=30)) as server:
        url = ["--base-url", server.base_url, "--model", "m"]
        started = time.monotonic()
        proc = summarize_cli(str(path), *url, "--timeout", "0.5", "--deadline", "2")
        assert proc.returncode == 1 and "deadline of 2 s" in proc.stderr, proc.stderr
        assert time.monotonic() - started < 25
        os.environ["SUMMARIZER_DEADLINE"] = "nonsense"
        try:
            bad = summarize_cli(str(path), *url)
        finally:
            del os.environ["SUMMARIZER_DEADLINE"]
        assert bad.returncode == 2 and "SUMMARIZER_DEADLINE='nonsense' is not a number" in bad.stderr


def test_a_cut_extraction_is_asked_again_with_room_to_finish(article_text):
    steps = [cut(GOOD_EXTRACTION), ok(GOOD_EXTRACTION)]
    with ScriptedServer(steps, responder=lambda body, n: answer(body)) as server:
        s = summarize(article_text, backend=backend(server, validation_attempts=2))
        budgets = [r["body"]["max_tokens"] for r in server.requests[:2]]
    assert budgets[1] == 2 * budgets[0], "the re-ask has room to finish"
    assert s.incident.means and s.incident.means[0].count == 4


def test_a_cut_translation_keeps_the_verified_extraction(article_text):
    with ScriptedServer([ok(GOOD_EXTRACTION), cut({"items": RENDERINGS}, 0.5)]) as server:
        s = summarize(article_text, backend=backend(server, validation_attempts=1))
    assert s.incident.means[0].count == 4, "the extraction survives a cut translate answer"
    assert any("cut at the token limit" in note for note in s.verification.notes)


def test_a_cut_answer_with_nothing_usable_is_one_line(article_text):
    with ScriptedServer(default=Step(200, completion('{"ev', finish_reason="length"))) as server:
        with pytest.raises(ModelOutputError) as raised:
            summarize(article_text, backend=backend(server, validation_attempts=1))
    assert "cut at the token limit" in str(raised.value) and "\n" not in str(raised.value)


def test_the_response_cache_keeps_only_answers_that_parse(tmp_path, article_text):
    cache = str(tmp_path / "cache")
    with ScriptedServer(default=Step(200, completion('{"event": '))) as broken:
        with pytest.raises(ModelOutputError):
            summarize(article_text, backend=backend(broken, validation_attempts=1, cache_dir=cache))
    with ScriptedServer(responder=lambda body, n: answer(body)) as fixed:
        fixed_backend = backend(fixed, validation_attempts=1, cache_dir=cache)
        object.__setattr__(fixed_backend, "base_url", broken.base_url)  # same cache key as the broken server's
        from summarizer.api import run_sync, summarize_with
        from summarizer.transport import Transport

        async def once():
            transport = Transport(fixed_backend, fixed.base_url)
            try:
                return await summarize_with(transport, article_text)
            finally:
                await transport.close()

        s = run_sync(once())
        assert len(fixed.requests) == 2, "the malformed answer was not replayed from the cache"
        run_sync(once())
        assert len(fixed.requests) == 2, "the good answers were cached"
    assert s.incident.means[0].count == 4


def test_schema_failure_is_one_line_and_verbose_gives_the_detail(tmp_path, article_text):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    with ScriptedServer(default=Step(200, completion('{"places": 7}'))) as server:
        url = ["--base-url", server.base_url, "--model", "m"]
        quiet = summarize_cli(str(path), *url)
        loud = summarize_cli(str(path), *url, "--verbose")
    assert quiet.returncode == 1 and len(quiet.stderr.strip().splitlines()) == 1, quiet.stderr
    assert "failed_attempts" not in quiet.stderr and "places" in quiet.stderr
    assert loud.returncode == 1 and "Traceback" in loud.stderr


def test_output_into_a_folder_that_cannot_exist_fails_before_any_model_call(tmp_path, article_text):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        proc = summarize_cli(
            str(path), "--base-url", server.base_url, "--model", "m", "-o", str(tmp_path / "file" / "o.json")
        )
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert server.requests == [], "no model call is paid for an output that cannot be written"
        made = summarize_cli(
            str(path), "--base-url", server.base_url, "--model", "m", "-o", str(tmp_path / "new" / "o.json")
        )
    assert made.returncode == 0 and json.loads((tmp_path / "new" / "o.json").read_text())["incident"]


def test_disk_full_is_one_line_and_leaves_no_temporary_file(tmp_path, article_text, monkeypatch, capsys):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    out = tmp_path / "out" / "o.json"

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        monkeypatch.setattr(os, "fsync", full)
        code = cli.main(["summarize", str(path), "--base-url", server.base_url, "--model", "m", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert list(out.parent.iterdir()) == [], "no temporary file left behind"


def test_unreadable_predictions_and_unsafe_gold_are_one_line(tmp_path, monkeypatch):
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / "deir-ez-zor-drone-strike.json").write_text("not json {", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [
        sys.executable,
        "-m",
        "summarizer",
        "eval",
        "--cases",
        "deir-ez-zor-drone-strike",
        "--predictions",
        str(preds),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr and "is not JSON" in proc.stderr, proc.stderr

    from summarizer.evals import gold, runner

    case = tmp_path / "fixtures" / "evil"
    case.mkdir(parents=True)
    (case / "gold.yaml").write_text("language: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    (case / "article.txt").write_text("x", encoding="utf-8")
    monkeypatch.setattr(gold, "FIXTURES", tmp_path / "fixtures")
    args = cli.parser().parse_args(["eval", "--cases", "evil", "--predictions", str(preds)])
    assert runner.main(args) == 2
