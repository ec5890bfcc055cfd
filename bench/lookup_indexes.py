"""The lookups migration 0026 indexes, timed on SQLite before and after it.

Builds a SQLite database migrated to 0025 and fills it like a large deployment (by default
200 servers of 25 members: 100,000 hours entries, 40,000 reflections, 10,000 rounds, 20,000
meeting prompts kept, 20,000 hours notices, 50,000 audit events), then times each lookup
through its repository over `--runs` calls, in milliseconds. Then it applies 0026
and times them again on the same data. The fastest of the calls is shown: on a shared machine
it is the steadiest measure of the work itself (a median moves with the other processes).
Each row shows how SQLite reads the tables
(`EXPLAIN QUERY PLAN` of the statements the call ran: "scan <table>" reads all of it, an
index name is a search).

    python bench/lookup_indexes.py [--servers 200] [--members 25] [--runs 50]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import event, insert
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.migrate import alembic_config
from storage.repos import Repositories
from storage.tables import (
    AgreementAcceptance,
    AuditEvent,
    Entry,
    HoursLog,
    HoursNotice,
    MeetingSend,
    Post,
    Round,
    RoundStepOut,
)

NOW = datetime(2026, 6, 1, tzinfo=UTC)
HOURS_PER_MEMBER = 20
ENTRIES_PER_MEMBER = 8
MEETINGS_KEPT = 4  # a month of weekly prompts
AUDIT_EVENTS = 50_000
CHUNK = 5_000


def _rows(servers: int, members: int) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """The tables' rows, as a large deployment holds them (seeded: the same every run)."""
    rng = random.Random(63)
    people = [(g, g * 1000 + m) for g in range(1, servers + 1) for m in range(members)]
    yield (
        AgreementAcceptance,
        [{"guild_id": g, "user_id": u, "version": "v1", "accepted_at": NOW} for g, u in people],
    )
    hours = []
    for g, u in people:
        for n in range(HOURS_PER_MEMBER):
            attest = g if n % 10 == 0 else None
            hours.append(
                {
                    "author_id": u,
                    "guild_id": g if n % 3 else None,
                    "day": date(2026, 1, 1) + timedelta(days=n * 7),
                    "minutes": 60,
                    "own_minutes": 0,
                    "format": "video",
                    "kind": "peer_group",
                    "part": "took_part",
                    "texts": b"sealed",
                    "state": "attested" if attest else "none",
                    "attest_guild_id": attest,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
    yield HoursLog, hours
    entries, posts, rounds, stepouts = [], [], [], []
    for g, u in people:
        for n in range(ENTRIES_PER_MEMBER):
            entry_id = len(entries) + 1
            at = NOW - timedelta(days=n * 9)
            entries.append(
                {
                    "id": entry_id,
                    "author_id": u,
                    "guild_id": g,
                    "kind": "sparkle",
                    "status": "complete",
                    "next_page": 3,
                    "consent_summary": False,
                    "created_at": at,
                    "updated_at": at,
                    "completed_at": at,
                }
            )
            if n % 4:
                continue
            post_id = len(posts) + 1
            posts.append(
                {
                    "id": post_id,
                    "kind": "share",
                    "slot": f"share:{post_id}",
                    "ref": "abcd1234",
                    "state": "posted",
                    "entry_id": entry_id,
                    "guild_id": g,
                    "anonymous": True,
                    "attempts": 0,
                    "created_at": at,
                    "updated_at": at,
                }
            )
            rounds.append(
                {
                    "post_id": post_id,
                    "entry_id": entry_id,
                    "guild_id": g,
                    "phase": "closed",
                    "phase_since": at,
                    "created_at": at,
                    "keep_offer_owed": post_id % 97 == 0,
                    "ended_untold": False,
                }
            )
            stepouts += [
                {"post_id": post_id, "member_key": rng.randbytes(32), "told": True}
                for _ in range(2)
            ]
    yield Entry, entries
    yield Post, posts
    yield Round, rounds
    yield RoundStepOut, stepouts
    yield (
        MeetingSend,
        [
            {
                "guild_id": g,
                "ended_at": NOW - timedelta(days=7 * w),
                "user_id": u,
                "once": f"{u:08d}{w:08d}",
                "state": "sent",
                "attempts": 0,
                "created_at": NOW,
            }
            for g, u in people
            for w in range(MEETINGS_KEPT)
        ],
    )
    yield (
        HoursNotice,
        [
            {
                "hours_id": n + 1,
                "user_id": people[n % len(people)][1],
                "guild_id": 1,
                "answer": "attested",
                "state": "sent",
                "attempts": 0,
                "created_at": NOW,
            }
            for n in range(0, len(hours), 5)
        ],
    )
    kinds = ("export", "summary", "hours_attest", "hours_reopen", "script")
    yield (
        AuditEvent,
        [
            {
                "kind": rng.choice(kinds),
                "actor_id": rng.choice(people)[1],
                "guild_id": rng.randint(1, servers),
                "subject": f"hours:{rng.randint(1, len(hours))}",
                "created_at": NOW,
                "actor_erased": False,
            }
            for _ in range(AUDIT_EVENTS)
        ],
    )


def _lookups(
    repos: Repositories, servers: int, members: int
) -> dict[str, Callable[[], Awaitable[Any]]]:
    """Each lookup, as the bot makes it, for rows in the middle of their tables (a scan that
    stops at the first match reads half of one, on average)."""
    guild = servers // 2
    member = guild * 1000 + members // 2
    hours_id = servers * members * HOURS_PER_MEMBER // 2 + 1
    return {
        "meeting prompts: who is prompted": lambda: repos.meetings.prompted(guild),
        "prompt button: whose prompt": lambda: repos.meetings.once_owner(f"{member:08d}{2:08d}"),
        "after a command: step-outs owed": lambda: repos.round.untold_of_presenter(member),
        "after a command: keep offers owed": lambda: repos.round.keep_offers_owed(member),
        "after a command: rounds ended untold": lambda: repos.round.ended_untold(member),
        "/whatworks: entries and closings": lambda: repos.practice.complete_entries(member, None),
        "hours answer: its notice": lambda: repos.notices.latest(hours_id),
        "hours reopen: on record": lambda: repos.audit.recorded(
            "hours_reopen", guild, [f"hours:{hours_id}"]
        ),
    }


@contextmanager
def statements_run() -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements run (with their parameters) while the block runs."""
    seen: list[tuple[str, Any]] = []

    def record(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def _plan(path: Path, statements: list[tuple[str, Any]]) -> str:
    """How SQLite reads the tables for these statements: "scan <table>" or the index used."""
    reads: list[str] = []
    with sqlite3.connect(path) as db:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            for *_, detail in db.execute(f"EXPLAIN QUERY PLAN {sql}", params or ()):
                words = detail.split()
                if words[0] == "SCAN" and words[1] not in {"CONSTANT", "(subquery-1)"}:
                    reads.append(f"scan {words[1]}")
                elif "INDEX" in words and words[0] == "SEARCH":
                    index = words[words.index("INDEX") + 1]
                    if index.startswith("sqlite_autoindex_"):  # a primary or unique key
                        index = f"{words[1]} key"
                    reads.append(index)
    return ", ".join(dict.fromkeys(reads)) or "primary key"


async def _time(call: Callable[[], Awaitable[Any]], runs: int) -> float:
    await call()  # warm: caches and prepared statements
    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        spent.append(time.perf_counter() - start)
    return min(spent) * 1000


async def _measure(
    repos: Repositories, path: Path, args: argparse.Namespace
) -> dict[str, tuple[str, float]]:
    measured = {}
    for name, call in _lookups(repos, args.servers, args.members).items():
        with statements_run() as seen:
            await call()
        measured[name] = (_plan(path, seen), await _time(call, args.runs))
    return measured


async def _migrate_to(repos: Repositories, revision: str) -> None:
    def run(conn: Any) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)

    async with repos.db.write() as conn:
        await conn.run_sync(run)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=200)
    parser.add_argument("--members", type=int, default=25)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lookups.db"
        repos = Repositories.open(f"sqlite+aiosqlite:///{path}", b"k" * 32, clock=lambda: NOW)
        await _migrate_to(repos, "0025")
        for table, rows in _rows(args.servers, args.members):
            async with repos.db.write() as conn:
                for start in range(0, len(rows), CHUNK):
                    await conn.execute(insert(table), rows[start : start + CHUNK])
        before = await _measure(repos, path, args)
        await _migrate_to(repos, "0026")
        after = await _measure(repos, path, args)
        await repos.close()
    members = args.servers * args.members
    print(
        f"SQLite, {args.servers} servers x {args.members} members ({members} members); "
        f"fastest of {args.runs} calls"
    )
    print(f"{'lookup':<38}{'ms 0025':>9}{'ms 0026':>9}  plan 0025 -> plan 0026")
    for name, (plan, ms) in before.items():
        new_plan, new_ms = after[name]
        print(f"{name:<38}{ms:>9.2f}{new_ms:>9.2f}  {plan} -> {new_plan}")


if __name__ == "__main__":
    asyncio.run(main())
