"""The licence check on a model's rendering: every content word it writes must be licensed by the
span it renders, through the lexicon (a sense of a span word, in either direction), a name the span
writes (romanised or arabised), or a number the span gives. Grammar words are free. A rendering
with an unlicensed word says something the span does not ("were aware", "the ten thousand people",
"صورة لوند"): it is rejected with the words named, and the rule's rendering, the event's class or
a drop follows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lang.lexicon import ENTITIES, LICENCE_FREE_AR, LICENCE_FREE_EN, NUMBER_WORDS
from summarizer.lang.text import clean, fold
from summarizer.verify.entities import transliterates
from summarizer.verify.gazetteer import lookup
from summarizer.verify.numbers import counts_in
from summarizer.verify.phrase import senses_in

_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_STEM = 5  # English words agree on their first letters once endings are stripped ("injured", "injuries")


def unlicensed_words(source: str, rendering: str, target: str) -> list[str]:
    """The content words of ``rendering`` (in ``target``) that nothing in ``source`` licenses."""
    return list(_unlicensed(source, rendering, target))


@lru_cache(maxsize=4096)
def _unlicensed(source: str, rendering: str, target: str) -> tuple[str, ...]:
    if target == "en":
        return _unlicensed_english(source, rendering)
    return _unlicensed_arabic(source, rendering)


def _unlicensed_english(arabic: str, english: str) -> tuple[str, ...]:
    allowed = {v for w in _sense_words(senses_in(arabic)) for v in _stems(w)} | _entity_stems(arabic)
    allowed |= _place_stems(arabic)
    numbers = set(counts_in(arabic))
    out = []
    for word in _words(english):
        low = word.lower()
        if low in LICENCE_FREE_EN or _licensed(_stems(low), allowed) or NUMBER_WORDS.get(low) in numbers:
            continue
        if word[:1].isupper() and any(transliterates(word, a) for a in arabic.split()):
            continue  # a name the span writes (the names check rejects the others)
        out.append(word)
    return tuple(dict.fromkeys(out))


def _place_stems(arabic: str) -> set[str]:
    """The words of the gazetteer's English names of the places the span names ("Golan Heights" for
    "الجولان")."""
    words = arabic.split()
    names = {
        hit.name_en
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
        if (hit := lookup(clean(" ".join(words[i : i + n])))) and hit.name_en
    }
    return {v for name in names for w in _words(name) for v in _stems(w.lower())}


def _entity_stems(arabic: str) -> set[str]:
    """The words of the English names of the entities the span names ("AFP" for "وكالة فرانس برس")."""
    folded = fold(arabic)
    words = {w for stem, forms in ENTITIES.items() if any(f in folded for f in forms) for w in stem.split()}
    return {v for w in words for v in _stems(w)}


def _unlicensed_arabic(english: str, arabic: str) -> tuple[str, ...]:
    stems = {v for w in _words(english) for v in _stems(w)}
    names = [w for w in _words(english) if w[:1].isupper()]
    numbers = set(counts_in(english))
    words = arabic.split()
    phrased = _phrase_words(words, stems)
    out = []
    for i, word in enumerate(words):
        bare = fold(word).strip(".,،؛:()\"'-")
        if i in phrased or not bare or bare in LICENCE_FREE_AR or bare.isdigit() or set(counts_in(bare)) & numbers:
            continue
        if any(_licensed(_stems(w), stems) for w in _sense_words(senses_in(bare))):
            continue
        if any(transliterates(n, bare) for n in names):
            continue
        out.append(word)
    return tuple(dict.fromkeys(out))


def _phrase_words(words: list[str], stems: set[str]) -> set[int]:
    """Positions of the words of a lexicon phrase ("خرج عن القضبان" = derailed) the English licenses."""
    out: set[int] = set()
    for i in range(len(words)):
        for width in (3, 2):
            # The words together, or around one word: a verb of two words keeps its subject between
            # them ("خرج ترام عن القضبان").
            for positions in (list(range(i, i + width)), [i, *range(i + 2, i + width + 1)]):
                if positions[-1] >= len(words):
                    continue
                phrases = [s for s in senses_in(" ".join(words[p] for p in positions)) if " " in s.lemma]
                if any(_licensed(_stems(w), stems) for w in _sense_words(phrases)):
                    out.update(positions)
    return out


def _licensed(variants: set[str], allowed: set[str]) -> bool:
    """A variant of the word, or one that begins an allowed stem or is begun by it ("west", "western"),
    four letters at least."""
    return bool(variants & allowed) or any(
        min(len(v), len(a)) >= 4 and (v.startswith(a) or a.startswith(v)) for v in variants for a in allowed
    )


def _sense_words(senses) -> list[str]:
    return [w for s in senses for text in (s.en, s.en_plural, *s.alt) for w in _words(text)]


def _words(text: str) -> list[str]:
    return _ENGLISH_WORD.findall(text)


def _stems(word: str) -> set[str]:
    """The word and its readings without an English ending ("fired": fire, fir; "injuries": injury),
    cut to their first letters."""
    low = word.lower().removesuffix("'s")
    out = {low}
    for ending, instead in (("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("d", ""), ("es", ""), ("s", "")):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            out.add(low[: -len(ending)] + instead)
    return {w[:_STEM] for w in out}
