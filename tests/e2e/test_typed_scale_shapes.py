"""A typed scale answer (a server's scale too wide for a select) written as a member writes a
number elsewhere: with a full stop after it ("70."), full-width, or with a non-breaking space
or an invisible mark around it. Each is the number it shows; before, "70." was answered
"needs a whole number from 0 to 100"."""

from __future__ import annotations

import pytest

from bot.models import EntryStatus
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_sparkle_errors import _to_last_page, scale_out_of_100


@pytest.mark.parametrize("typed", ["70.", "70/100.", "７０．", "\u00a070\u00a0", "\u206070\ufeff"])
async def test_a_typed_scale_answer_in_another_shape_is_read(world: World, typed: str) -> None:
    w = world
    await scale_out_of_100(w)
    shown = await _to_last_page(w)
    answers = {"noticed": "My colleague", "frequency": typed, "next_step": "Slow down."}
    done = await w.alice.submit_modal(shown, answers)
    assert done.ephemeral and "All saved" in said(done), said(done)
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status is EntryStatus.COMPLETE
    assert record.answers["frequency"] == typed  # kept as she typed it
