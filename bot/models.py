"""Domain types shared by the bot, the cogs and storage (no Discord, no SQL)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class EntryStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class EntryHeader(BaseModel):
    """An entry without its answers: enough to list it."""

    model_config = ConfigDict(frozen=True)

    id: int
    author_id: int
    guild_id: int | None
    kind: str
    status: EntryStatus
    next_page: int
    consent_summary: bool
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is EntryStatus.DRAFT


class EntryRecord(EntryHeader):
    """An entry with its decrypted answers, keyed by question id."""

    answers: dict[str, str] = {}
    flagged: dict[str, tuple[str, ...]] = {}


class EntryPage(BaseModel):
    """One page of a paged entry listing."""

    model_config = ConfigDict(frozen=True)

    items: list[EntryHeader]
    total: int
    offset: int
    limit: int

    @property
    def has_previous(self) -> bool:
        return self.offset > 0

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.items) < self.total
