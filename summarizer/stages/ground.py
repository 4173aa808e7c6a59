"""Stage 2, ground (code): locate every span the model copied, drop what cannot be located (reported),
replace loose copies by the article's own words, add what the article's lead states and the model
missed (rules, each noted), parse time, resolve places, classify, and list the spans that need the
other language, keyed by field path."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from summarizer import templates
from summarizer.lang.lexicon import (
    ABOUT_WORDS,
    ACCIDENT_AMBIGUOUS,
    ACCUSATION_CUES,
    ACKNOWLEDGED_ACTS,
    ADMIN_WORDS,
    AT_LEAST_WORDS,
    ATTACK_DOERS,
    ATTACKER_NOUNS,
    ATTRIBUTION_PARTICIPLES,
    AUDIENCE_CUES,
    BACKGROUND_CUES,
    BEARINGS,
    CAPITAL_WORDS,
    CIVILIAN_TARGET_WORDS,
    CLAIM_VERBS,
    CLAIM_WORDS,
    CLASH_WORDS,
    CLASS_RULES,
    COLOUR_WORDS,
    CONTEXT_OPENERS,
    CONTEXT_RULES,
    DEMONSTRATIVES,
    DESTINATION_WORDS,
    DISTRICT_WORDS,
    DOCUMENTS,
    DURATIONS,
    ENGLISH_AFTER_NAME,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_LEXICON,
    ENGLISH_PREPOSITIONS,
    EVENT_NOUNS_EN,
    EXPLODED_VERBS,
    FOILING_VERBS,
    GENERIC_TARGETS,
    GENERIC_WEAPONS,
    HABITUAL_CUES,
    IDENTITY_ASIDES,
    INJURED_WORDS,
    INSIDE_WORDS,
    KILLED_WORDS,
    KIN_GROUP_WORDS,
    LEADER_TITLES,
    LEXICON,
    LOCATED_WORDS,
    MEANWHILE_TIME_WORD,
    MORE_BLASTS_WORDS,
    NATURAL_FEATURES,
    NEAR_WORDS,
    NEVER_PERPETRATORS,
    NOT_COUNTRIES,
    ON_WORD,
    ORIGIN_PREPOSITIONS,
    OWNED_SUFFIXES,
    PARTITIVES,
    PASSIVE_VERBS,
    PHRASE_STOPS,
    PLACE_DESCRIPTORS_SET,
    PLACE_PREPOSITIONS,
    PLACE_SPECIFICITY,
    PREPOSITION_SENSES,
    QUARTER_CUES,
    ROAD_WORDS,
    SEAT_AFTER_EN,
    SEAT_BEFORE_AR,
    SHARED_SHORT_NAMES,
    SILENT_CUES,
    SINCE_WORDS,
    SINGLE_ARREST_WORDS,
    SITE_WORDS,
    SOURCES_POINTING_BACK,
    STORM_WORDS,
    STORMERS,
    SUBJECT_SPEECH_VERBS,
    THIS_COUNTRY,
    TOWN_WORDS,
    TREATMENT_WORDS,
    UNIT_WEAPONS,
    UNKNOWN_WORDS,
    VAGUE_QUANTITIES,
    VAGUE_TIMES,
    VEHICLE_NAME_WORDS,
    VICTIM_ROLE_WORDS,
    WEEKDAYS,
    WENT_VERBS,
    WHETHER_WORDS,
    WITHIN_PATTERNS,
    ClassRule,
)
from summarizer.lang.text import (
    ARTICLE,
    BEH,
    HEH,
    LAM,
    WAW,
    YEH,
    bare,
    bare_phrase,
    clean,
    fold,
    has_any,
    has_arabic,
    has_cue,
    mentions,
    without_preposition,
)
from summarizer.schema.scripts import is_arabic_letter
from summarizer.stages.extract import SHORT_PHRASE_MAX, ExtractedPlace, ExtractedSource, Extraction, iter_spans
from summarizer.stages.run import Run
from summarizer.verify import main_incident, recall
from summarizer.verify.casualties import casualty_figure, victims
from summarizer.verify.classify import called_deliberate, classify
from summarizer.verify.event_span import event_clause, toll_update_event, trimmed, without_time_tail
from summarizer.verify.furniture import in_dateline, is_caption, without_furniture
from summarizer.verify.gazetteer import (
    GazetteerHit,
    countries_named,
    country_names,
    country_of_adjective,
    km_between,
    lookup,
    lookup_transliterated,
    lookup_variant,
    named_in,
    named_only_near,
    state_of_adjective,
    written_within,
)
from summarizer.verify.glossary import terms_in
from summarizer.verify.grounding import Article, Span, wrapped
from summarizer.verify.numbers import counts_in, numbers_in
from summarizer.verify.phrase import Word, a_past_verb, analysed, names_a_body, names_people, senses_in, sole_sense
from summarizer.verify.sources import source_kind
from summarizer.verify.spans import span_problems
from summarizer.verify.timeexpr import TimeParts, is_time_expression, only_a_time, weekdays_in
from summarizer.verify.timeexpr import parse as parse_time

MAX_PLACES = 6
MAX_SOURCES = 6  # the summary's list stays readable
SINGLE_SPANS = ("time", "perpetrator", "target", "weapon", "killed", "injured")
RENDERED_FIELDS = ("event", "perpetrator", "target", "weapon", "killed", "injured")
MORE_MEANS = "incident.means"  # the further means' paths, "incident.means[1]": rendered by rules only
MORE_TARGETS = "incident.companions"  # the further targets' paths, "incident.companions[1]": rules only


NOT_ACLED = "Not an ACLED event"  # the class of disasters and accidents
BATTLES = "Battles"  # ACLED's clashes: the class whose two sides the article names


@dataclass
class Grounded:
    """The ground stage's output: verified spans and what was resolved from them."""

    facts: Extraction  # every span is in the article (rules' additions included)
    rule: ClassRule
    keyword: str | None  # the word that decided the class
    time_parts: TimeParts | None
    time_en: str | None  # English time built from the parsed parts, when they suffice
    places: list[tuple[ExtractedPlace, GazetteerHit | None]]
    country: str | None  # the article's dominant country (ISO alpha-2)
    wanted: dict[str, str] = field(default_factory=dict)  # field path -> span to render, in prompt order
    figures: list[main_incident.Figure] = field(default_factory=list)  # every toll the main incident's sentences give
    more_means: list[str] = field(default_factory=list)  # means coordinated with the weapon ("الحجارة والعصي")
    more_targets: list[str] = field(default_factory=list)  # seized or killed with the target ("رفقة عضو مجلس النواب")


def ground(run: Run, extraction: Extraction) -> Grounded:
    verified = drop_unverified(extraction, run)
    # The main incident's tolls, read once (the casualty rules and the summary's list use them), in the
    # light of the country the model's places and the lead name; the places are resolved after the rules
    # added theirs, which vote for the country too.
    figures = main_incident.figures(
        run.article, _article_country(run.article, [lookup(p.name) for p in verified.places]), _year(run)
    )
    facts = _source_kinds(supplement(verified, run, figures), run.article)
    time_parts = parse_time(facts.time) if facts.time else None
    time_en = time_parts.english() if time_parts and run.other == "en" else None
    country = _article_country(run.article, [lookup(p.name) for p in facts.places])
    run.country = country  # the renderings read the article's towns in its light ("شرطة موبي", Mubi)
    # Each place resolved in the light of the article's country: a homonym abroad loses to the town
    # at home; then a spelling variant of a town there ("هيرات" for "هرات"), then a town known only by
    # its Latin name ("بالو", Palu).
    places = [(p, lookup(p.name, country)) for p in facts.places]
    if country:  # a small homonym abroad is no pin: a spelling of a town at home, or no coordinates
        evidenced = set(main_incident.countries_evidenced(run.article.text))
        places = [
            (p, None if _small_town_abroad(hit, country) and not kept_abroad(hit, p.name, evidenced, country) else hit)
            for p, hit in places
        ]
        places = [(p, hit or lookup_variant(p.name, country)) for p, hit in places]
    if country and run.language == "ar":
        places = [(p, hit or lookup_transliterated(p.name, country)) for p, hit in places]
    places = _one_each([(p, _as_qualified(run.article, p.name, hit)) for p, hit in places])
    places = _unpinned_outside_their_area(run, places)
    if len(places) < len(facts.places):
        facts = facts.model_copy(update={"places": [p for p, _ in places]})
    rule, keyword = _classified(run.article, facts)
    # a ship's operator did not "attack" a bridge; a police officer who fired did act (no ACLED type either)
    if rule.event_type == NOT_ACLED and rule.plover_event == "OTHER" and facts.perpetrator:
        run.drop("perpetrator", facts.perpetrator, "an accident or a disaster has no perpetrator")
        facts = facts.model_copy(update={"perpetrator": None})
    if facts.target and (counted := _with_its_count(run.article, facts.target)) != facts.target:
        facts = facts.model_copy(update={"target": counted})  # "تدمير 150 مبنى": 150 buildings, not "a building"
    if rule.event_type == NOT_ACLED and facts.target and any(fold(facts.target) == fold(p.name) for p in facts.places):
        run.drop("target", facts.target, "a disaster's place is where it struck, not what it affected")
        facts = facts.model_copy(update={"target": None})
    if rule.event_type == NOT_ACLED and facts.target and _says_nothing_affected(facts.target):
        # "Affected: the sea", "Affected: Dozens", "Affected: a central Mexico": a feature, a bare quantity or
        # a region is no one and nothing a disaster affected
        run.drop("target", facts.target, "a natural feature, a bare quantity or a region: nothing it names was hit")
        facts = facts.model_copy(update={"target": None})
    if facts.target and facts.killed and _victims_counted(facts.target, facts.killed, facts.perpetrator):
        run.drop("target", facts.target, 'names the victims the toll already counts ("25 Palestinians")')
        facts = facts.model_copy(update={"target": None})
    if facts.target and rule.sub_event_type != "Disrupted weapons use" and _a_weapon(facts.target):
        run.drop("target", facts.target, "names the weapon used, not who or what was hit")  # "سقط صاروخ"
        facts = facts.model_copy(update={"target": None})
    if facts.target and _a_cause(facts.target):
        run.drop("target", facts.target, "names what caused it (rain, an earthquake), not who or what was hit")
        facts = facts.model_copy(update={"target": None})
    facts, companions = _companions(run, facts)
    grounded = Grounded(facts, rule, keyword, time_parts, time_en, places, country)
    grounded.figures = figures
    grounded.more_targets = companions
    if facts.weapon:
        grounded.more_means = recall.more_weapons(run.article, main_incident.main_sentences(run.article), facts.weapon)
    grounded.wanted = _wanted(run, grounded)
    return grounded


_SMALL_TOWN = 100_000


def _small_town_abroad(hit: GazetteerHit | None, country: str) -> bool:
    """A town of another country than the article's, too small to be the one meant ("ليستر" is Leicester
    in England, not a Vermont village of 1,114 people)."""
    return (
        hit is not None
        and not hit.is_country
        and not hit.is_region
        and hit.country_code != country
        and hit.population < _SMALL_TOWN
    )


def kept_abroad(hit: GazetteerHit | None, name: str, countries: set[str], country: str) -> bool:
    """A small town abroad written as the gazetteer writes it, in a country the article names, with no
    place of that name at home: that town ("النصيرات" in Gaza), not a sound-alike at home (Nazareth)."""
    return own_name_in(hit, name, countries) and not named_in(name, country)


def own_name_in(hit: GazetteerHit | None, name: str, countries: set[str]) -> bool:
    """The town is written as the gazetteer writes it in Arabic and the article names its country too
    ("النصيرات" in Gaza, in an article that names Israel more): that town, not a sound-alike at home."""
    return (
        hit is not None
        and bool(hit.name_ar)
        and bare_phrase(hit.name_ar) == bare_phrase(name)
        and (hit.country_code in countries)
    )


def _companions(run: Run, facts: Extraction) -> tuple[Extraction, list[str]]:
    """The target cut before a second victim it joins ("المجبري رفقة عضو مجلس النواب الليبي"), that
    victim as the article names him, and a target left as a bare family name given as the lead's
    clause names him in full ("عضو المجلس لحكومة الوفاق الوطني، فتحي المجبري")."""
    if not facts.target or run.language != "ar" or (joined := recall.companion(run.article, facts.target)) is None:
        return facts, []
    first, second = joined
    seized = recall.person_object(facts.event)
    if len(first.split()) == 1 and seized and fold(seized).endswith(fold(first)) and run.article.locate(seized):
        first = seized
    run.notes.append(f"target: {facts.target!r} names two people; read as {first!r} and {second!r}")
    return facts.model_copy(update={"target": first}), [second] if second else []


_OUTSIDE_KM = 75  # a town this far from the town an area is named after lies outside that area


def _unpinned_outside_their_area(
    run: Run, places: list[tuple[ExtractedPlace, GazetteerHit | None]]
) -> list[tuple[ExtractedPlace, GazetteerHit | None]]:
    """A town the article says lies in an area ("قرية أغدام بمحافظة طوفوز") that the gazetteer pins in
    another first-level region, or far from the area's town, is a namesake: no coordinates, with a note
    (the district of Aghdam in Karabakh is not the village of Tovuz)."""
    out = []
    for place, hit in places:
        for q, area in places:
            if hit is None or hit.is_country or hit.is_region or area is None or area is hit or area.is_country:
                continue
            how = written_within(run.article.text, place.name, q.name) or _a_district_beside(run, place.name, q.name)
            if how and _lies_outside(hit, area, how):
                why = f"the gazetteer's {hit.name_en} lies outside {q.name}, where the article puts it: a namesake"
                run.notes.append(f"places: {place.name}: {why}, no coordinates")
                hit = None
        out.append((place, hit))
    return out


def _a_district_beside(run: Run, district: str, town: str) -> str | None:
    """ "area" when the place is a district ("منطقة دار السلام") in a sentence that names the town too
    ("وقعت في القاهرة حيث ... بمنطقة دار السلام"): the district is the town's."""
    words = district.split()
    if len(words) < 2 or fold(clean(words[0])).removeprefix(BEH).lower() not in DISTRICT_WORDS:
        return None
    together = any(district in s.quote and town in s.quote for s in main_incident.sentences(run.article))
    return "area" if together else None


def _lies_outside(hit: GazetteerHit, area: GazetteerHit, how: str) -> bool:
    """The gazetteer's town is not in the area: another first-level region, or far from the area's town
    (named as an area, the town is the area's seat; named plainly, the smaller of the two may be the
    namesake)."""
    if area.is_region:
        return bool(hit.admin1code and area.admin1code) and hit.admin1code != area.admin1code
    km = km_between(hit, area)
    return km is not None and km > _OUTSIDE_KM and (how == "area" or hit.population <= area.population)


def _as_qualified(article: Article, name: str, hit: GazetteerHit | None) -> GazetteerHit | None:
    """A place the article qualifies with another country's adjective ("الجولان السورية المحتلة") lies in
    that country as the article tells it: its country changes, its coordinates stay, its province goes."""
    if hit is None or hit.is_country or not has_arabic(name):
        return hit
    for mention in re.finditer(re.escape(name), article.text):
        following = article.text[mention.end() :].split()[:1]
        code = country_of_adjective(clean(following[0])) if following else None
        if code and code != hit.country_code:
            return replace(hit, country_code=code, admin1code="")
    return hit


def _year(run: Run) -> int | None:
    """The publication year: a year before it in a sentence marks the background."""
    return run.published.year if run.published else None


def _after_the_response(article: Article, event: str | None) -> str | None:
    """The sentence after a lead on the response that counts the dead, trimmed (see ``after_the_response``)."""
    span = article.locate(event) if event else None
    counted = recall.after_the_response(article, article.sentence_around(span)) if span else None
    return trimmed(without_furniture(counted)).quote if counted is not None else None


def _after_its_context(article: Article, event: str | None) -> str | None:
    """When the event is the phrase a lead opens its setting with ("وسط هجمات متزايدة في القارة الأوروبية،",
    "Amid rising tension, ..."), the clause it sets, trimmed; else None."""
    span = article.locate(event) if event else None
    if span is None:
        return None
    before = article.text[max(0, span.start - 12) : span.start].split()
    if not before or fold(clean(before[-1])).lower() not in CONTEXT_OPENERS:
        return None
    comma = re.compile(r"[،,]").search(article.text, span.end, span.end + 3)
    if comma is None:
        return None
    sentence = article.sentence_around(span)
    rest = article.text[comma.end() : sentence.end].strip()
    start = article.text.index(rest, comma.end()) if rest else -1
    return trimmed(Span(rest, start, start + len(rest))).quote if rest and start >= 0 else None


def _before_a_colon(article: Article, name: str) -> str:
    """A source's name up to the colon its span in the article runs past (what was said follows it)."""
    span = article.locate(name)
    head = span.quote.split(":")[0].strip() if span and ":" in span.quote else ""
    return head if head and article.locate(head) else name


def _a_weapon_alone(target: str) -> bool:
    """The target is a weapon ("an improvised explosive device suspected to", "عبوة ناسفة"): Arabic by its
    head, its first word; English by its head, the last noun before a participle or a preposition."""
    if not target.isascii():
        return recall.a_weapon(target)
    words = [w.lower() for w in re.findall(r"[A-Za-z'-]+", target) if w.lower() not in ("a", "an", "the")]
    head = next((k for k, w in enumerate(words) if k and _after_the_head(w)), len(words))
    words = words[:head]  # "a convoy carrying weapons": the convoy; "a device suspected to": the device
    for width in (3, 2, 1):
        found = ENGLISH_LEXICON.get(" ".join(words[-width:]), ()) if len(words) >= width else ()
        if found:
            return found[0].kind == "weapon"
    return False


def _after_the_head(word: str) -> bool:
    """A word that follows an English noun phrase's head: a preposition, a participle, "to"."""
    senses = ENGLISH_LEXICON.get(word, ())
    nominal = any(e.pos in ("noun", "name", "phrase") for e in senses)
    return word in ENGLISH_PREPOSITIONS or word == "to" or (word.endswith(("ing", "ed")) and not nominal)


def _a_toll(target: str) -> bool:
    """A target that is a count said with "at least" or "about" ("18 شخصا على الأقل"): the toll's words."""
    return bool(counts_in(target)) and has_any(fold(target), (*AT_LEAST_WORDS, *ABOUT_WORDS))


_QUOTE_MARKS = '"«»“”'


def _closed_quote_only(actor: str) -> str | None:
    """The words before a closing quote mark whose opening one the span left out; else None."""
    marks = [(k, c) for k, c in enumerate(actor) if c in _QUOTE_MARKS]
    if len(marks) != 1 or marks[0][0] == 0 or marks[0][1] in "«“":
        return None
    head = actor[: marks[0][0]].strip()
    return head if len(head.split()) >= 2 else None


def _group_before_its_victims(actor: str) -> str | None:
    """The armed group's name that opens the actor, when only the victims follow it ("جماعة الحوثي
    المدنيين"): the group; else None."""
    words = actor.split()
    for k in range(len(words) - 1, 0, -1):
        rest = " ".join(clean(w) for w in words[k:])
        if fold(rest).lower() not in NEVER_PERPETRATORS:
            continue
        head = " ".join(words[:k])
        senses = LEXICON.get(fold(clean(head)), ())
        return head if any(s.kind == "armed_group" for s in senses) else None
    return None


def _the_country_it_happened_in(article: Article, actor: str) -> bool:
    """The actor is only the name of the country the article is about: where, never who."""
    hit = recall.country_hit(clean(actor).removeprefix("the ").strip())
    return hit is not None and hit.country_code == _article_country(article, [])


def _article_country(article: Article, hits: list[GazetteerHit | None]) -> str | None:
    """The country the article is about: the most named among the countries its main incident's
    first sentences name and its places' countries; a tie goes to the first named."""
    # the lead's countries; a dateline's city is where the report was filed ("تل أبيب - بيروت:")
    first = main_incident.main_sentences(article)[:4]
    lead = " ".join(without_furniture(s).quote for s in first)
    votes = main_incident.countries_evidenced(lead)
    # a hamlet's homonym abroad ("Garu", 1,700 people in Iran) votes only when nothing else does
    hamlets = [hit.country_code for hit in hits if hit and _a_hamlet_hit(hit)]
    votes += [hit.country_code for hit in hits if hit and not _a_hamlet_hit(hit)]
    # the towns the lead places ("بالعاصمة الصومالية مقديشو"), beside a street named after a city ("شارع مكة")
    votes += [
        hit.country_code
        for s in first
        for written, hit in recall.places_in(article, s, None)
        if not hit.is_country
        and hit.population >= _CITY_VOTE  # not "البلاد", a hamlet named "the country"
        and _by_its_own_name(written, hit)  # not Algiers by an alternate spelling of "الجزيرة" (Gezira)
    ]
    # a country said as where ("في مطار حميميم، شرق سوريا", "بسوريا", "in Syria") counts once more than
    # one met as an adjective or a time zone ("وزارة الدفاع الروسية", "بتوقيت موسكو")
    votes += main_incident.countries_as_where(lead)
    if (title := main_incident.title(article)) is not None:  # "مقتل قياديين في ميليشيات الحوثي بصعدة"
        # not a common word the gazetteer also holds as a hamlet ("شمال البلاد", the country: Al Bilad, Yemen)
        votes += [
            hit.country_code
            for written, hit in recall.places_in(article, title, None)
            if not hit.is_country and (not _a_hamlet_hit(hit) or sole_sense(written) is None)
        ]
    if not votes:  # nothing better: the nationality of who was hit or who struck ("قتل جنديان كولومبيان")
        votes = [code for word in lead.split() if (code := country_of_adjective(clean(word)))]
    votes = votes or hamlets
    votes = [code for code in votes if not _only_across_a_border(article, code)]  # "قرب الحدود مع الجزائر"
    return max(dict.fromkeys(votes), key=votes.count) if votes else None


_CITY_VOTE = 100_000  # people: a town this large in the lead is evidence of the country, not a homonym
_HAMLET_VOTE = 10_000  # people: a place this small may be a homonym anywhere


def _a_hamlet_hit(hit: GazetteerHit) -> bool:
    return not hit.is_country and not hit.is_region and hit.population < _HAMLET_VOTE


def _by_its_own_name(written: str, hit: GazetteerHit) -> bool:
    """The article writes the town by the gazetteer's own name for it (Arabic), not only an alternate one."""
    return written.isascii() or hit.name_ar is None or fold(hit.name_ar) in fold(written)


def _only_across_a_border(article: Article, code: str) -> bool:
    """Every name of the country the article writes is the other side of a border ("قرب الحدود مع
    الجزائر"): a neighbour, not the country it happened in."""
    names = [n for n in country_names(code) or () if n and article.locate(n)]
    return bool(names) and all(recall.across_a_border(article, n) for n in names)


def _source_kinds(facts: Extraction, article: Article) -> Extraction:
    """Each source's kind read from its words where they decide it ("مصادر طبية" is unnamed whatever
    the model said), else from the word the article puts before the name ("شبكة "عين الفرات"" is an
    outlet, "الناشط أمجد الساري" a person); a bare name keeps the model's kind."""
    sources = [s.model_copy(update={"kind": _kind_in(s.name, article) or s.kind}) for s in facts.sources]
    return facts.model_copy(update={"sources": sources})


def _kind_in(name: str, article: Article) -> str | None:
    """The kind the name's words give, else the kind with the word before it in the article."""
    if kind := source_kind(name):
        return kind
    span = article.locate(name)
    # "Aaron Rouse, the special agent in charge of the FBI, said": the title in apposition tells
    if span and (apposed := _APPOSITION.match(article.text, span.end)) and (kind := source_kind(apposed.group(1))):
        return "person" if kind == "unnamed" else kind  # "Bertide Horace, a spokeswoman for ...": named
    before = [clean(w) for w in article.text[: span.start].split()[-3:] if clean(w)][-1:] if span else []
    return source_kind(" ".join([*before, name])) if before else None


_APPOSITION = re.compile(r",\s+((?:the|a|an)\s[^,.;]{3,90}),")


def _wanted(run: Run, g: Grounded) -> dict[str, str]:
    """The spans that need the other language. Names are romanised or taken from the gazetteer, not
    translated: places only when an English article's place has no Arabic name in the gazetteer, person sources
    only into Arabic."""
    facts, wanted = g.facts, {}
    for name in RENDERED_FIELDS:
        if span := getattr(facts, name):
            # the perpetrator as compose writes it, a subject ("للولايات المتحدة" -> "الولايات المتحدة")
            as_subject = name == "perpetrator" and run.language == "ar"
            wanted[f"incident.{name}"] = without_preposition(span) if as_subject else span
    wanted.update({f"{MORE_MEANS}[{i}]": means for i, means in enumerate(g.more_means, start=1)})
    wanted.update({f"{MORE_TARGETS}[{i}]": person for i, person in enumerate(g.more_targets, start=1)})
    if facts.time and not g.time_en:
        wanted["incident.when.expression"] = facts.time
    for i, (place, hit) in enumerate(g.places):
        if run.other == "ar" and (hit is None or not hit.name_ar):  # a gazetteer town without an Arabic name
            wanted[f"incident.where[{i}].name"] = place.name
    for i, s in enumerate(facts.sources):
        if not (s.kind == "person" and run.other == "en"):
            wanted[f"sources[{i}].name"] = s.name
        if s.claim:
            wanted[f"sources[{i}].claim"] = s.claim
    wanted.update({f"uncertainties[{i}]": u for i, u in enumerate(facts.uncertainties)})
    wanted.update({f"related_events[{i}]": b for i, b in enumerate(facts.background)})
    return wanted


_CASUALTY_REACH = 3  # words after a counted span within which its casualty verb may follow


def _with_casualty_words(ex: Extraction, article: Article) -> Extraction:
    """A casualty span the model cut before its verb ("15 more people" of "15 more people were wounded"),
    widened to the verb when it follows in the same clause; else left for the check to drop."""
    update = {}
    for name, stems in (("killed", KILLED_WORDS), ("injured", INJURED_WORDS)):
        span = getattr(ex, name)
        found = article.locate(span, near=article.body_start()) if span and not mentions(span, stems) else None
        if found is None or found.start < article.body_start():
            continue  # a title's words ("Chinese boy found dead") are no clause of the body's toll
        rest = re.split(r"[,.;:،؛\n]", article.text[found.end : found.end + 60])[0]
        words = rest.split()[:_CASUALTY_REACH]
        k = next((k for k in range(1, len(words) + 1) if mentions(" ".join(words[:k]), stems)), None)
        if k is not None:
            end = found.end + rest.index(words[k - 1]) + len(words[k - 1])
            update[name] = article.text[found.start : end]
    return ex.model_copy(update=update) if update else ex


def drop_unverified(ex: Extraction, run: Run) -> Extraction:
    """The extraction without the spans that fail verification (each reported), loose copies replaced
    by the article's words, and an event quoted from the title replaced by the body's lead."""
    ex = _with_casualty_words(ex, run.article)
    spans = iter_spans(ex)
    problems = span_problems(spans, run.article, for_model=False)  # reasons for people, not re-asks
    bad = {path for path, _, _ in problems}
    for path, value, reason in problems:
        run.drop(path, value, reason)
    data = _balanced(_within_bounds(_verbatim(ex.model_dump(), run.article)))
    for name in SINGLE_SPANS:
        if name in bad:
            data[name] = None
    seen: set[str] = set()
    data["places"] = [
        p
        for i, p in enumerate(data["places"])
        if f"places[{i}].name" not in bad and not (fold(p["name"]) in seen or seen.add(fold(p["name"])))
    ]
    for i, source in enumerate(data["sources"]):
        if f"sources[{i}].claim" in bad:
            source["claim"] = None  # the source stays; its unverifiable claim goes
    data["sources"] = [s for i, s in enumerate(data["sources"]) if f"sources[{i}].name" not in bad]
    data["uncertainties"] = [u for i, u in enumerate(data["uncertainties"]) if f"uncertainties[{i}]" not in bad]
    data["background"] = [b for i, b in enumerate(data["background"]) if f"background[{i}]" not in bad]
    if "event" in bad:
        data["event"] = recall.lede(run.article, ex.weapon)
        run.notes.append("event: the model's span was not in the article; the article's lead sentence is used")
    elif recall.title_only(run.article, data["event"]):
        # A title sums up (often a consequence: "school collapses"); the body's lead states the event.
        data["event"] = recall.lede(run.article, ex.weapon)
        run.notes.append("event: the model quoted the title; the body's lead sentence is used")
        if told := recall.told_as_its_title_says(run.article, data["event"]):
            data["event"] = told  # a story's scene-setting opening ("كان المشهد عاديًا ..."): the sentence of the act
            run.notes.append("event: the lead tells no event of the title's class; the first sentence that does")
    elif recall.quoted_speech(run.article, data["event"]):
        data["event"] = recall.lede(run.article, ex.weapon)
        run.notes.append("event: the model quoted a witness's or an official's words; the article's lead is used")
    elif is_caption(data["event"]):
        data["event"] = recall.lede(run.article, None)
        run.notes.append("event: the model quoted a photo caption; the body's lead sentence is used")
    elif _in_background(run, data["event"]):
        data["event"] = recall.lede(run.article, None)
        run.notes.append("event: the model quoted a background sentence (an earlier event); the lead is used")
    elif (counted := _after_the_response(run.article, data["event"])) is not None:
        data["event"] = counted  # "Search and rescue teams ... amid the rising death toll from the recent ..."
        run.notes.append("event: the model quoted a lead on the response; the sentence that counts the dead is used")
    elif (told := _after_its_context(run.article, data["event"])) is not None:
        data["event"] = told  # "وسط هجمات متزايدة في القارة الأوروبية، قتلت الشرطة ...": the clause after
        run.notes.append("event: the model quoted the lead's setting (amid ...); the clause it sets is used")
    elif data["event"] and names_a_body(data["event"]):
        data["event"] = recall.lede(run.article, None)  # "جيش الاحتلال الإسرائيلي": who, not what happened
        run.notes.append("event: the model quoted only who acted; the lead is used")
    elif _past_the_story(run.article, data["event"]):
        data["event"] = recall.lede(run.article, None)
        run.notes.append("event: after a lead on what followed, the model quoted a later detail; the lead is used")
    elif data["event"] and data["event"].isascii() and _says_no_event(data["event"]):
        data["event"] = recall.lede(run.article, None)  # "rescue workers and residents": who, no event
        run.notes.append("event: the model quoted words that tell no event (no verb, no event's word); the lead")
    elif _a_later_follow_up(run.article, data["event"]):
        data["event"] = recall.lede(run.article, None)
        run.notes.append("event: the model quoted what followed (a rescue, a burial) after a lead with the toll")
    if (clause := event_clause(run.article, data["event"])) != data["event"]:
        run.notes.append(f"event: page furniture or attribution cut from the model's span: {clause!r}")
        data["event"] = clause
    if data["event"] and (whole := _with_its_verb(run.article, data["event"])):
        run.notes.append(f"event: a subject without its verb, taken on to the verb: {whole!r}")
        data["event"] = whole
    return Extraction.model_validate(data)


def _says_no_event(event: str) -> bool:
    """English words with no finite verb and no word of an event, a casualty or a weapon."""
    return not main_incident.tells_an_event(event) and not templates.a_clause(event)


def _a_later_follow_up(article: Article, event: str) -> bool:
    """The model's event is a later sentence's account of what followed ("وأضاف أن أفراد الإطفاء أنقذوا
    الناجين وانتشلوا الجثث"), while the body's lead counts the incident's dead: the lead tells it."""
    span = article.locate(event) if event else None
    lead = main_incident.body_lead(article)
    if span is None or lead is None or lead.start <= span.start < lead.end:
        return False
    opens = any(main_incident.a_follow_up_verb(w) for w in event.split()[:_FOLLOW_UP_REACH])
    return opens and recall.counts_dead(lead)


_FOLLOW_UP_REACH = 4  # words of a span within which a verb of what followed says it is no incident


def _with_its_verb(article: Article, event: str) -> str | None:
    """An Arabic event cut right before its verb of killing or wounding ("مسلحين يشتبه أنهم من جماعة بوكو
    حرام" | "قتلوا 15 شخصا"): the span on to the end of its sentence, clipped."""
    span = article.locate(event)
    if span is None or not has_arabic(event):
        return None
    sentence = article.sentence_around(span)
    after = article.text[span.end : sentence.end].split()[:1]
    if not after or not mentions(after[0], (*KILLED_WORDS, *INJURED_WORDS)) or mentions(event, KILLED_WORDS):
        return None  # the word right after the span is its verb of killing or wounding ("قتلوا")
    rest = Span(article.text[span.start : sentence.end], span.start, sentence.end)
    return without_time_tail(trimmed(rest).quote)


def _past_the_story(article: Article, event: str) -> bool:
    """After a lead on what followed the incident, the model's event is in none of the sentences that
    tell the incident (the lead, the next two, its own story): a detail ("الصاروخ من طراز «فلق-1»")."""
    told = main_incident.told_in(article)
    span = article.locate(event)
    if told is None or span is None or main_incident.incident_words(article) is None:
        return False
    return not any(s.start <= span.start < s.end for s in told)


def _in_background(run: Run, event: str) -> bool:
    """The event's sentence tells of an earlier event ("وكانت ساحة الاعتصام قد شهدت في 13 مايو"), and
    the lead is not that sentence."""
    span = run.article.locate(event)
    if span is None:
        return False
    sentence = run.article.sentence_around(span)
    lede = run.article.locate(recall.lede(run.article, None))
    return (
        main_incident.background(sentence.quote, _year(run))
        and lede is not None
        and not (sentence.start <= lede.start < sentence.end)
    )


def _verbatim(node, article: Article):
    """Replace each locatable span by the article's own text (exact characters, no cut words)."""
    if isinstance(node, dict):
        return {k: (v if k in ("role", "kind") else _verbatim(v, article)) for k, v in node.items()}
    if isinstance(node, list):
        return [_verbatim(v, article) for v in node]
    if isinstance(node, str) and (span := article.locate(node, loose=True)):
        return span.quote
    return node


def _balanced(data: dict) -> dict:
    """Names and slots whose brackets do not close within them cut at the stray bracket: 'وزارة الصحة في
    حكومة جماعة "أنصار الله" (الحوثي' -> '... "أنصار الله"', "JUI-F) party" -> "JUI-F" (the article's
    words still, from where the span starts)."""
    for name in ("perpetrator", "target", "weapon"):
        if data.get(name):
            data[name] = without_time_tail(_unbracketed(data[name]))  # "جماعة الحوثيين مساء الأربعاء"
    for item in [*data.get("sources", []), *data.get("places", [])]:
        item["name"] = _unbracketed(item["name"])
    return data


def _without_dangling(text: str) -> str:
    """A phrase without a closing function word ("a Pentecostal church in")."""
    words = text.split()
    while len(words) > 1 and fold(clean(words[-1])).lower() in (ENGLISH_FUNCTION_WORDS | PHRASE_STOPS):
        words.pop()
    return text[: text.rfind(words[-1]) + len(words[-1])] if words else text


def _unbracketed(text: str) -> str:
    opened, closed = text.rfind("("), text.rfind(")")
    if opened > closed:
        cut = text[:opened].rstrip(" ،,")
    elif closed >= 0 and "(" not in text[:closed]:
        cut = text[:closed].rstrip(" ،,")
    else:
        return text
    return cut if len(cut) > 2 else text


def _within_bounds(data: dict) -> dict:
    """Where the article's own words are longer than the field allows (a loose match widened a span),
    cut them at the last whole word that fits: still the article's words, from where the span starts."""
    try:
        Extraction.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            if error["type"] == "string_too_long":
                *parents, last = error["loc"]
                target = data
                for key in parents:
                    target = target[key]
                target[last] = target[last][: error["ctx"]["max_length"] + 1].rsplit(" ", 1)[0].rstrip(" ،,")
    return data


def supplement(ex: Extraction, run: Run, figures: list[main_incident.Figure]) -> Extraction:
    """Add what the article's lead states and the model missed, found by rules (noted in verification).
    The steps run in this order: a later rule sees what an earlier one added."""
    article = run.article
    sentences = recall.lead(article, article.locate(ex.event), 3)
    if told := main_incident.told_in(article):  # after a lead on what followed, the incident's own sentences
        sentences = [s for s in told if s.start >= article.body_start()]
        if (story := main_incident.narration(article)) is not None:  # the incident's own story before the rest
            sentences = [*sentences[:1], story, *(s for s in sentences[1:] if s != story)]
    update: dict = {}
    ex = _weapon_and_target(ex, run, sentences, update)
    _time(ex, run, update)
    # A claim or an accusation in the lead outweighs the model's reading; so does the lead's owner of the
    # weapon ("طائرة تابعة للولايات المتحدة") over a model's actor sharing no word with it (often the
    # victim's own group). That the attacker is unknown fills only a gap.
    owner = recall.weapon_owner(article, sentences)
    accused = recall.accused(article, sentences) or recall.accused(article, main_incident.main_sentences(article)[:8])
    # an English claim names the actor only where the model named none (a disputed claim, "Islamic State
    # claimed the Las Vegas shooting", does not replace the gunman the article names)
    unnamed = not ex.perpetrator or has_any(ex.perpetrator, UNKNOWN_WORDS)
    english = recall.english_claimed_by(article) if run.language == "en" and unnamed else None
    claimed = recall.claimed_by(article) or english
    # "described the attackers as members of a militia known as Fano": a suspect, where the model named none
    suspect = recall.english_suspect(article) if run.language == "en" and unnamed and not claimed else None
    if named := claimed or accused or suspect:
        if named != ex.perpetrator:
            update["perpetrator"] = named
    elif (
        owner
        and ex.perpetrator
        and not has_any(ex.perpetrator, UNKNOWN_WORDS)
        and not recall.overlaps(owner, ex.perpetrator)
    ):
        update["perpetrator"] = owner
    elif (
        run.language == "en"
        and (not ex.perpetrator or has_any(ex.perpetrator, UNKNOWN_WORDS))
        and (english := recall.english_accused(article, main_incident.main_sentences(article)[:14]))
    ):
        update["perpetrator"] = english  # "Washington believed Russian forces had fired": a suspect, said so
    elif not ex.perpetrator and not owner and (sides := _battle_sides(run, ex.event)):
        # clashes between two named sides ("اندلعت المواجهات بين جهاز دعم الاستقرار ... و(كتيبة ثوار طرابلس)"):
        # the two actors, the one named first as acting, the other as its opponent
        if ex.target and bare_phrase(ex.target) in bare_phrase(sides[0]):
            sides = (sides[1], sides[0])  # the model's target is one side: the other is the actor
        update["perpetrator"], update["target"] = sides
        run.notes.append(f"actors: the two sides of the clashes, by rules from the article: {sides[0]}; {sides[1]}")
    elif not ex.perpetrator and (
        phrase := owner
        or (recall.committed_by(article, sentences) if run.language == "ar" else None)
        or recall.announced_own_act(sentences)
        or (recall.undertaker(article, sentences) if run.language == "ar" else None)
        or recall.attacker_follows(article, main_incident.main_sentences(article)[:4])
        or recall.unknown_actor(article)
        or recall.attacker_subject(main_incident.main_sentences(article)[:5])
        or (recall.english_agent(sentences) if run.language == "en" else None)
        or (recall.english_headline_agent(main_incident.title(article)) if run.language == "en" else None)
        or (recall.english_headline_owner(main_incident.title(article)) if run.language == "en" else None)
        or (recall.arabic_headline_agent(main_incident.title(article)) if run.language == "ar" else None)
        or (recall.english_attacker_subject(sentences[:2]) if run.language == "en" else None)
        or (recall.english_strike_owner(sentences, main_incident.title(article)) if run.language == "en" else None)
        or (
            _common_lowered(recall.english_attacker_subject(_title_only(article), headline=True))
            if run.language == "en"
            else None
        )
        or (
            recall.committed_by(article, main_incident.main_sentences(article), reach=8)
            if run.language == "ar"
            else None
        )
    ):
        update["perpetrator"] = phrase
    generic = update.get("perpetrator", ex.perpetrator)
    if generic and recall.generic_attacker(generic) and (grouped := recall.attackers_of_a_group(sentences)):
        update["perpetrator"] = grouped  # "المهاجمين" after "مسلحين من جماعة بوكو حرام قتلوا": the group's men
    if (release := recall.release_in_lead(article)) is not None:
        holder, held = release  # a lead on a release: who held the captives took them
        perpetrator = update.get("perpetrator", ex.perpetrator)
        if not perpetrator or has_any(perpetrator, UNKNOWN_WORDS) or recall.generic_attacker(perpetrator):
            update["perpetrator"] = holder
        if not recall.overlaps(held, update.get("target", ex.target) or ""):
            update["target"] = held
        run.notes.append(f"actors: the lead tells a release, by rules: {holder} held {held}")
    target = update.get("target", ex.target)
    if not update.get("perpetrator", ex.perpetrator) and target and (sides := recall.clash_sides(ex.event)):
        # a clash between two sides, one given as the target: the other side is the actor
        other = [side for side in sides if bare_phrase(target) not in bare_phrase(side)]
        if len(other) == 1 and article.locate(other[0]):
            update["perpetrator"] = other[0]
    perpetrator = update.get("perpetrator", ex.perpetrator)
    if perpetrator and (sides := _battle_sides(run, ex.event)) and _both_sides(perpetrator, sides):
        # "قوات اللواء 444 وقوات الردع الخاصة" as the perpetrator: the two sides of the clashes, one each
        update["perpetrator"], update["target"] = sides
        perpetrator = sides[0]
        run.notes.append(f"actors: the two sides of the clashes, by rules from the article: {sides[0]}; {sides[1]}")
    if (
        perpetrator
        and (bare_name := _without_glued_preposition(perpetrator)) != perpetrator
        and article.locate(bare_name)
    ):
        update["perpetrator"] = perpetrator = bare_name  # 'بـ"الدولة الإسلامية' of "ما يسمى بـ": the group
    if perpetrator and (tidy := without_time_tail(perpetrator)) != perpetrator:
        update["perpetrator"] = perpetrator = tidy  # "جماعة الحوثيين مساء الأربعاء": the group, not when
    if perpetrator and (whole := recall.with_compound_tail(article, perpetrator)):
        update["perpetrator"] = perpetrator = whole  # "طائرة أمريكية" of "طائرة أمريكية بدون طيار": the drone
    if perpetrator and run.language == "ar" and (both := recall.with_coordinated_states(article, perpetrator)):
        if both != perpetrator:
            update["perpetrator"] = perpetrator = both  # "طائرات حربية روسية وسورية": both states' aircraft
    if perpetrator and run.language == "ar" and (state := recall.state_for_its_weapon(article, perpetrator)):
        update["perpetrator"] = perpetrator = state  # "إسرائيليين" of "صاروخين إسرائيليين": Israel's act
    if perpetrator and any(fold(clean(w)).lower() in VICTIM_ROLE_WORDS for w in perpetrator.split()):
        run.drop("perpetrator", perpetrator, "a hostage or a victim, held or harmed by the attack, not its author")
        update["perpetrator"] = perpetrator = None
    if perpetrator and fold(clean(perpetrator)).lower() in NEVER_PERPETRATORS:
        run.drop("perpetrator", perpetrator, "civilians are the ones attacked, never the attackers")
        update["perpetrator"] = perpetrator = None
    apart = run.language == "ar" and perpetrator == ex.perpetrator  # English apposes names between commas
    if perpetrator and apart and _named_apart_from_any_act(article, perpetrator):
        run.drop("perpetrator", perpetrator, "named only in a clause that tells no attack, claim or accusation")
        update["perpetrator"] = perpetrator = owner  # "غارات لمقاتلات التحالف العربي": the strikes' owner, if any
    if perpetrator and run.language == "en" and recall.english_killed_group(article, perpetrator):
        run.drop("perpetrator", perpetrator, "the article names its members as the ones killed: the victims")
        update["perpetrator"] = perpetrator = recall.english_attacker_subject(main_incident.main_sentences(article)[:3])
    if perpetrator and _foiled_by(article, perpetrator):
        run.drop("perpetrator", perpetrator, "foiled or repelled the attack: the defender, not its author")
        update["perpetrator"] = perpetrator = None
    if perpetrator and _led_by_leader_title(perpetrator):
        why = "a state's leader the article names (who spoke or ordered), not the armed actor"
        run.drop("perpetrator", perpetrator, why)
        update["perpetrator"] = perpetrator = None
    if perpetrator and _only_habitual(run.article, perpetrator) and perpetrator != claimed:
        # "roadside bombs are regularly planted by Taliban insurgents": who usually does it, not who did this
        run.drop("perpetrator", perpetrator, "named only as who usually carries out such attacks")
        update["perpetrator"] = perpetrator = None
    if perpetrator and _only_in_looks_back(run, perpetrator) and perpetrator != claimed:
        # "وخلال الأسابيع الماضية، استهدفت إسرائيل ...": who struck before, not a suspect of this incident
        run.drop("perpetrator", perpetrator, "named only where the article looks back at other events")
        update["perpetrator"] = perpetrator = None
    if not perpetrator and ex.perpetrator and (subject := _lead_subject(run, sentences)):
        update["perpetrator"] = perpetrator = subject  # the model's actor dropped: the lead's own attacker
    if not perpetrator and ex.perpetrator and (sides := _battle_sides(run, ex.event)):
        # the model's one side dropped (named only where it repelled): the two sides the clashes were between
        update["perpetrator"], update["target"] = sides
        perpetrator = sides[0]
        run.notes.append(f"actors: the two sides of the clashes, by rules from the article: {sides[0]}; {sides[1]}")
    target = update.get("target", ex.target)
    if perpetrator and target and _same_actor(target, perpetrator):
        run.drop("target", target, "the perpetrator itself: no one attacks himself")  # a misread clause
        update["target"] = None
    incident = main_incident.main_sentences(article, _year(run))
    if (
        not update.get("weapon", ex.weapon)
        and perpetrator
        and (owned := recall.actors_weapon(article, incident, perpetrator))
    ):
        update["weapon"] = owned  # "لطائرات التحالف": the means the article gives the perpetrator
    target = update.get("target", ex.target)
    if run.language == "en" and target and (core := recall.english_core(target)) != target:
        update["target"] = core  # "two men, who opened fire": whom, not what they did
    if run.language == "en" and perpetrator and (core := recall.english_core(perpetrator)) != perpetrator:
        update["perpetrator"] = perpetrator = core  # "Saudi-led coalition waging war against ...": who
    if target and (where_it_lies := _without_located(target, near=False)) != target:
        run.notes.append(f"target: cut before where it lies: {where_it_lies!r}")
        update["target"] = target = where_it_lies  # "المبنى الواقع بمنطقة طريق بيلي": the building
    if run.language == "ar" and target and (owners := recall.by_hands_of(target)):
        # "على يد مسلحين": by the gunmen, never whom they attacked
        run.drop("target", target, "names who did it (at the hands of), not whom")
        update["target"] = target = None
        if not perpetrator and article.contains(owners):
            update["perpetrator"] = perpetrator = owners
    if run.language == "ar" and perpetrator and (core := recall.arabic_core(perpetrator)) != perpetrator:
        update["perpetrator"] = perpetrator = core  # "اغتال مسلحون مجهولون": who, without the verb before
    if run.language == "en" and perpetrator and (titled := recall.english_titled(article, perpetrator)):
        update["perpetrator"] = titled  # "officer David Nesheiwat": who he is, not only his name
    _sources(ex, run, update)
    _casualties(ex, run, figures, sentences, update)
    _places(ex, run, sentences, update)
    target = update.get("target", ex.target)
    if target and (site := _site_of_its_word(article, target, update.get("places", ex.places))):
        update["target"] = target = site  # "attacked a village" and the site "Egbekaw village": that village
    if (
        target
        and (hit := lookup(target)) is not None
        and not hit.is_region
        and (fold(target) == fold(hit.name_ar or "") or clean(target) in NOT_COUNTRIES)
        and not (hit.is_country and _a_state(update.get("perpetrator", ex.perpetrator)))  # state against state
    ):
        # "استهدفت ... مقديشو": a whole city is where it happened, not what was hit
        run.drop("target", target, "a town's name: where it happened, not what was hit")
        update["target"] = None
        places = update.get("places", list(ex.places))
        told = any(fold(target) in fold(s.quote) for s in sentences)  # not the title's other event's town
        if told and all(fold(p.name) != fold(target) for p in places) and len(places) < MAX_PLACES:
            update["places"] = [*places, ExtractedPlace(name=target, role="area" if places else "site")]
    target = update.get("target", ex.target)
    if target and recall.generic_attacker(target) and not recall.victim(article, target):
        run.drop("target", target, "names the attacker, not whom he attacked")  # "الهدف: المهاجم"
        update["target"] = target = None
    target = update.get("target", ex.target)
    if target and _the_event_itself(target):
        run.drop("target", target, "names what happened (clashes, an attack), not what was hit")
        update["target"] = target = None
    target = update.get("target", ex.target)
    if target and run.language == "en" and _an_english_town(target):
        run.drop("target", target, "a town's name: where it happened, not what was hit")  # "Ugandan capital Kampala"
        update["target"] = None
    target = update.get("target", ex.target)
    if target and (rest := _past_attribution(target)) is not None:
        # "منسوبة لإسرائيل منطقة": the participle and its "to whom" describe the strike, not what was hit
        if rest and article.locate(rest) is not None and fold(clean(rest)) not in PLACE_DESCRIPTORS_SET:
            update["target"] = rest
        else:
            run.drop("target", target, "describes whom the strike was attributed to, not what was hit")
            update["target"] = None
    target = update.get("target", ex.target)
    if target and run.language == "ar" and fold(clean(target.split()[0])) in PREPOSITION_SENSES:
        # "من أسرة واحدة في تعز": a prepositional phrase (whose family, where), not what was hit
        run.drop("target", target, "opens with a preposition: a phrase of the clause, not what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if (
        target
        and len(target.split()) <= _TOLL_WORDS
        and counts_in(target)
        and mentions(target, (*KILLED_WORDS, *INJURED_WORDS))
    ):
        # "أكثر من مئة جريح", "27 dead": the toll, not what was hit
        run.drop("target", target, "a count of the dead or injured: the toll, not what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and _points_back(target):
        # "استهدفت ... هذه المنطقة الجنوبية": a word that points back names nothing a reader can be told
        run.drop("target", target, "points back to something named before (this area), names nothing")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and run.language == "ar" and _a_named_place(target):
        # "منطقة دامبوا في جنوب ولاية بورنو": a place word and a name say where, not what was hit
        run.drop("target", target, "a named place: where it happened, not what was hit")
        update["target"] = None
        places = update.get("places", list(ex.places))
        if all(bare_phrase(p.name) not in bare_phrase(target) for p in places) and len(places) < MAX_PLACES:
            update["places"] = [ExtractedPlace(name=target, role="site"), *places]
    target = update.get("target", ex.target)
    if target and run.language == "ar" and _place_described(target):
        run.drop("target", target, "a place and its country's adjective: where it happened, not what was hit")
        update["target"] = None  # "أوروميا الاثيوبية": Oromia, said among the places
    target = update.get("target", ex.target)
    if target and _only_people_counted(target):
        run.drop("target", target, "counts people in general (the toll's victims), names no target")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and only_a_time(target):
        run.drop("target", target, "says when (a day, a part of the day), not who or what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and has_cue(target, TREATMENT_WORDS) and not has_cue(ex.event or "", TREATMENT_WORDS):
        # "نقلوا إلى المستشفى": where the wounded were taken, not what was hit (unless the event says so)
        run.drop("target", target, "where the wounded were treated, not what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and _the_attackers(target):
        run.drop("target", target, "names the attackers themselves, not whom they attacked")
        update["target"] = None
        ex = ex.model_copy(update={"target": None})
    target = update.get("target", ex.target)
    if target and _what_exploded(ex.event or "", target):
        # "a fuel tanker exploded in a suburb": what exploded is the event's subject, not what it hit
        run.drop("target", target, "what exploded: the cause of the harm, not what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and _where_people_went(article, target):
        # "وخرج العديد منهم الى الشوارع": where people went for safety, not what was hit
        run.drop("target", target, "where people went (to the streets), not what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and _a_speaker(article, target):
        # "One villager in Pa Zi Gyi told the media": who told what happened, not what was hit
        run.drop("target", target, "the subject of a speech verb: who told of the incident, not what was hit")
        update["target"] = None
    target = update.get("target", ex.target)
    if target and not main_incident.in_main(article, target, _year(run)) and _told_in_a_remark(article, target):
        # "buildings in rural areas ... are often constructed poorly": a remark on the region, not what was hit
        run.drop("target", target, "named only in a general remark (what is usual there), not of the incident")
        update["target"] = None
    for name, value in list(update.items()):
        span = run.article.locate(value) if isinstance(value, str) and value != getattr(ex, name) else None
        breaks = (
            [k for k, c in enumerate(span.quote) if c == "\n" and not wrapped(run.article.text, span.start + k)]
            if span
            else []
        )
        if breaks:
            # "الكاميرون\n\nمسلحون مجهولون": a rule's phrase runs across a line break from the title: its line
            # (a hard-wrapped English line goes on: "At least 25 people were\nkilled")
            last = span.quote[breaks[-1] + 1 :].strip()
            update[name] = last if last and run.article.locate(last) else None
    for name, value in update.items():
        before = getattr(ex, name)
        if isinstance(value, list):
            added = ", ".join(x.name for x in value if x not in before)
            if added:
                run.notes.append(f"{name}: added from the article's lead by rules: {added}")
        elif value is not None:  # None: dropped, and reported as such
            how = f"the model's {before!r} replaced" if before else "added"
            run.notes.append(f"{name}: {how} by rules from the article: {value}")
    return ex.model_copy(update=update) if update else ex


def _weapon_and_target(ex: Extraction, run: Run, sentences: list, update: dict) -> Extraction:
    """The weapon with its count word; a weapon named as the perpetrator dropped; the lead's weapon
    and target when the model gave none (or a target quoted only from the title)."""
    article = run.article
    if ex.weapon and (span := article.locate(ex.weapon)) and not numbers_in(ex.weapon):
        if wider := recall.count_before(article, span):
            update["weapon"] = wider.quote
    weapon = update.get("weapon", ex.weapon)
    if weapon and _names_no_weapon(weapon):
        run.drop("weapon", weapon, "names a unit, a body or a place, and no weapon")  # "اللواء 47 في حماة"
        update.pop("weapon", None)
        ex = ex.model_copy(update={"weapon": None})
        weapon = None
    if weapon and has_any(weapon, UNKNOWN_WORDS) and len(weapon.split()) <= 2:
        run.drop("weapon", weapon, "says the means is unknown: no weapon to state")  # "unknown", "غير معروف"
        update.pop("weapon", None)
        ex = ex.model_copy(update={"weapon": None})
        weapon = None
    if weapon and fold(clean(weapon)).lower() in GENERIC_WEAPONS:
        run.drop("weapon", weapon, "names no kind of weapon (armed men are armed)")  # "مدججين بالسلاح"
        update.pop("weapon", None)
        ex = ex.model_copy(update={"weapon": None})
        weapon = None
    if weapon and (mass := _mass_of_its_round(article, weapon)):
        run.notes.append(f"weapon: one round {weapon!r} said by the mass the article writes: {mass!r}")
        update["weapon"] = mass
        ex = ex.model_copy(update={"weapon": mass})
        weapon = mass
    if weapon and main_incident.first_in_response(article, weapon):
        run.drop("weapon", weapon, "the weapon of what the incident answered, not the incident's")
        update.pop("weapon", None)
        ex = ex.model_copy(update={"weapon": None})
    if ex.perpetrator and (quoted := _closed_quote_only(ex.perpetrator)) and article.locate(quoted):
        # 'جيش التحرير الوطني" المتمردة اليسارية': the name up to its closing quote (the adjectives agree with
        # the word before the opening quote, "جماعة", left out)
        run.notes.append(f"perpetrator: cut at the closing quote of its name: {quoted!r}")
        ex = ex.model_copy(update={"perpetrator": quoted})
    attacker = None  # the group a construct names as the attacker before its victims
    if ex.perpetrator and (group := _group_before_its_victims(ex.perpetrator)) and article.locate(group):
        # "استهداف جماعة الحوثي المدنيين": the construct's owner attacks, its object is the victims
        run.notes.append(f"perpetrator: the victims after the group cut: {group!r}")
        ex = ex.model_copy(update={"perpetrator": group})
        attacker = group
    if ex.perpetrator and fold(clean(ex.perpetrator)).lower() in NEVER_PERPETRATORS:
        run.drop("perpetrator", ex.perpetrator, "civilians are the ones attacked, never the attackers")
        ex = ex.model_copy(update={"perpetrator": None})
    if ex.perpetrator and (head := _before_identity_aside(ex.perpetrator)) and article.locate(head):
        run.notes.append(f"perpetrator: the aside on who they are cut: {head!r}")
        ex = ex.model_copy(update={"perpetrator": head})
    if ex.perpetrator and len(ex.perpetrator.split()) > 6 and (why := recall.not_a_source_name(ex.perpetrator)):
        run.drop("perpetrator", ex.perpetrator, f"a sentence, not an actor: {why}")
        ex = ex.model_copy(update={"perpetrator": None})
    if ex.perpetrator and not has_any(ex.perpetrator, UNKNOWN_WORDS):
        keyword = classify([ex.perpetrator])[1]
        attackers = keyword is not None and fold(keyword).lower().startswith(ATTACKER_NOUNS)
        state_weapon = bool(recall.strike_states(ex.perpetrator))  # "a Russian missile": Russia's, who fired it
        if not state_weapon and ((keyword and not attackers) or recall.a_weapon(ex.perpetrator)):
            run.drop("perpetrator", ex.perpetrator, "names a weapon, not an actor")
            ex = ex.model_copy(update={"perpetrator": None})
        elif recall.only_appeals(article, ex.perpetrator):
            run.drop(
                "perpetrator",
                ex.perpetrator,
                "the article names it only as one that spoke or asked, not as the attacker",
            )
            ex = ex.model_copy(update={"perpetrator": None})
        elif recall.only_reports(article, ex.perpetrator):
            why = "the article names it only as who reported the attack, not as the attacker"
            run.drop("perpetrator", ex.perpetrator, why)
            ex = ex.model_copy(update={"perpetrator": None})
        elif ex.perpetrator != attacker and recall.victim(article, ex.perpetrator):
            why = "the article names it as the one killed or targeted, not the attacker"
            run.drop("perpetrator", ex.perpetrator, why)
            ex = ex.model_copy(update={"perpetrator": None})
        elif _the_country_it_happened_in(article, ex.perpetrator):
            # "هجوم إرهابي ... بشمال مالي": the model's "مالي" is where it happened (its soldiers were killed)
            run.drop("perpetrator", ex.perpetrator, "the country where it happened, not who attacked")
            ex = ex.model_copy(update={"perpetrator": None})
    if ex.target and (cut := _before_casualty_verb(ex.target)) != ex.target:
        # "شخص وأصيب": the model's target ran into the toll's next clause; who was hit ends before it
        run.drop("target", ex.target, f"runs into the toll's clause; kept: {cut!r}" if cut else "names a toll")
        ex = ex.model_copy(update={"target": cut or None})
    if ex.target and recall.in_appeal(article, ex.target):
        run.drop("target", ex.target, "named only in what someone asked for or condemned, not as what was attacked")
        ex = ex.model_copy(update={"target": None})
    if ex.target and recall.opposed(article, ex.target):
        run.drop("target", ex.target, "named as what protests opposed, not as what was attacked")
        ex = ex.model_copy(update={"target": None})
    if ex.target and recall.commemorated(article, ex.target):
        run.drop("target", ex.target, "named as who or what the event commemorated, not as what was attacked")
        ex = ex.model_copy(update={"target": None})
    if ex.target and (at := recall.happened_at(ex.target)) is not None:
        # "small plane crash": what was hit is named before the English event noun ("small plane")
        before = " ".join(ex.target.split()[:at]) if ex.target.isascii() and at == len(ex.target.split()) - 1 else ""
        if not ex.target.isascii() and (head := _before_toll_clause(ex.target, at)):
            before = head  # "مقر المجلس الدستوري ومبنى ...، وخلّفا 26 قتيلا": what was hit, before the toll
        run.drop("target", ex.target, "names what happened or its toll, not who or what was hit")
        ex = ex.model_copy(update={"target": before if len(before) > 2 and article.locate(before) else None})
    # What the lead says was targeted outweighs the model's target ("مسجد" for "انفجار استهدف مركزا
    # لتسجيل الناخبين").
    aimed = recall.targeted(sentences[:1]) or (recall.english_object(sentences[:2]) if run.language == "en" else None)
    if aimed and run.language == "ar":
        aimed = recall.fuller_target(sentences[1:3], aimed)  # "حافلة" in a title, "حافلة كانت تقل أطفالا" after
    if aimed and article.locate(aimed) and aimed != ex.target:
        update["target"] = aimed
        ex = ex.model_copy(update={"target": aimed})
    if ex.weapon and ex.target and bare_phrase(ex.weapon) in bare_phrase(ex.target):
        run.drop("weapon", ex.weapon, "names what was hit, not what hit it")  # "القاعة الكبرى" as the weapon
        ex = ex.model_copy(update={"weapon": None})
        update["weapon"] = None
    if ex.weapon and _the_targeted(article, ex.weapon):
        # "قصف استهدف منظومة صواريخ إيرانية": the missile system was struck; the strike's means is another
        run.drop("weapon", ex.weapon, "named as what was targeted, not what struck")
        if not ex.target:
            update["target"] = ex.weapon
        ex = ex.model_copy(update={"weapon": None, "target": ex.target or ex.weapon})
        update["weapon"] = None
    phrase = recall.weapon_phrase(article, sentences) if sentences else None
    # The lead's weapon when the model gave none, or gave a word of it ("نار" of "بإطلاق نار": fire).
    if phrase and (not ex.weapon or (fold(ex.weapon) in fold(phrase) and len(fold(ex.weapon)) < len(fold(phrase)))):
        update["weapon"] = phrase
    # A target the model gave without a target word is weak, unless the article names it as a victim
    # ("اختطاف المجبري": the kidnapped man) or as what was targeted.
    named_victim = bool(ex.target) and (
        ex.target == aimed or any(recall.victim(article, w) for w in {ex.target.split()[0], ex.target.split()[-1]})
    )  # "اغتيال سعاد العلي"; "المعارض ... شكري بلعيد" after "وكان بلعيد ... قد اغتيل"
    weak_target = not (ex.target and (terms_in(ex.target) or named_victim)) or recall.title_only(article, ex.target)
    if weak_target and run.language == "ar" and (seized := recall.person_object(ex.event)) and article.locate(seized):
        update["target"] = seized  # "... اختطفت عضو المجلس، فتحي المجبري": whom the clause seized
    elif sentences and weak_target and (phrase := recall.target_phrase(sentences)):
        update["target"] = phrase
    heading = main_incident.title(article)
    told = f"{ex.event} {heading.quote if heading else ''}"
    if (target := update.get("target", ex.target)) and (cut := _before_casualty_verb(target)) != target:
        run.drop("target", target, f"runs into the toll's clause; kept: {cut!r}")  # "شخص وأصيب"
        update["target"] = target = cut or None
    if target and fold(clean(target)).lower() in GENERIC_TARGETS:
        run.drop("target", target, "people in general: it names no one or nothing that was hit")
        update["target"] = None
    elif target and has_arabic(target) and recall.an_outlet(target):
        run.drop("target", target, "names a report, a saying or an outlet, not what was hit")  # "حد تعبيره"
        update["target"] = None
    elif (
        target
        and has_cue(target, TREATMENT_WORDS)
        and not has_cue(told, TREATMENT_WORDS)
        and recall.treated_at(article, target)
    ):
        # "نُقلوا إلى المستشفى الإقليمي": where the wounded were taken, unless the event or title names it
        run.drop("target", target, "where the wounded were treated, not what was hit")
        update["target"] = None
    elif target:
        if (tidy := _without_dangling(_unbracketed(target))) != target:
            update["target"] = tidy  # "Pentecostal church in": no dangling word, no stray bracket
    weapon = update.get("weapon", ex.weapon)
    if weapon and run.language == "ar" and (headed := recall.with_head_noun(article, weapon)):
        if _a_vehicle(headed):
            run.drop("weapon", weapon, f"describes a vehicle ({headed}), no weapon")
            update["weapon"] = None  # "نارية" of "على متن دراجات نارية": how they came, not what they used
        else:
            update["weapon"] = headed  # "صاروخية" -> "ضربة صاروخية": the noun an adjective describes
    target = update.get("target", ex.target)
    if target and run.language == "ar" and (whole := recall.described(article, target)):
        update["target"] = whole  # "خالد محسود، أحد أعضاء حركة طالبان باكستان": who the victim was
    for target in {t for t in (ex.target, update.get("target")) if t}:
        if _a_weapon_alone(target) or _a_toll(target):
            # "an improvised explosive device suspected to", "18 شخصا على الأقل": the weapon, the toll
            run.drop("target", target, "names the weapon or the toll's count, not what was hit")
            ex = ex.model_copy(update={"target": None})
            update.pop("target", None)
    return ex


def _place_described(phrase: str) -> bool:
    """A place the gazetteer knows, then only nationality adjectives ("أوروميا الاثيوبية")."""
    words = phrase.split()
    for k in (3, 2, 1):
        if len(words) > k and lookup(" ".join(words[:k])) is not None:
            rest = analysed(" ".join(words[k:]))
            return not isinstance(rest, str) and all(w.sense and w.sense.kind == "nationality" for w in rest)
    return False


def _only_people_counted(target: str) -> bool:
    """A target that is a count of people in general ("20 شخصا", "20 people"): the victims the toll counts."""
    counted = counts_in(target)
    return len(target.split()) <= 3 and bool(counted) and victims(target, counted[0]) is None


def _a_vehicle(phrase: str) -> bool:
    """The phrase reads whole as a thing the lexicon lists, not a weapon ("دراجات نارية": motorcycles)."""
    return (sense := sole_sense(phrase)) is not None and sense.kind == "target"


def _time(ex: Extraction, run: Run, update: dict) -> None:
    """The lead's time phrase, else one said later in a sentence about the same weapon; a span that
    says no time ("في مقتل 35 شخصا") is dropped first."""
    article = run.article
    if _follow_up_time(ex, run, update):
        return
    if (event := article.locate(ex.event)) and (told := toll_update_event(article, event)):
        # "ارتفع عدد ضحايا الحريق الذي اندلع ليل السبت ... اليوم": the event's own time, not the toll's day
        inner = recall.time_phrase(article, [told])
        at = article.locate(ex.time) if ex.time else None
        if inner and not (at and told.start <= at.start < told.end):
            update["time"] = inner
            return
    if ex.time and (at := article.locate(ex.time)) and _in_quotes(article.text, at):
        # "مظفر اباد «الأيام» رويترز": a name in quotes (an outlet's), not when
        run.drop("incident.when.expression", ex.time, "a name in quotes (an outlet's), not a time")
        ex = ex.model_copy(update={"time": None})
    if ex.time and (at := article.locate(ex.time)) and _as_of(article.text, at):
        # "حتى الاثنين كان عدد القتلى ثمانية عشر": the day a count was made, not the incident's
        run.drop("incident.when.expression", ex.time, "the time a count was made (as of ...), not the incident's")
        ex = ex.model_copy(update={"time": None})
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:4])
        return
    if ex.time and fold(clean(ex.time)).lower() in VAGUE_TIMES:
        # "في وقت مبكر، الجمعة": the weekday said right after it; "early" alone says no time
        day = _weekday_after(article, article.locate(ex.time))
        run.drop("incident.when.expression", ex.time, "early or late, no day nor part of the day")
        if day is None:  # the lead's own time, if it says one
            found = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:4])
            update["time"] = found if found and fold(clean(found)).lower() not in VAGUE_TIMES else None
            return
        ex = ex.model_copy(update={"time": day})
        update["time"] = day
    if ex.time and fold(clean(ex.time)).lower() in DURATIONS:
        run.drop("incident.when.expression", ex.time, "how long something went on (all day), not when")
        ex = ex.model_copy(update={"time": None})
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:4])
        return
    if ex.time and fold(clean(ex.time)) in _LOOK_BACK:
        # "في وقت سابق" (earlier): when a report came, no time of the incident; the story's own, if any
        run.drop("incident.when.expression", ex.time, "a look back from the report, not the incident's time")
        ex = ex.model_copy(update={"time": None})
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:8])
        return
    if ex.time and not main_incident.in_main(article, ex.time, _year(run)):
        # "(27 أغسطس 2022)" of a background paragraph: another event's date, not the incident's
        run.drop("incident.when.expression", ex.time, "named only where the article tells of other events")
        ex = ex.model_copy(update={"time": None})
        # the lead's own time, if any ("حريق شب مساء الأربعاء")
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:4])
    if ex.time and (at := article.locate(ex.time)) and _more_victims_elsewhere(article, at):
        # "On Saturday, two more military personnel were killed ... in an attack against a river patrol"
        run.drop("incident.when.expression", ex.time, "the day of more victims of another attack, not the incident's")
        ex = ex.model_copy(update={"time": None})
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:2])
    if ex.time and len(ex.time.split()) > 2 and _opens_a_contrast(ex.time):
        # "وقت قصفت طائرات التحالف قاعدة جوية": "في وقت" (while) opens another clause, no time of the incident
        run.drop("incident.when.expression", ex.time, "a clause of what happened meanwhile, not a time")
        ex = ex.model_copy(update={"time": None})
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:4])
    if ex.time and _a_period_start(article, ex.time):
        # "منذ إطلاق قوات النظام لهذه المعركة ... في 19 يونيو": when a campaign began, not the incident's time
        run.drop(
            "incident.when.expression", ex.time, "when a period or a campaign began (since ...), not the incident's"
        )
        ex = ex.model_copy(update={"time": None})
        update["time"] = recall.time_phrase(article, main_incident.main_sentences(article, _year(run))[:4])
    if ex.time and recall.said_on(article, ex.time):
        # "police said Wednesday": the day of the report; the lead's own time of the incident, if any
        found = recall.time_phrase(article, recall.lead(article, article.locate(ex.event), 4))
        if found and found != ex.time:
            update["time"] = found
            return
        found = recall.occurred_time(article, main_incident.sentences(article)[:10])
        if found and found != ex.time:
            update["time"] = found  # "ووقعت التفجيرات ... السبت" after a police statement of Sunday
            return
    if ex.time and (local := local_time(ex.time)) != ex.time and local and article.locate(local):
        update["time"] = local  # "10 am (0300 GMT)": the local hour; its conversion says nothing more
        ex = ex.model_copy(update={"time": local})
    if ex.time and (bare := _DANGLING_TIME_END.sub("", ex.time)) != ex.time and bare and article.locate(bare):
        update["time"] = bare  # "Tuesday at" of "exploded Tuesday at an outdoor market": the day
        ex = ex.model_copy(update={"time": bare})
    if ex.time and (wide := recall.with_its_day(article, ex.time)) != ex.time:
        update["time"] = wide  # "morning" of "killed this morning": today's morning
        ex = ex.model_copy(update={"time": wide})
    if ex.time and is_time_expression(ex.time):
        # A span running on past its time words ("في غارة بطائرة بلا طيار الخميس في منطقة ...") is cut
        # to them.
        if len(ex.time.split()) > 4 and (span := article.locate(ex.time)):
            if (phrase := recall.time_phrase(article, [span])) and phrase != ex.time:
                update["time"] = phrase
        return
    if ex.time:
        run.drop("incident.when.expression", ex.time, "says no time (no date, day, part of the day or time word)")
        update["time"] = None
    if phrase := recall.time_phrase(article, recall.lead(article, article.locate(ex.event), 4)):
        if recall.said_on(article, phrase) and (
            occurred := recall.occurred_time(article, main_incident.sentences(article)[:10])
        ):
            phrase = occurred  # the police spoke on Sunday; "ووقعت التفجيرات ... السبت"
        update["time"] = phrase
    elif phrase := recall.time_phrase(article, recall.same_weapon(article, update.get("weapon", ex.weapon))):
        update["time"] = phrase  # "the missile fell at dawn"


def _weekday_after(article: Article, at: Span | None) -> str | None:
    """The weekday said right after a span, past a comma ("في وقت مبكر، الجمعة" -> "الجمعة")."""
    if at is None:
        return None
    m = re.match(r"\s*[،,]?\s*(\S+)", article.text[at.end : at.end + 30])
    word = clean(m.group(1)) if m else ""
    return word if word and weekdays_in(word) and article.locate(word) else None


def local_time(time: str) -> str:
    """The time without its conversion to another zone in brackets ("10 am (0300 GMT" -> "10 am")."""
    return _ZONE_ASIDE.sub("", time).strip()


_ZONE_ASIDE = re.compile(r"\s*\([^()]*\b(?:GMT|UTC|local time|Eastern|EST|EDT|ET)\b[^()]*(?:\)|$)")
_DANGLING_TIME_END = re.compile(r"(?:\s+(?:at|in|on|of|the|a|an|and|from|to|by|near))+$")
_OPENING_QUOTES, _CLOSING_QUOTES = '«"“', '»"”'


def _as_of(text: str, span: Span) -> bool:
    """A word of "as of" among the three words before the span ("حتى الاثنين", "as of Monday")."""
    return recall.as_of(text[max(0, span.start - 80) : span.start])


def _in_quotes(text: str, span: Span) -> bool:
    """The span is all a quoted name holds ("«الأيام»"): quote marks right before and after it."""
    before, after = text[: span.start].rstrip(" "), text[span.end :].lstrip(" ")
    return bool(before) and before[-1] in _OPENING_QUOTES and after[:1] in tuple(_CLOSING_QUOTES)


_LOOK_BACK = frozenset(fold(c) for c in BACKGROUND_CUES if len(c.split()) > 1)  # "في وقت سابق", "last week"


def _follow_up_time(ex: Extraction, run: Run, update: dict) -> bool:
    """After a lead on what followed the incident (a funeral on Tuesday, an arrest on Thursday), the
    incident's own time: said in the words that name it ("الحريق الذي التهم مساء أمس الاثنين"), else in
    the sentence that tells its story, else in the rest of the lead; the lead's own day is never the
    incident's (a near sentence's other day may be). False when the lead tells the incident itself."""
    article = run.article
    if (found := main_incident.follow_up_lead(article)) is None:
        return False
    lead, own = found
    event = article.locate(ex.event)
    rest = main_incident.incident_clause(article)  # the lead's words naming the incident, up to its next clause
    told = main_incident.narration(article)
    # the words naming the incident, then the sentence of its own story, then the rest of the lead (after
    # a toll update's link, "... اليوم الجمعة" may be the update's day)
    named = event if event is not None and not (own.start <= event.start < own.end) else None
    if (
        (named and (phrase := recall.time_phrase(article, [named])))
        or (told and (phrase := recall.time_phrase(article, [told], pluperfect=True)))
        or (rest and (phrase := recall.time_phrase(article, [rest])))
    ):
        update["time"] = phrase
        return True
    if phrase := _linked_time(article, lead):
        update["time"] = phrase  # "طالب ... الأربعاء بتحقيق بعد قتل نحو 60 فلسطينيا ... الاثنين"
        return True
    at = article.locate(ex.time, near=lead.start) if ex.time else None
    if at is None or not (own.start <= at.start < own.end):
        return False
    # the next sentences that tell nothing of what followed: "The strike on Sunday night hit ..."
    near = [s for s in main_incident.told_in(article) or [] if s.start > lead.end]
    phrase = recall.time_phrase(article, near)
    day = main_incident.weekday_in(phrase) if phrase else None
    bound = main_incident.dated_by_main_clause(article, at)  # a claim's day: the incident on or before it
    if not bound:
        run.drop("incident.when.expression", ex.time, "the day of what followed the incident (a funeral, an arrest)")
    if day is not None and day != main_incident.weekday_in(own.quote):
        update["time"] = phrase
    elif not bound:
        update["time"] = None
    return True


def _named_apart_from_any_act(article: Article, phrase: str) -> bool:
    """Every clause that names the model's perpetrator tells no attack, claim or accusation ("موضحا بأن
    الوحدة الرومانية ... تتولى أمن مطار قندهار": the unit guards the airport; the bomber struck it)."""
    spans = [Span(m.group(), m.start(), m.end()) for m in re.finditer(re.escape(phrase), article.text)]
    spans = spans or [article.locate(phrase)]
    clauses = [_clause_around(article.text, s) for s in spans if s is not None]
    # 'جماعة "جيش التحرير الوطني" المتمردة اليسارية، مسؤولة عن الهجوم': a name set off by a comma, then its act
    clauses += [
        _clause_around(article.text, Span(article.text[end : end + 1], end, end + 1))
        for s in spans
        if s and (end := _clause_end(article.text, s)) is not None
    ]
    return bool(clauses) and not any(
        main_incident.tells_an_event(c)
        or has_cue(c, (*CLAIM_WORDS, *CLAIM_VERBS, *ACCUSATION_CUES, *ACKNOWLEDGED_ACTS))
        for c in clauses
    )


_CLAUSE_BREAKS = re.compile(r"[.،,؛;:\n]")


def _clause_end(text: str, span: Span) -> int | None:
    """Where the comma that closes the span's clause stands, when only its own describing words come between
    (at most three); else None."""
    end = _CLAUSE_BREAKS.search(text, span.end)
    if end is None or end.group() not in ",،" or len(text[span.end : end.start()].split()) > 3:
        return None
    return end.start() + 1


def _clause_around(text: str, span: Span) -> str:
    """The words between the punctuation marks before and after the span, the span with them."""
    starts = [m.end() for m in _CLAUSE_BREAKS.finditer(text, 0, span.start)]
    end = _CLAUSE_BREAKS.search(text, span.end)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _without_located(name: str, near: bool = True) -> str:
    """A place's or a thing's phrase up to the participle of where it lies ("بيشاور الواقعة" -> "بيشاور",
    "المبنى الواقع بمنطقة طريق" -> "المبنى") or of what it lies near ("مدينة روالبندي القريبة من ...")."""
    words = name.split()
    cues = _WHERE_IT_LIES if near else LOCATED_WORDS  # a thing keeps what it lies near, its place's context
    at = next((k for k, w in enumerate(words) if k and fold(clean(w)).lower() in cues), None)
    return " ".join(words[:at]).rstrip(" ،,") if at is not None else name


def _without_near(name: str) -> str:
    """A place without the word of nearness it was taken with ("قرب بلدة كمبوت" -> "بلدة كمبوت", "near
    Dhaka" -> "Dhaka"); the place stays, its nearness is said by the relation."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (_a_near_word(words[k]) or (k and words[k] in ("of", "to"))):
        k += 1
    if k and k < len(words) and fold(clean(words[k])) in ORIGIN_PREPOSITIONS:
        k += 1  # "بالقرب من"
    return " ".join(words[k:]) if 0 < k < len(words) else name


def _only_near(article: Article, name: str) -> bool:
    """Each time the article names the thing, a word of nearness stands among the three words before it."""
    text = fold(article.text).lower()
    found = [m.start() for m in re.finditer(re.escape(fold(name).lower()), text)]
    return bool(found) and all(any(_a_near_word(w) for w in text[:at].split()[-3:]) for at in found)


def _a_near_word(word: str) -> bool:
    """A word of nearness, English only in lower case ("near", not the "Near" of "Near East")."""
    return fold(clean(word)) in NEAR_WORDS and not (word.isascii() and word[:1].isupper())


# "الواقعة", "located"; "القريبة" (not "قرب", which may open a name)
_WHERE_IT_LIES = LOCATED_WORDS | {w for w in NEAR_WORDS if w.startswith(ARTICLE)}


_GLUED = re.compile(r"^[\u0628\u0644]\u0640\s*[\"'«“]?")  # "بـ" / "لـ" written apart by a tatweel, a quote mark


def _without_glued_preposition(phrase: str) -> str:
    """The phrase without a preposition's letter written apart with a tatweel and the quote mark after it
    ('بـ"الدولة الإسلامية' -> 'الدولة الإسلامية'); a quote the phrase opened stays closed ('أنصار تنظيم "داعش"')."""
    phrase = _GLUED.sub("", phrase)
    return (phrase if _closes_its_quote(phrase) else phrase.rstrip("\"'»”")).strip()


def _closes_its_quote(phrase: str) -> bool:
    """The phrase's last mark closes a quote it opened (or it ends on no mark)."""
    for opening, closing in (('"', '"'), ("'", "'"), ("«", "»"), ("“", "”")):
        if phrase.endswith(closing):
            return phrase.count(opening) % 2 == 0 if opening == closing else opening in phrase
    return True


def _opens_a_contrast(phrase: str) -> bool:
    """The phrase opens on "وقت" and a past-tense verb ("وقت قصفت طائرات ..."): "while", not a time."""
    words = [fold(clean(w)) for w in phrase.split()]
    words = words[1:] if words and words[0] in PLACE_PREPOSITIONS else words
    return len(words) > 1 and words[0] == MEANWHILE_TIME_WORD and a_past_verb(words[1])


_SINCE_REACH = 12  # words from "منذ" to the date that starts its period


def _a_period_start(article: Article, time: str) -> bool:
    """Every mention of the time is in a "since" phrase ("منذ إطلاق ... المعركة ... في 19 يونيو", "since
    March"): when something began, not when the incident happened."""
    at, seen = 0, False
    while (span := article.locate(time, near=at)) is not None and span.start >= at:
        clause = re.split(r"[،,.]", article.text[max(0, span.start - 120) : span.start])[-1].split()
        if not any(fold(clean(w)).lower() in SINCE_WORDS for w in clause[-_SINCE_REACH:]):
            return False
        seen, at = True, span.end
    return seen


def _the_targeted(article: Article, phrase: str) -> bool:
    """Every mention of the phrase is the object of a verb of targeting ("استهدف منظومة صواريخ", "targeted a
    missile system"): what was struck."""
    at, seen = 0, False
    while (span := article.locate(phrase, near=at)) is not None and span.start >= at:
        if not recall.targeted_at(article, span):
            return False  # "قصف استهدف منظومة صواريخ": a strike's relative verb; not a verb opening its sentence
        seen, at = True, span.end
    return seen


def _only_in_looks_back(run: Run, name: str) -> bool:
    """Every sentence naming ``name`` looks back by a cue, a month or an earlier year ("وخلال الأسابيع
    الماضية", "ومنذ بدء النزاع في 2011"); a pluperfect alone is no such look back (a statement may tell the
    incident so)."""
    article, at, seen = run.article, 0, False
    while (span := article.locate(name, near=at)) is not None and span.start >= at:
        sentence = article.sentence_around(span)
        # the sentence up to the end of the mention's clause: a look back after it ("..., بالإضافة الى
        # اختطاف موظف ثالث أواخر الشهر الماضي") is another matter's
        rest = article.text[span.end : sentence.end]
        end = span.end + min((i for i in (rest.find("،"), rest.find(",")) if i >= 0), default=len(rest))
        if sentence.start <= article.body_start() < sentence.end:
            return False  # the lead tells the incident, however long ago ("نجحت قوات التحالف قبل أيام في تصفية")
        if not main_incident.background(article.text[sentence.start : end], _year(run), pluperfect=False):
            return False
        seen, at = True, span.end
    return seen


def _foiled_by(article: Article, perpetrator: str) -> bool:
    """The lead names the perpetrator right after a verb of foiling ("أحبطت قوات الجيش المصري هجوما",
    "troops repelled an attack" is English's subject before it): who stopped the attack."""
    span = article.locate(perpetrator, near=article.body_start())
    if span is None:
        return False
    before = article.text[max(0, span.start - 40) : span.start].split()[-2:]
    after = article.text[span.end : span.end + 30].split()[:1]
    arabic = any(fold(clean(w)).removeprefix(WAW) in FOILING_VERBS for w in before)
    english = perpetrator.isascii() and any(w.lower() in FOILING_VERBS for w in after)
    return arabic or english or _shot_the_attacker(article.text[span.end : span.end + _SHOT_REACH])


def _shot_at(word: str) -> bool:
    """The word before the attacker's says he was shot at or killed ("النار على المسلح", "قتل المهاجم")."""
    folded = fold(clean(word))
    return folded == fold(ON_WORD) or mentions(folded, KILLED_WORDS)


_SHOT_REACH = 60  # characters after a name within which its clause says it shot the attacker
_SHOT_ATTACKER_EN = re.compile(
    r"^(?:\S+\s+){0,2}(?:shot|killed|wounded|subdued|tackled)\s+(?:and\s+\w+\s+)?the\s+(?:gunman|attacker|shooter)\b"
)


def _shot_the_attacker(after: str) -> bool:
    """The words right after a name, in its sentence, say it shot or stopped the attacker ("موظف أمن في
    المركز أطلق النار على المسلح", "a security guard shot the gunman"): the defender, not the author."""
    clause = re.split(r"[.!?؟]\s", after, maxsplit=1)[0]
    words = [clean(w) for w in clause.split()[:6]]
    definite = any(
        fold(w).startswith(ARTICLE) and recall.generic_attacker(w) and _shot_at(words[k - 1])
        for k, w in enumerate(words)
        if k and not w.isascii()
    )
    return definite or _SHOT_ATTACKER_EN.search(clause.strip()) is not None


def _past_attribution(phrase: str) -> str | None:
    """The words after an opening participle of attribution and its complement ("منسوبة لإسرائيل منطقة"
    -> "منطقة"); None when the phrase opens on none."""
    words = phrase.split()
    if len(words) < 2 or fold(clean(words[0])).removeprefix(WAW) not in ATTRIBUTION_PARTICIPLES:
        return None
    return " ".join(words[2:])


def _points_back_to_sources(name: str) -> bool:
    """A source named only by pointing back ("المصدران", "أحد المصدرين", "the second source"): every word is
    a source word or a pointer, and one is a source word with its article."""
    words = [fold(clean(w)).lower() for w in name.split()]
    return (
        bool(words)
        and all(w in SOURCES_POINTING_BACK for w in words)
        and any(w.startswith(ARTICLE) or w == "the" for w in words)
    )


_TOWN_KINDS = frozenset((*(w for w in TOWN_WORDS if w.isascii()), "capital"))


def _site_of_its_word(article: Article, target: str, places: list[ExtractedPlace]) -> str | None:
    """The site named with the target's one place word ("a village" -> "Egbekaw village", "قرية" -> "قرية
    إغبيكاو"): what was attacked is that place, not another of its kind."""
    words = [w for w in target.split() if w.lower() not in ("a", "an", "the")]
    if len(words) != 1 or not _a_place_word(words[0]):
        return None
    word = fold(clean(words[0])).lower()
    for place in places:
        named = [fold(clean(w)).lower() for w in place.name.split()]
        if place.role == "site" and len(named) > 1 and (word in named or ARTICLE + word in named):
            return place.name if article.locate(place.name) else None
    return None


def _a_place_word(word: str) -> bool:
    """A common word for a kind of place ("village", "قرية"), by the lexicon."""
    if word.isascii():
        return any(w.kind == "place_word" for w in ENGLISH_LEXICON.get(word.lower(), ()))
    return (sense := sole_sense(clean(word))) is not None and sense.kind == "place_word"


def _the_event_itself(phrase: str) -> bool:
    """A target phrase headed by a noun of attack or fighting ("اشتباكات للسيطرة على الأراضي", "clashes
    over land"): the event, not what it hit."""
    words = phrase.split()
    if not words:
        return False
    if phrase.isascii():
        head = [w for w in words if w.lower() not in ("a", "an", "the")][:1]
        return bool(head) and head[0].lower().removesuffix("es").removesuffix("s") in EVENT_NOUNS_EN
    sense = sole_sense(clean(words[0]))
    return sense is not None and sense.kind == "attack" and sense.pos == "noun" and sense.en in EVENT_NOUNS_EN


def _told_in_a_remark(article: Article, phrase: str) -> bool:
    """The phrase stands in a general remark ("buildings in rural areas ... are often constructed poorly"):
    a habitual cue in its sentence, not a later sentence on the incident ("gunmen targeted Amhara residents
    in last week's attack")."""
    span = article.locate(phrase)
    return span is not None and has_cue(article.sentence_around(span).quote, HABITUAL_CUES)


def _the_attackers(target: str) -> bool:
    """A target that is only the attack's doers, definite ("المهاجمين", "the attackers"): those who
    attacked, named back, never what was attacked."""
    words = [fold(clean(w)).lower() for w in target.split()]
    words = [w for w in words if w != "the" and w not in PARTITIVES and not numbers_in(w)]  # "اثنين من"
    return 0 < len(words) <= 2 and all(
        w.removeprefix(WAW).removeprefix(ARTICLE).startswith(ATTACK_DOERS) for w in words
    )


def _what_exploded(event: str, target: str) -> bool:
    """The target is what exploded in the event: "a fuel tanker exploded" (English, the verb after it),
    "انفجر صهريج وقود" (Arabic, the verb right before it)."""
    low, folded = event.lower(), fold(clean(target)).removeprefix(ARTICLE)
    if target.isascii():
        return any(f"{target.lower()} {verb}" in low for verb in EXPLODED_VERBS if verb.isascii())
    words = [fold(clean(w)) for w in event.split()]
    return any(
        words[k].removeprefix(WAW) in EXPLODED_VERBS
        and " ".join(words[k + 1 :]).removeprefix(ARTICLE).startswith(folded)
        for k in range(len(words) - 1)
    )


def _where_people_went(article: Article, phrase: str) -> bool:
    """Every mention of the phrase follows a destination word after a verb of leaving ("خرج العديد منهم
    الى الشوارع", "residents fled to the hills")."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), article.text)]
    for start in starts:
        before = [fold(clean(w)).removeprefix(WAW).lower() for w in article.text[max(0, start - 60) : start].split()]
        to = before[-1:] and (before[-1] in DESTINATION_WORDS or before[-1] == "to")
        if not to or not any(w in WENT_VERBS or w[1:] in WENT_VERBS for w in before[-5:-1]):  # "فخرج"
            return False
    return bool(starts)


def _a_speaker(article: Article, phrase: str) -> bool:
    """The phrase is a speech verb's subject: an English one before "told"/"said" ("One villager in Pa Zi
    Gyi told the media"), an Arabic one right after a speaker's verb ("قال قروي")."""
    span = article.locate(phrase)
    if span is None:
        return False
    after = article.text[span.end : span.end + 30].split()[:1]
    before = article.text[max(0, span.start - 30) : span.start].split()[-1:]
    if after and clean(after[0]).lower() in ENGLISH_AFTER_NAME:
        return True
    return bool(before) and fold(clean(before[0])).removeprefix(WAW) in SUBJECT_SPEECH_VERBS


def _an_english_town(phrase: str) -> bool:
    """An English phrase that only names a town ("Ugandan capital Kampala", "the city of Kirkuk"): words of
    a town's kind or its country's adjective, then a name the gazetteer knows."""
    words = phrase.replace(" of ", " ").split()
    while words and (words[0].lower() in _TOWN_KINDS or words[0].lower() == "the" or state_of_adjective(words[0])):
        words = words[1:]
    name = " ".join(words)
    hit = lookup(name) if words and not ENGLISH_LEXICON.get(name.lower()) else None  # "Police" is no Polish town
    return hit is not None and not hit.is_country and not hit.is_region and name == hit.name_en


def _same_actor(target: str, perpetrator: str) -> bool:
    """The target is the perpetrator, or the group the perpetrator's phrase names ("حركة الشباب" in
    "متشددون من حركة الشباب")."""
    named, whom = f" {bare_phrase(perpetrator)} ", f" {bare_phrase(target)} "
    return named == whom or (len(whom.split()) > 1 and whom in named)


def _points_back(phrase: str) -> bool:
    """The phrase opens on a demonstrative ("هذه المنطقة", "this area")."""
    first = fold(clean(phrase.split()[0])).lower().removeprefix(WAW) if phrase.split() else ""
    return first in DEMONSTRATIVES or first in ("this", "that", "these", "those")


def _a_named_place(phrase: str) -> bool:
    """A place word and a name ("منطقة دامبوا", "بلدة الأتارب"): the gazetteer knows the words, or the
    word after the place word is a name the lexicon does not know (not "منطقة سكنية", a residential area)."""
    words = [fold(clean(w)) for w in phrase.split()]
    if len(words) < 2 or words[0] not in PLACE_DESCRIPTORS_SET:
        return False
    name = words[1]
    return lookup(" ".join(words[:2])) is not None or isinstance(analysed(name), str)


def _linked_time(article: Article, lead: Span) -> str | None:
    """The time in what one of the next sentences links its own news to ("طالب ترودو الأربعاء بتحقيق
    مستقل بعد قتل نحو 60 فلسطينيا ... الاثنين في غزة"): the incident's, when the lead's link gave none."""
    for sentence in [s for s in main_incident.sentences(article) if s.start > lead.end][:_LINKED_REACH]:
        own, rest = main_incident.own_clause(sentence.quote)
        if not rest or main_incident.tells_an_event(own) or not main_incident.tells_an_event(rest):
            continue
        linked = Span(rest, sentence.end - len(rest), sentence.end)
        if phrase := recall.time_phrase(article, [linked]):
            return phrase
    return None


_LINKED_REACH = 3  # sentences after a lead on what followed that may say it again with the incident's day


def _sources(ex: Extraction, run: Run, update: dict) -> None:
    """Sources the article really cites, one entry each, claims kept only with their speaker; then
    the sources the article quotes that the model missed."""
    article = run.article
    sources: list[ExtractedSource] = []
    for s in ex.sources:
        if (head := _before_a_colon(article, s.name)) != s.name:
            # 'وزير الاتصال يايا سانغاري:” عثرت فرق': the name ends at the colon, his words follow
            run.drop("sources.name", s.name, f"runs on past a colon into what was said; kept: {head}")
            s = s.model_copy(update={"name": head})
        if (name := recall.source_name(s.name)) != s.name:
            run.drop("sources.name", s.name, f"runs on past the name into what was said or happened; kept: {name}")
            s = s.model_copy(update={"name": name})
        if run.language == "ar" and (titled := recall.titled_office(article, s.name)):
            s = s.model_copy(update={"name": titled})  # "بمديرية الدفاع المدني": the spokesman there
        if wider := (
            recall.widened_title(article, s.name)
            or recall.widened_outlet(article, s.name)
            or (run.language == "ar" and recall.widened_construct(article, s.name))
        ):
            # "عضو" -> "عضو في المجلس المحلي"; "المسيرة" -> 'قناة "المسيرة"'
            run.notes.append(f"sources: {s.name!r} widened by rules to the body the article names: {wider!r}")
            s = s.model_copy(update={"name": wider})
        if run.language == "en" and (titled := recall.english_titled(article, s.name)):
            s = s.model_copy(update={"name": titled})  # "Garba Shehu" -> "spokesman Garba Shehu"
        if run.language == "en" and (own := recall.without_another(s.name)) != s.name:
            s = s.model_copy(update={"name": own})  # "Another resident Umaru Bawa": resident Umaru Bawa
        if run.language == "en" and (authorities := recall.authorities_of(article, s.name)):
            s = s.model_copy(update={"name": authorities})  # "Colombia" -> "authorities in Colombia"
        if run.language == "en" and (whole := recall.completed_name(article, s.name)):
            s = s.model_copy(update={"name": whole})  # "... and secret" -> "... and secret police"
        if _only_silent(article, s.name):
            run.drop("sources", s.name, "the article says it said nothing (did not claim, could not be reached)")
            continue
        if recall.in_anonymity_aside(article, s.name):
            run.drop("sources", s.name, "words of an anonymity aside ('preferred not to be named'), no name")
            continue
        if _a_dateline_city(article, s.name):
            run.drop("sources", s.name, "the dateline's city: where the report was filed, not who reported")
            continue
        if run.language == "ar":
            s = s.model_copy(update={"name": _without_to(article, s.name)})
        if _only_in_dateline(article, s.name) and (outlet := _dateline_outlet(s.name)) != s.name:
            # "أبوجا- رويترز": a dateline's city is no source; its agency is ("Reuters", not "Abuja of Reuters")
            run.drop("sources.name", s.name, f"a dateline: the city is where it was filed; kept: {outlet}")
            if outlet is None:
                continue
            s = s.model_copy(update={"name": outlet, "kind": "outlet"})
        if s.claim and not recall.said_by(article, s.name, s.claim):
            run.drop("sources.claim", s.claim, f"the article does not attribute it to {s.name}")
            s = s.model_copy(update={"claim": None})
        if why := recall.not_a_source_name(s.name) or _background_source(run, s.name):
            run.drop("sources", s.name, why)
            continue
        if recall.reacted_only(article, s.name):
            run.drop("sources", s.name, "only reacted (condemned, vowed): tells nothing of what happened")
            continue
        if recall.named_as_victim(article, s.name):
            run.drop("sources", s.name, "named as one of the victims, not as who told of it")
            continue
        if not s.claim and recall.country_hit(s.name) and not recall.speaks_of_incident(article, s.name):
            # "وأعلن العراق النصر على تنظيم داعش": a state that announced something else
            run.drop("sources", s.name, "a country whose words in the article are on something else")
            continue
        if sources and _points_back_to_sources(s.name):
            run.drop("sources", s.name, "points back to sources already listed (the two sources, the second one)")
            continue
        same = next((i for i, k in enumerate(sources) if _one_source(article, k.name, s.name)), None)
        if same is not None:  # one source named twice ("أمجد الساري", "الساري"): one entry, the first claim
            sources[same] = sources[same].model_copy(update={"claim": sources[same].claim or s.claim})
        elif recall.attributed(article, s.name):
            sources.append(s)
        else:
            run.drop("sources", s.name, "the article does not quote or cite it as a source")
    if sources != list(ex.sources):  # one dropped, or a name widened or cut
        update["sources"] = sources
    named = [bare_phrase(s.name) for s in sources]
    for phrase, kind in recall.sources_in(article, limit=MAX_SOURCES):
        wider = recall.widened_title(article, phrase) or recall.widened_construct(article, phrase)
        phrase = recall.without_told_to(recall.speakers_name(wider or phrase))
        phrase = recall.before_another_source(phrase)  # "مصدر عسكري يمني وفقا لقناة": not whom it cited
        phrase = recall.speaker_only(phrase)  # "مسؤولون محليون وكالة فرانس برس": the officials, not whom they told
        phrase = _without_to(article, _unbracketed(phrase))
        phrase = recall.full_name(article, phrase) or phrase  # "القدرة" -> "أشرف القدرة"
        phrase = recall.authorities_of(article, phrase) or phrase  # "authorities in Colombia said"
        phrase = recall.before_when_spoken(phrase)  # "مسؤولون صوماليون عقب الحادث": the officials
        phrase = _before_a_colon(article, phrase)  # 'يايا سانغاري:” عثرت فرق': the name, not his words
        key = bare_phrase(phrase)
        if len(phrase) > SHORT_PHRASE_MAX:
            continue  # a clause, not a name: no source field holds it
        if recall.not_a_source_name(phrase) or not recall.speaks_of_incident(article, phrase):
            continue  # a clause's end, not who said it; or words on something else (an arms deal)
        if recall.reacted_only(article, phrase) or recall.named_as_victim(article, phrase):
            continue  # "Prime Minister ... condemned the attack": a reaction, no fact of it; a victim
        if _a_dateline_city(article, phrase) or _only_silent(article, phrase) or _only_told(article, phrase):
            continue  # "Islamabad, Oct. 1:"; "Al Shabaab ... did not immediately claim"; "told the media here"
        if _only_in_dateline(article, phrase) and (phrase := _dateline_outlet(phrase)) is None:
            continue  # "بيت لحم- معا-": the dateline's city, and an agency only when one is known
        key = bare_phrase(phrase)
        if _background_source(run, phrase) or (sources and _points_back_to_sources(phrase)):
            continue  # an earlier event's source; "المصدران": the sources already listed
        shorter = next((i for i, n in enumerate(named) if n in key and n != key), None)
        if shorter is not None and len(named[shorter].split()) > 1 and kind in ("organisation", "outlet"):
            # the model's "الصليب الأحمر" inside "اللجنة الدولية للصليب الأحمر": a body's whole name
            sources[shorter] = sources[shorter].model_copy(update={"name": phrase})
            named[shorter] = key
            update["sources"] = sources
        elif len(sources) < MAX_SOURCES and all(key not in n and n not in key for n in named):
            if any(_one_source(article, phrase, s.name) for s in sources):
                continue  # "رامي عبد الرحمن مدير المرصد" after "مدير المرصد رامي عبد الرحمن": one person
            sources.append(ExtractedSource(name=phrase, kind=source_kind(phrase) or kind, claim=None))
            named.append(key)
            update["sources"] = sources
    for phrase in recall.english_sources_in(article) if run.language == "en" else []:
        phrase = recall.speaker_only(phrase)  # "A senior railway official ruled out sabotage": the official
        phrase = recall.without_english_time(phrase)  # "The Associated Press last month": who, not when
        phrase = recall.authorities_of(article, phrase) or phrase  # "authorities in Colombia said"
        key = bare_phrase(phrase)
        if len(phrase) > SHORT_PHRASE_MAX or recall.not_a_source_name(phrase) or _a_dateline_city(article, phrase):
            continue  # "In a statement": where it was said, not who said it; "Islamabad, Oct. 1:"
        if _only_told(article, phrase) or (sources and _points_back_to_sources(phrase)):
            continue  # "told the media here": the audience; "the second source": one already listed
        if recall.reacted_only(article, phrase) or recall.named_as_victim(article, phrase):
            continue  # "Chancellor Olaf Scholz said he "must be caught"": a reaction, no fact of it; a victim
        state = recall.country_hit(phrase) is not None
        if state and (not recall.speaks_of_incident(article, phrase) or _background_source(run, phrase)):
            continue  # "Russia says it does not deliberately target civilians": a state's words on its war
        if any(recall.same_source(phrase, s.name) for s in sources):
            continue  # "Governor Lysak" after "Serhiy Lysak": one person
        if len(sources) < MAX_SOURCES and all(key not in n and n not in key for n in named):
            person = phrase[:1].isupper() and len(phrase.split()) <= 3
            kind = source_kind(phrase) or ("person" if person else "organisation")
            sources.append(ExtractedSource(name=phrase, kind=kind, claim=None))
            named.append(key)
            update["sources"] = sources


def _one_source(article: Article, a: str, b: str) -> bool:
    """Two names of one source: one holds the other, a given name beside a surname, or a title and the
    name set off after it ("مفوض مقاطعة تالي نورث ...، ابيلا مودي،" and "مودي")."""
    return (
        recall.same_source(a, b)
        or recall.one_person(article, a, b)
        or recall.apposed_name(article, a, b)
        or recall.apposed_name(article, b, a)
    )


def _led_by_leader_title(phrase: str) -> bool:
    """A phrase opened by a state leader's title ("الرئيس الفرنسي ...", "President X")."""
    words = fold(clean(phrase)).lower().removeprefix("the ")
    return any(words == t or words.startswith(t + " ") for t in LEADER_TITLES)


def _with_its_count(article: Article, target: str) -> str:
    """A one-word target with the number the article writes right before it ("150 مبنى", "3 houses"):
    the count is part of what was hit; else the target as given."""
    span = article.locate(target)
    if span is None or len(target.split()) != 1 or names_people(target):
        return target  # "3 أشخاص": people counted are the toll's victims, no target to count
    before = article.text[max(0, span.start - 20) : span.start]
    words = before.split()
    if not words or not before.endswith((" ", "\u00a0")) or not counts_in(words[-1]):
        return target
    counted = article.locate(f"{words[-1]} {target}", near=span.start - len(words[-1]) - 1)
    return counted.quote if counted is not None else target


def _says_nothing_affected(target: str) -> bool:
    """A disaster's "target" that names no one and nothing hit: a natural feature ("البحر", "the sea"), a
    quantity word alone ("Dozens", "العشرات"), or a bearing and a region ("central Mexico")."""
    words = [fold(clean(w)).lower() for w in target.split() if fold(clean(w)).lower() not in ("the", "a", "an")]
    if len(words) == 1 and (bare(words[0]) in NATURAL_FEATURES or words[0] in NATURAL_FEATURES):
        return True
    if len(words) == 1 and (words[0] in VAGUE_QUANTITIES or words[0].removeprefix(WAW) in VAGUE_QUANTITIES):
        return True
    hit = lookup(" ".join(w for w in target.split() if w[:1].isupper())) if target.isascii() else None
    return (
        hit is not None
        and (hit.is_region or hit.is_country)
        and all(
            w[:1].isupper() or w.lower() in ("the", "central", "northern", "southern", "eastern", "western")
            for w in target.split()
        )
    )


def _both_sides(phrase: str, sides: tuple[str, str]) -> bool:
    """The phrase names both sides of a clash ("قوات اللواء 444 وقوات الردع الخاصة")."""
    return all(bare_phrase(side) in bare_phrase(phrase) for side in sides)


def _battle_sides(run: Run, event: str) -> tuple[str, str] | None:
    """The two sides the main incident's clashes were between, as the article names them: in the event's
    words or in one of the incident's first sentences that names a clash; both must be actors (a name or
    a force, not a place or a time)."""
    article = run.article
    rule, word = classify([event])
    if word is not None and rule.event_type != BATTLES:
        return None  # "محاولة الاغتيال التى استهدفت وزير الدفاع": no clash, whatever clashes go on around it
    main = [s.quote for s in main_incident.main_sentences(article, _year(run))[:6]]
    title = main_incident.title(article)
    for text in [event, *([title.quote] if title else []), *main]:
        if not mentions(text, CLASH_WORDS) and text != event:
            continue
        if (states := recall.border_sides(text)) and mentions(text, CLASH_WORDS):
            return states  # "الاشتباكات على حدود قرغيزستان وطاجيكستان": the two states' forces
        sides = recall.clash_sides(text)
        if sides and _two_states(sides):
            return sides  # "مواجهات مسلحة بين أذربيجان وأرمينيا": the two states' forces
        # "بين مجموعتين مسلحتين ... الى 27 قتيلا وأكثر من مئة جريح": a toll after "و" is no side
        if sides and all(
            article.locate(side) and lookup(side) is None and not mentions(side, (*KILLED_WORDS, *INJURED_WORDS))
            for side in sides
        ):
            return sides
    return None


def _title_only(article: Article) -> list[Span]:
    """The title as the one sentence to read ("Policeman among three killed after gunmen attack party")."""
    title = main_incident.title(article)
    return [title] if title is not None else []


def _common_lowered(phrase: str | None) -> str | None:
    """A title's capitalised common noun as prose writes it ("Gunmen" -> "gunmen"); a name stays."""
    if not phrase or not phrase[:1].isupper():
        return phrase
    first, _, rest = phrase.partition(" ")
    common = ENGLISH_LEXICON.get(first.lower()) and not ENGLISH_LEXICON.get(first)
    return f"{first.lower()} {rest}".strip() if common else phrase


def _two_states(sides: tuple[str, str]) -> bool:
    """Both sides are countries, and not one country twice."""
    first, second = (recall.country_hit(clean(side)) for side in sides)
    return bool(first and second and first.country_code != second.country_code)


def _background_source(run: Run, name: str) -> str | None:
    """Why a source is none of the incident's: quoted only where the article has turned to other
    events (a president on an arms deal, the White House on an earlier attack)."""
    if main_incident.in_main(run.article, name, _year(run)):
        return None
    return "quoted only where the article tells of other events, not of the main incident"


def _casualties(ex: Extraction, run: Run, found: list[main_incident.Figure], sentences: list, update: dict) -> None:
    """Each toll from the figure an analyst files (the body's lead figure of the main incident), where
    the model's span states another count or none; a count of a background event is dropped."""
    article = run.article
    for kind in ("killed", "injured"):
        span = getattr(ex, kind)
        if span and main_incident.in_running_total(article, span):
            run.drop(kind, span, "a running total (since a date, of a month or of a war), not the incident's toll")
            update[kind] = span = None
        if (pick := main_incident.analyst_figure(found, article, kind)) and (
            vague := main_incident.vague_before(article, pick, _year(run))
        ):
            update[kind] = vague.quote  # "وأصيب المئات" before a count of one: hundreds, no figure
        elif pick:
            if not span or casualty_figure(span, kind) != (pick.count, pick.qualifier):
                update[kind] = pick.clause.quote
        elif (
            span and casualty_figure(span, kind)[0] is not None and not main_incident.in_main(article, span, _year(run))
        ):
            run.drop(kind, span, "a figure of another event the article reports, not of the main incident")
            update[kind] = None
        elif not span and (told := _toll_of_event(article, ex.event, kind)):
            update[kind] = told  # "التفجيرات ... التي ضربت ثلاثة فنادق وأودت بحياة سبعة وخمسين شخصا"
        elif not span and sentences and (clause := recall.casualty_clause(article, sentences, kind)):
            update[kind] = clause
        elif not span and (
            clause := recall.casualty_clause(article, main_incident.main_sentences(article, _year(run)), kind)
        ):
            update[kind] = clause  # told later in the incident's story ("وتفيد التقارير بإصابة العشرات")
        if update.get(kind) and main_incident.in_running_total(article, update[kind]):
            update[kind] = None  # the clause found counts a war's running total


def _a_vehicles_name(article: Article, name: str) -> bool:
    """Wherever the article writes the name, a word of a vehicle's or a carrier's name follows it ("the
    Karachi Express", "Angara Airlines"): a train, a plane, a line, not where."""
    if len(name.split()) > 1 and any(w in VEHICLE_NAME_WORDS for w in name.split()[1:]):
        return True  # "the Karachi Express", "Bikaner-Guwahati Express train"
    found = [m.end() for m in re.finditer(re.escape(name), article.text)]
    return bool(found) and all(
        re.sub(r"['’]s$", "", (article.text[end:].split()[:1] or [""])[0].strip(".,;:")) in VEHICLE_NAME_WORDS
        for end in found
    )


def _a_kin_groups_name(article: Article, name: str) -> bool:
    """Wherever the article writes the name, a clan's or tribe's word is among the three words before it
    ("بين عشيرتي بورا وتومبيك"): the group's name, not where."""
    found = [m.start() for m in re.finditer(re.escape(name), article.text)]
    return bool(found) and all(
        any(fold(clean(w)).removeprefix(WAW).lower() in KIN_GROUP_WORDS for w in article.text[:at].split()[-3:])
        for at in found
    )


_VESSEL = re.compile(r"^(?:the\s+)?(?:M\.?\s?V\.?|M/V|M\.?S\.?|MT)\s+[A-Z]")  # a ship's prefix, then its name


def _before_toll_clause(target: str, at: int) -> str | None:
    """An Arabic target's words before the comma that opens the clause of what happened (its ``at``-th
    word), when there are any."""
    words = target.split()
    cut = max((i for i, w in enumerate(words[:at]) if w.endswith(("،", ","))), default=None)
    return " ".join(words[: cut + 1]).rstrip("،,") if cut is not None else None


def _toll_of_event(article: Article, event: str | None, kind: str) -> str | None:
    """The clause of the event's own words that counts its ``kind`` of casualties, if they count any."""
    span = article.locate(event) if event else None
    words = KILLED_WORDS if kind == "killed" else INJURED_WORDS
    if span is None or not mentions(span.quote, words) or casualty_figure(span.quote, kind)[0] is None:
        return None
    return recall.casualty_clause(article, [span], kind) or span.quote


def _places(ex: Extraction, run: Run, sentences: list, update: dict) -> None:
    """Places named only in the background (an earlier attack, where a group rules) dropped; then
    gazetteer places after a place word in the lead's first two sentences, and names after an
    indefinite place word."""
    article = run.article
    home = _article_country(article, [])  # the country the lead is about, before any place is kept
    places = []
    speakers = {fold(s.name) for s in update.get("sources", ex.sources)}
    told = main_incident.told_in(article)  # after a lead on what followed: where the incident is told
    placed = _incident_placed(article)
    for p in [part for place in ex.places for part in _split_place(place)]:
        if (tidy := _without_located(_without_near(without_time_tail(p.name).lstrip("#")))) != p.name and tidy:
            p = p.model_copy(update={"name": tidy})  # "هافانا الجمعة": the town, not when; "#اليمن": Yemen
        if (plain := _written_plainly(article, p.name)) is not None:
            p = p.model_copy(update={"name": plain})  # the dateline's "ANKARA" is "the capital, Ankara" later on
        if recall.an_event(p.name):
            run.drop("places", p.name, "names what happened (an ambush, a raid), not where")
        elif p.name.split() and fold(clean(p.name.split()[0])).lower() in LOCATED_WORDS:
            # "الواقعة في جنوب قيرغيزستان": where a place named before it lies, no place of its own
            run.drop("places", p.name, "says where a place named before it lies, not a place of its own")
        elif _a_speakers_clause(p.name):
            run.drop("places", p.name, "a clause of who said what (a dateline and its speaker), not a place")
        elif any(fold(clean(w)).lower() in COLOUR_WORDS for w in p.name.split()):
            run.drop("places", p.name, "says what colour something was (a white car), not where")
        elif _VESSEL.match(p.name) or _a_vehicles_name(article, p.name):
            run.drop("places", p.name, "names a vessel, a train or an airline (the Karachi Express), not where")
        elif _a_kin_groups_name(article, p.name):
            run.drop("places", p.name, "names a clan or a tribe (between the Bora and Tombek clans), not where")
        elif run.language == "ar" and _named_after_a_title(article, p.name):
            run.drop("places", p.name, "a name after a title (the prime minister's): a person, not where")
        elif _a_named_day(p.name):
            run.drop("places", p.name, "names a day (a protest's Friday), not where")
        elif fold(without_preposition(p.name)) in DOCUMENTS:
            run.drop("places", p.name, "names a statement, not where")  # "في بيان" is no Bayan in Kuwait
        elif _nameless(p.name):
            run.drop("places", p.name, "names a thing (a market, a bus), not where: no place name in it")
            # a thing at the scene; not an armed group ("كتائب حزب الله"), nor an area without its name
            # ("ريف المحافظة الشرقي": where, not what was hit)
            if not (update.get("target") or ex.target or names_a_body(p.name) or _an_area_word(p.name)):
                # "near the town's train station": where, not what was hit (English: an Arabic lead "انفجار
                # بالقرب من فندق" then lost the only clause the own side could say)
                if not (p.name.isascii() and _only_near(article, p.name)):
                    update["target"] = p.name
        elif _word_not_town(p.name, article.text):
            why = "a common word (a statement, a door) that is a town only in a country the article does not name"
            run.drop("places", p.name, why)
        elif not main_incident.in_main(article, p.name, _year(run)):
            run.drop("places", p.name, "named only where the article tells of other events, not of the main incident")
        elif main_incident.first_in_response(article, p.name):
            run.drop("places", p.name, "first named as where the event the incident answered happened")
        elif recall.in_appeal(article, p.name) and len(ex.places) > 1:
            run.drop("places", p.name, "named only in what was condemned or asked for, not where it happened")
        elif recall.only_in_a_speakers_office(article, p.name) or recall.only_as_whose_office(article, p.name):
            run.drop("places", p.name, "named only in a speaker's office (the spokesman for the Sfax courts)")
        elif recall.only_in_a_speakers_description(article, p.name) and len(ex.places) > 1:
            run.drop("places", p.name, "named only in who spoke, before what was said, not where it happened")
        elif recall.across_a_border(article, p.name):
            run.drop("places", p.name, "named only across a border (where people fled, what a border faces)")
        elif recall.a_neighbour(article, p.name, home):
            run.drop("places", p.name, "a neighbouring country, named only as what the place lies near")
        elif main_incident.only_in_follow_ups(article, p.name, placed):
            run.drop("places", p.name, "named only where the article tells what followed (a funeral, a protest)")
        elif has_cue(p.name, TREATMENT_WORDS) and not has_cue(f"{ex.event} {ex.target or ''}", TREATMENT_WORDS):
            run.drop("places", p.name, "where the wounded were treated, not where it happened")
        elif fold(p.name) in speakers:
            run.drop("places", p.name, "the article quotes it: a source, not where it happened")
        elif recall.hometown(article, p.name):
            run.drop("places", p.name, "where a named person is from, not where it happened")
        elif _only_in_dateline(article, p.name) and any(not _only_in_dateline(article, q.name) for q in ex.places):
            run.drop("places", p.name, "named only in the dateline: where the report was filed")
        else:  # a whole country is where it happened, never the site itself
            if p.role == "origin" and not _only_as_origin(article, p.name):
                p = p.model_copy(update={"role": "area"})  # the model's "origin" needs the article's "from"
            if p.role == "destination" and not _only_as_destination(article, p.name):
                p = p.model_copy(update={"role": "area"})  # and its "destination" the article's "to"
            country_site = p.role == "site" and (hit := lookup(p.name)) is not None and hit.is_country
            places.append(p.model_copy(update={"role": "area"}) if country_site else p)
    if places != list(ex.places):
        update["places"] = places
    known = {fold(p.name) for p in places} | {_place_key(h) for p in places if (h := lookup(p.name))}
    # the lead's country before a kept place's: "منطقة دار السلام" is a district of Cairo in an Egyptian
    # story, not Tanzania's Dar es Salaam, whose country would hide the lead's "القاهرة"
    country = home or next((h.country_code for p in places if (h := lookup(p.name))), None)
    # The lead's first two sentences: the second often gives the town ("The police were called to the
    # scene in Croydon") or the region of the first's village.
    # The body's own first two sentences too, when the event was quoted from further on ("An explosion
    # sparked a fire on a display barge" after "... at a beach party in Australia").
    opening = [s for s in recall.lead(article, None, 2) if s not in sentences[:2]]
    lead_places = [
        found for sentence in [*sentences[:2], *opening] for found in recall.places_in(article, sentence, country)
    ]
    if title := main_incident.title(article):  # "... على قاعدة جوية بحمص": the headline's place too
        lead_places += recall.places_in(article, title, country)
    for phrase, hit in lead_places:
        phrase = _without_located(phrase).lstrip("#")  # "#مالي": Mali, a hashtag's mark no part of it
        if _word_not_town(phrase, article.text) or not main_incident.in_main(article, phrase, _year(run)):
            continue  # a common word; a place only in what someone had done before ("وكان قد ...")
        if main_incident.first_in_response(article, phrase):
            continue  # "..., ردا على إطلاق نار استهدف ... مدينة سديروت": where the event it answered was
        if main_incident.only_in_follow_ups(article, phrase, placed):
            continue  # where the funeral was held
        if (
            recall.hometown(article, phrase)
            or recall.where_said(article, phrase)
            or recall.across_a_border(article, phrase)
            or recall.only_in_a_speakers_description(article, phrase)
        ):
            continue  # "Payton Gendron, of Conklin, New York": where he is from; a news conference's city
        if " " in phrase.strip() and any(f"{k} ".startswith(f"{fold(phrase)} ") for k in known):
            continue  # the title's "مطار دمشق" when "مطار دمشق الدولي" is listed: one place
        if fold(phrase) not in known and _place_key(hit) not in known and len(places) < MAX_PLACES:
            places.append(ExtractedPlace(name=phrase, role="area" if places or hit.is_country else "site"))
            known |= {fold(phrase), _place_key(hit)}
            update["places"] = places
    # "هافانا الجمعة", "بيشاور الواقعة": the name without when or the participle of where it lies
    for phrase in (_without_located(without_time_tail(p)).lstrip("#") for p in recall.named_places(article, sentences)):
        if main_incident.first_in_response(article, phrase) or not main_incident.in_main(article, phrase, _year(run)):
            continue  # where the event it answered or an earlier one was ("بعد ... هجوم على مدينة غزنة")
        if _nameless(phrase) or main_incident.only_in_follow_ups(article, phrase, placed):
            continue  # "منطقة تجارية": a commercial area, no name; where the funeral was held
        if recall.across_a_border(article, phrase) or recall.only_in_a_speakers_description(article, phrase):
            continue  # "صوب الحدود مع هضبة الجولان": where people fled; the office of who spoke
        # neither inside a place already listed nor holding one ("كرايستشيرش النيوزيلندية" after Christchurch)
        if all(fold(phrase) not in k and f" {k} " not in f" {fold(phrase)} " for k in known):
            if len(places) < MAX_PLACES:
                places.append(ExtractedPlace(name=phrase, role="area" if places else "site"))
                known.add(fold(phrase))
                update["places"] = places
    _later_place(run, places, sentences, update)
    if not places and (said := _country_as_where(article)):
        places.append(ExtractedPlace(name=said, role="area"))  # "شن غارات ... داخل الأراضي السورية": Syria
        update["places"] = places
    # "مدينة صغيرة تقع شمال مقديشو": a town named only after a bearing is not where it happened.
    final = update.get("places", list(ex.places))
    quoted = [s.name for s in update.get("sources", ex.sources)]
    bearing = [
        p.model_copy(update={"role": "other"}) if _only_as_bearing(article, p.name, quoted, _year(run)) else p
        for p in final
    ]
    # "والمجبري من مدينة أجدابيا": a town named only as where someone or something came from
    bearing = [
        p.model_copy(update={"role": "origin"})
        if p.role in ("site", "area") and _only_as_origin(article, p.name, told)
        else p
        for p in bearing
    ]
    # "في طريقهم ... إلى العاصمة الاتحادية أبوجا": a town named only as where someone was going
    bearing = [
        p.model_copy(update={"role": "destination"})
        if p.role in ("site", "area") and _only_as_destination(article, p.name)
        else p
        for p in bearing
    ]
    # "وشعر سكان ... نيودلهي بهزات": a town abroad, where a quake in the lead's country was felt
    bearing = [p.model_copy(update={"role": "other"}) if _abroad(article, p, home) else p for p in bearing]
    # "بمحافظة بيرد الأرمينية" in a report on Azerbaijan's losses: the other side of the border, by its adjective
    bearing = [
        p.model_copy(update={"role": "other"}) if p.role == "area" and _described_abroad(article, p.name, home) else p
        for p in bearing
    ]
    if bearing and all(p.role not in ("site", "area") for p in bearing) and len(bearing) < MAX_PLACES:
        if said := _country_in_lead(article, home):
            bearing.append(ExtractedPlace(name=said, role="area"))
    # "the Las Vegas" (cut from "the Las Vegas Strip"): the town alone
    bearing = [p.model_copy(update={"name": town}) if (town := _town_without_the(p.name)) else p for p in bearing]
    bearing = [p.model_copy(update={"name": _with_compound_head(article, p.name)}) for p in bearing]
    # "قرب بحيرة طبريا", "near London": a town named only as what it happened near is not the site
    near = {p.name for p in bearing if named_only_near(article.text, p.name)}
    if len(bearing) > 1:
        bearing = [p.model_copy(update={"role": "area"}) if p.role == "site" and p.name in near else p for p in bearing]
    bearing = [_state_meant(article, p) for p in bearing]  # "الكونغو" after "الكونغو الديمقراطية": the DRC
    specific = _site_most_specific(bearing, article, near)
    where = [p for p in specific if p.role not in ("origin", "destination", "other")]
    if specific and not where and len(specific) < MAX_PLACES and (country := _origins_country(run, specific)):
        specific = [*specific, ExtractedPlace(name=country, role="area")]  # took off from Havana: in Cuba
    if specific != list(ex.places) and (specific != final or "places" in update):
        update["places"] = specific


def _one_each(
    places: list[tuple[ExtractedPlace, GazetteerHit | None]],
) -> list[tuple[ExtractedPlace, GazetteerHit | None]]:
    """One entry per resolved place ("بلوشستان" and "إقليم بلوشستان" are one province, "مدينة روالبندي"
    and "روالبندي" one town): the first written, with the better of the two roles (site before area)."""
    out: list[tuple[ExtractedPlace, GazetteerHit | None]] = []
    keys: list[str | None] = []
    for p, hit in places:
        key = _place_key(hit) if hit is not None and not hit.is_country else None
        if key is not None and key in keys:
            k = keys.index(key)
            if p.role == "site" and out[k][0].role == "area":
                out[k] = (out[k][0].model_copy(update={"role": "site"}), out[k][1])
            continue
        out.append((p, hit))
        keys.append(key)
    return out


def _a_speakers_clause(name: str) -> bool:
    """A place that runs on into a verb of saying after its first words ("بيت لحم- معا- قالت هيئة ...")."""
    words = [fold(clean(w)).removeprefix(WAW) for w in name.split()]
    return len(words) > 2 and any(w in SUBJECT_SPEECH_VERBS for w in words[1:])


def _described_abroad(article: Article, name: str, home: str | None) -> bool:
    """Every mention of the place is followed by another country's adjective ("محافظة بيرد الأرمينية" in
    an article on Azerbaijan): a place across the border, named as where fire came from or what it faced."""
    if home is None or name.isascii():
        return False
    after = [article.text[m.end() : m.end() + 30].split()[:1] for m in re.finditer(re.escape(name), article.text)]
    codes = [country_of_adjective(clean(words[0])) if words else None for words in after]
    return bool(codes) and all(code is not None and code != home for code in codes)


def _abroad(article: Article, place: ExtractedPlace, home: str | None) -> bool:
    """A town or region in another country than the article's, which the body's lead names while it
    does not name the town ("... زلزالا ... هز إيران" and, later, "وشعر سكان ... نيودلهي"): where it was
    felt or reported, not where it happened."""
    hit = lookup(place.name, home)
    lead = main_incident.body_lead(article)
    if hit is None or hit.is_country or home is None or hit.country_code == home or lead is None:
        return False
    if hit.population < _CITY_VOTE:
        return False  # a village abroad may be a homonym of one at home the gazetteer lacks
    if place.role not in ("site", "area") or fold(place.name) in fold(lead.quote):
        return False
    return _country_in_lead(article, home) is not None


def _country_in_lead(article: Article, code: str | None) -> str | None:
    """The name of the country ``code`` as the body's lead writes it ("إيران", "ايران"), if it does."""
    lead = main_incident.body_lead(article)
    if lead is None or code is None:
        return None
    for word in lead.quote.split():
        hit = lookup(clean(word))
        if hit is not None and hit.is_country and hit.country_code == code and article.locate(clean(word)):
            return clean(word)
    return None


def _state_meant(article: Article, place: ExtractedPlace) -> ExtractedPlace:
    """A short name two states share ("الكونغو", "Congo") as the one longer name the article writes
    ("الكونغو الديمقراطية"): the state it means; else the place as given."""
    longer = SHARED_SHORT_NAMES.get(fold(clean(place.name)).lower()) or SHARED_SHORT_NAMES.get(fold(clean(place.name)))
    written = [name for name in longer or () if name in article.text]  # as written, word for word
    states = {h.country_code for name in written if (h := lookup(name)) is not None}
    if len(states) != 1:
        return place  # none written, or two different states: the short name stays
    return place.model_copy(update={"name": written[0]})


def _incident_placed(article: Article) -> bool:
    """After a lead on what followed, whether the words that name the incident or its own story name a
    place ("التفجير الذي استهدف مقهى ... بمراكش"): then a place of the lead's own clause is the follow-up's
    (the minister spoke in Rabat)."""
    spans = [s for s in (main_incident.incident_clause(article), main_incident.narration(article)) if s]
    return bool(recall.named_places(article, spans)) or any(recall.places_in(article, s, None) for s in spans)


def _place_key(hit: GazetteerHit) -> str:
    """One gazetteer place's identity: its GeoNames id, or for a region listed without one ("جبل مرة",
    "دارفور") its country and English name, so that two such regions are not taken for one."""
    return str(hit.geonames_id) if hit.geonames_id is not None else f"{hit.country_code}:{hit.name_en}"


def _later_place(run: Run, places: list[ExtractedPlace], sentences: list, update: dict) -> None:
    """Only the country so far (or a town named only as a bearing): the town or province a later
    sentence of the main incident names in that country ("سوق مدينة وانلاوين", "قائد شرطة ولاية خوست")
    is the best place there is."""
    article = run.article
    hits = [lookup(p.name) for p in places]
    vague = all(
        (h is not None and (h.is_country or h.is_region)) or _only_as_bearing(article, p.name)
        for p, h in zip(places, hits, strict=True)
    )
    if not places or not vague or len(places) >= MAX_PLACES:
        return
    country = next((h.country_code for h in hits if h), None)
    later = recall.lead(article, sentences[0] if sentences else None, 6)
    # "... أسباب الحادث، الذي وقع ... قرب بلدة بوقنادل": a later sentence that says where it happened
    later += [
        s for s in main_incident.sentences(article)[:12] if s not in later and recall.tells_occurrence(s.quote, True)
    ]
    found = [p for s in later for p, h in recall.places_in(article, s, country) if not h.is_country]
    found += [p for p in recall.named_places(article, later) if lookup(p) is None or not lookup(p).is_country]
    known = {fold(p.name) for p in places}
    for phrase in found:
        if fold(phrase) not in known and main_incident.in_main(article, phrase, _year(run)):
            places.append(ExtractedPlace(name=phrase, role="area"))
            update["places"] = places
            return


def _site_most_specific(
    places: list[ExtractedPlace], article: Article, near: set[str] = frozenset()
) -> list[ExtractedPlace]:
    """The site is the most specific place listed: the town, not its province ("مدينة موبي" within
    "ولاية أداماوا"); the province or island stays as the area. Without a town, the region goes before
    its country. Unknown levels move nothing, nor does a town named only as what it happened ``near``."""
    levels = [
        _specificity(p.name, article) if p.role in ("site", "area") and p.name not in near else None for p in places
    ]
    site = next((i for i, p in enumerate(places) if p.role == "site"), None)
    known = [(level, -i) for i, level in enumerate(levels) if level is not None]
    if not known:
        return places
    level, best = max(known)
    best = -best
    if site is not None and levels[site] == level and (inner := _named_within(places, site, article)) is not None:
        # "في جبل مرّة في دارفور": of two places of one level, the one the article places inside the other
        out = [p.model_copy(update={"role": "area"}) if i == site else p for i, p in enumerate(places)]
        return [out.pop(inner).model_copy(update={"role": "site"}), *out]
    if site is None and level < 3:  # no town named: the region before its country, for the headline
        return [places[best], *places[:best], *places[best + 1 :]]
    if best == site or level < 3 or (site is not None and (levels[site] is None or levels[site] >= level)):
        return places
    if (
        site is not None
        and _told_later(article, places[best].name, places[site].name)
        and not _inside(places[best].name, places[site].name)
        and _of_more_blasts(article, places[best].name)
    ):
        return places  # "وقع أحدهما في حي ديماتوغيدا": a quarter named sentences after the site, of a later blast
    out = [p.model_copy(update={"role": "area"}) if i == site else p for i, p in enumerate(places)]
    chosen = out.pop(best).model_copy(update={"role": "site"})
    return [chosen, *out]  # first: the headline's place


def _inside(inner: str, outer: str) -> bool:
    """The gazetteer puts ``inner`` within ``outer``: a town in its region ("Memphis" in "Mississippi"),
    a place in its country."""
    a, b = lookup(inner), lookup(outer)
    if a is None or b is None or a.country_code != b.country_code or a is b:
        return False
    return b.is_country or (b.is_region and bool(a.admin1code) and a.admin1code == b.admin1code)


def _of_more_blasts(article: Article, name: str) -> bool:
    """The sentence that first names the place tells of more blasts than the main one ("انفجارين جديدين")."""
    span = article.locate(name)
    return span is not None and has_cue(article.sentence_around(span).quote, MORE_BLASTS_WORDS)


def _told_later(article: Article, name: str, than: str) -> bool:
    """The article first names ``name`` in a later sentence than it first names ``than``."""
    first, other = article.locate(name), article.locate(than)
    if first is None or other is None:
        return False
    starts = [s.start for s in main_incident.sentences(article)]
    return bisect.bisect_right(starts, first.start) > bisect.bisect_right(starts, other.start)


def _named_within(places: list[ExtractedPlace], site: int, article: Article) -> int | None:
    """The index of a listed place the article names as inside the site ("جبل مرّة في دارفور", "Chibok in
    Borno"), at the same level of the gazetteer; None when none is."""
    outer = places[site].name
    for i, p in enumerate(places):
        if (
            i != site
            and p.role == "area"
            and any(pattern.format(inner=p.name, outer=outer) in article.text for pattern in WITHIN_PATTERNS)
        ):
            return i
    return None


def _specificity(name: str, article: Article) -> int | None:
    """1 a country, 2 a province or island, 3 a town, 4 a site within a town; None when nothing tells.
    From the place word that opens the name (or ends an English one), else the one before it in the
    article ("مدينة موبي"), else the gazetteer."""
    words = name.split()
    if not words:
        return None
    at = article.locate(name)
    before = article.text[: at.start].split()[-1:] if at else []
    for word in [words[-1] if name.isascii() else words[0], *before]:
        if word.isascii():
            if level := PLACE_SPECIFICITY.get(clean(word).lower()):
                return level
            continue
        found = analysed(clean(word))
        if not isinstance(found, str) and found and found[0].sense and found[0].sense.kind in ("place_word", "target"):
            if level := PLACE_SPECIFICITY.get(found[0].sense.en):
                return level
    hit = lookup(name)
    return None if hit is None else 1 if hit.is_country else 2 if hit.is_region else 3


def _only_as_bearing(
    article: Article, name: str, speakers: tuple[str, ...] | list[str] = (), year: int | None = None
) -> bool:
    """A town that every time the article names it has a bearing right before it ("شمال مقديشو": north
    of the city; before a country or a region the same word says where inside it: "شمال سوريا"), or
    names a hospital or a quoted body there ("a San Antonio hospital", "University Health in San Antonio");
    a dateline is no mention."""
    main = main_incident.main_sentences(article, year)
    starts = [m.start() for m in re.finditer(re.escape(name), article.text) if not in_dateline(article.text, m.start())]
    # mentions where the article tells of other events say nothing of where this one happened
    told = [at for at in starts if any(s.start <= at < s.end for s in main)]
    starts = told or starts
    core = name[4:] if name.isascii() and name.lower().startswith("the ") else name  # "the Haitian capital"
    hit = lookup(core)
    if not starts or len(core.split()) > 2 or hit is None or hit.is_country or hit.is_region:
        return False
    borne = False
    for start in starts:
        before = article.text[:start].split()[-2:]
        around = " ".join(article.text[:start].split()[-2:] + article.text[start + len(name) :].split()[:1])
        bearing = any(fold(clean(w)).removeprefix(BEH) in BEARINGS for w in before)
        bearing = bearing or _bearing_before_its_word(article.text[:start].split()[-_BEARING_REACH:])
        quoted = any(name in s and 0 <= start - article.text.find(s) < len(s) for s in speakers)
        # "قائد شرطة ولاية خوست": a province's own officer speaks for where it happened, no body elsewhere
        quoted = quoted and not (before and fold(clean(before[-1])) in ADMIN_WORDS)
        borne = borne or bearing
        if bearing or quoted or has_cue(around, TREATMENT_WORDS):
            continue  # "west of San Antonio", "a San Antonio hospital": neither says it happened there
        # after a bearing, an English mention that places nothing ("routes to and from the Haitian capital")
        # does not make the town the site; one "in" it does
        if not (borne and name.isascii() and _placing_nothing(article.text[:start])):
            return False
    return True


def _placing_nothing(before: str) -> bool:
    """The English words before a town's later mention put nothing in it (no "in", "at", "on" before it,
    the article aside)."""
    words = [w.lower() for w in before.split()[-2:] if w.lower() != "the"]
    return not words or words[-1] not in PLACE_PREPOSITIONS["en"]


_BEARING_REACH = 4  # words back to a bearing over "of the capital" ("east of the capital Colombo")
_BEARING_FILLERS = frozenset(("of", "the", "capital", "city", "town", "provincial", "state"))


def _bearing_before_its_word(words: list[str]) -> bool:
    """A bearing, then only "of", "the" and a town's or capital's word before the name ("east of the
    capital Colombo", "شمال العاصمة جوبا")."""
    folded = [fold(clean(w)).lower().removeprefix(BEH) for w in words]
    at = max((k for k, w in enumerate(folded) if w in BEARINGS), default=None)
    if at is None:
        return False
    rest = folded[at + 1 :]
    return bool(rest) and all(w in _BEARING_FILLERS or w in CAPITAL_WORDS or w in TOWN_WORDS for w in rest)


def _without_to(article: Article, name: str) -> str:
    """An outlet someone spoke to without its "to" ("قال لفرانس برس" -> "فرانس برس"); any other name as is."""
    told = name[1:] if name[:1] == LAM else ""
    return told if told and source_kind(told) == "outlet" and article.contains(told) else name


_TOLL_WORDS = 4  # "أكثر من مئة جريح": a count, its qualifier and its casualty word; a longer target says more


def _only_habitual(article: Article, name: str) -> bool:
    """Every sentence that names ``name`` says, before it or in the words right after it, what usually
    happens ("regularly planted by", "حركة الشباب المتطرفة غالبا ما تنفذ هجمات")."""
    around, at = [], 0
    while (span := article.locate(name, near=at)) is not None and span.start >= at:  # as written or inflected
        after = " ".join(article.text[span.end : article.sentence_around(span).end].split()[:_HABIT_AFTER])
        around.append(article.text[article.sentence_around(span).start : span.start] + " " + after)
        at = span.end
    return bool(around) and all(has_any(b, HABITUAL_CUES) for b in around)


_HABIT_AFTER = 4  # words after a group's name in which "غالبا ما" (often) says what it usually does


def _only_silent(article: Article, name: str) -> bool:
    """Every sentence that names ``name`` says, after it, that it said nothing ("Al Shabaab, the Islamist
    group ..., did not immediately claim responsibility", "could not be reached for comment")."""
    starts = [m.end() for m in re.finditer(re.escape(name), article.text)]
    clauses = [article.text[at : article.sentence_around(Span(name, at - len(name), at)).end] for at in starts]
    silent = [c for c in clauses if has_any(c, SILENT_CUES)]
    # "Al Shabaab has been able to carry out ...": a mention that says nothing either
    return bool(silent) and not any(
        has_any(c, (*SUBJECT_SPEECH_VERBS, *ENGLISH_AFTER_NAME)) for c in clauses if c not in silent
    )


def _lead_subject(run: Run, sentences: list[Span]) -> str | None:
    """The attacker the lead names as the subject of its attack verb ("... when the Saudi-led coalition
    struck a market", "قتل مسلحون 25 مدنيا")."""
    lead = [s for s in sentences[:2] if not main_incident.background(s.quote)]  # not who struck before
    if run.language == "en":
        return recall.english_attacker_subject(lead)
    return recall.attacker_subject(lead)


def _only_told(article: Article, name: str) -> bool:
    """Every mention of an English phrase follows a word of addressing ("Abella told the media here"):
    whom a speaker spoke to, not who spoke."""
    found = list(re.finditer(re.escape(name), article.text, re.IGNORECASE))
    before = [article.text[max(0, m.start() - 20) : m.start()].split()[-1:] for m in found]
    return bool(found) and name.isascii() and all(b and b[0].lower() in AUDIENCE_CUES for b in before)


def _a_dateline_city(article: Article, name: str) -> bool:
    """A place the gazetteer knows that opens a dateline of the article ("Islamabad, Oct. 1: ..."): where
    the report was filed, not who reported."""
    if lookup(name) is None:
        return False
    return any(in_dateline(article.text, m.start()) for m in re.finditer(re.escape(name), article.text))


def _dateline_outlet(name: str) -> str | None:
    """The agency of a dateline ("أبوجا- رويترز" -> "رويترز"), the name itself when it is one outlet, else
    None (a city alone is where the report was filed, not who reported)."""
    parts = [p.strip(" :()«»") for p in re.split(r"\s*(?:--|—|–|-|\u0640|/|\()\s*", name) if p.strip(" :()«»")]
    return next((p for p in reversed(parts) if source_kind(p) == "outlet"), None)


def _written_plainly(article: Article, name: str) -> str | None:
    """A name in capitals ("ANKARA", a dateline's) as the article writes it elsewhere in plain case."""
    if not name.isupper() or len(name) < 3:
        return None
    found = re.finditer(rf"\b{re.escape(name)}\b", article.text, re.IGNORECASE)
    return next(
        (m.group() for m in found if not m.group().isupper() and not in_dateline(article.text, m.start())), None
    )


def _only_in_dateline(article: Article, name: str) -> bool:
    """Every mention of the place is a dateline's ("الجزيرة نت – عمّان", "عمّان ــ العربي الجديد"), or
    names its government ("the Manila Government")."""
    found = list(re.finditer(re.escape(name), article.text))
    return bool(found) and all(
        in_dateline(article.text, m.start()) or _a_seat_of_government(article.text, m) for m in found
    )


def _a_seat_of_government(text: str, mention: re.Match) -> bool:
    """The place's name stands for its government ("the Manila Government", "حكومة بغداد")."""
    after = text[mention.end() : mention.end() + 20].split()[:1]
    before = text[max(0, mention.start() - 20) : mention.start()].split()[-1:]
    return bool(after and clean(after[0]).lower() in SEAT_AFTER_EN) or bool(
        before and fold(clean(before[0])) in SEAT_BEFORE_AR
    )


def _past_where_it_lies(before: list[str]) -> list[str]:
    """The words before "X الواقعة في" (X located in) a place, up to X's "من": "من مواقعها الواقعة في"
    -> [..., "من"]; the words as they were otherwise."""
    if len(before) >= 4 and before[-1] in PLACE_PREPOSITIONS["ar"] and before[-2] in LOCATED_WORDS:
        return before[:-3]
    return before


def _only_as_origin(article: Article, name: str, within: list[Span] | None = None) -> bool:
    """Every mention of the place but a dateline (within ``within`` when given) has "من" (from) right before
    it, or before its place word ("من مدينة أجدابيا"), and no word of nearness or bearing before that
    ("بالقرب من", "north of")."""
    starts = [
        m.start()
        for m in re.finditer(re.escape(name), article.text)
        if not in_dateline(article.text, m.start())
        and (within is None or any(s.start <= m.start() < s.end for s in within))
    ]
    if not starts:
        return False  # "Athens (AFP) - ... from Athens to Thessaloniki": the dateline is no mention of where
    for start in starts:
        if _a_road_end(article.text, start, name):
            continue  # "along the Meru - Nairobi highway": the road's end, not where on it
        before = [fold(clean(w)) for w in article.text[:start].split()[-5:]]
        if before and before[-1] in PLACE_DESCRIPTORS_SET:
            before = before[:-1]
        before = _past_where_it_lies(before)  # "من مواقعها الواقعة في قرية ...": from the positions there
        if not before or before[-1] not in ORIGIN_PREPOSITIONS:
            return False
        if len(before) > 1 and (before[-2] in NEAR_WORDS or before[-2].removeprefix(BEH) in BEARINGS):
            return False
    return True


_ROAD_NAMED_BY_ENDS = re.compile(
    r"\s*[-–—]\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(?:road|highway|motorway|route|expressway)\b", re.I
)


def _a_road_end(text: str, start: int, name: str) -> bool:
    """The mention at ``start`` names the first end of a road named by its two towns ("the Meru -
    Nairobi highway", "طريق كادونا أبوجا")."""
    before = [fold(clean(w)).lower() for w in text[:start].split()[-1:]]
    if before and bare(before[-1]) in ROAD_WORDS and not name.isascii():
        return True
    return name.isascii() and _ROAD_NAMED_BY_ENDS.match(text, start + len(name)) is not None


def _only_as_destination(article: Article, name: str) -> bool:
    """Every mention of the place but a dateline has "إلى" / "to" before it, or before its place word and
    an adjective ("إلى العاصمة الاتحادية أبوجا", "أرسلت إلى أبوجا"), or ends a road named by two towns
    ("على محور كادونا أبوجا"): where someone went, not the site."""
    starts = [m.start() for m in re.finditer(re.escape(name), article.text) if not in_dateline(article.text, m.start())]
    for start in starts:
        before = [fold(clean(w)).lower() for w in article.text[:start].split()[-4:]]
        if len(before) > 1 and bare(before[-2]) in ROAD_WORDS and lookup(before[-1]) is not None:
            continue  # the road's far end
        for _ in range(2):  # "العاصمة الاتحادية": the place word and its adjective
            word = before[-1] if before else ""
            if word and ({word, bare(word)} & (PLACE_DESCRIPTORS_SET | SITE_WORDS) or word.endswith(_NISBA)):
                before = before[:-1]
        if before and before[-1] == "the":
            before = before[:-1]
        if not before or before[-1] not in DESTINATION_WORDS | {"to"}:
            return False
    return bool(starts)


_NISBA = YEH + HEH  # "الاتحادية" folded: an adjective of relation


def _an_area_word(phrase: str) -> bool:
    """The phrase opens on a place word ("المحافظة الشرقي", "ريف المدينة"), a clitic aside: an area."""
    words = phrase.split()
    first = bare(fold(clean(words[0]))) if words else ""
    owned = [first.removesuffix(s) for s in OWNED_SUFFIXES if first.endswith(s) and len(first) - len(s) >= 3]
    return any(recall.a_place_word_alone(w) for w in [first, *owned])  # "ضواحيها": its suburbs


def _nameless(phrase: str) -> bool:
    """An Arabic place phrase the lexicon reads whole with no name in it ("سوق مزدحم", "حافلة"), that
    the gazetteer does not know: a thing at the scene, which the article's place names locate."""
    return _nameless_words(phrase) and lookup(phrase) is None


def _before_casualty_verb(target: str) -> str:
    """An Arabic target up to a word after its first that opens with a casualty verb ("شخص وأصيب" -> "شخص");
    the target itself when none."""
    words = target.split()
    for i, word in enumerate(words[1:], start=1):
        folded = fold(clean(word)).removeprefix(WAW) if has_arabic(word) else ""
        if folded and any(folded.startswith(v) for v in _CASUALTY_VERBS):
            return " ".join(words[:i]).rstrip("،, ")
    return target


_CASUALTY_VERBS = tuple(fold(v) for v in PASSIVE_VERBS if " " not in v)


def _mass_of_its_round(article: Article, weapon: str) -> str | None:
    """For one round of a weapon ("رصاصة", "a bullet"), the mass noun the main incident's sentences write
    ("الرصاص الحي", "live ammunition"), with its adjective; None when they write none."""
    words = fold(clean(weapon)).lower().split()
    masses = UNIT_WEAPONS.get(bare(words[-1])) if words and len(words) <= 2 else None
    for sentence in main_incident.main_sentences(article) if masses else []:
        english = sentence.quote.isascii()
        if english and (m := re.search(rf"\b(?:{'|'.join(map(re.escape, masses))})\b", sentence.quote, re.I)):
            return m.group()
        tokens = sentence.quote.split()
        for i, token in enumerate(tokens):
            if english or bare(fold(clean(token))) not in masses:
                continue
            phrase = without_preposition(clean(token))
            longer = f"{phrase} {clean(tokens[i + 1])}" if i + 1 < len(tokens) and token == clean(token) else None
            if longer and any(x.kind == "weapon" and " " in x.lemma for x in senses_in(longer)):
                phrase = longer  # "بالرصاص الحي": live ammunition, one listed weapon
            if article.locate(phrase):
                return phrase
    return None


def _before_identity_aside(actor: str) -> str | None:
    """The actor before a comma that opens an aside on who they are ("المسلحين، وهم عناصر مفترضون في بوكو
    حرام" -> "المسلحين"); None when there is no such aside."""
    head, comma, aside = actor.partition("،") if "،" in actor else actor.partition(",")
    folded = fold(aside.strip()).lower()
    if comma and head.strip() and any(f"{folded} ".startswith(f"{cue} ") for cue in IDENTITY_ASIDES):
        return head.strip()
    return None


def _names_no_weapon(phrase: str) -> bool:
    """An Arabic weapon span that opens on a unit, a body, a place or a title and names no weapon and no
    attack ("اللواء 47 في حماة": the brigade hit, its number no count of weapons)."""
    if not has_arabic(phrase):
        return _english_people_only(phrase)
    found = analysed(phrase)
    if isinstance(found, str) or not found or found[0].sense is None:
        return False
    if any(w.sense is not None and w.sense.kind in ("weapon", "attack") for w in found):
        return False
    return found[0].sense.kind in ("force", "armed_group", "institution", "place_word", "title", "target")


def _english_people_only(phrase: str) -> bool:
    """An English weapon span that names people or forces ("fighters", "armed men"): who attacked,
    never what they attacked with ("bomber", "fighter jets" name the arms)."""
    words = [w.lower().strip(".,") for w in phrase.split() if w.lower() not in ("the", "a", "an")]
    kinds = [{s.kind for s in ENGLISH_LEXICON.get(w, ())} for w in words]
    people = {"people", "force", "armed_group", "actor"}
    only_arms = any(k and k <= {"weapon", "attack"} for k in kinds)  # "bomber", "suicide": what struck
    return bool(words) and all(kinds) and bool(kinds[-1] & people) and not only_arms


def _before_since(text: str) -> str:
    """The text before a comma-led "since" clause ("...، منذ إطلاق قوات النظام لهذه المعركة"): when a
    campaign began tells no class of the incident."""
    for part in re.split(r"[،,]", text)[1:]:
        words = part.split()
        if words and fold(clean(words[0])).lower() in SINCE_WORDS:
            return text[: text.find(part) - 1]
    return text


def _a_weapon(phrase: str) -> bool:
    """A phrase the lexicon reads whole as a weapon ("الصاروخ", "طائرة مسيرة"): the means, not a target
    (except a weapon stopped in flight)."""
    words = _lexicon_words(phrase) if has_arabic(phrase) else []
    heads = [w for w in words if w.sense and w.sense.pos == "noun"]
    return bool(heads) and heads[0].sense.kind == "weapon"


def _classified(article: Article, facts: Extraction) -> tuple[ClassRule, str | None]:
    """The class from the event's words (``_classified_by_words``); armed men storming a place where
    civilians gather ("heavily armed men stormed a bar") attacked the people there: no clash."""
    rule, keyword = _classified_by_words(article, facts)
    if keyword and rule.event_type == BATTLES and fold(keyword).lower() in STORM_WORDS:
        # the storming told in a later sentence of the lead ("..., عندما اقتحم مسلحون المنتجع") is read there
        told = [s.quote for s in main_incident.main_sentences(article)[:4] if keyword in s.quote]
        if any(_civilians_stormed(event, keyword) for event in (facts.event or "", *told[:1])):
            return STORMING_CIVILIANS, keyword
    if rule is GENERIC_ATTACK and (heading := main_incident.title(article)) is not None:
        # "died in an attack on a popular restaurant" under "suicide bombing at restaurant": the title says how
        found, word = classify([heading.quote])
        if word is not None and found.event_type == REMOTE_VIOLENCE:
            return found, word
    return rule, keyword


GENERIC_ATTACK = next(r for r in CLASS_RULES if "attack" in r.keywords)  # "attack", "هجوم": how, not said
REMOTE_VIOLENCE = "Explosions/Remote violence"


# the armed attack's class ("هجوم مسلح", "armed attack"): violence against civilians
STORMING_CIVILIANS = next(r for r in CLASS_RULES if "armed attack" in r.keywords)
_STORMED_REACH = 4  # words after the storming verb that name what was stormed


def _civilians_stormed(event: str, keyword: str) -> bool:
    """The words right after the storming verb name a place where civilians gather and nothing armed."""
    words = event.split()
    at = next((i for i, w in enumerate(words) if fold(clean(w)).lower().endswith(fold(keyword).lower())), None)
    if at is None:
        return False
    after = [w for w in words[at + 1 :] if fold(clean(w)).lower() not in STORMERS]  # "اقتحم مسلحون مقهى"
    stormed = " ".join(after[:_STORMED_REACH])
    if _names_armed(stormed):
        return False
    if _names_civilians(stormed):
        return True
    # "قتل 11 شخصا في حانة ... عندما اقتحم مسلحون المكان": what was stormed was named before the verb
    told = " ".join(words[:at])
    return _names_civilians(told) and not _names_armed(told)


def _names_armed(text: str) -> bool:
    armed = CIVILIAN_TARGET_WORDS["armed"]
    return has_any(text, armed["en"]) or mentions(text, armed["ar"])


def _names_civilians(text: str) -> bool:
    civilian = CIVILIAN_TARGET_WORDS["civilian"]
    return has_any(text, civilian["en"]) or mentions(text, civilian["ar"])


def _classified_by_words(article: Article, facts: Extraction) -> tuple[ClassRule, str | None]:
    """The class from the event's words and its weapon; when they say nothing of how ("about 20 civilians
    were killed"), from the whole sentence the event stands in ("gunmen opened fire on the town's people")."""
    rule, keyword = classify([_before_since(facts.event or ""), facts.weapon or ""])
    told, word = classify([_before_since(facts.event or "")])
    if word is not None and told.event_type == BATTLES:
        rule, keyword = told, word  # "killed in a gunbattle": a clash, whatever weapon was also used
    span = article.locate(facts.event) if facts.event else None
    if span is None:
        return rule, keyword
    after_it = [s for s in main_incident.sentences(article) if s.end > span.start]
    following = after_it[:3]
    title = main_incident.sentences(article)[:1]
    # "law enforcement agencies said the explosion was an act of terrorism", a few sentences on: no accident
    deliberate = called_deliberate([s.quote for s in after_it[:_DELIBERATE_REACH] + title])
    for context in CONTEXT_RULES:  # people shot at a protest: force against protesters, whatever the weapon
        found, word = classify([s.quote for s in following[:2] + title], (context,))
        if word is not None:
            return found, word
    if keyword is None:
        # nearest first: the event's own sentence, then the title (it names the event: "اغتيال والي ..."),
        # then the next two sentences (they may tell of the gunmen who led him away)
        for sentence in [*following[:1], *title, *following[1:]]:
            if sentence in following[1:] and main_incident.background(sentence.quote):
                continue  # "وكثيرا ما تنفذ تركيا ضربات ... وشنت من قبل غارات": what happened before
            found, word = classify([_before_since(sentence.quote)])
            if word in ACCIDENT_AMBIGUOUS:  # "صهريج وقود انقلب ثم انفجر": an explosion the story calls an accident
                story = _without_gunfire([s.quote for s in following[:4] + title])
                if not deliberate and (accident := _accident(classify(story, ACCIDENT_RULES))):
                    return accident
            if word is not None:
                return found, word
        # nothing happened but an arrest ("ألقت القبض على 14 شخصاً ... كانوا يجهزون لهجوم"): arrests; not
        # where the article counts dead or wounded (the arrest is then part of another story)
        found, word = classify([facts.event, *(s.quote for s in following[:1])], (ARRESTS_RULE,))
        if word is not None and not main_incident.figures(article):
            return found, word
    elif keyword in ACCIDENT_AMBIGUOUS:  # an explosion: an accident when the story's first sentences say so
        story = _without_gunfire([s.quote for s in following[:4] + title])
        accident = None if deliberate else _accident(classify(story, ACCIDENT_RULES))
        if accident is not None:
            return accident
    if rule.sub_event_type == GENERIC_EXPLOSION.sub_event_type:
        # "وقع انفجار ضخم ... بعد أن فجر انتحاري سيارة": the next sentence or the title says what blew up
        told = [s.quote for s in [*following[:3], *title] if not main_incident.background(s.quote)]
        told = [t for t in told if not has_any(t, WHETHER_WORDS)]  # "not known whether a suicide bomber or ..."
        found, word = classify([_before_since(t) for t in told], SPECIFIC_EXPLOSIONS)
        if word is not None:
            return found, word
    return rule, keyword


_DELIBERATE_REACH = 6  # sentences from the event's on that may call it deliberate (terrorism)
# Arrests, read with the words of a single arrest too, when no class names what happened.
ARRESTS_RULE = next(
    r._replace(keywords=r.keywords + SINGLE_ARREST_WORDS) for r in CLASS_RULES if r.sub_event_type == "Arrests"
)
# Accident and disaster classes alone: "a fire and series of explosions" is a fire, though the
# bombing class that "explosion" also names comes first among all classes.
ACCIDENT_RULES = tuple(r for r in CLASS_RULES if r.event_type == NOT_ACLED and r.plover_event == "OTHER")
# The bombs' class with no more than "an explosion" said ("تفجير", "blast"), and the classes of what blew up
# that come before it: a suicide bomber, a car bomb, a drone or an air strike.
GENERIC_EXPLOSION = next(r for r in CLASS_RULES if ACCIDENT_AMBIGUOUS & set(r.keywords) and r.event_type != NOT_ACLED)
SPECIFIC_EXPLOSIONS = tuple(
    r for r in CLASS_RULES[: CLASS_RULES.index(GENERIC_EXPLOSION)] if r.event_type == GENERIC_EXPLOSION.event_type
)


def _without_gunfire(texts: list[str]) -> list[str]:
    """ "opened fire" is shooting, no fire."""
    return [re.sub(r"\b(?:opened|open|opening|opens) fire\b", "", t) for t in texts]


def _accident(found: tuple[ClassRule, str | None]) -> tuple[ClassRule, str] | None:
    rule, keyword = found
    return (rule, keyword) if keyword is not None and rule.event_type == NOT_ACLED else None


def _victims_counted(target: str, killed: str, perpetrator: str | None = None) -> bool:
    """The target is the one word naming people that a number counts in the killed span ("قتل 25
    فلسطينياً": "the target was a Palestinian" would say less, and wrongly, than the toll)."""
    if not perpetrator and counts_in(target) and fold(target) in fold(killed):
        return True  # "Six people including two police officers" of "... were killed", by no one named
    words = _lexicon_words(target) if not target.isascii() else []
    if len(target.split()) != 1 or len(words) != 1 or words[0].sense is None:
        return False
    if words[0].sense.kind not in ("people", "nationality"):
        return False
    said = [fold(clean(w)) for w in killed.split()]
    at = next((i for i, w in enumerate(said) if w == fold(target)), None)
    return at is not None and at > 0 and bool(numbers_in(said[at - 1]))


def _a_cause(phrase: str) -> bool:
    """ "المطر", "the earthquake": the lexicon reads every noun of it as a disaster, which is a cause."""
    words = _lexicon_words(phrase)
    nouns = [w.sense for w in words if w.sense and w.sense.pos == "noun"]
    return bool(nouns) and all(n.kind == "disaster" for n in nouns)


def _word_not_town(phrase: str, article: str) -> bool:
    """ "بيان" (a statement) is also Bayan in Kuwait: a phrase the lexicon reads whole as common words is
    a place only where the gazetteer puts it in a country the article names."""
    if not _nameless_words(phrase) or (hit := lookup(phrase)) is None or hit.is_country or hit.is_region:
        return False
    if fold(without_preposition(phrase)) in DOCUMENTS:
        return True  # a statement is never Bayan, even where the article names Kuwait ("مخيم السلام الكويتي")
    return hit.country_code not in countries_named(article)


_MORE_VICTIMS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) more\b", re.I)


def _more_victims_elsewhere(article: Article, at: Span) -> bool:
    """The time stands in a sentence that adds victims ("two more ... were killed") of an attack of its own
    ("in an attack against a river patrol"), after the lead: another attack's day."""
    sentence = article.sentence_around(at)
    lead = main_incident.body_lead(article)
    words = sentence.quote.split()
    return (
        lead is not None
        and sentence.start > lead.start
        and (main_incident.adds_victims(words) or _MORE_VICTIMS.search(sentence.quote) is not None)
        and mentions(sentence.quote, KILLED_WORDS)
        and bool(re.search(r"\bin (?:an|another|a separate) (?:attack|ambush|blast|bombing)\b", sentence.quote))
    )


def _a_common_noun(word: str) -> bool:
    """An English word the lexicon knows only as a common noun (never a name)."""
    senses = ENGLISH_LEXICON.get(word.lower(), ())
    return bool(senses) and all(e.pos == "noun" for e in senses)


def _nameless_words(phrase: str) -> bool:
    """Every word is a common word: the lexicon reads the Arabic whole; the English has no capitalised
    word and the gazetteer knows none of it ("ferry", "the dock", not "Jos", "the Gaza Strip")."""
    if phrase.isascii():
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", phrase) if w.lower() not in ("the", "a", "an")]
        if len(words) == 1 and not words[0].islower() and _a_common_noun(words[0]):
            return lookup(phrase) is None  # "Factory" of a title in title case: a factory
        return bool(words) and all(w.islower() for w in words) and lookup(phrase) is None
    return bool(_lexicon_words(phrase))


def _lexicon_words(phrase: str) -> list[Word]:
    """The words of an Arabic phrase when the lexicon reads every one of them (no name), else []."""
    found = analysed(phrase) if any(is_arabic_letter(ch) for ch in phrase) else None
    if not found or isinstance(found, str) or not all(w.sense or w.number is not None for w in found):
        return []  # a count is no name ("مجمع تجاري مكون من ستة طوابق")
    # a name the lexicon lists ("الأطلس الكبير", the High Atlas) is a place's name, not a common word
    return [] if any(w.sense and w.sense.pos == "name" and w.sense.kind == "place_word" for w in found) else found


def _town_without_the(name: str) -> str | None:
    """An English town's name the model took with the article of a longer name ("the Las Vegas" of "the
    Las Vegas Strip"): the town alone. A name English writes with "the" (the Gaza Strip) keeps it."""
    rest = name.removeprefix("the ")
    if rest == name or not rest[:1].isupper():
        return None
    hit = lookup(rest)
    return rest if hit is not None and not hit.is_country and not hit.is_region and hit.population > 0 else None


def _bearing_split(place: ExtractedPlace) -> list[ExtractedPlace] | None:
    """ "دارفور غربي السودان" is the region and the country it lies in the west of: two places, the
    bearing dropped (it only says where in the country). None unless both sides are gazetteer places and
    the second a country or a region."""
    words = place.name.split()
    at = next((k for k in range(1, len(words) - 1) if fold(words[k]) in BEARINGS), None)
    if at is None:
        return None
    after = at + 2 if at + 2 < len(words) and fold(words[at + 1]) in BEARINGS else at + 1  # "جنوب غربي"
    first, second = " ".join(words[:at]), " ".join(words[after:])
    if fold(second) in THIS_COUNTRY and lookup(first) is not None:
        return [place.model_copy(update={"name": first})]  # "بلدة غاو شمالي البلاد": Gao
    outer = lookup(second)
    inner = lookup(first)
    if inner is None and at > 1 and (town := lookup(" ".join(words[1:at]))) is not None and not town.is_country:
        inner = town  # "مخيم جباليا": the camp of a town the gazetteer knows
    if outer is None or not (outer.is_country or outer.is_region) or (inner is None and not outer.is_country):
        return None  # "محافظة محايل عسير جنوب غربي المملكة العربية السعودية": whatever lies in a country named
    return [place.model_copy(update={"name": first}), ExtractedPlace(name=second, role="area")]


def _origins_country(run: Run, places: list[ExtractedPlace]) -> str | None:
    """The country, as the article writes it, that the only places named (where a plane took off) lie in,
    when it is the article's: "بعيد إقلاعها من مطار هافانا" -> "كوبا" (it fell near the airport)."""
    codes = {hit.country_code for p in places if (hit := lookup(p.name))}
    if len(codes) != 1 or (code := codes.pop()) != _article_country(run.article, []):
        return None
    names = country_names(code)
    written = names[1] if run.language == "ar" and names else names[0] if names else None
    return written if written and run.article.locate(written) else None


def _country_as_where(article: Article) -> str | None:
    """The article's country as its lead says where ("داخل سوريا", "in Syria"), as written; only when no
    place of the incident is named."""
    country = _article_country(article, [])
    lead = [without_furniture(s).quote for s in main_incident.main_sentences(article)[:4]]
    for text in lead[:2]:  # "دمرت طائرات عراقية غرفة عمليات ... داخل سوريا": inside a country, whoever struck
        for _, written in main_incident.countries_said_as_where(text):
            m = re.search(rf"(\S+)\s+{re.escape(written)}", text)
            if m and fold(clean(m.group(1))) in INSIDE_WORDS and article.locate(written):
                return written
    said = [
        written for text in lead for code, written in main_incident.countries_said_as_where(text) if code == country
    ]
    if said := next((w for w in said if article.locate(w)), None):
        return said
    # "مالي :مصرع 10 جنود ...", "العراق.. مجهولون يختطفون": a headline's label is the country it happened in
    title = main_incident.title(article)
    label = _HEADLINE_LABEL.match(title.quote) if title else None
    hit = lookup(label.group(1)) if label else None
    return label.group(1) if hit and hit.is_country and hit.country_code == country else None


_HEADLINE_LABEL = re.compile(r"\s*([^\s:.][^:.\n]{1,30}?)\s*(?::|\.\.)")


def _with_compound_head(article: Article, phrase: str) -> str:
    """The phrase with the word before it where the two make one lexicon place word ("شبه" + "جزيرة
    سيناء" = "شبه جزيرة سيناء", the Sinai Peninsula, never "the island of Sinai")."""
    span = article.locate(phrase)
    words = phrase.split()
    if span is None or not words or not has_arabic(phrase):
        return phrase
    before = article.text[max(0, span.start - 30) : span.start].split()[-1:]
    if not before or clean(before[0]) != before[0]:
        return phrase
    head = f"{before[0]} {words[0]}"
    wider = f"{before[0]} {phrase}"
    compound = any(s.kind == "place_word" for s in LEXICON.get(fold(head), ()))
    # "حي المستقبل": a neighbourhood named by a common word, said without its "حي" ("في المستقبل", in the future)
    named = fold(before[0]) in QUARTER_CUES and len(words) == 1 and words[0].startswith(ARTICLE)
    return wider if (compound or named) and article.locate(wider) else phrase


def _a_state(actor: str | None) -> bool:
    """The actor is a country named as such ("قرغيزستان"): a state, whose opponent may be another."""
    return bool(actor) and recall.country_hit(clean(actor)) is not None


def _named_after_a_title(article: Article, name: str) -> bool:
    """An Arabic name the article writes right after a definite title ("رئيس الوزراء أبى أحمد", "الرئيس
    ..."): a person's name in apposition. After an indefinite one it is the title's genitive, a place
    ("رئيس بلدية فريتاون")."""
    for m in re.finditer(re.escape(name), article.text):
        before = [clean(w) for w in article.text[max(0, m.start() - 40) : m.start()].split()[-3:]]
        for n in range(1, len(before) + 1):
            words = before[-n:]
            if not words[-1].startswith(ARTICLE):
                continue
            key = " ".join(words) if n > 1 else words[0].removeprefix(ARTICLE)
            if any(s.kind == "title" for s in LEXICON.get(fold(key).removeprefix(WAW), ())):
                return True
    return False


def _a_named_day(phrase: str) -> bool:
    """A place phrase that opens on a weekday ("جمعة الكاوشوك", the protesters' name for a Friday)."""
    words = phrase.split()
    first = fold(clean(words[0])) if words else ""
    return len(words) > 1 and (first in WEEKDAYS or ARTICLE + bare(first) in WEEKDAYS)


def _thing_in_place(place: ExtractedPlace) -> list[ExtractedPlace] | None:
    """ "مسجد في جنوب أفريقيا" is a thing at the scene and the place it is in: two, the thing first (it
    goes to the target) and the gazetteer place; None unless the words before "في" name no place."""
    words = place.name.split()
    at = next((k for k in range(1, len(words) - 1) if fold(words[k]) in _IN_WORDS), None)
    if at is None or not _nameless_words(" ".join(words[:at])):
        return None
    where = " ".join(words[at + 1 :])
    if lookup(where) is None:
        return None
    return [place.model_copy(update={"name": " ".join(words[:at])}), ExtractedPlace(name=where, role="area")]


_IN_WORDS = frozenset(fold(p) for p in PLACE_PREPOSITIONS["ar"])


def _split_place(place: ExtractedPlace) -> list[ExtractedPlace]:
    """ "قرية كوم حمادة بالبحيرة" is two places: the village, and the province it is in (a last word
    with the clitic "بـ" that the gazetteer knows as a region, a country or a town)."""
    words = place.name.split()
    first = fold(words[0]) if words else ""
    if len(words) > 1 and first[:1] in (BEH, LAM) and first[1:] in PLACE_DESCRIPTORS_SET:
        # "بمدينة الموصل": the place, not the preposition it was taken with ("في بمدينة ...")
        head, rest = place.name.split(" ", 1)
        place = place.model_copy(update={"name": f"{head[1:]} {rest}"})
        words = place.name.split()
    if bearing := _bearing_split(place):
        return bearing
    if thing := _thing_in_place(place):
        return thing
    last = words[-1] if len(words) > 2 else ""
    if not (last.startswith(BEH) and len(last) > 4):
        return [place]
    hit = lookup(last[1:])
    if hit is None or not (hit.is_region or hit.is_country or hit.population >= 5000):
        return [place]
    if (whole := lookup(last)) is not None and whole.population >= hit.population:
        return [place]  # "من باريس": Paris, never "ب" + a town "اريس" (Arys)
    return [place.model_copy(update={"name": " ".join(words[:-1])}), ExtractedPlace(name=last[1:], role="area")]
