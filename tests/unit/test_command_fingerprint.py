"""The stored command fingerprint: written by processes that may start at the same moment."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from storage.command_sync import remember_fingerprint, synced_fingerprint
from storage.repos import Repositories

KEY = b"f" * 32


def _clock() -> datetime:
    return datetime(2026, 1, 1, tzinfo=UTC)


async def test_processes_remembering_the_fingerprint_together_never_collide(
    database_url: str,
) -> None:
    first = Repositories.open(database_url, KEY, clock=_clock)
    await first.migrate()
    second = Repositories.open(database_url, KEY, clock=_clock)
    try:
        for round_ in range(5):
            await asyncio.gather(
                remember_fingerprint(first.db, f"a{round_}"),
                remember_fingerprint(second.db, f"b{round_}"),
            )
            assert await synced_fingerprint(first.db) in {f"a{round_}", f"b{round_}"}
        await remember_fingerprint(first.db, "last")
        assert await synced_fingerprint(second.db) == "last"
    finally:
        await second.close()
        await first.close()
