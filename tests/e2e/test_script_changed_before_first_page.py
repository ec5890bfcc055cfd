"""An admin uploads a new version of a script while a member has its first page open, before
any entry of hers exists: the page she typed is saved with the version it showed her, the
rest is asked in that version, and the entry is shown with that version's questions. A new
reflection then uses the new version."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, modal_questions, open_first_page, texts
from tests.e2e.pages import SPARKLE_PAGES
from tests.e2e.test_setup_script import _upload, edited  # pyright: ignore[reportPrivateUsage]

OLD_LABEL, NEW_LABEL = "What happened in that moment?", "Tell us the moment"


async def test_a_first_page_open_during_an_upload_is_saved_in_the_version_it_showed(
    world: World, admin: MemberActor
) -> None:
    w = world
    bot = bot_of(w.env)
    shown = await open_first_page(w.alice, w.channel, "sparkle")
    assert OLD_LABEL in [q["label"] for q in modal_questions(shown)]
    renamed = edited(
        "sparkle",
        ('id = "moment"', 'id = "moment_now"'),
        (f'label = "{OLD_LABEL}"', f'label = "{NEW_LABEL}"'),
    )
    assert_responded(await _upload(w, admin, "sparkle", renamed), contains="version 2")

    step = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert_responded(step, contains="1 of 3 pages done", ephemeral=True)
    (header,) = (await bot.repos.entries.list_for_author(w.alice.id)).items
    assert header.script_version == 1
    for page in SPARKLE_PAGES[1:]:
        shown = await w.alice.click(step.response.message, label="Continue")
        assert shown.modal is not None and ":1" in shown.modal["custom_id"]
        step = await w.alice.submit_modal(shown, page)
        assert step.acknowledged and step.ephemeral
    assert "Done" in buttons(step)

    record = await bot.repos.entries.get(header.id, w.alice.id)
    assert record is not None and record.status == "complete" and record.script_version == 1
    assert record.answers["moment"] == SPARKLE_PAGES[0]["moment"]
    assert "moment_now" not in record.answers

    listing = await w.alice.slash(w.channel, "entries")
    viewed = await w.alice.select(listing.response.message, [str(header.id)])
    card = "\n".join(texts(viewed))
    assert f"### {OLD_LABEL}\n{SPARKLE_PAGES[0]['moment']}" in card and NEW_LABEL not in card

    fresh = await open_first_page(w.alice, w.channel, "sparkle")  # her entry is complete
    assert NEW_LABEL in [q["label"] for q in modal_questions(fresh)]
