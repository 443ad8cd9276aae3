"""Command line: parse arguments, run the check, write reports, return the exit status."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import stat
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from checker.cache import CACHE_DIR_VARIABLE, DocumentCache, default_cache_dir
from checker.choices import ENGINES, FAIL_ON_CHOICES, FORMATS, tool_version
from checker.errors import BaselineError, ConfigError, RuleError

if TYPE_CHECKING:
    from checker.api import Runner
    from checker.config import Settings
    from checker.engine import Rule
    from checker.model import CheckResult

DEFAULT_OUTPUTS = {
    "markdown": "reports/figures.md",
    "json": "reports/figures.json",
    "sarif": "reports/figures.sarif",
    "github": "-",
    "junit": "reports/figures.junit.xml",
    "gitlab": "reports/figures.gitlab.json",
}
USAGE_ERROR = 2
INTERNAL_ERROR = 2
COMMANDS = "Other commands: 'check-figures rules' lists the rules; 'check-figures explain RULE' "
COMMANDS += "documents one; 'check-figures config [PATH ...]' prints the effective configuration; "
COMMANDS += "'check-figures cache clear' empties the per-file cache."


class UsageError(Exception):
    """A problem with the command line; reported in one line, exit status 2."""


class Stage:
    """What the run is doing, and on which file, for the one line an internal error prints."""

    name = "start-up"
    target = "the command line"

    @classmethod
    def enter(cls, name: str, target: str) -> None:
        cls.name, cls.target = name, target


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
    parser.add_argument("--version", action="version", version=f"%(prog)s {tool_version()}")
    _add_config_options(parser)
    output = parser.add_argument_group("reports")
    output.add_argument(
        "--format",
        action="append",
        choices=FORMATS,
        help="report format (default: markdown); repeat, each with its --output, for several",
    )
    defaults = ", ".join(f"{fmt} {path}" for fmt, path in DEFAULT_OUTPUTS.items())
    output.add_argument(
        "--output",
        "-o",
        action="append",
        metavar="FILE",
        help=f"report file, or - for standard output (default: {defaults}; - is standard output)",
    )
    output.add_argument(
        "--no-report",
        action="store_true",
        help="write no report file unless --format or --output names one "
        "(default: the Markdown report goes to reports/figures.md); for hooks",
    )
    output.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even with findings (default: off)"
    )
    output.add_argument(
        "--baseline", metavar="FILE", help="report only findings not in FILE (default: none)"
    )
    output.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="write every current finding to FILE (default: none)",
    )
    output.add_argument(
        "--figures-csv", metavar="FILE", help="also write the fact table as CSV (default: none)"
    )
    output.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="print nothing but errors: no findings, no summary, no progress bar (default: off)",
    )
    run = parser.add_argument_group("execution")
    run.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=default_jobs(),
        metavar="N",
        help="worker processes for reading, extracting and linking "
        "(default: %(default)s, the machine's cores)",
    )
    run.add_argument(
        "--no-cache",
        dest="cache",
        action="store_false",
        help="neither read nor write the per-file cache (default: cache in "
        f"${CACHE_DIR_VARIABLE}, else ~/.cache/check-figures); compiled patterns are "
        "still kept there, as Python keeps bytecode",
    )
    run.add_argument(
        "--cache-dir", metavar="DIR", help="the per-file cache's folder (default: as above)"
    )
    run.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where the per-document stages run: this machine, or a Dask cluster "
        "(needs the dask extra) (default: %(default)s)",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786 "
        "(default: a local cluster)",
    )
    return parser


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    """The options that override the configuration file."""
    group = parser.add_argument_group("configuration (overrides the configuration file)")
    group.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file; no discovery (default: the nearest check-figures.toml or "
        "pyproject.toml with [tool.check-figures] at or above each checked path)",
    )
    group.add_argument(
        "--select", metavar="IDS", help="comma-separated rule ids to run (default: every rule)"
    )
    group.add_argument(
        "--ignore", metavar="IDS", help="comma-separated rule ids to skip (default: none)"
    )
    group.add_argument(
        "--extend-select", metavar="IDS", help="rule ids to run as well (default: none)"
    )
    group.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        help="lowest severity that makes the exit status 1 (default: error)",
    )
    group.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help="files to leave out; repeatable (default: none)",
    )
    group.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        help="extra folder of rules; repeatable (default: only the built-in rules)",
    )
    group.add_argument(
        "--base-currency",
        metavar="CODE",
        help="also convert figures to CODE (default: USD only)",
    )
    group.add_argument(
        "--date", help="document date for every file, YYYY-MM-DD (default: each file's own)"
    )
    group.add_argument(
        "--no-ignore",
        dest="respect_ignore_files",
        action="store_false",
        default=None,
        help="also check what .gitignore and .ignore files leave out (default: they are respected)",
    )


def _rule_parser(prog: str, with_rule_id: bool) -> argparse.ArgumentParser:
    """The parser of `rules` and `explain`: which rule packs to read."""
    parser = _Parser(prog=prog)
    if with_rule_id:
        parser.add_argument("rule", help="the rule id to document")
    parser.add_argument("--config", metavar="FILE", help="configuration file; no discovery")
    parser.add_argument("--rules", action="append", metavar="DIR", help="extra folder of rules")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (0, 1 or 2), never a traceback."""
    args = list(sys.argv[1:] if argv is None else argv)
    Stage.enter("start-up", "the command line")
    try:
        return _dispatch(args)
    except (UsageError, RuleError, ConfigError, BaselineError) as error:
        _error(f"check-figures: error: {error}")
        return USAGE_ERROR
    except KeyboardInterrupt:
        _error("check-figures: error: interrupted")
        return USAGE_ERROR
    except Exception as error:  # any other failure is a bug, reported in one line
        _error(internal_error_line(error))
        return INTERNAL_ERROR


def _dispatch(args: list[str]) -> int:
    if args and args[0] == "rules":
        return _list_rules(args[1:])
    if args and args[0] == "explain":
        return _explain(args[1:])
    if args and args[0] == "config":
        return _show_config(args[1:])
    if args and args[0] == "cache":
        return _cache_command(args[1:])
    return _run(build_parser().parse_args(args))


def internal_error_line(error: BaseException) -> str:
    """The one line of an unexpected failure: the stage, the file, the error, a request."""
    stage = getattr(error, "stage", None) or Stage.name
    target = getattr(error, "path", None) or Stage.target
    detail = " ".join(f"{type(error).__name__}: {error}".split())
    return f"check-figures: internal error in {stage} on {target}: {detail}; please report it"


def _error(line: str) -> None:
    """Print one error line on standard error, whatever state standard output is in."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


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
    from checker.config import make_layer, resolve_settings

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


@contextlib.contextmanager
def _importing() -> Iterator[None]:
    """Imports without the cyclic garbage collector: importing the pipeline (pandas among
    it) makes a few hundred thousand long-lived objects and no garbage, and the collector,
    run after every 700 new objects, costs a one-file check about a tenth of its time. The
    objects made are then frozen out of later collections."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    with _importing():
        from checker.api import no_document_reason, run_check
        from checker.baseline import apply_baseline, read_baseline, render_baseline
        from checker.report import report_chunks
        from checker.report.github import step_summary

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    reports = _reports(args.format or [], args.output or [], args.no_report)
    checked = ", ".join(args.paths)
    Stage.enter("configuration", checked)
    settings = _settings(args, args.paths)
    baseline = None
    if args.baseline:
        Stage.enter("baseline", args.baseline)
        baseline = read_baseline(Path(args.baseline))
    Stage.enter("check", checked)
    result = run_check(args.paths, settings, _runner(args))
    if not result.documents:
        raise UsageError(no_document_reason(result.skipped))
    if args.write_baseline:
        Stage.enter("baseline", args.write_baseline)
        written = Path(args.write_baseline)
        _write(written, render_baseline(result, written))
        baseline = read_baseline(written)
    if baseline is not None:
        result = apply_baseline(result, baseline)
    if args.exit_zero:
        result.exit_status = 0
    _warn_reports_inside(args.paths, [output for _, output in reports], args.quiet)
    for fmt, output in reports:
        Stage.enter(f"the {fmt} report", "standard output" if output == "-" else output)
        _emit(report_chunks(result, fmt, output), output)
    if "github" in dict(reports) and os.environ.get("GITHUB_STEP_SUMMARY"):
        Stage.enter("the step summary", os.environ["GITHUB_STEP_SUMMARY"])
        _append(Path(os.environ["GITHUB_STEP_SUMMARY"]), step_summary(result))
    if args.figures_csv:
        Stage.enter("the figures CSV", args.figures_csv)
        _write(Path(args.figures_csv), result.facts.to_csv(index=False, lineterminator="\n"))
    if not args.quiet:
        Stage.enter("the terminal summary", "standard output")
        _print_terminal(result, reports)
    return result.exit_status


def default_jobs() -> int:
    """Worker processes by default: one per core."""
    return os.cpu_count() or 1


def _runner(args: argparse.Namespace) -> Runner:
    """How the per-document stages run, from the execution options."""
    from checker.api import Runner
    from checker.patterns import use_store

    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    folder = Path(args.cache_dir) if args.cache_dir else None
    use_store(folder or default_cache_dir())
    cache = DocumentCache(folder) if args.cache else None
    return Runner(args.jobs, not args.quiet, cache, args.engine, args.scheduler)


def _print_terminal(result: CheckResult, reports: list[tuple[str, str]]) -> None:
    """Findings and summary on standard output, or on standard error when a report is there."""
    from rich.console import Console

    from checker.report.terminal import print_summary

    on_stdout = "-" not in [output for _, output in reports]
    console = Console(stderr=not on_stdout, highlight=False)
    try:
        print_summary(result, console, [output for _, output in reports if output != "-"])
        (sys.stdout if on_stdout else sys.stderr).flush()
    except OSError as error:
        raise _output_failed(error) from error


def _warn_reports_inside(paths: Sequence[str], outputs: Sequence[str], quiet: bool) -> None:
    """Warn when a report file is written inside a folder being checked."""
    if quiet:
        return
    folders = {path: Path(os.path.abspath(path)) for path in paths if Path(path).is_dir()}
    for output in outputs:
        parents = Path(os.path.abspath(output)).parents if output != "-" else ()
        inside = next((path for path, folder in folders.items() if folder in parents), None)
        if inside is not None:
            _error(
                f"check-figures: warning: the report {output} is written inside the checked "
                f"folder {inside}; write reports outside the folders you check"
            )


def _reports(formats: list[str], outputs: list[str], no_report: bool) -> list[tuple[str, str]]:
    """(format, output) pairs: the n-th --output is the n-th --format's file.

    Without --format and --output the Markdown report goes to its default file, unless
    `no_report` (the pre-commit hook's --no-report) asks for none.
    """
    if no_report and not formats and not outputs:
        return []
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


def _emit(pieces: Iterable[str], output: str) -> None:
    """Write a report, piece by piece, to standard output ("-") or to the file `output`."""
    if output == "-":
        try:
            sys.stdout.writelines(pieces)
            sys.stdout.flush()
        except OSError as error:
            raise _output_failed(error) from error
        return
    _write(Path(output), pieces)


def _output_failed(error: OSError) -> UsageError:
    """The error of a failed write to standard output; later flushes are sent nowhere."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return UsageError(f"cannot write to standard output: {error.strerror or error}")


def _write(path: Path, text: str | Iterable[str]) -> None:
    """Write a report file atomically; a device or pipe (/dev/null) is written to, not replaced."""
    from checker.report import write_atomically

    try:
        if _is_special(path):
            with path.open("w", encoding="utf-8", newline="\n") as handle:
                handle.writelines([text] if isinstance(text, str) else text)
        else:
            write_atomically(path, text)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from error


def _is_special(path: Path) -> bool:
    """Whether `path` exists and is neither a regular file nor a folder (a device, a FIFO)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _append(path: Path, text: str) -> None:
    """Add `text` to a file another program owns (the GitHub step summary)."""
    try:
        with path.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise UsageError(f"cannot append to {path}: {error.strerror or error}") from error


def _cache_command(args: Sequence[str]) -> int:
    """`check-figures cache clear [--cache-dir DIR]`: empty the per-file cache."""
    parser = _Parser(prog="check-figures cache")
    parser.add_argument("action", choices=("clear",), help="clear: delete every cached entry")
    parser.add_argument("--cache-dir", metavar="DIR", help="the cache's folder")
    options = parser.parse_args(args)
    cache = DocumentCache(Path(options.cache_dir) if options.cache_dir else None)
    removed = cache.clear()
    print(f"check-figures: removed {removed} cached file results from {cache.folder}")
    return 0


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
        if example.flags:
            lines.append("    names: " + ", ".join(f"'{figure}'" for figure in example.flags))
    return "\n".join(lines) + "\n"


def _show_config(args: Sequence[str]) -> int:
    parsed = build_parser("check-figures config", paths="*").parse_args(args)
    from checker.config import render_settings

    print(render_settings(_settings(parsed, parsed.paths or ["."])), end="")
    return 0
