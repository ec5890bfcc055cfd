"""Next-step follow-up: which step a new entry asks about, the page it shows, the pairing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.conversation import engine
from bot.conversation.followup import (
    followed_steps,
    next_steps,
    reviewed_step,
    shown_page,
    step_before,
)
from bot.conversation.roles import Role
from bot.conversation.script import ScriptError, library, parse_script
from bot.hours.whatworks import summary_text, what_works
from bot.inert import bidi_closers
from bot.models import EntryRecord, EntryStatus

SCRIPTS = library()
START = datetime(2026, 1, 1, tzinfo=UTC)


def _entry(
    i: int, kind: str, *, draft: bool = False, reviews: int | None = None, **by_role: str
) -> EntryRecord:
    at = START + timedelta(days=i)
    script = SCRIPTS[kind]
    answers = {q.id: by_role[q.role.value] for q in script.questions() if q.role.value in by_role}
    return EntryRecord(
        id=i, author_id=1, guild_id=None, kind=kind,
        status=EntryStatus.DRAFT if draft else EntryStatus.COMPLETE,
        next_page=3, consent_summary=False, created_at=at, updated_at=at,
        completed_at=None if draft else at + timedelta(hours=1), answers=answers,
        reviewed_step_id=reviews,
    )  # fmt: skip


def _script_of(e: EntryRecord):
    return SCRIPTS.get(e.kind)


def _review_id(kind: str) -> str:
    question = SCRIPTS[kind].with_role(Role.STEP_REVIEW)
    assert question is not None
    return question.id


def test_the_latest_complete_step_before_an_entry_is_the_one_asked_about() -> None:
    entries = [
        _entry(1, "sparkle", next_step="Pause more."),
        _entry(2, "exception", plan="The client's plan is not my step."),
        _entry(3, "sparkle", next_step="Ask what else."),
        _entry(4, "sparkle", next_step="Unfinished step.", draft=True),
        _entry(5, "sparkle", next_step="   "),
    ]
    steps = next_steps(entries, _script_of)
    assert [s.text for s in steps] == ["Pause more.", "Ask what else."]
    latest = step_before(steps)
    assert latest is not None and latest.text == "Ask what else."
    # Editing entry 3 asks about the step before it, never about its own.
    before_3 = step_before(steps, entries[2].created_at, exclude=3)
    assert before_3 is not None and before_3.text == "Pause more."
    assert step_before(steps, entries[0].created_at, exclude=1) is None
    assert step_before([]) is None


@pytest.mark.parametrize("typed", ["\u202e" * 120, "\u2066abc " * 30, "\u202eshort"])
def test_a_step_leaving_bidi_controls_open_is_closed_within_the_limit(typed: str) -> None:
    page = SCRIPTS["sparkle"].pages[0]
    step = next_steps([_entry(1, "sparkle", next_step=typed)], _script_of)[0]
    shown = shown_page(page, step, {})
    (question,) = [q for q in shown.questions if q.id == _review_id("sparkle")]
    about = question.description or ""
    assert len(about) <= 100 and about.endswith(("”", "…"))
    assert not bidi_closers(about[:-1])  # nothing left open before the bot's last mark


@pytest.mark.parametrize("kind", ["sparkle", "exception"])
def test_the_page_names_the_step_or_leaves_the_question_out(kind: str) -> None:
    page = SCRIPTS[kind].pages[0]
    review = _review_id(kind)
    step = next_steps([_entry(1, "sparkle", next_step="Pause " * 40)], _script_of)[0]

    shown = shown_page(page, step, {})
    question = next(q for q in shown.questions if q.id == review)
    assert question.description is not None
    assert question.description.startswith("Your last step: “Pause Pause")
    assert len(question.description) == 100 and question.description.endswith("…")
    assert [q.id for q in shown.questions] == [q.id for q in page.questions]

    hidden = shown_page(page, None, {})
    assert review not in [q.id for q in hidden.questions]
    assert len(hidden.questions) == len(page.questions) - 1
    # An answer already given stays on the form even when its step is gone.
    kept = shown_page(page, None, {review: "It went well."})
    assert review in [q.id for q in kept.questions]


def test_a_hidden_review_is_neither_stored_nor_checked() -> None:
    page = SCRIPTS["sparkle"].pages[0]
    review = _review_id("sparkle")
    check = engine.check_page(page, {"moment": "A smile.", "signs": "Eyes."})
    assert check.ok and review not in check.answers
    shown = engine.check_page(page, {review: "", "moment": "A smile.", "signs": "Eyes."})
    assert shown.ok and shown.answers[review] == ""


def test_a_script_cannot_require_the_review() -> None:
    data = {
        "id": "sparkle",
        "name": "Demo",
        "pages": [
            {
                "title": "Page",
                "questions": [
                    {"id": "r", "label": "How did it go?", "role": "step_review"},
                    {"id": "m", "label": "Moment", "role": "moment"},
                    {"id": "d", "label": "Doing", "role": "doing"},
                    {"id": "s", "label": "Scale", "role": "scale", "kind": "scale"},
                    {"id": "n", "label": "Step", "role": "next_step"},
                ],
            }
        ],
    }
    with pytest.raises(ScriptError, match=r"step_review.*optional text question"):
        parse_script(data)
    data["pages"][0]["questions"][0]["required"] = False
    assert parse_script(data).with_role(Role.STEP_REVIEW) is not None


def test_whatworks_pairs_each_step_with_the_follow_up_written_after_it() -> None:
    entries = [
        _entry(1, "sparkle", next_step="Pause more."),
        _entry(3, "exception", step_review="I paused twice."),
        _entry(5, "sparkle", next_step="Ask what else.", step_review="Paused, it helped."),
        _entry(7, "sparkle", step_review="Asked it once.", scale="6"),
        _entry(9, "sparkle", step_review="A draft's review.", draft=True),
    ]
    pairs = followed_steps(entries, _script_of)
    assert [(p.step, p.review) for p in pairs] == [
        ("Ask what else.", "Asked it once."),
        ("Pause more.", "Paused, it helped."),
        ("Pause more.", "I paused twice."),
    ]
    text = summary_text(what_works(entries, _script_of), "all time")
    assert "How my next steps went:" in text
    assert "• 2026-01-06: Ask what else. → 2026-01-08: Asked it once." in text
    # A follow-up whose step is before the period still shows what was written.
    later = followed_steps(entries[3:], _script_of)
    assert later[0].step_at is None
    assert "a step from before this period → 2026-01-08: Asked it once." in summary_text(
        what_works(entries[3:], _script_of), "last 30 days"
    )
    assert "How my next steps went" not in summary_text(
        what_works(entries[:1], _script_of), "all time"
    )


def test_a_review_pairs_with_the_step_its_page_named_not_a_later_one() -> None:
    """Entry 4's page named entry 1's step; entry 2, with another step, was completed while
    that page was open, before entry 4 was created: the review still answers entry 1's step."""
    entries = [
        _entry(1, "sparkle", next_step="Pause more."),
        _entry(2, "sparkle", next_step="Ask what else."),
        _entry(4, "exception", step_review="I paused twice.", reviews=1),
        _entry(6, "sparkle", step_review="Asked it once.", reviews=2),
    ]
    steps = next_steps(entries, _script_of)
    named = reviewed_step(entries[2], steps)
    assert named is not None and named.text == "Pause more."
    by_time = step_before(steps, entries[2].created_at, exclude=4)
    assert by_time is not None and by_time.text == "Ask what else."  # what time alone gives
    pairs = followed_steps(entries, _script_of)
    assert [(p.step, p.review) for p in pairs] == [
        ("Ask what else.", "Asked it once."),
        ("Pause more.", "I paused twice."),
    ]
    assert pairs[1].step_at == entries[0].completed_at
    text = summary_text(what_works(entries, _script_of), "all time")
    assert "• 2026-01-02: Pause more. → 2026-01-05: I paused twice." in text


def test_a_named_step_outside_the_entries_is_from_before_the_period() -> None:
    """A named step not among the entries looked at (before the period, or deleted since) is
    never replaced by another step: the review shows with a step from before the period."""
    entries = [
        _entry(2, "sparkle", next_step="Ask what else."),
        _entry(4, "exception", step_review="I paused twice.", reviews=1),
    ]
    assert reviewed_step(entries[1], next_steps(entries, _script_of)) is None
    (pair,) = followed_steps(entries, _script_of)
    assert (pair.step_at, pair.step, pair.review) == (None, "", "I paused twice.")
    assert "a step from before this period → 2026-01-05: I paused twice." in summary_text(
        what_works(entries, _script_of), "last 30 days"
    )


def test_a_review_stored_before_steps_were_named_is_paired_by_time() -> None:
    entries = [
        _entry(1, "sparkle", next_step="Pause more."),
        _entry(2, "sparkle", next_step="Ask what else."),
        _entry(4, "exception", step_review="Asked it."),
    ]
    steps = next_steps(entries, _script_of)
    by_time = reviewed_step(entries[2], steps)
    assert by_time is not None and by_time.text == "Ask what else."
    assert [(p.step, p.review) for p in followed_steps(entries, _script_of)] == [
        ("Ask what else.", "Asked it.")
    ]
