"""Properties that hold for any input: nothing raises, the JSON report parses, output is stable.

Bounded so the suite stays fast: few examples, short inputs, no deadline (the machine is
shared; a time limit per example would make the suite flaky, the timing tests are apart).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import CheckResult, check, facts, render
from checker.api import InputError
from checker.extract import extract_mentions

BOUNDED = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of money-like text: markers, digits, separators, magnitudes, verbs, names.
FRAGMENTS = (
    "$",
    "US$",
    "HK$",
    "€",
    "£",
    "¥",
    "元",
    "亿元",
    "万",
    "yuan",
    "billion",
    "million",
    "bn",
    "trillion",
    "per cent",
    "%",
    "stake",
    "valued at",
    "worth",
    "rose",
    "to",
    "from",
    "paid",
    "for",
    "(",
    ")",
    ",",
    ".",
    "，",
    "1",
    "0",
    "45",
    "1,000",
    "1 000",
    "3.5",
    "2014",
    "about",
    "Acme",
    "Beta Corp",
    "revenue",
    "profit",
    " ",
    " ",
    "\n",
    "\n\n",
    "\u200b",
    "\u00ad",
)
money_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


@BOUNDED
@given(st.text(max_size=300))
def test_extraction_never_raises_on_arbitrary_unicode(text: str) -> None:
    for mention in extract_mentions(text, "x.txt"):
        assert 0 <= mention.start < mention.end <= len(text)


@BOUNDED
@given(money_like)
def test_extraction_never_raises_on_money_like_fragments(text: str) -> None:
    for mention in extract_mentions(text, "x.txt"):
        assert 0 <= mention.start < mention.end <= len(text)


@pytest.mark.parametrize("digit", ["\U00010d40", "\U0001e4f0", "\U00011f50"])
def test_a_rare_unicode_digit_is_not_a_number(digit: str) -> None:
    text = f"It paid ${digit * 3} billion, then $5 billion."
    mentions = extract_mentions(text, "x.txt")
    assert all(digit not in text[m.start : m.end] for m in mentions)


# Inputs the atheris run (bench/fuzz_extract.py) found crashing the extractor.
FUZZ_CRASHES = [
    pytest.param(
        b"Uber paid $for a \xf0\x9e\x93\xb010% stake, Ubn for a 15% stake, valui",
        id="english.py-_draft_from_number",
    ),
    pytest.param(
        b"It 5 UUS$7 \xf0\x9e\x93\xb0se1d HK$to5$SUU7 3 biUbUber paid $2Uber paid $2.",
        id="english.py-_read_compound",
    ),
]


@pytest.mark.parametrize("data", FUZZ_CRASHES)
def test_inputs_the_fuzzer_found_do_not_crash_the_extractor(data: bytes) -> None:
    extract_mentions(data.decode("utf-8"), "x.txt")


@pytest.mark.parametrize("data", FUZZ_CRASHES)
def test_inputs_the_fuzzer_found_never_stop_the_run(data: bytes) -> None:
    result = _check_files({"a.txt": data, "b.txt": b"Acme was valued at $5 billion."})
    assert [Path(d.path).name for d in result.documents][-1] == "b.txt"
    for skipped in result.skipped:
        assert skipped.reason.startswith("internal error in extract: InvalidOperation")


def _check_files(files: dict[str, bytes], **options: object) -> CheckResult | None:
    """check() on a fresh folder holding `files`; None when no document could be read."""
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            Path(folder, name).write_bytes(data)
        try:
            return check(folder, time_limit=20, **options)
        except InputError:
            return None


def _assert_consistent(result) -> dict:
    """The JSON report parses and every finding names figures that exist; returns the report."""
    report = json.loads(render(result, "json"))
    ids = {figure["id"] for figure in report["figures"]}
    for finding in report["findings"]:
        assert set(finding["figures"]) <= ids
    assert result.exit_status in (0, 1)
    return report


@BOUNDED
@given(st.binary(max_size=400))
def test_check_never_raises_on_arbitrary_bytes_in_a_file(data: bytes) -> None:
    result = _check_files({"a.txt": data, "b.html": data})
    if result is not None:
        _assert_consistent(result)


@BOUNDED
@given(st.lists(money_like, min_size=1, max_size=4))
def test_check_reports_parse_and_name_existing_figures(texts: list[str]) -> None:
    files = {f"d{index}.md": text.encode() for index, text in enumerate(texts)}
    result = _check_files(files)
    if result is not None:
        _assert_consistent(result)


@BOUNDED
@given(st.text(max_size=200))
def test_check_never_raises_on_arbitrary_unicode_in_a_file(text: str) -> None:
    result = _check_files({"a.md": text.encode("utf-8")})
    if result is not None:
        _assert_consistent(result)


DOCUMENTS = {
    "a.md": "Acme was valued at $45 billion in 2014. Beta paid $300 million for a 10% stake.",
    "b.md": "Acme's $45 valuation surprised analysts in 2014.",
    "c.md": "Acme was valued at $46 billion in 2014, or about 300 billion yuan.",
    "d.html": "<p>Revenue rose 12% to $4.2 billion from $3.75 billion at Acme in 2019.</p>",
    "e.txt": "小米公司去年营收达到两千八百亿元人民币。",
    "f.md": "Gamma raised 3 million in 2020, about $3 million.",
}


def test_output_is_identical_across_runs_and_job_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name, text in DOCUMENTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    reports = [render(check(".", jobs=jobs), "json") for jobs in (1, 1, 2)]
    assert reports[0] == reports[1] == reports[2]
    assert json.loads(reports[0])["figures"]


def test_fact_table_built_in_worker_processes_is_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the per-document stage's positions (a caller's own claims), the fact table
    finds them itself, in worker processes when asked."""
    monkeypatch.chdir(tmp_path)
    for name, text in DOCUMENTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = check(".", jobs=1)
    pools: list[int] = []

    class CountedPool(facts.ProcessPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(facts, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(facts, "PARALLEL_PLACES_FROM", 1)
    by_path = {document.path: document for document in result.documents}
    shared = facts.build_fact_table(result.claims, by_path, jobs=2)
    assert pools == [2]
    pd.testing.assert_frame_equal(shared, result.facts, check_exact=True)
    assert set(shared["sentence"]) != {0}
