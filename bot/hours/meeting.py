"""A server's weekly meeting: when the next one ends, and the hours entry it prefills."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.hours.model import Format
from bot.schedule import DAY_NAMES, next_weekly

MAX_MEETING_MINUTES = 8 * 60
HALF_WEEK = timedelta(days=3, hours=12)


@dataclass(frozen=True)
class MeetingPlan:
    guild_id: int
    day: int  # 0 = Monday
    start: str  # "HH:MM", the server's local time
    minutes: int
    format: Format

    def next_end(self, after: datetime, zone: ZoneInfo) -> datetime:
        """When the first meeting that ends strictly after `after` ends."""
        length = timedelta(minutes=self.minutes)
        return next_weekly(after - length, self.day, self.start, zone) + length

    def end_after(self, ended: datetime, now: datetime, zone: ZoneInfo) -> datetime:
        """The end of the meeting after the one that ended at `ended` (prompted for): next
        week's, even when `ended` was worked out in another zone (changed since), so that the
        same week's meeting is never prompted for twice; the first to come if the bot missed
        weeks."""
        return self.next_end(max(now, ended + HALF_WEEK), zone)

    def rezoned_end(self, next_end: datetime, zone: ZoneInfo) -> datetime:
        """When the meeting that was to end next at `next_end` ends once the server's zone is
        `zone`: that week's meeting there (same day and local time, within half a week of
        `next_end`), so a week's meeting is never prompted for twice nor skipped. It may have
        passed already in `zone`: then the prompt loop prompts for it at once."""
        return self.next_end(next_end - HALF_WEEK, zone)

    def when_text(self, end: datetime, zone: ZoneInfo) -> str:
        """The hours form's date and time for the meeting that ended at `end`: its start and
        end on the local clock, or its minutes when the clocks changed during it (01:30-01:30
        would read as 24 hours, 00:30-02:30 as two)."""
        day, clock = self._local(end, zone)
        return f"{day} {clock or self.minutes}"

    def when_said(self, end: datetime, zone: ZoneInfo) -> str:
        """The same meeting in words for a message: "2026-10-18 19:00-20:00", or
        "2026-10-25, 60 minutes" when the clocks changed during it."""
        day, clock = self._local(end, zone)
        return f"{day} {clock}" if clock else f"{day}, {self.minutes} minutes"

    def _local(self, end: datetime, zone: ZoneInfo) -> tuple[str, str]:
        """The local date the meeting started on, and its start and end on the local clock
        ("" when the clocks changed during it, so that the clock times mislead)."""
        local_end = end.astimezone(zone)
        local_start = (end - timedelta(minutes=self.minutes)).astimezone(zone)
        day = local_start.date().isoformat()
        on_the_clock = (local_end.hour * 60 + local_end.minute) - (
            local_start.hour * 60 + local_start.minute
        )
        if on_the_clock % (24 * 60) != self.minutes:  # the clocks changed during the meeting
            return day, ""
        return day, f"{local_start:%H:%M}-{local_end:%H:%M}"

    def describe(self) -> str:
        return f"{DAY_NAMES[self.day]}s at {self.start} for {self.minutes} minutes"


class Queued(Protocol):
    """What a DM queue reads of a stored row (`storage.repos.dm_queue`, `bot.dm_queue`)."""

    @property
    def id(self) -> int: ...
    @property
    def attempts(self) -> int: ...
    @property
    def next_try_at(self) -> datetime | None: ...


class SendState(StrEnum):
    PENDING = "pending"  # to send at next_try_at
    SENT = "sent"  # Discord took the DM
    CLOSED = "closed"  # the member's DMs refused it: final
    REFUSED = "refused"  # Discord refused it for another reason (a 4xx): final
    FAILED = "failed"  # Discord kept failing: given up after a bounded number of tries


@dataclass(frozen=True)
class PromptSend:
    """One member's prompt for one meeting, as stored."""

    id: int
    guild_id: int
    ended_at: datetime
    user_id: int
    once: str
    state: SendState
    attempts: int
    next_try_at: datetime | None
