"""The moment a migration stamps on the rows it writes.

`storage.migrate` hands the database's clock in (`config.attributes["clock"]`), so migrations
read time like the rest of the bot. Alembic run by hand has no clock to give: the system
clock, in UTC, stands in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from alembic import context


def migration_now() -> datetime:
    clock: Callable[[], datetime] | None = context.config.attributes.get("clock")
    return clock() if clock is not None else datetime.now(UTC)
