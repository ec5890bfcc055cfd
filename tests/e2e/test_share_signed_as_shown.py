"""**Post with my name** signs with the name its preview showed, or posts nothing: a member whose
name in the server changed between the preview and the click (a new nickname, set by her or by a
moderator) is shown the preview again with the name it would sign with now, and nothing is
posted until she confirms that one. Posting anonymously does not depend on the name."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts


def _renamed(w: World, user_id: int, nick: str | None) -> None:
    """Her nickname in the server changes (Discord announces it to the bot)."""
    w.env.backend.edit_member(w.guild.id, user_id, {"nick": nick})


def _signs(name: str) -> str:
    return f"**Post with my name** signs it as **{name}**, your name in that server."


@pytest.mark.parametrize("where", ["dm", "channel"])
async def test_a_name_changed_after_the_preview_posts_nothing_and_shows_the_new_one(
    configured: World, where: str
) -> None:
    w = configured
    dana = w.env.create_user("dana")
    member = w.guild.add_member(dana, nick="Dana K")
    await accept_agreement(w.env, w.guild.id, dana.id)
    entry = await _complete_sparkle(bot_of(w.env), dana.id, "It went well.", w.guild.id)
    actor = dana if where == "dm" else member
    if where == "dm":
        preview = await dana.slash("share", entry=str(entry))
    else:
        preview = await member.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains=_signs("Dana K"), ephemeral=True)

    _renamed(w, dana.id, "Dana Kowalski, Riverside Clinic")
    stale = await actor.click(preview.response.message, label="Post with my name")
    assert_responded(stale, contains="**Not posted.**", ephemeral=True)
    said = stale.response.content
    assert "your name in that server changed" in said
    assert _signs("Dana Kowalski, Riverside Clinic") in said
    assert posts(w) == []  # nothing went up under a name she was not shown
    repos = bot_of(w.env).repos
    (draft,) = await repos.outbox.drafts_of_entry(entry, dana.id)
    assert draft.state is PostState.DRAFT and draft.message_id is None
    assert await repos.outbox.shares_of(dana.id) == []  # drafts are not posts

    posted = await actor.click(stale.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    footer = message.embeds[0].footer.text or ""
    assert footer.startswith("Shared by Dana Kowalski, Riverside Clinic · ref ")
    (share,) = await repos.outbox.shares_of(dana.id)
    assert (share.message_id, share.anonymous, share.state) == (
        message.id,
        False,
        PostState.POSTED,
    )


async def test_anonymous_posting_and_a_name_changed_back_are_not_held_up(
    configured: World,
) -> None:
    w = configured
    repos = bot_of(w.env).repos
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains=_signs("alice"), ephemeral=True)
    _renamed(w, w.alice.id, "Al")
    _renamed(w, w.alice.id, None)  # back to the name the preview showed: it still holds
    posted = await w.alice.click(preview.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert (message.embeds[0].footer.text or "").startswith("Shared by alice · ref ")

    other = await _complete_sparkle(bot_of(w.env), w.alice.id, "Another.", w.guild.id)
    second = await w.alice.slash(w.channel, "share", entry=str(other))
    _renamed(w, w.alice.id, "Someone else")
    anonymous = await w.alice.click(second.response.message, label="Post anonymously")
    assert_responded(anonymous, contains="Shared in", ephemeral=True)
    assert len(posts(w)) == 2
    assert "Shared by" not in (posts(w)[-1].embeds[0].footer.text or "")
    shares = await repos.outbox.shares_of(w.alice.id)
    assert sorted((s.anonymous, s.state) for s in shares) == [
        (False, PostState.POSTED),
        (True, PostState.POSTED),
    ]


async def test_a_named_preview_confirmed_from_a_dm_after_a_restart_signs_as_shown(
    configured: World,
) -> None:
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana, nick="Dana K")
    await accept_agreement(w.env, w.guild.id, dana.id)
    entry = await _complete_sparkle(bot_of(w.env), dana.id, "It went well.", w.guild.id)
    preview = await dana.slash("share", entry=str(entry))
    assert_responded(preview, contains=_signs("Dana K"), ephemeral=True)
    await w.env.restart_bot(create_bot())
    posted = await dana.click(preview.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert (message.embeds[0].footer.text or "").startswith("Shared by Dana K · ref ")
    (share,) = await bot_of(w.env).repos.outbox.shares_of(dana.id)
    assert (share.message_id, share.anonymous) == (message.id, False)
