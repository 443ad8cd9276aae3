"""Command line: parse arguments, run the check, write reports, return the exit status."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from checker.api import check
from checker.engine import FAIL_ON_CHOICES, RuleError, load_rules
from checker.report import FORMATS, render, write_atomically
from checker.report.terminal import print_summary

DEFAULT_OUTPUTS = {"markdown": "reports/figures.md", "json": "reports/figures.json"}
USAGE_ERROR = 2


class UsageError(Exception):
    """A problem with the command line; reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports a bad command line as a UsageError."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'check-figures --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="check-figures",
        description="Find contradictory money figures in articles and notes.",
        epilog="Other commands: 'check-figures rules' lists the rules; "
        "'check-figures explain RULE' documents one.",
    )
    parser.add_argument("paths", nargs="+", help="files or folders to check")
    parser.add_argument("--format", choices=FORMATS, default="markdown", help="report format")
    parser.add_argument("--output", "-o", help="report file, or - for standard output")
    parser.add_argument(
        "--select", default="", help="comma-separated rule ids to run (default all)"
    )
    parser.add_argument("--ignore", default="", help="comma-separated rule ids to skip")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default="error",
        help="lowest severity that makes the exit status 1 (default error)",
    )
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    parser.add_argument("--date", help="document date for every file, YYYY-MM-DD")
    parser.add_argument("--jobs", "-j", type=int, default=1, help="worker processes")
    parser.add_argument("--rules", action="append", default=[], help="extra folder of rule files")
    parser.add_argument("--figures-csv", help="also write the fact table as CSV to this file")
    parser.add_argument("--quiet", "-q", action="store_true", help="no terminal summary")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "rules":
            return _list_rules()
        if args and args[0] == "explain":
            return _explain(args[1:])
        return _run(build_parser().parse_args(args))
    except (UsageError, RuleError) as error:
        print(f"check-figures: error: {error}", file=sys.stderr)
        return USAGE_ERROR


def _run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    result = check(
        args.paths,
        date=_parse_date(args.date),
        select=_ids(args.select),
        ignore=_ids(args.ignore),
        fail_on=args.fail_on,
        rules_dirs=[Path(p) for p in args.rules],
        jobs=args.jobs,
    )
    if not result.documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in result.skipped) or "no files given"
        raise UsageError(f"no document could be read ({reasons})")
    if args.exit_zero:
        result.exit_status = 0
    output = args.output or DEFAULT_OUTPUTS[args.format]
    _emit(render(result, args.format), output)
    if args.figures_csv:
        write_atomically(
            Path(args.figures_csv), result.facts.to_csv(index=False, lineterminator="\n")
        )
    if not args.quiet:
        print_summary(result, report_paths=[] if output == "-" else [output])
    return result.exit_status


def _emit(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        write_atomically(Path(output), text)
    except OSError as error:
        raise UsageError(f"cannot write report {output}: {error.strerror or error}") from error


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise UsageError(f"--date {value!r} is not a date in the form YYYY-MM-DD") from error


def _ids(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _list_rules() -> int:
    for rule in load_rules():
        print(f"{rule.id:20} {rule.severity:8} {rule.title}")
    return 0


def _explain(args: Sequence[str]) -> int:
    if len(args) != 1:
        raise UsageError("usage: check-figures explain RULE-ID")
    rules = {rule.id: rule for rule in load_rules()}
    if args[0] not in rules:
        raise UsageError(f"unknown rule id {args[0]!r}; known: {', '.join(sorted(rules))}")
    rule = rules[args[0]]
    print(f"{rule.id} ({rule.severity}): {rule.title}\n")
    print(f"What it flags\n  {rule.flags}\n\nWhy it matters\n  {rule.why}\n")
    if rule.params:
        print("Parameters")
        for key, value in sorted(rule.params.items()):
            print(f"  {key} = {value!r}")
        print()
    print("Examples")
    for example in rule.examples:
        print(f"  {'flags' if example.triggers else 'passes'}: {example.text}")
    return 0
