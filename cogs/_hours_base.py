"""/hours: what its flows share (the member's zone, her entries, an answer with its audit
record and the DM it stores, who facilitates here)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import discord
from discord import ui

from bot.dm_queue import DmSender
from bot.hours.meeting import SendState
from bot.hours.model import Attestation, HoursEntry
from bot.hours.render import (
    MEMBER_LEFT,
    MEMBER_NOT_TOLD,
    MEMBER_NOT_TOLD_CLOSED,
    MEMBER_TOLD,
    MEMBER_TOLD_LATER,
    MEMBER_TOLD_SOON,
    PAGE_SIZE,
    detail,
    list_text,
    option_label,
)
from bot.tree import respond, respond_done
from cogs._hours_keys import (
    AskShownButton,
    AskShownKey,
    DeleteButton,
    DeleteKey,
    EditButton,
    EditHoursKey,
    PageButton,
    PageKey,
    PickKey,
    PickSelect,
    ReopenAskButton,
    ReopenAskKey,
)
from cogs._hours_texts import NONE, NOT_HOURS_FACILITATOR, NOT_HOURS_FACILITATOR_IN_DM, STALE
from cogs._hours_ui import typed_back
from cogs._interactions import BoundCog, Interaction, Submitted, not_available, refused, view
from cogs._local import member_zone
from cogs._loop import OwnedLoop, to_the_end
from cogs._servers import is_member
from cogs.summary import facilitators_only, is_facilitator
from storage.repos.audit import AuditNote

log = logging.getLogger("cogs.hours")  # one logger for all of /hours


class HoursBase(BoundCog):
    """What the /hours flows share: the member's day, her entries, and answering."""

    # Set by `Hours.__init__`.
    _typed: dict[tuple[int, int], dict[str, str]]
    notices: OwnedLoop
    notice_sender: DmSender

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

    async def _facilitator(
        self, interaction: Interaction, refusal: str = NOT_HOURS_FACILITATOR
    ) -> int | None:
        """The server the user facilitates here, or None (after answering with `refusal`)."""
        guild_id = interaction.guild_id
        if guild_id is not None:
            settings = await self.repos.servers.get(guild_id)
            if is_facilitator(interaction.user, settings):
                return guild_id
            refusal = facilitators_only(refusal, settings, interaction.guild)
        elif refusal == NOT_HOURS_FACILITATOR:
            refusal = NOT_HOURS_FACILITATOR_IN_DM  # a DM has no "this server"
        await refused(interaction, refusal)  # a form's text goes back with it
        return None
