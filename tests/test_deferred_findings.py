"""Findings whose texts are written when read (`Deferred`)."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, replace
from datetime import date
from pathlib import Path

import pytest

from checker.api import check
from checker.model import Deferred, Finding


class Counted:
    """A writer that counts how often it writes."""

    def __init__(self, text: str) -> None:
        self.text, self.calls = text, 0

    def __call__(self) -> str:
        self.calls += 1
        return self.text


def finding(message: str | Deferred, explanation: str | Deferred, quote="") -> Finding:
    return Finding(
        "figure-conflict", "error", "a.md", 3, 7, ("F1", "F2"), message, explanation, quote
    )


def test_a_deferred_text_reads_as_the_text_it_writes():
    deferred = finding(Deferred("{} against {}".format, ("$4m", "$5m")), "Fix: agree.")

    assert deferred.message == "$4m against $5m"
    assert deferred == finding("$4m against $5m", "Fix: agree.")
    assert hash(deferred) == hash(finding("$4m against $5m", "Fix: agree."))
    assert "message='$4m against $5m'" in repr(deferred)


def test_a_deferred_text_is_written_each_time_it_is_read_and_not_before():
    writer = Counted("Acme's loss was £3m.")
    deferred = finding("loss", Deferred(writer, ()))

    assert writer.calls == 0
    assert deferred.explanation == deferred.explanation == "Acme's loss was £3m."
    assert writer.calls == 2


def test_quoting_a_finding_leaves_its_deferred_texts_unwritten():
    writer = Counted("a long explanation")
    quoted = finding("m", Deferred(writer, ())).with_quote(Deferred(str.upper, ("it **rose**",)))

    assert writer.calls == 0
    assert quoted.has_quote and quoted.quote == "IT **ROSE**"
    assert not finding("m", "e").has_quote and finding("m", "e", "q").has_quote


def test_a_finding_with_deferred_texts_is_replaced_pickled_and_frozen():
    deferred = finding(Deferred(str.lower, ("BID",)), "e", Deferred(str.strip, (" q ",)))

    moved = replace(deferred, line=9)
    assert (moved.line, moved.message, moved.quote) == (9, "bid", "q")
    assert pickle.loads(pickle.dumps(deferred)) == deferred
    with pytest.raises(FrozenInstanceError):
        deferred.message = "other"  # type: ignore[misc]
    assert deferred.message == "bid"


def test_a_finding_needs_a_message_and_an_explanation():
    with pytest.raises(TypeError, match="explanation"):
        Finding("r", "error", "a.md", 1, 1, (), "only a message")  # type: ignore[call-arg]


def test_a_conflict_found_through_the_check_reads_as_written_text(tmp_path: Path):
    (tmp_path / "a.md").write_text(
        "Investors in Zolvane cheered. Zolvane was valued at $30 billion in March 2021.",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "Investors in Zolvane cheered. Zolvane was valued at $21 billion in March 2021.",
        encoding="utf-8",
    )

    (conflict,) = check([tmp_path], date=date(2021, 6, 1), select=["figure-conflict"]).findings
    assert (
        conflict.message
        == "'$21 billion' and '$30 billion' disagree for Zolvane valuation for 2021-03"
    )
    assert conflict.explanation.startswith("F2 '$21 billion' (")
    assert conflict.quote == "Zolvane was valued at **$21 billion** in March 2021."
