"""Two previews of one entry, open at once (a /share in one window, the recap's Share
anonymized in another): posting one, then the other, would put the entry up twice with no
word that it is up already, since neither preview said so when it was shown. The second post
click posts nothing, says the entry was shared meanwhile (with the link), and shows the
preview again with that note; posting from there is her informed choice. A preview edited
(or given a key question) after the entry is up says so as well, and posts at once."""

from __future__ import annotations

import discord
import pytest
from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

UP_ALREADY = "You shared this entry here already: {url}. Posting this adds another post"


async def _two_previews(w: World) -> tuple[int, discord.Message, discord.Message]:
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    one = await w.alice.slash(w.channel, "share", entry=str(entry))
    two = await w.alice.slash(w.channel, "share", entry=str(entry))
    for preview in (one, two):
        assert_responded(preview, contains="**Preview**", ephemeral=True)
        assert "already" not in preview.response.content
    return entry, one.response.message, two.response.message


async def _states(w: World, entry: int) -> list[PostState]:
    repos = bot_of(w.env).repos
    shares = await repos.outbox.shares_of_entry(entry, w.alice.id)
    drafts = await repos.outbox.drafts_of_entry(entry, w.alice.id)
    return sorted(p.state for p in [*shares, *drafts])


@pytest.mark.parametrize("label", ["Post anonymously", "Post with my name"])
async def test_a_second_preview_of_an_entry_posted_meanwhile_posts_nothing_and_says_so(
    configured: World, label: str
) -> None:
    w = configured
    entry, one, two = await _two_previews(w)
    first = await w.alice.click(one, label="Post anonymously")
    assert first.response is not None and "Shared in" in first.response.content
    (message,) = posts(w)

    stale = await w.alice.click(two, label=label)
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    said = stale.response.content
    assert said.startswith("**Not posted.** This entry was shared here meanwhile")
    assert UP_ALREADY.format(url=message.jump_url) in said
    assert stale.response.embeds[0].description == message.embeds[0].description
    assert posts(w) == [message]  # nothing more posted
    assert await _states(w, entry) == [PostState.DRAFT, PostState.POSTED]

    again = await w.alice.click(stale.response.message, label=label)  # she means it
    assert again.response is not None and "Shared in" in again.response.content
    assert len(posts(w)) == 2
    assert await _states(w, entry) == [PostState.POSTED, PostState.POSTED]


async def test_a_preview_edited_after_the_entry_is_up_says_so_and_posts(
    configured: World,
) -> None:
    w = configured
    entry, one, two = await _two_previews(w)
    await w.alice.click(one, label="Post anonymously")
    (message,) = posts(w)
    note = UP_ALREADY.format(url=message.jump_url)

    form = await w.alice.click(two, label="Edit text")
    edited = await w.alice.submit_modal(form, {"text": "The walk helped, she told me."})
    assert_responded(edited, contains="edited text", ephemeral=True)
    assert note in edited.response.content
    asked = await w.alice.click(edited.response.message, label="Add a key question")
    with_question = await w.alice.submit_modal(asked, {"question": "What else could I try?"})
    assert_responded(with_question, contains="key question", ephemeral=True)
    assert note in with_question.response.content
    assert posts(w) == [message]

    posted = await w.alice.click(with_question.response.message, label="Post anonymously")
    assert posted.response is not None and "Shared in" in posted.response.content
    assert [m.embeds[0].description for m in posts(w)][1] == "The walk helped, she told me."
    assert await _states(w, entry) == [PostState.POSTED, PostState.POSTED]


async def test_a_preview_that_said_so_still_posts_at_the_first_click(configured: World) -> None:
    """The note shown, the click is her informed choice: nothing more is asked."""
    w = configured
    entry, one, _ = await _two_previews(w)
    await w.alice.click(one, label="Post anonymously")
    (message,) = posts(w)
    third = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert UP_ALREADY.format(url=message.jump_url) in third.response.content
    posted = await w.alice.click(third.response.message, label="Post with my name")
    assert posted.response is not None and "Shared in" in posted.response.content
    assert len(posts(w)) == 2
    assert await _states(w, entry) == [PostState.DRAFT, PostState.POSTED, PostState.POSTED]
