"""The output contract: pydantic models of a bilingual incident summary.

Every stated fact carries ``evidence``: spans of the article with exact character offsets. A text
that exists in both languages is one ``Bilingual`` object keyed by ISO 639-1 code.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from summarizer.schema.scripts import script_problem

SCHEMA_VERSION = "1.0"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Bilingual(Strict):
    """One text in Arabic and English; each side must be written in its own script."""

    ar: str = Field(min_length=1, max_length=600, description="Arabic, in Arabic script")
    en: str = Field(min_length=1, max_length=600, description="English, in Latin script")

    @model_validator(mode="after")
    def _scripts(self) -> Bilingual:
        for lang in ("ar", "en"):
            if problem := script_problem(getattr(self, lang), lang):
                raise ValueError(f"{lang} text {getattr(self, lang)!r}: {problem}")
        return self


class Evidence(Strict):
    """A span of the article: ``article[start:end] == quote``."""

    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @model_validator(mode="after")
    def _span(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("end - start must equal len(quote)")
        return self


class Fact(Strict):
    evidence: list[Evidence] = Field(min_length=1, max_length=4)


class AcledEventType(str, Enum):
    battles = "Battles"
    explosions = "Explosions/Remote violence"
    violence_civilians = "Violence against civilians"
    protests = "Protests"
    riots = "Riots"
    strategic = "Strategic developments"
    not_acled = "Not an ACLED event"  # disasters and accidents: ACLED does not code them


class AcledSubEventType(str, Enum):
    armed_clash = "Armed clash"
    gov_regains = "Government regains territory"
    nsa_overtakes = "Non-state actor overtakes territory"
    chemical = "Chemical weapon"
    air_drone = "Air/drone strike"
    suicide_bomb = "Suicide bomb"
    shelling = "Shelling/artillery/missile attack"
    remote_explosive = "Remote explosive/landmine/IED"
    grenade = "Grenade"
    sexual_violence = "Sexual violence"
    attack = "Attack"
    abduction = "Abduction/forced disappearance"
    peaceful_protest = "Peaceful protest"
    protest_with_intervention = "Protest with intervention"
    excessive_force = "Excessive force against protesters"
    violent_demonstration = "Violent demonstration"
    mob_violence = "Mob violence"
    agreement = "Agreement"
    arrests = "Arrests"
    change_to_group = "Change to group/activity"
    disrupted_weapons_use = "Disrupted weapons use"
    base_established = "Headquarters or base established"
    looting = "Looting/property destruction"
    non_violent_transfer = "Non-violent transfer of territory"
    other = "Other"
    not_acled = "Not an ACLED event"


class Classification(Strict):
    """ACLED event type and PLOVER event/mode, with the words of the article that decided them."""

    acled_event_type: AcledEventType
    acled_sub_event_type: AcledSubEventType
    plover_event: Literal["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "ACCUSE", "OTHER"]
    plover_mode: str | None = Field(default=None, description="PLOVER mode, e.g. drone, aerial, missile")
    cameo_code: str | None = Field(default=None, description="CAMEO code, e.g. 1952")
    label: Bilingual | None = Field(
        default=None,
        description="what happened, in words: the ACLED sub-event type, or the kind of an event ACLED does not "
        "code (earthquake, flood, rail accident)",
    )
    evidence: list[Evidence] = Field(default_factory=list, max_length=4)


class Weekday(str, Enum):
    monday = "Monday"
    tuesday = "Tuesday"
    wednesday = "Wednesday"
    thursday = "Thursday"
    friday = "Friday"
    saturday = "Saturday"
    sunday = "Sunday"


class PartOfDay(str, Enum):
    dawn = "dawn"
    morning = "morning"
    noon = "noon"
    afternoon = "afternoon"
    evening = "evening"
    night = "night"


class When(Fact):
    expression: Bilingual = Field(description="the time expression as written, and its English rendering")
    weekday: Weekday | None = None
    part_of_day: PartOfDay | None = None
    relative: Literal["today", "yesterday", "tonight", "last_night"] | None = None
    date: dt.date | None = Field(default=None, description="ISO date, only when the article or --published supports it")
    precision: Literal["day", "week", "month", "unknown"] = "unknown"
    date_basis: str | None = Field(default=None, description="how the date was resolved")
    on_or_before: bool = Field(
        default=False, description="the day is when a source reported it; the event was on or before that day"
    )
    began: bool = Field(
        default=False,
        description="the day is when it began: the event's sentence says it lasted days, the day is another's",
    )


class PlaceRole(str, Enum):
    site = "site"
    area = "area"
    origin = "origin"
    destination = "destination"
    other = "other"


class Place(Fact):
    role: PlaceRole
    name: Bilingual
    as_written: str
    admin1: Bilingual | None = Field(default=None, description="governorate / province")
    country: Bilingual | None = None
    country_code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    geo_precision: Literal[1, 2, 3] | None = Field(default=None, description="ACLED: 1 town, 2 near town, 3 region")


class ActorRole(str, Enum):
    perpetrator = "perpetrator"
    target = "target"
    other = "other"


class Actor(Fact):
    role: ActorRole
    name: Bilingual
    identified: bool = Field(description="false when the article says the actor is unknown")
    acled_actor: str | None = Field(default=None, description='e.g. "Unidentified Armed Group (Syria)"')
    suspected: bool = Field(
        default=False,
        description='true when the article only suspects, accuses or guesses this actor ("likely", "accused")',
    )
    described: Bilingual | None = Field(
        default=None,
        description='what a sentence of the incident says the actor was ("Mehsud was the deputy commander ...")',
    )


class Means(Fact):
    name: Bilingual
    count: int | None = Field(default=None, ge=0)


class Qualifier(str, Enum):
    exact = "exact"
    at_least = "at_least"
    approximately = "approximately"
    reported_unspecified = "reported_unspecified"
    unknown = "unknown"


class VictimShare(Fact):
    """Who a toll's victims include ("some": women and children) or mostly were ("most"), as the words
    right after its figure say ("بينهم نساء وأطفال", "including 10 US citizens")."""

    share: Literal["some", "most"]
    who: Bilingual


class Casualty(Strict):
    count: int | None = Field(default=None, ge=0, description="never a number the article does not give")
    qualifier: Qualifier
    text: Bilingual | None = None
    evidence: list[Evidence] = Field(default_factory=list, max_length=4)
    including: VictimShare | None = Field(default=None, description="who the victims include, as the article says")

    @model_validator(mode="after")
    def _consistent(self) -> Casualty:
        if self.count is not None and self.qualifier in (Qualifier.unknown, Qualifier.reported_unspecified):
            raise ValueError(f"qualifier {self.qualifier.value} cannot carry a count")
        if self.qualifier != Qualifier.unknown and not self.evidence:
            raise ValueError("a reported casualty figure needs evidence")
        return self


class ReportedFigure(Strict):
    """One casualty figure the article gives for the main incident, with who gives it: conflicting
    figures stand side by side; the analyst's figure is ``Casualties.killed`` / ``injured``."""

    kind: Literal["killed", "injured"]
    count: int = Field(ge=0)
    qualifier: Qualifier
    source: Bilingual | None = Field(default=None, description="who gives it, when its sentence names a source")
    evidence: list[Evidence] = Field(min_length=1, max_length=1)


class Casualties(Strict):
    killed: Casualty = Field(description="the figure an analyst files: the lead's figure for the whole incident")
    injured: Casualty
    reported: list[ReportedFigure] = Field(default_factory=list, max_length=8, description="every figure given")
    missing: Casualty | None = Field(
        default=None, description="people the incident's sentences say are missing: never counted as killed"
    )


class Incident(Fact):
    description: Bilingual
    classification: Classification
    when: When | None = None
    where: list[Place] = Field(default_factory=list, max_length=8)
    actors: list[Actor] = Field(default_factory=list, max_length=8)
    means: list[Means] = Field(default_factory=list, max_length=6)
    casualties: Casualties


class SourceKind(str, Enum):
    person = "person"
    organisation = "organisation"
    outlet = "outlet"
    official = "official"
    unnamed = "unnamed"


class Source(Fact):
    name: Bilingual
    kind: SourceKind
    claim: Bilingual | None = None


class Statement(Fact):
    text: Bilingual


class RelatedEvent(Fact):
    """A background or related event the article mentions; never part of the main incident."""

    description: Bilingual
    when: str | None = None


class Dropped(Strict):
    field: str
    value: str
    reason: str


class Verification(Strict):
    """What run-time verification checked, and every fact it refused to state."""

    checked: int = Field(default=0, description="facts considered: verified + len(dropped)")
    verified: int = Field(default=0, description="facts stated in the summary")
    dropped: list[Dropped] = Field(default_factory=list, description="facts not stated, each with its reason")
    notes: list[str] = Field(default_factory=list)


class StageUsage(Strict):
    stage: str
    template: str
    attempts: int
    cached: int = Field(default=0, description="responses served from the eval response cache")
    tokens_in: int
    tokens_out: int
    tokens_in_cached: int = Field(default=0, description="prompt tokens served from the server's prefix cache")
    latency_s: float


class Metadata(Strict):
    model: str
    backend: str
    prompt_version: str
    attempts: int
    tokens_in: int
    tokens_out: int
    latency_s: float
    published: dt.date | None = None
    published_source: Literal["argument", "page_metadata"] | None = Field(
        default=None,
        description="where `published` came from: argument (--published, the API's or a batch line's "
        "`published`), or page_metadata (the web page's article:published_time, JSON-LD datePublished...)",
    )
    stages: list[StageUsage] = Field(default_factory=list)


class IncidentSummary(Strict):
    """A bilingual structured summary of the main incident an article reports."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    source_language: Literal["ar", "en"]
    headline: Bilingual
    summary: Bilingual
    incident: Incident
    sources: list[Source] = Field(default_factory=list, max_length=8)
    uncertainties: list[Statement] = Field(default_factory=list, max_length=8)
    aftermath: list[Statement] = Field(
        default_factory=list, max_length=3, description="What followed the incident in its sentences: damage, arrests."
    )
    related_events: list[RelatedEvent] = Field(default_factory=list, max_length=6)
    verification: Verification
    metadata: Metadata


def json_schema() -> dict:
    """The JSON Schema of ``IncidentSummary``; ``schemas/incident_summary.schema.json`` mirrors it."""
    return IncidentSummary.model_json_schema()
