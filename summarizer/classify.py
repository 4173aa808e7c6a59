"""ACLED and PLOVER classification from the verified words of the event, never from free text.

Rules are ordered from the most to the least specific; the first rule whose keyword appears in the
verified event or means spans decides, and that keyword's span becomes the classification evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.grounding import fold


@dataclass(frozen=True)
class Rule:
    keywords: tuple[str, ...]
    event_type: str
    sub_event_type: str
    plover_event: str
    plover_mode: str | None
    cameo: str | None


RULES: tuple[Rule, ...] = (
    Rule(("كيميائي", "كيماوي", "chemical"), "Explosions/Remote violence", "Chemical weapon", "ASSAULT", "CBRN", "1953"),
    Rule(
        ("انتحاري", "انتحاريه", "suicide"),
        "Explosions/Remote violence",
        "Suicide bomb",
        "ASSAULT",
        "explosives",
        "1831",
    ),
    Rule(
        ("مسيره", "مسيرات", "درون", "بدون طيار", "دون طيار", "drone", "drones", "uav"),
        "Explosions/Remote violence",
        "Air/drone strike",
        "ASSAULT",
        "drone",
        "1952",
    ),
    Rule(
        ("غاره", "غارات", "قصف جوي", "طائرات حربيه", "طيران حربي", "airstrike", "air strike", "warplanes"),
        "Explosions/Remote violence",
        "Air/drone strike",
        "ASSAULT",
        "aerial",
        "195",
    ),
    Rule(
        ("مفخخه", "عبوه ناسفه", "لغم", "الغام", "car bomb", "ied", "landmine", "roadside bomb"),
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "ASSAULT",
        "explosives",
        "183",
    ),
    Rule(("قنبله يدويه", "grenade"), "Explosions/Remote violence", "Grenade", "ASSAULT", "explosives", "183"),
    Rule(
        (
            "صاروخ",
            "صاروخا",
            "صاروخي",
            "صواريخ",
            "قذيفه",
            "قذائف",
            "هاون",
            "كاتيوشا",
            "مدفعي",
            "قصف",
            "missile",
            "missiles",
            "rocket",
            "rockets",
            "shelling",
            "artillery",
            "mortar",
        ),
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "ASSAULT",
        "explosives",
        "194",
    ),
    Rule(
        (
            "اشتباك",
            "اشتباكات",
            "اقتحم",
            "اقتحام",
            "هجوم مسلح",
            "مسلحون",
            "كمين",
            "clash",
            "clashes",
            "stormed",
            "ambush",
            "gunmen",
        ),
        "Battles",
        "Armed clash",
        "ASSAULT",
        "firearms",
        "190",
    ),
)
FALLBACK = Rule((), "Strategic developments", "Other", "OTHER", None, None)


def classify(texts: list[str]) -> tuple[Rule, str | None]:
    """(rule, keyword found) for the first rule matching any of ``texts`` (folded, word-bounded)."""
    folded = [" " + fold(t) + " " for t in texts if t]
    for rule in RULES:
        for keyword in rule.keywords:
            k = fold(keyword)
            for text in folded:
                # Allow Arabic clitics (و، ب، ل، ال) before the keyword.
                for prefix in ("", "و", "ب", "ل", "ال", "بال", "وال"):
                    if f" {prefix}{k} " in text or (f" {prefix}{k}" in text and len(k) > 4):
                        return rule, keyword
    return FALLBACK, None
