"""The bot with exactly the permissions README's invite link grants, and nothing else (its
managed role holds the invite's permissions; `@everyone` gives nothing, the members get their
everyday permissions from a role of their own): every journey that posts in a channel works.
Then the server's admin takes one of those permissions from the bot's role after `/setup`:
whoever meets it is told which permission is missing, and nothing is lost.

SimCord 3.2.1 asks for Manage Channels to delete a thread; Discord asks for Manage Threads
(SIMCORD.md, limitation 14): these tests hold SimCord to Discord's rule, so that the invite is
judged by Discord's rule, not by SimCord's bug."""

from __future__ import annotations

import discord
import pytest
from simcord import assert_responded
from simcord.backend.ops.guilds import DEFAULT_EVERYONE_PERMISSIONS

from bot.app import create_bot
from bot.outbox import PostState
from bot.round import Phase
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_round import (
    Group,
    _entry,
    affirm,
    exported,
    posts,
    said,
    share_with_question,
    the_post,
)
from tests.e2e.test_summary_flow import others_reflected

# A click on the post that shows an earlier phase than the round is in.
MOVED_ON = "The round is already in **Affirmations**: it was moved on before this click."

# README, "Create the Discord application and invite the bot", step 4.
INVITE = 326417632256
INVITED = (
    "view_channel",
    "send_messages",
    "send_messages_in_threads",
    "embed_links",
    "attach_files",
    "read_message_history",
    "create_public_threads",
    "manage_threads",
)


@pytest.fixture(autouse=True)
def discord_thread_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    from simcord.http.router import RequestContext

    original = RequestContext.require_channel_permissions

    def require(self: RequestContext, channel_id: int, *names: str):
        if names == ("manage_channels",) and self.backend.get_channel(channel_id).is_thread:
            names = ("manage_threads",)
        return original(self, channel_id, *names)

    monkeypatch.setattr(RequestContext, "require_channel_permissions", require)


def bot_role_gets(w: World, permissions: discord.Permissions) -> None:
    """The server's admin sets the bot's own (managed) role to these permissions."""
    me = w.guild.me
    assert me is not None
    (role,) = [r for r in me.roles if r.managed]
    w.env.backend.edit_role(w.guild.id, role.id, {"permissions": permissions.value})


def without(name: str) -> discord.Permissions:
    less = discord.Permissions(INVITE)
    setattr(less, name, False)
    return less


@pytest.fixture
async def invited(world: World) -> Group:
    """The world's server with the bot invited by README's link: its role has the invite's
    permissions, `@everyone` none; members (alice, bob, carol, dave, fiona the facilitator,
    the admin) get theirs from a Members role. The admin set the consultation channel and
    the facilitator role."""
    w = world
    backend = w.env.backend
    members = w.guild.create_role(
        "Members", permissions=discord.Permissions(DEFAULT_EVERYONE_PERMISSIONS)
    )
    for actor in (w.alice, w.bob):
        backend.edit_member(w.guild.id, actor.id, {"role_ids": [members.id]})
    backend.edit_role(w.guild.id, w.guild.id, {"permissions": 0})
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    me = w.guild.me
    assert me is not None and me.guild_permissions.value == INVITE
    assert sorted(n for n, on in discord.Permissions(INVITE) if on) == sorted(
        "read_messages" if n == "view_channel" else n for n in INVITED
    )
    admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    facilitators = w.guild.create_role("Facilitators")
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admins, members])
    fiona = w.guild.add_member(w.env.create_user("fiona"), roles=[facilitators, members])
    carol = w.guild.add_member(w.env.create_user("carol"), roles=[members])
    dave = w.guild.add_member(w.env.create_user("dave"), roles=[members])
    await accept_agreement(w.env, w.guild.id, carol.id, dave.id, fiona.id)
    for command, options in (
        ("setup channels", {"consultation": w.channel}),
        ("setup facilitator", {"role": facilitators}),
    ):
        assert_responded(await admin.slash(w.channel, command, **options), contains="Saved.")
    return Group(w, carol, dave, fiona, admin, facilitators)


async def test_with_the_invites_permissions_every_post_is_made(invited: Group) -> None:
    """Share, thread, round phases, affirmations revealed, the closing, a step-out's DM,
    `/forget` deleting post and thread; a summary posted by a button and by the schedule."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    (thread,) = w.channel.threads
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed curious.")
    await affirm(g.carol, w, "You trusted the pace.", sign="named")
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert_responded(revealed, content="The round is now in **Reflections**.", ephemeral=True)
    assert len(said(thread)) == 2
    stepped = await g.dave.click(the_post(w), label="I may know this client")
    assert_responded(stepped, contains="step out", ephemeral=True)
    await g.fiona.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert preview.response is not None
    closed = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(closed, contains="the round is closed", ephemeral=True)
    assert len(said(thread)) == 3
    assert "Round closed" in str(the_post(w).embeds[1].to_dict())
    dms = [m.content for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert any("may know the client" in text for text in dms)

    weekly = w.guild.create_text_channel("weekly")
    for command, options in (
        ("setup channels", {"summary": weekly}),
        ("setup schedule", {"day": "0", "time": "09:00"}),
    ):
        assert_responded(await g.admin.slash(w.channel, command, **options), contains="Saved.")
    await others_reflected(w, 3, "Moment {} went well.")
    pulled = await g.fiona.slash(w.channel, "summary", week="this week")
    assert pulled.response is not None
    posted = await g.fiona.click(pulled.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    await w.env.advance_time(4 * 86400 + 9 * 3600 + 60)  # Monday 09:00 UTC
    assert [m.attachments[0].filename for m in weekly.history()] == ["weekly-summary.png"] * 2

    asked = await w.alice.slash(w.channel, "forget")
    assert asked.response is not None
    erased = await w.alice.click(asked.response.message, label="Erase everything")
    assert_responded(erased, contains="The posts the bot made for you are deleted.")
    assert posts(w) == [] and w.channel.threads == []


HISTORY = (
    "my role needs **Read Message History** in <#{channel}>, which someone with Manage Server "
    "can give it"
)


async def test_without_read_message_history_a_share_says_so_and_its_thread_opens_later(
    invited: Group,
) -> None:
    """Discord starts a thread on a message only for a bot that may read the channel's
    history. Before, the member was told "I need Create Public Threads", which the bot had."""
    g, w = invited, invited.w
    bot_role_gets(w, without("read_message_history"))
    await w.env.settle()
    preview = await w.alice.slash(w.channel, "share", entry=str(await _entry(g)))
    assert preview.response is not None
    shared = await w.alice.click(preview.response.message, label="Post anonymously")
    (post,) = posts(w)
    assert_responded(
        shared,
        content=f"Shared in <#{w.channel.id}>: {post.jump_url} (I couldn't open its thread for "
        f"responses: {HISTORY.format(channel=w.channel.id)}; it opens when the round first "
        "posts in it.)",
        ephemeral=True,
    )
    assert w.channel.threads == []
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.message_id == post.id and share.thread_id is None


async def test_without_read_message_history_the_round_still_moves_on_its_post(
    invited: Group,
) -> None:
    """The bot updates the round shown on the share: it read the post again to keep the
    share's own part, which Discord refuses without Read Message History. Before, the post
    kept showing the clarifying questions, with no **Add an affirmation** for anyone, and the
    presenter was told only that the post could not be updated."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    bot_role_gets(w, without("read_message_history"))
    await w.env.restart_bot(create_bot())  # nothing of the post in the bot's memory
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert_responded(moved, content="The round is now in **Affirmations**.", ephemeral=True)
    assert "Now: Affirmations" in {f.name for f in the_post(w).embeds[1].fields}
    assert the_post(w).embeds[0].description  # the share itself is still shown
    await affirm(w.bob, w, "You stayed curious.")
    assert (the_post(w).embeds[1].footer.text or "").startswith("Affirmations written so far: 1")
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS


@pytest.mark.parametrize(
    ("taken", "named"),
    [
        ("view_channel", "View Channels"),
        ("send_messages", "Send Messages"),
        ("embed_links", "Embed Links"),
    ],
)
async def test_a_share_the_channel_refuses_names_the_one_permission_missing(
    invited: Group, taken: str, named: str
) -> None:
    """Before, every refusal listed three permissions whichever was missing, and without
    Embed Links the share went up as a post Discord shows empty (SimCord does not model that
    rule: the bot checks its permissions before it posts)."""
    g, w = invited, invited.w
    preview = await w.alice.slash(w.channel, "share", entry=str(await _entry(g)))
    assert preview.response is not None
    bot_role_gets(w, without(taken))
    await w.env.settle()
    refused = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(
        refused,
        content=f"I can't post in <#{w.channel.id}>: my role needs **{named}** in "
        f"<#{w.channel.id}>, which someone with Manage Server can give it. Nothing was posted; "
        "your preview is kept, so you can try again once it is given.",
        ephemeral=True,
    )
    assert posts(w) == [] and w.channel.threads == []
    repos = bot_of(w.env).repos
    assert await repos.outbox.shares_of(w.alice.id) == []
    (draft,) = await repos.outbox.records()
    assert draft.state is PostState.DRAFT  # the preview, kept
    bot_role_gets(w, discord.Permissions(INVITE))  # given back: the same button posts it
    await w.env.settle()
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    assert len(posts(w)) == 1


@pytest.mark.parametrize(
    ("taken", "named"),
    [
        ("view_channel", "View Channels"),
        ("send_messages", "Send Messages"),
        ("embed_links", "Embed Links"),
        ("attach_files", "Attach Files"),
    ],
)
async def test_a_summary_the_channel_refuses_names_the_one_permission_missing(
    invited: Group, taken: str, named: str
) -> None:
    """Before, the facilitator read four permissions whichever was missing, and without
    Attach Files or Embed Links the summary was posted (SimCord does not model those rules;
    Discord refuses a file without Attach Files)."""
    g, w = invited, invited.w
    weekly = w.guild.create_text_channel("weekly")
    assert_responded(
        await g.admin.slash(w.channel, "setup channels", summary=weekly), contains="Saved."
    )
    await others_reflected(w, 3, "Moment {} went well.")
    pulled = await g.fiona.slash(w.channel, "summary", week="this week")
    assert pulled.response is not None
    bot_role_gets(w, without(taken))
    await w.env.settle()
    refused = await g.fiona.click(pulled.response.message, label="Post to the summary channel")
    assert refused.response is not None
    assert refused.response.content.startswith(
        f"I couldn't post the summary: my role needs **{named}** in <#{weekly.id}>, which "
        "someone with Manage Server can give it. Nothing was posted; I'll try again <t:"
    )
    assert weekly.history() == []
    shown = await g.fiona.slash(w.channel, "summary", week="this week")
    assert shown.response is not None
    assert f"my role needs **{named}** in <#{weekly.id}>" in shown.response.content


async def test_a_reveal_with_no_thread_opened_names_the_permission_and_posts_once_given(
    invited: Group,
) -> None:
    """Create Public Threads taken away before the share: its thread never opened. Before,
    the reveal said only that the affirmation 'could not be posted yet' and to try again,
    which changed nothing until an admin gave the permission nobody had named."""
    g, w = invited, invited.w
    bot_role_gets(w, without("create_public_threads"))
    await w.env.settle()
    await share_with_question(g, "What else could I try?")
    assert w.channel.threads == []
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed curious.")
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert_responded(
        revealed,
        content="The round is now in **Reflections**.\n1 affirmation could not be posted yet: "
        f"my role needs **Create Public Threads** in <#{w.channel.id}>, which someone with "
        "Manage Server can give it. Nothing is posted twice: choose **Post the rest** once it "
        "is given.",
        ephemeral=True,
    )
    (kept,) = await bot_of(w.env).repos.round.unrevealed(g.share_id)
    assert kept.text == "You stayed curious."
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    assert revealed.response is not None
    rest = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert_responded(rest, content="Every affirmation is posted.", ephemeral=True)
    (thread,) = w.channel.threads
    assert [m.embeds[0].description for m in said(thread)] == ["You stayed curious."]


async def test_setup_show_names_a_permission_taken_since_the_channels_were_set(
    invited: Group,
) -> None:
    """An admin told to check `/setup` found only the channels listed there: nothing said the
    bot could no longer post in them. Now each names the permission to give back."""
    g, w = invited, invited.w
    weekly = w.guild.create_text_channel("weekly")
    assert_responded(
        await g.admin.slash(w.channel, "setup channels", summary=weekly), contains="Saved."
    )
    shown = await g.admin.slash(w.channel, "setup show")
    assert shown.response is not None
    assert f"**Consultation channel:** <#{w.channel.id}>\n" in shown.response.content
    bot_role_gets(w, without("attach_files"))
    await w.env.settle()
    shown = await g.admin.slash(w.channel, "setup show")
    assert_responded(shown, ephemeral=True)
    assert f"**Consultation channel:** <#{w.channel.id}>\n" in shown.response.content
    assert (
        f"**Summary channel:** <#{weekly.id}>, but my role needs **Attach Files** in "
        f"<#{weekly.id}>, which someone with Manage Server can give it\n"
    ) in shown.response.content
    bot_role_gets(w, without("view_channel"))
    await w.env.settle()
    shown = await g.admin.slash(w.channel, "setup show")
    assert (
        f"**Consultation channel:** <#{w.channel.id}>, but my role needs **View Channels** in "
        f"<#{w.channel.id}>, which someone with Manage Server can give it\n"
    ) in shown.response.content


async def test_a_round_whose_post_the_bot_cannot_see_names_the_permission(
    invited: Group,
) -> None:
    """View Channels taken from the bot's role after the share: the round moves on, and the
    presenter learns why its post still shows the clarifying questions (before: only that
    the post could not be updated); once given back, her next click puts the post right."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    bot_role_gets(w, without("view_channel"))
    await w.env.settle()
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert_responded(
        moved,
        content="The round is now in **Affirmations**.\nI couldn't update the post itself: my "
        f"role needs **View Channels** in <#{w.channel.id}>, which someone with Manage Server "
        "can give it. The round has moved on all the same; the next click on it shows this "
        "once it is given.",
        ephemeral=True,
    )
    assert "Now: Clarifying questions" in {f.name for f in the_post(w).embeds[1].fields}
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    stale = await w.alice.click(the_post(w), label="Next phase")
    assert_responded(stale, content=MOVED_ON, ephemeral=True)
    assert "Now: Affirmations" in {f.name for f in the_post(w).embeds[1].fields}


@pytest.mark.parametrize(
    ("taken", "named"),
    [
        ("view_channel", "View Channels"),
        ("send_messages", "Send Messages"),
        ("send_messages_in_threads", "Send Messages in Threads"),
        ("attach_files", "Attach Files"),
    ],
)
async def test_setup_channels_and_show_name_only_the_permission_to_give(
    invited: Group, taken: str, named: str
) -> None:
    """A permission taken from the bot's role: Discord then counts others as missing too
    (all of them without View Channels; embeds and files without Send Messages). Before,
    `/setup channels` listed every one Discord counted ("View Channel, Send Messages, Embed
    Links, ...", in words no role setting uses) and `/setup show` the ones for the channel; now
    both name only the one to give, in Discord's words."""
    g, w = invited, invited.w
    weekly = w.guild.create_text_channel("weekly")
    bot_role_gets(w, without(taken))
    await w.env.settle()
    channel = weekly if taken == "attach_files" else w.channel
    option = "summary" if taken == "attach_files" else "consultation"
    refused = await g.admin.slash(w.channel, "setup channels", **{option: channel})
    assert_responded(
        refused,
        content=f"Nothing was saved. My role needs **{named}** in <#{channel.id}>, which "
        "someone with Manage Server can give it. Choose the channel again once it is given.",
        ephemeral=True,
    )
    stored = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert stored.summary_channel_id is None
    assert stored.consultation_channel_id == w.channel.id  # as the admin had set it
    shown = await g.admin.slash(w.channel, "setup show")
    assert shown.response is not None
    if option == "consultation":
        assert (
            f"**Consultation channel:** <#{w.channel.id}>, but my role needs **{named}** in "
            f"<#{w.channel.id}>, which someone with Manage Server can give it\n"
        ) in shown.response.content
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    saved = await g.admin.slash(w.channel, "setup channels", **{option: channel})
    assert_responded(saved, contains="Saved.", ephemeral=True)


def _written_so_far(w: World) -> str:
    return (the_post(w).embeds[1].footer.text or "").split(".")[0]


async def test_without_embed_links_the_round_is_not_edited_into_an_empty_post_and_says_why(
    invited: Group,
) -> None:
    """Embed Links taken from the bot's role after the share. Discord shows an edit of the
    post without its embeds (SimCord 3.2.1 does not model that rule: the bot checks the
    permission before it edits, as it does before it posts), so the share and its round would
    vanish from the channel. Before: the bot edited it all the same, and the presenter was
    told only that the round moved on. Now the post is left as it was, she is told which
    permission the bot's role needs, and once it is given her next click puts the post right."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    shown = the_post(w).embeds[0].description
    bot_role_gets(w, without("embed_links"))
    await w.env.settle()
    edits = len([r for r in w.env.http_requests if r.method == "PATCH"])
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert_responded(
        moved,
        content="The round is now in **Affirmations**.\nI couldn't update the post itself: my "
        f"role needs **Embed Links** in <#{w.channel.id}>, which someone with Manage Server "
        "can give it. The round has moved on all the same; the next click on it shows this "
        "once it is given.",
        ephemeral=True,
    )
    assert len([r for r in w.env.http_requests if r.method == "PATCH"]) == edits  # no edit
    assert the_post(w).embeds[0].description == shown
    assert "Now: Clarifying questions" in {f.name for f in the_post(w).embeds[1].fields}
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    stale = await w.alice.click(the_post(w), label="Next phase")
    assert_responded(stale, content=MOVED_ON, ephemeral=True)
    assert "Now: Affirmations" in {f.name for f in the_post(w).embeds[1].fields}
    assert the_post(w).embeds[0].description == shown
    await affirm(w.bob, w, "You stayed curious.")
    assert _written_so_far(w) == "Affirmations written so far: 1"


@pytest.mark.parametrize("restarted", [False, True])
async def test_without_read_message_history_a_withdrawal_updates_the_posts_count(
    invited: Group, restarted: bool
) -> None:
    """Read Message History taken from the bot's role. Bob withdraws his affirmation from
    his own private message (not from the post): the bot must update the post's count
    without reading the post again, which Discord refuses. Before: the post kept saying
    'Affirmations written so far: 1' until someone next clicked on the post."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    share_part = the_post(w).embeds[0].to_dict()
    bot_role_gets(w, without("read_message_history"))
    await w.env.settle()
    if restarted:
        await w.env.restart_bot(create_bot())  # nothing of the post in the bot's memory
    saved = await affirm(w.bob, w, "You stayed curious.")
    assert _written_so_far(w) == "Affirmations written so far: 1"
    withdrawn = await w.bob.click(saved.response.message, label="Withdraw")
    assert_responded(
        withdrawn, content="Withdrawn: your affirmation will never be posted.", ephemeral=True
    )
    assert _written_so_far(w) == "Affirmations written so far: 0"
    assert the_post(w).embeds[0].to_dict() == share_part  # the share itself, as posted
    assert await bot_of(w.env).repos.round.unrevealed(g.share_id) == []


EMBEDS_IN_THREAD = (
    "my role needs **Embed Links** in this round's thread, which someone with Manage Server "
    "can give it"
)


async def test_without_embed_links_the_reveal_posts_nothing_empty_and_says_why(
    invited: Group,
) -> None:
    """Embed Links taken from the bot's role before the reveal. Each affirmation is an embed:
    Discord would show it as an empty message (SimCord 3.2.1 does not model that rule), and
    it would count as posted, lost to the presenter. Before: the reveal posted them all the
    same and the facilitator was told the round moved on. Now nothing is posted, the
    facilitator is told which permission is missing, and **Post the rest** posts them once it
    is given."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed curious.")
    bot_role_gets(w, without("embed_links"))
    await w.env.settle()
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert_responded(
        revealed,
        contains="The round is now in **Reflections**.\n1 affirmation could not be posted yet: "
        f"{EMBEDS_IN_THREAD}. Nothing is posted twice: choose **Post the rest** once it is "
        "given.",
        ephemeral=True,
    )
    (thread,) = w.channel.threads
    assert said(thread) == []
    (kept,) = await bot_of(w.env).repos.round.unrevealed(g.share_id)
    assert kept.text == "You stayed curious." and kept.state is PostState.DRAFT
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    assert revealed.response is not None
    rest = await g.fiona.click(revealed.response.message, label="Post the rest")
    assert_responded(rest, content="Every affirmation is posted.", ephemeral=True)
    assert [m.embeds[0].description for m in said(thread)] == ["You stayed curious."]


async def test_without_embed_links_a_closing_is_kept_not_posted_empty(invited: Group) -> None:
    """The presenter's closing is an embed too: before, it was posted (shown empty by Discord)
    and the round closed; now she is told which permission is missing, her closing is kept
    and the same button posts it once it is given."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    await g.fiona.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert preview.response is not None
    bot_role_gets(w, without("embed_links"))
    await w.env.settle()
    refused = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(
        refused,
        content=f"**Not posted**: {EMBEDS_IN_THREAD}. Your closing is kept: choose **Post my "
        "closing** again once it is given.",
        ephemeral=True,
    )
    (thread,) = w.channel.threads
    assert said(thread) == []
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSING
    bot_role_gets(w, discord.Permissions(INVITE))
    await w.env.settle()
    closed = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(closed, contains="the round is closed", ephemeral=True)
    assert len(said(thread)) == 1


async def _share_named(g: Group, question: str) -> None:
    """Alice's share posted with her name (**Post with my name**), with a key question."""
    w = g.w
    entry = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    shown = await w.alice.submit_modal(asked, {"question": question})
    assert shown.response is not None
    posted = await w.alice.click(shown.response.message, label="Post with my name")
    assert posted.acknowledged and posted.ephemeral
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    g.share_id = share.id


@pytest.mark.postgres_too
@pytest.mark.parametrize("restarted", [False, True])
async def test_without_read_message_history_a_named_shares_post_updates_from_a_dm(
    invited: Group, restarted: bool
) -> None:
    """As above, for a share posted WITH its author's name. Before, after a restart, the
    post kept saying 'Affirmations written so far: 1' after Bob withdrew (and 'Closing' after
    Alice posted her closing) until someone next clicked on the post: the name it is signed
    with was stored nowhere, so its part could not be made again. Now the name is kept with
    the share's text (encrypted under Alice's key), the post is updated, its signed footer
    unchanged, and /export lists the name to Alice."""
    g, w = invited, invited.w
    await _share_named(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    share_part = the_post(w).embeds[0].to_dict()
    assert share_part["footer"]["text"].startswith("Shared by alice · ref ")
    bot_role_gets(w, without("read_message_history"))
    await w.env.settle()
    if restarted:
        await w.env.restart_bot(create_bot())  # nothing of the post in the bot's memory
    saved = await affirm(w.bob, w, "You stayed curious.")
    assert _written_so_far(w) == "Affirmations written so far: 1"
    withdrawn = await w.bob.click(saved.response.message, label="Withdraw")
    assert_responded(
        withdrawn, content="Withdrawn: your affirmation will never be posted.", ephemeral=True
    )
    assert _written_so_far(w) == "Affirmations written so far: 0"
    assert the_post(w).embeds[0].to_dict() == share_part  # signed as posted
    stored = await bot_of(w.env).repos.outbox.get(g.share_id)
    assert stored is not None and stored.signer == "alice" and not stored.anonymous
    # the closing, written from Alice's private preview, closes the round on the post too
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    await g.fiona.click(the_post(w), label="Next phase")
    if restarted:
        await w.env.restart_bot(create_bot())
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert preview.response is not None
    if restarted:
        await w.env.restart_bot(create_bot())
    closed = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(closed, contains="the round is closed", ephemeral=True)
    assert any((f.name or "").startswith("Now: Round closed") for f in the_post(w).embeds[1].fields)
    assert the_post(w).embeds[0].to_dict() == share_part
    (listed,) = (await exported(w, w.alice))["shares"]
    assert listed["signed_as"] == "alice" and listed["anonymous"] is False
    # /forget erases the name with the text: nothing of it is left to read
    await erase_everything(w.alice, w.channel)
    await w.env.settle()
    left = await bot_of(w.env).repos.outbox.get(g.share_id)
    assert left is None or (left.signer is None and left.text == "")


async def test_a_reveal_into_a_thread_the_bot_cannot_see_names_view_channels(
    invited: Group,
) -> None:
    """View Channels taken from the bot's role before the reveal: the facilitator is told the
    permission in the words of Discord's role settings ("View Channels"), as every other
    message names it. Before: the round's thread alone said "View Channel", a name no role
    setting shows."""
    g, w = invited, invited.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed curious.")
    bot_role_gets(w, without("view_channel"))
    await w.env.settle()
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert revealed.response is not None
    assert revealed.response.content == (
        "The round is now in **Reflections**.\n1 affirmation could not be posted yet: my role "
        "needs **View Channels** in this round's thread, which someone with Manage Server can "
        "give it. Nothing is posted twice: choose **Post the rest** once it is given.\nI "
        f"couldn't update the post itself: my role needs **View Channels** in <#{w.channel.id}>, "
        "which someone with Manage Server can give it. The round has moved on all the same; "
        "the next click on it shows this once it is given."
    )
    (thread,) = w.channel.threads
    assert said(thread) == []
    (kept,) = await bot_of(w.env).repos.round.unrevealed(g.share_id)
    assert kept.text == "You stayed curious." and kept.state is PostState.DRAFT
