"""Checks on the spans a model copied from the article: each must be in it, and a casualty span must
speak of casualties. Pure functions over ``(field path, span)`` pairs."""

from __future__ import annotations

from summarizer.lang.lexicon import INJURED_WORDS, KILLED_WORDS
from summarizer.lang.text import mentions
from summarizer.verify.casualties import without_name_traps
from summarizer.verify.grounding import Article

# Each check has two wordings: the instruction a re-ask gives the model, and the reason a person reads
# in ``verification.dropped`` (what is wrong, not what the model should do).
NOT_IN_ARTICLE = "this text is not in the article; copy the words exactly as written"
NOT_IN_ARTICLE_DROPPED = "the quoted words are not in the article"
_CASUALTY_FIELDS = (
    (
        "killed",
        KILLED_WORDS,
        "this text does not speak of people killed; use null if none",
        "the quoted words do not speak of people killed",
    ),
    (
        "injured",
        INJURED_WORDS,
        "this text does not speak of people injured; use null if none",
        "the quoted words do not speak of people injured",
    ),
)


def span_problems(
    spans: list[tuple[str, str]], article: Article, *, for_model: bool = True
) -> list[tuple[str, str, str]]:
    """(field path, span, reason) for each span that fails verification: the re-ask instruction for the
    model, or with ``for_model=False`` the reason a dropped fact is reported with."""
    missing = NOT_IN_ARTICLE if for_model else NOT_IN_ARTICLE_DROPPED
    problems = [(path, span, missing) for path, span in spans if article.locate(span, loose=True) is None]
    by_path = dict(spans)
    for path, stems, ask, dropped in _CASUALTY_FIELDS:
        if (span := by_path.get(path)) and not mentions(without_name_traps(span), stems):
            problems.append((path, span, ask if for_model else dropped))
    return problems
