"""`sparkle-bot`: run the bot, migrate, check the set-up, or create it on first use."""

from __future__ import annotations

import argparse
import asyncio
import base64
import getpass
import os
import secrets
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import SecretStr

from bot.settings import DEFAULT_DATABASE_URL, Settings, SettingsError, load_settings

EXIT_CONFIG = 2
ENV_FILE = Path(".env")


def fail(message: str) -> int:
    print(f"sparkle-bot: {message}", file=sys.stderr)
    return EXIT_CONFIG


def new_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


def _masked_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


async def _open_and_migrate(settings: Settings) -> None:
    from storage.repos import Repositories

    repos = Repositories.open(
        settings.database_url, settings.key_bytes, clock=_utcnow, old_keys=settings.old_key_bytes
    )
    try:
        await repos.migrate()
    finally:
        await repos.close()


def _utcnow():
    import discord.utils

    return discord.utils.utcnow()


def cmd_migrate(settings: Settings) -> int:
    asyncio.run(_open_and_migrate(settings))
    print(f"Database migrated: {_masked_url(settings.database_url)}")
    return 0


async def _check(settings: Settings, online: bool) -> list[tuple[str, bool, str]]:
    from storage.crypto import Cipher, WrongKeyError
    from storage.db import Database
    from storage.migrate import ensure_key_check, migration_state

    results: list[tuple[str, bool, str]] = [
        ("token", True, "well-formed (not shown)"),
        ("data key", True, "32 bytes, AES-256-GCM"),
    ]
    db = Database(settings.database_url, clock=_utcnow)
    try:
        state = await migration_state(db)
        results.append(("database", True, _masked_url(settings.database_url)))
        results.append(
            (
                "migrations",
                state.at_head,
                f"at {state.current} (head {state.head})"
                if state.at_head
                else f"at {state.current or 'nothing'}, head is {state.head}: "
                "run `sparkle-bot migrate`",
            )
        )
        if state.at_head:
            try:
                await ensure_key_check(db, Cipher(settings.key_bytes, settings.old_key_bytes))
                results.append(("key check", True, "the key matches the stored data"))
            except WrongKeyError:
                results.append(
                    ("key check", False, "SPARKLE_DATA_KEY does not match the stored data")
                )
    except Exception as exc:  # report any connection failure as one line
        results.append(
            (
                "database",
                False,
                f"cannot open {_masked_url(settings.database_url)}: {type(exc).__name__}",
            )
        )
    finally:
        await db.dispose()
    if online:
        results.append(await _check_token_online(settings))
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
        return ("discord", False, f"could not reach Discord: {type(exc).__name__}")
    finally:
        await client.close()


def cmd_check(settings: Settings, online: bool) -> int:
    results = asyncio.run(_check(settings, online))
    width = max(len(name) for name, _, _ in results)
    for name, ok, detail in results:
        print(f"{'ok ' if ok else 'BAD'} {name:<{width}}  {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1


async def _serve(settings: Settings) -> None:
    """Run until Discord disconnects for good, or until SIGTERM/SIGINT asks for a clean stop.

    Closing the bot stops new interactions first and then closes storage, which waits for
    writes already under way, so a page the user was told is saved is saved.
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


def cmd_run(settings: Settings) -> int:
    import discord

    from bot.log import setup_logging

    setup_logging(settings.log_level, [settings.discord_token.get_secret_value()])
    try:
        asyncio.run(_serve(settings))
    except discord.LoginFailure:
        return fail("Discord refused DISCORD_TOKEN: copy a fresh one from the Developer Portal")
    except discord.PrivilegedIntentsRequired:
        return fail("Discord refused an intent; Sparkle needs no privileged intents")
    return 0


async def _rotate(settings: Settings) -> tuple[int, int]:
    from storage.repos import Repositories
    from storage.rotate import remaining, rotate

    repos = Repositories.open(
        settings.database_url, settings.key_bytes, clock=_utcnow, old_keys=settings.old_key_bytes
    )
    try:
        await repos.migrate()
        changed = await rotate(repos.db, repos.cipher)
        await repos.outbox.rotate()
        return changed, await remaining(repos.db, repos.cipher)
    finally:
        await repos.close()


def cmd_rotate(settings: Settings) -> int:
    if not settings.old_key_bytes:
        return fail(
            "SPARKLE_OLD_DATA_KEYS is empty: set SPARKLE_DATA_KEY to the new key and "
            "SPARKLE_OLD_DATA_KEYS to the old one, then run rotate-key again"
        )
    changed, left = asyncio.run(_rotate(settings))
    print(f"Rewrapped {changed} user keys under the new key; {left} remain under older keys.")
    if not left:
        print("You can now remove SPARKLE_OLD_DATA_KEYS and restart the bot.")
    return 0 if not left else 1


def cmd_init(ask: Callable[[str], str] = getpass.getpass) -> int:
    if ENV_FILE.exists():
        return fail(f"{ENV_FILE} already exists; edit it, or move it away to start over")
    token = ask("Discord bot token (input hidden): ").strip()
    try:
        Settings(discord_token=SecretStr(token), data_key=SecretStr(new_key()))
    except Exception:
        return fail(
            "DISCORD_TOKEN does not look like a Discord bot token (three dot-separated parts)"
        )
    content = (
        "# Written by `sparkle-bot init`. Keep this file private: it holds secrets.\n"
        f"DISCORD_TOKEN={token}\n"
        "# Encrypts answers at rest. Back it up: without it stored answers cannot be read.\n"
        f"SPARKLE_DATA_KEY={new_key()}\n"
        f"DATABASE_URL={DEFAULT_DATABASE_URL}\n"
    )
    fd = os.open(ENV_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    print(f"Wrote {ENV_FILE} (readable only by you).")
    return cmd_migrate(load_settings())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sparkle-bot", description="Sparkle: solution-focused peer consultation on Discord."
    )
    sub = parser.add_subparsers(
        dest="command", metavar="{run,migrate,check,init,keygen,rotate-key}"
    )
    sub.add_parser("run", help="start the bot (the default)")
    sub.add_parser("migrate", help="apply database migrations")
    check = sub.add_parser(
        "check", help="validate settings and the database, and print what was found"
    )
    check.add_argument(
        "--online", action="store_true", help="also ask Discord whether it accepts the token"
    )
    sub.add_parser("init", help="first-run set-up: write .env with a new data key, then migrate")
    sub.add_parser("keygen", help="print a new random SPARKLE_DATA_KEY")
    sub.add_parser(
        "rotate-key",
        help="re-encrypt stored answers under SPARKLE_DATA_KEY (old keys in SPARKLE_OLD_DATA_KEYS)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if command == "keygen":
        print(new_key())
        return 0
    if command == "init":
        return cmd_init()
    if (
        command == "run"
        and not ENV_FILE.exists()
        and "DISCORD_TOKEN" not in os.environ
        and sys.stdin.isatty()
    ):
        answer = input("No .env found. Set Sparkle up now? [Y/n] ").strip().lower()
        if answer in ("", "y", "yes"):
            status = cmd_init()
            if status:
                return status
    try:
        settings = load_settings()
    except SettingsError as exc:
        return fail(str(exc))
    from storage.crypto import WrongKeyError

    try:
        if command == "migrate":
            return cmd_migrate(settings)
        if command == "check":
            return cmd_check(settings, args.online)
        if command == "rotate-key":
            return cmd_rotate(settings)
        return cmd_run(settings)
    except WrongKeyError:
        return fail("SPARKLE_DATA_KEY does not match the key the stored answers were written with")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
