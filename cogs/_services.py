"""Small typed services one cog offers the others, found by their protocol, never by a name.

A cog that owns a running loop (the outbox, the weekly summaries) names its protocol in
`BoundCog.offers` and is offered while it is loaded; the others find it by that protocol and
do without it when it is not loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from bot.outbox import PostRecord

if TYPE_CHECKING:
    from bot.app import SparkleBot

T = TypeVar("T")


class Outbox(Protocol):
    """The outbox loop: deletions retried until done."""

    async def delete_now(
        self, posts: Sequence[PostRecord], *, actor_id: int | None
    ) -> list[PostRecord]: ...

    def wake(self) -> None: ...


class Summaries(Protocol):
    """The weekly summaries: their schedule, retries and corrections after an erasure."""

    def reschedule(self) -> None: ...

    async def retry(self, post: PostRecord) -> None: ...

    async def refresh(self, post: PostRecord) -> None: ...

    async def touched_by(self, contributions: list[tuple[int, datetime]]) -> list[int]: ...

    async def refresh_after_erasure(self, affected: list[int]) -> None: ...


class Reminders(Protocol):
    """The weekly reminders' loop: woken when reminders move (a server's new time zone)."""

    def reschedule(self) -> None: ...


class StepOuts(Protocol):
    """The consultation round's step-out notices a presenter was not given yet."""

    async def tell_presenter(self, interaction: Any) -> None: ...


class RoundClosings(Protocol):
    """The consultation round: a closing found posted after its send closes its round."""

    async def closing_landed(self, post_id: int) -> None: ...


def find(bot: SparkleBot, kind: type[T]) -> T | None:
    """The loaded service of this kind, or None."""
    return cast("T | None", bot.services.get(kind))
