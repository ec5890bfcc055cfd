"""Hostile answers through the real bot in SimCord: every reply arrives, fits, and pings no one."""

from __future__ import annotations

from functools import cache
from typing import Any

import discord
import pytest
from simcord import Env, GuildHandle, InteractionResult, MemberActor
from simcord.components import walk_components

from bot.conversation.engine import is_blank
from bot.conversation.script import Page, QuestionKind, Script, fits_a_select, get_script
from bot.share import SHARE_TEXT_MAX
from tests.e2e.helpers import bot_of, buttons, modal_ids, open_first_page, said
from tests.fuzz.strategies import HOSTILE_PIECES, assert_embed_fits, sample_hostile

# The subject (replies to hostile text) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only


# Every hostile piece at once, then 29 texts shaped as `hostile_text` draws them: the same
# ones on every run, whatever ran before in the process (`sample_hostile`).
@cache
def hostile() -> list[str]:
    """The hostile texts of these tests: made when first needed, not while every test worker
    collects the suite."""
    return ["".join(HOSTILE_PIECES), *sample_hostile(29, seed=20260101)]


FLOWS = 4  # x 8 free-text answers each: every hostile text is typed at least once


def page_answers(page: Page, texts: list[str]) -> dict[str, str]:
    """Hostile answers that a modal accepts: within max_length, required ones not blank."""
    answers: dict[str, str] = {}
    for question in page.questions:
        if question.is_numeric:
            answers[question.id] = "7"
            continue
        text = texts.pop(0)[: question.max_length]
        if question.required and is_blank(text):  # invisible-only text counts as blank
            text = (text + "ok")[-question.max_length :]
        answers[question.id] = text
    return answers


def shown_questions(page: Page, shown: InteractionResult) -> Page:
    """The page as its form shows it (the follow-up of a last next step only once there is
    one)."""
    ids = set(modal_ids(shown))
    return page.model_copy(update={"questions": tuple(q for q in page.questions if q.id in ids)})


def as_submitted(page: Page, answers: dict[str, str]) -> dict[str, Any]:
    """What the form sends: a scale shown as a select sends its value as a list."""
    return {
        q.id: [answers[q.id]]
        if q.kind is QuestionKind.SCALE and fits_a_select(q)
        else answers[q.id]
        for q in page.questions
    }


def assert_private_and_silent(env: Env, result: InteractionResult) -> None:
    """Acknowledged; a message reply is ephemeral, within limits and pings no one."""
    assert result.acknowledged
    if result.modal is not None:
        return
    reply = result.response
    assert reply is not None and reply.ephemeral  # a new reply, or an edit of an ephemeral one
    assert len(reply.content) <= 2000
    for embed in reply.embeds:
        assert_embed_fits(embed)
    laid_out = [c["content"] for c in walk_components(reply.components) if c["type"] == 10]
    assert sum(len(t) for t in laid_out) <= 4000
    stored = env.backend.get_message(reply.channel_id, reply.id)
    assert not stored.ping_user_ids and not stored.ping_role_ids
    assert not stored.mention_everyone


async def complete_entry(
    env: Env, actor: MemberActor, channel: Any, texts: list[str]
) -> tuple[int, dict[str, str]]:
    """One /sparkle with hostile answers on every page, passing any privacy warning.

    Returns the entry's id and every answer as typed.
    """
    script: Script = get_script("sparkle")
    typed: dict[str, str] = {}
    shown = await open_first_page(actor, channel)
    for index, page in enumerate(script.pages):
        assert_private_and_silent(env, shown)
        on_form = shown_questions(page, shown)
        answers = page_answers(on_form, texts)
        typed |= answers
        result = await actor.submit_modal(shown, as_submitted(on_form, answers))
        assert_private_and_silent(env, result)
        assert result.response is not None
        if result.response.content.startswith("**Saved privately.**"):
            result = await actor.click(result.response.message, label="Keep")
            assert_private_and_silent(env, result)
            assert result.response is not None
        if index < len(script.pages) - 1:
            assert "Next:" in result.response.content
            shown = await actor.click(result.response.message, label="Continue")
    assert "All saved" in said(result) and result.response.embeds == []
    (box,) = [c for c in result.response.components if c["type"] == 17]  # the entry
    shown = [c["content"] for c in box["components"] if c["type"] == 10][1:-1]
    asked = [q.label for q in script.questions() if q.id in typed]
    assert len(shown) == len(asked)
    for text, label in zip(shown, asked, strict=True):  # each answer under its question
        assert text.startswith((f"### {label}\n", f"**{label}** · "))
    entries = await bot_of(env).repos.entries.list_for_author(actor.id, limit=1)
    return entries.items[0].id, typed


def consultation_world(env: Env) -> tuple[GuildHandle, Any, Any, MemberActor, MemberActor]:
    guild = env.create_guild("Consultation")
    reflections = guild.create_text_channel("reflections")
    shares = guild.create_text_channel("shares")
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user("admin"), roles=[admins])
    # A display name (32 characters, the most allowed) that pings if echoed without care.
    alice = guild.add_member(
        env.create_user("alice", global_name="@everyone <@&123456789012345678>")
    )
    return guild, reflections, shares, admin, alice


async def test_hostile_answers_are_acknowledged_private_and_within_limits(
    simcord_env: Env,
) -> None:
    env = simcord_env
    _guild, reflections, _shares, _admin, alice = consultation_world(env)
    texts = hostile() * 2
    for _ in range(FLOWS):
        entry_id, typed = await complete_entry(env, alice, reflections, texts)
        record = await bot_of(env).repos.entries.get(entry_id, alice.id)
        assert record is not None and not record.is_draft
        assert record.answers == typed  # stored exactly as typed, through the real bot
    assert env.errors == []


@pytest.mark.parametrize("named", [False, True], ids=["anonymous", "named"])
async def test_posted_shares_of_hostile_answers_ping_no_one(simcord_env: Env, named: bool) -> None:
    env = simcord_env
    guild, reflections, shares, admin, alice = consultation_world(env)
    done = await admin.slash(reflections, "setup channels", consultation=shares)
    assert done.acknowledged and done.ephemeral
    texts = hostile() * 2
    label = "Post with my name" if named else "Post anonymously"
    for flow in range(2):
        entry_id, _typed = await complete_entry(env, alice, reflections, texts)
        preview = await alice.slash(reflections, "share", entry=str(entry_id))
        assert_private_and_silent(env, preview)
        assert preview.response is not None
        if flow == 0:  # the group agreement is asked for first, once
            assert "group agreement" in preview.response.content
            accepted = await alice.click(preview.response.message, label="I accept")
            assert_private_and_silent(env, accepted)
            preview = await alice.slash(reflections, "share", entry=str(entry_id))
            assert_private_and_silent(env, preview)
            assert preview.response is not None
        if flow == 1:  # the second one goes through "Edit text" with more hostile text
            modal = await alice.click(preview.response.message, label="Edit text")
            assert modal.acknowledged and modal.modal is not None
            typed = texts.pop(0)[:SHARE_TEXT_MAX] or "\u200b"
            preview = await alice.submit_modal(modal, {"text": typed})
            assert_private_and_silent(env, preview)
            assert preview.response is not None
        posted = await alice.click(preview.response.message, label=label)
        assert_private_and_silent(env, posted)
    messages = [m for m in shares.history() if m.type is discord.MessageType.default]
    assert len(messages) == 2
    for message in messages:
        stored = env.backend.get_message(shares.id, message.id)
        assert stored.ping_user_ids == [] and stored.ping_role_ids == []
        assert stored.mention_everyone is False and message.mention_everyone is False
        share, round_status = message.embeds  # the share, and its round under it
        assert round_status.title == "Consultation round"
        for embed in (share, round_status):
            assert_embed_fits(embed)
        assert sum(len(e) for e in message.embeds) <= 6000  # Discord's limit per message
    recorded = await bot_of(env).repos.outbox.shares_of(alice.id)
    assert {(s.guild_id, s.channel_id, s.anonymous) for s in recorded} == {
        (guild.id, shares.id, not named)
    }
    assert env.errors == []


# Zero-width joiners, whitespace, combining marks, a byte order mark, bidi controls and a lone
# surrogate (which an option's JSON can carry), each alone.
INVISIBLE_OPTIONS = ("\u200d\u200c", " \t ", "\u0301\u0308", "\ufeff", "\u202e\u2066", "\ud83d")


async def test_hostile_slash_options_are_answered_privately_and_ping_no_one(
    simcord_env: Env,
) -> None:
    """Typed option values (and autocomplete input) that the bot echoes or parses."""
    env = simcord_env
    _guild, reflections, _shares, admin, alice = consultation_world(env)
    # ten: each costs a dozen interactions; then the values that show nothing, one kind each
    for text in [*hostile()[:10], *INVISIBLE_OPTIONS]:
        value = text[:100] or "\u200b"
        for actor, command, options in (
            (admin, "setup timezone", {"zone": value}),
            (admin, "setup schedule", {"day": "0", "time": value}),
            (alice, "remind", {"day": "0", "time": value}),
            (alice, "remind", {"day": "0", "timezone": value}),
            (alice, "share", {"entry": value}),
            (alice, "note", {"entry": value, "format": "soap"}),
            (admin, "summary", {"week": value}),
        ):
            assert_private_and_silent(env, await actor.slash(reflections, command, **options))
        for actor, command, option in (
            (admin, "setup timezone", "zone"),
            (alice, "remind", "timezone"),
            (alice, "share", "entry"),
            (alice, "note", "entry"),
            (admin, "summary", "week"),
        ):
            choices = await actor.autocomplete(reflections, command, option, value)
            assert len(choices) <= 25
            assert all(0 < len(c["name"]) <= 100 for c in choices)
    assert env.errors == []


# Seven distinct 45-character links in each of page 2's four answers: the privacy warning
# lists six per answer, which with the labels once passed 2,000 characters (Discord: 50035).
LINKS = " ".join(f"https://r{i}.clinic-example.org/patients/records" for i in range(7))


async def test_privacy_warning_for_many_identifiers_still_arrives(simcord_env: Env) -> None:
    env = simcord_env
    _guild, reflections, _shares, _admin, alice = consultation_world(env)
    shown = await open_first_page(alice, reflections)
    step = await alice.submit_modal(shown, {"moment": "It went well.", "signs": "They smiled."})
    assert step.response is not None and "Next:" in step.response.content
    shown = await alice.click(step.response.message, label="Continue")
    result = await alice.submit_modal(
        shown, {q: LINKS for q in ("doing", "saying", "experiencing", "how")}
    )
    assert env.errors == []
    assert_private_and_silent(env, result)
    assert result.response is not None
    assert result.response.content.startswith("**Saved privately.**")
    assert buttons(result) == ["Edit page", "Keep"]
