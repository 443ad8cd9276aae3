"""Findings whose texts are written when read (`Deferred`), the comparison candidates
figure-conflict looks a figure's reference up in (`Candidates`, `References`), missing-scale's
lookups built when first asked for, and a run's results set aside from the garbage collector."""

from __future__ import annotations

import gc
import pickle
from dataclasses import FrozenInstanceError, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from checker import api
from checker.api import check
from checker.checks.consistency import Candidates, Limits, References, Stated, _comparable
from checker.checks.context import CheckContext
from checker.checks.currency import Reading
from checker.checks.scale import DEFAULT_METRICS, Lookup, _evidence_index, _repeat_index
from checker.model import Claim, Deferred, Finding, Mention


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


class Unrelated:
    """The part of a check context `_comparable` reads: no relations, one sentence a figure."""

    def related_figures(self, figure_id: str) -> set[str]:
        return set()

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        return False


LIMITS = Limits(max_ratio=3.0, flows=frozenset({"revenue"}))


def stated(
    number: int, path: str, value: float, party: str | None = None, explicit: bool = True
) -> Stated:
    """An invented valuation of Zolvane in March 2021, at offset `number` of `path`."""
    mention = Mention(path, number, number + 5, f"${value}m", Decimal(str(value)), "USD")
    claim = Claim(
        mention,
        f"F{number}",
        entity="Zolvane",
        counterparty=party,
        metric="valuation",
        period="2021-03",
        explicit_period=explicit,
    )
    return Stated(claim, Reading("USD", value, value, None), "Zolvane")


def first_by_comparing_each(figure: Stated, ordered: list[Stated]) -> Stated | None:
    """The first figure in text order `figure` is comparable with, comparing it with each."""
    return next((o for o in ordered if _comparable(Unrelated(), figure, o, LIMITS)), None)


def test_candidates_give_the_first_comparable_figure_in_text_order():
    ordered = [
        stated(1, "a.md", 40.0, party="Helvor"),
        stated(2, "b.md", 10.0),
        stated(3, "c.md", 12.0, explicit=False),
        stated(4, "d.md", 11.0),
    ]
    candidates = Candidates(ordered)

    for figure in (
        stated(9, "e.md", 30.0, party="Quorin"),
        stated(9, "e.md", 35.0, explicit=False),
        stated(9, "e.md", 3.5),
        stated(9, "e.md", 150.0),
        stated(9, "e.md", 11.0, explicit=False),
    ):
        expected = first_by_comparing_each(figure, ordered)
        assert candidates.first(Unrelated(), figure, LIMITS) is expected


def test_candidates_find_none_for_a_value_beyond_the_ratio_on_either_side():
    ordered = [stated(1, "a.md", 10.0), stated(2, "b.md", 12.0), stated(3, "c.md", 300.0)]
    candidates = Candidates(ordered)

    assert candidates.first(Unrelated(), stated(9, "e.md", 60.0), LIMITS) is None
    assert candidates.first(Unrelated(), stated(9, "e.md", 3.0), LIMITS) is None
    assert candidates.first(Unrelated(), stated(9, "e.md", 1000.0), LIMITS) is None
    assert candidates.first(Unrelated(), stated(9, "e.md", -5.0), LIMITS) is None
    assert candidates.first(Unrelated(), stated(9, "e.md", 100.0), LIMITS) is ordered[2]
    assert candidates.first(Unrelated(), stated(9, "e.md", 4.0), LIMITS) is ordered[0]
    assert candidates.first(Unrelated(), stated(9, "e.md", 20.0), LIMITS) is ordered[0]


def test_candidates_compare_each_figure_when_a_value_is_not_a_number():
    ordered = [stated(1, "a.md", 10.0), stated(2, "b.md", float("nan")), stated(3, "c.md", 11.0)]
    candidates = Candidates(ordered)

    for value in (5.0, 10.5, 40.0, float("nan")):
        figure = stated(9, "e.md", value)
        assert candidates.first(Unrelated(), figure, LIMITS) is first_by_comparing_each(
            figure, ordered
        )


def test_candidates_with_no_figures_find_none():
    assert Candidates([]).first(Unrelated(), stated(9, "e.md", 10.0), LIMITS) is None


def test_a_run_sets_its_results_aside_from_the_collector_and_gives_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    (tmp_path / "a.md").write_text("Zolvane was valued at $30 billion in 2021.", encoding="utf-8")
    frozen_during: list[int] = []
    rules = api.run_rules

    def counting(*args, **kwargs):
        frozen_during.append(gc.get_freeze_count())
        return rules(*args, **kwargs)

    monkeypatch.setattr(api, "run_rules", counting)
    gc.unfreeze()  # what other tests' command-line runs froze
    check([tmp_path], date=date(2021, 6, 1))

    assert frozen_during[0] > 0
    assert gc.get_freeze_count() == 0


def test_a_run_leaves_objects_the_process_froze_itself_frozen(tmp_path: Path):
    (tmp_path / "a.md").write_text("Zolvane was valued at $30 billion in 2021.", encoding="utf-8")
    own = [["the process's own object"]]
    gc.freeze()
    try:
        result = check([tmp_path], date=date(2021, 6, 1))
        tracked = {id(item) for generation in range(3) for item in gc.get_objects(generation)}
        assert id(own) not in tracked
        assert id(result.documents) not in tracked
    finally:
        gc.unfreeze()
    assert any(item is own for item in gc.get_objects(2))


def test_the_references_apart_from_documents_leave_out_their_figures():
    ordered = [stated(1, "a.md", 10.0), stated(2, "b.md", 11.0), stated(3, "a.md", 12.0)]
    references = References(list(reversed(ordered)))

    assert references.paths == {"a.md", "b.md"}
    figure = stated(9, "e.md", 10.5)
    assert references.apart_from(set()).first(Unrelated(), figure, LIMITS) is ordered[0]
    assert references.apart_from({"a.md"}).first(Unrelated(), figure, LIMITS) is ordered[1]
    assert (
        references.within("a.md").first(Unrelated(), stated(9, "a.md", 12.0), LIMITS)
        is (ordered[0])
    )


def test_missing_scale_builds_each_lookup_when_a_figure_first_asks_for_it(tmp_path: Path):
    (tmp_path / "a.md").write_text(
        "Zolvane was valued at $30 billion in 2021. Its $30 valuation surprised analysts.",
        encoding="utf-8",
    )
    result = check([tmp_path], date=date(2021, 6, 1))
    documents = {document.path: document for document in result.documents}
    context = CheckContext(documents, result.claims, result.relations, result.facts)
    lookup = Lookup(context, DEFAULT_METRICS, 1_000_000, 3)

    assert not {"metric_evidence", "repeats", "paragraphs"} & set(vars(lookup))
    assert lookup.repeats == _repeat_index(context, 1_000_000)
    assert set(vars(lookup)) == {"_context", "_metrics", "_floor", "reach", "repeats"}
    assert lookup.metric_evidence == _evidence_index(result.claims, DEFAULT_METRICS)
    assert [f.rule for f in result.findings] == ["missing-scale"]
