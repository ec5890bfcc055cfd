"""Typed custom ids: what a component encodes is exactly what its click decodes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cogs._interactions import Key, chosen_id, submitted_values
from cogs._modals import NewEntryStepReviewPageKey, StepReviewPageKey, page_key


@dataclass(frozen=True)
class PostKey(Key):
    prefix = "demo"
    guild: int
    action: str
    page: int


slugs = st.from_regex(r"[A-Za-z0-9_.-]{1,40}", fullmatch=True)
ids = st.integers(min_value=0, max_value=2**63 - 1)


@given(guild=ids, action=slugs, page=st.integers(min_value=0, max_value=10_000))
def test_a_key_survives_its_custom_id(guild: int, action: str, page: int) -> None:
    key = PostKey(guild, action, page)
    custom_id = key.encode()
    assert custom_id.startswith("sk:demo:") and len(custom_id) <= 100
    assert PostKey.parse(custom_id) == key


def test_the_custom_id_keeps_the_shape_old_messages_carry() -> None:
    assert PostKey(7, "go", 2).encode() == "sk:demo:7:go:2"


@pytest.mark.parametrize(
    "custom_id",
    ["sk:demo:7:go", "sk:demo:7:go:2:extra", "sk:other:7:go:2", "sk:demo:x:go:2", "sk:demo:7::2"],
)
def test_a_foreign_or_malformed_custom_id_is_not_parsed(custom_id: str) -> None:
    assert PostKey.parse(custom_id) is None


@pytest.mark.parametrize("action", ["has space", "colon:inside", "", "x" * 41])
def test_a_value_that_cannot_round_trip_is_refused_when_encoding(action: str) -> None:
    with pytest.raises(ValueError, match="not a valid PostKey"):
        PostKey(1, action, 0).encode()


def test_submitted_values_reads_labels_rows_and_selects() -> None:
    data = {
        "custom_id": "sk:demo:1:go:0",
        "components": [
            {"type": 18, "component": {"type": 4, "custom_id": "text", "value": "typed"}},
            {"type": 1, "components": [{"type": 4, "custom_id": "short", "value": ""}]},
            {"type": 18, "component": {"type": 3, "custom_id": "pick", "values": ["b", "a"]}},
            {"type": 10, "content": "guidance only"},
        ],
    }
    texts, choices = submitted_values(data)
    assert texts == {"text": "typed", "short": ""}
    assert choices == {"pick": ["b", "a"]}


@given(
    entry=st.one_of(st.none(), ids),
    step=ids,
    version=st.integers(min_value=1, max_value=10_000),
    guild=ids,
)
def test_a_page_naming_a_step_carries_it_within_discords_limit(
    entry: int | None, step: int, version: int, guild: int
) -> None:
    """A page that asks how a next step went carries the entry whose step it named, through
    its custom id to the submit, at the longest ids and the longest script name."""
    key = page_key("exception", entry, 0, version, guild, step=step)
    custom_id = key.encode()
    assert len(custom_id) <= 100
    parsed = type(key).parse(custom_id)
    assert parsed == key
    assert isinstance(parsed, NewEntryStepReviewPageKey | StepReviewPageKey)
    submit = parsed.submit({"last_step": "It went well."})
    assert (submit.entry_id, submit.step, submit.version) == (entry, step, version)
    assert submit.guild_id == ((guild or None) if version != 1 else None)


@given(guild=ids, page=st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_every_key_the_bot_can_send_fits(guild: int, page: int) -> None:
    assert PostKey(guild, "go", page).fits()


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**20 - 1])
def test_a_number_no_column_holds_does_not_fit(number: int) -> None:
    key = PostKey.parse(f"sk:demo:{number}:go:0")
    assert key is not None and not key.fits()
    assert PostKey(1, "go", 0).fits() and not PostKey(1, "go", number).fits()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        ("０１２", 12),  # full-width, as a member's own client may send it
        (str(2**63 - 1), 2**63 - 1),
        (str(2**63), None),
        ("9" * 40, None),
        ("-1", None),
        ("", None),
        ("1.5", None),
        (" 1", None),
    ],
)
def test_a_chosen_id_is_one_a_column_holds(value: str, expected: int | None) -> None:
    assert chosen_id(value) == expected
