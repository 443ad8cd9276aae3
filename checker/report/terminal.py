"""The one-screen run summary printed on stderr: counts, the first findings, the exit status."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from checker.model import CheckResult, Finding
from checker.report import exit_reason, severity_counts, sorted_findings

SHOWN_FINDINGS = 10

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def print_summary(
    result: CheckResult,
    console: Console | None = None,
    report_paths: Sequence[str] = (),
) -> None:
    """Print the summary of a run; colour only when the console is a terminal."""
    out = console or Console(stderr=True, highlight=False)
    for line in summary_lines(result, report_paths):
        out.print(line, soft_wrap=True, highlight=False)


def summary_lines(result: CheckResult, report_paths: Sequence[str] = ()) -> list[Text]:
    """The summary, line by line, as rich Text (never parsed as console markup)."""
    figure_count = 0 if result.facts is None else len(result.facts)
    counts = severity_counts(result.findings)
    lines = [
        Text(
            f"check-figures: {len(result.documents)} documents read, "
            f"{len(result.skipped)} skipped, {figure_count} figures"
        ),
        Text(
            f"findings: {len(result.findings)} "
            f"({', '.join(f'{n} {severity}' for severity, n in counts.items())})"
        ),
    ]
    findings = sorted_findings(result.findings)
    lines.extend(finding_line(finding) for finding in findings[:SHOWN_FINDINGS])
    if len(findings) > SHOWN_FINDINGS:
        lines.append(Text(f"… and {len(findings) - SHOWN_FINDINGS} more"))
    lines.extend(Text(f"report: {path}") for path in report_paths)
    style = "bold red" if result.exit_status else "green"
    lines.append(Text(exit_reason(result), style=style))
    return lines


def finding_line(finding: Finding) -> Text:
    """One finding as "path:line:col severity rule message"."""
    line = Text(f"{finding.path}:{finding.line}:{finding.column} ")
    line.append(finding.severity, style=SEVERITY_STYLES.get(finding.severity, ""))
    line.append(f" {finding.rule} {finding.message}")
    return line
