"""Patterns compiled on first use, so a run pays only for the patterns it matches with.

Compiling a `regex` pattern parses it in Python and costs up to several milliseconds; the
modules define a few hundred, of which a one-file English check uses a part (the Chinese,
table, filing and configuration patterns wait until a document needs them). `lazy(...)`
takes the arguments of `regex.compile` and returns an object that compiles on the first
attribute asked of it and from then on hands out the compiled pattern's own attributes
(`search`, `finditer`, ...), kept on the object so later calls cost what they cost on the
compiled pattern. `.pattern` is the source text without compiling, so patterns built from
other patterns (`rf"(?:{OTHER.pattern})..."`) stay lazy.
"""

from __future__ import annotations

from typing import cast

import regex


class LazyPattern:
    """A `regex` pattern that is compiled when one of its attributes is first asked for."""

    def __init__(self, pattern: str, flags: int = 0, **kwargs: object) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        if "_compiled" not in self.__dict__:
            self._compiled = regex.compile(self.pattern, self._flags, **self._kwargs)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (self.pattern, self._flags, self._kwargs))


def _rebuilt(pattern: str, flags: int, kwargs: dict[str, object]) -> LazyPattern:
    """A pickled LazyPattern, again uncompiled."""
    return LazyPattern(pattern, flags, **kwargs)


def lazy(pattern: str, flags: int = 0, **kwargs: object) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, **kwargs)`, compiled on first use."""
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags, **kwargs))


# A Han character: the test every Chinese pass makes first, so English text skips it.
HAN = lazy(r"\p{Han}")


def casefolded(text: str) -> str:
    """`text` case-folded as an IGNORECASE pattern reads it, to test cheaply whether a text
    holds a word that every match of a pattern contains: the one letter whose folding is
    longer ("İ", which such a pattern reads as an "i") folded to that letter."""
    return text.casefold().replace("i\u0307", "i")
