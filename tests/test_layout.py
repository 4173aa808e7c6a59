"""The house rules: import contracts (import-linter), language data only in ``summarizer/lang``, one
error base, atomic writes, a light CLI, and a wheel that installs nothing outside ``summarizer/``."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import summarizer
from summarizer import errors
from summarizer.atomic import atomic_open, atomic_write

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


@pytest.fixture
def installed_tree(tmp_path: Path) -> Path:
    """The package as a wheel lays it out (``evals/`` and ``prompts/`` inside it), for import-linter,
    which reads modules from the package's folder on disk."""
    shutil.copytree(ROOT / "summarizer", tmp_path / "summarizer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "evals", tmp_path / "summarizer" / "evals", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "prompts", tmp_path / "summarizer" / "prompts")
    return tmp_path


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_contracts_hold(installed_tree: Path) -> None:
    result = lint_imports(installed_tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken", result.stdout), result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("verify/numbers.py", "import openai", "Language data and rules never reach a model client"),
        ("lang/text.py", "import summarizer.transport.client", "Language data and rules never reach a model client"),
        ("schema/models.py", "import summarizer.lang.text", "The schema imports nothing else of ours"),
        ("transport/cache.py", "import summarizer.schema", "Transport knows no summary schema"),
        ("stages/run.py", "import summarizer.api", "Layers: interface > pipeline"),
        ("batch.py", "import summarizer.evals.runner", "Only the CLI's eval command imports the eval suite"),
    ],
)
def test_import_contracts_catch_a_broken_rule(installed_tree: Path, module: str, line: str, contract: str) -> None:
    path = installed_tree / "summarizer" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = lint_imports(installed_tree)
    assert result.returncode != 0
    broken = [block for block in result.stdout.split("\n\n") if contract in block and "BROKEN" in block]
    assert broken, result.stdout


def _literals(path: Path) -> list[tuple[int, str]]:
    """String constants of a module, docstrings excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and ast.get_docstring(node, clean=False) is not None
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_arabic_words_outside_lang() -> None:
    """Language knowledge lives in summarizer/lang (data files, and letters named in lang/text.py)."""
    arabic = re.compile(r"[\u0621-\u064A]")
    found = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in sorted((ROOT / "summarizer").rglob("*.py"))
        if "lang" not in path.relative_to(ROOT / "summarizer").parts
        for line, value in _literals(path)
        if arabic.search(value)
    ]
    assert not found, "\n".join(found)


def test_lexicon_entries_are_complete() -> None:
    from summarizer.lang import lexicon

    kinds = {"weapon", "attack", "force", "people", "target", "casualty", "unknown", "armed_group", "outlet"}
    for term in lexicon.GLOSSARY.values():
        assert term.en and term.kind in kinds, term
    assert lexicon.WEAPONS and lexicon.NAMED_ACTORS and lexicon.TARGET_STEMS
    # Folded at load: a data file's "مستشفى" is found in folded text as "مستشفي".
    assert "مستشفي" in lexicon.GLOSSARY and "اسراييل" in lexicon.ENTITIES["israel"]


def test_errors_share_one_base() -> None:
    for name in (
        "InputError",
        "ConfigurationError",
        "TransportError",
        "ModelOutputError",
        "WeightsError",
        "BatchFileError",
    ):
        error = getattr(summarizer, name)
        assert issubclass(error, summarizer.SummarizerError)
    assert issubclass(errors.InputError, ValueError) and issubclass(errors.TransportError, RuntimeError)


def test_cli_starts_without_the_model_clients() -> None:
    code = "import sys, summarizer.cli; print(sorted(m for m in ('openai', 'instructor') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
    version = subprocess.run(
        [sys.executable, "-m", "summarizer", "--version"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert version.stdout.strip() == f"summarizer {summarizer.__version__}"


def test_atomic_write_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    atomic_write(target, "old\n")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half a li")
        raise RuntimeError("killed mid-write")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left
    atomic_write(target, b"new\n")
    assert target.read_bytes() == b"new\n"


def test_wheel_installs_only_under_summarizer(tmp_path: Path) -> None:
    """No top-level ``evals`` (it would merge with OpenAI's evals package); data and templates inside."""
    source = tmp_path / "source"  # a clean copy: a stale build/ folder could leak old files into the wheel
    skip = shutil.ignore_patterns("__pycache__", "build", "*.egg-info", ".venv")
    for name in ("summarizer", "evals", "prompts"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = tmp_path.glob("incident_summarizer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"summarizer", f"incident_summarizer-{summarizer.__version__}.dist-info"}, tops
    for needed in (
        "summarizer/py.typed",
        "summarizer/lang/data/glossary.yaml",
        "summarizer/lang/data/phrase.yaml",
        *(f"summarizer/lang/data/lexicon/{f.name}" for f in (ROOT / "summarizer/lang/data/lexicon").glob("*.yaml")),
        "summarizer/prompts/extract.ar.j2",
        "summarizer/evals/runner.py",
        "summarizer/evals/baseline.json",
        "summarizer/evals/fixtures/deir-ez-zor-drone-strike/gold.yaml",
    ):
        assert needed in names, needed
    assert any(n.endswith("licenses/LICENSE") for n in names)


def test_every_language_data_file_is_packaged() -> None:
    """A non-editable install (the README's first command) ships only what package-data names."""
    import tomllib

    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    lang = ROOT / "summarizer" / "lang"
    shipped = {p for g in globs["summarizer.lang"] for p in lang.glob(g)}
    missing = [str(p.relative_to(lang)) for p in lang.rglob("data/**/*.yaml") if p not in shipped]
    assert not missing, missing


def test_no_constant_of_the_language_data_is_defined_twice():
    """Two data lists under one name: the later silently replaces the first for every module."""
    import ast

    tree = ast.parse((ROOT / "summarizer" / "lang" / "lexicon.py").read_text(encoding="utf-8"))
    names = [
        t.id
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(t, ast.Name)
    ]
    twice = sorted({n for n in names if names.count(n) > 1})
    assert not twice, twice
