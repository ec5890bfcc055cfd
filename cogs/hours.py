"""/hours: a private consultation-hours log, its report, and attestation by facilitators."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands, ui
from discord.ext import commands

from bot.conversation.roles import Role
from bot.dm_queue import DmSender, TakeBack
from bot.guard import describe, flag_answers, kinds_of
from bot.hours.meeting import MeetingPlan, PromptSend, SendState
from bot.hours.model import (
    FORMAT_LABELS,
    KIND_LABELS,
    PART_LABELS,
    TEXT_LIMITS,
    WAITING_SHOWN,
    WITHDRAWN,
    Attestation,
    Format,
    HoursDraft,
    HoursEntry,
    Kind,
    Part,
    StaleForm,
    WhenError,
    clock_note,
    own_minutes_for,
    parse_when,
)
from bot.hours.period import PeriodError, parse_period
from bot.hours.render import (
    DETAIL_MAX,
    MEMBER_LEFT,
    MEMBER_NOT_TOLD,
    MEMBER_NOT_TOLD_CLOSED,
    MEMBER_TOLD,
    MEMBER_TOLD_LATER,
    MEMBER_TOLD_SOON,
    PAGE_SIZE,
    detail,
    list_text,
    member_told,
    more_waiting,
    option_label,
    totals_text,
)
from bot.hours.report import to_csv, to_html, totals
from bot.inert import as_typed
from bot.limits import fit_lines
from bot.log import keep_out_of_log
from bot.models import AlreadySaved
from bot.schedule import DAY_NAMES, parse_time
from bot.tree import respond, respond_done
from bot.wording import counted
from cogs._autocomplete import chosen_entry, entry_choices
from cogs._interactions import (
    BoundCog,
    Handler,
    Interaction,
    Key,
    Select,
    Submitted,
    answering,
    button_type,
    form,
    long_text,
    not_available,
    one_time_id,
    quoted_back,
    refused,
    report_done,
    tell_done,
    typed_file,
    view,
)
from cogs._local import member_zone
from cogs._loop import (
    OwnedLoop,
    discord_failure,
    in_dm,
    next_pass,
    seconds_until,
    to_the_end,
)
from cogs._render import quote, safe
from cogs._servers import is_member, server
from cogs.summary import facilitators_only, is_facilitator
from storage.repos.audit import AuditNote
from storage.repos.notices import Notice

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
# The member's DM about a facilitator's answer (stored with it, see `HoursNotice`): one Discord
# failed to take (5xx, a dropped request) is tried this many times in all, with the outbox's
# doubling pauses (1, 2, 4, 8 minutes); one being sent is held this long, so that a process
# stopping mid-send leaves it to be tried again then. The loop only wakes for those: a new one
# is sent at once, by the answer's own handler.
NOTICE_TRIES = 5
NOTICE_HOLD = timedelta(minutes=10)
NOTICE_IDLE_WAKE = 6 * 3600.0  # as the other loops: a safety net
# A retry first looks in her DM for the notice, from this long before it was stored (the
# clocks of the bot and of Discord may differ a little): one Discord took while its answer was
# lost, or just before the bot stopped, is then marked sent, not sent again.
NOTICE_MARGIN = timedelta(minutes=1)

NONE = discord.AllowedMentions.none()
NOT_HOURS_FACILITATOR = "Only this server's facilitators can see and answer attestation requests."
NOT_HOURS_FACILITATOR_IN_DM = (
    "Attestation requests are answered inside the server they were made to: run /hours pending "
    "there. Only that server's facilitators can see them."
)
NOT_MEETING_FACILITATOR = (
    "Only a server's facilitators can set its group's meeting, from inside that server."
)
ASK_IN_SERVER = "Ask for attestation in the server whose facilitators should attest it."
PROMPTS_IN_SERVER = "Turn meeting prompts on or off in the server whose meetings you attend."
MEETING_DAYS = [app_commands.Choice(name=n, value=str(i)) for i, n in enumerate(DAY_NAMES)]
MEETING_DAYS.append(app_commands.Choice(name="No regular meeting", value="off"))
MEETING_CLEARED = "No regular meeting: no prompts."
NO_MEETING_TO_CLEAR = "Nothing changed: no regular meeting was set, so no prompts go out."
LOCKED = "That entry is attested, so it is locked. Ask to reopen it if it needs a change."
REOPEN_ASKED = (
    "You already asked the facilitators to reopen it; it stays attested until they answer."
)
WAITING = "That entry is waiting for attestation; it can't be changed until it is answered."
LOCKED_REOPEN_ASKED = (
    "That entry is attested, so it is locked. You asked the facilitators to reopen it; it "
    "can be changed once they do."
)


def unchangeable(entry: HoursEntry) -> str:
    """Why an entry that is not editable can't be changed: attested (with its reopening
    asked for already, or not), or waiting for attestation."""
    if entry.state is Attestation.REOPEN_ASKED:
        return LOCKED_REOPEN_ASKED
    return LOCKED if entry.locked else WAITING


STALE_ANSWER = (
    "**Not saved.** The member changed this entry after your form was opened, so you would "
    "have answered a version you were not shown."
)
STALE_ASK = (
    "**Not asked.** This entry changed after this message was shown (in another window, or "
    "a facilitator answered it), so the facilitators would have been asked to attest a "
    "version you did not see. Ask again from the entry as it is now if it is right."
)
STALE = (
    "**Not saved.** This entry changed after this form was opened (in another window, or "
    "it was asked for attestation or answered), so your edit would have replaced the newer "
    "version."
)
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


# -- keys -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewHoursKey(Key):
    """The add form: what the slash command chose, carried to the submit."""

    prefix = "hnew"
    fmt: str
    kind: str
    part: str
    own: int  # -1: not given
    source: int  # the reflection it was made from, 0 for none


@dataclass(frozen=True)
class NewHoursOnceKey(NewHoursKey):
    """The add form with its one-time id (`one_time_id`): submitted twice, it logs once."""

    once: str


def new_hours_key(
    fmt: str, kind: str, part: str, own: int = -1, source: int = 0
) -> NewHoursOnceKey:
    """The key of a new add form, with a new one-time id."""
    return NewHoursOnceKey(fmt, kind, part, own, source, one_time_id())


@dataclass(frozen=True)
class EditHoursKey(Key):
    prefix = "hedit"
    entry: int


@dataclass(frozen=True)
class EditFormKey(Key):
    """The Edit form as sent before forms carried what they were opened on."""

    prefix = "heditf"
    entry: int


@dataclass(frozen=True)
class EditShownKey(Key):
    """The Edit form: the digest of the entry it was opened on, and its one-time id, so that
    a form opened before a newer change never overwrites it."""

    prefix = "heditv"
    entry: int
    shown: int
    once: str


@dataclass(frozen=True)
class PageKey(Key):
    prefix = "hpage"
    user: int
    page: int


@dataclass(frozen=True)
class PickKey(Key):
    prefix = "hpick"
    user: int
    page: int


@dataclass(frozen=True)
class DeleteKey(Key):
    prefix = "hdel"
    entry: int


@dataclass(frozen=True)
class DeleteYesKey(Key):
    prefix = "hdelyes"
    entry: int


@dataclass(frozen=True)
class AskKey(Key):
    prefix = "hask"
    entry: int


@dataclass(frozen=True)
class AskShownKey(Key):
    """The "Ask for attestation" button, with the digest of the entry its message showed: the
    facilitators are asked to attest only the version the member saw."""

    prefix = "haskv"
    entry: int
    shown: int


@dataclass(frozen=True)
class ReopenAskKey(Key):
    prefix = "hreask"
    entry: int


@dataclass(frozen=True)
class ReviewKey(Key):
    """A facilitator picks a waiting request in their server."""

    prefix = "hreview"
    guild: int


@dataclass(frozen=True)
class AttestKey(Key):
    prefix = "hattest"
    entry: int


@dataclass(frozen=True)
class AttestFormKey(Key):
    """The Attest form as sent before forms carried what they were opened on."""

    prefix = "hattestf"
    entry: int


@dataclass(frozen=True)
class AttestShownKey(Key):
    """The Attest form, with the digest of the entry it was opened on: nobody attests a
    version of the entry they were not shown."""

    prefix = "hattestv"
    entry: int
    shown: int


@dataclass(frozen=True)
class DeclineKey(Key):
    prefix = "hdecline"
    entry: int


@dataclass(frozen=True)
class DeclineFormKey(Key):
    """The Decline form as sent before forms carried what they were opened on."""

    prefix = "hdeclinef"
    entry: int


@dataclass(frozen=True)
class DeclineShownKey(Key):
    """The Decline form, with the digest of the entry it was opened on."""

    prefix = "hdeclinev"
    entry: int
    shown: int


@dataclass(frozen=True)
class ReopenKey(Key):
    prefix = "hreopen"
    entry: int


EditButton = button_type(EditHoursKey)
PageButton = button_type(PageKey)
DeleteButton = button_type(DeleteKey)
DeleteYesButton = button_type(DeleteYesKey)
AskButton = button_type(AskKey)
AskShownButton = button_type(AskShownKey)
ReopenAskButton = button_type(ReopenAskKey)
AttestButton = button_type(AttestKey)
DeclineButton = button_type(DeclineKey)
ReopenButton = button_type(ReopenKey)


class PickSelect(Select[PickKey]):
    key_type = PickKey


class ReviewSelect(Select[ReviewKey]):
    key_type = ReviewKey


# -- forms ------------------------------------------------------------------------------------

# A facilitator's answer: the limits its forms show, held on submit too (a tampered client
# is not held to them), so that what the member and the report show stays within them.
ATTEST_PART_MAX = 100  # the name, and the credential
DECLINE_REASON_MAX = 300
ATTEST_TOO_LONG = (
    f"Your name and your credential can each be at most {ATTEST_PART_MAX} characters. "
    "Nothing changed: the entry still waits for your answer."
)
DECLINE_TOO_LONG = (
    f"A reason can be at most {DECLINE_REASON_MAX} characters. Nothing changed: the entry "
    "still waits for your answer."
)

_FIELDS = (
    ("when", "Date and time", "2026-01-05 14:00-15:30, or 2026-01-05 90 (minutes)", 40, True),
    ("group", "Group and facilitator", "Tuesday peer group, facilitated by J. Lee", 200, False),
    ("topic", "Topic (de-identified)", "No client names, dates or places", 200, False),
    ("learning", "Learning goal", "What I wanted to learn", 300, False),
    ("reflection", "Short reflection", "What I take away", 1000, False),
)


def too_long(submitted: Submitted[Any], nothing: str) -> str | None:
    """What to tell a member whose hours form carries a text longer than its field allows (a
    tampered client; the form's limit is only the client's promise), ending with `nothing`;
    None when every text fits. Before, the text was cut silently to the limit and saved."""
    over = [
        (label, limit) for name, label, _, limit, _ in _FIELDS if len(submitted.text(name)) > limit
    ]
    if not over:
        return None
    label, limit = over[0]
    return f"**{label}** can be at most {limit:,} characters. {nothing}"


def entry_form(key: Key, title: str, prefill: Mapping[str, str]) -> ui.Modal:
    items = [
        ui.Label(
            text=label,
            component=ui.TextInput(
                custom_id=name,
                placeholder=hint,
                default=(prefill.get(name) or None) and prefill[name][:limit],
                required=required,
                max_length=limit,
                style=discord.TextStyle.paragraph
                if name == "reflection"
                else discord.TextStyle.short,
            ),
        )
        for name, label, hint, limit, required in _FIELDS
    ]
    return form(key, title, *items)


def typed_of(entry: HoursEntry) -> dict[str, str]:
    span = f"{entry.start}-{entry.end}" if entry.start else str(entry.minutes)
    return {"when": f"{entry.day.isoformat()} {span}", **entry.texts}


def read_draft(
    submitted: Submitted[Any],
    fmt: Format,
    kind: Kind,
    part: Part,
    own: int | None,
    source: int,
    zone: ZoneInfo | None = None,
) -> HoursDraft:
    """The typed form as a draft; `WhenError` says what to fix in the date or time. A span
    counts the time that passed in `zone`, the member's (the clocks may change during it), and
    the year-slip check reckons her own year there, not UTC's."""
    day_text, _, time_text = submitted.text("when").strip().partition(" ")
    today = discord.utils.utcnow().astimezone(zone or UTC).date()
    when = parse_when(day_text, time_text, today=today, zone=zone)
    texts = {
        name: submitted.typed(name)[: TEXT_LIMITS[name]]
        for name in TEXT_LIMITS
        if submitted.typed(name)
    }
    flags = flag_answers(texts)
    return HoursDraft(
        when=when,
        own_minutes=own_minutes_for(part, when.minutes, own),
        format=fmt,
        kind=kind,
        part=part,
        texts=texts,
        flagged=tuple(dict.fromkeys(k for spans in flags.values() for k in kinds_of(spans))),
        reflection_id=source or None,
    )


_MISSED_WHY = {
    SendState.CLOSED: "their DMs are closed to me",
    SendState.REFUSED: "Discord refused it",
    SendState.FAILED: "Discord kept failing",
}
MAX_MISSED_SHOWN = 20


def missed_text(missed: Sequence[PromptSend]) -> str:
    """For the facilitators: who the last meeting's prompt did not reach, and why (empty when
    it reached everyone). They are the ones who can remind a member to log it."""
    if not missed:
        return ""
    when = discord.utils.format_dt(missed[0].ended_at, "f")
    names = ", ".join(
        f"<@{m.user_id}> ({_MISSED_WHY.get(m.state, 'not sent')})"
        for m in missed[:MAX_MISSED_SHOWN]
    )
    more = f" and {len(missed) - MAX_MISSED_SHOWN} more" if len(missed) > MAX_MISSED_SHOWN else ""
    return (
        f"\n\n**The prompt to log the meeting that ended {when} did not reach:** {names}{more}. "
        "They can still log it with `/hours add`."
    )


def typed_back(told: str, texts: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """What to say about a form that stored nothing, and the file that gives back what was
    typed in it (nothing when it was left blank)."""
    kept = {k: v for k, v in texts.items() if v.strip()}
    if not kept:
        return told, {}
    return told + " What you typed is in the attached file.", {"file": typed_file(kept)}


def _shown(key: Key) -> int | None:
    """The digest of the entry a facilitator's form was opened on (None: sent before forms
    carried it)."""
    return key.shown if isinstance(key, AttestShownKey | DeclineShownKey) else None


def review_message(entry: HoursEntry) -> tuple[str, ui.View]:
    """A waiting request as its facilitators see it, with the buttons that answer it."""
    if entry.state is Attestation.REOPEN_ASKED:
        controls = view(ReopenButton(ReopenKey(entry.id), label="Reopen it"))
        ask = "The member asks to reopen this attested entry."
    else:
        controls = view(
            AttestButton(AttestKey(entry.id), label="Attest", style=discord.ButtonStyle.success),
            DeclineButton(DeclineKey(entry.id), label="Decline"),
        )
        ask = "Attest it with your name and credential as you want them shown, or decline."
    return f"<@{entry.author_id}>: {detail(entry, for_attester=True)}\n{ask}", controls


def _choices(labels: Mapping[Any, str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=label, value=str(code)) for code, label in labels.items()]


# -- the cog ----------------------------------------------------------------------------------


@app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
@app_commands.allowed_installs(guilds=True, users=False)
class HoursGroup(app_commands.Group):
    pass


def _in_the_menu(left: int) -> str:
    """/hours pending's last line when its message holds only some of the entries listed in
    its menu."""
    return f"\n…and {counted(left, 'more request')} in the menu below: choose one to see it."


class Hours(BoundCog):
    hours = HoursGroup(name="hours", description="Your consultation-hours log (private)")

    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        # A refused form's text, to offer back in the form it was typed in, by (member,
        # entry): 0 for a new entry's form. Never in another entry's Edit form.
        self._typed: dict[tuple[int, int], dict[str, str]] = {}
        self.notices = OwnedLoop("hours-notices", self._notice_loop)
        self.notice_sender = DmSender(
            self.repos.notices,
            self._send_notice,
            self._notice_sent,
            discord_failure,
            discord.utils.utcnow,
            "hours answer DM",
            NOTICE_TRIES,
            NOTICE_HOLD,
            log,
        )

    async def cog_load(self) -> None:
        await super().cog_load()
        if self.bot.is_ready():
            self.notices.restart()

    async def cog_unload(self) -> None:
        await self.notices.stop()
        await super().cog_unload()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.notices.running:  # a restarted bot sends the DMs its predecessor did not
            self.notices.restart()

    def handlers(self) -> Mapping[type, Handler]:
        return {
            NewHoursKey: self.on_new_submit,
            NewHoursOnceKey: self.on_new_submit,
            EditFormKey: self.on_edit_submit,
            EditShownKey: self.on_edit_submit,
            EditButton: self.on_edit,
            PageButton: self.on_page,
            PickSelect: self.on_pick,
            DeleteButton: self.on_delete,
            DeleteYesButton: self.on_delete_yes,
            AskButton: self.on_ask,
            AskShownButton: self.on_ask,
            ReopenAskButton: self.on_reopen_ask,
            ReviewSelect: self.on_review,
            AttestButton: self.on_attest,
            AttestFormKey: self.on_attest_submit,
            AttestShownKey: self.on_attest_submit,
            DeclineButton: self.on_decline,
            DeclineFormKey: self.on_decline_submit,
            DeclineShownKey: self.on_decline_submit,
            ReopenButton: self.on_reopen,
        }

    # -- add and edit

    @hours.command(name="add", description="Log a consultation session")
    @app_commands.describe(
        format="How you met",
        type="What kind of session",
        role="Your part in it",
        own_minutes="Minutes spent on your own practice (default: all if you presented, else 0)",
        reflection="Prefill from one of your reflections",
    )
    @app_commands.choices(
        format=_choices(FORMAT_LABELS), type=_choices(KIND_LABELS), role=_choices(PART_LABELS)
    )
    async def add(
        self,
        interaction: Interaction,
        format: app_commands.Choice[str],
        type: app_commands.Choice[str],
        role: app_commands.Choice[str],
        own_minutes: app_commands.Range[int, 0, 1440] | None = None,
        reflection: str | None = None,
    ) -> None:
        async with answering(interaction):
            zone = await self._zone_or_utc(interaction)  # the form opens all the same
            today = discord.utils.utcnow().astimezone(zone).date()
            prefill: dict[str, str] = {"when": f"{today.isoformat()} "}
            source = 0
            if reflection:
                entry = await chosen_entry(self.repos, interaction.user.id, reflection)
                if entry is None:
                    await not_available(interaction)
                    return
                source = entry.id
                script = await self.bot.scripts.for_entry(entry)
                prefill["when"] = f"{entry.created_at.astimezone(zone).date().isoformat()} "
                prefill["learning"] = script.answer(entry.answers, Role.NEXT_STEP)
                prefill["reflection"] = script.answer(entry.answers, Role.DOING) or script.answer(
                    entry.answers, Role.DIFFERENT
                )
            key = new_hours_key(
                format.value,
                type.value,
                role.value,
                -1 if own_minutes is None else own_minutes,
                source,
            )
            await interaction.response.send_modal(
                entry_form(key, "Log consultation hours", prefill)
            )

    async def _zone(self, interaction: Interaction) -> ZoneInfo:
        """The member's own zone: what she logs happened on her day, not the bot's (UTC)."""
        zone = await member_zone(self.repos, interaction.user.id, interaction.guild_id)
        return ZoneInfo(zone.name)

    async def _zone_or_utc(self, interaction: Interaction) -> ZoneInfo:
        """Her zone, else (the database failing) UTC: a form opens or is read all the same,
        and a write that fails too is answered as such, with what she typed."""
        try:
            return await self._zone(interaction)
        except Exception as error:
            log.warning(
                "could not read the zone of user %s (%s); reckoning in UTC",
                interaction.user.id,
                error.__class__.__name__,
            )
            return ZoneInfo("UTC")

    async def _today(self, interaction: Interaction) -> date:
        return discord.utils.utcnow().astimezone(await self._zone(interaction)).date()

    @add.autocomplete("reflection")
    async def _reflection_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await entry_choices(self.repos, self.bot.scripts, interaction.user.id, current)

    async def _bad_when(
        self, interaction: Interaction, error: WhenError, sub: Submitted[Any], entry_id: int = 0
    ) -> None:
        self._typed[interaction.user.id, entry_id] = dict(sub.texts)
        kept = quoted_back(v for v in sub.texts.values() if v.strip())
        text = f"{error}\nNothing was saved yet; here is what you typed:\n{kept}"
        if len(text) <= 1900:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NONE)
            return
        # Too long to quote whole: all of it goes back in a file, so nothing typed is lost.
        await interaction.response.send_message(
            f"{error}\nNothing was saved yet; everything you typed is in the attached file.",
            file=typed_file({k: v for k, v in sub.texts.items() if v.strip()}),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    async def on_new_submit(self, interaction: Interaction, sub: Submitted[NewHoursKey]) -> None:
        k = sub.key
        try:
            fmt, kind, part = Format(k.fmt), Kind(k.kind), Part(k.part)
        except ValueError:
            await not_available(interaction)
            return
        if (why := too_long(sub, "Nothing changed: nothing was logged.")) is not None:
            await refused(interaction, why)  # with what was typed, given back
            return
        try:
            own = None if k.own < 0 else k.own
            zone = await self._zone_or_utc(interaction)
            draft = read_draft(sub, fmt, kind, part, own, k.source, zone)
        except WhenError as error:
            await self._bad_when(interaction, error, sub)
            return
        if draft.reflection_id is not None and (
            await self.repos.entries.get(draft.reflection_id, interaction.user.id) is None
        ):
            draft = HoursDraft(**{**draft.__dict__, "reflection_id": None})
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        once = k.once if isinstance(k, NewHoursOnceKey) else None
        try:
            entry = await self.repos.hours.add(
                interaction.user.id, interaction.guild_id, draft, once
            )
        except AlreadySaved as saved:
            # The same form submitted again (Discord lost the first answer): what its first
            # submit logged, as it is now, and nothing logged twice.
            first = await self.repos.hours.get(saved.row_id, interaction.user.id)
            if first is None:  # deleted since, or not theirs
                await not_available(interaction)
                return
            await self._saved(interaction, first, sub, "Logged", again=True)
            return
        await self._saved(interaction, entry, sub, "Logged")

    async def _saved(
        self,
        interaction: Interaction,
        entry: HoursEntry,
        sub: Submitted[Any],
        verb: str,
        *,
        again: bool = False,
    ) -> None:
        """What was stored, with its actions; `again`: the same form's second submit."""
        self._typed.pop((interaction.user.id, 0 if verb == "Logged" else entry.id), None)
        head = f"{verb}: "
        if again:
            head = f"Already {verb.lower()}: this form reached me twice and is saved once.\n{head}"
        warning = ""
        flags = flag_answers({k: sub.text(k) for k in TEXT_LIMITS})
        if flags:
            spans = [s for found in flags.values() for s in found]
            warning = (
                f"\n⚠️ This may name a client: {safe(describe(spans))}. It stays private to "
                "you, but it will appear in your report: edit it if it identifies anyone."
            )[:600]
        # the warning is never the part cut off: the entry's own text gives way
        if note := clock_note(entry):  # the clocks changed during it: what counted, and why
            warning = f"\n{note}{warning}"
        shown = detail(entry, budget=min(DETAIL_MAX, 1990 - len(head) - len(warning)))
        text = f"{head}{shown}{warning}"
        await respond(interaction, text[:1990], view=self._entry_view(entry), allowed_mentions=NONE)

    async def on_edit(self, interaction: Interaction, button: Any) -> None:
        entry = await self._own(interaction, button.key.entry)
        if entry is None:
            return
        if not entry.editable:
            await interaction.response.send_message(unchangeable(entry), ephemeral=True)
            return
        prefill = self._typed.get((interaction.user.id, entry.id)) or typed_of(entry)
        key = EditShownKey(entry.id, entry.digest(), one_time_id())
        await interaction.response.send_modal(entry_form(key, "Edit consultation hours", prefill))

    async def on_edit_submit(
        self, interaction: Interaction, sub: Submitted[EditFormKey | EditShownKey]
    ) -> None:
        entry = await self._own(interaction, sub.key.entry)
        if entry is None:
            return
        key = sub.key
        if not entry.editable:  # asked for attestation or attested since it was opened
            await self._not_saved(interaction, unchangeable(entry), sub)
            return
        if (why := too_long(sub, "Nothing changed: the entry is as it was.")) is not None:
            await refused(interaction, why)  # with what was typed, given back
            return
        try:
            zone = await self._zone_or_utc(interaction)
            draft = read_draft(
                sub, entry.format, entry.kind, entry.part, None, entry.reflection_id or 0, zone
            )
        except WhenError as error:
            await self._bad_when(interaction, error, sub, entry.id)
            return
        if entry.own_minutes and entry.own_minutes != own_minutes_for(
            entry.part, entry.minutes, None
        ):
            draft = HoursDraft(
                **{**draft.__dict__, "own_minutes": min(entry.own_minutes, draft.when.minutes)}
            )
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        form = (key.shown, key.once) if isinstance(key, EditShownKey) else None
        try:
            saved = await self.repos.hours.edit(entry.id, interaction.user.id, draft, form=form)
        except AlreadySaved:
            now = await self._own(interaction, entry.id)
            if now is not None:
                await self._saved(interaction, now, sub, "Saved", again=True)
            return
        except StaleForm:
            await self._stale(interaction, entry.id, sub)
            return
        if saved is None:
            now = await self._own(interaction, entry.id)
            if now is not None:
                await self._not_saved(interaction, unchangeable(now), sub)
            return
        await self._saved(interaction, saved, sub, "Saved")

    async def _not_saved(self, interaction: Interaction, why: str, sub: Submitted[Any]) -> None:
        """An edit that could not be stored: say why and give back what was typed as a file."""
        told, extra = typed_back(why, sub.texts)
        await respond(interaction, told, allowed_mentions=NONE, **extra)

    async def _stale(self, interaction: Interaction, entry_id: int, sub: Submitted[Any]) -> None:
        """An Edit form opened before a newer change: nothing was stored. Say so, give back
        what was typed, and show the entry as it is now, with its actions."""
        told, extra = typed_back(STALE, sub.texts)
        now = await self.repos.hours.get(entry_id, interaction.user.id)
        if now is None:
            await respond(interaction, told, allowed_mentions=NONE, **extra)
            return
        await self._as_it_is_now(interaction, told, now, **extra)

    async def _as_it_is_now(
        self, interaction: Interaction, told: str, now: HoursEntry, **extra: Any
    ) -> None:
        """`told`, then the entry as it is now, with its actions."""
        text = f"{told}\nAs it is now: {detail(now)}"[:1990]
        await respond(interaction, text, view=self._entry_view(now), allowed_mentions=NONE, **extra)

    # -- list, pick, delete

    def _entry_view(self, entry: HoursEntry) -> ui.View:
        items: list[ui.Item[Any]] = []
        if entry.editable:
            items.append(EditButton(EditHoursKey(entry.id), label="Edit"))
            items.append(
                AskShownButton(AskShownKey(entry.id, entry.digest()), label="Ask for attestation")
            )
        if not entry.locked:
            items.append(
                DeleteButton(DeleteKey(entry.id), label="Delete", style=discord.ButtonStyle.danger)
            )
        if entry.state is Attestation.ATTESTED:
            items.append(ReopenAskButton(ReopenAskKey(entry.id), label="Ask to reopen"))
        return view(*items)

    async def _list_message(self, user_id: int, page: int) -> tuple[str, ui.View]:
        items, total = await self.repos.hours.page(user_id, page, PAGE_SIZE)
        if total and not items:  # past the end (entries were deleted): show the last page
            page = (total - 1) // PAGE_SIZE
            items, total = await self.repos.hours.page(user_id, page, PAGE_SIZE)
        controls: list[ui.Item[Any]] = []
        if items:
            options = [discord.SelectOption(label=option_label(e), value=str(e.id)) for e in items]
            controls.append(
                PickSelect(PickKey(user_id, page), options=options, placeholder="Pick an entry…")
            )
        if page > 0:
            controls.append(PageButton(PageKey(user_id, page - 1), label="Newer"))
        if (page + 1) * PAGE_SIZE < total:
            controls.append(PageButton(PageKey(user_id, page + 1), label="Older"))
        return list_text(items, page, total), view(*controls)

    @hours.command(name="list", description="Your logged consultation hours")
    async def list_(self, interaction: Interaction) -> None:
        async with answering(interaction):
            text, controls = await self._list_message(interaction.user.id, 0)
            await interaction.response.send_message(
                text, view=controls, ephemeral=True, allowed_mentions=NONE
            )

    async def on_page(self, interaction: Interaction, button: Any) -> None:
        key: PageKey = button.key
        if key.user != interaction.user.id or key.page < 0:
            await not_available(interaction)
            return
        text, controls = await self._list_message(key.user, key.page)
        await interaction.response.edit_message(content=text, view=controls, allowed_mentions=NONE)

    async def on_pick(self, interaction: Interaction, picked: PickSelect) -> None:
        value = (picked.values or [""])[0]
        entry = (
            await self.repos.hours.get(int(value), interaction.user.id)
            if value.isdecimal() and picked.key.user == interaction.user.id
            else None
        )
        if entry is None:
            await not_available(interaction)
            return
        await interaction.response.send_message(
            detail(entry), view=self._entry_view(entry), ephemeral=True, allowed_mentions=NONE
        )

    async def on_delete(self, interaction: Interaction, button: Any) -> None:
        entry = await self._own(interaction, button.key.entry)
        if entry is None:
            return
        if entry.locked:
            await interaction.response.send_message(unchangeable(entry), ephemeral=True)
            return
        confirm = DeleteYesButton(
            DeleteYesKey(entry.id), label="Delete it", style=discord.ButtonStyle.danger
        )
        await interaction.response.send_message(
            f"Delete this entry for good?\n{detail(entry)}",
            view=view(confirm),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    async def on_delete_yes(self, interaction: Interaction, button: Any) -> None:
        entry = await self._own(interaction, button.key.entry)
        if entry is None:
            return
        await interaction.response.defer()  # the write may wait: answer Discord first
        if not await self.repos.hours.delete(entry.id, interaction.user.id) and (
            await self.repos.hours.get(entry.id, interaction.user.id) is not None
        ):  # attested meanwhile; gone means a second click, whose first one deleted it
            await tell_done(interaction, LOCKED)
            return
        await report_done(interaction, "Deleted.")

    # -- report and settings

    @hours.command(
        name="report", description="Your hours for a CPD year or period: CSV and a printable page"
    )
    @app_commands.describe(
        period="A CPD year's first year (2025), “last year”, or 2025-07-01 to 2026-06-30"
    )
    async def report(self, interaction: Interaction, period: str = "") -> None:
        async with answering(interaction):
            user_id = interaction.user.id
            month = await self.repos.hours.cpd_start_month(user_id) or 1
            try:
                span = parse_period(period, await self._today(interaction), month)
            except PeriodError as error:
                await interaction.response.send_message(str(error), ephemeral=True)
                return
            await interaction.response.defer(ephemeral=True, thinking=True)
            entries = await self.repos.hours.between(user_id, span.first, span.last)
            now = discord.utils.utcnow()
            name = interaction.user.display_name

            def render() -> tuple[str, bytes, bytes]:
                csv_text = to_csv(entries).encode("utf-8-sig")
                html = to_html(entries, span, made_at=now, name=name).encode("utf-8")
                return totals_text(totals(entries), span.label), csv_text, html

            text, csv_bytes, html = await asyncio.to_thread(render)
            files = [
                discord.File(io.BytesIO(csv_bytes), filename=f"hours-{span.slug}.csv"),
                discord.File(io.BytesIO(html), filename=f"hours-{span.slug}.html"),
            ]
            await interaction.followup.send(
                text, files=files, ephemeral=True, allowed_mentions=NONE
            )

    @hours.command(name="cpdyear", description="The month your CPD year starts in")
    @app_commands.describe(month="The month your CPD year begins (default January)")
    @app_commands.choices(
        month=[app_commands.Choice(name=m, value=i) for i, m in enumerate(MONTHS, start=1)]
    )
    async def cpdyear(self, interaction: Interaction, month: app_commands.Choice[int]) -> None:
        async with answering(interaction):
            await interaction.response.defer(ephemeral=True, thinking=True)
            await self.repos.hours.set_cpd_start_month(interaction.user.id, month.value)
            await tell_done(interaction, f"Saved. Your CPD year starts on 1 {month.name}.")

    # -- the group's meeting, and the prompt to log it

    @hours.command(
        name="meeting",
        description="The group's weekly meeting, so members can log it in one click (facilitators)",
    )
    @app_commands.describe(
        day="Which day, or none",
        time="Start, in the server's time zone, 24-hour, such as 18:00",
        minutes="How long it lasts",
        format="How you meet",
    )
    @app_commands.choices(day=MEETING_DAYS, format=_choices(FORMAT_LABELS))
    async def meeting(
        self,
        interaction: Interaction,
        day: app_commands.Choice[str],
        time: str = "18:00",
        minutes: app_commands.Range[int, 15, 480] = 90,
        format: app_commands.Choice[str] | None = None,
    ) -> None:
        async with answering(interaction):
            guild_id = await self._facilitator(interaction, NOT_MEETING_FACILITATOR)
            if guild_id is None:
                return
            meetings = self.repos.meetings
            if day.value == "off":
                await interaction.response.defer(ephemeral=True, thinking=True)
                cleared = await meetings.clear(
                    guild_id, audit=AuditNote("meeting_cleared", interaction.user.id, guild_id)
                )
                # if Discord loses it, said again: never "try again" for what is done
                await tell_done(interaction, MEETING_CLEARED if cleared else NO_MEETING_TO_CLEAR)
                return
            start = parse_time(time)
            if start is None:
                await interaction.response.send_message(
                    f"Nothing changed: I couldn't read {quote(time, 60)}. I need a start time "
                    "such as `18:00` (24-hour).",
                    ephemeral=True,
                )
                return
            plan = MeetingPlan(
                guild_id,
                int(day.value),
                start,
                minutes,
                Format(format.value if format else "video"),
            )
            zone = (await self.repos.servers.get(guild_id)).timezone
            next_end = plan.next_end(discord.utils.utcnow(), ZoneInfo(zone))
            await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
            # stored with its audit record in one write: a failure leaves neither
            changed = await meetings.set(
                plan, next_end, audit=AuditNote("meeting_set", interaction.user.id, guild_id)
            )
            await tell_done(
                interaction,
                f"{'Saved:' if changed else 'Nothing changed: the meeting is already'} "
                f"{plan.describe()} ({zone}), {FORMAT_LABELS[plan.format].lower()}. "
                f"After each one, members who turned on `/hours prompts` get a one-click "
                f"prompt to log it; the next is {discord.utils.format_dt(next_end, 'F')}.",
            )

    @hours.command(
        name="prompts", description="A one-click prompt to log each of this server's meetings"
    )
    @app_commands.describe(on="Whether to get the prompt after each meeting")
    async def prompts(self, interaction: Interaction, on: bool) -> None:
        async with answering(interaction):
            if interaction.guild_id is None:
                await interaction.response.send_message(PROMPTS_IN_SERVER, ephemeral=True)
                return
            await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
            await self.repos.meetings.set_prompt(interaction.guild_id, interaction.user.id, on)
            plan = await self.repos.meetings.get(interaction.guild_id)
            when = f" The group meets {plan.describe()}." if plan else " No meeting is set yet."
            await tell_done(
                interaction,
                (
                    "Prompts are on: after each meeting I DM you a button to log it."
                    if on
                    else "Prompts are off."
                )
                + (when if on else ""),
            )

    # -- attestation: the author's side

    async def _own(self, interaction: Interaction, entry_id: int) -> HoursEntry | None:
        """The user's own entry, or None (after answering)."""
        entry = await self.repos.hours.get(entry_id, interaction.user.id)
        if entry is None:
            await not_available(interaction)
        return entry

    async def _apply(
        self,
        interaction: Interaction,
        entry: HoursEntry,
        kind: str,
        guild_id: int | None,
        change: Callable[[AuditNote], Awaitable[bool]],
        answer: str,
        refusal: str | None = None,
        tell: Attestation | None = None,
        left: bool = False,
    ) -> None:
        """Make an attestation change with its audit record (one write: neither without the
        other) and say so; if the state refused it, say why (`refusal`) or that it is not
        available. It defers first: the write may wait. With `tell` (a facilitator's answer,
        whose write stored the DM to the member with it unless she `left` the server), the
        DM is sent now, and the facilitator told whether it reached her."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        note = AuditNote(kind, interaction.user.id, guild_id, f"hours:{entry.id}")
        if not await change(note):
            if refusal is None:
                await not_available(interaction)
            else:
                await respond(interaction, refusal)
            return
        if tell is not None:
            answer += MEMBER_LEFT if left else await self._tell_now(entry.id)
        await respond_done(interaction, answer, allowed_mentions=NONE)

    async def _member_left(self, interaction: Interaction, entry: HoursEntry) -> bool:
        """Whether the entry's author has left the server: nothing of it is then sent to her."""
        guild = interaction.guild
        try:
            return guild is not None and not await is_member(guild, entry.author_id)
        except discord.HTTPException:
            return False  # unknown: the DM is stored, and checked again when it is sent

    async def _tell_now(self, entry_id: int) -> str:
        """Send the DM the answer just stored; what to add to the facilitator's answer. The
        answer stands whatever happens here: if the database fails now, the facilitator is
        told the member will be told, and the loop sends the DM once it can."""
        try:
            notice = await self.repos.notices.latest(entry_id)
            if notice is None or notice.state is not SendState.PENDING:
                return MEMBER_NOT_TOLD
            state = await to_the_end(self.notice_sender.send(notice))
        except Exception:
            log.exception("hours answer DM not sent after the answer; the loop sends it")
            self.notices.restart()
            return MEMBER_TOLD_SOON
        if state is SendState.PENDING:
            self.notices.restart()  # to wake when its retry is due
        return {
            SendState.SENT: MEMBER_TOLD,
            SendState.CLOSED: MEMBER_NOT_TOLD_CLOSED,
            SendState.PENDING: MEMBER_TOLD_LATER,
        }.get(state, MEMBER_NOT_TOLD)

    async def _send_notice(self, notice: Notice) -> SendState | TakeBack:
        """DM the entry's author that a facilitator answered (its number, date and length: no
        text of the entry's, nor the facilitator's); `self.notice_sender` marks it sent only
        after Discord took it, retries a Discord failure, and takes it back if the entry or her
        data was erased meanwhile."""
        entry = _out_of_log(await self.repos.hours.get(notice.hours_id, notice.user_id))
        # Any process may send it: the server may be on a shard this one does not run.
        guild = await server(self.bot, notice.guild_id)
        if entry is None or (guild is not None and not await is_member(guild, entry.author_id)):
            return SendState.REFUSED  # deleted since, or she left: nothing of this server
        author = self.bot.get_user(notice.user_id) or await self.bot.fetch_user(notice.user_id)
        sent = await author.send(_notice_text(notice, entry, guild), allowed_mentions=NONE)
        return sent.delete

    async def _notice_sent(self, notice: Notice) -> bool:
        """Whether the DM is in her DM already, since shortly before it was stored
        (`NOTICE_MARGIN`): a retry looks there first."""
        entry = _out_of_log(await self.repos.hours.get(notice.hours_id, notice.user_id))
        if entry is None:
            return False  # deleted since: not sent either way
        text = _notice_text(notice, entry, await server(self.bot, notice.guild_id))
        since = notice.created_at - NOTICE_MARGIN
        return await in_dm(self.bot, notice.user_id, since, lambda m: m.content == text)

    async def _notice_loop(self) -> None:
        while not self.bot.is_closed():
            next_at = await next_pass(log, "hours answer DM loop", self.notice_sender.send_due)
            await asyncio.sleep(seconds_until(next_at, NOTICE_IDLE_WAKE))

    async def on_ask(self, interaction: Interaction, button: Any) -> None:
        entry = await self._own(interaction, button.key.entry)
        if entry is None:
            return
        if interaction.guild_id is None:
            await interaction.response.send_message(ASK_IN_SERVER, ephemeral=True)
            return
        guild_id = interaction.guild_id
        key = button.key
        shown = key.shown if isinstance(key, AskShownKey) else None
        if entry.editable and shown is not None and entry.digest() != shown:
            # clicked on a message showing an earlier version: nothing is asked
            await self._as_it_is_now(interaction, STALE_ASK, entry)
            return
        try:
            await self._apply(
                interaction,
                entry,
                "hours_attest_ask",
                interaction.guild_id,
                lambda note: self.repos.hours.request(
                    entry.id, interaction.user.id, guild_id, shown=shown, audit=note
                ),
                "Asked this server's facilitators to attest it. They see it, privately, with "
                "`/hours pending`; until they answer it can't be edited.",
                refusal=unchangeable(entry),
            )
        except StaleForm:  # changed between the click and its write
            now = await self._own(interaction, entry.id)
            if now is not None:
                await self._as_it_is_now(interaction, STALE_ASK, now)

    async def on_reopen_ask(self, interaction: Interaction, button: Any) -> None:
        entry = await self._own(interaction, button.key.entry)
        if entry is None:
            return
        await self._apply(
            interaction,
            entry,
            "hours_reopen_ask",
            entry.attest_guild_id,
            lambda note: self.repos.hours.ask_reopen(entry.id, interaction.user.id, audit=note),
            "Asked the facilitators who attested it to reopen it. It stays attested until they do.",
            refusal=REOPEN_ASKED
            if entry.state is Attestation.REOPEN_ASKED  # a second click
            else "Only an attested entry can be reopened.",
        )

    # -- attestation: the facilitators' side

    async def _facilitator(
        self, interaction: Interaction, refusal: str = NOT_HOURS_FACILITATOR
    ) -> int | None:
        """The server the user facilitates here, or None (after answering with `refusal`)."""
        guild_id = interaction.guild_id
        if guild_id is not None:
            settings = await self.repos.servers.get(guild_id)
            if is_facilitator(interaction.user, settings):
                return guild_id
            refusal = facilitators_only(refusal, settings)
        elif refusal == NOT_HOURS_FACILITATOR:
            refusal = NOT_HOURS_FACILITATOR_IN_DM  # a DM has no "this server"
        await refused(interaction, refusal)  # a form's text goes back with it
        return None

    async def _waiting(self, interaction: Interaction, entry_id: int) -> HoursEntry | None:
        guild_id = await self._facilitator(interaction)
        if guild_id is None:
            return None
        entry = await self.repos.hours.waiting_one(entry_id, guild_id, interaction.user.id)
        if entry is None:
            answered = await self.repos.hours.answered(entry_id, guild_id, interaction.user.id)
            said, by_them = None, False
            if answered is not None:
                state, by_them = answered
                said = "declined" if state is Attestation.DECLINED else "attested"
            elif await self.repos.audit.recorded("hours_reopen", guild_id, [f"hours:{entry_id}"]):
                said = "reopened"  # the reopened entry no longer names this server
            if said is None and await self.repos.audit.recorded(
                WITHDRAWN, guild_id, [f"hours:{entry_id}"]
            ):  # told only to this server's facilitators, whom the request was made to
                await refused(
                    interaction,
                    "The member deleted this entry, so it no longer waits for an answer. "
                    "Nothing was saved.",
                )
            elif said is None:
                await not_available(interaction)
            elif by_them:  # her own answer, its reply lost or the form sent twice
                await refused(
                    interaction,
                    f"This entry has already been {said} by you: your answer stands. "
                    "Nothing changed.",
                )
            else:  # a double click or a second facilitator: say what happened, change nothing
                await refused(interaction, f"This entry has already been {said}. Nothing changed.")
        return entry

    @hours.command(
        name="pending", description="Hours members asked this server's facilitators to attest"
    )
    async def pending(self, interaction: Interaction) -> None:
        async with answering(interaction):
            guild_id = await self._facilitator(interaction)
            if guild_id is None:
                return
            waiting = await self.repos.hours.waiting(guild_id, interaction.user.id)
            missed = missed_text(await self.repos.meetings.missed(guild_id))
            if not waiting:
                await interaction.response.send_message(
                    "Nothing is waiting for attestation here." + missed,
                    ephemeral=True,
                    allowed_mentions=NONE,
                )
                return
            # off the event loop: each topic shown is anonymized (up to 25 of them)
            lines = await asyncio.to_thread(
                lambda: [f"<@{e.author_id}>: {detail(e, for_attester=True)}" for e in waiting]
            )
            options = [
                discord.SelectOption(label=option_label(e), value=str(e.id)) for e in waiting
            ]
            picker = ReviewSelect(ReviewKey(guild_id), options=options, placeholder="Answer one…")
            total = len(waiting)
            if total == WAITING_SHOWN:  # a full list: perhaps more wait
                total = await self.repos.hours.waiting_count(guild_id, interaction.user.id)
            more = more_waiting(len(waiting), total)
            # Whole entries, as many as fit: the rest are named, never cut off mid-line.
            listed = fit_lines(
                "**Waiting for attestation**",
                [("\n" if i else "") + line for i, line in enumerate(lines)],
                _in_the_menu,
                limit=1990 - len(missed) - len(more),
            )
            await interaction.response.send_message(
                listed + more + missed,
                view=view(picker),
                ephemeral=True,
                allowed_mentions=NONE,
            )

    async def on_review(self, interaction: Interaction, picked: ReviewSelect) -> None:
        value = (picked.values or [""])[0]
        if picked.key.guild != interaction.guild_id or not value.isdecimal():
            await not_available(interaction)
            return
        entry = await self._waiting(interaction, int(value))
        if entry is None:
            return
        text, controls = review_message(entry)
        await interaction.response.send_message(
            text, view=controls, ephemeral=True, allowed_mentions=NONE
        )

    async def _ask(
        self, interaction: Interaction, entry_id: int, key: Any, title: str, *fields: ui.Label
    ) -> None:
        """The facilitator's form about one entry still waiting for them."""
        entry = await self._waiting(interaction, entry_id)
        if entry is not None:
            await interaction.response.send_modal(
                form(key(entry.id, entry.digest()), title, *fields)
            )

    async def _decide(
        self,
        interaction: Interaction,
        entry: HoursEntry,
        kind: str,
        change: Callable[[int, AuditNote, bool], Awaitable[bool]],
        answer: str,
        tell: Attestation,
        sub: Submitted[Any] | None = None,
    ) -> None:
        """A facilitator's decision, made in the server they facilitate, of which the member
        is told (`tell`) by DM. One typed in a form opened on an earlier version of the entry
        (`sub`) stores nothing: say so, give back what was typed, and show the entry as it is
        now."""
        guild_id = interaction.guild_id
        assert guild_id is not None
        left = await self._member_left(interaction, entry)
        try:
            await self._apply(
                interaction,
                entry,
                kind,
                guild_id,
                lambda note: change(guild_id, note, not left),  # the DM, stored with it
                answer,
                tell=tell,
                left=left,
            )
        except StaleForm:
            told, extra = typed_back(STALE_ANSWER, sub.texts if sub else {})
            now = await self.repos.hours.waiting_one(entry.id, guild_id, interaction.user.id)
            if now is None:
                await respond(interaction, told, allowed_mentions=NONE, **extra)
                return
            text, controls = review_message(now)
            await respond(
                interaction,
                f"{told}\nAs it is now: {text}"[:1990],
                view=controls,
                allowed_mentions=NONE,
                **extra,
            )

    async def on_attest(self, interaction: Interaction, button: Any) -> None:
        await self._ask(
            interaction,
            button.key.entry,
            AttestShownKey,
            "Attest consultation hours",
            ui.Label(
                text="Your name as shown",
                component=ui.TextInput(custom_id="name", max_length=ATTEST_PART_MAX),
            ),
            ui.Label(
                text="Your credential",
                component=ui.TextInput(
                    custom_id="credential",
                    max_length=ATTEST_PART_MAX,
                    placeholder="e.g. LMFT, CA #12345",
                ),
            ),
        )

    async def on_attest_submit(
        self, interaction: Interaction, sub: Submitted[AttestFormKey | AttestShownKey]
    ) -> None:
        entry = await self._waiting(interaction, sub.key.entry)
        if entry is None:
            return
        name, credential = sub.typed("name"), sub.typed("credential")
        if not name or not credential:
            await refused(interaction, "An attestation needs both your name and your credential.")
            return
        if max(len(name), len(credential)) > ATTEST_PART_MAX:  # a form only promises its limit
            await refused(interaction, ATTEST_TOO_LONG)  # with what was typed, given back
            return
        signed = f"{name}, {credential}"
        await self._decide(
            interaction,
            entry,
            "hours_attest",
            lambda guild_id, note, tell: self.repos.hours.attest(
                entry.id,
                guild_id,
                interaction.user.id,
                signed,
                shown=_shown(sub.key),
                audit=note,
                tell=tell,
            ),
            f"Attested as {as_typed(name)}, {as_typed(credential)}. The entry is now locked.",
            Attestation.ATTESTED,
            sub,
        )

    async def on_decline(self, interaction: Interaction, button: Any) -> None:
        await self._ask(
            interaction,
            button.key.entry,
            DeclineShownKey,
            "Decline to attest",
            long_text("reason", "Why (the member sees this)", limit=DECLINE_REASON_MAX),
        )

    async def on_decline_submit(
        self, interaction: Interaction, sub: Submitted[DeclineFormKey | DeclineShownKey]
    ) -> None:
        entry = await self._waiting(interaction, sub.key.entry)
        if entry is None:
            return
        reason = sub.typed("reason")
        if not reason:
            await interaction.response.send_message("Please give a reason.", ephemeral=True)
            return
        if len(reason) > DECLINE_REASON_MAX:  # a form only promises its limit
            await refused(interaction, DECLINE_TOO_LONG)  # with what was typed, given back
            return
        await self._decide(
            interaction,
            entry,
            "hours_decline",
            lambda guild_id, note, tell: self.repos.hours.decline(
                entry.id,
                guild_id,
                interaction.user.id,
                reason,
                shown=_shown(sub.key),
                audit=note,
                tell=tell,
            ),
            "Declined. The member sees your reason and can edit the entry and ask again.",
            Attestation.DECLINED,
            sub,
        )

    async def on_reopen(self, interaction: Interaction, button: Any) -> None:
        entry = await self._waiting(interaction, button.key.entry)
        if entry is None:
            return
        await self._decide(
            interaction,
            entry,
            "hours_reopen",
            lambda guild_id, note, tell: self.repos.hours.reopen(
                entry.id, guild_id, interaction.user.id, audit=note, tell=tell
            ),
            "Reopened: the attestation is withdrawn and the member can edit the entry.",
            Attestation.NONE,
        )


def _out_of_log(entry: HoursEntry | None) -> HoursEntry | None:
    """`entry`, what was written in it (her texts, a decline's reason, the attester's name)
    kept out of every later log line of this task and its loop's pass."""
    if entry is not None:
        keep_out_of_log([*entry.texts.values(), entry.declined_reason, entry.attested_as])
    return entry


def _notice_text(notice: Notice, entry: HoursEntry, guild: discord.Guild | None) -> str:
    """The DM telling her a facilitator answered, naming the server (as fetched, when it is
    on another process's shard)."""
    return member_told(entry, notice.answer, guild.name if guild else "your server")


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Hours(bot))
