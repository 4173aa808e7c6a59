"""Casualty figures from the words of a verified casualty span: a count only when the article gives
one near the casualty word, and a qualifier from the words ("على الأقل" = at least)."""

from __future__ import annotations

from summarizer.lang.lexicon import ABOUT_WORDS, AT_LEAST_WORDS, INJURED_WORDS, KILLED_WORDS, UNCERTAIN_WORDS
from summarizer.lang.text import has_any
from summarizer.schema import Qualifier
from summarizer.verify.numbers import number_near


def casualty_figure(span: str, kind: str) -> tuple[int | None, Qualifier]:
    """(count or None, qualifier) that ``span`` states for ``kind`` ("killed" or "injured")."""
    if has_any(span, UNCERTAIN_WORDS):
        return None, Qualifier.unknown
    own, others = (KILLED_WORDS, INJURED_WORDS) if kind == "killed" else (INJURED_WORDS, KILLED_WORDS)
    count = number_near(span, own, others=others)  # years are not counts
    if count is None:
        return None, Qualifier.reported_unspecified
    if has_any(span, AT_LEAST_WORDS):
        return count, Qualifier.at_least
    if has_any(span, ABOUT_WORDS):
        return count, Qualifier.approximately
    return count, Qualifier.exact
