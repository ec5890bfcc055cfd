"""An admin edits a script in the middle of a week: the weekly summary still counts what the
week's entries say, whichever version each was written with."""

from __future__ import annotations

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, modal_questions, open_first_page
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES
from tests.e2e.test_setup_script import _upload, edited  # pyright: ignore[reportPrivateUsage]
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
