"""One test (or a few) per rule of a draft note a clinician can sign after light edits."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from bot.conversation.roles import Role
from bot.limits import CONTENT_MAX
from bot.notes import NoteFormat, fit_message, render_both, render_note
from bot.notes.render import FULL_NOTE_IN_FILE
from tests.unit.notes_debriefs import (
    ADVERSARIAL,
    COUPLE,
    DEBRIEF,
    FIRST_PERSON,
    MARKDOWN_EMOJI,
    OVERSTATED,
    SEVERAL_IN_ONE,
    TERSE,
    TERSE_OVERSTATED,
    ZERO_COUNT,
    gap,
)

NOTES = Path(__file__).parents[2] / "bot" / "notes"
FORMATS = list(NoteFormat)
MEANING = "less intense, shorter or absent"
# Section of each format that holds the clinical impression and the risk line.
ASSESSED_IN = {NoteFormat.SOAP: "A", NoteFormat.DAP: "A", NoteFormat.BIRP: "R"}


def keep(text: str) -> str:
    return text


def note(answers: dict[str, str], fmt: NoteFormat, *, plain: bool = False) -> str:
    return render_note(answers, fmt, redact=keep, plain=plain)


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^\*\*([A-Z]): [A-Za-z]+\*\*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


# Where fixed framing and gap wording live; wording.py is left out on purpose, since its word
# lists (overstatements, non-answers) must only ever reach a note from what was typed.
FRAMING_SOURCES = [
    NOTES / "sentences.py",
    NOTES / "fields.py",
    NOTES / "render.py",
    *sorted((NOTES / "templates").iterdir()),
]
# The debrief script's gap wording (`feeds.note`) and area labels are framing too.
GAP_WORDING = [q.feeds.note for q in DEBRIEF.questions() if q.feeds.note]
GAP_WORDING += [
    c.label.lower() for q in DEBRIEF.questions() if q.role is Role.AREA for c in q.choices
]
FRAMING_WORDS = set().union(
    *(words(p.read_text(encoding="utf-8")) for p in FRAMING_SOURCES), *map(words, GAP_WORDING)
)

# --- 1. sentences, not labels -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_no_label_colon_answer_lines(case: str, fmt: NoteFormat) -> None:
    text = note(ADVERSARIAL[case], fmt)
    for label in (
        "Area of concern:",
        "What was different at that time:",
        "Who noticed:",
        "Next step:",
        "Questions asked:",
        "Presentation and affect:",
    ):
        assert label not in text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_the_definition_of_an_exception_appears_once(case: str, fmt: NoteFormat) -> None:
    assert note(ADVERSARIAL[case], fmt).count(MEANING) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_lists_are_joined_naturally_without_inner_capitals(fmt: NoteFormat) -> None:
    text = note(OVERSTATED, fmt)
    assert "what had helped: used 5-4-3-2-1 grounding and paced breathing in the car." in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_are_written_as_words(fmt: NoteFormat) -> None:
    assert "identified three exceptions" in note(MARKDOWN_EMOJI, fmt)
    assert "identified one exception" in note(COUPLE, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_first_person_problem_is_quoted_as_the_clients_words(fmt: NoteFormat) -> None:
    assert "The client described the problem as “I panic every time I leave the house”." in (
        note(OVERSTATED, fmt)
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_problem_in_the_clinicians_words_is_not_quoted(fmt: NoteFormat) -> None:
    text = note(SEVERAL_IN_ONE, fmt)
    assert "The clinician summarised the problem as follows: cravings every evening" in text
    assert "“Cravings" not in text and "“cravings" not in text


# --- 2. faithful, never embellished ---------------------------------------------------------


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_every_word_was_typed_or_is_fixed_framing(case: str, fmt: NoteFormat, plain: bool) -> None:
    answers = ADVERSARIAL[case]
    typed = set().union(*(words(v) for v in answers.values()))
    invented = words(note(answers, fmt, plain=plain)) - typed - FRAMING_WORDS
    assert not invented


def test_the_faithfulness_check_can_fail() -> None:
    assert not {"positives", "cured", "resolved", "improved", "strengths"} & FRAMING_WORDS
    typed = set().union(*(words(v) for v in COUPLE.values()))
    embellished = note(COUPLE, NoteFormat.SOAP) + " The couple showed great insight and improved."
    assert words(embellished) - typed - FRAMING_WORDS == {"showed", "great", "insight", "improved"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_no_stock_plan_sentence(case: str, fmt: NoteFormat) -> None:
    text = note(ADVERSARIAL[case], fmt).lower()
    assert "keep asking" not in text
    assert "coming sessions" not in text
    plan = sections(note(ADVERSARIAL[case], fmt))["P"]
    assert plan.count(".") <= max(1, ADVERSARIAL[case].get("next_step", "").count(".") + 1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_and_risk_are_gaps_in_the_assessing_section(fmt: NoteFormat) -> None:
    parts = sections(note(COUPLE, fmt))
    assessed = parts[ASSESSED_IN[fmt]]
    assert gap("progress") in assessed
    assert "[clinician to complete if screened: risk and safety]" in assessed
    for letter, body in parts.items():
        if letter != ASSESSED_IN[fmt]:
            assert "progress toward" not in body and "risk and safety" not in body


@pytest.mark.parametrize("fmt", FORMATS)
def test_risk_line_is_required_when_the_debrief_mentions_safety(fmt: NoteFormat) -> None:
    text = note(OVERSTATED, fmt)
    assert "[clinician to complete: risk and safety screening, which the debrief mentions]" in text
    assert "if screened" not in text
    assert "which the debrief mentions" not in note(COUPLE | {"next_step": "Pharmacy run."}, fmt)


# --- 3. weak input becomes a gap ---------------------------------------------------------------


ASKED = "[clinician to complete: the exceptions-finding questions asked; the debrief says"
# (debrief, what its note says in every format, what it never says)
WEAK_INPUT = [
    pytest.param(
        TERSE_OVERSTATED | {"next_step": "n/a"},
        [
            "[clinician to complete: who noticed, if anyone; the debrief says “no”]",
            "[clinician to complete: next step or plan; the debrief says “n/a”]",
            f"{ASKED} “usual ones”]",
        ],
        ["noticed by no"],
        id="non-answers-become-gaps-showing-what-was-typed",
    ),
    pytest.param(
        TERSE_OVERSTATED,
        [
            "the debrief says “sun”; please describe it in a phrase or more]",
            "the debrief says “breathing”; please describe it in a phrase or more]",
            "the debrief says “good”; please describe it in a phrase or more]",
        ],
        [": sun."],
        id="one-word-descriptions-become-gaps",
    ),
    pytest.param(
        SEVERAL_IN_ONE,
        ["The change was noticed by his sister."],
        [],
        id="a-short-answer-about-who-noticed-is-a-sentence",
    ),
    pytest.param(
        COUPLE | {"noticed": "Nobody"},
        ["No one was recorded as having noticed the change."],
        [],
        id="nobody-noticing-is-a-sentence",
    ),
    pytest.param(
        ZERO_COUNT,
        [
            "No exception was counted in this session.",
            "[clinician to check: the count was zero, yet the exception answer reads",
            "[clinician to check: recorded although no exception was counted: “A neighbour”]",
        ],
        # A non-answer (“n/a”) to a detail that does not apply is left out.
        ["noticed by", "“n/a”", "identified zero", "one exception"],
        id="zero-count-prints-no-exception-details",
    ),
    pytest.param(
        OVERSTATED,
        [
            "[clinician to check: “no more” may overstate progress",
            "[clinician to check: “cured”, “completely”, “gone” may overstate progress",
        ],
        ["!"],
        id="overstatement-is-marked-for-checking",
    ),
    pytest.param(
        SEVERAL_IN_ONE,
        [
            "[clinician to check: the count was one, but the answer seems to describe three "
            "occasions]"
        ],
        [],
        id="a-count-below-the-occasions-described-is-marked",
    ),
    pytest.param(
        SEVERAL_IN_ONE | {"count": "3"},
        [],
        ["describe"],
        id="a-count-matching-the-occasions-is-not-marked",
    ),
    pytest.param(COUPLE, [], ["[clinician to check"], id="clean-debrief-has-no-check-markers"),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("answers", "says", "never"), WEAK_INPUT)
def test_weak_input_becomes_a_gap_or_a_check_marker(
    answers: dict[str, str], says: list[str], never: list[str], fmt: NoteFormat
) -> None:
    text = note(answers, fmt)
    for wording in says:
        assert wording in text
    for wording in never:
        assert wording not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_first_person_in_the_note_becomes_a_gap(fmt: NoteFormat) -> None:
    text = note(FIRST_PERSON, fmt)
    assert (
        "[clinician to complete: who noticed, if anyone; the debrief says “Me.”; "
        "please restate it in the third person]"
    ) in text
    assert "the debrief says “I think she was surprised”; please restate it" in text
    assert "the debrief says “I will ask about repair attempts next time.”; please" in text
    outside_gaps = re.sub(r"\[clinician to [^\]]*\]|“[^”]*”|^\*\*.*\*\*$", "", text, flags=re.M)
    assert not re.search(r"\b(I|me|my)\b", outside_gaps)


def test_occasions_are_counted_before_redaction() -> None:
    def eats_weekdays(text: str) -> str:
        return text.replace("On Thu", "[name]")

    answers = COUPLE | {"exception": "On Thu and Sat they talked without shouting"}
    text = render_note(answers, NoteFormat.SOAP, redact=eats_weekdays)
    assert "[name] and Sat" in text
    assert "the answer seems to describe two occasions" in text


# --- 4. who was in the session ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("present", "session", "subject"),
    [
        ("individual", "This was an individual session.", "The client identified"),
        ("couple", "This was a couple session.", "The couple identified"),
        ("family", "This was a family session.", "The family identified"),
        ("group", "This was a group session.", "The clients identified"),
    ],
)
def test_designation_follows_who_was_in_the_session(
    fmt: NoteFormat, present: str, session: str, subject: str
) -> None:
    text = note(COUPLE | {"present": present}, fmt)
    assert session in text
    assert subject in text
    if present != "individual":
        assert "The client " not in text and "the client " not in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_older_entry_without_the_answer_still_renders_with_a_gap(fmt: NoteFormat) -> None:
    old = {k: v for k, v in COUPLE.items() if k != "present"}
    text = note(old, fmt)
    assert gap("present") in text
    assert "The client identified one exception" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_other_area_is_named(fmt: NoteFormat) -> None:
    text = note(COUPLE | {"area": "other", "area_other": "School refusal"}, fmt)
    assert "The session focused on school refusal." in text
    vague = note(COUPLE | {"area": "other", "area_other": "idk"}, fmt)
    assert "[clinician to complete: the specific area of concern; the debrief says “idk”]" in vague


# --- 5. a clean attachment ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_plain_text_has_no_escapes_emoji_or_invisible_characters(
    case: str, fmt: NoteFormat
) -> None:
    text = note(ADVERSARIAL[case], fmt, plain=True)
    assert "\\" not in text and "**" not in text and "__" not in text and "`" not in text
    for char in text:
        assert unicodedata.category(char) not in ("Cf", "Co", "Cs", "So", "Sk"), repr(char)
        assert char == "\n" or unicodedata.category(char) != "Cc"
    assert text.splitlines()[0].startswith(f"DRAFT {fmt.name} note")
    assert re.search(rf"^{ASSESSED_IN[fmt]}: \w+$", text, flags=re.MULTILINE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_message_and_file_say_the_same_thing(fmt: NoteFormat) -> None:
    message, plain = render_both(MARKDOWN_EMOJI, fmt, redact=keep)
    unescaped = re.sub(r"\\(.)", r"\1", message).replace("**", "")
    assert unescaped == plain


@pytest.mark.parametrize("fmt", FORMATS)
def test_placeholder_line_appears_only_with_a_placeholder(fmt: NoteFormat) -> None:
    def redact(text: str) -> str:
        return text.replace("Saturday", "[date]").replace("Her partner", "[name]")

    text = render_note(OVERSTATED, fmt, redact=redact, plain=True)
    lines = text.splitlines()
    assert "[date] and [name] mark details removed to protect the client's identity." in lines[:4]
    assert "removed to protect" not in note(COUPLE, fmt, plain=True)


def test_fixed_framing_is_never_redacted() -> None:
    seen: list[str] = []

    def spy(text: str) -> str:
        seen.append(text)
        return text

    render_note(COUPLE, NoteFormat.SOAP, redact=spy)
    free_text = [v for k, v in COUPLE.items() if k not in ("area", "present", "count")]
    assert sorted(seen) == sorted(free_text)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ADVERSARIAL)
def test_adversarial_notes_fit_one_message(case: str, fmt: NoteFormat) -> None:
    assert len(note(ADVERSARIAL[case], fmt)) <= CONTENT_MAX


def test_a_note_too_long_for_one_message_is_cut_at_a_section_and_points_to_the_file() -> None:
    long = {k: v * 6 if k not in ("area", "present", "count") else v for k, v in COUPLE.items()}
    text = render_note(long, NoteFormat.SOAP, redact=keep)
    assert len(text) > CONTENT_MAX
    message = fit_message(text, CONTENT_MAX)
    assert len(message) <= CONTENT_MAX
    assert message.endswith(FULL_NOTE_IN_FILE)
    assert text.startswith(message.removesuffix(FULL_NOTE_IN_FILE).rstrip())
    short = note(COUPLE, NoteFormat.SOAP)
    assert fit_message(short, CONTENT_MAX) == short


def test_terse_debrief_fixture_renders_every_format() -> None:
    for fmt in FORMATS:
        assert "[clinician to complete: next step or plan; the debrief says “-”]" in note(
            TERSE, fmt
        )
