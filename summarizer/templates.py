"""Prompt templates: Jinja files in ``prompts/``, rendered in a sandboxed, strict environment.

Each stage template defines ``{% block system %}`` (fixed instructions, first so that llama.cpp can
reuse the cached prefix across articles) and ``{% block user %}`` (the article or spans, as data).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from summarizer.lang.lexicon import (
    BARE_SOURCES,
    BARE_SOURCES_AR,
    COUNTED_PARTICIPLE,
    ENGLISH_AUXILIARIES,
    ENGLISH_DEFINITE_HEADS,
    ENGLISH_DEFINITE_OPENERS,
    ENGLISH_EVENT_PARTICIPLES,
    ENGLISH_IRREGULAR_PAST,
    ENGLISH_LEXICON,
    ENGLISH_PASSIVE_FOLLOWERS,
    ENGLISH_PASSIVE_OPENERS,
    ENGLISH_PLURAL_NOUNS,
    KILLED_WORDS,
    LEXICON,
    NAMES_WITH_ARTICLE,
    NATIONALITY_ADJECTIVES,
    NEWSPAPER_NAME_WORDS,
    NUMBER_WORDS,
    ON_PLACES,
    PLACE_PREPOSITIONS,
    SUFFERED_VERBS,
    VICTIM_SLOT_FOLLOWERS,
    VICTIMS_SHARE,
    country_takes_the,
)
from summarizer.lang.text import ARTICLE, NOMINATIVE_PLURAL, NOON, WAW, YEH, a_or_an, bare_phrase, fold, mentions


def prompts_dir() -> Path:
    """Installed wheels carry the templates as ``summarizer/prompts``; a source tree has ``prompts/``."""
    packaged = Path(str(resources.files("summarizer"))) / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=1)
def environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(prompts_dir()),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["mid_sentence"] = mid_sentence
    env.filters["with_the"] = with_the
    env.filters["without_article"] = without_article
    env.filters["upper_first"] = upper_first
    env.filters["indefinite"] = indefinite
    env.filters["occurred"] = occurred_en
    env.filters["named_ar"] = named_ar
    env.filters["unsaid"] = unsaid
    env.filters["without_country_end"] = without_country_end
    env.filters["after_site"] = after_site
    env.filters["main_clause"] = main_clause
    env.filters["with_victim"] = with_victim
    env.filters["with_victim_ar"] = with_victim_ar
    env.tests["chained"] = chained
    env.tests["said_last"] = said_last
    env.tests["said_in"] = said_in
    env.tests["actor_said_in"] = actor_said_in
    env.tests["partly_said_in"] = partly_said_in
    env.tests["tail_said_in"] = tail_said_in
    env.tests["head_said_in"] = head_said_in
    env.tests["a_clause"] = a_clause
    env.tests["telling_deaths"] = telling_deaths
    env.tests["share_said_in"] = share_said_in
    env.filters["at_place"] = at_place
    env.filters["stopless"] = stopless
    return env


_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:\w\.)+\w?\.$")  # "a.m.", "p.m.", "U.S."


def stopless(text: str) -> str:
    """The text without the full stops that close it, unless the last is an abbreviation's ("shortly
    after 6 a.m." keeps its stop inside brackets)."""
    bare = text.rstrip(".")
    return bare + "." if bare != text and _ABBREVIATION_END.search(bare + ".") else bare


def one_stop(text: str) -> str:
    """A sentence that ends on an abbreviation ends on its stop alone ("... after 6 a.m.", not "a.m.."); a
    comma left before the stop (nothing followed the apposition it closed) is dropped."""
    text = re.sub(r"[,،](?=\.(?:\s|$))", "", text)
    return re.sub(r"(?<=\w\.\w\.)\.(?=\s|$)", "", text)


def unsaid(names: Iterable[str], *texts: str) -> list[str]:
    """The names not written in ``texts`` nor in another name of the list: a place the clause already
    names ("... في منطقة سيبيريا") is not repeated in brackets after it, nor Homs beside "the Homs desert"."""
    names = list(names)
    out: list[str] = []
    for name in names:
        inside = any(said_in(name, other) for other in names if bare_phrase(other) != bare_phrase(name))
        if not inside and not any(said_in(name, t) for t in (*texts, *out)):
            out.append(name)
    return out


def after_site(names: list[str], relations: dict, lang: str, adjacent: bool = True) -> str:
    """The places said after the site: one the article joins to it ("the Al 'Asharah desert and the
    outskirts of ..."), then in brackets those of no known relation to it, then those it lies in after
    commas ("..., Deir ez-Zor, Syria"): brackets are not read as "in". A clause that named the site
    before its end (``adjacent`` false) takes them all in brackets: a comma would set them on its last words."""
    sep = ", " if lang == "en" else "، "
    if not adjacent:
        return f" ({sep.join(names)})" if names else ""
    joined = [n for n in names if n in relations["joined"][lang]]
    within = [n for n in names if n in relations["within"][lang] and n not in joined]
    rest = [n for n in names if n not in joined and n not in within]
    out = "".join((" and " if lang == "en" else f" {WAW}") + n for n in joined)
    out += f" ({sep.join(rest)})" if rest else ""
    return out + "".join(sep + n for n in within)


def said_last(name: str, text: str) -> bool:
    """Whether ``text`` ends on ``name``, articles and clitics aside ("... بالعاصمة القطرية الدوحة")."""
    return f" {_no_articles(text)}".rstrip(" .").endswith(f" {_no_articles(name)}".rstrip(" ."))


def chained(tail: str) -> bool:
    """Whether the places after the site end on those it lies in ("..., Deir ez-Zor, Syria"): a time
    after them takes a comma ("Syria, on Tuesday evening")."""
    last = tail.rpartition(")")[2]
    return ", " in last or "، " in last


def without_country_end(said: str, country: str, lang: str) -> str:
    """The clause without the country that ends it ("... injured two others in Norway"), so that the site
    is said before it ("in Kongsberg, Norway"), not after it ("in Norway in Kongsberg")."""
    ending = f" {PLACE_PREPOSITIONS[lang][0]} {country}"
    stripped = said.rstrip(" .")
    return stripped[: -len(ending)] if country and stripped.endswith(ending) else said


def said_in(name: str, text: str) -> bool:
    """Whether ``text`` already says ``name``, articles and clitics aside ("السفينة السياحية" in "ضربت
    سفينة سياحية ...", "Tourist Ship" in "A tourist ship struck ...")."""
    return f" {_no_articles(name)} " in f" {_no_articles(text)} "


def actor_said_in(name: str, text: str) -> bool:
    """Whether ``text`` already names the actor, in either case of a sound plural ("مسلحون" in "غزت عصابة
    مسلحين": the gunmen, subject or object)."""
    oblique = re.sub(rf"{NOMINATIVE_PLURAL}\b", YEH + NOON, name)
    return said_in(name, text) or (oblique != name and said_in(oblique, text))


def _no_articles(text: str) -> str:
    """``bare_phrase`` without the English articles ("the West Bank" is said in "the occupied West Bank")."""
    words = bare_phrase(re.sub(r"['’]s\b", "", text)).split()  # "Australia's" says Australia
    return " ".join(w for w in words if w not in ("the", "a", "an"))


def share_said_in(who: str, text: str) -> bool:
    """Whether ``text`` already says who the victims include, with a share word before them ("..., including
    10 US citizens", "بينهم نساء وأطفال"): "a bus carrying children" does not say most of the injured were."""
    said = f" {bare_phrase(text)} "
    return any(f" {bare_phrase(f'{word} {who}')} " in said for words in VICTIMS_SHARE.values() for word in words)


def telling_deaths(text: str) -> bool:
    """Whether ``text`` has a word of killing or dying ("قتل مسلحون ... 4 مدنيين"): a count in it may be the
    toll; "بين متمردين و5 جنود" has none, and its 5 is no toll said."""
    return mentions(text, KILLED_WORDS)


def a_clause(english: str) -> bool:
    """Whether an English event span has a finite verb (a past in -ed or an irregular past, an
    auxiliary) outside a relative clause: "A small plane crash" and "Collapse of a bridge that killed 38
    people" have none, and the summary completes them ("... occurred")."""
    own = re.split(r"\b(?:that|which|who|whose)\b", english, maxsplit=1)[0]  # not a relative clause's verb
    words = re.findall(r"[a-z]+", own.lower())
    return any(
        w in ENGLISH_AUXILIARIES
        or w in ENGLISH_IRREGULAR_PAST
        or (w.endswith("ed") and len(w) > 4 and not (i and words[i - 1] in _DETERMINERS))  # "the armed attack"
        for i, w in enumerate(words)
    )


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their"))


_RELATIVE = re.compile(r"^((?:(?:The|A|An|the|a|an)\s)?[^,]{3,80}?)\s(?:who|that|which)\s(\w+)(.*)$", re.S)


def main_clause(english: str) -> str:
    """A subject and its relative clause, cut before the sentence's main verb ("The 18-year-old gunman
    who shot 13 people, killing 10, at a supermarket" of "... had researched the area"): the relative
    clause is what he did, said as the main clause ("The 18-year-old gunman shot 13 people ..."). A
    span whose main verb follows the relative clause is left as written."""
    if (told := participle_led(english)) is not None:
        return told
    if counted := _COUNTED_PARTICIPLE.match(english):
        # "three men killed this morning in Spanish Town": a headline's passive, its "were" left out
        return f"{counted.group(1)} were {counted.group(2)}{english[counted.end() :]}"
    if _bare_subject(english):
        return f"{a_or_an(english)} {english}"  # "bus plunged off a bridge": "a bus plunged ..."
    m = _RELATIVE.match(english)
    if m is None or a_clause(m.group(1)) or not a_clause(m.group(2)):
        return english
    head = m.group(1).split()
    if head[0].lower() not in ("the", "a", "an") and not (head[-1].endswith("s") and len(head) <= 3):
        return english  # without an article only a plural ("militants who shot"), not "Collapse of a bridge that"
    tail = re.findall(r"[a-z]+", m.group(3).lower())
    if any(w in ENGLISH_AUXILIARIES for w in tail):
        return english  # "The gunman who shot 13 people was arrested": a main verb of its own
    return f"{m.group(1)} {m.group(2)}{m.group(3)}"


_COUNTED_PARTICIPLE = re.compile(
    r"^((?:[Aa]t least |[Mm]ore than |[Aa]bout )?(?:\d+|"
    + "|".join(w for w in NUMBER_WORDS if w.isascii() and " " not in w)
    + r"|dozens of|scores of|hundreds of)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(map(re.escape, COUNTED_PARTICIPLE["people"]))
    + r"))\s+("
    + "|".join(map(re.escape, COUNTED_PARTICIPLE["participles"]))
    # what follows says where, when or how, never an object ("three men killed a guard" is active)
    + r")(?=[,.;]|$|\s+(?:"
    + "|".join(map(re.escape, COUNTED_PARTICIPLE["followers"]))
    + r")\b)"
)


def _bare_subject(english: str) -> bool:
    """A clause whose subject is one singular common noun without its article ("bus plunged off")."""
    words = english.split()
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return False
    entries = ENGLISH_LEXICON.get(words[0], ())
    plural = any(w.plural for w in entries) or words[0] in ENGLISH_PLURAL_NOUNS or words[0].endswith("men")
    verb = words[1].lower()
    past = verb in ENGLISH_IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4)
    return any(w.pos == "noun" for w in entries) and not plural and past


def participle_led(english: str) -> str | None:
    """A noun phrase led by the participle of what befell its noun ("collapsed motorway bridge in Genoa")
    said as the clause it stands for ("a motorway bridge collapsed in Genoa"); None for any other span."""
    words = english.split()
    lead = 1 if words and words[0].lower() in ("a", "an", "the") else 0
    if len(words) < lead + 2 or words[lead].lower() not in ENGLISH_EVENT_PARTICIPLES:
        return None
    rest = words[lead + 1 :]
    at = next((k for k, w in enumerate(rest) if w in (*_AFTER_HEAD, "off", "over")), len(rest))
    if at == 0 or any(w.endswith(",") for w in rest[:at]):
        return None
    noun = " ".join(rest[:at])
    said = f"{words[0]} {noun}" if lead and words[0].lower() == "the" else indefinite(noun)
    return " ".join((said, ENGLISH_EVENT_PARTICIPLES[words[lead].lower()], *rest[at:]))


def with_victim(english: str, victim: str | None) -> str:
    """A span that opens with a passive participle and no subject ("shot several times outside a
    cultural centre") said with its victim as the subject ("Robert Fico was shot several times ...");
    "killed 12 people" (an active verb, its object after it) is left as written."""
    if not victim or not english[:1].islower():
        return english
    for opener in ENGLISH_PASSIVE_OPENERS:
        rest = english[len(opener) :]
        if english.startswith(opener + " ") and rest.lstrip().startswith(
            tuple(f"{f} " for f in ENGLISH_PASSIVE_FOLLOWERS)
        ):
            words = victim.split()
            plural = words[0][:1].isdigit() or (victim[:1].islower() and words[-1].endswith("s"))
            return f"{indefinite(victim)} {'were' if plural else 'was'} {english}"
    return english


def with_victim_ar(arabic: str, victim: str | None) -> str:
    """An Arabic span that opens with a verb of what befell its subject and names none ("اغتيل صباح
    الأربعاء ...", cut from "وكان بلعيد ... قد اغتيل") said with the victim after the verb."""
    first, _, rest = arabic.partition(" ")
    if not victim or fold(first) not in SUFFERED_VERBS or said_in(victim, arabic):
        return arabic
    if fold(rest.split()[0] if rest else "") not in VICTIM_SLOT_FOLLOWERS:
        return arabic  # "لقي 30 شخصاً حتفهم": the verb's subject follows it
    return f"{first} {victim} {rest}".strip()


def head_said_in(name: str, text: str) -> bool:
    """Whether ``text`` says the first part of a place named with its region ("El Wak town, Mandera
    County" after "... traveling in El Wak town"): the region alone is left to say."""
    head, comma, _ = name.partition(", ")
    return bool(comma) and said_in(head, text) and not said_in(name, text)


def tail_said_in(name: str, text: str) -> bool:
    """Whether ``text`` says an Arabic site by its name without its head noun ("الحرم المكي" of "مسجد
    الحرم المكي"): the site is said, not said again after it."""
    words = name.split()
    return len(words) >= 3 and said_in(" ".join(words[1:]), text)


def partly_said_in(name: str, text: str) -> bool:
    """Whether ``text`` already places the event in part of an English ``name``, by one of its name words
    or its head noun: "the village of Kawm Hamadah in Beheira" after "... in the province of Beheira",
    "the Winter Shire commercial centre" after "... in a shopping centre" go in brackets, not on as a
    second "in"."""
    said = set(re.findall(r"[\w'-]{4,}", text))
    heads = [w for w in re.findall(r"[a-z][\w'-]{3,}", name.split(" of ")[0])[-1:] if w not in ("area", "city")]
    return any(word in said for word in [*re.findall(r"[A-Z][\w'-]{3,}", name), *heads])


def at_place(name: str, lang: str) -> str:
    """The preposition before a place: "on" a border, a road, a coast ("على حدود قطاع غزة"), "at" an
    address, else "in"."""
    words = name.lower().split()
    if words and words[0][:1].isdigit():
        return PLACE_PREPOSITIONS[lang][2]  # a street address
    if _a_territory(name):
        return PLACE_PREPOSITIONS[lang][0]  # "في الضفة الغربية": a territory's name, no river's bank
    if lang == "ar":  # the head opens an Arabic phrase
        head = fold(words[0]) if words else ""
        on = head in ON_PLACES[lang] or head.removeprefix(ARTICLE) in ON_PLACES[lang]
    else:  # and ends an English compound, before any "of" ("Terrigal Beach", "the border of ...")
        head = words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")
        on = head in ON_PLACES[lang]
    return PLACE_PREPOSITIONS[lang][on]


def _a_territory(name: str) -> bool:
    """A name the lexicon lists as a place ("الضفة الغربية", "West Bank", "Gaza Strip")."""
    english = ENGLISH_LEXICON.get(name.lower().removeprefix("the "), ())
    return any(s.pos == "name" for s in LEXICON.get(fold(name), ())) or any(w.pos == "name" for w in english)


_AFTER_HEAD = ("at", "in", "on", "of", "near", "from", "with", "by", "into", "outside")
_DETERMINED = ("a", "an", "the", "this", "that", "its", "his", "her", "their", "one", "two", "another")


def occurred_en(phrase: str) -> str:
    """A noun phrase said to have occurred, the verb before where and when ("Floods and landslides occurred
    in southeast Brazil a week ago", not "... a week ago occurred")."""
    words = phrase.split()
    at = next((k for k, w in enumerate(words) if k and w in _WHERE_OPENERS), len(words))
    return " ".join([*words[:at], _OCCURRED, *words[at:]])


_WHERE_OPENERS = ("at", "in", "on", "near", "outside", "into", "inside")
_OCCURRED = "occurred"


def indefinite(phrase: str) -> str:
    """An English noun phrase with a determiner: a bare one takes "a"/"an" ("three-train collision" ->
    "a three-train collision"); one with a determiner, a number, a possessive or a name is kept."""
    words = phrase.split()
    first = words[0] if words else ""
    # "Catholic church", "Syrian army base": a capitalised adjective before a common noun is no name
    adjective = first in NATIONALITY_ADJECTIVES and len(words) > 1 and words[-1][:1].islower()
    if not first or not (first[:1].islower() or adjective) or first in _DETERMINED or first[:1].isdigit():
        return phrase
    if first.endswith("'s"):
        return phrase
    at = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    head = words[max(at - 1, 0)]  # the noun before its first preposition: "explosion" of "explosion at two markets"
    if (head.endswith("s") and not head.endswith("ss")) or head.split("-")[0].endswith("ers"):
        return phrase  # a plural ("clashes", "air strikes", "passers-by") takes none
    return f"{a_or_an(phrase)} {phrase}"


def upper_first(text: str) -> str:
    """The first letter capitalised, the rest as written: Jinja's ``capitalize`` lowercases the rest
    ("13 Palestinians" would become "13 palestinians", "US" "us")."""
    return text[:1].upper() + text[1:]


def without_article(phrase: str) -> str:
    """An English phrase without its opening article, to take "the" ("an unknown drone" -> "unknown drone")."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in ("a", "an", "the") else phrase


def with_the(name: str) -> str:
    """An organisation's English name inside a sentence, with "the" when its head word takes one
    ("Baloch Liberation Army" -> "the Baloch Liberation Army"); a name that has it, or another, as is."""
    words = name.split()
    if name in NAMES_WITH_ARTICLE:
        return f"the {name}"  # "the Taliban", "the Houthis"
    if len(words) == 2 and words[0] in NATIONALITY_ADJECTIVES and _one_person(words[1]):
        return indefinite(name)  # "German citizen" -> "a German citizen"
    if len(words) < 2 or words[0].lower() == "the" or not words[0][:1].isupper() or words[0].endswith("'s"):
        return name
    opened = words[0] in ENGLISH_DEFINITE_OPENERS and words[1] == "of"  # "the Ministry of Health ..."
    return f"the {name}" if words[-1] in ENGLISH_DEFINITE_HEADS or opened or country_takes_the(name) else name


def _one_person(word: str) -> bool:
    """A singular noun of a person ("citizen", "man"), by the lexicon."""
    senses = ENGLISH_LEXICON.get(word, ())
    return any(w.pos == "noun" and w.kind in ("people", "title") and not w.plural for w in senses)


def mid_sentence(text: str) -> str:
    """A span that opened its sentence, written inside one: "The police" -> "the police" (a name such
    as "The Times" keeps its capital: the word after it is capitalised too). A bare "sources" says
    they are unnamed ("Sources: sources." says nothing)."""
    if bare := BARE_SOURCES.get(text.lower()):
        return bare
    if text.isupper() and " " not in text:
        return with_the(text)  # an acronym keeps its capitals: "UN said ..." -> "the UN", not "the un"
    if " " not in text and any(w.kind in ("force", "institution") for w in ENGLISH_LEXICON.get(text.lower(), ())):
        return f"the {text.lower()}"  # "Police said ..." -> "according to the police"
    first, _, rest = text.partition(" ")
    senses = ENGLISH_LEXICON.get(text.lower(), ())
    one = any(w.pos == "noun" and w.kind in ("people", "title") and not w.plural for w in senses)
    if not rest and one and not text.lower().endswith("s"):
        return indefinite(text.lower())  # "an official said ..." -> "according to an official"
    if not rest and any(w.pos == "noun" for w in senses) and not any(c.isupper() for c in text[1:]):
        return text.lower()  # "Witnesses said ..." -> "Sources: ...; witnesses"; not "al-Qaeda"
    words = rest.split()
    common = bool(words) and words[-1].lower() not in NEWSPAPER_NAME_WORDS
    common = common and (words[0].lower() in ENGLISH_LEXICON or words[-1].lower() in ENGLISH_LEXICON)
    if first in ("The", "A", "An") and (rest[:1].islower() or common):
        return f"{first.lower()} {rest}"  # "A Nigerian military source"; not "The Times"
    senses = ENGLISH_LEXICON.get(first.lower(), ())
    if rest and rest.islower() and senses and all(w.kind != "nationality" and w.pos != "name" for w in senses):
        return f"{first.lower()} {rest}"  # "Hospital sources said" -> "according to hospital sources"
    return with_the(text)  # "the Ministry of Health and Population", "the Security and Intelligence Service"


def named_ar(name: str) -> str:
    """An Arabic source that is only the word "sources" says it is unnamed ("المصادر: مصادر" says nothing)."""
    return BARE_SOURCES_AR.get(fold(name.strip()), name)


def render_block(template: str, block: str, **variables: object) -> str:
    tmpl = environment().get_template(template)
    return "".join(tmpl.blocks[block](tmpl.new_context(variables))).strip()


def messages(template: str, **variables: object) -> list[dict[str, str]]:
    """Chat messages for a stage: system instructions, then the user block with the data."""
    return [
        {"role": "system", "content": render_block(template, "system", **variables)},
        {"role": "user", "content": render_block(template, "user", **variables)},
    ]


def prompt_article(text: str) -> str:
    """The article as shown to the model: same length, ASCII quotes and angle brackets swapped for
    look-alikes so copied spans cannot close a JSON string or the <article> block early."""
    return text.translate(_LOOKALIKES)


_LOOKALIKES = str.maketrans({'"': "”", "<": "‹", ">": "›"})


def render(template: str, **variables: object) -> str:
    return environment().get_template(template).render(**variables).strip()


@lru_cache(maxsize=1)
def prompt_version() -> str:
    """Content hash of every template: changes whenever any prompt text changes."""
    digest = hashlib.sha256()
    for path in sorted(prompts_dir().glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
