"""What ends a paragraph, a sentence and a clause, as data."""

from __future__ import annotations

# Words written with a full stop that does not end a sentence ("Mr. Smith", "Acme Corp. said",
# "U.S. sales", "e.g. a bond"). Compared case-sensitively, without the final full stop.
ABBREVIATIONS: frozenset[str] = frozenset(
    """Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Gov Sen Rep Rev Hon Bros Rs approx vs v No Nos Co Corp
    Inc Ltd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec e.g i.e U.S U.K U.N E.U""".split()
)
# Marks that end a sentence wherever they stand (Chinese and Japanese full stops).
WIDE_TERMINATORS = "。！？"
# Marks that end a clause inside a sentence ("profit rose; sales fell").
CLAUSE_MARKS = ";；"
# Closing quotes and brackets that belong to the sentence they follow ('said." He').
CLOSERS = "\"”’')]」』）"

# A line that starts one of these begins a paragraph of its own: a Markdown heading, a table
# row, a rule or front-matter fence, an indented line (a results table, a quote block, a new
# paragraph of an indented newswire).
PARAGRAPH_OPENERS: tuple[tuple[str, str], ...] = (
    ("heading", r"#{1,6}(?:\s|$)"),
    ("table row", r"\|"),
    ("rule or fence", r"(?:-{3,}|={3,}|\*{3,}|_{3,})\s*$"),
    ("indented line", r"[ \t\u3000]"),
)
# A list item begins a paragraph of its own when a list can start there: after a line that
# ends in a colon or is itself an item. Elsewhere a wrapped line may start with a dash ("the
# retailer\n- owner of two chains - said").
LIST_ITEMS: tuple[tuple[str, str], ...] = (
    ("bullet", r"[-*+•·]\s"),
    ("numbered item", r"\d{1,2}[.)]\s"),
)
# A line that ends its paragraph whatever follows: a heading, a table row, a rule, a line
# with a tab (a table), a line ending in a wide full stop (Chinese text is not hard-wrapped).
PARAGRAPH_CLOSERS: tuple[tuple[str, str], ...] = (
    ("heading", r"^#{1,6}(?:\s|$)"),
    ("table row", r"^\||\t|\|\s*$"),
    ("rule or fence", r"^(?:-{3,}|={3,}|\*{3,}|_{3,})\s*$"),
    ("wide full stop", rf"[{WIDE_TERMINATORS}][\"”’')\]」』）]*\s*$"),
)
# Hard-wrapped text is wrapped at a width between these; a line longer than the widest is a
# paragraph of its own, and lines are not joined in a block whose widest line is narrower.
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 120
# Words a sentence cannot end on: a line that ends on one goes on in the next line ("stake
# in\nBeta", "valued at\n$5 billion").
CONTINUING_WORDS: frozenset[str] = frozenset(
    """a an the of in on at to for from by with and or but nor as than that which who whose
    its their his her our your my into onto upon per via about over under between after before
    during against among including is are was were be been has have had will would""".split()
)
