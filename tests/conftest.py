"""Pytest hooks: print the peer-spec pass rates that tests/test_peer_specs.py records, keep
the command line's per-file cache in a scratch folder, out of the user's home, and register
the example rule pack's check (examples/house-checks) as its installed package would."""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from helpers import house_checks_distribution

from checker.cache import CACHE_DIR_VARIABLE

SCRATCH = Path(tempfile.mkdtemp(prefix="check-figures-test-"))
atexit.register(shutil.rmtree, SCRATCH, ignore_errors=True)
os.environ[CACHE_DIR_VARIABLE] = str(SCRATCH / "cache")
HOUSE_CHECKS_SITE = house_checks_distribution(SCRATCH / "site")
sys.path.append(str(HOUSE_CHECKS_SITE))

RATE_PROPERTY = "peer_spec_rate"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Write "peer specs: rt-en 92.2% (166/180), ..." after the test summary."""
    rates = [
        value
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", None) == "call"
        for name, value in report.user_properties
        if name == RATE_PROPERTY
    ]
    if rates:
        shown = ", ".join(
            f"{spec} {passed / total:.1%} ({passed}/{total})" for spec, passed, total in rates
        )
        terminalreporter.write_line(f"peer specs: {shown}")
