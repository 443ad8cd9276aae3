"""The committed sample report of the seeds must be what the checker writes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.cli import main

REPO = Path(__file__).parents[1]
SAMPLE = REPO / "reports" / "seeds.md"


def test_committed_seeds_report_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    regenerated = tmp_path / "seeds.md"
    main(["seeds/", "--output", str(regenerated), "-q"])
    assert regenerated.read_bytes() == SAMPLE.read_bytes(), (
        "reports/seeds.md is stale: regenerate with "
        "`check-figures seeds/ --output reports/seeds.md`"
    )
