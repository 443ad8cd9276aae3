"""check-figures: find contradictory money figures in financial text.

`check(paths, **options)` runs the whole check and returns a CheckResult with `documents`,
`figures` (the fact table) and `findings`; `render(result, fmt)` writes a report of it.
The pipeline is imported on first use, so `check-figures --version` starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.api import check
    from checker.model import CheckResult
    from checker.report import render

__all__ = ["CheckResult", "check", "render"]

_HOMES = {"check": "checker.api", "CheckResult": "checker.model", "render": "checker.report"}


def __getattr__(name: str) -> object:
    """`checker.check`, `checker.render` and `checker.CheckResult`, imported when first asked."""
    if name not in _HOMES:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
