"""The one-time notice: shown the first time a practitioner starts a conversation, recorded
per user, and not shown again (in another command, in a DM, after a restart)."""

from __future__ import annotations

from simcord import assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, modal_ids


async def test_the_notice_is_shown_once_per_user_and_recorded(world: World) -> None:
    w = world
    practitioners = bot_of(w.env).repos.practitioners
    notice = await w.alice.slash(w.channel, "sparkle")
    assert_responded(notice, contains="de-identified", ephemeral=True)
    for words in ("pass through Discord", "stored encrypted", "`/privacy`"):
        assert words in notice.response.content
    assert buttons(notice) == ["Continue"]
    assert not await practitioners.notice_seen(w.alice.id)  # shown, not yet read

    shown = await w.alice.click(notice.response.message, label="Continue")
    assert shown.acknowledged and modal_ids(shown) == ["moment", "signs"]
    assert await practitioners.notice_seen(w.alice.id)
    assert w.channel.history() == []  # nothing public

    # Not again: in the same command, in the other conversation, in a DM, after a restart.
    again = await w.alice.slash(w.channel, "sparkle")
    assert again.acknowledged and modal_ids(again) == ["moment", "signs"]
    debrief = await w.alice.slash(w.channel, "exception")
    assert debrief.acknowledged and debrief.modal is not None
    in_dm = await w.alice.user.slash("sparkle")
    assert in_dm.acknowledged and in_dm.modal is not None
    await w.env.restart_bot(create_bot())
    after = await w.alice.slash(w.channel, "sparkle")
    assert after.acknowledged and modal_ids(after) == ["moment", "signs"]

    # Another member still gets it, the first time, in whichever conversation.
    bobs = await w.bob.slash(w.channel, "exception")
    assert_responded(bobs, contains="de-identified", ephemeral=True)
    assert not await bot_of(w.env).repos.practitioners.notice_seen(w.bob.id)
    # Reading the notice stores nothing but that it was read: no entry before a page is sent.
    assert (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).total == 0
