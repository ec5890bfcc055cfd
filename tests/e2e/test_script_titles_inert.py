"""A page title of a server's own script is an admin's wording, not the bot's: where a message
names the next page, it is shown as typed, never as a link, bold or a reversed line."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, open_first_page, said
from tests.e2e.test_script_labels_inert import _inert
from tests.e2e.test_setup_script import _upload, edited

LINK_TITLE = "Verify [here](https://x.example) **now**"


async def test_the_next_pages_hostile_title_is_shown_inert_after_each_page(
    world: World, admin: MemberActor
) -> None:
    w = world
    data = edited(
        "sparkle",
        ('title = "What you did differently"', f'title = "{LINK_TITLE}"'),
        ('title = "Noticing it, and doing more"', 'title = "Noticing it\\u202E"'),
    )
    assert_responded(await _upload(w, admin, "sparkle", data), contains="version 2")

    shown = await open_first_page(w.alice, w.channel)
    saved = await w.alice.submit_modal(shown, {"moment": "It clicked.", "signs": "Smiles."})
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
    assert "Verify \\[here]" in said(saved)  # the link's bracket escaped: no link
    _inert(said(saved))

    assert saved.response is not None
    second = await w.alice.click(saved.response.message, label="Continue")
    done = await w.alice.submit_modal(second, {"doing": "I slowed down.", "how": "Prepared."})
    assert_responded(done, contains="2 of 3 pages done", ephemeral=True)
    assert "Noticing it" in said(done)
    _inert(said(done))

    # what the entry holds is the pages as answered, with her server's version
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    stored = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert stored is not None and stored.script_version == 2 and stored.next_page == 2
    assert w.channel.history() == []
