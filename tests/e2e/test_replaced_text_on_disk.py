"""Text a user replaces is gone from disk once the edit is done, as erased text is: an entry's
answers edited on their page, an excerpt edited before it is quoted, an affirmation draft
written again, a consultation-hours entry edited or deleted, a facilitator's words on an hours
entry cleared (a decline's reason when it is asked again, an attestation when it is reopened), a
share's key question written again. The ciphertext each edit replaced (sealed under the
author's key, which she still holds) is left neither in the SQLite file nor in its `-wal`,
while the bot runs.

As in test_erasure_keys, every bot connection first gets SQLite's build default
(`secure_delete=0`), so that the search proves what the bot itself sets and does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import select

from bot.hours.model import Attestation
from bot.models import QuoteStatus
from bot.summary.render import highlight_quote
from storage.tables import Answer, Excerpt, HoursLog, Post, Round
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, buttons, modal_defaults, open_first_page
from tests.e2e.test_dont_quote_me import _message, _review  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import _found  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import simcord_bot as simcord_bot  # the fixture
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import (
    TYPED,
    _ask,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_hours import _review as _pending  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import add as add_hours
from tests.e2e.test_round import (  # pyright: ignore[reportPrivateUsage]
    Group,
    _at_affirmations,
    _entry,
    affirm,
    posts,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

NAMED = "Maria Lopez laughed for the first time in weeks."
UNNAMED = "The client laughed for the first time in weeks."
FIRST_AFFIRMATION = "You stayed curious when it was hard."
SECOND_AFFIRMATION = "You trusted the client's own pace."
INCLUDE = "Include in weekly group summary"
REWORDED = "The client laughed, and her shoulders dropped for the first time."


def _files(url: str) -> Path:
    return Path(url.split(":///", 1)[1])


async def _answer_blobs(w: World) -> list[bytes]:
    """Every stored answer's ciphertext and list of flagged kinds, as they are on disk."""
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(Answer.ciphertext, Answer.flagged))).all()
    return [blob for row in rows for blob in row if blob is not None]


async def test_answers_replaced_on_their_page_are_in_neither_the_database_file_nor_its_wal(
    world: World, sqlite_database_url: str
) -> None:
    """The privacy check points out a client's name in her first page; she edits the page to
    take it out. What she sees is the page saved with the new words; what the files hold is
    the new answers only: the ciphertexts of the named ones are gone at once."""
    w = world
    shown = await open_first_page(w.alice, w.channel)
    guard = await w.alice.submit_modal(shown, {**SPARKLE_PAGES[0], "moment": NAMED})
    assert_responded(guard, contains="may hold details that identify a client", ephemeral=True)
    assert buttons(guard) == ["Edit page", "Keep"] and guard.response is not None
    before = await _answer_blobs(w)
    assert len(before) == 3  # two answers and the flagged kinds of one
    path = _files(sqlite_database_url)
    assert _found(path, before) == 3  # the search finds them while they are stored

    edit = await w.alice.click(guard.response.message, label="Edit page")
    assert modal_defaults(edit)["moment"] == NAMED
    saved = await w.alice.submit_modal(edit, {**SPARKLE_PAGES[0], "moment": UNNAMED})
    assert_responded(saved, contains="**Saved.** 1 of 3 pages done", ephemeral=True)

    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None
    assert record.answers == {"moment": UNNAMED, "signs": SPARKLE_PAGES[0]["signs"]}
    assert record.flagged == {}
    after = await _answer_blobs(w)
    assert len(after) == 2 and not set(after) & set(before)
    assert _found(path, after) == 2
    assert _found(path, before) == 0
    assert w.channel.history() == []


async def _excerpt_blobs(w: World) -> list[bytes]:
    async with bot_of(w.env).repos.db.read() as session:
        return list((await session.execute(select(Excerpt.ciphertext))).scalars())


async def test_an_excerpt_replaced_by_its_edit_is_in_neither_the_database_file_nor_its_wal(
    world: World, sqlite_database_url: str
) -> None:
    """Review excerpt → Edit: she rewords what the weekly summary may quote. She is shown the
    new excerpt to approve; the files hold only that one, not the one it replaced."""
    w = world
    entry_id, recap = await _write(w, w.alice, UNNAMED)
    review = await _include(w.alice, recap)
    (before,) = await _excerpt_blobs(w)
    path = _files(sqlite_database_url)
    assert _found(path, [before]) == 1

    form = await w.alice.click(review, label="Edit")
    again = await w.alice.submit_modal(form, {"moment": REWORDED})
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert highlight_quote(REWORDED) in again.response.content
    assert "first time in weeks" not in again.response.content

    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.excerpts == {"moment": REWORDED}
    assert entry.quote_status is QuoteStatus.PENDING
    (after,) = await _excerpt_blobs(w)
    assert after != before and _found(path, [after]) == 1
    assert _found(path, [before]) == 0
    assert w.channel.history() == []


@pytest.mark.parametrize("withdrawn_by", ["Don't quote me", "leaving the summary"])
async def test_a_withdrawn_excerpt_is_in_neither_the_database_file_nor_its_wal(
    world: World, sqlite_database_url: str, withdrawn_by: str
) -> None:
    """She approved an excerpt, then withdraws it: "Don't quote me" (the entry still counts) or
    taking the entry out of the weekly summary (from /entries). Nothing of it stays on disk."""
    w = world
    entry_id, recap = await _write(w, w.alice, UNNAMED)
    review = await _include(w.alice, recap)
    included = await w.alice.click(review, label="Include")
    assert included.response is not None and "**Included.**" in included.response.content
    (before,) = await _excerpt_blobs(w)
    path = _files(sqlite_database_url)
    assert _found(path, [before]) == 1

    if withdrawn_by == "Don't quote me":
        shown = await _review(w, entry_id)
        declined = await w.alice.click(_message(shown), label="Don't quote me")
        assert declined.acknowledged
        expected = QuoteStatus.DECLINED
    else:
        listed = await w.alice.slash(w.channel, "entries")
        assert listed.response is not None
        opened = await w.alice.select(listed.response.message, [str(entry_id)])
        assert opened.response is not None
        out = await w.alice.click(opened.response.message, label=f"{INCLUDE}: Yes")
        assert out.acknowledged
        assert f"{INCLUDE}: No" in buttons(out)
        expected = QuoteStatus.UNASKED

    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.excerpts == {} and entry.quote_status is expected
    assert entry.consent_summary is (withdrawn_by == "Don't quote me")
    assert await _excerpt_blobs(w) == []
    assert _found(path, [before]) == 0


async def _affirmation_body(g: Group, member_id: int) -> bytes:
    repos = bot_of(g.w.env).repos
    mine = await repos.round.my_affirmation(g.share_id, member_id)
    assert mine is not None
    async with repos.db.read() as session:
        body = (await session.execute(select(Post.body).where(Post.id == mine.id))).scalar_one()
    assert body is not None
    return body


@pytest.mark.parametrize("then", ["Edit", "Withdraw"])
async def test_an_affirmation_draft_rewritten_or_withdrawn_is_in_neither_file(
    group: Group, sqlite_database_url: str, then: str
) -> None:
    """In the affirmations phase Bob writes his affirmation, then edits it (Edit) or takes it
    back (Withdraw) before the reveal. What he wrote first is gone from disk at once."""
    g, w = group, group.w
    await _at_affirmations(g)
    saved = await affirm(w.bob, w, FIRST_AFFIRMATION)
    before = await _affirmation_body(g, w.bob.id)
    path = _files(sqlite_database_url)
    assert _found(path, [before]) == 1
    assert saved.response is not None

    if then == "Edit":
        form = await w.bob.click(saved.response.message, label="Edit")
        assert modal_defaults(form)["text"] == FIRST_AFFIRMATION
        again = await w.bob.submit_modal(form, {"text": SECOND_AFFIRMATION, "sign": ["anonymous"]})
        assert_responded(again, contains="Nobody sees it until the phase ends", ephemeral=True)
        assert again.response is not None
        assert again.response.embeds[0].description == SECOND_AFFIRMATION
        mine = await bot_of(w.env).repos.round.my_affirmation(g.share_id, w.bob.id)
        assert mine is not None and mine.text == SECOND_AFFIRMATION
        after = await _affirmation_body(g, w.bob.id)
        assert after != before and _found(path, [after]) == 1
    else:
        gone = await w.bob.click(saved.response.message, label="Withdraw")
        assert_responded(gone, contains="Withdrawn: your affirmation", ephemeral=True)
        assert await bot_of(w.env).repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert _found(path, [before]) == 0
    assert said(thread_of(w)) == []  # nothing is posted before the reveal


async def _closing_blobs(g: Group) -> list[bytes]:
    """The closing as stored twice: with the round (for her entry) and as its draft post."""
    repos = bot_of(g.w.env).repos
    draft = await repos.round.closing_post(g.share_id)
    assert draft is not None
    async with repos.db.read() as session:
        body = (await session.execute(select(Post.body).where(Post.id == draft.id))).scalar_one()
        kept = (
            await session.execute(select(Round.closing).where(Round.post_id == g.share_id))
        ).scalar_one()
    assert body is not None and kept is not None
    return [body, kept]


async def test_a_closing_rewritten_before_it_is_posted_is_in_neither_file(
    group: Group, sqlite_database_url: str
) -> None:
    """The presenter writes her closing, then edits it before posting it: only the edited one
    is on disk, with the round and as the post to come."""
    g, w = group, group.w
    await _at_affirmations(g)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    first = {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    preview = await w.alice.submit_modal(opened, first)
    assert_responded(preview, contains="exactly what will be posted", ephemeral=True)
    assert preview.response is not None
    before = await _closing_blobs(g)
    path = _files(sqlite_database_url)
    assert _found(path, before) == 2

    form = await w.alice.click(preview.response.message, label="Edit")
    assert modal_defaults(form) == first
    edited = {"takeaway": "Waiting helps the client.", "step": "Count to five first."}
    again = await w.alice.submit_modal(form, edited)
    assert_responded(again, contains="exactly what will be posted", ephemeral=True)
    assert again.response is not None
    assert "Count to five first." in (again.response.embeds[0].description or "")
    closing = await bot_of(w.env).repos.round.closing(g.share_id)
    assert closing is not None and closing.next_step == "Count to five first."
    after = await _closing_blobs(g)
    assert not set(after) & set(before) and _found(path, after) == 2
    assert _found(path, before) == 0
    assert [m for m in said(thread_of(w)) if m.embeds and m.embeds[0].title == "Closing"] == []


async def _hours_blobs(w: World) -> list[bytes]:
    """Every hours entry's sealed texts and list of flagged kinds, as they are on disk."""
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(HoursLog.texts, HoursLog.flagged))).all()
    return [blob for row in rows for blob in row if blob is not None]


@pytest.mark.parametrize("then", ["Edit", "Delete"])
async def test_an_hours_entry_edited_or_deleted_is_in_neither_file(
    world: World, sqlite_database_url: str, then: str
) -> None:
    """/hours add: her topic names a client and she is told so; she edits the entry to take
    the name out, or deletes it. What she typed first is gone from disk at once."""
    w = world
    named = {**TYPED, "topic": "Working with Maria Gonzalez"}
    done = await add_hours(w.alice, w.channel, named)
    assert_responded(done, contains="This may name a client", ephemeral=True)
    assert done.response is not None
    before = await _hours_blobs(w)
    assert len(before) == 2  # the texts and the flagged kinds
    path = _files(sqlite_database_url)
    assert _found(path, before) == 2

    if then == "Edit":
        form = await w.alice.click(done.response.message, label="Edit")
        assert modal_defaults(form)["topic"] == "Working with Maria Gonzalez"
        saved = await w.alice.submit_modal(form, {**TYPED, "topic": "Endings"})
        assert_responded(saved, contains="Saved", ephemeral=True)
        (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
        assert entry.texts["topic"] == "Endings"
        after = await _hours_blobs(w)
        assert after and not set(after) & set(before) and _found(path, after) == len(after)
    else:
        ask = await w.alice.click(done.response.message, label="Delete")
        assert_responded(ask, contains="Delete this entry for good?", ephemeral=True)
        assert ask.response is not None
        gone = await w.alice.click(ask.response.message, label="Delete it")
        assert gone.response is not None and gone.response.content == "Deleted."
        assert await bot_of(w.env).repos.hours.all_of(w.alice.id) == []
    assert _found(path, before) == 0
    assert w.channel.history() == []


async def _attest_blob(w: World) -> bytes | None:
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(HoursLog.attest_text))).scalar_one()


async def test_a_declines_reason_is_in_neither_file_once_she_asks_again(
    world: World, sqlite_database_url: str, facilitated: Any
) -> None:
    """A facilitator declines her hours with a reason; she asks for attestation again without
    changing the entry. The new request clears the reason, and it is gone from disk at once."""
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _pending(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Decline")
    declined = await fiona.submit_modal(shown, {"reason": "Maria Lopez's mother says otherwise."})
    assert_responded(declined, contains="Declined", ephemeral=True)
    reason = await _attest_blob(w)
    assert reason is not None
    path = _files(sqlite_database_url)
    assert _found(path, [reason]) == 1

    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert_responded(picked, contains="declined: Maria Lopez's mother says otherwise.")
    asked = await w.alice.click(picked.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.REQUESTED
    assert entry.declined_reason == "" and await _attest_blob(w) is None
    assert _found(path, [reason]) == 0
    assert w.channel.history() == []


async def test_an_attestation_reopened_is_in_neither_file(
    world: World, sqlite_database_url: str, facilitated: Any
) -> None:
    """The attester's name and credential, as typed, are stored with the entry; once a
    facilitator grants her request to reopen it, they are gone from disk at once."""
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _pending(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    attested = await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 12345"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT 12345", ephemeral=True)
    signed = await _attest_blob(w)
    assert signed is not None
    path = _files(sqlite_database_url)
    assert _found(path, [signed]) == 1

    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    asked = await w.alice.click(picked.response.message, label="Ask to reopen")
    assert_responded(asked, contains="Asked the facilitators", ephemeral=True)
    review = await _pending(fiona, w, entry_id)
    granted = await fiona.click(review.response.message, label="Reopen it")
    assert_responded(granted, contains="Reopened", ephemeral=True)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.NONE
    assert await _attest_blob(w) is None
    assert _found(path, [signed]) == 0
    assert w.channel.history() == []


async def _key_question_blob(g: Group, post_id: int) -> bytes:
    async with bot_of(g.w.env).repos.db.read() as session:
        blob = (
            await session.execute(select(Round.key_question).where(Round.post_id == post_id))
        ).scalar_one()
    assert blob is not None
    return blob


async def test_a_key_question_written_again_is_in_neither_file(
    group: Group, sqlite_database_url: str
) -> None:
    """On her share's preview the presenter adds a key question, then writes it again before
    posting. Only the second one is on disk; nothing is posted."""
    g, w = group, group.w
    entry_id = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry_id))
    assert_responded(preview, contains="Preview", ephemeral=True)
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    first = "What else could I try when she goes quiet?"
    shown = await w.alice.submit_modal(asked, {"question": first})
    assert_responded(shown, contains="Preview with your key question", ephemeral=True)
    assert shown.response is not None
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry_id, w.alice.id)
    before = await _key_question_blob(g, draft.id)
    path = _files(sqlite_database_url)
    assert _found(path, [before]) == 1

    again = await w.alice.click(shown.response.message, label="Add a key question")
    assert modal_defaults(again)["question"] == first
    second = "How do I pace the questions I ask?"
    rewritten = await w.alice.submit_modal(again, {"question": second})
    assert_responded(rewritten, contains="Preview with your key question", ephemeral=True)
    assert rewritten.response is not None
    (field,) = rewritten.response.embeds[0].fields
    assert field.value == second
    record = await bot_of(w.env).repos.round.get(draft.id)
    assert record is not None and record.key_question == second
    after = await _key_question_blob(g, draft.id)
    assert after != before and _found(path, [after]) == 1
    assert _found(path, [before]) == 0
    assert posts(w) == []
