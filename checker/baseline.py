"""The baseline: findings accepted for now, keyed by content fingerprints rather than line numbers.

A finding's fingerprint is a hash of its rule, its file (relative to the baseline file's
folder) and the text of the figures it quotes, whitespace collapsed and case folded. Edits
elsewhere in the file move lines but keep fingerprints, so the baseline still matches.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checker.config import relative_to
from checker.engine import exit_status
from checker.errors import BaselineError
from checker.model import CheckResult, Finding

VERSION = 1


@dataclass(frozen=True)
class Baseline:
    """How many findings of each fingerprint a baseline file accepts, and the folder it is in."""

    accepted: Counter[str]
    folder: Path


def folder_of(path: Path) -> Path:
    """The folder a baseline file's paths are relative to: its own."""
    return Path(os.path.abspath(path)).parent


def normalized(text: str) -> str:
    """Text as fingerprints compare it: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


def figure_texts(facts: Any) -> dict[str, str]:
    """Figure id to its text as written, from the fact table."""
    if facts is None or len(facts) == 0:
        return {}
    return dict(zip(facts["id"], facts["text"], strict=True))


def finding_key(finding: Finding, texts: Mapping[str, str], path: str) -> tuple[str, ...]:
    """What identifies a finding: rule, path and the quoted figures (the message when none)."""
    quoted = [normalized(texts.get(figure, figure)) for figure in finding.figures]
    return (finding.rule, path, *(quoted or [normalized(finding.message)]))


def fingerprint(key: Sequence[str]) -> str:
    """A short stable hash of a finding key."""
    return hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:20]


def baseline_entries(result: CheckResult, folder: Path) -> list[dict[str, Any]]:
    """One entry per distinct fingerprint of the result's findings, with how often it occurs."""
    texts = figure_texts(result.facts)
    keys = Counter(finding_key(f, texts, relative_to(f.path, folder)) for f in result.findings)
    entries = [
        {
            "fingerprint": fingerprint(key),
            "rule": key[0],
            "path": key[1],
            "quoted": list(key[2:]),
            "count": count,
        }
        for key, count in keys.items()
    ]
    return sorted(entries, key=lambda e: (e["path"], e["rule"], e["quoted"], e["fingerprint"]))


def render_baseline(result: CheckResult, path: Path) -> str:
    """The baseline file to write at `path` for the result's findings, deterministic JSON."""
    document = {"version": VERSION, "findings": baseline_entries(result, folder_of(path))}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def read_baseline(path: Path) -> Baseline:
    """The baseline in the file at `path`."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: no such baseline file (write one with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: cannot read baseline: {error}") from error
    if not isinstance(document, dict) or document.get("version") != VERSION:
        raise BaselineError(f"{path}: not a check-figures baseline (version {VERSION})")
    try:
        accepted = Counter({e["fingerprint"]: int(e["count"]) for e in document["findings"]})
    except (KeyError, TypeError, ValueError) as error:
        raise BaselineError(f"{path}: every entry needs a fingerprint and a count") from error
    return Baseline(accepted, folder_of(path))


def apply_baseline(result: CheckResult, baseline: Baseline) -> CheckResult:
    """The result without the findings the baseline accepts, counting hidden and stale entries."""
    texts = figure_texts(result.facts)
    remaining = Counter(baseline.accepted)
    kept: list[Finding] = []
    for finding in result.findings:
        path = relative_to(finding.path, baseline.folder)
        mark = fingerprint(finding_key(finding, texts, path))
        if remaining[mark] > 0:
            remaining[mark] -= 1
        else:
            kept.append(finding)
    return replace(
        result,
        findings=kept,
        baselined=len(result.findings) - len(kept),
        baseline_unmatched=sum(remaining.values()),
        exit_status=exit_status(kept, result.fail_on),
    )
