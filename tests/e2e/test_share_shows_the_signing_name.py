"""A share preview says which name **Post with my name** signs it with (her name in that
server, its nickname if she has one, also from a DM), before she chooses it; the name is
shown as typed (a `*` or `<@&…>` in a nickname is no markdown, no mention), and the post is
signed with exactly that name."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from bot.inert import as_typed
from bot.outbox import PostState
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

NICK = "Dr *Dana* K_ <@&1>"
SIGNS = f"**Post with my name** signs it as **{as_typed(NICK)}**, your name in that server."


@pytest.mark.parametrize("where", ["dm", "channel"])
async def test_the_preview_names_the_signature_and_the_post_is_signed_with_it(
    configured: World, where: str
) -> None:
    w = configured
    dana = w.env.create_user("dana", global_name="dana_k")
    member = w.guild.add_member(dana, nick=NICK)
    await accept_agreement(w.env, w.guild.id, dana.id)
    entry = await _complete_sparkle(bot_of(w.env), dana.id, "It went well.", w.guild.id)
    if where == "dm":
        preview = await dana.slash("share", entry=str(entry))
    else:
        preview = await member.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    said = preview.response.content
    assert SIGNS in said and NICK not in said and "dana_k" not in said
    assert posts(w) == []  # shown, not posted

    actor = dana if where == "dm" else member
    edited_form = await actor.click(preview.response.message, label="Edit text")
    edited = await actor.submit_modal(edited_form, {"text": "The pause helped."})
    assert_responded(edited, contains="edited text", ephemeral=True)
    assert SIGNS in edited.response.content  # shown again with the edited preview
    asked = await actor.click(edited.response.message, label="Add a key question")
    with_question = await actor.submit_modal(asked, {"question": "What else could I try?"})
    assert_responded(with_question, contains="key question", ephemeral=True)
    assert SIGNS in with_question.response.content

    posted = await actor.click(with_question.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert (message.embeds[0].footer.text or "").startswith(f"Shared by {NICK} · ref ")
    (share,) = await bot_of(w.env).repos.outbox.shares_of(dana.id)
    assert (share.message_id, share.anonymous, share.state) == (
        message.id,
        False,
        PostState.POSTED,
    )
    assert share.text == "The pause helped."


async def test_a_preview_shown_again_after_a_change_names_the_signature(configured: World) -> None:
    """A click on a preview changed in another message shows it as it is now, with the name."""
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    one = await w.alice.slash(w.channel, "share", entry=str(entry))
    form = await w.alice.click(one.response.message, label="Edit text")
    await w.alice.submit_modal(form, {"text": "Changed elsewhere."})
    stale = await w.alice.click(one.response.message, label="Post anonymously")
    assert stale.response is not None
    assert stale.response.content.startswith("**Not posted.**")
    signs = "**Post with my name** signs it as **alice**, your name in that server."
    assert signs in stale.response.content and signs in one.response.content
    assert posts(w) == []
    drafts = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert [d.text for d in drafts] == ["Changed elsewhere."]
