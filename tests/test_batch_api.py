"""OpenAI Batch API export/import: rounds of request files answered by the loopback server, with the
same summaries as live calls, and failed Batch API requests exported again."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from fake_model import answer
from scripted_server import ScriptedServer
from test_batch import articles, backend, read_jsonl

from summarizer.batch import summarize_many
from summarizer.batchapi import import_results
from summarizer.cli import main
from summarizer.errors import BatchFileError
from summarizer.transport import ResponseCache


def run_batch_api(requests: Path, results: Path, base_url: str, fail: set[int] = frozenset()) -> list[dict]:
    """Play the Batch API: POST each request line's body to the server, write an output file."""
    lines = [json.loads(line) for line in requests.read_text(encoding="utf-8").splitlines()]
    with results.open("w", encoding="utf-8") as handle:
        for n, line in enumerate(lines):
            assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
            if n in fail:
                row = {"custom_id": line["custom_id"], "response": None, "error": {"code": "server_error"}}
            else:
                response = {
                    "status_code": 200,
                    "request_id": f"r{n}",
                    "body": post(f"{base_url}/chat/completions", line["body"]),
                }
                row = {"id": f"batch_req_{n}", "custom_id": line["custom_id"], "response": response, "error": None}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return lines


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


def without_metadata(rows: list[dict]) -> list[dict]:
    return [{**r, "summary": {k: v for k, v in r["summary"].items() if k != "metadata"}} for r in rows]


def test_batch_api_rounds_give_the_live_summaries(tmp_path, article_text):
    items = articles(article_text, 3)
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        summarize_many(items, tmp_path / "live.jsonl", backend=backend(server), progress=False)
        live_calls = len(server.requests)
        out, imports, rounds = tmp_path / "out.jsonl", [], []
        for r in range(1, 6):
            requests, results = tmp_path / f"req{r}.jsonl", tmp_path / f"res{r}.jsonl"
            before = len(server.requests)
            report = summarize_many(
                items, out, backend=backend(server), progress=False, export_requests=requests, import_results=imports
            )
            assert len(server.requests) == before, "an export run makes no live call"
            rounds.append((report.exported, report.done))
            if report.exported == 0:
                break
            # The first round's Batch API run loses one request: it must be exported again.
            sent = run_batch_api(requests, results, server.base_url, fail={0} if r == 1 else set())
            assert all(line["body"]["model"] == "scripted" and "messages" in line["body"] for line in sent)
            imports = [results]
        # The articles differ only in trailing filler, so their translation requests are identical: sent once.
        assert len(server.requests) - live_calls == 4, "2 extractions, the failed one again, 1 translation"
    # round 1: 3 extractions; 2: the failed extraction again + the translation; 3: nothing left.
    assert rounds == [(3, 0), (2, 0), (0, 3)]
    assert without_metadata(read_jsonl(out)) == without_metadata(read_jsonl(tmp_path / "live.jsonl"))


def test_results_file_that_is_not_ours_is_refused(tmp_path):
    bad = tmp_path / "res.jsonl"
    bad.write_text('{"custom_id": "../../etc/x", "response": {"status_code": 200, "body": {}}}\n', encoding="utf-8")
    with pytest.raises(BatchFileError, match="not written by summarizer"):
        import_results(bad, ResponseCache(str(tmp_path / "cache")))
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(BatchFileError, match=":1: not a Batch API result line"):
        import_results(bad, ResponseCache(str(tmp_path / "cache")))
    inputs = tmp_path / "in.jsonl"
    inputs.write_text('{"id": "a", "text": "نص"}\n', encoding="utf-8")
    argv = ["batch", str(inputs), "--out", str(tmp_path / "o.jsonl"), "--import-results", str(bad)]
    assert main([*argv, "--base-url", "http://127.0.0.1:9/v1", "--model", "m"]) == 2
