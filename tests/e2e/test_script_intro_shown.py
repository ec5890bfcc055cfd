"""A script's `intro` (README: admins may edit it) was never shown. It now opens the reply
after the first page (the page itself still opens at once: a form must be the command's first
answer) and the reply that offers to resume a draft; a server's intro is its admins' wording,
shown as typed and inert."""

from __future__ import annotations

import pytest
from simcord import MemberActor, assert_responded

from bot.conversation.library import load_shipped
from bot.conversation.roles import ScriptKind
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, open_first_page, said, submit_again, texts
from tests.e2e.test_last_page_double_submit import TYPED as ONE_PAGE_TYPED
from tests.e2e.test_last_page_double_submit import _one_page_sparkle
from tests.e2e.test_script_labels_inert import _inert
from tests.e2e.test_setup_script import _upload, edited

RECAP_LEAD = "**All saved.** Here is your recap. Nothing is shared unless you choose to."
HOSTILE_INTRO = "Read [this](https://x.example) **now**, @everyone\\u202E"


async def test_the_intro_opens_the_first_progress_message_and_the_resume_offer(
    world: World,
) -> None:
    w = world
    intro = load_shipped()[ScriptKind.SPARKLE].intro
    assert intro.startswith("A sparkling moment is a recent time")
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None  # the first page first, the intro after it
    saved = await w.alice.submit_modal(shown, {"moment": "It clicked.", "signs": "Smiles."})
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
    assert said(saved).startswith(intro + "\n\n**Saved.**")
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    assert entry.is_draft and entry.next_page == 1  # the page is stored

    assert saved.response is not None
    second = await w.alice.click(saved.response.message, label="Continue")
    done = await w.alice.submit_modal(second, {"doing": "I slowed down.", "how": "Prepared."})
    assert_responded(done, contains="2 of 3 pages done", ephemeral=True)
    assert intro not in said(done)  # once, at the start

    again = await w.alice.slash(w.channel, "sparkle")
    assert_responded(again, contains="You have an unfinished", ephemeral=True)
    assert said(again).startswith(intro + "\n\nYou have an unfinished")


async def test_a_servers_own_intro_is_shown_as_typed_and_inert(
    world: World, admin: MemberActor
) -> None:
    w = world
    default = load_shipped()[ScriptKind.SPARKLE].intro
    source = edited("sparkle")
    start = source.index(b'intro = """')
    end = source.index(b'"""', start + len(b'intro = """')) + 3
    data = source[:start] + f'intro = "{HOSTILE_INTRO}"'.encode() + source[end:]
    assert_responded(await _upload(w, admin, "sparkle", data), contains="version 2")

    shown = await open_first_page(w.alice, w.channel)
    saved = await w.alice.submit_modal(shown, {"moment": "It clicked.", "signs": "Smiles."})
    text = said(saved)
    # exactly as typed: no link, no bold, the override closed on its line, and no one pinged
    assert text.startswith("Read \\[this\\](https://x.example) \\*\\*now\\*\\*, @everyone")
    assert default not in text
    _inert(text)
    assert saved.response is not None and not saved.response.message.mention_everyone
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    stored = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert stored is not None and stored.script_version == 2 and stored.next_page == 1

    offer = await w.alice.slash(w.channel, "sparkle")
    assert said(offer).startswith("Read \\[this\\](https://x.example)")
    _inert(said(offer))
    assert w.channel.history() == []


async def _one_page_script(w: World, admin: MemberActor) -> str:
    """The server's sparkle script becomes one page (with the shipped intro): its intro."""
    assert_responded(await _upload(w, admin, "sparkle", _one_page_sparkle()), contains="Saved")
    script = await bot_of(w.env).scripts.current(w.guild.id, ScriptKind.SPARKLE)
    assert len(script.pages) == 1 and script.version == 2
    return script.intro


@pytest.mark.sqlite_only
async def test_a_one_page_scripts_intro_opens_its_recap(world: World, admin: MemberActor) -> None:
    """With one page there is no reply "after the first page" but the recap: the intro opens
    it, and the same recap given again (its page submitted twice) still carries it."""
    w = world
    intro = await _one_page_script(w, admin)
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None  # the page first, as for a longer script
    recap = await w.alice.submit_modal(shown, ONE_PAGE_TYPED)
    assert_responded(recap, ephemeral=True)
    lead = texts(recap)[0]
    assert lead == f"{intro}\n\n{RECAP_LEAD}"
    assert buttons(recap) == ["Share anonymized", "Include in weekly group summary: No", "Done"]
    (header,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    entry = await bot_of(w.env).repos.entries.get(header.id, w.alice.id)
    assert entry is not None and not entry.is_draft and entry.script_version == 2
    assert entry.answers["moment"] == ONE_PAGE_TYPED["moment"]

    again = await submit_again(w.alice, shown, ONE_PAGE_TYPED)
    assert texts(again)[0].startswith("**Already saved**")
    assert f" {intro}\n\nHere is your recap." in texts(again)[0]
    assert texts(again)[1:] == texts(recap)[1:]
    assert len((await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items) == 1
    assert w.channel.history() == []


@pytest.mark.sqlite_only
async def test_a_one_page_scripts_intro_opens_the_recap_after_a_kept_warning(
    world: World, admin: MemberActor
) -> None:
    """A flagged answer answers the page with the privacy warning; Keep then shows the recap,
    the first reply of the conversation she reads past the page: the intro opens it."""
    w = world
    intro = await _one_page_script(w, admin)
    typed = {**ONE_PAGE_TYPED, "moment": "Maria laughed when she told me about Tacoma."}
    warned = await w.alice.submit_modal(await open_first_page(w.alice, w.channel), typed)
    assert_responded(warned, contains="may hold details that identify a client", ephemeral=True)
    assert intro not in said(warned)
    (header,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    entry = await bot_of(w.env).repos.entries.get(header.id, w.alice.id)
    assert entry is not None and not entry.is_draft and "name" in entry.flagged["moment"]

    assert warned.response is not None
    kept = await w.alice.click(warned.response.message, label="Keep")
    assert kept.acknowledged and kept.response is not None
    assert texts(kept)[0] == f"{intro}\n\n{RECAP_LEAD}"
    assert "Maria laughed" in said(kept)  # her answer as she typed it, in the recap
    assert w.channel.history() == []
