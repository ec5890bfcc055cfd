"""Two gaps in taking part in a round: **Post the rest** (a reveal) asked nothing of a
facilitator who had not accepted the group agreement in force, while **Next phase** did; and a
named affirmation from a member whose server name shows nothing read "Affirmation from "."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import accept_agreement
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    group,
    posts,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_share_and_setup import _complete_sparkle  # pyright: ignore[reportPrivateUsage]

__all__ = ["group"]  # the fixture, used by name


async def test_a_reveal_asks_a_facilitator_to_accept_a_changed_agreement_first(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    await affirm(g.carol, w, "Two.")
    thread = thread_of(w)
    w.env.inject_error("POST", f"/channels/{thread.id}/messages", status=500, times=1)
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert "Post the rest" in str(revealed.response.components)
    assert len(said(thread)) == 1

    form = await g.admin.slash(w.channel, "setup agreement")
    await g.admin.submit_modal(form, {"agreement": "Be kind. Keep it here."})
    asked = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert asked.ephemeral and asked.response is not None
    assert "group agreement" in asked.response.content
    assert asked.response.embeds[0].description == "Be kind. Keep it here."
    assert len(said(thread)) == 1  # nothing posted before she accepts
    assert len(await repos.round.unrevealed(g.share_id)) == 1

    await g.fiona.click(asked.response.message, label="I accept")
    rest = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert_responded(rest, content="Every affirmation is posted.", ephemeral=True)
    assert sorted(m.embeds[0].description or "" for m in said(thread)) == ["One.", "Two."]


async def test_a_named_affirmation_from_a_member_whose_name_shows_nothing_names_her_account(
    group: Group,
) -> None:
    g, w = group, group.w
    hana = w.guild.add_member(w.env.create_user("hanako"), nick="\u200b\u3164")
    await _at_affirmations(g)
    opened = await hana.click(the_post(w), label="Add an affirmation")
    assert opened.response is not None and "group agreement" in opened.response.content
    await hana.click(opened.response.message, label="I accept")
    saved = await affirm(hana, w, "You listened closely.", sign="named")
    assert saved.response.embeds[0].title == "Affirmation from hanako"  # shown as it will post
    await w.alice.click(the_post(w), label="Reveal affirmations")
    (posted,) = said(thread_of(w))
    assert posted.embeds[0].title == "Affirmation from hanako"


async def test_a_share_posted_with_the_name_of_a_member_whose_name_shows_nothing_names_her_account(
    group: Group,
) -> None:
    """The same for **Post with my name** on a share: the preview names the account, and
    the post is signed with it, never "Shared by " and nothing."""
    w = group.w
    hana = w.guild.add_member(w.env.create_user("hanako"), nick="\u200b\u3164")
    await accept_agreement(w.env, w.guild.id, hana.id)
    entry = await _complete_sparkle(bot_of(w.env), hana.id, "It went well.", w.guild.id)
    preview = await hana.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="signs it as **hanako**", ephemeral=True)
    posted = await hana.click(preview.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert (message.embeds[0].footer.text or "").startswith("Shared by hanako · ref ")
