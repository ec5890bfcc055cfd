"""/share: an anonymized preview, then, only on the author's confirmation, a post and a thread."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import discord
from discord import app_commands, ui

from bot.conversation.blank import is_blank, shown_or_none
from bot.inert import as_typed, markdown_escaped
from bot.limits import clip
from bot.models import EntryRecord, EntryStatus
from bot.outbox import (
    Landed,
    PostKind,
    PostRecord,
    PostState,
    SharedMeanwhile,
    footer,
    remaining_text,
)
from bot.privacy import kept_words
from bot.share import (
    SHARE_TEXT_MAX,
    as_posted,
    edit_redacted,
    editable,
    kept_words_note,
    preview_digest,
    redacted_again,
    share_preview,
    share_title,
    shown_again,
)
from cogs._autocomplete import chosen_entry, entries_offered, no_such_entry
from cogs._buttons import EntryKey, ShareEntry, on_entry
from cogs._interactions import (
    BoundCog,
    Button,
    Handler,
    Interaction,
    Key,
    Select,
    Submitted,
    answering,
    chosen_id,
    form,
    long_text,
    not_available,
    refused,
    reply_privately,
    report_done,
    tell_done,
    view,
)
from cogs._posts import (
    PERMISSION_WORDS,
    after_landing,
    lacking,
    made_anyway,
    role_needs,
    take_down,
    wake_outbox,
)
from cogs._render import ACCENT, NOT_AVAILABLE
from cogs._round_ui import key_question_button, needs_agreement, round_embed, round_view
from cogs._servers import (
    is_member,
    on_another_shard,
    server,
    server_options,
    shared_servers,
    shown_name,
)

if TYPE_CHECKING:
    from bot.app import SparkleBot
    from storage.repos import Repositories

log = logging.getLogger(__name__)

# What Discord asks of a bot that opens a thread on its own post.
THREAD_ON_POST = ("create_public_threads", "read_message_history")
# What it asks of a bot that posts a share (embeds only: without Embed Links, nothing shows).
SHARE_POST = ("view_channel", "send_messages", "embed_links")
# The edit form's limit, held on submit too (a tampered client is not held to it): a longer
# text was cut silently before it was previewed.
SHARE_TEXT_TOO_LONG = (
    f"The text to share can be at most {SHARE_TEXT_MAX:,} characters. Nothing changed: your "
    "preview is as it was."
)


def cannot_post(channel: discord.TextChannel, rights: list[str]) -> str:
    """A share Discord refuses, or would: which permission is missing, and nothing lost."""
    return (
        f"I can't post in {channel.mention}: {role_needs(channel, rights)}. Nothing was "
        "posted; your preview is kept, so you can try again once it is given."
    )


KEY_QUESTION_LABEL = "What I would like from the group"  # on a preview with a key question
EXPIRED = (
    "This preview has expired. Run `/share` again; use `/forget` or `/entries` to delete "
    "an earlier share."
)
# A preview's form whose text is already the preview's (the same form submitted twice, after
# Discord lost the answer to the first): nothing is written again.
ALREADY_SAVED = (
    "**Already saved.** This form reached me twice, or changed nothing: your preview is as "
    "shown. Nothing is posted until you choose."
)
CANNOT_VIEW = (
    "You can't see {channel}, so you can't share into it. Ask someone with Manage Server "
    "for access."
)
DELETED_WHILE_POSTING = (
    "This share was deleted while it was being posted (with Delete share, by deleting its "
    "entry, or by /forget), so it is not kept: it was deleted as soon as it was posted (or "
    "never posted at all)."
)
# A send so slow that the repair took its claim over: its late message is deleted.
TAKEN_BACK = (
    "Discord took too long to post this, so I took it back: nothing of it stays posted. Your "
    "preview is kept: choose **Post anonymously** or **Post with my name** again."
)
# A post click that lost to another preview of the same entry confirmed at the same time.
POSTED_MEANWHILE = (
    "**Not posted.** This entry was shared here meanwhile, from another preview: {link}. "
    "Nothing was posted from this one, so it is up once; this preview is kept, if you do "
    "want a second post."
)
SENDING_MEANWHILE = (
    "**Not posted.** This entry is being posted in {channel} right now, from another preview "
    "confirmed at the same time, so nothing was posted from this one: it goes up once. This "
    "preview is kept. To take that post back, choose **Delete share**."
)
DELETED_MEANWHILE = (
    "**Not posted.** This entry was being shared from another preview at the same time, "
    "and that share was deleted meanwhile. Nothing was posted from this one; this preview is "
    "kept: choose **Post anonymously** or **Post with my name** again to post it."
)
NO_SHARED_SERVER = (
    "You don't share a server with Sparkle, so there is no consultation group to share this "
    "with yet. Once Sparkle is in your group's server, `/share` offers it here."
)
DISCORD_REFUSED = (
    "Discord didn't take the post just now (it answered {status}). Nothing was posted; your "
    "preview is kept, so you can click the same button again in a minute."
)
BOT_NOT_IN_SERVER = (
    "Sparkle is no longer in that server, so there is nowhere to post this. Nothing was "
    "posted; your preview is kept, and works again if Sparkle is added back."
)
CHANNEL_GONE = (
    "The consultation channel chosen for this server ({channel}) no longer exists, so there "
    "is nowhere to share. Nothing was posted. Someone with the **Manage Server** permission "
    "can choose another with `/setup channels`."
)
CANNOT_POST_UNSEEN = (
    "I can't post in {channel}: my role needs **View Channels** there, which someone with "
    "Manage Server can give it. Nothing was posted."
)
NO_CHANNEL = (
    "This server has no consultation channel yet, so there is nowhere to share. Someone with "
    "the **Manage Server** permission can choose one with `/setup channels`."
)
# The same, asked from a DM (or another server): "this server" would name none, or the wrong one.
NO_CHANNEL_THERE = (
    "**{server}** has no consultation channel yet, so there is nowhere to share. Someone "
    "there with the **Manage Server** permission can choose one with `/setup channels`."
)


@dataclass(frozen=True)
class PreviewKey(Key):
    """The stored preview (an outbox row) a button acts on."""

    post: int


class PreviewButton(Button[PreviewKey], template=r"(?!)"):
    """A preview's action, ``sk:shp:<action>:<preview>``. Subclasses set `action`."""

    action: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        cls.key_type = type(f"{cls.__name__}Key", (PreviewKey,), {"prefix": f"shp:{cls.action}"})
        super().__init_subclass__(**kwargs)

    @classmethod
    def of(
        cls, post_id: int, label: str, style: discord.ButtonStyle = discord.ButtonStyle.secondary
    ) -> PreviewButton:
        return cls(cls.key_type(post_id), label=label, style=style)  # pyright: ignore[reportCallIssue, reportArgumentType]


class PostAnonymously(PreviewButton):
    """As sent before the post buttons carried what their preview showed."""

    action = "post"


class PostNamed(PreviewButton):
    action = "named"


@dataclass(frozen=True)
class ShownPreviewKey(Key):
    """The stored preview a post button acts on, and the digest of the text and key question
    its message showed (`preview_digest`)."""

    post: int
    shown: int


class ShownPreviewButton(Button[ShownPreviewKey], template=r"(?!)"):
    """A post button, ``sk:shv:<action>:<preview>:<shown>``. Subclasses set `action`."""

    action: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        cls.key_type = type(
            f"{cls.__name__}Key", (ShownPreviewKey,), {"prefix": f"shv:{cls.action}"}
        )
        super().__init_subclass__(**kwargs)

    @classmethod
    def of(
        cls, post_id: int, shown: int, label: str, style: discord.ButtonStyle
    ) -> ShownPreviewButton:
        return cls(cls.key_type(post_id, shown), label=label, style=style)  # pyright: ignore[reportCallIssue, reportArgumentType]


class PostShownAnonymously(ShownPreviewButton):
    action = "post"


class PostShownNamed(ShownPreviewButton):
    action = "named"


class EditPreview(PreviewButton):
    action = "edit"


class CancelPreview(PreviewButton):
    action = "cancel"


class DeleteShare(PreviewButton):
    """On the confirmation of a posted share: deletes it, with its thread."""

    action = "del"


class OldShareKey(Key, prefix="shr"):
    action: str
    a: int
    b: int


class OldShareButton(Button[OldShareKey]):
    """Buttons on previews made before each preview was stored: they only say to start again."""


class ServerPickKey(Key, prefix="shrg"):
    entry: int


class ServerPicker(Select[ServerPickKey]):
    """From a DM: which server to share to."""

    placeholder = "Share to which server?"


class ShareEditKey(Key, prefix="shredit"):
    post: int


@dataclass(frozen=True)
class Checked:
    """A post click whose preview showed what is stored: the ids of the entry's posts in
    this server it was checked against (None: a button too old to carry what it showed), and
    the name its preview said **Post with my name** signs with (None: not checked)."""

    known: frozenset[int] | None
    signer: str | None = None


# Gets the clicker's preview, and the button clicked or the form submitted.
PreviewHandler = Callable[[Any, PostRecord, Any], Awaitable[None]]


NOT_POSTED_REDACTED_AGAIN = (
    "**Not posted.** As it was about to be posted, your text was checked for identifiers "
    "once more and more were found, so nothing was posted. Here it is as it would be posted, "
    "with them replaced: post it from here if it is what you want to share, or edit it."
)


def _preview_embed(title: str, text: str, author: str | None, ref: str | None) -> discord.Embed:
    embed = discord.Embed(title=title, description=text, colour=ACCENT)
    who = clip(author, 100) if author else None
    embed.set_footer(text=footer(who, ref))
    return embed


async def posted_share_embed(post: PostRecord) -> discord.Embed | None:
    """The share's own part of its post, made again from its stored row as it was posted
    (`_post`: its text redacted at the door), for an update of the round that cannot read
    the post (the bot's role lacks Read Message History), signed with the name it was posted
    under (`PostRecord.signer`); None for a share posted with its author's name before that
    name was kept."""
    if not post.anonymous and not post.signer:
        return None
    text = clip(await asyncio.to_thread(redacted_again, post.text), SHARE_TEXT_MAX)
    return _preview_embed(post.title, text, None if post.anonymous else post.signer, post.ref)


def _kept_line(words: list[str]) -> str:
    """The preview's note on words kept as ordinary words, on its own line (or nothing)."""
    note = kept_words_note([markdown_escaped(w) for w in words])
    return f"\n{note}" if note else ""


async def earlier_shares(
    repos: Repositories, entry_id: int | None, author_id: int, guild_id: int
) -> list[PostRecord]:
    """The author's posts of this entry that are up in this server, oldest first."""
    if entry_id is None:
        return []
    return [
        p
        for p in await repos.outbox.shares_of_entry(entry_id, author_id)
        if p.kind is PostKind.SHARE and p.guild_id == guild_id and p.message_id
    ]


def shared_before_line(earlier: Sequence[PostRecord]) -> str:
    """The preview's note that this entry is up in this server already (or nothing): a
    member back at an old recap or /share is not left to post the same entry twice unawares."""
    if not earlier:
        return ""
    return (
        f"\nYou shared this entry here already: {_jump(earlier[-1])}. Posting this adds "
        "another post; **Cancel** if you meant that one."
    )


async def consultation_channel(repos: Repositories, guild_id: int) -> int | None:
    """Where a share of this server is posted now."""
    return (await repos.servers.get(guild_id)).consultation_channel_id


def preview_view(
    post_id: int,
    text: str,
    key_question: str | None,
    earlier: Sequence[PostRecord],
    channel: int | None,
    signer: str | None,
) -> ui.View:
    """A preview's buttons; the post buttons carry the digest of the text and key question
    shown with them, of the earlier post of the entry its note names (`earlier`, as
    `shared_before_line` was given it) and of the consultation channel when it was shown;
    **Post with my name** also of the name `signed_line` said it signs with (`signer`)."""
    latest = earlier[-1].id if earlier else None
    shown = preview_digest(text, key_question, latest, channel)
    named = preview_digest(text, key_question, latest, channel, signer or "")
    return view(
        PostShownAnonymously.of(post_id, shown, "Post anonymously", discord.ButtonStyle.primary),
        PostShownNamed.of(post_id, named, "Post with my name", discord.ButtonStyle.secondary),
        EditPreview.of(post_id, "Edit text", discord.ButtonStyle.secondary),
        CancelPreview.of(post_id, "Cancel", discord.ButtonStyle.danger),
        key_question_button(post_id),
    )


def preview_embed(title: str, text: str, key_question: str | None) -> discord.Embed:
    """A preview as it will be posted: its text, and the key question when there is one."""
    embed = _preview_embed(title, text, None, None)
    if key_question:
        embed.add_field(name=KEY_QUESTION_LABEL, value=key_question)
    return embed


def name_shown(user: discord.abc.User) -> str:
    """The name to sign with for the group: her display name (in a server, its nickname if
    she has one there); when that shows nothing (only invisible or blank characters), her
    account's display name, else her username, which Discord keeps to visible characters."""
    for name in (user.display_name, user.global_name or ""):
        if not is_blank(name):
            return name
    return user.name


async def name_in(interaction: Interaction, guild: discord.Guild) -> str:
    """The name the group knows the member by: her display name in that server (its
    nickname, if she has one there), also when she shares from a DM, where Discord gives
    only her account's own name (`name_shown`). **Post with my name** signs with it."""
    user = interaction.user
    if isinstance(user, discord.Member) and user.guild.id == guild.id:
        return name_shown(user)
    try:
        member = guild.get_member(user.id) or await guild.fetch_member(user.id)
    except discord.HTTPException:
        return name_shown(user)
    return name_shown(member)


async def _channel_of(
    bot: SparkleBot, guild: discord.Guild, channel_id: int | None
) -> object | None:
    """The server's channel: from this process's cache or, for a server on another process's
    shard (`server` fetched it, with its roles, so that a member's permissions there can be
    worked out), asked of Discord; None when there is none."""
    if channel_id is None:
        return None
    channel = guild.get_channel(channel_id)
    if channel is not None or not on_another_shard(bot, guild.id):
        return channel
    try:
        return await guild.fetch_channel(channel_id)
    except discord.NotFound:
        return None


async def _answer_first_from_dm(interaction: Interaction) -> None:
    """From a DM, answer Discord ("thinking") before asking it anything: which server, whether
    she is a member there, her name and what she may see there are each a request, which
    together may outlast the 3 seconds Discord allows for a first answer. In a server, she
    is a member and Discord gave all that with the interaction: nothing to ask."""
    if interaction.guild_id is None and not interaction.response.is_done():
        await interaction.response.defer(ephemeral=True, thinking=True)


async def signer_in(interaction: Interaction, guild_id: int) -> str | None:
    """The name **Post with my name** signs with in that server now (`name_in`), as posted;
    None when the server is gone. A server on another process's shard is asked of Discord."""
    guild = await server(interaction.client, guild_id)
    if guild is None:
        return None
    return clip(await name_in(interaction, guild), 100)


def signed_line(signer: str | None) -> str:
    """The preview's line naming what **Post with my name** signs it with (`signer_in`; nothing
    when the server is gone): the author sees her name before she chooses it, and the button
    posts only under that name (`preview_view`)."""
    if signer is None:
        return ""
    return f"\n**Post with my name** signs it as **{as_typed(signer)}**, your name in that server."


def _showed_name(interaction: Interaction, signer: str) -> bool:
    """Whether the message clicked said **Post with my name** signs with `signer`
    (`signed_line`): what an older button's preview showed, as Discord gives it back."""
    message = interaction.message
    return message is not None and signed_line(signer).strip() in message.content


def _jump(post: PostRecord) -> str:
    return f"https://discord.com/channels/{post.guild_id}/{post.channel_id}/{post.message_id}"


async def already_answered(interaction: Interaction, post: PostRecord) -> None:
    """Any click on a preview of hers that is no longer a draft (posted, being posted or
    deleted), from any of its buttons: one post per preview, always (and an edit typed in a
    form of it is shown back: the click was hers, nothing is lost)."""
    if post.state is PostState.POSTED:
        text = f"This preview was already posted: {_jump(post)}"
    elif post.state is PostState.SENDING:
        text = (
            "This preview is being posted already; it will be posted only once. To take "
            "it back, choose **Delete share**: it is deleted as soon as it is posted."
        )
        delete = view(DeleteShare.of(post.id, "Delete share"))
        await refused(interaction, text, view=delete)
        return
    else:
        text = "This share was deleted."
    await refused(interaction, text)


class Sharing(BoundCog):
    def handlers(self) -> Mapping[type, Handler]:
        return {
            ShareEntry: on_entry(self.bot, self.on_share_button),
            ServerPicker: self.on_server_picked,
            PostAnonymously: self._on_draft(self._post_anonymously),
            PostNamed: self._on_draft(self._post_named),
            PostShownAnonymously: self._on_draft(self._post_anonymously),
            PostShownNamed: self._on_draft(self._post_named),
            EditPreview: self._on_draft(self._open_editor),
            CancelPreview: self._on_draft(self._cancel),
            DeleteShare: self.on_delete_share,
            OldShareButton: self.on_old_button,
            ShareEditKey: self._on_draft(self.on_edited),
        }

    @app_commands.command(
        name="share",
        description="Share one of your entries with your group, anonymized, after a preview",
    )
    @app_commands.describe(entry="One of your finished entries")
    @app_commands.autocomplete(entry=entries_offered(status=EntryStatus.COMPLETE))
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    @app_commands.allowed_installs(guilds=True, users=False)
    async def share(self, interaction: Interaction, entry: str) -> None:
        record = await chosen_entry(
            self.repos, interaction.user.id, entry, status=EntryStatus.COMPLETE
        )
        if record is None:
            await no_such_entry(interaction, entry)
            return
        await self.on_share_button(interaction, record)

    async def on_share_button(
        self, interaction: Interaction, entry: EntryRecord, _: EntryKey | None = None
    ) -> None:
        if entry.is_draft:
            await interaction.response.send_message(
                "Finish this entry before sharing it.", ephemeral=True
            )
            return
        if interaction.guild_id is not None:
            await self.preview_for(interaction, entry.id, interaction.guild_id)
            return
        await self._ask_server(interaction, entry)

    async def _ask_server(self, interaction: Interaction, entry: EntryRecord) -> None:
        """From a DM: offer the servers the author shares with Sparkle, the entry's own first
        (a practitioner who only ever wrote in a DM is offered them too). With exactly one,
        there is nothing to pick: its preview is shown at once (still posted only on her
        confirm).

        Discord is answered first: which servers she is in is asked of Discord one server at
        a time, which outlasts its 3 seconds for a bot in a few dozen servers."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        # A DM arrives on shard 0: her servers on other processes' shards are offered too.
        guilds = await shared_servers(self.bot, interaction.user.id, other_shards=True)
        guilds.sort(key=lambda g: g.id != entry.guild_id)
        if not guilds:
            await reply_privately(interaction, NO_SHARED_SERVER)
            return
        if len(guilds) == 1:
            await self.preview_for(interaction, entry.id, guilds[0].id)
            return
        picker = ServerPicker(ServerPickKey(entry.id), server_options(guilds))
        await reply_privately(interaction, "Share to which server?", view=view(picker))

    async def on_server_picked(self, interaction: Interaction, picker: ServerPicker) -> None:
        guild_id = chosen_id(picker.value) or 0
        await self.preview_for(interaction, picker.key.entry, guild_id)

    async def preview_for(self, interaction: Interaction, entry_id: int, guild_id: int) -> None:
        async with answering(interaction):
            await _answer_first_from_dm(interaction)
            entry = await self.repos.entries.get(entry_id, interaction.user.id)
            guild = await server(self.bot, guild_id)
            if entry is None or guild is None or not await self._may_post(interaction, guild):
                await not_available(interaction)
                return
            settings = await self.repos.servers.get(guild_id)
            channel_id = settings.consultation_channel_id
            usable = await self._usable_channel(interaction, guild, channel_id)
            if isinstance(usable, str):
                await reply_privately(interaction, usable)
                return
            if await needs_agreement(interaction, guild_id):
                return
            # Answer Discord first (unless answered already, from a DM: `_ask_server`):
            # anonymizing may take a moment and storing may wait.
            if not interaction.response.is_done():
                await interaction.response.defer(ephemeral=True, thinking=True)
            script = await self.bot.scripts.for_entry(entry)
            text, kept = await asyncio.to_thread(share_preview, script, entry.answers)
            title = await asyncio.to_thread(share_title, script, entry.answers)
            # The preview is stored: a confirm posts exactly this, never what a client echoes back.
            draft = await self.repos.outbox.draft_share(
                author_id=interaction.user.id,
                entry_id=entry.id,
                guild_id=guild_id,
                title=title,
                text=text,
            )
            earlier = await earlier_shares(self.repos, entry.id, interaction.user.id, guild_id)
            # from a DM, the channel's server is named: it is not where she is
            where = "" if interaction.guild_id else f" on **{as_typed(clip(guild.name, 100))}**"
            signer = await signer_in(interaction, guild_id)
            await reply_privately(
                interaction,
                f"**Preview**: this is exactly what will be posted in "
                f"<#{settings.consultation_channel_id}>{where}, with identifiers replaced. "
                "Nothing is posted until you choose."
                + signed_line(signer)
                + _kept_line(kept)
                + shared_before_line(earlier),
                embed=_preview_embed(title, text, None, None),
                view=preview_view(draft.id, text, None, earlier, channel_id, signer),
            )

    # -- a preview's buttons: each finds the clicker's own stored preview ----------------------

    def _on_draft(self, handler: PreviewHandler) -> Handler:
        """A handler of a preview's button or form, given the clicker's preview while it is
        still a draft."""

        async def answer(interaction: Interaction, source: PreviewButton | Submitted[Any]) -> None:
            post = await self.repos.outbox.owned(source.key.post, interaction.user.id)
            if post is None:
                await not_available(interaction)
            elif post.state is not PostState.DRAFT:
                await already_answered(interaction, post)
            else:
                await handler(interaction, post, source)

        return answer

    async def _post_anonymously(
        self, interaction: Interaction, post: PostRecord, button: object
    ) -> None:
        await _answer_first_from_dm(interaction)
        if (checked := await self._shown(interaction, post, button)) is not None:
            await self._post(interaction, post, named=False, known=checked.known)

    async def _post_named(self, interaction: Interaction, post: PostRecord, button: object) -> None:
        await _answer_first_from_dm(interaction)
        if (checked := await self._shown(interaction, post, button)) is not None:
            await self._post(
                interaction, post, named=True, known=checked.known, signer=checked.signer
            )

    async def _shown(
        self, interaction: Interaction, post: PostRecord, button: object
    ) -> Checked | None:
        """Whether the clicked message showed the preview as it is stored now, and the entry's
        posts in this server as they are now (what it was checked against: `Checked`); if not
        (it was edited, or given a key question, from another message since, or the entry was
        posted from another preview meanwhile, or, for **Post with my name**, her name in the
        server changed), say so and show it as it is now, posting nothing (None). Buttons sent
        before they carried the text are not checked for it; a **Post with my name** sent
        before its digest carried the name is checked against the name its message showed
        (`_showed_name`), and one whose message showed none posts nothing either."""
        named = isinstance(button, PostNamed | PostShownNamed)
        if not isinstance(button, ShownPreviewButton) and not named:
            return Checked(None)
        question = await self._key_question(post.id)
        earlier = await earlier_shares(
            self.repos, post.entry_id, interaction.user.id, post.guild_id
        )
        channel = await consultation_channel(self.repos, post.guild_id)
        signer = await signer_in(interaction, post.guild_id)
        signed = (signer or "") if named else None
        latest = earlier[-1].id if earlier else None
        shown: int | None = None
        unsigned: Checked | None = None  # its text checked (or too old to be), not its name
        if isinstance(button, ShownPreviewButton):
            shown = button.key.shown
            if shown == preview_digest(post.text, question, latest, channel, signed):
                return Checked(frozenset(p.id for p in earlier), signer if named else None)
            if latest is None and shown == preview_digest(post.text, question):
                # a button sent before its digest named the channel and the name: as it did then
                unsigned = Checked(frozenset())
            elif named and shown == preview_digest(post.text, question, latest, channel):
                # sent before its digest named the name: the rest of what it showed holds
                unsigned = Checked(frozenset(p.id for p in earlier))
        else:
            unsigned = Checked(None)  # sent before the buttons carried what they showed
        if unsigned is not None and not named:
            return unsigned
        if unsigned is not None:
            guild = await server(self.bot, post.guild_id)
            if guild is None or not await self._may_post(interaction, guild):
                return unsigned  # refused by `_post`, as any click there is
            if signer is not None and _showed_name(interaction, signer):
                return Checked(unsigned.known, signer)
            said = (
                "**Not posted.** This preview did not show the name **Post with my name** "
                "signs with now (it was shown by an earlier version of the bot, or your name "
                "in that server changed since), so nothing was posted. Here it is as it is "
                "now: post it from here if it is what you want to share."
            )
        elif earlier and shown in (
            preview_digest(post.text, question, None, channel, signed),
            preview_digest(post.text, question),
        ):
            said = (
                "**Not posted.** This entry was shared here meanwhile, from another preview, "
                "so nothing was posted."
            )
        else:
            where = f", to be posted in <#{channel}>" if channel else ""
            name = ", your name in that server changed" if named else ""
            said = (
                "**Not posted.** This preview was changed after this message was shown (in "
                f"another message){name}, or this server's consultation channel was changed "
                f"since, so nothing was posted. Here it is as it is now{where}: post it from "
                "here if it is what you want to share."
            )
        await reply_privately(
            interaction,
            said + signed_line(signer) + shared_before_line(earlier),
            embed=preview_embed(post.title, post.text, question),
            view=preview_view(post.id, post.text, question, earlier, channel, signer),
        )
        return None

    async def _key_question(self, post_id: int) -> str | None:
        record = await self.repos.round.get(post_id)
        # one stored showing nothing (by an older version) is shown as none: no label over it
        return shown_or_none(record.key_question) if record is not None else None

    async def _open_editor(self, interaction: Interaction, post: PostRecord, _: object) -> None:
        await interaction.response.send_modal(self._edit_modal(post))

    async def _cancel(self, interaction: Interaction, post: PostRecord, _: object) -> None:
        await interaction.response.defer()  # the write may wait: answer Discord first
        if await self._discarded(interaction, post):
            await report_done(interaction, "Not shared.", clear_embed=True)

    async def _discarded(self, interaction: Interaction, post: PostRecord) -> bool:
        """Discard the member's preview; False (after saying so) if it is no longer a draft:
        a click elsewhere (another instance, while this write waited) claimed it for posting.
        A preview gone already was not shared either."""
        user_id = interaction.user.id
        if await self.repos.outbox.discard_draft(post.id, user_id):
            return True
        now = await self.repos.outbox.owned(post.id, user_id)
        if now is None or now.state is PostState.DELETING:
            return True
        if now.state is PostState.POSTED:
            text = f"This preview was posted meanwhile: {_jump(now)}"
        else:
            text = (
                "This preview is being posted right now, so it was not cancelled; it is "
                "posted only once. Choose **Delete share** in a moment to delete it."
            )
        await tell_done(interaction, text, view=view(DeleteShare.of(post.id, "Delete share")))
        return False

    async def on_delete_share(self, interaction: Interaction, button: DeleteShare) -> None:
        post = await self.repos.outbox.owned(button.key.post, interaction.user.id)
        if post is None:
            await not_available(interaction)
            return
        await self._delete_share(interaction, post)

    async def on_old_button(self, interaction: Interaction, button: OldShareButton) -> None:
        await interaction.response.send_message(EXPIRED, ephemeral=True)

    def _edit_modal(self, post: PostRecord) -> ui.Modal:
        return form(
            ShareEditKey(post.id),
            "Edit the shared text",
            long_text(
                "text",
                "Text to share",
                limit=SHARE_TEXT_MAX,
                default=editable(post.text),  # her words as typed, the labels plain
                hint="Identifiers are replaced again before anything is posted.",
            ),
        )

    async def on_edited(
        self, interaction: Interaction, post: PostRecord, form: Submitted[ShareEditKey]
    ) -> None:
        typed = form.typed("text")
        if not typed:
            await reply_privately(
                interaction,
                "The edited text was empty (or showed nothing), so there is nothing to share "
                "in it. Your preview is unchanged: post it, edit it again or cancel it.",
            )
            return
        if len(typed) > SHARE_TEXT_MAX:  # a form only promises its limit
            await refused(interaction, SHARE_TEXT_TOO_LONG)  # with what was typed, given back
            return
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        redacted = await asyncio.to_thread(edit_redacted, typed, post.text)
        # the labels she left bold again, her words closed in themselves, as first shown
        text = clip(shown_again(redacted, post.text), SHARE_TEXT_MAX) or "(empty)"
        # and as the door will post it: her words are read together with the labels there
        text = await asyncio.to_thread(as_posted, text)
        kept = kept_words(typed, redacted=redacted)
        if typed == editable(post.text) or text == post.text:  # saved unchanged, or twice
            said, text = ALREADY_SAVED, post.text  # nothing written: the preview as it is
        elif not await self.repos.outbox.edit_draft(post.id, interaction.user.id, post.title, text):
            # posted, cancelled or erased (/forget) since the draft was read: say which
            now = await self.repos.outbox.owned(post.id, interaction.user.id)
            if now is None or now.state is PostState.DRAFT:
                await not_available(interaction)
            else:
                await already_answered(interaction, now)
            return
        else:
            said = (
                "**Preview of your edited text**, with identifiers replaced again. Nothing is "
                "posted until you choose."
            )
        question = await self._key_question(post.id)
        earlier = await earlier_shares(
            self.repos, post.entry_id, interaction.user.id, post.guild_id
        )
        channel = await consultation_channel(self.repos, post.guild_id)
        signer = await signer_in(interaction, post.guild_id)
        await reply_privately(
            interaction,
            said + signed_line(signer) + _kept_line(kept) + shared_before_line(earlier),
            embed=preview_embed(post.title, text, question),
            view=preview_view(post.id, text, question, earlier, channel, signer),
        )

    async def _may_post(self, interaction: Interaction, guild: discord.Guild) -> bool:
        """Only members of a server may share into it, whatever the custom id says."""
        return interaction.guild_id == guild.id or await is_member(guild, interaction.user.id)

    async def _usable_channel(
        self, interaction: Interaction, guild: discord.Guild, channel_id: int | None
    ) -> discord.TextChannel | str:
        """The channel this member may share into, or why not (there is none, or they can't
        see it). In a server on another process's shard, the channel and her roles are asked
        of Discord (`_channel_of`); the bot's own permissions there are left to Discord."""
        if channel_id is None:
            if interaction.guild_id == guild.id:
                return NO_CHANNEL
            return NO_CHANNEL_THERE.format(server=shown_name(guild))
        try:
            channel = await _channel_of(self.bot, guild, channel_id)
        except discord.Forbidden:  # on another process's shard: the bot may not see it
            return CANNOT_POST_UNSEEN.format(channel=f"<#{channel_id}>")
        if not isinstance(channel, discord.TextChannel):  # deleted on Discord since /setup
            return CHANNEL_GONE.format(channel=f"<#{channel_id}>")
        member = interaction.user if isinstance(interaction.user, discord.Member) else None
        if member is None or member.guild.id != guild.id:
            try:
                member = guild.get_member(interaction.user.id) or await guild.fetch_member(
                    interaction.user.id
                )
            except discord.NotFound:
                return NOT_AVAILABLE
        if channel.permissions_for(member).view_channel:
            return channel
        return CANNOT_VIEW.format(channel=channel.mention)

    async def _post(
        self,
        interaction: Interaction,
        post: PostRecord,
        *,
        named: bool,
        known: frozenset[int] | None = None,
        signer: str | None = None,
    ) -> None:
        settings = await self.repos.servers.get(post.guild_id)
        guild = await server(self.bot, post.guild_id)
        if guild is None:  # her own preview (`_on_draft`): the bot was removed from there
            await reply_privately(interaction, BOT_NOT_IN_SERVER)
            return
        if not await self._may_post(interaction, guild):  # as for an id that does not exist
            await not_available(interaction)
            return
        channel = await self._usable_channel(interaction, guild, settings.consultation_channel_id)
        if isinstance(channel, str):
            await reply_privately(interaction, channel)
            return
        rights = lacking(channel, *SHARE_POST)
        if rights:  # Discord would refuse it (or show it empty, without Embed Links)
            await reply_privately(interaction, cannot_post(channel, rights))
            return
        user_id = interaction.user.id
        if not interaction.response.is_done():  # from a DM, answered first already
            await interaction.response.defer(ephemeral=True, thinking=True)  # the claim may wait
        # Anonymized once more at the door: whatever the preview held, identifiers never leave,
        # and what this pass would change is shown to her first, not posted.
        # (as the door's pass leaves it when read again: shown, it is posted at the next click)
        text = await asyncio.to_thread(as_posted, post.text)
        if text != post.text:
            await self._shown_again_first(interaction, post, text)
            return
        # signed as its preview said (`_shown`), or, for a button too old to carry the name,
        # with her name now
        author = (signer or await name_in(interaction, guild)) if named else None
        claim = await self.repos.outbox.claim_share(
            post.id,
            user_id,
            channel_id=channel.id,
            anonymous=not named,
            known=known,
            signer=author,
        )
        if isinstance(claim, SharedMeanwhile):  # another preview of the entry won: it is up once
            await self._shared_meanwhile(interaction, claim.post_id, channel)
            return
        if claim is None:
            now = await self.repos.outbox.owned(post.id, user_id)
            await already_answered(interaction, now or post)
            return
        await self.repos.round.start(post.id)
        round_now = await self.repos.round.get(post.id)
        assert round_now is not None
        minutes = await self.repos.round.minutes(post.guild_id)
        if not await self.repos.outbox.proceed(post.id, claim):
            now = await self.repos.outbox.owned(post.id, user_id)
            if now is None:
                said = DELETED_WHILE_POSTING
            elif now.state is PostState.DRAFT:  # taken back by the repair: a preview again
                said = TAKEN_BACK
            else:  # its claim was taken over: another send has it
                await already_answered(interaction, now)
                return
            await tell_done(interaction, said)
            return
        try:
            message = await channel.send(
                embeds=[
                    _preview_embed(post.title, text, author, post.ref),
                    round_embed(round_now, minutes),
                ],
                view=round_view(round_now),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.Forbidden:
            await self.repos.outbox.release(post.id, claim)
            rights = lacking(channel, *SHARE_POST) or [PERMISSION_WORDS[n] for n in SHARE_POST]
            await tell_done(interaction, cannot_post(channel, rights))
            return
        except discord.HTTPException as error:
            # made all the same? then a click again never posts it twice
            found = await made_anyway(self.bot, error, channel.id, post.ref)
            if found is None:
                log.warning("share %s was refused by Discord (%s)", post.id, error.status)
                await self.repos.outbox.release(post.id, claim)  # nothing posted: a preview
                kept = await self.repos.outbox.owned(post.id, user_id) is not None
                said = DISCORD_REFUSED.format(status=error.status)
                await tell_done(interaction, said if kept else DELETED_WHILE_POSTING)
                return
            message = found
        try:
            landed = await self.repos.outbox.record_sent(post.id, claim, channel.id, message.id)
        except Exception:
            log.exception(
                "share %s was posted but not recorded; the outbox will repair it", post.id
            )
            wake_outbox(self.bot)
            await tell_done(
                interaction,
                f"Shared in {channel.mention}: {message.jump_url}. I couldn't note it just now; "
                "I'll note it shortly so that you can still delete it.",
            )
            return
        if landed is not Landed.RECORDED:  # deleted meanwhile, or taken back: it goes now
            await after_landing(self.bot, post, landed, channel.id, message.id)
            # Not recorded: its row was deleted meanwhile, or is a preview again (taken back).
            kept = landed is Landed.ORPHAN and await self.repos.outbox.get(post.id) is not None
            said = TAKEN_BACK if kept else DELETED_WHILE_POSTING
            await tell_done(interaction, said)
            return
        missing = ""
        try:
            thread = await message.create_thread(name="Responses", auto_archive_duration=10080)
        except discord.Forbidden:
            # Discord opens a thread on a message only for a bot that may also read the
            # channel's history: name what is missing rather than guess.
            rights = lacking(channel, *THREAD_ON_POST) or [PERMISSION_WORDS[THREAD_ON_POST[0]]]
            missing = (
                f" (I couldn't open its thread for responses: {role_needs(channel, rights)}; it "
                "opens when the round first posts in it.)"
            )
        except discord.HTTPException as error:  # opened when the round first posts in it
            missing = (
                f" (Discord didn't open its response thread just now ({error.status}); "
                "it is opened when the round first posts in it.)"
            )
        else:
            try:
                noted = await self.repos.outbox.record_thread(post.id, thread.id)
            except Exception:
                # The thread has the share's id: deleting the share still finds it.
                log.exception("the thread of share %s was opened but not noted", post.id)
            else:
                if not noted:  # the share was deleted meanwhile: so is the thread
                    with contextlib.suppress(discord.HTTPException):
                        await thread.delete()
                    await tell_done(interaction, DELETED_WHILE_POSTING)
                    return
        try:
            await self.repos.audit.record(
                "share_posted",
                actor_id=user_id if named else None,
                guild_id=post.guild_id,
                subject="named" if named else "anonymous",
            )
        except Exception:
            # The share is up and recorded: she is told so, whatever became of the record.
            log.exception("share %s was posted but its audit record was not written", post.id)
        await tell_done(
            interaction,
            f"Shared in {channel.mention}: {message.jump_url}{missing}",
            view=view(DeleteShare.of(post.id, "Delete share")),
        )

    async def _shown_again_first(
        self, interaction: Interaction, post: PostRecord, text: str
    ) -> None:
        """Keep `text` (her preview anonymized once more) as the preview and show it, posting
        nothing: the group never reads a share its author did not see."""
        user_id = interaction.user.id
        if not await self.repos.outbox.edit_draft(post.id, user_id, post.title, text):
            now = await self.repos.outbox.owned(post.id, user_id)
            if now is None or now.state is PostState.DRAFT:
                await not_available(interaction)
            else:
                await already_answered(interaction, now)
            return
        question = await self._key_question(post.id)
        earlier = await earlier_shares(self.repos, post.entry_id, user_id, post.guild_id)
        channel = await consultation_channel(self.repos, post.guild_id)
        signer = await signer_in(interaction, post.guild_id)
        await reply_privately(
            interaction,
            NOT_POSTED_REDACTED_AGAIN + signed_line(signer) + shared_before_line(earlier),
            embed=preview_embed(post.title, text, question),
            view=preview_view(post.id, text, question, earlier, channel, signer),
        )

    async def _shared_meanwhile(
        self, interaction: Interaction, other_id: int, channel: discord.TextChannel
    ) -> None:
        """Say where the entry went up from another preview confirmed at the same time as
        this one (which posted nothing, and stays a preview)."""
        other = await self.repos.outbox.owned(other_id, interaction.user.id)
        if other is not None and other.state is PostState.POSTED and other.message_id:
            await tell_done(interaction, POSTED_MEANWHILE.format(link=_jump(other)))
        elif other is not None and other.state is PostState.SENDING:
            await tell_done(
                interaction,
                SENDING_MEANWHILE.format(channel=channel.mention),
                view=view(DeleteShare.of(other.id, "Delete share")),
            )
        else:  # deleted again already: nothing of it stays up
            await tell_done(interaction, DELETED_MEANWHILE)

    async def _delete_share(self, interaction: Interaction, post: PostRecord) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)  # the write may wait
        if post.state is PostState.DRAFT:
            if await self._discarded(interaction, post):
                await tell_done(interaction, "Not shared.")
            return
        left = await take_down(self.bot, [post], actor_id=interaction.user.id)
        if not left:
            said = "Share deleted, with its thread."
        elif all(p.state is PostState.SENDING for p in left):
            said = (
                "This share is being posted right now: I'll delete it as soon as it lands, "
                "so it is not kept."
            )
        else:
            said = "The share is not fully deleted yet:\n" + remaining_text(left)
        await tell_done(interaction, said)


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Sharing(bot))
