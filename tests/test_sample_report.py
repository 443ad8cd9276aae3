"""The committed sample report of the seeds must be what the checker writes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import check
from checker.report import render

REPO = Path(__file__).parents[1]
SAMPLE = REPO / "reports" / "seeds.md"


def test_committed_seeds_report_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rendered for its own place, reports/seeds.md, since its links to the seeds are relative.
    monkeypatch.chdir(REPO)
    regenerated = render(check(["seeds/"]), "markdown", "reports/seeds.md")
    assert regenerated.encode("utf-8") == SAMPLE.read_bytes(), (
        "reports/seeds.md is stale: regenerate with "
        "`check-figures seeds/ --output reports/seeds.md`"
    )
