"""Stage 3, translate (model, ``prompts/translate.<other>.j2``): one rendering per verified span, in
the other language's script, in one call.

The JSON Schema pattern constrains decoding to the target script (llama.cpp turns it into a
grammar); the validator rejects renderings that add numbers or name entities the span does not.
A rejected rendering gives way to a usual name (armed groups, outlets), a romanisation (names), a
glossary rendering, or a drop with its reason.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, Field, ValidationInfo, create_model, model_validator
from pydantic_core import from_json

from summarizer import templates
from summarizer.stages.ground import MORE_MEANS, MORE_TARGETS
from summarizer.stages.run import Run
from summarizer.transport import Transport, answers, failure_reason, validation_context
from summarizer.verify.clause import render_clause
from summarizer.verify.clause_en import render_english_clause
from summarizer.verify.glossary import actor_name, gloss
from summarizer.verify.licence import unlicensed_words
from summarizer.verify.phrase import before_preposition, in_country, render_phrase
from summarizer.verify.phrase_en import render_english
from summarizer.verify.rendering import leaves_out, rendering_problems
from summarizer.verify.timeexpr import arabic_time

# Statements are never replaced by a glossary gloss: a gloss names things, it cannot say "not known whether".
STATEMENT_FIELDS = ("uncertainties", "related_events")

# Arabic letters, digits and punctuation; Latin letters, digits and punctuation.
PATTERNS = {
    "en": r"^[A-Za-z0-9 ,.'()/&%:;\-]+$",
    "ar": r"^[\u0600-\u06FF0-9 ,.()/%:;\-]+$",
}


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


async def translate(transport: Transport, run: Run, wanted: dict[str, str]) -> dict[str, str]:
    """Field path -> accepted rendering of its span in the other language (failures dropped, reported).
    Noun phrases the project's own knowledge renders whole (lexicon, gazetteer, names) are rendered by
    structure and never sent to the model; the model renders the rest, under the rendering checks."""
    out = structural(run, wanted)
    rules_only = (f"{MORE_MEANS}[", f"{MORE_TARGETS}[")
    for path in (p for p in wanted if p.startswith(rules_only) and p not in out):
        run.notes.append(f"{path}: {wanted[path]!r} not listed: the lexicon does not render it")
    wanted = {path: span for path, span in wanted.items() if path not in out and not path.startswith(rules_only)}
    if not wanted:
        return out
    if not transport.backend.model_renderings:
        for path, src in wanted.items():
            if (fallback := _fallback(run, path, src, "", [_NOT_ASKED])) is not None:
                out[path] = fallback
        return out
    template = f"translate.{run.other}.j2"
    sources = list(wanted.values())
    model = rendering_model(run.other, len(sources))
    messages = templates.messages(template, items=[templates.prompt_article(s) for s in sources])
    context = {"sources": sources, "target": run.other}
    result, failure, usage = await transport.structured(
        "translate", template, messages, model, context, max_tokens=60 + 60 * len(sources)
    )
    run.record(usage)
    attempts = [result.items] if result is not None else _lenient(model, failure)
    if result is None:
        run.notes.append(f"translate: answer failed after {usage.attempts} attempt(s) ({failure_reason(failure)})")
    for i, (path, src) in enumerate(wanted.items()):
        # Per span, the first attempt whose rendering passes; else the last attempt's, to report.
        tried = [a[i].strip() for a in attempts if i < len(a) and a[i] and a[i].strip()]
        passing = [r for r in tried if not _problems(path, src, r, run.other)]
        rendering = passing[0] if passing else (tried[-1] if tried else "")
        problems = _problems(path, src, rendering, run.other) if rendering else ["no rendering returned"]
        if not problems:
            out[path] = rendering
        elif (fallback := _fallback(run, path, src, rendering, problems)) is not None:
            out[path] = fallback
    return out


WHEN_EXPRESSION = "incident.when.expression"
_NOT_ASKED = "no rule renders it, and this backend is not asked for renderings (SUMMARIZER_MODEL_RENDERINGS)"
_COPULA = re.compile(r"\b(?:is|are|was|were)\b")


def _problems(path: str, source: str, rendering: str, target: str) -> list[str]:
    """The rendering checks, and the licence check on every model rendering kept: each content word
    must come from its span ("roads" for "الطوارق" is rejected, the lexicon's "the Tuaregs" follows)."""
    problems = rendering_problems(source, rendering, target)
    if _is_name(path) and target == "en" and _COPULA.search(rendering):
        problems.append("a sentence, not a name")  # "X is the local security officer."
    if words := unlicensed_words(source, rendering, target):
        problems.append(f"says what the phrase does not: {', '.join(words[:6])}")
    if leaves_out(source, rendering, target):
        problems.append("leaves out most of the phrase")  # a model's "8 airstrike" for a sentence of twenty words
    return problems


def structural(run: Run, wanted: dict[str, str]) -> dict[str, str]:
    """Renderings by phrase and clause structure for the noun-phrase fields and the event, in both
    directions; statements and claims go to the model."""
    out = {}
    for path, span in wanted.items():
        if path.startswith(STATEMENT_FIELDS) or path.endswith(".claim"):
            continue
        if path == "incident.event":
            with in_country(run.country):  # "في جنوب السودان" in an article on South Sudan: the country
                text = (render_clause(span) if run.other == "en" else render_english_clause(span)).text
        elif run.other == "en":
            text = render_phrase(span, name_slot=_is_name(path), country=run.country).text
        elif path == WHEN_EXPRESSION and (clock := arabic_time(span)):
            text = clock
        else:
            text = render_english(span, name_slot=_is_name(path) or _a_name_alone(path, span)).text
        if text and not rendering_problems(span, text, run.other):
            out[path] = text
    return out


def _fallback(run: Run, path: str, src: str, rendering: str, problems: list[str]) -> str | None:
    """What replaces a rejected rendering into English (noted), or None: the fact is dropped (reported)."""
    reason = "; ".join(problems)
    why = f"{path}: model rendering {rendering!r} rejected ({reason})" if rendering else f"{path}: {reason}"
    if run.other == "en" and _is_name(path) and len(src.split()) <= 4 and (actor := actor_name(src)):
        # the group's usual name for a span that is the group ("جماعة أنصار الله"), not for a body
        # that only mentions it ("وزارة الصحة في حكومة جماعة أنصار الله" is no "Ansar Allah")
        run.notes.append(f"{why}; {actor!r}")
        return actor
    if run.other == "en" and _is_name(path) and (name := render_phrase(src, name_slot=True, country=run.country).text):
        run.notes.append(f"{why}; rendered from the lexicon and names: {name!r}")
        return name
    if run.other == "en" and _is_name(path) and (head := before_preposition(src)):
        if (named := render_phrase(head, name_slot=True, country=run.country).text) is not None:
            # "مصدر طبي من المستشفى الوحيد": "a medical source", not a term of the rest ("hospital")
            run.notes.append(f"{why}; its head {head!r} rendered from the lexicon and names: {named!r}")
            return named
    # A glossary gloss lists terms ("drones, missiles"): fine for a noun phrase, a fragment for the event,
    # which falls back to its class instead (compose).
    glossable = not path.startswith(STATEMENT_FIELDS) and path != "incident.event"
    if run.other == "en" and glossable and (literal := gloss(src)):
        run.notes.append(f"{why}; glossary rendering {literal!r} used")
        return literal
    if run.other == "ar" and glossable and (head := english_head(src)) and (arabic := render_english(head).text):
        # "276 schoolgirls kidnapped by Boko Haram militants": the head noun phrase, which rules render.
        run.notes.append(f"{why}; its head {head!r} rendered from the lexicon: {arabic!r}")
        return arabic
    # The value is the article's own span (the fact not stated); the rejected rendering is the reason.
    rejected = f"rendering {rendering!r} rejected: " if rendering else ""
    run.drop(path, src, rejected + "; ".join(problems))
    return None


def _a_name_alone(path: str, span: str) -> bool:
    """An English perpetrator that is a name alone ("RED-Tabara", "Boko Haram"): written in Arabic letters
    as any name is; not a people in the plural ("Kusasis"), whose Arabic is no transliteration."""
    words = span.split()
    return (
        path == "incident.perpetrator"
        and 0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not words[-1].endswith(("s", "'s", "’s"))
    )


def _is_name(path: str) -> bool:
    """Renderings of names fall back to romanisation: "sources[2].name", "incident.where[0].name"."""
    return path.endswith(".name")


def _lenient(model: type[_RenderingBase], failure) -> list[list[str]]:
    """The items of every failed answer that parses at all (without the faithfulness checks); a cut
    answer gives the items it finished."""
    out = []
    for content in answers(failure):
        try:
            out.append(model.model_validate_json(content).items)
            continue
        except ValueError:
            pass
        try:
            partial = from_json(content, allow_partial=True)
        except ValueError:
            continue
        items = partial.get("items") if isinstance(partial, dict) else None
        if isinstance(items, list):
            out.append([i if isinstance(i, str) else "" for i in items])
    return out


_HEAD_ENDS = frozenset({"by", "who", "which", "that", "after", "when", "while", "as", "in", "at", "on", "from"})


def english_head(phrase: str) -> str | None:
    """An English noun phrase up to what follows its head: a participle ("kidnapped by ..."), a
    relative or a preposition; None when nothing follows it."""
    words = phrase.replace(",", " , ").split()
    for i, word in enumerate(words[1:], start=1):
        low = word.lower()
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        # "kidnapped by ...": a participle after its noun; "a crowded market" keeps its adjective
        participle = low.endswith("ed") and len(low) > 4 and (after in _HEAD_ENDS or not after)
        if low in _HEAD_ENDS or low == "," or participle:
            return " ".join(words[:i]) if i < len(words) else None
    return None
