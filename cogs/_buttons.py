"""The buttons that act on one of the clicker's entries, one class per meaning.

Each keeps the custom id earlier versions sent, ``sk:<step>:<entry>:<number>``, so buttons on
old messages keep working; the number is what the step needs (a page, the value a click sets,
the digest of excerpts shown). The cog that owns a step binds its handler with `on_entry`, so
every one of them answers "not available" alike when the entry is not the clicker's.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import discord

from bot.conversation.roles import ScriptKind
from bot.models import EntryRecord
from cogs._interactions import Button, Handler, Interaction, Key, gone_already, not_available

if TYPE_CHECKING:
    from bot.app import SparkleBot

BLUE, GREY, RED, GREEN = (
    discord.ButtonStyle.primary,
    discord.ButtonStyle.secondary,
    discord.ButtonStyle.danger,
    discord.ButtonStyle.success,
)


@dataclass(frozen=True)
class EntryKey(Key):
    """An entry of the clicker's, and the one number its step needs."""

    entry: int
    page: int = 0


class EntryButton(Button[EntryKey], template=r"(?!)"):
    """A button on one entry. Subclasses set `prefix` (their step) and a default label."""

    prefix: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        cls.key_type = type(f"{cls.__name__}Key", (EntryKey,), {"prefix": cls.prefix})
        super().__init_subclass__(**kwargs)

    @classmethod
    def of(
        cls,
        entry_id: int,
        number: int = 0,
        *,
        label: str = "",
        style: discord.ButtonStyle | None = None,
    ) -> EntryButton:
        return cls(cls.key_type(entry_id, number), label=label, style=style)  # pyright: ignore[reportCallIssue, reportArgumentType]


EntryHandler = Callable[[Interaction, EntryRecord, EntryKey], Awaitable[None]]


def on_entry(
    bot: SparkleBot,
    handler: EntryHandler,
    *,
    gone: Callable[[int], tuple[Callable[[str], bool], str]] | None = None,
) -> Handler:
    """A button handler that gets the clicker's entry, or answers that it is not available.
    A confirmation that deletes passes `gone`: for an entry id, how its question reads and
    what she is told when she clicks it again after her first click deleted the entry."""

    async def answer(interaction: Interaction, button: EntryButton) -> None:
        entry = await bot.repos.entries.get(button.key.entry, interaction.user.id)
        if entry is None and gone is not None:
            await gone_already(interaction, *gone(button.key.entry))
            return
        if entry is None:
            await not_available(interaction)
            return
        await handler(interaction, entry, button.key)

    return answer


# -- a conversation's steps (cogs.conversations) ------------------------------------------


class Continue(EntryButton):
    prefix, label, style = "go", "Continue", BLUE


class Resume(EntryButton):
    prefix, label, style = "resume", "Resume", BLUE


class EditPage(EntryButton):
    """Reopens the page numbered in the id, filled with what is stored."""

    prefix, label, style = "edit", "Edit answers", BLUE


class FinishLater(EntryButton):
    prefix, label = "later", "Finish later"


class Discard(EntryButton):
    prefix, label, style = "discard", "Discard", RED


class DiscardConfirmed(EntryButton):
    prefix, label, style = "discardyes", "Discard draft", RED


class Keep(EntryButton):
    prefix, label = "keep", "Keep it"


class Done(EntryButton):
    """Removes the buttons of the message it is on."""

    prefix, label, style = "done", "Done", GREEN


class Consent(EntryButton):
    """Include in the weekly summary: the number is the value a click sets (1 yes, 0 no)."""

    prefix = "consent"


# -- owned by other features ----------------------------------------------------------------


class DraftNote(EntryButton):  # cogs.notes
    prefix, label, style = "note", "Draft note", BLUE


class ShareEntry(EntryButton):  # cogs.sharing
    prefix, label = "share", "Share anonymized"


class DeleteEntry(EntryButton):  # cogs.entries
    prefix, label, style = "delete", "Delete", RED


class DeleteConfirmed(EntryButton):  # cogs.entries
    prefix, label, style = "deleteyes", "Delete entry", RED


class DeleteCancelled(EntryButton):  # cogs.entries
    prefix, label = "deleteno", "Cancel"


def delete_question(entry_id: int, also: str = "") -> str:
    """ "Delete entry #…?", as every version asked it (`also` names its shared posts)."""
    return f"Delete entry #{entry_id}{also}? This can't be undone."


def deleted_already(entry_id: int) -> str:
    """What a delete of an entry deleted already says."""
    return f"Entry #{entry_id} was already deleted."


def delete_again(entry_id: int) -> tuple[Callable[[str], bool], str]:
    """`on_entry`'s `gone` for `DeleteConfirmed`: its question, and that it is deleted."""
    return (lambda said: asks_to_delete_text(said, entry_id)), deleted_already(entry_id)


def discard_question(entry_id: int) -> str:
    """ "Discard this draft…?", naming the entry (earlier versions did not)."""
    return f"Discard this draft (entry #{entry_id}) and every answer in it? This can't be undone."


def discard_again(entry_id: int) -> tuple[Callable[[str], bool], str]:
    """`on_entry`'s `gone` for `DiscardConfirmed`: its question, and that it is discarded."""
    return (lambda said: said == discard_question(entry_id)), "This draft was discarded already."


def kept_not_deleted(entry_id: int) -> str:
    """What a Cancel on `delete_question` says in its place."""
    return f"Not deleted: entry #{entry_id} is kept as it was."


# `delete_question` as read back from its message
_DELETE_QUESTION = re.compile(r"Delete entry #(\d+)(?: and its [^?]+)?\? This can't be undone\.")


def asks_to_delete(message: discord.Message | None, entry_id: int) -> bool:
    """Whether `message` is `delete_question` for the entry: its Cancel was a `Done` until
    `DeleteCancelled` came, and the messages sent before keep that button."""
    return asks_to_delete_text(message.content if message is not None else "", entry_id)


def asks_to_delete_text(said: str, entry_id: int) -> bool:
    """Whether `said` is `delete_question` for the entry."""
    match = _DELETE_QUESTION.fullmatch(said)
    return match is not None and int(match[1]) == entry_id


class ReviewExcerpt(EntryButton):  # cogs.excerpts
    prefix, label = "quote", "Review excerpt"


class EditExcerpt(EntryButton):  # cogs.excerpts; the number is the digest of what was shown
    prefix, label = "qedit", "Edit"


class IncludeExcerpt(EntryButton):  # cogs.excerpts; the number is the digest of what was shown
    prefix, label, style = "qok", "Include", GREEN


class DeclineQuotes(EntryButton):  # cogs.excerpts
    prefix, label, style = "qno", "Don't quote me", RED


def consent_button(entry_id: int, consent: bool) -> EntryButton:
    return Consent.of(
        entry_id,
        0 if consent else 1,
        label=f"Include in weekly group summary: {'Yes' if consent else 'No'}",
        style=GREEN if consent else GREY,
    )


# -- starting a new entry -------------------------------------------------------------------


class StartKey(Key, prefix="start"):
    script: str

    def plausible(self) -> bool:
        return self.script in set(ScriptKind)


class StartButton(Button[StartKey]):
    """Opens the first page of a new entry (after the first-use notice, or "Start new")."""

    style = BLUE
