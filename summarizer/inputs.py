"""Reading input: decode, reject what cannot be an article, reduce HTML to text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import ClassVar

from summarizer.errors import InputError
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


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def check_article(text: str, max_chars: int = MAX_CHARS, allow_tags: bool = False) -> str:
    """Validate an article given as text; return its language ('ar' or 'en'). Text that looks like HTML
    is refused unless ``allow_tags`` (a plain-text file that happens to contain "<p>")."""
    if not isinstance(text, str):
        raise InputError("the article must be text (str); decode bytes first")
    if not text.strip():
        raise InputError("the article is empty")
    if "\x00" in text:
        raise InputError("the article contains NUL characters: it looks binary")
    if not allow_tags and looks_like_html(text):
        raise InputError("the article is HTML; reduce it to text first (the CLI does this for .html input)")
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
    """The article text of a file path (or "-" for stdin), and whether it was HTML reduced to text.
    Stdin has no extension: with ``auto`` it is HTML when it looks like HTML."""
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
    if is_html:
        text = html_to_text(text)
        if not text.strip():
            raise InputError(f"{name} is HTML with no text")
    return text, is_html
