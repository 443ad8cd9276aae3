"""The Python API: `checker.check` gives what the command line gives, with the same options."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from helpers import REPO, copy_seeds, json_report, run

import checker
from checker import api, check, progress
from checker.cli import main
from checker.config import ConfigError
from checker.facts import FIGURE_COLUMNS
from checker.model import Document, Grade

FINDING_KEYS = ("rule", "severity", "path", "line", "column", "message", "explanation")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def api_findings(result: checker.CheckResult) -> list[dict]:
    """The result's findings as the JSON report lists them."""
    return [
        {**{key: getattr(f, key) for key in FINDING_KEYS}, "figures": list(f.figures)}
        for f in sorted(result.findings, key=lambda f: (f.path, f.line, f.column, f.rule))
    ]


def cli_findings(report: dict) -> list[dict]:
    return [
        {**{key: f[key] for key in FINDING_KEYS}, "figures": f["figures"]}
        for f in sorted(report["findings"], key=lambda f: (f["path"], f["line"], f["column"]))
    ]


def test_check_is_the_package_api(project: Path) -> None:
    result = checker.check(["seeds"])
    assert isinstance(result.figures, pd.DataFrame)
    assert result.figures is result.facts
    assert list(result.figures.columns[: len(FIGURE_COLUMNS)]) == list(FIGURE_COLUMNS)
    assert [d.path for d in result.documents] == sorted(
        f"seeds/{p.name}" for p in (project / "seeds").iterdir()
    )
    assert {f.rule for f in result.findings} == {
        "currency-conflict",
        "missing-currency",
        "missing-scale",
    }
    assert result.exit_status == 1


def test_api_gives_the_same_findings_as_the_command_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, report = json_report(["seeds"], capsys)
    result = check(["seeds"])
    assert api_findings(result) == cli_findings(report)
    assert result.exit_status == status
    assert len(result.figures) == len(report["figures"])


def test_api_options_match_a_configuration_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    options = {
        "select": ["missing-scale", "missing-currency"],
        "severity": {"missing-currency": "error"},
        "params": {"missing-scale": {"implausible_below_usd": 10}},
        "per_file_ignores": {"seeds/000_*": ["missing-scale"]},
        "exclude": ["seeds/003_*"],
        "base_currency": "EUR",
        "date": "2025-12-24",
        "fail_on": "warning",
    }
    (project / "check-figures.toml").write_text(
        'select = ["missing-scale", "missing-currency"]\n'
        'exclude = ["seeds/003_*"]\nbase-currency = "EUR"\ndate = "2025-12-24"\n'
        'fail-on = "warning"\n\n[severity]\nmissing-currency = "error"\n\n'
        "[params.missing-scale]\nimplausible_below_usd = 10\n\n"
        '[per-file-ignores]\n"seeds/000_*" = ["missing-scale"]\n',
        encoding="utf-8",
    )
    status, report = json_report(["seeds"], capsys)
    (project / "check-figures.toml").unlink()
    result = check(["seeds"], **options)
    assert api_findings(result) == cli_findings(report)
    assert [f.severity for f in result.findings] == ["error"]
    assert result.exit_status == status == 1
    assert result.base_currency == "EUR"
    assert "value_base" in result.figures.columns


def test_api_reads_the_configuration_file_like_the_command_line(project: Path) -> None:
    (project / "check-figures.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert check(["seeds"]).exit_status == 0
    assert check(["seeds"], fail_on="error").exit_status == 1
    other = project / "strict.toml"
    other.write_text('fail-on = "warning"\nselect = ["missing-currency"]\n', encoding="utf-8")
    assert check(["seeds"], config=other).exit_status == 1


def test_api_errors_name_the_argument(project: Path) -> None:
    with pytest.raises(ConfigError, match=r"check\(fail_on=\.\.\.\): 'fatal' is not accepted"):
        check(["seeds"], fail_on="fatal")
    with pytest.raises(ConfigError, match=r"check\(select=\.\.\.\): unknown rule id 'nope'"):
        check(["seeds"], select=["nope"])


def test_api_baseline(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(["seeds", "--write-baseline", "baseline.json", "-q", "-o", "-"], capsys)
    result = check(["seeds"], baseline="baseline.json")
    assert (result.findings, result.baselined, result.exit_status) == ([], 3, 0)


def test_result_has_the_rules_that_ran(project: Path) -> None:
    result = check(["seeds"], select=["missing-scale"], severity={"missing-scale": "warning"})
    assert [(r.id, r.severity) for r in result.rules] == [("missing-scale", "warning")]
    assert dataclasses.is_dataclass(result.rules[0])


# --------------------------------------------------------------------------- progress


class Terminal(io.StringIO):
    """Standard error as a terminal would be."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of more documents than the progress bar's threshold."""
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(progress.MIN_DOCUMENTS + 1):
        (folder / f"{number:03d}.txt").write_text("Xiaomi raised $1 billion.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def test_progress_bar_on_a_terminal_for_a_large_corpus(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    check([many], progress=True)
    assert "Checking documents" in terminal.getvalue()


def test_no_progress_bar_off_a_terminal_or_for_a_small_corpus(
    many: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    check([many], progress=True)
    assert piped.getvalue() == ""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    check([many / "000.txt", many / "001.txt"], progress=True)
    check([many], progress=False)
    assert terminal.getvalue() == ""


def test_progress_never_reaches_machine_readable_output(
    many: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = main(["many", "--format", "json", "--output", "-"])
    assert status == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["documents"] == progress.MIN_DOCUMENTS + 1
    assert "Checking documents" in terminal.getvalue()
    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    main(["many", "--format", "json", "--output", "-", "--quiet"])
    assert quiet.getvalue() == ""


def test_readme_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Python API\n", 1)[1].split("```python\n", 1)[1].split("```")[0]
    monkeypatch.chdir(REPO)
    exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "seeds/003_b2869171261bb7ce.txt:3 error currency-conflict:" in out
    assert out.rstrip().endswith("1")


# --------------------------------------------------------------------------- worker processes


def _path_of(document: Document) -> str:
    return document.path


def test_the_pool_reads_documents_only_a_few_chunks_ahead_of_its_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(api, "CHUNK", 2)
    taken: list[int] = []

    def documents() -> Iterator[Document]:
        for number in range(40):
            taken.append(number)
            yield Document(
                f"{number}.txt", "Kell paid $3 million.", "Kell paid $3 million.", "utf-8"
            )

    results = api._in_pool(documents(), 2, _path_of)
    assert next(results) == "0.txt"
    assert len(taken) == api.AHEAD * 2 * api.CHUNK
    assert list(results) == [f"{number}.txt" for number in range(1, 40)]
    assert len(taken) == 40


def test_worker_processes_date_and_analyse_documents_as_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents go to the workers in several small chunks as they are read; the workers
    date the undated ones from their text, a document whose analysis crashes is skipped in
    its place, and everything else comes back as one process would have it."""
    for number in range(9):
        text = f"Zentor Labs raised ${number + 2} million in 2019, its 2020 filing showed."
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "04.txt").write_text("Date: 2021-03-04\n\nOrvane paid €7 million for Kell.\n")
    (tmp_path / "06.txt").write_text("Broken Holdings earned $9 million in 2018.\n")
    real_link = api.link_document

    def crash_on_broken(document: Document, *args: object, **kwargs: object) -> object:
        if "Broken" in document.plain:
            raise RuntimeError("invented crash")
        return real_link(document, *args, **kwargs)

    monkeypatch.setattr(api, "link_document", crash_on_broken)
    monkeypatch.setattr(api, "CHUNK", 2)
    pools: list[int] = []

    class CountedPool(api.ProcessPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(api, "ProcessPoolExecutor", CountedPool)
    alone, pooled = (check([tmp_path], jobs=jobs, fail_on="never") for jobs in (1, 2))
    assert pools == [2]
    assert [d.unpack() for d in pooled.documents] == [d.unpack() for d in alone.documents]
    assert pooled.claims == alone.claims
    assert pooled.skipped == alone.skipped
    assert [s.path for s in pooled.skipped] == [str(tmp_path / "06.txt")]
    dated = {Path(d.path).name: d for d in pooled.documents}
    assert dated["00.txt"].date_grade == Grade.INFERRED
    assert dated["00.txt"].date_window[0] == 2020
    assert dated["04.txt"].date_grade == Grade.STATED
    assert len(pooled.documents) == 8
