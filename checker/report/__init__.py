"""Report emitters, one module per output format, and what they share: order, counts, writing."""

from __future__ import annotations

import importlib
import math
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from checker.choices import FORMATS
from checker.model import CheckResult, Finding

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

# The order of figures in every report, and how many figure records are made at a time.
ROW_ORDER = ("path", "start", "end")
ROW_BATCH = 1000

INT_COLUMNS = frozenset({"start", "end", "line", "column"})
FLOAT_COLUMNS = frozenset(
    {
        "amount",
        "value_usd",
        "value_usd_low",
        "value_usd_high",
        "value_base",
        "value_base_low",
        "value_base_high",
    }
)


def report_chunks(result: CheckResult, fmt: str, output: str | None = None) -> Iterator[str]:
    """The report for `result` in format `fmt` (one of FORMATS), in the order it is written.

    The emitter `iter_<fmt>` makes it piece by piece (figures one at a time), or
    `render_<fmt>` whole. `output` is the file the report goes to ("-" or None: standard
    output); the Markdown report links documents relative to its folder.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    # The emitters import the helpers below from this package, so they are imported here.
    emitter = importlib.import_module(f"checker.report.{fmt}")
    if fmt == "markdown":
        folder = Path(output).parent if output and output != "-" else None
        return emitter.iter_markdown(result, link_folder=folder)
    stream = getattr(emitter, f"iter_{fmt}", None)
    if stream is not None:
        return stream(result)
    return iter([getattr(emitter, f"render_{fmt}")(result)])


def render(result: CheckResult, fmt: str, output: str | None = None) -> str:
    """The report for `result` in format `fmt` as one string (see `report_chunks`)."""
    return "".join(report_chunks(result, fmt, output))


def write_report(result: CheckResult, fmt: str, output: str) -> None:
    """Write the report for `result` in format `fmt` to the file `output`, piece by piece."""
    write_atomically(Path(output), report_chunks(result, fmt, output))


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, in order) to `path` as UTF-8 with "\\n" newlines, in one step.

    The pieces go to a temporary file beside `path`, which then replaces `path`; on any error
    the temporary file is removed and `path` is left as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def severity_rank(severity: str) -> int:
    """Position of a severity in SEVERITIES (error first); unknown severities sort last."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in report order: severity, path, line, column, rule, message."""
    return sorted(
        findings,
        key=lambda f: (severity_rank(f.severity), f.path, f.line, f.column, f.rule, f.message),
    )


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Number of findings per severity, every severity present."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def failing_count(result: CheckResult) -> int:
    """Number of findings at or above the `--fail-on` severity (none for "never")."""
    if result.fail_on not in SEVERITIES:
        return 0
    threshold = severity_rank(result.fail_on)
    return sum(severity_rank(f.severity) <= threshold for f in result.findings)


def exit_reason(result: CheckResult, code_mark: str = "") -> str:
    """One sentence: the exit status and why; `code_mark` wraps the severity ("`" in Markdown)."""
    status = result.exit_status
    if status == 2:
        return "Exit status 2: usage, configuration or input error."
    if result.fail_on == "never":
        return f"Exit status {status}: findings never fail the run (--fail-on never)."
    threshold = f"at or above {code_mark}{result.fail_on}{code_mark} (--fail-on {result.fail_on})"
    failing = failing_count(result)
    if failing == 0:
        return f"Exit status {status}: no finding {threshold}."
    findings = f"{failing} finding{'' if failing == 1 else 's'}"
    if status == 0:
        return f"Exit status 0: {findings} {threshold}, but the run was not set to fail."
    return f"Exit status {status}: {findings} {threshold}."


def figure_rows(facts: Any) -> list[dict[str, Any]]:
    """The fact table as plain records in (path, start, end) order: ints as ints, NaN as None."""
    return list(iter_figure_rows(facts))


def iter_figure_rows(facts: Any, batch: int = ROW_BATCH) -> Iterator[dict[str, Any]]:
    """The records of `figure_rows`, made `batch` rows at a time from the fact table."""
    if facts is None or len(facts) == 0:
        return
    keys = facts[list(ROW_ORDER)].reset_index(drop=True)
    order = keys.sort_values(list(ROW_ORDER), kind="mergesort").index.to_numpy()
    for begin in range(0, len(order), batch):
        for record in facts.iloc[order[begin : begin + batch]].to_dict("records"):
            yield {column: plain_value(column, value) for column, value in record.items()}


def plain_records(facts: Any, positions: list[int]) -> dict[int, dict[str, Any]]:
    """The records of the fact table's rows at `positions`, by position, with the plain
    values of `iter_figure_rows`: read in one pass where rows are wanted group by group."""
    records = facts.iloc[positions].to_dict("records")
    return {
        position: {column: plain_value(column, value) for column, value in record.items()}
        for position, record in zip(positions, records, strict=True)
    }


def figure_count(facts: Any) -> int:
    """Number of figures in the fact table (none when there is no table)."""
    return 0 if facts is None else len(facts)


def named_facts(facts: Any, findings: Iterable[Finding]) -> Any:
    """The rows of the fact table that the findings name (the table itself when empty)."""
    if facts is None or len(facts) == 0:
        return facts
    named = {figure for finding in findings for figure in finding.figures}
    return facts[facts["id"].isin(named)]


def rows_by_id(facts: Any) -> dict[str, dict[str, Any]]:
    """Figure id to its record (the last record of an id that occurs twice)."""
    return {row["id"]: row for row in iter_figure_rows(facts)}


def plain_value(column: str, value: Any) -> Any:
    """A fact-table cell as a plain value: ints as ints, NaN and infinities as None."""
    if type(value) is str and column not in INT_COLUMNS and column not in FLOAT_COLUMNS:
        return value
    if pd.isna(value):
        return None
    if column in INT_COLUMNS:
        return int(value)
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if column in FLOAT_COLUMNS or isinstance(value, float | np.floating):
        number = float(value)
        return number if math.isfinite(number) else None
    return str(value)


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` (the working folder) holding `.git`, else `start`."""
    here = Path(os.path.abspath(start or Path.cwd()))
    return next((folder for folder in (here, *here.parents) if (folder / ".git").exists()), here)
