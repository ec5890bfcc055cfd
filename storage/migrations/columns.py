"""Column shapes that several migrations create the same way.

Applied migrations must keep building the same schema, so a helper here is frozen once a
migration uses it: a new shape gets a new helper, an existing one is never changed.
"""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables import IdType, TZDateTime


def id_key() -> sa.Column[int]:
    """The table's own surrogate key."""
    return sa.Column("id", IdType, primary_key=True, autoincrement=True)


def snowflake_key(name: str) -> sa.Column[int]:
    """A Discord id (guild, user) as part of the primary key, never generated."""
    return sa.Column(name, sa.BigInteger(), primary_key=True, autoincrement=False)


def stamp(name: str, *, nullable: bool = False) -> sa.Column[object]:
    """A moment (`created_at`, `updated_at`, ...), stored with its time zone."""
    return sa.Column(name, TZDateTime(), nullable=nullable)


def entry_ref(*, ondelete: str, nullable: bool, primary_key: bool = False) -> sa.Column[int]:
    """`entry_id`, pointing at the entry it belongs to or came from."""
    return sa.Column(
        "entry_id",
        IdType,
        sa.ForeignKey("entries.id", ondelete=ondelete),
        primary_key=primary_key,
        nullable=nullable,
    )


def post_key() -> sa.Column[int]:
    """`post_id` as the primary key of a row that lives and dies with its outbox post."""
    return sa.Column(
        "post_id",
        IdType,
        sa.ForeignKey("posts.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )


def answer_key() -> tuple[sa.Column[int], sa.Column[str]]:
    """One answer of one entry: the entry (deleted with it) and the question."""
    return (
        entry_ref(ondelete="CASCADE", nullable=False, primary_key=True),
        sa.Column("question_id", sa.String(64), primary_key=True),
    )


def posted_message(*, nullable: bool) -> tuple[sa.Column[int], ...]:
    """Where a message was posted (its thread always optional) and whether it names its author."""
    return (
        sa.Column("channel_id", sa.BigInteger(), nullable=nullable),
        sa.Column("message_id", sa.BigInteger(), nullable=nullable),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
    )
