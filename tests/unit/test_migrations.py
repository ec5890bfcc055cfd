"""Migrations build exactly the schema the models describe, on every backend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, inspect, select, text

from bot.hours.model import Attestation
from bot.outbox import PostState
from storage.migrate import alembic_config
from storage.repos import Repositories
from storage.repos.notices import notice_in
from storage.tables import Base, Meeting, MeetingPrompt, Round


@pytest.mark.empty_database
async def test_migrated_schema_matches_the_models(database_url: str) -> None:
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: None)  # type: ignore[arg-type, return-value]
    await repos.migrate()

    def diff(conn: Any) -> list[Any]:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)

    async with repos.db.writer.connect() as conn:
        differences = await conn.run_sync(diff)
    await repos.close()
    assert differences == []


@pytest.mark.empty_database
async def test_weeks_posted_before_the_outbox_are_never_posted_again(database_url: str) -> None:
    repos = Repositories.open(
        database_url, b"k" * 32, clock=lambda: datetime(2026, 1, 6, tzinfo=UTC)
    )

    def to_0002(conn: Any) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")

    async with repos.db.write() as conn:
        await conn.run_sync(to_0002)
        await conn.execute(
            text(
                "INSERT INTO summary_posts (guild_id, week_start, claimed_at, channel_id, "
                "message_id) VALUES (1, :week, :at, 7, 99)"
            ),
            {"week": date(2025, 12, 29), "at": datetime(2026, 1, 5, 14, tzinfo=UTC)},
        )
    await repos.migrate()
    post = await repos.outbox.by_slot("summary:1:2025-12-29")
    assert post is not None and post.state is PostState.POSTED
    assert (post.channel_id, post.message_id) == (7, 99)
    # Stamped by the bot's clock, handed to the migration, not by the system clock.
    assert post.created_at == datetime(2026, 1, 6, tzinfo=UTC)
    assert await repos.outbox.claim_summary("summary:1:2025-12-29", 1) is None
    await repos.close()


@pytest.mark.empty_database
async def test_step_outs_recorded_before_0011_are_told_again_not_lost(database_url: str) -> None:
    """Whether their private message reached the presenter was never stored: after the
    migration they count as not told, so that she is told at her next click."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to_0010(conn: Any) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")

    async with repos.db.write() as conn:
        await conn.run_sync(to_0010)
        await conn.execute(
            text(
                "INSERT INTO posts (id, kind, slot, ref, state, guild_id, anonymous, attempts, "
                "created_at, updated_at) VALUES (5, 'share', 'share:5', 'r5', 'posted', 1, "
                ":yes, 0, :at, :at)"
            ),
            {"yes": True, "at": at},
        )
        await conn.execute(
            text("INSERT INTO round_stepouts (post_id, member_key) VALUES (5, :tag)"),
            {"tag": b"t" * 32},
        )
    await repos.migrate()
    assert await repos.round.untold(5) == [b"t" * 32]
    await repos.round.take_untold(5, [b"t" * 32])
    assert await repos.round.untold(5) == []
    await repos.close()


@pytest.mark.empty_database
async def test_a_meeting_set_before_0012_is_prompted_for_member_by_member(
    database_url: str,
) -> None:
    """A meeting stored before the prompts had rows of their own keeps its schedule; its next
    claim stores one pending prompt per member, each with its one-time id."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    ended = datetime(2026, 1, 5, 18, 30, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to_0011(conn: Any) -> None:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011")

    async with repos.db.write() as conn:
        await conn.run_sync(to_0011)
        await conn.execute(  # the meetings table is as 0007 made it
            insert(Meeting).values(
                guild_id=1, day=0, start="18:00", minutes=90, format="video",
                next_end_at=ended, updated_at=at,
            )
        )  # fmt: skip
        await conn.execute(  # the members who asked for prompts
            insert(MeetingPrompt),
            [{"guild_id": 1, "user_id": user, "created_at": at} for user in (7, 8)],
        )
    await repos.migrate()
    assert [(p.guild_id, e) for p, e in await repos.meetings.due(at)] == [(1, ended)]
    following = datetime(2026, 1, 12, 18, 30, tzinfo=UTC)
    assert await repos.meetings.claim(1, ended, following, [(7, "a" * 24), (8, "b" * 24)])
    assert not await repos.meetings.claim(1, ended, following, [(7, "c" * 24)])
    sends = await repos.meetings.sends.due(at)
    assert [(s.user_id, s.once, s.state.value, s.attempts) for s in sends] == [
        (7, "a" * 24, "pending", 0),
        (8, "b" * 24, "pending", 0),
    ]
    assert await repos.meetings.sends.next_at() == ended
    await repos.close()


@pytest.mark.empty_database
async def test_hours_answer_dms_start_empty_and_come_and_go_with_0017(database_url: str) -> None:
    """0017 adds the table of the member's DMs about facilitators' answers: answers given
    before it have none (nothing is sent for them), new ones are stored and due at once, and
    it downgrades and upgrades again cleanly."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async with repos.db.write() as conn:
        await conn.run_sync(to("0016"))
        assert "hours_notices" not in await conn.run_sync(lambda c: inspect(c).get_table_names())
    await repos.migrate()
    assert await repos.notices.due(at) == [] and await repos.notices.next_at() is None
    async with repos.db.write() as conn:
        await conn.run_sync(lambda c: notice_in(c, 1, 2, Attestation.ATTESTED, at))  # no entry 1
        await conn.run_sync(to("0016", down=True))
        assert "hours_notices" not in await conn.run_sync(lambda c: inspect(c).get_table_names())
        await conn.run_sync(to("head"))
    assert await repos.notices.due(at) == []
    await repos.close()


@pytest.mark.empty_database
async def test_a_schedule_set_before_0019_keeps_its_moment(database_url: str) -> None:
    """0019 records when the summary's schedule itself was set: a server set up before it
    takes its `updated_at`, so its weeks are caught up (or skipped) exactly as before; it
    downgrades and upgrades again cleanly."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    set_up = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async with repos.db.write() as conn:
        await conn.run_sync(to("0018"))
        await conn.execute(
            text(
                "INSERT INTO servers (guild_id, timezone, summary_day, summary_time, "
                "summary_channel_id, min_contributors, updated_at) "
                "VALUES (1, 'UTC', 0, '09:00', 7, 3, :at)"
            ),
            {"at": set_up},
        )
    await repos.migrate()
    (settings,) = await repos.servers.scheduled()
    assert settings.schedule_set_at == set_up == settings.updated_at
    await repos.servers.update(1, min_contributors=4)  # another setting: the moment stays
    assert (await repos.servers.get(1)).schedule_set_at == set_up
    await repos.servers.update(1, summary_time="10:00")  # the schedule itself: now
    assert (await repos.servers.get(1)).schedule_set_at == at
    async with repos.db.write() as conn:
        await conn.run_sync(to("0018", down=True))
        await conn.run_sync(to("head"))
    assert (await repos.servers.get(1)).schedule_set_at == at  # backfilled from updated_at
    await repos.close()


def _tags(claim: Any) -> list[bytes]:
    """The step-outs a `take_untold` claimed (none: it claimed nothing)."""
    return [] if claim is None else claim.tags


@pytest.mark.empty_database
async def test_owed_notices_from_before_0020_stay_owed_and_claims_come_and_go(
    database_url: str,
) -> None:
    """0020 stores when a step-out notice or a keep offer was claimed for sending: those owed
    before it are unclaimed (owed still), those told stay told; a claim lapses after
    `OWED_CLAIM_HOLD`; it downgrades (claims dropped: owed again) and upgrades cleanly."""
    from bot.round.models import OWED_CLAIM_HOLD

    now = [datetime(2026, 1, 6, tzinfo=UTC)]
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: now[0])

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async with repos.db.write() as conn:
        await conn.run_sync(to("0019"))
        at = {"yes": True, "no": False, "at": now[0]}
        await conn.execute(
            text(
                "INSERT INTO posts (id, kind, slot, ref, state, guild_id, anonymous, attempts, "
                "created_at, updated_at) VALUES (5, 'share', 'share:5', 'r5', 'posted', 1, "
                ":yes, 0, :at, :at)"
            ),
            at,
        )
        await conn.execute(
            text(
                "INSERT INTO rounds (post_id, guild_id, phase, phase_since, created_at, "
                "keep_offer_owed) VALUES (5, 1, 'closed', :at, :at, :yes)"
            ),
            at,
        )
        await conn.execute(
            text(
                "INSERT INTO round_stepouts (post_id, member_key, told) VALUES "
                "(5, :owed, :no), (5, :done, :yes)"
            ),
            at | {"owed": b"o" * 32, "done": b"d" * 32},
        )
    await repos.migrate()
    assert await repos.round.untold(5) == [b"o" * 32]
    assert _tags(await repos.round.take_untold(5, [b"o" * 32, b"d" * 32])) == [b"o" * 32]
    assert await repos.round.take_keep_offer(5)
    assert await repos.round.untold(5) == [] and not await repos.round.take_keep_offer(5)
    now[0] += OWED_CLAIM_HOLD + timedelta(seconds=1)  # the claims' process stopped: lapsed
    assert _tags(await repos.round.take_untold(5, [b"o" * 32])) == [b"o" * 32]
    assert await repos.round.take_keep_offer(5)
    async with repos.db.write() as conn:
        await conn.run_sync(to("0019", down=True))
        await conn.run_sync(to("head"))
    assert await repos.round.untold(5) == [b"o" * 32]  # claims dropped: owed again
    assert await repos.round.take_keep_offer(5)
    await repos.round.told(5, [b"o" * 32])
    await repos.round.keep_offer_given(5)
    now[0] += OWED_CLAIM_HOLD * 2
    assert await repos.round.untold(5) == [] and not await repos.round.take_keep_offer(5)
    await repos.close()


@pytest.mark.empty_database
async def test_a_reminder_set_before_0021_keeps_its_zone(database_url: str) -> None:
    """0021 records which server's time zone a reminder follows: one set before it follows
    none (it keeps the zone it was set with, as before), so a server's new zone leaves it; one
    set since in a server follows it. It downgrades and upgrades again cleanly."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    due = datetime(2026, 1, 8, 9, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async def rezone(zone: str) -> int:
        count = [0]

        def along(conn: Any) -> None:
            later = repos.practitioners.rezoned(5, zone, lambda r: r.next_at.replace(hour=14))
            count[0] = later(conn)

        await repos.servers.update(5, timezone=zone, along=along)
        return count[0]

    async with repos.db.write() as conn:
        await conn.run_sync(to("head"))
        await conn.run_sync(to("0020", down=True))  # just before 0021
        await conn.execute(
            text(
                "INSERT INTO practitioners (user_id, created_at, remind_day, remind_time, "
                "remind_tz, remind_next_at) VALUES (1, :at, 3, '09:00', 'Europe/London', :due)"
            ),
            {"at": at, "due": due},
        )
    await repos.migrate()
    before = await repos.practitioners.reminder(1)
    assert before is not None and before.follows_guild is None
    assert await rezone("America/New_York") == 0
    assert await repos.practitioners.reminder(1) == before
    await repos.practitioners.set_reminder(
        1, day=3, time="09:00", timezone="UTC", next_at=due, follows_guild=5
    )
    assert await rezone("America/New_York") == 1
    after = await repos.practitioners.reminder(1)
    assert after is not None and (after.timezone, after.next_at.hour) == ("America/New_York", 14)
    async with repos.db.write() as conn:
        await conn.run_sync(to("0020", down=True))
        await conn.run_sync(to("head"))
    again = await repos.practitioners.reminder(1)
    assert again is not None and again.follows_guild is None  # the column came back empty
    await repos.close()


@pytest.mark.empty_database
async def test_an_entry_from_before_0022_names_no_reviewed_step(database_url: str) -> None:
    """0022 stores which entry's next step an entry's step review answers: an entry written
    before it names none (its review is paired by time, as before); one saved since names the
    step its page named, only one of the author's own complete entries. It downgrades and
    upgrades again cleanly."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async with repos.db.write() as conn:
        await conn.run_sync(to("head"))
        await conn.run_sync(to("0021", down=True))  # just before 0022
        inserted = await conn.execute(
            text(
                "INSERT INTO entries (author_id, kind, status, next_page, consent_summary, "
                "created_at, updated_at, completed_at) VALUES "
                "(1, 'sparkle', 'complete', 3, false, :at, :at, :at) RETURNING id"
            ),
            {"at": at},
        )
        step = inserted.scalar_one()
    await repos.migrate()
    old = await repos.entries.get(step, 1)
    assert old is not None and old.reviewed_step_id is None

    async def review(author: int, step: int) -> int | None:
        saved = await repos.entries.save_page(
            entry_id=None, author_id=author, kind="exception", guild_id=None,
            answers={"last_step": "It went well."}, advance_to=1, reviewed_step=step,
        )  # fmt: skip
        assert saved is not None
        return saved.reviewed_step_id

    assert await review(1, step) == step
    assert await review(2, step) is None  # another author's entry is never named
    assert await review(1, step + 99) is None  # nor one that does not exist
    draft = await repos.entries.save_page(
        entry_id=None, author_id=1, kind="sparkle", guild_id=None, answers={}, advance_to=1
    )
    assert draft is not None and await review(1, draft.id) is None  # nor a draft
    async with repos.db.write() as conn:
        await conn.run_sync(to("0021", down=True))
        await conn.run_sync(to("head"))
    assert {e.reviewed_step_id for e in (await repos.entries.list_for_author(1)).items} == {None}
    await repos.close()


@pytest.mark.empty_database
async def test_a_round_from_before_0023_is_shown_on_its_share_post(database_url: str) -> None:
    """0023 names the message of a round's thread that shows it once a moderator deleted its
    share's post: a round from before it names none (it is shown on the post, as before); one
    moved since names its message, once (compare-and-set). It downgrades and upgrades again
    cleanly."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async with repos.db.write() as conn:
        await conn.run_sync(to("head"))
        await conn.run_sync(to("0022", down=True))  # just before 0023
        post = (
            await conn.execute(
                text(
                    "INSERT INTO posts (kind, slot, ref, state, guild_id, channel_id, "
                    "message_id, anonymous, attempts, created_at, updated_at) VALUES "
                    "('share', 'share:1', 'abcd1234', 'posted', 7, 70, 700, true, 0, :at, :at) "
                    "RETURNING id"
                ),
                {"at": at},
            )
        ).scalar_one()
        await conn.execute(
            text(
                "INSERT INTO rounds (post_id, guild_id, phase, phase_since, created_at, "
                "keep_offer_owed) VALUES (:post, 7, 'affirmations', :at, :at, false)"
            ),
            {"post": post, "at": at},
        )
    await repos.migrate()
    old = await repos.round.get(post)
    assert old is not None and old.controls_message_id is None and old.controls_channel_id is None
    assert await repos.round.in_thread(700) == post  # its thread: the message's id
    assert await repos.round.move_controls(post, None, 700, 701)
    assert not await repos.round.move_controls(post, None, 700, 702)  # moved already
    moved = await repos.round.get(post)
    assert moved is not None and (moved.controls_channel_id, moved.controls_message_id) == (
        700,
        701,
    )
    assert await repos.round.end(post) and not await repos.round.end(post)  # ends once
    assert await repos.round.take_ended_notice(post)  # its notice is owed, and taken once
    assert not await repos.round.take_ended_notice(post)
    async with repos.db.write() as conn:
        await conn.run_sync(to("0022", down=True))
        await conn.run_sync(to("head"))
    again = await repos.round.get(post)
    assert again is not None and again.controls_message_id is None
    await repos.close()


@pytest.mark.empty_database
async def test_prompts_chosen_before_0024_stay_on_and_off_goes_on_downgrade(
    database_url: str,
) -> None:
    """0024 keeps each member's own choice of meeting prompts, on or off (the group's members
    get them by default): a row from before it was a member who turned them on, and stays on.
    Downgrading drops the choices to be off (before it, no row meant off); upgrading again
    works."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    async with repos.db.write() as conn:
        await conn.run_sync(to("head"))
        await conn.run_sync(to("0023", down=True))  # just before 0024
        await conn.execute(
            text(
                "INSERT INTO meeting_prompts (guild_id, user_id, created_at) VALUES "
                "(1, 7, :at), (1, 8, :at)"
            ),
            {"at": at},
        )
    await repos.migrate()
    assert await repos.meetings.prompted(1) == [7, 8]
    await repos.meetings.set_prompt(1, 8, False)
    assert await repos.meetings.prompted(1) == [7]
    async with repos.db.write() as conn:
        await conn.run_sync(to("0023", down=True))
        kept = (await conn.execute(text("SELECT user_id FROM meeting_prompts"))).scalars()
        assert sorted(kept) == [7]
        await conn.run_sync(to("head"))
    assert await repos.meetings.prompted(1) == [7]
    assert await repos.meetings.asks(1, 7) and not await repos.meetings.asks(1, 8)
    await repos.close()


@pytest.mark.empty_database
async def test_a_closing_from_before_0025_is_dated_by_its_first_write(database_url: str) -> None:
    """0025 stores when a round's closing was written: one written before it is dated by its
    closing post's creation (or, its post gone, by the round's last change of phase); a round
    with no closing has no date. It downgrades and upgrades again cleanly."""
    at = datetime(2026, 1, 20, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    shared, written, closed = (datetime(2026, 1, d, 9, tzinfo=UTC) for d in (2, 9, 10))
    post = text(
        "INSERT INTO posts (kind, slot, ref, state, guild_id, anonymous, attempts, created_at, "
        "updated_at) VALUES (:kind, :slot, 'abcd1234', 'posted', 7, true, 0, :at, :late) "
        "RETURNING id"
    )
    round_ = text(
        "INSERT INTO rounds (post_id, guild_id, phase, closing, phase_since, created_at, "
        "keep_offer_owed) VALUES (:post, 7, :phase, :closing, :since, :shared, false)"
    )
    async with repos.db.write() as conn:
        await conn.run_sync(to("head"))
        await conn.run_sync(to("0024", down=True))  # just before 0025
        ids = []
        for n, (phase, closing) in enumerate(
            (("closed", b"sealed"), ("closed", b"sealed"), ("reflections", None))
        ):
            share = {"kind": "share", "slot": f"share:{n}", "at": shared, "late": shared}
            ids.append((await conn.execute(post, share)).scalar_one())
            fields = {"phase": phase, "closing": closing, "since": closed, "shared": shared}
            await conn.execute(round_, {"post": ids[-1], **fields})
        # the first round's closing post: created when the closing was written, changed since
        slot = f"closing:{ids[0]}"
        await conn.execute(post, {"kind": "closing", "slot": slot, "at": written, "late": at})
    await repos.migrate()

    async def dates() -> list[datetime | None]:
        async with repos.db.read() as session:
            rows = await session.execute(
                select(Round.closing_at).where(Round.post_id.in_(ids)).order_by(Round.post_id)
            )
            return list(rows.scalars())

    assert await dates() == [written, closed, None]
    async with repos.db.write() as conn:
        await conn.run_sync(to("0024", down=True))
        await conn.run_sync(to("head"))
    assert await dates() == [written, closed, None]
    await repos.close()


@pytest.mark.empty_database
async def test_0026_indexes_the_lookups_made_on_every_meeting_and_command(
    database_url: str,
) -> None:
    """0026 adds an index for each lookup that read a whole table on every meeting or
    command; it downgrades (the indexes go, the rows stay) and upgrades again cleanly."""
    at = datetime(2026, 1, 6, tzinfo=UTC)
    repos = Repositories.open(database_url, b"k" * 32, clock=lambda: at)
    added = {
        "hours_log": {"ix_hours_log_guild": ["guild_id"]},
        "meeting_sends": {"ix_meeting_sends_once": ["once"]},
        "rounds": {"ix_rounds_entry": ["entry_id"]},
        "hours_notices": {"ix_hours_notices_hours": ["hours_id"]},
        "audit_events": {"ix_audit_events_subject": ["kind", "guild_id", "subject"]},
    }

    def to(revision: str, down: bool = False) -> Any:
        def run(conn: Any) -> None:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)

        return run

    def indexes(conn: Any) -> dict[str, dict[str, list[str]]]:
        found = inspect(conn)
        return {
            table: {
                i["name"]: list(i["column_names"])
                for i in found.get_indexes(table)
                if i["name"] in added[table]
            }
            for table in added
        }

    async with repos.db.write() as conn:
        await conn.run_sync(to("head"))
        assert await conn.run_sync(indexes) == added
        await conn.execute(
            text(
                "INSERT INTO meeting_sends (guild_id, ended_at, user_id, once, state, attempts, "
                "created_at) VALUES (1, :at, 7, 'once-7', 'sent', 0, :at)"
            ),
            {"at": at},
        )
        await conn.run_sync(to("0025", down=True))
        assert await conn.run_sync(indexes) == {table: {} for table in added}
        await conn.run_sync(to("head"))
        assert await conn.run_sync(indexes) == added
    assert await repos.meetings.once_owner("once-7") == 7
    await repos.close()
