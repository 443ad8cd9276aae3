"""The JUnit XML report: a test suite per document, a test case per finding, skipped files skipped.

A finding at or above the failing severity (--fail-on) is a failure; one below it is a
passing test case that carries its message in system-out, so CI test views agree with the
exit status. A document without findings is one passing test case. The output is valid
against Jenkins' junit-10.xsd; test names hold the rule and the message, never a position,
so a CI's test history follows a finding when lines move (the position is in the body).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby

from checker.model import CheckResult, Finding
from checker.report import SEVERITIES, severity_rank, sorted_findings

# Characters XML 1.0 cannot hold, even escaped.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_junit(result: CheckResult) -> str:
    """The JUnit XML report; same result, same bytes."""
    by_path = {
        path: list(found)
        for path, found in groupby(
            sorted(sorted_findings(result.findings), key=lambda f: f.path), key=lambda f: f.path
        )
    }
    paths = sorted({d.path for d in result.documents} | set(by_path))
    suites = ET.Element("testsuites", name="check-figures")
    for path in paths:
        suites.append(document_suite(path, by_path.get(path, []), result.fail_on))
    if result.skipped:
        suites.append(skipped_suite(result))
    _count(suites)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


def document_suite(path: str, findings: list[Finding], fail_on: str) -> ET.Element:
    """The test suite of one document."""
    suite = ET.Element("testsuite", name=_xml(path))
    if not findings:
        ET.SubElement(suite, "testcase", classname=_xml(path), name="no findings")
    for finding in findings:
        suite.append(finding_case(finding, fails(finding, fail_on)))
    return suite


def fails(finding: Finding, fail_on: str) -> bool:
    """Whether the finding is at or above the failing severity."""
    return fail_on in SEVERITIES and severity_rank(finding.severity) <= severity_rank(fail_on)


def finding_case(finding: Finding, failing: bool) -> ET.Element:
    """One finding as a test case: a failure when it fails the run, a note in system-out if not."""
    case = ET.Element(
        "testcase",
        classname=_xml(finding.path),
        name=_xml(f"{finding.rule}: {' '.join(finding.message.split())}"),
    )
    body = _xml(f"{finding.path}:{finding.line}:{finding.column}\n{finding.explanation}".strip())
    if failing:
        failure = ET.SubElement(
            case, "failure", message=_xml(finding.message), type=finding.severity
        )
        failure.text = body
    else:
        note = ET.SubElement(case, "system-out")
        note.text = _xml(f"{finding.severity}: {finding.message}\n{body}")
    return case


def skipped_suite(result: CheckResult) -> ET.Element:
    """The files that were not checked, each a skipped test case with its reason."""
    suite = ET.Element("testsuite", name="skipped files")
    for file in sorted(result.skipped, key=lambda f: (f.path, f.reason)):
        case = ET.SubElement(suite, "testcase", classname=_xml(file.path), name="not checked")
        ET.SubElement(case, "skipped", message=_xml(file.reason))
    return suite


def _count(suites: ET.Element) -> None:
    """Set the counts on every suite (tests, failures, errors, skipped) and on the root.

    junit-10.xsd allows tests, failures and errors on the root, not skipped.
    """
    totals = dict.fromkeys(("tests", "failures", "errors"), 0)
    for suite in suites:
        counts = {
            "tests": len(suite.findall("testcase")),
            "failures": len(suite.findall("testcase/failure")),
            "errors": 0,
            "skipped": len(suite.findall("testcase/skipped")),
        }
        for key, value in counts.items():
            suite.set(key, str(value))
            if key in totals:
                totals[key] += value
    for key, value in totals.items():
        suites.set(key, str(value))


def _xml(text: str) -> str:
    """Text with the characters XML 1.0 cannot hold removed."""
    return NOT_XML.sub("", text)
