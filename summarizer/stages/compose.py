"""Stage 4, compose (code, ``prompts/compose.j2``): the summary object from verified spans and their
accepted renderings only; headline and summary in both languages rendered by the template."""

from __future__ import annotations

import datetime as dt
import math
import re
import string
import time

from pydantic import BaseModel

from summarizer import templates
from summarizer.errors import ModelOutputError
from summarizer.lang.lexicon import (
    BODIES_SOUGHT,
    BY_MEANS,
    CLAIM_WORDS,
    CLASH_WORDS,
    CLASS_LABELS_AR,
    CLASS_RULES,
    COMMON_ENGLISH_NOUNS,
    COMPLEMENTIZERS,
    DEATH_TOLD,
    ENGLISH_LEXICON,
    ENGLISH_NUMBERS,
    EVENT_HAPPENED,
    EVENT_VERBS,
    EXPLODED_VERBS,
    FEMININE_PAST,
    HAPPENED_TOGETHER,
    HEDGES,
    HELD_POST_SAY,
    INJURED_WORDS,
    KILLED_WORDS,
    KILLING_VERB,
    LAUNCHED_CLASSES,
    MASS_NOUNS,
    NAME_CUES,
    NO_SURVIVORS,
    PLACE_CUES,
    PLURAL_ENDINGS,
    RELATIVES,
    SHOT_SHARE,
    STILL_MISSING,
    TOLL_RISEN,
    UNKNOWN_WORDS,
    UNRENDERED_SOURCE,
    WEEKDAY_NAMES,
)
from summarizer.lang.text import (
    ACCUSATIVE_TANWIN,
    ARTICLE,
    BEH,
    WAW,
    a_or_an,
    bare,
    bare_phrase,
    clean,
    fold,
    has_any,
    has_arabic,
    has_cue,
    mentions,
    without_bidi_controls,
    without_preposition,
)
from summarizer.schema import (
    Actor,
    ActorRole,
    Bilingual,
    Casualties,
    Casualty,
    Classification,
    Evidence,
    Incident,
    IncidentSummary,
    Means,
    Metadata,
    Place,
    PlaceRole,
    Qualifier,
    RelatedEvent,
    ReportedFigure,
    Source,
    SourceKind,
    Statement,
    Verification,
    VictimShare,
    When,
)
from summarizer.stages.ground import MORE_MEANS, MORE_TARGETS, NOT_ACLED, Grounded, kept_abroad
from summarizer.stages.run import Run
from summarizer.transport import Backend
from summarizer.verify import main_incident, recall
from summarizer.verify.aftermath import arrests, damage
from summarizer.verify.casualties import (
    casualty_clauses,
    casualty_figure,
    says_no_one_hurt,
    set_off_qualifier,
    summed,
    vague_quantity,
    victims,
    victims_before,
    victims_share,
    without_share_aside,
)
from summarizer.verify.classify import classify
from summarizer.verify.event_span import linked_event, toll_update_event, trimmed
from summarizer.verify.furniture import dated_dateline_end
from summarizer.verify.gazetteer import (
    GazetteerHit,
    admin1_of,
    capital_named,
    city_admin1,
    countries_named,
    country_hit,
    country_names,
    is_admin_phrase,
    lookup,
    named_only_near,
    own_name,
    written_within,
)
from summarizer.verify.grounding import Article, Span
from summarizer.verify.numbers import counts_in
from summarizer.verify.phrase import (
    Rendered,
    analyse,
    as_subject,
    by_means_of,
    feminine,
    genitive_of,
    names_people,
    occurred,
    render_phrase,
    sole_sense,
    starts_with_verb,
    with_case,
)
from summarizer.verify.phrase_en import counted_forms, more_than_one, render_english
from summarizer.verify.rendering import rendering_problems
from summarizer.verify.romanize import romanize
from summarizer.verify.sources import addressee, clause_around, speaks_at
from summarizer.verify.timeexpr import lasted, when_related
from summarizer.verify.timeexpr import resolve as resolve_time
from summarizer.verify.uncertainty import Unknown, unknowns

Renderings = dict[str, str]  # field path -> accepted rendering in the other language
LANGS = ("ar", "en")
CLASH, ATTACK = "Armed clash", "Attack"
MAX_RELATED = 4  # of the other events an article tells of, the first four (the schema allows six)


def compose(run: Run, g: Grounded, renderings: Renderings, backend: Backend, started: float) -> IncidentSummary:
    """The summary; ``started`` is the pipeline's ``time.perf_counter()`` start, for its latency."""
    noted = unknowns(run.article, run.language)  # by rule: what any backend's summary says is not known
    incident = _incident(run, g, renderings, unattributed=any(u.kind == "unattributed" for u in noted))
    facts = g.facts
    sources = _sources(run, g, renderings)
    uncertainties = [
        Statement(text=t, evidence=run.evidence(u))
        for i, u in enumerate(facts.uncertainties)
        if (t := run.bilingual(u, renderings.get(f"uncertainties[{i}]")))
    ]
    if facts.perpetrator and _claimed(run, facts.perpetrator):
        # "No group claimed that attack": another one's
        noted = [u for u in noted if u.kind not in ("unclaimed", "unattributed")]
    uncertainties += [_unknown_statement(run, u) for u in noted if not _overlaps(u.span, uncertainties)]
    related = [
        RelatedEvent(description=t, evidence=run.evidence(b))
        for i, b in enumerate(facts.background)
        if (t := run.bilingual(b, renderings.get(f"related_events[{i}]")))
    ]
    related += _related_by_rule(run, g, related)
    incident.casualties.reported = _reported(run, g, sources)
    notes = {u.kind: {"ar": u.ar, "en": u.en} for u in noted}
    followed = [  # by rule: what it destroyed, who was arrested
        Statement(text=Bilingual(ar=a.ar, en=a.en), evidence=run.evidence(a.who.quote, a.who.start))
        for a in damage(run.article, run.language) + arrests(run.article, run.language)
    ]
    notes["aftermath"] = [{"ar": s.text.ar, "en": s.text.en} for s in followed]
    said = any(n.startswith("incident.description: rendering rejected") for n in run.notes)
    # the article's country after a site the gazetteer knows nowhere ("Ganthier, Haiti"); never after one
    # it puts in another country ("the border of the Gaza Strip" is no place in Israel)
    site = next((p for p in incident.where if p.role not in ("other", "origin", "destination")), None)
    unplaced = site is not None and lookup(site.as_written) is None and not _placed_abroad(site.as_written, g.country)
    unplaced = unplaced and country_hit(site.as_written) is None  # "Democratic Republic of Congo" is the country
    # "Mati" in a Greek article: the gazetteer's Mati is in the Philippines, so no pin; the article's country
    abroad = site is not None and site.country is None and _homonym_abroad(site.as_written, g.country, run.article.text)
    unplaced = unplaced or abroad
    names = country_names(g.country) if g.country and (unplaced or site is None) else None  # or nowhere named
    country = Bilingual(en=names[0], ar=names[1]) if names else None
    # a perpetrator the article names but no rule could render is no perpetrator unnamed
    unrendered = any(d.field == "incident.perpetrator" for d in run.dropped)
    headline, summary = prose(
        incident, sources, run.article, notes, run.published, other_said=said, country=country, named=unrendered
    )
    stated = 1 + len(incident.where) + len(incident.actors) + len(incident.means) + len(sources)
    stated += len(incident.casualties.reported)
    stated += len(uncertainties) + len(related) + len(followed) + (incident.when is not None)
    stated += sum(c.qualifier != Qualifier.unknown for c in (incident.casualties.killed, incident.casualties.injured))
    kept_after_all(run, [incident, sources, uncertainties, followed, related])
    return IncidentSummary(
        source_language=run.language,
        headline=headline,
        summary=summary,
        incident=incident,
        sources=sources,
        uncertainties=uncertainties,
        aftermath=followed,
        related_events=related,
        # Every fact considered is either stated or dropped: the counts add up by construction.
        verification=Verification(
            checked=stated + len(run.dropped), verified=stated, dropped=run.dropped, notes=run.notes
        ),
        metadata=_metadata(run, backend, time.perf_counter() - started),
    )


def kept_after_all(run: Run, parts: list) -> None:
    """A dropped span that the summary states anyway (a rule found it again, a fallback rendering) is not
    dropped: its entry becomes a note, so nothing is both dropped and kept."""
    stated = set(_texts(parts, run.language))
    still = []
    for entry in run.dropped:
        if without_bidi_controls(entry.value).strip() in stated:
            run.notes.append(f"{entry.field}: {entry.reason}; stated all the same from {entry.value[:80]!r}")
        else:
            still.append(entry)
    run.dropped[:] = still


def _texts(node, language: str):
    """Every text of the summary in ``language`` (its bilingual texts' one side), at any depth."""
    if isinstance(node, Bilingual):
        yield getattr(node, language).strip()
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name), language)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _texts(item, language)


def _incident(run: Run, g: Grounded, renderings: Renderings, unattributed: bool = False) -> Incident:
    # In the order of the summary: a failing field is reported in verification.dropped in this order.
    facts = g.facts
    classification = _classification(run, g)
    when = _when(run, g, renderings)
    where = _places(run, g, renderings)
    country_en = next((p.country.en for p in where if p.country), None)
    actors = _actors(run, g, renderings, country_en, unattributed)
    means = _means(run, facts.weapon, renderings.get("incident.weapon"))
    if means:  # the further means the rules rendered; one the lexicon cannot render is left out (noted)
        for i, span in enumerate(g.more_means, start=1):
            means += _means(run, span, renderings.get(f"{MORE_MEANS}[{i}]"))
    killed = _casualty(run, facts.killed, "killed", renderings.get("incident.killed"))
    slots = lead(classification, actors, means, where, killed)
    return Incident(
        description=_event(run, g, renderings, slots or passive_lead(classification, actors, means)),
        classification=classification,
        when=when,
        where=where,
        actors=actors,
        means=means,
        casualties=Casualties(
            killed=killed,
            injured=_casualty(run, facts.injured, "injured", renderings.get("incident.injured")),
            missing=_missing(run),
        ),
        evidence=run.evidence(facts.event),
    )


def _event(run: Run, g: Grounded, renderings: Renderings, clause: dict | None) -> Bilingual:
    own = _as_told_alone(run, g.facts.event)
    event = run.bilingual(own, renderings.get("incident.event"))
    if event is None and clause:
        # Without a verified rendering, the other side says the event from its verified slots.
        event = run.bilingual(own, str(clause[run.other]))
        run.notes.append("incident.description: rendering rejected; the other side says who did what to whom")
    if event is None:
        # The event must be stated; else the other side names its verified class only (with a second
        # disaster its words name: "An earthquake and a tsunami struck").
        together = HAPPENED_TOGETHER.get(f"{g.rule.label_en}+{_second_disaster(g)}")
        # "A shooting took place": a rule's own sentence says more than its class's "An attack took place"
        sentence = together or g.rule.happened
        said = sentence[run.other] if sentence else class_label(g.rule.label_en, run.other)
        event = run.bilingual(own, said)
        run.notes.append("incident.description: rendering rejected; the other side states the event class only")
    if event is None:
        raise ModelOutputError("the event description could not be rendered in both languages: " + g.facts.event[:200])
    return event


def _as_told_alone(run: Run, event: str) -> str:
    """An Arabic event the article told after "إن"/"أن" opens on its subject in the accusative ("قالت
    الشرطة إن انهيارا ارضيا دمر"); said alone, the subject is nominative ("انهيار ارضي دمر")."""
    span = run.article.locate(event) if run.language == "ar" else None
    before = run.article.text[: span.start].split() if span else []
    if not before or fold(clean(before[-1])) not in COMPLEMENTIZERS:
        return event
    return with_case(event, "nominative")


def _second_disaster(g: Grounded) -> str | None:
    """Another disaster's class the event's words name besides the class that decided it ("زلزال وأمواج
    مد عاتية (تسونامي)": Tsunami besides Earthquake)."""
    if g.rule.event_type != NOT_ACLED:
        return None
    others = tuple(r for r in CLASS_RULES if r.event_type == NOT_ACLED and r.label_en != g.rule.label_en)
    for rule in others:
        if classify([g.facts.event], (rule,))[1] is not None:
            return rule.label_en
    return None


def _classification(run: Run, g: Grounded) -> Classification:
    event_evidence = run.evidence(g.facts.event)
    near = event_evidence[0].start if event_evidence else 0
    return Classification(
        acled_event_type=g.rule.event_type,
        acled_sub_event_type=g.rule.sub_event_type,
        plover_event=g.rule.plover_event,
        plover_mode=g.rule.plover_mode,
        cameo_code=g.rule.cameo,
        label=Bilingual(en=g.rule.label_en, ar=g.rule.label_ar),
        evidence=run.evidence(g.keyword, near) if g.keyword else [],
    )


def _when(run: Run, g: Grounded, renderings: Renderings) -> When | None:
    """The time expression in both languages, resolved to a date only when the article supports it."""
    time, parts = g.facts.time, g.time_parts
    other = g.time_en or renderings.get("incident.when.expression")
    if not (time and parts) or (expression := run.bilingual(time, other)) is None:
        return None
    day, precision, basis = resolve_time(parts, run.published)
    # "قالت مصادر، الأربعاء، إن ...", "Kabul, July 29 (EFE).-": the day it was reported; the event is no later
    reported = (
        recall.said_on(run.article, time)
        or _dated_by_dateline(run.article, time)
        or recall.arrested_on(run.article, time)  # "ألقت الشرطة، مساء الاثنين، القبض على": the arrest's day
    )
    if reported and basis:
        basis += "; the day a source reported it, the event was on or before it"
    return When(
        expression=expression,
        weekday=WEEKDAY_NAMES[parts.weekday] if parts.weekday is not None else None,
        part_of_day=parts.part_of_day,
        relative=parts.relative if parts.relative in ("today", "yesterday", "tonight") else None,
        date=day,
        precision=precision,
        date_basis=basis,
        on_or_before=reported,
        began=not reported and _began_then(run.article, g.facts.event, time),
        evidence=run.evidence(time),
    )


def _dated_by_dateline(article: Article, time: str) -> bool:
    """The time is the date of the article's dateline ("Kabul, July 29 (EFE).- At least 40 people ..."):
    when it was filed."""
    span = article.locate(time)
    if span is None:
        return False
    end = dated_dateline_end(article.text, article.text.rfind("\n", 0, span.start) + 1)
    return end is not None and span.end <= end


def _began_then(article: Article, event: str, time: str) -> bool:
    """The event's sentence says it lasted days or hours ("after a huge four-day rescue operation") and
    the time is another sentence's ("fell into the well ... on Sunday"): that day is when it began."""
    span, at = article.locate(event), article.locate(time)
    if span is None or at is None:
        return False
    sentence = article.sentence_around(span)
    return not (sentence.start <= at.start < sentence.end) and lasted(sentence.quote)


def _places(run: Run, g: Grounded, renderings: Renderings) -> list[Place]:
    admin = {hit.admin1code: (p, hit) for p, hit in g.places if hit and is_admin_phrase(p.name)}
    names = country_names(g.country) if g.country else None
    out: list[Place] = []
    countries: list[int] = []
    evidenced = set(main_incident.countries_evidenced(run.article.text))
    for i, (place, hit) in enumerate(g.places):
        kept = g.country is not None and kept_abroad(hit, place.name, evidenced, g.country)
        if hit and hit.country_code != g.country and not kept:
            hit = None  # a namesake abroad: keep the name as written, no coordinates
        if run.other == "en":
            # The phrase with its place word ("the Al 'Asharah desert"), else the gazetteer's bare name
            # (always for one word: "نيجيريا" is Nigeria, never "a Nigerian").
            several = len(place.name.split()) > 1
            phrase = render_phrase(place.name, name_slot=True, country=run.country).text if several else None
            rendered = _with_gazetteer_name(phrase, place.name, hit)
            if hit and capital_named(place.name):
                rendered = hit.name_en  # "العاصمة الجزائرية": Algiers, the city it names
            named = templates.with_the(hit.name_en) if hit and hit.is_country else hit.name_en if hit else None
            other = (rendered or named) if hit else _licensed(run, f"incident.where[{i}].name", place.name)
            if not hit and _waw_of_its_name(run.article.text, place.name):
                other = romanize(place.name)  # "قرية واغا": Wagha, no "and Agha"
        else:
            other = (hit.name_ar if hit else None) or renderings.get(f"incident.where[{i}].name")
        own = _without_conjunction(place.name) if run.language == "ar" else place.name
        if run.language == "ar" and hit and hit.is_country and hit.name_ar and _an_adjective_of(own, hit.name_ar):
            own = hit.name_ar  # a country named by its adjective ("السورية"): the country's name (سوريا)
        if run.language == "en" and own.isupper() and len(own) > 3:
            # a dateline's capitals ("PESHAWAR", "UKARA ISLAND"): the name as prose writes it
            own = hit.name_en if hit else string.capwords(own)
        if run.language == "en" and _a_common_head(own) and (said := _with_its_the(run.article.text, own)):
            own = said  # "the Wajir-Mandera border": a named border, road or area takes its "the" as written
        if (name := run.bilingual(own, other)) is None:
            continue
        admin1 = None
        if hit and hit.admin1code in admin and admin[hit.admin1code][1] is not hit:
            a_place, a_hit = admin[hit.admin1code]
            admin1 = run.bilingual(a_place.name, a_hit.name_en if run.other == "en" else a_hit.name_ar)
        elif hit and (region := admin1_of(hit)) and region.name_ar:
            admin1 = Bilingual(en=region.name_en, ar=region.name_ar)  # the gazetteer's, like the country
        out.append(
            Place(
                role=PlaceRole(place.role),
                name=name,
                as_written=place.name,
                admin1=admin1,
                country=_country_of(hit, g.country, names),
                country_code=hit.country_code if hit else None,
                latitude=hit.latitude if hit else None,
                longitude=hit.longitude if hit else None,
                geonames_id=hit.geonames_id if hit else None,
                geo_precision=_precision(place.name, hit, run.article.text),
                evidence=run.evidence(place.name),
            )
        )
        countries.append(_size_rank(hit))
    _smaller_site_first(out, countries)
    # "Tifour airport (Homs, Syria)", "(the school's prayer hall, Al-Daraj, Gaza)": after the first, the
    # places from small to large: a place no gazetteer knows (a quarter, a building), a town, a region,
    # a country, each group in the article's order
    rest = sorted(zip(out[1:], countries[1:], strict=True), key=lambda pc: pc[1])
    return out[:1] + [p for p, _ in rest]


def _country_of(
    hit: GazetteerHit | None, article_country: str | None, names: tuple[str, str] | None
) -> Bilingual | None:
    """The place's own country: the article's, or the one the gazetteer puts a town it kept in ("النصيرات"
    in Gaza, in an article that names Israel more)."""
    if hit is None:
        return None
    own = names if hit.country_code == article_country else country_names(hit.country_code)
    return Bilingual(en=own[0], ar=own[1]) if own else None


def _homonym_abroad(name: str, country: str | None, text: str) -> bool:
    """The gazetteer knows the town only in another country than the article's, one the article never
    names: a homonym (Mati in the Philippines for a Greek fire; not Beni where "Democratic Republic of
    Congo" is named beside "Congo")."""
    hit = lookup(name)
    if country is None or hit is None or hit.is_country or hit.country_code == country:
        return False
    return hit.country_code not in countries_named(text)


def _placed_abroad(name: str, country: str | None) -> bool:
    """A place phrase that holds a place the gazetteer puts in another country than the article's ("حدود
    قطاع غزة": the Gaza Strip); one word counts only when it is a region, a country or a city."""
    words = name.split()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            hit = lookup(" ".join(words[i : i + width]))
            big = hit is not None and (width > 1 or hit.is_region or hit.is_country or hit.population >= 50_000)
            if big and hit.country_code != country:
                return True
    return False


_COUNTRY_RANK = 3
_WHERE_ROLES = (PlaceRole.site, PlaceRole.area)


def _smaller_site_first(out: list[Place], ranks: list[int]) -> None:
    """A country named first, and a town or a region where it happened after it ("in Australia's
    Queensland state ... near the small town of Wieambilla"): the smaller place is the site, in place."""
    if not ranks or ranks[0] != _COUNTRY_RANK:
        return
    at = next((k for k in range(1, len(out)) if ranks[k] < ranks[0] and out[k].role in _WHERE_ROLES), None)
    if at is not None:
        out.insert(0, out.pop(at))
        ranks.insert(0, ranks.pop(at))


def _size_rank(hit: GazetteerHit | None) -> int:
    """0 a place no gazetteer knows, 1 a town, 2 a region, 3 a country."""
    return 0 if hit is None else _COUNTRY_RANK if hit.is_country else 2 if hit.is_region else 1


def _an_adjective_of(own: str, country: str) -> bool:
    """One word with the article that is not the country's own name: its adjective ("السورية")."""
    return len(own.split()) == 1 and own.startswith(ARTICLE) and fold(own) != fold(country)


def _waw_of_its_name(text: str, name: str) -> bool:
    """A one-word name whose first letter "و" is its own: the article writes it right after a place word
    ("قرية واغا") or a preposition ("في واغا"), where no "and" can stand."""
    if " " in name.strip() or not name.startswith(WAW):
        return False
    before = [text[: m.start()].split()[-1:] for m in re.finditer(re.escape(name), text)]
    return bool(before) and all(w and fold(clean(w[0])) in (*NAME_CUES, *PLACE_CUES) for w in before)


def _without_conjunction(phrase: str) -> str:
    """A place phrase without the "و" the article joined it with ("وأطراف مزار عين علي" is "أطراف ..."
    in a list); a word that begins with the letter ("وادي") keeps it."""
    words = analyse(phrase.partition(" ")[0])
    return phrase[len(WAW) :] if phrase.startswith(WAW) and words and words[0].conj else phrase


def _precision(name: str, hit: GazetteerHit | None, text: str) -> int | None:
    """ACLED geo-precision: 3 for a region or a country (its seat's or no coordinates), 1 for a town,
    2 for a town the article names only as what it happened near."""
    if hit is None:
        return None
    if is_admin_phrase(name) or hit.is_country or hit.is_region:
        return 3
    return 2 if named_only_near(text, name) else 1


def _with_gazetteer_name(rendered: str | None, arabic: str, hit: GazetteerHit | None) -> str | None:
    """The phrase with the gazetteer's name where the renderer romanised the name ("the coastal city
    of Balew" -> "... of Palu": the renderer looks names up without the article's country)."""
    if not hit or not rendered or hit.name_en in rendered:
        return rendered if hit else None
    if (hit.name_ar and fold(arabic) == fold(hit.name_ar)) or own_name(arabic, hit):
        return hit.name_en  # "شمال دارفور" is the state North Darfur, not "north of Darfur"
    words = arabic.split()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            span = " ".join(words[i : i + width])
            if (romanised := romanize(span)) in rendered and _names_hit(span, hit):
                return rendered.replace(romanised, hit.name_en)
    return rendered


def _names_hit(span: str, hit: GazetteerHit) -> bool:
    """The words are the gazetteer place's own name ("ستامفورد" is Stamford; "ستامفورد هيل" is not)."""
    found = lookup(span, hit.country_code)
    return found is not None and (found.name_en, found.country_code) == (hit.name_en, hit.country_code)


def _licensed(run: Run, path: str, name: str) -> str | None:
    """The English of a name slot from what the project knows (gazetteer, lexicon, romaniser for the
    words that are names); None, dropped with the reason, when a word is neither known nor a name."""
    rendered = render_phrase(name, name_slot=True, country=run.country)
    if rendered.text is None:
        run.drop(path, name, f"no licensed English rendering: {rendered.reason}")
    return rendered.text


def _without_hedge(name: Bilingual) -> Bilingual:
    """An English suspect's name whose first word hedges ("Suspected Tamil Tiger rebels"), with the Arabic of
    the rest: the summary says the suspicion once, in its own words."""
    first, _, rest = name.en.partition(" ")
    if not rest or first.lower() not in HEDGES:
        return name
    rendered = render_english(rest, name_slot=True)
    return Bilingual(en=name.en, ar=rendered.text) if rendered.text else name


def _actors(
    run: Run, g: Grounded, renderings: Renderings, country_en: str | None, unattributed: bool = False
) -> list[Actor]:
    """The perpetrator and the targets; ``unattributed``: the article says it is not clear who did it."""
    facts, actors = g.facts, []
    # The actor as a subject: "الولايات المتحدة", not the "للولايات المتحدة" it was taken from (evidence as written).
    as_subject = without_preposition(facts.perpetrator or "") if run.language == "ar" else facts.perpetrator
    if as_subject and (state := _state_named(as_subject)):
        name = state  # "قصف إسرائيلي": the article attributes the strike to Israel, named as a state
    else:
        name = run.bilingual(as_subject, renderings.get("incident.perpetrator")) if as_subject else None
    if as_subject and name:
        identified = not has_any(facts.perpetrator, UNKNOWN_WORDS) and not recall.generic_attacker(facts.perpetrator)
        # a group that claimed it is the article's fact, not a suspicion ("وتبنّاه «الحرس الثوري»")
        # "It was not yet clear who was responsible": whom the article then blames is a suspect
        suspected = (
            identified
            and not _claimed(run, facts.perpetrator)
            and (unattributed or recall.suspected(run.article, facts.perpetrator))
        )
        if suspected and run.language == "en":
            name = _without_hedge(name)  # "الجهة المشتبه بها: متمردو نمور التاميل" (not "... مفترضون" twice)
        actors.append(
            Actor(
                role=ActorRole.perpetrator,
                name=name,
                identified=identified,
                acled_actor=None if identified else f"Unidentified Armed Group ({country_en or 'unknown country'})",
                suspected=suspected,
                evidence=run.evidence(facts.perpetrator),
            )
        )
    if facts.target and (name := run.bilingual(facts.target, renderings.get("incident.target"))):
        held = _held_post(run, facts.target)
        actors.append(
            Actor(
                role=ActorRole.target,
                name=name,
                identified=not has_any(facts.target, UNKNOWN_WORDS),
                described=held[0] if held else None,
                evidence=run.evidence(facts.target) + (held[1] if held else []),
            )
        )
        # who was seized or killed with the target, rendered by rules only (a drop is noted)
        for i, person in enumerate(g.more_targets, start=1):
            if (also := run.bilingual(person, renderings.get(f"{MORE_TARGETS}[{i}]"))) is not None:
                actors.append(Actor(role=ActorRole.target, name=also, identified=True, evidence=run.evidence(person)))
    return actors


def _state_named(perpetrator: str) -> Bilingual | None:
    """The states a perpetrator phrase names only by its strike's nationalities, in both languages."""
    names = [n for code in recall.strike_states(perpetrator) if (n := country_names(code))]
    if not names:
        return None
    english = [templates.with_the(n[0]) for n in names]  # "the United States"
    en = english[0] if len(english) == 1 else f"{', '.join(english[:-1])} and {english[-1]}"
    return Bilingual(en=en, ar=f" {WAW}".join(n[1] for n in names))  # "Syria and Russia", "سوريا وروسيا"


def _claimed(run: Run, perpetrator: str) -> bool:
    claimant = recall.claimed_by(run.article) or (
        recall.english_claimed_by(run.article) if run.language == "en" else None
    )
    if claimant is not None and _same_group(claimant, perpetrator):
        return True
    release = recall.release_in_lead(run.article)  # who released the captives held them: no suspicion
    return release is not None and bare_phrase(release[0]) == bare_phrase(perpetrator)


def _same_group(claimant: str, perpetrator: str) -> bool:
    """The claimant's words hold the perpetrator's or the other way round ("تنظيم 'القاعدة في بلاد المغرب
    الإسلامي'" and "القاعدة في بلاد المغرب الإسلامي"), quote marks aside."""
    a, b = (bare_phrase(x.translate(_NO_QUOTES)) for x in (claimant, perpetrator))
    return bool(a and b) and (a == b or f" {b} " in f" {a} " or f" {a} " in f" {b} ")


_NO_QUOTES = str.maketrans("", "", "'\"«»“”‘’")


def _held_post(run: Run, target: str) -> tuple[Bilingual, list[Evidence]] | None:
    """What a sentence of the incident says the target was ("وكان محسود يتولى منصب نائب قائد الحركة
    المحظورة" = "Mehsud was the deputy commander of the banned movement"), with its evidence."""
    if run.language != "ar":
        return None
    found = recall.held_post(run.article, target, main_incident.main_sentences(run.article))
    post = render_phrase(found[2]).text if found else None
    if found is None or post is None:
        return None
    clause, word, _ = found
    said = Bilingual(ar=clause.quote, en=HELD_POST_SAY.format(who=romanize(word), post=post))
    return said, [Evidence(quote=clause.quote, start=clause.start, end=clause.end)]


def _means(run: Run, weapon: str | None, rendering: str | None) -> list[Means]:
    if not weapon or (name := run.bilingual(weapon, rendering)) is None:
        return []
    counts = counts_in(weapon)
    return [Means(name=name, count=counts[0] if counts else None, evidence=run.evidence(weapon))]


def _casualty(run: Run, span: str | None, kind: str, rendering: str | None) -> Casualty:
    if not span:
        return Casualty(count=None, qualifier=Qualifier.unknown)
    evidence = run.evidence(span)
    text = run.bilingual(span, rendering)
    count, qualifier = casualty_figure(span, kind)
    if count is not None and qualifier == Qualifier.exact and (at := run.article.locate(span)) is not None:
        # "مقتل 14 شخصاً، على الأقل،": the span ends before its qualifier set off by commas
        qualifier = set_off_qualifier(run.article.text[at.end : at.end + _ASIDE_REACH]) or qualifier
    if kind == "killed" and count is not None and qualifier == Qualifier.exact and _still_missing(run.article):
        # "the search for more bodies goes on": the toll can only rise; a count of the missing is said
        # apart instead ("7 soldiers were killed ... 6 are missing": no "at least" the article never wrote)
        sought = any(has_cue(s.quote, BODIES_SOUGHT) for s in main_incident.main_sentences(run.article))
        qualifier = Qualifier.at_least if sought or _missing(run) is None else qualifier
    including = _including(run, span, count) if count is not None else None
    return Casualty(count=count, qualifier=qualifier, text=text, evidence=evidence, including=including)


_ASIDE_REACH = 30  # characters after a toll's span that may hold its qualifier set off by commas


def _missing(run: Run) -> Casualty | None:
    """How many the incident's sentences say are missing, by rule: said apart from the toll."""
    found = main_incident.missing(run.article, run.published.year if run.published else None)
    if found is None:
        return None
    evidence = [Evidence(quote=found.clause.quote, start=found.clause.start, end=found.clause.end)]
    return Casualty(count=found.count, qualifier=found.qualifier, evidence=evidence)


def _still_missing(article: Article) -> bool:
    """The incident's sentences say people are still missing or searched for."""
    return any(has_cue(s.quote, STILL_MISSING) for s in main_incident.main_sentences(article))


def _including(run: Run, span: str, count: int) -> VictimShare | None:
    """Who the toll's victims include ("بينهم نساء وأطفال"), from the words after its figure in its
    sentence, in the other language from the lexicon; left out (reported) when no rule renders it."""
    at = run.article.locate(span)
    if at is None:
        return None
    sentence = run.article.sentence_around(at)
    text, offset = run.article.text[at.start : sentence.end], at.start
    found = victims_share(text, count)
    if found is None:  # "A policeman is among three men killed": who, before the figure
        text, offset = run.article.text[sentence.start : at.end], sentence.start
        found = victims_before(text, count)
    if found is None:
        return None
    rendered = render_phrase(found.who) if run.other == "en" else _shot_share(found.who) or render_english(found.who)
    problems = rendering_problems(found.who, rendered.text, run.other) if rendered.text else [rendered.reason]
    if problems:
        run.drop("incident.casualties.including", found.who, "; ".join(p for p in problems if p))
        return None
    start = offset + found.start
    evidence = [Evidence(quote=found.who, start=start, end=start + len(found.who))]
    who = Bilingual(**{run.language: found.who, run.other: rendered.text})
    return VictimShare(share=found.share, who=who, evidence=evidence)


def _shot_share(who: str) -> Rendered | None:
    """The Arabic of a share said by a count and "shot" ("26 shot by police" -> "26 أصيبوا برصاص الشرطة"):
    the noun is left out in English, and "shot" is no noun ("طلقة")."""
    m = re.fullmatch(r"(\d+|[a-z]+)\s+(\w+)(?:\s+by\s+(.+))?", who.strip())
    if m is None or m.group(2).lower() not in SHOT_SHARE["words"] or not counts_in(m.group(1)):
        return None
    if m.group(3) is None:
        return Rendered(f"{counts_in(m.group(1))[0]} {SHOT_SHARE['bare']}")
    agent = m.group(3) if m.group(3).lower().startswith(("the ", "a ", "an ")) else f"the {m.group(3)}"
    agent = render_english(agent).text
    return Rendered(f"{counts_in(m.group(1))[0]} {SHOT_SHARE['by']} {agent}") if agent else None


def _reported(run: Run, g: Grounded, sources: list[Source]) -> list[ReportedFigure]:
    """Every toll the main incident's sentences give, each with the stated source its sentence names."""
    out = []
    for f in g.figures[:8]:
        clause = clause_around(f.sentence, f.clause.start)
        named = [
            s
            for s in sources
            if _names_in(s, clause, run.article)
            and _speaks_in(s, clause, run.article)
            and not _claims_in(s, clause, run.article)
        ]
        # The speaker before whom he spoke to ("قال مسؤولون محليون لبي بي سي": the officials).
        named.sort(key=lambda s: addressee(run.article.text, _found_at(s, clause, run.article)))
        source = named[0].name if named else None
        evidence = [Evidence(quote=f.clause.quote, start=f.clause.start, end=f.clause.end)]
        out.append(ReportedFigure(kind=f.kind, count=f.count, qualifier=f.qualifier, source=source, evidence=evidence))
    return out


_CLAIM_REACH = 5  # words from a name to its claim ("أعلن تنظيم داعش، الجمعة، مسؤوليته")


def _claims_in(source: Source, clause: Span, article: Article) -> bool:
    """The source's words in ``clause`` claim the attack ("أعلن تنظيم داعش مسؤوليته عن التفجير ... وأودى
    بحياة أكثر من 60"): the toll in it is the report's, not the claimant's."""
    found = article.locate(source.evidence[0].quote, near=clause.start) if source.evidence else None
    after = article.text[found.end : clause.end].split()[:_CLAIM_REACH] if found else []
    return any(fold(clean(w)).lower().startswith(CLAIM_WORDS) for w in after)


def _names_in(source: Source, sentence: Span, article: Article) -> bool:
    """The source's name stands in ``sentence`` of the article."""
    found = _found_at(source, sentence, article)
    return sentence.start <= found < sentence.end


def _speaks_in(source: Source, clause: Span, article: Article) -> bool:
    """The source's name stands in ``clause`` as who spoke ("بحسب مسؤولين"), not as one it names."""
    span = article.locate(source.evidence[0].quote, near=clause.start) if source.evidence else None
    return span is not None and speaks_at(article.text, span.start, span.end)


def _found_at(source: Source, sentence: Span, article: Article) -> int:
    """Where the source's name stands nearest ``sentence``; -1 when nowhere."""
    found = article.locate(source.evidence[0].quote, near=sentence.start) if source.evidence else None
    return found.start if found is not None else -1


def _sources(run: Run, g: Grounded, renderings: Renderings) -> list[Source]:
    """Person names into English are romanised, not translated; the rest were rendered."""
    sources = []
    for i, s in enumerate(g.facts.sources):
        path = f"sources[{i}].name"
        name = run.bilingual(s.name, renderings.get(path) if path in g.wanted else _licensed(run, path, s.name))
        if name is None:
            # Who the article cites stays on its side; the other side says its name is not given.
            name = run.bilingual(s.name, UNRENDERED_SOURCE[run.other])
            run.notes.append(f"{path}: no rendering passed the checks; the other side says the name is not translated")
        if name is None:
            continue
        claim = run.bilingual(s.claim, renderings.get(f"sources[{i}].claim")) if s.claim else None
        evidence = run.evidence(s.name) + (run.evidence(s.claim) if claim else [])
        sources.append(Source(name=name, kind=SourceKind(s.kind), claim=claim, evidence=evidence))
    return sources


def _metadata(run: Run, backend: Backend, latency_s: float) -> Metadata:
    return Metadata(
        model=backend.model,
        backend=backend.name,
        prompt_version=templates.prompt_version(),
        attempts=sum(u.attempts for u in run.usages),
        tokens_in=sum(u.tokens_in for u in run.usages),
        tokens_out=sum(u.tokens_out for u in run.usages),
        latency_s=round(latency_s, 3),
        published=run.published,
        stages=run.usages,
    )


def class_label(sub_event_type: str, lang: str) -> str:
    return templates.render(
        "compose.j2", part="class", lang=lang, label=sub_event_type, labels_ar=CLASS_LABELS_AR, happened=EVENT_HAPPENED
    )


def _a_common_head(name: str) -> bool:
    """An English place name ending in a common noun ("Wajir-Mandera border", "Diamond Oaks area")."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1].islower() and words[-1].isalpha()


def _with_its_the(text: str, name: str) -> str | None:
    """The name with the "the" the article writes before it, as written ("the Wajir-Mandera border")."""
    m = re.search(rf"\b(the) {re.escape(name)}\b", text, re.IGNORECASE)
    return f"{m.group(1)} {name}" if m else None


def lead(
    classification: Classification,
    actors: list[Actor],
    means_list: list[Means],
    where: list[Place],
    killed: Casualty | None = None,
) -> dict[str, str | bool] | None:
    """The summary's first clause from the verified slots, in both languages: who or what did it, the
    class's verb, the target ("4 drones struck the Iranian militias", "استهدفت أربع طائرات مُسيرة
    المليشيات الإيرانية"). None when the class has no such verb or no target is stated."""
    verb = EVENT_VERBS.get(classification.acled_sub_event_type or "")
    target = next((a for a in actors if a.role == ActorRole.target), None)
    perp = next((a for a in actors if a.role == ActorRole.perpetrator), None)
    means = means_list[0] if means_list else None
    named = perp if perp and perp.identified and not perp.suspected else None  # a suspect is no subject
    acting = means.name if means and verb and verb.get("means_act") else None
    subject = named.name if named else acting or (perp.name if perp and not perp.suspected else None)
    if verb is None or target is None or subject is None:
        return None
    sides = target.identified and (names_people(target.name.ar) or _a_state_actor(target))  # two states' too
    if verb.get("between_en") and named and sides:
        return _between(verb, named.name, target.name)
    if verb.get("people_only") and not names_people(target.name.ar):
        return None  # one abducts people: "اختطف ... منزله" (his house) is a slot gone wrong
    killing = killed is not None and verb["en"] == EVENT_VERBS["Attack"]["en"] and _the_killed(target, killed.count)
    if killing:
        verb = {**verb, "en": KILLING_VERB["en"], "ar": KILLING_VERB["ar"]}  # not "attacked" those they killed
    ar_verb = verb["ar"] + (FEMININE_PAST if feminine(subject.ar) else "")
    targets = [a.name for a in actors if a.role == ActorRole.target]  # "... and the MP seized with him"
    # a name with its apposition ("Fathi Mejbri, a council member of ...") is closed by a comma before "and"
    en = [_sentence_start(_one_noun(subject.en)), verb["en"]]
    en.append(" and ".join(_closed(_one_noun(t.en), ", ") for t in targets[:-1]))
    ar = [ar_verb, as_subject(subject.ar), f" {WAW}".join(_closed(t.ar, "، ") for t in targets[:-1])]
    last_en = _one_noun(targets[-1].en)
    en[-1] = f"{en[-1]} and {last_en}" if len(targets) > 1 else last_en
    last = with_case(targets[-1].ar, "accusative")
    ar[-1] = f"{with_case(ar[-1], 'accusative')} {WAW}{last}" if len(targets) > 1 else last
    if killing and killed.qualifier == Qualifier.at_least and len(targets) == 1:  # "Gunmen killed at least 10 ..."
        en[-1] = f"{KILLING_VERB['at_least_en']} {en[-1]}"
        ar[-1] = f"{ar[-1]} {KILLING_VERB['at_least_ar']}"
    strike = " ".join(e.quote for e in named.evidence) if named else ""  # "غارات أمريكية": the means is said
    if named and means and not any(bare_phrase(means.name.ar) in bare_phrase(t) for t in (named.name.ar, strike)):
        # not "An Israeli missile strike struck ... with a missile strike": the subject says the means
        _with_means(en, ar, _without_owner(means.name, named.name))
    site = where[0].name.en.lower() if where else None
    return {
        "en": " ".join(en),
        "ar": " ".join(ar),
        "by_perpetrator": subject == (perp.name if perp else None),
        # "struck the Tifour airport", not "... in the Tifour airport" again
        "target_is_site": bool(site) and (site in target.name.en.lower() or target.name.en.lower() in site),
        "has_target": True,
    }


def _the_killed(target: Actor, killed: int | None) -> bool:
    """The target is people counted as many as were killed ("10 مزارعين" of 10 killed)."""
    counts = counts_in(target.name.en)
    return names_people(target.name.ar) and bool(counts) and counts[0] == killed


def _a_state_actor(actor: Actor) -> bool:
    """The actor is a country by its name ("طاجيكستان"): a state's forces."""
    hit = lookup(actor.name.ar)
    return hit is not None and hit.is_country


def _between(verb: dict, first: Bilingual, second: Bilingual) -> dict:
    """A battle between its two named sides: "Armed clashes took place between X and Y"."""
    return {
        "en": f"{verb['between_en']} {_one_noun(first.en)} and {_one_noun(second.en)}",
        "ar": f"{verb['between_ar']} {with_case(first.ar, 'genitive')} {WAW}{with_case(second.ar, 'genitive')}",
        "by_perpetrator": True,
        "target_is_site": False,
        "has_target": True,
    }


def _closed(name: str, comma: str) -> str:
    return f"{name}{comma.strip()}" if comma in name else name


def _actor_clause(incident: Incident, slots: dict | None) -> dict | None:
    """The article's own event clause when it opens with the named perpetrator in both languages
    ("officer David Nesheiwat shot and killed Phillip Pitts" / "قتل الضابط ديفيد نيشايوات فيليب بيتس"):
    its verb says more than the class's ("attacked ... with gunfire"). Not when one side is itself the
    clause from the slots (its rendering was rejected)."""
    perp = next((a for a in incident.actors if a.role == ActorRole.perpetrator), None)
    if perp is None or not perp.identified or perp.suspected:
        return None
    d = incident.description
    ar_opening = " ".join(d.ar.split()[: len(perp.name.ar.split()) + 2])
    targets = [a.name.ar for a in incident.actors if a.role == ActorRole.target]
    told_whole = perp.name.ar in ar_opening and all(t in d.ar for t in targets)
    if slots and d.en == slots["en"] and d.ar != slots["ar"] and told_whole:
        return {**slots, "ar": d.ar}  # the English from the slots, the Arabic as the article tells it
    if slots and (d.en == slots["en"] or d.ar == slots["ar"]):
        return None
    en, name_en = d.en.lower().removeprefix("the "), perp.name.en.lower().removeprefix("the ")
    if not en.startswith(name_en) or perp.name.ar not in ar_opening:
        return None
    return {"en": d.en, "ar": d.ar, "by_perpetrator": True, "target_is_site": False, "has_target": False}


def passive_lead(classification: Classification, actors: list[Actor], means_list: list[Means]) -> dict | None:
    """The event from its target when no one and nothing acting is named: "An Iraqi rights activist was
    attacked with gunfire", "هوجمت الناشطة العراقية بإطلاق نار". For the other side only, when
    the article's clause has no checked rendering (the class's name alone says less)."""
    verb = EVENT_VERBS.get(classification.acled_sub_event_type or "")
    target = next((a for a in actors if a.role == ActorRole.target), None)
    if verb is None or not verb.get("passive") or target is None:
        return None
    if verb.get("people_only") and not names_people(target.name.ar):
        return None
    plural = more_than_one(target.name.en)  # "Barracks of the army were": the head, not the last word
    en = [_sentence_start(target.name.en), "were" if plural else "was", str(verb["en"])]
    ar = [str(verb["passive"]) + (FEMININE_PAST if feminine(target.name.ar) else ""), target.name.ar]
    if means_list:
        _with_means(en, ar, means_list[0].name)
    return {"en": " ".join(en), "ar": " ".join(ar)}


def _without_owner(means: Bilingual, owner: Bilingual) -> Bilingual:
    """The weapon without its owner when the owner is the clause's subject ("the coalition struck ...
    with aircraft", not "... with the aircraft of the coalition")."""
    *head, last = means.ar.split() or [""]
    first = owner.ar.split()[0] if owner.ar.split() else ""
    if not head or bare(fold(last)) != bare(fold(first)):
        return means
    english = render_phrase(" ".join(head)).text
    return Bilingual(en=english, ar=" ".join(head)) if english else means


def _with_means(en: list[str], ar: list[str], means: Bilingual) -> None:
    """The means after the clause; a span with its own preposition ("بسيارة مفخخة" = "with a car bomb")
    keeps it."""
    own = means.en.lower().startswith(("with ", "by ", "in "))
    en += [means.en] if own else ["with", _counted_noun(means.en)]
    if own:
        ar.append(means.ar)
    elif means.en.lower() in MASS_NOUNS and len(means.ar.split()) == 1:
        ar.append(by_means_of(means.ar))  # "بالرصاص" (with gunfire), not "باستخدام رصاص"
    elif (sense := sole_sense(means.ar)) is not None and sense.kind == "attack" and not means.ar.startswith(BEH):
        ar.append(BEH + means.ar)  # "بغارة" (with an air strike): a strike is not "used"
    else:
        ar += [BY_MEANS, genitive_of(means.ar)]  # "باستخدام انتحاري", not "انتحاريا"


def _counted_noun(english: str) -> str:
    """A bare singular count noun takes "a" ("with gun" -> "with a gun"); a plural, a mass noun
    ("gunfire") or a determined phrase stays as it is. A common noun a headline capitalised
    ("Missile") is one too."""
    words = english.split()
    common = english.lower() in COMMON_ENGLISH_NOUNS or _a_common_plural(english.lower())
    if len(words) == 1 and english[:1].isupper() and common:
        english, words = english.lower(), [english.lower()]  # "Farmers had gone ...": farmers
    if not words or words[0].lower() in ("a", "an", "the") or words[0][:1].isdigit() or words[0][:1].isupper():
        return english
    if words[0].split("-")[0] in ("al", "el") and "-" in words[0]:
        return english  # "al-Shabaab": a name with its Arabic article, never "an al-Shabaab"
    if words[-1].endswith(("s", *PLURAL_ENDINGS)) or english.lower() in MASS_NOUNS or words[-1].lower() in MASS_NOUNS:
        return english
    return f"{a_or_an(english)} {english}"


def _a_common_plural(word: str) -> bool:
    """A plural the lexicon knows only as a common noun ("farmers", "villagers"), never as a name."""
    senses = ENGLISH_LEXICON.get(word, ())
    return bool(senses) and word.endswith("s") and all(w.pos == "noun" for w in senses)


def _one_noun(english: str) -> str:
    """A bare count noun an English article gives as a slot ("bomber", "mosque") takes its article in
    the sentence; a phrase is left as written, but for the capital its sentence gave its first common
    word ("Four Iraqi soldiers" -> "four Iraqi soldiers", "Car bomb" -> "a car bomb")."""
    words = english.split()
    if len(words) == 1:
        return _counted_noun(english)
    first, rest = words[0], " ".join(words[1:])
    known = ENGLISH_LEXICON.get(english.lower(), ())
    if english.istitle() and known and all(w.pos != "name" for w in known):
        return _counted_noun(english.lower())  # "Car Bomb" of a title: the lexicon's "car bomb", a common noun
    if first[:1].isupper() and first.lower() in _COMMON_FIRST_WORDS and not rest[:1].isupper():
        return _counted_noun(f"{first.lower()} {rest}")  # "Car bomb": a common noun, capitalised by its sentence
    if first[:1].isupper() and first.lower() in _COMMON_FIRST_WORDS:
        return f"{first.lower()} {rest}"  # "Four Iraqi soldiers"
    # the head before what follows it: "gunmen in Bandiagara, central Mali", "militias affiliated with ..."
    core = re.split(r",| (?:in|of|near|at|from|on|with|by)\b| \w+ed\b", english)[0]
    named = any(w[:1].isupper() or w.lower().startswith(("al-", "el-")) for w in core.split()[1:])
    countable = core.split()[-1].lower() not in MASS_NOUNS and not more_than_one(core) and not named
    if (first[:1].islower() or first in templates.NATIONALITY_ADJECTIVES) and countable:
        return templates.indefinite(english)  # "suicide car bomb targeted market" -> "a ... a market"
    return english


_COMMON_FIRST_WORDS = frozenset(
    (*(n.lower() for n in ENGLISH_NUMBERS.values()), *COMMON_ENGLISH_NOUNS, "several", "dozens", "hundreds", "many")
)


def _sentence_start(english: str) -> str:
    """Capitalised, a count of one to ten in words ("4 drones" -> "Four drones")."""
    first, _, rest = english.partition(" ")
    if first.isdigit() and 1 <= int(first) <= 10:
        first = ENGLISH_NUMBERS[int(first)]
    return f"{first[:1].upper()}{first[1:]} {rest}".strip()


def _victims(casualty: Casualty, article: Article | None = None) -> dict[str, str] | None:
    """Who the filed toll counts when its clause names them ("17 soldiers", "25 Palestinians"), in the
    forms the summary needs; None for people in general. Read on past the span in its sentence: a
    span may end at the number ("عن مقتل 3" of "عن مقتل 3 جنود")."""
    if casualty.count is None or not casualty.evidence:
        return None
    e = casualty.evidence[0]
    clause = e.quote
    if article is not None and article.text[e.start : e.end] == e.quote:
        clause = article.text[e.start : article.sentence_around(Span(e.quote, e.start, e.end)).end]
    found = None if summed(e.quote, casualty.count) else victims(clause, casualty.count)
    if found is None:
        return None
    return {"en_one": found.en, "en_many": found.en_plural, **counted_forms(found.ar, found.ar_plural)}


def _apart(casualties: Casualties, article: Article | None) -> bool:
    """The injured are told outside the killed toll's clause ("... هي 24"، فيما أعلن مصدر في المستشفى
    "استقبال 37 جثة وعشرات الجرحى""): the killed toll's source is not theirs."""
    killed, injured = casualties.killed.evidence, casualties.injured.evidence
    if article is None or not killed or not injured:
        return False
    sentence = article.sentence_around(Span(killed[0].quote, killed[0].start, killed[0].end))
    clause = clause_around(sentence, killed[0].start)
    return not (clause.start <= injured[0].start < clause.end)


_SUBURB_KM = 30  # a town this near a city of another region is its suburb ("Jaramana, Damascus")


def _around_site(where: list[Place]) -> list[int]:
    """The places the prose may set beside the site, as the place it lies in: not a town the gazetteer
    puts in another first-level region and farther than a suburb ("Morogoro (Dar es Salaam, Tanzania)"
    says Morogoro lies in Dar es Salaam); the structured list keeps them all."""
    placed = [i for i, p in enumerate(where) if p.role in (PlaceRole.site, PlaceRole.area)]
    return [i for i, p in enumerate(where) if not placed or i == placed[0] or not _far_apart(where[placed[0]], p)]


def _place_relations(where: list[Place], country: Bilingual | None, article: Article | None) -> dict:
    """How the places the prose sets after the site relate to it, per language: "within" (the site lies
    in it: its country, its first-level region, a town the gazetteer places around a building or a
    quarter it does not know), "joined" (the article names the two as one scene: "في بادية العشارة
    وأطراف مزار عين علي"). Others (a quarter beside its town, or the district around it: no relation
    known) keep their brackets."""
    placed = [p for p in where if p.role not in (PlaceRole.other, PlaceRole.origin, PlaceRole.destination)]
    out: dict[str, list[Bilingual]] = {"within": [country] if country else [], "joined": []}
    if placed:
        site, site_rank = placed[0], _rank(placed[0])
        for p in placed[1:]:
            if (kind := _relation(site, site_rank, p, _rank(p), article)) is not None:
                out[kind].append(p.name)
    return {kind: {"en": [n.en for n in names], "ar": [n.ar for n in names]} for kind, names in out.items()}


def _rank(place: Place) -> int:
    """The place's size class (see _size_rank); a name the gazetteer placed abroad counts as unknown."""
    hit = lookup(_without_conjunction(place.as_written), place.country_code)  # "New Brunswick" in Canada, not NJ
    if hit is None or (place.geonames_id is None and not ((hit.is_country or hit.is_region) and place.country_code)):
        return 0
    return _size_rank(hit)


def _relation(site: Place, site_rank: int, place: Place, rank: int, article: Article | None) -> str | None:
    """ "within", "joined" or None (no relation known) for a place beside the site: as the article writes
    them ("قرية أغدام بمحافظة طوفوز"), else by their size classes."""
    if article is not None and written_within(article.text, site.as_written, place.as_written):
        return "within"
    if rank == 3:
        return "within" if site.country_code in (None, place.country_code) else None
    if rank and site.admin1 and _same_place_name(site.admin1.en, place.name.en):
        return "within"  # "Raqqa" beside a village of Raqqa governorate
    if rank and not site_rank and site.country_code in (None, place.country_code):
        return "within"  # a building, a quarter, a desert no gazetteer knows: in the town or region beside it
    if not rank and article is not None and _joined(article.text, site.as_written, place.as_written):
        return "joined"
    return None


def _same_place_name(a: str, b: str) -> bool:
    """Two spellings of one place name: "Deir-ez-Zor" and "Deir ez-Zor", "Raqqa Governorate" and "Raqqa"."""
    words = [re.sub(r"[^a-z ]", " ", t.lower()).split() for t in (a, b)]
    words = [[w for w in ws if w not in _ADMIN_WORDS] for ws in words]
    return bool(words[0]) and "".join(words[0]) == "".join(words[1])


_ADMIN_WORDS = frozenset(("the", "governorate", "province", "state", "region", "district", "county", "of"))


def _joined(text: str, first: str, second: str) -> bool:
    """Whether the article writes the two places joined by "and" ("بادية العشارة وأطراف مزار عين علي")."""
    second = _without_conjunction(second) if has_arabic(second) else second
    return any(f"{first}{link}{second}" in text for link in (f" {WAW}", " and ", f" {WAW} "))


def _far_apart(site: Place, town: Place) -> bool:
    """Two towns of two first-level regions, farther apart than a suburb from its city."""
    own, other = city_admin1(site.geonames_id), city_admin1(town.geonames_id)
    if own is None or other is None or own == other:
        return False
    return _km(site, town) > _SUBURB_KM


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two placed places."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _town(where: list[Place]) -> dict | None:
    """For a site the gazetteer does not place (a district, a mall), the first other listed place that
    has a country and that the site's name does not already give: the headline names it too ("in
    Al-Nofalin, Tripoli, Libya")."""
    placed = [p for p in where if p.role in (PlaceRole.site, PlaceRole.area)]
    if not placed or placed[0].country is not None:
        return None
    site = placed[0].name
    for place in placed[1:]:
        if place.country and place.name.en.lower() not in site.en.lower() and place.name.ar not in site.ar:
            return place.model_dump(mode="json")
    return None


def _vague(casualty: Casualty) -> dict[str, str] | None:
    """How many a toll without a figure says there were ("إصابة العشرات": dozens), in both languages."""
    if casualty.qualifier != Qualifier.reported_unspecified or not casualty.evidence:
        return None
    found = vague_quantity(casualty.evidence[0].quote)
    return {"en": found[0], "ar": found[1]} if found else None


def _related_by_rule(run: Run, g: Grounded, told: list[RelatedEvent]) -> list[RelatedEvent]:
    """The other events the article tells of after the main incident's sentences ("وفي أغسطس الماضي،
    قُتل 44 شخصا ... بمحافظة الإسكندرية"), each as what happened, its places and when, in both languages
    from the classes, the gazetteer and the lexicon; one without its place or its time is left out (a
    class alone tells a reader nothing, and may be a sidebar's or a general remark's)."""
    year = run.published.year if run.published else None
    out: list[RelatedEvent] = []
    for sentence in main_incident.related_sentences(run.article, year, max(0, MAX_RELATED - len(told))):
        if any(e.start < sentence.end and sentence.start < e.end for r in told for e in r.evidence):
            continue
        rule, keyword = classify([sentence.quote])
        places = _related_places(run, g, sentence)
        when = when_related(sentence.quote)
        if keyword is None or not (places and when):
            continue  # an event without its place or its time is no more than a class to a reader
        label = rule.label_en
        if label == CLASH and fold(keyword) not in CLASH_WORDS:
            label = ATTACK  # "اقتحم مسلح كلية": stormed, not a clash of two armed sides
        happened = EVENT_HAPPENED.get(label, {"en": rule.label_en, "ar": rule.label_ar})
        facts = {"label": happened, "places": places, "when": {"en": when[0], "ar": when[1]}}
        text = {lang: _one_line(templates.render("compose.j2", part="related", lang=lang, **facts)) for lang in LANGS}
        evidence = [Evidence(quote=sentence.quote, start=sentence.start, end=sentence.end)]
        on = when[run.language == "ar"]  # as the article's language says it
        out.append(RelatedEvent(description=Bilingual(**text), when=on, evidence=evidence))
    return out


def _related_places(run: Run, g: Grounded, sentence: Span) -> list[dict[str, str]]:
    """Up to two places of another event, once each: the article's Arabic as written, the gazetteer's
    English (for an English article, the gazetteer's Arabic, when it has one)."""
    out, seen = [], set()
    for phrase, hit in recall.places_in(run.article, sentence, g.country):
        arabic = phrase if run.language == "ar" else hit.name_ar
        if hit.is_country or not arabic or hit.geonames_id in seen:
            continue
        seen.add(hit.geonames_id)
        out.append({"en": hit.name_en if run.language == "ar" else phrase, "ar": arabic})
    return out[:2]


def _nominal(incident: Incident, article: Article | None, other_said: bool = False) -> dict[str, bool]:
    """Per language, whether the description is the phrase a toll-reporting lead names its event by
    ("ارتفع عدد القتلى جراء الزلزالين ...") or a lead on what followed links to ("... على خلفية الحريق
    الذي التهم ..."): a noun phrase, said in the summary as what occurred. The
    other side is its rendering, a noun phrase too, unless it was said as a sentence (``other_said``:
    from the slots or the class, "An earthquake struck")."""
    no = {"ar": False, "en": False}
    if article is None:
        return no
    if _an_object_alone(incident.description.ar):
        return {"ar": True, "en": not other_said and not templates.a_clause(incident.description.en)}
    for own in ("ar", "en"):
        text = getattr(incident.description, own)
        span = article.locate(text)
        if span and (told := toll_update_event(article, span) or linked_event(article, span)):
            if trimmed(told).quote != text or (own == "en" and templates.a_clause(text)):
                return no  # "a stampede killed 121 people": a clause, said as it is
            other = "en" if own == "ar" else "ar"
            said = getattr(incident.description, other)
            sentence = other_said or (starts_with_verb(said) if other == "ar" else False)
            return {own: True, other: not sentence}
    return no


def _an_object_alone(text: str) -> bool:
    """An Arabic event that is a noun phrase alone: a verb's indefinite object cut from its scene
    ("نزاعًا قبلياً دامياً" of "شهدت منطقة ... نزاعًا قبلياً دامياً"), or an event's noun and its adjectives
    ("الهجوم المسلح في قرية الرشاد"), no verb in it: said as what occurred."""
    words = [clean(w) for w in text.split()]
    if not words or starts_with_verb(text):
        return False
    if all(w.endswith(ACCUSATIVE_TANWIN) for w in words[:2]):
        return True
    found = analyse(" ".join(words)) if len(words) <= _EVENT_NOUN_PHRASE else []
    head = found[0] if found else None
    return bool(
        head is not None
        and head.sense is not None
        and head.sense.pos == "noun"
        and head.sense.kind in ("attack", "disaster")
        and not any(
            w.sense is not None and w.sense.pos == "verb" and fold(found[k - 1].source) not in RELATIVES
            for k, w in enumerate(found[1:], start=1)
        )  # "الانفجار الذي وقع في المركز التجاري": a relative's verb describes the noun
        and not mentions(text, (*KILLED_WORDS, *INJURED_WORDS))  # "... ومقتل 5": a toll is said apart
    )


_EVENT_NOUN_PHRASE = 14  # words of an event's noun, its adjectives, a relative and where ("الهجوم المسلح في قرية")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _share(casualty: Casualty) -> dict | None:
    """Who the victims include, in both languages, and whether the English names more than one."""
    if casualty.including is None:
        return None
    who = casualty.including.who
    return {"share": casualty.including.share, "en": who.en, "ar": who.ar, "plural": more_than_one(who.en)}


def _unknown_statement(run: Run, u: Unknown) -> Statement:
    """The article's words and the note in the other language, as one statement."""
    other = u.en if run.other == "en" else u.ar
    text = Bilingual(**{run.language: u.span.quote, run.other: other})
    return Statement(text=text, evidence=[Evidence(quote=u.span.quote, start=u.span.start, end=u.span.end)])


def _overlaps(span: Span, statements: list[Statement]) -> bool:
    return any(e.start < span.end and span.start < e.end for s in statements for e in s.evidence)


def _no_survivors(article: Article) -> bool:
    """The main incident's sentences say no one survived ("There were no survivors.")."""
    return any(has_cue(s.quote, NO_SURVIVORS) for s in main_incident.main_sentences(article))


def _no_one_hurt(article: Article) -> bool:
    """The main incident's sentences say it hurt no one ("ولم يسفر الانفجار عن وقوع إصابات")."""
    return any(says_no_one_hurt(s.quote) for s in main_incident.main_sentences(article))


def _title_killed(casualties: Casualties, article: Article | None) -> int | None:
    """A toll of the killed that only the article's title gives, other than the one filed ('"29 قتيلا"'
    over a body that says 35): a reader should know the article gives both."""
    title = main_incident.title(article) if article else None
    filed = casualties.killed.count
    if title is None or filed is None:
        return None
    in_title = [
        f.count
        for f in casualties.reported
        if f.kind == "killed" and f.count not in (None, filed) and all(e.start < title.end for e in f.evidence)
    ]
    killed = [f for f in casualties.reported if f.kind == "killed"]
    body = {f.count for f in killed if any(e.start >= title.end for e in f.evidence)}
    return next((n for n in in_title if n not in body), None)


def _tolls_risen(casualties: Casualties, article: Article) -> list[int]:
    """The tolls of the killed said to have risen to ("ارتفع عدد الوفيات إلى 12"): later figures than
    one a lead may give."""
    out = []
    for f in casualties.reported:
        e = f.evidence[0]
        if f.kind == "killed" and has_cue(article.sentence_around(Span(e.quote, e.start, e.end)).quote, TOLL_RISEN):
            out.append(f.count)
    return out


def prose(
    incident: Incident,
    sources: list[Source],
    article: Article | None = None,
    noted: dict | None = None,
    published: dt.date | None = None,
    other_said: bool = False,
    country: Bilingual | None = None,
    named: bool = False,
) -> tuple[Bilingual, Bilingual]:
    """Headline and summary in both languages, rendered from verified facts by prompts/compose.j2;
    ``noted``: what the article says is not known, by kind ("unclaimed", "cause"), as notes in both;
    ``published``: said when the article gives no date; ``other_said``: the description's other side
    is a sentence from the slots or the class, not a rendering of the article's words; ``country``: the
    article's, said in the headline after a site the gazetteer does not place; ``named``: the article names
    a perpetrator the summary could not state (no "no perpetrator is named")."""
    facts = {"incident": incident.model_dump(mode="json"), "sources": [s.model_dump(mode="json") for s in sources]}
    facts["incident"]["where"] = [incident.where[i].model_dump(mode="json") for i in _around_site(incident.where)]
    facts["published"] = published.isoformat() if published else None
    facts["country"] = country.model_dump() if country else None
    # the places that are countries ("DRC"): one shown among the site's others is not said again after them
    countries = [p.name for p in incident.where if (hit := lookup(p.as_written)) is not None and hit.is_country]
    facts["country_places"] = {"en": [n.en for n in countries], "ar": [n.ar for n in countries]}
    # the places written as a country's very name ("Democratic Republic of Congo"): no country said after them
    exact = [p.name for p in incident.where if country_hit(p.as_written) is not None]
    facts["country_named"] = {"en": [n.en for n in exact], "ar": [n.ar for n in exact]}
    facts["unknowns"] = noted or {}
    facts["injured_apart"] = _apart(incident.casualties, article)
    around = [incident.where[i] for i in _around_site(incident.where)]
    perp = next((a for a in incident.actors if a.role == ActorRole.perpetrator), None)
    facts["perp_people"] = perp is not None and names_people(perp.name.ar)  # "gunmen", not "unknown drones"
    placed = [p for p in around if p.role not in (PlaceRole.other, PlaceRole.origin, PlaceRole.destination)]
    near = article is not None and bool(placed) and named_only_near(article.text, placed[0].as_written, known=False)
    facts["near_site"] = bool(placed) and (placed[0].geo_precision == 2 or near)
    facts["town"] = _town(incident.where)
    facts["relations"] = _place_relations(around, country, article)
    facts["nominal"] = _nominal(incident, article, other_said)
    # the Arabic of an English article said from the slots or the class ("وقع هجوم"): it names no site yet
    facts["ar_from_slots"] = other_said and article is not None and not has_arabic(article.text[:400])
    facts["occurred_ar"] = occurred(incident.description.ar.rstrip(".")) if facts["nominal"]["ar"] else None
    killed = incident.casualties.killed
    slots = lead(incident.classification, incident.actors, incident.means, incident.where, killed)
    told = f"{incident.description.ar} {incident.description.en}".split()
    exploded = any(fold(clean(w)).lower() in EXPLODED_VERBS for w in told)  # what exploded, no one aimed
    if slots and not slots["by_perpetrator"] and not other_said and exploded:
        # a weapon as the subject ("The explosives targeted the police") says a verb the article may not
        # ("انفجرت كمية من المتفجرات في مركز للشرطة"): the article's own clause, rendered, says it as told
        slots = None
    facts["lead"] = _actor_clause(incident, slots) or slots
    facts["victims"] = {kind: _victims(getattr(incident.casualties, kind), article) for kind in ("killed", "injured")}
    facts["vague"] = {kind: _vague(getattr(incident.casualties, kind)) for kind in ("killed", "injured")}
    facts["shares"] = {kind: _share(getattr(incident.casualties, kind)) for kind in ("killed", "injured")}
    facts["title_killed"] = _title_killed(incident.casualties, article)
    facts["tolls_risen"] = _tolls_risen(incident.casualties, article) if article else []
    facts["no_survivors"] = bool(article) and _no_survivors(article)
    facts["no_one_hurt"] = bool(article) and _no_one_hurt(article)
    facts["attacker_told"] = named or (bool(article) and recall.attacker_told(article))
    launched = incident.classification.acled_sub_event_type in LAUNCHED_CLASSES
    origin = next((p.name for p in incident.where if p.role == PlaceRole.origin), None) if launched else None
    facts["launched_from"] = origin.model_dump() if origin else None  # "أطلقت من منطقة الغوطة الشرقية"
    # what a named actor is said to have done ("The article attributes the abduction to"); no Arabic: the attack
    verb = EVENT_VERBS.get(incident.classification.acled_sub_event_type or "", {})
    facts["act"] = {"en": verb.get("act_en", "attack"), "ar": verb.get("act_ar")}
    out = _rendered(facts)
    while max(len(out[lang]["summary"]) for lang in out) > MAX_TEXT and facts["sources"]:
        facts["sources"] = facts["sources"][:-1]  # the last-named source goes first: the note must fit
        out = _rendered(facts)
    return (
        Bilingual(ar=_fitted(out["ar"]["headline"]), en=_fitted(out["en"]["headline"])),
        Bilingual(ar=_fitted(out["ar"]["summary"]), en=_fitted(out["en"]["summary"])),
    )


MAX_TEXT = Bilingual.model_fields["en"].metadata[-1].max_length  # what one side of a bilingual text holds


def _rendered(facts: dict) -> dict[str, dict[str, str]]:
    """Headline and summary in both languages from prompts/compose.j2."""
    out = {}
    for lang in ("ar", "en"):
        out[lang] = {
            part: templates.one_stop(
                " ".join(
                    templates.render(
                        "compose.j2",
                        part=part,
                        lang=lang,
                        labels_ar=CLASS_LABELS_AR,
                        unrendered=UNRENDERED_SOURCE,
                        case_ar=with_case,
                        numbers_of=counts_in,
                        killed_in=_killed_in,
                        injured_in=_injured_in,
                        one_death_told=_one_death_told,
                        **facts,
                    ).split()
                )
            )
            for part in ("headline", "summary")
        }
    return out


def _killed_in(text: str) -> list[int]:
    """The counts of the killed that ``text`` states as such ("A stampede killed 121 people"), not any
    number it holds ("... to 41 from 49")."""
    return [
        n
        for clause in casualty_clauses(without_share_aside(text))
        if mentions(clause, KILLED_WORDS) and (n := casualty_figure(clause, "killed")[0]) is not None
    ]


def _injured_in(text: str) -> list[int]:
    """The counts of the injured that ``text`` states as such ("killed 5 people and wounded 6"), not a count
    of the dead or of anything else it holds."""
    return [
        n
        for clause in casualty_clauses(without_share_aside(text))
        if mentions(clause, INJURED_WORDS) and (n := casualty_figure(clause, "injured")[0]) is not None
    ]


def _one_death_told(text: str) -> bool:
    """Whether ``text`` tells a death without a figure ("Officer X shot and killed Phillip Pitts",
    "قُتلت الناشطة ..."): a toll of one it has said already."""
    figures = [casualty_figure(c, "killed")[0] for c in casualty_clauses(text) if mentions(c, DEATH_TOLD)]
    return bool(figures) and all(n in (None, 1) for n in figures)


def _fitted(text: str) -> str:
    """A text within MAX_TEXT: cut after its last whole sentence that fits (a note too long to file
    whole loses its last sentences, never fails)."""
    if len(text) <= MAX_TEXT:
        return text
    head = text[:MAX_TEXT]
    cut = max(head.rfind(". "), head.rfind(".") if head.endswith(".") else -1)
    return head[: cut + 1] if cut > MAX_TEXT // 3 else head.rsplit(" ", 1)[0]
