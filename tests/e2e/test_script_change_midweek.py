"""An admin edits a script in the middle of a week: the weekly summary still counts what the
week's entries say, whichever version each was written with."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, modal_questions, open_first_page
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES
from tests.e2e.test_setup_script import (  # pyright: ignore[reportPrivateUsage]
    NEW_HELPED,
    OLD_HELPED,
    _upload,
    edited,
)
from tests.e2e.test_summary_flow import _set_up, others_reflected  # pyright: ignore

OLD_LOW, NEW_LOW = "Low mood / depression", "Feeling low"


async def _debrief_included(w: World, member: MemberActor) -> list[str]:
    """A complete debrief (area: low mood) included in the weekly summary; the area labels
    its first page offered."""
    shown = await open_first_page(member, w.channel, "exception")
    offered = [o["label"] for o in modal_questions(shown)[0]["component"]["options"]]
    step = None
    for page in EXCEPTION_PAGES:
        step = await member.submit_modal(shown, page)
        assert step.acknowledged and step.ephemeral
        if "Continue" in buttons(step):
            shown = await member.click(step.response.message, label="Continue")
    assert step is not None and step.response is not None
    done = await member.click(step.response.message, label="Include in weekly group summary: No")
    assert done.acknowledged
    return offered


async def test_an_area_relabelled_midweek_is_counted_once_under_its_new_label(
    world: World, facilitation
) -> None:
    """Two members debriefed a low mood this week, one before the admin relabelled the area
    and one after. Before: the summary tallied areas by their label, so each label had one
    author, below the two an area needs, and the week's summary showed no area at all."""
    w = world
    admin, fiona, facilitators, weekly = facilitation
    await _set_up(w, admin, facilitators, weekly, schedule=False)
    assert OLD_LOW in await _debrief_included(w, w.alice)
    relabelled = edited("exception", (f'label = "{OLD_LOW}"', f'label = "{NEW_LOW}"'))
    assert_responded(await _upload(w, admin, "exception", relabelled), contains="version 2")
    assert NEW_LOW in await _debrief_included(w, w.bob)
    await others_reflected(w, 1, "Moment {} went well.")

    repos = bot_of(w.env).repos
    versions = {
        e.author_id: e.script_version
        for m in (w.alice, w.bob)
        for e in (await repos.entries.list_for_author(m.id)).items
    }
    assert versions == {w.alice.id: 1, w.bob.id: 2}
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    embed = preview.response.embeds[0]
    assert "3 reflections from 3 contributors" in (embed.description or "")
    fields = {f.name: f.value for f in embed.fields}
    assert fields.get("Areas of concern") == f"• {NEW_LOW}: 2 entries", fields


async def test_a_reset_while_a_debrief_is_midway_keeps_her_version_pages_and_answers(
    world: World, admin: MemberActor
) -> None:
    """Alice is midway through a debrief written with the server's version 2 (a renamed
    question) when the admin resets the script: the page she has open saves as she typed it,
    /exception offers to resume it, the rest is asked with version 2's questions, and her
    note finds every answer. A new debrief uses the default again."""
    w = world
    bot = bot_of(w.env)
    renamed = edited(
        "exception",
        ('id = "client_did"', 'id = "client_helped"'),
        (f'label = "{OLD_HELPED}"', f'label = "{NEW_HELPED}"'),
    )
    assert_responded(await _upload(w, admin, "exception", renamed), contains="version 2")
    shown = await open_first_page(w.alice, w.channel, "exception")
    first = await w.alice.submit_modal(shown, EXCEPTION_PAGES[0])
    second = await w.alice.click(first.response.message, label="Continue")
    assert NEW_HELPED in [q["label"] for q in modal_questions(second)]

    # The admin resets while page 2 is open: it saves as typed, with its own version.
    assert_responded(
        await admin.slash(w.channel, "setup script reset", script="exception"), contains="Reset"
    )
    page2 = {**EXCEPTION_PAGES[1]}
    page2["client_helped"] = page2.pop("client_did")
    saved = await w.alice.submit_modal(second, page2)
    assert saved.acknowledged and "2 of 3 pages done" in saved.response.content
    later = await w.alice.click(saved.response.message, label="Finish later")
    assert later.acknowledged

    again = await w.alice.slash(w.channel, "exception")
    assert again.response is not None and buttons(again) == ["Resume", "Start new"]
    resumed = await w.alice.click(again.response.message, label="Resume")
    assert resumed.modal is not None and ":2:" in resumed.modal["custom_id"]
    done = await w.alice.submit_modal(resumed, EXCEPTION_PAGES[2])
    assert done.acknowledged and "All saved" in (done.response.content or "") + str(
        done.response.components
    )
    (entry,) = (await bot.repos.entries.list_for_author(w.alice.id)).items
    assert entry.script_version == 2 and entry.status == "complete"
    record = await bot.repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["client_helped"] == page2["client_helped"]
    assert "client_did" not in record.answers

    note = await w.alice.slash(w.channel, "note", entry=str(entry.id), format="soap")
    body = (await note.response.attachments[0].read()).decode()
    assert "laid out clothes; told themself" in body.lower()
    assert "what the client did that helped" not in body  # found, not a gap

    fresh = await w.alice.slash(w.channel, "exception")  # no draft now: a new one at once
    assert fresh.modal is not None and ":3:" in fresh.modal["custom_id"]
