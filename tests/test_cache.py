"""The per-file cache: a re-run reads stored results, and gives the same output byte for byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from checker import check, render
from checker.cache import DocumentCache
from checker.corpus import read_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def json_report(folder: Path, **options: object) -> str:
    return render(check([folder], **options), "json")


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pickle"))


def test_a_cached_run_gives_the_same_report_as_an_uncached_one(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    uncached = json_report(notes)
    first = json_report(notes, cache=tmp_path / "cache")
    assert len(entries(tmp_path / "cache")) == len(list(notes.iterdir()))
    second = json_report(notes, cache=tmp_path / "cache")
    assert uncached == first == second


def test_a_warm_run_reads_the_cache_instead_of_analysing(tmp_path: Path, monkeypatch) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    json_report(notes, cache=tmp_path / "cache")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cached document was analysed again")

    monkeypatch.setattr("checker.api.analyse_safely", refuse)
    json_report(notes, cache=tmp_path / "cache")


def test_a_changed_file_is_analysed_again(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    json_report(notes, cache=tmp_path / "cache")
    changed = sorted(notes.iterdir())[0]
    changed.write_text(changed.read_text() + "\nAcme raised $12 million in 2021.\n")
    assert json_report(notes, cache=tmp_path / "cache") == json_report(notes)
    assert len(entries(tmp_path / "cache")) == len(list(notes.iterdir())) + 1


def test_an_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    expected = json_report(notes, cache=tmp_path / "cache")
    for entry in entries(tmp_path / "cache"):
        entry.write_bytes(b"not a pickle")
    assert json_report(notes, cache=tmp_path / "cache") == expected


def test_an_unreadable_entry_is_analysed_again_and_stored_anew(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    json_report(notes, cache=tmp_path / "cache")
    for entry in entries(tmp_path / "cache"):
        entry.write_bytes(b"not a pickle")
    json_report(notes, cache=tmp_path / "cache")
    assert all(entry.read_bytes() != b"not a pickle" for entry in entries(tmp_path / "cache"))


def test_a_cache_folder_that_cannot_be_written_leaves_the_run_uncached(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    document = next(item for item in read_corpus([SEEDS]) if hasattr(item, "plain"))
    cache = DocumentCache(blocker / "cache")
    cache.store(document, object())
    assert cache.load(document) is None


def test_cache_clear_empties_the_folder(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(SEEDS, notes)
    json_report(notes, cache=tmp_path / "cache")
    assert entries(tmp_path / "cache")
    done = subprocess.run(
        [sys.executable, "-m", "checker", "cache", "clear", "--cache-dir", str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"removed {len(list(notes.iterdir()))} cached file results" in done.stdout
    assert not entries(tmp_path / "cache")
