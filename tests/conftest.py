"""Shared fixtures: an isolated environment per test, and the bot built by its own factory."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator

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


@pytest.fixture
def database_url(tmp_path: os.PathLike[str]) -> str:
    return f"sqlite+aiosqlite:///{tmp_path}/sparkle.db"


@pytest.fixture
def sparkle_env(
    tmp_path: os.PathLike[str], monkeypatch: pytest.MonkeyPatch, database_url: str
) -> Iterator[None]:
    """Settings come only from this test's environment: no developer `.env` leaks in."""
    monkeypatch.chdir(tmp_path)
    for name in ("SPARKLE_DEV_GUILD_ID", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    monkeypatch.setenv("DATABASE_URL", database_url)
    yield


@pytest.fixture
def simcord_bot(sparkle_env: None) -> SparkleBot:
    return create_bot()
