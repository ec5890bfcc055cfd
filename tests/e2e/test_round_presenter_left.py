"""A round whose presenter left the server in its closing: a facilitator closes it without a
closing, rather than leaving it in "Closing" forever. A closing she saved but did not post
stays with her entry and is never posted after the round was closed without it."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from bot.round import Phase
from cogs.round import CLOSING_TOO_LATE
from storage.tables import Post
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, forge_click, submit_again
from tests.e2e.test_after_the_post import (
    _all_told,  # pyright: ignore[reportPrivateUsage]
    _lose_one_answer,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_gone_forms import (
    TYPED_EDIT,
    _refused_then_typed,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    posts,
    round_fields,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

# A click on the post that shows the round still open after it was closed.
CLOSED_BEFORE = "The round is closed already: it was closed before this click."
CLOSE = "Close the round"


async def _database_gone(*_: Any, **__: Any) -> Any:
    raise RuntimeError("database is gone")


def _buttons(g: Group) -> dict[str, str]:
    """The round post's buttons: label to custom id."""
    found: dict[str, str] = {}
    for row in the_post(g.w).components:
        for c in getattr(row, "children", []):
            found[c.label or ""] = c.custom_id or ""
    return found


def _labels(g: Group) -> list[str]:
    return list(_buttons(g))


async def _at_closing(g: Group) -> None:
    w = g.w
    await _at_affirmations(g)
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    await g.fiona.click(the_post(w), label="Next phase")
    assert "Now: Closing" in round_fields(the_post(w))


async def test_a_facilitator_closes_a_round_whose_presenter_left(group: Group) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await _at_closing(g)
    assert CLOSE in _labels(g)
    fields = round_fields(the_post(w))
    assert "a facilitator can close the round" in fields["Now: Closing"]
    w.guild.remove_member(w.alice)  # the presenter leaves: only she could write the closing

    # A member may not close it; nothing moves.
    refused = await g.carol.click(the_post(w), label=CLOSE)
    assert_responded(refused, content="Only the presenter or a facilitator can move the round on.")
    assert (await repos.round.get(g.share_id)).phase is Phase.CLOSING  # type: ignore[union-attr]

    stale = _buttons(g)[CLOSE]  # the button as it was, for a second click below
    closed = await g.fiona.click(the_post(w), label=CLOSE)
    assert_responded(closed, contains="The round is closed, without a closing", ephemeral=True)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED and not record.closing_posted
    fields = round_fields(the_post(w))
    assert fields["Now: Round closed"] == "Thank you all. The round was closed without a closing."
    assert CLOSE not in _labels(g) and "Write my closing" not in _labels(g)
    assert said(thread_of(w)) == []  # nothing posted: there was no closing

    # A second click on the button as it was (a double click, a stale client) moves nothing.
    again = await forge_click(g.fiona, the_post(w), stale)
    assert_responded(again, content=CLOSED_BEFORE, ephemeral=True)
    assert (await repos.round.get(g.share_id)).phase is Phase.CLOSED  # type: ignore[union-attr]


async def test_a_saved_closing_is_not_posted_once_the_round_was_closed_without_it(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await _at_closing(g)
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    )
    assert preview.response is not None
    closed = await g.fiona.click(the_post(w), label=CLOSE)
    assert_responded(closed, contains="The round is closed, without a closing", ephemeral=True)
    before = len(said(thread_of(w)))

    late = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(late, contains="closed without your closing", ephemeral=True)
    assert late.response is not None and "saved with your entry" in late.response.content
    assert len(said(thread_of(w))) == before  # nothing posted into the closed round
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.DRAFT and closing.message_id is None
    kept = await repos.round.closing(g.share_id)  # her closing stays with her entry
    assert kept is not None and kept.next_step == "Pause before I answer."
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED and not record.closing_posted
    # Her preview's Edit no longer opens the form: the closing is written in the closing only.
    edit = await w.alice.click(preview.response.message, label="Edit")
    assert_responded(edit, content="The closing is written in the Closing phase.", ephemeral=True)


async def test_the_presenter_can_still_close_with_her_closing(group: Group) -> None:
    g, w = group, group.w
    await _at_closing(g)
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    )
    assert preview.response is not None
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED and record.closing_posted
    fields = round_fields(the_post(w))
    assert fields["Now: Round closed"] == "Thank you all. The presenter's closing is in the thread."


async def test_closing_the_round_under_faults_closes_it_once_and_says_so(group: Group) -> None:
    """Its answer lost once is sent once more; the post refused an update is put right by the
    next click; after a restart the button on the post still closes it; the database down at
    the click changes nothing and says so."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await _at_closing(g)
    w.guild.remove_member(w.alice)

    # The database down: nothing moves, the facilitator is told, the button stays.
    repos.round.advance = _database_gone  # type: ignore[method-assign]
    failed = await g.fiona.click(the_post(w), label=CLOSE)
    del repos.round.advance
    assert failed.response is not None and "something went wrong" in failed.response.content
    assert (await repos.round.get(g.share_id)).phase is Phase.CLOSING  # type: ignore[union-attr]
    assert CLOSE in _labels(g)

    # A restart: the persistent button works; Discord refuses the post's update and loses
    # the answer once: the answer is sent once more, and says the post is behind.
    await w.env.restart_bot(create_bot())
    repos = bot_of(w.env).repos
    post = the_post(w)
    w.env.inject_error(
        "PATCH", f"/channels/{w.channel.id}/messages/{post.id}", status=403, code=50013,
        message="Missing Permissions",
    )  # fmt: skip
    _lose_one_answer(w)
    closed = await g.fiona.click(post, label=CLOSE)
    told = _all_told(closed)
    assert told[0].startswith("The round is closed, without a closing"), told
    assert (  # Discord refused with 403: the permission is named, though none looked missing
        "I couldn't update the post itself: my role needs **View Channels** and **Embed Links** "
        f"in <#{w.channel.id}>, which someone with Manage Server can give it. The round is "
        "closed all the same"
    ) in told[0], told
    assert (await repos.round.get(g.share_id)).phase is Phase.CLOSED  # type: ignore[union-attr]
    assert "Now: Closing" in round_fields(the_post(w))  # Discord refused: the post is behind

    # The next click on the stale button moves nothing and puts the post right.
    stale = await g.fiona.click(the_post(w), label=CLOSE)
    assert_responded(stale, content=CLOSED_BEFORE, ephemeral=True)
    assert "Now: Round closed" in round_fields(the_post(w))
    assert CLOSE not in _labels(g)
    assert said(thread_of(w)) == []


@pytest.mark.postgres_too
async def test_a_closing_typed_while_a_facilitator_closed_the_round_is_shown_back(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await _at_closing(g)
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None
    await g.fiona.click(the_post(w), label=CLOSE)  # meanwhile, in the meeting
    done = await w.alice.submit_modal(opened, {"takeaway": TYPED_EDIT, "step": "Pause first."})
    _refused_then_typed(done, CLOSING_TOO_LATE, TYPED_EDIT, "Pause first.")
    assert await repos.round.closing(g.share_id) is None
    assert await repos.round.closing_post(g.share_id) is None
    assert said(thread_of(w)) == []


async def test_a_closing_form_open_across_a_restart_or_sent_twice_is_saved_once(
    group: Group,
) -> None:
    g, w = group, group.w
    await _at_closing(g)
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None
    await w.env.restart_bot(create_bot())
    typed = {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    done = await w.alice.submit_modal(opened, typed)
    assert_responded(done, contains="exactly what will be posted", ephemeral=True)
    again = await submit_again(w.alice, opened, typed)  # its answer lost: Submit once more
    assert again.response is not None and "something went wrong" not in again.response.content
    repos = bot_of(w.env).repos
    kept = await repos.round.closing(g.share_id)
    assert kept is not None and kept.next_step == "Pause before I answer."
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.DRAFT
    assert len(await repos.outbox.records(Post.slot == f"closing:{g.share_id}")) == 1
    assert said(thread_of(w)) == []


async def test_a_presenter_who_left_can_still_erase_her_round_from_a_dm(group: Group) -> None:
    """She left the server with her closing saved; a facilitator closed the round. /forget in
    her DM with the bot erases her share, her round's closing and key question: no row of
    hers is left, and the round's post is taken down."""
    g, w = group, group.w
    await _at_closing(g)
    opened = await w.alice.click(the_post(w), label="Write my closing")
    await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause first."})
    w.guild.remove_member(w.alice)
    await g.fiona.click(the_post(w), label=CLOSE)
    ask = await w.alice.user.slash("forget")
    assert ask.acknowledged and ask.ephemeral and ask.response is not None
    erased = await w.alice.user.click(ask.response.message, label="Erase everything")
    assert erased.response is not None
    assert "Everything Sparkle held about you is erased" in erased.response.content
    assert posts(w) == []  # her share is taken down with the round shown on it
    repos = bot_of(w.env).repos
    await assert_nothing_stored_of(repos, w.alice.id)
    assert await repos.round.get(g.share_id) is None
    assert await repos.round.closing_post(g.share_id) is None
