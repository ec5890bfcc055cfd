"""A share preview's forms (Edit text, Add a key question) submitted twice, after Discord lost
the answer to the first submit: the preview is written once, the second submit is answered
(never "This interaction failed") and says it changed nothing, and nothing is posted; once the
preview is posted, a late second submit changes nothing and says so.

SimCord 3.2.1 cannot submit one shown form twice through its public API (see
`tests.e2e.helpers.submit_again`)."""

from __future__ import annotations

from simcord import assert_no_errors, assert_responded
from sqlalchemy import func, select

from bot.outbox import PostState
from storage.tables import Post
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, submit_again
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

TYPED = "Client Maria Gonzalez called me at 555-201-3344 and it helped."
QUESTION = "What else could I ask Maria Gonzalez next time?"


async def _the_draft(w: World):
    async with bot_of(w.env).repos.db.read() as session:
        assert (await session.execute(select(func.count()).select_from(Post))).scalar_one() == 1
        post_id = (await session.execute(select(Post.id))).scalar_one()
    stored = await bot_of(w.env).repos.outbox.get(post_id)
    assert stored is not None
    return stored


async def test_an_edit_text_submitted_twice_is_saved_once_and_says_so(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    assert preview.response is not None
    form = await w.alice.click(preview.response.message, label="Edit text")
    first = await w.alice.submit_modal(form, {"text": TYPED})
    assert_responded(first, contains="Preview of your edited text", ephemeral=True)
    stored = await _the_draft(w)
    assert "Gonzalez" not in stored.text and "555-201-3344" not in stored.text

    again = await submit_again(w.alice, form, {"text": TYPED})
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert again.response.content.startswith("**Already saved.**")
    assert again.response.embeds[0].description == stored.text  # the preview as it is
    assert "Gonzalez" not in str(again.response.embeds[0].to_dict())
    assert buttons(again) == buttons(first)
    assert (await _the_draft(w)) == stored  # written once, still a draft
    assert posts(w) == []
    # Posting from the second answer posts the one preview, once.
    posted = await w.alice.click(again.response.message, label="Post anonymously")
    assert posted.response is not None and "Shared in" in posted.response.content
    (message,) = posts(w)
    assert message.embeds[0].description == stored.text
    assert_no_errors(w.env)


async def test_an_edit_text_submitted_again_after_the_post_changes_nothing(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    assert preview.response is not None
    form = await w.alice.click(preview.response.message, label="Edit text")
    first = await w.alice.submit_modal(form, {"text": TYPED})
    assert first.response is not None
    await w.alice.click(first.response.message, label="Post anonymously")
    (message,) = posts(w)

    again = await submit_again(w.alice, form, {"text": TYPED})
    assert_responded(again, contains="already posted", ephemeral=True)
    assert posts(w) == [message] and message.embeds[0].description == (await _the_draft(w)).text
    assert (await _the_draft(w)).state is PostState.POSTED
    assert_no_errors(w.env)


async def test_a_key_question_submitted_twice_is_saved_once_and_says_so(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    assert preview.response is not None
    form = await w.alice.click(preview.response.message, label="Add a key question")
    first = await w.alice.submit_modal(form, {"question": QUESTION})
    assert_responded(first, contains="Preview with your key question", ephemeral=True)
    draft = await _the_draft(w)
    record = await bot_of(w.env).repos.round.get(draft.id)
    assert record is not None and record.key_question is not None
    assert "Gonzalez" not in record.key_question

    again = await submit_again(w.alice, form, {"question": QUESTION})
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert again.response.content.startswith("**Already saved.**")
    (field,) = again.response.embeds[0].fields
    assert field.value == record.key_question
    assert buttons(again) == buttons(first)
    assert await bot_of(w.env).repos.round.get(draft.id) == record
    assert posts(w) == []
    assert_no_errors(w.env)
