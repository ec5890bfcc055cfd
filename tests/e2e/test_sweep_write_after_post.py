"""Every action that posts (a share, a summary, a round's closing, an attestation's notice,
a step-out's note...) with the database failing from the moment its first message is sent
until the action ends: the post is up, and every write after it fails.

The member is told the truth (never "Shared" for nothing, never "nothing happened" for a post
that is there); when she does the same again, nothing is posted twice; and once the bot has
restarted, every post it made in a channel or thread is known to the database, and no row
names a message that is not there.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from simcord import InteractionResult
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.app import create_bot
from bot.outbox import PostKind, PostState
from bot.round import Phase
from storage.tables import Post, Round, Share, SummaryPost
from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import (
    SWEPT,
    captured,
    new_messages,
    ready,
    repeated_posts,
    send_again,
)
from tests.e2e.helpers import bot_of, failing_statements
from tests.e2e.matrix_actions import ACTIONS, Scene
from tests.e2e.test_permission_matrix import assert_private

pytestmark = pytest.mark.sqlite_only

POSTING = [a for a in SWEPT if ACTIONS[a].may_change]
_MESSAGE = re.compile(r"/channels/(\d+)/messages(/\d+/threads)?$")


def _told(result: InteractionResult) -> str:
    shown = [m for m in [result.response, *result.followups] if m is not None]
    return "\n".join(
        part for m in shown for part in [m.content, *(e.description or "" for e in m.embeds)]
    )


async def _known_ids(scene: Scene) -> tuple[set[int], set[int]]:
    """(message and thread ids the database names, message ids of rows that say posted)."""
    named: set[int] = set()
    posted: set[int] = set()
    async with scene.repos.db.read() as session:
        for post in (await session.execute(select(Post))).scalars():
            named |= {i for i in (post.message_id, post.thread_id) if i}
            if post.state == "posted" and post.message_id:
                posted.add(post.message_id)
        for share in (await session.execute(select(Share))).scalars():
            named |= {i for i in (share.message_id, share.thread_id) if i}
            posted.add(share.message_id)
        for summary in (await session.execute(select(SummaryPost))).scalars():
            if summary.message_id:
                named.add(summary.message_id)
                posted.add(summary.message_id)
        for round_ in (await session.execute(select(Round))).scalars():
            if round_.controls_message_id:
                named.add(round_.controls_message_id)
                posted.add(round_.controls_message_id)
    return named, posted


async def _posted_closings(scene: Scene) -> list[str]:
    async with scene.repos.db.read() as session:
        found = await session.execute(
            select(Post.slot).where(Post.kind == PostKind.CLOSING, Post.state == PostState.POSTED)
        )
        return list(found.scalars())


# How the database fails once the post is up: gone (every statement), or locked by another
# program past SQLite's wait (every write; reads still answer).
FAILING = {
    "down": (lambda sql: True, "server closed the connection"),
    "locked": (lambda sql: sql.lstrip().upper().startswith(WRITES), "database is locked"),
}
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.mark.parametrize("failing", list(FAILING))
@pytest.mark.parametrize("action", POSTING, ids=lambda a: a.replace(" ", "-"))
async def test_a_write_failing_after_the_post_is_told_truly_posted_once_and_reconciled(
    world: World, monkeypatch: pytest.MonkeyPatch, action: str, failing: str
) -> None:
    scene, actor, _, before = await ready(world, action)
    act = ACTIONS[action]
    requests = scene.env.backend.http_requests
    armed: list[int] = []

    fails, message = FAILING[failing]

    def fault(statement: str) -> OperationalError | None:
        if (
            armed
            and fails(statement)
            and any(r.method == "POST" and _MESSAGE.search(r.path) for r in requests[armed[0] :])
        ):
            return OperationalError(statement, {}, Exception(message))
        return None

    with captured(monkeypatch, scene.env, action) as sent, failing_statements(scene.env, fault):
        armed.append(len(requests))
        first = await act.run(scene, actor)
        armed.clear()
    scene.env.errors.clear()  # the failed writes, each answered with its reference
    told = _told(first)
    sent_now = [m for c in scene.channels() for m in new_messages(c, before)]
    if sent_now:  # something is up: she is not told that nothing happened
        assert "something went wrong" not in told and "try again" not in told, told

    (kept,) = sent
    again = await send_again(scene.env, kept)
    assert_private(again, act)
    assert "something went wrong" not in _told(again), _told(again)
    scene.env.errors.clear()
    assert repeated_posts(scene, before) == []

    await scene.env.restart_bot(create_bot())
    await scene.env.advance_time(15 * 60)
    scene.repos = bot_of(scene.env).repos
    named, recorded = await _known_ids(scene)
    ours = scene.env.backend.bot_user.id
    on_screen: dict[int, Any] = {}
    for channel in scene.channels():
        if channel.id in {p.user.dm_channel.id for p in scene.people.values()}:
            continue
        for message in channel.history():
            if message.author.id == ours and message.id not in before["posts"].get(channel.id, []):
                on_screen[message.id] = message
    unknown = [m.content[:60] or m.embeds[0].title for i, m in on_screen.items() if i not in named]
    assert unknown == [], "posts the bot forgot"
    everywhere = {m.id for c in scene.channels() for m in c.history()}
    everywhere |= {t.id for c in scene.channels() for t in c.threads}
    assert recorded - everywhere == set(), "rows naming a message that is not there"
    async with scene.repos.db.read() as session:
        states = (await session.execute(select(Post.kind, Post.state))).all()
        rounds = (await session.execute(select(Round.post_id, Round.phase))).all()
    assert [(k, st) for k, st in states if st == PostState.SENDING] == [], "a send left unsettled"
    closed = {int(slot.split(":")[1]) for slot in await _posted_closings(scene)}
    assert [p for p, phase in rounds if p in closed and phase != Phase.CLOSED] == []
    assert repeated_posts(scene, before) == []
