"""A script's intro, as it opens the reply that follows the first page of a conversation."""

from __future__ import annotations

from bot.conversation.script import Script
from bot.inert import as_typed
from bot.limits import clip

# Room for a script's intro above a reply (the rest of the reply, at most a few hundred
# characters, fits in Discord's 2000 beside it).
INTRO_ROOM = 1400


def intro_lead(script: Script, room: int = INTRO_ROOM) -> str:
    """The script's intro in at most `room` characters, to open a reply with (nothing when it
    has none): its admins' wording, shown as typed and inert, like its titles and labels."""
    intro = script.intro.strip()
    if not intro:
        return ""
    shown = as_typed(intro)
    cut = len(intro)
    while len(shown) > room:  # escaping can lengthen it: cut the text, not an escape
        cut = cut * room // len(shown)
        shown = as_typed(clip(intro, cut))
    return f"{shown}\n\n"
