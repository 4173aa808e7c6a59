"""What the article says is not known about its incident (no claim of responsibility, who did it, the
cause not yet known), stated as an analyst's note states it in both languages. Pure rules over the article's own
sentences, data in ``lang/data/uncertainty.yaml``: a backend that is not asked for statements (the
embedded default) still reports them, and a model's statement is never needed for them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.lang.lexicon import (
    CAUSE_PATTERNS,
    CAUSE_SAY,
    CAUSE_SAY_BARE,
    CLAUSE_ENDS,
    UNATTRIBUTED_ABOUT,
    UNATTRIBUTED_CUES,
    UNATTRIBUTED_SAY,
    UNCLAIMED_CUES,
    UNCLAIMED_SAY,
)
from summarizer.lang.text import fold, has_cue
from summarizer.verify.classify import classify
from summarizer.verify.grounding import Article, Span
from summarizer.verify.main_incident import background, sentences
from summarizer.verify.phrase import render_phrase
from summarizer.verify.phrase_en import render_english


@dataclass(frozen=True)
class Unknown:
    """One thing the article says is not known: the article's words and the note in both languages."""

    kind: str
    span: Span
    ar: str
    en: str


def unknowns(article: Article, language: str) -> list[Unknown]:
    """The article's statements of what is not known, one per kind, in the order of the article."""
    found: dict[str, Unknown] = {}
    for sentence in sentences(article):
        if background(sentence.quote):
            continue
        for clause in _CLAUSE_END.split(sentence.quote):
            folded = fold(clause)
            if "unclaimed" not in found and has_cue(folded, UNCLAIMED_CUES[language]):
                if span := _located(article, sentence, clause):
                    found["unclaimed"] = Unknown("unclaimed", span, UNCLAIMED_SAY["ar"], UNCLAIMED_SAY["en"])
            if "unattributed" not in found and _of_the_attack(folded, UNATTRIBUTED_CUES[language]):
                if span := _located(article, sentence, clause):
                    say = UNATTRIBUTED_SAY
                    found["unattributed"] = Unknown("unattributed", span, say["ar"], say["en"])
            if "cause" not in found and (cause := _cause(article, sentence, clause, language)):
                found["cause"] = cause
    return sorted(found.values(), key=lambda u: u.span.start)


def _of_the_attack(folded: str, cues: tuple[str, ...]) -> bool:
    """A cue of who did it, of the attack itself: "who was responsible for Friday's attack", not "for
    those deaths" (the civilians found dead later, of whom the attack's author is no question)."""
    for cue in cues:
        at = folded.lower().find(cue)
        if at < 0 or not has_cue(folded, (cue,)):
            continue
        after = folded[at + len(cue) :].split()
        k = next((k for k, w in enumerate(after[:4]) if w in UNATTRIBUTED_ABOUT), None)
        return k is None or classify([" ".join(after[k + 1 : k + 6])])[1] is not None
    return False


_CLAUSE_END = re.compile("|".join(re.escape(end) for end in CLAUSE_ENDS), re.IGNORECASE)


def _located(article: Article, sentence: Span, clause: str) -> Span | None:
    clause = clause.strip(" .\n")
    return article.locate(clause, near=sentence.start) if len(clause) > 3 else None


def _cause(article: Article, sentence: Span, clause: str, language: str) -> Unknown | None:
    """ "ولم يعرف سبب الحريق بعد" / "The cause of the accident was unclear": what it is the cause of, rendered
    into the other language when the lexicon can, else the bare note."""
    folded = fold(clause)
    for pattern in CAUSE_PATTERNS[language]:
        if (m := re.search(pattern, folded)) is None or (span := _located(article, sentence, clause)) is None:
            continue
        thing = m.group(1)
        if language == "ar":
            en, ar = render_phrase(thing).text, thing
        else:
            en, ar = thing, render_english(thing).text
        if en and ar:
            return Unknown("cause", span, CAUSE_SAY["ar"].format(x=ar), CAUSE_SAY["en"].format(x=en))
        return Unknown("cause", span, CAUSE_SAY_BARE["ar"], CAUSE_SAY_BARE["en"])
    return None
