"""The evidence page: one self-contained HTML file that shows an article beside its bilingual summary,
every fact linked to its highlighted evidence spans; and the batch view, all results of a batch run in
one such file, with filters.

The file fetches nothing: CSS and JS are inline, and a Content-Security-Policy allows only those two
blocks (by hash), so neither a stray URL nor injected markup could load or run anything. The pages are
Jinja templates (``summarizer/pages/``) rendered with autoescape on: the article and every model-made
text are untrusted, and autoescape escapes each value where it is written instead of relying on every
call site to remember ``html.escape``.

Highlights are cut on the server from the evidence offsets (Python indexes code points, as the
offsets do): the article is split at every span boundary and each piece lists the spans covering it,
so overlapping spans need no nesting and a highlight lands on exactly ``article[start:end]``, Arabic
diacritics included. No offset is ever computed in the browser, whose strings count UTF-16 units.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape
from pydantic import ValidationError

from summarizer import __version__
from summarizer.lang.lexicon import CLASS_LABELS_AR, PAGE_LABELS, PAGE_TERMS, QUALIFIER_LABELS
from summarizer.schema import Bilingual, Casualty, Evidence, IncidentSummary

# Bidi classes of right-to-left text (letters, Arabic digits) and of marks that attach to the letter before.
_RTL = frozenset({"R", "AL", "AN"})
_ATTACHED = frozenset({"NSM"})
# ASCII separators in English text ("rules: name, name") separate items: each Arabic item is its own
# run, so the list keeps the English order (Arabic text itself uses its own comma and semicolon).
_LIST_SEPARATORS = frozenset(",;")


@dataclass(frozen=True)
class Span:
    """One evidence span of one fact; ``found`` is false when the article given does not hold it."""

    id: str
    quote: str
    start: int
    end: int
    found: bool


@dataclass(frozen=True)
class Detail:
    """A property of a fact: English text, and its Arabic side when it has one."""

    label: str
    en: str
    ar: str | None = None


@dataclass(frozen=True)
class FactRow:
    id: str
    section: str  # key of PAGE_LABELS
    tag: str | None  # key of PAGE_TERMS: a role or a source kind
    en: str
    ar: str
    details: tuple[Detail, ...]
    spans: tuple[Span, ...]

    @property
    def evidence_ids(self) -> str:
        return " ".join(s.id for s in self.spans if s.found)

    @property
    def caption(self) -> str:
        """What the tooltip of a highlight says about this fact."""
        return f"{PAGE_LABELS['en'][self.section]}: {self.en}"


@dataclass(frozen=True)
class Segment:
    """A piece of the article between two span boundaries, with the spans and facts covering it."""

    text: str
    start: int
    spans: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    """Everything one evidence view shows; ``segments`` is None when the article text is not given."""

    prefix: str
    summary: IncidentSummary
    facts: tuple[FactRow, ...]
    segments: tuple[Segment, ...] | None
    notice: str | None  # why the article is missing, or why some spans could not be placed

    @property
    def article_lang(self) -> str:
        return self.summary.source_language

    @property
    def article_dir(self) -> str:
        return "rtl" if self.summary.source_language == "ar" else "ltr"


@dataclass
class Record:
    """One line of a batch results file, with the article it was made from when that is known."""

    id: str
    status: str
    reason: str | None = None
    summary: IncidentSummary | None = None
    article: str | None = None
    standalone: bool = False  # one summary JSON, as ``summarize`` writes it: shown as a single page
    view: View | None = field(default=None, repr=False)


# --- facts ---------------------------------------------------------------------------------------


def _pair(text: Bilingual | None) -> tuple[str, str]:
    return (text.en, text.ar) if text else ("", "")


def _bilingual_detail(label: str, text: Bilingual | None) -> list[Detail]:
    return [Detail(label, text.en, text.ar)] if text else []


def _plain(label: str, value: object) -> list[Detail]:
    return [] if value is None or value == "" else [Detail(label, str(getattr(value, "value", value)))]


def _figure(c: Casualty) -> tuple[str, str]:
    """A casualty figure as both languages word it ("at least 5"), never a number the summary lacks."""
    en, ar = (QUALIFIER_LABELS[lang][c.qualifier.value].format(n=c.count) for lang in ("en", "ar"))
    return en, ar


RawFact = tuple[str, str | None, tuple[str, str], list[Detail], list[Evidence]]


def _raw_facts(s: IncidentSummary) -> Iterator[RawFact]:
    """Every stated fact of the summary, in reading order: section, tag, (en, ar), details, evidence."""
    inc = s.incident
    yield "event", None, _pair(inc.description), [], inc.evidence
    c = inc.classification
    sub = c.acled_sub_event_type.value
    label = _pair(c.label) if c.label else (sub, CLASS_LABELS_AR.get(sub, sub))
    yield (
        "classification",
        None,
        label,
        [
            *_plain("ACLED event type", c.acled_event_type),
            *_plain("ACLED sub-event type", sub),
            *_plain("PLOVER", " / ".join(x for x in (c.plover_event, c.plover_mode) if x)),
            *_plain("CAMEO", c.cameo_code),
        ],
        c.evidence,
    )
    if w := inc.when:
        details = [
            *_plain("weekday", w.weekday),
            *_plain("part of day", w.part_of_day),
            *_plain("relative", w.relative),
            *_plain("date", w.date),
            *_plain("precision", w.precision),
            *_plain("date basis", w.date_basis),
        ]
        yield "when", None, _pair(w.expression), details, w.evidence
    for p in inc.where:
        coordinates = f"{p.latitude}, {p.longitude}" if p.latitude is not None and p.longitude is not None else None
        details = [
            *_plain("as written", p.as_written),
            *_bilingual_detail("province", p.admin1),
            *_bilingual_detail("country", p.country),
            *_plain("country code", p.country_code),
            *_plain("coordinates", coordinates),
            *_plain("GeoNames id", p.geonames_id),
            *_plain("ACLED geo precision", p.geo_precision),
        ]
        yield "where", p.role.value, _pair(p.name), details, p.evidence
    for a in inc.actors:
        details = [*_plain("identified", "yes" if a.identified else "no"), *_plain("ACLED actor", a.acled_actor)]
        yield "actors", a.role.value, _pair(a.name), details, a.evidence
    for m in inc.means:
        yield "means", None, _pair(m.name), _plain("count", m.count), m.evidence
    for key in ("killed", "injured"):
        c = getattr(inc.casualties, key)
        details = [*_plain("qualifier", c.qualifier), *_bilingual_detail("as reported", c.text)]
        yield key, None, _figure(c), details, c.evidence
    for src in s.sources:
        yield "sources", src.kind.value, _pair(src.name), _bilingual_detail("claim", src.claim), src.evidence
    for u in s.uncertainties:
        yield "uncertain", None, _pair(u.text), [], u.evidence
    for a in s.aftermath:
        yield "aftermath", None, _pair(a.text), [], a.evidence
    for r in s.related_events:
        yield "related", None, _pair(r.description), _plain("when", r.when), r.evidence


def fact_rows(summary: IncidentSummary, article: str | None, prefix: str = "") -> tuple[FactRow, ...]:
    """The facts with ids unique in the page (``prefix`` keeps articles of a batch view apart)."""
    rows = []
    for n, (section, tag, (en, ar), details, evidence) in enumerate(_raw_facts(summary)):
        fact_id = f"{prefix}f{n}"
        spans = tuple(
            Span(f"{fact_id}e{k}", ev.quote, ev.start, ev.end, article is not None and _holds(article, ev))
            for k, ev in enumerate(evidence)
        )
        rows.append(FactRow(fact_id, section, tag, en, ar, tuple(details), spans))
    return tuple(rows)


def _holds(article: str, ev: Evidence) -> bool:
    return ev.end <= len(article) and article[ev.start : ev.end] == ev.quote


# --- segments ------------------------------------------------------------------------------------


def segments(article: str, facts: Iterable[FactRow]) -> tuple[Segment, ...]:
    """The article cut at every boundary of every span found in it; each piece lists what covers it.

    Overlapping and nested spans simply make pieces covered by several spans, so the page never has to
    nest or split highlight elements."""
    placed = [(span, fact) for fact in facts for span in fact.spans if span.found]
    cuts = sorted({0, len(article), *(s.start for s, _ in placed), *(s.end for s, _ in placed)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [(s, f) for s, f in placed if s.start <= start and end <= s.end]
        fact_ids = tuple(dict.fromkeys(f.id for _, f in covering))
        pieces.append(Segment(article[start:end], start, tuple(s.id for s, _ in covering), fact_ids))
    return tuple(pieces)


def build_view(summary: IncidentSummary, article: str | None, prefix: str = "") -> View:
    """The view of one summary; with the article, its evidence spans placed in it."""
    facts = fact_rows(summary, article, prefix)
    if article is None:
        notice = "The article text was not given: each fact lists its evidence quotes, without the article around them."
        return View(prefix, summary, facts, None, notice)
    spans = [s for f in facts for s in f.spans]
    missing = sum(1 for s in spans if not s.found)
    notice = None
    if missing:
        notice = (
            f"{missing} of {len(spans)} evidence spans are not at their offsets in the text given for this article "
            "(another version of it?): they are listed under their facts but not highlighted."
        )
    return View(prefix, summary, facts, segments(article, facts), notice)


# --- bidi ----------------------------------------------------------------------------------------


def bidi_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` as (run, is_rtl) pieces: each stretch from a right-to-left character to the last one
    before the next left-to-right character (or ASCII list separator) is one RTL run. The page isolates
    those runs (``<bdi>``), so an Arabic name inside an English reason keeps its neighbours'
    punctuation in place."""
    runs: list[tuple[str, bool]] = []
    done = 0  # text[:done] is emitted
    start = last = None  # the open RTL run: its first character, and its last RTL (or attached) one
    for i, ch in enumerate(text):
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL or (kind in _ATTACHED and start is not None):
            start = i if start is None else start
            last = i
        elif (kind == "L" or ch in _LIST_SEPARATORS) and start is not None and last is not None:
            runs += [(text[done:start], False), (text[start : last + 1], True)]
            done, start, last = last + 1, None, None
    if start is not None and last is not None:
        runs += [(text[done:start], False), (text[start : last + 1], True)]
        done = last + 1
    runs.append((text[done:], False))
    return [(piece, rtl) for piece, rtl in runs if piece]


def _text(value: object) -> Markup:
    """Escape for HTML text and attributes, keeping carriage returns: the HTML parser turns a raw CR LF
    into LF, which would make the page's text differ from the article the offsets index."""
    return Markup(str(escape(value)).replace("\r", "&#13;"))


# --- rendering -----------------------------------------------------------------------------------


def pages_dir() -> Path:
    return Path(str(resources.files("summarizer"))) / "pages"


@cache
def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(pages_dir()),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["runs"] = bidi_runs
    env.filters["text"] = _text
    return env


@cache
def _assets() -> dict[str, object]:
    """Inline CSS and JS, with the CSP hashes that allow exactly them and nothing else."""
    css = (pages_dir() / "evidence.css").read_text(encoding="utf-8")
    js = (pages_dir() / "evidence.js").read_text(encoding="utf-8")
    for name, body, closing in (("css", css, "</style"), ("js", js, "</script")):
        if closing in body.lower():
            raise RuntimeError(f"pages/evidence.{name} must not contain {closing}>")

    def digest(body: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")

    csp = (
        f"default-src 'none'; style-src '{digest(css)}'; script-src '{digest(js)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return {"css": Markup(css), "js": Markup(js), "csp": csp}


def _render(template: str, **variables: object) -> str:
    return (
        _environment()
        .get_template(template)
        .render(L=PAGE_LABELS, T=PAGE_TERMS, version=__version__, **_assets(), **variables)
    )


def evidence_page(summary: IncidentSummary, article: str | None) -> str:
    """One summary as a standalone HTML page; without ``article`` the facts list their quotes only."""
    return _render("evidence.html.j2", v=build_view(summary, article), title=summary.headline.en)


def batch_page(records: list[Record], inputs_given: bool, title: str = "Batch results") -> str:
    """All results of a batch run as one page: filters by status, event type and country; each article
    expands to its evidence view."""
    for n, record in enumerate(records):
        if record.summary is not None:
            record.view = build_view(record.summary, record.article, prefix=f"a{n}-")
    return _render(
        "batch.html.j2",
        records=records,
        inputs_given=inputs_given,
        title=title,
        event_types=sorted({r.summary.incident.classification.acled_event_type.value for r in records if r.summary}),
        countries=sorted({c for r in records for c in countries(r)}),
        countries_of=countries,
        figures=figures,
        counts={s: sum(1 for r in records if r.status == s) for s in ("ok", "failed")},
    )


def results_page(records: list[Record], inputs_given: bool, title: str = "Batch results") -> str:
    """A summary file's single page, or the batch view of a results file."""
    if len(records) == 1 and records[0].standalone and records[0].summary is not None:
        return evidence_page(records[0].summary, records[0].article)
    return batch_page(records, inputs_given, title)


def figures(summary: IncidentSummary) -> str:
    """The casualty figures in a line of the batch list ("killed at least 5, injured unknown")."""
    c = summary.incident.casualties
    return f"killed {_figure(c.killed)[0]}, injured {_figure(c.injured)[0]}"


def countries(record: Record) -> list[str]:
    """The countries a result's places are in (English names), each once."""
    if record.summary is None:
        return []
    return list(dict.fromkeys(p.country.en for p in record.summary.incident.where if p.country))


# --- reading results -----------------------------------------------------------------------------


def read_results(path: str | Path) -> list[Record]:
    """A batch results file (one ``{"id", "status", "reason", "summary"}`` per line), or one summary
    JSON as ``summarize`` writes it (its id is the file's name without extension). A line that is not
    a result is kept as a failed record saying why, so the page still shows everything else."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict) and "incident" in whole:
        return [replace(_record(path.stem, {"status": "ok", "summary": whole}, "file"), standalone=True)]
    return [
        _record(f"{path.name}:{n}", line, f"line {n}")
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def _record(fallback_id: str, raw: str | dict, where: str) -> Record:
    try:
        row = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(row, dict):
            raise ValueError(f"a JSON object is needed, not {type(row).__name__}")
        item_id = str(row.get("id") or fallback_id)
        status = "ok" if row.get("status") == "ok" else "failed"
        summary = IncidentSummary.model_validate(row["summary"]) if row.get("summary") else None
    except (ValueError, KeyError) as exc:  # pydantic's ValidationError is a ValueError
        reason = _first_line(exc) if not isinstance(exc, ValidationError) else f"{exc.error_count()} schema errors"
        return Record(fallback_id, "failed", f"{where} is not a batch result: {reason}")
    if status == "ok" and summary is None:
        return Record(item_id, "failed", f"{where}: status ok but no summary")
    return Record(item_id, status, row.get("reason"), summary)


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def attach_articles(records: list[Record], articles: Mapping[str, str]) -> list[str]:
    """Give each record the article with its id; returns warnings: ids without an article, and articles
    whose text does not hold their evidence (another version of the input). One summary and one
    article go together whatever their names (``view out.json --inputs a.txt``)."""
    if len(records) == 1 and len(articles) == 1:
        records[0].article = next(iter(articles.values()))
    else:
        for record in records:
            record.article = articles.get(record.id)
    summarised = [r for r in records if r.summary is not None]
    missing = [r.id for r in summarised if r.article is None]
    misplaced = [r.id for r in summarised if r.article is not None and not _holds_all(r.summary, r.article)]
    warnings = []
    if missing and articles:
        warnings.append(f"no article text in the inputs for {len(missing)} of {len(records)} results: {_ids(missing)}")
    if misplaced:
        warnings.append(
            f"the input text of {len(misplaced)} results does not hold all of their evidence at its offsets "
            f"(another version of the article?): {_ids(misplaced)}"
        )
    return warnings


def _holds_all(summary: IncidentSummary | None, article: str) -> bool:
    return summary is None or all(s.found for f in fact_rows(summary, article) for s in f.spans)


def _ids(ids: list[str]) -> str:
    return ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
