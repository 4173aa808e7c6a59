"""Scorers of what a reader of the other language sees: whether each rendering is right, names are
names, roles are right, nothing is added, the prose agrees with the facts, background stays apart,
places are pinned in the right country, and sources are sources. Deterministic, with reasons."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from summarizer.evals.gold import Gold, GoldFact

from summarizer.lang.lexicon import CLAUSE_WORDS, COMPLEMENTIZERS, FRAGMENT_STARTS, SPEECH_VERBS, UNRENDERED_SOURCE
from summarizer.lang.text import fold
from summarizer.verify.entities import skeleton
from summarizer.verify.numbers import numbers_in
from summarizer.verify.romanize import romanize

NAME_FIELDS = ("where", "perpetrator", "target", "sources")
SLOT_FIELDS = ("event", "when", "where", "perpetrator", "target", "means", "sources")


@lru_cache(maxsize=1)
def meaning_words() -> dict:
    return yaml.safe_load((Path(__file__).resolve().parent / "meaning_words.yaml").read_text(encoding="utf-8"))


def other_language(gold: Gold) -> str:
    return "en" if gold.language == "ar" else "ar"


def contains(text: str, alternatives: list[str]) -> bool:
    folded = fold(text)
    return any(fold(a) and fold(a) in folded for a in alternatives)


def transliterates(latin: str, alternatives: list[str], threshold: float = 0.8) -> bool:
    """A capitalised alternative's consonant skeleton matches a window of as many words of ``latin``."""
    words = latin.replace("-", " ").split()
    for alt in alternatives:
        if not alt[:1].isupper():
            continue
        width, target = len(alt.split()), skeleton(alt.replace(" ", ""))
        for i in range(len(words)):
            window = skeleton("".join(words[i : i + width]))
            if len(target) >= 4 and window and SequenceMatcher(None, target, window).ratio() >= threshold:
                return True
    return False


def matches(text: str, alternatives: list[str], lang: str, name: bool) -> bool:
    return contains(text, alternatives) or (name and lang == "en" and transliterates(text, alternatives))


def slot_items(data: dict, fact_field: str) -> list[dict]:
    """The bilingual text of each item in a fact's slot: {"ar", "en"} pairs, plus the item itself."""
    inc = data["incident"]
    if fact_field == "event":
        return [{"text": inc["description"], "item": inc}]
    if fact_field == "when":
        return [{"text": inc["when"]["expression"], "item": inc["when"]}] if inc.get("when") else []
    if fact_field in ("perpetrator", "target"):
        return [{"text": a["name"], "item": a} for a in inc.get("actors", []) if a["role"] == fact_field]
    if fact_field == "where":
        return [{"text": p["name"], "item": p} for p in inc.get("where", [])]
    if fact_field == "means":
        return [{"text": m["name"], "item": m} for m in inc.get("means", [])]
    return [{"text": s["name"], "item": s} for s in data.get("sources", [])]


def found_items(data: dict, fact: GoldFact, own: str) -> list[dict]:
    name = fact.field in NAME_FIELDS
    return [x for x in slot_items(data, fact.field) if matches(x["text"][own], getattr(fact, own), own, name)]


# --- rendering accuracy --------------------------------------------------------------------------


def score_rendering(data: dict, gold: Gold, s: Any) -> None:
    """For each gold fact the summary states on the article's side, its other-language text must be an
    accepted rendering (in the item that states it, not anywhere on the page)."""
    own, other = gold.language, other_language(gold)
    right: dict[str, list[bool]] = {}
    for fact in gold.facts:
        # An item whose other side says its name is not translated is absent there, with its reason:
        # no rendering to judge (recall on the other side counts it missing).
        items = [x for x in found_items(data, fact, own) if x["text"][other] != UNRENDERED_SOURCE[other]]
        if not items:
            continue  # not stated: recall reports it
        name = fact.field in NAME_FIELDS
        good = [x for x in items if matches(x["text"][other], getattr(fact, other), other, name)]
        # An accepted name inside a romanised common noun ("Watraf Muzar Ain Ali") still misleads a reader.
        clean = [x for x in good if not (name and romanised_nouns(x["text"], gold))]
        ok = bool(clean)
        right.setdefault(fact.field, []).append(ok)
        if not ok:
            shown = [x["text"][other] for x in items][:2]
            why = "has a romanised common noun" if good else "is no accepted rendering"
            s.fail("rendering", f"{fact.id}: {shown} {why} of {fact.quote!r}", fact.field)
    for field, oks in right.items():
        s.fields.setdefault(field, {})["rendering"] = sum(oks) / len(oks)
    every = [ok for oks in right.values() for ok in oks]
    s.metrics["rendering"] = sum(every) / len(every) if every else 1.0
    s.counts["renderings_assessed"] = len(every)


# --- roles ---------------------------------------------------------------------------------------


def score_roles(data: dict, gold: Gold, s: Any) -> None:
    """Places have their gold role, sources their kind, the perpetrator is one the article names (or
    says is unknown), and no gold target is the perpetrator (nor the reverse)."""
    own, checks, right = gold.language, 0, 0
    for fact in gold.facts:
        wanted = fact.role if fact.field == "where" else fact.kind if fact.field == "sources" else []
        if not wanted:
            continue
        for x in found_items(data, fact, own):
            got = x["item"].get("role") if fact.field == "where" else x["item"].get("kind")
            checks += 1
            if got in wanted:
                right += 1
            else:
                s.fail("roles", f"{fact.id}: role {got!r}, gold {wanted}", fact.field)
    perpetrators = [f for f in gold.facts if f.field == "perpetrator"]
    for x in slot_items(data, "perpetrator") if perpetrators else []:  # who did it, as the article says
        checks += 1
        if any(matches(x["text"][own], getattr(f, own), own, True) for f in perpetrators):
            right += 1
        else:
            s.fail("roles", f"perpetrator {x['text'][own]!r} is not who the article says did it", "perpetrator")
    for role, opposite in (("perpetrator", "target"), ("target", "perpetrator")):
        gold_own = [f for f in gold.facts if f.field == role]
        for f in (f for f in gold.facts if f.field == opposite):
            for x in slot_items(data, role):
                if matches(x["text"][own], getattr(f, own), own, True) and not any(
                    matches(x["text"][own], getattr(g, own), own, True) for g in gold_own
                ):
                    checks += 1
                    s.fail("roles", f"{x['text'][own]!r} is the {opposite} in the article, listed as {role}", role)
    s.metrics["role_accuracy"] = right / checks if checks else 1.0


# --- names: romanised common nouns, added meaning ------------------------------------------------


def _named(data: dict) -> list[tuple[str, dict]]:
    inc = data["incident"]
    out = [(f"where[{i}]", p) for i, p in enumerate(inc.get("where", []))]
    out += [(f"actors[{i}]", a) for i, a in enumerate(inc.get("actors", []))]
    out += [(f"sources[{i}]", x) for i, x in enumerate(data.get("sources", []))]
    return out


def romanised_nouns(text: dict, gold: Gold) -> list[str]:
    """The gold common nouns that ``text`` ({"ar", "en"}) writes out as a name instead of its meaning."""
    own, other = gold.language, other_language(gold)
    found = []
    for noun in gold.common_nouns:
        forms, meanings = getattr(noun, own), getattr(noun, other)
        if not contains(text[own], forms) or contains(text[other], meanings):
            continue
        if (_romanised if other == "en" else _arabised)(forms, text[other]):
            found.append(f"{forms[0]!r} ({meanings[0]})")
    return found


def score_common_nouns(data: dict, gold: Gold, s: Any) -> None:
    """A common noun of the article inside a name field, rendered as a romanisation instead of its
    meaning ("Mubana Beldia" for "مبنى بلدية"): must not happen."""
    other = other_language(gold)
    count = 0
    for where, item in _named(data):
        for noun in romanised_nouns(item["name"], gold):
            count += 1
            s.fail("common_nouns", f"{noun} written as a name in {item['name'][other]!r}", where)
    s.counts["romanised_common_nouns"] = count


def _romanised(arabic_forms: list[str], english: str) -> bool:
    """Some Arabic form, romanised, shows in the English as a transliteration (skeletons agree)."""
    words = [skeleton(w) for w in english.replace("-", " ").split()]
    for form in arabic_forms:
        for part in fold(form).split():
            target = skeleton(romanize(part).replace(" ", ""))
            if len(target) >= 3 and any(len(w) >= 3 and SequenceMatcher(None, target, w).ratio() >= 0.8 for w in words):
                return True
    return False


_LATIN_TO_ARABIC = str.maketrans("bdfghjklmnqrstvwxyzcp", "بدفغهجكلمنقرستفويزكسب")


def _arabised(english_forms: list[str], arabic: str) -> bool:
    """An English form written in Arabic letters (consonant skeletons agree): "ميونسبالتي"."""
    arabic_skeleton = re.sub(r"[اويىء\s]", "", fold(arabic))
    for form in english_forms:
        target = re.sub(r"[aeiouy\W]", "", form.lower()).translate(_LATIN_TO_ARABIC)
        if len(target) >= 3 and target in arabic_skeleton:
            return True
    return False


def _licensed_words(gold: Gold, lang: str) -> str:
    """Every accepted form and the reference sentence of ``lang``, folded: what licenses a word."""
    parts = [w for f in gold.facts for w in getattr(f, lang)]
    parts += [w for n in gold.common_nouns for w in getattr(n, lang)]
    if gold.reference:
        parts.append(getattr(gold.reference, lang))
    return " " + " ".join(fold(p) for p in parts) + " "


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(fold(word))}(?![\w])", text) is not None


def score_added_meaning(data: dict, gold: Gold, article: str, s: Any) -> None:
    """Titles, nationalities and names on the other side that nothing in the article licenses
    ("American ambassador" for "مسؤول أميركي"; "Medinah" for "الميادين")."""
    own, other = gold.language, other_language(gold)
    licensed = _licensed_words(gold, other)
    words = meaning_words()
    mentioned = set(gold.countries) | _countries_named(article, own)
    count = 0
    for where, text in _other_texts(data, other):
        folded = fold(text)
        for title in words["titles"][other]:
            if _word_in(title, folded) and not _word_in(title, licensed):
                count += 1
                s.fail("added_meaning", f"title {title!r} in {text[:80]!r}", where)
        for nationality, code in words["nationalities"][other].items():
            if _word_in(nationality, folded) and code not in mentioned and not _word_in(nationality, licensed):
                count += 1
                s.fail(
                    "added_meaning", f"{nationality!r} ({code}) in {text[:80]!r}: the article names no {code}", where
                )
    if other == "en":
        for where, item in _named(data):
            for token in _unlicensed_names(item, own, licensed):
                count += 1
                s.fail("added_meaning", f"name {token!r} in {item['name']['en']!r} is in no accepted rendering", where)
    s.counts["added_meaning"] = count


def _countries_named(article: str, lang: str) -> set[str]:
    """Countries the article itself names (by a nationality or country word of its language)."""
    folded = fold(article)
    words = meaning_words()["nationalities"][lang]
    return {code for word, code in words.items() if fold(word) in folded}


def _other_texts(data: dict, other: str) -> list[tuple[str, str]]:
    out = [("headline", data["headline"][other]), ("summary", data["summary"][other])]
    out += [(where, item["name"][other]) for where, item in _named(data)]
    inc = data["incident"]
    out.append(("incident.description", inc["description"][other]))
    out += [(f"sources[{i}].claim", x["claim"][other]) for i, x in enumerate(data.get("sources", [])) if x.get("claim")]
    return out


_FUNCTION = {"the", "of", "and", "in", "al", "el", "a", "an", "for", "to", "on", "at", "by"}


def _unlicensed_names(item: dict, own: str, licensed: str) -> list[str]:
    """Capitalised words of an English name that are no accepted form, no transliteration of the
    Arabic, and not the gazetteer's name of the place."""
    if item.get("geonames_id"):
        return []
    english, arabic = item["name"]["en"], item["name"][own]
    roman = [skeleton(w) for w in romanize(arabic).replace("-", " ").split()] if own == "ar" else []
    bad = []
    for token in re.findall(r"[A-Z][A-Za-z'-]+", english):
        low = token.lower()
        if low in _FUNCTION or _word_in(token, licensed) or (low.endswith("s") and _word_in(token[:-1], licensed)):
            continue  # a plural of an accepted form ("Tuaregs") is that form
        sk = skeleton(token)
        if sk and not any(r and SequenceMatcher(None, sk, r).ratio() >= 0.6 for r in roman):
            bad.append(token)
    return bad


# --- prose consistency ---------------------------------------------------------------------------


def _figures(inc: dict) -> list[dict]:
    """The analyst's killed and injured figures and every figure reported beside them."""
    cas = inc["casualties"]
    return [cas["killed"], cas["injured"], *cas.get("reported", [])]


def score_prose(data: dict, s: Any) -> None:
    """Every number and place in the headline and summary is one the structured facts state."""
    inc = data["incident"]
    stated_numbers = {f["count"] for f in _figures(inc) if f.get("count") is not None}
    stated_numbers |= {m["count"] for m in inc.get("means", []) if m.get("count") is not None}
    structured = _structured_texts(data)
    for lang in ("ar", "en"):
        stated_numbers |= {n for t in structured[lang] for n in numbers_in(t)}
    if (when := inc.get("when")) and when.get("date"):
        stated_numbers |= {int(p) for p in when["date"].split("-")}
    if published := (data.get("metadata") or {}).get("published"):  # said when the article gives no date
        stated_numbers |= {int(p) for p in published.split("-")}
    checks = right = 0
    for part in ("headline", "summary"):
        for lang in ("ar", "en"):
            text = data[part][lang]
            for n in numbers_in(text):
                checks += 1
                if n in stated_numbers:
                    right += 1
                else:
                    s.fail("prose", f"{part}.{lang} says {n}; the structured facts do not", part)
    for part in ("headline", "summary"):  # "20 killed" in the prose, 1 in the casualties
        for kind, pattern in (
            ("killed", r"(\d[\d,]*) (?:\w+ )?(?:killed|dead|deaths)"),
            ("injured", r"(\d[\d,]*) (?:\w+ )?(?:injured|wounded)"),
        ):
            count = inc["casualties"][kind].get("count")
            # The prose may set a conflicting figure beside the analyst's, as the casualties list it.
            given = {count} | {f["count"] for f in inc["casualties"].get("reported", []) if f["kind"] == kind}
            for said in re.findall(pattern, data[part]["en"]):
                checks += 1
                if count is not None and int(said.replace(",", "")) in given:
                    right += 1
                else:
                    s.fail("prose", f"{part}.en says {said} {kind}; the casualties say {count}", part)
    for lang in ("ar", "en"):
        checks, right = _deaths_told_once(data["summary"][lang], lang, s, checks, right)
    places = [p["name"]["en"] for p in inc.get("where", [])]
    for part in ("headline", "summary"):
        for token in re.findall(r"\b(?:in|near|of) ((?:[A-Z][\w'-]+ ?){1,3})", data[part]["en"]):
            checks += 1
            if any(token.strip() in p or p in token for p in places) or _in_texts(token, structured["en"]):
                right += 1
            else:
                s.fail("prose", f"{part}.en names {token.strip()!r}, which is among no stated facts", part)
    s.metrics["prose_consistency"] = right / checks if checks else 1.0


def _deaths_told_once(summary: str, lang: str, s: Any, checks: int, right: int) -> tuple[int, int]:
    """A note tells the deaths in one sentence ("X shot and killed Y. One person was killed." says it twice;
    "لقي 8 مدنيين مصارعهم ... أسفر الحادث عن مقتل 8 أشخاص" too)."""
    words = meaning_words()["tells_deaths"]
    telling = [
        sentence
        for sentence in re.split(r"(?<=[.;؛])\s+", summary)
        if any(re.search(p, sentence) for p in words[lang]) and not any(b in sentence for b in words["beside"])
    ]
    if len(telling) < 2:
        return checks + 1, right + 1
    s.fail("prose", f"summary.{lang} tells the deaths twice: {telling[1]!r}", "summary")
    return checks + 1, right


def _structured_texts(data: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"ar": [], "en": []}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if set(node) == {"ar", "en"}:
                out["ar"].append(node["ar"])
                out["en"].append(node["en"])
                return
            for k, v in node.items():
                if k not in ("evidence", "verification", "metadata"):
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk({"incident": data["incident"], "sources": data.get("sources", [])})
    return out


def _in_texts(token: str, texts: list[str]) -> bool:
    return any(fold(token.strip()) in fold(t) for t in texts)


# --- main incident apart from background ---------------------------------------------------------


def score_background(data: dict, gold: Gold, s: Any) -> None:
    """A background event's number in the headline or the casualties, or its place among the
    incident's places, is an error (unless the main incident has the same number or place)."""
    own, inc = gold.language, data["incident"]
    main_numbers = {f.count for f in gold.figures} | {gold.killed.count, gold.injured.count, gold.means_count}
    main_places = [w for f in gold.facts if f.field == "where" for w in getattr(f, own)]
    counts = {k: inc["casualties"][k].get("count") for k in ("killed", "injured")}
    counts |= {f"reported[{i}]": f["count"] for i, f in enumerate(inc["casualties"].get("reported", []))}
    headline_numbers = {n for lang in ("ar", "en") for n in numbers_in(data["headline"][lang])}
    leaks = 0
    for event in gold.background:
        for n in set(event.numbers) - main_numbers:
            for kind, count in counts.items():
                if count == n:
                    leaks += 1
                    s.fail("background", f"{kind} count {n} belongs to: {event.what}", f"incident.casualties.{kind}")
            if n in headline_numbers:
                leaks += 1
                s.fail("background", f"headline number {n} belongs to: {event.what}", "headline")
        for place in event.places:
            if contains(place, main_places) or any(contains(m, [place]) for m in main_places):
                continue
            for p in inc.get("where", []):
                if contains(p["name"][own], [place]) or contains(place, [p["name"][own]]):
                    leaks += 1
                    s.fail("background", f"place {p['name'][own]!r} belongs to: {event.what}", "incident.where")
    s.counts["background_leaks"] = leaks


# --- geocoding -----------------------------------------------------------------------------------


def score_geocoding(data: dict, gold: Gold, s: Any) -> None:
    """Each resolved place is in its gold country (and admin area); no pin in a country the article
    is not about."""
    own, checks, right, wrong_pins = gold.language, 0, 0, 0
    places = [f for f in gold.facts if f.field == "where"]
    for i, p in enumerate(data["incident"].get("where", [])):
        code = p.get("country_code")
        if not code:
            continue
        if gold.countries and code not in gold.countries and p.get("latitude") is not None:
            wrong_pins += 1
            s.fail("geocoding", f"{p['name']['en']!r} pinned in {code}, not a country of the article", f"where[{i}]")
        for fact in places:
            if not matches(p["name"][own], getattr(fact, own), own, True) or not fact.country:
                continue
            checks += 1
            admin = (p.get("admin1") or {}).get("en")
            if code != fact.country:
                s.fail("geocoding", f"{fact.id}: country {code}, gold {fact.country}", f"where[{i}]")
            elif admin and fact.admin1 and not any(contains(admin, [a]) or contains(a, [admin]) for a in fact.admin1):
                s.fail("geocoding", f"{fact.id}: admin area {admin!r}, gold {fact.admin1}", f"where[{i}]")
            else:
                right += 1
            break
    s.metrics["geocoding"] = right / checks if checks else 1.0
    s.counts["wrong_country_pins"] = wrong_pins


# --- sources -------------------------------------------------------------------------------------


_CLAUSE_MARKS = frozenset([*CLAUSE_WORDS, *SPEECH_VERBS, *COMPLEMENTIZERS])


def _a_clause(name: str) -> bool:
    words = [fold(w.strip(".,;:!?\"'“”«»")) for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return False
    return words[0] in FRAGMENT_STARTS or any(w in _CLAUSE_MARKS for w in words) or len(words) >= 8


def score_sources(data: dict, gold: Gold, s: Any) -> None:
    """Each source that is a gold source has its kind; a source that is no gold source and reads like
    a clause (a verb, a complementizer or a clause's first word among its words, or eight words and
    more) is a quote fragment taken for a name; a long name of a body ("the NYE Terrigal Fireworks
    Festival") is none."""
    own = gold.language
    gold_sources = [f for f in gold.facts if f.field == "sources"]
    checks = right = fragments = 0
    for i, src in enumerate(data.get("sources", [])):
        name = src["name"][own]
        hits = [f for f in gold_sources if matches(name, getattr(f, own), own, True)]
        if not hits:
            if _a_clause(name):
                fragments += 1
                s.fail("sources", f"{name!r} is a quote fragment, not a source", f"sources[{i}]")
            continue
        kinds = {k for f in hits for k in f.kind}
        if kinds:
            checks += 1
            if src["kind"] in kinds:
                right += 1
            else:
                s.fail("sources", f"{name!r} is {src['kind']}, gold {sorted(kinds)}", f"sources[{i}]")
    s.metrics["source_kind"] = right / checks if checks else 1.0
    s.counts["quote_fragment_sources"] = fragments


# --- the note a reader reads first -------------------------------------------------------------------


NOTE_FIELDS = ("perpetrator", "target")


def score_note(data: dict, gold: Gold, s: Any) -> None:
    """The other side's summary names who was attacked, who attacked and the site, as the gold gives them:
    recall credits the structured slots, so a note that says only "An attack took place in X." scored as
    well as one that tells the incident; this reads the prose a reader who cannot read the article reads."""
    other = other_language(gold)
    summary = data["summary"][other]
    oks = []
    for fact in gold.facts:
        site = fact.field == "where" and "site" in fact.role
        if not (fact.field in NOTE_FIELDS or site) or (fact.field == "perpetrator" and "perpetrator" in gold.unknown):
            continue
        ok = matches(summary, getattr(fact, other), other, True)
        oks.append(ok)
        if not ok:
            s.fail("note", f"{fact.id}: the {other} summary does not say {fact.quote!r}", fact.field)
    s.metrics["note_other"] = sum(oks) / len(oks) if oks else 1.0


def score_reader(data: dict, gold: Gold, article: str, s: Any) -> None:
    score_rendering(data, gold, s)
    score_note(data, gold, s)
    score_roles(data, gold, s)
    score_common_nouns(data, gold, s)
    score_added_meaning(data, gold, article, s)
    score_prose(data, s)
    score_background(data, gold, s)
    score_geocoding(data, gold, s)
    score_sources(data, gold, s)
