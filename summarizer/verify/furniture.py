"""Page furniture around a news report's lead: a dateline ("Athens (AFP) -", "دمشق - (أ ف ب):"), a photo
credit and its caption. Pure functions over the article's characters."""

from __future__ import annotations

import re

from summarizer.lang.lexicon import (
    CAPTION_OPENERS,
    FURNITURE_OPENERS,
    MONTH_NAMES,
    NEWSLETTER_BOX,
    OUTLET_NAME_ENDS,
    WEEKDAYS,
)
from summarizer.lang.text import fold
from summarizer.verify.gazetteer import lookup
from summarizer.verify.grounding import Span

# "LONDON --", "BERLIN —", "NEW YORK, Dec 3 (Reuters) -", "(CNN)", "بيروت (رويترز) -", "دمشق - (أ ف ب):"
# "MAIDUGURI, Nigeria, April 21 (Reuters) -", "الخرطوم ـ «القدس العربي»:", "غزة/ الأناضول", "عنب بلدي –",
# "القاهرة - الأهرام:", "بيروت: «الشرق الأوسط»", "مظفر اباد «الأيام» رويترز :"
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r"(?: \([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\))?"  # "CELAYA (Mexico), April 16 (NNN-AGENCIES) —": its country
    r"(?:, [A-Za-z]+\.? \d{1,2})?\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|:|//)"  # "JUBA //" too
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][A-Za-z.]+)?\s*\([A-Z][^)]{1,29}\)\s*(?:--|—|–|-)"  # Marseille (AFP) -
    r"|[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z][^)]{1,29}\)\s*(?:--|—|–|-)"  # Oct. 16 (UPI) —
    r"|\(?[A-Za-z .]{2,20}\)\s*(?:--|—|–|-|:)?"
    r"|[\u0621-\u0652]+(?: [\u0621-\u0652]+)?\s*"
    r"(?:(?:،\s*[\u0621-\u0652]+(?: [\u0621-\u0652]+){0,3}\s*)?"  # "دبي، الإمارات العربية المتحدة (CNN)—"
    r"\([^)]{1,30}\)\s*(?:--|—|–|-|:)|(?:--|—|–|-|\u0640)\s*(?:\([^)]{1,30}\)|«[^»]{1,30}»)\s*:?"
    r"|(?:--|—|–|-|\u0640)\s*[\u0621-\u0652]+(?: [\u0621-\u0652]+)?\s*:"  # القاهرة - الأهرام:
    r"|(?:--|—|–|-|\u0640)\s*[\u0621-\u0652]+(?: [\u0621-\u0652]+)?\s*(?:--|—|–|-|\u0640)(?=\s)"  # بيت لحم- معا-
    r"|(?:--|—|–|-|\u0640)\s*[\u0621-\u0652]+(?: [\u0621-\u0652]+){0,2}[ \t]*(?=\n|$)"  # الرباط - هسبريس (a line)
    r"|:\s*«[^»]{1,30}»"  # بيروت: «الشرق الأوسط»
    r"|«[^»]{1,30}»\s*(?:[\u0621-\u0652]+(?: [\u0621-\u0652]+)?\s*)?(?:--|—|–|-|:)"  # مظفر اباد «الأيام» رويترز :
    r"|/\s*(?:[\u0621-\u0652]+ [\u0621-\u0652]+\s*(?:--|—|–|-|:)|[\u0621-\u0652]+\s*(?:--|—|–|-|:)?(?=\s))"
    r"|(?:--|—|–)(?=\s)))\s*"
)
# "الخرطوم 13 يوليو 2025 (شينخوا)", "CELAYA (Mexico), April 16 (NNN-AGENCIES) —": a city, the filing date
# and the agency open the lead
_ARABIC_DATED_DATELINE = re.compile(
    r"[\u0621-\u0652]+(?: [\u0621-\u0652]+)? \d{1,2} [\u0621-\u0652]+ \d{4} \([^)]{1,30}\)\s*(?:--|—|–|-|:)?\s*"
)
_CAPITALS_DATED_DATELINE = re.compile(
    r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?: \([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\))?(?:, [A-Z][A-Za-z.]+)*"
    r", [A-Z][a-z]+\.? \d{1,2}\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|:)\s*"
)


def without_filing_line(sentence: str) -> str:
    """The sentence without a dateline that gives the filing date: a date there says when the report was
    filed, not that the sentence tells of another day."""
    for pattern in (_ARABIC_DATED_DATELINE, _CAPITALS_DATED_DATELINE, _DATED_DATELINE):
        if m := pattern.match(sentence):
            return sentence[m.end() :]
    return sentence


# BBC-style "Image copyright X Image caption <caption> A Chinese boy ...": the caption ends where a
# lower-case word is followed by a capitalised determiner that opens the lead.
_CAPTION_END = re.compile(r"[a-z0-9,)] (?=(?:A|An|The|[A-Z][a-z]+ [a-z]+ (?:was|were|has|have|is|are)) )")


# An outlet's name ending in a word of outlets, then a hyphen ("المدينة نيوز - قضى عشرة اشخاص"): a city
# there ("بيروت - قال مسؤول") is left to be read as a place.
_OUTLET_DASH = re.compile(
    rf"^(?:[\u0621-\u0652]+ ){{0,2}}(?:{'|'.join(map(re.escape, OUTLET_NAME_ENDS))})\s*(?:--|—|–|-)\s+"
)


# "سرايا - لقي 12 مدنيا", "بيروت - قال مسؤول": one or two Arabic words and a spaced dash open the lead (an
# outlet's or a city's dateline): no words of the event
_NAME_DASH = re.compile(r"^[\u0621-\u0652]+(?: [\u0621-\u0652]+)?\s*(?:-|–|—)\s+")  # "الفاشر- لقي" too


# "Kabul, July 29 (EFE).-": a city, the filing date, the agency, then the dash; "Manila, Dec 29 (IANS) At
# least ...": the agency and the lead's first capital; "Islamabad, Oct. 1: A suicide bomber ...": a colon
_DATED_DATELINE = re.compile(
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?"
    r"(?: \([A-Z][^)]{1,29}\)\.?\s*(?:--|—|–|-|(?=[A-Z]))|:\s+(?=[A-Z]))"
)


# "Brussels 06.01.2022 “Dozens” of ...": a city and the filing date in figures open the lead
_NUMERIC_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+")
# "القاهرة: اصطدم قطاران ...": a city and a colon open the lead (a place the gazetteer knows)
_CITY_COLON = re.compile(r"(?P<city>[\u0621-\u0652]+(?: [\u0621-\u0652]+)?)\s*:\s+")


def _city_colon(head: str) -> re.Match | None:
    m = _CITY_COLON.match(head)
    return m if m and lookup(m.group("city")) is not None else None


# "Berlin — Six people have been killed", "Pattani, Thailand - A roadside bomb": a city the gazetteer knows,
# in title case (with its country, where a plain hyphen follows), and a spaced dash
_CITY_DASH = re.compile(
    r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:, (?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
    r"\s+(?P<dash>—|–|--|-)\s+(?=[A-Z\d])"
)


def _city_dash(head: str) -> re.Match | None:
    m = _CITY_DASH.match(head)
    if m is None or lookup(m.group("city")) is None:
        return None
    country = lookup(m.group("country")) if m.group("country") else None
    if m.group("dash") == "-" and not (country and country.is_country):
        return None  # a plain hyphen after a city alone may be a clause's aside
    return m


def dated_dateline_end(text: str, line_start: int) -> int | None:
    """Where a dateline that gives the filing date ends ("Kabul, July 29 (EFE).-"), when the line opens
    with one; else None."""
    m = _DATED_DATELINE.match(text, line_start)
    return m.end() if m else None


def in_dateline(text: str, start: int) -> bool:
    """Whether the words at ``start`` open a line as its dateline ("Athens (AFP) -", "دمشق - (أ ف ب):") or
    close one that names the outlet first ("الجزيرة نت – عمّان"): where the report was filed, not a place
    the article says anything happened at."""
    line_start = text.rfind("\n", 0, start) + 1
    opens = not text[line_start:start].strip() and (
        _DATELINE.match(text[start:]) is not None
        or _OUTLET_DASH.match(text[start:]) is not None
        or _DATED_DATELINE.match(text[start:]) is not None
        or _city_dash(text[start:]) is not None
        or _ARABIC_DATED_DATELINE.match(text[start:]) is not None
    )
    return opens or filed_from(text, start)


# "الجزيرة نت – عمّان", "Reuters - Amman": an outlet, a dash, the city it filed from, alone on a line.
_FILED_FROM = re.compile(r"^\s*\S[^\n]{0,40}?\s(?:--|—|–|-|\u0640{1,2})\s*(?P<city>\S[^\n]{1,30}?)\s*$")


def filed_from(text: str, start: int) -> bool:
    """Whether the words at ``start`` are the city that closes a dateline line naming the outlet first
    ("الجزيرة نت – عمّان"): where the report was filed."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    m = _FILED_FROM.match(line)
    return m is not None and line_start + m.start("city") == start and len(line.split()) <= 6


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_STAMP_WORDS = 8


def is_timestamp(line: str) -> bool:
    """A line that is only the page's time stamp ("Tuesday 15 October 2019 11:20, UK"): a weekday, a date
    with its year, a time, a zone; no event, and no other day's story."""
    tokens = re.findall(r"[^\s,،]+", line.strip().rstrip("."))
    if not 2 <= len(tokens) <= _STAMP_WORDS or not any(re.fullmatch(r"\d{4}", t) for t in tokens):
        return False
    return all(
        t.isdigit()
        or _CLOCK.fullmatch(t)
        or fold(t).lower() in WEEKDAYS
        or fold(t).lower() in MONTH_NAMES
        or (t.isupper() and len(t) <= 4)
        or t.lower() in ("am", "pm", "a.m.", "p.m.")
        for t in tokens
    )


def is_caption(sentence: str) -> bool:
    """A sentence that describes a picture ("An image taken from ... shows ..."), not the event."""
    lowered = sentence.strip().lower()
    if lowered.startswith(tuple(o + " " for o in CAPTION_OPENERS)):
        return True
    # "Media playback is unsupported on your device Media caption Fireworks 'chaos' as barge explodes": a
    # caption marker whose caption runs to the sentence's end, no lead after it
    rest = without_furniture(Span(sentence, 0, len(sentence)))
    marker = sentence[: rest.start].lower().rstrip(" :")
    return marker.endswith("caption") and _CAPTION_END.search(sentence, rest.start) is None


_BOX_REACH = 400  # characters from a sentence's start within which a newsletter box is page furniture


def after_newsletter_box(text: str) -> int:
    """Where the story starts after a newsletter box near the start of ``text`` (0 when there is none)."""
    head = text[:_BOX_REACH]
    opened = min((i for o in NEWSLETTER_BOX["opens"] if (i := head.find(o)) >= 0), default=-1)
    if opened < 0:
        # the box's last words opening a sentence ("Could not subscribe, try again later Invalid Email At
        # least seven passengers died ...")
        opened = -1 if any(head.find(c) >= 0 for c in NEWSLETTER_BOX["closes"]) else 0
        if opened == 0:
            return 0
    ends = [i + len(c) for c in NEWSLETTER_BOX["closes"] if (i := head.rfind(c)) > opened]
    end = max(ends, default=0)
    return end + len(text[end:]) - len(text[end:].lstrip())


def without_furniture(span: Span) -> Span:
    """``span`` without a leading dateline, photo credit, caption marker or newsletter box (repeatedly)."""
    at = after_newsletter_box(span.quote)  # characters of span.quote cut so far
    while True:
        text, before = span.quote[at:], at
        for opener in FURNITURE_OPENERS:
            if text[: len(opener)].lower() == opener.lower() and text[len(opener) : len(opener) + 1] in (" ", ":"):
                cut = len(opener)
                if opener.lower() in ("image caption", "caption") and (end := _CAPTION_END.search(text, cut)):
                    cut = end.end()
                elif opener.lower() in ("image copyright", "getty images") and (nxt := text.find(" Image", cut)) > 0:
                    cut = nxt + 1  # the credit's owner, up to the next marker
                at += cut
                break
        head = span.quote[at:]
        if (
            m := _DATELINE.match(head)
            or _OUTLET_DASH.match(head)
            or _DATED_DATELINE.match(head)
            or _NAME_DASH.match(head)
            or _NUMERIC_DATELINE.match(head)
            or _city_colon(head)
            or _city_dash(head)
            or _ARABIC_DATED_DATELINE.match(head)
        ):
            at += m.end()
        rest = span.quote[at:]
        at += len(rest) - len(rest.lstrip(" :-—–|"))
        if at == before:
            return Span(span.quote[at:], span.start + at, span.end)
