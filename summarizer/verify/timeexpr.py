"""Time expressions: weekday, part of day and relative day, resolved to a date only when supported."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from summarizer.lang.lexicon import (
    AFTER_PART_OF_DAY,
    AFTER_WORD,
    CLOCK_HOUR,
    CLOCK_PARTS,
    CLOCK_QUALIFIERS,
    DAYS_AGO,
    DISTANCE_UNITS,
    ENGLISH_LEXICON,
    LASTED,
    MONTHS,
    NUMBER_WORDS,
    PART_OF_DAY_RELATIVES,
    PARTS_OF_DAY,
    PERIODS,
    RELATIVE_DAYS,
    THIS_PART_OF_DAY,
    TIME_GLUE,
    TODAY_PARTS,
    WEEKDAY_MODIFIERS,
    WEEKDAY_NAMES,
    WEEKDAY_NAMES_AR,
    WEEKDAYS,
    YESTERDAY_PARTS,
)
from summarizer.lang.text import ARTICLE, BEH, DEFINITE_PROCLITICS, WAW, clean, fold
from summarizer.verify.numbers import numbers_in
from summarizer.verify.phrase import senses_in
from summarizer.verify.phrase_en import render_english

_CLOCK_OR_YEAR = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{4}\b|\b[ap]\.?m\b", re.IGNORECASE)


def is_time_expression(text: str) -> bool:
    """The text says when: a clock time or year, a month, or a time word of the lexicon (weekday, part
    of the day, "yesterday", "New Year's Eve"); "في مقتل 35 شخصا" does not, nor does a distance ("على بعد
    حوالي 80 كيلومترًا": its "بعد" is no "after")."""
    if not weekdays_in(text) and any(fold(clean(w)).lower() in DISTANCE_UNITS for w in text.split()):
        return False
    if _CLOCK_OR_YEAR.search(text) or any(s.kind == "time" for s in senses_in(text)):
        return True
    words = re.findall(r"[a-z']+", text.lower())
    months = {m[:3] for m in MONTHS}  # "Dec. 31", "Sept"
    return any(
        w in MONTHS or (len(w) <= 4 and w[:3] in months) or any(e.kind == "time" for e in ENGLISH_LEXICON.get(w, ()))
        for w in words
    )


def only_a_time(text: str) -> bool:
    """Every word of the text is a time word or the glue between them ("Tuesday evening", "مساء
    الثلاثاء"): it says when, and names nothing that was hit or done."""
    words = [w for w in (clean(w) for w in text.split()) if w]
    timed = [w for w in words if w.lower() not in TIME_GLUE and fold(w) not in TIME_GLUE]
    return bool(timed) and all(is_time_expression(w) for w in timed)


def weekdays_in(text: str) -> set[int]:
    """Weekdays named in ``text`` (Arabic with the article, after clitics too, or English)."""
    return set(_weekdays_in(fold(text)))


# An Arabic weekday always carries the article, possibly after clitics ("وبالجمعة", "للجمعة").
_AR_NAMES = {n.removeprefix(ARTICLE): d for n, d in WEEKDAYS.items() if n.startswith(ARTICLE)}
_WEEKDAY_RE = re.compile(DEFINITE_PROCLITICS + "(" + "|".join(_AR_NAMES) + ")")


@lru_cache(maxsize=4096)
def _weekdays_in(folded: str) -> frozenset[int]:
    found = set()
    for word in folded.split():
        if word.isascii():
            word = word.strip('.,;:()"“”').lower()  # "Monday,"
            word = word[:-1] if word.endswith("days") and WEEKDAYS.get(word[:-1]) is not None else word  # "Tuesday's"
        if (day := WEEKDAYS.get(word)) is not None:
            found.add(day)
        elif m := _WEEKDAY_RE.fullmatch(word):
            found.add(_AR_NAMES[m.group(1)])
    return frozenset(found)


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": 1}


@dataclass(frozen=True)
class TimeParts:
    weekday: int | None
    part_of_day: str | None
    relative: str | None
    day_month: tuple[int, int] | None = None  # "7 أيلول/سبتمبر", "Sept. 7": (7, 9)
    period: str | None = None  # "the weekend": no one day
    days_ago: int | None = None  # "قبل يومين", "two days ago": days before the report

    def english(self) -> str | None:
        """An English rendering built from the parsed parts only ("Tuesday evening", "Friday, 7 September")."""
        words = []
        if self.days_ago is not None and self.weekday is None and not self.day_month:
            return DAYS_AGO["en"].get(self.days_ago)
        if self.relative == "today" and self.weekday is None and not self.day_month:
            return TODAY_PARTS.get(self.part_of_day or "")  # "فجر اليوم": at dawn today
        if self.relative == "yesterday" and self.weekday is None and not self.day_month:
            return YESTERDAY_PARTS.get(self.part_of_day or "")  # "مساء أمس": yesterday evening
        if self.weekday is not None:
            words.append(WEEKDAY_NAMES[self.weekday] + ("," if self.day_month else ""))
        if self.day_month:
            words.append(f"{self.day_month[0]} {MONTHS_EN[self.day_month[1] - 1].capitalize()}")
        if self.part_of_day:
            # "Friday at dawn", "Friday at noon"; "Friday evening", "Friday night" as they are
            part = f"at {self.part_of_day}" if words and self.part_of_day in _AT_PARTS else self.part_of_day
            words.append(part if words else part.capitalize())
        text = " ".join(words).rstrip(",")
        if not text and self.period:
            return f"over {self.period}"
        return text or None


MONTHS_EN = tuple(MONTHS)
_AT_PARTS = frozenset(("dawn", "noon", "midnight"))
_DAY = re.compile(r"^\d{1,2}$")


def parse(expression: str) -> TimeParts:
    words = [w.removeprefix(WAW).removeprefix(BEH) if len(w) > 4 else w for w in fold(expression).split()]
    words += [w.removeprefix(ARTICLE) for w in words]
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    part = next((PARTS_OF_DAY[w] for w in words if w in PARTS_OF_DAY), None)
    plain = fold(expression).split()
    for before, word in itertools.pairwise(plain):
        if before == AFTER_WORD and word.removeprefix(ARTICLE) in AFTER_PART_OF_DAY:
            part = AFTER_PART_OF_DAY[word.removeprefix(ARTICLE)]  # "بعد ظهر السبت": the afternoon
    relative = next((RELATIVE_DAYS[w] for w in words if w in RELATIVE_DAYS), None)
    for before, word in itertools.pairwise(plain):
        if word in PARTS_OF_DAY and before.lower() in PART_OF_DAY_RELATIVES:
            relative = relative or PART_OF_DAY_RELATIVES[before.lower()]  # "this morning": today's
    folded = fold(expression)
    period = next((v for k, v in sorted(PERIODS.items(), key=lambda kv: -len(kv[0])) if k in folded), None)
    if (back := days_ago(expression)) is not None:
        relative = None  # "أول أمس": the day before yesterday, not yesterday
    return TimeParts(weekday, part, relative, _day_month(expression), period, back)


def days_ago(expression: str, lasting: bool = True) -> int | None:
    """The days an expression counts back from the report ("قبل يومين" 2, "منذ ثلاثة أيام" 3, "a day ago" 1,
    "أول أمس" 2); None when it counts none. Not ``lasting``: only a past day ("قبل", "ago"), not "منذ" (since
    when something has lasted)."""
    folded = f" {fold(expression).lower()} "
    if (fixed := next((n for p, n in DAYS_AGO["fixed"].items() if f" {p} " in folded), None)) is not None:
        return fixed
    words = folded.split()
    for i, word in enumerate(words):
        if word not in DAYS_AGO["day_words"]:
            continue
        count, at = DAYS_AGO["day_words"][word], i
        if i and (counted := numbers_in(words[i - 1])):
            count, at = counted[0], i - 1  # "ثلاثة أيام", "two days"
        elif i and words[i - 1] in ("a", "one"):
            count, at = 1, i - 1
        before = at > 0 and words[at - 1].removeprefix(WAW) in DAYS_AGO["before" if lasting else "back"]
        after = i + 1 < len(words) and words[i + 1] in DAYS_AGO["after"]
        if count is not None and (before or after):
            return count
    return None


def _day_month(expression: str) -> tuple[int, int] | None:
    """A day of the month next to a month's name, in either order and language ("7 أيلول/سبتمبر",
    "December 31", "31 Dec.")."""
    tokens = re.findall(r"\d+|[^\W\d_]+", fold(expression).replace("/", " "))  # fold: "٧" is "7"
    for i, token in enumerate(tokens):
        if not _DAY.match(token) or not 1 <= (day := int(token)) <= 31:
            continue
        for near in tokens[i + 1 : i + 2] + tokens[max(i - 1, 0) : i]:
            if (month := _month(near)) is not None:
                return day, month
    return None


def _month(word: str) -> int | None:
    low = word.lower()
    english = next((i for i, m in enumerate(MONTHS_EN) if low == m or (len(low) >= 3 and m.startswith(low))), None)
    if english is not None:
        return english + 1
    names = [s.en.lower() for s in senses_in(word) if s.kind == "time"]
    return next((MONTHS_EN.index(n) + 1 for n in names if n in MONTHS_EN), None)


def resolve(parts: TimeParts, published: date | None) -> tuple[date | None, str, str | None]:
    """(date, precision, basis). A date needs a publication date to count back from."""
    if published is None:
        return None, "unknown", None
    if parts.days_ago is not None:
        day = published - timedelta(days=parts.days_ago)
        if parts.weekday is not None and day.weekday() != parts.weekday:
            return None, "unknown", f"article's weekday does not match {parts.days_ago} days before {published}"
        days = "a day" if parts.days_ago == 1 else f"{parts.days_ago} days"
        return day, "day", f"{days} before the publication date {published}"
    if parts.relative in _RELATIVE_DAYS:
        day = published - timedelta(days=_RELATIVE_DAYS[parts.relative])
        if parts.weekday is not None and day.weekday() != parts.weekday:
            return None, "unknown", f"article's weekday does not match {parts.relative} of {published}"
        return day, "day", f"{parts.relative} relative to publication date {published}"
    if parts.day_month is not None:
        return _dated(parts, published)
    if parts.weekday is not None:
        back = (published.weekday() - parts.weekday) % 7
        if back == 6:
            # The day after the publication date: a stamp in GMT behind the article's own clock ("Tue
            # 22:29 GMT" is Wednesday in Libya); a week back would need "last" ("الأربعاء الماضي").
            day = published + timedelta(days=1)
            return day, "day", f"{WEEKDAY_NAMES[parts.weekday]}: the day after publication date {published}"
        day = published - timedelta(days=back)
        return day, "day", f"most recent {WEEKDAY_NAMES[parts.weekday]} on or before publication date {published}"
    return None, "unknown", None


def _dated(parts: TimeParts, published: date) -> tuple[date | None, str, str | None]:
    """Day and month in the publication's year, or the year before when that date is still to come."""
    day, month = parts.day_month
    try:
        found = date(published.year, month, day)
        if found > published:
            found = date(published.year - 1, month, day)
    except ValueError:
        return None, "unknown", f"no such date: {day}/{month}"
    if parts.weekday is not None and found.weekday() != parts.weekday:
        return None, "unknown", f"the article's weekday does not match {found}"
    return found, "day", f"day and month as written, year of the publication date {published}"


_QUALIFIER = "|".join(sorted(map(re.escape, CLOCK_QUALIFIERS), key=len, reverse=True))
_CLOCK = re.compile(
    rf"(?:\b(?P<q>{_QUALIFIER})\s+)?\b(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s*(?P<ap>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
_LEFT_OVER = re.compile(r"^[\s,;.]*(?:on\s+)?|[\s,;.]+$", re.IGNORECASE)


def arabic_time(english: str) -> str | None:
    """An English time expression with a clock time in Arabic ("shortly after 6 a.m." -> "بعد الساعة 6
    صباحاً بقليل", "on Sunday at 10 p.m." -> "الأحد الساعة 10 مساءً"); None without a clock time or when
    the rest of the expression has no rendering."""
    m = _CLOCK.search(english)
    if m is None and (back := days_ago(english)) is not None and english.lower().split()[-1] in DAYS_AGO["after"]:
        return DAYS_AGO["ar"].get(back)  # "two days ago": "قبل يومين"
    if m is None and (today := THIS_PART_OF_DAY.get(english.lower().removeprefix("on ").strip())):
        return today  # "this morning": "صباح اليوم"
    if m is None:
        return _modified_weekday(english)
    if not 1 <= (hour := int(m["h"])) <= 12 or (m["m"] and int(m["m"]) > 59):
        return None
    h24 = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    part = next(word for bound, word in CLOCK_PARTS if h24 < bound)
    clock = f"{CLOCK_HOUR} {hour}{':' + m['m'] if m['m'] else ''} {part}"
    clock = CLOCK_QUALIFIERS[m["q"].lower()].format(t=clock) if m["q"] else clock
    rest = _LEFT_OVER.sub("", english[: m.start()] + " " + english[m.end() :]).strip()
    if not rest:
        return clock
    rendered = render_english(rest).text
    return f"{rendered} {clock}" if rendered else None


def _modified_weekday(english: str) -> str | None:
    """ "early Tuesday", "late Monday", "last Friday" in Arabic; None for anything else."""
    words = english.lower().removeprefix("on ").split()
    if len(words) != 2 or words[0] not in WEEKDAY_MODIFIERS:
        return None  # "late Monday night" keeps no rendering: the day's part would need its own phrase
    rest = render_english(" ".join(words[1:]).capitalize()).text
    return WEEKDAY_MODIFIERS[words[0]].format(d=rest) if rest and weekdays_in(rest) else None


_LAST = "last"


def month_in(sentence: str) -> tuple[str, str] | None:
    """A month a sentence names, with its day or "last" ("في 22 نيسان/أبريل", "أغسطس الماضي", "last
    August"), in English and Arabic: ("22 April", "22 أبريل"), ("last August", "أغسطس الماضي")."""
    words = [clean(w) for w in sentence.split()]
    for i, word in enumerate(words):
        month = _month_name(word)
        if month is None:
            continue
        day = words[i - 1] if i and words[i - 1].isdigit() and int(words[i - 1]) <= 31 else None
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1].lower() if i else ""
        last = before == _LAST or any(s.en == _LAST for s in senses_in(after))
        arabic = next(w.ar for w in ENGLISH_LEXICON.get(month.lower(), ()))
        en = " ".join(x for x in (day, month) if x) if day else (f"last {month}" if last else month)
        ar = f"{day} {arabic}" if day else (f"{arabic} {_last_ar()}" if last else arabic)
        return en, ar
    return None


def _last_ar() -> str:
    """ "الماضي": the lexicon's Arabic of "last" (of time), with its article, after a month's name."""
    written = next(w.ar for w in ENGLISH_LEXICON.get(_LAST, ()) if w.kind == "time")
    return ARTICLE + written


def _month_name(word: str) -> str | None:
    """The English name of the month a word names ("أغسطس", "نيسان/أبريل", "August"), else None."""
    if word.isascii():  # "May" is a month only capitalised ("may" is a verb)
        return word if word[:1].isupper() and word.lower() in MONTHS else None
    for part in word.split("/"):
        for sense in senses_in(part) if part else ():
            if sense.kind == "time" and sense.en.lower() in MONTHS:
                return sense.en
    return None


_OPENING = 6  # words: "وفي 22 نيسان/أبريل الماضي،", "In December last year"


def when_related(sentence: str) -> tuple[str, str] | None:
    """When another event the article tells of happened, in English and Arabic: a month in the
    sentence's opening words ("وفي أغسطس الماضي، قُتل ..."; a month further on is often another
    thing's: "the elections due in October"), else a weekday said to be yesterday's or last
    ("مساء أمس الإثنين"; a bare weekday may be the day someone spoke)."""
    if month := month_in(" ".join(sentence.split()[:_OPENING])):
        return month
    if last := _last_unit(sentence.split()[:_OPENING]):
        return last
    words = [fold(w) for w in sentence.split()]
    for i, word in enumerate(words):
        day = _weekdays_in(word)
        before = {RELATIVE_DAYS.get(w) for w in words[max(0, i - 2) : i]} | set(words[max(0, i - 2) : i])
        if len(day) == 1 and before & {"yesterday", _LAST}:  # "مساء أمس الإثنين": not the incident's day
            (found,) = day
            return WEEKDAY_NAMES[found], WEEKDAY_NAMES_AR[found]
    return None


_UNITS = ("week", "month", "year")


def _last_unit(words: list[str]) -> tuple[str, str] | None:
    """ "والأسبوع الماضي" / "last week", "العام الماضي" / "last year": in English and Arabic."""
    bare_words = [clean(w) for w in words]
    for i, word in enumerate(bare_words):
        if word.isascii():
            if word.lower() == _LAST and i + 1 < len(bare_words) and bare_words[i + 1].lower() in _UNITS:
                unit = bare_words[i + 1].lower()
                arabic = next(w.ar for w in ENGLISH_LEXICON.get(unit, ()))
                return f"last {unit}", f"{ARTICLE}{arabic} {_last_ar()}"
            continue
        unit = next((s.en for s in senses_in(word) if s.kind == "time" and s.en in _UNITS), None)
        following = bare_words[i + 1] if i + 1 < len(bare_words) else ""
        if unit and any(s.en == _LAST for s in senses_in(following)):
            return f"last {unit}", f"{word.removeprefix(WAW)} {following}"
    return None


def lasted(sentence: str) -> bool:
    """The sentence says something lasted days or hours: "a huge four-day rescue operation", "the search
    that took over 100 hours", "عملية إنقاذ استمرت أربعة أيام" (not "four days ago")."""
    words = [clean(w) for w in fold(sentence).replace("-", " ").split()]
    for i, word in enumerate(words[1:], start=1):
        counted = words[i - 1] in NUMBER_WORDS or words[i - 1].isdigit()
        after = words[i + 1] if i + 1 < len(words) else ""
        if counted and word in LASTED["en_units"] and after not in LASTED["en_not_after"]:
            return True
    return any(w.removeprefix(WAW) in LASTED["ar_verbs"] for w in words) and any(w in LASTED["ar_units"] for w in words)
