"""Analyst exports of incident summaries: ACLED CSV, PLOVER JSONL, GeoJSON, a flat bilingual CSV and
langextract JSONL.

Each ``to_*`` function turns one ``IncidentSummary`` into plain dicts (ready for ``csv``, ``json`` or
``pandas.DataFrame([...])``); ``render`` writes a whole file of one format and ``export_results``
does so from a batch output file. Nothing here adds a fact the summary does not hold: a field the
article cannot support stays empty (None), and where a format insists on a value (ACLED's
fatalities) the stand-in is said in words beside it (ACLED's ``tags``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer import __version__
from summarizer.errors import InputError
from summarizer.lang.lexicon import CIVILIAN_TARGET_WORDS
from summarizer.lang.text import has_any, mentions
from summarizer.schema import (
    AcledEventType,
    Actor,
    ActorRole,
    Casualty,
    Evidence,
    IncidentSummary,
    Place,
    PlaceRole,
    Qualifier,
)

# The names the command line accepts after ``--to`` (and ``summarize --format``), in help order.
FORMATS = ("acled-csv", "plover-jsonl", "geojson", "csv", "langextract-jsonl")

# ACLED codebook columns, in the order of ACLED's own exports (the event id column left out: these
# rows are not ACLED's events; the summary id is in ``tags``).
ACLED_COLUMNS = (
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

FLAT_COLUMNS = (
    "id",
    "status",
    "source_language",
    "headline_en",
    "headline_ar",
    "summary_en",
    "summary_ar",
    "event_type",
    "sub_event_type",
    "event_en",
    "event_ar",
    "date",
    "date_precision",
    "when_en",
    "when_ar",
    "places_en",
    "places_ar",
    "country",
    "latitude",
    "longitude",
    "perpetrator_en",
    "perpetrator_ar",
    "target_en",
    "target_ar",
    "means_en",
    "means_ar",
    "killed",
    "killed_qualifier",
    "injured",
    "injured_qualifier",
    "sources_en",
    "sources_ar",
    "uncertainties_en",
    "uncertainties_ar",
    "dropped",
    "model",
)

# ACLED codebook: the disorder type of each event type. Excessive force against protesters is both
# political violence and a demonstration; mob violence is political violence though a riot.
_DISORDER = {
    AcledEventType.battles: "Political violence",
    AcledEventType.explosions: "Political violence",
    AcledEventType.violence_civilians: "Political violence",
    AcledEventType.protests: "Demonstrations",
    AcledEventType.riots: "Demonstrations",
    AcledEventType.strategic: "Strategic developments",
}
_DISORDER_OF_SUB = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
# ACLED actor type codes (inter1/inter2): unidentified armed groups are coded as political militias.
_POLITICAL_MILITIA, _CIVILIANS = 3, 7
# Event types whose civilian targeting depends on who was hit; violence against civilians always is.
_MAYBE_CIVILIAN = (AcledEventType.explosions, AcledEventType.riots)

PLOVER_CODEBOOK = "plover-2.0"  # openeventdata/PLOVER, PLOVER_MANUAL.tex "DRAFT Version: 2.0"
# Mode names of the classification rules that the PLOVER manual spells otherwise (its ASSAULT modes).
_PLOVER_MODES = {"CBRN": "unconventional", "abduction": "abduct"}


@dataclass(frozen=True)
class ExportItem:
    """One summary to export: its id (the batch id), and the article text when known (langextract)."""

    id: str
    summary: IncidentSummary
    text: str | None = None


def summary_id(summary: IncidentSummary) -> str:
    """A stable id for a summary given without one: a digest of what it states (metadata excluded)."""
    payload = summary.model_dump_json(exclude={"metadata"})
    return "summary-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


# --- shared look-ups -------------------------------------------------------------------------------


def _actors(summary: IncidentSummary, role: ActorRole) -> list[Actor]:
    return [a for a in summary.incident.actors if a.role == role]


def _located(place: Place) -> bool:
    return place.latitude is not None and place.longitude is not None


def event_place(summary: IncidentSummary) -> tuple[Place | None, bool]:
    """The place an event row is coded at, and whether it stands in for a site the gazetteer could not
    locate: the first site, else the first area, preferring one with coordinates."""
    where = summary.incident.where
    candidates = [p for p in where if p.role == PlaceRole.site] + [p for p in where if p.role == PlaceRole.area]
    if not candidates:
        return None, False
    chosen = next((p for p in candidates if _located(p)), candidates[0])
    sites = [p for p in candidates if p.role == PlaceRole.site]
    return chosen, bool(sites) and chosen.role != PlaceRole.site


def _country_code(summary: IncidentSummary, place: Place | None) -> str | None:
    if place is not None and place.country_code:
        return place.country_code
    return next((p.country_code for p in summary.incident.where if p.country_code), None)


def _country_name(summary: IncidentSummary, code: str | None) -> str | None:
    """The English country name the summary gives for ``code`` (the gazetteer's usual name), else ISO's."""
    if code is None:
        return None
    named = next((p.country.en for p in summary.incident.where if p.country_code == code and p.country), None)
    if named:
        return named
    country = _iso_country(code)
    return getattr(country, "common_name", None) or getattr(country, "name", None)


def _iso_country(code: str) -> Any:
    import pycountry  # loads its tables on first use: only when a country is exported

    return pycountry.countries.get(alpha_2=code)


def _date(summary: IncidentSummary) -> str | None:
    when = summary.incident.when
    return when.date.isoformat() if when and when.date and when.precision in _TIME_PRECISION else None


def names_civilians(actor: Actor) -> bool:
    """Whether a target names civilians and no armed actor (``lang/data/civilian_targets.yaml``)."""
    words = CIVILIAN_TARGET_WORDS
    armed = has_any(actor.name.en, words["armed"]["en"]) or mentions(actor.name.ar, words["armed"]["ar"])
    civilian = has_any(actor.name.en, words["civilian"]["en"]) or mentions(actor.name.ar, words["civilian"]["ar"])
    return civilian and not armed


def civilian_targeting(summary: IncidentSummary) -> bool:
    """ACLED's rule: every Violence against civilians event; an Explosions/Remote violence or Riots event
    when its target names civilians; never a battle, a protest or a strategic development."""
    event_type = summary.incident.classification.acled_event_type
    if event_type == AcledEventType.violence_civilians:
        return True
    return event_type in _MAYBE_CIVILIAN and any(names_civilians(t) for t in _actors(summary, ActorRole.target))


def _actor_name(actor: Actor) -> str:
    return actor.acled_actor or actor.name.en


def _joined(values: Iterable[str | None]) -> str | None:
    return "; ".join(v for v in values if v) or None


# --- ACLED -----------------------------------------------------------------------------------------


def to_acled(summary: IncidentSummary, id: str | None = None) -> dict[str, Any]:
    """One ACLED row (``ACLED_COLUMNS`` order); None where the article supports no value."""
    inc = summary.incident
    c = inc.classification
    coded = c.acled_event_type != AcledEventType.not_acled
    place, stand_in = event_place(summary)
    code = _country_code(summary, place)
    country = _country_name(summary, code)
    iso = _iso_country(code) if code else None
    civilians = coded and civilian_targeting(summary)
    date = _date(summary)
    row: dict[str, Any] = dict.fromkeys(ACLED_COLUMNS)
    row |= {
        "event_date": date,
        "year": int(date[:4]) if date else None,
        "time_precision": _TIME_PRECISION[inc.when.precision] if date and inc.when else None,
        "disorder_type": _DISORDER_OF_SUB.get(c.acled_sub_event_type.value, _DISORDER.get(c.acled_event_type)),
        "event_type": c.acled_event_type.value if coded else None,
        "sub_event_type": c.acled_sub_event_type.value if coded else None,
        "civilian_targeting": "Civilian targeting" if civilians else None,
        "iso": int(iso.numeric) if iso is not None else None,
        "country": country,
        "source": _joined(s.name.en for s in summary.sources),
        "notes": summary.summary.en,
    }
    row |= _acled_actors(summary, coded, civilians, country)
    row |= _acled_place(place, stand_in)
    row["fatalities"], fatality_tags = _fatalities(inc.casualties.killed)
    row["tags"] = _joined([*_acled_tags(summary, coded, date, stand_in), *fatality_tags, f"id={id}" if id else None])
    return row


def _acled_actors(summary: IncidentSummary, coded: bool, civilians: bool, country: str | None) -> dict[str, Any]:
    """actor1 the perpetrator (an unknown one is ACLED's unidentified armed group), actor2 the target (or
    "Civilians (Country)" when civilians are targeted); actor type codes only where ACLED's are certain."""
    perpetrators = _actors(summary, ActorRole.perpetrator)
    targets = _actors(summary, ActorRole.target)
    unidentified = bool(perpetrators) and not perpetrators[0].identified
    inter1 = _POLITICAL_MILITIA if coded and unidentified else None
    inter2 = _CIVILIANS if civilians else None
    if civilians and country:
        actor2, assoc2 = f"Civilians ({country})", None
    else:
        actor2 = targets[0].name.en if targets else None
        assoc2 = _joined(t.name.en for t in targets[1:])
    if inter1 and inter2:
        interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
    elif inter1 and not targets:
        interaction = inter1 * 10  # ACLED's sole-actor interaction code, e.g. 30
    else:
        interaction = None
    return {
        "actor1": _actor_name(perpetrators[0]) if perpetrators else None,
        "assoc_actor_1": _joined(_actor_name(a) for a in perpetrators[1:]),
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction,
    }


def _acled_place(place: Place | None, stand_in: bool) -> dict[str, Any]:
    if place is None:
        return {}
    precision = place.geo_precision
    if stand_in:  # the event happened somewhere in or near this area: ACLED's "near" (2) at best
        precision = max(precision or 3, 2)
    return {
        "admin1": place.admin1.en if place.admin1 else None,
        "location": place.name.en,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": precision,
    }


def _fatalities(killed: Casualty) -> tuple[int, list[str]]:
    """ACLED's fatalities: the lowest reported figure; 0 where none is given (ACLED's convention), said so
    in the tags so that a 0 is never read as "nobody died"."""
    if killed.count is None:
        if killed.qualifier == Qualifier.reported_unspecified:
            return 0, ["fatalities unknown (deaths reported without a number)"]
        return 0, ["fatalities unknown"]
    if killed.qualifier == Qualifier.approximately:
        return killed.count, ["fatalities approximate"]
    return killed.count, []


def _acled_tags(summary: IncidentSummary, coded: bool, date: str | None, stand_in: bool) -> list[str]:
    c = summary.incident.classification
    tags = []
    if not coded:
        label = c.label.en if c.label else None
        tags.append(f"not an ACLED event: {label}" if label else "not an ACLED event")
    if date is None:
        tags.append("date unknown")
    if stand_in:
        tags.append("site not located: area coordinates")
    return tags


# --- PLOVER ----------------------------------------------------------------------------------------


def to_plover(summary: IncidentSummary, id: str | None = None) -> dict[str, Any]:
    """One PLOVER event record (``schemas/plover_event.schema.json``), field names of the PLOVER manual's
    data-field tables (``date`` is the event date), plus bilingual names where the manual has none."""
    inc = summary.incident
    c = inc.classification
    coded = c.plover_event != "OTHER"  # OTHER is this tool's "no PLOVER category" (disasters, accidents)
    place, _ = event_place(summary)
    record_id = id or summary_id(summary)
    spans = [_span(path, e) for cls, path, evidence, _ in _facts(summary) if cls != "related_event" for e in evidence]
    return {
        "id": record_id,
        "date": _date(summary),
        "date_precision": inc.when.precision if inc.when else "unknown",
        "event": [c.plover_event] if coded else [],
        "has_event": coded,
        "mode": [_PLOVER_MODES.get(c.plover_mode, c.plover_mode)] if coded and c.plover_mode else [],
        "context": _plover_context(summary),
        "actor": [_entity(a) for a in _actors(summary, ActorRole.perpetrator)],
        "recipient": [_entity(a) for a in _actors(summary, ActorRole.target)],
        "event_loc": _location(summary, place) if place else None,
        "event_size": {
            "dead": inc.casualties.killed.count,
            "injured": inc.casualties.injured.count,
            "dead_qualifier": inc.casualties.killed.qualifier.value,
            "injured_qualifier": inc.casualties.injured.qualifier.value,
        },
        "event_text": [e.quote for e in inc.evidence],
        "cameo_code": c.cameo_code,
        "text_info": {
            "language": summary.source_language,
            "start": inc.evidence[0].start,
            "end": inc.evidence[0].end,
            "evidence": spans,
        },
        "cite_info": {
            "language": summary.source_language,
            "codebook": PLOVER_CODEBOOK,
            "coder": f"incident-summarizer {__version__} ({summary.metadata.model})",
            "citation": record_id,
        },
        "comment": summary.headline.en,
    }


def _plover_context(summary: IncidentSummary) -> list[str]:
    """PLOVER contexts the classification supports: disasters (the manual puts accidents there too) for an
    event ACLED does not code, cbrn for a chemical weapon."""
    c = summary.incident.classification
    contexts = []
    if c.acled_event_type == AcledEventType.not_acled:
        contexts.append("disasters")
    if c.plover_mode == "CBRN" or c.acled_sub_event_type.value == "Chemical weapon":
        contexts.append("cbrn")
    return contexts


def _entity(actor: Actor) -> dict[str, Any]:
    """A PLOVER entity object: ``entity_text`` as written; country and sector codes are left out (the
    summary does not code actors)."""
    return {
        "entity_text": actor.evidence[0].quote,
        "identifier_text": actor.acled_actor,
        "name_en": actor.name.en,
        "name_ar": actor.name.ar,
        "identified": actor.identified,
        "role": actor.role.value,
    }


def _location(summary: IncidentSummary, place: Place) -> dict[str, Any]:
    """A PLOVER location object (the manual's Mordecai/GeoNames fields)."""
    code = place.country_code
    iso = _iso_country(code) if code else None
    return {
        "extracted_place": place.as_written,
        "resolved_place": place.name.en,
        "resolved_place_ar": place.name.ar,
        "geonameid": place.geonames_id,
        "lat": place.latitude,
        "lon": place.longitude,
        "province": place.admin1.en if place.admin1 else None,
        "country": _country_name(summary, code),
        "country_code": iso.alpha_3 if iso is not None else None,
        "role": place.role.value,
        "geo_precision": place.geo_precision,
    }


def _span(path: str, evidence: Evidence) -> dict[str, Any]:
    return {"field": path, "text": evidence.quote, "start": evidence.start, "end": evidence.end}


# --- evidence spans, for PLOVER's text_info and langextract ------------------------------------------


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.value if hasattr(value, "value") else str(value)


def _attributes(**values: Any) -> dict[str, str]:
    """langextract attributes are strings: numbers written out, empty values left out."""
    return {k: text for k, v in values.items() if (text := _text(v)) is not None}


def _facts(summary: IncidentSummary) -> Iterator[tuple[str, str, list[Evidence], dict[str, str]]]:
    """(class, field path, evidence, attributes) of every stated fact, in the summary's order."""
    inc, c = summary.incident, summary.incident.classification
    yield (
        "event",
        "incident",
        inc.evidence,
        _attributes(
            en=inc.description.en,
            ar=inc.description.ar,
            acled_event_type=c.acled_event_type,
            acled_sub_event_type=c.acled_sub_event_type,
            plover_event=c.plover_event,
            plover_mode=c.plover_mode,
        ),
    )
    if c.evidence:
        yield "event_type", "incident.classification", c.evidence, _attributes(en=c.label.en if c.label else None)
    if inc.when:
        w = inc.when
        yield "time", "incident.when", w.evidence, _attributes(en=w.expression.en, date=w.date, precision=w.precision)
    for i, p in enumerate(inc.where):
        attrs = _attributes(
            en=p.name.en, ar=p.name.ar, role=p.role, country=p.country_code, lat=p.latitude, lon=p.longitude
        )
        yield "place", f"incident.where[{i}]", p.evidence, attrs
    for i, a in enumerate(inc.actors):
        attrs = _attributes(en=a.name.en, ar=a.name.ar, identified=a.identified, acled_actor=a.acled_actor)
        yield a.role.value, f"incident.actors[{i}]", a.evidence, attrs
    for i, m in enumerate(inc.means):
        yield "means", f"incident.means[{i}]", m.evidence, _attributes(en=m.name.en, ar=m.name.ar, count=m.count)
    for kind in ("killed", "injured"):
        cas: Casualty = getattr(inc.casualties, kind)
        if not cas.evidence:  # nothing reported: no span to show
            continue
        attrs = _attributes(count=cas.count, qualifier=cas.qualifier, en=cas.text.en if cas.text else None)
        yield kind, f"incident.casualties.{kind}", cas.evidence, attrs
    for i, s in enumerate(summary.sources):
        attrs = _attributes(en=s.name.en, ar=s.name.ar, kind=s.kind, claim_en=s.claim.en if s.claim else None)
        yield "source", f"sources[{i}]", s.evidence, attrs
    for i, u in enumerate(summary.uncertainties):
        yield "uncertainty", f"uncertainties[{i}]", u.evidence, _attributes(en=u.text.en, ar=u.text.ar)
    for i, a in enumerate(summary.aftermath):
        yield "aftermath", f"aftermath[{i}]", a.evidence, _attributes(en=a.text.en, ar=a.text.ar)
    for i, r in enumerate(summary.related_events):
        attrs = _attributes(en=r.description.en, ar=r.description.ar)
        yield "related_event", f"related_events[{i}]", r.evidence, attrs


# --- langextract -----------------------------------------------------------------------------------


def to_langextract(summary: IncidentSummary, id: str | None = None, text: str | None = None) -> dict[str, Any]:
    """One annotated document as google/langextract's ``save_annotated_documents`` writes it (its
    ``load_annotated_documents_jsonl`` reads it back). ``text`` is the article; without it the document
    carries offsets only (``text`` null). A text that does not hold the evidence is refused."""
    if text is not None:
        _check_text(summary, text, id)
    extractions = []
    for group, (cls, path, evidence, attrs) in enumerate(_facts(summary)):
        for e in evidence:
            extractions.append(
                {
                    "extraction_class": cls,
                    "extraction_text": e.quote,
                    "char_interval": {"start_pos": e.start, "end_pos": e.end},
                    "alignment_status": "match_exact",  # offsets were verified against the article
                    "extraction_index": len(extractions) + 1,
                    "group_index": group,
                    "description": path,
                    "attributes": attrs,
                }
            )
    return {"document_id": id or summary_id(summary), "text": text, "extractions": extractions}


def _check_text(summary: IncidentSummary, text: str, id: str | None) -> None:
    for _, path, evidence, _ in _facts(summary):
        for e in evidence:
            if text[e.start : e.end] != e.quote:
                raise InputError(
                    f"the article given for {id or 'the summary'} is not the one summarised: {path} quotes "
                    f"{e.quote[:40]!r} at {e.start}..{e.end}"
                )


# --- GeoJSON ---------------------------------------------------------------------------------------


def to_geojson_features(summary: IncidentSummary, id: str | None = None) -> list[dict[str, Any]]:
    """One GeoJSON Point feature per place with coordinates (RFC 7946: [longitude, latitude])."""
    record_id = id or summary_id(summary)
    c = summary.incident.classification
    killed = summary.incident.casualties.killed
    features = []
    for i, p in enumerate(summary.incident.where):
        if not _located(p):
            continue
        properties = {
            "id": record_id,
            "role": p.role.value,
            "name_en": p.name.en,
            "name_ar": p.name.ar,
            "as_written": p.as_written,
            "country": p.country.en if p.country else None,
            "geonames_id": p.geonames_id,
            "geo_precision": p.geo_precision,
            "event_type": c.acled_event_type.value,
            "sub_event_type": c.acled_sub_event_type.value,
            "event_date": _date(summary),
            "fatalities": killed.count,  # null when the article gives no figure, never 0
            "fatalities_qualifier": killed.qualifier.value,
            "headline_en": summary.headline.en,
            "headline_ar": summary.headline.ar,
        }
        geometry = {"type": "Point", "coordinates": [p.longitude, p.latitude]}
        features.append(
            {"type": "Feature", "id": f"{record_id}/where/{i}", "geometry": geometry, "properties": properties}
        )
    return features


def to_geojson(items: Iterable[ExportItem]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [f for i in items for f in to_geojson_features(i.summary, i.id)]}


# --- flat CSV --------------------------------------------------------------------------------------


def to_flat(summary: IncidentSummary, id: str | None = None, status: str = "ok") -> dict[str, Any]:
    """One row of the main fields in both languages (``FLAT_COLUMNS``); lists joined with "; "."""
    inc = summary.incident
    c = inc.classification
    place, _ = event_place(summary)
    perpetrators = _actors(summary, ActorRole.perpetrator)
    targets = _actors(summary, ActorRole.target)

    def both(prefix: str, texts: list[Any]) -> dict[str, str | None]:
        return {f"{prefix}_{lang}": _joined(getattr(t, lang) for t in texts) for lang in ("en", "ar")}

    return {
        "id": id or summary_id(summary),
        "status": status,
        "source_language": summary.source_language,
        **both("headline", [summary.headline]),
        **both("summary", [summary.summary]),
        "event_type": c.acled_event_type.value,
        "sub_event_type": c.acled_sub_event_type.value,
        **both("event", [c.label] if c.label else []),
        "date": _date(summary),
        "date_precision": inc.when.precision if inc.when else None,
        **both("when", [inc.when.expression] if inc.when else []),
        **both("places", [p.name for p in inc.where]),
        "country": _country_name(summary, _country_code(summary, place)),
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        **both("perpetrator", [a.name for a in perpetrators]),
        **both("target", [a.name for a in targets]),
        **both("means", [m.name for m in inc.means]),
        "killed": inc.casualties.killed.count,
        "killed_qualifier": inc.casualties.killed.qualifier.value,
        "injured": inc.casualties.injured.count,
        "injured_qualifier": inc.casualties.injured.qualifier.value,
        **both("sources", [s.name for s in summary.sources]),
        **both("uncertainties", [u.text for u in summary.uncertainties]),
        "dropped": len(summary.verification.dropped),
        "model": summary.metadata.model,
    }


# --- files -----------------------------------------------------------------------------------------


def render(fmt: str, items: Iterable[ExportItem]) -> str:
    """A whole export file of ``fmt`` (one of ``FORMATS``). CSV starts with a UTF-8 byte-order mark so
    that Excel reads the Arabic columns as UTF-8; JSON keeps Arabic unescaped."""
    items = list(items)
    if fmt == "acled-csv":
        return _csv(ACLED_COLUMNS, (to_acled(i.summary, i.id) for i in items))
    if fmt == "csv":
        return _csv(FLAT_COLUMNS, (to_flat(i.summary, i.id) for i in items))
    if fmt == "plover-jsonl":
        return _jsonl(to_plover(i.summary, i.id) for i in items)
    if fmt == "langextract-jsonl":
        return _jsonl(to_langextract(i.summary, i.id, i.text) for i in items)
    if fmt == "geojson":
        return json.dumps(to_geojson(items), ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def _csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)  # None is written as an empty field
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()


def _jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


@dataclass
class Results:
    """The summaries of a batch output file, and how many of its lines failed (nothing to export)."""

    items: list[ExportItem] = field(default_factory=list)
    failed: int = 0


def read_results(path: str | Path) -> Results:
    """Read ``summarizer batch`` output: one JSON object per line, ``{"id", "status", "reason", "summary"}``.
    Failed lines are counted; anything else that is not such a line makes the file bad (InputError)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: {'is a directory' if path.is_dir() else 'no such file'}")
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text (a batch results JSONL is needed)") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    results = Results()
    # "\n" only: a summary may hold U+2028, which str.splitlines would split on.
    for n, line in enumerate(raw.split("\n"), start=1):
        if line.strip():
            item = _result_line(path, n, line)
            if item is None:
                results.failed += 1
            else:
                results.items.append(item)
    return results


def _result_line(path: Path, n: int, line: str) -> ExportItem | None:
    try:
        row = json.loads(line)
    except ValueError:
        raise InputError(f"{path} line {n} is not JSON (a summarizer batch results file is needed)") from None
    if not isinstance(row, dict) or "id" not in row or "status" not in row:
        raise InputError(f"{path} line {n} is not a batch result (id, status, reason, summary)")
    if row["status"] != "ok" or not row.get("summary"):
        return None
    try:
        summary = IncidentSummary.model_validate(row["summary"])
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(
            f"{path} line {n}: the summary of {row['id']!r} is invalid at {where}: {first['msg']}"
        ) from None
    return ExportItem(str(row["id"]), summary)


def article_texts(inputs: Iterable[str]) -> dict[str, str]:
    """Each article's text under the id ``summarizer batch`` gave it, read from the same inputs (files,
    folders, JSONL), so that langextract documents carry their text."""
    from summarizer.batch import entries, read_inputs  # the model clients load only for this option

    for raw in inputs:
        if not Path(raw).exists():
            raise InputError(f"no such input: {raw}")
    items = list(read_inputs(inputs))
    return {e.id: e.item.text for e in entries(items, "") if e.item.error is None}


@dataclass
class Exported:
    text: str
    items: int
    failed: int
    without_text: int = 0  # langextract documents whose article was not given


def export_results(results_path: str | Path, fmt: str, inputs: Iterable[str] = ()) -> Exported:
    """A batch output file rendered as ``fmt``; ``inputs`` (the batch's inputs) give langextract its texts."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    results = read_results(results_path)
    items = results.items
    without_text = 0
    if fmt == "langextract-jsonl":
        texts = article_texts(inputs) if inputs else {}
        items = [ExportItem(i.id, i.summary, texts.get(i.id)) for i in items]
        without_text = sum(1 for i in items if i.text is None)
    return Exported(render(fmt, items), len(items), results.failed, without_text)
