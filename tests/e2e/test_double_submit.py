"""A form submitted twice: Discord lost the answer to the first submit ("This interaction
failed"), the form stayed open, and the member clicked Submit again. Every form that creates a
row carries a one-time id made when it was shown; the second submit is answered with what the
first one stored ("already saved"), and nothing is stored twice.

SimCord 3.2.1 cannot lose a response or submit one shown form twice through its public API
(see `tests.e2e.helpers.submit_again`)."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import func, select

from bot.models import AlreadySaved
from storage.tables import Entry
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    modal_defaults,
    new_page_id,
    open_first_page,
    submit_again,
)
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES
from tests.e2e.test_hours import TYPED, rows
from tests.e2e.test_hours_meeting import prompts


async def _entries(w: World) -> list[Entry]:
    async with bot_of(w.env).repos.db.read() as session:
        return list((await session.execute(select(Entry).order_by(Entry.id))).scalars())


async def test_hours_submitted_twice_are_logged_once(world: World) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert shown.modal is not None
    first = await w.alice.submit_modal(shown, TYPED)
    assert_responded(first, contains="Logged", ephemeral=True)
    again = await submit_again(w.alice, shown, TYPED)
    assert_responded(again, contains="Already logged", ephemeral=True)
    assert first.response is not None and again.response is not None
    assert again.response.content == (
        f"Already logged: this form reached me twice and is saved once.\n{first.response.content}"
    )
    assert buttons(again) == buttons(first)  # the same entry, with the same actions
    (row,) = await rows(w)
    assert (row.author_id, row.minutes, row.start_time) == (w.alice.id, 90, "14:00")
    assert row.form_token is not None and shown.modal["custom_id"].endswith(row.form_token)
    # A new form is a new session, logged anew.
    await w.alice.submit_modal(
        await w.alice.slash(
            w.channel, "hours add", format="video", type="peer_group", role="presenter"
        ),
        TYPED,
    )
    assert len(await rows(w)) == 2


@pytest.mark.parametrize(
    ("command", "typed"), [("sparkle", SPARKLE_PAGES[0]), ("exception", EXCEPTION_PAGES[0])]
)
async def test_a_first_page_submitted_twice_makes_one_entry(
    world: World, command: str, typed: dict[str, Any]
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel, command)
    assert shown.modal is not None
    assert re.fullmatch(new_page_id(command), shown.modal["custom_id"])
    first = await w.alice.submit_modal(shown, typed)
    assert_responded(first, contains="Saved", ephemeral=True)
    again = await submit_again(w.alice, shown, typed)
    assert_responded(again, contains="Already saved", ephemeral=True)
    assert again.response is not None and "(page 2 of" in again.response.content
    assert buttons(again) == buttons(first) == ["Continue", "Finish later", "Discard"]
    (entry,) = await _entries(w)
    assert (entry.author_id, entry.kind, entry.next_page) == (w.alice.id, command, 1)
    # The second answer's Continue opens the entry's next page, as the first one's would.
    following = await w.alice.click(again.response.message, label="Continue")
    assert following.modal is not None
    assert following.modal["custom_id"] == f"sk:page:{command}:{entry.id}:1"


async def test_a_page_submitted_again_after_the_entry_moved_on_shows_where_it_is(
    world: World,
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    first = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    page2 = await w.alice.click(first.response.message, label="Continue")  # type: ignore[union-attr]
    await w.alice.submit_modal(page2, SPARKLE_PAGES[1])
    again = await submit_again(w.alice, shown, {**SPARKLE_PAGES[0], "moment": "Changed."})
    assert_responded(again, contains="Already saved", ephemeral=True)
    assert again.response is not None and "(page 3 of 3)" in again.response.content
    (entry,) = await _entries(w)
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.next_page == 2
    assert record.answers["moment"] == SPARKLE_PAGES[0]["moment"]  # the first submit's text


async def test_the_meeting_form_submitted_twice_is_logged_once(
    world: World, facilitated: Any
) -> None:
    w = world
    set_up = await facilitated.slash(w.channel, "hours meeting", day="3", time="18:00", minutes=90)
    assert_responded(set_up, contains="Thursdays at 18:00", ephemeral=True)
    await w.alice.slash(w.channel, "hours prompts", on=True)
    await w.env.advance_time(19.5 * 3600 + 60)  # Thursday 1 January, 19:31 UTC
    (prompt,) = prompts(w.alice)
    shown = await w.alice.user.click(prompt, label="Log it")
    typed = {k: v or "" for k, v in modal_defaults(shown).items()}
    assert_responded(await w.alice.user.submit_modal(shown, typed), contains="Logged")
    again = await submit_again(w.alice.user, shown, typed)
    assert_responded(again, contains="Already logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.author_id, row.minutes, row.kind) == (w.alice.id, 90, "peer_group")


@pytest.mark.postgres_too
async def test_two_submits_of_one_form_at_the_same_moment_store_one_entry(world: World) -> None:
    """The storage race behind a double submit: both writes run at once (on PostgreSQL the
    unique index decides), one stores the entry and the other is told it is already saved."""
    w = world
    entries = bot_of(w.env).repos.entries

    async def save() -> Any:
        return await entries.save_page(
            entry_id=None,
            author_id=w.alice.id,
            kind="sparkle",
            guild_id=w.guild.id,
            answers=SPARKLE_PAGES[0],
            advance_to=1,
            form_token="T" * 16,
        )

    outcomes = await asyncio.gather(save(), save(), return_exceptions=True)
    (saved,) = [o for o in outcomes if not isinstance(o, BaseException)]
    (refused,) = [o for o in outcomes if isinstance(o, BaseException)]
    assert isinstance(refused, AlreadySaved) and refused.row_id == saved.id
    async with bot_of(w.env).repos.db.read() as session:
        count = await session.execute(select(func.count()).select_from(Entry))
    assert count.scalar_one() == 1
    # Someone else's form id is refused without naming their entry.
    with pytest.raises(AlreadySaved) as other:
        await entries.save_page(
            entry_id=None,
            author_id=w.bob.id,
            kind="sparkle",
            guild_id=w.guild.id,
            answers=SPARKLE_PAGES[0],
            advance_to=1,
            form_token="T" * 16,
        )
    assert other.value.row_id == 0
