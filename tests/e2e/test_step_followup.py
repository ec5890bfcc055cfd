"""Next-step follow-up: a new /sparkle or /exception first asks, optionally, how the last next
step went; the answer is stored (encrypted) with the new entry and /whatworks pairs them."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from storage.answers import answer_rows
from storage.tables import Entry
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, modal_guidance, modal_ids, modal_questions

DAY = 24 * 3600
STEP = "Pause for three breaths before the next question."


async def _seen_notice(w: World, *user_ids: int) -> None:
    for user_id in user_ids:
        await bot_of(w.env).repos.practitioners.mark_notice_seen(user_id)


async def _reflection(w: World, author: int, step: str, *, complete: bool = True) -> int:
    header = await bot_of(w.env).repos.entries.save_page(
        entry_id=None, author_id=author, kind="sparkle", guild_id=w.guild.id,
        answers={"moment": "The client smiled.", "doing": "I slowed down.", "frequency": "4",
                 "next_step": step},
        advance_to=3, complete=complete,
    )  # fmt: skip
    assert header is not None
    return header.id


def _review(result: Any) -> dict[str, Any]:
    (question,) = [q for q in modal_questions(result) if q["component"]["custom_id"] == "last_step"]
    return question


async def _stored(w: World, author: int) -> dict[int, dict[str, bytes]]:
    async with bot_of(w.env).repos.db.read() as session:
        rows = await answer_rows(session, [Entry.author_id == author])
    by_entry: dict[int, dict[str, bytes]] = {}
    for row in rows:
        by_entry.setdefault(row.entry_id, {})[row.question_id] = row.ciphertext
    return by_entry


@pytest.mark.postgres_too
async def test_without_an_earlier_step_the_question_is_absent(world: World) -> None:
    w = world
    await _seen_notice(w, w.alice.id)
    await _reflection(w, w.alice.id, "A draft's step is not a step yet.", complete=False)
    await _reflection(w, w.bob.id, "Bob's own step.")  # another's step is never hers

    asked = await w.alice.slash(w.channel, "sparkle")
    assert_responded(asked, contains="unfinished", ephemeral=True)
    assert asked.response is not None
    shown = await w.alice.click(asked.response.message, label="Start new")
    assert modal_ids(shown) == ["moment", "signs"]
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
    entry_id = max(await _stored(w, w.alice.id))
    stored = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert stored is not None and "last_step" not in stored.answers

    debrief = await w.alice.slash(w.channel, "exception")
    assert modal_ids(debrief) == ["area", "problem", "goal"]


async def test_the_last_step_is_asked_about_stored_encrypted_and_shown_in_whatworks(
    world: World,
) -> None:
    w = world
    await _seen_notice(w, w.alice.id, w.bob.id)
    await _reflection(w, w.alice.id, "An older step.")
    await w.env.advance_time(DAY)
    await _reflection(w, w.alice.id, STEP)
    await w.env.advance_time(DAY)
    await _reflection(w, w.bob.id, "Bob's own step.")

    shown = await w.alice.slash(w.channel, "sparkle")
    assert modal_ids(shown) == ["last_step", "moment", "signs"]
    review = _review(shown)
    assert review["label"] == "How did your last next step go?"
    assert review["description"] == f"Your last step: “{STEP}”"
    assert review["component"]["required"] is False

    # Optional: a page without it is saved like any other.
    skipped = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert_responded(skipped, contains="1 of 3 pages done", ephemeral=True)

    # Bob sees his own step, never hers.
    bobs = await w.bob.slash(w.channel, "sparkle")
    assert _review(bobs)["description"] == "Your last step: “Bob's own step.”"

    await w.env.advance_time(DAY)
    debrief = await w.alice.slash(w.channel, "exception")
    assert modal_ids(debrief) == ["last_step", "area", "problem", "goal"]
    assert len(modal_guidance(debrief)) == 1  # five parts: the most a form holds
    answer = "I paused twice; the client filled the silence."
    # The required problem left blank (invisible characters only): saved with a note, and
    # "Edit answers" reopens page 1.
    first = {"last_step": answer, "area": ["anxiety"], "problem": "\u200b", "goal": ""}
    saved = await w.alice.submit_modal(debrief, first)
    assert_responded(saved, contains="need another look", ephemeral=True)
    assert saved.response is not None
    entries = await _stored(w, w.alice.id)
    entry_id = max(entries)
    assert b"filled the silence" not in entries[entry_id]["last_step"]  # encrypted at rest
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.answers["last_step"] == answer

    # Reopened after a newer step was written, page 1 still names the step it followed.
    await w.env.advance_time(DAY)
    await _reflection(w, w.alice.id, "A step written after the debrief began.")
    edit = await w.alice.click(saved.response.message, label="Edit answers")
    assert modal_ids(edit) == ["last_step", "area", "problem", "goal"]
    assert _review(edit)["description"] == f"Your last step: “{STEP}”"
    assert _review(edit)["component"]["value"] == answer
    fixed = await w.alice.submit_modal(edit, first | {"problem": "Worry."})
    assert_responded(fixed, contains="1 of 3 pages done", ephemeral=True)

    # Complete the debrief so /whatworks counts it.
    await bot_of(w.env).repos.entries.save_page(
        entry_id=entry_id, author_id=w.alice.id, kind="exception", guild_id=w.guild.id,
        answers={"exception": "Slept well on Sunday.", "count": "1"}, advance_to=3,
        complete=True,
    )  # fmt: skip
    works = await w.alice.slash(w.channel, "whatworks")
    assert works.response is not None and works.ephemeral
    text = works.response.content
    assert "How my next steps went:" in text
    assert f"{STEP} → " in text and answer in text
    assert "Bob" not in text
    assert w.channel.history() == []


async def test_the_page_opens_without_the_question_when_steps_cannot_be_read(
    world: World,
) -> None:
    w = world
    await _seen_notice(w, w.alice.id)
    await _reflection(w, w.alice.id, STEP)

    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("database is down")

    bot_of(w.env).repos.practice.complete_entries = broken  # type: ignore[method-assign]
    shown = await w.alice.slash(w.channel, "sparkle")
    assert modal_ids(shown) == ["moment", "signs"]
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
