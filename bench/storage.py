"""Committed pages per second through Sparkle's storage layer, next to bare sqlite3.

One page is what a member submits at once: the entry row (inserted for an entry's first page,
updated for the pages after it) plus five answers of about 300 characters, in one
transaction. Each backend runs the same pages with 1, 50 and 200 concurrent tasks, five times
per count; the table shows the median rate, commit latency over all five runs, the
"database is locked" errors, and the rate relative to bare sqlite3 at the same task count:

* ``sqlite3 (bare)``: the stdlib driver, one connection shared by N threads behind a lock,
  WAL and synchronous=FULL, ``BEGIN IMMEDIATE`` and one commit per page, random 300-byte blobs
  as answers. The ceiling for one SQLite writer.
* ``sparkle sqlite`` / ``sparkle postgres``: ``Repositories.entries.save_page`` with N asyncio
  tasks, encryption and all.
* ``sqlalchemy orm``: plain async ORM (``session.add`` + ``commit`` per page) over the default
  aiosqlite pool with the same pragmas but default (deferred) transactions, as a reference.

PostgreSQL runs when ``--pg-url`` or ``SPARKLE_BENCH_PG_URL`` names a server (for instance the
one ``.ci/postgres.sh`` starts); the bench creates and drops a database of its own there.

    python bench/storage.py [--pg-url URL] [--pages N] [--runs N] [--tasks 1,50,200]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is called storage.py: keep its folder off the path so `storage` is the package.
_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
if str(_BENCH.parent) not in sys.path:
    sys.path.append(str(_BENCH.parent))

import argparse  # noqa: E402
import asyncio  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import string  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Awaitable, Callable, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from typing import Any  # noqa: E402

from sqlalchemy import event, make_url, text  # noqa: E402
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine  # noqa: E402

from storage.repos import Repositories  # noqa: E402
from storage.tables import Answer, Entry  # noqa: E402

ANSWERS_PER_PAGE = 5
PAGES_PER_ENTRY = 4
ANSWER_CHARS = 300
TARGET_RATIO = 0.30


def now() -> datetime:
    return datetime.now(UTC)


def is_locked(exc: BaseException) -> bool:
    return "database is locked" in str(exc)


@dataclass
class Run:
    """One timed run: committed pages, wall time, per-page latencies, failures."""

    pages: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    locked: int = 0
    other: int = 0

    def record(self, started: float, error: BaseException | None) -> None:
        if error is None:
            self.pages += 1
            self.latencies.append(time.perf_counter() - started)
        elif is_locked(error):
            self.locked += 1
        else:
            self.other += 1
            if self.other == 1:
                print(f"  unexpected error: {error!r}", file=sys.stderr)


@dataclass
class Row:
    backend: str
    tasks: int
    runs: list[Run]

    @property
    def rate(self) -> float:
        return statistics.median(r.pages / r.seconds for r in self.runs)

    def latency_ms(self, q: float) -> float:
        lat = sorted(x for r in self.runs for x in r.latencies)
        return 1000 * lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")

    @property
    def locked(self) -> int:
        return sum(r.locked for r in self.runs)

    @property
    def other(self) -> int:
        return sum(r.other for r in self.runs)


class Pages:
    """Hands out page slots to workers: the next page number of the worker's current entry."""

    def __init__(self, total: int) -> None:
        self.left = total
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


def texts(rng: random.Random, n: int = 64) -> list[str]:
    alphabet = string.ascii_letters + "      .,"
    return ["".join(rng.choices(alphabet, k=ANSWER_CHARS)) for _ in range(n)]


def page_answers(pool: list[str], page: int, rng: random.Random) -> dict[str, str]:
    return {f"p{page}q{j}": rng.choice(pool) for j in range(ANSWERS_PER_PAGE)}


# -- Sparkle ---------------------------------------------------------------------------------


SavePage = Callable[[int, int | None, int], Awaitable[int]]


async def async_run(tasks: int, pages: int, save: SavePage) -> Run:
    """`tasks` concurrent writers share `pages` page saves; writer n calls ``save(n, entry_id,
    page)`` (entry_id None: a new entry), which returns the entry's id."""
    run = Run()
    slots = Pages(pages)

    async def worker(n: int) -> None:
        entry_id: int | None = None
        page = 0
        while slots.take():
            started = time.perf_counter()
            try:
                saved_id = await save(n, entry_id, page)
            except Exception as exc:
                run.record(started, exc)
                continue
            run.record(started, None)
            entry_id, page = saved_id, page + 1
            if page == PAGES_PER_ENTRY:
                entry_id, page = None, 0

    started = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(tasks)))
    run.seconds = time.perf_counter() - started
    return run


async def sparkle_run(repos: Repositories, tasks: int, pages: int, seed: int) -> Run:
    pool = texts(random.Random(seed))
    rngs: dict[int, random.Random] = {}

    async def save(n: int, entry_id: int | None, page: int) -> int:
        rng = rngs.setdefault(n, random.Random(seed * 1000 + n))
        header = await repos.entries.save_page(
            entry_id=entry_id,
            author_id=1000 + n,
            kind="reflection",
            guild_id=42,
            answers=page_answers(pool, page, rng),
            advance_to=page + 1,
            complete=page == PAGES_PER_ENTRY - 1,
        )
        assert header is not None
        return header.id

    return await async_run(tasks, pages, save)


# -- bare sqlite3 ----------------------------------------------------------------------------


def bare_run(path: Path, tasks: int, pages: int, seed: int) -> Run:
    run = Run()
    slots = Pages(pages)
    record = threading.Lock()
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    write = threading.Lock()

    def save(entry_id: int | None, author: int, page: int) -> int:
        stamp = now().isoformat(sep=" ")
        with write:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if entry_id is None:
                    entry_id = conn.execute(
                        "INSERT INTO entries (author_id, guild_id, kind, status, next_page,"
                        " consent_summary, created_at, updated_at) VALUES (?, 42, 'reflection',"
                        " 'draft', ?, 0, ?, ?)",
                        (author, page + 1, stamp, stamp),
                    ).lastrowid
                else:
                    conn.execute(
                        "UPDATE entries SET next_page = ?, updated_at = ? WHERE id = ?",
                        (page + 1, stamp, entry_id),
                    )
                conn.executemany(
                    "INSERT OR REPLACE INTO answers (entry_id, question_id, ciphertext)"
                    " VALUES (?, ?, ?)",
                    [
                        (entry_id, f"p{page}q{j}", os.urandom(ANSWER_CHARS))
                        for j in range(ANSWERS_PER_PAGE)
                    ],
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        assert entry_id is not None
        return entry_id

    def worker(n: int) -> None:
        entry_id: int | None = None
        page = 0
        while slots.take():
            started = time.perf_counter()
            try:
                entry_id = save(entry_id, 1000 + n, page)
            except sqlite3.Error as exc:
                with record:
                    run.record(started, exc)
                continue
            with record:
                run.record(started, None)
            page += 1
            if page == PAGES_PER_ENTRY:
                entry_id, page = None, 0

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(tasks)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.seconds = time.perf_counter() - started
    conn.close()
    return run


# -- plain SQLAlchemy ORM --------------------------------------------------------------------


async def orm_run(sessions: async_sessionmaker[Any], tasks: int, pages: int, seed: int) -> Run:
    async def save(n: int, entry_id: int | None, page: int) -> int:
        stamp = now()
        async with sessions() as session:
            if entry_id is None:
                entry = Entry(
                    author_id=1000 + n,
                    guild_id=42,
                    kind="reflection",
                    status="draft",
                    next_page=page + 1,
                    consent_summary=False,
                    created_at=stamp,
                    updated_at=stamp,
                )
                session.add(entry)
                await session.flush()
            else:
                entry = await session.get_one(Entry, entry_id)
                entry.next_page = page + 1
                entry.updated_at = stamp
            session.add_all(
                Answer(
                    entry_id=entry.id,
                    question_id=f"p{page}q{j}",
                    ciphertext=os.urandom(ANSWER_CHARS),
                )
                for j in range(ANSWERS_PER_PAGE)
            )
            await session.commit()
            return entry.id

    return await async_run(tasks, pages, save)


def orm_engine(url: str) -> Any:
    engine = create_async_engine(url)

    @event.listens_for(engine.sync_engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return engine


# -- driver ----------------------------------------------------------------------------------

Runner = Callable[[int, int, int], Awaitable[Run]]


async def open_sparkle(url: str) -> Repositories:
    repos = Repositories.open(url, os.urandom(32), clock=now)
    await repos.migrate()
    return repos


async def measure(
    backends: Sequence[tuple[str, Runner]], tasks: int, pages: int, runs: int, rows: list[Row]
) -> None:
    """Warm each backend up, then alternate between them run by run (the machine drifts)."""
    for _, runner in backends:
        await runner(tasks, min(pages, max(tasks, 50)), 0)
    results: dict[str, list[Run]] = {name: [] for name, _ in backends}
    for seed in range(1, runs + 1):
        for name, runner in backends:
            results[name].append(await runner(tasks, pages, seed))
    for name, _ in backends:
        row = Row(name, tasks, results[name])
        rows.append(row)
        print(f"  {name:<17} {tasks:>3} tasks: {row.rate:8.0f} pages/s", file=sys.stderr)


async def sqlite_level(tmp: Path, tasks: int, pages: int, runs: int, rows: list[Row]) -> None:
    level = tmp / f"t{tasks}"
    level.mkdir()
    bare_file, sparkle_url, orm_url = (
        level / "bare.db",
        f"sqlite+aiosqlite:///{level / 'sparkle.db'}",
        f"sqlite+aiosqlite:///{level / 'orm.db'}",
    )
    for url in (f"sqlite+aiosqlite:///{bare_file}", orm_url):
        await (await open_sparkle(url)).close()  # the same schema for all three
    repos = await open_sparkle(sparkle_url)
    engine = orm_engine(orm_url)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def bare(t: int, p: int, s: int) -> Run:
        return await asyncio.to_thread(bare_run, bare_file, t, p, s)

    async def sparkle(t: int, p: int, s: int) -> Run:
        return await sparkle_run(repos, t, p, s)

    async def orm(t: int, p: int, s: int) -> Run:
        return await orm_run(sessions, t, p, s)

    try:
        backends = [("sqlite3 (bare)", bare), ("sparkle sqlite", sparkle), ("sqlalchemy orm", orm)]
        await measure(backends, tasks, pages, runs, rows)
    finally:
        await repos.close()
        await engine.dispose()


async def postgres_levels(
    url: str, levels: list[int], pages: int, runs: int, rows: list[Row]
) -> None:
    name = f"sparkle_bench_{os.getpid()}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        bench_url = make_url(url).set(database=name).render_as_string(hide_password=False)
        repos = await open_sparkle(bench_url)

        async def sparkle(t: int, p: int, s: int) -> Run:
            return await sparkle_run(repos, t, p, s)

        try:
            for tasks in levels:
                async with repos.db.write() as conn:
                    await conn.execute(text("TRUNCATE answers, entries RESTART IDENTITY CASCADE"))
                await measure([("sparkle postgres", sparkle)], tasks, pages, runs, rows)
        finally:
            await repos.close()
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def table(rows: list[Row], pg_skipped: bool) -> str:
    bare = {r.tasks: r.rate for r in rows if r.backend == "sqlite3 (bare)"}
    lines = [
        f"{'backend':<18}{'tasks':>6}{'pages/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'locked':>8}{'other':>7}{'vs sqlite3':>12}"
    ]
    for r in sorted(rows, key=lambda r: (ORDER.index(r.backend), r.tasks)):
        lines.append(
            f"{r.backend:<18}{r.tasks:>6}{r.rate:>10.0f}{r.latency_ms(0.5):>9.2f}"
            f"{r.latency_ms(0.99):>9.2f}{r.locked:>8}{r.other:>7}"
            f"{r.rate / bare[r.tasks]:>12.0%}"
        )
    if pg_skipped:
        lines.append(f"{'sparkle postgres':<18}  skipped (no --pg-url or SPARKLE_BENCH_PG_URL)")
    return "\n".join(lines)


ORDER = ["sqlite3 (bare)", "sparkle sqlite", "sqlalchemy orm", "sparkle postgres"]


def verdict(rows: list[Row]) -> tuple[bool, str]:
    bare = {r.tasks: r.rate for r in rows if r.backend == "sqlite3 (bare)"}
    ours = [r for r in rows if r.backend == "sparkle sqlite"]
    worst = min(ours, key=lambda r: r.rate / bare[r.tasks])
    locked = sum(r.locked + r.other for r in ours)
    ok = worst.rate / bare[worst.tasks] >= TARGET_RATIO and locked == 0
    return ok, (
        f"goal {'met' if ok else 'MISSED'}: sparkle sqlite at least "
        f"{worst.rate / bare[worst.tasks]:.0%} of bare sqlite3 (target {TARGET_RATIO:.0%}, "
        f"worst at {worst.tasks} tasks), {locked} failed pages"
    )


async def main_async(args: argparse.Namespace) -> int:
    levels = [int(t) for t in args.tasks.split(",")]
    rows: list[Row] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sparkle-bench-") as tmp:
        for tasks in levels:
            await sqlite_level(Path(tmp), tasks, args.pages, args.runs, rows)
    if args.pg_url:
        await postgres_levels(args.pg_url, levels, args.pages, args.runs, rows)
    print(
        f"{args.pages} pages per run ({ANSWERS_PER_PAGE} answers of {ANSWER_CHARS} chars, "
        f"{PAGES_PER_ENTRY} pages per entry), median of {args.runs} runs, latency over all "
        f"runs; {time.perf_counter() - started:.0f} s"
    )
    print(table(rows, pg_skipped=not args.pg_url))
    ok, line = verdict(rows)
    print(line)
    return 0 if ok or not args.check else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pg-url", default=os.environ.get("SPARKLE_BENCH_PG_URL"))
    parser.add_argument("--pages", type=int, default=1000, help="pages per run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tasks", default="1,50,200", help="comma-separated task counts")
    parser.add_argument("--check", action="store_true", help="exit 1 when the goal is missed")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
