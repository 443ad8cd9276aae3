"""JSON written piece by piece: the bytes of `json.dumps(value, indent=2)`, long arrays streamed."""

from __future__ import annotations

import json
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
    """A value in one piece, indented for its depth (JSON strings hold no raw newline)."""
    return encoder.encode(value).replace("\n", "\n" + INDENT * level)
