"""Named-entity guard for model translations: an English rendering may only name a country,
group or force whose Arabic form appears in the span it translates. This is what stops a small
model from turning "unknown drones" into "Israeli drones"."""

from __future__ import annotations

import itertools
import re

from summarizer.lang.lexicon import ENGLISH_FUNCTION_WORDS, ENTITIES, GIVEN_NAMES, MONTHS, WEEKDAY_NAMES
from summarizer.lang.text import bare_phrase, fold

_CALENDAR = {day.lower() for day in WEEKDAY_NAMES} | set(MONTHS)


def skeleton(word: str) -> str:
    """Consonant skeleton of a Latin word: the part transliteration variants share."""
    word = word.lower().removeprefix("al-").removeprefix("el-")
    return re.sub(r"[^a-z]|[aeiouyw']", "", word)


def unlicensed_names(english: str, arabic: str) -> list[str]:
    """Capitalised words in ``english`` that are neither a known entity the Arabic names, nor a
    transliteration of one of its words: how "Al-Aqsa" for "مزار عين علي" is caught."""
    from difflib import SequenceMatcher

    from summarizer.verify.romanize import romanize_rules

    # Rules, not the dictionary romanizer: only consonant skeletons are compared, and it stays fast on long spans.
    words = romanize_rules(arabic).split()
    # a name of two Arabic words written as one ("عبد الله" = "Abdullah") matches their joined skeleton
    skeletons = [skeleton(w) for w in words] + [skeleton(a + b) for a, b in itertools.pairwise(words)]
    # a listed given name's usual spelling ("خوان" = "Juan") need not share the letters' skeleton
    given = {GIVEN_NAMES[w].lower() for w in (fold(x) for x in arabic.split()) if w in GIVEN_NAMES}
    bad = []
    for i, token in enumerate(re.findall(r"[A-Za-z][A-Za-z'-]*", english)):
        low = token.lower()
        if (
            i == 0 or not token[0].isupper() or low in ENGLISH_FUNCTION_WORDS or low in _CALENDAR
        ):  # i == 0: sentence case
            continue
        if any(re.match(re.escape(word), low) for stem in ENTITIES for word in stem.split()):
            continue  # entities are checked against the Arabic by unlicensed_entities
        sk = skeleton(token)
        if low in given:
            continue
        if sk and not any(SequenceMatcher(None, sk, s).ratio() >= 0.6 for s in skeletons if s):
            bad.append(token)
    return bad


def unlicensed_entities(english: str, arabic: str) -> list[str]:
    """Entities named in ``english`` that ``arabic`` does not name."""
    en = " " + re.sub(r"[^a-z. ]", " ", english.lower()) + " "
    ar = fold(arabic)
    missing = []
    for stem, arabic_forms in ENTITIES.items():
        if re.search(r"(?<![a-z])" + re.escape(stem), en) and not any(f in ar for f in arabic_forms):
            missing.append(stem.strip())
    return missing


def unwritten_names(english: str, arabic: str) -> tuple[list[str], list[str]]:
    """(names, unwritten): the capitalised words of an English phrase that the lexicon does not know
    (names), and those of them no word of the Arabic rendering transliterates. How "المالديب الحية"
    for "Las Vegas Strip" is caught: there is no English-to-Arabic romaniser, but the rendering can be
    romanised back and its consonants compared."""
    from difflib import SequenceMatcher

    from summarizer.lang.lexicon import ENGLISH_LEXICON
    from summarizer.verify.romanize import romanize_rules

    tokens = re.findall(r"[A-Za-z][A-Za-z'-]*", english)
    known = _in_lexicon_phrases(tokens, ENGLISH_LEXICON, arabic)  # "Agence France-Presse", "United Nations"
    names = [
        t
        for k, t in enumerate(tokens)
        if t[0].isupper()
        and k not in known
        and t.lower() not in ENGLISH_LEXICON
        and re.sub(r"'s$", "", t.lower()) not in ENGLISH_LEXICON  # "People's" of "New People's Army"
        and t.lower() not in ENGLISH_FUNCTION_WORDS
        and t.lower() not in _CALENDAR
        and len(skeleton(t)) >= 2
    ]
    ours = [sound(w) for w in romanize_rules(arabic).split()]
    ours += [a + b for a, b in itertools.pairwise(ours)]  # "Al Qaeda" may be one Arabic word
    unwritten = [n for n in names if not any(o and SequenceMatcher(None, sound(n), o).ratio() >= 0.6 for o in ours)]
    # Two English words may be one Arabic word ("Costa Rica" = "كوستاريكا"): a pair written together.
    for a, b in itertools.pairwise(names):
        joined = sound(a + b)
        if (a in unwritten or b in unwritten) and any(
            o and SequenceMatcher(None, joined, o).ratio() >= 0.6 for o in ours
        ):
            unwritten = [n for n in unwritten if n not in (a, b)]
    return names, unwritten


def _in_lexicon_phrases(tokens: list[str], lexicon, arabic: str) -> set[int]:
    """The positions of tokens inside a phrase of two to four words the lexicon knows whole and whose
    Arabic the rendering writes ("وكالة الصحافة الفرنسية" for "Agence France-Presse"): translated, not
    to be transliterated word by word."""
    inside: set[int] = set()
    written = fold(arabic)
    for width in (4, 3, 2):
        for start in range(len(tokens) - width + 1):
            senses = lexicon.get(" ".join(tokens[start : start + width]).lower(), ())
            if any(all(w in written for w in bare_phrase(e.ar).split()) for e in senses):
                inside.update(range(start, start + width))
    return inside


def transliterates(latin: str, arabic: str) -> bool:
    """Whether a Latin name reads as a transliteration of the Arabic (consonants compared)."""
    from difflib import SequenceMatcher

    from summarizer.verify.romanize import romanize_rules

    # Plain consonant skeletons, stricter than ``sound``: a gazetteer namesake must not pass ("Palo" for "بالو").
    # 0.75: one consonant of three may differ in spelling ("Mohammed"), not a whole name ("Kader" for "الكريم").
    # A digraph may be one sound ("Ghaw" for "غاو" is Gao's "g"); letters stay apart ("Palo" is no "Balu").
    roman = romanize_rules(arabic)
    pairs = ((skeleton(roman), skeleton(latin)), (skeleton(_digraphs(roman)), skeleton(_digraphs(latin))))
    return any(ours and theirs and SequenceMatcher(None, ours, theirs).ratio() >= 0.75 for ours, theirs in pairs)


_SOUNDS = (("gh", "g"), ("kh", "k"), ("th", "t"), ("dh", "d"), ("sh", "s"), ("ch", "s"), ("ph", "f"))
_LETTERS = str.maketrans({"p": "b", "v": "f", "c": "k", "q": "k", "x": "k", "j": "g", "z": "s"})


def consonants(word: str) -> str:
    """Like ``sound``, but only letters written twice in a row are one: "Amalulu" keeps both its l's."""
    return skeleton(re.sub(r"(.)\1+", r"\1", _spelt(word)))


def sound(word: str) -> str:
    """A consonant skeleton both scripts share: Arabic writes no p, v or hard c (ب, ف, ك)."""
    return re.sub(r"(.)\1+", r"\1", skeleton(_spelt(word)))


def _digraphs(word: str) -> str:
    word = word.lower()
    for digraph, letter in _SOUNDS:
        word = word.replace(digraph, letter)
    return word


def _spelt(word: str) -> str:
    """The word with the spellings of one sound as one letter ("kh" -> "k", "p" -> "b")."""
    word = word.lower()
    for digraph, letter in _SOUNDS:
        word = word.replace(digraph, letter)
    return word.translate(_LETTERS)
