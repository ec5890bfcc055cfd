"""/hours when Discord loses the bot's answer after the write (both tries of its follow-up),
or another program holds SQLite's lock at the write: what was done stands, once, and the user
is told what was done, never "please try again"; the facilitator who submits her form again is
told it was she who answered, not someone else."""

from __future__ import annotations

from typing import Any

import discord
import pytest
from simcord import InteractionResult, assert_error

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, submit_again
from tests.e2e.test_hours import _ask, _dms, _review, add, rows  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_locked_writes import _answered_while_locked  # pyright: ignore[reportPrivateUsage]

TRY_AGAIN = "please try again"


def _told(result: InteractionResult) -> str:
    assert result.acknowledged
    shown = [m for m in [result.response, *result.followups] if m is not None]
    assert all(m.ephemeral for m in shown)
    return "\n".join(m.content for m in shown)


def _lose_answers(w: World) -> None:
    """Discord loses the bot's next two follow-ups: the answer and its one retry."""
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)


async def _audited(w: World, kind: str) -> list[int]:
    return [actor for actor, _, _ in await bot_of(w.env).repos.audit.kinds(kind)]


async def test_an_attestation_whose_answer_was_lost_is_told_as_made_and_made_once(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    _lose_answers(w)
    typed = {"name": "Dr {Fiona} Lee", "credential": "LMFT 12345"}
    first = await fiona.submit_modal(shown, typed)
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    told = _told(first)
    assert "Attested as Dr {Fiona} Lee, LMFT 12345" in told and TRY_AGAIN not in told
    again = await submit_again(fiona, shown, typed)  # unsure, she submits it once more
    told = _told(again)
    assert "already been attested by you: your answer stands" in told
    (row,) = await rows(w)
    assert (row.state, row.attester_id) == ("attested", fiona.id)
    assert await _audited(w, "hours_attest") == [fiona.id]
    await w.env.advance_time(3600)
    assert len([t for t in _dms(w.alice) if "attested your" in t]) == 1


async def test_a_decline_by_another_facilitator_is_not_called_hers(
    world: World, facilitated: Any
) -> None:
    """The lead line names who answered only when it was she: a second facilitator's
    form, submitted after the first one declined, is told it was declined already."""
    w, fiona = world, facilitated
    role = w.guild.roles["Facilitators"]
    gina = w.guild.add_member(w.env.create_user("gina"), roles=[role])
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    by_gina = await _review(gina, w, entry_id)
    shown = await fiona.click(review.response.message, label="Decline")
    late = await gina.click(by_gina.response.message, label="Decline")
    declined = await fiona.submit_modal(shown, {"reason": "Add the group's name."})
    assert "Declined." in _told(declined)
    too_late = await gina.submit_modal(late, {"reason": "Add the date."})
    told = _told(too_late)
    assert "already been declined. Nothing changed." in told and "by you" not in told
    assert "Add the date." in told  # what she typed, given back
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.declined_reason == "Add the group's name."


async def test_asking_for_attestation_whose_answer_was_lost_is_told_as_asked(
    world: World,
) -> None:
    w = world
    done = await add(w.alice, w.channel)
    _lose_answers(w)
    first = await w.alice.click(done.response.message, label="Ask for attestation")
    told = _told(first)
    assert "Asked this server's facilitators to attest it" in told and TRY_AGAIN not in told
    again = await w.alice.click(done.response.message, label="Ask for attestation")
    assert "waiting for attestation" in _told(again)
    (row,) = await rows(w)
    assert row.state == "requested"
    assert await _audited(w, "hours_attest_ask") == [w.alice.id]


@pytest.mark.simcord(settle_timeout=40)
@pytest.mark.parametrize("label", ["Attest", "Decline"])
async def test_a_facilitators_answer_while_sqlite_is_locked_is_answered_in_time_and_stored_once(
    world: World, facilitated: Any, sqlite_database_url: str, label: str
) -> None:
    """The answer's write waits for another program's lock: the facilitator is answered
    within Discord's 3 seconds (the bot defers first), and once the lock is gone the answer
    is stored, audited and told to the member once."""
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label=label)
    typed = (
        {"name": "Dr Fiona Lee", "credential": "LMFT 12345"}
        if label == "Attest"
        else {"reason": "Add the group's name."}
    )
    done = await _answered_while_locked(
        w, sqlite_database_url, lambda: fiona.submit_modal(shown, typed)
    )
    state = "attested" if label == "Attest" else "declined"
    assert "The member was told by DM." in _told(done)
    (row,) = await rows(w)
    assert (row.state, row.attester_id) == (state, fiona.id)
    kind = "hours_attest" if label == "Attest" else "hours_decline"
    assert await _audited(w, kind) == [fiona.id]
    assert len(_dms(w.alice)) == 1  # one answer, one DM


async def test_a_meeting_cleared_whose_answer_was_lost_once_is_told_as_cleared(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    await fiona.slash(w.channel, "hours meeting", day="3", time="18:00", minutes=60)
    assert await bot_of(w.env).repos.meetings.get(w.guild.id) is not None
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    cleared = await fiona.slash(w.channel, "hours meeting", day="off")
    told = _told(cleared)
    assert "No regular meeting: no prompts." in told and TRY_AGAIN not in told
    assert await bot_of(w.env).repos.meetings.get(w.guild.id) is None
    assert await _audited(w, "meeting_cleared") == [fiona.id]


async def test_a_delete_whose_answers_were_all_lost_but_one_is_told_as_deleted(
    world: World,
) -> None:
    """Discord loses the edit saying "Deleted." and both tries of the new message saying it:
    the last try still says it was deleted."""
    w = world
    done = await add(w.alice, w.channel)
    ask = await w.alice.click(done.response.message, label="Delete")
    w.env.inject_error("PATCH", "/webhooks/*", status=500, message="upstream down", times=1)
    _lose_answers(w)
    deleted = await w.alice.click(ask.response.message, label="Delete it")
    told = _told(deleted)
    assert "Deleted." in told and TRY_AGAIN not in told
    assert await rows(w) == []
