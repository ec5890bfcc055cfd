"""The README and .env.example name every setting, subcommand and slash command the code has."""

from __future__ import annotations

import base64
import calendar
import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from discord import app_commands
from pydantic import AliasChoices, SecretStr

from bot.cli import build_parser
from bot.settings import Settings
from tests.conftest import FAKE_TOKEN

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")
# Required secrets: .env.example holds a placeholder, the README says "(required)".
REQUIRED = {"DISCORD_TOKEN", "SPARKLE_DATA_KEY"}


def _settings() -> list[tuple[str, str]]:
    """(environment name, default as written in a settings file) for every setting."""
    found: list[tuple[str, str]] = []
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        assert isinstance(alias, AliasChoices)
        name = str(alias.choices[0])
        default = field.default
        if isinstance(default, SecretStr):
            default = default.get_secret_value()
        found.append((name, "" if default is None else str(default)))
    return found


@pytest.mark.parametrize(("name", "default"), _settings())
def test_every_setting_is_in_env_example_with_its_default(name: str, default: str) -> None:
    lines = re.findall(rf"^{name}=(.*)$", ENV_EXAMPLE, flags=re.MULTILINE)
    assert len(lines) == 1, f"{name} is not in .env.example once"
    if name not in REQUIRED:
        assert lines[0] == default


@pytest.mark.parametrize(("name", "default"), _settings())
def test_every_setting_is_in_the_readme_table_with_its_default(name: str, default: str) -> None:
    row = re.search(rf"^\| `{name}` \| ([^|]+) \|", README, flags=re.MULTILINE)
    assert row, f"{name} has no row in the README's settings table"
    expected = "(required)" if name in REQUIRED else f"`{default}`" if default else "(none)"
    assert row.group(1).strip() == expected


def test_every_subcommand_is_in_the_readme() -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")  # pyright: ignore[reportPrivateUsage]
    names = list(action.choices or ())
    assert names
    for name in names:
        assert re.search(rf"^\| `{name}[ `]", README, flags=re.MULTILINE) or re.search(
            rf"^\| `[^|]*/ `{name} ", README, flags=re.MULTILINE
        ), f"sparkle-bot {name} is not in the README's subcommand table"


def _command_cells() -> list[set[str]]:
    """The words of the first cell of each row of the README's command tables."""
    cells = re.findall(r"^\| (`/[^|]+) \|", README, flags=re.MULTILINE)
    return [set(re.findall(r"[a-z_]+", cell)) for cell in cells]


def _leaves(command: object, prefix: str = "") -> list[str]:
    """'path option option …' for each command a user can run."""
    if not isinstance(command, app_commands.Command | app_commands.Group):
        return []  # a context menu: none are registered today
    path = f"{prefix}{command.name}"
    if isinstance(command, app_commands.Group):
        return [leaf for sub in command.commands for leaf in _leaves(sub, path + " ")]
    return [" ".join([path, *(p.name for p in command.parameters)])]


async def _registered_commands(tmp_path: Path) -> list[object]:
    """The command tree as the bot registers it with Discord."""
    from bot.app import EXTENSIONS, SparkleBot

    settings = Settings(
        discord_token=SecretStr(FAKE_TOKEN),
        data_key=SecretStr(base64.b64encode(bytes(32)).decode()),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}",
    )
    bot = SparkleBot(settings)
    try:
        # As the bot sets them up (bot.app), not by discord.py's load_extension, which would
        # execute each cog module afresh and replace it in sys.modules: a later test of this
        # process holding the first module's classes would then not recognise the bot's cogs.
        for extension in EXTENSIONS:
            await importlib.import_module(extension).setup(bot)
        return list(bot.tree.get_commands())
    finally:
        await bot.repos.close()


async def test_every_slash_command_and_option_is_in_the_readme(tmp_path: Path) -> None:
    commands = await _registered_commands(tmp_path)
    cells = _command_cells()
    leaves = [leaf for command in commands for leaf in _leaves(command)]
    for leaf in leaves:
        words = set(leaf.split())
        assert any(words <= cell for cell in cells), f"/{leaf} is not in the README's tables"
    names = {getattr(command, "name", "") for command in commands}
    for cell in re.findall(r"^\| `/([a-z]+)", README, flags=re.MULTILINE):
        assert cell in names, f"/{cell} is in the README but not in the code"


def _command_rows() -> list[tuple[list[str], str]]:
    """Each command row of the README: the usages in its first cell (`/setup script download
    script` · `upload script file`, the later ones under the first one's group), and the row."""
    rows: list[tuple[list[str], str]] = []
    for row in re.findall(r"^\| `/.*$", README, flags=re.MULTILINE):
        first = row.split(" | ", 1)[0].removeprefix("| ")
        usages = [part.strip().strip("`") for part in first.split("·")]
        group = " ".join(usages[0].split()[:2]) if len(usages) > 1 else ""
        rows.append(([usages[0], *(f"{group} {u}" for u in usages[1:])], row))
    return rows


def _usage(path: str, command: app_commands.Command[Any, ..., Any]) -> str:
    """How the README writes a command: required options bare, optional ones in brackets."""
    options = [p.name if p.required else f"[{p.name}]" for p in command.parameters]
    return " ".join([f"/{path}", *options])


def _commands_with_paths(command: object, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(command, app_commands.Group):
        path = f"{prefix}{command.name}"
        return [c for sub in command.commands for c in _commands_with_paths(sub, path + " ")]
    if isinstance(command, app_commands.Command):
        return [(f"{prefix}{command.name}", command)]
    return []


# A calendar's names (a day or a month to pick) need no listing where the README says "day".
_CALENDAR = {*calendar.day_name, *calendar.month_name} - {""}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


async def test_every_command_row_shows_its_options_as_registered(tmp_path: Path) -> None:
    """Each command's row writes its options in order, the optional ones in [brackets], and
    names every choice its menus offer, so that what the README shows is what Discord shows."""
    rows = _command_rows()
    usages = {usage: row for found, row in rows for usage in found}
    for command in await _registered_commands(tmp_path):
        for path, leaf in _commands_with_paths(command):
            usage = _usage(path, leaf)
            assert usage in usages, f"no README row shows `{usage}`"
            said = _words(usages[usage])
            for parameter in leaf.parameters:
                names = [c.name for c in parameter.choices if c.name not in _CALENDAR]
                for name in names:
                    # Only what tells a choice apart: "SOAP", "Supervision (group)".
                    short = name.split(" (")[0]
                    alike = [n for n in names if n != name and n.split(" (")[0] == short]
                    wanted = _words(name if alike else short)
                    assert wanted in said, f"/{path} {parameter.name}: {name!r} is not in its row"
    registered = {
        _usage(path, leaf)
        for command in await _registered_commands(tmp_path)
        for path, leaf in _commands_with_paths(command)
    }
    for found, _row in rows:
        for usage in found:
            assert usage in registered, f"the README shows `{usage}`, which the bot does not have"


def test_the_invite_permissions_integer_is_the_table_and_the_tested_one() -> None:
    """The README's invite table, its permissions integer and the integer the least-privilege
    journeys run with (tests/e2e/test_least_privilege.py) are one and the same."""
    import discord

    from tests.e2e.test_least_privilege import INVITE

    section = README.split("these bot permissions:", 1)[1].split("That is the", 1)[0]
    names = re.findall(r"^\s*\| ([A-Z][A-Za-z ]+?) \| ", section, flags=re.MULTILINE)
    flags = {name: name.lower().replace(" ", "_") for name in names if name != "permission"}
    flags["View Channels"] = "view_channel"
    granted = discord.Permissions(**dict.fromkeys(flags.values(), True))
    stated = re.search(r"That is the permissions integer `(\d+)`", README)
    assert stated and len(flags) == 8
    assert granted.value == int(stated[1]) == INVITE


async def test_the_bot_asks_only_for_the_intent_the_readme_names(tmp_path: Path) -> None:
    """README step 2: no privileged intent, and of the others only Guilds (its servers,
    channels, threads and roles): no message events, so what members type to the bot outside
    its forms, in a DM or a channel, never reaches it."""
    import discord

    from bot.app import create_bot

    bot = create_bot(
        Settings(
            discord_token=SecretStr(FAKE_TOKEN),
            data_key=SecretStr(base64.b64encode(bytes(32)).decode()),
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}",
        )
    )
    try:
        assert bot.intents == discord.Intents(guilds=True)
    finally:
        await bot.repos.close()
    assert "only the **Guilds** intent" in README
