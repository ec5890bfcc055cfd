"""A NUL character typed (or pasted) into a form's free text, on either database: PostgreSQL's
text cannot hold one, so a field stored as plain text would fail its write there with the
generic "something went wrong". The table drives every free-text form whose words are kept,
on SQLite and PostgreSQL: each is saved and the member told so; what is stored encrypted is
kept exactly as typed, and the group agreement (plain text) is kept without the NUL, which
shows nothing anyway, and shown back as kept. The same table takes lone surrogates (half an
emoji, which a client's JSON can carry): before, every one of these writes failed on them
with "something went wrong"; now each is read as the replacement character and kept so."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
import pytest
from simcord import MemberActor, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.matrix_actions import preview_id
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, _ask, _review, add, rows  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import Group, _at_affirmations, affirm, the_post  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]

TYPED_NUL = "Kind\x00 words,\x00 gently\x00 said."

# (what the member is told, what the database holds afterwards)
Outcome = tuple[str, str | None]


def _admin(w: World) -> MemberActor:
    role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return w.guild.add_member(w.env.create_user("admin"), roles=[role])


async def _agreement(w: World, typed: str) -> Outcome:
    admin = _admin(w)
    opened = await admin.slash(w.channel, "setup agreement")
    saved = await admin.submit_modal(opened, {"agreement": typed})
    assert_responded(saved, contains="Saved.", ephemeral=True)
    shown = saved.response.embeds[0].description or ""
    assert shown == as_plain(typed)  # as kept
    return saved.response.content, await bot_of(w.env).repos.round.agreement(w.guild.id)


async def _share_edit(w: World, typed: str) -> Outcome:
    preview = await _preview(w, moment="It went well with a quiet client.")
    edit = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(edit, {"text": typed})
    assert_responded(edited, contains="Preview of your edited text", ephemeral=True)
    draft = await bot_of(w.env).repos.outbox.get(preview_id(preview.response.message))
    return edited.response.content, draft and draft.text


async def _key_question(w: World, typed: str) -> Outcome:
    preview = await _preview(w, moment="It went well with a quiet client.")
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    shown = await w.alice.submit_modal(asked, {"question": typed})
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    record = await bot_of(w.env).repos.round.get(preview_id(preview.response.message))
    return shown.response.content, record and record.key_question


async def _affirmation(g: Group, typed: str) -> Outcome:
    repos = await _at_affirmations(g)
    done = await affirm(g.w.bob, g.w, typed)
    mine = await repos.round.my_affirmation(g.share_id, g.w.bob.id)
    return done.response.content, mine and mine.text


async def _closing(g: Group, typed: str) -> Outcome:
    w = g.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    done = await w.alice.submit_modal(opened, {"takeaway": typed, "step": "Pause."})
    assert done.acknowledged and done.ephemeral and done.response is not None
    closing = await repos.round.closing(g.share_id)
    return done.response.content, closing and closing.takeaway


async def _excerpt(w: World, typed: str) -> Outcome:
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    again = await w.alice.submit_modal(form, {"moment": typed})
    assert again.acknowledged and again.ephemeral and again.response is not None
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    return again.response.content, entry and entry.excerpts.get("moment")


async def _hours_form(w: World, typed: str) -> Outcome:
    done = await add(w.alice, w.channel, {**TYPED, "reflection": typed})
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    entry = await bot_of(w.env).repos.hours.get(row.id, w.alice.id)
    return done.response.content, entry and entry.texts["reflection"]


async def _hours_decision(w: World, fiona: Any, label: str, field: str, typed: str) -> Outcome:
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label=label)
    values = {"reason": typed} if label == "Decline" else {"name": typed, "credential": "LMFT"}
    done = await fiona.submit_modal(shown, values)
    assert done.acknowledged and done.ephemeral and done.response is not None
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    return done.response.content, entry and getattr(entry, field)


async def _decline(w: World, fiona: Any, typed: str) -> Outcome:
    return await _hours_decision(w, fiona, "Decline", "declined_reason", typed)


async def _attest(w: World, fiona: Any, typed: str) -> Outcome:
    told, kept = await _hours_decision(w, fiona, "Attest", "attested_as", typed)
    return told, kept and kept.removesuffix(", LMFT")


def as_plain(typed: str) -> str:
    """What the group agreement (plain text) keeps: no NUL, each half character whole."""
    return arrived(typed).replace("\x00", "")


def arrived(typed: str) -> str:
    """What the bot reads of a form: a lone surrogate as the replacement character."""
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in typed)


# What is typed: a NUL, and a lone surrogate (half of an emoji) a client's JSON can carry,
# which failed every write with "something went wrong" (no text holding one can be encoded).
TYPED_IN = {
    "nul": TYPED_NUL,
    "lone surrogates": "Kind \ud83d words, gently\udc00 said.",
}
Kept = Callable[[str], str]

# field: (how it is typed in, what the database must hold); one table per world it needs
IN_A_SERVER: dict[str, tuple[Callable[[World, str], Awaitable[Outcome]], Kept]] = {
    "agreement": (_agreement, as_plain),
    "excerpt": (_excerpt, arrived),
    "hours form": (_hours_form, arrived),
}
SHARING: dict[str, tuple[Callable[[World, str], Awaitable[Outcome]], Kept]] = {
    "share edit": (_share_edit, arrived),
    "key question": (_key_question, arrived),
}
IN_A_ROUND: dict[str, tuple[Callable[[Group, str], Awaitable[Outcome]], Kept]] = {
    "affirmation": (_affirmation, arrived),
    "closing": (_closing, arrived),
}
FACILITATING: dict[str, tuple[Callable[[World, Any, str], Awaitable[Outcome]], Kept]] = {
    "decline reason": (_decline, arrived),
    "attestation": (_attest, arrived),
}
each_typed = pytest.mark.parametrize("typed", list(TYPED_IN.values()), ids=list(TYPED_IN))


def _saved(outcome: Outcome, kept: str) -> None:
    told, stored = outcome
    assert "went wrong" not in told, told
    assert stored == kept


@each_typed
@pytest.mark.parametrize("field", list(IN_A_SERVER))
async def test_a_nul_typed_in_a_form_is_saved_on_either_database(
    world: World, field: str, typed: str
) -> None:
    drive, kept = IN_A_SERVER[field]
    _saved(await drive(world, typed), kept(typed))


@each_typed
@pytest.mark.parametrize("field", list(SHARING))
async def test_a_nul_typed_in_a_share_is_saved_on_either_database(
    configured: World, field: str, typed: str
) -> None:
    drive, kept = SHARING[field]
    _saved(await drive(configured, typed), kept(typed))


@each_typed
@pytest.mark.parametrize("field", list(IN_A_ROUND))
async def test_a_nul_typed_in_a_round_is_saved_on_either_database(
    group: Group, field: str, typed: str
) -> None:
    drive, kept = IN_A_ROUND[field]
    _saved(await drive(group, typed), kept(typed))


@each_typed
@pytest.mark.parametrize("field", list(FACILITATING))
async def test_a_nul_typed_by_a_facilitator_is_saved_on_either_database(
    world: World, facilitated: Any, field: str, typed: str
) -> None:
    drive, kept = FACILITATING[field]
    _saved(await drive(world, facilitated, typed), kept(typed))
