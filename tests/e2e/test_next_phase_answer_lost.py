"""A "Next phase" click that finds the round moved on already puts the round's post right
even when Discord loses its answer (both private replies refused): the post shows the phase
the round is in at once, not at someone's next click."""

from __future__ import annotations

import pytest

from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, group, share_with_question, the_post

__all__ = ["group"]  # the fixture, used by name


def _phase_shown(g: Group) -> str:
    """The phase the round's post says it is in."""
    names = [f.name or "" for f in the_post(g.w).embeds[1].fields]
    (now,) = [name for name in names if name.startswith("Now:")]
    return now


async def test_a_move_lost_to_another_click_updates_the_post_though_its_answer_was_lost(
    group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alice's click read the round in Clarifying; another click moved it on before her own
    move was written, and that click's update of the post has not landed. Discord loses both
    of her private replies: the post shows the phase the round is in all the same."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    repos = bot_of(w.env).repos
    advance = repos.round.advance
    moved_first: list[bool] = []

    async def moved_meanwhile(post_id: int, current: Phase, to: Phase) -> bool:
        if not moved_first:  # the other click's move lands between her read and her write
            moved_first.append(await advance(post_id, current, to))
        return await advance(post_id, current, to)

    monkeypatch.setattr(repos.round, "advance", moved_meanwhile)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)
    lost = await w.alice.click(the_post(w), label="Next phase")

    assert moved_first == [True] and lost.acknowledged
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert "Affirmations" in _phase_shown(g)  # the post caught up at once
    labels = [c.label for row in the_post(w).components for c in row.children]  # pyright: ignore[reportAttributeAccessIssue]
    assert "Add an affirmation" in labels


async def test_a_stale_next_phase_updates_the_post_though_its_answer_was_lost(
    group: Group,
) -> None:
    """The post missed a move (Discord refused its update); a facilitator clicks its stale
    Next phase and Discord refuses both answers to her: nothing moves, and the post catches
    up all the same."""
    g, w = group, group.w
    post = await share_with_question(g, "What else could I try?")
    w.env.inject_error(
        "PATCH", f"/channels/{w.channel.id}/messages/{post.id}", status=403, code=50013,
        message="Missing Permissions",
    )  # fmt: skip
    moved = await w.alice.click(post, label="Next phase")
    assert moved.response is not None and "couldn't update the post" in moved.response.content
    assert "Clarifying" in _phase_shown(g)  # the post is behind

    w.env.inject_error(
        "POST", "/interactions/*/callback", status=500, message="upstream down", times=2
    )
    stale = await g.fiona.click(the_post(w), label="Next phase")
    assert not stale.acknowledged  # both answers to her were refused

    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS  # nothing moved further
    assert "Affirmations" in _phase_shown(g)  # the post caught up at once
