"""Feedback while a summary is made (stage progress on stderr; a batch's first line at once) and words
for people: drop reasons that say what is wrong, Markdown that labels the Arabic block in Arabic, a
top-level --help that lists every command and exit code."""

from __future__ import annotations

import argparse
import json
import logging
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_model import GOOD_EXTRACTION, answer
from scripted_server import ScriptedServer, Step, ok

from summarizer import progress
from summarizer.api import summarize
from summarizer.batch import BatchItem, summarize_many
from summarizer.cli import parser
from summarizer.output import to_markdown
from summarizer.schema import Bilingual, SourceKind
from summarizer.stages.run import Run
from summarizer.transport import resolve_backend
from summarizer.verify.grounding import Article
from summarizer.verify.spans import span_problems

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "evals" / "fixtures" / "deir-ez-zor-drone-strike" / "article.txt"
STAGES = ("extract", "ground", "translate", "compose")
ENV = {"PATH": "/usr/bin:/bin", "SUMMARIZER_BASE_URL": ""}


def faithful(body: dict, n: int) -> Step:
    return answer(body)


def backend(server: ScriptedServer, **overrides):
    return resolve_backend(server.base_url, "scripted", "test-key", **({"backoff_base_s": 0.01} | overrides))


def cli(server: ScriptedServer, *args: str) -> list[str]:
    return [sys.executable, "-m", "summarizer", *args, "--base-url", server.base_url, "--model", "scripted"]


# --- progress -------------------------------------------------------------------------------------------


def test_verbose_prints_each_stage_with_its_time_and_a_pipe_gets_nothing_by_default():
    with ScriptedServer(responder=faithful) as server:
        verbose = subprocess.run(
            cli(server, "--verbose", "summarize", str(ARTICLE)), capture_output=True, timeout=180, cwd=ROOT, env=ENV
        )
        plain = subprocess.run(cli(server, "summarize", str(ARTICLE)), capture_output=True, timeout=180, env=ENV)
    assert verbose.returncode == 0, verbose.stderr.decode()
    json.loads(verbose.stdout)  # stdout stays the JSON alone
    lines = verbose.stderr.decode().splitlines()
    done = [line for line in lines if " done in " in line]
    assert [line.split()[1] for line in done] == list(STAGES), lines
    assert all(line.startswith("summarizer: ") and line.endswith(" s") for line in done)
    assert lines.index("summarizer: extract ...") < lines.index(done[0])
    assert plain.returncode == 0 and plain.stderr == b"", "not a terminal, no --verbose: no progress"


def test_a_terminal_shows_the_running_stage_with_its_seconds():
    def slow(body: dict, n: int) -> Step:
        step = answer(body)
        step.delay_s = 1.5  # long enough for the live line to be redrawn
        return step

    with ScriptedServer(responder=slow) as server:
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            cli(server, "summarize", str(ARTICLE)), stdout=subprocess.PIPE, stderr=slave, cwd=ROOT, env=ENV
        )
        os.close(slave)
        seen = b""
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed its end
                    break
                if not chunk:
                    break
                seen += chunk
            elif proc.poll() is not None:
                break
        out = proc.stdout.read()
        proc.wait(timeout=30)
        os.close(master)
    assert proc.returncode == 0
    json.loads(out)
    shown = seen.decode()
    # One line, cleared and redrawn every second while a stage runs; each finished stage stays on its own.
    assert "\r\x1b[Kextract ... 0 s" in shown and "\r\x1b[Kextract ... 1 s" in shown, shown
    for name in STAGES:
        assert f"\r\x1b[K{name} done in " in shown, shown


def test_quiet_prints_no_progress_even_with_verbose(tmp_path):
    with ScriptedServer(responder=faithful) as server:
        quiet = subprocess.run(
            cli(server, "--verbose", "--quiet", "summarize", str(ARTICLE)), capture_output=True, timeout=180, env=ENV
        )
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_loading_the_embedded_model_is_a_stage(monkeypatch):
    import summarizer.transport.embedded as embedded
    import summarizer.transport.weights as weights
    from summarizer import api

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    monkeypatch.setattr(embedded, "running", lambda: False)
    monkeypatch.setattr(weights, "embedded_model_path", lambda: Path("model.gguf"))
    monkeypatch.setattr(api, "transport_for", lambda backend: "transport")
    handler = progress.show(Keep())
    try:
        assert api.open_transport(resolve_backend()) == "transport"
    finally:
        progress.hide(handler)
    assert [(r.stage, r.event) for r in records] == [("load", "start"), ("load", "done")]
    assert records[0].getMessage() == "loading the model ..."


def test_a_batch_shows_its_first_line_before_the_first_article_finishes(tmp_path, monkeypatch, article_text):
    class Clock:
        """stderr that notes when it was first written to."""

        def __init__(self) -> None:
            self.first: float | None = None
            self.text = ""

        def write(self, text: str) -> int:
            self.first = self.first or time.monotonic()
            self.text += text
            return len(text)

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return False

    clock = Clock()
    monkeypatch.setattr(sys, "stderr", clock)
    with ScriptedServer(responder=faithful) as server:
        items = [BatchItem("a", article_text), BatchItem("b", article_text + "\n")]
        report = summarize_many(items, tmp_path / "out.jsonl", backend=backend(server))
        first_request = server.requests[0]["time"]
    assert report.done == 2
    assert clock.first is not None and clock.first < first_request, "the first line comes before any model call"
    assert clock.text.splitlines()[0] == "summarizer: 2 article(s) to summarise, 8 at a time on scripted"


# --- drop reasons ---------------------------------------------------------------------------------------


def test_a_drop_reason_says_what_is_wrong_and_the_reask_says_what_to_do(article_text):
    fabricated = GOOD_EXTRACTION | {"perpetrator": "سلاح الجو الإسرائيلي", "killed": "أربع طائرات مُسيرة"}
    with ScriptedServer([ok(fabricated), ok(fabricated)], responder=faithful) as server:
        s = summarize(article_text, backend=backend(server))
        reask = json.dumps(server.requests[1]["body"]["messages"], ensure_ascii=False)
    assert "copy the words exactly as written" in reask and "use null if none" in reask
    reasons = {d.field: d.reason for d in s.verification.dropped}
    assert reasons["perpetrator"] == "the quoted words are not in the article"
    # A dropped span that a rule states after all is a note that carries the same reason.
    said = [f"{d.field}: {d.reason}" for d in s.verification.dropped] + s.verification.notes
    assert any(line.startswith("killed: the quoted words do not speak of people killed") for line in said), said
    for d in s.verification.dropped:
        assert not any(word in d.reason for word in ("copy the words", "use null", "errors.pydantic.dev")), d


def test_span_problems_word_the_same_problem_for_the_model_and_for_people(article_text):
    spans = [("perpetrator", "not in this article at all"), ("injured", "أربع طائرات مُسيرة")]
    article = Article(article_text)
    for_model = [reason for _, _, reason in span_problems(spans, article)]
    for_people = [reason for _, _, reason in span_problems(spans, article, for_model=False)]
    assert for_model == [
        "this text is not in the article; copy the words exactly as written",
        "this text does not speak of people injured; use null if none",
    ]
    assert for_people == ["the quoted words are not in the article", "the quoted words do not speak of people injured"]


def test_a_rendering_in_the_wrong_script_is_dropped_with_its_message_not_pydantics_link(article_text):
    run = Run.start(article_text, "ar", None)
    assert run.bilingual("طائرات مُسيرة مجهولة", "طائرات") is None
    (dropped,) = run.dropped
    assert dropped.reason.endswith("English field holds Arabic-script text"), dropped.reason
    assert "pydantic" not in dropped.reason and not dropped.reason.startswith("Value error")


# --- Markdown -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def summary():
    text = ARTICLE.read_text(encoding="utf-8")
    with ScriptedServer(responder=faithful) as server:
        s = summarize(text, "2026-11-24", backend=backend(server))
    second = s.sources[0].model_copy(
        update={
            "name": Bilingual(ar="المرصد السوري لحقوق الإنسان", en="the Syrian Observatory for Human Rights"),
            "kind": SourceKind.organisation,
            "claim": None,
        }
    )
    return s.model_copy(update={"sources": [*s.sources, second]})


def blocks(markdown: str) -> tuple[str, str]:
    arabic, rest = markdown.split("</div>", 1)
    return arabic, rest


def test_markdown_labels_roles_in_each_language(summary):
    arabic, english = blocks(to_markdown(summary))
    assert "(perpetrator)" not in arabic and "(target)" not in arabic
    assert "- **المنفذ:** طائرات مُسيرة مجهولة" in arabic
    assert "- **المستهدف:** " in arabic
    assert "- **Perpetrator:** unknown drones" in english and "- **Target:** " in english


def test_markdown_gives_a_count_only_where_the_text_does_not_say_it(summary):
    arabic, english = blocks(to_markdown(summary))
    assert "- **Means:** 4 drones\n" in english and "(4)" not in english
    assert "(4)" not in arabic, "أربع طائرات says four already"
    means = summary.incident.means[0].model_copy(update={"name": Bilingual(ar="طائرات مسيرة", en="drones")})
    bare = summary.model_copy(update={"incident": summary.incident.model_copy(update={"means": [means]})})
    assert "- **Means:** drones (4)" in to_markdown(bare)


def test_markdown_has_one_sources_heading_with_a_list(summary):
    markdown = to_markdown(summary)
    arabic, english = blocks(markdown)
    assert arabic.count("**المصادر:**") == 1 and english.count("**Sources:**") == 1
    assert "- **Sources:**\n  - Amjad Al-Sari\n  - the Syrian Observatory for Human Rights\n" in english
    assert "  - المرصد السوري لحقوق الإنسان" in arabic
    assert "published 2026-11-24 (given)" in markdown


# --- --help ---------------------------------------------------------------------------------------------


def test_top_level_help_lists_every_command_and_every_exit_code():
    (commands,) = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    shown = subprocess.run(
        [sys.executable, "-m", "summarizer", "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert shown.returncode == 0
    listed = {line.split()[0] for line in shown.stdout.splitlines() if line.startswith("    ") and line.split()}
    assert set(commands.choices) <= listed, (set(commands.choices) - listed, shown.stdout)
    for code in ("0", "1", "2", "3"):
        assert any(line.strip().startswith(f"{code}  ") for line in shown.stdout.splitlines()), code
    assert "eval: a score below evals/baseline.json" in shown.stdout
    assert "--quiet" in shown.stdout
