"""Rendering an Arabic clause into English by its structure: the event span ("استهدفت أربع طائرات
مُسيرة معسكراً تدريبياً") is a verb and its noun phrases, not a noun phrase.

The verb comes from the lexicon, each noun phrase (with the prepositional phrases attached to it)
from ``verify/phrase.py``. Arabic is verb-first: the first noun phrase after the verb is its
subject, the next its object; a noun phrase before the verb is the subject. A casualty verb whose
only noun phrase is its victims ("قتل 12 شخصاً") is passive in English ("12 people were killed").
Clauses joined by "و" are rendered one by one. A clause with a word no knowledge licenses, a relative
clause (a verb without "و" inside the span), or parts that cannot be told apart is not rendered: the
reason says why, and the model's rendering (licence-checked) or the event's verified slots stand.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.lang.lexicon import (
    ADVERBIAL_PREPOSITIONS,
    ANNOUNCED_OF,
    CLAUSE_FILLERS,
    ENGLISH_LEXICON,
    INJURY_PHRASES,
    INTRANSITIVE_VERBS,
    LEXICON,
    MANNER_OF_DEATH,
    NOMINAL_TOLL_VERBS,
    NUMBER_QUALIFIERS,
    OBJECT_PRONOUNS,
    PARTS_OF_DAY,
    PASSIVE_VERBS,
    PREPOSITION_SENSES,
    REPORT_VERBS,
    REPORTED_CASUALTIES,
    RESULT_OPENERS,
    RESULT_PARTICIPLES,
    SHARE_FROM,
    SUBORDINATORS_EN,
    TANWIN_ALIF,
    TRAILING_QUALIFIERS,
    VERB_PREPOSITIONS,
    VICTIMS_DESCRIBED_BY,
    VICTIMS_SHARE,
    Sense,
)
from summarizer.lang.text import ALIF, ARTICLE, BEH, CONJUNCTIONS, NOON, WAW, YEH, clean, fold
from summarizer.verify.numbers import counts_in
from summarizer.verify.phrase import (
    CENTRE,
    PART_OF,
    Rendered,
    Word,
    analysed,
    compound_rejoined,
    render_phrase,
    render_words,
    two_before_its_dual,
    where_it_lies,
)
from summarizer.verify.phrase_en import more_than_one

TRAILING = frozenset(fold(q) for q in TRAILING_QUALIFIERS)


def _an_announcement(arabic: str) -> bool:
    """A clause that opens on a verb of announcing and says what it announced after "عن" ("أعلن وزير
    الصحة ...، أمس الخميس، عن مصرع 43 شخصا"): its speaker, time and toll are said apart."""
    words = [fold(clean(w)).removeprefix(WAW) for w in arabic.split()]
    return bool(words) and words[0] in REPORT_VERBS and any(w in ANNOUNCED_OF for w in words[1:_ANNOUNCED_REACH])


_ANNOUNCED_REACH = 12  # words from the verb of announcing to its "عن"


def render_clause(arabic: str) -> Rendered:
    """The English of an Arabic clause, of clauses joined by "و" ("قتل 5 وأصيب 10 آخرون"), or of a
    noun phrase, rendered as one."""
    if _an_announcement(arabic):
        return Rendered(None, "an announcement of the incident (who announced it): the class says what happened")
    arabic = compound_rejoined(arabic)  # "طائرة أمريكية بدون طيار": "an American drone"
    for filler in CLAUSE_FILLERS:  # "من جهة ... من جهة أخرى" says "on one side ... on the other"
        arabic = re.sub(rf"(?<!\S){filler}(?!\S)", " ", arabic)
    if manner := _killed_by_manner(arabic):
        return manner  # "شرطياً قتل طعناً": a police officer was stabbed to death
    if fronted := _fronted_phrase(arabic):
        return fronted  # "وفي هجوم بسكين في باريس، قُتل مواطن" = "A citizen was killed in a knife attack in Paris"
    if joined := _subordinate(arabic):
        return _with_subordinate(*joined)
    if result := _result(arabic):
        return _with_result(*result)
    if aside := _aside(arabic):
        return _with_aside(*aside)
    arabic, qualifiers = _qualifiers(_joined_verb(re.sub(r"\s+", " ", arabic).strip(" ،")))
    arabic = _toll_as_verbs(arabic)
    words = analysed(arabic)
    words = words if isinstance(words, str) else two_before_its_dual(words)  # "قتل فلسطينيان اثنان"
    if isinstance(words, str):
        return Rendered(None, words)
    words = [w for w in words if fold(w.source) not in INJURY_PHRASES]
    for i, w in enumerate(words):
        # A clause-initial "قتل" is the verb "killed", not the noun "killing"; so is "وأصيب" before a count.
        opens = i == 0 or (fold(w.source)[:1] in CONJUNCTIONS and i + 1 < len(words) and _counted(words[i + 1]))
        if opens and (sense := _verb_reading(w)):
            w.sense = sense
    verbs = [i for i, w in enumerate(words) if _is_verb(w)]
    if len(verbs) > 1 and verbs[-1] == len(words) - 1 and not words[-1].conj and _describes(words, verbs[-1]):
        # "... في هجوم استمر": a relative clause cut after its verb says nothing; the clause stands without it
        words, verbs = words[:-1], verbs[:-1]
    if not verbs:
        return render_phrase(arabic)
    # A verb inside without "و" right after an indefinite noun describes it ("انفجار وقع في سوق" = an
    # explosion that occurred in a market); elsewhere it opens a clause whose place order does not tell.
    relatives = [v for v in verbs[1:] if not words[v].conj]  # "وقع" (occurred): its و is the root's
    if not all(_describes(words, v) or _done_by(words, v) for v in relatives):
        return Rendered(None, "a relative or subordinate clause this does not render")
    end = relatives[0] if relatives else len(words)
    bounds = [0, *(v for v in verbs[1:] if v < end), end]
    clauses = [_clause(words[a:b]) for a, b in pairwise(bounds)]
    if failed := next((c for c in clauses if c.text is None), None):
        return failed
    text = " and ".join(c.text for c in clauses)
    if relatives:
        described = _relatives(words, relatives)
        if described is None:
            return Rendered(None, "a relative clause this does not render")
        when = _when(words[bounds[-2] : end])
        said = text.removesuffix(when).strip() if when and text.endswith(when) else text
        text = " ".join([said, described, when if said != text else ""]).strip()
    for number, english in qualifiers:
        text = re.sub(rf"\b{number}\b", f"{english} {number}", text, count=1)
    if bad := _article_before_plural(text):
        return Rendered(None, f"'{bad}': an article before a plural, the clause misread")
    return Rendered(_capital(_idiomatic(text)))


_MANNER_VICTIM_WORDS = 3  # words of the victims before or after the verb ("ثلاثة أشخاص", "شرطي")


def _killed_by_manner(arabic: str) -> Rendered | None:
    """A killing said with how it was done ("قتل شرطي طعناً", "شرطياً قتل طعناً", "قتل ثلاثة أشخاص حرقاً"):
    the victims and English's passive of the manner ("A police officer was stabbed to death"); where and
    when, said after it, are the summary's slots. None unless the clause is built so."""
    tokens = [clean(t) for t in arabic.split()]
    verb = next((i for i, t in enumerate(tokens[: _MANNER_VICTIM_WORDS + 1]) if _a_killing_verb(t)), None)
    if verb is None:
        return None
    if verb == 0:  # the victims after the verb, up to the manner
        end = next((k for k in range(2, min(len(tokens), 2 + _MANNER_VICTIM_WORDS)) if _manner(tokens[k:])), None)
        victims = tokens[1:end] if end else []
    else:  # the victims before it ("أن شرطياً قتل طعناً")
        end, victims = verb + 1, tokens[:verb]
    manner = _manner(tokens[end:]) if end else None
    if not victims or manner is None:
        return None
    if end + manner[1] < len(tokens) and _a_count(tokens[end + manner[1]]):
        return None  # "قتل مسلحون بالرصاص سبعة أشخاص": the gunmen shot seven people dead, an object follows
    words = analysed(" ".join(victims))
    if isinstance(words, str) or not words or not all(_counted(w) or _a_count(w.source) for w in words[-1:]):
        return None
    who = render_phrase(" ".join(victims))
    if who.text is None:
        return None
    return Rendered(_capital(f"{who.text} {'were' if more_than_one(who.text) else 'was'} {manner[0]}"))


def _a_killing_verb(token: str) -> bool:
    """A past verb of killing ("قتل", "قتلت", "قتلوا"), read as the verb."""
    found = analysed(token)
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None:
        return False
    sense = found[0].sense if found[0].sense.pos == "verb" else _verb_reading(found[0])
    return sense is not None and sense.pos == "verb" and sense.en == "killed"


def _manner(tokens: list[str]) -> tuple[str, int] | None:
    """The English of a manner of death opening ``tokens`` ("طعناً", "رمياً بالرصاص"), and its words."""
    for width in (2, 1):
        if len(tokens) >= width and (english := MANNER_OF_DEATH.get(fold(" ".join(tokens[:width])))):
            return english, width
    return None


# "قتلوا بالرصاص سبعة أشخاص": killed by gunfire is "shot dead"; gunfire, a mass, takes no article
_SHOT_DEAD = re.compile(r"\bkilled (.{1,60}?) with (?:the )?gunfire\b(?! of)")
_MASS_GUNFIRE = re.compile(r"\b(with|by) the gunfire\b(?! of)")


def _idiomatic(english: str) -> str:
    """English's own words for what a word-by-word rendering says stiffly ("killed 7 people with the
    gunfire" -> "shot dead 7 people")."""
    return _MASS_GUNFIRE.sub(r"\1 gunfire", _SHOT_DEAD.sub(r"shot dead \1", english))


_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?([a-z]+)\b")


def _fronted_phrase(arabic: str) -> Rendered | None:
    """A prepositional phrase set before its clause by a comma ("وفي هجوم ...، قُتل ..."): the clause, then the
    phrase, as English orders them; None unless both render."""
    head, comma, clause = arabic.partition("،")
    words = head.split()
    if not comma or len(words) < 2 or fold(words[0]).removeprefix(WAW) not in PREPOSITION_SENSES:
        return None
    first = analysed(clause.split()[0]) if clause.split() else []
    if isinstance(first, str) or not first or _verb_reading(first[0]) is None:
        return None
    said, where = render_clause(clause), render_phrase(" ".join([words[0].removeprefix(WAW), *words[1:]]))
    if said.text is None or where.text is None:
        return None
    return Rendered(f"{said.text} {where.text}")


def _counted(w: Word) -> bool:
    """A word that counts victims after a casualty verb: a number, a dual, an indefinite people's noun or a
    quantity ("وأصيب شخصان", "وأصيب عدد آخر")."""
    quantity = w.sense is not None and w.sense.kind == "quantity" and not w.definite
    return w.number is not None or quantity or _a_count(w.source)


def _toll_as_verbs(arabic: str) -> str:
    """A lead that opens on a toll's verbal noun and its count ("مقتل شخصين وإصابة ثلاثة آخرين جراء ..."):
    each verbal noun before a count read as its verb, so the toll is a passive clause in English."""
    tokens = arabic.split()
    verbs = [_toll_verb(t, i) for i, t in enumerate(tokens)]
    if len(tokens) < 2 or verbs[0] is None:
        return arabic
    for i in range(len(tokens) - 1):
        counted = _a_count(tokens[i + 1])
        if i == 0 and not counted:
            return arabic  # "مقتل القائد": the killing of one named, a noun phrase
        if verbs[i] is not None and counted:
            tokens[i] = verbs[i]
    return " ".join(tokens)


def _toll_verb(token: str, i: int) -> str | None:
    """The verb of a toll's verbal noun ("وإصابة" -> "وأصيب"), with its "و" after the first word."""
    conj = fold(token)[:1] if i and fold(token)[:1] in CONJUNCTIONS else ""
    verb = NOMINAL_TOLL_VERBS.get(fold(token)[len(conj) :])
    return conj + verb if verb else None


_VICTIM_KINDS = ("people", "actor", "force", "title")


def _a_count(token: str) -> bool:
    """A number, a dual that says two ("شخصين"), or people, indefinite ("شخص", "جنود")."""
    if counts_in(token):
        return True
    found = analysed(token)
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None:
        return False
    people = found[0].sense.pos == "noun" and found[0].sense.kind in _VICTIM_KINDS and not found[0].definite
    return found[0].dual or people  # "مقتل جندي", "مقتل جنود": soldiers were killed


def _article_before_plural(english: str) -> str | None:
    """ "in a serious injuries": "a" before a noun the lexicon knows only as a plural, the words of the
    Arabic read in the wrong order; the phrase, else None."""
    for m in _INDEFINITE.finditer(english):
        forms = ENGLISH_LEXICON.get(m.group(1), ())
        if forms and all(w.plural for w in forms) and m.group(1).endswith("s"):
            return m.group(0)
    return None


def _result(arabic: str) -> tuple[str, str] | None:
    """A clause and its result after a comma ("قصفت طائرات ... ، ما أسفر عن مقتل 26 مدنيا"): (the clause,
    the result's words), or None."""
    words = arabic.split()
    for i in range(1, len(words)):
        for opener in RESULT_OPENERS:
            width = len(opener.split())
            if fold(" ".join(words[i : i + width])) == opener and i + width < len(words):
                return " ".join(words[:i]).rstrip("،, "), " ".join(words[i + width :])
    return None


def _subordinate(arabic: str) -> tuple[str, str, str] | None:
    """A clause and the subordinate clause joined to it ("قتل 12 شخصاً | عندما | فجر انتحاري سيارة"): (the
    clause, the English joining word, the subordinate clause), or None."""
    words = arabic.split()
    for i in range(1, len(words) - 1):
        for joiner, english in SUBORDINATORS_EN.items():
            width = len(joiner.split())
            if fold(" ".join(words[i : i + width])) == joiner and i + width < len(words):
                return " ".join(words[:i]).rstrip("،, "), english, " ".join(words[i + width :])
    return None


def _with_subordinate(clause: str, joiner: str, subordinate: str) -> Rendered:
    """Both clauses rendered, joined in English ("... were killed when a suicide bomber detonated ..."); not
    rendered when either is not."""
    main, sub = render_clause(clause), render_clause(subordinate)
    if main.text is None or sub.text is None:
        return main if main.text is None else sub
    comma = "," if ", " in main.text else ""  # after an aside ("..., including 3 civilians, when ...")
    return Rendered(f"{main.text}{comma} {joiner} {sub.text[:1].lower()}{sub.text[1:]}")


def _with_result(clause: str, result: str) -> Rendered:
    """The clause with its casualties said after it: "..., killing 26 civilians", "..., killing 3 people
    and injuring 10 others"; not rendered when the result names no casualty."""
    main = render_clause(clause)
    if main.text is None:
        return main
    parts: list[str] = []
    for item in re.split(rf"\s+(?={WAW}\S)", result.strip(" ،.")):
        participles: list[str] = []
        words = item.split()
        while words and (english := _result_participle(words[0])):
            participles.append(english)
            words = words[1:]
        if not participles:
            return Rendered(None, f"the result {result!r} names no casualty this renders")
        if not words:  # "مقتل وإصابة العشرات": the nouns share the victims that follow
            parts.append(" and ".join(participles))
            continue
        who = render_phrase(" ".join(w for w in words if fold(w) not in INJURY_PHRASES))
        if who.text is None:
            return who
        parts.append(f"{' and '.join(participles)} {who.text}")
    return Rendered(f"{main.text}, {' and '.join(parts)}")


def _result_participle(word: str) -> str | None:
    """The English participle of a casualty noun ("مقتل" -> "killing", "وإصابة" -> "injuring")."""
    found = analysed(clean(word))
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None or found[0].sense.kind != "casualty":
        return None
    return RESULT_PARTICIPLES.get(found[0].sense.en)


def _aside(arabic: str) -> tuple[str, str, str, str] | None:
    """A toll's aside on who its victims were ("قتل خمسة أشخاص بينهم عسكري وأصيب ...", "...، بعضهم
    مدنيون"): (the words before, the share, the victims, the words after), or None. The victims end at a
    comma or at the next clause ("وأصيب ..."): they are no part of the clause's noun phrases."""
    words = arabic.split()
    for i, word in enumerate(words[1:-1], start=1):
        share = next((k for k, forms in VICTIMS_SHARE.items() if fold(clean(word)) in forms), None)
        if share is None:
            continue
        start = i - 1 if fold(words[i - 1]) in SHARE_FROM else i
        end = i + 1
        while end < len(words) and not _clause_opener(words[end]):
            end += 1
            if words[end - 1].endswith(("،", ",")):
                break
        victims = " ".join(words[i + 1 : end]).rstrip("،, ")
        return " ".join(words[:start]).rstrip("،, "), share, victims, " ".join(words[end:])
    return None


def _clause_opener(word: str) -> bool:
    """A word that opens a clause joined by "و" ("وأصيب") or an adverbial ("في غارة")."""
    folded = fold(clean(word))
    adverbial = folded in PREPOSITION_SENSES and folded not in SHARE_FROM and folded not in VICTIMS_DESCRIBED_BY
    return _joined_verb_word(word) or adverbial


def _joined_verb_word(word: str) -> bool:
    folded = fold(clean(word))
    return folded[:1] in CONJUNCTIONS and any(s.pos == "verb" for s in LEXICON.get(folded[1:], ()))


def _with_aside(before: str, share: str, victims: str, after: str) -> Rendered:
    """The clause with its victims' aside said after it: "5 people were killed, including a soldier, and
    15 others were injured"."""
    who = render_phrase(" ".join(w for w in victims.split() if fold(w) not in INJURY_PHRASES))  # no "in wounds"
    if who.text is None:
        return who
    aside = f"including {who.text}" if share == "some" else f"most of them {who.text}"
    if after and _joined_verb_word(after.split()[0]):
        first, rest = render_clause(before), render_clause(after)
        if first.text is None or rest.text is None:
            return first if first.text is None else rest
        return Rendered(f"{first.text}, {aside}, and {rest.text[:1].lower()}{rest.text[1:]}")
    main = render_clause(f"{before} {after}".strip())
    return main if main.text is None else Rendered(f"{main.text}, {aside}")


# Verbs of two words ("لقي حتفه", "أطلق النار"), folded: first word -> the second words it takes.
_SPLIT_VERBS: dict[str, set[str]] = {}
for _form, _senses in LEXICON.items():
    if len(_form.split()) == 2 and any(s.pos == "verb" for s in _senses):
        _SPLIT_VERBS.setdefault(_form.split()[0], set()).add(_form.split()[1])


def _joined_verb(arabic: str) -> str:
    """A verb of two words split by its subject, joined ("لقي أكثر من 20 شخصاً حتفهم" -> "لقي حتفهم أكثر من
    20 شخصاً"; "أطلق مسلحون النار على المصلين" -> "أطلق النار مسلحون على المصلين"): the lexicon reads it
    as one verb."""
    words = arabic.split()
    if len(words) < 3:
        return arabic
    first = fold(words[0])
    seconds = _SPLIT_VERBS.get(first) or _SPLIT_VERBS.get(first[1:] if first[:1] in CONJUNCTIONS else "", set())
    for k in range(2, min(len(words), 9)):
        if fold(clean(words[k])) in seconds and clean(words[k]) == words[k]:
            return " ".join([words[0], words[k], *words[1:k], *words[k + 1 :]])
    return arabic


def _describes(words: list[Word], at: int) -> bool:
    """The verb at ``at`` follows an indefinite noun (or its adjective) it describes."""
    verb, noun = words[at], words[at - 1]
    if noun.definite or noun.name or noun.sense is None or noun.sense.pos not in ("noun", "adj"):
        return False
    return verb.sense is not None and verb.sense.lemma not in PASSIVE_VERBS and _listed_verb(verb)


def _relatives(words: list[Word], at: list[int]) -> str | None:
    """ "that" + the verb + what follows it, for each describing verb ("... a drone that approached the
    Golan"); None when a part does not render."""
    out = []
    for v, nxt in pairwise([*at, len(words)]):
        _governed(words[v], words[v + 1 : nxt])
        groups = _noun_phrases(words[v + 1 : nxt])  # "ضرب شمال غرب إيران الليلة الماضية": no "Iran of the night"
        kept = [w for g in groups if not _is_time(g[0]) for w in g]
        rest = render_words(kept) if kept else Rendered("")
        if rest.text is None:
            return None
        if _done_by(words, v):  # "كمين نفذته جماعة بوكو حرام": "an ambush carried out by the Boko Haram group"
            out.append(" ".join([words[v].sense.en, "by", rest.text, _times(groups)]).strip())
            continue
        out.append(" ".join(["that", words[v].sense.en, rest.text, _times(groups)]).strip())
    return " ".join(out)


def _done_by(words: list[Word], at: int) -> bool:
    """A relative verb carrying the pronoun of the indefinite noun before it, its agent after it ("كمين
    نفذته جماعة", "هجوم شنه مسلحون"): the noun was done by the agent."""
    verb, noun = words[at], words[at - 1]
    if at + 1 >= len(words) or noun.definite or noun.sense is None or noun.sense.pos not in ("noun", "adj"):
        return False
    if verb.sense is None or verb.sense.pos != "verb" or verb.sense.lemma in PASSIVE_VERBS:
        return False
    folded = fold(verb.source)
    suffix = next((p for p in sorted(OBJECT_PRONOUNS, key=len, reverse=True) if folded.endswith(p)), None)
    return suffix is not None and not _listed_verb(verb) and len(folded) - len(suffix) >= 2


def _when(words: list[Word]) -> str:
    """The time phrase a clause's words give after its verb (it is said at the clause's end)."""
    first = next((i for i, w in enumerate(words) if _is_verb(w)), 0)
    return _times(_noun_phrases(words[first + 1 :]))


def _times(groups: list[list[Word]]) -> str:
    return " ".join(t for g in groups if _is_time(g[0]) and (t := _time_phrase(g)))


def _qualifiers(arabic: str) -> tuple[str, list[tuple[int, str]]]:
    """The span without the words that qualify a count, and (count, English qualifier) pairs: "قتل 17
    جندياً على الأقل" is "At least 17 soldiers were killed", not "... of the at least"."""
    text, found = fold(arabic), []
    for phrase, english in NUMBER_QUALIFIERS.items():
        for m in re.finditer(rf"(?:^|\s){re.escape(phrase)}(?=\s|$)", text):
            before, after = counts_in(text[: m.start()]), counts_in(text[m.end() :])
            # After "أكثر من" the count follows; after "على الأقل" it went before.
            count = (before[-1] if before else None) if phrase in TRAILING else (after[0] if after else None)
            if count is not None:
                found.append((count, english))
                text = text[: m.start()] + " " + text[m.end() :]
                break
    return (" ".join(text.split()), found) if found else (arabic, [])


def _clause(words: list[Word]) -> Rendered:
    at = next(i for i, w in enumerate(words) if _is_verb(w))
    verb, before = words[at], words[:at]
    if not _listed_verb(verb):
        return Rendered(None, f"{verb.source!r} carries a pronoun or form the lexicon does not list")
    partitive = len(before) > 2 and before[0].number is not None and _is_preposition(before[1])  # "6 من أفراد"
    rest = before[2:] if partitive else before
    if any(w.prep or _is_preposition(w) or (w.number is not None and w is not before[0]) for w in rest):
        return Rendered(None, "the words before the verb are no plain subject")
    _governed(verb, words[at + 1 :])
    groups = _noun_phrases(words[at + 1 :])
    when = _times(groups)
    groups = _attached([g for g in groups if not _is_time(g[0])])
    if not before and len(groups) == 1:
        groups = _object_after_preposition(groups[0])
    if before and groups and all(_starts_with_preposition(g) for g in groups):
        groups = [before + [w for g in groups for w in g]]  # "ثمانية أشخاص قتلوا في أعمال عنف": no object
    elif before:
        objects = [g for g in groups if not _starts_with_preposition(g)]
        if len(objects) == 1 and len(groups) > 1:
            # "مسلحين قتلوا بالرصاص سبعة أشخاص": the subject said first, the one object, how it was done after it
            groups = [objects[0] + [w for g in groups if g is not objects[0] for w in g]]
        groups.insert(0, before)
    apposed = []
    while len(groups) > 2 and _an_apposition(groups[-2], groups[-1]):
        apposed.insert(0, groups.pop())  # "الضاحية الجنوبية لبيروت معقل حزب الله": what the object is
    if not groups or len(groups) > 2 or _starts_with_preposition(groups[0]):
        return Rendered(None, "the verb's subject and object cannot be told apart")
    cores, adverbials = zip(*(_adverbials(g) for g in groups), strict=True)
    parts = [render_words(g) for g in cores] + [_adverbial_text(a) for a in adverbials if a]
    described = [render_words(g) for g in apposed]
    if failed := next((p for p in parts + described if p.text is None), None):
        return failed
    texts = [p.text for p in parts]
    if described:
        said = ", ".join(_definite(d.text) for d in described)
        texts[len(cores) - 1] += f", {said}" + ("," if len(texts) > len(cores) or when else "")
    n = len(cores)
    if n == 1 and not before and _agrees_with_a_subject_before(verb) and _people(cores[0]):
        # "... وأصابوا ثلاثة آخرين": the verb's plural says its subject is the first clause's; it acts
        return Rendered(" ".join([_active(verb, cores[0]), *texts, when]).strip())
    if n == 1 and verb.sense.lemma in PASSIVE_VERBS:
        # "قتل 12 شخصاً": the victims are the verb's object, the killer unnamed; "10 أشخاص قتلوا": before
        # a verb of killing with no object, its subject is who was killed.
        was = "was" if _singular(cores[0]) and not more_than_one(texts[0]) else "were"  # "Dozens of people were"
        by = [re.sub(r"^with ", "by ", t) for t in texts[1:]]  # the passive's means: "injured by gunfire"
        victims, hands, agent = texts[0].partition(_AT_THE_HANDS)
        if hands:  # "قُتل 20 مدنيا على يد مسلحين": "20 civilians were killed by gunmen"
            return Rendered(" ".join([victims, was, verb.sense.en, f"by {agent}", *by, when]).strip())
        return Rendered(" ".join([texts[0], was, verb.sense.en, *by, when]).strip())
    if n == 1 and verb.sense.lemma not in INTRANSITIVE_VERBS:
        return Rendered(None, f"{verb.source!r} takes an object the span does not give")
    if verb.sense.kind == "reporting" and (reported := _reported_casualties(texts[1])):
        return Rendered(" ".join([texts[0], "said", reported, *texts[2:], when]).strip())
    return Rendered(" ".join([texts[0], _active(verb, cores[-1]), *texts[1:], when]).strip())


def _agrees_with_a_subject_before(verb: Word) -> bool:
    """A verb joined by "و" with a plural or dual ending ("وأصابوا", "وقتلا"): its subject is named before."""
    word = fold(verb.source)
    return verb.conj and (word.endswith(WAW + ALIF) or (len(word) > 4 and word.endswith(ALIF)))


def _people(group: list[Word]) -> bool:
    """The group counts or names people ("ثلاثة آخرين", "سبعة أشخاص")."""
    return any(w.sense is not None and w.sense.kind in _VICTIM_KINDS for w in group)


def _active(verb: Word, done_to: list[Word]) -> str:
    """The verb's English past; "hit" (أصاب) done to people is "wounded"."""
    if verb.sense.en == "hit" and "wounded" in verb.sense.alt and _people(done_to):
        return "wounded"
    return verb.sense.en


_AT_THE_HANDS = " at the hands of "  # the lexicon's "على يد": in a passive, the agent ("by")
_CASUALTY_OBJECT = re.compile(rf"^(?:the|an?) ({'|'.join(REPORTED_CASUALTIES)}) of (.+)$")


def _reported_casualties(english: str) -> str | None:
    """What a reporting verb's casualty object says as a clause: "the killing of 37 people" -> "37 people
    were killed", "an injury of a soldier" -> "a soldier was injured"."""
    if not (m := _CASUALTY_OBJECT.match(english)):
        return None
    participle, victims = REPORTED_CASUALTIES[m[1]], m[2]
    # "the killing of a Palestinian and the injury of 14 others": two casualty objects, each a clause
    if (two := _SECOND_CASUALTY.search(victims)) and (rest := _reported_casualties(victims[two.end() :])):
        return f"{_reported_casualties(f'the {m[1]} of {victims[: two.start()]}')} and {rest}"
    if participle == "died":
        return f"{victims} died"
    return f"{victims} {'were' if more_than_one(victims) else 'was'} {participle}"


_SECOND_CASUALTY = re.compile(rf"\sand\s(?=(?:the|an?) (?:{'|'.join(REPORTED_CASUALTIES)}) of )")


def _object_after_preposition(group: list[Word]) -> list[list[Word]]:
    """Verb-first, the verb's own preposition after its subject opens the object: "أسفر الهجوم | عن مقتل
    3 جنود" (the attack resulted in the killing of 3 soldiers)."""
    at = next((j for j, w in enumerate(group) if j and w.prep_en is not None and (w.prep or _is_preposition(w))), 0)
    return [group[:at], group[at:]] if at else [group]


def _governed(verb: Word, after: list[Word]) -> None:
    """The first preposition after the verb in the English the verb takes it with (data)."""
    governed = VERB_PREPOSITIONS.get(verb.sense.lemma if verb.sense else "", {})
    for i, w in enumerate(after):
        if _is_preposition(w) and (english := governed.get(fold(w.sense.lemma))) is not None:
            after[i].sense = w.sense._replace(en=english)
            after[i].prep_en = english  # the verb's: its phrase goes after the verb in English
            return
        if w.prep and (english := governed.get(fold(w.prep))) is not None:
            after[i].prep_en = english  # "اصطدم قطار بشاحنة": collided with a truck
            return


def _attached(groups: list[list[Word]]) -> list[list[Word]]:
    """A prepositional phrase the time word separated from its noun phrase goes back to it."""
    out: list[list[Word]] = []
    for g in groups:
        if out and _starts_with_preposition(g):
            out[-1] = out[-1] + g
        else:
            out.append(g)
    return out


def _listed_verb(w: Word) -> bool:
    """The verb as the lexicon lists it (a conjunction aside): "شنته" (launched it) is a relative clause."""
    bare = fold(w.source)
    return any(s.pos == "verb" for s in LEXICON.get(bare, ()) or LEXICON.get(bare[1:], ()))


def _is_time(w: Word) -> bool:
    return w.sense is not None and w.sense.kind == "time" and not w.prep


def _time_phrase(group: list[Word]) -> str:
    """ "on Tuesday evening", "at dawn on Monday", "on Friday": a weekday with its part of the day; a time
    word without a weekday is left to the summary's time (it says it with its date)."""
    day = next((w.sense.en for w in group if w.sense and w.sense.pos == "name"), None)
    parts = [w.sense.en for w in group if w.sense and w.sense.pos == "noun"]
    part = next((p for p in parts if p in PARTS_OF_DAY.values()), None)
    if day is None:
        return ""
    if part == "dawn":
        return f"at dawn on {day}"
    return f"on {day} {part}" if part else f"on {day}"


def _adverbials(group: list[Word]) -> tuple[list[Word], list[Word]]:
    """A noun phrase and the prepositional phrases of place, means or time after it ("بالصواريخ",
    "في بادية العشارة"), which English puts after the object."""
    for i, w in enumerate(group[1:], start=1):
        adverbial = w.sense is not None and w.sense.pos == "prep" and w.sense.en in ADVERBIAL_PREPOSITIONS
        if w.prep == BEH or w.prep_en is not None or adverbial or where_it_lies(group, i):
            return group[:i], group[i:]
    return group, []


def _adverbial_text(words: list[Word]) -> Rendered:
    """An adverbial's English; a centre or a part is where the event was ("وسط بغداد": in central
    Baghdad; "شرق سوريا": in eastern Syria), a bearing where it lay from ("north of Baghdad")."""
    rendered = render_words(words)
    if rendered.text and rendered.text.startswith((f"the {CENTRE} of ", *PART_OF.values())):
        return Rendered(f"in {rendered.text}")
    return rendered


def _verb_reading(w: Word) -> Sense | None:
    """The verb sense of a word the lexicon also reads as a noun, if it has one."""
    if w.prep or w.definite or w.sense is None or w.sense.pos == "verb":
        return None
    bare = fold(w.source)
    bare = bare[1:] if bare[:1] in CONJUNCTIONS and len(bare) > 3 else bare
    return next((s for s in LEXICON.get(bare, ()) if s.pos == "verb"), None)


def _is_verb(w: Word) -> bool:
    return w.sense is not None and w.sense.pos == "verb"


def _starts_with_preposition(group: list[Word]) -> bool:
    first = group[0]
    return bool(first.prep) or (first.sense is not None and first.sense.pos == "prep")


def _noun_phrases(words: list[Word]) -> list[list[Word]]:
    """The noun phrases after the verb, each with the prepositional phrases that follow it."""
    groups: list[list[Word]] = []
    for i, w in enumerate(words):
        time = _is_time(w)
        if not groups or time != _is_time(groups[-1][0]) or (not time and _begins_phrase(words[i - 1], w, groups[-1])):
            groups.append([w])
        else:
            groups[-1].append(w)
    return groups


_VICTIM_NOUNS = ("casualty", "attack")


def _a_magnitude(w: Word) -> bool:
    return w.sense is not None and w.sense.en.endswith("magnitude")


def _begins_phrase(previous: Word, w: Word, group: list[Word]) -> bool:
    """A noun that cannot continue the phrase before it: a number, an indefinite accusative
    ("معسكراً" after the subject), or any noun after a head that took the article (a construct
    state's head never does)."""
    if w.prep or (w.sense is not None and w.sense.pos in ("prep", "adj")) or _is_preposition(previous):
        return False
    if previous.sense is not None and previous.sense.kind == "direction":
        return False  # "دارفور غربي السودان": the place a bearing points from goes with it
    if w.sense is not None and w.sense.kind == "direction" and not w.definite and previous.name is not None:
        return False  # "في إقليم دارفور غرب السودان": where the place before it lies
    if w.number == 1 and previous.number is None and previous.sense is not None and previous.sense.pos == "noun":
        return False  # "من أسرة واحدة": "one" follows its noun in Arabic, an adjective of it
    if w.number is not None and _a_magnitude(previous):
        return False  # "زلزال بقوة 5٫4": the magnitude's figure
    if previous.number is not None and len(group) > 1 and group[-1] is previous and _a_magnitude(group[-2]):
        return True  # "ضرب زلزال بقوة 6 مدينة": the figure counts no city; the object begins
    if w.number is not None:
        # "عن مقتل 3 جنود": the number counts the victims of the event's noun before it (a construct)
        victims = previous.sense is not None and previous.sense.pos == "noun" and previous.sense.kind in _VICTIM_NOUNS
        return previous.number is None and not victims
    if previous.number is not None:
        return False  # "12 شخصاً": the counted noun
    if _a_person(previous) and w.sense is not None and w.sense.kind == "weapon" and not w.definite:
        return True  # "فجر انتحاري سيارة مفخخة": a person heads no weapon; the subject, then the object
    if w.name is not None and previous.sense is not None and previous.sense.pos == "noun":
        return False  # a title or place word and its name: "الناشط أمجد الساري"
    titled = len(group) > 1 and group[-2].sense is not None and group[-2].sense.kind in ("title", "people")
    if w.name is not None and previous.sense is not None and previous.sense.pos == "adj" and titled:
        return False  # "الناشطة العراقية سعاد العلي": the title, its adjective and the name are one person
    if fold(w.source).endswith(TANWIN_ALIF) and w.sense is not None and w.sense.pos == "noun":
        return True
    if fold(previous.source).endswith(TANWIN_ALIF) and previous.sense is not None and previous.sense.pos == "noun":
        return w.sense is not None and w.sense.pos == "noun"  # an indefinite accusative heads no construct
    if _with_its_nun(previous) and w.sense is not None and w.sense.pos == "noun":
        return True  # "أعلن متطوعون مقتل 18": a sound plural with its nun heads no construct ("متطوعو")
    closed = _has_article(previous) or (
        previous.definite and previous.sense is not None and previous.sense.pos == "name"
    )
    if closed and len(group) > 1 and w.sense is not None and w.sense.pos == "noun" and not w.definite:
        return True  # "معقل حزب الله حليف دمشق": a construct ends at its definite word; what follows is apart
    nominal = w.name is not None or (w.sense is not None and w.sense.pos in ("noun", "name"))
    joined = fold(w.source).startswith(WAW) and w.sense is not None and not fold(w.sense.lemma).startswith(WAW)
    where = w.sense is not None and w.sense.kind == "direction"  # "انفجار ضخم وسط العاصمة"
    if _indefinite_adjective(previous) and nominal and not joined and not where:
        # "هز انفجار بسيارة مفخخة الضاحية", "استهدفت غارة إسرائيلية سيارة": an adjective closed the phrase;
        # no construct follows it
        return True
    head = next((x for x in reversed(group) if x.sense is None or x.sense.pos != "adj"), None)
    if w.name is not None and head is not None and head.sense is not None and head.sense.kind == "place_word":
        return False  # "العاصمة الصومالية مقديشو": the place word's name, in apposition
    return head is not None and _has_article(head) and (w.name is not None or w.sense is not None)


def _with_its_nun(w: Word) -> bool:
    """A sound masculine plural noun that keeps its final nun ("متطوعون", "مسلحين"): no construct's head."""
    folded = fold(w.source)
    return bool(w.plural) and w.sense is not None and w.sense.pos == "noun" and folded.endswith(_SOUND_PLURALS)


_SOUND_PLURALS = (WAW + NOON, YEH + NOON)


def _an_apposition(before: list[Word], group: list[Word]) -> bool:
    """A construct without the article after a definite phrase says what that is ("الضاحية الجنوبية لبيروت
    معقل حزب الله حليف دمشق": the stronghold of Hezbollah, the ally of Damascus)."""
    head, first = group[0], before[0]
    if len(group) < 2 or head.prep or head.definite or head.number is not None or head.name is not None:
        return False
    if head.sense is None or head.sense.pos != "noun" or fold(head.source).endswith(TANWIN_ALIF):
        return False
    complement = group[1].definite or group[1].name is not None
    last = before[-1]  # a construct is definite by its last word ("معقل حزب الله")
    return complement and (last.definite or last.name is not None) and not first.prep


def _definite(english: str) -> str:
    return re.sub(r"^an? ", "the ", english)


def _indefinite_adjective(w: Word) -> bool:
    """An indefinite adjective, or a compound noun ending in one ("سيارة مفخخة"): no construct's head."""
    if w.sense is None or w.definite or w.name is not None:
        return False
    last = fold(w.source).split()[-1]
    compound = " " in w.source and not last.startswith(ARTICLE) and w.sense.pos == "noun"
    return w.sense.pos == "adj" or compound


def _a_person(w: Word) -> bool:
    """An indefinite word that names a person who acts ("انتحاري", "مسلح"), also where it reads as an adjective."""
    senses = LEXICON.get(w.sense.lemma, ()) if w.sense is not None else ()
    return not w.definite and any(s.pos == "noun" and s.kind == "actor" for s in senses)


def _is_preposition(w: Word) -> bool:
    return w.sense is not None and w.sense.pos == "prep"


def _has_article(w: Word) -> bool:
    first = fold(w.source).split()[0]
    return w.definite and (first.startswith(ARTICLE) or w.name is not None)


def _singular(group: list[Word]) -> bool:
    head = next((w for w in group if w.number is None), None)
    number = next((w.number for w in group if w.number is not None), None)
    return number == 1 or (number is None and head is not None and not head.plural)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
