"""Numbers written as digits or words, in Arabic and English, for counts and number checks."""

from __future__ import annotations

import re

from summarizer.grounding import fold

_AR_UNITS = {
    "واحد": 1,
    "واحده": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
    "احد عشر": 11,
    "اثنا عشر": 12,
    "اثني عشر": 12,
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "اربعون": 40,
    "اربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "مئه": 100,
    "مائه": 100,
    "مئتان": 200,
    "مئتين": 200,
}
_AR_TEENS = {
    "ثلاثه عشر": 13,
    "ثلاث عشره": 13,
    "اربعه عشر": 14,
    "اربع عشره": 14,
    "خمسه عشر": 15,
    "خمس عشره": 15,
    "سته عشر": 16,
    "ست عشره": 16,
    "سبعه عشر": 17,
    "سبع عشره": 17,
    "ثمانيه عشر": 18,
    "ثماني عشره": 18,
    "تسعه عشر": 19,
    "تسع عشره": 19,
}
_EN_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
}
_MULTIPLIERS = {"الف": 1000, "الاف": 1000, "الفا": 1000, "مليون": 1_000_000, "thousand": 1000, "million": 1_000_000}
_WORDS = {**_AR_TEENS, **_AR_UNITS, **_EN_UNITS}
# Longest phrases first so "سبعه عشر" wins over "سبعه"; optional Arabic conjunction/preposition prefix.
_WORD_RE = "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
_MULT_RE = "|".join(re.escape(w) for w in sorted(_MULTIPLIERS, key=len, reverse=True))
_NUMBER = re.compile(rf"(?<![\w])(?:[وبل]?)(?P<num>\d+(?:[.,]\d+)?|{_WORD_RE})(?:\s+(?P<mult>{_MULT_RE}))?(?![\w])")


def numbers_with_positions(text: str) -> list[tuple[int, int]]:
    """(value, character position in the folded text) for every number stated in ``text``."""
    found = []
    for m in _NUMBER.finditer(fold(text)):
        raw = m.group("num")
        value = int(float(raw.replace(",", ""))) if raw[0].isdigit() else _WORDS[raw]
        if m.group("mult"):
            value *= _MULTIPLIERS[m.group("mult")]
        found.append((value, m.start("num")))
    return found


def numbers_in(text: str) -> list[int]:
    """Every number stated in ``text``, in order (years included: callers decide what counts)."""
    return [value for value, _ in numbers_with_positions(text)]


def number_near(text: str, stems: tuple[str, ...], limit: int = 1900, within: int = 20) -> int | None:
    """The number closest to any of ``stems`` in ``text`` ("killed 5 ... injured 18": 18 for injured),
    if it stands within ``within`` characters of one; a number far from the word counts something else."""
    folded = fold(text)
    anchors = [m.start() for stem in stems for m in re.finditer(re.escape(fold(stem)), folded)]
    candidates = [(v, pos) for v, pos in numbers_with_positions(text) if v < limit]
    if not candidates:
        return None
    if not anchors:
        return candidates[0][0]
    value, pos = min(candidates, key=lambda vp: min(abs(vp[1] - a) for a in anchors))
    return value if min(abs(pos - a) for a in anchors) <= within else None


def first_number(text: str) -> int | None:
    nums = numbers_in(text)
    return nums[0] if nums else None


def unsupported_numbers(claim: str, source: str) -> list[int]:
    """Numbers in ``claim`` that ``source`` does not state (as digits or words)."""
    allowed = set(numbers_in(source))
    return [n for n in numbers_in(claim) if n not in allowed]
