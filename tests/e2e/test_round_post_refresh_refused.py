"""A member's affirmation saved or withdrawn, or her step-out, while Discord refuses (403) or
fails (500) the update of the round's post. Before, she was told it was done and nothing
about the post, and the post went on showing the old counts until a later change to the
round happened to update it. Now she is told the post could not be updated and, when Discord
refused, which permission the bot's role needs (named as everywhere else); and the next click
on the post brings it up to date."""

from __future__ import annotations

import pytest
from simcord import InteractionResult

from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_affirm_step_out_race import _told  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    the_post,
)
from tests.e2e.test_round import group as group  # the fixture

MINE = "You stayed curious all the way through."
FAULTS = {403: 50013, 500: 0}
ACTIONS = ["add", "withdraw", "step out"]


def _counts(g: Group) -> str:
    return the_post(g.w).embeds[1].footer.text or ""


def _refuse_the_post_edit(g: Group, status: int) -> None:
    post = the_post(g.w)
    g.w.env.inject_error(
        "PATCH",
        f"/channels/{post.channel.id}/messages/{post.id}",
        status=status,
        code=FAULTS[status],
        message="Missing Permissions" if status == 403 else "Internal Server Error",
    )


async def _act(g: Group, action: str, status: int) -> InteractionResult:
    """Bob's action, with the post's update refused by Discord as `status` says."""
    w = g.w
    if action == "add":
        opened = await w.bob.click(the_post(w), label="Add an affirmation")
        _refuse_the_post_edit(g, status)
        return await w.bob.submit_modal(opened, {"text": MINE, "sign": ["anonymous"]})
    if action == "withdraw":
        saved = await affirm(w.bob, w, MINE)
        assert saved.response is not None
        _refuse_the_post_edit(g, status)
        return await w.bob.click(saved.response.message, label="Withdraw")
    _refuse_the_post_edit(g, status)
    return await w.bob.click(the_post(w), label="I may know this client")


DONE = {
    "add": "Saved. Nobody sees it until the phase ends",
    "withdraw": "Withdrawn: your affirmation will never be posted.",
    "step out": "Please step out of this round",
}
STORED = {  # (affirmations waiting, members stepped out), as the round has them after
    "add": (1, 0),
    "withdraw": (0, 0),
    "step out": (0, 1),
}
SHOWN = {
    "add": "Affirmations written so far: 1",
    "withdraw": "Affirmations written so far: 0",
    "step out": "Affirmations written so far: 0 · Members who stepped out: 1",
}


@pytest.mark.parametrize("status", sorted(FAULTS))
@pytest.mark.parametrize("action", ACTIONS)
async def test_a_post_update_refused_is_told_and_caught_up_at_the_next_click(
    group: Group, action: str, status: int
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    before = _counts(g) if action != "withdraw" else "Affirmations written so far: 1"

    done = await _act(g, action, status)

    assert done.acknowledged and done.ephemeral
    told = _told(done)
    assert DONE[action] in told
    assert "I couldn't update the post itself" in told
    if status == 403:  # which permission, named as Discord names it, and who can give it
        assert (
            "my role needs **View Channels** and **Embed Links** in <#" in told
            and "which someone with Manage Server can give it" in told
        ), told
    assert "the next click on it shows this" in told or status == 500
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert (record.affirmations, record.stepouts) == STORED[action]
    assert _counts(g) == before  # the post is behind, as she was told

    opened = await g.carol.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None  # her click is answered first; then the post catches up
    assert _counts(g) == SHOWN[action]
    assert (await bot_of(w.env).repos.round.get(g.share_id)) == record  # nothing else changed
