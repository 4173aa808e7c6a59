"""Web pages in: the article's text without the site around it (menus, tickers, "read also" headlines
with other incidents' death tolls), the publication date from the page's metadata, the basic parser as
fallback. The pages of tests/data/pages are real dev articles inside news-site markup
(benchmarks/html_pages.py builds them, benchmarks/html_extraction.py measures the extractors on them)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from fake_model import answer
from scripted_server import ScriptedServer

from summarizer import inputs
from summarizer.batch import read_inputs
from summarizer.errors import ConfigurationError
from summarizer.inputs import basic_html_to_text, read_html, read_input

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
MANIFEST = json.loads((PAGES / "pages.json").read_text(encoding="utf-8"))
# Site texts that must never reach the model: another story's headline or the site's own chrome.
NEVER = ("nav", "ticker", "read_also", "related", "most_read", "comments", "cookie", "footer", "newsletter")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def contains(text: str, item: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(flat(item)) + r"(?!\w)", flat(text)) is not None


def site_texts(record: dict) -> list[tuple[str, str]]:
    article = " ".join([record["title"], *record["paragraphs"]])
    return [
        (kind, item)
        for kind, items in record["boilerplate"].items()
        if kind in NEVER
        for item in items
        if not contains(article, item)  # a menu label that is also a word of the article
    ]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_a_news_page_gives_its_article_and_nothing_of_the_site(name):
    record = MANIFEST[name]
    page = read_html((PAGES / name).read_text(encoding="utf-8"))
    assert page.extractor == "trafilatura"
    for paragraph in record["paragraphs"]:
        assert flat(paragraph) in flat(page.text), paragraph[:60]
    leaked = [f"{kind}: {item}" for kind, item in site_texts(record) if contains(page.text, item)]
    assert not leaked, leaked
    # The title first, then a blank line: the layout in which the pipeline tells a title from the lead.
    assert page.text.startswith(record["title"] + "\n\n" + record["paragraphs"][0][:40])
    assert page.published == date.fromisoformat(record["published"])


def test_the_basic_parser_kept_what_the_extractor_leaves_out():
    """What the issue saw: the old parser's text starts with the menu and holds other stories' tolls."""
    markup = (PAGES / "alaraby-deir-ez-zor.html").read_text(encoding="utf-8")
    old, new = basic_html_to_text(markup), read_html(markup).text
    toll = MANIFEST["alaraby-deir-ez-zor.html"]["boilerplate"]["read_also"][1]
    assert toll in old and toll not in new
    assert not old.startswith(MANIFEST["alaraby-deir-ez-zor.html"]["title"])


def test_read_also_lines_are_left_out_in_both_languages_but_sentences_stay():
    body = "\n".join(
        [
            "Four drones struck a camp on Tuesday evening, killing two fighters, the observatory said.",
            "Read more: 12 killed in market bombing",
            "RELATED: Plane crashes in Guatemala",
            "Also Read Police discount IS involvement despite claims",
            "Related incidents were reported in the same province last month.",
            "اقرأ أيضاً: مقتل 22 مدنياً بغارة على سوق",
            "إقرأ أيضا",
            "وقال المرصد إن أربعة أشخاص قتلوا في الغارة.",
        ]
    )
    kept = inputs._without_links_elsewhere(body).splitlines()
    assert kept == [
        "Four drones struck a camp on Tuesday evening, killing two fighters, the observatory said.",
        "Related incidents were reported in the same province last month.",
        "وقال المرصد إن أربعة أشخاص قتلوا في الغارة.",
    ]


ARTICLE = "<p>" + "Four drones struck a training camp east of Deir ez-Zor on Tuesday evening. " * 6 + "</p>"


@pytest.mark.parametrize(
    ("head", "expected", "source"),
    [
        (
            '<meta property="article:published_time" content="2026-11-24T18:45:00+03:00">',
            "2026-11-24",
            "article:published_time",
        ),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "NewsArticle", "dateModified": "2026-12-01", "datePublished": "2026-11-23T22:10:00Z"}]}'
            "</script>",
            "2026-11-23",
            "json-ld datePublished",
        ),
        ('<meta itemprop="datePublished" content="2018/09/02">', "2018-09-02", "itemprop datePublished"),
        ('<meta name="publish-date" content="2018-05-22T08:14:00+03:00">', "2018-05-22", "publish-date"),
        ('<meta property="article:modified_time" content="2026-11-30">', None, None),  # never a modified date
        ('<script type="application/ld+json">{not json</script>', None, None),
    ],
)
def test_the_publication_date_comes_from_the_page_metadata(head, expected, source):
    page = read_html(f"<html><head>{head}</head><body><article><h1>Drones strike camp</h1>{ARTICLE}</article></body>")
    assert page.published == (date.fromisoformat(expected) if expected else None)
    if source:
        assert page.published_from == source


def test_the_basic_parser_takes_over_when_the_extractor_finds_nothing(monkeypatch):
    markup = (PAGES / "nyt-croydon.html").read_text(encoding="utf-8")
    monkeypatch.setattr(inputs, "_main_text", lambda _: ("", ""))
    page = read_html(markup)
    assert page.extractor == "basic" and page.text == inputs._without_links_elsewhere(basic_html_to_text(markup))
    assert page.published == date(2016, 11, 9), "the date still comes from the metadata"

    def broken(*args, **kwargs):
        raise RuntimeError("extractor bug")

    import trafilatura

    monkeypatch.undo()
    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    assert read_html(markup).extractor == "basic"


def test_a_broken_install_is_said_not_hidden_behind_the_fallback(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails, as without lxml_html_clean
    with pytest.raises(ConfigurationError, match="main-text extractor cannot be loaded"):
        read_html((PAGES / "nyt-croydon.html").read_text(encoding="utf-8"))


def test_a_small_page_keeps_its_title_and_sentence_and_not_the_menu():
    markup = (
        "<html><head><title>t</title><script>var x='قصف';</script></head><body><nav>menu</nav>"
        "<article><h1>قصف على حمص</h1><p>استهدفت الصواريخ مطار التيفور &amp; قتلى.</p></article></body></html>"
    )
    assert read_html(markup).text == "قصف على حمص\n\nاستهدفت الصواريخ مطار التيفور & قتلى."


def test_a_site_name_after_the_title_is_not_kept():
    text, page = read_input(str(PAGES / "bbc-arabic-mogadishu.html"))
    assert page is not None and "BBC" not in text.splitlines()[0]
    plain, none = read_input(str(ROOT / "evals" / "fixtures" / "mogadishu-car-bomb" / "article.txt"))
    assert none is None and plain.startswith(text.splitlines()[0])


def test_a_batch_reads_the_page_and_its_date(tmp_path):
    (tmp_path / "page.html").write_bytes((PAGES / "cnn-costa-rica.html").read_bytes())
    (item,) = list(read_inputs([str(tmp_path)]))
    assert item.published == date(2017, 12, 31) and item.published_source == "page_metadata"
    assert item.text.startswith("10 Americans among 12 dead in Costa Rica plane crash\n\n(CNN) A small plane")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        capture_output=True,
        timeout=180,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "SUMMARIZER_BASE_URL": ""},
    )


def test_summarize_takes_the_page_date_and_says_so_and_offsets_index_the_extracted_text():
    page = PAGES / "alaraby-deir-ez-zor.html"
    text = read_html(page.read_text(encoding="utf-8")).text
    with ScriptedServer(responder=lambda body, n: answer(body)) as server:
        remote = ("--base-url", server.base_url, "--model", "scripted")
        from_page = run_cli("summarize", str(page), *remote)
        given = run_cli("--quiet", "summarize", str(page), "--published", "2026-11-25", *remote)
    assert from_page.returncode == 0, from_page.stderr.decode()
    summary = json.loads(from_page.stdout)
    assert summary["metadata"]["published"] == "2026-11-24"
    assert summary["metadata"]["published_source"] == "page_metadata"
    assert summary["incident"]["when"]["date"] == "2026-11-24", "Tuesday evening, resolved with the page's date"
    notice = from_page.stderr.decode()
    assert "published 2026-11-24 (article:published_time)" in notice and "trafilatura" in notice
    quotes = [ev for place in summary["incident"]["where"] for ev in place["evidence"]]
    assert quotes and all(text[ev["start"] : ev["end"]] == ev["quote"] for ev in quotes)
    assert given.returncode == 0 and given.stderr == b"", "--quiet: no notice, no progress"
    metadata = json.loads(given.stdout)["metadata"]
    assert metadata["published"] == "2026-11-25" and metadata["published_source"] == "argument"
