"""A member's and an admin's round forms carry text a tampered client can send longer than
the form allows: Discord's limit is only a client-side promise. A closing's takeaway or step
over 1,000 characters was stored whole (the form, reopened, showed only its first 1,000, so a
resubmit dropped the rest without a word), and an affirmation, a key question, a share's
edited text, the group agreement and an excerpt for the weekly summary over their limits were
cut without a word. Now each is refused in words, as the facilitator's forms are
(test_forged_facilitator_forms): the limit named, "Nothing changed", what was typed given back
(in a file when long), and what was stored before is as it was."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from tests.e2e.helpers import bot_of, forge_submit
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, add, rows
from tests.e2e.test_round import (  # pyright: ignore[reportPrivateUsage]
    Group,
    _at_affirmations,
    _entry,
    affirm,
    the_post,
)
from tests.e2e.test_round import group as group  # the fixture

# The subject (what the forms' submits accept) sits above the storage layer.
pytestmark = pytest.mark.sqlite_only

LONG = ("😀*\u202e#<@1> @everyone " * 2000)[:5000]

# What a case opens: (who submits, the form shown, a reader of what is stored).
Opened = tuple[Any, Any, Callable[[], Awaitable[object]]]


async def _closing(g: Group) -> Opened:
    w = g.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    saved = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert saved.response is not None and saved.response.content.startswith("Saved")
    again = await w.alice.click(the_post(w), label="Write my closing")
    return w.alice, again, lambda: repos.round.closing(g.share_id)


async def _affirmation(g: Group) -> Opened:
    w = g.w
    repos = await _at_affirmations(g)
    assert (await affirm(w.bob, w, "You listened well.")).response.content.startswith("Saved.")

    async def stored() -> object:
        mine = await repos.round.my_affirmation(g.share_id, w.bob.id)
        return mine and mine.text

    again = await w.bob.click(the_post(w), label="Add an affirmation")
    return w.bob, again, stored


async def _preview(g: Group, label: str) -> Opened:
    w = g.w
    repos = bot_of(w.env).repos
    entry = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None

    async def stored() -> object:
        (draft,) = await repos.outbox.drafts_of_entry(entry, w.alice.id)
        record = await repos.round.get(draft.id)
        return draft.text, record and record.key_question

    return w.alice, await w.alice.click(preview.response.message, label=label), stored


async def _agreement(g: Group) -> Opened:
    w = g.w
    repos = bot_of(w.env).repos
    opened = await g.admin.slash(w.channel, "setup agreement")
    saved = await g.admin.submit_modal(opened, {"agreement": "We keep it in the room."})
    assert saved.response is not None and "Saved." in saved.response.content
    again = await g.admin.slash(w.channel, "setup agreement")
    return g.admin, again, lambda: repos.round.agreement(w.guild.id)


async def _excerpt(g: Group) -> Opened:
    """Her excerpt for the weekly summary, shown and approved, with its Edit form open."""
    w = g.w
    repos = bot_of(w.env).repos
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    opened = await w.alice.click(review, label="Edit")
    included = await w.alice.click(review, label="Include")
    assert included.response is not None and "**Included.**" in included.response.content

    async def stored() -> object:
        entry = await repos.entries.get(entry_id, w.alice.id)
        return entry and (entry.excerpts, entry.quote_status)

    return w.alice, opened, stored


async def _hours_stored(g: Group) -> object:
    entries = [await bot_of(g.w.env).repos.hours.get(r.id, g.w.alice.id) for r in await rows(g.w)]
    return [(e.texts, e.minutes) for e in entries if e is not None]


async def _hours_new(g: Group) -> Opened:
    """Her consultation hours form, for a new entry (one logged before)."""
    w = g.w
    assert (await add(w.alice, w.channel)).acknowledged
    options = {"format": "video", "type": "peer_group", "role": "presenter"}
    return w.alice, await w.alice.slash(w.channel, "hours add", **options), lambda: _hours_stored(g)


async def _hours_edit(g: Group) -> Opened:
    """Her logged hours' Edit form."""
    w = g.w
    logged = await add(w.alice, w.channel)
    assert logged.response is not None
    opened = await w.alice.click(logged.response.message, label="Edit")
    return w.alice, opened, lambda: _hours_stored(g)


async def _edit(g: Group) -> Opened:
    return await _preview(g, "Edit text")


async def _key_question(g: Group) -> Opened:
    return await _preview(g, "Add a key question")


# (the form, what it carried)
FORGED: dict[str, tuple[Callable[[Group], Awaitable[Opened]], dict[str, str]]] = {
    "closing takeaway, one over": (_closing, {"takeaway": "t" * 1001, "step": "Pause."}),
    "closing step, long": (_closing, {"takeaway": "Slow down.", "step": LONG}),
    "affirmation, one over": (_affirmation, {"text": "a" * 1501}),
    "affirmation, long": (_affirmation, {"text": LONG}),
    "key question, one over": (_key_question, {"question": "q" * 301}),
    "share edit, one over": (_edit, {"text": "e" * 3501}),
    "share edit, long": (_edit, {"text": LONG}),
    "group agreement, one over": (_agreement, {"agreement": "g" * 1801}),
    "excerpt, one over": (_excerpt, {"moment": "x" * 301}),
    "excerpt, long": (_excerpt, {"moment": LONG}),
    "hours reflection, one over": (_hours_new, {**TYPED, "reflection": "r" * 1001}),
    "hours group, long": (_hours_new, {**TYPED, "group": LONG}),
    "hours edit, topic one over": (_hours_edit, {**TYPED, "topic": "t" * 201}),
    "hours edit, learning long": (_hours_edit, {**TYPED, "learning": LONG}),
}


@pytest.mark.parametrize("case", list(FORGED))
async def test_an_over_long_form_is_refused_in_words_and_nothing_changed(
    group: Group, case: str
) -> None:
    g, w = group, group.w
    opening, values = FORGED[case]
    actor, shown, stored = await opening(g)
    assert shown.modal is not None
    before = await stored()
    posted = [m.id for m in w.channel.history()]
    sent = await forge_submit(actor, w.channel, shown.modal["custom_id"], values)
    assert sent.acknowledged and sent.ephemeral and sent.response is not None
    told = sent.response.content
    assert "went wrong" not in told and "at most" in told and "Nothing changed" in told
    (back,) = sent.followups  # what was typed, given back (in a file when long)
    assert back.ephemeral and "Nothing was saved from your form" in back.content
    assert await stored() == before
    assert [m.id for m in w.channel.history()] == posted  # nothing posted
