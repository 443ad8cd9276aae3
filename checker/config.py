"""Configuration: find the file, validate it, merge it with options, and say where values came from.

A run's settings come from up to two layers, later ones winning: the configuration file
(`--config FILE`, or the first `check-figures.toml` or `pyproject.toml` with a
`[tool.check-figures]` table found from the checked paths upwards), then the command line
or the arguments of `checker.check`. Every value is validated where it is read, and an
error names the file (or option), the key and the accepted values.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from checker.budget import DEFAULT_SECONDS
from checker.choices import FAIL_ON_CHOICES, SEVERITIES
from checker.engine import (
    NUMBER,
    Rule,
    configure_rule,
    default_rules_dir,
    load_rules,
    parameter_kind,
    parameter_problem,
)
from checker.engine import select_rules as choose_rules
from checker.errors import ConfigError
from checker.money import is_known_currency
from checker.suppress import UNUSED_SUPPRESSION

if TYPE_CHECKING:
    import pathspec

CONFIG_FILE = "check-figures.toml"
PYPROJECT = "pyproject.toml"
TOOL_TABLE = "[tool.check-figures]"
TOOL_HINT = f"in {CONFIG_FILE} the settings stand at the top level: drop the {TOOL_TABLE} line"

RULE_ID_KEYS = ("select", "ignore", "extend-select")
KEYS: tuple[str, ...] = (
    "select",
    "ignore",
    "extend-select",
    "fail-on",
    "severity",
    "params",
    "exclude",
    "per-file-ignores",
    "rules",
    "base-currency",
    "date",
    "time-limit",
    "respect-ignore-files",
)
DEFAULTS: dict[str, object] = {
    "select": None,
    "ignore": (),
    "extend-select": (),
    "fail-on": "error",
    "severity": {},
    "params": {},
    "exclude": (),
    "per-file-ignores": {},
    "rules": (),
    "base-currency": None,
    "date": None,
    "time-limit": DEFAULT_SECONDS,
    "respect-ignore-files": True,
}
CURRENCY_EXAMPLES = "a currency code with ECB reference rates, such as USD, EUR, GBP, JPY or CNY"


Where = Callable[[str], str]
Found = tuple[Path, dict] | None


@dataclass(frozen=True)
class Layer:
    """Validated values from one place: a file, the command line or `check()` arguments.

    `where(key)` names the place and key in messages ("pyproject.toml: [tool.check-figures]
    select", "--select"); relative rule folders are resolved against `folder`.
    """

    values: dict[str, object]
    where: Where
    folder: Path


@dataclass(frozen=True)
class Settings:
    """The effective configuration of a run, and where each value came from."""

    rules: tuple[Rule, ...]
    catalog: tuple[Rule, ...]
    fail_on: str
    date: date | None
    exclude: tuple[str, ...]
    per_file_ignores: dict[str, tuple[str, ...]]
    base_currency: str | None
    root: Path
    config_file: Path | None
    values: dict[str, object] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    time_limit: float | None = DEFAULT_SECONDS
    respect_ignore_files: bool = True

    def is_excluded(self, path: str) -> bool:
        """Whether an `exclude` glob matches the file (or one of its folders)."""
        if not self.exclude:
            return False
        return _spec(self.exclude).match_file(relative_to(path, self.root))

    def ignored_rules(self, path: str) -> set[str]:
        """The rules `per-file-ignores` turns off for the file."""
        relative = relative_to(path, self.root)
        return {
            rule
            for pattern, rules in self.per_file_ignores.items()
            if glob_matches(pattern, relative)
            for rule in rules
        }


# --------------------------------------------------------------------------- finding the file


def shown(path: Path) -> str:
    """A path as messages show it: relative to the working folder when inside it."""
    return relative_to(os.fspath(path), Path.cwd())


def config_table(path: Path) -> dict | None:
    """The check-figures table of a configuration file, or None for a pyproject.toml without one."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{shown(path)}: cannot read configuration: {error}") from error
    return _table_of(path, data)


def _table_of(path: Path, data: bytes) -> dict | None:
    """The check-figures table in the bytes of a configuration file (see config_table)."""
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{shown(path)}: cannot read configuration: {error}") from None
    if path.name != PYPROJECT:
        return table
    tool = table.get("tool", {})
    table = tool.get("check-figures") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{shown(path)}: {TOOL_TABLE} must be a table")
    return table


def discover(paths: Sequence[str | os.PathLike]) -> tuple[Path, dict] | None:
    """The configuration file that governs every checked path, with its table; None if none."""
    found: dict[str, Found] = {}
    cache: dict[Path, Found] = {}
    for given in paths or ["."]:
        found[os.fspath(given)] = _config_above(Path(os.path.abspath(given)), cache)
    files = {item[0] for item in found.values() if item}
    if len(files) > 1 or (files and None in found.values()):
        described = ", ".join(
            f"{path} ({shown(item[0]) if item else 'none'})" for path, item in found.items()
        )
        raise ConfigError(
            f"the checked paths have different configuration files: {described}; "
            "check them in separate runs or pass --config FILE"
        )
    return next(iter(found.values()), None)


def _config_above(start: Path, cache: dict[Path, Found]) -> Found:
    """The first check-figures.toml, or pyproject.toml with our table, at or above `start`."""
    folder = start if _is_folder(start) else start.parent
    if folder not in cache:
        cache[folder] = _config_in(folder)
        if cache[folder] is None and folder.parent != folder:
            cache[folder] = _config_above(folder.parent, cache)
    return cache[folder]


def _config_in(folder: Path) -> Found:
    """The configuration file in `folder` itself, with its table.

    A folder or file that cannot be read (OSError) holds no configuration.
    """
    for name in (CONFIG_FILE, PYPROJECT):
        candidate = folder / name
        try:
            data = candidate.read_bytes() if candidate.is_file() else None
        except OSError:
            continue
        table = None if data is None else _table_of(candidate, data)
        if table is not None:
            return candidate, table
    return None


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def file_layer(path: Path, table: dict) -> Layer:
    """The validated layer of a configuration file's table."""
    prefix = f"{shown(path)}: {TOOL_TABLE} " if path.name == PYPROJECT else f"{shown(path)}: "
    return make_layer(table, lambda key: prefix + key, path.parent)


def read_config_file(path: Path) -> Layer:
    """The layer of a file given with --config; a pyproject.toml must have our table."""
    if not path.is_file():
        raise ConfigError(f"{shown(path)}: no such configuration file")
    table = config_table(path)
    if table is None:
        raise ConfigError(f"{shown(path)}: has no {TOOL_TABLE} table")
    return file_layer(path, table)


# --------------------------------------------------------------------------- reading values


def make_layer(raw: Mapping[str, object], where: Where, folder: Path) -> Layer:
    """Validate each value of `raw` (keys as in KEYS); unknown keys are an error."""
    values: dict[str, object] = {}
    for key, value in raw.items():
        if key not in PARSERS:
            raise ConfigError(_unknown(where(key).removesuffix(key), "key", key, KEYS))
        values[key] = PARSERS[key](value, where(key))
    return Layer(values, where, folder)


def _unknown(where: str, kind: str, name: str, accepted: Iterable[str]) -> str:
    accepted = sorted(accepted)
    close = difflib.get_close_matches(name, accepted, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    hint = f" ({TOOL_HINT})" if name == "tool" else hint
    listed = ", ".join(accepted) or "none"
    return f"{where.rstrip(': ')}: unknown {kind} {name!r}; accepted: {listed}{hint}"


def _bad(where: str, value: object, accepted: str) -> ConfigError:
    return ConfigError(f"{where}: {value!r} is not accepted; accepted: {accepted}")


def _text_list(value: object, where: str, accepted: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise _bad(where, value, accepted)
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise _bad(where, value, accepted)
    return tuple(item.strip() for item in value)


def _rule_ids(value: object, where: str) -> tuple[str, ...]:
    return _text_list(value, where, 'a list of rule ids, e.g. ["missing-scale"]')


def _globs(value: object, where: str) -> tuple[str, ...]:
    return _text_list(value, where, 'a list of glob patterns, e.g. ["drafts/**", "*.html"]')


def _folders(value: object, where: str) -> tuple[str, ...]:
    return _text_list(value, where, 'a list of folders of rule files, e.g. ["house-rules"]')


def _fail_on(value: object, where: str) -> str:
    if value not in FAIL_ON_CHOICES:
        raise _bad(where, value, ", ".join(FAIL_ON_CHOICES))
    return str(value)


def _severities(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _bad(
            where, value, 'a table of rule ids and severities, e.g. {missing-currency = "error"}'
        )
    for rule, severity in value.items():
        if severity not in SEVERITIES:
            raise _bad(f"{where}.{rule}", severity, ", ".join(SEVERITIES))
    return dict(value)


def _params(value: object, where: str) -> dict[str, dict[str, object]]:
    accepted = "a table per rule id of parameter values, e.g. [params.currency-conflict]"
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        raise _bad(where, value, accepted)
    return {rule: dict(values) for rule, values in value.items()}


def _per_file_ignores(value: object, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise _bad(
            where, value, 'a table of globs and rule ids, e.g. {"drafts/**" = ["missing-scale"]}'
        )
    return {pattern: _rule_ids(ids, f"{where}.{pattern!r}") for pattern, ids in value.items()}


def _currency(value: object, where: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{3}", value.strip()):
        raise _bad(where, value, CURRENCY_EXAMPLES)
    code = value.strip().upper()
    if not is_known_currency(code):
        raise _bad(where, value, CURRENCY_EXAMPLES)
    return code


def _seconds(value: object, where: str) -> float | None:
    """A time limit in seconds: a positive finite number, or 0 for none."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(where, value, "a number of seconds, e.g. 30 (0: no limit)")
    if not math.isfinite(value) or value < 0:
        raise _bad(where, value, "a finite number of seconds, not negative (0: no limit)")
    return float(value) or None


def _flag(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise _bad(where, value, "true or false")
    return value


def _date(value: object, where: str) -> date:
    if isinstance(value, date) and value.__class__ is date:
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _bad(where, value, "a date in the form YYYY-MM-DD")


PARSERS: dict[str, Callable[[object, str], object]] = {
    "select": _rule_ids,
    "ignore": _rule_ids,
    "extend-select": _rule_ids,
    "fail-on": _fail_on,
    "severity": _severities,
    "params": _params,
    "exclude": _globs,
    "per-file-ignores": _per_file_ignores,
    "rules": _folders,
    "base-currency": _currency,
    "date": _date,
    "time-limit": _seconds,
    "respect-ignore-files": _flag,
}


# --------------------------------------------------------------------------- merging layers


def rule_catalog(folders: Iterable[Path] = ()) -> list[Rule]:
    """Every rule a run can use: the default pack, the given folders and the built-in rule."""
    rules = [*load_rules(folders), UNUSED_SUPPRESSION]
    return sorted(rules, key=lambda rule: rule.id)


def resolve_settings(
    paths: Sequence[str | os.PathLike], config: str | os.PathLike | None, overrides: Layer
) -> Settings:
    """The settings of a run: the configuration file, then `overrides`, checked against rules."""
    config_file, found = _file_layer(paths, config)
    layers = [layer for layer in (found, overrides) if layer is not None]
    folders = [
        _rule_folder(layer, folder) for layer in layers for folder in layer.values.get("rules", ())
    ]
    catalog = rule_catalog(folders)
    for layer in layers:
        check_rule_references(layer, catalog)
    values, sources = merge(layers)
    values["rules"] = tuple(folders)
    severity, params = values["severity"], values["params"]
    chosen = choose_rules(catalog, values["select"], values["ignore"], values["extend-select"])
    return Settings(
        rules=tuple(configure_rule(r, severity.get(r.id), params.get(r.id, {})) for r in chosen),
        catalog=tuple(catalog),
        fail_on=values["fail-on"],
        date=values["date"],
        exclude=values["exclude"],
        per_file_ignores=values["per-file-ignores"],
        base_currency=values["base-currency"],
        root=config_file.parent if config_file else Path.cwd(),
        config_file=config_file,
        values=values,
        sources=sources,
        time_limit=values["time-limit"],
        respect_ignore_files=values["respect-ignore-files"],
    )


def _file_layer(
    paths: Sequence[str | os.PathLike], config: str | os.PathLike | None
) -> tuple[Path | None, Layer | None]:
    """The configuration file of a run (given or discovered) and its layer."""
    if config is not None:
        path = Path(os.path.abspath(config))
        return path, read_config_file(path)
    discovered = discover(paths)
    if discovered is None:
        return None, None
    return discovered[0], file_layer(*discovered)


def _rule_folder(layer: Layer, folder: str) -> Path:
    """A `rules` entry as a folder, relative to the layer's folder; it must exist."""
    path = Path(folder) if os.path.isabs(folder) else layer.folder / folder
    if not path.is_dir():
        raise ConfigError(f"{layer.where('rules')}: {folder!r} is not a folder of rule files")
    return path


def check_rule_references(layer: Layer, catalog: Sequence[Rule]) -> None:
    """Every rule id, severity override and parameter in the layer must exist and fit."""
    by_id = {rule.id: rule for rule in catalog}
    known = list(by_id)
    for key in RULE_ID_KEYS:
        for rule_id in layer.values.get(key, ()):
            if rule_id not in by_id:
                raise ConfigError(_unknown(layer.where(key), "rule id", rule_id, known))
    for rule_id in layer.values.get("severity", {}):
        if rule_id not in by_id:
            raise ConfigError(_unknown(layer.where("severity"), "rule id", rule_id, known))
    for pattern, rule_ids in layer.values.get("per-file-ignores", {}).items():
        for rule_id in rule_ids:
            if rule_id not in by_id:
                where = f"{layer.where('per-file-ignores')}.{pattern!r}"
                raise ConfigError(_unknown(where, "rule id", rule_id, known))
    for rule_id, values in layer.values.get("params", {}).items():
        if rule_id not in by_id:
            raise ConfigError(_unknown(layer.where("params"), "rule id", rule_id, known))
        for name, value in values.items():
            check_parameter(f"{layer.where('params')}.{rule_id}", by_id[rule_id], name, value)


def check_parameter(where: str, rule: Rule, name: str, value: object) -> None:
    """A configured parameter must be one the rule declares, with a value of the same kind."""
    if name not in rule.params:
        raise ConfigError(_unknown(where, "parameter", name, rule.params))
    default = rule.params[name]
    if parameter_problem(value, parameter_kind(default)):
        accepted = f"{parameter_kind(default)}"
        if accepted == NUMBER:
            accepted = "a number (finite, not negative)"
        raise _bad(f"{where}.{name}", value, f"{accepted} (default {default!r})")


def merge(layers: Sequence[Layer]) -> tuple[dict[str, object], dict[str, str]]:
    """Merge layers in order: later scalars win, lists and tables add up; a later select restarts.

    A layer's `select` replaces the earlier `select` and `ignore`; `ignore`, `extend-select`,
    `exclude` and `rules` accumulate; `severity`, `params` and `per-file-ignores` merge by key.
    """
    values = dict(DEFAULTS)
    places: dict[str, list[str]] = {key: [] for key in KEYS}
    for layer in layers:
        if "select" in layer.values:
            values["ignore"], places["ignore"] = (), []
        for key, value in layer.values.items():
            values[key] = _combine(key, values[key], value)
            places[key] = (
                [*places[key], layer.where(key)] if _accumulates(key) else [layer.where(key)]
            )
    sources = {key: " + ".join(places[key]) or "default" for key in KEYS}
    return values, sources


def _accumulates(key: str) -> bool:
    return key not in ("select", "fail-on", "base-currency", "date", "time-limit") and (
        key != "respect-ignore-files"
    )


def _combine(key: str, old: object, new: object) -> object:
    if not _accumulates(key):
        return new
    if key == "params":
        merged = {rule: dict(values) for rule, values in old.items()}
        for rule, values in new.items():
            merged.setdefault(rule, {}).update(values)
        return merged
    if isinstance(old, dict):
        return {**old, **new}
    return (*old, *new)


# --------------------------------------------------------------------------- globs


def path_under(path: str, root: Path) -> str | None:
    """A path relative to the folder `root`, in POSIX form; None when it lies outside."""
    relative = Path(os.path.relpath(os.path.abspath(path), root))
    return None if relative.parts[:1] == ("..",) else relative.as_posix()


def relative_to(path: str, root: Path) -> str:
    """A path relative to `root` in POSIX form; as given when it lies outside."""
    return path_under(path, root) or Path(path).as_posix()


def glob_matches(pattern: str, relative: str) -> bool:
    """Whether a glob matches a file or one of its folders, as a `.gitignore` line would.

    A pattern without "/" (or with one only at the end) matches any name in the path
    ("drafts", "*.html"); one with "/" at the start or in the middle matches from the
    configuration folder ("/drafts", "notes/2019/**", "**/old/*.md").
    """
    return _spec((pattern,)).match_file(relative)


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]) -> pathspec.PathSpec:
    """The gitignore-style matcher of some glob patterns ("./x" is read as "/x")."""
    import pathspec

    lines = [_anchored(pattern) for pattern in patterns]
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _anchored(pattern: str) -> str:
    pattern = pattern.strip()
    return "/" + pattern.removeprefix("./") if pattern.startswith("./") else pattern


# --------------------------------------------------------------------------- printing


def render_settings(settings: Settings) -> str:
    """The effective configuration as TOML, each value commented with where it came from."""
    lines = [
        "# Effective check-figures configuration",
        f"# Configuration file: {_file_label(settings.config_file)}",
        f"# Rules that run: {', '.join(rule.id for rule in settings.rules) or 'none'}",
        "",
    ]
    for key in KEYS:
        if key in ("severity", "params"):
            continue
        value = settings.values[key]
        source = settings.sources[key]
        if value is None:
            lines.append(f"# {key} is not set: {_unset_meaning(key)}  # {source}")
        else:
            shown_value = [shown(folder) for folder in value] if key == "rules" else value
            lines.append(f"{key} = {toml_value(shown_value)}  # {source}")
    lines += ["", "[severity]"]
    lines += [
        f"{rule.id} = {toml_value(rule.severity)}  # {_rule_source(settings, rule)}"
        for rule in settings.rules
    ]
    for rule in settings.rules:
        if rule.params:
            lines += ["", f"[params.{rule.id}]"]
            lines += [
                f"{name} = {toml_value(value)}  # {_rule_source(settings, rule, name)}"
                for name, value in sorted(rule.params.items())
            ]
    return "\n".join(lines) + "\n"


def _file_label(path: Path | None) -> str:
    if path is None:
        return f"none found ({CONFIG_FILE}, or {PYPROJECT} with {TOOL_TABLE})"
    return f"{shown(path)} {TOOL_TABLE}" if path.name == PYPROJECT else shown(path)


def _unset_meaning(key: str) -> str:
    return {
        "select": "every rule",
        "base-currency": "figures are converted to USD only",
        "date": "each document's own date",
        "time-limit": "no time limit per document",
    }[key]


def _rule_source(settings: Settings, rule: Rule, parameter: str | None = None) -> str:
    """Where a rule's severity (or one of its parameters) came from."""
    if parameter is None and rule.id in settings.values["severity"]:
        return f"{settings.sources['severity']}.{rule.id}"
    if parameter is not None and parameter in settings.values["params"].get(rule.id, {}):
        return f"{settings.sources['params']}.{rule.id}.{parameter}"
    return "default, " + (rule.source if rule.source == "built-in" else _rule_file(rule.source))


def _rule_file(source: str) -> str:
    """A rule file as `config` shows it: the default pack's as rules/NAME, never a full path."""
    path = Path(source)
    return f"rules/{path.name}" if path.parent == default_rules_dir() else shown(path)


def toml_value(value: object) -> str:
    """A value in TOML syntax (strings, numbers, booleans, dates, lists, inline tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        items = ", ".join(f"{toml_value(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{ " + items + " }" if items else "{}"
    return "[" + ", ".join(toml_value(item) for item in value) + "]"
