"""Stage 2 response model: one rendering per verified span, in the other language's script.

The JSON Schema pattern constrains decoding to the target script (llama.cpp turns it into a
grammar); the validator rejects renderings that add numbers or name entities the span does not.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, Field, ValidationInfo, create_model, model_validator

from summarizer.entities import unlicensed_entities, unlicensed_names
from summarizer.glossary import ACTORS, GLOSSARY, WEAPONS, missing_terms, terms_in
from summarizer.numbers import unsupported_numbers
from summarizer.scripts import script_problem
from summarizer.timeexpr import WEEKDAY_NAMES, weekdays_in
from summarizer.transport import validation_context

# Arabic letters, digits and punctuation; Latin letters, digits and punctuation.
PATTERNS = {
    "en": r"^[A-Za-z0-9 ,.'()/&%:;\-]+$",
    "ar": r"^[\u0600-\u06FF0-9 ,.()/%:;\-]+$",
}


def rendering_problems(source: str, rendering: str, target: str) -> list[str]:
    """Why ``rendering`` (in ``target`` language) is not a faithful rendering of ``source``."""
    return list(_rendering_problems(source, rendering, target))


@lru_cache(maxsize=4096)  # the validator and the pipeline both ask, once per span and attempt
def _rendering_problems(source: str, rendering: str, target: str) -> tuple[str, ...]:
    problems = []
    if problem := script_problem(rendering, target):
        problems.append(problem)
    if extra := unsupported_numbers(rendering, source):
        problems.append(f"adds numbers not in the phrase: {extra}")
    english, arabic = (rendering, source) if target == "en" else (source, rendering)
    if target == "en" and (names := unlicensed_entities(english, arabic)):
        problems.append(f"names {', '.join(names)}, which the phrase does not mention")
    if target == "en" and (names := unlicensed_names(english, arabic)):
        problems.append(f"has names that are not in the phrase: {', '.join(names)}")
    terms = terms_in(arabic) if target == "en" else []
    missing = missing_terms(arabic, english) if terms else []
    if extra := weekdays_in(rendering) - weekdays_in(source):
        problems.append(f"names a weekday the phrase does not: {', '.join(WEEKDAY_NAMES[d] for d in sorted(extra))}")
    if terms and (len(missing) * 2 > len(terms) or (WEAPONS | ACTORS).intersection(missing)):
        wanted = "; ".join(f"{stem} = {GLOSSARY[stem][0]}" for stem in missing)
        problems.append(f"mistranslates key terms ({wanted})")
    return tuple(problems)


class _RenderingBase(BaseModel):
    items: list[str]

    @model_validator(mode="after")
    def _faithful(self, info: ValidationInfo) -> _RenderingBase:
        ctx = validation_context(info)
        sources, target = ctx.get("sources"), ctx.get("target")
        if not sources or not target:
            return self
        if len(self.items) != len(sources):
            raise ValueError(f"return exactly {len(sources)} items, one per phrase, in order")
        errors = []
        for i, (src, out) in enumerate(zip(sources, self.items, strict=True), start=1):
            if problems := rendering_problems(src, out, target):
                errors.append(f"item {i} ({out!r}): {'; '.join(problems)}")
        if errors:
            raise ValueError(" | ".join(errors))
        return self


@lru_cache(maxsize=64)
def rendering_model(target: str, n: int) -> type[_RenderingBase]:
    """A response model for exactly ``n`` renderings into ``target``, each bounded and script-constrained."""
    item = (str, Field(min_length=1, max_length=200, pattern=PATTERNS[target]))
    return create_model(
        f"Rendering_{target}_{n}",
        __base__=_RenderingBase,
        items=(
            list[item[0]],
            Field(
                min_length=n,
                max_length=n,
                json_schema_extra={
                    "items": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": PATTERNS[target]}
                },
            ),
        ),
    )
