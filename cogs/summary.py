"""/summary for facilitators, and the weekly post at each server's local day and time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord import app_commands, ui

from bot.inert import as_read
from bot.limits import fit_lines
from bot.log import bind_pass
from bot.models import ServerSettings
from bot.outbox import PostRecord, PostState, backoff, parse_slot, summary_slot
from bot.schedule import last_weekly, next_weekly, week_monday
from bot.summary import NotEnough, WeekSummary, render_not_enough, week_bounds
from bot.summary.render import summary_digest
from bot.summary.week import askable
from bot.tree import report_failure
from cogs import _services
from cogs._interactions import Button, Handler, Interaction, Key, reply_privately
from cogs._loop import LoopCog
from cogs._posts import (
    DISCORD_ERROR,
    NEED_ACCESS,
    PERMISSION_WORDS,
    after_landing,
    lacking,
    made_anyway,
    role_needs,
    take_down,
    wake_outbox,
)
from cogs._render import quote
from cogs._servers import on_another_shard
from cogs._weekly import build_for, message_for

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)

# What Discord asks of a bot that posts a summary: its chart is a file, the rest an embed.
SUMMARY_POST = ("view_channel", "send_messages", "embed_links", "attach_files")


def _needs(embed: object, chart: object) -> tuple[str, ...]:
    """The permissions a summary post needs: embed and file only when it has them."""
    return tuple(
        name
        for name in SUMMARY_POST
        if (name != "embed_links" or embed) and (name != "attach_files" or chart)
    )


NOT_FACILITATOR = "Only the server's facilitators can pull the weekly summary."
# `report_failure` fills in the reference, as for every other failure
SUMMARY_NOT_POSTED = (
    "Sorry, something went wrong on our side (reference `{ref}`) and nothing was posted. "
    "Please try again in a minute."
)
# Added to a facilitator-only refusal in a server with no facilitator role (a new server):
# the member learns who the facilitators are meanwhile, and who can choose the role.
NO_FACILITATOR_ROLE = (
    " This server has no facilitator role yet, so its facilitators are the members with "
    "Manage Server; one of them can choose the role with `/setup facilitator`."
)
# Added to it once the chosen role was deleted on Discord: nobody holds it any more.
FACILITATOR_ROLE_DELETED = (
    " This server's facilitator role was deleted, so for now its facilitators are the members "
    "with Manage Server; one of them can choose another role with `/setup facilitator`."
)
# A posted summary is rebuilt after an erasure, a deleted or edited entry, an edited or
# withdrawn excerpt, Don't quote me or a newly approved excerpt: true of each, naming no one.
REBUILDING = "Updating a posted summary after a member changed or withdrew what they contributed"
CATCH_UP = timedelta(days=7)
IDLE_WAKE = 6 * 3600.0  # re-read the schedules at least this often


def taken_text(post: PostRecord | None) -> str:
    if post is not None and post.state in (PostState.POSTED, PostState.REFRESHING):
        link = f"https://discord.com/channels/{post.guild_id}/{post.channel_id}/{post.message_id}"
        return f"The summary for that week was already posted: {link}"
    return "The summary for that week is being posted right now; it will be posted once."


def _more_failing(n: int) -> str:
    return f"⚠️ …and {n} more failing post{'' if n == 1 else 's'}: they are retried all the same."


def facilitators_only(
    refusal: str, settings: ServerSettings, guild: discord.Guild | None = None
) -> str:
    """`refusal`, saying who the facilitators are while the server has no facilitator role
    (`@everyone`, stored before it was refused, makes none either), or while the role chosen
    was deleted on Discord since."""
    if settings.facilitator_role_id in (None, settings.guild_id):
        return refusal + NO_FACILITATOR_ROLE
    if facilitator_role_deleted(settings, guild):
        return refusal + FACILITATOR_ROLE_DELETED
    return refusal


def facilitator_role_deleted(settings: ServerSettings, guild: discord.Guild | None) -> bool:
    """True when the server's chosen facilitator role no longer exists on Discord."""
    role_id = settings.facilitator_role_id
    return (
        guild is not None
        and role_id not in (None, settings.guild_id)
        and guild.get_role(role_id or 0) is None
    )


def is_facilitator(user: discord.abc.User, settings: ServerSettings) -> bool:
    if not isinstance(user, discord.Member):
        return False
    if user.guild_permissions.manage_guild:
        return True
    # @everyone (its id is the server's) is refused by /setup facilitator: had it been stored
    # before, it would make every member a facilitator, so it makes none
    return settings.facilitator_role_id not in (None, user.guild.id) and any(
        role.id == settings.facilitator_role_id for role in user.roles
    )


def parse_week(text: str, today: date) -> date | None:
    """'this week', 'last week' or a date (YYYY-MM-DD) → that week's Monday; None for anything
    else, and for a date in a year no summary can be made for (the calendar's first or last).
    Read as it shows on screen: full-width ("２０２６－０１－０５") or another script's digits."""
    cleaned = as_read(text).lower()
    if cleaned in ("", "this", "this week"):
        day = today
    elif cleaned in ("last", "last week", "previous"):
        day = today - timedelta(days=7)
    else:
        try:
            day = date.fromisoformat(cleaned)
        except ValueError:
            return None
    monday = day - timedelta(days=day.weekday())
    return monday if askable(monday) else None


def is_monday(week: int) -> bool:
    """Whether `week` (YYYYMMDD) is a real date, and a Monday, as a summary's week is."""
    try:
        return date(week // 10000, week // 100 % 100, week % 100).weekday() == 0
    except ValueError:
        return False


class PostSummaryKey(Key, prefix="sumpost"):
    guild: int
    week: int  # its Monday, as YYYYMMDD

    @classmethod
    def of(cls, guild_id: int, week: date) -> PostSummaryKey:
        return cls(guild_id, int(f"{week:%Y%m%d}"))

    @property
    def monday(self) -> date:
        return date(self.week // 10000, self.week // 100 % 100, self.week % 100)

    def plausible(self) -> bool:
        return is_monday(self.week)


class PostSummary(Button[PostSummaryKey]):
    """As sent before the button carried the summary its preview showed: posts it as built
    at the click."""

    label, style = "Post to the summary channel", discord.ButtonStyle.primary


class PostShownSummaryKey(Key, prefix="sumpv"):
    guild: int
    week: int  # its Monday, as YYYYMMDD
    shown: int  # the digest of the summary its preview showed (`summary_digest`)

    @classmethod
    def of(cls, guild_id: int, week: date, summary: WeekSummary) -> PostShownSummaryKey:
        return cls(guild_id, int(f"{week:%Y%m%d}"), summary_digest(summary))

    @property
    def monday(self) -> date:
        return date(self.week // 10000, self.week // 100 % 100, self.week % 100)

    def plausible(self) -> bool:
        return is_monday(self.week)


class PostShownSummary(Button[PostShownSummaryKey]):
    label, style = "Post to the summary channel", discord.ButtonStyle.primary


CHANGED = (
    "**Not posted.** The summary changed since it was shown to you (an entry, an excerpt or "
    "a member's consent changed meanwhile), so nothing was posted. Here it is as it would be "
    "posted now: post it from here if it is what you want to share."
)


@dataclass(frozen=True)
class Changed:
    """A Post click whose summary, built again at the click, is not the one its preview
    showed: nothing was posted; `result` is the summary as it is now."""

    result: WeekSummary


class Summary(LoopCog):
    loop_name = "weekly-summaries"
    offers = (_services.Summaries,)

    def handlers(self) -> Mapping[type, Handler]:
        return {PostSummary: self.on_post_button, PostShownSummary: self.on_post_button}

    # -- /summary ---------------------------------------------------------------------------

    @app_commands.command(
        name="summary", description="The anonymized weekly summary (facilitators)"
    )
    @app_commands.describe(week="this week, last week, or a date such as 2026-03-02")
    @app_commands.guild_only()
    @app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def summary(self, interaction: Interaction, week: str = "this week") -> None:
        assert interaction.guild_id is not None
        settings = await self.repos.servers.get(interaction.guild_id)
        if not is_facilitator(interaction.user, settings):
            await interaction.response.send_message(
                facilitators_only(NOT_FACILITATOR, settings, interaction.guild), ephemeral=True
            )
            return
        today = discord.utils.utcnow().astimezone(ZoneInfo(settings.timezone)).date()
        week_start = parse_week(week, today)
        if week_start is None:
            await interaction.response.send_message(
                f"I couldn't read {quote(week, 60)} as a week. Give `this week`, `last week`, "
                "or a date like `2026-03-02`.",
                ephemeral=True,
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            await self.repos.audit.record(
                "summary_pull",
                actor_id=interaction.user.id,
                guild_id=interaction.guild_id,
                subject=week_start.isoformat(),
            )
        except Exception:
            # The preview is anonymized and private: she gets it, whatever became of the record.
            log.exception(
                "the summary pull of server %s was not recorded; the preview is shown",
                interaction.guild_id,
            )
        result = await build_for(self.repos, self.bot.scripts, settings, week_start)
        content, embed, chart = await message_for(result)
        view = ui.View(timeout=None)
        posted = await self._posted_already(settings, week_start)
        if posted is not None:  # a second visit: no Post button for a week that is up
            content = (content or "**Preview**, visible only to you.") + f"\n{posted}"
        elif not isinstance(result, NotEnough) and settings.summary_channel_id:
            key = PostShownSummaryKey.of(interaction.guild_id, week_start, result)
            view.add_item(PostShownSummary(key))
        elif not settings.summary_channel_id:
            content += (
                "\nNo summary channel is set; an admin can choose one with `/setup channels`."
            )
        content = content or "**Preview**, visible only to you."
        failing: list[str] = []
        for problem in await self.repos.outbox.problems_in(interaction.guild_id):
            what = (
                "Deleting a post"
                if problem.state is PostState.DELETING
                else REBUILDING
                if problem.state is PostState.REFRESHING
                else "A summary post"
            )
            when = (
                f" I'll try again <t:{int(problem.next_try_at.timestamp())}:R>."
                if problem.next_try_at is not None
                else ""
            )
            failing.append(f"⚠️ {what} failed: {problem.problem}.{when}")
        await interaction.followup.send(
            fit_lines(content, failing, _more_failing),
            embed=embed or discord.utils.MISSING,
            file=chart or discord.utils.MISSING,
            view=view,
            ephemeral=True,
        )

    async def _posted_already(self, settings: ServerSettings, week: date) -> str | None:
        """What to say when the summary a Post click would post now (the week's, or its
        mid-week one while the week lasts) is posted or being posted already; else None."""
        _, week_end = week_bounds(week, ZoneInfo(settings.timezone))
        early = discord.utils.utcnow() < week_end
        post = await self.repos.outbox.by_slot(summary_slot(settings.guild_id, week, early=early))
        if post is None or post.state not in (
            PostState.SENDING,
            PostState.POSTED,
            PostState.REFRESHING,
        ):
            return None
        return taken_text(post)

    @summary.autocomplete("week")
    async def _week_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        options = ["this week", "last week"]
        return [app_commands.Choice(name=o, value=o) for o in options if current.lower() in o]

    async def on_post_button(
        self, interaction: Interaction, button: PostSummary | PostShownSummary
    ) -> None:
        key = button.key
        shown = key.shown if isinstance(key, PostShownSummaryKey) else None
        await self.post_pulled(interaction, key.guild, key.monday, shown=shown)

    async def post_pulled(
        self, interaction: Interaction, guild_id: int, week: date, *, shown: int | None = None
    ) -> None:
        settings = await self.repos.servers.get(guild_id)
        if interaction.guild_id != guild_id or not is_facilitator(interaction.user, settings):
            refusal = NOT_FACILITATOR
            if interaction.guild_id == guild_id and facilitator_role_deleted(
                settings, interaction.guild
            ):
                refusal += FACILITATOR_ROLE_DELETED
            await interaction.response.send_message(refusal, ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            _, week_end = week_bounds(week, ZoneInfo(settings.timezone))
            early = discord.utils.utcnow() < week_end
            done = await self.post_week(settings, week, early=early, force=True, shown=shown)
            if isinstance(done, Changed):
                await self._show_changed(interaction, guild_id, week, done.result)
                return
            posted, text = done
            if posted and early:
                text += (
                    " This week isn't over yet, so this post is separate: the scheduled summary "
                    "will still be posted after the week ends, with any later entries."
                )
        except Exception as error:
            await report_failure(interaction, error, said=SUMMARY_NOT_POSTED)
            return
        await reply_privately(interaction, text)

    async def _show_changed(
        self, interaction: Interaction, guild_id: int, week: date, result: WeekSummary
    ) -> None:
        """The summary as it is now, privately, with a Post button for exactly this one."""
        _, embed, chart = await message_for(result)
        view = ui.View(timeout=None)
        view.add_item(PostShownSummary(PostShownSummaryKey.of(guild_id, week, result)))
        await interaction.followup.send(
            CHANGED,
            embed=embed or discord.utils.MISSING,
            file=chart or discord.utils.MISSING,
            view=view,
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    # -- posting, scheduled or pulled ----------------------------------------------------------

    async def post_week(
        self,
        settings: ServerSettings,
        week: date,
        *,
        early: bool = False,
        force: bool = False,
        shown: int | None = None,
    ) -> tuple[bool, str] | Changed:
        """Post one server's summary for one week, once. (posted, what to tell a facilitator).

        Below the minimum nothing is posted at all. The week's slot is recorded before the
        post is sent: a failed post stays there and is retried by the outbox loop, whatever
        else changes; a post whose record was lost is found by its ref, never sent twice.
        A mid-week post (`early`) has a slot of its own and leaves the scheduled one alone.
        A facilitator's click (`shown`: the digest of the summary her preview showed) posts
        only that summary: built otherwise now, nothing is posted (`Changed`).
        """
        slot = summary_slot(settings.guild_id, week, early=early)
        post = await self.repos.outbox.claim_summary(slot, settings.guild_id, force=force)
        if post is None:
            return False, taken_text(await self.repos.outbox.by_slot(slot))
        # Built after the claim: an erasure from here on finds this send and marks it, so
        # nothing it quotes outlives the erasure (`record_sent` makes it a rebuild job).
        result = await build_for(self.repos, self.bot.scripts, settings, week)
        if isinstance(result, NotEnough):
            await self.repos.outbox.unclaim_summary(post.id, post.claim)
            return False, f"{render_not_enough(result)} Nothing was posted."
        if shown is not None and summary_digest(result) != shown:
            await self.repos.outbox.give_back_summary(post.id, post.claim)
            return Changed(result)
        return await self._send(post, settings, week, result)

    async def retry(self, post: PostRecord) -> None:
        """A failed post, retried by the outbox loop with the server's current settings."""
        guild_id, week, _early = parse_slot(post.slot)
        claimed = await self.repos.outbox.claim_summary(post.slot, guild_id)
        if claimed is None:
            return
        settings = await self.repos.servers.get(guild_id)
        result = await build_for(self.repos, self.bot.scripts, settings, week)
        if isinstance(result, NotEnough):  # contributors erased their data meanwhile
            await self.repos.outbox.unclaim_summary(claimed.id, claimed.claim)
            return
        await self._send(claimed, settings, week, result)

    async def _send(
        self, post: PostRecord, settings: ServerSettings, week: date, result: WeekSummary
    ) -> tuple[bool, str]:
        now = discord.utils.utcnow()
        channel, known = await self._summary_channel(settings)
        if not isinstance(channel, discord.TextChannel):
            problem = (
                f"the summary channel chosen (<#{settings.summary_channel_id}>) no longer "
                "exists; an admin can choose another with `/setup channels`"
                if known
                else "no summary channel I can use is set; an admin can choose one with `/setup`"
            )
            return False, await self._failed(post, problem, now)
        if not await self.repos.outbox.aim(post.id, post.claim, channel.id):
            return False, taken_text(await self.repos.outbox.by_slot(post.slot))
        content, embed, chart = await message_for(result, ref=post.ref)
        rights = lacking(channel, *_needs(embed, chart))
        if rights:  # Discord would refuse it, or show it without its embed
            return False, await self._failed(post, role_needs(channel, rights), now)
        try:
            message = await channel.send(
                content or None,  # pyright: ignore[reportArgumentType]
                embed=embed or discord.utils.MISSING,
                file=chart or discord.utils.MISSING,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException as error:
            # made all the same: recorded as sent, never sent again by a retry or a click
            found = await made_anyway(self.bot, error, channel.id, post.ref)
            if found is None:
                return False, await self._refused(post, settings, channel, error, now)
            message = found
        try:
            landed = await self.repos.outbox.record_sent(
                post.id, post.claim, channel.id, message.id
            )
            await after_landing(self.bot, post, landed, channel.id, message.id)
            await self.repos.audit.record(
                "summary_post", guild_id=settings.guild_id, subject=week.isoformat()
            )
        except Exception:
            log.exception("summary post %s was sent but not recorded; it will be repaired", post.id)
            wake_outbox(self.bot)
        return True, "Posted."

    async def _summary_channel(
        self, settings: ServerSettings
    ) -> tuple[discord.abc.GuildChannel | discord.Thread | discord.abc.PrivateChannel | None, bool]:
        """The server's summary channel, and whether the server is known here (so that a
        missing channel was deleted). A server on another process's shard is not in this
        process's cache: its channel is asked of Discord (any process may do its jobs)."""
        channel_id = settings.summary_channel_id
        if not channel_id:
            return None, False
        guild = self.bot.get_guild(settings.guild_id)
        if guild is not None:
            return guild.get_channel(channel_id), True
        if not on_another_shard(self.bot, settings.guild_id):
            return None, False  # the bot was removed from the server
        try:
            return await self.bot.fetch_channel(channel_id), True
        except discord.NotFound:
            return None, True
        except discord.HTTPException:
            return None, False

    async def _refused(
        self,
        post: PostRecord,
        settings: ServerSettings,
        channel: discord.TextChannel,
        error: discord.HTTPException,
        now: datetime,
    ) -> str:
        rights = [PERMISSION_WORDS[name] for name in SUMMARY_POST]
        problem = (
            role_needs(channel, lacking(channel, *SUMMARY_POST) or rights)
            if isinstance(error, discord.Forbidden)
            else f"Discord refused the post ({error.status})"
        )
        log.warning("summary post %s for server %s failed", post.id, settings.guild_id)
        return await self._failed(post, problem, now)

    async def _failed(self, post: PostRecord, problem: str, now: datetime) -> str:
        retry_at = now + backoff(post.attempts + 1)
        await self.repos.outbox.failed(post.id, post.claim, problem, retry_at)
        wake_outbox(self.bot)
        return (
            f"I couldn't post the summary: {problem}. Nothing was posted; I'll try again "
            f"<t:{int(retry_at.timestamp())}:R>, or click again once it's fixed."
        )

    async def touched_by(self, contributions: list[tuple[int, datetime]]) -> list[int]:
        """The posted summaries a member who erases her data took part in: the erasure marks
        them for a rebuild in its own transaction, so that no restart can leave her quote up."""
        return await self.repos.outbox.summaries_holding(contributions)

    async def refresh_after_erasure(self, affected: list[int]) -> None:
        """Rebuild the marked summaries without the erased member: edited in place, or deleted
        when too few people are left."""
        for post in await self.repos.outbox.refreshes_due(discord.utils.utcnow(), affected):
            await self.refresh(post)
        wake_outbox(self.bot)

    async def refresh(self, post: PostRecord) -> None:
        """Rebuild one posted summary from what is stored now: edited in place, or deleted
        when too few contributors are left. A refusal is retried by the outbox loop."""
        guild_id, week, _early = parse_slot(post.slot)
        settings = await self.repos.servers.get(guild_id)
        result = await build_for(self.repos, self.bot.scripts, settings, week)
        if isinstance(result, NotEnough):
            await take_down(self.bot, [post], actor_id=None)
            return
        _, embed, chart = await message_for(result, ref=post.ref)
        assert post.channel_id is not None and post.message_id is not None
        assert embed is not None and chart is not None
        try:
            await (
                self.bot.get_partial_messageable(post.channel_id)
                .get_partial_message(post.message_id)
                .edit(embed=embed, attachments=[chart])
            )
        except discord.NotFound:  # already gone: nothing left to correct
            await self.repos.outbox.deleted(post.id)
        except discord.HTTPException as error:
            log.warning("could not update summary post %s after an erasure", post.id)
            problem = (
                NEED_ACCESS.format(channel=post.channel_id)
                if isinstance(error, discord.Forbidden)
                else DISCORD_ERROR.format(status=error.status)
            )
            now = discord.utils.utcnow()
            await self.repos.outbox.refresh_failed(
                post.id, post.attempts, problem, now + backoff(post.attempts + 1)
            )
        else:
            await self.repos.outbox.refreshed(post.id, post.claim)

    async def run_due(self, now: datetime) -> datetime | None:
        """Post every summary whose time has come; returns when the next one falls due."""
        upcoming: list[datetime] = []
        for settings in await self.repos.servers.scheduled():
            assert settings.summary_day is not None and settings.summary_time is not None
            zone = ZoneInfo(settings.timezone)
            due = last_weekly(now, settings.summary_day, settings.summary_time, zone)
            recent = now - due <= CATCH_UP
            # The week that ended before the scheduled moment.
            week = week_monday(due, zone) - timedelta(days=7)
            # Only the schedule's own setting counts: a channel changed since does not skip. A
            # new time zone that jumped over this week's moment set it from that moment (setup).
            set_at = settings.schedule_set_at
            set_before = set_at is None or set_at <= due
            if recent and set_before:
                slot = summary_slot(settings.guild_id, week)
                if await self.repos.outbox.may_claim_summary(slot, now):
                    await self.post_week(settings, week)
            upcoming.append(next_weekly(now, settings.summary_day, settings.summary_time, zone))
        return min(upcoming, default=None)

    async def run_loop(self) -> None:
        while not self.bot.is_closed():
            now = discord.utils.utcnow()
            bind_pass()
            try:
                next_at = await self.run_due(now)
            except Exception:
                log.exception("weekly summary scheduler failed; retrying in a minute")
                next_at = now + timedelta(minutes=1)
            delay = IDLE_WAKE if next_at is None else (next_at - now).total_seconds()
            await asyncio.sleep(min(max(delay, 1.0), IDLE_WAKE))


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Summary(bot))
