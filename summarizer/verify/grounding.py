"""Locate quoted spans in the article and report exact character offsets into the original text.

Matching runs on the normalised copy of ``summarizer.lang.text`` (diacritics, letter variants, quote
marks and punctuation folded), which keeps for every character its offset in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from summarizer.lang.lexicon import ABBREVIATIONS, BYLINE_BARE_OPENERS, BYLINE_OPENERS, LEXICON
from summarizer.lang.text import ALIF, CLITIC_LETTERS, CONJUNCTIONS, DROPPED, QUOTES, TATWEEL, bare, fold, normalise

T = TypeVar("T")


def _cut(word: str, part: str, has: Callable[[str], bool]) -> bool:
    """``part`` is ``word`` with one or two letters lost at one end (``has`` is endswith or startswith)."""
    return len(part) >= 3 and 0 < len(word) - len(part) <= 2 and has(part)


# A byline line: "By" and a name of two capitalised words at least, then what follows to the line's end
# ("By Oghenekaro Efe, Asaba | March 17, 2024"; not "By Sunday evening, 40 ..."); an Arabic opener with
# its colon ("بقلم: فلان", "كتب: ..."), or "بقلم" and a name.
# A short line of its own under the title, with no sentence mark, a dash and a date's digits or a
# closing colon ("بي بي سي - ٢٦ سبتمبر/ أيلول ٢٠١٥", "الجزائر ـ 'القدس العربي' ـ من مراسلنا:"): no part of the body.
_CREDIT_LINE = re.compile(
    rf"[^\n.!?؟]{{0,60}}?[-–—|{TATWEEL}/](?:[^\n.!?؟]{{0,40}}\d[^\n.!?؟]{{0,30}}|[^\n.!?؟:]{{0,60}}:)"
    r"[ \t\r]*\n[ \t\r]*\n\s*(?=\S)"
)
_CREDIT_WORDS = 8
_BYLINE = re.compile(
    r"(?:By\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+(?:\s*[,|][^\n]*)?"
    rf"|(?:{'|'.join(re.escape(o) for o in BYLINE_OPENERS)})\s*:[^\n.!?؟]{{2,100}}"
    rf"|(?:{'|'.join(re.escape(o) for o in BYLINE_BARE_OPENERS)})\s+[^\n.!?؟]{{2,60}})[ \t\r]*\n[ \t\r]*\n?\s*(?=\S)"
)


_SLIP_MIN = 5  # letters of a word below which one letter more or less makes another word


def _one_slip(word: str, copy: str) -> bool:
    """``copy`` is ``word`` with one letter lost, added or changed, and both are long enough that the
    slip cannot make another word of it."""
    if min(len(word), len(copy)) < _SLIP_MIN or abs(len(word) - len(copy)) > 1 or word.isdigit() or copy.isdigit():
        return False
    if len(word) == len(copy):
        return sum(a != b for a, b in zip(word, copy, strict=True)) == 1
    longer, shorter = (word, copy) if len(word) > len(copy) else (copy, word)
    return any(longer[:k] + longer[k + 1 :] == shorter for k in range(len(longer)))


@dataclass(frozen=True)
class Span:
    quote: str
    start: int
    end: int


# A full stop before a space, the end or a closing quote; or run together with the next sentence's first
# letter after a word ("residents said.A local resident", "الحادث.وقال"), never inside a number or a domain.
_FULL_STOP = re.compile(r"\.(?=\s|$|[\"'”»)])|(?<=[a-z0-9\u0621-\u064a]{2})\.(?=[A-Z\u0621-\u064a])")


def sentence_ends(text: str) -> list[int]:
    """Offsets of the marks that end a sentence: "!?؟", a line break, and a full stop before a space,
    save one after an abbreviation or an initial ("Nov. 11", "780 E. Pyle Ave.")."""
    ends = [i for i, c in enumerate(text) if c in "!?؟" or (c == "\n" and not wrapped(text, i))]
    for m in _FULL_STOP.finditer(text):
        if an_abbreviation(re.search(r"[\w]*$", text[: m.start()]).group()):
            continue
        ends.append(m.start())
    return sorted(ends)


def an_abbreviation(word: str) -> bool:
    """A word whose full stop ends no sentence: an abbreviation ("Gov", "Nov") or an initial ("E")."""
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def wrapped(text: str, at: int) -> bool:
    """A line break inside a sentence of hard-wrapped English ("At least 25 people were\nkilled and ..."):
    a word or a comma before it, a lower-case Latin letter after it."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return bool(before) and (before.isalnum() or before == ",") and after.isascii() and after.islower()


_CUT_WORDS = 40  # words dropped from a span's end at most, looking for where a cut span ends


_TITLE_WORDS = 14  # words of a one-line headline that ends with a full stop
# A headline on the line right above the lead (no blank line): short, no sentence mark at its end, and a
# longer line after it that ends a sentence
_TIGHT_TITLE = re.compile(r"([^\n]{1,120}[^\n.!?؟:\s])[ \t]*\n(?=[^\n]{80,}[.!?؟][\s\u201d\"»]*(?:\n|$))")
_TIGHT_TITLE_WORDS = 12
_LEAD_CHARS = 40  # a paragraph shorter than this after a short line is no lead that shows it a subtitle
_DECK = re.compile(r"([^\n]{1,150})\n[ \t\r]*\n\s*(?=\S)")  # a short line, then a blank line
# A paragraph before the one that opens with a capitals dateline ("OUAGADOUGOU - Armed men ..."): a standfirst
# (the report's body begins at its dateline)
_PARAGRAPH = re.compile(r"[^\n]{1,400}\n[ \t\r]*\n\s*(?=\S)")
_CAPITALS_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,3}(?: \([^)\n]{1,30}\))?(?:, [^\n—–]{1,40}?)?\s*(?:--|—|–|-)\s"
)
_CONTINUING = re.compile(rf"^(?:[{CONJUNCTIONS}]\S|(?:And|But|The attack|It)\b)")


def _a_deck(line: str, after: str, furniture: bool) -> bool:
    """A subtitle under the title ("الصراع بين قبيلتي ... يعود للعام الماضي", "Suicide bomber targets
    funeral of ..."): a short line with no sentence mark at its end, then a byline or a lead written
    with its stops that opens a story rather than going on with one ("وأسفر القصف عن ..." follows a
    lead written without a stop)."""
    if line.endswith((".", "!", "?", "؟", ":", '"', "”", "»", "،", ",")):
        return False
    nxt = after.split("\n", 1)[0].rstrip()
    credit = len(nxt.split()) <= _CREDIT_WORDS and nxt.count(" / ") >= 2  # "بغداد / إبراهيم صالح / الأناضول"
    told = len(nxt) >= _LEAD_CHARS and nxt.endswith((".", "!", "?", "؟")) and not _CONTINUING.match(after)
    return furniture or credit or told


class Article:
    """An article's text with a normalised index for repeated span look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm = normalise(text)
        self._words: list[tuple[int, int, str]] | None = None  # normalised words, for loose matching
        self._ends: list[int] | None = None  # offsets of the characters that end a sentence
        self._memo: dict[str, object] = {}  # what rules read off the whole text, computed once

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, run once per article for ``key`` (the text never changes)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def locate(self, quote: str, near: int = 0, loose: bool = False) -> Span | None:
        """Find ``quote``; prefer the first match at or after ``near``. None when absent.

        ``loose``: if there is no exact match, accept the same words with other clitics or article
        ("الهجوم الصاروخي" for "بهجوم صاروخي") or with up to two letters lost at the span's ends
        ("طار التيفور" for "مطار التيفور"); the span returned is then the article's own words."""
        needle = fold(quote)
        if len(needle) < 2:
            return None
        starts = self._whole_word_starts(needle)
        shorter = quote
        for _ in range(_CUT_WORDS if not starts else 0):
            # A span cut at a length bound ends mid-word: keep its complete words (a few dozen at most: a
            # model's runaway quote of hundreds of words is no cut span, and must fail fast).
            if fold(shorter).count(" ") < 3:
                break
            shorter = shorter.rstrip().rsplit(" ", 1)[0]
            if self._whole_word_starts(fold(shorter)):
                return self.locate(shorter, near)
        if not starts and loose:
            parts = needle.split()
            for keep in range(len(parts), max(3, -(-len(parts) * 3 // 5)) - 1, -1):  # most of the words
                if (found := self._loose(parts[:keep], near)) is not None:
                    return found  # a miscopied word, and words the article does not go on with
            return None
        if not starts:
            return None
        pos = next((s for s in starts if self._norm.index[s] >= near), starts[0])
        start = self._norm.index[pos]
        end = self._norm.index[pos + len(needle) - 1] + 1
        start, end = self._widen(quote.strip(), start, end)
        start = self._whole_first_word(start)
        return Span(self.text[start:end], start, end)

    def _whole_first_word(self, start: int) -> int:
        """A match after a letter that could be a clitic is no match of the word's tail when the whole
        word is the lexicon's and the tail is not ("جنة" in "لجنة", committee): the span takes the letter."""
        text = self.text
        if start == 0 or text[start - 1] not in CLITIC_LETTERS or (start > 1 and not text[start - 2].isspace()):
            return start
        word = fold(text[start - 1 : start + 12].split()[0])
        whole = word in LEXICON or (word.endswith(ALIF) and word[:-1] in LEXICON)  # "كميناً": an ambush
        return start - 1 if whole and word[1:] not in LEXICON else start

    def _loose(self, parts: list[str], near: int) -> Span | None:
        if len(parts) < 2:  # one word is too little to tell a miscopy from another word
            return None
        if self._words is None:
            self._words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", self._norm.text)]
        words, keys, n = self._words, [bare(p) for p in parts], len(parts)
        found = []
        for i in range(len(words) - n + 1):
            window = words[i : i + n]
            first, last = window[0][2], window[-1][2]
            # one long word miscopied by a letter ("الشتباكات" for "الاشتباكات"), the others as written
            slips = [k for k, (w, key) in enumerate(zip(window, keys, strict=True)) if bare(w[2]) != key]
            if len(slips) == 1 and n >= 3 and _one_slip(bare(window[slips[0]][2]), keys[slips[0]]):
                found.append((self._norm.index[window[0][0]], self._norm.index[window[-1][1] - 1] + 1))
                continue
            if not (bare(first) == keys[0] or _cut(first, parts[0], first.endswith)):
                continue
            if not (bare(last) == keys[-1] or _cut(last, parts[-1], last.startswith)):
                continue
            if all(bare(w[2]) == k for w, k in zip(window[1:-1], keys[1:-1], strict=True)):
                found.append((self._norm.index[window[0][0]], self._norm.index[window[-1][1] - 1] + 1))
        if not found:
            return None
        start, end = next((f for f in found if f[0] >= near), found[0])
        start, end = self._widen("", start, end)
        return Span(self.text[start:end], start, end)

    def _whole_word_starts(self, needle: str) -> list[int]:
        """Where ``needle`` occurs as whole words ("طراف" is not in "أطراف"), allowing one-letter Arabic
        clitics before it (و ف ب ل ك)."""
        hay, starts = self._norm.text, []
        at = hay.find(needle)
        while at != -1:
            end = at + len(needle)
            before = hay[at - 1] if at else " "
            clitic = before in CLITIC_LETTERS and (at == 1 or hay[at - 2] == " ")
            if (before == " " or clitic) and (end == len(hay) or hay[end] == " " or self._possessive(end)):
                starts.append(at)
            at = hay.find(needle, at + 1)
        return starts

    def _possessive(self, end: int) -> bool:
        """An English possessive closes the word ("Russia" in "Russia's defence ministry"); the folded
        text has lost the apostrophe, the article's text has it."""
        hay = self._norm.text
        if hay[end : end + 1] != "s" or not (end + 1 == len(hay) or hay[end + 1] == " "):
            return False
        at = self._norm.index[end]
        return at > 0 and self.text[at - 1] in "'’"

    def _widen(self, quote: str, start: int, end: int) -> tuple[int, int]:
        """Keep marks that belong to the last letter, and quote marks the caller quoted too."""
        text = self.text
        while end < len(text) and text[end] in DROPPED:
            end += 1
        if quote[:1] in QUOTES and start > 0 and text[start - 1] in QUOTES:
            start -= 1
        if quote[-1:] in QUOTES and end < len(text) and text[end] in QUOTES:
            end += 1
        return start, end

    def body_start(self) -> int:
        """Where the body's first sentence begins: after a title line (a first line of at most 200
        characters with no sentence mark at its end, then a blank line), else at the first character."""
        text = self.text
        first = len(text) - len(text.lstrip())
        # the title, a blank line; or the title, a dateline or byline of its own line ("ACCRA, Jan 21
        # (Reuters) -", "By Our Correspondent"), a blank line
        title = re.match(r"([^\n]{1,200})\n(?:[^\n]{1,60}[^\n.!?؟\s][ \t]*\n)?[ \t\r]*\n\s*(?=\S)", text[first:])
        head = title.group(1).rstrip() if title else ""
        cut = head.endswith(("...", "…")) and len(head.split()) >= 3  # a headline cut short is a headline
        # "Al-Shabab attack killed over a dozen in Somalia's capital.": a line this short, then a blank
        # line, is a headline with a full stop, not a lead (leads run longer)
        short = head.endswith(".") and len(head.split()) <= _TITLE_WORDS and head[:-1].count(". ") == 0
        short = short and not _CONTINUING.match(text[first + title.end() :])  # "...\n\nوأصيب آخرون." goes on
        if title and (cut or short or not head.endswith((".", "!", "?", "؟"))):
            first += title.end()
            deck = _DECK.match(text, first)
            furniture = deck and (_BYLINE.match(text, deck.end()) or _CREDIT_LINE.match(text, deck.end()))
            if deck and _a_deck(deck.group(1).rstrip(), text[deck.end() :], bool(furniture)):
                first = deck.end()  # the title's subtitle, of its own paragraph: no part of the lead
        # "Gunmen launch deadly attack on Mexican bar\nAt least eight ...": a title with no blank line after it
        if first == len(text) - len(text.lstrip()) and (headline := _TIGHT_TITLE.match(text, first)):
            if len(headline.group(1).split()) <= _TIGHT_TITLE_WORDS:
                first = headline.end()
        while byline := _BYLINE.match(text, first):  # "By Oghenekaro Efe, Asaba | March 17, 2024"
            first = byline.end()
        if (
            (standfirst := _PARAGRAPH.match(text, first))
            and not _CAPITALS_DATELINE.match(text, first)
            and _CAPITALS_DATELINE.match(text, standfirst.end())
        ):
            first = standfirst.end()
        if first and (line := _CREDIT_LINE.match(text, first)) and len(line.group().split()) <= _CREDIT_WORDS:
            first = line.end()  # "بي بي سي - ٢٦ سبتمبر/ أيلول ٢٠١٥": an outlet and a date on their own line
        return first

    def contains(self, quote: str) -> bool:
        return self.locate(quote) is not None

    def sentence_around(self, span: Span) -> Span:
        """The sentence that holds ``span`` (Arabic and Latin sentence marks, and line breaks)."""
        text = self.text
        if self._ends is None:
            self._ends = sentence_ends(text)
        at = bisect_left(self._ends, span.start)
        start = self._ends[at - 1] + 1 if at else 0
        after = bisect_left(self._ends, span.end)
        end = self._ends[after] + 1 if after < len(self._ends) else len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(text[start:end], start, end)
