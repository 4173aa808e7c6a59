"""Writing-system checks: Arabic fields in Arabic script, English fields in Latin script."""

from __future__ import annotations

import re
import unicodedata

# Letters only: digits, punctuation and spaces are shared by both sides.
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def is_arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES) and unicodedata.category(ch).startswith("L")


def is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


_AR_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _ARABIC_RANGES) + "]")
_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def letter_counts(text: str) -> tuple[int, int, int]:
    """(arabic, latin, other-script) letter counts (regex ranges: this runs on every field)."""
    letters = sum(1 for ch in text if ch.isalpha())
    ar = sum(1 for ch in _AR_RE.findall(text) if ch.isalpha())
    la = len(_LATIN_RE.findall(text))
    return ar, la, letters - ar - la


def script_problem(text: str, lang: str) -> str | None:
    """Why ``text`` is not in the script of ``lang`` ('ar' or 'en'), or None when it is."""
    ar, la, other = letter_counts(text)
    if other:
        return f"contains {other} letters of a script that is neither Arabic nor Latin"
    # Arabic news writes a type or a brand in Latin letters ("الطائرة من نوع Pilatus-PC"): a quarter at most
    if lang == "ar" and la > max(3, ar // 4):
        return "Arabic field holds Latin-script text"
    if lang == "ar" and ar == 0 and la:
        return "Arabic field holds no Arabic letters"
    if lang == "en" and ar:
        return "English field holds Arabic-script text"
    return None


def detect_language(text: str) -> str | None:
    """'ar' or 'en' by dominant script, None for anything else (no model needed for two scripts)."""
    ar, la, other = letter_counts(text)
    total = ar + la + other
    if total == 0:
        return None
    if ar / total >= 0.5:
        return "ar"
    if la / total >= 0.5:
        return "en"
    return None
