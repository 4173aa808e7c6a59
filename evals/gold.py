"""Gold files: reviewable YAML, validated against a schema of their own (``evals/gold.schema.json``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

FIXTURES = Path(__file__).resolve().parent / "fixtures"


class GoldFact(BaseModel):
    """One fact the summary should state. ``quote`` is the article span that supports it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    field: Literal["event", "when", "where", "perpetrator", "target", "means", "sources"]
    quote: str
    ar: list[str] = Field(min_length=1, description="accepted Arabic forms (substring match after folding)")
    en: list[str] = Field(min_length=1, description="accepted English forms, transliteration variants included")


class GoldCasualty(BaseModel):
    model_config = ConfigDict(extra="forbid")
    count: int | None
    qualifier: Literal["exact", "at_least", "approximately", "reported_unspecified", "unknown"]
    quote: str | None = None


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
    acled_event_type: list[str] = Field(min_length=1)
    acled_sub_event_type: list[str] = Field(min_length=1)
    facts: list[GoldFact]
    killed: GoldCasualty
    injured: GoldCasualty
    means_count: int | None = None
    unknown: list[Literal["perpetrator", "killed", "injured", "date"]] = Field(default_factory=list)
    forbidden: list[Forbidden] = Field(default_factory=list)
    notes: str | None = None


def case_ids() -> list[str]:
    return sorted(p.name for p in FIXTURES.iterdir() if (p / "gold.yaml").is_file())


def load(case: str) -> tuple[Gold, str]:
    folder = FIXTURES / case
    gold = Gold.model_validate(yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8")))
    return gold, (folder / "article.txt").read_text(encoding="utf-8")


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

    def pair(ar: str, en: str) -> dict:
        numbers = [str(n) for n in numbers_in(ar)]
        return {"ar": ar, "en": f"{en} ({', '.join(numbers)})" if numbers else en}

    facts = {
        f: [x for x in gold.facts if x.field == f]
        for f in ("event", "when", "where", "perpetrator", "target", "means", "sources")
    }
    event = facts["event"][0]

    def casualty(c: GoldCasualty) -> dict:
        return {"count": c.count, "qualifier": c.qualifier, "text": None, "evidence": ev(c.quote) if c.quote else []}

    actors = [
        {
            "role": role,
            "name": {"ar": f.ar[0], "en": f.en[0]},
            "evidence": ev(f.quote),
            "identified": not (role == "perpetrator" and "perpetrator" in gold.unknown),
            "acled_actor": None,
        }
        for role in ("perpetrator", "target")
        for f in facts[role]
    ]
    when = facts["when"][0] if facts["when"] else None
    return {
        "schema_version": "1.0",
        "source_language": gold.language,
        "headline": pair(event.quote, event.en[0]),
        "summary": pair(event.quote, event.en[0]),
        "incident": {
            "description": pair(event.quote, event.en[0]),
            "evidence": ev(event.quote),
            "classification": {
                "acled_event_type": gold.acled_event_type[0],
                "acled_sub_event_type": gold.acled_sub_event_type[0],
                "plover_event": "ASSAULT",
                "plover_mode": None,
                "cameo_code": None,
                "evidence": [],
            },
            "when": {
                "expression": pair(when.quote, when.en[0]),
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
                    "role": "site" if i == 0 else "area",
                    "name": {"ar": f.ar[0], "en": f.en[0]},
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
                    "name": {"ar": f.ar[0], "en": f.en[0]},
                    "evidence": ev(f.quote),
                    "count": gold.means_count if i == 0 else None,
                }
                for i, f in enumerate(facts["means"])
            ],
            "casualties": {"killed": casualty(gold.killed), "injured": casualty(gold.injured)},
        },
        "sources": [
            {"name": {"ar": f.ar[0], "en": f.en[0]}, "kind": "organisation", "claim": None, "evidence": ev(f.quote)}
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
