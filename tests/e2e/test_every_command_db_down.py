"""Every slash command, and every button of a share preview, a saved page and /forget, run
while the database is down (every SQL statement fails): the member gets one private,
friendly answer with a reference and no details, nothing is posted in any channel, and
what was stored before is all there once the database is back."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from simcord import InteractionResult, MemberActor, assert_error
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from storage.tables import Entry
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, failing_statements, first_page_saved
from tests.e2e.test_setup_script import NEW_MOMENT, edited
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

FAILED = "something went wrong on our side"
LATER_NOT_CHECKED = "I couldn't check this draft just now**: the database could not be reached"
EDITED_SCRIPT = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))


@pytest.fixture
def database_down(world: World) -> Iterator[list[bool]]:
    """While the list holds True, every SQL statement on every engine of the bot fails."""
    down = [False]

    def fault(statement: str) -> OperationalError | None:
        if down[0]:
            return OperationalError(statement, {}, Exception("unable to open database file"))
        return None

    with failing_statements(world.env, fault):
        yield down


def _told(result: InteractionResult) -> str:
    """Everything the interaction answered: private, without details."""
    assert result.acknowledged
    messages = [m for m in [result.response, *result.followups] if m is not None]
    assert messages and all(m.ephemeral for m in messages)
    told = "\n".join(m.content for m in messages)
    assert "Traceback" not in told and "sqlite" not in told.lower() and "SELECT" not in told
    return told


def _failure_told(result: InteractionResult) -> None:
    told = _told(result)
    assert FAILED in told and "reference `" in told, told


# The options each command needs; the admin runs them all (Manage Server shows /setup).
COMMANDS: dict[str, dict[str, Any]] = {
    "sparkle": {},
    "exception": {},
    "entries": {},
    "note": {"entry": "1", "format": "soap"},
    "share": {"entry": "1"},
    "summary": {},
    "remind": {"day": "0", "time": "09:00", "timezone": "UTC"},
    "export": {},
    "whatworks": {},
    "hours list": {},
    "hours report": {},
    "hours cpdyear": {"month": 4},
    "hours prompts": {"on": True},
    "hours pending": {},
    "hours meeting": {"day": "0"},
    "setup show": {},
    "setup channels": {"consultation": "CHANNEL"},
    "setup timezone": {"zone": "Europe/London"},
    "setup schedule": {"day": "0"},
    "setup minimum": {"contributors": 4},
    "setup round": {"clarifying": 5},
    "setup meeting": {"day": "0"},
    "setup agreement": {},
    "setup script download": {"script": "sparkle"},
    "setup script reset": {"script": "sparkle"},
    "setup script upload": {"script": "sparkle", "file": ("sparkle.toml", EDITED_SCRIPT)},
}


@pytest.mark.parametrize("command", list(COMMANDS))
async def test_a_command_run_while_the_database_is_down_answers_privately_with_a_reference(
    world: World, admin: MemberActor, database_down: list[bool], command: str
) -> None:
    w = world
    options = {k: w.channel if v == "CHANNEL" else v for k, v in COMMANDS[command].items()}
    settings_before = await bot_of(w.env).repos.servers.get(w.guild.id)
    database_down[0] = True
    result = await admin.slash(w.channel, command, **options)
    database_down[0] = False
    assert result.modal is None  # no form opened on settings it could not read
    _failure_told(result)
    assert_error(w.env, Exception)
    assert w.channel.history() == []
    assert await bot_of(w.env).repos.servers.get(w.guild.id) == settings_before
    assert await bot_of(w.env).repos.scripts.latest(w.guild.id, "sparkle") is None
    assert await bot_of(w.env).repos.audit.kinds("script") == []


async def test_privacy_while_the_database_is_down_shows_its_static_part_and_says_what_is_missing(
    world: World, database_down: list[bool], caplog: pytest.LogCaptureFixture
) -> None:
    """Only the list of accepted group agreements is read from the database: the rest of
    /privacy is shown as always, and the one part left out is named, with a reference."""
    w = world
    whole = await w.alice.slash(w.channel, "privacy")
    assert whole.response is not None
    (full,) = whole.response.embeds
    assert full.description is not None and "Group agreements you accepted" in full.description
    static, _, _ = full.description.partition("\n\n**Group agreements")
    caplog.set_level(logging.WARNING)
    caplog.clear()
    database_down[0] = True
    result = await w.alice.slash(w.channel, "privacy")
    database_down[0] = False
    assert result.response is not None and result.response.ephemeral
    (embed,) = result.response.embeds
    assert embed.title == "Sparkle and your privacy"
    shown = embed.description or ""
    assert shown.startswith(static)  # every static paragraph, unchanged
    missing = shown.removeprefix(static)
    assert missing.startswith("\n\n**Group agreements.** Which group agreements you accepted")
    assert "could not be read" in missing and "reference `" in missing
    assert "sqlite" not in shown.lower() and "SELECT" not in shown
    # Logged, with its traceback, under the reference it names (the command answered, so
    # SimCord captures no error; the look for owed notices after it logs no traceback).
    ref = missing.split("reference `")[1].split("`")[0]
    (logged,) = [r for r in caplog.records if r.exc_info]
    assert f"(ref {ref})" in logged.getMessage()
    assert logged.exc_info is not None  # as filtered above
    assert isinstance(logged.exc_info[1], OperationalError)


async def test_forget_and_hours_add_while_the_database_is_down_lose_nothing(
    world: World, database_down: list[bool]
) -> None:
    """Neither reads anything it needs before answering: /forget still asks to confirm (and
    its confirm erases nothing while the database is down); /hours add opens its form."""
    w = world
    await first_page_saved(w.alice, w.channel)
    database_down[0] = True
    ask = await w.alice.slash(w.channel, "forget")
    assert "erases **all** your entries" in _told(ask)
    assert ask.response is not None
    erased = await w.alice.click(ask.response.message, label="Erase everything")
    assert "Your erasure did not happen" in _told(erased) and "Nothing was erased" in _told(erased)
    assert "did not happen: the database could not be reached (reference `" in _told(erased)
    opened = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert opened.modal is not None
    database_down[0] = False
    w.env.errors.clear()  # the failed erasure and the form's unread prefill, both answered
    async with bot_of(w.env).repos.db.read() as session:
        count = await session.execute(select(func.count()).select_from(Entry))
    assert count.scalar_one() == 1  # her draft is still there


@pytest.mark.postgres_too
async def test_every_button_while_the_database_is_down_answers_and_posts_nothing(
    configured: World, database_down: list[bool]
) -> None:
    w = configured
    preview = await _preview(w)
    saved = await first_page_saved(w.alice, w.channel)
    assert preview.response is not None and saved.response is not None
    clicks = [(preview.response.message, label) for label in buttons(preview)]
    clicks += [(saved.response.message, label) for label in buttons(saved)]
    assert len(clicks) == 8
    for message, label in clicks:
        database_down[0] = True
        result = await w.alice.click(message, label=label)
        database_down[0] = False
        assert result.modal is None, label
        if label == "Finish later":  # nothing to store, and nothing lost: she is told so
            told = _told(result)
            assert LATER_NOT_CHECKED in told and "reference `" in told, told
            continue
        _failure_told(result)
    assert posts(w) == []
    w.env.errors.clear()  # each was answered with its reference (discord.py only logs them)
    # Once it is back, the preview and the page are there as they were.
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert "Shared in" in _told(posted)
    assert len(posts(w)) == 1
    resumed = await w.alice.click(saved.response.message, label="Continue")
    assert resumed.modal is not None
