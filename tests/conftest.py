"""Shared fixtures: an isolated environment per test, and the bot built by its own factory."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import shutil
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import is_hypothesis_test

from bot.app import SparkleBot, create_bot
from storage.repos import Repositories

T = TypeVar("T")
FAKE_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"
TEST_KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres-url",
        default=os.environ.get("SPARKLE_TEST_POSTGRES_URL"),
        help="postgresql+asyncpg:// URL of a server to run the database tests against as well",
    )


# SimCord gives up on a bot that has not settled after 5 s of real time. On a busy two-core CI
# machine, tests that advance virtual time across days (several loops waking, each with database
# work) can take longer than that without anything being wrong; a real hang still fails.
SETTLE_TIMEOUT_S = 30
# While the bot waits on something SimCord does not run itself (a PostgreSQL socket, a lock),
# SimCord looks again every `idle` seconds of real time, 50 ms by default: on PostgreSQL each
# database round trip of a loop's pass then costs up to 50 ms, and a test crossing two months
# of virtual time spent 80 s waiting. Looking every 5 ms changes only how often it looks (it
# still settles only once every task waits on virtual time); if a SimCord release renames the
# setting, the tests are merely slower.
SETTLE_POLL_S = 0.005


def _poll_settlement_faster() -> None:
    from simcord.env import Env

    defaults = getattr(getattr(Env, "_settle_internal", None), "__kwdefaults__", None)
    if defaults is not None and "idle" in defaults:
        defaults["idle"] = SETTLE_POLL_S


_poll_settlement_faster()


def _start_settles_within_the_tests_timeout() -> None:
    """SimCord gives a bot's start (`restart_bot` too) a fixed 5 s of real time to settle,
    whatever the test's `settle_timeout`: on a two-core machine under load a start's database
    work (migrations checked, loops' first reads, each a round trip to SQLite's thread or
    PostgreSQL) took longer three times in one day's runs, failing tests in which nothing was
    wrong. A settle asked with a shorter timeout than the test's is given the test's; a real
    hang still fails, after that timeout."""
    from simcord.env import Env

    original = Env._settle_internal  # pyright: ignore[reportPrivateUsage]
    if getattr(original, "within_the_tests_timeout", False):
        return

    async def settle(self: Env, *, timeout: float | None = None, **kwargs: Any) -> None:  # noqa: ASYNC109 (SimCord's own signature)
        if timeout is not None:
            timeout = max(timeout, self.settle_timeout)
        await original(self, timeout=timeout, **kwargs)

    settle.within_the_tests_timeout = True  # type: ignore[attr-defined]
    Env._settle_internal = settle  # type: ignore[method-assign]  # pyright: ignore[reportPrivateUsage]


_start_settles_within_the_tests_timeout()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker per CPU core, plus one. With one per core the cores sit idle about
    a quarter of the time (tests wait on PostgreSQL, SQLite's file and the CLI's child
    processes); on two cores a third worker took the whole suite from 506 s to 421 s."""
    return (os.cpu_count() or 1) + 1


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "empty_database: `database_url` names an empty database rather than one migrated to head",
    )
    config.addinivalue_line(
        "markers",
        "sqlite_only: the test's subject sits above the storage layer, whose every query other"
        " tests run on each backend: it runs on SQLite alone, also when PostgreSQL is given",
    )
    config.addinivalue_line(
        "markers",
        "runs_long: takes tens of seconds on its own (as property tests do): scheduled first",
    )
    config.addinivalue_line(
        "markers",
        "postgres_too: an end-to-end test that also runs on PostgreSQL when it is given (the"
        " others run on SQLite alone; `_runs_on_postgres` says why)",
    )


def _runs_long(item: pytest.Item) -> bool:
    """Property tests (each runs its hundreds of examples in one go, up to a minute or more),
    and tests marked `runs_long`."""
    return (
        item.path.parent.name == "fuzz"
        or item.get_closest_marker("runs_long") is not None
        or is_hypothesis_test(getattr(item, "obj", None))
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("simcord") is None:
            item.add_marker(pytest.mark.simcord(settle_timeout=SETTLE_TIMEOUT_S))
    # Long tests first: a worker that finishes early then takes short tests from the other
    # (work stealing), rather than one long test keeping a single worker busy at the end.
    items.sort(key=lambda item: not _runs_long(item))


def _runs_on_postgres(test: pytest.Item) -> bool:
    """Whether a database test also runs on PostgreSQL (when one is given).

    Tests outside tests/e2e run on each backend, unless marked `sqlite_only`. An end-to-end
    test runs on PostgreSQL too only when marked `postgres_too`. Those were chosen with
    coverage of `storage/` measured per test on PostgreSQL: with the other tests they reach
    every line of `storage/` that the whole end-to-end suite reached there (which took a third
    of the suite's time), picked as a cheap such set, each test weighed by its time on
    PostgreSQL (82 functions); to them are added every test of PostgreSQL's own behaviour and
    every test of two things done at once (a double submit, a race with an erasure or a
    withdrawal, two processes), whose interleavings differ where writes truly run side by side
    (113 functions in all, about half the time of the earlier cover by count; a coverage run
    of the tests left out then reached no line of `storage/` these do not). A test added
    later that reaches something of `storage/` no other test reaches on PostgreSQL, or that
    races two writes, belongs with them.
    """
    if test.get_closest_marker("sqlite_only") is not None:
        return False
    if test.path.parent.name == "e2e":
        return test.get_closest_marker("postgres_too") is not None
    return True


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that touches the database runs on SQLite, and on PostgreSQL when given
    where `_runs_on_postgres` says so."""
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        if metafunc.config.getoption("--postgres-url") and _runs_on_postgres(metafunc.definition):
            backends.append("postgres")
        metafunc.parametrize("backend", backends)


def _in_thread(coro_factory: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run admin SQL on its own loop in a thread, away from the test's event loop."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(coro_factory())
        except BaseException as exc:  # re-raised in the caller
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if errors:
        raise errors[0]


def _asyncpg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


def _admin_sql(admin_url: str, *statements: str) -> None:
    """Run statements one by one on the server's maintenance database, off the test's loop."""
    import asyncpg  # only needed with --postgres-url

    async def admin() -> None:
        conn = await asyncpg.connect(_asyncpg_dsn(admin_url))
        try:
            for sql in statements:
                await conn.execute(sql)
        finally:
            await conn.close()

    _in_thread(admin)


def _migrate_to_head(url: str) -> None:
    """Build the schema in an empty database with the migrations themselves (no key check)."""
    from alembic import command

    from storage.db import Database
    from storage.migrate import alembic_config

    def upgrade(conn: Any) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

    async def run() -> None:
        db = Database(url, clock=lambda: None)  # type: ignore[arg-type, return-value]
        try:
            async with db.write() as conn:
                await conn.run_sync(upgrade)
        finally:
            await db.dispose()

    _in_thread(run)


# What a PostgreSQL database's schema is: compared before a database is handed out again.
_SCHEMA_QUERY = """
SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(d.adbin, d.adrelid)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
ORDER BY 1, 2, 3
"""


async def _schema_and_revision(conn: Any) -> tuple[list[tuple[Any, ...]], str | None]:
    schema = [tuple(row) for row in await conn.fetch(_SCHEMA_QUERY)]
    return schema, await conn.fetchval("SELECT version_num FROM alembic_version")


class _RowEraser:
    """Empties one migrated PostgreSQL database in two round trips, on a connection it keeps.

    DELETE rather than TRUNCATE: a test leaves rows in a few tables, and TRUNCATE costs about
    as much per empty table as per full one (a fifth of a second for all of them, per test).
    Tables are emptied children first, so that no foreign key is left pointing at a deleted row.
    The tables and that order are read once: the schema is compared with the migrations' after
    every test, and a database whose schema changed is dropped, never emptied again. One
    query ends every other connection and finds the tables holding rows and the sequences a
    test used; one more deletes those rows and restarts those sequences.
    """

    def __init__(self) -> None:
        self._tables: list[str] | None = None  # children before their parents

    async def _read_tables(self, conn: Any) -> list[str]:
        tables = [
            row["t"]
            for row in await conn.fetch(
                "SELECT quote_ident(tablename) AS t FROM pg_tables"
                " WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
            )
        ]
        children: dict[str, set[str]] = {table: set() for table in tables}
        for row in await conn.fetch(
            "SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent"
            " FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid"
        ):
            children.setdefault(row["parent"], set()).add(row["child"])
        # children before their parents
        return [t for t in TopologicalSorter(children).static_order() if t in tables]

    async def empty(self, conn: Any) -> None:
        if self._tables is None:
            self._tables = await self._read_tables(conn)
        with_rows = "".join(
            f" UNION ALL SELECT 't', '{table}' WHERE EXISTS (SELECT FROM {table})"  # noqa: S608 (catalog names)
            for table in self._tables
        )
        found = await conn.fetch(
            "SELECT 'ended' AS kind, count(pg_terminate_backend(pid))::text AS name"  # noqa: S608
            " FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " UNION ALL SELECT 's', quote_ident(sequencename) FROM pg_sequences"
            " WHERE schemaname = 'public' AND last_value IS NOT NULL" + with_rows
        )
        used = {row["name"] for row in found if row["kind"] == "t"}
        statements = [f"DELETE FROM {t}" for t in self._tables if t in used]  # noqa: S608 (catalog names)
        statements += [
            f"ALTER SEQUENCE {row['name']} RESTART" for row in found if row["kind"] == "s"
        ]
        if statements:
            await conn.execute("; ".join(statements))


class _AdminLoop:
    """An event loop on a thread of its own, for admin SQL off the test's loop; it outlives
    tests, so that a connection opened on it can serve the next test too."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


class MigratedDatabases:
    """Databases migrated to head once per test process, handed to one test at a time.

    Running the migrations costs about a second per database, and creating and dropping a
    PostgreSQL database about as much again. A test on SQLite gets a copy of a migrated file;
    on PostgreSQL it gets this process's migrated database, which afterwards is emptied
    (every connection ended, every row but `alembic_version`'s deleted, sequences restarted)
    and kept only if its schema and revision are still exactly what the migrations built;
    otherwise it is dropped and the next test gets a newly migrated one. Nothing but the schema
    is in them: the key check is written by each test's own start. The connection that empties
    it stays open from one test to the next (idle, holding nothing; a test that ends every
    connection ends it too, and the next emptying opens another).
    """

    def __init__(self, folder: Path, admin_url: str | None) -> None:
        self._folder = folder
        self._admin_url = admin_url
        self._sqlite: Path | None = None
        self._postgres: str | None = None  # free for the next test when set
        self._schema: list[tuple[Any, ...]] | None = None
        self._revision: str | None = None
        self._admin: _AdminLoop | None = None
        self._conn: Any = None  # asyncpg connection to the database being reused
        self._conn_to: str | None = None  # that database's name
        self._eraser = _RowEraser()

    def sqlite_file(self) -> Path:
        if self._sqlite is None:
            file = self._folder / "template.db"
            _migrate_to_head(f"sqlite+aiosqlite:///{file}")
            # Disposing the last connection checkpoints the WAL into the file and removes it.
            assert not file.with_name(file.name + "-wal").exists()
            self._sqlite = file
        return self._sqlite

    def _url(self, name: str) -> str:
        assert self._admin_url is not None
        return f"{self._admin_url.rpartition('/')[0]}/{name}"

    def take_postgres(self) -> str:
        """The URL of a migrated PostgreSQL database for this test alone."""
        assert self._admin_url is not None
        name, self._postgres = self._postgres, None
        if name is None:
            name = f"sparkle_test_{secrets.token_hex(6)}"
            _admin_sql(self._admin_url, f'CREATE DATABASE "{name}"')
            _migrate_to_head(self._url(name))
            if self._schema is None:
                self._schema, self._revision = self._on_connection(name, _schema_and_revision)
        return self._url(name)

    def give_back_postgres(self, url: str) -> None:
        """Empty the test's database for the next test, or drop it if it cannot be reused."""
        assert self._admin_url is not None
        name = url.rpartition("/")[2]
        try:
            reusable = self._on_connection(name, self._empty) == (self._schema, self._revision)
        except Exception:  # unreachable, refusing connections, ...: start afresh
            reusable = False
        if reusable:
            self._postgres = name
        else:
            self._close_connection()
            self._eraser = _RowEraser()
            _admin_sql(self._admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    async def _empty(self, conn: Any) -> tuple[list[tuple[Any, ...]], str | None]:
        """Empty the database, then read its schema and revision."""
        await self._eraser.empty(conn)
        return await _schema_and_revision(conn)

    def _on_connection(self, name: str, work: Callable[[Any], Coroutine[Any, Any, T]]) -> T:
        """`work` on the kept connection to database `name` (opened again if it was ended)."""
        import asyncpg

        if self._admin is None:
            self._admin = _AdminLoop()

        if self._conn_to != name:
            self._close_connection()

        async def run() -> T:
            for attempt in (1, 2):
                if self._conn is None or self._conn.is_closed():
                    self._conn = await asyncpg.connect(_asyncpg_dsn(self._url(name)))
                    self._conn_to = name
                try:
                    return await work(self._conn)
                except (
                    asyncpg.PostgresConnectionError,
                    asyncpg.AdminShutdownError,
                    asyncpg.InterfaceError,
                    OSError,
                ):
                    # a test ended every connection to the database, this one too
                    self._conn.terminate()
                    self._conn = None
                    if attempt == 2:
                        raise
            raise AssertionError("unreachable")

        return self._admin.run(run())

    def _close_connection(self) -> None:
        if self._conn is not None and self._admin is not None:
            conn, self._conn = self._conn, None

            async def close() -> None:
                conn.terminate()

            self._admin.run(close())

    def drop(self) -> None:
        self._close_connection()
        if self._admin is not None:
            self._admin.close()
        if self._postgres is not None and self._admin_url is not None:
            _admin_sql(self._admin_url, f'DROP DATABASE IF EXISTS "{self._postgres}" WITH (FORCE)')


@pytest.fixture(scope="session")
def migrated_databases(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[MigratedDatabases]:
    databases = MigratedDatabases(
        tmp_path_factory.mktemp("migrated"), request.config.getoption("--postgres-url")
    )
    yield databases
    databases.drop()


def _empty_postgres_database(admin_url: str) -> Iterator[str]:
    """A fresh, empty database for one test, dropped afterwards."""
    name = f"sparkle_test_{secrets.token_hex(6)}"
    _admin_sql(admin_url, f'CREATE DATABASE "{name}"')
    yield f"{admin_url.rpartition('/')[0]}/{name}"
    _admin_sql(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    migrated_databases: MigratedDatabases,
) -> Iterator[str]:
    """A database for this test alone, migrated to head unless marked `empty_database`."""
    empty = request.node.get_closest_marker("empty_database") is not None
    if backend == "postgres":
        if empty:
            yield from _empty_postgres_database(str(request.config.getoption("--postgres-url")))
            return
        url = migrated_databases.take_postgres()
        yield url
        migrated_databases.give_back_postgres(url)
        return
    file = tmp_path / "sparkle.db"
    if not empty:
        shutil.copyfile(migrated_databases.sqlite_file(), file)
        file.chmod(0o600)  # as the bot creates it: answers are sensitive
    yield f"sqlite+aiosqlite:///{file}"


@pytest.fixture
def sqlite_database_url(backend: str, database_url: str) -> str:
    """`database_url`, for a test of SQLite's own behaviour (its file lock, its files' bytes)."""
    if backend != "sqlite":
        pytest.skip("a test of SQLite's own behaviour: PostgreSQL has its own")
    return database_url


@pytest.fixture
def postgres_database_url(backend: str, database_url: str) -> str:
    """`database_url`, for a test of PostgreSQL's own behaviour (the server going away)."""
    if backend != "postgres":
        pytest.skip("a test of PostgreSQL's own behaviour")
    return database_url


@pytest.fixture
def sparkle_env(
    tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch, database_url: str
) -> Iterator[None]:
    """Settings come only from this test's environment: no developer `.env` leaks in."""
    monkeypatch.chdir(tmp_path)
    for name in (
        "SPARKLE_DEV_GUILD_ID",
        "LOG_LEVEL",
        "LOG_FORMAT",
        "SPARKLE_ENV_FILE",
        "SQLITE_BUSY_TIMEOUT_MS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # never the developer's own settings
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    monkeypatch.setenv("DATABASE_URL", database_url)
    yield


@pytest.fixture
async def bots_closed(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """Once SimCord has shut the test down, the repositories of every bot the test built
    (restarts too) are closed, on the test's event loop while it still runs (a `simcord_bot`
    fixture asks for this one, so it ends after SimCord's).

    SimCord detaches a bot without closing it, at a restart and at the end of a test. Left
    open, a bot's aiosqlite connections (each with its own thread) were closed by the garbage
    collector, at any later moment: aiosqlite then answers on the current event loop of the
    collecting thread, and if that loop closed before the answer came (a test's loop shutting
    down, a thread's `asyncio.run` ending) its thread raised "Event loop is closed", reported
    as a PytestUnhandledThreadExceptionWarning in whichever test ran then."""
    built: list[Repositories] = []
    real_open = Repositories.open

    def recorded(*args: Any, **kwargs: Any) -> Repositories:
        repos = real_open(*args, **kwargs)
        # a second instance a test runs on a thread of its own closes itself on its loop there
        if threading.current_thread() is threading.main_thread():
            built.append(repos)
        return repos

    monkeypatch.setattr(Repositories, "open", recorded)
    yield
    for repos in built:
        await repos.close()


@pytest.fixture
def simcord_bot(sparkle_env: None, bots_closed: None) -> SparkleBot:
    return create_bot()
