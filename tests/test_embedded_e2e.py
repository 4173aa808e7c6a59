"""End to end: the embedded model (llama.cpp, pinned weights) on the source article. Slow: minutes."""

from __future__ import annotations

import pytest

from summarizer import IncidentSummary, summarize
from summarizer.schema.scripts import script_problem

pytestmark = pytest.mark.embedded


@pytest.fixture(scope="module")
def summary(article_text) -> IncidentSummary:
    return summarize(article_text)


def _walk(node, path=""):
    if isinstance(node, dict):
        if set(node) == {"ar", "en"}:
            yield path, node
        for k, v in node.items():
            yield from _walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}[{i}]")


def test_validates_and_round_trips(summary):
    again = IncidentSummary.model_validate_json(summary.model_dump_json())
    assert again == summary
    assert summary.source_language == "ar"
    assert summary.metadata.backend == "embedded" and summary.metadata.tokens_in > 500


def test_offsets_are_exact(summary, article_text):
    data = summary.model_dump()
    quotes = []

    def collect(node):
        if isinstance(node, dict):
            quotes.extend(node.get("evidence", []) if isinstance(node.get("evidence"), list) else [])
            for v in node.values():
                collect(v)
        elif isinstance(node, list):
            for v in node:
                collect(v)

    collect(data)
    assert quotes, "facts carry evidence"
    for ev in quotes:
        assert article_text[ev["start"] : ev["end"]] == ev["quote"]


def test_scripts_are_right(summary):
    pairs = list(_walk(summary.model_dump(mode="json")))
    assert len(pairs) >= 3
    for path, pair in pairs:
        assert script_problem(pair["ar"], "ar") is None, path
        assert script_problem(pair["en"], "en") is None, path


def test_no_death_toll_and_no_named_perpetrator(summary):
    # The article reports wounded only, and says the drones were unknown.
    assert summary.incident.casualties.killed.count is None
    assert not [a for a in summary.incident.actors if a.role.value == "perpetrator" and a.identified]


def test_the_embedded_server_answers_only_to_this_process(summary):
    """Any local user can reach 127.0.0.1: without the per-process key the server refuses."""
    import json
    import urllib.error
    import urllib.request

    from summarizer.transport import embedded

    url, key = embedded.endpoint()
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}).encode()

    def post(headers: dict) -> int:
        request = urllib.request.Request(
            f"{url}/chat/completions", body, {"content-type": "application/json", **headers}
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert post({}) == 401
    assert post({"authorization": "Bearer guessed"}) == 401
    assert post({"authorization": f"Bearer {key}"}) == 200
