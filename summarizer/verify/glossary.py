"""Look-ups in the bilingual incident lexicon (``lang/data/glossary.yaml``).

Used two ways: a check (a rendering of a span that holds a glossary term must carry one of the
term's English forms: "صاروخ" is never "plane"), and a fallback (when a rendering fails, the other
side states the span's glossary terms, with its numbers, instead of free text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lang.lexicon import GLOSSARY, NAMED_ACTORS, WEAPONS
from summarizer.lang.text import TERM_PROCLITICS, fold
from summarizer.verify.numbers import counts_in

__all__ = ["GLOSSARY", "NAMED_ACTORS", "WEAPONS", "actor_name", "gloss", "missing_terms", "terms_in"]

_STEMS = sorted(GLOSSARY, key=len, reverse=True)
_PATTERNS = [(stem, re.compile(r"(?:^|\s)" + TERM_PROCLITICS + re.escape(stem))) for stem in _STEMS]


def terms_in(arabic: str) -> list[str]:
    """Lexicon terms found in ``arabic`` (word-initial, clitics allowed), longest first, no overlaps."""
    return list(_terms_in(arabic))


@lru_cache(maxsize=8192)
def _terms_in(arabic: str) -> tuple[str, ...]:
    text = " " + fold(arabic) + " "
    found, taken = [], []
    for stem, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            span = (m.start(), m.end())
            if not any(a < span[1] and span[0] < b for a, b in taken):
                found.append((m.start(), stem))
                taken.append(span)
    return tuple(stem for _, stem in sorted(found))


def missing_terms(arabic: str, english: str) -> list[str]:
    """Lexicon terms of ``arabic`` that ``english`` renders with none of their English forms."""
    en = english.lower()
    return [stem for stem in terms_in(arabic) if not any(form.lower() in en for form in GLOSSARY[stem].en)]


def gloss(arabic: str) -> str | None:
    """A literal English gloss: the span's numbers and lexicon terms, in order ("4 drones")."""
    words = [GLOSSARY[stem].en[0] for stem in terms_in(arabic)]
    if not words:
        return None
    numbers = [str(n) for n in counts_in(arabic)]
    return " ".join([*numbers[:1], ", ".join(dict.fromkeys(words))])


def actor_name(arabic: str) -> str | None:
    """The usual English name of an armed group or outlet the span names ("حركة الشباب" -> "al-Shabaab")."""
    actors = [GLOSSARY[t].en[0] for t in terms_in(arabic) if t in NAMED_ACTORS]
    return actors[0] if actors else None
