"""The SARIF 2.1.0 report, for code scanning: rules with help, results with stable fingerprints."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from checker.baseline import figure_texts, finding_key, fingerprint
from checker.choices import tool_version
from checker.config import path_under, relative_to
from checker.engine import Rule, default_rules_dir
from checker.model import CheckResult, Finding, SkippedFile
from checker.report import (
    named_facts,
    repository_root,
    rows_by_id,
    sorted_findings,
)
from checker.report.stream import Streamed, json_pieces

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "checkFigures/v1"
ROOT_ID = "%SRCROOT%"
# Code scanning's category of these results: one per tool, no run id, so runs compare.
AUTOMATION_ID = "check-figures/"
# GitHub Advanced Security for Azure DevOps files a run under its pipeline: the id
# "azuredevops/pipeline/build/<org>/<project>/<definition>/<phase>/<branch>/<build>" and four
# properties, read from Azure Pipelines' predefined variables (the first variable present of
# each tuple), the way Microsoft's SARIF Multitool stamps them.
AZURE_PREFIX = "azuredevops/pipeline/build/"
AZURE_VARIABLES = {
    "collection": ("SYSTEM_COLLECTIONURI",),
    "project": ("SYSTEM_TEAMPROJECTID",),
    "definition_id": ("SYSTEM_DEFINITIONID", "BUILD_DEFINITIONID"),
    "definition_name": ("BUILD_DEFINITIONNAME",),
    "phase_id": ("SYSTEM_PHASEID", "SYSTEM_JOBID"),
    "phase_name": ("SYSTEM_PHASENAME", "SYSTEM_JOBNAME"),
    "branch": ("BUILD_SOURCEBRANCH",),
    "build_id": ("BUILD_BUILDID",),
}
GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
# The labels of the package's [project.urls] that say where the project lives, in order.
HOME_LABELS = ("homepage", "home", "repository", "source", "source code")
# The README section that documents the built-in rule (unused-suppression).
SUPPRESSION_SECTION = "suppressing-findings"
# The replacement a finding's explanation names: "Fix: write '$45 billion'."
FIX_TEXT = re.compile(r"^Fix: write '([^'\n]+)'\.?$", re.MULTILINE)


def render_sarif(result: CheckResult, environ: Mapping[str, str] | None = None) -> str:
    """The SARIF log of a run: one run, its rules, its results; same result, same bytes."""
    return "".join(iter_sarif(result, environ))


def iter_sarif(result: CheckResult, environ: Mapping[str, str] | None = None) -> Iterator[str]:
    """The SARIF log in pieces, the results made one at a time as they are written.

    `environ` (the process environment when None) tells whether the run is an Azure
    Pipelines job, whose identity then goes into `automationDetails`.
    """
    root = repository_root()
    links = tool_links()
    rules = sorted(result.rules, key=lambda rule: rule.id)
    index = {rule.id: position for position, rule in enumerate(rules)}
    named = named_facts(result.facts, result.findings)
    figures = rows_by_id(named)
    texts = figure_texts(named)
    run = {
        "tool": {
            "driver": {
                "name": "check-figures",
                "fullName": f"check-figures {tool_version()}",
                "version": tool_version(),
                "informationUri": links.information,
                "rules": [rule_descriptor(rule, links) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    skipped_notification(file, root) for file in result.skipped
                ],
            }
        ],
        "automationDetails": automation_details(os.environ if environ is None else environ),
        "columnKind": "unicodeCodePoints",
        "results": Streamed(
            sarif_result(finding, index, figures, texts, root)
            for finding in sorted_findings(result.findings)
        ),
    }
    log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    yield from json_pieces(log)
    yield "\n"


@dataclass(frozen=True)
class ToolLinks:
    """Where SARIF sends a reader for the tool, for a rule's file and for a README section."""

    information: str
    rule_files: str | None
    readme: str | None


def tool_links() -> ToolLinks:
    """The project's published home when its package metadata names one, else local files.

    With a GitHub home, rule help links to the rule files there. Without a home (the project
    publishes none), the links are `file:` URIs of the documentation of the running copy:
    its README in a checkout, its rule pack.
    """
    home = home_url()
    if home is not None:
        on_github = urlsplit(home).hostname == "github.com"
        rule_files = f"{home.rstrip('/')}/blob/main/rules/" if on_github else None
        return ToolLinks(home, rule_files, home if on_github else None)
    readme = checkout_readme()
    rules = default_rules_dir().resolve().as_uri() + "/"
    readme_uri = readme.as_uri() if readme is not None else None
    return ToolLinks(readme_uri or rules, rules, readme_uri)


def home_url() -> str | None:
    """The package's `[project.urls]` Homepage (or Repository, Source), when it has one."""
    try:
        entries = metadata("check-figures").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    urls: dict[str, str] = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        urls.setdefault(label.strip().casefold(), url.strip())
    return next((urls[label] for label in HOME_LABELS if urls.get(label)), None)


def checkout_readme() -> Path | None:
    """The README of the checkout the package runs from (none when it is installed)."""
    root = Path(__file__).resolve().parents[2]
    readme = root / "README.md"
    return readme if readme.is_file() and (root / "pyproject.toml").is_file() else None


def automation_details(environ: Mapping[str, str]) -> dict[str, Any]:
    """The run's automation id: its Azure Pipelines identity in a pipeline, else the category."""
    pipeline = azure_pipeline(environ)
    if pipeline is None:
        return {"id": AUTOMATION_ID}
    path = "/".join(
        pipeline[key]
        for key in ("organization", "project", "definition_id", "phase_id", "branch", "build_id")
    )
    properties = {
        f"{AZURE_PREFIX}{name}": pipeline[key]
        for name, key in (
            ("buildDefinitionId", "definition_id"),
            ("buildDefinitionName", "definition_name"),
            ("phaseId", "phase_id"),
            ("phaseName", "phase_name"),
        )
    }
    return {"id": AZURE_PREFIX + path, "properties": properties}


def azure_pipeline(environ: Mapping[str, str]) -> dict[str, str] | None:
    """The Azure Pipelines job running this check, when every variable naming it is valid."""
    if environ.get("TF_BUILD", "").casefold() != "true":
        return None
    values = {
        key: next((environ[name].strip() for name in names if environ.get(name, "").strip()), "")
        for key, names in AZURE_VARIABLES.items()
    }
    values["organization"] = azure_organization(values.pop("collection"))
    definition, phase = values["definition_id"], values["phase_id"]
    valid = (
        all(values.values())
        and (definition == "-1" or (definition.isdigit() and int(definition) > 0))
        and GUID.match(phase) is not None
        and phase.strip("0-") != ""
        and values["build_id"].isdigit()
    )
    return values if valid else None


def azure_organization(collection: str) -> str:
    """The organization of a collection URI: https://dev.azure.com/ORG/, https://ORG.visualstudio.com/."""
    parts = urlsplit(collection)
    host = (parts.hostname or "").casefold()
    if host == "dev.azure.com":
        return next((segment for segment in parts.path.split("/") if segment), "")
    if host.endswith(".visualstudio.com"):
        return host.removesuffix(".visualstudio.com")
    return ""


def rule_descriptor(rule: Rule, links: ToolLinks | None = None) -> dict[str, Any]:
    """A rule as SARIF describes it: id, name, descriptions, help and default level."""
    descriptor = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.flags},
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["check-figures", "financial-figures"]},
    }
    uri = help_uri(rule, links or tool_links())
    if uri:
        descriptor["helpUri"] = uri
    return descriptor


def help_uri(rule: Rule, links: ToolLinks) -> str | None:
    """Where a rule of the default pack is documented: its rule file.

    The built-in unused-suppression is documented in the README's section on suppressions;
    rules of a user's own pack have no link (their help is in the log).
    """
    if rule.source == "built-in":
        return f"{links.readme}#{SUPPRESSION_SECTION}" if links.readme else None
    source = Path(rule.source)
    if source.parent == default_rules_dir() and links.rule_files:
        return links.rule_files + quote(source.name)
    return None


def help_text(rule: Rule) -> str:
    """What a rule flags, why it matters and its parameters, as plain text."""
    parts = [f"What it flags: {rule.flags}", f"Why it matters: {rule.why}"]
    if rule.params:
        listed = ", ".join(f"{name} = {value!r}" for name, value in sorted(rule.params.items()))
        parts.append(f"Parameters: {listed}")
    return "\n\n".join(parts)


def help_markdown(rule: Rule) -> str:
    """The same help as Markdown, with the command that prints it in full."""
    parts = [f"**What it flags.** {rule.flags}", f"**Why it matters.** {rule.why}"]
    if rule.params:
        parts.append(
            "**Parameters.** "
            + ", ".join(f"`{name} = {value!r}`" for name, value in sorted(rule.params.items()))
        )
    parts.append(f"Run `check-figures explain {rule.id}` for examples.")
    return "\n\n".join(parts)


def sarif_result(
    finding: Finding,
    index: dict[str, int],
    figures: dict[str, dict[str, Any]],
    texts: dict[str, str],
    root: Path,
) -> dict[str, Any]:
    """One finding: rule, level, message, where it is, the other figures, a stable fingerprint."""
    flagged = figures.get(finding.figures[0]) if finding.figures else None
    text = finding.message
    if finding.explanation.strip():
        text = f"{text}\n\n{finding.explanation}"
    entry: dict[str, Any] = {"ruleId": finding.rule}
    if finding.rule in index:
        entry["ruleIndex"] = index[finding.rule]
    entry["level"] = LEVELS[finding.severity]
    entry["message"] = {"text": text}
    entry["locations"] = [
        {"physicalLocation": physical_location(finding.path, region(finding, flagged), root)}
    ]
    related = [figures[f] for f in finding.figures[1:] if f in figures]
    if related:
        entry["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": physical_location(row["path"], figure_region(row), root),
                "message": {"text": f"{row['id']} '{row['text']}'"},
            }
            for number, row in enumerate(related, start=1)
        ]
    key = finding_key(finding, texts, relative_to(finding.path, root))
    entry["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(key)}
    fix = replacement_fix(finding, flagged, root)
    if fix is not None:
        entry["fixes"] = [fix]
    return entry


def replacement_fix(
    finding: Finding, flagged: dict[str, Any] | None, root: Path
) -> dict[str, Any] | None:
    """The fix a finding names ("Fix: write '$45 billion'"): replace the flagged figure's text."""
    match = FIX_TEXT.search(finding.explanation)
    if match is None or flagged is None or flagged["path"] != finding.path:
        return None
    area = {key: value for key, value in figure_region(flagged).items() if key != "snippet"}
    return {
        "description": {"text": f"Write '{match.group(1)}'."},
        "artifactChanges": [
            {
                "artifactLocation": artifact_location(finding.path, root),
                "replacements": [
                    {"deletedRegion": area, "insertedContent": {"text": match.group(1)}}
                ],
            }
        ],
    }


def physical_location(path: str, area: dict[str, Any], root: Path) -> dict[str, Any]:
    """A file location: repository-relative URI when the file is in the repository."""
    return {"artifactLocation": artifact_location(path, root), "region": area}


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """A repository-relative URI with the %SRCROOT% base, or an absolute file URI outside it."""
    relative = path_under(path, root)
    if relative is None:
        return {"uri": Path(path).resolve().as_uri()}
    return {"uri": quote(relative), "uriBaseId": ROOT_ID}


def region(finding: Finding, flagged: dict[str, Any] | None) -> dict[str, Any]:
    """The flagged figure's span, or the finding's position when it quotes no figure."""
    if flagged is not None and flagged["path"] == finding.path:
        return figure_region(flagged)
    return {"startLine": finding.line, "startColumn": finding.column}


def figure_region(row: dict[str, Any]) -> dict[str, Any]:
    """A figure's span: start line and column, end line and the column after its last character."""
    text = row["text"]
    lines = text.split("\n")
    end_line = row["line"] + len(lines) - 1
    end_column = row["column"] + len(text) if len(lines) == 1 else len(lines[-1]) + 1
    return {
        "startLine": row["line"],
        "startColumn": row["column"],
        "endLine": end_line,
        "endColumn": end_column,
        "snippet": {"text": text},
    }


def skipped_notification(file: SkippedFile, root: Path) -> dict[str, Any]:
    """A file that was not checked, as a note of the run."""
    return {
        "level": "note",
        "message": {"text": f"{file.path} was not checked: {file.reason}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_location(file.path, root)}}
        ],
    }
