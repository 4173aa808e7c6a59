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
