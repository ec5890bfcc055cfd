"""A script's `intro` (README: admins may edit it) was never shown. It now opens the reply
after the first page (the page itself still opens at once: a form must be the command's first
answer) and the reply that offers to resume a draft; a server's intro is its admins' wording,
shown as typed and inert."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from bot.conversation.library import load_shipped
from bot.conversation.roles import ScriptKind
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, open_first_page, said
from tests.e2e.test_script_labels_inert import _inert
from tests.e2e.test_setup_script import _upload, edited

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
