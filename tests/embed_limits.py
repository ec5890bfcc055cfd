"""The limits Discord checks on one embed, for embeds and for embed-shaped data alike."""

from __future__ import annotations

from collections.abc import Sequence

from bot.limits import (
    EMBED_DESCRIPTION_MAX,
    EMBED_TITLE_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FIELDS_MAX,
)


def assert_within_embed_limits(
    title: str, description: str, fields: Sequence[tuple[str, str]], footer: str = ""
) -> None:
    """Each part, the number of fields and the embed's total length are within Discord's limits."""
    assert len(title) <= EMBED_TITLE_MAX
    assert len(description) <= EMBED_DESCRIPTION_MAX
    assert len(fields) <= FIELDS_MAX
    assert all(len(n) <= FIELD_NAME_MAX and len(v) <= FIELD_VALUE_MAX for n, v in fields)
    total = len(title) + len(description) + len(footer)
    assert total + sum(len(n) + len(v) for n, v in fields) <= EMBED_TOTAL_MAX
