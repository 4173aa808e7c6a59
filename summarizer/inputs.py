"""Reading input: decode, reject what cannot be an article, reduce a web page to its article's text."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from typing import ClassVar

from summarizer.errors import ConfigurationError, InputError
from summarizer.verify.language import identify_language

MAX_CHARS = 20_000  # about 5,000 tokens of Arabic: more than any news article, less than the context


def decode(data: bytes, name: str = "input") -> str:
    if not data.strip():
        raise InputError(f"{name} is empty")
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{name} is a PDF; extract its text first (e.g. pdftotext) and give that")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks binary (it contains NUL bytes); give a UTF-8 text or HTML file")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            error = exc
    raise InputError(
        f"{name} is not valid UTF-8 (byte {error.start}: {data[error.start : error.start + 1]!r}); "
        "convert it to UTF-8 first"
    )


class _TextExtractor(HTMLParser):
    _SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "nav",
        "footer",
        "aside",
        "form",
    }
    _BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|article|span|br|h[1-6])\b[^>]*>", text[:5000], re.I))


def basic_html_to_text(markup: str) -> str:
    """Every text of the page outside scripts, styles, the head and nav/footer/aside/form elements: the
    fallback when the main-text extractor finds no article."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Page:
    """A web page reduced to its article. ``text`` is what the pipeline reads (evidence offsets index
    into it): the title, a blank line, the body's paragraphs one per line. ``published`` is the date the
    page's metadata gives (``published_from`` names where), ``extractor`` how the text was found."""

    text: str
    published: date | None = None
    published_from: str | None = None
    extractor: str = "trafilatura"


# Where a page states when it was published, most specific first. ``datePublished`` of JSON-LD and of
# microdata come after the Open Graph article tag; a modified date is never taken.
_DATE_KEYS = (
    "article:published_time",
    "json-ld datePublished",
    "itemprop datePublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
_ISO_DAY = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")


class _PageMetadata(HTMLParser):
    """The page's ``<meta>`` values, its JSON-LD ``datePublished`` and its ``<h1>`` texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self.headings: list[str] = []
        self._ld: list[str] | None = None
        self._h1: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta" and a.get("content"):
            for key in ("property", "name", "itemprop"):
                if a.get(key):
                    name = a[key].lower() if key != "itemprop" else f"itemprop {a[key]}"
                    self.values.setdefault(name, a["content"])
        elif a.get("itemprop") == "datePublished" and (a.get("datetime") or a.get("content")):
            self.values.setdefault("itemprop datePublished", a.get("datetime") or a["content"])
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._ld = []
        elif tag == "h1":
            self._h1 = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._ld is not None:
            found = _json_ld_published("".join(self._ld))
            if found:
                self.values.setdefault("json-ld datePublished", found)
            self._ld = None
        elif tag == "h1" and self._h1 is not None:
            heading = " ".join("".join(self._h1).split())
            if heading:
                self.headings.append(heading)
            self._h1 = None

    def handle_data(self, data: str) -> None:
        if self._ld is not None:
            self._ld.append(data)
        elif self._h1 is not None:
            self._h1.append(data)


def _json_ld_published(raw: str) -> str | None:
    """The first ``datePublished`` in a JSON-LD block (objects, lists and ``@graph`` walked in order)."""
    try:
        stack = [json.loads(raw)]
    except ValueError:
        return None
    while stack:
        node = stack.pop(0)
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                return node["datePublished"]
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(node)
    return None


def _day(value: str | None) -> date | None:
    """The calendar day of an ISO date or timestamp as the page wrote it (the publisher's local day)."""
    match = _ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _published(meta: _PageMetadata) -> tuple[date | None, str | None]:
    for key in _DATE_KEYS:
        day = _day(meta.values.get(key.lower() if " " not in key else key))
        if day:
            return day, key
    return None, None


def _main_text(markup: str) -> tuple[str, str]:
    """Title and body text of the page's main text by trafilatura; empty when it finds none. Its date
    is not used: with no publication date in the metadata it takes a modified date (measured)."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install, not a page without an article: say so
        raise ConfigurationError(
            f"the main-text extractor cannot be loaded ({exc}); reinstall incident-summarizer with its dependencies"
        ) from None
    try:
        doc = trafilatura.bare_extraction(
            markup,
            favor_precision=True,  # no whole-page rescue of a short article: the basic parser is the fallback
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # an extractor failure is not the reader's: the basic parser takes over
        return "", ""
    if doc is None:
        return "", ""
    return (doc.title or "").strip(), (doc.text or "").strip()


def _with_title(body: str, title: str, headings: list[str]) -> str:
    """The title on the first line, a blank line, the body (the layout the pipeline reads a title in).
    The extractor's title may carry the site's name ("... - BBC News"): the page's own heading, or the
    body's first line, that starts it is the title then."""
    first, _, rest = body.partition("\n")
    if title and first and title.startswith(first.strip()):
        return f"{first.strip()}\n\n{rest.lstrip()}".rstrip()
    title = next((h for h in headings if title.startswith(h)), title)
    return f"{title}\n\n{body}" if title else body


# The extractor's text is used unless it is empty or shorter than this (or than half of all the
# page's text, for a page that holds little more than its article).
MIN_MAIN_TEXT = 200


_SEPARATOR = re.compile(r"\s*[:|\u2013\u2014\u00bb-]\s*")


def _links_elsewhere(line: str) -> bool:
    """A "read also" line: a related-story label alone, before a separator, or before a short headline."""
    from summarizer.lang.lexicon import data
    from summarizer.lang.text import fold

    labels = {fold(label) for label in data("web")["read_also"]}
    folded = fold(line)
    if folded in labels or fold(_SEPARATOR.split(line, maxsplit=1)[0]) in labels:
        return True
    short = len(line.split()) <= 15 and not line.rstrip().endswith((".", "!", "?", "\u061f"))
    return short and any(folded.startswith(label + " ") for label in labels)


def _without_links_elsewhere(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.strip() or not _links_elsewhere(line))


def read_html(markup: str) -> Page:
    """The article of a web page: its main text by trafilatura (menus, tickers, "read also" boxes, most-
    read lists, comments, cookie banners and footers left out), else every text of the page outside
    nav/footer/aside (the basic parser), and the publication date its metadata gives."""
    meta = _PageMetadata()
    try:
        meta.feed(markup)
        meta.close()
    except Exception:  # metadata is a bonus; a page it cannot read is still read as text
        meta = _PageMetadata()
    published, source = _published(meta)
    title, body = _main_text(markup)
    basic = _without_links_elsewhere(basic_html_to_text(markup))
    body = _without_links_elsewhere(body)
    if len(body) < min(MIN_MAIN_TEXT, len(basic) // 2) or not body:
        return Page(basic, published, source, "basic")
    return Page(_with_title(body, title, meta.headings), published, source, "trafilatura")


def html_to_text(markup: str) -> str:
    """The article text of a web page (see ``read_html``)."""
    return read_html(markup).text


MIN_WORDS = 3  # fewer words cannot say what happened where ("nothing" is no article)


def check_article(text: str, max_chars: int = MAX_CHARS, allow_tags: bool = False) -> str:
    """Validate an article given as text; return its language ('ar' or 'en'). Text that looks like HTML
    is refused unless ``allow_tags`` (a plain-text file that happens to contain "<p>")."""
    if not isinstance(text, str):
        raise InputError("the article must be text (str); decode bytes first")
    if not text.strip():
        raise InputError("the article is empty")
    if "\x00" in text:
        raise InputError("the article contains NUL characters: it looks binary")
    if (words := len(text.split())) < MIN_WORDS:
        raise InputError(f"the article has {words} word(s): too short to report an incident")
    if not allow_tags and looks_like_html(text):
        raise InputError(
            "the article is HTML; reduce it to text first (summarizer.inputs.read_html; the CLI does this for "
            ".html input)"
        )
    if len(text) > max_chars:
        raise InputError(
            f"the article has {len(text):,} characters, over the limit of {max_chars:,}; split it into "
            "separate articles (one incident each) or raise --max-chars for a model with a larger context"
        )
    found = identify_language(text)
    if found.code is None:
        raise InputError("the article is neither Arabic nor English (its letters are of another script)")
    if not found.supported:
        raise InputError(
            f"the article looks {found.name} ({found.code}), not Arabic or English; only ar and en are supported"
        )
    return found.code


def is_html_file(name: str, input_format: str = "auto") -> bool:
    """HTML by the file's type, never by its text: ``--input-format``, else the extension."""
    if input_format != "auto":
        return input_format == "html"
    return name.lower().endswith((".html", ".htm", ".xhtml"))


def read_article(path: str, input_format: str = "auto") -> tuple[str, bool]:
    """The article text of a file path (or "-" for stdin), and whether it was HTML reduced to text."""
    text, page = read_input(path, input_format)
    return text, page is not None


def read_input(path: str, input_format: str = "auto") -> tuple[str, Page | None]:
    """The article text of a file path (or "-" for stdin), and the ``Page`` it was read from when the
    input is HTML (its date and extractor), else None. Stdin has no extension: with ``auto`` it is HTML
    when it looks like HTML."""
    import sys
    from pathlib import Path

    if path == "-":
        data, name = sys.stdin.buffer.read(), "stdin"
    else:
        file = Path(path)
        if file.is_dir():
            raise InputError(f"{path} is a directory; give one article file (or use summarizer batch)")
        if not file.is_file():
            raise InputError(f"{path}: no such file")
        data, name = file.read_bytes(), path
    text = decode(data, name)
    is_html = is_html_file(name, input_format)
    if path == "-" and input_format == "auto":
        is_html = looks_like_html(text)
    if not is_html:
        return text, None
    page = read_html(text)
    if not page.text.strip():
        raise InputError(f"{name} is HTML with no text")
    return page.text, page
