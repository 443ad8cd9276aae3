"""Configuration: discovery from the checked paths upwards, precedence, every key, errors."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from helpers import REPO, json_report, one_line_error, run, write_notes

from checker.config import glob_matches
from checker.money import fx_rate

LOST_SCALE_DOC = "notes/lost.md"
SEED_RULES = ["currency-conflict", "missing-currency", "missing-scale"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder holding the three short notes, made the working directory."""
    write_notes(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pyproject(folder: Path, table: str) -> Path:
    return write(
        folder / "pyproject.toml", f'[project]\nname = "notes"\n\n[tool.check-figures]\n{table}'
    )


def seed_rules(report: dict) -> list[str]:
    return sorted(f["rule"] for f in report["findings"])


# --------------------------------------------------------------------------- discovery


def test_pyproject_table_is_found_above_the_checked_folder(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, 'fail-on = "never"\nignore = ["missing-currency"]\n')
    status, report = json_report(["notes"], capsys)
    assert status == 0
    assert seed_rules(report) == ["currency-conflict", "missing-scale"]


def test_discovery_walks_up_from_a_checked_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, 'select = ["missing-scale"]\n')
    _, report = json_report([LOST_SCALE_DOC], capsys)
    assert seed_rules(report) == ["missing-scale"]


def test_check_figures_toml_wins_over_pyproject_in_the_same_folder(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, 'select = ["missing-scale"]\n')
    write(project / "check-figures.toml", 'select = ["currency-conflict"]\n')
    _, report = json_report(["notes"], capsys)
    assert seed_rules(report) == ["currency-conflict"]


def test_the_nearest_configuration_wins(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(project, 'select = ["missing-scale"]\n')
    write(project / "notes" / "check-figures.toml", 'select = ["missing-currency"]\n')
    _, report = json_report(["notes"], capsys)
    assert seed_rules(report) == ["missing-currency"]


def test_pyproject_without_the_table_is_passed_over(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "check-figures.toml", 'select = ["missing-scale"]\n')
    write(project / "notes" / "pyproject.toml", '[project]\nname = "notes"\n')
    _, report = json_report(["notes"], capsys)
    assert seed_rules(report) == ["missing-scale"]


def test_config_option_replaces_discovery(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, 'select = ["missing-scale"]\n')
    other = write(project / "ci" / "figures.toml", 'select = ["missing-currency"]\n')
    _, report = json_report(["notes", "--config", str(other)], capsys)
    assert seed_rules(report) == ["missing-currency"]


def test_paths_under_different_configurations_are_an_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "a" / "check-figures.toml", 'fail-on = "never"\n')
    write(project / "a" / "x.txt", "Xiaomi raised $1 billion.")
    write(project / "b" / "y.txt", "Xiaomi raised $1 billion.")
    status, _, err = run(["a", "b", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert "different configuration files" in line
    assert "a/check-figures.toml" in line


# --------------------------------------------------------------------------- precedence


def test_command_line_overrides_the_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(project, 'fail-on = "never"\n')
    assert json_report(["notes"], capsys)[0] == 0
    assert json_report(["notes", "--fail-on", "error"], capsys)[0] == 1


def test_command_line_select_starts_over_and_ignore_adds(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, 'ignore = ["missing-scale"]\n')
    _, report = json_report(["notes", "--ignore", "missing-currency"], capsys)
    assert seed_rules(report) == ["currency-conflict"]
    _, report = json_report(["notes", "--select", "missing-scale,missing-currency"], capsys)
    assert seed_rules(report) == ["missing-currency", "missing-scale"]


def test_extend_select_adds_to_select(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(project, 'select = ["missing-scale"]\nextend-select = ["currency-conflict"]\n')
    _, report = json_report(["notes"], capsys)
    assert seed_rules(report) == ["currency-conflict", "missing-scale"]
    _, report = json_report(["notes", "--extend-select", "missing-currency"], capsys)
    assert seed_rules(report) == SEED_RULES


# --------------------------------------------------------------------------- keys


def test_severity_override(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(
        project,
        'select = ["missing-currency"]\n\n'
        '[tool.check-figures.severity]\nmissing-currency = "error"\n',
    )
    status, report = json_report(["notes"], capsys)
    assert status == 1
    assert [f["severity"] for f in report["findings"]] == ["error"]


def test_rule_parameters_override(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(
        project,
        'select = ["missing-scale"]\n\n'
        "[tool.check-figures.params.missing-scale]\nimplausible_below_usd = 10\n",
    )
    _, report = json_report(["notes"], capsys)
    assert report["findings"] == [], "$12 is not below a 10 USD threshold"


def test_exclude_globs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(project, 'exclude = ["notes/lost*"]\n')
    _, report = json_report(["notes"], capsys)
    assert LOST_SCALE_DOC not in [d["path"] for d in report["documents"]]
    assert seed_rules(report) == ["currency-conflict", "missing-currency"]
    _, report = json_report(["notes", "--exclude", "conflict.md"], capsys)
    assert seed_rules(report) == ["missing-currency"]


def test_per_file_ignores(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(
        project,
        '[tool.check-figures.per-file-ignores]\n"notes/bare*" = ["missing-currency"]\n'
        '"**/lost.md" = ["currency-conflict"]\n',
    )
    _, report = json_report(["notes"], capsys)
    assert seed_rules(report) == ["currency-conflict", "missing-scale"]
    assert report["summary"]["suppressed"] == 1


def test_rules_key_loads_a_folder_relative_to_the_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    house = Path(__file__).parents[1] / "examples" / "house-rules"
    (project / "house").mkdir()
    for rule_file in house.glob("*.toml"):
        (project / "house" / rule_file.name).write_bytes(rule_file.read_bytes())
    write(
        project / "house-notes" / "a.txt", "Xiaomi is now valued at $45 billion, after the round."
    )
    pyproject(project, 'rules = ["house"]\nselect = ["valuation-currency-code"]\n')
    _, report = json_report(["house-notes", "--date", "2015-01-05"], capsys)
    assert seed_rules(report) == ["valuation-currency-code"]


def test_date_key_dates_every_document(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject(project, "date = 2020-01-02\n")
    _, report = json_report(["notes"], capsys)
    assert {(d["date"], d["date_source"]) for d in report["documents"]} == {
        ("2020-01-02", "option")
    }


def test_base_currency_adds_converted_values(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, 'base-currency = "eur"\n')
    _, report = json_report(["notes", "--date", "2025-12-24"], capsys)
    assert report["base_currency"] == "EUR"
    rate = fx_rate("USD", "EUR", date(2025, 12, 24))
    assert rate is not None
    dollars = next(f for f in report["figures"] if f["text"] == "$28 billion")
    assert dollars["value_usd"] == 28e9
    assert dollars["value_base"] == pytest.approx(28e9 * rate.low)
    bare = next(f for f in report["figures"] if f["text"] == "3 million")
    assert bare["value_base"] is None
    run(["notes", "--base-currency", "EUR", "-o", "report.md", "-q"], capsys)
    assert "| value in USD | value in EUR |" in Path("report.md").read_text(encoding="utf-8")


def test_without_base_currency_reports_have_no_base_values(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, report = json_report(["notes"], capsys)
    assert "base_currency" not in report
    assert all("value_base" not in f for f in report["figures"])


# --------------------------------------------------------------------------- errors

ERRORS = [
    pytest.param(
        'selec = ["missing-scale"]\n', ["selec", "did you mean 'select'"], id="unknown-key"
    ),
    pytest.param(
        'fail-on = "fatal"\n', ["fail-on", "'fatal'", "error, warning, info, never"], id="fail-on"
    ),
    pytest.param('select = "missing-scale"\n', ["select", "a list of rule ids"], id="select-type"),
    pytest.param(
        'select = ["missing-scal"]\n', ["select", "'missing-scal'", "missing-scale"], id="rule-id"
    ),
    pytest.param(
        '[tool.check-figures.severity]\nmissing-scale = "fatal"\n',
        ["severity.missing-scale", "'fatal'", "error, warning, info"],
        id="severity",
    ),
    pytest.param(
        "[tool.check-figures.params.missing-scale]\nthreshold = 3\n",
        ["params.missing-scale", "'threshold'", "implausible_below_usd, metrics"],
        id="unknown-param",
    ),
    pytest.param(
        '[tool.check-figures.params.missing-scale]\nimplausible_below_usd = "high"\n',
        ["params.missing-scale.implausible_below_usd", "'high'", "a number"],
        id="param-type",
    ),
    pytest.param(
        '[tool.check-figures.per-file-ignores]\n"x/**" = ["nope"]\n',
        ["per-file-ignores", "'nope'", "missing-scale"],
        id="per-file-ignores",
    ),
    pytest.param('base-currency = "XYZ"\n', ["base-currency", "'XYZ'", "USD, EUR"], id="currency"),
    pytest.param('date = "24/12/2025"\n', ["date", "YYYY-MM-DD"], id="date"),
    pytest.param(
        'rules = ["missing"]\n', ["rules", "'missing'", "not a folder"], id="rules-folder"
    ),
    pytest.param("select = [\n", ["cannot read configuration"], id="invalid-toml"),
]


@pytest.mark.parametrize(("table", "expected"), ERRORS)
def test_configuration_errors_name_file_key_and_accepted_values(
    table: str, expected: list[str], project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, table)
    status, _, err = run(["notes", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert "pyproject.toml" in line
    for part in expected:
        assert part in line


def test_check_figures_toml_errors_name_the_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "check-figures.toml", "colour = 1\n")
    status, _, err = run(["notes", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert line.startswith("check-figures: error: check-figures.toml: unknown key 'colour'")
    assert "accepted: base-currency, date, exclude" in line


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--config", "missing.toml"], "missing.toml: no such configuration file"),
        (["--config", "pyproject.toml"], "has no [tool.check-figures] table"),
        (["--base-currency", "dollars"], "--base-currency: 'dollars' is not accepted"),
        (["--select", "nope"], "--select: unknown rule id 'nope'"),
        (["--exclude", ""], "--exclude"),
    ],
    ids=["missing-file", "no-table", "bad-currency", "unknown-rule", "empty-glob"],
)
def test_option_errors_name_the_option(
    argv: list[str], expected: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "pyproject.toml", '[project]\nname = "notes"\n')
    status, _, err = run(["notes", *argv, "-q", "-o", "-"], capsys)
    assert expected in one_line_error(status, err)


# --------------------------------------------------------------------------- `config`


def test_config_command_prints_values_and_their_sources(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(
        project,
        'fail-on = "warning"\nignore = ["missing-currency"]\n\n'
        "[tool.check-figures.params.missing-scale]\nimplausible_below_usd = 500\n",
    )
    status, out, _ = run(["config", "notes", "--select", "missing-scale,currency-conflict"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert "# Configuration file: pyproject.toml [tool.check-figures]" in lines
    assert 'select = ["missing-scale", "currency-conflict"]  # --select' in lines
    assert 'fail-on = "warning"  # pyproject.toml: [tool.check-figures] fail-on' in lines
    assert "ignore = []  # default" in lines, "a command-line select starts the ignores over"
    assert (
        "implausible_below_usd = 500  # pyproject.toml: [tool.check-figures] "
        "params.missing-scale.implausible_below_usd"
    ) in lines
    assert any(line.startswith('currency-conflict = "error"  # default, ') for line in lines)
    parsed = tomllib.loads(out)
    assert parsed["fail-on"] == "warning"
    assert parsed["severity"] == {"currency-conflict": "error", "missing-scale": "error"}
    assert parsed["params"]["missing-scale"]["implausible_below_usd"] == 500


def test_config_command_without_a_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["config"], capsys)
    assert status == 0
    assert "# Configuration file: none found" in out
    assert "# select is not set: every rule  # default" in out
    assert tomllib.loads(out)["fail-on"] == "error"


# --------------------------------------------------------------------------- globs


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("drafts", "notes/drafts/a.md", True),
        ("drafts", "notes/drafts.md", False),
        ("*.html", "notes/2019/a.html", True),
        ("notes/*.md", "notes/a.md", True),
        ("notes/*.md", "notes/2019/a.md", False),
        ("notes/**/*.md", "notes/2019/q1/a.md", True),
        ("notes/**/*.md", "notes/a.md", True),
        ("**/old/*", "x/old/a.txt", True),
        ("notes/2019/", "notes/2019/a.md", True),
        ("./notes/a?.md", "notes/ab.md", True),
        ("notes/[!a]*.md", "notes/a1.md", False),
        ("notes/[!a]*.md", "notes/b1.md", True),
    ],
)
def test_glob_matches(pattern: str, path: str, matches: bool) -> None:
    assert glob_matches(pattern, path) is matches


def test_readme_configuration_example_is_valid(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration\n", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    write(project / "pyproject.toml", example)
    (project / "examples").mkdir()
    (project / "examples" / "house-rules").symlink_to(REPO / "examples" / "house-rules")
    status, out, err = run(["config", "notes"], capsys)
    assert status == 0, err
    assert 'base-currency = "EUR"  # pyproject.toml: [tool.check-figures] base-currency' in out


# --------------------------------------------------------------------------- hostile values

BAD_NUMBERS = [
    pytest.param("nan", "nan", id="nan"),
    pytest.param("inf", "inf", id="infinite"),
    pytest.param("-0.5", "-0.5", id="negative"),
    pytest.param("[0.1, 0.2]", "[0.1, 0.2]", id="list"),
    pytest.param('"big"', "'big'", id="text"),
]


@pytest.mark.parametrize(("value", "shown_value"), BAD_NUMBERS)
def test_a_tolerance_must_be_a_finite_non_negative_number(
    value: str, shown_value: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pyproject(project, f"[tool.check-figures.params.fx-mismatch]\ntolerance = {value}\n")
    status, _, err = run(["notes", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert "pyproject.toml: [tool.check-figures] params.fx-mismatch.tolerance" in line
    assert f"{shown_value} is not accepted; accepted: a number (finite, not negative)" in line


HOUSE_RULE = """id = "house-limit"
title = "A house rule"
flags = "Large valuations."
why = "House style."
severity = "warning"
check = "currency_code_required"

[params]
metrics = ["valuation"]
{params}
[[examples]]
text = "Acme is valued at $45 billion."
triggers = true
{example}
"""


@pytest.mark.parametrize(
    ("params", "example", "expected"),
    [
        pytest.param('above_usd = "big"\n', "", "params.above_usd must be a number", id="text"),
        pytest.param("above_usd = nan\n", "", "params.above_usd must be a finite", id="nan"),
        pytest.param("above_usd = -1\n", "", "params.above_usd must be a finite", id="negative"),
        pytest.param("above_usd = [1]\n", "", "params.above_usd must be a number", id="list"),
        pytest.param("colour = 1\n", "", "unknown key 'params.colour'", id="unknown-param"),
        pytest.param("", "colour = 1\n", "unknown key 'examples.colour'", id="unknown-example"),
    ],
)
def test_a_rule_pack_with_a_bad_parameter_or_key_exits_2_naming_file_and_key(
    params: str, example: str, expected: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "house" / "house-limit.toml", HOUSE_RULE.format(params=params, example=example))
    status, _, err = run(["notes", "--rules", "house", "-q", "-o", "-"], capsys)
    line = one_line_error(status, err)
    assert "house-limit.toml: " in line
    assert expected in line


def test_a_valid_house_rule_still_loads(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        project / "house" / "house-limit.toml",
        HOUSE_RULE.format(params="above_usd = 1e9\n", example=""),
    )
    status, _ = json_report(["notes", "--rules", "house", "--extend-select", "house-limit"], capsys)
    assert status == 1


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("/drafts", "drafts/a.md", True),
        ("/drafts", "notes/drafts/a.md", False),
        ("./drafts", "notes/drafts/a.md", False),
        ("drafts", "notes/drafts/a.md", True),
        ("drafts/", "notes/drafts/a.md", True),
        ("notes/*.md", "notes/sub/a.md", False),
    ],
)
def test_anchored_and_unanchored_globs(pattern: str, path: str, matches: bool) -> None:
    assert glob_matches(pattern, path) is matches
