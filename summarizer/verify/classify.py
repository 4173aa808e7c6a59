"""ACLED and PLOVER classification from the verified words of the event, never from free text.

Rules are ordered from the most to the least specific; the first rule whose keyword appears in the
verified event or means spans decides, and that keyword's span becomes the classification evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lang.lexicon import (
    CLASS_RULES,
    DELIBERATE_NEGATORS,
    DELIBERATE_WORDS,
    FACILITY_WORDS,
    FALLBACK_RULE,
    PLAN_WORDS,
    SEQUENCE_WORDS,
    THREAT_WORDS,
    ClassRule,
)
from summarizer.lang.text import ALIF, ARTICLE, KAF, LAM, TERM_PROCLITICS, WAW, accusative_pattern, fold


def _planned(text: str, at: int) -> bool:
    """The keyword at ``at`` names what someone planned, not what happened ("كانوا يجهزون لهجوم", "plotting
    an attack"): a plan word among the two words before it."""
    before = text[:at].split()[-2:]
    # a threat holds what follows it, up to a word of sequence ("ثم", "then"); the text is folded, no commas
    reach = text[:at].split()[-_THREAT_REACH:]
    clause = reach[max((k + 1 for k, w in enumerate(reach) if w in _THEN), default=0) :]
    return any(w in PLAN_WORDS for w in before) or any(w.removeprefix(WAW) in THREAT_WORDS for w in clause)


_THREAT_REACH = 12  # words


def _a_facilitys(text: str, at: int, end: int) -> bool:
    """The keyword only says what a facility makes or holds: English puts the facility right after it ("a
    rocket plant", "a rocket and explosives plant"), Arabic before it ("مصنع للصواريخ", "مستودع ذخيرة")."""
    if text[at:end].strip().isascii():
        after = [w.lower() for w in text[end:].split()[:3]]
        joined = len(after) > 2 and after[1] not in _JOINERS and after[0] in _JOINERS  # "rocket and explosives plant"
        return bool(after) and (after[0] in FACILITY_WORDS or (joined and after[2] in FACILITY_WORDS))
    before = text[:at].split()[-1:]
    return any(w.removeprefix(LAM).removeprefix(ARTICLE) in FACILITY_WORDS for w in before)


_JOINERS = {"and", "or"}


def called_deliberate(texts: list[str]) -> bool:
    """A text calls the event deliberate ("the explosion was an act of terrorism", "عمل إرهابي"), its word
    not negated in the few words before it ("ruled out terrorism")."""
    for text in texts:
        folded = fold(text).lower()
        for word in DELIBERATE_WORDS:
            for m in re.finditer(rf"(?<!\w){re.escape(word.lower())}", folded):
                words = folded[: m.start()].split()[-_NEGATION_REACH:]
                before = f" {' '.join(w.removeprefix(WAW) if len(w) > 3 else w for w in words)} "
                if not any(f" {n.lower()} " in before for n in DELIBERATE_NEGATORS):
                    return True
    return False


_NEGATION_REACH = 4  # words before a word of terror that may negate it
_THEN = SEQUENCE_WORDS


@lru_cache(maxsize=512)
def _keyword_re(keyword: str) -> re.Pattern[str]:
    """The keyword after a space and optional clitics; short keywords must end at a word end."""
    k = fold(keyword)
    body = re.escape(k)
    if " " in k and not k.isascii():  # "حزامًا ناسفًا": each word may carry the accusative's alef
        first, *rest = k.split()
        # "الانهيارات الأرضية": a definite phrase's adjectives carry the article too
        body = accusative_pattern(first) + "".join(
            " " + ("" if w.startswith(ARTICLE) else f"(?:{ARTICLE})?") + accusative_pattern(w) for w in rest
        )
    elif not k.isascii() and len(k) <= 4:
        body += ALIF + "?"  # "هجوما": a short word with the accusative's alef is still the word
    # an English keyword is no verbal noun's start ("train" is not "training camps"; "airstrikes" is one)
    end = r"\s" if len(k) <= 4 else r"(?!ing)" if k.isascii() else ""
    # a short Arabic keyword takes no "ك" (like): "كبير" (big) is no "بئر" (a well)
    proclitics = TERM_PROCLITICS.replace(KAF, "") if not k.isascii() and len(k) <= 3 else TERM_PROCLITICS
    return re.compile(r"\s" + proclitics + body + end)


def classify(texts: list[str], rules: tuple[ClassRule, ...] = CLASS_RULES) -> tuple[ClassRule, str | None]:
    """(rule, keyword found) for the first of ``rules`` matching any of ``texts`` (folded, word-bounded)."""
    folded = [" " + fold(t) + " " for t in texts if t]
    for rule in rules:
        for keyword in rule.keywords:
            pattern = _keyword_re(keyword)
            found = [
                text
                for text in folded
                if any(
                    not _planned(text, m.start()) and not _a_facilitys(text, m.start(), m.end())
                    for m in pattern.finditer(text)
                )
            ]
            if found and not any(_keyword_re(word).search(text) for word in rule.unless for text in found):
                return rule, keyword
    return FALLBACK_RULE, None
