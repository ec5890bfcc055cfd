"""Text a user replaces is gone from disk once the edit is done, as erased text is: an entry's
answers edited on their page, an excerpt edited before it is quoted, an affirmation draft
written again. The ciphertext each edit replaced (sealed under the author's key, which she
still holds) is left neither in the SQLite file nor in its `-wal`, while the bot runs.

As in test_erasure_keys, every bot connection first gets SQLite's build default
(`secure_delete=0`), so that the search proves what the bot itself sets and does.
"""

from __future__ import annotations

from pathlib import Path

from simcord import assert_responded
from sqlalchemy import select

from storage.tables import Answer
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, buttons, modal_defaults, open_first_page
from tests.e2e.test_erasure_keys import _found  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import simcord_bot as simcord_bot  # the fixture

NAMED = "Maria Lopez laughed for the first time in weeks."
UNNAMED = "The client laughed for the first time in weeks."


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
    assert buttons(guard) == ["Edit page", "Keep"]
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
