"""Deterministic Arabic-to-Latin romanisation of names: the same name gets the same spelling in every
field, and nothing is invented. Person and place names are romanised rather than translated."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lang.lexicon import ROMANIZATION
from summarizer.lang.text import ARTICLE, HEH, WAW, YEH, normalise


def _word(word: str) -> str:
    prefix = ""
    if word.startswith(ARTICLE) and len(word) > 3:
        prefix, word = "al-", word[2:]
    out = []
    for i, ch in enumerate(word):
        latin = ROMANIZATION.get(ch, ch if ch.isascii() else "")
        # Long vowels and glides between consonants read as vowels.
        if ch == WAW and 0 < i < len(word) - 1:
            latin = "u"
        elif ch == YEH and 0 < i:
            latin = "i"
        elif ch == HEH and i == len(word) - 1 and i > 0:
            latin = "a"  # teh marbuta was folded to heh
        out.append(latin)
    text = "".join(out).rstrip("'") or word
    return prefix + text


@lru_cache(maxsize=4096)
def romanize(arabic: str) -> str:
    """Arabic name in Latin script: arabic-name-romanizer (dictionary + small offline model), else rules.
    Names only: its candidate ranking grows fast with length, so long phrases go to the rules."""
    if len(arabic.split()) > 5:
        return romanize_rules(arabic)
    try:
        import arabic_name_romanizer

        latin = str(arabic_name_romanizer.transliterate(arabic)).strip()
        if latin and latin.isascii():
            return latin
    except Exception:
        pass
    return romanize_rules(arabic)


def romanize_rules(arabic: str) -> str:
    words = [_word(w) for w in normalise(arabic).text.split()]
    text = " ".join(w for w in words if w)
    text = re.sub(r"\s+", " ", text).strip()
    return (
        " ".join(
            w[:1].upper() + w[1:] if not w.startswith("al-") else "al-" + w[3:4].upper() + w[4:] for w in text.split()
        )
        or "?"
    )
