"""Command line: parse arguments, run the check, write reports, return the exit status."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from checker.api import run_check
from checker.baseline import BaselineError, apply_baseline, read_baseline, render_baseline
from checker.config import (
    ConfigError,
    Settings,
    make_layer,
    render_settings,
    resolve_settings,
)
from checker.engine import FAIL_ON_CHOICES, Rule, RuleError
from checker.report import FORMATS, render, write_atomically
from checker.report.github import step_summary
from checker.report.terminal import print_summary

DEFAULT_OUTPUTS = {
    "markdown": "reports/figures.md",
    "json": "reports/figures.json",
    "sarif": "reports/figures.sarif",
    "github": "-",
    "junit": "reports/figures.junit.xml",
}
USAGE_ERROR = 2
COMMANDS = "Other commands: 'check-figures rules' lists the rules; 'check-figures explain RULE' "
COMMANDS += "documents one; 'check-figures config [PATH ...]' prints the effective configuration."


class UsageError(Exception):
    """A problem with the command line; reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports a bad command line as a UsageError."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'check-figures --help')")


def build_parser(prog: str = "check-figures", paths: str = "+") -> argparse.ArgumentParser:
    """The parser of a check run (and, with paths "*", of `check-figures config`)."""
    parser = _Parser(
        prog=prog,
        description="Find contradictory money figures in articles and notes.",
        epilog=COMMANDS,
    )
    parser.add_argument("paths", nargs=paths, help="files or folders to check")
    _add_config_options(parser)
    output = parser.add_argument_group("reports")
    output.add_argument(
        "--format",
        action="append",
        choices=FORMATS,
        help="report format (default markdown); repeat, each with its --output, for several",
    )
    output.add_argument(
        "--output", "-o", action="append", metavar="FILE", help="report file, or - for stdout"
    )
    output.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    output.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    output.add_argument(
        "--write-baseline", metavar="FILE", help="write every current finding to FILE"
    )
    output.add_argument("--figures-csv", metavar="FILE", help="also write the fact table as CSV")
    output.add_argument("--quiet", "-q", action="store_true", help="no summary, no progress bar")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes")
    return parser


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    """The options that override the configuration file."""
    group = parser.add_argument_group("configuration (overrides the configuration file)")
    group.add_argument("--config", metavar="FILE", help="configuration file; no discovery")
    group.add_argument("--select", metavar="IDS", help="comma-separated rule ids to run")
    group.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids to skip")
    group.add_argument("--extend-select", metavar="IDS", help="rule ids to run as well")
    group.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        help="lowest severity that makes the exit status 1 (default error)",
    )
    group.add_argument("--exclude", action="append", metavar="GLOB", help="files to leave out")
    group.add_argument(
        "--no-ignore",
        dest="respect_ignore_files",
        action="store_false",
        default=None,
        help="also check what .gitignore and .ignore files leave out",
    )
    group.add_argument("--rules", action="append", metavar="DIR", help="extra folder of rules")
    group.add_argument("--base-currency", metavar="CODE", help="also convert figures to CODE")
    group.add_argument("--date", help="document date for every file, YYYY-MM-DD")


def _rule_parser(prog: str, with_rule_id: bool) -> argparse.ArgumentParser:
    """The parser of `rules` and `explain`: which rule packs to read."""
    parser = _Parser(prog=prog)
    if with_rule_id:
        parser.add_argument("rule", help="the rule id to document")
    parser.add_argument("--config", metavar="FILE", help="configuration file; no discovery")
    parser.add_argument("--rules", action="append", metavar="DIR", help="extra folder of rules")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "rules":
            return _list_rules(args[1:])
        if args and args[0] == "explain":
            return _explain(args[1:])
        if args and args[0] == "config":
            return _show_config(args[1:])
        return _run(build_parser().parse_args(args))
    except (UsageError, RuleError, ConfigError, BaselineError) as error:
        print(f"check-figures: error: {error}", file=sys.stderr)
        return USAGE_ERROR


OPTION_KEYS = (
    "select",
    "ignore",
    "extend-select",
    "fail-on",
    "exclude",
    "rules",
    "base-currency",
    "date",
    "respect-ignore-files",
)


def _settings(args: argparse.Namespace, paths: Sequence[str]) -> Settings:
    """The run's settings: the configuration file overridden by the options given."""
    options = {key: getattr(args, key.replace("-", "_"), None) for key in OPTION_KEYS}
    for key in ("select", "ignore", "extend-select"):
        options[key] = _ids(options[key])
    given = {key: value for key, value in options.items() if value is not None}
    layer = make_layer(given, lambda key: f"--{key}", Path.cwd())
    return resolve_settings(paths, args.config, layer)


def _ids(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


def _run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    reports = _reports(args.format or [], args.output or [])
    baseline = read_baseline(Path(args.baseline)) if args.baseline else None
    result = run_check(args.paths, _settings(args, args.paths), args.jobs, not args.quiet)
    if not result.documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in result.skipped) or "no files given"
        raise UsageError(f"no document could be read ({reasons})")
    if args.write_baseline:
        written = Path(args.write_baseline)
        _write(written, render_baseline(result, written))
        baseline = read_baseline(written)
    if baseline is not None:
        result = apply_baseline(result, baseline)
    if args.exit_zero:
        result.exit_status = 0
    for fmt, output in reports:
        _emit(render(result, fmt), output)
    if "github" in dict(reports) and os.environ.get("GITHUB_STEP_SUMMARY"):
        _append(Path(os.environ["GITHUB_STEP_SUMMARY"]), step_summary(result))
    if args.figures_csv:
        _write(Path(args.figures_csv), result.facts.to_csv(index=False, lineterminator="\n"))
    if not args.quiet:
        print_summary(result, report_paths=[output for _, output in reports if output != "-"])
    return result.exit_status


def _reports(formats: list[str], outputs: list[str]) -> list[tuple[str, str]]:
    """(format, output) pairs: the n-th --output is the n-th --format's file."""
    formats = formats or ["markdown"]
    if not outputs:
        pairs = [(fmt, DEFAULT_OUTPUTS[fmt]) for fmt in formats]
    elif len(outputs) == len(formats):
        pairs = list(zip(formats, outputs, strict=True))
    else:
        raise UsageError(
            f"{len(formats)} --format and {len(outputs)} --output: give one --output per "
            "--format, or none for the default files"
        )
    targets = [output for _, output in pairs]
    if targets.count("-") > 1:
        raise UsageError("only one report can go to standard output (--output -)")
    repeated = sorted({t for t in targets if t != "-" and targets.count(t) > 1})
    if repeated:
        raise UsageError(f"two reports would be written to {repeated[0]}")
    return pairs


def _emit(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    _write(Path(output), text)


def _write(path: Path, text: str) -> None:
    try:
        write_atomically(path, text)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from error


def _append(path: Path, text: str) -> None:
    """Add `text` to a file another program owns (the GitHub step summary)."""
    try:
        with path.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise UsageError(f"cannot append to {path}: {error.strerror or error}") from error


def _catalog(options: argparse.Namespace) -> list[Rule]:
    """Every rule: the default pack, the configured rule folders and --rules."""
    return list(_settings(options, ["."]).catalog)


def _list_rules(args: Sequence[str]) -> int:
    for rule in _catalog(_rule_parser("check-figures rules", False).parse_args(args)):
        print(f"{rule.id:26} {rule.severity:8} {rule.title}")
    return 0


def _explain(args: Sequence[str]) -> int:
    options = _rule_parser("check-figures explain", True).parse_args(args)
    by_id = {rule.id: rule for rule in _catalog(options)}
    if options.rule not in by_id:
        raise UsageError(f"unknown rule id {options.rule!r}; known: {', '.join(sorted(by_id))}")
    print(explanation(by_id[options.rule]), end="")
    return 0


def explanation(rule: Rule) -> str:
    """A rule's documentation: title, what it flags, why, parameters, examples."""
    lines = [
        f"{rule.id} ({rule.severity}): {rule.title}",
        "",
        "What it flags",
        textwrap.indent(rule.flags, "  "),
        "",
        "Why it matters",
        textwrap.indent(rule.why, "  "),
        "",
        "Parameters",
    ]
    lines += [f"  {key} = {value!r}" for key, value in sorted(rule.params.items())] or ["  none"]
    lines += ["", "Examples"]
    for example in rule.examples:
        text = example.text.strip().replace("\n", "\n          ")
        lines.append(f"  {'flags' if example.triggers else 'passes'}: {text}")
    return "\n".join(lines) + "\n"


def _show_config(args: Sequence[str]) -> int:
    parsed = build_parser("check-figures config", paths="*").parse_args(args)
    print(render_settings(_settings(parsed, parsed.paths or ["."])), end="")
    return 0
