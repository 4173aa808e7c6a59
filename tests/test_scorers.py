"""The scorers themselves: a perfect summary scores 100%, and each corruption is caught with its reason."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from summarizer.evals.gold import case_ids, gold_schema, load, perfect_summary
from summarizer.evals.runner import GATED
from summarizer.evals.scorers import score

ROOT = Path(__file__).resolve().parent.parent
PERFECT_METRICS = GATED  # a perfect summary scores 1.0 on every gated metric


def test_six_cases_with_byte_identical_articles():
    assert case_ids() == [
        "deir-ez-zor-drone-strike",
        "golan-drone-intercept",
        "herat-taliban-base-attack",
        "homs-tiyas-missile-strike",
        "marib-rocket-market",
        "mogadishu-car-bomb",
    ]
    shared = ROOT.parent / "shared" / "articles"
    if shared.is_dir():
        for case in case_ids():
            assert (ROOT / "evals/fixtures" / case / "article.txt").read_bytes() == (
                shared / f"{case}.txt"
            ).read_bytes()


@pytest.mark.parametrize("case", case_ids())
def test_gold_validates_against_its_schema(case):
    import yaml

    data = yaml.safe_load((ROOT / "evals/fixtures" / case / "gold.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(data, gold_schema())
    committed = json.loads((ROOT / "evals" / "gold.schema.json").read_text(encoding="utf-8"))
    assert committed == gold_schema()


@pytest.mark.parametrize("case", case_ids())
def test_perfect_summary_scores_100(case):
    gold, article = load(case)
    s = score(perfect_summary(gold, article), gold, article)
    assert s.failures == []
    for metric in PERFECT_METRICS:
        assert s.metrics[metric] == 1.0, metric
    assert s.counts["unsupported"] == 0


def corrupt(case: str, change) -> tuple[dict, list[dict]]:
    gold, article = load(case)
    data = copy.deepcopy(perfect_summary(gold, article))
    change(data, article)
    s = score(data, gold, article)
    return s.metrics, s.failures


def reasons(failures: list[dict], scorer: str) -> str:
    return " | ".join(f["reason"] for f in failures if f["scorer"] == scorer)


def test_invented_death_toll():
    def change(d, article):
        d["incident"]["casualties"]["killed"] = {
            "count": 12,
            "qualifier": "exact",
            "text": None,
            "evidence": d["incident"]["evidence"],
        }

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert m["numbers"] < 1 and "killed: got 12" in reasons(f, "numbers")
    assert m["unknowns"] < 1 and "killed is unknown" in reasons(f, "unknowns")


def test_named_perpetrator_where_article_says_unknown():
    def change(d, article):
        d["incident"]["actors"][0].update(identified=True, name={"ar": "إسرائيل", "en": "Israel"})

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert "perpetrator is unknown" in reasons(f, "unknowns")
    assert "named perpetrator" in reasons(f, "unsupported") and m["no_unsupported"] == 0


def test_wrong_region():
    def change(d, article):
        d["incident"]["where"][0]["name"] = {"ar": "شمال سورية", "en": "northern Syria"}

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert "northern Syria" in reasons(f, "unsupported")
    assert "missing where fact 'ashara'" in reasons(f, "recall_en") and m["recall_en"] < 1


def test_dropped_quoted_source():
    m, f = corrupt("deir-ez-zor-drone-strike", lambda d, a: d["sources"].pop(0))
    assert m["recall_ar"] < 1 and "missing sources fact 'sari'" in reasons(f, "recall_ar")


def test_english_text_in_arabic_field():
    def change(d, article):
        d["incident"]["description"]["ar"] = "Four drones struck a camp"

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert m["schema_valid"] == 0 and m["script_purity"] < 1
    assert "Latin-script" in reasons(f, "script_purity")


def test_quote_not_in_article():
    def change(d, article):
        d["sources"][0]["evidence"][0]["quote"] = "أمجد السامري"

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert m["evidence_exact"] < 1 and "أمجد السامري" in reasons(f, "evidence_exact")


def test_offsets_shifted_by_one():
    def change(d, article):
        ev = d["incident"]["evidence"][0]
        ev["start"] += 1
        ev["end"] += 1

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert m["evidence_exact"] < 1 and reasons(f, "evidence_exact")


def test_two_numbers_swapped():
    def change(d, article):
        cas = d["incident"]["casualties"]
        cas["killed"]["count"], cas["injured"]["count"] = cas["injured"]["count"], cas["killed"]["count"]

    m, f = corrupt("marib-rocket-market", change)
    r = reasons(f, "numbers")
    assert m["numbers"] == 0 and "killed: got 18" in r and "injured: got 5" in r


def test_background_event_presented_as_main():
    def change(d, article):
        d["incident"]["description"] = {
            "ar": "أطلقت، مساء أمس الإثنين، صاروخين من حقل العمر النفطي",
            "en": "The coalition base fired two rockets from the al-Omar oil field",
        }

    m, f = corrupt("deir-ez-zor-drone-strike", change)
    assert "al-Omar" in reasons(f, "unsupported") and m["no_unsupported"] == 0


def run_eval(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SUMMARIZER_BASE_URL": "http://127.0.0.1:9/v1", "SUMMARIZER_MODEL": "must-not-be-called"}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "eval", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_eval_scores_saved_predictions_and_gates_on_baseline(tmp_path):
    preds = tmp_path / "preds"
    preds.mkdir()
    for case in case_ids():
        gold, article = load(case)
        (preds / f"{case}.json").write_text(json.dumps(perfect_summary(gold, article), ensure_ascii=False))
    baseline = tmp_path / "baseline.json"
    report = tmp_path / "report.json"
    proc = run_eval("--predictions", str(preds), "--baseline", str(baseline), "--update-baseline")
    assert proc.returncode == 0, proc.stderr
    proc = run_eval("--predictions", str(preds), "--baseline", str(baseline), "--report", str(report))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(report.read_text())["aggregate"]["recall_en"] == 1.0
    assert "## deir-ez-zor-drone-strike" in report.with_suffix(".md").read_text()
    # One corrupted case drops recall below the perfect baseline: the gate fails with exit 3.
    bad = json.loads((preds / "marib-rocket-market.json").read_text())
    bad["incident"]["where"] = []
    bad["sources"] = []
    (preds / "marib-rocket-market.json").write_text(json.dumps(bad, ensure_ascii=False))
    proc = run_eval("--predictions", str(preds), "--baseline", str(baseline))
    assert proc.returncode == 3 and "below baseline" in proc.stderr


def test_eval_rejects_unknown_case():
    proc = run_eval("--cases", "no-such-case", "--predictions", "/nonexistent")
    assert proc.returncode == 2 and "unknown case" in proc.stderr
