"""An excerpt's Edit form submitted twice (Discord lost the answer to the first submit, the form
stayed open, and its author clicked Submit again): the second submit changes nothing, is
answered (never "This interaction failed"), and says so; an approval given in between stands.

SimCord 3.2.1 cannot submit one shown form twice through its public API (see
`tests.e2e.helpers.submit_again`)."""

from __future__ import annotations

import pytest
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


@pytest.mark.postgres_too
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


async def test_a_stale_excerpt_form_never_overwrites_a_newer_edit_and_gives_back_the_text(
    world: World,
) -> None:
    """Two Edit forms opened on the same excerpts (two windows, or a form left open): once
    one of them is saved, the other's submit would overwrite newer wording, so it is not
    saved; its author is told so, gets what she typed back as a file, and sees the wording as
    it is now. The same with "Don't quote me" chosen in between: it stands."""
    w = world
    entry_id, recap = await _write(w, w.alice, MOMENT)
    review = await _include(w.alice, recap)
    older = await w.alice.click(review, label="Edit")  # left open in one window
    later = await w.alice.click(review, label="Edit")  # and opened again in another
    newer = "She laughed and said it had been weeks since she had."
    saved = await w.alice.submit_modal(later, {"moment": newer})
    assert saved.response is not None and highlight_quote(newer) in saved.response.content
    approved = await w.alice.click(saved.response, label="Include")
    assert approved.response is not None and "**Included.**" in approved.response.content

    typed = "An older wording I typed in the first window, and want to keep."
    stale = await w.alice.submit_modal(older, {"moment": typed})
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert stale.response.content.startswith("**Not saved.**")
    assert highlight_quote(newer) in stale.response.content  # as it is now
    (kept,) = stale.response.attachments
    assert typed in (await kept.read()).decode()
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.excerpts == {"moment": newer} and entry.quote_status is QuoteStatus.APPROVED
    assert w.channel.history() == []

    # "Don't quote me" in another window, then an Edit form opened before it is submitted.
    assert _labels(stale.response) == ["Edit", "Include", "Don't quote me"]
    review = await w.alice.click(stale.response, label="Edit")  # a form on the newer text
    declined = await w.alice.click(stale.response, label="Don't quote me")
    assert declined.response is not None and "**Not quoted.**" in declined.response.content
    stale = await w.alice.submit_modal(review, {"moment": typed})
    assert stale.response is not None and stale.response.content.startswith("**Not saved.**")
    (kept,) = stale.response.attachments
    assert typed in (await kept.read()).decode()
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.excerpts == {} and entry.quote_status is QuoteStatus.DECLINED
    assert_no_errors(w.env)
