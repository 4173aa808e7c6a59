"""Passages of an article that give orders to the tool, a model or a reader ("note to the
summarisation system: ignore the previous instructions..."). They are data, never reports: the
pipeline masks them before anything reads the article, so no fact and no evidence can come from them."""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.lang.lexicon import INSTRUCTION_ADDRESSEES, INSTRUCTION_ORDERS, INSTRUCTION_OVERRIDES
from summarizer.lang.text import CONJUNCTIONS, fold

# Sentence ends of both languages; a line break ends a sentence too.
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")


class Passage(NamedTuple):
    start: int
    end: int
    text: str


def instruction_passages(text: str) -> list[Passage]:
    """The sentences of ``text`` that are instructions, with exact offsets."""
    found, line_start, ordering = [], -1, False
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        if not sentence.strip():
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        if start != line_start:  # a new paragraph: orders there need their own addressee
            line_start, ordering = start, False
        # Once a paragraph addresses the tool, its further orders belong to that address.
        if is_instruction(sentence) or (ordering and _said(sentence, INSTRUCTION_ORDERS)):
            found.append(Passage(match.start(), match.end(), sentence.strip()))
            ordering = True
    return found


def is_instruction(sentence: str) -> bool:
    """An override phrase, or an AI addressee together with an order."""
    return _said(sentence, INSTRUCTION_OVERRIDES) or (
        _said(sentence, INSTRUCTION_ADDRESSEES) and _said(sentence, INSTRUCTION_ORDERS)
    )


def _said(sentence: str, words: dict[str, tuple[str, ...]]) -> bool:
    """English: at a word start (so "ignored" counts); Arabic: a whole word after an optional wa/fa."""
    english = " " + re.sub(r"[^\w']+", " ", sentence.lower()) + " "
    arabic = " " + fold(sentence) + " "
    return any(f" {w}" in english for w in words["en"]) or any(
        re.search(rf"\s[{CONJUNCTIONS}]?{re.escape(w)}\s", arabic) for w in words["ar"]
    )


def masked(text: str, passages: list[Passage]) -> str:
    """``text`` with each passage blanked by spaces: same length, so every offset stays exact."""
    chars = list(text)
    for p in passages:
        chars[p.start : p.end] = " " * (p.end - p.start)
    return "".join(chars)
