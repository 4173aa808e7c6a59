from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

SOURCE_ARTICLE = ROOT / "evals" / "fixtures" / "deir-ez-zor-drone-strike" / "article.txt"


@pytest.fixture(scope="session")
def article_text() -> str:
    return SOURCE_ARTICLE.read_text(encoding="utf-8")
