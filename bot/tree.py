"""The command tree: one place where any unexpected error becomes a friendly answer."""

from __future__ import annotations

import contextlib
import logging
import secrets
from typing import Any

import discord
from discord import app_commands

from bot.log import bind_request

log = logging.getLogger(__name__)


def reference_id() -> str:
    return secrets.token_hex(3).upper()


async def respond(interaction: discord.Interaction, content: str, **extra: Any) -> None:
    """Answer once: a reply if nothing was sent yet, a follow-up otherwise. Always ephemeral;
    `extra` (embed, view, file, allowed_mentions) goes with it either way. A follow-up that
    Discord loses is sent once more (unless it carries a file, spent by the first try): what
    was done is said, rather than "something went wrong" for it."""
    if not interaction.response.is_done():
        await interaction.response.send_message(content, ephemeral=True, **extra)
        return
    try:
        await interaction.followup.send(content, ephemeral=True, **extra)
    except discord.HTTPException:
        if "file" in extra or "files" in extra:
            raise
        await interaction.followup.send(content, ephemeral=True, **extra)


async def report_failure(
    interaction: discord.Interaction,
    error: BaseException,
    *,
    note: str = "",
    said: str = "",
    **extra: Any,
) -> None:
    """Log the traceback under a short reference and tell the user, without details; `note`
    is added to what they are told, `said` (with `{ref}` for the reference) replaces it where
    "anything you saved is safe" would not be true, and `extra` (a file, say) goes with it.

    The error is marked as reported so that the tree's handler, which sees it again when a
    command re-raises it, does not answer twice.
    """
    if getattr(error, "_sparkle_reported", False):
        return
    with contextlib.suppress(AttributeError):
        error._sparkle_reported = True  # type: ignore[attr-defined]
    ref = reference_id()
    log.error(
        "interaction %s failed (ref %s, user %s)",
        interaction.id,
        ref,
        interaction.user.id,
        exc_info=error,
    )
    text = (
        said.format(ref=ref)
        if said
        else (
            f"Sorry, something went wrong on our side (reference `{ref}`). "
            "Anything you saved before this is safe; please try again."
        )
    ) + (f" {note}" if note else "")
    try:
        await respond(interaction, text, allowed_mentions=discord.AllowedMentions.none(), **extra)
    except discord.HTTPException:
        log.warning("could not tell the user about failure %s", ref)


async def respond_done(interaction: discord.Interaction, content: str, **extra: Any) -> None:
    """`respond` for something already done (stored): if Discord loses the answer and its
    retry, the failure is reported with what was done, never "please try again" for it, and
    re-raised marked as reported."""
    try:
        await respond(interaction, content, **extra)
    except discord.HTTPException as error:
        done = content.replace("{", "{{").replace("}", "}}")  # `said` is a format string
        await report_failure(interaction, error, said=done + " (reference `{ref}`)")
        raise


class SparkleTree(app_commands.CommandTree):
    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        bind_request(interaction.id, interaction.data)
        return True

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CheckFailure):
            await respond(interaction, str(error) or "You can't use this command here.")
            return
        await report_failure(interaction, getattr(error, "original", error))
