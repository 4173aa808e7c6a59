"""The evidence page and the batch view, checked in a real headless browser.

The summaries are real: the pipeline runs on the source article against the loopback scripted model
server, as in test_scripted_transport.py. The browser is Debian's chromium driven through Debian's
chromedriver by Selenium (the driver path is given, so Selenium Manager never runs or downloads
anything). Without chromium and chromedriver the browser tests skip, saying what to install.

Screenshots go to the test's temporary folder, or to $EVIDENCE_PAGE_ARTIFACTS when set; their paths
are printed (``pytest tests/test_evidence_page.py -rP`` shows them).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from fake_model import GOOD_EXTRACTION, answer, schema_name
from markupsafe import escape
from scripted_server import ScriptedServer, Step, ok

from summarizer import summarize
from summarizer.evidence_page import (
    FactRow,
    Record,
    Span,
    attach_articles,
    batch_page,
    bidi_runs,
    build_view,
    evidence_page,
    read_results,
    segments,
)
from summarizer.schema import Dropped, IncidentSummary
from summarizer.transport import resolve_backend

CHROMIUM = os.environ.get("SUMMARIZER_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = os.environ.get("SUMMARIZER_TEST_CHROMEDRIVER") or shutil.which("chromedriver")
ARABIC = re.compile("[\u0600-\u06ff]")
NO_BROWSER = (
    "no headless browser: these tests need Debian's chromium and chromium-driver "
    "(apt-get install chromium chromium-driver; .ci/run installs them)"
)

# Sources as in test_claims_stay_with_the_source_that_made_them: the outlet's claim is not in its
# words, so it is dropped with a reason that names an Arabic outlet inside English text.
SOURCES = [
    {"name": "أمجد الساري", "kind": "person", "claim": None},
    {"name": "الساري", "kind": "person", "claim": "معسكر التدريب المستهدف يتم فيه إجراء تدريبات عسكرية"},
    {"name": "العربي الجديد", "kind": "outlet", "claim": "تُسيطر المليشيات الإيرانية على مدينتي الميادين"},
]


def responder(body: dict, n: int) -> Step:
    if schema_name(body).startswith("Rendering"):
        return answer(body)
    return ok(GOOD_EXTRACTION | {"sources": SOURCES})


SUMMARIZER = [sys.executable, "-m", "summarizer"]


def scripted(server: ScriptedServer) -> list[str]:
    """The command line's options for the loopback model."""
    return ["--base-url", server.base_url, "--model", "scripted", "--api-key", "k"]


def backend(server: ScriptedServer):
    return resolve_backend(server.base_url, "scripted", "test-key", backoff_base_s=0.01, timeout_s=5.0)


@pytest.fixture(scope="module")
def summary(article_text: str) -> IncidentSummary:
    with ScriptedServer(responder=responder) as server:
        return summarize(article_text, "2026-11-24", backend=backend(server))


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("EVIDENCE_PAGE_ARTIFACTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("evidence-page")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(NO_BROWSER)
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is missing: pip install -e '.[test]'")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--force-device-scale-factor=1",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver, path: Path, html: str) -> list[dict]:
    """Load the page from a file, as a person would open it; returns the console's messages."""
    path.write_text(html, encoding="utf-8")
    driver.get(path.resolve().as_uri())
    return driver.get_log("browser")


def errors(log: list[dict]) -> list[dict]:
    return [entry for entry in log if entry["level"] == "SEVERE"]


def screenshot(driver, artifacts: Path, name: str) -> Path:
    path = artifacts / name
    assert driver.save_screenshot(str(path)), path
    print(f"screenshot: {path}")
    return path


def evidence_quotes(node) -> list[str]:
    if isinstance(node, dict):
        found = [e["quote"] for e in node.get("evidence", [])]
        return found + [q for key, value in node.items() if key != "evidence" for q in evidence_quotes(value)]
    if isinstance(node, list):
        return [q for item in node for q in evidence_quotes(item)]
    return []


# Reads the highlights from the DOM: each span id -> the text of its marks, in document order, and
# the quote its fact lists for it.
READ_HIGHLIGHTS = """
const root = arguments[0];
const marks = {}, quotes = {};
root.querySelectorAll('mark.ev').forEach(m => m.dataset.ev.split(' ').forEach(id => {
  marks[id] = (marks[id] || '') + m.textContent;
}));
root.querySelectorAll('.quote').forEach(q => { quotes[q.dataset.ev] = q.querySelector('.quote-text').textContent; });
return {marks, quotes};
"""


# --- without a browser ---------------------------------------------------------------------------


def test_segments_cut_at_every_boundary_and_overlaps_share_pieces() -> None:
    article = "ab\u064fcdef"  # a combining mark (damma) inside: offsets count code points
    a = FactRow("f0", "event", None, "x", "y", (), (Span("f0e0", article[1:4], 1, 4, True),))
    b = FactRow("f1", "means", None, "x", "y", (), (Span("f1e0", article[3:7], 3, 7, True),))
    pieces = segments(article, [a, b])
    assert "".join(p.text for p in pieces) == article
    assert [(p.text, p.spans) for p in pieces] == [
        ("a", ()),
        ("b\u064f", ("f0e0",)),
        ("c", ("f0e0", "f1e0")),
        ("def", ("f1e0",)),
    ]
    for span in (a.spans[0], b.spans[0]):
        assert "".join(p.text for p in pieces if span.id in p.spans) == span.quote


def test_bidi_runs_isolate_arabic_inside_english() -> None:
    reason = "the article does not attribute it to العربي الجديد (an outlet)."
    assert bidi_runs(reason) == [
        ("the article does not attribute it to ", False),
        ("العربي الجديد", True),
        (" (an outlet).", False),
    ]
    assert bidi_runs("مُسيرةً") == [("مُسيرةً", True)], "diacritics stay with their letters"
    assert bidi_runs("plain") == [("plain", False)]
    # An English list of Arabic names keeps its English order: each name is its own run.
    assert bidi_runs("rules: أمجد الساري, العربي الجديد") == [
        ("rules: ", False),
        ("أمجد الساري", True),
        (", ", False),
        ("العربي الجديد", True),
    ]


def test_page_is_self_contained_and_escapes_the_article(summary: IncidentSummary, article_text: str) -> None:
    hostile = article_text + '\n<script>alert(1)</script><img src=x onerror="alert(2)"> & {{ 7 * 7 }}'
    html = evidence_page(summary, hostile)
    assert not re.search(r"<[^>]*\s(src|href|action)\s*=", html), "nothing is loaded or linked"
    assert "url(" not in html and "@import" not in html and "http://" not in html and "https://" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in unescape(html)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7 * 7 }}" in html, "template syntax in the article is text"
    assert html.count("<script>") == 1


def test_without_the_article_the_facts_list_their_quotes(summary: IncidentSummary) -> None:
    view = build_view(summary, None)
    assert view.segments is None and "not given" in (view.notice or "")
    html = evidence_page(summary, None)
    assert 'class="article"' not in html
    assert str(escape(summary.incident.evidence[0].quote)) in html  # as the page writes it (quote marks escaped)
    # A different text for the article: its spans are not placed, and the page says so.
    other = build_view(summary, "x" * 2000)
    assert other.segments is not None and "not at their offsets" in (other.notice or "")


def test_attach_articles_by_id_and_says_what_does_not_fit(summary: IncidentSummary, article_text: str) -> None:
    records = [Record("a", "ok", None, summary), Record("b", "ok", None, summary), Record("c", "failed", "x")]
    warnings = attach_articles(records, {"a": article_text, "b": article_text[::-1]})
    assert records[0].article == article_text and records[2].article is None
    assert len(warnings) == 1 and "does not hold all of their evidence" in warnings[0] and ": b" in warnings[0]
    warnings = attach_articles(records, {"a": article_text, "z": article_text})
    assert warnings == ["no article text in the inputs for 1 of 3 results: b"]


# --- in the browser ------------------------------------------------------------------------------


def test_evidence_page_in_browser(
    browser, summary: IncidentSummary, article_text: str, tmp_path: Path, artifacts: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    html = evidence_page(summary, article_text)
    log = open_page(browser, artifacts / "evidence-page.html", html)
    assert not errors(log), log

    article = browser.find_element(By.CSS_SELECTOR, ".article")
    assert browser.execute_script("return arguments[0].textContent", article) == article_text
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", article) == "rtl"
    for selector in (".heads .ar", ".fact .pair .ar"):
        element = browser.find_element(By.CSS_SELECTOR, selector)
        assert browser.execute_script("return getComputedStyle(arguments[0]).direction", element) == "rtl"

    # Every highlight reads exactly its evidence quote, and every quote of the summary is highlighted.
    found = browser.execute_script(READ_HIGHLIGHTS, browser.find_element(By.CSS_SELECTOR, ".ev-view"))
    assert found["quotes"] and found["marks"].keys() == found["quotes"].keys()
    for span_id, quote in found["quotes"].items():
        assert found["marks"][span_id] == quote, span_id
    assert sorted(found["quotes"].values()) == sorted(evidence_quotes(summary.model_dump(mode="json")))

    # Clicking a fact marks its spans (the means overlap the event and the classification) and
    # scrolls them into view; clicking another moves the marking.
    means = next(f for f in browser.find_elements(By.CSS_SELECTOR, ".fact") if "Means" in f.text)
    source = next(f for f in browser.find_elements(By.CSS_SELECTOR, ".fact") if "Sources" in f.text)
    source.click()
    browser.execute_script("document.querySelector('.article-pane').scrollTop = 0")
    means.click()
    active = browser.find_elements(By.CSS_SELECTOR, "mark.ev.active")
    assert "".join(m.text for m in active) == summary.incident.means[0].evidence[0].quote
    assert means.get_attribute("aria-pressed") == "true" and source.get_attribute("aria-pressed") == "false"
    source.click()
    active = browser.find_elements(By.CSS_SELECTOR, "mark.ev.active")
    spans = sorted(summary.sources[0].evidence, key=lambda e: e.start)  # the name, and the claim it made
    assert "".join(m.text for m in active) == "".join(e.quote for e in spans)
    assert browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(), p = document.querySelector('.article-pane')"
        ".getBoundingClientRect(); return r.top >= p.top && r.bottom <= p.bottom",
        active[0],
    ), "the first marked span is scrolled into the article pane's view"

    # Hovering a span (one the event and the means share) highlights and names the facts it supports.
    mark = browser.find_element(By.CSS_SELECTOR, "mark.ev.d2")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(browser).move_to_element(mark).perform()
    linked = [f.get_attribute("id") for f in browser.find_elements(By.CSS_SELECTOR, ".fact.linked")]
    assert linked == mark.get_attribute("data-facts").split() and len(linked) >= 2
    info = browser.find_element(By.CSS_SELECTOR, ".hover-info")
    assert info.is_displayed() and "Event:" in info.text and "Means:" in info.text

    # The dropped facts, each with its reason; Arabic inside an English reason is isolated.
    rows = browser.find_elements(By.CSS_SELECTOR, ".dropped tbody tr")
    assert len(rows) == len(summary.verification.dropped)
    for row, dropped in zip(rows, summary.verification.dropped, strict=True):
        assert dropped.field in row.text
        if ARABIC.search(dropped.reason):
            assert row.find_elements(By.CSS_SELECTOR, "td:last-child bdi[dir='rtl']"), dropped.reason

    means.click()
    browser.execute_script("window.scrollTo(0, 0)")
    screenshot(browser, artifacts, "evidence-page.png")
    browser.execute_script("document.querySelector('.dropped').scrollIntoView({block: 'center'})")
    screenshot(browser, artifacts, "evidence-page-lower.png")
    assert not errors(browser.get_log("browser"))


def test_untrusted_article_markup_stays_text_in_browser(
    browser, summary: IncidentSummary, article_text: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    hostile = article_text + '\r\n<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    # A dropped fact whose value and reason carry markup too, and an Arabic name in English text.
    dropped = Dropped(field="sources.claim", value="<b>x</b>", reason="not said by العربي الجديد, <i>see</i>")
    verification = summary.verification.model_copy(update={"dropped": [dropped]})
    page = evidence_page(summary.model_copy(update={"verification": verification}), hostile)
    log = open_page(browser, tmp_path / "hostile.html", page)
    assert not errors(log), log
    assert browser.execute_script("return window.pwned") is None
    article = browser.find_element(By.CSS_SELECTOR, ".article")
    assert browser.execute_script("return arguments[0].textContent", article) == hostile, "CR LF kept as written"
    row = browser.find_element(By.CSS_SELECTOR, ".dropped tbody tr")
    assert not row.find_elements(By.CSS_SELECTOR, "b, i") and "<b>x</b>" in row.text
    isolated = row.find_elements(By.CSS_SELECTOR, "bdi[dir='rtl']")
    assert [b.text for b in isolated] == ["العربي الجديد"]


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory, article_text: str) -> tuple[Path, Path]:
    """A real ``summarizer batch`` run: two articles and one unreadable line. The loopback model knows
    one article, so the second is the same text with a line added, and after the run its result is
    recoded as another event in another country, so that the filters have something to tell apart."""
    folder = tmp_path_factory.mktemp("batch")
    feed = folder / "feed.jsonl"
    rows = [
        {"id": "deir-ez-zor", "text": article_text},
        {"id": "deir-ez-zor-update", "text": article_text + "\nتحديث: لا معلومات جديدة."},
    ]
    feed.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + '{"id": "broken"}\n', encoding="utf-8"
    )
    out = folder / "results.jsonl"
    with ScriptedServer(responder=responder) as server:
        run = subprocess.run(
            [*SUMMARIZER, "batch", str(feed), "--out", str(out), *scripted(server), "--concurrency", "2"],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert run.returncode == 1, run.stderr  # one failed line
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in lines] == ["ok", "ok", "failed"], run.stderr
    update = lines[1]["summary"]
    update["incident"]["classification"]["acled_event_type"] = "Battles"
    update["incident"]["classification"]["acled_sub_event_type"] = "Armed clash"
    for place in update["incident"]["where"]:
        place["country"], place["country_code"] = {"ar": "العراق", "en": "Iraq"}, "IQ"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    return out, feed


def view(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*SUMMARIZER, "view", *args], capture_output=True, text=True, timeout=120)


def test_view_command_reads_results_and_inputs(batch_run: tuple[Path, Path], tmp_path: Path) -> None:
    results, feed = batch_run
    records = read_results(results)
    assert [(r.id, r.status) for r in records] == [
        ("deir-ez-zor", "ok"),
        ("deir-ez-zor-update", "ok"),
        ("feed.jsonl:3", "failed"),
    ]
    bare = view(str(results), "-o", str(tmp_path / "bare.html"))
    assert bare.returncode == 0 and "no --inputs" in bare.stderr
    assert 'class="article"' not in (tmp_path / "bare.html").read_text(encoding="utf-8")
    full = view(str(results), "--inputs", str(feed), "-o", str(tmp_path / "full.html"))
    assert full.returncode == 0 and full.stderr == "", full.stderr
    assert (tmp_path / "full.html").read_text(encoding="utf-8").count('class="article"') == 2
    refused = view(str(results), "--inputs", str(feed), "-o", str(feed))
    assert refused.returncode == 2 and "overwrite" in refused.stderr
    missing = view(str(tmp_path / "nothing.jsonl"))
    assert missing.returncode == 2 and "no such input" in missing.stderr


def test_batch_view_filters_in_browser(browser, batch_run: tuple[Path, Path], tmp_path: Path, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    results, feed = batch_run
    page = artifacts / "batch-view.html"
    made = view(str(results), "--inputs", str(feed), "-o", str(page))
    assert made.returncode == 0, made.stderr
    browser.get(page.resolve().as_uri())
    assert not errors(browser.get_log("browser"))

    def visible() -> list[str]:
        return [i.get_attribute("id") for i in browser.find_elements(By.CSS_SELECTOR, ".item") if i.is_displayed()]

    def choose(name: str, value: str) -> None:
        Select(browser.find_element(By.CSS_SELECTOR, f"select[data-filter='{name}']")).select_by_value(value)

    shown = browser.find_element(By.CSS_SELECTOR, ".filters .shown")
    assert visible() == ["item-0", "item-1", "item-2"] and shown.text == "3 of 3 shown"
    choose("status", "failed")
    assert visible() == ["item-2"] and shown.text == "1 of 3 shown"
    choose("status", "ok")
    assert visible() == ["item-0", "item-1"]
    choose("event", "Battles")
    assert visible() == ["item-1"]
    choose("event", "")
    choose("country", "Syria")
    assert visible() == ["item-0"]
    choose("status", "failed")
    assert visible() == [] and shown.text == "0 of 3 shown"
    choose("status", "")
    choose("country", "")
    assert len(visible()) == 3

    # Each article expands to its own evidence view; a fact marks spans in its article only.
    first = browser.find_element(By.ID, "item-0")
    first.find_element(By.TAG_NAME, "summary").click()
    article = first.find_element(By.CSS_SELECTOR, ".article")
    assert article.is_displayed()
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", article) == "rtl"
    fact = next(f for f in first.find_elements(By.CSS_SELECTOR, ".fact") if "Means" in f.text)
    fact.click()
    assert first.find_elements(By.CSS_SELECTOR, "mark.ev.active")
    assert not browser.find_elements(By.CSS_SELECTOR, "#item-1 mark.ev.active")
    found = browser.execute_script(READ_HIGHLIGHTS, first)
    assert all(found["marks"][k] == v for k, v in found["quotes"].items())
    browser.execute_script("window.scrollTo(0, 0)")
    screenshot(browser, artifacts, "batch-view.png")
    assert not errors(browser.get_log("browser"))


def test_batch_page_keeps_articles_apart(summary: IncidentSummary, article_text: str) -> None:
    records = [
        Record("a", "ok", None, summary, article_text),
        Record("b", "ok", None, summary, None),
        Record("c", "failed", "the model keeps failing"),
    ]
    html = batch_page(records, inputs_given=True)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "ids are unique across articles"
    assert 'id="a0-f0"' in html and 'id="a1-f0"' in html and "the model keeps failing" in html


def test_summarize_format_html(tmp_path: Path, article_text: str, summary: IncidentSummary) -> None:
    path = tmp_path / "article.txt"
    path.write_text(article_text, encoding="utf-8")
    out = tmp_path / "out.html"
    with ScriptedServer(responder=responder) as server:
        run = subprocess.run(
            [*SUMMARIZER, "summarize", str(path), "--format", "html", "-o", str(out), *scripted(server)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<div class="article" dir="rtl" lang="ar">' in html
    # A summary JSON, as summarize writes it, is viewed as the same single page.
    saved = tmp_path / "out.json"
    saved.write_text(summary.model_dump_json(), encoding="utf-8")
    single = view(str(saved), "--inputs", str(path), "-o", str(tmp_path / "single.html"))
    assert single.returncode == 0, single.stderr
    page = (tmp_path / "single.html").read_text(encoding="utf-8")
    assert page.count('class="article"') == 1 and '<main class="single">' in page
