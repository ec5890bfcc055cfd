"""/exception end to end, the privacy guard on its pages, and /note in every format."""

from __future__ import annotations

import re
import unicodedata

import discord
import pytest
from simcord import assert_error, assert_responded

from bot.limits import CONTENT_MAX
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    bot_of,
    buttons,
    forge_select,
    modal_defaults,
    modal_guidance,
    modal_ids,
    modal_questions,
    open_first_page,
    plain_note,
    said,
)

EXCEPTION_PAGES: list[dict[str, object]] = [
    {"area": ["low_mood"], "problem": "Nothing gets done, the week is a write-off.", "goal": ""},
    {
        "exception": "One morning they got up on time and replied to a friend.",
        "different": "Clothes laid out the night before.",
        "client_did": "Laid out clothes; told themself only the first step counts.",
    },
    {
        "present": ["individual"],
        "questions_used": "What was different that morning? What did you do that helped?",
        "response": "Became more animated and said they had forgotten that morning.",
        "next_step": "Lay out clothes two evenings this week.",
        "count": "1",
    },
]


def assert_plain_text(body: str) -> None:
    """A file a clinician can paste: no Markdown escapes or bold, emoji or invisible characters."""
    assert "\\" not in body and "**" not in body
    for char in body:
        kind = unicodedata.category(char)
        assert char == "\n" or kind not in ("Cc", "Cf", "So", "Sk"), repr(char)


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
    area = modal_questions(shown)[0]["component"]
    assert area["type"] == 3 and len(area["options"]) == 7
    (guidance,) = modal_guidance(shown)
    assert guidance.startswith("One client and one problem.")
    assert recap.ephemeral and "All saved" in said(recap)
    assert buttons(recap)[:2] == ["Draft note", "Share anonymized"]
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.kind == "exception" and record.status == "complete"
    assert record.answers["area"] == "low_mood"
    assert record.answers["count"] == "1"
    assert record.answers["client_did"] == EXCEPTION_PAGES[1]["client_did"]
    assert record.answers["present"] == "individual"


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
    assert result.response.content.startswith(f"**DRAFT {fmt.upper()} note")
    assert len(result.response.content) <= CONTENT_MAX
    assert result.followups == []  # the whole note in one message
    assert "This was an individual session." in result.response.content
    markdown, attachment = result.response.attachments
    assert markdown.filename == f"{fmt}-draft-note-{entry.id}.md"
    assert (await markdown.read()).decode() == result.response.content  # the message, whole
    assert attachment.filename == f"{fmt}-draft-note-{entry.id}.txt"
    body = (await attachment.read()).decode()
    assert body.startswith(f"DRAFT {fmt.upper()} note")
    assert_plain_text(body)
    assert "[clinician to complete: observed presentation and affect]" in body
    assert "[clinician to complete: the treatment goal this links to]" in body
    assert "[clinician to complete: impression of progress toward the goal]" in body
    assert "keep asking" not in body
    for banned in ("resolved", "discussed positives", "several"):
        assert banned not in body.lower()
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["count"] == "1"  # the note changes nothing


async def test_note_from_the_recap_offers_a_format_select(world: World) -> None:
    w = world
    recap = await _complete_debrief(w)
    ask = await w.alice.click(recap.response.message, label="Draft note")
    assert_responded(ask, contains="Which format", ephemeral=True)
    note = await w.alice.select(ask.response.message, ["birp"])
    assert note.acknowledged and note.ephemeral
    assert "BIRP" in note.response.content
    assert len(note.response.content) <= CONTENT_MAX and note.followups == []
    markdown, attachment = note.response.attachments
    assert markdown.filename.startswith("birp-draft-note-") and markdown.filename.endswith(".md")
    assert (await markdown.read()).decode() == note.response.content
    assert attachment.filename.startswith("birp-draft-note-")
    assert attachment.filename.endswith(".txt")
    assert_plain_text((await attachment.read()).decode())


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


async def test_couple_debrief_names_the_couple_and_the_other_area(world: World) -> None:
    w = world
    pages = [
        EXCEPTION_PAGES[0] | {"area": ["other"], "problem": "Every talk about chores is a fight."},
        EXCEPTION_PAGES[1] | {"area_other": "Household roles"},
        EXCEPTION_PAGES[2] | {"present": ["couple"]},
    ]
    recap = await _complete_debrief(w, pages)
    ask = await w.alice.click(recap.response.message, label="Draft note")
    note = await w.alice.select(ask.response.message, ["soap"])
    text = note.response.content
    assert "This was a couple session." in text
    assert "The session focused on household roles." in text
    assert "The couple identified one exception" in text
    assert "The client " not in text
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None
    assert (record.answers["present"], record.answers["area_other"]) == (
        "couple",
        "Household roles",
    )


async def test_weak_and_overstated_answers_reach_the_note_as_gaps_and_checks(world: World) -> None:
    w = world
    pages = [
        EXCEPTION_PAGES[0],
        {
            "exception": "Went to the shops on Tuesday and Friday, totally cured!!",
            "different": "sun",
            "noticed": "Me.",
            "client_did": "n/a",
        },
        EXCEPTION_PAGES[2],
    ]
    await _complete_debrief(w, pages)
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    result = await w.alice.slash(w.channel, "note", entry=str(entry.id), format="dap")
    body = await plain_note(result)
    assert "[clinician to check: “totally”, “cured” may overstate progress" in body
    assert "the count was one, but the answer seems to describe two occasions]" in body
    assert "the debrief says “sun”; please describe it in a phrase or more]" in body
    assert "the debrief says “Me.”; please restate it in the third person]" in body
    assert (
        "[clinician to complete: what the client did that helped; the debrief says “n/a”]" in body
    )
    assert "!" not in body


async def test_markdown_and_emoji_stay_out_of_the_note(world: World) -> None:
    w = world
    pages = [
        EXCEPTION_PAGES[0] | {"problem": "**Nothing** gets done 😩😩"},
        EXCEPTION_PAGES[1]
        | {"client_did": "* used `box breathing` 🧘\u200b\n* had ~~no~~ breakfast"},
        EXCEPTION_PAGES[2] | {"response": "Laughed 😂 and said ||it was not that bad||"},
    ]
    await _complete_debrief(w, pages)
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    result = await w.alice.slash(w.channel, "note", entry=str(entry.id), format="birp")
    message = result.response.content
    body = await plain_note(result)
    assert_plain_text(body)
    assert "used box breathing and had no breakfast" in body
    assert "laughed and said it was not that bad" in body
    assert "😂" not in message and "||" not in message and "\u200b" not in message
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and "😂" in record.answers["response"]  # stored as typed


async def test_a_note_too_long_for_one_message_points_to_the_full_file(world: World) -> None:
    w = world
    long = "Walked to the corner shop and back without stopping, then sat outside a while. "
    pages = [
        EXCEPTION_PAGES[0] | {"problem": long * 12},
        {k: long * 12 for k in ("exception", "different", "client_did")} | {"noticed": long * 6},
        EXCEPTION_PAGES[2] | {"response": long * 12, "next_step": long * 12},
    ]
    await _complete_debrief(w, pages)
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    result = await w.alice.slash(w.channel, "note", entry=str(entry.id), format="soap")
    message = result.response.content
    assert len(message) <= CONTENT_MAX and result.followups == []
    assert message.endswith("The full note is in the attached files.")
    markdown, plain = result.response.attachments
    assert markdown.filename.endswith(".md") and plain.filename.endswith(".txt")
    whole = (await markdown.read()).decode()  # the Markdown note, not cut
    kept = message.removesuffix("The full note is in the attached files.").rstrip()
    assert len(whole) > CONTENT_MAX and whole.startswith(kept)
    assert re.search(r"^\*\*P: Plan\*\*$", whole, flags=re.MULTILINE)
    body = (await plain.read()).decode()
    assert len(body) > CONTENT_MAX
    assert re.search(r"^P: Plan$", body, flags=re.MULTILINE)


async def test_an_older_debrief_without_who_was_present_still_renders(world: World) -> None:
    w = world
    repos = bot_of(w.env).repos
    old = {k: str(v) for page in EXCEPTION_PAGES for k, v in page.items() if k != "present"}
    old["area"] = "low_mood"
    saved = await repos.entries.save_page(
        entry_id=None,
        author_id=w.alice.id,
        kind="exception",
        guild_id=w.guild.id,
        answers=old,
        advance_to=3,
        complete=True,
    )
    assert saved is not None
    result = await w.alice.slash(w.channel, "note", entry=str(saved.id), format="birp")
    body = await plain_note(result)
    assert "[clinician to complete: who attended (individual, couple, family or group)]" in body
    assert "The client identified one exception" in body


async def test_a_failed_note_send_tells_the_user_and_keeps_the_debrief(world: World) -> None:
    w = world
    await _complete_debrief(w)
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    failed = await w.alice.slash(w.channel, "note", entry=str(entry.id), format="soap")
    told = "\n".join([failed.response.content, *(f.content for f in failed.followups)])
    assert "something went wrong on our side" in told
    assert failed.response.attachments == []
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == {
        k: (v[0] if isinstance(v, list) else v) for page in EXCEPTION_PAGES for k, v in page.items()
    } | {"area_other": "", "noticed": "", "goal": ""}
    again = await w.alice.slash(w.channel, "note", entry=str(entry.id), format="soap")
    assert again.response.attachments and again.response.content.startswith("**DRAFT SOAP")


async def test_an_unfinished_debrief_is_offered_by_exception_only_and_resumes_it(
    world: World,
) -> None:
    """/exception with an unfinished debrief offers Resume or Start new, as /sparkle does; the
    draft is not offered by /sparkle; Resume opens the next page of the same debrief."""
    w = world
    shown = await _begin(w.alice, w.channel)
    step = await w.alice.submit_modal(shown, EXCEPTION_PAGES[0])
    later = await w.alice.click(step.response.message, label="Finish later")
    assert_responded(later, contains="Saved as a draft", ephemeral=True)

    other = await w.alice.slash(w.channel, "sparkle")  # another conversation: a new one
    assert other.acknowledged and modal_ids(other) == ["moment", "signs"]
    offer = await w.alice.slash(w.channel, "exception")
    assert_responded(offer, contains="unfinished", ephemeral=True)
    assert "page 2 of 3" in offer.response.content
    assert buttons(offer) == ["Resume", "Start new"]
    resumed = await w.alice.click(offer.response.message, label="Resume")
    assert modal_ids(resumed) == ["area_other", "exception", "different", "noticed", "client_did"]
    step = await w.alice.submit_modal(resumed, EXCEPTION_PAGES[1])
    assert_responded(step, contains="2 of 3 pages done", ephemeral=True)

    repos = bot_of(w.env).repos
    page = await repos.entries.list_for_author(w.alice.id)
    assert page.total == 1  # resumed, not a second debrief
    record = await repos.entries.get(page.items[0].id, w.alice.id)
    assert record is not None and record.kind == "exception" and record.status == "draft"
    assert record.answers["area"] == "low_mood"
    assert record.answers["exception"] == EXCEPTION_PAGES[1]["exception"]
    assert w.channel.history() == []


@pytest.mark.parametrize("count", ["\u200b3", "3\u200b", "\u20663\u2069", "\u202e3", "\ufeff3"])
async def test_a_count_carrying_invisible_characters_is_read_as_the_number_it_shows(
    world: World, count: str
) -> None:
    """A count pasted with a zero-width or bidi character shows '3' but was refused as
    'needs a whole number from 0 to 20', a number the practitioner could not see was wrong.
    It is read as the 3 it shows, and stored as typed."""
    w = world
    pages = [*EXCEPTION_PAGES[:2], EXCEPTION_PAGES[2] | {"count": count}]
    recap = await _complete_debrief(w, pages)
    assert recap.ephemeral and "All saved" in said(recap)
    assert "whole number" not in said(recap)
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status == "complete"
    assert record.answers["count"] == count  # kept as typed
