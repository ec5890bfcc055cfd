"""Deleting what the bot posted: the thread first, then the message, each on its own.

Bulk delete refuses messages older than two weeks, so each post is deleted alone. A post that
is already gone counts as deleted; anything else becomes the reason the user is told.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.models import EntryHeader
from bot.outbox import Landed, PostRecord, PostState
from cogs import _services
from storage.repos import Repositories

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)

NEED_THREADS = (
    "I need the **Manage Threads** permission in <#{channel}> to delete its response thread; "
    "an admin can grant it to my role"
)
NEED_ACCESS = (
    "I can no longer reach <#{channel}>; an admin can give my role **View Channels** and "
    "**Read Message History** there"
)
DISCORD_ERROR = "Discord refused for now ({status})"
# What an admin is asked for, in the words Discord's role settings use.
PERMISSION_WORDS = {
    "view_channel": "View Channels",
    "send_messages": "Send Messages",
    "send_messages_in_threads": "Send Messages in Threads",
    "embed_links": "Embed Links",
    "attach_files": "Attach Files",
    "read_message_history": "Read Message History",
    "create_public_threads": "Create Public Threads",
    "manage_threads": "Manage Threads",
}
_GATES = (
    ("view_channel", frozenset(PERMISSION_WORDS)),
    ("send_messages", frozenset({"embed_links", "attach_files"})),
    ("send_messages_in_threads", frozenset({"embed_links", "attach_files"})),
)
ROLE_NEEDS = "my role needs {rights} in {channel}, which someone with Manage Server can give it"


def lacking(channel: object, *names: str) -> list[str]:
    """Of the permissions `names`, those the bot lacks in `channel`, in Discord's words: empty
    when it has them all, or when the bot cannot tell (a channel it does not know, or one of a
    server on another process's shard, fetched without the server's roles): Discord decides."""
    if not isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        return []
    me = getattr(channel.guild, "me", None)
    if not isinstance(me, discord.Member):
        return []
    perms = channel.permissions_for(me)
    missing = [name for name in names if not getattr(perms, name)]
    # Discord takes every other permission from a bot that may not see the channel, and
    # embeds and files from one that may not send there: only the first is to be given.
    for gate, implied in _GATES:
        if gate in missing:
            missing = [name for name in missing if name == gate or name not in implied]
    return [PERMISSION_WORDS[name] for name in missing]


def role_needs(channel: discord.abc.GuildChannel | discord.Thread, rights: list[str]) -> str:
    """Why Discord refused and who can change it: "my role needs **A** and **B** in
    #channel, which someone with Manage Server can give it"."""
    bold = [f"**{right}**" for right in rights]
    joined = bold[0] if len(bold) == 1 else ", ".join(bold[:-1]) + " and " + bold[-1]
    return ROLE_NEEDS.format(rights=joined, channel=channel.mention)


async def _delete_thread(client: discord.Client, post: PostRecord) -> str | None:
    assert post.thread_id is not None
    try:
        thread = client.get_channel(post.thread_id) or await client.fetch_channel(post.thread_id)
        await thread.delete()  # pyright: ignore[reportAttributeAccessIssue]
    except discord.NotFound:
        return None
    except discord.Forbidden:
        return NEED_THREADS.format(channel=post.channel_id)
    except discord.HTTPException as error:
        return DISCORD_ERROR.format(status=error.status)
    return None


async def delete_post(client: discord.Client, post: PostRecord) -> tuple[bool, str | None]:
    """(thread gone, problem): the problem is None only when the post and thread are gone."""
    if post.thread_id is not None:
        problem = await _delete_thread(client, post)
        if problem is not None:
            log.warning("could not delete the thread of post %s", post.id)
            return False, problem
    if post.channel_id is None or post.message_id is None:
        return True, None
    try:
        await (
            client.get_partial_messageable(post.channel_id)
            .get_partial_message(post.message_id)
            .delete()
        )
    except discord.NotFound:
        pass
    except discord.Forbidden:
        log.warning("could not delete the message of post %s", post.id)
        return True, NEED_ACCESS.format(channel=post.channel_id)
    except discord.HTTPException as error:
        return True, DISCORD_ERROR.format(status=error.status)
    return True, None


async def find_by_ref(client: discord.Client, channel_id: int, ref: str) -> discord.Message | None:
    """The bot's own recent message whose footer carries `ref`: a post whose record was lost.
    A channel this process does not hold (a server on another process's shard) is asked of
    Discord: looking in none would take a post that is up for one never made."""
    try:
        channel = client.get_channel(channel_id) or await client.fetch_channel(channel_id)
    except discord.HTTPException:
        return None
    if not isinstance(channel, discord.abc.Messageable):
        return None
    try:
        async for message in channel.history(limit=100):
            if client.user is None or message.author.id != client.user.id:
                continue
            for embed in message.embeds:
                if embed.footer.text and embed.footer.text.endswith(f"ref {ref}"):
                    return message
    except discord.HTTPException:
        return None
    return None


async def made_anyway(
    client: discord.Client, error: discord.HTTPException, channel_id: int, ref: str
) -> discord.Message | None:
    """The message a send that failed with `error` made all the same: a 5xx may come after
    Discord made it (its answer lost), so it is looked for by its ref; a refusal made none."""
    if isinstance(error, discord.Forbidden):
        return None
    return await find_by_ref(client, channel_id, ref)


async def take_down(
    bot: SparkleBot, posts: list[PostRecord], *, actor_id: int | None
) -> list[PostRecord]:
    """Delete posts through the outbox (retried later if refused); returns what is still up."""
    outbox = _services.find(bot, _services.Outbox)
    assert outbox is not None, "the outbox cog is loaded with the bot"
    if not posts:
        return []
    return await outbox.delete_now(posts, actor_id=actor_id)


async def after_landing(
    bot: SparkleBot, post: PostRecord, landed: Landed, channel_id: int, message_id: int
) -> None:
    """What a sender does once its message is recorded (`record_sent`): nothing; a rebuild
    of a summary that quoted someone erased during its send; or, when its author deleted the
    post during the send (or its claim was taken over and no row holds the
    message), delete the message at once, as a recorded deletion job that is retried."""
    repos: Repositories = bot.repos
    if landed is Landed.RECORDED:
        return
    if landed is Landed.REFRESH:  # a summary that quotes someone erased during its send
        summaries = _services.find(bot, _services.Summaries)
        stale = await repos.outbox.get(post.id)
        if summaries is not None and stale is not None:
            await summaries.refresh(stale)  # a refusal is retried by the outbox loop
        return
    if landed is Landed.ORPHAN:
        job = await repos.outbox.get(await repos.outbox.adopt_orphan(post, channel_id, message_id))
    else:
        job = await repos.outbox.get(post.id)
    if job is not None:
        await take_down(bot, [job], actor_id=None)


async def rebuild_summaries_of(bot: SparkleBot, entry: EntryHeader) -> None:
    """After a change to an entry that counts in the weekly summary (an edit, an approval of
    its excerpts), whose transaction also marked the posted summaries of its week for a
    rebuild: rebuild them now. A refusal, a failure or a restart here leaves the stored job
    to the outbox loop, which retries it until done."""
    summaries = _services.find(bot, _services.Summaries)
    counted = entry.consent_summary and not entry.is_draft and entry.guild_id is not None
    if summaries is None or not counted or entry.guild_id is None:
        return
    try:
        marked = await summaries.touched_by([(entry.guild_id, entry.created_at)])
        if marked:
            await summaries.refresh_after_erasure(marked)
    except Exception:
        log.exception("rebuilding the summaries of entry %s did not finish; retried", entry.id)
        wake_outbox(bot)


async def take_down_erased(
    bot: SparkleBot, posts: list[int], rebuild: list[int], *, actor_id: int | None
) -> list[PostRecord]:
    """Discord's part of a deletion or erasure, after the database's: the posts deleted and
    the summaries that quoted them rebuilt. Each is a stored job already, so what fails here
    (or a restart) is finished by the outbox loop; it is returned as still to do."""
    repos: Repositories = bot.repos
    try:
        left = await take_down(bot, await repos.outbox.by_ids(posts), actor_id=actor_id)
        summaries = _services.find(bot, _services.Summaries)
        if rebuild and summaries is not None:
            await summaries.refresh_after_erasure(rebuild)
    except Exception:
        log.exception("a deletion's part on Discord did not finish; the outbox retries")
        wake_outbox(bot)
        return [
            p
            for p in await repos.outbox.by_ids(posts)
            if p.state in (PostState.DELETING, PostState.SENDING)
        ]
    return left


def wake_outbox(bot: SparkleBot) -> None:
    outbox = _services.find(bot, _services.Outbox)
    if outbox is not None:
        outbox.wake()
