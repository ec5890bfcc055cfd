"""Nothing reaches the group in a form its author has not seen: the weekly summary's excerpts.

Including an entry shows its author the anonymized excerpts; only what they approve is ever
quoted, exactly as approved; "Don't quote me" counts without quoting; an edit of the entry
withdraws the approval until it is given again.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from simcord import ChannelHandle, InteractionResult, MemberActor, assert_responded
from sqlalchemy import select

from bot.app import create_bot
from bot.models import QuoteStatus
from bot.summary.render import highlight_quote
from storage.tables import Excerpt
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    erase_everything,
    forge_submit,
    modal_defaults,
    modal_ids,
    open_first_page,
    said,
    texts,
)
from tests.e2e.test_my_data import SCHEMA
from tests.e2e.test_summary_flow import members_reflected

INCLUDE_NO = "Include in weekly group summary: No"


async def _others_not_yet_approved(w: World, facilitation) -> None:
    """The server set up, and two other members' consented entries, excerpts not approved."""
    moment = "Someone else's moment {}."
    await members_reflected(w, facilitation, 2, schedule=False, moment=moment, approve=False)


async def _write(
    w: World, actor: Any, moment: str, doing: str = "Slowed down."
) -> tuple[int, InteractionResult]:
    """Write a complete sparkle through the real pages; returns (entry id, the recap). Only
    the moment is long enough to quote, unless `doing` is too."""
    pages = [
        {**SPARKLE_PAGES[0], "moment": moment},
        {**SPARKLE_PAGES[1], "doing": doing},
        *SPARKLE_PAGES[2:],
    ]
    shown = await open_first_page(actor, w.channel)
    step = shown
    for index, answers in enumerate(pages):
        step = await actor.submit_modal(shown, answers)
        assert step.acknowledged and step.response is not None
        if step.response.content.startswith("**Saved privately.**"):  # it looks like an id
            step = await actor.click(step.response.message, label="Keep")
            assert step.response is not None
        if index < len(pages) - 1:
            shown = await actor.click(step.response.message, label="Continue")
    assert step.response is not None and "All saved" in said(step)
    page = await bot_of(w.env).repos.entries.list_for_author(actor.id, limit=1)
    return page.items[0].id, step


async def _include(actor: Any, recap: InteractionResult) -> Any:
    """Switch "Include in weekly group summary" on; returns the private excerpt review."""
    assert recap.response is not None
    done = await actor.click(recap.response.message, label=INCLUDE_NO)
    assert done.acknowledged
    (review,) = [m for m in done.followups if "is in the weekly group summary" in m.content]
    assert review.flags.ephemeral
    return review


def _labels(message: Any) -> list[str]:
    return [c.get("label", "") for row in message.components for c in row.get("components", [])]


async def _stored(w: World, entry_id: int, author: int):
    entry = await bot_of(w.env).repos.entries.get(entry_id, author)
    assert entry is not None
    return entry


async def _raw_excerpts(w: World) -> list[bytes]:
    async with bot_of(w.env).repos.db.read() as session:
        return list((await session.execute(select(Excerpt.ciphertext))).scalars())


async def _preview(fiona: Any, w: World) -> str:
    """The facilitator's private preview of this week, as text."""
    shown = await fiona.slash(w.channel, "summary", week="this week")
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    (embed,) = shown.response.embeds
    return str(embed.to_dict())


async def test_including_an_entry_shows_its_anonymized_excerpt_first(world: World) -> None:
    w = world
    moment = "Maria Gonzalez phoned me on 555-201-3344 and laughed for the first time in weeks."
    doing = "I slowed right down and asked Maria what else went well."
    entry_id, recap = await _write(w, w.alice, moment, doing)
    review = await _include(w.alice, recap)
    assert "Maria" not in review.content and "555-201-3344" not in review.content
    assert "laughed for the first time in weeks" in review.content
    assert "what else went well" in review.content
    assert _labels(review) == ["Edit", "Include", "Don't quote me"]
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.consent_summary and entry.quote_status is QuoteStatus.PENDING
    assert set(entry.excerpts) == {"moment", "doing"}
    for shown in entry.excerpts.values():  # what is stored is what was shown
        assert highlight_quote(shown) in review.content
    # Encrypted at rest, like answers.
    blobs = await _raw_excerpts(w)
    assert len(blobs) == 2 and not [b for b in blobs if b"laughed" in b or b"slowed" in b]
    # Others see nothing of it.
    assert w.channel.history() == []


async def test_an_edited_excerpt_is_anonymized_again_and_shown_again(world: World) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    assert modal_ids(form) == ["moment"]
    assert modal_defaults(form) == {"moment": "The client laughed for the first time in weeks."}
    typed = "She laughed, then emailed me at jo.bloggs@example.com to say so."
    again = await w.alice.submit_modal(form, {"moment": typed})
    assert again.acknowledged and again.ephemeral
    shown = again.response
    assert shown is not None
    assert "jo.bloggs@example.com" not in shown.content
    assert "She laughed, then emailed me at" in shown.content
    assert _labels(shown) == ["Edit", "Include", "Don't quote me"]
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.quote_status is QuoteStatus.PENDING  # shown again, not approved
    assert "jo.bloggs" not in entry.excerpts["moment"]
    assert highlight_quote(entry.excerpts["moment"]) in shown.content
    # The first message's Include no longer approves: it showed other text.
    stale = await w.alice.click(review, label="Include")
    assert_responded(stale, contains="have changed since", ephemeral=True)
    assert (await _stored(w, entry_id, w.alice.id)).quote_status is QuoteStatus.PENDING
    done = await w.alice.click(shown, label="Include")
    assert done.response is not None and "**Included.**" in done.response.content
    assert (await _stored(w, entry_id, w.alice.id)).quote_status is QuoteStatus.APPROVED


async def test_an_emptied_or_forged_edit_loses_nothing_and_posts_nothing(world: World) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    await _include(w.alice, recap)
    forged = await forge_submit(
        w.alice, w.channel, f"sk:qmodal:{entry_id}", {"moment": "x" * 50_000}
    )
    assert forged.acknowledged
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.quote_status is QuoteStatus.PENDING and len(entry.excerpts["moment"]) <= 300
    emptied = await forge_submit(w.alice, w.channel, f"sk:qmodal:{entry_id}", {"moment": "  "})
    said = emptied.response
    assert said is not None
    assert "nothing to quote" in said.content and "Not quoted" in said.content
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.quote_status is QuoteStatus.DECLINED and entry.excerpts == {}
    assert entry.answers["moment"] == "The client laughed for the first time in weeks."
    # Someone else's entry id: the same answer as for one that does not exist.
    other = await forge_submit(w.bob, w.channel, f"sk:qmodal:{entry_id}", {"moment": "Mine now."})
    assert_responded(other, contains="isn't available", ephemeral=True)


@pytest.mark.simcord(settle_timeout=30)
async def test_dont_quote_me_counts_but_never_quotes(world: World, facilitation) -> None:
    w = world
    _admin, fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 2, schedule=False)
    entry_id, recap = await _write(w, w.alice, "Alice's unquotable moment went really well.")
    review = await _include(w.alice, recap)
    declined = await w.alice.click(review, label="Don't quote me")
    assert declined.response is not None and "**Not quoted.**" in declined.response.content
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.quote_status is QuoteStatus.DECLINED and entry.excerpts == {}
    assert await _raw_excerpts(w) != []  # the other two approved theirs
    text = await _preview(fiona, w)
    assert "3 reflections from 3 contributors" in text
    assert "Highlights" in text  # the other two are quoted
    assert "unquotable" not in text
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    assert opened.ephemeral and "Not quoted (Don't quote me)" in texts(opened)[0]


@pytest.mark.simcord(settle_timeout=30)
async def test_the_summary_quotes_exactly_the_approved_text(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    await _others_not_yet_approved(w, facilitation)
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    # Nothing approved yet: the week still has its figures and themes, and no highlight.
    before = await _preview(fiona, w)
    assert "3 reflections from 3 contributors" in before and "Highlights" not in before
    form = await w.alice.click(review, label="Edit")
    approved_text = "The client laughed (a first in weeks) when I asked what else."
    shown = (await w.alice.submit_modal(form, {"moment": approved_text})).response
    await w.env.restart_bot(create_bot())  # the buttons outlive a restart
    await w.alice.click(shown, label="Include")
    assert (await _stored(w, entry_id, w.alice.id)).excerpts == {"moment": approved_text}
    preview = await fiona.slash(w.channel, "summary", week="this week")
    posted = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    (post,) = weekly.history()
    description = post.embeds[0].description or ""
    # Her excerpt is the only one approved, so the highlights are exactly it, as approved.
    assert description.endswith("**Highlights**\n" + highlight_quote(approved_text))
    assert "Someone else" not in str(post.embeds[0].to_dict())
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    assert opened.ephemeral and "Quoted only as you approved" in texts(opened)[0]
    assert highlight_quote(approved_text) in texts(opened)[0]
    assert "Review excerpt" in buttons(opened)


@pytest.mark.simcord(settle_timeout=30)
async def test_editing_the_entry_withdraws_the_approval_until_given_again(
    world: World, facilitation, fiona: MemberActor
) -> None:
    w = world
    await _others_not_yet_approved(w, facilitation)
    first = "The client laughed for the first time in weeks."
    entry_id, recap = await _write(w, w.alice, first)
    review = await _include(w.alice, recap)
    await w.alice.click(review, label="Include")
    assert first in await _preview(fiona, w)
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    again = await w.alice.click(opened.response.message, label="Review excerpt")
    assert_responded(again, contains="**Approved.**", ephemeral=True)
    # Alice edits the entry's first page: the approval is withdrawn and she is asked again.
    second = "The client laughed twice, and told me the sister noticed too."
    edited = await forge_submit(
        w.alice, w.channel, f"sk:page:sparkle:{entry_id}:0", {**SPARKLE_PAGES[0], "moment": second}
    )
    asked = [m for m in edited.followups if "is in the weekly group summary" in m.content]
    assert len(asked) == 1 and "told me the sister noticed too" in asked[0].content
    entry = await _stored(w, entry_id, w.alice.id)
    assert entry.quote_status is QuoteStatus.PENDING and entry.answers["moment"] == second
    text = await _preview(fiona, w)
    assert first not in text and "sister noticed" not in text and "Highlights" not in text
    # The old Include (of the text before the edit) approves nothing.
    stale = await w.alice.click(again.response.message, label="Include")
    assert_responded(stale, contains="have changed since", ephemeral=True)
    assert "Highlights" not in await _preview(fiona, w)
    await w.alice.click(asked[0], label="Include")
    assert "sister noticed too" in await _preview(fiona, w)


# Invented names in lower case: the anonymizer finds those a cue points at, but not the
# family name used as a word ("the mistrelle way"), which only the author can know.
UNKNOWN = ("zorbikan", "flenwy", "quarrendale", "mistrelle")


@pytest.mark.simcord(settle_timeout=30)
async def test_identifiers_the_anonymizer_misses_are_replaced_by_the_author_and_never_posted(
    world: World, facilitation
) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 2, schedule=False)
    moment = (
        "after the drive from quarrendale, zorbikan said (to flenwy, her mum) that the "
        "mistrelle way felt lighter; we both laughed."
    )
    _, recap = await _write(w, w.alice, moment)
    review = await _include(w.alice, recap)
    missed = [name for name in UNKNOWN if name in review.content]
    assert missed, "these names are meant to be unknown to the anonymizer"
    form = await w.alice.click(review, label="Edit")
    (excerpt,) = modal_defaults(form).values()
    replaced = excerpt
    for name in UNKNOWN:
        replaced = replaced.replace(name, "[name]")
    shown = (await w.alice.submit_modal(form, {"moment": replaced})).response
    assert not [name for name in UNKNOWN if name in shown.content]
    await w.alice.click(shown, label="Include")
    preview = await fiona.slash(w.channel, "summary", week="this week")
    await fiona.click(preview.response.message, label="Post to the summary channel")
    (post,) = weekly.history()
    posted = str(post.embeds[0].to_dict()).lower() + post.content.lower()
    assert "we both laughed" in posted  # her excerpt is among the highlights
    assert [name for name in UNKNOWN if name in posted] == []
    # And nowhere else the group can read.
    for message in w.channel.history():
        assert not [name for name in UNKNOWN if name in message.content.lower()]


async def test_export_carries_the_approved_excerpt_and_forget_removes_it(world: World) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    await w.alice.click(review, label="Include")
    _, bob_recap = await _write(w, w.bob, "Bob's client laughed for the first time in weeks.")
    await w.bob.click(await _include(w.bob, bob_recap), label="Include")
    exported = await w.alice.slash(w.channel, "export")
    files = {a.filename: await a.read() for a in exported.response.attachments}
    document = json.loads(files["sparkle-export.json"])
    jsonschema.validate(document, SCHEMA)
    (entry,) = document["entries"]
    assert entry["id"] == entry_id and entry["quote_status"] == "approved"
    assert entry["excerpts"] == {"moment": "The client laughed for the first time in weeks."}
    assert "approved for quoting" in files["sparkle-export.md"].decode()
    assert "Bob's" not in files["sparkle-export.json"].decode()
    assert len(await _raw_excerpts(w)) == 2
    await erase_everything(w.alice, w.channel)
    assert len(await _raw_excerpts(w)) == 1  # only bob's is left
    bob_entry = (await bot_of(w.env).repos.entries.list_for_author(w.bob.id)).items[0]
    bobs = await _stored(w, bob_entry.id, w.bob.id)
    assert bobs.quote_status is QuoteStatus.APPROVED
    assert bobs.excerpts == {"moment": "[name]'s client laughed for the first time in weeks."}
