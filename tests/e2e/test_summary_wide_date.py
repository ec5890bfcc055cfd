"""/summary reads a week's date typed with a Japanese, Chinese or Korean keyboard in full-width
mode ("２０２６－０１－０２"), or in another script's digits, as it shows on screen: as /hours and
/remind read what a member types."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_flow import DAY, members_reflected, others_reflected

# The subject (reading what was typed) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize("typed", ["２０２６－０１－０２", "٢٠٢٦-٠١-٠٢"], ids=["wide", "arabic"])
async def test_a_wide_date_names_its_week(world: World, facilitation, typed: str) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False, moment="Week one moment {}.")
    await w.env.advance_time(7 * DAY)  # Thu 8 Jan: the next week
    await others_reflected(w, 1, "Week two moment {}.", first=200)
    preview = await fiona.slash(w.channel, "summary", week=typed)
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    (embed,) = preview.response.embeds
    assert "29 December" in (embed.title or "")
    assert "3 reflections from 3 contributors" in (embed.description or "")
    assert weekly.history() == []
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == [
        (fiona.id, w.guild.id, "2025-12-29")
    ]
