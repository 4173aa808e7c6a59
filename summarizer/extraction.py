"""Stage 1 response model: verbatim spans of the article, checked against it while instructor runs.

The validator gets the article through the stage's validation context and raises on any span it cannot
locate, or on a casualty span that does not speak of casualties, so instructor re-asks with the
reasons. After the last attempt the pipeline keeps what verifies and drops the rest, reported.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from summarizer.grounding import Article, fold
from summarizer.transport import validation_context

ShortPhrase = Field(min_length=2, max_length=60)
# Bounded so grammar-constrained decoding cannot run on; a cut span is still a verbatim prefix.
Statement = Annotated[str, Field(min_length=2, max_length=120)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ExtractedPlace(_Model):
    name: str = ShortPhrase
    role: Literal["site", "area", "origin", "destination", "other"]


class ExtractedSource(_Model):
    name: str = ShortPhrase
    kind: Literal["person", "organisation", "outlet", "official", "unnamed"]
    claim: str | None = Field(max_length=120)


class Extraction(_Model):
    # Every key is required (null or [] allowed): under grammar-constrained decoding the model must
    # then consider each field instead of closing the object after the first one.
    event: str = Field(min_length=2, max_length=120)
    time: str | None = Field(max_length=60)
    places: list[ExtractedPlace] = Field(max_length=4)
    perpetrator: str | None = Field(max_length=100)
    target: str | None = Field(max_length=160)
    weapon: str | None = Field(max_length=80)
    killed: str | None = Field(max_length=120)
    injured: str | None = Field(max_length=120)
    sources: list[ExtractedSource] = Field(max_length=3)
    uncertainties: list[Statement] = Field(max_length=2)
    background: list[Statement] = Field(max_length=2)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Extraction:
        article = validation_context(info).get("article")
        if isinstance(article, Article):
            if problems := extraction_problems(self, article):
                raise ValueError("; ".join(f"{field}: {reason}" for field, _, reason in problems))
        return self


KILLED_WORDS = (
    "قتل",
    "مقتل",
    "قتيل",
    "قتلى",
    "قتلي",
    "ضحايا",
    "ضحيه",
    "مصرع",
    "حتفه",
    "killed",
    "dead",
    "death",
    "deaths",
    "died",
    "fatalities",
    "toll",
)
INJURED_WORDS = (
    "جرح",
    "جريح",
    "جرحى",
    "جرحي",
    "اصيب",
    "اصابه",
    "اصابات",
    "مصاب",
    "مصابين",
    "wounded",
    "injured",
    "injuries",
    "hurt",
    "casualties",
)


def _mentions(span: str, stems: tuple[str, ...]) -> bool:
    text = fold(span)
    return any(fold(stem) in text for stem in stems)


def iter_spans(ex: Extraction) -> list[tuple[str, str]]:
    """(field path, span) for every span the model returned."""
    spans = [("event", ex.event)]
    spans += [(name, getattr(ex, name)) for name in ("time", "perpetrator", "target", "weapon", "killed", "injured")]
    spans += [(f"places[{i}].name", p.name) for i, p in enumerate(ex.places)]
    for i, s in enumerate(ex.sources):
        spans += [(f"sources[{i}].name", s.name), (f"sources[{i}].claim", s.claim)]
    spans += [(f"uncertainties[{i}]", u) for i, u in enumerate(ex.uncertainties)]
    spans += [(f"background[{i}]", b) for i, b in enumerate(ex.background)]
    return [(path, span) for path, span in spans if span]


def extraction_problems(ex: Extraction, article: Article) -> list[tuple[str, str, str]]:
    """(field, value, reason) for each span that fails verification."""
    problems = []
    for path, span in iter_spans(ex):
        if article.locate(span, loose=True) is None:
            problems.append((path, span, "this text is not in the article; copy the words exactly as written"))
    if ex.killed and not _mentions(ex.killed, KILLED_WORDS):
        problems.append(("killed", ex.killed, "this text does not speak of people killed; use null if none"))
    if ex.injured and not _mentions(ex.injured, INJURED_WORDS):
        problems.append(("injured", ex.injured, "this text does not speak of people injured; use null if none"))
    return problems
