"""An excerpt's Edit form submitted twice (Discord lost the answer to the first submit, the form
stayed open, and its author clicked Submit again): the second submit changes nothing, is
answered (never "This interaction failed"), and says so; an approval given in between stands.

SimCord 3.2.1 cannot submit one shown form twice through its public API (see
`tests.e2e.helpers.submit_again`)."""

from __future__ import annotations

from simcord import assert_no_errors

from bot.models import QuoteStatus
from bot.summary.render import highlight_quote
from tests.e2e.conftest import World
from tests.e2e.helpers import submit_again
from tests.e2e.test_excerpts import (
    _include,  # pyright: ignore[reportPrivateUsage]
    _labels,  # pyright: ignore[reportPrivateUsage]
    _stored,  # pyright: ignore[reportPrivateUsage]
    _write,  # pyright: ignore[reportPrivateUsage]
)

MOMENT = "The client laughed for the first time in weeks."
TYPED = "She laughed, then emailed me at jo.bloggs@example.com to say so."


async def _edited_once(w: World):
    """Alice includes her entry, opens Edit and submits new wording: (entry id, the form, the
    review of the edited excerpt)."""
    entry_id, recap = await _write(w, w.alice, MOMENT)
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    first = await w.alice.submit_modal(form, {"moment": TYPED})
    assert first.acknowledged and first.ephemeral and first.response is not None
    assert "jo.bloggs@example.com" not in first.response.content
    return entry_id, form, first


async def test_an_excerpt_edit_submitted_twice_is_saved_once_and_says_so(world: World) -> None:
    w = world
    entry_id, form, _ = await _edited_once(w)
    stored = (await _stored(w, entry_id, w.alice.id)).excerpts
    again = await submit_again(w.alice, form, {"moment": TYPED})
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert again.response.content.startswith("**Already saved.**")
    assert highlight_quote(stored["moment"]) in again.response.content
    assert "jo.bloggs@example.com" not in again.response.content
    assert _labels(again.response) == ["Edit", "Include", "Don't quote me"]
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.excerpts == stored and entry.quote_status is QuoteStatus.PENDING
    # Either message's Include approves the same wording, once.
    done = await w.alice.click(again.response, label="Include")
    assert done.response is not None and done.response.content.startswith("**Included.**")
    assert (await _stored(w, entry_id, w.alice.id)).quote_status is QuoteStatus.APPROVED
    assert_no_errors(w.env)


async def test_an_excerpt_edit_submitted_again_after_it_was_approved_keeps_the_approval(
    world: World,
) -> None:
    """The lost answer's form is submitted again after its author approved the wording (from
    the first answer): the approval stands, and the second submit says it changed nothing."""
    w = world
    entry_id, form, first = await _edited_once(w)
    assert first.response is not None
    approved = await w.alice.click(first.response, label="Include")
    assert approved.response is not None and "**Included.**" in approved.response.content
    stored = (await _stored(w, entry_id, w.alice.id)).excerpts

    again = await submit_again(w.alice, form, {"moment": TYPED})
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert again.response.content.startswith("**Nothing changed.**")
    assert "approved" in again.response.content
    assert highlight_quote(stored["moment"]) in again.response.content
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.excerpts == stored and entry.quote_status is QuoteStatus.APPROVED
    assert_no_errors(w.env)


async def test_an_excerpt_form_submitted_again_with_other_wording_is_a_new_edit(
    world: World,
) -> None:
    """The same form sent again with different text is an edit like any other: shown again,
    and any approval waits for the new wording."""
    w = world
    entry_id, form, _ = await _edited_once(w)
    again = await submit_again(w.alice, form, {"moment": "She laughed and said so twice."})
    assert again.response is not None and "Already saved" not in again.response.content
    assert "She laughed and said so twice." in again.response.content
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.excerpts == {"moment": "She laughed and said so twice."}
    assert entry.quote_status is QuoteStatus.PENDING
