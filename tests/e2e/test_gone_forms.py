"""A form submitted after what it was about went away (the member deleted the entry, another
facilitator answered first, the share was deleted or posted meanwhile), or with a box left
blank: nothing is stored, the reply says so, and what was typed is shown back to its writer,
privately and pinging no one, so that nothing typed is lost."""

from __future__ import annotations

import re
from typing import Any

import discord
import pytest
from simcord import InteractionResult, MemberActor, assert_no_errors, assert_responded

from bot.hours.model import Attestation
from cogs._interactions import SHOWN_BACK, SHOWN_BACK_FILE
from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    erase_everything,
    first_page_saved,
    forge_submit,
)
from tests.e2e.test_excerpts import (
    _include,  # pyright: ignore[reportPrivateUsage]
    _raw_excerpts,  # pyright: ignore[reportPrivateUsage]
    _write,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_hours import TYPED as HOURS_TYPED
from tests.e2e.test_hours import _ask, _review, add, rows
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    exported,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_share_and_setup import posts as share_posts

TYPED_REASON = "Please add the group's name. **Thanks** @everyone <@123>"


def _shows_back(result: InteractionResult, *typed: str) -> str:
    """The answer and what follows it: private, pinging no one, and showing each typed text
    back, as typed (markdown shown, not applied). Returns the answer's text."""
    assert result.acknowledged and result.ephemeral and result.response is not None
    messages = [result.response, *result.followups]
    assert all(m.ephemeral for m in messages)
    said = "\n".join(m.content for m in messages)
    as_read = re.sub(r"\\([^\w\s])", r"\1", said)  # what the member reads
    assert all(t in as_read for t in typed), said
    assert not any(m.message is not None and m.message.mention_everyone for m in messages)
    return result.response.content


TYPED_EDIT = "A **better** wording, typed with care for @everyone <@123> and # friends."


def _not_available_then_typed(result: InteractionResult, *typed: str) -> None:
    """The refusal first, exactly; then one private message holding only the typed texts,
    shown back as typed (markdown shown, not applied), pinging no one, with no controls."""
    _shows_back(result, *typed)
    assert result.response is not None and result.response.content == NOT_AVAILABLE
    assert result.response.embeds == [] and result.response.components == []
    (back,) = result.followups
    assert back.content.startswith(SHOWN_BACK + "\n")
    assert back.embeds == [] and back.components == [] and back.attachments == []
    body = back.content.removeprefix(SHOWN_BACK + "\n")
    quoted = "\n".join(line.removeprefix(">").removeprefix(" ") for line in body.split("\n"))
    assert [re.sub(r"\\(.)", r"\1", part) for part in quoted.split("\n\n")] == list(typed)


async def _decline_form(w: World, fiona: MemberActor) -> tuple[int, InteractionResult]:
    entry_id, _done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    return entry_id, await fiona.click(review.response.message, label="Decline")


async def _delete_hours(w: World, done: Any) -> None:
    ask = await w.alice.click(done.response.message, label="Delete")
    gone = await w.alice.click(ask.response.message, label="Delete it")
    assert gone.response is not None and "Deleted" in gone.response.content


async def test_a_decline_reason_typed_after_the_member_deleted_the_entry_is_shown_back(
    world: World, facilitated: MemberActor
) -> None:
    w, fiona = world, facilitated
    entry_id, done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    form = await fiona.click(review.response.message, label="Decline")
    await _delete_hours(w, done)
    answered = await fiona.submit_modal(form, {"reason": TYPED_REASON})
    content = _shows_back(answered, TYPED_REASON)
    assert content.startswith("The member deleted this entry") and "Nothing was saved" in content
    assert await rows(w) == []
    assert_no_errors(w.env)


async def test_an_attestation_typed_after_the_member_deleted_the_entry_is_shown_back(
    world: World, facilitated: MemberActor
) -> None:
    w, fiona = world, facilitated
    entry_id, done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    form = await fiona.click(review.response.message, label="Attest")
    await _delete_hours(w, done)
    answered = await fiona.submit_modal(form, {"name": "Fiona Reyes", "credential": "LMFT 4411"})
    _shows_back(answered, "Fiona Reyes", "LMFT 4411")
    assert await rows(w) == []


@pytest.mark.postgres_too
async def test_a_decline_typed_after_another_facilitator_answered_is_shown_back(
    world: World, facilitated: MemberActor
) -> None:
    w, fiona = world, facilitated
    entry_id, _done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    slow = await fiona.click(review.response.message, label="Decline")
    quick = await fiona.click(review.response.message, label="Attest")
    attested = await fiona.submit_modal(quick, {"name": "Fiona Reyes", "credential": "LMFT"})
    assert attested.response is not None and "Attested" in attested.response.content
    answered = await fiona.submit_modal(slow, {"reason": TYPED_REASON})
    content = _shows_back(answered, TYPED_REASON)
    assert "already been attested" in content
    (row,) = await rows(w)
    assert row.state == Attestation.ATTESTED
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.declined_reason == ""


async def test_an_attestation_with_a_blank_credential_shows_the_name_back(
    world: World, facilitated: MemberActor
) -> None:
    w, fiona = world, facilitated
    entry_id, _done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    form = await fiona.click(review.response.message, label="Attest")
    answered = await fiona.submit_modal(form, {"name": "Fiona Reyes", "credential": "\u200b"})
    content = _shows_back(answered, "Fiona Reyes")
    assert "needs both your name and your credential" in content
    (row,) = await rows(w)
    assert row.state == Attestation.REQUESTED
    repos = bot_of(w.env).repos
    assert await repos.hours.waiting_one(entry_id, w.guild.id, fiona.id) is not None


async def test_a_key_question_typed_after_the_share_was_posted_elsewhere_is_shown_back(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    assert asked.modal is not None
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.response is not None and "Shared in" in posted.response.content
    typed = "What would you **try** next, @everyone?"
    done = await w.alice.submit_modal(asked, {"question": typed})
    _shows_back(done, typed)
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    record = await bot_of(w.env).repos.round.get(share.id)
    assert record is None or not record.key_question
    (message,) = share_posts(w)
    assert "try" not in str(message.embeds[0].to_dict())


async def test_a_decline_typed_after_the_member_erased_her_data_is_shown_back(
    world: World, facilitated: MemberActor
) -> None:
    w, fiona = world, facilitated
    entry_id, _done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    form = await fiona.click(review.response.message, label="Decline")
    await erase_everything(w.alice, w.channel)
    answered = await fiona.submit_modal(form, {"reason": TYPED_REASON})
    content = _shows_back(answered, TYPED_REASON)
    assert content.startswith("The member deleted this entry")
    assert await rows(w) == []
    kinds = await bot_of(w.env).repos.audit.kinds("hours_withdrawn")
    assert kinds == [(None, w.guild.id, f"hours:{entry_id}")]  # no one named


async def test_a_facilitator_elsewhere_learns_nothing_of_a_deleted_entry(
    world: World, facilitated: MemberActor
) -> None:
    """A facilitator of another server, forging this entry's decline form there after it was
    deleted: the one answer for anything not theirs, then only what she typed herself, shown
    back, the same as for an entry that never existed: nothing of the entry."""
    w = world  # fiona, this server's facilitator, is set up (`facilitated`)
    entry_id, done = await _ask(w)
    await _delete_hours(w, done)
    other = w.env.create_guild("Elsewhere")
    channel = other.create_text_channel("general")
    boss_role = other.create_role("Boss", permissions=discord.Permissions(manage_guild=True))
    boss = other.add_member(w.env.create_user("boss"), roles=[boss_role])
    answered = await forge_submit(
        boss, channel, f"sk:hdeclinev:{entry_id}:0", {"reason": TYPED_REASON}
    )
    _not_available_then_typed(answered, TYPED_REASON)
    never = await forge_submit(boss, channel, "sk:hdeclinev:999999:0", {"reason": TYPED_REASON})
    assert [m.content for m in (never.response, *never.followups) if m] == [
        m.content for m in (answered.response, *answered.followups) if m
    ]


async def test_a_share_edit_typed_after_the_preview_was_posted_elsewhere_is_shown_back(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    editing = await w.alice.click(preview.response.message, label="Edit text")
    assert editing.modal is not None
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.response is not None and "Shared in" in posted.response.content
    typed = "A **new** wording I spent a while on, for @everyone."
    done = await w.alice.submit_modal(editing, {"text": typed})
    content = _shows_back(done, typed)
    assert content.startswith("This preview was already posted")
    (message,) = share_posts(w)
    assert "new** wording" not in str(message.embeds[0].to_dict())


async def test_an_affirmation_sent_after_the_agreement_changed_is_shown_back(
    group: Group,
) -> None:
    """Bob's affirmation form is open when the admins change the group agreement: he is asked
    to accept the new one first, and what he typed comes back with that, so that he can send
    it again after accepting."""
    g, w = group, group.w
    await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    agreement = await g.admin.slash(w.channel, "setup agreement")
    saved = await g.admin.submit_modal(agreement, {"agreement": "Be kind. Keep it here."})
    assert saved.response is not None and "Saved." in saved.response.content
    typed = "You kept **asking** what else, <@123>, and it opened things up."
    done = await w.bob.submit_modal(opened, {"text": typed, "sign": ["anonymous"]})
    content = _shows_back(done, typed)
    assert "accept the group agreement" in content
    assert await bot_of(w.env).repos.round.my_affirmation(g.share_id, w.bob.id) is None


# -- the author's OWN form, whose target was deleted meanwhile (in another window, or by
# erasure): the one answer for anything not hers (the same as for a forged id), then only
# what she typed in that form, shown back, so that nothing she typed is lost.


async def _delete_entry(w: World, entry_id: int) -> None:
    """Alice deletes the entry through /entries: another window than the form's."""
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    assert gone.response is not None and "deleted." in gone.response.content


async def _submit_after_its_post_went(
    actor: MemberActor, w: World, opened: InteractionResult, values: dict[str, str]
) -> InteractionResult:
    """Submit a form opened from the share's post after that post was deleted: its own id and
    typed texts, as Discord sends them (SimCord refuses a form whose message is gone)."""
    assert opened.modal is not None
    return await forge_submit(actor, w.channel, opened.modal["custom_id"], values)


async def test_an_hours_edit_typed_after_the_entry_was_deleted_is_shown_back(
    world: World,
) -> None:
    w = world
    done = await add(w.alice, w.channel)
    form = await w.alice.click(done.response.message, label="Edit")
    assert form.modal is not None
    await _delete_hours(w, done)
    typed = {**HOURS_TYPED, "topic": TYPED_EDIT}
    answered = await w.alice.submit_modal(form, typed)
    _not_available_then_typed(answered, *typed.values())
    assert await rows(w) == []
    assert_no_errors(w.env)


async def test_an_hours_edit_typed_after_she_erased_her_data_is_shown_back(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel)
    form = await w.alice.click(done.response.message, label="Edit")
    await erase_everything(w.alice, w.channel)
    typed = {**HOURS_TYPED, "reflection": TYPED_EDIT}
    answered = await w.alice.submit_modal(form, typed)
    _not_available_then_typed(answered, *typed.values())
    assert await rows(w) == []


async def test_a_page_typed_after_the_draft_was_discarded_is_shown_back(world: World) -> None:
    w = world
    step = await first_page_saved(w.alice, w.channel)
    form = await w.alice.click(step.response.message, label="Continue")
    assert form.modal is not None
    ask = await w.alice.click(step.response.message, label="Discard")
    gone = await w.alice.click(ask.response.message, label="Discard draft")
    assert gone.acknowledged
    typed = {**SPARKLE_PAGES[1], "doing": TYPED_EDIT}
    answered = await w.alice.submit_modal(form, typed)
    _not_available_then_typed(answered, *(v for v in typed.values() if v))
    assert (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items == []


async def test_an_excerpt_edit_typed_after_the_entry_was_deleted_is_shown_back(
    world: World,
) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    assert form.modal is not None
    await _delete_entry(w, entry_id)
    answered = await w.alice.submit_modal(form, {"moment": TYPED_EDIT})
    _not_available_then_typed(answered, TYPED_EDIT)
    assert await bot_of(w.env).repos.entries.get(entry_id, w.alice.id) is None
    assert await _raw_excerpts(w) == []


async def test_an_affirmation_typed_after_the_share_was_deleted_is_shown_back(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    share = await repos.outbox.get(g.share_id)
    assert share is not None and share.entry_id is not None
    await _delete_entry(w, share.entry_id)
    done = await _submit_after_its_post_went(w.bob, w, opened, {"text": TYPED_EDIT})
    _not_available_then_typed(done, TYPED_EDIT)
    assert await repos.round.get(g.share_id) is None
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert (await exported(w, w.bob))["round"]["affirmations_and_closings"] == []


async def test_a_closing_typed_after_the_share_was_deleted_is_shown_back(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None, opened.response and opened.response.content
    share = await repos.outbox.get(g.share_id)
    assert share is not None and share.entry_id is not None
    await _delete_entry(w, share.entry_id)
    typed = {"takeaway": TYPED_EDIT, "step": "Pause *before* I answer."}
    done = await _submit_after_its_post_went(w.alice, w, opened, typed)
    _not_available_then_typed(done, *typed.values())
    assert await repos.round.get(g.share_id) is None
    assert await repos.round.closing(g.share_id) is None


@pytest.mark.parametrize(
    ("label", "field"), [("Edit text", "text"), ("Add a key question", "question")]
)
async def test_a_share_form_typed_after_the_preview_was_cancelled_is_shown_back(
    configured: World, label: str, field: str
) -> None:
    w = configured
    preview = await _preview(w)
    opened = await w.alice.click(preview.response.message, label=label)
    assert opened.modal is not None
    cancelled = await w.alice.click(preview.response.message, label="Cancel")
    assert cancelled.response is not None and cancelled.response.content == "Not shared."
    done = await w.alice.submit_modal(opened, {field: TYPED_EDIT})
    _not_available_then_typed(done, TYPED_EDIT)
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []
    assert share_posts(w) == []


async def test_a_long_share_edit_typed_after_the_preview_was_cancelled_comes_back_as_a_file(
    configured: World,
) -> None:
    """Too long to quote in one message: the same refusal, then all of it in a private file."""
    w = configured
    preview = await _preview(w)
    editing = await w.alice.click(preview.response.message, label="Edit text")
    await w.alice.click(preview.response.message, label="Cancel")
    typed = ("A long **rewrite** for <@123>, kept whole. " * 70).strip()
    done = await w.alice.submit_modal(editing, {"text": typed})
    assert_responded(done, content=NOT_AVAILABLE, ephemeral=True)
    (back,) = done.followups
    assert back.ephemeral and back.content == SHOWN_BACK_FILE
    (file,) = back.attachments
    assert file.filename == "sparkle-unsaved-form.md"
    assert (await file.read()).decode() == f"## text\n\n{typed}\n"
    assert back.embeds == [] and back.components == []
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []


def _refused_then_typed(result: InteractionResult, told: str, *typed: str) -> None:
    """`told` first; then one private message holding only the typed texts, as typed."""
    assert _shows_back(result, *typed) == told
    (back,) = result.followups
    assert back.content.startswith(SHOWN_BACK + "\n")
    assert back.embeds == [] and back.components == [] and back.attachments == []


async def test_an_affirmation_typed_after_the_phase_ended_is_shown_back(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    await g.fiona.click(the_post(w), label="Reveal affirmations")  # the phase moves on
    done = await w.bob.submit_modal(opened, {"text": TYPED_EDIT, "sign": ["anonymous"]})
    _refused_then_typed(
        done, "The affirmations phase has ended, so yours was not saved.", TYPED_EDIT
    )
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert said(thread_of(w)) == []  # nothing posted


async def test_a_closing_missing_its_next_step_is_shown_back(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None, opened.response and opened.response.content
    done = await w.alice.submit_modal(opened, {"takeaway": TYPED_EDIT, "step": "   "})
    _refused_then_typed(
        done,
        "Your closing needs what you are taking away and one next step; one of them was "
        "empty, so nothing was saved.",
        TYPED_EDIT,
    )
    assert await repos.round.closing(g.share_id) is None
