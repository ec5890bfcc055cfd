"""The presenter's reveal is cut short (the database goes away after its first affirmation is
up), the bot restarts, and she clicks the round's post, which still shows the affirmations:
the move was hers, so she is told where the round is (and the rest is posted, or was by
**Post the rest**), never "Someone moved the round on already"."""

from __future__ import annotations

from simcord import InteractionResult

from bot.app import create_bot
from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_down_right_after_a_round_post import (
    _told,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_down_right_after_a_round_post import (
    down_after_a_post as down_after_a_post,  # the fixture
)
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    round_fields,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

MOVED = "The round is already in **Reflections**: it was moved on before this click."


async def _cut_reveal_then_restart(g: Group, down: list[bool]) -> InteractionResult:
    """Three affirmations; her reveal is cut short after the first is up; the bot restarts."""
    w = g.w
    await _at_affirmations(g)
    for actor, text in ((w.bob, "One."), (g.carol, "Two."), (g.dave, "Three.")):
        await affirm(actor, w, text)
    down.append(True)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    down.clear()
    w.env.errors.clear()  # the database's failures
    assert "revealing its affirmations was cut short" in _told(revealed)
    assert len([m for m in said(thread_of(w)) if m.embeds]) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(15 * 60)
    return revealed


def _posted(g: Group) -> list[str]:
    return sorted(m.embeds[0].description or "" for m in said(thread_of(g.w)) if m.embeds)


async def test_her_stale_post_clicked_after_the_restart_says_where_the_round_is(
    group: Group, down_after_a_post: list[bool]
) -> None:
    g, w = group, group.w
    await _cut_reveal_then_restart(g, down_after_a_post)
    stale = await w.alice.click(the_post(w), label="Reveal affirmations")
    told = _told(stale)
    assert told.startswith(MOVED), told
    assert "Someone" not in told
    assert _posted(g) == ["One.", "Three.", "Two."]  # what her move left, posted now
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.REFLECTIONS
    assert await repos.round.unrevealed(g.share_id) == []
    assert "Now: Reflections" in round_fields(the_post(w))


async def test_her_stale_post_clicked_after_post_the_rest_says_where_the_round_is(
    group: Group, down_after_a_post: list[bool]
) -> None:
    g, w = group, group.w
    revealed = await _cut_reveal_then_restart(g, down_after_a_post)
    rest = await w.alice.click(revealed.response.message, label="Post the rest")
    assert _told(rest).startswith("Every affirmation is posted.")
    stale = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert _told(stale) == MOVED
    assert _posted(g) == ["One.", "Three.", "Two."]  # none twice
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.REFLECTIONS
    assert "Now: Reflections" in round_fields(the_post(w))
