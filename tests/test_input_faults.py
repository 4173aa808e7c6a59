"""Inputs the tool must refuse with one clear line before any model work, and inputs it must read
right (issue: nothing lost, nothing hung, nothing leaked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.batch import BatchItem, read_inputs, summarize_many
from summarizer.errors import BatchFileError
from summarizer.transport import resolve_backend
from summarizer.verify.gazetteer import lookup
from summarizer.verify.grounding import Article

ROOT = Path(__file__).resolve().parent.parent
NO_MODEL = {"SUMMARIZER_BASE_URL": "http://127.0.0.1:9/v1", "SUMMARIZER_MODEL": "must-not-be-called"}


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **(env or NO_MODEL)},
        timeout=120,
    )


def test_jsonl_line_that_is_not_an_object_is_one_failed_record_and_a_bom_is_accepted(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = ['{"id": "a", "text": "نص"}', "42", '["x"]', '{"id": "b", "text": "text"}']
    feed.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n")
    items = list(read_inputs([str(feed)]))
    assert [i.id for i in items] == ["a", "feed.jsonl:2", "feed.jsonl:3", "b"]
    assert items[0].error is None and items[3].error is None
    assert "a JSON object is needed, not int" in items[1].error and "not list" in items[2].error


@pytest.mark.parametrize(("out", "store"), [("results.sqlite", None), ("results.jsonl", "results.jsonl")])
def test_output_that_would_overwrite_the_store_is_refused(tmp_path, out, store):
    unreachable = resolve_backend("http://127.0.0.1:9/v1", "must-not-be-called")
    with pytest.raises(BatchFileError, match="same file"):
        summarize_many(
            [BatchItem("a", "x")], tmp_path / out, backend=unreachable, store_path=store and tmp_path / store
        )
    assert not (tmp_path / out).exists()
    proc = cli("batch", str(tmp_path), "--out", str(tmp_path / "results.sqlite"))
    assert proc.returncode == 2 and "are the same file" in proc.stderr and "Traceback" not in proc.stderr


def test_eval_case_ids_are_names_not_paths(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "gold.yaml").write_text("case: x\n", encoding="utf-8")
    escape = "../../../../../../" + str(tmp_path / "x").lstrip("/")
    proc = cli("eval", "--cases", escape, "--predictions", str(tmp_path))
    assert proc.returncode == 2 and "unknown case" in proc.stderr


def test_zero_width_space_inside_a_name_keeps_offsets_exact():
    text = "قصف على دير\u200bالزور مساء الثلاثاء"
    span = Article(text).locate("دير الزور")
    assert span is not None and text[span.start : span.end] == span.quote == "دير\u200bالزور"
    hit = lookup("دير\u200bالزور")
    assert hit is not None and hit.country_code == "SY"


def test_directory_pdf_and_non_gguf_model_are_one_clear_line(tmp_path):
    proc = cli("summarize", str(tmp_path))
    assert proc.returncode == 2 and "is a directory" in proc.stderr and len(proc.stderr.splitlines()) == 1
    pdf = tmp_path / "report.pdf.txt"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nA plain ASCII PDF about an attack.\n")
    proc = cli("summarize", str(pdf))
    assert proc.returncode == 2 and "is a PDF" in proc.stderr and len(proc.stderr.splitlines()) == 1
    article = tmp_path / "a.txt"
    article.write_text("Gunmen attacked a market in Kabul on Tuesday, killing 3 people.", encoding="utf-8")
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"not a model at all" * 10)
    proc = cli(
        "summarize", str(article), env={"SUMMARIZER_MODEL_PATH": str(fake), "SUMMARIZER_CACHE_DIR": str(tmp_path)}
    )
    assert proc.returncode == 2 and "is not a GGUF model file" in proc.stderr
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert json.dumps(proc.stdout) == '""'


def test_secret_echoed_by_a_server_is_not_stored_or_printed(tmp_path, article_text):
    from scripted_server import ScriptedServer, Step

    key = "sk-session-secret-0123456789"
    echo = {"error": {"message": f"Incorrect API key provided: {key}. Authorization: Bearer {key}"}}
    out = tmp_path / "out.jsonl"
    with ScriptedServer(default=Step(401, echo)) as server:
        summarize_many([BatchItem("a", article_text)], out, backend=resolve_backend(server.base_url, "m", key))
    stored = out.read_text(encoding="utf-8") + (tmp_path / "out.sqlite").read_bytes().decode("utf-8", "replace")
    assert "failed" in stored and "[redacted]" in stored and key not in stored


def test_store_output_and_cache_are_for_this_user_only(tmp_path, article_text):
    from fake_model import answer
    from scripted_server import ScriptedServer

    out = tmp_path / "new" / "out.jsonl"
    cache = tmp_path / "cache"
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        backend = resolve_backend(server.base_url, "m", "k", cache_dir=str(cache))
        report = summarize_many([BatchItem("a", article_text)], out, backend=backend, progress=False)
    assert report.done == 1
    cached = [p for p in cache.rglob("*") if p.is_file()]
    assert cached
    for path in (out, out.with_suffix(".sqlite"), *cached):
        assert path.stat().st_mode & 0o077 == 0, f"{path} is {oct(path.stat().st_mode)}"
    for folder in (out.parent, cache, *(p for p in cache.rglob("*") if p.is_dir())):
        assert folder.stat().st_mode & 0o077 == 0, f"{folder} is {oct(folder.stat().st_mode)}"


def test_bidi_controls_of_the_article_stay_out_of_output_texts():
    from summarizer.stages.run import Run

    run = Run(Article("قصف على \u202eدير الزور\u202c مساء الثلاثاء"), "ar", None)
    pair = run.bilingual("\u202eدير الزور\u202c", "Deir ez-Zor\u202e")
    assert pair is not None and pair.ar == "دير الزور" and pair.en == "Deir ez-Zor"


NEIGHBOURS = {  # our own sentences, one incident each, in languages that share a script with ar or en
    "Persian (fa)": "روز سه‌شنبه یک پهپاد به یک اردوگاه نظامی در استان دیر الزور حمله کرد و چند نفر زخمی شدند. "
    "منابع محلی گفتند که هویت عاملان این حمله هنوز مشخص نیست.",
    "Urdu (ur)": "منگل کے روز ایک ڈرون نے صوبہ دیر الزور میں ایک فوجی کیمپ پر حملہ کیا جس میں کئی افراد زخمی ہو گئے۔ "
    "مقامی ذرائع کا کہنا ہے کہ حملہ آوروں کی شناخت ابھی تک نہیں ہو سکی۔",
    "French (fr)": "Mardi soir, quatre drones ont frappé un camp d'entraînement des milices dans la province de "
    "Deir ez-Zor, selon un militant local. Les auteurs de l'attaque ne sont pas encore connus.",
    "German (de)": "Am Dienstagabend haben vier Drohnen ein Ausbildungslager der Milizen in der Provinz Deir ez-Zor "
    "angegriffen, wie ein örtlicher Aktivist sagte. Die Täter sind noch nicht bekannt.",
}


@pytest.mark.parametrize("language", NEIGHBOURS)
def test_a_neighbouring_language_in_the_same_script_is_refused_by_name(tmp_path, language):
    path = tmp_path / "a.txt"
    path.write_text(NEIGHBOURS[language], encoding="utf-8")
    proc = cli("summarize", str(path))
    assert proc.returncode == 2 and f"looks {language}" in proc.stderr, proc.stderr


def test_every_dev_article_and_a_headline_with_foreign_names_is_accepted():
    from summarizer.inputs import check_article

    for article in sorted((ROOT / "evals" / "fixtures").glob("*/article.txt")):
        expected = "en" if article.parent.name.startswith("en-") else "ar"
        assert check_article(article.read_text(encoding="utf-8")) == expected, article.parent.name
    assert check_article("Le Pen said the strikes near La Paz were condemned by the government.") == "en"


def test_a_text_file_with_tags_is_read_as_text_and_html_by_extension_or_option(tmp_path):
    from summarizer.inputs import read_article

    body = "<p>Four drones struck a camp in <article> Deir ez-Zor on Tuesday, an activist said.</p>"
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "a.html").write_text(body, encoding="utf-8")
    assert read_article(str(tmp_path / "a.txt")) == (body, False), "a .txt keeps its tags as text"
    html_text, is_html = read_article(str(tmp_path / "a.html"))
    assert is_html and "<" not in html_text and "Four drones struck" in html_text
    assert read_article(str(tmp_path / "a.txt"), "html")[1] is True
    items = list(read_inputs([str(tmp_path / "a.txt")]))
    assert items[0].text == body and items[0].allow_tags
