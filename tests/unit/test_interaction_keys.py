"""Typed custom ids: what a component encodes is exactly what its click decodes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cogs._interactions import Key, submitted_values


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
