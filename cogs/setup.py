"""/setup: a server's channels, facilitator role, time zone, schedule, minimum and scripts."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot.conversation.library import UPLOAD_MAX_BYTES, ScriptRejected
from bot.conversation.script import Script
from bot.hours.meeting import MeetingPlan
from bot.models import ReminderSettings, ServerSettings
from bot.schedule import (
    DAY_NAMES,
    jumped_over,
    on_schedule,
    parse_time,
    rezoned_weekly,
    zone_names,
)
from bot.zones import resolve_zone
from cogs import _services
from cogs._interactions import Interaction, answering, tell_done
from cogs._meeting_set import MEETING_DESCRIPTION, meeting_options, set_meeting
from cogs._posts import lacking, role_needs
from cogs._render import quote
from cogs._round_ui import agreement_form, agreement_text, minutes_text
from cogs._script_admin import (
    download_text,
    file_name,
    read_upload,
    refused_text,
    reset_text,
    saved_text,
    script_option,
    too_large_text,
    unchanged_text,
    unreadable_text,
)
from cogs.summary import CATCH_UP, facilitator_role_deleted
from storage.repos.servers import together

if TYPE_CHECKING:
    from datetime import datetime

    from bot.app import SparkleBot
    from storage.repos.servers import Along


# What the bot does in each channel. Read Message History: fetching its own share post to show
# the round on it, and finding a post again by its `ref` when its record was lost (without it
# such a post would be sent twice).
NEEDS = {
    "consultation": (
        "view_channel",
        "send_messages",
        "embed_links",
        "read_message_history",
        "create_public_threads",
        "send_messages_in_threads",  # affirmations and closings in a share's thread
        "manage_threads",  # deleting a share's response thread on request or /forget
    ),
    "summary": (
        "view_channel",
        "send_messages",
        "embed_links",
        "attach_files",
        "read_message_history",
    ),
}
DAY_CHOICES = [app_commands.Choice(name=name, value=str(i)) for i, name in enumerate(DAY_NAMES)]
DAY_CHOICES.append(app_commands.Choice(name="Off (no scheduled post)", value="off"))
# A change to what is already set (a retry after Discord lost the answer): nothing is written.
ALREADY = "Saved. Nothing changed: this server already had this setting."


class NotAdmin(app_commands.CheckFailure):
    pass


def _summary_owed(before: ServerSettings, zone: object) -> datetime | None:
    """For a change of the server's time zone to `zone`: the moment in it of a weekly summary
    still to come in the old zone whose time has passed in the new one (Mondays 09:00, changed
    at 08:00 New York time to London's). The schedule counts as set from then (stored: a
    restart, or another process, posts it all the same), so that week is posted, not skipped
    as a schedule set after its moment is."""
    if not isinstance(zone, str) or zone == before.timezone:
        return None
    if before.summary_day is None or before.summary_time is None:
        return None
    return jumped_over(
        discord.utils.utcnow(),
        before.summary_day,
        before.summary_time,
        ZoneInfo(before.timezone),
        ZoneInfo(zone),
        CATCH_UP,
    )


def _reminders_follow(count: int) -> str:
    """What /setup timezone says of the members' reminders that moved with it (a count only:
    whose they are is theirs)."""
    if count == 1:
        return (
            "1 member's weekly reminder, set without a time zone of their own, follows it: same "
            "day and local time."
        )
    return (
        f"{count} members' weekly reminders, set without a time zone of their own, follow it: "
        "same day and local time."
    )


def _is_admin(interaction: Interaction) -> bool:
    """Checked in code on every use, whatever the command's permission overrides say."""
    user = interaction.user
    if not isinstance(user, discord.Member) or not user.guild_permissions.manage_guild:
        raise NotAdmin(
            "Only members with the **Manage Server** permission can change Sparkle's settings."
        )
    return True


# The facilitator role a server's admins cannot mean: nothing is saved, and they are told why
# and what to choose instead.
EVERYONE_REFUSED = (
    "Nothing was saved. `@everyone` is every member of this server, so all of them would pull "
    "and post summaries, attest hours, set the meeting and move consultation rounds on. Create "
    "a role for your facilitators (Server Settings → Roles), give it to them, then choose that "
    "role here."
)
MANAGED_REFUSED = (
    "Nothing was saved. {role} is managed by Discord or an app (a bot's own role, the server "
    "booster role or an integration's role): you can't give it to your facilitators yourself. "
    "Create a role for your facilitators (Server Settings → Roles), give it to them, then "
    "choose that role here."
)


def facilitator_role_refused(role: discord.Role) -> str | None:
    """Why `role` cannot be the facilitator role, or None when it can."""
    if role.is_default():
        return EVERYONE_REFUSED
    if role.managed:
        return MANAGED_REFUSED.format(role=role.mention)
    return None


def describe(settings: ServerSettings, guild: discord.Guild | None = None) -> str:
    def channel(cid: int | None, role: str = "consultation") -> str:
        if not cid:
            return "not set"
        found = guild.get_channel(cid) if guild is not None else None
        if guild is not None and found is None:  # deleted on Discord since
            return (
                f"<#{cid}>, which was deleted: nothing can be posted there; choose another "
                "with `/setup channels`"
            )
        # a permission taken from the bot's role (or the channel) since it was chosen
        if found is not None and (rights := lacking(found, *NEEDS[role])):
            return f"<#{cid}>, but {role_needs(found, rights)}"
        return f"<#{cid}>"

    scheduled = settings.summary_day is not None and settings.summary_time
    schedule = (
        f"{DAY_NAMES[settings.summary_day]}s at {settings.summary_time}"
        if settings.summary_day is not None and settings.summary_time
        else "off"
    )
    if scheduled and not settings.summary_channel_id:  # a schedule with nowhere to post
        schedule += " (nothing is posted until a summary channel is set with `/setup channels`)"
    role = (
        f"<@&{settings.facilitator_role_id}>"
        if settings.facilitator_role_id
        else "not set (members with Manage Server are the facilitators)"
    )
    if facilitator_role_deleted(settings, guild):  # deleted on Discord since
        role += (
            ", which was deleted: for now only members with Manage Server are facilitators; "
            "choose another with `/setup facilitator`"
        )
    if settings.facilitator_role_id == settings.guild_id:  # @everyone, chosen before it was refused
        role = (
            "`@everyone`, which makes no member a facilitator (only those with Manage Server "
            "are): choose your facilitators' role with `/setup facilitator`"
        )
    return (
        f"**Consultation channel:** {channel(settings.consultation_channel_id)}\n"
        f"**Summary channel:** {channel(settings.summary_channel_id, 'summary')}\n"
        f"**Facilitator role:** {role}\n"
        f"**Time zone:** {settings.timezone}\n"
        f"**Weekly summary:** {schedule}\n"
        f"**Minimum contributors:** {settings.min_contributors}"
    )


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
@app_commands.allowed_contexts(guilds=True, dms=False, private_channels=False)
@app_commands.allowed_installs(guilds=True, users=False)
class Setup(
    commands.GroupCog, group_name="setup", group_description="Sparkle's settings for this server"
):
    def __init__(self, bot: SparkleBot) -> None:
        self.bot = bot
        self.repos = bot.repos
        super().__init__()

    async def interaction_check(self, interaction: Interaction) -> bool:  # pyright: ignore[reportIncompatibleMethodOverride]
        return _is_admin(interaction)

    async def _saved(self, interaction: Interaction, **changes: object) -> None:
        await self._save_and_show(interaction, changes)

    async def _save_and_show(
        self, interaction: Interaction, changes: dict[str, object], note: str | None = None
    ) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        settings = await self.repos.servers.get(interaction.guild_id)
        if settings.already(changes):  # most likely a retry after Discord lost the answer
            saved = ALREADY  # nothing is written or audited again
        else:
            # Which settings changed and who changed them (the values are in `servers`),
            # written with the change: a failure leaves neither, and a retry makes both.
            # A new time zone moves the group's meeting with it, in the same write: kept as
            # the instant it ends, it would otherwise come at the old zone's clock time.
            # So do the weekly reminders members set here without a zone of their own.
            moved: list[MeetingPlan] = []
            reminders = [0]
            along = None
            if isinstance(zone := changes.get("timezone"), str):
                along = self._zone_follows(interaction.guild_id, zone, moved, reminders)
            before = settings
            settings = await self.repos.servers.update(
                interaction.guild_id,
                audited_by=interaction.user.id,
                along=along,
                schedule_set_at=_summary_owed(before, zone),
                **changes,
            )
            saved = f"Saved ({note})." if note else "Saved."
            if moved:
                self.repos.meetings.moved()
                saved += (
                    f" The group's meeting ({moved[0].describe()}) is now at that time in "
                    f"{settings.timezone}."
                )
            if reminders[0]:
                saved += " " + _reminders_follow(reminders[0])
                if (loop := _services.find(self.bot, _services.Reminders)) is not None:
                    loop.reschedule()
        summaries = _services.find(self.bot, _services.Summaries)
        if summaries is not None:
            summaries.reschedule()
        await tell_done(interaction, saved + "\n" + describe(settings, interaction.guild))

    def _zone_follows(
        self, guild_id: int, zone: str, moved: list[MeetingPlan], reminders: list[int]
    ) -> Along:
        """The write that moves the server's meeting, if any, to its clock time in `zone`
        (the plan moved is put in `moved`), and the reminders that follow the server's zone
        to their day and time there (how many in `reminders[0]`)."""
        now = discord.utils.utcnow()
        local = ZoneInfo(zone)

        def next_end(plan: MeetingPlan, was: datetime) -> datetime:
            moved.clear()  # one meeting: a write tried again starts afresh
            moved.append(plan)
            return plan.rezoned_end(was, local)

        def next_at(reminder: ReminderSettings) -> datetime:
            old = ZoneInfo(reminder.timezone)
            if not on_schedule(reminder.next_at, reminder.day, reminder.time, old):
                # In flight (held while sent, or to be tried again): that week's is being
                # given, and its send moves it on to the next, in the new zone.
                return reminder.next_at
            return rezoned_weekly(now, reminder.next_at, reminder.day, reminder.time, local)

        return together(
            self.repos.meetings.rezoned(guild_id, next_end),
            self.repos.practitioners.rezoned(guild_id, zone, next_at, reminders),
        )

    @app_commands.command(name="show", description="Show Sparkle's settings for this server")
    async def show(self, interaction: Interaction) -> None:
        assert interaction.guild_id is not None
        settings = await self.repos.servers.get(interaction.guild_id)
        await interaction.response.send_message(
            describe(settings, interaction.guild), ephemeral=True
        )

    @app_commands.command(
        name="channels", description="Where shares and weekly summaries are posted"
    )
    @app_commands.describe(
        consultation="Where anonymized shares are posted, each with a thread for responses",
        summary="Where the weekly summary is posted",
    )
    async def channels(
        self,
        interaction: Interaction,
        consultation: discord.TextChannel | None = None,
        summary: discord.TextChannel | None = None,
    ) -> None:
        guild = interaction.guild
        assert guild is not None
        if consultation is None and summary is None:
            await interaction.response.send_message(
                "Choose a consultation channel, a summary channel, or both.", ephemeral=True
            )
            return
        problems = []
        for role, channel in (("consultation", consultation), ("summary", summary)):
            # only the permission to give: Discord counts others as missing with it
            if channel is not None and (rights := lacking(channel, *NEEDS[role])):
                problems.append(role_needs(channel, rights))
        if problems:
            again = (
                "Choose the channel again once it is given."
                if len(problems) == 1
                else "Choose the channels again once they are given."
            )
            said = "; ".join(problems)
            await interaction.response.send_message(
                f"Nothing was saved. {said[0].upper()}{said[1:]}. {again}", ephemeral=True
            )
            return
        changes: dict[str, object] = {}
        if consultation is not None:
            changes["consultation_channel_id"] = consultation.id
        if summary is not None:
            changes["summary_channel_id"] = summary.id
        await self._saved(interaction, **changes)

    @app_commands.command(
        name="facilitator",
        description=(
            "The role whose members pull summaries, attest hours and guide consultation rounds"
        ),
    )
    @app_commands.describe(role="The role held by this server's facilitators")
    async def facilitator(self, interaction: Interaction, role: discord.Role) -> None:
        refused = facilitator_role_refused(role)
        if refused is not None:
            await interaction.response.send_message(refused, ephemeral=True)
            return
        await self._saved(interaction, facilitator_role_id=role.id)

    @app_commands.command(
        name="timezone",
        description="The server's time zone, for the weekly summary, meetings and reminders",
    )
    @app_commands.describe(zone="A city, zone or offset such as London, Europe/Berlin, CET, UTC+2")
    async def timezone(self, interaction: Interaction, zone: str) -> None:
        match = resolve_zone(zone)
        if match is None:
            await interaction.response.send_message(
                f"{quote(zone, 60)} isn't a time zone I know. Type a city such as `London` or "
                "`Chicago`, a zone such as `Europe/Berlin`, or an offset such as `UTC+2`.",
                ephemeral=True,
            )
            return
        await self._save_and_show(interaction, {"timezone": match.name}, note=match.note)

    @timezone.autocomplete("zone")
    async def _zone_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower().replace(" ", "_")
        return [
            app_commands.Choice(name=zone, value=zone)
            for zone in zone_names()
            if needle in zone.lower()
        ][:25]

    @app_commands.command(name="schedule", description="When the weekly summary is posted")
    @app_commands.describe(day="Day of the week, or Off", time="Local time, 24-hour, such as 09:00")
    @app_commands.choices(day=DAY_CHOICES)
    async def schedule(
        self, interaction: Interaction, day: app_commands.Choice[str], time: str = "09:00"
    ) -> None:
        if day.value == "off":
            await self._saved(interaction, summary_day=None, summary_time=None)
            return
        parsed = parse_time(time)
        if parsed is None:
            await interaction.response.send_message(
                f"{quote(time, 20)} isn't a time I can read. "
                "Use 24-hour HH:MM, such as `09:00` or `17:30`.",
                ephemeral=True,
            )
            return
        await self._saved(interaction, summary_day=int(day.value), summary_time=parsed)

    # -- /setup script: the server's own wording of the conversations ----------------------

    script = app_commands.Group(
        name="script", description="Download, upload or reset this server's conversation scripts"
    )

    async def _audit_script(self, interaction: Interaction, what: str, script: Script) -> None:
        await self.repos.audit.record(
            "script",
            actor_id=interaction.user.id,
            guild_id=interaction.guild_id,
            subject=f"{what}:{script.id.value}:v{script.version}",
        )

    @script.command(name="download", description="This server's script as a TOML file to edit")
    @script_option
    async def script_download(
        self, interaction: Interaction, script: app_commands.Choice[str]
    ) -> None:
        guild_id, kind = interaction.guild_id or 0, script.value  # guild-only: never 0
        current = await self.bot.scripts.current(guild_id, kind)
        text = await self.bot.scripts.source(guild_id, kind)
        default = await self.bot.scripts.uses_default(guild_id, kind)
        await interaction.response.send_message(
            download_text(current, default=default),
            file=discord.File(io.BytesIO(text.encode("utf-8")), filename=file_name(script.value)),
            ephemeral=True,
        )

    @script.command(name="upload", description="Use an edited script in this server")
    @app_commands.describe(file="The edited .toml file from /setup script download")
    @script_option
    async def script_upload(
        self,
        interaction: Interaction,
        script: app_commands.Choice[str],
        file: discord.Attachment,
    ) -> None:
        if file.size > UPLOAD_MAX_BYTES:
            await interaction.response.send_message(too_large_text(), ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        if (data := await read_upload(file)) is None:
            await tell_done(interaction, unreadable_text())
            return
        try:
            # Stored with its audit record in one write: a failure leaves neither.
            saved, added = await self.bot.scripts.upload(
                interaction.guild_id or 0, data, script.value, actor_id=interaction.user.id
            )
        except ScriptRejected as refused:
            await tell_done(interaction, refused_text(script.name, refused.problems))
            return
        if added:
            await tell_done(interaction, saved_text(saved))
            return
        # The same text as the current version: most likely this upload retried after its
        # answer was lost. Nothing new is stored; a version an earlier release stored
        # without its audit record (written separately then) gets it now.
        if not await self.bot.scripts.uses_default(interaction.guild_id or 0, script.value):
            await self._audit_once(interaction, saved)
        await tell_done(interaction, unchanged_text(saved))

    async def _audit_once(self, interaction: Interaction, saved: Script) -> None:
        """The upload's audit record, unless this version already has one (upload or reset)."""
        subjects = [f"{what}:{saved.id.value}:v{saved.version}" for what in ("upload", "reset")]
        if not await self.repos.audit.recorded("script", interaction.guild_id or 0, subjects):
            await self._audit_script(interaction, "upload", saved)

    @script.command(name="reset", description="Go back to the default script")
    @script_option
    async def script_reset(
        self, interaction: Interaction, script: app_commands.Choice[str]
    ) -> None:
        guild_id = interaction.guild_id or 0  # guild-only: never 0
        if await self.bot.scripts.uses_default(guild_id, script.value):
            await interaction.response.send_message(
                "This server already uses the default script. Nothing was changed.",
                ephemeral=True,
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        # Stored with its audit record in one write: a failure leaves neither.
        saved = await self.bot.scripts.reset(guild_id, script.value, actor_id=interaction.user.id)
        await tell_done(interaction, reset_text(saved))

    @app_commands.command(
        name="minimum", description="Fewest contributors before a summary is made"
    )
    @app_commands.describe(contributors="At least 2; the default is 3")
    async def minimum(
        self, interaction: Interaction, contributors: app_commands.Range[int, 2, 100]
    ) -> None:
        await self._saved(interaction, min_contributors=contributors)

    @app_commands.command(name="agreement", description="The group agreement members accept")
    async def agreement(self, interaction: Interaction) -> None:
        assert interaction.guild_id is not None
        current = await agreement_text(self.bot, interaction.guild_id)
        await interaction.response.send_modal(agreement_form(interaction.guild_id, current))

    @app_commands.command(name="meeting", description=MEETING_DESCRIPTION)
    @meeting_options
    async def meeting(
        self,
        interaction: Interaction,
        day: app_commands.Choice[str],
        time: str = "18:00",
        minutes: app_commands.Range[int, 15, 480] = 90,
        format: app_commands.Choice[str] | None = None,
    ) -> None:
        """As `/hours meeting` (one implementation), for the server's admins."""
        assert interaction.guild_id is not None
        async with answering(interaction):
            await set_meeting(
                self.repos, interaction, interaction.guild_id, day, time, minutes, format
            )

    @app_commands.command(name="round", description="Suggested minutes for each round phase")
    @app_commands.describe(
        clarifying="Minutes for clarifying questions (0: no suggestion)",
        affirmations="Minutes for affirmations (0: no suggestion)",
        reflections="Minutes for reflections (0: no suggestion)",
        closing="Minutes for the closing (0: no suggestion)",
    )
    async def round(
        self,
        interaction: Interaction,
        clarifying: app_commands.Range[int, 0, 240] = 0,
        affirmations: app_commands.Range[int, 0, 240] = 0,
        reflections: app_commands.Range[int, 0, 240] = 0,
        closing: app_commands.Range[int, 0, 240] = 0,
    ) -> None:
        assert interaction.guild_id is not None
        minutes = {
            "clarifying": clarifying,
            "affirmations": affirmations,
            "reflections": reflections,
            "closing": closing,
        }
        minutes = {phase: value for phase, value in minutes.items() if value}
        await interaction.response.defer(ephemeral=True, thinking=True)
        shown = "Suggested time per phase, shown on each round:\n" + minutes_text(minutes)
        if await self.repos.round.minutes(interaction.guild_id) == minutes:  # a retry, say
            await tell_done(
                interaction, f"Saved. Nothing changed: these were already the times. {shown}"
            )
            return
        # written with its audit record: a failure leaves neither, and a retry makes both
        await self.repos.round.set_minutes(
            interaction.guild_id, minutes, audited_by=interaction.user.id
        )
        await tell_done(interaction, "Saved. " + shown)


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Setup(bot))
