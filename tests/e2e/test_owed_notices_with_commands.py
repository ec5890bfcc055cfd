"""What the round owes a presenter whose DMs were closed comes with her next command of any
kind (not only /entries or a click on the round): a step-out notice, privately, after that
command's own answer, once; a follow-up Discord loses keeps it owed. With the database down,
the look for owed notices after a command fails quietly (one warning line, no traceback) and
changes nothing the member sees."""

from __future__ import annotations

import logging

import pytest
from simcord import InteractionResult, assert_responded
from sqlalchemy.exc import OperationalError

from bot.app import create_bot
from tests.e2e.helpers import failing_while_on
from tests.e2e.test_round import Group, group, posts, share_with_question, the_post
from tests.e2e.test_step_out_notice import NOTICE, _close_her_dms, _told

__all__ = ["group"]  # the fixture, used by name


def _notices(result: InteractionResult) -> list:
    return [m for m in result.followups if NOTICE in m.content]


async def _stepped_out_unseen(g: Group) -> None:
    """Carol steps out of alice's round while alice's DMs are closed: the notice waits."""
    w = g.w
    await share_with_question(g, "What else could I try?")
    await _close_her_dms(g)
    stepped = await g.carol.click(the_post(w), label="I may know this client")
    assert_responded(stepped, contains="step out", ephemeral=True)
    assert not [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert await _told(g) == [False]


async def test_a_step_out_notice_comes_with_her_next_other_command_once(group: Group) -> None:
    g, w = group, group.w
    await _stepped_out_unseen(g)
    assert _notices(await w.bob.slash(w.channel, "privacy")) == []  # his command: not hers
    assert await _told(g) == [False]

    await w.env.restart_bot(create_bot())
    told = await w.alice.slash(w.channel, "privacy")
    assert told.acknowledged and told.ephemeral and told.response.embeds  # her answer first
    (notice,) = _notices(told)
    assert notice.ephemeral and "carol" not in notice.content
    assert "@everyone" not in notice.content
    assert await _told(g) == [True]

    assert _notices(await w.alice.slash(w.channel, "export")) == []  # once
    assert _notices(await w.alice.slash(w.channel, "entries")) == []
    removed = await w.alice.click(notice.message, label="Remove my share")
    assert removed.acknowledged and "deleted" in removed.response.content
    assert posts(w) == [] and w.channel.threads == []


async def test_a_step_out_notice_comes_with_a_command_in_her_dm(group: Group) -> None:
    g, w = group, group.w
    await _stepped_out_unseen(g)
    listed = await w.alice.user.slash("hours list")
    assert listed.acknowledged and listed.response is not None
    (notice,) = _notices(listed)
    assert notice.ephemeral and await _told(g) == [True]


async def test_a_lost_step_out_notice_stays_untold_and_comes_with_the_next_command(
    group: Group,
) -> None:
    g, w = group, group.w
    await _stepped_out_unseen(g)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    lost = await w.alice.slash(w.channel, "privacy")
    assert lost.acknowledged and _notices(lost) == []
    assert await _told(g) == [False]  # Discord lost it: still owed
    (notice,) = _notices(await w.alice.slash(w.channel, "privacy"))
    assert notice.ephemeral and await _told(g) == [True]


async def test_the_look_for_owed_notices_fails_quietly_while_the_database_is_down(
    group: Group, caplog: pytest.LogCaptureFixture
) -> None:
    """/privacy answers as it does with the database down (its static part, a reference for
    the part it could not read); the owed notices are not looked up, which logs one warning
    line and no traceback, and they come with her next command once it is back."""
    g, w = group, group.w
    await _stepped_out_unseen(g)
    caplog.set_level(logging.WARNING)
    caplog.clear()
    with failing_while_on(w.env, lambda _sql: True, "server closed the connection") as on:
        on.append(True)
        shown = await w.alice.slash(w.channel, "privacy")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    assert shown.followups == []  # nothing more than the command's own answer
    (embed,) = shown.response.embeds
    assert "could not be read" in (embed.description or "")
    w.env.raise_errors()  # nothing escaped a handler: SimCord captured no error
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert len(tracebacks) == 1, [r.getMessage() for r in tracebacks]  # /privacy's own only
    assert "privacy: acceptances" in tracebacks[0].getMessage()
    assert isinstance(tracebacks[0].exc_info[1], OperationalError)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r for r in warnings if "owed" in r.getMessage()]  # said once, in one line
    assert all("\n" not in r.getMessage() for r in warnings)
    assert await _told(g) == [False]

    (notice,) = _notices(await w.alice.slash(w.channel, "privacy"))
    assert notice.ephemeral and await _told(g) == [True]
