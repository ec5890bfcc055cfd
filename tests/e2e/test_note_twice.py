"""/note asked twice (the format picked again on the same Draft note message, or the command run
again after Discord lost the first answer): a note is a private reply made from what is stored,
so each ask is answered with the same draft, nothing is written or posted, and the debrief stays
as it was."""

from __future__ import annotations

import pytest
from simcord import assert_no_errors

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_exception_and_notes import _complete_debrief
from tests.e2e.test_note_and_reset_db_faults import FORMATS, STORED, TITLES


@pytest.mark.parametrize("fmt", FORMATS)
async def test_a_note_format_picked_twice_answers_twice_and_changes_nothing(
    world: World, fmt: str
) -> None:
    w = world
    recap = await _complete_debrief(w)
    assert recap is not None and recap.response is not None
    asked = await w.alice.click(recap.response.message, label="Draft note")
    assert asked.ephemeral and asked.response is not None
    bodies = []
    for _ in range(2):
        drafted = await w.alice.select(asked.response.message, [fmt])
        assert drafted.acknowledged and drafted.ephemeral and drafted.response is not None
        assert drafted.response.content.startswith(TITLES[fmt])
        markdown, plain = drafted.response.attachments  # the note as Markdown and as text
        assert markdown.filename.endswith(".md") and plain.filename.endswith(".txt")
        bodies.append((await markdown.read(), await plain.read()))
    assert bodies[0] == bodies[1]  # the same draft, from the same stored answers
    assert w.channel.history() == []
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == STORED and not record.is_draft
    assert_no_errors(w.env)
