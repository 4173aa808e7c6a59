"""Main-text extraction from saved news pages: the old tag-skipping parser against trafilatura (and its
precision/recall settings), readability-lxml and jusText, on ``tests/data/pages/`` (real dev articles
inside news-site markup; ``benchmarks/html_pages.py`` builds them).

Per page and extractor: the share of the article's sentences (title included) found whole in the
extracted text, the share of boilerplate texts found (menu labels, ticker and "read also" headlines,
most-read lists, captions, comments, cookie banner, footer; a text that also occurs in the article is
not counted), whether the first line is the article's title or lead, and the publication date found.
readability-lxml and jusText are optional (``pip install readability-lxml justext``).

    python benchmarks/html_extraction.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import inputs

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def norm(text: str) -> str:
    text = re.sub(r"[\u200b-\u200f\u2066-\u2069]", "", text)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def sentences(record: dict) -> list[str]:
    out = [record["title"]]
    for p in record["paragraphs"]:
        out += [s for s in re.split(r"(?<=[.!?؟])(?<!Mr\.)(?<!Mrs\.)(?<!Dr\.)\s+", p) if len(s.split()) >= 3]
    return [norm(s) for s in out]


def found(item: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(norm(item)) + r"(?!\w)", text) is not None


def boilerplate(record: dict) -> list[tuple[str, str]]:
    article = norm(" ".join([record["title"], *record["paragraphs"]]))
    return [
        (kind, item)
        for kind, items in record["boilerplate"].items()
        for item in items
        if not found(item, article)  # "سورية" is a menu label and a word of the article
    ]


# --- extractors: markup -> (text, published date or None) ---------------------------------------------


def old_parser(markup: str) -> tuple[str, str | None]:
    return inputs.basic_html_to_text(markup), None


def trafilatura_with(**options) -> Callable[[str], tuple[str, str | None]]:
    def run(markup: str) -> tuple[str, str | None]:
        import trafilatura

        doc = trafilatura.bare_extraction(
            markup, include_comments=False, include_tables=False, with_metadata=True, **options
        )
        if doc is None:
            return "", None
        title = doc.title or ""
        text = doc.text or ""
        return (f"{title}\n\n{text}" if title else text), doc.date

    return run


def readability(markup: str) -> tuple[str, str | None]:
    from readability import Document

    doc = Document(markup)
    return f"{doc.short_title()}\n\n{inputs.basic_html_to_text(doc.summary())}", None


def justext_(markup: str, language: str) -> tuple[str, str | None]:
    import justext

    stoplist = justext.get_stoplist("Arabic" if language == "ar" else "English")
    paragraphs = justext.justext(markup.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), None


def chosen(markup: str) -> tuple[str, str | None]:
    page = inputs.read_html(markup)
    return page.text, (str(page.published) if page.published else None)


def extractors() -> dict[str, Callable[[str, str], tuple[str, str | None]]]:
    out = {
        "old parser": lambda m, _: old_parser(m),
        "trafilatura": lambda m, _: trafilatura_with()(m),
        "trafilatura precision": lambda m, _: trafilatura_with(favor_precision=True)(m),
        "trafilatura recall": lambda m, _: trafilatura_with(favor_recall=True)(m),
    }
    if importlib.util.find_spec("readability"):
        out["readability-lxml"] = lambda m, _: readability(m)
    if importlib.util.find_spec("justext"):
        out["jusText"] = justext_
    out["summarizer (chosen)"] = lambda m, _: chosen(m)
    return out


def first_line_ok(text: str, record: dict) -> bool:
    first = norm(next((line for line in text.splitlines() if line.strip()), ""))
    return bool(first) and (first == norm(record["title"]) or norm(record["paragraphs"][0]).startswith(first))


def main() -> None:
    manifest = json.loads((PAGES / "pages.json").read_text(encoding="utf-8"))
    rows, totals = [], {}
    for name, record in manifest.items():
        markup = (PAGES / name).read_text(encoding="utf-8")
        wanted, junk = sentences(record), boilerplate(record)
        for label, extract in extractors().items():
            t0 = time.perf_counter()
            text, published = extract(markup, record["language"])
            ms = (time.perf_counter() - t0) * 1000
            flat = norm(text)
            kept = sum(found(s, flat) for s in wanted)
            leaked = [item for _, item in junk if found(item, flat)]
            date_ok = "-" if published is None else ("yes" if published == record["published"] else published)
            first = first_line_ok(text, record)
            rows.append(
                (name, label, f"{kept}/{len(wanted)}", f"{len(leaked)}/{len(junk)}", first, date_ok, f"{ms:.0f}")
            )
            t = totals.setdefault(label, [0, 0, 0, 0, 0, 0])
            t[0] += kept
            t[1] += len(wanted)
            t[2] += len(leaked)
            t[3] += len(junk)
            t[4] += first
            t[5] += 1
    print("| page | extractor | article sentences kept | boilerplate kept | first line is title/lead | date | ms |")
    print("|---|---|---|---|---|---|---|")
    for name, label, kept, leaked, first, date_ok, ms in rows:
        print(f"| {name} | {label} | {kept} | {leaked} | {'yes' if first else 'no'} | {date_ok} | {ms} |")
    print()
    print("| extractor | article sentences kept | boilerplate kept | first line is title/lead |")
    print("|---|---|---|---|")
    for label, (kept, n, leaked, m, first, pages) in totals.items():
        print(f"| {label} | {kept}/{n} ({kept / n:.0%}) | {leaked}/{m} ({leaked / m:.0%}) | {first}/{pages} |")


if __name__ == "__main__":
    main()
