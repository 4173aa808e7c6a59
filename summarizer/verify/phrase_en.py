"""Rendering an English noun phrase into Arabic by its structure, from the lexicon and the gazetteer:
the other-language side of English articles, licensed word by word like the Arabic-to-English one
(``verify/phrase.py``). Names are written in Arabic letters by their sound (``verify/arabize.py``) only
where a name stands: a run of capitalised words one of which the lexicon does not know, or one after a
person's title. A phrase with another word the lexicon does not know is not rendered; it goes to the
model and its checks.

English structure handled: determiner, number, adjectives, head noun, "of" complement (Arabic
construct state), prepositional phrases, capitalised place names. Arabic agreement: the article on
the head and its adjectives, feminine and plural adjective endings (human plurals masculine, other
plurals feminine singular), numbers 3-10 with a plural noun, 11 and up with a singular in tanwin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.lang.lexicon import (
    ARABIC_AGREEMENT,
    COMPASS_INITIALS,
    ENGLISH_ADMIN_SUFFIXES,
    ENGLISH_LEXICON,
    ENGLISH_PLURAL_NOUNS,
    ENGLISH_POST_PARTICIPLES,
    ENGLISH_PREPOSITIONS,
    ENGLISH_WORDS_BEFORE_NAME,
    FACILITY_WORDS,
    FEMININE_PAST,
    LASTED_AR,
    MONTHS,
    NAME_PARTICLES,
    NATIONALITY_ADJECTIVES,
    NEWSPAPER_NAME_WORDS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PARTS_OF_DAY,
    STATE_BODY_WORDS,
    STREET_WORDS,
    TRAILING_QUALIFIERS,
    WEEKDAY_NAMES,
    WITH_AS_BEH,
    Written,
)
from summarizer.lang.text import ALIF, ARTICLE, BEH, LAM, TEH, WAW, YEH, definite_phrase, fold
from summarizer.verify.arabize import COMMON_ENDINGS, arabize
from summarizer.verify.gazetteer import country_hit, country_of_adjective, lookup
from summarizer.verify.numbers import numbers_in
from summarizer.verify.phrase import Rendered, a_dual, feminine, senses_in

# "a.m." is one token: read as "a" and "m", it was "metres".
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+|(?i:[ap]\.m\b\.?)|[A-Za-z][A-Za-z'’-]*")
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx")  # dropped before a name: no title of office
_HUMAN = ("people", "actor", "force", "title", "nationality")
_MAX_WORDS = 4  # of a name
_MAX_PHRASE = 6  # of a lexicon entry ("the Syrian Observatory for Human Rights")
A = ARABIC_AGREEMENT


@dataclass
class _Noun:
    written: Written | None = None
    name: str | None = None  # Arabic of a place name
    plural: bool = False
    number: int | None = None
    definite: bool = False
    adjectives: list[Written] = field(default_factory=list)
    of: _Noun | None = None
    apposition: str | None = None  # a person's name after a title, in Arabic letters
    located: str | None = None  # a place the head is in ("Costa Rica Ministry of ..." = "وزارة ... في كوستاريكا")


_ADDRESS = re.compile(rf"(\d+)\s+((?:[A-Z][\w.]*\s+){{1,3}}(?:{'|'.join(STREET_WORDS)})\.?)$", re.IGNORECASE)
_QUOTED = re.compile(r"[‘\"“']([^‘’\"“”']{2,60})[’\"”']")


def more_than_one(english: str) -> bool:
    """An English noun phrase names more than one: a number above one, or a plural head ("dozens",
    "37 people", "the soldiers"); "a soldier", "the commander" name one."""
    words = english.lower().split()
    counted = any((w.isdigit() and int(w) > 1) or NUMBER_WORDS.get(w, 0) > 1 for w in words)
    # the head is the last word before its complement ("the driver of the bus": one driver)
    head = words[: next((k for k, w in enumerate(words) if k and w in _COMPLEMENT_OPENERS), len(words))]
    plural = bool(head) and (
        (head[-1].endswith("s") and not head[-1].endswith(("ss", "us", "is"))) or head[-1].endswith("men")
    )  # "gunmen", "policemen"
    return counted or plural or (bool(head) and head[-1] in ENGLISH_PLURAL_NOUNS)


_COMPLEMENT_OPENERS = frozenset(("of", "from", "in", "at", "with", "who", "near"))


_GLUE = "\u0001"  # a preposition written on the next word


def render_english(english: str, name_slot: bool = False) -> Rendered:
    """The Arabic of an English noun phrase, or the reason it cannot be rendered from knowledge.
    ``name_slot``: the phrase stands where a name stands (a place, a source); a name of capitalised
    words the lexicon does not know, one word included ("Croydon"), is written in Arabic letters. A
    rendering that loses a count of the English is none ("wounded 91 others" is no "آخرو جريح")."""
    rendered = _render_english(english, name_slot)
    if rendered.text is not None and _GLUE in rendered.text:
        rendered = Rendered(re.sub(f"{_GLUE}\\s*", "", rendered.text), rendered.reason)
    if rendered.text is not None and not set(numbers_in(english)) <= set(numbers_in(rendered.text)) | {1, 2}:
        return Rendered(None, f"the rendering {rendered.text!r} loses a count of {english!r}")
    return rendered


# "Sierra Leone's capital, Freetown": the city, named; its being the capital is the gazetteer's to know
_CAPITAL_OF = re.compile(r"\b((?:[A-Z][\w-]*\s?){1,3})['’]s capital,?\s+(?=[A-Z])")


def _without_capital_of(english: str) -> str:
    return _CAPITAL_OF.sub(lambda m: "" if country_hit(m.group(1).strip()) else m.group(0), english)


def _hyphenated_number(word: str) -> int | None:
    """ "sixty-four", "twenty-one": number words joined by a hyphen, read as numbers.py reads them; None for
    any other word ("three-train" is no number)."""
    parts = word.split("-")
    return numbers_in(word)[0] if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts) else None


def _render_english(english: str, name_slot: bool = False) -> Rendered:
    english = _without_capital_of(english)
    if name_slot and (quoted := _quoted_name(english)):
        return quoted
    if name_slot and (address := _street_address(english)):
        return address
    if prefixed := _word_before_name(english):
        return prefixed
    if dated := _with_date(english, name_slot):
        return dated
    if modified := _post_participle(english, name_slot):
        return modified
    if placed := _place_then_its_region(english.replace(" ,", ","), name_slot):
        return placed
    if bearing := _bearing_of(english):
        return bearing
    rendered = _render(english, name_slot)
    if rendered.text is None and " and " in english:
        # "the British police and emergency services": each conjunct by itself, joined by "و".
        conjuncts = [part.strip() for part in english.split(" and ")]
        if conjuncts[0].lower().startswith("the "):  # "the" before the first noun holds for the others
            conjuncts = [conjuncts[0], *(c if c.lower().startswith("the ") else f"the {c}" for c in conjuncts[1:])]
        parts = [_render(c, name_slot) for c in conjuncts]
        if all(p.text for p in parts):
            return Rendered((" " + WAW).join(p.text for p in parts))
    return rendered


_TWO_MADE = re.compile(
    r"^(?:(?P<det>a|an|the) )?(?P<one>[a-z]+) and (?P<two>[a-z]+) (?P<head>[a-z]+)(?P<rest> (?:in|at|near|on|of) .+)?$",
    re.IGNORECASE,
)


def _facility_of_two(english: str) -> Rendered | None:
    """ "a rocket and explosives plant": one facility of two things ("مصنع صواريخ ومتفجرات"), not a rocket
    and a plant; each thing in its Arabic plural, as English's attributive noun means."""
    m = _TWO_MADE.match(english.strip())
    if m is None or fold(m["head"].lower()) not in FACILITY_WORDS:
        return None
    made = [next((w for w in ENGLISH_LEXICON.get(m[k].lower(), ()) if w.pos == "noun"), None) for k in ("one", "two")]
    head = _render(m["head"], False)  # in construct: the article, if any, goes on what it holds
    rest = render_english(m["rest"].strip()) if m["rest"] else Rendered("")
    if None in made or head.text is None or rest.text is None:
        return None
    things = [w.ar_plural or w.ar for w in made]
    if (m["det"] or "").lower() == "the":
        things = [ARTICLE + t for t in things]  # one word each: "مستودع الأسلحة والذخائر"
    return Rendered(f"{head.text} {things[0]} {WAW}{things[1]} {rest.text}".strip())


# "... in Saw Township, Magwe Region": a place, then after a comma the region it lies in
_REGION_AFTER_COMMA = re.compile(r"^(?P<head>.*[A-Za-z]),\s+(?P<region>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)$")


def _place_then_its_region(english: str, name_slot: bool) -> Rendered | None:
    """A place and, after a comma, its region, each rendered by itself ("Saw Township, Magwe Region" =
    "بلدة ساو، ماغواي"): the comma ends the first name, so no name runs across it ("Kaboro Zamfara")."""
    m = _REGION_AFTER_COMMA.match(english.strip())
    if m is None:
        return None
    words = m.group("region").split()
    place = _place(words, 0)
    if place and place[1] == len(words):
        region = Rendered(place[0])
    elif words[-1].lower() in ENGLISH_ADMIN_SUFFIXES and len(words) > 1:
        region = render_english(m.group("region"), name_slot=True)  # "Zamfara State"
    else:
        return None
    head = render_english(m.group("head"), name_slot)
    if head.text is None or region.text is None:
        return Rendered(None, head.reason or region.reason)
    return Rendered(f"{head.text}{A['comma']} {region.text}")


_POST_PARTICIPLE = re.compile(r"\s(" + "|".join(map(re.escape, ENGLISH_POST_PARTICIPLES)) + r")\s", re.IGNORECASE)


def _post_participle(english: str, name_slot: bool) -> Rendered | None:
    """A noun and the participle phrase after it ("insurgents linked to the Islamic State group"): the
    noun, the Arabic participle agreeing with it, its preposition and the complement ("متمردون مرتبطون
    بتنظيم الدولة"); None when either part has no rendering."""
    m = _POST_PARTICIPLE.search(english)
    if m is None:
        return None
    head = render_english(english[: m.start()], name_slot).text
    rest = render_english(english[m.end() :], name_slot=True).text
    if not head or not rest:
        return None
    participle, preposition = ENGLISH_POST_PARTICIPLES[m.group(1).lower()]
    last = head.split()[-1]
    human_plural = last.endswith(A["masculine_plural"])  # "متمردون": the sound plural of people
    # "جماعة", "ميليشيا" (a final alif), or a plural of things: the feminine singular
    feminine = not human_plural and (
        last.endswith((A["feminine"], ALIF)) or english[: m.start()].rstrip().endswith("s")
    )
    adjective = _agree(participle, feminine, human_plural)
    if head.startswith(ARTICLE):
        adjective = ARTICLE + adjective
    if len(preposition) == 1:  # a clitic: "بتنظيم", "للجيش" (lam and the article)
        joined = preposition + rest[1:] if preposition == LAM and rest.startswith(ARTICLE) else preposition + rest
        return Rendered(f"{head} {adjective} {joined}")
    return Rendered(f"{head} {adjective} {preposition} {rest}")


_MONTH_WORD = r"[A-Z][a-z]{2,8}\.?"
_DATE = re.compile(
    rf"(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_WORD})(?:,?\s+(?P<y2>\d{{4}})\b)?"
    rf"|(?P<m3>{_MONTH_WORD})\s+(?P<y3>\d{{4}})\b"
    rf"|\blast\s(?P<m5>{_MONTH_WORD})(?!\w)"
    rf"|\b(?:in|since)\s(?P<m4>{_MONTH_WORD})(?:\s+(?P<y4>\d{{4}}))?(?!\w)"  # "in March", never "زحف"
)


def _month_of(word: str) -> str | None:
    """The month a word names in full or by its abbreviation ("Dec.", "Sept"), else None."""
    low = word.rstrip(".").lower()
    return next((m for m in MONTHS if low == m or (len(low) in (3, 4) and m.startswith(low))), None)


def _with_date(english: str, name_slot: bool) -> Rendered | None:
    """A phrase with a calendar date ("Sunday, Dec. 31, 2017") in Arabic order, day, month, year
    ("الأحد، 31 ديسمبر 2017"): word by word, the year was read as a count of the month."""
    for m in _DATE.finditer(english):
        month = _month_of(m["m1"] or m["m2"] or m["m3"] or m["m4"] or m["m5"])
        if month is None:
            continue
        arabic = next(w.ar for w in ENGLISH_LEXICON.get(month, ()))
        if m["m5"]:  # "last August": "أغسطس الماضي"
            arabic += " " + ARTICLE + next(w.ar for w in ENGLISH_LEXICON.get("last", ()) if w.kind == "time")
        date = " ".join(x for x in (m["d1"] or m["d2"], arabic, m["y1"] or m["y2"] or m["y3"] or m["y4"]) if x)
        start = m.start("m4") if m["m4"] else m.start()
        before, after = english[:start].strip(), english[m.end() :].strip()
        lead = before.rstrip(",").strip()
        if lead.lower() in ENGLISH_PREPOSITIONS:  # "in March 2016": "في مارس 2016", "on May 5": "يوم 5 مايو"
            prep = A["on_day"] if lead.lower() == "on" else ENGLISH_PREPOSITIONS[lead.lower()]
            parts = [Rendered(prep), None]
        else:
            parts = [render_english(lead, name_slot) if lead else None, None]
        parts[1] = render_english(after.lstrip(",").strip(), name_slot) if after.lstrip(", ") else None
        if any(p is not None and p.text is None for p in parts):
            return None
        # a day or holiday before the date is a second name of one day: "الأحد، 31 ديسمبر"
        head = parts[0].text + (" " if lead.lower() in ENGLISH_PREPOSITIONS else "، ") if parts[0] else ""
        tail = ("، " if after.startswith(",") else " ") + parts[1].text if parts[1] else ""
        return Rendered(head + date + tail)
    return None


def _word_before_name(english: str) -> Rendered | None:
    """ "Lake Victoria" = "بحيرة فيكتوريا": a place word English writes before a name, said in Arabic,
    then the name (the gazetteer's Arabic, else by its sound)."""
    first, _, name = english.strip().partition(" ")
    word = ENGLISH_WORDS_BEFORE_NAME.get(first.lower())
    if word is None or not name[:1].isupper() or first[:1].islower() or lookup(english.strip()) is not None:
        return None  # a town of that name is the gazetteer's ("Mount Pleasant")
    rendered = _render(name, True)
    return Rendered(f"{word} {rendered.text}") if rendered.text else None


def _street_address(english: str) -> Rendered | None:
    """ "780 E. Pyle Ave" = "780 جادة إيست بايل": the house number kept before the street, and a compass
    initial of a street name said as its word ("E." is East, not the letter E)."""
    m = _ADDRESS.match(english.strip())
    if m is None:
        return None
    street = " ".join(COMPASS_INITIALS.get(w.lower(), w) for w in m.group(2).split())
    rendered = _render(street, True)
    return Rendered(f"{m.group(1)} {rendered.text}") if rendered.text else None


def _quoted_name(english: str) -> Rendered | None:
    """A name in quotes with its noun ("‘Bring Back Our Girls’ movement"): the words in quotes are a
    name whatever they mean, written by their sound after the noun's Arabic ("حركة «برينغ باك ...»")."""
    m = _QUOTED.search(english)
    if m is None:
        return None
    rest = (english[: m.start()] + " " + english[m.end() :]).strip()
    head = _render(rest, False).text if rest else None
    if rest and head is None:
        return None
    # Common words in quotes are translated ("Great March of Return"), a slogan is written by its sound.
    quoted = m.group(1)
    known = all(ENGLISH_LEXICON.get(t.lower()) or t.lower() in ("of", "the", "and") for t in _TOKEN.findall(quoted))
    name = f"«{(_render(quoted, False).text if known else None) or arabize(quoted)}»"
    return Rendered(f"{head} {name}" if head else name)


_OWNED_GROUP = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w ]+?)'s\s+(?:the\s+)?(?P<group>.+?)(?:\s+(?:group|movement))?$"
)


def _a_countrys_group(english: str) -> Rendered | None:
    """A country's possessive before a known group's name ("Somalia's al Shabaab group"): the group's name."""
    m = _OWNED_GROUP.match(english)
    hit = lookup(m.group("owner")) if m else None
    if m is None or hit is None or not hit.is_country:
        return None
    known = [e for e in ENGLISH_LEXICON.get(m.group("group").lower(), ()) if e.pos == "name"]
    if not known:
        return None
    # "حركة الشباب الصومالية": the country said by its adjective, agreeing with the group's head
    nisba = _nisbas().get(hit.country_code)
    said = f"{A['article']}{_agree(nisba, feminine(known[0].ar), False)}" if nisba else None
    return Rendered(f"{known[0].ar} {said}" if said else known[0].ar)


@lru_cache(maxsize=1)
def _nisbas() -> dict[str, str]:
    """Country code -> the lexicon's Arabic adjective of nationality ("SO" -> "صومالي")."""
    out: dict[str, str] = {}
    for forms in ENGLISH_LEXICON.values():
        for w in forms:
            if w.kind == "nationality" and w.pos == "adj" and (code := country_of_adjective(w.ar)):
                out.setdefault(code, w.ar)
    return out


@lru_cache(maxsize=4096)
def _render(english: str, name_slot: bool) -> Rendered:
    english = _GLOSS.sub("", english)  # "New People's Army (NPA) rebels": the acronym glosses the name
    english = english.replace("´", "'").replace("’", "'")  # "Somalia´s": an acute accent typed for the apostrophe
    if (group := _a_countrys_group(english)) is not None:
        return group
    if shared := _facility_of_two(english):
        return shared
    tokens = _counted_police(_possessive_places(_TOKEN.findall(english.replace("’", "'"))))
    if len(tokens) > 1 and tokens[0].rstrip(".") in COURTESY_TITLES:
        tokens = tokens[1:]  # "Mr Mujahid" is Mujahid: a courtesy title says nothing of who he is
    if not tokens:
        return Rendered(None, "empty phrase")
    written = " ".join(t for t in tokens if t.lower() != "the").lower()
    for whole in (written, written.replace("-", " ")):  # "Agence France-Presse" as the lexicon writes it
        if (" " in whole or "-" in whole) and (known := [e for e in ENGLISH_LEXICON.get(whole, ()) if e.pos == "name"]):
            return Rendered(known[0].ar)  # "Al Jazeera" is the lexicon's outlet, never "أل جازيرا" by sound
    if name_slot and _newspaper(tokens):
        return Rendered(arabize(" ".join(t for t in tokens if t.lower() != "the")))
    if (faction := _faction(tokens)) is not None:
        return faction
    if (placed := _where_in_the_direction(tokens)) is not None:
        return placed
    if (
        name_slot
        and _a_name(tokens)
        and not any(t.lower() in STATE_BODY_WORDS or t.lower() in ORGANISATION_WORDS for t in tokens)
    ):
        if not (_place(tokens, 0) and _place(tokens, 0)[1] == len(tokens)):
            return Rendered(arabize(" ".join(t for t in tokens if t.lower() != "the")))  # "The RAIB"
    # "Police said ...", "Indian police shot ...": a body named by its common noun alone, or after its
    # nationality, is the one the article means, definite; so are "authorities" named as a source.
    senses = ENGLISH_LEXICON.get(tokens[-1].lower(), ())
    a_body = any(w.kind in ("force", "institution") for w in senses)
    alone = len(tokens) == 1 or (len(tokens) == 2 and tokens[0] in NATIONALITY_ADJECTIVES)
    body = a_body and (
        (name_slot and len(tokens) == 1)
        or (tokens[0][:1].isupper() and alone and not any(w.plural for w in senses))  # "Gunmen": some
    )
    try:
        parts = _parse(tokens, proper=_proper(tokens) or body)
    except ValueError as exc:
        return Rendered(None, str(exc))
    return Rendered(_genitive_after_prepositions(" ".join(parts)))


def _genitive_after_prepositions(arabic: str) -> str:
    """Sound masculine plurals after a preposition in the genitive ("هجوم من متشددين جهاديين", never "من
    متشددون جهاديون"): the lexicon's plurals only, never a name that ends so."""
    words, governed = arabic.split(), False
    for k, word in enumerate(words):
        if word in _ARABIC_PREPOSITIONS:
            governed = True
        elif governed and word.endswith(A["masculine_plural"]) and _a_sound_plural(word):
            words[k] = with_genitive(word)
        elif governed and word.endswith(A["dual"]) and a_dual(word):
            # "بين عشيرتين متنافستين": a dual after a preposition, and the adjective agreeing with it
            words[k] = word.removesuffix(A["dual"]) + A["dual_genitive"]
            if k + 1 < len(words) and words[k + 1].endswith(tuple(c + A["dual"] for c in _DUAL_ADJECTIVE_STEMS)):
                words[k + 1] = words[k + 1].removesuffix(A["dual"]) + A["dual_genitive"]
        elif governed and _a_construct_plural(word):
            # "مقاتلو حرب العصابات" (the plural's construct state) after a preposition: "مقاتلي"
            words[k] = with_genitive(word + A["masculine_plural"][-1])[:-1]
    return " ".join(words)


_DUAL_ADJECTIVE_STEMS = (TEH, YEH)  # "متنافستان", "عسكريان": a feminine or a nisba adjective's dual


def _a_sound_plural(word: str) -> bool:
    bare_word = word.removeprefix(A["article"])
    nisba = bare_word.endswith(A["nisba"] + A["masculine_plural"])  # "اليساريون": an adjective's plural
    return nisba or (any(sense.plural for sense in senses_in(bare_word)) if bare_word else False)


def _a_construct_plural(word: str) -> bool:
    """A sound masculine plural in the construct state, its "ن" dropped ("مقاتلو")."""
    whole = word + A["masculine_plural"][-1]
    return word.endswith(A["masculine_plural"][:-1]) and not word.startswith(A["article"]) and _a_sound_plural(whole)


def _where_in_the_direction(tokens: list[str]) -> Rendered | None:
    """ "the northern city of Kano" = "مدينة كانو في الشمال", "the southwestern German town of Rot am See" =
    "بلدة روت أم سي الألمانية في الجنوب الغربي": the direction says where the town lies, never a town north
    of it ("مدينة شمال كانو")."""
    words = [t for t in tokens if t.lower() not in ("the", "a", "an")]
    if "of" not in words:
        return None
    at = words.index("of")
    *mods, head = words[:at] or [""]
    place_word = _usual(ENGLISH_LEXICON.get(head.lower(), ())) if ENGLISH_LEXICON.get(head.lower()) else None
    if place_word is None or place_word.kind != "place_word" or not mods:
        return None
    directions = [_direction_noun(m) for m in mods if m not in NATIONALITY_ADJECTIVES]
    if len(directions) != 1 or directions[0] is None:
        return None
    name = _render(" ".join(words[at + 1 :]), True).text
    if not name:
        return None
    feminine = place_word.ar.endswith(A["feminine"])
    peoples = [_usual(ENGLISH_LEXICON[m.lower()]).ar for m in mods if m in NATIONALITY_ADJECTIVES]
    described = [A["article"] + _agree(p.removeprefix(A["article"]), feminine, False) for p in peoples]
    where = " ".join(A["article"] + w for w in directions[0].split())
    return Rendered(" ".join([place_word.ar, name, *described, A["in"], where]))


# "an area north of the capital", "a town south-west of Baghdad": a bearing from a place
_BEARING_OF = re.compile(
    r"^(?:(?P<head>.+?)\s+)?(?P<bearing>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?P<place>.+)$", re.I
)


def _bearing_of(english: str) -> Rendered | None:
    """A place said by its bearing from another ("an area north of the capital" -> "منطقة شمال العاصمة"),
    the bearing a noun in construct with the place, never an adjective of it ("العاصمة الشمالية")."""
    m = _BEARING_OF.match(english.strip())
    bearing = _direction_noun(m.group("bearing").replace("-", "")) if m else None
    if m is None or bearing is None:
        return None
    place = _render(m.group("place"), True).text
    said = m.group("head") if m.group("head") and m.group("head").lower() != "the" else ""  # "the north of"
    head = _render(said, False).text if said else ""
    if not place or head is None:
        return None
    return Rendered(" ".join(w for w in (head, bearing, place) if w))


def _direction_place_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A direction, a place word, "of" and a name at ``i`` ("northern city of Kano"), rendered, and its width."""
    j = i
    while j < len(tokens) and (tokens[j] in NATIONALITY_ADJECTIVES or _direction_noun(tokens[j])):
        j += 1
    if j == i or j + 2 >= len(tokens) or tokens[j + 1] != "of" or not _place_word(tokens[j]):
        return None
    end = j + 2
    while end < len(tokens) and (
        tokens[end][:1].isupper()
        or (tokens[end] in NAME_PARTICLES and end + 1 < len(tokens) and tokens[end + 1][:1].isupper())
    ):
        end += 1
    if end == j + 2:
        return None
    placed = _where_in_the_direction(tokens[i:end])
    return (placed.text, end - i) if placed is not None and placed.text else None


def _direction_noun(word: str) -> str | None:
    """The Arabic noun of a direction ("northern" -> "شمال", "southwestern" -> "جنوب غربي")."""
    nouns = [w for w in ENGLISH_LEXICON.get(word.lower(), ()) if w.kind == "direction" and w.pos == "noun"]
    return nouns[0].ar if nouns else None


_GLOSS = re.compile(r"\s*\([A-Z][A-Z.]{1,7}\)")


def _counted_police(tokens: list[str]) -> list[str]:
    """ "six (Afghan) police": counted, the word is the officers ("6 شرطيين"), never the force ("6 شرطات");
    "police officers", "police station" keep their noun."""
    out = list(tokens)
    for k, token in enumerate(tokens):
        counted = any(t.isdigit() or t.lower() in NUMBER_WORDS for t in tokens[max(0, k - 3) : k])
        nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if (
            token.lower() == "police"
            and counted
            and not ENGLISH_LEXICON.get(f"police {nxt}")
            and nxt not in _POLICE_NOUNS
        ):
            out[k] = "policemen"
    return out


_ARABIC_PREPOSITIONS = frozenset(ENGLISH_PREPOSITIONS.values())
_POLICE_NOUNS = frozenset(("officer", "officers", "station", "stations", "post", "posts", "vehicle", "vehicles"))


def _a_name(tokens: list[str]) -> bool:
    """Capitalised words the lexicon lacks, with a name's small words between them ("Rot am See")."""
    inner = [t for k, t in enumerate(tokens) if not (0 < k < len(tokens) - 1 and t in NAME_PARTICLES)]
    return all(t[:1].isupper() and not ENGLISH_LEXICON.get(t.lower()) for t in inner)


def _faction(tokens: list[str]) -> Rendered | None:
    """A known name with a faction's name hyphened to its last word ("Oromo Liberation Army-Shene"): the
    lexicon's Arabic, a hyphen, the faction's name by its sound ("جيش تحرير أورومو-شيني")."""
    head, _, suffix = tokens[-1].partition("-")
    if not suffix[:1].isupper() or ENGLISH_LEXICON.get(tokens[-1].lower()):
        return None
    whole = " ".join([*(t for t in tokens[:-1] if t.lower() != "the"), head]).lower()
    known = [e for e in ENGLISH_LEXICON.get(whole, ()) if e.pos == "name"]
    return Rendered(f"{known[0].ar}-{arabize(suffix)}") if " " in whole and known else None


def _newspaper(tokens: list[str]) -> bool:
    """A newspaper's name: capitalised words ending in a newspaper word ("Global Times", "the Daily Star")."""
    words = [t for t in tokens if t.lower() != "the"]
    return len(words) > 1 and all(t[:1].isupper() for t in words) and words[-1].lower() in NEWSPAPER_NAME_WORDS


def _possessive_places(tokens: list[str]) -> list[str]:
    """A place's possessive is the place ("Costa Rica's Ministry of ..." as "Costa Rica Ministry of ...",
    rendered "وزارة ... في كوستاريكا"); a person's stays and is no phrase this renders."""
    out = list(tokens)
    for k, token in enumerate(tokens):
        if token.endswith("'s") and any(_place([*out[j:k], token[:-2]], 0) for j in range(max(0, k - 2), k + 1)):
            out[k] = token[:-2]
    return out


def _proper(tokens: list[str]) -> bool:
    """An institution's proper name, every word capitalised but "of"/"and" ("British Transport Police"):
    definite in Arabic without "the"."""
    content = [t for t in tokens if t.lower() not in ("of", "and", "for", "the")]
    return len(content) > 1 and all(t[:1].isupper() for t in content) and tokens[0].lower() not in ("a", "an")


def _parse(tokens: list[str], proper: bool = False) -> list[str]:
    """Arabic words, phrase by phrase; prepositions between phrases."""
    out: list[str] = []
    i, noun, definite, number, adjectives = 0, None, proper, None, []
    trailing = False  # the pending number came after a noun
    inner: list[Written] = []  # adjectives between the nouns of a compound, for its head
    qualifiers: list[str] = []
    leading: list[str] = []
    lasting: tuple[int, str] | None = None  # "four-day": how long the head lasted
    while i < len(tokens):
        low = tokens[i].lower()
        if (m := _LASTING.match(low)) and (m.group(1) in NUMBER_WORDS or m.group(1).isdigit()):
            lasting, i = (int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)], m.group(2)), i + 1
            continue
        if low in ("the",):
            definite, i = True, i + 1
            continue
        if low in ("a", "an"):
            i += 1
            continue
        compound = _hyphenated_number(low)
        if low.replace(",", "").isdigit() or low in NUMBER_WORDS or compound:
            value = int(low.replace(",", "")) if low[:1].isdigit() else NUMBER_WORDS.get(low) or compound
            if number is not None and number >= 20 and number % 10 == 0 and value < 10:
                value += number  # "twenty one" = 21
            number, i = value, i + 1
            trailing = noun is not None
            continue
        if low == "of" and noun is None and number is not None and not adjectives:
            out.append(f"{number} {A['partitive']}")  # "21 of the 276 schoolgirls" = "21 من 276 تلميذة"
            number, definite, i = None, False, i + 1
            continue
        if low == "of" and noun is not None:
            start = i + 1
            complement, i = _complement(tokens, start)
            wider = lookup(" ".join(t for t in tokens[start:i] if t.lower() != "the"))
            wider = wider is not None and (wider.is_region or wider.is_country)  # not "Memphis suburb of Collierville"
            if _a_named_place(noun, wider) and complement.written is None and noun.located is None:
                noun.located = complement.name  # "Ruesoh district of Narathiwat" = "قضاء روسوه في نارثيوات"
                continue
            if noun.of is not None and noun.of.written is None and noun.located is None:
                noun.located, noun.of = noun.of.name, None  # the place before the compound: "in" it
            _innermost(noun).of = complement
            continue
        quantity = _quantity(tokens, i)
        if quantity is not None:  # "at least", "about": kept with the number they qualify
            written, width = quantity
            (qualifiers if written.ar in TRAILING_QUALIFIERS else leading).append(written.ar)
            i += width
            continue
        if low in ENGLISH_PREPOSITIONS and (noun is not None or not (adjectives or number is not None or definite)):
            if noun is not None:
                out.append(_arabic(noun))
            if low == INCLUDING and noun is not None:  # "12 people, including 10 US citizens" = "بينهم"
                out.append(A["including_people"] if _of_people(noun) else ENGLISH_PREPOSITIONS[low])
            elif low == "with" and i and tokens[i - 1].lower() in WITH_AS_BEH:
                out.append(BEH + _GLUE)  # "armed with a knife" = "مسلح بسكين": glued to its noun
            else:
                out.append(_preposition(low, *(tokens[i + 1 : i + 3])))
            noun, definite, number, adjectives, i = None, False, None, [], i + 1
            continue
        if noun is not None and noun.written is not None and noun.written.kind != "time" and (day := _weekday(low)):
            part = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if PARTS_OF_DAY.get(part) and (told := render_english(f"{tokens[i]} {tokens[i + 1]}").text):
                out.append(_arabic(noun))  # "India Wednesday night": "... ليل الأربعاء", not "يوم الأربعاء ليل"
                noun, definite, number, adjectives, i = _Noun(name=told, definite=True), False, None, [], i + 2
                continue
            out += [_arabic(noun), A["on_day"], day]  # "A small plane crash Sunday": "... يوم الأحد"
            noun, definite, number, adjectives, i = None, False, None, [], i + 1
            continue
        if noun is None and not adjectives and (placed := _direction_place_at(tokens, i)):
            text, width = placed  # "in the northern city of Kano" = "في مدينة كانو في الشمال"
            noun, i = _Noun(name=text, definite=True), i + width
            continue
        if not adjectives and (named := _name(tokens, i, noun)):
            text, width = named
            if noun is None:
                noun = _Noun(name=text)
            elif noun.written is None or noun.apposition is not None:
                raise ValueError(f"{tokens[i]!r}: a second name after a name, not a phrase this renders")
            else:
                noun.apposition = text  # "police spokesman Larry Hadfield" = "... لاري هادفيلد"
            i += width
            continue
        if name := _place(tokens, i):
            text, width = name
            if any(a.kind != "direction" for a in adjectives):
                raise ValueError(f"{tokens[i]!r}: a place name with a description this does not render")
            # "western Germany" = "غربي ألمانيا": a direction stands before the name in Arabic too.
            place = _Noun(name=" ".join([*(a.ar for a in adjectives), text]), definite=True)
            if _a_place_word_named(noun, text):
                noun.apposition, noun.definite = text, True  # "Somali capital Mogadishu" = "العاصمة الصومالية مقديشو"
            elif noun is not None:
                if noun.written is None or noun.written.kind != "direction" or noun.of is not None:
                    raise ValueError(f"{tokens[i]!r} follows a noun it does not belong to")
                noun.of = place  # "northwest Costa Rica" = "شمال غرب كوستاريكا"
            else:
                noun = place
            adjectives = []
            i += width
            continue
        if noun is not None and low.endswith("ing") and tokens[i + 1 : i + 2] and tokens[i + 1].lower() in _DETERMINERS:
            # "a car bomb targeting a police vehicle": a participle and its object, never "the targeting of ..."
            raise ValueError(f"{tokens[i]!r} takes an object: a participle clause this does not render")
        written, width = _word(tokens, i)
        if written.pos == "adj" and noun is None:
            adjectives.append(written)
        elif written.pos == "adj" and noun is not None and tokens[i].lower().endswith("ed") and not inner:
            noun.adjectives = [*noun.adjectives, written]  # "a man armed (with a knife)" = "رجل مسلح"
        elif written.pos == "adj" and noun is not None and i + width < len(tokens):
            inner.append(written)  # "Las Vegas Metropolitan Police": an adjective inside a compound
        elif written.pos in ("noun", "name", "phrase"):
            dated = noun is not None and noun.written is not None and noun.written.kind == written.kind == "time"
            if dated and noun.written.pos == written.pos == "name":
                out.append(_arabic(noun) + A["comma"])  # "New Year's Eve, Dec 31": two dates of one day
                noun = _Noun(written, definite=definite)
            elif _stacked_titles(noun, written, tokens[i]):
                noun.definite = True  # "Director General Lt Gen X" = "المدير العام الفريق X"
                out.append(_arabic(noun))
                noun = _Noun(written, definite=True)
            elif noun is not None:
                noun = _adjunct(noun, written, tokens[i])  # "police checkpoint" = "حاجز الشرطة"
                noun.adjectives, inner = [*noun.adjectives, *inner], []
            else:
                noun = _Noun(written, plural=written.plural or (number or 1) > 1, number=number, definite=definite)
                noun.adjectives, adjectives = adjectives, []
                number = None  # counted: a number after the noun is another's (a day after its month)
        elif written.pos == "prep" and width > 1 and noun is not None:
            out += [_arabic(noun), written.ar]  # "metres away from" = "على بعد أمتار من": between two phrases
            noun, definite, number, adjectives = None, False, None, []
        else:
            raise ValueError(f"{tokens[i]!r} ({written.pos}) does not fit a noun phrase")
        i += width
    if noun is None:
        raise ValueError("no noun")
    if inner:
        raise ValueError(f"{inner[0].ar!r}: an adjective after its noun")
    if number is not None and trailing:  # a number after its noun: a day after its month ("Dec 31" = "31 ديسمبر")
        if noun.written is None or noun.written.kind != "time":
            raise ValueError(f"{number} after the noun counts nothing this renders")
        leading = [*leading, str(number)]
    out.append(" ".join([*leading, _arabic(noun), _lasted(lasting, noun) if lasting else ""]).strip())
    return [w for w in [*out, *qualifiers] if w]


_DETERMINERS = ("a", "an", "the")


def _a_named_place(noun: _Noun, wider: bool) -> bool:
    """A place by its name ("Ruesoh district"), or by a town's name and a place word when what follows "of"
    is a region or a country ("Kano district of Nigeria"; "the Memphis suburb of Collierville" names the
    suburb after "of"): "of" a place after it says where it lies."""
    if noun.written is None:
        return noun.name is not None and noun.apposition is None
    return wider and noun.written.kind == "place_word" and noun.of is not None and noun.of.written is None


def _a_place_word_named(noun: _Noun | None, name: str) -> bool:
    """A place word with no complement yet, then its name in apposition ("the Somali capital Mogadishu",
    "Borno state ...": the name after the word)."""
    return (
        noun is not None
        and noun.written is not None
        and noun.written.kind == "place_word"
        and noun.of is None
        and noun.apposition is None
        and noun.number is None
        and bool(name)
    )


def _stacked_titles(noun: _Noun | None, written: Written, token: str) -> bool:
    """A capitalised title right after another: a second title of the same person, not a compound."""
    return (
        noun is not None
        and noun.written is not None
        and noun.of is None
        and noun.written.kind == written.kind == "title"
        and token[:1].isupper()
    )


_LASTING = re.compile(r"^(\w+)-(day|hour|week)s?$")


def _lasted(lasting: tuple[int, str], noun: _Noun) -> str:
    """ "استمرت 4 أيام": the verb of lasting agreeing with the head, the count and its unit's form."""
    count, unit = lasting
    one, two, few, many = LASTED_AR["units"][unit]
    head = noun.written.ar.split()[0] if noun.written is not None else ""
    verb = LASTED_AR["verb"] + (FEMININE_PAST if head.endswith(A["feminine"]) else "")
    said = one if count == 1 else two if count == 2 else f"{count} {few if count <= 10 else many}"
    return f"{verb} {said}"


INCLUDING = "including"
_PEOPLE_KINDS = ("people", "nationality", "actor", "force", "title", "armed_group")


def _of_people(noun: _Noun) -> bool:
    return noun.written is not None and noun.written.kind in _PEOPLE_KINDS


def _weekday(token: str) -> str | None:
    """The Arabic of a weekday's name ("sunday" -> "الأحد"), None for any other word."""
    found = next((w for w in ENGLISH_LEXICON.get(token, ()) if w.kind == "time" and w.pos == "name"), None)
    return found.ar if found is not None and token.capitalize() in WEEKDAY_NAMES else None


def _preposition(english: str, following: str = "", part: str = "") -> str:
    """The Arabic preposition; "on" a day is "يوم" ("on Wednesday" = "يوم الأربعاء"), not "على"; "on"
    a day's night, morning or evening is none ("on Wednesday night" = "ليل الأربعاء")."""
    day = any(w.kind == "time" and w.pos == "name" for w in ENGLISH_LEXICON.get(following.lower(), ()))
    if english == "on" and day and PARTS_OF_DAY.get(part.lower()):
        return ""
    return A["on_day"] if english == "on" and day else ENGLISH_PREPOSITIONS[english]


def _adjunct(modifier: _Noun, written: Written, token: str) -> _Noun:
    """English noun + noun ("police checkpoint", "tourist ship", "London Ambulance Service"): the last
    is the head, the ones before it its construct chain in Arabic, innermost first ("Las Vegas Police
    Department" = "إدارة شرطة لاس فيغاس"); the number and adjectives go with the head."""
    place = modifier.written is None and modifier.name is not None
    if (
        place
        and written.pos in ("phrase", "noun")
        and written.kind == "title"
        and (bare := _construct_head(written.ar))
    ):
        # "Balochistan Chief Minister": "رئيس وزراء الإقليم" with the place for its "الإقليم"; "Freetown Mayor":
        # "رئيس بلدية فريتاون"
        written = written._replace(ar=bare, pos="noun")
    named_body = place and written.pos == "name" and written.kind == "institution"  # "Gaza health ministry"
    if place and written.pos == "phrase" and written.kind in ("force", "institution"):
        # "Myanmar's armed forces" = "القوات المسلحة في ميانمار": a body's phrase, the place it serves after it
        return _Noun(written, plural=written.plural, definite=True, located=modifier.name)
    if (not place and modifier.written is None) or modifier.apposition or (written.pos != "noun" and not named_body):
        raise ValueError(f"two nouns side by side ({token!r}): not a phrase this renders")
    number = modifier.number
    head = _Noun(written, plural=written.plural or (number or 1) > 1, number=number, definite=modifier.definite)
    head.adjectives, modifier.adjectives = modifier.adjectives, []
    if not place:
        modifier.number, modifier.plural = None, modifier.written.plural
    head.of = modifier
    return head


def _construct_head(arabic: str) -> str | None:
    """A title phrase whose last word is definite ("رئيس وزراء الإقليم") without that article: the
    head of a construct whose last term a place can be ("رئيس وزراء إقليم"); None otherwise."""
    *head, last = arabic.split()
    return " ".join([*head, last.removeprefix(ARTICLE)]) if head and last.startswith(ARTICLE) else None


def _quantity(tokens: list[str], i: int) -> tuple[Written, int] | None:
    """A quantity phrase of two words or more at ``i`` ("at least", "more than")."""
    for width in range(min(3, len(tokens) - i), 0, -1):
        found = ENGLISH_LEXICON.get(" ".join(tokens[i : i + width]).lower())
        if found and found[0].kind == "quantity" and found[0].pos != "noun":
            return found[0], width
    return None


def _complement(tokens: list[str], i: int) -> tuple[_Noun, int]:
    """The noun phrase after "of": a place name, or [the] [adjectives] noun."""
    definite = i < len(tokens) and tokens[i].lower() == "the"
    i += definite
    if not definite and i < len(tokens) and tokens[i].lower() in ("a", "an"):
        i += 1  # "members of an armed gang" = "أعضاء عصابة مسلحة": the indefinite genitive
    if name := _place(tokens, i):
        return _Noun(name=name[0]), i + name[1]
    adjectives = []
    while i < len(tokens):
        written, width = _word(tokens, i)
        i += width
        if written.pos == "adj":
            adjectives.append(written)
            continue
        if written.pos not in ("noun", "name", "phrase"):
            raise ValueError(f"{tokens[i - width]!r} after 'of' is no noun")
        noun = _Noun(written, plural=written.plural, definite=definite)
        noun.adjectives = adjectives
        while (following := _compound_noun(tokens, i)) is not None:  # "of State Services": "خدمات الدولة"
            noun = _adjunct(noun, following[0], tokens[i])
            i += following[1]
        return noun, i
    raise ValueError("'of' without a noun")


def _compound_noun(tokens: list[str], i: int) -> tuple[Written, int] | None:
    """A noun at ``i`` that heads a compound with the noun before it; None at a preposition or the end."""
    if i >= len(tokens) or tokens[i].lower() in ENGLISH_PREPOSITIONS or tokens[i].lower() in ("of", "and"):
        return None
    try:
        written, width = _word(tokens, i)
    except ValueError:
        return None
    return (written, width) if written.pos == "noun" else None


_NAME_JOINERS = frozenset({"and", "of", *NAME_PARTICLES})


def _place(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A capitalised place name the gazetteer knows with an Arabic name; not the first word of a longer
    name the lexicon knows ("Federal Security Service" is no town of Federal)."""
    if (region := _named_region(tokens, i)) is not None:
        return region, 2  # "Plateau state" = "ولاية بلاتو", never "the state of the plateau"
    longer = max(
        (
            k
            for k in range(2, min(_MAX_PHRASE, len(tokens) - i) + 1)
            if ENGLISH_LEXICON.get(" ".join(tokens[i : i + k]).lower())
        ),
        default=0,
    )
    for width in range(min(3, len(tokens) - i), 0, -1):
        if width < longer:
            return None
        words = tokens[i : i + width]
        # "Jammu and Kashmir", "Bosnia and Herzegovina": a lower-case joining word inside a name
        if not all(w[:1].isupper() or (0 < k < width - 1 and w in _NAME_JOINERS) for k, w in enumerate(words)):
            continue
        hit = lookup(" ".join(words))
        if hit is not None and hit.name_ar:
            return hit.name_ar, width
        if hit is not None and any(w in NAME_PARTICLES for w in words):
            return arabize(" ".join(words)), width  # "Rot am See": a town the gazetteer has no Arabic for
    return None


def _named_region(tokens: list[str], i: int) -> str | None:
    """A capitalised word and its region's word ("Plateau state") that the gazetteer knows as a region with
    an Arabic name, even when the word is a common one too: the region's word, then its name."""
    if i + 1 >= len(tokens) or not tokens[i][:1].isupper() or (word := _place_word(tokens[i + 1])) is None:
        return None
    hit = lookup(f"{tokens[i]} {tokens[i + 1]}")
    return f"{word} {hit.name_ar}" if hit is not None and hit.is_region and hit.name_ar else None


def _name(tokens: list[str], i: int, before: _Noun | None) -> tuple[str, int] | None:
    """A name at ``i``, written in Arabic letters: a run of capitalised words of which one at least
    is no word the lexicon knows and which is no place the gazetteer knows ("Stephen Paddock",
    "Mandalay Bay"), or one such word right after a person's title ("spokesman Hadfield") or before a
    place word ("Hebei province"). Capitalised common words are no name ("State Department"), nor is
    a title ("Assistant Sheriff")."""
    run = 0
    small = 0  # "Bill de Blasio": a name's small words between its capitalised ones, not counted
    while i + run < len(tokens) and run - small < _MAX_WORDS:
        if _particle_within(tokens, i, run):
            small += 1
        elif not tokens[i + run][:1].isupper():
            break
        run += 1
    words = tokens[i : i + run]
    if not words or _title_at(tokens, i) or all(ENGLISH_LEXICON.get(w.lower()) for w in words):
        return None
    if run > 1 and (first := ENGLISH_LEXICON.get(words[0].lower())) and all(w.pos == "adj" for w in first):
        return None  # "Suspected Tamil Tiger rebels": an adjective capitalised at the sentence's start, no name
    if any(w.pos == "name" for w in ENGLISH_LEXICON.get(words[0].lower(), ())):
        return None  # "NYE Terrigal ...": a name the lexicon knows first; the unknown name starts after it
    if any(ENGLISH_LEXICON.get(" ".join(tokens[i : i + k]).lower()) for k in range(2, run + 1)):
        return None  # a phrase the lexicon knows starts here ("New Year's Eve"): no name
    # An institution's name is translated, not spelt out; the name before it is its place or owner
    # ("Clark County Fire Department": "Clark County", then "Fire Department").
    body = next((k for k, w in enumerate(words) if _institution_word(w)), None)
    if body == 0:
        return None
    if body is not None:
        words, run = words[:body], body
    # A common word after the name's own words is no part of it ("Frobnitz Transit Authority"), a
    # place word may be ("Mandalay Bay Hotel").
    common = next(
        (k for k in range(1, run) if ENGLISH_LEXICON.get(words[k].lower()) and not _place_word(words[k])), None
    )
    # after a person's title a run of two capitalised words or more is the person's name, whatever common
    # word or town it holds ("Police Chief Dale Lane": never "alley", nor a town named Dale)
    titled = before is not None and before.written is not None and before.written.kind == "title"
    titled = titled and not any(_a_title_or_people(w) for w in words)  # "spokesman ... Philippine President"
    if titled and run > 1 and body is None and not _place(tokens, i + run - 1):
        return arabize(" ".join(words)), run
    if common is not None and not all(ENGLISH_LEXICON.get(w.lower()) for w in words[:common]):
        words, run = words[:common], common
    # A place word inside the run ends the name when a common word follows it ("Clark County Fire ...");
    # "Mandalay Bay Hotel" keeps its "Bay", a place word followed by another.
    for k in range(1, run - 1):
        if _place_word(words[k]) and not _place_word(words[k + 1]) and ENGLISH_LEXICON.get(words[k + 1].lower()):
            words, run = words[: k + 1], k + 1
            break
    rest = words[place[1] :] if (place := _place(tokens, i)) else []
    if place and all(ENGLISH_LEXICON.get(w.lower()) for w in rest) and not (rest and _place_word(rest[0])):
        return None  # "London Ambulance Service": a place the gazetteer writes, then common words
    # "Croydon council"; in a proper name any noun after it ("Terrigal Fireworks Festival")
    owner = i + run < len(tokens) and (
        _institution_word(tokens[i + run]) or (_proper(tokens) and _noun_word(tokens[i + run]))
    )
    # A place word after the name is its head in Arabic: "Terrigal Beach" = "شاطئ تيريغال".
    last = i + run - 1 if run > 1 else i + 1
    head = _place_word(tokens[last]) if last < len(tokens) else None
    name = words[:-1] if head and run > 1 else words
    after_title = before is not None and before.written is not None and before.written.kind in _HUMAN
    if len(name) == 1 and not ((after_title or head or owner) and not name[0].lower().endswith(COMMON_ENDINGS)):
        return None  # one capitalised word alone may be a common word this lexicon lacks
    arabic = arabize(" ".join(w.removesuffix("'s").removesuffix("’s") for w in name))  # "Rio's police": Rio's
    return (f"{head} {arabic}", last - i + 1) if head else (arabic, run)


def _particle_within(tokens: list[str], i: int, run: int) -> bool:
    """The token at ``i + run`` is a name's small word ("de", "van") between capitalised words of the run."""
    k = i + run
    return run > 0 and tokens[k] in NAME_PARTICLES and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()


def _a_title_or_people(token: str) -> bool:
    """A title or a people's word ("President", "Philippine"): no part of a person's own name."""
    return any(w.kind in ("title", "nationality") for w in ENGLISH_LEXICON.get(token.lower(), ()))


def _noun_word(token: str) -> bool:
    return any(w.pos == "noun" for w in ENGLISH_LEXICON.get(token.lower(), ()))


def _institution_word(token: str) -> bool:
    return token.lower() in STATE_BODY_WORDS or token.lower() in ORGANISATION_WORDS


def _title_at(tokens: list[str], i: int) -> bool:
    """A person's title or role starts at ``i`` (the lexicon's, one word or more: "Assistant Sheriff")."""
    try:
        written, _ = _word(tokens, i)
    except ValueError:
        return False
    return written.kind in _HUMAN


def _place_word(token: str) -> str | None:
    """The Arabic of a place word or a building ("beach", "street", "hotel") that follows a name."""
    found = ENGLISH_LEXICON.get(token.lower())
    return _usual(found).ar if found and _usual(found).kind in ("place_word", "target") else None


def _word(tokens: list[str], i: int) -> tuple[Written, int]:
    for width in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1):
        phrase = " ".join(tokens[i : i + width]).lower()
        if found := ENGLISH_LEXICON.get(phrase):
            if _before_its_noun(found, tokens, i + width):
                return next(w for w in found if w.pos == "adj"), width  # "jihadist fighters" = "مقاتلون جهاديون"
            if (participle := _participle_before_people(found, phrase, tokens, i + width)) is not None:
                return participle, width  # "wounded soldiers" = "جنود جرحى"... as "جنود مصابون"
            return _usual(found), width
    raise ValueError(f"{tokens[i]!r} is neither in the lexicon nor a place the gazetteer knows")


def _before_its_noun(found: tuple[Written, ...], tokens: list[str], after: int) -> bool:
    """A word for people that is an adjective too ("jihadist", "communist"), right before a word that is only
    a noun ("fighters", "rebels"): English puts the adjective there ("emergency services" is a compound)."""
    people = any(w.pos == "noun" and w.kind in ("actor", "people") for w in found)  # "rival gangs"
    if not people or not any(w.pos == "adj" for w in found) or after >= len(tokens):
        return False
    following = ENGLISH_LEXICON.get(tokens[after].lower(), ())
    return bool(following) and all(w.pos == "noun" for w in following)


def _participle_before_people(found: tuple[Written, ...], phrase: str, tokens: list[str], after: int) -> Written | None:
    """A casualty participle right before a noun of people ("the wounded man", "injured people"): it
    describes them, an adjective agreeing with its noun ("الرجل الجريح", "أشخاص مصابون"), not the first of a
    compound ("رجل الجريح")."""
    if not phrase.endswith("ed") or after >= len(tokens) or any(w.pos == "adj" for w in found):
        return None
    following = ENGLISH_LEXICON.get(tokens[after].lower(), ())
    human = any(w.pos in ("noun", "phrase") and w.kind in _HUMAN for w in following)
    if not human or any(w.pos in ("verb", "adj") for w in following):
        return None
    noun = next((w for w in found if w.pos == "noun" and w.kind == "casualty" and " " not in w.ar), None)
    return noun._replace(pos="adj", plural=False) if noun is not None else None


def _usual(found: tuple[Written, ...]) -> Written:
    """Nouns and names before adjectives, then the first listed (the usual rendering)."""
    order = {"noun": 0, "name": 1, "phrase": 2, "adj": 3}
    return min(found, key=lambda w: order.get(w.pos, 4))


def _innermost(noun: _Noun) -> _Noun:
    while noun.of is not None:
        noun = noun.of
    return noun


def _arabic(noun: _Noun) -> str:
    """Arabic order: [number] head [complement] adjectives, with agreement."""
    if noun.name is not None:
        return f"{noun.name} {A['in']} {noun.located}" if noun.located else noun.name
    w = noun.written
    human = w.kind in _HUMAN and w.ar not in A["group_nouns"]  # tribes agree as things: "قبائل متنافسة"
    head = _number_form(w, noun) if noun.number is not None else (_plural(w, human) if noun.plural else w.ar)
    # A title before a person's name is definite in Arabic ("President X" = "الرئيس X"); "the 276
    # schoolgirls" = "276 تلميذة": a counted noun takes no article.
    titled = noun.apposition is not None
    if titled and noun.of is not None and noun.of.written is not None:
        noun.of.definite = True  # "police spokesman X" = "متحدث الشرطة X"
    article = (noun.definite or titled) and noun.number is None and noun.of is None and w.pos != "name"
    # "رئيس البلدية" (mayor) is definite by its complement: no article on its head ("الرئيس البلدية")
    article = (
        article and not head.startswith(A["article"]) and not any(x.startswith(A["article"]) for x in head.split()[1:])
    )
    if noun.of is not None and head.endswith(A["masculine_plural"]) and " " not in head:
        head = head[: -len(A["construct_nun"])]  # a sound plural in a construct loses its nun: "متشددو بوكو حرام"
    words = [definite_phrase(head, _an_adjective) if article else head]
    # a phrase entry written as used ("أفراد الطاقم") is counted as a part of it: "اثنان من أفراد الطاقم"
    partitive = noun.number is not None and noun.number >= 2 and " " in w.ar and head in (w.ar, w.ar_plural)
    if partitive and noun.number == 2 and not article and (dual := _dual_compound(w.ar)):
        words, partitive = [dual], False  # "two suicide bomb attacks" = "هجومان انتحاريان"
    elif partitive:
        words.insert(0, f"{A['two_of'] if noun.number == 2 else noun.number} {A['partitive']}")
    elif noun.number is not None and noun.number != 2:  # the dual says "two" itself
        words.insert(0, str(noun.number))
    if noun.of is not None and noun.of.name is not None and any(w.startswith(A["article"]) for w in head.split()[1:]):
        noun.located, noun.of = noun.of.name, None  # "Las Vegas Police Department" = "مديرية الشرطة في ..."
    if noun.of is not None and w.kind == "quantity" and noun.of.written is not None:
        noun.of.definite = True  # "dozens of protesters" = "عشرات المتظاهرين": a definite genitive plural
        words.append(with_genitive(_complement_arabic(noun.of)))
    elif noun.of is not None:
        complement = _complement_arabic(noun.of)
        if noun.of.plural and noun.of.written is not None and noun.of.written.kind in _HUMAN:
            complement = with_genitive(complement)  # "a group of gunmen" = "جماعة مسلحين", a construct's genitive
        words.append(complement)
    # a sound feminine plural ("قوات", "ميليشيات") takes a feminine singular adjective, people or not:
    # "القوات الروسية", not "القوات الروسيون"
    sound_feminine = noun.plural and head.split()[0].endswith(A["feminine_plural"])
    # a body's adjective agrees with its first word ("وزارة الصحة والسكان المصرية"); a thing's with the
    # compound's last ("تحطم طائرة صغيرة": the plane is small)
    body = w.kind in ("institution", "force", "armed_group")
    first = w.ar.split()[0] if body else w.ar
    endings = (A["feminine"], A["feminine_plural"]) if body else (A["feminine"],)
    feminine = first.endswith(endings) or w.ar.endswith(A["feminine"])
    feminine = feminine or (noun.plural and (not human or sound_feminine))
    feminine = feminine or (not human and head.split()[0].endswith(A["feminine_plural"]))  # "المرتفعات النائية"
    # A head written with its own article inside ("جهاز المخابرات") is definite: so are its adjectives.
    # a construct is definite by its complement, a name too ("متشددو أنتي بالاكا المسلحون")
    of = noun.of
    of_definite = of is not None and (of.definite or of.name is not None or (of.written and of.written.pos == "name"))
    definite = noun.definite or of_definite or any(w.startswith(A["article"]) for w in head.split()[1:])
    definite = definite or (titled and noun.number is None)  # "الشرطي الصومالي محمد آدم", as its title is
    counted = noun.number is not None and 3 <= noun.number <= 10 and not partitive  # 3-10: genitive noun
    if counted and human:
        words[1] = with_genitive(words[1])
    for adj in noun.adjectives:
        if partitive:  # after "من", an adjective of the plural phrase: "... أفراد الطاقم الكوستاريكيين"
            form = with_genitive(_agree(adj.ar, feminine, human)) if human else _agree(adj.ar, True, False)
            words.append(f"{A['article']}{form}" if definite else form)
            continue
        dual = noun.number == 2  # two of a thing take the dual too ("قبيلتان متنافستان")
        form = _counted_adjective(adj.ar, w.ar.endswith(A["feminine"]), noun.number) if human or dual else None
        if form is None and noun.plural and human and not sound_feminine and adj.ar_plural:
            form = adj.ar_plural  # a listed broken plural: "جنود جرحى", not "جريحون"
        form = form or _agree(adj.ar, feminine, noun.plural and human and not sound_feminine)
        form = with_genitive(form) if counted and human else form
        words.append(f"{A['article']}{form}" if definite else form)
    if noun.apposition:
        words.append(noun.apposition)
    if noun.located:
        words.append(f"{A['in']} {noun.located}")
    return " ".join(words)


def _dual_compound(arabic: str) -> str | None:
    """The dual of a noun and its adjective written as one entry ("هجوم انتحاري" -> "هجومان انتحاريان",
    "سيارة مفخخة" -> "سيارتان مفخختان"); None for any other entry ("أفراد الطاقم")."""
    words = arabic.split()
    if len(words) != 2 or words[0].startswith(A["article"]) or not _an_adjective(words[1]):
        return None
    return " ".join(
        w[: -len(A["feminine"])] + A["feminine_dual"] if w.endswith(A["feminine"]) else w + A["dual"] for w in words
    )


def _an_adjective(arabic: str) -> bool:
    """Whether a word may be an adjective ("سريع", "محلية"), not only a noun ("إنقاذ"); a word the lexicon
    does not know counts as one (the article on every word, as before a construct was told apart)."""
    senses = senses_in(arabic)
    return not senses or any(sense.pos == "adj" for sense in senses)


def _complement_arabic(noun: _Noun) -> str:
    if noun.name is not None:
        return noun.name
    inner = _Noun(noun.written, plural=noun.plural, definite=noun.definite, adjectives=noun.adjectives, of=noun.of)
    return _arabic(inner)


def _plural(w: Written, human: bool) -> str:
    if w.pos != "noun" or (w.ar.split()[0] != w.ar and not w.ar_plural):
        return w.ar  # a phrase entry is written as it is used
    if w.ar_plural:
        return w.ar_plural
    if w.ar.endswith(A["feminine"]):
        return w.ar[: -len(A["feminine"])] + A["feminine_plural"]
    if human:
        return w.ar + A["masculine_plural"]
    raise ValueError(f"no Arabic plural known for {w.ar!r}")


def _number_form(w: Written, noun: _Noun) -> str:
    """3-10 take the plural; 11 and up the singular with tanwin alif; 1 and 2 the singular/plural."""
    n = noun.number or 1
    if n == 2 and " " not in w.ar and w.ar.endswith(A["masculine_plural"]):
        return w.ar[: -len(A["masculine_plural"])] + A["dual"]  # "آخرون" -> "آخران"
    if n == 2 and " " not in w.ar:  # the dual
        return w.ar[: -len(A["feminine"])] + A["feminine_dual"] if w.ar.endswith(A["feminine"]) else w.ar + A["dual"]
    if n > 2 and " " not in w.ar and w.ar.endswith(A["masculine_plural"]):
        # an entry written in the plural ("آخرون", others): the counted plural is genitive, "63 آخرين"
        return w.ar[: -len(A["masculine_plural"])] + A["masculine_plural_genitive"]
    if n >= 11 and " " in w.ar and w.ar_plural:
        return w.ar_plural  # a phrase entry counted as a part of its plural: "20 من عناصر ميليشيا"
    if n >= 11:
        return w.ar if w.ar.endswith(A["feminine"]) or " " in w.ar else w.ar + A["tanwin_alif"]
    return _plural(w, w.kind in _HUMAN) if n > 1 else w.ar


def _counted_adjective(adjective: str, feminine: bool, number: int | None) -> str | None:
    """An adjective after two people (the dual: "مواطنان أمريكيان") or 11 and more (the singular with
    tanwin: "12 مواطناً أمريكياً"); None for other numbers."""
    if number == 2:
        return (
            _agree(adjective, feminine, False)[: -len(A["feminine"])] + A["feminine_dual"]
            if feminine
            else adjective + A["dual"]
        )
    if number is not None and number >= 11:
        return _agree(adjective, True, False) if feminine else adjective + A["tanwin_alif"]
    return None


def _agree(adjective: str, feminine: bool, human_plural: bool) -> str:
    if " " in adjective and adjective.split()[0] in A["bearing_prefixes"]:
        bearing, rest = adjective.split(" ", 1)  # "جماعة جنوب سودانية": the nationality agrees
        return f"{bearing} {_agree(rest, feminine, human_plural)}"
    if " " in adjective:  # "ناطق بالإنجليزية": the participle agrees, its complement stays
        head, rest = adjective.split(" ", 1)
        return f"{_agree(head, feminine, human_plural)} {rest}"
    if human_plural:
        return adjective + A["masculine_plural"]
    if not feminine:
        return adjective
    article = A["article"] if adjective.startswith(A["article"]) else ""
    if (irregular := A["irregular_feminine"].get(adjective.removeprefix(article))) is not None:
        return article + irregular  # "أقلية أخرى"
    if adjective.endswith(A["nisba"]):
        return adjective[: -len(A["nisba"])] + A["nisba_feminine"]
    return adjective + A["feminine"]


def counted_forms(singular: str, plural: str) -> dict[str, str]:
    """The Arabic forms a count takes of a noun of people, genitive (after "مقتل"/"إصابة", and 3-10
    always) but the nominative dual "two_nom": one ("جندي واحد"), two (the dual), 3-10 (the plural),
    11-99 (the singular with tanwin), a round hundred or thousand (the bare singular: "1300 شخص")."""
    feminine = singular.endswith(A["feminine"])
    stem = singular[: -len(A["feminine"])] if feminine else singular
    tanwin = "" if singular.endswith(tuple(A["no_tanwin_alif"])) else A["tanwin_alif"]
    return {
        "one": f"{singular} {A['one_feminine'] if feminine else A['one']}",
        "two": stem + (A["feminine_dual_genitive"] if feminine else A["dual_genitive"]),
        "two_nom": stem + (A["feminine_dual"] if feminine else A["dual"]),
        "few": with_genitive(plural),
        "many": singular + tanwin,
        "bare": singular,
    }


def with_genitive(plural: str) -> str:
    """A sound masculine plural in the genitive ("مدنيون" -> "مدنيين"); broken plurals do not change."""
    ending = A["masculine_plural"]
    return plural[: -len(ending)] + A["masculine_plural_genitive"] if plural.endswith(ending) else plural
