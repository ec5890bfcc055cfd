"""`sparkle-bot`: run the bot, migrate, check the set-up, back up, or create it on first use.

Exit status (also in the README): 0 done; 1 `check` or `rotate-key` found something to fix;
2 a setting is missing or wrong (including a token Discord refuses or a data key that does
not match the data); 3 the database cannot be used; 4 Discord cannot be reached;
130 interrupted (Ctrl-C, or Ctrl-D at a prompt). Every failure is one line on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import getpass
import os
import secrets
import signal
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import (
    DEFAULT_DATABASE_URL,
    ENV_FILE_VARIABLE,
    Settings,
    SettingsError,
    config_dir,
    find_env_file,
    load_settings,
)

if TYPE_CHECKING:
    from storage.repos import Repositories

EXIT_PROBLEM = 1
EXIT_CONFIG = 2
EXIT_DATABASE = 3
EXIT_DISCORD = 4
# the database server cannot be reached yet (down, starting, no network): worth retrying
EXIT_DATABASE_UNREACHABLE = 5
EXIT_INTERRUPTED = 130


class Stop(Exception):
    """Ends the command with one line on stderr and an exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def fail(message: str, status: int = EXIT_CONFIG) -> int:
    print(f"sparkle-bot: {message}", file=sys.stderr)
    return status


def new_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


def _masked_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _utcnow():
    import discord.utils

    return discord.utils.utcnow()


def _where(settings: Settings, env_file: Path) -> str:
    source = str(env_file) if env_file.is_file() else f"environment only (no file at {env_file})"
    return f"Settings: {source}\nDatabase: {_masked_url(settings.database_url)}"


@contextlib.asynccontextmanager
async def _migrated(
    settings: Settings, *, erasure_record: Path | None = None
) -> AsyncIterator[Repositories]:
    """The database, opened once, brought to head and its data key verified; Stop on any
    failure of these. Closed when the block ends."""
    from storage.crypto import WrongKeyError
    from storage.health import describe_error
    from storage.repos import Repositories

    try:
        repos = Repositories.open(
            settings.database_url,
            settings.key_bytes,
            clock=_utcnow,
            old_keys=settings.old_key_bytes,
            erasure_record=erasure_record,
        )
    except Exception as exc:  # a driver that is not installed, a malformed URL
        raise Stop(describe_error(exc, settings.database_url), _database_status(exc)) from None
    try:
        try:
            await repos.migrate()
        except WrongKeyError:
            raise Stop(
                "SPARKLE_DATA_KEY does not match the key the stored answers were written with: "
                "restore the right key (keep a copy of it beside your backups)",
                EXIT_CONFIG,
            ) from None
        except Exception as exc:
            raise Stop(describe_error(exc, settings.database_url), _database_status(exc)) from None
        yield repos
    finally:
        await repos.close()


def _database_status(exc: BaseException) -> int:
    """3 for a database that needs a person; 5 for a server not reachable yet, which a service
    manager may retry (PostgreSQL rebooting beside the bot, the network not up at boot)."""
    from storage.health import unreachable

    return EXIT_DATABASE_UNREACHABLE if unreachable(exc) else EXIT_DATABASE


async def _open_and_migrate(settings: Settings) -> None:
    """Bring the database to head and verify the data key; Stop on any failure."""
    async with _migrated(settings):
        pass


def prepare_database(settings: Settings, *, create: bool) -> None:
    """Check an SQLite file's folder (creating it, private, when allowed); Stop if unusable."""
    from storage.health import sqlite_problem

    path = settings.sqlite_path()
    if path is None:
        return
    home = config_dir()
    if create and path.is_relative_to(home) and not home.exists():
        home.mkdir(parents=True, mode=0o700)  # Sparkle's own folder in the user's config
    problem = sqlite_problem(path, create=create)
    if problem:
        raise Stop(problem, EXIT_DATABASE)


def cmd_migrate(settings: Settings) -> int:
    prepare_database(settings, create=True)
    asyncio.run(_open_and_migrate(settings))
    print(f"Database migrated: {_masked_url(settings.database_url)}")
    return 0


async def _check(settings: Settings, online: bool) -> list[tuple[str, bool, str]]:
    from storage.health import sqlite_problem

    results: list[tuple[str, bool, str]] = [
        ("token", True, "well-formed (not shown)"),
        ("data key", True, "32 bytes, AES-256-GCM"),
    ]
    path = settings.sqlite_path()
    problem = sqlite_problem(path, create=False) if path is not None else None
    if problem:
        results.append(("database", False, problem))
    else:
        results += await _check_database(settings)
    if online:
        results.append(await _check_token_online(settings))
    return results


async def _check_database(settings: Settings) -> list[tuple[str, bool, str]]:
    from storage.crypto import Cipher, WrongKeyError
    from storage.db import Database
    from storage.health import describe_error
    from storage.migrate import known_revisions, migration_state, verify_key_check

    url = _masked_url(settings.database_url)
    results: list[tuple[str, bool, str]] = []
    try:
        db = Database(
            settings.database_url,
            clock=_utcnow,
            busy_timeout_ms=settings.sqlite_busy_timeout_ms,
        )
    except Exception as exc:
        return [("database", False, describe_error(exc, settings.database_url))]
    try:
        state = await migration_state(db)
        results.append(("database", True, url))
        if state.at_head:
            results.append(("migrations", True, f"at {state.current} (head {state.head})"))
        elif state.current is not None and state.current not in known_revisions():
            results.append(
                (
                    "migrations",
                    False,
                    f"at {state.current}, which a newer version of Sparkle made (this one "
                    f"knows up to {state.head}): run that version again, or "
                    "`sparkle-bot restore` a backup made with this one",
                )
            )
        else:
            results.append(
                (
                    "migrations",
                    False,
                    f"at {state.current or 'nothing'}, head is {state.head}: "
                    "run `sparkle-bot migrate` (the bot also does this at start)",
                )
            )
        if state.current is None:  # nothing migrated yet: the line above says what to do
            return results
        try:
            found = await verify_key_check(db, Cipher(settings.key_bytes, settings.old_key_bytes))
            results.append(
                ("key check", True, "the key matches the stored data")
                if found
                else ("key check", True, "no data yet: the key is stored at first start")
            )
        except WrongKeyError:
            results.append(("key check", False, "SPARKLE_DATA_KEY does not match the stored data"))
    except Exception as exc:  # any failure is one line, in words
        results.append(("database", False, describe_error(exc, settings.database_url)))
    finally:
        await db.dispose()
    return results


async def _check_token_online(settings: Settings) -> tuple[str, bool, str]:
    import discord

    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(settings.discord_token.get_secret_value())
        user = client.user
        return ("discord", True, f"token accepted for {user}")
    except discord.LoginFailure:
        return ("discord", False, "Discord refused the token")
    except (discord.HTTPException, OSError) as exc:
        return ("discord", False, f"could not reach Discord: {_network_words(exc)}")
    finally:
        await client.close()


def _network_words(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def cmd_check(settings: Settings, env_file: Path, online: bool) -> int:
    results = [("settings", True, str(env_file) if env_file.is_file() else "environment only")]
    results += asyncio.run(_check(settings, online))
    width = max(len(name) for name, _, _ in results)
    for name, ok, detail in results:
        print(f"{'ok ' if ok else 'BAD'} {name:<{width}}  {detail}")
    return 0 if all(ok for _, ok, _ in results) else EXIT_PROBLEM


async def _serve(settings: Settings) -> None:
    """Run until Discord disconnects for good, or until SIGTERM/SIGINT asks for a clean stop.

    Closing the bot stops new interactions first and then closes storage, which waits for
    writes already under way, so a page the user was told is saved is saved. Once connected,
    discord.py reconnects by itself with back-off, logging each attempt.
    """
    from bot.app import create_bot

    bot = create_bot(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with bot:
        running = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        await bot.close()
        if running.done() and not running.cancelled() and running.exception() is not None:
            raise running.exception()  # type: ignore[misc]


def cmd_run(settings: Settings, env_file: Path) -> int:
    from bot.log import setup_logging

    setup_logging(settings.log_level, settings.secrets(), settings.log_format)
    print(_where(settings, env_file), flush=True)
    prepare_database(settings, create=True)
    from storage.backup import running_on

    with running_on(settings.sqlite_path()):  # `restore` refuses meanwhile
        return _run_prepared(settings)


def _run_prepared(settings: Settings) -> int:
    asyncio.run(_open_and_migrate(settings))  # key and database, before Discord
    import aiohttp
    import discord

    try:
        asyncio.run(_serve(settings))
    except discord.LoginFailure:
        raise Stop(
            "Discord refused DISCORD_TOKEN: copy a fresh one from the Developer Portal "
            "(Bot → Reset Token)",
            EXIT_CONFIG,
        ) from None
    except discord.PrivilegedIntentsRequired:
        raise Stop(
            "Discord refused an intent; Sparkle needs no privileged intents", EXIT_CONFIG
        ) from None
    except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as exc:
        raise Stop(
            f"cannot reach Discord ({_network_words(exc)}): check the network and try again",
            EXIT_DISCORD,
        ) from None
    except discord.HTTPException as exc:
        if exc.status >= 500:
            raise Stop(
                f"Discord is not answering (HTTP {exc.status}): try again shortly", EXIT_DISCORD
            ) from None
        raise
    return 0


async def _rotate(settings: Settings) -> tuple[int, int]:
    """Bring the database to head, verify the keys and rewrap every user key under the new
    one, through one opening of it; (rewrapped, still under older keys)."""
    from storage.rotate import remaining, rotate

    async with _migrated(settings) as repos:
        changed = await rotate(repos.db, repos.cipher)
        await repos.outbox.rotate()
        return changed, await remaining(repos.db, repos.cipher)


def cmd_rotate(settings: Settings) -> int:
    if not settings.old_key_bytes:
        return fail(
            "SPARKLE_OLD_DATA_KEYS is empty: set SPARKLE_DATA_KEY to the new key and "
            "SPARKLE_OLD_DATA_KEYS to the old one, then run rotate-key again"
        )
    prepare_database(settings, create=False)
    changed, left = asyncio.run(_rotate(settings))
    print(f"Rewrapped {changed} user keys under the new key; {left} remain under older keys.")
    if not left:
        print("You can now remove SPARKLE_OLD_DATA_KEYS and restart the bot.")
    return 0 if not left else EXIT_PROBLEM


def _sqlite_or_stop(settings: Settings, action: str) -> Path:
    path = settings.sqlite_path()
    if path is None:
        raise Stop(
            f"{action} works on SQLite only; for PostgreSQL use pg_dump and pg_restore "
            "(see the README, Backups)",
            EXIT_CONFIG,
        )
    return path


def cmd_backup(settings: Settings, destination: str) -> int:
    from storage.backup import BackupError, backup
    from storage.crypto import Cipher

    database = _sqlite_or_stop(settings, "backup")
    target = Path(destination).expanduser().absolute()
    try:
        backup(database, target, Cipher(settings.key_bytes, settings.old_key_bytes))
    except BackupError as exc:
        raise Stop(str(exc), EXIT_DATABASE) from None
    print(f"Backed up {database} to {target} (readable only by you).")
    return 0


def cmd_restore(settings: Settings, source: str) -> int:
    import discord.utils

    from storage.backup import BackupError, restore
    from storage.crypto import Cipher

    database = _sqlite_or_stop(settings, "restore")
    origin = Path(source).expanduser().absolute()
    prepare_database(settings, create=True)
    try:
        cipher = Cipher(settings.key_bytes, settings.old_key_bytes)
        kept = restore(origin, database, cipher, clock=discord.utils.utcnow)
    except BackupError as exc:
        raise Stop(str(exc), EXIT_DATABASE) from None
    print(f"Restored {origin} into {database}.")
    if kept is not None:
        print(f"The database it replaced is kept as {kept}.")
    erased = asyncio.run(_erase_restored(settings))
    if erased:
        print(
            f"Erased again the data of {erased} member(s) who erased it after this backup "
            "was made (their erasure is recorded beside the database)."
        )
    return 0


async def _erase_restored(settings: Settings) -> int:
    """Bring the restored database to head and erase again whoever erased since the backup,
    through one opening of it (as the bot's start does)."""
    async with _migrated(settings, erasure_record=settings.erasure_record) as repos:
        return await repos.userdata.erase_restored()


def _ask_token(ask: Callable[[str], str]) -> str:
    """Ask until the token is well-formed; Ctrl-C or Ctrl-D cancels."""
    from pydantic import SecretStr, ValidationError

    while True:
        token = ask("Discord bot token (input hidden): ").strip()
        try:
            Settings(discord_token=SecretStr(token), data_key=SecretStr(new_key()))
            return token
        except ValidationError as exc:
            reason = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
            print(
                f"That token {reason}. Copy it again from the Developer Portal "
                "(Bot → Reset Token), or press Ctrl-C to stop.",
                file=sys.stderr,
            )


def cmd_init(env_file: Path, ask: Callable[[str], str] = getpass.getpass) -> int:
    """Write a new settings file with a fresh data key, then create the database."""
    if env_file.exists():
        return fail(f"{env_file} already exists; edit it, or move it away to start over")
    existing = env_file.parent / "data" / "sparkle.db"
    if existing.exists():
        return fail(
            f"a database already exists at {existing}: a new data key could not read it; "
            "point --env-file at the settings file that goes with it",
            EXIT_CONFIG,
        )
    token = _ask_token(ask)
    content = (
        "# Written by `sparkle-bot init`. Keep this file private: it holds secrets.\n"
        f"DISCORD_TOKEN={token}\n"
        "# Encrypts answers at rest. Back it up: without it stored answers cannot be read.\n"
        f"SPARKLE_DATA_KEY={new_key()}\n"
        "# A relative SQLite path is relative to this file's folder.\n"
        f"DATABASE_URL={DEFAULT_DATABASE_URL}\n"
    )
    env_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(env_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    print(f"Wrote {env_file} (readable only by you).")
    return cmd_migrate(load_settings(env_file))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sparkle-bot",
        description="Sparkle: solution-focused peer consultation on Discord.",
        epilog=f"Settings file: --env-file, else ${ENV_FILE_VARIABLE}, else ./.env, else "
        f"{config_dir() / '.env'}. Exit status: 0 ok, 1 problems found, 2 settings, "
        "3 database, 4 Discord unreachable, 130 interrupted.",
    )
    env_help = f"the settings file (or set ${ENV_FILE_VARIABLE})"
    parser.add_argument("--env-file", metavar="FILE", help=env_help)
    # Also accepted after the subcommand (`sparkle-bot check --env-file FILE`), where admins
    # tend to type it; SUPPRESS keeps a value given before the subcommand.
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument("--env-file", metavar="FILE", default=argparse.SUPPRESS, help=env_help)
    sub = parser.add_subparsers(
        dest="command", metavar="{run,migrate,check,init,keygen,rotate-key,backup,restore}"
    )

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=text, parents=[after])

    command("run", "start the bot (the default)")
    command("migrate", "apply database migrations")
    check = command("check", "validate settings and the database, and print what was found")
    check.add_argument(
        "--online", action="store_true", help="also ask Discord whether it accepts the token"
    )
    command("init", "first-run set-up: write settings with a new data key, migrate")
    command("keygen", "print a new random SPARKLE_DATA_KEY")
    command(
        "rotate-key",
        "rewrap every user's data key under SPARKLE_DATA_KEY (old keys in SPARKLE_OLD_DATA_KEYS)",
    )
    backup = command("backup", "copy the SQLite database, safely while the bot runs")
    backup.add_argument("file", help="the new backup file")
    restore = command("restore", "replace the SQLite database with a backup (stop the bot first)")
    restore.add_argument("file", help="a file made by `sparkle-bot backup`")
    return parser


def _first_run(env_file: Path) -> int | None:
    """Offer set-up when nothing is configured; None means carry on (set-up done)."""
    print(
        f"No settings found (looked for ./.env and {env_file}; "
        f"--env-file or ${ENV_FILE_VARIABLE} name another file)."
    )
    print(f"Set Sparkle up now, writing {env_file}? [Y/n] ", end="", flush=True)
    answer = input().strip().lower()
    if answer not in ("", "y", "yes"):
        return fail("nothing set up; run `sparkle-bot init` when ready")
    return cmd_init(env_file) or None


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command or "run"
    if command == "keygen":
        print(new_key())
        return 0
    env_file = find_env_file(args.env_file)
    if command == "init":
        return cmd_init(env_file)
    if (
        command == "run"
        and not args.env_file
        and ENV_FILE_VARIABLE not in os.environ
        and not env_file.exists()
        and "DISCORD_TOKEN" not in os.environ
        and sys.stdin.isatty()
    ):
        status = _first_run(env_file)
        if status:
            return status
    try:
        settings = load_settings(args.env_file)
    except SettingsError as exc:
        return fail(str(exc))
    if command == "run":
        return cmd_run(settings, env_file)
    if command == "check":
        return cmd_check(settings, env_file, args.online)
    print(_where(settings, env_file))
    if command == "migrate":
        return cmd_migrate(settings)
    if command == "rotate-key":
        return cmd_rotate(settings)
    if command == "backup":
        return cmd_backup(settings, args.file)
    return cmd_restore(settings, args.file)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except Stop as stop:
        return fail(str(stop), stop.status)
    except (KeyboardInterrupt, EOFError):
        print()  # end the prompt's line
        return fail("interrupted; nothing more was done", EXIT_INTERRUPTED)


if __name__ == "__main__":
    raise SystemExit(main())
