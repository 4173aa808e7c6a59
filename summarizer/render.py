"""Output formats: JSON (UTF-8, Arabic unescaped) and Markdown with both languages."""

from __future__ import annotations

import json

from summarizer.schema import IncidentSummary


def to_json(summary: IncidentSummary) -> str:
    return json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2)


def _rtl(text: str) -> str:
    # An explicit dir="rtl" block keeps Arabic punctuation and mixed numbers in order on GitHub and in browsers.
    return f'<div dir="rtl" lang="ar">\n\n{text}\n\n</div>'


def _casualty(c, lang: str) -> str:
    labels = {
        "en": {
            "exact": "{n}",
            "at_least": "at least {n}",
            "approximately": "about {n}",
            "reported_unspecified": "reported, number not given",
            "unknown": "unknown",
        },
        "ar": {
            "exact": "{n}",
            "at_least": "{n} على الأقل",
            "approximately": "نحو {n}",
            "reported_unspecified": "وردت أنباء دون رقم",
            "unknown": "غير معروف",
        },
    }
    return labels[lang][c.qualifier.value].format(n=c.count)


def to_markdown(s: IncidentSummary) -> str:
    inc = s.incident
    out = []
    for lang in ("ar", "en"):
        t = {
            "ar": ("الملخص", "متى", "أين", "الأطراف", "الوسيلة", "القتلى", "الجرحى", "المصادر", "غير مؤكد"),
            "en": ("Summary", "When", "Where", "Actors", "Means", "Killed", "Injured", "Sources", "Uncertain"),
        }[lang]
        lines = [f"## {getattr(s.headline, lang)}", "", f"**{t[0]}:** {getattr(s.summary, lang)}", ""]
        if inc.when:
            lines.append(
                f"- **{t[1]}:** {getattr(inc.when.expression, lang)}" + (f" ({inc.when.date})" if inc.when.date else "")
            )
        if inc.where:
            lines.append(
                f"- **{t[2]}:** " + "؛ ".join(getattr(p.name, lang) for p in inc.where)
                if lang == "ar"
                else f"- **{t[2]}:** " + "; ".join(getattr(p.name, lang) for p in inc.where)
            )
        for a in inc.actors:
            lines.append(f"- **{t[3]}** ({a.role.value}): {getattr(a.name, lang)}")
        for m in inc.means:
            lines.append(f"- **{t[4]}:** {getattr(m.name, lang)}" + (f" ({m.count})" if m.count is not None else ""))
        lines.append(f"- **{t[5]}:** {_casualty(inc.casualties.killed, lang)}")
        lines.append(f"- **{t[6]}:** {_casualty(inc.casualties.injured, lang)}")
        for src in s.sources:
            claim = f": {getattr(src.claim, lang)}" if src.claim else ""
            lines.append(f"- **{t[7]}:** {getattr(src.name, lang)}{claim}")
        for u in s.uncertainties:
            lines.append(f"- **{t[8]}:** {getattr(u.text, lang)}")
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
    out.append(
        f"<sub>{m.model} via {m.backend}; {m.attempts} calls, {m.tokens_in} tokens in, {m.tokens_out} out, "
        f"{m.latency_s:.1f}s</sub>"
    )
    return "\n\n".join(out) + "\n"
