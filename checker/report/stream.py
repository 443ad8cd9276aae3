"""JSON written piece by piece: the bytes of `json.dumps(value, indent=2)`, long arrays streamed."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

INDENT = "  "


@dataclass(frozen=True)
class Streamed:
    """A JSON array whose items are made one at a time while it is written."""

    items: Iterable[Any]


def json_pieces(value: Any, allow_nan: bool = True, level: int = 0) -> Iterator[str]:
    """`value` as `json.dumps(value, indent=2, ensure_ascii=False)` writes it, in pieces.

    Objects and lists are written member by member, so a `Streamed` array anywhere in them is
    written item by item, each item in one piece; any other value is written whole.
    """
    encoder = json.JSONEncoder(indent=len(INDENT), ensure_ascii=False, allow_nan=allow_nan)
    yield from _pieces(value, encoder, level)


def _pieces(value: Any, encoder: json.JSONEncoder, level: int) -> Iterator[str]:
    inner = "\n" + INDENT * (level + 1)
    if isinstance(value, dict) and value:
        for position, (key, member) in enumerate(value.items()):
            yield ("{" if position == 0 else ",") + inner + encoder.encode(key) + ": "
            yield from _pieces(member, encoder, level + 1)
        yield "\n" + INDENT * level + "}"
    elif isinstance(value, list) and value:
        for position, item in enumerate(value):
            yield ("[" if position == 0 else ",") + inner
            yield from _pieces(item, encoder, level + 1)
        yield "\n" + INDENT * level + "]"
    elif isinstance(value, Streamed):
        empty = True
        for item in value.items:
            yield ("[" if empty else ",") + inner + _whole(item, encoder, level + 1)
            empty = False
        yield "[]" if empty else "\n" + INDENT * level + "]"
    else:
        yield _whole(value, encoder, level)


def _whole(value: Any, encoder: json.JSONEncoder, level: int) -> str:
    """A value in one piece, indented for its depth (JSON strings hold no raw newline).

    Written by `_encoded`, which gives the bytes `encoder` gives with the C string encoder
    rather than the `json` module's pure-Python indenting one; a value it does not take (a
    float out of range, a type the `json` module does not write) goes to `encoder`, which
    writes it or raises as `json.dumps` does."""
    try:
        return "".join(_encoded(value, "\n" + INDENT * level, []))
    except _NotPlain:
        return encoder.encode(value).replace("\n", "\n" + INDENT * level)


class _NotPlain(Exception):
    """A value `_encoded` leaves to the `json` module's encoder."""


_STRING = json.encoder.encode_basestring
_CONSTANTS = {None: "null", True: "true", False: "false"}


def _encoded(value: Any, newline: str, out: list[str]) -> list[str]:
    """`value` as `json.JSONEncoder(indent=2, ensure_ascii=False)` writes it, each line after
    the first opening with `newline`'s indentation, appended to `out`: the types tested in
    the order the encoder tests them, dict keys as it converts them."""
    if isinstance(value, str):
        out.append(_STRING(value))
    elif value is None or value is True or value is False:
        out.append(_CONSTANTS[value])
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _NotPlain
        out.append(float.__repr__(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return out
        inner = newline + INDENT
        for position, item in enumerate(value):
            out.append("[" + inner if position == 0 else "," + inner)
            _encoded(item, inner, out)
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return out
        inner = newline + INDENT
        separator = "{" + inner
        for key, item in value.items():
            head = separator + (_STRING(key) if type(key) is str else _key(key)) + ": "
            separator = "," + inner
            kind = type(item)
            if kind is str:
                out.append(head + _STRING(item))
            elif item is None:
                out.append(head + "null")
            elif kind is int:
                out.append(head + int.__repr__(item))
            elif kind is float and math.isfinite(item):
                out.append(head + float.__repr__(item))
            else:
                out.append(head)
                _encoded(item, inner, out)
        out.append(newline + "}")
    else:
        raise _NotPlain
    return out


def _key(key: Any) -> str:
    """A dict key as the encoder writes it: a string, or a number or constant as text."""
    if isinstance(key, str):
        return _STRING(key)
    if key is None or key is True or key is False:
        return '"' + _CONSTANTS[key] + '"'
    if isinstance(key, int):
        return '"' + int.__repr__(key) + '"'
    if isinstance(key, float) and math.isfinite(key):
        return '"' + float.__repr__(key) + '"'
    raise _NotPlain
