"""Shared fixtures: an isolated environment per test, and the bot built by its own factory."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import SparkleBot, create_bot

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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "empty_database: `database_url` names an empty database rather than one migrated to head",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("simcord") is None:
            item.add_marker(pytest.mark.simcord(settle_timeout=SETTLE_TIMEOUT_S))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that touches the database runs on SQLite, and on PostgreSQL when given."""
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        if metafunc.config.getoption("--postgres-url"):
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


def _admin_sql(admin_url: str, *statements: str) -> None:
    """Run statements one by one on the server's maintenance database, off the test's loop."""
    import asyncpg  # only needed with --postgres-url

    dsn = admin_url.replace("postgresql+asyncpg://", "postgresql://")

    async def admin() -> None:
        conn = await asyncpg.connect(dsn)
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


class MigratedTemplates:
    """One database per backend and test process, migrated to head once and cloned per test.

    Running the migrations costs about a second per database; a test gets the same schema by
    copying the migrated SQLite file or by `CREATE DATABASE ... TEMPLATE` on PostgreSQL.
    Nothing but the schema is in a template: the key check is written by each test's own start.
    """

    def __init__(self, folder: Path, admin_url: str | None) -> None:
        self._folder = folder
        self._admin_url = admin_url
        self._sqlite: Path | None = None
        self._postgres: str | None = None

    def sqlite_file(self) -> Path:
        if self._sqlite is None:
            file = self._folder / "template.db"
            _migrate_to_head(f"sqlite+aiosqlite:///{file}")
            # Disposing the last connection checkpoints the WAL into the file and removes it.
            assert not file.with_name(file.name + "-wal").exists()
            self._sqlite = file
        return self._sqlite

    def postgres_name(self) -> str:
        if self._postgres is None:
            assert self._admin_url is not None
            name = f"sparkle_template_{secrets.token_hex(6)}"
            _admin_sql(self._admin_url, f'CREATE DATABASE "{name}"')
            base = self._admin_url.rpartition("/")[0]
            _migrate_to_head(f"{base}/{name}")
            self._postgres = name
        return self._postgres

    def drop(self) -> None:
        if self._postgres is not None and self._admin_url is not None:
            _admin_sql(self._admin_url, f'DROP DATABASE IF EXISTS "{self._postgres}" WITH (FORCE)')


@pytest.fixture(scope="session")
def migrated_templates(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[MigratedTemplates]:
    templates = MigratedTemplates(
        tmp_path_factory.mktemp("migrated"), request.config.getoption("--postgres-url")
    )
    yield templates
    templates.drop()


def _postgres_database(admin_url: str, template: str | None) -> Iterator[str]:
    """A database of its own for one test (empty, or a clone of `template`), dropped afterwards."""
    name = f"sparkle_test_{secrets.token_hex(6)}"
    clone = f' TEMPLATE "{template}"' if template else ""
    _admin_sql(admin_url, f'CREATE DATABASE "{name}"{clone}')
    base, _, _db = admin_url.rpartition("/")
    yield f"{base}/{name}"
    _admin_sql(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(
    backend: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    migrated_templates: MigratedTemplates,
) -> Iterator[str]:
    """This test's own database, already migrated to head unless marked `empty_database`."""
    empty = request.node.get_closest_marker("empty_database") is not None
    if backend == "postgres":
        template = None if empty else migrated_templates.postgres_name()
        yield from _postgres_database(request.config.getoption("--postgres-url"), template)
        return
    file = tmp_path / "sparkle.db"
    if not empty:
        shutil.copyfile(migrated_templates.sqlite_file(), file)
        file.chmod(0o600)  # as the bot creates it: answers are sensitive
    yield f"sqlite+aiosqlite:///{file}"


@pytest.fixture
def sparkle_env(
    tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch, database_url: str
) -> Iterator[None]:
    """Settings come only from this test's environment: no developer `.env` leaks in."""
    monkeypatch.chdir(tmp_path)
    for name in ("SPARKLE_DEV_GUILD_ID", "LOG_LEVEL", "LOG_FORMAT", "SPARKLE_ENV_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # never the developer's own settings
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    monkeypatch.setenv("DATABASE_URL", database_url)
    yield


@pytest.fixture
def simcord_bot(sparkle_env: None) -> SparkleBot:
    return create_bot()
