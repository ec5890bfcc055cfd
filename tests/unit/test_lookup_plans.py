"""The lookups made on every meeting or command search an index, never read a whole table
(migration 0026; `bench/lookup_indexes.py` times them): SQLite's own plan of each statement
the repositories run for them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import make_url

from bench.lookup_indexes import statements_run
from bot.models import EntryRecord, EntryStatus
from storage.repos import Repositories

# The tables these lookups read, which grow with the deployment.
GROWING = {
    "hours_log",
    "meeting_sends",
    "rounds",
    "round_stepouts",
    "hours_notices",
    "audit_events",
}


def _scanned(path: str, statements: list[tuple[str, Any]]) -> set[str]:
    """The growing tables a statement reads whole ("SCAN <table>" in SQLite's plan)."""
    scanned: set[str] = set()
    with sqlite3.connect(path) as db:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            for *_, detail in db.execute(f"EXPLAIN QUERY PLAN {sql}", params or ()):
                words = detail.split()
                if words[0] == "SCAN" and words[1] in GROWING:
                    scanned.add(words[1])
    return scanned


@pytest.mark.sqlite_only
async def test_the_lookups_of_each_meeting_and_command_read_no_table_whole(
    database_url: str,
) -> None:
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)
    entry = EntryRecord(
        id=5, author_id=7, guild_id=1, kind="exception", status=EntryStatus.COMPLETE,
        next_page=4, consent_summary=False, created_at=at, updated_at=at,
    )  # fmt: skip
    lookups = {
        "who is prompted after a meeting": repos.meetings.prompted(1),
        "whose prompt a click answers": repos.meetings.once_owner("once-1"),
        "step-outs owed to a presenter": repos.round.untold_of_presenter(7),
        "keep offers owed to a presenter": repos.round.keep_offers_owed(7),
        "rounds ended untold": repos.round.ended_untold(7),
        "closings of /whatworks": repos.practice.with_closing_steps([entry]),
        "the notice of an hours answer": repos.notices.latest(3),
        "a reopening on record": repos.audit.recorded("hours_reopen", 1, ["hours:3"]),
    }
    path = make_url(database_url).database
    assert path is not None
    scans = {}
    for name, lookup in lookups.items():
        with statements_run() as seen:
            await lookup
        assert seen, name
        scans[name] = _scanned(path, seen)
    await repos.close()
    assert scans == {name: set() for name in lookups}
