"""Every document of the shared real folders is read and linked: none is skipped for an
internal error (a crash is reported as a skipped file, so it would pass unnoticed)."""

from __future__ import annotations

import pytest
from helpers import SHARED

from checker.api import check

REAL = SHARED / "real"
FOLDERS = ["zh-finance", "reuters-1987", "filings"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_real_document_is_skipped_for_an_internal_error(folder: str) -> None:
    if not (REAL / folder).is_dir():
        pytest.skip(f"../shared/real/{folder} is not beside this clone")
    result = check([REAL / folder], fail_on="never")
    crashed = [(s.path, s.reason) for s in result.skipped if "internal error" in s.reason]
    assert crashed == []
