"""The SARIF report: valid against the official 2.1.0 schema, located, related, fingerprinted."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from helpers import SHARED, copy_seeds, run

from checker import check
from checker.config import rule_catalog
from checker.facts import FIGURE_COLUMNS
from checker.model import CheckResult, Document, Finding
from checker.report import HOME_URL, render
from checker.report.sarif import rule_descriptor

SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    """The official SARIF 2.1.0 schema, read from ../shared (never copied into the repository)."""
    if not SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not beside this clone")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def seeds_logs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The SARIF (twice) and JSON reports of one check of the seeds and a PDF beside them."""
    folder = tmp_path_factory.mktemp("sarif")
    copy_seeds(folder)
    (folder / "seeds" / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = check(["seeds"])
        return {
            "sarif": render(result, "sarif"),
            "again": render(check(["seeds"]), "sarif"),
            "json": render(result, "json"),
        }


def figure_row(**values: object) -> dict[str, object]:
    row = dict.fromkeys(FIGURE_COLUMNS)
    row.update(values)
    return row


def cross_document_result() -> CheckResult:
    """A missing-scale finding in one file whose evidence is in another."""
    facts = pd.DataFrame(
        [
            figure_row(id="F1", path="notes/a.md", start=30, end=33, line=2, column=9, text="$45"),
            figure_row(
                id="F2", path="notes/b.md", start=5, end=16, line=4, column=6, text="$45 billion"
            ),
        ]
    )
    finding = Finding(
        rule="missing-scale",
        severity="error",
        path="notes/a.md",
        line=2,
        column=9,
        figures=("F1", "F2"),
        message="'$45' has lost its magnitude",
        explanation="Evidence: F2 '$45 billion' (notes/b.md:4).",
    )
    documents = [Document(path, "", "", "utf-8") for path in ("notes/a.md", "notes/b.md")]
    return CheckResult(
        documents=documents,
        skipped=[],
        claims=[],
        relations=[],
        findings=[finding],
        facts=facts,
        exit_status=1,
        rules=[r for r in rule_catalog() if r.id == "missing-scale"],
    )


def test_seeds_sarif_is_valid_sarif_2_1_0(
    validator: jsonschema.Draft4Validator, seeds_logs: dict[str, str]
) -> None:
    log = json.loads(seeds_logs["sarif"])
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    assert len(sarif_run["results"]) == 3


def test_cross_document_sarif_is_valid(validator: jsonschema.Draft4Validator) -> None:
    log = json.loads(render(cross_document_result(), "sarif"))
    assert [e.message for e in validator.iter_errors(log)] == []


def test_rules_carry_help_and_default_level(seeds_logs: dict[str, str]) -> None:
    driver = json.loads(seeds_logs["sarif"])["runs"][0]["tool"]["driver"]
    assert driver["name"] == "check-figures"
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    assert sorted(by_id) == sorted(rule.id for rule in rule_catalog())
    scale = by_id["missing-scale"]
    assert scale["name"] == "MissingScale"
    assert scale["shortDescription"]["text"] == "A figure lost its magnitude word"
    assert scale["defaultConfiguration"] == {"level": "error"}
    assert "Why it matters:" in scale["help"]["text"]
    assert "implausible_below_usd" in scale["help"]["text"]
    assert "check-figures explain missing-scale" in scale["help"]["markdown"]
    assert by_id["unused-suppression"]["defaultConfiguration"] == {"level": "note"}


def test_results_point_at_the_flagged_figure(seeds_logs: dict[str, str]) -> None:
    log = json.loads(seeds_logs["sarif"])
    report = json.loads(seeds_logs["json"])
    figures = {f["id"]: f for f in report["figures"]}
    sarif_run = log["runs"][0]
    rule_ids = [rule["id"] for rule in sarif_run["tool"]["driver"]["rules"]]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    for result, finding in zip(sarif_run["results"], report["findings"], strict=True):
        flagged = figures[finding["figures"][0]]
        assert result["ruleId"] == finding["rule"] == rule_ids[result["ruleIndex"]]
        assert result["level"] == finding["severity"]
        assert result["message"]["text"].startswith(finding["message"])
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": finding["path"], "uriBaseId": "%SRCROOT%"}
        assert location["region"] == {
            "startLine": flagged["line"],
            "startColumn": flagged["column"],
            "endLine": flagged["line"],
            "endColumn": flagged["column"] + len(flagged["text"]),
            "snippet": {"text": flagged["text"]},
        }
        assert len(result["partialFingerprints"]["checkFigures/v1"]) == 20


def test_related_locations_point_at_the_other_document() -> None:
    (result,) = json.loads(render(cross_document_result(), "sarif"))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "notes/a.md"
    assert result["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "notes/b.md", "uriBaseId": "%SRCROOT%"},
                "region": {
                    "startLine": 4,
                    "startColumn": 6,
                    "endLine": 4,
                    "endColumn": 17,
                    "snippet": {"text": "$45 billion"},
                },
            },
            "message": {"text": "F2 '$45 billion'"},
        }
    ]


def test_fingerprints_do_not_change_when_lines_move() -> None:
    before = cross_document_result()
    moved = replace(before, findings=[replace(before.findings[0], line=40, column=3)])

    def fingerprints(result: CheckResult) -> list[dict[str, str]]:
        log = json.loads(render(result, "sarif"))
        return [r["partialFingerprints"] for r in log["runs"][0]["results"]]

    assert fingerprints(before) == fingerprints(moved)


def test_uris_are_relative_to_the_repository_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_seeds(tmp_path)
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path / "seeds")
    status, out, _ = run([".", "--format", "sarif", "--output", "-", "-q"], capsys)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(out)["runs"][0]["results"]
    }
    assert status == 1
    assert all(uri.startswith("seeds/") for uri in uris), uris


def test_skipped_files_are_run_notifications(seeds_logs: dict[str, str]) -> None:
    (invocation,) = json.loads(seeds_logs["sarif"])["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "note"
    assert (
        note["message"]["text"] == "seeds/notes.pdf was not checked: unsupported file type '.pdf'"
    )


def test_sarif_is_deterministic(seeds_logs: dict[str, str]) -> None:
    assert seeds_logs["again"] == seeds_logs["sarif"]


def test_tool_rules_and_run_carry_their_links(seeds_logs: dict[str, str]) -> None:
    (sarif_run,) = json.loads(seeds_logs["sarif"])["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["informationUri"] == HOME_URL
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    assert by_id["missing-scale"]["helpUri"] == f"{HOME_URL}/blob/main/rules/missing-scale.toml"
    assert by_id["unused-suppression"]["helpUri"] == f"{HOME_URL}#suppressing-findings"
    assert sarif_run["automationDetails"] == {"id": "check-figures/"}


def test_a_rule_of_a_user_pack_has_no_help_uri(tmp_path: Path) -> None:
    rule = next(r for r in rule_catalog() if r.id == "missing-scale")
    assert "helpUri" not in rule_descriptor(replace(rule, source=str(tmp_path / "mine.toml")))


def test_missing_scale_carries_the_fix_it_names() -> None:
    result = cross_document_result()
    (finding,) = result.findings
    result.findings = [replace(finding, explanation="Evidence: F2.\nFix: write '$45 billion'.")]
    (entry,) = json.loads(render(result, "sarif"))["runs"][0]["results"]
    (fix,) = entry["fixes"]
    assert fix["description"] == {"text": "Write '$45 billion'."}
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "notes/a.md"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 2, "startColumn": 9, "endLine": 2, "endColumn": 12},
            "insertedContent": {"text": "$45 billion"},
        }
    ]


def test_a_finding_that_names_no_replacement_has_no_fix(seeds_logs: dict[str, str]) -> None:
    results = json.loads(seeds_logs["sarif"])["runs"][0]["results"]
    assert [r["ruleId"] for r in results if "fixes" in r] == ["missing-scale"]
