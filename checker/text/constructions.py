"""Constructions: patterns written over words, names and the figure, with named roles.

A construction is plain data: a name, a pattern such as "VALUER valued TARGET at FIGURE",
the attribute each role decides, and example sentences with the words each role must get.
The pattern is a sequence of elements separated by spaces, adjacent elements by whitespace:

- `FIGURE`: the figure itself. A pattern that ends with it is read in the words before the
  figure (it must end there); one that starts with it, in the words after it.
- an upper-case word (`TARGET`, `BIDDER`): a role, filled by a name (the language's name
  pattern); the match keeps what filled it.
- lower-case words: a word as written; `a|b|c` one of several words; `offer(s)` a word with
  an optional ending; `stock*` a word that begins so ("stocks", "stockholders").
- `( x y | z )`: one of several sequences; `[ x y ]` or `[ x | y z ]`: optional.
- `<word>` any word, `<lower>` a word in lower case, each with an optional count
  (`<lower>{1,5}?`, lazy when it ends with `?`, as in regular expressions).
- `~N`: up to N characters of the same clause (no full stop but a decimal point, no semicolon).
- `'s`: a possessive ending ("it's", "Acme's") right after the element before it; `'s?` one
  that may be a bare apostrophe ("Investors'").
- `<aside>`: an optional bracketed aside ("(£5.7bn)") right after the element before it.
- `!a|b`: not followed by one of these words.

A pattern compiles to one regular expression over the text (roles as named groups), so a
construction costs what a hand-written expression costs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import regex

from checker import patterns

SEPARATOR = r"\s+"
WORD_CLASSES = {"word": r"[\p{L}-]+", "lower": r"[\p{Ll}-]+"}
GAP = r"(?:[^.;]|\.(?=\d))"
ASIDE = r"(?:\s*\([^()]*\))?"
POSSESSIVES = {"'s": r"['’]s\b", "'s?": r"['’]s?"}
# The elements of the pattern language (read with `re`, compiled only when a pattern is).
COUNTED = r"<(?P<cls>\w+)>(?:\{(?P<low>\d+),(?P<high>\d+)\}(?P<lazy>\??))?"
ROLE = r"[A-Z][A-Z_]*"
WORD = r"[a-z][a-z'’-]*(?:\([a-z]+\)|\*)?"
LITERAL = rf"{WORD}(?:\|{WORD})*"


class PatternError(ValueError):
    """A construction's pattern that the engine cannot read."""


@dataclass(frozen=True)
class Example:
    """A sentence and the words each role must get in it (None: it must not match)."""

    text: str
    roles: Mapping[str, str] | None


@dataclass(frozen=True)
class Construction:
    """A named pattern with roles, what each role decides, and its examples.

    `name_slot` is the language's pattern for a name (what a role matches)."""

    name: str
    pattern: str
    decides: Mapping[str, str]
    examples: tuple[Example, ...]
    name_slot: str

    @functools.cached_property
    def compiled(self) -> regex.Pattern:
        """The compiled pattern (built on first use)."""
        return patterns.compiled(compile_pattern(self.pattern, self.name_slot))

    @property
    def before_figure(self) -> bool:
        """Whether the pattern ends at the figure (read in the words before it)."""
        return self.pattern.split()[-1] == "FIGURE"

    @property
    def after_figure(self) -> bool:
        """Whether the pattern starts at the figure (read in the words after it)."""
        return self.pattern.split()[0] == "FIGURE"

    @functools.cached_property
    def search(self) -> Callable[..., regex.Match | None]:
        """`search(text, pos, endpos)`: the first match in text[pos:endpos]."""
        return self.compiled.search

    @functools.cached_property
    def match(self) -> Callable[..., regex.Match | None]:
        """`match(text, pos, endpos)`: a match starting at `pos`, within text[pos:endpos]."""
        return self.compiled.match

    def around(self, text: str, start: int, end: int) -> regex.Match | None:
        """A match at the figure text[start:end]: ending at it, starting at it, or anywhere
        in the text when the pattern does not name it."""
        if self.before_figure:
            return self.search(text, 0, start)
        if self.after_figure:
            return self.match(text, end)
        return self.search(text)

    def roles(self, found: regex.Match) -> dict[str, str]:
        """The words that filled each role of a match (roles left empty are left out)."""
        filled = found.groupdict()
        return {role: words for role in self.decides if (words := filled.get(role))}


def compile_pattern(pattern: str, name_slot: str) -> str:
    """The regular expression of a construction's pattern."""
    elements = pattern.split()
    if "FIGURE" in elements[1:-1]:
        raise PatternError(f"{pattern!r}: FIGURE starts or ends a pattern")
    alternatives, index = _alternatives(elements, 0, name_slot)
    if index != len(elements):
        raise PatternError(f"{pattern!r}: unexpected {elements[index]!r}")
    if len(alternatives) != 1:
        raise PatternError(f"{pattern!r}: bracket the alternatives")
    return _sequence(alternatives[0], lead="")


@dataclass(frozen=True)
class Piece:
    """One element as a regular expression; `attached` when no whitespace precedes it."""

    pattern: str
    attached: bool = False


@dataclass(frozen=True)
class Group:
    """Alternative sequences of elements, optional or not."""

    alternatives: tuple[tuple[Piece | Group, ...], ...]
    optional: bool


def _alternatives(
    elements: list[str], index: int, slot: str
) -> tuple[list[tuple[Piece | Group, ...]], int]:
    """The alternative sequences from `index` up to a closing bracket (or the end)."""
    alternatives: list[list[Piece | Group]] = [[]]
    while index < len(elements) and elements[index] not in (")", "]"):
        element = elements[index]
        if element == "|":
            alternatives.append([])
        elif element in ("(", "["):
            inner, index = _alternatives(elements, index + 1, slot)
            closer = ")" if element == "(" else "]"
            if index >= len(elements) or elements[index] != closer:
                raise PatternError(f"{element!r} is not closed by {closer!r}")
            alternatives[-1].append(Group(tuple(inner), optional=element == "["))
        else:
            alternatives[-1].append(_piece(element, slot))
        index += 1
    return [tuple(alternative) for alternative in alternatives], index


def _piece(element: str, slot: str) -> Piece:
    """One element's regular expression."""
    if element == "FIGURE":
        return Piece("FIGURE")
    if element == "<aside>":
        return Piece(ASIDE, attached=True)
    if element in POSSESSIVES:
        return Piece(POSSESSIVES[element], attached=True)
    if element.startswith("~") and element[1:].isdigit():
        return Piece(f"{GAP}{{0,{element[1:]}}}?", attached=True)
    if element.startswith("!") and re.fullmatch(LITERAL, element[1:]):
        return Piece(rf"(?!{SEPARATOR}{_words(element[1:])})", attached=True)
    if counted := re.fullmatch(COUNTED, element):
        return _counted(counted)
    if re.fullmatch(ROLE, element):
        return Piece(f"(?P<{element}>{slot})")
    if re.fullmatch(LITERAL, element):
        return Piece(rf"\b{_words(element)}")
    raise PatternError(f"unknown element {element!r}")


def _counted(counted: re.Match) -> Piece:
    """`<word>` or `<lower>`, once or counted (each repetition after whitespace)."""
    word = WORD_CLASSES.get(counted.group("cls"))
    if word is None:
        raise PatternError(f"unknown word class <{counted.group('cls')}>")
    if counted.group("low") is None:
        return Piece(word)
    low, high, lazy = counted.group("low", "high", "lazy")
    return Piece(rf"(?:{SEPARATOR}{word}){{{low},{high}}}{lazy}", attached=True)


def _words(element: str) -> str:
    """`a|b|offer(s)|stock*` as an alternation of words (`stock*`: a word that begins so)."""
    words = []
    for word in element.split("|"):
        stem, _, ending = word.removesuffix("*").partition("(")
        optional = f"(?:{ending[:-1]})?" if ending else ""
        words.append(regex.escape(stem) + optional + ("" if word.endswith("*") else r"\b"))
    return f"(?:{'|'.join(words)})"


def _sequence(nodes: tuple[Piece | Group, ...], lead: str) -> str:
    """A sequence's regular expression; `lead` goes before its first element (whitespace,
    a word boundary after a gap, or nothing at the start of the pattern)."""
    parts = []
    for index, node in enumerate(nodes):
        joint = lead if index == 0 else _joint(nodes[index - 1])
        if isinstance(node, Group):
            inner = "|".join(_sequence(alternative, joint) for alternative in node.alternatives)
            parts.append(f"(?:{inner}){'?' if node.optional else ''}")
        elif node.pattern == "FIGURE":
            parts.append(joint + "$" if index == len(nodes) - 1 else "")
        else:
            parts.append(_joined(joint, node))
    return "".join(parts)


def _joint(previous: Piece | Group) -> str:
    """What joins an element to the one before it: whitespace, or after a gap (which takes
    the whitespace in) a word boundary, or nothing after the figure at the start."""
    if isinstance(previous, Piece) and previous.pattern == "FIGURE":
        return SEPARATOR
    if isinstance(previous, Piece) and previous.pattern.startswith(GAP):
        return r"\b"
    return SEPARATOR


def _joined(joint: str, piece: Piece) -> str:
    """A piece after its joint; a word's own boundary is left out after whitespace or a
    boundary (it always holds there)."""
    if piece.attached:
        return piece.pattern
    if joint and piece.pattern.startswith(r"\b"):
        return joint + piece.pattern.removeprefix(r"\b")
    return joint + piece.pattern
