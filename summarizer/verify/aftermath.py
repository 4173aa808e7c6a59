"""What followed the incident in its own sentences, as an analyst's note ends: who was arrested ("the
driver of the tram has been arrested" -> "The driver of the tram was arrested." / "اعتُقل سائق الترام."),
what it destroyed ("مما أدى إلى انهيار مدرسة مجاورة").
Pure rules over the main incident's sentences; the person is rendered by the phrase rules, and an
arrest whose person no rule renders is left out."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from summarizer.lang.lexicon import ARREST, DAMAGE, PHRASE_STOPS
from summarizer.lang.text import ARTICLE, WAW, clean, fold
from summarizer.verify import recall
from summarizer.verify.grounding import Article, Span
from summarizer.verify.main_incident import main_sentences
from summarizer.verify.numbers import counts_in
from summarizer.verify.phrase import as_subject, feminine, render_phrase
from summarizer.verify.phrase_en import more_than_one, render_english

_WHO_EN = re.compile(r"((?:the|a|an|two|three|four|five|\d+)(?: [\w-]+){1,5})\s*$", re.IGNORECASE)
_MAX_WHO = 6


@dataclass(frozen=True)
class Followed:
    """One thing that followed: the article's words for it (who was arrested, what was destroyed), and the
    note in both languages."""

    who: Span
    ar: str
    en: str


def damage(article: Article, language: str) -> list[Followed]:
    """What the incident destroyed, as its Arabic sentences say ("مما أدى إلى انهيار مدرسة مجاورة" =
    "It caused the collapse of a neighbouring school."): the damage noun and its complement, up to a
    punctuation mark or "و", rendered by the phrase rules; at most one."""
    if language != "ar":
        return []
    nouns, to = {fold(n) for n in DAMAGE["nouns"]}, fold(DAMAGE["to"])
    for sentence in main_sentences(article):
        words = sentence.quote.split()
        for i, word in enumerate(words[:-2]):
            if fold(clean(word)) != to or fold(clean(words[i + 1])) not in nouns:
                continue
            taken: list[str] = []
            for w in words[i + 1 : i + 1 + _MAX_WHO]:
                if taken and w.startswith(WAW) and len(w) > 3:
                    break  # "... وسطح أحد المساجد": another thing damaged
                taken.append(clean(w))
                if w != clean(w):
                    break  # a punctuation mark ends it
            said = " ".join(taken)
            span = article.locate(said, near=sentence.start)
            thing, degree = _degree_apart(said)
            english = render_phrase(thing).text
            if english and english.startswith(("a ", "an ")):  # "the collapse of a school", one event
                english = "the " + english.split(" ", 1)[1]
            if english and degree:
                english = f"the {degree} {english.removeprefix('the ')}"  # "the complete destruction of"
            if span is not None and english:
                ar = DAMAGE["say"]["ar"].format(x=said)
                return [Followed(span, ar, DAMAGE["say"]["en"].format(x=english))]
    return []


def _degree_apart(damage: str) -> tuple[str, str | None]:
    """The damage without the words of how far it went at its end ("تدمير السيارة المستهدفة بالكامل" ->
    "تدمير السيارة المستهدفة", "complete")."""
    words = damage.split()
    for width in (2, 1):
        tail = fold(" ".join(clean(w) for w in words[-width:]))
        if len(words) > width and (degree := _DEGREES.get(tail)):
            return " ".join(words[:-width]), degree
    return damage, None


_DEGREES = {fold(k): v for k, v in DAMAGE["degree"].items()}


def arrests(article: Article, language: str) -> list[Followed]:
    """The arrests the main incident's sentences report, at most one per sentence."""
    found: list[Followed] = []
    for sentence in main_sentences(article):
        who = _who_en(sentence.quote) if language == "en" else _who_ar(sentence.quote)
        span = article.locate(who, near=sentence.start) if who else None
        if span is None:
            continue
        en = who if language == "en" else render_phrase(who).text
        ar = render_english(who).text if language == "en" else who
        if en and ar:
            found.append(Followed(span, _say_ar(ar, en), _say_en(en)))
    return found[:1]


def _who_en(sentence: str) -> str | None:
    """ "the driver of the tram has been arrested": the noun phrase before the passive; "police arrested
    a 64-year-old man": the one after the active verb."""
    low = sentence.lower()
    for cue in ARREST["en_passive"]:
        if (at := low.find(f" {cue}")) > 0 and (m := _WHO_EN.search(_clause_before(sentence[:at]))):
            return m.group(1)
    for cue in ARREST["en_active"]:
        if (at := low.find(cue)) >= 0:
            words = re.split(r"[,.;]", sentence[at + len(cue) :])[0].split()[:_MAX_WHO]
            return " ".join(words) if words else None
    return None


def _clause_before(text: str) -> str:
    """The words after the last clause break before the cue ("..., and the driver of the tram")."""
    tail = re.split(r"[,;.]|\band\b", text)[-1]
    return tail.strip()


def _who_ar(sentence: str) -> str | None:
    """ "واعتقلت الشرطة سائق الحافلة": the person after the verb and its subject, or after "القبض على",
    up to a punctuation mark, a preposition or a time word."""
    words = sentence.split()
    folded = [fold(clean(w)).removeprefix(WAW) for w in words]
    for cue in (fold(c).split() for c in ARREST["ar"]):
        at = next((i for i in range(len(words)) if folded[i : i + len(cue)] == cue), None)
        if at is None:
            continue
        rest = words[at + len(cue) : at + len(cue) + _MAX_WHO]
        subject = rest and cue[-1] not in PHRASE_STOPS and not counts_in(rest[0])  # "القبض على 14 شخصاً"
        if subject and recall.a_subject(clean(rest[0])):
            # "اعتقلت الشرطة ...", "اعتقلت قوات الاحتلال ...": who arrested (a construct's owner with
            # it), then whom
            head, rest = rest[0], rest[1:]
            if head == clean(head) and not fold(head).startswith(ARTICLE):
                rest = list(itertools.dropwhile(lambda w: fold(clean(w)).startswith(ARTICLE), rest))
        ends = {fold(e) for e in ARREST["ends"]}
        rest = rest[: next((k for k, w in enumerate(rest) if fold(clean(w)) in ends), len(rest))]
        who = recall.person_from(rest)
        if who:
            return who
    return None


def _say_en(who: str) -> str:
    was = "were" if more_than_one(who) else "was"
    return ARREST["say"]["en"].format(who=who[:1].upper() + who[1:], was=was)


def _say_ar(who: str, english: str) -> str:
    verbs = ARREST["ar_verbs"]
    verb = verbs["many"] if more_than_one(english) else verbs["one_feminine"] if feminine(who) else verbs["one"]
    return ARREST["say"]["ar"].format(verb=verb, who=as_subject(who))  # "اعتُقل شخصان": the passive's subject
