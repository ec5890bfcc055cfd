"""A member who says "I may know this client" after writing an affirmation: her stepping out
and the withdrawal of her affirmation are one change. When the database refuses the second
half (locked past its wait, or the bot stopped between the two), nothing is half done: she is
not counted as stepped out with her affirmation still waiting to be revealed to the
presenter; her next click steps her out and withdraws it, and the reveal never posts it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.outbox import PostState
from storage.repos.round import affirmation_prefix
from storage.tables import Post, RoundStepOut
from tests.e2e.helpers import bot_of, failing_while_on
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    group,
    said,
    the_post,
    thread_of,
)

__all__ = ["group"]  # the fixture, used by name

MINE = "I know the client's family."


async def _state(g: Group) -> tuple[int, list[str]]:
    """(step-outs counted, the states of the round's affirmations), as stored."""
    async with bot_of(g.w.env).repos.db.read() as session:
        steps = (
            await session.execute(select(RoundStepOut).where(RoundStepOut.post_id == g.share_id))
        ).all()
        states = (
            await session.execute(
                select(Post.state).where(Post.slot.like(affirmation_prefix(g.share_id) + "%"))
            )
        ).scalars()
        return len(steps), sorted(str(PostState(s).value) for s in states)


def _deletes(sql: str) -> bool:
    return sql.startswith("DELETE")


@pytest.mark.postgres_too
async def test_a_step_out_whose_withdrawal_failed_is_not_half_done(group: Group) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, MINE)
    await affirm(g.carol, w, "You trusted the client's pace.")
    assert await _state(g) == (0, ["draft", "draft"])

    with failing_while_on(w.env, _deletes, "database is locked") as on:
        on.append(True)
        failed = await w.bob.click(the_post(w), label="I may know this client")
    assert failed.acknowledged and failed.ephemeral
    told = "\n".join(m.content for m in [failed.response, *failed.followups] if m is not None)
    assert "reference `" in told and "try again" in told
    assert "sqlite" not in told.lower() and "DELETE" not in told
    assert await _state(g) == (0, ["draft", "draft"])  # neither half: all or nothing

    again = await w.bob.click(the_post(w), label="I may know this client")
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert "step out" in again.response.content and "withdrawn" in again.response.content
    assert await _state(g) == (1, ["draft"])

    await g.fiona.click(the_post(w), label="Reveal affirmations")
    texts = [m.embeds[0].description or "" for m in said(thread_of(w))]
    assert texts == ["You trusted the client's pace."]  # hers never reaches the presenter
