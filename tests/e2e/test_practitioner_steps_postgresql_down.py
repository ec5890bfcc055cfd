"""Each step of a practitioner's own flows run while PostgreSQL refuses every connection (the
server stopped): she gets one private, friendly answer with a reference and no details,
nothing is posted, nothing she had is changed or lost, and the same step works once the
database is back. Until now only a page's submit, a note and a summary post were run against a
PostgreSQL really gone; the other steps only against statements made to fail.

/forget's Erase everything is run too (`test_forget_postgresql_down.py` runs it with a post of
hers up in the group): the click returns as soon as the bot has answered."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from simcord import InteractionResult
from sqlalchemy.exc import DBAPIError

from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    erase_everything,
    first_page_saved,
    said,
    stored,
    stored_entry,
)
from tests.e2e.test_page_faults import _set_connections  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

FAILED = "something went wrong on our side"
Act = Callable[[World, Any], Awaitable[InteractionResult]]


@dataclass(frozen=True)
class Step:
    """What is prepared first (its result is handed to `act`), the step itself, what it says
    when it works, and what it says when the database is gone."""

    prepare: Act | None
    act: Act
    done: str
    failed: str = FAILED


async def _card_delete(w: World, _: Any) -> InteractionResult:
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    listed = await w.alice.slash(w.channel, "entries")
    assert listed.response is not None
    card = await w.alice.select(listed.response.message, [str(entry.id)])
    assert card.response is not None
    return await w.alice.click(card.response.message, label="Delete")


async def _preview_of_entry(w: World, _: Any) -> InteractionResult:
    return await _preview(w)


async def _first_page(w: World, _: Any) -> InteractionResult:
    return await first_page_saved(w.alice, w.channel)


async def _erase_everything(w: World, _: Any) -> InteractionResult:
    """/forget and its Erase everything (its answer takes the buttons away: a second try
    asks again)."""
    return await erase_everything(w.alice, w.channel)


def _click(label: str) -> Act:
    async def act(w: World, shown: InteractionResult) -> InteractionResult:
        assert shown.response is not None
        return await w.alice.click(shown.response.message, label=label)

    return act


def _slash(command: str, **options: Any) -> Act:
    async def act(w: World, _: Any) -> InteractionResult:
        return await w.alice.slash(w.channel, command, **options)

    return act


STEPS = {
    "entries": Step(None, _slash("entries"), "## Your entries"),
    "export": Step(None, _slash("export"), "Here is everything Sparkle holds about you"),
    "whatworks": Step(None, _slash("whatworks"), "What works for me"),
    "remind": Step(None, _slash("remind", day="0", time="09:00", timezone="UTC"), "I'll DM you"),
    "share": Step(None, _slash("share", entry="1"), "Preview"),
    "post anonymously": Step(_preview_of_entry, _click("Post anonymously"), "Shared in"),
    # Nothing to store, and nothing lost: she is told so, not to try again.
    "finish later": Step(
        _first_page,
        _click("Finish later"),
        "Saved as a draft.",
        "I couldn't check this draft just now**: the database could not be reached",
    ),
    "delete entry": Step(_card_delete, _click("Delete entry"), "Entry #1 deleted."),
    "erase everything": Step(
        None,
        _erase_everything,
        "Everything Sparkle held about you is erased",
        "Your erasure did not happen: the database could not be reached",
    ),
}


async def _what_she_has(w: World) -> dict[str, Any]:
    """Everything of hers the steps could change."""
    repos = bot_of(w.env).repos
    headers = (await repos.entries.list_for_author(w.alice.id)).items
    return {
        "entries": [await repos.entries.get(h.id, w.alice.id) for h in headers],
        "reminder": await repos.practitioners.reminder(w.alice.id),
        "posts": await repos.outbox.records(repos.outbox.mine(w.alice.id)),
    }


def _told(result: InteractionResult) -> str:
    """Everything the interaction answered, each message private."""
    assert result.acknowledged and result.modal is None
    messages = [m for m in [result.response, *result.followups] if m is not None]
    assert messages and all(m.ephemeral for m in messages)
    return "\n".join([said(result), *(m.content for m in result.followups)])


@pytest.mark.postgres_too
@pytest.mark.parametrize("name", list(STEPS))
@pytest.mark.simcord(settle_timeout=20)
async def test_a_step_while_postgresql_refuses_connections_answers_and_loses_nothing(
    configured: World, postgres_database_url: str, request: pytest.FixtureRequest, name: str
) -> None:
    w = configured
    step = STEPS[name]
    admin_url = str(request.config.getoption("--postgres-url"))
    await stored_entry(bot_of(w.env), w.alice.id, stored(*SPARKLE_PAGES), guild_id=w.guild.id)
    shown = await step.prepare(w, None) if step.prepare is not None else None
    before = await _what_she_has(w)
    posted_before = [m.id for m in posts(w)]
    _set_connections(admin_url, postgres_database_url, allowed=False)
    try:
        failed = await step.act(w, shown)
    finally:
        _set_connections(admin_url, postgres_database_url, allowed=True)
    told = _told(failed)
    assert step.failed in told and "reference `" in told, told
    assert step.done not in told
    assert "Traceback" not in told and "asyncpg" not in told and "SELECT" not in told
    # Each error the bot raised was the database's, and each was answered above.
    assert all(isinstance(getattr(e, "original", e), DBAPIError) for e in w.env.errors)
    assert [m.id for m in posts(w)] == posted_before  # nothing posted
    assert await _what_she_has(w) == before  # nothing changed or lost
    # Back: the same step works.
    again = await step.act(w, shown)
    assert step.done in _told(again)
