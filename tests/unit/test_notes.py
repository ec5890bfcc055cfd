"""Draft note skeletons: structure, careful clinical wording, gaps, escaping and redaction.

Golden files under tests/golden/notes are compared byte for byte; run with UPDATE_GOLDEN=1
to rewrite them after an intended wording change.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from jinja2 import StrictUndefined, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from bot.limits import CONTENT_MAX
from bot.notes import NoteFormat, render_note
from bot.notes.escape import neutralise
from bot.notes.fields import MISSING
from bot.notes.render import environment
from tests.unit.notes_debriefs import TEXT_FIELDS, gap

GOLDEN = Path(__file__).parents[1] / "golden" / "notes"
GAP = "[clinician to complete:"

COMPLETE = {
    "area": "low_mood",
    "problem": "I get nothing done, the whole week is a write-off",
    "goal": "Complete three planned daily-living tasks each week",
    "exception": "Thursday morning: got up on time, showered and replied to a friend's text.",
    "different": "Clothes were laid out the night before and a friend had messaged early.",
    "noticed": "Jordan, a flatmate, said the client seemed lighter that day.",
    "client_did": "- Laid out clothes the evening before\n- Replied to the text before noon\n"
    '- Told themself "only the first step"',
    "questions_used": "Was there a morning this week that went even a little better?\n"
    "What was different about Thursday?\nWhat did you do that helped, even slightly?",
    "response": "At first said it did not count; became more animated describing Thursday "
    'and said "I had forgotten I did that."',
    "next_step": "Client will lay out clothes on two evenings and rate mood (0-10) the next "
    "morning.",
    "count": "1",
    "present": "individual",
}
HALF_EMPTY = {
    "area": "anxiety",
    "problem": "I avoid everything",
    "exception": "Picked up a parcel from the depot on one afternoon.",
    "count": "1",
}
CASES = {"complete": COMPLETE, "half_empty": HALF_EMPTY}
ALL_INPUTS = [
    COMPLETE,
    HALF_EMPTY,
    {},
    COMPLETE | {"count": "0"},
    COMPLETE | {"count": "one"},
    COMPLETE | {"count": "4"},
    COMPLETE | {"count": "some"},
    HALF_EMPTY | {"area": "other"},
]
SECTIONS = {
    NoteFormat.SOAP: "SOAP",
    NoteFormat.DAP: "DAP",
    NoteFormat.BIRP: "BIRP",
}


def stub_redact(text: str) -> str:
    return text.replace("Jordan", "[name]")


def note(answers: dict[str, str], fmt: NoteFormat) -> str:
    return render_note(answers, fmt, redact=stub_redact)


def sections(text: str) -> dict[str, str]:
    """Section letter -> body, from the bold "**S: Subjective**" style labels."""
    parts = re.split(r"^\*\*([A-Z]): [A-Za-z]+\*\*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


# --- header, structure, length -------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("case", CASES)
def test_first_line_says_it_is_a_draft_to_finish_elsewhere(fmt: NoteFormat, case: str) -> None:
    first = note(CASES[case], fmt).splitlines()[0]
    assert "DRAFT" in first
    assert SECTIONS[fmt] in first
    for words in ("review", "edit", "finish", "own record system", "not a final note"):
        assert words in first.lower()


@pytest.mark.parametrize(
    ("fmt", "letters"),
    [(NoteFormat.SOAP, "SOAP"), (NoteFormat.DAP, "DAP"), (NoteFormat.BIRP, "BIRP")],
)
def test_sections_follow_the_format(fmt: NoteFormat, letters: str) -> None:
    assert "".join(sections(note(COMPLETE, fmt))) == letters


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_a_complete_note_fits_one_discord_message(fmt: NoteFormat) -> None:
    assert len(note(COMPLETE, fmt)) <= CONTENT_MAX


# --- intervention and response --------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_intervention_names_the_questions_used_and_the_goal(fmt: NoteFormat) -> None:
    text = note(COMPLETE, fmt)
    assert "exceptions-finding questions" in text
    assert "What was different about Thursday?" in text
    assert "Was there a morning this week that went even a little better?" in text
    assert "treatment goal: complete three planned daily-living tasks each week." in text


@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("answers", ALL_INPUTS)
def test_no_vague_or_overstated_wording(fmt: NoteFormat, answers: dict[str, str]) -> None:
    text = note(answers, fmt).lower()
    for phrase in ("discussed positives", "focused on strengths", "positive talk"):
        assert phrase not in text
    for word in ("resolved", "no longer", "eliminated", "cured", "gone"):
        assert not re.search(rf"\b{word}\b", text), word


@pytest.mark.parametrize(
    ("fmt", "response_in", "intervention_in"),
    [(NoteFormat.SOAP, "O", "A"), (NoteFormat.DAP, "A", "D"), (NoteFormat.BIRP, "R", "I")],
)
def test_response_is_apart_from_the_intervention(
    fmt: NoteFormat, response_in: str, intervention_in: str
) -> None:
    parts = sections(note(COMPLETE, fmt))
    assert "became more animated" in parts[response_in]
    assert "became more animated" not in parts[intervention_in]
    assert "What was different about Thursday?" in parts[intervention_in]
    assert "What was different about Thursday?" not in parts[response_in]
    sentence = re.search(r"(?:^|\. )([^.]*became more animated)", parts[response_in])
    assert sentence is not None
    assert "In session, the client responded:" in sentence.group(1)


# --- counting exceptions ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("count", ["1", "one", " 1 "])
def test_one_exception_is_written_as_one(fmt: NoteFormat, count: str) -> None:
    for answers in (COMPLETE | {"count": count}, HALF_EMPTY | {"count": count}):
        text = note(answers, fmt).lower()
        assert "one exception" in text
        for wrong in ("several", "multiple", "exceptions were", "exceptions,"):
            assert wrong not in text


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_more_than_one_exception_is_counted(fmt: NoteFormat) -> None:
    text = note(COMPLETE | {"count": "4"}, fmt)
    assert "identified four exceptions" in text
    assert "one exception" not in text


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_zero_exceptions_says_none_this_session(fmt: NoteFormat) -> None:
    text = note(COMPLETE | {"count": "0"}, fmt)
    assert "No exception was counted in this session." in text
    assert "one exception" not in text


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_an_unreadable_count_is_a_gap(fmt: NoteFormat) -> None:
    text = note(COMPLETE | {"count": "a few"}, fmt)
    assert gap("count") in text
    assert "a few" not in text


# --- gaps --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_every_empty_answer_becomes_a_named_gap(fmt: NoteFormat) -> None:
    text = note(HALF_EMPTY, fmt)
    for key in TEXT_FIELDS:
        if key not in HALF_EMPTY:
            assert gap(key) in text, key
    assert "[clinician to complete: client's response in session]" in text


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_a_complete_debrief_leaves_only_the_unasked_gaps(fmt: NoteFormat) -> None:
    text = note(COMPLETE, fmt)
    assert text.count(GAP) == 2
    assert gap("presentation") in text
    assert gap("progress") in text
    assert "[clinician to complete if screened: risk and safety]" in text


@pytest.mark.parametrize(("fmt", "letter"), [(NoteFormat.SOAP, "O"), (NoteFormat.BIRP, "B")])
@pytest.mark.parametrize("case", CASES)
def test_observed_presentation_is_always_a_gap(fmt: NoteFormat, letter: str, case: str) -> None:
    assert "observed presentation and affect" in MISSING["presentation"]
    assert gap("presentation") in sections(note(CASES[case], fmt))[letter]


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_empty_answers_render_with_strict_undefined(fmt: NoteFormat) -> None:
    env = environment()
    assert env.undefined is StrictUndefined
    with pytest.raises(UndefinedError):
        env.from_string("{{ not_passed }}").render()
    text = note({}, fmt)
    for key in (*TEXT_FIELDS, "area", "count"):
        assert gap(key) in text, key


# --- area labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("anxiety", "anxiety"),
        ("low_mood", "low mood / depression"),
        ("relationship", "relationship conflict"),
        ("substance_use", "substance use"),
    ],
)
def test_area_is_written_with_its_friendly_label(value: str, label: str) -> None:
    assert f"The session focused on {label}." in note(HALF_EMPTY | {"area": value}, NoteFormat.SOAP)


def test_other_area_asks_the_clinician_to_name_it() -> None:
    text = note(HALF_EMPTY | {"area": "other"}, NoteFormat.DAP)
    assert f"an area outside the debrief's list {gap('area_other')}." in text
    named = note(HALF_EMPTY | {"area": "other", "area_other": "Sleep"}, NoteFormat.DAP)
    assert "The session focused on sleep." in named


# --- escaping and redaction ----------------------------------------------------------------------


def test_environment_is_sandboxed_markdown() -> None:
    env = environment()
    assert isinstance(env, SandboxedEnvironment)
    assert env.autoescape is False
    assert env is environment()


@pytest.mark.parametrize(
    "mention", ["@everyone", "@here", "<@123>", "<@!123>", "<@&123>", "<#123>"]
)
def test_filter_breaks_mentions(mention: str) -> None:
    out = neutralise(f"hi {mention} there")
    assert mention not in out
    assert not re.search(r"@(everyone|here)|<(@[!&]?|#)\d+>", out)


def test_filter_escapes_markdown() -> None:
    assert neutralise("**bold**") == r"\*\*bold\*\*"
    assert neutralise(r"a_b ~~c~~ `d` ||e|| > f # g \ h") == (
        r"a\_b \~\~c\~\~ \`d\` \|\|e\|\| \> f \# g \\ h"
    )


def test_filter_folds_lines_so_nothing_starts_a_block() -> None:
    assert neutralise("one\n# two\n> three") == r"one \# two \> three"


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_every_answer_is_escaped_in_the_note(fmt: NoteFormat) -> None:
    hostile = {key: f"**{key}** @everyone <@123> <#456>" for key in TEXT_FIELDS}
    text = note(hostile | {"area": "**x** @here", "count": "2"}, fmt)
    assert not re.search(r"@(everyone|here)|<(@[!&]?|#)\d+>", text)
    for key in TEXT_FIELDS:
        assert f"**{key}**" not in text  # the words stay, the formatting never renders
        assert key.replace("_", "\\_") in text


def test_redaction_runs_before_escaping() -> None:
    seen: list[str] = []

    def spy(text: str) -> str:
        seen.append(text)
        return stub_redact(text)

    text = render_note(COMPLETE | {"goal": "Jordan_x **more**"}, NoteFormat.BIRP, redact=spy)
    assert "Jordan_x **more**" in seen
    assert r"[name]\_x more" in text
    assert "Jordan" not in text


def test_default_redaction_is_the_privacy_anonymizer() -> None:
    from bot.privacy import redact

    answers = COMPLETE | {"noticed": "Jordan Smith called on 555-123-4567 to say so."}
    text = render_note(answers, NoteFormat.SOAP)
    assert text == render_note(answers, NoteFormat.SOAP, redact=redact)
    assert "555-123-4567" not in text
    assert "Jordan" not in text


# --- golden files ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(NoteFormat))
@pytest.mark.parametrize("case", CASES)
def test_matches_golden_file(fmt: NoteFormat, case: str) -> None:
    path = GOLDEN / f"{fmt.value}_{case}.md"
    text = note(CASES[case], fmt)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes() == text.encode("utf-8")
