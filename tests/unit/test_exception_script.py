"""The client-exception debrief script loads, fits Discord, and asks what the notes need."""

from __future__ import annotations

import pytest

from bot.conversation.engine import check_page
from bot.conversation.roles import Role
from bot.conversation.script import (
    COMPONENTS_PER_MODAL,
    LABEL_MAX,
    LIBRARY,
    MODAL_TITLE_MAX,
    QuestionKind,
    Script,
    library,
    load_script,
)
from bot.notes.fields import DESIGNATIONS

IDS = [
    "last_step",
    "area",
    "problem",
    "goal",
    "area_other",
    "exception",
    "different",
    "noticed",
    "client_did",
    "present",
    "questions_used",
    "response",
    "next_step",
    "count",
]
AREAS = {"anxiety", "low_mood", "relationship", "substance_use", "grief", "trauma", "other"}


@pytest.fixture(scope="module")
def script() -> Script:
    return load_script(LIBRARY / "exception.toml")


def test_loads_with_its_id_and_name(script: Script) -> None:
    assert script.id == "exception"
    assert script.name == "Client-exception debrief"
    assert library()["exception"] == script


def test_fits_discord_modals(script: Script) -> None:
    assert 3 <= len(script.pages) <= 4
    for page in script.pages:
        assert len(page.title) <= MODAL_TITLE_MAX
        assert len(page.questions) <= COMPONENTS_PER_MODAL
        assert all(len(q.label) <= LABEL_MAX for q in page.questions)


def test_asks_every_question_once_in_order(script: Script) -> None:
    assert [q.id for q in script.questions()] == IDS


def test_required_questions_are_the_minimal_set(script: Script) -> None:
    assert {q.id for q in script.questions() if q.required} == {
        "area",
        "problem",
        "exception",
        "count",
    }


def test_area_is_a_choice_the_notes_can_name(script: Script) -> None:
    area = script.question("area")
    assert area is not None
    assert area.kind is QuestionKind.CHOICE
    assert {c.value for c in area.choices} == AREAS
    assert area.role is Role.AREA
    assert all(script.choice_label(Role.AREA, value) for value in AREAS)


def test_count_is_a_short_number_from_0_to_20(script: Script) -> None:
    count = script.question("count")
    assert count is not None
    assert count.kind is QuestionKind.NUMBER
    assert (count.min_value, count.max_value, count.paragraph) == (0, 20, False)


def test_every_question_has_gap_wording_for_the_notes(script: Script) -> None:
    """Except the follow-up of the practitioner's own last step: not part of the client's note."""
    missing = [q for q in script.questions() if not q.feeds.note]
    assert [q.role for q in missing] == [Role.STEP_REVIEW]


@pytest.mark.parametrize(("typed", "ok"), [("1", True), ("one", True), ("0", True), ("21", False)])
def test_count_answers_are_checked(script: Script, typed: str, ok: bool) -> None:
    page = next(p for p in script.pages if any(q.id == "count" for q in p.questions))
    assert check_page(page, {"count": typed}).ok is ok


def test_area_outside_the_choices_is_refused(script: Script) -> None:
    page = script.pages[0]
    raw = {"area": "boredom", "problem": "It is always the same."}
    assert check_page(page, raw).problems.keys() == {"area"}
    assert check_page(page, raw | {"area": "low_mood"}).ok


def test_first_page_keeps_its_three_questions(script: Script) -> None:
    """After the optional follow-up of the last next step, which the form shows only when
    there is one (bot/conversation/followup.py)."""
    first = script.pages[0]
    assert [q.id for q in first.questions] == ["last_step", "area", "problem", "goal"]
    assert first.questions[0].role is Role.STEP_REVIEW and not first.questions[0].required


def test_who_was_in_the_session_is_a_choice_the_notes_can_name(script: Script) -> None:
    present = script.question("present")
    assert present is not None
    assert present.kind is QuestionKind.CHOICE
    assert not present.required  # older entries and skipped answers render as a gap
    assert {c.value for c in present.choices} == set(DESIGNATIONS)


def test_other_area_is_a_short_optional_answer(script: Script) -> None:
    other = script.question("area_other")
    assert other is not None
    assert other.kind is QuestionKind.TEXT
    assert not other.required and not other.paragraph
    assert "Something else" in (other.description or "") + other.label


def test_questions_ask_for_what_the_note_needs(script: Script) -> None:
    def asked(question_id: str) -> str:
        question = script.question(question_id)
        assert question is not None
        return f"{question.label} {question.description} {question.placeholder}".lower()

    assert "third person" in asked("client_did")
    assert "third person" in asked("response")
    assert "no one" in asked("noticed")
    assert "not one word" in asked("different")
    assert "one line per occasion" in asked("exception")
    assert "each separate occasion" in asked("count")
    assert "their words" in asked("problem") and "your summary" in asked("problem")
