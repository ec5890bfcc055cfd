"""Every button of a share preview that was posted (or posted and then deleted) gives the
same clear answer: the preview is spent, with a link to the post while it is up. Before,
"Add a key question" alone said the preview "isn't available to you" and "may belong to
someone else", on the member's own preview."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import buttons
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_share_in_flight import _hold_sends  # pyright: ignore[reportPrivateUsage]

SPENT_BUTTONS = [
    "Post anonymously",
    "Post with my name",
    "Edit text",
    "Cancel",
    "Add a key question",
]


async def test_every_button_of_a_posted_preview_says_it_was_posted_with_its_link(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    assert buttons(preview) == SPENT_BUTTONS
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    for label in SPENT_BUTTONS:
        again = await w.alice.click(preview.response.message, label=label)
        assert_responded(
            again, content=f"This preview was already posted: {message.jump_url}", ephemeral=True
        )
        assert again.modal is None
    assert len(posts(w)) == 1


@pytest.mark.parametrize("label", ["Edit text", "Add a key question", "Cancel"])
async def test_a_button_of_a_preview_whose_share_was_deleted_says_so(
    configured: World, label: str
) -> None:
    w = configured
    preview = await _preview(w)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert_responded(gone, contains="deleted", ephemeral=True)
    assert posts(w) == []
    late = await w.alice.click(preview.response.message, label=label)
    assert_responded(late, content=NOT_AVAILABLE, ephemeral=True)  # as for any id gone
    assert late.modal is None


@pytest.mark.simcord(settle_timeout=30)
async def test_add_a_key_question_while_the_preview_is_being_posted_offers_delete_share(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    gate = _hold_sends(w, "proceed")
    first = await w.alice.click(preview.response.message, label="Post anonymously")
    assert first.acknowledged and first.deferred  # still posting
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    assert asked.modal is None
    assert_responded(asked, contains="being posted already", ephemeral=True)
    assert buttons(asked) == ["Delete share"]
    gate.set()
    await w.env.settle()
    assert len(posts(w)) == 1
