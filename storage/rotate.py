"""Key rotation: re-encrypt every stored answer under the current key, in small batches.

Restartable: each batch commits on its own and rows already under the current key are
skipped, so an interrupted rotation simply continues. Readers never stop: the bot runs with
the new key plus the old ones (`SPARKLE_OLD_DATA_KEYS`) and can read both while this runs. A
row changed by the bot meanwhile is left alone by the compare-and-set update and picked up by
the next pass.
"""

from __future__ import annotations

from sqlalchemy import select, tuple_, update

from storage.crypto import Cipher, answer_aad
from storage.db import Database
from storage.migrate import KEY_CHECK
from storage.tables import Answer, Meta

BATCH = 500


async def rotate(db: Database, cipher: Cipher, *, batch: int = BATCH) -> int:
    """Re-encrypt what is not under the current key yet; returns how many rows changed."""
    changed = 0
    after: tuple[int, str] = (0, "")
    while True:
        async with db.read() as session:
            rows = (
                await session.execute(
                    select(Answer.entry_id, Answer.question_id, Answer.ciphertext)
                    .where(tuple_(Answer.entry_id, Answer.question_id) > tuple_(*after))
                    .order_by(Answer.entry_id, Answer.question_id)
                    .limit(batch)
                )
            ).all()
        if not rows:
            break
        after = (rows[-1].entry_id, rows[-1].question_id)
        stale = [r for r in rows if not cipher.is_current(r.ciphertext)]
        if stale:
            async with db.write() as conn:
                for row in stale:
                    aad = answer_aad(row.entry_id, row.question_id)
                    fresh = cipher.encrypt(cipher.decrypt(row.ciphertext, aad), aad)
                    done = await conn.execute(
                        update(Answer)
                        .where(
                            Answer.entry_id == row.entry_id,
                            Answer.question_id == row.question_id,
                            Answer.ciphertext == row.ciphertext,
                        )
                        .values(ciphertext=fresh)
                    )
                    changed += done.rowcount
    async with db.write() as conn:
        await conn.execute(
            update(Meta).where(Meta.key == KEY_CHECK).values(value=cipher.make_check())
        )
    return changed


async def remaining(db: Database, cipher: Cipher) -> int:
    """How many stored answers are still under an older key."""
    count = 0
    async with db.read() as session:
        for (blob,) in (await session.execute(select(Answer.ciphertext))).all():
            count += not cipher.is_current(blob)
    return count
