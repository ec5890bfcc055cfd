"""**Post with my name** buttons sent by earlier versions, whose custom id carries no name
(``sk:shp:named:<preview>``, and ``sk:shv:named`` digests made before the name was part of
them): the post signs only with a name the clicked message showed, as it showed it. A message
that showed no name, or another name than hers now, posts nothing: the preview is shown again
with the name it would sign with, and nothing is lost of her stored preview."""

from __future__ import annotations

from typing import Any

from simcord import InteractionResult, assert_responded

from bot.inert import as_typed
from bot.outbox import PostState
from bot.share import preview_digest
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of, forge_click
from tests.e2e.test_share_and_setup import _complete_sparkle, posts
from tests.e2e.test_share_signed_as_shown import _renamed, _signs

NO_NAME_SHOWN = "did not show the name **Post with my name** signs with now"


async def _previewed(w: World) -> tuple[Any, InteractionResult, int, str]:
    """Dana (nicknamed "Dana K" in the server) previews an entry: the preview, its stored
    draft's id and its text."""
    dana = w.env.create_user("dana")
    member = w.guild.add_member(dana, nick="Dana K")
    await accept_agreement(w.env, w.guild.id, dana.id)
    entry = await _complete_sparkle(bot_of(w.env), dana.id, "It went well.", w.guild.id)
    preview = await member.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains=_signs("Dana K"), ephemeral=True)
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, dana.id)
    return member, preview, draft.id, draft.text


async def _nothing_posted(w: World, draft_id: int) -> None:
    assert posts(w) == []
    repos = bot_of(w.env).repos
    kept = await repos.outbox.get(draft_id)
    assert kept is not None and kept.state is PostState.DRAFT and kept.message_id is None


async def _channel(w: World) -> int:
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert settings.consultation_channel_id is not None
    return settings.consultation_channel_id


async def test_an_oldest_named_button_whose_preview_showed_no_name_posts_nothing(
    configured: World,
) -> None:
    w = configured
    member, preview, draft_id, _ = await _previewed(w)
    old_content = preview.response.content.replace("\n" + _signs("Dana K"), "")
    assert "signs it as" not in old_content  # as previews said before they named her
    _renamed(w, member.id, "Dana Kowalski, Riverside Clinic")
    clicked = await forge_click(
        member, preview.response.message, f"sk:shp:named:{draft_id}", content=old_content
    )
    assert_responded(clicked, contains="**Not posted.**", ephemeral=True)
    assert NO_NAME_SHOWN in clicked.response.content
    assert _signs("Dana Kowalski, Riverside Clinic") in clicked.response.content
    await _nothing_posted(w, draft_id)

    posted = await member.click(clicked.response.message, label="Post with my name")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    footer = message.embeds[0].footer.text or ""
    assert footer.startswith("Shared by Dana Kowalski, Riverside Clinic · ref ")
    (share,) = await bot_of(w.env).repos.outbox.shares_of(member.id)
    assert (share.id, share.anonymous, share.state) == (draft_id, False, PostState.POSTED)


async def test_an_old_named_button_signs_with_the_name_its_message_showed(
    configured: World,
) -> None:
    """A button from when previews named her but the digest did not: the name shown is hers
    now, so it posts, signed with it; the same button after a rename posts nothing."""
    w = configured
    member, preview, draft_id, text = await _previewed(w)
    unsigned = preview_digest(text, None, None, await _channel(w))
    custom_id = f"sk:shv:named:{draft_id}:{unsigned}"

    _renamed(w, member.id, "Dee")
    stale = await forge_click(member, preview.response.message, custom_id)
    assert_responded(stale, contains="**Not posted.**", ephemeral=True)
    assert NO_NAME_SHOWN in stale.response.content and _signs("Dee") in stale.response.content
    await _nothing_posted(w, draft_id)

    _renamed(w, member.id, "Dana K")  # back to the name the message showed
    posted = await forge_click(member, preview.response.message, custom_id)
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert (message.embeds[0].footer.text or "").startswith("Shared by Dana K · ref ")
    (share,) = await bot_of(w.env).repos.outbox.shares_of(member.id)
    assert (share.id, share.anonymous, share.state) == (draft_id, False, PostState.POSTED)


async def test_a_named_button_older_than_the_channel_digest_checks_the_name_too(
    configured: World,
) -> None:
    """``sk:shv:named`` with the digest of the text alone (before it named the channel): it
    posted under her name at the click, unseen; the preview is shown again instead."""
    w = configured
    member, preview, draft_id, text = await _previewed(w)
    old_content = preview.response.content.replace("\n" + _signs("Dana K"), "")
    _renamed(w, member.id, "@everyone")
    clicked = await forge_click(
        member,
        preview.response.message,
        f"sk:shv:named:{draft_id}:{preview_digest(text, None)}",
        content=old_content,
    )
    assert_responded(clicked, contains="**Not posted.**", ephemeral=True)
    assert NO_NAME_SHOWN in clicked.response.content
    assert _signs(as_typed("@everyone")) in clicked.response.content
    assert not clicked.response.message.mention_everyone
    await _nothing_posted(w, draft_id)

    anonymous = await forge_click(
        member, preview.response.message, f"sk:shv:post:{draft_id}:{preview_digest(text, None)}"
    )
    assert_responded(anonymous, contains="Shared in", ephemeral=True)  # no name: as before
    (message,) = posts(w)
    assert "Shared by" not in (message.embeds[0].footer.text or "")
    (share,) = await bot_of(w.env).repos.outbox.shares_of(member.id)
    assert (share.id, share.anonymous) == (draft_id, True)
