"""A client's name with invisible characters inside it ("Ma\u200bria", a zero-width space) or
its accent typed as a combining mark ("Lo\u0301pez") looks like the name on screen. The
anonymizer reads it as it shows, so it is replaced in the preview and never reaches the channel;
what the author typed is stored as typed."""

from __future__ import annotations

import unicodedata

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle, posts  # pyright: ignore[reportPrivateUsage]

HIDDEN = "Ma\u200bria Lo\u0301pez called me on 555\u200b-123-4567 after the session."
EDITED = "Then Jo\u00adse\u0301 Rami\u0301rez\u2060 joined us."


def _on_screen(text: str) -> str:
    """What a reader sees: no invisible characters, accents composed."""
    shown = "".join(c for c in text if c not in "\u200b\u00ad\u2060")
    return unicodedata.normalize("NFC", shown)


async def test_names_split_by_invisible_characters_never_reach_the_channel(
    configured: World,
) -> None:
    w = configured
    bot = bot_of(w.env)
    entry = await _complete_sparkle(bot, w.alice.id, HIDDEN, w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    shown = _on_screen(preview.response.embeds[0].description or "")
    for leaked in ("Maria", "María", "López", "Lopez", "555", "4567"):
        assert leaked not in shown
    assert "[name]" in shown and "[phone]" in shown

    edit = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(edit, {"text": EDITED})
    assert_responded(edited, contains="Preview of your edited text", ephemeral=True)
    assert edited.response is not None
    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    (message,) = posts(w)
    body = _on_screen(message.embeds[0].description or "")
    for leaked in ("Jose", "José", "Ramírez", "Ramirez"):
        assert leaked not in body
    assert body.startswith("Then [name]")

    record = await bot.repos.entries.get(entry, w.alice.id)
    assert record is not None and record.answers["moment"] == HIDDEN  # stored as typed
