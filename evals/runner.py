"""``summarizer eval``: run or load summaries for each case, score them, report, gate on the baseline."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from summarizer.evals.gold import FIXTURES, case_ids, load
from summarizer.evals.scorers import score

BASELINE = Path(__file__).resolve().parent / "baseline.json"
EXIT_REGRESSION = 3
GATED = (
    "schema_valid",
    "evidence_exact",
    "recall_ar",
    "recall_en",
    "precision_ar",
    "precision_en",
    "numbers",
    "no_unsupported",
    "unknowns",
    "script_purity",
    "parity",
    "name_consistency",
    "classification",
)
DEFAULT_TOLERANCE = 0.05


def _predict(case: str, article: str, args: argparse.Namespace) -> dict:
    from summarizer.api import summarize
    from summarizer.transport import resolve_backend
    from summarizer.transport.weights import cache_dir

    cache = None if args.no_cache else str(cache_dir() / "eval-responses")
    backend = resolve_backend(args.base_url, args.model, args.api_key, cache_dir=cache)
    return summarize(article, backend=backend).model_dump(mode="json")


def run_case(case: str, args: argparse.Namespace) -> dict[str, Any]:
    gold, article = load(case)
    started = time.perf_counter()
    if args.predictions:
        path = Path(args.predictions) / f"{case}.json"
        if not path.is_file():
            return {"case": case, "error": f"no prediction file {path}", "metrics": {}, "failures": []}
        prediction = json.loads(path.read_text(encoding="utf-8"))
    else:
        try:
            prediction = _predict(case, article, args)
        except Exception as exc:  # one failing case is a result, not a crash
            return {"case": case, "error": f"{type(exc).__name__}: {exc}"[:500], "metrics": {}, "failures": []}
    s = score(prediction, gold, article)
    meta = prediction.get("metadata", {}) if isinstance(prediction, dict) else {}
    return {
        "case": case,
        "metrics": s.metrics,
        "counts": s.counts,
        "fields": s.fields,
        "failures": s.failures,
        "cost": {
            "calls": meta.get("attempts"),
            "cached": sum(st.get("cached", 0) for st in meta.get("stages", [])),
            "tokens_in": meta.get("tokens_in"),
            "tokens_out": meta.get("tokens_out"),
            "model_latency_s": meta.get("latency_s"),
            "wall_s": round(time.perf_counter() - started, 2),
        },
    }


def aggregate(results: list[dict]) -> dict[str, float]:
    agg: dict[str, float] = {}
    for name in GATED:
        values = [r["metrics"].get(name, 0.0) for r in results]
        agg[name] = round(sum(values) / len(values), 4) if values else 0.0
    agg["unsupported_claims"] = sum(r.get("counts", {}).get("unsupported", 0) for r in results)
    agg["errors"] = sum(1 for r in results if r.get("error"))
    return agg


def _table(results: list[dict], agg: dict[str, float]) -> str:
    cols = [
        "recall_ar",
        "recall_en",
        "precision_ar",
        "precision_en",
        "numbers",
        "unknowns",
        "evidence_exact",
        "script_purity",
        "parity",
        "name_consistency",
        "classification",
    ]
    head = "| case | " + " | ".join(cols) + " | unsupported | s/article | tokens in/out |"
    lines = [head, "|" + "---|" * (len(cols) + 4)]
    for r in results:
        if r.get("error"):
            lines.append(f"| {r['case']} | error: {r['error'][:80]} |")
            continue
        m, c = r["metrics"], r["cost"]
        lines.append(
            f"| {r['case']} | "
            + " | ".join(f"{m.get(k, 0):.2f}" for k in cols)
            + f" | {r['counts'].get('unsupported', 0)} | {c['model_latency_s'] or 0:.0f}"
            + f" | {c['tokens_in'] or 0}/{c['tokens_out'] or 0} |"
        )
    lines.append(
        "| **all** | " + " | ".join(f"**{agg[k]:.2f}**" for k in cols) + f" | **{agg['unsupported_claims']}** | | |"
    )
    return "\n".join(lines)


def _field_table(results: list[dict]) -> str:
    fields: dict[str, dict[str, list[float]]] = {}
    for r in results:
        for name, vals in r.get("fields", {}).items():
            for k, v in vals.items():
                fields.setdefault(name, {}).setdefault(k, []).append(v)
    lines = ["| field | recall_ar | recall_en |", "|---|---|---|"]
    for name, vals in fields.items():
        ar, en = vals.get("recall_ar", [0]), vals.get("recall_en", [0])
        lines.append(f"| {name} | {sum(ar) / len(ar):.2f} | {sum(en) / len(en):.2f} |")
    return "\n".join(lines)


def gate(agg: dict[str, float], baseline: dict) -> list[str]:
    """Metrics that fell below the baseline by more than their tolerance."""
    regressions = []
    tolerance = baseline.get("tolerance", {})
    for name, base in baseline.get("metrics", {}).items():
        if name in ("unsupported_claims", "errors"):
            if agg.get(name, 0) > base + tolerance.get(name, 0):
                regressions.append(f"{name}: {agg.get(name)} > baseline {base}")
        elif agg.get(name, 0.0) < base - tolerance.get(name, DEFAULT_TOLERANCE):
            regressions.append(f"{name}: {agg.get(name, 0.0):.3f} < baseline {base:.3f} - tolerance")
    return regressions


def markdown_report(results: list[dict], agg: dict[str, float], regressions: list[str]) -> str:
    out = ["# Eval report", "", _table(results, agg), "", "## Recall per field", "", _field_table(results), ""]
    out += ["## Baseline gate", "", "\n".join(f"- {r}" for r in regressions) or "No regression.", ""]
    for r in results:
        out += [f"## {r['case']}", ""]
        if r.get("error"):
            out += [f"Error: {r['error']}", ""]
            continue
        c = r["cost"]
        out.append(
            f"Cost: {c['calls']} calls ({c['cached']} cached), {c['tokens_in']} tokens in, "
            f"{c['tokens_out']} out, {c['model_latency_s']} s model time."
        )
        out.append("")
        out += [f"- **{f['scorer']}** `{f['where']}`: {f['reason']}" for f in r["failures"]] or ["All checks passed."]
        out.append("")
    return "\n".join(out)


def main(args: argparse.Namespace) -> int:
    cases = args.cases.split(",") if args.cases else case_ids()
    unknown = [c for c in cases if not (FIXTURES / c / "gold.yaml").is_file()]
    if unknown:
        print(f"summarizer: unknown case(s): {', '.join(unknown)}; known: {', '.join(case_ids())}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    results = []
    for case in cases:
        result = run_case(case, args)
        results.append(result)
        status = result.get("error") or ", ".join(
            f"{k} {v:.2f}" for k, v in result["metrics"].items() if k in ("recall_ar", "recall_en", "no_unsupported")
        )
        print(f"[{len(results)}/{len(cases)}] {case}: {status}", file=sys.stderr, flush=True)
    agg = aggregate(results)
    baseline_path = Path(args.baseline) if args.baseline else BASELINE
    baseline = json.loads(baseline_path.read_text(encoding="utf-8")) if baseline_path.is_file() else {}
    # The baseline aggregates all cases: a subset (--cases) is reported, not gated.
    regressions = gate(agg, baseline) if baseline and not args.update_baseline and not args.cases else []
    print(_table(results, agg))
    print()
    print(_field_table(results))
    wall = round(time.perf_counter() - started, 1)
    print(f"\n{len(cases)} case(s) in {wall} s")
    if args.report:
        report = {"aggregate": agg, "cases": results, "wall_s": wall, "regressions": regressions}
        Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        Path(args.report).with_suffix(".md").write_text(markdown_report(results, agg, regressions), encoding="utf-8")
    if args.update_baseline:
        if args.cases:
            print("summarizer: --update-baseline needs all cases (drop --cases)", file=sys.stderr)
            return 2
        tol = baseline.get("tolerance", {name: DEFAULT_TOLERANCE for name in GATED} | {"unsupported_claims": 0})
        baseline_path.write_text(json.dumps({"metrics": agg, "tolerance": tol}, indent=2) + "\n", encoding="utf-8")
        print(f"baseline written to {baseline_path}", file=sys.stderr)
        return 0
    if regressions:
        print("summarizer: below baseline: " + "; ".join(regressions), file=sys.stderr)
        return EXIT_REGRESSION
    return 0
