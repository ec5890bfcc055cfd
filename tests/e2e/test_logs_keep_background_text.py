"""Background work other than the weekly summary keeps the text it handles out of its log, as
the weekly summary's build does (`bot.log.keep_out_of_log`; each loop's pass starts clean with
`bind_pass`): a failure there quoting a word of it (a lookup bug: KeyError('word')) is logged
with the word masked. Before, the outbox's retried deletion, the hours-answer DM, the meeting
prompt and the reminder loops logged such a failure with the word in it."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

import pytest

import cogs.outbox
from bot.app import create_bot
from bot.outbox import REPAIR_AFTER, PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_logs_keep_nothing_typed import (
    ProductionLog,
    assert_log_holds_none_of,
    production_log,
)
from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]

__all__ = ["production_log"]  # the fixture, used by name


def _raising(word: str) -> Any:
    def broken(*_: Any, **__: Any) -> Any:
        raise KeyError(word.lower())

    return broken


async def test_a_share_repaired_after_a_restart_logs_no_word_of_it(
    configured: World, production_log: ProductionLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot stopped between a share's send and its record: the restarted bot's outbox
    looks for it by its ref; that look fails quoting a word of the share."""
    w = configured
    word = f"glimmerwood{secrets.token_hex(4)}"
    typed = f"the {word} tale"
    preview = await _preview(w, f"We read {typed} together.")
    repos = bot_of(w.env).repos

    async def stopped_here(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the bot stopped here")

    repos.outbox.record_sent = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    await w.alice.click(preview.response.message, label="Post anonymously")
    w.env.errors.clear()
    await w.env.restart_bot(create_bot())
    (stuck,) = await bot_of(w.env).repos.outbox.stuck(w.env.now() + timedelta(seconds=1))
    assert stuck.state is PostState.SENDING and typed in stuck.text
    monkeypatch.setattr(cogs.outbox, "find_by_ref", _raising(word))
    production_log.stream.truncate(0)
    production_log.stream.seek(0)
    await w.env.advance_time(REPAIR_AFTER.total_seconds() + 2)
    w.env.errors.clear()
    assert "outbox pass failed" in production_log.text()
    assert "KeyError: '[typed]" in production_log.text()  # the failure itself is logged
    assert_log_holds_none_of(production_log, typed, word, word.lower())


@pytest.mark.postgres_too
async def test_an_hours_answer_dm_that_fails_logs_no_word_of_her_entry(
    world: World,
    facilitated: Any,
    production_log: ProductionLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Her hours entry was declined while Discord was down: the loop sends the DM later, and
    that send fails quoting a word of what she wrote in the entry (or of the reason)."""
    import cogs.hours
    from tests.e2e.test_hours import TYPED, _review, add
    from tests.e2e.test_hours_answer_dm import MINUTE, _discord_down

    w, fiona = world, facilitated
    word = f"glimmerwood{secrets.token_hex(4)}"
    typed = f"the {word} case"
    done = await add(w.alice, w.channel, {**TYPED, "topic": typed, "when": "2026-01-05 60"})
    await w.alice.click(done.response.message, label="Ask for attestation")
    entry = (await bot_of(w.env).repos.hours.all_of(w.alice.id))[-1]
    review = await _review(fiona, w, entry.id)
    shown = await fiona.click(review.response.message, label="Decline")
    _discord_down(w)  # the DM after the answer does not go out
    await fiona.submit_modal(shown, {"reason": "Not that day"})
    await w.env.restart_bot(create_bot())
    monkeypatch.setattr(cogs.hours, "_notice_text", _raising(word))
    production_log.stream.truncate(0)
    production_log.stream.seek(0)
    await w.env.advance_time(2 * MINUTE)
    w.env.errors.clear()
    assert "hours answer DM loop failed" in production_log.text()
    assert "KeyError: '[typed]" in production_log.text()  # the failure itself is logged
    assert_log_holds_none_of(production_log, typed, word, word.lower())


async def test_a_reminder_that_fails_logs_no_word_of_her_time_zone(
    world: World, production_log: ProductionLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The zone she typed in /remind says where she lives: the reminder loop's pass fails
    quoting it (as a zone lookup does), and the log shows no word of it."""
    import cogs.remind

    w = world
    set_up = await w.alice.slash(w.channel, "remind", day="4", time="17:30", timezone="asia/tokyo")
    assert set_up.acknowledged
    monkeypatch.setattr(cogs.remind, "next_weekly", _raising("Tokyo"))
    production_log.stream.truncate(0)
    production_log.stream.seek(0)
    # Friday 17:30 in Tokyo is 08:30 UTC on 2 January: a few failed passes after it (each
    # retried a minute later) are enough, not the day and a half of them that two days gave
    await w.env.advance_time(32.5 * 3600 + 5 * 60)
    w.env.errors.clear()
    assert "reminder loop failed" in production_log.text()
    assert "KeyError: '[typed]" in production_log.text()  # the failure itself is logged
    assert_log_holds_none_of(production_log, "Tokyo", "tokyo")
