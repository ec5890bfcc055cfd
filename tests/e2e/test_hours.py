"""/hours: logging consultation hours privately, editing, deleting, the report, attestation.

Every step goes through SimCord as the user would and then checks what the database holds.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from simcord import InteractionResult, assert_error, assert_responded
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.app import create_bot
from bot.hours.model import Attestation, Format, HoursDraft, Kind, Part, When
from bot.hours.render import as_typed
from cogs._hours_texts import LOCKED, LOCKED_REOPEN_ASKED, NOT_HOURS_FACILITATOR
from cogs._render import NOT_AVAILABLE
from storage.tables import HoursLog
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    bot_of,
    buttons,
    close_dms,
    forge_click,
    modal_defaults,
    modal_ids,
)
from tests.e2e.test_after_the_post import refused_table as refused_table  # the fixture

TYPED = {
    "when": "2026-01-05 14:00-15:30",
    "group": "Tuesday peer group, facilitated by J. Lee",
    "topic": "Pacing with a reluctant teenager",
    "learning": "Slow down my questions",
    "reflection": "Waiting longer helped.",
}
FORM_IDS = ["when", "group", "topic", "learning", "reflection"]


async def add(actor: Any, channel: Any, typed: dict[str, str] | None = None, **options: Any):
    chosen = {"format": "video", "type": "peer_group", "role": "presenter"} | options
    shown = await actor.slash(channel, "hours add", **chosen)
    assert shown.acknowledged and shown.modal is not None
    assert modal_ids(shown) == FORM_IDS
    return await actor.submit_modal(shown, typed or TYPED)


async def rows(w: World) -> list[Any]:
    async with bot_of(w.env).repos.db.read() as session:
        return list((await session.execute(select(HoursLog).order_by(HoursLog.id))).scalars())


async def test_add_list_edit_and_delete(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel)
    assert_responded(done, ephemeral=True)
    assert done.response is not None
    assert "Logged" in done.response.content and "1.5 h" in done.response.content
    assert buttons(done) == ["Edit", "Ask for attestation", "Delete"]
    assert w.channel.history() == []  # nothing anyone else can see
    (row,) = await rows(w)
    assert (row.author_id, row.minutes, row.own_minutes) == (w.alice.id, 90, 90)
    assert (row.format, row.kind, row.part, row.state) == (
        "video",
        "peer_group",
        "presenter",
        "none",
    )
    assert b"Pacing" not in row.texts  # encrypted under her key
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.texts == {k: v for k, v in TYPED.items() if k != "when"}
    assert (entry.start, entry.end, entry.format, entry.kind, entry.part) == (
        "14:00", "15:30", Format.VIDEO, Kind.PEER_GROUP, Part.PRESENTER,
    )  # fmt: skip

    listing = await w.alice.slash(w.channel, "hours list")
    assert_responded(listing, contains="page 1 of 1, 1 in all", ephemeral=True)
    picked = await w.alice.select(listing.response.message, [str(row.id)])
    assert_responded(picked, contains="Pacing with a reluctant teenager", ephemeral=True)
    shown = await w.alice.click(picked.response.message, label="Edit")
    assert modal_defaults(shown)["when"] == "2026-01-05 14:00-15:30"
    saved = await w.alice.submit_modal(
        shown, {**TYPED, "when": "2026-01-06 45", "topic": "Endings"}
    )
    assert_responded(saved, contains="Saved", ephemeral=True)
    (row,) = await rows(w)
    assert (str(row.day), row.start_time, row.minutes, row.own_minutes) == (
        "2026-01-06",
        None,
        45,
        45,
    )

    # bob cannot open, edit or delete alice's entry, even with a forged custom id.
    bob_view = (await w.bob.slash(w.channel, "hours list")).response
    assert bob_view is not None and "haven't logged" in bob_view.content
    for custom_id in (f"sk:hedit:{row.id}", f"sk:hdel:{row.id}", f"sk:hdelyes:{row.id}"):
        refused = await forge_click(w.bob, bob_view.message, custom_id)
        assert_responded(refused, content=NOT_AVAILABLE, ephemeral=True)
    assert len(await rows(w)) == 1

    ask = await w.alice.click(saved.response.message, label="Delete")
    assert_responded(ask, contains="Delete this entry for good?", ephemeral=True)
    gone = await w.alice.click(ask.response.message, label="Delete it")
    assert gone.response is not None and gone.response.content == "Deleted."
    assert await rows(w) == []
    # A second click (an old copy of the confirmation) finds nothing to delete.
    again = await forge_click(w.alice, ask.response.message, f"sk:hdelyes:{row.id}")
    assert_responded(again, content=NOT_AVAILABLE, ephemeral=True)


async def test_a_bad_time_keeps_what_was_typed(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel, {**TYPED, "when": "next tuesday"})
    assert_responded(done, contains="couldn't read the date", ephemeral=True)
    assert "Pacing with a reluctant teenager" in done.response.content
    assert await rows(w) == []
    late = await add(w.alice, w.channel, {**TYPED, "when": "2026-02-30 60"})
    assert_responded(late, contains="not a date in the calendar", ephemeral=True)
    same = await add(w.alice, w.channel, {**TYPED, "when": "2026-01-05 14:00-14:00"})
    assert_responded(same, contains="starts and ends at 14:00", ephemeral=True)
    assert "Pacing with a reluctant teenager" in same.response.content
    assert await rows(w) == []  # not logged as 24 hours
    for slip in ("0226-02-03 60", "2226-02-03 60"):  # typed for 2026-02-03
        year = await add(w.alice, w.channel, {**TYPED, "when": slip})
        assert_responded(year, contains="looks like a slip", ephemeral=True)
        assert "between 1970 and 2027" in year.response.content
        assert "Pacing with a reluctant teenager" in year.response.content
    assert await rows(w) == []


async def test_a_client_name_is_flagged_and_stays_private(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel, {**TYPED, "topic": "Working with Maria Gonzalez"})
    assert_responded(done, contains="This may name a client", ephemeral=True)
    (row,) = await rows(w)
    assert row.flagged is not None and b"name" not in row.flagged
    assert b"Maria" not in row.texts


async def test_paging_through_many_entries(world: World) -> None:
    w = world
    for day in range(1, 13):
        await add(w.alice, w.channel, {**TYPED, "when": f"2026-01-{day:02d} 30"})
    first = await w.alice.slash(w.channel, "hours list")
    assert_responded(first, contains="page 1 of 2, 12 in all", ephemeral=True)
    assert "2026-01-12" in first.response.content and "2026-01-02" not in first.response.content
    older = await w.alice.click(first.response.message, label="Older")
    assert older.response is not None and "page 2 of 2" in older.response.content
    assert "2026-01-01" in older.response.content
    forged = await forge_click(w.bob, (await w.bob.slash(w.channel, "hours list")).response.message,
                               f"sk:hpage:{w.alice.id}:1")  # fmt: skip
    assert_responded(forged, content=NOT_AVAILABLE, ephemeral=True)


async def test_report_for_a_cpd_year_as_csv_and_page(world: World) -> None:
    w = world
    await w.alice.slash(w.channel, "hours cpdyear", month=7)
    assert await bot_of(w.env).repos.hours.cpd_start_month(w.alice.id) == 7
    for when, kind, fmt, role in (
        ("2025-06-30 60", "peer_group", "video", "presenter"),  # the year before
        ("2025-07-01 90", "peer_group", "video", "presenter"),
        ("2025-12-31 23:30-00:30", "supervision_group", "in_person", "participant"),
        ("2026-06-30 30", "other_cpd", "phone", "participant"),
        ("2026-07-01 45", "peer_group", "video", "presenter"),  # the year after
    ):
        await add(w.alice, w.channel, {**TYPED, "when": when}, type=kind, format=fmt, role=role)
    await add(w.bob, w.channel, {**TYPED, "when": "2025-08-01 600"})  # bob's: never in hers

    result = await w.alice.slash(w.channel, "hours report", period="2025")
    assert result.acknowledged and result.ephemeral
    assert result.response is not None
    text = result.response.content
    assert "2025-07-01 to 2026-06-30" in text and "Total: 3 h in 3 sessions" in text
    files = {a.filename: a for a in result.response.attachments}
    assert set(files) == {"hours-20250701-20260630.csv", "hours-20250701-20260630.html"}
    table = list(
        csv.DictReader(
            io.StringIO((await files["hours-20250701-20260630.csv"].read()).decode("utf-8-sig"))
        )
    )
    assert [r["date"] for r in table] == ["2025-07-01", "2025-12-31", "2026-06-30"]
    assert sum(int(r["minutes"]) for r in table) == 180
    assert sum(int(r["own_practice_minutes"]) for r in table) == 90
    page = (await files["hours-20250701-20260630.html"].read()).decode()
    assert "Peer consultation group" in page and "Supervision (group)" in page

    bad = await w.alice.slash(w.channel, "hours report", period="someday")
    assert_responded(bad, contains="couldn't read the period", ephemeral=True)


async def _ask(w: World, when: str = "2026-01-05 60") -> tuple[int, InteractionResult]:
    done = await add(w.alice, w.channel, {**TYPED, "when": when})
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    return (await rows(w))[-1].id, done


async def _review(fiona: Any, w: World, entry_id: int) -> InteractionResult:
    pending = await fiona.slash(w.channel, "hours pending")
    assert_responded(pending, contains="Waiting for attestation", ephemeral=True)
    assert "Slow down my questions" not in pending.response.content  # her learning goal: hers
    return await fiona.select(pending.response.message, [str(entry_id)])


async def test_attest_lock_reopen(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    entry_id, done = await _ask(w)
    assert (await rows(w))[0].state == "requested"
    edit = await w.alice.click(done.response.message, label="Edit")
    assert_responded(edit, contains="waiting for attestation", ephemeral=True)

    refused = await w.bob.slash(w.channel, "hours pending")
    assert_responded(refused, content=NOT_HOURS_FACILITATOR, ephemeral=True)
    own = await w.alice.slash(w.channel, "hours pending")
    assert_responded(own, content=NOT_HOURS_FACILITATOR, ephemeral=True)
    forged = await forge_click(w.bob, refused.response.message, f"sk:hattest:{entry_id}")
    assert_responded(forged, content=NOT_HOURS_FACILITATOR, ephemeral=True)

    review = await _review(fiona, w, entry_id)
    assert_responded(review, contains="Pacing with a reluctant teenager", ephemeral=True)
    shown = await fiona.click(review.response.message, label="Attest")
    second = await fiona.click(review.response.message, label="Attest")  # a double click
    assert shown.modal is not None and second.modal is not None
    attested = await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 12345"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT 12345", ephemeral=True)
    (row,) = await rows(w)
    assert (row.state, row.attester_id) == ("attested", fiona.id)
    assert row.attested_at == w.env.now().replace(microsecond=row.attested_at.microsecond)
    assert b"Fiona" not in (row.attest_text or b"")
    twice = await fiona.submit_modal(second, {"name": "Dr Fiona Lee", "credential": "LMFT"})
    assert_responded(  # a double submit
        twice,
        content="This entry has already been attested by you: your answer stands. Nothing changed.",
        ephemeral=True,
    )
    (row,) = await rows(w)
    assert (row.state, row.attester_id) == ("attested", fiona.id)

    # Locked: no edit, no delete, and the report shows who and when.
    for label in ("Edit", "Delete"):
        locked = await w.alice.click(done.response.message, label=label)
        assert_responded(locked, content=LOCKED, ephemeral=True)
    assert len(await rows(w)) == 1
    report = await w.alice.slash(w.channel, "hours report", period="2026-01-01 to 2026-01-31")
    page = next(a for a in report.response.attachments if a.filename.endswith(".html"))
    assert (
        "Attested by Dr Fiona Lee, LMFT 12345, 2026-01-01 00:00 UTC" in (await page.read()).decode()
    )

    # Reopening is asked for, granted by a facilitator, and audited.
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert "Ask to reopen" in buttons(picked)
    reopen = await w.alice.click(picked.response.message, label="Ask to reopen")
    assert_responded(reopen, contains="Asked the facilitators", ephemeral=True)
    assert (await rows(w))[0].state == "reopen_asked"
    review = await _review(fiona, w, entry_id)
    granted = await fiona.click(review.response.message, label="Reopen it")
    assert_responded(granted, contains="Reopened", ephemeral=True)
    again = await fiona.click(review.response.message, label="Reopen it")  # a double click
    assert_responded(
        again, content="This entry has already been reopened. Nothing changed.", ephemeral=True
    )
    (row,) = await rows(w)
    assert (row.state, row.attester_id, row.attest_text) == ("none", None, None)
    audit = bot_of(w.env).repos.audit
    assert [a for a, _, _ in await audit.kinds("hours_reopen_ask")] == [w.alice.id]
    assert [(a, s) for a, _, s in await audit.kinds("hours_reopen")] == [
        (fiona.id, f"hours:{entry_id}")
    ]
    assert [a for a, _, _ in await audit.kinds("hours_attest")] == [fiona.id]


async def test_decline_with_a_reason(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Decline")
    later = await fiona.click(review.response.message, label="Attest")  # an old copy, later
    declined = await fiona.submit_modal(shown, {"reason": "I wasn't at that meeting."})
    assert_responded(declined, contains="Declined", ephemeral=True)
    assert later.modal is not None
    too_late = await fiona.submit_modal(later, {"name": "Dr Fiona Lee", "credential": "LMFT"})
    assert_responded(
        too_late,
        content="This entry has already been declined by you: your answer stands. Nothing changed.",
        ephemeral=True,
    )
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.state is Attestation.DECLINED
    assert entry.declined_reason == "I wasn't at that meeting."
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert_responded(picked, contains="declined: I wasn't at that meeting.", ephemeral=True)
    assert "Edit" in buttons(picked)  # it can be corrected and asked again


async def test_attestation_needs_a_server_and_survives_a_restart(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    shown = await w.alice.user.slash(
        "hours add", format="phone", type="individual", role="participant"
    )
    dm_done = await w.alice.user.submit_modal(shown, TYPED)
    assert_responded(dm_done, contains="Logged", ephemeral=True)
    ask = await w.alice.user.click(dm_done.response.message, label="Ask for attestation")
    assert_responded(ask, contains="Ask for attestation in the server", ephemeral=True)
    (row,) = await rows(w)
    assert (row.guild_id, row.state, row.own_minutes) == (None, "none", 0)

    entry_id, _ = await _ask(w)
    pending = await fiona.slash(w.channel, "hours pending")
    await w.env.restart_bot(create_bot())
    review = await fiona.select(pending.response.message, [str(entry_id)])
    shown = await fiona.click(review.response.message, label="Attest")
    attested = await fiona.submit_modal(shown, {"name": "F. Lee", "credential": "RP"})
    assert_responded(attested, contains="Attested", ephemeral=True)


@pytest.mark.postgres_too
async def test_export_and_forget_cover_hours(world: World, facilitated: Any) -> None:
    import json

    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT"})

    exported = await w.alice.slash(w.channel, "export")
    files = {a.filename: a for a in exported.response.attachments}
    document = json.loads(await files["sparkle-export.json"].read())
    (hours,) = document["hours"]
    assert (
        hours["texts"]["topic"] == TYPED["topic"] and hours["attested_by"] == "Dr Fiona Lee, LMFT"
    )
    assert "Consultation hours" in (await files["sparkle-export.md"].read()).decode()

    # The attester erases her data: the author's evidence stays, without fiona's id.
    ask = await fiona.slash(w.channel, "forget")
    await fiona.click(ask.response.message, label="Erase everything")
    (row,) = await rows(w)
    assert (row.state, row.attester_id) == ("attested", None)
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None and entry.attested_as == "Dr Fiona Lee, LMFT"

    ask = await w.alice.slash(w.channel, "forget")
    await w.alice.click(ask.response.message, label="Erase everything")
    assert await rows(w) == []


async def test_prefilled_from_a_reflection(world: World) -> None:
    w = world
    repos = bot_of(w.env).repos
    answers = {"moment": "A moment.", "doing": "I slowed right down.", "next_step": "Pause more."}
    header = await repos.entries.save_page(
        entry_id=None, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
        answers=answers, advance_to=3, complete=True,
    )  # fmt: skip
    assert header is not None
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter",
        reflection=str(header.id),
    )  # fmt: skip
    defaults = modal_defaults(shown)
    assert (
        defaults["learning"] == "Pause more." and defaults["reflection"] == "I slowed right down."
    )
    assert defaults["when"].startswith("2026-01-01")
    bob = await w.bob.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter",
        reflection=str(header.id),
    )  # fmt: skip
    assert_responded(bob, content=NOT_AVAILABLE, ephemeral=True)
    typed = {k: v or "" for k, v in defaults.items()}
    done = await w.alice.submit_modal(shown, {**typed, "when": "2026-01-01 60"})
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert row.reflection_id == header.id


async def test_a_database_failure_is_answered(world: World) -> None:
    w = world
    from simcord import assert_error

    repos = bot_of(w.env).repos

    async def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("database is down")

    repos.hours.add = broken  # type: ignore[method-assign]
    done = await add(w.alice, w.channel)
    assert_responded(done, contains="went wrong", ephemeral=True)
    assert_error(w.env, RuntimeError)
    assert await rows(w) == []


async def test_nobody_attests_their_own_hours(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    done = await add(fiona, w.channel)
    asked = await fiona.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    (row,) = await rows(w)
    pending = await fiona.slash(w.channel, "hours pending")
    assert_responded(pending, content="Nothing is waiting for attestation here.", ephemeral=True)
    forged = await forge_click(fiona, pending.response.message, f"sk:hattest:{row.id}")
    assert_responded(forged, content=NOT_AVAILABLE, ephemeral=True)
    assert (await rows(w))[0].state == "requested"


async def test_facilitators_see_the_topic_anonymized(world: World, facilitated: Any) -> None:
    """The form asks for a de-identified topic, but a member may type a client's name: the
    facilitators asked to attest see the topic anonymized, the member sees what she typed."""
    w, fiona = world, facilitated
    topic = "Pacing with Marisol Quintero, a teenager from Tacoma"
    done = await add(w.alice, w.channel, {**TYPED, "when": "2026-01-05 60", "topic": topic})
    assert_responded(done, contains="This may name a client", ephemeral=True)
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    (row,) = await rows(w)
    pending = await fiona.slash(w.channel, "hours pending")
    review = await fiona.select(pending.response.message, [str(row.id)])
    for seen in (pending, review):
        assert seen.response is not None
        shown = seen.response.content
        assert as_typed("Pacing with [name], a teenager from [place]") in shown  # inert
        assert "Marisol" not in shown and "Quintero" not in shown and "Tacoma" not in shown
        assert "Tuesday peer group, facilitated by J. Lee" in shown  # the group as typed
    listing = await w.alice.slash(w.channel, "hours list")
    own = await w.alice.select(listing.response.message, [str(row.id)])
    assert_responded(own, contains=topic, ephemeral=True)  # hers, as she typed it
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.texts["topic"] == topic  # stored as typed (encrypted), shown anonymized
    assert b"Marisol" not in row.texts
    assert w.channel.history() == []


async def test_a_delete_whose_answer_discord_lost_still_says_deleted(world: World) -> None:
    """The entry is deleted but Discord refused the edit that says so: the member is told in
    a new private message, not "anything you saved is safe; try again"."""
    w = world
    done = await add(w.alice, w.channel)
    ask = await w.alice.click(done.response.message, label="Delete")
    w.env.inject_error("PATCH", "/webhooks/*", status=500, message="upstream down", times=1)
    deleted = await w.alice.click(ask.response.message, label="Delete it")
    assert deleted.acknowledged
    assert [m.content for m in deleted.followups] == ["Deleted."]
    assert deleted.followups[0].ephemeral
    assert await rows(w) == []


@pytest.mark.postgres_too
async def test_pending_says_when_more_wait_than_it_lists(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    repos = bot_of(w.env).repos
    for n in range(26):
        draft = HoursDraft(
            when=When(date(2026, 1, 5), "14:00", "15:00", 60),
            own_minutes=60,
            format=Format.VIDEO,
            kind=Kind.PEER_GROUP,
            part=Part.PRESENTER,
            texts={"topic": f"Session {n}"},
        )
        entry = await repos.hours.add(w.alice.id, w.guild.id, draft)
        assert await repos.hours.request(entry.id, w.alice.id, w.guild.id)
    pending = await fiona.slash(w.channel, "hours pending")
    assert_responded(pending, contains="Waiting for attestation", ephemeral=True)
    assert pending.response is not None and len(pending.response.content) <= 2000
    assert "Showing the 25 oldest of 26 requests waiting here" in pending.response.content
    (picker,) = [
        c for row in pending.response.components for c in row["components"] if c["type"] == 3
    ]
    assert len(picker["options"]) == 25
    assert len(await repos.hours.waiting(w.guild.id, fiona.id)) == 25
    assert await repos.hours.waiting_count(w.guild.id, fiona.id) == 26


async def test_a_report_defaults_to_the_current_cpd_year_and_reads_last_year(world: World):
    """Today is 2026-01-01 (SimCord's clock); her CPD year starts in July."""
    w = world
    await w.alice.slash(w.channel, "hours cpdyear", month=7)
    await add(w.alice, w.channel, {**TYPED, "when": "2024-09-02 60"}, type="supervision_individual")
    await add(w.alice, w.channel, {**TYPED, "when": "2025-06-30 30"}, role="participant")
    await add(w.alice, w.channel, {**TYPED, "when": "2025-07-01 90"}, format="in_person")

    current = await w.alice.slash(w.channel, "hours report")
    assert current.acknowledged and current.ephemeral and current.response is not None
    text = current.response.content
    assert "2025-07-01 to 2026-06-30" in text and "Total: 1.5 h in 1 session" in text
    assert "In person" in text  # totals by format
    files = sorted(a.filename for a in current.response.attachments)
    assert files == ["hours-20250701-20260630.csv", "hours-20250701-20260630.html"]

    last = await w.alice.slash(w.channel, "hours report", period="last year")
    assert last.acknowledged and last.ephemeral and last.response is not None
    text = last.response.content
    assert "2024-07-01 to 2025-06-30" in text and "Total: 1.5 h in 2 sessions" in text
    assert "Supervision (individual)" in text and "Took part" in text  # by type and role
    table = list(
        csv.DictReader(
            io.StringIO(
                (await next(a for a in last.response.attachments if a.filename.endswith(".csv"))
                 .read()).decode("utf-8-sig")
            )
        )
    )  # fmt: skip
    assert [r["date"] for r in table] == ["2024-09-02", "2025-06-30"]
    assert len(await rows(w)) == 3  # a report only reads


def _dms(actor: Any) -> list[str]:
    return [m.content for m in actor.user.dm_channel.history() if m.author.bot]


async def test_the_member_is_told_by_dm_of_a_facilitators_answer(
    world: World, facilitated: Any
) -> None:
    """A facilitator's attestation, decline or reopening is told to the member by a short
    DM naming the entry by its date only (no topic, no reason: nothing clinical), and the
    facilitator is told she was; with her DMs closed (403) the answer still stands, and the
    facilitator is told she could not be DMed. Before, members got no DM at all."""
    w, fiona = world, facilitated
    first, _ = await _ask(w, "2026-01-05 60")
    review = await _review(fiona, w, first)
    shown = await fiona.click(review.response.message, label="Decline")
    declined = await fiona.submit_modal(shown, {"reason": "Maria Lopez's case: not that day"})
    assert_responded(declined, contains="Declined.", ephemeral=True)
    assert "The member was told by DM." in declined.response.content
    (dm,) = _dms(w.alice)
    assert f"declined to attest your consultation hours entry `#{first}` of 2026-01-05" in dm
    assert dm.startswith(f"A facilitator of **{w.guild.name}** declined")
    assert "Maria" not in dm and "Pacing" not in dm and "teenager" not in dm
    assert "/hours list" in dm

    second, _ = await _ask(w, "2026-01-06 90")
    review = await _review(fiona, w, second)
    shown = await fiona.click(review.response.message, label="Attest")
    close_dms(w.env)  # her DMs are closed to the bot
    attested = await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 1"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT 1", ephemeral=True)
    assert "couldn't tell the member by DM" in attested.response.content
    assert "`/hours list`" in attested.response.content
    assert len(_dms(w.alice)) == 1  # none sent
    entry = await bot_of(w.env).repos.hours.get(second, w.alice.id)
    assert entry is not None and entry.state is Attestation.ATTESTED  # the answer stands
    assert [a for a, _, _ in await bot_of(w.env).repos.audit.kinds("hours_attest")] == [fiona.id]

    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(second)])
    await w.alice.click(picked.response.message, label="Ask to reopen")
    review = await _review(fiona, w, second)
    granted = await fiona.click(review.response.message, label="Reopen it")
    assert_responded(granted, contains="The member was told by DM.", ephemeral=True)
    told = _dms(w.alice)[-1]
    assert f"reopened your consultation hours entry `#{second}` of 2026-01-06" in told
    for message in w.alice.user.dm_channel.history():
        assert not message.mention_everyone
    assert w.channel.history() == []  # nothing said in the channel


async def test_an_old_edit_or_delete_after_asking_to_reopen_says_it_was_asked(
    world: World, facilitated: Any
) -> None:
    """A member back at an entry whose reopening she already asked for, clicking an old Edit
    or Delete: she is told it stays locked until the facilitators reopen it, not to ask for
    a reopening she asked for already; nothing changes."""
    w, fiona = world, facilitated
    entry_id, done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 1"})
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert buttons(picked) == ["Ask to reopen"]  # no Edit, no Delete on a locked entry
    await w.alice.click(picked.response.message, label="Ask to reopen")
    again = await w.alice.select(listing.response.message, [str(entry_id)])
    assert buttons(again) == []
    for label in ("Edit", "Delete"):
        old = await w.alice.click(done.response.message, label=label)
        assert_responded(old, content=LOCKED_REOPEN_ASKED, ephemeral=True)
    (row,) = await rows(w)
    assert row.state == "reopen_asked"


async def test_a_list_of_locked_entries_says_what_picking_one_can_do(
    world: World, facilitated: Any
) -> None:
    """`/hours list` ended 'Pick one to see, edit or delete it.' even when every entry on it
    was attested (locked: neither Edit nor Delete is offered). It now says what picking one
    can do: see it or ask to reopen it; see or delete it while attestation waits."""
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    waiting = await w.alice.slash(w.channel, "hours list")
    assert_responded(waiting, contains="Pick one to see or delete it.", ephemeral=True)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 1"})
    listing = await w.alice.slash(w.channel, "hours list")
    text = listing.response.content
    assert "edit" not in text.lower() and "delete" not in text.lower()
    assert text.endswith(
        "These are attested, so they are locked. Pick one to see or ask to reopen it."
    )
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert buttons(picked) == ["Ask to reopen"]  # what the list said
    await w.alice.click(picked.response.message, label="Ask to reopen")
    again = await w.alice.slash(w.channel, "hours list")
    assert again.response.content.endswith("Pick one to see it.")
    await add(w.alice, w.channel)  # a new one can be changed: the list says so again
    mixed = await w.alice.slash(w.channel, "hours list")
    assert mixed.response.content.endswith("Pick one to see, edit or delete it.")
    assert [r.state for r in await rows(w)] == ["reopen_asked", "none"]


async def test_a_facilitators_answer_dms_once_and_never_a_member_who_left(
    world: World, facilitated: Any, refused_table: list[str]
) -> None:
    """The DM of a facilitator's answer goes once however often she submits (a double
    submit), none when the answer could not be stored (the database locked), and none to a
    member who has left the server: before, she was DMed about a server she had left (or, as
    Discord refuses that, the facilitator was told her DMs were closed); now the facilitator
    is told she left, and the answer stands with its audit record."""
    w, fiona = world, facilitated
    first, _ = await _ask(w, "2026-01-05 60")
    review = await _review(fiona, w, first)
    shown = await fiona.click(review.response.message, label="Decline")
    twice = await fiona.click(review.response.message, label="Decline")
    refused_table.append("audit_events")  # the answer's write fails: nothing stored, no DM
    failed = await fiona.submit_modal(shown, {"reason": "Not that day"})
    refused_table.clear()
    assert_error(w.env, OperationalError)
    assert failed.response is not None and "something went wrong" in failed.response.content
    assert _dms(w.alice) == []
    assert (await rows(w))[0].state == "requested"
    shown = await fiona.click(review.response.message, label="Decline")
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    assert_responded(declined, contains="The member was told by DM.", ephemeral=True)
    again = await fiona.submit_modal(twice, {"reason": "Not that day"})
    assert_responded(again, contains="already been declined", ephemeral=True)
    assert len(_dms(w.alice)) == 1  # one answer, one DM

    second, _ = await _ask(w, "2026-01-06 90")
    review = await _review(fiona, w, second)
    w.guild.remove_member(w.alice)
    shown = await fiona.click(review.response.message, label="Attest")
    attested = await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 1"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT 1", ephemeral=True)
    assert "no longer in this server, so I didn't DM them" in attested.response.content
    assert "told by DM" not in attested.response.content
    assert len(_dms(w.alice)) == 1  # nothing sent to her now
    states = [r.state for r in await rows(w)]
    assert states == ["declined", "attested"]
    assert [a for a, _, _ in await bot_of(w.env).repos.audit.kinds("hours_attest")] == [fiona.id]
