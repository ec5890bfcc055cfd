"""/setup by admins only, and /share: preview, confirm, post, thread, delete; nothing leaks."""

from __future__ import annotations

import discord
import pytest
import simcord
from simcord import assert_error, assert_responded

from bot.app import SparkleBot
from bot.outbox import PostState
from tests.e2e.conftest import World, accept_agreement, set_consultation_channel
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    open_first_page,
    said,
    stored_entry,
)
from tests.phi_cases import labelled_cases

PHI_CASES = labelled_cases()


async def _complete_sparkle(bot: SparkleBot, author: int, moment: str, guild_id: int) -> int:
    answers = {"moment": moment, "signs": "They leaned in.", "doing": "I slowed down."}
    answers |= {"how": "Prepared.", "frequency": "6", "next_step": "Pause."}
    return await stored_entry(bot, author, answers, guild_id=guild_id)


async def _preview(w: World, moment: str = "It went well."):
    """Alice's private preview of sharing a complete sparkle with this moment."""
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, moment, w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    return preview


def posts(w: World) -> list[discord.Message]:
    """Messages in the consultation channel, without Discord's "thread started" notices."""
    return [m for m in w.channel.history() if m.type is discord.MessageType.default]


async def test_setup_is_hidden_from_members_and_refused_even_if_overridden(world: World) -> None:
    w = world
    assert "setup" not in w.alice.available_commands(w.channel)
    with pytest.raises(simcord.SetupError, match="default-member-permissions"):
        await w.alice.slash(w.channel, "setup show")
    setup_command = w.env.backend.find_command("setup", w.guild.id)
    w.guild.set_command_permissions(int(setup_command["id"]), {w.alice: True})
    refused = await w.alice.slash(w.channel, "setup channels", consultation=w.channel)
    assert_responded(refused, contains="Manage Server", ephemeral=True)
    assert_error(w.env, discord.app_commands.CheckFailure)
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).consultation_channel_id is None


async def test_setup_saves_and_shows_the_settings(world: World, admin) -> None:
    w = world
    await set_consultation_channel(w, admin)
    zone = await admin.slash(w.channel, "setup timezone", zone="europe/berlin")
    assert_responded(zone, contains="Europe/Berlin", ephemeral=True)
    bad = await admin.slash(w.channel, "setup timezone", zone="Mars/Olympus")
    assert_responded(bad, contains="isn't a time zone I know", ephemeral=True)
    assert (await admin.autocomplete(w.channel, "setup timezone", "zone", "chicago"))[0][
        "value"
    ] == "America/Chicago"
    shown = await admin.slash(w.channel, "setup show")
    assert_responded(shown, contains=f"<#{w.channel.id}>", ephemeral=True)
    assert "Europe/Berlin" in shown.response.content
    stored = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert stored.consultation_channel_id == w.channel.id and stored.timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("role", "permission", "named"),
    [
        ("consultation", "create_public_threads", "Create Public Threads"),
        ("consultation", "send_messages_in_threads", "Send Messages in Threads"),
        ("consultation", "read_message_history", "Read Message History"),
        ("summary", "read_message_history", "Read Message History"),
        ("summary", "attach_files", "Attach Files"),
    ],
)
async def test_setup_names_the_missing_permission(
    world: World, admin, role: str, permission: str, named: str
) -> None:
    w = world
    before = await bot_of(w.env).repos.servers.get(w.guild.id)
    locked = w.guild.create_text_channel(
        "locked", overwrites={w.guild.me: discord.PermissionOverwrite(**{permission: False})}
    )
    refused = await admin.slash(w.channel, "setup channels", **{role: locked})
    assert_responded(refused, contains=named, ephemeral=True)
    assert "Nothing was saved" in refused.response.content
    assert await bot_of(w.env).repos.servers.get(w.guild.id) == before


async def test_share_without_a_consultation_channel_says_who_can_set_it(world: World) -> None:
    w = world
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "A good moment.", w.guild.id)
    told = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(told, contains="/setup channels", ephemeral=True)
    assert "Manage Server" in told.response.content


@pytest.mark.postgres_too
@pytest.mark.parametrize("case", range(0, min(len(PHI_CASES), 40), 4))
async def test_share_posts_nothing_before_confirm_and_no_identifier_after(
    configured: World, case: int
) -> None:
    w = configured
    text = PHI_CASES[case]["text"]
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, text, w.guild.id)
    choices = await w.alice.autocomplete(w.channel, "share", "entry", "")
    assert [c["value"] for c in choices] == [str(entry)]

    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert buttons(preview) == [
        "Post anonymously",
        "Post with my name",
        "Edit text",
        "Cancel",
        "Add a key question",
    ]
    assert w.channel.history() == []  # nothing before confirm

    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    (message,) = posts(w)
    body = message.embeds[0].description
    for span in PHI_CASES[case]["spans"]:
        assert span["text"] not in body
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert message.embeds[0].footer.text == f"Shared anonymously · ref {share.ref}"
    assert "alice" not in str(message.embeds[0].to_dict())
    (thread,) = w.channel.threads
    assert (share.message_id, share.thread_id, share.anonymous) == (message.id, thread.id, True)


async def test_mentions_in_a_share_ping_no_one(configured: World) -> None:
    w = configured
    entry = await _complete_sparkle(
        bot_of(w.env), w.alice.id, f"@everyone @here <@{w.bob.id}> it went well", w.guild.id
    )
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    await w.alice.click(preview.response.message, label="Post with my name")
    (message,) = posts(w)
    assert not message.mention_everyone
    stored = w.env.backend.get_message(w.channel.id, message.id)
    assert not stored.ping_user_ids
    assert message.embeds[0].footer.text.startswith("Shared by alice · ref ")
    audit = await bot_of(w.env).repos.audit.kinds("share_posted")
    assert audit == [(w.alice.id, w.guild.id, "named")]


async def test_another_member_cannot_share_my_entry(configured: World) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "Mine.", w.guild.id)
    assert await w.bob.autocomplete(w.channel, "share", "entry", "") == []
    refused = await w.bob.slash(w.channel, "share", entry=str(entry))
    assert_responded(refused, contains="isn't available to you", ephemeral=True)
    assert w.channel.history() == []


async def test_edit_text_is_redacted_again_and_cancel_posts_nothing(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    modal = await w.alice.click(preview.response.message, label="Edit text")
    assert modal.acknowledged and modal.modal is not None
    edited = await w.alice.submit_modal(
        modal, {"text": "Client Maria Gonzalez called me at 555-201-3344 and it helped."}
    )
    assert_responded(edited, contains="edited text", ephemeral=True)
    body = edited.response.embeds[0].description
    assert "Gonzalez" not in body and "555-201-3344" not in body
    cancelled = await w.alice.click(edited.response.message, label="Cancel")
    assert cancelled.response.content == "Not shared."
    assert w.channel.history() == []


async def test_delete_share_removes_the_post(configured: World) -> None:
    w = configured
    preview = await _preview(w)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert len(posts(w)) == 1
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert_responded(gone, contains="Share deleted", ephemeral=True)
    assert posts(w) == [] and w.channel.threads == []
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []
    assert await bot_of(w.env).repos.outbox.pending_of(w.alice.id) == []


@pytest.mark.postgres_too
async def test_a_cancel_whose_answer_discord_lost_still_says_not_shared(configured: World) -> None:
    """The preview is discarded but Discord refused the edit that says so: the member is told
    in a new private message, and nothing is posted."""
    w = configured
    preview = await _preview(w)
    w.env.inject_error("PATCH", "/webhooks/*", status=500, message="upstream down", times=1)
    cancelled = await w.alice.click(preview.response.message, label="Cancel")
    assert cancelled.acknowledged
    assert [(m.content, m.ephemeral) for m in cancelled.followups] == [("Not shared.", True)]
    assert w.channel.history() == []
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []


async def _reflection(actor, channel=None):
    """A whole /sparkle, page by page, in the channel or (without one) in the actor's DM."""
    step = await actor.submit_modal(await open_first_page(actor, channel), SPARKLE_PAGES[0])
    for page in SPARKLE_PAGES[1:]:
        step = await actor.submit_modal(
            await actor.click(step.response.message, label="Continue"), page
        )
    assert step.ephemeral and "All saved" in said(step)
    return step


async def test_share_anonymized_on_the_recap_opens_the_preview_and_posts_it(
    configured: World,
) -> None:
    w = configured
    recap = await _reflection(w.alice, w.channel)
    preview = await w.alice.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert "Post anonymously" in buttons(preview) and posts(w) == []
    posted = await w.alice.click(preview.response.message, label="Post with my name")
    assert posted.acknowledged and posted.ephemeral
    (message,) = posts(w)
    assert SPARKLE_PAGES[0]["moment"] in message.embeds[0].description
    # the scale reads as on her recap ("6 / 10"), not a bare "6"
    assert "**How often does this happen now? (0-10)**\n6 / 10\n" in message.embeds[0].description
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message.id and share.anonymous is False
    assert "alice" in str(message.embeds[0].to_dict())  # she chose to be named


async def test_a_reflection_written_in_a_dm_is_shared_to_the_server_she_shares_with_sparkle(
    configured: World,
) -> None:
    """Sharing from a DM goes to the one server she is in with Sparkle, even if every entry
    she wrote so far was written in the DM (she is not sent off to run /share elsewhere):
    with one server there is nothing to pick, so its preview comes at once, naming the
    server, and nothing is posted before she confirms (before, she was asked to pick from
    a menu of one)."""
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    w.env.create_guild("Not hers").create_text_channel("general")  # a server she is not in
    await accept_agreement(w.env, w.guild.id, dana.id)
    recap = await _reflection(dana)
    preview = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    assert "Share to which server?" not in preview.response.content
    assert f"<#{w.channel.id}> on **Consultation**" in preview.response.content
    assert "Post anonymously" in buttons(preview)
    assert posts(w) == []  # nothing before she confirms
    (draft,) = await bot_of(w.env).repos.outbox.records()
    assert (draft.guild_id, draft.state) == (w.guild.id, PostState.DRAFT)
    await dana.click(preview.response.message, label="Post anonymously")
    (message,) = posts(w)
    assert SPARKLE_PAGES[0]["moment"] in message.embeds[0].description
    (share,) = await bot_of(w.env).repos.outbox.shares_of(dana.id)
    assert share.message_id == message.id and share.anonymous is True
    assert "dana" not in str(message.embeds[0].to_dict())


async def test_sharing_from_a_dm_without_a_shared_server_says_why(world: World) -> None:
    w = world
    dana = w.env.create_user("dana")  # shares no server with Sparkle
    recap = await _reflection(dana)
    told = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(told, contains="don't share a server with Sparkle", ephemeral=True)
    assert await bot_of(w.env).repos.outbox.records() == []


async def test_setup_show_says_what_an_unset_setting_means(world: World, admin) -> None:
    """An admin reading the settings learns that a schedule needs a summary channel, and who
    the facilitators are while no facilitator role is set."""
    w = world
    scheduled = await admin.slash(w.channel, "setup schedule", day="0", time="09:00")
    assert_responded(scheduled, contains="Saved.", ephemeral=True)
    said_then = scheduled.response.content
    assert (
        "**Weekly summary:** Mondays at 09:00 (nothing is posted until a summary channel is "
        "set with `/setup channels`)"
    ) in said_then
    assert "**Facilitator role:** not set (members with Manage Server are the facilitators)" in (
        said_then
    )
    stored = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert (stored.summary_day, stored.summary_channel_id) == (0, None)

    weekly = w.guild.create_text_channel("weekly")
    role = w.guild.create_role("Facilitators")
    await admin.slash(w.channel, "setup channels", summary=weekly)
    await admin.slash(w.channel, "setup facilitator", role=role)
    shown = await admin.slash(w.channel, "setup show")
    assert_responded(shown, contains="**Weekly summary:** Mondays at 09:00\n", ephemeral=True)
    assert f"**Facilitator role:** <@&{role.id}>\n" in shown.response.content
    assert "nothing is posted" not in shown.response.content


async def test_sharing_from_a_dm_asks_which_server_when_she_shares_two(
    configured: World,
) -> None:
    """With two servers she shares with Sparkle, sharing from a DM asks which (only hers),
    and the one picked gets the preview; nothing is drafted before she picks."""
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    other = w.env.create_guild("Second group")
    other.create_text_channel("general")
    other.add_member(dana)
    w.env.create_guild("Not hers").create_text_channel("general")
    await accept_agreement(w.env, w.guild.id, dana.id)
    recap = await _reflection(dana)
    ask = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(ask, contains="Share to which server?", ephemeral=True)
    (menu,) = ask.response.components[0]["components"]
    assert sorted(o["label"] for o in menu["options"]) == ["Consultation", "Second group"]
    assert await bot_of(w.env).repos.outbox.records() == []
    preview = await dana.select(ask.response.message, [str(w.guild.id)])
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    assert posts(w) == []


async def test_a_member_sharing_from_a_dm_accepts_the_agreement_there(
    configured: World,
) -> None:
    """From a DM, a member who has not accepted her server's group agreement is asked to,
    and her "I accept" there is taken (it is that server's agreement, and she is a member):
    then sharing again shows the preview."""
    w = configured
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    recap = await _reflection(dana)
    asked = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(asked, contains="please read and accept the group agreement")
    accepted = await dana.click(asked.response.message, label="I accept")
    assert_responded(accepted, contains="you have accepted the group agreement", ephemeral=True)
    preview = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    assert posts(w) == []


@pytest.mark.postgres_too
async def test_sharing_an_entry_again_says_it_is_up_already(configured: World) -> None:
    """A member back at an old recap (or /share) of an entry she has shared: the new preview
    says it is up already, with its link, so she does not post it twice unawares; once that
    post is deleted, the note goes. Nothing is posted before she confirms."""
    w = configured
    await accept_agreement(w.env, w.guild.id, w.alice.id)
    recap = await _reflection(w.alice, w.channel)
    first = await w.alice.click(recap.response.message, label="Share anonymized")
    assert "already" not in first.response.content
    posted = await w.alice.click(first.response.message, label="Post anonymously")
    (message,) = posts(w)
    again = await w.alice.click(recap.response.message, label="Share anonymized")
    assert_responded(again, contains="**Preview**", ephemeral=True)
    assert f"You shared this entry here already: {message.jump_url}." in again.response.content
    assert len(posts(w)) == 1  # nothing more posted
    await w.alice.click(posted.response.message, label="Delete share")
    assert posts(w) == []
    after = await w.alice.click(recap.response.message, label="Share anonymized")
    assert "already" not in after.response.content
