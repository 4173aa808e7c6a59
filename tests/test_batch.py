"""Batch runs against a loopback OpenAI-compatible server that injects faults at set rates."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from fake_model import answer
from scripted_server import ScriptedServer, Step, completion

from summarizer.batch import BatchItem, read_inputs, summarize_many
from summarizer.transport import resolve_backend

ROOT = Path(__file__).resolve().parent.parent


def faulty(body: dict, n: int) -> Step:
    """Every 7th request 500, every 11th 429 (Retry-After 0), every 13th malformed JSON, some slow."""
    if n % 7 == 0:
        return Step(500, {"error": {"message": "injected"}})
    if n % 11 == 0:
        return Step(429, {"error": {"message": "rate"}}, {"retry-after": "0"})
    if n % 13 == 0:
        return Step(200, completion('{"event": "استهدفت'))
    step = answer(body)
    step.delay_s = 0.05 if n % 5 == 0 else 0.0
    return step


def articles(article_text: str, n: int) -> list[BatchItem]:
    # Distinct content (different hashes), same verifiable facts.
    return [BatchItem(f"a{i:03d}", article_text + "\n" + "ـ" * (i + 1)) for i in range(n)]


def backend(server: ScriptedServer):
    # Faults come on fixed request numbers, so one request can meet several in a row: allow 6 tries. With
    # six articles in flight, a re-ask can also land on the next malformed answer: allow 3 validation tries.
    return resolve_backend(
        server.base_url,
        "scripted",
        "k",
        backoff_base_s=0.01,
        timeout_s=5.0,
        transport_attempts=6,
        validation_attempts=3,
    )


def read_jsonl(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), "no half line"
    return [json.loads(line) for line in text.splitlines()]


def test_faults_are_retried_and_bad_inputs_recorded(tmp_path, article_text):
    items = [*articles(article_text, 24), BatchItem("empty", "   "), BatchItem("unreadable", "", error="not UTF-8")]
    out = tmp_path / "out.jsonl"
    with ScriptedServer(responder=faulty) as server:
        report = summarize_many(
            items, out, backend=backend(server), concurrency=6, progress=False, prices={"input": 0.15, "output": 0.6}
        )
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == [i.id for i in items], "one line per article, in input order"
    status = {r["id"]: r for r in rows}
    assert all(status[f"a{i:03d}"]["status"] == "ok" for i in range(24))
    assert status["empty"]["status"] == "failed" and "empty" in status["empty"]["reason"]
    assert status["unreadable"]["reason"] == "not UTF-8"
    assert report.done == 24 and report.failed == 2 and report.tokens_in > 0 and report.cost_usd > 0
    assert status["a000"]["summary"]["incident"]["means"][0]["count"] == 4


def test_rerun_skips_done_work_and_no_cache_forces_it(tmp_path, article_text):
    items = articles(article_text, 5)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        summarize_many(items, out, backend=backend(server), progress=False)
        first = len(server.requests)
        report = summarize_many(items, out, backend=backend(server), progress=False)
        assert len(server.requests) == first and report.skipped == 5, "same content and config: no model call"
        summarize_many(items, out, backend=backend(server), progress=False, no_cache=True)
        assert len(server.requests) == 2 * first
    assert len(read_jsonl(out)) == 5


def test_retry_failed_retries_only_failures(tmp_path, article_text):
    items = articles(article_text, 4)
    out = tmp_path / "out.jsonl"
    broken = {"on": True}

    def responder(body: dict, n: int) -> Step:
        user = body["messages"][-1]["content"] if body.get("messages") else ""
        if broken["on"] and user.endswith("\nــ\n</article>"):  # article a001 only
            return Step(500, {"error": {"message": "down"}})
        return answer(body)

    with ScriptedServer(responder=responder) as server:
        summarize_many(items, out, backend=backend(server), progress=False)
        assert [r["status"] for r in read_jsonl(out)] == ["ok", "failed", "ok", "ok"]
        broken["on"] = False
        before = len(server.requests)
        report = summarize_many(items, out, backend=backend(server), progress=False, retry_failed=True)
        assert report.done == 1 and report.skipped == 3
        assert len(server.requests) - before == 2, "only a001's two stages ran again"
    assert [r["status"] for r in read_jsonl(out)] == ["ok"] * 4


def test_kill_minus_9_mid_run_then_resume(tmp_path, article_text):
    n = 16
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"id": i.id, "text": i.text}, ensure_ascii=False) + "\n" for i in articles(article_text, n)),
        encoding="utf-8",
    )
    out, store = tmp_path / "out.jsonl", tmp_path / "out.sqlite"

    def slow(body: dict, k: int) -> Step:
        step = answer(body)
        step.delay_s = 0.15
        return step

    with ScriptedServer(responder=slow) as server:
        cmd = [
            sys.executable,
            "-m",
            "summarizer",
            "batch",
            str(jsonl),
            "--out",
            str(out),
            "--concurrency",
            "2",
            "--base-url",
            server.base_url,
            "--model",
            "m",
            "--api-key",
            "k",
        ]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 90
        done = 0
        while time.monotonic() < deadline and done < 4:
            time.sleep(0.1)
            if store.exists():
                try:
                    done = sqlite3.connect(store).execute("SELECT count(*) FROM outcomes").fetchone()[0]
                except sqlite3.OperationalError:
                    pass
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert 4 <= done < n, f"killed mid-run ({done} of {n} done)"
        finished = sqlite3.connect(store).execute("SELECT count(*) FROM outcomes").fetchone()[0]
        extract_calls_before = sum(1 for r in server.requests if "Extraction" in json.dumps(r["body"]))
        resumed = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        extract_calls = sum(1 for r in server.requests if "Extraction" in json.dumps(r["body"])) - extract_calls_before
    rows = read_jsonl(out)
    assert sorted(r["id"] for r in rows) == sorted(f"a{i:03d}" for i in range(n)), "every article exactly once"
    assert all(r["status"] == "ok" for r in rows)
    assert extract_calls == n - finished, "finished articles were not summarised again"


def test_inputs_from_files_directories_and_jsonl(tmp_path, article_text):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text(article_text, encoding="utf-8")
    (tmp_path / "d" / "two.html").write_text(f"<html><body><p>{article_text}</p></body></html>", encoding="utf-8")
    (tmp_path / "x.jsonl").write_text('{"id": "j1", "text": "نص", "published": "2026-11-24"}\nnot json\n')
    items = list(read_inputs([str(tmp_path / "d"), str(tmp_path / "x.jsonl")]))
    assert [i.id for i in items] == ["one.txt", "two.html", "j1", "x.jsonl:2"]
    assert "<p>" not in items[1].text and str(items[2].published) == "2026-11-24"
    assert items[3].error and "line 2" in items[3].error
