"""Every action that posts or edits in a server channel or thread, with Discord refusing the
bot's message sends and edits there with 403: 50013 (Missing Permissions) or 50001 (Missing
Access), as when an admin took the bot's role off the channel.

The member is told what is missing or what to do (never "something went wrong", never "try
again in a moment" when trying again cannot help); nothing is recorded as posted; and once
the permission is given back, the same click, choice, submit or command succeeds, once.
"""

from __future__ import annotations

from typing import Any

import pytest
from simcord import InteractionResult
from sqlalchemy import select

from bot.outbox import PostState
from storage.tables import Post, Round, SummaryPost
from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import SWEPT, captured, ready, repeated_posts, send_again
from tests.e2e.helpers import bot_of
from tests.e2e.matrix_actions import ACTIONS, Scene, snapshot
from tests.e2e.test_permission_matrix import assert_private
from tests.e2e.test_round import Group, share_with_question, the_post, thread_of
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in

# The subject (what the cogs say when Discord refuses) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

POSTING = [a for a in SWEPT if ACTIONS[a].may_change]
HOUR = 3600.0
# Never said to her when Discord refused with 403: retrying cannot help until it is given.
NEVER = ("went wrong", "in a moment", "in a minute")
REFUSALS = {50013: "Missing Permissions", 50001: "Missing Access"}
# The actions this process saw sending and editing nothing in a server channel. Refused with
# one code, such an action never met the refusal, so with the other it runs the same: the
# second case is skipped without running it again (about half the file's time went to the
# actions skipped this way). Run alone, a case still finds it out itself.
POSTS_NOTHING: set[str] = set()


def _told(result: InteractionResult) -> str:
    shown = [m for m in [result.response, *result.followups] if m is not None]
    return "\n".join(
        part for m in shown for part in [m.content, *(e.description or "" for e in m.embeds)]
    )


def _server_channels(scene: Scene) -> list[int]:
    dms = {p.user.dm_channel.id for p in scene.people.values()}
    return [c.id for c in scene.channels() if c.id not in dms]


def _refuse(scene: Scene, code: int) -> list[dict[str, Any]]:
    """Discord refuses every message send, edit and thread start in the servers' channels."""
    faults = scene.env.backend.faults
    start = len(faults)
    for channel in _server_channels(scene):
        for method, path in (
            ("POST", f"/channels/{channel}/messages*"),
            ("PATCH", f"/channels/{channel}/messages/*"),
            ("POST", f"/channels/{channel}/threads"),
        ):
            scene.env.inject_error(
                method, path, status=403, code=code, message=REFUSALS[code], times=None
            )
    return faults[start:]


async def _recorded_posted(scene: Scene) -> set[tuple[str, int]]:
    """Every post, summary and round control the database says is up."""
    async with scene.repos.db.read() as session:
        posts = await session.execute(select(Post.id).where(Post.state == PostState.POSTED))
        summaries = await session.execute(
            select(SummaryPost.message_id).where(SummaryPost.message_id.is_not(None))
        )
        controls = await session.execute(
            select(Round.post_id).where(Round.controls_message_id.is_not(None))
        )
        return (
            {("post", i) for i in posts.scalars()}
            | {("summary", i) for i in summaries.scalars() if i is not None}  # as selected
            | {("controls", i) for i in controls.scalars()}
        )


def _hit(scene: Scene, since: int) -> bool:
    ids = [str(c) for c in _server_channels(scene)]
    return any(
        r.method in ("POST", "PATCH") and any(f"/channels/{i}/" in r.path for i in ids)
        for r in scene.env.backend.http_requests[since:]
    )


@pytest.fixture
def not_seen_posting_nothing(action: str) -> None:
    """Skips an action seen sending nothing in a channel, before its bot is started (the
    fixtures a test names first are made first)."""
    if action in POSTS_NOTHING:
        pytest.skip("posts and edits nothing in a channel (seen with the other code)")


@pytest.mark.parametrize("code", list(REFUSALS))
@pytest.mark.parametrize("action", POSTING, ids=lambda a: a.replace(" ", "-"))
async def test_a_post_discord_refuses_with_403_says_what_is_missing_and_works_once_given(
    not_seen_posting_nothing: None,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
    code: int,
) -> None:
    """Refused, it says which permission to give and keeps what she made (nothing posted,
    nothing recorded as posted); the same done again once it is given ends as one clean
    attempt does. An action done all the same (what was refused was only its post's update)
    says so without "something went wrong"; one that sends nothing in a channel is skipped."""
    scene, actor, _, before = await ready(world, action)
    act = ACTIONS[action]
    recorded = await _recorded_posted(scene)
    since = len(scene.env.backend.http_requests)
    faults = _refuse(scene, code)
    with captured(monkeypatch, scene.env, action) as sent:
        first = await act.run(scene, actor)
    if not _hit(scene, since):
        POSTS_NOTHING.add(action)
        pytest.skip("posts and edits nothing in a channel")
    scene.env.errors.clear()  # Discord's refusals, each answered
    for fault in faults:
        scene.env.backend.faults.remove(fault)
    told = _told(first)
    assert told, "she is told nothing"
    for never in NEVER:
        assert never not in told, told
    if "couldn't" in told or "not posted" in told.lower():  # what is missing is named
        assert "my role needs" in told, told
    try:
        await act.allowed(scene, actor, first, before)
        done = True  # done all the same: what was refused was a post's update, not her act
    except AssertionError:
        done = False
    if not done:
        assert "my role needs" in told, told
        refused = await snapshot(scene)
        for channel in _server_channels(scene):
            assert refused["posts"].get(channel) == before["posts"].get(channel), "posted"
        assert await _recorded_posted(scene) == recorded, "recorded as posted"
    (kept,) = sent
    cursor = scene.env.error_cursor
    again = await send_again(scene.env, kept)  # the permission is given back
    assert_private(again, act)
    for never in NEVER:
        assert never not in _told(again), _told(again)
    if not done:
        await act.allowed(scene, actor, again, before)
    assert scene.env.errors_since(cursor) == ()
    assert repeated_posts(scene, before) == []


@pytest.mark.parametrize("code", list(REFUSALS))
async def test_a_reveal_discord_refuses_with_403_names_the_permission_and_posts_once_given(
    group: Group, code: int
) -> None:
    """The affirmations' reveal, which the matrix does not reach (it needs affirmations
    written first): refused in the thread although the bot's cached view of its role lacks
    nothing, it named no permission and said to try again, which changes nothing."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    await w.bob.submit_modal(opened, {"text": "You stayed curious.", "sign": ["anonymous"]})
    thread = thread_of(w)
    faults = w.env.backend.faults
    w.env.inject_error(
        "POST",
        f"/channels/{thread.id}/messages",
        status=403,
        code=code,
        message=REFUSALS[code],
        times=None,
    )
    refusal = faults[-1]
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    w.env.errors.clear()
    told = _told(revealed)
    assert told.startswith(
        "The round is now in **Reflections**.\n1 affirmation could not be "
        "posted yet: my role needs "
    ), told
    for never in NEVER:
        assert never not in told, told
    assert said_in(thread) == []
    repos = bot_of(w.env).repos
    (kept,) = await repos.round.unrevealed(g.share_id)
    assert kept.text == "You stayed curious." and kept.state is PostState.DRAFT
    assert revealed.response is not None
    still = await g.fiona.click(revealed.response.message, label="Post the rest")
    w.env.errors.clear()
    assert _told(still).startswith("1 affirmation could still not be posted: my role needs "), (
        _told(still)
    )
    assert said_in(thread) == []
    faults.remove(refusal)  # the permission is given
    rest = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert _told(rest) == "Every affirmation is posted."
    assert [m.embeds[0].description for m in said_in(thread)] == ["You stayed curious."]
    assert await repos.round.unrevealed(g.share_id) == []
    again = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert "went wrong" not in _told(again)
    assert len(said_in(thread)) == 1


async def test_a_reminder_refused_with_50007_says_what_to_do_and_comes_once_dms_open(
    world: World,
) -> None:
    """Reminders are DMs: Discord refuses them with 50007 (her privacy settings), not 50013.
    She is told what to change; once she did, the next week's reminder comes, once."""
    w = world
    done = await w.alice.slash(w.channel, "remind", day="3", time="10:00", timezone="UTC")
    assert done.acknowledged and done.ephemeral
    await w.alice.user.send_dm("hello")  # her DM channel exists
    dm = w.alice.user.dm_channel
    faults = w.env.backend.faults
    w.env.inject_error(
        "POST",
        f"/channels/{dm.id}/messages",
        status=403,
        code=50007,
        message="Cannot send messages to this user",
        times=None,
    )
    refusal = faults[-1]
    await w.env.advance_time(10 * HOUR + 60)  # Thu 1 Jan 10:01 UTC: due, and refused
    w.env.errors.clear()
    assert [m for m in dm.history() if m.author.bot] == []
    told = _told(await w.alice.slash(w.channel, "privacy"))
    assert "your privacy settings block messages from me. Allow direct messages" in told, told
    for never in NEVER:
        assert never not in told, told
    faults.remove(refusal)  # she allowed direct messages
    await w.env.advance_time(7 * 24 * HOUR)  # the next Thursday's reminder
    sent = [m for m in dm.history() if m.author.bot]
    assert len(sent) == 1, [m.content[:60] for m in sent]
    await w.env.advance_time(24 * HOUR)
    assert len([m for m in dm.history() if m.author.bot]) == 1
