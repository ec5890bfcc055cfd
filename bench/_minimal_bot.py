"""The load bench's floor: a bot with /sparkle's shape that stores nothing and answers at once.

Same intents and options as `bot.app.SparkleBot`; the same messages, buttons and modals as
Sparkle's /sparkle (a first-use notice with Continue, one modal a page with the same questions,
an ephemeral progress message with Continue / Finish later / Discard, a laid-out recap at the end;
a page submit is deferred with "thinking..." and answered by a follow-up, as Sparkle does).
Buttons are dynamic items and page submits are routed by the modal's custom id, as in Sparkle,
so the discord.py work per interaction is the same; everything Sparkle adds (storage, encryption,
the anonymizer) is left out. Imports nothing from the bot, so its process stays small.
"""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import ui
from discord.ext import commands

NOTICE = (
    "Before you start: Sparkle keeps your answers private and encrypted. Keep them "
    "de-identified: no client names or other details that identify someone."
)
# (modal title, [(custom id, label, paragraph, max length)]), the shape of Sparkle's script.
PAGES: tuple[tuple[str, tuple[tuple[str, str, bool, int], ...]], ...] = (
    (
        "Your sparkling moment",
        (
            ("moment", "What happened in that moment?", True, 2000),
            ("signs", "How could you tell it was going well?", True, 1500),
        ),
    ),
    (
        "What you did differently",
        (
            ("doing", "What were you doing differently?", True, 1500),
            ("saying", "What were you saying or asking?", True, 1500),
            ("experiencing", "What were you experiencing?", True, 1500),
            ("how", "How did you help it happen?", True, 1500),
        ),
    ),
    (
        "Noticing it, and doing more",
        (
            ("noticed", "Who noticed, and what would they say?", True, 1000),
            ("frequency", "How often does this happen now? (0-10)", False, 10),
            ("next_step", "One small step to make it happen more", True, 1000),
        ),
    ),
)
_MODAL_ID = re.compile(r"^mn:page:(?P<page>\d+)$")


class GoButton(
    ui.DynamicItem[ui.Button[Any]], template=r"mn:(?P<action>go|later|discard):(?P<page>\d+)"
):
    """Continue (and its two siblings) on the progress message: opens page `page`."""

    def __init__(self, action: str, page: int, *, label: str, style: discord.ButtonStyle) -> None:
        super().__init__(ui.Button(label=label, style=style, custom_id=f"mn:{action}:{page}"))
        self.action = action
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> GoButton:
        return cls(match["action"], int(match["page"]), label="", style=discord.ButtonStyle.primary)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        if self.action == "go":
            await interaction.response.send_modal(page_modal(self.page))
        else:
            await interaction.response.edit_message(content="Done.", view=None)


class StartButton(ui.DynamicItem[ui.Button[Any]], template=r"mn:start"):
    """The notice's Continue: opens the first page."""

    def __init__(self) -> None:
        super().__init__(
            ui.Button(label="Continue", style=discord.ButtonStyle.primary, custom_id="mn:start")
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> StartButton:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await interaction.response.send_modal(page_modal(0))


def _view(*items: ui.Item[Any]) -> ui.View:
    view = ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


def page_modal(index: int) -> ui.Modal:
    title, questions = PAGES[index]
    modal = ui.Modal(title=title, custom_id=f"mn:page:{index}", timeout=None)
    for custom_id, label, paragraph, max_length in questions:
        if custom_id == "frequency":  # a 0-10 select, as Sparkle shows it
            options = [discord.SelectOption(label=str(n), value=str(n)) for n in range(11)]
            modal.add_item(
                ui.Label(text=label, component=ui.Select(custom_id=custom_id, options=options))
            )
            continue
        style = discord.TextStyle.paragraph if paragraph else discord.TextStyle.short
        text = ui.TextInput(custom_id=custom_id, style=style, max_length=max_length)
        modal.add_item(ui.Label(text=label, component=text))
    modal.stop()  # routed by custom id, as Sparkle does
    return modal


def _values(components: list[dict[str, Any]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for component in components:
        if "custom_id" in component and "value" in component:
            found[component["custom_id"]] = str(component["value"])
        elif "custom_id" in component and "values" in component:
            found[component["custom_id"]] = str((component["values"] or [""])[0])
        inner = component.get("component")
        found.update(_values([inner] if isinstance(inner, dict) else []))
        found.update(_values(component.get("components") or []))
    return found


class MinimalBot(commands.Bot):
    def __init__(self) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
        )

        @self.tree.command(name="sparkle", description="Reflect on a sparkling moment")
        async def sparkle(interaction: discord.Interaction[Any]) -> None:
            await interaction.response.send_message(
                NOTICE, view=_view(StartButton()), ephemeral=True
            )

    async def setup_hook(self) -> None:
        self.add_dynamic_items(GoButton, StartButton)
        await self.tree.sync()

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        data = interaction.data
        if interaction.type is not discord.InteractionType.modal_submit or data is None:
            return
        match = _MODAL_ID.match(str(data.get("custom_id", "")))
        if match is None:
            return
        index = int(match["page"])
        answers = _values(list(data.get("components", [])))  # pyright: ignore[reportArgumentType]
        # As Sparkle does: "thinking..." first, then the answer replaces it.
        await interaction.response.defer(ephemeral=True, thinking=True)
        send = interaction.followup.send
        if index + 1 < len(PAGES):
            await send(
                f"**Saved.** {index + 1} of {len(PAGES)} pages done. "
                f"Next: *{PAGES[index + 1][0]}* (page {index + 2} of {len(PAGES)}).",
                view=_view(
                    GoButton("go", index + 1, label="Continue", style=discord.ButtonStyle.primary),
                    GoButton(
                        "later",
                        index + 1,
                        label="Finish later",
                        style=discord.ButtonStyle.secondary,
                    ),
                    GoButton(
                        "discard", index + 1, label="Discard", style=discord.ButtonStyle.danger
                    ),
                ),
                ephemeral=True,
            )
            return
        recap = ui.Container(ui.TextDisplay("## Recap: Sparkling-moment reflection"))
        for _title, questions in PAGES:  # every question, as Sparkle's recap shows them
            for custom_id, label, _paragraph, _max in questions:
                recap.add_item(ui.TextDisplay(f"### {label}\n{answers.get(custom_id) or '-'}"))
        laid = ui.LayoutView(timeout=None)
        lead = "**All saved.** Here is your recap. Nothing is shared unless you choose to."
        laid.add_item(ui.TextDisplay(lead))
        laid.add_item(recap)
        done = GoButton("later", index, label="Done", style=discord.ButtonStyle.success)
        row: ui.ActionRow[Any] = ui.ActionRow()
        laid.add_item(row.add_item(done))
        await send(view=laid, ephemeral=True)


def create_minimal_bot() -> MinimalBot:
    return MinimalBot()
