"""Every free-text form filled to its limit with text that grows when it is shown: emoji
(two UTF-16 units each), markdown characters (each escaped, so doubled), right-to-left
overrides (each closed, so doubled) and mentions. Each reply, preview, post and card that
echoes it stays within Discord's limits (a 400 from Discord fails the test at teardown), the
member is told it was saved, and what is stored is what was typed (anonymized where the
form says identifiers are replaced). Found sound; kept as a table so that it stays so."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
import pytest
from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, texts
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, _ask, _review, add, rows  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import Group, _at_affirmations, affirm, the_post  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

# The subject (what is shown around typed text) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


def full(limit: int) -> str:
    """`limit` characters of what grows most when shown."""
    return ("\u202e*😀#_<@1> @everyone 漢" * limit)[:limit]


async def _agreement(w: World) -> None:
    role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin: MemberActor = w.guild.add_member(w.env.create_user("admin"), roles=[role])
    opened = await admin.slash(w.channel, "setup agreement")
    saved = await admin.submit_modal(opened, {"agreement": full(1800)})
    assert_responded(saved, contains="Saved.", ephemeral=True)
    assert await bot_of(w.env).repos.round.agreement(w.guild.id) == full(1800)


async def _excerpt(w: World) -> None:
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    again = await w.alice.submit_modal(form, {"moment": full(300)})
    assert again.acknowledged and again.ephemeral and again.response is not None
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.excerpts.get("moment")


async def _hours(w: World) -> None:
    typed = {"group": full(200), "topic": full(200), "learning": full(300)}
    done = await add(w.alice, w.channel, {**TYPED, **typed, "reflection": full(1000)})
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    entry = await bot_of(w.env).repos.hours.get(row.id, w.alice.id)
    assert entry is not None and entry.texts["reflection"] == full(1000)
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(row.id)])
    assert picked.acknowledged and picked.ephemeral
    report = await w.alice.slash(w.channel, "hours report", period="2026-01-01 to 2026-01-31")
    assert report.acknowledged and report.response is not None


IN_A_SERVER: dict[str, Callable[[World], Awaitable[None]]] = {
    "agreement": _agreement,
    "excerpt": _excerpt,
    "hours form, list and report": _hours,
}


@pytest.mark.parametrize("field", list(IN_A_SERVER))
async def test_a_form_filled_to_its_limit_is_saved_and_echoed_within_discords_limits(
    world: World, field: str
) -> None:
    await IN_A_SERVER[field](world)


async def test_a_share_edited_to_its_limit_with_a_full_key_question_is_posted(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w, moment="It went well with a quiet client.")
    edit = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(edit, {"text": full(3500)})
    assert_responded(edited, contains="Preview of your edited text", ephemeral=True)
    asked = await w.alice.click(edited.response.message, label="Add a key question")
    question = await w.alice.submit_modal(asked, {"question": full(300)})
    assert_responded(question, contains="Preview with your key question", ephemeral=True)
    posted = await w.alice.click(question.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    (message,) = posts(w)
    assert not message.mention_everyone


async def test_an_affirmation_and_a_closing_at_their_limit_are_posted_and_kept(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    done = await affirm(w.bob, w, full(1500))
    assert done.response.content.startswith("Saved.")
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]
    await w.alice.click(offer.message, label="Keep them with my entry")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    closing = await w.alice.submit_modal(opened, {"takeaway": full(1000), "step": full(1000)})
    assert closing.response is not None and closing.response.content.startswith("Saved")
    stored = await repos.round.closing(g.share_id)
    assert stored is not None and stored.takeaway == full(1000)
    (entry,) = (await repos.entries.list_for_author(w.alice.id)).items
    listing = await w.alice.slash(w.channel, "entries")
    card = await w.alice.select(listing.response.message, [str(entry.id)])
    assert "Affirmations from the group" in "\n".join(texts(card))


async def test_a_facilitators_answers_at_their_limit_are_saved_and_shown(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    for label, values in (
        ("Decline", {"reason": full(300)}),
        ("Attest", {"name": full(100), "credential": full(100)}),
    ):
        entry_id, _ = await _ask(w)
        review = await _review(fiona, w, entry_id)
        shown = await fiona.click(review.response.message, label=label)
        done = await fiona.submit_modal(shown, values)
        assert done.response is not None and "went wrong" not in done.response.content
        listing = await w.alice.slash(w.channel, "hours list")
        picked = await w.alice.select(listing.response.message, [str(entry_id)])
        assert picked.acknowledged and picked.ephemeral
