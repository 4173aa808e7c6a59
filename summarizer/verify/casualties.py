"""Casualty figures from the words of a verified casualty span: a count only when the article gives
one near the casualty word, and a qualifier from the words of that count's own clause ("على الأقل"
= at least): in "25 killed and more than 900 injured" the 25 is exact."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.lang.lexicon import (
    ABOUT_WORDS,
    ALONGSIDE_OTHERS,
    AMONG_THE_TOLL,
    AT_LEAST_AFTER,
    AT_LEAST_WORDS,
    ATTACKER_NOUNS,
    BESIDES,
    BETWEEN,
    CASUALTY_NAME_TRAPS,
    COLLECTIVE_BODIES,
    COLLECTIVE_PEOPLE,
    COUNT_ASIDES,
    DUAL_CASUALTIES,
    DUAL_POINTERS,
    ENGLISH_AUXILIARIES,
    ENGLISH_LEXICON,
    INJURED_WORDS,
    INTENT_TO_KILL,
    JOINERS,
    KILLED_WORDS,
    LEXICON,
    MET_DEATH,
    MISSING_WORDS,
    NAMED_OTHERS,
    NO_ONE_HURT,
    NOT_A_TOLL,
    NOT_CASUALTY_WORDS,
    NUMBER_WORDS,
    ONE_MORE,
    OWNED_SUFFIXES,
    PARTITIVE_DETERMINERS,
    PARTITIVES,
    PHRASE_STOPS,
    PLURAL_CASUALTIES,
    SHARE_AMONG,
    SHARE_BEFORE,
    SHARE_OF,
    SINGLE_CASUALTIES,
    SUBSET_WORDS,
    TOLL_FIGURE_VERBS,
    TOLL_REACHED,
    TOLL_RISE,
    TOLL_RISE_TO,
    TOLL_UPDATE,
    TREATMENT_VERBS,
    UNCERTAIN_WORDS,
    UNCOUNTED,
    VAGUE_QUANTITIES,
    VICTIMS_SHARE,
    VICTIMS_SHARE_ENDS,
    WEEKDAYS,
    WITH_VICTIMS,
)
from summarizer.lang.text import (
    ALIF,
    ARTICLE,
    BEH,
    CONJUNCTIONS,
    LAM,
    NOMINATIVE_PLURAL,
    NOON,
    WAW,
    WORD_EDGE,
    bare,
    clean,
    fold,
    has_any,
    mentions,
)
from summarizer.schema import Qualifier
from summarizer.verify.numbers import counts_in, number_near, numbers_in, numbers_with_positions, words_after
from summarizer.verify.phrase import Word, a_past_verb, analyse, people_plural


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# a negation, then at most four words, then a word of harm with its preposition's letter if any ("بإصابات")
_NO_ONE_HURT = re.compile(
    rf"(?<!\w)[{CONJUNCTIONS}]?(?:{_alternation(NO_ONE_HURT['negations'])})(?:\s+\S+){{0,4}}?\s+[{BEH}{LAM}]?"
    rf"(?:{_alternation(NO_ONE_HURT['harm'])})(?!\w)"
)


def says_no_one_hurt(sentence: str) -> bool:
    """Whether the sentence says the incident hurt no one ("لم يسفر الانفجار عن وقوع إصابات", "No one was
    injured"), not that it is unknown ("ما إذا كان هناك ضحايا")."""
    return bool(_NO_ONE_HURT.search(fold(sentence)))


_GROUPS_COUNTED = re.compile(
    # "eight jawans of DRG and a driver": a group's "of" or "from" a name goes with it
    r"\b(\w+) ([A-Za-z]+)(?: (?:of|from) (?:the )?[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?)?"
    r"(?:,| and|, and) (\w+) ([A-Za-z]+) "
    r"(?:were |are |have been )?"
    r"(killed|dead|died|die|injured|wounded|hurt)\b"
)
_GROUP_KINDS = ("people", "title", "force", "actor", "nationality")


def _a_group_noun(word: str) -> bool:
    """A noun of a counted group: a plural in "s" ("pilots", "Americans") or a noun of people the
    lexicon knows in any number ("men", "woman": "six men and one woman killed")."""
    return word.endswith("s") or any(w.kind in _GROUP_KINDS for w in ENGLISH_LEXICON.get(word.lower(), ()))


def english_groups_clause(sentence: str, kind: str) -> tuple[str, int] | None:
    """The words and the sum of counted groups of one toll ("10 Americans, 2 pilots killed")."""
    m = _GROUPS_COUNTED.search(sentence)
    if m is None or (total := _english_groups(m.group(0), kind)) is None:
        return None
    if _SHARE_BEFORE.search(sentence[: m.start()]):
        return None  # "killed, including three soldiers, and nine others wounded": the three are of the dead
    start, more = _leading_groups(sentence, m.start())
    return sentence[start : m.end()], total + more


def _english_groups(span: str, kind: str) -> int | None:
    """Counted groups of one toll in an English headline or lead ("10 Americans, 2 pilots killed", "10
    foreigners and 2 locals killed", "12 women, eight children and seven men died"): their sum."""
    m = _GROUPS_COUNTED.search(span)
    if m is None or (m.group(5) in ("injured", "wounded", "hurt")) != (kind == "injured"):
        return None
    if not (_a_group_noun(m.group(2)) and _a_group_noun(m.group(4))):
        return None
    one = [1] if m.group(3).lower() in ("a", "an") else []  # "eight jawans of DRG and a driver": 9
    first, second = counts_in(m.group(1)), counts_in(m.group(3)) or one
    return first[0] + second[0] + _leading_groups(span, m.start())[1] if first and second else None


_SHARE_BEFORE = re.compile(r"\b(?:including|among them|among whom)\s*$", re.IGNORECASE)
_GROUP_BEFORE = re.compile(r"\b(\w+) ([A-Za-z]+),\s*$")  # "12 women, " before the last two groups


def _leading_groups(text: str, start: int) -> tuple[int, int]:
    """The counted groups listed before the last two ("12 women, | eight children and seven men"): where
    they start and their sum."""
    total = 0
    while (m := _GROUP_BEFORE.search(text[:start])) and _a_group_noun(m.group(2)) and (n := counts_in(m.group(1))):
        total, start = total + n[0], m.start()
    return start, total


def casualty_figure(span: str, kind: str) -> tuple[int | None, Qualifier]:
    """(count or None, qualifier) that ``span`` states for ``kind`` ("killed" or "injured"); a count
    joined to uncounted others ("... إلى جانب العشرات الآخرين") is a floor."""
    if _title_case(span):
        span = span.lower()  # a headline's "Injures Several Others": several, not one; "Others" is no name
    if kind == "killed" and (framed := framed_toll(span)) is not None:
        return framed[1], framed[2]  # "لقي أربعة مدنيين على الأقل وخمسة جنود حتفهم": at least 9
    span = _without_counts_of_things(_without_its_subordinate(without_false_casualty_words(span), kind))
    count, qualifier = _casualty_figure(span, kind)
    if count is not None and qualifier == Qualifier.exact and with_uncounted_others(span):
        return count, Qualifier.at_least
    return count, qualifier


def _title_case(span: str) -> bool:
    """An English headline's words, every one capitalised but the short function words."""
    words = [w for w in span.split() if w.isalpha() and len(w) > 3]
    return span.isascii() and len(words) >= 3 and all(w[:1].isupper() for w in words)


_THING_KINDS = ("weapon", "target", "vehicle", "place_word")  # "ثلاثة كنائس", "three churches": things


def _without_counts_of_things(span: str) -> str:
    """The span without a number that counts things ("قتيل وجريح في هجوم على ثلاثة كنائس": churches,
    "3 vehicles"): a count of objects is never a toll, however near a word of the dead it stands."""
    words = span.split()
    out: list[str] = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        if i + 1 < len(words) and numbers_in(word) and _a_thing(words[i + 1]):
            out.append("،")  # the count and what it counts go; a mark keeps the clauses apart
            skip = True
            continue
        out.append(word)
    return " ".join(out) if len(out) != len(words) else span  # each count taken makes two words one


def _a_thing(word: str) -> bool:
    """Every sense the lexicon gives the word is a thing (a building, a vehicle, a weapon, a village)."""
    word = clean(word)
    if word.isascii():
        senses = [w.kind for w in ENGLISH_LEXICON.get(word.lower(), ())]
    else:
        senses = [f.sense.kind for f in analyse(word, name_slot=False) if f.sense is not None]
    return bool(senses) and all(kind in _THING_KINDS for kind in senses)


_NOT_CASUALTY = re.compile(rf"(?i)\b(?:{'|'.join(sorted(NOT_CASUALTY_WORDS))})\b")


def without_false_casualty_words(text: str) -> str:
    """The text with the English words that start like a word of the dead but count no one ("Friday's
    deadly landslide") put out of a casualty word's reach."""
    return _NOT_CASUALTY.sub("grave", text)


_SUBORDINATE = re.compile(r"\s(?:when|as(?! well as)|while|after)\s", re.IGNORECASE)  # "as well as" adds victims


def _without_its_subordinate(span: str, kind: str) -> str:
    """An English count before its casualty verb ends at the clause that says how ("Ten more people were
    injured when around a dozen men attacked": ten, not the dozen attackers)."""
    if not span.isascii():
        return span
    stems = KILLED_WORDS if kind == "killed" else INJURED_WORDS
    hit = next((m for m in re.finditer(r"[A-Za-z]+", span) if mentions(m.group().lower(), stems)), None)
    after = _SUBORDINATE.search(span, hit.end()) if hit else None
    if hit is None or after is None or not counts_in(span[: hit.start()]):
        return span
    return span[: after.start()]


def missing_figure(clause: str) -> tuple[int | None, Qualifier]:
    """(count or None, qualifier) of the people a clause says are missing ("وفقدان 21 آخرين", "27
    مفقودا يخشى مقتلهم", "12 people are still missing"): the number nearest the word of the missing,
    not one nearer a word of the dead or the hurt."""
    if not mentions(clause, MISSING_WORDS) or has_any(clause, UNCERTAIN_WORDS):
        return None, Qualifier.unknown
    count = number_near(clause, MISSING_WORDS, others=(*KILLED_WORDS, *INJURED_WORDS))
    return (count, _qualifier_of(clause, count)) if count is not None else (None, Qualifier.reported_unspecified)


def only_intent(text: str) -> bool:
    """The text's only words of killing tell a will or a try to kill ("wants to kill", "محاولة قتل")."""
    folded = fold(text).lower()
    rest = folded
    for phrase in INTENT_TO_KILL:
        rest = rest.replace(phrase, " ")
    return rest != folded and not mentions(rest, KILLED_WORDS)


def without_name_traps(text: str) -> str:
    """The text without the given names that hold a casualty word ("الصحفي توفيق التميمي": Tawfiq, not
    "died")."""
    return " ".join(w for w in text.split() if fold(clean(w)) not in CASUALTY_NAME_TRAPS)


# ", most of them women and children,": who the victims were, between commas; the clause goes on after it
_ENGLISH_SHARE_ASIDE = re.compile(r",\s+(?:most of them|mostly|including|among them|many of them)\b[^,.]*,")
_ENGLISH_INNER_SHARE = re.compile(
    r"\s+(?:including|among them)\s+(?:[\w'-]+\s+){1,5}?(?=(?:were|have been|had been)\s)"
)  # "Five people including three military rangers were killed": the five, not the rangers


def without_share_aside(text: str) -> str:
    """The text without an aside on who the victims were ("27 people, most of them women, were killed" ->
    "27 people were killed"; "لقي 8 مدنيين، بينهم أطفال ونساء، مصارعهم" -> "لقي 8 مدنيين مصارعهم"): one
    clause states the toll."""
    if text.isascii():  # also without commas: "Five people including three military rangers were killed"
        return _ENGLISH_INNER_SHARE.sub(" ", _ENGLISH_SHARE_ASIDE.sub("", text))
    parts = re.split(r"(\s*[،,](?!\d)\s*)", text)  # clauses and the commas between them
    out, i = [parts[0]], 1
    while i < len(parts):
        if i + 2 < len(parts) and _opens_on_a_share(parts[i + 1]):
            out.append(" ")  # the aside and both its commas: the clause goes on after it
            i += 3
            continue
        out += parts[i : i + 2]
        i += 2
    return "".join(out)


def _opens_on_a_share(clause: str) -> bool:
    """A clause that opens on who the victims include ("بينهم", "ومن بينهم", "غالبيتهم")."""
    words = [fold(clean(w)) for w in clause.split()[:2]]
    if not words:
        return False
    shares = {w for share in VICTIMS_SHARE.values() for w in share}
    firsts = {words[0], words[0].removeprefix(WAW)}  # "ومن بينهم"
    return any(f in shares or " ".join([f, *words[1:]]) in shares for f in firsts)


def _casualty_figure(span: str, kind: str) -> tuple[int | None, Qualifier]:
    span = without_name_traps(span)
    kept = without_share_aside(span)  # "27 people, most of them ..., were killed": 27 killed
    words_of_kind = KILLED_WORDS if kind == "killed" else INJURED_WORDS
    # "Five other workers fled ..., including one who was injured, while ...": only the aside tells the hurt
    span = kept if mentions(kept, words_of_kind) or not mentions(span, words_of_kind) else span
    if kind == "killed" and only_intent(span):
        return None, Qualifier.unknown  # "who wants to kill people in the compound": no one was killed
    if has_any(span, UNCERTAIN_WORDS):
        told = _before_uncertain(span)  # "شخصين جرحا بدون ان يوضح ما اذا كان ...": the count before the doubt
        if told is None or not mentions(told, words_of_kind):
            return None, Qualifier.unknown
        span = told
    if span.isascii() and (both := _english_groups(span, kind)) is not None:
        return both, _qualifier(span)
    own, others = (KILLED_WORDS, INJURED_WORDS) if kind == "killed" else (INJURED_WORDS, KILLED_WORDS)
    others += MISSING_WORDS  # "27 مفقودا يخشى مقتلهم": the missing are counted, not the dead
    current = _current(span)
    raised = span[: len(span) - len(current)] if current != span and span.endswith(current) else ""
    if raised and mentions(raised, own) and not mentions(raised, others):
        # "ارتفع عدد القتلى ...، الاثنين، إلى 5 آلاف و894 شخصا": the raised toll is of the kind named before
        first = casualty_clauses(current)[0]
        if (found := counts_in(first)) and not mentions(first, others):
            return found[0], _qualifier(first)
    whole = _before_subset(current)
    # "No one was hurt": its "one" is no victim
    every = casualty_clauses(whole)
    clauses = [c for c in every if mentions(c, own) and not says_no_one_hurt(c)]
    for clause in clauses:
        if _combined(clause) or has_any(_ONE_MORE_AGED.sub("", clause), NOT_A_TOLL):
            continue  # "قتل وأصيب 30": killed and injured together is neither; ages are no toll
        if (total := _named_and_others(clause, own, others)) is not None:
            return total, _qualifier_of(clause, total)
        near = number_near(_without_distance_fillers(clause), own, others=others)  # "قتل ...، الأحد، 43 شخصا"
        near = near if near is not None or kind != "killed" else met_death_count(clause)
        near = near if near is not None else _passive_count(clause, kind)
        subject = _passive_subject(clause, own) if clause.isascii() else None  # "5 people from one family were"
        if (count := subject or near or _passive_subject(clause, own)) is not None:
            before = every[every.index(clause) - 1] if every.index(clause) else ""
            count += (
                _and_more(clause, count)
                or _and_one_more(with_one_joined(every, clause), count)
                or (kind == "injured" and others_taken(whole, count))
                or (kind == "killed" and named_before_the_others(before, clause, count))
            )
            qualifier = _qualifier_of(clause, count)
            after = every[every.index(clause) + 1] if every.index(clause) + 1 < len(every) else ""
            if qualifier == Qualifier.exact and _qualifier_alone(after):
                qualifier = _qualifier(after)  # "مقتل 14 شخصاً، على الأقل،": its "at least" set off by commas
            return max(count, _conjoined_total(clause, own) or 0), qualifier
    share = current[len(whole) :] if current.startswith(whole) else ""
    if not clauses and mentions(share, own) and not mentions(whole, own):
        # "Five other workers fled ..., including one who was injured": only the share was hurt
        counted = number_near(share, own, others=others)
        return (counted, _qualifier(share)) if counted is not None else (None, Qualifier.reported_unspecified)
    alone = not clauses and not mentions(span, others) and not says_no_one_hurt(whole)
    if alone and (count := number_near(whole, own, others=others)) is not None:
        count += others_taken(whole, count) if kind == "injured" else 0
        return count, _qualifier(whole)  # "أكثر من 900 آخرين": the casualty word is in the sentence before
    for clause in clauses:
        part = _before_other_kind(clause, own, others)  # "مقتل فلسطيني وإصابة 14 آخرين": one killed
        if not numbers_in(part) and (count := implied_count(part, own)):
            said = _qualifier(part)  # "قتل شخصان على الأقل": a dual with its "at least"
            return count, said if said in (Qualifier.at_least, Qualifier.approximately) else Qualifier.exact
    if kind == "killed" and (toll := _english_toll(span)) is not None:
        return toll
    if kind == "killed" and (met := met_death_count(whole)) is not None:
        return met, _qualifier_of(whole, met)  # "فارق 5 أشخاص الحياة": no word of killing, the frame says it
    return None, Qualifier.reported_unspecified


def _named_and_others(clause: str, own: tuple[str, ...], others: tuple[str, ...]) -> int | None:
    """People named or titled after the casualty word, then "N others" joined to them ("قتل الضابط وسبعة
    آخرون" = 8; 'قتل "مع قيادي آخر ... وسبعة آخرين' = 9: the passive's subject, the leader, seven others;
    "قتل القيادي مع خمسة من مرافقيه" = 6): the sum, however far the count stands from the verb."""
    words = [clean(w) for w in clause.split()]
    folded = [fold(w) for w in words]
    at = next((i for i, w in enumerate(folded) if _opens_with(w, own)), None)
    if at is None:
        return None
    for j in range(at + 1, len(words) - 1):
        if _opens_with(folded[j], others):
            return None  # "مقتل جندي وإصابة 3 آخرين": the others are the injured
        if folded[j].startswith(WAW) and not _opens_with(folded[j], own) and a_past_verb(folded[j][1:]):
            return None  # "قتل عسكرياً واعتقل اثنين آخرين": the others are the arrested, another verb's
        found = numbers_in(words[j])
        if not found:
            continue
        if len(found) > 1 or not (folded[j + 1] in NAMED_OTHERS or _of_theirs(folded[j + 1 : j + 3])):
            return None
        people = _people_before(words[at + 1 : j], folded[at + 1 : j])
        return found[0] + people if people else None
    return None


def _of_theirs(pair: list[str]) -> bool:
    """ "من مرافقيه", "of his bodyguards": some of the named person's own people."""
    if len(pair) < 2 or pair[0] not in PARTITIVES:
        return False
    return pair[1] in PARTITIVE_DETERMINERS or (
        _arabic(pair[1]) and len(pair[1]) > 3 and pair[1].endswith(OWNED_SUFFIXES)
    )


def _people_before(words: list[str], folded: list[str]) -> int:
    """The people a toll names before its "N others": the passive verb's subject where "مع" follows the
    verb, and one for each singular person or name that opens the list or follows "و" or "مع"."""
    people = 1 if folded and (folded[0] in WITH_VICTIMS or " ".join(folded[:2]) in WITH_VICTIMS) else 0
    for k, word in enumerate(words):
        opens = k == 0 or folded[k - 1] in WITH_VICTIMS or folded[k - 1] == "and"
        if not opens and word.startswith(WAW) and len(word) > 2 and _arabic(word):
            word, opens = word.removeprefix(WAW), True
        if opens and folded[k] not in WITH_VICTIMS and _one_person([word, *words[k + 1 : k + 3]]):
            people += 1
    return people


_TOLL_VERBS = "|".join(re.escape(v) for v in TOLL_FIGURE_VERBS)
_ENGLISH_TOLL = re.compile(rf"\b(?:death )?toll\b[^.;]{{0,150}}?\b(?:{_TOLL_VERBS})\s+((?:\S+\s+){{0,3}}\S+)", re.I)


def english_toll_clause(sentence: str) -> str | None:
    """The words of an English death toll and its figure, however far apart the sentence puts them ("Death
    toll in Nice attack, in which a man drove ..., rose to 85"), when they state a figure."""
    m = _ENGLISH_TOLL.search(sentence)
    return m.group(0) if m and counts_in(m.group(1)) else None


def _english_toll(span: str) -> tuple[int, Qualifier] | None:
    """An English death toll and the figure its verb gives ("with the confirmed death toll standing at
    forty-five" = 45, "death toll from Russian strike on apartment block reaches 45")."""
    m = _ENGLISH_TOLL.search(span)
    found = counts_in(m.group(1)) if m else []
    return (found[0], _qualifier(m.group(0))) if found else None


_PASSIVE_REACH = 15  # words from an English subject's count to its "were killed"


def _passive_subject(clause: str, own: tuple[str, ...]) -> int | None:
    """The count of an English subject that a passive casualty verb says of, however long the subject
    ("All 150 people on board flight 4U9525 from Barcelona to Duesseldorf were killed"): a number
    before a noun of people, then an auxiliary right before the casualty word, no other count between."""
    words = clause.split()
    for i, word in enumerate(words[:-2]):
        found = counts_in(word)
        if len(found) != 1 or not _of_people(clean(words[i + 1]).lower()):
            continue
        for j in range(i + 2, min(len(words) - 1, i + _PASSIVE_REACH)):
            if counts_in(words[j]) and clean(words[j - 1]).lower() not in ("from", "of"):
                break  # another count: the verb is its ("from one family" is whose, no count)
            if clean(words[j]).lower() in ENGLISH_AUXILIARIES:
                # the subject's own verb: "seven people were killed and dozens more were injured" says
                # nothing of seven injured
                return found[0] if mentions(words[j + 1], own) else None
            if clean(words[j]).lower() in _DIED and own == KILLED_WORDS:
                return found[0]  # "6 members of the National Guard died on Sunday"
        return None
    return None


_DIED = frozenset(("died", "perished"))


def _last_count(words: list[str]) -> int:
    """The number two words back ("19 children" before "and"), else -1."""
    found = numbers_in(words[-2]) if len(words) >= 2 else []
    return found[0] if len(found) == 1 else -1


def _and_more(clause: str, count: int) -> int:
    """A second count of other people joined to the first ("killing 19 children and two teachers",
    "مقتل 5 جنود و3 مدنيين"): the number it adds, else 0. Each number must count a noun of people."""
    words = clause.split()
    for i, word in enumerate(words[:-3]):
        if numbers_in(word) != [count] or not _of_people(clean(words[i + 1]).lower()):
            continue
        joint = words[i + 2]
        second = words[i + 3] if fold(joint) == "and" else joint.removeprefix(WAW) if joint.startswith(WAW) else None
        rest = words[i + 4 : i + 5] if fold(joint) == "and" else words[i + 3 : i + 4]
        if second and len(more := numbers_in(second)) == 1 and rest and _of_people(clean(rest[0]).lower()):
            return more[0]
    return 0


def named_before_the_others(previous: str, clause: str, count: int) -> int:
    """One victim the clause before "N other(s)" killed without a number ("beheaded the village chief,
    killed two other inhabitants" = 3): how many it names, else 0."""
    if not previous or numbers_in(previous) or not mentions(previous, KILLED_WORDS):
        return 0
    words = [fold(clean(w)).lower() for w in clause.split()]
    at = next((i for i, w in enumerate(words) if counts_in(w) == [count]), None)
    if at is None or not any(w in NAMED_OTHERS for w in words[at + 1 : at + 3]):
        return 0
    return implied_count(previous, KILLED_WORDS) or 0


def others_taken(clause: str, count: int) -> int:
    """More wounded joined by a second treatment verb ("عالج 46 شخصا من إصابات ونقل 14 آخرين إلى
    مستشفيات", "treated 46 at the scene and took 14 others to hospital"): the others' number, else 0."""
    words = [fold(clean(w)).lower() for w in clause.split()]
    at = next((i for i, w in enumerate(words) if numbers_in(w) == [count]), None)
    if at is None:
        return 0
    for i in range(at + 1, len(words) - 2):
        verb = words[i + 1] if words[i] == "and" else words[i].removeprefix(WAW)
        if verb not in TREATMENT_VERBS:
            continue
        for j in range(i + 1, min(i + 4, len(words) - 1)):
            if len(found := numbers_in(words[j])) == 1 and words[j + 1] in NAMED_OTHERS:
                return found[0]
        return 0
    return 0


def _and_one_more(clause: str, count: int) -> int:
    """One more person joined after a count ("killing two aboard and a person in the truck", "two soldiers
    and a civilian", "ثلاثة من عناصر حزب الله ومدني"): 1, else 0."""
    words = [clean(w).lower() for w in clause.split()]
    at = next((i for i, w in enumerate(words) if counts_in(w) == [count]), None)
    if at is None:
        return 0
    for i in range(at + 1, min(at + 6, len(words))):
        if counts_in(words[i]):
            return 0  # another count: its own noun
        if _arabic(words[i]) and words[i].startswith(WAW) and len(words[i]) > 2:
            return 1 if _one_more_joined(words[i]) else 0  # "قتل ثلاثة من عناصر حزب الله ومدني": 4
        if i + 2 >= len(words):
            continue
        if words[i] == "and" and words[i + 1] in ("a", "an", "one"):
            noun = words[i + 2] if words[i + 2] not in _ENGLISH_PEOPLE_ADJECTIVES else words[min(i + 3, len(words) - 1)]
            senses = ENGLISH_LEXICON.get(noun, ())
            one = noun == "person" or _AGED.fullmatch(noun) is not None  # "six adults and a 7-year-old": 7
            return 1 if one or any(w.kind in ("people", "title") and not w.plural for w in senses) else 0
        if words[i] == "and":
            return 0
    return 0


def with_one_joined(clauses: list[str], clause: str) -> str:
    """The clause with the next one when that one only joins a person ("killing six adults" + "and a
    7-year-old"): split apart at the "and", they are one list."""
    at = clauses.index(clause)
    nxt = clauses[at + 1] if at + 1 < len(clauses) else ""
    return f"{clause} {nxt}" if re.match(r"and (?:a|an|one) ", nxt) else clause


def _one_more_joined(word: str) -> bool:
    """An Arabic "و" and one person in the singular, indefinite ("ومدني", "وامرأة"): not a verb, not a
    plural, not a group."""
    found = analyse(word)
    w = found[0] if len(found) == 1 else None
    return bool(
        w is not None
        and w.conj
        and w.sense is not None
        and w.sense.pos == "noun"
        and w.sense.kind in ("people", "title", "nationality")
        and not (w.plural or w.definite or w.dual)
        and fold(w.sense.lemma) not in COLLECTIVE_PEOPLE
    )


_AGED = re.compile(r"\d{1,3}-year-old")  # "a 7-year-old": one person, named by age
_ONE_MORE_AGED = re.compile(r"\band an? \d{1,3}-year-old\b")  # "six adults and a 7-year-old": one more, no age toll
_ENGLISH_PEOPLE_ADJECTIVES = frozenset(("young", "local", "third", "fourth", "fifth"))
_COUNTED_KINDS = ("people", "title", "force")


def summed(span: str, count: int) -> bool:
    """The span's count is the sum of joined nouns ("عونين أمنيين وزائرين اثنين" = 4): no one noun is
    who they were, and a "4" later in the sentence is another toll's."""
    return any(_conjoined_total(c, KILLED_WORDS + INJURED_WORDS) == count for c in casualty_clauses(span))


def framed_toll(sentence: str) -> tuple[str, int, Qualifier] | None:
    """A list of counted victims between "لقي" and "حتفهم" ("لقي أربعة مدنيين على الأقل وخمسة جنود حتفهم"):
    (the words from verb to object, their sum, "at least" when said inside); None without two counted."""
    words = sentence.split()
    for i, word in enumerate(words):
        if fold(clean(word)).removeprefix(WAW) not in MET_DEATH["verbs"]:
            continue
        end = next(
            (k for k in range(i + 2, min(len(words), i + 14)) if fold(clean(words[k])) in MET_DEATH["objects"]), None
        )
        if end is None:
            return None
        inner = " ".join(words[i + 1 : end])
        least = any(f" {q} " in f" {fold(inner)} " for q in AT_LEAST_WORDS)
        listed = " ".join(w for w in inner.split() if not least or fold(clean(w)) not in _AT_LEAST_PARTS)
        death = fold(clean(words[end]))  # "حتفهم" before the list: the word the list is counted after
        total = _conjoined_total(f"{death} {listed}", (death,), least=2)
        if total is None:
            return None
        return " ".join(words[i : end + 1]), total, Qualifier.at_least if least else Qualifier.exact
    return None


def _before_uncertain(span: str) -> str | None:
    """The words before the first word of doubt ("whether", "ما إذا"), if a count stands among them."""
    words = span.split()
    doubts = [w.split() for w in UNCERTAIN_WORDS]
    at = next(
        (k for k in range(len(words)) for d in doubts if [fold(clean(w)) for w in words[k : k + len(d)]] == d), None
    )
    head = " ".join(words[:at]) if at else None
    return head if head and (counts_in(head) or _dual_before(head)) else None


def _dual_before(text: str) -> bool:
    words = text.split()
    return any(_people_dual(w) for w in words)


def _people_dual(word: str) -> bool:
    """A dual of a people's noun ("شخصين", "جنديين")."""
    found = analyse(clean(word))
    return bool(found) and found[0].dual and found[0].sense is not None and found[0].sense.kind in _GROUP_KINDS


_PASSIVE_TOLL = {
    "killed": re.compile(r"\b(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|dead)\b", re.I),
    "injured": re.compile(r"\b(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b", re.I),
}


def _passive_count(clause: str, kind: str) -> int | None:
    """The one count of an English clause whose verb is a passive toll, however long its subject ("at
    least 30 other people on the bus were injured"): that count."""
    if not clause.isascii() or not (verb := _PASSIVE_TOLL[kind].search(clause)):
        return None
    before = clause[: verb.start()]
    if mentions(before, INJURED_WORDS if kind == "killed" else KILLED_WORDS):
        return None  # "seven people were killed and dozens more were injured": the seven are the dead
    found = counts_in(before)
    return found[0] if len(found) == 1 else None


def met_death_count(clause: str) -> int | None:
    """The count right after "لقي" whose "مصرعهم"/"حتفهم" comes further on than a count's usual reach ("لقي 17
    جنديا من القوات الحكومية الكولومبية مصرعهم"): the dead, however long the victims' description."""
    words = clause.split()
    for i, word in enumerate(words):
        if fold(clean(word)).removeprefix(WAW) not in MET_DEATH["verbs"]:
            continue
        if not any(fold(clean(w)) in MET_DEATH["objects"] for w in words[i + 2 : i + 14]):
            return None
        found = counts_in(" ".join(words[i + 1 : i + 2]))
        return found[0] if len(found) == 1 else None
    return None


_AT_LEAST_PARTS = frozenset(w for q in AT_LEAST_WORDS for w in q.split())


def _conjoined_total(clause: str, own: tuple[str, ...], least: int = 2) -> int | None:
    """The sum of the counted nouns joined after the casualty word, a dual counting two ("وفاة عونين أمنيين
    وزائرين اثنين" = 4, "مقتل جنديين و3 مدنيين" = 5); None unless every conjunct is counted, up to the
    first comma."""
    words = clause.split()
    at = next((i for i, w in enumerate(words) if _holds(fold(w), own)), None)
    if at is None:
        return None
    tail = []
    for word in words[at + 1 :]:
        if tail and (fold(clean(word)) in WEEKDAYS or fold(clean(word)) in PHRASE_STOPS):
            break  # "شاب وامرأة الأربعاء في ...": the list ends where when or where begins
        tail.append(clean(word))
        if clean(word) != word:
            break  # a comma or a full stop ends the list
    return _counted_list(tail, least) or _counted_list(_list_before(words[:at]), least)


def _list_before(words: list[str]) -> list[str]:
    """The words of a subject list before its casualty verb ("أن نحو 20 طالبا ومعلمين اثنين قتلوا"): from the
    first count after the last comma, a complementizer or a quantity word."""
    start = max((i + 1 for i, w in enumerate(words) if clean(w) != w), default=0)
    first = next((i for i in range(start, len(words)) if counts_in(clean(words[i]))), None)
    return [] if first is None else [clean(w) for w in words[first:]]


def _counted_noun(w: Word) -> bool:
    """A noun a casualty list counts: people, titles, forces; an actor's noun in the dual ("جرح عنصرين
    من الجيش": two members of the army)."""
    return w.sense is not None and (w.sense.kind in _COUNTED_KINDS or (w.dual and w.sense.kind == "actor"))


def _counted_list(tail: list[str], least: int) -> int | None:
    """The sum of a list of counted nouns ("20 طالبا ومعلمين اثنين" = 22); None unless every one is counted."""
    if not tail:
        return None
    total, conjuncts, pending, last_dual = 0, 0, None, False
    words = analyse(" ".join(tail))
    said_after: set[int] = set()  # the counts said after their nouns
    for i, w in enumerate(words):
        if i in said_after:
            continue
        if w.number is not None:
            if last_dual and w.number == 2 and pending is None:
                last_dual = False
                continue  # "زائرين اثنين": the dual said again
            pending = w.number
        elif w.sense is not None and _counted_noun(w) and w.sense.pos in ("noun", "phrase"):
            one = not w.plural and not w.definite and w.sense.kind != "force"  # "وامرأة": one woman
            one = one and fold(w.sense.lemma) not in COLLECTIVE_PEOPLE  # "مقتل عائلة": a family, not one
            after = words[i + 1] if i + 1 < len(words) else None
            if pending is None and w.plural and after is not None and after.number is not None and not w.dual:
                # "ومعلمين اثنين": the count after its noun, as Arabic writes two and up to ten
                total, conjuncts = total + after.number, conjuncts + 1
                said_after.add(i + 1)
                continue
            if pending is None and not w.dual and not one:
                return None  # a noun with no count: the list is not all counted
            total, conjuncts = total + (pending if pending is not None else 2 if w.dual else 1), conjuncts + 1
            pending, last_dual = None, w.dual and pending is None
        elif w.sense is None or w.sense.pos != "adj":
            break
    return total if conjuncts >= least and pending is None else None


def implied_count(clause: str, own: tuple[str, ...]) -> int | None:
    """A count the words give without a number: a dual ("جريحين" = 2), one more victim ("أصيب آخر"),
    or one named or titled person right after the casualty word ("قتل خالد محسود", "killed Phillip
    Pitts", "قتلت الناشطة")."""
    words = clause.split()
    folded = [fold(w) for w in words]
    at = next((i for i, w in enumerate(folded) if _opens_with(w, own)), None)
    if at is not None and (_the_attacker(words[at + 1 : at + 3]) or _the_attacker(words[max(0, at - 1) : at])):
        return None  # "لقي الانتحاري حتفه": the bomber died, no victim of the attack
    if any(bare(w) in DUAL_CASUALTIES or w in DUAL_CASUALTIES for w in folded):
        return 2
    if at is not None and at > 0 and _people_dual(words[at - 1]):
        return 2  # "ان شخصين جرحا": a dual of people, then its verb
    for i, word in enumerate(folded):
        if _holds(word, own) and any(w in DUAL_POINTERS for w in folded[i + 1 : i + 4]):
            return 2  # "مقتل فلسطينيين أحدهما صحفي": one of the two was a journalist
    if total := _conjoined_total(clause, own, least=1):
        return total  # "مقتل جنديين": a dual of people after the casualty word
    if _a_person_first(folded, words[0] if words else ""):
        return 1  # "A Chinese boy trapped down a well has been found dead"
    for i, word in enumerate(folded):
        if not _opens_with(word, own):
            continue  # "احتفال" holds "حتف" and is no death
        # "قتيل و4 جرحى": one dead; "القتيلة" points back to a victim named before; "أردوه قتيلاً"
        # (shot him dead): the accusative's alif
        bare_word = word.removeprefix(WAW)
        if {word, bare_word, word.removesuffix(ALIF), bare_word.removesuffix(ALIF)} & SINGLE_CASUALTIES:
            return 1
        after = [w for w in folded[i + 1 : i + 5] if w not in PHRASE_STOPS and w != "in"]
        if after[:1] and (after[0] in UNCOUNTED or after[0].removeprefix("a ") in UNCOUNTED):
            return None  # "وأصيب عدد آخر": a number of others, not given
        if any(w in ONE_MORE for w in after) or " ".join(after[:2]) in ONE_MORE:
            return 1  # "وأصيب في الهجوم شخص آخر", "another was injured"
        if bare(word) not in PLURAL_CASUALTIES and _one_person(words[i + 1 : i + 4]):
            return 1  # a plural noun ("القتلى", "الجرحى") never counts one
    return None


def _the_attacker(words: list[str]) -> bool:
    """The words after a casualty word name the attacker ("الانتحاري", "the gunman", "the suicide bomber")."""
    folded = [fold(clean(w)).lower().removeprefix(WAW) for w in words]
    english = folded[1:2] if folded[:1] == ["the"] else []
    arabic = [w.removeprefix(ARTICLE) for w in folded[:1] if w.startswith(ARTICLE)]  # the one of this attack
    return any(w.startswith(ATTACKER_NOUNS) for w in [*english, *arabic] if w)


_ONE_PERSON_OPENERS = ("a", "an", "the", "his", "her")


def _a_person_first(folded: list[str], first: str) -> bool:
    """An English clause that opens on one person ("a boy", "an elderly woman", "the woman", "his wife",
    "Pitts' wife")."""
    if not folded or not (folded[0] in _ONE_PERSON_OPENERS or first.lower().endswith(("'", "’", "'s", "’s"))):
        return False
    for word in folded[1:4]:
        senses = ENGLISH_LEXICON.get(word.strip(",."), ())
        if any(w.kind == "people" and not w.plural and w.pos == "noun" for w in senses):  # not "a gunman"
            return True
    return False


def _one_person(words: list[str]) -> bool:
    """The words after a casualty word name one person: a capitalised English name, or an Arabic
    title in the singular or a name the lexicon does not know."""
    if not words:
        return False
    if words[0][:1].isupper():
        return len(words) > 1 and words[1][:1].isupper()  # "killed Phillip Pitts"
    if words[0].lower() in ("a", "an"):  # "Security forces killed a protester": one person
        return any(_one_of_people(w) for w in words[1:3])
    if words[0].lower() == "the":  # "beheaded the village chief"
        return any(_one_of_people(w) for w in words[1:3])
    if not _arabic(words[0]):
        return False
    first = analyse(words[0])
    if not first:  # a first and a last name the lexicon does not know ("قتل خالد محسود")
        return len(words) > 1 and not analyse(words[1]) and not numbers_in(" ".join(words[:2]))
    head = first[0]
    if head.sense and fold(head.sense.lemma) in COLLECTIVE_PEOPLE:
        return False  # "بمقتل أسرة كاملة": a whole family, no toll of one
    # "مقتل فلسطيني": a nationality's singular is one of its people
    return bool(head.sense and head.sense.kind in ("title", "people", "nationality") and not head.plural)


def _one_of_people(word: str) -> bool:
    """An English singular noun of a person ("protester", "policeman", "driver")."""
    senses = ENGLISH_LEXICON.get(clean(word).lower(), ())
    if clean(word).lower() in COLLECTIVE_PEOPLE:
        return False  # "killed a family": more than one
    return any(w.kind in _GROUP_KINDS and w.pos == "noun" and not w.plural for w in senses)


def _arabic(word: str) -> bool:
    return bool(re.search(r"[\u0621-\u064a]", word))


def _current(span: str) -> str:
    """A raised toll from its new figure on ("ارتفعت الحصيلة من 844 إلى 1300" -> "إلى 1300")."""
    words = span.split()
    if has_any(span, TOLL_UPDATE["toll_words"]):  # "حصيلة جديدة لقتلى الفيضانات، بلغت 199 شخصا"
        for i, word in enumerate(words[1:], start=1):
            if fold(clean(word)).removeprefix(WAW) in TOLL_REACHED and counts_in(" ".join(words[i : i + 3])):
                return " ".join(words[i:])
    if not mentions(span, TOLL_RISE):
        return span
    for i, word in enumerate(words):
        if (fold(word) in TOLL_RISE_TO or bare(fold(word)) in TOLL_RISE_TO) and numbers_in(" ".join(words[i : i + 4])):
            return " ".join(words[i:])
    return span


def _qualifier_of(clause: str, count: int) -> Qualifier:
    """The qualifier of ``count`` where the clause gives several numbers: the words around it ("حوالي عشرين
    قتيلا بالاضافة إلى ما لا يقل عن ألف وخمسمئة جريح": about 20, at least 1,500)."""
    found = numbers_with_positions(clause)
    if len(found) < 2:
        return _qualifier(_without_measured_qualifiers(clause))
    folded = fold(clause)
    at = next((pos for value, pos in found if value == count), None)
    if at is None:
        return _qualifier(clause)
    words_before = folded[:at].split()[-4:]
    words_after = folded[at:].split()[1:5]
    return _qualifier(" ".join([*words_before, "0", *words_after]))


def _without_measured_qualifiers(clause: str) -> str:
    """The clause without a qualifier of a time or a measure ("started at around 7am", "about 120 kilometres"):
    it qualifies no count ("... and six police officers were killed": six)."""
    words = _MEASURE_TIME.sub(" ", clause).split()
    kept = []
    for k, word in enumerate(words):
        after = " ".join(words[k + 1 : k + 3])
        if after[:1].isdigit() and has_any(fold(word).lower(), ABOUT_WORDS) and not counts_in(after):
            continue  # "around 7 am", "about 120 kilometres": a qualifier of no count
        kept.append(word)
    return " ".join(kept)


_MEASURE_TIME = re.compile(r"(?<=\d)(?=[a-z])")  # "7am": the hour and its mark apart


def set_off_qualifier(after: str) -> Qualifier | None:
    """The qualifier the text right after a toll sets off by commas (", على الأقل،", ", at least,"); None
    when no such aside follows."""
    m = re.match(r"\s*[،,]\s*([^،,.]+?)\s*(?:[،,.]|$)", after)
    return _qualifier(m.group(1)) if m and _qualifier_alone(m.group(1)) else None


def _qualifier_alone(clause: str) -> bool:
    """The clause is a qualifier and nothing else ("على الأقل", "at least"): it qualifies the count before it."""
    words = fold(clean(clause)).lower().split()
    return 0 < len(words) <= 3 and not numbers_in(clause) and _qualifier(clause) != Qualifier.exact


def _qualifier(clause: str) -> Qualifier:
    # "ونحو خمسين جريحا": a qualifier after "و" (and) still qualifies
    clause = " ".join(w[1:] if w[:1] == WAW and len(w) > 3 else w for w in fold(clause).split())
    if has_any(clause, AT_LEAST_WORDS) or has_any(clause, AT_LEAST_AFTER):
        return Qualifier.at_least
    if has_any(clause, ABOUT_WORDS):
        return Qualifier.approximately
    return Qualifier.exact


def _before_subset(span: str) -> str:
    """The span up to a word that starts a part of the victims ("including 10 US citizens")."""
    words = span.split()
    folded = [fold(w) for w in words]
    for i in range(1, len(words)):
        if _subset_at(folded[i], " ".join(folded[i : i + 2])):
            return " ".join(words[:i])
    return span


def with_uncounted_others(span: str) -> bool:
    """The toll joins uncounted others to its count ("قتل قياديان ... إلى جانب العشرات الآخرين"): a floor."""
    folded = fold(span).lower()
    for cue in ALONGSIDE_OTHERS:
        at = folded.find(cue)
        if at >= 0 and any(w.strip("،,.") in VAGUE_QUANTITIES for w in folded[at + len(cue) :].split()[:3]):
            return True
    return False


def a_share_of_the_toll(clause: str, count: int) -> bool:
    """The count is followed by words that make it a part of the toll ("five of the dead Americans",
    "ثلاثة من القتلى")."""
    folded = fold(clause).lower()
    for m in _COUNT_WORDS.finditer(folded):
        rest = folded[m.end() :].lstrip()
        if count in counts_in(m.group()) and (rest.startswith(SHARE_OF) or _of_the_counted(rest)):
            return True
        if count in counts_in(m.group()) and any(cue in rest for cue in AMONG_THE_TOLL):
            return True  # "Twelve members of one family were among the dead"
    return False


_OF_THE_COUNTED = re.compile(r"^of the (?:\w+ ){1,2}(?:killed|dead|wounded|injured|hurt|victims)\b")


def _of_the_counted(rest: str) -> bool:
    """ "of the civilians killed", "of the soldiers wounded": some of a group the toll counts."""
    return _OF_THE_COUNTED.match(rest) is not None


_COUNT_WORDS = re.compile(r"\S+")


def opens_subset(clause: str) -> bool:
    """The clause starts with a word of a part of the victims ("بينهم 11 طفلا", "including 10 children"):
    it counts some of the toll before it, never a toll of its own."""
    folded = [fold(w) for w in clause.split()[:3]]
    among = len(folded) == 3 and " ".join(folded[:2]).removeprefix(WAW) in _AMONG
    if among and _holds(bare(folded[2]), _CASUALTY_STEMS):
        return True  # "ومن بين الجرحى اثنان في حالة خطرة", "among the dead were five children"
    return bool(folded) and _subset_at(folded[0], " ".join(folded[:2]))


_AMONG = SHARE_AMONG  # "من بين", "among the"
_CASUALTY_STEMS = (*KILLED_WORDS, *INJURED_WORDS)


def _subset_at(word: str, pair: str) -> bool:
    return (
        pair in SUBSET_WORDS
        or word in SUBSET_WORDS
        or bare(word) in SUBSET_WORDS
        or word.removeprefix(WAW) in SUBSET_WORDS
    )


def combined_count(clause: str) -> int | None:
    """The one number of a clause that counts the killed and the injured together ("قتل وأصيب 30")."""
    return numbers_in(clause)[0] if _combined(clause) else None


def _combined(clause: str) -> bool:
    """A killed word and an injured word side by side with one number between them all ("killed or
    injured 30", "قتل وأصيب 30")."""
    words = [fold(w) for w in clause.split()]
    kinds = [("k" if _holds(w, KILLED_WORDS) else "i" if _holds(w, INJURED_WORDS) else "") for w in words]
    for i in range(len(kinds) - 1):  # to the last pair: "114 بين شهيد وجريح" ends on it
        a, b, c = (*kinds[i : i + 2], kinds[i + 2] if i + 2 < len(kinds) else "")
        if (a, b) in (("k", "i"), ("i", "k")) or (a and c and a != c and words[i + 1] in JOINERS):
            return len(numbers_in(clause)) == 1
    return False


def _holds(word: str, stems: tuple[str, ...]) -> bool:
    return any(stem in word for stem in stems)


def _before_other_kind(clause: str, own: tuple[str, ...], others: tuple[str, ...]) -> str:
    """The clause up to the word of the other casualty kind that follows its own ("مقتل فلسطيني | وإصابة
    14 آخرين"): the other kind's count is no part of this one."""
    words = clause.split()
    seen = False
    for i, word in enumerate(words):
        folded = fold(word)
        if seen and _opens_with(folded, others):
            cut = i - 1 if i > 1 and numbers_in(words[i - 1]) else i  # "و4 جرحى": the count goes with them
            return " ".join(words[:cut])
        seen = seen or _opens_with(folded, own)
    return clause


def _opens_with(word: str, stems: tuple[str, ...]) -> bool:
    """The word, its clitics aside, opens with one of the stems ("بمقتل", "حتفه"; not "احتفال")."""
    return any(w.startswith(stem) for w in {word, bare(word)} for stem in stems)


_BESIDES = re.compile(rf"(?<=\S)\s+({'|'.join(map(re.escape, BESIDES))})(?=\s)")


def casualty_clauses(sentence: str) -> list[str]:
    """The clauses of a sentence that may each state one count: cut at punctuation and where "and"
    starts another casualty word after a number ("قتل خمسة مدنيين | وأصيب 18 آخرون")."""
    stems = (*KILLED_WORDS, *INJURED_WORDS)
    clauses = []
    sentence = _ENGLISH_SHARE_ASIDE.sub(_kept_whole, sentence) if sentence.isascii() else sentence
    sentence = _BESIDES.sub(lambda m: f"، {m.group(1)}", sentence)  # "... 15 شخصاً" فضلاً إلى إصابة آخرين"
    for part in _without_aside_days(re.split(r"([،;؛]|(?<!\d)[,٬]|[,٬](?!\d{3}(?!\d)))", sentence)):  # "1,175"
        current: list[str] = []
        words = part.split()
        for i, word in enumerate(words):
            folded = fold(word)
            # "وفاة" (a death) begins with the letter but is no "and"
            # "... died while 15 people were injured", "... بينما أصيب 15": a contrast opens another count too
            starts_clause = (folded.startswith(WAW) and clean(folded) not in stems) or folded in ("and", "while")
            starts_clause = starts_clause and clean(folded) not in NUMBER_WORDS  # "واحدة" (one) is no "and"
            # What follows "and": the word itself without "و", or the next words ("and at least 20 wounded").
            ahead = (
                fold(" ".join(words[i + 1 : i + 4]))
                if folded in ("and", "while")
                else fold(" ".join([folded[1:], *words[i + 1 : i + 3]]))
            )
            said = " ".join(current)
            # "... killed and 51 were taken to hospital": a number after "and" starts another count too.
            another = any(_holds(bare(w), stems) for w in ahead.split()[:3]) or (
                bool(numbers_in(ahead)) and _holds(fold(said), stems)
            )
            # "تسعة وأربعون": "and" inside a compound number (49) opens no other count
            # ("34 ألفا و810" too), but not "وفاة و185": the pair is one number other than the word's own
            pair = numbers_in(" ".join([*current[-2:], word])) if current else []
            compound = len(pair) == 1 and bool(own := numbers_in(word)) and pair != own
            joined = _and_more(" ".join([*current[-2:], *words[i : i + 3]]), _last_count(current)) > 0
            # "اثني عشر طفلاً وفتى قُتلوا": a second noun of the count, whose verb follows both
            nxt = ahead.split()[0] if ahead.split() else ""
            same = not _holds(fold(said), stems) and _of_people(clean(nxt).lower())  # not "وفاة" (death)
            counted = bool(numbers_in(said)) or _counted_by_word(current)  # "سقوط قتيل وإصابة 5 آخرين"
            # "قتل شخصان على الأقل | وأصيب 20 آخرون": a dual, then "و" and another casualty word
            counted = counted or (_dual_counted(current) and any(_holds(bare(w), stems) for w in ahead.split()[:1]))
            # "114 بين شهيد وجريح": the dead and the wounded together under one figure, no second count
            both = len(current) > 1 and fold(current[-2]) in BETWEEN and _holds(fold(current[-1]), stems)
            # "قتل عسكرياً كونغولياً | واعتقل اثنين آخرين": another verb, not of casualties, opens its own clause
            verb = clean(folded)[1:] if folded.startswith(WAW) else ""
            other_verb = bool(verb) and not _holds(verb, stems) and a_past_verb(verb)
            if (
                current
                and starts_clause
                and another
                and (counted or (other_verb and _holds(fold(said), stems)))
                and not compound
                and not joined
                and not same
                and not both
            ):
                clauses.append(" ".join(current))
                current = []
            current.append(word)
        if current:
            clauses.append(" ".join(current))
    return [c.replace(_ASIDE_COMMA, ",") for c in clauses]


_ASIDE_COMMA = "\x00"  # a comma of an aside on who the victims were, kept from splitting the clause


def _kept_whole(aside: re.Match) -> str:
    """An aside that counts no one ("Three other people, including a head of a local hospital, were
    injured"): its commas split nothing, so the count keeps its verb; one with a count of its own
    ("including 3 children") stays apart, a share of the toll."""
    return aside.group().replace(",", _ASIDE_COMMA) if not numbers_in(aside.group()) else aside.group()


def _without_distance_fillers(clause: str) -> str:
    """The clause without its weekday words and its count's asides ("على الأقل"): a day set apart between a
    verb and its count is no distance, nor is how sure the count is."""
    words = _without_subjects_words([w for w in clause.split() if not _a_weekday(w)])
    out: list[str] = []
    for w in words:
        out.append(w)
        if len(out) >= 2 and fold(" ".join(clean(x) for x in out[-2:])).lower() in COUNT_ASIDES:
            del out[-2:]
    return " ".join(w for w in out if fold(clean(w)).lower() not in COUNT_ASIDES)


_SUBJECT_REACH = 6  # words of an attackers' subject between its verb and the count of their victims


def _without_subjects_words(words: list[str]) -> list[str]:
    """An Arabic clause with its attackers' subject reduced to its noun ("قتل متشددون من حركة الشباب
    الصومالية 6 أشخاص"): the words that say whose they are are no distance between the verb and its count."""
    for i, word in enumerate(words):
        stem = fold(clean(word)).removeprefix(WAW)
        if not (stem.endswith(NOMINATIVE_PLURAL) and stem.startswith(ATTACKER_NOUNS)):
            continue
        counted = next((j for j in range(i + 1, min(len(words), i + _SUBJECT_REACH + 1)) if counts_in(words[j])), None)
        if counted is not None and all(clean(w) == w for w in words[i:counted]):  # one phrase, no comma
            return [*words[: i + 1], *words[counted:]]
    return words


def _a_weekday(word: str) -> bool:
    """A weekday as written: Arabic ones carry the article ("الاثنين"; "اثنين" is two), English ones not."""
    folded = fold(clean(word)).lower()
    return folded in WEEKDAYS or folded.removeprefix(WAW) in WEEKDAYS


def _without_aside_days(split: list[str]) -> list[str]:
    """The parts of a split that kept its marks (part, mark, part, ...), a day set apart by commas joined
    back with its marks to the clause it stands in ("قتل مهاجمون في مالي، الأحد، 43 شخصا": the verb and
    its count are one clause, as written)."""
    parts, marks = split[::2], split[1::2]
    out: list[str] = []
    i = 0
    while i < len(parts):
        words = parts[i].split()
        aside = 0 < len(words) <= 2 and all(_a_weekday(w) for w in words)
        if aside and out and i + 1 < len(parts):
            out[-1] = f"{out[-1]}{marks[i - 1]}{parts[i]}{marks[i]}{parts[i + 1]}"
            i += 2
            continue
        out.append(parts[i])
        i += 1
    return out


def _counted_by_word(words: list[str]) -> bool:
    """A casualty noun that counts by itself: a singular ("قتيل", one dead) or a dual ("جريحين")."""
    folded = [bare(fold(clean(w))) for w in words]
    return any(w in SINGLE_CASUALTIES or w in DUAL_CASUALTIES for w in folded)


def _dual_counted(words: list[str]) -> bool:
    """A dual of people after the casualty word ("قتل شخصان على الأقل"): a count without a figure."""
    return bool(words) and (_conjoined_total(" ".join(words), KILLED_WORDS + INJURED_WORDS, least=1) or 0) >= 2


@dataclass(frozen=True)
class Victims:
    """The people a toll counts, in both languages: English singular and plural, Arabic singular and
    plural as the lexicon writes them ("soldier", "soldiers", "جندي", "جنود")."""

    en: str
    en_plural: str
    ar: str
    ar_plural: str


_VICTIM_KINDS = ("people", "force", "title", "actor")  # "مقتل اثنين من المهاجمين": two attackers
_GENERIC = ("person", "people", "member", "party", "individual")  # "ثلاثة من عناصر التنظيم": too generic to name


def victims(clause: str, count: int) -> Victims | None:
    """Who the clause's count is ("قتل 17 جنديا" -> soldiers; "3 Afghan soldiers"): a noun of people
    right after the number (English adjectives before it skipped); None for people in general."""
    if re.search(rf"(?<!\d){count}\s+[-–—]\s", clause):
        return None  # "injures 80 - rebel militia": a headline's source after its dash, not who was hurt
    after = words_after(clause, count)
    if not after and count == 2 and not clause.isascii():
        return _dual_victims(clause)  # "مقتل جنديين": two soldiers, the count in the noun itself
    if after and after[0] in PARTITIVES:  # "اثنان من مرافقيه", "three of his bodyguards": of whom
        after = [w for w in after[1:] if w not in PARTITIVE_DETERMINERS]
    if len(after) > 1 and not after[0].isascii() and (members := _members_of_a_force(after[:2])):
        return members  # "4 من أفراد الجيش الصومالي": soldiers
    if len(after) > 2 and not after[0].isascii() and (members := _members_from(after[:3])):
        return members  # "ثلاثة عناصر من الشرطة": police officers
    for k, word in enumerate(after[:3]):
        word = word.strip(".,;:")
        english = [w for w in ENGLISH_LEXICON.get(word, ())]
        if english:
            if any(w.pos == "adj" for w in english) and not any(w.pos == "noun" for w in english):
                continue  # "Afghan" before "soldiers"
            closed = re.search(rf"\b{re.escape(word)}\s*[.,;:،]", clause) is not None  # "10 people, officials said"
            pair = f"{word} {after[k + 1].strip('.,;:')}" if k + 1 < len(after) and not closed else ""
            if pair in ENGLISH_LEXICON:
                return _from_written(next((w for w in ENGLISH_LEXICON[pair] if w.pos == "noun"), None))
            if pair and _english_head_after(after[k + 1]):
                continue  # "army" of "army ranger": a noun before the noun it describes
            return _from_written(next((w for w in english if w.pos == "noun"), None))
        found = analyse(word)
        if len(found) != 1 or found[0].sense is None:
            return None
        sense = found[0].sense
        if sense.kind not in (*_VICTIM_KINDS, "nationality") or sense.en in _GENERIC:
            return None  # after a number an adjective of people is a noun: "25 فلسطينياً", Palestinians
        if sense.en in COLLECTIVE_BODIES:
            return None  # "96 من ميليشيات الحوثي": members of a body, said as people
        candidates = [w for key in (sense.en, *sense.alt) for w in ENGLISH_LEXICON.get(key.lower(), ())]
        return next((v for w in candidates if (v := _from_written(w))), None)
    return None


def _dual_victims(clause: str) -> Victims | None:
    """Who a dual counts ("مقتل جنديين" -> soldiers): a noun of people in the dual; none for people in
    general ("شخصين") or a member of nothing named ("عنصرين")."""
    words = clause.split()
    for i, word in enumerate(words):
        found = analyse(clean(word))
        sense = found[0].sense if len(found) == 1 and found[0].dual else None
        if sense is not None and (members := _members_from(words[i : i + 3])):
            return members  # "جرح عنصرين من الجيش": two soldiers
        if sense is None or sense.kind not in _VICTIM_KINDS or sense.en in _GENERIC or sense.en in COLLECTIVE_BODIES:
            continue
        candidates = [w for key in (sense.en, *sense.alt) for w in ENGLISH_LEXICON.get(key.lower(), ())]
        return next((v for w in candidates if (v := _from_written(w))), None)
    return None


def _members_from(words: list[str]) -> Victims | None:
    """Members "of" a force the lexicon names as one phrase ("عنصرين من الجيش", "عناصر من الشرطة"): the
    force's members, as "عناصر الجيش" reads (soldiers)."""
    if len(words) < 3 or fold(clean(words[1])) not in PARTITIVES:
        return None
    found = analyse(clean(words[0]))
    sense = found[0].sense if len(found) == 1 else None
    if sense is None or sense.en != "member":
        return None
    plurals = {w.ar_plural for w in ENGLISH_LEXICON.get(sense.en, ()) if w.ar == sense.lemma and w.ar_plural}
    force = fold(clean(words[2]))
    return next((v for plural in sorted(plurals) if (v := _members_of_a_force([plural, force]))), None)


def _members_of_a_force(words: list[str]) -> Victims | None:
    """Members of a force named by the lexicon as one phrase ("أفراد الجيش" = soldiers)."""
    found = analyse(" ".join(fold(w) for w in words))
    sense = found[0].sense if len(found) == 1 else None
    if sense is None or sense.kind != "title" or " " not in sense.lemma:
        return None
    candidates = [w for key in (sense.en, *sense.alt) for w in ENGLISH_LEXICON.get(key.lower(), ())]
    return next((v for w in candidates if w.pos == "noun" and (v := _from_written(w))), None)


def _english_head_after(word: str) -> bool:
    """An English word that goes on a noun phrase as its head ("ranger" after "army"): a noun the lexicon
    knows, or a word it does not know that is no verb form ("ranger", not "killed")."""
    word = word.strip(".,;:")
    if not word.isalpha() or not word.islower() or word in _NOT_HEADS:
        return False
    senses = ENGLISH_LEXICON.get(word, ())
    if senses:
        return any(w.pos == "noun" for w in senses) and not any(w.pos == "verb" for w in senses)
    return not word.endswith(("ed", "ing"))


_NOT_HEADS = frozenset(("and", "or", "of", "in", "on", "at", "by", "were", "was", "are", "is", "have", "had", "who"))


def _from_written(written) -> Victims | None:
    """Victims from a lexicon entry: a noun of people with its plural, or a nationality ("Palestinian")."""
    if written is None or " " in written.ar:
        return None
    if written.pos == "adj" and written.kind == "nationality":
        english = next((s.sense.en for s in analyse(written.ar) if s.sense is not None), None)
        return Victims(english, people_plural(english), written.ar, written.ar + WAW + NOON) if english else None
    if written.pos != "noun" or written.kind not in _VICTIM_KINDS or not written.ar_plural:
        return None
    senses = [s for s in analyse(written.ar) if s.sense is not None]
    if len(senses) != 1 or senses[0].sense.en in _GENERIC or senses[0].sense.plural:
        return None
    sense = senses[0].sense
    return Victims(sense.en, sense.en_plural, written.ar, written.ar_plural)


def vague_quantity(clause: str) -> tuple[str, str] | None:
    """(English, Arabic) of the count a clause gives without a figure ("وإصابة العشرات" = dozens)."""
    words = clause.split()
    for i, word in enumerate(words):
        folded = fold(word.strip(WORD_EDGE))
        for form in (folded, folded.removeprefix(WAW)):
            if form in VAGUE_QUANTITIES and not _of_things(words[i + 1 : i + 3]):
                return VAGUE_QUANTITIES[form]
    return None


def _of_things(words: list[str]) -> bool:
    """ "hundreds of munitions", "عشرات المنازل": what the quantity counts is a weapon or a thing."""
    rest = [clean(w).lower() for w in words if clean(w).lower() not in ("of", "the")]
    noun = fold(rest[0]) if rest else ""
    senses = LEXICON.get(bare(noun), ()) or LEXICON.get(noun, ()) or ENGLISH_LEXICON.get(noun, ())
    return bool(senses) and all(s.kind in ("weapon", "target", "vehicle", "place_word") for s in senses)


@dataclass(frozen=True)
class Share:
    """Who a toll's victims include ("some") or mostly were ("most"), as written at ``start``-``end``
    of the text it was read from."""

    share: str
    who: str
    start: int
    end: int


_TOKEN = re.compile(r"\S+")
_PEOPLE_KINDS = ("people", "title", "force", "nationality")
_SHARE_GAP = 3  # words between the figure and "بينهم" ("35 مدنيا، بينهم"; "51 آخرون بجروح غالبيتهم")
_SHARE_WORDS = 6  # of who they were


def victims_share(text: str, count: int) -> Share | None:
    """Who the victims of the toll ``count`` include, from the words right after its number in ``text``
    (its sentence from the figure on): "35 مدنيا، بينهم نساء وأطفال" -> some, "نساء وأطفال"; "12 people,
    including 10 US citizens" -> some, "10 US citizens"; "51 آخرون بجروح غالبيتهم أطفال" -> most, "أطفال".
    None when no such word follows the figure within three words, or what follows names no people."""
    tokens = list(_TOKEN.finditer(text))
    at = next((i for i, t in enumerate(tokens) if count in numbers_in(t.group())), None)
    if at is None:
        return None
    gap = 0
    for i in range(at + 1, len(tokens)):
        if found := _share_at(tokens, i):
            share, width = found
            return _who(text, tokens[i + width : i + width + _SHARE_WORDS], share, count)
        raw, word = tokens[i].group(), fold(clean(tokens[i].group()))
        if numbers_in(raw) or word in JOINERS or raw.endswith((".", "?", "؟")):
            return None  # another count, another clause, the sentence's end
        gap += bool(word)
        if gap > _SHARE_GAP:
            return None
    return None


def victims_before(text: str, count: int) -> Share | None:
    """Who the sentence ``text`` says is among the toll ``count``, before its figure ("A policeman is among
    three men killed" -> some, "A policeman"): the people from the clause's start to "is among"."""
    tokens = list(_TOKEN.finditer(text))
    at = next((i for i, t in enumerate(tokens) if count in numbers_in(t.group())), None)
    after = [fold(clean(t.group())) for t in tokens[at + 1 : at + 3]] if at is not None else []
    if at is None or (after and _opens_count(after[0], after[1] if len(after) > 1 else "")):
        return None  # "بين 5 و10 قتلى": a range, not who was among them
    for width in (4, 3, 2, 1):
        marker = " ".join(fold(clean(t.group())).lower() for t in tokens[max(0, at - width) : at])
        if at - width > 0 and marker in SHARE_BEFORE:
            return _who_before(text, tokens[: at - width], count)
    return None


def _who_before(text: str, tokens: list[re.Match], count: int) -> Share | None:
    """The people the clause opens on, up to its marker ("A policeman"): a short phrase of people."""
    start = next((i + 1 for i in range(len(tokens) - 1, -1, -1) if tokens[i].group().endswith((",", "،", ".", ":"))), 0)
    words = tokens[start:]
    if not words or len(words) > _SHARE_WORDS:
        return None
    folded = [fold(clean(t.group())).lower() for t in words]
    if any(n > count for n in numbers_in(" ".join(folded))) or not any(_of_people(w) for w in folded):
        return None
    begin, end = words[0].start(), words[-1].end()
    return Share("some", text[begin:end], begin, end)


def _share_at(tokens: list[re.Match], i: int) -> tuple[str, int] | None:
    """("some" or "most", its width in words) when a share phrase starts at word ``i`` ("ومن بينهم")."""
    for width in (3, 2, 1):
        if i + width > len(tokens):
            continue
        phrase = fold(" ".join(clean(t.group()) for t in tokens[i : i + width]))
        for share, words in VICTIMS_SHARE.items():
            if phrase in words or (phrase.startswith(WAW) and phrase[1:] in words):
                return share, width
    return None


def _who(text: str, tokens: list[re.Match], share: str, count: int) -> Share | None:
    """The noun phrase of people after a share word, up to punctuation, a preposition or a new count."""
    start = end = None
    words: list[str] = []
    for i, token in enumerate(tokens):
        raw, word = token.group(), fold(clean(token.group()))
        following = fold(clean(tokens[i + 1].group())) if i + 1 < len(tokens) else ""
        if not word or word in VICTIMS_SHARE_ENDS or word in PHRASE_STOPS or (words and _opens_count(word, following)):
            break
        weekday = word in WEEKDAYS or word.removeprefix(ARTICLE) in WEEKDAYS
        if words and (mentions(word, (*KILLED_WORDS, *INJURED_WORDS)) or weekday):
            break  # "بينهم 11 طفلا مصرعهم الجمعة": the verb's object and its day are no part of who
        if start is None:
            start = token.start() + len(raw) - len(raw.lstrip(WORD_EDGE))
        end = token.start() + len(raw.rstrip(WORD_EDGE))
        words.append(word)
        if raw.rstrip(WORD_EDGE) != raw:
            break  # punctuation ends it ("including 10 US citizens, officials said")
    if start is None or end is None or end <= start:
        return None
    who = text[start:end]
    if any(n > count for n in numbers_in(who)) or not any(_of_people(w) for w in words):
        return None
    return Share(share, who, start, end)


def _opens_count(word: str, following: str) -> bool:
    """ "وأكثر من 50 جريحا", "and 5 injured": a conjunction that opens another count, not another noun."""
    if word == "and":
        rest = following
    elif word.startswith(WAW) and len(word) > 2:
        rest = word[1:]
    else:
        return False
    quantity = {w.split()[0] for w in (*AT_LEAST_WORDS, *ABOUT_WORDS)}
    return bool(numbers_in(rest)) or rest in quantity or _holds(rest, (*KILLED_WORDS, *INJURED_WORDS))


def _of_people(word: str) -> bool:
    """A noun of people ("أطفال", "citizens", "مسن"), by the lexicon."""
    if any(w.kind in _PEOPLE_KINDS for w in ENGLISH_LEXICON.get(word, ())):
        return True
    return any(f.sense is not None and f.sense.kind in _PEOPLE_KINDS for f in analyse(word))
