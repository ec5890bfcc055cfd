"""A form whose save failed (the database was down) and that the member submits again once it
is back: the second submit of the same form is saved, once, and says so, as a first one
would. Nothing typed is lost in between: the failure gave the text back in a file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from simcord import InteractionResult, assert_error, assert_responded
from sqlalchemy.exc import OperationalError

from tests.e2e.conftest import World, set_consultation_channel
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    failing_statements,
    modal_defaults,
    open_first_page,
    submit_again,
)
from tests.e2e.test_hours import TYPED, rows
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]


@pytest.fixture
def writes_fail(world: World) -> Iterator[list[bool]]:
    """While the list holds True, every INSERT, UPDATE or DELETE fails (reads still work)."""
    down = [False]

    def fault(statement: str) -> OperationalError | None:
        verb = statement.lstrip().split(" ", 1)[0].upper()
        if down[0] and verb in ("INSERT", "UPDATE", "DELETE"):
            return OperationalError(statement, {}, Exception("disk I/O error"))
        return None

    with failing_statements(world.env, fault):
        yield down


async def _given_back(result: InteractionResult) -> str:
    assert result.acknowledged and result.ephemeral and result.response is not None
    told = "\n".join(m.content for m in [result.response, *result.followups] if m is not None)
    assert "Nothing you typed is lost" in told, told
    files = [a for m in [result.response, *result.followups] if m for a in m.attachments]
    return "\n".join([(await f.read()).decode() for f in files])


async def test_a_first_page_whose_save_failed_is_saved_once_when_sent_again(
    world: World, writes_fail: list[bool]
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    writes_fail[0] = True
    failed = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    writes_fail[0] = False
    assert SPARKLE_PAGES[0]["moment"] in await _given_back(failed)  # handled: none captured
    assert (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items == []
    assert failed.response is not None and "Reopen page" in buttons(failed)
    again = await submit_again(w.alice, shown, SPARKLE_PAGES[0])
    assert_responded(again, contains="Saved", ephemeral=True)
    assert again.response is not None and "Already" not in again.response.content
    # Reopen page on the failure's answer, filled in and sent as well: still one entry.
    reopened = await w.alice.click(failed.response.message, label="Reopen page")
    assert reopened.modal is not None  # the same form, with the same one-time id
    assert reopened.modal["custom_id"] == shown.modal["custom_id"]  # type: ignore[index]
    assert modal_defaults(reopened)["moment"] == SPARKLE_PAGES[0]["moment"]
    late = await w.alice.submit_modal(reopened, SPARKLE_PAGES[0])
    assert_responded(late, contains="Already saved", ephemeral=True)
    assert len((await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items) == 1
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == SPARKLE_PAGES[0]


async def test_hours_whose_save_failed_are_logged_once_when_sent_again(
    world: World, writes_fail: list[bool]
) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    writes_fail[0] = True
    failed = await w.alice.submit_modal(shown, TYPED)
    writes_fail[0] = False
    assert TYPED["reflection"] in await _given_back(failed)
    assert_error(w.env, OperationalError)
    assert await rows(w) == []
    again = await submit_again(w.alice, shown, TYPED)
    assert_responded(again, contains="Logged", ephemeral=True)
    assert again.response is not None and "Already" not in again.response.content
    (row,) = await rows(w)
    assert row.minutes == 90


async def test_a_share_edit_whose_save_failed_is_saved_when_sent_again(
    world: World, admin: Any, writes_fail: list[bool]
) -> None:
    w = world
    await set_consultation_channel(w, admin)
    preview = await _preview(w)
    assert preview.response is not None
    opened = await w.alice.click(preview.response.message, label="Edit text")
    assert opened.modal is not None
    typed = {"text": "We slowed down and it helped."}
    writes_fail[0] = True
    failed = await w.alice.submit_modal(opened, typed)
    writes_fail[0] = False
    assert typed["text"] in await _given_back(failed)
    assert_error(w.env, OperationalError)
    again = await submit_again(w.alice, opened, typed)
    assert_responded(again, contains="Preview of your edited text", ephemeral=True)
    assert again.response is not None
    assert again.response.embeds[0].description == typed["text"]
    assert posts(w) == []
    posted = await w.alice.click(again.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].description == typed["text"]  # the edit, as previewed
