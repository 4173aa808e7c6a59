"""The state one summarisation carries through the stages: the article, its language, what was
verified, what was dropped and why, and what each model call cost."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pydantic import ValidationError

from summarizer.lang.text import without_bidi_controls
from summarizer.schema import Bilingual, Dropped, Evidence, StageUsage
from summarizer.transport import CallUsage
from summarizer.verify.grounding import Article
from summarizer.verify.instructions import instruction_passages, masked


@dataclass
class Run:
    article: Article
    language: str
    published: date | None
    dropped: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    usages: list[StageUsage] = field(default_factory=list)
    country: str | None = None  # the country the article is about, once grounding has read it

    @classmethod
    def start(cls, text: str, language: str, published: date | None) -> Run:
        """The run of a checked article. Passages that give orders to the tool are blanked first
        (offsets unchanged): neither the model nor any rule reads them, no evidence can point into them."""
        passages = instruction_passages(text)
        run = cls(Article(masked(text, passages)), language, published)
        for p in passages:
            run.notes.append(
                f"ignored an instruction-like passage at {p.start}-{p.end} (orders inside an article are data, "
                f"not reports): {p.text[:100]!r}"
            )
        return run

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

    def record(self, usage: CallUsage) -> None:
        self.usages.append(StageUsage(**usage.__dict__))

    def bilingual(self, source: str, other: str | None) -> Bilingual | None:
        """The span and its rendering as one bilingual text; None (dropped, reported) when invalid."""
        if other is None:
            return None
        source, other = without_bidi_controls(source), without_bidi_controls(other)
        try:
            return Bilingual(**{self.language: source, self.other: other})
        except ValidationError as exc:  # its message, not pydantic's closing "For further information" line
            self.drop("bilingual", source, "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors()))
            return None
