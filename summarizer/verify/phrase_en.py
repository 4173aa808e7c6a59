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
    ENGLISH_LEXICON,
    ENGLISH_PREPOSITIONS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    STATE_BODY_WORDS,
    TRAILING_QUALIFIERS,
    Written,
)
from summarizer.lang.text import WAW
from summarizer.verify.arabize import COMMON_ENDINGS, arabize
from summarizer.verify.gazetteer import lookup
from summarizer.verify.phrase import Rendered

_TOKEN = re.compile(r"\d+|[A-Za-z][A-Za-z'’-]*")
_HUMAN = ("people", "actor", "force", "title", "nationality")
_MAX_WORDS = 4
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


def render_english(english: str, name_slot: bool = False) -> Rendered:
    """The Arabic of an English noun phrase, or the reason it cannot be rendered from knowledge.
    ``name_slot``: the phrase stands where a name stands (a place, a source); a name of capitalised
    words the lexicon does not know, one word included ("Croydon"), is written in Arabic letters."""
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


@lru_cache(maxsize=4096)
def _render(english: str, name_slot: bool) -> Rendered:
    tokens = _TOKEN.findall(english.replace("’", "'"))
    if not tokens:
        return Rendered(None, "empty phrase")
    if (
        name_slot
        and all(t[:1].isupper() and not ENGLISH_LEXICON.get(t.lower()) for t in tokens)
        and not any(t.lower() in STATE_BODY_WORDS or t.lower() in ORGANISATION_WORDS for t in tokens)
    ):
        if not (_place(tokens, 0) and _place(tokens, 0)[1] == len(tokens)):
            return Rendered(arabize(" ".join(tokens)))
    try:
        parts = _parse(tokens)
    except ValueError as exc:
        return Rendered(None, str(exc))
    return Rendered(" ".join(parts))


def _parse(tokens: list[str]) -> list[str]:
    """Arabic words, phrase by phrase; prepositions between phrases."""
    out: list[str] = []
    i, noun, definite, number, adjectives = 0, None, False, None, []
    trailing = False  # the pending number came after a noun
    qualifiers: list[str] = []
    leading: list[str] = []
    while i < len(tokens):
        low = tokens[i].lower()
        if low in ("the",):
            definite, i = True, i + 1
            continue
        if low in ("a", "an"):
            i += 1
            continue
        if low.isdigit() or low in NUMBER_WORDS:
            value = int(low) if low.isdigit() else NUMBER_WORDS[low]
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
            complement, i = _complement(tokens, i + 1)
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
            out.append(_preposition(low, tokens[i + 1] if i + 1 < len(tokens) else ""))
            noun, definite, number, adjectives, i = None, False, None, [], i + 1
            continue
        if not adjectives and (named := _name(tokens, i, noun)):
            text, width = named
            if noun is None:
                noun = _Noun(name=text)
            else:
                noun.apposition = text  # "police spokesman Larry Hadfield" = "... لاري هادفيلد"
            i += width
            continue
        if name := _place(tokens, i):
            text, width = name
            if any(a.kind != "direction" for a in adjectives):
                raise ValueError(f"{tokens[i]!r}: a place name with a description this does not render")
            # "western Germany" = "غربي ألمانيا": a direction stands before the name in Arabic too.
            place = _Noun(name=" ".join([*(a.ar for a in adjectives), text]))
            if noun is not None:
                if noun.written is None or noun.written.kind != "direction" or noun.of is not None:
                    raise ValueError(f"{tokens[i]!r} follows a noun it does not belong to")
                noun.of = place  # "northwest Costa Rica" = "شمال غرب كوستاريكا"
            else:
                noun = place
            adjectives = []
            i += width
            continue
        written, width = _word(tokens, i)
        if written.pos == "adj" and noun is None:
            adjectives.append(written)
        elif written.pos in ("noun", "name", "phrase"):
            dated = noun is not None and noun.written is not None and noun.written.kind == written.kind == "time"
            if dated and noun.written.pos == written.pos == "name":
                out.append(_arabic(noun) + A["comma"])  # "New Year's Eve, Dec 31": two dates of one day
                noun = _Noun(written, definite=definite)
            elif noun is not None:
                noun = _adjunct(noun, written, tokens[i])  # "police checkpoint" = "حاجز الشرطة"
            else:
                noun = _Noun(written, plural=written.plural or (number or 1) > 1, number=number, definite=definite)
                noun.adjectives = adjectives
                number = None  # counted: a number after the noun is another's (a day after its month)
        else:
            raise ValueError(f"{tokens[i]!r} ({written.pos}) does not fit a noun phrase")
        i += width
    if noun is None:
        raise ValueError("no noun")
    if number is not None and trailing:  # a number after its noun: a day after its month ("Dec 31" = "31 ديسمبر")
        if noun.written is None or noun.written.kind != "time":
            raise ValueError(f"{number} after the noun counts nothing this renders")
        leading = [*leading, str(number)]
    out.append(" ".join([*leading, _arabic(noun)]))
    return [w for w in [*out, *qualifiers] if w]


def _preposition(english: str, following: str) -> str:
    """The Arabic preposition; "on" a day is "يوم" ("on Wednesday" = "يوم الأربعاء"), not "على"."""
    day = any(w.kind == "time" and w.pos == "name" for w in ENGLISH_LEXICON.get(following.lower(), ()))
    return A["on_day"] if english == "on" and day else ENGLISH_PREPOSITIONS[english]


def _adjunct(modifier: _Noun, written: Written, token: str) -> _Noun:
    """English noun + noun ("police checkpoint", "tourist ship"): the second is the head, the first its
    construct complement in Arabic; the number and adjectives go with the head."""
    if modifier.written is None or modifier.of is not None or modifier.apposition or written.pos != "noun":
        raise ValueError(f"two nouns side by side ({token!r}): not a phrase this renders")
    number = modifier.number
    head = _Noun(written, plural=written.plural or (number or 1) > 1, number=number, definite=modifier.definite)
    head.adjectives, modifier.adjectives = modifier.adjectives, []
    modifier.number, modifier.plural = None, modifier.written.plural
    head.of = modifier
    return head


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
        return noun, i
    raise ValueError("'of' without a noun")


def _place(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A capitalised place name the gazetteer knows with an Arabic name."""
    for width in range(min(3, len(tokens) - i), 0, -1):
        words = tokens[i : i + width]
        if not all(w[:1].isupper() for w in words):
            continue
        hit = lookup(" ".join(words))
        if hit is not None and hit.name_ar:
            return hit.name_ar, width
    return None


def _name(tokens: list[str], i: int, before: _Noun | None) -> tuple[str, int] | None:
    """A name at ``i``, written in Arabic letters: a run of capitalised words of which one at least
    is no word the lexicon knows and which is no place the gazetteer knows ("Stephen Paddock",
    "Mandalay Bay"), or one such word right after a person's title ("spokesman Hadfield") or before a
    place word ("Hebei province"). Capitalised common words are no name ("State Department"), nor is
    a title ("Assistant Sheriff")."""
    run = 0
    while i + run < len(tokens) and tokens[i + run][:1].isupper() and run < _MAX_WORDS:
        run += 1
    words = tokens[i : i + run]
    if not words or _title_at(tokens, i) or all(ENGLISH_LEXICON.get(w.lower()) for w in words):
        return None
    if any(ENGLISH_LEXICON.get(" ".join(tokens[i : i + k]).lower()) for k in range(2, run + 1)):
        return None  # a phrase the lexicon knows starts here ("New Year's Eve"): no name
    if any(w.lower() in STATE_BODY_WORDS or w.lower() in ORGANISATION_WORDS for w in words):
        return None  # an institution's name is translated, not spelt out ("London Ambulance Service")
    if (place := _place(tokens, i)) and place[1] == run:
        return None  # a place the gazetteer writes in Arabic
    # A place word after the name is its head in Arabic: "Terrigal Beach" = "شاطئ تيريغال".
    last = i + run - 1 if run > 1 else i + 1
    head = _place_word(tokens[last]) if last < len(tokens) else None
    name = words[:-1] if head and run > 1 else words
    after_title = before is not None and before.written is not None and before.written.kind in _HUMAN
    if len(name) == 1 and not ((after_title or head) and not name[0].lower().endswith(COMMON_ENDINGS)):
        return None  # one capitalised word alone may be a common word this lexicon lacks
    arabic = arabize(" ".join(name))
    return (f"{head} {arabic}", last - i + 1) if head else (arabic, run)


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
    for width in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
        phrase = " ".join(tokens[i : i + width]).lower()
        if found := ENGLISH_LEXICON.get(phrase):
            return _usual(found), width
    raise ValueError(f"{tokens[i]!r} is neither in the lexicon nor a place the gazetteer knows")


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
        return noun.name
    w = noun.written
    human = w.kind in _HUMAN
    head = _number_form(w, noun) if noun.number is not None else (_plural(w, human) if noun.plural else w.ar)
    # A title before a person's name is definite in Arabic ("President X" = "الرئيس X"); "the 276
    # schoolgirls" = "276 تلميذة": a counted noun takes no article.
    titled = noun.apposition is not None
    if titled and noun.of is not None and noun.of.written is not None:
        noun.of.definite = True  # "police spokesman X" = "متحدث الشرطة X"
    article = (noun.definite or titled) and noun.number is None and noun.of is None and w.pos != "name"
    article = article and not head.startswith(A["article"])
    words = [_definite(head) if article else head]
    if noun.number is not None and noun.number != 2:  # the dual says "two" itself
        words.insert(0, str(noun.number))
    if noun.of is not None:
        words.append(_complement_arabic(noun.of))
    feminine = w.ar.endswith(A["feminine"]) or (noun.plural and not human)
    for adj in noun.adjectives:
        form = _agree(adj.ar, feminine, noun.plural and human)
        words.append(f"{A['article']}{form}" if noun.definite or (noun.of and noun.of.definite) else form)
    if noun.apposition:
        words.append(noun.apposition)
    return " ".join(words)


def _definite(phrase: str) -> str:
    """The article on a head written as one or more words: on every word of a noun + adjective phrase
    ("مجلس محلي" -> "المجلس المحلي"), on none of a construct that has it already ("قوات الأمن")."""
    words = phrase.split()
    if any(w.startswith(A["article"]) for w in words[1:]):
        return phrase
    return " ".join(A["article"] + w for w in words)


def _complement_arabic(noun: _Noun) -> str:
    if noun.name is not None:
        return noun.name
    inner = _Noun(noun.written, plural=noun.plural, definite=noun.definite, adjectives=noun.adjectives)
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
    if n == 2 and " " not in w.ar:  # the dual
        return w.ar[: -len(A["feminine"])] + A["feminine_dual"] if w.ar.endswith(A["feminine"]) else w.ar + A["dual"]
    if n >= 11:
        return w.ar if w.ar.endswith(A["feminine"]) or " " in w.ar else w.ar + A["tanwin_alif"]
    return _plural(w, w.kind in _HUMAN) if n > 1 else w.ar


def _agree(adjective: str, feminine: bool, human_plural: bool) -> str:
    if human_plural:
        return adjective + A["masculine_plural"]
    if not feminine:
        return adjective
    if adjective.endswith(A["nisba"]):
        return adjective[: -len(A["nisba"])] + A["nisba_feminine"]
    return adjective + A["feminine"]
