"""What /setup script says: the download's guide, a refused upload's problems, the outcome."""

from __future__ import annotations

import logging
from typing import TypeVar

import aiohttp
import discord
from discord import app_commands

from bot.conversation.library import UPLOAD_MAX_BYTES
from bot.conversation.roles import ScriptKind
from bot.conversation.script import Script
from bot.limits import CONTENT_MAX, clip
from cogs._render import safe

SCRIPT_CHOICES = [
    app_commands.Choice(
        name="Sparkling-moment reflection (/sparkle)", value=ScriptKind.SPARKLE.value
    ),
    app_commands.Choice(
        name="Client-exception debrief (/exception)", value=ScriptKind.EXCEPTION.value
    ),
]
PROBLEMS_SHOWN = 15
T = TypeVar("T")
log = logging.getLogger(__name__)


def script_option(command: T) -> T:
    """The `script` option every /setup script subcommand takes: which conversation."""
    return app_commands.describe(script="Which conversation")(
        app_commands.choices(script=SCRIPT_CHOICES)(command)
    )


def file_name(kind: str) -> str:
    return f"{kind}-script.toml"


def download_text(script: Script, *, default: bool) -> str:
    which = "the default" if default else f"this server's version {script.version}"
    return (
        f"Here is {which} of **{safe(script.name)}**. Edit the wording in any text editor, "
        "keep each question's `id`, `role` and choice `value`s, then upload it with "
        "`/setup script upload`. The README's admin guide has a worked example."
    )


def refused_text(name: str, problems: list[str]) -> str:
    """Every problem, one line each by page and question, within one message."""
    shown = [f"• {safe(p)}" for p in problems[:PROBLEMS_SHOWN]]
    if len(problems) > PROBLEMS_SHOWN:
        shown.append(f"• …and {len(problems) - PROBLEMS_SHOWN} more.")
    head = (
        f"**Nothing was changed.** The uploaded script for {safe(name)} has "
        f"{'a problem' if len(problems) == 1 else f'{len(problems)} problems'}:\n"
    )
    tail = "\nFix these in your file and upload it again; your server keeps its current script."
    return head + clip("\n".join(shown), CONTENT_MAX - len(head) - len(tail)) + tail


def too_large_text() -> str:
    return (
        f"**Nothing was changed.** That file is larger than {UPLOAD_MAX_BYTES // 1000} KB; "
        "a script is a short text file. Start from `/setup script download`."
    )


def unreadable_text() -> str:
    return (
        "**Nothing was changed.** Sparkle could not read the file you attached: Discord did "
        "not hand it over (the upload may not have finished, or its link expired). Attach it "
        "again with `/setup script upload`; your server keeps its current script."
    )


async def read_upload(file: discord.Attachment) -> bytes | None:
    """The attached file's bytes, or None when Discord's file servers do not give them
    (gone, refused, or the connection dropped): nothing the admin can fix but attach it again."""
    try:
        return await file.read()
    except (TimeoutError, discord.HTTPException, aiohttp.ClientError) as error:
        log.warning("an uploaded script could not be read: %s", type(error).__name__)
        return None


def saved_text(script: Script) -> str:
    return (
        f"**Saved.** New {safe(script.name)} entries in this server now use version "
        f"{script.version}. Entries written before keep the questions they were answered with."
    )


def unchanged_text(script: Script) -> str:
    return (
        f"**Nothing changed.** This file is already the current one: new {safe(script.name)} "
        f"entries in this server use version {script.version}."
    )


def reset_text(script: Script) -> str:
    return (
        f"**Reset.** New {safe(script.name)} entries in this server use the default script again. "
        "Entries written before keep the questions they were answered with."
    )
