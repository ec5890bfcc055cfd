"""/exception end to end, the privacy guard on its pages, and /note in every format."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from bot.limits import CONTENT_MAX
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    bot_of,
    buttons,
    forge_select,
    modal_defaults,
    modal_ids,
    open_first_page,
)

EXCEPTION_PAGES: list[dict[str, object]] = [
    {"area": ["low_mood"], "problem": "Nothing gets done, the week is a write-off.", "goal": ""},
    {
        "exception": "One morning they got up on time and replied to a friend.",
        "different": "Clothes laid out the night before.",
        "client_did": "Laid out clothes; told themself only the first step counts.",
    },
    {
        "questions_used": "What was different that morning? What did you do that helped?",
        "response": "Became more animated and said they had forgotten that morning.",
        "next_step": "Lay out clothes two evenings this week.",
        "count": "1",
    },
]


async def _begin(actor, channel):
    return await open_first_page(actor, channel, "exception")


async def _complete_debrief(w: World, pages=EXCEPTION_PAGES):
    shown = await _begin(w.alice, w.channel)
    step = None
    for page in pages:
        step = await w.alice.submit_modal(shown, page)
        assert step.acknowledged and step.ephemeral
        if "Continue" in buttons(step):
            shown = await w.alice.click(step.response.message, label="Continue")
    return step


async def test_exception_flow_stores_the_area_choice_and_every_answer(world: World) -> None:
    w = world
    recap = await _complete_debrief(w)
    shown = await w.alice.slash(w.channel, "exception")
    assert shown.acknowledged
    assert modal_ids(shown) == ["area", "problem", "goal"]
    area = shown.modal["components"][0]["component"]
    assert area["type"] == 3 and len(area["options"]) == 7
    assert_responded(recap, contains="All saved", ephemeral=True)
    assert buttons(recap)[:2] == ["Draft note", "Share anonymized"]
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.kind == "exception" and record.status == "complete"
    assert record.answers["area"] == "low_mood"
    assert record.answers["count"] == "1"
    assert record.answers["client_did"] == EXCEPTION_PAGES[1]["client_did"]


async def test_exception_count_must_be_a_number_from_0_to_20(world: World) -> None:
    w = world
    pages = [*EXCEPTION_PAGES[:2], EXCEPTION_PAGES[2] | {"count": "25"}]
    bad = await _complete_debrief(w, pages)
    assert_responded(bad, contains="needs a whole number from 0 to 20", ephemeral=True)
    reopened = await w.alice.click(bad.response.message, label="Edit answers")
    assert modal_defaults(reopened)["count"] == "25"


async def test_privacy_guard_shows_what_was_flagged_and_keeps_the_answers(world: World) -> None:
    w = world
    shown = await _begin(w.alice, w.channel)
    typed = {
        "area": ["anxiety"],
        "problem": "Maria said her sister Rosa panics when they drive to Tacoma.",
        "goal": "",
    }
    guard = await w.alice.submit_modal(shown, typed)
    assert_responded(guard, contains="may hold details that identify a client", ephemeral=True)
    text = guard.response.content
    assert "“Maria” (a name)" in text and "“Rosa” (a name)" in text
    assert buttons(guard) == ["Edit page", "Keep"]
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["problem"] == typed["problem"]
    assert "name" in record.flagged["problem"]
    edit = await w.alice.click(guard.response.message, label="Edit page")
    assert modal_defaults(edit)["problem"] == typed["problem"]
    kept = await w.alice.click(guard.response.message, label="Keep")
    assert kept.acknowledged and "Next:" in kept.response.content
    assert buttons(kept) == ["Continue", "Finish later", "Discard"]


@pytest.mark.parametrize("fmt", ["soap", "dap", "birp"])
async def test_note_command_sends_the_skeleton_as_message_and_file(world: World, fmt: str) -> None:
    w = world
    await _complete_debrief(w)
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    choices = await w.alice.autocomplete(w.channel, "note", "entry", "")
    assert [c["value"] for c in choices] == [str(entry.id)]
    result = await w.alice.slash(w.channel, "note", entry=str(entry.id), format=fmt)
    assert result.acknowledged and result.ephemeral
    assert "DRAFT" in result.response.content
    assert len(result.response.content) <= CONTENT_MAX
    (attachment,) = result.response.attachments
    assert attachment.filename == f"{fmt}-draft-note-{entry.id}.md"
    body = (await attachment.read()).decode()
    assert body.startswith("**DRAFT")
    assert "[clinician to complete: observed presentation and affect]" in body
    assert "[clinician to complete: the treatment goal this links to]" in body
    for banned in ("resolved", "discussed positives", "several"):
        assert banned not in body.lower()


async def test_note_from_the_recap_offers_a_format_select(world: World) -> None:
    w = world
    recap = await _complete_debrief(w)
    ask = await w.alice.click(recap.response.message, label="Draft note")
    assert_responded(ask, contains="Which format", ephemeral=True)
    note = await w.alice.select(ask.response.message, ["birp"])
    assert note.acknowledged and note.ephemeral
    assert "BIRP" in note.response.content
    assert note.response.attachments[0].filename.startswith("birp-draft-note-")


async def test_note_autocomplete_and_forged_ids_never_reach_another_users_debrief(
    world: World,
) -> None:
    w = world
    await _complete_debrief(w)
    alices = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    assert await w.bob.autocomplete(w.channel, "note", "entry", "") == []
    refused = await w.bob.slash(w.channel, "note", entry=str(alices.id), format="soap")
    assert_responded(refused, contains="isn't available to you", ephemeral=True)
    assert refused.response.attachments == []
    listing = await w.bob.slash(w.channel, "entries")
    forged = await forge_select(w.bob, listing.response.message, f"sk:notefmt:{alices.id}", "soap")
    assert_responded(forged, contains="isn't available to you", ephemeral=True)
    assert forged.response.attachments == []
