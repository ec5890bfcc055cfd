"""The share preview names the capitalised words the anonymizer kept as ordinary words."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
from simcord import assert_responded

import bot.privacy as privacy
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

# The subject (the preview's text) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

KEPT = "Kept as ordinary words:"


async def _preview(w: World, moment: str):
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, moment, w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    return entry, preview


async def test_preview_lists_kept_words_and_pings_no_one(configured: World) -> None:
    w = configured
    moment = (
        f"Maria Gonzalez kept her Duolingo streak and prayed Fajr with her Nana. "
        f"@everyone <@{w.bob.id}> it went well."
    )
    entry, preview = await _preview(w, moment)
    content = preview.response.content
    line = next(part for part in content.split("\n") if part.startswith(KEPT))
    assert "Duolingo" in line and "Fajr" in line and "Nana" in line
    assert "Maria" not in line and "Gonzalez" not in line
    assert "Edit text" in line
    message = preview.response.message
    assert not message.mention_everyone
    stored = w.env.backend.get_message(message.channel.id, message.id)
    assert not stored.ping_user_ids
    # The stored draft is the anonymized text the author sees, nothing more.
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.text == preview.response.embeds[0].description
    assert "Duolingo" in draft.text and "Gonzalez" not in draft.text
    assert w.channel.history() == []


async def test_preview_without_kept_words_says_nothing_about_them(configured: World) -> None:
    w = configured
    _, preview = await _preview(w, "It went well. They leaned in.")
    assert KEPT not in preview.response.content


async def test_a_long_list_stays_within_discord_limits(configured: World) -> None:
    w = configured
    regions = (Path(privacy.__file__).parent / "data" / "regions.txt").read_text().split("\n")
    places = [r.title() for r in regions if r.isalpha()][:200]
    _, preview = await _preview(w, f"She has lived in {', '.join(places)}.")
    content = preview.response.content
    assert len(content) <= 2000
    line = next(part for part in content.split("\n") if part.startswith(KEPT))
    assert places[0] in line and " more." in line


async def test_edited_text_lists_its_own_kept_words(configured: World) -> None:
    w = configured
    _, preview = await _preview(w, "It went well.")
    modal = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(
        modal, {"text": "After Shabbat she used Headspace; Rangi Parata came along."}
    )
    assert_responded(edited, contains="edited text", ephemeral=True)
    line = next(p for p in edited.response.content.split("\n") if p.startswith(KEPT))
    assert "Shabbat" in line and "Headspace" in line
    assert "Rangi" not in line and "Parata" not in line
    assert not edited.response.message.mention_everyone
    assert posts(w) == []


async def test_preview_still_shown_when_the_kept_words_cannot_be_listed(
    configured: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = configured

    def broken(_: str) -> list[str]:
        raise RuntimeError("word lists unreadable")

    monkeypatch.setattr(privacy, "kept_words_in", broken)
    entry, preview = await _preview(w, "She kept her Duolingo streak.")
    assert KEPT not in preview.response.content
    assert "Duolingo" in preview.response.embeds[0].description
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.text == preview.response.embeds[0].description
    assert isinstance(preview.response.message, discord.Message)


async def test_preview_lists_lower_case_words_in_no_list(configured: World) -> None:
    w = configured
    moment = "She finished the whole zorvath puzzle with jo, then played tautoru for us lol."
    entry, preview = await _preview(w, moment)
    line = next(p for p in preview.response.content.split("\n") if p.startswith(KEPT))
    # unlisted lower-case words the anonymizer kept are named; everyday and chat words are not
    assert "zorvath" in line and "tautoru" in line
    for everyday in ("puzzle", "played", "lol", "whole"):
        assert everyday not in line
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert "zorvath" in draft.text  # kept in the text too: the note names it, nothing more
    assert w.channel.history() == []
