"""A page whose write fails says what is true of the failure: the database busy (locked by
another program, tested in test_page_faults), down (it cannot be opened or reached), or
something else gone wrong on our side; never "did not answer in time" for a database that
answered with an error. Whatever the cause, nothing typed is lost and the page reopens as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from simcord import InteractionResult
from sqlalchemy.exc import IntegrityError, OperationalError

from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    failing_statements,
    modal_defaults,
    open_first_page,
)


@pytest.fixture
def failing(world: World) -> Iterator[list[BaseException | None]]:
    """While the list holds an error, every SQL statement that writes raises it."""
    fault: list[BaseException | None] = [None]

    def writing(statement: str) -> BaseException | None:
        return fault[0] if statement.lstrip().upper().startswith(("INSERT", "UPDATE")) else None

    with failing_statements(world.env, writing):
        yield fault


async def _failed_first_page(w: World, fault: list[BaseException | None], error: Exception) -> Any:
    shown = await open_first_page(w.alice, w.channel)
    fault[0] = error
    failed = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    fault[0] = None
    return failed


async def _reopens_and_saves(w: World, failed: InteractionResult) -> None:
    """The typed page comes back whole, and saves once the database works again."""
    assert failed.response is not None and failed.response.ephemeral
    assert buttons(failed) == ["Reopen page"]
    (attachment,) = failed.response.attachments
    text = (await attachment.read()).decode("utf-8")
    assert all(value in text for value in SPARKLE_PAGES[0].values())
    reopened = await w.alice.click(failed.response.message, label="Reopen page")
    defaults = modal_defaults(reopened)
    assert {k: defaults[k] for k in SPARKLE_PAGES[0]} == SPARKLE_PAGES[0]
    saved = await w.alice.submit_modal(reopened, defaults)
    assert saved.response is not None and "Saved" in saved.response.content
    draft = await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle")
    assert draft is not None
    record = await bot_of(w.env).repos.entries.get(draft.id, w.alice.id)
    assert record is not None
    assert {k: record.answers[k] for k in SPARKLE_PAGES[0]} == SPARKLE_PAGES[0]


def _said(failed: InteractionResult) -> str:
    assert failed.response is not None
    told = failed.response.content
    assert told.startswith("**This page was not saved**: ")
    assert "reference `" in told and "Nothing you typed is lost" in told
    assert "did not answer in time" not in told  # it answered, with an error
    assert "sqlite" not in told.lower() and "INSERT" not in told
    return told


async def test_a_page_saved_while_the_database_cannot_be_opened_says_it_could_not_be_reached(
    world: World, failing: list[BaseException | None]
) -> None:
    w = world
    down = OperationalError("INSERT", {}, Exception("unable to open database file"))
    failed = await _failed_first_page(w, failing, down)
    assert "the database could not be reached" in _said(failed)
    w.env.errors.clear()  # logged under its reference
    await _reopens_and_saves(w, failed)


@pytest.mark.postgres_too
async def test_a_page_whose_write_fails_for_another_reason_says_it_went_wrong_on_our_side(
    world: World, failing: list[BaseException | None]
) -> None:
    w = world
    broken = IntegrityError("INSERT", {}, Exception("CHECK constraint failed: answers"))
    failed = await _failed_first_page(w, failing, broken)
    told = _said(failed)
    assert "something went wrong on our side" in told and "database" not in told.split("(")[0]
    w.env.errors.clear()
    await _reopens_and_saves(w, failed)
