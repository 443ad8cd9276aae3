"""The GitLab Code Quality report: a JSON list of issues, for merge request widgets.

Each finding is one issue with GitLab's fields (description, check_name, fingerprint,
severity, location with the repository-relative path and line). The fingerprint is the
baseline's content fingerprint (rule, file, quoted figures), so it stays when lines move;
a second finding with the same content gets its occurrence number added.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from checker.baseline import figure_texts, finding_key, fingerprint
from checker.config import relative_to
from checker.model import CheckResult, Finding
from checker.report import repository_root, sorted_findings

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(result: CheckResult) -> str:
    """The Code Quality issues of a run, in report order; same result, same bytes."""
    root = repository_root()
    texts = figure_texts(result.facts)
    seen: Counter[tuple[str, ...]] = Counter()
    issues = []
    for finding in sorted_findings(result.findings):
        path = relative_to(finding.path, root)
        key = finding_key(finding, texts, path)
        occurrence = seen[key]
        seen[key] += 1
        mark = fingerprint(key if occurrence == 0 else (*key, str(occurrence)))
        issues.append(issue(finding, path, mark))
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def issue(finding: Finding, path: str, mark: str) -> dict[str, Any]:
    """One finding as a Code Quality issue."""
    return {
        "description": " ".join(finding.message.split()),
        "check_name": finding.rule,
        "fingerprint": mark,
        "severity": SEVERITIES.get(finding.severity, "info"),
        "location": {"path": path, "lines": {"begin": finding.line}},
        "content": {"body": finding.explanation},
        "categories": ["Bug Risk"],
    }
