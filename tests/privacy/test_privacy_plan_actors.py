"""The person who acts in a plan field ("Plan: Wen to notice...", "Next step: Ruaidhrí to
call the school") goes, whether the word is an everyday word, in no list or spelt with an
accent; the verbs, the words for a person in general, the days and the things kept up that
stand in the same slot stay."""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "actor-goes",
            [
                ("Plan: Wen to notice when the panic builds and text her sister.", "Wen"),
                ("Next step: Ruaidhrí to call the youth worker on his own.", "Ruaidhrí"),
                ("Homework: Tipene to try the five-minute walk after tea.", "Tipene"),
                ("Goal: Nkechi to sleep before eleven on weeknights.", "Nkechi"),
                ("Agreed: Will to let me know if the shifts change.", "Will"),
                ("Follow-up: Hope to ring the housing office herself.", "Hope"),
                ("Task: Bartłomiej to list three things that helped.", "Bartłomiej"),
                ("Mood better.\nAction: Lagi Faleolo to ask for the later bus.", "Faleolo"),
                ("Plan (next session): Ebru to bring the scaling sheet.", "Ebru"),
            ],
        ),
    ],
)
def test_the_actor_goes(text: str, word: str) -> None:
    out = redact(text)
    assert re.search(rf"(?<![\w\[]){re.escape(word)}(?![\w\]])", out) is None, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "instruction-stays",
            [
                "Plan: Continue to notice the calmer mornings.",
                "Homework: Try to catch one moment that went a bit better.",
                "Goal: Able to stay for the whole lesson.",
                "Next steps: Talk to her tutor about the deadline.",
                "Action: Go to bed before midnight on weeknights.",
                "Goal: Return to work after the summer.",
            ],
        ),
        *group(
            "person-in-general-stays",
            [
                "Plan: Mum to call the school about the bus pass.",
                "Next step: Client to decide about a second session.",
                "Agreed: Parents to keep screens out of the bedroom.",
                "Follow-up: Therapist to send the letter to the GP.",
                "Plan: Both to attend the family session.",
            ],
        ),
        *group(
            "thing-kept-up-stays",
            [
                "Plan: Homework to bring next time.",
                "Plan: Mindfulness to practise daily, five minutes.",
            ],
        ),
    ],
)
def test_the_ordinary_use_stays(text: str) -> None:
    assert redact(text) == text


def test_an_everyday_word_that_notices_goes_without_a_pronoun() -> None:
    out = redact("Assessment: Settled.\nPlan: Wen to notice when the evenings feel lighter.")
    assert "Wen" not in out, out
    assert redact(out) == out
