"""A conversation's scale answer typed with a Japanese, Chinese or Korean keyboard in full-width
mode ("６０／１００"), or in another script's digits, reads as it shows on screen: 60 out of
100 (kept as typed, as every answer is), as /hours and /remind read what a member types. (A
scale of more than 25 steps is typed; a shorter one is offered as a menu.)"""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.conversation.engine import scale_out_of_ten
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, open_first_page, said
from tests.e2e.test_setup_script import _upload, edited

# The subject (reading what was typed) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only

OUT_OF_100 = edited(
    "sparkle",
    ('label = "How often does this happen now? (0-10)"', 'label = "How often now? (0-100)"'),
    ('kind = "scale"', 'kind = "scale"\nmax_value = 100'),
)


@pytest.mark.parametrize(
    "typed", ["６０／１００", "٦٠/١٠٠", "６０ ／ １００"], ids=["wide", "arabic", "spaced"]
)
async def test_a_wide_scale_answer_completes_the_entry(
    world: World, admin: Any, typed: str
) -> None:
    w = world
    assert_responded(await _upload(w, admin, "sparkle", OUT_OF_100), contains="Saved")
    shown = await open_first_page(w.alice, w.channel)
    for page in SPARKLE_PAGES[:-1]:
        step = await w.alice.submit_modal(shown, page)
        assert step.response is not None
        shown = await w.alice.click(step.response.message, label="Continue")
    recap = await w.alice.submit_modal(shown, SPARKLE_PAGES[-1] | {"frequency": typed})
    assert_responded(recap, ephemeral=True)
    assert "All saved" in said(recap) and "another look" not in said(recap)
    repos = bot_of(w.env).repos
    (entry,) = (await repos.entries.list_for_author(w.alice.id)).items
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status == "complete"
    assert record.answers["frequency"] == typed  # kept as typed, and read as 60 of 100
    script = await bot_of(w.env).scripts.for_entry(record)
    assert scale_out_of_ten(script, record.answers) == 6.0
