"""Named-entity guard for model translations: an English rendering may only name a country,
group or force whose Arabic form appears in the span it translates. This is what stops a small
model from turning "unknown drones" into "Israeli drones"."""

from __future__ import annotations

import re

from summarizer.grounding import fold
from summarizer.timeexpr import WEEKDAY_NAMES

# English word stem (lower case, matched at word start) -> Arabic stems (folded) that license it.
ENTITIES: dict[str, tuple[str, ...]] = {
    "israel": ("اسرائيل", "الاسرائيل", "العبريه", "تل ابيب"),
    "iran": ("ايران", "الايران", "طهران", "الحرس الثوري"),
    "america": ("امريك", "الامريك", "اميرك", "الاميرك", "واشنطن", "الولايات المتحده"),
    "american": ("امريك", "اميرك", "واشنطن"),
    "us ": ("امريك", "اميرك", "الولايات المتحده", "واشنطن"),
    "u.s": ("امريك", "اميرك", "الولايات المتحده"),
    "united states": ("الولايات المتحده", "امريك", "اميرك"),
    "uk": ("بريطان",),
    "britain": ("بريطان",),
    "british": ("بريطان",),
    "russia": ("روسي", "موسكو"),
    "turk": ("ترك", "تركي", "انقره"),
    "france": ("فرنس",),
    "french": ("فرنس",),
    "syria": ("سوري", "دمشق"),
    "iraq": ("عراق",),
    "saudi": ("سعودي",),
    "emirat": ("امارات", "اماراتي"),
    "yemen": ("يمن",),
    "afghan": ("افغان",),
    "somali": ("صومال",),
    "leban": ("لبنان",),
    "hezbollah": ("حزب الله",),
    "hizbollah": ("حزب الله",),
    "taliban": ("طالبان",),
    "houthi": ("حوثي",),
    "isis": ("داعش", "الدوله الاسلاميه", "تنظيم الدوله"),
    "islamic state": ("الدوله الاسلاميه", "داعش", "تنظيم الدوله"),
    "al-qaeda": ("القاعده",),
    "qaeda": ("القاعده",),
    "shabaab": ("الشباب",),
    "coalition": ("التحالف",),
    "nato": ("الناتو", "حلف شمال الاطلسي"),
    "kurd": ("كرد", "الكرد", "قسد"),
    "sdf": ("قسد", "سوريا الديمقراطيه"),
    "revolutionary guard": ("الحرس الثوري",),
    "irgc": ("الحرس الثوري",),
    "hamas": ("حماس",),
    "patriot": ("باتريوت",),
    "air force": ("سلاح الجو", "القوات الجويه", "الطيران"),
    "chinese": ("صين",),
}


_STOP = {"the", "a", "an", "in", "of", "on", "at", "and", "to", "by", "for", "with", "from", "it", "its", "this"}
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_CALENDAR = {day.lower() for day in WEEKDAY_NAMES} | set(_MONTHS)


def _skeleton(word: str) -> str:
    """Consonant skeleton of a Latin word: the part transliteration variants share."""
    word = word.lower().removeprefix("al-").removeprefix("el-")
    return re.sub(r"[^a-z]|[aeiouyw']", "", word)


def unlicensed_names(english: str, arabic: str) -> list[str]:
    """Capitalised words in ``english`` that are neither a known entity the Arabic names, nor a
    transliteration of one of its words: how "Al-Aqsa" for "مزار عين علي" is caught."""
    from difflib import SequenceMatcher

    from summarizer.romanize import romanize_rules

    # Rules, not the dictionary romanizer: only consonant skeletons are compared, and it stays fast on long spans.
    skeletons = [_skeleton(w) for w in romanize_rules(arabic).split()]
    bad = []
    for i, token in enumerate(re.findall(r"[A-Za-z][A-Za-z'-]*", english)):
        low = token.lower()
        if i == 0 or not token[0].isupper() or low in _STOP or low in _CALENDAR:  # i == 0: sentence case
            continue
        if any(re.match(re.escape(word), low) for stem in ENTITIES for word in stem.split()):
            continue  # entities are checked against the Arabic by unlicensed_entities
        sk = _skeleton(token)
        if sk and not any(SequenceMatcher(None, sk, s).ratio() >= 0.6 for s in skeletons if s):
            bad.append(token)
    return bad


def unlicensed_entities(english: str, arabic: str) -> list[str]:
    """Entities named in ``english`` that ``arabic`` does not name."""
    en = " " + re.sub(r"[^a-z. ]", " ", english.lower()) + " "
    ar = fold(arabic)
    missing = []
    for stem, arabic_forms in ENTITIES.items():
        if re.search(r"(?<![a-z])" + re.escape(stem), en) and not any(f in ar for f in arabic_forms):
            missing.append(stem.strip())
    return missing
