"""Stored answers opened in one place: each answer, its flag list and its approved excerpts,
under its author's key.

Every repository that reads answers selects rows with `entry_id`, `question_id`, `ciphertext`
and (optionally) `flagged`, loads the authors' keys into the keyring, and hands the rows here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bot.models import EntryRecord, EntryStatus, QuoteStatus
from storage.crypto import answer_aad, excerpt_aad, flagged_aad
from storage.keys import Keyring
from storage.records import record_from_row
from storage.tables import Answer, Entry, Excerpt


async def answer_rows(
    session: AsyncSession, where: Iterable[ColumnElement[bool]], *, flagged: bool = False
) -> Sequence[Any]:
    """The stored answers (with their flag lists if `flagged`) of the entries matching `where`,
    as `open_answers` takes them."""
    extra = (Answer.flagged,) if flagged else ()
    columns = (Answer.entry_id, Answer.question_id, Answer.ciphertext, *extra)
    return await _rows_of_entries(session, Answer.entry_id, columns, where)


async def excerpt_rows(
    session: AsyncSession, where: Iterable[ColumnElement[bool]]
) -> Sequence[Any]:
    """The stored excerpts of the entries matching `where`, as `open_excerpts` takes them."""
    columns = (Excerpt.entry_id, Excerpt.question_id, Excerpt.ciphertext)
    return await _rows_of_entries(session, Excerpt.entry_id, columns, where)


async def _rows_of_entries(
    session: AsyncSession,
    entry_id: InstrumentedAttribute[int],
    columns: Iterable[InstrumentedAttribute[Any]],
    where: Iterable[ColumnElement[bool]],
) -> Sequence[Any]:
    query = select(*columns).join(Entry, Entry.id == entry_id).where(*where)
    return (await session.execute(query)).all()


@dataclass
class OpenedAnswers:
    """Decrypted answers and flag lists, by entry id, then question id."""

    answers: dict[int, dict[str, str]] = field(default_factory=dict)
    flagged: dict[int, dict[str, tuple[str, ...]]] = field(default_factory=dict)


def open_answers(keys: Keyring, rows: Iterable[Any]) -> OpenedAnswers:
    """Decrypt `rows` (with `entry_id`, `question_id`, `ciphertext`, maybe `flagged`); the
    authors' keys must already be loaded into `keys`."""
    opened = OpenedAnswers()
    for row in rows:
        entry_id, question_id = row.entry_id, row.question_id
        text = keys.decrypt(row.ciphertext, answer_aad(entry_id, question_id))
        opened.answers.setdefault(entry_id, {})[question_id] = text
        if flagged := getattr(row, "flagged", None):
            kinds = keys.decrypt(flagged, flagged_aad(entry_id, question_id))
            opened.flagged.setdefault(entry_id, {})[question_id] = tuple(kinds.split(","))
    return opened


def open_excerpts(keys: Keyring, rows: Iterable[Any]) -> dict[int, dict[str, str]]:
    """Decrypt excerpt rows (with `entry_id`, `question_id`, `ciphertext`), by entry id, then
    question id; the authors' keys must already be loaded into `keys`."""
    opened: dict[int, dict[str, str]] = {}
    for row in rows:
        text = keys.decrypt(row.ciphertext, excerpt_aad(row.entry_id, row.question_id))
        opened.setdefault(row.entry_id, {})[row.question_id] = text
    return opened


def entry_record(
    entry: Any, answers: dict[str, str], excerpts: dict[str, str] | None = None
) -> EntryRecord:
    """An `entries` row with its opened answers (and approved excerpts) as one record."""
    return record_from_row(
        EntryRecord,
        entry,
        status=EntryStatus(entry.status),
        quote_status=QuoteStatus(entry.quote_status),
        answers=answers,
        excerpts=excerpts or {},
    )
