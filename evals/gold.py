"""Gold files: reviewable YAML, validated against a schema of their own (``evals/gold.schema.json``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal, get_args

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema

from summarizer.errors import InputError


class GoldError(InputError):
    """A gold file that cannot be read: one line naming the case and the problem."""


FIXTURES = Path(__file__).resolve().parent / "fixtures"


PlaceRole = Literal["site", "area", "origin", "destination", "other"]
SourceKind = Literal["person", "organisation", "outlet", "official", "unnamed"]


def _one_or_many(values: tuple[str, ...]) -> WithJsonSchema:
    """One value or a list of them: "role: area" and "role: [site, area]" both read as lists."""
    one = {"enum": list(values), "type": "string"}
    return WithJsonSchema({"anyOf": [one, {"type": "array", "items": one}]})


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


Roles = Annotated[list[PlaceRole], BeforeValidator(_as_list), _one_or_many(get_args(PlaceRole))]
Kinds = Annotated[list[SourceKind], BeforeValidator(_as_list), _one_or_many(get_args(SourceKind))]
Qualifier = Literal["exact", "at_least", "approximately", "reported_unspecified", "unknown"]


class GoldFact(BaseModel):
    """One fact the summary should state. ``quote`` is the article span that supports it; ``ar`` and
    ``en`` are accepted forms on each side: the article's language as it reads there, the other
    language as accepted renderings (transliteration variants, usual English names)."""

    model_config = ConfigDict(extra="forbid")
    id: str
    field: Literal["event", "when", "where", "perpetrator", "target", "means", "sources"]
    quote: str
    ar: list[str] = Field(min_length=1, description="accepted Arabic forms (substring match after folding)")
    en: list[str] = Field(min_length=1, description="accepted English forms, transliteration variants included")
    role: Roles = Field(default_factory=list, description="where: the role(s) the place may have")
    kind: Kinds = Field(default_factory=list, description="sources: the kind(s) the source may have")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="where: ISO 3166-1 alpha-2")
    admin1: list[str] = Field(default_factory=list, description="where: accepted names of its first-level area")


class GoldCasualty(BaseModel):
    model_config = ConfigDict(extra="forbid")
    count: int | None
    qualifier: Qualifier
    quote: str | None = None


class GoldFigure(BaseModel):
    """A casualty figure the article reports for the main incident, with who gives it and what it covers."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["killed", "injured"]
    count: int | None
    qualifier: Qualifier
    quote: str
    source: str | None = Field(default=None, description="who gives it, as the article says; None: the article")
    scope: str = Field(default="all victims", description="what it counts: all victims, civilians, one blast")


class GoldBackground(BaseModel):
    """An event the article reports that is not the main incident: its numbers and places must stay
    out of the main incident's headline, casualties and places."""

    model_config = ConfigDict(extra="forbid")
    what: str = Field(description="one line, in English")
    quote: str
    places: list[str] = Field(default_factory=list, description="its places, as written in the article")
    numbers: list[int] = Field(default_factory=list, description="its figures (deaths, counts), not dates or years")


class CommonNoun(BaseModel):
    """A phrase of the article that is NOT a name ("مبنى بلدية", "الكمين", "the municipality"): rendered
    as a romanisation it is an error. Forms in the article's language, meanings in the other."""

    model_config = ConfigDict(extra="forbid")
    ar: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)


class Reference(BaseModel):
    """A one-sentence summary per language, ACLED-notes style, for a reader's comparison (not matched)."""

    model_config = ConfigDict(extra="forbid")
    ar: str
    en: str


class Forbidden(BaseModel):
    """A plausible hallucination the article does not support."""

    model_config = ConfigDict(extra="forbid")
    claim: str
    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")
    case: str
    language: Literal["ar", "en"]
    published: date | None = Field(default=None, description="publication date, from SOURCES.md where known")
    acled_event_type: list[str] = Field(min_length=1)
    acled_sub_event_type: list[str] = Field(min_length=1)
    facts: list[GoldFact]
    killed: GoldCasualty = Field(description="the figure an analyst files for the whole incident (lowest credible)")
    injured: GoldCasualty
    figures: list[GoldFigure] = Field(default_factory=list, description="every figure for the main incident")
    means_count: int | None = None
    countries: list[str] = Field(default_factory=list, description="ISO codes of the countries the article is about")
    background: list[GoldBackground] = Field(default_factory=list)
    common_nouns: list[CommonNoun] = Field(default_factory=list)
    reference: Reference | None = None
    unknown: list[Literal["perpetrator", "killed", "injured", "date"]] = Field(default_factory=list)
    forbidden: list[Forbidden] = Field(default_factory=list)
    notes: str | None = None


def case_ids() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if (p / "gold.yaml").is_file())


def load(case: str) -> tuple[Gold, str]:
    folder = FIXTURES / case
    try:
        gold = Gold.model_validate(yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8")))
    except yaml.YAMLError as exc:  # an unsafe tag (!!python/object) included: safe_load refuses it
        raise GoldError(f"{case}/gold.yaml is not plain YAML: {str(exc).splitlines()[0]}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise GoldError(f"{case}/gold.yaml does not fit the gold schema: {where}: {first['msg']}") from None
    return gold, (folder / "article.txt").read_text(encoding="utf-8")


def problems(case: str) -> list[str]:
    """What is wrong with a case's gold beyond its schema: quotes and phrases not in the article,
    unknown ISO codes, a headline figure that is not among the figures."""
    from summarizer.verify.grounding import Article

    try:
        gold, text = load(case)
    except (OSError, ValueError) as exc:
        return [f"{case}: {exc}"]
    article, out = Article(text), []
    quotes = [(f"facts.{f.id}", f.quote) for f in gold.facts]
    quotes += [(f"figures[{i}]", f.quote) for i, f in enumerate(gold.figures)]
    quotes += [(f"{k}.quote", c.quote) for k, c in (("killed", gold.killed), ("injured", gold.injured)) if c.quote]
    quotes += [(f"background[{i}]", b.quote) for i, b in enumerate(gold.background)]
    quotes += [(f"background[{i}].places", p) for i, b in enumerate(gold.background) for p in b.places]
    quotes += [(f"common_nouns[{i}]", getattr(c, gold.language)[0]) for i, c in enumerate(gold.common_nouns)]
    out += [f"{case}: {where}: not in the article: {q!r}" for where, q in quotes if article.locate(q) is None]
    if gold.case != case:
        out.append(f"{case}: case is {gold.case!r}")
    if not any(f.field == "event" for f in gold.facts):
        out.append(f"{case}: no event fact")
    if gold.reference is None:
        out.append(f"{case}: no reference summary")
    for f in gold.facts:
        if f.field == "where" and not (f.role and f.country):
            out.append(f"{case}: facts.{f.id}: a place needs role and country")
        if f.field == "sources" and not f.kind:
            out.append(f"{case}: facts.{f.id}: a source needs kind")
    for kind in ("killed", "injured"):
        head = getattr(gold, kind)
        counts = [f.count for f in gold.figures if f.kind == kind]
        if head.qualifier != "unknown" and head.count not in counts:
            out.append(f"{case}: {kind} figure {head.count} is not among the figures {counts}")
    return out


NOT_ACLED = "Not an ACLED event"


def _expressible(gold: Gold) -> tuple[str, str]:
    """The gold class as the output schema can state it: an event ACLED does not code (a disaster, an
    accident) is "Strategic developments / Other" until the schema has a class of its own for it."""
    if NOT_ACLED in gold.acled_event_type:
        return "Strategic developments", "Other"
    return gold.acled_event_type[0], gold.acled_sub_event_type[0]


def gold_schema() -> dict:
    return Gold.model_json_schema()


def perfect_summary(gold: Gold, article: str) -> dict:
    """The gold rendered as the summary a perfect system would write (for testing the scorers)."""
    from summarizer.verify.grounding import Article
    from summarizer.verify.numbers import numbers_in

    art = Article(article)

    def ev(quote: str) -> list[dict]:
        span = art.locate(quote)
        assert span is not None, f"gold quote not in article: {quote}"
        return [{"quote": span.quote, "start": span.start, "end": span.end}]

    own, other = gold.language, "en" if gold.language == "ar" else "ar"

    def pair(own_text: str, other_text: str) -> dict:
        numbers = [str(n) for n in numbers_in(own_text) if n not in numbers_in(other_text)]
        return {own: own_text, other: f"{other_text} ({', '.join(numbers)})" if numbers else other_text}

    def name(f: GoldFact) -> dict:
        return {"ar": f.ar[0], "en": f.en[0]}

    facts = {
        f: [x for x in gold.facts if x.field == f]
        for f in ("event", "when", "where", "perpetrator", "target", "means", "sources")
    }
    events = facts["event"]
    event = pair(
        "، ".join(f.quote for f in events) if own == "ar" else "; ".join(f.quote for f in events),
        ", ".join(getattr(f, other)[0] for f in events),
    )
    acled_type, acled_sub = _expressible(gold)

    def casualty(c: GoldCasualty) -> dict:
        return {"count": c.count, "qualifier": c.qualifier, "text": None, "evidence": ev(c.quote) if c.quote else []}

    actors = [
        {
            "role": role,
            "name": name(f),
            "evidence": ev(f.quote),
            "identified": not (role == "perpetrator" and "perpetrator" in gold.unknown),
            "acled_actor": None,
        }
        for role in ("perpetrator", "target")
        for f in facts[role]
    ]
    when = facts["when"][0] if facts["when"] else None
    # the note names who attacked, whom and where, on both sides
    told = [*facts["perpetrator"], *facts["target"], *(f for f in facts["where"] if "site" in f.role)]
    summary = {lang: " ".join([text, *(getattr(f, lang)[0] + "." for f in told)]) for lang, text in event.items()}
    return {
        "schema_version": "1.0",
        "source_language": gold.language,
        "headline": event,
        "summary": summary,
        "incident": {
            "description": event,
            "evidence": ev(events[0].quote),
            "classification": {
                "acled_event_type": acled_type,
                "acled_sub_event_type": acled_sub,
                "plover_event": "ASSAULT",
                "plover_mode": None,
                "cameo_code": None,
                "evidence": [],
            },
            "when": {
                "expression": pair(when.quote, getattr(when, other)[0]),
                "evidence": ev(when.quote),
                "weekday": None,
                "part_of_day": None,
                "relative": None,
                "date": None,
                "precision": "unknown",
                "date_basis": None,
            }
            if when
            else None,
            "where": [
                {
                    "role": f.role[0] if f.role else ("site" if i == 0 else "area"),
                    "name": name(f),
                    "as_written": f.quote,
                    "evidence": ev(f.quote),
                    "admin1": None,
                    "country": None,
                    "country_code": None,
                    "latitude": None,
                    "longitude": None,
                    "geonames_id": None,
                    "geo_precision": None,
                }
                for i, f in enumerate(facts["where"])
            ],
            "actors": actors,
            "means": [
                {
                    "name": name(f),
                    "evidence": ev(f.quote),
                    "count": gold.means_count if i == 0 else None,
                }
                for i, f in enumerate(facts["means"])
            ],
            "casualties": {"killed": casualty(gold.killed), "injured": casualty(gold.injured)},
        },
        "sources": [
            {
                "name": name(f),
                "kind": f.kind[0] if f.kind else "organisation",
                "claim": None,
                "evidence": ev(f.quote),
            }
            for f in facts["sources"]
        ],
        "uncertainties": [],
        "related_events": [],
        "verification": {"checked": 0, "verified": 0, "dropped": [], "notes": []},
        "metadata": {
            "model": "gold",
            "backend": "gold",
            "prompt_version": "gold",
            "attempts": 0,
            "tokens_in": 0,
            "tokens_out": 0,
            "latency_s": 0.0,
            "published": None,
            "stages": [],
        },
    }


if __name__ == "__main__":  # python -m summarizer.evals.gold [CASE ...]: check gold files
    import sys

    found = [p for case in (sys.argv[1:] or case_ids()) for p in problems(case)]
    print("\n".join(found) or "gold ok")
    sys.exit(1 if found else 0)
