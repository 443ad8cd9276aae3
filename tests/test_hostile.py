"""Hostile and broken input: a crash or an overrun skips one document, never the run."""

from __future__ import annotations

import importlib.util
import json
import os
import stat
import sys
import threading
import time
from pathlib import Path
from types import ModuleType

import pytest
import regex
from helpers import REPO, json_report, run, write_notes

import checker.api
import checker.config
from checker import check
from checker.api import InputError
from checker.budget import OverBudget, can_limit, time_limit
from checker.corpus import SAME_NAME_REASON, read_corpus
from checker.extract import extract_mentions
from checker.link.places import LEAD, figure_places
from checker.model import Document, SkippedFile
from checker.report import FORMATS, render

GOOD = "Acme was valued at $45 billion in 2014.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("POISON " + GOOD, encoding="utf-8")
    return tmp_path / "docs"


def _poisoned(real):
    """`real` (an extract or link function), raising on documents that contain POISON."""

    def stage(*args, **kwargs):
        text = args[0] if isinstance(args[0], str) else args[0].plain
        if "POISON" in text:
            raise ZeroDivisionError("float division by zero")
        return real(*args, **kwargs)

    return stage


@pytest.mark.parametrize(
    ("name", "stage"), [("extract_mentions", "extract"), ("link_document", "link")]
)
def test_a_document_whose_stage_raises_is_skipped_and_the_rest_is_checked(
    folder: Path, monkeypatch: pytest.MonkeyPatch, name: str, stage: str
) -> None:
    monkeypatch.setattr(checker.api, name, _poisoned(getattr(checker.api, name)))
    result = check("docs")
    assert [d.path for d in result.documents] == ["docs/a.txt"]
    assert result.skipped == [
        SkippedFile(
            "docs/b.txt", f"internal error in {stage}: ZeroDivisionError: float division by zero"
        )
    ]
    assert len(result.claims) == 1


def test_the_command_line_reports_the_crashed_document_as_skipped(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(checker.api, "extract_mentions", _poisoned(checker.api.extract_mentions))
    status, report = json_report(["docs"], capsys)
    assert status == 0
    by_path = {d["path"]: d for d in report["documents"]}
    assert by_path["docs/a.txt"]["status"] == "ok"
    assert by_path["docs/b.txt"]["reason"].startswith("internal error in extract:")


def _slow(real):
    """`real`, taking forever on documents that contain POISON (as a runaway pattern would)."""

    def stage(text: str, path: str = ""):
        while "POISON" in text:
            time.sleep(0.01)
        return real(text, path)

    return stage


@pytest.mark.skipif(not can_limit(), reason="no real-time timer on this platform")
def test_a_document_over_the_time_limit_is_skipped_with_the_reason(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checker.api, "extract_mentions", _slow(checker.api.extract_mentions))
    started = time.monotonic()
    result = check("docs", time_limit=0.5)
    assert time.monotonic() - started < 10
    assert [d.path for d in result.documents] == ["docs/a.txt"]
    (skipped,) = result.skipped
    assert skipped.path == "docs/b.txt"
    assert skipped.reason == (
        "took longer than the 0.5 s time limit per document (while extracting); not checked"
    )


@pytest.mark.skipif(not can_limit(), reason="no real-time timer on this platform")
def test_the_time_limit_interrupts_a_runaway_regex_match() -> None:
    quadratic = regex.compile(r"(\d+)\s*(?:%|per\s*cent)")  # restarts at every digit
    started = time.monotonic()
    with pytest.raises(OverBudget), time_limit(0.3):
        quadratic.findall("1" * 100_000)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not can_limit(), reason="no real-time timer on this platform")
def test_the_time_limit_fires_again_when_its_first_signal_is_lost() -> None:
    """A garbage-collector callback (hypothesis installs one) that is running when the timer
    fires swallows the OverBudget; the limit must still end the work."""
    lost = []
    started = time.monotonic()
    with pytest.raises(OverBudget), time_limit(0.2):
        try:
            while time.monotonic() - started < 10:
                pass
        except OverBudget:
            lost.append(time.monotonic() - started)
        while time.monotonic() - started < 10:
            pass
    assert lost and time.monotonic() - started < 3


@pytest.mark.skipif(not can_limit(), reason="no real-time timer on this platform")
def test_the_time_limit_holds_in_worker_processes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(4):
        (folder / f"c{index}.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(checker.api, "extract_mentions", _slow(checker.api.extract_mentions))
    result = check("docs", time_limit=0.5, jobs=2)
    assert [s.path for s in result.skipped] == ["docs/b.txt"]
    assert len(result.documents) == 5


def test_the_time_limit_is_configured_and_validated(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check("docs").exit_status == 0
    (folder.parent / "check-figures.toml").write_text("time-limit = -1\n")
    status, _, err = run(["docs", "-q", "-o", "-"], capsys)
    assert status == 2
    assert "check-figures.toml: time-limit: -1 is not accepted" in err


# --------------------------------------------------------------------------- the Python API


def test_check_accepts_one_path_as_text_or_path_object(folder: Path) -> None:
    (folder / "b.txt").unlink()
    assert [d.path for d in check("docs").documents] == ["docs/a.txt"]
    assert [d.path for d in check(Path("docs")).documents] == ["docs/a.txt"]
    assert [d.path for d in check(["docs"]).documents] == ["docs/a.txt"]


@pytest.mark.parametrize("paths", [["nonexistent/"], "nonexistent", []])
def test_check_raises_when_no_document_can_be_read(folder: Path, paths: object) -> None:
    with pytest.raises(InputError, match="no document could be read"):
        check(paths)


def test_check_of_an_empty_folder_raises(folder: Path) -> None:
    (folder.parent / "empty").mkdir()
    with pytest.raises(InputError, match=r"no document could be read \(no files given\)"):
        check("empty")


# --------------------------------------------------------------------------- walk and I/O


def test_a_deeply_nested_folder_is_walked(tmp_path: Path) -> None:
    deep = str(tmp_path)
    for _ in range(1100):  # one level at a time: Path.mkdir(parents=True) recurses
        deep += "/d"
        os.mkdir(deep)
    Path(deep, "a.txt").write_text(GOOD)
    (item,) = read_corpus([tmp_path])
    assert isinstance(item, Document)
    assert item.path.count("/d") == 1100
    os.remove(Path(deep, "a.txt"))
    while deep != str(tmp_path):  # shutil.rmtree (pytest's clean-up) recurses too
        os.rmdir(deep)
        deep = os.path.dirname(deep)


def test_configuration_discovery_treats_an_unreadable_folder_as_none(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_is_file = Path.is_file

    def is_file(path: Path) -> bool:
        if path.parent == folder.parent:
            raise PermissionError(13, "Permission denied", str(path))
        return real_is_file(path)

    monkeypatch.setattr(Path, "is_file", is_file)
    assert checker.config.discover(["docs"]) is None


def test_configuration_discovery_treats_an_unreadable_file_as_none(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder.parent / "check-figures.toml").write_text('fail-on = "warning"\n')
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "check-figures.toml":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert checker.config.discover(["docs"]) is None


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_a_file_name_that_is_not_utf8_is_shown_with_replacement_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkdir(b"docs")
    with open(b"docs/caf\xe9 \xff.txt", "wb") as handle:
        handle.write(GOOD.encode())
    with open(b"docs/\xfe.pdf", "wb") as handle:
        handle.write(b"%PDF")
    result = check("docs")
    assert [d.path for d in result.documents] == ["docs/caf\ufffd \ufffd.txt"]
    assert [s.path for s in result.skipped] == ["docs/\ufffd.pdf"]
    assert len(result.claims) == 1
    for fmt in FORMATS:
        render(result, fmt).encode("utf-8")
    report = json.loads(render(result, "json"))
    assert report["figures"][0]["path"] == "docs/caf\ufffd \ufffd.txt"


# --------------------------------------------------------------------------- ignore files


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    for name in [
        "notes/a.md",
        "notes/drafts/b.md",
        "drafts/c.md",
        "node_modules/pkg/d.md",
        "build/e.md",
        "notes/keep.log.md",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(GOOD)
    (tmp_path / ".gitignore").write_text("node_modules/\n/build\n*.log.md\n")
    (tmp_path / "notes" / ".ignore").write_text("!keep.log.md\n")
    return tmp_path


def _document_paths(paths: list[str], **options: object) -> list[str]:
    return [d.path for d in check(paths, **options).documents]


def test_gitignore_and_ignore_files_are_respected(repository: Path) -> None:
    assert _document_paths(["."]) == [
        "drafts/c.md",
        "notes/a.md",
        "notes/drafts/b.md",
        "notes/keep.log.md",
    ]


def test_a_gitignore_above_the_checked_folder_applies_inside_the_repository(
    repository: Path,
) -> None:
    (repository / "notes" / "x.log.md").write_text(GOOD)
    assert "notes/x.log.md" not in _document_paths(["notes"])
    assert "notes/keep.log.md" in _document_paths(["notes"])


def test_ignore_files_can_be_turned_off(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(_document_paths(["."], respect_ignore_files=False)) == 6
    _, report = json_report([".", "--no-ignore"], capsys)
    assert {d["path"] for d in report["documents"]} >= {"build/e.md", "node_modules/pkg/d.md"}


def test_an_anchored_exclude_pattern_matches_only_at_the_root(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, report = json_report([".", "--exclude", "/drafts"], capsys)
    paths = {d["path"] for d in report["documents"]}
    assert "notes/drafts/b.md" in paths
    assert "drafts/c.md" not in paths
    _, report = json_report([".", "--exclude", "drafts"], capsys)
    assert not {p for p in (d["path"] for d in report["documents"]) if "drafts" in p}


def test_the_notes_fixture_is_unaffected_by_ignore_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_notes(tmp_path)
    (tmp_path / ".gitignore").write_text("reports/\n")
    assert len(check("notes").documents) == 3


def test_a_file_whose_reading_raises_is_skipped_with_the_reason(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import checker.corpus

    def broken(text: str, plain: str, is_html: bool) -> None:
        if "POISON" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return None, "unknown"

    monkeypatch.setattr(checker.corpus, "find_document_date", broken)
    result = check("docs")
    assert [d.path for d in result.documents] == ["docs/a.txt"]
    assert result.skipped == [
        SkippedFile(
            "docs/b.txt",
            "internal error in corpus: RecursionError: maximum recursion depth exceeded",
        )
    ]


# ------------------------------------------------------------------ numbers in the checks


@pytest.mark.parametrize(
    "text",
    ["It crossed HK$0 trillion (US$71.3 billion).", "It is worth $0 billion (about HK$5 billion)."],
)
def test_a_zero_amount_restated_in_another_currency_does_not_crash(folder: Path, text: str) -> None:
    (folder / "b.txt").write_text(text + " 2020\n", encoding="utf-8")
    check("docs")


@pytest.mark.parametrize("marker", ["$", "亿元"])
def test_a_400_digit_amount_gives_a_valid_json_report(folder: Path, marker: str) -> None:
    digits = "9" * 400
    text = f"It paid ${digits} billion." if marker == "$" else f"公司投资{digits}亿元。"
    (folder / "b.txt").write_text(text + "\n", encoding="utf-8")
    report = json.loads(render(check("docs"), "json"))
    assert all(figure["amount"] < 1e19 for figure in report["figures"])


INVISIBLE = {
    "zero-width space": "\u200b",
    "soft hyphen": "\u00ad",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "bidi override": "\u202e",
}


@pytest.mark.parametrize("name", sorted(INVISIBLE))
def test_invisible_characters_inside_figures_never_crash_or_misplace_offsets(
    folder: Path, name: str
) -> None:
    mark = INVISIBLE[name]
    text = f"Acme was valued at ${mark}45{mark} bil{mark}lion, or HK{mark}$350 billion, in 2020.\n"
    (folder / "b.txt").write_text(text, encoding="utf-8")
    result = check("docs")
    by_path = {d.path: d for d in result.documents}
    assert "docs/b.txt" in by_path
    report = json.loads(render(result, "json"))
    for figure in report["figures"]:
        document = by_path[figure["path"]].unpack()
        assert document.text[figure["start"] : figure["end"]] == figure["text"]


@pytest.mark.skipif(not can_limit(), reason="no real-time timer on this platform")
def test_a_huge_article_and_html_page_are_skipped_within_the_time_limit(
    folder: Path,
) -> None:
    sentence = (
        "Acme said revenue rose 12 per cent to $4.2 billion in 2019 from $3.75 billion, "
        "while Beta paid $300 million for a 10 per cent stake, valuing it at $3 billion. "
    )
    (folder / "line.txt").write_text(sentence * (1_000_000 // len(sentence)), encoding="utf-8")
    page = "".join(f"<p>{sentence}</p>\n" for _ in range(10_000_000 // (len(sentence) + 8)))
    (folder / "page.html").write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    started = time.monotonic()
    result = check("docs", time_limit=2)
    assert time.monotonic() - started < 2 * 2 * 2 + 15  # two documents, two stages, slack
    reasons = {s.path: s.reason for s in result.skipped}
    assert reasons["docs/line.txt"].startswith("took longer than the 2 s time limit")
    assert reasons["docs/page.html"].startswith("took longer than the 2 s time limit")
    assert "docs/a.txt" in {d.path for d in result.documents}


# ------------------------------------------------------------------ found by bench/hostile.py


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_two_names_shown_alike_are_both_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkdir(b"docs")
    for name in (b"docs/\xfe.txt", b"docs/\xff.txt"):
        with open(name, "wb") as handle:
            handle.write(GOOD.encode())
    result = check("docs")
    assert [d.path for d in result.documents] == ["docs/\ufffd.txt"]
    assert result.skipped == [SkippedFile("docs/\ufffd.txt", SAME_NAME_REASON)]


def test_a_file_given_twice_is_read_once(folder: Path) -> None:
    paths = [d.path for d in check(["docs", "docs/a.txt", "./docs/a.txt"]).documents]
    assert paths == ["docs/a.txt", "docs/b.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_report_written_to_a_pipe_or_device_is_not_replaced(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = folder.parent / "report.pipe"
    os.mkfifo(pipe)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    status, _, err = run(["docs", "--format", "json", "-o", str(pipe), "-q", "--no-cache"], capsys)
    reader.join(timeout=60)
    assert status == 0, err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert {d["path"] for d in json.loads(received[0])["documents"]} == {
        "docs/a.txt",
        "docs/b.txt",
    }


def test_a_headline_is_found_after_a_long_run_of_blanks() -> None:
    text = " \t" * 40 + "\nAcme doubles its revenue\n\nAcme said revenue rose to $4 billion.\n"
    mentions = extract_mentions(text, "x.txt")
    assert figure_places(text, mentions) == [LEAD]


# A handful of bench/hostile.py's cases, run as it runs them (the whole harness takes minutes).
HARNESS_CASES = (
    "names-colliding",
    "stdout-full-json",
    "pyproject-fifo",
    "inject-script+img+js-link",
)


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hostile", REPO / "bench" / "hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", HARNESS_CASES)
def test_a_hostile_case_of_the_harness_passes(
    harness: ModuleType, name: str, tmp_path: Path
) -> None:
    (item,) = [c for c in harness.build_cases() if c.name == name]
    outcome = harness.run_case(item, tmp_path)
    assert outcome.problems == {}


def test_the_harness_sees_markup_that_a_document_rendered(
    harness: ModuleType, tmp_path: Path
) -> None:
    unescaped = (
        "# PWNHEAD\n\n> quote <img src=x onerror=alert(1)> [x](https://evil.example/x) "
        "![i](https://evil.example/i.png) `PWNTICK`\n\n| a | b |\n|---|---|\n| PWNPIPE|PWNPIPE2 |\n"
    )
    problems = " ".join(harness.markdown_injections(unescaped, tmp_path))
    for kind in ("heading", "raw HTML", "link to", "image", "code span", "split a table cell"):
        assert kind in problems
    assert (
        harness.markdown_injections("# check-figures report\n\nSome \\<b\\> text.\n", tmp_path)
        == []
    )
