"""The SARIF report: valid against the official 2.1.0 schema, located, related, fingerprinted."""

from __future__ import annotations

import json
from dataclasses import replace
from email.message import Message
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jsonschema
import pandas as pd
import pytest
from helpers import SHARED, copy_seeds, run

from checker import check
from checker.config import rule_catalog
from checker.engine import default_rules_dir
from checker.facts import FIGURE_COLUMNS
from checker.model import CheckResult, Document, Finding
from checker.report import render
from checker.report.sarif import (
    automation_details,
    checkout_readme,
    render_sarif,
    rule_descriptor,
    tool_links,
)

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
        patch.delenv("TF_BUILD", raising=False)
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


def local_file(uri: str) -> Path:
    """The file a file: URI names (its #fragment left out)."""
    parts = urlsplit(uri)
    assert parts.scheme == "file"
    return Path(unquote(parts.path))


def test_without_a_published_home_the_links_are_the_running_copys_files(
    seeds_logs: dict[str, str],
) -> None:
    (sarif_run,) = json.loads(seeds_logs["sarif"])["runs"]
    driver = sarif_run["tool"]["driver"]
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    help_file = local_file(by_id["missing-scale"]["helpUri"])
    assert help_file == default_rules_dir().resolve() / "missing-scale.toml"
    assert help_file.is_file()
    assert sarif_run["automationDetails"] == {"id": "check-figures/"}
    readme = checkout_readme()
    if readme is None:
        # An installed copy (CI installs the wheel): its rule pack is its documentation.
        assert local_file(driver["informationUri"]) == default_rules_dir().resolve()
        assert "helpUri" not in by_id["unused-suppression"]
        return
    assert local_file(driver["informationUri"]) == readme
    suppression = by_id["unused-suppression"]["helpUri"]
    assert suppression == driver["informationUri"] + "#suppressing-findings"
    assert "## Suppressing findings" in local_file(suppression).read_text(encoding="utf-8")


def project_urls(monkeypatch: pytest.MonkeyPatch, *entries: str) -> None:
    """Make the package metadata declare `entries` as its [project.urls]."""
    message = Message()
    for entry in entries:
        message["Project-URL"] = entry
    monkeypatch.setattr("checker.report.sarif.metadata", lambda name: message)


def test_a_github_home_in_the_package_metadata_gives_the_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project_urls(
        monkeypatch,
        "Documentation, https://docs.example.org/figures",
        "Homepage, https://github.com/example-org/figures-checker",
    )
    links = tool_links()
    assert links.information == "https://github.com/example-org/figures-checker"
    rule = next(r for r in rule_catalog() if r.id == "missing-scale")
    assert rule_descriptor(rule, links)["helpUri"] == (
        "https://github.com/example-org/figures-checker/blob/main/rules/missing-scale.toml"
    )


def test_a_home_elsewhere_is_the_tools_link_and_rules_keep_their_help_in_the_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project_urls(monkeypatch, "Source, https://code.example.net/figures")
    links = tool_links()
    assert links.information == "https://code.example.net/figures"
    assert all("helpUri" not in rule_descriptor(rule, links) for rule in rule_catalog())


PIPELINE = {
    "TF_BUILD": "True",
    "SYSTEM_COLLECTIONURI": "https://dev.azure.com/example-org/",
    "SYSTEM_TEAMPROJECTID": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "SYSTEM_DEFINITIONID": "12",
    "BUILD_DEFINITIONNAME": "figures",
    "SYSTEM_PHASEID": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "SYSTEM_PHASENAME": "check",
    "BUILD_SOURCEBRANCH": "refs/heads/main",
    "BUILD_BUILDID": "345",
}


def test_in_an_azure_pipeline_the_run_carries_its_pipeline_identity() -> None:
    prefix = "azuredevops/pipeline/build/"
    assert automation_details(PIPELINE) == {
        "id": prefix + "example-org/0f8fad5b-d9cb-469f-a165-70867728950e/12/"
        "7c9e6679-7425-40de-944b-e07fc1f90ae7/refs/heads/main/345",
        "properties": {
            prefix + "buildDefinitionId": "12",
            prefix + "buildDefinitionName": "figures",
            prefix + "phaseId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            prefix + "phaseName": "check",
        },
    }


def test_the_pipeline_identity_reads_the_older_variable_names() -> None:
    older = {key: value for key, value in PIPELINE.items() if not key.startswith("SYSTEM_")}
    older.update(
        SYSTEM_COLLECTIONURI="https://example-org.visualstudio.com/",
        SYSTEM_TEAMPROJECTID=PIPELINE["SYSTEM_TEAMPROJECTID"],
        BUILD_DEFINITIONID="12",
        SYSTEM_JOBID=PIPELINE["SYSTEM_PHASEID"],
        SYSTEM_JOBNAME="check",
    )
    assert automation_details(older) == automation_details(PIPELINE)


@pytest.mark.parametrize(
    "change",
    [
        {"TF_BUILD": ""},
        {"BUILD_BUILDID": ""},
        {"SYSTEM_DEFINITIONID": "0"},
        {"SYSTEM_PHASEID": "00000000-0000-0000-0000-000000000000"},
        {"SYSTEM_PHASEID": "check"},
        {"SYSTEM_COLLECTIONURI": "https://tfs.example.net/DefaultCollection/"},
    ],
)
def test_outside_a_complete_pipeline_the_run_keeps_the_tool_category(
    change: dict[str, str],
) -> None:
    assert automation_details({**PIPELINE, **change}) == {"id": "check-figures/"}


def test_the_sarif_of_a_pipeline_run_is_valid(validator: jsonschema.Draft4Validator) -> None:
    log = json.loads(render_sarif(cross_document_result(), environ=PIPELINE))
    assert [e.message for e in validator.iter_errors(log)] == []
    details = log["runs"][0]["automationDetails"]
    assert details["id"].startswith("azuredevops/pipeline/build/example-org/")


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
