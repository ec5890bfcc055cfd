"""An entry laid out in components stays within Discord's limits at the very largest: every role
a script may hold, every answer at its limit, the longest status and affirmations, many buttons."""

from __future__ import annotations

from datetime import UTC, datetime

from discord import ui
from simcord.components import COMPONENTS_V2_FLAG, validate_components

from bot.conversation.roles import Role, ScriptKind
from bot.conversation.script import Choice, Page, Question, QuestionKind, Script
from bot.limits import ELLIPSIS, clip, clip_words, fit_texts
from bot.models import EntryRecord, EntryStatus
from bot.round.models import KeptAffirmation
from cogs._entry_layout import entry_layout

NOW = datetime(2026, 1, 1, tzinfo=UTC)
KINDS = {
    Role.SCALE: QuestionKind.SCALE,
    Role.COUNT: QuestionKind.NUMBER,
    Role.AREA: QuestionKind.CHOICE,
    Role.SESSION_WITH: QuestionKind.CHOICE,
}


def _question(role: Role) -> Question:
    kind = KINDS.get(role, QuestionKind.TEXT)
    return Question(
        id=role.value,
        role=role,
        label=f"{role.value.replace('_', ' ').capitalize()} question, as long as allowed"[:45],
        kind=kind,
        required=role is not Role.STEP_REVIEW,
        max_length=4000,
        choices=(Choice(value="other", label="Something else entirely"),)
        if kind is QuestionKind.CHOICE
        else (),
    )


def _largest_script() -> Script:
    """A debrief holding a question for every role there is."""
    questions = [_question(role) for role in Role]
    pages = tuple(
        Page(title=f"Page {i // 5 + 1}", questions=tuple(questions[i : i + 5]))
        for i in range(0, len(questions), 5)
    )
    return Script(id=ScriptKind.EXCEPTION, name="Client-exception debrief", pages=pages)


def _full(script: Script) -> EntryRecord:
    answers = {
        q.id: "7"
        if q.kind in (QuestionKind.SCALE, QuestionKind.NUMBER)
        else "other"
        if q.kind is QuestionKind.CHOICE
        else ("Stayed with it @everyone " * 200)[:4000]
        for q in script.questions()
    }
    return EntryRecord(
        id=12345678,
        author_id=1,
        guild_id=2,
        kind=script.id,
        status=EntryStatus.COMPLETE,
        next_page=len(script.pages),
        consent_summary=True,
        created_at=NOW,
        updated_at=NOW,
        answers=answers,
    )


def _fits(laid: ui.LayoutView) -> list[str]:
    validate_components(laid.to_components(), flags=COMPONENTS_V2_FLAG)
    assert laid.content_length() <= 4000 and laid.total_children_count <= 40
    return [t.content for t in laid.walk_children() if isinstance(t, ui.TextDisplay)]


def test_the_largest_entry_fits_with_every_question_shown() -> None:
    script = _largest_script()
    kept = [KeptAffirmation(title="Affirmation", text="You held the pause. " * 40)] * 12
    buttons = [ui.Button(label=f"Act {i}", custom_id=f"act:{i}") for i in range(5)]
    laid = entry_layout(script, _full(script), lead="Counted. " * 300, kept=kept, actions=buttons)
    shown = "\n".join(_fits(laid))
    assert all(q.label in shown for q in script.questions())
    assert "**Scale question, as long as allowed** · 7 / 10" in shown
    assert "**Area question, as long as allowed** · Something else entirely" in shown
    assert "### Affirmations from the group" in shown
    assert shown.endswith("long answers are shortened here; /export has them in full")


def test_past_forty_components_answers_share_text_displays_and_none_is_lost() -> None:
    script = _largest_script()
    buttons = [ui.Button(label=f"Act {i}", custom_id=f"act:{i}") for i in range(20)]
    laid = entry_layout(script, _full(script), actions=buttons)  # four rows of five
    shown = _fits(laid)
    assert len(shown) < len(script.questions())  # grouped
    assert all(any(q.label in t for t in shown) for q in script.questions())


def test_fit_texts_keeps_short_texts_whole_and_cuts_the_longest_at_a_word() -> None:
    texts = ["short", "a medium answer here", "long words " * 100]
    fitted, shortened = fit_texts(texts, 300)
    assert shortened and fitted[:2] == texts[:2]
    assert sum(map(len, fitted)) <= 300
    assert fitted[2].endswith(ELLIPSIS) and fitted[2][:-1] == fitted[2][:-1].rstrip()
    assert texts[2].startswith(fitted[2][:-1]) and texts[2][len(fitted[2]) - 1] == " "
    assert fit_texts(texts, 10_000) == (texts, False)
    fitted, _ = fit_texts(["x" * 500] * 10, 100)  # no room: each keeps a readable start
    assert all(len(t) == 40 for t in fitted)


def test_clip_words_cuts_mid_word_only_when_no_space_is_near() -> None:
    assert clip_words("one two three", 20) == "one two three"
    assert clip_words("word " * 10, 22) == "word word word word…"
    assert clip_words("one two three four", 12) == "one two thr…"  # the space is too far back
    assert clip_words("abcdefghijklmnop", 8) == "abcdefg…"
    assert (
        clip(  # the plain clip is unchanged
            "abcdefghijklmnop", 8
        )
        == "abcdefg…"
    )
