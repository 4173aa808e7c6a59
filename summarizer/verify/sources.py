"""What kind of source a name is (person, official, organisation, outlet, unnamed), read from its
words and their lexicon senses rather than taken from the model: "مصادر طبية" is unnamed, "المتحدث
باسم الشرطة" an official, "وكالة فرانس برس" an outlet, "الناشط أمجد الساري" a person."""

from __future__ import annotations

import re

from summarizer.lang.lexicon import (
    ADDRESSEE_CLITIC,
    ADDRESSEE_WORDS,
    ATTRIBUTION,
    CLAUSE_BREAKS,
    COMPLEMENTIZERS,
    ENGLISH_AFTER_NAME,
    ENGLISH_LEXICON,
    MEDIA_WORDS,
    NON_STATE_BODIES,
    OFFICE_TITLES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    STATE_BODIES,
    STATE_BODY_WORDS,
    UNNAMED_HEADS,
)
from summarizer.lang.text import ARTICLE, WAW, bare, clean, fold, has_arabic
from summarizer.verify.grounding import Span
from summarizer.verify.phrase import Word, analyse

_BODY_KINDS = ("institution", "force", "armed_group", "actor")


def source_kind(name: str) -> str | None:
    """The kind of the source ``name``, or None when its words do not decide it (a bare name with no
    title, place or body word: the model's kind stands)."""
    words = [w for w in (clean(x) for x in name.split()) if w]
    if not words:
        return None
    if has_arabic(name):
        return _arabic_kind(words)
    return _english_kind(words)


def _arabic_kind(words: list[str]) -> str | None:
    folded = [fold(w) for w in words]
    first = folded[0].removeprefix(WAW)
    if first in UNNAMED_HEADS or bare(first) in UNNAMED_HEADS:
        return "unnamed"
    if any(w in OUTLET_WORDS or bare(w) in OUTLET_WORDS or bare(w) in MEDIA_WORDS for w in folded[:2]):
        return "outlet"
    # The longest start of the name the lexicon reads: the words after it are a name it does not
    # know ("المتحدث باسم شرطة" + "موبي عثمان أبوبكر").
    if kind := _titled_after_name(words, folded):
        return kind
    for end in range(len(words), 0, -1):
        if analysed := analyse(" ".join(words[:end])):
            named = end < len(words) or any(w.name and not w.sense for w in analysed[1:])
            return _kind_of(analysed[0], has_name=named, words=analysed)
    return _titled_after_name(words, folded)


def _titled_after_name(words: list[str], folded: list[str]) -> str | None:
    """A person's name, then the title ("محمد عبد الكريم المسؤول الأمني المحلي"): the title's kind."""
    for start in range(1, min(4, len(words))):
        titled = analyse(" ".join(words[start:])) if folded[start].startswith(ARTICLE) else []
        if titled and titled[0].sense is not None and titled[0].sense.kind == "title":
            return _kind_of(titled[0], has_name=True, words=titled)
    return None


def _kind_of(head: Word, has_name: bool, words: list[Word]) -> str | None:
    sense = head.sense
    if any(w.sense and w.sense.kind == "outlet" for w in words):
        return "outlet"
    if sense is None:
        return None
    english = set(sense.en.lower().split())
    if sense.kind == "title":
        # a spokesman speaks as an official for the state, not for the Red Cross or a party
        office = (bool(english & OFFICE_TITLES) and not _other_body(words[1:])) or _state_body(words[1:])
        if has_name:
            return "official" if office else "person"
        return "official" if office else "organisation" if _other_body(words[1:]) else "unnamed"
    if sense.kind in _BODY_KINDS or sense.kind == "people":
        return "official" if english & STATE_BODIES else "organisation"
    return None


def _other_body(words: list[Word]) -> bool:
    """A body named that never speaks for the state ("الصليب الأحمر", a party)."""
    return _names_other_body(" ".join(w.sense.en.lower() for w in words if w.sense))


def _names_other_body(english: str) -> bool:
    """Whether lower-case English names a body that never speaks for the state (the Red Cross, a party)."""
    return any(re.search(rf"\b{re.escape(word)}\b", english) for word in NON_STATE_BODIES)


def _state_body(words: list[Word]) -> bool:
    return any(w.sense and set(w.sense.en.lower().split()) & STATE_BODIES for w in words)


_WEBSITE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|co|gov|tv)(?:\.[a-z]{2})?")


def _english_kind(words: list[str]) -> str | None:
    lower = [w.lower().strip("'’") for w in words]
    start = 1 if lower[0] in ("the", "a", "an") and len(lower) > 1 else 0
    body = lower[start:]
    if body[0] in UNNAMED_HEADS or (len(body) > 1 and body[1] in UNNAMED_HEADS):
        return "unnamed"  # "sources", "medical sources", "witnesses"
    if any(s.kind == "outlet" for s in ENGLISH_LEXICON.get(" ".join(body), ())):
        return "outlet"  # "Agence France-Presse", a name the lexicon knows whole
    senses = [next(iter(ENGLISH_LEXICON.get(w, ())), None) for w in body]
    if any(s and s.kind == "outlet" for s in senses) or any(w in OUTLET_WORDS or w in MEDIA_WORDS for w in body):
        return "outlet"
    if len(body) == 1 and _WEBSITE.fullmatch(body[0]):
        return "outlet"  # "News.com.au", "ABC.net.au": a website that reports
    capitalised = [w for w in words[start:] if w[:1].isupper()]
    titles = [w for w, s in zip(body, senses, strict=True) if (s and s.kind == "title") or w in OFFICE_TITLES]
    if titles:
        other_body = _names_other_body(" ".join(body))
        office = (any(t in OFFICE_TITLES for t in titles) and not other_body) or any(w in STATE_BODIES for w in body)
        named = len(capitalised) > len(titles)
        return ("official" if office else "person") if named else ("official" if office else "unnamed")
    if any(w in STATE_BODIES or w in STATE_BODY_WORDS for w in body):
        return "official"  # "the Interior Ministry", "London Ambulance Service"
    if any(s and s.kind in _BODY_KINDS for s in senses) or any(w in ORGANISATION_WORDS for w in body):
        return "organisation"
    return None


_BREAK = re.compile(
    "|".join(rf"(?<!\w){re.escape(b)}(?!\w)" if b[0].isalnum() else re.escape(b) for b in CLAUSE_BREAKS)
)


def clause_around(sentence: Span, at: int) -> Span:
    """The clause of ``sentence`` that holds offset ``at``: a sentence with two speakers ("..., بحسب فرانس
    برس، فيما تحدث عضو ... عن 25 قتيلاً") gives each figure the speaker of its own clause."""
    start, end = sentence.start, sentence.end
    for m in _BREAK.finditer(sentence.quote):
        cut = sentence.start + m.start()
        if cut <= at:
            start = cut
        else:
            end = min(end, cut)
            break
    return Span(sentence.quote[start - sentence.start : end - sentence.start], start, end)


def addressee(text: str, start: int) -> bool:
    """The name at ``start`` is whom a speaker spoke to ("لبي بي سي", "told the BBC"), not the speaker."""
    if start >= 1 and text[start - 1] == ADDRESSEE_CLITIC and (start < 2 or not text[start - 2].isalnum()):
        return True
    before = [w.lower() for w in text[:start].split()[-2:]]
    if not before:
        return False
    return before[-1] in ADDRESSEE_WORDS or (len(before) == 2 and before[-1] == "the" and before[0] in ADDRESSEE_WORDS)


def speaks_at(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is who said it or whom it was said to: a speech or attribution word just
    before ("بحسب مسؤولين", "قال المتحدث", "according to police"), a speech verb or "أن/إن" just after
    ("police said", "... الأربعاء، إن"), or an addressee. A name that is only mentioned ("بهجوم لطالبان")
    is none."""

    def said(words: list[str]) -> bool:
        return any(w in ATTRIBUTION or (w[:1] == WAW and w[1:] in ATTRIBUTION) for w in words)

    before = [fold(clean(w)) for w in text[:start].split()[-6:]]
    if said(before[-3:]):
        return True
    after = [clean(w).lower() for w in text[end:].split()[:2]]
    if any(w in ENGLISH_AFTER_NAME or fold(w) in COMPLEMENTIZERS for w in after):
        return True
    return addressee(text, start) and said(before)  # "قال مسؤولون لبي بي سي"; not "بهجوم لطالبان"
