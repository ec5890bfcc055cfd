"""Per-user data keys: every answer and flag list re-encrypted under its author's own key.

Creates `user_keys`, turns `answers.flagged` into a ciphertext and lets audit events outlive
their actor's erasure (`actor_erased`). Existing answers, encrypted under the installation key
(or an older one still configured), are decrypted and encrypted again under a new random key per
author, wrapped by the installation key. It needs the data key, which `sparkle-bot migrate` (and
the bot at start-up) hand in; a database with no answers migrates without one.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import context, op

from storage.crypto import Cipher, answer_aad, flagged_aad
from storage.keys import new_wrapped_key, unwrap
from storage.migrations.moment import migration_now
from storage.migrations.columns import snowflake_key, stamp
from storage.tables import TZDateTime

revision = "0003"
down_revision = "0002"


def _answers_table(flagged: sa.types.TypeEngine[Any]) -> sa.TableClause:
    """`answers` as this migration reads and writes it; `flagged` changes type on the way."""
    return sa.table(
        "answers",
        sa.column("entry_id", sa.BigInteger()),
        sa.column("question_id", sa.String()),
        sa.column("ciphertext", sa.LargeBinary()),
        sa.column("flagged", flagged),
    )


_answers = _answers_table(sa.LargeBinary())
_entries = sa.table("entries", sa.column("id", sa.BigInteger()), sa.column("author_id"))
_user_keys = sa.table(
    "user_keys",
    sa.column("user_id", sa.BigInteger()),
    sa.column("key_id", sa.LargeBinary()),
    sa.column("wrapped", sa.LargeBinary()),
    sa.column("created_at", TZDateTime()),
)


def _cipher(needed: bool) -> Cipher | None:
    cipher = context.config.attributes.get("cipher")
    if cipher is None and needed:
        raise RuntimeError(
            "migration 0003 re-encrypts stored answers and needs the data key: "
            "run `sparkle-bot migrate` with SPARKLE_DATA_KEY set"
        )
    return cipher


def _stored_answers(flagged_type: sa.types.TypeEngine[Any]) -> list[Any]:
    answers = sa.table(
        "answers",
        sa.column("entry_id", sa.BigInteger()),
        sa.column("question_id", sa.String()),
        sa.column("ciphertext", sa.LargeBinary()),
        sa.column("flagged", flagged_type),
    )
    query = sa.select(
        answers.c.entry_id,
        answers.c.question_id,
        answers.c.ciphertext,
        answers.c.flagged,
        _entries.c.author_id,
    ).join(_entries, _entries.c.id == answers.c.entry_id)
    return list(op.get_bind().execute(query).all())


def _replace_flagged(new_type: sa.types.TypeEngine[Any]) -> None:
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("flagged")
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("flagged", new_type, nullable=True))


def upgrade() -> None:
    op.create_table(
        "user_keys",
        snowflake_key("user_id"),
        sa.Column("key_id", sa.LargeBinary(4), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        stamp("created_at"),
    )
    op.create_index("ix_user_keys_key_id", "user_keys", ["key_id"])
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(
            sa.Column("actor_erased", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    rows = _stored_answers(sa.String())
    cipher = _cipher(needed=bool(rows))
    _replace_flagged(sa.LargeBinary())
    if not rows or cipher is None:
        return
    bind = op.get_bind()
    now = migration_now()
    keys: dict[int, Cipher] = {}
    for row in rows:
        key = keys.get(row.author_id)
        if key is None:
            key_id, wrapped, key = new_wrapped_key(cipher, row.author_id)
            bind.execute(
                sa.insert(_user_keys).values(
                    user_id=row.author_id, key_id=key_id, wrapped=wrapped, created_at=now
                )
            )
            keys[row.author_id] = key
        text = cipher.decrypt(row.ciphertext, answer_aad(row.entry_id, row.question_id))
        flagged = (
            key.encrypt(row.flagged, flagged_aad(row.entry_id, row.question_id))
            if row.flagged
            else None
        )
        bind.execute(
            sa.update(_answers)
            .where(_answers.c.entry_id == row.entry_id, _answers.c.question_id == row.question_id)
            .values(
                ciphertext=key.encrypt(text, answer_aad(row.entry_id, row.question_id)),
                flagged=flagged,
            )
        )


def downgrade() -> None:
    rows = _stored_answers(sa.LargeBinary())
    cipher = _cipher(needed=bool(rows))
    bind = op.get_bind()
    keys = {
        k.user_id: k.wrapped
        for k in bind.execute(sa.select(_user_keys.c.user_id, _user_keys.c.wrapped)).all()
    }
    plain: list[tuple[int, str, str, str | None]] = []
    if cipher is not None:
        for row in rows:
            key = unwrap(cipher, row.author_id, keys[row.author_id])
            plain.append(
                (
                    row.entry_id,
                    row.question_id,
                    key.decrypt(row.ciphertext, answer_aad(row.entry_id, row.question_id)),
                    key.decrypt(row.flagged, flagged_aad(row.entry_id, row.question_id))
                    if row.flagged
                    else None,
                )
            )
    _replace_flagged(sa.String(200))
    answers = _answers_table(sa.String())
    for entry_id, question_id, text, flagged in plain:
        assert cipher is not None
        bind.execute(
            sa.update(answers)
            .where(answers.c.entry_id == entry_id, answers.c.question_id == question_id)
            .values(
                ciphertext=cipher.encrypt(text, answer_aad(entry_id, question_id)), flagged=flagged
            )
        )
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("actor_erased")
    op.drop_index("ix_user_keys_key_id", table_name="user_keys")
    op.drop_table("user_keys")
