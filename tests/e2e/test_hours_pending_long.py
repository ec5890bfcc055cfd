"""/hours pending with requests whose group and topic are long: the message holds whole
entries only, and says how many more are in its menu. Before, the list was cut at Discord's
2,000 characters wherever that fell: in the middle of an entry's text, and the requests
after it were left out without a word, though the menu offered them."""

from __future__ import annotations

import re
from typing import Any

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.test_hours import TYPED, add, rows

GROUP = ("Peer group " * 17).strip()
TOPIC = ("Pacing questions " * 11).strip()


async def test_long_requests_are_listed_whole_and_the_rest_named(
    world: World, facilitated: Any
) -> None:
    w = world
    for day in range(2, 10):
        typed = {**TYPED, "when": f"2026-01-{day:02d} 60", "group": GROUP, "topic": TOPIC}
        done = await add(w.alice, w.channel, typed)
        await w.alice.click(done.response.message, label="Ask for attestation")
    assert [r.state for r in await rows(w)] == ["requested"] * 8

    pending = await facilitated.slash(w.channel, "hours pending")
    assert_responded(pending, contains="**Waiting for attestation**", ephemeral=True)
    said = pending.response.content
    assert len(said) <= 2000
    (menu,) = [c for row in pending.response.components for c in row["components"]]
    assert len(menu["options"]) == 8
    listed = said.count(f"<@{w.alice.id}>")
    assert 0 < listed < 8
    assert said.endswith(
        f"…and {8 - listed} more requests in the menu below: choose one to see it."
    )
    # every entry shown is whole: its group and topic, as typed
    assert said.count(f"**Group and facilitator:** {GROUP}\n") == listed
    assert len(re.findall(rf"\*\*Topic:\*\* {TOPIC}(\n|$)", said)) == listed
    assert [r.state for r in await rows(w)] == ["requested"] * 8  # looking changes nothing
