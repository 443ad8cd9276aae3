"""Conformance with peer extractors' money test cases, scored as the peer-specs README says.

The spec files are read where they are, beside this clone, and never copied in.
Run `python tests/test_peer_specs.py` to print every failing case.

Scoring: a case passes when every expected item with a value is extracted as
(value, ISO currency), values in the currency's main unit and equal within 1e-9
relative; extra figures do not fail it. A case expecting no figure (or only a
bare currency word such as "人民币") passes only when no figure with a currency
is extracted: an amount the extractor leaves without a currency is not a money
reading.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
import regex

from checker.extract import extract_mentions

SPECS = Path(__file__).resolve().parents[1].parent / "shared" / "peer-specs"
RT_EN = "recognizers-text/English-CurrencyModel.json"
RT_ZH = "recognizers-text/Chinese-CurrencyModel.json"
Q3_EN = "quantulum3/quantities.json"

TARGETS: dict[str, float] = {"rt-en": 0.90, "rt-en-detok": 0.90, "rt-zh": 0.90, "q3-en": 1.0}
CASE_COUNTS: dict[str, int] = {"rt-en": 180, "rt-en-detok": 180, "rt-zh": 35, "q3-en": 10}
RATE_PROPERTY = "peer_spec_rate"

CENT = Decimal("0.01")
FRANCS = frozenset(
    [
        "CHF",
        "FRF",
        "BEF",
        "LUF",
        "XOF",
        "XAF",
        "XPF",
        "CDF",
        "DJF",
        "GNF",
        "KMF",
        "RWF",
        "BIF",
        "MGF",
        "MLF",
    ]
)
RUPEES = frozenset(["INR", "PKR", "LKR", "NPR", "MUR", "SCR"])
# "Sen" is the hundredth of several currencies; "sen 100,000" does not say which.
SEN_CURRENCIES = frozenset(["JPY", "MYR", "IDR", "KHR", "BND"])

# Recognizers-Text unit names that carry no isoCurrency: the currencies each may
# mean, and the factor to the main unit. Taken from the units used in the spec files.
RT_UNITS: dict[str, tuple[frozenset[str], Decimal]] = {
    "Dollar": (frozenset({"USD"}), Decimal(1)),
    "Cent": (frozenset({"USD"}), CENT),
    "Pound": (frozenset({"GBP"}), Decimal(1)),
    "Pence": (frozenset({"GBP"}), CENT),
    "Penny": (frozenset({"GBP", "USD"}), CENT),
    "Franc": (FRANCS, Decimal(1)),
    "Rupee": (RUPEES, Decimal(1)),
    "Finnish markka": (frozenset({"FIM"}), Decimal(1)),
    "Peseta": (frozenset({"ESP"}), Decimal(1)),
    "Netherlands guilder": (frozenset({"NLG"}), Decimal(1)),
    "Bitcoin": (frozenset({"BTC"}), Decimal(1)),
    "Satoshi": (frozenset({"BTC"}), Decimal("1e-8")),
    "Sen": (SEN_CURRENCIES, CENT),
}

# quantulum3 currency units with a plain amount; rates ("dollar per hour") are not scored.
Q3_UNITS: dict[str, tuple[frozenset[str], Decimal]] = {
    "dollar": (frozenset({"USD"}), Decimal(1)),
    "euro": (frozenset({"EUR"}), Decimal(1)),
    "pound sterling": (frozenset({"GBP"}), Decimal(1)),
    "cent": (frozenset({"USD"}), CENT),
    "penny": (frozenset({"GBP", "USD"}), CENT),
    "dime": (frozenset({"USD"}), Decimal("0.1")),
}

# A currency symbol with spaces before its digits, unless it follows an amount ("10 $ 30 cent").
SYMBOL_SPACE = regex.compile(r"(?<![0-9] *)(\p{Sc}) +(?=[0-9])")


@dataclass(frozen=True)
class Expected:
    """An expected figure: its value in the main unit and the currencies it may be read as."""

    value: Decimal
    currencies: frozenset[str]

    def __str__(self) -> str:
        return f"{self.value} {'/'.join(sorted(self.currencies))}"


@dataclass(frozen=True)
class Case:
    """One input text and the figures expected in it."""

    text: str
    expected: tuple[Expected, ...]


def load_rt(relative: str, rewrite: Callable[[dict], str] | None = None) -> list[Case]:
    """Recognizers-Text cases; `rewrite` gives the input to use instead of "Input"."""
    cases = json.loads((SPECS / relative).read_text(encoding="utf-8"))
    return [
        Case(
            rewrite(case) if rewrite else case["Input"],
            tuple(
                _rt_expected(result["Resolution"])
                for result in case["Results"]
                if result["Resolution"]["value"] is not None
            ),
        )
        for case in cases
    ]


def _rt_expected(resolution: dict) -> Expected:
    value = Decimal(resolution["value"])
    if "isoCurrency" in resolution:
        return Expected(value, frozenset({resolution["isoCurrency"]}))
    currencies, factor = RT_UNITS[resolution["unit"]]
    return Expected(value * factor, currencies)


def detokenised_input(case: dict) -> str:
    """The input with "$ 75 million" written "$75 million" inside each expected figure."""
    text = case["Input"]
    for result in sorted(case["Results"], key=lambda r: r["Start"], reverse=True):
        start, end = result["Start"], result["End"] + 1
        text = text[:start] + SYMBOL_SPACE.sub(r"\1", text[start:end]) + text[end:]
    return text


def load_q3(relative: str) -> list[Case]:
    """quantulum3 cases that expect a currency amount, keeping only their currency items."""
    cases = json.loads((SPECS / relative).read_text(encoding="utf-8"))
    return [
        Case(case["req"], tuple(_q3_expected(item) for item in items))
        for case in cases
        if (items := [item for item in case["res"] if item["unit"] in Q3_UNITS])
    ]


def _q3_expected(item: dict) -> Expected:
    currencies, factor = Q3_UNITS[item["unit"]]
    return Expected(Decimal(str(item["value"])) * factor, currencies)


SPEC_SETS: dict[str, Callable[[], list[Case]]] = {
    "rt-en": lambda: load_rt(RT_EN),
    "rt-en-detok": lambda: load_rt(RT_EN, detokenised_input),
    "rt-zh": lambda: load_rt(RT_ZH),
    "q3-en": lambda: load_q3(Q3_EN),
}


def extracted(text: str) -> list[tuple[Decimal, str]]:
    """(amount, currency) of every figure with a currency that the package extracts."""
    return [(m.amount, m.currency) for m in extract_mentions(text) if m.currency is not None]


def passes(case: Case, got: list[tuple[Decimal, str]]) -> bool:
    """Whether each expected figure is matched by a distinct extracted one."""
    if not case.expected:
        return not got
    unmatched = list(got)
    for item in case.expected:
        match = next((g for g in unmatched if _matches(item, g)), None)
        if match is None:
            return False
        unmatched.remove(match)
    return True


def _matches(item: Expected, got: tuple[Decimal, str]) -> bool:
    amount, currency = got
    tolerance = Decimal("1e-9") * max(abs(item.value), abs(amount))
    return currency in item.currencies and abs(item.value - amount) <= tolerance


def failures(cases: list[Case]) -> list[tuple[Case, list[tuple[Decimal, str]]]]:
    """The failing cases, each with what was extracted."""
    results = [(case, extracted(case.text)) for case in cases]
    return [(case, got) for case, got in results if not passes(case, got)]


def _require_specs() -> None:
    if not SPECS.is_dir():
        pytest.skip("../shared/peer-specs is not beside this clone")


@pytest.mark.parametrize("name", list(SPEC_SETS))
def test_case_count(name: str) -> None:
    _require_specs()
    assert len(SPEC_SETS[name]()) == CASE_COUNTS[name]


@pytest.mark.parametrize("name", list(SPEC_SETS))
def test_pass_rate(name: str, record_property: Callable[[str, object], None]) -> None:
    _require_specs()
    cases = SPEC_SETS[name]()
    passed = len(cases) - len(failures(cases))
    record_property(RATE_PROPERTY, (name, passed, len(cases)))
    assert passed / len(cases) >= TARGETS[name]


def test_detokenising_removes_only_the_space_after_a_leading_symbol() -> None:
    def case(text: str, *spans: str) -> dict:
        return {"Input": text, "Results": [_span(text, s) for s in spans]}

    assert detokenised_input(case("sales of $ 75 million .", "$ 75 million")) == (
        "sales of $75 million ."
    )
    assert detokenised_input(case("to hk $ 10.05 billion", "hk $ 10.05 billion")) == (
        "to hk $10.05 billion"
    )
    assert detokenised_input(case("10 $ 30 cent", "10 $ 30 cent")) == "10 $ 30 cent"
    assert detokenised_input(case("1 $ 10 dollars bill", "$ 10 dollars")) == "1 $10 dollars bill"


def _span(text: str, surface: str) -> dict:
    start = text.index(surface)
    return {"Start": start, "End": start + len(surface) - 1}


def main() -> int:
    """Print each spec set's pass rate and its failing cases; non-zero when a target is missed."""
    if not SPECS.is_dir():
        print(f"{SPECS} not found")
        return 2
    missed = False
    for name, load in SPEC_SETS.items():
        cases = load()
        failed = failures(cases)
        rate = (len(cases) - len(failed)) / len(cases)
        missed |= rate < TARGETS[name]
        print(f"{name}: {rate:.1%} ({len(cases) - len(failed)}/{len(cases)})")
        for case, got in failed:
            print(f"  input:    {case.text!r}")
            print(f"  expected: {[str(item) for item in case.expected]}")
            print(f"  got:      {[f'{amount} {currency}' for amount, currency in got]}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
