"""Deterministic recall helpers for the ground stage: facts the model missed but the article states
in its lead, found by rules and the gazetteer, each with its own verbatim evidence."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from summarizer.lang.lexicon import (
    ABD_WORD,
    ABOUT_WORDS,
    ACCUSATION_CUES,
    ACKNOWLEDGED_ACTS,
    ACKNOWLEDGING_OPENERS,
    ACKNOWLEDGING_VERBS,
    ACTIVE_ATTACK_VERBS,
    ADOPT_VERBS,
    ADOPTED_IT,
    ADVERBIAL_PREPOSITIONS,
    AFTER_PART_OF_DAY,
    AFTER_WORD,
    AGENT_HANDS,
    AMBIGUOUS_SPEECH_VERBS,
    ANAPHORIC_GROUPS,
    ANAPHORIC_HEADS,
    ANNOUNCED_OF,
    ANONYMITY,
    APPEAL_VERBS,
    APPOSITION_STARTS,
    ARABIC_AGREEMENT,
    ARABIC_DENIALS,
    ARREST,
    AS_OF_WORDS,
    AS_PARTICLES,
    AT_LEAST_WORDS,
    ATTACK_DOERS,
    ATTACKER_HINTS,
    ATTACKER_NOUNS,
    ATTACKER_TOLD,
    ATTACKERS_NOT_SOURCES,
    ATTRIBUTION,
    BACK_DETERMINERS,
    BACKED_WORDS,
    BEFORE_SOURCE,
    BELONGING_WORDS,
    BETWEEN,
    BLAME_WORDS,
    BORDER_WITH,
    BORDER_WORDS,
    BYLINE_CREDITS,
    CAME_AFTER,
    CAPITAL_HEADS,
    CAPITAL_WORDS,
    CARRYING_PAST,
    CARRYING_VERBS,
    CASUALTY_NAME_TRAPS,
    CLAIM_CHANNELS,
    CLAIM_NEGATORS,
    CLAIM_PLATFORM_WORDS,
    CLAIM_THEN,
    CLAIM_VERBS,
    CLAIM_WORDS,
    CLAIMANT_ENDS,
    CLAIMED_FOR,
    CLASS_RULES,
    CLAUSE_FILLERS,
    CLAUSE_SUBORDINATORS,
    CLAUSE_WORDS,
    COMMEMORATIONS,
    COMMITTED_IT,
    COMPANION_WORDS,
    COMPLEMENTIZERS,
    COMPOUND_TAILS,
    DANGLING_TAILS,
    DESCRIPTION_OPENERS,
    DESTINATION_WORDS,
    DISTANCE_UNITS,
    DOCUMENTS,
    ENGLISH_ACCUSED_FORCES,
    ENGLISH_AFTER_NAME,
    ENGLISH_AGENT_NOUNS,
    ENGLISH_AGENT_PARTICIPLES,
    ENGLISH_ATTACK_NOUNS_BY,
    ENGLISH_ATTACK_VERBS,
    ENGLISH_AUXILIARIES,
    ENGLISH_BEARING_ADJECTIVES,
    ENGLISH_BEFORE_NAME,
    ENGLISH_CLAIM_ACTS,
    ENGLISH_CLAIMANT_DESCRIPTORS,
    ENGLISH_CLAIMED_OBJECTS,
    ENGLISH_CLAUSE_OPENERS,
    ENGLISH_DENIALS,
    ENGLISH_GROUP_NOUNS,
    ENGLISH_HEADLINE_ATTACK_VERBS,
    ENGLISH_HEADLINE_PASSIVES,
    ENGLISH_HIT_VERBS,
    ENGLISH_LEXICON,
    ENGLISH_NOT_CLAIMANTS,
    ENGLISH_NOT_SOURCE,
    ENGLISH_OBJECT_ENDS,
    ENGLISH_SAID_NOTHING,
    ENGLISH_SUBJECT_MODIFIERS,
    ENGLISH_SUBJECT_NOT_ALONE,
    FEMININE_PAST_SHAPE,
    FIRED_VERBS,
    FOLLOWER_OF,
    FRAGMENT_STARTS,
    GIVEN_NAMES,
    HEADLINE_ATTACK_VERBS,
    HEDGES,
    HELD_POST,
    IMPERFECT_SHAPE,
    INCIDENT_ANAPHORS,
    INJURED_WORDS,
    ISSUE_VERBS,
    KILLED_WORDS,
    LEAD_MANNERS,
    LEAD_WEAPONS,
    LEADER_TITLES,
    LEXICON,
    LICENCE_FREE_AR,
    MEANWHILE_TIME_WORD,
    MEDIA_WORDS,
    MONTH_NAMES,
    NAME_CUES,
    NAME_PREFIXES,
    NATIONALITY_ADJECTIVES,
    NEAR_WORDS,
    NEGATIONS,
    NEIGHBOUR_CUES,
    NO_TOLL,
    NOT_NAME_STARTS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCURRED_VERBS,
    OF_WOUNDS,
    OFFICE_TITLES,
    OFFICIAL_WORDS,
    ON_WORD,
    OPPOSITION_NOUNS,
    ORIGIN_PREPOSITIONS,
    OTHER_EVENT_OPENERS,
    OUTLET_NAMES,
    OUTLET_STAFF,
    OUTLET_WORDS,
    OWN_ACT_ENGLISH,
    OWN_ACT_NOUNS,
    OWN_ACT_VERBS,
    PART_OF_DAY_RELATIVES,
    PARTITIVES,
    PARTS_OF_DAY,
    PEOPLE_VERBS,
    PERIOD_PREPOSITIONS,
    PERIODS,
    PHRASE_STOPS,
    PLACE_CUES,
    PLACE_DESCRIPTORS_SET,
    PLACE_PREPOSITIONS,
    PLAN_WORDS,
    PLUPERFECT_OPENERS,
    PLUPERFECT_PARTICLE,
    POSSESSIVE_HEADS,
    PREPOSITION_SENSES,
    QUOTED_MARKERS,
    REACTION_VERBS,
    READ_ALSO,
    RELATIVES,
    RELEASE_OBJECT,
    RELEASE_VERBS,
    REPORT_VERBS,
    REPORTS_NOUN_AFTER,
    RESUMPTIVES,
    SAID_DAY_FOLLOWERS,
    SAID_IN,
    SAID_WHAT,
    SAID_WHAT_PRONOUNS,
    SAME_BEFORE,
    SAME_WORDS,
    SEARCH_OPENERS,
    SECOND_SIDE,
    SET_FOR,
    SOURCE_IN,
    SOURCE_NAME_STOPS,
    SOURCE_NOUNS,
    SPEAKS_FOR,
    SPEECH_VERBS,
    SPLIT_FROM_WORDS,
    SPOKE_AFTER,
    STATE_BODIES,
    SUBJECT_NOT_OBJECT,
    SUBJECT_SPEECH_VERBS,
    SUFFERED_VERBS,
    TANWIN_ALIF,
    TARGET_PREPOSITIONS,
    TARGET_STEMS,
    TARGETED_VERBS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    TITLE_BODY_PREPOSITIONS,
    TOLD_MEDIA,
    TOLL_RISE,
    TOLL_RISE_TO,
    TOLL_UPDATE,
    TOWN_WORDS,
    TREATMENT_VERBS,
    TREATMENT_WORDS,
    UNDERGONE_VERBS,
    UNDERTAKING,
    UNKNOWN_STEMS,
    UNNAMED_HEADS,
    UNNAMED_WORDS,
    VAGUE_QUANTITIES,
    VERB_OBJECT_PRONOUNS,
    VICTIM_CUES,
    VICTIM_GROUPS,
    VICTIM_NOUNS,
    WEAK_PLACE_CUES,
    WEAPON_NEGATORS,
    WEEKDAYS,
    WHEN_OPENERS,
    Sense,
    verbal_noun_shape,
)
from summarizer.lang.text import (
    ACCUSATIVE_TANWIN,
    ALIF,
    ARTICLE,
    BEH,
    CLITIC_LETTERS,
    CONJUNCTIONS,
    DAMMA,
    HEH,
    LAM,
    NAME_BREAKS,
    NOMINATIVE_PLURAL,
    NOON,
    PREPOSITION_WITH_ARTICLE,
    PREPOSITIONS,
    QUOTES,
    TATWEEL,
    TEH,
    TEH_MARBUTA,
    WAW,
    WORD_EDGE,
    WORD_PROCLITICS,
    YEH,
    accusative_pattern,
    bare,
    bare_phrase,
    clean,
    fold,
    has_arabic,
    has_cue,
    mentions,
    normalise,
    without_preposition,
)
from summarizer.verify.casualties import (
    casualty_clauses,
    says_no_one_hurt,
    without_false_casualty_words,
    without_share_aside,
)
from summarizer.verify.classify import classify
from summarizer.verify.event_span import reported_without_its_verb, toll_update_event, trimmed, without_time_tail
from summarizer.verify.furniture import is_caption, without_furniture
from summarizer.verify.gazetteer import (
    GazetteerHit,
    capital_named,
    country_hit,
    country_names,
    lookup,
    lookup_transliterated,
    lookup_variant,
    state_of_adjective,
)
from summarizer.verify.glossary import WEAPONS, terms_in
from summarizer.verify.grounding import Article, Span, an_abbreviation
from summarizer.verify.main_incident import (
    a_lead,
    background,
    before_separate,
    body_lead,
    dated_by_main_clause,
    is_pluperfect,
    latest_year,
    main_sentences,
    sentences,
    superseded_toll,
    tells_a_hit,
    tells_an_event,
    tells_of_incident,
    title,
    without_listed_names,
)
from summarizer.verify.numbers import a_year, counts_in, numbers_in
from summarizer.verify.phrase import (
    a_past_verb,
    a_verb_with_its_object,
    analyse,
    analysed,
    names_people,
    render_phrase,
    senses_in,
    sole_sense,
)
from summarizer.verify.phrase_en import COURTESY_TITLES  # "Mr Hayat" is Akhtar Hayat
from summarizer.verify.sources import clause_around


def lead(article: Article, anchor: Span | None, sentences: int = 2) -> list[Span]:
    """The sentence holding ``anchor`` (or the body's first sentence: a news lead, not the title) and the
    ones after it."""
    text = article.text
    body = article.body_start()
    start = anchor.start if anchor and anchor.start >= body else body  # a title is not the lead
    out: list[Span] = []
    probe = Span(text[start : start + 1], start, start + 1)
    while len(out) < sentences and probe.start < len(text):
        sentence = article.sentence_around(probe)
        if sentence.quote:
            out.append(sentence)
        nxt = sentence.end + 1
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text):
            break
        probe = Span(text[nxt : nxt + 1], nxt, nxt + 1)
    return out


def _measured_from(words: list[str], i: int) -> bool:
    """The place cue at ``i`` opens what a distance just before is measured from ("190 km inland from the
    capital Colombo"); not the region that yardstick is the capital of ("تبعد 200 كلم عن يولا عاصمة ولاية
    أداماوا": Adamawa is the state of both)."""
    back = [fold(clean(w)).lower() for w in words[max(0, i - _YARDSTICK_REACH) : i]]
    units = [k for k, w in enumerate(back) if w in DISTANCE_UNITS]
    return bool(units) and not any(w.removeprefix(ARTICLE) in _CAPITALS for w in back[units[-1] + 1 :])


_CAPITALS = frozenset(w.removeprefix(ARTICLE) for w in CAPITAL_WORDS)


def places_in(article: Article, sentence: Span, country: str | None) -> list[tuple[str, GazetteerHit]]:
    """Gazetteer places named right after a place cue in ``sentence``: (as written, hit); none of a
    clause on a separate event."""
    # a listed name holding a place ("الدولة الإسلامية في العراق والشام") says no where: left out
    words = without_listed_names(before_separate(sentence.quote)).split()
    found: list[tuple[str, GazetteerHit]] = []
    for i, word in enumerate(words[:-1]):
        cue = fold(word)
        if cue not in PLACE_CUES and cue[1:] not in PLACE_CUES:
            continue
        if _in_other_event(words[:i]):
            continue  # "قبل ساعات من تدشين السفارة في القدس": that event's place
        if any(fold(clean(w)) in PLAN_WORDS for w in words[max(0, i - 4) : i]):
            continue  # "كانوا يخططون لشن هجمات في العراق": where they planned to strike
        if _measured_from(words, i):
            continue  # "190 km inland from the capital Colombo": what the distance is measured from
        strong = cue not in WEAK_PLACE_CUES and cue[1:] not in WEAK_PLACE_CUES
        start = i + 1
        if (capital := _capital_at(words, i, country)) is not None and not _names_after(words, i + 2, country):
            found.append(capital)  # "في أعالي العاصمة الجزائرية،": Algiers, no name after its adjective
            continue
        if strong and (_nationality(words[start]) or _describing(words[start])) and start + 1 < len(words):
            start += 1  # "العاصمة الليبية طرابلس", "العاصمة الإقليمية كويتا": the word, its adjective, its name
        if words[start].lower() in ENGLISH_BEARING_ADJECTIVES and start + 1 < len(words):
            start += 1  # "of southwestern Baghdad": the part, then the name
        if (owner := _possessive_place(words, start, country)) is not None:
            found.append(owner)  # "in Denmark's capital Copenhagen": Denmark, then the capital's name
            start += 1
            while start + 1 < len(words) and fold(clean(words[start])).lower() in _BEFORE_OWNED_NAME:
                start += 1
        for n in (3, 2, 1):
            if "-" in words[start : start + n]:
                continue  # a listed name left out (or a dash) is no part of a place's name
            if any(w[-1:] in NAME_BREAKS for w in words[start : start + n - 1]):
                continue  # "central Mexico: City Hall": a name never goes on past a colon or a comma
            phrase = clean(" ".join(words[start : start + n]))
            if 1 < n and start + n <= len(words) and _a_day_word(words[start + n - 1]):
                continue  # "هافانا الجمعة": the town, then when
            folded = fold(phrase)
            if len(folded) < 3 or (
                folded.split()[0] in PLACE_CUES and _region_named(words[start : start + n]) != phrase
            ):
                continue
            nxt = words[start + n] if start + n < len(words) else ""
            if phrase.isascii() and not any(w[:1].isupper() for w in phrase.split()):
                continue  # "in the south valley": English names are capitalised
            if n == 1 and phrase.isascii() and phrase == words[start] and nxt[:1].isupper():
                break  # "near Maryland Parkway": a longer name goes on (a street), no town
            if n == 1 and not phrase.isascii() and phrase == words[start] and _name_goes_on(clean(nxt)):
                break  # "منطقة كينغز ماونتين": a longer foreign name, not a town spelt like its first word
            hit = lookup(phrase, country)
            if hit is None and strong and n == 1 and country:
                hit = lookup_variant(phrase, country)  # "مدينة كرايستشيرش": the town spelt with other long vowels
            if hit is None and n == 1 and country and _a_town_word(words[start - 1]):
                # "قرب بلدة بوقنادل": a town word says a name follows; GeoNames may know it by its Latin name only
                hit = lookup_transliterated(phrase, country)
            # After a bare "in", only a populated place counts ("في الكمين" is "in the ambush").
            if (
                hit
                and (country is None or hit.country_code == country)
                and (strong or hit.population >= 5000 or hit.is_country or hit.is_region)
            ):
                found.append((phrase, hit))
                break
    found += [f for f in _apposed_capital(sentence.quote, country) if f[0] not in {p for p, _ in found}]
    return found + [f for f in _glued_places(words, country) if f[0] not in {p for p, _ in found}]


def _apposed_capital(sentence: str, country: str | None) -> list[tuple[str, GazetteerHit]]:
    """The city set after "the capital of X," ("In the capital of Slovakia, Bratislava, ..."): the capital,
    named in apposition, when the gazetteer puts it in that country."""
    heads = "|".join(map(re.escape, CAPITAL_HEADS))
    for m in re.finditer(rf"(?:{heads}) (?:of )?(\w+)[,،] (\w+(?: \w+)?)", sentence):
        state, named = lookup(m.group(1)), m.group(2)
        if state is None or not state.is_country:
            continue
        for phrase in (named, named.split()[0]):
            hit = lookup(phrase, state.country_code)
            if hit and not hit.is_country and (country is None or hit.country_code == country):
                return [(phrase, hit)]
    return []


def _possessive_place(words: list[str], at: int, country: str | None) -> tuple[str, GazetteerHit] | None:
    """An English possessive of a country or a region ("Denmark's", "Australia’s"), with its hit."""
    m = re.fullmatch(r"(.+?)['’]s", clean(words[at])) if at + 1 < len(words) else None
    hit = lookup(m.group(1), country) if m else None
    return (m.group(1), hit) if m and hit and (hit.is_country or hit.is_region) else None


# after a place's possessive, the words before the name it holds ("Denmark's capital Copenhagen")
_BEFORE_OWNED_NAME = frozenset((*(fold(w) for w in CAPITAL_WORDS), *ENGLISH_BEARING_ADJECTIVES))


_OFFICE_REACH = 3  # words back from a place to the title whose office it names
_YARDSTICK_REACH = 5  # words back from a place to a unit of distance measured from it


_HOSPITAL_REACH = 5  # words back from a place to the hospital it locates ("المستشفى العسكري ... بالرباط")
_TREATED_AT = frozenset(fold(w) for w in TREATMENT_WORDS)


def _a_seat_before(words: list[str], at: int) -> bool:
    """A title among the few words before a place glued to its "بـ" ("المدير الجهوي للصحة بالرباط"), with
    no verb between them, or a hospital in a sentence that tells of no attack: the place is the
    official's seat or where the wounded were treated. (A title's "ولاية خوست" is left to be read: the
    province a police chief heads is often where it happened.)"""
    near = {fold(clean(w)).lower() for w in words[max(0, at - _HOSPITAL_REACH) : at]}
    attacked = any(fold(clean(w)).removeprefix(WAW) in ACTIVE_ATTACK_VERBS for w in words)
    if near & _TREATED_AT and not attacked:
        return True
    for word in reversed(words[max(0, at - _OFFICE_REACH) : at]):
        senses = senses_in(clean(word))
        if any(s.pos == "verb" for s in senses) or word.endswith((",", "،", ".")):
            return False
        if senses and any(s.kind == "title" for s in senses) and not any(s.kind == "casualty" for s in senses):
            return True
    return False


_TOWN_WORDS = frozenset(fold(w) for w in TOWN_WORDS)


def _a_town_word(word: str) -> bool:
    """ "بلدة", "قرية", "مدينة": a word for a populated place, a name after it."""
    return fold(clean(word)).removeprefix(WAW) in _TOWN_WORDS


def _name_goes_on(word: str) -> bool:
    """An Arabic word that neither the lexicon nor the gazetteer knows, and no person's name opens with
    ("ولاية خوست عبد الحنان زدران": the governor's name follows the province): the name before it goes on."""
    folded = fold(word)
    if not word or not has_arabic(word) or folded in GIVEN_NAMES or folded == ABD_WORD:
        return False
    if folded.startswith(ARTICLE):
        return False  # "كرايستشيرش النيوزيلندية", "بالو الساحلية": an adjective after the name
    return isinstance(analysed(word), str) and lookup(word) is None


def _glued_places(words: list[str], country: str | None) -> list[tuple[str, GazetteerHit]]:
    """A town or region with "بـ" glued to it ("قاعدة جوية بحمص" = an air base in Homs): the word without
    it is a gazetteer place of the article's country and the word as written is none."""
    found: list[tuple[str, GazetteerHit]] = []
    for i, word in enumerate(words):
        w = clean(word).removeprefix(WAW)
        if not w.startswith(BEH) or len(w) < 4 or lookup(w, country) is not None or fold(w[1:]) in LEXICON:
            continue  # "بمدينة" is "in the city", not Medina
        if _a_seat_before(words, i):
            continue  # "المدير الجهوي للصحة بالرباط": the official's seat, not the incident's place
        hit = lookup(w[1:], country)
        if hit and not hit.is_country and (country is None or hit.country_code == country):
            if hit.population >= 5000 or hit.is_region:
                found.append((w[1:], hit))
    return found


def _region_named(words: list[str]) -> str | None:
    """A region or country whose gazetteer name the words open with, word for word, also one that
    starts with a bearing ("شمال وزيرستان", "جنوب السودان"); as written."""
    for n in (3, 2):
        taken = words[:n]
        if len(taken) < n or any(w != clean(w) for w in taken[:-1]):
            continue  # punctuation inside: no one name
        phrase = clean(" ".join(taken))
        hit = lookup(phrase)
        if hit and (hit.is_region or hit.is_country) and fold(hit.name_ar or "") == fold(phrase):
            return phrase
    return None


def _in_other_event(before: list[str]) -> bool:
    """The words before a place open a clause about another event, with no comma since."""
    text = fold(" ".join(before))
    at = max((text.rfind(o) for o in OTHER_EVENT_OPENERS), default=-1)
    return at >= 0 and not any(c in text[at:] for c in "،,")


def count_before(article: Article, span: Span) -> Span | None:
    """The weapon span widened by the number word just before it ("أربع" + "طائرات مسيرة")."""
    text = article.text
    first = analysed(clean(span.quote.split()[0])) if span.quote.split() else "empty"
    if not isinstance(first, str) and first and first[0].prep:
        return None  # "أميركيين اثنين بسكين": a count precedes its noun, never its preposition
    left = text.rfind(" ", 0, max(0, span.start - 1))
    word = text[left + 1 : span.start].strip()
    if word and numbers_in(word) and left + 1 < span.start:
        start = left + 1
        return Span(text[start : span.end], start, span.end)
    return None


def commemorated(article: Article, target: str) -> bool:
    """The target is named only as who or what an event commemorates ("a ceremony marking the fourth
    anniversary of the assassination of ... Qasem Soleimani"): remembered there, not attacked."""
    starts = [m.start() for m in re.finditer(re.escape(target), article.text)]
    starts = starts or ([s.start] if (s := article.locate(target)) else [])
    if not starts:
        return False
    for start in starts:
        before = article.text[max(0, start - 60) : start].lower().split()[-8:]
        if not any(fold(clean(w)) in COMMEMORATIONS for w in before):
            return False
    return True


def with_head_noun(article: Article, phrase: str) -> str | None:
    """A phrase that opens on the second word of a lexicon compound ("صاروخية" of "ضربة صاروخية
    إسرائيلية": a missile strike) with the compound's first word before it, as the article writes them;
    None when the word before makes no compound with it."""
    words = phrase.split()
    if not words or phrase.isascii() or (span := article.locate(phrase)) is None:
        return None
    left = article.text.rfind(" ", 0, max(0, span.start - 1))
    noun = article.text[left + 1 : span.start].strip()
    if not noun or clean(noun) != noun:
        return None  # a punctuation mark between: no compound
    found = analysed(f"{noun} {clean(words[0])}")
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None or found[0].sense.pos != "noun":
        return None
    return article.text[left + 1 : span.end]


def attacker_subject(sentences: list[Span]) -> str | None:
    """Attackers the article names only by what they are, as the subject of an active attack verb
    with its object after them ("قتل مسلحون 25 مدنيا": gunmen): an unidentified perpetrator."""
    for sentence in sentences:
        words = sentence.quote.split()
        for i, (verb, subject, after) in enumerate(zip(words, words[1:], words[2:], strict=False)):
            if fold(clean(verb)).removeprefix(WAW) not in ACTIVE_ATTACK_VERBS:
                continue
            noun = fold(clean(subject))
            attacker = noun.startswith(ATTACKER_NOUNS) and not noun.endswith(HEH)  # "مسلحة": a group's adjective
            state = (hit := country_hit(clean(subject))) is not None and hit.is_country  # "أطلقت إسرائيل صاروخا"
            if (attacker or state) and fold(clean(after)) not in SUBJECT_NOT_OBJECT:
                unknown = any(fold(clean(after)).startswith(stem) for stem in UNKNOWN_STEMS)
                return f"{clean(subject)} {clean(after)}" if unknown else clean(subject)  # "مسلحون مجهولون"
            if named := _actors_before_their_object(words[i + 1 :]):
                return named
    return None


def _actors_before_their_object(words: list[str]) -> str | None:
    """An actor noun in the nominative plural with its adjectives, then a count: who did it, not who
    suffered it ("قتل إرهابيون يهود أربعة فلسطينيين"; a passive's subject has no count after it:
    "قتل مستوطنون إسرائيليون وأصيب آخرون")."""
    head = clean(words[0]) if words else ""
    sense = sole_sense(head)
    if sense is None or sense.kind != "actor" or sense.pos != "noun" or not fold(head).endswith(NOMINATIVE_PLURAL):
        return None
    for j, word in enumerate(words[1:_GROUP_SUBJECT_REACH], start=1):
        if clean(words[j - 1]) != words[j - 1]:
            return None  # a comma or a stop closes the subject: no object follows it
        if counts_in(clean(word)):
            return " ".join(clean(w) for w in words[:j])
        if fold(clean(word)) in TITLE_BODY_PREPOSITIONS:
            continue  # "متشددون من حركة الشباب": whose they are, a group named after "من"
        adjective = sole_sense(clean(word))
        if (adjective is None or adjective.pos != "adj") and not _of_a_group(words[1:j], word):
            return None
    return None


_GROUP_SUBJECT_REACH = 7  # "قتل متشددون من حركة الشباب الصومالية 6 أشخاص"


def _of_a_group(before: list[str], word: str) -> bool:
    """The word belongs to the group named after the subject's "من" ("من حركة الشباب")."""
    at = next((k for k, w in enumerate(before) if fold(clean(w)) in TITLE_BODY_PREPOSITIONS), None)
    if at is None:
        return False
    found = analysed(" ".join(clean(w) for w in [*before[at + 1 :], word]))
    head = found[0] if not isinstance(found, str) and found else None
    return head is not None and head.sense is not None and head.sense.kind in ("armed_group", "force")


def person_object(phrase: str) -> str | None:
    """Whom a clause says was seized or killed, when its subject stands before the verb ("مليشيات تابعة
    للمجلس الرئاسي اختطفت عضو المجلس لحكومة الوفاق الوطني، فتحي المجبري") or the verb opens it written as a
    passive ("قُتلت الناشطة العراقية سعاد العلي"): the verb's object, up to a preposition or a punctuation
    mark, with the name after a comma that closes a title."""
    words = phrase.split()
    for i, word in enumerate(words[:-1]):
        if fold(clean(word)).removeprefix(WAW) not in PEOPLE_VERBS or (i and clean(words[i - 1]) != words[i - 1]):
            continue  # "..., قتل": a clause, not a subject, before it
        if i == 0 and DAMMA not in word[:3]:
            continue  # verb first, the subject follows it, unless the verb is written passive ("قُتلت الناشطة ...")
        return person_from(words[i + 1 : i + 9])
    return None


def person_from(words: list[str]) -> str | None:
    """The person the words open with, up to a preposition, a time word, an adjunct or a punctuation
    mark, with the name after a comma that closes a title ("عضو مجلس النواب الليبي، فتح الله السعيطي")."""
    taken: list[str] = []
    for nxt in words:
        if not taken and clean(nxt).isdigit():
            taken.append(nxt)  # "14 شخصاً": how many
            continue
        if fold(clean(nxt)) in PHRASE_STOPS or _a_time_word(clean(nxt)) or not has_arabic(nxt):
            break
        if taken and _opens_adjunct(clean(nxt)):
            break  # "... سعاد العلي بإطلاق نار": how, not whom
        if taken and _an_imperfect_verb(fold(clean(nxt))):
            break  # "14 شخصاً يشتبه بأنهم ...": what is said of them, not who they are
        taken.append(nxt)
        if clean(nxt) != nxt:
            if not nxt.rstrip().endswith("،") or len(taken) > 6:
                break
    text = " ".join(taken).rstrip("،").strip()
    return clean(text) if len(text) > 3 and names_people(clean(text)) else None


def companion(article: Article, target: str) -> tuple[str, str | None] | None:
    """A victim seized or killed with the target ("اختطاف المجبري رفقة عضو مجلس النواب الليبي، فتح الله
    السعيطي"): the target cut before the word that joins them, and the second person as the article
    writes him (None when the words after it name no one). None when the target joins no one."""
    words = target.split()
    at = next((k for k, w in enumerate(words) if k and fold(clean(w)) in COMPANION_WORDS), None)
    span = article.locate(target)
    if at is None or span is None:
        return None
    first = " ".join(words[:at]).rstrip("،").strip()
    after = article.text[span.start :].split()[at + 1 : at + 9]
    return first, person_from(after)


_APPOSITION_WORDS = 7


def held_post(article: Article, name: str, sentences: list[Span]) -> tuple[Span, str, str] | None:
    """What a sentence of the incident says the named person was ("وكان محسود يتولى منصب نائب قائد
    الحركة المحظورة"): (the clause as written, the name word it uses, the post); None when none does."""
    names = {fold(clean(w)) for w in name.split()}
    for sentence in sentences:
        words = sentence.quote.split()
        for i in range(len(words) - 4):
            was, who, verb, post = (fold(clean(w)) for w in words[i : i + 4])
            if was not in HELD_POST["was"] or who not in names or verb not in HELD_POST["verbs"]:
                continue
            if post not in HELD_POST["post"] or clean(words[i + 2]) != words[i + 2]:
                continue
            title: list[str] = []
            for word in words[i + 4 : i + 4 + _APPOSITION_WORDS]:
                if fold(clean(word)) in PHRASE_STOPS or not has_arabic(word):
                    break
                title.append(clean(word))
                if clean(word) != word:
                    break
            while len(title) > 1 and render_phrase(" ".join(title)).text is None:
                title.pop()  # "... المحظورة المعروفة باسم تحريك": the post as far as it renders
            clause = article.locate(" ".join([*words[i : i + 4], *title]), near=sentence.start)
            if title and clause is not None and render_phrase(" ".join(title)).text:
                return clause, clean(words[i + 1]), " ".join(title)
    return None


def described(article: Article, name: str) -> str | None:
    """A person's name with what the article says he is, in apposition right after it ("خالد محسود،
    أحد أعضاء حركة طالبان باكستان في هجوم ..."): the name, the comma and the description up to a
    preposition, a time word or a punctuation mark, as written; None when no title or "one of" follows."""
    span = article.locate(name)
    found = analysed(name)
    if span is None or isinstance(found, str) or not found or any(w.name is None for w in found):
        return None  # only a person's name: "the activist, ..." is no apposition
    rest = article.text[span.end :]
    if not rest.startswith(("، ", "، ")):
        return None
    taken: list[str] = []
    for word in rest[1:].split()[:_APPOSITION_WORDS]:
        if fold(clean(word)) in PHRASE_STOPS or _a_time_word(clean(word)) or not has_arabic(word):
            break
        taken.append(clean(word))
        if clean(word) != word:
            break
    head = analysed(taken[0]) if taken else ""
    sense = head[0].sense if not isinstance(head, str) and head else None
    if sense is None or not (sense.kind == "title" or sense.en == "one") or len(taken) < 2:
        return None
    text = article.text[span.start : span.end + 2 + len(" ".join(taken))]
    return text if article.locate(text) else None


def _opens_adjunct(word: str) -> bool:
    """A lexicon word behind "ب" ("بإطلاق", "بالرصاص"): how it was done, a new phrase, not more of a name
    (a "ل" goes on with a title: "عضو المجلس لحكومة الوفاق")."""
    found = analysed(word)
    return not isinstance(found, str) and len(found) == 1 and found[0].prep == BEH and found[0].sense is not None


_EN_CAPITALISED = r"[A-Z][\w'’-]*"


def english_agent(sentences: list[Span]) -> str | None:
    """Who did it, named after a passive participle of an attack or an abduction in the lead ("the 276
    schoolgirls kidnapped by Boko Haram militants" -> "Boko Haram militants"): capitalised words, and a
    group noun after them."""
    # "killed in an attack by CODECO militiamen": an attack's noun names its author after "by" too
    participles = "|".join(re.escape(p) for p in (*ENGLISH_AGENT_PARTICIPLES, *ENGLISH_ATTACK_NOUNS_BY))
    nouns = "|".join(re.escape(n) for n in ENGLISH_AGENT_NOUNS)
    pattern = re.compile(
        rf"\b(?:{participles})\s+by\s+(?:the\s+)?((?:{_EN_CAPITALISED}\s+){{0,3}}{_EN_CAPITALISED}(?:\s+(?:{nouns})\b)?)"
    )
    # "ambushed by a group of dissidents from the Revolutionary Armed Forces of Colombia": a common noun of
    # attackers, and the body they come from
    body = rf"(?:\s+(?:from|of)\s+the\s+(?:{_EN_CAPITALISED}\s+|of\s+){{0,5}}{_EN_CAPITALISED})?"
    common = re.compile(rf"\b(?:{participles})\s+by\s+(?:a\s+group\s+of\s+|suspected\s+)?((?i:{nouns}){body})")
    for sentence in sentences:
        if m := pattern.search(sentence.quote) or common.search(sentence.quote):
            return m.group(1)
    return None


def english_headline_agent(title: Span | None) -> str | None:
    """An armed group or force a headline names after its attack noun's "by" ("German consulate in
    Afghanistan bombed in 'revenge' attack by Taliban"): only one the lexicon knows as such."""
    if title is None or not title.quote.isascii():
        return None
    nouns = "|".join(re.escape(n) for n in ENGLISH_ATTACK_NOUNS_BY)
    m = re.search(rf"\b(?:{nouns})\s+by\s+(?:the\s+)?((?:{_EN_CAPITALISED}\s+){{0,3}}{_EN_CAPITALISED})", title.quote)
    senses = ENGLISH_LEXICON.get(m.group(1).lower(), ()) if m else ()
    if m is not None and any(w.kind in ("armed_group", "force") for w in senses):
        return m.group(1)
    # "Nine villagers killed by Cameroonian English-speaking separatists": a passive's agent noun
    verbs = "|".join(re.escape(v) for v in ENGLISH_HEADLINE_PASSIVES)
    agents = "|".join(re.escape(n) for n in ENGLISH_AGENT_NOUNS)
    describing = rf"(?:{_EN_CAPITALISED}|[a-z]+-[a-z]+|suspected|armed|unidentified|unknown)"
    m = re.search(rf"\b(?:{verbs})\s+by\s+((?:{describing}\s+){{0,3}}(?:{agents}))\b", title.quote)
    return m.group(1) if m else None


def english_headline_owner(title: Span | None) -> str | None:
    """Who an English headline names before its strikes ("At least 10 dead in Myanmar junta airstrikes on
    Sagaing village" -> "Myanmar junta"): capitalised words and an agent noun before an attack noun."""
    if title is None or not title.quote.isascii():
        return None
    nouns = "|".join(re.escape(n) for n in ENGLISH_AGENT_NOUNS)
    attacks = "|".join(re.escape(n) for n in ENGLISH_ATTACK_NOUNS_BY)
    m = re.search(rf"\b((?:{_EN_CAPITALISED}\s+){{1,2}}(?:{nouns}))\s+(?:{attacks})\b", title.quote)
    return m.group(1) if m else None


def arabic_headline_agent(title: Span | None) -> str | None:
    """An armed group or force an Arabic headline puts before its verb of attack ("بوكو حرام تنفذ تفجيرات
    دامية"): as written, only one the lexicon knows as such (not a country: "العراق يقصف" names a state)."""
    if title is None or title.quote.isascii():
        return None
    words = [clean(w) for w in title.quote.split(":")[-1].split()]
    at = next((i for i, w in enumerate(words[:6]) if fold(w) in HEADLINE_ATTACK_VERBS), None)
    if not at:
        return None
    subject = " ".join(words[:at])
    found = analysed(subject)
    actor = not isinstance(found, str) and bool(found) and found[0].sense is not None
    return subject if actor and found[0].sense.kind in ("armed_group", "force") else None


def english_attacker_subject(sentences: list[Span], headline: bool = False) -> str | None:
    """Attackers who are the subject of an active attack verb in an English lead ("Police in the
    southern Indian state of Tamil Nadu have shot dead another protester" -> "Police"; "Unidentified
    gunmen stormed ..."): the subject's words up to its noun, as written; a place after it is no part of
    who did it."""
    acts = ENGLISH_HEADLINE_ATTACK_VERBS if headline else ENGLISH_ATTACK_VERBS  # a headline's present tense
    verbs = "|".join(re.escape(v) for v in sorted(acts, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in ENGLISH_AGENT_NOUNS)
    modifiers = "|".join(re.escape(m) for m in sorted(ENGLISH_SUBJECT_MODIFIERS, key=len, reverse=True))
    groups = "|".join(re.escape(g) for g in ENGLISH_GROUP_NOUNS)
    pattern = re.compile(
        rf"^\s*(?:[Tt]he\s+)?((?:[Aa]n?\s+)?(?:(?i:{modifiers})\s+|{_EN_CAPITALISED}\s+){{0,3}}(?i:{nouns})"
        rf"(?:\s+and\s+(?i:{nouns}))?"  # "police and soldiers killed": both, one subject
        r"(?:\s+armed\s+with\s+[^,.;]{1,40}?)?"  # "A man armed with a bow and arrow has killed": who, armed
        # "Militiamen from the CODECO group attacked": the body they belong to is part of who
        rf"(?:\s+(?:of|from)\s+the\s+(?:{_EN_CAPITALISED}\s+){{0,3}}{_EN_CAPITALISED}\s+(?i:{groups}))?)"
        rf"(?:\s+(?:in|of|from|near)\s+[^,.;]{{1,80}}?)?"
        # "local bandits known as “dahalo” set homes on fire": the name they go by is no part of the verb
        r"(?:\s+(?:known|called)\s+as\s+[\"“'‘]?[\w-]+[\"”'’]?)?"
        rf"\s+(?:have\s+|has\s+|had\s+)?(?:{verbs})\b"
    )
    for sentence in map(without_furniture, sentences):  # "MANILA, Philippines—Communist rebels have killed"
        # the lead's subject, or the subject of its "when" clause ("... were killed when Myanmar's armed
        # forces launched air strikes")
        # forces launched air strikes"), or of what a speaker said ("said Thursday that suspected insurgents ...")
        openers = r"\b(?:when|after)\s+|\b(?:said|says)(?:\s+[A-Z]\w+day)?\s+that\s+"
        starts = [0, *(w.end() for w in re.finditer(openers, sentence.quote))]
        for start in starts:
            m = pattern.match(sentence.quote[start:])
            if m and m.group(1).lower() not in ENGLISH_SUBJECT_NOT_ALONE:
                # "when the Saudi-led coalition struck": the article's "the" inside a sentence goes with it
                the = start and sentence.quote[start : start + m.start(1)].strip() == "the"
                return f"the {m.group(1)}" if the else m.group(1)
    return None


_OBJECT_OF_KILLING = re.compile(
    r"\b(?:killed|shot|shot dead|attacked|ambushed|targeted)\s+(?:\w+\s+){0,2}?"
    r"(?:members|fighters|supporters)\s+of\s+(?:the\s+)?$"
)


def english_killed_group(article: Article, name: str) -> bool:
    """Every mention of the group follows a killing of its members ("police and soldiers killed members
    of the Barrio 18 gang"): the victims' group, never who did it."""
    starts = [m.start() for m in re.finditer(re.escape(name), article.text)]
    return bool(starts) and all(_OBJECT_OF_KILLING.search(article.text[max(0, s - 60) : s]) for s in starts)


def english_accused(article: Article, sentences: list[Span]) -> str | None:
    """Whom an English incident sentence accuses or suspects, after the cue ("Washington believed Russian
    forces had fired", "officials blamed al-Shabab"): a nationality's forces or an armed group the lexicon
    knows, as written; else a state or a group that denies it ("Russia's defence ministry denied
    responsibility"): accused, since it answers an accusation."""
    cues = ACCUSATION_CUES | HEDGES
    forces = "|".join(re.escape(f) for f in ENGLISH_ACCUSED_FORCES)
    nationality = "|".join(re.escape(n) for n in sorted(NATIONALITY_ADJECTIVES, key=len, reverse=True))
    force = re.compile(rf"\b(?:{nationality})\s+(?:{forces})\b")
    found: list[str] = []
    for sentence in sentences:
        text = sentence.quote
        cue = next((m for m in re.finditer(r"[\w'-]+", text) if m.group().lower() in cues), None)
        if cue is not None:
            after = text[cue.end() :]
            found += [m.group()] if (m := force.search(after)) else []
            if group := _english_armed_group(after):
                # "FARC dissidents": the group's members or a breakaway of it, as written
                tail = re.match(rf"{re.escape(group)}\s+({'|'.join(_GROUP_MEMBERS)})\b", after[after.find(group) :])
                found.append(f"{group} {tail.group(1)}" if tail else group)
    for sentence in sentences:
        denial = next((d for d in ENGLISH_DENIALS if d in sentence.quote), None)
        subject = sentence.quote[: sentence.quote.index(denial)] if denial else ""
        if m := re.match(rf"\s*(?:[Tt]he\s+)?((?:{_EN_CAPITALISED}\s+)*{_EN_CAPITALISED})", subject):
            name = re.sub(r"['’]s$", "", m.group(1))
            hit = lookup(name)
            if (hit is not None and hit.is_country) or _english_armed_group(name) == name:
                found.append(name)
    return next((name for name in found if article.locate(name)), None)


_GROUP_MEMBERS = ("dissidents", "fighters", "militants", "members", "rebels", "insurgents", "gunmen")
_EN_CLAUSE_OPENERS = frozenset(("who", "which", "that", "whose", "whom"))


def english_core(phrase: str) -> str:
    """An English actor without the clause after its noun ("Saudi-led coalition waging war against
    Yemen's Shiite rebels" -> "Saudi-led coalition", "gunmen who stormed the hotel" -> "gunmen")."""
    words = phrase.split()
    for i, word in enumerate(words[1:], 1):
        low = word.lower().strip(",")
        # "waging war": a clause; "English-speaking separatists": a compound adjective before its noun
        participle = low.endswith("ing") and len(low) > 5 and not ENGLISH_LEXICON.get(low) and "-" not in low
        if low in _EN_CLAUSE_OPENERS or participle or words[i - 1].endswith(","):
            return " ".join(words[:i]).rstrip(",")
    return phrase


def arabic_core(phrase: str) -> str:
    """An Arabic actor without a complementizer or a verb before its noun, as the article writes it
    ("إن مسلحين مجهولين" -> "مسلحين مجهولين", "اغتال مسلحون مجهولون" -> "مسلحون مجهولون")."""
    words = phrase.split()
    start = 0
    while start < len(words) - 1:
        first = fold(clean(words[start]))
        found = analysed(clean(words[start]))
        verb = not isinstance(found, str) and len(found) == 1 and found[0].sense is not None
        if first in COMPLEMENTIZERS or (verb and found[0].sense.pos == "verb"):
            start += 1
            continue
        if first in WEEKDAYS or first in TIME_WORDS:
            start += 1  # "نصبه السبت متمردو فارك": the day the verb's clause gives, not who
            continue
        break
    if start == 0:
        return phrase
    return phrase[phrase.index(words[start]) :].lstrip('"«“')


def by_hands_of(phrase: str) -> str | None:
    """Who "يد مسلحين" (the hands of gunmen) names: the owners of the hands, or None."""
    words = phrase.split()
    if len(words) > 1 and fold(clean(words[0])) in AGENT_HANDS:
        return phrase[phrase.index(words[1]) :]
    return None


def _english_armed_group(text: str) -> str | None:
    """The first armed group the lexicon knows by its English name in the text, as written."""
    words = text.split()
    for i in range(len(words)):
        for width in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + width]).strip(",.;:\"'")
            groups = [w for w in ENGLISH_LEXICON.get(phrase.lower(), ()) if w.kind == "armed_group"]
            common = phrase.lower() in ENGLISH_GROUP_NOUNS  # "coalition": named by the words before it
            if groups and (any(c.isupper() for c in phrase) or common or not all(w.pos == "name" for w in groups)):
                return _with_its_name(words[:i], phrase)  # "return fire" is no group named "Return"
    return None


def _with_its_name(before: list[str], phrase: str) -> str:
    """A common word of a body ("coalition") with the name written before it ("the powerful Viv Ansanm
    gang coalition" -> "Viv Ansanm gang coalition"): capitalised words and group nouns."""
    if phrase[:1].isupper():
        return phrase
    taken: list[str] = []
    for word in reversed(before):
        if not (word[:1].isupper() or word.lower() in ENGLISH_GROUP_NOUNS) or word != word.strip(",.;:\"'"):
            break
        taken.insert(0, word)
    while taken and not taken[0][:1].isupper():
        taken.pop(0)  # "gang" alone before it names no one
    return " ".join([*taken, phrase]) if taken else phrase


_HOMETOWN_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s+(?:of|from)\s+$")


def quoted_speech(article: Article, quote: str) -> bool:
    """The words stand inside a quotation of what someone said ('قال أحد الناجين إن "العبارة مالت
    فجأة ..."'): a speaker's account, not the article's own statement of the event. The span opens the
    quotation and runs over more than three words: a quoted name ('"القاعة الكبرى"') is no speech."""
    span = article.locate(quote)
    if span is None:
        return False
    before = article.text[article.sentence_around(span).start : span.start]
    guillemets = before.count("«") > before.count("»") or before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    if not (guillemets or straight):
        return False
    opened = max(before.rfind(m) for m in ('"', "«", "“"))
    return len(before[opened + 1 :].split()) == 0 and len(span.quote.split()) > 3


def hometown(article: Article, place: str) -> bool:
    """Every mention of the place is where a named person is from ("Payton Gendron, of Conklin, New
    York"): his home, not where it happened."""
    return _every_mention(article, place, lambda before: bool(_HOMETOWN_BEFORE.search(before)))


def _every_mention(article: Article, place: str, said_before: Callable[[str], bool]) -> bool:
    """Whether the place is named at least once and every mention has ``said_before(text before it)``."""
    at, seen = 0, False
    while (span := article.locate(place, near=at)) is not None and span.start >= at:
        if not said_before(article.text[max(0, span.start - 60) : span.start]):
            return False
        seen, at = True, span.end
    return seen


def _ends_with(before: str, cues: frozenset[str], place_word: bool = False) -> bool:
    """The words before a mention end with one of ``cues`` (one to three words), past a place word if
    ``place_word`` ("مع هضبة الجولان": the cue, the place word, then its name)."""
    words = [fold(clean(w)).lower() for w in before.split()]
    if place_word and words and words[-1] in NAME_CUES:
        words = words[:-1]
    return any(" ".join(words[-n:]) in cues for n in (1, 2, 3) if len(words) >= n)


def only_in_a_speakers_office(article: Article, place: str) -> bool:
    """Every mention of the place is in an office someone speaks for ("المتحدث الرسمي باسم محاكم صفاقس",
    "spokesman for the Kabul police"): whose spokesman, not where it happened."""
    return _every_mention(article, place, lambda before: _ends_with(before, SPEAKS_FOR))


_SAID_NEXT = re.compile(r"\s*,?\s*(?:said|says|told|added)\b")


def only_as_whose_office(article: Article, place: str) -> bool:
    """English: every mention of the place closes a speaker's name and office right before his verb ("Pol.
    Col. Mana Daechawarit of the Sai Buri district police station said"): where he serves, not where."""
    mentions_ = [m for m in re.finditer(re.escape(place), article.text)]
    return (
        bool(mentions_)
        and place.isascii()
        and all(
            article.text[: m.start()].rstrip().endswith((" of the", " of")) and _SAID_NEXT.match(article.text, m.end())
            for m in mentions_
        )
    )


def only_in_a_speakers_description(article: Article, place: str) -> bool:
    """Every mention of the place is in who is said to speak, between a sentence's opening speech verb and
    the "أن" of what was said ("أعلن متحدث باسم ... غولن، المتهم بتدبير محاولة الانقلاب في تركيا، أن
    حارس أمن ... بولاية بنسلفانيا"): a description of the speaker's side, not where it happened."""
    at, seen = 0, False
    while (span := article.locate(place, near=at)) is not None and span.start >= at:
        sentence = article.sentence_around(span)
        words = list(re.finditer(r"\S+", sentence.quote))
        opens = any(fold(clean(w.group())).removeprefix(WAW) in ATTRIBUTION for w in words[:2])
        # the mention's comma-closed aside ends right before what was said: "...، المتهم ... في تركيا، أن"
        rest = article.text[span.end : sentence.end]
        comma = min((i for i in (rest.find("،"), rest.find(",")) if i >= 0), default=-1)
        after = rest[comma + 1 :].split()[:1] if comma >= 0 else []
        if (not after or fold(clean(after[0])) not in COMPLEMENTIZERS) and _office_in(article, span):
            after = rest.split()[:1]  # "بمديرية الدفاع المدني في منطقة مكة المكرمة ان": where the office is
        if not opens or not after or fold(clean(after[0])) not in COMPLEMENTIZERS:
            return False
        seen, at = True, span.end
    return seen


def _office_in(article: Article, span: Span) -> bool:
    """The mention follows "في", past its place word: where an office is ("بمديرية ... في منطقة X"), not
    whom an official governs ("حاكم منطقة زاول")."""
    before = [fold(clean(w)) for w in article.text[max(0, span.start - 40) : span.start].split()[-2:]]
    if before and before[-1] in NAME_CUES:
        before = before[:-1]
    return bool(before) and before[-1] == SOURCE_IN


def across_a_border(article: Article, place: str) -> bool:
    """Every mention of the place is the other side of a border ("فر آلاف صوب الحدود مع هضبة الجولان",
    "the border with Jordan"): where people fled to or what a border faces, not where it happened."""
    return _every_mention(article, place, lambda before: _ends_with(before, BORDER_WITH, place_word=True))


def a_neighbour(article: Article, place: str, home: str | None) -> bool:
    """A country other than the article's that every mention names across a border or as what something
    lies near ("بالقرب من الحدود مع النيجر", "القريبة من النيجر ومالي"): a neighbour, not where."""
    hit = lookup(place)
    if hit is None or not hit.is_country or home is None or hit.country_code == home:
        return False
    cues = BORDER_WITH | NEIGHBOUR_CUES
    return _every_mention(article, place, lambda before: _ends_with(before, cues, place_word=True))


def where_said(article: Article, place: str) -> bool:
    """Every mention of the place is where something was said ("told a news conference in Mexico City",
    "في مؤتمر صحفي بالرباط"): a statement or a briefing within four words before it."""
    at, seen = 0, False
    while (span := article.locate(place, near=at)) is not None and span.start >= at:
        before = [fold(clean(w)).lower() for w in article.text[max(0, span.start - 80) : span.start].split()[-5:]]
        pairs = {" ".join(p) for p in itertools.pairwise(before)}
        if not any(w in DOCUMENTS or w[1:] in DOCUMENTS for w in [*before, *pairs]):
            return False
        seen, at = True, span.end
    return seen


def english_titled(article: Article, name: str) -> str | None:
    """A person's name with the title the article writes before it ("officer David Nesheiwat",
    "spokesman Garba Shehu"), when the name has none; None when the article gives none."""
    if not name[:1].isupper() or len(name.split()) > 4:
        return None
    for m in re.finditer(rf"\b([a-z][a-z-]+)\s+{re.escape(name)}\b", article.text):
        senses = ENGLISH_LEXICON.get(m.group(1), ())
        if any(w.kind == "title" for w in senses):
            return f"{m.group(1)} {name}"
    return None


_QUOTE_MARKS = "\"'«»“”"


def widened_outlet(article: Article, name: str) -> str | None:
    """An outlet named by its bare name with its outlet word before it in the article ("المسيرة" in
    'أوردت قناة "المسيرة"' -> 'قناة "المسيرة"'): the word says what it is, and the name alone may read
    as a common noun ("المسيرة", the drone)."""
    found = article.locate(name)
    if found is None or len(name.split()) > 3 or not has_arabic(name):
        return None  # English writes "the dpa news agency" its own way; only Arabic names are widened
    start = found.start
    while start > 0 and article.text[start - 1] in _QUOTE_MARKS + " ":
        start -= 1
    words = article.text[:start].split()
    if not words or clean(words[-1]) != words[-1]:
        return None
    outlet = words[-1]
    if outlet[:1] in CLITIC_LETTERS and fold(outlet[1:]) in OUTLET_WORDS:
        outlet = outlet[1:]  # "لقناة": the preposition is no part of the name
    if fold(outlet) not in OUTLET_WORDS:
        return None
    end = found.end + (1 if article.text[found.end : found.end + 1] in tuple(_QUOTE_MARKS) else 0)
    phrase = article.text[start - len(outlet) : end]
    return phrase if article.locate(phrase) else None


def completed_name(article: Article, name: str) -> str | None:
    """An English name cut after an adjective ("... and secret" for "... and secret police"): the noun
    the article writes next completes it; None when the name ends in a noun or a name."""
    words = name.split()
    last = [w for w in ENGLISH_LEXICON.get(words[-1].lower().strip(".,"), ())] if words else []
    if not last or any(w.pos in ("noun", "name") for w in last) or not all(w.pos == "adj" for w in last):
        return None
    found = article.locate(name)
    nouns: list[str] = []
    for word in article.text[found.end :].split()[:3] if found else []:
        if not any(w.pos == "noun" for w in ENGLISH_LEXICON.get(clean(word).lower(), ())):
            break
        nouns.append(clean(word))  # "secret intelligence agency": a compound's nouns, up to its head
        if word != clean(word):
            break  # a comma or a stop ends it
    if not nouns:
        return None
    phrase = " ".join([article.text[found.start : found.end], *nouns])
    return phrase if article.locate(phrase) else None


def widened_title(article: Article, name: str) -> str | None:
    """A source named by a bare title ("عضو", a member) with the body the article gives after it: "عضو
    في المجلس المحلي" (a member of the local council): the definite words after "في" or "من", up to
    the first that is not ("لفرانس برس": to whom he spoke)."""
    analysed_name = analyse(name)
    if len(name.split()) != 1 or not analysed_name or analysed_name[0].sense is None:
        return None
    if analysed_name[0].sense.kind != "title":
        return None
    words = article.text.split()
    for i, word in enumerate(words[:-2]):
        if clean(word) != name or fold(words[i + 1]) not in TITLE_BODY_PREPOSITIONS:
            continue
        body: list[str] = []
        for w in words[i + 2 : i + 5]:
            if not fold(clean(w)).startswith(ARTICLE):
                break
            body.append(clean(w))
            if clean(w) != w:
                break  # a comma or a stop ends the body
        phrase = " ".join([name, words[i + 1], *body])
        if body and article.locate(phrase):
            return phrase
    return None


_WIDENED_HEADS = ("title", "institution")
_MOST_WIDENED = 7  # words after the head: "مساعد الناطق باسم وزارة الداخلية الأفغانية"


def widened_construct(article: Article, name: str) -> str | None:
    """A source named by the bare head of a construct ("جهاز", a service; "مساعد", an assistant) with the
    definite words the article writes after it ("جهاز الإسعاف والطوارئ الليبي"): the longest run the
    lexicon reads as one noun phrase of the body, up to a preposition, a time word or a stop."""
    bare = analyse(name)
    if len(name.split()) != 1 or len(bare) != 1 or bare[0].sense is None or bare[0].definite:
        return None
    if bare[0].sense.kind not in _WIDENED_HEADS or bare[0].sense.pos != "noun":
        return None
    words = article.text.split()
    for i, word in enumerate(words[:-1]):
        if clean(word) != name or not fold(clean(words[i + 1])).removeprefix(WAW).startswith(ARTICLE):
            continue
        best = None
        for k in range(1, _MOST_WIDENED + 1):
            run = words[i : i + 1 + k]
            found = analysed(" ".join(clean(w) for w in run))
            if isinstance(found, str) or any(_ends_a_body(w) for w in found[1:]) or _a_new_phrase(found):
                break
            if found[-1].definite or found[-1].name is not None:
                best = " ".join(clean(w) for w in run)  # "وزارة" waits for its "الداخلية"
            if clean(run[-1]) != run[-1]:
                break  # a comma or a stop ends the name
        if best and article.locate(best):
            return best
    return None


def _a_new_phrase(words: list) -> bool:
    """An indefinite noun after an adjective opens another phrase ("الليبي إصابة مواطن": what it announced)."""
    return any(
        not b.definite and b.name is None and a.sense is not None and a.sense.pos == "adj"
        for a, b in itertools.pairwise(words)
    )


def _ends_a_body(word) -> bool:
    """A word no body's name runs on to: a preposition ("لفرانس برس", to whom he spoke), a time."""
    return word.sense is not None and (word.sense.pos in ("prep", "verb") or word.sense.kind == "time")


def titled_office(article: Article, name: str) -> str | None:
    """A source named by its office after a glued preposition ("بمديرية الدفاع المدني") with the title
    the article puts right before it ("متحدث اعلامي بمديرية الدفاع المدني"): the person who spoke."""
    first = fold(clean(name.split()[0])) if name.split() else ""
    if first[:1] not in (BEH, LAM) or (span := article.locate(name)) is None:
        return None
    before = article.text[max(0, span.start - 40) : span.start].split()
    for width in (2, 1):
        title = " ".join(clean(w) for w in before[-width:])
        found = analysed(title)
        if len(before) >= width and not isinstance(found, str) and found and found[0].sense is not None:
            if found[0].sense.kind == "title" and all(w.sense is not None for w in found):
                phrase = f"{title} {name}"
                return phrase if article.locate(phrase) else None
    return None


def generic_attacker(phrase: str) -> bool:
    """The perpetrator is named only by what the attackers are ("مسلحون", gunmen): not identified; gunmen of
    a group the lexicon knows are that group's ("مسلحو داعش", "Boko Haram gunmen")."""
    nouns = [fold(clean(w)) for w in phrase.split()]
    if not nouns or not nouns[0].removeprefix(WAW).removeprefix(ARTICLE).startswith(ATTACKER_NOUNS):
        return False  # "مسلحون", and "المهاجمين" (the attackers) too
    return not any(s.kind == "armed_group" for s in senses_in(phrase)) and _english_armed_group(phrase) is None


def attackers_of_a_group(sentences: list[Span]) -> str | None:
    """Attackers the lead names as a known group's ("مسلحين من جماعة "بوكو حرام""): the phrase as written,
    up to the group's name; None when no attacker noun is followed by "من" and an armed group."""
    for sentence in sentences[:2]:
        words = sentence.quote.split()
        for i, word in enumerate(words[:-2]):
            noun = fold(clean(word)).removeprefix(WAW).removeprefix(ARTICLE)
            if not noun.startswith(ATTACKER_NOUNS) or fold(clean(words[i + 1])) not in TITLE_BODY_PREPOSITIONS:
                continue
            for width in (4, 3, 2, 1):
                group = " ".join(clean(w).strip('"«»“”') for w in words[i + 2 : i + 2 + width])
                found = analysed(group)
                kinds = [w.sense.kind if w.sense else None for w in found] if not isinstance(found, str) else []
                if kinds and "armed_group" in kinds and all(k in ("force", "armed_group") for k in kinds):
                    phrase = " ".join(words[i : i + 2 + width]).rstrip("،,.")
                    return clean(phrase.replace('"', "")) if phrase in sentence.quote else None
    return None


_FOLLOWER_REACH = 8  # words from the attacker's noun to "من أنصار" ("منفذ الهجوم الذي قتل من أنصار")


def attacker_follows(article: Article, sentences: list[Span]) -> str | None:
    """The group the attacker followed, as the article writes it ("منفذ الهجوم الذي قتل من أنصار تنظيم
    "داعش"" -> 'أنصار تنظيم "داعش"', "the attacker was a supporter of Islamic State"): the followers of
    an armed group the lexicon knows."""
    for sentence in sentences:
        words = sentence.quote.split()
        folded = [fold(clean(w)).removeprefix(WAW).removeprefix(ARTICLE).lower() for w in words]
        for i, noun in enumerate(folded):
            if not noun.startswith(ATTACK_DOERS):
                continue
            text = " ".join(folded[i + 1 : i + 1 + _FOLLOWER_REACH + 3])
            for marker in FOLLOWER_OF:
                at = f" {text} ".find(f" {marker} ")
                if at < 0:
                    continue
                start = i + 1 + text[:at].count(" ") + marker.count(" ")  # from the followers' noun
                if marker.isascii():
                    start += 1  # "a supporter of Islamic State": the group, as English names it
                if phrase := _followed_group(article, words[start : start + 5]):
                    return phrase
    return None


def _followed_group(article: Article, words: list[str]) -> str | None:
    """The followers' noun and the armed group after it ('أنصار تنظيم "داعش"'), as written; None unless a
    group the lexicon knows ends it."""
    for width in (5, 4, 3, 2, 1):
        phrase = " ".join(words[:width]).rstrip("،,.")
        if phrase.isascii():
            senses = ENGLISH_LEXICON.get(clean(phrase).lower().removeprefix("the "), ())
            if any(s.kind == "armed_group" for s in senses) and (span := article.locate(clean(phrase))):
                return span.quote
            continue
        found = analysed(clean(phrase.replace('"', " ")))
        if isinstance(found, str) or not found or found[-1].sense is None:
            continue
        if found[-1].sense.kind == "armed_group" and (
            span := article.locate(phrase) or article.locate(phrase.strip('"«»“”'))
        ):
            closing = article.text[span.end : span.end + 1]
            return span.quote + closing if span.quote.count('"') % 2 and closing == '"' else span.quote
    return None


def unknown_actor(article: Article) -> str | None:
    """A phrase like "طائرات مسيرة مجهولة" / "unknown gunmen": the article says who is unknown."""
    words = article.text.split()
    for i, word in enumerate(words):
        if any(stem in fold(word) for stem in UNKNOWN_STEMS):
            window = words[max(0, i - 2) : i + 1]
            if any(fold(clean(w)) in DESTINATION_WORDS for w in window):
                continue  # "إلى جهة مجهولة": where someone was taken, not who attacked
            # from the first word that names an attacker: "أقدم مسلحون مجهولون" is "مسلحون مجهولون"
            first = next((k for k, w in enumerate(window) if any(h in fold(w) for h in ATTACKER_HINTS)), None)
            phrase = " ".join(clean(w) for w in window[first:]) if first is not None else ""
            if phrase and article.locate(phrase):
                return phrase
    return None


def casualty_clause(article: Article, sentences: list[Span], kind: str) -> str | None:
    """The clause of the lead that reports killed or injured people, preferring one with a number.

    Clauses end at punctuation and where "and" starts another count ("قتل خمسة مدنيين | وأصيب 18
    آخرون"); a long one is cut to the words around its casualty word."""
    stems = KILLED_WORDS if kind == "killed" else INJURED_WORDS
    found: list[str] = []
    for sentence in sentences:
        if superseded_toll(sentence.quote):
            continue  # "Police initially reported 10 deaths but later revised the toll": not the toll now
        for words in (c.split() for c in casualty_clauses(sentence.quote)):
            hits = [
                i
                for i, w in enumerate(words)
                if bare(fold(w)).startswith(stems)
                and fold(clean(w)) not in CASUALTY_NAME_TRAPS  # "توفيق" (Tawfiq) is no "توفي" (died)
                # "متأثراً بجراح خطيرة أصيب بها": the dead man's wounds, no count of injured
                and not any(fold(w) in OF_WOUNDS for w in words[max(0, i - 3) : i])
                and not (kind == "injured" and _a_thing_after(words, i))
            ]
            if not hits or any(fold(clean(w)).lower() in NO_TOLL for w in words[max(0, hits[0] - 4) : hits[0]]):
                continue  # "No officers were hurt", "ما إذا كان هناك قتلى": no toll
            if says_no_one_hurt(" ".join(words[max(0, hits[0] - 6) : hits[0] + 1])):
                continue  # "لم يسفر عن وقوع أي إصابات", "بدون وقوع أي إصابات": no one hurt
            if (
                kind == "killed"
                and bare(fold(clean(words[hits[0]]))) in VICTIM_NOUNS
                and mentions(" ".join(words[hits[0] :]), INJURED_WORDS)
            ):
                continue  # "وقدر عدد الضحايا بحوالي 50 مصابا": the victims were injured, none said dead
            start = _with_subject(words, max(0, hits[0] - 3))
            clause = " ".join(words[start : hits[0] + 6]).strip(' ."«»')
            if len(clause) > 4 and article.locate(clause):
                found.append(clause)
    with_number = [c for c in found if counts_in(c)]
    return (with_number or found or [None])[0]


_THING_KINDS = ("target", "place_word", "weapon")


def _a_thing_after(words: list[str], i: int) -> bool:
    """The word after an injury word, or its subject right before it, is a thing, not people: "إصابة
    المستشفى في الغارة", "أن السيارة أصيبت بشكل مباشر" say the hospital or the car was hit, no one hurt."""
    if words[i].isascii():
        return False
    return any(_a_thing(words[j]) for j in (i - 1, i + 1) if 0 <= j < len(words))


def _a_thing(word: str) -> bool:
    found = analysed(clean(word))
    return (
        not isinstance(found, str)
        and bool(found)
        and found[0].sense is not None
        and found[0].sense.kind in _THING_KINDS
    )


def _with_subject(words: list[str], start: int) -> int:
    """An English clause cut at its auxiliary ("has been found dead") goes back to its subject, the
    nearest capitalised determiner before it ("A Chinese boy trapped down a well has been found
    dead"): who was killed is part of the count (one boy)."""
    if start >= len(words) or words[start].lower() not in ENGLISH_AUXILIARIES:
        return start
    for j in range(start - 1, max(-1, start - 11), -1):
        if words[j] in ("A", "An", "The"):
            return j
    return start


def as_of(before: str) -> bool:
    """A word of "as of" among the last three words of ``before`` ("حتى مساء أمس", "as of Monday"), also
    glued to a quote before it ("مضيفاً:”حتى")."""
    words = [fold(w).lower() for w in re.findall(r"\w+", before)[-3:]]
    return any(w in AS_OF_WORDS for w in [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))])


def with_its_day(article: Article, time: str) -> str:
    """An English part of the day widened to the relative day the article says before it ("morning" of
    "killed this morning" -> "this morning", "early last night"): a bare "morning" says no day."""
    span = article.locate(time)
    if span is None or fold(time).strip().lower() not in PARTS_OF_DAY or not time.isascii():
        return time
    relatives = "|".join(PART_OF_DAY_RELATIVES)
    before = article.text[max(0, span.start - 30) : span.start]
    m = re.search(rf"\b(?:(?:early|late)\s+)?(?:{relatives})\s+$", before, re.I)
    return article.text[span.start - len(m.group()) : span.end] if m else time


def time_phrase(article: Article, sentences: list[Span], pluperfect: bool = False) -> str | None:
    """A weekday with the part-of-day and relative words before it ("مساء اليوم الثلاثاء"), else a span
    of days ("في نهاية الأسبوع"); a weekday in the pluperfect only when ``pluperfect`` (the incident's own
    story told after a lead on what followed). A weekday followed by "أن" is the day it was said ("أعلنت
    مصادر، الاثنين، أن ...", "police said Wednesday"): taken only when the sentences give no other time."""
    said_on = None  # the day it was said: when the sentences give no other, the best there is
    for k, sentence in enumerate(sentences):
        if k and not pluperfect and background(sentence.quote, pluperfect=False):
            continue  # "تجدد التوتر قبل خمسة أيام ... ليلة الإثنين الماضي": an earlier event's day (not the lead's)
        words = [clean(w) for w in sentence.quote.split()]
        for i, word in enumerate(words):
            folded = fold(word)
            if folded in WEEKDAYS or folded[1:] in WEEKDAYS:
                if _said_day(words, i):
                    said_on = said_on or (word if article.locate(word) else None)
                    continue
                if not pluperfect and _pluperfect(words[max(0, i - 9) : i]):
                    continue  # "وكان قد أصدر بيانا الثلاثاء": what had happened before
                if as_of(" ".join(words[max(0, i - 3) : i])):
                    continue  # "حتى مساء أمس الجمعة": the time a count was made, not the event's
                start = i
                while start > 0 and fold(words[start - 1]) in TIME_WORDS and i - start < 2:
                    start -= 1
                if start > 0 and fold(words[start - 1]) == AFTER_WORD and fold(words[start]) in AFTER_PART_OF_DAY:
                    start -= 1  # "بعد ظهر الخميس": the afternoon
                end = i + 1
                if end < len(words) and fold(words[end]) in PARTS_OF_DAY:
                    end += 1  # "on Tuesday evening"
                phrase = " ".join(words[start:end])
                if article.locate(phrase):
                    return phrase
        if phrase := _period(article, sentence):
            return phrase
    return said_on


def occurred_time(article: Article, sentences: list[Span]) -> str | None:
    """The time of the first sentence that says when the incident happened ("ووقعت التفجيرات في منطقة
    دامبوا ... السبت", "The blasts took place on Saturday"), past a lead dated by a report."""
    for sentence in sentences:
        if tells_occurrence(sentence.quote) and (phrase := time_phrase(article, [sentence])):
            return phrase
    return None


def _names_the_incident(word: str) -> bool:
    """ "الحادث", "the crash": a word for the incident (its class's keyword, or a word pointing back to it)."""
    return word in _INCIDENT_WORDS or tells_an_event(word)


_INCIDENT_WORDS = frozenset((*(fold(w) for w in INCIDENT_ANAPHORS), "incident", "accident", "attack", "crash"))


_SUFFERED_REACH = 3  # words from "تعرض" to the incident it names ("تعرض الجنود للهجوم")


def _suffered_the_incident(words: list[str], i: int) -> bool:
    """Folded words: a verb of undergoing at ``i`` and the incident after it with its "لـ" ("للهجوم")
    or as an English object ("came under attack")."""
    pair = " ".join(words[i : i + 2])
    if pair in UNDERGONE_VERBS:
        return any(_an_attack_word(w) for w in words[i + 2 : i + 2 + _SUFFERED_REACH])
    if words[i].removeprefix(WAW) not in UNDERGONE_VERBS:
        return False
    after = words[i + 1 : i + 1 + _SUFFERED_REACH]
    # "للهجوم" is "to the attack", "لهجوم" "to an attack"; "لإصابات" (to injuries) names no incident
    objects = [ARTICLE + w[2:] if w.startswith(LAM + LAM) else w[1:] for w in after if w.startswith(LAM)]
    return any(_an_attack_word(w) for w in objects)


def _an_attack_word(word: str) -> bool:
    """A word for the incident itself (a class's keyword or "الحادث"), not a casualty word."""
    return word in _INCIDENT_WORDS or classify([word])[1] is not None


def tells_occurrence(sentence: str, relative: bool = False) -> bool:
    """The sentence says where or when the incident itself happened: a verb of occurring whose subject
    names it again with its article ("ووقعت التفجيرات ...", "The blasts took place ..."); with
    ``relative``, also one in a relative clause after such a name ("أسباب الحادث، الذي وقع ... قرب بلدة")."""
    words = [fold(clean(w)).lower() for w in sentence.split()]
    for i, word in enumerate(words[:-1]):
        if _suffered_the_incident(words, i):
            return True  # "وتعرض الجنود للهجوم يوم الاثنين": when the soldiers came under the attack
        verb = word if word.isascii() or word in OCCURRED_VERBS else word.removeprefix(WAW)  # "وقع" keeps its waw
        if verb not in OCCURRED_VERBS and " ".join(words[i : i + 2]) not in OCCURRED_VERBS:
            continue
        # the incident itself, named again with its article ("التفجيرات", "the blasts"), as the subject
        subject = words[i + 1] if not word.isascii() else (words[i - 1] if i else "")
        if (subject.startswith(ARTICLE) or (i > 1 and words[i - 2] == "the")) and _names_the_incident(subject):
            return True
        if relative and i > 1 and words[i - 1] in (*RELATIVES, "which") and _names_the_incident(words[i - 2]):
            return True
    return False


def said_on(article: Article, phrase: str) -> bool:
    """The time span is the day something was said ("police said Wednesday"), not when it happened."""
    span = article.locate(phrase)
    if span is not None and dated_by_main_clause(article, span):
        return True  # "أعلنت الجماعة، مساء الأربعاء، مسؤوليتها عن استهداف ...": the claim's day
    if span is None or len(phrase.split()) > 2:
        return False
    before = article.text[max(0, span.start - 60) : span.start].split()[-4:]
    after = [w for w in (clean(w) for w in article.text[span.end : span.end + 20].split()[:2]) if w][:1]
    words = [clean(w) for w in [*before, phrase.split()[-1], *after]]  # "الأربعاء، إن": past the comma
    wider = article.text[max(0, span.start - 120) : span.start].split()[-_ATTRIBUTION_REACH:]
    return _said_day(words, len(before)) or _closing_attribution(wider)


_ARREST_REACH = 8  # words of a sentence that opens on an arrest, its time among them


def arrested_on(article: Article, phrase: str) -> bool:
    """The time dates an arrest the sentence opens on ("ألقت الشرطة الهولندية، مساء الاثنين، القبض على المشتبه
    بتنفيذه إطلاق النار"): the incident was on or before it."""
    span = article.locate(phrase)
    if span is None:
        return False
    sentence = article.sentence_around(span)
    opening = " ".join(sentence.quote.split()[:_ARREST_REACH])
    if span.start - sentence.start > len(opening):
        return False
    folded = fold(opening).lower()
    stems = [*ARREST["ar"], *ARREST["en_active"]]
    return any(fold(stem).lower() in folded for stem in stems)


def _pluperfect(words: list[str]) -> bool:
    """ "كان ... قد" among the words: the pluperfect, what had happened before the incident."""
    folded = [fold(w) for w in words]
    at = next((k for k, w in enumerate(folded) if w in PLUPERFECT_OPENERS), None)
    return at is not None and PLUPERFECT_PARTICLE in folded[at + 1 :]


def _said_day(words: list[str], i: int) -> bool:
    """The weekday at ``i`` dates a saying: "أن" after it ("أعلنت، الاثنين، أن"), or a speech verb before
    it ("police said Wednesday", "said on Monday")."""
    nxt = fold(words[i + 1]).lower() if i + 1 < len(words) else ""
    if nxt in SAID_DAY_FOLLOWERS or nxt in TOLL_RISE or (nxt.isascii() and nxt in CLAIM_VERBS):
        # "أعلنت، الأربعاء، ارتفاع عدد القتلى", "The group on Thursday claimed ...": the day of the report
        return True
    if _reported_day(words[max(0, i - 4) : i]):
        return True
    before = [fold(w) for w in words[max(0, i - 2) : i]]
    if before and before[-1] == "on":
        before = before[:-1]
    if bool(before) and (before[-1] in SPEECH_VERBS or before[-1] in REPORT_VERBS or before[-1] in _REPORT_FORMS):
        return True  # "police said Wednesday", "APA can report on Friday"
    # "حسب ما أعلنته وزارة الصحة اليوم السبت": a speech verb a few words before, its speaker between
    # (no "أن"/"that": the day is then the reported clause's own)
    near = [fold(w) for w in words[max(0, i - 5) : i]]
    spoke = next((k for k, w in enumerate(near) if _is_speech(w)), None)
    return (
        spoke is not None
        and not any(w in SAID_DAY_FOLLOWERS for w in near[spoke:])
        and not any(clean(w) != w for w in words[max(0, i - 5) + spoke : i])
    )


_ATTRIBUTION_REACH = 10  # words back from a day to the "حسبما كشف" whose clause it closes


def _closing_attribution(words: list[str]) -> bool:
    """The day closes an attribution clause ("..., حسبما كشف الرئيس التشادي، إدريس ديبي، في وقت متأخر يوم
    الثلاثاء"): "as" and a speech verb before it, the speaker between, and no incident word after them."""
    folded = [fold(clean(w)) for w in words]
    for k in range(len(folded) - 1):
        if folded[k].removeprefix(WAW) in AS_PARTICLES and _is_speech(folded[k + 1]):
            rest = " ".join(folded[k + 2 :])
            return not tells_an_event(rest) and not any(w in SAID_DAY_FOLLOWERS for w in folded[k + 2 :])
    return False


def _is_speech(folded: str) -> bool:
    """A speech verb, with an object pronoun too ("أعلنته": which it announced)."""
    verbs = (*SPEECH_VERBS, *REPORT_VERBS)
    return folded in verbs or any(folded.removesuffix(p) in verbs for p in OBJECT_PRONOUNS)


_REPORT_FORMS = ("report", "reports")


def _reported_day(before: list[str]) -> bool:
    """The words before a day say what was reported that day: a toll raised to a figure ("rose to 100
    on Tuesday", "إلى 276 قتيلا يوم الاثنين") or a claim ("claimed responsibility on Thursday")."""
    folded = [fold(clean(w)) for w in before]
    raised = any(w in TOLL_RISE_TO for w in folded) and any(numbers_in(w) for w in before)
    near = [w for w in folded if w != "on"][-1:]  # "claimed responsibility on Thursday", not "claimed the
    claimed = any(any(w.startswith(c) for c in CLAIM_WORDS) for w in near)  # attack that happened Friday"
    return raised or claimed


def _period(article: Article, sentence: Span) -> str | None:
    """A span of days the sentence names, with the preposition before it ("في نهاية الأسبوع")."""
    for key in sorted(PERIODS, key=len, reverse=True):
        if (span := find_term(sentence, key)) is None:
            continue
        before = sentence.quote[: span.start - sentence.start].split()[-1:]
        if before and fold(before[0]) in PERIOD_PREPOSITIONS:
            span = article.locate(f"{before[0]} {span.quote}") or span
        return span.quote
    return None


QUOTE_OPENERS = "\"«“'"
QUOTE_CLOSERS = "\"»”'"


def _ends_a_name(word: str, rest: list[str] | None = None) -> bool:
    """A word that cannot go on a speaker's name: an opening quote mark (what was said begins) or what
    happened ("وأكد حاكم منطقة زاول محمد سعيد سرواري الهجوم": he confirmed the attack). A quote that
    closes within three words (``rest``: the words after) is a name ('الرسمية "سبأ"')."""
    if word[:1] in QUOTE_OPENERS:
        return not any(w.rstrip("،,.;:")[-1:] in QUOTE_CLOSERS for w in [word, *(rest or [])[:2]])
    folded = bare(fold(clean(word)))
    if folded in CLAIM_WORDS or fold(clean(word)) in CLAIM_WORDS:
        return True  # "أعلنت طالبان تبنيها"
    if _a_day_word(word):
        return True  # "وزير الداخلية محمد الغبان أمس تقديم استقالته": the name ends before when
    folded_word = fold(clean(word))
    glued = folded_word[:1] in (BEH, WAW) and folded_word[1:] in COMPLEMENTIZERS  # "بأن", "وأن"
    if not word.isascii() and (folded_word in COMPLEMENTIZERS or glued):
        return True  # "... اندبندنت عربية بأن": what the source said begins
    if fold(clean(word)) in DESCRIPTION_OPENERS:
        return True  # "... حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة": a description, not the name
    if not word.isascii() and folded_word[:1] == LAM and folded_word[1:] in OUTLET_WORDS:
        return True  # "مديرية صحة دهوك لشبكة رووداو": the outlet it spoke to, not its name
    if not word.isascii() and _told_outlet(folded_word, rest or []):
        return True  # "مصدر طبي للجزيرة": told Al Jazeera, not part of who
    said_in = {f for w in (rest or [])[:2] for f in (fold(clean(w)), bare(fold(clean(w))))}
    if fold(clean(word)) in SAID_IN and said_in & DOCUMENTS:
        return True  # "... التابع لوزارة الصحة في بيان": where it said it, not its name
    if folded.startswith((*KILLED_WORDS, *INJURED_WORDS)):
        return True  # "... فرهد وقوع إصابات", "... مصادر أمنية مقتل عشرات"
    if not word.isascii() and fold(clean(word)) in DOCUMENTS:
        return True  # "نقلت وكالة سبوتنيك الروسية بيان وزارة الدفاع": what it relayed, past its name
    if not word.isascii() and folded_word[:1] == BEH and rest and counts_in(clean(rest[0])):
        return True  # "أفاد المرصد السوري بسقوط 26 مقاتلا": "ب" and a count, what the source reported
    if not word.isascii() and _an_imperfect_verb(folded_word):
        return True  # "موقع إلكتروني يتناول ...": what the source does, past its name
    found = analysed(clean(word))
    if not isinstance(found, str) and len(found) == 1 and found[0].sense is not None and found[0].sense.pos == "verb":
        return True  # "بعثة إنسانية شاركت في عملية التسليم": what the source did, past its name
    return not isinstance(found, str) and any(
        w.sense is not None and w.sense.kind in _EVENT_KINDS and w.definite for w in found
    )


def a_place_word_alone(word: str) -> bool:
    """A place word ("بمحافظة", "مدينة"), a clitic preposition aside, with no name after it."""
    key = fold(clean(word))
    return any(key.removeprefix(p) in PLACE_DESCRIPTORS_SET for p in ("", BEH, LAM, WAW, WAW + BEH))


_UNDERTAKER_WORDS = 5  # words of who undertook an act ("ميليشيات الحوثي الإيرانية")


def undertaker(article: Article, sentences: list[Span]) -> str | None:
    """Who a lead says undertook the act ("إقدام ميليشيات الحوثي الإيرانية على اختطاف ...", "قيام مسلحين
    باختطاف ..."): an actor, force or armed group the lexicon reads, as written."""
    for sentence in sentences[:2]:
        words = sentence.quote.split()
        for i, word in enumerate(words):
            link = UNDERTAKING.get(fold(clean(word)).removeprefix(WAW))
            if link is None:
                continue
            for k in range(i + 2, min(i + 2 + _UNDERTAKER_WORDS, len(words))):
                act = fold(clean(words[k]))
                after = act if link != BEH else (act[1:] if act.startswith(BEH) else "")
                if link != BEH and act == link and k + 1 < len(words):
                    after = fold(clean(words[k + 1]))
                if (after and a_strike_noun(after)) or (after and classify([after])[1] is not None):
                    if k + 2 < len(words) and generic_attacker(words[k + 2] if after != act else words[k + 1]):
                        return None  # "نجحت القوات في قتل المسلح": the attacker killed, not the attack
                    between = [clean(w) for w in words[i + 1 : k]]
                    cut = next((n for n, w in enumerate(between) if n and fold(w) in WHEN_OPENERS), len(between))
                    phrase = without_time_tail(" ".join(between[:cut]))  # "قوات التحالف قبل أيام": who, not when
                    return phrase if _an_actor(phrase) and article.locate(phrase) else None
    return None


def _an_actor(phrase: str) -> bool:
    found = analysed(phrase)
    return (
        not isinstance(found, str)
        and bool(found)
        and found[0].sense is not None
        and found[0].sense.kind in ("actor", "force", "armed_group")
    )


def _and_a_verb(word: str) -> bool:
    """ "وباتت": "و" and a past-tense verb the lexicon does not know, opening another clause ("مطار
    الحديدة وباتت المدينة في مرمى النيران": the airport, not "the airport and the city became")."""
    key = fold(clean(word))
    if not key.startswith(WAW) or key[1:] in GIVEN_NAMES or not FEMININE_PAST_SHAPE.match(key[1:]):
        return False
    return a_past_verb(key[1:])


def _a_common_noun(word: str) -> bool:
    """An indefinite word the lexicon knows only as a common noun (no name, no place word)."""
    if fold(word).startswith(ARTICLE):
        return False
    sense = sole_sense(word)
    return sense is not None and sense.pos == "noun" and sense.kind not in ("place_word", "name")


def _a_relative_clause_verb(folded_word: str, after: list[str]) -> bool:
    """A present-tense verb followed by a preposition that points back to the noun before it ("ينشط فيها")."""
    return bool(after) and IMPERFECT_SHAPE.match(folded_word) is not None and fold(clean(after[0])) in RESUMPTIVES


def _an_imperfect_verb(folded_word: str) -> bool:
    """A word shaped like a present-tense verb ("يتناول", "تقول") the lexicon does not know as a noun and
    no given name ("يوسف", "يحيى") or place shares."""
    if len(folded_word) < 5 or folded_word in GIVEN_NAMES:
        return False
    found = analysed(folded_word)
    if not isinstance(found, str):
        return any(w.sense is not None and w.sense.pos == "verb" for w in found)
    return bool(IMPERFECT_SHAPE.match(folded_word)) and lookup(folded_word) is None


def _told_outlet(folded_word: str, rest: list[str]) -> bool:
    """ "للجزيرة", "لـعنب بلدي": "لـ" and an outlet's bare name (one or two words)."""
    if folded_word[:1] != LAM:
        return False
    name = folded_word[1:].lstrip(TATWEEL)
    name = ARTICLE + name[1:] if name.startswith(LAM) else name  # "للجزيرة" = "ل" + "الجزيرة"
    two = f"{name} {fold(clean(rest[0]))}" if rest else name
    return name in OUTLET_NAMES or two in OUTLET_NAMES


def _compound(word: str, nxt: str) -> bool:
    """The two words are one lexicon entry ("فريق الإنقاذ" = the rescue team, "الصليب الأحمر"), not a
    person's name read whole."""
    found = analysed(f"{clean(word)} {clean(nxt)}")
    return not isinstance(found, str) and len(found) == 1 and found[0].sense is not None


_TOLD_TO = (LAM + TATWEEL, LAM)


def before_another_source(name: str) -> str:
    """A source's words up to a word that attributes to another ("مصدر عسكري يمني وفقا لقناة العربية"):
    the source, not the outlet it spoke through."""
    words = name.split()
    cut = next((i for i, w in enumerate(words[1:], 1) if fold(clean(w)).lower() in BEFORE_SOURCE), len(words))
    return " ".join(words[:cut])


def before_when_spoken(name: str) -> str:
    """An Arabic source's name without the words after it of when it spoke ("مسؤولين صوماليين عقب الحادث"
    -> "مسؤولين صوماليين")."""
    words = name.split()
    after = next((k for k, w in enumerate(words) if k and fold(clean(w)) in SPOKE_AFTER), None)
    return " ".join(words[:after]) if after is not None and not name.isascii() else name


_QUANTIFIERS = frozenset(("all", "both", "some", "many", "several", "others", "everyone", "most"))


def _an_english_past_after_its_subject(words: list[str], k: int) -> bool:
    """A past in -ed between a plural subject and its object ("the rebels used civilians as human shields"):
    a clause; not a participle with its agent ("witnesses cited by Reuters")."""
    w = words[k]
    return (
        0 < k < len(words) - 1
        and w.islower()
        and w.endswith("ed")
        and len(w) > 3
        and words[k - 1].islower()
        and words[k - 1].endswith("s")
        and words[k + 1].islower()
        and words[k + 1] != "by"
    )


def source_name(name: str) -> str:
    """A speaker's name as far as it goes: cut before a quote or what happened (see ``_ends_a_name``);
    an outlet told to ('لـ«الشرق الأوسط»') without its "to", its quote marks both kept or both dropped."""
    name = before_another_source(without_told_to(name))
    words = name.split()
    if len(words) > 1 and name.isascii() and words[0].islower() and words[0].endswith("ly"):
        words = words[1:]  # "said indignantly a survivor": how he said it, then who
    words = before_when_spoken(" ".join(words)).split()
    words = _past_the_day(words)  # "الجمعة رامي عبد الرحمن": when he spoke, then who
    if len(words) > 1 and fold(clean(words[0])) in DOCUMENTS and names_people(clean(" ".join(words[1:3]))):
        words = words[1:]  # "تصريحات وزير الصحة": the minister, whose statements they are
    if len(words) > 1 and fold(clean(words[0])) in VERB_OBJECT_PRONOUNS:
        words = words[1:]  # "به مصادر أمنية" of "أفادت به مصادر أمنية": the sources
    ends = (
        i
        for i, w in enumerate(words[1:], start=1)
        if fold(clean(w)) in COMPLEMENTIZERS  # "مسؤول أمني أفغاني أنهم عثروا": what he said follows
        or (_ends_a_name(w, words[i + 1 : i + 3]) and not _of_an_outlet(words, i))
        or _after_a_name(words, i)
        or _act_after_a_name(words, i)
        or _object_after_a_definite(words, i)
    )
    cut = next(ends, len(words))
    if 1 < cut < len(words) and fold(clean(words[cut - 1])) in NEGATIONS:
        cut -= 1  # "مصدر لم يكشف عن اسمه": the source (an unnamed one), not "مصدر لم"
    cut = _before_english_time(words, cut)  # "The Associated Press last month": who, not when
    while cut > 1 and words[cut - 1].isascii() and words[cut - 1].lower() in _DANGLING_EN:
        cut -= 1  # "Rabbi Jonathan Blake of the Westchester Reform Temple in": the name, not "in"
    while cut > 1 and not words[cut - 1].isascii() and _a_trailing_preposition(words[cut - 1]):
        cut -= 1  # "جماعة ... التابعة لتنظيم القاعدة في": the name, not "في"
    return speaker_only(" ".join(words[:cut]))


_EN_TIME_UNITS = frozenset(("month", "week", "year", "weekend", "night", "spring", "summer", "autumn", "winter"))


def _before_english_time(words: list[str], cut: int) -> int:
    """Where an English name ends before a time said after it ("last month", "on Tuesday", "yesterday")."""
    last = [clean(w).lower() for w in words[:cut]]
    if cut > 2 and last[-2] in ("last", "this", "on") and (last[-1] in _EN_TIME_UNITS or last[-1] in WEEKDAYS):
        return cut - 2
    if cut > 1 and words[cut - 1].isascii() and (last[-1] in ("yesterday", "today") or last[-1] in WEEKDAYS):
        return cut - 1
    return cut


def without_english_time(name: str) -> str:
    """An English source's name without a time said after it ("The Associated Press last month")."""
    words = name.split()
    return " ".join(words[: _before_english_time(words, len(words))]) if name.isascii() else name


def _of_an_outlet(words: list[str], i: int) -> bool:
    """The word belongs to an outlet, not to what ends a name: "ل" and an outlet after a correspondent is
    whom he works for ("مراسل لوكالة رويترز"), a day's word right after an outlet's word is its name ("صحيفة
    اليوم")."""
    folded, before = fold(clean(words[i])), fold(clean(words[i - 1]))
    if before in OUTLET_WORDS and _a_day_word(words[i]):
        return True
    sense = _sense_of(clean(words[i - 1]))
    return folded[:1] == LAM and folded[1:] in OUTLET_WORDS and sense is not None and sense.en in OUTLET_STAFF


_ANOTHER = re.compile(r"^(?:Another|A second|A third|One more)\s+(?=[a-z])")


def without_another(name: str) -> str:
    """An English source's name without the word that counts it among the speakers ("Another resident
    Umaru Bawa" is resident Umaru Bawa)."""
    return _ANOTHER.sub("", name)


def speaker_only(name: str) -> str:
    """A source's name without what follows the speaker: the outlet or the media he told, his English verb
    ("... ruled out sabotage"), the day he spoke."""
    name = without_another(without_english_verb(without_outlet_told(name)))
    words = name.split()
    if len(words) > 1 and fold(clean(words[0])) in VERB_OBJECT_PRONOUNS:
        name = " ".join(words[1:])  # "به القائد الإقليمي" of "وفق ما صرّح به القائد الإقليمي": the commander
    return without_media_told(without_spoken_day(name))


def without_media_told(name: str) -> str:
    """A speaker's name without the media he told ("الليوتنانت-كولونيل غيرى بيسانا لوسائل الاعلام")."""
    words = name.split()
    for i in range(1, len(words)):
        if any(bare(fold(clean(w))) in OUTLET_WORDS for w in words[:i]):
            return name  # "الوكالة الوطنية للإعلام": the agency's own name (Lebanon's NNA), not whom it told
        if any(fold(" ".join(words[i : i + n])).lower() in TOLD_MEDIA for n in (1, 2, 3)):
            return " ".join(words[:i])
    return name


def without_spoken_day(name: str) -> str:
    """A source's name without the day it spoke ("... وإدارة مدرسة يوم الثلاثاء", a dangling "يوم")."""
    words = name.split()
    if len(words) > 2 and fold(clean(words[-1])) in WEEKDAYS and fold(clean(words[-2])) in TOLL_UPDATE["on_day"]:
        words = words[:-1]  # "... وإدارة مدرسة يوم الثلاثاء": when they spoke, not who
    if len(words) > 1 and not words[-1].isascii() and fold(clean(words[-1])) in TOLL_UPDATE["on_day"]:
        words = words[:-1]  # "الشرطة النيجيرية وإدارة مدرسة يوم": no dangling "on"
    return " ".join(words)


_VERB_PARTICLES = frozenset(("out", "off", "up", "that", "the", "a", "an", "to", "it", "on"))


def without_outlet_told(name: str) -> str:
    """A source without the outlet it told ("مسؤولون محليون وكالة فرانس برس" -> "مسؤولون محليون")."""
    words = name.split()
    told = next((i for i in range(1, len(words)) if _outlet_told(words, i)), None)
    return name if told is None else " ".join(words[:told])


def _outlet_told(words: list[str], i: int) -> bool:
    """An outlet's word right after a sound plural in the nominative ("مسؤولون محليون وكالة ...") or a word
    with the article ("مصدر في وزارة الداخلية وكالة فرانس برس"): neither heads a construct, so the outlet is
    the verb's object (whom they told), not theirs."""
    word, before = fold(clean(words[i])), fold(clean(words[i - 1]))
    definite = i > 1 and before.startswith(ARTICLE) and not any(fold(clean(w)) in OUTLET_WORDS for w in words[:i])
    heads_none = before.endswith(_NOMINATIVE_PLURAL) or (definite and not word.startswith(LAM))
    return not words[i].isascii() and word in OUTLET_WORDS and heads_none


_NOMINATIVE_PLURAL = fold(WAW + NOON)


def without_english_verb(name: str) -> str:
    """An English source's name without the verb it runs on into ("A senior railway official ruled out
    sabotage" -> "A senior railway official")."""
    words = name.split()
    return name if (at := _english_verb_at(words)) is None else " ".join(words[:at])


def _english_verb_at(words: list[str]) -> int | None:
    """Where an English name runs on into its verb: a lower-case past in -ed after two words, then a
    particle or an object ("ruled out", "blamed the"); None when it does not."""
    for i in range(2, len(words) - 1):
        w, nxt = words[i], words[i + 1].lower()
        if w.isascii() and w.islower() and w.endswith("ed") and len(w) > 4 and nxt in _VERB_PARTICLES:
            return i
    return None


_DANGLING_EN = frozenset(("in", "of", "at", "on", "from", "the", "and", "to", "for", "with", "a", "an"))


def _object_after_a_definite(words: list[str], i: int) -> bool:
    """A noun right after a definite word or a country starts another phrase, since a definite word heads
    no construct ("أعلنت الحكومة حالة الطوارئ", "أعلنت كوبا الحداد": what was declared, not who): a word
    the lexicon knows only as a noun (no adjective agrees so), or a definite unknown word after a country."""
    before, word = fold(clean(words[i - 1])), fold(clean(words[i]))
    if word.isascii() or before.isascii() or word[:1] in (BEH, LAM, WAW):
        return False
    country = country_hit(before) is not None
    if not (before.startswith(ARTICLE) or country):
        return False
    senses = senses_in(word)
    listed = senses_in(" ".join(fold(clean(w)) for w in words[i : i + 2]))  # "فتح تحقيق": a listed phrase
    if _after_a_definite_adjective(before, word, [s for s in listed if " " in s.lemma] or senses):
        return True  # "السلطات الأردنية فتح تحقيق": an indefinite noun after "the Jordanian": what they opened
    if not senses:
        return country and word.startswith(ARTICLE) and isinstance(analysed(word), str)
    return all(s.pos == "noun" for s in senses) and not any(s.kind in _NAMED_BODY_KINDS for s in senses)


def _after_a_definite_adjective(before: str, word: str, senses: list) -> bool:
    """An indefinite common noun right after a definite adjective: no adjective agrees so, no construct
    follows an adjective; a given name may ("المتحدث الرسمي محمد ...")."""
    adjective = any(s.pos == "adj" for s in senses_in(before))
    common = any(s.pos == "noun" and s.kind not in _NAMED_BODY_KINDS for s in senses)
    return adjective and common and not word.startswith(ARTICLE) and word not in GIVEN_NAMES


_NAMED_BODY_KINDS = frozenset(("outlet", "institution", "force", "armed_group", "title", "actor"))


def _act_after_a_name(words: list[str], i: int) -> bool:
    """A verbal noun after a person's name ("وأعلن نتنياهو إنهاء جلسة": what he announced); after a common
    word it is part of a body's or a title's name ("حركة إنقاذ أزواد", "رئيس فريق الإنقاذ")."""
    word = clean(words[i])
    if word.isascii() or not verbal_noun_shape(word) or _names_someone(word):
        return False
    before = [fold(clean(w)) for w in words[max(0, i - 2) : i]]
    # a listed name ("نتنياهو"), or a listed given name and the word after it ("رامي عبده")
    return before[-1] in GIVEN_NAMES or (len(before) == 2 and before[0] in GIVEN_NAMES)


def without_told_to(name: str) -> str:
    """An outlet told to ('لـ«الشرق الأوسط»') without its "to", its quote marks both kept or both dropped."""
    for prefix in _TOLD_TO:
        if name.startswith(prefix) and name[len(prefix) : len(prefix) + 1] in QUOTE_OPENERS:
            name = name[len(prefix) :]
            break
    if name[:1] in QUOTE_OPENERS and name[-1:] not in QUOTE_CLOSERS and not any(c in name for c in QUOTE_CLOSERS):
        name = name[1:]
    return name


def speakers_name(name: str) -> str:
    """A rule-found speaker's phrase up to what he said or did after his name ("الرئيس التركي رجب طيب
    أردوغان حالة الطوارئ" -> the president) or a word of time; the name's own words are kept whole."""
    words = name.split()
    words = _past_the_day(words)
    cut = next(
        (
            i
            for i in range(1, len(words))
            if _after_a_name(words, i) or _a_day_word(words[i]) or _object_after_a_definite(words, i)
        ),
        None,
    )
    return " ".join(words[:cut] if cut else words)


def _past_the_day(words: list[str]) -> list[str]:
    """A speaker's words without the day words before them."""
    while len(words) > 1 and _a_day_word(words[0]):
        words = words[1:]
    return words


def _a_day_word(word: str) -> bool:
    """ "أمس", "مساء", "الأحد": a word of the day, which no name goes on past."""
    folded = fold(clean(word))
    return not word.isascii() and (folded in TIME_WORDS or folded in WEEKDAYS)


def _after_a_name(words: list[str], i: int) -> bool:
    """A common noun right after a title and a person's name is what he said or did, not his name
    ("وزير الصحة حسن التميمي استنفار مستشفيات بغداد": he announced the hospitals' mobilisation)."""
    if i < 2 or words[i].isascii() or not any(_a_title(w) for w in words[max(0, i - 5) : i - 1]):
        return False
    if i == len(words) - 1 and clean(words[i]) == words[i] and not fold(words[i]).startswith(ARTICLE):
        return False  # "رئيس الحكومة تمام سلام": an indefinite last word is the surname, no act said alone
    surname = clean(words[i - 1])  # the name's last word: a word the lexicon does not know, or a given name
    if not (isinstance(analysed(surname), str) or fold(surname) in GIVEN_NAMES or bare(fold(surname)) in GIVEN_NAMES):
        return False
    found = analysed(clean(words[i]))
    sense = found[0].sense if not isinstance(found, str) else None
    nxt = analysed(clean(words[i + 1])) if i + 1 < len(words) else "none"
    if clean(words[i]) == words[i] and not isinstance(nxt, str) and len(nxt) == 1 and nxt[0].sense is not None:
        adjective = nxt[0].sense.pos == "adj" and nxt[0].definite and not _compound(words[i], words[i + 1])
        noun = sense is None or (sense.pos == "noun" and sense.kind not in _NAMING_KINDS)
        noun = noun and not _compound(words[i - 1], words[i])  # not "الصليب الأحمر"'s second word
        if adjective and noun and fold(words[i]).startswith(ARTICLE):
            return True  # "... مصطفى الكاظمي الحداد الرسمي": a noun and its adjective (official mourning)
    # a noun, not an adjective that goes on the phrase ("الصليب الأحمر الإندونيسي")
    return sense is not None and sense.pos == "noun" and sense.kind not in _NAMING_KINDS


def _a_title(word: str) -> bool:
    found = analysed(clean(word))
    return not isinstance(found, str) and any(w.sense is not None and w.sense.kind == "title" for w in found)


def speaks_of_incident(article: Article, name: str) -> bool:
    """The sentence quoting ``name`` tells of an incident: a casualty word, what happened or a weapon
    ("الهجوم", "استهدفت", "the blast"); an observer's words on who rules a city do not."""
    at, said = 0, None
    while (span := article.locate(name, near=at)) is not None and span.start >= at:
        before = article.text[: span.start].split()[-1:]
        verb = fold(clean(before[0])) if before else ""
        after = article.text[span.end :].split()[:1]
        if verb in ATTRIBUTION or verb[1:] in ATTRIBUTION or (after and after[0].strip('.,;:"”') in ENGLISH_AFTER_NAME):
            said = span  # the mention right after "قال", "وأعلن", or before "says": where the words are
            break
        at = span.end
    said = said or article.locate(name)
    return said is not None and tells_of_incident(article.sentence_around(said).quote)


_REACTION_REACH = 3  # words between a name and its verb of reacting ("condemned", "on Friday vowed")


def reacted_only(article: Article, name: str) -> bool:
    """Every clause that names ``name`` tells only a reaction, no fact of the incident (no figure, no
    casualty word): one who condemned or vowed ("Prime Minister Shehbaz Sharif condemned the attack"),
    or a state leader whose words are on catching and punishing ("Chancellor Olaf Scholz said he "must
    be caught quickly and punished""). Such a speaker is no source of what happened."""
    at, seen = 0, False
    while (span := article.locate(name, near=at)) is not None and span.start >= at:
        seen, at = True, span.end
        clause = clause_around(article.sentence_around(span), span.start)
        if numbers_in(clause.quote) or mentions(clause.quote, (*KILLED_WORDS, *INJURED_WORDS)):
            return False
        before = article.text[max(clause.start, span.start - 60) : span.start].split()[-_REACTION_REACH:]
        after = article.text[span.end : clause.end].split()[:_REACTION_REACH]
        reacting = any(_a_reaction(w) for w in (*before[-1:], *after))
        if not reacting and not _a_leader(" ".join([*before, name])):
            return False
    return seen


def _a_reaction(word: str) -> bool:
    folded = fold(clean(word)).lower()
    return folded in REACTION_VERBS or folded.removeprefix(WAW) in REACTION_VERBS


def _a_leader(words: str) -> bool:
    """A state leader's title among the words ("Interior Minister Nancy Faeser", "Chancellor Olaf Scholz")."""
    folded = f" {fold(clean(words)).lower()} "
    return any(f" {t} " in folded for t in LEADER_TITLES)


def _quotes_after(words: list[str]) -> bool:
    """What a verb of quoting quotes follows: "عن" (from whom), "أن", a quote mark, a colon or a statement."""
    for word in words:
        if fold(clean(word)) in QUOTED_MARKERS or any(m in word for m in QUOTED_MARKERS if not m.isalpha()):
            return True
        if fold(clean(word)) in DOCUMENTS or bare(fold(clean(word))) in DOCUMENTS:
            return True  # "نقلت وكالة سبوتنيك بيان وزارة الدفاع": it relayed a statement
    return False


def sources_in(article: Article, limit: int = 3) -> list[tuple[str, str]]:
    """(name as written, kind) for the sources the article quotes: the words after a speech verb."""
    found: list[tuple[str, str]] = []
    words = article.text.split()
    aside = _anonymity_words(words)
    for i, word in enumerate(words):
        verb = fold(clean(word))
        if i in aside:
            continue  # "فضل عدم ذكر اسمه": its "ذكر" says nothing, its words name no one
        if issued := _issuer(words, i):
            name, marked, told, titled = issued, True, None, False
        elif verb not in SUBJECT_SPEECH_VERBS and not (verb[:1] in CONJUNCTIONS and verb[1:] in SUBJECT_SPEECH_VERBS):
            continue  # "وقال", not "بذكر" (by mentioning): a preposition makes a noun of it
        elif word.endswith(":") or (i + 1 < len(words) and words[i + 1][:1] in QUOTE_OPENERS):
            continue  # 'وقال: "قررنا ..."': what was said follows, not who said it
        elif word.endswith((".", "!", "?")):
            continue  # "..., Haltom City Police said. The gunman ...": the sentence ends; no speaker after it
        elif verb.removeprefix(WAW) in AMBIGUOUS_SPEECH_VERBS and not _quotes_after(words[i + 1 : i + 9]):
            continue  # "ونقلت الميليشيات بعض جثث قتلاها": moved the bodies, said nothing
        elif i and fold(clean(words[i - 1])).removeprefix(WAW) in RELATIVES:
            continue  # "الجماعة المتطرفة التى أعلنت ولاءها": the relative's subject is before it; after it, the object
        else:
            name, marked, told, titled = _speaker_after(words, i)
            inside = next((k for k in range(len(name)) if i + 1 + k in aside), None)
            name = name[:inside] if inside is not None else name  # "مصدر طبي -فضل عدم ذكر اسمه-": the source
        if word.isascii() and verb != "according" and not marked:
            continue  # "said officer X shot ...": what was said; an English speaker after "said" ends a clause
        phrase = " ".join(w for w in name if w)
        acted = [k for k in range(1, len(name)) if _act_after_a_name(name, k)]
        phrase = " ".join(w for w in name[: acted[0]] if w) if acted else phrase  # "نتنياهو | إنهاء جلسة"
        phrase = _named_before(article, phrase) or phrase  # "الحركة": the movement named before
        folded = fold(phrase)
        if len(folded) < 3 or folded.split()[0] in NOT_NAME_STARTS or not article.locate(phrase):
            continue
        words_f = folded.split()
        kind = (
            "outlet"
            if any(h in folded for h in OUTLET_WORDS)
            else "unnamed"
            if words_f[0] in UNNAMED_WORDS
            else "official"
            if any(h in words_f for h in OFFICIAL_WORDS)
            else "person"
            if len(name) <= 3 or titled
            else "organisation"
        )
        for said, by in ((phrase, kind), *([(told, "outlet")] if told else [])):
            key = fold(said)
            if all(fold(p) not in key and key not in fold(p) for p, _ in found):
                found.append((said, by))
        if len(found) >= limit:
            break
    return found


def _anonymity_words(words: list[str]) -> set[int]:
    """The indices of the words of anonymity asides ("-فضل عدم ذكر اسمه-", "who asked not to be named")."""
    folded = [fold(clean(w)).lower() for w in words]
    out: set[int] = set()
    for cue in ANONYMITY:
        size = len(cue.split())
        for i in range(len(words) - size + 1):
            if " ".join(folded[i : i + size]) == cue.lower():
                out.update(range(i, i + size))
    return out


def in_anonymity_aside(article: Article, name: str) -> bool:
    """A source name that is (part of) an anonymity aside ("فضل عدم", "اسمه-" of "فضل عدم ذكر اسمه"): an
    aside's words start inside the name's span."""
    span = article.locate(name)
    if span is None:
        return False
    aside = _anonymity_words(article.text[span.start : span.end + 40].split())
    inside = any(i in aside for i in range(len(span.quote.split())))
    return inside or any(fold(clean(name)).lower() in cue.lower() for cue in ANONYMITY)


def _speaker_after(words: list[str], i: int) -> tuple[list[str], bool, str | None, bool]:
    """The speaker after the speech verb at ``i``: (its words, whether a punctuation mark closed it, the
    agency it spoke to, whether a title's holder was named)."""
    name: list[str] = []
    told, last, titled = None, i, False
    marked = False  # the name ended at a punctuation mark
    start = i + 1 + _said_what(words[i + 1 : i + 3])  # "بحسب ما ذكرته الحركة", "وفق ماذكرته فرانس برس"
    for j, nxt in enumerate(words[start : start + 7], start=start):
        folded = fold(clean(nxt))
        if name and folded in APPOSITION_STARTS:
            break  # 'قناة "المسيرة" المتحدثة باسم الحوثيين': what the outlet is, not its name
        if name and nxt[:1] in "-–—":
            break  # "مصدر طبي -فضل عدم ذكر اسمه-": an aside opens, the name is done
        # "لـ" ends a name ("قال المتحدث للصحفيين"), except an institution's ("المرصد السوري لحقوق الإنسان")
        institution_of = bool(name) and folded.startswith(LAM) and _an_institution(name[0])
        lam_ends = name and nxt.startswith(LAM) and len(folded) > 2 and folded[1:3] != LAM and not institution_of
        where_from = len(name) == 1 and fold(name[0]) in UNNAMED_WORDS and folded == SOURCE_IN
        if (folded in SOURCE_NAME_STOPS and not where_from) or lam_ends:
            break  # "مصدر في المستشفى": where an unnamed source is from goes with it
        if not name and _unknown_verbal_noun(folded):
            break  # "وأعلن تشكيل لجنة تحقيق": what was announced, not who spoke
        if name and _ends_a_name(nxt, words[j + 1 : j + 3]) and not _compound(name[-1], nxt):
            break  # not "فريق الإنقاذ" (the rescue team): a lexicon compound goes on
        name.append(clean(nxt))
        last = j
        if nxt != clean(nxt) and nxt.rstrip()[-1:] in "،,.;:" and not an_abbreviation(nxt.rstrip().rstrip(".")):
            marked = True  # not the dot of "Gov." before the name it titles
            break
    if name and marked and (person := _name_after_title(words, last, name) or _title_after_name(words, last, name)):
        # "رئيس فريق الإنقاذ، أجوس هارونو،": the title's holder follows; "رضوان صبري، المتحدث باسم ...،":
        # the name's title does
        name[-1] = words[last].rstrip()
        name.extend(clean(w) for w in words[last + 1 : last + 1 + person])
        last += person
        titled = True
    if name and told is None and last + 1 < len(words) and words[last + 1].startswith(LAM):
        told = _agency_told(words, last + 1)
    return name, marked, told, titled


def _unknown_verbal_noun(folded: str) -> bool:
    """A word of the verbal noun's pattern taf'il ("تشكيل", "تنفيذ", "تحديد") that the lexicon does not
    know as anything else: the object of a verb of saying, never its speaker."""
    return len(folded) == 5 and folded[0] == TEH and folded[3] == YEH and isinstance(analysed(folded), str)


def _issuer(words: list[str], i: int) -> list[str] | None:
    """The body that issued a document, between the verb at ``i`` and the document ("وأصدر تيار المستقبل
    بيانا"، "أصدرت وزارة الداخلية تعميما"); None when no document follows within six words."""
    verb = fold(clean(words[i]))
    if verb not in ISSUE_VERBS and verb[1:] not in ISSUE_VERBS:
        return None
    name: list[str] = []
    for nxt in words[i + 1 : i + 7]:
        folded = fold(clean(nxt))
        if _a_document(folded):
            return name or None
        if folded in SOURCE_NAME_STOPS or clean(nxt) != nxt:
            return None
        name.append(nxt)
    return None


def _a_document(folded: str) -> bool:
    """A statement's word, with its accusative ending ("بيانا")."""
    return folded in DOCUMENTS or (folded.endswith(TANWIN_ALIF) and folded[:-1] in DOCUMENTS)


def _said_what(words: list[str]) -> int:
    """ "ما ذكرته", "ما أعلنه", "ماذكرته" (written joined): what was said, its verb with an object pronoun;
    the speaker follows. The number of words it takes (0 when it is not there)."""
    first = fold(clean(words[0])) if words else ""
    joined = first.startswith(SAID_WHAT) and len(first) > len(SAID_WHAT) + 2
    verb = first[len(SAID_WHAT) :] if joined else fold(clean(words[1])) if len(words) > 1 else ""
    if not joined and first != SAID_WHAT:
        return 0
    said = any(verb.removesuffix(end) in SUBJECT_SPEECH_VERBS for end in SAID_WHAT_PRONOUNS)
    return (1 if joined else 2) if said else 0


def _named_before(article: Article, phrase: str) -> str | None:
    """A body named again by its kind alone ("الحركة") as the article first named it ("حركة طالبان
    باكستان"): up to three words after the kind's word, to a preposition or a punctuation mark."""
    folded = fold(phrase)
    if " " in folded or not folded.startswith(ARTICLE) or folded.removeprefix(ARTICLE) not in ANAPHORIC_HEADS:
        return None
    words = article.text[article.body_start() :].split()
    head = folded.removeprefix(ARTICLE)
    for i, word in enumerate(words):
        if bare(fold(clean(word))) != head or clean(word) != word:
            continue
        name = [word[len(word) - len(head) :]]  # "لحركة" -> "حركة"
        for nxt in words[i + 1 : i + 4]:
            stop = fold(clean(nxt)) in PHRASE_STOPS or fold(clean(nxt)) in SOURCE_NAME_STOPS
            readings = {sense.pos for sense in senses_in(clean(nxt))}
            if stop or not has_arabic(nxt) or readings == {"verb"}:  # "حركة طالبان باكستان يقتل"
                break
            name.append(clean(nxt))
            if clean(nxt) != nxt:
                break
        whole = " ".join(name)
        if len(name) > 1 and article.locate(whole):
            return whole
    return None


def _name_after_title(words: list[str], last: int, title: list[str]) -> int:
    """How many words after a title closed by a comma are its holder's name, itself closed by a comma
    ("رئيس فريق الإنقاذ، أجوس هارونو، لوكالة"): up to three words the lexicon does not know; else 0."""
    if isinstance(analysed(" ".join(title)), str) or not words[last].rstrip().endswith("،"):
        return 0
    for n, word in enumerate(words[last + 1 : last + 4], start=1):
        if not has_arabic(word) or not isinstance(analysed(clean(word)), str):
            return 0
        if clean(word) != word:
            return n if word.rstrip().endswith("،") else 0
    return 0


def _title_after_name(words: list[str], last: int, name: list[str]) -> int:
    """How many words after a person's name closed by a comma are the title in apposition, itself closed
    by a comma ("رضوان صبري، المتحدث باسم الصليب الأحمر الإندونيسي،", "فلاديمير تشيرنوف، نائب حاكم منطقة
    كيميروفو،"): a title of the lexicon first, up to eight words; else 0."""
    if len(name) > 4 or not words[last].rstrip().endswith("،") or not all(_unknown(w) for w in name):
        return 0
    following = words[last + 1 : last + 9]
    if not following or not any(s.kind == "title" for s in senses_in(clean(following[0]))):
        return 0
    for n, word in enumerate(following, start=1):
        if clean(word) != word:
            return n if word.rstrip().endswith("،") else 0
    return 0


def _unknown(word: str) -> bool:
    """A word the lexicon gives no sense (a name's: "فلاديمير" is a name and a town, no common word)."""
    found = analysed(clean(word))
    return has_arabic(word) and (isinstance(found, str) or all(w.sense is None for w in found))


def _agency_told(words: list[str], at: int) -> str | None:
    """The agency a speaker spoke to ("لوكالة رويترز للأنباء"، "لوكالة الأنباء الفرنسية إن"), up to what
    was said; None unless an outlet word heads it (a newsroom's own "قال لبي بي سي" is its reporting)."""
    first = words[at].removeprefix(LAM).lstrip(TATWEEL)
    if fold(clean(first)) not in OUTLET_WORDS:
        return None
    name = [first]
    for word in words[at + 1 : at + 5]:
        folded = fold(clean(word))
        if folded in SOURCE_NAME_STOPS or folded in COMPLEMENTIZERS or word[:1] in QUOTE_OPENERS:
            break
        name.append(word)
        if clean(word) != word:
            break  # a punctuation mark closes it
    phrase = " ".join(clean(w) for w in name)
    return phrase if len(name) > 1 else None


def _claims_another(sentence: str, main: list[Span]) -> bool:
    """A claim outside the incident's sentences whose words name a span of days ("عن انفجار خلال عطلة نهاية
    الأسبوع أصاب حافلة ... في كابول"): another attack's (a weekday may be the claim's own day)."""
    if any(sentence.strip() and sentence.strip() in s.quote for s in main):
        return False
    folded = fold(sentence)
    return any(fold(k) in folded for k in PERIODS)


_CLAIM_REACH = 8  # words from the verb to the claim word ("أعلنت حركة الشباب ... مسؤوليتها")
_APPOSED_CLAIM_REACH = 20  # with an apposition after the name ("جماعة ...، وهي تحالف ...، مسؤوليتها")


def claimed_by(article: Article) -> str | None:
    """The group that claimed the attack ("أعلنت حركة الشباب ... مسؤوليتها", "وتبنى تنظيم «داعش»
    الهجوم"), as written; not a claim of an earlier attack ("وكان ... قد", "آنذاك") nor one denied
    ("لم تعلن أي جهة مسؤوليتها")."""
    year = latest_year(article)  # "... في 11 أبريل 2002 ... وتبنّاه تنظيم القاعدة": an earlier attack's claim
    main = main_sentences(article)
    for sentence in re.split(r"(?<=[.!?؟\n])", article.text):
        words = re.findall(r"[^\s،,]+[،,]?|[،,]", sentence)  # "غالي،مسؤوليتها": a comma typed without its space
        if background(sentence, year) or has_cue(sentence, CLAIM_THEN) or _claims_another(sentence, main):
            continue
        for i, word in enumerate(words):
            verb = fold(clean(word))
            if i and fold(clean(words[i - 1])) in CLAIM_NEGATORS:
                continue
            if (verb in ADOPTED_IT or verb[1:] in ADOPTED_IT) and (phrase := _claimant_after(words[i + 1 : i + 9])):
                return phrase if article.locate(phrase) else None  # "وتبنّاه «الحرس الثوري» الإيراني"
            adopts = verb in ADOPT_VERBS or verb[1:] in ADOPT_VERBS
            if verb in CLAIM_VERBS or verb[1:] in CLAIM_VERBS or adopts:
                actor: list[str] = []
                closed = False  # the claimant's name ended at a comma ("جماعة ... المسلحة، الثلاثاء، هجوما")
                for k, nxt in enumerate(words[i + 1 : i + 1 + _APPOSED_CLAIM_REACH]):
                    if k >= _CLAIM_REACH and not closed:
                        break  # no apposition after the name: the claim word is near or absent
                    if nxt in ("،", ","):
                        closed = True  # "جماعة ... ، وهي تحالف": a comma typed apart closes the name
                        continue
                    if any(fold(clean(nxt)).startswith(stem) for stem in CLAIM_WORDS) or (
                        adopts and actor and _the_attack(nxt)
                    ):
                        phrase = _without_channel(" ".join(clean(w) for w in actor))
                        return phrase if actor and article.locate(phrase) else None
                    if not closed:
                        actor.append(nxt)
                    closed = closed or nxt.endswith(("،", ","))
    return None


def _without_channel(phrase: str) -> str:
    """The group whose account posted the claim ("حساب لتنظيم الدولة الإسلامية على تويتر" -> "تنظيم الدولة
    الإسلامية"): the account is the group's voice, the platform no part of its name."""
    words = phrase.split()
    if len(words) < 2 or fold(words[0]) not in CLAIM_CHANNELS:
        return phrase
    rest = words[1:]
    end = next((k for k, w in enumerate(rest) if k and fold(w) in CLAIM_PLATFORM_WORDS), len(rest))
    group = rest[:end]
    if fold(group[0]).startswith(LAM) and len(fold(group[0])) > 3:
        group = [group[0][1:], *group[1:]]  # "لتنظيم": its "ل" of belonging
    return " ".join(group)


_EN_DESCRIBED = rf"(?:[Tt]he )?(?:(?:{'|'.join(map(re.escape, ENGLISH_CLAIMANT_DESCRIPTORS))}) )*"
_EN_CLAIMANT = (
    rf"({_EN_DESCRIBED}"
    r"(?:(?:[A-Z]|\d+[A-Z])[\w'’-]*)(?:[ -](?:[A-Z][\w'’-]*|al-[\w'’-]+|ul-[\w'’-]+|group))*)(?: \([A-Z]{2,8}\))?"
)


_THIS_ONES = re.compile(r"\b(?:this week|today|tonight)['’]s (?:attack|attacks|bombing|bombings|blast|blasts)\b")


def english_claimed_by(article: Article) -> str | None:
    """The group an English article says claimed the attack ("Al-Shabab claimed responsibility for the
    attack", "Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, said it had carried out the
    bombing"), as written; not a claim of another time ("at the time", "that attack") nor a denial."""
    acts = "|".join(re.escape(a) for a in ENGLISH_CLAIM_ACTS)
    claimed = "|".join(re.escape(o) for o in ENGLISH_CLAIMED_OBJECTS)
    patterns = (
        re.compile(
            rf"{_EN_CLAIMANT}(?:, [^,]{{3,90}},)?(?: on \w+day)? (?:has |have |had )?(?:also )?claimed responsibility"
        ),
        re.compile(
            rf"{_EN_CLAIMANT}(?:, [^,]{{3,90}},)? (?:also )?(?:said|says|announced) (?:that )?(?:it|they) "
            rf"(?:had )?(?:{acts})"
        ),
        # "Rebels with the 3R, a self-defense militia ..., said they attacked the village"
        re.compile(
            rf"\b(?:[Rr]ebels|[Ff]ighters|[Mm]ilitants|[Mm]embers|[Gg]unmen) (?:with|of|from) (?:the )?{_EN_CLAIMANT}"
            rf"(?:, [^,]{{3,90}},)? (?:also )?(?:said|say|says|announced) (?:that )?(?:it|they) (?:had )?(?:{acts})"
        ),
        # "The proscribed Baloch Liberation Army (BLA), which claimed the attack within hours, ..."
        re.compile(rf"{_EN_CLAIMANT},? (?:which|who) (?:has |had )?claimed (?:{claimed})\b"),
        # "The attack was claimed by the RED-Tabara rebel group": the passive's agent
        re.compile(rf"\b(?i:{claimed}) (?:was|has been|had been) claimed by (?:the )?{_EN_CLAIMANT}"),
    )
    year = latest_year(article)
    for sentence in sentences(article):
        this_one = _THIS_ONES.search(sentence.quote) is not None  # "for both last week's and this week's attacks"
        if (background(sentence.quote, year) and not this_one) or has_cue(sentence.quote, CLAIM_THEN):
            continue
        for pattern in patterns:
            for m in pattern.finditer(sentence.quote):
                # "Jihadist group Islamic State (IS) claimed ...": the group's name, without what it is
                name = re.sub(rf"^(?i:{_EN_DESCRIBED}(?:group )?)(?=[A-Z0-9])", "", m.group(1)).strip()
                if name.split()[0] in ENGLISH_NOT_CLAIMANTS or article.locate(name) is None:
                    continue
                if fold(name).lower() in WEEKDAYS or fold(name).lower() in MONTH_NAMES:
                    continue  # "The Pakistani Taliban on Wednesday claimed": the day, never the claimant
                return name
    return None


def _the_attack(word: str) -> bool:
    """ "الهجوم", "التفجير", "هجوما", "the attack": an attack (one, not a record of them), as the object of
    a claim."""
    found = analysed(clean(word))
    dual = _a_dual_ending(word)
    return not isinstance(found, str) and any(
        w.sense is not None and w.sense.kind == "attack" and w.sense.pos == "noun" and (not w.plural or dual)
        for w in found
    )


def _a_dual_ending(word: str) -> bool:
    """ "التفجيرين": a thing's noun in "-ين" or "-ان" is a dual (two bombings), claimed as one is."""
    return fold(clean(word)).endswith((YEH + NOON, ALIF + NOON))


def with_compound_tail(article: Article, phrase: str) -> str | None:
    """The phrase with the compound's tail the article writes right after it ("طائرة أمريكية" + "بدون طيار"),
    when the two are one thing; None when no tail follows."""
    span = article.locate(phrase)
    if span is None:
        return None
    after = " ".join(clean(w) for w in article.text[span.end :].split()[:2])
    tail = next((t for t in COMPOUND_TAILS if f"{after} ".startswith(f"{t} ")), None)
    whole = f"{phrase} {tail}" if tail else None
    return whole if whole and article.locate(whole) else None


def committed_by(article: Article, sentences: list[Span], reach: int = 2) -> str | None:
    """The agent of a relative clause that says who did the incident ("للمجزرة التي ارتكبها جيش الاحتلال
    الإسرائيلي مساء أمس الأحد بقصف ..." -> "جيش الاحتلال الإسرائيلي"), as written, without its time; past
    the lead (``reach``), a sentence that says who did "the attack" ("إن الهجوم نفذه منشقون عن حركة فارك")."""
    for n, sentence in enumerate(sentences[:reach]):
        words = sentence.quote.split()
        for i, word in enumerate(words[1:-1], start=1):
            if fold(clean(word)).removeprefix(WAW) not in COMMITTED_IT:
                continue
            described = i > 1 and _indefinite(words[i - 1], "adj") and _indefinite(words[i - 2], "noun", "attack")
            the_attack = n >= 2 and fold(clean(words[i - 1])).startswith(ARTICLE) and _the_attack(words[i - 1])
            if (
                fold(clean(words[i - 1])) not in RELATIVES
                and not _indefinite(words[i - 1], "noun", "attack")
                and not described
                and not the_attack
            ):
                continue  # "غارة جوية نفذتها طائرة ...": the attack's noun may take its adjective first
            taken: list[str] = []
            for k, nxt in enumerate(words[i + 1 : i + 9], start=i + 1):
                split = bool(taken) and fold(taken[-1]) in SPLIT_FROM_WORDS  # "منشقون عن حركة فارك"
                if taken and not split and (fold(clean(nxt)) in CLAIMANT_ENDS or _a_time(nxt) or _by_means(nxt)):
                    break
                if not taken and (_a_time(nxt) or fold(clean(nxt)) in RESUMPTIVES):
                    continue  # "كمين نصبه السبت متمردو فارك", "نصبه لهم مسلحون": the day, for whom, then who
                if taken and k + 1 < len(words) and _sense_of(nxt) is not None and _sense_of(nxt).pos == "prep":
                    if _a_place_word(words[k + 1]):
                        break  # "... أبي سياف في جزيرة جولو": where, not more of who
                if taken and fold(clean(nxt))[:1] == BEH and a_place_word_alone(nxt):
                    break  # "طائرة أمريكية بدون طيار بمنطقة قيفة": where, not more of who
                taken.append(clean(nxt))
                if nxt[-1:] in "،,.":
                    break
            phrase = without_time_tail(" ".join(w for w in taken if w))
            if len(taken) > 1 and fold(taken[-1]) in TOLL_UPDATE["on_day"]:
                phrase = " ".join(taken[:-1])  # "انتحاري يوم الأحد": the day, cut at the line's end
            if _anaphoric_group(phrase):
                continue  # "سلسلة هجمات نفذتها الحركة": "the movement" points back, names no one
            if phrase and not any(ch.isdigit() for ch in phrase) and article.locate(phrase):
                return phrase
    return None


def _anaphoric_group(phrase: str) -> bool:
    """A bare definite group word ("الحركة", "التنظيم"): it points back to a group named before."""
    found = analysed(phrase) if phrase and len(phrase.split()) == 1 else ""
    head = found[0] if not isinstance(found, str) and found else None
    return head is not None and head.definite and head.sense is not None and head.sense.en in ANAPHORIC_GROUPS


def _indefinite(word: str, pos: str, kind: str | None = None) -> bool:
    """One word the lexicon reads as ``pos`` (of ``kind``) without the article: "جوية" (adj), "كمين"
    (noun, attack: an Arabic relative clause follows it with no relative pronoun, "كمين نصبه ...")."""
    found = analysed(clean(word))
    if isinstance(found, str) or len(found) != 1 or (sense := found[0].sense) is None:
        return False
    return sense.pos == pos and not found[0].definite and kind in (None, sense.kind)


def _a_time(word: str) -> bool:
    """A word of time that ends an agent's name ("مساء", "أمس", "اليوم")."""
    key = fold(clean(word))
    return key in TIME_WORDS or key in WEEKDAYS or key[1:] in WEEKDAYS


def _by_means(word: str) -> bool:
    """ "بقصف", "بغارة": "ب" glued to a word of attack opens how it was done, not the agent's name."""
    folded = fold(clean(word))
    if not folded.startswith(BEH) or len(folded) < 4:
        return False
    found = analysed(folded[1:])
    sense = found[0].sense if not isinstance(found, str) and found else None
    return sense is not None and sense.kind in ("attack", "weapon")


def _claimant_after(words: list[str]) -> str | None:
    """Who claimed it, right after a verb that holds the attack as its pronoun: up to a comma, a quote's
    end or four words ("«الحرس الثوري» الإيراني،")."""
    if (known := _group_named(words)) is not None and len(known.split()) > _CLAIMANT_WORDS:
        return known  # 'تنظيم "القاعدة" في بلاد المغرب الإسلامي': a group's name runs past four words
    taken: list[str] = []
    for word in words[:_CLAIMANT_WORDS]:
        if taken and fold(clean(word)) in CLAIMANT_ENDS:
            break  # "ميليشيات الحوثي على منشآت": what was attacked follows the claimant
        taken.append(clean(word))
        if word[-1:] in "،,.":
            break
    phrase = " ".join(w for w in taken if w)
    return phrase if phrase and not any(ch.isdigit() for ch in phrase) else None


_CLAIMANT_WORDS = 4  # a claimant's words after its verb, unless a group's known name runs longer


def _group_named(words: list[str]) -> str | None:
    """The longest opening of ``words`` that is an armed group's name in the lexicon, with or without its
    head word ("تنظيم"), as written, quotes aside; None when none is."""
    for n in range(len(words), 1, -1):
        taken = [clean(w) for w in words[:n]]
        if any(w[-1:] in "،,." for w in words[: n - 1]):
            continue  # a name does not run across a comma
        for name in (taken, taken[1:]):
            senses = LEXICON.get(fold(" ".join(name))) if len(name) > 1 else None
            if senses and any(s.kind == "armed_group" for s in senses):
                return " ".join(taken)
    return None


def find_term(sentence: Span, stem: str) -> Span | None:
    """The whole words of ``sentence`` that hold ``stem`` (clitics included): "بالصواريخ" for "صواريخ"."""
    norm = normalise(sentence.quote)
    key = fold(stem)
    # "حزامًا ناسفًا": an Arabic phrase's words in the accusative, each with the alef of its tanwin
    found = re.search(accusative_pattern(key), norm.text) if " " in key and not key.isascii() else None
    at, width = (found.start(), len(found.group())) if found else (norm.text.find(key), len(key))
    if at < 0:
        return None
    text = sentence.quote
    start, end = norm.index[at], norm.index[at + width - 1] + 1
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '"«(':
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in '،,.;:)"»':
        end += 1
    return Span(text[start:end], sentence.start + start, sentence.start + end)


_TREATED_REACH = 6  # words from "نُقلوا" / "taken" to the hospital ("نُقلوا إلى المستشفى الإقليمي")


def treated_at(article: Article, place: str) -> bool:
    """Whether the article names ``place`` (a hospital) right after taking the wounded to it ("نُقلوا إلى
    المستشفى الإقليمي", "were taken to Civil Hospital", "وتوزعها على أكثر من مستشفى")."""
    for m in re.finditer(re.escape(place), article.text):
        before = [fold(clean(w)).lower() for w in article.text[: m.start()].split()[-_TREATED_REACH:]]
        if any(w in TREATMENT_VERBS or w.removeprefix(WAW) in TREATMENT_VERBS for w in before):
            return True
    return False


def weapon_phrase(article: Article, sentences: list[Span]) -> str | None:
    """The first weapon the lead's first two sentences name, with its count word (earliest; the longest
    form at the same place): any weapon of the lexicon, in either language, else a suicide bomber or
    gunfire."""
    for sentence in sentences[:2]:
        # A weapon ("بسيارة مفخخة") before who carried it or how it was used ("انتحاريا", "gunfire").
        hits = [
            (stem in LEAD_MANNERS, s.start, -len(stem), s)
            for stem in LEAD_WEAPONS
            if (s := _weapon_word(sentence, stem))
            and not dated_before(article, sentence, s)
            and not _in_what_it_came_after(article, sentence, s)
            and not targeted_at(article, s)
        ]
        if hits:
            span = min(hits, key=lambda h: h[:3])[3]
            return (count_before(article, span) or _unglued(span)).quote
    return None


def _in_what_it_came_after(article: Article, sentence: Span, span: Span) -> bool:
    """The weapon is named after "بعد"/"after" in a sentence whose own clause before it tells a strike
    of its own ("قصف الجيش ... مواقع لحماس، بعد انفجار عبوة ناسفة قرب جرافة"): the bomb is what the
    shelling answered, not its means."""
    before = article.text[sentence.start : span.start]
    words = before.split()
    at = next((k for k in range(len(words) - 1, -1, -1) if fold(clean(words[k])).lower() in CAME_AFTER), None)
    if at is None or at < 2:
        return False
    rule, keyword = classify([" ".join(words[:at])])
    return keyword is not None and rule.event_type in ("Explosions/Remote violence", "Battles")


def targeted_at(article: Article, span: Span) -> bool:
    """A strike and the verb of targeting of its relative clause right before the span or its head noun
    ("قصف استهدف منظومة صواريخ"): what was hit. After a verb that opens its sentence the noun is its subject
    ("استهدفت أربع طائرات مسيرة معسكرا": the drones struck)."""
    before = article.text[max(0, span.start - 60) : span.start].split()[-3:]
    for k in range(1, len(before)):
        if fold(clean(before[k])).removeprefix(WAW).lower() in TARGETED_VERBS and a_strike_noun(before[k - 1]):
            return k >= len(before) - 2
    return False


def a_strike_noun(word: str) -> bool:
    """A noun the lexicon reads as an attack or a weapon ("قصف", "غارة"): the subject of a relative verb."""
    found = analysed(clean(word))
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].sense is not None
        and found[0].sense.pos == "noun"
        and found[0].sense.kind in ("attack", "weapon")
    )


def dated_before(article: Article, sentence: Span, span: Span) -> bool:
    """The clause of ``span`` (between the punctuation marks around it in its sentence) is dated by a
    year before the latest the article names: an earlier event's ("the general, who was killed in a US
    drone strike in Baghdad in January 2020")."""
    text = article.text
    start = max(text.rfind(p, sentence.start, span.start) for p in ",،;")
    ends = [i for p in ",،;." if (i := text.find(p, span.end, sentence.end)) >= 0]
    clause = text[max(start, sentence.start) : min(ends, default=sentence.end)]
    years = [n for n in numbers_in(clause) if a_year(n)]
    latest = max((n for n in numbers_in(text) if a_year(n)), default=None)
    return bool(years) and latest is not None and all(y < latest for y in years)


def more_weapons(article: Article, sentences: list[Span], weapon: str, limit: int = 2) -> list[str]:
    """Further means coordinated with ``weapon`` in the main incident's sentences, in order ("رشق الحجارة
    والعصي" -> "العصي"; then "بالعصي والزجاجات" -> "الزجاجات"; "knives and axes"): a means joined by "و"
    or "and" to one already listed, never a second form of one ("صاروخ" after "الصواريخ")."""
    taken, found = [_means_key(weapon)], []
    for sentence in sentences:
        if not tells_of_incident(sentence.quote):
            continue
        spans = {(s.start, -len(s.quote)): s for stem in LEAD_WEAPONS if (s := _weapon_word(sentence, stem))}
        hits = [span for _, span in sorted(spans.items())]
        for a, b in itertools.pairwise(hits):
            if not _coordinated(article.text[a.end : b.start], b.quote):
                continue
            listed = [any(_means_key(h.quote) & k for k in taken) for h in (a, b)]
            if listed[0] == listed[1]:
                continue  # neither listed yet, or both
            new = b if listed[0] else a
            phrase = (count_before(article, new) or _unglued(new)).quote
            first = fold(phrase.split()[0])
            if first.startswith(WAW) and (first[1:].startswith(ARTICLE) or first[1:] in LEXICON):
                phrase = phrase[1:]  # "والقذائف": the conjunction is not the means'
            taken.append(_means_key(phrase))
            found.append(phrase)
            if len(found) == limit:
                return found
    return found


def _coordinated(between: str, second: str) -> bool:
    """Whether two means are joined: "الحجارة والعصي" (nothing between, "و" glued to the second), "stones
    and sticks", "stones, sticks"."""
    gap = between.strip(" ,،").lower()
    return (not gap and fold(second).startswith(WAW)) or gap == "and" or (not gap and between.strip() != "")


def _means_key(phrase: str) -> set[str]:
    """What a means names, whatever its form: the weapon lemmas of its words ("بالصواريخ" and "صاروخ" share
    one), else its folded bare words."""
    words = [clean(w) for w in phrase.split()]
    lemmas = {s.lemma for w in words for s in senses_in(w) if s.kind == "weapon"}
    return lemmas or {bare(fold(w)) for w in words}


_GLUED_PREPOSITION = re.compile(f"^[{CONJUNCTIONS}]?[{PREPOSITIONS}]")


def _unglued(span: Span) -> Span:
    """The weapon without the preposition glued to it ("بإطلاق نار" -> "إطلاق نار"): a means is a noun,
    and "بـ" would be rendered "with"/"in" before it."""
    first = span.quote.split()[0]
    m = _GLUED_PREPOSITION.match(first)
    rest = fold(first[m.end() :]) if m else ""
    if m and fold(first) not in LEXICON and (rest in LEXICON or bare(rest) in LEXICON):
        return Span(span.quote[m.end() :], span.start + m.end(), span.end)
    return span


_ARABIC_PREFIX = re.compile(f"(?:{WORD_PROCLITICS})?")


def _weapon_word(sentence: Span, stem: str) -> Span | None:
    """Where ``stem`` is a whole word of ``sentence`` (Arabic clitics, the article and endings allowed;
    an English plural), not a part of another word ("gun" in "gunmen"), nor a ceasefire's."""
    span = find_term(sentence, stem)
    if span is None:
        return None
    word, key = fold(span.quote.split()[0]), fold(stem).split()[0]
    if key.endswith(HEH) and not stem.isascii() and clean(span.quote.split()[0]).endswith(HEH):
        return None  # "إليه" (to him) folds as "آلية" (a vehicle) does: a weapon's "ه" is a folded "ة"
    at = word.find(key)
    head, tail = word[:at], word[at + len(key) :]
    if stem.isascii():
        whole = not head and tail in ("", "s", "es")
    else:
        whole = _ARABIC_PREFIX.fullmatch(head) is not None and len(tail) <= 3
    before = sentence.quote[: span.start - sentence.start].split()[-2:]  # "وقف (فوري) لإطلاق النار"
    if not whole or any(fold(clean(w)) in WEAPON_NEGATORS for w in before):
        return None
    if _in_a_title(sentence, span, before):
        return None  # 'قناة «المسيرة»' is a channel, not a drone
    return span


def _in_a_title(sentence: Span, span: Span, before: list[str]) -> bool:
    """The weapon word is a title: in quotation marks, or right after an outlet's word ("قناة المسيرة")."""
    text = sentence.quote
    at, end = span.start - sentence.start, span.end - sentence.start
    quoted = at > 0 and text[at - 1] in QUOTES and end < len(text) and text[end] in QUOTES
    outlet = bool(before) and fold(clean(before[-1])).removeprefix(WAW) in OUTLET_WORDS
    return quoted or outlet


def targeted(sentences: list[Span]) -> str | None:
    """What the lead says was targeted, the words after "استهدف" / "targeted" or after an attack's "على"
    up to a preposition or a comma ("انفجار استهدف مركزا لتسجيل الناخبين في شرق أفغانستان" -> "مركزا
    لتسجيل الناخبين")."""
    for sentence in sentences:
        words = _before_meanwhile(before_separate(sentence.quote).split())  # not what a separate strike hit
        if undergone := _undergone(words):
            return undergone
        for i, word in enumerate(words[:-1]):
            on = _fired_at(words, i)
            if on is None:
                on = _attack_on(words, i)
            if on is not None:
                i = on  # "شن هجوما كبيرا بسيارة مفخخة على مبنى حكومي": the attack's "على"
            elif not fold(clean(word)).removeprefix(WAW).startswith(TARGETED_VERBS) or word.rstrip()[-1:] in "،,":
                continue
            # "الانفجار الذي ضرب أحد أحياء مدينة الصدر": a relative's verb has its subject before it
            relative = i > 0 and fold(clean(words[i - 1])) in RELATIVES
            start = i + 1 if on is not None or relative else _after_subject(words, i + 1)
            taken: list[str] = []
            for k in range(start, min(start + 9, len(words))):
                nxt = words[k]
                if taken and (carried := _carried(words[k : k + 5])):
                    taken += carried  # "حافلة كانت تقل أطفالا": what the target carried says what it was
                    break
                backed = bool(taken) and fold(taken[-1]) in BACKED_WORDS  # "المدعومة من ...": by whom
                if (fold(clean(nxt)) in PHRASE_STOPS and not backed) or fold(clean(nxt)) in CLAUSE_OPENERS:
                    break  # a preposition, or "مما أدى": what it led to
                if taken and (fold(clean(nxt)) in TIME_PREPOSITIONS or _a_time_word(clean(nxt))):
                    break  # "أثناء محاولته", "السبت": when, not what
                if not clean(nxt) or (taken and _opens_adjunct(clean(nxt))):
                    break  # "مسجدا وسوقا بشمال شرق نيجيريا": where, not what
                if not taken and _a_time_word(clean(nxt)):
                    continue  # "استهدفت فجر الإثنين مطار التيفور": the time before the object
                if taken and (sense := _sense_of(clean(nxt))) is not None and sense.pos == "verb":
                    break  # "حافلة كانت تقل أطفالا": a relative clause begins
                taken.append(clean(nxt))
                inside = any(fold(w) in POSSESSIVE_HEADS for w in taken[-2:])  # "ذات الغالبية | الكردية"
                if nxt.strip(_QUOTE_MARKS) != clean(nxt) or (len(taken) == (8 if backed else 5) and not inside):
                    break  # a punctuation mark ends it; a quote mark around a name does not
            located = on is not None and _a_place_word(taken[0]) if taken else False
            subject = on is None and not relative and a_subject(taken[0]) if taken else False  # after "على": hit
            if taken and len(" ".join(taken)) > 3 and not subject and not located:
                return " ".join(taken)
    return None


def _before_meanwhile(words: list[str]) -> list[str]:
    """The words before "في وقت" + a past verb ("..., في وقت قصفت طائرات التحالف قاعدة جوية قرب صنعاء"): what
    happened meanwhile is another strike, its target none of this one's."""
    for i in range(1, len(words) - 1):
        if fold(clean(words[i])) == MEANWHILE_TIME_WORD and a_past_verb(words[i + 1]):
            return words[: i - 1] if i > 1 and fold(clean(words[i - 1])) in PLACE_PREPOSITIONS else words[:i]
    return words


def fuller_target(sentences: list[Span], target: str) -> str:
    """The target as a later sentence of the incident describes it more fully, starting with the same
    word ("حافلة" -> "حافلة كانت تقل أطفالا"); the target itself when none does."""
    for sentence in sentences:
        fuller = targeted([sentence])
        if fuller and len(fuller) > len(target) and bare(fold(fuller).split()[0]) == bare(fold(target).split()[0]):
            return fuller
    return target


_QUOTE_MARKS = "".join(sorted(QUOTES))


def _carried(words: list[str]) -> list[str] | None:
    """ "(كانت) تقل أطفالا": the verb of carrying, its "was" and what was carried, up to a preposition,
    a time word or a punctuation mark; None when the words open no such clause."""
    at = 1 if words and fold(clean(words[0])) in CARRYING_PAST else 0
    if at >= len(words) or fold(clean(words[at])) not in CARRYING_VERBS or words[at] != clean(words[at]):
        return None
    carried: list[str] = []
    for word in words[at + 1 :]:
        if fold(clean(word)) in PHRASE_STOPS or _a_time_word(clean(word)) or not clean(word):
            break
        carried.append(clean(word))
        if word != clean(word):
            break
    return [*words[: at + 1], *carried] if carried else None


def _after_subject(words: list[str], at: int) -> int:
    """Where the object begins after a verb whose subject follows it, set off with its adverbials by
    commas ("استهدفت أربع طائرات مُسيرة بالصواريخ، مساء اليوم الثلاثاء، معسكراً تدريباً"): after the
    subject's and the time's comma-closed parts. ``at`` itself when no subject opens the words."""
    first = next((k for k in range(at, min(at + 3, len(words))) if not _a_time_word(clean(words[k]))), at)
    if first >= len(words) or not a_subject(clean(words[first])):
        return at
    k = first
    while k < min(first + 12, len(words) - 1):
        part_end = next((j for j in range(k, min(k + 6, len(words))) if words[j].rstrip().endswith(("،", ","))), None)
        if part_end is None:
            return _after_one_word_subject(words, first) if k == first else at
        k = part_end + 1
        if k < len(words) and not _a_time_word(clean(words[k])) and not _opens_adjunct(clean(words[k])):
            return k
    return at


def _after_one_word_subject(words: list[str], first: int) -> int:
    """A subject noun with its adjectives and no comma after them, then the object ("واستهدفت الغارات
    "القاعة الكبرى"", "استهدفت الغارات الإسرائيلية مبنى سكنيا"): the object begins after them when the
    next word opens a noun phrase of its own (a quote mark or a noun); ``first`` when none does."""
    k = first + 2 if first + 1 < len(words) and _compound(words[first], words[first + 1]) else first + 1
    while k < len(words) and words[k][:1] not in _QUOTE_MARKS and _word_pos(words[k]) == "adj":
        k += 1  # "الغارات الإسرائيلية": the subject's adjectives
    if k >= len(words) or words[k - 1].rstrip()[-1:] in "،,.":
        return first
    return k if words[k][:1] in _QUOTE_MARKS or _word_pos(words[k]) in ("noun", "name") else first


def _word_pos(word: str) -> str | None:
    found = analysed(clean(word))
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None:
        return None
    return found[0].sense.pos


def english_object(sentences: list[Span]) -> str | None:
    """What an English lead says was hit: the object of its first verb of hitting ("A tourist ship struck
    a highway bridge on the Rhine" -> "a highway bridge"), up to a preposition, a comma or "and"."""
    for sentence in sentences:
        words = sentence.quote.split()
        lower = [w.lower() for w in words]
        for i in range(len(words)):
            verb = next((v for v in ENGLISH_HIT_VERBS if lower[i : i + len(v.split())] == v.split()), None)
            if verb is None:
                continue
            taken: list[str] = []
            for word in words[i + len(verb.split()) : i + len(verb.split()) + 6]:
                if clean(word).lower() in ENGLISH_OBJECT_ENDS or not clean(word):
                    break
                taken.append(clean(word))
                if word != clean(word):
                    break
            if taken and not (len(taken) == 1 and taken[0].lower() in ENGLISH_NOT_SOURCE):
                return " ".join(taken)
    return None


CLAUSE_OPENERS = frozenset(tail.split()[0] for tail in DANGLING_TAILS)


def _undergone(words: list[str]) -> str | None:
    """Who underwent the attack: the subject of "تعرض" before "ل" + an attack noun ("بتعرض دورية موريتانية
    منتصف اليوم لهجوم مباغت": a Mauritanian patrol), a time said between left out."""
    for i, word in enumerate(words[:-2]):
        if fold(clean(word)).removeprefix(WAW).removeprefix(BEH) not in UNDERGONE_VERBS:
            continue
        taken: list[str] = []
        timed = False
        for nxt in words[i + 1 : i + 9]:
            if _an_attack_undergone(clean(nxt)):
                # "تعرضت سيارتهم لتفجير": "their car" points back to people told of before, no target alone
                return None if not taken or _possessed(taken[0]) else " ".join(taken)
            timed = timed or _a_time_word(clean(nxt))
            if clean(nxt) != nxt and not timed:
                return None  # "تعرض، ...": no subject before a comma
            if not timed:
                taken.append(clean(nxt))
    return None


def _possessed(word: str) -> bool:
    """A noun with a possessive pronoun glued on ("سيارتهم", their car): the lexicon knows the noun, not the
    word as written."""
    for pronoun in sorted(OBJECT_PRONOUNS, key=len, reverse=True):
        stem = word.removesuffix(pronoun)  # as written: a teh marbuta ("مدرسة") is no pronoun's heh
        if stem != word and len(stem) >= 3 and _sense_of(stem[:-1] + TEH_MARBUTA if stem.endswith(TEH) else stem):
            return True
    return False


def _an_attack_undergone(word: str) -> bool:
    """ "لهجوم", "للهجوم", "لاعتداء": an attack noun after the preposition "ل"."""
    folded = fold(word)
    if not folded.startswith(LAM) or len(folded) < 4:
        return False
    sense = _sense_of(word[1:]) or (_sense_of(ALIF + word[1:]) if folded.startswith(LAM + LAM) else None)
    return sense is not None and sense.kind == "attack"


def _attack_on(words: list[str], i: int) -> int | None:
    """The index of "على" (on) within four words after an attack noun at ``i`` ("هجوما ... على"), with no
    punctuation between: what follows it is what was attacked."""
    sense = _sense_of(clean(words[i]))
    if sense is None or sense.kind != "attack" or sense.pos != "noun":
        return None
    for k in range(i, min(i + 5, len(words) - 1)):
        if bare(fold(clean(words[k]))) in OPPOSITION_NOUNS or fold(clean(words[k])) in OPPOSITION_NOUNS:
            return None  # "اضطرابات واحتجاجات دامية ضد نظام الرئيس": what they oppose, no target
        if k > i and fold(clean(words[k])) in TARGET_PREPOSITIONS:
            return k
        if words[k] != clean(words[k]):
            return None
    return None


def only_appeals(article: Article, actor: str) -> bool:
    """Every mention of ``actor`` is the subject of a verb of speaking out, asking or condemning ("في وقت
    طالبت السلطة الفلسطينية بتوفير حماية دولية"), and no sentence of it tells an attack: who spoke,
    not who attacked."""
    at, seen, found = article.locate(actor), -1, False
    while at is not None and at.start > seen:
        before = [f for w in article.text[max(0, at.start - 40) : at.start].split()[-2:] if (f := fold(clean(w)))]
        if not before or (before[-1] not in APPEAL_VERBS and before[-1].removeprefix(WAW) not in APPEAL_VERBS):
            return False
        found, seen = True, at.start
        at = article.locate(actor, near=at.end)
    return found


def only_reports(article: Article, actor: str) -> bool:
    """Every mention of ``actor`` follows a verb of reporting or speaking for ("حسبما أعلن الحرس الوطني
    التونسي الذي أكد مقتل 3 من المهاجمين", "said the army"), in sentences that claim nothing: who told of
    the attack, not who did it."""
    if acknowledged(article, actor):
        return False  # "أكد التحالف ... أنه قام بعمل عسكري": it reports its own act
    at, seen, found = article.locate(actor), -1, False
    while at is not None and at.start > seen:
        words = [w for w in article.text[max(0, at.start - 60) : at.start].split() if clean(w)][-3:]
        while len(words) > 1 and _a_body_word(words[-1]):
            words.pop()  # "وقالت منظمة "جيش أراكان"": the body's word between the verb and its name
        before = [f for w in words[-2:] if (f := fold(clean(w)))]
        last = before[-1].removeprefix(WAW).lower() if before else ""
        if last not in REPORT_VERBS and last not in SPEECH_VERBS and last not in SPEAKS_FOR:
            return False
        if has_cue(article.sentence_around(at).quote, CLAIM_WORDS):
            return False  # "أعلن التنظيم مسؤوليته": the claimant reports its own attack
        found, seen = True, at.start
        at = article.locate(actor, near=at.end)
    return found


def _a_body_word(word: str) -> bool:
    """An Arabic noun for a body that stands before its name ("منظمة", "جماعة", "حركة")."""
    senses = senses_in(clean(word)) if not word.isascii() else ()
    return any(s.pos == "noun" and s.kind in ("institution", "armed_group") for s in senses)


def in_appeal(article: Article, phrase: str) -> bool:
    """The body first names ``phrase`` in what someone asked for or condemned, within 14 words of the verb
    and no comma or stop between ("طالبت السلطة الفلسطينية بتوفير حماية دولية للفلسطينيين")."""
    at = article.locate(phrase, near=article.body_start())
    if at is None or at.start < article.body_start():
        return False
    before = article.text[max(0, at.start - 200) : at.start].split()[-14:]
    ends = [k + 1 for k, w in enumerate(before) if w.rstrip(_QUOTE_MARKS)[-1:] in "،,.;:"]
    clause = before[max(ends, default=0) :]
    return any(
        fold(clean(w)).removeprefix(WAW) in APPEAL_VERBS and not _names_by_calling(w, clause[k + 1 : k + 2])
        for k, w in enumerate(clause)
    )


def _names_by_calling(word: str, after: list[str]) -> bool:
    """ "a locality called Dangdala": "called" that names, not one that called for something."""
    return word.lower() == "called" and not (after and after[0].lower() in ("for", "on", "upon"))


def opposed(article: Article, phrase: str) -> bool:
    """The article names ``phrase`` only as what protests opposed ("احتجاجات دامية ضد نظام الرئيس",
    "protests against the government"): no target of an attack."""
    at, seen = article.locate(phrase), -1
    found = False
    while at is not None and at.start > seen:
        before = [fold(clean(w)).lower() for w in article.text[max(0, at.start - 80) : at.start].split()][-5:]
        if not before or before[-1] not in TARGET_PREPOSITIONS:
            return False
        if not any(w in OPPOSITION_NOUNS or bare(w) in OPPOSITION_NOUNS for w in before[:-1]):
            return False
        found, seen = True, at.start
        at = article.locate(phrase, near=at.end)
    return found


def _fired_at(words: list[str], i: int) -> int | None:
    """The index of "على" (at) within six words after a verb of firing at ``i`` ("أطلقت إسرائيل صاروخا
    الجمعة على طائرة بدون طيار"), with no punctuation between: what follows it was fired at."""
    if fold(clean(words[i])).removeprefix(WAW) not in FIRED_VERBS:
        return None
    for k in range(i + 1, min(i + 7, len(words) - 1)):
        if fold(clean(words[k])) in TARGET_PREPOSITIONS:
            return k
        if words[k] != clean(words[k]):
            return None
    return None


def _a_place_word(word: str) -> bool:
    """ "على حدود قطاع غزة": a place where it happened, not what was attacked."""
    sense = _sense_of(word)
    return sense is not None and sense.kind in ("place_word", "direction")


def _a_time_word(word: str) -> bool:
    sense = _sense_of(word)
    return sense is not None and sense.kind == "time"


def _sense_of(word: str) -> Sense | None:
    """The lexicon's sense of one word (clitics and inflection aside), or None."""
    found = analysed(word)
    return found[0].sense if not isinstance(found, str) and len(found) == 1 else None


def a_subject(word: str) -> bool:
    """Arabic puts the subject after the verb ("استهدفت أربع طائرات مسيرة ..."): a number, a weapon or an
    actor right after "استهدف" is who struck, not what was struck."""
    if counts_in(word):
        return True
    found = analysed(word)
    kinds = ("weapon", "actor", "force", "armed_group", "nationality", "number", "attack")
    return not isinstance(found, str) and bool(found) and found[0].sense is not None and found[0].sense.kind in kinds


def target_phrase(sentences: list[Span]) -> str | None:
    """A target noun of the lead with the words that name it ("معسكراً تدريباً للمليشيات")."""
    for sentence in sentences[:2]:
        kept = len(" ".join(_before_meanwhile(sentence.quote.split())))  # not what meanwhile was hit
        found = [(stem, find_term(sentence, stem)) for stem in TARGET_STEMS]
        hits = [(s.start, s) for stem, s in found if s and _stem_heads(s.quote, stem)]  # not "التسوق" (shopping)
        hits = [h for h in hits if h[0] - sentence.start < kept]
        if not hits:
            continue
        span = min(hits, key=lambda h: h[0])[1]
        tail = sentence.quote[span.end - sentence.start :]
        extra = re.match(r"((?:\s+[^\s،,.;:]+){0,3})", tail)
        words = (extra.group(1) if extra else "").split()
        cut = next((i for i, w in enumerate(words) if fold(w) in PHRASE_STOPS or _and_a_verb(w)), len(words))
        if cut and a_place_word_alone(words[cut - 1]):
            cut -= 1  # "سوق بمدينة الخالص بمحافظة": a place word cut off from its name
        phrase = without_time_tail(" ".join([span.quote, *words[:cut]]).strip())
        before = [fold(clean(w)) for w in sentence.quote[: span.start - sentence.start].split()[-2:]]
        if before and before[-1] in ORIGIN_PREPOSITIONS and not (len(before) > 1 and before[0] in NEAR_WORDS):
            continue  # "بعيد إقلاعها من مطار هافانا": where it came from, not what was hit (not "بالقرب من")
        if before and _people_of(before[-1]):
            continue  # "تلامذة مدرسة": the school's pupils, counted among the victims; the school was not hit
        if _only_a_groups_name(phrase):
            continue  # "والقاعدة تتبنى": al-Qaeda, the claimant, not a base that was hit
        if _in_the_speaker(sentence.quote[: span.start - sentence.start]):
            continue  # "وأشار المتحدث الرسمي لرئاسة شؤون مسجد الحرم": the speaker's office, not what was hit
        # "موقع الحادث" (the scene), 'موقع تويتر "عشرات القتلى' (a website, a quote): not what was hit
        if tells_what_happened(phrase) or any(q in phrase for q in QUOTE_OPENERS + "»”") or an_outlet(phrase):
            continue
        if words and _a_toll_after(words[0]):
            continue  # "موقعا أكثر من 18 قتيلا": the participle "leaving" before a toll, no site
        return phrase
    return None


def _stem_heads(word: str, stem: str) -> bool:
    """The stem is the word's own, after clitics and the article only: "سوق" in "بالسوق", not in "التسوق"
    (shopping), whose "ت" is the root's."""
    folded, key = fold(clean(word)), fold(stem)
    at = folded.find(key)
    if at <= 0 or not has_arabic(key):
        return True
    prefix = folded[:at].replace(ARTICLE, "", 1) if ARTICLE in folded[:at] else folded[:at]
    return all(c in CLITIC_LETTERS for c in prefix)


def _only_a_groups_name(phrase: str) -> bool:
    """The phrase is an armed group's name and nothing more ("القاعدة", "the Taliban")."""
    senses = LEXICON.get(fold(clean(phrase)).removeprefix(WAW)) or ()
    return any(s.kind == "armed_group" for s in senses)


def _in_the_speaker(before: str) -> bool:
    """The words before a phrase open on a speech verb and reach no word that opens what was said
    ("وأشار المتحدث الرسمي لرئاسة شؤون"): the phrase is part of who spoke."""
    words = [fold(clean(w)).removeprefix(WAW) for w in before.split()]
    if len(words) < 2 or words[0] not in (*SUBJECT_SPEECH_VERBS, *ATTRIBUTION):
        return False
    return not any(w in QUOTED_MARKERS or w[-1:] in QUOTED_MARKERS for w in (*words[1:], *before[-1:]))


def _people_of(word: str) -> bool:
    """An indefinite plural of people that heads a construct ("تلامذة مدرسة", "عمال مصنع"): the place
    after it says whose people they are."""
    found = analysed(word)
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].plural
        and not found[0].definite
        and found[0].sense is not None
        and found[0].sense.kind in ("people", "title")
    )


def _a_toll_after(word: str) -> bool:
    """The word after a noun opens a toll (a number or a word of quantity): the noun is a participle that
    leads into it ("موقعا أكثر من 18 قتيلا", "مخلفا عشرات الجرحى")."""
    key = fold(clean(word))
    return bool(numbers_in(key)) or key in _TOLL_OPENERS or key in VAGUE_QUANTITIES


_TOLL_OPENERS = frozenset(w.split()[0] for w in (*AT_LEAST_WORDS, *ABOUT_WORDS) if w.split())  # "أكثر", "نحو"


def an_outlet(phrase: str) -> bool:
    """The phrase opens on an outlet or a report ("موقع إلكتروني يستخدمه عادة": a website)."""
    for width in (3, 2):  # "موقع التواصل الاجتماعي": a social media site
        found = analysed(" ".join(phrase.split()[:width]))
        if not isinstance(found, str) and found and found[0].sense is not None and found[0].sense.kind in _NOT_HIT:
            return True
    return False


_NOT_HIT = ("outlet", "reporting")


def _capital_at(words: list[str], i: int, country: str | None) -> tuple[str, GazetteerHit] | None:
    """The capital that words ``i`` and ``i + 1`` name ("العاصمة الجزائرية"), as written without a clitic."""
    if i + 1 >= len(words):
        return None
    cue = clean(words[i])
    cue = cue[1:] if fold(cue)[:1] in CLITIC_LETTERS and fold(cue)[1:] in CAPITAL_WORDS else cue
    phrase = f"{cue} {clean(words[i + 1])}"
    hit = capital_named(phrase) if fold(cue) in CAPITAL_WORDS else None
    return (phrase, hit) if hit and (country is None or hit.country_code == country) else None


def _names_after(words: list[str], at: int, country: str | None) -> bool:
    """A place name follows at ``at`` ("العاصمة الليبية طرابلس")."""
    return at < len(words) and lookup(clean(words[at]), country) is not None


def named_places(article: Article, sentences: list[Span]) -> list[str]:
    """Names after an indefinite place word ("ولاية هيرات", "منطقة زاول", "بحيرة طبريا"), gazetteer or not."""
    found: list[str] = []
    for sentence in sentences:
        words = sentence.quote.split()
        for i, word in enumerate(words[:-1]):
            cue = fold(clean(word))
            cue = cue[1:] if cue[:1] in CLITIC_LETTERS and cue[1:] in NAME_CUES else cue
            if cue not in NAME_CUES or word.rstrip()[-1:] in "،,.;:":
                continue
            if _measured_from(words, i):
                continue  # "على بعد 60 كيلومتراً من مدينة (أبشي)": what the distance is measured from
            if (whole := _region_named(words[i + 1 : i + 4])) and article.locate(whole):
                found += [whole] if whole not in found else []
                continue  # "منطقة شمال وزيرستان": a region whose name opens with a bearing
            if (quoted := _quoted_name(words[i + 1 : i + 5])) and article.locate(quoted):
                found += [quoted] if quoted not in found else []
                continue  # 'منطقة "زور الكنعوص"': the whole name between its quote marks
            name = []
            titled = i > 0 and _a_title(words[i - 1])  # "حاكم ولاية هيرات جيلاني فرهد": his name follows
            for j, nxt in enumerate(words[i + 1 : i + 4], i + 1):
                folded = fold(clean(nxt))
                if folded in PHRASE_STOPS or (name and nxt[:1] == WAW) or not folded:
                    break
                if name and _a_relative_clause_verb(folded, words[j + 1 : j + 2]):
                    break  # "منطقة عبور ينشط فيها": an area of transit in which ... are active, no name
                if name and folded in LICENCE_FREE_AR:
                    break  # "منطقة مكة المكرمة ان غرفة العمليات": "ان" (that) ends the name
                # a name's next word: after a name prefix ("عين علي"), with the article ("دير الزور"), or a
                # word of a foreign name ("ديرة إسماعيل خان": a given name, a word the lexicon does not know)
                foreign = not titled and (folded in GIVEN_NAMES or isinstance(analysed(clean(nxt)), str))
                if name and fold(name[0]) not in NAME_PREFIXES and not folded.startswith(ARTICLE) and not foreign:
                    break
                if _an_adjective(clean(nxt)) or folded in CARRYING_VERBS or a_verb_with_its_object(folded):
                    break  # "مدينة صغيرة": the lexicon's adjective; "مخيم يؤوي", "منطقة يسكنها": a verb
                if name and a_past_verb(nxt):
                    break  # "مدينة أوتريخت أودى بحياة": the clause's verb after the name
                name.append(clean(nxt))
                if nxt != clean(nxt):
                    break
            phrase = " ".join(name)
            if len(name) == 1 and fold(name[0]) in NAME_PREFIXES:
                continue  # "عين" alone is the first word of a name cut short ("عين علي"), not a name
            if len(name) == 1 and fold(name[0]) in NAME_CUES:
                continue  # "منطقة بحيرة تشاد": "بحيرة" is the next place word, its name after it
            if name and verbal_noun_shape(name[0]) and lookup(name[0]) is None:
                continue  # "من ناحية التعامل معه": as for handling it, no district named "Taamel"
            if len(name) == 1 and _a_common_noun(name[0]) and lookup(name[0]) is None:
                continue  # "منطقة عبور": a transit area, no place named "Abbour"
            if phrase and len(fold(phrase)) >= 3 and article.locate(phrase) and phrase not in found:
                found.append(phrase)
    return found


_OPENING_QUOTES = "\"«“'"
_CLOSING_QUOTES = "\"»”'"


def _quoted_name(words: list[str]) -> str | None:
    """A name of several words between quote marks at the start of ``words``, without the marks."""
    if not words or words[0][:1] not in _OPENING_QUOTES or words[0].rstrip("،,.")[-1:] in _CLOSING_QUOTES:
        return None
    for k, word in enumerate(words[1:], 1):
        if word.rstrip("،,.")[-1:] in _CLOSING_QUOTES:
            return " ".join(words[: k + 1]).rstrip("،,.").strip(_OPENING_QUOTES + _CLOSING_QUOTES)
    return None


def _an_institution(word: str) -> bool:
    """Any sense of the word is an institution's ("وكالة": a news agency or a state agency)."""
    sense = _sense_of(word)
    return sense is not None and any(s.kind == "institution" for s in LEXICON.get(sense.lemma, (sense,)))


def _an_adjective(word: str) -> bool:
    sense = _sense_of(word)
    return sense is not None and sense.pos == "adj"


def attributed(article: Article, name: str) -> bool:
    """Whether the article quotes or cites ``name``: an attribution word within four words before it
    or three after it, or the name itself is a speaking role ("المتحدث باسم...", "مصادر طبية")."""
    span = article.locate(name)
    if span is None:
        return False
    folded_name = fold(name).split()
    if folded_name and (folded_name[0] in ATTRIBUTION or folded_name[0][1:] in ATTRIBUTION):
        return True
    # within the name's sentence: "..., Haltom City Police said. The gunman, who ..." cites the police only
    opening = article.sentence_around(span).start
    before = [w for w in (fold(clean(w)) for w in article.text[opening : span.start].split()[-6:]) if w][-4:]
    # English puts the verb after the speaker as often as before it ("Aaron Rouse said", "police told").
    after = [w for w in (fold(clean(w)) for w in article.text[span.end :].split()[:3]) if w]
    after = after[: next((i for i, w in enumerate(after) if w in BEFORE_SOURCE or w[1:] in BEFORE_SOURCE), 3)]
    return any(w in ATTRIBUTION or w[1:] in ATTRIBUTION for w in [*before, *after])


def said_by(article: Article, name: str, claim: str) -> bool:
    """The claim's sentence, or the one before it ("... said al-Sari. He added ..."), has a word of the
    source's name ("الساري" for "أمجد الساري")."""
    found = article.locate(claim)
    if found is None:
        return False
    sentence = article.sentence_around(found)
    before = article.sentence_around(Span("", max(0, sentence.start - 2), max(0, sentence.start - 1)))
    words = {w for w in bare_phrase(name).split() if len(w) >= 3}
    return any(words & set(bare_phrase(s.quote).split()) for s in (sentence, before))


def full_name(article: Article, word: str) -> str | None:
    """A one-word speaker the article also names after a listed given name ("وأوضح القدرة" after "الطبيب
    أشرف القدرة"): the given name and the surname, as written (never "the capability")."""
    if len(word.split()) != 1 or word.isascii():
        return None
    words = article.text.split()
    for i in range(1, len(words)):
        given = fold(clean(words[i - 1]))
        if clean(words[i]) == clean(word) and given in GIVEN_NAMES and given not in SPEAKS_FOR:  # not "باسم"
            name = f"{clean(words[i - 1])} {clean(words[i])}"
            if article.locate(name):
                return name
    return None


def one_person(article: Article, a: str, b: str) -> bool:
    """A one-word name the article also writes beside a word of another name ("جوستن" beside "ترودو" of
    "جاستن ترودو"): a given name and a surname of one person."""
    if len(a.split()) != 1 or len(b.split()) > 3:
        return False
    return any(
        article.locate(f"{clean(a)} {clean(w)}") is not None or article.locate(f"{clean(w)} {clean(a)}") is not None
        for w in b.split()
        if has_arabic(w) == has_arabic(a) and len(clean(w)) > 2
    )


_APPOSED_NAME_WORDS = 4  # words of a name set off by commas after its holder's title


def apposed_name(article: Article, title: str, name: str) -> bool:
    """``name`` is the person a title names further on in its clause, set off by commas ("وقال مفوض
    مقاطعة تالي نورث بولاية تيريكيكا ...، ابيلا مودي، إن ..." and "مودي"): one source."""
    span = article.locate(title)
    if span is None or not name.split():
        return False
    sentence = article.sentence_around(span)
    rest = article.text[span.end : sentence.end]
    words = rest.split()
    said = next((k for k, w in enumerate(words) if fold(clean(w)) in COMPLEMENTIZERS), len(words))
    segments = re.split(r"[،,]", " ".join(words[:said]))[1:2]  # the one right after the title's own words
    last = fold(clean(name.split()[-1]))
    return any(
        0 < len(seg.split()) <= _APPOSED_NAME_WORDS
        and last in {fold(clean(w)) for w in seg.split()}
        and all(_a_name_word(w) for w in seg.split())
        for seg in segments
    )


def _a_name_word(word: str) -> bool:
    """A word no lexicon knows, or a listed given name: part of a person's name ("ابيلا مودي"), not an
    outlet told to ("لوكالة الصحافة الفرنسية") or a verb ("citing DPA")."""
    word = clean(word)
    if word.isascii():
        return word[:1].isupper() and not ENGLISH_LEXICON.get(word.lower())
    found = analysed(word)
    return fold(word) in GIVEN_NAMES or isinstance(found, str) or all(w.sense is None for w in found)


def same_source(a: str, b: str) -> bool:
    """One source named twice ("أمجد الساري", "الساري"; "Serhiy Lysak", "Governor Lysak"): the words of one,
    titles aside, hold the other's."""
    words_a, words_b = _untitled(bare_phrase(a).split()), _untitled(bare_phrase(b).split())
    # "الوزارة" and "وزارة الصحة": a word's own first "و" is read as "and" in one and not in the other
    words_a, words_b = ({w.removeprefix(WAW) if len(w) > 3 else w for w in ws} for ws in (words_a, words_b))
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _untitled(words: list[str]) -> set[str]:
    """A name's words without the English titles before it ("governor"), when a name is left."""
    names = [
        w
        for w in words
        if w.rstrip(".").capitalize() not in COURTESY_TITLES
        and not any(e.kind == "title" for e in ENGLISH_LEXICON.get(w.lower(), ()))
    ]
    return set(names or words)


def same_weapon(article: Article, weapon: str | None) -> list[Span]:
    """Body sentences that name the verified weapon's lexicon term."""
    stems = [t for t in terms_in(weapon or "") if t in WEAPONS]
    body = lead(article, None, 200)
    return [s for s in body if any(find_term(s, t) for t in stems)]


def title_only(article: Article, span: str) -> bool:
    """The span is found in the title and nowhere in the body (the body's own words are preferred)."""
    body = article.body_start()
    found = article.locate(span, near=body)
    return found is not None and found.start < body


def counts_dead(sentence: Span) -> bool:
    """A lead that counts the killed or injured ("... killed at least 50 people", an Arabic one opening on
    "قُتل"): it tells the incident (not "police have identified the man an officer shot and killed")."""
    words = (*KILLED_WORDS, *INJURED_WORDS)
    # "deadly" counts no dead; "At least 21 people, including five children, were killed" counts them
    clauses = casualty_clauses(without_share_aside(without_false_casualty_words(sentence.quote)))
    counted = any(mentions(c, words) and counts_in(c) for c in clauses)
    if has_arabic(sentence.quote):
        # "قُتل 37 مدنيا على الأقل ... في هجوم شنه مسلحون": an Arabic lead that opens on its toll's verb,
        # or a clause after its opening aside does ("في حادث يعيد الأذهان إلى ...، قتل 14 جنديا")
        # or says so after "أن" and its subject ("أعلنت الشرطة ...، أن مسلحا قتل 9 وأصاب 7")
        openings = [c.split()[:3] for c in re.split(r"[،,](?!\d)", sentence.quote) if c.split()]
        reported = [o for o in openings if fold(clean(o[0])) in COMPLEMENTIZERS]
        opens_on_toll = any(mentions(o[0], KILLED_WORDS) for o in openings[:3])
        reports_toll = any(mentions(" ".join(o), KILLED_WORDS) for o in reported[:1])
        # "أعلن وزير الصحة ...، أمس الخميس، عن مصرع ما لا يقل عن 43 شخصا": announced, the toll's noun
        reports_toll = reports_toll or any(
            fold(clean(o[0])) in ANNOUNCED_OF and mentions(o[1], KILLED_WORDS) for o in openings[:3] if len(o) > 1
        )
        return counted and (opens_on_toll or reports_toll)
    return counted


def _claims_an_event(sentence: str) -> bool:
    """A lead that says who claimed what: a claim word, then "for"/"عن" and an event of a known class."""
    words = [fold(clean(w)) for w in sentence.lower().split()]
    at = next((i for i, w in enumerate(words[:14]) if w.startswith(CLAIM_WORDS)), None)
    if at is None:
        return False
    after = next((i for i in range(at + 1, min(at + 6, len(words))) if words[i] in CLAIMED_FOR), None)
    return after is not None and classify([" ".join(sentence.split()[after + 1 : after + 10])])[1] is not None


def told_as_its_title_says(article: Article, lede_text: str) -> str | None:
    """When the title names a class of event ("مأساة انهيار عقار") and the body's lead names none (a story's
    scene: "كان المشهد عاديًا في بدايته"), the first of the incident's sentences whose words name that class
    ("انهار العقار بالكامل"), clipped; else None."""
    body = article.body_start()
    heading = article.text[:body].strip() if title(article) else ""  # the whole title line ("القصة كاملة.. 9 ...")
    rule, word = classify([heading]) if heading else (None, None)
    if word is None or classify([lede_text])[1] is not None or tells_an_event(lede_text) or tells_a_hit(lede_text):
        return None  # "Officer X shot and killed Y", "jihadis have targeted a base": the lead tells it
    for sentence in main_sentences(article)[:_TITLE_CLASS_REACH]:
        found, said = classify([sentence.quote])
        if sentence.start >= body and said is not None and found == rule:
            told = without_furniture(sentence)
            first = re.split(r"[،,](?!\d)", told.quote, maxsplit=1)[0].strip()
            if classify([first])[1] is not None:  # "انهار العقار بالكامل، وسقط قاطنوه تحت الركام ...": the act
                return first
            return trimmed(told).quote
    return None


_TITLE_CLASS_REACH = 6  # sentences of the incident in which the act the title names is looked for


def _next_untold(article: Article, sentence: Span) -> Span | None:
    """The next sentence that tells an event as a lead and looks back at nothing."""
    text = article.text
    for _ in range(2):
        nxt = len(text) - len(text[sentence.end :].lstrip()) if sentence.end < len(text) else len(text)
        if nxt >= len(text):
            return None
        sentence = article.sentence_around(Span(text[nxt], nxt, nxt + 1))
        if tells_an_event(sentence.quote) and a_lead(sentence) and not background(sentence.quote):
            return sentence
    return None


def lede(article: Article, weapon: str | None) -> str:
    """The first sentence that mentions the verified weapon (or the body's first sentence), clipped."""
    text = article.text
    first = article.body_start()
    leads = [s for s in lead(article, None, 3) if a_lead(s)]
    opening = leads[0] if leads else None
    # a standfirst, then a lead that counts the dead ("Raiders ... open fire ..." / "JUBA // At least 29
    # people were killed when ..."): the lead's toll names the event too
    counted = bool(leads) and (
        counts_dead(leads[0]) or (leads[0].quote.isascii() and any(map(counts_dead, leads[1:2])))
    )
    if opening and (toll_update_event(article, opening) or _claims_an_event(opening.quote) or counted):
        # "ارتفعت حصيلة الاشتباكات ...", "Islamic State claimed responsibility on Monday for a suicide
        # bombing ...", "A missile strike ... killed at least 50 people": the lead names the event (what its
        # toll is of, what was claimed, whom it killed), not a later sentence naming the weapon
        weapon = None
    if opening and weapon and _strikes_with_its_weapon(opening.quote):
        weapon = None  # "استهدف قصف صاروخي مواقع عسكرية ...": the lead tells the strike by its own words
    anchor = article.locate(weapon, near=first) if weapon else None
    while anchor and (background(article.sentence_around(anchor).quote) or _in_a_quotation(article, anchor)):
        later = article.locate(weapon, near=anchor.end)  # an earlier event's weapon ("وكانت ... قد شهدت")
        anchor = later if later and later.start > anchor.start else None
    if anchor and anchor.start < first:
        anchor = None  # the weapon is named only in the title
    if anchor and not any(s.start <= anchor.start < s.end for s in main_sentences(article)):
        anchor = None  # named first where the article has turned to other things (a survivor's story)
    sentence = article.sentence_around(anchor or Span(text[first], first, first + 1))
    while anchor is None and (is_caption(sentence.quote) or not a_lead(sentence)):
        nxt = len(text) - len(text[sentence.end :].lstrip()) if sentence.end < len(text) else None
        if nxt is None or nxt >= len(text):
            break  # a caption or a furniture line; the body's next sentence states the event
        sentence = article.sentence_around(Span(text[nxt], nxt, nxt + 1))
    if anchor is None and background(sentence.quote) and (told := _next_untold(article, sentence)) is not None:
        sentence = told  # a standfirst on what came before ("The attack came a day after assailants gunned down")
    if anchor is None and (counted := after_the_response(article, sentence)) is not None:
        sentence = counted
    if anchor is None and not tells_an_event(sentence.quote) and sentence.end < len(text):
        # "Mali has been plagued by ... armed groups": a context line; the next sentence tells the incident
        following = _next_sentence(article, sentence)
        if following is not None and tells_an_event(following.quote) and a_lead(following):
            sentence = following
    if len(sentence.quote) <= 120:
        return sentence.quote
    # past its dateline, cut at a clause ("..., two residents said"), else before a name it would cut short
    # ("... group Boko Haram")
    told = without_furniture(sentence)
    if len(told.quote) <= 120:
        return told.quote  # "Image copyright Reuters Image caption ... A Chinese boy ...": the lead, whole
    head = told.quote[:120]
    cut = max((m.start() for m in re.finditer(r"[،,](?!\d)", head)), default=-1)  # at a clause (not "1,300")
    # not at a comma that leaves only who and when ("أقدم مسلحون مجهولون، ... مساء أمس، الأربعاء"): the cut
    # must keep what the whole sentence says happened (its class)
    kind = classify([told.quote])[0]
    if scene_object := _object_after_its_scene(told, kind):
        return scene_object
    if cut > 40 and classify([head[:cut]])[0] == kind and not reported_without_its_verb(head[:cut]):
        return head[:cut]
    return trimmed(told).quote


def after_the_response(article: Article, sentence: Span) -> Span | None:
    """When ``sentence`` is a lead on the response ("Search and rescue teams ... amid the rising death toll
    from the recent 7.8-magnitude earthquake"), the next sentence if it counts the dead: it tells the
    incident; else None."""
    text = article.text
    if not _event_only_as_its_cause(sentence.quote) or sentence.end >= len(text):
        return None
    following = _next_sentence(article, sentence)
    if following is not None and following.quote == sentence.quote:
        following = _next_sentence(article, following)  # a standfirst the body repeats as its first sentence
    return following if following is not None and counts_dead(following) and tells_an_event(following.quote) else None


def _next_sentence(article: Article, sentence: Span) -> Span | None:
    """The sentence after ``sentence``, or None at the article's end."""
    text = article.text
    nxt = len(text) - len(text[sentence.end :].lstrip())
    return article.sentence_around(Span(text[nxt], nxt, nxt + 1)) if nxt < len(text) else None


_CAUSE_LINK = re.compile(r"\b(?:amid|after|following|from)\b")


def _event_only_as_its_cause(sentence: str) -> bool:
    """English: the sentence opens on the search, or names its event's class only after "amid", "after",
    "following" or "from", and counts no dead of its own ("... are intensifying efforts to find survivors
    amid the rising death toll from the recent earthquake"): a lead on the response to the incident."""
    if not sentence.isascii() or counts_dead(Span(sentence, 0, len(sentence))):
        return False
    if sentence.lower().startswith(SEARCH_OPENERS):
        return True  # "The search for the remaining 12 campers caught in Friday's deadly landslide ..."
    keyword = classify([sentence])[1]
    at = sentence.lower().find(keyword.lower()) if keyword else -1
    return at > 0 and _CAUSE_LINK.search(sentence.lower(), 0, at) is not None


def _in_a_quotation(article: Article, anchor: Span) -> bool:
    """The words stand inside a quotation mark their sentence opened ('"They used IEDs ...," a spokesman
    told AFP'): a speaker's words, no lead."""
    before = article.text[article.sentence_around(anchor).start : anchor.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _object_after_its_scene(told: Span, kind: str) -> str | None:
    """A long lead whose opening clauses only set the scene, its event the verb's object after them
    ("شهدت منطقة (موراي)، الواقعة على بعد ... من مدينة (أم تيمان)، عاصمة إقليم سلامات، نزاعاً قبلياً دامياً،
    أسفر عن ..."): that object ("نزاعاً قبلياً دامياً"), the first clause whose own words say what happened and
    that opens in the accusative; the toll is said on its own."""
    commas = [m.end() for m in re.finditer(r"[،,](?!\d)", told.quote)]
    if not commas or classify([told.quote[: commas[0]]])[0] == kind:
        return None
    for start, end in zip(commas, [*commas[1:], len(told.quote)], strict=True):
        clause = told.quote[start:end].strip(" ،,")
        if classify([clause])[0] == kind:  # the clause itself, not a later one it runs into
            if not clean(clause.split()[0]).endswith(ACCUSATIVE_TANWIN):
                return None
            at = told.start + told.quote.index(clause, start)
            return trimmed(Span(clause, at, at + len(clause))).quote
    return None


def _strikes_with_its_weapon(sentence: str) -> bool:
    """The sentence's first words hold a verb of attack and a noun of attack or a weapon ("استهدف قصف
    صاروخي مواقع", "شنت طائرات حربية غارات"): it tells the strike itself."""
    words = [clean(w) for w in sentence.split()[:8]]
    found = [analysed(w) for w in words if w]
    senses = [f[0].sense for f in found if not isinstance(f, str) and f and f[0].sense is not None]
    verb = any(s.kind == "attack" and s.pos == "verb" and s.en not in _FLIGHT_VERBS for s in senses)
    return verb and any(s.kind in ("attack", "weapon") and s.pos == "noun" for s in senses)


_NAMING_KINDS = ("title", "institution", "outlet", "people", "force", "actor", "armed_group", "reporting")


_PREPOSITION_FIRST = re.compile(rf"^{PREPOSITION_WITH_ARTICLE}")  # "بالقول": by saying; a name never opens so


_SENTENCE_INSIDE = re.compile(r"\S\s+(?:A|An|The)\s+[a-z]")  # "on the run A statement": a new sentence


_AUTHORITIES_IN = r"\b((?:the\s+)?(?:authorities|officials|police|security officials)\s+in\s+{})\b"


def authorities_of(article: Article, name: str) -> str | None:
    """A country given as a source that the article cites as its authorities ("authorities in Colombia
    said"): those words, or None."""
    if country_hit(name) is None:
        return None
    m = re.search(_AUTHORITIES_IN.format(re.escape(name.strip())), article.text)
    return m.group(1) if m else None


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")  # "M.V", "U.S."


def _points_back(words: list[str]) -> bool:
    """ "هذه المصادر", "the sources", "المصادر": the sources named before, pointed back to."""
    folded = [fold(w).lower() for w in words]
    rest = [w for w in folded if w not in BACK_DETERMINERS]
    pointed = len(rest) < len(folded) or (rest and rest[0].startswith(ARTICLE))
    return len(rest) == 1 and rest[0] in SOURCE_NOUNS and bool(pointed)


def _reported_event(words: list[str]) -> bool:
    """ "بسقوط 15", "بمقتل جنديين": "ب" before a count or a word of what happened (the object of "أفاد")."""
    stem = fold(words[0])[1:]
    sense = _sense_of(stem)
    told = sense is not None and sense.kind in ("casualty", "attack", "disaster")
    return told or any(ch.isdigit() for w in words for ch in w) or verbal_noun_shape(stem)


def _a_gerund_first(words: list[str]) -> bool:
    """ "Grabbing his son": a participle opens it, a lower-case word follows; no place ("Reading") or name."""
    first = words[0]
    return (
        len(words) > 1
        and first.lower().endswith("ing")
        and words[1][:1].islower()
        and not ENGLISH_LEXICON.get(first.lower())
        and lookup(first) is None
    )


def _cut_before_its_place(words: list[str]) -> bool:
    """An Arabic name whose second word is "ب" glued to a place word ("نورث بولاية تيريكيكا"), its first no
    title, body or person the lexicon knows: the end of a title's phrase, cut, and where it lies."""
    if len(words) < 3 or not fold(words[1]).startswith(BEH) or fold(words[1])[1:] not in PLACE_DESCRIPTORS_SET:
        return False
    found = analysed(words[0])
    return isinstance(found, str) or (found[0].sense is None and found[0].name is not None)


def not_a_source_name(name: str) -> str | None:
    """Why a source span is a fragment of a sentence rather than who said it, or None."""
    words = [clean(w) for w in name.split() if clean(w)]
    if not words:
        return "empty"
    if fold(words[0]) in FRAGMENT_STARTS:
        return f"starts like a clause ({words[0]!r}): a fragment of a sentence, not a source"
    if name.isascii() and (_SENTENCE_INSIDE.search(name) or name.rstrip().endswith(("'s", "’s"))):
        # "the run A statement from the police department": two sentences run together; "Mr Logan's"
        # (family): whose, not who
        return "runs across a sentence's end or is a possessive: a fragment, not a source"
    if _INITIALS.fullmatch(name.strip()):
        return "initials cut from a name (a ship's 'M.V'), not who said it"
    if name.strip().lower() in _QUANTIFIERS:
        return "a quantifier ('All told'), not who said it"
    if not name.isascii() and _cut_before_its_place(words):
        return "a word cut from a name, then where it lies ('... in Terekeka state'): no one who spoke"
    only = ENGLISH_LEXICON.get(words[0].lower(), ()) if len(words) == 1 and name.isascii() else ()
    if only and all(e.pos == "adj" for e in only):
        return "an adjective alone ('Local' of 'Local reports'), not who said it"
    last = fold(words[-1]).lower()
    if len(words) > 1 and (last in SPEAKS_FOR or last in ("for", "of", "to")):  # not "علي", a name folded as "على"
        return "cut before whom it speaks for ('the spokesman for'): no name"
    first = fold(words[0])
    if first in COMPLEMENTIZERS or (first[:1] in (BEH, WAW) and first[1:] in COMPLEMENTIZERS):
        return f"opens on a conjunction ({words[0]!r}): what was said, not who said it"
    if not name.isascii() and _PREPOSITION_FIRST.match(fold(words[0])):
        return f"opens with a preposition ({words[0]!r}): a fragment of a sentence, not a source"
    if any(DAMMA in w[:3] for w in words if not w.isascii()):
        return "holds a verb written as a passive: a clause, not a source"
    if not words[0].isascii() and verbal_noun_shape(words[0]) and not any(_names_someone(w) for w in words):
        return f"opens with a verbal noun ({words[0]!r}): what was said, not who said it"
    if all(any(s.pos == "adv" for s in senses_in(w)) for w in words if not w.isascii()) and not name.isascii():
        return "an adverb (repeatedly, again), not who said it"
    verbs = [w for w in words if fold(w) in CLAUSE_WORDS or _only_a_verb(w)]
    verbs += [w for k, w in enumerate(words) if name.isascii() and _an_english_past_after_its_subject(words, k)]
    # an Arabic verb, save one that names a body after its word ("منظمة أنقذوا الأطفال": Save the Children)
    verbs += [w for k, w in enumerate(words) if _an_arabic_verb(w) and not (k and _an_institution(words[k - 1]))]
    if verbs:
        return f"holds a verb ({verbs[0]!r}): a clause, not a source"
    folded = fold(name)
    if {folded, bare_phrase(name)} & DOCUMENTS or folded.removeprefix("the ").removeprefix("a ") in DOCUMENTS:
        return "what was said (a statement, a report), not who said it"
    if len(words) > 1 and fold(words[0]) in DOCUMENTS and all(_an_adjective(w) for w in words[1:]):
        return "what was said (a brief statement), not who said it"
    shown = name.isascii() and any(w.lower() in DOCUMENTS for w in words) and not any(w[:1].isupper() for w in words)
    if shown and not any(w.lower() in MEDIA_WORDS or w.lower() in OUTLET_WORDS for w in words):  # "media reports"
        return "what was shown or said (cellphone images, a police statement), not who said it"
    if folded.removeprefix("the ") in VICTIM_GROUPS:
        return "a group of victims (women, children), not who reported it"
    if folded.lower().removeprefix("the ") in ATTACKERS_NOT_SOURCES:
        return "the attackers themselves, named as what they did, not who reported it"
    if folded in READ_ALSO or folded in WEEKDAYS or folded in MONTH_NAMES or folded in TIME_WORDS:
        return "a page link or a day, not a source"
    if all(fold(w).lower() in WEEKDAYS or fold(w).lower() in TIME_WORDS for w in words if w.lower() != "the"):
        return "a time (Tuesday morning), not a source"
    if folded.lower() in BYLINE_CREDITS:
        return "a byline's credit (who wrote the report), not a source"
    if _points_back(words):
        return "points back to sources already named (these sources), not a new one"
    if not name.isascii() and fold(words[0])[:1] == BEH and _reported_event(words):
        return f"opens with a preposition and what happened ({words[0]!r}): what was reported, not who"
    if name.isascii() and _a_gerund_first(words):
        return f"opens with a participle ({words[0]!r}): what someone did, not who said it"
    if name.isascii() and words[0].lower() in ENGLISH_BEARING_ADJECTIVES and lookup(" ".join(words[1:])):
        return "a place (western Niger), not who said it"
    same = fold(words[-1]).lower() in SAME_WORDS or (len(words) > 1 and words[1].lower() in SAME_WORDS)
    if same or (len(words) > 1 and fold(words[0]) in SAME_BEFORE):
        return "points back to a source already named (the same source), not a new one"
    # Who was killed or hurt, or how many, is what a sentence reports, not who reports it.
    counted = name.isascii() and any(w.isdigit() for w in words) and not any(w[:1].isupper() for w in words)
    if mentions(name, (*KILLED_WORDS, *INJURED_WORDS)) or any(fold(w) in NUMBER_WORDS for w in words) or counted:
        return "names casualties or a number: a part of the report, not its source"  # "36 people", not "Kurdistan 24"
    if len(words) >= 5 and not any(_names_someone(w) for w in words):
        return f"a clause of {len(words)} words naming no person, office or outlet"
    if len(words) <= 3 and all(_known_thing(w) for w in words):
        return "common words that name no one who speaks (a body, an attack), not a source"
    if name.isascii() and (why := _english_not_a_speaker(words)):
        return why
    return None


_EN_NOT_A_SPEAKER_OPENERS = frozenset(("its", "his", "her", "their", "our", "without"))  # "its website"
_EN_TRAILING_PREPOSITIONS = frozenset(("during", "of", "in", "for", "with", "by", "from", "to", "at", "on", "after"))


def _english_not_a_speaker(words: list[str]) -> str | None:
    """ "its website", "without elaborating", "the plan in a video", "a group": English words that name
    no one (no capitalised name, no word of a speaker the lexicon knows)."""
    if words[0].lower() in _EN_NOT_A_SPEAKER_OPENERS:
        return f"opens with {words[0]!r}: how or where it was said, not who said it"
    if len(words) > 1 and words[-1].lower() in ("but", "and", "or", "yet"):
        return f"ends on {words[-1]!r}: the end of a clause before another, not who said it"
    if len(words) > 2 and words[-1].lower() in _EN_TRAILING_PREPOSITIONS:
        return f"ends on {words[-1]!r}: a phrase cut short, not a name"  # "a militia formed during"
    lower = [w.lower() for w in words if w.lower() not in ("the", "a", "an", "of", "in", "on", "at", "and")]
    named = any(w[:1].isupper() for w in words if w.lower() not in ("the", "a", "an"))
    speaker = any(_names_someone(w) for w in lower)
    if not named and not speaker:
        return "English words that name no person, office or outlet"
    if lower in (["group"], ["groups"]):
        return "a group, unnamed: no one who speaks"
    return None


def _known_thing(word: str) -> bool:
    """A word the lexicon knows, none of whose senses is a speaker ("جثتها", "الهجوم", "the attack");
    an unknown word may be a name."""
    if word.isascii():
        english = ENGLISH_LEXICON.get(word.lower(), ())
        if word.lower() in ("the", "a", "an", "and", "or"):
            return True
        if word[:1].isupper():  # a name, unless a word of what happened opens a headline ("Explosion and gunfire")
            kinds = {w.kind for w in english}
            return bool(kinds & set(_EVENT_KINDS)) and not kinds & set(_NAMING_KINDS)
        return bool(english) and not any(w.kind in _NAMING_KINDS for w in english)
    senses = senses_in(word)
    return bool(senses) and not any(s.kind in _NAMING_KINDS for s in senses)


_CAPITALISED_FUNCTION_WORDS = frozenset(("the", "a", "an", "this", "these", "those", "it", "they", "there"))


def _names_someone(word: str) -> bool:
    if word[:1].isupper():
        return word.lower() not in _CAPITALISED_FUNCTION_WORDS  # a capitalised English word: a name ("The": none)
    senses = [*LEXICON.get(fold(word), ()), *LEXICON.get(bare(fold(word)), ())]
    english = ENGLISH_LEXICON.get(word.lower(), ())
    return any(s.kind in _NAMING_KINDS for s in senses) or any(w.kind in _NAMING_KINDS for w in english)


def _an_arabic_verb(word: str) -> bool:
    """An Arabic word the lexicon reads only as a verb ("أعلنتها": which it announced)."""
    if word.isascii():
        return False
    senses = senses_in(clean(word))
    return bool(senses) and all(s.pos == "verb" for s in senses)


def _an_adjective(word: str) -> bool:
    """A word the lexicon reads only as an adjective ("مقتضب", brief)."""
    senses = senses_in(clean(word)) if not word.isascii() else ENGLISH_LEXICON.get(word.lower(), ())
    return bool(senses) and all(s.pos == "adj" for s in senses)


def _only_a_verb(word: str) -> bool:
    """An English word the lexicon knows only as a verb ("killed", "underwent")."""
    senses = ENGLISH_LEXICON.get(word.lower(), ())
    return bool(senses) and all(w.pos == "verb" for w in senses)


def victim(article: Article, name: str) -> bool:
    """The article names ``name`` as one killed, hurt, kidnapped or targeted: a casualty word or a
    victim cue among the three words before one of its mentions ("قُتلت الناشطة العراقية سعاد العلي",
    "اغتيال سعاد العلي", "killed Phillip Pitts")."""
    cues = (*KILLED_WORDS, *INJURED_WORDS, *VICTIM_CUES)
    at = 0
    while (span := article.locate(name, near=at)) is not None and span.start >= at:
        # within its sentence: a title above the lead ("... bus blast kills 20") is no cue of the lead's subject
        words = article.text[article.sentence_around(span).start : span.start].split()[-_CHAIN_REACH:]
        if name.isascii() and _english_agent(words, article.text[span.end : span.end + 30]):
            return False  # "an ambush by the terror group Boko Haram", "in Boko Haram ambush": the attacker
        if not name.isascii() and _subject_before_its_victims(article.text[span.end : span.end + 40]):
            return False  # "قتل مسلحو جماعة بوكو حرام 92 جنديا": the killers' group, its victims counted after
        opener = max((i for i, w in enumerate(words) if fold(clean(w)).lower() in CLAUSE_SUBORDINATORS), default=-1)
        before = _before_members(words[opener + 1 :])  # "killed when Boko Haram attacked": its own clause
        if any(any(c in w for c in cues) for w in before if w):
            return True
        if _suffered(article.text[span.end : article.sentence_around(span).end]):
            return True  # "وكان بلعيد (48 عاما)، الأمين العام ...، قد اغتيل": the subject of what befell him
        at = span.end
    return False


_CHAIN_REACH = 8  # words before a name: its members and their count, then the cue
_AGENT_REACH = 4  # words from "by" to the name it introduces ("by the terror group Boko Haram")
_OBJECT_REACH = 2  # words after a name to the count of those its people killed


def _subject_before_its_victims(after: str) -> bool:
    """Arabic words after a name that open with a count of people in the accusative ("92 جنديًا"): the name
    is in the killing verb's subject, and the counted are its victims."""
    words = [clean(w) for w in after.split()[: _OBJECT_REACH + 1] if clean(w)]
    for k, word in enumerate(words[:_OBJECT_REACH]):
        if counts_in(word) and k + 1 < len(words) and words[k + 1].endswith(ACCUSATIVE_TANWIN):
            return True
    return False


_ATTACK_NOUNS = frozenset(("ambush", "attack", "attacks", "raid", "raids", "assault", "bombing", "offensive"))


def _english_agent(before: list[str], after: str) -> bool:
    """An English mention as the attacker: after "by" a few words back, with no stop between, or right
    before an attack noun it owns ("Boko Haram ambush", "ISIS's attack")."""
    near = [w.lower() for w in before[-_AGENT_REACH:]]
    if "by" in near and not any(w.endswith((".", ",", ";")) for w in near[near.index("by") : -1]):
        return True
    nxt = after.split()[:1]
    return bool(nxt) and nxt[0].lower().strip(".,;:") in _ATTACK_NOUNS


_MEMBER_KINDS = ("quantity", "title", "actor", "institution", "people")


def _before_members(words: list[str]) -> list[str]:
    """The three words before a name's members and their count ("بمقتل عدد من قيادات ميليشيات الحوثي":
    the group is the victims' own, the cue "بمقتل" before "عدد من قيادات"); without such a chain, the
    three words before the name."""
    folded = [bare(fold(clean(w))) for w in words]
    end = len(folded)
    while end > 0 and end > len(folded) - 5 and _a_member_word(words[end - 1]):
        end -= 1
    if end < len(folded) - 1:  # two chain words at least ("عدد من" or "قيادات"... alone is a title)
        return folded[max(0, end - 3) : end] + folded[-3:]
    return folded[-3:]


def _a_member_word(word: str) -> bool:
    """A count, a title or a member noun, or the "من" of "عدد من"."""
    if fold(clean(word)) in PARTITIVES:
        return True
    senses = analyse(word)
    return bool(senses) and senses[0].sense is not None and senses[0].sense.kind in _MEMBER_KINDS


def named_as_victim(article: Article, name: str) -> bool:
    """An English name that heads a list said to have been killed or hurt ("The FNDC said Alpha Souleymane
    Diallo, Abdouramane Diallo, and 32-year-old Amadou Oury Barry, were killed by security forces"): a
    victim, never the source of what was said of them."""
    at = 0
    while name.isascii() and (span := article.locate(name, near=at)) is not None and span.start >= at:
        if _VICTIM_LIST.match(article.text[span.end : span.end + 160]):
            return True
        at = span.end
    return False


# the rest of a list of names (capitalised words, "and", an age) and its passive casualty verb
_VICTIM_LIST = re.compile(
    r"(?:\s*,?\s*(?:and\s+)?(?:[A-Z][\w'’.-]*|\d+-year-old)\b)*\s*,?\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot|wounded|injured|hurt|murdered|abducted|kidnapped)\b"
)


def _suffered(after: str) -> bool:
    """The words after a name go on, in the pluperfect, with a verb of what befell it ("... قد اغتيل")."""
    words = [fold(clean(w)) for w in after.split()[:_SUBJECT_REACH]]
    return any(w == PLUPERFECT_PARTICLE and nxt in SUFFERED_VERBS for w, nxt in itertools.pairwise(words))


_SUBJECT_REACH = 14  # words from a pluperfect's subject to its verb ("بلعيد (48 عاما)، الأمين العام ... قد اغتيل")
_OWNER_KINDS = ("nationality", "people", "force", "armed_group", "actor")
_STRIKES = ("weapon", "attack")  # a weapon or a strike whose owner the construct may name
_EVENT_KINDS = ("attack", "weapon", "casualty")


def an_event(phrase: str) -> bool:
    """The phrase's head is an attack, a weapon or a casualty word ("الكمين", "غارة بطائرة بلا طيار",
    "the ambush"): what happened, never a place, whatever slot the model put it in."""
    words = analyse(phrase)
    if words and words[0].sense is not None:
        return words[0].sense.kind in _EVENT_KINDS
    english = [w for w in phrase.lower().split() if w not in ("a", "an", "the")]
    senses = ENGLISH_LEXICON.get(english[0], ()) if english and not phrase[:1].isupper() else ()
    return bool(senses) and senses[0].kind in _EVENT_KINDS


_HAPPENED_KINDS = ("attack", "casualty", "disaster")  # nouns only: "kidnapped by" describes a target
_AFFILIATED = ("force", "armed_group", "actor")  # fighters who may be named by whom they belong to


def tells_what_happened(phrase: str) -> bool:
    """A word of the phrase names what happened or its toll ("موقع الحادث", "عشرات القتلى", "small
    plane crash"): such a phrase is no target."""
    return happened_at(phrase) is not None


def happened_at(phrase: str) -> int | None:
    """The index of the first word of ``phrase`` that is a noun of what happened or of its toll."""
    for i, word in enumerate(phrase.split()):
        if word.isascii():
            senses = ENGLISH_LEXICON.get(clean(word).lower(), ()) if not word[:1].isupper() else ()
            if any(e.kind in _HAPPENED_KINDS and e.pos in ("noun", "phrase") for e in senses):
                return i
            continue
        found = analysed(clean(word))
        if not isinstance(found, str) and any(
            w.sense is not None and w.sense.kind in _HAPPENED_KINDS and w.sense.pos in ("noun", "phrase") for w in found
        ):
            return i
    return None


def weapon_owner(article: Article, sentences: list[Span]) -> str | None:
    """Whose weapon or strike the lead names, in the construct after it ("برصاص الاحتلال الإسرائيلي",
    "غارات الجيش السوري"): the attacker, as written. Only an actor, force, armed group or people."""
    for sentence in sentences[:2]:
        words = sentence.quote.split()
        for i, word in enumerate(words[:-1]):
            head = analysed(clean(word))
            if isinstance(head, str) or not head or head[0].sense is None:
                continue
            if i and _weapon_adjective(words[i - 1], word):
                continue  # "حربية" of "طائرات حربية" (warplanes) is no war of its own
            if head[0].sense.kind in _AFFILIATED and fold(clean(words[i + 1])) in BELONGING_WORDS:
                # "مليشيات تابعة للمجلس الرئاسي اختطفت": the armed men, with whom they belong to.
                if owner := _belonging_to(words[i + 1 : i + 5]):
                    phrase = f"{clean(word)} {clean(words[i + 1])} {owner}"
                    return phrase if article.locate(phrase) else None
            if head[0].sense.kind not in _STRIKES or head[0].sense.pos != "noun":
                continue  # a construct's owner follows a noun ("غارات الجيش"), not a verb's object ("تحارب المتطرفين")
            if i and _a_title(words[i - 1]):
                continue  # "رئيس عمليات الشرطة": the head of police operations, no strike of the police
            # a definite noun is in no construct: "للهجوم الإرهابي" is the terrorist attack, no terrorist's
            owned = None if head[0].definite else _owner_after(words[i + 1 : i + 4])
            set_for = head[0].sense.lemma in SET_FOR  # "كميناً للقوات المالية": for whom it was set
            by_lam = None if set_for else _owner_by_lam(words[i + 1 : i + 6])
            if phrase := owned or _belonging_to(words[i + 1 : i + 6]) or by_lam:
                return phrase if article.locate(phrase) else None
            # "على الطائرة السورية", "استهدف منظومة صواريخ إيرانية": what was hit, not whose weapon struck
            on_target = i > 0 and (
                fold(clean(words[i - 1])) in TARGET_PREPOSITIONS
                or (
                    fold(clean(words[i - 1])).removeprefix(WAW) in TARGETED_VERBS
                    and i > 1
                    and a_strike_noun(words[i - 2])
                )
            )
            if head[0].sense.kind == "attack" and not on_target and (by_state := _state_strike(words[i:])):
                return by_state if article.locate(by_state) else None  # "بقصف إسرائيلي": Israel's strike
            described = i + 2 < len(words) and _weapon_adjective(word, words[i + 1])  # "طائرات حربية روسية"
            if (
                head[0].sense.kind == "weapon"
                and len(head) == 1
                and not on_target
                and (adj := _state_adjective(words[i + 2] if described else words[i + 1]))
                and _tells_a_strike(words)
            ):
                # "طائرات روسية": the state that flies them
                phrase = f"{clean(word)} {clean(words[i + 1])} {adj}" if described else f"{clean(word)} {adj}"
                phrase = with_head_noun(article, phrase) or phrase  # "ضربة صاروخية إسرائيلية": not "صاروخية"
                return phrase if article.locate(phrase) else None
    return None


def clash_sides(phrase: str) -> tuple[str, str] | None:
    """The two sides a clash is between, as written ("اشتباكات في بيروت بين مناصرين من تيار المستقبل من جهة
    وبين مناصرين من حركة أمل وحزب الله من جهة أخرى", "clashes between police and protesters in Lagos"):
    each to a punctuation mark or a place's preposition, "on one side ... on the other" aside."""
    for filler in CLAUSE_FILLERS:
        phrase = phrase.replace(filler, " ")
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if fold(clean(w)) in BETWEEN), None)
    if at is None:
        return None
    rest = words[at + 1 :]
    folded = [fold(clean(w)) for w in rest]
    split = next((folded.index(w) for w in SECOND_SIDE if len(w) > 1 and w in folded), None)
    if split is not None:
        first, second = rest[:split], rest[split + 1 :]
    else:  # "بين الجيش وعناصر من التنظيم": the first word glued to "و" opens the second side ("وآل خليل" too)
        split = next((i for i, f in enumerate(folded) if i and f.startswith(WAW) and len(f) > 2), None)
        if split is None:
            return None
        first, second = rest[:split], [rest[split][1:], *rest[split + 1 :]]
    if len(first) > 1 and _a_dual_head(first[0]):
        # "بين قبيلتي أولاد سليمان والقذاذفة المتنافستين": the two tribes are the names; their dual
        # adjective closes the second
        first = first[1:]
        second = second[:1] + list(itertools.takewhile(lambda w: not _a_dual_head(w), second[1:]))
    sides = [_side(first), _side(second)]
    return (sides[0], sides[1]) if all(sides) else None


_BORDER_REACH = 4  # words from a border word to the second of the two countries it divides


def border_sides(text: str) -> tuple[str, str] | None:
    """The two countries a border divides, as written, when the text names it ("على حدود قرغيزستان
    وطاجيكستان", "on the border between Kyrgyzstan and Tajikistan"): clashes there are between the two."""
    words = text.split()
    for i, word in enumerate(words):
        if fold(clean(word)).removeprefix(WAW).lower() not in BORDER_WORDS:
            continue
        near = [clean(w) for w in words[i + 1 : i + 1 + _BORDER_REACH]]
        countries = [
            (k, w.removeprefix(WAW) if k else w)
            for k, w in enumerate(near)
            if country_hit(w.removeprefix(WAW) if k else w) is not None
        ]
        if len(countries) == 2 and countries[1][0] - countries[0][0] <= 2:
            first, second = countries[0][1], countries[1][1]
            if country_hit(first).country_code != country_hit(second).country_code:
                return first, second
    return None


def _a_dual_head(word: str) -> bool:
    """A dual the lexicon reads ("قبيلتي") or a definite feminine dual ("المتنافستين"): two of one kind,
    not a side's own name."""
    folded = fold(clean(word))
    if folded.startswith(ARTICLE) and folded.endswith(fold(ARABIC_AGREEMENT["feminine_dual_genitive"])):
        return True
    found = analysed(clean(word))
    return not isinstance(found, str) and len(found) == 1 and found[0].dual


def _side(words: list[str]) -> str:
    """A clash's side up to a punctuation mark or a place's preposition ("protesters in Lagos")."""
    side: list[str] = []
    for word in words[:7]:
        if fold(clean(word)) == SOURCE_IN or clean(word).lower() in ADVERBIAL_PREPOSITIONS or not clean(word):
            break
        if side and (fold(clean(word)) in RELATIVES or clean(word).lower() in _EN_CLAUSE_OPENERS):
            break  # "الحوثيين الذين يسيطرون على ...": the side, not what it does
        side.append(clean(word))
        if word[-1:] in WORD_EDGE:
            break  # a closing mark ends it; an opening quote ('"جهاز دعم الاستقرار"') does not
    return " ".join(side)


def overlaps(a: str, b: str) -> bool:
    """Two phrases share a content word, clitics and the article aside ("طائرات روسية", "الطائرات الروسية")."""
    words = {bare(fold(clean(w))) for w in without_preposition(a).split()}
    return any(bare(fold(clean(w))) in words for w in without_preposition(b).split() if len(w) > 2)


def _belonging_to(words: list[str]) -> str | None:
    """The owner after "تابعة لـ" ("طائرة بلا طيار تابعة للولايات المتحدة"): an actor of the lexicon
    or a country, as written (the preposition glued to it)."""
    for i, word in enumerate(words[:-1]):
        if fold(clean(word)) in HEDGES:
            return None  # "المرجح أنها تابعة للتحالف": a guess, not whose it was
        if fold(clean(word)) not in BELONGING_WORDS:
            continue
        for width in (3, 2, 1):
            phrase = " ".join(clean(w) for w in words[i + 1 : i + 1 + width])
            bare_name = without_preposition(phrase)
            if bare_name == phrase:
                continue  # "تابعة" and no "لـ": not an owner
            hit = lookup(bare_name)
            if (hit and hit.is_country) or _owner_after(bare_name.split()) == bare_name or _a_body(bare_name):
                return phrase
        return None
    return None


def suspected(article: Article, actor: str) -> bool:
    """The sentence that first names ``actor`` in the body guesses or accuses ("بغارات يرجح أن طائرات
    روسية نفذتها", "اتهمت سبأ الحوثيين", "يحملان بصمات جماعة بوكو حرام"): not a fact to state."""
    at = article.body_start()
    span = article.locate(actor, near=at)
    if span is None or span.start < at:
        return False
    around = article.sentence_around(span)
    sentence = around.quote
    # the hedge stands before the actor or in its clause ("a brazen assault likely to raise ..." after "when
    # Taliban attacked their checkpoint," hedges no attacker), or in a relative clause on it ("which is suspected")
    words = {fold(clean(w)) for w in _up_to_its_clause(sentence, span.end - around.start).split()}
    denied = any(d in sentence for d in ENGLISH_DENIALS)  # "Russia's defence ministry denied responsibility"
    # a strike told with its state ("في قصف إسرائيلي ...، وفق الدفاع المدني") is the outlet's own
    # description; the source credited at the sentence's end is that of the toll
    # so is the agent of "المجزرة التي ارتكبها ..." in the sentence's own words
    subject = _subject_of_attack(article, span)  # "شن سلاح الجو العراقي غارات ضد هدف قال إنه ...": told
    told = (
        strike_state(actor)
        or _state_weapon(actor)
        or subject
        or committed_by(article, [article.sentence_around(span)]) == actor
        or actor in (clash_sides(sentence) or ())  # "الاشتباكات بين قوات اللواء 444 و...": a side, told
    )
    credited = _only_credited(article, actor, at) and not told
    hedged = (bool(words & (HEDGES | ACCUSATION_CUES)) and not subject) or denied or credited
    return (hedged or denies(article, actor)) and not acknowledged(article, actor)


_CLAUSE_MARK = re.compile(r"[,.;،؛]")
_RELATIVE_OPENERS = ("which", "who", "whom", *RELATIVES)


def _up_to_its_clause(sentence: str, end: int) -> str:
    """The sentence up to the end of the clause that holds its words up to ``end``, and of a relative
    clause right after it."""
    stop = _CLAUSE_MARK.search(sentence, end)
    if stop is None:
        return sentence
    after = sentence[stop.end() :].split()
    if (
        after
        and fold(clean(after[0])).lower() in _RELATIVE_OPENERS
        and (nxt := _CLAUSE_MARK.search(sentence, stop.end()))
    ):
        return sentence[: nxt.start()]
    return sentence[: stop.start()] if after and fold(clean(after[0])).lower() not in _RELATIVE_OPENERS else sentence


def _subject_of_attack(article: Article, span: Span) -> bool:
    """The actor is the subject right after a verb of attack that opens its sentence ("شن سلاح الجو
    العراقي غارات"): the outlet tells who struck; a hedge elsewhere in the sentence is about the rest."""
    sentence = article.sentence_around(span)
    before = article.text[sentence.start : span.start].split()
    if not before or (len(before) > 1 and before[-2][-1:] not in "—–-:"):
        return False  # the verb opens the sentence, or follows its dateline ("(CNN)— شن")
    found = analysed(clean(before[-1]))
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].sense is not None
        and found[0].sense.pos == "verb"
        and found[0].sense.kind == "attack"
        and found[0].sense.en not in _FLIGHT_VERBS
    )


def denies(article: Article, actor: str) -> bool:
    """A sentence of the article (its title too) names ``actor`` and a verb of denial ("«حزب الله» ينفي
    مسؤوليته عن الصاروخ", "Hezbollah denied involvement")."""
    key = fold(actor)
    for sentence in sentences(article):
        if key not in fold(sentence.quote):
            continue
        words = {fold(clean(w)) for w in sentence.quote.split()}
        if words & ARABIC_DENIALS or any(d in sentence.quote for d in ENGLISH_DENIALS):
            return True
    return False


def _only_credited(article: Article, actor: str, body: int) -> bool:
    """Every body sentence that names the actor credits what it says to a source ("قتل خالد محسود في
    هجوم شنته طائرة تابعة للولايات المتحدة، بحسب ما ذكرته الحركة", "according to"): a source's word
    about who did it, not the article's."""
    sentences, at = [], body
    while (span := article.locate(actor, near=at)) is not None and span.start >= at:
        sentences.append(article.sentence_around(span).quote)
        at = span.end
    return bool(sentences) and all(
        any(w in BEFORE_SOURCE or w[1:] in BEFORE_SOURCE for w in (fold(clean(x)) for x in s.split()))
        for s in sentences
    )


def acknowledged(article: Article, actor: str) -> bool:
    """The actor says itself that it acted: a confirming verb before its name, then "أنه" and an action
    ("أكد التحالف ... أنه قام بـ"عمل عسكري مشروع"", "the coalition acknowledged it carried out")."""
    at = 0
    while (span := article.locate(actor, near=at)) is not None and span.start >= at:
        before = [fold(clean(w)) for w in article.text[: span.start].split()[-2:]]
        after = [fold(clean(w)) for w in article.text[span.end :].split()[:14]]
        if any(w in ACKNOWLEDGING_VERBS or w[1:] in ACKNOWLEDGING_VERBS for w in [*before, *after[:2]]):
            for i, word in enumerate(after):
                if word in ACKNOWLEDGING_OPENERS and any(a in ACKNOWLEDGED_ACTS for a in after[i + 1 : i + 3]):
                    return True
        at = span.end
    return False


def _a_body(phrase: str) -> bool:
    """The phrase is, word for word, a lexicon institution ("المجلس الرئاسي")."""
    found = analysed(phrase)
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].sense is not None
        and found[0].sense.kind == "institution"
        and len(found[0].source.split()) == len(phrase.split())
    )


def _state_strike(words: list[str]) -> str | None:
    """A strike noun with a state's nationality after it, an adjective between at most ("قصف إسرائيلي",
    "غارة جوية إسرائيلية"), as written; None for a community's ("هجوم كردي") or no nationality."""
    for k in (1, 2):
        if len(words) <= k or clean(words[k - 1]) != words[k - 1]:
            return None  # a punctuation mark ends the phrase
        if (adj := _nationality(words[k])) and state_of_adjective(adj):
            return " ".join(clean(w) for w in words[: k + 1])
        found = analysed(clean(words[k]))
        adjective = not isinstance(found, str) and len(found) == 1 and found[0].sense and found[0].sense.pos == "adj"
        compound = analysed(f"{clean(words[0])} {clean(words[k])}")  # "ضربة صاروخية": a missile strike
        if not adjective and (isinstance(compound, str) or len(compound) != 1):
            return None
    return None


def strike_states(phrase: str) -> tuple[str, ...]:
    """The states a perpetrator phrase names by its strike, one or coordinated nationalities after the
    first ("طائرات حربية روسية وسورية": Russia and Syria, "Russian and Syrian warplanes"); () for none."""
    words, more = _without_coordinated_states(phrase.split())
    first = strike_state(" ".join(words))
    return tuple(dict.fromkeys([first, *more])) if first is not None else ()


def _coordinated_state(word: str) -> str | None:
    """The ISO code of a state glued to "و" ("وسورية", "وروسية": the adjective, or the country's name in
    that spelling, the same state either way), or None."""
    return state_of_adjective(clean(word)[1:]) if fold(clean(word)).startswith(WAW) else None


def _without_coordinated_states(words: list[str]) -> tuple[list[str], list[str]]:
    """A phrase's words without the states coordinated at its end, and those states' codes in order."""
    more: list[str] = []
    while len(words) > 2 and clean(words[-1]) == words[-1] and (code := _coordinated_state(words[-1])):
        more.insert(0, code)
        words = words[:-1]
    return words, more


def _state_weapon(phrase: str) -> bool:
    """A weapon with its states' nationalities ("طائرات حربية سورية وروسية"): a strike told with its
    states, the outlet's own words like "قصف إسرائيلي"."""
    words, _ = _without_coordinated_states([clean(w) for w in phrase.split()])
    if len(words) < 2 or not _state_adjective(words[-1]):
        return False
    found = analysed(" ".join(words[:-1]))
    return (
        not isinstance(found, str)
        and len(found) == 1
        and found[0].sense is not None
        and found[0].sense.kind == "weapon"
    )


def with_coordinated_states(article: Article, phrase: str) -> str:
    """A perpetrator phrase that ends on a nationality, with the nationalities coordinated right after it
    in the article ("طائرات حربية روسية" + " وسورية"), as written; the phrase itself when none follow."""
    if not phrase or phrase.isascii() or not _state_adjective(clean(phrase.split()[-1])):
        return phrase
    found, seen = article.locate(phrase), -1
    while found is not None and found.start > seen:
        taken = phrase
        for word in article.text[found.end :].split()[:3]:
            if not _coordinated_state(word):
                break
            taken = f"{taken} {clean(word)}"
            if clean(word) != word:
                break  # a punctuation mark ends the coordination
        if taken != phrase and article.locate(taken):
            return taken
        seen, found = found.start, article.locate(phrase, near=found.end)
    return phrase


# A munition fired by a state's forces names the state ("a Russian missile"); aircraft stay as written
# ("طائرات روسية": the weapon's owner, who may be suspected)
_MUNITIONS = ("missile", "rocket", "shell", "bomb", "projectile")


def _struck_by(sense: Sense) -> bool:
    return sense.kind == "attack" or (sense.kind == "weapon" and sense.en.split()[-1] in _MUNITIONS)


def strike_state(phrase: str) -> str | None:
    """The ISO code of the state a perpetrator phrase names only by its strike ("قصف إسرائيلي", "غارة
    جوية إسرائيلية", "Israeli air strike", "a Russian missile strike"): the article attributes the
    strike to that state, and a summary names the state, not "Israeli shelling" as if it were an actor."""
    words = phrase.split()
    if phrase.isascii():
        words = [w for w in words if w.lower() not in ("a", "an", "the")]
        if len(words) < 2 or not (code := state_of_adjective(words[0])):
            return None
        senses = [ENGLISH_LEXICON.get(w.lower(), ()) for w in words[1:]]
        # "a Russian missile strike", and "a Russian missile" too: a state's weapon that struck
        munition = words[-1].lower().removesuffix("s") in _MUNITIONS  # "a Russian missile"
        struck = munition or any(e.kind == "attack" and e.pos == "noun" for e in senses[-1])
        return code if senses[-1] and struck else None
    head = analysed(clean(words[0])) if words else ""
    if isinstance(head, str) or len(head) != 1 or head[0].sense is None or not _struck_by(head[0].sense):
        return None
    return state_of_adjective(clean(words[-1])) if _state_strike(words) == " ".join(map(clean, words)) else None


_EN_STRIKE_NOUNS = (
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "air strike",
    "air strikes",
    "drone strike",
    "drone strikes",
    "missile strike",
    "missile strikes",
    "shelling",
    "bombardment",
    "raid",
    "raids",
)


def english_strike_owner(sentences: list[Span], title: Span | None = None) -> str | None:
    """A state's strike in an English lead or its title ("killed in an Israeli air strike", "Russian missile
    strike kills one"): the nationality and the strike noun, as written; the compose step names the state."""
    nouns = "|".join(re.escape(n) for n in sorted(_EN_STRIKE_NOUNS, key=len, reverse=True))
    for sentence in [*([title] if title is not None else []), *sentences[:2]]:
        for m in re.finditer(rf"\b([A-Z][\w.]*)\s+((?:{nouns}))\b", sentence.quote):
            if state_of_adjective(m.group(1)):
                return m.group()
    return None


def _tells_a_strike(words: list[str]) -> bool:
    """The sentence names a strike or an attack ("غارات ... طائرات روسية نفذتها", "قصفت طائرات"): aircraft
    that only fly over ("حلقت طائرات سورية") attacked no one. Read as phrases: "طائرات حربية" is a weapon."""
    for i, word in enumerate(words):
        if i and _weapon_adjective(words[i - 1], word):
            continue
        found = analysed(clean(word))
        sense = found[0].sense if not isinstance(found, str) and found else None
        if sense and sense.kind == "attack" and (sense.pos == "noun" or sense.en not in _FLIGHT_VERBS):
            return True  # "غارات", "قصفت طائرات": not "حلقت طائرات" (flew over)
    return False


_FLIGHT_VERBS = ("flew", "hovered", "flew over")


def _weapon_adjective(weapon: str, word: str) -> bool:
    """A word that describes the weapon before it, of no nationality: an adjective, or the second word of
    a lexicon weapon ("حربية" in "طائرات حربية روسية")."""
    if clean(word) != word or _nationality(word):
        return False
    found = analysed(f"{clean(weapon)} {word}")
    if isinstance(found, str) or not found or found[-1].sense is None:
        return False
    return (len(found) == 1 and found[0].sense.kind == "weapon") or (len(found) == 2 and found[1].sense.pos == "adj")


def _state_adjective(word: str) -> str | None:
    """A nationality after a noun, as written: "روسية", and "سورية" (also Syria's name in one spelling)."""
    return _nationality(word) or (clean(word) if clean(word) == word and state_of_adjective(word) else None)


def state_for_its_weapon(article: Article, phrase: str) -> str | None:
    """A perpetrator given by a nationality alone ("إسرائيليين", Israelis) that the article puts after a
    weapon or a strike ("صاروخين إسرائيليين"): the state whose weapon struck, as the article names it
    ("إسرائيل"), else the weapon with its nationality; None otherwise ("مقتل 3 إسرائيليين" names people)."""
    words = phrase.split()
    if len(words) != 1 or not (adjective := _nationality(words[0])):
        return None
    found = analysed(adjective)
    code = state_of_adjective(found[0].sense.lemma) if not isinstance(found, str) and found[0].sense else None
    if code is None:
        return None
    for m in re.finditer(re.escape(adjective), article.text):
        before = article.text[: m.start()].split()[-1:]
        if before and clean(before[0]) == before[0] and a_strike_noun(before[0]):
            break
    else:
        return None
    name = country_names(code)
    if name is not None and article.locate(name[1]) is not None:
        return name[1]
    weapon = f"{before[0]} {adjective}"
    return weapon if article.locate(weapon) is not None else None


def _describing(word: str) -> bool:
    """A definite Arabic adjective of a plain kind ("الإقليمية", "الساحلية"): it describes the place word
    before it, and the name follows."""
    if word.isascii() or not fold(clean(word)).startswith(ARTICLE):
        return False
    sense = sole_sense(clean(word))
    return sense is not None and sense.pos == "adj" and sense.kind == "general"


def _nationality(word: str) -> str | None:
    found = analysed(clean(word))
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None:
        return None
    sense = found[0].sense
    return clean(word) if sense.kind == "nationality" and sense.pos == "adj" else None


_EN_NAME = r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|al-[\w'’-]+))*"
_EN_SUSPECTS = (
    # "described the attackers as members of a volunteer militia known as Fano"
    re.compile(
        r"\b(?:described|identified) the (?:attackers|gunmen|assailants|killers|raiders) as (?:members of |fighters "
        rf"of |being )?(?:an? |the )?(?:[\w-]+ ){{0,4}}?(?:known as |called )?(?P<name>{_EN_NAME})"
    ),
    # "Police believe both incidents were staged by separatists", "blamed the attack on Al-Shabaab"
    re.compile(
        r"\b(?:believe|believed|suspect|suspected|blamed|blame|accused)\b[^.;]{0,60}?\b(?:staged|carried out|"
        rf"committed|perpetrated|behind) (?:by )?(?:the )?(?P<name>{_EN_NAME}|separatists|insurgents|militants|"
        r"rebels|jihadists|bandits|gunmen)\b"
    ),
    # "a string of attacks they have blamed on Ugandan Islamist rebels": the people's noun after the name too
    re.compile(
        rf"\bblamed (?:the (?:attack|bombing|killings?|ambush|raid) )?on (?:the )?(?P<name>{_EN_NAME}"
        r"(?: (?:rebels|militants|insurgents|fighters|gunmen|jihadists|militias?|militiamen|separatists|extremists))?)"
    ),
)


def english_suspect(article: Article) -> str | None:
    """Whom an English article's incident sentences say the attackers were thought to be ("described the
    attackers as members of a militia known as Fano", "Police believe ... staged by separatists"), as
    written; the summary states it as a suspicion."""
    for sentence in main_sentences(article)[:10]:
        for pattern in _EN_SUSPECTS:
            for m in pattern.finditer(sentence.quote):
                name = m.group("name")
                if fold(name).lower() not in WEEKDAYS and article.locate(name, near=sentence.start) is not None:
                    return name
    return None


def accused(article: Article, sentences: list[Span]) -> str | None:
    """The armed group (or a force by its name: "التحالف العربي") a sentence accuses or suspects ("واتهمت
    سبأ الحوثيين بالوقوف وراء الهجوم", "يحملان بصمات جماعة بوكو حرام", "وحمّلت الجماعة التحالف العربي
    ... مسؤولية الهجوم"), as written: the lexicon's armed group, with its group word."""
    for sentence in sentences:
        words = sentence.quote.split()
        if not any(fold(clean(w)) in ACCUSATION_CUES for w in words) or _many_attacks(words):
            continue
        negated = {k for k, w in enumerate(words) if k and fold(clean(words[k - 1])) in NEGATIONS}
        if all(k in negated for k, w in enumerate(words) if fold(clean(w)) in ACCUSATION_CUES):
            continue  # "لكنها لم تحمل أي جهة مسؤولية الاغتيال": it blamed no one
        if state := _blamed_state(words):
            return state if article.locate(state) else None
        cues = {k + 1 for k, w in enumerate(words) if fold(clean(w)) in ACCUSATION_CUES}
        # right after a verb of accusing stands the accuser ("ولم تحمل حركة حماس أي جهة"), not the accused;
        # after a noun ("بصمات جماعة بوكو حرام") the one it points to
        accusers = {k for k in cues if not _a_noun(words[k - 1])}
        for i in range(len(words)):
            for width in (5, 4, 3, 2, 1):  # "جماعة نصرة الإسلام والمسلمين": a group's name of four words
                phrase = " ".join(clean(clean(w).strip(_DASHES)) for w in words[i : i + width])  # '"فارك"-'
                found = analysed(phrase)
                if isinstance(found, str) or sum(len(w.source.split()) for w in found) != width:
                    continue
                state = len(found) > 1 and all(w.sense and w.sense.kind == "nationality" for w in found[1:])
                if i < min(cues, default=0) and not any(_a_noun(words[k - 1]) for k in cues):
                    continue  # "أعلنت حركة حماس ... بينما اتهمت عائلته جهاز الاستخبارات": before the verb, no accused
                if (state and i in cues) or i in accusers:
                    continue  # "واتهمت القوات العراقية مسلحين": right after the verb, the accuser
                # Every word part of the group's name ("جماعة بوكو حرام"), no relative clause after it.
                # Not the accuser's last words before it ("الرسمية سبأ الحوثيين": an adjective, an outlet).
                named_force = any(w.sense and w.sense.kind == "force" and w.sense.pos == "name" for w in found)
                # a state's forces by their nationality ("حمّلت الحكومة العراقية القوات التركية مسؤوليته")
                named_force = named_force or (state and found[0].sense is not None and found[0].sense.kind == "force")
                if len(found) > 1 and found[0].definite and found[0].sense and found[0].sense.pos == "noun":
                    if not state:
                        continue  # "الجماعة التحالف العربي": the accuser then the accused, no construct
                if (
                    (any(w.sense and w.sense.kind == "armed_group" for w in found) or named_force)
                    and found[0].sense is not None
                    and found[0].sense.pos != "adj"
                    and all(w.sense and (w.sense.kind in _OWNER_KINDS or w.sense.pos == "adj") for w in found)
                ):
                    return phrase if article.locate(phrase) else None
    return None


_DASHES = "-–—"


def _blamed_state(words: list[str]) -> str | None:
    """The country the blame is laid on ("وألقى الحزب اللوم في هذا الهجوم على إيران"): after the word of
    blame, its "على" and a country's name."""
    for k, word in enumerate(words):
        if fold(clean(word)) not in BLAME_WORDS:
            continue
        for j in range(k + 1, min(k + 7, len(words) - 1)):
            if fold(clean(words[j])) == ON_WORD and country_hit(clean(words[j + 1])) is not None:
                return clean(words[j + 1])
    return None


def _a_noun(word: str) -> bool:
    found = analysed(clean(word))
    return not isinstance(found, str) and bool(found) and found[0].sense is not None and found[0].sense.pos == "noun"


def _many_attacks(words: list[str]) -> bool:
    """The sentence speaks of attacks in the plural ("اتهمت الحركة بتنفيذ عشرات الهجمات"): a group's
    record, not who did this one."""
    for word in words:
        found = analysed(clean(word))
        if not isinstance(found, str) and any(w.sense and w.sense.kind == "attack" and w.sense.plural for w in found):
            return True
    return False


def _owner_by_lam(words: list[str]) -> str | None:
    """The owner a strike's "لـ" gives after its adjectives ("غارة جوية للتحالف العربي", "غارات لطائرات
    التحالف"), as written with its clitic: the actor, or the actor whose aircraft it names."""
    skipped = 0
    while skipped < 2 and skipped < len(words):
        found = analysed(clean(words[skipped]))
        if isinstance(found, str) or len(found) != 1 or found[0].sense is None or found[0].sense.pos != "adj":
            break
        skipped += 1
    rest = words[skipped:]
    if not rest or not fold(clean(rest[0])).startswith(LAM) or clean(rest[0]) != rest[0].rstrip("،,."):
        return None
    first = without_preposition(clean(rest[0]))
    if first == clean(rest[0]):
        return None  # no clitic "لـ" came off: a word that starts with the letter
    if owner := _owner_after([first, *rest[1:3]]):
        return " ".join([clean(rest[0]), *owner.split()[1:]])
    head = analysed(first)
    if not isinstance(head, str) and len(head) == 1 and head[0].sense is not None and head[0].sense.kind == "weapon":
        if owner := _owner_after(rest[1:4]):  # "لطائرات التحالف": the coalition's aircraft
            return owner
    return None


def _owner_after(words: list[str]) -> str | None:
    """A definite actor noun and the adjectives that follow it ("الاحتلال الإسرائيلي"), as written."""
    taken: list[str] = []
    for word in words:
        found = analysed(" ".join(clean(w) for w in [*taken, word]))
        whole = not isinstance(found, str) and len(found) == 1 and taken and found[0].sense is not None
        if whole and found[0].sense.kind in _OWNER_KINDS:
            taken.append(clean(word))  # "الاحتلال الإسرائيلي": one lexicon phrase (Israeli forces)
            continue
        if isinstance(found, str) or len(found) != len(taken) + 1:
            break
        last = found[-1]
        if not taken:
            # "قوات الاحتلال": a body's word heads a construct with a definite owner after it
            construct = len(words) > 1 and fold(clean(words[1])).startswith(ARTICLE) and word == clean(word)
            if (
                last.sense is None
                or last.prep
                or not (last.definite or construct)
                or last.sense.pos not in ("noun", "name")
            ):
                return None
            if last.sense.kind not in _OWNER_KINDS or (last.feminine and last.sense.pos == "noun"):
                return None  # "الاشتباكات المسلحة": "armed", the feminine of a noun of people, not the gunmen
        elif last.sense is None or last.sense.pos != "adj":
            break
        taken.append(clean(word))
    return " ".join(taken) or None


def actors_weapon(article: Article, sentences: list[Span], actor: str) -> str | None:
    """A weapon the incident's sentences give the actor in a construct ("لطائرات التحالف" = the coalition's
    aircraft, "مدفعية الجيش"): the means when no sentence of the lead names one. Arabic only."""
    head = bare(fold(clean(actor.split()[0]))) if actor.split() else ""
    if not has_arabic(head) or len(head) < 3:
        return None
    for sentence in sentences:
        words = sentence.quote.split()
        for word, nxt in itertools.pairwise(words):
            if bare(fold(clean(nxt))) != head or not a_weapon(clean(word)):
                continue
            unglued = _unglued(Span(clean(word), 0, len(clean(word)))).quote
            phrase = f"{unglued} {clean(nxt)}"
            if article.locate(phrase):
                return phrase
    return None


def a_weapon(phrase: str) -> bool:
    """The phrase's head is a weapon ("قنبلة", "a bomb"): a means, never who attacked. A weapon with
    whose it is ("طائرات روسية", "Israeli jets") names an actor, the state or group that flies it."""
    words = analyse(phrase)
    if words and words[0].sense is not None:
        return words[0].sense.kind == "weapon" and not any(w.sense and w.sense.kind in _OWNER_KINDS for w in words)
    english = [w for w in phrase.lower().split() if w not in ("a", "an", "the")]
    senses = [next(iter(ENGLISH_LEXICON.get(w, ())), None) for w in english]
    owned = any(s and s.kind in _OWNER_KINDS for s in senses) or any(w[:1].isupper() for w in phrase.split()[1:])
    return bool(senses) and senses[0] is not None and senses[0].kind == "weapon" and not owned


_NAME_ENDS = ("on", "in", "at", "that", "to", "as", "cited", "quoted", "who", "when", "while")
_EN_NAME_WORD = re.compile(r"^[A-Za-z][A-Za-z.'’&\-]*$")


def english_sources_in(article: Article, limit: int = 6) -> list[str]:
    """The sources an English article quotes, as written: the noun phrase before "said"/"reported"
    ("the British Transport Police said", "News.com.au reported") or after "according to" / a closing
    "said" ('..." said Sheriff Joe Lombardo'). A phrase with a pronoun or a verb is a clause, not a name."""
    found: list[str] = []
    # A dot inside a word ("News.com.au") ends no sentence; one run into the next sentence's capital does
    # ("residents said.A local resident").
    for m in re.finditer(r"(?:[^.!?\n]|\.(?=\w)(?<![a-z]{2}\.(?=[A-Z])))+", article.text[article.body_start() :]):
        sentence = m.group()
        for phrase in [*_names_before_verb(sentence), *_names_after_cue(sentence)]:
            phrase = _full_name(article, phrase)
            key = phrase.lower().removeprefix("the ")
            known = [f.lower().removeprefix("the ") for f in found]
            single = next((i for i, k in enumerate(known) if " " not in k and k in key and k != key), None)
            if single is not None and article.locate(phrase):
                found[single] = phrase  # "police", then "the Las Vegas Metropolitan Police Department": the whole
            elif article.locate(phrase) and all(key not in k and k not in key for k in known):
                found.append(phrase)
            if len(found) >= limit:
                return found
    return found


def _full_name(article: Article, name: str) -> str:
    """A surname alone ("Robin said") as the article first gives it whole, with its title ("prosecutor
    Brice Robin"); else as it is."""
    if " " in name or not name[:1].isupper() or not name.isalpha():
        return name
    m = re.search(rf"\b((?:[A-Z][\w'’-]+[ \t]+){{1,2}}){re.escape(name)}\b", article.text)  # on one line
    words = m.group(1).split() if m else []
    if m is None or any(w.lower() in (*ENGLISH_NOT_SOURCE, "a", "an") or fold(w) in WEEKDAYS for w in words):
        return name
    whole = f"{m.group(1)}{name}"
    return english_titled(article, whole) or whole


def _names_before_verb(sentence: str) -> list[str]:
    out = []
    tokens = sentence.split()
    for i, token in enumerate(tokens):
        if token.strip('.,;:"”') not in ENGLISH_AFTER_NAME:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].strip('.,;:"”').lower() in ENGLISH_SAID_NOTHING:
            continue  # "the co-pilot said nothing": no one spoke
        if token.strip('.,;:"”') == _REPORTS and i and tokens[i - 1].lower() in REPORTS_NOUN_AFTER:
            continue  # "hunted for the suspect following reports of shots fired": a noun, no one reported
        if named := _name_before_apposition(tokens, i):
            out.append(named)  # "Aaron Rouse, the special agent in charge of the FBI, said"
            continue
        words: list[str] = []
        for prev in reversed(tokens[max(0, i - 9) : i]):
            if prev.endswith((",", '"', "”", ";", ":")) or prev.startswith(('"', "“")):
                break  # the end of a quote or a clause: the name starts after it
            words.insert(0, prev)
        if words and words[-1].lower().endswith("ly"):
            words = words[:-1]  # "Witnesses reportedly said": the adverb is no part of who said it
        opener = max((k for k, w in enumerate(words) if w.lower() in ENGLISH_CLAUSE_OPENERS), default=-1)
        words = words[opener + 1 :]  # "... on the door while the co-pilot said": the speaker's clause only
        bare_noun = words[-1:] if words and _a_speaker_noun(words[-1]) else []
        # Back to the phrase's start: a determiner or a capitalised word opens it.
        while words and not (words[0][:1].isupper() or words[0].lower() in ("the", "a", "an")):
            words = words[1:]
        words = words or bare_noun  # "..., officials said", "No officers were hurt, police said"
        if phrase := _source_phrase(words):
            out.append(phrase)
    return out


_REPORTS = "reports"


def _name_before_apposition(tokens: list[str], verb: int) -> str | None:
    """The capitalised name before an apposition closed by a comma right before the verb ("Aaron Rouse,
    the special agent in charge of the FBI in Las Vegas, said"): up to four words."""
    if verb < 3 or not tokens[verb - 1].endswith(","):
        return None
    opened = next((j for j in range(verb - 2, max(0, verb - 14), -1) if tokens[j].endswith(",")), None)
    if opened is not None and 2 <= verb - opened - 1 <= 4 and opened > 1:
        # "the director of the NGO ... , Carlos Nieto, told EFE": the name in apposition after what he is
        apposed = [t.rstrip(",") for t in tokens[opened + 1 : verb]]
        if all(w[:1].isupper() and w.isalpha() for w in apposed) and tokens[opened + 1].lower() not in ("the", "a"):
            return _source_phrase(apposed)
    if opened is None or tokens[opened + 1].lower() not in ("the", "a", "an"):
        return None
    name: list[str] = []
    for prev in reversed(tokens[max(0, opened - 3) : opened + 1]):
        word = prev.rstrip(",").lstrip('"“”')
        if not word[:1].isupper() or (name and prev.endswith((",", '"', "”"))):
            break
        name.insert(0, word)
        if prev[:1] in '"“”':
            break
    return _source_phrase(name) if len(name) >= 2 else None


def _a_speaker_noun(word: str) -> bool:
    """A common noun for who speaks, used bare ("officials", "police", "witnesses", "residents")."""
    w = word.lower()
    return w in UNNAMED_HEADS or w in OFFICE_TITLES or w in STATE_BODIES or w.rstrip("s") in OFFICE_TITLES


def _names_after_cue(sentence: str) -> list[str]:
    out = []
    for cue in ENGLISH_BEFORE_NAME:
        for m in re.finditer(rf"\b{cue}\s+((?:[\w.'’&\-]+\s*){{1,9}})", sentence):
            words = re.split(r"[,;\"“”]", m.group(1))[0].split()
            cut = next((i for i, w in enumerate(words) if w.lower() in _NAME_ENDS), len(words))
            if cue == "said" and not (words and words[0][:1].isupper()):
                continue  # "said on Thursday", "said it was": not a name after the verb
            if phrase := _source_phrase(words[:cut]):
                out.append(phrase)
    return out


def _source_phrase(words: list[str]) -> str | None:
    """The words as a source's name, or None when they are no noun phrase that names someone."""
    words = [w.strip(".,") if w.endswith(",") else w for w in words]
    if not words or len(words) > 9 or any(not _EN_NAME_WORD.match(w) for w in words):
        return None
    lower = [w.lower() for w in words]
    if any(w in ENGLISH_NOT_SOURCE or fold(w) in WEEKDAYS or fold(w) in MONTH_NAMES for w in lower):
        return None
    if lower[-1] in ("the", "a", "an", "and", "of", "for", "but", "or"):
        return None
    if not any(w[:1].isupper() for w in words) and not any(_names_someone(w) for w in lower):
        return None  # "the scene", "the morning": no name and no word for someone who speaks
    return " ".join(words)


def attacker_told(article: Article) -> bool:
    """The incident's sentences speak of who did it (a claim, the gunman, the attacker), whether or not a
    name could be verified: the summary must not say the article names no one."""
    return any(has_cue(s.quote, ATTACKER_TOLD) for s in main_sentences(article))


def announced_own_act(sentences: list[Span]) -> str | None:
    """A force that announces a deed of its own in the lead ("أعلن الجيش الإسرائيلي قتل فلسطيني", "the
    Israeli army said it killed a Palestinian"): the announcer, as written; an actor, force or body only."""
    for sentence in sentences[:2]:
        quote = sentence.quote
        if quote.isascii():
            for cue in OWN_ACT_ENGLISH:
                if (at := quote.find(f" {cue} ")) > 0:
                    subject = _english_subject(quote[:at])
                    if 0 < len(subject.split()) <= 5 and (subject[:1].isupper() or subject.lower().startswith("the ")):
                        return subject
            continue
        if is_pluperfect(quote):
            continue  # "وكانت قد أعلنت الحكومة ... مقتل 5 مدنيين ... في هجوم شنه عناصر": an earlier report
        words = quote.split()
        for i, word in enumerate(words[:_OWN_ACT_VERB_REACH]):
            if fold(clean(word)).removeprefix(WAW) not in OWN_ACT_VERBS:
                continue
            for j in range(i + 2, min(i + _OWN_ACT_NOUN_REACH, len(words))):
                if _own_act_noun(words[j]) and clean(words[j - 1]) == words[j - 1]:
                    # "أعلن الجيش الإسرائيلي في بيان شنه غارة": the subject ends where it said it; "أعلنت
                    # جماعة ... التابعة لتنظيم القاعدة في منطقة الساحل عن اختطافها": at its affiliation
                    said = [k for k in range(i + 2, j) if fold(clean(words[k])) in SAID_IN]
                    subject = " ".join(clean(w) for w in words[i + 1 : said[0] if said else j])
                    subject = _without_affiliation(subject)
                    if _an_acting_body(subject):
                        return subject
                    break
    return None


_TRAILING_PREPOSITIONS = frozenset(PREPOSITION_SENSES)
_OWN_ACT_VERB_REACH = 12  # words: "اختطاف مواطنين روس على يد مسلحين في النيجر حيث أعلنت ..."
_OWN_ACT_NOUN_REACH = 16  # words from the verb to its deed, a group's long name and affiliation between


def _a_trailing_preposition(word: str) -> bool:
    """A preposition that ends a phrase cut short; never a name folded alike ("علي", Ali, is "على")."""
    folded = fold(clean(word))
    return folded in _TRAILING_PREPOSITIONS and folded not in GIVEN_NAMES


def _without_affiliation(subject: str) -> str:
    """A group's name without what follows it ("جماعة نصرة الإسلام والمسلمين التابعة لتنظيم القاعدة في
    ... عن" -> the group): up to an apposition participle or a trailing preposition."""
    words = subject.split()
    cut = next((k for k, w in enumerate(words) if k and fold(clean(w)) in APPOSITION_STARTS), len(words))
    words = words[:cut]
    while len(words) > 1 and _a_trailing_preposition(words[-1]):
        words.pop()
    return " ".join(words)


def _own_act_noun(word: str) -> bool:
    """A verbal noun of a deed, with its pronoun too ("قتل", "شنه" = its launching)."""
    folded = fold(clean(word))
    return folded in OWN_ACT_NOUNS or any(
        folded.endswith(p) and folded[: -len(p)] in OWN_ACT_NOUNS for p in OBJECT_PRONOUNS
    )


def _english_subject(before_verb: str) -> str:
    """The subject of an English lead's verb: the words before it, after the last comma or "that", without
    an opening day ("On Thursday")."""
    subject = re.split(r",|;|\bthat\b", before_verb)[-1].strip()
    return re.sub(r"^(?:On|on)\s+\w+\s*", "", subject).strip()


def _an_acting_body(phrase: str) -> bool:
    """The phrase's head is an actor, a force, an armed group or a body that acts as one."""
    found = analysed(phrase)
    if isinstance(found, str) or not found or found[0].sense is None:
        return False
    return found[0].sense.kind in ("force", "armed_group", "actor", "institution")


def release_in_lead(article: Article) -> tuple[str, str] | None:
    """Who released whom, when the body's lead opens on a release of people it says were abducted (read
    once per article: the perpetrator, the target and the claim all ask)."""
    return article.memo("release_in_lead", lambda: _release_in_lead(article))


def _release_in_lead(article: Article) -> tuple[str, str] | None:
    lead = body_lead(article)
    if lead is None or (release := released(lead.quote)) is None:
        return None
    if classify([lead.quote], _ABDUCTION_RULES)[1] is None:
        return None  # "released a statement", prisoners freed in an exchange: no one abducted
    return release if all(article.locate(part) for part in release) else None


_ABDUCTION_RULES = tuple(r for r in CLASS_RULES if r.plover_mode == "abduction")


def released(lead: str) -> tuple[str, str] | None:
    """Who released whom, in a lead on a release ("أفرجت جماعة "جيش التحرير الوطني" الكولومبية، الخميس،
    عن لويس مانويل دياز، ..." -> the group, "لويس مانويل دياز"; "Boko Haram released 21 schoolgirls"):
    the holder, the one who took them, and the captives, each up to a comma; None without a release verb
    or either of the two."""
    words = list(re.finditer(r"\S+", lead))
    folded = [fold(clean(w.group())).lower().removeprefix(WAW) for w in words]
    at = next((i for i, w in enumerate(folded[:12]) if w in RELEASE_VERBS), None)
    if at is None:
        return None
    if not lead[words[at].start() :].isascii():
        obj = next((i for i in range(at + 1, len(words)) if folded[i] == RELEASE_OBJECT), None)
        if obj is None:
            return None
        holder = _up_to_comma(lead, words[at + 1].start() if at + 1 < len(words) else len(lead))
        held = _up_to_comma(lead, words[obj + 1].start() if obj + 1 < len(words) else len(lead))
    else:
        holder = re.sub(r"\s+(?:had|has|have|on \w+)$", "", _english_subject(lead[: words[at].start()])).strip()
        held = _up_to_comma(lead, words[at + 1].start() if at + 1 < len(words) else len(lead))
        held = re.split(r"\s+(?:after|on|who|from|in)\s", held)[0]
    holder, held = holder.strip(' "«»'), held.strip(' "«»')
    if not holder or not held or len(holder.split()) > 8 or len(held.split()) > 8:
        return None
    return holder, held


def _up_to_comma(text: str, start: int) -> str:
    return re.split(r"[،,.؛;]", text[start:], maxsplit=1)[0].strip()
