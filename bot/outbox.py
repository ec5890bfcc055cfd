"""The outbox's rules: post states, retry back-off, and how to say what remains.

Every post the bot makes for someone is a row first (its intent), then a message. A deletion
is a durable job on the same row, retried with growing pauses until the post and its thread
are gone, across restarts. Nothing here talks to Discord or the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.limits import CONTENT_MAX, fit_lines


class PostState(StrEnum):
    DRAFT = "draft"  # a share preview: the text is stored, nothing is posted
    SENDING = "sending"  # claimed; the message may or may not exist yet
    POSTED = "posted"  # the message id is recorded
    FAILED = "failed"  # a summary post that failed; retried by the outbox loop
    DELETING = "deleting"  # a deletion job: retried until the post and thread are gone
    REFRESHING = "refreshing"  # a posted summary to rebuild after an erasure; retried until done


class PostKind(StrEnum):
    SHARE = "share"
    SUMMARY = "summary"
    AFFIRMATION = "affirmation"  # drafts until its round's reveal; slot ``aff:<share>:<tag>``
    CLOSING = "closing"  # a presenter's closing, posted in the round's thread


def affirmation_prefix(share_id: int) -> str:
    """How the slot of each affirmation written for the round of `share_id` begins."""
    return f"aff:{share_id}:"


_WHAT = {
    PostKind.SHARE: "a shared post",
    PostKind.SUMMARY: "a weekly summary",
    PostKind.AFFIRMATION: "an affirmation",
    PostKind.CLOSING: "a round closing",
}


FIRST_RETRY = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=6)
REPAIR_AFTER = timedelta(minutes=2)
"""A post left in SENDING this long is looked for in its channel (by its ref) and repaired."""


def summary_slot(guild_id: int, week: date, *, early: bool = False) -> str:
    """The outbox slot of a server's week: its one scheduled post, and its one mid-week post."""
    return f"summary:{guild_id}:{week.isoformat()}" + (":early" if early else "")


def parse_slot(slot: str) -> tuple[int, date, bool]:
    """(server, the week's Monday, mid-week post) of a summary's slot."""
    parts = slot.split(":")
    return int(parts[1]), date.fromisoformat(parts[2]), len(parts) > 3


def summary_slots(guild_id: int, week: date) -> tuple[str, str]:
    """Every slot a server's summary of one week can be posted under: scheduled and mid-week."""
    return summary_slot(guild_id, week), summary_slot(guild_id, week, early=True)


def backoff(attempts: int) -> timedelta:
    """The pause before retry number `attempts` (1, 2, …): doubling, capped at six hours."""
    if attempts <= 1:
        return FIRST_RETRY
    return min(FIRST_RETRY * (2 ** min(attempts - 1, 20)), LONGEST_PAUSE)


class PostRecord(BaseModel):
    """One outbox row, with its text decrypted when it still has one."""

    model_config = ConfigDict(frozen=True)

    id: int
    kind: PostKind
    slot: str
    ref: str
    state: PostState
    entry_id: int | None
    guild_id: int
    channel_id: int | None
    message_id: int | None
    thread_id: int | None
    anonymous: bool
    title: str = ""
    text: str = ""
    # a share posted with its author's name: the name it was signed with, kept (encrypted
    # with its text) so that its post can be made again without reading it from Discord
    signer: str | None = None
    attempts: int = 0
    next_try_at: datetime | None = None
    problem: str | None = None
    created_at: datetime
    claim: str | None = None  # while sending: the token of the claim; only its holder ends it
    delete_after_send: bool = False  # deleted during its send: the message that lands goes
    refresh_after_send: bool = False  # a summary quoting someone erased during its send

    @property
    def thread(self) -> int | None:
        """Its response thread: Discord gives a thread opened on a message that message's id,
        so a share's thread is found even if noting it failed."""
        if self.thread_id is not None or self.kind is not PostKind.SHARE:
            return self.thread_id
        return self.message_id


def closing_round(closing: PostRecord) -> int:
    """The round (its share's post id) a closing belongs to, named by its slot."""
    return int(closing.slot.removeprefix("closing:"))


class Landed(StrEnum):
    """What recording a sent message found (`record_sent`), and so what the sender must do."""

    RECORDED = "recorded"  # the post is recorded as posted: nothing more to do
    DELETE = "delete"  # recorded as a deletion job, asked for during the send: run it now
    REFRESH = "refresh"  # a summary recorded as a rebuild job (an erasure during its send)
    ORPHAN = "orphan"  # the claim was taken over meanwhile: no row holds this message, delete it


@dataclass(frozen=True)
class SharedMeanwhile:
    """A share's claim refused (`claim_share`): another preview of the same entry was claimed
    for this server (being posted, or posted) since the click checked what it showed."""

    post_id: int  # that other post


def footer(author: str | None, ref: str | None) -> str:
    """A share's footer: who shared it and, once posted, the ref that lets a lost record be
    found again in its channel."""
    who = f"Shared by {author}" if author else "Shared anonymously"
    return f"{who} · ref {ref}" if ref else who


# Room a reply keeps for its own words above the list of what remains (the longest, /forget's,
# takes about 300 characters).
REMAINING_MAX = CONTENT_MAX - 400


def remaining_text(left: list[PostRecord], limit: int = REMAINING_MAX) -> str:
    """Exactly what is still on Discord after a deletion pass, where, and why: one line a post,
    as many as fit within `limit` (a reply is one message), then how many more."""
    if not left:
        return ""
    lines = []
    for post in left:
        where = f"<#{post.channel_id}>" if post.channel_id else "a channel I can no longer see"
        what = _WHAT[post.kind]
        if post.state is PostState.SENDING:  # deleted during its send
            lines.append(
                f"- {what} in {where} (ref {post.ref}): it is being posted right now; I'll "
                "delete it as soon as it lands."
            )
            continue
        why = post.problem or "Discord did not answer"
        when = (
            f"<t:{int(post.next_try_at.timestamp())}:R>" if post.next_try_at is not None else "soon"
        )
        lines.append(f"- {what} in {where} (ref {post.ref}): {why}. I'll try again {when}.")
    return fit_lines(lines[0], lines[1:], _more_left, limit)


def _more_left(n: int) -> str:
    return f"- …and {n} more still on Discord, each retried the same way."


def share_row(share: Any) -> dict[str, Any]:
    """One share as exported: a legacy share row or an outbox post, which name the same."""
    return {
        "entry_id": share.entry_id,
        "server_id": share.guild_id,
        "channel_id": share.channel_id,
        "message_id": share.message_id,
        "thread_id": share.thread_id,
        "anonymous": share.anonymous,
        "created_at": share.created_at,
    } | (
        {"signed_as": signer}
        if not share.anonymous and (signer := getattr(share, "signer", None))
        else {}
    )
