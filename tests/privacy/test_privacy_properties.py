"""Properties that must hold for any string at all."""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.privacy import find, redact

NOTE_WORDS = st.sampled_from(
    [
        "Maria",
        "said",
        "her",
        "sister",
        "Rosa",
        "Hope",
        "will",
        "May",
        "on",
        "March",
        "3rd",
        "3/14",
        "206-555-0143",
        "(253)",
        "555-0187",
        "is",
        "93",
        "ninety-one",
        "from",
        "Spokane",
        "at",
        "Safeway",
        "Lake",
        "City",
        "Way",
        "the",
        "9th",
        "@rosie_b",
        "a.b@c.com",
        "MRN",
        "00482913",
        "www.x.com",
        "24.16.201.77",
        "Mr.",
        "K.",
        "J.R.",
        "[name]",
        "[date]",
        "'s",
        ",",
        ".",
        "\n",
        "(",
        ")",
        "\u202e",
        "\x00",
        "😀",
        "a",
        "6",
        "to",
        "4",
        "Will",
        "(17)",
    ]
)
NOTE_LIKE = st.lists(NOTE_WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=300), NOTE_LIKE)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
@example("sISTER MAy A LAKE")  # a placeholder that makes its neighbour read as a name
@example("u/throwaway_mom22 ngozi.writes")  # "[handle]" must not cue the user name after it
# lower-case names: the words beside them are read again once they are placeholders
@example("mdm rosnah from pertubuhan sejahtera sent a referral")
@example("diwali party at priya raghunathan's flat in wembley")
@example("A.B. ) An")  # a lone ")" between a placeholder and a capitalised word
@example("A.B. ) ) Aa")  # two lone marks between them
@example("\u061c\u200b\u200b\u200b\u200b\u202a\u202a\u202a1. ")  # a mark before 7 hidden ones
@example("Manila Netherlands her Mele ones,")  # "her" between a placeholder and a name
@example("1MAY to 1rD")  # the far end of a range reads as a date beside a date's placeholder
@example("at the Maison de quartier des Pâquis")  # a particle joins a capital to a placeholder
@example("A.AC,ninety-one)")  # an age in words reads as one beside a name's placeholder
def test_redact_never_raises_and_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_output_growth_is_bounded_by_span_count(text: str) -> None:
    spans = find(text)
    assert len(redact(text)) <= len(text) + 10 * len(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_long_and_odd_inputs() -> None:
    odd = "\x00\u202e😀 Maria " * 700
    assert len(odd) > 4000
    out = redact(odd)
    assert "Maria" not in out
    assert redact(out) == out
    assert redact("") == ""
