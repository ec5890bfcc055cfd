"""/setup script: download, upload (kept or refused) and reset; old entries keep their questions."""

from __future__ import annotations

import re

import discord
import pytest
import simcord
from simcord import assert_error, assert_responded

from bot.conversation.script import shipped_source
from tests.e2e.conftest import World, set_consultation_channel
from tests.e2e.helpers import (
    bot_of,
    modal_questions,
    new_page_id,
    open_first_page,
    shown_answers,
)
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES, _complete_debrief

NEW_MOMENT = 'label = "What went well in that session?"'
OLD_HELPED = "What did the client do that helped?"
NEW_HELPED = "What helped, in the client's words?"


def edited(kind: str, *changes: tuple[str, str]) -> bytes:
    """The shipped script of `kind` with each (old, new) text replaced once."""
    text = shipped_source(kind)
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text.encode()


async def _upload(w: World, admin, kind: str, data: bytes):
    return await admin.slash(
        w.channel, "setup script upload", script=kind, file=(f"{kind}.toml", data)
    )


async def test_download_gives_the_default_script_as_a_toml_file(world: World, admin) -> None:
    w = world
    got = await admin.slash(w.channel, "setup script download", script="sparkle")
    assert_responded(got, contains="the default", ephemeral=True)
    (file,) = got.response.attachments
    assert file.filename == "sparkle-script.toml"
    assert (await file.read()).decode() == shipped_source("sparkle")
    assert await bot_of(w.env).repos.scripts.latest(w.guild.id, "sparkle") is None


async def test_members_cannot_change_a_script_even_if_overridden(world: World) -> None:
    w = world
    with pytest.raises(simcord.SetupError, match="default-member-permissions"):
        await w.alice.slash(w.channel, "setup script download", script="sparkle")
    setup_command = w.env.backend.find_command("setup", w.guild.id)
    w.guild.set_command_permissions(int(setup_command["id"]), {w.alice: True})
    data = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))
    for refused in (
        await _upload(w, w.alice, "sparkle", data),
        await w.alice.slash(w.channel, "setup script download", script="sparkle"),
    ):
        assert_responded(refused, contains="Manage Server", ephemeral=True)
        assert_error(w.env, discord.app_commands.CheckFailure)
    assert await bot_of(w.env).repos.scripts.latest(w.guild.id, "sparkle") is None
    assert await bot_of(w.env).repos.audit.kinds("script") == []


async def test_an_uploaded_script_is_audited_and_used_for_new_entries(world: World, admin) -> None:
    w = world
    bot = bot_of(w.env)
    data = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))
    saved = await _upload(w, admin, "sparkle", data)
    assert_responded(saved, contains="version 2", ephemeral=True)
    assert "Saved" in saved.response.content
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await bot.repos.audit.kinds("script") == [(admin.id, w.guild.id, "upload:sparkle:v2")]

    again = await admin.slash(w.channel, "setup script download", script="sparkle")
    assert_responded(again, contains="version 2", ephemeral=True)
    assert await again.response.attachments[0].read() == data

    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What went well in that session?"
    assert re.fullmatch(new_page_id("sparkle", 0, 2, w.guild.id), shown.modal["custom_id"])
    step = await w.alice.submit_modal(shown, {"moment": "It clicked.", "signs": "Smiles."})
    assert step.acknowledged and step.response is not None and "Saved" in step.response.content
    (entry,) = (await bot.repos.entries.list_for_author(w.alice.id)).items
    assert entry.script_version == 2
    record = await bot.repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == {"moment": "It clicked.", "signs": "Smiles."}


async def test_a_refused_upload_lists_every_problem_by_question_and_changes_nothing(
    world: World, admin
) -> None:
    w = world
    bot = bot_of(w.env)
    data = edited(
        "exception",
        ('label = "Area of concern"', f'label = "{"A very long label for the area " * 2}"'),
        ('{ value = "grief", label = "Grief and loss" },', ""),
        ('role = "goal"', 'role = "treatment_goal"'),
    )
    refused = await _upload(w, admin, "exception", data)
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    text = refused.response.content
    assert "problems" in text
    assert "question 'area' (label)" in text and "45 characters" in text
    assert "question 'goal' (role)" in text
    assert await bot.repos.scripts.latest(w.guild.id, "exception") is None
    assert await bot.repos.audit.kinds("script") == []

    # Once the file loads, dropped choice values are refused too: old answers would lose them.
    dropped = edited("exception", ('{ value = "grief", label = "Grief and loss" },', ""))
    refused = await _upload(w, admin, "exception", dropped)
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    assert "question 'area' (choices)" in refused.response.content
    assert "grief" in refused.response.content

    for bad, says in (
        (b"id = [", "not valid TOML"),
        (shipped_source("sparkle").encode(), 'keep id = "exception"'),
        (b"\xff\xfe\x00", "not UTF-8"),
    ):
        refused = await _upload(w, admin, "exception", bad)
        assert_responded(refused, contains=says, ephemeral=True)
    assert await bot.repos.scripts.latest(w.guild.id, "exception") is None
    assert await bot.repos.audit.kinds("script") == []


async def test_a_script_whose_words_are_invisible_is_refused_and_members_keep_the_questions(
    world: World, admin
) -> None:
    """A label of spaces, zero-width or bidi marks would open a form with a blank question."""
    w = world
    bot = bot_of(w.env)
    data = edited(
        "sparkle",
        ('label = "What happened in that moment?"', 'label = "\u200b\u200b"'),
        ('title = "Your sparkling moment"', 'title = "   "'),
        ('label = "How could you tell it was going well?"', 'label = "\u202e"'),
    )
    refused = await _upload(w, admin, "sparkle", data)
    assert_responded(refused, contains="Nothing was changed", ephemeral=True)
    text = refused.response.content
    assert "3 problems" in text
    for where in ("page 1 (title)", "question 'moment' (label)", "question 'signs' (label)"):
        assert f"{where}: shows nothing" in text
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") is None
    assert await bot.repos.audit.kinds("script") == []

    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert "Your sparkling moment" in shown.modal["title"]
    assert [q["label"] for q in modal_questions(shown)][:2] == [
        "What happened in that moment?",
        "How could you tell it was going well?",
    ]


@pytest.mark.postgres_too
async def test_reset_goes_back_to_the_default_and_is_audited(world: World, admin) -> None:
    w = world
    bot = bot_of(w.env)
    same = await admin.slash(w.channel, "setup script reset", script="sparkle")
    assert_responded(same, contains="already uses the default", ephemeral=True)
    await _upload(
        w,
        admin,
        "sparkle",
        edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT)),
    )
    reset = await admin.slash(w.channel, "setup script reset", script="sparkle")
    assert_responded(reset, contains="Reset", ephemeral=True)
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (3, shipped_source("sparkle"))
    assert await bot.repos.scripts.get(w.guild.id, "sparkle", 2) is not None  # kept for old entries
    assert [s for *_, s in await bot.repos.audit.kinds("script")] == [
        "upload:sparkle:v2",
        "reset:sparkle:v3",
    ]
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    assert modal_questions(shown)[0]["label"] == "What happened in that moment?"
    again = await admin.slash(w.channel, "setup script reset", script="sparkle")
    assert_responded(again, contains="already uses the default", ephemeral=True)


async def test_an_entry_written_before_a_script_change_keeps_its_questions(
    world: World, admin
) -> None:
    w = world
    bot = bot_of(w.env)
    await set_consultation_channel(w, admin)
    await _complete_debrief(w)
    (old,) = (await bot.repos.entries.list_for_author(w.alice.id)).items
    helped = str(EXCEPTION_PAGES[1]["client_did"])
    # The new version renames a question's id and relabels it and an area choice.
    data = edited(
        "exception",
        ('id = "client_did"', 'id = "client_helped"'),
        (f'label = "{OLD_HELPED}"', f'label = "{NEW_HELPED}"'),
        ('label = "Low mood / depression"', 'label = "Feeling low"'),
    )
    assert_responded(await _upload(w, admin, "exception", data), contains="version 2")

    listing = await w.alice.slash(w.channel, "entries")
    assert listing.response is not None
    shown = await w.alice.select(listing.response.message, [str(old.id)])
    assert shown.response is not None
    fields = shown_answers(shown)
    assert fields[OLD_HELPED] == helped and NEW_HELPED not in fields

    preview = await w.alice.slash(w.channel, "share", entry=str(old.id))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    embed = preview.response.embeds[0]
    assert embed.title == "A client exception (low mood / depression)"
    shared = embed.description or ""
    assert f"**{OLD_HELPED}**" in shared and NEW_HELPED not in shared

    note = await w.alice.slash(w.channel, "note", entry=str(old.id), format="soap")
    assert note.response is not None
    body = (await note.response.attachments[0].read()).decode()
    assert "laid out clothes; told themself" in body.lower()
    assert "what the client did that helped" not in body  # no gap: the answer was found

    # A new debrief is asked with the new version.
    shown = await open_first_page(w.alice, w.channel, "exception")
    assert shown.modal is not None
    assert re.fullmatch(new_page_id("exception", 0, 2, w.guild.id), shown.modal["custom_id"])
    options = modal_questions(shown)[0]["component"]["options"]
    assert "Feeling low" in [o["label"] for o in options]
    (still,) = (await bot.repos.entries.list_for_author(w.alice.id)).items
    assert still.id == old.id and still.script_version == 1  # the old entry is untouched


async def test_an_upload_retried_after_its_audit_write_failed_is_not_a_new_version(
    world: World, admin
) -> None:
    """An earlier release stored the script and then wrote its audit record separately; that
    write failed, so the admin saw an error and uploads the same file again: it is already the
    current version, nothing new is stored, and the upload's lost audit record is written now.
    (Uploads now store both in one transaction: test_note_and_reset_db_faults.)"""
    w = world
    bot = bot_of(w.env)
    data = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))
    # What that release left: the version, without its audit record.
    assert await bot.repos.scripts.add(w.guild.id, "sparkle", data.decode(), after=1) == 2
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await bot.repos.audit.kinds("script") == []

    again = await _upload(w, admin, "sparkle", data)
    assert_responded(again, contains="already the current one", ephemeral=True)
    assert "version 2" in again.response.content
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await bot.repos.audit.kinds("script") == [(admin.id, w.guild.id, "upload:sparkle:v2")]

    # Once more (a third click): still version 2, and audited once.
    third = await _upload(w, admin, "sparkle", data.replace(b"\n", b"\r\n"))
    assert_responded(third, contains="already the current one", ephemeral=True)
    assert (await bot.repos.scripts.latest(w.guild.id, "sparkle"))[0] == 2  # type: ignore[index]
    assert len(await bot.repos.audit.kinds("script")) == 1


async def test_uploading_the_default_unchanged_stores_nothing(world: World, admin) -> None:
    w = world
    bot = bot_of(w.env)
    same = await _upload(w, admin, "sparkle", shipped_source("sparkle").encode())
    assert_responded(same, contains="already the current one", ephemeral=True)
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") is None
    assert await bot.repos.audit.kinds("script") == []
