"""/entries named an entry by its day in UTC: in New York on the evening of 31 December
(already 1 January in UTC) a reflection was listed as "Sparkling-moment reflection · 1 Jan
2026" beside Discord's own timestamp of it (31 December on her screen), its card and recap
said "Started 1 Jan 2026", /share and /hours offered it under that day and her export said
"Started 01 January 2026", while "Log hours" from it prefilled 2025-12-31. Entries are now
named by her own day (her /remind zone, else the server's, else UTC), as /hours and
/whatworks reckon it; what is stored is unchanged."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from simcord import InteractionResult, MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, open_first_page, texts
from tests.e2e.pages import SPARKLE_PAGES

NEW_YEARS_EVE, NEW_YEARS_DAY = "31 Dec 2025", "1 Jan 2026"


async def _reflect(actor: MemberActor, channel) -> InteractionResult:
    shown = await open_first_page(actor, channel)
    for page in SPARKLE_PAGES:
        step = await actor.submit_modal(shown, page)
        assert step.acknowledged and step.ephemeral
        if "Continue" in buttons(step):
            shown = await actor.click(step.response.message, label="Continue")
    assert "Done" in buttons(step)
    return step


def _labels(result) -> list[str]:
    return [
        o["label"]
        for c in result.response.components
        for child in c.get("components", [])
        if child.get("type") == 3
        for o in child["options"]
    ]


async def test_her_entry_is_named_by_her_own_day_in_the_list_card_and_choices(
    world: World, admin: MemberActor
) -> None:
    w = world
    # SimCord's clock starts at 2026-01-01 00:00 UTC: 19:00 on 31 December in New York.
    zoned = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(zoned, contains="America/New_York", ephemeral=True)
    recap = await _reflect(w.alice, w.channel)
    assert texts(recap)[-1] == f"-# Started {NEW_YEARS_EVE}"
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    assert entry.created_at == datetime(2026, 1, 1, tzinfo=UTC)  # stored as the moment

    listing = await w.alice.slash(w.channel, "entries")
    assert_responded(listing, ephemeral=True)
    shown = "\n".join(texts(listing))
    assert f"Sparkling-moment reflection · {NEW_YEARS_EVE} · complete" in shown
    assert NEW_YEARS_DAY not in shown
    (label,) = _labels(listing)
    assert NEW_YEARS_EVE in label and NEW_YEARS_DAY not in label

    card = await w.alice.select(listing.response.message, [str(entry.id)])
    assert texts(card)[-1] == f"-# Started {NEW_YEARS_EVE}"

    offered = await w.alice.autocomplete(w.channel, "share", "entry", "")
    assert [c["name"] for c in offered] == [
        f"Sparkling-moment reflection #{entry.id} · {NEW_YEARS_EVE}"
    ]
    offered = await w.alice.autocomplete(w.channel, "hours add", "reflection", "")
    assert [c["name"] for c in offered] == [
        f"Sparkling-moment reflection #{entry.id} · {NEW_YEARS_EVE}"
    ]

    # her readable export says what her recap and card said; the JSON keeps the moment in UTC
    exported = await w.alice.slash(w.channel, "export")
    assert_responded(exported, ephemeral=True)
    files = {a.filename: await a.read() for a in exported.response.attachments}
    assert "Started 31 December 2025." in files["sparkle-export.md"].decode()
    (stored,) = json.loads(files["sparkle-export.json"])["entries"]
    assert stored["created_at"] == "2026-01-01T00:00:00+00:00"

    # in a DM (no server), her own /remind zone names the day; without one, UTC's day
    listed = await w.alice.user.slash("entries")
    assert NEW_YEARS_DAY in "\n".join(texts(listed))
    reminded = await w.alice.user.slash(
        "remind", day="0", time="09:00", timezone="America/Los_Angeles"
    )
    assert_responded(reminded, contains="(America/Los_Angeles)", ephemeral=True)
    listed = await w.alice.user.slash("entries")
    assert NEW_YEARS_EVE in "\n".join(texts(listed))
