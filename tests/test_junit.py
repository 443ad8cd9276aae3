"""The JUnit XML report: suites per document, failures that agree with the exit status."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import SHARED, copy_seeds

from checker import check
from checker.model import CheckResult, Document, Finding
from checker.report import render

NO_CURRENCY_DOC = "seeds/002_4879113222ef9fbb.txt"
EVIDENCE_DOC = "seeds/001_12edacfdd4944808.txt"


@pytest.fixture(scope="module")
def seeds_junit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    """The JUnit report of the seeds and a PDF, with --fail-on error and --fail-on warning."""
    folder = tmp_path_factory.mktemp("junit")
    copy_seeds(folder)
    (folder / "seeds" / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = check(["seeds"])
    return {
        level: ET.fromstring(render(replace(result, fail_on=level), "junit"))
        for level in ("error", "warning")
    }


def suite(root: ET.Element, name: str) -> ET.Element:
    (found,) = [s for s in root.findall("testsuite") if s.get("name") == name]
    return found


def test_suites_per_document_with_counts(seeds_junit: dict[str, ET.Element]) -> None:
    root = seeds_junit["error"]
    names = [s.get("name") for s in root.findall("testsuite")]
    assert names[:4] == sorted(names[:4]) and names[4] == "skipped files"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "2", "0")
    assert root.get("skipped") is None
    assert suite(root, "skipped files").get("skipped") == "1"
    clean = suite(root, EVIDENCE_DOC)
    assert [case.get("name") for case in clean.findall("testcase")] == ["no findings"]
    assert clean.get("failures") == "0"


def test_failures_follow_fail_on(seeds_junit: dict[str, ET.Element]) -> None:
    (case,) = suite(seeds_junit["error"], NO_CURRENCY_DOC).findall("testcase")
    assert case.find("failure") is None
    assert case.findtext("system-out", "").startswith("warning: '3 million' has no currency")
    (case,) = suite(seeds_junit["warning"], NO_CURRENCY_DOC).findall("testcase")
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("type") == "warning"
    assert failure.get("message", "").startswith("'3 million' has no currency")
    assert case.get("name") == (
        "missing-currency: '3 million' has no currency and its context does not settle one"
    )
    assert failure.text is not None and failure.text.startswith(f"{NO_CURRENCY_DOC}:11:404\n")


def test_skipped_files_are_skipped_cases(seeds_junit: dict[str, ET.Element]) -> None:
    (case,) = suite(seeds_junit["error"], "skipped files").findall("testcase")
    assert case.get("classname") == "seeds/scan.pdf"
    skipped = case.find("skipped")
    assert skipped is not None
    assert skipped.get("message") == "unsupported file type '.pdf'"


def test_characters_xml_cannot_hold_are_dropped() -> None:
    finding = Finding("missing-scale", "error", "a.txt", 1, 1, (), "bad\x00 \x1bbyte", "x\x0b")
    result = CheckResult(
        documents=[Document("a.txt", "", "", "utf-8")],
        skipped=[],
        claims=[],
        relations=[],
        findings=[finding],
        facts=None,
    )
    failure = ET.fromstring(render(result, "junit")).find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "bad byte"


JUNIT_XSD = SHARED / "schemas" / "junit-10.xsd"
CORPUS = SHARED / "corpus"


def junit_schema():  # type: ignore[no-untyped-def]
    """Jenkins' junit-10.xsd, or a skip when it or xmlschema is missing."""
    xmlschema = pytest.importorskip("xmlschema", reason="xmlschema is not installed")
    if not JUNIT_XSD.is_file():
        pytest.skip(f"{JUNIT_XSD} is absent (../shared is not beside the clone)")
    return xmlschema.XMLSchema(str(JUNIT_XSD))


@pytest.mark.parametrize("level", ["error", "warning"])
def test_seeds_report_is_valid_against_junit_10_xsd(
    seeds_junit: dict[str, ET.Element], level: str
) -> None:
    junit_schema().validate(ET.tostring(seeds_junit[level], encoding="unicode"))


def test_development_corpus_report_is_valid_against_junit_10_xsd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema = junit_schema()
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    monkeypatch.chdir(CORPUS.parent)
    report = render(check(["corpus"]), "junit")
    schema.validate(report)


def test_test_names_do_not_move_with_lines() -> None:
    finding = Finding("missing-scale", "error", "a.txt", 3, 9, (), "'$45' lost its scale", "x")
    names = [
        [case.get("name") for case in ET.fromstring(render(result, "junit")).iter("testcase")]
        for result in (
            CheckResult([Document("a.txt", "", "", "utf-8")], [], [], [], [moved], None)
            for moved in (finding, replace(finding, line=30, column=2))
        )
    ]
    assert names[0] == names[1] == ["missing-scale: '$45' lost its scale"]
