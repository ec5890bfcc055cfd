"""A whole consultation round with four members: key question, phases, hidden affirmations
revealed together, the closing, stepping out and the group agreement."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import discord
import jsonschema
import pytest
from simcord import ChannelHandle, MemberActor, RoleHandle, assert_responded
from sqlalchemy import select

from bot.app import create_bot
from bot.outbox import PostState
from bot.round import DEFAULT_AGREEMENT, Phase
from cogs._render import NOT_AVAILABLE
from storage.crypto import WrongKeyError
from storage.keys import unwrap
from storage.repos import Repositories
from storage.tables import KeptAffirmations, UserKey
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import bot_of, buttons, forge_click, shown_answers

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs/export.schema.json").read_text(encoding="utf-8")
)


@dataclass
class Group:
    w: World
    carol: MemberActor
    dave: MemberActor
    fiona: MemberActor  # the facilitator
    admin: MemberActor
    facilitators: RoleHandle
    share_id: int = 0


def posts(w: World) -> list[discord.Message]:
    return [m for m in w.channel.history() if m.type is discord.MessageType.default]


def the_post(w: World) -> discord.Message:
    (message,) = posts(w)
    return message


def thread_of(w: World) -> ChannelHandle:
    (thread,) = w.channel.threads
    return thread


def said(thread: ChannelHandle) -> list[discord.Message]:
    return [m for m in thread.history() if m.type is discord.MessageType.default]


def round_fields(message: discord.Message) -> dict[str, str]:
    return {f.name or "": f.value or "" for f in message.embeds[1].fields}


async def exported(w: World, actor: MemberActor) -> dict:
    result = await actor.slash(w.channel, "export")
    files = {a.filename: await a.read() for a in result.response.attachments}
    document = json.loads(files["sparkle-export.json"])
    jsonschema.validate(document, SCHEMA)
    readable = files["sparkle-export.md"].decode()
    for item in document["round"]["affirmations_and_closings"]:
        assert f"## Your {item['kind']}" in readable and item["text"] in readable
    for kept in document["round"]["affirmations_kept"]:
        assert f"**{kept['title']}:** {kept['text']}" in readable
    return document


@pytest.fixture
async def group(world: World) -> Group:
    w = world
    admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    facilitators = w.guild.create_role("Facilitators")
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admins])
    fiona = w.guild.add_member(w.env.create_user("fiona"), roles=[facilitators])
    carol = w.guild.add_member(w.env.create_user("carol"))
    dave = w.guild.add_member(w.env.create_user("dave"))
    await accept_agreement(w.env, w.guild.id, carol.id, dave.id, fiona.id)
    for command, options in (
        ("setup channels", {"consultation": w.channel}),
        ("setup facilitator", {"role": facilitators}),
    ):
        assert_responded(await admin.slash(w.channel, command, **options), contains="Saved.")
    return Group(w, carol, dave, fiona, admin, facilitators)


async def _entry(g: Group) -> int:
    header = await bot_of(g.w.env).repos.entries.save_page(
        entry_id=None,
        author_id=g.w.alice.id,
        kind="sparkle",
        guild_id=g.w.guild.id,
        answers={
            "moment": "The client laughed for the first time in weeks.",
            "signs": "Shoulders dropped.",
            "doing": "I slowed down.",
            "how": "Prepared.",
            "frequency": "6",
            "next_step": "Pause.",
        },
        advance_to=3,
        complete=True,
    )
    assert header is not None
    return header.id


async def share_with_question(g: Group, question: str) -> discord.Message:
    w = g.w
    entry = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    assert asked.modal is not None
    shown = await w.alice.submit_modal(asked, {"question": question})
    assert shown.ephemeral and shown.response is not None
    assert posts(w) == []  # the key question posts nothing by itself
    posted = await w.alice.click(shown.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    g.share_id = share.id
    return the_post(w)


async def _at_affirmations(g: Group) -> Repositories:
    """Alice's share with a key question, moved on by her to the affirmations phase; returns
    the bot's repositories."""
    await share_with_question(g, "What else could I try?")
    await g.w.alice.click(the_post(g.w), label="Next phase")
    return bot_of(g.w.env).repos


async def affirm(actor: MemberActor, w: World, text: str, *, sign: str = "anonymous"):
    opened = await actor.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None, opened.response and opened.response.content
    done = await actor.submit_modal(opened, {"text": text, "sign": [sign]})
    assert done.ephemeral and done.response is not None
    return done


@pytest.mark.postgres_too
async def test_a_whole_round_with_four_members(group: Group) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    message = await share_with_question(g, "How do I keep Maria Lopez talking? Call 555-123-4567.")
    fields = round_fields(message)
    key = fields["What the presenter would like from the group"]
    assert key.startswith("How do I keep") and "Maria" not in key and "555" not in key
    assert "Now: Clarifying questions" in fields

    # Anyone else is refused; the phase does not move.
    refused = await w.bob.click(the_post(w), label="Next phase")
    assert_responded(refused, content="Only the presenter or a facilitator can move the round on.")
    assert (await repos.round.get(g.share_id)).phase is Phase.CLARIFYING  # type: ignore[union-attr]

    # The presenter moves to affirmations.
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert moved.ephemeral and "Affirmations" in moved.response.content
    assert "Now: Affirmations" in round_fields(the_post(w))

    await affirm(w.bob, w, "You stayed curious when it was hard.")
    await affirm(g.carol, w, "Calling Maria Lopez at 555-123-4567 back was kind.")
    named = await affirm(g.dave, w, "You trusted the client's pace.", sign="named")
    assert named.response.embeds[0].title == "Affirmation from dave"
    # dave changes his mind and withdraws
    withdrawn = await g.dave.click(named.response.message, label="Withdraw")
    assert_responded(withdrawn, contains="never be posted", ephemeral=True)
    # Invisible before the reveal: nothing in the thread, only a count on the post.
    assert said(thread_of(w)) == []
    assert (the_post(w).embeds[1].footer.text or "").startswith("Affirmations written so far: 2")

    # The facilitator reveals them, all at once; a second click moves nothing.
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert "Reflections" in revealed.response.content
    texts = sorted(m.embeds[0].description or "" for m in said(thread_of(w)))
    assert texts == sorted(
        ["You stayed curious when it was hard.", "Calling [name] at [phone] back was kind."]
    )
    for m in said(thread_of(w)):
        assert m.embeds[0].title == "Affirmation"  # anonymous by default
        assert "bob" not in str(m.embeds[0].to_dict()) and "carol" not in str(m.embeds[0].to_dict())
    assert all("trusted" not in (m.embeds[0].description or "") for m in said(thread_of(w)))
    late = await w.bob.click(the_post(w), label="I may know this client")  # still there
    assert late.ephemeral
    # withdrawing after the reveal does nothing
    assert not await repos.round.withdraw(g.share_id, w.bob.id)

    # Reflections, then the closing (moved by the facilitator, refused for a member).
    assert "Reflections" in round_fields(the_post(w)).__repr__()
    refused = await g.carol.click(the_post(w), label="Next phase")
    assert_responded(refused, content="Only the presenter or a facilitator can move the round on.")
    await g.fiona.click(the_post(w), label="Next phase")
    assert "Now: Closing" in round_fields(the_post(w))
    not_hers = await g.fiona.click(the_post(w), label="Write my closing")
    assert_responded(not_hers, content="Only the presenter writes the closing.")

    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None
    preview = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    )
    assert (
        preview.response is not None and "exactly what will be posted" in preview.response.content
    )
    before = len(said(thread_of(w)))
    await w.alice.click(preview.response.message, label="Post my closing")
    again = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(again, contains="posted only once", ephemeral=True)
    closing_posts = said(thread_of(w))[before:]
    assert len(closing_posts) == 1
    assert "Pause before I answer." in (closing_posts[0].embeds[0].description or "")
    saved = await repos.round.closing(g.share_id)
    assert saved is not None and saved.next_step == "Pause before I answer."
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED and record.entry_id is not None
    labels = [c.label for row in the_post(w).components for c in row.children]  # type: ignore[attr-defined]
    assert "Next phase" not in labels and "Write my closing" not in labels

    # The presenter's export holds her key question and closing; bob's his affirmation.
    document = await exported(w, w.alice)
    (presented,) = document["round"]["rounds_presented"]
    assert presented["key_question"] == key
    assert "Pause before I answer." in presented["closing"]
    theirs = (await exported(w, w.bob))["round"]["affirmations_and_closings"]
    assert [(a["kind"], a["text"], a["state"]) for a in theirs] == [
        ("affirmation", "You stayed curious when it was hard.", "posted")
    ]


async def test_the_agreement_is_accepted_once_before_sharing_or_affirming(group: Group) -> None:
    g, w = group, group.w
    erin = w.guild.add_member(w.env.create_user("erin"))
    await _at_affirmations(g)
    asked = await erin.click(the_post(w), label="Add an affirmation")
    assert asked.modal is None and asked.response is not None
    assert "group agreement" in asked.response.content
    assert "No recording" in (asked.response.embeds[0].description or "")
    assert buttons(asked) == ["I accept"]
    accepted = await erin.click(asked.response.message, label="I accept")
    assert_responded(accepted, contains="accepted the group agreement", ephemeral=True)
    opened = await erin.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    privacy = await erin.slash(w.channel, "privacy")
    assert "Consultation" in privacy.response.embeds[0].description  # where she accepted


async def test_sharing_waits_for_the_agreement_and_stores_nothing_before(group: Group) -> None:
    w = group.w
    repos = bot_of(w.env).repos
    gus = w.guild.add_member(w.env.create_user("gus"))
    entry = await repos.entries.save_page(
        entry_id=None,
        author_id=gus.id,
        kind="sparkle",
        guild_id=w.guild.id,
        answers={"moment": "A moment.", "signs": "Calm.", "frequency": "5", "next_step": "Go."},
        advance_to=3,
        complete=True,
    )
    assert entry is not None
    before = await gus.slash(w.channel, "privacy")
    assert "not accepted any" in (before.response.embeds[0].description or "")
    asked = await gus.slash(w.channel, "share", entry=str(entry.id))
    assert asked.ephemeral and "group agreement" in asked.response.content
    assert await repos.outbox.drafts_of_entry(entry.id, gus.id) == []
    await gus.click(asked.response.message, label="I accept")
    preview = await gus.slash(w.channel, "share", entry=str(entry.id))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert posts(w) == []


async def test_stepping_out_tells_the_presenter_privately_without_a_name(group: Group) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    told = await g.carol.click(the_post(w), label="I may know this client")
    assert_responded(told, contains="step out", ephemeral=True)
    twice = await g.carol.click(the_post(w), label="I may know this client")
    assert_responded(twice, contains="already", ephemeral=True)
    assert (the_post(w).embeds[1].footer.text or "") == "Members who stepped out: 1"
    dms = [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert len(dms) == 1 and "may know the client" in dms[0].content
    assert "carol" not in dms[0].content
    removed = await w.alice.user.click(dms[0], label="Remove my share")
    assert removed.acknowledged and "deleted" in removed.response.content
    assert posts(w) == [] and w.channel.threads == []


async def test_forget_removes_a_members_posted_and_pending_affirmations(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "Bob's appreciation of your patience.")
    await affirm(g.carol, w, "Your warmth showed.")
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert len(said(thread_of(w))) == 2
    ask = await w.bob.slash(w.channel, "forget")
    done = await w.bob.click(ask.response.message, label="Erase everything")
    assert "erased" in done.response.content
    left = [m.embeds[0].description for m in said(thread_of(w))]
    assert left == ["Your warmth showed."]
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    exported = await repos.round.export(w.bob.id)
    assert exported["affirmations_and_closings"] == []


async def test_a_reveal_that_fails_halfway_is_retried_without_duplicates(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    for actor, text in ((w.bob, "One."), (g.carol, "Two."), (g.dave, "Three.")):
        await affirm(actor, w, text)
    thread = thread_of(w)
    w.env.inject_error("POST", f"/channels/{thread.id}/messages", status=500, times=1)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert "could not be posted yet" in revealed.response.content
    assert len(said(thread)) == 2
    (pending,) = await repos.round.unrevealed(g.share_id)
    assert pending.state is PostState.DRAFT
    retried = await w.alice.click(revealed.response.message, label="Post the rest")
    assert_responded(retried, content="Every affirmation is posted.")
    again = await w.alice.click(revealed.response.message, label="Post the rest")
    assert_responded(again, content="Every affirmation is posted.")
    assert sorted(m.embeds[0].description or "" for m in said(thread)) == ["One.", "Three.", "Two."]


async def test_a_forbidden_thread_keeps_every_affirmation_for_later(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    await affirm(g.carol, w, "Two.")
    thread = thread_of(w)
    w.env.inject_error("POST", f"/channels/{thread.id}/messages", status=403, code=50013, times=2)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert "2 affirmations could not be posted yet" in revealed.response.content
    assert said(thread) == []
    assert len(await repos.round.unrevealed(g.share_id)) == 2
    # Moving on finishes a reveal that was cut short, too.
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert "Closing" in moved.response.content and "could not" not in moved.response.content
    assert sorted(m.embeds[0].description or "" for m in said(thread)) == ["One.", "Two."]


async def test_a_second_click_on_the_same_button_moves_nothing(group: Group) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await share_with_question(g, "What else could I try?")
    await w.env.restart_bot(create_bot())  # the round's buttons outlive the bot
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert "Affirmations" in moved.response.content
    # the same button clicked again from a client that had not refreshed yet
    stale = await forge_click(g.fiona, the_post(w), f"sk:rndnext:{g.share_id}:clarifying")
    assert_responded(
        stale,
        content="The round is already in **Affirmations**: it was moved on before this click.",
        ephemeral=True,
    )
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    # a facilitator's click on an old copy of the post moves nothing either
    assert not await repos.round.advance(g.share_id, Phase.CLARIFYING, Phase.AFFIRMATIONS)


async def test_setup_sets_the_agreement_and_the_suggested_minutes(group: Group) -> None:
    g, w = group, group.w
    timed = await g.admin.slash(w.channel, "setup round", clarifying=10, affirmations=5)
    assert_responded(timed, contains="Clarifying questions: 10 min", ephemeral=True)
    assert "Reflections: no suggestion" in timed.response.content
    assert await bot_of(w.env).repos.round.minutes(w.guild.id) == {
        "affirmations": 5,
        "clarifying": 10,
    }
    form = await g.admin.slash(w.channel, "setup agreement")
    assert form.modal is not None
    assert form.modal["components"][0]["component"]["value"].startswith("1. No identifying")
    saved = await g.admin.submit_modal(form, {"agreement": "Be kind. Keep it here."})
    assert_responded(saved, contains="Saved.", ephemeral=True)
    assert saved.response.embeds[0].description == "Be kind. Keep it here."

    # A changed agreement is asked for again, even of members who accepted the old one.
    entry = await _entry(g)
    asked = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert asked.response.embeds[0].description == "Be kind. Keep it here."
    await w.alice.click(asked.response.message, label="I accept")
    message = await share_with_question(g, "What else could I try?")
    assert "Now: Clarifying questions (about 10 min)" in round_fields(message)

    # The form's submit is checked too: a member forging it changes nothing.
    assert "setup" not in w.bob.available_commands(w.channel)


async def _kept_rows(w: World) -> list[KeptAffirmations]:
    async with bot_of(w.env).repos.db.read() as session:
        return list((await session.execute(select(KeptAffirmations))).scalars())


async def _key_of(w: World, user_id: int):
    repos = bot_of(w.env).repos
    async with repos.db.read() as session:
        wrapped = (
            await session.execute(select(UserKey.wrapped).where(UserKey.user_id == user_id))
        ).scalar()
    return None if wrapped is None else unwrap(repos.cipher, user_id, wrapped)


async def test_the_presenter_keeps_the_affirmations_with_her_entry(group: Group) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.entry_id is not None
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed curious with Maria Lopez.")
    await affirm(g.dave, w, "You trusted the client's pace.", sign="named")

    # The facilitator reveals: only the presenter is offered, privately, to keep them.
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert "Keep them with my entry" not in str(revealed.response.components)
    assert "Keep them with my entry" not in str([m.components for m in said(thread_of(w))])
    (offer,) = [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert "keep them with your entry" in offer.content
    assert g.fiona.user.dm_channel is None or not [
        m for m in g.fiona.user.dm_channel.history() if m.author.bot
    ]

    # Anyone else clicking it (a tampered client) is refused and nothing is stored.
    forged = await forge_click(w.bob, the_post(w), f"sk:rndkeep:{g.share_id}")
    assert_responded(forged, content=NOT_AVAILABLE, ephemeral=True)
    assert await _kept_rows(w) == []

    kept = await w.alice.user.click(offer, label="Keep them with my entry")
    assert kept.acknowledged and "Kept: 2 affirmations are now" in kept.response.content
    again = await w.alice.user.click(offer, label="Keep them with my entry")
    assert_responded(again, contains="kept with your entry already", ephemeral=True)

    # One row, sealed under alice's own key: no plaintext, and no writer's key opens it.
    (row,) = await _kept_rows(w)
    assert row.entry_id == record.entry_id and row.author_id == w.alice.id
    assert b"curious" not in row.body and b"pace" not in row.body
    aad = f"kept:{row.entry_id}:{row.post_id}".encode()
    alices = await _key_of(w, w.alice.id)
    assert alices is not None and "You stayed curious with [name]." in alices.decrypt(row.body, aad)
    for writer in (w.bob.id, g.dave.id):
        key = await _key_of(w, writer)
        assert key is not None
        with pytest.raises(WrongKeyError):
            key.decrypt(row.body, aad)

    # /entries shows them with the entry, as they were posted (anonymized, named if chosen).
    listing = await w.alice.slash(w.channel, "entries")
    card = await w.alice.select(listing.response.message, [str(record.entry_id)])
    fields = shown_answers(card)
    shown = fields["Affirmations from the group"]
    assert "You stayed curious with [name]." in shown and "pace" in shown
    assert "Maria" not in shown

    # /export has them; bob's export does not.
    document = await exported(w, w.alice)
    assert sorted(
        (k["entry_id"], k["title"], k["text"]) for k in document["round"]["affirmations_kept"]
    ) == [
        (record.entry_id, "Affirmation", "You stayed curious with [name]."),
        (record.entry_id, "Affirmation from dave", "You trusted the client's pace."),
    ]
    assert (await exported(w, w.bob))["round"]["affirmations_kept"] == []

    # /forget of the presenter: the row and the key that sealed it are gone.
    ask = await w.alice.slash(w.channel, "forget")
    await w.alice.click(ask.response.message, label="Erase everything")
    assert await _kept_rows(w) == []
    assert await _key_of(w, w.alice.id) is None


async def test_a_presenter_who_reveals_is_offered_in_her_reply(group: Group) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    offers = [m for m in revealed.followups if "keep them with your entry" in m.content]
    assert len(offers) == 1 and offers[0].ephemeral
    kept = await w.alice.click(offers[0].message, label="Keep them with my entry")
    assert "Kept: 1 affirmation is now" in kept.response.content
    assert len(await _kept_rows(w)) == 1


async def test_a_member_who_stepped_out_writes_no_affirmation(group: Group) -> None:
    """The step-out guidance says "don't write an affirmation": the round holds her to it, and
    one she wrote before stepping out is withdrawn rather than posted to the presenter."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "You kept the door open.")
    await affirm(g.carol, w, "You stayed curious.")
    assert (the_post(w).embeds[1].footer.text or "").startswith("Affirmations written so far: 2")

    out = await w.bob.click(the_post(w), label="I may know this client")
    assert_responded(out, contains="don't write an affirmation", ephemeral=True)
    assert "Your affirmation for this round is withdrawn" in out.response.content
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert await repos.round.stepped_out(g.share_id, w.bob.id)
    assert (the_post(w).embeds[1].footer.text or "").startswith("Affirmations written so far: 1")

    again = await w.bob.click(the_post(w), label="Add an affirmation")
    assert_responded(again, contains="You stepped out of this round", ephemeral=True)
    assert again.modal is None

    dave_out = await g.dave.click(the_post(w), label="I may know this client")
    assert "withdrawn" not in dave_out.response.content  # he had written none

    await g.fiona.click(the_post(w), label="Reveal affirmations")
    revealed = [m.embeds[0].description for m in said(thread_of(w))]
    assert revealed == ["You stayed curious."]  # bob's never reaches the presenter


HOSTILE_AGREEMENT = (
    "Read [our rules](https://x.example) **now**.\n# No screenshots\n- Be kind <@&1> @everyone"
)
LIVE_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")  # [text]( with neither bracket escaped


async def test_an_admins_agreement_is_shown_inert_where_members_read_it(group: Group) -> None:
    """The group agreement is wording a server's admins typed, shown to every member inside
    the bot's own message: there it is inert, exactly as typed, as an uploaded script's
    wording is (before, a masked link in it was a live link, and '# ...' a heading, in what
    every member was asked to accept). The shipped default keeps its own emphasis."""
    g, w = group, group.w
    form = await g.admin.slash(w.channel, "setup agreement")
    saved = await g.admin.submit_modal(form, {"agreement": HOSTILE_AGREEMENT})
    assert_responded(saved, contains="Saved.", ephemeral=True)
    assert await bot_of(w.env).repos.round.agreement(w.guild.id) == HOSTILE_AGREEMENT  # as typed
    entry = await _entry(g)
    asked = await w.alice.slash(w.channel, "share", entry=str(entry))
    for shown in (saved.response.embeds[0].description, asked.response.embeds[0].description):
        assert shown is not None and LIVE_LINK.search(shown) is None, shown
        assert "**now**" not in shown and "\n# " not in shown and "\n- " not in shown
        assert re.sub(r"\\(.)", r"\1", shown) == HOSTILE_AGREEMENT  # reads exactly as typed
    accepted = await w.alice.click(asked.response.message, label="I accept")
    assert_responded(accepted, contains="you have accepted the group agreement")

    reset = await g.admin.submit_modal(
        await g.admin.slash(w.channel, "setup agreement"), {"agreement": DEFAULT_AGREEMENT}
    )
    assert reset.response.embeds[0].description == DEFAULT_AGREEMENT  # its bold kept
