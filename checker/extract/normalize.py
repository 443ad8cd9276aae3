"""Normalise text before extraction: invisible characters dropped, full-width forms folded to
ASCII, with a map from every normalised offset back to the original text."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from checker.patterns import lazy

# Characters with no width that writers and tools leave inside words and figures:
# zero-width space, non-joiner and joiner, word joiner, invisible operators, soft hyphen,
# byte-order mark, Mongolian vowel separator and the bidirectional controls.
INVISIBLE: str = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# Full-width forms read as their ASCII twins, one character for one ("２８", "＄28", "￡3").
# "￥" is left alone: the lexicons read it as the yuan sign, distinct from "¥".
FULL_WIDTH: dict[str, str] = {
    **{chr(0xFF10 + d): str(d) for d in range(10)},
    "＄": "$",
    "￡": "£",
    "＋": "+",
    "－": "-",
    "％": "%",
}

# Separators folded only between digits ("28，900", "3．2"); elsewhere "，" is the Chinese
# clause comma and stays. "，" groups thousands only before exactly three digits and not
# after an amount that already carries its sign ("$20，300美圆" lists two prices).
DIGIT_SEPARATORS: dict[str, str] = {"，": ",", "．": "."}

_FOLD_TABLE = str.maketrans(FULL_WIDTH)
_NEEDS_WORK = lazy(
    "[" + regex.escape(INVISIBLE + "".join(FULL_WIDTH) + "".join(DIGIT_SEPARATORS)) + "]"
)
_DIGIT_SEPARATOR = lazy(
    r"(?<=[0-9])．(?=[0-9])|(?<![$£€¥￥][0-9]{1,3})(?<=[0-9])，(?=[0-9]{3}(?![0-9]))"
)
_INVISIBLE_RUN = lazy("[" + regex.escape(INVISIBLE) + "]++")


@dataclass(frozen=True)
class NormalizedText:
    """Text as extraction reads it; `origin[i]` is the offset in the original of character i.

    `origin` is None when normalising changed nothing (offsets are the same).
    """

    text: str
    origin: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of the normalised span start..end."""
        if self.origin is None:
            return start, end
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self._end()
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def _end(self) -> int:
        return self.origin[-1] + 1 if self.origin else 0


def normalize(text: str) -> NormalizedText:
    """`text` with invisible characters dropped and full-width digits, signs and digit
    separators folded to ASCII (one for one), keeping where each character came from."""
    if _NEEDS_WORK.search(text) is None:
        return NormalizedText(text)
    folded = text.translate(_FOLD_TABLE)
    folded = _DIGIT_SEPARATOR.sub(lambda m: DIGIT_SEPARATORS[m.group(0)], folded)
    pieces: list[str] = []
    origin: list[int] = []
    kept_from = 0
    for run in _INVISIBLE_RUN.finditer(folded):
        pieces.append(folded[kept_from : run.start()])
        origin.extend(range(kept_from, run.start()))
        kept_from = run.end()
    pieces.append(folded[kept_from:])
    origin.extend(range(kept_from, len(folded)))
    if len(origin) == len(text):
        return NormalizedText("".join(pieces))
    return NormalizedText("".join(pieces), tuple(origin))
