"""/share: an anonymized preview, then, only on the author's confirmation, a post and a thread."""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.conversation.script import get_script
from bot.limits import clip
from bot.log import bind_request
from bot.models import EntryRecord, EntryStatus
from bot.privacy import redact
from bot.share import SHARE_TEXT_MAX, share_text, share_title
from bot.tree import report_failure
from cogs._autocomplete import chosen_entry, entry_choices
from cogs._buttons import Tracked
from cogs._posts import delete_posts
from cogs._render import ACCENT, NOT_AVAILABLE

if TYPE_CHECKING:
    from bot.app import SparkleBot

Interaction = discord.Interaction["SparkleBot"]
_EDIT_MODAL = re.compile(r"^sk:shredit:(?P<entry>\d+):(?P<guild>\d+)$")
NO_CHANNEL = (
    "This server has no consultation channel yet, so there is nowhere to share. Someone with "
    "the **Manage Server** permission can choose one with `/setup channels`."
)


def _cog(interaction: Interaction) -> Sharing:
    cog = interaction.client.get_cog("Sharing")
    assert isinstance(cog, Sharing)
    return cog


class ShareButton(
    Tracked,
    ui.DynamicItem[ui.Button[Any]],
    template=r"sk:shr:(?P<action>post|named|edit|cancel|del):(?P<a>\d+):(?P<b>\d+)",
):
    """Preview actions (a = entry, b = server) and "Delete share" (a = share id)."""

    def __init__(
        self,
        action: str,
        a: int,
        b: int,
        *,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
    ) -> None:
        super().__init__(ui.Button(label=label, style=style, custom_id=f"sk:shr:{action}:{a}:{b}"))
        self.action, self.a, self.b = action, a, b

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> ShareButton:
        return cls(match["action"], int(match["a"]), int(match["b"]))

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        await _cog(interaction).on_share_action(interaction, self.action, self.a, self.b)


class ServerPicker(Tracked, ui.DynamicItem[ui.Select[Any]], template=r"sk:shrg:(?P<entry>\d+)"):
    """From a DM: which server to share to."""

    def __init__(self, entry_id: int, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(
            ui.Select(
                custom_id=f"sk:shrg:{entry_id}",
                placeholder="Share to which server?",
                options=options or [discord.SelectOption(label="-", value="0")],
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: ui.Item[Any], match: re.Match[str], /
    ) -> ServerPicker:
        return cls(int(match["entry"]))

    async def callback(self, interaction: Interaction) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        values = (interaction.data or {}).get("values") or ["0"]  # pyright: ignore[reportAttributeAccessIssue]
        value = str(values[0])
        await _cog(interaction).preview_for(
            interaction, self.entry_id, int(value) if value.isdigit() else 0
        )


def _preview_embed(title: str, text: str, author: str | None) -> discord.Embed:
    embed = discord.Embed(title=title, description=text, colour=ACCENT)
    embed.set_footer(text=f"Shared by {clip(author, 100)}" if author else "Shared anonymously")
    return embed


def _preview_view(entry_id: int, guild_id: int) -> ui.View:
    view = ui.View(timeout=None)
    for action, label, style in (
        ("post", "Post anonymously", discord.ButtonStyle.primary),
        ("named", "Post with my name", discord.ButtonStyle.secondary),
        ("edit", "Edit text", discord.ButtonStyle.secondary),
        ("cancel", "Cancel", discord.ButtonStyle.danger),
    ):
        view.add_item(ShareButton(action, entry_id, guild_id, label=label, style=style))
    return view


async def is_member(guild: discord.Guild, user_id: int) -> bool:
    """Whether the user belongs to the server (asked of Discord: the member cache is off)."""
    if guild.get_member(user_id) is not None:
        return True
    try:
        await guild.fetch_member(user_id)
    except discord.NotFound:
        return False
    return True


class Sharing(commands.Cog):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ShareButton, ServerPicker)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ShareButton, ServerPicker)

    @app_commands.command(name="share", description="Share an anonymized summary with your group")
    @app_commands.describe(entry="One of your finished entries")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def share(self, interaction: Interaction, entry: str) -> None:
        record = await chosen_entry(self.repos, interaction.user.id, entry)
        if record is None:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        await self.on_share_button(interaction, record)

    @share.autocomplete("entry")
    async def _entry_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await entry_choices(
            self.repos, interaction.user.id, current, status=EntryStatus.COMPLETE
        )

    async def on_share_button(self, interaction: Interaction, entry: EntryRecord) -> None:
        if entry.is_draft:
            await interaction.response.send_message(
                "Finish this entry before sharing it.", ephemeral=True
            )
            return
        if interaction.guild_id is not None:
            await self.preview_for(interaction, entry.id, interaction.guild_id)
            return
        await self._ask_server(interaction, entry)

    async def _ask_server(self, interaction: Interaction, entry: EntryRecord) -> None:
        """From a DM: offer the servers where the author has used Sparkle."""
        page = await self.repos.entries.list_for_author(interaction.user.id, limit=200)
        guild_ids = dict.fromkeys(e.guild_id for e in page.items if e.guild_id is not None)
        known = [g for gid in guild_ids if (g := self.bot.get_guild(gid)) is not None]
        guilds = [g for g in known if await is_member(g, interaction.user.id)][:25]
        if not guilds:
            await interaction.response.send_message(
                "Which server should this go to? Run `/share` inside your consultation server "
                "and it will post there.",
                ephemeral=True,
            )
            return
        options = [discord.SelectOption(label=clip(g.name, 100), value=str(g.id)) for g in guilds]
        view = ui.View(timeout=None)
        view.add_item(ServerPicker(entry.id, options))
        await interaction.response.send_message("Share to which server?", view=view, ephemeral=True)

    async def preview_for(self, interaction: Interaction, entry_id: int, guild_id: int) -> None:
        try:
            entry = await self.repos.entries.get(entry_id, interaction.user.id)
            guild = self.bot.get_guild(guild_id)
            if entry is None or guild is None or not await self._may_post(interaction, guild):
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            settings = await self.repos.servers.get(guild_id)
            if settings.consultation_channel_id is None:
                await interaction.response.send_message(NO_CHANNEL, ephemeral=True)
                return
            script = get_script(entry.kind)
            text = await asyncio.to_thread(share_text, script, entry.answers)
            await interaction.response.send_message(
                f"**Preview**: this is exactly what will be posted in "
                f"<#{settings.consultation_channel_id}>, with identifiers replaced. Nothing is "
                "posted until you choose.",
                embed=_preview_embed(share_title(script, entry.answers), text, None),
                view=_preview_view(entry.id, guild_id),
                ephemeral=True,
            )
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def on_share_action(self, interaction: Interaction, action: str, a: int, b: int) -> None:
        try:
            if action == "del":
                await self._delete_share(interaction, a)
                return
            entry = await self.repos.entries.get(a, interaction.user.id)
            if entry is None:
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            if action == "cancel":
                await interaction.response.edit_message(
                    content="Not shared.", embed=None, view=None
                )
            elif action == "edit":
                await interaction.response.send_modal(self._edit_modal(interaction, a, b))
            else:
                await self._post(interaction, entry, b, named=action == "named")
        except Exception as error:
            await report_failure(interaction, error)
            raise

    def _current_text(self, interaction: Interaction) -> tuple[str, str]:
        message = interaction.message
        embed = message.embeds[0] if message is not None and message.embeds else None
        if embed is None:
            return "A shared reflection", ""
        return embed.title or "A shared reflection", embed.description or ""

    def _edit_modal(self, interaction: Interaction, entry_id: int, guild_id: int) -> ui.Modal:
        _title, text = self._current_text(interaction)
        modal = ui.Modal(
            title="Edit the shared text", custom_id=f"sk:shredit:{entry_id}:{guild_id}"
        )
        modal.add_item(
            ui.Label(
                text="Text to share",
                description="Identifiers are replaced again before anything is posted.",
                component=ui.TextInput(
                    custom_id="text",
                    style=discord.TextStyle.paragraph,
                    default=text[:SHARE_TEXT_MAX],
                    max_length=SHARE_TEXT_MAX,
                ),
            )
        )
        modal.stop()  # routed by custom id in on_interaction, so it survives restarts
        return modal

    @commands.Cog.listener()
    async def on_interaction(self, interaction: Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
            return
        match = _EDIT_MODAL.match(str(interaction.data.get("custom_id", "")))
        if match is None:
            return
        bind_request(interaction.id)
        try:
            entry = await self.repos.entries.get(int(match["entry"]), interaction.user.id)
            if entry is None:
                await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
                return
            typed = ""
            for row in interaction.data.get("components", []):
                component = row.get("component") or next(iter(row.get("components", [])), {})
                if component.get("custom_id") == "text":
                    typed = str(component.get("value", ""))
            text = clip(await asyncio.to_thread(redact, typed), SHARE_TEXT_MAX) or "(empty)"
            title = share_title(get_script(entry.kind), entry.answers)
            await interaction.response.send_message(
                "**Preview of your edited text**, with identifiers replaced again. Nothing is "
                "posted until you choose.",
                embed=_preview_embed(title, text, None),
                view=_preview_view(entry.id, int(match["guild"])),
                ephemeral=True,
            )
        except Exception as error:
            await report_failure(interaction, error)
            raise

    async def _may_post(self, interaction: Interaction, guild: discord.Guild) -> bool:
        """Only members of a server may share into it, whatever the custom id says."""
        return interaction.guild_id == guild.id or await is_member(guild, interaction.user.id)

    async def _post(
        self, interaction: Interaction, entry: EntryRecord, guild_id: int, *, named: bool
    ) -> None:
        settings = await self.repos.servers.get(guild_id)
        guild = self.bot.get_guild(guild_id)
        if guild is None or not await self._may_post(interaction, guild):
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        channel = (
            guild.get_channel(settings.consultation_channel_id)
            if guild is not None and settings.consultation_channel_id is not None
            else None
        )
        if not isinstance(channel, discord.TextChannel):
            await interaction.response.edit_message(content=NO_CHANNEL, embed=None, view=None)
            return
        title, previewed = self._current_text(interaction)
        # Redact once more at the door: whatever the preview held, identifiers never leave.
        text = clip(await asyncio.to_thread(redact, previewed), SHARE_TEXT_MAX)
        author = interaction.user.display_name if named else None
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            message = await channel.send(
                embed=_preview_embed(title, text, author),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.Forbidden:
            await interaction.followup.send(
                f"I can't post in {channel.mention}: I need **View Channel**, **Send Messages** "
                "and **Embed Links** there. Ask someone with Manage Server to check `/setup`.",
                ephemeral=True,
            )
            return
        thread_id: int | None = None
        try:
            thread = await message.create_thread(name="Responses", auto_archive_duration=10080)
            thread_id = thread.id
        except discord.HTTPException:
            pass
        share = await self.repos.shares.add(
            entry_id=entry.id,
            author_id=interaction.user.id,
            guild_id=guild_id,
            channel_id=channel.id,
            message_id=message.id,
            thread_id=thread_id,
            anonymous=not named,
        )
        missing = "" if thread_id else " (I couldn't open a thread: I need Create Public Threads.)"
        view = ui.View(timeout=None)
        view.add_item(ShareButton("del", share.id, 0, label="Delete share"))
        await interaction.followup.send(
            f"Shared in {channel.mention}: {message.jump_url}{missing}", view=view, ephemeral=True
        )

    async def _delete_share(self, interaction: Interaction, share_id: int) -> None:
        shares = [
            s for s in await self.repos.shares.for_author(interaction.user.id) if s.id == share_id
        ]
        if not shares:
            await interaction.response.send_message(NOT_AVAILABLE, ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        failed = await delete_posts(self.bot, shares)
        await self.repos.shares.remove(share_id, interaction.user.id)
        await interaction.followup.send(
            "Share deleted." if not failed else "I couldn't delete the post; ask a moderator.",
            ephemeral=True,
        )


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Sharing(bot))
