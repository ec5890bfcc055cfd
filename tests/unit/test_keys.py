"""Per-user data keys: the start-up key check, migration 0003 from a populated 0002 database,
and erasure that leaves no key to open what was erased."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import (
    BigInteger,
    Connection,
    LargeBinary,
    String,
    column,
    delete,
    func,
    insert,
    select,
    table,
)

from bot.outbox import PostRecord
from storage.crypto import Cipher, WrongKeyError, answer_aad, flagged_aad
from storage.db import Database
from storage.keys import unwrap
from storage.migrate import KEY_CHECK, alembic_config
from storage.repos import Repositories
from storage.tables import Answer, Entry, Meta, Post, UserKey
from tests.pages import save_sparkle_page

T0 = datetime(2026, 1, 1, tzinfo=UTC)
KEY, OLD = b"k" * 32, b"o" * 32


def _clock() -> datetime:
    return T0


@pytest.fixture
async def repos(database_url: str) -> AsyncIterator[Repositories]:
    opened = Repositories.open(database_url, KEY, clock=_clock)
    await opened.migrate()
    yield opened
    await opened.close()


@asynccontextmanager
async def _opened(
    url: str, key: bytes, *, old_keys: tuple[bytes, ...] = (), migrate: bool = True
) -> AsyncIterator[Repositories]:
    """Repositories on `url` under `key` (migrated unless told not to), closed on the way out."""
    opened = Repositories.open(url, key, clock=_clock, old_keys=old_keys)
    try:
        if migrate:
            await opened.migrate()
        yield opened
    finally:
        await opened.close()


async def _save(repos: Repositories, author: int, text: str, kinds: tuple[str, ...] = ()) -> int:
    flagged = {"moment": list(kinds)} if kinds else None
    header = await save_sparkle_page(repos.entries, author, {"moment": text}, flagged=flagged)
    assert header is not None
    return header.id


async def _draft_share(repos: Repositories, text: str) -> PostRecord:
    """A share preview of a new entry by user 7, in server 1, with `text`."""
    entry_id = await _save(repos, 7, "a moment")
    return await repos.outbox.draft_share(
        author_id=7, entry_id=entry_id, guild_id=1, title="Shared", text=text
    )


async def test_a_fresh_database_takes_the_key_and_writes_the_check(repos: Repositories) -> None:
    async with repos.db.read() as session:
        assert (await session.execute(select(Meta.value).where(Meta.key == KEY_CHECK))).scalar()


async def test_a_wrong_key_is_refused_even_without_the_check_row(
    repos: Repositories, database_url: str
) -> None:
    await _save(repos, 1, "private")
    async with repos.db.write() as conn:
        await conn.execute(delete(Meta).where(Meta.key == KEY_CHECK))
    other = Repositories.open(database_url, os.urandom(32), clock=_clock)
    try:
        with pytest.raises(WrongKeyError):
            await other.migrate()
        async with other.db.read() as session:  # and it wrote no check of its own
            assert (await session.execute(select(func.count()).select_from(Meta))).scalar() == 0
    finally:
        await other.close()
    right = Repositories.open(database_url, KEY, clock=_clock)
    try:
        await right.migrate()  # the right key passes and the check is written again
        async with right.db.read() as session:
            assert (await session.execute(select(func.count()).select_from(Meta))).scalar() == 1
    finally:
        await right.close()


async def test_each_user_has_a_key_and_flag_lists_are_not_plaintext(
    repos: Repositories,
) -> None:
    first = await _save(repos, 1, "one", ("phone", "email"))
    await _save(repos, 1, "two")
    await _save(repos, 2, "three")
    async with repos.db.read() as session:
        keys = (await session.execute(select(UserKey.user_id, UserKey.wrapped))).all()
        flagged = (
            await session.execute(select(Answer.flagged).where(Answer.entry_id == first))
        ).scalar_one()
    assert sorted(k.user_id for k in keys) == [1, 2]
    assert flagged is not None
    assert b"phone" not in flagged and b"email" not in flagged
    record = await repos.entries.get(first, 1)
    assert record is not None and record.flagged == {"moment": ("phone", "email")}
    # The installation key only wraps: it opens no answer by itself.
    with pytest.raises(WrongKeyError):
        repos.cipher.decrypt(flagged, flagged_aad(first, "moment"))


async def test_erasure_deletes_the_key_and_empties_the_wal(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/sparkle.db"
    repos = Repositories.open(url, KEY, clock=_clock)
    await repos.migrate()
    try:
        entry = await _save(repos, 1, "to be erased")
        await _save(repos, 2, "kept")
        await repos.userdata.forget(1)
        assert (tmp_path / "sparkle.db-wal").stat().st_size == 0  # checkpointed and truncated
        async with repos.db.read() as session:
            users = (await session.execute(select(UserKey.user_id))).scalars().all()
        assert users == [2]
        assert await repos.entries.get(entry, 1) is None
        # Writing again makes a new key: nothing is written under the erased one.
        again = await _save(repos, 1, "a fresh start")
        record = await repos.entries.get(again, 1)
        assert record is not None and record.answers == {"moment": "a fresh start"}
    finally:
        await repos.close()


async def test_a_process_that_read_a_key_reads_the_next_one_after_another_erased_it(
    tmp_path: Path,
) -> None:
    """Reads skip the key lookup while the key is open in memory; a key made by another
    process (after it erased the first) is still looked up, so its answers open."""
    url = f"sqlite+aiosqlite:///{tmp_path}/sparkle.db"
    first, second = (
        Repositories.open(url, KEY, clock=_clock),
        Repositories.open(url, KEY, clock=_clock),
    )
    await first.migrate()
    try:
        old = await _save(first, 1, "before")
        record = await second.entries.get(old, 1)  # `second` opens user 1's key
        assert record is not None and record.answers == {"moment": "before"}
        await first.userdata.forget(1)
        assert await second.entries.get(old, 1) is None  # gone with its key
        again = await _save(first, 1, "after")  # a new key, unknown to `second`
        record = await second.entries.get(again, 1)
        assert record is not None and record.answers == {"moment": "after"}
    finally:
        await second.close()
        await first.close()


def _to(revision: str, cipher: Cipher | None):
    def run(conn: Connection) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        cfg.attributes["cipher"] = cipher
        command.upgrade(cfg, revision)

    return run


_ANSWERS_0002 = table(
    "answers",
    column("entry_id", BigInteger()),
    column("question_id", String()),
    column("ciphertext", LargeBinary()),
    column("flagged", String()),
)


async def _populate_0002(db: Database) -> list[tuple[int, int, str, str | None, bytes]]:
    """Entries written the 0002 way: answers under the installation key (or an old one), flag
    lists in plain text."""
    master, old = Cipher(KEY), Cipher(OLD)
    rows = [(1, "moment", "alpha 🙂", "phone"), (2, "moment", "beta", None)]
    rows += [(3, "signs", "gamma\x00", "email,phone")]
    made = []
    async with db.write() as conn:
        await conn.run_sync(_to("0002", None))
        for entry_id, qid, text, flagged in rows:
            author = 10 if entry_id != 2 else 20
            await conn.execute(
                insert(Entry).values(
                    id=entry_id,
                    author_id=author,
                    kind="sparkle",
                    status="draft",
                    next_page=1,
                    consent_summary=False,
                    created_at=T0,
                    updated_at=T0,
                )
            )
            key = old if entry_id == 3 else master  # one answer from before a rotation
            blob = key.encrypt(text, answer_aad(entry_id, qid))
            await conn.execute(
                insert(_ANSWERS_0002).values(
                    entry_id=entry_id, question_id=qid, ciphertext=blob, flagged=flagged
                )
            )
            made.append((entry_id, author, text, flagged, blob))
    return made


@pytest.mark.empty_database
async def test_migration_0003_moves_a_populated_0002_database_to_user_keys(
    database_url: str,
) -> None:
    db = Database(database_url, clock=_clock)
    try:
        made = await _populate_0002(db)
    finally:
        await db.dispose()
    async with _opened(database_url, KEY, old_keys=(OLD,)) as repos:
        async with repos.db.read() as session:
            keys = {
                r.user_id: r.wrapped
                for r in (await session.execute(select(UserKey.user_id, UserKey.wrapped))).all()
            }
            stored = {
                r.entry_id: r
                for r in (
                    await session.execute(
                        select(Answer.entry_id, Answer.ciphertext, Answer.flagged)
                    )
                ).all()
            }
        assert sorted(keys) == [10, 20]
        for entry_id, author, text, flagged, old_blob in made:
            row = stored[entry_id]
            assert row.ciphertext != old_blob  # re-encrypted, under the author's key
            user_key = unwrap(repos.cipher, author, keys[author])
            qid = "signs" if entry_id == 3 else "moment"
            assert user_key.decrypt(row.ciphertext, answer_aad(entry_id, qid)) == text
            record = await repos.entries.get(entry_id, author)
            assert record is not None and record.answers == {qid: text}
            if flagged:
                assert flagged.encode() not in row.flagged
                assert record.flagged == {qid: tuple(flagged.split(","))}
            else:
                assert row.flagged is None


@pytest.mark.empty_database
async def test_migration_0003_will_not_run_on_answers_without_the_key(database_url: str) -> None:
    db = Database(database_url, clock=_clock)
    try:
        await _populate_0002(db)
        with pytest.raises(RuntimeError, match="needs the data key"):
            async with db.write() as conn:
                await conn.run_sync(_to("head", None))
    finally:
        await db.dispose()


async def test_rotation_rewraps_only_stale_keys_and_both_keys_read_meanwhile(
    database_url: str,
) -> None:
    from storage.rotate import remaining, rotate

    async with _opened(database_url, OLD) as old:
        entries = {author: await _save(old, author, f"by {author}") for author in (1, 2, 3)}
    new_key = os.urandom(32)
    async with _opened(database_url, new_key, old_keys=(OLD,), migrate=False) as repos:
        # Mid-rotation: user 1's key is already rewrapped (an earlier, interrupted run).
        await rotate_one(repos, 1)
        assert await remaining(repos.db, repos.cipher) == 2
        for author, entry_id in entries.items():  # old- and new-wrapped keys both read
            record = await repos.entries.get(entry_id, author)
            assert record is not None and record.answers == {"moment": f"by {author}"}
        assert await rotate(repos.db, repos.cipher, batch=1) == 2
        assert await remaining(repos.db, repos.cipher) == 0
        assert await rotate(repos.db, repos.cipher) == 0  # nothing left: a rerun is a no-op
    async with _opened(database_url, new_key) as alone:  # old key removed
        for author, entry_id in entries.items():
            record = await alone.entries.get(entry_id, author)
            assert record is not None and record.answers == {"moment": f"by {author}"}


async def rotate_one(repos: Repositories, user_id: int) -> None:
    from sqlalchemy import update

    from storage.crypto import user_key_aad

    async with repos.db.write() as conn:
        wrapped = (
            await conn.execute(select(UserKey.wrapped).where(UserKey.user_id == user_id))
        ).scalar_one()
        raw = unwrap(repos.cipher, user_id, wrapped).raw_key
        await conn.execute(
            update(UserKey)
            .where(UserKey.user_id == user_id)
            .values(wrapped=repos.cipher.seal(raw, user_key_aad(user_id)))
        )


def test_forgetting_drops_every_cached_wrapping_of_a_users_key() -> None:
    from storage.crypto import user_key_aad
    from storage.keys import Keyring, new_wrapped_key

    master = Cipher(KEY)
    ring = Keyring(master)
    _, wrapped, user = new_wrapped_key(master, 7)
    rewrapped = master.seal(user.raw_key, user_key_aad(7))  # as after a rotation
    ring._remember(7, wrapped)  # pyright: ignore[reportPrivateUsage]
    ring._remember(7, rewrapped)  # pyright: ignore[reportPrivateUsage]
    blob = user.encrypt("private", answer_aad(1, "moment"))
    assert ring.decrypt(blob, answer_aad(1, "moment")) == "private"
    ring.forget(7)
    with pytest.raises(WrongKeyError):
        ring.decrypt(blob, answer_aad(1, "moment"))
    assert not ring._by_wrapped  # pyright: ignore[reportPrivateUsage]


async def test_rotation_keeps_shares_found_by_their_author_and_their_text_readable(
    database_url: str,
) -> None:
    """Author tags are retagged and share texts (under the author's key) stay readable."""
    from storage.rotate import rotate

    async with _opened(database_url, OLD) as old:
        draft = await _draft_share(old, "the text")
        assert await old.outbox.owned(draft.id, 7) is not None
    new_key = os.urandom(32)
    async with _opened(database_url, new_key, old_keys=(OLD,), migrate=False) as repos:
        # Mid-rotation the old tag still names the author, and nobody else.
        assert await repos.outbox.owned(draft.id, 7) is not None
        assert await repos.outbox.owned(draft.id, 8) is None
        assert await repos.outbox.rotate() == 1  # the tag; the text follows the user key
        assert await repos.outbox.rotate() == 0  # a rerun finds nothing left
        assert await rotate(repos.db, repos.cipher) == 1  # the author's key, as rotate-key does
    async with _opened(database_url, new_key, migrate=False) as alone:  # old key removed
        found = await alone.outbox.owned(draft.id, 7)
        assert found is not None and found.text == "the text"


async def test_a_share_text_is_sealed_under_its_authors_key_and_dies_with_it(
    database_url: str,
) -> None:
    async with _opened(database_url, OLD) as repos:
        draft = await _draft_share(repos, "CANARY-share-text")
        async with repos.db.read() as session:
            body = (await session.execute(select(Post.body).where(Post.id == draft.id))).scalar()
        assert body is not None and not repos.cipher.opens(body)  # not the installation key
        await repos.userdata.forget(7)
        repos.keys.forget(7)
        with pytest.raises(WrongKeyError):
            repos.keys.decrypt(body, f"post:{draft.id}".encode())
