"""Custom ids a tampered client makes up, with numbers no button ever carries: every
persistent component and routed form answers them with the one "not available" reply,
stores nothing, and logs no failure.

Each key's int fields are set to a number no Discord id, row id or digest reaches (past the
64-bit integers a database column holds); a week that is no date and a script kind that does
not exist are tried on the keys that carry them. Before, each of these reached a database
query or a date constructor and the member was told "something went wrong on our side,
please try again", as if a real button had failed.
"""

from __future__ import annotations

import dataclasses
import typing
from datetime import UTC, datetime
from typing import Any

import pytest
from discord import ui
from simcord import MemberActor
from sqlalchemy import func, select

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format
from cogs._interactions import SHOWN_BACK, Key
from cogs._render import NOT_AVAILABLE
from storage.tables import Base
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, forge_click, forge_select, forge_submit, stored_entry

# The subject (custom-id routing) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only

JUST_PAST_INT64 = str(2**63)
TWENTY_NINES = "9" * 20


def _custom_id(key_type: type[Key], number: str) -> str:
    hints = typing.get_type_hints(key_type)
    parts = ["sk", key_type.prefix]
    parts += [number if hints[f.name] is int else "x" for f in dataclasses.fields(key_type)]
    return ":".join(parts)


def _bound(world: World) -> list[tuple[type, type[Key]]]:
    """(bound class, its key type) for every persistent component and form key."""
    bound: list[tuple[type, type[Key]]] = []
    for kind in bot_of(world.env).handlers:
        if isinstance(kind, type) and issubclass(kind, ui.DynamicItem):
            bound.append((kind, kind.key_type))  # pyright: ignore[reportAttributeAccessIssue]
        elif isinstance(kind, type) and issubclass(kind, Key):
            bound.append((kind, kind))
    return bound


async def _rows(world: World) -> dict[str, int]:
    async with bot_of(world.env).repos.db.read() as session:
        return {
            table.name: (await session.execute(select(func.count()).select_from(table))).scalar()
            or 0
            for table in Base.metadata.sorted_tables
        }


async def _use(world: World, kind: type, custom_id: str) -> Any:
    """Click, choose or submit `custom_id` as alice, as a tampered client could."""
    w = world
    if issubclass(kind, Key):
        return await forge_submit(w.alice, w.channel, custom_id, {"typed": "what I wrote"})
    message = await w.alice.send(w.channel, "a message of mine")
    if isinstance(getattr(kind, "values", None), property):  # a select
        return await forge_select(w.alice, message, custom_id, "1")
    return await forge_click(w.alice, message, custom_id)


def _answered_not_available(result: Any, *, form: bool) -> None:
    assert result.acknowledged and result.ephemeral
    assert result.response is not None and result.response.content == NOT_AVAILABLE
    if form:  # and what the form carried comes back, so nothing typed is lost
        (back,) = result.followups
        assert back.content.startswith(SHOWN_BACK) and "what I wrote" in back.content


@pytest.mark.parametrize("number", [JUST_PAST_INT64, TWENTY_NINES, "-" + TWENTY_NINES])
async def test_a_number_past_any_id_is_not_available_everywhere(
    world: World, subtests: pytest.Subtests, number: str
) -> None:
    w = world
    before = await _rows(w)
    bound = _bound(w)
    assert len(bound) > 60  # every component and form of every feature is tried
    for kind, key_type in bound:
        custom_id = _custom_id(key_type, number)
        if not any(t is int for t in typing.get_type_hints(key_type).values()):
            continue
        with subtests.test(custom_id=custom_id):
            assert key_type.parse(custom_id) is not None or issubclass(kind, ui.DynamicItem)
            result = await _use(w, kind, custom_id)
            _answered_not_available(result, form=issubclass(kind, Key))
            assert w.env.errors == []  # nothing failed: a made-up id is no failure
    assert await _rows(w) == before


@pytest.mark.parametrize(
    "custom_id",
    [
        "sk:sumpost:1:20261399",  # month 13
        "sk:sumpost:1:-5",
        "sk:sumpv:1:0:7",
        "sk:start:x",  # no such conversation
        "sk:start:summary",
    ],
)
async def test_a_made_up_week_or_conversation_is_not_available(
    world: World, custom_id: str
) -> None:
    w = world
    before = await _rows(w)
    message = await w.alice.send(w.channel, "a message of mine")
    result = await forge_click(w.alice, message, custom_id)
    _answered_not_available(result, form=False)
    assert w.env.errors == []
    assert await _rows(w) == before
    assert [m.content for m in w.channel.history()] == ["a message of mine"]


# Custom ids no component or form of the bot takes: a part that is no number, one missing or
# one too many, a prefix no version sent, a slug past its length, not ours at all.
UNMATCHED = [
    "sk:go:abc:1",
    "sk:go:1",
    "sk:go:1:2:3",
    "sk:zzz:1",
    "sk:forget:1.5",
    "sk:forget:+1",
    "sk:forget: 1",
    "sk:forget:",
    "sk:rndnext:1:" + "x" * 41,
    "sk:",
    "something else",
]


@pytest.mark.parametrize("custom_id", UNMATCHED)
@pytest.mark.parametrize("how", ["click", "select", "submit"])
async def test_a_custom_id_nothing_takes_is_answered_not_available(
    world: World, custom_id: str, how: str
) -> None:
    """Before, no handler took these, so nothing answered: "This interaction failed"."""
    w = world
    before = await _rows(w)
    message = await w.alice.send(w.channel, "a message of mine")
    if how == "click":
        result = await forge_click(w.alice, message, custom_id)
    elif how == "select":
        result = await forge_select(w.alice, message, custom_id, "1")
    else:
        result = await forge_submit(w.alice, w.channel, custom_id, {"typed": "what I wrote"})
    _answered_not_available(result, form=how == "submit")
    assert w.env.errors == []
    assert await _rows(w) == before
    assert [m.content for m in w.channel.history()] == ["a message of mine"]


@pytest.mark.parametrize("ended", [2**62, -(2**62), 253402300800])
async def test_a_meeting_prompt_ended_at_no_possible_time_is_not_available(
    world: World, ended: int
) -> None:
    """A member who asked for meeting prompts, clicking Log it with a made-up end time past
    any date: before, the date it names could not be made and she was told "something went
    wrong on our side"."""
    w = world
    repos = bot_of(w.env).repos
    plan = MeetingPlan(w.guild.id, 0, "18:00", 90, Format.VIDEO)
    await repos.meetings.set(plan, datetime(2026, 1, 5, 19, 30, tzinfo=UTC))
    await repos.meetings.set_prompt(w.guild.id, w.alice.id, True)
    before = await _rows(w)
    message = await w.alice.send(w.channel, "a message of mine")
    for custom_id in (f"sk:hmeet:{w.guild.id}:{ended}", f"sk:hmeet:{w.guild.id}:{ended}:x"):
        result = await forge_click(w.alice, message, custom_id)
        _answered_not_available(result, form=False)
    assert w.env.errors == []
    assert await _rows(w) == before


@pytest.mark.parametrize("value", [JUST_PAST_INT64, TWENTY_NINES, "-1", "x", ""])
async def test_a_made_up_choice_in_a_menu_is_not_available(
    configured: World, fiona: MemberActor, value: str
) -> None:
    """A menu's choice a tampered client made up (a number past any id, say): before, the
    menus of /entries and /hours pending let it reach a query, and the member was told
    "something went wrong on our side"."""
    w = configured
    repos = bot_of(w.env).repos
    role_id = next(r.id for r in w.guild.roles.values() if r.name == "Facilitators")
    await repos.servers.update(w.guild.id, facilitator_role_id=role_id)
    entry = await stored_entry(bot_of(w.env), w.alice.id, {"moment": "It went well."})
    before = await _rows(w)
    mine = await w.alice.send(w.channel, "a message of mine")
    hers = await fiona.send(w.channel, "a message of fiona's")
    for actor, message, custom_id in (
        (w.alice, mine, "sk:pick:0"),
        (w.alice, mine, f"sk:hpick:{w.alice.id}:0"),
        (w.alice, mine, f"sk:cgs:{entry}"),
        (w.alice, mine, f"sk:shrg:{entry}"),
        (fiona, hers, f"sk:hreview:{w.guild.id}"),
    ):
        result = await forge_select(actor, message, custom_id, value)
        _answered_not_available(result, form=False)
    assert w.env.errors == []
    assert await _rows(w) == before
