"""/hours add, list, edit and delete: logging a session and changing it."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.conversation.roles import Role
from bot.guard import describe, flag_answers
from bot.hours.model import (
    FORMAT_LABELS,
    KIND_LABELS,
    PART_LABELS,
    TEXT_LIMITS,
    Format,
    HoursDraft,
    HoursEntry,
    Kind,
    Part,
    StaleForm,
    When,
    WhenError,
    clock_note,
    own_minutes_for,
    typed_of,
)
from bot.hours.old_forms import old_form_token
from bot.hours.render import DETAIL_MAX, detail
from bot.models import AlreadySaved
from bot.tree import respond
from cogs._autocomplete import chosen_entry, entry_choices, no_such_entry
from cogs._hours_base import HoursBase
from cogs._hours_keys import (
    DeleteYesButton,
    DeleteYesKey,
    EditFormKey,
    EditShownKey,
    NewHoursKey,
    NewHoursOnceKey,
    PageKey,
    PickSelect,
    new_hours_key,
)
from cogs._hours_texts import DELETE_QUESTION, DELETED_ALREADY, LOCKED, NONE, unchangeable
from cogs._hours_ui import HOURS, entry_form, label_choices, read_draft, too_long
from cogs._interactions import (
    Interaction,
    Submitted,
    answering,
    chosen_id,
    gone_already,
    not_available,
    one_time_id,
    quoted_back,
    refused,
    report_done,
    tell_done,
    typed_file,
    view,
)
from cogs._render import safe


class LogFlow(HoursBase):
    """Logging a session, listing the log, editing and deleting an entry."""

    @HOURS.command(name="add", description="Log a consultation session")
    @app_commands.describe(
        format="How you met",
        type="What kind of session",
        role="Your part in it",
        own_minutes="Minutes spent on your own practice (default: all if you presented, else 0)",
        reflection="Prefill from one of your reflections",
    )
    @app_commands.choices(
        format=label_choices(FORMAT_LABELS),
        type=label_choices(KIND_LABELS),
        role=label_choices(PART_LABELS),
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
                    await no_such_entry(interaction, reflection)
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

    @add.autocomplete("reflection")
    async def _reflection_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await entry_choices(
            self.repos,
            self.bot.scripts,
            interaction.user.id,
            current,
            guild_id=interaction.guild_id,
        )

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
        # a form sent before forms carried a one-time id: the session it logs makes one
        once = (
            k.once if isinstance(k, NewHoursOnceKey) else old_form_token(interaction.user.id, draft)
        )
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
            logged = When(entry.day, entry.start, entry.end, entry.minutes)
            draft = read_draft(
                sub,
                entry.format,
                entry.kind,
                entry.part,
                None,
                entry.reflection_id or 0,
                zone,
                logged=logged,
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

    @HOURS.command(name="list", description="Your logged consultation hours")
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
        entry_id = chosen_id((picked.values or [""])[0])
        entry = (
            await self.repos.hours.get(entry_id, interaction.user.id)
            if entry_id is not None and picked.key.user == interaction.user.id
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
            f"{DELETE_QUESTION}\n{detail(entry)}",
            view=view(confirm),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    async def on_delete_yes(self, interaction: Interaction, button: Any) -> None:
        entry = await self.repos.hours.get(button.key.entry, interaction.user.id)
        if entry is None:  # a second click whose first one deleted it, or not hers
            asked = f"{DELETE_QUESTION}\n`#{button.key.entry}` "
            await gone_already(interaction, lambda said: said.startswith(asked), DELETED_ALREADY)
            return
        await interaction.response.defer()  # the write may wait: answer Discord first
        if not await self.repos.hours.delete(entry.id, interaction.user.id) and (
            await self.repos.hours.get(entry.id, interaction.user.id) is not None
        ):  # attested meanwhile; gone means a second click, whose first one deleted it
            await tell_done(interaction, LOCKED)
            return
        await report_done(interaction, "Deleted.")

    # -- report and settings
