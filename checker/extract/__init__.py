"""Find monetary figures in text: numbers, magnitudes, currencies and qualifiers."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from checker.extract import chinese, english, european, markdown_tables, tables
from checker.extract import lexicon as lx
from checker.extract.normalize import NormalizedText, normalize
from checker.extract.units import with_per_unit
from checker.model import Mention
from checker.patterns import HAN, lazy

NO_CURRENCY = "no currency:"
# A currency a sentence names for its amounts: "In yuan, the total is 873 billion", "in
# sterling terms". Only names that say one currency, not "dollars" or "francs" alone.
CURRENCY_NAMED = lazy(
    r"\b[Ii]n\s+(?P<name>"
    + "|".join(
        regex.escape(name)
        for name in sorted(lx.NAMES, key=len, reverse=True)
        if name not in lx.COUNTRY_NAMES
    )
    + r")(?:\s+terms)?\b",
    regex.IGNORECASE,
)
# How far before a bare amount its sentence may name its currency, in characters.
CURRENCY_NAMED_REACH = 120
"""How english.py notes a currency name whose country the text does not settle."""

MAX_AMOUNT = Decimal(10) ** 24
"""Larger amounts of any currency are noise (a digit run, a pasted hash), never a figure.

10^24 rather than 10^18: Recognizers-Text's Chinese corpus reads a 24-digit amount."""

# Kana are written in Japanese only: each is a cue for yen.
KANA = lazy(r"[\p{Hiragana}\p{Katakana}]")
YEN_EVIDENCE = lazy(rf"\b(?i:yen|Japan|Japanese|Tokyo|Nikkei)\b|\bJPY\b|日元|円|{KANA.pattern}")
# The yen sign and its full-width form.
YEN_SIGNS = ("¥", "￥")
YUAN_EVIDENCE = lazy(
    r"\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Beijing|Shanghai|Shenzhen)\b|[\p{Han}]"
)
RESTATEMENT = lazy(
    r"\s*(?:\(\s*(?:about|roughly|around|some|nearly|or|then)?\s*|,?\s+or\s+(?:about\s+|roughly\s+|"
    r"around\s+|some\s+|nearly\s+)?|,?\s+(?:equivalent|equal)\s+to\s+(?:about\s+|roughly\s+)?|"
    r"(?:\s+[\p{L}-]+){0,3}\s+(?:comes?|came|works? out|worked out)\s+(?:to|at)\s+"
    r"(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?)",
    regex.IGNORECASE,
)


def extract_mentions(text: str, path: str = "") -> list[Mention]:
    """Every money figure in `text`, English and Chinese, in order of position.

    Extraction reads the normalised text (invisible characters dropped, full-width forms
    folded); offsets and quoted texts are those of `text`.
    """
    normalized = normalize(text)
    found = _read_normalized(normalized.text, path)
    return [_at_original(text, normalized, m) for m in found if abs(m.amount) <= MAX_AMOUNT]


def _read_normalized(text: str, path: str) -> list[Mention]:
    table_figures, read = tables.read_results_tables(text, path)
    prose = english.find_mentions(text, path) + chinese.find_mentions(text, path)
    prose += european.find_mentions(text, path)
    found = _without_overlaps([m for m in prose if not _in_spans(m, read)] + table_figures)
    found = _with_cells(found, markdown_tables.read_markdown_tables(text, path))
    found = _settle_yen_sign(text, found)
    found = _read_accounting_negatives(text, found)
    found = _settle_conflicting_markers(found)
    found = tables.apply_captions(text, found)
    found = with_per_unit(text, found)
    found = chinese.settle_bare_amounts(text, found)
    found = _settle_declared_currency(text, found)
    return _settle_bare_amounts(text, found)


def _with_cells(found: list[Mention], cells: list[Mention]) -> list[Mention]:
    """The figures read so far and the Markdown table cells none of them overlaps, in order."""
    if not cells:
        return found
    spans = [(m.start, m.end) for m in found]
    free = [c for c in cells if not any(s < c.end and c.start < e for s, e in spans)]
    return sorted(found + free, key=lambda m: m.start)


def _in_spans(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether a figure starts where the results-table reader read (a row or a cell)."""
    return any(start <= mention.start < end for start, end in spans)


def _at_original(text: str, normalized: NormalizedText, mention: Mention) -> Mention:
    """The mention with offsets and quoted text of the original `text`."""
    start, end = normalized.original_span(mention.start, mention.end)
    if (start, end) == (mention.start, mention.end) and normalized.text is text:
        return mention
    return replace(mention, start=start, end=end, text=text[start:end])


def _settle_conflicting_markers(mentions: list[Mention]) -> list[Mention]:
    """With two markers, take the one the document's other figures support.

    "$15.67 billion euros" next to "€15.67 billion" reads as euros; with no such
    figure the first marker stands. The markers themselves are kept for the rules.
    """
    single = {(m.amount, m.currency) for m in mentions if len(m.currency_markers) == 1}
    result = []
    for mention in mentions:
        if len(set(mention.currency_markers)) > 1:
            supported = [c for c in mention.currency_markers if (mention.amount, c) in single]
            if supported and supported[0] != mention.currency:
                note = f"read as {supported[0]}: the document states the same amount in it"
                mention = replace(mention, currency=supported[0], currency_note=note)
        result.append(mention)
    return result


def restates(flat: str, first: Mention, second: Mention) -> bool:
    """Whether `second` restates `first`: the words between them say so, and `second` is not
    an amount per unit beside a total ("$38 million, or $0.41 per diluted share", "£1.3bn,
    or 530p a share": earnings and a price per share, not the total again)."""
    if second.per_unit and not first.per_unit and first.scale_word and not second.scale_word:
        return False
    between = flat[first.end : second.start]
    return states_restatement(between) and not _dates_another_period(flat, between, second)


# A parenthetical that dates its figure to another period compares, it does not restate:
# "Rs 1,62,990 crore (Rs 1,53,670 crore in FY24)", "$5.1bn ($4.8bn a year earlier)".
OTHER_PERIOD_WORDS = lazy(
    r"\b(?:(?:in|for)\s+(?:FY\s?\d{2,4}|(?:19|20)\d\d|the\s+(?:previous|prior|same)\s+"
    r"(?:year|quarter|period))|a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"the\s+previous\s+year)\b",
    regex.IGNORECASE,
)
# How far after a parenthetical's figure its closing parenthesis is looked for.
PARENTHETICAL_REACH = 120


def _dates_another_period(flat: str, between: str, second: Mention) -> bool:
    """Whether the parenthetical the second figure opens goes on to date it to another period
    ("(Rs 1,53,670 crore in FY24)")."""
    if not between.rstrip().endswith("("):
        return False
    close = flat.find(")", second.end, second.end + PARENTHETICAL_REACH)
    return close >= 0 and OTHER_PERIOD_WORDS.search(flat, second.end, close) is not None


def states_restatement(between: str) -> bool:
    """Whether the text between two figures makes the second restate the first.

    "X (Y)", "X, or about Y", "X, equivalent to Y".
    """
    return RESTATEMENT.fullmatch(between) is not None


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longer of two overlapping figures (the English one on a tie)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _settle_yen_sign(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "¥" (or "￥") is yen or yuan: decide from the document's words, and say why."""
    if not any(_yen_signed(m) and "JPY" in m.currency_markers for m in mentions):
        return mentions
    yen = len(YEN_EVIDENCE.findall(text))
    yuan = len(YUAN_EVIDENCE.findall(text))
    if KANA.search(text):
        # Kanji are Japanese too in a text that writes kana: they tell no yuan.
        yuan -= len(HAN.findall(text))
    if yuan <= yen:
        note = f"'¥' read as yen: the document has {yen} yen/Japan cues and {yuan} yuan/China cues"
        return [_with_note(m, note) if _yen_signed(m) else m for m in mentions]
    note = f"'¥' read as yuan: the document has {yuan} yuan/China cues and {yen} yen/Japan cues"
    return [_as_yuan(m, note) if _yen_signed(m) else m for m in mentions]


def _yen_signed(mention: Mention) -> bool:
    return any(sign in mention.text for sign in YEN_SIGNS)


def _with_note(mention: Mention, note: str) -> Mention:
    return replace(mention, currency_note=note)


def _as_yuan(mention: Mention, note: str) -> Mention:
    markers = tuple("CNY" if c == "JPY" else c for c in mention.currency_markers)
    currency = "CNY" if mention.currency == "JPY" else mention.currency
    return replace(mention, currency=currency, currency_markers=markers, currency_note=note)


def _read_accounting_negatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """A lone figure in parentheses is negative ("revenue is ($99.99)").

    Right after another figure, parentheses restate it instead.
    """
    result = []
    for index, mention in enumerate(mentions):
        wrapped = (
            text[mention.start - 1 : mention.start] == "("
            and text[mention.end : mention.end + 1] == ")"
        )
        if wrapped and mention.amount > 0 and not _follows_figure(text, mentions, index):
            mention = replace(mention, amount=-mention.amount)
        result.append(mention)
    return result


def _follows_figure(text: str, mentions: list[Mention], index: int) -> bool:
    if index == 0:
        return False
    previous = mentions[index - 1]
    between = text[previous.end : mentions[index].start]
    return len(between) < 120 and not regex.search(r"[.!?]\s", between)


# A document's statement of the currency its amounts are in: "All amounts are in Australian
# dollars unless a speaker says otherwise", "All figures in C$ unless otherwise stated",
# "(amounts in NZD)". A dollar named there is what a bare "$" means in the document.
DECLARED_CURRENCY = lazy(
    r"\b(?:all\s+)?(?:amounts|figures|numbers|values|prices|dollar\s+amounts)\s+"
    r"(?:(?:are|were)\s+)?(?:(?:stated|expressed|given|quoted|shown|reported)\s+)?in\s+"
    r"(?P<currency>[^\s,.;)]+(?:\s+dollars?)?)",
    regex.IGNORECASE,
)
# A bare dollar sign before the amount, no letters naming which dollar: "$2.47 billion".
BARE_DOLLAR_SIGN = lazy(r"^[-−]?\$")


def _settle_declared_currency(text: str, mentions: list[Mention]) -> list[Mention]:
    """Read a bare "$" as the other dollar a document declares its amounts in, and say so;
    a figure written with its own marker ("US$1.2 billion") keeps it."""
    declared = DECLARED_CURRENCY.search(text)
    if declared is None:
        return mentions
    currency = _declared_currency(declared.group("currency"))
    if currency not in lx.OTHER_DOLLARS:
        return mentions
    note = f"'$' read as {currency}: the document says {' '.join(declared.group(0).split())!r}"
    return [
        replace(m, currency=currency, currency_markers=(currency,), currency_note=note)
        if m.currency_markers == ("USD",) and BARE_DOLLAR_SIGN.match(m.text)
        else m
        for m in mentions
    ]


def _declared_currency(written: str) -> str | None:
    """The currency a declaration names: a currency name, a code or a symbol."""
    lowered = " ".join(written.lower().split())
    if lowered in lx.NAMES:
        return lx.NAMES[lowered]
    if lowered in lx.SYMBOLS:
        return lx.SYMBOLS[lowered]
    return written.upper() if written.upper() in lx.ISO_CODES else None


def _settle_bare_amounts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give an amount with no currency marker the currency its context settles, or say why not.
    A figure whose markers contradict each other ("$54.9 mln stg") settles no currency: the
    contradiction is its own finding, not a reason to leave the document's other amounts
    without one."""
    document = sorted(
        {m.currency for m in mentions if m.currency and len(set(m.currency_markers)) < 2}
    )
    settling = _settling(mentions)
    return [
        _settle_bare(text, mentions, index, document, settling) if _is_bare(mention) else mention
        for index, mention in enumerate(mentions)
    ]


def _is_bare(mention: Mention) -> bool:
    """No currency, and no currency name whose country the text leaves open ("300 francs")."""
    return mention.currency is None and not mention.currency_note.startswith(NO_CURRENCY)


def _settle_bare(
    text: str, mentions: list[Mention], index: int, document: list[str], settling: str
) -> Mention:
    """`document` lists the currencies the document's figures carry; `settling` says which
    figures those are (`_settling`)."""
    mention = mentions[index]
    if (named := _currency_named_before(text, mentions, index)) is not None:
        return _inferred(mention, lx.NAMES[named.lower()], f"its sentence says 'in {named}'")
    if mention.scale_word in lx.INDIAN_MAGNITUDES and (not document or "INR" in document):
        return _inferred(mention, "INR", f"'{mention.scale_word}' is Indian numbering for rupees")
    restated = _restated_figure(text, mentions, index)
    if restated is not None:
        return _with_note(
            mention,
            f"no currency marker; it restates {restated.text!r}, so it is probably in another"
            " currency, and the text does not say which",
        )
    if len(document) == 1:
        return _inferred(mention, document[0], f"{settling} is {document[0]}")
    seen = ", ".join(document) or "none"
    return _with_note(mention, f"no currency marker; the document mixes {seen}")


def _currency_named_before(text: str, mentions: list[Mention], index: int) -> str | None:
    """The currency a sentence names before its bare amount, with no figure between ("In
    yuan, the 2023 total is roughly 873 billion", "in sterling terms about 56 billion")."""
    mention = mentions[index]
    start = mentions[index - 1].end if index else 0
    start = max(start, mention.start - CURRENCY_NAMED_REACH)
    before = text[start : mention.start]
    if ends := list(english.SENTENCE_END_RE.finditer(before)):
        before = before[ends[-1].end() :]
    named = list(CURRENCY_NAMED.finditer(before))
    return named[-1].group("name") if named else None


def _settling(mentions: list[Mention]) -> str:
    """Which figures settle a bare amount's currency: all the others, or those whose markers
    agree when some figure's contradict each other."""
    if any(len(set(m.currency_markers)) > 1 for m in mentions):
        return "every figure in the document whose markers agree"
    return "every other figure in the document"


def _inferred(mention: Mention, currency: str, why: str) -> Mention:
    return replace(mention, currency=currency, currency_note=f"inferred: {why}")


def _restated_figure(text: str, mentions: list[Mention], index: int) -> Mention | None:
    """The figure this one restates ("19 million yuan, or about 3 million"), if any."""
    if index == 0:
        return None
    previous = mentions[index - 1]
    between = text[previous.end : mentions[index].start]
    if states_restatement(between) and previous.currency:
        return previous
    return None
