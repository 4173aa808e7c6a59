"""Numbers written as digits or words, in Arabic and English, for counts and number checks."""

from __future__ import annotations

import re

from summarizer.lang.lexicon import FIRST_YEAR, MULTIPLIERS, NOT_COUNT_AFTER, NOT_COUNT_BEFORE, NUMBER_WORDS
from summarizer.lang.text import NUMBER_PROCLITICS, fold

# Longest phrases first so "سبعه عشر" wins over "سبعه"; optional Arabic conjunction/preposition prefix.
_WORD_RE = "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_MULT_RE = "|".join(re.escape(w) for w in sorted(MULTIPLIERS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w])(?:{NUMBER_PROCLITICS})(?P<num>\d+(?:[.,]\d+)?|{_WORD_RE})(?:\s+(?P<mult>{_MULT_RE}))?(?![\w])"
)


def numbers_with_positions(text: str, counts_only: bool = False) -> list[tuple[int, int]]:
    """(value, character position in the folded text) for every number stated in ``text``; with
    ``counts_only``, not the numbers of a date, a time, an age, a share, a distance or a magnitude
    ("11 March", "70%", "aged 12", "بقوة 6")."""
    found = []
    folded = fold(text)
    for m in _NUMBER.finditer(folded):
        if counts_only and not _a_count(folded, m.start("num"), m.end()):
            continue
        raw = m.group("num")
        value = int(float(raw.replace(",", ""))) if raw[0].isdigit() else NUMBER_WORDS[raw]
        if m.group("mult"):
            value *= MULTIPLIERS[m.group("mult")]
        found.append((value, m.start("num")))
    return found


def _a_count(folded: str, start: int, end: int) -> bool:
    after = folded[end:].lstrip()
    before = folded[:start].split()
    if after.startswith("%") or (after.split() and after.split()[0].strip(".,،") in NOT_COUNT_AFTER):
        return False
    return not (before and before[-1] in NOT_COUNT_BEFORE)


def numbers_in(text: str) -> list[int]:
    """Every number stated in ``text``, in order (years included: callers decide what counts)."""
    return [value for value, _ in numbers_with_positions(text)]


def number_near(
    text: str, stems: tuple[str, ...], limit: int = FIRST_YEAR, within: int = 20, others: tuple[str, ...] = ()
) -> int | None:
    """The number closest to any of ``stems`` in ``text`` ("killed 5 ... injured 18": 18 for injured),
    if it stands within ``within`` characters of one; a number far from the word counts something else.
    A number nearer to one of ``others`` belongs to that word ("59 were killed and 515 injured": 515 is
    the injured, however near "killed" it also stands)."""
    folded = fold(text)
    anchors = [m.start() for stem in stems for m in re.finditer(re.escape(fold(stem)), folded)]
    rivals = [m.start() for stem in others for m in re.finditer(re.escape(fold(stem)), folded)]
    candidates = [(v, pos) for v, pos in numbers_with_positions(text, counts_only=True) if v < limit]
    if anchors and rivals:
        candidates = [
            (v, pos) for v, pos in candidates if min(abs(pos - a) for a in anchors) <= min(abs(pos - r) for r in rivals)
        ]
    if not candidates:
        return None
    if not anchors:
        return candidates[0][0]
    value, pos = min(candidates, key=lambda vp: min(abs(vp[1] - a) for a in anchors))
    return value if min(abs(pos - a) for a in anchors) <= within else None


def unsupported_numbers(claim: str, source: str) -> list[int]:
    """Numbers in ``claim`` that ``source`` does not state (as digits or words)."""
    allowed = set(numbers_in(source))
    return [n for n in numbers_in(claim) if n not in allowed]


def counts_in(text: str) -> list[int]:
    """Numbers in ``text`` that can be counts: no years, dates, times, ages, shares, distances."""
    return [n for n, _ in numbers_with_positions(text, counts_only=True) if n < FIRST_YEAR]
