"""What Discord shows under each command and option as a member types it: a help text of its own.

Discord shows a command's description in the command picker and an option's description
above the option while it is filled in. A placeholder there ("…") leaves a practitioner or an
admin guessing what the option is for, so every command, subcommand and option the bot
registers must say what it is for.
"""

from __future__ import annotations

from typing import Any

import discord
from simcord import MemberActor

from tests.e2e.conftest import World

SUBCOMMAND_KINDS = (1, 2)  # a subcommand, a subcommand group


def _described(node: dict[str, Any], path: str) -> list[tuple[str, str]]:
    """Each (path, description) under this command or option, itself included."""
    found = [(path, node.get("description", ""))]
    for option in node.get("options", []):
        if option.get("type") in SUBCOMMAND_KINDS:
            found += _described(option, f"{path} {option['name']}")
        else:
            found.append((f"{path} [{option['name']}]", option.get("description", "")))
    return found


async def test_every_command_and_option_says_what_it_is_for(world: World, admin: MemberActor):
    w = world
    # an admin sees every command, /setup too; subcommands are listed as "setup show"
    names = sorted({path.split()[0] for path in admin.available_commands(w.channel)})
    assert {"sparkle", "exception", "entries", "setup", "hours", "summary"} <= set(names)
    described: list[tuple[str, str]] = []
    for name in names:
        command = w.env.backend.find_command(name, w.guild.id)
        assert command is not None, name
        described += _described(command, f"/{name}")
    unexplained = [path for path, text in described if len(text.strip(" .…")) < 4]
    assert unexplained == [], f"no help text: {unexplained}"

    by_path = dict(described)
    # A facilitator does more than pull summaries: the admin picking the role is told so.
    facilitator = by_path["/setup facilitator"]
    assert "summar" in facilitator and "attest" in facilitator and "round" in facilitator
    assert "facilitat" in by_path["/setup facilitator [role]"].lower()
    assert "month" in by_path["/hours cpdyear [month]"].lower()
    # The server's zone also places meetings and members' reminders, not only the schedule.
    assert "meeting" in by_path["/setup timezone"] and "remind" in by_path["/setup timezone"]
    assert all(len(text) <= 100 for _path, text in described)  # Discord's own limit
    # discord.py cuts a longer one to 99 characters and "…": a help text cut off mid-phrase
    cut = [path for path, text in described if text.endswith("…")]
    assert cut == [], f"help text cut off: {cut}"
    # /share posts one of her entries after a preview, not "a summary" (that is /summary's)
    assert "entr" in by_path["/share"] and "preview" in by_path["/share"]
    assert "summary" not in by_path["/share"]
    # each of /setup round's options is a number of minutes
    for phase in ("clarifying", "affirmations", "reflections", "closing"):
        assert "Minutes" in by_path[f"/setup round [{phase}]"], phase
    assert isinstance(w.env.bot, discord.Client)
