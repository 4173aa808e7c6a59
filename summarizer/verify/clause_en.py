"""Rendering an English event clause into Arabic by its structure ("a gunman opened fire on an outdoor
music festival" = "أطلق مسلح النار على مهرجان موسيقي"), the mirror of ``verify/clause.py``.

The verb comes from the lexicon, the subject and the rest (object, prepositional phrases) from
``verify/phrase_en.py``. Arabic news order is verb-subject-object: the verb stands first, singular,
feminine when its subject is; a verb of two words keeps its second after the subject ("أطلق مسلح
النار"). English passive ("12 people were killed") is the Arabic passive, written alike unvocalised
("قتل 12 شخصاً"). A clause any part of which the lexicon cannot license is not rendered.
"""

from __future__ import annotations

import re

from summarizer.lang.lexicon import ARABIC_AGREEMENT, ENGLISH_AUXILIARIES, ENGLISH_LEXICON, PASSIVE_VERBS, Written
from summarizer.lang.text import fold
from summarizer.verify.phrase import Rendered
from summarizer.verify.phrase_en import render_english

_TOKEN = re.compile(r"\d+|[A-Za-z][A-Za-z'’-]*")
_MAX_VERB_WORDS = 3


def render_english_clause(english: str) -> Rendered:
    """The Arabic of an English clause (or of a noun phrase, rendered as one)."""
    tokens = _TOKEN.findall(english.replace("’", "'"))
    found = _verb(tokens)
    if found is None:
        return render_english(english)
    at, width, verb = found
    before = [t for t in tokens[:at] if t.lower() not in ENGLISH_AUXILIARIES]
    passive = any(t.lower() in ENGLISH_AUXILIARIES for t in tokens[:at])
    if passive and fold(verb.ar) not in PASSIVE_VERBS:
        return Rendered(None, f"{' '.join(tokens[at : at + width])!r}: a passive this does not render")
    if not before:
        return Rendered(None, "no subject before the verb")
    subject = render_english(" ".join(before))
    rest = render_english(" ".join(tokens[at + width :])) if tokens[at + width :] else Rendered("")
    if subject.text is None or rest.text is None:
        return subject if subject.text is None else rest
    first, *second = verb.ar.split()
    if _feminine(subject.text):
        first = _feminine_past(first)
    obj = rest.text
    after = tokens[at + width :]
    if len(after) == 2 and after[0].lower() in ("a", "an"):  # one indefinite noun: no construct, no adjective
        obj = _accusative(obj)
    return Rendered(" ".join([first, subject.text, *second, obj]).strip())


def _accusative(phrase: str) -> str:
    """An indefinite singular object takes the alif of tanwin ("هاجم انتحاري مسجداً"); a word ending in
    teh marbuta, alif or hamza is written alike."""
    head, _, rest = phrase.partition(" ")
    a = ARABIC_AGREEMENT
    if head.endswith(tuple(a["no_tanwin_alif"])) or head.startswith(a["article"]):
        return phrase
    return f"{head}{a['tanwin_alif']} {rest}".strip()


def _verb(tokens: list[str]) -> tuple[int, int, Written] | None:
    """The first verb of the clause (its longest lexicon form): index, words, entry."""
    for i in range(len(tokens)):
        for width in range(min(_MAX_VERB_WORDS, len(tokens) - i), 0, -1):
            found = ENGLISH_LEXICON.get(" ".join(tokens[i : i + width]).lower(), ())
            verb = next((w for w in found if w.pos == "verb"), None)
            # A word that is also a noun is the verb only after its subject ("shot" the noun aside).
            if verb is not None and (i > 0 or not any(w.pos == "noun" for w in found)):
                return i, width, verb
    return None


def _feminine(subject: str) -> bool:
    """The subject's head (after a number) is feminine: ends in teh marbuta or the feminine plural."""
    words = [w for w in subject.split() if not w.isdigit()]
    head = words[0] if words else ""
    a = ARABIC_AGREEMENT
    return head.endswith((a["feminine"], a["feminine_plural"], a["feminine_dual"]))


def _feminine_past(verb: str) -> str:
    a = ARABIC_AGREEMENT
    return (verb[:-1] if verb.endswith(a["alif_maqsura"]) else verb) + a["feminine_past"]
