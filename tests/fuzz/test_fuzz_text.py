"""Property tests of every free-text path: storage, rendering, the anonymizer and the engine."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import discord
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.conversation import engine
from bot.conversation.roles import Role
from bot.conversation.script import Page, Script, answer_as_read, library
from bot.export import export_document, to_json, to_markdown
from bot.guard import flag_answers
from bot.limits import CONTENT_MAX
from bot.models import EntryRecord, EntryStatus, QuoteStatus
from bot.notes import NoteFormat, render_note
from bot.privacy import find, redact
from bot.share import SHARE_TEXT_MAX, share_text
from bot.summary import WeekSummary, build_weekly_summary, render_summary_text
from bot.summary.highlights import proposed_excerpts
from bot.textsplit import split_message
from cogs._entry_layout import entry_layout
from cogs._render import privacy_warning, quote, safe
from storage.repos import Repositories
from tests.conftest import TEST_KEY
from tests.fuzz.strategies import (
    LIVE_MENTION,
    PING,
    assert_embed_fits,
    assert_layout_fits,
    hostile_text,
)

SCRIPTS: dict[str, Script] = library()
NOW = datetime(2026, 3, 25, 10, tzinfo=UTC)


@st.composite
def answers_for(draw: st.DrawFn, script: Script, *, most: int = 25) -> dict[str, str]:
    """Up to `most` of `script`'s questions, each answered as long as its modal field allows."""
    chosen = draw(
        st.lists(
            st.sampled_from(script.questions()), min_size=1, max_size=most, unique_by=lambda q: q.id
        )
    )
    return {q.id: draw(hostile_text(q.max_length)) for q in chosen}


def record(script: Script, answers: dict[str, str], *, draft: bool = False) -> EntryRecord:
    return EntryRecord(
        id=987654,
        author_id=1,
        guild_id=2,
        kind=script.id,
        status=EntryStatus.DRAFT if draft else EntryStatus.COMPLETE,
        next_page=1 if draft else len(script.pages),
        consent_summary=True,
        created_at=NOW,
        updated_at=NOW,
        answers=answers,
    )


# (a) storage and export: what is saved is what is read back, on every backend.


@pytest.fixture
def repos(database_url: str) -> Iterator[tuple[asyncio.Runner, Repositories]]:
    """Migrated repositories on one event loop, shared by every example of a test."""
    with asyncio.Runner() as runner:
        opened = Repositories.open(
            database_url, base64.urlsafe_b64decode(TEST_KEY), clock=lambda: NOW
        )
        runner.run(opened.migrate())
        try:
            yield runner, opened
        finally:
            runner.run(opened.close())


def test_answers_round_trip_exactly(repos: tuple[asyncio.Runner, Repositories]) -> None:
    runner, store = repos
    script = SCRIPTS["sparkle"]
    authors = itertools.count(1)

    async def round_trip(first: dict[str, str], second: dict[str, str]) -> None:
        author = next(authors)
        created = await store.entries.save_page(
            entry_id=None, author_id=author, kind="sparkle", guild_id=5, answers=first, advance_to=1
        )
        assert created is not None
        updated = await store.entries.save_page(
            entry_id=created.id,
            author_id=author,
            kind="sparkle",
            guild_id=5,
            answers=second,
            advance_to=2,
        )
        assert updated is not None
        loaded = await store.entries.get(created.id, author)
        assert loaded is not None and loaded.answers == first | second

    @given(first=answers_for(script, most=3), second=answers_for(script, most=2))
    def check(first: dict[str, str], second: dict[str, str]) -> None:
        runner.run(round_trip(first, second))

    check()


@given(kind=st.sampled_from(sorted(SCRIPTS)), data=st.data())
def test_export_files_carry_every_answer_exactly(kind: str, data: st.DataObject) -> None:
    answers = data.draw(answers_for(SCRIPTS[kind], most=4))
    entry = record(SCRIPTS[kind], answers).model_dump() | {"server_id": 2}
    document = export_document({"entries": [entry]}, user_id=1, exported_at=NOW)
    assert json.loads(to_json(document))["entries"][0]["answers"] == answers
    markdown = to_markdown(document)
    questions = {q.id: q for q in SCRIPTS[kind].questions()}
    # each answer as typed; one that is exactly a choice's value reads as that choice's label
    assert all(
        text in markdown or answer_as_read(questions[qid], text) in markdown
        for qid, text in answers.items()
    )


# (b) rendering: whatever was typed, every message and embed stays within Discord's limits.


@given(
    kind=st.sampled_from(sorted(SCRIPTS)),
    data=st.data(),
    draft=st.booleans(),
    title=st.none() | hostile_text(400),
    lead=hostile_text(2000),
)
def test_entry_layout_fits(
    kind: str, data: st.DataObject, draft: bool, title: str | None, lead: str
) -> None:
    script = SCRIPTS[kind]
    answers = data.draw(answers_for(script))
    laid = entry_layout(script, record(script, answers, draft=draft), title=title, lead=lead)
    assert_layout_fits(laid)
    (box,) = [c for c in laid.children if isinstance(c, discord.ui.Container)]
    shown = [t.content for t in box.children if isinstance(t, discord.ui.TextDisplay)][1:-1]
    asked = [q.label for q in script.questions() if q.id in answers]
    assert len(shown) == len(asked) or (not asked and shown == ["No answers yet."])
    for text, label in zip(shown, asked, strict=False):  # each answer under its question
        assert text.startswith((f"### {label}\n", f"**{label}** · "))


@given(answers=answers_for(SCRIPTS["exception"], most=5), fmt=st.sampled_from(list(NoteFormat)))
def test_note_parts_fit_and_mention_no_one(answers: dict[str, str], fmt: NoteFormat) -> None:
    note = render_note(answers, fmt)
    parts = split_message(note, CONTENT_MAX)
    assert parts and all(0 < len(part) <= CONTENT_MAX for part in parts)
    assert "".join("".join(parts).split()) == "".join(note.split())  # only breaks are lost
    assert LIVE_MENTION.search(note) is None
    assert all(LIVE_MENTION.search(part) is None for part in parts)


@given(text=hostile_text(), limit=st.integers(2, CONTENT_MAX))
def test_split_message_parts_fit_and_lose_only_breaks(text: str, limit: int) -> None:
    parts = split_message(text, limit)
    assert parts and all(len(part) <= limit for part in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())


@given(kind=st.sampled_from(sorted(SCRIPTS)), data=st.data())
def test_share_text_fits(kind: str, data: st.DataObject) -> None:
    script = SCRIPTS[kind]
    text = share_text(script, data.draw(answers_for(script, most=4)))
    assert 0 < len(text) <= SHARE_TEXT_MAX


@given(text=hostile_text(), limit=st.integers(1, 200))
def test_quote_and_safe_break_every_ping(text: str, limit: int) -> None:
    assert PING.search(safe(text)) is None
    quoted = quote(text, limit)
    assert PING.search(quoted) is None
    assert quoted.startswith("“") and quoted.endswith("”")


def guard_message(page: Page, answers: dict[str, str]) -> str:
    """The "may hold details that identify a client" reply the cog sends for these answers."""
    return privacy_warning(page, flag_answers(answers))


@given(data=st.data())
def test_privacy_guard_message_fits_and_pings_no_one(data: st.DataObject) -> None:
    script = SCRIPTS[data.draw(st.sampled_from(sorted(SCRIPTS)))]
    page = data.draw(st.sampled_from(script.pages))
    message = guard_message(
        page, {q.id: data.draw(hostile_text(q.max_length)) for q in page.questions}
    )
    assert PING.search(message) is None
    assert len(message) <= CONTENT_MAX


def test_privacy_guard_message_for_many_long_identifiers_fits() -> None:
    """Seven distinct 45-character links in each answer: once over 2,000 characters."""
    links = " ".join(f"https://r{i}.clinic-example.org/patients/records" for i in range(7))
    page = SCRIPTS["sparkle"].pages[1]
    message = guard_message(page, {q.id: links for q in page.questions})
    assert message.count("https://") >= 6 and len(message) <= CONTENT_MAX


@given(texts=st.lists(hostile_text(2000), min_size=3, max_size=4))
def test_weekly_summary_fits(texts: list[str]) -> None:
    entries = [
        record(SCRIPTS["sparkle"], {"moment": t, "frequency": "7"}).model_copy(
            update={
                "id": i + 1,
                "author_id": i + 1,
                # as if each author approved what they were shown
                "quote_status": QuoteStatus.APPROVED,
                "excerpts": proposed_excerpts("sparkle", {"moment": t}, redact),
            }
        )
        for i, t in enumerate(texts)
    ]
    summary = build_weekly_summary(
        entries, week_start=date(2026, 3, 23), tz=ZoneInfo("UTC"), min_contributors=3
    )
    assert isinstance(summary, WeekSummary)
    rendered = render_summary_text(summary)
    embed = discord.Embed(title=rendered["title"], description=rendered["description"])
    for name, value in rendered["fields"]:
        embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=rendered["footer"])
    assert_embed_fits(embed)


# (d) the anonymizer never raises, settles after one pass and grows text only by placeholders.


@given(text=hostile_text())
# a cascade: each "1. 1." is read as a date once its neighbour is, one repeat per round
@example(text="\r\n1. 1. " * 40)
def test_redact_is_total_idempotent_and_bounded(text: str) -> None:
    spans = find(text)
    once = redact(text)
    assert redact(once) == once
    assert len(once) <= len(text) + 8 * len(spans)


# (e) the engine never raises and keeps every answer exactly as typed.


@given(data=st.data())
def test_check_page_keeps_every_answer_as_typed(data: st.DataObject) -> None:
    script = SCRIPTS[data.draw(st.sampled_from(sorted(SCRIPTS)))]
    page = data.draw(st.sampled_from(script.pages))
    keys = [q.id for q in page.questions] + ["not_a_question"]
    raw = data.draw(st.dictionaries(st.sampled_from(keys), hostile_text()))
    check = engine.check_page(page, raw)
    # A step review the form did not show (not sent) is left out; every other question is kept.
    assert check.answers == {
        q.id: raw.get(q.id, "")
        for q in page.questions
        if q.id in raw or q.role is not Role.STEP_REVIEW
    }
    assert set(check.problems) <= {q.id for q in page.questions}
    assert all(isinstance(p, str) and p for p in check.problems.values())
    engine.describe_problems(page, check.problems)
