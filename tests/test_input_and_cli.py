"""Bad input gets exit 2 and a one-line reason, before any model is loaded; schema stays in sync."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.inputs import check_article, html_to_text
from summarizer.schema import json_schema

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env_free = {"SUMMARIZER_BASE_URL": "", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env=env_free,
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("مقال".encode("cp1256") + b"\xff\xfe\xfa", "not valid UTF-8"),
        ("Взрыв прогремел в центре города, погибли люди.".encode(), "neither Arabic nor English"),
        (("انفجار " * 5000).encode(), "over the limit"),
    ],
)
def test_bad_input_exit_2(tmp_path, content, reason):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    proc = run_cli("summarize", str(path))
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode()
    assert reason in err and len(err.strip().splitlines()) == 1
    assert proc.stdout == b""


def test_missing_file_and_bad_date(tmp_path):
    assert run_cli("summarize", str(tmp_path / "nope.txt")).returncode == 2
    proc = run_cli("summarize", "-", "--published", "24/11/2026", stdin=b"x")
    assert proc.returncode == 2 and b"YYYY-MM-DD" in proc.stderr


def test_base_url_without_model_is_a_clear_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("استهدفت طائرات مسيرة موقعا عسكريا", encoding="utf-8")
    proc = run_cli("summarize", str(path), "--base-url", "http://127.0.0.1:9/v1")
    assert proc.returncode == 2 and b"model name" in proc.stderr


def test_html_is_reduced_to_text():
    markup = (
        "<html><head><title>t</title><script>var x='قصف';</script></head><body><nav>menu</nav>"
        "<article><h1>قصف على حمص</h1><p>استهدفت الصواريخ مطار التيفور &amp; قتلى.</p></article></body></html>"
    )
    text = html_to_text(markup)
    assert "var x" not in text and "menu" not in text
    assert "قصف على حمص" in text and "مطار التيفور & قتلى." in text
    with pytest.raises(InputError, match="HTML"):
        check_article(markup)


def test_a_word_or_two_is_no_article():
    for text in ("nothing", "  انفجار  ", "Breaking news"):
        with pytest.raises(InputError, match="too short to report an incident"):
            check_article(text)


def test_language_detection():
    assert check_article("Four drones struck a camp on Tuesday evening.") == "en"
    assert check_article("استهدفت أربع طائرات مسيرة معسكراً") == "ar"


def test_schema_file_in_sync():
    committed = json.loads((ROOT / "schemas" / "incident_summary.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "regenerate with: summarizer schema > schemas/incident_summary.schema.json"


def test_schema_command_prints_the_schema():
    proc = run_cli("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout.decode()) == json_schema()
