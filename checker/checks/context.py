"""What a check sees: the documents, the claims, the text relations and the fact table."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pandas as pd

from checker.facts import years_mentioned
from checker.model import Claim, Deferred, Document, Finding, Mention, Relation
from checker.money import Rate, fx_rate
from checker.text import read_text


class FactRows:
    """The fact-table columns checks look figures up in, by figure id: typed arrays and one
    index of the ids, rather than a dictionary of tuples per figure (a million figures)."""

    def __init__(self, facts: pd.DataFrame) -> None:
        self._ids = pd.Index(facts["id"])
        self._usd = facts[["value_usd_low", "value_usd_high"]].to_numpy(dtype=float)
        self._paths = facts["path"].to_numpy()
        self._sentences = facts["sentence"].to_numpy()

    def _row(self, figure_id: str) -> int | None:
        """The row of a figure, or None when the table has none."""
        try:
            return self._ids.get_loc(figure_id)
        except KeyError:
            return None

    def usd(self, figure_id: str) -> tuple[float, float] | None:
        """The figure's low and high value in US dollars, or None when it has none."""
        row = self._row(figure_id)
        if row is None:
            return None
        low, high = self._usd[row]
        if math.isnan(low) or math.isnan(high):
            return None
        return float(low), float(high)

    def same_sentence(self, first: str, second: str) -> bool:
        """Whether two figures have one path and sentence number."""
        a, b = self._row(first), self._row(second)
        if a is None or b is None:
            return False
        return self._paths[a] == self._paths[b] and self._sentences[a] == self._sentences[b]


@dataclass
class CheckContext:
    """Everything a check may read; nothing here is changed by a check."""

    documents: dict[str, Document]
    claims: list[Claim]
    relations: list[Relation]
    facts: pd.DataFrame
    by_id: dict[str, Claim] = field(init=False)
    restated: dict[str, Claim] = field(init=False)
    _years: dict[str, tuple[int, ...]] = field(init=False, default_factory=dict)
    _related: dict[str, set[str]] = field(init=False, default_factory=dict)
    _equivalent: dict[str, set[str]] = field(init=False, default_factory=dict)
    _rows: FactRows = field(init=False)
    _shared: dict[Hashable, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {c.figure_id: c for c in self.claims}
        self._rows = FactRows(self.facts)
        for relation in self.relations:
            for figure in relation.figures:
                self._related.setdefault(figure, set()).update(relation.figures)
                if relation.kind == "equivalence":
                    self._equivalent.setdefault(figure, set()).update(relation.figures)
        self.restated = {
            r.figures[1]: self.by_id[r.figures[0]]
            for r in self.relations
            if r.kind == "equivalence"
        }

    def restatements_of(self, figure_id: str) -> set[str]:
        """The figures that restate `figure_id` or that it restates ("25m euros ($34.1m)"):
        the same amount, never a second one to hold it against."""
        return self._equivalent.get(figure_id, set())

    def related_figures(self, figure_id: str) -> set[str]:
        """The figures any text relation ties to `figure_id` (equivalence, sum, change...)."""
        return self._related.get(figure_id, set())

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        """Whether two figures are written in one sentence (the fact table's `sentence`)."""
        return self._rows.same_sentence(a.figure_id, b.figure_id)

    def shared(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """What `build` returns, built once per context for `key` and shared by the checks
        that need it (fact groups several rules look figures up in)."""
        if key not in self._shared:
            self._shared[key] = build()
        return self._shared[key]

    def document(self, claim: Claim) -> Document:
        return self.documents[claim.mention.path]

    def usd(self, claim: Claim) -> tuple[float, float] | None:
        """The claim's value in US dollars, from the fact table (an interval when undated)."""
        return self._rows.usd(claim.figure_id)

    def years(self, document: Document) -> tuple[int, ...]:
        """The years an undated document's date may fall in (`years_mentioned`), found once."""
        if document.path not in self._years:
            self._years[document.path] = years_mentioned(document)
        return self._years[document.path]

    def rate_to_usd(self, claim: Claim, currency: str) -> Rate | None:
        """The rate at which the claim's document converts `currency` to US dollars."""
        document = self.document(claim)
        return fx_rate(currency, "USD", document.date, self.years(document))

    def finding(
        self,
        rule: str,
        severity: str,
        claims: list[Claim],
        message: str | Deferred,
        explanation: str | Deferred,
    ) -> Finding:
        """A finding located at the first claim, quoting its sentence (written when read)."""
        flagged = claims[0]
        document = self.document(flagged)
        offset = document.text_offset(flagged.mention.start)
        line, column = document.line_column(offset)
        return Finding(
            rule=rule,
            severity=severity,
            path=flagged.mention.path,
            line=line,
            column=column,
            figures=tuple(c.figure_id for c in claims),
            message=message,
            explanation=explanation,
            quote=Deferred(figure_quote, (document, flagged.mention)),
        )

    def where(self, claim: Claim) -> str:
        """'path:line' of a claim, for explanations."""
        return where(self.documents, claim)


def where(documents: Mapping[str, Document], claim: Claim) -> str:
    """'path:line' of a claim among `documents`, for explanations."""
    document = documents[claim.mention.path]
    line, _ = document.line_column(document.text_offset(claim.mention.start))
    return f"{claim.mention.path}:{line}"


def figure_quote(document: Document, mention: Mention) -> str:
    """The sentence of a figure on one line, the figure in bold: a finding's quote."""
    passage = read_text(document.unpack().plain)
    return passage.quote(mention.start, mention.end)


def format_amount(value: float | Decimal, currency: str | None) -> str:
    """'28 billion USD', '1.82 million USD', '45 USD': short and exact enough to check."""
    number = float(value)
    size = abs(number)
    for factor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if size >= factor:
            text = f"{_significant(number / factor)} {word}"
            break
    else:
        text = f"{number:,.2f}".rstrip("0").rstrip(".") if size < 1000 else f"{number:,.0f}"
    return f"{text} {currency}" if currency else text


def format_interval(low: float, high: float, currency: str) -> str:
    if abs(high - low) <= 1e-9 * max(abs(high), 1.0):
        return format_amount(low, currency)
    return f"{format_amount(low, None)}–{format_amount(high, currency)}"


def _significant(value: float) -> str:
    text = f"{value:.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
    return text


def ratio_text(value: float, reference: float) -> str:
    """How far `value` is from `reference`, as a reader would say it."""
    if reference == 0:
        return "undefined (the reference is zero)"
    ratio = value / reference
    if 0.5 <= ratio <= 2:
        return f"{(ratio - 1) * 100:+.1f}%"
    return f"{ratio:.3g} times"
