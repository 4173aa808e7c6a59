"""Numbers written as digits or words, in Arabic and English, for counts and number checks."""

from __future__ import annotations

import re

from summarizer.lang.lexicon import (
    CLOCK_WORDS,
    COUNT_NOUNS,
    ENGLISH_LEXICON,
    FIRST_YEAR,
    LAST_YEAR,
    LEXICON,
    MONTH_NAMES,
    MULTIPLIERS,
    NAME_NUMBER_HEADS,
    NOT_COUNT_AFTER,
    NOT_COUNT_BEFORE,
    NUMBER_WORDS,
)
from summarizer.lang.text import BEH, DECIMAL_MARK, NUMBER_PROCLITICS, WAW, fold

# Longest phrases first so "سبعه عشر" wins over "سبعه"; optional Arabic conjunction/preposition prefix.
_WORD_RE = "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_MULT_RE = "|".join(re.escape(w) for w in sorted(MULTIPLIERS, key=len, reverse=True))
_THOUSANDS = re.compile(r"(?<=\d)[,٬.](?=\d{3}(?!\d))")  # "1,300", "2.000" (a European one)
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")  # a clock time ("13:20") counts nothing


# Compound numbers: English tens-units ("fifty-eight"); Arabic hundreds, then units, then tens, joined by
# "wa" ("مئة وخمسة وعشرون" 125, "خمسة وعشرون" 25, "مئتان وثلاثة عشر" 213).
def _alternation(values: range, spaced: bool = False) -> str:
    words = [w for w, v in NUMBER_WORDS.items() if v in values and (spaced or " " not in w)]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNITS_RE, _TEENS_RE = _alternation(range(1, 10)), _alternation(range(10, 20), spaced=True)
_TENS_RE, _HUNDREDS_RE = _alternation(range(20, 100, 10)), _alternation(range(100, 1000, 100))
_AND = f" {WAW}"
_BELOW_HUNDRED = rf"(?:{_TEENS_RE})|(?:{_UNITS_RE})(?:{_AND}(?:{_TENS_RE}))?|(?:{_TENS_RE})"
_COMPOUND = (
    rf"(?:{_HUNDREDS_RE}){_AND}(?:{_BELOW_HUNDRED})"
    rf"|(?:{_TENS_RE})[- ](?:{_UNITS_RE})|(?:{_UNITS_RE}){_AND}(?:{_TENS_RE})"
)
_THOUSANDS_RE = "|".join(re.escape(w) for w, v in MULTIPLIERS.items() if v == 1000 and not w.isascii())
_NUMBER = re.compile(
    rf"(?<![\w{DECIMAL_MARK}])(?:{NUMBER_PROCLITICS})(?P<num>\d+(?:[.,{DECIMAL_MARK}]\d+)?|{_COMPOUND}|{_WORD_RE})"
    # "5 آلاف و894" is 5,894: thousands, "and", the rest
    rf"(?:\s+(?P<thousands>{_THOUSANDS_RE})\s+{WAW}(?P<rest>\d{{1,3}}|{_COMPOUND}|{_WORD_RE})(?![\w])"
    rf"|\s+(?P<mult>{_MULT_RE}))?(?:(?![\w{DECIMAL_MARK}])|(?<=\d)(?=[\u0621-\u064a]))"  # "9أشخاص": a typed-on noun
)


_AND_REST = re.compile(rf"\s+{WAW}(?P<rest>\d{{1,3}}(?!\d)|{_COMPOUND}|{_WORD_RE})(?![\w])")


def numbers_with_positions(text: str, counts_only: bool = False) -> list[tuple[int, int]]:
    """(value, character position in the folded text) for every number stated in ``text``; with
    ``counts_only``, not the numbers of a date, a time, an age, a share, a distance or a magnitude
    ("11 March", "70%", "aged 12", "بقوة 6")."""
    found = []
    skip_until = -1  # the rest of a thousand word's compound, already added to it
    separated = {int(re.sub(r"[,\u066c]", "", n)) for n in _SEPARATED.findall(text)}  # "2,000": no year
    folded = _folded(_MODIFIER.sub(lambda m: m.group(1) + "x", text) if counts_only else text)
    for m in _NUMBER.finditer(folded):
        if m.start() < skip_until:
            continue
        if counts_only and not _a_count(folded, m.start("num"), m.end()):
            continue
        raw = m.group("num")
        decimal = DECIMAL_MARK in raw
        if counts_only and decimal and not m.group("mult"):
            continue  # "a 7.8-magnitude earthquake": a measure, never a count of people
        number = float(raw.replace(",", "").replace(DECIMAL_MARK, ".")) if raw[0].isdigit() else _word_value(raw)
        value = int(number)
        if m.group("mult"):
            value = int(number * MULTIPLIERS[m.group("mult")])  # "3.5 million" is 3,500,000
        elif m.group("thousands"):
            rest = m.group("rest")
            value = value * 1000 + (int(rest) if rest.isdigit() else _word_value(rest))
        elif not raw[0].isdigit() and value % 1000 == 0 and (more := _AND_REST.match(folded, m.end())):
            rest = more.group("rest")  # "ألف وخمسمئة" is 1,500: a thousand word, "and", the rest
            value += int(rest) if rest.isdigit() else _word_value(rest)
            skip_until = more.end()
        if counts_only and a_year(value) and value not in separated and not _counts_a_noun(folded, m.end()):
            continue  # "عام 2011", "in 2017": a year; "2122 قتيلا" is a toll
        found.append((value, m.start("num")))
    return found


_ENGLISH_NUMBER = "|".join(sorted((w for w in NUMBER_WORDS if w.isascii() and " " not in w), key=len, reverse=True))
# "a three-train collision", "a 12-hour search": a number hyphened to a noun modifies it and counts
# nothing; for counts the hyphen becomes a letter so that no number stands alone ("twenty-five" stays).
_MODIFIER = re.compile(rf"(?i)\b(\d+|{_ENGLISH_NUMBER})-(?!(?:{_ENGLISH_NUMBER})\b)(?=[a-z])")


def with_thousands_joined(text: str) -> str:
    """The text with its thousands separators gone ("1,300" -> "1300", "2.000" -> "2000")."""
    return _THOUSANDS.sub("", text)


def _folded(text: str) -> str:
    # A thousands separator is no word break ("1,300" is one number); folding turns commas into spaces.
    return fold(_DECIMAL.sub(DECIMAL_MARK, _TIME.sub(" ", _THOUSANDS.sub("", text))))


_DECIMAL = re.compile(
    r"(?<=\d)[.,](?=\d)"
)  # "3.5", "5,4" (after thousands are joined): a decimal, kept through folding
_SEPARATED = re.compile(r"\b\d{1,3}(?:[,\u066c]\d{3})+\b")  # a thousands separator is written in counts, not years


def a_year(value: int) -> bool:
    """A number of a year's size (1900-2100)."""
    return FIRST_YEAR <= value <= LAST_YEAR


def _counts_a_noun(folded: str, end: int) -> bool:
    after = folded[end:].split()[:1]
    return bool(after) and (after[0] in COUNT_NOUNS or after[0].removeprefix(BEH) in COUNT_NOUNS)


_PEOPLE_KINDS = ("people", "actor", "title", "force", "armed_group", "nationality")


def _a_count(folded: str, start: int, end: int) -> bool:
    after = folded[end:].lstrip()
    before = folded[:start].split()
    if after.startswith("%") or (after.split() and after.split()[0].strip(".,،") in NOT_COUNT_AFTER):
        return False
    if _names_a_group(after.split()[:2]):
        return False  # "members of the Barrio 18 gang": part of the gang's name
    if (paired := _PAIRED.match(after)) and paired.group(1).strip(".,،") in NOT_COUNT_AFTER:
        return False  # "men of 56 and 67 years of age": two ages, the unit said once
    if len(before) > 1 and before[-1] == "of" and before[-2] in _AGED_PEOPLE:
        return False  # "men of 56", "a woman of 30": an age
    if folded[start:end].lower() == "one" and after.startswith("of "):
        # "bodies from one of the war's deadliest attacks": one of a kind, no count of people; "one of the
        # gunmen" is one person
        rest = [w for w in after.split()[1:3] if w != "the"]
        return bool(rest) and any(e.kind in _PEOPLE_KINDS for e in ENGLISH_LEXICON.get(rest[0], ()))
    raw = folded[start:end]
    if before and before[-1] in CLOCK_WORDS and raw.isdigit() and int(raw) > _HOURS_A_DAY:
        return True  # "الساعة 93 قتيلا": no clock shows 93
    if before and before[-1].strip(".,") in MONTH_NAMES and raw.isdigit() and int(raw) <= _DAYS_A_MONTH:
        return _counts_a_noun(folded, end)  # "on Tuesday November 21": a day of the month, unless it counts
    return not (before and before[-1] in NOT_COUNT_BEFORE)


def _names_a_group(after: list[str]) -> bool:
    """The number is followed by a group's noun and no people of it ("18 gang in", not "18 gang members")."""
    if not after or after[0].strip(".,،") not in NAME_NUMBER_HEADS:
        return False
    following = after[1].strip(".,،") if len(after) > 1 else ""
    return not any(e.kind in _PEOPLE_KINDS for e in ENGLISH_LEXICON.get(following, ()))


_PAIRED = re.compile(rf"^(?:and|or|to|-|{WAW})\s*\d+\s+(\S+)")  # "56 and 67 years": a range or pair
_AGED_PEOPLE = frozenset(("man", "men", "woman", "women", "boy", "boys", "girl", "girls"))
_HOURS_A_DAY = 24
_DAYS_A_MONTH = 31


def _counts_weapons(folded: str, position: int) -> bool:
    """The word after the number at ``position`` is a weapon the lexicon lists, in no sense a person
    ("10 رصاصات", "3 rockets"): the number counts weapons (a weapon's count, never a toll)."""
    after = folded[position:].split()[1:2]
    word = after[0].strip(".,،") if after else ""
    senses = LEXICON.get(word, ()) or ENGLISH_LEXICON.get(word.lower(), ())
    return bool(senses) and all(s.kind == "weapon" for s in senses)


def _word_value(raw: str) -> int:
    """A number word or a compound: the sum of its parts ("مئة وثلاثة عشر" = 100 + 13)."""
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    parts = raw.split(_AND)
    if len(parts) > 1:
        return sum(_word_value(part) for part in parts)
    return sum(NUMBER_WORDS[part] for part in re.split(r"[- ]", raw))  # "fifty-eight", "ثلاثة عشر"


def numbers_in(text: str) -> list[int]:
    """Every number stated in ``text``, in order (years included: callers decide what counts)."""
    return [value for value, _ in numbers_with_positions(text)]


def number_near(text: str, stems: tuple[str, ...], within: int = 5, others: tuple[str, ...] = ()) -> int | None:
    """The number closest to any of ``stems`` in ``text`` ("killed 5 ... injured 18": 18 for injured),
    if it stands within ``within`` words of one; a number far from the word counts something else.
    A number nearer to one of ``others`` belongs to that word ("59 were killed and 515 injured": 515 is
    the injured, however near "killed" it also stands); a text that names only ``others`` states no
    number for ``stems``."""
    folded = _folded(text)
    anchors = [_word_index(folded, m.start()) for stem in stems for m in re.finditer(re.escape(fold(stem)), folded)]
    rivals = [_word_index(folded, m.start()) for stem in others for m in re.finditer(re.escape(fold(stem)), folded)]
    candidates = [
        (v, _word_index(folded, pos))
        for v, pos in numbers_with_positions(text, counts_only=True)
        if not _counts_weapons(folded, pos)  # "أطلق 10 رصاصات أصابت": bullets, no people hurt
    ]
    if rivals and not anchors:
        return None
    if anchors and rivals:
        candidates = [(v, at) for v, at in candidates if _nearer(at, anchors, rivals)]
    if not candidates:
        return None
    if not anchors:
        return candidates[0][0]
    value, at = min(candidates, key=lambda va: min(abs(va[1] - a) for a in anchors))
    return value if min(abs(at - a) for a in anchors) <= within else None


def _nearer(at: int, anchors: list[int], rivals: list[int]) -> bool:
    """The number at word ``at`` is nearer an anchor than any rival; at equal distance it counts the
    noun right after it ("قتيل و4 جرحى": 4 wounded, one dead)."""
    mine, theirs = min(abs(at - a) for a in anchors), min(abs(at - r) for r in rivals)
    return mine < theirs or (mine == theirs and (at + 1) not in rivals)


def _word_index(folded: str, position: int) -> int:
    return folded.count(" ", 0, position)


def unsupported_numbers(claim: str, source: str) -> list[int]:
    """Numbers in ``claim`` that ``source`` does not state (as digits or words)."""
    allowed = set(numbers_in(source))
    return [n for n in numbers_in(claim) if n not in allowed]


def counts_in(text: str) -> list[int]:
    """Numbers in ``text`` that can be counts: no years, dates, times, ages, shares, distances."""
    return [n for n, _ in numbers_with_positions(text, counts_only=True)]


def words_after(text: str, count: int) -> list[str]:
    """The folded words after the first statement of ``count`` in ``text`` ("قتل 17 جنديا أفغانيا" ->
    ["جنديا", "افغانيا"]); [] when the text does not state it."""
    folded = _folded(text)
    for m in _NUMBER.finditer(folded):
        raw = m.group("num")
        number = float(raw.replace(",", "").replace(DECIMAL_MARK, ".")) if raw[0].isdigit() else _word_value(raw)
        value = int(number)
        if m.group("mult"):
            value = int(number * MULTIPLIERS[m.group("mult")])  # "3.5 million" is 3,500,000
        elif m.group("thousands"):
            rest = m.group("rest")
            value = value * 1000 + (int(rest) if rest.isdigit() else _word_value(rest))
        if value == count:
            return folded[m.end() :].split()
    return []
