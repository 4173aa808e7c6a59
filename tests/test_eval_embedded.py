"""The eval suite on the embedded default, gated on the committed baseline (slow on a fresh machine:
30 articles x about 50 s; seconds when the response cache is warm)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.embedded


def test_eval_all_cases_meets_baseline(tmp_path):
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "eval", "--report", str(report)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=3000,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    assert len(data["cases"]) == 30 and data["aggregate"]["errors"] == 0
    assert set(data["by_language"]) == {"ar", "en", "all"}
    assert data["aggregate"]["schema_valid"] == 1.0 and data["aggregate"]["evidence_exact"] == 1.0
