"""One-statement "insert or update" for both backends.

An UPDATE that finds no row followed by an INSERT is two steps: on PostgreSQL two first-time
writes of the same row at once (a double click, two facilitators) both find nothing and the
second INSERT fails on the primary key. `INSERT … ON CONFLICT … DO UPDATE` lets the database
decide, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.dml import Insert


def upsert(
    dialect: str,
    table: Any,
    key: Mapping[str, Any],
    values: Mapping[str, Any],
    *,
    on_insert: Mapping[str, Any] | None = None,
    changed_in: Sequence[str] = (),
) -> Insert:
    """Insert `key | on_insert | values`, or set `values` on the row with that primary key.
    With `changed_in` (some of `values`' columns), only where the row holds something else
    in one of those: otherwise the row stays as it is and the statement matches no row
    (`RETURNING` gives none). The database decides that on the row as any other writer left
    it, so of two identical writes at once exactly one changes it."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(table).values({**key, **(on_insert or {}), **values})
    where = None
    if changed_in:
        columns = table.__table__.c
        where = or_(*(columns[name].is_distinct_from(stmt.excluded[name]) for name in changed_in))
    return stmt.on_conflict_do_update(index_elements=list(key), set_=dict(values), where=where)
