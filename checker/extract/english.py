"""Find money figures in English text: amount, magnitude, currency markers and qualifier."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import TypeGuard

import regex

from checker.extract import lexicon as lx
from checker.model import Mention, Qualifier
from checker.patterns import compiled, lazy


def _writings(keys: list[str]) -> dict[str, list[tuple[int, str, str]]]:
    """Each currency symbol key as written right before a number, glued or after a space
    ("$5", "us$ 5"), with its rank in the order `_read_left` tries them (the keys' order,
    glued before spaced), so the keys a text ends with are looked up, not tried in turn."""
    writings: dict[str, list[tuple[int, str, str]]] = {}
    pairs = [(key, spacer) for key in keys for spacer in ("", " ")]
    for rank, (key, spacer) in enumerate(pairs):
        writings.setdefault(key + spacer, []).append((rank, key, spacer))
    return writings


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so the longest wins; a space
    inside a phrase matches any run of white space (a wire breaks lines inside "H.K. Cents")."""
    escaped = (regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


# ASCII digits only (full-width ones are folded before extraction). A number never starts
# inside a run of digits and separators, its groups cannot take digits of the next group and
# are possessive (giving groups back one by one costs the `regex` module a pass each), and it
# starts with one digit (an alternation that does not loses the module's fast scan): a long
# run of "1,1,1", "12,34,56" or "1 000 1 000" is read from one start, in one pass.
_DIGITS = (
    r"(?<![0-9][,.]?)"
    r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3}(?![0-9]))++|[0-9]?(?:,[0-9]{2}(?![0-9]))++,[0-9]{3}|[0-9]*)"
    r"(?:\.[0-9]+)?"
)
# A price in whole units and a fraction as wires quote shares: "12-5/8", "12 5/8", "5/8" (an
# odd numerator over a denominator of lx.QUOTE_DENOMINATORS, never a date such as "3/4/87").
_QUOTE_DENOMINATORS = _alternation([str(d) for d in lx.QUOTE_DENOMINATORS])
_QUOTE = (
    r"(?<![0-9/.,-])(?:(?P<whole>[0-9]{1,3})[- ](?=[0-9]{1,2}/))?"
    rf"(?P<numerator>[0-9]?[13579])/(?P<denominator>{_QUOTE_DENOMINATORS})(?![0-9/])"
)
_SPACED_DIGITS = r"(?<![0-9][ \u00a0\u202f]?)[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3}(?![0-9]))++"
_WORD_NUMBER_WORDS = _alternation([*lx.UNITS, *lx.SCALE_WORDS])
_WORD_NUMBER = rf"(?:{_WORD_NUMBER_WORDS})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_WORD_NUMBER_WORDS}))*"
_TENS = _alternation([w for w, v in lx.UNITS.items() if v >= 20])
_ONES = _alternation([w for w, v in lx.UNITS.items() if 0 < v < 10])
_TEENS = _alternation([w for w, v in lx.UNITS.items() if 10 <= v < 20])
_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES})"
_FRACTION = _alternation(list(lx.FRACTION_WORDS))
_NAME_ALT = _alternation(list(lx.NAMES))
_SUBUNIT_ALT = _alternation([s for s in lx.SUBUNITS if s != "p"])
_MAGNITUDE_ALT = _alternation([m for m in lx.MAGNITUDES if m not in lx.ATTACHED_ONLY_MAGNITUDES])

_NUMBER_ALTERNATIVES = (
    rf"(?P<spaced>{_SPACED_DIGITS})(?=\s?(?i:{_NAME_ALT})\b)",
    rf"(?P<quote>{_QUOTE})",
    rf"(?P<digits>{_DIGITS})",
    rf"\b(?P<fraction>(?i:{_FRACTION}))\b(?=\s+(?i:{_MAGNITUDE_ALT}|{_NAME_ALT}|{_SUBUNIT_ALT})\b)",
    rf"\b(?P<words>(?i:{_WORD_NUMBER}))\b",
)
"""The kinds of number, in order of precedence where two start at one offset."""
NUMBER_RE = lazy("|".join(_NUMBER_ALTERNATIVES), regex.VERBOSE)
MAGNITUDE_RE = lazy(
    rf"""(?:\s?-\s?|\s)?(?P<mag>(?i:{_MAGNITUDE_ALT}))(?![\p{{L}}0-9])
    |(?P<letter>[kKmMbBtT])(?![\p{{L}}0-9])""",
    regex.VERBOSE,
)
M_CODE_RE = lazy(r"\s?M(?P<code>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY)\b", regex.IGNORECASE)
SUFFIX_CODE_RE = lazy(r"\s?(?P<code>[A-Za-z]{3})(?![\p{L}0-9$])")
SUFFIX_NAME_RE = lazy(rf"(?:\s|-)?(?P<name>(?i:{_NAME_ALT}))(?![\p{{L}}])")
SUFFIX_SUBUNIT_RE = lazy(rf"(?:\s|-)?(?P<sub>(?i:{_SUBUNIT_ALT}))(?![\p{{L}}])")
PENCE_RE = lazy(r"p(?![\p{L}0-9])")
SUFFIX_SYMBOL_RE = lazy(r"\s?(?P<sym>[$€£₡₾₭₹₽₺₪₦₱₫]|ரூ)(?!\s?[0-9])")
FOLLOWER_RE = lazy(
    rf"""\s+(?P<and>and\s+)?(?:(?P<digits>[0-9]{{1,2}})(?![0-9]|[.,][0-9])|(?P<words>(?i:{_BELOW_HUNDRED}))\b)
    (?P<sub>\s+(?i:cents?|mao))?""",
    regex.VERBOSE,
)
NEXT_WORD_RE = lazy(r"[\s-]+(?P<word>[\p{L}][\p{L}'-]*)")
# After "of", an owner's money noun keeps a bare amount money: "about 13.8 billion of
# Fox's net debt", "2 billion of the group's annual revenue".
_OWNERS_MONEY = lazy(
    r"\s+(?:the\s+)?[\p{L}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,2}['’]s"
    rf"(?:\s+[\p{{Ll}}-]+){{0,2}}?\s+(?:{'|'.join(sorted(lx.MONEY_NOUNS))})\b"
)
# A funding round named by its series makes a bare amount money: "added 20 million to its
# Series B".
_FUNDING_SERIES = lazy(r"\bSeries\s+[A-K]\b")
_SPACES = lazy(r"\s+")
_RUPEE_BEFORE = lazy(r"(?:\bRs\.?|₹|\bINR)\s?$")
_CRORE_AFTER = lazy(r"\s+(?:crores?|crs?)(?![\p{L}])", regex.IGNORECASE)
_SYMBOL_BEFORE_PARENTHESIS = lazy(r"(?:[$€£¥]|\b[A-Z]{3})\s?\($")
_ADJECTIVE_NAME = lazy(r"[\s-]+(?:zone|area|bloc|region)\b", regex.IGNORECASE)
# A name with a possessive is what the next words are about, not the amount's unit: "below
# $68K\nBitcoin's price attempted".
_POSSESSIVE_AFTER = lazy(r"['’]s\b")
# A floor written after the figure: "the $64 billion-plus implied last month".
_PLUS_AFTER = lazy(r"-plus\b", regex.IGNORECASE)
# A decimal point or a thousands separator: "7.9", "83,900".
_AMOUNT_DIGITS = lazy(r"[.,]\d")
_PER_SHARE_AFTER_NAME = lazy(r"\s+(?:a|per)\s+share\b", regex.IGNORECASE)
_PERCENT_AFTER = lazy(
    rf"\s*(?:{_alternation(list(lx.PERCENT_WORDS))})(?![\p{{L}}])", regex.IGNORECASE
)
_DATELINE_CITY = lazy(
    rf"^[ \t]*(?P<city>(?i:{_alternation(list(lx.DATELINE_CITIES))}))\b[^\n]{{0,40}}?"
    r"(?:--?|–|—)",
    regex.MULTILINE,
)
_COUNTRY_WORD = lazy(rf"\b(?i:{_alternation(list(lx.COUNTRY_WORDS))})\b")
_GROUPING = lazy(r"[,\s\u00a0\u202f]")
_SPACED_DECIMAL_POINT = lazy(r"[0-9] \. $")
_LETTERS_BEFORE = lazy(r"[\p{L}.$]+$")
# A sentence's end: a full stop before a capital, a blank line, or a line break before a list
# item ("... level.\n- **Fundamentals:** revenue came to 2.81 billion").
SENTENCE_END_RE = lazy(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n|\n[ \t]*(?:[-*+•·]|\d{1,2}[.)])[ \t]")
# A bare figure right after "X, or" or "X (" restates X in a currency the text leaves open
# ("19 million yuan, or about 3 million"): it does not take X's unit.
_RESTATES = lazy(r"\s*(?:\(|,?\s+or\s)")
_DOLLAR_CODE_BEFORE = lazy(
    rf"(?<![\p{{L}}])(?P<code>{_alternation(sorted(lx.DOLLAR_CODES))})\s?(?=$)"
)
_PARENTHETICAL = lazy(r"\([^()]*\)")
_WORD_BEFORE = lazy(r"(?:^|[^\p{L}])(?P<word>\p{L}+\.?)\s+$")
_QUOTE_LEAD = lazy(rf"(?:^|[^\p{{L}}])(?i:{_alternation(list(lx.QUOTE_LEADS))})\s+$")
_SHARED_JOINER = lazy(
    rf"\s*(?:{_alternation([j for j in lx.SHARED_UNIT_JOINERS if not j.isalpha()])})\s*"
    rf"|\s+(?:{_alternation([j for j in lx.SHARED_UNIT_JOINERS if j.isalpha()])})\s+"
)
_CARRY_BETWEEN = lazy(
    r"^[\s,]*(?:[\p{L}0-9'’.-]++[\s,]+){0,6}?"
    rf"(?i:{_alternation(list(lx.CARRY_CONNECTORS))})\s+(?:[\p{{L}}0-9'’-]++\s+){{0,3}}$"
)
# How many times as often as any other a country must be named for a currency name of
# several countries to be read as its ("dinars" in a story naming Kuwait four times, Iraq
# once).
MOST_NAMED_FACTOR = 3
# How far before a bare amount a counted noun leading to it is looked for, and the clause
# it must stand in (no comma, semicolon or full stop between).
COUNTED_REACH = 80
_COUNTED_CLAUSE = lazy(r"[^,;.!?\n]*$")
_WORD = lazy(r"\p{L}+")
# How far around a figure the ends of its sentence are looked for.
NEIGHBOUR_REACH = 400
# An amount with a magnitude word and the word after it: "4,037 billion kroner".
_AMOUNT_AND_UNIT = lazy(r"\d[\d,.]*\s+(?P<mag>[\p{L}]+)\s+(?P<unit>\p{Ll}+)\b")
MAX_COMPARISON_BACK = 4
"""How many figures with a magnitude back the other side of a comparison may be."""
MAX_COMPARISON_CHARS = 150

_CURRENCY_WORDS = frozenset(w for name in lx.NAMES for w in name.split()) - {
    "new",
    *lx.NAMES_NEEDING_MAGNITUDE,
} | {c.lower() for c in lx.ISO_CODES}
_SYMBOL_KEYS = sorted(lx.SYMBOLS, key=len, reverse=True)
_SYMBOL_WRITINGS = _writings(_SYMBOL_KEYS)
_GLUED_LETTERS_LONGEST_FIRST = sorted(lx.GLUED_LETTERS_WITH_MAGNITUDE, key=len, reverse=True)
_GLUED_NAMES_LONGEST_FIRST = sorted(lx.GLUED_LETTER_NAMES, key=len, reverse=True)
_QUALIFIER_RE = lazy(rf"(?:^|[^\p{{L}}])(?P<q>(?i:{_alternation(list(lx.QUALIFIERS))}))\s+$")


@dataclass
class _Draft:
    """A figure being assembled around one number token."""

    start: int
    end: int
    number_text: str
    value: Decimal
    is_words: bool = False
    is_fraction: bool = False
    magnitude: str | None = None
    factor: Decimal = Decimal(1)
    markers: list[str] = field(default_factory=list)
    subunit: Decimal = Decimal(1)
    prefix_symbol: bool = False
    suffix_name: bool = False
    negative: bool = False
    currency_note: str = ""
    denominator: int = 1
    hyphenated: bool = False
    carried: str | None = None
    unit_source: tuple[str, str] | None = None
    per_unit: str | None = None
    count: bool = False
    story_default: bool = False


MAX_NUMBER_CHARS = 40
"""A longer run of digits is noise (a hash, a pasted table), never an amount."""
# What joins the two ends of a range ("$40bn-$50bn", "$1 billion to $2 billion", "between $1
# billion and $2 billion"), and the "from" that makes "to" a move's end instead.
_DASH_BETWEEN = lazy(r"\s*(?:-|–|—)\s*")
_TO_BETWEEN = lazy(r"\s+to\s+")
_AND_BETWEEN = lazy(r"\s+and\s+")
_FROM_BEFORE = lazy(r"\bfrom\s+$")
# A currency code or name written before a number: "USD 5", "EUR5", "dollars 5", "rmb 5".
_CODE_BEFORE = lazy(r"(?:^|[^\p{L}])(?P<code>[A-Za-z]{3,4})\s?$")
_NAME_BEFORE = lazy(r"(?:^|[^\p{L}])(?P<name>dollars?|euro|rmb)\s$")
# What separates the words of a written number: "forty-five", "one hundred".
_NUMBER_WORD_BREAK = lazy(r"[\s-]+")


class _Story:
    """What the whole text says that a figure's reading may need: its countries, read once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._countries: tuple[str | None, tuple[tuple[str, int], ...]] | None = None

    @property
    def countries(self) -> tuple[str | None, tuple[tuple[str, int], ...]]:
        """The dateline's country (or None) and the countries the story's words name."""
        if self._countries is None:
            self._countries = (_dateline_country(self.text), _named_countries(self.text))
        return self._countries


def find_mentions(text: str, path: str = "") -> list[Mention]:
    """Every money figure in `text`, in order, with offsets into `text`."""
    drafts: list[_Draft] = []
    scaled: list[_Draft] = []
    before: _Draft | None = None
    story = _Story(text)
    position = 0
    for match in number_matches(text):
        if match.start() < position:
            continue
        draft = _draft_from_number(text, match)
        if draft is None:
            continue
        _read_right(text, draft, story)
        _read_left(text, draft, story)
        previous, before = before, draft
        recent = scaled[-MAX_COMPARISON_BACK:]
        if draft.magnitude is not None:
            scaled.append(draft)
        if not _is_money(text, draft, drafts, recent):
            continue
        _read_compound(text, draft)
        if _pending_low(previous, drafts) and _shares_unit(text, previous, draft):
            _take_unit(previous, draft)
            drafts.append(previous)
        drafts.append(draft)
        position = draft.end
    _cents_of_the_dollar_before(text, drafts)
    drafts = [d for d in drafts if d.markers or not _counted_like_its_neighbours(text, d)]
    mentions = [_to_mention(text, path, d) for d in drafts]
    return _link_ranges(text, mentions, drafts)


def _counted_like_its_neighbours(text: str, draft: _Draft) -> bool:
    """Whether a bare amount with a magnitude stands among other amounts of its sentence (on
    its line) that write the same magnitude and then one word that is no currency the
    checker reads, at least twice ("a market value of 10,901 billion, fixed income 4,037
    billion kroner, real estate 345 billion kroner"): it is in that unit too, which the
    checker cannot convert, so it is no amount of an unstated currency."""
    if draft.magnitude is None or draft.is_words:
        return False
    start, end = _sentence_bounds(text, draft.start, draft.end)
    start = max(start, text.rfind("\n", start, draft.start) + 1)
    line_end = text.find("\n", draft.end, end)
    end = line_end if line_end >= 0 else end
    units = [
        unit.group("unit").lower()
        for unit in _AMOUNT_AND_UNIT.finditer(text, start, end)
        if unit.start() != draft.start
        and unit.group("mag").lower() == draft.magnitude.lower()
        and unit.group("unit").lower() not in lx.NAMES.keys() | lx.FUNCTION_WORDS
    ]
    return any(units.count(unit) >= 2 for unit in set(units))


def _cents_of_the_dollar_before(text: str, drafts: list[_Draft]) -> None:
    """Bare cents that the story's country does not settle take the currency of the figure
    before them in their sentence, when that is another currency of cents than the US dollar:
    "a DPU of 2.16 Singapore cents, a fall of 4% from the 2.25 cents" is in Singapore cents
    twice, "40 euro cents, up from 32 cents" in euro cents."""
    for before, draft in itertools.pairwise(drafts):
        if not draft.story_default or not before.markers:
            continue
        dollar = before.markers[0]
        between = text[before.end : draft.start]
        if (
            dollar in lx.OTHER_CENTS
            and len(between) <= MAX_COMPARISON_CHARS
            and SENTENCE_END_RE.search(between) is None
        ):
            draft.markers = [dollar]
            draft.currency_note = (
                f"inferred: cents read as {dollar}, the currency of the figure before them"
            )


def number_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of NUMBER_RE.finditer(text), found faster.

    Each alternative searched alone keeps the `regex` module's fast scan for its first
    characters, which the joined pattern loses. No alternative matches before the leftmost
    start any of them finds, and there NUMBER_RE itself reads the match (its first
    alternative that matches, as finditer would); an alternative's next match is searched
    again only once the text read has passed its start.
    """
    scanners = _number_scanners()
    upcoming = [scanner.search(text) for scanner in scanners]
    while True:
        starts = [found.start() for found in upcoming if found is not None]
        if not starts:
            return
        match = NUMBER_RE.match(text, min(starts))
        if match is None:
            return
        yield match
        end = match.end()
        upcoming = [
            found if found is None or found.start() >= end else scanner.search(text, end)
            for found, scanner in zip(upcoming, scanners, strict=True)
        ]


@cache
def _number_scanners() -> tuple[regex.Pattern[str], ...]:
    """Each alternative of NUMBER_RE compiled alone, once."""
    return tuple(compiled(part, regex.VERBOSE) for part in _NUMBER_ALTERNATIVES)


def _pending_low(before: _Draft | None, drafts: list[_Draft]) -> TypeGuard[_Draft]:
    """Whether the number read just before was left out (it may be a pair's first end)."""
    return before is not None and not (drafts and drafts[-1] is before)


def _draft_from_number(text: str, match: regex.Match) -> _Draft | None:
    start, end = match.span()
    if match.group("quote"):
        return _quote_draft(text, match)
    if match.group("digits") or match.group("spaced"):
        raw = match.group("digits") or match.group("spaced")
        if len(raw) > MAX_NUMBER_CHARS or not _digits_stand_alone(text, start, end):
            return None
        return _Draft(start, end, raw, Decimal(_GROUPING.sub("", raw)))
    if match.group("words"):
        value = parse_number_words(match.group("words"))
        if value is None:
            return None
        return _Draft(start, end, match.group("words"), value, is_words=True)
    words = _SPACES.sub(" ", match.group("fraction").lower())
    return _Draft(start, end, match.group("fraction"), lx.FRACTION_WORDS[words], is_fraction=True)


def _quote_draft(text: str, match: regex.Match) -> _Draft | None:
    """ "12-5/8" as 12.625, "5/8" as 0.625; None for an improper fraction ("9/8") or one glued
    to other digits or letters."""
    numerator, denominator = int(match.group("numerator")), int(match.group("denominator"))
    if numerator >= denominator or not _digits_stand_alone(text, *match.span()):
        return None
    whole = Decimal(match.group("whole") or 0)
    value = whole + Decimal(numerator) / Decimal(denominator)
    start, end = match.span()
    return _Draft(start, end, match.group(0), value, denominator=denominator)


def _digits_stand_alone(text: str, start: int, end: int) -> bool:
    """Digits not glued into a model name, code or decimal ("SU7", "Mi A1", "1.2.3")."""
    if end < len(text) and (
        _digit_at(text, end) or (text[end] in ".," and _digit_at(text, end + 1))
    ):
        return False
    if start == 0:
        return True
    before = text[start - 1]
    if _SPACED_DECIMAL_POINT.search(text[max(0, start - 4) : start]):
        return False
    if _digit_at(text, start - 1) or (before in ".," and _digit_at(text, start - 2)):
        return False
    if before.isalpha():
        written = _LETTERS_BEFORE.search(text[max(0, start - 12) : start]).group(0)
        letters = written.lower()
        return (
            letters in lx.SYMBOLS
            or letters.upper() in lx.ISO_CODES
            or _is_m_code(letters)
            or written in lx.GLUED_LETTERS_WITH_MAGNITUDE
            or written in lx.GLUED_LETTER_NAMES
        )
    return True


def _digit_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and "0" <= text[index] <= "9"


def _is_m_code(letters: str) -> bool:
    return len(letters) == 4 and letters[0] == "m" and letters[1:].upper() in lx.ISO_CODES


def parse_number_words(words: str) -> Decimal | None:
    """The value of "one hundred and two", "forty-five", "three thousand"."""
    total, current, seen = 0, 0, False
    for word in _NUMBER_WORD_BREAK.split(words.lower()):
        if word == "and":
            continue
        if word in lx.UNITS:
            current += lx.UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


def _read_right(text: str, draft: _Draft, story: _Story) -> None:
    """Magnitude and currency markers written after the number."""
    pos = _read_parenthesised(text, draft)
    mag = MAGNITUDE_RE.match(text, pos)
    if mag and (mag.group("mag") or not draft.is_words) and _magnitude_fits(text, mag, draft):
        word = (mag.group("mag") or mag.group("letter")).lower()
        word = _SPACES.sub(" ", word)
        draft.magnitude, draft.factor = word, lx.MAGNITUDES[word]
        draft.hyphenated = "-" in text[pos : mag.start("mag")] if mag.group("mag") else False
        pos = mag.end()
        if word == "lakh":
            crore = _CRORE_AFTER.match(text, pos)
            if crore:
                draft.magnitude, draft.factor = "lakh crore", lx.MAGNITUDES["lakh crore"]
                pos = crore.end()
    pos = _read_suffix_currency(text, draft, pos, story)
    if draft.magnitude is None and draft.markers:
        mag = MAGNITUDE_RE.match(text, pos)
        if mag and mag.group("mag") and _magnitude_fits(text, mag, draft):
            word = _SPACES.sub(" ", mag.group("mag").lower())
            draft.magnitude, draft.factor = word, lx.MAGNITUDES[word]
            pos = mag.end()
    draft.end = pos


def _magnitude_fits(text: str, mag: regex.Match[str], draft: _Draft) -> bool:
    """Whether a magnitude word reads as one here: a rupee-only abbreviation ("Cr") only after
    a rupee amount ("Rs 960Cr", "₹1,200 cr")."""
    word = (mag.group("mag") or "").lower()
    if word not in lx.RUPEE_ONLY_MAGNITUDES:
        return True
    return _RUPEE_BEFORE.search(text, max(0, draft.start - 6), draft.start) is not None


def _read_parenthesised(text: str, draft: _Draft) -> int:
    """ "$(3.4) million": a sign before parentheses around the digits makes them negative."""
    wrapped = text.startswith(")", draft.end) and draft.start > 1 and text[draft.start - 1] == "("
    if not (
        wrapped and _SYMBOL_BEFORE_PARENTHESIS.search(text, max(0, draft.start - 6), draft.start)
    ):
        return draft.end
    draft.negative = True
    draft.start -= 1
    return draft.end + 1


def _read_suffix_currency(text: str, draft: _Draft, pos: int, story: _Story) -> int:
    """One currency marker after the amount: M-code, code, name, sub-unit or symbol."""
    if (m := M_CODE_RE.match(text, pos)) and draft.magnitude is None:
        draft.magnitude, draft.factor = "M", lx.MAGNITUDES["million"]
        draft.markers.append(m.group("code").upper())
        return m.end()
    subunit = SUFFIX_SUBUNIT_RE.match(text, pos)
    if (
        (m := SUFFIX_NAME_RE.match(text, pos))
        and _name_fits(text, draft, m)
        and (subunit is None or subunit.end() <= m.end())
    ):
        name = _SPACES.sub(" ", m.group("name").lower())
        currency, draft.currency_note = _currency_of_name(name, story)
        if currency is not None:
            draft.markers.append(currency)
        draft.suffix_name = True
        return m.end()
    if m := subunit:
        sub = _SPACES.sub(" ", m.group("sub").lower())
        currency, draft.subunit = lx.SUBUNITS[sub]
        if sub in lx.COUNTRY_NAMES:
            currency, draft.currency_note = _currency_of_name(sub, story)
            draft.story_default = not draft.currency_note
        draft.markers.append(currency)
        return m.end()
    if not draft.is_words and (m := PENCE_RE.match(text, pos)):
        draft.markers.append("GBP")
        draft.subunit = lx.SUBUNITS["p"][1]
        return m.end()
    if (m := SUFFIX_CODE_RE.match(text, pos)) and _is_code(m.group("code")):
        code = m.group("code").upper()
        draft.markers.append(lx.CODE_ALIASES.get(code, code))
        draft.suffix_name = True
        return m.end()
    if m := SUFFIX_SYMBOL_RE.match(text, pos):
        draft.markers.append(lx.SYMBOLS[m.group("sym")])
        return m.end()
    return pos


def _name_fits(text: str, draft: _Draft, match: regex.Match) -> bool:
    """A hyphen joins a name to a spelled number ("one-yen"), to a hyphenated magnitude ("a
    4.5-mln-dlr loan") or, for lx.HYPHEN_NAMES, to digits ("a 21.25-dlr-a-share offer");
    never to "a" ("a billion-dollar hole" is a size, not an amount); "won" and "marks" need a
    magnitude; a name before "zone" or "area" is an adjective ("12 Euro zone countries"), one
    with a possessive the subject of what follows ("$68K\nBitcoin's price")."""
    joined_by_hyphen = match.group(0).startswith("-")
    name = _SPACES.sub(" ", match.group("name").lower())
    joins_digits = draft.hyphenated or name in lx.HYPHEN_NAMES
    if joined_by_hyphen and (draft.is_fraction or not (draft.is_words or joins_digits)):
        return False
    if _ADJECTIVE_NAME.match(text, match.end()) or _POSSESSIVE_AFTER.match(text, match.end()):
        return False
    return (
        name not in lx.NAMES_NEEDING_MAGNITUDE
        or draft.magnitude is not None
        or (name in lx.NAMES_AFTER_AMOUNT_DIGITS and _amount_digits(text, draft, match.end()))
    )


def _amount_digits(text: str, draft: _Draft, name_end: int) -> bool:
    """Whether a number is written as only an amount is: with a decimal point or thousands
    separators, or with a price per share after its currency name ("361 won a share")."""
    return (
        _AMOUNT_DIGITS.search(draft.number_text) is not None
        or _PER_SHARE_AFTER_NAME.match(text, name_end) is not None
    )


def currency_of_name(name: str, text: str) -> tuple[str | None, str]:
    """The currency a name of `lx.NAMES` stands for in `text`, and a note when the story's
    country decided it ("crowns" in a Copenhagen story are Danish)."""
    return _currency_of_name(name, _Story(text))


def _currency_of_name(name: str, story: _Story) -> tuple[str | None, str]:
    """The currency a name stands for, and a note when the story's country decided it."""
    if name not in lx.COUNTRY_NAMES:
        return lx.NAMES[name], ""
    by_country, default = lx.COUNTRY_NAMES[name]
    dateline, named = story.countries
    if dateline in by_country:
        why = f"the dateline is in {dateline}"
        return by_country[dateline], f"inferred: {name!r} read as {by_country[dateline]}: {why}"
    candidates = [(c, count) for c, count in named if c in by_country]
    if name not in lx.DATELINE_ONLY_NAMES and len(candidates) == 1:
        currency = by_country[candidates[0][0]]
        why = f"the story names {candidates[0][0]} and no other country using {name}"
        return currency, f"inferred: {name!r} read as {currency}: {why}"
    if name not in lx.DATELINE_ONLY_NAMES and _clearly_most_named(candidates):
        (country, count), (other, times) = candidates[0], candidates[1]
        currency = by_country[country]
        why = f"the story names {country} {count} times, {other} at most {times}"
        return currency, f"inferred: {name!r} read as {currency}: {why}"
    if default is not None and name in lx.WEAK_DEFAULT_NAMES:
        return default, f"weak: {name!r} with no country the text settles, read as {default}"
    if default is not None:
        return default, ""
    return None, f"no currency: {name!r} without a country the text settles"


def _clearly_most_named(candidates: list[tuple[str, int]]) -> bool:
    """Whether one country the story names is named at least `MOST_NAMED_FACTOR` times as
    often as any other using the same currency name ("Kuwait" four times, "Iraq" once)."""
    return len(candidates) > 1 and candidates[0][1] >= MOST_NAMED_FACTOR * candidates[1][1]


def _dateline_country(text: str) -> str | None:
    """The country of a dateline city in the opening lines ("PARIS, March 3 -")."""
    match = _DATELINE_CITY.search(text, 0, min(len(text), 600))
    return lx.DATELINE_CITIES[_SPACES.sub(" ", match.group("city").lower())] if match else None


def _named_countries(text: str) -> tuple[tuple[str, int], ...]:
    """The countries the story's words name and how often, most named first."""
    counts: dict[str, int] = {}
    for match in _COUNTRY_WORD.finditer(text):
        country = lx.COUNTRY_WORDS[_SPACES.sub(" ", match.group(0).lower())]
        counts[country] = counts.get(country, 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: -item[1]))


def _is_code(code: str) -> bool:
    return (code.isupper() and code in lx.ISO_CODES) or (
        code.islower() and code in lx.LOWERCASE_CODES
    )


def _read_left(text: str, draft: _Draft, story: _Story) -> None:
    """Currency markers and sign written before the number."""
    _read_sign_before(text, draft)
    start = draft.start
    before = text[max(0, start - 8) : start]
    lowered = before.lower()
    for key, spacer in _symbols_ending(lowered):
        candidate = key + spacer
        if _prefix_boundary(before, candidate):
            if key.isalpha() and spacer == "" and key not in lx.GLUED_SYMBOL_LETTERS:
                continue
            symbol_start = start - len(candidate)
            currency = lx.SYMBOLS[key]
            if key == "$" and (
                code := _DOLLAR_CODE_BEFORE.search(text, max(0, symbol_start - 4), symbol_start)
            ):
                currency, symbol_start = code.group("code"), code.start("code")
            _add_prefix(draft, currency, symbol_start, symbol=True)
            _read_sign_before(text, draft)
            return
    if (glued := _glued_letter(text, draft)) is not None:
        _add_prefix(draft, glued[0], glued[1], symbol=True)
        _read_sign_before(text, draft)
        return
    if (named := _glued_name(text, draft, story)) is not None:
        currency, begin = named
        if currency is not None:
            _add_prefix(draft, currency, begin, symbol=True)
        else:
            draft.start = begin
        return
    code = _CODE_BEFORE.search(before)
    if code:
        word = code.group("code")
        if len(word) == 4 and _is_m_code(word.lower()) and draft.magnitude is None:
            draft.magnitude, draft.factor = "M", lx.MAGNITUDES["million"]
            _add_prefix(draft, word[1:].upper(), start - len(code.group(0)) + code.start("code"))
            return
        if len(word) == 3 and _is_code(word):
            iso = lx.CODE_ALIASES.get(word.upper(), word.upper())
            _add_prefix(draft, iso, start - len(before) + code.start("code"))
            return
    window = max(0, start - 9)
    name = _NAME_BEFORE.search(text[window:start])
    if name and not draft.is_fraction:
        _add_prefix(draft, lx.PREFIX_NAMES[name.group("name").lower()], window + name.start("name"))


def _symbols_ending(lowered: str) -> list[tuple[str, str]]:
    """The (symbol key, spacer) pairs `lowered` ends with, in the order they are tried."""
    found = [
        writing
        for size in range(1, len(lowered) + 1)
        for writing in _SYMBOL_WRITINGS.get(lowered[-size:], ())
    ]
    return [(key, spacer) for _, key, spacer in sorted(found)]


def _prefix_boundary(before: str, candidate: str) -> bool:
    """A letter-led prefix ("us$", "c $", "rs") must not be the tail of a longer word."""
    if not candidate[0].isalpha():
        return True
    index = len(before) - len(candidate) - 1
    return index < 0 or not before[index].isalpha()


def _glued_letter(text: str, draft: _Draft) -> tuple[str, int] | None:
    """The currency of letters glued to a figure with a magnitude ("R250 billion",
    "Ps62.3 billion"), standing alone as a word, and where they start; None otherwise."""
    start = draft.start
    magnitude = draft.magnitude or ""
    if magnitude not in lx.GLUED_LETTER_MAGNITUDES or start < 1 or draft.is_words:
        return None
    found = _letters_before(text, start, _GLUED_LETTERS_LONGEST_FIRST, spaced_from=2)
    return None if found is None else (lx.GLUED_LETTERS_WITH_MAGNITUDE[found[0]], found[1])


def _letters_before(
    text: str, start: int, letters: list[str], spaced_from: int
) -> tuple[str, int] | None:
    """The first of `letters` written right before `start` as a word of its own, glued to
    it or, when `spaced_from` characters long or longer, one space before it; and where it
    starts. None when none is, or when the one found is the tail of a longer word."""
    for written in letters:
        for spacer in ("", " ") if len(written) >= spaced_from else ("",):
            begin = start - len(written) - len(spacer)
            if begin < 0 or text[begin:start] != written + spacer:
                continue
            if begin >= 1 and (text[begin - 1].isalnum() or text[begin - 1] in "-_/"):
                return None
            return written, begin
    return None


def _glued_name(text: str, draft: _Draft, story: _Story) -> tuple[str | None, int] | None:
    """The currency of letters standing for a currency name before a figure with a
    magnitude ("Sh 3.8 billion", "Shs12bn"), as the story's country settles it (None when it
    does not, with the draft's note saying so), and where they start; None without them."""
    magnitude = draft.magnitude or ""
    if magnitude not in lx.GLUED_LETTER_MAGNITUDES or draft.is_words:
        return None
    found = _letters_before(text, draft.start, _GLUED_NAMES_LONGEST_FIRST, spaced_from=1)
    if found is None:
        return None
    currency, draft.currency_note = _currency_of_name(lx.GLUED_LETTER_NAMES[found[0]], story)
    return currency, found[1]


def _add_prefix(draft: _Draft, currency: str, prefix_start: int, symbol: bool = False) -> None:
    draft.markers.insert(0, currency)
    draft.prefix_symbol = symbol
    draft.start = prefix_start


def _read_sign_before(text: str, draft: _Draft) -> None:
    """A minus glued to the figure ("-15€", "$-99.99") makes it negative."""
    glued_minus = draft.start > 0 and text[draft.start - 1] in lx.MINUS_SIGNS
    if glued_minus and (draft.start < 2 or not text[draft.start - 2].isalnum()):
        draft.negative = True
        draft.start -= 1


def _is_money(text: str, draft: _Draft, accepted: list[_Draft], recent: list[_Draft]) -> bool:
    """Keep figures with a currency; bare ones only with a magnitude and money context, or
    as a stock quote, a price level after a move, or the other side of a comparison. A
    spelled amount with no currency and no figure to take one from ("back above a billion")
    is a size, not a figure."""
    if draft.is_fraction and draft.magnitude is None and not draft.markers:
        return False
    if draft.suffix_name and not draft.markers:
        return draft.magnitude is not None or not draft.is_fraction
    if draft.markers:
        return not (draft.is_fraction and draft.magnitude is None and draft.subunit == 1) or (
            draft.suffix_name
        )
    if draft.magnitude is None and draft.denominator > 1:
        return _is_stock_quote(text, draft, accepted)
    if draft.magnitude is None:
        return bool(accepted) and (
            _is_price_level(text, draft, accepted[-1]) or _is_range_end(text, draft, accepted[-1])
        )
    if draft.magnitude not in lx.BARE_MAGNITUDES:
        return False
    if accepted and _joined_as_range(text, accepted[-1], draft):
        return True
    if not _reads_as_amount(text, draft):
        draft.count = True
        return False
    partner = _unit_partner(text, draft, recent)
    between = _PARENTHETICAL.sub("", text[partner.end : draft.start]) if partner else ""
    if partner is None or _RESTATES.match(between):
        return not _spelled_size(draft) and (
            draft.magnitude in lx.INDIAN_MAGNITUDES
            or (_has_money_context(text, draft) and not _counted_before(text, draft))
        )
    compared = _CARRY_BETWEEN.match(between)
    if len(set(partner.markers)) > 1:
        # A partner whose markers contradict each other settles no unit: the amount is money,
        # and its currency is left to the rest of the document.
        return True
    if partner.markers or partner.carried:
        why = "the other side of a comparison with" if compared else "the unit carried from"
        _carry_from(text, draft, partner, why)
        return True
    if partner.count and compared:
        return False
    return not _spelled_size(draft) and (
        draft.magnitude in lx.INDIAN_MAGNITUDES
        or (_has_money_context(text, draft) and not _counted_before(text, draft))
    )


def _spelled_size(draft: _Draft) -> bool:
    """Whether a bare amount is spelled in words ("five", "a", "half a") with a spelled
    magnitude ("five million", "a billion")."""
    return (draft.is_words or draft.is_fraction) and draft.magnitude in lx.SPELLED_MAGNITUDES


def _unit_partner(text: str, draft: _Draft, recent: list[_Draft]) -> _Draft | None:
    """The nearest earlier figure of the same magnitude in the sentence, outside parentheses,
    whose unit a bare one takes ("21 billion marks from 24.35 billion", "revenue of 80 mln
    Canadian dlrs with a loss of 2.3 mln"), whatever that unit is. None when a
    restatement of the same magnitude in another currency stands between ("€4.5 billion
    (£3.8 billion), ... around 2 billion" does not say which)."""
    restated: set[str | None] = set()
    for earlier in reversed(recent):
        between = text[earlier.end : draft.start]
        if len(between) > MAX_COMPARISON_CHARS or SENTENCE_END_RE.search(between):
            return None
        if earlier.factor != draft.factor:
            continue
        currency = earlier.markers[0] if earlier.markers else earlier.carried
        if _in_parentheses(text, earlier.start):
            restated.add(currency)
            continue
        return earlier if restated <= {currency} else None
    return None


def _in_parentheses(text: str, position: int) -> bool:
    """Whether an open parenthesis on the same line, at most a sentence back, is still open
    at `position`."""
    window = max(0, position - MAX_COMPARISON_CHARS)
    newline = text.rfind("\n", window, position)
    line = text[newline + 1 if newline >= 0 else window : position]
    return line.rfind("(") > line.rfind(")")


def _carry_from(text: str, draft: _Draft, source: _Draft, why: str) -> None:
    """Give a bare figure the currency (and sub-unit) of the figure that states its unit."""
    draft.carried = source.markers[0] if source.markers else source.carried
    draft.subunit = source.subunit
    quoted = text[source.start : source.end]
    draft.unit_source = source.unit_source or (quoted, source.currency_note)
    stating, stating_note = draft.unit_source
    note = f"inferred: {why} {quoted!r}"
    if stating != quoted:
        note += f", which takes the unit of {stating!r}"
    if stating_note:
        note += f" ({stating_note.removeprefix('inferred: ')})"
    draft.currency_note = note


def _is_stock_quote(text: str, draft: _Draft, accepted: list[_Draft]) -> bool:
    """A bare fraction price quoted for a share: "Acme's stock closed up 3/8 at 21-1/4"; the
    next quotes of the run need no stock word ("Zenith closed at 14-1/8, off 1/4")."""
    if not _QUOTE_LEAD.search(text, max(0, draft.start - 20), draft.start):
        return False
    if not _ends_bare_figure(text, draft.end):
        return False
    sentence = {
        w.lower() for w in regex.findall(r"\p{L}+", _sentence_around(text, draft.start, draft.end))
    }
    if not (sentence & lx.QUOTE_SUBJECTS or _follows_quote(text, draft, accepted)):
        return False
    draft.per_unit = "share"
    return True


def _follows_quote(text: str, draft: _Draft, accepted: list[_Draft]) -> bool:
    """Whether the figure before is a stock quote of the same paragraph run, close by."""
    if not accepted or accepted[-1].per_unit != "share" or accepted[-1].denominator == 1:
        return False
    between = text[accepted[-1].end : draft.start]
    return len(between) <= MAX_COMPARISON_CHARS and not regex.search(r"\n\s*\n", between)


def _ends_bare_figure(text: str, pos: int) -> bool:
    """What may follow a figure that writes no unit: punctuation, the end, or a function word
    ("at 12-5/8.", "to 188 after the announcement"), never a unit or another number."""
    following = text[pos : pos + 40]
    if _PERCENT_AFTER.match(following):
        return False
    if regex.match(r"\s*(?:[.,;:)]|$)", following):
        return True
    word = NEXT_WORD_RE.match(following)
    return word is not None and word.group("word").lower() in lx.FUNCTION_WORDS | lx.TIME_WORDS


def _is_price_level(text: str, draft: _Draft, move: _Draft) -> bool:
    """A bare level after a price move in a unit: "Dunmore shares jumped 14p to 212"."""
    if move.magnitude is not None or not (move.markers or move.carried) or move.negative:
        return False
    if not regex.fullmatch(r"\s+to\s+", text[move.end : draft.start]):
        return False
    if not _after_move(text, move.start):
        return False
    if move.subunit != 1 and draft.value < move.value:
        return False
    if not _ends_bare_figure(text, draft.end):
        return False
    _carry_from(text, draft, move, "the unit of the price move")
    return True


def _is_range_end(text: str, draft: _Draft, low: _Draft) -> bool:
    """A bare number dashed right onto a currency amount is the range's higher end, in its
    unit: "the Rs 371-390 band", "$40-50 a share" (`RANGE_END_FACTOR`)."""
    if low.magnitude is not None or not (low.markers or low.carried) or low.negative:
        return False
    if text[low.end : draft.start] not in RANGE_DASHES or not (
        low.value < draft.value <= low.value * RANGE_END_FACTOR
    ):
        return False
    _carry_from(text, draft, low, "the other end of the range")
    return True


def _shares_unit(text: str, low: _Draft, high: _Draft) -> bool:
    """Whether a bare number is the first end of a pair whose second states the unit for both:
    "110 to 125 mln dlrs", "from 2.15 to 2.6 bln crowns", "seventy or sixty cents"."""
    if low.markers or low.carried or low.is_fraction or low.count or low.subunit != 1:
        return False
    if low.magnitude is not None and low.factor != high.factor:
        return False
    if not (high.markers or high.carried) or _looks_like_year(low) or _after_month(text, low):
        return False
    between = text[low.end : high.start]
    joined = _SHARED_JOINER.fullmatch(between) or (
        regex.fullmatch(r"\s+and\s+", between)
        and regex.search(r"\bbetween\s+$", text[max(0, low.start - 12) : low.start])
    )
    if not joined:
        return False
    low_value = low.value * (low.factor if low.magnitude else high.factor)
    high_value = high.value * high.factor
    return (
        low_value > 0
        and high_value > 0
        and max(low_value, high_value) <= 100 * min(low_value, high_value)
    )


def _take_unit(low: _Draft, high: _Draft) -> None:
    """The first end of a pair takes the magnitude, sub-unit and currency of the second."""
    if low.magnitude is None:
        low.magnitude, low.factor = high.magnitude, high.factor
    low.subunit = high.subunit
    low.carried = high.markers[0] if high.markers else high.carried
    low.currency_note = high.currency_note


def _looks_like_year(draft: _Draft) -> bool:
    return (
        draft.magnitude is None
        and draft.number_text.isdigit()
        and len(draft.number_text) == 4
        and 1800 <= int(draft.number_text) <= 2100
    )


def _after_month(text: str, draft: _Draft) -> bool:
    """A day of a date ("the year to March 31 to 20 mln dlrs")."""
    word = _WORD_BEFORE.search(text, max(0, draft.start - 12), draft.start)
    return word is not None and word.group("word").lower().rstrip(".") in lx.MONTHS


# A dash that joins the ends of a range written without spaces: "371-390", "40–50"; the
# higher end at most this many times the lower ("$50-100,000" shares a "thousand" it does
# not write, and is left alone).
RANGE_DASHES = frozenset({"-", "–", "—"})
RANGE_END_FACTOR = 10


def _joined_as_range(text: str, previous: _Draft, draft: _Draft) -> bool:
    between = text[previous.end : draft.start]
    return regex.fullmatch(r"\s*(?:-|–|—|to)\s*", between) is not None


def _reads_as_amount(text: str, draft: _Draft) -> bool:
    """Not a count ("400 million people") nor a compound adjective ("32-billion-parameter")."""
    following = text[draft.end : draft.end + 40]
    if following.startswith("-") and regex.match(r"-\p{L}", following):
        return False
    if _PERCENT_AFTER.match(following):
        return False
    word = NEXT_WORD_RE.match(following)
    if word is None:
        return True
    first = word.group("word").lower()
    if first in lx.AMOUNT_NOUNS:
        return True
    if first == "of":
        after = NEXT_WORD_RE.match(following, word.end())
        if after is None or after.group("word").lower() in lx.MONEY_NOUNS | {"its", "the"}:
            return True
        return _OWNERS_MONEY.match(following, word.end()) is not None
    return first in lx.FUNCTION_WORDS


def _counted_before(text: str, draft: _Draft) -> bool:
    """Whether a noun of things or people counted leads to the bare amount in its clause,
    with no money word between ("raising its customer base to 44.4 million")."""
    clause = _COUNTED_CLAUSE.search(text, max(0, draft.start - COUNTED_REACH), draft.start)
    if clause is None:
        return False
    words = [w.lower() for w in _WORD.findall(clause.group(0))]
    counted = [i for i, word in enumerate(words) if word in lx.COUNTED_NOUNS]
    if not counted:
        return False
    after = set(words[counted[-1] + 1 :])
    return not after & (lx.MONEY_CONTEXT | lx.MONEY_NOUNS | _CURRENCY_WORDS)


def _has_money_context(text: str, draft: _Draft) -> bool:
    return money_context_around(text, draft.start, draft.end)


def money_context_around(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] speaks of money: a money word, a currency
    word or sign, or a funding series."""
    sentence = _sentence_around(text, start, end)
    words = {w.lower() for w in regex.findall(r"\p{L}+", sentence)}
    if words & lx.MONEY_CONTEXT or words & _CURRENCY_WORDS:
        return True
    if _FUNDING_SERIES.search(sentence):
        return True
    return regex.search(r"[$€£¥₹]", sentence) is not None


def _sentence_around(text: str, start: int, end: int) -> str:
    left, right = _sentence_bounds(text, start, end)
    return text[left:right]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] starts and ends, its end mark included (at
    most `NEIGHBOUR_REACH` characters either side)."""
    left = start
    for match in SENTENCE_END_RE.finditer(text, max(0, start - NEIGHBOUR_REACH), start):
        left = match.end()
    if left == start:
        left = max(0, start - NEIGHBOUR_REACH)
    right_match = SENTENCE_END_RE.search(text, end, min(len(text), end + NEIGHBOUR_REACH))
    right = right_match.start() + 1 if right_match else min(len(text), end + NEIGHBOUR_REACH)
    return left, right


def _read_compound(text: str, draft: _Draft) -> None:
    """Cents after a whole amount: "3 dollars 50 cents", "15 dollars and 50"."""
    if (
        draft.magnitude
        or draft.subunit != 1
        or not draft.markers
        or draft.value != int(draft.value)
    ):
        return
    if "." in draft.number_text:
        return
    follower = FOLLOWER_RE.match(text, draft.end)
    if follower is None:
        return
    value = (
        Decimal(follower.group("digits"))
        if follower.group("digits")
        else parse_number_words(follower.group("words"))
    )
    if value is None or value >= 100:
        return
    has_subunit = follower.group("sub") is not None
    spelled_after_and = follower.group("and") is not None and follower.group("words") is not None
    if not (has_subunit or draft.suffix_name or spelled_after_and):
        return
    if not has_subunit and not _ends_amount(text, follower.end()):
        return
    draft.value += value / 100
    draft.number_text += follower.group(0)
    draft.end = follower.end()


def _ends_amount(text: str, pos: int) -> bool:
    """What follows a trailing cents figure: the end, punctuation or another "and"."""
    rest = text[pos : pos + 12]
    return regex.match(r"\s*(?:$|[.,;:!?)]|and\b)", rest) is not None


def _to_mention(text: str, path: str, draft: _Draft) -> Mention:
    amount = draft.value * draft.factor * draft.subunit
    if draft.negative:
        amount = -amount
    markers = tuple(dict.fromkeys(draft.markers))
    currency = markers[0] if markers else draft.carried
    return Mention(
        path=path,
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        amount=amount,
        currency=currency,
        currency_markers=markers,
        currency_note=draft.currency_note,
        scale_word=draft.magnitude,
        qualifier=_qualifier(text, draft),
        precision=_precision(draft) * draft.factor * draft.subunit,
        per_unit=draft.per_unit,
        in_subunits=draft.subunit != 1,
    )


def _precision(draft: _Draft) -> Decimal:
    """Half a unit of the last digit the figure states."""
    if draft.is_words or draft.is_fraction:
        return Decimal("0.5") if draft.value >= 1 else Decimal("0.05")
    if draft.denominator > 1:
        return Decimal("0.5") / draft.denominator
    decimals = len(draft.number_text.split(".")[1]) if "." in draft.number_text else 0
    return Decimal("0.5") * Decimal(10) ** -decimals


def _qualifier(text: str, draft: _Draft) -> Qualifier:
    """The qualifier before the figure, or "-plus" right after it ("$64 billion-plus")."""
    if _PLUS_AFTER.match(text, draft.end):
        return Qualifier.AT_LEAST
    return _qualifier_before(text, draft.start)


def _qualifier_before(text: str, start: int) -> Qualifier:
    before = text[max(0, start - 30) : start]
    match = _QUALIFIER_RE.search(before)
    if match is None or _SPACES.sub(" ", before.lower()).rstrip().endswith(lx.NOT_QUALIFIERS):
        return Qualifier.EXACT
    return lx.QUALIFIERS[_SPACES.sub(" ", match.group("q").lower())]


def _link_ranges(text: str, mentions: list[Mention], drafts: list[_Draft]) -> list[Mention]:
    """Pair "$40bn-$50bn", "$1-2 billion", "between $1 billion and $2 billion" as ranges."""
    result = list(mentions)
    group = 0
    for i in range(len(result) - 1):
        low, high = result[i], result[i + 1]
        if low.range_group is not None or not _states_range(text, low, high):
            continue
        group += 1
        result[i], result[i + 1] = _as_range(low, high, drafts[i + 1], group)
    return result


def _states_range(text: str, low: Mention, high: Mention) -> bool:
    between = text[low.end : high.start]
    before = text[max(0, low.start - 12) : low.start].lower()
    if _DASH_BETWEEN.fullmatch(between):
        return _ascending(low, high)
    if _TO_BETWEEN.fullmatch(between):
        return not _FROM_BEFORE.search(before) and not _after_move(text, low.start)
    return _AND_BETWEEN.fullmatch(between) is not None and before.endswith("between ")


def _ascending(low: Mention, high: Mention) -> bool:
    """Whether a dash joins a lower amount to a higher one, as a range does ("$40bn-$50bn",
    "$1-2 billion"); a larger amount first is a dash between two amounts ("totalling 63.0
    billion marks - 44.1 billion of which was intramarginal")."""
    low_amount = abs(low.amount)
    if low.scale_word is None and high.scale_word is not None:
        low_amount *= lx.MAGNITUDES.get(high.scale_word.lower(), Decimal(1))
    return low_amount <= abs(high.amount)


def _after_move(text: str, start: int) -> bool:
    """Whether a figure is the size of a move ("jumped 14p to 212", "rose by 5 mln dlrs to
    40 mln dlrs"): the figure after "to" is then the level reached, not a range's end."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word.group("word").lower() in lx.MOVE_VERBS | {"by"}


def _as_range(
    low: Mention, high: Mention, high_draft: _Draft, group: int
) -> tuple[Mention, Mention]:
    low_amount, low_precision, low_scale = low.amount, low.precision, low.scale_word
    if low.scale_word is None and high.scale_word is not None:
        low_amount *= high_draft.factor
        low_precision *= high_draft.factor
        low_scale = high.scale_word
    low_currency = low.currency or high.currency
    high_currency = high.currency or low.currency
    low_qualifier = Qualifier.RANGE_LOW if low.qualifier == Qualifier.EXACT else low.qualifier
    return (
        replace(
            low,
            amount=low_amount,
            precision=low_precision,
            scale_word=low_scale,
            currency=low_currency,
            currency_markers=low.currency_markers or high.currency_markers,
            qualifier=low_qualifier,
            range_group=group,
        ),
        replace(
            high,
            currency=high_currency,
            currency_markers=high.currency_markers or low.currency_markers,
            qualifier=Qualifier.RANGE_HIGH,
            range_group=group,
        ),
    )
