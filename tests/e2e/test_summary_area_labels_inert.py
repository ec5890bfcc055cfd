"""An area of concern a server's admins relabelled in their script is named in what the group
sees: the weekly summary, and the title of a shared debrief. The label is their typing: it is
shown inert (no live link, bold or mention) and anonymized, as a share shows a script's
question labels; before, it went into the group's channel exactly as typed."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World, set_consultation_channel
from tests.e2e.helpers import bot_of
from tests.e2e.test_exception_and_notes import _complete_debrief  # pyright: ignore
from tests.e2e.test_script_change_midweek import (  # pyright: ignore[reportPrivateUsage]
    OLD_LOW,
    _debrief_included,
)
from tests.e2e.test_script_labels_inert import MASKED_LINK
from tests.e2e.test_setup_script import _upload, edited  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import _set_up, others_reflected  # pyright: ignore

HOSTILE_LOW = "Low mood, as [in my notes](https://x.example) **for Maria Lopez** @everyone"


async def test_a_relabelled_area_is_posted_in_the_summary_inert_and_anonymized(
    world: World, facilitation
) -> None:
    w = world
    admin, fiona, facilitators, weekly = facilitation
    await _set_up(w, admin, facilitators, weekly, schedule=False)
    relabelled = edited("exception", (f'label = "{OLD_LOW}"', f'label = "{HOSTILE_LOW}"'))
    assert_responded(await _upload(w, admin, "exception", relabelled), contains="version 2")
    for member in (w.alice, w.bob):
        assert HOSTILE_LOW in await _debrief_included(w, member)
    await others_reflected(w, 1, "Moment {} went well.")

    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert_responded(preview, ephemeral=True)
    posted = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert posted.acknowledged and posted.ephemeral
    (message,) = [m for m in weekly.history() if m.embeds]
    fields = {f.name: f.value or "" for f in message.embeds[0].fields}
    area = fields.get("Areas of concern", "")
    assert area.startswith("• Low mood") and area.endswith(": 2 entries"), fields
    assert MASKED_LINK.search(area) is None and "**for" not in area, area
    assert "Maria" not in area and "Lopez" not in area and "x.example" not in area, area
    assert not message.mention_everyone
    assert w.env.backend.get_message(weekly.id, message.id).ping_user_ids == []
    shown = {f.name: f.value for f in preview.response.embeds[0].fields}  # type: ignore[union-attr]
    assert shown.get("Areas of concern") == area  # posted exactly as previewed


async def test_a_shared_debrief_is_titled_with_its_area_inert_and_anonymized(
    world: World, admin
) -> None:
    """A share of a debrief is titled with its area of concern: the admins' label went into
    the post's title in the group's channel as typed (lower-cased, so a name in it was not
    even recognised by the anonymizer afterwards)."""
    w = world
    await set_consultation_channel(w, admin)
    relabelled = edited("exception", (f'label = "{OLD_LOW}"', f'label = "{HOSTILE_LOW}"'))
    assert_responded(await _upload(w, admin, "exception", relabelled), contains="version 2")
    await _complete_debrief(w)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    preview = await w.alice.slash(w.channel, "share", entry=str(entry.id))
    assert_responded(preview, contains="Preview", ephemeral=True)
    (shown,) = preview.response.embeds
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = [m for m in w.channel.history() if m.embeds]
    title = message.embeds[0].title or ""
    assert title == shown.title  # exactly as she saw it
    assert title.startswith("A client exception (low mood"), title
    assert MASKED_LINK.search(title) is None and "**for" not in title, title
    assert "maria" not in title.lower() and "x.example" not in title, title
    assert not message.mention_everyone
