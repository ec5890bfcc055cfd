"""Key rotation: rewrap every user's data key under the current installation key.

Answers are encrypted under per-user data keys (`storage.keys`), so a rotation of
`SPARKLE_DATA_KEY` only rewraps those keys: one small row per practitioner, however much they
wrote. Restartable: each batch commits on its own and keys already under the current key are
skipped, so an interrupted rotation simply continues. Readers never stop: the bot runs with the
new key plus the old ones (`SPARKLE_OLD_DATA_KEYS`) and can open keys wrapped by either while
this runs. A key changed meanwhile (say, erased) is left alone by the compare-and-set update.
"""

from __future__ import annotations

from sqlalchemy import select, update

from storage.crypto import Cipher, user_key_aad
from storage.db import Database
from storage.keys import unwrap
from storage.migrate import KEY_CHECK
from storage.tables import Meta, UserKey

BATCH = 500


async def rotate(db: Database, cipher: Cipher, *, batch: int = BATCH) -> int:
    """Rewrap what is not under the current key yet; returns how many user keys changed."""
    changed = 0
    after = -(2**63)
    while True:
        async with db.read() as session:
            rows = (
                await session.execute(
                    select(UserKey.user_id, UserKey.wrapped)
                    .where(UserKey.user_id > after)
                    .order_by(UserKey.user_id)
                    .limit(batch)
                )
            ).all()
        if not rows:
            break
        after = rows[-1].user_id
        stale = [r for r in rows if not cipher.is_current(r.wrapped)]
        if stale:
            async with db.write() as conn:
                for row in stale:
                    raw = unwrap(cipher, row.user_id, row.wrapped).raw_key
                    done = await conn.execute(
                        update(UserKey)
                        .where(UserKey.user_id == row.user_id, UserKey.wrapped == row.wrapped)
                        .values(wrapped=cipher.seal(raw, user_key_aad(row.user_id)))
                    )
                    changed += done.rowcount
    async with db.write() as conn:
        await conn.execute(
            update(Meta).where(Meta.key == KEY_CHECK).values(value=cipher.make_check())
        )
    return changed


async def remaining(db: Database, cipher: Cipher) -> int:
    """How many user keys are still wrapped by an older key."""
    count = 0
    async with db.read() as session:
        for (blob,) in (await session.execute(select(UserKey.wrapped))).all():
            count += not cipher.is_current(blob)
    return count
