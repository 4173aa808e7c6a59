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

from summarizer.lang.lexicon import (
    ARABIC_AGREEMENT,
    CLAUSE_JOINERS,
    COLLISION,
    ENGLISH_ADMIN_SUFFIXES,
    ENGLISH_ADVERBIAL_OPENERS,
    ENGLISH_AUXILIARIES,
    ENGLISH_LEXICON,
    ENGLISH_PARTICIPLE_LINKS,
    ENGLISH_PREPOSITIONS,
    ENGLISH_SAYING_VERBS,
    NUMBER_WORDS,
    PASSIVE_SPELLINGS,
    PASSIVE_VERBS,
    PEOPLE_QUANTITIES,
    Written,
)
from summarizer.lang.text import ALIF, WAW, fold
from summarizer.verify.phrase import Rendered, a_dual, names_people, with_case
from summarizer.verify.phrase_en import more_than_one, render_english, with_genitive

# a comma between a place and its region is kept ("Saw Township, Magwe Region"): it ends the first name
_REGION_WORDS = "|".join(sorted(ENGLISH_ADMIN_SUFFIXES, key=len, reverse=True))
_TOKEN = re.compile(rf"\d+|[A-Za-z][A-Za-z'’-]*|(?<=[a-z]),(?=\s+[A-Z][a-z]+\s+(?i:{_REGION_WORDS})\b)")
_MAX_VERB_WORDS = 3
# The Arabic prepositions a place phrase after a participle opens with (in, at, under, near, inside).
_PLACE_PREPOSITIONS = tuple(ARABIC_AGREEMENT["place_prepositions"])


_LEFT_DEAD = re.compile(
    r"\bleft (\d+|[a-z]+) (?:people )?dead(?: and (\d+|[a-z]+) (?:people |others )?(injured|wounded|hurt))?\b"
)


def _as_killed(m: re.Match) -> str:
    """ "left 10 dead and 25 injured" said with the verbs the lexicon renders: "killed 10 people and injured
    25 people"."""
    said = f"killed {m[1]} people"
    return f"{said} and injured {m[2]} people" if m[2] else said


# "early"/"late" as an adverb with no day after it (the day's own "early Friday", "late on Monday" stay)
_BARE_EARLY = re.compile(
    r"\s+(?:early|late)\b(?![-’'])(?!\s+(?:on|in|at|this|last|yesterday|today|tonight|[A-Z]|\d|morning|afternoon|evening|night))"
)


def render_english_clause(english: str) -> Rendered:
    """The Arabic of an English clause (or of a noun phrase, rendered as one); clauses joined by "and",
    "when", "after" one by one ("a ship struck a bridge and 25 people were injured"). A joined clause
    the lexicon cannot render is left out when the first one renders: what it adds is said elsewhere
    in the summary (the toll, the class), and the first clause is the event."""
    english = _TOLL_TAIL.sub("", english)  # ", killing at least 20 people": the toll, said by its own sentence
    english = _LEFT_DEAD.sub(_as_killed, english)  # "left 10 dead and 25 injured": killed 10 people, injured 25
    english = _BARE_EARLY.sub("", english)  # "a shooting in a small city early has left": no day, no time said
    tokens = _reported(_TOKEN.findall(english.replace("’", "'")))
    clauses = _clauses(tokens)
    first = _clause(clauses[0][1])
    if first.text is None:
        return first
    out = [first.text]
    found = _verb(clauses[0][1])
    passive = found is not None and _passive(clauses[0][1][: found[0]])
    for joiner, part in clauses[1:]:
        verb = _verb(part, opening=joiner == WAW)
        if verb is not None and verb[0] == 0 and not passive:
            # "A gunman opened fire in ... and killed two people": the second verb shares the first's subject
            rendered = _clause([*_subject_of(clauses[0][1]), *part], shown=False)
            if rendered.text is None:
                break
            caused = ARABIC_AGREEMENT["caused"]
            opening = f"{caused['verb']} {caused['about']} "
            if joiner == WAW and out[0].startswith(caused["verb"]) and rendered.text.startswith(opening):
                rendered = Rendered(rendered.text.removeprefix(opening))  # "أسفر ... عن مقتل 3 وإصابة 36"
            out.append(joiner + rendered.text if joiner == WAW else f"{joiner} {rendered.text}")
            continue
        elliptic = passive and verb is not None and (verb[0] + verb[1] == len(part) or _a_toll_participle(part, verb))
        if elliptic and not any(t.lower() in ENGLISH_AUXILIARIES for t in part):
            # "Two people were killed and nine wounded": the second clause shares the first's "were"
            part = [*part[: verb[0]], "were", *part[verb[0] :]]
        rendered = _clause(part)
        if rendered.text is None:
            break
        out.append(joiner + rendered.text if joiner == WAW else f"{joiner} {rendered.text}")
    return Rendered(" ".join(out))


def _a_toll_participle(part: list[str], verb: tuple) -> bool:
    """The joined clause's verb is a casualty participle ("and four others wounded in an ambush by ..."):
    the first clause's "were" is shared, whatever follows it."""
    return part[verb[0]].lower() in _TOLL_PARTICIPLES


_TOLL_PARTICIPLES = frozenset(("wounded", "injured", "hurt", "killed"))
_SPEAKER_WORDS = 10  # at most, before the verb of saying


def _reported(tokens: list[str]) -> list[str]:
    """The clause a lead reports after its speakers ("Authorities ... say gunmen killed 29 people" ->
    "gunmen killed 29 people"); the tokens as they are otherwise."""
    for k, token in enumerate(tokens[1 : _SPEAKER_WORDS + 1], start=1):
        if token.lower() not in ENGLISH_SAYING_VERBS:
            continue
        rest = tokens[k + 2 :] if tokens[k + 1 : k + 2] == ["that"] else tokens[k + 1 :]
        found = _verb(rest)
        return rest if found is not None and found[0] > 0 else tokens
    return tokens


def _clauses(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """The clauses: split at a joining word with a verb on either side and a subject before the verb
    after it ("shot and killed X" is one clause: no subject after "and")."""
    for j, token in enumerate(tokens):
        joiner = CLAUSE_JOINERS.get(token.lower())
        if joiner is None or j == 0:
            continue
        left, right = tokens[:j], tokens[j + 1 :]
        after = _verb(right, opening=token.lower() == "and")
        before = _verb(left)
        if before is None or after is None:
            continue
        # "shot and killed X" is one clause; "opened fire in X and killed two" two, of one subject
        shared = after[0] == 0 and joiner == WAW and sum(before[:2]) < j and before[0] > 0
        if after[0] > 0 or shared:
            return [("", left), *((joiner if k == 0 else j2, part) for k, (j2, part) in enumerate(_clauses(right)))]
    return [("", tokens)]


# A participle clause of the toll after a comma ("A train has derailed ..., killing at least one person and
# injuring 30 other passengers"): the summary's toll sentence says it with its counts in Arabic form.
_TOLL_TAIL = re.compile(r",\s+(?:killing|injuring|wounding|leaving)\s.*$", re.IGNORECASE | re.DOTALL)


def _passive(before: list[str]) -> bool:
    """The words before the verb make it passive: an auxiliary, but "has"/"have"/"had" only with "been"
    ("A train has derailed" is active, "has been killed" passive)."""
    words = [t.lower() for t in before]
    perfect = [w for w in words if w in _PERFECT]
    return any(w in ENGLISH_AUXILIARIES and w not in _PERFECT for w in words) or (bool(perfect) and "been" in words)


_PERFECT = frozenset(("has", "have", "had"))


def _subject_of(tokens: list[str]) -> list[str]:
    """The words before a clause's verb (its subject, auxiliaries aside)."""
    found = _verb(tokens)
    return [t for t in tokens[: found[0]] if t.lower() not in ENGLISH_AUXILIARIES] if found else []


def _clause(tokens: list[str], shown: bool = True) -> Rendered:
    """One clause: verb first, then its subject, the verb's second word, the object and the rest. A
    subject not ``shown`` is the previous clause's: the verb agrees with it, the Arabic leaves it out."""
    found = _verb(tokens)
    if found is None:
        return render_english(" ".join(tokens))
    at, width, verb = found
    nxt = tokens[at + width + 1].lower() if tokens[at + width : at + width + 1] == ["and"] else ""
    second = next((w for w in ENGLISH_LEXICON.get(nxt, ()) if w.pos == "verb"), None) if nxt else None
    if second is not None:  # "shot and killed X": the second verb, which has the object
        tokens = tokens[:at] + tokens[at + width + 1 :]
        width, verb = 1, second
    participle = tokens[at + width : at + width + 1] and tokens[at + width].lower() in ENGLISH_PARTICIPLE_LINKS
    if participle and (later := _verb_after_auxiliary(tokens, at + width)):
        at, width, verb = later  # "schoolgirls kidnapped by ... have been freed": the main verb is "freed"
    before = [t for t in tokens[:at] if t.lower() not in ENGLISH_AUXILIARIES]
    if before and all(t.isdigit() or t.lower() in NUMBER_WORDS for t in before):
        before = [*before, "people"]  # "nine were wounded": nine people
    passive = _passive(tokens[:at])
    if passive and fold(verb.ar) not in PASSIVE_VERBS:
        return Rendered(None, f"{' '.join(tokens[at : at + width])!r}: a passive this does not render")
    if not before:
        return Rendered(None, "no subject before the verb")
    subject = render_english(" ".join(before))
    if len(before) <= 3 and (people := PEOPLE_QUANTITIES.get(" ".join(before).lower())):
        subject = Rendered(people)  # "several were injured", "dozens were wounded": people
    if subject.text is None and (head := _before_participle(before)):
        subject = render_english(" ".join(head))  # "276 schoolgirls kidnapped by Boko Haram": the schoolgirls
        if subject.text is not None and (relative := _by_agent(before[len(head) :], subject.text)):
            subject = Rendered(f"{subject.text} {relative}")  # "... تلميذة خطفهن متشددو بوكو حرام"
        elif subject.text is not None and (described := _participle_phrase(before[len(head) :], subject.text)):
            subject = Rendered(f"{subject.text} {described}")  # "ولد صيني عالق في بئر مهجور"
    if subject.text is not None and (made := _caused_to(tokens[at : at + width], tokens[at + width :])) is not None:
        verb_ar = ARABIC_AGREEMENT["caused_to"]["verb"]
        return _joined(
            [_feminine_past(verb_ar) if _feminine(subject.text) else verb_ar, subject.text if shown else "", made]
        )
    rest = render_english(" ".join(tokens[at + width :])) if tokens[at + width :] else Rendered("")
    if passive and (agent := _passive_agent(tokens[at + width :])) is not None:
        rest = agent  # "were killed by police" = "قُتلوا على يد الشرطة"
    if subject.text is not None and rest.text is None and tokens[at + width].lower() in ENGLISH_ADVERBIAL_OPENERS:
        rest = Rendered("")  # "..., after a huge four-day rescue operation": the clause stands without it
    if subject.text is None or rest.text is None:
        return subject if subject.text is None else rest
    first, *second = verb.ar.split()
    collided = not passive and _collision(tokens[at : at + width], before)
    if collided:
        first, second = COLLISION["ar"], []  # "A tourist ship struck a bridge": "اصطدمت سفينة سياحية بجسر"
    if passive:
        first = PASSIVE_SPELLINGS.get(first, first)  # "nine were wounded" = "أصيب 9", not "أصاب"
    if _feminine(subject.text) and not (passive and second):  # "أفرج عن 21 تلميذة": no agreement across "عن"
        first = _feminine_past(first)
    elif not shown and names_people(subject.text) and more_than_one(" ".join(before)):
        first = _after_many(first, before)  # the subject said before: "اقتحم مسلحون قرية وقتلوا"
    if second and second[-1].endswith(_HIS):  # "لقي حتفه": the pronoun agrees ("لقيت امرأة حتفها")
        pronoun = _THEIR if more_than_one(" ".join(before)) else _HER if _feminine(subject.text) else _HIS
        second = [*second[:-1], second[-1].removesuffix(_HIS) + pronoun]
    obj = rest.text
    said = subject.text if shown else ""
    after = tokens[at + width :]
    if collided:
        obj = COLLISION["preposition"] + obj
    elif not passive and obj and a_dual(obj.split()[0]):
        obj = with_case(obj, "accusative")  # "قتل مسلحون شخصين"
    elif (
        not second  # "هوى من فوق جسر": after the verb's own preposition the object is no accusative
        and len(after) >= 2
        and after[0].lower() in ("a", "an")
        and (len(after) == 2 or after[2].lower() in ENGLISH_PREPOSITIONS)
    ):
        obj = _accusative(obj)  # one indefinite noun, no adjective, then at most where: "أشعل انفجار ناراً على ..."
    if passive and second:  # "أفرج عن 21 تلميذة": a passive keeps its preposition before the subject
        return Rendered(" ".join([first, *second, subject.text, obj]).strip())
    caused = ARABIC_AGREEMENT["caused"]
    if not passive and not second and first in caused["nouns"] and not names_people(subject.text):
        # "A small plane crash ... killed 12 people": what happened caused their deaths
        verb_ar = _feminine_past(caused["verb"]) if _feminine(subject.text) else caused["verb"]
        noun = caused["nouns"][first]  # its object is the noun's genitive complement: "rest", not accusative
        return _joined([verb_ar, said, caused["about"], noun, rest.text])
    if not passive and _a_name(before[-1]) and after and _a_name(after[0]):
        # two names back to back after the verb do not say who did what: the subject first ("الضابط ديفيد
        # نيشايوات قتل فيليب بيتس")
        return _joined([said, first, *second, obj])
    return _joined([first, said, *second, obj])


def _caused_to(verb: list[str], after: list[str]) -> str | None:
    """ "caused a building to collapse": "في انهيار مبنى", the verbal noun of what followed, then what underwent
    it (its genitive), then the rest ("on Saturday")."""
    if [w.lower() for w in verb] != [ARABIC_AGREEMENT["caused_to"]["en"]] or "to" not in after[1:-1]:
        return None
    k = after.index("to")
    noun = next((w for w in ENGLISH_LEXICON.get(after[k + 1].lower(), ()) if w.pos == "noun" and " " not in w.ar), None)
    undergoer = render_english(" ".join(after[:k]))
    rest = render_english(" ".join(after[k + 2 :])) if after[k + 2 :] else Rendered("")
    if noun is None or undergoer.text is None or rest.text is None:
        return None
    return " ".join(w for w in (ARABIC_AGREEMENT["caused_to"]["about"], noun.ar, undergoer.text, rest.text) if w)


def _joined(words: list[str]) -> Rendered:
    return Rendered(" ".join(w for w in words if w).strip())


_HIS, _HER, _THEIR = ARABIC_AGREEMENT["pronoun_suffixes"]


def _a_name(token: str) -> bool:
    """A capitalised word the lexicon does not know: part of a person's or a place's name."""
    return token[:1].isupper() and not ENGLISH_LEXICON.get(token.lower())


def _collision(verb: list[str], subject: list[str]) -> bool:
    """A vehicle struck something: the verb of hitting after a vehicle's noun ("a tourist ship struck")."""
    phrase = " ".join(verb).lower()
    head = " ".join(subject[-2:]).lower()
    return phrase in COLLISION["verbs"] and any(head == v or head.endswith(f" {v}") for v in COLLISION["vehicles"])


def _verb_after_auxiliary(tokens: list[str], start: int) -> tuple[int, int, Written] | None:
    """The first verb after an auxiliary from ``start`` on ("have been freed")."""
    for k in range(start, len(tokens) - 1):
        if tokens[k].lower() in ENGLISH_AUXILIARIES:
            rest = _verb(tokens[k + 1 :])
            if rest is not None:
                return k + 1 + rest[0], rest[1], rest[2]
    return None


def _before_participle(tokens: list[str]) -> list[str] | None:
    """The noun phrase before a participle and what follows it ("schoolgirls | kidnapped by ...", "a
    boy | trapped down a well"), or None."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower().endswith("ed") and tokens[i + 1 : i + 2] and tokens[i + 1].lower() in ENGLISH_PARTICIPLE_LINKS:
            return tokens[:i]
    return None


def _passive_agent(after: list[str]) -> Rendered | None:
    """A passive verb's "by" and its agent, up to a preposition, with what follows ("by police on Wednesday
    night" = "على يد الشرطة يوم ليل الأربعاء"): the agent in the genitive, a body named alone definite;
    None when there is no "by" or a part has no rendering."""
    if len(after) < 2 or after[0].lower() != "by":
        return None
    end = next((j for j in range(2, len(after)) if after[j].lower() in ENGLISH_PREPOSITIONS), len(after))
    words = after[1:end]
    senses = ENGLISH_LEXICON.get(words[0].lower(), ()) if len(words) == 1 else ()
    # "police", "the army": a body named alone is definite; "gunmen" (some people) is not
    body = bool(senses) and not any(w.plural for w in senses) and senses[0].kind in ("force", "institution")
    agent = render_english(" ".join(words), name_slot=body)
    tail = render_english(" ".join(after[end:])) if after[end:] else Rendered("")
    if agent.text is None or tail.text is None or not (body or names_people(agent.text)):
        return None  # "wounded by a roadside bomb": a weapon is no one's hands
    return Rendered(f"{ARABIC_AGREEMENT['by_hands']} {with_genitive(agent.text)} {tail.text}".strip())


def _by_agent(tokens: list[str], head: str) -> str | None:
    """ "kidnapped by Boko Haram militants" after an indefinite noun, as an Arabic clause that describes
    it: the past verb, its object pronoun agreeing with the noun, the agent ("خطفهن متشددو بوكو حرام").
    None for a definite noun (it needs a relative pronoun), a participle the lexicon has no verb for, or
    an agent it cannot render."""
    if (
        len(tokens) < 3
        or tokens[1].lower() != "by"
        or any(w.startswith(ARABIC_AGREEMENT["article"]) for w in head.split()[-1:])
    ):
        return None
    verb = next((w for w in ENGLISH_LEXICON.get(tokens[0].lower(), ()) if w.pos == "verb"), None)
    agent = render_english(" ".join(tokens[2:]))
    if verb is None or agent.text is None or " " in verb.ar:
        return None
    noun = head.split()[-1]
    plural = any(t.isdigit() and int(t) > 2 for t in head.split()) or noun.endswith(ARABIC_AGREEMENT["feminine_plural"])
    gender = "feminine" if _feminine(noun) else "masculine"
    pronoun = ARABIC_AGREEMENT["object_pronoun"][f"{gender}_plural" if plural and names_people(noun) else gender]
    if plural and not names_people(noun):
        pronoun = ARABIC_AGREEMENT["object_pronoun"]["feminine"]  # things in the plural are "ها"
    if "2" in head.split() or noun.endswith((ARABIC_AGREEMENT["dual"], ARABIC_AGREEMENT["dual_genitive"])):
        pronoun = ARABIC_AGREEMENT["object_pronoun"]["dual"]
    return f"{verb.ar}{pronoun} {agent.text}"


def _participle_phrase(tokens: list[str], head: str) -> str | None:
    """ "trapped down an abandoned well" after a noun, as the Arabic adjective the lexicon gives the
    participle, agreeing with the noun, and the place phrase ("عالق في بئر مهجور"); None for an agent
    ("by ..."), a participle with no adjective, or a phrase the rules cannot render."""
    if len(tokens) < 3 or tokens[1].lower() == "by":
        return None
    adjective = next((w for w in ENGLISH_LEXICON.get(tokens[0].lower(), ()) if w.pos == "adj"), None)
    place = render_english(" ".join(tokens[1:]))
    if adjective is None or place.text is None or not place.text.startswith(tuple(_PLACE_PREPOSITIONS)):
        return None
    form = adjective.ar + (ARABIC_AGREEMENT["feminine"] if _feminine(head) else "")
    return f"{form} {place.text}"


def _accusative(phrase: str) -> str:
    """An indefinite singular object takes the alif of tanwin ("هاجم انتحاري مسجداً"); a word ending in
    teh marbuta, alif or hamza is written alike."""
    head, _, rest = phrase.partition(" ")
    a = ARABIC_AGREEMENT
    if head.endswith(tuple(a["no_tanwin_alif"])) or head.startswith(a["article"]):
        return phrase
    return f"{head}{a['tanwin_alif']} {rest}".strip()


def _verb(tokens: list[str], opening: bool = False) -> tuple[int, int, Written] | None:
    """The first verb of the clause (its longest lexicon form): index, words, entry. An ``opening`` past
    form in -ed is a verb though it has a noun's sense ("and killed two": a clause of the same subject)."""
    for i in range(len(tokens)):
        for width in range(min(_MAX_VERB_WORDS, len(tokens) - i), 0, -1):
            found = ENGLISH_LEXICON.get(" ".join(tokens[i : i + width]).lower(), ())
            verb = next((w for w in found if w.pos == "verb"), None)
            if width == 1 and tokens[i].lower() in ENGLISH_AUXILIARIES and i + 1 < len(tokens):
                continue  # "was injured": the participle is the verb, not "was" (كان)
            # A word that is also a noun is the verb only after its subject ("shot" the noun aside).
            past = opening and i == 0 and tokens[0].lower().endswith("ed")
            if verb is not None and (i > 0 or past or not any(w.pos == "noun" for w in found)):
                if i + width < len(tokens) and tokens[i + width].lower() == "with" and tokens[i].endswith("ed"):
                    continue  # "men armed with machetes": a participle describing the subject, not its verb
                if i > 0 and tokens[i - 1].lower() in ("a", "an", "the") and tokens[i].lower().endswith("ed"):
                    continue  # "members of an armed gang": after an article, a participle is an adjective
                return i, width, verb
    return None


def _feminine(subject: str) -> bool:
    """The subject's head (after a number) is feminine: ends in teh marbuta or the feminine plural."""
    words = [w for w in subject.split() if not w.isdigit()]
    head = words[0] if words else ""
    a = ARABIC_AGREEMENT
    if head in a["counted_plurals"]:
        return False
    return head.endswith((a["feminine"], a["feminine_plural"], a["feminine_dual"]))


def _after_many(verb: str, subject: list[str]) -> str:
    """A past verb after its dual or plural subject ("قتلا", "قتلوا"); one ending in a vowel as it is."""
    a = ARABIC_AGREEMENT
    if verb.endswith((a["alif_maqsura"], ALIF)):
        return verb
    dual = any(t.lower() in ("2", "two") for t in subject)
    return verb + (a["dual_past"] if dual else a["plural_past"])


def _feminine_past(verb: str) -> str:
    a = ARABIC_AGREEMENT  # "رمى" -> "رمت", "غزا" -> "غزت": a final long vowel falls before the teh
    return (verb[:-1] if verb.endswith((a["alif_maqsura"], ALIF)) else verb) + a["feminine_past"]
