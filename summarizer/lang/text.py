"""The one definition of how Arabic and English text is compared: folding, normalisation with exact
offsets, and the Arabic proclitics (conjunctions, prepositions, the article) that attach to words.

Matching runs on a normalised copy (Arabic diacritics, tatweel, alef/yeh/teh-marbuta and hamza
variants, quote marks, punctuation and whitespace runs) that keeps, for every normalised character,
the index of the original character it came from, so offsets always point into the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

TATWEEL = "\u0640"  # the stretching stroke ("لـوكالة")
DROPPED = set(TATWEEL)
DROPPED.update(chr(c) for c in range(0x064B, 0x0653))  # harakat, shadda, sukun
DROPPED.update(("\u0670", "\u0654", "\u0655", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"))
DROPPED.update(("\u2060", "\u00ad"))  # word joiner, soft hyphen
# Zero-width space separates words without showing a space ("دير\u200bالزور" is "دير الزور").
INVISIBLE_SPACES = set("\u200b")
QUOTES = set("\"'«»“”„‟‘’‚‛`´")
PUNCTUATION = set(".,،:;؛!?؟()[]{}-–—_/\\…#")  # "#الميليشيات_الحوثية": a hashtag is words
# Characters stripped from the ends of a word taken out of running text.
WORD_EDGE = '،,.;:()"«»“”؛؟'
# Marks after a word that end a name: "central Mexico: City Hall" names no Mexico City.
NAME_BREAKS = ",.;:،؛"
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ک": "ك", "ی": "ي"}
    | {chr(0x0660 + i): str(i) for i in range(10)}
    | {chr(0x06F0 + i): str(i) for i in range(10)}
)

# Arabic proclitics. Which of them a word class takes differs (a number never takes the article:
# "الاثنين" is Monday, not "the two"), so each grammar below is named for the words it serves.
ARTICLE = "ال"
DAMMA = "\u064f"  # the vowel that marks a verb written as passive: "قُتلت"
BEH, LAM = "ب", "ل"  # bi- (with, by), li- (for, to)
NOON = "ن"  # the nun of sound masculine plurals and duals
WAW, YEH, HEH = "و", "ي", "ه"  # the letters that are also long vowels, and heh (teh marbuta folds to it)
_MEDIAL_MAKSURA = re.compile("\u0649(?=[\u0621-\u064a])")  # an alef maksura with a letter after it


def medial_maksura_as_yeh(text: str) -> str:
    """An alef maksura inside a word written as the yeh it stands for ("مانىلا" -> "مانيلا")."""
    return _MEDIAL_MAKSURA.sub(YEH, text)


FAMILY = "آل"  # "آل خليل": the family (a tribe, a dynasty), never the article of a place
NOMINATIVE_PLURAL = "ون"  # a sound masculine plural as a subject ("مسلحون"), not an object ("مسلحين")
ALIF = "ا"
TEH = "ت"  # the prefix of the verbal noun taf'il ("تشكيل")
TEH_MARBUTA = "ة"  # the feminine ending, folded to heh: no pronoun
FEMININE_PLURAL = "ات"  # the sound feminine plural ending (قوات، طائرات)
# Word endings that take no alif of tanwin (teh marbuta, alif maqsura, alif, hamza, a written tanwin).
FATHATAN = "\u064b"  # the tanwin of the accusative
KASRATAN = "\u064d"  # the tanwin of the genitive, and of a defective noun's nominative ("دامٍ")
ACCUSATIVE_TANWIN = (FATHATAN + ALIF, ALIF + FATHATAN)  # its written tanwin and alif, in either order
NO_TANWIN_ALIF = ("ة", "ى", "ا", "ء", "ً")
LONG_VOWELS = "اوي"
CONJUNCTIONS = "وف"  # wa-, fa-
PREPOSITIONS = "بكل"  # bi-, ka-, li-
KAF = PREPOSITIONS[1]  # ka- (like): glued before a short word it mimics another ("كبير" is no "ك" + "بئر")
CLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS  # one letter glued before a word
# Any word: conjunction, preposition and article ("وبالصواريخ"), or one clitic letter.
WORD_PROCLITICS = rf"[{CONJUNCTIONS}]?(?:[{PREPOSITIONS}]?ال|لل)|[{CLITIC_LETTERS}]"
# Lexicon terms (optional): one clitic letter, or the article with و/ب/ل before it.
TERM_PROCLITICS = rf"(?:[{CLITIC_LETTERS}]|ال|وال|بال|لل)?"
# Words that always carry the article, such as weekdays ("وبالجمعة", "للجمعة").
DEFINITE_PROCLITICS = r"(?:[وفبك]{0,2}ال|[وف]?لل)"
# A preposition glued to the article ("بالقول", "للصحفيين"): a phrase's word, never a name's first.
PREPOSITION_WITH_ARTICLE = rf"[{CONJUNCTIONS}]?(?:{BEH}{ARTICLE}|{LAM}{LAM})"
# Numbers: a conjunction or preposition, never the article.
NUMBER_PROCLITICS = "[وبل]?"
# The Arabic decimal separator: folding keeps it, where it turns "." into a space ("3.5 million" stays one number).
DECIMAL_MARK = "\u066b"


# Bidirectional embedding, override and isolate controls: in an article they can reorder what a
# reader sees; output texts never carry them (evidence quotes stay exact).
BIDI_CONTROLS = str.maketrans({c: None for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"})


def without_bidi_controls(text: str) -> str:
    return text.translate(BIDI_CONTROLS)


_NAME_PREPOSITION = re.compile(rf"^[{CONJUNCTIONS}]?(?:لل|[{PREPOSITIONS}](?=ال))")


def without_preposition(phrase: str) -> str:
    """A definite name as a subject, without the preposition glued to it in the sentence it was taken
    from: "للولايات المتحدة" -> "الولايات المتحدة", "بالجيش" -> "الجيش"."""
    m = _NAME_PREPOSITION.match(phrase)
    if not m:
        return phrase
    return ARTICLE + phrase[m.end() :] if m.group().endswith("لل") else phrase[m.end() :]


@dataclass(frozen=True)
class Normalised:
    text: str
    index: list[int]  # index[i] = offset in the original of normalised char i


# One character in, one out: "\0" marks a dropped character, " " a separator (whitespace, punctuation).
_MAP = str.maketrans(
    {c: "\0" for c in DROPPED | QUOTES}
    | {c: " " for c in PUNCTUATION | INVISIBLE_SPACES}
    | {chr(c): " " for c in range(0x3001) if chr(c).isspace()}
    | dict(_FOLD)
)


# Hamza on yeh before waw is the Egyptian spelling of hamza on waw ("مسئول", "شئون" = "مسؤول", "شؤون"):
# one letter for one, so offsets hold.
_HAMZA_BEFORE_WAW = re.compile("\u0626(?=[\u064b-\u0652]*\u0648)")


def normalise(original: str) -> Normalised:
    original = _HAMZA_BEFORE_WAW.sub("\u0624", original)
    mapped = original.translate(_MAP)
    lowered = mapped.lower()
    if len(lowered) != len(mapped):  # a letter whose lower case is two letters: go one by one
        return _normalise_slow(original)
    chars: list[str] = []
    index: list[int] = []
    space = True  # no separator at the start, and one for each run of them
    for i, ch in enumerate(lowered):
        if ch == "\0" or (space and ch == " "):
            continue
        space = ch == " "
        chars.append(ch)
        index.append(i)
    return Normalised("".join(chars), index)


def _normalise_slow(original: str) -> Normalised:
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(original):
        if ch in DROPPED or ch in QUOTES:
            continue
        if ch in PUNCTUATION or ch in INVISIBLE_SPACES or ch.isspace():
            # Punctuation and whitespace runs collapse to one space.
            if chars and chars[-1] != " ":
                chars.append(" ")
                index.append(i)
            continue
        for low in ch.translate(_FOLD).lower():
            chars.append(low)
            index.append(i)
    return Normalised("".join(chars), index)


_FAST = str.maketrans({**{c: None for c in DROPPED | QUOTES}, **{c: " " for c in PUNCTUATION | INVISIBLE_SPACES}})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The normalised form of ``text`` without offsets (same result as ``normalise(text).text``, stripped)."""
    return " ".join(_HAMZA_BEFORE_WAW.sub("\u0624", text).translate(_FAST).translate(_FOLD).lower().split())


_PREFIX = re.compile(rf"^(?:{WORD_PROCLITICS})")


@lru_cache(maxsize=65536)
def bare(word: str) -> str:
    """A folded word without its leading conjunction, preposition or article, when enough is left."""
    rest = _PREFIX.sub("", word, count=1)
    return rest if len(rest) >= 3 else word


def bare_phrase(phrase: str) -> str:
    """A phrase without articles and clitics: "المصادر الطبية" and "مصادر طبية" are one source."""
    return " ".join(bare(w) for w in fold(phrase).split())


QUOTE_MARKS = '"“”«»„'  # marks that open a quotation


def clean(word: str) -> str:
    """A word of running text without the punctuation and quote marks at its ends."""
    return word.strip(WORD_EDGE)


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds a letter of the Arabic script."""
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def has_any(text: str | None, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words`` as whole words (longer ones also inside a word)."""
    folded = f" {fold(text or '')} "
    return any(f" {fold(w)} " in folded or (len(fold(w)) > 4 and fold(w) in folded) for w in words)


def has_cue(text: str, cues: Iterable[str]) -> bool:
    """Whether the folded ``text`` says any of the folded ``cues`` as whole words, after a conjunction
    too ("ولم تعلن أي جهة", "ولم ينج أحد")."""
    folded = fold(text)
    return any(re.search(rf"(?<!\w)[{CONJUNCTIONS}]?{re.escape(cue)}(?!\w)", folded) for cue in cues)


def mentions(text: str, stems: Iterable[str]) -> bool:
    """Whether the folded ``text`` contains any of the folded ``stems`` anywhere."""
    folded = fold(text)
    return any(fold(stem) in folded for stem in stems)


def definite_phrase(phrase: str, adjective: Callable[[str], bool]) -> str:
    """An Arabic noun phrase in the definite state: the article on every word of a noun + adjective
    phrase ("مجلس محلي" -> "المجلس المحلي"), on a construct's complement and what follows it, never on
    its head ("فريق إنقاذ" -> "فريق الإنقاذ"); a prepositional phrase after it keeps its own ("غاز مسيل
    للدموع" -> "الغاز المسيل للدموع"), and a construct that has the article already stays ("قوات الأمن").
    ``adjective`` tells whether a word may be an adjective (not only a noun)."""
    words = phrase.split()
    end = next((i for i, w in enumerate(words) if i and w.startswith(LAM + LAM)), len(words))
    head, rest = words[:end], words[end:]
    if any(w.startswith(ARTICLE) for w in head[1:]):
        return phrase
    complement = next((i for i in range(1, len(head)) if not adjective(head[i])), 0)
    return " ".join([*(w if i < complement else _with_article(w) for i, w in enumerate(head)), *rest])


# Words whose alif of joining falls after the article: "امرأة" -> "المرأة", not "الامرأة".
_JOINING_ALIF = {"امرأة": "المرأة", "امرأتان": "المرأتان", "امرأتين": "المرأتين"}


def _with_article(word: str) -> str:
    return _JOINING_ALIF.get(word, ARTICLE + word)


def accusative_pattern(folded_phrase: str) -> str:
    """A regular expression for a folded Arabic phrase whose words may each end in the accusative's alif
    ("حزام ناسف" matches "حزاما ناسفا"); a word ending in teh marbuta, alif or hamza takes none."""
    endings = tuple(fold(c) for c in NO_TANWIN_ALIF if fold(c))
    return " ".join(re.escape(w) + ("" if w.endswith(endings) else f"{ALIF}?") for w in folded_phrase.split())


# English words spelt with a vowel that start with a consonant sound ("a university", "a one-day truce")
# and with a silent h ("an hour"): the article goes by the sound
_CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|uti|eu|ewe|one\b|once\b|ubiq|uran|ukr)", re.IGNORECASE)
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)


def a_or_an(english: str) -> str:
    """The indefinite article an English phrase takes by the sound of its first word."""
    first = english.split()[0] if english.split() else ""
    if first.isupper() and len(first) > 1:
        return "an" if first[:1] in "AEFHILMNORSX" else "a"  # an acronym said letter by letter: "an FSA", "a UN"
    vowel = english[:1].lower() in "aeiou" and not _CONSONANT_SOUND.match(english)
    return "an" if vowel or _SILENT_H.match(english) else "a"
