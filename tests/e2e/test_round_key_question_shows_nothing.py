"""A key question typed as nothing that shows (zero-width spaces, a word joiner: the form
asks for one, so nothing else gets past it) was saved as no key question: the one the
presenter had written before was wiped, and the reply said "Preview with your key question"
above a "-". Now it is refused as an empty affirmation or closing is: nothing changes, and
the preview keeps the key question she wrote."""

from __future__ import annotations

import pytest
from simcord import assert_no_errors, assert_responded

from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _entry,  # pyright: ignore[reportPrivateUsage]
    posts,
)
from tests.e2e.test_round import group as group  # the fixture

INVISIBLE = "\u200b \u2060\u200b"


@pytest.mark.parametrize("before", ["What else could I try?", None])
async def test_a_key_question_that_shows_nothing_changes_nothing(
    group: Group, before: str | None
) -> None:
    g, w = group, group.w
    entry = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    shown = preview
    if before is not None:
        asked = await w.alice.click(preview.response.message, label="Add a key question")
        shown = await w.alice.submit_modal(asked, {"question": before})
        assert shown.response is not None
    assert shown.response is not None
    asked = await w.alice.click(shown.response.message, label="Add a key question")
    blank = await w.alice.submit_modal(asked, {"question": INVISIBLE})
    assert_responded(blank, contains="Nothing changed", ephemeral=True)
    assert blank.response is not None and "shows nothing" in blank.response.content
    (share_id,) = {  # the draft's, on its "Add a key question" button
        int(c["custom_id"].rsplit(":", 1)[1])
        for row in shown.response.components
        for c in row.get("components", [])
        if c.get("label") == "Add a key question"
    }
    record = await bot_of(w.env).repos.round.get(share_id)
    assert (record.key_question if record else None) == before
    assert posts(w) == []
    assert_no_errors(w.env)
