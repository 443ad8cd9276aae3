"""GitHub Actions output: one workflow-command annotation per finding, and the step summary."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any
from urllib.parse import quote

from checker.config import relative_to
from checker.model import CheckResult, Finding
from checker.report import named_facts, repository_root, rows_by_id, sorted_findings
from checker.report.markdown import render_markdown

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
STEP_SUMMARY_LIMIT = 1024 * 1024
# GitHub shows at most 10 annotations of each kind per step (and 50 per job); one notice is
# kept for the line that says how many findings were left out.
ANNOTATION_LIMITS = {"error": 10, "warning": 10, "notice": 9}


def render_github(result: CheckResult) -> str:
    """The annotations, one line each, most severe first, within GitHub's limits per step.

    When findings exceed the limits, the first ones in report order (errors first) are
    annotated and one notice says how many are left out and where to read them.
    """
    root = repository_root()
    figures = rows_by_id(named_facts(result.facts, result.findings))
    titles = {rule.id: rule.title for rule in result.rules}
    lines = []
    shown, left_out = Counter[str](), Counter[str]()
    for finding in sorted_findings(result.findings):
        command = COMMANDS[finding.severity]
        if shown[command] >= ANNOTATION_LIMITS[command]:
            left_out[finding.severity] += 1
            continue
        shown[command] += 1
        flagged = figures.get(finding.figures[0]) if finding.figures else None
        path = relative_to(finding.path, root)
        lines.append(annotation(finding, path, titles.get(finding.rule), flagged))
    if left_out:
        lines.append(left_out_notice(left_out))
    return "".join(f"{line}\n" for line in lines)


def left_out_notice(left_out: Counter[str]) -> str:
    """The one notice saying how many findings GitHub's limits left unannotated, and where."""
    total = sum(left_out.values())
    counts = ", ".join(f"{left_out[s]} {s}" for s in COMMANDS if left_out[s])
    message = (
        f"{total} more finding{'' if total == 1 else 's'} not annotated ({counts}): GitHub "
        "shows at most 10 annotations of each kind per step. Read every finding in the job's "
        "step summary, the SARIF results in code scanning, or the Markdown report."
    )
    return f"::notice title={escape_property('check-figures: more findings')}::{message}"


def annotation(
    finding: Finding, path: str, title: str | None, flagged: dict[str, Any] | None
) -> str:
    """`::error file=…,line=…,col=…,endColumn=…,title=…::message` for one finding."""
    properties = {"file": path, "line": str(finding.line), "col": str(finding.column)}
    if flagged is not None and flagged["path"] == finding.path and "\n" not in flagged["text"]:
        properties["endColumn"] = str(finding.column + len(flagged["text"]))
    properties["title"] = f"{finding.rule}: {title}" if title else finding.rule
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = finding.message
    if finding.explanation.strip():
        message = f"{message}\n\n{finding.explanation}"
    return f"::{COMMANDS[finding.severity]} {listed}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """A command's message: percent, carriage return and newline percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as data, and also colon and comma percent-encoded."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def step_summary(result: CheckResult) -> str:
    """The Markdown report for $GITHUB_STEP_SUMMARY; without figure tables if it is over 1 MiB.

    In a GitHub Actions run, file links point at the files of the commit on GitHub.
    """
    base = blob_url()
    root = repository_root() if base else None
    report = render_markdown(result, link_folder=root, link_base=base)
    if len(report.encode("utf-8")) <= STEP_SUMMARY_LIMIT:
        return report
    return render_markdown(result, figure_tables=False, link_folder=root, link_base=base)


def blob_url() -> str | None:
    """The URL of the checked-out commit's files on GitHub, from the Actions environment."""
    server, repository, sha = (
        os.environ.get(name, "")
        for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")
    )
    if not (server and repository and sha):
        return None
    return f"{server}/{quote(repository)}/blob/{quote(sha)}/"
