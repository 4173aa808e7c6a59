"""The summarisation pipeline, as named stages:

1. ``extract``   (model, prompts/extract.<lang>.j2): verbatim spans of the article, in its language.
2. ``ground``    (code): locate every span, drop what cannot be located, parse numbers and time,
                 classify, resolve places with the gazetteer.
3. ``translate`` (model, prompts/translate.<other>.j2): one rendering per verified span, checked
                 for added numbers and entities; names fall back to romanisation, others are dropped.
4. ``compose``   (code, prompts/compose.j2): headline and summary in both languages from verified facts.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import date

from summarizer import prompts, recall
from summarizer.classify import classify
from summarizer.extraction import (
    INJURED_WORDS,
    KILLED_WORDS,
    ExtractedPlace,
    ExtractedSource,
    Extraction,
    extraction_problems,
    iter_spans,
)
from summarizer.gazetteer import country_names, is_admin_phrase, lookup, lookup_variant
from summarizer.glossary import ACTORS, GLOSSARY, WEAPONS, gloss, terms_in
from summarizer.grounding import Article, Span, bare, fold
from summarizer.numbers import number_near, numbers_in
from summarizer.romanize import romanize
from summarizer.schema import (
    Actor,
    ActorRole,
    Bilingual,
    Casualties,
    Casualty,
    Classification,
    Dropped,
    Evidence,
    Incident,
    IncidentSummary,
    Means,
    Metadata,
    Place,
    PlaceRole,
    Qualifier,
    RelatedEvent,
    Source,
    SourceKind,
    StageUsage,
    Statement,
    Verification,
    When,
)
from summarizer.textinput import MAX_CHARS, check_article
from summarizer.timeexpr import WEEKDAY_NAMES
from summarizer.timeexpr import parse as parse_time
from summarizer.timeexpr import resolve as resolve_time
from summarizer.translation import rendering_model, rendering_problems
from summarizer.transport import Backend, Transport

UNKNOWN_WORDS = (
    "مجهول",
    "مجهوله",
    "مجهولة",
    "غير معروف",
    "غير معروفه",
    "لم يعرف",
    "لم تعرف",
    "لم تعلن",
    "unknown",
    "unidentified",
    "not known",
    "unclear",
    "not yet known",
)
AT_LEAST_WORDS = ("على الاقل", "اكثر من", "ما لا يقل", "at least", "more than", "over")
ABOUT_WORDS = ("نحو", "حوالي", "قرابه", "زهاء", "about", "around", "nearly", "approximately", "some")
UNCERTAIN_WORDS = ("لم يعرف", "ما اذا", "لم يتضح", "غير واضح", "لم تتضح", "not known", "unclear", "whether")

STATEMENT_FIELDS = ("uncertainties", "related_events")  # statements: never replaced by a glossary gloss


def _is_name(path: str) -> bool:
    """Renderings of names fall back to romanisation: "sources[2].name", "incident.where[0].name"."""
    return path.endswith(".name")


class ModelOutputError(RuntimeError):
    """The model's output could not be used at all (no parseable extraction after re-asks)."""


@dataclass
class Run:
    """State of one summarisation: the article, what was verified, and what was dropped."""

    article: Article
    language: str
    published: date | None
    dropped: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checked: int = 0
    usages: list[StageUsage] = field(default_factory=list)

    @property
    def other(self) -> str:
        return "en" if self.language == "ar" else "ar"

    def evidence(self, span: str | None, near: int = 0) -> list[Evidence]:
        if not span:
            return []
        found = self.article.locate(span, near)
        return [Evidence(quote=found.quote, start=found.start, end=found.end)] if found else []

    def drop(self, path: str, value: str, reason: str) -> None:
        self.dropped.append(Dropped(field=path, value=value[:300], reason=reason))


def prompt_article(text: str) -> str:
    """The article as shown to the model: same length, ASCII quotes and angle brackets swapped for
    look-alikes so copied spans cannot close a JSON string or the <article> block early."""
    return text.translate(str.maketrans({'"': "”", "<": "‹", ">": "›"}))


async def _extract(transport: Transport, run: Run) -> Extraction:
    template = f"extract.{run.language}.j2"
    messages = prompts.messages(template, article=prompt_article(run.article.text))
    result, failure, usage = await transport.structured(
        "extract", template, messages, Extraction, {"article": run.article}, max_tokens=900
    )
    run.usages.append(usage)
    if result is not None:
        return result
    # Re-asks exhausted: keep the last answer's verifiable parts and drop the rest (reported).
    last = _last_content(failure)
    try:
        result = Extraction.model_validate_json(last or "")
    except ValueError as exc:
        raise ModelOutputError(
            f"the model gave no usable extraction after {usage.attempts} attempt(s): {failure}"
        ) from exc
    run.notes.append(
        f"extract: answer still failed verification after {usage.attempts} attempt(s); failing fields dropped"
    )
    return result


def _last_content(failure) -> str | None:
    completion = getattr(failure, "last_completion", None)
    try:
        return completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return None


def _drop_unverified(ex: Extraction, run: Run) -> Extraction:
    run.checked += len(iter_spans(ex))
    problems = extraction_problems(ex, run.article)
    bad = {path for path, _, _ in problems}
    for path, value, reason in problems:
        run.drop(path, value, reason)
    data = _verbatim(ex.model_dump(), run.article)
    for name in ("time", "perpetrator", "target", "weapon", "killed", "injured"):
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
        data["event"] = _lede(run, ex)
        run.notes.append("event: the model's span was not in the article; the article's lead sentence is used")
    elif _title_only(run.article, data["event"]):
        # A title sums up (often a consequence: "school collapses"); the body's lead states the event.
        data["event"] = _lede(run, ex)
        run.notes.append("event: the model quoted the title; the body's lead sentence is used")
    return Extraction.model_validate(data)


def _verbatim(node, article: Article):
    """Replace each locatable span by the article's own text (exact characters, no cut words)."""
    if isinstance(node, dict):
        return {k: (v if k in ("role", "kind") else _verbatim(v, article)) for k, v in node.items()}
    if isinstance(node, list):
        return [_verbatim(v, article) for v in node]
    if isinstance(node, str) and (span := article.locate(node, loose=True)):
        return span.quote
    return node


def _supplement(ex: Extraction, run: Run) -> Extraction:
    """Add what the article's lead states and the model missed, found by rules (noted in verification)."""
    article = run.article
    update: dict = {}
    sentences = recall.lead(article, article.locate(ex.event), 3)
    if ex.weapon and (span := article.locate(ex.weapon)) and not numbers_in(ex.weapon):
        if wider := recall.count_before(article, span):
            update["weapon"] = wider.quote
    if ex.perpetrator and classify([ex.perpetrator])[1] and not _has_any(ex.perpetrator, UNKNOWN_WORDS):
        run.drop("perpetrator", ex.perpetrator, "names a weapon, not an actor")
        ex = ex.model_copy(update={"perpetrator": None})
    if not ex.weapon and sentences and (phrase := recall.weapon_phrase(article, sentences)):
        update["weapon"] = phrase
    weak_target = not (ex.target and terms_in(ex.target)) or _title_only(article, ex.target)
    if sentences and weak_target and (phrase := recall.target_phrase(sentences)):
        update["target"] = phrase
    if not ex.time and (phrase := recall.time_phrase(article, recall.lead(article, article.locate(ex.event), 4))):
        update["time"] = phrase
    elif not ex.time:  # said later, in a sentence about the same weapon ("the missile fell at dawn")
        if phrase := recall.time_phrase(article, _same_weapon(article, update.get("weapon", ex.weapon))):
            update["time"] = phrase
    if not ex.perpetrator and (phrase := recall.claimed_by(article) or recall.unknown_actor(article)):
        update["perpetrator"] = phrase
    sources: list[ExtractedSource] = []
    for s in ex.sources:
        if s.claim and not _said_by(article, s.name, s.claim):
            run.drop("sources.claim", s.claim, f"the article does not attribute it to {s.name}")
            s = s.model_copy(update={"claim": None})
        same = next((i for i, k in enumerate(sources) if _same_source(k.name, s.name)), None)
        if same is not None:  # one source named twice ("أمجد الساري", "الساري"): one entry, the first claim
            sources[same] = sources[same].model_copy(update={"claim": sources[same].claim or s.claim})
        elif recall.attributed(article, s.name):
            sources.append(s)
        else:
            run.drop("sources", s.name, "the article does not quote or cite it as a source")
    if len(sources) != len(ex.sources):
        update["sources"] = sources
    named = [_bare_name(s.name) for s in sources]
    for phrase, kind in recall.sources_in(article):
        if len(sources) < 4 and all(_bare_name(phrase) not in n and n not in _bare_name(phrase) for n in named):
            sources.append(ExtractedSource(name=phrase, kind=kind, claim=None))
            named.append(_bare_name(phrase))
            update["sources"] = sources
    for kind in ("killed", "injured"):
        if not getattr(ex, kind) and sentences and (clause := recall.casualty_clause(article, sentences, kind)):
            update[kind] = clause
    places = list(ex.places)
    known = {fold(p.name) for p in places} | {h.geonames_id for p in places if (h := lookup(p.name))}
    country = next((h.country_code for p in places if (h := lookup(p.name))), None)
    for phrase, hit in recall.places_in(article, sentences[0], country) if sentences else []:
        if fold(phrase) not in known and hit.geonames_id not in known and len(places) < 6:
            places.append(ExtractedPlace(name=phrase, role="area" if places else "site"))
            known |= {fold(phrase), hit.geonames_id}
            update["places"] = places
    for phrase in recall.named_places(article, sentences):
        if fold(phrase) not in known and all(fold(phrase) not in k for k in known if isinstance(k, str)):
            if len(places) < 6:
                places.append(ExtractedPlace(name=phrase, role="area" if places else "site"))
                known.add(fold(phrase))
                update["places"] = places
    for name, value in update.items():
        shown = value if isinstance(value, str) else ", ".join(x.name for x in value)
        run.notes.append(f"{name}: added from the article's lead by rules: {shown}")
    return ex.model_copy(update=update) if update else ex


def _said_by(article: Article, name: str, claim: str) -> bool:
    """The claim's sentence, or the one before it ("... said al-Sari. He added ..."), has a word of the
    source's name ("الساري" for "أمجد الساري")."""
    found = article.locate(claim)
    if found is None:
        return False
    sentence = article.sentence_around(found)
    before = article.sentence_around(Span("", max(0, sentence.start - 2), max(0, sentence.start - 1)))
    words = {w for w in _bare_name(name).split() if len(w) >= 3}
    return any(words & set(_bare_name(s.quote).split()) for s in (sentence, before))


def _same_source(a: str, b: str) -> bool:
    words_a, words_b = set(_bare_name(a).split()), set(_bare_name(b).split())
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _bare_name(name: str) -> str:
    """A name without articles and clitics: "المصادر الطبية" and "مصادر طبية" are one source."""
    return " ".join(bare(w) for w in fold(name).split())


def _same_weapon(article: Article, weapon: str | None) -> list[Span]:
    """Body sentences that name the verified weapon's glossary term."""
    stems = [t for t in terms_in(weapon or "") if t in WEAPONS]
    body = recall.lead(article, None, 200)
    return [s for s in body if any(recall.find_term(s, t) for t in stems)]


def _title_only(article: Article, span: str) -> bool:
    """The span is found in the title and nowhere in the body (the body's own words are preferred)."""
    body = article.body_start()
    found = article.locate(span, near=body)
    return found is not None and found.start < body


def _lede(run: Run, ex: Extraction) -> str:
    """The first sentence that mentions the verified weapon (or the body's first sentence), clipped."""
    text = run.article.text
    first = run.article.body_start()
    anchor = run.article.locate(ex.weapon, near=first) if ex.weapon else None
    if anchor and anchor.start < first:
        anchor = None  # the weapon is named only in the title
    sentence = run.article.sentence_around(anchor or Span(text[first], first, first + 1))
    if len(sentence.quote) <= 120:
        return sentence.quote
    head = sentence.quote[:120]
    cut = max(head.rfind("،"), head.rfind(","))  # end at a clause, else at a word
    return head[:cut] if cut > 40 else head.rsplit(" ", 1)[0]


@dataclass
class Renderer:
    """Collects spans that need the other language, renders them in one call, verifies each."""

    spans: list[tuple[str, str]] = field(default_factory=list)  # (field path, source text)
    out: dict[int, str] = field(default_factory=dict)

    def want(self, path: str, text: str) -> int:
        self.spans.append((path, text))
        return len(self.spans) - 1

    async def run(self, transport: Transport, run: Run) -> None:
        if not self.spans:
            return
        template = f"translate.{run.other}.j2"
        sources = [text for _, text in self.spans]
        model = rendering_model(run.other, len(sources))
        messages = prompts.messages(template, items=[prompt_article(s) for s in sources])
        context = {"sources": sources, "target": run.other}
        result, failure, usage = await transport.structured(
            "translate", template, messages, model, context, max_tokens=60 + 60 * len(sources)
        )
        run.usages.append(usage)
        attempts = [result.items] if result is not None else self._lenient(model, failure)
        for i, (path, src) in enumerate(self.spans):
            # Per span, the first attempt whose rendering passes; else the last attempt's, to report.
            tried = [a[i].strip() for a in attempts if i < len(a) and a[i] and a[i].strip()]
            passing = [r for r in tried if not rendering_problems(src, r, run.other)]
            rendering = passing[0] if passing else (tried[-1] if tried else "")
            problems = rendering_problems(src, rendering, run.other) if rendering else ["no rendering returned"]
            if not problems:
                self.out[i] = rendering
            elif run.other == "en" and _is_name(path) and (actor := _actor_name(src)):
                self.out[i] = actor
                run.notes.append(f"{path}: model rendering {rendering!r} rejected ({'; '.join(problems)}); {actor!r}")
            elif run.other == "en" and _is_name(path):
                self.out[i] = romanize(src)
                run.notes.append(f"{path}: model rendering {rendering!r} rejected ({'; '.join(problems)}); romanised")
            elif run.other == "en" and not path.startswith(STATEMENT_FIELDS) and (literal := gloss(src)):
                # A gloss names things; it cannot carry a statement ("not known whether..."): those drop.
                self.out[i] = literal
                run.notes.append(
                    f"{path}: model rendering {rendering!r} rejected ({'; '.join(problems)}); "
                    f"glossary rendering {literal!r} used"
                )
            else:
                run.drop(f"{path}.{run.other}", rendering or src, "; ".join(problems))

    @staticmethod
    def _lenient(model, failure) -> list[list[str]]:
        """The items of every failed attempt that parses at all (without the faithfulness checks)."""
        out = []
        for attempt in getattr(failure, "failed_attempts", None) or []:
            try:
                content = attempt.completion.choices[0].message.content
                out.append(model.model_validate_json(content or "").items)
            except (AttributeError, IndexError, TypeError, ValueError):
                continue
        return out

    def get(self, index: int | None) -> str | None:
        return None if index is None else self.out.get(index)


def _actor_name(arabic: str) -> str | None:
    """The usual English name of an armed group or outlet the span names ("حركة الشباب" -> "al-Shabaab")."""
    actors = [GLOSSARY[t][0] for t in terms_in(arabic) if t in ACTORS]
    return actors[0] if actors else None


def _bilingual(run: Run, source: str, other: str | None) -> Bilingual | None:
    if other is None:
        return None
    pair = {run.language: source, run.other: other}
    try:
        return Bilingual(**pair)
    except ValueError as exc:
        run.drop("bilingual", source, str(exc).splitlines()[-1])
        return None


def _has_any(text: str | None, words: tuple[str, ...]) -> bool:
    folded = f" {fold(text or '')} "
    return any(f" {fold(w)} " in folded or (len(fold(w)) > 4 and fold(w) in folded) for w in words)


def _casualty(run: Run, span: str | None, kind: str, renderer: Renderer, idx: int | None) -> Casualty:
    if not span:
        return Casualty(count=None, qualifier=Qualifier.unknown)
    evidence = run.evidence(span)
    text = _bilingual(run, span, renderer.get(idx))
    if _has_any(span, UNCERTAIN_WORDS):
        return Casualty(count=None, qualifier=Qualifier.unknown, text=text, evidence=evidence)
    stems = KILLED_WORDS if kind == "killed" else INJURED_WORDS
    count = number_near(span, stems)  # years (>= 1900) are not counts
    if count is None:
        return Casualty(count=None, qualifier=Qualifier.reported_unspecified, text=text, evidence=evidence)
    if _has_any(span, AT_LEAST_WORDS):
        qualifier = Qualifier.at_least
    elif _has_any(span, ABOUT_WORDS):
        qualifier = Qualifier.approximately
    else:
        qualifier = Qualifier.exact
    return Casualty(count=count, qualifier=qualifier, text=text, evidence=evidence)


def _places(run: Run, ex: Extraction, renderer: Renderer) -> tuple[list[tuple], str | None]:
    """(place name, hit, rendering index, role) per verified place, and the dominant country."""
    rows = []
    for i, place in enumerate(ex.places):
        hit = lookup(place.name)
        # Proper names are romanised (Arabic source) rather than translated; only an English
        # source needs the model for Arabic forms the gazetteer lacks.
        idx = renderer.want(f"incident.where[{i}].name", place.name) if hit is None and run.other == "ar" else None
        rows.append((place, hit, idx))
    countries = [hit.country_code for _, hit, _ in rows if hit]
    country = max(set(countries), key=countries.count) if countries else None
    if country:  # a spelling variant of a town in the article's country ("هيرات" for "هرات")
        rows = [(p, hit or lookup_variant(p.name, country), idx) for p, hit, idx in rows]
    return rows, country


def _build_places(run: Run, rows: list[tuple], country: str | None, renderer: Renderer) -> list[Place]:
    admin = {hit.admin1code: (p, hit) for p, hit, _ in rows if hit and is_admin_phrase(p.name)}
    names = country_names(country) if country else None
    out = []
    for place, hit, idx in rows:
        if hit and hit.country_code != country:
            hit = None  # a namesake abroad: keep the name as written, no coordinates
        core = place.name
        if run.other == "en":
            other = hit.name_en if hit else romanize(core)
        else:
            other = (hit.name_ar if hit else None) or renderer.get(idx)
        name = _bilingual(run, core, other)
        if name is None:
            continue
        admin1 = None
        if hit and hit.admin1code in admin:
            a_place, a_hit = admin[hit.admin1code]
            admin1 = _bilingual(run, a_place.name, a_hit.name_en if run.other == "en" else a_hit.name_ar)
        out.append(
            Place(
                role=PlaceRole(place.role),
                name=name,
                as_written=place.name,
                admin1=admin1,
                country=Bilingual(en=names[0], ar=names[1]) if names and hit else None,
                country_code=hit.country_code if hit else None,
                latitude=hit.latitude if hit else None,
                longitude=hit.longitude if hit else None,
                geonames_id=hit.geonames_id if hit else None,
                geo_precision=(3 if is_admin_phrase(place.name) or hit.is_country else 1) if hit else None,
                evidence=run.evidence(place.name),
            )
        )
    return out


def _when(run: Run, time: str | None, parts, other: str | None, published: date | None) -> When | None:
    """The time expression in both languages, resolved to a date only when the article supports it."""
    if not (time and parts) or (expression := _bilingual(run, time, other)) is None:
        return None
    day, precision, basis = resolve_time(parts, published)
    return When(
        expression=expression,
        weekday=WEEKDAY_NAMES[parts.weekday] if parts.weekday is not None else None,
        part_of_day=parts.part_of_day,
        relative=parts.relative if parts.relative in ("today", "yesterday", "tonight") else None,
        date=day,
        precision=precision,
        date_basis=basis,
        evidence=run.evidence(time),
    )


def _actors(run: Run, ex: Extraction, renderer: Renderer, idx: dict, country_en: str | None) -> list[Actor]:
    actors = []
    if ex.perpetrator and (name := _bilingual(run, ex.perpetrator, renderer.get(idx["perpetrator"]))):
        identified = not _has_any(ex.perpetrator, UNKNOWN_WORDS)
        actors.append(
            Actor(
                role=ActorRole.perpetrator,
                name=name,
                identified=identified,
                acled_actor=None if identified else f"Unidentified Armed Group ({country_en or 'unknown country'})",
                evidence=run.evidence(ex.perpetrator),
            )
        )
    if ex.target and (name := _bilingual(run, ex.target, renderer.get(idx["target"]))):
        actors.append(
            Actor(
                role=ActorRole.target,
                name=name,
                identified=not _has_any(ex.target, UNKNOWN_WORDS),
                evidence=run.evidence(ex.target),
            )
        )
    return actors


def _sources(run: Run, ex: Extraction, renderer: Renderer, source_idx: list[tuple]) -> list[Source]:
    """Person names are romanised, not translated (their index is None); the rest were rendered."""
    sources = []
    for s, (name_i, claim_i) in zip(ex.sources, source_idx, strict=True):
        name = _bilingual(run, s.name, romanize(s.name) if name_i is None else renderer.get(name_i))
        if name is None:
            continue
        claim = _bilingual(run, s.claim, renderer.get(claim_i)) if s.claim else None
        evidence = run.evidence(s.name) + (run.evidence(s.claim) if claim else [])
        sources.append(Source(name=name, kind=SourceKind(s.kind), claim=claim, evidence=evidence))
    return sources


async def run_pipeline(
    text: str, published: date | None, transport: Transport, max_chars: int = MAX_CHARS
) -> IncidentSummary:
    started = time.perf_counter()
    language = check_article(text, max_chars)
    run = Run(Article(text), language, published)

    ex = _supplement(_drop_unverified(await _extract(transport, run), run), run)

    # Ground: everything below is deterministic and built from verified spans only.
    renderer = Renderer()
    idx = {
        name: renderer.want(f"incident.{name}", getattr(ex, name)) if getattr(ex, name) else None
        for name in ("event", "perpetrator", "target", "weapon", "killed", "injured")
    }
    time_parts = parse_time(ex.time) if ex.time else None
    time_en = time_parts.english() if time_parts and run.other == "en" else None
    idx["time"] = renderer.want("incident.when.expression", ex.time) if ex.time and not time_en else None
    place_rows, country = _places(run, ex, renderer)
    source_idx = [
        (
            None if s.kind == "person" and run.other == "en" else renderer.want(f"sources[{i}].name", s.name),
            renderer.want(f"sources[{i}].claim", s.claim) if s.claim else None,
        )
        for i, s in enumerate(ex.sources)
    ]
    unc_idx = [renderer.want(f"uncertainties[{i}]", u) for i, u in enumerate(ex.uncertainties)]
    bg_idx = [renderer.want(f"related_events[{i}]", b) for i, b in enumerate(ex.background)]

    await renderer.run(transport, run)

    rule, keyword = classify([ex.event, ex.weapon or ""])
    event = _bilingual(run, ex.event, renderer.get(idx["event"]))
    if event is None:
        # The event must be stated; without a verified rendering, English names only its verified class.
        event = _bilingual(run, ex.event, _class_label(rule.sub_event_type, run.other))
        run.notes.append("incident.description: rendering rejected; the other side states the event class only")
    if event is None:
        raise ModelOutputError("the event description could not be rendered in both languages: " + ex.event[:200])
    near = run.evidence(ex.event)[0].start if run.evidence(ex.event) else 0
    classification = Classification(
        acled_event_type=rule.event_type,
        acled_sub_event_type=rule.sub_event_type,
        plover_event=rule.plover_event,
        plover_mode=rule.plover_mode,
        cameo_code=rule.cameo,
        evidence=run.evidence(keyword, near) if keyword else [],
    )

    when = _when(run, ex.time, time_parts, time_en or renderer.get(idx["time"]), published)

    where = _build_places(run, place_rows, country, renderer)
    country_en = next((p.country.en for p in where if p.country), None)

    actors = _actors(run, ex, renderer, idx, country_en)

    means = []
    if ex.weapon and (name := _bilingual(run, ex.weapon, renderer.get(idx["weapon"]))):
        counts = [n for n in numbers_in(ex.weapon) if n < 1900]
        means.append(Means(name=name, count=counts[0] if counts else None, evidence=run.evidence(ex.weapon)))

    casualties = Casualties(
        killed=_casualty(run, ex.killed, "killed", renderer, idx["killed"]),
        injured=_casualty(run, ex.injured, "injured", renderer, idx["injured"]),
    )

    sources = _sources(run, ex, renderer, source_idx)

    uncertainties = [
        Statement(text=t, evidence=run.evidence(u))
        for u, i in zip(ex.uncertainties, unc_idx, strict=True)
        if (t := _bilingual(run, u, renderer.get(i)))
    ]
    related = [
        RelatedEvent(description=t, evidence=run.evidence(b))
        for b, i in zip(ex.background, bg_idx, strict=True)
        if (t := _bilingual(run, b, renderer.get(i)))
    ]

    incident = Incident(
        description=event,
        classification=classification,
        when=when,
        where=where,
        actors=actors,
        means=means,
        casualties=casualties,
        evidence=run.evidence(ex.event),
    )
    headline, summary = compose(incident, sources)
    stated = (
        1
        + len(where)
        + len(actors)
        + len(means)
        + len(sources)
        + len(uncertainties)
        + len(related)
        + (when is not None)
    )
    stated += sum(c.qualifier != Qualifier.unknown for c in (casualties.killed, casualties.injured))
    backend: Backend = transport.backend
    return IncidentSummary(
        source_language=language,
        headline=headline,
        summary=summary,
        incident=incident,
        sources=sources,
        uncertainties=uncertainties,
        related_events=related,
        verification=Verification(checked=run.checked, verified=stated, dropped=run.dropped, notes=run.notes),
        metadata=Metadata(
            model=backend.model,
            backend=backend.name,
            prompt_version=prompts.prompt_version(),
            attempts=sum(u.attempts for u in run.usages),
            tokens_in=sum(u.tokens_in for u in run.usages),
            tokens_out=sum(u.tokens_out for u in run.usages),
            latency_s=round(time.perf_counter() - started, 3),
            published=published,
            stages=run.usages,
        ),
    )


def _class_label(sub_event_type: str, lang: str) -> str:
    return prompts.render("compose.j2", part="class", lang=lang, label=sub_event_type)


def compose(incident: Incident, sources: list[Source]) -> tuple[Bilingual, Bilingual]:
    """Headline and summary in both languages, rendered from verified facts by prompts/compose.j2."""
    facts = {"incident": incident.model_dump(mode="json"), "sources": [s.model_dump(mode="json") for s in sources]}
    out = {}
    for lang in ("ar", "en"):
        out[lang] = {
            part: " ".join(prompts.render("compose.j2", part=part, lang=lang, **facts).split())
            for part in ("headline", "summary")
        }
    return (
        Bilingual(ar=out["ar"]["headline"], en=out["en"]["headline"]),
        Bilingual(ar=out["ar"]["summary"], en=out["en"]["summary"]),
    )


def run_sync(coro):
    """Run a coroutine from sync code, also when the caller already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
