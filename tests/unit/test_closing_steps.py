"""A round's closing's next step, saved to its entry, is that entry's next step where it has
none of its own: asked about next and listed in /whatworks, labelled as from the round."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.conversation.followup import (
    FROM_ROUND,
    entry_step,
    followed_steps,
    next_steps,
    shown_page,
    step_before,
)
from bot.conversation.roles import Role
from bot.conversation.script import library
from bot.hours.whatworks import RoundStep, summary_text, what_works
from bot.models import EntryRecord, EntryStatus

SCRIPTS = library()
START = datetime(2026, 1, 1, tzinfo=UTC)


def _entry(i: int, kind: str, closing: str = "", reviews: int | None = None, **by_role: str):
    at = START + timedelta(days=i)
    script = SCRIPTS[kind]
    answers = {q.id: by_role[q.role.value] for q in script.questions() if q.role.value in by_role}
    return EntryRecord(
        id=i, author_id=1, guild_id=None, kind=kind, status=EntryStatus.COMPLETE,
        next_page=3, consent_summary=False, created_at=at, updated_at=at,
        completed_at=at, answers=answers, closing_step=closing, reviewed_step_id=reviews,
    )  # fmt: skip


def _script_of(e: EntryRecord):
    return SCRIPTS.get(e.kind)


def test_the_entrys_own_step_first_then_its_closings() -> None:
    own = _entry(1, "sparkle", closing="Ask more.", next_step="Pause.")
    assert entry_step(own, SCRIPTS["sparkle"]) == ("Pause.", False)
    debrief = _entry(2, "exception", closing=" Ask more. ", plan="The client's plan.")
    assert entry_step(debrief, SCRIPTS["exception"]) == ("Ask more.", True)
    assert entry_step(_entry(3, "exception"), SCRIPTS["exception"]) == ("", False)
    steps = next_steps([own, debrief], _script_of)
    assert [(s.entry_id, s.text, s.from_round) for s in steps] == [
        (1, "Pause.", False),
        (2, "Ask more.", True),
    ]


def test_the_review_names_a_closings_step_as_from_the_round() -> None:
    (step,) = next_steps([_entry(1, "exception", closing="Ask more.")], _script_of)
    page = SCRIPTS["sparkle"].pages[0]
    (review,) = [q for q in shown_page(page, step, {}).questions if q.role is Role.STEP_REVIEW]
    assert review.description == f"Your last step{FROM_ROUND}: “Ask more.”"


def test_whatworks_labels_the_closings_step_and_its_follow_up() -> None:
    debrief = _entry(1, "exception", closing="Ask more.")
    later = _entry(2, "sparkle", reviews=1, step_review="It helped.", next_step="Pause.")
    works = what_works([debrief, later], _script_of)
    assert works.next_steps == ((date(2026, 1, 3), "Pause."), (date(2026, 1, 2), "Ask more."))
    assert isinstance(works.next_steps[1], RoundStep)
    assert not isinstance(works.next_steps[0], RoundStep)
    (followed,) = followed_steps([debrief, later], _script_of)
    assert followed.step == "Ask more." and followed.step_from_round
    text = summary_text(works, "all time")
    assert "• 2026-01-02 (from the round): Ask more.\n" in text
    assert "• 2026-01-03: Pause." in text
    assert "• 2026-01-02 (from the round): Ask more. → 2026-01-03: It helped." in text


def test_a_closings_step_is_dated_and_ordered_by_when_the_closing_was_written() -> None:
    """A debrief of 2 January whose round closed on 9 January, and a reflection of 5 January:
    the closing's step is the later one, in her next steps, beside its follow-up, and as the
    step a new entry asks about."""
    closed = START + timedelta(days=8, hours=20)
    debrief = _entry(1, "exception", closing="Ask more.").model_copy(
        update={"closing_step_at": closed}
    )
    own = _entry(4, "sparkle", next_step="Pause.")
    later = _entry(9, "sparkle", reviews=1, step_review="It helped.")
    steps = next_steps([debrief, own], _script_of)
    assert [(s.entry_id, s.written_at) for s in steps] == [(4, own.created_at), (1, closed)]
    assert step_before(steps, later.created_at) == steps[-1]
    works = what_works([debrief, own, later], _script_of)
    assert works.next_steps == ((date(2026, 1, 9), "Ask more."), (date(2026, 1, 5), "Pause."))
    assert isinstance(works.next_steps[0], RoundStep)
    text = summary_text(works, "all time")
    assert "• 2026-01-09 (from the round): Ask more. → 2026-01-10: It helped." in text
    # by her own day: in Auckland the closing was written on 10 January
    auckland = what_works([debrief, own, later], _script_of, ZoneInfo("Pacific/Auckland"))
    assert auckland.next_steps[0] == (date(2026, 1, 10), "Ask more.")


def test_a_closing_from_before_its_moment_was_stored_keeps_its_entrys_date() -> None:
    (step,) = next_steps([_entry(1, "exception", closing="Ask more.")], _script_of)
    assert step.written_at == START + timedelta(days=1)


def test_a_period_lists_a_round_step_closed_in_it_on_an_entry_from_before_it() -> None:
    """The last 30 days from 1 February: a debrief of 2 January whose round closed on
    9 February (`earlier`) gives only its round step, dated by the closing, and the follow-up
    of 10 February is paired with it, not with "a step from before this period"; an earlier
    entry's own step, or its follow-up, is not looked at."""
    closed = START + timedelta(days=39)
    debrief = _entry(1, "exception", closing="Ask more.", step_review="Old review.")
    debrief = debrief.model_copy(update={"closing_step_at": closed})
    own = _entry(3, "sparkle", closing="Not this.", next_step="Pause.")
    own = own.model_copy(update={"closing_step_at": closed})
    later = _entry(40, "sparkle", reviews=1, step_review="It helped.", next_step="Slow down.")
    works = what_works([later], _script_of, earlier=[debrief, own])
    assert works.reflections == 1
    assert works.next_steps == ((date(2026, 2, 10), "Slow down."), (date(2026, 2, 9), "Ask more."))
    assert isinstance(works.next_steps[1], RoundStep)
    (followed,) = works.followed
    assert (followed.step, followed.review, followed.step_from_round) == (
        "Ask more.",
        "It helped.",
        True,
    )
    text = summary_text(works, "last 30 days")
    assert "• 2026-02-09 (from the round): Ask more. → 2026-02-10: It helped." in text
    assert "Pause." not in text and "Old review." not in text and "Not this." not in text
    alone = summary_text(what_works([], _script_of, earlier=[debrief]), "last 30 days")
    assert alone.startswith("**What works for me** (last 30 days: 0 reflections)\n")
    assert "• 2026-02-09 (from the round): Ask more.\n" in alone
    nothing = summary_text(what_works([], _script_of, earlier=[own]), "last 30 days")
    assert nothing.startswith("No complete reflections in the last 30 days.")
