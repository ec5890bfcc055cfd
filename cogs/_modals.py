"""Page forms: built from a script page, routed by their typed id, and pages kept unsaved.

Every submit is routed by its custom id (`cogs.forms`), which is why a page opened before a
restart saves exactly like one opened after it.
"""

from __future__ import annotations

import io
import secrets
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import discord
from discord import ui

from bot.conversation.script import (
    Page,
    Question,
    QuestionKind,
    distinct_choices,
    fits_a_select,
)
from bot.inert import as_typed
from cogs._interactions import Button, Key, form, one_time_id


@dataclass(frozen=True)
class PageSubmit:
    script_id: str
    entry_id: int | None  # None: the first page of a new entry
    page: int
    values: dict[str, str]
    version: int = 1  # of the script the page was built from
    guild_id: int | None = None  # the server whose script it is; None: the shipped one
    once: str | None = None  # a new entry's form's one-time id (`NewEntryPageKey`)
    step: int | None = None  # the entry whose next step the page's step review named


@dataclass(frozen=True)
class PageKey(Key):
    """A page of the shipped script (version 1), as on every page opened before per-server
    scripts existed. Entry 0: the first page of a new entry."""

    prefix = "page"
    script: str
    entry: int
    page: int

    def submit(self, values: dict[str, str]) -> PageSubmit:
        return PageSubmit(self.script, self.entry or None, self.page, values)


@dataclass(frozen=True)
class VersionedPageKey(PageKey):
    """A page of another script version, and the server whose script it is (0: none)."""

    version: int
    guild: int

    def submit(self, values: dict[str, str]) -> PageSubmit:
        return PageSubmit(
            self.script, self.entry or None, self.page, values, self.version, self.guild or None
        )


@dataclass(frozen=True)
class NewEntryPageKey(Key):
    """The page that creates a new entry, with its form's one-time id (`one_time_id`): a
    second submit of the same form finds the entry the first made instead of making another."""

    prefix = "pagenew"
    script: str
    page: int
    version: int
    guild: int  # 0: the shipped script
    once: str

    def submit(self, values: dict[str, str]) -> PageSubmit:
        return PageSubmit(
            self.script, None, self.page, values, self.version, self.guild or None, self.once
        )


@dataclass(frozen=True)
class StepReviewPageKey(Key):
    """A page of an entry that asks how a next step went, with the entry whose step it named
    (stored with the answer, so the answer is paired with that step)."""

    prefix = "pagestep"
    script: str
    entry: int
    page: int
    version: int
    guild: int  # 0: the shipped script
    step: int

    def submit(self, values: dict[str, str]) -> PageSubmit:
        return PageSubmit(
            self.script,
            self.entry,
            self.page,
            values,
            self.version,
            self.guild or None,
            step=self.step,
        )


@dataclass(frozen=True)
class NewEntryStepReviewPageKey(Key):
    """The page that creates a new entry (`NewEntryPageKey`) and asks how a next step went,
    with the entry whose step it named."""

    prefix = "pagenewstep"
    script: str
    page: int
    version: int
    guild: int  # 0: the shipped script
    once: str
    step: int

    def submit(self, values: dict[str, str]) -> PageSubmit:
        return PageSubmit(
            self.script,
            None,
            self.page,
            values,
            self.version,
            self.guild or None,
            self.once,
            self.step,
        )


def page_key(
    script_id: str,
    entry_id: int | None,
    page: int,
    version: int = 1,
    guild_id: int | None = None,
    once: str | None = None,
    step: int | None = None,
) -> PageKey | NewEntryPageKey | StepReviewPageKey | NewEntryStepReviewPageKey:
    """The page's form key; a new entry's (no `entry_id`) carries a one-time id, `once` or a
    new one, and a page that names a step to review (`step`, its entry) carries that too."""
    # The shipped script (version 1) is the same in every server.
    guild = (guild_id or 0) if version != 1 else 0
    if entry_id is None and step is not None:
        return NewEntryStepReviewPageKey(
            script_id, page, version, guild, once or one_time_id(), step
        )
    if step is not None:
        return StepReviewPageKey(script_id, entry_id or 0, page, version, guild, step)
    if entry_id is None:
        return NewEntryPageKey(script_id, page, version, guild, once or one_time_id())
    if version == 1:
        return PageKey(script_id, entry_id or 0, page)
    return VersionedPageKey(script_id, entry_id or 0, page, version, guild_id or 0)


def _scale_select(question: Question, prefill: str | None) -> ui.Select[Any]:
    """A 0-10 (or other short) scale as Discord's own select: nothing to mistype."""
    low, high = question.min_value, question.max_value
    return ui.Select(
        custom_id=question.id,
        placeholder=question.placeholder or f"Pick a number from {low} to {high}",
        required=question.required,
        min_values=1 if question.required else 0,
        max_values=1,
        options=[
            discord.SelectOption(
                label=str(n), value=str(n), default=str(n) == (prefill or "").strip()
            )
            for n in range(low, high + 1)
        ],
    )


def _control(question: Question, prefill: str | None) -> discord.ui.Item[Any]:
    if question.kind is QuestionKind.SCALE and fits_a_select(question):
        return _scale_select(question, prefill)
    if question.kind is QuestionKind.CHOICE:
        return ui.Select(
            custom_id=question.id,
            placeholder=question.placeholder,
            required=question.required,
            min_values=1 if question.required else 0,
            max_values=1,
            options=[
                discord.SelectOption(label=c.label, value=c.value, default=c.value == prefill)
                for c in distinct_choices(question)
            ],
        )
    return ui.TextInput(
        custom_id=question.id,
        style=discord.TextStyle.paragraph if question.paragraph else discord.TextStyle.short,
        placeholder=question.placeholder,
        default=(prefill or None) and prefill[: question.max_length],
        required=question.required,
        max_length=question.max_length,
    )


def build_page_modal(
    script_id: str,
    entry_id: int | None,
    index: int,
    page: Page,
    prefill: Mapping[str, str],
    *,
    version: int = 1,
    guild_id: int | None = None,
    once: str | None = None,
    step: int | None = None,
) -> ui.Modal:
    # The admins' wording, in a text display that renders markdown: shown as typed.
    guidance = [ui.TextDisplay(as_typed(page.guidance))] if page.guidance else []
    return form(
        page_key(script_id, entry_id, index, version, guild_id, once, step),
        page.title,
        *guidance,
        *(
            ui.Label(
                text=question.label,
                description=question.description,
                component=_control(question, prefill.get(question.id)),
            )
            for question in page.questions
        ),
    )


# -- pages that could not be saved --------------------------------------------------------------

UNSAVED_KEPT = 500  # pages held in memory for "Reopen page"; the oldest go first


@dataclass(frozen=True)
class Unsaved:
    """A page submit that was not stored, held so that it can be reopened exactly as typed;
    `page` is the script's page it was typed on (its title and questions)."""

    user_id: int
    submit: PageSubmit
    page: Page


class UnsavedPages:
    """What users typed on pages that could not be saved, by an unguessable token.

    Held in memory only (the database may be the thing that is down); the text also goes to
    the user as a file, so a restart loses nothing they cannot paste back.
    """

    def __init__(self, limit: int = UNSAVED_KEPT) -> None:
        self._held: OrderedDict[str, Unsaved] = OrderedDict()
        self._limit = limit

    def keep(self, user_id: int, submit: PageSubmit, page: Page) -> str:
        token = secrets.token_hex(8)
        self._held[token] = Unsaved(user_id, submit, page)
        while len(self._held) > self._limit:
            self._held.popitem(last=False)
        return token

    def get(self, token: str, user_id: int) -> PageSubmit | None:
        held = self._held.get(token)
        return held.submit if held is not None and held.user_id == user_id else None

    def drop(self, token: str) -> None:
        self._held.pop(token, None)

    def newest_of(self, user_id: int, entry_id: int) -> tuple[str, Unsaved] | None:
        """The user's newest page of the entry that is held unsaved, with its token."""
        for token, held in reversed(self._held.items()):
            if held.user_id == user_id and held.submit.entry_id == entry_id:
                return token, held
        return None

    def saved(self, user_id: int, entry_id: int, page: int) -> None:
        """That page of the user's entry is stored now: none of it is held unsaved any more."""
        for token, held in list(self._held.items()):
            if (held.user_id, held.submit.entry_id, held.submit.page) == (user_id, entry_id, page):
                del self._held[token]


def typed_text_file(page: Page, values: Mapping[str, str]) -> discord.File:
    """The page's answers exactly as typed, as a private Markdown file."""
    parts = [f"# {page.title}\n"]
    for question in page.questions:
        parts.append(f"## {question.label}\n\n{values.get(question.id, '')}\n")
    body = "\n".join(parts).encode("utf-8", "surrogatepass")
    return discord.File(io.BytesIO(body), filename="sparkle-unsaved-page.md")


class ReopenKey(Key, prefix="reopen"):
    token: str


class ReopenButton(Button[ReopenKey]):
    """Reopens a page that could not be saved, filled with what was typed."""

    label, style = "Reopen page", discord.ButtonStyle.primary
