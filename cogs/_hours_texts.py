"""/hours: what it says when it refuses or turns something down, and the choices it offers."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.hours.model import Attestation, HoursEntry
from bot.schedule import DAY_NAMES

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
DELETE_QUESTION = "Delete this entry for good?"  # then the entry, its id first
DELETED_ALREADY = "That entry is deleted already."
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
