"""Migrations build exactly the schema the models describe, on every backend."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.repos import Repositories
from storage.tables import Base


async def test_migrated_schema_matches_the_models(database_url: str) -> None:
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: None)  # type: ignore[arg-type, return-value]
    await repos.migrate()

    def diff(conn: Any) -> list[Any]:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)

    async with repos.db.writer.connect() as conn:
        differences = await conn.run_sync(diff)
    await repos.close()
    assert differences == []
