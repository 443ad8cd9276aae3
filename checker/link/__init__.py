"""What each figure describes (entity, metric, period) and how figures relate in the text."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import regex

from checker.extract import restates
from checker.extract.units import is_share_unit
from checker.link.columns import (
    MarkdownTables,
    TableCell,
    column_metric,
    column_year,
    row_part,
)
from checker.link.currency import settle_elliptical_currencies
from checker.link.deals import StoryDeal, story_deal
from checker.link.entities import TRANSACTION_METRICS, EntityReading, figure_entity
from checker.link.events import EVENT_REACH, figure_event
from checker.link.evidence import (
    RESTATED_ATTRIBUTES,
    carried,
    entity_evidence,
    figure_evidence,
    inferred,
    period_evidence,
)
from checker.link.grades import metric_evidence
from checker.link.metrics import (
    CORRESPONDING,
    NOT_CARRIED_MEASURES,
    PART_SUBJECT_MEASURES,
    PRICE_METRICS,
    SUBJECT_TURN,
    UNREAD,
    MetricReading,
    figure_basis,
    figure_measure,
    figure_metrics,
    names_trading,
    nearest_cue,
    repeated_amounts,
    unit_metric,
    without_attributable,
)
from checker.link.names import DocumentNames, is_authority, is_product, normalize_entity
from checker.link.periods import DocumentPeriods, FigurePeriod, names_a_day
from checker.link.places import figure_places
from checker.link.standards import figure_standard, with_standard
from checker.link.tables import TablePeriods, scale_evidence, table_metric, table_period
from checker.link.text import clause_bounds, sentence_bounds
from checker.model import EARNED_OVER_TIME, Claim, Document, Evidence, Grade, Mention, Relation
from checker.patterns import lazy
from checker.relations import Sum, find_relations
from checker.text import Passage, read_text

# A bare amount below this, within this factor of a price per share of its paragraph, is a
# price per share too (`_parallel_per_share`).
PER_SHARE_MAX = 1000
PER_SHARE_RATIO = 2
# How far back in its paragraph, in characters, the price per share may stand.
PER_SHARE_REACH = 600
OFFER_WORDS = frozenset({"bid", "bids", "offer", "offers", "proposal", "approach"})
# Metrics an earnings amount per share is read as when its words name no share.
PER_SHARE_EARNINGS = ("profit", "loss")
# A definite article right before a figure: "The £1.2bn pre-tax profit".
DEFINITE_BEFORE = lazy(r"\b[Tt]he\s+$")
# Every place two line breaks follow one another (overlapping: three line breaks give two).
BLANK_LINE = lazy(r"(?=\n\n)")

__all__ = [
    "RESOLVERS",
    "LinkedDocument",
    "Linking",
    "Resolver",
    "link_document",
    "normalize_entity",
]


@dataclass(frozen=True)
class LinkedDocument:
    """The claims and text relations of one document; `positions` are the claims' paragraph
    and sentence numbers when the caller has found them (the fact table's columns)."""

    claims: list[Claim]
    relations: list[Relation]
    short_names: dict[str, str] = field(default_factory=dict)
    positions: tuple[tuple[int, int], ...] = ()
    full_names: dict[str, str] = field(default_factory=dict)


@dataclass
class Linking:
    """One document as the resolvers read and complete it: its text model, names and the
    clause of each figure, then each figure's readings, its claim and the text relations."""

    document: Document
    passage: Passage
    mentions: Sequence[Mention]
    first_id: int
    names: DocumentNames
    clauses: list[tuple[int, int]]
    blank_lines: list[int]
    cells: list[TableCell | None]
    metrics: list[MetricReading] = field(default_factory=list)
    entities: list[EntityReading] = field(default_factory=list)
    periods: list[FigurePeriod] = field(default_factory=list)
    period_evidence: list[tuple[tuple[str, Evidence], ...]] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    measures: list[tuple[str, str, str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sentence_names: dict[tuple[int, int], frozenset[str | None]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Document, mentions: Sequence[Mention], first_id: int) -> Linking:
        passage = read_text(document.plain)
        text = passage.flat
        clauses = [clause_bounds(text, m.start, m.end) for m in mentions]
        blank_lines = [match.start() for match in BLANK_LINE.finditer(text)]
        names = DocumentNames.of(text)
        tables = MarkdownTables.of(document.plain)
        cells = [tables.cell(m.start) for m in mentions]
        return cls(document, passage, mentions, first_id, names, clauses, blank_lines, cells)

    @property
    def text(self) -> str:
        return self.passage.flat


@dataclass(frozen=True)
class Resolver:
    """One step of linking: its name, what of a figure it decides, and the function that
    decides it (reading the document and the steps before it)."""

    name: str
    decides: tuple[str, ...]
    run: Callable[[Linking], None]

    @property
    def doc(self) -> str:
        """The first sentence of the function's docstring, on one line."""
        return " ".join((self.run.__doc__ or "").split("\n\n", 1)[0].split())


def _full_names(linking: Linking) -> None:
    """Each company by the full name its document introduces it with: "Manchester United"
    where the document then says "United" (the resolvers compare the short form, which every
    mention of the company shares)."""
    full = linking.names.full_names
    if full:
        linking.claims = [_in_full(claim, full) for claim in linking.claims]


def _in_full(claim: Claim, full: dict[str, str]) -> Claim:
    entity = full.get(claim.entity, claim.entity) if claim.entity else None
    counterparty = full.get(claim.counterparty, claim.counterparty) if claim.counterparty else None
    if (entity, counterparty) == (claim.entity, claim.counterparty):
        return claim
    return replace(claim, entity=entity, counterparty=counterparty)


def link_document(document: Document, mentions: Sequence[Mention], first_id: int) -> LinkedDocument:
    """Give every mention its entity, metric and period; find the relations between them."""
    linking = Linking.of(document, mentions, first_id)
    for resolver in RESOLVERS:
        resolver.run(linking)
    names = linking.names
    return LinkedDocument(
        linking.claims, linking.relations, names.short_names, full_names=names.full_names
    )


def _metric(linking: Linking) -> None:
    """The metric of each figure from the cue words of its clause (`metric_from_head_noun`,
    `metric_from_cues`, `market_value_reading`, `share_context`, `price_band_after`,
    `sold_amount`, `sized_noun_after`, `recurring_payment`, `comparison_base`, `continues_previous`,
    `zh_metric_cue`, `no_cue`), the figure in the same position of the
    semicolon-separated list item before when its own item names no metric
    (`parallel_list_item`), or its table column's header
    (`table_column_header`), overridden for a price per unit, a retail price or an
    exchange-rate level (`unit_metric`), for an amount of a price per share's size after
    one (`parallel_per_share`) and for a small earnings amount continuing earnings per share
    (`continued_per_share`), for a company-level amount restating a price per share for the
    whole company (`whole_at_share_price`) and for an amount repeating a price per share
    (`repeated_share_price`); a figure no words of its own name takes the metric of the same
    amount stated elsewhere in its document with one (`repeated_amount`)."""
    text, mentions, clauses = linking.text, linking.mentions, linking.clauses
    listed = names_trading(text)
    readings = figure_metrics(text, mentions, clauses, listed)
    metrics = [
        table_metric(linking.document.plain, mention)
        or column_metric(cell)
        or _unit_reading(text, mention, clause, reading)
        for mention, clause, reading, cell in zip(
            mentions, clauses, readings, linking.cells, strict=True
        )
    ]
    metrics = [
        _parallel_per_share(linking, offset, metrics)
        or _continued_per_share(linking, offset, metrics)
        or _not_a_price(mention, reading)
        for offset, (mention, reading) in enumerate(zip(mentions, metrics, strict=True))
    ]
    prices = _per_share_prices(mentions)
    metrics = [
        _whole_at_share_price(linking, offset, metrics)
        or _repeated_share_price(linking, offset, metrics, prices)
        or reading
        for offset, reading in enumerate(metrics)
    ]
    linking.metrics = repeated_amounts(mentions, metrics)


# What may stand between a price per share and the whole company's amount at that price:
# "$21 a share, or roughly $5.8 billion", "lifted the price to £27.20 a share and the total to
# £34 billion", "800p a share, or £5.5bn".
WHOLE_AT_SHARE_PRICE = lazy(
    r"(?:[\s-]*(?:a|per|each)[\s-]+(?:[\p{L}-]+\s+)?(?:share|ADS|ADR)s?\b)?"
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:or|and|for)\s+)?(?:the\s+(?:total|whole)\s+(?:to|of)\s+)?"
    r"(?:(?:roughly|about|around|some|nearly|almost|approximately|close\s+to|just\s+(?:over|under)|"
    r"more\s+than|less\s+than)\s+)?$",
    regex.IGNORECASE,
)
# A purchase's words before the price per share: the whole amount at that price is then the
# price paid ("agreed to buy Kelso for $7.75 a share, or $5.3 billion"), else the company's
# value at the price of an offer, a proposal or talks.
PURCHASE_BEFORE = lazy(
    r"\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchase[sd]?|pa(?:y|ys|id|ying))\b",
    regex.IGNORECASE,
)


def _whole_at_share_price(
    linking: Linking, offset: int, metrics: list[MetricReading]
) -> MetricReading | None:
    """A company-level amount right after a price per share in its sentence, restating it for
    the whole company ("Their first proposal was $21 a share, or roughly $5.8 billion"), is the
    company's value at that price (`whole_at_share_price`, valuation), or the price paid for
    it when the sentence buys it ("agreed to buy Kelso for $7.75 a share, or $5.3 billion");
    not when the price per share is a dividend or earnings."""
    mention = linking.mentions[offset]
    if offset == 0 or metrics[offset].resolver != "magnitude_not_price":
        return None
    earlier = linking.mentions[offset - 1]
    if not is_share_unit(earlier.per_unit) or metrics[offset - 1].metric != "share_price":
        return None
    if earlier.currency != mention.currency:
        return None
    if WHOLE_AT_SHARE_PRICE.match(linking.text[earlier.end : mention.start]) is None:
        return None
    start, _ = sentence_bounds(linking.text, earlier.start, earlier.end)
    before = linking.text[start : earlier.start]
    metric = "price_paid" if PURCHASE_BEFORE.search(before) else "valuation"
    return MetricReading(metric, "whole_at_share_price", earlier.text, Grade.INFERRED)


# Metrics of a whole company's value or price, which an amount with no magnitude word that
# repeats a price per share is not.
WHOLE_VALUE_METRICS = frozenset({"valuation", "market_cap", "price_paid"})


def _repeated_share_price(
    linking: Linking,
    offset: int,
    metrics: list[MetricReading],
    per_share_prices: dict[tuple[str | None, object], str],
) -> MetricReading | None:
    """An amount with no magnitude word read as a company's value or price that repeats a
    price per share its document states ("£29.34 per Anglo share ... below the £29.34
    headline value of BHP's last proposal") is that price per share
    (`repeated_share_price`)."""
    mention = linking.mentions[offset]
    if not _small_bare_amount(mention, metrics[offset], WHOLE_VALUE_METRICS):
        return None
    written = per_share_prices.get((mention.currency, mention.amount))
    if written is None:
        return None
    return MetricReading("share_price", "repeated_share_price", written, Grade.INFERRED)


def _per_share_prices(mentions: Sequence[Mention]) -> dict[tuple[str | None, object], str]:
    """Each price per share of a document, as first written, by currency and amount."""
    prices: dict[tuple[str | None, object], str] = {}
    for mention in mentions:
        if is_share_unit(mention.per_unit):
            prices.setdefault((mention.currency, mention.amount), mention.text)
    return prices


# Magnitudes no price of one share is written with.
COMPANY_MAGNITUDES = frozenset({"million", "billion", "trillion", "mn", "m", "bn", "tn", "crore"})


def _not_a_price(mention: Mention, reading: MetricReading) -> MetricReading:
    """The reading, unless a cue named a share price for an amount with a company-level
    magnitude ("a dividend of NT$4.5 per share, with appropriations of about 15.25 billion"):
    such an amount is the company's, of no metric the clause names (`magnitude_not_price`)."""
    if reading.metric != "share_price" or mention.per_unit is not None:
        return reading
    if (mention.scale_word or "").lower() not in COMPANY_MAGNITUDES:
        return reading
    return MetricReading("other", "magnitude_not_price", mention.scale_word or "", Grade.INFERRED)


def _parallel_per_share(
    linking: Linking, offset: int, metrics: list[MetricReading]
) -> MetricReading | None:
    """A small bid or offer with no magnitude after a price per share of its paragraph, in
    its currency and of its size, is one too (`parallel_per_share`): "an offer of £47 per
    share ... came after the group turned down a £46.50 bid"."""
    mention = linking.mentions[offset]
    if (
        metrics[offset].words.lower() not in OFFER_WORDS
        or mention.scale_word is not None
        or mention.per_unit is not None
        or abs(mention.amount) >= PER_SHARE_MAX
        or metrics[offset].metric in PRICE_METRICS
    ):
        return None
    reach = max(
        _after_blank_line(linking.blank_lines, mention.start), mention.start - PER_SHARE_REACH
    )
    earlier = _per_share_before(linking, offset, reach, by_end=True)
    if earlier is None:
        return None
    return MetricReading("share_price", "parallel_per_share", earlier.text, Grade.INFERRED)


def _per_share_before(linking: Linking, offset: int, floor: int, by_end: bool) -> Mention | None:
    """The nearest price per share before the figure at `offset`, back to `floor` (measured by
    the earlier figure's end when `by_end`, else by its start), in the figure's currency and of
    its size (within `PER_SHARE_RATIO`)."""
    mention = linking.mentions[offset]
    for index in range(offset - 1, -1, -1):
        earlier = linking.mentions[index]
        if (earlier.end if by_end else earlier.start) < floor:
            return None
        if (
            is_share_unit(earlier.per_unit)
            and earlier.currency == mention.currency
            and earlier.amount > 0
            and 1 / PER_SHARE_RATIO <= mention.amount / earlier.amount <= PER_SHARE_RATIO
        ):
            return earlier
    return None


def _small_bare_amount(mention: Mention, reading: MetricReading, metrics: Iterable[str]) -> bool:
    """Whether a figure read as one of `metrics` has no magnitude word and no unit and is of a
    price per share's size: what may be a price per share read as something else."""
    return (
        reading.metric in metrics
        and mention.scale_word is None
        and mention.per_unit is None
        and 0 < abs(mention.amount) < PER_SHARE_MAX
    )


def _continued_per_share(
    linking: Linking, offset: int, metrics: list[MetricReading]
) -> MetricReading | None:
    """A small earnings amount with no magnitude, in the sentence of a price per share or the
    one right after it, in its currency and of its size, is an amount per share too
    (`continued_per_share`, metric other): "EPS of $3.34 a share ... Analysts were expecting
    EPS of $3.42 a share. The estimates ranged from profit of $3.31 to profit of $3.51" states
    no company's profit of $3.31."""
    mention = linking.mentions[offset]
    if not _small_bare_amount(mention, metrics[offset], PER_SHARE_EARNINGS):
        return None
    passage = linking.passage
    start, _ = passage.sentence_bounds(mention.start, mention.end)
    before = start - 1
    while before >= 0 and linking.text[before].isspace():
        before -= 1
    if before >= 0:
        start = passage.sentence_bounds(before, before)[0]
    start = max(start, _after_blank_line(linking.blank_lines, mention.start))
    earlier = _per_share_before(linking, offset, start, by_end=False)
    if earlier is None:
        return None
    return MetricReading("other", "continued_per_share", earlier.text, Grade.INFERRED)


def _entity(linking: Linking) -> None:
    """The company each figure is about and its counterparty, from a deal table's target and
    buyer cells (`table_deal_columns`), its table row's label (`table_row_label`) or the
    constructions around it (`clause_subject`, `transaction_target`, `bid_from`, `offer_for`,
    `document_topic`, `zh_sentence_subject`...); a figure left to the document's topic whose
    paragraph is about another company is that company's (`paragraph_subject`); in a story
    whose headline tells a takeover, a deal figure that found only the buyer is the
    target's (`story_deal_target`); one left to the topic in a section whose heading names
    one other company is that company's (`section_heading`)."""
    text, names = linking.text, linking.names
    readings = [
        _deal_columns(cell, names)
        or _row_company(cell, names)
        or _not_an_authority(
            _not_a_metric(
                cell, figure_entity(text, mention, clause[0], reading.metric, names), names
            ),
            names,
        )
        for mention, clause, reading, cell in zip(
            linking.mentions, linking.clauses, linking.metrics, linking.cells, strict=True
        )
    ]
    readings = [
        _paragraph_subject(linking, mention, reading, metric.metric)
        for mention, reading, metric in zip(
            linking.mentions, readings, linking.metrics, strict=True
        )
    ]
    if any(reading.from_topic for reading in readings):
        sections = SectionHeadings.of(text, names)
        readings = [
            _section_subject(linking, sections, mention, reading)
            for mention, reading in zip(linking.mentions, readings, strict=True)
        ]
    deal = story_deal(text, names) if readings else None
    if deal is not None:
        readings = [
            _deal_target(linking, mention, reading, metric.metric, deal)
            for reading, metric, mention in zip(
                readings, linking.metrics, linking.mentions, strict=True
            )
        ]
    linking.entities = readings


# How a paragraph writes the company it is about: with a possessive, or as the subject of a
# verb ("Figma showed", "MercadoLibre keeps compounding", "Atlassian's revenue"); not "City
# analysts", "Thank you", "Brent crude".
PARAGRAPH_SUBJECT_AFTER = lazy(
    r"['’]s\b|\s+(?:(?:also|itself|has|had|have|will|would|now)\s+)?(?:\p{Ll}{2,}ed|is|was|has|"
    r"had|keeps|says|expects|reports|plans|tightens|charges|owns|makes|sells|buys|pays|raises|"
    r"posts|earns|wants|gets|adds|cuts|spends)\b"
)
# A name that is a preposition's object, perhaps after a place's possessive ("polled by
# FnGuide", "including Russia's Acme").
OBJECT_BEFORE = lazy(
    r"\b(?:including|such as|like|of|in|from|by|with|to|for|at|on|than|into|over|against)\s+"
    r"(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?$"
)
# Resolvers that give a figure the document's topic for want of a company in its clause.
TOPIC_RESOLVERS = frozenset({"document_topic", "subject_pronoun"})


def _paragraph_subject(
    linking: Linking, mention: Mention, reading: EntityReading, metric: str
) -> EntityReading:
    """A figure that took the document's topic for want of a name in its clause ("Net income
    was $639 million", "the company ended the year with $6.6 billion") is the company its
    paragraph is about when the paragraph names one company before it and never the topic
    (`paragraph_subject`): an item of a newsletter, a column's aside on another company. Not
    a company the paragraph names only after a preposition ("polled by FnGuide", "firms
    including Russia's Acme"), and not a price paid or an investment, whose company the
    paragraph's investor is not."""
    names = linking.names
    if reading.resolver not in TOPIC_RESOLVERS or reading.entity != names.main_subject:
        return reading
    text, start = linking.text, _paragraph_before(linking, mention.start)
    phrases = list(names.named_phrases(text, start, mention.start))
    companies = {names.shortest(name) for _, _, name in phrases}
    if len(companies) != 1 or names.shortest(reading.entity) in companies:
        return reading
    (company,) = companies
    if (
        company in names.persons
        or company in names.investors
        or is_authority(company)
        or metric in TRANSACTION_METRICS
        or not any(
            PARAGRAPH_SUBJECT_AFTER.match(text, end)
            and not OBJECT_BEFORE.search(text, max(start, begin - 40), begin)
            for begin, end, _ in phrases
        )
    ):
        return reading
    return EntityReading(company, reading.counterparty, "paragraph_subject", company, True)


# A section's heading: a Markdown heading below the title ("## Careem"), a line in bold
# ("**And Zomato?**"), or a line or item that opens with a sentence in bold ("**2. Acme
# keeps growing.** The marketplace reported...", "- **Orrin gets the regulator's nod.**");
# not a dateline in bold ("**HONG KONG** - Acme rose...").
SECTION_HEADING = lazy(
    r"(?m)^[ \t]*(?:#{2,6}[ \t]+(?P<heading>[^\n]{1,120}?)[ \t]*#*[ \t]*$"
    r"|(?:[-*+][ \t]+)?\*\*(?P<lead>[^*\n]{1,120}?(?:[.?!:]|(?=\*\*[ \t]*$)))\*\*)"
)
# A name of a heading right before a deal's noun is the buyer or the deal's label, not what
# the section is about ("**The Walmart deal.**", "## Orrin's bid").
HEADING_DEAL_AFTER = lazy(
    r"(?:['’]s)?[ \t]+(?:\p{L}+[ \t]+)?(?:deal|deals|bid|bids|offer|takeover|acquisition|"
    r"purchase|merger|approach)\b",
    regex.IGNORECASE,
)


# A speaker's label in a transcript ("**Jane Roe, Chief Financial Officer:**", "**Jo Ray,
# Acme Securities:**"): who speaks, with a title or a firm, not what the section is about.
SPEAKER_LABEL = lazy(r"(?P<speaker>[^,:\n]{2,60}),[^:\n]{2,80}:")


def _speaks(label: str, speakers: set[str]) -> bool:
    """Whether a bold lead is a speaker's label: with a title or firm after a comma, or the
    bare name of one labelled so elsewhere ("**Jane Roe:**")."""
    return SPEAKER_LABEL.fullmatch(label) is not None or label.rstrip(":").strip() in speakers


@dataclass(frozen=True)
class SectionHeadings:
    """Where each section of a document starts and the one company its heading names (None
    for a heading naming none or several: "## The numbers", "**Acme v Orrin**")."""

    starts: list[int]
    companies: list[str | None]
    words: list[str]

    @classmethod
    def of(cls, text: str, names: DocumentNames) -> SectionHeadings:
        starts, companies, words = [], [], []
        matches = list(SECTION_HEADING.finditer(text))
        speakers = {
            label.group("speaker")
            for match in matches
            if (label := SPEAKER_LABEL.fullmatch((match.group("lead") or "").strip()))
        }
        for match in matches:
            group = "heading" if match.group("heading") is not None else "lead"
            if _speaks(match.group(group).strip(), speakers):
                starts.append(match.start())
                companies.append(None)
                words.append(match.group(group).strip())
                continue
            found = {
                names.shortest(name)
                for _, end, name in names.named_phrases(text, match.start(group), match.end(group))
                if name not in names.persons
                and not is_authority(name)
                and not HEADING_DEAL_AFTER.match(text, end)
            }
            starts.append(match.start())
            companies.append(found.pop() if len(found) == 1 else None)
            words.append(match.group(group).strip())
        return cls(starts, companies, words)

    def at(self, offset: int) -> tuple[str, str] | None:
        """The company of the section `offset` is in, and its heading's words."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0 or (company := self.companies[index]) is None:
            return None
        return company, self.words[index]


def _section_subject(
    linking: Linking, sections: SectionHeadings, mention: Mention, reading: EntityReading
) -> EntityReading:
    """A figure that took the document's topic for want of a name in its clause is the
    company its section's heading names when that is one other company (`section_heading`):
    a notebook's "## Careem", a Q&A's "**And Zomato?**", a column's "**Acme.**" item. Not
    when its sentence names another company before it ("Arm, which Orrin bought for $3bn")."""
    names = linking.names
    if not reading.from_topic or reading.resolver == "paragraph_subject":
        return reading
    main = names.shortest(names.main_subject)
    if reading.entity is None or names.shortest(reading.entity) != main:
        return reading
    section = sections.at(mention.start)
    if section is None or section[0] == main:
        return reading
    company, words = section
    counterparty = reading.counterparty
    sentence_start = linking.passage.sentence_bounds(mention.start, mention.end)[0]
    before = {
        names.shortest(name)
        for start, end, name in names.named_phrases(linking.text, sentence_start, mention.start)
        if not is_product(linking.text, start, end, name)
    }
    if before - {company, names.shortest(counterparty)}:
        return reading
    if names.shortest(counterparty) == company:
        counterparty = None
    return EntityReading(company, counterparty, "section_heading", words, True)


def _sentence_names(linking: Linking, mention: Mention) -> frozenset[str | None]:
    """The companies a figure's sentence names, in their short forms (read once a sentence)."""
    bounds = linking.passage.sentence_bounds(mention.start, mention.end)
    if bounds not in linking.sentence_names:
        names = linking.names
        found = names.in_span(linking.text, *bounds)
        linking.sentence_names[bounds] = frozenset(names.shortest(name) for name in found)
    return linking.sentence_names[bounds]


# How far back a figure's paragraph is read for the names before it: a paragraph of a
# normal length whole, a wall of text only its last part (the names a reader still has in
# mind), so the reading stays linear in the text.
PARAGRAPH_NAMES_REACH = 2000


def _paragraph_before(linking: Linking, offset: int) -> int:
    """Where the text of the paragraph before `offset` that names are read from starts."""
    return max(_after_blank_line(linking.blank_lines, offset), offset - PARAGRAPH_NAMES_REACH)


# Metrics of a deal's own amounts: the price paid, the target's value, a price per share.
DEAL_AMOUNT_METRICS = frozenset({"price_paid", "investment", "valuation", "share_price"})
# Metrics a buyer named as the clause's subject pays for the target ("Harwick will pay $16bn").
PAYING_METRICS = frozenset({"price_paid", "investment"})
# A price per share the buyer pays or offers right before it: the target's share ("Harwick
# will pay €21.50 a share", "offered $35 a share"), not the buyer's own ("Harwick rose to").
PAYS_PER_SHARE_BEFORE = lazy(
    r"\b(?:pay|pays|paying|paid|offer|offers|offering|offered|bid|bids|bidding)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just|up\s+to|only)\s+)?$"
)
PAYS_REACH = 40


def _deal_target(
    linking: Linking, mention: Mention, reading: EntityReading, metric: str, deal: StoryDeal
) -> EntityReading:
    """A deal figure read as the buyer's only from the document's topic, or as a price the
    buyer pays with no target in its clause (a price per share it pays or offers too), is
    the target's, with the buyer as the other party (`story_deal_target`, inferred from the
    headline's words), unless its sentence names a company other than the two (another deal,
    another company's cash)."""
    if metric not in DEAL_AMOUNT_METRICS or linking.names.shortest(reading.entity) != deal.buyer:
        return reading
    paid = reading.resolver in ("clause_subject", "possessive_owner") and (
        metric in PAYING_METRICS
        or (
            metric == "share_price"
            and PAYS_PER_SHARE_BEFORE.search(
                linking.text, max(0, mention.start - PAYS_REACH), mention.start
            )
            is not None
        )
    )
    if not (reading.from_topic or paid):
        return reading
    if _sentence_names(linking, mention) - {deal.buyer, deal.target}:
        return reading
    return EntityReading(deal.target, deal.buyer, "story_deal_target", deal.words, True)


def _row_company(cell: TableCell | None, names: DocumentNames) -> EntityReading | None:
    """The company a table row's first cell names ("| Arm | $51 | $4.87bn |"), if any; the
    words of a metric are none ("| Profit before tax |")."""
    if cell is None:
        return None
    named = [
        name
        for name in names.scan(cell.row_label, 0, len(cell.row_label))
        if not _metric_words(cell.row_label, name) and _whole_label(cell.row_label, name)
    ]
    return EntityReading(named[0], None, "table_row_label", cell.row_label) if named else None


def _deal_columns(cell: TableCell | None, names: DocumentNames) -> EntityReading | None:
    """The company bought and its buyer of a deal table's row, from the cells under its
    target and buyer headers ("| Buyer | Target | Deal value |": `table_deal_columns`), when
    each cell names one company and they differ."""
    parties = cell.party_cells() if cell is not None else None
    if parties is None:
        return None
    found = [names.scan(words, 0, len(words)) for words in parties]
    if any(len(named) != 1 for named in found):
        return None
    target, buyer = found[0][0], found[1][0]
    if target == buyer:
        return None
    return EntityReading(target, buyer, "table_deal_columns", f"{parties[0]} / {parties[1]}")


def _whole_label(label: str, name: str) -> bool:
    """Whether a row's label is the name (with a ticker, a legal suffix or a note after it),
    not a line of business that starts with a capital ("Diabetes and Obesity care", "Rare
    disease")."""
    rest = label.strip(" *_").removeprefix(name)
    return not LOWER_CASE_WORD.search(rest)


LOWER_CASE_WORD = lazy(r"(?<![\p{L}(])\p{Ll}{2,}")


def _metric_words(label: str, name: str) -> bool:
    """Whether a capitalised `name` in a row's label is the label's metric words ("Profit" in
    "Profit before tax")."""
    cue = nearest_cue(f" {label} ", from_end=False)
    words = cue.words.lower() if cue else ""
    return bool(words) and (name.lower() in words or words in name.lower())


# Resolvers that take a figure's company from the subject of its clause or sentence.
SUBJECT_RESOLVERS = frozenset({"clause_subject", "its_subject", "subject_pronoun"})


def _not_an_authority(reading: EntityReading, names: DocumentNames) -> EntityReading:
    """The reading, unless it took an authority that fines, collects or guarantees for the
    clause's subject ("the Financial Conduct Authority fined the bank £147 million"): then
    the document's topic, with the authority as the other party, when the document is
    clearly about one company (not a person, not another authority)."""
    if reading.resolver not in SUBJECT_RESOLVERS or not is_authority(reading.entity):
        return reading
    main = names.main_subject
    if main is None or is_authority(main) or main in names.persons or not names.topic_clear:
        return reading
    return EntityReading(main, reading.entity, "authority_not_topic", reading.words, True)


def _not_a_metric(
    cell: TableCell | None, reading: EntityReading, names: DocumentNames
) -> EntityReading:
    """The reading, unless it took a table row's metric words ("| Profit before tax | 25.0
    |") or the first word of a line of business ("| Rare disease | 4.3 |") for the clause's
    subject: then the document's topic."""
    if cell is None or reading.resolver != "clause_subject" or reading.entity is None:
        return reading
    label = cell.row_label
    in_label = reading.entity in label
    if not _metric_words(label, reading.entity) and not (
        in_label and not _whole_label(label, reading.entity)
    ):
        return reading
    return EntityReading(names.main_subject, None, "document_topic", "", from_topic=True)


def _period(linking: Linking) -> None:
    """The period of each figure: placed by its results table (`table_period`), stated in its
    clause (`period_in_clause`), carried over in its paragraph (`period_carried_in_paragraph`),
    else the document's date."""
    document, mentions = linking.document, linking.mentions
    periods = DocumentPeriods.of(linking.text, document.date, mentions)
    headers = TablePeriods(document.plain) if any(m.table_period for m in mentions) else None
    placed = [
        _column_period(cell)
        or _table_period(
            mention, headers, document, _span_period(periods, offset, clause, linking.metrics)
        )
        for offset, (mention, clause, cell) in enumerate(
            zip(mentions, linking.clauses, linking.cells, strict=True)
        )
    ]
    linking.periods = [period for period, _ in placed]
    linking.period_evidence = [items for _, items in placed]


def _column_period(
    cell: TableCell | None,
) -> tuple[FigurePeriod, tuple[tuple[str, Evidence], ...]] | None:
    """The year a Markdown table's column header names for its cells ("| FY2024A |"), stated
    (`table_column_header`), a forecast's target under an estimate header ("| 2025E |"); None
    off such columns."""
    column = column_year(cell)
    if cell is None or column is None:
        return None
    period = FigurePeriod(
        column.year, is_target=column.forecast, explicit=True, span="year", words=cell.header
    )
    return period, (("period", Evidence("table_column_header", cell.header, Grade.STATED)),)


def _span_period(
    periods: DocumentPeriods,
    offset: int,
    clause: tuple[int, int],
    metrics: list[MetricReading],
) -> FigurePeriod:
    """The figure's period, except that a day is no period of an amount earned over time: the
    day it was reported is not what it measures ("first-quarter revenue of $12.1 billion on
    Thursday" is the first quarter's)."""
    found = periods.figure_period(offset, clause)
    if found.explicit and metrics[offset].metric in EARNED_OVER_TIME and names_a_day(found.words):
        return periods.figure_period(offset, clause, days=False)
    return found


def _basis(linking: Linking) -> None:
    """The basis of each figure ("net", "pre-money", "adjusted") from its clause's cue words;
    a comparison base with none of its own takes that of the figure it is compared with ("total
    comprehensive income was $4.5bn, compared to $2.4bn" compares two comprehensive incomes),
    as does one whose head words are another figure's ("Underlying profit before tax $196.1m
    (2012 - $195.3m)")."""
    text = linking.text
    bases: list[str] = []
    for mention, clause, reading in zip(
        linking.mentions, linking.clauses, linking.metrics, strict=True
    ):
        basis = with_standard(
            figure_basis(text, mention, reading.metric, *clause), figure_standard(text, mention)
        )
        if (
            bases
            and reading.resolver == "comparison_base"
            and (not basis or _head_is_a_figure(text, mention))
        ):
            basis = bases[-1]
        bases.append(basis)
    linking.bases = bases


def _head_is_a_figure(text: str, mention: Mention) -> bool:
    """Whether the words right before a figure belong to another figure (a digit stands in
    them): its cue words are that figure's."""
    return any(ch.isdigit() for ch in text[max(0, mention.start - 16) : mention.start])


def _measure(linking: Linking) -> None:
    """The finer measure of each figure's metric (a tax bill is not a sale price) from its
    clause's cue words (`measure_from_cues`), its table row's label when that names a part of
    the company (`table_row_label`), from the figure a comparison base is compared with
    (`comparison_base`), from the figure before it that it is named the counterpart of
    (`corresponding_figure`: "revenue of $3.9bn, with a corresponding profit of $1.2bn"), or
    from the part of the company its sentence's subject names (`part_subject`: "The hotel
    segment made $2.1bn, against $1.9bn a year earlier").

    A base with no measure of its own takes that of the figure before it ("foreign sales fell
    to 27.2 billion marks from 31.9 billion"), unless that is a change."""
    text = linking.text
    measures: list[tuple[str, str, str]] = []
    for mention, clause, reading, cell, entity in zip(
        linking.mentions,
        linking.clauses,
        linking.metrics,
        linking.cells,
        linking.entities,
        strict=True,
    ):
        measure, words = figure_measure(text, mention, reading.metric, clause)
        compared = measures[-1] if measures else ("", "", "")
        part = row_part(cell, entity.resolver == "table_row_label")
        if part and not measure:
            measures.append(("segment", part, "table_row_label"))
        elif reading.resolver == "comparison_base" and not measure and compared[0] != "change":
            measures.append(
                (compared[0], compared[1], "comparison_base") if compared[0] else compared
            )
        elif not measure and _corresponds(linking, len(measures), compared[0]):
            measures.append((compared[0], compared[1], "corresponding_figure"))
        elif not measure and (part := _part_subject(linking, len(measures), measures)):
            measures.append(part)
        else:
            measures.append((measure, words, "measure_from_cues"))
    linking.measures = measures


def _corresponds(linking: Linking, offset: int, measure: str) -> bool:
    """Whether the figure at `offset` is named as the counterpart of the figure before it in
    its sentence (`CORRESPONDING` between them: "with a corresponding profit of"), whose
    measure (a segment's, a line's) it then shares."""
    if not offset or not measure or measure in NOT_CARRIED_MEASURES:
        return False
    text, mention, previous = linking.text, linking.mentions[offset], linking.mentions[offset - 1]
    start, _ = sentence_bounds(text, mention.start, mention.end)
    if previous.start < start:
        return False
    return CORRESPONDING.search(text, previous.end, mention.start) is not None


def _part_subject(
    linking: Linking, offset: int, measures: list[tuple[str, str, str]]
) -> tuple[str, str, str] | None:
    """The measure of the part of the company its sentence's subject names, when the first
    figure of the sentence took it from words before it ("The retail division made $40m,
    against $30m") and the sentence does not turn to another subject before the figure at
    `offset` (`SUBJECT_TURN`)."""
    text, mention = linking.text, linking.mentions[offset]
    start, _ = sentence_bounds(text, mention.start, mention.end)
    first = offset
    while first and linking.mentions[first - 1].start >= start:
        first -= 1
    if first == offset:
        return None
    measure, words, resolver = measures[first]
    head = linking.mentions[first]
    if (
        measure not in PART_SUBJECT_MEASURES
        or resolver != "measure_from_cues"
        or words not in text[start : head.start]
        or SUBJECT_TURN.search(text, head.end, mention.start) is not None
    ):
        return None
    return measure, words, "part_subject"


def _antecedent(linking: Linking) -> None:
    """The period of a figure named with a definite article and its own metric noun but no
    period ("The £1.2bn pre-tax profit puts Revolut ahead"), from the figures of the same
    company, metric, basis and measure its document stated earlier with one period, the bases
    of comparisons aside (`antecedent_period`, inferred): it points back at that fact."""
    _period_stated_earlier(
        linking,
        _fact_key,
        stated_by=lambda claim: True,
        takes=lambda offset, claim, periods: (
            not claim.inferred_period and claim.entity is not None and _definite(linking, offset)
        ),
        resolver="antecedent_period",
        words="{period} (as for '{text}')",
    )


def _repeated(linking: Linking) -> None:
    """The period of a figure with none of its own clause that repeats the amount its document
    stated earlier, with one period, for the same company, metric, basis, measure and
    currency (`repeated_figure_period`, inferred): it restates that fact, so the period
    carried over from its paragraph or the document's date is not its own ("$62 billion at
    a valuation in December ... The September round was at $34 billion. For British readers,
    $62 billion is about £50 billion")."""
    _period_stated_earlier(
        linking,
        _repeat_key,
        stated_by=lambda claim: not claim.is_target,
        takes=lambda offset, claim, periods: (
            claim.entity is not None and claim.metric != "other" and claim.period not in periods
        ),
        resolver="repeated_figure_period",
        words="{period} (repeats '{text}')",
    )


def _period_stated_earlier(
    linking: Linking,
    key: Callable[[Claim], tuple],
    stated_by: Callable[[Claim], bool],
    takes: Callable[[int, Claim, dict[str | None, Claim]], bool],
    resolver: str,
    words: str,
) -> None:
    """Give each figure with no period of its own clause that `takes` the one period its
    document stated earlier, in figures of a company that `stated_by` accepts (comparison
    bases aside), for the same `key`; graded inferred and recorded as `resolver`, with
    `words` naming the period and the figure it came from."""
    claims = linking.claims
    stated: dict[tuple, dict[str | None, Claim]] = {}
    for offset, claim in enumerate(claims):
        if claim.explicit_period:
            if (
                claim.entity
                and stated_by(claim)
                and linking.metrics[offset].resolver != "comparison_base"
            ):
                stated.setdefault(key(claim), {}).setdefault(claim.period, claim)
            continue
        periods = stated.get(key(claim), {})
        if len(periods) != 1 or not takes(offset, claim, periods):
            continue
        ((found, source),) = periods.items()
        told = words.format(period=source.period, text=source.mention.text)
        dated = replace(claim, period=found, inferred_period=True, period_span=source.period_span)
        claims[offset] = inferred(dated, ("period",), resolver, told)


def _topic_against_paragraph(linking: Linking) -> None:
    """A figure that took the document's topic right after a figure of its paragraph stated
    as another company's is weakly the topic's: the signals disagree ("BYD reported revenue
    of RMB 777 billion. Net profit climbed 34% to 40.25 billion yuan" in a story about
    CATL), so no rule compares it across figures."""
    claims, passage = linking.claims, linking.passage
    for offset in range(1, len(claims)):
        claim, previous = claims[offset], claims[offset - 1]
        evidence = claim.evidence_for("entity")
        if (
            evidence is None
            or evidence.resolver != "document_topic"
            or evidence.grade is not Grade.INFERRED
            or previous.entity in (None, claim.entity)
            or passage.paragraph_at(previous.mention.start)
            != passage.paragraph_at(claim.mention.start)
            or not _named_in_its_sentence(linking, previous)
        ):
            continue
        weak = Evidence(evidence.resolver, evidence.words, Grade.WEAK)
        kept = tuple(item for item in claim.evidence if item[0] != "entity")
        claims[offset] = replace(claim, evidence=(("entity", weak), *kept))


def _named_in_its_sentence(linking: Linking, claim: Claim) -> bool:
    """Whether a figure's company is named in the figure's own sentence."""
    return claim.entity in _sentence_names(linking, claim.mention)


def _definite(linking: Linking, offset: int) -> bool:
    """Whether a figure is named as a known fact: "the" right before it and its metric from
    its own head noun ("The £1.2bn pre-tax profit")."""
    mention, reading = linking.mentions[offset], linking.metrics[offset]
    before = linking.text[max(0, mention.start - 8) : mention.start]
    return (
        DEFINITE_BEFORE.search(before) is not None
        and reading.resolver == "metric_from_head_noun"
        and reading.metric != "other"
    )


def _event(linking: Linking) -> None:
    """The event each figure tells ("ipo", "fine", "settlement") from the event nouns of its
    clause (stated) or sentence (inferred), among those its metric and measure may tell
    (`event_noun`, `checker.link.events`)."""
    text, passage = linking.text, linking.passage
    for offset, claim in enumerate(linking.claims):
        mention = claim.mention
        bounds = passage.sentence_bounds(mention.start, mention.end, EVENT_REACH)
        found = figure_event(text, claim, linking.clauses[offset], bounds)
        if found is not None:
            kind, evidence = found
            linking.claims[offset] = replace(
                claim, event=kind, evidence=(*claim.evidence, ("event", evidence))
            )


def _fact_key(claim: Claim) -> tuple:
    """What two figures share when they are the same company's same metric, basis and
    measure, in one currency."""
    return (claim.entity, claim.metric, claim.basis, claim.measure, claim.mention.currency)


def _repeat_key(claim: Claim) -> tuple:
    """What a figure repeating an amount shares with the one it repeats: its fact key and
    amount, the shareholders' share aside (a headline's "净利润1549.91万元" repeats the body's
    "归属于上市公司股东的净利润1549.91万元": the same amount is the same fact)."""
    entity, metric, basis, measure, currency = _fact_key(claim)
    return (entity, metric, without_attributable(basis), measure, currency, claim.mention.amount)


def _place(linking: Linking) -> None:
    """Where each figure stands in its document: the headline, the lead or the rest."""
    linking.places = figure_places(linking.text, linking.mentions)


def _claims(linking: Linking) -> None:
    """Each figure's claim from the readings before, with the evidence of each attribute:
    the resolver that decided it, the words it read and its grade."""
    linking.claims = [_claim(linking, offset) for offset in range(len(linking.mentions))]


def _claim(linking: Linking, offset: int) -> Claim:
    text, names = linking.text, linking.names
    mention, (clause_start, _) = linking.mentions[offset], linking.clauses[offset]
    reading, found, period = (
        linking.metrics[offset],
        linking.entities[offset],
        linking.periods[offset],
    )
    basis, measure = linking.bases[offset], linking.measures[offset]
    evidence = figure_evidence(
        entity_evidence(
            found,
            names,
            names.in_span(text, clause_start, mention.start),
            names.in_span(text, _paragraph_before(linking, mention.start), mention.start)
            if found.from_topic
            else [],
        ),
        reading,
        linking.period_evidence[offset],
        basis,
        measure,
    ) + scale_evidence(mention)
    return Claim(
        mention=mention,
        figure_id=f"F{linking.first_id + offset}",
        entity=names.shortest(found.entity),
        counterparty=names.shortest(found.counterparty),
        metric=reading.metric,
        period=period.period,
        is_target=period.is_target,
        explicit_period=period.explicit,
        inferred_period=period.inferred,
        basis=basis,
        evidence=evidence,
        measure=measure[0],
        period_span=period.span,
        place=linking.places[offset],
    )


def _restated(linking: Linking) -> None:
    """A restatement ("$11bn (£5.7bn)") describes what the figure it restates describes."""
    linking.claims = _share_across_equivalences(linking.text, linking.claims)


def _metric_binding(linking: Linking) -> None:
    """Each metric's grade capped to inferred when the figure's own words do not bind the
    metric to it."""
    linking.claims = _with_metric_evidence(linking.text, linking.claims, linking.clauses)


def _elliptical_currency(linking: Linking) -> None:
    """A bare amount compared with a currency amount takes that amount's currency."""
    linking.claims = settle_elliptical_currencies(linking.text, linking.claims, linking.clauses)


def _relations(linking: Linking) -> None:
    """The text's relations between figures: restatements, sums, changes, stakes, comparisons."""
    linking.relations = find_relations(linking.passage, linking.claims)


def _continues_transaction(linking: Linking) -> None:
    """A transaction figure with no investor of its own continues the transaction before it
    in the paragraph."""
    linking.claims = _investors_keep_their_target(linking.passage, linking.claims)


def _part_of_total(linking: Linking) -> None:
    """The parts of a total describe the company the total does, and those whose own words
    name no metric are of the total's metric."""
    linking.claims = _parts_share_their_total(
        _parts_take_total_metric(linking.claims, linking.relations), linking.relations
    )


RESOLVERS: tuple[Resolver, ...] = (
    Resolver("metric", ("metric",), _metric),
    Resolver("entity", ("entity", "counterparty"), _entity),
    Resolver(
        "period",
        ("period", "is_target", "explicit_period", "inferred_period", "period_span"),
        _period,
    ),
    Resolver("basis", ("basis",), _basis),
    Resolver("measure", ("measure",), _measure),
    Resolver("place", ("place",), _place),
    Resolver("claims", ("evidence",), _claims),
    Resolver("restated_figure", RESTATED_ATTRIBUTES, _restated),
    Resolver("antecedent_period", ("period", "inferred_period", "period_span"), _antecedent),
    Resolver("repeated_figure_period", ("period", "inferred_period", "period_span"), _repeated),
    Resolver("topic_against_paragraph", ("entity grade",), _topic_against_paragraph),
    Resolver("metric_binding", ("metric grade",), _metric_binding),
    Resolver("elliptical_currency", ("currency",), _elliptical_currency),
    Resolver("relations", ("relations",), _relations),
    Resolver("continues_transaction", ("entity", "counterparty"), _continues_transaction),
    Resolver("part_of_total", ("metric", "entity", "counterparty"), _part_of_total),
    Resolver("event", ("event",), _event),
    Resolver("full_name", ("entity", "counterparty"), _full_names),
)
"""The linking steps in the order `link_document` runs them; each step reads what the steps
before it decided. README's "How it works" lists them (a test keeps the two equal)."""


def _table_period(
    mention: Mention, headers: TablePeriods | None, document: Document, period: FigurePeriod
) -> tuple[FigurePeriod, tuple[tuple[str, Evidence], ...]]:
    """The period of a results-table row when its table places it, else `period`; with the
    evidence of the one taken."""
    table = table_period(mention, headers, document.date) if headers else None
    if table is None:
        return period, period_evidence(period, document)
    stated = table.evidence.grade is Grade.STATED
    placed = replace(
        period,
        period=table.period,
        explicit=stated,
        inferred=not stated,
        span=table.span,
        words=table.evidence.words,
    )
    return placed, (("period", table.evidence),)


def _after_blank_line(blank_lines: list[int], offset: int) -> int:
    """Where the text after the last blank line before `offset` starts (its second line
    break), 0 without one: `text.rfind("\\n\\n", 0, offset) + 1` from the blank lines'
    offsets, sorted."""
    before = bisect.bisect_right(blank_lines, offset - 2) - 1
    return blank_lines[before] + 1 if before >= 0 else 0


def _unit_reading(
    text: str, mention: Mention, clause: tuple[int, int], reading: MetricReading
) -> MetricReading:
    """The metric reading of a price per unit, a retail price or an exchange-rate level
    (`unit_metric`), which overrides what the cue words say; else `reading` unchanged."""
    unit = unit_metric(text, mention, clause, reading.metric)
    if unit is None:
        return reading
    return MetricReading(unit, "unit_metric", mention.per_unit or "", Grade.STATED)


def _with_metric_evidence(
    text: str, claims: list[Claim], clauses: Sequence[tuple[int, int]]
) -> list[Claim]:
    """Each claim's metric grade capped by whether its own words bind the metric to it
    (`metric_evidence`): a cue word elsewhere in the clause, or a loose verb ("worth", "lost",
    "paid"), names the metric but only infers that this figure is it. A restatement keeps
    what it carried from the figure it restates."""
    result: list[Claim] = []
    for offset, (claim, clause) in enumerate(zip(claims, clauses, strict=True)):
        current = claim.evidence_for("metric")
        restated = offset and restates(text, claims[offset - 1].mention, claim.mention)
        bound = restated or (current is not None and current.resolver == "table_row_label")
        binding = None if bound else metric_evidence(text, claim.mention, claim.metric, clause)
        if binding is not None and (
            current is None or binding.grade.strength < current.grade.strength
        ):
            capped = (
                Evidence(current.resolver, current.words, binding.grade) if current else binding
            )
            kept = tuple(item for item in claim.evidence if item[0] != "metric")
            claim = replace(claim, evidence=(*kept, ("metric", capped)))
        result.append(claim)
    return result


def _investors_keep_their_target(passage: Passage, claims: list[Claim]) -> list[Claim]:
    """A transaction figure with no investor of its own continues the transaction before it
    in the paragraph: "Toyota has put $394 million into Joby. With the new tranche its total
    commitment rises to $994 million" is Toyota's money in Joby."""
    result = list(claims)
    for offset in range(1, len(result)):
        previous, claim = result[offset - 1], result[offset]
        if (
            claim.metric in TRANSACTION_METRICS
            and claim.counterparty is None
            and previous.counterparty is not None
            and previous.counterparty != previous.entity
            and claim.entity in (previous.counterparty, previous.entity)
            and passage.paragraph_at(previous.mention.start)
            == passage.paragraph_at(claim.mention.start)
        ):
            result[offset] = inferred(
                replace(claim, entity=previous.entity, counterparty=previous.counterparty),
                ("entity", "counterparty"),
                "continues_transaction",
                previous.mention.text,
            )
    return result


def _parts_share_their_total(claims: list[Claim], relations: list[Relation]) -> list[Claim]:
    """The parts of a total describe the company the total does: "turnover of €59.6 billion,
    split between Beauty & Wellbeing at €12.5 billion, ..." are all Unilever's; but a part
    keeps the company its own words state when the total's company is only weak."""
    index = {claim.figure_id: offset for offset, claim in enumerate(claims)}
    result = list(claims)
    for relation in relations:
        if not isinstance(relation, Sum) or relation.own_subjects:
            continue
        total = result[index[relation.figures[0]]]
        if total.entity is None:
            continue
        weak_total = total.grade("entity") is Grade.WEAK
        for part_id in relation.figures[1:]:
            part = result[index[part_id]]
            if weak_total and part.grade("entity") is Grade.STATED:
                # A total whose company is only an uncertain topic does not override a
                # company the part's own words state ("... agreed to buy Ampere for $6.5bn.
                # Those three commitments add up to $45.5bn").
                continue
            if part.entity != total.entity:
                investor = part.entity if part.metric in TRANSACTION_METRICS else None
                counterparty = part.counterparty or investor
                result[index[part_id]] = inferred(
                    replace(part, entity=total.entity, counterparty=counterparty),
                    ("entity",),
                    "part_of_total",
                    total.mention.text,
                )
    return result


# Metric readings of a part that no words of its own gave: such a part of a total takes the
# total's metric.


def _parts_take_total_metric(claims: list[Claim], relations: list[Relation]) -> list[Claim]:
    """A part of a total whose own words name no metric is of the total's metric
    (`part_of_total`, inferred): "Pharmaceuticals contributed CHF 51.2bn and Diagnostics
    CHF 14.3bn, for group sales of CHF 60.5bn" are both sales; "The money comes in three
    pieces: $3.5bn of equity, $1.3bn for a half share ... Together they make up the $5.8bn
    investment" are all the investment's."""
    index = {claim.figure_id: offset for offset, claim in enumerate(claims)}
    result = list(claims)
    for relation in relations:
        if not isinstance(relation, Sum):
            continue
        total = result[index[relation.figures[0]]]
        if total.metric == "other" or total.metric in PRICE_METRICS:
            continue
        for part_id in relation.figures[1:]:
            part = result[index[part_id]]
            evidence = part.evidence_for("metric")
            if part.metric != "other" or evidence is None:
                continue
            if evidence.resolver not in UNREAD:
                continue
            kept = tuple((name, item) for name, item in part.evidence if name != "metric")
            told = Evidence("part_of_total", total.mention.text, Grade.INFERRED)
            result[index[part_id]] = replace(
                part, metric=total.metric, evidence=(*kept, ("metric", told))
            )
    return result


def _share_across_equivalences(text: str, claims: list[Claim]) -> list[Claim]:
    """A restatement describes what the figure it restates describes."""
    result = list(claims)
    for i in range(1, len(result)):
        first, second = result[i - 1], result[i]
        if restates(text, first.mention, second.mention):
            shared = replace(
                second,
                entity=first.entity,
                counterparty=first.counterparty,
                metric=first.metric,
                period=first.period or second.period,
                is_target=first.is_target,
                measure=first.measure,
                period_span=first.period_span if first.period else second.period_span,
            )
            result[i] = carried(shared, first, RESTATED_ATTRIBUTES, "restated_figure")
    return result
