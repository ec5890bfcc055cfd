"""Typed text shown inert: no markdown of the writer's applies, lists included."""

from __future__ import annotations

import pytest

from bot.hours.render import as_typed_within
from bot.inert import (
    as_read,
    as_typed,
    bidi_closed,
    bidi_closers,
    entry_number,
    markdown_escaped,
    own_markdown_closed,
    typed_pieces,
)

SHOWN = [
    ("**bold** and <@123> @everyone", r"\*\*bold\*\* and \<@123\> @everyone"),
    ("# heading", r"\# heading"),
    ("- first\n+ second", "\\- first\n\\+ second"),
    ("1. step one\n  12. step twelve", "1\\. step one\n  12\\. step twelve"),
    ("2024. A good year.", "2024\\. A good year."),  # Discord would number it
]
UNCHANGED = ["-5 degrees outside", "3.5 out of 10", "a - b", "in 2024. A good year", "well-being"]


@pytest.mark.parametrize(("typed", "shown"), SHOWN)
def test_markdown_and_list_markers_are_escaped(typed: str, shown: str) -> None:
    assert as_typed(typed) == shown


@pytest.mark.parametrize("typed", UNCHANGED)
def test_text_that_is_no_markdown_is_left_alone(typed: str) -> None:
    assert as_typed(typed) == typed


def test_a_cut_keeps_a_list_marker_escaped() -> None:
    typed = "- " + "word " * 40
    assert len(typed_pieces(typed)) == len(typed)
    cut = as_typed_within(typed, 30)
    assert cut.startswith("\\- word") and len(cut) <= 30


@pytest.mark.parametrize(
    ("typed", "closers"),
    [
        ("plain", ""),
        ("\u202eevil", "\u202c"),
        ("\u202bright \u2066iso", "\u2069\u202c"),
        ("\u2066iso \u202eover", "\u202c\u2069"),
        ("\u202eclosed\u202c", ""),
        ("\u2066\u202eboth closed by the isolate's end\u2069", ""),
        ("\u202c\u2069 closers alone", ""),
        ("\u202eopen on the first line\nnot on the last", ""),
        ("first\n\u2067open on the last", "\u2069"),
        ("\u202eover a line separator\u2028still open", "\u202c"),  # no paragraph's end
        ("\u202eover a paragraph separator\u2029closed", ""),
    ],
)
def test_bidi_controls_left_open_are_closed_at_the_end(typed: str, closers: str) -> None:
    assert bidi_closers(typed) == closers
    assert bidi_closed(typed) == typed + closers
    assert as_typed(typed).endswith(closers)


def test_a_cut_text_keeps_its_closers_within_the_limit() -> None:
    shown = as_typed_within("\u202e" * 50 + "x" * 50, 60)
    assert len(shown) <= 60 and shown.count("\u202c") == shown.count("\u202e")


@pytest.mark.parametrize(
    ("typed", "closed"),
    [
        ("It went *well", "It went \\*well"),
        ("It went _well", "It went \\_well"),
        ("*sigh* and *then", "*sigh* and \\*then"),
        ("*a *b", "\\*a \\*b"),  # the first opens again once the second is escaped
        ("*a *b c*", "\\*a *b c*"),
        ("It *went* _well_ and 5*3", "It *went* _well_ and 5*3"),
        ("5*3, snake_case, my_var", "5*3, snake_case, my_var"),
        ("* a list item\n* another", "* a list item\n* another"),
        ("***bold and italic***", "***bold and italic***"),
        ("`*code` *x", "`*code` \\*x"),
        ("\\*x", "\\*x"),
    ],
)
def test_a_lone_italic_marker_left_open_is_escaped_and_no_other(typed: str, closed: str) -> None:
    assert own_markdown_closed(typed) == closed


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        # discord.py left everything after a masked link, up to the line's last ")", live
        ("[a](b) **bold** (c)", r"\[a](b) \*\*bold\*\* (c)"),
        ("[**b**](u)", r"\[\*\*b\*\*](u)"),
        ("[a](b) [c](d)", r"\[a](b) \[c](d)"),  # the second link was live
        # as discord.py escapes it otherwise: a link's address whole, plain brackets kept
        ("see https://x.example/a_b*c", "see https://x.example/a_b*c"),
        ("[Verify](https://x.example) now", r"\[Verify](https://x.example) now"),
        ("[name] met [date]", "[name] met [date]"),
        ("snake_case ~~x~~ ||s|| `c`", r"snake\_case \~\~x\~\~ \|\|s\|\| \`c\`"),
    ],
)
def test_markdown_escaped_leaves_nothing_live_after_a_masked_link(typed: str, shown: str) -> None:
    assert markdown_escaped(typed) == shown


@pytest.mark.parametrize(
    "typed",
    ["12", "#12", "\uff03\uff11\uff12", "\u00a012\u00a0", "\ufeff#12\u2060", "No. 12", "no 12",
     "Nr.12", "\u211612", "entry 12", "Entry #12", "#12.", "12.", "# 12", "\u0661\u0662"],
)  # fmt: skip
def test_an_entry_number_reads_as_she_types_it(typed: str) -> None:
    assert entry_number(typed) == 12


@pytest.mark.parametrize(
    "typed",
    ["", " ", "#", "entry", "No.", "12th", "1.5", "#-12", "12 13", "1\u0301", "\u00b2",
     "9" * 19, "<@12>", "**12**", "entries 12", "note 12"],
)  # fmt: skip
def test_what_names_no_single_entry_number_is_none(typed: str) -> None:
    assert entry_number(typed) is None


@pytest.mark.parametrize("space", ["\u00a0", "\u3000", "\u202f", "\u2007", "\t", "  "])
def test_any_run_of_spaces_reads_as_one_plain_space(space: str) -> None:
    assert as_read(f"{space}\u200blast{space}week\ufeff{space}") == "last week"
    assert as_read(f"\uff4c\uff41\uff53\uff54{space}\uff57\uff45\uff45\uff4b") == "last week"
