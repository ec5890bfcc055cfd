"""What leaves the bot in its log: under every fault a member can meet, no log line carries
what a member typed, what was stored of it (a ciphertext, a wrapped key: crypto-erasure
would not reach a log), a Discord token or the data key.

The log is the one the bot writes in production: `bot.log.setup_logging` at DEBUG, its
library levels and scrubbing, its finished lines (tracebacks included) read from its handler.
Faults are the real kinds: a database error raised by the driver itself (so SQLAlchemy wraps
it with the statement and its parameters, as it would a locked or lost database), Discord
refusing (403) or failing (500), an error inside a button's callback, the tagger failing.
"""

from __future__ import annotations

import io
import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from simcord import MemberActor, assert_error

from bot.log import setup_logging
from tests.conftest import FAKE_TOKEN, TEST_KEY
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, engine_hooks, open_first_page, said


@dataclass
class ProductionLog:
    stream: io.StringIO

    def text(self) -> str:
        return self.stream.getvalue()


@pytest.fixture
def production_log(world: World) -> Iterator[ProductionLog]:
    """The bot's own log set-up at DEBUG, its lines written to a buffer we read."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    touched = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    setup_logging("DEBUG", [FAKE_TOKEN, TEST_KEY], "text")
    (handler,) = root.handlers
    assert isinstance(handler, logging.StreamHandler)
    stream = io.StringIO()
    handler.setStream(stream)
    root.handlers.extend(h for h in handlers if h not in root.handlers)  # pytest's capture too
    try:
        yield ProductionLog(stream)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        for name, was in touched.items():
            logging.getLogger(name).setLevel(was)


@dataclass
class Faults:
    """Statements that fail as the driver fails them, and the parameters they carried."""

    on: list[bool] = field(default_factory=list)
    carried: list[Any] = field(default_factory=list)

    def values(self) -> list[str]:
        """Every stored value a failed statement carried, as a log would print it."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list | tuple):
                for item in value:
                    walk(item)
            elif isinstance(value, bytes | memoryview) and len(value) >= 8:
                raw = bytes(value)
                found.extend([repr(raw)[2:40], raw.hex()[:32]])
            elif isinstance(value, str) and len(value) >= 8:
                found.append(value)

        walk(self.carried)
        return found


@contextmanager
def driver_fails(env: Any, starts: tuple[str, ...], message: str) -> Iterator[Faults]:
    """While `faults.on`, each statement starting with one of `starts` fails with the driver's
    own OperationalError (so SQLAlchemy wraps it with the statement and its parameters)."""
    faults = Faults()

    def fail(conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if faults.on and statement.lstrip().upper().startswith(starts):
            faults.carried.append(parameters)
            raise conn.dialect.dbapi.OperationalError(message)

    with engine_hooks(env, before_cursor_execute=fail):
        yield faults


def assert_log_holds_none_of(log: ProductionLog, *typed: str) -> None:
    text = log.text()
    assert text, "nothing was logged: the check would be empty"
    for value in (*typed, FAKE_TOKEN, TEST_KEY, TEST_KEY.rstrip("=")):
        assert value not in text, f"{value[:40]!r} is in the log:\n{text[-3000:]}"


def canary() -> str:
    return f"Mx Quill-{secrets.token_hex(6)}"


# The write of her answers' ciphertexts, and of her wrapped data key (her first save): with
# both in a log, the installation key would read her answers there after her erasure.
@pytest.mark.postgres_too
@pytest.mark.parametrize("write", ["INSERT INTO ANSWERS", "INSERT INTO USER_KEYS"])
async def test_a_page_whose_save_fails_on_the_database_logs_nothing_it_carried(
    world: World, production_log: ProductionLog, write: str
) -> None:
    w = world
    typed = canary()
    shown = await open_first_page(w.alice, w.channel)
    with driver_fails(w.env, (write,), "database is locked") as faults:
        faults.on.append(True)
        step = await w.alice.submit_modal(shown, {"moment": typed, "signs": f"{typed} signs"})
        faults.on.clear()
    assert step.acknowledged and "not saved" in said(step).lower(), said(step)
    assert faults.carried, "no write was made: nothing was tested"
    page = await bot_of(w.env).repos.entries.list_for_author(w.alice.id, limit=5)
    assert page.items == []  # the page's whole transaction was rolled back
    assert "[parameters" not in production_log.text()
    assert_log_holds_none_of(production_log, typed, *faults.values())


@contextmanager
def database_down(env: Any) -> Iterator[Faults]:
    """While `faults.on`, every statement fails as a lost database fails it."""
    with driver_fails(env, ("",), "server closed the connection unexpectedly") as faults:
        yield faults


async def test_forms_submitted_while_the_database_is_down_log_nothing_typed(
    world: World, admin: MemberActor, production_log: ProductionLog
) -> None:
    """A /sparkle page, an /hours form and the group agreement an admin types, each submitted
    while the database is down: each is answered, and the log has none of their text."""
    w = world
    typed = canary()
    page = await open_first_page(w.alice, w.channel)
    hours = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    agreement = await admin.slash(w.channel, "setup agreement")
    assert hours.modal is not None and agreement.modal is not None
    with database_down(w.env) as faults:
        faults.on.append(True)
        answers = [
            await w.alice.submit_modal(page, {"moment": typed, "signs": f"{typed} signs"}),
            await w.alice.submit_modal(
                hours,
                {
                    "when": "2026-01-05 14:00-15:30",
                    "group": f"{typed} group",
                    "topic": f"{typed} topic",
                    "learning": "Slow down",
                    "reflection": typed,
                },
            ),
            await admin.submit_modal(agreement, {"agreement": f"We keep it. {typed}"}),
        ]
        faults.on.clear()
    assert faults.carried
    for answer in answers:
        assert answer.acknowledged and answer.ephemeral
    w.env.errors.clear()  # each was answered with its reference
    assert_log_holds_none_of(production_log, typed, *faults.values())
    assert await bot_of(w.env).repos.round.agreement(w.guild.id) is None  # nothing half-saved


async def test_a_button_whose_callback_fails_logs_nothing_typed(
    world: World, production_log: ProductionLog
) -> None:
    """Buttons of a saved page clicked while the database is down: their callbacks fail
    inside a DynamicItem (discord.py logs those too) and the log has none of her answers."""
    w = world
    typed = canary()
    page = await open_first_page(w.alice, w.channel)
    saved = await w.alice.submit_modal(page, {"moment": typed, "signs": f"{typed} signs"})
    assert saved.response is not None
    assert buttons(saved)
    with database_down(w.env) as faults:
        for label in buttons(saved):
            faults.on.append(True)
            clicked = await w.alice.click(saved.response.message, label=label)
            faults.on.clear()
            assert clicked.acknowledged, label
    assert faults.carried
    w.env.errors.clear()
    assert_log_holds_none_of(production_log, typed, *faults.values())


async def test_a_tagger_failure_logs_nothing_typed(
    world: World, production_log: ProductionLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The identifier tagger fails on her answer as a lookup bug does (KeyError quoting the
    word it looked up): she gets her reference and her text back; the log has no word of it."""
    import bot.guard

    w = world
    typed = canary()
    word = typed.split()[1]

    def broken(text: str) -> list[Any]:
        raise KeyError(word.lower() if word.lower() in text.lower() else text[:20])

    monkeypatch.setattr(bot.guard, "find", broken)
    page = await open_first_page(w.alice, w.channel)
    failed = await w.alice.submit_modal(page, {"moment": typed, "signs": "Shoulders dropped."})
    assert failed.acknowledged and "reference `" in said(failed)
    assert_error(w.env, KeyError)
    assert_log_holds_none_of(production_log, typed, word, word.lower())
    assert "KeyError: '[typed]-[typed]'" in production_log.text()  # the failure is still told


async def test_a_share_refused_or_failing_on_discord_logs_nothing_typed(
    configured: World, production_log: ProductionLog
) -> None:
    """Her share's post refused (403) and then failing (500): the log names the post, never
    its text, whatever Discord's error body says."""
    from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]

    w = configured
    typed = canary()
    preview = await _preview(w, f"{typed} laughed.")
    assert preview.response is not None
    for status, code in ((403, 50013), (500, 0)):
        w.env.inject_error(
            "POST", f"/channels/{w.channel.id}/messages", status=status, code=code, times=3
        )
        posted = await w.alice.click(preview.response.message, label="Post anonymously")
        assert posted.acknowledged
    w.env.errors.clear()
    assert_log_holds_none_of(production_log, typed)


async def test_options_and_autocomplete_typed_while_the_database_is_down_log_nothing(
    world: World, admin: MemberActor, production_log: ProductionLog
) -> None:
    """Text typed into slash options (an entry, a time zone, a period) and into an option's
    autocomplete, each while the database is down: answered privately, none of it logged."""
    w = world
    typed = canary()
    with database_down(w.env) as faults:
        faults.on.append(True)
        results = [
            await w.alice.slash(w.channel, "share", entry=typed),
            await w.alice.slash(w.channel, "note", entry=typed, format="soap"),
            await w.alice.slash(w.channel, "remind", day="0", time="09:00", timezone=typed),
            await admin.slash(w.channel, "setup timezone", zone=typed),
            await w.alice.slash(w.channel, "hours report", period=typed),
        ]
        for command, option in (("share", "entry"), ("note", "entry"), ("remind", "timezone")):
            await w.alice.autocomplete(w.channel, command, option, typed)
        faults.on.clear()
    for result in results:
        assert result.acknowledged and result.ephemeral
    w.env.errors.clear()
    assert_log_holds_none_of(production_log, typed, *typed.split())


async def test_a_weekly_summary_that_fails_to_build_logs_no_word_of_the_answers(
    world: World, facilitation: Any, production_log: ProductionLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scheduled summary, built outside any interaction from the members' answers, fails
    as a lookup bug does (a KeyError quoting a word of an answer): the scheduler logs the
    failure, and no word of any answer, and retries; nothing is posted meanwhile."""
    import cogs._weekly
    from tests.e2e.test_summary_faults import (  # pyright: ignore[reportPrivateUsage]
        MONDAY_0901_LOCAL,
    )
    from tests.e2e.test_summary_flow import members_reflected

    w = world
    weekly = facilitation[3]
    typed = canary()
    word = typed.split()[1]
    await members_reflected(w, facilitation, 3, schedule=True, moment=typed + " moment {}.")

    def broken(*_: Any, **__: Any) -> Any:
        raise KeyError(word.lower())

    monkeypatch.setattr(cogs._weekly, "build_weekly_summary", broken)
    await w.env.advance_time(MONDAY_0901_LOCAL)
    assert weekly.history() == []
    assert "KeyError: '[typed]" in production_log.text()  # the failure itself is logged
    assert_log_holds_none_of(production_log, typed, word, word.lower())


async def test_an_entry_picked_and_its_card_used_while_the_database_is_down_logs_nothing(
    world: World, production_log: ProductionLog
) -> None:
    """/entries lists her entry (its select labelled from what she wrote); picking it, and each
    button of its card, while the database is down: answered, and her text is in no line."""
    w = world
    typed = canary()
    page = await open_first_page(w.alice, w.channel)
    await w.alice.submit_modal(page, {"moment": typed, "signs": f"{typed} signs"})
    listing = await w.alice.slash(w.channel, "entries")
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    assert listing.response is not None
    card = await w.alice.select(listing.response.message, [str(entry.id)])
    assert card.response is not None and buttons(card)
    with database_down(w.env) as faults:
        faults.on.append(True)
        picked = await w.alice.select(listing.response.message, [str(entry.id)])
        assert picked.acknowledged and picked.ephemeral
        for label in buttons(card):
            clicked = await w.alice.click(card.response.message, label=label)
            assert clicked.acknowledged, label
        faults.on.clear()
    w.env.errors.clear()
    assert faults.carried
    assert_log_holds_none_of(production_log, typed, *faults.values())
