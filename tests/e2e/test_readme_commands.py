"""README's "Commands" table is what Discord shows: every command, subcommand and option it
lists is synced, with the same options (required, or in brackets), and nothing more; the
commands it says work only in a server are not offered in DMs; and every command is for a
guild install only (README step 3: Sparkle is not a user-installed app), so a server where
someone added it as a user app without inviting the bot offers none of them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from simcord import MemberActor

from tests.e2e.conftest import World

README = Path(__file__).resolve().parents[2] / "README.md"
SUBCOMMAND_KINDS = (1, 2)
GUILD_INSTALL, USER_INSTALL = 0, 1
IN_A_SERVER, IN_DMS = 0, 1


def _readme_rows() -> dict[str, str]:
    """Each row of the Commands table: its usage (`/hours add format type role …`, one per
    subcommand) and who may use it."""
    rows: dict[str, str] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| `/"):
            continue
        usage, who = (cell.strip() for cell in line.split("|")[1:3])
        first, *rest = re.findall(r"`([^`]+)`", usage)
        rows[first] = who
        prefix = " ".join(first.split()[:2])  # `/setup script`: its other subcommands
        for more in rest:
            rows[f"{prefix} {more}"] = who
    return rows


def _synced(node: dict[str, Any], path: str) -> list[str]:
    subs = [o for o in node.get("options", []) if o.get("type") in SUBCOMMAND_KINDS]
    if subs:
        return [line for sub in subs for line in _synced(sub, f"{path} {sub['name']}")]
    options = [
        o["name"] if o.get("required") else f"[{o['name']}]" for o in node.get("options", [])
    ]
    return [" ".join([path, *options])]


async def test_the_readme_lists_exactly_the_synced_commands_and_options(
    world: World, admin: MemberActor
) -> None:
    w = world
    rows = _readme_rows()
    synced: dict[str, dict[str, Any]] = {}
    for name in sorted({p.split()[0] for p in admin.available_commands(w.channel)}):
        command = w.env.backend.find_command(name, w.guild.id)
        assert command is not None, name
        for usage in _synced(command, f"/{name}"):
            synced[usage] = command
    assert sorted(rows) == sorted(synced)
    for usage, command in synced.items():
        assert command.get("integration_types") == [GUILD_INSTALL], usage
        in_a_server_only = "in a server" in rows[usage] or usage.startswith("/setup")
        expected = [IN_A_SERVER] if in_a_server_only else [IN_A_SERVER, IN_DMS]
        if usage.startswith("/hours"):  # one command group: its server-only subcommands say so
            expected = [IN_A_SERVER, IN_DMS]
        assert command.get("contexts") == expected, usage
