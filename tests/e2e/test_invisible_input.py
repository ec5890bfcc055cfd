"""Answers that show nothing (zero-width characters, bidi marks, blank-looking letters) in the
free-text forms outside a conversation's pages: each is treated as empty, is answered with a
clear sentence, and neither stores nor posts an invisible text."""

from __future__ import annotations

from typing import Any

import discord
import pytest
from simcord import MemberActor, assert_responded

from bot.conversation.blank import is_blank
from bot.hours.model import Attestation
from bot.models import QuoteStatus
from bot.round import DEFAULT_AGREEMENT
from cogs._round_ui import agreement_text
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, forge_submit, modal_defaults, open_first_page, stored_entry
from tests.e2e.matrix_actions import preview_id
from tests.e2e.test_excerpts import (  # pyright: ignore[reportPrivateUsage]
    _include,
    _stored,
    _write,
)
from tests.e2e.test_hours import _ask, _review  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    posts,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]

# The subject (input validation) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

# Answers that show nothing, or nothing but a stray mark, each on every form below. Discord
# shows nothing for zero-width spaces and joiners, bidi controls, a byte order mark, spaces or
# the Hangul filler; combining marks with no letter to sit on show at most a dotted circle;
# a lone surrogate (half of an emoji, which JSON carries) shows nothing, or a replacement box.
INVISIBLES = {
    "zero-width, bidi marks and fillers": "\u200b\u200e\u200f \u2060\u00a0\u3164" * 3,
    "zero-width space alone": "\u200b",
    "zero-width joiners alone": "\u200d\u200c\u200d",
    "only whitespace": " \t\n  \n ",
    "only combining marks": "\u0301\u0308\u20dd",
    "byte order mark": "\ufeff",
    "bidi controls alone": "\u202e\u2066\u2069\u202c",
    "a lone surrogate": "\ud83d",
}
each_invisible = pytest.mark.parametrize(
    "invisible", list(INVISIBLES.values()), ids=list(INVISIBLES)
)


@each_invisible
async def test_an_invisible_affirmation_is_not_saved(group: Group, invisible: str) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    done = await affirm(w.bob, w, invisible)
    assert_responded(done, content="An empty affirmation was not saved.", ephemeral=True)
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert (the_post(w).embeds[1].footer.text or "").startswith("Affirmations written so far: 0")
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert said(thread_of(w)) == []


@each_invisible
async def test_an_invisible_key_question_is_refused_and_none_is_stored(
    group: Group, invisible: str
) -> None:
    w = group.w
    entry = await bot_of(w.env).repos.entries.save_page(
        entry_id=None,
        author_id=w.alice.id,
        kind="sparkle",
        guild_id=w.guild.id,
        answers={"moment": "It went well.", "signs": "Calm.", "frequency": "5", "next_step": "Go."},
        advance_to=3,
        complete=True,
    )
    assert entry is not None
    preview = await w.alice.slash(w.channel, "share", entry=str(entry.id))
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    shown = await w.alice.submit_modal(asked, {"question": invisible})
    assert shown.ephemeral and shown.response is not None
    assert "shows nothing" in shown.response.content
    assert "Nothing changed" in shown.response.content
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry.id, w.alice.id)
    record = await bot_of(w.env).repos.round.get(draft.id)
    assert record is None or not record.key_question
    assert posts(w) == []


@each_invisible
async def test_an_invisible_closing_is_refused_and_nothing_is_saved(
    group: Group, invisible: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")  # reflections
    await w.alice.click(the_post(w), label="Next phase")  # closing
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None
    refused = await w.alice.submit_modal(
        opened, {"takeaway": invisible, "step": "Pause before I answer."}
    )
    assert_responded(refused, contains="needs what you are taking away", ephemeral=True)
    assert await repos.round.closing(g.share_id) is None
    assert await repos.round.closing_post(g.share_id) is None
    assert said(thread_of(w)) == []


@each_invisible
async def test_an_invisible_agreement_goes_back_to_the_default(
    world: World, invisible: str
) -> None:
    w = world
    role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin: MemberActor = w.guild.add_member(w.env.create_user("admin"), roles=[role])
    opened = await admin.slash(w.channel, "setup agreement")
    assert opened.modal is not None
    saved = await admin.submit_modal(opened, {"agreement": invisible})
    assert saved.ephemeral and saved.response is not None
    assert saved.response.embeds[0].description == DEFAULT_AGREEMENT
    assert await bot_of(w.env).repos.round.agreement(w.guild.id) is None
    assert await agreement_text(bot_of(w.env), w.guild.id) == DEFAULT_AGREEMENT


@each_invisible
async def test_an_invisible_share_edit_is_refused_and_the_preview_kept(
    configured: World, invisible: str
) -> None:
    w = configured
    preview = await _preview(w, moment="It went well with a quiet client.")
    repos = bot_of(w.env).repos
    draft_id = preview_id(preview.response.message)
    before = await repos.outbox.get(draft_id)
    assert before is not None
    modal = await w.alice.click(preview.response.message, label="Edit text")
    assert modal.modal is not None
    edited = await w.alice.submit_modal(modal, {"text": invisible})
    assert_responded(edited, contains="nothing to share", ephemeral=True)
    after = await repos.outbox.get(draft_id)
    assert after is not None and after.text == before.text and "quiet client" in after.text
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged
    (post,) = posts(w)
    assert "quiet client" in (post.embeds[0].description or "")


@each_invisible
async def test_an_invisible_attestation_or_decline_is_refused(
    world: World, facilitated: Any, invisible: str
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    refused = await fiona.submit_modal(shown, {"name": invisible, "credential": "LMFT"})
    assert_responded(refused, contains="both your name and your credential", ephemeral=True)
    shown = await fiona.click(review.response.message, label="Decline")
    refused = await fiona.submit_modal(shown, {"reason": invisible})
    assert_responded(refused, content="Please give a reason.", ephemeral=True)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.REQUESTED
    assert not entry.declined_reason and not entry.attested_as and entry.attester_id is None


@each_invisible
async def test_an_invisible_excerpt_edit_quotes_nothing(world: World, invisible: str) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    await _include(w.alice, recap)
    emptied = await forge_submit(w.alice, w.channel, f"sk:qmodal:{entry_id}", {"moment": invisible})
    assert emptied.response is not None
    assert "nothing to quote" in emptied.response.content
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.quote_status is QuoteStatus.DECLINED and entry.excerpts == {}
    assert entry.answers["moment"] == "The client laughed for the first time in weeks."


@each_invisible
async def test_an_invisible_answer_on_a_page_needs_an_answer_and_keeps_the_rest(
    world: World, invisible: str
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    bad = await w.alice.submit_modal(shown, {"moment": invisible, "signs": "They smiled."})
    assert_responded(bad, contains="needs an answer", ephemeral=True)
    assert bad.response is not None and "went wrong" not in bad.response.content
    reopened = await w.alice.click(bad.response.message, label="Edit answers")
    assert modal_defaults(reopened)["signs"] == "They smiled."  # nothing typed is lost
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers.get("signs") == "They smiled."
    assert is_blank(
        record.answers.get("moment", "")
    )  # kept as it came, if at all: it shows nothing
    assert posts(w) == []


@each_invisible
async def test_an_invisible_optional_answer_is_left_out_of_a_share(
    configured: World, invisible: str
) -> None:
    """An optional answer that shows nothing is kept as it came with her entry (nothing
    typed is lost), and a share leaves it out: no label over an empty line."""
    w = configured
    answers = {
        "area": "anxiety",
        "problem": "Worry at night.",
        "exception": "Last Tuesday she slept through.",
        "different": invisible,  # optional, shared
        "count": "2",
    }
    entry = await stored_entry(
        bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id, kind="exception"
    )
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    shown = preview.response.embeds[0].description or ""
    assert "slept through" in shown
    assert "What was different at that time?" not in shown  # before: the label, over nothing
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged
    (post,) = posts(w)
    assert "What was different" not in (post.embeds[0].description or "")
