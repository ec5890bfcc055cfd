"""What works for me, read by role from any script version, and its chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.conversation.script import library
from bot.hours.chart import render_scale_chart
from bot.hours.whatworks import alt_text, since, summary_text, what_works
from bot.models import EntryRecord, EntryStatus

SCRIPTS = library()


def _entry(i: int, kind: str, answers: dict[str, str], *, draft: bool = False) -> EntryRecord:
    at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=i)
    return EntryRecord(
        id=i, author_id=1, guild_id=None, kind=kind,
        status=EntryStatus.DRAFT if draft else EntryStatus.COMPLETE,
        next_page=3, consent_summary=False, created_at=at, updated_at=at, answers=answers,
    )  # fmt: skip


def _answers(kind: str, **by_role: str) -> dict[str, str]:
    script = SCRIPTS[kind]
    return {q.id: by_role[q.role.value] for q in script.questions() if q.role.value in by_role}


def test_reads_answers_by_role_across_scripts() -> None:
    entries = [
        _entry(2, "sparkle", _answers("sparkle", scale="seven", doing="I paused.", noticed="Peer")),
        _entry(1, "sparkle", _answers("sparkle", scale="11", next_step="Wait longer.")),
        _entry(3, "exception", _answers("exception", different="We used a scaling question.")),
        _entry(4, "sparkle", _answers("sparkle", scale="2"), draft=True),
    ]
    works = what_works(entries, lambda e: SCRIPTS.get(e.kind))
    assert works.reflections == 3
    assert works.scale == ((date(2026, 1, 3), 7),)  # 11 is off the scale; drafts never count
    assert ("Silence and waiting", 1) in works.moves
    assert works.noticed == ((date(2026, 1, 3), "Peer"),)
    assert works.next_steps == ((date(2026, 1, 2), "Wait longer."),)
    assert "first 7, latest 7" in alt_text(works)


def test_nothing_yet_and_periods() -> None:
    works = what_works([], lambda e: None)
    assert "No complete reflections" in summary_text(works, "all time")
    assert alt_text(works) == "No 0-10 scale answers in this period."
    assert since("all", date(2026, 5, 1)) is None
    assert since("30", date(2026, 5, 1)) == date(2026, 4, 1)


def test_chart_is_a_png_for_one_or_many_points() -> None:
    one = render_scale_chart([(date(2026, 1, 1), 5)])
    many = render_scale_chart([(date(2026, 1, d), d % 11) for d in range(1, 29)])
    assert one.startswith(b"\x89PNG") and many.startswith(b"\x89PNG")
