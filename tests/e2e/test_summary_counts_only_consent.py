"""The weekly summary counts and quotes only entries their authors chose to include, entry by
entry: a reflection finished without choosing, or included and then taken out again, is in
neither the count nor the highlights, and does not lift a week over its minimum."""

from __future__ import annotations

from typing import Any

from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, buttons, open_first_page, said
from tests.e2e.test_summary_flow import members_reflected, others_reflected

CONSENT = "Include in weekly group summary"
UNCHOSEN = "Nobody chose to include this moment about a brave first phone call."
TAKEN_BACK = "Taken back later: a moment about the garden walk and a long quiet pause."


async def _reflection(actor: MemberActor, w: World, moment: str) -> Any:
    """A /sparkle finished in the server's channel: the recap with its buttons."""
    step = await actor.submit_modal(
        await open_first_page(actor, w.channel), SPARKLE_PAGES[0] | {"moment": moment}
    )
    for page in SPARKLE_PAGES[1:]:
        step = await actor.submit_modal(
            await actor.click(step.response.message, label="Continue"), page
        )
    assert step.ephemeral and "All saved" in said(step)
    return step


async def _choose(actor: MemberActor, recap: Any, now: str, then: str) -> None:
    assert f"{CONSENT}: {now}" in buttons(recap)
    chosen = await actor.click(recap.response.message, label=f"{CONSENT}: {now}")
    assert chosen.acknowledged
    assert f"{CONSENT}: {then}" in buttons(chosen)


async def test_entries_not_included_are_neither_counted_nor_quoted(
    world: World, facilitation, fiona: MemberActor
) -> None:
    w = world
    repos = bot_of(w.env).repos
    await members_reflected(w, facilitation, 2, schedule=False)
    unchosen = await _reflection(w.bob, w, UNCHOSEN)  # finished, no choice made
    assert f"{CONSENT}: No" in buttons(unchosen)
    recap = await _reflection(w.alice, w, TAKEN_BACK)
    await _choose(w.alice, recap, "No", "Yes")
    included = await w.alice.click(recap.response.message, label=f"{CONSENT}: Yes")
    assert f"{CONSENT}: No" in buttons(included)  # she took it out again
    for member in (w.alice, w.bob):
        (entry,) = (await repos.entries.list_for_author(member.id, limit=5)).items
        assert not entry.consent_summary

    below = await fiona.slash(w.channel, "summary")
    assert_responded(below, contains="2 took part, 3 are needed", ephemeral=True)
    assert below.response.embeds == []

    await others_reflected(w, 1, "A third member's moment {} went well.", first=200)
    pulled = await fiona.slash(w.channel, "summary")
    assert pulled.acknowledged and pulled.ephemeral
    shown = str(pulled.response.embeds[0].to_dict())
    assert "3 reflections from 3 contributors" in shown
    assert "phone call" not in shown and "garden walk" not in shown
    posted = await fiona.click(pulled.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    (message,) = facilitation[3].history()
    text = str(message.embeds[0].to_dict())
    assert "3 reflections from 3 contributors" in text
    assert "phone call" not in text and "garden walk" not in text
