"""The consultation-hours log: an author's own entries, and what facilitators are asked to attest.

Every author method is scoped by `author_id`; every facilitator method by the server the
attestation was asked in, and only for entries waiting for it there. Free text is one JSON
object encrypted under the author's data key, bound to its row like answers are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.hours.model import (
    WAITING_SHOWN,
    WITHDRAWN,
    Attestation,
    Format,
    HoursDraft,
    HoursEntry,
    Kind,
    Part,
    StaleForm,
    edit_form_is_current,
)
from bot.models import AlreadySaved
from storage.db import Database
from storage.keys import Keyring, hold_users_in
from storage.records import record_from_row
from storage.repos.audit import AuditNote
from storage.repos.notices import notice_in
from storage.tables import AuditEvent, HoursLog, Practitioner
from storage.upsert import upsert

EDITABLE = (Attestation.NONE, Attestation.DECLINED)
WAITING = (Attestation.REQUESTED, Attestation.REOPEN_ASKED)


def texts_aad(hours_id: int) -> bytes:
    return f"hours:{hours_id}".encode()


def flagged_aad(hours_id: int) -> bytes:
    return f"hours-flagged:{hours_id}".encode()


def attest_aad(hours_id: int) -> bytes:
    return f"hours-attest:{hours_id}".encode()


def _values(draft: HoursDraft) -> dict[str, Any]:
    return {
        "day": draft.when.day,
        "start_time": draft.when.start,
        "end_time": draft.when.end,
        "minutes": draft.when.minutes,
        "own_minutes": draft.own_minutes,
        "format": draft.format.value,
        "kind": draft.kind.value,
        "part": draft.part.value,
    }


def _same(entry: HoursEntry, draft: HoursDraft) -> bool:
    """Whether `draft` is what `entry` already holds (an Edit form submitted twice)."""
    when = draft.when
    held = (entry.day, entry.start, entry.end, entry.minutes, entry.own_minutes)
    return (
        held == (when.day, when.start, when.end, when.minutes, draft.own_minutes)
        and (entry.format, entry.kind, entry.part) == (draft.format, draft.kind, draft.part)
        and entry.texts == draft.texts
    )


def _form_saved(row: Any, author_id: int) -> None:
    """Raise `AlreadySaved` if `row` (found by a form's one-time id) exists; one of another
    author's is refused the same way, naming no row of theirs (0)."""
    if row is not None:
        raise AlreadySaved(row.id if row.author_id == author_id else 0)


def withdrawn_in(conn: Connection, now: datetime, *where: Any, actor_id: int | None) -> None:
    """In a transaction that deletes the entries `where` selects: record each request for
    attestation that goes with them as withdrawn, for the server it was waiting in (no text),
    so that its facilitators, and no one else, are told why a form they had open on it saved
    nothing. `actor_id` None: an erasure's."""
    rows = conn.execute(
        select(HoursLog.id, HoursLog.attest_guild_id).where(
            *where, HoursLog.state == Attestation.REQUESTED
        )
    ).all()
    for entry_id, guild_id in rows:
        conn.execute(
            insert(AuditEvent).values(
                kind=WITHDRAWN,
                actor_id=actor_id,
                actor_erased=actor_id is None,
                guild_id=guild_id,
                subject=f"hours:{entry_id}",
                created_at=now,
            )
        )


def _hold_parties(
    conn: Connection, entry_id: int, audit: AuditNote | None, *others: int | None
) -> None:
    """First in a write of an entry that may not be the writer's own (a facilitator's answer):
    hold its author, and whoever else it stores the id of (the audit event's actor, the
    attester), so that an erasure of any of them comes wholly before or after it. The author
    is read without locking the row: every lock of the erasure's is taken after these."""
    author = conn.execute(select(HoursLog.author_id).where(HoursLog.id == entry_id)).scalar()
    hold_users_in(conn, [author, AuditNote.actor(audit), *others])


class HoursRepository:
    def __init__(self, db: Database, keys: Keyring) -> None:
        self._db = db
        self._keys = keys

    # -- writing -------------------------------------------------------------------------

    def _seal(self, conn: Connection, row_id: int, author_id: int, draft: HoursDraft) -> None:
        now = self._db.clock()
        key = self._keys.user_cipher(conn, author_id, now)
        conn.execute(
            update(HoursLog)
            .where(HoursLog.id == row_id)
            .values(
                texts=key.encrypt(json.dumps(draft.texts), texts_aad(row_id)),
                flagged=key.encrypt(",".join(draft.flagged), flagged_aad(row_id))
                if draft.flagged
                else None,
            )
        )

    async def add(
        self,
        author_id: int,
        guild_id: int | None,
        draft: HoursDraft,
        form_token: str | None = None,
    ) -> HoursEntry:
        """Log a session. `form_token`, the one-time id of the form it was typed in, is stored
        with it: a second submit of that form raises `AlreadySaved` and stores nothing."""
        now = self._db.clock()
        by_form = select(HoursLog.id, HoursLog.author_id).where(HoursLog.form_token == form_token)

        def work(conn: Connection) -> int:
            if form_token is not None:
                _form_saved(conn.execute(by_form).first(), author_id)
            row_id: int = conn.execute(
                insert(HoursLog)
                .values(
                    author_id=author_id,
                    guild_id=guild_id,
                    texts=b"",
                    reflection_id=draft.reflection_id,
                    state=Attestation.NONE.value,
                    created_at=now,
                    updated_at=now,
                    form_token=form_token,
                    **_values(draft),
                )
                .returning(HoursLog.id)
            ).scalar_one()
            self._seal(conn, row_id, author_id, draft)
            return row_id

        try:
            row_id = await self._db.run_write(work, holding=[author_id])
        except IntegrityError:
            if form_token is None:
                raise
            # Two submits of one form at the same moment (PostgreSQL): the first one won.
            async with self._db.read() as session:
                _form_saved((await session.execute(by_form)).first(), author_id)
            raise
        entry = await self.get(row_id, author_id)
        assert entry is not None
        return entry

    async def edit(
        self,
        entry_id: int,
        author_id: int,
        draft: HoursDraft,
        *,
        form: tuple[int, str] | None = None,
    ) -> HoursEntry | None:
        """Replace an editable entry (a declined one starts over); None if locked or not hers.

        With `form` (the digest of the entry the Edit form was opened on, and its one-time
        id), compare-and-set: `StaleForm`, storing nothing, when the entry changed since and
        not by this form (`edit_form_is_current`); `AlreadySaved` when this form stored these
        very values already (the same form submitted twice).

        Its texts are sealed again, so an edit always replaces stored text: the WAL is
        checkpointed once it commits, so that the replaced ciphertexts leave the `-wal` too."""
        now = self._db.clock()
        mine = (HoursLog.id == entry_id, HoursLog.author_id == author_id)

        def work(conn: Connection) -> bool:
            if form is not None:
                # locked until the update (PostgreSQL): two forms at once compare one by one
                locked = self._locked(conn, *mine)
                if locked is None:
                    return False
                row, stored = locked
                shown, token = form
                if row.edit_token == token and _same(stored, draft):
                    raise AlreadySaved(entry_id)
                if stored.editable and not edit_form_is_current(
                    stored, row.edit_token, shown=shown, form=token
                ):
                    raise StaleForm
            changed = conn.execute(
                update(HoursLog)
                .where(*mine, HoursLog.state.in_(EDITABLE))
                .values(
                    state=Attestation.NONE.value,
                    attest_guild_id=None,
                    attester_id=None,
                    attested_at=None,
                    attest_text=None,
                    updated_at=now,
                    edit_token=None if form is None else form[1],
                    **_values(draft),
                )
            ).rowcount
            if changed:
                self._seal(conn, entry_id, author_id, draft)
            return bool(changed)

        if not await self._db.run_write(work, holding=[author_id]):
            return None
        await self._db.checkpoint()  # the replaced texts' old pages leave the `-wal` too
        return await self.get(entry_id, author_id)

    async def delete(self, entry_id: int, author_id: int) -> bool:
        """Delete an entry that is not attested (a pending request goes with it, recorded as
        withdrawn for that server, `withdrawn_in`); once that commits, the WAL is checkpointed
        so that its texts leave the `-wal` too."""

        def work(conn: Connection) -> bool:
            where = (
                HoursLog.id == entry_id,
                HoursLog.author_id == author_id,
                HoursLog.state.in_((*EDITABLE, Attestation.REQUESTED)),
            )
            withdrawn_in(conn, self._db.clock(), *where, actor_id=author_id)
            return bool(conn.execute(delete(HoursLog).where(*where)).rowcount)

        deleted = await self._db.run_write(work, holding=[author_id])
        if deleted:
            await self._db.checkpoint()  # its texts' old pages leave the `-wal` too
        return deleted

    def _locked(self, conn: Connection, *where: Any) -> tuple[Any, HoursEntry] | None:
        """The row `where` selects, locked until the transaction ends (PostgreSQL), and the
        entry it holds; None if there is none."""
        row = conn.execute(select(HoursLog).where(*where).with_for_update()).first()
        if row is None:
            return None
        self._keys.load_user(conn, row.author_id)
        return row, self._open(row)

    async def _move(
        self,
        entry_id: int,
        where: Sequence[Any],
        to: Attestation,
        *,
        shown: int | None = None,
        audit: AuditNote | None = None,
        notice: tuple[int, int] | None = None,
        **values: Any,
    ) -> bool:
        """Move the entry `where` selects to state `to`. A move that clears a stored
        facilitator's text (a decline's reason, an attester's name and credential) is
        followed, once it commits, by a WAL checkpoint, so that text leaves the `-wal` too.
        With `shown` (the digest of the entry as the member was shown it), `StaleForm`,
        changing nothing, when the entry `where` selects is no longer that version. With
        `audit`, its record is written in the same transaction as the move, or neither is."""
        now = self._db.clock()
        clears_text = "attest_text" in values

        def work(conn: Connection) -> tuple[bool, bool]:
            _hold_parties(conn, entry_id, audit)
            if shown is not None:
                # locked until the update (PostgreSQL): an edit at the same moment waits
                locked = self._locked(conn, *where)
                if locked is not None and locked[1].digest() != shown:
                    raise StaleForm
            held = clears_text and (
                conn.execute(
                    select(HoursLog.id).where(*where, HoursLog.attest_text.is_not(None))
                ).first()
                is not None
            )
            changed = conn.execute(
                update(HoursLog)
                .where(*where)
                .values(state=to.value, updated_at=now, edit_token=None, **values)
            ).rowcount
            if changed and audit is not None:
                conn.execute(audit.insert(now))
            if changed and notice is not None:  # (entry, server): the DM telling its author
                notice_in(conn, *notice, to, now)
            return bool(changed), held and bool(changed)

        changed, cleared = await self._db.run_write(work)
        if cleared:
            await self._db.checkpoint()  # the cleared text's old pages leave the `-wal` too
        return changed

    async def request(
        self,
        entry_id: int,
        author_id: int,
        guild_id: int,
        *,
        shown: int | None = None,
        audit: AuditNote | None = None,
    ) -> bool:
        """Ask the facilitators of `guild_id` to attest an editable entry. With `shown` (the
        digest of the entry the member's button was shown with), `StaleForm` when it changed
        since: nobody is asked to attest a version its author did not see."""
        return await self._move(
            entry_id,
            (
                HoursLog.id == entry_id,
                HoursLog.author_id == author_id,
                HoursLog.state.in_(EDITABLE),
            ),
            Attestation.REQUESTED,
            shown=shown,
            audit=audit,
            attest_guild_id=guild_id,
            attest_text=None,
        )

    async def ask_reopen(
        self, entry_id: int, author_id: int, *, audit: AuditNote | None = None
    ) -> bool:
        return await self._move(
            entry_id,
            (
                HoursLog.id == entry_id,
                HoursLog.author_id == author_id,
                HoursLog.state == Attestation.ATTESTED,
            ),
            Attestation.REOPEN_ASKED,
            audit=audit,
        )

    def _waiting_in(self, entry_id: int, guild_id: int, state: Attestation, by: int) -> list[Any]:
        return [
            HoursLog.id == entry_id,
            HoursLog.attest_guild_id == guild_id,
            HoursLog.state == state,
            HoursLog.author_id != by,  # nobody attests their own hours
        ]

    async def attest(
        self,
        entry_id: int,
        guild_id: int,
        attester_id: int,
        shown_as: str,
        *,
        shown: int | None = None,
        audit: AuditNote | None = None,
        tell: bool = False,
    ) -> bool:
        """Attest a requested entry, storing the attester's name and credential as typed.
        With `shown` (the digest of the entry the form was opened on), `StaleForm` when the
        entry changed since: nobody attests what they were not shown. With `tell`, the DM
        telling its author is stored with it (`notice_in`), to be sent after."""
        return await self._answer(
            entry_id, guild_id, attester_id, Attestation.ATTESTED, shown_as, shown, audit, tell
        )

    async def decline(
        self,
        entry_id: int,
        guild_id: int,
        attester_id: int,
        reason: str,
        *,
        shown: int | None = None,
        audit: AuditNote | None = None,
        tell: bool = False,
    ) -> bool:
        """Decline a requested entry with a reason the author sees; `shown` and `tell` as for
        `attest`."""
        return await self._answer(
            entry_id, guild_id, attester_id, Attestation.DECLINED, reason, shown, audit, tell
        )

    async def _answer(
        self,
        entry_id: int,
        guild_id: int,
        attester_id: int,
        state: Attestation,
        text: str,
        shown: int | None,
        audit: AuditNote | None = None,
        tell: bool = False,
    ) -> bool:
        """A facilitator's answer to a request: its state, who and when, and their words
        (sealed under the author's key); False if the entry is not waiting for them,
        `StaleForm` if it is no longer the version their form was opened on (`shown`)."""
        now = self._db.clock()

        def work(conn: Connection) -> bool:
            _hold_parties(conn, entry_id, audit, attester_id)
            waiting = self._waiting_in(entry_id, guild_id, Attestation.REQUESTED, attester_id)
            # locked until the update (PostgreSQL): two answers at once are read one by one
            locked = self._locked(conn, *waiting)
            if locked is None:
                return False
            row, entry = locked
            if shown is not None and entry.digest() != shown:
                raise StaleForm
            key = self._keys.user_cipher(conn, row.author_id, now)
            changed = bool(
                conn.execute(
                    update(HoursLog)
                    .where(*waiting)
                    .values(
                        state=state.value,
                        attester_id=attester_id,
                        attested_at=now,
                        attest_text=key.encrypt(text, attest_aad(entry_id)),
                        updated_at=now,
                        edit_token=None,
                    )
                ).rowcount
            )
            if changed and audit is not None:  # written with it, or neither is
                conn.execute(audit.insert(now))
            if changed and tell:  # and so is the DM telling the member
                notice_in(conn, entry_id, guild_id, state, now)
            return changed

        return await self._db.run_write(work)

    async def reopen(
        self,
        entry_id: int,
        guild_id: int,
        actor_id: int,
        *,
        audit: AuditNote | None = None,
        tell: bool = False,
    ) -> bool:
        """Grant a reopening: the attestation is withdrawn and the entry editable again;
        `tell` as for `attest`."""
        return await self._move(
            entry_id,
            self._waiting_in(entry_id, guild_id, Attestation.REOPEN_ASKED, actor_id),
            Attestation.NONE,
            audit=audit,
            notice=(entry_id, guild_id) if tell else None,
            attester_id=None,
            attested_at=None,
            attest_text=None,
            attest_guild_id=None,
        )

    async def set_cpd_start_month(self, user_id: int, month: int) -> None:
        now = self._db.clock()

        def work(conn: Connection) -> None:
            conn.execute(
                upsert(
                    conn.dialect.name,
                    Practitioner,
                    {"user_id": user_id},
                    {"cpd_start_month": month},
                    on_insert={"created_at": now},
                )
            )

        await self._db.run_write(work)

    # -- reading -------------------------------------------------------------------------

    async def cpd_start_month(self, user_id: int) -> int | None:
        def work(conn: Connection) -> int | None:
            return conn.execute(
                select(Practitioner.cpd_start_month).where(Practitioner.user_id == user_id)
            ).scalar()

        return await self._db.run_read(work)

    def _open(self, row: Any) -> HoursEntry:
        texts: dict[str, str] = (
            json.loads(self._keys.decrypt(row.texts, texts_aad(row.id))) if row.texts else {}
        )
        shown = self._keys.decrypt(row.attest_text, attest_aad(row.id)) if row.attest_text else ""
        state = Attestation(row.state)
        declined = state is Attestation.DECLINED
        return record_from_row(
            HoursEntry,
            row,
            start=row.start_time,
            end=row.end_time,
            format=Format(row.format),
            kind=Kind(row.kind),
            part=Part(row.part),
            texts=texts,
            state=state,
            attested_as="" if declined else shown,
            declined_reason=shown if declined else "",
        )

    async def _select(
        self, *where: Any, order: Any = None, limit: int | None = None, offset: int = 0
    ) -> list[HoursEntry]:
        def work(conn: Connection) -> list[Any]:
            query = select(HoursLog).where(*where)
            query = query.order_by(*(order or (HoursLog.day.desc(), HoursLog.id.desc())))
            if limit is not None:
                query = query.limit(limit).offset(offset)
            rows = list(conn.execute(query).all())
            for author in {r.author_id for r in rows}:
                self._keys.load_user(conn, author)
            return rows

        rows = await self._db.run_read(work)
        return [self._open(r) for r in rows]

    async def get(self, entry_id: int, author_id: int) -> HoursEntry | None:
        found = await self._select(HoursLog.id == entry_id, HoursLog.author_id == author_id)
        return found[0] if found else None

    async def page(self, author_id: int, page: int, size: int) -> tuple[list[HoursEntry], int]:
        """One page of an author's entries, newest first, and how many there are in all."""

        def count(conn: Connection) -> int:
            return conn.execute(
                select(func.count()).select_from(HoursLog).where(HoursLog.author_id == author_id)
            ).scalar_one()

        total = await self._db.run_read(count)
        items = await self._select(
            HoursLog.author_id == author_id, limit=size, offset=max(page, 0) * size
        )
        return items, total

    async def between(self, author_id: int, first: date, last: date) -> list[HoursEntry]:
        return await self._select(
            HoursLog.author_id == author_id,
            HoursLog.day >= first,
            HoursLog.day <= last,
            order=(HoursLog.day, HoursLog.id),
        )

    async def all_of(self, author_id: int) -> list[HoursEntry]:
        return await self._select(HoursLog.author_id == author_id, order=(HoursLog.id,))

    @staticmethod
    def _waiting_where(guild_id: int, viewer_id: int) -> tuple[Any, ...]:
        """Entries this server's facilitators are asked to attest or reopen, not the viewer's."""
        return (
            HoursLog.attest_guild_id == guild_id,
            HoursLog.state.in_(WAITING),
            HoursLog.author_id != viewer_id,
        )

    async def waiting(self, guild_id: int, viewer_id: int) -> list[HoursEntry]:
        """What this server's facilitators are asked to attest or reopen, oldest first (at most
        `WAITING_SHOWN`, what one picker holds)."""
        return await self._select(
            *self._waiting_where(guild_id, viewer_id),
            order=(HoursLog.updated_at, HoursLog.id),
            limit=WAITING_SHOWN,
        )

    async def waiting_count(self, guild_id: int, viewer_id: int) -> int:
        """How many entries `waiting` would list without its limit."""

        def work(conn: Connection) -> int:
            query = select(func.count()).select_from(HoursLog)
            return conn.execute(query.where(*self._waiting_where(guild_id, viewer_id))).scalar_one()

        return await self._db.run_read(work)

    async def waiting_one(self, entry_id: int, guild_id: int, viewer_id: int) -> HoursEntry | None:
        found = await self._select(
            HoursLog.id == entry_id, *self._waiting_where(guild_id, viewer_id)
        )
        return found[0] if found else None

    async def answered(
        self, entry_id: int, guild_id: int, viewer_id: int
    ) -> tuple[Attestation, bool] | None:
        """How an entry sent to this server's facilitators was answered (attested or declined,
        by anyone) and whether `viewer_id` answered it, so that a second click can say so;
        None if it is not such an entry."""

        def work(conn: Connection) -> tuple[str, int | None] | None:
            row = conn.execute(
                select(HoursLog.state, HoursLog.attester_id).where(
                    HoursLog.id == entry_id,
                    HoursLog.attest_guild_id == guild_id,
                    HoursLog.author_id != viewer_id,
                )
            ).first()
            return None if row is None else (row[0], row[1])

        found = await self._db.run_read(work)
        answered = (Attestation.ATTESTED, Attestation.DECLINED, Attestation.REOPEN_ASKED)
        if found is None or found[0] not in answered:
            return None
        return Attestation(found[0]), found[1] == viewer_id

    @staticmethod
    def exported(entry: HoursEntry) -> dict[str, Any]:
        return {
            "id": entry.id,
            "server_id": entry.guild_id,
            "date": entry.day,
            "start": entry.start,
            "end": entry.end,
            "minutes": entry.minutes,
            "own_practice_minutes": entry.own_minutes,
            "format": entry.format.value,
            "type": entry.kind.value,
            "role": entry.part.value,
            "texts": entry.texts,
            "from_reflection": entry.reflection_id,
            "attestation": entry.state.value,
            "attested_by": entry.attested_as or None,
            "attested_at": entry.attested_at,
            "declined_reason": entry.declined_reason or None,
            "created_at": entry.created_at,
        }
