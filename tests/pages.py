"""Saving a sparkle page straight through the entries repository, as the conversation engine
does, for tests that need entries without going through Discord."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.models import EntryHeader
from storage.repos.entries import EntryRepository


async def save_sparkle_page(
    entries: EntryRepository,
    author_id: int,
    answers: Mapping[str, str],
    *,
    entry_id: int | None = None,
    advance_to: int | None = 1,
    **options: Any,
) -> EntryHeader | None:
    """One page of a sparkle written outside any server (a new entry unless `entry_id`)."""
    return await entries.save_page(
        entry_id=entry_id,
        author_id=author_id,
        kind="sparkle",
        guild_id=None,
        answers=answers,
        advance_to=advance_to,
        **options,
    )
