"""Canned model answers for the source article, shared by the loopback-server tests."""

from __future__ import annotations

import json

from scripted_server import ScriptedServer, Step, completion

from summarizer import summarize
from summarizer.schema import IncidentSummary
from summarizer.transport import resolve_backend

GOOD_EXTRACTION = {
    "event": "استهدفت أربع طائرات مُسيرة بالصواريخ",
    "time": "مساء اليوم الثلاثاء",
    "places": [{"name": "بادية العشارة", "role": "site"}, {"name": "دير الزور", "role": "area"}],
    "perpetrator": "طائرات مُسيرة مجهولة",
    "target": 'معسكراً تدريباً للمليشيات المدعومة من "الحرس الثوري الإيراني"',
    "weapon": "أربع طائرات مُسيرة",
    "killed": None,
    "injured": "وقوع جرحى في صفوف عناصر تلك المليشيات",
    "sources": [{"name": "أمجد الساري", "kind": "person", "claim": None}],
    "uncertainties": ["لم يُعرف بعد ما إذا كان هناك قتلى أو فقط مصابين"],
    "background": [],
}
RENDERINGS = [  # one per span, in the order the pipeline asks for them
    "Four drones targeted with missiles",
    "unknown drones",
    "a training camp of militias backed by the Iranian Revolutionary Guard",
    "four drones",
    "wounded among members of those militias",
    "It is not yet known whether there were deaths or only injuries",
]


def schema_name(body: dict) -> str:
    return body.get("response_format", {}).get("json_schema", {}).get("name", "")


KNOWN = dict(
    zip(
        [
            "استهدفت أربع طائرات مُسيرة بالصواريخ",
            "طائرات مُسيرة مجهولة",
            GOOD_EXTRACTION["target"],
            "أربع طائرات مُسيرة",
            GOOD_EXTRACTION["injured"],
            GOOD_EXTRACTION["uncertainties"][0],
        ],
        RENDERINGS,
        strict=True,
    )
)


def render(item: str) -> str:
    """What a faithful translator would say for a span of the source article."""
    from summarizer.verify.glossary import gloss
    from summarizer.verify.romanize import romanize_rules

    item = item.replace("”", '"')
    return KNOWN.get(item) or gloss(item) or romanize_rules(item)


def answer(body: dict) -> Step:
    """A correct answer to whichever stage asked: extraction, or one rendering per numbered span."""
    if schema_name(body).startswith("Rendering_en_"):
        first_user = next(m for m in body["messages"] if m["role"] == "user")  # re-asks append after it
        lines = first_user["content"].splitlines()
        items = [render(line.split(". ", 1)[1]) for line in lines if ". " in line]
        return Step(200, completion(json.dumps({"items": items})))
    return Step(200, completion(json.dumps(GOOD_EXTRACTION, ensure_ascii=False)))


def scripted_facts(**given) -> dict:
    """A model's extraction with nothing found but what ``given`` says (event, time, places...)."""
    empty = {"time": None, "places": [], "perpetrator": None, "target": None, "weapon": None}
    return {**empty, "killed": None, "injured": None, "sources": [], **given}


def summarize_scripted(article: str, facts: dict, published: str | None, monkeypatch) -> IncidentSummary:
    """The real pipeline on ``article``, the model's extraction scripted as ``facts`` by a loopback server
    and the other side rendered by the rules alone (no model renderings)."""
    monkeypatch.setenv("SUMMARIZER_MODEL_RENDERINGS", "0")
    reply = Step(200, completion(json.dumps(facts, ensure_ascii=False)))
    with ScriptedServer(responder=lambda body, n: reply) as server:
        backend = resolve_backend(server.base_url, "scripted", "k", backoff_base_s=0.01, timeout_s=5.0)
        return summarize(article, published, backend=backend)
