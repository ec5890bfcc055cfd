"""One clinical sentence per debrief answer, in the third person and the past tense.

Only fixed, neutral framing is added to what the clinician typed. Weak answers (empty,
non-answers, one word, first person in a client field) become gaps that show what was
typed; overstated wording and a count below the occasions described get a check marker.
User text is redacted once, then passed through `show` (Markdown escaping for a message,
nothing for the plain-text file); framing is never redacted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.conversation.engine import parse_number
from bot.conversation.roles import Role
from bot.conversation.script import Script
from bot.limits import ELLIPSIS, head
from bot.notes import wording
from bot.notes.fields import (
    DEFAULT_DESIGNATION,
    DESCRIBED_ROLES,
    DESIGNATIONS,
    PROGRESS_ROLES,
    RISK_WORDS,
    TEXT_ROLES,
    THIRD_PERSON_ROLES,
    check,
    gap,
    gap_wording,
)

PLACEHOLDER = re.compile(r"\[(name|place|date|age|phone|email|id|url|handle|org)\]")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")
TYPED_SHOWN_MAX = 120
SHORT_PHRASE = 6  # words: "her mother", "a teacher at school" read as "noticed by …"
_CLAUSE = re.compile(r"[.;:!?]|\b(?:said|told|noticed|saw|says|tells|notices)\b", re.IGNORECASE)
EXCEPTION_MEANING = "a time when the problem was less intense, shorter or absent"
EXCEPTIONS_MEANING = "times when the problem was less intense, shorter or absent"


@dataclass(frozen=True)
class Answer:
    """One free-text answer after redaction: its text, and the gap it becomes if weak."""

    text: str  # redacted, tidied; "" when empty
    weak: str  # a gap marker when the answer cannot be used as content, else ""


def _ends(text: str) -> bool:
    return bool(_ENDS_SENTENCE.search(text))


def finish(sentence: str) -> str:
    sentence = sentence.rstrip()
    return sentence if _ends(sentence) else sentence + "."


class Composer:
    """Builds every sentence a note may use from one debrief's answers, read by role."""

    def __init__(
        self,
        script: Script,
        answers: Mapping[str, str],
        redact: Callable[[str], str],
        show: Callable[[str], str],
    ) -> None:
        self.script = script
        # A gap's wording may come from a server's uploaded script: its admins' typing, made
        # safe for the output as answers are.
        self.wording = {key: show(text) for key, text in gap_wording(script).items()}
        self.raw = script.answers_by_role(answers)
        self.show = show
        self.answers = {key: self._read(key, redact) for key in TEXT_ROLES}
        self.area_other = self._read(Role.AREA_OTHER, redact)
        session_with = self.raw.get(Role.SESSION_WITH, "").strip()
        self.subject = DESIGNATIONS.get(session_with, DEFAULT_DESIGNATION)
        self.count = parse_number(self.raw.get(Role.COUNT) or "")
        self._defined = False  # the meaning of Role.EXCEPTION is given once, where first used

    # --- reading answers -----------------------------------------------------------------

    def _typed(self, text: str) -> str:
        flat = " ".join(text.split())
        if len(flat) > TYPED_SHOWN_MAX:
            flat = head(flat, TYPED_SHOWN_MAX - 1).rstrip() + ELLIPSIS
        return self.show(flat)

    def _gap(self, what: str, typed: str = "", hint: str = "") -> str:
        return gap(what, typed, hint, wording=self.wording)

    def _read(self, key: Role, redact: Callable[[str], str]) -> Answer:
        raw = wording.tidy(self.raw.get(key) or "")
        if not raw:
            return Answer("", self._gap(key))
        text = wording.unmark(redact(raw))
        if wording.is_non_answer(text) and not (key == Role.NOTICED and wording.is_no_one(text)):
            return Answer(text, self._gap(key, self._typed(text)))
        if key in THIRD_PERSON_ROLES and wording.first_person(text):
            return Answer(
                text, self._gap(key, self._typed(text), "please restate it in the third person")
            )
        if key in DESCRIBED_ROLES and wording.word_count(text) < 2:
            return Answer(
                text, self._gap(key, self._typed(text), "please describe it in a phrase or more")
            )
        return Answer(text, "")

    # --- shaping content -----------------------------------------------------------------

    def content(self, key: Role, *, lower: bool = True) -> str:
        """The answer as running text: its items joined naturally, made safe by `show`."""
        return self._join(self.answers[key].text, lower=lower)

    def _join(self, text: str, *, lower: bool = True) -> str:
        parts = wording.items(wording.calm(text))
        if len(parts) > 1 and all(_ends(p) for p in parts):
            return " ".join(self.show(wording.upper_first(p)) for p in parts)
        shaped = [wording.lower_first(p) if lower else p for p in parts]
        return wording.join_naturally([self.show(p) for p in shaped])

    def _checked(self, key: Role, sentence: str) -> str:
        """`sentence` followed by a check marker when its answer overstates."""
        if key not in PROGRESS_ROLES or self.answers[key].weak:
            return sentence
        words = wording.overstated(self.answers[key].text)
        if not words:
            return sentence
        quoted = ", ".join(f"“{self.show(w)}”" for w in words)
        return f"{sentence} {check(f'{quoted} may overstate progress; record what was observed')}"

    def _about(self, key: Role, framing: str, *, lower: bool = True) -> str:
        """`framing` + the answer, or the answer's gap when it is missing or weak."""
        answer = self.answers[key]
        if answer.weak:
            return finish(answer.weak)
        return self._checked(key, finish(f"{framing} {self.content(key, lower=lower)}"))

    def _capital_subject(self) -> str:
        """The designation at the start of a sentence."""
        return wording.upper_first(self.subject)

    # --- sentences -------------------------------------------------------------------------

    def session(self) -> str:
        present = (self.raw.get(Role.SESSION_WITH) or "").strip()
        if present not in DESIGNATIONS:
            return finish(self._gap(Role.SESSION_WITH))
        article = "an" if present == "individual" else "a"
        return f"This was {article} {present} session."

    def area(self) -> str:
        value = (self.raw.get(Role.AREA) or "").strip().lower()
        if not value:
            return finish(self._gap(Role.AREA))
        if value == "other":
            other = self.area_other
            if other.weak:
                return finish(
                    f"The session focused on an area outside the debrief's list {other.weak}"
                )
            return finish(f"The session focused on {self._join(other.text)}")
        label = self.script.choice_label(Role.AREA, value)
        if label is None:
            return finish(f"The session focused on {self.show(wording.tidy(value))}")
        return f"The session focused on {self.show(label.lower())}."  # the script's wording

    def problem(self) -> str:
        answer = self.answers[Role.PROBLEM]
        if answer.weak:
            return finish(answer.weak)
        text = answer.text.strip()
        if wording.is_quoted(text) or wording.first_person(text):
            words = " ".join(text.strip('"“”').split())
            return f"{self._capital_subject()} described the problem as “{self.show(words)}”."
        return finish(
            f"The clinician summarised the problem as follows: {self.content(Role.PROBLEM)}"
        )

    def goal(self) -> str:
        return self._about(Role.GOAL, "The clinician linked this work to the treatment goal:")

    def _define(self) -> bool:
        """True the first time only: the caller then states what an exception is."""
        first, self._defined = not self._defined, True
        return first

    def intervention(self) -> str:
        meaning = f" ({EXCEPTIONS_MEANING})" if self._define() else ""
        return (
            f"The clinician asked exceptions-finding questions to help {self.subject} identify "
            f"exceptions{meaning} and what made them possible."
        )

    def questions(self) -> str:
        return self._about(Role.QUESTIONS, "The questions asked were:", lower=False)

    def found(self) -> str:
        """The count of exceptions and the exception itself, in one or two sentences."""
        n = self.count
        answer = self.answers[Role.EXCEPTION]
        if n is None:
            what = answer.weak or self._checked(
                Role.EXCEPTION,
                finish(
                    f"The debrief recorded the exception as follows: {self.content(Role.EXCEPTION)}"
                ),
            )
            return f"{finish(self._gap(Role.COUNT))} {finish(what)}"
        if n == 0:
            said = "No exception was counted in this session."
            if answer.text and not answer.weak:
                typed = self._typed(answer.text)
                doubt = check(f"the count was zero, yet the exception answer reads “{typed}”")
                return f"{said} {doubt}"
            return said
        noun = Role.EXCEPTION if n == 1 else "exceptions"
        meaning = ""
        if self._define():
            meaning = f" ({EXCEPTION_MEANING if n == 1 else EXCEPTIONS_MEANING})"
        lead = f"{self._capital_subject()} identified {wording.in_words(n)} {noun}{meaning}:"
        if answer.weak:
            return f"{lead} {finish(answer.weak)}"
        sentence = self._checked(Role.EXCEPTION, finish(f"{lead} {self.content(Role.EXCEPTION)}"))
        # Counted on what was typed: the anonymizer may have replaced a weekday it misread,
        # and only a number leaves this line.
        seen = wording.occasions(self.raw.get(Role.EXCEPTION) or "")
        if seen > n:
            sentence += " " + check(
                f"the count was {wording.in_words(n)}, but the answer seems to describe "
                f"{wording.in_words(seen)} occasions"
            )
        return sentence

    def _detail(self, key: Role, framing: str) -> str:
        """An exception detail; when no exception was counted, only a check on what was typed."""
        if self.count == 0:
            answer = self.answers[key]
            if not answer.text or wording.is_non_answer(answer.text):
                return ""
            return check(
                f"recorded although no exception was counted: “{self._typed(answer.text)}”"
            )
        return self._about(key, framing)

    def different(self) -> str:
        return self._detail(
            Role.DIFFERENT, "The clinician recorded what was different at that time:"
        )

    def noticed(self) -> str:
        answer = self.answers[Role.NOTICED]
        if self.count == 0 or answer.weak:
            return self._detail(Role.NOTICED, "")
        if wording.is_no_one(answer.text):
            return "No one was recorded as having noticed the change."
        if wording.word_count(answer.text) <= SHORT_PHRASE and not _CLAUSE.search(answer.text):
            return self._checked(
                Role.NOTICED, finish(f"The change was noticed by {self.content(Role.NOTICED)}")
            )
        return self._about(Role.NOTICED, "The clinician recorded who noticed the change:")

    def client_did(self) -> str:
        return self._detail(
            Role.CLIENT_SKILLS, f"{self._capital_subject()} recognised what had helped:"
        )

    def response(self) -> str:
        return self._about(Role.RESPONSE, f"In session, {self.subject} responded:")

    def plan(self) -> str:
        return self._about(Role.PLAN, "The clinician recorded the next step:")

    def presentation(self) -> str:
        return finish(self._gap("presentation"))

    def progress(self) -> str:
        return finish(self._gap("progress"))

    def risk(self) -> str:
        if any(RISK_WORDS.search(a.text) for a in self.answers.values()):
            return "[clinician to complete: risk and safety screening, which the debrief mentions]."
        return "[clinician to complete if screened: risk and safety]."

    def placeholder_kinds(self) -> list[str]:
        """Identifier placeholders ([name], [date], …) present in the note, in first-seen order."""
        texts = [a.text for a in self.answers.values()] + [self.area_other.text]
        kinds: list[str] = []
        for text in texts:
            for match in PLACEHOLDER.finditer(text):
                if match.group(0) not in kinds:
                    kinds.append(match.group(0))
        return kinds
