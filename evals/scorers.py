"""Deterministic scorers: no model needed. Each failure carries a reason a person can read."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from pydantic import ValidationError
from summarizer.evals.gold import NOT_ACLED, Gold, GoldFact
from summarizer.evals.reader import score_reader

from summarizer.lang.lexicon import LEXICON
from summarizer.lang.text import bare, fold
from summarizer.schema import IncidentSummary
from summarizer.schema.scripts import script_problem
from summarizer.verify.entities import skeleton
from summarizer.verify.grounding import Article
from summarizer.verify.numbers import numbers_in
from summarizer.verify.romanize import romanize


@dataclass
class Score:
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    fields: dict[str, dict[str, float]] = field(default_factory=dict)  # per-field recall by language

    def fail(self, scorer: str, reason: str, where: str = "") -> None:
        self.failures.append({"scorer": scorer, "where": where, "reason": reason})


def _texts(node: Any, lang: str) -> list[str]:
    """Every text of one language under ``node`` (Bilingual objects), plus plain strings for 'ar' spans."""
    out: list[str] = []
    if isinstance(node, dict):
        if set(node) == {"ar", "en"}:
            return [node[lang]]
        for key, value in node.items():
            if key not in ("evidence", "verification", "metadata"):
                out += _texts(value, lang)
    elif isinstance(node, list):
        for item in node:
            out += _texts(item, lang)
    return out


def _section(data: dict, fact_field: str) -> Any:
    inc = data["incident"]
    return {
        "event": [inc["description"], data["headline"], data["summary"]],
        "when": inc.get("when"),
        "where": inc.get("where", []),
        "perpetrator": [a for a in inc.get("actors", []) if a["role"] == "perpetrator"],
        "target": [a for a in inc.get("actors", []) if a["role"] == "target"],
        "means": inc.get("means", []),
        "sources": data.get("sources", []),
    }[fact_field]


def _matches(texts: list[str], alternatives: list[str], names: bool = False) -> bool:
    """Substring match after folding; for names also a transliteration match (consonant skeletons
    of a capitalised alternative against any window of as many words: "Hawlawadagh" ~ "Hawlwadag")."""
    folded = [fold(t) for t in texts]
    if any(fold(alt) in t for alt in alternatives for t in folded):
        return True
    if not names:
        return False
    for alt in alternatives:
        if not alt[:1].isupper():
            continue
        width, target = len(alt.split()), skeleton(alt.replace(" ", ""))
        for text in texts:
            words = text.replace("-", " ").split()
            for i in range(len(words)):
                window = skeleton("".join(words[i : i + width]))
                if len(target) >= 4 and window and SequenceMatcher(None, target, window).ratio() >= 0.8:
                    return True
    return False


NAME_FIELDS = ("where", "perpetrator", "sources")


def _items(data: dict, fact_field: str) -> list[dict]:
    section = _section(data, fact_field)
    return section if isinstance(section, list) and fact_field not in ("event",) else []


def score_recall_precision(data: dict, gold: Gold, s: Score) -> None:
    for lang in ("ar", "en"):
        found = 0
        by_field: dict[str, list[int]] = {}
        for fact in gold.facts:
            ok = _matches(_texts(_section(data, fact.field), lang), getattr(fact, lang), fact.field in NAME_FIELDS)
            found += ok
            by_field.setdefault(fact.field, []).append(ok)
            if not ok:
                s.fail(
                    f"recall_{lang}",
                    f"missing {fact.field} fact {fact.id!r} (accepted: {getattr(fact, lang)[:3]})",
                    fact.field,
                )
        s.metrics[f"recall_{lang}"] = found / len(gold.facts) if gold.facts else 1.0
        for name, hits in by_field.items():
            s.fields.setdefault(name, {})[f"recall_{lang}"] = sum(hits) / len(hits)
        # Precision over listed items: each stated place/actor/means/source should match some gold fact.
        stated = matched = 0
        for fact_field in ("where", "perpetrator", "target", "means", "sources"):
            gold_facts: list[GoldFact] = [f for f in gold.facts if f.field == fact_field]
            for item in _items(data, fact_field):
                stated += 1
                if any(_matches(_texts(item, lang), getattr(f, lang), fact_field in NAME_FIELDS) for f in gold_facts):
                    matched += 1
                else:
                    s.fail(
                        f"precision_{lang}",
                        f"{fact_field} item {_texts(item, lang)[:1]} matches no gold fact",
                        fact_field,
                    )
        s.metrics[f"precision_{lang}"] = matched / stated if stated else 1.0


def score_evidence(data: dict, article: str, s: Score) -> None:
    total = exact = 0

    def walk(node: Any, path: str) -> None:
        nonlocal total, exact
        if isinstance(node, dict):
            for ev in node.get("evidence", []) if isinstance(node.get("evidence"), list) else []:
                total += 1
                if article[ev["start"] : ev["end"]] == ev["quote"]:
                    exact += 1
                else:
                    s.fail("evidence_exact", f"article[{ev['start']}:{ev['end']}] != {ev['quote'][:40]!r}", path)
            for k, v in node.items():
                if k != "evidence":
                    walk(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(data, "")
    s.metrics["evidence_exact"] = exact / total if total else 0.0
    s.counts["evidence"] = total


def score_numbers(data: dict, gold: Gold, s: Score) -> None:
    cas = data["incident"]["casualties"]
    checks = 0
    right = 0
    for kind in ("killed", "injured"):
        want = getattr(gold, kind)
        got = cas[kind]
        checks += 1
        same_count = got["count"] == want.count
        qualifier_ok = got["qualifier"] == want.qualifier or (
            want.qualifier == "exact" and got["qualifier"] == "at_least" and same_count
        )
        if same_count and qualifier_ok:
            right += 1
        else:
            s.fail(
                "numbers",
                f"{kind}: got {got['count']} ({got['qualifier']}), gold {want.count} ({want.qualifier})",
                f"incident.casualties.{kind}",
            )
    if gold.means_count is not None:
        checks += 1
        counts = [m["count"] for m in data["incident"].get("means", []) if m.get("count") is not None]
        if gold.means_count in counts:
            right += 1
        else:
            s.fail("numbers", f"means count: got {counts}, gold {gold.means_count}", "incident.means")
    s.metrics["numbers"] = right / checks


def score_unsupported(data: dict, gold: Gold, article: str, s: Score) -> None:
    """Forbidden claims (in what the summary says of the incident), numbers absent from the article
    (anywhere), Arabic names absent from the article."""
    hits = 0
    incident = {lang: _texts({k: data[k] for k in ("headline", "summary", "incident")}, lang) for lang in ("ar", "en")}
    stated = {
        lang: _texts({k: data[k] for k in ("headline", "summary", "incident", "sources")}, lang)
        for lang in ("ar", "en")
    }
    for claim in gold.forbidden:
        for lang in ("ar", "en"):
            for alt in getattr(claim, lang):
                if any(fold(alt) in fold(t) for t in incident[lang]):
                    hits += 1
                    s.fail("unsupported", f"forbidden claim ({claim.claim}): {alt!r} in {lang}", lang)
                    break
    # A count the article gives in words only ("قُتلت الناشطة" is one, "جريحين" two) is supported
    # when the gold's reader took it from the article.
    article_numbers = set(numbers_in(article)) | {f.count for f in gold.figures if f.count is not None}
    article_numbers |= {c.count for c in (gold.killed, gold.injured) if c.count is not None}
    for lang in ("ar", "en"):
        for text in stated[lang]:
            for n in numbers_in(text):
                if n not in article_numbers and not _is_date_part(n, data):
                    hits += 1
                    s.fail("unsupported", f"number {n} is not in the article ({lang}: {text[:60]!r})", lang)
    if gold.language == "ar":
        for item in _all_named(data):
            ar = item["ar"]
            if not Article(article).contains(ar) and not any(_matches([ar], f.ar) for f in gold.facts):
                hits += 1
                s.fail("unsupported", f"Arabic name {ar!r} is not in the article", "names")
    s.counts["unsupported"] = hits
    s.metrics["no_unsupported"] = 1.0 if hits == 0 else 0.0


def _is_date_part(n: int, data: dict) -> bool:
    """A part of the incident's resolved date or of the publication date (a stated input, which the
    summary gives when the article gives no date)."""
    dates = [(data["incident"].get("when") or {}).get("date"), (data.get("metadata") or {}).get("published")]
    return any(n in {int(part) for part in d.split("-")} for d in dates if d)


def _all_named(data: dict) -> list[dict]:
    inc = data["incident"]
    return (
        [p["name"] for p in inc.get("where", [])]
        + [a["name"] for a in inc.get("actors", [])]
        + [src["name"] for src in data.get("sources", [])]
    )


def score_unknowns(data: dict, gold: Gold, s: Score) -> None:
    inc = data["incident"]
    right = 0
    for item in gold.unknown:
        if item == "perpetrator":
            ok = not [a for a in inc.get("actors", []) if a["role"] == "perpetrator" and a["identified"]]
        elif item in ("killed", "injured"):
            ok = inc["casualties"][item]["count"] is None
        else:  # date: no date without --published
            ok = not (inc.get("when") or {}).get("date") or bool(data["metadata"].get("published"))
        right += ok
        if not ok:
            s.fail("unknowns", f"{item} is unknown in the article but the summary states it", item)
    s.metrics["unknowns"] = right / len(gold.unknown) if gold.unknown else 1.0


def score_scripts_and_parity(data: dict, s: Score) -> None:
    pairs = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            if set(node) == {"ar", "en"}:
                pairs.append((path, node))
                return
            for k, v in node.items():
                if k not in ("verification", "metadata"):
                    walk(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")

    walk(data, "")
    pure = parity = 0
    for path, pair in pairs:
        problems = [p for lang in ("ar", "en") if (p := script_problem(pair[lang], lang))]
        if problems:
            s.fail("script_purity", "; ".join(problems), path)
        else:
            pure += 1
        if sorted(numbers_in(pair["ar"])) == sorted(numbers_in(pair["en"])):
            parity += 1
        else:
            s.fail("parity", f"numbers differ: ar {numbers_in(pair['ar'])} vs en {numbers_in(pair['en'])}", path)
    s.metrics["script_purity"] = pure / len(pairs) if pairs else 0.0
    s.metrics["parity"] = parity / len(pairs) if pairs else 0.0
    s.counts["bilingual_texts"] = len(pairs)


def names_consistent(ar: str, en: str) -> bool:
    """A transliteration check: consonant skeletons of the romanised Arabic and the English agree."""
    a, e = skeleton(romanize(ar).replace(" ", "")), skeleton(en.replace(" ", ""))
    return bool(a and e) and SequenceMatcher(None, a, e).ratio() >= 0.5


def is_description(arabic: str) -> bool:
    """Whether the phrase holds a common noun or adjective of the lexicon (clitics and article aside)."""
    for word in fold(arabic).split():
        for form in {word, bare(word)}:
            if any(sense.pos in ("noun", "adj") and sense.kind != "nationality" for sense in LEXICON.get(form, ())):
                return True
    return False


def score_names(data: dict, gold: Gold, s: Score) -> None:
    """Place and person names read as transliterations of the Arabic, unless they are the gazetteer's
    name or an accepted rendering in the gold ("Eastern Ghouta" for "الغوطة الشرقية")."""
    inc = data["incident"]
    accepted = [f for f in gold.facts if f.field in ("where", "sources")]
    named = [(f"where[{i}]", p["name"], p.get("geonames_id")) for i, p in enumerate(inc.get("where", []))]
    named += [
        (f"sources[{i}]", x["name"], None) for i, x in enumerate(data.get("sources", [])) if x["kind"] == "person"
    ]
    # A description made of common words ("سوق مزدحم", "متحدث عسكري") is translated, not transliterated:
    # the rendering, common-noun and added-meaning scorers judge it; this one judges names.
    named = [(where, name, gid) for where, name, gid in named if gid or not is_description(name["ar"])]
    ok = 0
    for where, name, geonames_id in named:
        licensed = any(_matches([name["ar"]], f.ar) and _matches([name["en"]], f.en, True) for f in accepted)
        if geonames_id or licensed or names_consistent(name["ar"], name["en"]):
            ok += 1
        else:
            s.fail("names", f"{name['en']!r} does not read as a transliteration of {name['ar']!r}", where)
    s.metrics["name_consistency"] = ok / len(named) if named else 1.0


def score_classification(data: dict, gold: Gold, s: Score) -> None:
    c = data["incident"]["classification"]
    ok = c["acled_event_type"] in gold.acled_event_type and c["acled_sub_event_type"] in gold.acled_sub_event_type
    # Until the schema can say "not an ACLED event", ACLED's catch-all class is how it is stated.
    ok = ok or (
        NOT_ACLED in gold.acled_event_type
        and (c["acled_event_type"], c["acled_sub_event_type"]) == ("Strategic developments", "Other")
    )
    if not ok:
        s.fail(
            "classification",
            f"{c['acled_event_type']} > {c['acled_sub_event_type']}, gold "
            f"{gold.acled_event_type} > {gold.acled_sub_event_type}",
            "incident.classification",
        )
    s.metrics["classification"] = float(ok)


def score(prediction: dict | str, gold: Gold, article: str) -> Score:
    """Score one summary (parsed JSON or text) against its gold and article."""
    s = Score()
    data = json.loads(prediction) if isinstance(prediction, str) else prediction
    try:
        IncidentSummary.model_validate(data)
        s.metrics["schema_valid"] = 1.0
    except ValidationError as exc:
        s.metrics["schema_valid"] = 0.0
        for err in exc.errors()[:5]:
            s.fail("schema_valid", err["msg"], ".".join(str(p) for p in err["loc"]))
    try:
        score_evidence(data, article, s)
        score_recall_precision(data, gold, s)
        score_numbers(data, gold, s)
        score_unsupported(data, gold, article, s)
        score_unknowns(data, gold, s)
        score_scripts_and_parity(data, s)
        score_names(data, gold, s)
        score_classification(data, gold, s)
        score_reader(data, gold, article, s)
    except (KeyError, TypeError, AttributeError) as exc:
        s.fail("schema_valid", f"summary structure unreadable: {type(exc).__name__}: {exc}")
    return s
