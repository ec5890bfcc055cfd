"""The database failing (locked by another program, or down) during /note, in each format, and
during /setup script reset: the member gets a private, friendly answer with a reference,
nothing they wrote is lost (the debrief is kept as it was and the note drafts on a retry), and
nothing is half-written (a reset, or a change of settings, is stored with its audit record, or
not at all)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from simcord import MemberActor, assert_error, assert_responded
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.conversation.script import shipped_source
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES, _complete_debrief
from tests.e2e.test_page_faults import (
    _lock_sqlite,  # pyright: ignore[reportPrivateUsage]
    _set_connections,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_page_faults import (
    short_busy_timeout as short_busy_timeout,  # the fixture
)
from tests.e2e.test_setup_script import NEW_MOMENT, _upload, edited

FORMATS = ["soap", "dap", "birp"]
TITLES = {"soap": "**DRAFT SOAP", "dap": "**DRAFT DAP", "birp": "**DRAFT BIRP"}
STORED = {
    k: (v[0] if isinstance(v, list) else v) for page in EXCEPTION_PAGES for k, v in page.items()
} | {"area_other": "", "noticed": "", "goal": ""}


def _told_failure(result: Any) -> str:
    """The failure answer: private, friendly, with a reference and no details."""
    assert result.acknowledged
    messages = [m for m in [result.response, *result.followups] if m is not None and m.content]
    assert messages and all(m.ephemeral for m in messages)
    told = "\n".join(m.content for m in messages)
    assert "something went wrong on our side" in told and "reference `" in told
    assert "please try again" in told
    assert "Traceback" not in told and "sqlite" not in told.lower()
    return told


async def _debrief(w: World) -> int:
    await _complete_debrief(w)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    return entry.id


async def _note(w: World, entry_id: int, fmt: str) -> Any:
    return await w.alice.slash(w.channel, "note", entry=str(entry_id), format=fmt)


async def _drafted(result: Any, fmt: str) -> str:
    """A note was drafted: its message, and its plain-text file."""
    assert result.acknowledged and result.ephemeral and result.response is not None
    assert result.response.content.startswith(TITLES[fmt])
    markdown, attachment = result.response.attachments
    assert markdown.filename.startswith(f"{fmt}-draft-note-") and markdown.filename.endswith(".md")
    assert attachment.filename.startswith(f"{fmt}-draft-note-")
    return (await attachment.read()).decode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
async def test_a_note_asked_while_the_database_is_down_answers_and_keeps_the_debrief(
    world: World, fmt: str
) -> None:
    w = world
    entry_id = await _debrief(w)
    repos = bot_of(w.env).repos

    async def database_down(*_: object, **__: object) -> None:
        raise OperationalError("SELECT entries", {}, Exception("connection refused"))

    repos.entries.get = database_down  # type: ignore[method-assign]
    failed = await _note(w, entry_id, fmt)
    _told_failure(failed)
    assert failed.response is not None and failed.response.attachments == []
    assert_error(w.env, OperationalError)
    assert w.channel.history() == []

    del repos.entries.get  # the database is back
    record = await repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.answers == STORED  # nothing she wrote is lost
    body = await _drafted(await _note(w, entry_id, fmt), fmt)
    assert "lay out clothes two evenings this week" in body.lower()


@pytest.mark.parametrize("fmt", FORMATS)
async def test_a_note_whose_script_cannot_be_read_answers_and_drafts_on_a_retry(
    world: World, fmt: str
) -> None:
    """The entry was read but the database failed on reading the script it was written with
    (after the reply was deferred): the answer still comes, as a follow-up."""
    w = world
    entry_id = await _debrief(w)
    scripts = bot_of(w.env).scripts

    async def database_down(*_: object, **__: object) -> None:
        raise OperationalError("SELECT server_scripts", {}, Exception("connection refused"))

    scripts.for_entry = database_down  # type: ignore[method-assign]
    failed = await _note(w, entry_id, fmt)
    _told_failure(failed)
    assert_error(w.env, OperationalError)
    del scripts.for_entry
    await _drafted(await _note(w, entry_id, fmt), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_a_note_is_drafted_while_sqlite_is_locked_by_another_program(
    world: World, sqlite_database_url: str, fmt: str
) -> None:
    """/note only reads: another program's write lock does not hold it up or lose it."""
    w = world
    entry_id = await _debrief(w)
    locker = _lock_sqlite(sqlite_database_url)
    try:
        drafted = await _note(w, entry_id, fmt)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    body = await _drafted(drafted, fmt)
    assert "got up on time and replied to a friend" in body.lower()
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.answers == STORED


@pytest.mark.postgres_too
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.simcord(settle_timeout=40)
async def test_a_note_asked_while_postgresql_is_down_answers_and_drafts_when_it_is_back(
    world: World, postgres_database_url: str, request: pytest.FixtureRequest, fmt: str
) -> None:
    w = world
    entry_id = await _debrief(w)
    admin = str(request.config.getoption("--postgres-url"))
    _set_connections(admin, postgres_database_url, allowed=False)
    try:
        failed = await _note(w, entry_id, fmt)
    finally:
        _set_connections(admin, postgres_database_url, allowed=True)
    _told_failure(failed)
    assert failed.response is not None and failed.response.attachments == []
    assert_error(w.env, DBAPIError)  # the database refusing connections, as this test makes it
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.answers == STORED
    await _drafted(await _note(w, entry_id, fmt), fmt)


# -- /setup script reset ----------------------------------------------------------------------


async def _customised(w: World, admin: MemberActor) -> bytes:
    """The server uses its own version 2 of /sparkle."""
    data = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))
    assert_responded(await _upload(w, admin, "sparkle", data), contains="version 2")
    return data


async def _reset(w: World, admin: MemberActor) -> Any:
    return await admin.slash(w.channel, "setup script reset", script="sparkle")


@pytest.fixture
def audit_insert_fails(world: World) -> Iterator[list[bool]]:
    """While the list holds True, the database fails on writing an audit record (at the SQL
    statement, inside whatever transaction writes it)."""
    failing = [True]
    engine = bot_of(world.env).repos.db.writer.sync_engine

    def fail(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if failing[0] and statement.lstrip().upper().startswith("INSERT INTO AUDIT_EVENTS"):
            raise OperationalError(statement, {}, Exception("disk I/O error"))

    event.listen(engine, "before_cursor_execute", fail)
    yield failing
    event.remove(engine, "before_cursor_execute", fail)


@pytest.mark.postgres_too
async def test_a_reset_whose_audit_write_fails_changes_nothing_and_a_retry_resets(
    world: World, admin: MemberActor, audit_insert_fails: list[bool]
) -> None:
    w = world
    audit_insert_fails[0] = False
    data = await _customised(w, admin)
    repos = bot_of(w.env).repos
    audited = await repos.audit.kinds("script")

    audit_insert_fails[0] = True
    failed = await _reset(w, admin)
    _told_failure(failed)
    assert "Reset" not in str([m.content for m in failed.followups])
    assert_error(w.env, OperationalError)
    # Nothing half-written: no reset version without its audit record.
    assert await repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await repos.audit.kinds("script") == audited
    assert not await bot_of(w.env).scripts.uses_default(w.guild.id, "sparkle")

    audit_insert_fails[0] = False
    again = await _reset(w, admin)
    assert_responded(again, contains="**Reset.**", ephemeral=True)
    assert await repos.scripts.latest(w.guild.id, "sparkle") == (3, shipped_source("sparkle"))
    assert await repos.audit.kinds("script") == [
        *audited,
        (admin.id, w.guild.id, "reset:sparkle:v3"),
    ]


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_a_reset_while_sqlite_stays_locked_changes_nothing_and_a_retry_resets(
    world: World, admin: MemberActor, sqlite_database_url: str
) -> None:
    w = world
    data = await _customised(w, admin)
    repos = bot_of(w.env).repos
    audited = await repos.audit.kinds("script")
    locker = _lock_sqlite(sqlite_database_url)
    try:
        failed = await _reset(w, admin)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    _told_failure(failed)
    assert_error(w.env, OperationalError)
    assert await repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await repos.audit.kinds("script") == audited

    again = await _reset(w, admin)
    assert_responded(again, contains="**Reset.**", ephemeral=True)
    assert await repos.scripts.latest(w.guild.id, "sparkle") == (3, shipped_source("sparkle"))
    assert (await repos.audit.kinds("script"))[-1] == (admin.id, w.guild.id, "reset:sparkle:v3")


async def test_a_setting_whose_audit_write_fails_is_not_changed_and_a_retry_changes_it(
    world: World, admin: MemberActor, audit_insert_fails: list[bool]
) -> None:
    w = world
    repos = bot_of(w.env).repos
    audit_insert_fails[0] = True
    failed = await admin.slash(w.channel, "setup minimum", contributors=5)
    _told_failure(failed)
    assert_error(w.env, OperationalError)
    assert (await repos.servers.get(w.guild.id)).min_contributors == 3  # the default stays
    assert await repos.audit.kinds("setup") == []

    audit_insert_fails[0] = False
    again = await admin.slash(w.channel, "setup minimum", contributors=5)
    assert_responded(again, contains="Saved.", ephemeral=True)
    assert (await repos.servers.get(w.guild.id)).min_contributors == 5
    assert await repos.audit.kinds("setup") == [(admin.id, w.guild.id, "min_contributors")]


@pytest.mark.postgres_too
async def test_round_minutes_and_agreement_whose_audit_write_fails_are_not_changed(
    world: World, admin: MemberActor, audit_insert_fails: list[bool]
) -> None:
    w = world
    repos = bot_of(w.env).repos
    audit_insert_fails[0] = True
    failed = await admin.slash(w.channel, "setup round", clarifying=10)
    _told_failure(failed)
    opened = await admin.slash(w.channel, "setup agreement")
    assert opened.modal is not None
    refused = await admin.submit_modal(opened, {"agreement": "We keep it in the room."})
    _told_failure(refused)
    assert_error(w.env, OperationalError)
    assert await repos.round.minutes(w.guild.id) == {}
    assert await repos.round.agreement(w.guild.id) is None
    assert await repos.audit.kinds("setup") == []

    audit_insert_fails[0] = False
    timed = await admin.slash(w.channel, "setup round", clarifying=10)
    assert_responded(timed, contains="Saved.", ephemeral=True)
    opened = await admin.slash(w.channel, "setup agreement")
    assert opened.modal is not None
    saved = await admin.submit_modal(opened, {"agreement": "We keep it in the room."})
    assert_responded(saved, contains="Saved.", ephemeral=True)
    assert await repos.round.minutes(w.guild.id) == {"clarifying": 10}
    assert await repos.round.agreement(w.guild.id) == "We keep it in the room."
    assert await repos.audit.kinds("setup") == [
        (admin.id, w.guild.id, "round"),
        (admin.id, w.guild.id, "agreement"),
    ]


async def test_an_upload_whose_audit_write_fails_changes_nothing_and_a_retry_saves(
    world: World, admin: MemberActor, audit_insert_fails: list[bool]
) -> None:
    """/setup script upload stores the version with its audit record in one transaction: a
    failure on the audit leaves the server's script as it was (members keep the questions
    they had), and the admin's retry stores the version and its record once."""
    w = world
    repos = bot_of(w.env).repos
    data = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))

    audit_insert_fails[0] = True
    failed = await _upload(w, admin, "sparkle", data)
    _told_failure(failed)
    assert "Saved" not in str([m.content for m in failed.followups])
    assert_error(w.env, OperationalError)
    assert await repos.scripts.latest(w.guild.id, "sparkle") is None  # still the default
    assert await repos.audit.kinds("script") == []
    assert await bot_of(w.env).scripts.uses_default(w.guild.id, "sparkle")

    audit_insert_fails[0] = False
    again = await _upload(w, admin, "sparkle", data)
    assert_responded(again, contains="**Saved.**", ephemeral=True)
    assert "version 2" in again.response.content
    assert await repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await repos.audit.kinds("script") == [(admin.id, w.guild.id, "upload:sparkle:v2")]
    third = await _upload(w, admin, "sparkle", data)  # a third click: already the current one
    assert_responded(third, contains="already the current one", ephemeral=True)
    assert len(await repos.audit.kinds("script")) == 1
