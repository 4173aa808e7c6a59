"""Rendering an Arabic noun phrase into English by its structure, from knowledge the project holds:
the lexicon for common words, the gazetteer and the armed-group/outlet names for names, the
romaniser only for words that stand where a name stands (after a title, a place word or a speech
verb). A phrase with a word none of these licenses is not rendered (the reason says which word):
a common noun is never romanised as if it were a name.

Arabic phrase structure handled: head + adjectives (placed before the head in English), the
construct chain ("أطراف مزار" = "the outskirts of the shrine"), clitic and free prepositions,
participles that take an agent ("المدعومة من" = "backed by"), title + name, place word + name,
numbers and direction words ("شرق دير الزور" = "east of Deir ez-Zor").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache

from summarizer.lang.lexicon import (
    ABD_WORD,
    ADJECTIVE_ENDINGS,
    ADMIN_WORDS,
    AGENT_PARTICIPLES,
    AGENT_PREPOSITION,
    APPOSITION_HOSTS,
    ARABIC_AGREEMENT,
    ARABIC_CLOCK_PARTS,
    ARABIC_CLOCK_QUALIFIERS,
    BODY_BUILDINGS,
    BROKEN_PLURALS,
    CAPITAL_WORDS,
    CARRYING_EN,
    CARRYING_PAST,
    CARRYING_VERBS,
    CAUSE_PARTICIPLES,
    CLITIC_PREPOSITIONS,
    CLOCK_HOUR,
    CLOCK_ZONES,
    COLLECTIVE_PEOPLE,
    COMPOSED_PARTICIPLES,
    COMPOUND_TAILS,
    CONSTRUCT_TITLES,
    COUNTED_DISASTERS,
    DEMONSTRATIVES,
    DIRECTIONS,
    DIVINE_NAMES,
    DUAL_RELATIVES,
    DURATION_UNITS,
    FEMININE_PAST_SHAPE,
    FOREIGN_NAME_ARTICLES,
    FRAME_NOUNS,
    GAZETTEER_PREFIXES,
    GIVEN_NAMES,
    HONORIFICS,
    IMPERFECT_SHAPE,
    INFLECTIONS,
    INVARIANT_PEOPLES,
    KUNYA,
    LEXICON,
    LEXICON_PHRASE_WORDS,
    LOCATED_WORDS,
    MAGNITUDE_UNITS,
    MAGNITUDE_WORDS,
    MASCULINE_GROUP_HEADS,
    MASS_NOUNS,
    MEMBER_HEADS,
    MEMBERS_AFTER_GROUP,
    MONTHS,
    NAME_BEFORE_WORD,
    NAME_CUES,
    NAMES_WITH_ARTICLE,
    NAMES_WITHOUT_ARTICLE,
    NATIONALITY_ADJECTIVES,
    NEWS_AGENCY,
    NOT_COUNTRIES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCURRED,
    OF_HEADS,
    OLD_QUARTERS,
    ONE_OF_MANY_HEADS,
    OUTLET_HOSTS,
    OUTLET_WORDS,
    PREPOSITION_SENSES,
    PRONOUN_PREPOSITIONS,
    QUOTED_OUTLET_HOSTS,
    RANKS,
    REGIONAL_NAMES,
    RELATION_PARTICIPLES,
    RELATION_PARTICIPLES_BI,
    RELATIVES,
    SERVED_PEOPLE,
    TANWIN_ALIF,
    TOPONYM_STARTS,
    VICTIM_VERBAL_NOUNS,
    Sense,
    country_takes_the,
)
from summarizer.lang.text import (
    ACCUSATIVE_TANWIN,
    ALIF,
    ARTICLE,
    BEH,
    CONJUNCTIONS,
    DECIMAL_MARK,
    DEFINITE_PROCLITICS,
    FAMILY,
    FEMININE_PLURAL,
    HEH,
    KASRATAN,
    LAM,
    NO_TANWIN_ALIF,
    NOON,
    PREPOSITIONS,
    WAW,
    YEH,
    a_or_an,
    bare_phrase,
    clean,
    definite_phrase,
    fold,
    without_preposition,
)
from summarizer.verify.entities import transliterates
from summarizer.verify.gazetteer import (
    capital_named,
    countries_named,
    country_hit,
    country_names,
    country_region_kind,
    is_capital,
    lookup,
    lookup_transliterated,
    region_hit,
    region_kind,
    spelt_alike,
)
from summarizer.verify.numbers import counts_in, with_thousands_joined
from summarizer.verify.romanize import romanize

# What may stand before a name: a person's title or role; a place word or a named facility.
_PERSON_HOSTS = ("title", "people", "actor")
_PLACE_HOSTS = ("place_word", "target")
_NEWS_TITLES = ("correspondent", "editor", "reporter", "presenter")  # who speaks for an outlet
_BODY_KINDS = ("actor", "force", "institution", "armed_group")  # who acts as one: no people in general
_ACTOR_KINDS = (*_BODY_KINDS, "people")
_HUMAN_KINDS = ("title", "people", "actor", "force", "nationality", "armed_group")
_NUMBER_WORD = re.compile(r"^\d+$")
_DEFINITE = re.compile(DEFINITE_PROCLITICS)
_TYPO_MIN_LENGTH = 6  # letters of a word, clitics included, before a swapped pair is read as a typo


@dataclass
class Word:
    """One analysed word (or lexicon phrase) of the span."""

    source: str
    sense: Sense | None = None
    name: str | None = None  # English of a name (gazetteer, known group, romanised)
    number: int | None = None
    definite: bool = False
    plural: bool = False
    prep: str | None = None  # clitic preposition (Arabic letter)
    feminine: bool = False
    determiner: tuple[str, str] | None = None  # a demonstrative before it: (singular, plural) English
    conj: bool = False  # written with "و" ("and"): it starts a coordinated phrase, not a construct
    place: bool = False  # a gazetteer place ("شرطة موبي" = "the Mubi police"), not a person's name
    dual: bool = False  # "يومين", "طائرتين": two of them
    prep_en: str | None = None  # the English its verb takes the clitic preposition with ("اصطدم بـ": with)


@dataclass
class Phrase:
    """A noun phrase being built: head, adjectives, number, its construct complement."""

    head: Word
    adjectives: list[str] = field(default_factory=list)
    number: int | None = None
    of: Phrase | None = None  # construct-state complement ("of the militias")
    purpose: bool = False  # the head took in its li- verbal noun ("مركز مؤقت لإيواء"): what follows is for whom


@dataclass(frozen=True)
class Rendered:
    text: str | None
    reason: str | None = None  # why not, when ``text`` is None


_COUNTRY: ContextVar[str | None] = ContextVar("article_country", default=None)


@contextmanager
def in_country(code: str | None) -> Iterator[None]:
    """Phrases rendered inside (a clause's) read in the light of the article's country ("جنوب السودان")."""
    token = _COUNTRY.set(code)
    try:
        yield
    finally:
        _COUNTRY.reset(token)


def render_phrase(arabic: str, name_slot: bool = False, country: str | None = None) -> Rendered:
    """The English of an Arabic noun phrase, or the reason it cannot be rendered from knowledge.
    ``name_slot``: the phrase stands where a name stands (a place, a source); when none of its words
    is a common word the lexicon knows, it is a name and is romanised (or taken from the gazetteer).
    ``country``: the article's, in whose light a town known only by its Latin name is read ("موبي"); by
    default the one a caller set for a clause (``in_country``)."""
    country = country or _COUNTRY.get()
    arabic = compound_rejoined(arabic)
    if clean(arabic) in NOT_COUNTRIES and (hit := lookup(arabic)) is not None:
        return Rendered(hit.name_en)  # "عمّان" with its shadda is Amman, which folding would make Oman
    if name_slot and (quoted := _quoted_name_described(arabic, country)):
        return quoted
    if quoted_outlet := _quoted_outlet(arabic):
        return Rendered(quoted_outlet)
    if name_slot and (quarter := _old_quarter(arabic)):
        return Rendered(quarter)
    if (family := _a_family(arabic)) is not None:
        return Rendered(family)
    return _render_in(arabic, name_slot, country)


def compound_rejoined(arabic: str) -> str:
    """A compound's tail written after its head's adjectives ("طائرة أمريكية بدون طيار") moved back to the
    head ("طائرة بدون طيار أمريكية"), when the two make a lexicon entry."""
    for tail in COMPOUND_TAILS:
        at = arabic.find(f" {tail}")
        if at < 0:
            continue
        before = arabic[:at].split()
        for back in (2, 3):  # the head, then one or two adjectives
            if len(before) >= back and fold(f"{clean(before[-back])} {tail}") in LEXICON:
                between = before[-back + 1 :]
                head = before[: len(before) - back + 1]
                return " ".join([*head, tail, *between]) + arabic[at + len(tail) + 1 :]
    return arabic


_DECIMAL = re.compile(r"(?<=\d)[.,\u066b](?=\d(?!\d))")  # "5,4", "6.1": one figure ("09.00" is a time)


def _folded_tokens(arabic: str) -> list[str]:
    """The folded words, a number with its separators one word ("1,300"; "5,4" one measure)."""
    figures = _DECIMAL.sub(DECIMAL_MARK, with_thousands_joined(arabic))
    return _without_magnitude_unit([t for t in fold(figures).split() if t])


def _without_magnitude_unit(tokens: list[str]) -> list[str]:
    """ "زلزال بقوة 5٫4 درجات": English says "magnitude 5.4", without the degrees."""
    return [
        t
        for k, t in enumerate(tokens)
        if not (k >= 2 and t in MAGNITUDE_UNITS and _a_figure(tokens[k - 1]) and tokens[k - 2] in MAGNITUDE_WORDS)
    ]


def _a_figure(token: str) -> bool:
    return token.replace(DECIMAL_MARK, "").isdigit()


def _figure(number: float) -> str:
    """A number as English writes it: "1,300", "5.4"."""
    return f"{number:,}" if isinstance(number, int) else f"{number:g}"


def _a_family(arabic: str) -> str | None:
    """A family's or a tribe's name ("آل مسعود" = "Al Masoud", "آل سعود"): "آل" and one or two words
    the lexicon does not know; folding would read its "آل" as the article."""
    words = clean(arabic).split()
    if not 2 <= len(words) <= 3 or words[0] != FAMILY or any(_word_at([fold(w)], 0) for w in words[1:]):
        return None
    return romanize(" ".join(words))


def _old_quarter(arabic: str) -> str | None:
    """A town's name and the word of its old quarter ("درعا البلد"): "Dar'a al-Balad"."""
    words = fold(arabic).split()
    if len(words) != 2 or words[1] not in OLD_QUARTERS or (hit := lookup(arabic.split()[0])) is None:
        return None
    return f"{hit.name_en} {OLD_QUARTERS[words[1]]}" if not hit.is_country and not hit.is_region else None


# "شبكة "درعا 24" المحلية": a body's word, its name in quotes, then what describes the body
_QUOTED_NAME = re.compile(r'^(?P<head>[^\s"“«]+(?: [^\s"“«]+)?)\s*["“«](?P<name>[^"”»]{1,40})["”»]\s+(?P<rest>\S.*)$')


def _quoted_name_described(arabic: str, country: str | None) -> Rendered | None:
    """A body named in quotes with its adjectives after the name ("شبكة "درعا 24" المحلية"): "the local
    network "Dar'a 24"", never the adjective read as a noun of its own ("the 24 shops")."""
    m = _QUOTED_NAME.match(arabic.strip())
    if m is None or not all(any(x.pos == "adj" for x in senses_in(w)) for w in m["rest"].split()):
        return None
    head = m["head"]
    if fold(m["rest"]).startswith(ARTICLE) and not fold(head).startswith(ARTICLE):
        head = ARTICLE + head  # the name made the body definite: its adjective has the article
    body = _render_in(f"{head} {m['rest']}", False, country)
    name = _render_in(m["name"], True, country)
    if body.text is None or name.text is None:
        return None
    return Rendered(f'{body.text} "{name.text}"')


_QUOTED_OUTLET = re.compile(r'^(?P<head>[^\s"“«]+)\s*["“«](?P<name>[^"”»]{1,40})["”»]$')


def _quoted_outlet(arabic: str) -> str | None:
    """An outlet the lexicon does not know, named in quotes after its word ('قناة "ليبيا الحدث"'): its name
    word by word, a place as the gazetteer writes it, the rest romanised ("the Libya Al-Hadth channel"),
    never its words' senses ("the channel of Libya of the event")."""
    m = _QUOTED_OUTLET.match(arabic.strip())
    if m is None or not isinstance(host := analysed(m["head"]), list) or len(host) != 1 or host[0].sense is None:
        return None
    english = QUOTED_OUTLET_HOSTS.get(host[0].sense.lemma) or host[0].sense.en  # 'موقع "..."': a website
    name = fold(m["name"]).split()
    if english not in OUTLET_HOSTS or not name:
        return None
    known = (*LEXICON.get(" ".join(name), ()), *LEXICON.get(f"{host[0].sense.lemma} {' '.join(name)}", ()))
    if outlet := next((s for s in known if s.kind == "outlet"), None):
        return outlet.en  # 'صحيفة "الشرق الأوسط"': the lexicon's outlet, Asharq Al-Awsat
    words = [hit.name_en if (hit := lookup(w)) is not None and hit.name_en else romanize(w) for w in name]
    return f"the {' '.join(words)} {english}"


@lru_cache(maxsize=4096)
def _render_in(arabic: str, name_slot: bool, country: str | None) -> Rendered:
    token = _COUNTRY.set(_named_country(arabic) or country)
    try:
        return _render(arabic, name_slot)
    finally:
        _COUNTRY.reset(token)


def _named_country(arabic: str) -> str | None:
    """The one country a place phrase names ("ميناء العقبة جنوبي الأردن": its towns are read there); none
    whose name opens on a bearing ("جنوب السودان" is also "the south of Sudan")."""
    named = set(countries_named(arabic))
    if len(named) != 1:
        return None
    code = named.pop()
    names = country_names(code)
    return None if names and fold(names[1]).split()[0] in DIRECTIONS else code


_GLOSS = re.compile(r"\s*\([^()]{1,25}\)\s*$")


def _render(arabic: str, name_slot: bool) -> Rendered:
    if not name_slot and _GLOSS.search(arabic) and _GLOSS.sub("", arabic).strip():
        arabic = _GLOSS.sub("", arabic)  # "أمواج مد عاتية (تسونامي)": a closing gloss says it again
    tokens = _untypoed(_reattached(_folded_tokens(arabic)))
    if not tokens:
        return Rendered(None, "empty phrase")
    unknown = _uncovered(tokens)
    if name_slot and _foreign_name(tokens):  # "ديرة إسماعيل خان": Dera Ismail Khan, not a monastery
        return Rendered(romanize(arabic))
    if name_slot and _a_persons_name(tokens):  # "موسى أبو داود": Musa Abu Dawood, one man's name
        return Rendered(romanize(arabic))
    if name_slot and unknown and not _common_words(tokens):
        if _known_name_then_unknown(tokens):  # "منطقة الساحل <unknown>": the Sahel is no word to spell out
            return Rendered(None, "a name the lexicon knows, then words neither in the lexicon nor a name")
        place = _gazetteer(tokens)  # a gazetteer name only when it transliterates the words
        body = " ".join(tokens).removeprefix(WAW) if tokens[0].startswith(WAW) and len(tokens[0]) > 3 else arabic
        return Rendered(place.name if place else romanize(body))
    if name_slot and len(tokens) > 1 and tokens[0].removeprefix(ARTICLE) in HONORIFICS:
        # "الدكتور خالد مجاهد": the name after the honorific, or nothing ("the doctor of Khalid of a mujahid")
        return _honorific_name(arabic, tokens) or Rendered(None, "an honorific before words read as no name")
    if name_slot and (located := _name_then_where(tokens, arabic.split())):
        return located
    if name_slot and (apposed := _name_then_title(arabic, tokens) or _title_then_name(arabic, tokens)):
        return apposed
    if "،" in arabic and (apposed := _name_then_title(arabic, tokens) or _title_comma_name(arabic)):
        return apposed  # a victim with what he was: "خالد محسود، أحد أعضاء حركة طالبان باكستان"
    if name_slot and (agency := _news_agency(tokens) or _outlet_by_title(tokens)):
        return agency
    if city := _capital_of_its_name(tokens):
        return city
    if building := _kunya_named(arabic, tokens):
        return building
    if span := _clock_time(tokens) or _span_of_time(tokens) or _carrying(tokens):
        return span
    words = _analyse(tokens, name_slot)
    if isinstance(words, str):
        return Rendered(None, words)
    words = two_before_its_dual(words)
    if any(w.sense and w.sense.pos == "verb" for w in words):
        return Rendered(None, "a clause, not a noun phrase")
    if any(w.sense and fold(w.sense.lemma) in RELATIVES for w in words[:-1]):
        return Rendered(None, "a relative clause (its verb read as a noun), not a noun phrase")
    return render_words(words)


def _capital_of_its_name(tokens: list[str]) -> Rendered | None:
    """ "الجزائر العاصمة", "تونس العاصمة": the capital that bears its country's name (Algiers, Tunis), as
    the gazetteer names it, not "Algeria of the capital"."""
    if len(tokens) != 2 or tokens[1] not in CAPITAL_WORDS:
        return None
    hit = capital_named(" ".join(tokens))
    return Rendered(hit.name_en) if hit is not None else None


def _reattached(tokens: list[str]) -> list[str]:
    """A preposition's letter written apart with a tatweel ("لـ #الميليشيات", folded "ل"), glued back to
    its word as the spelling does elsewhere ("للميليشيات")."""
    out: list[str] = []
    for token in tokens:
        if out and out[-1] in (BEH, LAM):
            letter = out.pop()
            token = LAM + token[1:] if letter == LAM and token.startswith(ARTICLE) else letter + token
        out.append(token)
    return out


_HOUR, _MINUTES = re.compile(r"^\d{1,2}$"), re.compile(r"^\d{2}$")


def _clock_time(tokens: list[str]) -> Rendered | None:
    """ "قرابة الساعة 09.00" = "at about 09:00", "الساعة 10 مساء" = "at 10 p.m.": an hour in digits after
    "الساعة", with the words before it and the part of the day after it; None for anything else."""
    at = next((k for k, t in enumerate(tokens[:2]) if t == fold(CLOCK_HOUR)), None)
    if at is None or at + 1 >= len(tokens) or not _HOUR.match(tokens[at + 1]) or int(tokens[at + 1]) > 24:
        return None
    minutes = at + 2 < len(tokens) and _MINUTES.match(tokens[at + 2])  # "09.00": folded apart, "09" "00"
    before, after = tokens[:at], tokens[at + 3 if minutes else at + 2 :]
    zone = ""
    if len(after) >= 3 and (name := CLOCK_ZONES.get(" ".join(after[-2:]))):
        # "21,20 (20,20 بتوقيت غرينتش)": the same time in another zone, said after it
        other = after[:-2]
        if len(other) in (1, 2) and all(_HOUR.match(t) for t in other):
            zone, after = f" ({':'.join(other)} {name})", []
    if before and (len(before) > 1 or before[0] not in ARABIC_CLOCK_QUALIFIERS):
        return None
    if after and (len(after) > 1 or after[0] not in ARABIC_CLOCK_PARTS):
        return None
    clock = f"{tokens[at + 1]}:{tokens[at + 2]}" if minutes else tokens[at + 1]
    part = f" {ARABIC_CLOCK_PARTS[after[0]]}" if after else ""
    lead = ARABIC_CLOCK_QUALIFIERS[before[0]] if before else "at"
    return Rendered(f"{lead} {clock}{part}{zone}")


def _span_of_time(tokens: list[str]) -> Rendered | None:
    """ "قبل ساعات قليلة من فتح صناديق الاقتراع" = "a few hours before the opening of the polls": before or
    after, a span of time, then "من" and what it is measured from."""
    relation = PREPOSITION_SENSES.get(tokens[0].removeprefix(WAW)) if len(tokens) > 3 else None
    if relation not in ("before", "after"):
        return None
    at = next((k for k in range(2, min(5, len(tokens) - 1)) if tokens[k] == AGENT_PREPOSITION), None)
    unit = _word_at(tokens, 1)
    if at is None or unit is None or unit[0].sense is None or unit[0].sense.en not in DURATION_UNITS:
        return None
    span, origin = _render(" ".join(tokens[1:at]), False), _render(" ".join(tokens[at + 1 :]), False)
    if span.text is None or origin.text is None:
        return None
    return Rendered(f"{span.text} {relation} {origin.text}")


def _carrying(tokens: list[str]) -> Rendered | None:
    """ "حافلة كانت تقل أطفالا" = "a bus carrying children", "مخيم يؤوي آلاف النازحين" = "a camp sheltering
    thousands of displaced people": what carried, the verb's participle (its "was" dropped) and what it
    carried, each rendered as a noun phrase."""
    at = next((k for k in range(1, len(tokens) - 1) if tokens[k] in CARRYING_VERBS), None)
    if at is None:
        return None
    end = at - 1 if tokens[at - 1] in CARRYING_PAST else at
    head = _render(" ".join(tokens[:end]), False) if end else Rendered(None, "")
    carried = _render(" ".join(tokens[at + 1 :]), False)
    if head.text is None or carried.text is None:
        return None
    return Rendered(f"{head.text} {CARRYING_EN[tokens[at]]} {carried.text}")


def _news_agency(tokens: list[str]) -> Rendered | None:
    """ "وكالة سانا للأنباء الرسمية" = "the official SANA news agency": the name between the agency's word
    and "for news", its adjectives after them."""
    head, news = fold(NEWS_AGENCY["head"]), fold(NEWS_AGENCY["news"])
    if len(tokens) < 3 or tokens[0] != head or news not in tokens[2:]:
        return None
    cut = tokens.index(news, 2)
    body = " ".join(tokens[1:cut])
    words = analysed(body, name_slot=True)
    named = not isinstance(words, str) and any(w.name or (w.sense and w.sense.kind == "outlet") for w in words)
    name = _render(body, True).text if named else romanize(body)  # "معا" is Maan, not "together"
    adjectives = [_word_at(tokens, k, after_noun=True) for k in range(cut + 1, len(tokens))]
    if name is None or any(a is None or a[0].sense is None or a[0].sense.pos != "adj" for a in adjectives):
        return None
    english = " ".join([*(a[0].sense.en for a in adjectives if a), name.removeprefix("the "), NEWS_AGENCY["english"]])
    return Rendered(f"the {english}")


def _kunya_named(arabic: str, tokens: list[str]) -> Rendered | None:
    """A building or place word with a name opened by a kinship word ("مستشفى ابن الخطيب"): "the Ibn
    al-Khatib hospital", not "the hospital of the son of the preacher"."""
    written = arabic.split()
    if len(written) != len(tokens) or len(tokens) != 3 or tokens[1] not in KUNYA:
        return None
    host = _word_at(tokens, 0)
    if host is None or host[0].sense is None or host[0].sense.kind not in _PLACE_HOSTS:
        return None
    head = _render(written[0], False).text
    if head is None:
        return None
    last = romanize(written[2].removeprefix(ARTICLE) if tokens[2].startswith(ARTICLE) else written[2])
    last = last[:1].upper() + last[1:]
    name = f"{KUNYA[tokens[1]]} {'al-' if tokens[2].startswith(ARTICLE) else ''}{last}"
    return Rendered(f"the {name} {head.removeprefix('the ').removeprefix('a ').removeprefix('an ')}")


def _outlet_by_title(tokens: list[str]) -> Rendered | None:
    """An outlet cited by its title alone ("«الشرق الأوسط»", "لـ«النهار»"): the outlet the lexicon knows
    under an outlet's word with that title ("صحيفة الشرق الأوسط" = Asharq Al-Awsat), not the title's
    common words (the Middle East); a name the gazetteer knows is a place's."""
    title = " ".join(t.strip("«»\"'“”") for t in tokens).strip()
    if lookup(title) is not None:
        return None  # a town's name ("الميادين" is Al Mayadin as well as a channel's title)
    for word in OUTLET_WORDS:
        for sense in LEXICON.get(f"{word} {title}", ()):
            if sense.kind == "outlet":
                return Rendered(sense.en)
    return None


def _readings(tokens: list[str]) -> list[tuple[int, Word | None]]:
    """Each token's start of a lexicon reading (a phrase covers its words), None where unknown."""
    out: list[tuple[int, Word | None]] = []
    i = 0
    while i < len(tokens):
        found = _phrase_at(tokens, i) or _word_at(tokens, i)
        out.append((i, found[0] if found else None))
        i += found[1] if found else 1
    return out


def _uncovered(tokens: list[str]) -> bool:
    """A word no lexicon reading covers."""
    return any(word is None for _, word in _readings(tokens))


def _name_then_where(tokens: list[str], written: list[str]) -> Rendered | None:
    """A place's name the lexicon does not know, then where it lies with "بـ" ("المشرفية بالضاحية الجنوبية
    لبيروت" = "Al-Mashrafia in the southern suburbs of Beirut"): the name by its sound, the rest by
    structure."""
    if len(tokens) < 2 or not tokens[0].startswith(ARTICLE) or not tokens[1].startswith(BEH):
        return None
    if _word_at(tokens, 0) is not None or _phrase_at(tokens, 0) is not None:
        return None
    rest = _render(" ".join(tokens[1:]), False)
    if rest.text is None or not rest.text.startswith("in "):
        return None
    name = written[0] if len(written) == len(tokens) else tokens[0]
    return Rendered(f"{romanize(name)} {rest.text}")


def _common_words(tokens: list[str]) -> bool:
    """A word the lexicon knows, other than a place's name ("الفرات", the Euphrates), which may be part
    of another name ("عين الفرات", a network), or a foreign name's article ("لا غواخيرا", La Guajira)."""
    if len(tokens) > 1 and tokens[0] in FOREIGN_NAME_ARTICLES and _uncovered(tokens[1:2]):
        tokens = tokens[1:]
    for _, word in _readings(tokens):
        sense = word.sense if word is not None else None
        # a place's name the lexicon writes capitalised (the Euphrates); "الضاحية الجنوبية" is the
        # southern suburbs, words to translate, never to romanise
        proper = sense is not None and sense.pos == "name" and sense.kind == "place_word" and sense.en[:1].isupper()
        if word is not None and not proper:
            return True
    return False


def _known_name_then_unknown(tokens: list[str]) -> bool:
    """The phrase opens on a place the lexicon names in several words ("منطقة الساحل", the Sahel) and goes
    on with words it does not know: romanised whole, the lexicon's name would be spelt out."""
    readings = _readings(tokens)
    first = readings[0][1] if readings else None
    width = readings[1][0] if len(readings) > 1 else len(tokens)
    return (
        first is not None
        and first.sense is not None
        and first.sense.pos == "name"
        and width > 1
        and any(word is None for _, word in readings[1:])
    )


def _honorific_name(arabic: str, tokens: list[str]) -> Rendered | None:
    """An honorific before a name ("الدكتور حسام عبد الغفار، المتحدث ..."): the honorific, then the rest
    rendered as a name slot ("Dr. Hussam Abdul Ghaffar, official spokesman ...")."""
    written = arabic.split()
    honorific = HONORIFICS.get(tokens[0].removeprefix(ARTICLE)) if len(tokens) > 1 else None
    if honorific is None or len(written) != len(tokens):
        return None
    if tokens[1].startswith(ARTICLE) and not _listed_name(tokens[1]):
        return None  # "الدكتور المختص": a definite common word, no name
    rest = _render(" ".join(written[1:]), True)
    name = (rest.text or "").split(", ")[0]
    if not name[:1].isupper() or any(w[:1].islower() and not w.startswith(("al-", "bin", "ibn")) for w in name.split()):
        return None  # "الدكتور المختص": no name after it; "خالد مجاهد" read as "Khalid of a mujahid"
    return Rendered(f"{honorific} {rest.text}")


def _name_then_title(arabic: str, tokens: list[str]) -> Rendered | None:
    """A person's name, then his title in apposition ("محمد عبد الكريم المسؤول الأمني المحلي"): in
    English the title comes first, without its article ("local security official Mohammed ..."). A rank
    before the name stays with it, the title after ("العقيد فاروق عاشور مسؤول الاتصال": "Colonel Farouk
    Ashour, the communications officer")."""
    rank = RANKS.get(tokens[0].removeprefix(WAW).removeprefix(ARTICLE)) if len(tokens) > 3 else None
    if rank and (parts := _name_and_title(arabic.split(maxsplit=1)[1], tokens[1:])):
        return Rendered(f"{rank} {parts[0]}, the {parts[1]}")
    if (parts := _name_and_title(arabic, tokens)) is None:
        return None
    name, title_en, after = parts
    return Rendered(f"{name}, {title_en}" if after else f"{title_en} {name}")


def _name_and_title(arabic: str, tokens: list[str]) -> tuple[str, str, bool] | None:
    """The name, the title's English (without its article unless "one of") and whether English says the
    title after the name (after a comma, or a title in a construct)."""
    run = _unknown_run(tokens, 0)
    written = arabic.split()
    # "فلاديمير تشيرنوف، نائب حاكم منطقة كيميروفو": after a comma the title needs no article
    comma = 0 < run < len(written) and written[run - 1].endswith("،")
    # "صلاح الدين الشعلان رئيس المجلس البلدي": a title in a construct is definite by its complement
    construct = (
        0 < run < len(tokens) - 1
        and not tokens[run].startswith(ARTICLE)
        and (tokens[run + 1].startswith(ARTICLE) or _word_at(tokens, run + 1) is not None)
    )
    if run >= len(tokens) or len(written) != len(tokens) or not (tokens[run].startswith(ARTICLE) or comma or construct):
        return None
    if any(_phrase_at(tokens, k) or _word_at(tokens, k) for k in range(run)):
        return None  # "رئيس الوزراء" is the prime minister, not a man named Raeis; "التحالف" a word
    found = _phrase_at(tokens, run) or _word_at(tokens, run)
    one_of = comma and found is not None and found[0].sense is not None and found[0].sense.en == ONE
    if found is None or found[0].sense is None or (found[0].sense.kind != "title" and not one_of):
        return None
    title = _render(" ".join(written[run:]), False)
    if title.text is None:
        return None
    name = romanize(" ".join(written[:run]).rstrip("،"))
    title_en = title.text if one_of else title.text.removeprefix("the ").removeprefix("a ").removeprefix("an ")
    return name, title_en, comma or construct


def _title_then_name(arabic: str, tokens: list[str]) -> Rendered | None:
    """A title with its office, then the person's name at the end ("قائد شرطة ولاية خوست عبد الحنان
    زدران"): "the police chief of the state of Khost, Abdul Hanan Zadran". The name is the run of words
    at the end that are listed names or unknown to the lexicon and the gazetteer."""
    written = arabic.split()
    if len(written) != len(tokens) or len(tokens) < 2:
        return None
    if ranked := _ranked_name(written, tokens):
        return ranked
    first = _phrase_at(tokens, 0) or _word_at(tokens, 0)
    if len(tokens) < 3 or first is None or first[0].sense is None or first[0].sense.kind != "title":
        return None
    start = len(tokens)
    while start > 1 and _name_like(tokens[start - 1]) and len(tokens) - start < 4:
        start -= 1
    if start > 1 and tokens[start - 1] in _KUNYA_FATHER:
        start -= 1  # "أبو بكر ديالو": the kunya opens the name
        if start > 1 and _listed_name(tokens[start - 1]):
            start -= 1  # "موسى أبو داود": a given name before the kunya
    listed = next((k for k in range(start, len(tokens)) if _listed_name(tokens[k])), None)
    if listed is not None and tokens[start] not in _KUNYA_FATHER:
        start = listed  # "موبي عثمان أبوبكر": the name begins with its first listed name (Othman)
    elif (host := _word_at(tokens, start - 1)) and host[0].sense and host[0].sense.kind in _PLACE_HOSTS:
        start += 1  # "منطقة زاول ...": the word after a place word is the place's name
    if start >= len(tokens) or start < 2 or (listed is None and len(tokens) - start < 2):
        return None  # one unknown word after an office is as likely its place ("شرطة موبي")
    title = _render(" ".join(written[:start]), False)
    if title.text is None:
        return None
    name = romanize(" ".join(written[start:]))
    if " of " not in title.text and len(title.text.split()) <= 3:
        return Rendered(f"{title.text.removeprefix('the ')} {name}")  # "Iraqi activist Suad al-Ali"
    return Rendered(f"{title.text}, {name}")


def _ranked_name(written: list[str], tokens: list[str]) -> Rendered | None:
    """A rank right before a person's name, after the office if any ("المتحدث باسم الجيش العميد نبيل عبد
    الله" -> "the army spokesman, Brigadier General Nabil Abdullah"): a rank, not a team ("فريق") or a
    brigade ("لواء"), and not an office the name's title is "of"."""
    for at in range(len(tokens) - 1):
        for width in (2, 1):
            words = [t.removeprefix(ARTICLE) if k == 0 else t for k, t in enumerate(tokens[at : at + width])]
            if (rank := RANKS.get(" ".join(words))) is None:
                continue
            name = tokens[at + width :]
            if not 2 <= len(name) <= 4 or not all(map(_name_like, name)):
                continue  # a name of two words or more, none a common word ("قائد لواء المشاة" is a brigade's)
            person = f"{rank} {romanize(' '.join(written[at + width :]))}"
            if at == 0:
                return Rendered(person)
            office = _render(" ".join(written[:at]), False)
            return Rendered(f"{office.text}, {person}") if office.text else None
    return None


def _title_comma_name(arabic: str) -> Rendered | None:
    """A title with its office, a comma, then the person's name ("عضو مجلس النواب الليبي، فتح الله
    السعيطي"): "Fathallah Saiti, a member of the Libyan parliament"; the whole part after the comma
    must read as a person's name."""
    title_part, _, name_part = arabic.rpartition("،")
    names = _untypoed(fold(name_part).split())
    if not names or _person_at(names, 0) != len(names):
        return None
    first = _untypoed(fold(title_part).split())
    head = (_phrase_at(first, 0) or _word_at(first, 0)) if first else None
    if head is None or head[0].sense is None or head[0].sense.kind != "title":
        return None
    title = _render(title_part.strip(), False)
    return Rendered(f"{romanize(name_part.strip())}, {title.text}") if title.text else None


def _person_at(tokens: list[str], i: int) -> int:
    """How many words from ``i`` make a person's name that starts with a listed given name and goes on
    with a name (listed, or unknown to the lexicon and the gazetteer): 0 when none. A given name alone
    may be a common word ("سعيد", happy), so one more name word is needed."""
    n = _given_width(tokens, i)
    if not n:
        return 0
    while i + n < len(tokens) and n < 4:
        if tokens[i + n] in KUNYA and i + n + 1 < len(tokens) and _name_like(tokens[i + n + 1]):
            n += 2  # "موسى أبو داود": a kunya and its name go on with the name
            continue
        if not (
            _name_like(tokens[i + n]) or tokens[i + n].removeprefix(ARTICLE) in GIVEN_NAMES or _a_hamlet(tokens[i + n])
        ):
            break
        if _conjoined(tokens[i + n]):
            break  # "سعاد العلي وقد فر": "and" opens what follows the name
        n += 1
    return n if n > 1 else 0


def _foreign_name(tokens: list[str]) -> bool:
    """Words of one name in another language: a first word the lexicon lists in no form of its own
    (only read through an ending: "ديرة" as "دير" + ة), then given names or words it does not know."""
    if len(tokens) < 2 or tokens[0] in LEXICON or tokens[0].startswith(ARTICLE):
        return False
    rest = tokens[1:]
    return all(t in GIVEN_NAMES or _uncovered([t]) for t in rest) and any(t in GIVEN_NAMES for t in rest)


def _a_persons_name(tokens: list[str]) -> bool:
    """A listed given name, then a kunya with its name or more names the lexicon does not know ("موسى أبو
    داود", "محمد أبو بكر"): one person's name."""
    if len(tokens) < 3 or tokens[0] not in GIVEN_NAMES or not any(t in KUNYA for t in tokens[1:-1]):
        return False
    return all(t in GIVEN_NAMES or t in KUNYA or t in DIVINE_NAMES or _uncovered([t]) for t in tokens[1:])


def _a_hamlet(token: str) -> bool:
    """A word the gazetteer knows only as a small place ("دياز", Diaz in Arkansas): after a given name,
    a family name, not where he is from."""
    if _phrase_at([token], 0) or _word_at([token], 0):
        return False
    hit = lookup(token)
    return hit is not None and not (hit.is_country or hit.is_region) and (hit.population or 0) < _HAMLET


_HAMLET = 20_000  # people: a town smaller than this is no likelier than a family name after a given name


def _conjoined(token: str) -> bool:
    """A word glued to "و" that is no name's: a long one ("وهزيمته") or a particle ("وقد"); a listed
    given name ("وليد") or a four-letter word may be a name."""
    return token.startswith(WAW) and (len(token) > 4 or len(token) <= 3) and not _listed_name(token)


def _given_width(tokens: list[str], i: int) -> int:
    """The words of a listed given name at ``i``: two for "فتح الله" (a word and "الله", not "opened"),
    one for "محمد", 0 for none."""
    if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in GIVEN_NAMES:
        return 2
    if i + 1 < len(tokens) and tokens[i] in _KUNYA_FATHER and lookup(f"{tokens[i]} {tokens[i + 1]}") is None:
        return 2  # "أبو بكر": a kunya is a given name (news says "والد" for a father), not Abu Dhabi
    return 1 if _listed_name(tokens[i]) else 0


_KUNYA_FATHER = frozenset(k for k, v in KUNYA.items() if v == "Abu")  # "أبو"


def _listed_name(token: str) -> bool:
    return token in GIVEN_NAMES or token == ABD_WORD


def _name_like(token: str) -> bool:
    """A word of a person's name: a listed given name, or a word neither the lexicon nor the gazetteer knows."""
    if _listed_name(token) or token in DIVINE_NAMES:
        return True
    return not (_phrase_at([token], 0) or _word_at([token], 0)) and lookup(token) is None


def render_words(words: list[Word]) -> Rendered:
    """The English of analysed words that form one noun phrase (or a phrase and its prepositional phrases)."""
    try:
        text = _assemble(words)
    except ValueError as exc:
        return Rendered(None, str(exc))
    text = _IN_A_PART.sub(_in_a_part, re.sub(r"\s+", " ", text).strip())
    return Rendered(_MEMBERS_OF.sub(r"\1 \2 of", text))


# "6 من أفراد الحرس الوطني": "6 members of the National Guard", not "6 of the members of"
_MEMBERS_OF = re.compile(r"\b(\d+) of the (members|personnel) of\b")


# "في شمال غزة": in a bearing of a place is in that part of it ("in northern Gaza"), never "in north of"
_IN_A_PART = re.compile(r"\bin (north|south|east|west)-?(east|west)? of (the )?(?=(\w))")


def _in_a_part(m: re.Match) -> str:
    if m[3] and m[4].islower():  # "في شمال البلاد": "in the north of the country", never "the northern country"
        return f"in the {m[1]}{'-' + m[2] if m[2] else ''} of the "
    part = f"{m[1]}-{PART_OF[m[2]]}" if m[2] else PART_OF[m[1]]
    return f"in the {part} " if m[3] else f"in {part} "


def analyse(arabic: str, name_slot: bool = True) -> list[Word]:
    """The words of a phrase with their lexicon senses (names marked), or [] when a word is neither
    known nor a name: what a rule reads to tell what a phrase is (a title, an outlet, an office)."""
    words = analysed(arabic, name_slot)
    return [] if isinstance(words, str) else words


_FULL_NAME = 4  # words of a person's name after a title


def _name_goes_on_at(tokens: list[str], j: int) -> bool:
    """The word at ``j`` is no word the lexicon knows, no listed phrase and no place: more of a name."""
    if j >= len(tokens) or not tokens[j] or tokens[j][:1] == WAW:
        return False
    if _phrase_at(tokens, j) is not None:
        return False
    found = _word_at(tokens, j)
    if found is None:
        return True  # unknown, or a town's name (Santos): no preposition joins a place to a name
    # an indefinite adjective after a name, which is definite, cannot describe it: a surname ("يحيى سريع")
    sense = found[0].sense
    return found[1] == 1 and sense is not None and sense.pos == "adj" and not tokens[j].startswith(ARTICLE)


def has_dual(arabic: str) -> bool:
    """A word of the phrase is a dual the lexicon reads ("يومين", "طائرتين مسيرتين"): it says two."""
    return any(w.dual for w in analyse(arabic, name_slot=False))


def feminine(arabic: str) -> bool:
    """An Arabic noun phrase that takes a feminine verb: its head ends in teh marbuta or the feminine
    plural ("طائرات", "قوات"), is a plural of things, or names a country ("إسرائيل")."""
    words = analyse(arabic)
    head = next((w for w in words if w.number is None and not (w.sense and w.sense.pos in ("prep", "adj"))), None)
    if head is None:
        return False
    first = fold(head.source).split()[0].removeprefix(WAW)
    if head.sense and head.sense.pos == "name" and head.sense.kind == "armed_group":
        return first not in MASCULINE_GROUP_HEADS  # "هاجمت طالبان", "أعلن حزب الله"
    if head.name is not None and not (head.sense and head.sense.pos == "noun"):
        hit = lookup(head.source)
        return bool(hit and hit.is_country) or first.endswith(HEH)
    human = head.sense is not None and head.sense.kind in _HUMAN_KINDS
    if head.dual:  # a dual is its singular's gender: "استهدف صاروخان", "استهدفت طائرتان"
        return _undual(first.removeprefix(ARTICLE)) is not None
    return first.endswith((HEH, FEMININE_PLURAL)) or (head.plural and not human)


def senses_in(arabic: str) -> list[Sense]:
    """Every lexicon sense any reading of the text's words or word groups has (clitics, article and
    inflections stripped): what a rendering of the text may say."""
    tokens = [t for t in fold(arabic).split() if t]
    out: list[Sense] = []
    for i, token in enumerate(tokens):
        for _conj, _prep, article, stem in _splits(token):
            for form, _plural, _feminine, _owned in _inflections(stem):
                out += LEXICON.get(form, ()) + (LEXICON.get(ARTICLE + form, ()) if article else ())
        for width in range(2, min(LEXICON_PHRASE_WORDS, len(tokens) - i) + 1):
            for _conj, _prep, _article, stem in _splits(token):
                rest = tokens[i + 1 : i + width]
                for first in (stem, ARTICLE + stem):
                    out += LEXICON.get(" ".join([first, *rest]), ())
                    out += LEXICON.get(" ".join([first, *(t.removeprefix(ARTICLE) for t in rest)]), ())
    return out


OTHER_EN = "other"  # English of "آخر": with "a" it is one word, "another"
_CASE_ENDINGS = {"nominative": (WAW + NOON, WAW), "genitive": (YEH + NOON, YEH), "accusative": (YEH + NOON, YEH)}


def with_case(arabic: str, case: str) -> str:
    """The phrase with its sound masculine plurals in ``case`` ("nominative", "genitive" or
    "accusative"): a name the article wrote as an object ("مسؤولين") is a subject in a list of sources
    ("مسؤولون"), and a subject after "بحسب" is genitive ("بحسب مسؤولين محليين"); in a construct the
    plural has lost its nun ("مسؤولو الصليب الأحمر", "بحسب مسؤولي ..."). Only words the lexicon reads
    as plurals change; in the accusative an indefinite head and its adjectives take the alif of tanwin
    ("سوق مزدحم" -> "سوقاً مزدحماً")."""
    full, construct = _CASE_ENDINGS[case]
    words = arabic.split()
    comma = next((k for k, w in enumerate(words) if w.endswith(("،", ","))), None)
    if comma is not None and comma + 1 < len(words):
        # "مسلحين متطرفين، قطعوا": the phrase before its comma takes the case; what follows is its own
        head = " ".join([*words[:comma], words[comma][:-1]])
        return f"{with_case(head, case)}{words[comma][-1]} {' '.join(words[comma + 1 :])}"
    out, rest = [], []
    for i, word in enumerate(words):
        if i and not _an_adjective(word) and not _plural_adjective(word):
            rest = words[i:]  # a construct's complement or a prepositional phrase: its own case
            break
        if case != "accusative" and word.endswith(ACCUSATIVE_TANWIN) and _defective_participle(word[:-2]):
            word = word[:-3] + KASRATAN  # "دامياً" as a subject: "دامٍ" (its yeh falls before the tanwin)
        elif case != "accusative" and word.endswith(ACCUSATIVE_TANWIN):
            word = word[:-2]  # "حزامًا ناسفًا" as a subject: "حزام ناسف"
        elif case != "accusative" and _bare_tanwin(word):
            word = word[:-1]  # "انهيارا ارضيا" (tanwin unmarked) as a subject: "انهيار ارضي"
        described = i + 1 < len(words) and (_an_adjective(words[i + 1]) or _plural_adjective(words[i + 1]))
        if i and a_dual(words[0]):
            out.append(_dual_in(word, full))  # "شخصين آخرين": an adjective agrees with its dual head
            continue
        out.append(_inflected(word, full, construct, i + 1 < len(words) and not described))
    if case == "accusative" and rest and _opens_with_preposition(rest[0]):
        out = _with_tanwin(out)  # "سوق في العاصمة" -> "سوقاً في العاصمة": the phrase after it keeps its case
    elif case == "accusative":
        out, rest = _with_tanwin([*out, *rest]), []
    return " ".join([*out, *rest])


def a_dual(word: str) -> bool:
    """The word is a dual noun the lexicon knows ("شخصان", "جنديين")."""
    found = analysed(word)
    return not isinstance(found, str) and len(found) == 1 and found[0].dual


def _dual_in(word: str, full: str) -> str:
    """A dual adjective's ending in the case whose plural ending is ``full`` ("آخران" / "آخرين")."""
    nominative, oblique = ARABIC_AGREEMENT["dual"], ARABIC_AGREEMENT["dual_genitive"]
    was, becomes = (oblique, nominative) if full == WAW + NOON else (nominative, oblique)
    return word[: -len(was)] + becomes if word.endswith(was) else word


def _defective_participle(stem: str) -> bool:
    """An active participle of a verb ending in yeh, indefinite ("دامي" of "دامياً", "ماضي", "عالي"): the
    pattern faa'il, whose yeh is written only in the accusative ("قتال دامٍ"); not a nisba ("عربي")."""
    return len(stem) == 4 and stem[1] == ALIF and stem[3] == YEH


def before_preposition(arabic: str) -> str | None:
    """The phrase up to its first separate preposition ("مصدر طبي من المستشفى الوحيد" -> "مصدر طبي"):
    the head a source or an actor is named by; None when there is no such head."""
    words = arabic.split()
    at = next((i for i, w in enumerate(words) if i and _opens_with_preposition(w)), None)
    return " ".join(words[:at]) if at else None


def by_means_of(arabic: str) -> str:
    """A mass noun of a weapon as the means of an act, with "ب" and the article ("رصاص" -> "بالرصاص", "قصف
    مدفعي" -> "بالقصف المدفعي"): "باستخدام رصاص" is no Arabic for "with gunfire"."""
    return BEH + definite_phrase(arabic, _an_adjective)


def _opens_with_preposition(word: str) -> bool:
    """A separate preposition ("في", "قرب") opens the rest of a phrase: its head is done."""
    return fold(clean(word)) in PREPOSITION_SENSES


def as_subject(arabic: str) -> str:
    """The noun phrase as a verb's subject, in the nominative: a dual that a dual relative or the
    feminine dual ending tells ("الزلزالين المدمرين اللذين ضربا" -> "الزلزالان المدمران اللذان ضربا",
    "الغارتين" -> "الغارتان"), else its sound plurals (``with_case``)."""
    words = arabic.split()
    relative = next((i for i, w in enumerate(words) if w in DUAL_RELATIVES), None)
    dual_ending = _DUAL["dual_genitive"]
    if (
        words
        and (relative is not None or _undual(fold(words[0])) or _a_masculine_dual(words[0]))
        and fold(words[0]).endswith(dual_ending)
    ):
        end = relative if relative is not None else len(words)
        feminine_dual = fold(words[0]).endswith(_DUAL["feminine_dual_genitive"])
        for i in range(end):
            agrees = (
                fold(words[i]).endswith(_DUAL["feminine_dual_genitive"]) if feminine_dual else _an_adjective(words[i])
            )
            if i and not (fold(words[i]).endswith(dual_ending) and agrees):
                break
            words[i] = words[i][: -len(dual_ending)] + ARABIC_AGREEMENT["dual"]
        if relative is not None:
            words[relative] = DUAL_RELATIVES[words[relative]]
        return " ".join(words)
    return with_case(arabic, "nominative")


def _a_masculine_dual(word: str) -> bool:
    """ "صاروخين", "جنديين": the lexicon reads a dual (the noun's plural is broken), not a sound plural."""
    found = analysed(word)
    return not isinstance(found, str) and len(found) == 1 and found[0].dual


def occurred(arabic: str) -> str:
    """An event's noun phrase as a sentence that says it happened: "وقع التفجير ...", "وقعت الاشتباكات
    ...", "وقع الزلزالان ..." (a verb before its subject agrees in gender only); "للهجوم ..." of a lead
    on the condemnations of an attack becomes the subject "الهجوم ..."."""
    arabic = _without_clitic_preposition(without_preposition(arabic))
    if said := _relative_verb_first(arabic) or _indefinite_verb_first(arabic):
        return said
    relative = next((w for w in arabic.split() if w in DUAL_RELATIVES), None)
    head = arabic.split()[0]
    if relative:
        female = relative == list(DUAL_RELATIVES)[1]  # grammar.yaml lists the masculine, then the feminine
    else:
        female = feminine(head) or fold(head).endswith((_DUAL["feminine_dual_genitive"], FEMININE_PLURAL))
    return f"{OCCURRED['feminine' if female else 'masculine']} {as_subject(arabic)}"


def _without_clitic_preposition(arabic: str) -> str:
    """An indefinite noun without the "بـ"/"لـ" glued to it in its sentence ("بصاروخ سقط على ملعب": by a
    rocket that fell) when the lexicon knows the noun: the phrase's subject."""
    first, _, rest = arabic.partition(" ")
    if first[:1] not in (BEH, LAM) or first.startswith((BEH + ARTICLE, LAM + LAM)) or len(first) < 4:
        return arabic
    found = analysed(first[1:])
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None or found[0].sense.pos != "noun":
        return arabic
    return f"{first[1:]} {rest}".rstrip()


def _indefinite_verb_first(arabic: str) -> str | None:
    """An indefinite noun and the verb of its unmarked relative clause said verb first: "صاروخ سقط على
    ملعب" (a rocket that fell on a pitch) -> "سقط صاروخ على ملعب"; not a verb of a plural of people
    ("مسلحون هاجموا"), whose agreement would change."""
    words = arabic.split()
    second = fold(words[1]) if len(words) > 1 else ""
    if len(words) < 3 or fold(words[0]).startswith(ARTICLE) or second.endswith((WAW + ALIF, *OBJECT_PRONOUNS)):
        return None  # "ضربة نفّذتها طائرة": the noun is the verb's object, not its subject
    verb = analysed(words[1])
    if isinstance(verb, str) or len(verb) != 1 or verb[0].sense is None or verb[0].sense.pos != "verb":
        return None
    return " ".join([words[1], words[0], *words[2:]])


def _relative_verb_first(arabic: str) -> str | None:
    """ "X الذي VERB REST" said verb first: "الزورق الذي غرق قبالة سواحل طرطوس" -> "غرق الزورق قبالة سواحل
    طرطوس", "الحريق الذي اندلع ليل السبت" -> "اندلع الحريق ليل السبت" (the singular relative's verb
    already agrees with its noun); None for another phrase."""
    words = arabic.split()
    at = next((i for i, w in enumerate(words) if fold(w) in RELATIVES), None)
    if at is None or at == 0 or at + 1 >= len(words) or at > 3:
        return None
    verb = words[at + 1]
    if fold(verb).startswith(ARTICLE) or fold(verb) in PREPOSITION_SENSES or not verb.isalpha():
        return None  # "التي في ...", "التي الحكومة ...": no verb right after the relative
    if fold(verb).endswith(OBJECT_PRONOUNS):
        return None  # "التي شهدتها العاصمة": the noun is the verb's object, not its subject
    return " ".join([verb, as_subject(" ".join(words[:at])), *words[at + 2 :]])


def genitive_of(arabic: str) -> str:
    """An indefinite phrase written in the accusative, in the genitive: the alif of tanwin dropped from
    each word the lexicon knows without it ("انتحاريا" -> "انتحاري" after "باستخدام")."""
    out = []
    for word in arabic.split():
        bare_word = word.rstrip("\u064b").removesuffix(ALIF).rstrip("\u064b")  # either order of alif and tanwin
        known = bare_word != word and not word.startswith(ARTICLE) and not isinstance(analysed(bare_word), str)
        out.append(bare_word if known else word)
    return with_case(" ".join(out), "genitive")


def starts_with_verb(arabic: str) -> bool:
    """An Arabic text that opens on a word the lexicon reads as a verb ("وقع تفجير", "ضرب زلزال")."""
    first = analysed(arabic.split()[0]) if arabic.split() else "empty"
    return not isinstance(first, str) and bool(first) and first[0].sense is not None and first[0].sense.pos == "verb"


def people_plural(english: str) -> str:
    """A people named in the plural: "the Syrians", but "the Fur", "the Hausa", and a demonym in
    -ese, -ss, -ch or -sh, which English never inflects ("four Lebanese", "the Swiss", "the Dutch")."""
    if english in INVARIANT_PEOPLES or english.endswith(("ese", "ss", "ch", "sh")):
        return english
    return f"{english}s"


def _an_adjective(word: str) -> bool:
    found = analysed(word)
    return not isinstance(found, str) and len(found) == 1 and found[0].sense is not None and found[0].sense.pos == "adj"


def _plural_adjective(word: str) -> bool:
    """A sound plural of a word that is an adjective too ("شيوعيون" after "متمردون"): it agrees with its head."""
    found = analysed(word)
    return not isinstance(found, str) and len(found) == 1 and found[0].plural and _may_be_adjective(found[0])


def _may_be_adjective(word: Word) -> bool:
    """An adjective by any of the word's senses ("موسيقي": music, and musical after a noun)."""
    return word.sense is not None and (
        word.sense.pos == "adj" or any(s.pos == "adj" for s in LEXICON.get(word.sense.lemma, ()))
    )


def _with_tanwin(words: list[str]) -> list[str]:
    """An indefinite singular head with only indefinite adjectives after it, in the accusative: the
    alif of tanwin on each ("مبنى حكومي" -> "مبنى حكومياً"). A construct ("مركز تسجيل") takes none."""
    if len(words) > 1 and fold(words[1]) in CARRYING_VERBS | CARRYING_PAST:
        words = [*_with_tanwin(words[:1]), *words[1:]]  # "باصاً ينقل أطفالا": the head, its clause as is
        return words
    found = [analysed(w) for w in words]
    if any(isinstance(f, str) or len(f) != 1 for f in found):
        return words
    analysed_words = [f[0] for f in found]
    head, rest = analysed_words[0], analysed_words[1:]
    if head.sense is None or head.sense.pos != "noun" or head.definite or head.plural or head.prep or head.name:
        return words
    if any(w.sense is None or not _may_be_adjective(w) or w.definite or w.prep for w in rest):
        return words
    return [w if w.endswith(NO_TANWIN_ALIF) or not w[-1:].isalpha() else w + TANWIN_ALIF for w in words]


def _bare_tanwin(word: str) -> bool:
    """A noun or adjective whose last alif is the accusative tanwin written without its mark ("هجوما",
    not "قضايا" or "سوريا"): the lexicon reads the word as the stem without that alif."""
    if not word.endswith(ALIF) or len(word) < 4:
        return False
    found = analysed(word)
    if isinstance(found, str) or len(found) != 1 or found[0].sense is None:
        return False
    return found[0].sense.pos in ("noun", "adj") and fold(word[:-1]).endswith(found[0].sense.lemma)


def _inflected(word: str, full: str, construct: str, followed: bool) -> str:
    found = analysed(word)
    if isinstance(found, str) or len(found) != 1:
        return word
    w = found[0]
    if w.sense is None or not w.plural or w.sense.pos not in ("noun", "adj"):
        return word
    if w.sense.lemma.endswith(NOON) and not w.sense.plural:  # a nun of the stem ("سكان"), no ending
        return word
    if w.prep:  # governed by its own preposition ("لتسجيل الناخبين"): its case is not the slot's
        return word
    dual = ARABIC_AGREEMENT["dual"] if full == WAW + NOON else ARABIC_AGREEMENT["dual_genitive"]
    if w.sense.lemma in BROKEN_PLURALS and fold(word).endswith(_DUAL["dual_genitive"]):
        # "شخصين": a dual (the plural is "أشخاص"), "شخصان" as a subject
        return word[: -len(_DUAL["dual_genitive"])] + dual
    if w.dual and not followed and fold(word).endswith(_DUAL["dual"]):
        return word[: -len(_DUAL["dual"])] + dual  # "قتل مسلحون شخصين": a dual object is no subject
    for ending in (WAW + NOON, YEH + NOON):
        if word.endswith(ending):
            return word[: -len(ending)] + full
    if followed and w.sense.pos == "noun" and word.endswith((WAW, YEH)) and not w.definite:
        return word[:-1] + construct  # "مسؤولو الصليب" / "مسؤولي الصليب"
    return word


def names_people(arabic: str) -> bool:
    """The phrase's head is a person or people (a title, an actor, a force, a name after a title, a
    family or a tribe: "آل مسعود")."""
    if _a_family(arabic) is not None:
        return True
    words = analyse(arabic)
    head = next((w for w in words if w.number is None and not (w.sense and w.sense.pos in ("prep", "adj"))), None)
    if head is None:  # a people named by its adjective alone ("فلسطينياً")
        return any(w.sense is not None and w.sense.kind == "nationality" for w in words)
    if head.sense is None:
        return head.name is not None and not lookup(head.source)  # a person's name, not a place
    return head.sense.kind in _HUMAN_KINDS


def analysed(arabic: str, name_slot: bool = False) -> list[Word] | str:
    """The analysed words, or the reason a word is neither known nor a name."""
    return _analyse(_folded_tokens(arabic), name_slot)


def _analyse(tokens: list[str], name_slot: bool = False) -> list[Word] | str:
    """Words with their senses; names where a name may stand; else the reason (first unknown word)."""
    out: list[Word] = []
    i = 0
    while i < len(tokens):
        if i == 0 and tokens[0] in CONJUNCTIONS:
            i += 1
            continue
        after_noun = bool(out) and (
            out[-1].name is not None or (out[-1].sense and out[-1].sense.pos in ("noun", "adj"))
        )
        indefinite = out and not out[-1].definite and out[-1].name is None
        if after_noun and indefinite and _DEFINITE.match(tokens[i]):
            after_noun = False  # "سيارة الناشطة": a definite word after an indefinite noun is its complement
        if after_noun and out[-1].sense is not None and out[-1].sense.en in VICTIM_VERBAL_NOUNS:
            after_noun = False  # "قتل مسلح": the killing of a gunman, who suffered it
        if i == len(tokens) - 1 and out and out[-1].name is not None and tokens[i] in DIRECTIONS:
            # "قرية الصوامعة شرق": a bearing with nothing after it is part of the name (Sharq) or a span cut
            # short ("الموصل شمال"): never "of an east"; the name alone is right either way
            i += 1
            continue
        if (this := DEMONSTRATIVES.get(tokens[i].removeprefix(WAW))) and i + 1 < len(tokens):
            found = _phrase_at(tokens, i + 1) or _word_at(tokens, i + 1)
            if found is None or found[0].sense is None or found[0].sense.pos != "noun":
                return f"{tokens[i]!r} points to no noun the lexicon knows"
            found[0].determiner = this
            out.append(found[0])
            i += 1 + found[1]
            continue
        if tokens[i] in PRONOUN_PREPOSITIONS and out:
            i += 1  # "قاعدة لهم" = "a base" (of theirs): a pronoun, never a name
            continue
        if out and _composed_of(tokens, i):
            i += 1  # "أسرة مكونة من ثمانية أفراد" = "a family of 8 members": English says only "of"
            continue
        if region := _bearing_region_at(tokens, i):
            out.append(region)  # "شمال كردفان" = North Kordofan, a state of its own, not "north of Kordofan"
            i += 2
            continue
        if country := _bearing_country_at(tokens, i):
            out.append(country)  # "جنوب السودان" in an article on South Sudan: the country, not "southern Sudan"
            i += 2
            continue
        if date := _date_at(tokens, i):
            out.append(date[0])  # "18 نيسان/أبريل 2018" = "18 April 2018": a date, no count of months
            i += date[1]
            continue
        # "سعاد العلي": a listed given name, then a name; outside a name slot only a given name that is
        # no common word too ("خالد محسود", not "سعيد" = happy)
        phrase = _phrase_at(tokens, i, after_noun=after_noun)
        if phrase and phrase[0].sense is not None and phrase[0].sense.pos == "prep":
            out.append(phrase[0])  # "على متن" (aboard): a preposition, never "Ali" (folded alike)
            i += phrase[1]
            continue
        if (rank := _rank_before_name(tokens, i)) is not None:
            out.append(rank)  # "الفريق محمد المقدشي": Lieutenant General, not "team"
            i += 1
            continue
        kunya = tokens[i] in _KUNYA_FATHER
        # "الرئيس السابق علي عبد الله صالح": after a title a given name is his, not "on" (folded alike)
        titled = bool(out) and any(w.sense is not None and w.sense.kind == "title" for w in out[-2:])
        person = _person_at(tokens, i) if name_slot or kunya or titled or not (_word_at(tokens, i) or phrase) else 0
        if person and phrase and phrase[0].sense is not None and phrase[0].sense.pos == "name" and phrase[1] >= person:
            person = 0  # "أوستن ستيتسمان": a listed name (a paper) wider than the given name it opens on
        while person and titled and person < _FULL_NAME and _name_goes_on_at(tokens, i + person):
            person += 1  # "الرئيس خوان مانويل سانتوس": his surname too, never "Juan Manuel of Santos"
        if person:
            out.append(Word(" ".join(tokens[i : i + person]), name=romanize(" ".join(tokens[i : i + person]))))
            out[-1].definite = True
            i += person
            continue
        if out and (outlet := _outlet_of(out[-1], tokens[i])):
            out.append(outlet)  # "مراسل الميادين": a correspondent's outlet, not "the squares"
            i += 1
            continue
        found = _place_at(tokens, i, out, name_slot)
        if found is None or (phrase and phrase[1] > found[1] and phrase[0].sense and phrase[0].sense.pos == "name"):
            found = phrase or _word_at(tokens, i, after_noun)  # "أوستن ستيتسمان": a paper, not Austin
        toponym = found is not None and found[1] == 1 and _toponym_with_name(tokens, i)
        if found is not None and out and _adjective_naming(out[-1], found, tokens[i]):
            found = None  # "مدرسة التابعين": a definite adjective agrees with no indefinite noun; a name
        if toponym:
            found = None  # "برج البراجنة": a place word and a name no lexicon knows are one name (Burj al-Barajneh)
        if found is None:
            run = 2 if toponym else _unknown_run(tokens, i)
            while titled and not toponym and run < _FULL_NAME and _name_goes_on_at(tokens, i + run):
                run += 1  # "الرئيس خوان مانويل سانتوس": the surname, though a town is named so too
            if run == 1 and tokens[i] in TOPONYM_STARTS and i + 1 < len(tokens):
                run = 2  # "عين الفرات": a compound name's first word takes the next, known or not
            exact = lookup(" ".join(tokens[i : i + run])) if toponym else None
            if (
                exact is not None
                and exact.name_ar
                and bare_phrase(exact.name_ar) == bare_phrase(" ".join(tokens[i : i + run]))
            ):
                name = Word(" ".join(tokens[i : i + run]), name=exact.name_en, definite=True, place=True)  # Tel Aviv
            else:
                name = _name(tokens[i : i + run], out)
            if name is None and toponym:
                text = " ".join(tokens[i : i + run])
                name = Word(text, name=romanize(text), definite=True)
            if name is None:
                return f"{tokens[i]!r} is neither in the lexicon nor a name"
            out.append(name)
            i += run
            continue
        word, width = found
        if _describes_a_name(out[-1] if out else None, word):
            # "تنظيم داعش الإرهابي": a definite nisba after a listed name describes it ("the terrorist ISIS
            # group", "Islamist al-Shabaab"), in its noun's English; a name takes no complement
            word.sense = _as_adjective(word.sense)
        if not _echoes(out[-1] if out else None, word):
            out.append(word)
        i += width
    return _compounds_around_names(out)


def _compounds_around_names(words: list[Word]) -> list[Word]:
    """A head noun, a name, then an adjective that makes a lexicon compound with the head: Arabic puts the
    name between them ("منفذ الشلامجة الحدودي" = "the al-Shalamcha border crossing", not "border
    perpetrator"). The head takes the compound's sense and the adjective is spent."""
    out = list(words)
    for i in range(len(out) - 2):
        head, name, adjective = out[i], out[i + 1], out[i + 2]
        if head.sense is None or head.sense.pos != "noun" or name.name is None:
            continue
        if adjective.sense is None or adjective.sense.pos != "adj" or not adjective.definite:
            continue
        key = f"{head.sense.lemma} {adjective.sense.lemma}"
        if senses := [x for x in LEXICON.get(key, ()) if x.pos == "noun"]:
            out[i] = replace(head, sense=senses[0])
            del out[i + 2]
            break
    return out


def _definite_then_place(current: Phrase, words: list[Word], i: int) -> bool:
    """ "العاصمة (الليبية) طرابلس": the capital, then a gazetteer place: an apposition, no construct."""
    before, w = words[i - 1] if i else None, words[i]
    head = current.head
    described = before is not None and before.sense is not None and before.sense.pos == "adj"
    lone = current.of is None and (head is before or described)
    written = fold(head.source).removeprefix(WAW).startswith(ARTICLE)  # "العاصمة الليبية طرابلس" too
    nisba = fold(w.source).endswith((YEH, YEH + HEH))  # "الريف الإدلبي": the Idlib countryside's adjective
    capital = fold(head.source).removeprefix(WAW) in CAPITAL_WORDS  # not "الحي الشرقي بمدينة ...": of the town
    return lone and written and capital and w.place and not nisba


def _titled_apposition(words: list[Word], i: int) -> bool:
    """A definite title and a name after a definite word (which heads no construct): an apposition."""
    w, before = words[i], words[i - 1] if i else None
    closed = before is not None and before.sense is not None and before.definite
    titled = w.sense is not None and w.sense.kind == "title" and w.definite
    return closed and titled and i + 1 < len(words) and words[i + 1].name is not None and not words[i + 1].place


def _rank_before_name(tokens: list[str], i: int) -> Word | None:
    """A rank that is another word too ("لواء", "فريق") right before a person's name: a title."""
    rank = RANKS.get(tokens[i].removeprefix(WAW).removeprefix(ARTICLE))
    if rank is None or i + 1 >= len(tokens) or not _person_at(tokens, i + 1):
        return None
    sense = Sense(fold(tokens[i]), rank, f"{rank}s", "noun", "title", False, ())
    return Word(tokens[i], sense=sense, definite=tokens[i].removeprefix(WAW).startswith(ARTICLE))


def two_before_its_dual(words: list[Word]) -> list[Word]:
    """ "فلسطينيان اثنان", "جنديان اثنان": the number that repeats a dual stands before it, as a count
    ("2 Palestinians"), never as the verb's object after it ("killed 2")."""
    for k in range(1, len(words)):
        w, before = words[k], words[k - 1]
        dual = fold(before.source).endswith((_DUAL["dual"], _DUAL["dual_genitive"]))
        if w.number == 2 and w.sense is None and before.sense is not None and dual and not before.prep:
            before.dual, before.plural = False, True
            words[k - 1], words[k] = w, before
    return words


def _as_adjective(noun: Sense) -> Sense:
    """The adjective sense of a nisba read as a noun: its own English ("المسلحة" = armed, not "gunman"),
    unless that lists the noun's as an alternative ("الإسلامية": "Islamist" of an armed group)."""
    adjective = next(s for s in LEXICON.get(noun.lemma, ()) if s.pos == "adj")
    return noun._replace(pos="adj") if noun.en in adjective.alt else adjective


def _describes_a_name(before: Word | None, word: Word) -> bool:
    """A definite noun after a listed name whose spelling is also an adjective (a nisba)."""
    if before is None or before.sense is None or before.sense.pos != "name" or word.sense is None:
        return False
    if word.sense.pos != "noun" or not word.definite or word.prep or word.plural:
        return False
    return any(s.pos == "adj" for s in LEXICON.get(word.sense.lemma, ()))


def _echoes(before: Word | None, word: Word) -> bool:
    """A name that says the one before it again ("وكالة الأنباء السعودية (واس)"): its acronym or full
    name, said once in English ("the Saudi Press Agency", not "the Saudi Press Agency of SPA")."""
    if before is None or before.sense is None or word.sense is None or "name" not in (before.sense.pos, word.sense.pos):
        return False
    return word.sense.en in before.sense.alt or before.sense.en in word.sense.alt


def _outlet_of(host: Word, token: str) -> Word | None:
    """The outlet a correspondent or an editor works for, named by its bare title ("مراسل الميادين",
    "محرر النهار"): the lexicon's outlet under an outlet's word with that title ("قناة الميادين")."""
    if host.sense is None or host.sense.en not in _NEWS_TITLES or host.definite:
        return None
    if not token.startswith(ARTICLE):
        return None
    for word in OUTLET_WORDS:
        for sense in LEXICON.get(f"{word} {token}", ()):
            if sense.kind == "outlet":
                return Word(token, sense, definite=True)
    return None


def _adjective_naming(host: Word, found: tuple[Word, int], token: str) -> bool:
    """A definite word the lexicon knows only as an adjective, right after an indefinite building or
    place word ("مدرسة التابعين", "مسجد التقوى"): an adjective agrees in definiteness with its noun, so
    this is the place's name, never "an affiliated school"."""
    word, width = found
    return (
        width == 1
        and not host.definite
        and host.sense is not None
        and host.sense.pos == "noun"
        and host.sense.kind in _PLACE_HOSTS
        and token.startswith(ARTICLE)
        and word.sense is not None
        and not word.sense.lemma.startswith(ARTICLE)  # "ألماني": the root's own "أل", no article (German)
        and all(s.pos == "adj" for s in LEXICON.get(word.sense.lemma, (word.sense,)))
    )


def _date_at(tokens: list[str], i: int) -> tuple[Word, int] | None:
    """A day of the month and its month, in one calendar or two ("18 نيسان/أبريل"), and a year after."""
    if not re.fullmatch(r"\d{1,2}", tokens[i]) or not 1 <= int(tokens[i]) <= 31:
        return None
    month, j = None, i + 1
    while j < len(tokens) and (name := _month_of(tokens[j])) and (month is None or name == month):
        month, j = name, j + 1
    if month is None:
        return None
    if j < len(tokens) and re.fullmatch(r"(?:19|20)\d\d", tokens[j]):
        j += 1
    written = " ".join(tokens[i:j])
    year = f" {tokens[j - 1]}" if tokens[j - 1].isdigit() and j - 1 > i else ""
    return Word(written, name=f"{int(tokens[i])} {month}{year}", definite=True), j - i


def _month_of(token: str) -> str | None:
    """The English month a word names ("نيسان", "أبريل" -> "April")."""
    return next((s.en for s in LEXICON.get(token, ()) if s.kind == "time" and s.en.lower() in MONTHS), None)


def _toponym_with_name(tokens: list[str], i: int) -> bool:
    """A word that begins place names ("برج", "عين") before a definite word the lexicon does not know."""
    if tokens[i] not in TOPONYM_STARTS or i + 1 >= len(tokens):
        return False
    if (
        (hit := lookup(f"{tokens[i]} {tokens[i + 1]}")) is not None
        and hit.name_ar
        and bare_phrase(hit.name_ar) == bare_phrase(f"{tokens[i]} {tokens[i + 1]}")
    ):
        return True  # "تل أبيب": the gazetteer's own two-word name
    if not tokens[i + 1].startswith(ARTICLE):
        # "جبل برد": an indefinite word the lexicon reads only with a clitic preposition ("ب" + "رد", in a
        # response) after a word that begins names is the name's own word
        after = _word_at(tokens, i + 1)
        common = after is not None and after[0].sense is not None and after[0].sense.kind in _PLACE_HOSTS
        return after is not None and after[0].prep is not None and not common and lookup(tokens[i + 1]) is None
    head = _word_at(tokens, i)
    if head is not None and head[0].sense is not None and head[0].sense.en in NAME_BEFORE_WORD:
        return False  # "حي الشجاعية", "سوق ...": English says the name before the word (the ... neighbourhood)
    unknown = _word_at(tokens, i + 1) is None and _phrase_at(tokens, i + 1) is None
    return unknown and lookup(tokens[i + 1]) is None  # "سوق الحميدية": the Al Hamidiyah market, a known place


def _place_at(tokens: list[str], i: int, before: list[Word], name_slot: bool) -> tuple[Word, int] | None:
    """A gazetteer place at ``i``: two or three words anywhere ("دير الزور" is not "the monastery of
    the Zor"); one word only after a place word ("مدينة الميادين", not "the city of the squares") or
    alone in a name slot."""
    host = before[-1] if before else None
    if (regional := REGIONAL_NAMES.get(tokens[i].removeprefix(WAW))) and _COUNTRY.get() in regional[1]:
        return Word(tokens[i], name=regional[0], definite=True, place=True), 1  # "الساحل" in Mali: the Sahel
    # one word alone in a name slot may be a place ("الميادين"), not a word for who speaks ("السلطات")
    alone = (
        name_slot
        and len(tokens) == 1
        and (tokens[0].startswith(ARTICLE) or _word_at(tokens, 0) is None)
        and not _an_actor_word(tokens[0])
    )
    one_word = bool(host and host.sense and host.sense.kind in _PLACE_HOSTS) or alone
    # "مصدر أمني مالي": after a source or a title, a country's name that is also its nationality is the
    # adjective (a Malian security source); "جيش مالي" stays the army of Mali.
    described = host and host.sense and host.sense.pos == "noun" and host.sense.kind in ("reporting", "title")
    adjective = bool(described) and any(s.kind == "nationality" and s.pos == "adj" for s in LEXICON.get(tokens[i], ()))
    country = (
        not tokens[i].endswith(ADJECTIVE_ENDINGS)
        and not adjective
        and (hit := lookup(tokens[i])) is not None
        and hit.is_country
    )
    if not one_word and country:
        one_word = True  # a country's name is never a common word ("سوريا" is Syria, not "a Syrian")
    # the region word, "و" aside only where it is a conjunction ("ولاية" begins with the letter)
    key = fold(host.source) if host is not None else ""
    admin = key if key in ADMIN_WORDS else key.removeprefix(WAW) if key.removeprefix(WAW) in ADMIN_WORDS else None
    if host is not None and host.name is not None and tokens[i].startswith(BEH + ARTICLE):
        # "قرية كوم حمادة بالبحيرة": "in" + a region after a place is the region it lies in (Beheira)
        one_word, admin = True, ADMIN_WORDS[0]
    for width in range(min(3, len(tokens) - i), 0 if one_word else 1, -1):
        if (
            width == 1
            and not alone
            and not country
            and admin is None
            and _an_actor_word(tokens[i])
            and not _a_town_at_home(tokens[i])
        ):
            continue  # "قاعدة التحالف" is the coalition's base, not a base in a Yemeni village of that name
        if width == 1 and not country and _a_nationality(tokens[i]):
            continue  # "قطار ألماني" is a German train, never a train of a village "Many"
        if width == 1 and not alone and admin is None and _a_common_noun_after_a_thing(host, tokens[i]):
            continue  # "بوابة مدرسة" is a school's gate, never the gate of a village "Madrasa"
        if (
            width == 1
            and host is not None
            and host.definite
            and tokens[i].startswith(ARTICLE)
            and _an_adjective(tokens[i])
        ):
            continue  # "المدينة الجديدة": a definite adjective agrees with its definite noun (the new city)
        if width == 1 and _article_on_a_bare_name(tokens[i]):
            continue  # "السيول" is the floods: Seoul ("سيول") takes no article
        if width > 1 and _bearing_before_a_name(tokens[i : i + width]):
            continue  # "بوسط هولندا": central Netherlands, the bearing no part of the country's name
        # after a building's word a name is the building's ("كنيس الغريبة"), never a town that only sounds alike
        building = host is not None and host.sense is not None and host.sense.en in NAME_BEFORE_WORD
        if word := _gazetteer(tokens[i : i + width], admin, sound=not building):
            return word, width
    return None


_AMOUNTS = frozenset(("quantity", "amount"))  # member_heads of things, not of people


def _a_common_noun_after_a_thing(host: Word | None, token: str) -> bool:
    """An indefinite word the lexicon knows as a noun, after a thing's word that is no place word ("سقف
    مدرسة", "حرم جامعة"): the construct's common noun, not a town of that name."""
    if host is None or host.sense is None or host.sense.kind not in _PLACE_HOSTS or token.startswith(ARTICLE):
        return False
    if fold(host.source).removeprefix(WAW).removeprefix(BEH).removeprefix(ARTICLE) in NAME_CUES:
        return False  # "مدينة حمص", "قرية واغا": a town's word, a name follows
    found = _word_at([token], 0)
    return found is not None and found[0].sense is not None and found[0].sense.pos == "noun"


def _bearing_before_a_name(tokens: list[str]) -> bool:
    """The words open on a bearing ("وسط", "بوسط") that the place the gazetteer finds for them does not
    open on ("هولندا" for "بوسط هولندا"): a part of the place, not its name ("جنوب السودان" is one)."""
    first = tokens[0]
    bearing = next((t for t in (first, first[1:]) if t in DIRECTIONS), None)
    hit = lookup(" ".join(tokens)) if bearing else None
    return hit is not None and bool(hit.name_ar) and fold(hit.name_ar).split()[0] != bearing


def _article_on_a_bare_name(token: str) -> bool:
    """A word with the article whose bare form the lexicon knows as a common noun and the gazetteer only as
    a name written without the article ("السيول": the floods; Seoul is "سيول")."""
    bare_token = token.removeprefix(ARTICLE)
    if bare_token == token or not any(s.pos == "noun" for s in LEXICON.get(bare_token, ())):
        return False
    hit = lookup(token)
    return hit is not None and bool(hit.name_ar) and not fold(hit.name_ar).startswith(ARTICLE)


def _a_town_at_home(token: str) -> bool:
    """A word the lexicon reads as a kind of person ("النصيرات", supporters) that is, written exactly so,
    a town of the article's country ("مخيم النصيرات" in a Gaza story is the Nuseirat camp); never a
    force's or a body's word ("التحالف")."""
    found = _word_at([token], 0)
    if found is None or found[0].sense is None or found[0].sense.kind not in ("actor", "people"):
        return False
    home = _COUNTRY.get()
    hit = lookup(token, home) if home else None
    return hit is not None and hit.country_code == home and hit.name_ar == token and not hit.is_country


def _a_nationality(token: str) -> bool:
    """A word the lexicon knows as a nationality's adjective ("ألماني", "الروسية")."""
    found = _word_at([token], 0)
    return found is not None and found[0].sense is not None and found[0].sense.kind == "nationality"


def sole_sense(phrase: str) -> Sense | None:
    """The lexicon sense of a phrase it reads as one word or listed phrase ("كتائب حزب الله"), else None."""
    found = analysed(phrase)
    return found[0].sense if not isinstance(found, str) and len(found) == 1 else None


def a_past_verb(word: str) -> bool:
    """A past-tense verb: one the lexicon reads as a verb, or the feminine past's shape it does not know."""
    key = fold(clean(word))
    found = analysed(key)
    if not isinstance(found, str):
        return any(w.sense is not None and w.sense.pos == "verb" for w in found)
    return bool(FEMININE_PAST_SHAPE.match(key)) and key not in GIVEN_NAMES and lookup(key) is None


def names_a_body(phrase: str) -> bool:
    """The phrase is, for the lexicon, one armed group, force or institution ("كتائب حزب الله")."""
    return (sense := sole_sense(phrase)) is not None and sense.kind in _BODY_KINDS


def _an_actor_word(token: str) -> bool:
    """A word the lexicon knows as an actor, a force or an institution ("التحالف", the coalition)."""
    found = _word_at([token], 0)
    return found is not None and found[0].sense is not None and found[0].sense.kind in _ACTOR_KINDS


def _an_accusative_word(token: str) -> bool:
    """A word of the lexicon with the alif of its accusative tanwin ("سكنياً", residential): Arabic, never a
    foreign name to match by sound (a Ukrainian "Chaykyne")."""
    folded = fold(token)
    return folded.endswith(ALIF) and (folded[:-1] in LEXICON or folded[:-1].removeprefix(ARTICLE) in LEXICON)


def _gazetteer(tokens: list[str], admin: str | None = None, sound: bool = True) -> Word | None:
    """The gazetteer's English for these words (a clitic preposition stripped), when its name is a
    transliteration of them: a homonym's Arabic alternate name is not enough ("عين علي" is no "Al Hajab").
    ``admin``: the region word before them, which makes a common word a region ("محافظة البحيرة")."""
    text = " ".join(tokens)
    prep = BEH if text.startswith(BEH + ARTICLE) else None
    if admin and (hit := lookup(f"{admin} {text.removeprefix(prep or '')}")) is not None and hit.is_region:
        return Word(text, name=hit.name_en, definite=True, prep=prep)
    for clitic in ("", BEH, LAM, WAW, WAW + BEH):
        body = text[len(clitic) :]
        first = body.split()[0] if body else ""
        # A stripped clitic must leave a word ("بالو" is Palu, not bi- + "الو").
        if not text.startswith(clitic) or len(first) < 3 or (clitic and len(first.removeprefix(ARTICLE)) < 3):
            continue
        # a country whose name opens on a bearing, unless the rest is a country too ("جنوب السودان" is
        # also the south of Sudan): "جنوب أفريقيا" is South Africa, never "an African south"
        rest = body.split(maxsplit=1)[-1]
        if " " in body and (whole := country_hit(body)) is not None and country_hit(rest) is None:
            name = f"the {whole.name_en}" if country_takes_the(whole.name_en) else whole.name_en
            return Word(text, name=name, prep=clitic.lstrip(WAW) or None, definite=True, place=True)  # South Africa
        if first.removeprefix(ARTICLE) in GAZETTEER_PREFIXES or first in GAZETTEER_PREFIXES:
            continue  # the gazetteer would drop a place word ("بادية"); it is the lexicon's to render
        country = _COUNTRY.get()
        hit = lookup(body, country)
        by_sound = False
        # a region keeps its name across a border ("الجولان" in a Syrian article is the Golan Heights)
        abroad = hit is not None and not hit.is_country and not hit.is_region and hit.country_code != country
        # "أنقرة" in a German story is Ankara, not Enger; "دوشنبه" in a Kyrgyz one, Tajikistan's capital
        abroad = abroad and hit.population < _WORLD_CITY and not is_capital(hit)
        # one word, or a foreign name with its own article ("سانتو دومينغو", Santo Domingo), matched by sound
        foreign = " " in body and body.split()[0] in FOREIGN_NAME_ARTICLES
        if country and (hit is None or abroad) and (" " not in body or foreign) and body not in GIVEN_NAMES:
            # A town at home known by its Latin name wins over a homonym abroad ("بالو" is Palu in
            # Indonesia, not Palo, Iowa); matched by sound within the country already.
            if sound and not _an_accusative_word(body) and (home := lookup_transliterated(body, country)):
                hit, by_sound = home, True
            elif abroad:
                continue  # a homonym abroad, none at home: the name is romanised, never another country's town
        # A country's name is its own (the United States is no transliteration of "الولايات المتحدة"), and
        # so is a town's English name where its Arabic name is this word ("دمشق", Damascus).
        said_a = body[:-1] + ALIF if body.endswith(YEH) and " " not in body else body  # "جنوى" folded: "جنوا"
        own = hit is not None and hit.name_ar and bare_phrase(hit.name_ar) in (bare_phrase(body), bare_phrase(said_a))
        if hit is not None and not own and not hit.is_country and body in GIVEN_NAMES and hit.population < _TOWN:
            continue  # "موسى" is Musa, a man's name, not the village of Musei that sounds alike
        # "السورية" is the adjective Syrian, not Syria: a country's name takes no article unless its own does.
        adjective = (
            hit is not None
            and hit.is_country
            and body.startswith(ARTICLE)
            and not fold(hit.name_ar or "").startswith(ARTICLE)
        )
        if (
            hit is not None
            and not adjective
            and (
                hit.is_country
                or own
                or by_sound
                or transliterates(hit.name_en, body)
                or (hit.is_region and spelt_alike(hit.name_ar, body))  # "مسيسيبي": Mississippi
            )
        ):
            name = f"the {hit.name_en}" if hit.is_country and country_takes_the(hit.name_en) else hit.name_en
            return Word(text, name=name, prep=clitic.lstrip(WAW) or None, definite=True, place=True)
    return None


_WORLD_CITY = 1_000_000  # people: a city this large abroad is the one meant, whatever sounds alike at home
_TOWN = 100_000  # people: a given name is a person's, unless a town this large is written so


def _phrase_at(
    tokens: list[str], i: int, widest: int = LEXICON_PHRASE_WORDS, after_noun: bool = False
) -> tuple[Word, int] | None:
    """The longest lexicon phrase (two words or more) starting at ``i``, its first word's clitics allowed;
    not one whose last word opens a longer name ("عضو مجلس | النواب" is "عضو | مجلس النواب": a member
    of the House of Representatives, not a council member of the deputies)."""
    if (pair := " ".join(tokens[i : i + 2])) in NUMBER_WORDS and len(tokens) > i + 1:
        return Word(pair, number=NUMBER_WORDS[pair]), 2  # a number of two words: "خمسة عشر" is 15
    found = _longest_phrase_at(tokens, i, widest, after_noun)
    if found is None or widest < LEXICON_PHRASE_WORDS:
        return found
    end = i + found[1]
    overlap = _longest_phrase_at(tokens, end - 1, LEXICON_PHRASE_WORDS)
    if overlap and end - 1 + overlap[1] > end and overlap[0].sense and overlap[0].sense.pos == "name":
        return _phrase_at(tokens, i, found[1] - 1, after_noun) if found[1] > 2 else None
    return found


def _longest_phrase_at(tokens: list[str], i: int, widest: int, after_noun: bool = False) -> tuple[Word, int] | None:
    for width in range(min(widest, len(tokens) - i), 1, -1):
        for dual in (False, True):  # "طائرتين مسيرتين": the dual of "طائرة مسيرة", two drones
            words = _undualled(tokens[i : i + width]) if dual else tokens[i : i + width]
            if dual and (None in words or words == tokens[i : i + width]):
                continue
            first, rest = words[0], words[1:]
            for conj, prep, article, stem in _splits(first):
                # "وزيرة الصحة": a title's feminine is its entry's ("وزير الصحة", health minister)
                masculine = [stem[:-1], ARTICLE + stem[:-1]] if stem.endswith(HEH) and len(stem) > 3 else []
                for candidate in (stem, ARTICLE + stem, *masculine):
                    senses = LEXICON.get(" ".join([candidate, *rest])) or LEXICON.get(
                        " ".join([candidate, *(t.removeprefix(ARTICLE) if len(t) > 4 else t for t in rest)])
                    )
                    if senses and candidate in masculine:
                        senses = [x for x in senses if x.kind == "title"]
                    if senses:
                        sense = _best(senses, after_noun)
                        definite = (
                            bool(article)
                            or candidate.startswith(ARTICLE)
                            or rest[-1].removeprefix(WAW).startswith(ARTICLE)  # "وزيرة الصحة والسكان"
                        )
                        word = Word(" ".join(tokens[i : i + width]), sense, definite=definite, prep=prep)
                        word.plural, word.conj = sense.plural or dual, conj == WAW
                        word.dual = dual
                        return word, width
    return None


def _undualled(tokens: list[str]) -> list[str | None]:
    """The singulars of a dual phrase: feminine duals, or a masculine one ("عونين أمنيين" = two security
    agents) whose first noun's plural is broken: else "ين" is as likely a sound plural ("مسلحين")."""
    out = [_undual(t) for t in tokens]
    for ending in (_DUAL["dual_genitive"], _DUAL["dual"]):
        head = tokens[0]
        if out[0] is None and head.endswith(ending) and head[: -len(ending)] in _broken_heads():
            out[0] = head[: -len(ending)]
            rest = zip(out[1:], tokens[1:], strict=True)
            out[1:] = [o or (t[: -len(ending)] if t.endswith(ending) else None) for o, t in rest]
    return out


def _undual(token: str) -> str | None:
    """The singular of a feminine dual ("طائرتين" -> "طائره", folded), else None."""
    for ending in (_DUAL["feminine_dual_genitive"], _DUAL["feminine_dual"]):
        if token.endswith(ending) and len(token) - len(ending) >= 2:
            return token[: -len(ending)] + HEH
    return None


_SEXLESS = frozenset(("target", "place_word", "weapon", "institution", "time", "disaster", "outlet", "direction"))


def _word_at(tokens: list[str], i: int, after_noun: bool = False) -> tuple[Word, int] | None:
    """One word: a preposition, a number (in digits or words), or a lexicon word with its inflection."""
    token = tokens[i]
    if i + 1 < len(tokens) and counts_in(tokens[i + 1]):
        # "نحو 20 مسلحاً" = "about 20 gunmen": before a number a word of quantity, never "towards"
        if quantity := next((s for s in LEXICON.get(token, ()) if s.kind == "quantity"), None):
            return Word(token, quantity), 1
    whole_noun = any(s.pos == "noun" for s in LEXICON.get(token, ()))  # "والي": a governor, not "and to"
    for conj in ("", *CONJUNCTIONS):
        if conj and whole_noun:
            continue
        if token.startswith(conj) and (english := PREPOSITION_SENSES.get(token[len(conj) :])):
            return Word(token, Sense(token[len(conj) :], english, english, "prep", "prep", False, ())), 1
    if DECIMAL_MARK in token and _a_figure(token):
        return Word(token, number=float(token.replace(DECIMAL_MARK, "."))), 1  # a measure: "5.4"
    numbers = counts_in(token)
    if numbers and (_NUMBER_WORD.match(token) or all(s.pos == "num" for s in LEXICON.get(token, ()))):
        word = Word(token, number=numbers[0])
        word.conj = token.startswith(WAW) and token[1:2].isdigit()  # "8 نساء و7 أطفال": "and 7 children"
        return word, 1
    found = []
    for conj, prep, article, stem in _splits(token):
        for form, plural, feminine, owned in _inflections(stem):
            direct = LEXICON.get(form)
            for sense in direct or (LEXICON.get(ARTICLE + form) if article else None) or ():
                if article and sense.pos == "prep":
                    continue  # "العلي" is a name (al-Ali), never "the on"
                if article and owned:
                    continue  # the article takes no possessive: "المحلية" is local (folded "ه"), not "his shops"
                if feminine and not plural and form != stem and sense.plural:
                    continue  # a plural takes no feminine ending: "الصوامعة" is a name, not "the silos"
                thing = sense.pos == "noun" and sense.kind in _SEXLESS and not sense.lemma.endswith(HEH)
                if feminine and not plural and form != stem and thing:
                    continue  # a thing has no feminine: "قصرة" is a town (Qusrah), not "a palace"
                inflected = (feminine and not plural) or owned
                # "ألماني" folds to "الماني": the lemma's own alif and lam, no article (a name keeps its "al-")
                own = article and not direct and sense.pos in ("adj", "noun")
                definite = "" if own else article or (ARTICLE if owned else "")
                found.append((sense, plural, feminine, definite, prep, conj, inflected))
    if not found and token.endswith(YEH) and len(token) > 4:
        # a dual in construct, its nun dropped ("قطاري ركاب" = two passenger trains): read as plural, and
        # only when no other reading of the word exists ("عسكري" is an adjective)
        found = [(s, True, False, "", "", "", False) for s in LEXICON.get(token[:-1], ()) if s.pos == "noun"]
    if not found:
        return None
    whole = [f for f in found if not f[1] and not f[2] and f[0].pos == "name"]
    found = whole or found  # a name as written ("طالبان", the Taliban) before an inflection of a word (students)
    # Of the senses of the best part of speech, a place word's before a place ("أطراف المدينة", the
    # outskirts), another's elsewhere ("أطراف النزاع", the parties).
    best = _best(tuple(f[0] for f in found), after_noun)
    same_pos = [f for f in found if f[0].pos == best.pos]
    place = _place_follows(tokens, i)
    # a word as listed before another's inflection ("محافظة" is a province, seldom "his governor")
    sense, plural, feminine, article, prep, conj, _ = min(
        same_pos, key=lambda f: (f[6], (f[0].kind == "place_word") != place)
    )
    # a proper name ("أوروبا") is definite as it stands: "كنيسة أوروبا" is the church of Europe
    definite = bool(article) or sense.pos == "name"
    word = Word(token, sense, definite=definite, plural=plural or sense.plural, prep=prep)
    word.feminine, word.conj = feminine, conj == WAW
    if sense.pos == "noun" and _a_dual(token, sense.lemma, article, prep, conj):
        word.dual = word.plural = True
    return word, 1


def _a_dual(token: str, lemma: str, *clitics: str) -> bool:
    """The dual of the lemma ("يومين", "ساعتان"): "ين" only where the lemma's plural is broken (else
    "مدنيين" is the plural), the feminine and nominative endings always."""
    stem = token.removeprefix(clitics[2] or "").removeprefix(clitics[1] or "").removeprefix(clitics[0] or "")
    stem = stem.removeprefix(ARTICLE)
    bare_lemma = lemma.removesuffix(HEH)
    duals = ("feminine_dual", "feminine_dual_genitive", "feminine_dual_construct", "feminine_dual_construct_nominative")
    for ending in (_DUAL[k] for k in duals):
        if lemma.endswith(HEH) and stem == bare_lemma + ending:
            return True
    if stem == lemma + _DUAL["dual"]:
        return True
    return stem == lemma + _DUAL["dual_genitive"] and lemma in _broken_plurals()


_DUAL = {k: fold(v) for k, v in ARABIC_AGREEMENT.items() if "dual" in k}


@lru_cache(maxsize=1)
def _broken_plurals() -> frozenset[str]:
    """Lemmas whose plural the lexicon lists and is no sound plural ("يوم" -> "أيام")."""
    sound = (
        fold(ARABIC_AGREEMENT["masculine_plural"]),
        _DUAL["dual_genitive"],
        fold(ARABIC_AGREEMENT["feminine_plural"]),
    )
    return frozenset(
        s.lemma for form, senses in LEXICON.items() for s in senses if s.plural and not form.endswith(sound)
    )


@lru_cache(maxsize=1)
def _broken_heads() -> frozenset[str]:
    """First words of lemmas whose plural's first word is no sound plural ("عون أمني" -> "أعوان أمنيون")."""
    sound = (*(fold(ARABIC_AGREEMENT[k]) for k in ("masculine_plural", "feminine_plural")), _DUAL["dual_genitive"])
    return frozenset(
        s.lemma.split()[0]
        for form, senses in LEXICON.items()
        for s in senses
        if s.plural and not form.split()[0].endswith(sound)
    )


def _untypoed(tokens: list[str]) -> list[str]:
    """Each long word the lexicon does not know with two neighbouring letters swapped by a typo
    ("الكوراث" for "الكوارث") as the one lexicon word a single swap gives; never a short word (a name is
    more likely there), never a word the gazetteer knows."""
    out = list(tokens)
    # a word inside a lexicon phrase that starts before it is known ("وزير الخارجية": no typo of "اخرج")
    covered = {k for j in range(len(tokens)) if (p := _phrase_at(tokens, j)) for k in range(j, j + p[1])}
    for i, token in enumerate(tokens):
        if len(token) < _TYPO_MIN_LENGTH or i in covered or _word_at(tokens, i) or lookup(token):
            continue
        first = len(ARTICLE) if token.startswith(ARTICLE) else 1  # a typo is in the stem, not "ال" ("لاكراده")
        swaps = {token[:k] + token[k + 1] + token[k] + token[k + 2 :] for k in range(first, len(token) - 1)} - {token}
        known = [w for w in swaps if _word_at([*tokens[:i], w, *tokens[i + 1 :]], i)]
        # only a word of what happened ("الكوارث"): a swap into a nationality or a title would add
        # meaning to a name ("الإرياني", a family name, is not "الإيراني", Iranian)
        if len(known) == 1 and _a_typo_kind(known[0]):
            out[i] = known[0]
    return out


_TYPO_KINDS = ("disaster", "attack", "casualty", "weapon")


def _a_typo_kind(word: str) -> bool:
    found = _word_at([word], 0)
    if found is None or found[0].sense is None or found[0].sense.kind not in _TYPO_KINDS:
        return False
    return not (found[0].definite and found[0].sense.pos == "verb")  # a verb takes no article


def _place_follows(tokens: list[str], i: int) -> bool:
    """The next word is a place word or a name the lexicon does not know (a place's own name)."""
    if i + 1 >= len(tokens):
        return False
    following = [sense for _c, _p, _a, stem in _splits(tokens[i + 1]) for sense in LEXICON.get(stem, ())]
    return not following or any(sense.kind in _PLACE_HOSTS for sense in following)


def _best(senses: tuple[Sense, ...], after_noun: bool) -> Sense:
    """When one spelling is several words: right after a noun an adjective (Arabic adjectives follow
    their noun: "طائرات مجهولة" = unknown drones), elsewhere a noun."""
    order = {"adj": 0, "noun": 1, "name": 2} if after_noun else {"noun": 0, "phrase": 1, "name": 2, "adj": 3}
    return min(senses, key=lambda s: order.get(s.pos, 3))


def _splits(token: str) -> list[tuple[str, str | None, str, str]]:
    """(conjunction, clitic preposition, article, stem) readings of a word, fullest first."""
    out = []
    for conj in ("", *CONJUNCTIONS):
        if conj and not token.startswith(conj):
            continue
        rest = token[len(conj) :]
        for prep in ("", *PREPOSITIONS):
            if prep and not rest.startswith(prep):
                continue
            body = rest[len(prep) :]
            if prep == LAM and body.startswith(LAM) and len(body) > 3:  # "للمليشيات" = li + al-
                out.append((conj, prep, ARTICLE, body[1:]))
            if body.startswith(ARTICLE) and len(body) > 3:
                out.append((conj, prep or None, ARTICLE, body[2:]))
            if len(body) >= 2:
                out.append((conj, prep or None, "", body))
    out.sort(key=lambda s: -(len(s[0]) + len(s[1] or "") + len(s[2])))
    return out


def _inflections(stem: str) -> list[tuple[str, bool, bool, bool]]:
    """(lemma candidate, plural, feminine, possessive) for the suffixes Arabic inflects with; folding has
    already turned teh marbuta into heh and dropped tanwin marks (an alif of tanwin stays: "معسكرا")."""
    out = [(stem, False, False, False)]
    for suffix, lemma_end, plural, feminine, possessive in INFLECTIONS:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            out.append((stem[: -len(suffix)] + lemma_end, plural, feminine, possessive))
    return out


def _unknown_run(tokens: list[str], i: int) -> int:
    """How many words from ``i`` are unknown to the lexicon (a name is one to four words)."""
    n = 0
    while i + n < len(tokens) and n < 4 and not (_phrase_at(tokens, i + n) or _word_at(tokens, i + n)):
        if n and _conjoined(tokens[i + n]):
            break  # "and ...": "فضل الله وهزيمته" is a name and "and his defeat"; "وقد" a particle
        n += 1
    return max(n, 1)


def _name(tokens: list[str], before: list[Word]) -> Word | None:
    """A name, when the words stand where a name stands: after a title or role (a person: "الناشط أمجد
    الساري"), or definite after a place word ("مزار الست"). Else None: an unknown word right after a
    noun is as likely an adjective the lexicon lacks ("تدريبياً"), and common words are never romanised."""
    text = " ".join(tokens)
    host = before[-1] if before else None
    # "قرية يارو": right after a village's word a name stands, whatever its shape
    after_place_word = host is not None and host.sense is not None and host.sense.en in APPOSITION_HOSTS
    if (
        IMPERFECT_SHAPE.match(tokens[0])
        and not after_place_word
        and tokens[0] not in GIVEN_NAMES
        and lookup(tokens[0]) is None
    ):
        return None  # "شخصاً يشتبه بأنهم": a present-tense verb, never a name to romanise
    if a_verb_with_its_object(tokens[0]):
        return None  # "منطقة يسكنها الهزارة": an area the Hazara live in, never a place named "Yaskanha"
    building = host is not None and host.sense is not None and host.sense.en in NAME_BEFORE_WORD
    if word := _gazetteer(tokens, sound=not building):  # "كنيس الغريبة" is no town that sounds alike
        return word
    if host is not None and host.sense is not None and host.sense.pos == "adj" and len(before) > 1:
        titled = before[-2]  # "الناشطة العراقية سعاد العلي": a title, its adjective, then the name
        # after a title and its people's adjective any name stands ("الرئيس الكيني أوهورو كينياتا")
        named = _listed_name(tokens[0]) or host.sense.kind == "nationality"
        if titled.sense is not None and titled.sense.kind in _PERSON_HOSTS and named:
            return Word(text, name=romanize(text), definite=True)
    if host is None or host.sense is None or host.sense.pos != "noun":
        return None
    # After "city", "village"... a name stands in apposition; a word with an adjective's ending
    # (tanwin alif, nisba) is an adjective the lexicon lacks, not a name.
    agreeing = tokens[-1].endswith(TANWIN_ALIF) and fold(host.source).endswith(TANWIN_ALIF)
    apposed = host.sense.en in APPOSITION_HOSTS and not (tokens[-1].endswith(ADJECTIVE_ENDINGS) or agreeing)
    place_name = apposed or tokens[0].startswith(ARTICLE) or (len(tokens) > 1 and tokens[0] in TOPONYM_STARTS)
    # "فندق روا روا", "مركز وينتر شيري": a building's own name after its word (the Roa Roa hotel)
    # (not a compound's first word, "عين", nor one word with an adjective's nisba: "سوق زعفراني")
    building = host.sense.en in NAME_BEFORE_WORD and tokens[0] not in TOPONYM_STARTS
    one_adjective = len(tokens) == 1 and tokens[0].endswith((*ADJECTIVE_ENDINGS, YEH))
    place_name = place_name or (building and not one_adjective)
    # "شبكة عين الفرات", 'قناة "المسيرة"': after an outlet's word, its own name.
    outlet = host.sense.en in OUTLET_HOSTS and host.sense.kind in ("outlet", "reporting", "institution")
    person = host.sense.kind in _PERSON_HOSTS and not host.plural  # "الناخبين وتوزيع": voters name no one
    person = person and fold(host.sense.lemma) not in COLLECTIVE_PEOPLE  # "أسرة مكونة": a family is no title
    # "المديرة التنفيذية": a definite feminine nisba after a definite title agrees with it, an adjective
    agrees = host.definite and len(tokens) == 1 and tokens[0].startswith(ARTICLE) and tokens[0].endswith(YEH + HEH)
    person = person and not agrees
    if host.definite and len(tokens) == 1 and tokens[0].startswith(ARTICLE) and host.sense.kind in _PLACE_HOSTS:
        return _adjective_of_place(host, tokens[0])
    if person or (host.sense.kind in _PLACE_HOSTS and place_name) or outlet:
        return Word(text, name=romanize(text), definite=True)
    return None


def _bearing_region_at(tokens: list[str], i: int) -> Word | None:
    """A region whose name opens on a bearing ("شمال كردفان", "شمال سيناء"), in the article's country."""
    if i + 1 >= len(tokens) or tokens[i] not in DIRECTIONS:
        return None
    country = _COUNTRY.get()
    hit, _ = region_hit(" ".join(tokens[i : i + 2]), country)
    if hit is None or (country and hit.country_code != country) or len(hit.name_en.split()) < 2:
        return None
    return Word(" ".join(tokens[i : i + 2]), name=hit.name_en, definite=True, place=True)


def _bearing_country_at(tokens: list[str], i: int) -> Word | None:
    """A country whose name opens on a bearing ("جنوب السودان"), read as that country only in an article
    about it: elsewhere the words are as likely the south of Sudan."""
    if not (country := _COUNTRY.get()) or i + 1 >= len(tokens) or tokens[i] not in DIRECTIONS:
        return None
    hit = lookup(" ".join(tokens[i : i + 2]))
    written = " ".join(tokens[i : i + 2])
    if hit is None or not hit.is_country or hit.country_code != country or len(hit.name_en.split()) < 2:
        return None  # "شرق سوريا" finds Syria: the name must be two words as written
    if hit.name_ar and fold(hit.name_ar).split()[0] != fold(written).split()[0]:
        return None  # "شمال هولندا" finds The Netherlands, two English words: the bearing is no part of it
    return Word(" ".join(tokens[i : i + 2]), name=hit.name_en, definite=True, place=True)


def a_verb_with_its_object(token: str) -> bool:
    """A present-tense verb with its object pronoun glued ("يسكنها", "يحتلونها"): no name carries one."""
    return any(
        len(pronoun) > 1 and token.endswith(pronoun) and IMPERFECT_SHAPE.match(token[: -len(pronoun)])
        for pronoun in OBJECT_PRONOUNS
    )


def _composed_of(tokens: list[str], i: int) -> bool:
    """A participle of composition before "من" ("مكونة من"), which English leaves out."""
    stem = tokens[i].removeprefix(WAW).removeprefix(ARTICLE).removesuffix(HEH)
    return i + 1 < len(tokens) and COMPOSED_PARTICIPLES.get(stem) == tokens[i + 1]


def _of_a_count(current: Phrase | None, parts: list[str], nxt: Word | None, later: list[Word]) -> bool:
    """ "من" is "of" after a bare count ("20 من المسلحين") and between a noun and its count ("أسرة من 8
    أفراد"), unless a range follows ("من 10 إلى 20" is from ... to)."""
    if current is None:
        return bool(parts) and parts[-1].isdigit()
    ranged = any(w.sense is not None and w.sense.en in ("to", "until") for w in later)
    return nxt is not None and nxt.number is not None and not ranged


def _adjective_of_place(host: Word, token: str) -> Word | None:
    """A definite word after a definite place word agrees with it: an adjective, never the genitive of a
    construct ("الحدود الحساسة" is the sensitive border, not "the border of Al-Hassasa"). A nisba is a
    town's ("الريف الإدلبي": the countryside of Idlib) or a building's own name ("الجامع العمري"); any
    other adjective the lexicon lacks is left unrendered."""
    nisba = token.endswith(YEH) or token.endswith(YEH + HEH)
    if not nisba:
        return None
    stem = token.removeprefix(ARTICLE).removesuffix(HEH).removesuffix(YEH)
    if len(stem) >= 3 and (place := _gazetteer([stem], sound=False)) is not None:
        return Word(token, name=place.name, definite=True, place=True)
    if host.sense is not None and host.sense.en in NAME_BEFORE_WORD:
        return Word(token, name=romanize(token), definite=True)
    return None


def _assemble(words: list[Word]) -> str:
    """English from the analysed words, following Arabic phrase structure."""
    parts: list[str] = []
    current: Phrase | None = None
    pending_prep: str | None = None
    counted = False  # a quantity noun counts the phrase before: its conjuncts are generic too
    pending_between = False  # a "between" was said: a second "وبين" is "and"
    i = 0
    while i < len(words):
        w = words[i]
        if current is not None and _counted(current) and w.sense and w.sense.pos == "adj" and w.sense.kind == "people":
            # "مئات المدنيين" = "hundreds of civilians"
            w.sense = w.sense._replace(pos="noun", en_plural=people_plural(w.sense.en))
            w.plural = True
        if w.sense and w.sense.pos == "prep" and fold(w.source).startswith(WAW) and pending_between:
            # "بين X وبين Y" = "between X and Y": Arabic says "between" again, English once
            parts += [_flush(current), "and"]
            current, pending_prep = None, None
            i += 1
            continue
        if w.conj and w.sense and w.sense.pos in ("noun", "name") and (current is not None or any(parts)):
            # "القتلى والجرحى" = "the dead and the wounded": a second phrase, not "the dead of the wounded"
            parts += [_flush(current), "and"]
            current, pending_prep = None, None
            w.definite = w.definite and not counted  # "dozens of dead and wounded"
        if w.sense and w.sense.pos == "prep":
            pending_between = pending_between or w.sense.en == "between"
            # "عضو في المجلس" = "a member of the council": "in" after a title is membership
            member = current is not None and current.of is None and current.head.sense is not None
            nxt = words[i + 1] if i + 1 < len(words) else None
            # "عناصر في جماعة أبي سياف" = "members of the Abu Sayyaf group": "in" before a body is membership
            body = nxt is not None and nxt.sense is not None and nxt.sense.kind in _BODY_KINDS
            part_of = member and (w.sense.en == "from" or (w.sense.en == "in" and body))
            part_of = part_of and current.head.sense.en in MEMBER_HEADS
            # "أسرة من 8 أفراد" = "a family of 8 members"; "20 من المسلحين" = "20 of the gunmen"
            part_of = part_of or (w.sense.en == "from" and _of_a_count(current, parts, nxt, words[i + 2 : i + 4]))
            amount = member and current.head.sense.en in _AMOUNTS  # a head that measures what follows it
            if part_of and amount and nxt is not None and nxt.plural:
                nxt.definite = False  # "كمية من المتفجرات" = "a quantity of explosives": a partitive, no "the"
            member = member and current.head.sense.kind == "title"
            member = member and not (nxt is not None and nxt.name is not None)  # "دبلوماسي في كابل": in Kabul
            parts.append(_flush(current))
            current = None
            pending_prep = "of" if (member and w.sense.en == "in") or part_of else w.sense.en
            i += 1
            continue
        if w.number is not None and w.conj and (current is not None or any(parts)):
            parts += [_flush(current), "and"]  # "8 نساء و7 أطفال" = "8 women and 7 children"
            current, pending_prep = None, None
        if w.number == 1 and current is not None and _innermost(current).number is None and not w.conj:
            if pending_prep is None:
                _innermost(current).number = 1  # "أسرة واحدة" = "one family": "one" after its noun, as Arabic has it
                i += 1
                continue
        if w.number is not None and current is None and pending_prep:
            parts.append(pending_prep)  # "في 3 مناطق" = "in 3 areas": the preposition stands before the count
            pending_prep = None
        if w.number is not None:
            if _counts_victims_of(current, pending_prep):
                current.head.definite = True  # "مقتل 37 شخصا" = "the killing of 37 people" (a construct)
                parts.append(_flush(current) + " of")
            else:
                parts.append(_flush(current))
            current = None
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is not None and nxt.sense and nxt.sense.pos == "adj" and nxt.sense.kind == "nationality":
                # "25 فلسطينياً" = "25 Palestinians": a people counted by its adjective
                nxt.sense = nxt.sense._replace(pos="noun", en_plural=people_plural(nxt.sense.en))
            if nxt is not None and nxt.sense and nxt.sense.pos == "noun":
                current = Phrase(nxt, number=w.number)
                current.head.plural = current.head.plural or w.number != 1
                i += 2
                continue
            parts.append(_figure(w.number))
            i += 1
            continue
        if w.sense and w.sense.pos == "noun" and current is not None and _agrees(current, w):
            # "حركة ... الإسلامية": a nisba noun agreeing is an adjective; a participle takes its own adjective
            # sense ("المسلحة" after a group: armed, not "gunman"), a nisba of belief or nation its noun's (Islamist)
            senses = LEXICON.get(w.sense.lemma, ())
            adjective = next((s for s in senses if s.pos == "adj" and s.kind != "nationality"), None)
            w.sense = adjective or w.sense._replace(pos="adj")
        if _direction_of(words, i):
            # "دارفور غربي السودان" = "Darfur, western Sudan"; "شمالي البلاد" = "the north of the country"
            nxt = words[i + 1]
            if current is None and pending_prep:
                parts.append(pending_prep)  # "مدنيين من شمالي سوريا": from northern Syria
                pending_prep = None
            common = current is not None and current.head.name is None and current.of is None
            placed = current is not None  # after a place a region is where that place lies: "in the north of"
            # "عاصمة شمال غرب الكاميرون": a capital is of its region, not in it
            relational = placed and current.head.sense is not None and current.head.sense.en in OF_HEADS
            if current is not None:
                parts.append(_flush(current) + ("" if common else ","))
                current, pending_prep = None, None
            country = Phrase(w, of=Phrase(nxt)) if common else None
            if country is not None and (part := _part_of_country(country, w.sense.en)):
                # "البادية السورية شرقي سوريا" = "the Syrian desert in eastern Syria"
                parts.append(f"{'of' if relational else 'in'} {part}")
                i += 2
                continue
            if common:  # "ضاحية شرقي دمشق" = "a suburb east of Damascus": where the thing lies
                j, place = i + 2, Phrase(nxt)
                if _construct_place(words, i + 1):  # "شرقي مدينة غزة": east of the city of Gaza
                    j, place = i + 3, Phrase(nxt, of=Phrase(words[i + 2]))
                while j < len(words) and words[j].sense and words[j].sense.pos == "adj" and not words[j].prep:
                    place.adjectives.append(words[j].sense.en)  # "العاصمة السورية" = "the Syrian capital"
                    j += 1
                named = j < len(words) and words[j].name is not None and not words[j].prep
                text = _phrase_text(place) + (f" {words[j].name}" if named else "")  # "... دمشق", Damascus
                # the centre is inside: "انفجار وسط بغداد" = "an explosion in central Baghdad"
                centre = w.sense.en == CENTRE and (
                    f"in the {CENTRE} of {text}" if text.startswith("the ") else f"in {PART_OF[CENTRE]} {text}"
                )
                parts.append(centre or f"{w.sense.en.removesuffix('ern')} of {text}")
                i = j + named
                continue
            elif nxt.name is not None or (nxt.sense and nxt.sense.pos == "name"):
                side = w.sense.en + ("ern" if w.sense.pos == "noun" and w.sense.en in _POINTS else "")
                side = PART_OF.get(side, side)  # "وسط بغداد": central Baghdad, inside it
                named = _phrase_text(Phrase(nxt))
                if named.startswith("the ") and (part := _part_of_a_region(nxt, w.sense.en)):
                    side, named = f"{'in ' if placed else ''}the {part}", named.removeprefix("the ")
                elif named.startswith("the "):  # "جنوب البحر الميت": south of the Dead Sea, never "southern the"
                    side = f"{w.sense.en.removesuffix('ern')} of"
                parts.append(f"{side} {named}")  # "جنوب السودان": southern, not South Sudan
            else:
                where = "in the" if placed else "the"  # "في محافظة البحيرة، شمالي البلاد"
                j, place = i + 2, Phrase(nxt)
                if _construct_place(words, i + 1):
                    j, place = i + 3, Phrase(nxt, of=Phrase(words[i + 2]))
                while j < len(words) and words[j].sense and words[j].sense.pos == "adj" and not words[j].prep:
                    place.adjectives.append(words[j].sense.en)  # "جنوب شرقي العاصمة العراقية بغداد"
                    j += 1
                named = j < len(words) and words[j].name is not None and not words[j].prep and j > i + 2
                text = _phrase_text(place) + (f", {words[j].name}" if named else "")
                parts.append(f"{where} {w.sense.en.removesuffix('ern')} of {text}")
                i = j + named
                continue
            i += 2
            continue
        if w.sense and w.sense.pos == "adj" and current is not None and w.conj:
            # "قوات عسكرية وأمنية" = "military and security forces"; after a bare noun a "و" word is
            # another conjunct the adjective reading gets wrong ("الجيش والمسلحين" is no "armed army")
            target = _innermost(current)
            head = target.head.sense
            if not target.adjectives and head and len(head.lemma.split()) == 2 == len(head.en.split()):
                # a compound's own adjective ("مصادر أمنية وطبية" = "security and medical sources")
                first, noun = head.en.split()
                plural = head.en_plural.split()[-1]
                sense = head._replace(
                    en=f"{first} and {w.sense.en} {noun}", en_plural=f"{first} and {w.sense.en} {plural}"
                )
                target.head = replace(target.head, sense=sense)
                i += 1
                continue
            if not target.adjectives:
                raise ValueError(f"{w.source!r} joins its noun with 'and': a conjunct this does not render")
            target.adjectives[-1] = f"{target.adjectives[-1]} and {w.sense.en}"
            i += 1
            continue
        if w.sense and w.sense.pos == "adj" and current is not None and _victim_of(current, w):
            # "مقتل فلسطيني" = "the killing of a Palestinian": after a casualty noun, who suffered it
            current.of = Phrase(Word(w.source, _one_of_people(w.sense)))
            i += 1
            continue
        if w.sense and w.sense.pos == "adj" and current is not None:
            inner = _innermost(current)
            if w.definite and w.sense.kind == "nationality" and not inner.head.definite:
                # a definite people after an indefinite noun is its owner: "قبيلة الفور" = "the Fur tribe"
                inner.head = replace(inner.head, definite=True)
            agent = i + 1 < len(words) and _bare(words[i + 1].source) == AGENT_PREPOSITION
            if agent and (_bare(w.source) in AGENT_PARTICIPLES or w.sense.lemma in AGENT_PARTICIPLES):
                # "المدعومة من الحرس" = "backed by the Guard": the agent phrase follows the participle.
                parts.append(f"{_flush(current)} {w.sense.en}")
                current, pending_prep = None, "by"
                i += 2
                continue
            if fold(clean(w.source)).removeprefix(WAW) in LOCATED_WORDS and i + 1 < len(words):
                # "منطقة عسير الواقعة في جنوب غرب السعودية" = "the area of Asir, located in ...": where it lies
                parts.append(f"{_flush(current)}, located")
                following = words[i + 1]
                current, pending_prep = None, None if following.sense and following.sense.pos == "prep" else "in"
                i += 1
                continue
            cause = CAUSE_PARTICIPLES.get(w.sense.lemma) or CAUSE_PARTICIPLES.get(_bare(w.source))
            if cause and i + 1 < len(words) and _bare(words[i + 1].source) == cause:
                # "الأضرار الناجمة عن الزلزال" = "the damage resulting from the earthquake"
                parts.append(f"{_flush(current)} {w.sense.en}")
                current, pending_prep = None, "from"
                i += 2
                continue
            relation = RELATION_PARTICIPLES.get(w.sense.lemma) or RELATION_PARTICIPLES.get(_bare(w.source))
            tied = RELATION_PARTICIPLES_BI.get(w.sense.lemma) or RELATION_PARTICIPLES_BI.get(_bare(w.source))
            if tied and i + 1 < len(words) and words[i + 1].prep == BEH:
                relation = tied  # "جماعة مرتبطة بتنظيم القاعدة" = "a group linked to al-Qaeda"
            elif relation and not (i + 1 < len(words) and words[i + 1].prep == LAM):
                relation = None
            if relation:
                # "مليشيات تابعة للمجلس" = "militias affiliated with the Council": the participle's preposition.
                head = current.head.sense
                if head is not None and head.kind == "place_word":
                    # "ناحية دركار التابعة لقضاء زاخو": a place of another is "in" it, not "affiliated with"
                    parts.append(_flush(current))
                    current, pending_prep = None, "in"
                else:
                    parts.append(f"{_flush(current)} {w.sense.en}")
                    current, pending_prep = None, relation
                i += 1
                continue
            if _names_it(current) and current.of.of is None:
                current.adjectives.append(w.sense.en)  # "مدينة بالو الساحلية" = "the coastal city of Palu"
            else:
                _innermost(current).adjectives.append(w.sense.en)
            i += 1
            continue
        if w.sense and w.sense.pos == "adj" and w.sense.kind == "nationality" and (w.plural or current is None):
            # A people named by its adjective: "الطوارق" = "the Tuareg(s)", "السوريون" = "the Syrians".
            w.sense = w.sense._replace(pos="noun", en_plural=people_plural(w.sense.en))
        elif w.sense and w.sense.pos == "adj":
            # "فجر انتحاري سيارة": an adjective with nothing to describe is its noun, when it has one
            noun = next((s for s in LEXICON.get(w.sense.lemma, ()) if s.pos == "noun"), None)
            if noun is None:
                raise ValueError(f"{w.source!r} describes nothing before it")
            w.sense = noun
        prep = pending_prep or _clitic_prep(w)
        if current is not None and prep is None and _adjunct(current, w):
            current.adjectives.append(w.sense.en)  # "معسكراً تدريباً" = "a training camp"
            i += 1
            continue
        if current is not None and prep is None and _counted(current) and w.sense is not None:
            # "عشرات القتلى" = "dozens of dead": what a quantity noun counts is generic in English
            w.definite = False
            current.of = Phrase(w)
            counted = True
            i += 1
            continue
        if current is not None and prep is None and _titled_apposition(words, i):
            # "وزير الدفاع اليمني الفريق محمد المقدشي": a definite adjective closes the phrase; a title and
            # a name after it say who he is ("the Yemeni defence minister, Lieutenant General ...")
            parts.append(f"{_flush(current)},")
            current = None
        if current is not None and prep is None and _definite_then_place(current, words, i):
            # "العاصمة طرابلس": a noun with the article heads no construct; the name after it is the
            # place it means ("the capital Tripoli", never "the capital of Tripoli")
            parts.append(_flush(current))
            current = Phrase(w)
            i += 1
            continue
        if current is not None and prep is None and _a_name_then_its_place_word(current, w):
            # "بامندا عاصمة شمال غرب الكاميرون", "دمشق عاصمة سوريا": a name heads no construct; the place
            # word after it says what the place is ("Damascus, the capital of Syria")
            parts.append(f"{_flush(current)},")
            w.definite = True
            current = Phrase(w)
            i += 1
            continue
        if current is not None and prep is None and _nunated(_innermost(current).head) and _a_people_noun(w):
            # "ثلاثة مدنيين متعاقدين": a plural that keeps its "ن" heads no construct (it drops it there:
            # "مدنيي"); an indefinite noun of people after it says who they are ("3 civilians, contractors")
            parts.append(f"{_flush(current)},")
            current = Phrase(w)
            i += 1
            continue
        if current is not None and prep is None and current.purpose and w.definite and w.sense:
            # "مركز مؤقت لإيواء النازحين": the verbal noun's object says whom the place is for ("a temporary
            # shelter for displaced people"), no construct that makes it "the shelter of the displaced"
            parts.append(_flush(current))
            parts.append("for")
            w.definite = not w.plural
            current = Phrase(w)
            i += 1
            continue
        if current is not None and prep is None:
            # Construct state: a noun or name right after a phrase completes it.
            _innermost(current).of = Phrase(w)
            i += 1
            continue
        if w.prep == LAM and current is not None and (merged := _split_phrase(current, w)) is not None:
            current.head.sense = merged  # "هطول غزير للأمطار" = "heavy rainfall" (هطول الأمطار, an adjective between)
            current.purpose = True
            i += 1
            continue
        inner = _innermost(current) if current is not None else None
        if prep == CLITIC_PREPOSITIONS[LAM]["_"] and w.prep == LAM and _for_what(inner, w):
            served = w.sense.en in SERVED_PEOPLE  # "a school for girls", never "a girl school"
            fought_for = inner.head.sense.kind in ("disaster", "attack")  # "clashes for control of ..."
            if not served and not fought_for and (compound := _compound(words, i)) is not None:
                # nearest the noun: "a popular vegetable market", "an explosion of a fuel tanker"
                inner.adjectives.insert(0, compound[0])
                i += compound[1]
                pending_prep = None
                continue
            prep = "for"  # "سوقا للخضار" = "a market for vegetables", not "a market of the vegetables"
            w.definite = w.definite and not w.plural and not fought_for  # "for vegetables", "for control"
        parts.append(_flush(current))
        if prep and (current is not None or any(parts) or prep != CLITIC_PREPOSITIONS[LAM]["_"]):
            parts.append(prep)  # a leading li- ("للأمطار") is no "of" with nothing before it
        current = Phrase(w)
        pending_prep = None
        i += 1
    parts.append(_flush(current))
    return " ".join(p for p in parts if p)


_POINTS = ("north", "south", "east", "west")


def _direction_of(words: list[Word], i: int) -> bool:
    """An indefinite direction word before a definite noun or a name is a construct ("غربي السودان", the
    west of Sudan), not an adjective of the noun before it ("western Darfur of Sudan")."""
    w = words[i]
    if not (w.sense and w.sense.kind == "direction" and not w.definite and not w.prep):
        return False
    # after a noun, a name or the adjective closing a noun phrase ("انفجار ضخم وسط العاصمة")
    after = i > 0 and (
        words[i - 1].name is not None or (words[i - 1].sense and words[i - 1].sense.pos in ("noun", "adj"))
    )
    if w.sense.pos != "adj" and not (w.sense.pos == "noun" and after):
        return False  # "جنوب المدينة" after a noun is where it lies ("a town south of the city")
    nxt = words[i + 1] if i + 1 < len(words) else None
    # "شرقي مدينة غزة": a place word made definite by the name after it (a construct) is definite too
    construct = _construct_place(words, i + 1)
    if nxt is None or nxt.prep or not (nxt.definite or construct) or (nxt.sense and nxt.sense.pos == "adj"):
        return False
    return nxt.name is not None or (nxt.sense is not None and nxt.sense.pos in ("noun", "name"))


def where_it_lies(words: list[Word], i: int) -> bool:
    """The direction word at ``i`` says where the noun phrase before it lies ("انفجار ضخم وسط العاصمة": in
    the centre of the capital), an adverbial of place, not a construct of that noun."""
    w = words[i]
    return i > 0 and w.sense is not None and w.sense.pos == "noun" and _direction_of(words, i)


def _construct_place(words: list[Word], i: int) -> bool:
    """A place word at ``i`` with the name it is the place word of right after it ("مدينة غزة")."""
    if i + 1 >= len(words):
        return False
    head, name = words[i], words[i + 1]
    return (
        head.sense is not None
        and head.sense.kind == "place_word"
        and not head.definite
        and not name.prep
        and (name.name is not None or name.definite)
    )


def _victim_of(current: Phrase, w: Word) -> bool:
    """A singular nationality right after a casualty noun ("مقتل فلسطيني", "اختطاف أمريكي"): its victim."""
    head = current.head.sense
    return (
        current.of is None
        and not current.adjectives
        and head is not None
        and head.kind == "casualty"
        and head.pos == "noun"
        and w.sense is not None
        and w.sense.kind == "nationality"
        and not w.plural
        and not w.definite
    )


def _one_of_people(sense: Sense) -> Sense:
    """The nationality as one person: "a Palestinian", "an Iraqi"; "a French national" where the
    adjective is no noun."""
    noun = sense.en if sense.en.endswith(("an", "i", "ese")) else f"{sense.en} national"
    return sense._replace(pos="noun", kind="people", en=noun, en_plural=people_plural(sense.en))


def _counted(current: Phrase) -> bool:
    """A quantity noun ("عشرات", dozens) with nothing counted yet."""
    head = current.head
    return current.of is None and head.sense is not None and head.sense.kind == "quantity" and head.sense.pos == "noun"


def _for_what(current: Phrase | None, w: Word) -> bool:
    """li- after an indefinite common noun, before a thing or an activity, says what the first is for
    ("مركزا لتسجيل الناخبين", a centre for registering voters); before people or a name it says whose
    ("معسكراً للمليشيات", a camp of the militias)."""
    if current is None or current.of is not None or current.number is not None:
        return False
    head = current.head
    if head.definite or head.name is not None or not (head.sense and head.sense.pos == "noun"):
        return False
    if head.sense.kind in ("disaster", "attack"):
        # a verbal noun's li- is its object: "هطول غزير للأمطار", "قصف عنيف للمدينة" (of); an activity's
        # is what it was fought for: "اشتباكات للسيطرة على الأراضي" = "clashes for control of the land"
        sense = w.sense
        return w.name is None and sense is not None and sense.kind == "general" and sense.pos in ("noun", "phrase")
    if w.name is None and w.sense is not None and w.sense.pos == "noun" and w.sense.en in SERVED_PEOPLE:
        return w.plural  # "مدرسة للبنات": a school for girls (plural: the people it serves)
    return w.name is None and w.sense is not None and w.sense.pos == "noun" and w.sense.kind not in _HUMAN_KINDS


def _counts_victims_of(current: Phrase | None, pending_prep: str | None) -> bool:
    """A number right after an event's noun counts its victims, in construct: "مقتل 37 شخصا", "اختطاف 3
    عمال" (the kidnapping of 3 workers)."""
    if current is None or pending_prep is not None or current.of is not None or current.number is not None:
        return False
    head = current.head.sense
    return head is not None and head.pos == "noun" and head.kind in ("casualty", "attack")


def _split_phrase(current: Phrase, w: Word) -> Sense | None:
    """The lexicon phrase a head and its li- complement make when an adjective stands between them: Arabic
    puts the adjective after the first noun and the second behind li- ("هطول غزير للأمطار")."""
    head = current.head
    if current.of is not None or not current.adjectives or head.sense is None or head.sense.pos != "noun":
        return None
    stem = fold(w.source).removeprefix(LAM)
    stem = stem.removeprefix(LAM) if stem.startswith(LAM) and len(stem) > 3 else stem  # "لل" = li + al-
    for key in (f"{head.sense.lemma} {ARTICLE}{stem}", f"{head.sense.lemma} {stem}"):
        if senses := [x for x in LEXICON.get(key, ()) if x.pos == "noun"]:
            return senses[0]
    return None


def _compound(words: list[Word], i: int) -> tuple[str, int] | None:
    """What an English noun compound says of li- + a bare noun, or + a bare noun and its generic plural
    complement, and the words it takes: "سوقا للخضار" = "a vegetable market", "مركزا لتسجيل الناخبين" = "a
    voter registration centre". None when more follows that belongs to them (an adjective, a name)."""
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else None
    if _phrase_ends(words, i + 1):
        return _singular_en(w.sense), 1
    if (
        nxt is not None
        and nxt.definite
        and nxt.plural
        and nxt.name is None
        and nxt.sense is not None
        and nxt.sense.pos == "noun"
        and _phrase_ends(words, i + 2)
    ):
        return f"{_singular_en(nxt.sense)} {w.sense.en}", 2
    return None


def _phrase_ends(words: list[Word], j: int) -> bool:
    """Nothing after ``j`` joins the noun before it: the end, or a preposition opening a new phrase."""
    return j >= len(words) or words[j].prep is not None or bool(words[j].sense and words[j].sense.pos == "prep")


def _singular_en(sense: Sense) -> str:
    """A noun's English for use before another noun: "vegetables" (a plural-only gloss) -> "vegetable"."""
    en = sense.en
    if en != sense.en_plural or " " in en or not en.endswith("s") or en.endswith("ss"):
        return en
    return en[:-3] + "y" if en.endswith("ies") else en[:-1]


def _adjunct(current: Phrase, w: Word) -> bool:
    """Two indefinite nouns in the accusative (tanwin alif on both): the second qualifies the first,
    as an English noun before its noun; a construct complement never takes tanwin."""
    head = current.head
    if current.of is not None or head.definite or w.definite or not (w.sense and w.sense.pos == "noun"):
        return False
    return fold(head.source).endswith(TANWIN_ALIF) and fold(w.source).endswith(TANWIN_ALIF) and not w.plural


def _a_name_then_its_place_word(current: Phrase, w: Word) -> bool:
    head = current.head
    named = head.name is not None and head.sense is None and current.of is None and not current.adjectives
    kind = w.sense.kind if w.sense is not None else None
    return named and kind == "place_word" and w.sense.pos == "noun" and not w.definite and not w.prep


def _nunated(w: Word) -> bool:
    """An indefinite sound masculine plural with its "ن" ("مدنيين", "مسلحون"), not a singular that ends so."""
    return w.plural and not w.definite and fold(w.source).endswith((YEH + NOON, WAW + NOON))


def _a_people_noun(w: Word) -> bool:
    return (
        not w.definite
        and w.sense is not None
        and w.sense.pos == "noun"
        and w.sense.kind in ("people", "title", "actor")
    )


def _agrees(current: Phrase, w: Word) -> bool:
    """A definite word that took the feminine ending to agree with a feminine head ("حركة الشباب
    الإسلامية المتشددة") describes it: a construct complement keeps its own form ("مقتل الناشطة")."""
    head = current.head.source.split()[0] if current.head.source else ""
    complement = current.of.head if current.of is not None else None
    is_name = complement is not None and (
        complement.name is not None or (complement.sense and complement.sense.pos == "name")
    )
    # alone, the head agrees in definiteness too: "سيارة الناشطة" is the activist's car, not "an activist car"
    named = (current.of is None and current.head.definite) or (is_name and current.of.of is None)
    return w.feminine and w.definite and w.prep is None and head.endswith(HEH) and named


def _bare(source: str) -> str:
    return fold(source).removeprefix(WAW).removeprefix(ARTICLE) if len(source) > 3 else fold(source)


def _clitic_prep(w: Word) -> str | None:
    if not w.prep:
        return None
    if w.prep_en is not None:
        return w.prep_en
    senses = CLITIC_PREPOSITIONS.get(w.prep, {})
    kind = w.sense.kind if w.sense else "_"
    return senses.get(kind) or senses.get("_")


def _innermost(p: Phrase) -> Phrase:
    while p.of is not None:
        p = p.of
    return p


def _flush(p: Phrase | None) -> str:
    return _phrase_text(p) if p is not None else ""


_NORTH_SOUTH = {"northern": "north", "southern": "south"}
_EAST_WEST = ("eastern", "western")


def _compass_joined(adjectives: list[str]) -> list[str]:
    """Two bearings as one ("الجنوبي الغربي", read "western southern") = "south-western"."""
    for k in range(len(adjectives) - 1):
        pair = {adjectives[k], adjectives[k + 1]}
        north_south = next((a for a in pair if a in _NORTH_SOUTH), None)
        east_west = next((a for a in pair if a in _EAST_WEST), None)
        if north_south and east_west:
            return [*adjectives[:k], f"{_NORTH_SOUTH[north_south]}-{east_west}", *adjectives[k + 2 :]]
    return adjectives


def _phrase_text(p: Phrase, inner: bool = False) -> str:
    head = p.head
    if (one_of := _one_of(p)) is not None:
        return one_of
    # English puts the adjective Arabic writes first (the most intrinsic) next to the noun: "ناشطة حقوقية
    # عراقية" = "Iraqi rights activist".
    adjectives = " ".join(_compass_joined(list(reversed(dict.fromkeys(p.adjectives)))))
    if head.name is not None or (head.sense and head.sense.pos == "name"):
        name = head.name or head.sense.en
        core = f"{adjectives} {name}".strip()
        if (
            (
                head.sense
                and head.sense.pos == "name"
                and head.definite
                and " " in name
                and not name.startswith(("al-", "Al ", "The "))
                and not (head.sense.kind == "outlet" and name.startswith(("Al-", "El ")))
                and name not in NAMES_WITHOUT_ARTICLE
            )
            or NAMES_WITH_ARTICLE & {name, name.split()[-1]}
            or (head.definite and head.sense and name[:1].islower() and not name.startswith("al-"))
        ):
            core = f"the {core}"  # a name written small is a common noun's: "مجلس النواب" = "the parliament"
        text = core
    else:
        sense = head.sense
        if p.of is None and sense.lemma in ADMIN_WORDS and (kind := country_region_kind(_COUNTRY.get())):
            sense = sense._replace(en=kind, en_plural=f"{kind}s")  # "في الولاية" (Afghanistan): "in the province"
        if p.of is not None and not head.plural and sense.lemma in CONSTRUCT_TITLES and not _a_state(p.of):
            sense = sense._replace(en=CONSTRUCT_TITLES[sense.lemma])  # "رئيس فريق" = "the head of a team"
        noun = sense.en_plural if head.plural and sense.pos in ("noun", "phrase") else sense.en
        core = f"{adjectives} {noun}".strip()
        if p.number is not None:
            core = f"{ONE if p.number == 1 else _figure(p.number)} {core}"  # "17 Afghan soldiers", "one family"
        elif head.dual:
            core = f"{TWO} {core}"  # "يومين" = "two days"
        if sense.kind == "direction" and p.of is not None and (part := _part_of_country(p, sense.en)):
            return part  # "شرق سوريا" = "eastern Syria": a part of the country, not outside it
        if sense.kind == "direction" and p.of is not None and core == CENTRE:
            inside = _phrase_text(p.of, inner=True)  # "وسط بغداد" = "central Baghdad": the centre is inside
            inside = inside.removeprefix("The ")  # "central Netherlands", the name's own article dropped
            return f"the {CENTRE} of {inside}" if inside.startswith("the ") else f"{PART_OF[CENTRE]} {inside}"
        elif sense.kind == "direction" and p.of is not None:  # "شرق دير الزور" = "east of Deir ez-Zor"
            return f"{core} of {_phrase_text(p.of, inner=True)}"
        if _outlet_named(p) and p.of.adjectives:  # "وكالة أنباء سبوتنيك الروسية الحكومية": its adjectives
            adjectives = list(reversed(dict.fromkeys(p.of.adjectives)))
            adjectives.sort(key=lambda a: a not in NATIONALITY_ADJECTIVES)  # "the Russian government ..."
            described = " ".join(_compass_joined(adjectives))
            name = replace(p.of, adjectives=[])  # describe the agency: "the Russian government news agency Sputnik"
            return f"the {described} {core} {_phrase_text(name, inner=True).removeprefix('the ')}"
        if _frames_an_event(p):  # "حادث انهيار سقف" = "a collapse of a ceiling", not "an accident of ..."
            return _phrase_text(p.of, inner=inner)  # the construct's definiteness is its complement's
        if _outlet_named(p):  # "وكالة فرانس برس" = "AFP", not "an agency of AFP"
            return _phrase_text(p.of, inner=True)
        if _outlet_named(p, described=True):  # "وكالة الأنباء الرسمية السورية سانا": the agency, then its name
            return f"the {core} {_phrase_text(p.of, inner=True)}"
        last = p.of is None
        group = p.of.head.sense if p.of is not None and p.of.of is None else None
        if group is not None and group.pos == "name" and group.kind == "armed_group" and sense.en in NAME_BEFORE_WORD:
            return f"the {_phrase_text(p.of, inner=True).removeprefix('the ')} {core}"  # "the Boko Haram group"
        if group is not None and group.pos == "name" and group.kind == "armed_group" and noun in MEMBERS_AFTER_GROUP:
            return f"{_phrase_text(p.of, inner=True).removeprefix('the ')} {core}"  # "متمردو فارك" = "FARC rebels"
        if _a_bodys_building(p, group):  # "مبنى التأمينات الاجتماعية" = "the social insurance building"
            return f"the {_phrase_text(p.of, inner=True).removeprefix('the ')} {core}"
        text = _with_name(p, core, sense) if _names_it(p) else _determined(p, core, inner and not last)
        if _names_it(p):
            return text
    if p.of is not None and _weekday(p.of):
        text = f"{text} on {_phrase_text(p.of, inner=True)}"  # "هجوم السبت" = "the attack on Saturday"
    elif p.of is not None and _an_attack_on_a_place(p):
        text = f"{text} in {_phrase_text(p.of, inner=True)}"  # "هجوم العاصمة فيينا" = "the attack in the capital"
    elif p.of is not None:
        # "المتحدث باسم حاكم" = "the spokesman for the governor": a head that ends in its preposition
        link = "" if text.endswith((" for", " of", " to")) or text in _DETERMINER_QUANTITIES else " of"
        text = f"{text}{link} {_phrase_text(p.of, inner=True)}"  # "بعض المسؤولين" = "some officials"
    return text


def _frames_an_event(p: Phrase) -> bool:
    """A frame noun ("حادث", "عملية") in construct with one event's noun, an attack or a disaster."""
    event = p.of.head.sense if p.of is not None else None
    if p.head.sense is None or p.head.sense.lemma not in FRAME_NOUNS or p.head.plural or p.number or p.adjectives:
        return False
    return event is not None and event.pos == "noun" and event.kind in ("attack", "disaster") and not p.of.head.plural


def _an_attack_on_a_place(p: Phrase) -> bool:
    """An attack's noun in construct with a place ("هجوم فيينا", "هجوم العاصمة النمساوية"): where it was."""
    of = p.of.head
    place = of.place or (of.sense is not None and of.sense.kind == "place_word" and of.definite)
    return p.head.sense is not None and p.head.sense.kind == "attack" and p.head.sense.pos == "noun" and place


def _a_bodys_building(p: Phrase, body: Sense | None) -> bool:
    """A building word before one body that owns it, with nothing more after ("مقر الشرطة المحلية")."""
    return (
        body is not None
        and body.kind == "institution"
        and p.of.head.definite
        and not p.of.head.plural
        and p.number is None
        and not p.adjectives
        and p.head.sense.en in BODY_BUILDINGS
    )


_DETERMINER_QUANTITIES = frozenset(("some", "several", "many", "a few"))  # "some officials", not "some of officials"
CENTRE = "centre"
PART_OF = {"north": "northern", "south": "southern", "east": "eastern", "west": "western", CENTRE: "central"}


def _part_of_a_region(place: Word, bearing: str) -> str | None:
    """A bearing before a region English names with "the" is a part of it: "وسط قطاع غزة" = "the central
    Gaza Strip", "شمال الضفة الغربية" = "the northern West Bank" (not "north of": outside it); None for
    any other place."""
    hit = lookup(place.source)
    points = re.findall("north|south|east|west|centre", bearing)
    if hit is None or not (hit.is_region or hit.is_country) or len(points) != 1:
        return None
    return PART_OF[points[0]]


def _part_of_country(p: Phrase, bearing: str) -> str | None:
    """A bearing before a country's name: a part of it ("شمال لبنان" = "northern Lebanon", "جنوب شرق
    تركيا" = "south-eastern Turkey"); None for any other place ("شرق دير الزور" is east of the city)."""
    of = p.of
    named = of is not None and (of.head.sense is None or of.head.sense.pos == "name")  # "هولندا" is listed too
    if of is None or of.of is not None or of.adjectives or not named or p.number is not None:
        return None
    hit = lookup(of.head.source)
    points = re.findall("north|south|east|west", bearing)
    if hit is None or not hit.is_country or not points or p.adjectives:
        return None
    part = PART_OF[points[-1]] if len(points) == 1 else f"{points[0]}-{PART_OF[points[1]]}"
    country = _phrase_text(of, inner=True).removeprefix("the ").removeprefix("The ")  # "southern Philippines"
    return f"{part} {country}"


def _one_of(p: Phrase) -> str | None:
    """ "أحد أعضاء حركة طالبان" = "a member of the Pakistani Taliban"; "أحد القادة" = "one of the leaders":
    "one" before a plural in a construct."""
    head, group = p.head, p.of
    if not (head.sense and head.sense.en == ONE and head.sense.kind == "quantity" and group is not None):
        return None
    noun = group.head.sense
    listed_plural = noun is not None and noun.en == noun.en_plural and noun.en.endswith("s")  # "أقارب": relatives
    if noun is None or noun.pos != "noun" or not (group.head.plural or listed_plural):
        return None
    rest = f" of {_phrase_text(group.of, inner=True)}" if group.of is not None else ""
    if noun.en in ONE_OF_MANY_HEADS:
        return f"{a_or_an(noun.en)} {noun.en}{rest}"
    return f"one of the {noun.en_plural}{rest}"


def _outlet_named(p: Phrase, described: bool = False) -> bool:
    """An outlet's word with the outlet's name after it, and (``described``) adjectives between."""
    named = p.of.head.sense if p.of is not None and p.of.of is None else None
    if named is None or named.kind != "outlet":
        return False
    if described:  # "official news agency" is a host with its adjective already
        multiword = p.head.sense.en not in OUTLET_HOSTS
        return p.head.sense.en.split()[-1] in OUTLET_HOSTS and (bool(p.adjectives) or multiword)
    # "موقع عنب بلدي": "موقع" (a site) before an outlet's name is its website
    host = p.head.sense.en in OUTLET_HOSTS or fold(p.head.sense.lemma) in OUTLET_WORDS
    return host and not p.adjectives


def _weekday(p: Phrase) -> bool:
    sense = p.head.sense
    return sense is not None and sense.pos == "name" and sense.kind == "time" and p.of is None


def _names_it(p: Phrase) -> bool:
    """A common noun followed directly by a name: a title or place word with its name."""
    return p.of is not None and p.of.head.name is not None and p.head.sense is not None


def _with_name(p: Phrase, core: str, sense: Sense) -> str:
    name_phrase = _phrase_text(p.of, inner=True)
    country = p.of.head.sense is None and (hit := lookup(p.of.head.source)) is not None and hit.is_country
    if country:
        return f"the {core} of {name_phrase}"  # "جيش مالي" = "the army of Mali", not "army Mali"
    if p.of.head.place and not country and sense.kind in ("force", "institution") and not p.of.of:
        return f"the {name_phrase} {core}"  # "شرطة موبي" = "the Mubi police"
    if sense.en in OUTLET_HOSTS and not p.of.of:
        return f"the {name_phrase.removeprefix('the ')} {core}"  # "the Ain Al-Farat network"
    kind = region_kind(p.of.head.source, _COUNTRY.get()) if sense.lemma in ADMIN_WORDS and not p.of.of else None
    if kind:  # "ولاية هيرات" = "Herat province" (a province of Afghanistan), "ولاية بورنو" = "Borno state"
        return f"{name_phrase} {kind}"
    if p.of.head.place and sense.kind == "title":
        return f"the {core} of {name_phrase}"  # "رئيس بلدية حلب" = "the mayor of Aleppo", not "mayor Aleppo"
    if sense.kind in ("title", "people", "actor", "force", "institution") and not p.of.of and not p.head.plural:
        return f"{core} {name_phrase}"  # "activist Amjad al-Sari"; "أنصار محسود" = "supporters of Mahsud"
    if sense.en in NAME_BEFORE_WORD or sense.en.split()[-1] in NAME_BEFORE_WORD:
        # a nationality goes before the name ("مخيم اليرموك الفلسطيني" = "the Palestinian al-Yarmuk camp")
        national = [a for a in dict.fromkeys(reversed(p.adjectives)) if a in NATIONALITY_ADJECTIVES]
        for adjective in national:
            core = core.replace(f"{adjective} ", "", 1)
        article = "" if name_phrase.startswith(("al-", "Al-", "the ")) and not national else "the "
        return f"{article}{' '.join([*national, name_phrase])} {core}"  # "the Ain Ali shrine"
    nisba = fold(p.of.head.source).endswith((YEH, YEH + HEH))  # "الريف الإدلبي": the countryside of Idlib
    if fold(p.head.source).startswith(ARTICLE) and not nisba:
        return (
            f"the {core} {name_phrase}"  # "العاصمة الصومالية مقديشو": no construct after "ال", the name in apposition
        )
    return f"the {core} of {name_phrase}"  # "the city of al-Mayadin"


ONE = "one"
FEW = "few"
TWO = "two"


def _a_state(p: Phrase) -> bool:
    """The complement is no common noun he heads: a name, a country or a state's word ("رئيس الجمهورية")."""
    head = p.head
    if head.name is not None or head.sense is None or head.sense.pos != "noun":
        return True  # a name ("الرئيس أشرف غني"): his title, not what he heads
    return head.place or head.sense.kind in ("country", "state")


def _determined(p: Phrase, core: str, inner: bool = False) -> str:
    head = p.head
    if head.determiner:
        return f"{head.determiner[1] if head.plural else head.determiner[0]} {core}"
    if head.sense and head.sense.kind == "direction" and p.of is not None:
        return core  # "east of Deir ez-Zor"
    definite = head.definite or (p.of is not None and _definite(p.of))
    construct = not head.definite or not fold(head.source).startswith(ARTICLE)  # "عضو المجلس" read as one entry
    if definite and construct and not head.plural and head.sense and head.sense.en in ONE_OF_MANY_HEADS:
        definite = inner = False  # "عضو المجلس الرئاسي": a member of the council, one of many
    if head.sense and head.sense.kind == "quantity" and head.sense.pos in ("noun", "phrase"):
        return core  # "dozens of dead", "a number of": a quantity takes no article ("العشرات" is "dozens" too)
    if definite and not head.plural and head.sense and head.sense.en in _ABSTRACT and p.of is None:
        return core  # "إدارة السلامة" = "the administration of safety": an abstract noun takes no "the"
    if definite:
        return f"the {core}"
    if head.plural and core.startswith(f"{FEW} "):
        return f"a {core}"  # "ساعات قليلة" = "a few hours"
    # "حريق" is a fire (a disaster, counted), "نار" fire (gunfire, a mass); rainfall is a mass either way
    mass = head.sense.en in MASS_NOUNS and not (head.sense.en in COUNTED_DISASTERS and head.sense.kind == "disaster")
    if inner and p.of is not None and not (head.plural or p.number is not None or mass) and head.sense.pos == "noun":
        return f"the {core}"  # "انهيار سقف ملهى" = "a collapse of the ceiling of a nightclub": it has its own "of"
    if head.plural or p.number is not None or head.sense.pos != "noun" or inner or mass:
        return core  # a plural, a number, a mass noun ("gunfire") or a noun inside a construct takes no "a"
    if core.startswith(f"{OTHER_EN} "):
        return f"an{core}"  # "نائب آخر" = "another MP", not "an other MP"
    return f"{a_or_an(core)} {core}"


_ABSTRACT = ("safety", "education", "peace")


def _definite(p: Phrase) -> bool:
    return p.head.definite or p.head.name is not None or (p.of is not None and _definite(p.of))
