"""Stage 1, extract (model, ``prompts/extract.<lang>.j2``): verbatim spans of the article, in its
own language, checked against it while instructor runs.

The validator gets the article through the stage's validation context and raises on any span it cannot
locate, or on a casualty span that does not speak of casualties, so instructor re-asks with the
reasons. After the last attempt the ground stage keeps what verifies and drops the rest, reported.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import from_json

from summarizer import templates
from summarizer.errors import ModelOutputError
from summarizer.stages.run import Run
from summarizer.transport import Transport, answers, failure_reason, validation_context
from summarizer.verify.grounding import Article
from summarizer.verify.spans import span_problems

SHORT_PHRASE_MAX = 60
ShortPhrase = Field(min_length=2, max_length=SHORT_PHRASE_MAX)
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


class Facts(_Model):
    """The incident's fields: what every backend is asked for."""

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

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Facts:
        article = validation_context(info).get("article")
        if isinstance(article, Article):
            if problems := span_problems(iter_spans(self), article):
                raise ValueError("; ".join(f"{field}: {reason}" for field, _, reason in problems))
        return self


class Extraction(Facts):
    """The fields and the article's statements (what it says is unknown, what else it reports): asked
    only of a backend that also renders them into the other language, since a statement no rule
    renders is never shown (28% of the embedded model's answer, as measured, for nothing)."""

    uncertainties: list[Statement] = Field(max_length=2)
    background: list[Statement] = Field(max_length=2)


def iter_spans(ex: Facts) -> list[tuple[str, str]]:
    """(field path, span) for every span the model returned."""
    spans = [("event", ex.event)]
    spans += [(name, getattr(ex, name)) for name in ("time", "perpetrator", "target", "weapon", "killed", "injured")]
    spans += [(f"places[{i}].name", p.name) for i, p in enumerate(ex.places)]
    for i, s in enumerate(ex.sources):
        spans += [(f"sources[{i}].name", s.name), (f"sources[{i}].claim", s.claim)]
    spans += [(f"uncertainties[{i}]", u) for i, u in enumerate(getattr(ex, "uncertainties", ()))]
    spans += [(f"background[{i}]", b) for i, b in enumerate(getattr(ex, "background", ()))]
    return [(path, span) for path, span in spans if span]


async def extract(transport: Transport, run: Run) -> Extraction:
    """The model's spans for every field; after failed re-asks, the last answer that parses at all."""
    template = f"extract.{run.language}.j2"
    statements = transport.backend.model_renderings
    model = Extraction if statements else Facts
    article = templates.prompt_article(run.article.text)
    messages = templates.messages(template, article=article, statements=statements)
    result, failure, usage = await transport.structured(
        "extract", template, messages, model, {"article": run.article}, max_tokens=900
    )
    run.record(usage)
    if result is not None:
        return _with_statements(result)
    # Re-asks exhausted: keep the last answer (a cut one as far as it goes); the ground stage drops what
    # does not verify (reported).
    reason = failure_reason(failure)
    for content in reversed(answers(failure)):
        if (result := _parse(content, model)) is not None:
            run.notes.append(
                f"extract: answer still failed after {usage.attempts} attempt(s) ({reason}); failing fields dropped"
            )
            return result
    raise ModelOutputError(f"the model gave no usable extraction after {usage.attempts} attempt(s): {reason}")


def _parse(content: str, model: type[Facts]) -> Extraction | None:
    """The extraction in an answer, also one cut short: its complete fields, the rest empty."""
    try:
        return _with_statements(model.model_validate_json(content))
    except ValueError:
        pass
    try:
        partial = from_json(content, allow_partial=True)
        return _with_statements(model.model_validate(partial)) if isinstance(partial, dict) else None
    except ValueError:
        return None


def _with_statements(facts: Facts) -> Extraction:
    """An extraction, with no statements where the backend was not asked for them."""
    if isinstance(facts, Extraction):
        return facts
    return Extraction.model_construct(**dict(facts), uncertainties=[], background=[])
