"""check-figures: find contradictory money figures in financial text.

`check(paths, **options)` runs the whole check and returns a CheckResult with `documents`,
`figures` (the fact table) and `findings`; `render(result, fmt)` writes a report of it.
"""

from checker.api import check
from checker.model import CheckResult
from checker.report import render

__all__ = ["CheckResult", "check", "render"]
