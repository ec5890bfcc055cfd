"""More of the writes a click or a form makes, run while another program holds SQLite's
write lock: the round's phase moves, its affirmations, closing and key question, the group
agreement, a facilitator's attestation, /forget and deleting an entry. Each is answered
within Discord's 3 seconds (it defers before the write, which may wait), and once the lock
is gone the write is made and the member is told so."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.round import Phase
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, first_page_saved
from tests.e2e.test_hours import _ask, _review, rows  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_locked_writes import (
    _answered_while_locked,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    share_with_question,
    the_post,
)
from tests.e2e.test_round import group as group  # the fixture

pytestmark = pytest.mark.simcord(settle_timeout=40)


async def test_moving_the_round_on_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    moved = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.click(the_post(w), label="Next phase")
    )
    assert_responded(moved, contains="Affirmations", ephemeral=True)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS


async def test_revealing_affirmations_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "You stayed curious.")
    revealed = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.click(the_post(w), label="Reveal affirmations")
    )
    assert revealed.acknowledged and revealed.ephemeral
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.REFLECTIONS


async def test_an_affirmation_sent_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    done = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.bob.submit_modal(opened, {"text": "You stayed curious.", "sign": ["anonymous"]}),
    )
    assert_responded(done, contains="Saved", ephemeral=True)
    mine = await repos.round.my_affirmation(g.share_id, w.bob.id)
    assert mine is not None and mine.text == "You stayed curious."


async def test_a_closing_sent_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None
    typed = {"takeaway": "Slowing down works.", "step": "Pause before I answer."}
    done = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.submit_modal(opened, typed)
    )
    assert_responded(done, contains="Saved with your entry", ephemeral=True)
    closing = await repos.round.closing(g.share_id)
    assert closing is not None and closing.next_step == "Pause before I answer."


async def test_accepting_the_agreement_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    erin = w.guild.add_member(w.env.create_user("erin"))
    await _at_affirmations(g)
    asked: Any = await erin.click(the_post(w), label="Add an affirmation")
    accepted = await _answered_while_locked(
        w, sqlite_database_url, lambda: erin.click(asked.response.message, label="I accept")
    )
    assert_responded(accepted, contains="accepted the group agreement", ephemeral=True)
    assert (await erin.click(the_post(w), label="Add an affirmation")).modal is not None


async def test_an_attestation_sent_while_sqlite_is_locked_is_answered_in_time(
    world: World, facilitated: Any, sqlite_database_url: str
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    assert review.response is not None
    shown = await fiona.click(review.response.message, label="Attest")
    typed = {"name": "Dr Fiona Lee", "credential": "LMFT 12345"}
    attested = await _answered_while_locked(
        w, sqlite_database_url, lambda: fiona.submit_modal(shown, typed)
    )
    assert_responded(attested, contains="Attested as Dr Fiona Lee", ephemeral=True)
    (row,) = await rows(w)
    assert row.state == "attested"


@pytest.mark.postgres_too
async def test_forget_confirmed_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    await first_page_saved(w.alice, w.channel)
    ask: Any = await w.alice.slash(w.channel, "forget")
    erased = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(ask.response.message, label="Erase everything"),
    )
    assert erased.response is not None and "Everything Sparkle held" in erased.response.content
    assert (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items == []
