"""Conversation scripts: pages of questions kept as TOML data, checked against Discord's limits.

A script that would make Discord refuse a modal is rejected when it is loaded, with a message
naming the page and question, instead of failing in front of a practitioner.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.conversation.blank import is_blank
from bot.conversation.roles import REQUIRED_ROLES, Role, ScriptKind, Theme

# Discord's limits for modals and their components.
MODAL_TITLE_MAX = 45
LABEL_MAX = 45
DESCRIPTION_MAX = 100
PLACEHOLDER_MAX = 100
TEXT_INPUT_MAX = 4000
COMPONENTS_PER_MODAL = 5
SELECT_OPTIONS_MAX = 25
GUIDANCE_MAX = 300  # a page's guidance is a short text shown at the top of its form

LIBRARY = Path(__file__).with_name("scripts")


class ScriptError(ValueError):
    """A script file is malformed or breaks a Discord limit."""


class QuestionKind(StrEnum):
    TEXT = "text"
    SCALE = "scale"  # a whole number from min_value to max_value, 0-10 by default
    NUMBER = "number"  # a count, bounded the same way
    CHOICE = "choice"  # one of `choices`, shown as a select menu


# Roles whose answers code reads as a number or a choice value.
_ROLE_KINDS: dict[Role, QuestionKind] = {
    Role.SCALE: QuestionKind.SCALE,
    Role.COUNT: QuestionKind.NUMBER,
    Role.AREA: QuestionKind.CHOICE,
    Role.SESSION_WITH: QuestionKind.CHOICE,
}


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[a-z0-9_]+$")]
    label: Annotated[str, Field(min_length=1, max_length=100)]


class Feeds(BaseModel):
    """Where an answer goes besides the entry itself. Nothing is shared unless it says so."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    share: bool = False  # carried by an anonymized share
    theme: Theme | None = None  # read for the weekly summary's recurring themes
    highlight: bool = False  # may be quoted as a weekly summary highlight
    note: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    """What a draft note's gap says is missing when this answer is empty or weak."""


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
    role: Role
    feeds: Feeds = Feeds()
    label: Annotated[str, Field(min_length=1, max_length=LABEL_MAX)]
    description: Annotated[str, Field(max_length=DESCRIPTION_MAX)] | None = None
    placeholder: Annotated[str, Field(max_length=PLACEHOLDER_MAX)] | None = None
    kind: QuestionKind = QuestionKind.TEXT
    paragraph: bool = True
    required: bool = True
    max_length: Annotated[int, Field(ge=1, le=TEXT_INPUT_MAX)] = 1000
    min_value: int = 0
    max_value: int = 10
    choices: tuple[Choice, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.kind is QuestionKind.CHOICE and not 1 <= len(self.choices) <= SELECT_OPTIONS_MAX:
            raise ValueError(f"a choice question needs 1 to {SELECT_OPTIONS_MAX} choices")
        if self.kind is not QuestionKind.CHOICE and self.choices:
            raise ValueError("only a choice question may list choices")
        if self.min_value > self.max_value:
            raise ValueError("min_value is greater than max_value")
        needed = _ROLE_KINDS.get(self.role)
        if needed is not None and self.kind is not needed:
            raise ValueError(f"a question with role {self.role.value!r} must be of kind {needed}")
        if self.role is Role.STEP_REVIEW and (self.required or self.kind is not QuestionKind.TEXT):
            # Hidden when there is no earlier step to review, so it can never be required.
            raise ValueError(
                f"a question with role {self.role.value!r} must be an optional text question"
            )
        return self

    @property
    def is_numeric(self) -> bool:
        return self.kind in (QuestionKind.SCALE, QuestionKind.NUMBER)


NO_ANSWER = "—"  # how an unanswered question reads, wherever an entry is shown


def answer_as_read(question: Question, value: str) -> str:
    """A stored answer as the practitioner reads it: a scale out of its top, a choice by its
    label, an answer that shows nothing (empty, or only invisible characters: stored so by
    older versions, or kept as typed) as a dash; text as stored."""
    if is_blank(value):
        return NO_ANSWER
    if question.kind is QuestionKind.SCALE:
        return f"{value} / {question.max_value}"
    if question.kind is QuestionKind.CHOICE:
        chosen = value.strip().lower()
        return next((c.label for c in question.choices if c.value == chosen), value)
    return value


def fits_a_select(question: Question) -> bool:
    """Whether a scale is short enough to offer as a select (one option per whole number)."""
    return question.max_value - question.min_value + 1 <= SELECT_OPTIONS_MAX


class Page(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Annotated[str, Field(min_length=1, max_length=MODAL_TITLE_MAX)]
    guidance: Annotated[str, Field(min_length=1, max_length=GUIDANCE_MAX)] | None = None
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _fits_a_modal(self) -> Self:
        if len(self.questions) > COMPONENTS_PER_MODAL:
            raise ValueError(
                f"has {len(self.questions)} questions; a Discord modal holds at most "
                f"{COMPONENTS_PER_MODAL}"
            )
        if self.guidance is not None and len(self.questions) == COMPONENTS_PER_MODAL:
            raise ValueError(
                f"has {COMPONENTS_PER_MODAL} questions and guidance; a Discord modal holds at "
                f"most {COMPONENTS_PER_MODAL} parts: remove the guidance or move a question"
            )
        return self


class Script(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ScriptKind
    # Set by the library, not the file: the shipped scripts are version 1, each upload to a
    # server the next number. Entries record it and are always read with their version.
    version: Annotated[int, Field(ge=1)] = 1
    name: Annotated[str, Field(min_length=1, max_length=80)]
    intro: Annotated[str, Field(max_length=1000)] = ""
    pages: Annotated[tuple[Page, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_ids(self) -> Self:
        seen: set[str] = set()
        for question in self.questions():
            if question.id in seen:
                raise ValueError(f"question id {question.id!r} is used twice")
            seen.add(question.id)
        roles: set[Role] = set()
        for question in self.questions():
            if question.role in roles:
                raise ValueError(f"role {question.role.value!r} is given to two questions")
            roles.add(question.role)
        if missing := REQUIRED_ROLES[self.id] - roles:
            names = ", ".join(sorted(r.value for r in missing))
            raise ValueError(f"a {self.id.value} script needs questions with the roles: {names}")
        return self

    def questions(self) -> list[Question]:
        return [q for page in self.pages for q in page.questions]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions() if q.id == question_id), None)

    def with_role(self, role: Role) -> Question | None:
        return next((q for q in self.questions() if q.role is role), None)

    def answers_by_role(self, answers: Mapping[str, str]) -> dict[Role, str]:
        """`answers` (by question id, as stored) keyed by role; unanswered roles map to ""."""
        return {q.role: answers.get(q.id, "") for q in self.questions()}

    def answer(self, answers: Mapping[str, str], role: Role) -> str:
        """The answer given to the question with `role`, or "" (also when there is none)."""
        question = self.with_role(role)
        return answers.get(question.id, "") if question else ""

    def choice_label(self, role: Role, value: str) -> str | None:
        """The label the script gives `value` of the choice question with `role`."""
        question = self.with_role(role)
        choices = question.choices if question else ()
        return next((c.label for c in choices if c.value == value.strip().lower()), None)


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into 'page 2, question "doing" (label)'."""
    parts: list[str] = []
    node: Any = data
    for i, key in enumerate(loc):
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
        prev = loc[i - 1] if i else None
        if prev == "pages" and isinstance(key, int):
            parts.append(f"page {key + 1}")
        elif prev == "questions" and isinstance(key, int):
            qid = node.get("id") if isinstance(node, dict) else None
            parts.append(f"question {qid!r}" if qid else f"question {key + 1}")
        elif isinstance(key, str) and (key not in ("pages", "questions") or i == len(loc) - 1):
            # "pages" and "questions" read as "page 2 question 'x'", unless they are what
            # the problem is about (missing, say)
            parts.append(f"({key})")
    if not parts or parts[0].startswith("("):  # about the script itself: "script (name)"
        parts.insert(0, "script")
    return " ".join(parts)


def _problems(data: Any, exc: ValidationError) -> list[str]:
    return [
        f"{_where(data, error['loc'])}: {str(error['msg']).removeprefix('Value error, ')}"
        for error in exc.errors()
    ]


BLANK = "shows nothing (only spaces or invisible characters): write words members can see"


def blank_texts(script: Script) -> list[str]:
    """Every text members must read that shows nothing, by page and question. Checked on
    upload only: a version stored before this check still loads, as its entries need it."""
    problems = [f"script (name): {BLANK}"] if is_blank(script.name) else []
    for number, page in enumerate(script.pages, start=1):
        if is_blank(page.title):
            problems.append(f"page {number} (title): {BLANK}")
        if page.guidance is not None and is_blank(page.guidance):
            problems.append(f"page {number} (guidance): {BLANK}")
        for question in page.questions:
            where = f"page {number} question {question.id!r}"
            if is_blank(question.label):
                problems.append(f"{where} (label): {BLANK}")
            if question.feeds.note is not None and is_blank(question.feeds.note):
                problems.append(f"{where} (feeds.note): {BLANK}")
            problems += [
                f"{where} (choices): the label of {choice.value!r} {BLANK}"
                for choice in question.choices
                if is_blank(choice.label)
            ]
    return problems


def repeated_choices(script: Script) -> list[str]:
    """Every choice value a question lists twice: Discord refuses a select whose options share
    a value, so the form holding it would never open. Checked on upload only, like
    `blank_texts`; a form built from a version stored before shows each value once."""
    problems: list[str] = []
    for number, page in enumerate(script.pages, start=1):
        for question in page.questions:
            values = [c.value for c in question.choices]
            problems += [
                f"page {number} question {question.id!r} (choices): the value {value!r} is "
                "used twice; give each choice its own value"
                for value in dict.fromkeys(values)
                if values.count(value) > 1
            ]
    return problems


def distinct_choices(question: Question) -> list[Choice]:
    """The question's choices, each value once (the first label given it)."""
    first: dict[str, Choice] = {}
    for choice in question.choices:
        first.setdefault(choice.value, choice)
    return list(first.values())


def parse_script(data: dict[str, Any], source: str = "script") -> Script:
    try:
        return Script.model_validate(data)
    except ValidationError as exc:
        raise ScriptError(f"{source}: {_problems(data, exc)[0]}") from None


def script_problems(data: dict[str, Any]) -> tuple[Script | None, list[str]]:
    """The script, or every problem with it, each naming its page and question."""
    try:
        return Script.model_validate(data), []
    except ValidationError as exc:
        return None, _problems(data, exc)


def shipped_source(script_id: str) -> str:
    """The TOML text of a script shipped with the bot."""
    return (LIBRARY / f"{script_id}.toml").read_text(encoding="utf-8")


def load_script(path: Path) -> Script:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ScriptError(f"{path.name}: cannot be read: {exc}") from None
    return parse_script(data, path.name)


@cache
def library() -> dict[str, Script]:
    """Every script shipped with the bot, by id (loaded once)."""
    scripts = [load_script(p) for p in sorted(LIBRARY.glob("*.toml"))]
    return {s.id: s for s in scripts}


def get_script(script_id: str) -> Script:
    return library()[script_id]
