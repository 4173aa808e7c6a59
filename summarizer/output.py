"""Output formats: JSON (UTF-8, Arabic unescaped) and Markdown with both languages."""

from __future__ import annotations

import json

from summarizer.lang.lexicon import QUALIFIER_LABELS, ROLE_LABELS, SECTION_LABELS
from summarizer.schema import IncidentSummary
from summarizer.verify.numbers import numbers_in


def to_json(summary: IncidentSummary) -> str:
    return json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2)


def _rtl(text: str) -> str:
    # An explicit dir="rtl" block keeps Arabic punctuation and mixed numbers in order on GitHub and in browsers.
    return f'<div dir="rtl" lang="ar">\n\n{text}\n\n</div>'


def _casualty(c, lang: str) -> str:
    return QUALIFIER_LABELS[lang][c.qualifier.value].format(n=c.count)


def to_markdown(s: IncidentSummary) -> str:
    inc = s.incident
    out = []
    for lang in ("ar", "en"):
        t = SECTION_LABELS[lang]
        lines = [f"## {getattr(s.headline, lang)}", "", f"**{t['summary']}:** {getattr(s.summary, lang)}", ""]
        if inc.when:
            lines.append(
                f"- **{t['when']}:** {getattr(inc.when.expression, lang)}"
                + (f" ({inc.when.date})" if inc.when.date else "")
            )
        if inc.where:
            lines.append(
                f"- **{t['where']}:** " + "؛ ".join(getattr(p.name, lang) for p in inc.where)
                if lang == "ar"
                else f"- **{t['where']}:** " + "; ".join(getattr(p.name, lang) for p in inc.where)
            )
        for a in inc.actors:  # the role in the block's language: "**المنفذ:**", "**Perpetrator:**"
            lines.append(f"- **{ROLE_LABELS[lang][a.role.value]}:** {getattr(a.name, lang)}")
        for m in inc.means:
            name = getattr(m.name, lang)
            # The count only where the text does not say it ("4 drones", "أربع طائرات" already do).
            shown = m.count is not None and m.count not in numbers_in(name)
            lines.append(f"- **{t['means']}:** {name}" + (f" ({m.count})" if shown else ""))
        lines.append(f"- **{t['killed']}:** {_casualty(inc.casualties.killed, lang)}")
        lines.append(f"- **{t['injured']}:** {_casualty(inc.casualties.injured, lang)}")
        if inc.casualties.missing is not None:
            lines.append(f"- **{t['missing']}:** {_casualty(inc.casualties.missing, lang)}")
        if s.sources:  # one heading, one item per source
            lines.append(f"- **{t['sources']}:**")
        for src in s.sources:
            claim = f": {getattr(src.claim, lang)}" if src.claim else ""
            lines.append(f"  - {getattr(src.name, lang)}{claim}")
        for u in s.uncertainties:
            lines.append(f"- **{t['uncertain']}:** {getattr(u.text, lang)}")
        for a in s.aftermath:
            lines.append(f"- **{t['aftermath']}:** {getattr(a.text, lang)}")
        block = "\n".join(lines)
        out.append(_rtl(block) if lang == "ar" else block)
    c = inc.classification
    out.append(
        f"*ACLED: {c.acled_event_type.value} > {c.acled_sub_event_type.value}; PLOVER: {c.plover_event}"
        f"{' / ' + c.plover_mode if c.plover_mode else ''}*"
    )
    if s.verification.dropped:
        out.append(
            "**Dropped (not verifiable):** " + "; ".join(f"{d.field} ({d.reason})" for d in s.verification.dropped)
        )
    m = s.metadata
    source = {"argument": " (given)", "page_metadata": " (from the page's metadata)"}.get(m.published_source or "", "")
    published = f"; published {m.published}{source}" if m.published else ""
    out.append(
        f"<sub>{m.model} via {m.backend}; {m.attempts} calls, {m.tokens_in} tokens in, {m.tokens_out} out, "
        f"{m.latency_s:.1f}s{published}</sub>"
    )
    return "\n\n".join(out) + "\n"
