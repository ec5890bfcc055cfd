"""Hostile text typed into every kind of field: mentions, markdown, bidi and zero-width
controls, C0 controls, emoji with combining marks, styled letters, and text at a field's limit.
Whatever the bot says around it stays the bot's own: nothing pings, the typed text is shown
inert (never a heading, quote, list, bold, spoiler or link of the bot's), a right-to-left
override left open is closed before the bot's words go on, and what is stored is exactly what
was typed."""

from __future__ import annotations

import html
import re
from typing import Any

import discord
import pytest
from simcord import MemberActor, SetupError, assert_responded

from bot.hours.model import Attestation
from bot.summary.render import highlight_quote
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, open_first_page, said, stored_entry
from tests.e2e.test_excerpts import _include, _stored, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, _ask, _review, add, rows  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

# The subject (what is shown around typed text) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only

# One of each kind of hostile text; each fits the shortest free-text field (40 characters).
HOSTILE = {
    "mentions": "@everyone <@123> <@&123> <#123> @here",
    "heading": "# heading",
    "quote": "> quote",
    "list": "- list item",
    "inline": "**bold** ||spoiler|| `tick`",
    "fence": "```code```",
    "link": "[x](https://evil.example)",
    "rtl override": "\u202eevil words",
    "embedding": "\u202bright \u202dleft \u2066iso \u2067rtl",
    "zero width": "\u200bzero\u200dwidth\ufeff",
    "controls": "nul\x00bell\x07esc\x1bdel\x7f",
    "emoji": "🙂👩\u200d👩\u200d👧 e\u0301\u0301 a\u20dd",
    "styled": "𝐌𝐚𝐫𝐢𝐚 ᴍᴀʀɪᴀ",
}
CASES = list(HOSTILE.values())
IDS = list(HOSTILE)
# A longer text whose lines would each start markdown of their own.
LINES = "# heading\n> quote\n- list\n1. numbered\n```\ncode\n```\n\u202eopen at the end"

_OPENERS = {"\u202a": "E", "\u202b": "E", "\u202d": "E", "\u202e": "E"}
_OPENERS |= {"\u2066": "I", "\u2067": "I", "\u2068": "I"}


def open_tail(line: str) -> str:
    """The part of a line still inside an embedding, override or isolate at its end: what
    a reader's screen lays out right to left (or isolated) up to the line's end."""
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(line):
        if c in _OPENERS:
            stack.append((_OPENERS[c], i))
        elif c == "\u202c" and stack and stack[-1][0] == "E":
            stack.pop()
        elif c == "\u2069" and any(kind == "I" for kind, _ in stack):
            while stack.pop()[0] != "I":
                pass
    return line[stack[0][1] :] if stack else ""


def _plain(text: str) -> str:
    return text.replace("\\", "").replace("\u200b", "")


# A masked link: "[text](address)" whose "[" is not escaped.
_MASKED_LINK = re.compile(r"(?<!\\)\[[^\]\n]*\]\([^)\n]*\)")


def assert_closed(shown: str, *typed: str) -> None:
    """No bidi control in `shown` stays open over the bot's words after the typed text on
    the same line: a line may end inside what was typed, never inside the bot's words."""
    for line in shown.splitlines():
        tail = _plain(open_tail(line))
        assert not tail or any(tail in _plain(t) for t in typed), f"left open: {line!r}"


def assert_inert(shown: str, *typed: str) -> None:
    """What was typed appears in `shown` as text: no markdown of its own, and no open bidi
    control carries on over the bot's words after it on the same line."""
    assert_closed(shown, *typed)
    for line in shown.splitlines():
        body = line.removeprefix("> ")  # the bot's own quote of what was typed
        for start in ("# heading", "> quote", "- list", "1. numbered"):
            assert not body.startswith(start), f"formatting escaped: {line!r}"
    for token in ("**bold**", "||spoiler||", "`tick`", "```"):
        if any(token in t for t in typed):
            assert token not in shown, f"{token} escaped into {shown!r}"
    assert not _MASKED_LINK.search(shown), f"a link escaped into {shown!r}"


def everything_said(result: Any) -> str:
    """A reply's content, embeds and text displays, as one text."""
    assert result.response is not None
    return "\n".join([said(result), *_embed_texts(result.response.embeds)])


def _embed_texts(embeds: list[discord.Embed]) -> list[str]:
    out: list[str] = []
    for e in embeds:
        out += [e.title or "", e.description or "", e.footer.text or ""]
        out += [f"{f.name}\n{f.value}" for f in e.fields]
    return out


async def report_cells(actor: MemberActor, w: World) -> list[str]:
    """The cells of the actor's printable /hours report, as a browser lays out their text
    (tags gone, entities read, line breaks joined)."""
    report = await actor.slash(w.channel, "hours report", period="2026-01-01 to 2026-01-31")
    assert report.response is not None
    page = next(a for a in report.response.attachments if a.filename.endswith(".html"))
    body = (await page.read()).decode()
    cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", body, re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", c)).replace("\n", " ") for c in cells]


def assert_pinged_no_one(w: World, channel: Any, message: discord.Message) -> None:
    assert not message.mention_everyone
    assert not w.env.backend.get_message(channel.id, message.id).ping_user_ids


# -- /hours: the log form, the attestation and decline forms --------------------------------


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_hours_form_text_is_stored_as_typed_and_shown_inert(world: World, typed: str) -> None:
    w = world
    fields = {"group": typed, "topic": typed, "learning": typed, "reflection": typed + "\n" + LINES}
    done = await add(w.alice, w.channel, {**TYPED, **fields})
    assert_responded(done, contains="Logged", ephemeral=True)
    assert_inert(everything_said(done), typed + "\n" + LINES)
    (row,) = await rows(w)
    entry = await bot_of(w.env).repos.hours.get(row.id, w.alice.id)
    assert entry is not None and entry.texts == fields
    assert_closed(
        "\n".join(await report_cells(w.alice, w)), *(t.replace("\n", " ") for t in fields.values())
    )


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_a_bad_time_shows_back_what_was_typed_inert(world: World, typed: str) -> None:
    w = world
    shown = await add(w.alice, w.channel, {**TYPED, "when": typed, "reflection": LINES})
    assert_responded(shown, contains="Nothing was saved yet", ephemeral=True)
    assert_inert(everything_said(shown), typed + "\n" + LINES)
    assert await rows(w) == []


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_attestation_is_confirmed_inert_and_stored_as_typed(
    world: World, facilitated: Any, typed: str
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    done = await fiona.submit_modal(shown, {"name": typed, "credential": typed})
    assert_responded(done, contains="The entry is now locked.", ephemeral=True)
    assert_inert(everything_said(done), typed)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.ATTESTED
    assert entry.attested_as == f"{typed}, {typed}"
    assert_closed("\n".join(await report_cells(w.alice, w)), f"{typed}, {typed}")
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert_inert(everything_said(picked), typed)


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_a_decline_reason_is_shown_inert_and_stored_as_typed(
    world: World, facilitated: Any, typed: str
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Decline")
    reason = typed + "\n" + LINES
    done = await fiona.submit_modal(shown, {"reason": reason})
    assert_responded(done, contains="Declined", ephemeral=True)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.declined_reason == reason
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert_inert(everything_said(picked), reason)


async def test_attestation_fields_at_their_limit_are_kept_whole_and_one_over_is_refused(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    with pytest.raises(SetupError, match="max_length"):
        await fiona.submit_modal(shown, {"name": "*" * 101, "credential": "LMFT"})
    name, credential = "*_" * 50, "\u202e" + "#" * 99
    done = await fiona.submit_modal(shown, {"name": name, "credential": credential})
    assert_responded(done, contains="The entry is now locked.", ephemeral=True)
    assert_inert(everything_said(done), credential)
    assert "**" not in everything_said(done) and "__" not in everything_said(done)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.attested_as == f"{name}, {credential}"


# -- slash command options that are echoed back -------------------------------------------


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_setup_options_that_cannot_be_read_are_echoed_inert(
    world: World, admin: MemberActor, typed: str
) -> None:
    w = world
    before = await bot_of(w.env).repos.servers.get(w.guild.id)
    zone = await admin.slash(w.channel, "setup timezone", zone=typed)
    assert_responded(zone, contains="isn't a time zone I know", ephemeral=True)
    assert_inert(everything_said(zone), typed)
    assert_shown_back(everything_said(zone), typed)
    when = await admin.slash(w.channel, "setup schedule", day="0", time=typed)
    assert_responded(when, contains="isn't a time I can read", ephemeral=True)
    assert_inert(everything_said(when), typed)
    assert await bot_of(w.env).repos.servers.get(w.guild.id) == before


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_unreadable_report_period_is_echoed_inert(world: World, typed: str) -> None:
    w = world
    report = await w.alice.slash(w.channel, "hours report", period=typed)
    assert report.acknowledged and report.ephemeral
    assert_inert(everything_said(report), typed)
    assert_shown_back(everything_said(report), typed)


# -- a conversation's pages ---------------------------------------------------------------


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_conversation_answers_are_stored_as_typed_and_shown_inert(
    world: World, typed: str
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    answers = {"moment": typed + "\n" + LINES, "signs": typed}
    saved = await w.alice.submit_modal(shown, answers)
    assert saved.acknowledged and saved.ephemeral
    assert_inert(everything_said(saved), typed + "\n" + LINES)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None
    assert {k: record.answers[k] for k in answers} == answers


# -- the share: edited text and key question, previewed and posted --------------------------


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_a_share_edit_and_key_question_ping_no_one_and_close_what_they_open(
    configured: World, typed: str
) -> None:
    w = configured
    preview = await _preview(w, moment="It went well with a quiet client.")
    edit = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(edit, {"text": typed + " It went well."})
    assert edited.acknowledged and edited.ephemeral
    # The share is the author's own text, posted as they wrote it (anonymized): its
    # formatting is theirs; only a bidi control may not run on into the bot's words.
    assert_closed(everything_said(edited), typed + " It went well.")
    asked = await w.alice.click(edited.response.message, label="Add a key question")
    question = await w.alice.submit_modal(asked, {"question": typed + " What else?"})
    assert question.acknowledged and question.ephemeral
    assert_closed(everything_said(question), typed + " It went well.", typed + " What else?")
    posted = await w.alice.click(question.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    (message,) = posts(w)
    assert_pinged_no_one(w, w.channel, message)
    shown = "\n".join(_embed_texts(message.embeds))
    assert_closed(shown, typed + " It went well.", typed + " What else?")


# -- the round: affirmations and the closing -------------------------------------------------


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_affirmations_and_closings_ping_no_one_and_are_stored_as_typed(
    group: Group, typed: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    done = await affirm(w.bob, w, typed + "\n" + LINES)
    assert_inert(done.response.content, typed)
    assert_closed("\n".join(_embed_texts(done.response.embeds)), typed + "\n" + LINES)
    stored = await repos.round.my_affirmation(g.share_id, w.bob.id)
    assert stored is not None and stored.text == done.response.embeds[0].description
    await w.alice.click(the_post(w), label="Reveal affirmations")
    for message in said_in(thread_of(w)):
        assert_pinged_no_one(w, thread_of(w), message)
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    closing = await w.alice.submit_modal(opened, {"takeaway": typed, "step": typed + " Pause."})
    assert closing.acknowledged and closing.ephemeral
    for message in said_in(thread_of(w)):
        assert_pinged_no_one(w, thread_of(w), message)
    assert not the_post(w).mention_everyone


# -- an entry's card, and the excerpts quoted in the weekly summary -------------------------


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_entry_card_shows_its_answers_inert(world: World, typed: str) -> None:
    w = world
    answers = {"moment": typed + "\n" + LINES, "signs": typed, "doing": typed}
    answers |= {"how": "Prepared.", "frequency": "6", "next_step": typed + " Pause."}
    entry_id = await stored_entry(bot_of(w.env), w.alice.id, answers, guild_id=w.guild.id)
    listing = await w.alice.slash(w.channel, "entries")
    assert_inert(everything_said(listing), typed)
    card = await w.alice.select(listing.response.message, [str(entry_id)])
    assert card.acknowledged and card.ephemeral
    assert_inert(everything_said(card), typed + "\n" + LINES, typed + " Pause.")
    stored = w.env.backend.get_message(card.response.channel_id, card.response.id)
    assert not stored.ping_user_ids and not stored.ping_role_ids and not stored.mention_everyone


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_edited_excerpt_is_shown_inert_as_the_summary_will_quote_it(
    world: World, typed: str
) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    excerpt = typed + " She laughed at last.\n" + LINES
    again = await w.alice.submit_modal(form, {"moment": excerpt})
    assert again.acknowledged and again.ephemeral and again.response is not None
    entry = await _stored(w, entry_id, w.alice.id)
    assert_inert(again.response.content, excerpt, entry.excerpts["moment"])
    assert entry.answers["moment"] == "The client laughed for the first time in weeks."
    assert highlight_quote(entry.excerpts["moment"]) in again.response.content


def assert_shown_back(shown: str, typed: str) -> None:
    """The reply shows what was typed (its visible start), so the writer sees what to fix."""
    start = _plain(typed).strip()[:15]
    assert start in _plain(shown), f"{typed!r} not shown back in {shown!r}"


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_unreadable_reminder_time_or_zone_is_shown_back_inert(
    world: World, typed: str
) -> None:
    w = world
    for options in ({"time": typed}, {"time": "17:30", "timezone": typed}):
        refused = await w.alice.slash(w.channel, "remind", day="0", **options)
        assert_responded(refused, contains="Nothing changed", ephemeral=True)
        assert_inert(everything_said(refused), typed)
        assert_shown_back(everything_said(refused), typed)
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_unreadable_meeting_time_is_shown_back_inert(
    world: World, facilitated: Any, typed: str
) -> None:
    w = world
    refused = await facilitated.slash(w.channel, "hours meeting", day="3", time=typed)
    assert_responded(refused, contains="Nothing changed", ephemeral=True)
    assert_inert(everything_said(refused), typed)
    assert_shown_back(everything_said(refused), typed)
    assert await bot_of(w.env).repos.meetings.get(w.guild.id) is None


async def test_answers_at_their_limit_in_markdown_are_kept_whole_and_their_card_fits(
    world: World,
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    assert shown.modal is not None
    limits = {
        c["component"]["custom_id"]: c["component"]["max_length"]
        for c in shown.modal["components"]
        if "component" in c
    }
    over = {qid: "x" * (limit + 1) for qid, limit in limits.items()}
    with pytest.raises(SetupError, match="max_length"):
        await w.alice.submit_modal(shown, over)
    # every character escaped doubles each answer; the one-line openers are kept too
    answers = {qid: ("# \u202e" + "*_" * limit)[:limit] for qid, limit in limits.items()}
    saved = await w.alice.submit_modal(shown, answers)
    assert saved.acknowledged and saved.ephemeral
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and {k: record.answers[k] for k in answers} == answers
    listing = await w.alice.slash(w.channel, "entries")
    card = await w.alice.select(listing.response.message, [str(entry.id)])
    assert card.acknowledged and card.ephemeral
    assert_inert(everything_said(card), *answers.values())


# Only spaces, zero-width and bidi marks, a no-break space, the Hangul filler: nothing shows.
INVISIBLE = " \u200b\u200e\u202e\u2066\u00a0\u3164 "


async def test_an_invisible_option_or_date_is_refused_in_words_and_changes_nothing(
    world: World, admin: MemberActor, facilitated: Any
) -> None:
    w = world
    before = await bot_of(w.env).repos.servers.get(w.guild.id)
    for actor, command, options, told in (
        (admin, "setup timezone", {"zone": INVISIBLE}, "isn't a time zone I know"),
        (admin, "setup schedule", {"day": "0", "time": INVISIBLE}, "isn't a time I can read"),
        (w.alice, "remind", {"day": "0", "time": INVISIBLE}, "Nothing changed"),
        (w.alice, "remind", {"day": "0", "timezone": INVISIBLE}, "Nothing changed"),
        (facilitated, "hours meeting", {"day": "3", "time": INVISIBLE}, "Nothing changed"),
    ):
        refused = await actor.slash(w.channel, command, **options)
        assert_responded(refused, contains=told, ephemeral=True)
        assert_closed(everything_said(refused), INVISIBLE)
    assert await bot_of(w.env).repos.servers.get(w.guild.id) == before
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None
    assert await bot_of(w.env).repos.meetings.get(w.guild.id) is None
    shown = await add(w.alice, w.channel, {**TYPED, "when": INVISIBLE})
    assert_responded(shown, contains="Nothing was saved yet", ephemeral=True)
    assert_closed(everything_said(shown), INVISIBLE, *TYPED.values())
    assert await rows(w) == []


async def test_the_last_step_a_new_reflection_asks_about_closes_what_it_opens(
    world: World,
) -> None:
    w = world
    await bot_of(w.env).repos.practitioners.mark_notice_seen(w.alice.id)
    step = "\u2067\u202egnihtemos ym"
    answers = {"moment": "The client smiled.", "doing": "I slowed down.", "frequency": "4"}
    await stored_entry(bot_of(w.env), w.alice.id, answers | {"next_step": step})
    shown = await w.alice.slash(w.channel, "sparkle")
    assert shown.modal is not None
    (asked,) = [
        c
        for c in shown.modal["components"]
        if c.get("component", {}).get("custom_id") == "last_step"
    ]
    assert asked["description"].startswith(f"Your last step: “{step}")
    assert_closed(asked["description"], step)


@pytest.mark.parametrize("typed", CASES, ids=IDS)
async def test_an_unreadable_summary_week_is_shown_back_inert(
    world: World, facilitated: Any, typed: str
) -> None:
    w = world
    refused = await facilitated.slash(w.channel, "summary", week=typed)
    assert_responded(refused, contains="as a week", ephemeral=True)
    assert_inert(everything_said(refused), typed)
    assert_shown_back(everything_said(refused), typed)
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == []
