"""The terminal output: every finding on one line, like ruff's concise format, then a summary."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from checker.model import CheckResult, Finding
from checker.report import exit_reason, severity_counts, sorted_findings

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def print_summary(
    result: CheckResult,
    console: Console | None = None,
    report_paths: Sequence[str] = (),
) -> None:
    """Print every finding and the summary; colour only when the console is a terminal."""
    out = console or Console(highlight=False)
    for line in summary_lines(result, report_paths):
        out.print(line, soft_wrap=True, highlight=False)


def summary_lines(result: CheckResult, report_paths: Sequence[str] = ()) -> list[Text]:
    """The findings, one line each, then the counts, the reports and the exit status."""
    figure_count = 0 if result.facts is None else len(result.facts)
    counts = severity_counts(result.findings)
    lines = [finding_line(finding) for finding in sorted_findings(result.findings)]
    lines += [
        Text(
            f"Found {len(result.findings)} finding{'' if len(result.findings) == 1 else 's'} "
            f"({', '.join(f'{n} {severity}' for severity, n in counts.items())}) "
            f"in {len(result.documents)} document{'' if len(result.documents) == 1 else 's'} "
            f"({len(result.skipped)} skipped, {figure_count} figures)."
        )
    ]
    lines.extend(Text(f"report: {one_line(path)}") for path in report_paths)
    style = "bold red" if result.exit_status else "green"
    lines.append(Text(exit_reason(result), style=style))
    return lines


def finding_line(finding: Finding) -> Text:
    """One finding as "path:line:col: severity rule message", on one line."""
    line = Text(f"{one_line(finding.path)}:{finding.line}:{finding.column}: ")
    line.append(finding.severity, style=SEVERITY_STYLES.get(finding.severity, ""))
    line.append(f" {finding.rule} {one_line(finding.message)}")
    return line


def one_line(text: str) -> str:
    """`text` on one line (whitespace runs as one space), any undecodable byte as U+FFFD."""
    try:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return " ".join(text.split())
