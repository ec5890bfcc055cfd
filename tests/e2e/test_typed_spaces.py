"""A period or week typed with another kind of space between its words, as a paste from a
calendar or a document brings (a non-breaking space) or an East Asian keyboard types (an
ideographic space): it looks the same on her screen, so it reads the same. Before, /summary
answered "I couldn't read “last week” as a week" and /hours report "I couldn't read the
period “last year”", quoting back what looked exactly like the words it asked for."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_flow import members_reflected

SPACES = ["\u00a0", "\u3000", "\u202f", "  "]


@pytest.mark.parametrize("space", SPACES)
async def test_a_report_period_typed_with_another_space_is_read(world: World, space: str) -> None:
    w = world
    for period in (f"last{space}year", f"this{space}year", f"2025-01-01{space}to{space}2025-12-31"):
        report = await w.alice.slash(w.channel, "hours report", period=period)
        assert_responded(report, contains="No consultation hours logged", ephemeral=True)
        assert "couldn't read" not in report.response.content


@pytest.mark.parametrize("space", SPACES)
async def test_a_summary_week_typed_with_another_space_is_read(
    world: World, facilitation, space: str
) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week=f"this{space}week")
    assert preview.acknowledged and preview.ephemeral
    assert "3 reflections from 3 contributors" in preview.response.embeds[0].description
    assert weekly.history() == []  # a preview: nothing posted
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == [
        (fiona.id, w.guild.id, "2025-12-29")
    ]
