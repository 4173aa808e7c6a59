"""Canned model answers for the source article, shared by the loopback-server tests."""

from __future__ import annotations

import json

from scripted_server import Step, completion

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


def answer(body: dict) -> Step:
    """A correct answer to whichever stage asked: extraction, or n renderings."""
    name = schema_name(body)
    if name.startswith("Rendering_en_"):
        n = int(name.rsplit("_", 1)[1])
        items = (RENDERINGS * 2)[:n] if n != len(RENDERINGS) else RENDERINGS
        return Step(200, completion(json.dumps({"items": items})))
    return Step(200, completion(json.dumps(GOOD_EXTRACTION, ensure_ascii=False)))
