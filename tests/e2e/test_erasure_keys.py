"""/forget really erases: on disk nothing of the user's ciphertexts is left (SQLite), and what
bytes may remain anywhere can no longer be decrypted by any key the bot holds (both backends).

SQLite on these machines is built with SECURE_DELETE on, a standard build is not: so that the
disk test proves what the bot itself sets, every bot connection first gets `secure_delete=0`
(SQLite's default) from a listener that runs before the bot's own, and a control run without
the bot's setting shows the same search finding the erased ciphertexts.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from bot.app import SparkleBot, create_bot
from storage import db as storage_db
from storage.answers import answer_rows
from storage.crypto import Cipher, WrongKeyError, answer_aad, flagged_aad
from storage.keys import unwrap
from storage.tables import Entry, UserKey
from tests.conftest import TEST_KEY
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, open_first_page

OLD_KEY = base64.urlsafe_b64encode(bytes(range(100, 132))).decode()
CANARIES = 20


@pytest.fixture
def simcord_bot(
    sparkle_env: None,
    bots_closed: None,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> SparkleBot:
    """The bot, with SQLite's build default played as off on every connection it opens."""
    monkeypatch.setenv("SPARKLE_OLD_DATA_KEYS", OLD_KEY)  # an old key the bot also holds
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and not callspec.params.get("bot_sets_secure_delete", True):
        pragmas = tuple(p for p in storage_db.SQLITE_PRAGMAS if "secure_delete" not in p)
        monkeypatch.setattr(storage_db, "SQLITE_PRAGMAS", pragmas)
    bot = create_bot()
    for engine in bot.repos.db.engines():
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _standard_build_default, insert=True)
    return bot


def _standard_build_default(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=0")
    cursor.close()


async def _canaries(w: World, actor: Any, author_id: int) -> None:
    """One entry typed through the bot, and more written through the repository."""
    shown = await open_first_page(actor, w.channel)
    saved = await actor.submit_modal(shown, SPARKLE_PAGES[0])
    assert saved.acknowledged and "Saved" in saved.response.content
    repos = bot_of(w.env).repos
    for i in range(CANARIES - 1):
        header = await repos.entries.save_page(
            entry_id=None,
            author_id=author_id,
            kind="sparkle",
            guild_id=w.guild.id,
            answers={"moment": f"CANARY-{secrets.token_hex(12)} {i} Dr Smith, 07700 900123"},
            advance_to=1,
            flagged={"moment": ["phone"]},
        )
        assert header is not None


async def _blobs(w: World, author_id: int) -> list[tuple[int, str, bytes, bytes | None]]:
    async with bot_of(w.env).repos.db.read() as session:
        rows = await answer_rows(session, [Entry.author_id == author_id], flagged=True)
    return [(r.entry_id, r.question_id, r.ciphertext, r.flagged) for r in rows]


async def _forget(w: World, actor: Any) -> None:
    ask = await actor.slash(w.channel, "forget")
    assert ask.acknowledged and ask.ephemeral
    done = await actor.click(ask.response.message, label="Erase everything")
    assert done.acknowledged and "erased" in done.response.content


def _found(path: Path, needles: list[bytes]) -> int:
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    data = [f.read_bytes() for f in files if f.exists()]
    return sum(any(n in d for d in data) for n in needles)


@pytest.mark.simcord(settle_timeout=30)
@pytest.mark.parametrize("bot_sets_secure_delete", [True, False])
async def test_after_forget_and_shutdown_no_ciphertext_is_left_in_the_sqlite_files(
    world: World, sqlite_database_url: str, bot_sets_secure_delete: bool
) -> None:
    w = world
    await _canaries(w, w.alice, w.alice.id)
    await _canaries(w, w.bob, w.bob.id)
    alices = await _blobs(w, w.alice.id)
    bobs = await _blobs(w, w.bob.id)
    assert len(alices) == CANARIES + 1  # page one has two questions
    needles = [b[2] for b in alices] + [b[3] for b in alices if b[3]]
    repos = bot_of(w.env).repos
    assert await _bot_pragma(repos) == {1 if bot_sets_secure_delete else 0}

    await _forget(w, w.alice)
    await w.env.restart_bot(create_bot())  # a clean shutdown of the bot that erased
    path = Path(sqlite_database_url.split(":///", 1)[1])
    found = _found(path, needles)
    if bot_sets_secure_delete:
        assert found == 0
    else:
        assert found > 0  # the search can fail: without the bot's setting, bytes remain
    # Bob's answers are still there and still readable: the search looks at the right files.
    assert _found(path, [b[2] for b in bobs]) == len(bobs)
    record = await bot_of(w.env).repos.entries.get(bobs[0][0], w.bob.id)
    assert record is not None and record.answers


async def _bot_pragma(repos: Any) -> set[int]:
    """`PRAGMA secure_delete` as each of the bot's ways into the database reports it."""
    sql = "PRAGMA secure_delete"
    seen = {
        await repos.db.run_read(lambda c: c.exec_driver_sql(sql).scalar_one()),
        await repos.db.run_write(lambda c: c.exec_driver_sql(sql).scalar_one()),
    }
    async with repos.db.write() as conn:
        seen.add((await conn.exec_driver_sql(sql)).scalar_one())
    async with repos.db.read() as session:
        conn = await session.connection()
        seen.add((await conn.exec_driver_sql(sql)).scalar_one())
    return seen


async def test_after_forget_no_key_the_bot_holds_opens_the_erased_ciphertexts(
    world: World,
) -> None:
    w = world
    await _canaries(w, w.alice, w.alice.id)
    await _canaries(w, w.bob, w.bob.id)
    alices = await _blobs(w, w.alice.id)
    repos = bot_of(w.env).repos
    async with repos.db.read() as session:
        (wrapped,) = (
            await session.execute(select(UserKey.wrapped).where(UserKey.user_id == w.alice.id))
        ).one()
    alice_key = unwrap(repos.cipher, w.alice.id, wrapped)
    for entry_id, qid, blob, _flag in alices:  # before: her key opens every one
        assert alice_key.decrypt(blob, answer_aad(entry_id, qid))

    await _forget(w, w.alice)
    await w.env.restart_bot(create_bot())
    repos = bot_of(w.env).repos
    async with repos.db.read() as session:
        left = (await session.execute(select(UserKey.user_id, UserKey.wrapped))).all()
    assert [r.user_id for r in left] == [w.bob.id]
    holds = [
        Cipher(base64.urlsafe_b64decode(TEST_KEY)),
        Cipher(base64.urlsafe_b64decode(OLD_KEY)),
        *(unwrap(repos.cipher, r.user_id, r.wrapped) for r in left),
    ]
    for entry_id, qid, blob, flag in alices:
        for key in holds:
            with pytest.raises(WrongKeyError):
                key.decrypt(blob, answer_aad(entry_id, qid))
            if flag:
                with pytest.raises(WrongKeyError):
                    key.decrypt(flag, flagged_aad(entry_id, qid))
        with pytest.raises(WrongKeyError):
            repos.keys.decrypt(blob, answer_aad(entry_id, qid))
    # Her wrapped key is gone from storage, not only from the table the bot reads.
    if (url := os.environ.get("DATABASE_URL", "")).startswith("postgresql"):
        from tests.e2e.test_leaks import pg_dump

        assert wrapped.hex() not in pg_dump(url)
