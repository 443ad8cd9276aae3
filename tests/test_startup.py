"""Start-up: a short check loads only what it uses (each probe runs in a fresh interpreter)."""

import subprocess
import sys
from pathlib import Path

import pytest

OPTIONAL = ("pint", "charset_normalizer", "pathspec", "rich")
"""Libraries only some runs need: conversions, non-UTF-8 files, ignore globs, a terminal."""


def _loaded_after(code: str) -> list[str]:
    """The OPTIONAL libraries imported once `code` has run in a fresh interpreter."""
    probe = f"import sys\n{code}\nprint(*[m for m in {OPTIONAL!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def _check_one(tmp_path: Path, text: str) -> str:
    document = tmp_path / "note.md"
    document.write_text(text, encoding="utf-8")
    arguments = [str(document), "--no-cache", "-q", "-o", str(tmp_path / "report.md")]
    return f"from checker.cli import main\nmain({arguments!r})"


def test_importing_the_pipeline_loads_no_optional_library():
    assert _loaded_after("import checker.api, checker.cli, checker.report") == []


def test_a_dollar_figure_in_utf8_loads_no_optional_library(tmp_path):
    code = _check_one(tmp_path, "Quorvane was valued at $45 billion in 2014.\n")
    assert _loaded_after(code) == []


@pytest.mark.parametrize("figure", ["£45 billion", "€45 billion"])
def test_a_converted_figure_loads_pint_and_nothing_else(tmp_path, figure):
    code = _check_one(tmp_path, f"Quorvane was valued at {figure} in 2014.\n")
    assert _loaded_after(code) == ["pint"]


def test_bytes_that_are_not_utf8_load_the_encoding_detector():
    data = "Quorvane paid £45 million for Brevik.\n".encode("cp1252")
    code = f"from checker.corpus import decode_bytes\ndecode_bytes({data!r})"
    assert _loaded_after(code) == ["charset_normalizer"]


def test_a_check_imports_without_the_collector_and_leaves_it_running(tmp_path):
    code = (
        "import gc\n"
        + _check_one(tmp_path, "Quorvane was valued at $45 billion in 2014.\n")
        + "\nprint('enabled' if gc.isenabled() else 'disabled', gc.get_freeze_count() > 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["enabled", "True"]
