"""Tests for checker.patterns: a lazily compiled pattern behaves as the compiled one."""

import pickle
import subprocess
import sys

import regex

from checker.patterns import lazy

SOURCE = r"(?P<amount>\p{Sc}\d+(?:\.\d+)?)\s*(?P<scale>bn|billion|m)\b"
TEXT = "Zorvath paid $12.5 billion, or £9 bn, and later €3 m for the rest."


def test_a_lazy_pattern_is_not_compiled_until_used():
    pattern = lazy(SOURCE, regex.IGNORECASE)
    assert "_compiled" not in vars(pattern)
    assert pattern.pattern == SOURCE
    assert "_compiled" not in vars(pattern)
    pattern.search(TEXT)
    assert "_compiled" in vars(pattern)


def test_a_lazy_pattern_matches_as_the_compiled_one():
    compiled, pattern = regex.compile(SOURCE, regex.IGNORECASE), lazy(SOURCE, regex.IGNORECASE)
    assert [m.groupdict() for m in pattern.finditer(TEXT)] == [
        m.groupdict() for m in compiled.finditer(TEXT)
    ]
    assert pattern.search(TEXT).span() == compiled.search(TEXT).span()
    assert pattern.sub("X", TEXT) == compiled.sub("X", TEXT)
    assert pattern.flags == compiled.flags
    assert pattern.groupindex == compiled.groupindex


def test_a_lazy_pattern_takes_named_lists():
    pattern = lazy(r"\b\L<names>\b", names=["Quillon", "Brevik Labs"])
    assert pattern.findall("Brevik Labs sold Quillon.") == ["Brevik Labs", "Quillon"]


def test_a_pattern_built_on_a_lazy_one_stays_lazy():
    inner = lazy(r"\d+")
    outer = lazy(rf"(?:{inner.pattern})%")
    assert outer.fullmatch("45%") is not None
    assert "_compiled" not in vars(inner)


def test_a_lazy_pattern_pickles_uncompiled_and_works_after():
    pattern = lazy(SOURCE, regex.IGNORECASE)
    pattern.search(TEXT)
    copy = pickle.loads(pickle.dumps(pattern))
    assert "_compiled" not in vars(copy)
    assert copy.search(TEXT).group("amount") == "$12.5"


def test_importing_the_pipeline_compiles_no_pattern():
    probe = "import checker.api, checker.report; from regex import _main; print(len(_main._cache))"
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.split() == ["0"]
