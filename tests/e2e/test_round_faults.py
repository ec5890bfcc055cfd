"""The consultation round under faults: a post Discord refused to update, and a presenter
whose DMs are closed when a member steps out."""

from __future__ import annotations

from simcord import assert_responded

from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, group, share_with_question, the_post

__all__ = ["group"]  # the fixture, used by name

REFUSED = "Missing Permissions"


def _phase_shown(g: Group) -> str:
    """The phase the round's post says it is in."""
    names = [f.name or "" for f in the_post(g.w).embeds[1].fields]
    (now,) = [name for name in names if name.startswith("Now:")]
    return now


async def test_a_round_post_that_could_not_be_updated_is_put_right_by_the_next_click(
    group: Group,
) -> None:
    g, w = group, group.w
    post = await share_with_question(g, "What else could I try?")
    w.env.inject_error(
        "PATCH", f"/channels/{w.channel.id}/messages/{post.id}", status=403, code=50013,
        message=REFUSED,
    )  # fmt: skip
    moved = await w.alice.click(post, label="Next phase")
    assert moved.acknowledged and "Affirmations" in moved.response.content
    assert "couldn't update the post" in moved.response.content
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert "Clarifying" in _phase_shown(g)  # Discord refused: the post is behind
    # A member clicks the stale button: nothing moves, and the post catches up.
    stale = await g.fiona.click(the_post(w), label="Next phase")
    assert_responded(stale, contains="moved the round on already", ephemeral=True)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert "Affirmations" in _phase_shown(g)
    labels = [c.label for row in the_post(w).components for c in row.children]  # pyright: ignore[reportAttributeAccessIssue]
    assert "Add an affirmation" in labels and "Next phase" not in labels
