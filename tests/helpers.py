"""What the test files share: running the command line in process, the seeds, and reading one
note's figures."""

from __future__ import annotations

import json
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest

from checker.api import analyse_document
from checker.cli import main
from checker.corpus import read_corpus
from checker.model import Claim

REPO = Path(__file__).parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
HOUSE_CHECKS = REPO / "examples" / "house-checks"
# The date the linking tests give a note unless they say otherwise.
ON = date(2020, 6, 15)


def claims_of(
    tmp_path: Path, text: str, on: date | None = ON, name: str = "note.txt"
) -> list[Claim]:
    """The figures of one note, written to `tmp_path / name` and dated `on`, as linked."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (document,) = read_corpus([path], date_override=on)
    return analyse_document(document).claims


def claim_for(
    tmp_path: Path, text: str, figure: str, on: date | None = ON, name: str = "note.txt"
) -> Claim:
    """The note's figure written as `figure`."""
    for claim in claims_of(tmp_path, text, on, name):
        if claim.mention.text == figure:
            return claim
    raise AssertionError(f"{figure!r} not found in {text!r}")


def house_checks_distribution(folder: Path) -> Path:
    """examples/house-checks as pip leaves an installed package: its module importable, and a
    .dist-info folder whose entry_points.txt is its pyproject's entry-point table. Put the
    returned folder on sys.path to register its check without installing anything."""
    project = tomllib.loads((HOUSE_CHECKS / "pyproject.toml").read_text("utf-8"))["project"]
    info = folder / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir(parents=True)
    metadata = f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n"
    (info / "METADATA").write_text(metadata, "utf-8")
    lines = [
        f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in points.items())
        for group, points in project["entry-points"].items()
    ]
    (info / "entry_points.txt").write_text("\n".join(lines), "utf-8")
    for module in HOUSE_CHECKS.glob("*.py"):
        shutil.copy(module, folder / module.name)
    return folder


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
