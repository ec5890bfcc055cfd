"""/export, /forget and /privacy: a practitioner's own data, in full, on request."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.export import export_document, export_parts
from bot.outbox import PostKind, PostRecord, remaining_text, share_row
from bot.tree import reference_id, report_failure
from bot.wording import be, counted
from cogs import _services
from cogs._finish_later import failed_because
from cogs._interactions import (
    BoundCog,
    Button,
    Handler,
    Interaction,
    Key,
    not_available,
    report_done,
    view,
)
from cogs._local import shown_zone
from cogs._posts import take_down_erased
from cogs._render import ACCENT, stamp
from cogs._servers import shown_name

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)

PRIVACY_TEXT = (
    "**What is stored.** Your answers to `/sparkle` and `/exception`, whether each entry is a "
    "draft or complete, whether you agreed to include it in the weekly group summary and the "
    "summary excerpts you approved, your share previews (and the name a share posted with "
    "your name is signed with) and the affirmations, closings and "
    "key questions you wrote in consultation rounds, the affirmations from your group you "
    "chose to keep with your entry, the group agreements you accepted, your `/hours` log and "
    "its attestations, your reminder and prompt settings, the meeting prompts and messages "
    "about your hours the bot sent you, and which posts the bot made for you (so it can "
    "delete them).\n\n"
    "**How.** Every answer is encrypted at rest with AES-256-GCM under your own key (itself "
    "locked by a key held by whoever runs this bot), and bound to its entry so it cannot be "
    "swapped into another. `/forget` destroys your key, so what it erased cannot be read "
    "again. A backup made before it holds your data until whoever runs this bot deletes "
    "that backup; if it is ever restored, the bot erases you again at once.\n\n"
    "**Who can see it.** Only you. Replies to you are visible only to you. Other members, "
    "facilitators and admins cannot open your entries through the bot. One exception: when "
    "you ask for attestation of logged hours, that server's facilitators see the entry's "
    "date, time, type, format, role, group and topic (anonymized), never your learning goal "
    "or reflection.\n\n"
    "**What is posted, and when.** Nothing without your say-so. `/share` shows you a preview "
    "with identifiers replaced by placeholders such as `[name]`, and posts only when you "
    "confirm; anonymously unless you choose otherwise. The weekly summary uses only entries "
    "you marked *Include in weekly group summary*, never names anyone, and is made only when "
    "enough people took part. After your group's scheduled meeting, once you accepted its "
    "agreement or logged hours there, the bot DMs you a button to log it, unless you turned "
    "that off with `/hours prompts`.\n\n"
    "**Your copy, and erasing it.** `/export` sends you everything as JSON and Markdown. "
    "`/forget` erases all of it, including posts the bot made for you; if Discord refuses to "
    "delete one, you are told which and where, and the bot keeps trying.\n\n"
    "**Please note.** Discord is not a clinical record system and what you type passes through "
    "Discord's servers. Sparkle is for de-identified peer consultation: keep client names, "
    "dates, places and other identifiers out of your answers."
)


def erased_text(left: list[PostRecord]) -> str:
    """What /forget says: "everything" only when nothing is left on Discord."""
    if not left:
        return (
            "Done. Everything Sparkle held about you is erased. The posts the bot made for "
            "you are deleted."
        )
    return (
        "Your entries, answers and settings are erased. **Not everything is gone yet**: "
        f"{counted(len(left), 'post')} {be(len(left))} still on Discord, and I keep trying to "
        "delete them (my records no longer count them as yours; `/forget` again shows what is "
        "left):\n" + remaining_text(left)
    )


FORGET_QUESTION = (
    "This erases **all** your entries, answers, drafts and settings, and deletes every post "
    "the bot made for you. It can't be undone; `/export` first if you want a copy."
)


def unfinished(error: BaseException) -> str:
    """An erasure cut short (the database failed on the way), said with its cause as a page
    save says it, `{ref}` for the reference: never "anything you saved is safe"."""
    return (
        f"Your erasure did not happen: {failed_because(error)} (reference `{{ref}}`). "
        "Nothing was erased, and nothing was deleted: it is all or nothing. Run `/forget` "
        "again to erase it."
    )


# The one part of /privacy read from the database: without it, the rest still stands.
UNREAD_AGREEMENTS = (
    "\n\n**Group agreements.** Which group agreements you accepted could not be read from "
    "the database just now (reference `{ref}`). Everything above holds all the same; run "
    "`/privacy` again later to see them."
)


class ForgetKey(Key, prefix="forget"):
    user: int


class ForgetButton(Button[ForgetKey]):
    """The confirm button of /forget; it only works for the user it was made for."""

    label, style = "Erase everything", discord.ButtonStyle.danger


class MyData(BoundCog):
    def handlers(self) -> Mapping[type, Handler]:
        return {ForgetButton: self.erase}

    @app_commands.command(name="export", description="All your Sparkle data, as JSON and Markdown")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def export(self, interaction: Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        user_id = interaction.user.id
        data = await self.repos.userdata.export(user_id)
        data["shares"] = list(data.get("shares", [])) + [
            share_row(s)
            for s in await self.repos.outbox.shares_of(user_id)
            if s.kind is PostKind.SHARE
        ]
        data["round"] = await self.repos.round.export(user_id)
        document = export_document(data, user_id=user_id, exported_at=discord.utils.utcnow())
        scripts = {
            e["id"]: await self.bot.scripts.version(e["server_id"], e["kind"], e["script_version"])
            for e in document["entries"]
        }
        # the readable file names each entry's day as her recap and /entries do
        zone = await shown_zone(self.repos, user_id, interaction.guild_id)
        parts = await asyncio.to_thread(export_parts, document, scripts, zone)
        try:
            await self.repos.audit.record("export", actor_id=user_id, guild_id=interaction.guild_id)
        except Exception:
            # Her own data, made and ready: she gets it, whatever became of the record.
            log.exception(
                "the export of user %s was made but its audit record was not written", user_id
            )
        count = len(document["entries"])
        said = (
            f"Here is everything Sparkle holds about you: {count} "
            f"{'entry' if count == 1 else 'entries'}. Keep these files somewhere private."
        )
        if len(parts) > 1:
            said += (
                f" It is more than one message can carry, so it comes in {len(parts)} parts, "
                "one message each: the first also holds everything besides your entries, and "
                "together they hold every entry once."
            )
        for number, files in enumerate(parts, start=1):
            await interaction.followup.send(
                said if number == 1 else f"Your Sparkle data, part {number} of {len(parts)}.",
                files=[discord.File(io.BytesIO(b), filename=n) for n, b in files.items()],
                ephemeral=True,
            )

    @app_commands.command(name="forget", description="Erase all your Sparkle data")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def forget(self, interaction: Interaction) -> None:
        await interaction.response.send_message(
            FORGET_QUESTION, view=view(ForgetButton(ForgetKey(interaction.user.id))), ephemeral=True
        )

    async def erase(self, interaction: Interaction, button: ForgetButton) -> None:
        user_id = button.key.user
        if interaction.user.id != user_id:
            await not_available(interaction)
            return
        await interaction.response.edit_message(content="Erasing…", view=None)
        try:
            posts, rebuild = await self._erase_stored(user_id)
        except Exception as error:
            # Nothing was erased: the confirmation asks again rather than read "Erasing…".
            with contextlib.suppress(discord.HTTPException):
                await interaction.edit_original_response(
                    content=FORGET_QUESTION, view=view(ForgetButton(button.key))
                )
            await report_failure(interaction, error, said=unfinished(error))
            raise
        left = await take_down_erased(self.bot, posts, rebuild, actor_id=None)
        await report_done(interaction, erased_text(left))

    async def _erase_stored(self, user_id: int) -> tuple[list[int], list[int]]:
        """Erase everything stored of the user's in one transaction (all or nothing): the
        ids of her posts still to delete on Discord, and of the summaries to rebuild (each a
        stored job already)."""
        contributions = await self.repos.summaries.contributions_of(user_id)
        # The erasure's transaction marks the summaries holding her words (read there, so
        # that one claimed at the same instant is marked too); these are rebuilt now.
        posts = await self.repos.userdata.forget(user_id)
        summaries = _services.find(self.bot, _services.Summaries)
        rebuild = (
            await summaries.touched_by(contributions)
            if contributions and summaries is not None
            else []
        )
        return posts, rebuild

    @app_commands.command(name="privacy", description="What Sparkle stores, and who can see it")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def privacy(self, interaction: Interaction) -> None:
        try:
            accepted = await self._accepted_text(interaction.user.id)
        except Exception:
            ref = reference_id()
            log.exception(
                "privacy: acceptances of user %s unread (ref %s)", interaction.user.id, ref
            )
            accepted = UNREAD_AGREEMENTS.format(ref=ref)
        embed = discord.Embed(
            title="Sparkle and your privacy",
            description=PRIVACY_TEXT + accepted,
            colour=ACCENT,
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    async def _accepted_text(self, user_id: int) -> str:
        """Which servers' group agreements the user accepted, and when."""
        accepted = await self.repos.round.acceptances(user_id)
        if not accepted:
            return "\n\n**Group agreements.** You have not accepted any yet."
        names = [
            f"{shown_name(g, 80) if (g := self.bot.get_guild(gid)) else 'a server'} ({stamp(at)})"
            for gid, at in accepted[:10]
        ]
        return "\n\n**Group agreements you accepted.** " + ", ".join(names) + "."


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(MyData(bot))
