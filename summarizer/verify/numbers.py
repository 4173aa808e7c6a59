"""Numbers written as digits or words, in Arabic and English, for counts and number checks."""

from __future__ import annotations

import re

from summarizer.lang.lexicon import FIRST_YEAR, MULTIPLIERS, NOT_COUNT_AFTER, NOT_COUNT_BEFORE, NUMBER_WORDS
from summarizer.lang.text import NUMBER_PROCLITICS, WAW, fold

# Longest phrases first so "سبعه عشر" wins over "سبعه"; optional Arabic conjunction/preposition prefix.
_WORD_RE = "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_MULT_RE = "|".join(re.escape(w) for w in sorted(MULTIPLIERS, key=len, reverse=True))
_THOUSANDS = re.compile(r"(?<=\d)[,٬](?=\d{3}(?!\d))")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")  # a clock time ("13:20") counts nothing
# Compound numbers are two words: English tens-units ("fifty-eight"), Arabic units and tens ("خمسة وعشرون").
_TENS = [w for w, v in NUMBER_WORDS.items() if v in range(20, 100, 10)]
_UNITS = [w for w, v in NUMBER_WORDS.items() if v in range(1, 10) and " " not in w]
_TENS_RE = "|".join(re.escape(w) for w in sorted(_TENS, key=len, reverse=True))
_UNITS_RE = "|".join(re.escape(w) for w in sorted(_UNITS, key=len, reverse=True))
_COMPOUND = rf"(?:{_TENS_RE})[- ](?:{_UNITS_RE})|(?:{_UNITS_RE}) {WAW}(?:{_TENS_RE})"
_NUMBER = re.compile(
    rf"(?<![\w])(?:{NUMBER_PROCLITICS})(?P<num>\d+(?:[.,]\d+)?|{_COMPOUND}|{_WORD_RE})"
    rf"(?:\s+(?P<mult>{_MULT_RE}))?(?![\w])"
)


def numbers_with_positions(text: str, counts_only: bool = False) -> list[tuple[int, int]]:
    """(value, character position in the folded text) for every number stated in ``text``; with
    ``counts_only``, not the numbers of a date, a time, an age, a share, a distance or a magnitude
    ("11 March", "70%", "aged 12", "بقوة 6")."""
    found = []
    folded = _folded(text)
    for m in _NUMBER.finditer(folded):
        if counts_only and not _a_count(folded, m.start("num"), m.end()):
            continue
        raw = m.group("num")
        value = int(float(raw.replace(",", ""))) if raw[0].isdigit() else _word_value(raw)
        if m.group("mult"):
            value *= MULTIPLIERS[m.group("mult")]
        found.append((value, m.start("num")))
    return found


def _folded(text: str) -> str:
    # A thousands separator is no word break ("1,300" is one number); folding turns commas into spaces.
    return fold(_TIME.sub(" ", _THOUSANDS.sub("", text)))


def _a_count(folded: str, start: int, end: int) -> bool:
    after = folded[end:].lstrip()
    before = folded[:start].split()
    if after.startswith("%") or (after.split() and after.split()[0].strip(".,،") in NOT_COUNT_AFTER):
        return False
    return not (before and before[-1] in NOT_COUNT_BEFORE)


def _word_value(raw: str) -> int:
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    return sum(NUMBER_WORDS[part] for part in re.split(rf"[- ]{WAW}?", raw))  # a compound: tens + units


def numbers_in(text: str) -> list[int]:
    """Every number stated in ``text``, in order (years included: callers decide what counts)."""
    return [value for value, _ in numbers_with_positions(text)]


def number_near(
    text: str, stems: tuple[str, ...], limit: int = FIRST_YEAR, within: int = 5, others: tuple[str, ...] = ()
) -> int | None:
    """The number closest to any of ``stems`` in ``text`` ("killed 5 ... injured 18": 18 for injured),
    if it stands within ``within`` words of one; a number far from the word counts something else.
    A number nearer to one of ``others`` belongs to that word ("59 were killed and 515 injured": 515 is
    the injured, however near "killed" it also stands); a text that names only ``others`` states no
    number for ``stems``."""
    folded = _folded(text)
    anchors = [_word_index(folded, m.start()) for stem in stems for m in re.finditer(re.escape(fold(stem)), folded)]
    rivals = [_word_index(folded, m.start()) for stem in others for m in re.finditer(re.escape(fold(stem)), folded)]
    candidates = [
        (v, _word_index(folded, pos)) for v, pos in numbers_with_positions(text, counts_only=True) if v < limit
    ]
    if rivals and not anchors:
        return None
    if anchors and rivals:
        candidates = [
            (v, at) for v, at in candidates if min(abs(at - a) for a in anchors) <= min(abs(at - r) for r in rivals)
        ]
    if not candidates:
        return None
    if not anchors:
        return candidates[0][0]
    value, at = min(candidates, key=lambda va: min(abs(va[1] - a) for a in anchors))
    return value if min(abs(at - a) for a in anchors) <= within else None


def _word_index(folded: str, position: int) -> int:
    return folded.count(" ", 0, position)


def unsupported_numbers(claim: str, source: str) -> list[int]:
    """Numbers in ``claim`` that ``source`` does not state (as digits or words)."""
    allowed = set(numbers_in(source))
    return [n for n in numbers_in(claim) if n not in allowed]


def counts_in(text: str) -> list[int]:
    """Numbers in ``text`` that can be counts: no years, dates, times, ages, shares, distances."""
    return [n for n, _ in numbers_with_positions(text, counts_only=True) if n < FIRST_YEAR]


def words_after(text: str, count: int) -> list[str]:
    """The folded words after the first statement of ``count`` in ``text`` ("قتل 17 جنديا أفغانيا" ->
    ["جنديا", "افغانيا"]); [] when the text does not state it."""
    folded = _folded(text)
    for m in _NUMBER.finditer(folded):
        raw = m.group("num")
        value = int(float(raw.replace(",", ""))) if raw[0].isdigit() else _word_value(raw)
        if m.group("mult"):
            value *= MULTIPLIERS[m.group("mult")]
        if value == count:
            return folded[m.end() :].split()
    return []
