"""Writing a name of an English article in Arabic letters, as the Arabic press does: by its sound,
from the English spelling ("Stephen Paddock" -> "ستيفن بادوك", "Mandalay Bay" -> "ماندالاي باي").
Only for names: a common noun is rendered from the lexicon, never spelt out (see phrase_en.py).

The rules are the usual ones of Arabic news transcription: letter clusters first ("sh", "th", "ee",
"ou"), doubled consonants once, soft "c"/"g" before e/i/y, a silent final "e" that lengthens the vowel
before it ("Times" -> "تايمس"), an unstressed "e" before a word's final consonants not written
("Roberts" -> "روبرتس"), a hamza seat for an initial vowel ("Aaron" -> "آرون")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from summarizer.lang.lexicon import (
    ABD_WORD,
    ARABIC_OF_GIVEN,
    ARABIZATION,
    DIVINE_NAMES_WRITTEN,
    ENGLISH_LEXICON,
    GOD_WORD,
)
from summarizer.lang.text import ARTICLE, LONG_VOWELS

ALEF = LONG_VOWELS[0]

_CLUSTERS = sorted(ARABIZATION["clusters"].items(), key=lambda kv: -len(kv[0]))
_CONSONANTS: dict[str, str] = ARABIZATION["consonants"]
_SOFT: dict[str, str] = ARABIZATION["soft"]
_VOWELS: dict[str, str] = ARABIZATION["vowels"]
_INITIAL: dict[str, str] = ARABIZATION["initial"]
_INITIAL_LONG: dict[str, str] = ARABIZATION["initial_long"]
_MAGIC_E: dict[str, str] = ARABIZATION["magic_e"]
COMMON_ENDINGS = tuple(ARABIZATION["common_endings"])
# Arabic and Muslim given names keep their Arabic spelling ("Mohammad Asim" -> "محمد عاصم", not "موهاماد").
_KNOWN: dict[str, str] = ARABIC_OF_GIVEN | {k.lower(): v for k, v in ARABIZATION["known_spellings"].items()}
_VOWEL_LETTERS = "aeiouy"


_LETTERS: dict[str, str] = ARABIZATION["letter_names"]
_SPELT = int(ARABIZATION["spelt_acronym_letters"])
_MARKED: dict[str, str] = ARABIZATION["marked_letters"]


def _canon(latin: str) -> str:
    """A Latin spelling with its doubled letters, "ee" and "q" evened out ("Fattah" = "Fatah", "Qadir" = "Kadir")."""
    return re.sub(r"(.)\1", r"\1", latin.lower().replace("ee", "i").replace("q", "k"))


# "Abdul Rahman", "Abdirahman", "Abdifatah": "عبد" and a name of God, written as Arabic writes them.
_DIVINE = {_canon(english): arabic for arabic, english in DIVINE_NAMES_WRITTEN.items()}
_ABD_JOINED = re.compile(r"^abd(?:ul|el|al|ol|ur|u|i|e)?(?P<rest>[a-z]{3,})$")
_ARTICLE_PREFIX = re.compile(r"^(?:[Aa]l|[Ee]l)-(?P<rest>[A-Za-z'].+)$")
_ABD_ALONE = ("abd", "abdul", "abdel", "abdal", "abdu", "abdi")


def _unmarked(name: str) -> str:
    """Latin letters without their marks ("Handlová" = "Handlova", "Tomáš" = "Tomash"), case kept."""
    out = []
    for c in name:
        spelt = _MARKED.get(c.lower())
        if spelt is not None:
            c = spelt.capitalize() if c.isupper() else spelt
        out.append(c)
    return "".join(c for c in unicodedata.normalize("NFKD", "".join(out)) if not unicodedata.combining(c))


def arabize(name: str) -> str:
    """The Arabic spelling of an English name (one or more words)."""
    # "Wajir-Mandera", "Jean-Pierre": two capitalised names, two Arabic words ("al-Sisi" keeps its article)
    words = [p for w in _unmarked(name).replace("’", "'").split() for p in _hyphened(w)]
    out: list[str] = []
    i = 0
    while i < len(words):
        low = "".join(c for c in words[i].lower() if c.isalpha())
        after = "".join(c for c in words[i + 1].lower() if c.isalpha()) if i + 1 < len(words) else ""
        if low in _ABD_ALONE and (divine := _DIVINE.get(_canon(after))):
            out.append(f"{ABD_WORD} {divine}")  # "Abdul Rahman" = "عبد الرحمن", not "أبدول راهمان"
            i += 2
            continue
        if (m := _ABD_JOINED.match(low)) and (divine := _DIVINE.get(_canon(m["rest"]))):
            out.append(f"{ABD_WORD} {divine}")  # "Abdifatah" = "عبد الفتاح"
        elif (m := _OF_GOD.match(low)) and (given := _KNOWN.get(m["stem"])):
            out.append(f"{given} {GOD_WORD}")  # "Ahmadullah" = "أحمد الله", not "أهمادولاه"
        elif (m := _ARTICLE_PREFIX.match(words[i])) and (word := _word(m["rest"])):
            out.append(ARTICLE + word)  # "el-Sisi" = "السيسي"
        elif words[i][:1].isupper() and not _given_name(words, i) and (country := _country_ar(words[i])):
            out.append(country)  # "Pakistan Railways": the country as Arabic writes it, not "باكيستان"
        elif word := _word(words[i]):
            out.append(word)
        i += 1
    return " ".join(out)


def _hyphened(word: str) -> list[str]:
    parts = word.split("-")
    if _ARTICLE_PREFIX.match(word):
        return [word]  # "Al-Sisi": the article, not a name of its own
    return parts if len(parts) > 1 and all(p[:1].isupper() and p[1:2].islower() for p in parts) else [word]


_OF_GOD = re.compile(r"^(?P<stem>[a-z]{3,}?)(?:ullah|ulla|allah)$")  # "Ahmadullah", "Nasrullah": ... of God


def _given_name(words: list[str], i: int) -> bool:
    """A country's name before a surname ("Jordan Peterson"): a given name, spelt by its letters."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after[:1].isupper() and after.lower().strip(".,") not in ENGLISH_LEXICON


@lru_cache(maxsize=4096)
def _country_ar(word: str) -> str | None:
    from summarizer.verify.gazetteer import country_hit  # the gazetteer spells names with this module

    hit = country_hit(word.strip(".,;:'’"))
    return hit.name_ar if hit is not None and hit.is_country and hit.name_ar else None


def _spelt(word: str) -> str | None:
    """An initial ("W.", "E.") or a short acronym ("UMC") by its letters' names; None for a word."""
    letters = word.rstrip(".")
    if not letters.isalpha() or not letters.isupper() or len(letters) > _SPELT:
        return None
    return " ".join(_LETTERS[c] for c in letters.lower())


@lru_cache(maxsize=4096)
def _word(word: str) -> str:
    w = "".join(c for c in word.lower() if c.isalpha())
    if not w:
        return ""
    if known := _KNOWN.get(w):
        return known  # the spelling Arabic news use ("Trump" = "ترامب", not "ترومب")
    if spelt := _spelt(word):
        return spelt
    out: list[str] = []
    i = 0
    if long := next((v for k, v in _INITIAL_LONG.items() if w.startswith(k)), None):
        out.append(long)
        i = 2
    while i < len(w):
        piece, width = _piece(w, i)
        out.append(piece)
        i += width
    return "".join(out)


def _piece(w: str, i: int) -> tuple[str, int]:
    """The Arabic of the letters at ``i`` and how many letters they take."""
    ch = w[i]
    if ch == "e" and i == len(w) - 1 and i > 1 and w[i - 1] not in _VOWEL_LETTERS:
        return "", 1  # a silent final e
    for spelling, arabic in _CLUSTERS:
        if w.startswith(spelling, i):
            if i == 0 and spelling[0] in _VOWEL_LETTERS:  # a hamza seat before an initial vowel sound
                seat = _INITIAL[spelling[0]][:1]
                return (seat + arabic[1:] if arabic[0] == ALEF else seat + arabic), len(spelling)
            return arabic, len(spelling)
    if ch in _VOWEL_LETTERS and not (ch == "y" and i == 0):
        return _vowel(w, i), 1
    if i > 0 and w[i - 1] == ch:
        return "", 1  # a doubled consonant is written once
    if ch in _SOFT and i + 1 < len(w) and w[i + 1] in "eiy":
        return _SOFT[ch], 1
    return _CONSONANTS.get(ch, _INITIAL.get(ch, "")), 1


def _vowel(w: str, i: int) -> str:
    ch = w[i]
    if i == 0:
        return _INITIAL[ch]
    rest = w[i + 1 :]
    # A vowel, one consonant and a silent final e (+s/d): the long vowel ("Times", "Pyle", "Blake").
    if len(rest) >= 2 and rest[0] not in _VOWEL_LETTERS and rest[1] == "e" and rest[2:] in ("", "s", "d"):
        return _MAGIC_E[ch]
    # An unstressed e before the word's last consonants is not written ("Stephen", "Roberts").
    if ch == "e" and rest and not any(c in _VOWEL_LETTERS for c in rest) and i > 1:
        return ""
    return _VOWELS[ch]
