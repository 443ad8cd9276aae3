"""Pytest hooks: print the peer-spec pass rates that tests/test_peer_specs.py records, and
keep the command line's per-file cache in a scratch folder, out of the user's home."""

import os
import tempfile

import pytest

from checker.cache import CACHE_DIR_VARIABLE

os.environ[CACHE_DIR_VARIABLE] = tempfile.mkdtemp(prefix="check-figures-test-cache-")

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
