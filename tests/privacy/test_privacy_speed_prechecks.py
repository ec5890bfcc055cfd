"""The cheap checks that spare a rule its full look answer as the look itself would.

Each check below stands before a slower search (see the module it lives in); it may let a
text through that holds nothing, never turn one away that holds something.
"""

from __future__ import annotations

from bot.privacy import find, redact
from bot.privacy._german_nouns import _ENDING_STEMS, _GERMAN_ENDINGS, is_german
from bot.privacy._lexicon import lexicon
from bot.privacy._name_edges import may_hold_name_edges
from bot.privacy._spelled_out import _TWO_LONE_LETTERS, spelled_out
from bot.privacy._worded_days import _MONTHS, _months_at


def test_every_german_ending_holds_one_of_the_stems_looked_for() -> None:
    assert all(any(stem in ending for stem in _ENDING_STEMS) for ending in _GERMAN_ENDINGS)


def test_german_told_by_endings_alone_is_still_german() -> None:
    assert is_german("Die Freiheit und Gesundheit")
    assert is_german("FREIHEIT, GESUNDHEIT und ÜBUNGEN")  # upper case: lowered first
    assert not is_german("She walked to the market today")


def test_a_spelled_name_holds_two_lone_letters_between_marks() -> None:
    for spelled in ("M A R I A", "J.O.N.A.H", "k e z i a"):
        assert _TWO_LONE_LETTERS.search(f"her name is {spelled} now")
    lex = lexicon()
    assert list(spelled_out("she spelled it M A R I A for me", lex))
    assert not list(spelled_out("a b and I went", lex))


def test_name_edges_are_looked_for_after_a_stop_or_in_greek() -> None:
    assert may_hold_name_edges("prof. Selma came")
    assert may_hold_name_edges("η κυρία Δήμητρα ήρθε")
    assert not may_hold_name_edges("plain words only")


def test_months_come_in_list_order_then_by_place() -> None:
    lowered = "le trois mars et le cinq janvier, puis le dix mars"
    found = _months_at(lowered)
    months = [lowered[s:e] for s, e in found]
    assert months == sorted(months, key=_MONTHS.index)
    assert [s for s, e in found if lowered[s:e] == "mars"] == sorted(
        s for s, e in found if lowered[s:e] == "mars"
    )
    assert _months_at("marsh maio-x") == []  # whole words only, no hyphen after


def test_the_prechecked_rules_still_remove_what_they_find() -> None:
    assert "[date]" in redact("el veinticuatro de septiembre fue su cumpleaños")
    assert any(s.kind == "name" for s in find("She spelled it M A R I A for me."))
