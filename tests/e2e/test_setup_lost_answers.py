"""/setup changes whose answer Discord lost: each subcommand that changes a setting saves it
once. When Discord loses the "Saved" message, the admin is told in a new one; when Discord
loses that too, the admin sees an error, and running the same command again (or the matching
show command) shows the setting as saved, without changing or auditing anything twice."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord
import pytest
from simcord import InteractionResult, MemberActor, assert_error

from bot.conversation.script import shipped_source
from bot.round import DEFAULT_AGREEMENT
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_defaults
from tests.e2e.test_setup_script import NEW_MOMENT, _upload, edited

AGREEMENT = "We keep what is said here in the group. We speak of clients without identifiers."
SCRIPT = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))


@dataclass(frozen=True)
class Change:
    """A /setup change: how the admin makes it, what the reply says when it is saved and when
    it was already so, where it is stored, and its audit record (kind, subject)."""

    name: str
    make: Callable[[World, MemberActor], Awaitable[InteractionResult]]
    saved: str
    again: str
    stored: Callable[[World], Awaitable[Any]]
    expected: Callable[[World], Any]
    audit: tuple[str, str]


def _slash(command: str, **options: Any) -> Callable[[World, MemberActor], Any]:
    async def make(w: World, admin: MemberActor) -> InteractionResult:
        chosen = {k: v(w) if callable(v) else v for k, v in options.items()}
        return await admin.slash(w.channel, command, **chosen)

    return make


def _role(w: World) -> Any:
    found = [r for r in w.guild.roles.values() if r.name == "Facilitators"]
    return found[0] if found else w.guild.create_role("Facilitators")


async def _agreement(w: World, admin: MemberActor) -> InteractionResult:
    shown = await admin.slash(w.channel, "setup agreement")
    assert shown.modal is not None
    return await admin.submit_modal(shown, {"agreement": AGREEMENT})


async def _reset(w: World, admin: MemberActor) -> InteractionResult:
    if (await bot_of(w.env).repos.scripts.latest(w.guild.id, "sparkle")) is None:
        uploaded = await _upload(w, admin, "sparkle", SCRIPT)  # a script of its own, first
        assert uploaded.response is not None and "version 2" in uploaded.response.content
    return await admin.slash(w.channel, "setup script reset", script="sparkle")


async def _settings(w: World) -> Any:
    return await bot_of(w.env).repos.servers.get(w.guild.id)


async def _channels(w: World) -> Any:
    s = await _settings(w)
    return s.consultation_channel_id, s.summary_channel_id


async def _role_id(w: World) -> Any:
    return (await _settings(w)).facilitator_role_id


async def _zone(w: World) -> Any:
    return (await _settings(w)).timezone


async def _schedule(w: World) -> Any:
    s = await _settings(w)
    return s.summary_day, s.summary_time


async def _minimum(w: World) -> Any:
    return (await _settings(w)).min_contributors


async def _minutes(w: World) -> Any:
    return await bot_of(w.env).repos.round.minutes(w.guild.id)


async def _agreement_stored(w: World) -> Any:
    return await bot_of(w.env).repos.round.agreement(w.guild.id)


async def _script(w: World) -> Any:
    return await bot_of(w.env).repos.scripts.latest(w.guild.id, "sparkle")


NOTHING = "Saved. Nothing changed"
CHANGES = [
    Change(
        "channels",
        _slash("setup channels", consultation=lambda w: w.channel),
        "Saved.",
        NOTHING,
        _channels,
        lambda w: (w.channel.id, None),
        ("setup", "consultation_channel_id"),
    ),
    Change(
        "facilitator",
        _slash("setup facilitator", role=_role),
        "Saved.",
        NOTHING,
        _role_id,
        lambda w: _role(w).id,
        ("setup", "facilitator_role_id"),
    ),
    Change(
        "timezone",
        _slash("setup timezone", zone="Europe/Berlin"),
        "Saved.",
        NOTHING,
        _zone,
        lambda w: "Europe/Berlin",
        ("setup", "timezone"),
    ),
    Change(
        "schedule",
        _slash("setup schedule", day="0", time="08:30"),
        "Saved.",
        NOTHING,
        _schedule,
        lambda w: (0, "08:30"),
        ("setup", "summary_day,summary_time"),
    ),
    Change(
        "minimum",
        _slash("setup minimum", contributors=5),
        "Saved.",
        NOTHING,
        _minimum,
        lambda w: 5,
        ("setup", "min_contributors"),
    ),
    Change(
        "round",
        _slash("setup round", clarifying=5, closing=10),
        "Saved.",
        NOTHING,
        _minutes,
        lambda w: {"clarifying": 5, "closing": 10},
        ("setup", "round"),
    ),
    Change(
        "agreement",
        _agreement,
        "Saved.",
        NOTHING,
        _agreement_stored,
        lambda w: AGREEMENT,
        ("setup", "agreement"),
    ),
    Change(
        "script upload",
        lambda w, admin: _upload(w, admin, "sparkle", SCRIPT),
        "**Saved.**",
        "already the current one",
        _script,
        lambda w: (2, SCRIPT.decode()),
        ("script", "upload:sparkle:v2"),
    ),
    Change(
        "script reset",
        _reset,
        "**Reset.**",
        "already uses the default script",
        _script,
        lambda w: (3, shipped_source("sparkle")),
        ("script", "reset:sparkle:v3"),
    ),
]


def _told(result: InteractionResult) -> str:
    """Everything the admin was shown, all of it private."""
    assert result.acknowledged
    messages = [m for m in [result.response, *result.followups] if m is not None]
    assert all(m.ephemeral for m in messages)
    return "\n".join(
        part for m in messages for part in [m.content, *(e.description or "" for e in m.embeds)]
    )


async def _audited(w: World, change: Change) -> int:
    kind, subject = change.audit
    return [s for *_, s in await bot_of(w.env).repos.audit.kinds(kind)].count(subject)


def _lose_answers(w: World, times: int) -> None:
    """Discord loses the bot's next `times` messages to the interaction (its follow-ups)."""
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=times)


@pytest.mark.parametrize("change", CHANGES, ids=[c.name for c in CHANGES])
async def test_a_setup_change_whose_answer_was_lost_is_saved_once_and_said(
    world: World, admin: MemberActor, change: Change
) -> None:
    w = world
    if change.name == "script reset":
        await _upload(w, admin, "sparkle", SCRIPT)
    _lose_answers(w, times=1)
    done = await change.make(w, admin)
    told = _told(done)
    assert change.saved in told and "went wrong" not in told
    assert await change.stored(w) == change.expected(w)
    assert await _audited(w, change) == 1


@pytest.mark.parametrize("change", CHANGES, ids=[c.name for c in CHANGES])
async def test_a_setup_change_retried_after_every_answer_was_lost_is_not_made_twice(
    world: World, admin: MemberActor, change: Change
) -> None:
    w = world
    if change.name == "script reset":
        await _upload(w, admin, "sparkle", SCRIPT)
    _lose_answers(w, times=2)
    failed = await change.make(w, admin)
    told = _told(failed)
    assert "something went wrong on our side" in told and change.saved not in told
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    assert await change.stored(w) == change.expected(w)  # made, once
    assert await _audited(w, change) == 1

    again = await change.make(w, admin)  # the admin tries again
    assert change.again in _told(again)
    assert await change.stored(w) == change.expected(w)
    assert await _audited(w, change) == 1  # no second change on record


async def test_setup_show_shows_a_change_whose_answers_were_all_lost(
    world: World, admin: MemberActor
) -> None:
    w = world
    _lose_answers(w, times=2)
    await admin.slash(w.channel, "setup timezone", zone="Europe/Berlin")
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    shown = await admin.slash(w.channel, "setup show")
    assert "**Time zone:** Europe/Berlin" in _told(shown)


async def test_setup_agreement_shows_an_agreement_whose_answers_were_all_lost(
    world: World, admin: MemberActor
) -> None:
    w = world
    _lose_answers(w, times=2)
    await _agreement(w, admin)
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    shown = await admin.slash(w.channel, "setup agreement")
    assert modal_defaults(shown) == {"agreement": AGREEMENT}
    assert AGREEMENT != DEFAULT_AGREEMENT


SLASH_CHANGES = [c for c in CHANGES if c.name != "agreement"]  # the agreement opens a form


@pytest.mark.parametrize("change", SLASH_CHANGES, ids=[c.name for c in SLASH_CHANGES])
async def test_a_setup_change_whose_first_answer_failed_is_not_made_until_tried_again(
    world: World, admin: MemberActor, change: Change
) -> None:
    """Discord refused the bot's first answer (its "thinking…"), sent before any write: the
    change is not made, the admin is told to try again, and the retry makes it once."""
    w = world
    if change.name == "script reset":
        await _upload(w, admin, "sparkle", SCRIPT)
    before = await change.stored(w)
    w.env.inject_error("POST", "/interactions/*/callback", status=500, message="upstream down")
    failed = await change.make(w, admin)
    told = _told(failed)
    assert "something went wrong on our side" in told and change.saved not in told
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    assert await change.stored(w) == before != change.expected(w)
    assert await _audited(w, change) == 0

    again = await change.make(w, admin)
    assert change.saved in _told(again)
    assert await change.stored(w) == change.expected(w)
    assert await _audited(w, change) == 1
