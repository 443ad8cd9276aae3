"""Sums: a total and its parts, listed after it, totalled after them, broken down in the
next sentence, or added to a running total."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

import regex

from checker.model import Relation
from checker.patterns import lazy
from checker.relations.base import (
    NOCASE,
    NUMBER_WORD_ALT,
    NUMBER_WORDS,
    QUALIFIER_ALT,
    VALUE_METRICS,
    Figure,
    Layout,
    Sentence,
    figure_at,
    past_restatement,
    subject_before,
)
from checker.text.layout import LIST_ITEM

LIST_CUE = lazy(
    r"\b(?P<cue>made\s+up\s+of|split\s+(?:between|among|across|into)|consist(?:s|ed|ing)?\s+of|"
    r"compris(?:es|ed|ing)|composed\s+of|broken\s+down\s+(?:into|as)|divided\s+(?:between|among|"
    r"into)|of\s+which|including|includes|allocated\s+(?:to|between|among|across)|"
    r"spread\s+(?:across|between|over)|(?:paid|payable|funded|financed|settled)\s+(?:with|in|"
    r"through|by))\b|(?P<colon>:)(?=\s)",
    NOCASE,
)
INCOMPLETE_CUES = ("of which", "including", "includes")
# A price paid in two forms, right after its amount ("$95m in cash and stock"), and the form
# of one part right after it ("$40m in cash", "$55m in shares").
PAYMENT_MIX = lazy(
    r"\s*in\s+(?:cash\s+and\s+(?:stock|shares)|(?:stock|shares)\s+and\s+cash)\b", NOCASE
)
PAYMENT_FORM = lazy(r"\s*in\s+(?:new\s+)?(?P<form>cash|stock|shares)\b", NOCASE)
# A list that follows its total directly, with at most a comma and a restatement between:
# "$198.9 million, of which", "£2bn ($3.6bn), made up of".
LIST_ATTACHED = lazy(r"[\s,]*(?:\([^()]*\)[\s,]*)?")
# Cues of how an amount is paid ("paid with $3bn in cash and $1.5bn in shares"): the items
# may leave out a part (fees, debt taken on), so they are checked only for exceeding it.
PAYMENT_CUES = ("paid ", "payable ", "funded ", "financed ", "settled ")
LIST_SEPARATOR = lazy(
    r"[,，、]\s*(?:and\s+|or\s+|plus\s+)?|[;；]\s*|\s+(?:and|plus|as\s+well\s+as)\s+", NOCASE
)
# Where a list of parts ends: a new clause, a comparison of what came before ("..., almost
# double the $157 billion of last year", "..., up from $5 billion"), or examples of its
# last item ("... by existing shareholders, including Prosus and Accel").
LIST_STOP = lazy(
    r";|\b(?:while|whereas|but|which|who|double|twice|triple|treble|times|than|compared|"
    r"versus|against|up\s+from|down\s+from|including|such\s+as)\b",
    NOCASE,
)
PLUS = lazy(r"\bplus\b")
# What stands between a total and a part named before "of which": "63.0 billion marks - 44.1
# billion of which", "£5bn, £3bn of which".
PART_AFTER_TOTAL = lazy(r"\s*[,;:–—-]\s*")
# A stop that only adds examples to the list's last item, which leaves the list whole.
EXAMPLES_STOP = lazy(r"including|such\s+as", NOCASE)
# What may stand between a list's colon and its first amount: "about", "roughly", "some".
OPENING_QUALIFIER = lazy(rf"\s*(?:(?:{QUALIFIER_ALT})\s+)?", NOCASE)
# An addition after a list closed by "and": "$1.2bn in cash and $0.4bn in shares, plus $0.3bn
# still to pay" may be part of the total or beyond it, so the list ends before it and is
# checked only for exceeding the total.
CLOSED_LIST_ADDITION = lazy(r"\band\b[^;]*?(?P<addition>,\s*plus\b)", NOCASE)
COUNT_NOUNS = (
    "parts|pillars|components|elements|segments|divisions|units|businesses|tranches|"
    "instalments|installments|items|pieces|areas|categories|streams|sources|investors|backers|"
    "buyers|bidders|lenders|banks|funds|partners|shareholders"
)
PARTY_NOUNS = frozenset(
    "investors backers buyers bidders lenders banks funds partners shareholders".split()
)
COUNT = lazy(
    rf"\b(?P<n>\d++|{NUMBER_WORD_ALT})\s+(?:[\p{{L}}-]+\s+)?(?P<noun>{COUNT_NOUNS})\b", NOCASE
)
TOTAL_BEFORE = lazy(
    r"\b(?:together,?\s+(?:they\s+)?(?:amount(?:ed)?|add(?:ed)?\s+up|come|came|total(?:l?ed)?)"
    r"(?:\s+to)?|together,?\s+(?:they\s+)?(?:make|made)\s+up(?:\s+the)?|(?:a|the)\s+(?:(?:combined|group|overall|grand|consolidated)\s+)?total\s+of|totall?ing|add(?:s|ed|ing)?\s+up\s+to|"
    rf"altogether|in\s+all|in\s+total|all\s+told|combined)\s+(?:(?:{QUALIFIER_ALT})\s+)?$",
    NOCASE,
)
TOTAL_AFTER = lazy(r"^\s*(?:in\s+total|in\s+all|altogether|all\s+told|combined)\b", NOCASE)
TOGETHER_START = lazy(
    r"\W*(?:together|combined|altogether|in\s+all|in\s+total|all\s+told|between\s+them)\b", NOCASE
)
OF_THE_START = lazy(r"\W*(?:of|from)\s+(?:the|its|this|that|their)\s+", NOCASE)
# A sentence that opens by pointing back at the previous sentence's amount and lists its
# parts: "It was made up of", "The sum is split between", "This comprises".
BACK_LIST_START = lazy(
    r"\W*(?:it|this|that|the\s+(?:total|sum|amount|package|payment|figure|settlement|deal))\s+"
    r"(?:(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been)\s+)?(?=\p{L})",
    NOCASE,
)
OF_THAT_START = lazy(
    r"\W*(?:(?:of|from)\s+(?:that|this|the\s+total|it|which)\b|(?P<zh>其中)(?!的)\s*[，,:：]?)",
    NOCASE,
)
# Words that make a Chinese sentence opened by 其中 no list of the total's parts: a change or
# the same figure of another period ("其中，净利息收入144亿元，同比增长8%", "其中，第四季度...").
ZH_NOT_PARTS = lazy(r"同比|环比|较|上年|去年|同期|增长|下降|减少|增加|季度|半年|\d{1,2}\s*月")
# An item that names what is left of the total, which closes the list ("其他非利息收入37亿元",
# "and the remaining $100 million"): with it the items are all of the total.
REST_ITEM = lazy(
    r"[\s,，、;；]*(?:and\s+|以及|和)?(?:其他|其它|其余|other\b|the\s+(?:rest|remaining)\b)",
    NOCASE,
)
CUMULATIVE_BEFORE = lazy(
    r"(?:\btotal(?:\s+[\p{L}-]+){0,2}\s+(?:now\s+)?(?:rises|rose|risen|climbs|climbed|increases|"
    r"increased|grows|grew|goes|went|comes|came|reaches|reached|stands|stood|is|was)(?:\s+at|"
    r"\s+to)?|\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|lift(?:s|ing|ed)?|rais(?:es|ing|ed)"
    r"|push(?:es|ing|ed)?)\s+(?:its|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}total\s+"
    r"(?:[\p{L}-]+\s+)?to|\bfor\s+a\s+total\s+of)\s+"
    rf"(?:(?:{QUALIFIER_ALT})\s+)?$",
    NOCASE,
)
INCREMENT_MARKER = lazy(
    r"\b(?:a\s+further|another|an\s+additional|additional|a\s+new|fresh|added|adds|adding|"
    r"extra)\b[^.;$€£¥₹\d]{0,20}$",
    NOCASE,
)
PRIOR_MARKER = lazy(
    r"\b(?:already|so\s+far|to\s+date|previously|first|initial(?:ly)?|earlier|original(?:ly)?)"
    r"\b[^.;$€£¥₹\d]{0,25}$",
    NOCASE,
)
# A total that points back at the items of the list right before it, and says how many
# there are: "In all, those three measures add up to CHF 259 billion", "Together, these four
# loans come to $5bn", "The two tranches total €800 million".
LIST_POINTER_TEXT = (
    rf"\b(?:these|those|the)\s+(?P<n>\d{{1,2}}|{NUMBER_WORD_ALT})\s+(?:[\p{{L}}-]+\s+){{0,2}}?"
    r"[\p{L}-]+\b"
)
LIST_POINTER = lazy(LIST_POINTER_TEXT, NOCASE)
# A sentence that opens by counting what the sentence before it lists: "Those four lines add
# up to KES 276.2bn", "Between them, those four rounds brought in $1.05 billion".
COUNTED_START = lazy(
    rf"\W*(?:(?:between\s+them|together|combined),?\s+)?{LIST_POINTER_TEXT}", NOCASE
)
# A total that counts the parts before it in its own sentence or the one before: "so together
# the four segments earned $3.5 billion", "The three units brought in $2bn between them".
COUNTED_TOTAL_BEFORE = lazy(
    rf"\b(?:together|combined|between\s+them|in\s+all),?\s+{LIST_POINTER_TEXT}\s+"
    r"(?:total(?:s|led|ed)?|amount(?:s|ed)?\s+to|c(?:o|a)mes?\s+to|add(?:s|ed)?\s+up\s+to|"
    r"brought\s+in|earn(?:s|ed)?|generat(?:e|es|ed)|contribut(?:e|es|ed)|made|make)\s+"
    rf"(?:(?:{QUALIFIER_ALT})\s+)?$",
    NOCASE,
)
LIST_TOTAL_VERB = lazy(
    r"\b(?:total(?:s|led|ed)?|amount(?:s|ed)?\s+to|c(?:o|a)mes?\s+to|add(?:s|ed)?\s+up\s+to|"
    r"brought\s+in|brings?\s+in|rais(?:e|es|ed)|make\s+up|makes\s+up|made\s+up|"
    rf"sum(?:s|med)?\s+to)\s+(?:(?:{QUALIFIER_ALT})\s+)?(?:the\s+)?$",
    NOCASE,
)
# A sentence that goes on with the list of the sentence before: "It has also pledged".
ALSO = lazy(r"\b(?:also|as\s+well|in\s+addition|additionally)\b", NOCASE)
# An amount that is the whole another amount is part of: "$30bn of a $40bn round".
WHOLE_BEFORE = lazy(r"\bof\s+(?:a|an|the|its|their)\s+$", NOCASE)
MONEY_IN_METRICS = frozenset({"investment", "price_paid", "funding"})
# What puts an amount as the rest of a total after a part: "$8.6bn has been committed and
# the remaining $2.4bn is expected next year", "Others supplied the remaining €600m".
REMAINDER_BEFORE = lazy(r"\b(?:the|its|their)\s+remaining\s+$", NOCASE)
# Metrics that can be the same sum of money seen from the two sides of a deal: what a
# company raised and what its investors put in; what was paid and what the thing is valued at.
METRIC_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"funding", "investment"}),
    frozenset({"price_paid", "valuation"}),
)
# Metrics that name no kind of sum: two "other" amounts of a company are not parts of a third.
UNNAMED_SUMS = (None, "other", "unit_price", "exchange_rate")
# A sum broken down by segment: "Net income by segment was $4.0 billion in Retail, $6.0
# billion in Banking and $2.5 billion in Corporate", with its total stated in the sentence
# before or after under the same measure ("The group's net income was $12.9 billion").
SEGMENT_BREAKDOWN = lazy(
    r"\b(?P<measure>(?:(?:net|operating|pre-?tax|adjusted|underlying|total)\s+)?"
    r"(?:income|revenues?|sales|profits?|earnings))\s+by\s+(?:segment|division|business|"
    r"unit|region|geography|business\s+line|reporting\s+segment)s?\b",
    NOCASE,
)
# Words that put a part below zero or outside the list: a breakdown with a loss in it is not
# checked, as its amounts are written without their sign.
SIGNED_PART = lazy(r"\blos(?:s|ses|ing|t)\b|\bnegative\b|\bdeficit\b|[-−–]\s?\p{Sc}", NOCASE)
# A sentence that adds an amount to the parts of the sentence before and states the result:
# "Add other income of $1.6 billion and you get to total revenue of $180.6 billion".
ADDITION_START = lazy(r"\W*(?:add|adding|plus)\b", NOCASE)
ADDITION_RESULT = lazy(
    r"\b(?:and\s+you\s+(?:get|arrive|come)|to\s+(?:get|arrive|reach)|giv(?:es|ing)|"
    r"mak(?:es|ing)|brings?\s+(?:it|the\s+total)|bringing\s+(?:it|the\s+total))\b",
    NOCASE,
)
# How far back (in characters) a running total looks for its prior amount and increment.
RUNNING_TOTAL_REACH = 2000


@dataclass(frozen=True)
class Sum(Relation):
    """The first figure is the total of the others; `complete`: the text gives the parts as
    all of the total ("made up of"), not some of them ("including"); `own_subjects`: each
    part is told with the segment or business it is for, as its clause's subject ("Walmart
    International $29.5 billion", "$6.0 billion in Markets"), so it keeps the company the
    linker read for it instead of taking the total's."""

    kind: ClassVar[str] = "sum"
    complete: bool
    own_subjects: bool = False


def sum_relations(passage: Layout) -> Iterator[Sum]:
    """A total and its parts: listed after it, totalled after them, or added to a running total.

    Every kind takes its total from the sentence's own figures: a sentence without one is
    skipped."""
    for index, sentence in enumerate(passage.sentences):
        if not sentence.figures:
            continue
        yield from _listed_parts(passage, sentence)
        yield from _parts_of_the_total(passage, sentence)
        yield from _totalled_parts(passage, index)
        yield from _breakdown_next(passage, index)
        yield from _payment_split_next(passage, index)
        yield from _listed_next(passage, index)
        yield from _list_totalled_after(passage, index)
        yield from _part_and_remainder(passage, index)
        yield from _segment_breakdown(passage, index)
        yield from _addition_to_the_parts_before(passage, index)


def _listed_parts(passage: Layout, sentence: Sentence) -> Iterator[Sum]:
    """Parts listed after their total: "$9.5 billion, made up of $5 billion and $4.5 billion"."""
    text = passage.text
    for cue in LIST_CUE.finditer(text, sentence.start, sentence.end):
        total = subject_before(passage, sentence, cue.start())
        if total is None or total.per_share or cue.start() - total.end > 80:
            continue
        if (named_first := _part_named_first(passage, sentence, total, cue)) is not None:
            yield named_first
            continue
        stop = LIST_STOP.search(text, cue.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        addition = CLOSED_LIST_ADDITION.search(text, cue.end(), end)
        plus_in_list = PLUS.search(text, cue.end(), end) is not None
        if addition:
            end = addition.start("addition")
        attached = LIST_ATTACHED.fullmatch(text, total.end, cue.start()) is not None
        one_each = _one_per_item(text, sentence, total, (cue.end(), end)) if attached else []
        parts = one_each or _parts(sentence, total, cue.end(), end)
        count = COUNT.search(text, total.end, end)
        if cue.group("colon") and _inside_parentheses(text, sentence.start, cue.start()):
            continue
        if cue.group("colon") and not (
            count
            or TOTAL_AFTER.match(text[total.end : cue.start()])
            or plus_in_list
            or _opens_with_figure(text, cue.end(), parts)
        ):
            continue
        name = " ".join((cue.group("cue") or ":").lower().split())
        if len(parts) < (1 if name in INCOMPLETE_CUES else 2):
            continue
        complete = (
            not _may_leave_out(name)
            and (stop is None or EXAMPLES_STOP.fullmatch(stop.group(0)) is not None)
            and addition is None
            and _every_item_has_figure(text, cue.end(), end, parts)
            and (count is None or _count(count) == len(parts))
        )
        yield _sum(total, parts, name, complete)


def _part_named_first(
    passage: Layout, sentence: Sentence, part: Figure, cue: regex.Match
) -> Sum | None:
    """A part written before "of which", right after its total ("totalling 63.0 billion marks
    - 44.1 billion of which was intramarginal and 18.9 billion obligatory"): the total is the
    figure before the part, and the list may leave parts out."""
    text = passage.text
    if cue.group("cue") is None or cue.group("cue").lower() != "of which":
        return None
    if text[part.end : cue.start()].strip():
        return None
    total = subject_before(passage, sentence, part.start)
    if (
        total is None
        or total.per_share
        or not PART_AFTER_TOTAL.fullmatch(text, total.end, part.start)
    ):
        return None
    if part.currency != total.currency:
        return None
    stop = LIST_STOP.search(text, cue.end(), sentence.end)
    later = _parts(sentence, total, cue.end(), stop.start() if stop else sentence.end)
    return _sum(total, [part, *later], "of which", False)


def _inside_parentheses(text: str, start: int, at: int) -> bool:
    """Whether offset `at` stands inside parentheses opened after `start`: a colon there labels
    a comparison ("£988m (H1 2016: £777m)"), it does not open a list of parts."""
    return text.count("(", start, at) > text.count(")", start, at)


def _opens_with_figure(text: str, start: int, parts: list[Figure]) -> bool:
    """Whether a list after a colon opens with one of its amounts ("returned $16.5 billion:
    $12.5 billion in buybacks and $2.5 billion in dividends"), not with words ("rose to $5
    billion: analysts had expected $4 billion")."""
    return bool(parts) and OPENING_QUALIFIER.fullmatch(text, start, parts[0].start) is not None


def _parts_of_the_total(passage: Layout, sentence: Sentence) -> Iterator[Sum]:
    """Parts of a total named first: "Of the $600 million raised, $400 million came from Asia"."""
    opening = OF_THE_START.match(passage.text, sentence.start, sentence.end)
    total = figure_at(passage, sentence, opening.end()) if opening else None
    if total is None or total.per_share:
        return
    stop = LIST_STOP.search(passage.text, total.end, sentence.end)
    parts = _parts(sentence, total, total.end, stop.start() if stop else sentence.end)
    if parts:
        yield _sum(total, parts, "of the total", False)


def _parts(sentence: Sentence, total: Figure, start: int, end: int) -> list[Figure]:
    """Figures in text[start:end] of a sentence that can be parts of `total`."""
    return [
        f
        for f in sentence.figures
        if start <= f.start < end
        and f.usable
        and not f.per_share
        and f is not total
        and f.amount <= total.amount
        and f.currency == total.currency
    ]


def _one_per_item(
    text: str, sentence: Sentence, total: Figure, span: tuple[int, int]
) -> list[Figure]:
    """The figures of a list that follows its total directly, when each of its items ("A, B
    and C") holds exactly one: each is then that item's amount even if it exceeds the total
    ("$198.9m, of which $208.8m related to Canada and $59.7m to Mexico" is a slip to
    report); [] otherwise."""
    start, end = span
    figures = [
        f
        for f in sentence.figures
        if start <= f.start < end and f.usable and not f.per_share and f is not total
    ]
    if len(figures) < 2 or any(f.currency != total.currency for f in figures):
        return []
    counts = [
        sum(item_start <= f.start < item_end for f in figures)
        for item_start, item_end in _list_items(text, start, end, figures)
    ]
    return figures if counts and all(count == 1 for count in counts) else []


def _may_leave_out(cue: str) -> bool:
    """Whether a list after `cue` may name only some of the total's parts ("including",
    "paid with"): it is then checked only for exceeding the total."""
    return cue in INCOMPLETE_CUES or cue.startswith(PAYMENT_CUES)


def _every_item_has_figure(text: str, start: int, end: int, parts: list[Figure]) -> bool:
    """Whether each item of the list "A, B and C" between start and end carries an amount."""
    return all(
        any(item_start <= f.start < item_end for f in parts)
        for item_start, item_end in _list_items(text, start, end, parts)
    )


def _list_items(text: str, start: int, end: int, figures: list[Figure]) -> list[tuple[int, int]]:
    """The spans of the non-empty items of the list "A, B and C" in text[start:end]; a
    separator inside one of `figures` ("1,200") separates nothing."""
    position, items = start, []
    for separator in LIST_SEPARATOR.finditer(text, start, end):
        if not any(f.start < separator.start() < f.end for f in figures):
            items.append((position, separator.start()))
            position = separator.end()
    items.append((position, end))
    return [(a, b) for a, b in items if text[a:b].strip(" .。")]


def _count(match: regex.Match) -> int:
    """The number of "three pillars" or "13 investors"."""
    number = match.group("n").lower()
    return int(number) if number.isdigit() else NUMBER_WORDS[number]


def _sum(
    total: Figure, parts: Sequence[Figure], cue: str, complete: bool, own_subjects: bool = False
) -> Sum:
    """A sum relation: the total first, then the parts."""
    figures = (total.id, *(p.id for p in parts))
    return Sum(figures=figures, detail=cue, complete=complete, own_subjects=own_subjects)


def _payment_split_next(passage: Layout, index: int) -> Iterator[Sum]:
    """A price paid "in cash and shares" split in the next sentence into its cash and its
    shares ("for $95m in cash and stock. Routely will pay $40m in cash and $55m in shares"):
    two amounts, one in each form, each about the company bought or its buyer."""
    text, sentence = passage.text, passage.sentences[index]
    following = passage.following(index)
    parts = [f for f in following.figures if f.usable and not f.per_share] if following else []
    if len(parts) != 2:
        return
    forms = {m.group("form").lower() for p in parts if (m := PAYMENT_FORM.match(text, p.end))}
    for total in sentence.figures:
        if not total.usable or not PAYMENT_MIX.match(text, total.end, total.end + 40):
            continue
        deal = {total.claim.entity, total.claim.counterparty} - {None}
        same = bool(deal) and {p.claim.entity for p in parts} <= deal
        currencies = {p.currency for p in parts} == {total.currency}
        if same and currencies and len(forms) == 2 and "cash" in forms:
            yield _sum(total, parts, "in cash and shares", True)


def _totalled_parts(passage: Layout, index: int) -> Iterator[Sum]:
    """Totals after their parts: "A, B and C, worth $X in total", "Together they amount to $X"."""
    text, sentence = passage.text, passage.sentences[index]
    for total in sentence.figures:
        if not total.usable or total.per_share:
            continue
        before = text[max(sentence.start, total.start - 80) : total.start]
        after = text[past_restatement(passage, sentence, total) : sentence.end]
        cumulative = CUMULATIVE_BEFORE.search(before) is not None
        counting = COUNTED_TOTAL_BEFORE.search(before)
        if not (cumulative or counting or TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(after)):
            continue
        parts = _parts(sentence, total, sentence.start, total.start)
        if counting is not None and parts and _count(counting) != len(parts):
            continue
        if len(parts) >= 2:
            # A total whose subject counts its parts ("the four segments earned") is about
            # them, not about a company of theirs: each keeps its own.
            yield _sum(total, parts, "in total", True, own_subjects=counting is not None)
        elif cumulative:
            running = _running_total(passage, sentence, total, parts)
            if running is not None:
                yield running
        elif not parts and (
            (counted := COUNTED_START.match(text, sentence.start, total.start))
            or TOGETHER_START.match(text, sentence.start, sentence.end)
        ):
            previous = passage.previous(index)
            earlier = _parts(previous, total, previous.start, previous.end) if previous else []
            if counted is not None and earlier and _count(counted) > len(earlier):
                earlier = [*_counted_further_back(passage, index - 1, total, counted), *earlier]
            if len(earlier) >= 2 and (counted is None or _count(counted) == len(earlier)):
                yield _sum(total, earlier, "together", True)


def _counted_further_back(
    passage: Layout, index: int, total: Figure, counted: regex.Match
) -> list[Figure]:
    """The first items of a counted list that sentence `index` goes on with ("It has also
    pledged $19bn to X and agreed to buy Y for $6.5bn. Those three commitments add up to
    $45.5bn", after "SoftBank will provide $30bn of a $40bn round"): the amounts of the
    sentence before it that the count still needs, when it has exactly that many that can be
    parts, none of them the whole another amount is of ("$30bn of a $40bn round") or a
    company's value; [] otherwise."""
    sentence = passage.sentences[index]
    earlier = passage.previous(index)
    if earlier is None or not ALSO.search(passage.text, sentence.start, sentence.end):
        return []
    needed = _count(counted) - len(_parts(sentence, total, sentence.start, sentence.end))
    candidates = [
        f
        for f in _parts(earlier, total, earlier.start, earlier.end)
        if not WHOLE_BEFORE.search(passage.text, max(earlier.start, f.start - 12), f.start)
        and f.claim.metric not in VALUE_METRICS
    ]
    return candidates if len(candidates) == needed else []


def _running_total(
    passage: Layout, sentence: Sentence, total: Figure, parts: list[Figure]
) -> Sum | None:
    """A prior amount plus an increment: "It later added $4 billion, for a total of $10 billion"."""
    earlier = [
        f
        for f in passage.figures_between(total.start - RUNNING_TOTAL_REACH, total.start)
        if f.usable and not f.per_share and f.currency == total.currency and f.amount < total.amount
    ]
    increment = parts[0] if parts else _last_marked(passage, earlier, INCREMENT_MARKER)
    if increment is None:
        return None
    prior = _last_marked(passage, [f for f in earlier if f is not increment], PRIOR_MARKER)
    if prior is None:
        return None
    return _sum(total, [prior, increment], "running total", True)


def _last_marked(passage: Layout, figures: list[Figure], marker: regex.Pattern) -> Figure | None:
    """The last of `figures` with `marker` ("a further", "already") just before it."""
    for figure in reversed(figures):
        if marker.search(passage.text, max(0, figure.start - 40), figure.start):
            return figure
    return None


def _listed_next(passage: Layout, index: int) -> Iterator[Sum]:
    """The one amount of a sentence listed in parts by the next, which points back at it: "The
    regulator agreed a deal totalling $375m. It was made up of $250m in repayments and $125m
    in penalties"."""
    text, sentence = passage.text, passage.sentences[index]
    following = passage.following(index)
    if following is None:
        return
    opening = BACK_LIST_START.match(text, following.start, following.end)
    cue = LIST_CUE.match(text, opening.end(), following.end) if opening else None
    totals = [f for f in sentence.figures if f.usable and not f.per_share]
    if cue is None or cue.group("colon"):
        return
    if len(totals) != 1:
        return
    stop = LIST_STOP.search(text, cue.end(), following.end)
    end = stop.start() if stop else following.end
    parts = _parts(following, totals[0], cue.end(), end)
    if len(parts) < 2:
        return
    name = " ".join(cue.group("cue").lower().split())
    complete = (
        not _may_leave_out(name)
        and stop is None
        and _every_item_has_figure(text, cue.end(), end, parts)
    )
    yield _sum(totals[0], parts, name, complete)


def _breakdown_next(passage: Layout, index: int) -> Iterator[Sum]:
    """A total among "13 investors" or in "three parts", broken down in the next sentence."""
    text, sentence = passage.text, passage.sentences[index]
    following = passage.following(index)
    if following is None:
        return
    totals = [f for f in sentence.figures if f.usable and not f.per_share]
    if len(totals) != 1:
        return
    total = totals[0]
    parts = _parts(following, total, following.start, following.end)
    parts = [p for p in parts if p.amount < total.amount]
    if len(parts) < 2:
        return
    if opening := OF_THAT_START.match(text, following.start, following.end):
        if opening.group("zh") and ZH_NOT_PARTS.search(text, following.start, following.end):
            return
        stop = LIST_STOP.search(text, opening.end(), following.end)
        complete = stop is None and _closed_by_the_rest(text, opening.end(), following.end, parts)
        yield _sum(total, parts, "其中" if opening.group("zh") else "of that", complete)
        return
    count = COUNT.search(text, sentence.start, sentence.end)
    if count is None or len(parts) != len([f for f in following.figures if f.usable]):
        return
    party = count.group("noun").lower() in PARTY_NOUNS
    metrics = {total.claim.metric, *(p.claim.metric for p in parts)}
    if not party or metrics <= MONEY_IN_METRICS:
        yield _sum(total, parts, f"{count.group('n')} {count.group('noun')}", False)


def _closed_by_the_rest(text: str, start: int, end: int, parts: list[Figure]) -> bool:
    """Whether the list in text[start:end] gives one amount per item and its last item is
    what is left of the total ("其他非利息收入37亿元", "and the remaining $100 million"): the
    items are then all of the total."""
    items = _list_items(text, start, end, parts)
    return (
        len(parts) >= 2
        and len(items) == len(parts)
        and all(sum(a <= p.start < b for p in parts) == 1 for a, b in items)
        and REST_ITEM.match(text, items[-1][0]) is not None
    )


def _list_totalled_after(passage: Layout, index: int) -> Iterator[Sum]:
    """A list of items, one amount each, totalled by the sentence after it, which counts them:
    "- $100bn of liquidity; - a further $100bn; - up to $9bn of guarantees. In all, those
    three measures add up to $259bn". Each item's part is its first amount."""
    text, sentence = passage.text, passage.sentences[index]
    if _is_list_item(text, sentence):
        return
    for total in sentence.figures:
        if not total.usable or total.per_share:
            continue
        before = text[sentence.start : total.start]
        pointer = LIST_POINTER.search(before)
        said = TOTAL_BEFORE.search(before) or LIST_TOTAL_VERB.search(before)
        if pointer is None or said is None or pointer.end() > said.start():
            continue
        items = _list_items_before(passage, index)
        parts = [_first_amount(item, total) for item in items]
        if len(parts) >= 2 and None not in parts and len(parts) == _count(pointer):
            yield _sum(total, parts, "the list totalled", True)
        return


def _is_list_item(text: str, sentence: Sentence) -> bool:
    """Whether a sentence opens an item of a list ("- ...", "2. ...")."""
    return LIST_ITEM.match(text, sentence.start, sentence.end) is not None


def _list_items_before(passage: Layout, index: int) -> list[list[Sentence]]:
    """The items of the list that ends right before sentence `index`, each as its sentences,
    in order; [] when the paragraph before is not a list item."""
    items: list[list[Sentence]] = []
    position = index - 1
    while position >= 0:
        paragraph = passage.sentences[position].paragraph
        item = []
        while position >= 0 and passage.sentences[position].paragraph == paragraph:
            item.insert(0, passage.sentences[position])
            position -= 1
        if not _is_list_item(passage.text, item[0]):
            break
        items.insert(0, item)
    return items


def _first_amount(item: list[Sentence], total: Figure) -> Figure | None:
    """The first amount of a list item that can be a part of `total`."""
    for sentence in item:
        for figure in sentence.figures:
            if figure.usable and not figure.per_share and figure.currency == total.currency:
                return figure
    return None


def _part_and_remainder(passage: Layout, index: int) -> Iterator[Sum]:
    """A part and "the remaining" amount, which together make the one total the document
    states for the same company and kind of sum: "The round totals $10bn. $8.6bn is
    committed and the remaining $1.4bn is due next year"."""
    text, sentence = passage.text, passage.sentences[index]
    for rest in sentence.figures:
        if not rest.usable or rest.per_share:
            continue
        if not REMAINDER_BEFORE.search(text, max(sentence.start, rest.start - 20), rest.start):
            continue
        part = _part_before(passage, index, rest)
        total = _one_total(passage, part, rest) if part is not None else None
        if total is not None:
            yield _sum(total, [part, rest], "the remaining", True)


def _part_before(passage: Layout, index: int, rest: Figure) -> Figure | None:
    """The amount "the remaining" one completes: the nearest before it in its sentence, or
    in the sentence before when its own has none."""
    sentence = passage.sentences[index]
    earlier = [f for f in sentence.figures if f.end <= rest.start]
    if not earlier and (previous := passage.previous(index)) is not None:
        earlier = list(previous.figures)
    candidates = [f for f in earlier if f.usable and not f.per_share]
    if not candidates or candidates[-1].currency != rest.currency:
        return None
    return candidates[-1]


def _one_total(passage: Layout, part: Figure, rest: Figure) -> Figure | None:
    """The figure of the document that is the total of `part` and `rest`: stated before them,
    larger than each, of the same company and kind of sum; None unless all such figures state
    one amount ("...the remaining $850 million" completes the deal told before it, not the
    asset sales a later sentence counts)."""
    entity = rest.claim.entity
    if entity is None or part.claim.entity != entity or rest.claim.metric in UNNAMED_SUMS:
        return None
    family = _family(rest.claim.metric)
    if _family(part.claim.metric) != family:
        return None
    totals = [
        f
        for f in passage.figures
        if f.usable
        and not f.per_share
        and f.currency == rest.currency
        and f.claim.entity == entity
        and _family(f.claim.metric) == family
        and f.claim.measure == rest.claim.measure
        and f.amount > max(part.amount, rest.amount)
        and f.end <= part.start
        and not _periods_differ(f, rest)
    ]
    amounts = {f.amount for f in totals}
    return totals[0] if len(amounts) == 1 else None


def _periods_differ(first: Figure, second: Figure) -> bool:
    """Whether both figures state their periods and the periods differ."""
    a, b = first.claim, second.claim
    return a.explicit_period and b.explicit_period and a.period != b.period


def _family(metric: str | None) -> frozenset[str]:
    """The metrics that can state the same sum of money as `metric` does."""
    for family in METRIC_FAMILIES:
        if metric in family:
            return family
    return frozenset({metric or ""})


def _segment_breakdown(passage: Layout, index: int) -> Iterator[Sum]:
    """Parts of a measure "by segment" and the total of that measure stated in the sentence
    before or after: "Net income by segment was $4.0bn in Retail, $6.0bn in Banking and $2.5bn
    in Corporate. The group's net income was $12.9bn". The segments listed may leave out
    eliminations or unallocated costs, so the parts are checked only for exceeding the total;
    a breakdown with a loss in it, whose amounts are written without their sign, is left out."""
    text, sentence = passage.text, passage.sentences[index]
    cue = SEGMENT_BREAKDOWN.search(text, sentence.start, sentence.end)
    if cue is None or SIGNED_PART.search(text, sentence.start, sentence.end):
        return
    measure = regex.compile(
        r"\b" + r"\s+".join(map(regex.escape, cue.group("measure").split())) + r"\b", NOCASE
    )
    stop = LIST_STOP.search(text, cue.end(), sentence.end)
    end = stop.start() if stop else sentence.end
    listed = [f for f in sentence.figures if cue.end() <= f.start < end]
    totals = [
        f
        for other in (passage.previous(index), passage.following(index))
        if other is not None and not SIGNED_PART.search(text, other.start, other.end)
        for f in other.figures
        if f.usable
        and not f.per_share
        and measure.search(text, other.start, f.start)
        and not SEGMENT_BREAKDOWN.search(text, other.start, other.end)
    ]
    if len(totals) != 1 or len(listed) < 2:
        return
    total = totals[0]
    parts = _parts(sentence, total, cue.end(), end)
    if len(parts) == len(listed) and _every_item_has_figure(text, parts[0].start, end, parts):
        yield _sum(total, parts, cue.group(0).lower(), False, own_subjects=True)


def _addition_to_the_parts_before(passage: Layout, index: int) -> Iterator[Sum]:
    """Amounts added to the parts the sentence before lists, and the result: "Retail sales
    were $120.6bn and wholesale $29.5bn. Add other income of $1.6bn and you get to total
    revenue of $151.7bn". Every amount of the sentence before is a part."""
    text, sentence = passage.text, passage.sentences[index]
    previous = passage.previous(index)
    opening = ADDITION_START.match(text, sentence.start, sentence.end)
    if opening is None or previous is None or LIST_STOP.search(text, previous.start, previous.end):
        return
    result = ADDITION_RESULT.search(text, opening.end(), sentence.end)
    if result is None:
        return
    total = next((f for f in sentence.figures if f.start >= result.end()), None)
    if total is None or not total.usable or total.per_share:
        return
    added = [f for f in sentence.figures if f.end <= result.start()]
    earlier = [f for f in previous.figures if not f.restates]
    parts = [
        *_parts(previous, total, previous.start, previous.end),
        *_parts(sentence, total, opening.end(), result.start()),
    ]
    if not added or len(parts) != len(earlier) + len(added) or len(earlier) < 1:
        return
    yield _sum(total, parts, "added up", True, own_subjects=True)
