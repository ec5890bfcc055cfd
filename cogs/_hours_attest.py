"""/hours pending, and asking for attestation: the facilitators' attestation flow."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import ui

from bot.hours.model import WAITING_SHOWN, WITHDRAWN, Attestation, HoursEntry, StaleForm
from bot.hours.render import detail, more_waiting, option_label
from bot.inert import as_typed
from bot.limits import fit_lines
from bot.tree import respond
from cogs._hours_base import HoursBase
from cogs._hours_keys import (
    AskShownKey,
    AttestFormKey,
    AttestShownKey,
    DeclineFormKey,
    DeclineShownKey,
    ReviewKey,
    ReviewSelect,
)
from cogs._hours_texts import (
    ASK_IN_SERVER,
    NONE,
    REOPEN_ASKED,
    STALE_ANSWER,
    STALE_ASK,
    unchangeable,
)
from cogs._hours_ui import (
    ATTEST_PART_MAX,
    ATTEST_TOO_LONG,
    DECLINE_REASON_MAX,
    DECLINE_TOO_LONG,
    HOURS,
    in_the_menu,
    missed_text,
    review_message,
    shown_digest,
    typed_back,
)
from cogs._interactions import (
    Interaction,
    Submitted,
    answering,
    chosen_id,
    form,
    long_text,
    not_available,
    refused,
    view,
)
from storage.repos.audit import AuditNote


class AttestFlow(HoursBase):
    """Asking for attestation or reopening, and the facilitators' answers."""

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

    @HOURS.command(
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
                in_the_menu,
                limit=1990 - len(missed) - len(more),
            )
            await interaction.response.send_message(
                listed + more + missed,
                view=view(picker),
                ephemeral=True,
                allowed_mentions=NONE,
            )

    async def on_review(self, interaction: Interaction, picked: ReviewSelect) -> None:
        entry_id = chosen_id((picked.values or [""])[0])
        if picked.key.guild != interaction.guild_id or entry_id is None:
            await not_available(interaction)
            return
        entry = await self._waiting(interaction, entry_id)
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
                shown=shown_digest(sub.key),
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
                shown=shown_digest(sub.key),
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
