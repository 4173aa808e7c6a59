"""A small bilingual glossary of incident vocabulary (weapons, forces, targets, places of kinds).

Used two ways: a check (a rendering of a span that holds a glossary term must carry one of the
term's English forms: "صاروخ" is never "plane"), and a fallback (when a rendering fails, the other
side states the span's glossary terms, with its numbers, instead of free text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.grounding import fold

# folded Arabic stem -> English forms (the first is used in fallbacks). Longest stems are tried first.
GLOSSARY: dict[str, tuple[str, ...]] = {
    "طائرات مسيره": ("drones", "drone", "UAV"),
    "طائره مسيره": ("drone", "UAV"),
    "مسيرات": ("drones", "drone"),
    "طائره بدون طيار": ("drone", "UAV", "unmanned"),
    "طائره دون طيار": ("drone", "UAV", "unmanned"),
    "طائرات حربيه": ("warplanes", "warplane", "fighter"),
    "طائره حربيه": ("warplane", "fighter"),
    "طائرات استطلاع": ("reconnaissance aircraft", "surveillance", "reconnaissance"),
    "صواريخ": ("missiles", "rockets", "missile", "rocket"),
    "صاروخ": ("missile", "rocket"),
    "قذائف": ("shells", "shell", "mortar"),
    "قذيفه": ("shell", "mortar"),
    "هاون": ("mortar",),
    "كاتيوشا": ("Katyusha",),
    "مدفعيه": ("artillery",),
    "غاره": ("airstrike", "air strike", "raid"),
    "غارات": ("airstrikes", "air strikes", "raids"),
    "سياره مفخخه": ("car bomb", "vehicle bomb", "VBIED"),
    "عبوه ناسفه": ("IED", "explosive device", "roadside bomb"),
    "انتحاري": ("suicide",),
    "انفجار": ("explosion", "blast"),
    "تفجير": ("bombing", "explosion", "blast"),
    "مليشيات": ("militias", "militia"),
    "ميليشيات": ("militias", "militia"),
    "مسلحون": ("gunmen", "militants", "fighters"),
    "مسلحين": ("gunmen", "militants", "fighters"),
    "جنود": ("soldiers",),
    "جنديا": ("soldiers", "soldier"),
    "مدنيين": ("civilians",),
    "مدنيون": ("civilians",),
    "قوات الامن": ("security forces",),
    "القوات الحكوميه": ("government forces",),
    "قاعده عسكريه": ("military base", "base"),
    "قاعده": ("base",),
    "معسكر": ("camp",),
    "مطار": ("airport", "airbase", "air base", "airfield"),
    "سوق": ("market",),
    "مدرسه": ("school",),
    "مسجد": ("mosque",),
    "مستشفي": ("hospital",),
    "مشفي": ("hospital",),
    "حي سكني": ("residential", "neighbourhood", "neighborhood"),
    "مبني حكومي": ("government building",),
    "الحرس الثوري": ("Revolutionary Guard", "IRGC"),
    "التحالف الدولي": ("coalition",),
    "جرحي": ("wounded", "injur"),
    "قتل": ("killed", "dead", "died", "death"),
    "اصيب": ("injured", "wounded", "hurt"),
    "قتلي": ("killed", "dead", "death", "fatalities"),
    "مجهوله": ("unknown", "unidentified"),
    "مجهول": ("unknown", "unidentified"),
    "مجهولون": ("unknown", "unidentified"),
    # Armed groups by their usual English names (a name is transliterated, but these have standard forms).
    "حركه الشباب": ("al-Shabaab", "Shabaab", "Shabab"),
    "طالبان": ("Taliban",),
    "حوثي": ("Houthi", "Houthis"),
    "انصار الله": ("Ansar Allah", "Houthi"),
    "حزب الله": ("Hezbollah", "Hizbollah"),
    "داعش": ("ISIS", "Islamic State"),
    "تنظيم الدوله": ("Islamic State", "ISIS"),
    "تنظيم القاعده": ("al-Qaeda", "Qaeda"),
    "بوكو حرام": ("Boko Haram",),
    # News outlets, same reason.
    "بي بي سي": ("BBC",),
    "رويترز": ("Reuters",),
    "فرانس برس": ("AFP", "Agence France-Presse"),
    "اسوشيتد برس": ("AP", "Associated Press"),
    "سانا": ("SANA",),
    "الاناضول": ("Anadolu",),
}
# Weapons, armed groups and outlets: a rendering that loses one of these ("bombs" for "صواريخ", "youth
# movement" for "حركة الشباب", "Baby Bear" for "بي بي سي") is wrong, however good the rest.
WEAPONS = frozenset(list(GLOSSARY)[: list(GLOSSARY).index("عبوه ناسفه") + 1])
ACTORS = frozenset(list(GLOSSARY)[list(GLOSSARY).index("حركه الشباب") :])
_STEMS = sorted(GLOSSARY, key=len, reverse=True)
_CLITIC = r"(?:^|\s)(?:[وفبلك]|ال|وال|بال|لل)?"
_PATTERNS = [(stem, re.compile(_CLITIC + re.escape(fold(stem)))) for stem in _STEMS]


def terms_in(arabic: str) -> list[str]:
    """Glossary stems found in ``arabic`` (word-initial, clitics allowed), longest first, no overlaps."""
    return list(_terms_in(arabic))


@lru_cache(maxsize=8192)
def _terms_in(arabic: str) -> tuple[str, ...]:
    text = " " + fold(arabic) + " "
    found, taken = [], []
    for stem, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            span = (m.start(), m.end())
            if not any(a < span[1] and span[0] < b for a, b in taken):
                found.append((m.start(), stem))
                taken.append(span)
    return tuple(stem for _, stem in sorted(found))


def missing_terms(arabic: str, english: str) -> list[str]:
    """Glossary terms of ``arabic`` that ``english`` renders with none of their English forms."""
    en = english.lower()
    return [stem for stem in terms_in(arabic) if not any(form.lower() in en for form in GLOSSARY[stem])]


def gloss(arabic: str) -> str | None:
    """A literal English gloss: the span's numbers and glossary terms, in order ("4 drones")."""
    from summarizer.numbers import numbers_in

    words = [GLOSSARY[stem][0] for stem in terms_in(arabic)]
    if not words:
        return None
    numbers = [str(n) for n in numbers_in(arabic) if n < 1900]
    return " ".join([*numbers[:1], ", ".join(dict.fromkeys(words))])
