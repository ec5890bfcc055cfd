"""Shares under faults: many clicks, a refused post, a lost record, a restart, a hidden channel,
and deletions that Discord refuses until an admin fixes the permission."""

from __future__ import annotations

import json

import discord
import pytest
from simcord import assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from storage.repos import Repositories
from tests.e2e.conftest import World, set_consultation_channel
from tests.e2e.helpers import bot_of, erase_everything, forge_click
from tests.e2e.test_share_and_setup import (
    _complete_sparkle,
    _preview,
    posts,
)


@pytest.fixture(autouse=True)
def discord_thread_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """SimCord 3.2.1 asks for Manage Channels to delete a thread; Discord asks for Manage
    Threads. These tests hold SimCord to Discord's rule, so the invite permissions are decided
    by Discord's rule, not by SimCord's bug."""
    from simcord.http.router import RequestContext

    original = RequestContext.require_channel_permissions

    def require(self: RequestContext, channel_id: int, *names: str):
        if names == ("manage_channels",) and self.backend.get_channel(channel_id).is_thread:
            names = ("manage_threads",)
        return original(self, channel_id, *names)

    monkeypatch.setattr(RequestContext, "require_channel_permissions", require)


INJECTED = "Missing Permissions"


def _preview_id(preview) -> int:
    """The stored preview its first button (sk:shv:post:<preview>:<shown>) posts."""
    return int(preview.response.components[0]["components"][0]["custom_id"].split(":")[3])


def _channel_where_the_bot_has(w: World, **rights: bool):
    """A new consultation channel where the bot's role has exactly these rights changed."""
    return w.guild.create_text_channel(
        "consultation-" + "-".join(k for k, v in rights.items() if v),
        overwrites={w.guild.me: discord.PermissionOverwrite(**rights)},
    )


async def _posted(w: World):
    """Alice's entry, previewed and posted anonymously: the reply with its Delete share."""
    preview = await _preview(w)
    return await w.alice.click(preview.response.message, label="Post anonymously")


async def test_three_clicks_on_one_preview_make_one_post(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    first = await w.alice.click(preview.response.message, label="Post anonymously")
    second = await w.alice.click(preview.response.message, label="Post anonymously")
    named = await w.alice.click(preview.response.message, label="Post with my name")
    assert first.acknowledged and "Shared in" in first.response.content
    for late in (second, named):
        assert_responded(late, contains="already posted", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].footer.text.startswith("Shared anonymously")
    assert "alice" not in str(message.embeds[0].to_dict())
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.anonymous and share.message_id == message.id
    audit = await bot_of(w.env).repos.audit.kinds("share_posted")
    assert audit == [(None, w.guild.id, "anonymous")]  # an anonymous share names no one
    exported = await w.alice.slash(w.channel, "export")
    files = {a.filename: await a.read() for a in exported.response.attachments}
    document = json.loads(files["sparkle-export.json"])
    assert [s["message_id"] for s in document["shares"]] == [message.id]
    # Editing after the post changes nothing: the preview is spent.
    edit = await w.alice.click(preview.response.message, label="Edit text")
    assert_responded(edit, contains="already posted", ephemeral=True)


@pytest.mark.postgres_too
async def test_posted_text_comes_from_the_stored_preview(configured: World) -> None:
    w = configured
    preview = await _preview(w, "Stored words only.")
    stored = await bot_of(w.env).repos.outbox.get(_preview_id(preview))
    assert stored is not None and stored.state is PostState.DRAFT
    assert "Stored words only." in stored.text
    await w.alice.click(preview.response.message, label="Post anonymously")
    (message,) = posts(w)
    assert message.embeds[0].description == stored.text


async def test_a_refused_post_keeps_the_preview_and_posts_once_later(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    w.env.inject_error(
        "POST", f"/channels/{w.channel.id}/messages", status=403, code=50013, message=INJECTED
    )
    refused = await w.alice.click(preview.response.message, label="Post anonymously")
    assert refused.acknowledged and "I can't post in" in refused.response.content
    assert "Nothing was posted" in refused.response.content
    assert posts(w) == []
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []
    again = await w.alice.click(preview.response.message, label="Post anonymously")
    assert "Shared in" in again.response.content
    assert len(posts(w)) == 1


async def _database_gone(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("database went away")


def _record_lost(w: World) -> Repositories:
    """Recording a sent share fails as if the database were gone; `del
    repos.outbox.record_sent` on the returned repositories brings it back."""
    repos = bot_of(w.env).repos
    repos.outbox.record_sent = _database_gone  # pyright: ignore[reportAttributeAccessIssue]
    return repos


async def _forget_takes_the_post_down(w: World) -> None:
    """The one share is up; /forget takes it down and says everything is erased."""
    assert len(posts(w)) == 1
    done = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in done.response.content
    assert posts(w) == []


async def test_a_lost_record_is_repaired_not_posted_twice(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    repos = _record_lost(w)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert "I couldn't note it just now" in posted.response.content
    del repos.outbox.record_sent
    (message,) = posts(w)
    again = await w.alice.click(preview.response.message, label="Post with my name")
    assert_responded(again, contains="only once", ephemeral=True)
    await w.env.restart_bot(create_bot())  # the repair survives a restart too
    await w.env.advance_time(3 * 60)
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.state is PostState.POSTED and share.message_id == message.id
    await _forget_takes_the_post_down(w)


async def test_forget_right_after_a_lost_record_still_deletes_the_post(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    repos = _record_lost(w)
    await w.alice.click(preview.response.message, label="Post anonymously")
    del repos.outbox.record_sent
    await _forget_takes_the_post_down(w)


async def test_a_claim_cut_short_by_a_restart_becomes_a_preview_again(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    repos = bot_of(w.env).repos
    post_id = _preview_id(preview)
    # The process dies between the claim and the send.
    assert await repos.outbox.claim_share(
        post_id, w.alice.id, channel_id=w.channel.id, anonymous=True
    )
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(3 * 60)
    restored = await bot_of(w.env).repos.outbox.get(post_id)
    assert restored is not None and restored.state is PostState.DRAFT
    assert posts(w) == []
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert "Shared in" in posted.response.content
    assert len(posts(w)) == 1


async def test_a_member_who_cannot_see_the_channel_cannot_share(world: World, admin) -> None:
    w = world
    hidden = w.guild.create_text_channel(
        "private-consult",
        overwrites={
            w.guild.default_role: discord.PermissionOverwrite(view_channel=False),
            admin: discord.PermissionOverwrite(view_channel=True),
            w.guild.me: discord.PermissionOverwrite(view_channel=True),
        },
    )
    done = await admin.slash(w.channel, "setup channels", consultation=hidden)
    assert_responded(done, contains="Saved.", ephemeral=True)
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "Hidden.", w.guild.id)
    refused = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(refused, contains="You can't see", ephemeral=True)
    assert [m for m in hidden.history() if m.type is discord.MessageType.default] == []
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []


async def test_forget_with_thread_deletion_refused_says_what_remains_and_retries(
    configured: World,
) -> None:
    w = configured
    await _posted(w)
    (thread,) = w.channel.threads
    (message,) = posts(w)
    await w.bob.send(thread, "A peer's reply")
    w.env.inject_error(
        "DELETE", f"/channels/{thread.id}", status=403, code=50013, message=INJECTED, times=2
    )
    done = await erase_everything(w.alice, w.channel)
    text = done.response.content
    assert "Not everything is gone yet" in text and "Everything Sparkle held" not in text
    assert "Manage Threads" in text and f"<#{w.channel.id}>" in text
    assert [m.id for m in posts(w)] == [message.id]  # the post waits for its thread
    repos = bot_of(w.env).repos
    assert (await repos.entries.list_for_author(w.alice.id, limit=10)).items == []
    (job,) = await repos.outbox.problems_in(w.guild.id)
    assert job.state is PostState.DELETING and job.text == "" and job.entry_id is None
    assert job.problem is not None and "Manage Threads" in job.problem
    assert await repos.outbox.pending_of(w.alice.id) == []  # no longer tied to her
    # The first retry is refused too; after a restart, the next one succeeds.
    await w.env.advance_time(61)
    assert len(w.channel.threads) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(5 * 60)
    assert w.channel.threads == [] and posts(w) == []
    assert await bot_of(w.env).repos.outbox.problems_in(w.guild.id) == []
    kinds = await bot_of(w.env).repos.audit.kinds("post_deleted")
    assert kinds == [(None, w.guild.id, "share")]


@pytest.mark.postgres_too
async def test_deleting_a_share_when_discord_refuses_says_so(configured: World) -> None:
    w = configured
    posted = await _posted(w)
    (message,) = posts(w)
    w.env.inject_error(
        "DELETE",
        f"/channels/{w.channel.id}/messages/{message.id}",
        status=403,
        code=50013,
        message=INJECTED,
    )
    partly = await w.alice.click(posted.response.message, label="Delete share")
    assert partly.acknowledged and "not fully deleted" in partly.response.content
    assert "Read Message History" in partly.response.content
    await w.env.advance_time(61)
    assert posts(w) == []
    assert w.channel.threads == []


async def test_without_manage_threads_the_thread_stays_and_the_user_is_told_why(
    world: World, admin
) -> None:
    """Discord's rule: Manage Threads (not Manage Channels) deletes a thread."""
    w = world
    w.channel = _channel_where_the_bot_has(w, manage_threads=False, manage_channels=True)
    # /setup refuses such a channel (see below); here the right was taken away after setup.
    refused = await admin.slash(w.channel, "setup channels", consultation=w.channel)
    assert_responded(refused, contains="Manage Threads", ephemeral=True)
    await bot_of(w.env).repos.servers.update(w.guild.id, consultation_channel_id=w.channel.id)
    posted = await _posted(w)
    partly = await w.alice.click(posted.response.message, label="Delete share")
    assert "not fully deleted" in partly.response.content
    assert "Manage Threads" in partly.response.content
    assert len(w.channel.threads) == 1 and len(posts(w)) == 1


async def test_manage_threads_without_manage_channels_deletes_everything(
    world: World, admin
) -> None:
    w = world
    w.channel = _channel_where_the_bot_has(w, manage_threads=True, manage_channels=False)
    await set_consultation_channel(w, admin)
    posted = await _posted(w)
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert_responded(gone, contains="Share deleted", ephemeral=True)
    assert w.channel.threads == [] and posts(w) == []


async def test_a_preview_from_before_the_outbox_says_to_start_again(configured: World) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "Old preview.", w.guild.id)
    mine = await w.alice.slash(w.channel, "privacy")
    old = await forge_click(w.alice, mine.response.message, f"sk:shr:post:{entry}:{w.guild.id}")
    assert_responded(old, contains="This preview has expired", ephemeral=True)
    assert posts(w) == []


async def test_deleting_an_entry_removes_its_share_and_its_unposted_previews(
    configured: World,
) -> None:
    w = configured
    await _posted(w)
    repos = bot_of(w.env).repos
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.entry_id is not None
    again = await w.alice.slash(w.channel, "share", entry=str(share.entry_id))
    assert again.acknowledged
    assert len(await repos.outbox.drafts_of_entry(share.entry_id, w.alice.id)) == 1
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(share.entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    assert "and its 1 shared post" in ask.response.content
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    assert gone.acknowledged and "deleted" in gone.response.content
    assert posts(w) == [] and w.channel.threads == []
    assert await repos.outbox.drafts_of_entry(share.entry_id, w.alice.id) == []
    assert await repos.outbox.shares_of(w.alice.id) == []


async def test_a_thread_whose_record_was_lost_is_still_deleted_with_its_share(
    configured: World,
) -> None:
    """The share and its thread are up, but noting the thread failed: the author is told it
    is shared, and deleting the share still takes the thread (with peers' replies) down."""
    w = configured
    preview = await _preview(w)
    repos = bot_of(w.env).repos
    repos.outbox.record_thread = _database_gone  # pyright: ignore[reportAttributeAccessIssue]
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    assert "Shared in" in posted.response.content
    del repos.outbox.record_thread
    (thread,) = w.channel.threads
    (message,) = posts(w)
    await w.bob.send(thread, "A peer's reply")
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message.id
    assert await repos.audit.kinds("share_posted") == [(None, w.guild.id, "anonymous")]
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert_responded(gone, contains="Share deleted, with its thread", ephemeral=True)
    assert posts(w) == [] and w.channel.threads == []


async def test_a_deleted_share_whose_answer_discord_lost_still_says_it_is_deleted(
    configured: World,
) -> None:
    """Discord loses the final answer of Delete share: the member is told what was done in a
    new private message, not "something went wrong" for a share that is gone."""
    w = configured
    posted = await _posted(w)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    gone = await w.alice.click(posted.response.message, label="Delete share")
    said = [gone.response.content if gone.response else "", *(m.content for m in gone.followups)]
    assert any("Share deleted" in text for text in said), said
    assert not any("went wrong" in text for text in said), said
    assert posts(w) == [] and await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []


@pytest.mark.postgres_too
async def test_a_second_forget_while_a_deletion_is_retried_says_it_is_still_up(
    configured: World,
) -> None:
    """After Discord refused to delete her share, a second /forget does not say "Everything
    is erased": it says what is erased, which post is still up, where, why, and that it is
    retried; the job still names no one in her records, and goes once Discord allows it."""
    w = configured
    await _posted(w)
    (thread,) = w.channel.threads
    (message,) = posts(w)
    w.env.inject_error(
        "DELETE", f"/channels/{thread.id}", status=403, code=50013, message=INJECTED, times=3
    )
    first = await erase_everything(w.alice, w.channel)
    assert "Not everything is gone yet" in first.response.content
    second = await erase_everything(w.alice, w.channel)
    text = second.response.content
    assert "Everything Sparkle held" not in text and "Not everything is gone yet" in text
    assert "Manage Threads" in text and f"<#{w.channel.id}>" in text and "try again" in text
    assert [m.id for m in posts(w)] == [message.id] and len(w.channel.threads) == 1
    repos = bot_of(w.env).repos
    assert (await repos.entries.list_for_author(w.alice.id, limit=10)).items == []
    (job,) = await repos.outbox.problems_in(w.guild.id)
    assert job.state is PostState.DELETING and job.text == "" and job.entry_id is None
    assert await repos.outbox.pending_of(w.alice.id) == []  # not hers: no export, no edit
    exported = await w.alice.slash(w.channel, "export")
    files = {a.filename: await a.read() for a in exported.response.attachments}
    assert json.loads(files["sparkle-export.json"])["shares"] == []
    # Once Discord allows it, the job finishes, and /forget then says everything is gone.
    await w.env.advance_time(10 * 60)
    assert w.channel.threads == [] and posts(w) == []
    third = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in third.response.content
