"""What the end-to-end test files share: running the command line in process, the seeds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.cli import main

REPO = Path(__file__).parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of one in-process run."""
    try:
        status = main(argv)
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def json_report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    """Exit status and JSON report of a quiet run."""
    status, out, _ = run([*argv, "--format", "json", "--output", "-", "-q"], capsys)
    return status, json.loads(out)


def copy_seeds(folder: Path) -> Path:
    """A copy of the seed articles in `folder`/seeds."""
    return Path(shutil.copytree(SEEDS, folder / "seeds"))


def one_line_error(status: int, err: str) -> str:
    """The single error line of a failed run (asserting exit 2, one line, no traceback)."""
    assert status == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("check-figures: error: ")
    return lines[0]


NOTES = {
    "notes/bare.md": "Kingsoft Cloud is losing about 19 million yuan, or about 3 million in the "
    "third quarter. Xiaomi paid $1.82 million for its stake.\n",
    "notes/conflict.md": "---\ndate: 2025-12-24\n---\n"
    "Xiaomi's $28 billion ($200 billion yuan) five-year investment in AI.\n",
    "notes/lost.md": "---\ndate: 2021-06-01\n---\n"
    "The startup raised $12 in its latest funding round, led by SoftBank.\n",
}


def write_notes(folder: Path) -> Path:
    """Three short notes, each with one of the seeds' problems: missing-currency in bare.md,
    currency-conflict in conflict.md and missing-scale in lost.md (faster than the seeds)."""
    for name, text in NOTES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder / "notes"
