"""Sharing from a DM asks Discord, server by server, whether the author is a member of each
server the bot is in (the member cache is off): one request per server. The bot answered
Discord only after all of them, so with Sparkle in a few dozen servers the 3 seconds Discord
allows for a first answer ran out and the author saw "This interaction failed". It now
answers ("thinking") first, then asks, then shows the picker, the preview or why not."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_share_and_setup import _reflection, posts  # pyright: ignore[reportPrivateUsage]


def _answered_before_asking(w: World, start: int) -> None:
    """Since request `start`: the interaction's first answer came before any member lookup."""
    requests = list(w.env.http_requests)[start:]
    kinds = [
        "answer" if r.method == "POST" and r.path.endswith("/callback") else "lookup"
        for r in requests
        if (r.method == "POST" and r.path.endswith("/callback"))
        or (r.method == "GET" and "/members/" in r.path)
    ]
    assert kinds and kinds[0] == "answer", kinds
    assert kinds.count("lookup") >= 6, kinds  # one per server the bot is in


def _servers(w: World, count: int) -> list[Any]:
    others = []
    for i in range(count):
        other = w.env.create_guild(f"Other group {i}")
        other.create_text_channel("general")
        others.append(other)
    return others


async def test_sharing_from_a_dm_answers_before_asking_about_every_server(
    configured: World,
) -> None:
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    second, *_ = _servers(w, 6)
    second.add_member(dana)
    await accept_agreement(w.env, w.guild.id, dana.id)
    recap = await _reflection(dana)
    start = len(w.env.http_requests)
    ask = await dana.click(recap.response.message, label="Share anonymized")
    _answered_before_asking(w, start)
    assert_responded(ask, contains="Share to which server?", ephemeral=True)
    (menu,) = ask.response.components[0]["components"]
    assert sorted(o["label"] for o in menu["options"]) == ["Consultation", "Other group 0"]
    assert await _records(w) == []
    preview = await dana.select(ask.response.message, [str(w.guild.id)])
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    assert posts(w) == []


async def test_sharing_from_a_dm_with_one_server_shows_its_preview_after_answering(
    configured: World,
) -> None:
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    _servers(w, 6)
    await accept_agreement(w.env, w.guild.id, dana.id)
    await _reflection(dana)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(dana.id)).items
    start = len(w.env.http_requests)
    shown = await dana.slash("share", entry=str(entry.id))
    _answered_before_asking(w, start)
    assert_responded(shown, contains="**Preview**", ephemeral=True)
    posted = await dana.click(shown.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    assert len(posts(w)) == 1


async def test_sharing_from_a_dm_with_no_server_says_so_after_answering(world: World) -> None:
    w = world
    erin = w.env.create_user("erin")
    _servers(w, 6)
    recap = await _reflection(erin)
    start = len(w.env.http_requests)
    told = await erin.click(recap.response.message, label="Share anonymized")
    _answered_before_asking(w, start)
    assert told.ephemeral and "You don't share a server with Sparkle" in said(told)
    assert await _records(w) == []


async def test_sharing_from_a_dm_before_accepting_the_agreement_asks_for_it(
    configured: World,
) -> None:
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    _servers(w, 6)
    recap = await _reflection(dana)
    asked = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(asked, contains="please read and accept the group agreement")
    accepted = await dana.click(asked.response.message, label="I accept")
    assert_responded(accepted, contains="you have accepted the group agreement", ephemeral=True)
    again = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(again, contains="**Preview**", ephemeral=True)


async def _records(w: World) -> list[Any]:
    return await bot_of(w.env).repos.outbox.records()


def _answered_first(w: World, start: int) -> list[str]:
    """Since request `start`: the interaction's first answer came before any member lookup
    (there was at least one: the member cache is off)."""
    requests = list(w.env.http_requests)[start:]
    kinds = [
        "answer" if r.method == "POST" and r.path.endswith("/callback") else "lookup"
        for r in requests
        if (r.method == "POST" and r.path.endswith("/callback"))
        or (r.method == "GET" and "/members/" in r.path)
    ]
    assert kinds and kinds[0] == "answer" and "lookup" in kinds, kinds
    return kinds


async def _dm_preview(w: World, dana: Any) -> Any:
    """Dana, in two servers, shares her DM reflection: she picks the world's server."""
    recap = await _reflection(dana)
    ask = await dana.click(recap.response.message, label="Share anonymized")
    start = len(w.env.http_requests)
    preview = await dana.select(ask.response.message, [str(w.guild.id)])
    _answered_first(w, start)  # before: her membership and her view were asked first
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    return preview


@pytest.mark.parametrize("label", ["Post anonymously", "Post with my name"])
async def test_a_dm_share_confirm_answers_before_asking_discord(
    configured: World, label: str
) -> None:
    """Before: the confirm asked Discord 2 to 4 times whether she is a member and what her
    name and permissions are there, and only then answered: with Discord slow, past its 3
    seconds, she saw "This interaction failed" for a share that may then go up."""
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    (second, *_) = _servers(w, 1)
    second.add_member(dana)
    await accept_agreement(w.env, w.guild.id, dana.id)
    preview = await _dm_preview(w, dana)
    start = len(w.env.http_requests)
    posted = await dana.click(preview.response.message, label=label)
    _answered_first(w, start)
    assert_responded(posted, contains=f"Shared in {w.channel.mention}", ephemeral=True)
    (post,) = posts(w)
    (record,) = await _records(w)
    assert record.message_id == post.id and record.state is PostState.POSTED


async def test_a_dm_share_confirm_after_she_left_the_server_answers_then_refuses(
    configured: World,
) -> None:
    """Answered first, the refusal still reaches her (a follow-up), and nothing is posted."""
    w = configured
    dana = w.env.create_user("dana")
    member = w.guild.add_member(dana)
    (second, *_) = _servers(w, 1)
    second.add_member(dana)
    await accept_agreement(w.env, w.guild.id, dana.id)
    preview = await _dm_preview(w, dana)
    w.guild.remove_member(member)
    await w.env.settle()
    start = len(w.env.http_requests)
    refused = await dana.click(preview.response.message, label="Post anonymously")
    _answered_first(w, start)
    assert_responded(refused, contains="isn't available to you", ephemeral=True)
    assert posts(w) == []
    (record,) = await _records(w)
    assert record.state is PostState.DRAFT
