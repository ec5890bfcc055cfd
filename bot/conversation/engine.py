"""The conversation engine: which page comes next, and whether a page's answers are valid.

It knows nothing of Discord or storage: it takes a script, a page index and the raw text a
practitioner typed, and returns plain values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.conversation.blank import is_blank
from bot.conversation.roles import Role
from bot.conversation.script import Page, Question, QuestionKind, Script
from bot.inert import as_shown, as_typed, narrowed
from bot.number_words import VALUES

# "zero" to "twenty": a scale answer in words
_NUMBER_WORDS = {word: value for word, value in VALUES.items() if value <= 20}
# a full stop after it, as a sentence ends ("7.", "7/10."), is no decimal point
_NUMBER = re.compile(r"^\s*(\d{1,3})\s*(?:/\s*\d{1,3})?\s*\.?\s*$")


def parse_number(text: str) -> int | None:
    """Read '7', ' 7 ', '7/10', '7.' or 'seven' as 7; anything else is None. Characters that show
    nothing (zero-width, bidi marks: a pasted '7' can carry them) are not read: the number is
    what the practitioner sees, typed full-width ('７／１０') or in another script's digits too."""
    text = narrowed(as_shown(text))
    match = _NUMBER.match(text)
    if match:
        return int(match.group(1))
    return _NUMBER_WORDS.get(text.strip().lower())


def scale_out_of_ten(script: Script, answers: Mapping[str, str]) -> float | None:
    """The answer to `script`'s scale question as a point on 0-10, or None (no scale question,
    no answer, or one outside its range). A server's script may ask the scale over another
    range (1-5, 0-100): the answer counts as its share of that range, so that entries written
    with different versions read alike wherever scales are compared or averaged as 0-10."""
    question = script.with_role(Role.SCALE)
    if question is None:
        return None
    value = parse_number(answers.get(question.id, ""))
    low, high = question.min_value, question.max_value
    if value is None or not low <= value <= high or low == high:
        return None
    return (value - low) * 10 / (high - low)


def visible(text: str) -> str:
    """`text` without its surrounding spaces, or "" when it shows nothing at all (only spaces,
    zero-width or bidi marks, or blank-looking letters)."""
    return "" if is_blank(text) else text.strip()


def over_limit(page: Page, raw: Mapping[str, str]) -> list[Question]:
    """The questions whose answer is longer than the question allows (a forged form can send
    anything; Discord's own limit is only a client-side promise)."""
    return [q for q in page.questions if len(raw.get(q.id, "")) > q.max_length]


@dataclass(frozen=True)
class PageCheck:
    """The outcome of checking one page: the answers to keep and any problems, by question."""

    answers: dict[str, str]
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _problem(question: Question, text: str) -> str | None:
    stripped = text.strip()
    if is_blank(text):
        return "needs an answer" if question.required else None
    if len(text) > question.max_length:
        return f"is {len(text)} characters long; the limit is {question.max_length}"
    if question.is_numeric:
        value = parse_number(stripped)
        if value is None or not question.min_value <= value <= question.max_value:
            return f"needs a whole number from {question.min_value} to {question.max_value}"
    if question.kind is QuestionKind.CHOICE and stripped not in {c.value for c in question.choices}:
        return "needs one of the listed choices"
    return None


def check_page(page: Page, raw: Mapping[str, str]) -> PageCheck:
    """Validate what was typed on `page`. Every answer is kept as typed, valid or not.

    The step review is left out when the form did not show it (no earlier step to review), so
    nothing is stored for it and nothing stored is overwritten."""
    answers = {
        q.id: raw.get(q.id, "")
        for q in page.questions
        if q.id in raw or q.role is not Role.STEP_REVIEW
    }
    problems = {
        q.id: problem
        for q in page.questions
        if q.id in answers and (problem := _problem(q, answers[q.id])) is not None
    }
    return PageCheck(answers=answers, problems=problems)


def page_count(script: Script) -> int:
    return len(script.pages)


def is_last(script: Script, index: int) -> bool:
    return index >= len(script.pages) - 1


def clamp_page(script: Script, index: int) -> int:
    """The page to ask for a stored `next_page`, kept inside the script."""
    return max(0, min(index, len(script.pages) - 1))


def progress(script: Script, index: int) -> str:
    return f"Page {index + 1} of {len(script.pages)}"


def describe_problems(page: Page, problems: Mapping[str, str]) -> list[str]:
    """One sentence per problem, naming the question as the practitioner saw it."""
    return [f"“{as_typed(q.label)}” {problems[q.id]}." for q in page.questions if q.id in problems]
