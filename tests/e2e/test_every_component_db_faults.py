"""Every button, menu and form of the bot (every action of the permission matrix, and the
pages it leaves out: `page_actions`), clicked, chosen or submitted while the database is
down (every statement fails) or locked past the bot's wait (SQLite's "database is locked"
on every write, reads still served) and then back; and every slash command of the matrix
while it is locked (`test_every_command_db_down.py` runs each while it is down).

The member gets a private answer, before any wait on the lock could end (Discord waits 3
seconds for it), that says what happened in plain words (no traceback, no SQL); nothing is
posted or changed in any channel; what she typed in a form comes back to her; what
was stored before is all there once the database is back; and the same click or submit done
again then ends where one clean attempt ends (the matrix's own check of an allowed cell). A
click that needs no write (a list's next page, say) may simply work while the database is
locked: it must then end as one clean attempt does.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from simcord import Env, InteractionResult
from sqlalchemy.exc import OperationalError

from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import (
    SWEPT,
    captured,
    done_again,
    is_the_action,
    new_messages,
    ready,
    repeated_posts,
    send_again,
)
from tests.e2e.helpers import bot_of, engine_hooks, failing_statements, first_page_saved
from tests.e2e.matrix_actions import (
    ACTIONS,
    ALICES,
    OWNERS,
    Action,
    Actor,
    Scene,
    build_scene,
    snapshot,
)
from tests.e2e.page_actions import PAGE_ACTIONS
from tests.e2e.test_page_faults import _lock_sqlite  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_page_faults import short_busy_timeout as short_busy_timeout  # fixture
from tests.e2e.test_permission_matrix import assert_private

# The subject (what the cogs answer when a statement fails) sits above the storage layer; the
# lock is SQLite's own.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.simcord(settle_timeout=60)]

# Each case by its name: the prefix of the interaction that is it (the matrix's actions,
# then those it leaves out).
CASES = {a: a for a in SWEPT} | {name: prefix for name, (prefix, _, _) in PAGE_ACTIONS.items()}
DOWN, LOCKED = "down", "locked"
# Every case under both faults; a slash command only locked (`test_every_command_db_down`
# runs each while the database is down).
SWEEP = [
    (case, fault)
    for case in CASES
    for fault in (DOWN, LOCKED)
    if fault == LOCKED or not case.startswith("/")
]

# Long enough for every background job that could finish a half-done action to have run.
LATER = 15 * 60

# What a failure may never show the member.
DETAILS = (
    "Traceback",
    "sqlite",
    "SELECT",
    "INSERT",
    "UPDATE ",
    "OperationalError",
    "database is locked",
)


class TimedRequests(list[Any]):
    """SimCord's log of the bot's REST requests, noting the real time each was made at."""

    def __init__(self, logged: list[Any]) -> None:
        super().__init__(logged)
        self.made_at: dict[int, float] = {}

    def append(self, request: Any) -> None:
        self.made_at[id(request)] = time.perf_counter()  # real time, as `gave_up_on_the_lock`
        super().append(request)

    def first_answer_at(self, interaction_id: str) -> float | None:
        """When the bot first answered the interaction (a reply, a form or a "thinking...")."""
        path = f"/interactions/{interaction_id}/"
        for request in self:
            if request.path.startswith(path) and request.path.endswith("/callback"):
                return self.made_at.get(id(request))
        return None


@dataclass
class Aimed:
    """The action's own interaction, once seen."""

    interaction_id: str = ""


@contextmanager
def fault_from_the_action(
    monkeypatch: pytest.MonkeyPatch, env: Env, action: str, start: Callable[[], None]
) -> Iterator[tuple[Aimed, TimedRequests]]:
    """While inside, `start` is called just before the interaction that is `action` reaches
    the bot (the steps leading up to it, such as the /privacy reply a forged click is made
    on, run on a sound database). Yields that interaction, once seen, and the bot's requests
    with when each was made."""
    backend = env.backend
    emit = backend.emit
    aimed = Aimed()
    requests = TimedRequests(backend.http_requests)

    def emit_faulted(event: str, payload: Any) -> None:
        seen = aimed.interaction_id
        if event == "INTERACTION_CREATE" and not seen and is_the_action(action, payload["data"]):
            start()
            aimed.interaction_id = str(payload["id"])
        emit(event, payload)

    monkeypatch.setattr(backend, "http_requests", requests)
    monkeypatch.setattr(backend, "emit", emit_faulted)
    try:
        yield aimed, requests
    finally:
        monkeypatch.setattr(backend, "emit", emit)


@contextmanager
def database_down(env: Env) -> Iterator[Callable[[], None]]:
    """Yields the switch that takes the database down until the block ends."""
    down: list[bool] = []

    def fault(statement: str) -> OperationalError | None:
        if down:
            return OperationalError(statement, {}, Exception("unable to open database file"))
        return None

    with failing_statements(env, fault):
        yield lambda: down.append(True)


@contextmanager
def gave_up_on_the_lock(env: Env) -> Iterator[list[float]]:
    """While inside, when each statement of the bot gave up waiting on a locked database (in
    real seconds: `perf_counter`, which SimCord's virtual clock leaves alone)."""
    times: list[float] = []

    def note(context: Any) -> None:
        if "database is locked" in str(context.original_exception):
            times.append(time.perf_counter())

    with engine_hooks(env, handle_error=note):
        yield times


@contextmanager
def database_locked(url: str) -> Iterator[Callable[[], None]]:
    """Yields the switch that makes another program hold SQLite's write lock until the block
    ends (longer than the bot waits: `short_busy_timeout`)."""
    lockers: list[sqlite3.Connection] = []
    try:
        yield lambda: lockers.append(_lock_sqlite(url))
    finally:
        for locker in lockers:
            locker.execute("ROLLBACK")
            locker.close()


def told(result: InteractionResult) -> str:
    """Everything the answer says, in its content, text displays and embeds."""
    from tests.e2e.matrix_actions import content

    text = content(result)
    assert result.response is not None
    for message in [result.response, *result.followups]:
        text += "".join("\n" + (e.description or "") for e in message.embeds)
    return text


async def attached(result: InteractionResult) -> str:
    files = [a for m in [result.response, *result.followups] if m for a in m.attachments]
    return "\n".join([(await f.read()).decode("utf-8", "replace") for f in files])


async def _did_it(act: Action, scene: Scene, actor: Actor, result: Any, before: Any) -> bool:
    """Whether the action simply worked, as one clean attempt does."""
    try:
        await act.allowed(scene, actor, result, before)
    except (AssertionError, LookupError, ValueError):  # or it unpacks what was not shown
        return False
    return True


async def _ready(world: World, case: str) -> tuple[Action, Scene, Actor, bool, dict[str, Any]]:
    """The action, its scene, who does it, whether it changes alice's data, and the snapshot
    before it."""
    if case not in PAGE_ACTIONS:
        scene, actor, mine, before = await ready(world, case)
        return ACTIONS[case], scene, actor, mine, before
    _, role, act = PAGE_ACTIONS[case]
    scene = await build_scene(world)
    actor = scene.actor(role)
    if act.prepare is not None:
        await act.prepare(scene, actor)
    return act, scene, actor, role in OWNERS, await snapshot(scene)


def what_she_typed(actor: Actor) -> dict[str, str]:
    """What the actor typed in the form the action submitted (nothing: it was no form)."""
    return actor.typed or {}


def public_posts(scene: Scene) -> dict[int, str]:
    """Every message anyone can see, as it reads and offers now (text, embeds, controls)."""
    return {
        message.id: repr(
            (message.content, [e.to_dict() for e in message.embeds], message.components)
        )
        for channel in scene.channels()
        for message in channel.history()
    }


def _unchanged_parts(act: Action, mine: bool, before: dict[str, Any]) -> set[str]:
    return set(before) - (act.may_change if mine else act.may_change - ALICES)


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.parametrize(("case", "fault"), SWEEP, ids=[f"{c}-{f}" for c, f in SWEEP])
async def test_a_component_used_while_the_database_fails_loses_nothing_and_works_again(
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_database_url: str,
    case: str,
    fault: str,
) -> None:
    action = CASES[case]
    act, scene, actor, mine, before = await _ready(world, case)
    actor.typed = None
    posted_before = public_posts(scene)
    cursor = scene.env.error_cursor
    switch = database_down(scene.env) if fault == DOWN else database_locked(sqlite_database_url)
    with (
        switch as start,
        fault_from_the_action(monkeypatch, scene.env, action, start) as (aimed, requests),
        captured(monkeypatch, scene.env, action) as sent,
        gave_up_on_the_lock(scene.env) as gave_up,
    ):
        result = await act.run(scene, actor)
    assert aimed.interaction_id, "the action's own interaction was never seen"
    # Answered before any wait on the lock ended: in production the bot waits on a locked
    # database far longer than the 3 seconds Discord gives it for a first answer.
    answered = requests.first_answer_at(aimed.interaction_id)
    assert answered is not None
    assert not gave_up or answered < gave_up[0], "answered only after waiting on the lock"
    scene.env.errors_since(cursor)  # each answered with its reference (discord.py logs them)
    scene.env.errors.clear()

    # One private answer, in plain words.
    assert_private(result, act)
    if await _did_it(act, scene, actor, result, before):
        # Needed no write (or nothing at all from the database): it worked as it always does.
        assert repeated_posts(scene, before) == []
        after = await snapshot(scene)
        for part in sorted(_unchanged_parts(act, mine, before)):
            assert after[part] == before[part], f"{part} changed"
        return
    assert result.modal is None, "a form opened on data it could not read"
    said = told(result)
    for detail in DETAILS:
        assert detail.lower() not in said.lower(), said
    assert said.strip(), "an empty answer"
    for message in [result.response, *result.followups]:  # none left saying it is under way
        assert message is not None and not message.content.endswith("…"), said
    # Nothing half-done anywhere (nor left for a background job to finish), and what she
    # typed is given back.
    await scene.env.advance_time(LATER)
    for channel in scene.channels():
        assert new_messages(channel, before) == [], f"posted in {channel.id}"
    assert public_posts(scene) == posted_before, "a post was changed"
    typed = what_she_typed(actor)
    if typed:
        given_back = said + "\n" + await attached(result)
        for name, value in typed.items():
            assert value in given_back, f"{name}: what she typed is lost"
    # Once the database is back, what was stored is all there, and doing it again works.
    assert await snapshot(scene) == before
    (first,) = sent
    cursor = scene.env.error_cursor
    again = await send_again(scene.env, first)
    after = await done_again(scene, actor, act, again, before, cursor, told)
    for part in sorted(_unchanged_parts(act, mine, before)):
        assert after[part] == before[part], f"{part} changed"


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.parametrize("fault", [DOWN, LOCKED])
async def test_an_erasure_the_database_refused_leaves_the_confirmation_to_click_again(
    world: World, sqlite_database_url: str, fault: str
) -> None:
    """Erase everything clicked while the database is down or locked: the confirmation she
    clicked does not stay at "Erasing…" for ever beside the answer that nothing was erased;
    it asks again, with its button, and that same button erases everything once the database
    is back."""
    w = world
    await first_page_saved(w.alice, w.channel)
    repos = bot_of(w.env).repos
    ask = await w.alice.slash(w.channel, "forget")
    assert ask.response is not None
    question = ask.response.content
    switch = database_down(w.env) if fault == DOWN else database_locked(sqlite_database_url)
    with switch as start:
        start()
        failed = await w.alice.click(ask.response.message, label="Erase everything")
    w.env.errors.clear()  # answered with its reference
    (answer,) = failed.followups
    assert answer.ephemeral and answer.content.startswith("Your erasure did not happen: ")
    (confirmation,) = [m for m in w.channel.history(viewer=w.alice) if m.id == ask.response.id]
    assert confirmation.content == question  # not "Erasing…"
    assert len((await repos.entries.list_for_author(w.alice.id)).items) == 1
    again = await w.alice.click(confirmation, label="Erase everything")
    assert "Everything Sparkle held about you is erased." in told(again)
    assert (await repos.entries.list_for_author(w.alice.id)).items == []
