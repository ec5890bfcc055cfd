"""The moment a migration stamps on the rows it writes.

`storage.migrate` hands the database's clock in (`config.attributes["clock"]`), so migrations
read time like the rest of the bot. Alembic run by hand has no clock to give: discord.py's
`utcnow`, the bot's own default clock, stands in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import discord.utils
from alembic import context


def migration_now() -> datetime:
    clock: Callable[[], datetime] | None = context.config.attributes.get("clock")
    return clock() if clock is not None else discord.utils.utcnow()
