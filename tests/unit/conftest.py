"""Fixtures of the repository tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from storage.repos import Repositories
from tests.clocks import Clock


@pytest.fixture
async def repos(database_url: str) -> AsyncIterator[Repositories]:
    """The repositories on a migrated database of every backend under test, on a test clock."""
    opened = Repositories.open(database_url, b"k" * 32, clock=Clock())
    await opened.migrate()
    yield opened
    await opened.close()
