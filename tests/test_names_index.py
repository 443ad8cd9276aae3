"""Names read in linear time give what the backtracking patterns and a fresh scan gave."""

from __future__ import annotations

import pytest
import regex

from checker.link.names import (
    NAME_RUN,
    NOT_MID_NAME,
    PERSON_APPOSITION,
    TRANSACTION_VERB,
    DocumentNames,
    _names_then,
    _persons,
)
from checker.link.text import NAME

TEXT = (
    "Kestrel Ventures and Orbis Capital backed the robot maker. Orbis Capital paid $40 million "
    "for a stake in Lumen Robotics, its chief executive Dana Whitfield said.\n\n"
    "Lumen Robotics, which Kestrel Ventures helped found, is based in Leeds."
)


def test_the_longest_run_of_capitalised_words_the_verb_follows_is_the_investor() -> None:
    spans = [TEXT[start:end] for start, end, _ in _names_then(TEXT, TRANSACTION_VERB)]

    assert spans == ["Orbis Capital"]
    assert DocumentNames.of(TEXT).investors == {"Orbis Capital"}


def test_a_shorter_run_is_tried_when_the_longest_is_not_followed_by_the_verb() -> None:
    text = "Acme Holdings, Beta paid $5 million."

    spans = [text[start:end] for start, end, _ in _names_then(text, TRANSACTION_VERB)]

    assert spans == ["Acme"]


def test_a_person_after_a_title_and_before_an_apposition() -> None:
    text = "Chief executive Dana Whitfield spoke. Omar Reyes, its founder, agreed."

    assert list(_persons(text)) == ["Dana Whitfield", "Omar Reyes"]


def test_a_title_wins_where_both_ways_of_naming_a_person_start() -> None:
    text = "Mr Omar Reyes, who runs Acme, agreed."

    assert list(_persons(text)) == ["Omar Reyes"]


@pytest.mark.parametrize("start", [0, 1, 8, 9, 60, 103, 104, 170])
@pytest.mark.parametrize("cut", [0, 1, 5, 30])
def test_names_of_a_span_from_the_index_are_those_a_scan_finds(start: int, cut: int) -> None:
    names = DocumentNames.of(TEXT)
    end = max(start, len(TEXT) - cut)

    assert names.index is not None
    assert names.in_span(TEXT, start, end) == names.scan(TEXT, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Okafor, who founded Veltro Labs, met Tom Reyes, its chief engineer. Veltro Labs "
        "grew, and Mina Sol, the boss of Arbent, said so.",
        "No apposition here: Corvane Group and Pellis Holdings reported results.",
        "Ada Lind, Bo Chen, who, and Cy Park, their president, spoke, Dee, who left.",
        "",
        "Tarrow Capital Partners invested $5m. Ostra's board agreed to buy Quell Inc, and "
        "Nimbus Ventures Fund quietly put in more; Halver Group Holdings, Brinet paid $2m.",
        "Acme Acme Acme Acme bought Zed. Loma took control of Pell's unit; Ruvo's owners "
        "committed funds to Sarn Ltd.",
    ],
)
@pytest.mark.parametrize("tail", [TRANSACTION_VERB, PERSON_APPOSITION])
def test_a_rare_tail_searched_ahead_gives_the_names_tried_after_every_run(text, tail) -> None:
    for at in range(0, len(text) + 1, 7):
        assert list(_names_then(text, tail, at, rare_tail=True)) == list(
            _names_then(text, tail, at)
        )
    if tail is PERSON_APPOSITION and "who" in text:
        assert list(_names_then(text, tail))


@pytest.mark.parametrize("start", [0, 1, 8, 9, 60, 103, 104, 170])
@pytest.mark.parametrize("cut", [0, 1, 5, 30])
def test_phrases_of_a_span_from_the_index_are_those_a_scan_finds(start: int, cut: int) -> None:
    """Spans too, as a clause's subject is read from them."""
    names = DocumentNames.of(TEXT)
    end = max(start, len(TEXT) - cut)

    found = list(names.named_phrases(TEXT, start, end))
    assert found == list(names.phrases(TEXT, start, end))
    assert [name for _, _, name in found] == names.scan(TEXT, start, end)


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "shares of zeppoTech and qrAI rose; 23andUs and 4096abcdeX fell, as did abcdefgHIJ.",
        "L'Ombrelle and D'Arvo Holdings met U.S. Quarry Inc. Holdings in\nNorth Fenwick.",
        "Acme Acme Acme-Co AT&T paid 12xB and 1234abQ, eVolt's unit, \u00e9clairLux.",
    ],
)
def test_a_run_is_searched_for_only_where_a_name_can_start_and_found_the_same(text) -> None:
    without = regex.compile(NOT_MID_NAME + NAME)

    for at in range(len(text) + 1):
        found, expected = NAME_RUN.search(text, at), without.search(text, at)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "shares of zeppoTech and qrAI rose; 23andUs and 4096abcdeX fell, as did abcdefgHIJ.",
        "L'Ombrelle and D'Arvo Holdings met U.S. Quarry Inc. Holdings in\nNorth Fenwick & Co.",
        "J.P. Brandt & Sons, A.B.C. Lumen, I, X-ray Corp, e.Volt and K9 Labs\r\nNext Line.",
    ],
)
def test_a_phrase_is_searched_for_only_where_a_name_can_start_and_found_the_same(text) -> None:
    from checker.link.names import PROPER_NOUN
    from checker.link.text import NAME_CAN_START

    without = regex.compile(PROPER_NOUN.pattern.replace(NAME_CAN_START, "", 1))

    assert without.pattern != PROPER_NOUN.pattern
    for at in range(len(text) + 1):
        found, expected = PROPER_NOUN.search(text, at), without.search(text, at)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "Ostra's board agreed to buy Quell Inc; Nimbus Ventures Fund quietly put in more.",
        "Tarrow investors weigh results; Pellan agreed to pay $5m for a stake in Corvo.",
        "Halver Group's owners, as investors, were reputedly outputting less.",
        "Brinet\u2019s chief committed $2m and Loma took control.",
    ],
)
def test_a_text_without_a_transaction_verb_alone_has_no_name_before_one(text: str) -> None:
    from checker.link.names import TRANSACTION_VERB_ALONE

    if TRANSACTION_VERB_ALONE.search(text) is None:
        assert TRANSACTION_VERB.search(text) is None
    else:
        assert TRANSACTION_VERB_ALONE.search(text).start() <= TRANSACTION_VERB.search(text).end()
