"""Entries and their encrypted answers. Every method is scoped to an author."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Integer,
    bindparam,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from bot.models import (
    AlreadySaved,
    EntryHeader,
    EntryPage,
    EntryRecord,
    EntryStatus,
    QuoteStatus,
)
from bot.summary.highlights import edit_form_is_current
from storage.answers import open_answers, open_excerpts
from storage.crypto import answer_aad, excerpt_aad, flagged_aad
from storage.db import Database
from storage.keys import Keyring
from storage.repos.outbox import mark_summaries_of
from storage.tables import Answer, Entry, Excerpt, TZDateTime

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
    Entry.quote_status,
    Entry.script_version,
    Entry.reviewed_step_id,
)

# The write path's statements, built once: each page only binds its values.
_INSERT_ENTRY = insert(Entry).returning(*_HEADER_COLUMNS)
_ADVANCE = bindparam("p_advance", type_=Integer())
_NOW = bindparam("p_now", type_=TZDateTime())
_DONE = or_(bindparam("p_complete", type_=Boolean()), Entry.status == EntryStatus.COMPLETE)
_UPDATE_ENTRY = (
    update(Entry)
    .where(Entry.id == bindparam("p_id"), Entry.author_id == bindparam("p_author"))
    .values(
        # SET sees the row as it was: the next page never moves back, completion sticks.
        next_page=case((Entry.next_page < _ADVANCE, _ADVANCE), else_=Entry.next_page),
        status=case((_DONE, EntryStatus.COMPLETE), else_=EntryStatus.DRAFT),
        updated_at=_NOW,
        completed_at=func.coalesce(Entry.completed_at, case((_DONE, _NOW))),
        # A page that named no step (or one opened before steps were named) keeps the one
        # stored.
        reviewed_step_id=func.coalesce(
            bindparam("p_step", type_=Integer()), Entry.reviewed_step_id
        ),
    )
    .returning(*_HEADER_COLUMNS)
)
_DELETE_ANSWERS = delete(Answer).where(
    Answer.entry_id == bindparam("p_entry"),
    Answer.question_id.in_(bindparam("p_qids", expanding=True)),
)
_INSERT_ANSWERS = insert(Answer)
# An edit withdraws an approval: what was approved was an excerpt of the text before it.
_WITHDRAW_EXCERPTS = delete(Excerpt).where(
    Excerpt.entry_id.in_(
        select(Entry.id).where(
            Entry.id == bindparam("p_id"),
            Entry.author_id == bindparam("p_author"),
            Entry.quote_status.in_((QuoteStatus.APPROVED, QuoteStatus.PENDING)),
        )
    )
)
_WITHDRAW_STATUS = (
    update(Entry)
    .where(
        Entry.id == bindparam("p_id"),
        Entry.author_id == bindparam("p_author"),
        Entry.quote_status.in_((QuoteStatus.APPROVED, QuoteStatus.PENDING)),
    )
    .values(quote_status=QuoteStatus.UNASKED)
)

# The hot reads, built once too: a statement object built per call costs more than its query,
# and only the same object skips adapting the cached compilation's result columns to it.
_P_ID = bindparam("p_id", type_=Integer())
_GET_HEADER = select(*_HEADER_COLUMNS).where(
    Entry.id == _P_ID, Entry.author_id == bindparam("p_author")
)
_GET_ANSWERS = select(Answer.entry_id, Answer.question_id, Answer.ciphertext, Answer.flagged).where(
    Answer.entry_id == _P_ID
)
_GET_EXCERPTS = select(Excerpt.entry_id, Excerpt.question_id, Excerpt.ciphertext).where(
    Excerpt.entry_id == _P_ID
)
_LATEST_DRAFT = (
    select(*_HEADER_COLUMNS)
    .where(
        Entry.author_id == bindparam("p_author"),
        Entry.kind == bindparam("p_kind"),
        Entry.status == EntryStatus.DRAFT,
    )
    .order_by(Entry.updated_at.desc(), Entry.id.desc())
    .limit(1)
)


# A step named by a form counts only if it is one of the author's complete entries: a forged
# form names nothing of another author's.
_OWN_STEP = select(Entry.id).where(
    Entry.id == bindparam("p_step", type_=Integer()),
    Entry.author_id == bindparam("p_author"),
    Entry.status == EntryStatus.COMPLETE,
)


_BY_FORM = select(Entry.id, Entry.author_id).where(Entry.form_token == bindparam("p_token"))


def _form_saved(row: Any, author_id: int) -> None:
    """Raise `AlreadySaved` if `row` (found by a form's one-time id) exists; an id another
    author's entry holds is refused the same way, naming no row of theirs (0)."""
    if row is not None:
        raise AlreadySaved(row.id if row.author_id == author_id else 0)


def _own_step(
    conn: Connection, step: int | None, author_id: int, entry_id: int | None
) -> int | None:
    """`step` if it is one of the author's complete entries other than `entry_id`, else None."""
    if step is None or step == entry_id:
        return None
    return conn.execute(_OWN_STEP, {"p_step": step, "p_author": author_id}).scalar()


def _counted(row: Any) -> bool:
    """Whether the entry (a header row) counts in its server's weekly summary."""
    complete = row.status == EntryStatus.COMPLETE
    return bool(row.consent_summary) and complete and row.guild_id is not None


def _header(row: Any) -> EntryHeader:
    return EntryHeader.model_validate(dict(row._mapping))


class EntryRepository:
    def __init__(self, db: Database, keys: Keyring) -> None:
        self._db = db
        self._keys = keys

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
        script_version: int = 1,
        form_token: str | None = None,
        reviewed_step: int | None = None,
    ) -> EntryHeader | None:
        """Store one page of answers in one transaction; create the entry when `entry_id` is None.

        `advance_to` moves the entry's next page forward (never back); None keeps it where it
        is (the page failed validation but what was typed is still kept). Returns None when
        the entry does not exist or belongs to someone else. `form_token`, the one-time id of
        the form that creates the entry, is stored with it: a second submit of that form
        raises `AlreadySaved` with the entry the first made, and stores nothing.
        `reviewed_step` is the entry whose next step the page's step review named: stored when
        it is another of the author's complete entries; None keeps what is stored.

        An edit that replaces stored answers (or withdraws excerpts of them) checkpoints the
        WAL once it commits, so that the replaced ciphertexts leave the `-wal` too.
        """
        now = self._db.clock()
        flagged = flagged or {}

        def transaction(conn: Connection) -> tuple[EntryHeader | None, bool]:
            replaced = 0
            step = _own_step(conn, reviewed_step, author_id, entry_id)
            if entry_id is None:
                if form_token is not None:
                    _form_saved(conn.execute(_BY_FORM, {"p_token": form_token}).first(), author_id)
                row = conn.execute(
                    _INSERT_ENTRY,
                    {
                        "author_id": author_id,
                        "guild_id": guild_id,
                        "kind": kind,
                        "status": EntryStatus.COMPLETE if complete else EntryStatus.DRAFT,
                        "next_page": advance_to or 0,
                        "consent_summary": False,
                        "created_at": now,
                        "updated_at": now,
                        "completed_at": now if complete else None,
                        "script_version": script_version,
                        "form_token": form_token,
                        "reviewed_step_id": step,
                    },
                ).one()
            else:
                if answers:
                    withdraw = {"p_id": entry_id, "p_author": author_id}
                    replaced += conn.execute(_WITHDRAW_EXCERPTS, withdraw).rowcount
                    conn.execute(_WITHDRAW_STATUS, withdraw)
                row = conn.execute(
                    _UPDATE_ENTRY,
                    {
                        "p_id": entry_id,
                        "p_author": author_id,
                        "p_advance": advance_to or 0,
                        "p_complete": complete,
                        "p_now": now,
                        "p_step": step,
                    },
                ).first()
                if row is None:
                    return None, False
                if answers and _counted(row):
                    # A weekly summary already posted may quote the words this edit replaces:
                    # it is rebuilt from what is stored now, a job stored with the edit.
                    mark_summaries_of(conn, [(row.guild_id, row.created_at)], now)
                # Replace what this page held. (A new entry holds nothing: the foreign key
                # leaves no answers behind a deleted entry whose id SQLite might reuse.)
                if answers:
                    replaced += conn.execute(
                        _DELETE_ANSWERS, {"p_entry": entry_id, "p_qids": list(answers)}
                    ).rowcount
            saved_id: int = row.id
            if answers:
                key = self._keys.user_cipher(conn, author_id, now)
                conn.execute(
                    _INSERT_ANSWERS,
                    [
                        {
                            "entry_id": saved_id,
                            "question_id": qid,
                            "ciphertext": key.encrypt(text, answer_aad(saved_id, qid)),
                            "flagged": key.encrypt(kinds, flagged_aad(saved_id, qid))
                            if (kinds := ",".join(flagged.get(qid, ())))
                            else None,
                        }
                        for qid, text in answers.items()
                    ],
                )
            return _header(row), replaced > 0

        try:
            saved, replaced = await self._db.run_write(transaction, holding=[author_id])
        except IntegrityError:
            if form_token is None:
                raise
            # Two submits of one form at the same moment (PostgreSQL): the first one won.
            async with self._db.read() as session:
                found = (await session.execute(_BY_FORM, {"p_token": form_token})).first()
            _form_saved(found, author_id)
            raise
        if replaced:
            await self._db.checkpoint()  # the replaced answers' old pages leave the `-wal` too
        return saved

    async def get(self, entry_id: int, author_id: int) -> EntryRecord | None:
        """The entry with decrypted answers, or None if it is missing or not the author's."""

        def work(conn: Connection) -> tuple[Any, list[Any], list[Any]] | None:
            row = conn.execute(_GET_HEADER, {"p_id": entry_id, "p_author": author_id}).first()
            if row is None:
                return None
            stored = conn.execute(_GET_ANSWERS, {"p_id": entry_id}).all()
            shown = conn.execute(_GET_EXCERPTS, {"p_id": entry_id}).all()
            blobs = [r.ciphertext for r in stored] + [r.flagged for r in stored if r.flagged]
            self._keys.load_user(conn, author_id, blobs + [r.ciphertext for r in shown])
            return row, list(stored), list(shown)

        found = await self._db.run_read(work)
        if found is None:
            return None
        row, stored, shown = found
        opened = open_answers(self._keys, stored)
        return EntryRecord(
            **_header(row).model_dump(),
            answers=opened.answers.get(entry_id, {}),
            flagged=opened.flagged.get(entry_id, {}),
            excerpts=open_excerpts(self._keys, shown).get(entry_id, {}),
        )

    async def latest_draft(self, author_id: int, kind: str) -> EntryHeader | None:
        def work(conn: Connection) -> Any:
            return conn.execute(_LATEST_DRAFT, {"p_author": author_id, "p_kind": kind}).first()

        row = await self._db.run_read(work)
        return None if row is None else _header(row)

    async def list_for_author(
        self,
        author_id: int,
        *,
        offset: int = 0,
        limit: int = 10,
        kind: str | None = None,
        status: EntryStatus | None = None,
        entry_id: int | None = None,
    ) -> EntryPage:
        """The author's entries, newest first (`entry_id`: only that one, if it is hers)."""
        conditions = [Entry.author_id == author_id]
        if entry_id is not None:
            conditions.append(Entry.id == entry_id)
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
        await self._db.checkpoint()
        return result.rowcount > 0

    async def set_server(self, entry_id: int, author_id: int, guild_id: int) -> bool:
        """Place an entry written in a DM in a server, for the weekly summary; False, changing
        nothing, once it counts in another server (placed meanwhile, or written in one): an
        entry is never moved from one server's summary to another's."""
        result = await self._db.apply(
            update(Entry)
            .where(
                Entry.id == entry_id,
                Entry.author_id == author_id,
                or_(Entry.guild_id.is_(None), Entry.guild_id == guild_id),
            )
            .values(guild_id=guild_id, updated_at=self._db.clock())
        )
        return result > 0

    async def set_consent(self, entry_id: int, author_id: int, consent: bool) -> bool:
        """Include the entry in the weekly summary or not; leaving it drops its excerpts (and
        the WAL is checkpointed once that commits, so that they leave the `-wal` too)."""
        dropped = 0
        async with self._db.write() as conn:
            values: dict[str, Any] = {"consent_summary": consent, "updated_at": self._db.clock()}
            if not consent:
                values["quote_status"] = QuoteStatus.UNASKED
                before = (
                    await conn.execute(
                        select(*_HEADER_COLUMNS).where(
                            Entry.id == entry_id, Entry.author_id == author_id
                        )
                    )
                ).first()
                if before is not None and _counted(before):
                    # A summary posted with it is rebuilt without it: a job stored with this.
                    now = self._db.clock()
                    await conn.run_sync(
                        lambda sync: mark_summaries_of(
                            sync, [(before.guild_id, before.created_at)], now
                        )
                    )
                gone = await conn.execute(
                    delete(Excerpt).where(
                        Excerpt.entry_id.in_(
                            select(Entry.id).where(
                                Entry.id == entry_id, Entry.author_id == author_id
                            )
                        )
                    )
                )
                dropped = gone.rowcount
            result = await conn.execute(
                update(Entry)
                .where(Entry.id == entry_id, Entry.author_id == author_id)
                .values(**values)
            )
        if dropped:
            await self._db.checkpoint()  # the excerpts' old pages leave the `-wal` too
        return result.rowcount > 0

    async def show_excerpts(
        self, entry_id: int, author_id: int, excerpts: Mapping[str, str]
    ) -> bool:
        """Store the excerpts just shown to the author, awaiting their answer (any approval or
        refusal of earlier ones is replaced). Empty means nothing is left to quote."""
        return await self._set_excerpts(entry_id, author_id, excerpts, QuoteStatus.PENDING) is True

    async def approve_excerpts(
        self, entry_id: int, author_id: int, excerpts: Mapping[str, str]
    ) -> bool:
        """Approve exactly `excerpts` (what the author was shown) for quoting.

        Compare-and-set: refused (False) when the stored excerpts are no longer these, e.g.
        after an edit of the entry, so an old button never approves text it did not show.
        """

        def transaction(conn: Connection) -> bool:
            row = conn.execute(
                select(*_HEADER_COLUMNS).where(
                    Entry.id == entry_id,
                    Entry.author_id == author_id,
                    Entry.consent_summary.is_(True),
                )
            ).first()
            if row is None or row.quote_status not in (QuoteStatus.PENDING, QuoteStatus.APPROVED):
                return False
            self._keys.load_user(conn, author_id)
            rows = conn.execute(
                select(Excerpt.entry_id, Excerpt.question_id, Excerpt.ciphertext).where(
                    Excerpt.entry_id == entry_id
                )
            ).all()
            stored = open_excerpts(self._keys, rows).get(entry_id, {})
            if stored != dict(excerpts) or not stored:
                return False
            conn.execute(
                update(Entry)
                .where(Entry.id == entry_id, Entry.author_id == author_id)
                .values(quote_status=QuoteStatus.APPROVED, updated_at=self._db.clock())
            )
            if _counted(row):
                # The week's summary, if posted already, is rebuilt to quote what she approved
                # (after an edit withdrew what it quoted before). A mid-week post is a snapshot.
                mark_summaries_of(
                    conn, [(row.guild_id, row.created_at)], self._db.clock(), early=False
                )
            return True

        return await self._db.run_write(transaction)

    async def decline_quotes(self, entry_id: int, author_id: int) -> bool:
        """ "Don't quote me": the entry still counts in the figures, and no excerpt is kept."""
        return await self._set_excerpts(entry_id, author_id, {}, QuoteStatus.DECLINED) is True

    async def edit_excerpts(
        self,
        entry_id: int,
        author_id: int,
        excerpts: Mapping[str, str],
        *,
        shown: int,
        form_token: str,
    ) -> bool | None:
        """Store the author's edit from an Edit form, awaiting her answer, as `show_excerpts`
        does (an edit that left nothing to quote is "Don't quote me", as `decline_quotes`).
        Compare-and-set: None, storing nothing, when the stored excerpts are no longer those
        the form was opened on (`shown`, their digest) nor stored by this very form
        (`form_token`): they changed in another window since. False: not hers, or not
        included."""
        status = QuoteStatus.PENDING if excerpts else QuoteStatus.DECLINED
        return await self._set_excerpts(
            entry_id, author_id, excerpts, status, form=(shown, form_token)
        )

    async def _set_excerpts(
        self,
        entry_id: int,
        author_id: int,
        excerpts: Mapping[str, str],
        status: QuoteStatus,
        *,
        form: tuple[int, str] | None = None,
    ) -> bool | None:
        """Replace the entry's excerpts; when that removed stored ones, checkpoint the WAL once
        it commits, so that their ciphertexts leave the `-wal` too. With `form` (the digest
        the Edit form was opened on, and its one-time id), only while the form is current."""

        def transaction(conn: Connection) -> tuple[bool | None, bool]:
            mine = (Entry.id == entry_id, Entry.author_id == author_id)
            header = select(*_HEADER_COLUMNS).where(*mine, Entry.consent_summary.is_(True))
            if form is not None:
                # locked until the write (PostgreSQL): two forms at once compare one by one
                header = header.with_for_update()
            before = conn.execute(header).first()
            if before is None:
                return False, False
            if form is not None and not self._form_is_current(conn, before, *form):
                return None, False
            conn.execute(
                update(Entry).where(*mine).values(quote_status=status, updated_at=self._db.clock())
            )
            if before.quote_status == QuoteStatus.APPROVED and _counted(before):
                # What she approved may be quoted in a posted summary: rebuilt without it.
                mark_summaries_of(conn, [(before.guild_id, before.created_at)], self._db.clock())
            replaced = conn.execute(delete(Excerpt).where(Excerpt.entry_id == entry_id)).rowcount
            if excerpts:
                key = self._keys.user_cipher(conn, author_id, self._db.clock())
                conn.execute(
                    insert(Excerpt),
                    [
                        {
                            "entry_id": entry_id,
                            "question_id": qid,
                            "ciphertext": key.encrypt(text, excerpt_aad(entry_id, qid)),
                            "form_token": None if form is None else form[1],
                        }
                        for qid, text in excerpts.items()
                    ],
                )
            return True, replaced > 0

        done, replaced = await self._db.run_write(transaction, holding=[author_id])
        if replaced:
            await self._db.checkpoint()  # the replaced excerpts' old pages leave the `-wal` too
        return done

    def _form_is_current(self, conn: Connection, before: Any, shown: int, token: str) -> bool:
        """Whether an Edit form opened on excerpts whose digest is `shown` may store its
        wording now (`edit_form_is_current`), read in the writing transaction."""
        rows = conn.execute(
            select(
                Excerpt.entry_id, Excerpt.question_id, Excerpt.ciphertext, Excerpt.form_token
            ).where(Excerpt.entry_id == before.id)
        ).all()
        self._keys.load_user(conn, before.author_id)
        stored = open_excerpts(self._keys, rows).get(before.id, {})
        return edit_form_is_current(
            QuoteStatus(before.quote_status),
            stored,
            [row.form_token for row in rows],
            shown=shown,
            form=token,
        )
