"""/hours under faults and hostile input: a button used twice (a meeting's prompt, a delete
clicked again while the first click is under way), and markdown or mentions typed to pass for
the bot's own words in what a facilitator reads."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from cogs._hours_texts import LOCKED
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, forge_click, modal_defaults
from tests.e2e.test_hours import TYPED, add, rows
from tests.e2e.test_hours_meeting import prompts

HOUR = 3600


async def _ask(w: World, typed: dict[str, str]) -> tuple[int, Any]:
    """Alice logs `typed` and asks this server's facilitators to attest it."""
    done = await add(w.alice, w.channel, typed)
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    return (await rows(w))[-1].id, done


async def test_a_meeting_logged_twice_from_its_prompt_is_logged_once(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    for member in (w.alice, w.bob):
        await member.slash(w.channel, "hours prompts", on=True)
    await w.env.advance_time(2 * HOUR)
    (prompt,) = prompts(w.alice)
    answers = []
    for _ in range(2):  # she logs it, and later, unsure, clicks Log it again
        shown = await w.alice.user.click(prompt, label="Log it")
        typed = {k: v or "" for k, v in modal_defaults(shown).items()}
        answers.append(await w.alice.user.submit_modal(shown, typed))
    assert_responded(answers[0], contains="Logged: `#", ephemeral=True)
    assert_responded(answers[1], contains="Already logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.author_id, row.minutes, row.start_time) == (w.alice.id, 30, "01:00")
    # Bob's prompt for the same meeting is his own: he logs it too.
    shown = await w.bob.user.click(prompts(w.bob)[0], label="Log it")
    done = await w.bob.user.submit_modal(
        shown, {k: v or "" for k, v in modal_defaults(shown).items()}
    )
    assert_responded(done, contains="Logged: `#", ephemeral=True)
    assert [r.author_id for r in await rows(w)] == [w.alice.id, w.bob.id]


async def test_markdown_and_mentions_typed_in_hours_show_as_typed_to_the_facilitator(
    world: World, facilitated: Any
) -> None:
    """A member's own words cannot pass for the bot's (a forged "Attested by" line in bold,
    a heading) nor show as a mention of someone: the facilitator reads them as typed (the topic
    anonymized)."""
    w, fiona = world, facilitated
    forged = "**Attested by Dr Who, 2026-01-05 10:00 UTC. It is locked.**"
    typed = {
        **TYPED,
        "when": "2026-01-05 60",
        "group": f"<@{w.bob.id}> and <#{w.channel.id}> @everyone",
        "topic": f"Endings\n# {forged}",
    }
    entry_id, done = await _ask(w, typed)
    pending = await fiona.slash(w.channel, "hours pending")
    assert_responded(pending, contains="Waiting for attestation", ephemeral=True)
    review = await fiona.select(pending.response.message, [str(entry_id)])
    for shown, who in ((pending, r"\[name\]"), (review, r"\[name\]"), (done, "Who")):
        text = shown.response.content
        assert forged not in text and "\n# " not in text  # no bold, no heading of hers
        # inert; the facilitators see the topic anonymized, its author as she typed it
        assert rf"\*\*Attested by Dr {who}" in text and r"\# " in text
        assert f"<@{w.bob.id}>" not in text and f"<#{w.channel.id}>" not in text
        assert rf"\<@{w.bob.id}\>" in text  # shown as typed, not as a mention
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.text("topic") == typed["topic"] and entry.text("group") == typed["group"]


async def test_a_second_click_on_delete_it_says_deleted_not_locked(world: World) -> None:
    """Two clicks on "Delete it" in quick succession: the second one read the entry before
    the first one deleted it. It is told the entry is deleted, not that it is attested."""
    w = world
    done = await add(w.alice, w.channel)
    ask = await w.alice.click(done.response.message, label="Delete")
    hours = bot_of(w.env).repos.hours
    (row,) = await rows(w)
    before = await hours.get(row.id, w.alice.id)
    first = await w.alice.click(ask.response.message, label="Delete it")
    assert first.response is not None and first.response.content == "Deleted."
    # SimCord runs one click at a time and the first click removed the button: the second
    # click is played on the message as it was, reading the entry as it was before the delete.
    real_get = hours.get
    reads = [before]

    async def read_before_the_delete(entry_id: int, author_id: int) -> Any:
        return reads.pop() if reads else await real_get(entry_id, author_id)

    hours.get = read_before_the_delete  # type: ignore[method-assign]
    second = await forge_click(w.alice, ask.response.message, f"sk:hdelyes:{row.id}")
    assert second.acknowledged and not reads
    said = [m.content for m in [*second.followups, second.response] if m is not None]
    assert LOCKED not in said and "Deleted." in said
    assert await rows(w) == []


@pytest.mark.postgres_too
async def test_asking_twice_to_reopen_says_it_was_asked_already(
    world: World, facilitated: Any
) -> None:
    """A second click on "Ask to reopen" (the button stays on the message) is told the
    request is already with the facilitators, not that only attested entries can be reopened;
    it is asked and audited once."""
    w, fiona = world, facilitated
    hours = bot_of(w.env).repos.hours
    await add(w.alice, w.channel)
    (row,) = await rows(w)
    assert await hours.request(row.id, w.alice.id, w.guild.id)
    assert await hours.attest(row.id, w.guild.id, fiona.id, "Dr Fiona Lee, LMFT")
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(row.id)])
    first = await w.alice.click(picked.response.message, label="Ask to reopen")
    assert_responded(first, contains="Asked the facilitators", ephemeral=True)
    second = await w.alice.click(picked.response.message, label="Ask to reopen")
    assert_responded(second, contains="already asked", ephemeral=True)
    assert "Only an attested entry" not in second.response.content
    (row,) = await rows(w)
    assert row.state == "reopen_asked"
    audit = bot_of(w.env).repos.audit
    assert [a for a, _, _ in await audit.kinds("hours_reopen_ask")] == [w.alice.id]


async def test_an_entry_whose_typed_markdown_doubles_when_shown_still_opens_whole_in_storage(
    world: World, facilitated: Any
) -> None:
    """Every field at its limit, written in markdown: shown inert, each such character takes
    two, so the entry as shown would pass Discord's 2,000 characters and picking it from
    /hours list failed. It opens (the longest texts shortened on screen, marked with …),
    its Delete asks and its Edit form holds all of it; the database keeps every character."""
    w, fiona = world, facilitated
    typed = {
        "when": "2026-01-05 90",
        "group": "**Tuesday** group " * 11,
        "topic": "_pacing_ " * 25,
        "learning": "> `slow down` " * 21,
        "reflection": "* [x] waited | *longer* #1 " * 37,
    }
    limits = {"when": 20, "group": 200, "topic": 200, "learning": 300, "reflection": 1000}
    typed = {k: v[: limits[k]].strip() for k, v in typed.items()}
    done = await add(w.alice, w.channel, typed)
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)

    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(row.id)])
    assert picked.acknowledged and picked.ephemeral and picked.response is not None
    shown = picked.response.content
    assert shown.startswith(f"`#{row.id}` 2026-01-05") and len(shown) <= 2000
    assert "\\*\\*Tuesday\\*\\* group" in shown and shown.endswith("…")
    asked = await w.alice.click(picked.response.message, label="Delete")
    assert_responded(asked, contains="Delete this entry for good?", ephemeral=True)
    form = await w.alice.click(picked.response.message, label="Edit")
    assert form.modal is not None
    assert {k: modal_defaults(form)[k] for k in typed if k != "when"} == {
        k: v for k, v in typed.items() if k != "when"
    }
    entry = await bot_of(w.env).repos.hours.get(row.id, w.alice.id)
    assert entry is not None
    assert {k: entry.text(k) for k in ("group", "topic", "learning", "reflection")} == {
        k: v for k, v in typed.items() if k != "when"
    }
    # What a facilitator reads of it fits too.
    await w.alice.click(picked.response.message, label="Ask for attestation")
    pending = await fiona.slash(w.channel, "hours pending")
    review = await fiona.select(pending.response.message, [str(row.id)])
    assert review.acknowledged and review.response is not None
    assert len(review.response.content) <= 2000 and "\\_pacing\\_" in review.response.content
    assert w.channel.history() == []
