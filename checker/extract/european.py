"""Find money figures written the European way: "4,6 Mrd. Euro", "EUR 1.234,5 Mio.".

English-language text quoting German, Swiss, Nordic or Dutch sources, and translated items,
write a decimal comma, dots between thousands and German magnitudes. A figure is read here
only where its form cannot be English, and only with a currency before or after it:

- a decimal comma with one or two digits, then a magnitude or a currency ("4,6 Mrd. Euro",
  "10,90 Euro", "4,6 €", "CHF 2,5 Mrd."): "1,234 euros" keeps its English reading;
- dots between thousands with a decimal comma ("EUR 1.234,5 Mio.", "EUR 12.345,67"), or
  two dots between thousands ("1.234.567 Euro");
- whole units with a European magnitude ("13 Mrd. US-Dollar", "EUR 5 Mio.").

A magnitude that is not certain ("2,5 Billionen Euro", "€2,5 billion") leaves the figure
unread. The English reader reads none of these forms, so no English figure changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from checker.extract import english
from checker.extract import lexicon as lx
from checker.model import Mention, Qualifier
from checker.patterns import lazy


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """Literal words, longest first; a space inside a phrase matches any run of spaces."""
    escaped = (regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


_SPACES = lazy(r"\s+")
# A number opens with its sign or a digit: the lookahead of that one character lets the
# search skip the text between numbers quickly instead of trying the lookbehind at every
# character; the numbers found are the same.
_NUMBER = lazy(
    r"(?=[-\u22120-9])(?<![0-9][.,]?)(?P<sign>[-\u2212])?"
    r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})++|[0-9]++)(?:,(?P<decimals>[0-9]++))?"
    r"(?![0-9]|[.,][0-9])"
)
_MAGNITUDE = lazy(
    rf"[ \u00a0]?(?P<mag>{_alternation(list(lx.EUROPEAN_MAGNITUDES))})(?![\p{{L}}])",
    regex.IGNORECASE,
)
_UNREAD_MAGNITUDE = lazy(
    rf"[ \u00a0]?(?:{_alternation(lx.EUROPEAN_UNREAD_MAGNITUDES)})(?![\p{{L}}])|\p{{L}}",
    regex.IGNORECASE,
)
_SUFFIX_NAME = lazy(
    rf"[ \u00a0]?(?P<name>{_alternation(list(lx.EUROPEAN_CURRENCY_NAMES))})(?![\p{{L}}-])",
    regex.IGNORECASE,
)
_SUFFIX_CODE = lazy(r"[ \u00a0]?(?P<code>[A-Z]{3})(?![\p{L}0-9])")
_SUFFIX_SYMBOL = lazy(r"[ \u00a0]?(?P<sym>[€$£¥])(?![0-9])")
# A symbol ("€ 3,4 Mrd.", "US$ 2,5 Mio.") or an ISO code ("EUR 12.345,67") before the digits.
_PREFIX_SYMBOLS = [key for key in lx.SYMBOLS if not key.replace(".", "").isalpha()]
_PREFIX = lazy(
    rf"(?:(?<![\p{{L}}])(?P<code>[A-Z]{{3}})|(?P<sym>(?i:{_alternation(_PREFIX_SYMBOLS)})))"
    r"[ \u00a0]?$"
)
_QUALIFIERS = {**lx.QUALIFIERS, **lx.EUROPEAN_QUALIFIERS}
_QUALIFIER = lazy(rf"(?:^|[^\p{{L}}])(?P<q>(?i:{_alternation(list(_QUALIFIERS))}))\s+$")
_NAME_KEYS = {name.lower(): name for name in lx.EUROPEAN_CURRENCY_NAMES}


@dataclass
class _Figure:
    """A European-formatted number and what is written around it."""

    start: int
    end: int
    whole: str
    decimals: str | None
    negative: bool = False
    magnitude: str | None = None
    currency: str | None = None
    currency_note: str = ""

    @property
    def factor(self) -> Decimal:
        if self.magnitude is None:
            return Decimal(1)
        return lx.EUROPEAN_MAGNITUDES[_magnitude_key(self.magnitude)]


def find_mentions(text: str, path: str = "") -> list[Mention]:
    """Every European-formatted money figure in `text`, in order, with offsets into `text`."""
    found = []
    for match in _NUMBER.finditer(text):
        figure = _read_figure(text, match)
        if figure is not None:
            found.append(_to_mention(text, path, figure))
    return found


def _read_figure(text: str, match: regex.Match[str]) -> _Figure | None:
    """The figure around a number, or None where its form may be English or it names no
    currency."""
    figure = _Figure(match.start(), match.end(), match.group("whole"), match.group("decimals"))
    if match.group("sign") is not None:
        _read_sign(text, figure)
    pos = _read_magnitude(text, figure, figure.end)
    if _UNREAD_MAGNITUDE.match(text, pos):
        return None
    has_suffix = _read_suffix_currency(text, figure, pos)
    if has_suffix or figure.magnitude is not None:
        if not _european_form(figure, written_after=True):
            return None
        if has_suffix or _read_prefix(text, figure):
            return figure
        return figure if _bare_money(text, figure) else None
    if _european_form(figure, written_after=False) or _cents_after_prefix(figure):
        return figure if _read_prefix(text, figure) else None
    return None


def _german_magnitude(figure: _Figure) -> bool:
    return figure.magnitude is not None and figure.magnitude.lower() in lx.GERMAN_ONLY_MAGNITUDES


def _bare_money(text: str, figure: _Figure) -> bool:
    """A decimal comma and a German magnitude with no currency, in a sentence about money:
    "Carmot followed for 2,7 mrd upfront" is money whose currency the text leaves open."""
    return (
        figure.decimals is not None
        and _german_magnitude(figure)
        and english.money_context_around(text, figure.start, figure.end)
    )


def _cents_after_prefix(figure: _Figure) -> bool:
    """Two decimals after a comma, with no magnitude: "CHF 9,70 per share" once a currency
    stands before it (`_read_prefix`); an English text never writes cents so."""
    return figure.decimals is not None and len(figure.decimals) == 2 and "." not in figure.whole


def _read_sign(text: str, figure: _Figure) -> None:
    """A minus glued to the digits makes the figure negative ("-1,5 Mio. Euro"); after a
    letter or digit it is a dash ("4,1-4,6 Mrd. Euro"), not part of the figure."""
    if figure.start > 0 and text[figure.start - 1].isalnum():
        figure.start += 1
    else:
        figure.negative = True


def _european_form(figure: _Figure, written_after: bool) -> bool:
    """Whether the number cannot be read the English way (see the module's docstring)."""
    grouped = "." in figure.whole
    if figure.decimals is not None:
        return grouped or (len(figure.decimals) <= 2 and written_after)
    if grouped:
        return figure.whole.count(".") >= 2 or _german_magnitude(figure)
    return figure.magnitude is not None


def _read_magnitude(text: str, figure: _Figure, pos: int) -> int:
    if match := _MAGNITUDE.match(text, pos):
        figure.magnitude, figure.end = match.group("mag"), match.end()
        return match.end()
    return pos


def _read_suffix_currency(text: str, figure: _Figure, pos: int) -> bool:
    """A currency name, code or symbol after the number (and its magnitude)."""
    if (match := _SUFFIX_NAME.match(text, pos)) and _name_fits(figure, _name_of(match)):
        figure.currency, figure.currency_note = _currency_of_name(text, _name_of(match))
    elif (match := _SUFFIX_CODE.match(text, pos)) and match.group("code") in lx.ISO_CODES:
        figure.currency = match.group("code")
    elif match := _SUFFIX_SYMBOL.match(text, pos):
        figure.currency = lx.SYMBOLS[match.group("sym")]
    else:
        return False
    figure.end = match.end()
    return True


def _name_of(match: regex.Match[str]) -> str:
    """The EUROPEAN_CURRENCY_NAMES key of a currency word as written in any case."""
    return _NAME_KEYS[_SPACES.sub(" ", match.group("name").lower())]


def _name_fits(figure: _Figure, name: str) -> bool:
    return name not in lx.EUROPEAN_NAMES_NEEDING_MAGNITUDE or figure.magnitude is not None


def _currency_of_name(text: str, name: str) -> tuple[str | None, str]:
    """The code a currency word stands for; "Kronen" as the story's crowns."""
    currency = lx.EUROPEAN_CURRENCY_NAMES[name]
    if currency in lx.COUNTRY_NAMES:
        return english.currency_of_name(currency, text)
    return currency, ""


def _read_prefix(text: str, figure: _Figure) -> bool:
    """A currency code or symbol right before the number ("EUR 12.345,67", "€ 4,6 Mrd.")."""
    match = _PREFIX.search(text, max(0, figure.start - 8), figure.start)
    if match is None:
        return False
    if match.group("code"):
        if match.group("code") not in lx.ISO_CODES:
            return False
        figure.currency = match.group("code")
    else:
        figure.currency = lx.SYMBOLS[_SPACES.sub(" ", match.group("sym").lower())]
    figure.start = match.start()
    return True


def _magnitude_key(written: str) -> str:
    """The EUROPEAN_MAGNITUDES key of a magnitude as written in any case ("mio." -> "Mio.")."""
    lowered = written.lower()
    return next(key for key in lx.EUROPEAN_MAGNITUDES if key.lower() == lowered)


def _to_mention(text: str, path: str, figure: _Figure) -> Mention:
    number = Decimal(figure.whole.replace(".", "") + "." + (figure.decimals or "0"))
    places = len(figure.decimals) if figure.decimals else 0
    amount = number * figure.factor
    return Mention(
        path=path,
        start=figure.start,
        end=figure.end,
        text=text[figure.start : figure.end],
        amount=-amount if figure.negative else amount,
        currency=figure.currency,
        currency_markers=(figure.currency,) if figure.currency else (),
        currency_note=figure.currency_note,
        scale_word=figure.magnitude,
        qualifier=_qualifier_before(text, figure.start),
        precision=Decimal("0.5") * Decimal(10) ** -places * figure.factor,
    )


def _qualifier_before(text: str, start: int) -> Qualifier:
    match = _QUALIFIER.search(text[max(0, start - 30) : start])
    if match is None:
        return Qualifier.EXACT
    return _QUALIFIERS[_SPACES.sub(" ", match.group("q").lower())]
