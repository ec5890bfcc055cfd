"""/exception's last page (two selects and free text) answered while SQLite is locked past
its wait: the member is told the page was not saved and why, gets back everything she typed
and chose (the selects too), and Reopen page shows it all as she left it; saving it then
completes the debrief."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_defaults
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES, _begin  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_page_faults import (
    _attached_text,  # pyright: ignore[reportPrivateUsage]
    _lock_sqlite,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_page_faults import short_busy_timeout as short_busy_timeout  # fixture


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_the_last_exception_page_refused_by_a_locked_database_loses_nothing(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    shown = await _begin(w.alice, w.channel)
    for page in EXCEPTION_PAGES[:2]:
        step = await w.alice.submit_modal(shown, page)
        shown = await w.alice.click(step.response.message, label="Continue")
    last = EXCEPTION_PAGES[2]
    locker = _lock_sqlite(sqlite_database_url)
    try:
        failed = await w.alice.submit_modal(shown, last)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert failed.acknowledged and failed.ephemeral and failed.response is not None
    assert "This page was not saved" in failed.response.content
    assert "busy" in failed.response.content
    text = await _attached_text(failed)
    for value in last.values():  # every answer, and the choice made in the select
        assert (value[0] if isinstance(value, list) else value) in text
    repos = bot_of(w.env).repos
    (entry,) = (await repos.entries.list_for_author(w.alice.id)).items
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status != "complete" and "next_step" not in record.answers

    reopened = await w.alice.click(failed.response.message, label="Reopen page")
    assert reopened.modal is not None
    defaults = modal_defaults(reopened)
    assert defaults == last  # as she left it, the selects too
    saved = await w.alice.submit_modal(reopened, defaults)
    assert saved.acknowledged and saved.ephemeral
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status == "complete"
    assert record.answers["present"] == "individual" and record.answers["count"] == "1"
    assert record.answers["next_step"] == last["next_step"]
