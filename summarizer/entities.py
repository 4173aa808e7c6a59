"""Named-entity guard for model translations: an English rendering may only name a country,
group or force whose Arabic form appears in the span it translates. This is what stops a small
model from turning "unknown drones" into "Israeli drones"."""

from __future__ import annotations

import re

from summarizer.grounding import fold

# English word stem (lower case, matched at word start) -> Arabic stems (folded) that license it.
ENTITIES: dict[str, tuple[str, ...]] = {
    "israel": ("اسرائيل", "الاسرائيل", "العبريه", "تل ابيب"),
    "iran": ("ايران", "الايران", "طهران", "الحرس الثوري"),
    "america": ("امريك", "الامريك", "اميرك", "الاميرك", "واشنطن", "الولايات المتحده"),
    "american": ("امريك", "اميرك", "واشنطن"),
    "us ": ("امريك", "اميرك", "الولايات المتحده", "واشنطن"),
    "u.s": ("امريك", "اميرك", "الولايات المتحده"),
    "united states": ("الولايات المتحده", "امريك", "اميرك"),
    "uk": ("بريطان",), "britain": ("بريطان",), "british": ("بريطان",),
    "russia": ("روسي", "موسكو"), "turk": ("ترك", "تركي", "انقره"), "france": ("فرنس",), "french": ("فرنس",),
    "syria": ("سوري", "دمشق"), "iraq": ("عراق",), "saudi": ("سعودي",), "emirat": ("امارات", "اماراتي"),
    "yemen": ("يمن",), "afghan": ("افغان",), "somali": ("صومال",), "leban": ("لبنان",),
    "hezbollah": ("حزب الله",), "hizbollah": ("حزب الله",), "taliban": ("طالبان",), "houthi": ("حوثي",),
    "isis": ("داعش", "الدوله الاسلاميه", "تنظيم الدوله"), "islamic state": ("الدوله الاسلاميه", "داعش", "تنظيم الدوله"),
    "al-qaeda": ("القاعده",), "qaeda": ("القاعده",), "shabaab": ("الشباب",), "coalition": ("التحالف",),
    "nato": ("الناتو", "حلف شمال الاطلسي"), "kurd": ("كرد", "الكرد", "قسد"), "sdf": ("قسد", "سوريا الديمقراطيه"),
    "revolutionary guard": ("الحرس الثوري",), "irgc": ("الحرس الثوري",), "hamas": ("حماس",),
    "patriot": ("باتريوت",), "air force": ("سلاح الجو", "القوات الجويه", "الطيران"), "chinese": ("صين",),
}


def unlicensed_entities(english: str, arabic: str) -> list[str]:
    """Entities named in ``english`` that ``arabic`` does not name."""
    en = " " + re.sub(r"[^a-z.\- ]", " ", english.lower()) + " "
    ar = fold(arabic)
    missing = []
    for stem, arabic_forms in ENTITIES.items():
        if re.search(r"(?<![a-z])" + re.escape(stem), en) and not any(f in ar for f in arabic_forms):
            missing.append(stem.strip())
    return missing
