"""/remind: a weekly reminder DM at a day and time in the practitioner's own time zone."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot.inert import as_shown, narrowed
from bot.log import keep_out_of_log
from bot.models import ReminderSettings
from bot.schedule import (
    DAY_NAMES,
    as_24_hour,
    last_weekly,
    next_weekly,
    on_schedule,
    parse_time,
    rezoned_weekly,
    zone_names,
)
from bot.zones import ZoneMatch, reminder_zone, resolve_zone
from cogs import _services
from cogs._interactions import CANNOT_DM, Interaction, reply_to_follow, tell_done
from cogs._loop import LoopCog, next_pass, seconds_until, to_the_end
from cogs._render import quote

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
IDLE_WAKE = 6 * 3600.0
DAY_CHOICES = [app_commands.Choice(name=name, value=str(i)) for i, name in enumerate(DAY_NAMES)]
DAY_CHOICES.append(app_commands.Choice(name="Off (no reminders)", value="off"))
# A reminder Discord failed to take (5xx or a dropped request) is tried again 1, 3 and 7 minutes
# after it was due, by the loop on the bot's clock: four tries within ten minutes.
FIRST_RETRY = timedelta(minutes=1)
RETRY_WINDOW = timedelta(minutes=10)
# A reminder being sent is held this long: a bot that stops mid-send leaves it to be tried then.
SENDING_HOLD = timedelta(minutes=10)
UNDELIVERED = (
    "I couldn't send your weekly reminder by DM: your privacy settings block messages from me. "
    "Allow direct messages from this server's members to get it, or turn it off with "
    "`/remind day:Off`."
)


class Remind(LoopCog):
    loop_name = "weekly-reminders"
    offers = (_services.Reminders,)

    @app_commands.command(name="remind", description="A weekly reminder DM to reflect, or none")
    @app_commands.describe(
        day="Which day, or Off",
        time="Your local time, 24-hour, such as 17:30",
        timezone="Your time zone: a city, zone or offset such as London, CET, UTC+2 (default: "
        "as last time)",
    )
    @app_commands.choices(day=DAY_CHOICES)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def remind(
        self,
        interaction: Interaction,
        day: app_commands.Choice[str],
        time: str = "09:00",
        timezone: str | None = None,
    ) -> None:
        user_id = interaction.user.id
        if day.value == "off":
            await interaction.response.defer(ephemeral=True, thinking=True)
            await self.repos.practitioners.clear_reminder(user_id)
            self.reschedule()
            await tell_done(interaction, "Weekly reminders are off.")
            return
        hhmm = parse_time(time)
        match = resolve_zone(timezone) if timezone is not None else None
        if hhmm is None or (match is None and timezone is not None):
            problem = (
                "a time I can read (24-hour HH:MM, such as `17:30`)"
                if hhmm is None
                else "a time zone I know: a city such as `London`, a zone such as "
                "`Europe/Berlin`, or an offset such as `UTC+2`"
            )
            typed = time if hhmm is None else timezone or ""
            meant = as_24_hour(time) if hhmm is None else None
            await interaction.response.send_message(
                f"Nothing changed: I couldn't read {quote(typed, 60)}. I need {problem}."
                + (f" In 24-hour time that is `{meant}`." if meant else ""),
                ephemeral=True,
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        follows = None
        if match is None:  # none given: her earlier zone, then the server's, which it follows
            match, follows = await self._zone_kept(interaction)
        weekday, zone = int(day.value), match.name
        next_at = next_weekly(discord.utils.utcnow(), weekday, hhmm, ZoneInfo(zone))
        await self.repos.practitioners.set_reminder(
            user_id, day=weekday, time=hhmm, timezone=zone, next_at=next_at, follows_guild=follows
        )
        self.reschedule()
        await tell_done(  # if Discord loses it, said again: never "try again" for what is set
            interaction,
            (f"Time zone: {match.note}.\n" if match.note else "")
            + f"I'll DM you every {DAY_NAMES[weekday]} at {hhmm} ({zone}). The first is "
            f"{discord.utils.format_dt(next_at, 'F')}. Turn it off with `/remind day:Off`.",
        )

    async def _zone_kept(self, interaction: Interaction) -> tuple[ZoneMatch, int | None]:
        """The zone for a reminder given none, and the server whose zone it follows."""
        saved = await self.repos.practitioners.reminder(interaction.user.id)
        server = None
        if interaction.guild_id is not None:
            server = (await self.repos.servers.get(interaction.guild_id)).timezone
        return reminder_zone(
            saved.timezone if saved is not None else None,
            saved.follows_guild if saved is not None else None,
            interaction.guild_id,
            server,
        )

    @remind.autocomplete("timezone")
    async def _zone_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        needle = narrowed(as_shown(current)).strip().lower().replace(" ", "_")
        return [app_commands.Choice(name=z, value=z) for z in zone_names() if needle in z.lower()][
            :25
        ]

    @commands.Cog.listener()
    async def on_app_command_completion(
        self, interaction: Interaction, command: app_commands.Command[Any, ..., Any]
    ) -> None:
        """Tell a user, once, after their command's own answer, that their last reminder
        could not be delivered; cleared only once the follow-up is sent (a lost one, or a
        command answered with a form, which has no reply to follow, leaves it for the next).
        With the database failing, one warning line: the command was answered (and logs a
        failure of its own), so this adds no traceback to every command."""
        if not reply_to_follow(interaction):
            return
        try:
            failed_at = await self.repos.practitioners.reminder_failure(interaction.user.id)
            if failed_at is None:
                return
            await interaction.followup.send(
                UNDELIVERED, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
            await self.repos.practitioners.told_reminder_failure(interaction.user.id, failed_at)
        except discord.HTTPException:
            return  # it did not reach them: told with their next command
        except Exception as error:
            log.warning(
                "could not look for an undelivered reminder of user %s (%s); it waits",
                interaction.user.id,
                type(error).__name__,
            )

    def _text(self) -> str:
        return (
            "**Your weekly Sparkle reminder.** A few minutes to notice what's working: `/sparkle` "
            "for a sparkling moment of your own, or `/exception` for a time a client's problem "
            "was smaller. (`/remind day:Off` stops these.)"
        )

    async def send_due(self) -> None:
        now = discord.utils.utcnow()
        due = await self.repos.practitioners.due_reminders(now)
        # The zone and time each member typed in /remind (where she lives): in no log line.
        keep_out_of_log(text for r in due for text in (r.timezone, r.time))
        for reminder in due:
            await to_the_end(self._send_one(reminder, now))

    async def _send_one(self, reminder: ReminderSettings, now: datetime) -> None:
        zone = ZoneInfo(reminder.timezone)
        day, hhmm = reminder.day, reminder.time
        if on_schedule(reminder.next_at, day, hhmm, zone):
            following = next_weekly(max(now, reminder.next_at), day, hhmm, zone)
        else:  # in flight (tried again, cut short, moved to a new zone): that week's is this
            # one, so the next is the week after's (in the zone it has now), and never one
            # passed already (a bot stopped for weeks catches up once)
            following = max(
                rezoned_weekly(now, reminder.next_at + timedelta(days=7), day, hhmm, zone),
                next_weekly(now, day, hhmm, zone),
            )
        # Held while it is sent (one process wins each occurrence): if the bot stops before
        # Discord has it, the restarted bot tries it again when the hold ends.
        held = now + SENDING_HOLD
        if not await self.repos.practitioners.claim_reminder(
            reminder.user_id, reminder.next_at, held
        ):
            return
        occurrence = last_weekly(now, reminder.day, reminder.time, zone)
        if reminder.next_at > occurrence and await self._sent_since(reminder.user_id, occurrence):
            # A retry, or a send cut short by a stop, that Discord had taken already.
            await self._finish(reminder, held, following, following, now)
            return
        problem = await self._deliver(reminder.user_id)
        then = following
        if problem is not None:
            retry_at = now + (now - occurrence) + FIRST_RETRY  # 1, 3, 7 minutes after it
            if retry_at - occurrence <= RETRY_WINDOW:
                log.info("reminder try failed (%s); trying again later", problem)
                then = retry_at
            else:
                log.warning("reminder not delivered (%s); next week's is due as usual", problem)
        await self._finish(reminder, held, then, following, now)

    async def _finish(
        self,
        reminder: ReminderSettings,
        held: datetime,
        then: datetime,
        following: datetime,
        now: datetime,
    ) -> None:
        """Move the held reminder on to `then`; if /setup timezone moved it to another zone
        while it was sent, the next week's comes at its time there (never this week's
        again: one a week)."""

        def in_zone(zone: str) -> datetime:
            if zone == reminder.timezone or then != following:  # the same zone, or a retry
                return then
            return rezoned_weekly(now, following, reminder.day, reminder.time, ZoneInfo(zone))

        await self.repos.practitioners.finish_reminder(reminder.user_id, held, in_zone)

    async def _sent_since(self, user_id: int, occurrence: datetime) -> bool:
        """Whether this occurrence's reminder is in the user's DM already: sent by a try that
        the bot stopped, or Discord dropped the answer to, before it was recorded. If the DM
        cannot be read, False: late twice rather than not at all."""
        assert self.bot.user is not None
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            channel = user.dm_channel or await user.create_dm()
            # A minute's margin: a message's id may carry the very instant it was due.
            since = occurrence - timedelta(minutes=1)
            async for message in channel.history(limit=20, after=since):
                if message.author.id == self.bot.user.id and message.content == self._text():
                    return True
        except (discord.HTTPException, OSError, TimeoutError):
            log.info("could not read a DM to see whether a reminder was sent; sending it")
        return False

    async def _deliver(self, user_id: int) -> str | None:
        """Send one reminder; a transient failure (5xx, a dropped request) is returned, to be
        tried again after a pause by the loop, so that no one else's reminder waits on it.

        Only error 50007 means the user's DMs are closed (and they are told so, once); any
        other refusal is logged and the next week's reminder is tried as usual.
        """
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            await user.send(self._text(), allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as error:
            if error.status >= 500:
                return f"Discord {error.status}"
            if error.code == CANNOT_DM:
                await self.repos.practitioners.mark_reminder_failed(user_id)
            else:
                log.warning("reminder refused with Discord code %s", error.code)
        except (OSError, TimeoutError) as error:
            return type(error).__name__
        return None

    async def run_loop(self) -> None:
        while not self.bot.is_closed():
            next_at = await next_pass(log, "reminder loop", self._pass)
            await asyncio.sleep(seconds_until(next_at, IDLE_WAKE))

    async def _pass(self) -> datetime | None:
        first = await self.repos.practitioners.next_reminder_at()
        if first is None or first > discord.utils.utcnow():
            return first  # nothing due yet: one query
        await self.send_due()
        return await self.repos.practitioners.next_reminder_at()


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Remind(bot))
