"""Which language an article is in: script first, then function words and script-specific letters,
so Persian and Urdu are not taken for Arabic nor French and German for English."""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.lang.lexicon import LANGUAGES, SUPPORTED_LANGUAGES
from summarizer.schema.scripts import detect_language

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_EVIDENCE = 3  # function-word hits before another language may outvote the script's default


class Identified(NamedTuple):
    code: str | None  # ISO 639-1, or None when the script is neither Arabic nor Latin
    name: str
    supported: bool


def identify_language(text: str) -> Identified:
    """The article's language. Within its script, the language whose function words cover most of
    its words wins; letters only another language uses count as words of it."""
    default = detect_language(text)
    if default is None:
        return Identified(None, "a script other than Arabic or Latin", False)
    script = LANGUAGES[default].script
    words = _WORD.findall(text.lower())
    scores = {code: _score(words, lang) for code, lang in LANGUAGES.items() if lang.script == script}
    best = max(scores, key=lambda code: (scores[code], code == default))
    if best != default and scores[best] >= MIN_EVIDENCE and scores[best] > scores[default]:
        return Identified(best, LANGUAGES[best].name, best in SUPPORTED_LANGUAGES)
    return Identified(default, LANGUAGES[default].name, True)


def _score(words: list[str], lang) -> int:
    hits = sum(1 for w in words if w in lang.words)
    if lang.letters:
        hits += sum(1 for w in words if any(ch in lang.letters for ch in w))
    return hits
