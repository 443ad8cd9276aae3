"""Tests for checker.patterns: a lazily compiled pattern behaves as the compiled one."""

import pickle
import subprocess
import sys

import regex

from checker.patterns import PatternStore, lazy

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


def test_a_stored_pattern_comes_back_compiled_and_matches_alike(tmp_path):
    first = PatternStore(tmp_path)
    made = first.compiled(SOURCE, regex.IGNORECASE, {})
    first.save()
    second = PatternStore(tmp_path)
    assert second.patterns, "the store was not written or not read back"
    again = second.compiled(SOURCE, regex.IGNORECASE, {})
    assert not second.added
    assert [m.groupdict() for m in again.finditer(TEXT)] == [
        m.groupdict() for m in made.finditer(TEXT)
    ]


def test_a_stored_pattern_keeps_its_named_lists(tmp_path):
    store = PatternStore(tmp_path)
    store.compiled(r"\b\L<names>\b", 0, {"names": ["Quillon", "Brevik Labs"]})
    store.save()
    again = PatternStore(tmp_path).compiled(
        r"\b\L<names>\b", 0, {"names": ["Quillon", "Brevik Labs"]}
    )
    assert again.findall("Brevik Labs sold Quillon.") == ["Brevik Labs", "Quillon"]


def test_a_store_that_names_anything_but_compiled_patterns_is_not_loaded(tmp_path):
    store = PatternStore(tmp_path)
    store.file.write_bytes(pickle.dumps({("x", 0, ()): print}))
    assert PatternStore(tmp_path).patterns == {}
    store.file.write_bytes(b"not a pickle")
    assert PatternStore(tmp_path).patterns == {}


def test_a_store_that_cannot_be_written_leaves_the_run_as_it_was(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    store = PatternStore(blocked / "patterns")
    assert store.compiled(r"\d+", 0, {}).fullmatch("45")
    store.save()
    assert blocked.read_text() == "a file where the folder would be"


def test_a_command_line_check_keeps_its_patterns_for_the_next_run(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("Zorvath was valued at $45 billion in 2014.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    command = [sys.executable, "-m", "checker", str(note), "--no-cache", "--cache-dir", str(cache)]
    reports = []
    for _ in range(2):
        run = subprocess.run([*command, "-o", "-"], capture_output=True, text=True)
        reports.append(run.stdout)
    (stored,) = cache.glob("patterns-*.pickle")
    assert len(PatternStore(cache).patterns) > 50, stored
    assert reports[0] == reports[1] and "Zorvath" in reports[0]


def test_a_store_grown_past_its_bound_keeps_only_what_its_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr("checker.patterns.MAX_STORED", 3)
    store = PatternStore(tmp_path)
    for digits in range(5):
        store.compiled(rf"\d{{{digits + 1}}}", 0, {})
    store.save()
    again = PatternStore(tmp_path)
    again.compiled(r"\d{1}", 0, {})
    again.compiled(r"[a-z]+", 0, {})
    again.save()
    assert set(PatternStore(tmp_path).patterns) == {(r"\d{1}", 0, ()), (r"[a-z]+", 0, ())}
