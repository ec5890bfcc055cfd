"""/export, /forget and /privacy."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path

import discord
import jsonschema
import pytest
from simcord import InteractionResult, assert_error, assert_responded
from sqlalchemy.exc import OperationalError

from bot.export import package
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    assert_nothing_stored_of,
    bot_of,
    erase_everything,
    forge_click,
    stored_entry,
    texts,
)
from tests.e2e.test_exception_and_notes import _complete_debrief  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_note_and_reset_db_faults import (
    _told_failure,  # pyright: ignore[reportPrivateUsage]
)

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs/export.schema.json").read_text(encoding="utf-8")
)

AWKWARD = [
    "plain",
    "🙂 emoji and @everyone and <@123> and **bold**",
    "NUL\x00inside\r\nand CRLF \u200b\u202e bidi",
    "x" * 4000,
]


async def _entry(w: World, author: int, answers: dict[str, str], complete: bool = True) -> int:
    return await stored_entry(
        bot_of(w.env), author, answers, guild_id=w.guild.id, complete=complete
    )


async def _export(w: World, actor) -> dict[str, bytes]:
    result = await actor.slash(w.channel, "export")
    assert result.acknowledged and result.ephemeral
    return {a.filename: await a.read() for a in result.response.attachments}


async def test_export_validates_and_round_trips_every_answer(world: World) -> None:
    w = world
    answers = {f"q{i}": text for i, text in enumerate(AWKWARD)}
    entry_id = await _entry(w, w.alice.id, answers)
    await _entry(w, w.bob.id, {"moment": "Bob's, not Alice's"})
    files = await _export(w, w.alice)
    assert set(files) == {"sparkle-export.json", "sparkle-export.md"}
    document = json.loads(files["sparkle-export.json"])
    jsonschema.validate(document, SCHEMA)
    assert document["user_id"] == str(w.alice.id)
    (entry,) = document["entries"]
    assert entry["id"] == entry_id and entry["answers"] == answers  # byte for byte
    assert "Bob's" not in files["sparkle-export.json"].decode()
    markdown = files["sparkle-export.md"].decode()
    assert markdown.startswith("# Your Sparkle data") and "🙂 emoji" in markdown
    assert (await bot_of(w.env).repos.audit.kinds("export")) == [(w.alice.id, w.guild.id, None)]


async def test_an_export_while_the_database_is_down_answers_and_a_retry_exports(
    world: World,
) -> None:
    w = world
    answers = {"moment": "She laughed at her own joke."}
    entry_id = await _entry(w, w.alice.id, answers)
    repos = bot_of(w.env).repos

    async def database_down(*_: object, **__: object) -> None:
        raise OperationalError("SELECT entries", {}, Exception("connection refused"))

    repos.userdata.export = database_down  # type: ignore[method-assign]
    failed = await w.alice.slash(w.channel, "export")
    _told_failure(failed)
    assert all(not m.attachments for m in [failed.response, *failed.followups] if m is not None)
    assert_error(w.env, OperationalError)
    assert w.channel.history() == []
    assert await repos.audit.kinds("export") == []  # nothing was handed over

    del repos.userdata.export  # the database is back
    files = await _export(w, w.alice)
    (entry,) = json.loads(files["sparkle-export.json"])["entries"]
    assert entry["id"] == entry_id and entry["answers"] == answers
    assert await repos.audit.kinds("export") == [(w.alice.id, w.guild.id, None)]


async def test_large_exports_are_zipped_to_fit() -> None:
    big = {"a.json": b"{" + b"x" * (6 * 1024 * 1024) + b"}", "a.md": b"y" * (5 * 1024 * 1024)}
    packed = package(big)
    assert list(packed) == ["sparkle-export.zip"]
    assert len(packed["sparkle-export.zip"]) < 1024 * 1024
    with zipfile.ZipFile(BytesIO(packed["sparkle-export.zip"])) as archive:
        assert archive.read("a.md") == big["a.md"]


async def test_forget_erases_every_row_and_a_second_export_is_empty(world: World) -> None:
    w = world
    admin_role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admin_role])
    await admin.slash(w.channel, "setup channels", consultation=w.channel)
    entry_id = await _entry(w, w.alice.id, {"moment": "Shared moment", "frequency": "5"})
    await _entry(w, w.alice.id, {"moment": "A draft"}, complete=False)
    bobs = await _entry(w, w.bob.id, {"moment": "Bob stays"})
    preview = await w.alice.slash(w.channel, "share", entry=str(entry_id))
    await w.alice.click(preview.response.message, label="Post anonymously")
    await w.alice.slash(w.channel, "export")
    assert any(m.type is discord.MessageType.default for m in w.channel.history())

    ask = await w.alice.slash(w.channel, "forget")
    assert_responded(ask, contains="can't be undone", ephemeral=True)
    # Bob cannot press Alice's erase button, even by forging it.
    bob_view = await w.bob.slash(w.channel, "privacy")
    refused = await forge_click(w.bob, bob_view.response.message, f"sk:forget:{w.alice.id}")
    assert_responded(refused, contains="isn't available to you", ephemeral=True)

    done = await w.alice.click(ask.response.message, label="Erase everything")
    assert done.acknowledged and "erased" in done.response.content
    assert [m for m in w.channel.history() if m.type is discord.MessageType.default] == []

    repos = bot_of(w.env).repos
    await assert_nothing_stored_of(repos, w.alice.id)
    assert await repos.entries.get(bobs, w.bob.id) is not None
    assert (await repos.audit.kinds("erasure")) == [(None, None, None)]

    files = await _export(w, w.alice)
    document = json.loads(files["sparkle-export.json"])
    assert document["entries"] == [] and document["shares"] == [] and document["settings"] is None


async def test_privacy_explains_storage_and_warns_about_identifiers(world: World) -> None:
    result = await world.alice.slash(world.channel, "privacy")
    assert_responded(result, embed_title="Sparkle and your privacy", ephemeral=True)
    text = result.response.embeds[0].description
    for needle in ("AES-256-GCM", "/export", "/forget", "not a clinical record", "de-identified"):
        assert needle in text
    # What a backup made before /forget holds is said plainly, not "not even from a backup".
    assert "A backup made before it holds your data until whoever runs this bot deletes" in text
    assert "if it is ever restored, the bot erases you again at once" in text


async def test_forget_whose_answer_discord_lost_still_says_what_was_erased(world: World) -> None:
    """The erasure is done but Discord refused the edit that says so: the member is told the
    result in a new private message, never "anything you saved is safe"."""
    w = world
    await stored_entry(bot_of(w.env), w.alice.id, {"moment": "A moment."}, guild_id=w.guild.id)
    ask = await w.alice.slash(w.channel, "forget")
    w.env.inject_error("PATCH", "/webhooks/*", status=500, message="upstream down", times=1)
    done = await w.alice.click(ask.response.message, label="Erase everything")
    assert done.acknowledged
    told = [m.content for m in done.followups]
    assert len(told) == 1 and "Everything Sparkle held about you is erased" in told[0]
    assert done.followups[0].ephemeral
    assert "saved before this is safe" not in told[0]
    entries = await bot_of(w.env).repos.entries.list_for_author(w.alice.id, limit=10)
    assert entries.items == []


async def test_an_erasure_the_database_cut_short_says_so_and_a_second_forget_finishes(
    world: World,
) -> None:
    """The database fails halfway through /forget's transaction (after her posts' part,
    before her consultation round's): nothing is erased, she is told so and to run /forget
    again, never "anything you saved is safe"; the second /forget erases everything."""
    w = world
    repos = bot_of(w.env).repos
    await stored_entry(bot_of(w.env), w.alice.id, {"moment": "A moment."})

    async def database_down(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("database is down")

    repos.round.forget_in = database_down  # type: ignore[method-assign]
    cut = await erase_everything(w.alice, w.channel)
    assert cut.acknowledged and len(cut.followups) == 1 and cut.followups[0].ephemeral
    told = cut.followups[0].content
    assert "erasure did not happen" in told and "Nothing was erased" in told
    assert "Run `/forget` again" in told and "saved before this is safe" not in told
    assert len((await repos.entries.list_for_author(w.alice.id, limit=10)).items) == 1
    assert await repos.audit.kinds("erasure") == []

    del repos.round.forget_in
    again = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in again.response.content
    assert (await repos.entries.list_for_author(w.alice.id, limit=10)).items == []


async def test_erase_everything_clicked_again_after_the_erasure_erases_nothing_more(
    configured: World,
) -> None:
    """Two /forget prompts (or a click again after a lost answer): the second Erase
    everything finds nothing, says so truthfully, and the other member's data is untouched."""
    w = configured
    await _entry(w, w.alice.id, {"moment": "Mine"})
    bobs = await _entry(w, w.bob.id, {"moment": "Bob stays"})
    first = await w.alice.slash(w.channel, "forget")
    second = await w.alice.slash(w.channel, "forget")
    done = await w.alice.click(first.response.message, label="Erase everything")
    assert done.acknowledged and "Everything Sparkle held about you is erased" in said_of(done)
    again = await w.alice.click(second.response.message, label="Erase everything")
    assert again.acknowledged and again.response is not None and again.response.ephemeral
    assert "Everything Sparkle held about you is erased" in said_of(again)
    assert "went wrong" not in said_of(again)
    repos = bot_of(w.env).repos
    await assert_nothing_stored_of(repos, w.alice.id)
    assert await repos.entries.get(bobs, w.bob.id) is not None
    assert [m for m in w.channel.history() if m.type is discord.MessageType.default] == []


def said_of(result: InteractionResult) -> str:
    """Everything a click was answered with."""
    return "\n".join(
        [result.response.content if result.response else "", *(m.content for m in result.followups)]
    )


async def test_privacy_names_everything_stored_and_what_facilitators_see(
    world: World, facilitated
) -> None:
    """/privacy is what a member reads before trusting the bot: it must not say "only you"
    while her hours, once she asks for attestation, are shown to the server's facilitators."""
    w = world
    fiona = facilitated
    shown = await w.alice.slash(w.channel, "hours add", format="video", type="peer_group",
                                role="presenter")  # fmt: skip
    done = await w.alice.submit_modal(shown, {"when": "2026-01-05 60", "group": "Tuesday group",
                                              "topic": "Pacing", "learning": "Slow down",
                                              "reflection": "It helped."})  # fmt: skip
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    pending = await fiona.slash(w.channel, "hours pending")
    assert "Pacing" in pending.response.content  # what the facilitator does see
    assert "Slow down" not in pending.response.content and "It helped" not in (
        pending.response.content
    )

    result = await w.alice.slash(w.channel, "privacy")
    assert_responded(result, embed_title="Sparkle and your privacy", ephemeral=True)
    text = result.response.embeds[0].description
    stored_part = text.split("**How.**")[0]
    for kind in ("affirmations", "closings", "key questions", "excerpts", "share previews",
                 "group agreements"):  # fmt: skip
        assert kind in stored_part, kind
    # what /export holds besides: the affirmations she kept, the prompts and hours DMs sent
    for kind in ("affirmations from your group you chose to keep with your entry",
                 "meeting prompts", "messages about your hours"):  # fmt: skip
        assert kind in stored_part, kind
    seen = text.split("**Who can see it.**")[1].split("**What is posted")[0]
    assert "attest" in seen and "facilitators" in seen
    assert "learning goal" in seen and "reflection" in seen  # ...and what they never see
    assert "your own key" in text and "/forget" in text
    assert len(text) <= 4096


@pytest.mark.postgres_too
async def test_the_markdown_export_reads_as_the_entry_was_shown(configured: World, admin) -> None:
    """The readable file shows each answer as the recap did: a choice by its label, with the
    questions of the script version the entry was written with, and hours and rounds in words;
    the JSON keeps every answer exactly as stored."""
    w = configured
    source = await bot_of(w.env).scripts.source(w.guild.id, "exception")
    edited = source.replace('label = "Area of concern"', 'label = "What the work is about"')
    edited = edited.replace('label = "Low mood / depression"', 'label = "Feeling low"')
    upload = await admin.slash(w.channel, "setup script upload", script="exception",
                               file=("exception-script.toml", edited.encode()))  # fmt: skip
    assert_responded(upload, contains="Saved.", ephemeral=True)
    recap = await _complete_debrief(w)
    assert "**What the work is about** · Feeling low" in texts(recap)
    share = await w.alice.click(recap.response.message, label="Share anonymized")
    await w.alice.click(share.response.message, label="Post anonymously")
    shown = await w.alice.slash(w.channel, "hours add", format="video", type="peer_group",
                                role="presenter")  # fmt: skip
    typed = {"when": "2026-01-05 60", "group": "Tuesday group", "topic": "Pacing"}
    await w.alice.submit_modal(shown, typed | {"learning": "", "reflection": ""})

    files = await _export(w, w.alice)
    document = json.loads(files["sparkle-export.json"])
    jsonschema.validate(document, SCHEMA)
    (entry,) = document["entries"]
    assert entry["answers"]["area"] == "low_mood"  # the JSON: as stored
    assert entry["script_version"] == 2  # the version it is read with
    readable = files["sparkle-export.md"].decode()
    assert "1 entry, 1 share." in readable  # not "1 entries, 1 shares"
    assert "**What the work is about**\n\nFeeling low" in readable
    assert "**Who was in the session?**\n\nOne client" in readable
    assert "low_mood" not in readable and "individual\n" not in readable
    assert "**Did anyone notice? Who?**\n\n—" in readable  # an unanswered question
    assert "Peer consultation group, Video, Presented my own case (not attested)" in readable
    assert "## A round you presented (Clarifying questions)" in readable
