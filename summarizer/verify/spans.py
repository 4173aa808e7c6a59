"""Checks on the spans a model copied from the article: each must be in it, and a casualty span must
speak of casualties. Pure functions over ``(field path, span)`` pairs."""

from __future__ import annotations

from summarizer.lang.lexicon import INJURED_WORDS, KILLED_WORDS
from summarizer.lang.text import mentions
from summarizer.verify.grounding import Article

NOT_IN_ARTICLE = "this text is not in the article; copy the words exactly as written"
_CASUALTY_FIELDS = (
    ("killed", KILLED_WORDS, "this text does not speak of people killed; use null if none"),
    ("injured", INJURED_WORDS, "this text does not speak of people injured; use null if none"),
)


def span_problems(spans: list[tuple[str, str]], article: Article) -> list[tuple[str, str, str]]:
    """(field path, span, reason) for each span that fails verification."""
    problems = [(path, span, NOT_IN_ARTICLE) for path, span in spans if article.locate(span, loose=True) is None]
    by_path = dict(spans)
    for path, stems, reason in _CASUALTY_FIELDS:
        if (span := by_path.get(path)) and not mentions(span, stems):
            problems.append((path, span, reason))
    return problems
