"""End-to-end tests of the command line: exit statuses, findings on the seeds, outputs, errors."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import REPO, SEEDS, json_report, one_line_error, run

from checker.cli import build_parser
from checker.config import KEYS, rule_catalog
from checker.model import Qualifier
from checker.report import FORMATS

CONFLICT_DOC = "seeds/003_b2869171261bb7ce.txt"
LOST_SCALE_DOC = "seeds/000_43460e9940a62e3e.txt"
EVIDENCE_DOC = "seeds/001_12edacfdd4944808.txt"
NO_CURRENCY_DOC = "seeds/002_4879113222ef9fbb.txt"
METRICS = [
    "valuation",
    "market_cap",
    "funding",
    "revenue",
    "profit",
    "loss",
    "investment",
    "price_paid",
    "share_price",
    "other",
]

NULLABLE_TEXT = {"type": ["string", "null"]}
REPORT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "documents", "figures", "findings", "summary"],
    "properties": {
        "version": {"const": 1},
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["path", "date", "date_source", "status", "reason"],
                "properties": {
                    "path": {"type": "string"},
                    "date": {
                        "oneOf": [
                            {"type": "null"},
                            {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                        ]
                    },
                    "date_source": NULLABLE_TEXT,
                    "status": {"enum": ["ok", "skipped"]},
                    "reason": NULLABLE_TEXT,
                },
            },
        },
        "figures": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "path",
                    "start",
                    "end",
                    "line",
                    "column",
                    "text",
                    "amount",
                    "currency",
                    "qualifier",
                    "entity",
                    "metric",
                    "period",
                    "value_usd",
                ],
                "properties": {
                    "id": {"type": "string", "pattern": r"^F[1-9]\d*$"},
                    "path": {"type": "string"},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 1},
                    "line": {"type": "integer", "minimum": 1},
                    "column": {"type": "integer", "minimum": 1},
                    "text": {"type": "string", "minLength": 1},
                    "amount": {"type": "number"},
                    "currency": {
                        "oneOf": [{"type": "null"}, {"type": "string", "pattern": "^[A-Z]{3}$"}]
                    },
                    "qualifier": {"enum": [q.value for q in Qualifier]},
                    "entity": NULLABLE_TEXT,
                    "counterparty": NULLABLE_TEXT,
                    "metric": {"enum": METRICS},
                    "period": {
                        "oneOf": [
                            {"type": "null"},
                            {"type": "string", "pattern": r"^\d{4}(-\d{2})?$"},
                        ]
                    },
                    "value_usd": {"type": ["number", "null"]},
                },
            },
        },
        "findings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "rule",
                    "severity",
                    "path",
                    "line",
                    "column",
                    "figures",
                    "message",
                    "explanation",
                ],
                "properties": {
                    "rule": {"type": "string"},
                    "severity": {"enum": ["error", "warning", "info"]},
                    "path": {"type": "string"},
                    "line": {"type": "integer", "minimum": 1},
                    "column": {"type": "integer", "minimum": 1},
                    "figures": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                    "message": {"type": "string", "minLength": 1},
                    "explanation": {"type": "string", "minLength": 1},
                },
            },
        },
        "summary": {
            "type": "object",
            "required": ["documents", "figures", "error", "warning", "info"],
            "properties": {
                key: {"type": "integer", "minimum": 0}
                for key in ("documents", "figures", "error", "warning", "info")
            },
        },
    },
}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch folder holding a copy of the seeds, made the working directory."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def seeds_report(workdir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    return json_report(["seeds"], capsys)


def flagged_text(report: dict, finding: dict) -> str:
    by_id = {figure["id"]: figure for figure in report["figures"]}
    return by_id[finding["figures"][0]]["text"]


# --------------------------------------------------------------------------- the seeds


def test_seeds_give_exactly_the_three_known_findings(seeds_report: tuple[int, dict]) -> None:
    status, report = seeds_report
    assert status == 1
    found = sorted(
        (f["rule"], f["severity"], f["path"], flagged_text(report, f)) for f in report["findings"]
    )
    assert found == [
        ("currency-conflict", "error", CONFLICT_DOC, "$200 billion yuan"),
        ("missing-currency", "warning", NO_CURRENCY_DOC, "3 million"),
        ("missing-scale", "error", LOST_SCALE_DOC, "$45"),
    ]
    assert report["summary"]["error"] == 2
    assert report["summary"]["warning"] == 1
    assert report["summary"]["info"] == 0


def test_missing_scale_cites_the_figure_that_kept_its_magnitude(
    seeds_report: tuple[int, dict],
) -> None:
    _, report = seeds_report
    (finding,) = [f for f in report["findings"] if f["rule"] == "missing-scale"]
    assert "$45 billion" in finding["explanation"]
    assert EVIDENCE_DOC in finding["explanation"]


def test_seeds_tickers_ratios_percentages_and_model_sizes_are_not_figures(
    seeds_report: tuple[int, dict],
) -> None:
    _, report = seeds_report
    texts = [figure["text"] for figure in report["figures"]]
    for not_money in ["3888", "700", "54.47", "35.28", "62.17", "233", "5-10", "32-billion"]:
        assert not any(not_money in text for text in texts), (not_money, texts)


def test_json_report_follows_the_contract(seeds_report: tuple[int, dict], workdir: Path) -> None:
    _, report = seeds_report
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["summary"]["documents"] == len(report["documents"]) == 4
    assert report["summary"]["figures"] == len(report["figures"])
    assert {d["status"] for d in report["documents"]} == {"ok"}
    assert len({f["id"] for f in report["figures"]}) == len(report["figures"])
    for severity in ("error", "warning", "info"):
        count = sum(f["severity"] == severity for f in report["findings"])
        assert report["summary"][severity] == count


def test_figure_offsets_index_the_file_text(seeds_report: tuple[int, dict], workdir: Path) -> None:
    _, report = seeds_report
    texts: dict[str, str] = {}
    for figure in report["figures"]:
        path = figure["path"]
        text = texts.setdefault(path, (workdir / path).read_text(encoding="utf-8"))
        start = figure["start"]
        assert text[start : figure["end"]] == figure["text"]
        assert figure["line"] == text.count("\n", 0, start) + 1
        assert figure["column"] == start - (text.rfind("\n", 0, start) + 1) + 1


def test_finding_points_at_its_flagged_figure(seeds_report: tuple[int, dict]) -> None:
    _, report = seeds_report
    by_id = {figure["id"]: figure for figure in report["figures"]}
    for finding in report["findings"]:
        assert all(figure_id in by_id for figure_id in finding["figures"])
        flagged = by_id[finding["figures"][0]]
        assert (finding["path"], finding["line"], finding["column"]) == (
            flagged["path"],
            flagged["line"],
            flagged["column"],
        )


def test_installed_console_script_matches_the_in_process_run(
    seeds_report: tuple[int, dict], workdir: Path
) -> None:
    executable = shutil.which("check-figures")
    assert executable is not None, "the check-figures console script is not installed"
    completed = subprocess.run(
        [executable, "seeds", "--format", "json", "--output", "-", "-q"],
        cwd=workdir,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    assert json.loads(completed.stdout) == seeds_report[1]


# --------------------------------------------------------------------------- exit status


@pytest.mark.parametrize(
    ("options", "status"),
    [
        ([], 1),
        (["--fail-on", "error"], 1),
        (["--fail-on", "warning"], 1),
        (["--fail-on", "info"], 1),
        (["--fail-on", "never"], 0),
        (["--exit-zero"], 0),
        (["--select", "missing-currency", "--fail-on", "error"], 0),
        (["--select", "missing-currency", "--fail-on", "warning"], 1),
        (["--ignore", "currency-conflict,missing-scale"], 0),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else str(value),
)
def test_exit_status_follows_fail_on(
    options: list[str], status: int, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["seeds", *options, "--output", "report.md", "-q"], capsys)[0] == status


def test_ignore_drops_the_rule_findings(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, report = json_report(["seeds", "--ignore", "currency-conflict"], capsys)
    assert sorted(f["rule"] for f in report["findings"]) == ["missing-currency", "missing-scale"]


def test_select_keeps_only_that_rule(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = json_report(["seeds", "--select", "missing-currency"], capsys)
    assert status == 0
    assert [f["rule"] for f in report["findings"]] == ["missing-currency"]


USAGE_ERRORS = [
    pytest.param(["seeds", "--select", "nope"], id="unknown-rule"),
    pytest.param(["seeds", "--date", "2020-13-01"], id="bad-date"),
    pytest.param(["does-not-exist"], id="missing-path"),
    pytest.param(["seeds", "--format", "xml"], id="bad-format"),
]


@pytest.mark.parametrize("argv", USAGE_ERRORS)
def test_usage_errors_exit_2_with_one_line(
    argv: list[str], workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run([*argv, "--output", "report.md", "-q"], capsys)
    one_line_error(status, err)


# --------------------------------------------------------------------------- unreadable files


@pytest.fixture
def mixed_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a binary file, an empty file, a PDF and one article with a conflict."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "good.txt").write_text("Xiaomi invested $200 billion yuan in AI.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


SKIPPED = ["mixed/blob.txt", "mixed/empty.txt", "mixed/report.pdf"]


def test_skipped_files_are_listed_with_reasons_in_json(
    mixed_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, report = json_report(["mixed"], capsys)
    assert status == 1
    statuses = {d["path"]: d["status"] for d in report["documents"]}
    assert statuses == {"mixed/good.txt": "ok", **dict.fromkeys(SKIPPED, "skipped")}
    for document in report["documents"]:
        assert bool(document["reason"]) is (document["status"] == "skipped")
    assert [f["rule"] for f in report["findings"]] == ["currency-conflict"]


def test_skipped_files_are_listed_in_markdown(
    mixed_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = run(["mixed", "--output", "report.md", "-q", "--fail-on", "never"], capsys)
    assert status == 0
    markdown = Path("report.md").read_text(encoding="utf-8")
    skipped = markdown.split("## Skipped files", 1)[1]
    assert "| path | reason |" in skipped
    for path in SKIPPED:
        (row,) = [line for line in skipped.splitlines() if line.startswith(f"| {path} |")]
        assert row.removeprefix(f"| {path} |").strip(" |"), row


# --------------------------------------------------------------------------- outputs


def test_reports_are_deterministic(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt, suffix in [("markdown", "md"), ("json", "json")]:
        for run_number in (1, 2):
            output = f"run{run_number}.{suffix}"
            assert run(["seeds", "--format", fmt, "--output", output, "-q"], capsys)[0] == 1
        assert Path(f"run1.{suffix}").read_bytes() == Path(f"run2.{suffix}").read_bytes()


def test_report_is_written_to_output_creating_folders(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = workdir / "out" / "nested" / "report.md"
    status, out, _ = run(["seeds", "--output", str(output), "-q"], capsys)
    assert status == 1
    assert output.read_text(encoding="utf-8").startswith("# check-figures report")
    assert out == ""
    assert not list(output.parent.glob(".*.tmp"))


def test_figures_csv_has_the_fact_table(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, report = json_report(["seeds", "--figures-csv", "tables/figures.csv"], capsys)
    with open("tables/figures.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[:2] == ["id", "path"]
    assert "value_usd" in header
    assert len(rows) - 1 == len(report["figures"])
    assert sorted(row[0] for row in rows[1:]) == sorted(f["id"] for f in report["figures"])


def test_jobs_do_not_change_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "many"
    for copy in range(12):
        shutil.copytree(SEEDS, corpus / f"copy{copy:02d}")
    reports = [
        json_report([str(corpus), "--jobs", jobs, "--fail-on", "never"], capsys)[1]
        for jobs in ("1", "2")
    ]
    assert reports[0]["summary"]["documents"] == 48
    assert reports[0] == reports[1]


# --------------------------------------------------------------------------- rule commands


def test_rules_command_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["rules"], capsys)
    assert status == 0
    listed = [line.split()[:2] for line in out.splitlines() if line.strip()]
    assert listed == [[rule.id, rule.severity] for rule in rule_catalog()]
    assert "unused-suppression" in [rule_id for rule_id, _ in listed]


def test_explain_prints_the_rule_sections(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["explain", "missing-scale"], capsys)
    assert status == 0
    assert out.startswith("missing-scale (error): A figure lost its magnitude word")
    for section in ("What it flags", "Why it matters", "Examples"):
        assert f"\n{section}\n" in out
    assert "its $45 valuation" in out


def test_explain_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["explain", "nope"], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("check-figures: error: unknown rule id 'nope'")
    assert len(err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- several outputs


def test_several_reports_in_one_run(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["seeds", "--format", "sarif", "--output", "a.sarif"]
    argv += ["--format", "markdown", "--output", "reports/figures.md"]
    argv += ["--format", "junit", "--output", "-"]
    status, out, _ = run([*argv, "-q"], capsys)
    assert status == 1
    assert json.loads(Path("a.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert Path("reports/figures.md").read_text(encoding="utf-8").startswith("# check-figures")
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')


def test_each_format_has_a_default_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["seeds", "--format", "sarif", "--format", "json"], capsys)
    assert status == 1
    assert err == ""
    assert Path("reports/figures.sarif").is_file()
    assert Path("reports/figures.json").is_file()
    assert "report: reports/figures.sarif" in out
    assert "report: reports/figures.json" in out


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--format", "json", "--format", "sarif", "-o", "a"], "give one --output per --format"),
        (["--format", "json", "-o", "-", "--format", "sarif", "-o", "-"], "only one report"),
        (["--format", "json", "-o", "a", "--format", "sarif", "-o", "a"], "two reports"),
    ],
    ids=["unpaired", "two-on-stdout", "same-file"],
)
def test_output_pairing_errors(
    argv: list[str], problem: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["seeds", *argv, "-q"], capsys)
    assert problem in one_line_error(status, err)
    assert not Path("a").exists()


# --------------------------------------------------------------------------- CI integration


def test_pre_commit_hook_runs_the_console_script() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML is not installed to read the hook file")
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    command, *options = hook["entry"].split()
    assert command in scripts["project"]["scripts"]
    assert (hook["id"], hook["language"], hook["pass_filenames"], hook["always_run"]) == (
        "check-figures",
        "python",
        False,
        True,
    )
    parsed = build_parser().parse_args([*options, *hook["args"]])
    assert (parsed.paths, parsed.no_report, parsed.format, parsed.output) == (
        ["."],
        True,
        None,
        None,
    )


def test_readme_documents_every_option_and_format() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    options = [
        option
        for action in build_parser()._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]
    missing = [option for option in options if f"`{option}" not in readme]
    assert missing == []
    for fmt in FORMATS:
        assert f"`{fmt}`" in readme
    for key in KEYS:
        assert f"`{key}`" in readme


# --------------------------------------------------------------------------- terminal


FINDING_LINE = re.compile(r"^[^\s:]+:\d+:\d+: (error|warning|info) [a-z-]+ \S.*$")


def test_findings_one_per_line_on_stdout_then_the_summary(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["seeds", "--output", "report.md"], capsys)
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert [bool(FINDING_LINE.match(line)) for line in lines] == [True] * 3 + [False] * 3
    assert lines[0].startswith(f"{LOST_SCALE_DOC}:7:509: error missing-scale '$45'")
    assert lines[3] == "Found 3 findings (2 error, 1 warning, 0 info) in 4 documents " + (
        "(0 skipped, 16 figures)."
    )
    assert lines[4:] == [
        "report: report.md",
        "Exit status 1: 2 findings at or above error (--fail-on error).",
    ]


def test_with_a_report_on_stdout_the_findings_go_to_stderr(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["seeds", "--format", "json", "--output", "-"], capsys)
    assert status == 1
    assert len(json.loads(out)["findings"]) == 3
    assert sum(bool(FINDING_LINE.match(line)) for line in err.splitlines()) == 3


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--version"], capsys)
    assert status == 0
    assert re.fullmatch(r"check-figures \d+\.\d+\S*\n", out)


def test_help_states_every_default() -> None:
    undocumented = [
        action.option_strings[0]
        for action in build_parser()._actions
        if action.option_strings and action.dest not in ("help", "version")
        if "default" not in (action.help or "")
    ]
    assert undocumented == []
    shown = " ".join(build_parser().format_help().split())
    assert f"(default: {os.cpu_count() or 1}, the machine's cores)" in shown


# --------------------------------------------------------------------------- errors


def test_an_internal_error_is_one_line_with_stage_and_file(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("checker.api.run_check", broken)
    status, out, err = run(["seeds", "--output", "report.md"], capsys)
    assert (status, out) == (2, "")
    assert err == (
        "check-figures: internal error in check on seeds: ZeroDivisionError: division by zero; "
        "please report it\n"
    )


def test_an_internal_error_names_the_stage_and_file_it_carries(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    error = ValueError("bad\ndigit")
    error.stage, error.path = "extract", "seeds/x.txt"  # type: ignore[attr-defined]

    def broken(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("checker.api.run_check", broken)
    status, _, err = run(["seeds", "-q"], capsys)
    assert status == 2
    assert err.splitlines() == [
        "check-figures: internal error in extract on seeds/x.txt: ValueError: bad digit; "
        "please report it"
    ]


def test_a_report_renderer_crash_names_the_report(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise KeyError("F99")

    monkeypatch.setattr("checker.report.sarif.iter_sarif", broken)
    status, _, err = run(["seeds", "--format", "sarif", "--output", "out.sarif", "-q"], capsys)
    assert status == 2
    assert err.startswith("check-figures: internal error in the sarif report on out.sarif: ")


RUN_MAIN = "import sys; from checker.cli import main; sys.exit(main())"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "argv",
    [["--format", "json", "--output", "-", "-q"], ["--output", "report.md"]],
    ids=["report", "terminal"],
)
def test_a_full_standard_output_exits_2_with_one_line(workdir: Path, argv: list[str]) -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        completed = subprocess.run(
            [sys.executable, "-c", RUN_MAIN, "seeds", *argv],
            cwd=workdir,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
        )
    assert completed.returncode == 2, completed.stderr
    assert completed.stderr.splitlines() == [
        "check-figures: error: cannot write to standard output: No space left on device"
    ]


def test_tool_table_in_check_figures_toml_gets_a_hint(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("check-figures.toml").write_text('[tool.check-figures]\nfail-on = "warning"\n', "utf-8")
    status, _, err = run(["seeds", "-q"], capsys)
    line = one_line_error(status, err)
    assert "unknown key 'tool'" in line
    assert "drop the [tool.check-figures] line" in line


def test_config_comments_default_rules_without_absolute_paths(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["config", "seeds"], capsys)
    assert status == 0
    assert 'missing-scale = "error"  # default, rules/missing-scale.toml' in out
    assert str(REPO) not in out and "site-packages" not in out


# --------------------------------------------------------------------------- report files


def test_no_report_writes_no_file_unless_one_is_named(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["seeds", "--no-report"], capsys)
    assert status == 1
    assert not Path("reports").exists()
    assert "report:" not in out
    status, _, _ = run(["seeds", "--no-report", "--output", "named.md", "-q"], capsys)
    assert Path("named.md").read_text(encoding="utf-8").startswith("# check-figures report")


def test_a_report_inside_a_checked_folder_is_warned_about(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["seeds", "--output", "seeds/out/figures.md"], capsys)
    assert status == 1
    assert err == (
        "check-figures: warning: the report seeds/out/figures.md is written inside the checked "
        "folder seeds; write reports outside the folders you check\n"
    )
    _, _, err = run(["seeds", "--output", "elsewhere.md"], capsys)
    assert err == ""


def test_gitlab_format_has_a_default_file(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = run(["seeds", "--format", "gitlab", "-q"], capsys)
    assert status == 1
    issues = json.loads(Path("reports/figures.gitlab.json").read_text(encoding="utf-8"))
    assert len(issues) == 3
