"""Entries and their encrypted answers. Every method is scoped to an author."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from bot.models import EntryHeader, EntryPage, EntryRecord, EntryStatus
from storage.crypto import Cipher, answer_aad
from storage.db import Database
from storage.tables import Answer, Entry

_HEADER_COLUMNS = (
    Entry.id,
    Entry.author_id,
    Entry.guild_id,
    Entry.kind,
    Entry.status,
    Entry.next_page,
    Entry.consent_summary,
    Entry.created_at,
    Entry.updated_at,
    Entry.completed_at,
)


def _header(row: Any) -> EntryHeader:
    return EntryHeader.model_validate(dict(row._mapping))


class EntryRepository:
    def __init__(self, db: Database, cipher: Cipher) -> None:
        self._db = db
        self._cipher = cipher

    async def save_page(
        self,
        *,
        entry_id: int | None,
        author_id: int,
        kind: str,
        guild_id: int | None,
        answers: Mapping[str, str],
        advance_to: int | None,
        complete: bool = False,
        flagged: Mapping[str, Sequence[str]] | None = None,
    ) -> EntryHeader | None:
        """Store one page of answers in one transaction; create the entry when `entry_id` is None.

        `advance_to` moves the entry's next page forward (never back); None keeps it where it
        is (the page failed validation but what was typed is still kept). Returns None when
        the entry does not exist or belongs to someone else.
        """
        now = self._db.clock()
        flagged = flagged or {}
        async with self._db.write() as conn:
            if entry_id is None:
                entry_id = (
                    await conn.execute(
                        insert(Entry)
                        .values(
                            author_id=author_id,
                            guild_id=guild_id,
                            kind=kind,
                            status=EntryStatus.COMPLETE if complete else EntryStatus.DRAFT,
                            next_page=advance_to or 0,
                            consent_summary=False,
                            created_at=now,
                            updated_at=now,
                            completed_at=now if complete else None,
                        )
                        .returning(Entry.id)
                    )
                ).scalar_one()
            else:
                current = (
                    await conn.execute(
                        select(Entry.next_page, Entry.status, Entry.completed_at).where(
                            Entry.id == entry_id, Entry.author_id == author_id
                        )
                    )
                ).first()
                if current is None:
                    return None
                done = complete or current.status == EntryStatus.COMPLETE
                await conn.execute(
                    update(Entry)
                    .where(Entry.id == entry_id)
                    .values(
                        next_page=max(current.next_page, advance_to or 0),
                        status=EntryStatus.COMPLETE if done else EntryStatus.DRAFT,
                        updated_at=now,
                        completed_at=current.completed_at or (now if done else None),
                    )
                )
            saved_id: int = entry_id
            if answers:
                await conn.execute(
                    delete(Answer).where(
                        Answer.entry_id == saved_id, Answer.question_id.in_(list(answers))
                    )
                )
                await conn.execute(
                    insert(Answer),
                    [
                        {
                            "entry_id": saved_id,
                            "question_id": qid,
                            "ciphertext": self._cipher.encrypt(text, answer_aad(saved_id, qid)),
                            "flagged": ",".join(flagged.get(qid, ())) or None,
                        }
                        for qid, text in answers.items()
                    ],
                )
            row = (await conn.execute(select(*_HEADER_COLUMNS).where(Entry.id == saved_id))).one()
        return _header(row)

    async def get(self, entry_id: int, author_id: int) -> EntryRecord | None:
        """The entry with decrypted answers, or None if it is missing or not the author's."""
        async with self._db.read() as session:
            row = (
                await session.execute(
                    select(*_HEADER_COLUMNS).where(
                        Entry.id == entry_id, Entry.author_id == author_id
                    )
                )
            ).first()
            if row is None:
                return None
            stored = (
                await session.execute(
                    select(Answer.question_id, Answer.ciphertext, Answer.flagged).where(
                        Answer.entry_id == entry_id
                    )
                )
            ).all()
        answers = {
            a.question_id: self._cipher.decrypt(a.ciphertext, answer_aad(entry_id, a.question_id))
            for a in stored
        }
        flagged = {a.question_id: tuple(a.flagged.split(",")) for a in stored if a.flagged}
        return EntryRecord(**_header(row).model_dump(), answers=answers, flagged=flagged)

    async def latest_draft(self, author_id: int, kind: str) -> EntryHeader | None:
        async with self._db.read() as session:
            row = (
                await session.execute(
                    select(*_HEADER_COLUMNS)
                    .where(
                        Entry.author_id == author_id,
                        Entry.kind == kind,
                        Entry.status == EntryStatus.DRAFT,
                    )
                    .order_by(Entry.updated_at.desc(), Entry.id.desc())
                    .limit(1)
                )
            ).first()
        return None if row is None else _header(row)

    async def list_for_author(
        self,
        author_id: int,
        *,
        offset: int = 0,
        limit: int = 10,
        kind: str | None = None,
        status: EntryStatus | None = None,
    ) -> EntryPage:
        """The author's entries, newest first."""
        conditions = [Entry.author_id == author_id]
        if kind is not None:
            conditions.append(Entry.kind == kind)
        if status is not None:
            conditions.append(Entry.status == status)
        async with self._db.read() as session:
            total = (
                await session.execute(select(func.count()).select_from(Entry).where(*conditions))
            ).scalar_one()
            rows = (
                await session.execute(
                    select(*_HEADER_COLUMNS)
                    .where(*conditions)
                    .order_by(Entry.created_at.desc(), Entry.id.desc())
                    .offset(offset)
                    .limit(limit)
                )
            ).all()
        return EntryPage(items=[_header(r) for r in rows], total=total, offset=offset, limit=limit)

    async def delete(self, entry_id: int, author_id: int) -> bool:
        async with self._db.write() as conn:
            await conn.execute(
                delete(Answer).where(
                    Answer.entry_id.in_(
                        select(Entry.id).where(Entry.id == entry_id, Entry.author_id == author_id)
                    )
                )
            )
            result = await conn.execute(
                delete(Entry).where(Entry.id == entry_id, Entry.author_id == author_id)
            )
        return result.rowcount > 0

    async def set_consent(self, entry_id: int, author_id: int, consent: bool) -> bool:
        async with self._db.write() as conn:
            result = await conn.execute(
                update(Entry)
                .where(Entry.id == entry_id, Entry.author_id == author_id)
                .values(consent_summary=consent, updated_at=self._db.clock())
            )
        return result.rowcount > 0
