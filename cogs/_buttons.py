"""Persistent buttons. Their custom ids carry everything they need, so they outlive restarts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import ui

from bot.log import bind_request

if TYPE_CHECKING:
    from bot.app import SparkleBot

FLOW_ACTIONS = (
    "go",
    "edit",
    "later",
    "discard",
    "discardyes",
    "keep",
    "done",
    "resume",
    "consent",
    "note",
    "share",
    "delete",
    "deleteyes",
    "quote",
    "qedit",
    "qok",
    "qno",
)


class FlowHandler(Protocol):
    async def on_flow_button(
        self, interaction: discord.Interaction[SparkleBot], action: str, entry_id: int, page: int
    ) -> None: ...

    async def on_start_button(
        self, interaction: discord.Interaction[SparkleBot], script_id: str
    ) -> None: ...


class Tracked:
    """Mixed into every persistent item: its log lines carry the interaction's request id."""

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        bind_request(interaction.id)
        return True


def _handler(interaction: discord.Interaction[SparkleBot]) -> FlowHandler:
    cog = interaction.client.get_cog("Conversations")
    if cog is None:  # pragma: no cover - the cog is always loaded by create_bot
        raise RuntimeError("Conversations cog is not loaded")
    return cog  # pyright: ignore[reportReturnType]


class FlowButton(
    Tracked,
    ui.DynamicItem[ui.Button[Any]],
    template=r"sk:(?P<action>" + "|".join(FLOW_ACTIONS) + r"):(?P<entry>\d+):(?P<page>\d+)",
):
    """A step in a conversation: Continue, Finish later, Discard, Edit answers, Resume…"""

    def __init__(
        self,
        action: str,
        entry_id: int,
        page: int,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
    ) -> None:
        super().__init__(
            ui.Button(label=label, style=style, custom_id=f"sk:{action}:{entry_id}:{page}")
        )
        self.action = action
        self.entry_id = entry_id
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> FlowButton:
        return cls(match["action"], int(match["entry"]), int(match["page"]))

    async def callback(self, interaction: discord.Interaction[SparkleBot]) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await _handler(interaction).on_flow_button(
            interaction, self.action, self.entry_id, self.page
        )


class StartButton(
    Tracked, ui.DynamicItem[ui.Button[Any]], template=r"sk:start:(?P<script>[a-z0-9_]+)"
):
    """Opens the first page of a new entry (after the first-use notice, or "Start new")."""

    def __init__(self, script_id: str, *, label: str = "") -> None:
        super().__init__(
            ui.Button(
                label=label, style=discord.ButtonStyle.primary, custom_id=f"sk:start:{script_id}"
            )
        )
        self.script_id = script_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> StartButton:
        return cls(match["script"])

    async def callback(self, interaction: discord.Interaction[SparkleBot]) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await _handler(interaction).on_start_button(interaction, self.script_id)


def flow_view(*buttons: ui.Item[Any]) -> ui.View:
    view = ui.View(timeout=None)
    for button in buttons:
        view.add_item(button)
    return view
