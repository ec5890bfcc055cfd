"""A facilitator's attestation and decline forms carry text a tampered client (or a paste
that a client failed to cut) can send longer than the form allows: Discord's limit is only
a client-side promise. Such a text was stored as it came, and a 40,000-character attestation
locked the entry while the facilitator was told "something went wrong, please try again"
(the reply naming it was over Discord's 2,000 characters). Now a text over the form's limit
is refused in words, with what was typed given back, and the entry is left waiting,
unchanged; a text at the limit is kept whole."""

from __future__ import annotations

from typing import Any

import pytest

from bot.hours.model import Attestation
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, forge_submit
from tests.e2e.test_hours import _ask, _review  # pyright: ignore[reportPrivateUsage]

# The subject (what the form's submit accepts) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

LONG = ("😀*\u202e#<@1> " * 2000)[:5000]
# (button, what the form carried)
FORGED = {
    "attestation name, one over": ("Attest", {"name": "x" * 101, "credential": "LMFT"}),
    "attestation credential, long": ("Attest", {"name": "J. Lee", "credential": LONG}),
    "decline reason, one over": ("Decline", {"reason": "y" * 301}),
    "decline reason, long": ("Decline", {"reason": LONG}),
}


@pytest.mark.parametrize("case", list(FORGED))
async def test_an_over_long_facilitator_answer_is_refused_and_the_entry_left_waiting(
    world: World, facilitated: Any, case: str
) -> None:
    w, fiona = world, facilitated
    label, values = FORGED[case]
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label=label)
    assert shown.modal is not None
    sent = await forge_submit(fiona, w.channel, shown.modal["custom_id"], values)
    assert sent.acknowledged and sent.ephemeral and sent.response is not None
    assert "went wrong" not in sent.response.content
    assert "at most" in sent.response.content and "Nothing changed" in sent.response.content
    (back,) = sent.followups  # what was typed, given back (in a file when too long)
    assert back.ephemeral and "Nothing was saved from your form" in back.content
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.REQUESTED
    assert entry.attested_as == "" and entry.declined_reason == ""
    assert not [m for m in (w.alice.user.dm_channel.history() if w.alice.user.dm_channel else [])]


async def test_a_decline_reason_at_its_limit_is_kept_whole(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Decline")
    reason = ("😀*" * 150)[:300]
    done = await forge_submit(fiona, w.channel, shown.modal["custom_id"], {"reason": reason})
    assert done.response is not None and done.response.content.startswith("Declined.")
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.DECLINED
    assert entry.declined_reason == reason
