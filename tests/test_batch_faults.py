"""Batch identity, concurrent runs, re-runs killed mid-way, configuration changes, failure reporting,
and a soak test: every input id ends in the output exactly once, at every moment we look."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_model import answer
from scripted_server import ScriptedServer, Step, completion
from test_batch import articles, backend, faulty, read_jsonl

from summarizer.batch import BatchItem, config_fingerprint, summarize_many
from summarizer.transport import resolve_backend

ROOT = Path(__file__).resolve().parent.parent


def write_feed(path: Path, items: list[BatchItem]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i.id, "text": i.text}, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    return path


def batch_cmd(feed: Path, out: Path, base_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "summarizer", "batch", str(feed), "--out", str(out), "--base-url", base_url]


def run_cli(cmd: list[str], *extra: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = [*cmd, "--model", "m", "--api-key", "k", *extra]
    return subprocess.run(full, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def start_cli(cmd: list[str], *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = [*cmd, "--model", "m", "--api-key", "k", *extra]
    return subprocess.Popen(full, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def ids_now(out: Path) -> list[str]:
    """The ids of the output as a reader sees it now; a half line at the end counts as absent."""
    if not out.exists():
        return []
    text = out.read_text(encoding="utf-8")
    complete = text if text.endswith("\n") else text[: text.rfind("\n") + 1]
    return [json.loads(line)["id"] for line in complete.splitlines()]


def slow(delay: float):
    def respond(body: dict, n: int) -> Step:
        step = answer(body)
        step.delay_s = delay
        return step

    return respond


def test_unreadable_inputs_and_shared_texts_each_get_their_line(tmp_path, article_text):
    # The reproduction: three unreadable lines used to share one key and write one line.
    feed = tmp_path / "e.jsonl"
    feed.write_text('not json\n{"id":"x"}\n{"id":"y","text":"hi","published":"bad"}\n', encoding="utf-8")
    proc = run_cli(batch_cmd(feed, tmp_path / "o.jsonl", "http://127.0.0.1:9/v1"))
    rows = read_jsonl(tmp_path / "o.jsonl")
    assert [r["id"] for r in rows] == ["e.jsonl:1", "e.jsonl:2", "e.jsonl:3"]
    assert all(r["status"] == "failed" and r["reason"] for r in rows)
    assert "3 failed" in proc.stderr and proc.returncode == 1

    # Two ids, one text: one model run, two lines. One id, two texts: both kept, the second renamed.
    text = articles(article_text, 1)[0].text
    items = [BatchItem("p", text), BatchItem("q", text), BatchItem("r", text + "\nـ"), BatchItem("r", text + "\nــ")]
    out = tmp_path / "out.jsonl"
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        report = summarize_many(items, out, backend=backend(server), progress=False)
        extract_calls = sum(1 for r in server.requests if "Extraction" in json.dumps(r["body"]))
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["p", "q", "r", "r#2"]
    assert all(r["status"] == "ok" for r in rows) and rows[0]["summary"] == rows[1]["summary"]
    assert extract_calls == 3, "p and q share one result"
    assert report.total == 4 and report.done == 4


def test_duplicate_id_with_another_text_is_warned(tmp_path, article_text):
    items = articles(article_text, 2)
    feed = write_feed(tmp_path / "in.jsonl", [items[0], BatchItem(items[0].id, items[1].text)])
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        proc = run_cli(batch_cmd(feed, tmp_path / "out.jsonl", server.base_url))
    assert proc.returncode == 0, proc.stderr
    assert "id 'a000' is given to 2 different texts; written as a000, a000#2" in proc.stderr
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["a000", "a000#2"]


def test_a_second_run_on_the_same_store_is_refused_with_the_pid(tmp_path, article_text):
    feed = write_feed(tmp_path / "in.jsonl", articles(article_text, 6))
    out = tmp_path / "out.jsonl"
    with ScriptedServer(responder=slow(0.3)) as server:
        first = start_cli(batch_cmd(feed, out, server.base_url), "--concurrency", "1")
        try:
            deadline = time.monotonic() + 60
            while not server.requests and time.monotonic() < deadline:
                time.sleep(0.05)
            second = run_cli(batch_cmd(feed, out, server.base_url))
            assert second.returncode == 2
            assert f"in use by PID {first.pid}" in second.stderr and len(second.stderr.splitlines()) == 1
        finally:
            first.wait(timeout=120)
    assert first.returncode == 0
    assert sorted(ids_now(out)) == [f"a{i:03d}" for i in range(6)]


@pytest.mark.parametrize("option", ["--no-cache", "--retry-failed"])
def test_killed_rerun_never_shows_an_id_twice_nor_hides_a_finished_one(tmp_path, article_text, option):
    n = 10
    feed = write_feed(tmp_path / "in.jsonl", articles(article_text, n))
    out = tmp_path / "out.jsonl"
    expected = sorted(f"a{i:03d}" for i in range(n))
    fail_all = {"on": option == "--retry-failed"}

    def respond(body: dict, k: int) -> Step:
        if fail_all["on"]:
            return Step(500, {"error": {"message": "down"}})
        step = answer(body)
        step.delay_s = 0.1
        return step

    with ScriptedServer(responder=respond) as server:
        cmd = batch_cmd(feed, out, server.base_url)
        run_cli(cmd, "--concurrency", "4")
        assert sorted(ids_now(out)) == expected
        fail_all["on"] = False
        proc = start_cli(cmd, option, "--concurrency", "2")
        seen_moments = 0
        start = len(server.requests)
        deadline = time.monotonic() + 60
        while len(server.requests) - start < 8 and time.monotonic() < deadline:
            now = ids_now(out)
            assert len(now) == len(set(now)), f"an id twice in the output: {now}"
            assert sorted(now) == expected, "a finished result disappeared while being redone"
            seen_moments += 1
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        now = ids_now(out)
        assert len(now) == len(set(now)) and sorted(now) == expected
        run_cli(cmd)
    assert seen_moments > 10
    rows = read_jsonl(out)
    assert sorted(r["id"] for r in rows) == expected
    assert all(r["status"] == "ok" for r in rows) or option == "--retry-failed"


def test_resumed_run_counts_and_exits_by_what_the_output_holds(tmp_path, article_text):
    items = articles(article_text, 3)
    feed = write_feed(tmp_path / "in.jsonl", items)
    out = tmp_path / "out.jsonl"

    def respond(body: dict, n: int) -> Step:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        if user.endswith("\nــ\n</article>"):  # article a001's extraction: never valid
            return Step(200, completion('{"event": "x", "places": 7}'))
        return answer(body)

    with ScriptedServer(responder=respond) as server:
        first = run_cli(batch_cmd(feed, out, server.base_url))
        again = run_cli(batch_cmd(feed, out, server.base_url))
    assert first.returncode == 1 and "1 failed" in first.stderr
    reason = next(r for r in read_jsonl(out) if r["status"] == "failed")["reason"]
    assert "failed_attempts" not in reason and "places" in reason, reason
    assert len(reason.splitlines()) == 1
    assert again.returncode == 1, "an earlier failure still in the output is a failure of the batch"
    assert "0 failed (1 more failed in earlier runs: --retry-failed redoes them)" in again.stderr


def test_fingerprint_follows_what_changes_output(tmp_path, monkeypatch):
    base = resolve_backend("http://127.0.0.1:8000/v1", "m", "k")
    same = resolve_backend("http://127.0.0.1:8000/v1/", "m", "k")
    assert config_fingerprint(base) == config_fingerprint(same), "a trailing slash is the same server"
    assert config_fingerprint(base) != config_fingerprint(
        resolve_backend(base.base_url, "m", "k", validation_attempts=3)
    )
    embedded = config_fingerprint(resolve_backend(model="x"))
    gguf = tmp_path / "other.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 64)
    monkeypatch.setenv("SUMMARIZER_MODEL_PATH", str(gguf))
    assert config_fingerprint(resolve_backend(model="x")) != embedded, "another GGUF is another model"
    import summarizer.batch as batch

    before = config_fingerprint(base)
    monkeypatch.setattr(batch, "__version__", "99.0")
    assert config_fingerprint(base) != before, "the package version changes output"
    monkeypatch.undo()
    monkeypatch.setattr(batch, "data_version", lambda: "changed lexicon")
    assert config_fingerprint(base) != before, "the language data changes output"


def test_soak_kill_and_resume_a_faulty_batch(tmp_path, article_text):
    """Kill -9 a batch against a faulty server at random moments, four times, then let it finish."""
    n = 24
    rng = random.Random(7)
    feed = write_feed(tmp_path / "in.jsonl", articles(article_text, n))
    out = tmp_path / "out.jsonl"
    expected = sorted(f"a{i:03d}" for i in range(n))

    seen: set[str] = set()
    lock = threading.Lock()

    def respond(body: dict, k: int) -> Step:
        # Faults fall on fixed request numbers; with eight articles in flight one article's retries can
        # fall in step with them and exhaust its tries (CI saw four malformed answers in a row). A request
        # seen before, or a re-ask after a bad answer, is answered right: every fault is still met, once.
        key = json.dumps(body["messages"], sort_keys=True)
        with lock:
            again = key in seen or any(m["role"] == "assistant" for m in body["messages"])
            seen.add(key)
        step = answer(body) if again else faulty(body, k)
        step.delay_s = max(step.delay_s, 0.05)
        return step

    with ScriptedServer(responder=respond) as server:
        cmd = batch_cmd(feed, out, server.base_url)
        for _ in range(4):
            proc = start_cli(cmd, "--concurrency", "3")
            until = time.monotonic() + rng.uniform(1.0, 3.0)
            while time.monotonic() < until and proc.poll() is None:
                now = ids_now(out)
                assert len(now) == len(set(now)), "an id twice"
                time.sleep(0.02)
            proc.kill()
            proc.wait(timeout=10)
            now = ids_now(out)
            assert len(now) == len(set(now)) and set(now) <= set(expected)
        final = run_cli(cmd, "--retry-failed", timeout=300)
    rows = read_jsonl(out)
    assert sorted(r["id"] for r in rows) == expected, "every id exactly once"
    assert all(r["status"] == "ok" for r in rows), final.stderr
    assert final.returncode == 0
