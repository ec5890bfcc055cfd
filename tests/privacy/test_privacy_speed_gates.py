"""Gates that spare a pattern its look, and answers kept for a text asked about again: each
answers as the full look would.

The number-word ages look with each pattern only where a word it needs stands; Vietnamese
dates only where a word opening one stands; ``is_german`` keeps its last answers; the
stretches around new placeholders are read once for two questions (``_nothing_nearby`` and
``_decided_nearby``).
"""

from __future__ import annotations

import re

import pytest

from bot import privacy
from bot.privacy import redact
from bot.privacy._german_nouns import _GERMAN_KEPT, _is_german, is_german
from bot.privacy._script_dates import _VIETNAMESE, script_dates
from bot.privacy._worded_old_ages import (
    _AGO_AFTER,
    _AGO_BEFORE,
    _BARE,
    _BRACKETED,
    _TURNED_HUNDRED,
    _WITH_YEARS,
    may_hold,
    worded_old_ages,
)


def _every_pattern(text: str) -> list[tuple[int, int, str]]:
    """``worded_old_ages`` as it was: every pattern wherever any stem stands."""
    if not may_hold(text.lower()):
        return []
    out: list[tuple[int, int, str]] = []
    for pattern in (_WITH_YEARS, _BARE, _TURNED_HUNDRED, _BRACKETED):
        for m in pattern.finditer(text):
            start, end = m.span("age")
            if _AGO_BEFORE.search(text, max(0, start - 8), start) or _AGO_AFTER.match(
                text, m.end()
            ):
                continue
            out.append((start, end, "age"))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "In December she turned cien, and the family came.",  # a hundred after "december"
        "Since December Oma wurde neunzig.",
        "her nani is baanave saal old since december",  # a stem outside the hints
        "Grand-mère a quatre vingt-dix ans depuis décembre",  # "quatre vingt-" with a space
        "Dede doksan iki yaşında, science fair in december",
        "(noventa y nueve!) she said in December",
        "nıttı år in december",  # a dotless i: case-blind matching differs from lower()
        "December was hard; the science class went well.",  # a stem, no number
        "plain words only",
    ],
)
def test_each_age_pattern_finds_what_every_pattern_found(text: str) -> None:
    assert list(worded_old_ages(text, text.lower())) == _every_pattern(text)


def test_a_number_word_age_is_still_removed() -> None:
    assert "[age]" in redact("In December her grandmother turned cien, and we celebrated.")
    assert "December" in redact("In December the science fair went well.")


@pytest.mark.parametrize(
    "text",
    [
        "Bà sinh ngày 5 tháng 3 năm 1931",
        "NGÀY 14/2 là sinh nhật",
        "mùng 3 tháng 5 we met",
        "Mong 7-8 the thing",
        "nothing with that thing here",
        "the longest night in the month",
    ],
)
def test_vietnamese_dates_are_found_as_the_pattern_finds_them(text: str) -> None:
    expected = [(m.start(), m.end(), "date") for m in _VIETNAMESE.finditer(text)]
    found = [c for c in script_dates(text) if c in expected]
    assert found == expected


def test_a_vietnamese_date_is_still_removed() -> None:
    assert "[date]" in redact("Bà sinh ngày 5 tháng 3 năm 1931.")


def test_german_answers_kept_are_the_answers() -> None:
    texts = [f"Die Freiheit und Gesundheit {i}" for i in range(_GERMAN_KEPT + 3)]
    texts += [f"She walked to the market {i}" for i in range(_GERMAN_KEPT + 3)]
    for _ in range(2):  # asked again: some kept, some asked afresh
        for text in texts:
            assert is_german(text) == _is_german(text)
    assert is_german("Die Freiheit und Gesundheit 1")
    assert not is_german("She walked to the market 1")


def _read_afresh(
    text: str, holes: list[tuple[int, int]], decided: list[tuple[int, int]], *, shapes: bool
) -> list[tuple[int, int]]:
    """``_decided_nearby`` with nothing kept from ``_nothing_nearby``: its stretches read."""
    privacy._nearby_read.set(None)
    return privacy._decided_nearby(text, holes, decided, shapes=shapes)


@pytest.mark.parametrize("shapes", [False, True])
def test_decided_nearby_is_the_same_with_the_stretches_kept(shapes: bool) -> None:
    text = "plain words " * 30 + "and then [name] said the plan works, " + "we walked home " * 30
    text += "then el niño de [name] se fue, y ella dijo que sí. " + "plain words " * 30
    holes = [(m.start(), m.end()) for m in re.finditer(r"\[name\]", text)]
    far = [(0, 5), (len(text) - 4, len(text))]
    decided = [far[0], (holes[0][0] - 9, holes[0][0] - 5), far[1]]  # "then", near a hole
    expected = _read_afresh(text, holes, decided, shapes=shapes)
    assert privacy._nothing_nearby(text, holes, shapes=shapes)
    assert privacy._decided_nearby(text, holes, decided, shapes=shapes) == expected
    assert far[0] in expected and far[1] in expected


def test_decided_nearby_reads_afresh_for_another_text() -> None:
    text = "plain words " * 30 + "and then [name] said the plan works, " + "we walked home " * 30
    holes = [(m.start(), m.end()) for m in re.finditer(r"\[name\]", text)]
    assert privacy._nothing_nearby(text, holes, shapes=False)
    other = text.replace("then", "than")  # another text: what was kept is not its reading
    other_holes = list(holes)
    decided = [(holes[0][0] - 9, holes[0][0] - 5)]
    expected = _read_afresh(other, other_holes, decided, shapes=False)
    assert privacy._nothing_nearby(text, holes, shapes=False)
    assert privacy._decided_nearby(other, other_holes, decided, shapes=False) == expected


def test_nothing_nearby_still_finds_beside_a_placeholder() -> None:
    text = "My client Maria came in and [name] said it was fine. " + "plain words " * 40
    holes = [(m.start(), m.end()) for m in re.finditer(r"\[name\]", text)]
    assert not privacy._nothing_nearby(text, holes, shapes=True)
    assert "[name]" in redact(text) and "Maria" not in redact(text)
