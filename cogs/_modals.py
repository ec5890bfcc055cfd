"""Page modals: built from a script page, and read back from the raw submit payload.

Modals are stopped before they are sent, so discord.py never keeps them in memory. Every
submit is then routed by its custom id (see `cogs.conversations`), which is why a modal
opened before a restart saves exactly like one opened after it.
"""

from __future__ import annotations

import io
import re
import secrets
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import ui

from bot.conversation.script import Page, Question, QuestionKind, fits_a_select
from cogs._buttons import Tracked

if TYPE_CHECKING:
    from bot.app import SparkleBot

# The script version and its server follow when the page is not from the shipped script
# (version 1), as on every page opened before per-server scripts existed.
_MODAL_ID = re.compile(
    r"^sk:page:(?P<script>[a-z0-9_]+):(?P<entry>\d+):(?P<page>\d+)"
    r"(?::(?P<version>\d{1,6}):(?P<guild>\d{1,20}))?$"
)


@dataclass(frozen=True)
class PageSubmit:
    script_id: str
    entry_id: int | None  # None: the first page of a new entry
    page: int
    values: dict[str, str]
    version: int = 1  # of the script the page was built from
    guild_id: int | None = None  # the server whose script it is; None: the shipped one


def modal_id(
    script_id: str, entry_id: int | None, page: int, version: int = 1, guild_id: int | None = None
) -> str:
    base = f"sk:page:{script_id}:{entry_id or 0}:{page}"
    return base if version == 1 else f"{base}:{version}:{guild_id or 0}"


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
                for c in question.choices
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
) -> ui.Modal:
    custom_id = modal_id(script_id, entry_id, index, version, guild_id)
    modal = ui.Modal(title=page.title, custom_id=custom_id, timeout=None)
    if page.guidance:
        modal.add_item(ui.TextDisplay(page.guidance))
    for question in page.questions:
        modal.add_item(
            ui.Label(
                text=question.label,
                description=question.description,
                component=_control(question, prefill.get(question.id)),
            )
        )
    modal.stop()  # never stored: the submit is routed by custom id instead
    return modal


def _leaves(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for component in components:
        if "custom_id" in component and ("value" in component or "values" in component):
            found.append(component)
        if isinstance(component.get("component"), dict):
            found.extend(_leaves([component["component"]]))
        found.extend(_leaves(component.get("components") or []))
    return found


def parse_page_submit(interaction: discord.Interaction) -> PageSubmit | None:
    """The page submit carried by this interaction, or None if it is not one of ours."""
    if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
        return None
    match = _MODAL_ID.match(str(interaction.data.get("custom_id", "")))
    if match is None:
        return None
    entry = int(match["entry"])
    version = int(match["version"] or 1)
    guild = int(match["guild"] or 0) or None
    values = modal_values(interaction)
    return PageSubmit(match["script"], entry or None, int(match["page"]), values, version, guild)


def modal_values(interaction: discord.Interaction) -> dict[str, str]:
    """What a modal submit carries, by input custom id (a select gives its first value)."""
    values: dict[str, str] = {}
    for leaf in _leaves(list((interaction.data or {}).get("components", []))):  # pyright: ignore[reportArgumentType]
        if "values" in leaf:
            chosen = leaf["values"]
            values[leaf["custom_id"]] = str(chosen[0]) if chosen else ""
        else:
            values[leaf["custom_id"]] = str(leaf["value"])
    return values


# -- pages that could not be saved --------------------------------------------------------------

UNSAVED_KEPT = 500  # pages held in memory for "Reopen page"; the oldest go first


@dataclass(frozen=True)
class Unsaved:
    """A page submit that was not stored, held so that it can be reopened exactly as typed."""

    user_id: int
    submit: PageSubmit


class UnsavedPages:
    """What users typed on pages that could not be saved, by an unguessable token.

    Held in memory only (the database may be the thing that is down); the text also goes to
    the user as a file, so a restart loses nothing they cannot paste back.
    """

    def __init__(self, limit: int = UNSAVED_KEPT) -> None:
        self._held: OrderedDict[str, Unsaved] = OrderedDict()
        self._limit = limit

    def keep(self, user_id: int, submit: PageSubmit) -> str:
        token = secrets.token_hex(8)
        self._held[token] = Unsaved(user_id, submit)
        while len(self._held) > self._limit:
            self._held.popitem(last=False)
        return token

    def get(self, token: str, user_id: int) -> PageSubmit | None:
        held = self._held.get(token)
        return held.submit if held is not None and held.user_id == user_id else None

    def drop(self, token: str) -> None:
        self._held.pop(token, None)


def typed_text_file(page: Page, values: Mapping[str, str]) -> discord.File:
    """The page's answers exactly as typed, as a private Markdown file."""
    parts = [f"# {page.title}\n"]
    for question in page.questions:
        parts.append(f"## {question.label}\n\n{values.get(question.id, '')}\n")
    body = "\n".join(parts).encode("utf-8", "surrogatepass")
    return discord.File(io.BytesIO(body), filename="sparkle-unsaved-page.md")


class ReopenHandler(Protocol):
    async def on_reopen_button(
        self, interaction: discord.Interaction[SparkleBot], token: str
    ) -> None: ...


class ReopenButton(
    Tracked, ui.DynamicItem[ui.Button[Any]], template=r"sk:reopen:(?P<token>[0-9a-f]{16})"
):
    """Reopens a page that could not be saved, filled with what was typed."""

    def __init__(self, token: str, *, label: str = "Reopen page") -> None:
        super().__init__(
            ui.Button(
                label=label, style=discord.ButtonStyle.primary, custom_id=f"sk:reopen:{token}"
            )
        )
        self.token = token

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> ReopenButton:
        return cls(match["token"])

    async def callback(self, interaction: discord.Interaction[SparkleBot]) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        handler: ReopenHandler | None = interaction.client.get_cog("Conversations")  # pyright: ignore[reportAssignmentType]
        if handler is None:  # pragma: no cover - the cog is always loaded by create_bot
            raise RuntimeError("Conversations cog is not loaded")
        await handler.on_reopen_button(interaction, self.token)
