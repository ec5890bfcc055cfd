"""A share is posted exactly as its author last saw it: the rule for any text posted for them."""

from __future__ import annotations

from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts


async def test_an_edited_share_is_posted_exactly_as_previewed(configured: World) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    shown_first = preview.response.embeds[0].description
    modal = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(
        modal, {"text": "Maria Gonzalez (555-201-3344) told me what else helped: the walk."}
    )
    assert_responded(edited, contains="edited text", ephemeral=True)
    shown = edited.response.embeds[0].description
    assert shown != shown_first and "Gonzalez" not in shown and "555-201-3344" not in shown
    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert posted.acknowledged
    (message,) = posts(w)
    assert message.embeds[0].description == shown  # what was posted is what she saw last
    (stored,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert stored.text == shown


async def test_a_post_clicked_on_a_preview_changed_since_posts_nothing_and_shows_it_now(
    configured: World,
) -> None:
    """Posting from an earlier preview message, after the text was edited (or a key question
    added) from another message, would post what that message never showed: nothing is
    posted, the author is told and shown the preview as it is now, and posts from there."""
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    first = preview.response.message
    modal = await w.alice.click(first, label="Edit text")
    edited = await w.alice.submit_modal(modal, {"text": "The walk helped, she told me."})
    assert_responded(edited, contains="edited text", ephemeral=True)

    for label in ("Post anonymously", "Post with my name"):
        stale = await w.alice.click(first, label=label)
        assert stale.acknowledged and stale.ephemeral and stale.response is not None
        assert stale.response.content.startswith("**Not posted.**")
        assert stale.response.embeds[0].description == "The walk helped, she told me."
        assert posts(w) == []
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.state is PostState.DRAFT and draft.text == "The walk helped, she told me."

    # A key question added from the edited preview: its message showed none.
    asked = await w.alice.click(edited.response.message, label="Add a key question")
    with_question = await w.alice.submit_modal(asked, {"question": "What else could I try?"})
    assert with_question.response is not None
    stale = await w.alice.click(edited.response.message, label="Post anonymously")
    assert stale.response is not None and stale.response.content.startswith("**Not posted.**")
    (field,) = stale.response.embeds[0].fields
    assert field.value == "What else could I try?"
    assert posts(w) == []

    posted = await w.alice.click(stale.response.message, label="Post anonymously")
    assert posted.response is not None and "Shared in" in posted.response.content
    (message,) = posts(w)
    assert message.embeds[0].description == "The walk helped, she told me."
    assert "What else could I try?" in str([e.to_dict() for e in message.embeds])
