"""/hours: its forms and how they are read, its messages, and the /hours command group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands, ui

from bot.guard import flag_answers, kinds_of
from bot.hours.meeting import PromptSend, SendState
from bot.hours.model import (
    TEXT_LIMITS,
    Attestation,
    Format,
    HoursDraft,
    HoursEntry,
    Kind,
    Part,
    When,
    as_logged,
    own_minutes_for,
    parse_when,
)
from bot.hours.render import detail
from bot.wording import counted
from cogs._hours_keys import (
    AttestButton,
    AttestKey,
    AttestShownKey,
    DeclineButton,
    DeclineKey,
    DeclineShownKey,
    ReopenButton,
    ReopenKey,
)
from cogs._interactions import Key, Submitted, form, typed_file, view

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


def read_draft(
    submitted: Submitted[Any],
    fmt: Format,
    kind: Kind,
    part: Part,
    own: int | None,
    source: int,
    zone: ZoneInfo | None = None,
    logged: When | None = None,
) -> HoursDraft:
    """The typed form as a draft; `WhenError` says what to fix in the date or time. A span
    counts the time that passed in `zone`, the member's (the clocks may change during it), and
    the year-slip check reckons her own year there, not UTC's. An edited entry's span left as
    it was `logged` keeps the time counted then, in the zone she was in then."""
    # split at any space: an East Asian keyboard in full-width mode types U+3000
    day_text, time_text = [*submitted.text("when").split(maxsplit=1), "", ""][:2]
    today = discord.utils.utcnow().astimezone(zone or UTC).date()
    kept = as_logged(day_text, time_text, logged) if logged is not None else None
    when = kept or parse_when(day_text, time_text, today=today, zone=zone)
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


def shown_digest(key: Key) -> int | None:
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


def label_choices(labels: Mapping[Any, str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=label, value=str(code)) for code, label in labels.items()]


@app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
@app_commands.allowed_installs(guilds=True, users=False)
class HoursGroup(app_commands.Group):
    pass


def in_the_menu(left: int) -> str:
    """/hours pending's last line when its message holds only some of the entries listed in
    its menu."""
    return f"\n…and {counted(left, 'more request')} in the menu below: choose one to see it."


HOURS = HoursGroup(name="hours", description="Your consultation-hours log (private)")
