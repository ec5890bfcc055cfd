"""The presenter's closing goes up in the thread exactly as its preview showed it ("This is
exactly what will be posted"), though the thread's post anonymizes it once more: read as a
whole, a takeaway ending with a title ("…her Dr.") made a name of the next label ("**[name]
next step**"), a name the first pass kept in one part was found by the second from the
label before it, and that pass, read again, could find more still. The preview shows what
that pass gives once it changes nothing; its labels stay as they are."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

# The subject (what the closing's preview and post show) sits above the storage layer, whose
# queries other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

TYPED = [
    {"takeaway": "I will ask her Dr.", "step": "Call on Monday."},
    {"takeaway": "Slow down.", "step": "XIMENA BROUGHT HER SON MATEO (6) BECAUSE DAYCARE CLOSED."},
    {  # read once more, the thread's pass found more than it had shown ("WAKTU BETA")
        "takeaway": 'SCALING MOVED FROM 2/10 TO 5/10. HER OMA NOTICED AND SAID, "NGANA SO'
        ' BAE-BAE."',
        "step": 'BETA TANYA, "KAPAN LU PUNG RASA TAKUT TU KURANG?" DIA BILANG, "WAKTU BETA PI'
        ' KEBUN DENG MAMA YOSINA DI OESAPA." DIA PUNG KAKA FERDY YANG LIA DIA SU SENYUM-SENYUM.',
    },
]


def _closings(g: Group) -> list[Any]:
    return [m for m in said(thread_of(g.w)) if m.embeds and m.embeds[0].title == "Closing"]


@pytest.mark.parametrize("typed", TYPED)
async def test_the_closing_is_posted_as_its_preview_showed_it(
    group: Group, typed: dict[str, str]
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    form = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(form, typed)
    assert_responded(preview, contains="exactly what will be posted", ephemeral=True)
    shown = preview.response.embeds[0].description
    assert "**What I'm taking away**" in shown and "**My next step**" in shown
    assert "XIMENA" not in shown and "MATEO" not in shown

    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    (message,) = _closings(g)
    assert message.embeds[0].description == shown
    closing = await bot_of(w.env).repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.POSTED and closing.text == shown
