"""Shared fixtures: an isolated environment per test, and the bot built by its own factory."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import threading
from collections.abc import Callable, Coroutine, Iterator
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


def _postgres_database(admin_url: str) -> Iterator[str]:
    """A fresh, empty database for one test, dropped afterwards."""
    import asyncpg  # only needed with --postgres-url

    name = f"sparkle_test_{secrets.token_hex(6)}"
    dsn = admin_url.replace("postgresql+asyncpg://", "postgresql://")

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    _in_thread(lambda: admin(f'CREATE DATABASE "{name}"'))
    base, _, _db = admin_url.rpartition("/")
    yield f"{base}/{name}"
    _in_thread(lambda: admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def database_url(
    backend: str, tmp_path: os.PathLike[str], request: pytest.FixtureRequest
) -> Iterator[str]:
    if backend == "postgres":
        yield from _postgres_database(request.config.getoption("--postgres-url"))
    else:
        yield f"sqlite+aiosqlite:///{tmp_path}/sparkle.db"


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
