"""Checks on a rendering of a verified span in the other language: same script, no added numbers,
entities, names or weekdays, and the lexicon's key terms kept ("صاروخ" is never "plane")."""

from __future__ import annotations

from functools import lru_cache

from summarizer.lang.lexicon import WEEKDAY_NAMES
from summarizer.schema.scripts import script_problem
from summarizer.verify.entities import unlicensed_entities, unlicensed_names, unwritten_names
from summarizer.verify.gazetteer import countries_named
from summarizer.verify.glossary import GLOSSARY, NAMED_ACTORS, WEAPONS, missing_terms, terms_in
from summarizer.verify.licence import unlicensed_words
from summarizer.verify.numbers import unsupported_numbers
from summarizer.verify.phrase import has_dual
from summarizer.verify.timeexpr import weekdays_in


def rendering_problems(source: str, rendering: str, target: str) -> list[str]:
    """Why ``rendering`` (in ``target`` language) is not a faithful rendering of ``source``."""
    return list(_rendering_problems(source, rendering, target))


@lru_cache(maxsize=4096)  # the validator and the translate stage both ask, once per span and attempt
def _rendering_problems(source: str, rendering: str, target: str) -> tuple[str, ...]:
    problems = []
    if problem := script_problem(rendering, target):
        problems.append(problem)
    arabic_side = source if target == "en" else rendering
    if extra := [n for n in unsupported_numbers(rendering, source) if not (n == 2 and has_dual(arabic_side))]:
        problems.append(f"adds numbers not in the phrase: {extra}")  # a dual says two ("يومين" = two days)
    english, arabic = (rendering, source) if target == "en" else (source, rendering)
    if target == "en" and (names := unlicensed_entities(english, arabic)):
        problems.append(f"names {', '.join(names)}, which the phrase does not mention")
    # A capitalised word a lexicon sense of the span gives ("Tuaregs" for "الطوارق") is no foreign name.
    if target == "en" and (names := _not_lexical(unlicensed_names(english, arabic), arabic, english)):
        problems.append(f"has names that are not in the phrase: {', '.join(names)}")
    if target == "ar":
        names, unwritten = unwritten_names(english, arabic)
        if unwritten and len(unwritten) * 2 >= len(names):
            problems.append(f"does not write the names {', '.join(unwritten)} (no Arabic word transliterates them)")
    if target == "ar" and (extra := set(countries_named(arabic)) - set(countries_named(english))):
        problems.append(f"names a country the phrase does not name: {', '.join(sorted(extra))}")
    terms = terms_in(arabic) if target == "en" else []
    missing = missing_terms(arabic, english) if terms else []
    if extra := weekdays_in(rendering) - weekdays_in(source):
        problems.append(f"names a weekday the phrase does not: {', '.join(WEEKDAY_NAMES[d] for d in sorted(extra))}")
    if terms and (len(missing) * 2 > len(terms) or (WEAPONS | NAMED_ACTORS).intersection(missing)):
        wanted = "; ".join(f"{GLOSSARY[stem].written} = {GLOSSARY[stem].en[0]}" for stem in missing)
        problems.append(f"mistranslates key terms ({wanted})")
    return tuple(problems)


# Words a rendering must keep per source word, at the least: English says an Arabic phrase in more words
# than it has (clitics, articles), Arabic an English one in a few fewer.
_LEAST_KEPT = {"en": 0.4, "ar": 0.3}
_LONG_PHRASE = 6  # below this, a name may rightly be shorter in the other script ("مدينة دير الزور")


def leaves_out(source: str, rendering: str, target: str) -> bool:
    """A rendering far shorter than a long source says only a fragment of it."""
    words = len(source.split())
    return words >= _LONG_PHRASE and len(rendering.split()) < _LEAST_KEPT[target] * words


def _not_lexical(names: list[str], arabic: str, english: str) -> list[str]:
    if not names:
        return names
    unlicensed = set(unlicensed_words(arabic, english, "en"))
    return [n for n in names if n in unlicensed]
