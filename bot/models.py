"""Domain types shared by the bot, the cogs and storage (no Discord, no SQL)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class AlreadySaved(Exception):
    """A form's one-time id was already used: the same form was submitted again (its first
    answer lost on the way), and `row_id` is what its first submit stored."""

    def __init__(self, row_id: int) -> None:
        super().__init__(f"form already saved as row {row_id}")
        self.row_id = row_id


class EntryStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class QuoteStatus(StrEnum):
    """Whether the excerpts of an entry in the weekly summary may be quoted there."""

    UNASKED = "unasked"  # not shown to the author yet (or withdrawn by an edit)
    PENDING = "pending"  # shown, waiting for Include or Don't quote me
    APPROVED = "approved"  # the stored excerpts may be quoted, exactly as they are
    DECLINED = "declined"  # counted in the figures, never quoted


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
    quote_status: QuoteStatus = QuoteStatus.UNASKED
    script_version: int = 1  # the version of its script it is always read with
    # The entry whose next step its step review answers, as its page named it; None: none
    # named (an entry from before this was stored is paired by time, `followup`).
    reviewed_step_id: int | None = None

    @property
    def is_draft(self) -> bool:
        return self.status is EntryStatus.DRAFT


class EntryRecord(EntryHeader):
    """An entry with its decrypted answers, keyed by question id."""

    answers: dict[str, str] = {}
    flagged: dict[str, tuple[str, ...]] = {}
    excerpts: dict[str, str] = {}
    """Anonymized excerpts shown to the author, by question id (see `quote_status`)."""
    closing_step: str = ""
    """The next step of the presenter's closing in a consultation round of this entry (the
    latest round's), saved to the entry; "" when none. Read where next steps are (/whatworks,
    the step review), not with every entry."""
    closing_step_at: datetime | None = None
    """When that closing was written (None: none, or written before it was stored): the date
    of its next step."""

    def approved_excerpts(self) -> dict[str, str]:
        """The excerpts that may be quoted: none unless the author approved them."""
        return dict(self.excerpts) if self.quote_status is QuoteStatus.APPROVED else {}


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


# The settings that make a server's weekly summary schedule (the day None is "off").
SCHEDULE_SETTINGS = frozenset({"summary_day", "summary_time", "timezone"})


class ServerSettings(BaseModel):
    """What a server's admins chose with /setup."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    consultation_channel_id: int | None = None
    summary_channel_id: int | None = None
    facilitator_role_id: int | None = None
    timezone: str = "UTC"
    summary_day: int | None = None  # 0 = Monday; None = no scheduled post
    summary_time: str | None = None  # "HH:MM", local to `timezone`
    min_contributors: int = 3
    updated_at: datetime | None = None
    # When day, time, time zone or on/off was last set: the scheduler's "set after its moment?"
    schedule_set_at: datetime | None = None

    def already(self, changes: Mapping[str, object]) -> bool:
        """Whether these settings already hold every one of `changes` (a retried /setup)."""
        return all(getattr(self, name) == value for name, value in changes.items())


class ShareRecord(BaseModel):
    """A post the bot made for an author."""

    model_config = ConfigDict(frozen=True)

    id: int
    entry_id: int | None
    author_id: int
    guild_id: int
    channel_id: int
    message_id: int
    thread_id: int | None
    anonymous: bool
    created_at: datetime


class ReminderSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    user_id: int
    day: int
    time: str
    timezone: str
    next_at: datetime
    follows_guild: int | None = None  # the server whose zone it follows; None: her own zone
