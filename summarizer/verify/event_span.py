"""The event's words: the clause of a lead sentence that says what happened, without what a news page
puts around it (a dateline, a photo credit or caption) and without who said it ("X said that ...",
"..., officials said"). Pure functions over the article: the result is always the article's own
characters, so its evidence offsets stay exact."""

from __future__ import annotations

import itertools
import re

from summarizer.lang.lexicon import (
    AFTERMATH_AFTER,
    ARABIC_AGREEMENT,
    ATTRIBUTION,
    BEARINGS,
    BEFORE_SOURCE,
    CLAIM_WORDS,
    CLAIMED_FOR,
    CLOCK_HOUR,
    CLOCK_QUALIFIERS,
    CLOCK_ZONES,
    COMPLEMENTIZERS,
    COMPOSED_PARTICIPLES,
    CONTRAST_OPENERS,
    COPULAR_ASIDES,
    DANGLING_TAILS,
    ENGLISH_AUXILIARIES,
    ENGLISH_BEARING_ADJECTIVES,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_IRREGULAR_PAST,
    ENGLISH_LEXICON,
    FURNITURE_OPENERS,
    INJURED_WORDS,
    KILLED_WORDS,
    LEXICON,
    LOCATED_WORDS,
    MONTHS,
    NEAR_HEADS,
    NUMBER_WORDS,
    OTHER_EVENT_OPENERS,
    OUTLET_WORDS,
    PARTS_OF_DAY,
    PHRASE_STOPS,
    PLUPERFECT_PARTICLE,
    QUANTIFIER_HEADS,
    RELATIVE_DAYS,
    RELATIVES,
    SPEECH_VERBS,
    SUFFERED_VERBS,
    TIME_WORDS,
    TOLL_RISE,
    TOLL_UPDATE,
    TOLL_VERBS,
    WEEKDAYS,
)
from summarizer.lang.text import ARTICLE, BEH, CONJUNCTIONS, HEH, LAM, WAW, clean, fold, mentions
from summarizer.verify.classify import classify
from summarizer.verify.furniture import after_newsletter_box, without_furniture
from summarizer.verify.gazetteer import lookup
from summarizer.verify.grounding import Article, Span
from summarizer.verify.main_incident import (
    follow_up_lead,
    incident_words,
    is_pluperfect,
    narration,
    tells_an_event,
    weekday_in,
)
from summarizer.verify.numbers import counts_in, numbers_in
from summarizer.verify.phrase import a_past_verb, analysed

MAX_EVENT = 120  # the extraction's bound on the event span
_TIME_OPENING_WORDS = (
    WEEKDAYS.keys()
    | TIME_WORDS
    | set(MONTHS)
    | ENGLISH_FUNCTION_WORDS
    | {w for q in CLOCK_QUALIFIERS for w in q.split()}
)
_AGE_AFTER_NAME = re.compile(r"(?<=[A-Za-z]),\s*\d{1,3}$")


def _a_day_word(word: str) -> bool:
    """A weekday, a time word or "on" ("said on Monday ..."): the day a source spoke."""
    folded = fold(clean(word)).lower()
    return folded in WEEKDAYS or folded in TIME_WORDS or folded == "on"


def without_attribution(span: Span) -> Span:
    """The clause a source is quoted as saying: after a leading "X said (that)" / "قال X إن", and
    before a closing ", officials said" / "، بحسب ما ذكرته الحركة"."""
    words = list(re.finditer(r"\S+", span.quote))
    start, end = 0, len(span.quote)
    if (words and fold(clean(words[0].group())).removeprefix(WAW) in ATTRIBUTION) or _said_early(words):
        for i, w in enumerate(words[:24]):  # an apposition may stand between ("الشرطة، البلد الصغير ...، أن")
            if w.group().isascii() and not any(_is_speech(v.group()) for v in words[max(0, i - 3) : i]):
                continue  # "killed in mass unrest that erupted": English "that" of a noun, not of "said"
            if fold(clean(w.group())) in COMPLEMENTIZERS and i + 3 < len(words):
                start = words[i + 1].start()
                break
        else:
            said = next((i for i, w in enumerate(words[:10]) if _is_speech(w.group())), None)
            if said is not None and span.quote[words[0].start() : words[said].start()].count(",") == 0:
                if said + 3 < len(words) and words[said].group().lower() in _SAID:
                    first = said + 1
                    while first + 3 < len(words) and _a_day_word(words[first].group()):
                        first += 1  # "said Monday 14 civilians ... were killed": the clause, not the day
                    start = words[first].start()
            if start == 0 and (told := _told_by_its_noun(words)) is not None:
                start = told  # "أفادت وسائل إعلام محلية في تنزانيا، بمقتل 60 شخصا": what was reported
    if start == 0 and words and fold(clean(words[0].group())).lower().removeprefix(WAW) in BEFORE_SOURCE:
        # "ووفقا لأحدث الأرقام المتوفرة، أسفر الانفجار ...", "According to police, ...": after its comma
        comma = next((i for i, w in enumerate(words[:_LEADING_SOURCE_REACH]) if w.group()[-1:] in "،,"), None)
        if comma is not None and comma + 3 < len(words):
            start = words[comma + 1].start()
    start = _after_claim(words, start)
    tail = span.quote[start:]
    for m in re.finditer(r"[,،]\s*", tail):
        # The words up to the next comma: ", the British police ... said, and the driver ..."
        rest = [fold(clean(w)) for w in re.split(r"[,،]", tail[m.end() :])[0].split()]
        if rest and len(rest) <= 9 and any(w in SPEECH_VERBS or w.removeprefix(WAW) in SPEECH_VERBS for w in rest):
            end = start + m.start()
            break
    end = min(end, start + _according_to(span.quote[start:end]))
    quote = span.quote[start:end]
    return Span(quote, span.start + start, span.start + start + len(quote))


_TOLD_REACH = 12  # words of a speaker (and where it reports from) before "بمقتل"
_LEADING_SOURCE_REACH = 8  # words of an opening "according to ..." up to its comma


def _told_by_its_noun(words: list[re.Match]) -> int | None:
    """Where an Arabic report's content begins, told by a verbal noun after "ب" past the comma that closes its
    speaker ("أفادت وسائل إعلام محلية في تنزانيا، بمقتل 60"): the position after the "ب"; else None."""
    for i, w in enumerate(words[1:_TOLD_REACH], start=1):
        token = clean(w.group())
        if token.startswith(BEH) and mentions(token[1:], (*KILLED_WORDS, *INJURED_WORDS)) and len(token) > 3:
            # only past a comma: "أفادت تقارير بمقتل 37" keeps who reported it, a hedge of its own
            return w.start() + 1 if words[i - 1].group()[-1:] in "،," else None
    return None


_ACCORDING_REACH = 4  # words the event takes before "بحسب ما أوردت ..." can be cut from it


def _according_to(clause: str) -> int:
    """Where a closing "بحسب ما أوردت وكالة ..." / "according to ..." starts without a comma before it
    (the length of the clause when none): the speaker is a source, said apart, not the event."""
    words = list(re.finditer(r"\S+", clause))
    for w in words[_ACCORDING_REACH:]:
        if fold(clean(w.group())).lower().removeprefix(WAW) in BEFORE_SOURCE:
            return w.start()
    return len(clause)


def _after_claim(words: list[re.Match], start: int) -> int:
    """A lead that opens on who claimed it ("Islamic State claimed responsibility on Thursday for an
    attack on a remote military camp ..."): the event is what was claimed, after "for"/"عن"."""
    for i, w in enumerate(words[:12]):
        if w.start() >= start and any(fold(clean(w.group())).startswith(c) for c in CLAIM_WORDS):
            for k in range(i + 1, min(i + 5, len(words) - 3)):
                if fold(clean(words[k].group())) in CLAIMED_FOR:
                    return words[k + 1].start()
    return start


def _verb_left_out(article: Article, span: Span, sentence: Span) -> Span | None:
    """The span with the one word before it at its sentence's start when that word is a verb the lexicon
    knows ("ضرب زلزال قوي ..."): the span opened on the verb's subject, or on its subject's count
    ("استهدفت أربع | طائرات مُسيرة"): a number word counts the subject that follows it."""
    before = article.text[sentence.start : span.start]
    words = before.split()
    counted = len(words) == 2 and bool(numbers_in(words[1])) and not words[1].isdigit()
    if not before.strip() or (len(words) != 1 and not counted) or not before.endswith(" ") or before.isascii():
        return None
    found = analysed(clean(before.split()[0]))
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None or found[0].sense.pos != "verb":
        return None
    return Span(article.text[sentence.start : span.end], sentence.start, span.end)


def _speaker_runs_on(rest: str) -> bool:
    """The sentence goes on after a span, within its clause, with a few words and a speech verb."""
    clause = re.split(r"[,،.;:]", rest)[0]
    if not clause.strip() or clause[:1].isspace():
        return False  # the span ended on a whole word: its attribution, if any, is after a comma
    words = [fold(clean(w)) for w in clause.split()]
    return len(words) <= 6 and any(w in SPEECH_VERBS or w.removeprefix(WAW) in SPEECH_VERBS for w in words)


def _said_early(words: list[re.Match]) -> bool:
    """An English lead that opens on who said it: "Assistant Sheriff Tom Roberts said officer ..."."""
    return any(w.group().lower() in _SAID for w in words[1:8]) and not any("," in w.group() for w in words[:3])


_SAID = ("said", "says")  # "A Somali police officer says a suicide bomber detonated ..."


def _is_speech(word: str) -> bool:
    return fold(clean(word)) in SPEECH_VERBS or clean(word).lower() == "says"


# ", and" or "and" opening a second clause with its own subject and verb ("and negotiations were ongoing")
_SECOND_CLAUSE = re.compile(
    r",?\s+and\s+(?:the\s+|their\s+|its\s+)?(?P<subject>[a-z]+)\s+(?:were|was|are|is|have|has|had)"
    r"(?:\s+(?!been\b)|$)"
)
_RELATIVE = re.compile(r"\s(?:where|who|which|whose)\s")  # a relative clause a length cut leaves unfinished
_DANGLING = frozenset(("known", "called", "named", "dubbed", "described", "identified", "believed", "thought"))
_SUBORDINATE = re.compile(r"\s(?:after|when|as|before|because|while)\s")  # so does an adverbial clause
_RELATIVE_AFTER = 25  # characters of a lead before its relative clause: enough to say who did what
# a dateline's city (its country after a comma) and a colon before the lead: "Yangoon:", "Moulay Brahim, Morocco:"
_CITY_COLON = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+)?:\s+(?=[A-Z0-9])")
_OUTLET_TAG = re.compile(r"^([A-Z]{5,})\s+(?=[A-Z][a-z])")  # an agency's name in capitals before the lead
_CLAUSE_COMMA = re.compile(r"[،,](?!\d)| [–—] ")  # a comma or a spaced dash ending a clause, not "1,300"
_LONE_CONJUNCTION = re.compile(rf"^[{CONJUNCTIONS}]\s+")


def _noun_cut_from_its_adjective(quote: str, whole: str) -> str | None:
    """The English word after a cut that ends on an adjective ("a trouble-torn", "the remote"), when that word
    is a noun the lexicon knows; else None."""
    words, rest = quote.split(), whole[len(quote) :].split()
    if not quote.isascii() or len(words) < 2 or not rest:
        return None
    last = words[-1].lower()
    senses = ENGLISH_LEXICON.get(last, ())
    determined = words[-2].lower() in ("a", "an", "the")
    adjective = all(w.pos == "adj" for w in senses) if senses else "-" in last and determined
    nxt = clean(rest[0]).lower()
    if not adjective or not any(w.pos == "noun" for w in ENGLISH_LEXICON.get(nxt, ())):
        return None
    return clean(rest[0])


def _cause_of_toll(rest: str) -> str | None:
    """What a toll verb's subject names before its "عن" and casualty noun ("الانفجار الذي وقع في ...، عن
    إصابة 61 شخصا" -> "الانفجار الذي وقع في ..."), when it names an event with its relative clause; None
    otherwise."""
    words = rest.split()
    at = next((k for k, w in enumerate(words) if fold(clean(w)) in TOLL_UPDATE["result_about"]), None)
    if at is None or at < 1 or at + 1 >= len(words) or not mentions(words[at + 1], (*KILLED_WORDS, *INJURED_WORDS)):
        return None
    cause = " ".join(words[:at]).rstrip("،, ")
    # only a cause told with its own verb ("الانفجار الذي وقع في ..."), said as what occurred; "أسفر هجوم
    # بقنبلة عن مقتل خمسة أشخاص" stays the clause it is
    if not any(fold(clean(w)) in RELATIVES for w in words[1:at]):
        return None
    return cause if classify([cause])[1] is not None or _event_head(words[0]) else None


def _result_said(rest: str) -> bool:
    """The toll verb's "عن" stands in the span (what it resulted in is said)."""
    return any(fold(clean(w)) in TOLL_UPDATE["result_about"] for w in rest.split())


def reported_without_its_verb(text: str) -> bool:
    """What the clause reports after "أن"/"that" has no verb yet ("نقلت تقارير ... أن مسلحين متطرفين،
    قطعوا رؤوس ..." cut at its comma): a cut there leaves a fragment."""
    words = [clean(w) for w in text.split()]
    at = max((k for k, w in enumerate(words) if fold(w).lower() in COMPLEMENTIZERS), default=None)
    if at is None:
        return False
    after = words[at + 1 :]
    return not any(_a_verb(" ".join(after[k : k + n])) for k in range(len(after)) for n in (1, 2))


def _a_verb(phrase: str) -> bool:
    found = analysed(phrase)
    one = not isinstance(found, str) and len(found) == 1
    return one and found[0].sense is not None and found[0].sense.pos == "verb"


def trimmed(span: Span) -> Span:
    """No dangling preposition or article at the end ("... near London on"), no closing punctuation,
    and at most MAX_EVENT characters, cut at a clause boundary where one is near."""
    if dateline := _CITY_COLON.match(span.quote):
        span = Span(span.quote[dateline.end() :], span.start + dateline.end(), span.end)  # "Yangoon: At least ..."
    if (tag := _OUTLET_TAG.match(span.quote)) and not ENGLISH_LEXICON.get(tag.group(1).lower()):
        span = Span(span.quote[tag.end() :], span.start + tag.end(), span.end)  # "KAZINFORM Two strong ..."
    if lone := _LONE_CONJUNCTION.match(span.quote):
        span = Span(span.quote[lone.end() :], span.start + lone.end(), span.end)  # "و غمر الدخان": a typed-apart "and"
    if _glued_and_before_verb(span.quote):
        span = Span(span.quote[1:], span.start + 1, span.end)  # "وهزت انفجارات": the verb, not "and rocked"
    first, _, rest = span.quote.partition(" ")
    if rest and fold(clean(first)) in TOLL_UPDATE["result_verbs"] and (cause := _cause_of_toll(rest)):
        # "أسفر الانفجار الذي وقع في المركز التجاري ... عن إصابة 61 شخصا": the explosion; its toll is said apart
        at = len(span.quote) - len(rest)
        span = Span(cause, span.start + at, span.start + at + len(cause))
        first, _, rest = span.quote.partition(" ")
    if rest and fold(clean(first)) in TOLL_UPDATE["result_verbs"] and not _result_said(rest):
        # "أسفر هجوم بقنبلة هو الأول منذ أكثر من شهر في كابول": cut before "عن مقتل", the verb says nothing
        at = len(span.quote) - len(rest)
        span = Span(span.quote[at:], span.start + at, span.end)
    elif rest and fold(clean(first)) in TOLL_UPDATE["causes"]:
        at = len(span.quote) - len(rest)  # "جرّاء غرق قارب": what happened, without the "because of" of its toll
        span = Span(span.quote[at:], span.start + at, span.end)
    if (restart := _lead_after_its_title(span.quote)) is not None:
        # "مقتل 9 أشخاص ... في انفجار بالعاصمة القطرية الدوحة لقي 9 أشخاص مصرعهم": a title glued to its lead
        span = Span(span.quote[restart:], span.start + restart, span.end)
    quote = span.quote
    if len(quote) > MAX_EVENT:
        head = quote[:MAX_EVENT]
        cut = _clause_cut(head)
        quote = head[:cut] if cut > 60 else _not_in_a_name(head.rsplit(" ", 1)[0], quote)
        if quote.isascii() and (relative := list(_RELATIVE.finditer(quote))) and relative[-1].start() > _RELATIVE_AFTER:
            # "... in north-west Iran where rescuers", "A band of gunmen invaded a resort where dozens of ...
            # and opened": a relative clause the cut leaves unfinished goes whole
            quote = quote[: relative[-1].start()]
        sub = list(_SUBORDINATE.finditer(quote)) if quote.isascii() else []
        rest = quote[sub[-1].end() :] if sub else ""
        # a clause opener, or "after"/"before" whose words stop on a participle that wants its complement
        # ("after local bandits known"); "after a fireworks malfunction at a beach party" is whole
        dangling = any(w in _DANGLING for w in rest.split()[-2:])  # "known" or "known as"
        dangling = dangling or _unfinished_report(rest.split())  # "after police say a man | with a rifle opened fire"
        opener = sub and (sub[-1].group().strip() not in ("after", "before") or dangling)
        if opener and sub[-1].start() > _RELATIVE_AFTER and not re.search(r"[,;]", rest) and not _finite(rest.split()):
            # "... on Friday after local bandits known | as “dahalo” set homes on fire": the "after" clause
            # cut before its verb goes whole; what happened is said before it
            quote = quote[: sub[-1].start()]
        last = quote.split()[-2:]
        if len(last) == 2 and fold(clean(last[0])) in PHRASE_STOPS and _unnamed_place_word(last[1]):
            quote = quote[: quote.rfind(last[0])].rstrip()  # "... في إقليم": cut off before its name
    if len(quote) < len(span.quote) and quote.split() and re.fullmatch(r"[\d.,]+", quote.split()[-1]):
        quote = quote[: quote.rfind(" ")] if " " in quote else quote  # "... plunged into 200": its unit was cut
    if quote.count('"') % 2 and (close := span.quote.find('"', len(quote))) >= 0 and close - len(quote) < _QUOTE_REACH:
        quote = span.quote[: close + 1]  # 'المدعومة من "الحرس الثوري': the quoted name closed, not cut inside
    quote = _without_cut_clause(quote)
    if len(quote) < len(span.quote):
        quote = _without_cut_toll_relative(quote, span.quote)
    if len(quote) < len(span.quote) and (noun := _noun_cut_from_its_adjective(quote, span.quote)):
        # "... patrolling a trouble-torn | district": the noun the adjective describes, within the length; else
        # back to before the adjective and its article ("... after a huge | landslide")
        words = quote.split()
        back = 2 if len(words) > 2 and words[-2].lower() in ("a", "an", "the") else 1
        longer = f"{quote} {noun}"
        quote = longer if len(longer) <= MAX_EVENT else quote[: quote.rfind(words[-back])].rstrip()
    if quote.count("(") > quote.count(")"):
        quote = quote[: quote.rfind("(")].rstrip()  # "... on behalf of Islamic State (IS, formerly": no gloss cut short
    words = quote.split()
    cut = len(quote) < len(span.quote)
    while len(words) > 2:
        if cut and _verb_without_its_object(words):
            del words[-2:]  # "... that killed nine people and wounded | two officers": the second verb's object cut
        elif fold(" ".join(clean(w) for w in words[-2:])) in DANGLING_TAILS:
            del words[-2:]  # "... ما أدى", "تزامنت مع": a clause cut before it says anything
        elif fold(clean(words[-1])) in (ENGLISH_FUNCTION_WORDS | PHRASE_STOPS | DANGLING_TAILS):
            words.pop()
        elif cut and fold(clean(words[-1])) in QUANTIFIER_HEADS:
            words.pop()  # "... في مطعم قرب أحد" of "أحد محطات البنزين": one of what was cut off
        elif fold(clean(words[-1])).removeprefix(WAW).lower() in NEAR_HEADS:
            words.pop()  # "... انفجار سيارة ملغومة بالقرب" of "بالقرب من بلدة القيارة": near what was cut off
        elif _a_bearing(words[-1]) or clean(words[-1]).lower() in ENGLISH_BEARING_ADJECTIVES:
            words.pop()  # "... killing at least seven soldiers north", "... in the northern": its place cut off
        elif fold(clean(words[-1])).lower() in RELATIVE_DAYS:
            words.pop()  # "... province of Narathiwat today": when, said by the time slot with its date
        elif cut and _composed(words[-1]):
            words.pop()  # "... بمجمع تجاري مكون | من ستة طوابق": a participle cut from what it is made of
        elif cut and _unnamed_place_word(words[-1]):
            words.pop()  # "... بدون طيار بمنطقة" of "بمنطقة (قيفة)": a place word whose name was cut off
        elif cut and fold(clean(words[-1])) == fold(CLOCK_HOUR):
            words.pop()  # "... الساعة" whose hour was cut off
        elif cut and fold(clean(words[-1])) in _ZONE_WORDS:
            words.pop()  # "... الساعة 10.44 بتوقيت": a clock time's zone cut off; the time slot says when
            if len(words) > 3 and fold(clean(words[-2])) == fold(CLOCK_HOUR) and words[-1][:1].isdigit():
                del words[-2:]
        elif not words[-1].isascii() and fold(clean(words[-1])) in PARTS_OF_DAY:
            words.pop()  # "... وسط إسطنبول عصر" of "عصر اليوم الأحد": a part of the day cut from its day
        elif words[-1].endswith(("'s", "’s")) and (owner := _owner_phrase(words)):
            del words[-owner:]  # "... of violence by the Caribbean nation’s": whose, cut before what
        else:
            break
    quote = quote[: quote.rfind(words[-1]) + len(words[-1])] if words else quote
    quote = quote.rstrip(" .,،:;-—–")
    quote = _AGE_AFTER_NAME.sub("", quote)  # "... killed Phillip Pitts, 41": the victim's age, no part of the event
    return Span(quote, span.start, span.start + len(quote))


def _lead_after_its_title(quote: str) -> int | None:
    """Where a lead's own verb restarts a span that opened on its title's toll, glued without a stop ("مقتل
    9 أشخاص وإصابة 32 آخرين في انفجار بالدوحة لقي 9 أشخاص مصرعهم"): the verb's clause tells it; the title's
    words before it are a noun phrase saying the same count."""
    words = list(re.finditer(r"\S+", quote))
    if quote.isascii() or len(words) < 8 or not counts_in(words[1].group() if len(words) > 1 else ""):
        return None
    first = counts_in(words[1].group())[0]
    for i in range(4, len(words) - 2):
        word = fold(clean(words[i].group()))
        if clean(words[i - 1].group()) != words[i - 1].group():
            return None  # a comma or a stop before it: no glued title
        if word in TOLL_VERBS and first in counts_in(words[i + 1].group()):
            return words[i].start()
    return None


def _without_cut_toll_relative(quote: str, whole: str) -> str:
    """An Arabic span cut inside a relative clause that tells the toll (``whole``: the span before the cut;
    "... سقوط إحدى الرافعات في الحرم المكي التي راح ضحيتها 107 وأكثر"): cut before the relative; the toll
    is said apart, whole."""
    words, told = quote.split(), whole.split()
    for i in range(_COPULAR_REACH, len(words)):
        if fold(clean(words[i])).removeprefix(WAW) in RELATIVES and mentions(
            " ".join(told[i + 1 : i + 4]), (*KILLED_WORDS, *INJURED_WORDS)
        ):
            return quote[: quote.find(f" {words[i]} ")].rstrip(" ،,")
    return quote


def _composed(word: str) -> bool:
    """A participle of composition ("مكون", "المكونة"): it needs the "من" and what follows."""
    stem = fold(clean(word)).removeprefix(ARTICLE)
    return stem in COMPOSED_PARTICIPLES or (stem.endswith(HEH) and stem[:-1] in COMPOSED_PARTICIPLES)


def _a_bearing(word: str) -> bool:
    """A bearing, also with a preposition glued to it ("بشرق" of "بشرق جمهورية الكونغو")."""
    folded = fold(clean(word)).lower()
    return folded in BEARINGS or (folded[:1] in _GLUED_PREPOSITIONS and folded[1:] in BEARINGS)


_GLUED_PREPOSITIONS = frozenset((BEH, LAM))


def _verb_without_its_object(words: list[str]) -> bool:
    """An English span that a length cut ends on "and" and a verb of killing or wounding: the verb's
    object (its count) was cut off."""
    last, before = clean(words[-1]).lower(), clean(words[-2]).lower()
    return last.isascii() and before in ("and", "while") and mentions(last, (*KILLED_WORDS, *INJURED_WORDS))


_ZONE_WORDS = frozenset(zone.split()[0] for zone in CLOCK_ZONES)  # "بتوقيت" of "بتوقيت غرينتش"
_QUOTE_REACH = 40  # characters past a length cut within which a quoted name's closing mark is taken in
_OWNER_REACH = 5  # words back from a possessive to the preposition that opens its phrase


def _owner_phrase(words: list[str]) -> int:
    """How many last words make an English phrase a cut left at its possessive ("by the Caribbean
    nation’s"): back to its preposition; 0 when none is near."""
    for n in range(2, min(_OWNER_REACH, len(words) - 2) + 1):
        if words[-n].lower() in _OWNER_OPENERS:
            return n
    return 0


_OWNER_OPENERS = frozenset(("by", "of", "in", "at", "on", "from", "with", "for", "to", "against"))


def _unnamed_place_word(word: str) -> bool:
    """An Arabic place word alone, without its article ("إقليم", "منطقة"): a place whose name was cut off."""
    if word.isascii() or fold(word).startswith(ARTICLE):
        return False
    found = analysed(clean(word))
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].sense is not None
        and (found[0].sense.kind == "place_word" and found[0].name is None)
    )


def _not_in_a_name(head: str, whole: str) -> str:
    """``head`` (the start of ``whole``) without an English name it cuts short ("... in Prague's Old" of
    "Prague's Old Town"): back to before the name's words."""
    rest = whole[len(head) :].split()
    if not rest or not rest[0].replace("’", "'").isascii():  # "People’s": a curly apostrophe is English too
        return head
    words = list(re.finditer(r"\S+", head))
    # "... capsized on the Congo | river": a lower-case place word after a name is part of it too
    named_place = words and words[-1].group()[:1].isupper() and _an_english_place_word(rest[0])
    if not rest[0][:1].isupper() and not named_place:
        return head
    while len(words) > 1 and words[-1].group()[:1].isupper():
        words.pop()
    # "... in remote | Meyarga village": the name's adjective goes with it, back to its preposition
    before = [w.group().lower() for w in words[-3:]]
    if before and before[-1] not in ENGLISH_FUNCTION_WORDS and (at := _last_preposition(before)) is not None:
        del words[len(words) - len(before) + at :]
    return head[: words[-1].end()] if len(words) > 1 else head


def _last_preposition(words: list[str]) -> int | None:
    found = [k for k, w in enumerate(words) if w in _OWNER_OPENERS]
    return found[-1] if found and found[-1] > 0 else None


def _an_english_place_word(word: str) -> bool:
    return any(e.kind == "place_word" for e in ENGLISH_LEXICON.get(clean(word).lower(), ()))


_ENGLISH_OPENERS = re.compile(
    r"\s(?:when|while|because|where)\s", re.I
)  # conjunctions, not "after" (a preposition too)
_CUT_SHORT = 4  # words of an English subordinate clause that ends before its verb ("when the small plane")


def _glued_and_before_verb(quote: str) -> bool:
    """An Arabic span that opens on "و" glued to a verb ("وهزت", "وقتل"): the analyser takes the "و" apart
    and the word without it has a verb's reading ("وقع" is a verb as it stands, and keeps its letter)."""
    first = clean(quote.split()[0]) if quote.split() else ""
    if not first.startswith(WAW) or len(first) < 4:
        return False
    found = analysed(first)
    glued = not isinstance(found, str) and len(found) == 1 and found[0].conj
    return glued and any(s.pos == "verb" for s in LEXICON.get(fold(first)[1:], ()))


def _without_cut_clause(quote: str) -> str:
    """A span that ends a few words into a contrast clause ("..., فيما بلغ عدد", ", while the"): cut
    at the comma before it, the clause being another fact, unfinished."""
    second = _SECOND_CLAUSE.search(quote) if quote.isascii() else None
    if second and second.start() > 30 and second["subject"] not in NUMBER_WORDS:
        return quote[: second.start()]  # "... abducted in South Sudan and negotiations were ongoing": another fact
    last = list(_ENGLISH_OPENERS.finditer(quote)) if quote.isascii() else []
    tail = quote[last[-1].end() :].split() if last else []
    verbless = not any(w.lower().rstrip(".,").endswith(("ed", "s", "ing")) for w in tail)  # "when the bus exploded"
    if last and len(tail) <= _CUT_SHORT and verbless and last[-1].start() > 20:
        return quote[: last[-1].start()]  # "... died on Sunday when the small plane": the clause cut short
    for opener in CONTRAST_OPENERS:
        for comma in ("، ", ", "):
            at = quote.rfind(f"{comma}{opener} ")
            if at > 0 and len(quote[at:].split()) <= 5:
                return quote[:at]
        # a three-word opener needs no comma ("... في نيجيريا في الوقت الذي قال فيه سكان إن عدد القتلى")
        at = quote.rfind(f" {opener} ")
        if len(opener.split()) >= 3 and at > 0 and len(quote[at:].split()) <= 12:
            return quote[:at]
    return _without_copular_aside(quote)


_COPULAR_REACH = 4  # words of the event before an aside on it may open


def _without_copular_aside(quote: str) -> str:
    """An Arabic event without its closing aside on what it was ("... امس الخميس هو الأحدث في سلسلة هجمات
    نفذتها الحركة"): a pronoun before a definite word opens a remark, not more of the event."""
    words = quote.split()
    for i in range(_COPULAR_REACH, len(words) - 1):
        if fold(clean(words[i])) in COPULAR_ASIDES and fold(clean(words[i + 1])).startswith(ARTICLE):
            return quote[: quote.find(f" {words[i]} {words[i + 1]}")].rstrip(" ،,")
    return quote


def event_clause(article: Article, event: str) -> str:
    """The article's words for the event the span ``event`` points to, cleaned of page furniture and
    attribution; the span itself when nothing is to be cleaned or too little would be left."""
    span = article.locate(event)
    if span is None:
        return event
    sentence = article.sentence_around(span)
    if (box := after_newsletter_box(sentence.quote)) and span.start < sentence.start + box:
        # a video's caption and a newsletter box before the story ("... Get daily updates ... Invalid Email
        # At least seven passengers died"): the sentence's words after the box
        rest = article.text[sentence.start + box : sentence.end]
        skipped = len(rest) - len(rest.lstrip())
        span = Span(rest.strip(), sentence.start + box + skipped, sentence.start + box + skipped + len(rest.strip()))
        sentence = span
    # A span that is only the attribution head ("أعلنت مصادر ... الاثنين") or page furniture with a
    # caption is read in its sentence.
    after = article.text[span.end : min(span.end + 40, sentence.end)]  # "Islamic State group | has claimed ..."
    claimed = _claim_head(span.quote) or (_claims(after) and not _claims(span.quote))
    if (_only_attribution(span.quote) or _furniture_first(span.quote) or claimed) and sentence.end > span.end:
        span = Span(article.text[span.start : sentence.end], span.start, sentence.end)
    if len(span.quote) >= MAX_EVENT - 1 and sentence.end > span.end + 1:
        # the model's span cut at the length bound, mid-clause ("... after police say a man"): the sentence's
        # words from its start, cut where a clause ends
        span = Span(article.text[span.start : sentence.end], span.start, sentence.end)
    if (verb := _verb_left_out(article, span, sentence)) is not None:
        span = verb  # "ضرب | زلزال قوي جزيرة سياحية": the lead's verb, left out of the span, says what happened
    span = _past_an_aside_time(article, span, sentence)
    span = _construct_completed(article, span, sentence)
    span = _object_completed(article, span, sentence)
    if _speaker_runs_on(article.text[span.end : sentence.end]):
        # a span cut inside its closing attribution ("... Sunday, Costa Rica | ’s government said"): the
        # whole sentence, so that the attribution goes with its owner's name
        span = Span(article.text[span.start : sentence.end], span.start, sentence.end)
    if (told := toll_update_event(article, span)) is not None:
        return trimmed(told).quote  # the event a toll is reported of: its own words say what happened
    if _ends_at_its_toll(span, sentence):
        span = Span(article.text[span.start : sentence.end], span.start, sentence.end)
    span = _past_the_time(_past_the_setting(article, span, sentence))
    if _opens_with_noun_phrase(span, sentence):  # "A small plane crash": the clause it is the subject of
        span = Span(article.text[span.start : sentence.end], span.start, sentence.end)
    after = _what_it_came_after(article, span, sentence) or _named_after_its_follow_up(article, span, sentence)
    if (told := _told_later(article, sentence, after)) is not None:
        return event_clause(article, told.quote)  # "Shortly before midnight on Tuesday, a passenger train ..."
    if after is not None:
        return trimmed(after).quote  # "سيقدّم استقالته، بعد يوم واحد من مقتل عشرات المتظاهرين": the killing
    span = _without_unfinished_last_clause(span, sentence)
    cleaned = trimmed(_without_place_description(trimmed(without_attribution(without_furniture(span)))))
    if len(cleaned.quote.split()) < 4:
        cleaned = trimmed(without_furniture(span))
    if len(cleaned.quote.split()) >= 4:
        return cleaned.quote
    short = trimmed(span)  # the span as given, without a dangling "in" ("three-train collision in")
    return short.quote if short.quote.split() else event


def _without_unfinished_last_clause(span: Span, sentence: Span) -> Span:
    """An Arabic span that stops one word into a clause joined after a comma ("...، الجمعة، وباشرت عملية | بحث
    للعثور على ..."): the clause is another act, cut short; the span ends at its comma. A verb with its
    phrase ("، واشتبكت مع مسلحين") is a clause said whole."""
    head, comma, tail = span.quote.rpartition("، ")
    words = tail.split()
    if not comma or span.end >= sentence.end or span.quote.isascii() or len(words) != 2:
        return span
    if not words[0].startswith(WAW) or not a_past_verb(words[0][1:]):
        return span
    return Span(head, span.start, span.start + len(head))


def _ends_at_its_toll(span: Span, sentence: Span) -> bool:
    """An English span cut after its casualty verb while its sentence goes on ("27 people ... were
    killed | on Monday in an air strike on a wedding party"): what killed them is in the rest."""
    words = span.quote.split()
    rest = sentence.quote[span.end - sentence.start :].split()
    return (
        span.quote.isascii()
        and bool(words)
        and mentions(clean(words[-1]).lower(), (*KILLED_WORDS, *INJURED_WORDS))
        and len(rest) >= 3
        and rest[0].lower() not in ("and", "but")
    )


_AFTER_REACH = 4  # words from "بعد"/"after" to what it names ("بعد يوم واحد من", "a day after")


def _what_it_came_after(article: Article, span: Span, sentence: Span) -> Span | None:
    """In a lead whose own clause tells no incident (a resignation, a boycott, a funeral), the incident
    it says it came after: the words after "بعد ... من" / "after", up to a comma, when they tell one."""
    own = span.quote.split()
    cut = next((k for k, w in enumerate(own) if fold(clean(w)) in AFTERMATH_AFTER), len(own))
    if tells_an_event(" ".join(own[:cut])):
        return None  # the lead's own clause tells the incident
    words = list(re.finditer(r"\S+", sentence.quote))
    for i, m in enumerate(words):
        linkers = AFTERMATH_AFTER.get(fold(clean(m.group())))
        if linkers is None:
            continue
        start = i + 1
        if linkers:  # Arabic: "بعد يوم واحد من": what it came after follows the "من"
            start = next(
                (
                    k + 1
                    for k in range(i + 1, min(i + 1 + _AFTER_REACH, len(words)))
                    if fold(clean(words[k].group())) in linkers
                ),
                None,
            )
            if start is None:
                continue
        if start >= len(words):
            continue
        begin = sentence.start + words[start].start()
        rest = article.text[begin : sentence.end]
        cut = min((rest.find(c) for c in ("،", ",") if c in rest), default=len(rest))
        found = Span(rest[:cut].rstrip(" ."), begin, begin + len(rest[:cut].rstrip(" .")))
        if len(found.quote.split()) >= 3 and classify([found.quote])[1] is not None and not _owned(found.quote):
            return found  # an attack or a disaster by its class's word, not only a death ("found dead")
    return None


def _owned(phrase: str) -> bool:
    """The phrase opens on a noun with a pronoun of its owner ("تعرضه لـ20 طلقة", his being hit by 20
    bullets): it names the event only with the person named before it, and says nothing alone."""
    first = clean(phrase.split()[0]) if phrase.split() else ""  # as written: "ة" is no pronoun "ه"
    for suffix in sorted(ARABIC_AGREEMENT["pronoun_suffixes"], key=len, reverse=True):
        stem = first.removesuffix(suffix)
        if stem == first or len(stem) < 3 or stem.startswith(ARTICLE):
            continue
        found = analysed(stem)  # a noun the lexicon knows, or a verbal noun it does not ("تعرض")
        return isinstance(found, str) or (found[0].sense is not None and found[0].sense.pos in ("noun", "verb"))
    return False


def _named_after_its_follow_up(article: Article, span: Span, sentence: Span) -> Span | None:
    """A span of a lead's own clause on what followed ("شيّعت حركة حماس ...، اليوم الخميس"), or one that
    runs on past the words that name the incident: those words."""
    found = follow_up_lead(article)
    if found is None or found[0].start != sentence.start:
        return None
    words = incident_words(article)
    if words is not None and _owned(words.quote):
        return None  # "تعرضه لـ20 طلقة": says nothing without the man named before it
    if span.start < found[1].end or (words is not None and span.start <= words.start < words.end < span.end):
        return words  # the own clause's span, or one running on past the incident's words ("..., بأنه «عمل إجرامي»")
    return None


def linked_event(article: Article, span: Span) -> Span | None:
    """The incident a lead on what followed names in the words it links to ("... على خلفية الحريق الذي
    التهم ...", "... after a suicide bombing at ..."): a noun phrase, not a sentence; None for a lead that
    tells the incident itself."""
    sentence = article.sentence_around(span)
    return _what_it_came_after(article, sentence, sentence) or _named_after_its_follow_up(article, sentence, sentence)


def _told_later(article: Article, sentence: Span, after: Span | None) -> Span | None:
    """When ``sentence`` is a lead on what followed the incident (an apology, a funeral), the later
    sentence that tells the incident itself on its day, if the lead's link to it gives no day; not a
    pluperfect one ("وكان مسلح قد اقتحم"), which cannot be said as the event without its "كان ... قد"."""
    found = follow_up_lead(article)
    if found is None or found[0].start != sentence.start or (after is not None and _whole_incident(after.quote)):
        return None
    told = narration(article)
    if told is None or not is_pluperfect(told.quote):
        return told
    return _after_particle(told)  # "وكان بلعيد ... قد اغتيل صباح الأربعاء": what had happened, from its verb


def _whole_incident(link: str) -> bool:
    """A lead's link that tells the incident with its day or as a clause with its victims ("a man who
    stabbed three people to death and wounded eight others at a street festival"): no later sentence is
    needed to say what happened."""
    if weekday_in(link) is not None:
        return True
    return link.isascii() and " who " in f" {link} " and mentions(link, (*KILLED_WORDS, *INJURED_WORDS))


def _after_particle(told: Span) -> Span | None:
    """A pluperfect sentence from the verb after its "قد" when that verb says what befell its subject
    ("اغتيل صباح الأربعاء ...": the summary names the victim after it); None for another verb ("قد
    فتحت النار": its subject, the actor, would be lost)."""
    words = list(re.finditer(r"\S+", told.quote))
    at = next((i for i, w in enumerate(words[1:], 1) if fold(clean(w.group())) == PLUPERFECT_PARTICLE), None)
    if at is None or at + 1 >= len(words) or fold(clean(words[at + 1].group())) not in SUFFERED_VERBS:
        return None
    start = told.start + words[at + 1].start()
    return Span(told.quote[words[at + 1].start() :], start, told.end)


def toll_update_event(article: Article, span: Span) -> Span | None:
    """In a lead that reports a toll ("ارتفع عدد القتلى جراء الزلزالين المدمرين ...، الاثنين، إلى", "أن
    حصيلة الاشتباكات ... بلغت 55 قتيلا", "The death toll from a suicide bombing at a mosque ... rose to
    100"), the words that name what the toll is of; None when ``span``'s sentence reports no toll. They
    must name an event of a known class or open on an incident noun ("الحادث"), and a word giving the
    figure must follow them."""
    sentence = article.sentence_around(span)
    words = list(re.finditer(r"\S+", sentence.quote))
    folded = [fold(clean(w.group())).removeprefix(WAW) if not w.group().isascii() else w.group().lower() for w in words]
    for i, word in enumerate(folded[:16]):
        if word not in TOLL_UPDATE["toll_words"] or not _toll_raised(folded, i):
            continue
        start = _after_toll_words(folded, i + 1, english=words[i].group().isascii())
        if start is None:
            continue  # "The death toll rose to 100": no phrase names what it is of
        end = next((k for k in range(start, len(words)) if folded[k] in TOLL_UPDATE["ends"]), None)
        if end is None or end - start < 1:
            continue
        last = end - 1
        for k in range(start, end):  # a comma closes the event's words ("جراء الزلزالين ...، الاثنين، إلى")
            if words[k].group().endswith(("،", ",")):
                last = k
                break
        while last > start and _time_word(folded, last):
            last -= 1  # "... وسط بغداد فجر الأحد الماضي": the time is the incident's when, said apart
            if last > start and folded[last] in _ON_DAY:
                last -= 1
        quote = sentence.quote[words[start].start() : words[last].end()].rstrip("،,")
        found = Span(quote, sentence.start + words[start].start(), sentence.start + words[start].start() + len(quote))
        if classify([quote])[1] is not None or _event_head(words[start].group()):
            return found
    return None


def _event_head(word: str) -> bool:
    """A word the lexicon reads as an incident, an accident or an attack ("الحادث", "the attack")."""
    found = analysed(clean(word)) if not word.isascii() else "English"
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].sense is not None
        and (found[0].sense.kind in ("disaster", "attack") and found[0].sense.pos == "noun")
    )


def _toll_raised(folded: list[str], at: int) -> bool:
    """A toll's rise or figure is told around the toll word at ``at``: a rise word before it, or a word
    giving the figure after it."""
    return any(w in TOLL_RISE for w in folded[max(0, at - 4) : at]) or any(
        w in TOLL_UPDATE["ends"] for w in folded[at + 1 : at + 30]
    )


def _time_word(folded: list[str], at: int) -> bool:
    """A word of a closing time phrase ("يوم الجمعة", "فجر الأحد الماضي", "on Friday")."""
    word, before = folded[at], folded[at - 1] if at else ""
    if word in WEEKDAYS or word in TIME_WORDS:
        return True
    return word in _LAST and (before in WEEKDAYS or before in TIME_WORDS)


def without_time_tail(text: str) -> str:
    """A phrase without the time words it ends on ("جماعة الحوثيين مساء الأربعاء" -> "جماعة الحوثيين"):
    when is said apart from who."""
    words = list(re.finditer(r"\S+", text))
    folded = [fold(clean(w.group())).removeprefix(WAW) if not w.group().isascii() else w.group().lower() for w in words]
    last = len(words) - 1
    while last > 0 and _time_word(folded, last) and folded[last - 1] not in OUTLET_WORDS:
        last -= 1  # "صحيفة اليوم", "قناة الأيام": a time word right after an outlet's word is its name
        if last > 0 and folded[last] in _ON_DAY:
            last -= 1
    return text if last == len(words) - 1 else text[: words[last].end()].rstrip(" ،,")


_LAST = frozenset(TOLL_UPDATE["last"])
_ON_DAY = frozenset(TOLL_UPDATE["on_day"])


def _after_toll_words(folded: list[str], at: int, english: bool) -> int | None:
    """Where the event's words begin after a toll word: past casualty nouns (of one to four words) and a
    linking word ("جراء", "from"); an English toll needs its link ("the death toll in ...")."""
    nouns = TOLL_UPDATE["casualty_nouns"]
    adjectives = TOLL_UPDATE["adjectives"]
    moved = True
    while moved and at < len(folded):
        moved = False
        if folded[at] in adjectives:
            at, moved = at + 1, True  # "حصيلة جديدة": the toll's own adjective
            continue
        for width in (4, 3, 2, 1):
            phrase = " ".join(folded[at : at + width])
            if phrase in nouns or (phrase[:1] == LAM and phrase[1:] in nouns):  # "لقتلى": "of the dead"
                at, moved = at + width, True
                break
    linked = at < len(folded) and folded[at] in TOLL_UPDATE["links"]
    if english and not linked:
        return None
    cause = next((k for k in range(at, min(at + 5, len(folded))) if folded[k] in TOLL_UPDATE["causes"]), None)
    if cause is not None:
        return cause + 1
    return at + 1 if linked else at


def _opens_with_noun_phrase(span: Span, sentence: Span) -> bool:
    """An English span without a finite verb that opens its sentence ("A small plane crash" of "A small
    plane crash Sunday in northwest Costa Rica killed 12 people"): the subject of the clause that says
    what happened, which goes on after it."""
    if not span.quote.isascii() or span.end >= sentence.end:
        return False
    opening = without_furniture(sentence)
    rest = sentence.quote[span.end - sentence.start :].lower().split()
    return opening.start == span.start and not _finite(span.quote.lower().split()) and _finite(rest[:8])


def _unfinished_report(words: list[str]) -> bool:
    """A speech verb whose reported clause was cut before its own verb ("police say a man")."""
    said = max((k for k, w in enumerate(words) if clean(w).lower() in _SPEECH_EN), default=None)
    return said is not None and not _finite(words[said + 1 :])


_SPEECH_EN = frozenset(("say", "says", "said"))


def _finite(words: list[str]) -> bool:
    """A finite English verb among the words: an auxiliary, an irregular past or a past in -ed."""
    words = [clean(w) for w in words]
    return any(
        w in ENGLISH_AUXILIARIES or w in ENGLISH_IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in words
    )


def _without_place_description(span: Span) -> Span:
    """The event without a relative clause that describes its town ("في مدينة البصرة التي شهدت مؤخرا
    احتجاجات واسعة"، "في مدينة مأرب التي تسيطر عليها قوات حكومية"): background on the place, not the
    event, unless it counts victims."""
    words = list(re.finditer(r"\S+", span.quote))
    for i, m in enumerate(words[2:], start=2):
        before = words[i - 1].group()
        # "بمدينة كوتشاني، الواقعة على بعد نحو 100 كيلومتر شرق العاصمة": where the town lies, after its comma
        located = fold(clean(m.group())).lower() in LOCATED_WORDS and before.endswith(("،", ","))
        if located and lookup(clean(before)) is not None:
            quote = span.quote[: words[i - 1].end() - 1]
            return Span(quote, span.start, span.start + len(quote))
        if fold(clean(m.group())) not in RELATIVES or clean(before) != before or lookup(before) is None:
            continue
        if mentions(span.quote[m.start() :], (*KILLED_WORDS, *INJURED_WORDS)):
            return span
        quote = span.quote[: words[i - 1].end()]
        return Span(quote, span.start, span.start + len(quote))
    return span


def _past_the_setting(article: Article, span: Span, sentence: Span) -> Span:
    """A span that opens on another event it is dated by ("قبل ساعات قليلة من فتح صناديق الاقتراع ...،
    اندلعت اشتباكات"): the clause after that opening's comma, to the sentence's end."""
    if not fold(span.quote).startswith(OTHER_EVENT_OPENERS):
        return span
    text = article.text
    commas = [i for i in (text.find("،", span.start, sentence.end), text.find(",", span.start, sentence.end)) if i > 0]
    if not commas:
        return span
    start = min(commas) + 1
    while start < sentence.end and text[start].isspace():
        start += 1
    return Span(text[start : sentence.end], start, sentence.end) if sentence.end - start > 20 else span


_TIME_OPENING = 8  # words of a time adverbial that opens a sentence ("Shortly before midnight on Tuesday,")


def _past_the_time(span: Span) -> Span:
    """A span that opens on when it happened, up to a comma ("Shortly before midnight on Tuesday, a
    passenger train ... collided"): the clause after it, since the time is said on its own."""
    head, comma, rest = span.quote.partition(",")
    words = [fold(clean(w)).lower() for w in head.split()]
    if not comma or len(words) > _TIME_OPENING or len(rest.split()) < 4:
        return span
    timed = any(w in WEEKDAYS or w in TIME_WORDS for w in words)
    if not timed or not all(w in _TIME_OPENING_WORDS or w.isdigit() for w in words):
        return span
    start = len(span.quote) - len(rest.lstrip())
    return Span(span.quote[start:], span.start + start, span.end)


_ASIDE_TIME = re.compile(r"^\s*[،,]\s*(?P<time>[^،,]{2,40}?)\s*[،,]\s*(?P<rest>[^،,.]+)")
_SHORT_EVENT = 6  # words of a span that can end before an aside time with its clause still unsaid


_CONSTRUCT_REACH = 4  # definite words a construct's complement and its adjectives may take


def _construct_completed(article: Article, span: Span, sentence: Span) -> Span:
    """An Arabic span cut after a construct's head ("... نفذته قوات | الدعم السريع على مركز"): the head's
    definite complement and adjectives after it, up to a preposition or a punctuation mark."""
    last = span.quote.split()[-1:] if span.quote.split() else []
    if not last or last[0].isascii() or clean(last[0]) != last[0] or fold(last[0]).startswith(ARTICLE):
        return span
    rest = article.text[span.end : sentence.end].split()
    if (hit := lookup(clean(last[0]))) is not None and (hit.is_country or hit.is_region):
        return span  # "... قرب الحدود مع باكستان | الساعة 10.44": a country's name heads no construct
    taken = list(itertools.takewhile(lambda w: fold(clean(w)).startswith(ARTICLE), rest[:_CONSTRUCT_REACH]))
    if not taken:
        return span
    end = article.text.find(clean(taken[-1]), span.end) + len(clean(taken[-1]))
    start = without_furniture(span).start  # "الفاشر- لقي ...": the dateline's city is where it was filed
    if end - start <= MAX_EVENT:
        return Span(article.text[start:end], start, end)
    # the whole name would not fit: the span up to its last clause comma, as the length cut would
    cut = _clause_cut(span.quote)
    return Span(span.quote[:cut], span.start, span.start + cut) if cut > 60 else span


_OBJECT_REACH = 8  # words after a dangling English preposition that may name its object


def _object_completed(article: Article, span: Span, sentence: Span) -> Span:
    """An English span cut after a preposition of motion ("bus plunged off | a bridge Monday on the
    outskirts of ..."): its object and what follows, up to a comma or the sentence's end."""
    last = span.quote.split()[-1:]
    if not last or not span.quote.isascii() or last[0].lower() not in _MOTION_PREPOSITIONS:
        return span
    rest = article.text[span.end : sentence.end]
    clause = re.split(r"[,;:.\n]", rest, maxsplit=1)[0]
    taken = re.match(rf"\s*(?:\S+\s+){{0,{_OBJECT_REACH - 1}}}\S+", clause)
    if taken is None:
        return span
    end = span.end + taken.end()
    return Span(article.text[span.start : end], span.start, end)


_MOTION_PREPOSITIONS = frozenset(("off", "into", "onto", "over", "across", "through", "down", "toward", "towards"))


def _clause_cut(text: str) -> int:
    """Where the last clause comma of ``text`` is (-1 for none): not "1,300", nor before the verb of
    what "أن" reports."""
    cuts = (m.start() for m in _CLAUSE_COMMA.finditer(text) if not reported_without_its_verb(text[: m.start()]))
    return max(cuts, default=-1)


def _past_an_aside_time(article: Article, span: Span, sentence: Span) -> Span:
    """A short span that ends where its sentence sets the time apart between commas ("اغتال مسلحون
    مجهولون | ، اليوم الثلاثاء، المدعو ..."): the clause goes on after the time with whom or what."""
    m = _ASIDE_TIME.match(article.text[span.end : sentence.end])
    if m is None or len(span.quote.split()) > _SHORT_EVENT:
        return span
    words = [fold(clean(w)).lower() for w in m["time"].split()]
    timed = any(w in WEEKDAYS or w in TIME_WORDS for w in words)
    if not timed or not all(w in _TIME_OPENING_WORDS or w.isdigit() for w in words):
        return span
    quote = article.text[span.start : span.end + m.end("rest")].rstrip()
    return Span(quote, span.start, span.start + len(quote))


def _claim_head(quote: str) -> bool:
    """A span that ends on who claimed it ("The Islamic State group has claimed responsibility"): what was
    claimed follows in its sentence."""
    words = [fold(clean(w)) for w in quote.lower().split()]
    at = next((i for i, w in enumerate(words) if any(w.startswith(c) for c in CLAIM_WORDS)), None)
    return at is not None and not any(w in CLAIMED_FOR for w in words[at:])


def _claims(text: str) -> bool:
    return any(fold(clean(w)).startswith(CLAIM_WORDS) for w in text.lower().split())


def _furniture_first(quote: str) -> bool:
    return quote[:20].lower().startswith(tuple(o.lower() + " " for o in FURNITURE_OPENERS))


def _only_attribution(quote: str) -> bool:
    words = [fold(clean(w)) for w in quote.split()]
    return bool(words) and words[0].removeprefix(WAW) in ATTRIBUTION and not any(w in COMPLEMENTIZERS for w in words)
