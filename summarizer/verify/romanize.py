"""Deterministic Arabic-to-Latin romanisation of names: the same name gets the same spelling in every
field, and nothing is invented. Person and place names are romanised rather than translated."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from summarizer.lang.lexicon import (
    ABD_PREFIX,
    ABD_WORD,
    DIVINE_NAMES,
    ENGLISH_NAME_WORDS,
    ENGLISH_SPELLING,
    GIVEN_NAMES,
    ROMANIZATION,
)
from summarizer.lang.text import ARTICLE, HEH, LONG_VOWELS, WAW, YEH, fold, normalise


def _word(word: str) -> str:
    prefix = ""
    if word.startswith(ARTICLE) and len(word) > 3:
        prefix, word = "al-", word[2:]
    out = []
    skip = False
    for i, ch in enumerate(word):
        if skip:
            skip = False
            continue
        if (pair := ROMANIZATION.get(word[i : i + 2])) is not None and i + 1 < len(word):
            out.append(pair)  # "تش" = ch
            skip = True
            continue
        latin = ROMANIZATION.get(ch, ch if ch.isascii() else "")
        # Long vowels and glides between consonants read as vowels.
        if ch == WAW and 0 < i < len(word) - 1:
            latin = "u"
        elif ch == WAW and i == len(word) - 1 and i > 0 and word[i - 1] not in LONG_VOWELS:
            latin = "u"  # a final waw after a consonant is a vowel ("امالولو" -> "Amalulu")
        elif ch == YEH and 0 < i:
            latin = "i"
        elif ch == HEH and i == len(word) - 1 and i > 0:
            latin = "a"  # teh marbuta was folded to heh
        out.append(latin)
    text = "".join(out).rstrip("'") or word
    return prefix + text


@lru_cache(maxsize=4096)
def romanize(arabic: str) -> str:
    """Arabic name in Latin script: the usual news spelling of the names the project lists ("محمد" ->
    "Mohammed", "عبد الكريم" -> "Abdul Karim"); for the other words arabic-name-romanizer (dictionary +
    small offline model) where its spelling keeps the word's consonants, else rules. Names only: the
    romaniser's ranking grows fast with length, so long phrases go to the rules."""
    words = _hashtag_words(arabic)
    if len(words) > 5:
        return romanize_rules(arabic)
    out: list[str] = []
    i = 0
    while i < len(words):
        known, width = _listed(words, i)
        if known is None:
            known = _romaniser(words[i])
        out.append(known)
        i += width
    return " ".join(out)


def _hashtag_words(arabic: str) -> list[str]:
    """The words of a name, a hashtag's among them: "#رامي_الحمد_الله" is the name "رامي الحمد الله"."""
    return arabic.replace("_", " ").replace("#", " ").split()


def _listed(words: list[str], i: int) -> tuple[str | None, int]:
    """The listed spelling of the name at ``i`` (two words first: "أبو بكر", "عبد الكريم"), and its width."""
    first = fold(words[i])
    nxt = fold(words[i + 1]) if i + 1 < len(words) else ""
    if nxt and (both := GIVEN_NAMES.get(f"{first} {nxt}")):
        return both, 2
    if first == ABD_WORD and nxt in DIVINE_NAMES:
        return f"{ABD_PREFIX} {DIVINE_NAMES[nxt]}", 2
    if first == ABD_WORD and nxt.startswith(ARTICLE) and len(nxt) > 3:
        # "عبد العال": a servant of one of God's names the list lacks, said as one name ("Abdul Aal")
        name = romanize_rules(nxt[2:])
        return f"{ABD_PREFIX} {'A' + name[1:].lower() if name.startswith(chr(39)) else name}", 2  # "'al" = "Aal"
    if first in GIVEN_NAMES:
        return GIVEN_NAMES[first], 1
    if first in ENGLISH_NAME_WORDS and (nxt or i > 0):
        return ENGLISH_NAME_WORDS[first], 1  # "كينغز ماونتين" = Kings Mountain: an English name's words
    if first.startswith(ARTICLE) and first[2:] in GIVEN_NAMES:
        return f"al-{GIVEN_NAMES[first[2:]]}", 1  # a family name with the article: "العلي" -> "al-Ali"
    if (nisba := _nisba_of_given_name(first)) is not None:
        return nisba, 1
    return None, 1


def _nisba_of_given_name(word: str) -> str | None:
    """A family name made of a listed given name and the nisba's yeh: "المحمدي" -> "al-Mohammadi",
    "الحسيني" -> "al-Husseini" (the package spells them "Mhamdi", "Hsini")."""
    # with the article only: a bare "حمدي" or "فتحي" is a given name of its own (Hamdi, Fathi)
    if not word.startswith(ARTICLE) or len(word) < 5 or not word.endswith(YEH):
        return None
    if (given := GIVEN_NAMES.get(word[2:-1])) is None or " " in given:
        return None
    given = given[:-2] + "ad" if given.endswith("ed") else given  # Mohammed -> Mohammadi, Ahmed -> Ahmadi
    return f"al-{given}i"


def _romaniser(word: str) -> str:
    """One word by arabic-name-romanizer when its spelling keeps the word's consonants ("Dhoihir" for
    "ظهير", "Al-Abdulkarim" for "الكريم" do not), else by rules."""
    from summarizer.verify.entities import consonants, sound

    rules = romanize_rules(word)
    try:
        import arabic_name_romanizer

        latin = str(arabic_name_romanizer.transliterate(word)).strip()
    except Exception:
        return rules
    if not latin or not latin.isascii():
        return rules
    for pattern, english in ENGLISH_SPELLING:  # "Serouari" -> "Serwari"
        latin = pattern.sub(english, latin)
    if any(pair in word and latin_pair not in latin.lower() for pair, latin_pair in _PAIRS.items()):
        return rules  # "تشيرنوف" is Chernov: a sound of two letters the package reads as two ("Shernouf")
    if word.endswith(YEH) and latin.endswith("e") and not latin.endswith(("ee", "ie", "ye")):
        latin = latin[:-1] + "i"  # a final long i, no silent e ("شيري" is Shiri, not Shire)
    ours, theirs = sound(rules), sound(latin)  # consonants, with the spellings of one sound as one
    # A short name with a consonant dropped ("Amalou" for "امالولو") is another name: consonants counted
    # with a letter written twice as one but a repeated one kept ("Amalulu": m, l, l).
    if len(ours) <= 4 and len(consonants(rules)) != len(consonants(latin)):
        return rules
    return latin if ours and SequenceMatcher(None, ours, theirs).ratio() >= 0.75 else rules


_PAIRS = {k: v for k, v in ROMANIZATION.items() if len(k) == 2}


def romanize_rules(arabic: str) -> str:
    words = [_word(w) for w in _hashtag_words(normalise(arabic).text)]
    text = " ".join(w for w in words if w)
    text = re.sub(r"\s+", " ", text).strip()
    return (
        " ".join(
            w[:1].upper() + w[1:] if not w.startswith("al-") else "al-" + w[3:4].upper() + w[4:] for w in text.split()
        )
        or "?"
    )
