"""The fact table: one row per figure, with normalized values and the keys rules group by."""

from __future__ import annotations

import functools
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd

from checker.model import Claim, Document
from checker.money import Rate, at_rate, fx_rate, rate_unavailable_reason
from checker.patterns import lazy
from checker.text import read_text

FIGURE_COLUMNS: tuple[str, ...] = (
    "id",
    "path",
    "start",
    "end",
    "line",
    "column",
    "text",
    "amount",
    "currency",
    "qualifier",
    "entity",
    "counterparty",
    "metric",
    "period",
    "value_usd",
    "value_usd_low",
    "value_usd_high",
    "currency_note",
    "rate_note",
    "target",
    "explicit_period",
    "inferred_period",
    "basis",
    "paragraph",
    "sentence",
    "measure",
    "period_span",
    "place",
    "event",
    "entity_grade",
    "counterparty_grade",
    "metric_grade",
    "basis_grade",
    "period_grade",
    "event_grade",
    "evidence",
)
GRADED_ATTRIBUTES = ("entity", "counterparty", "metric", "basis", "period", "event")
# Text columns whose values recur across figures ("$5 billion", the same resolvers): each
# distinct value is held once in the table.
SHARED_COLUMNS = ("text", "evidence")
# Numeric columns and the array type code their values are gathered in: "q" for whole
# numbers (offsets, lines, places), "d" for floats (amounts and US-dollar values, which a
# figure without a rate lacks).
NUMBER_COLUMNS = {
    **dict.fromkeys(("start", "end", "line", "column", "paragraph", "sentence"), "q"),
    **dict.fromkeys(("amount", "value_usd", "value_usd_low", "value_usd_high"), "d"),
}
NUMBER_DTYPES = {"q": np.int64, "d": np.float64}

YEAR = lazy(r"(?<![\d$€£¥.,])(?:19|20)\d\d(?![\d%])")
MIN_LENGTH_TO_MERGE = 5
# Documents per worker below which the figures' places are found in this process (starting
# the workers would cost more), and documents sent to a worker at a time.
PARALLEL_PLACES_FROM = 100
PLACES_CHUNK = 32


def years_mentioned(document: Document) -> tuple[int, ...]:
    """The years an undated document's date may fall in: its inferred window when the
    text gives one, otherwise every year it names."""
    if document.date_window is not None:
        first, last = document.date_window
        return tuple(range(first, last + 1))
    return tuple(sorted({int(y) for y in YEAR.findall(document.unpack().plain)}))


def usd_interval(
    claim: Claim, document: Document, years: tuple[int, ...]
) -> tuple[float, float] | None:
    """The figure's value in US dollars at its document's date (over `years` when undated)."""
    mention = claim.mention
    if mention.currency is None:
        return None
    rate = _usd_rate(mention.currency, document.date, years)
    if rate is None:
        return None
    amount = float(mention.amount)
    low, high = sorted(amount * factor for factor in _usd_per_unit(rate))
    return low, high


@functools.lru_cache(maxsize=4096)
def _usd_rate(currency: str, on: date | None, years: tuple[int, ...]) -> Rate | None:
    """The rate to US dollars `to_usd` converts at, looked up once per currency and date."""
    return fx_rate(currency, "USD", on, years)


@functools.lru_cache(maxsize=4096)
def _usd_per_unit(rate: Rate) -> tuple[float, float]:
    """One unit of the rate's base currency in US dollars at the low and the high end of
    `rate`, converted through pint once per rate: an amount's value is the amount times
    these, the same floats as converting the amount itself (pint multiplies magnitudes)."""
    return at_rate(1.0, rate)


def build_fact_table(
    claims: Sequence[Claim],
    documents: dict[str, Document],
    jobs: int = 1,
    positions: Sequence[tuple[int, int]] | None = None,
) -> pd.DataFrame:
    """One row per claim, in figure order, with the columns of FIGURE_COLUMNS.

    `positions` are the claims' paragraph and sentence numbers when the per-document stage
    found them; otherwise they are found here, in `jobs` processes. The table is built
    column by column (a million figures as a million row dicts would double its memory),
    and equal texts and evidence summaries are held once.
    """
    years = {path: years_mentioned(document) for path, document in documents.items()}
    places = _places(claims, documents, jobs) if positions is None else positions
    columns = _Columns()
    shared: dict[str, str] = {}
    for (claim, document), place in zip(_with_documents(claims, documents), places, strict=True):
        row = _row(claim, document, years[claim.mention.path], place)
        for name in SHARED_COLUMNS:
            row[name] = shared.setdefault(row[name], row[name])
        columns.append(row)
    return columns.table()


def _with_documents(
    claims: Iterable[Claim], documents: Mapping[str, Document]
) -> Iterator[tuple[Claim, Document]]:
    """Each claim with its document unpacked, once for each run of claims in one document."""
    path, document = None, None
    for claim in claims:
        if claim.mention.path != path:
            path = claim.mention.path
            document = documents[path].unpack()
        yield claim, document


class _Columns:
    """The fact table's columns as rows are added: numbers in typed arrays (8 bytes a value,
    not a Python object each), other values in lists of references to shared objects."""

    def __init__(self) -> None:
        self._lists: dict[str, list[object]] = {
            name: [] for name in FIGURE_COLUMNS if name not in NUMBER_COLUMNS
        }
        self._numbers = {name: array(code) for name, code in NUMBER_COLUMNS.items()}
        self._missing = dict.fromkeys(NUMBER_COLUMNS, 0)

    def append(self, row: dict[str, object]) -> None:
        """Add one figure's row; a missing number is held as NaN and counted."""
        for name, values in self._lists.items():
            values.append(row[name])
        for name, values in self._numbers.items():
            value = row[name]
            if value is None:
                self._missing[name] += 1
                value = math.nan
            values.append(value)

    def table(self) -> pd.DataFrame:
        """The columns as one DataFrame, each let go as soon as it is a Series; the frame
        holds the Series' arrays rather than copies of them gathered in blocks by dtype."""
        series = {name: self._series(name) for name in FIGURE_COLUMNS}
        return pd.DataFrame(series, columns=list(FIGURE_COLUMNS), copy=False)

    def _series(self, name: str) -> pd.Series:
        """One column with the dtype `pd.Series` gives the same values as a list: numbers
        as int64 or float64 (missing ones NaN), but no value at all as objects (None)."""
        if name in self._lists:
            return pd.Series(self._lists.pop(name))
        values = self._numbers.pop(name)
        if self._missing[name] == len(values):
            return pd.Series([None] * len(values))
        return pd.Series(np.array(values, dtype=NUMBER_DTYPES[values.typecode]))


def repeated_groups(table: pd.DataFrame, keys: list[str]) -> list[np.ndarray]:
    """The row positions of each group of `table` by `keys` that has more than one row, in
    key order and row order within a group, as `table.groupby(keys, sort=True)` would give
    them (a row with a missing key is in no group).

    Rows whose key occurs once are dropped first, so the group-by sees only the repeated
    keys (and only the key columns), and groups are read as positions rather than sliced
    out as frames.
    """
    positions = np.flatnonzero(table.duplicated(keys, keep=False).to_numpy())
    if not len(positions):
        return []
    indices = table[keys].iloc[positions].groupby(keys, sort=True).indices
    return [positions[indices[key]] for key in sorted(indices)]


def _places(
    claims: Sequence[Claim], documents: dict[str, Document], jobs: int
) -> list[tuple[int, int]]:
    """The paragraph and sentence numbers of each claim, in claim order. Reading a
    document's text model again is most of the fact table's work, so with `jobs` > 1 and
    enough documents the documents are shared out to worker processes."""
    starts: dict[str, list[int]] = defaultdict(list)
    for claim in claims:
        starts[claim.mention.path].append(claim.mention.start)
    work = [(documents[path].unpack().plain, offsets) for path, offsets in starts.items()]
    if jobs > 1 and len(work) >= PARALLEL_PLACES_FROM * jobs:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            found = list(pool.map(_text_places, work, chunksize=PLACES_CHUNK))
    else:
        found = [_text_places(item) for item in work]
    by_path = {path: iter(places) for path, places in zip(starts, found, strict=True)}
    return [next(by_path[claim.mention.path]) for claim in claims]


def _text_places(work: tuple[str, list[int]]) -> list[tuple[int, int]]:
    plain, offsets = work
    return figure_positions(plain, offsets)


def figure_positions(plain: str, offsets: Iterable[int]) -> list[tuple[int, int]]:
    """The paragraph and sentence numbers of offsets of one plain text (0 when outside)."""
    passage = read_text(plain)
    places = []
    for offset in offsets:
        paragraph, sentence = passage.paragraph_at(offset), passage.sentence_at(offset)
        places.append((paragraph.index if paragraph else 0, sentence.index if sentence else 0))
    return places


def _row(
    claim: Claim, document: Document, years: tuple[int, ...], place: tuple[int, int]
) -> dict[str, object]:
    mention = claim.mention
    start, end = document.text_offset(mention.start), document.text_offset(mention.end)
    line, column = document.line_column(start)
    interval = usd_interval(claim, document, years)
    low, high = interval if interval else (None, None)
    return {
        "id": claim.figure_id,
        "path": mention.path,
        "start": start,
        "end": end,
        "line": line,
        "column": column,
        "text": document.text[start:end],
        "amount": float(mention.amount),
        "currency": mention.currency,
        "qualifier": mention.qualifier.value,
        "entity": claim.entity,
        "counterparty": claim.counterparty,
        "metric": claim.metric,
        "period": claim.period,
        "value_usd": (low + high) / 2 if interval else None,
        "value_usd_low": low,
        "value_usd_high": high,
        "currency_note": mention.currency_note,
        "rate_note": _rate_note(claim, document, years) if interval is None else "",
        "target": claim.is_target,
        "explicit_period": claim.explicit_period,
        "inferred_period": claim.inferred_period,
        "basis": claim.basis,
        "paragraph": place[0],
        "sentence": place[1],
        "measure": claim.measure,
        "period_span": claim.period_span,
        "place": claim.place,
        "event": claim.event,
        **{f"{name}_grade": claim.grade(name).value for name in GRADED_ATTRIBUTES},
        "evidence": evidence_summary(claim),
    }


def _rate_note(claim: Claim, document: Document, years: Sequence[int]) -> str:
    """Why a figure with a currency has no US-dollar value: no rate source covers its
    document's date ("1975-03-02 is before every rate history shipped"); "" otherwise."""
    currency = claim.mention.currency
    if currency is None:
        return ""
    return rate_unavailable_reason(currency, "USD", document.date, years)


def evidence_summary(claim: Claim) -> str:
    """One line naming, per attribute, the resolver that decided it and its grade:
    "entity=possessive_owner:stated; metric=metric_from_cues:stated"."""
    return "; ".join(f"{name}={item.resolver}:{item.grade.value}" for name, item in claim.evidence)


def merge_similar_names(
    claims: Sequence[Claim],
    short_names: Mapping[str, str] | None = None,
    full_names: Mapping[str, set[str]] | None = None,
) -> tuple[list[Claim], dict[str, str]]:
    """Merge names that are one company: a short form that documents introduce with one
    long name only is that name in every document ("Jio" is "Jio Platforms" where a document
    writes "Jio Platforms ... Jio"; `full_names`, each short form's long names), another
    long name a document also writes short is that short form ("Tesco Bank" is "Tesco"), and
    names one edit apart ("Xioami" into "Xiaomi", keeping the commoner spelling).

    Misspelling candidates are found through shared single-deletion variants, a group-by
    rather than a comparison of every pair of names.
    """
    counts = Counter(c.entity for c in claims if c.entity)
    counts.update(c.counterparty for c in claims if c.counterparty)
    full = {
        short: next(iter(names)) for short, names in (full_names or {}).items() if len(names) == 1
    }
    shortened = {name: short for name, short in (short_names or {}).items() if short not in full}
    merges = {short: name for short, name in full.items() if short in counts}
    merges.update((name, short) for name, short in shortened.items() if name in counts)
    for drop, keep in _merge_map(counts).items():
        merges.setdefault(drop, full.get(keep, shortened.get(keep, keep)))
    if not merges:
        return list(claims), {}
    return [_with_merged_names(claim, merges) for claim in claims], merges


def _with_merged_names(claim: Claim, merges: Mapping[str, str]) -> Claim:
    """The claim with its entity and counterparty merged; the claim itself when neither
    changes (a large run holds every claim once, not a copy of each)."""
    entity, counterparty = (
        merges.get(name, name) if name else None for name in (claim.entity, claim.counterparty)
    )
    if counterparty == entity:
        counterparty = None
    if entity == claim.entity and counterparty == claim.counterparty:
        return claim
    return replace(claim, entity=entity, counterparty=counterparty)


def _merge_map(counts: Counter[str]) -> dict[str, str]:
    by_variant: dict[str, set[str]] = defaultdict(set)
    for name in counts:
        if len(name) >= MIN_LENGTH_TO_MERGE:
            for variant in _deletion_variants(name.casefold()):
                by_variant[variant].add(name)
    merges: dict[str, str] = {}
    for names in by_variant.values():
        for name in names:
            for other in names:
                if other != name and _one_edit_apart(name.casefold(), other.casefold()):
                    keep = min((name, other), key=lambda n: (-counts[n], n))
                    drop = other if keep == name else name
                    merges.setdefault(drop, keep)
    return {drop: _final(keep, merges) for drop, keep in merges.items() if drop != keep}


def _final(name: str, merges: dict[str, str]) -> str:
    seen = {name}
    while name in merges and merges[name] not in seen:
        name = merges[name]
        seen.add(name)
    return name


def _deletion_variants(name: str) -> Iterable[str]:
    yield name
    for i in range(len(name)):
        yield name[:i] + name[i + 1 :]


def _one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and (a[diffs[1]] == b[diffs[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
