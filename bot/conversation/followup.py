"""Next-step follow-up: a new entry first asks, optionally, how the author's last next step went.

The question (role `step_review`) is shown only when the author has an earlier complete entry
with a next step, and names that step; its answer is stored with the new entry like any other,
and so is which entry's step the page named (`reviewed_step_id`). /whatworks pairs each
follow-up with that step; one stored before steps were named, with the latest step written
before its entry was created. A step is dated when it was written: an entry's own when the
entry was completed, a round's closing's when the closing was written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from bot.conversation.roles import Role
from bot.conversation.script import DESCRIPTION_MAX, Page, Script
from bot.inert import bidi_closers
from bot.limits import ELLIPSIS, clip
from bot.models import EntryRecord

ScriptOf = Callable[[EntryRecord], Script | None]
# How a next step from a round's closing is labelled where steps are shown.
FROM_ROUND = " (from the round)"


@dataclass(frozen=True)
class Step:
    """A next step the author wrote, and when (`step_written_at`); `from_round`: written in her
    closing of a consultation round of the entry (which has no next step of its own)."""

    entry_id: int
    written_at: datetime
    text: str
    from_round: bool = False


def entry_step(entry: EntryRecord, script: Script) -> tuple[str, bool]:
    """The entry's next step: its own answer, else her round's closing's (DESIGN: the closing
    is saved to the entry), and whether it is the closing's; ("", False) when neither."""
    if own := script.answer(entry.answers, Role.NEXT_STEP).strip():
        return own, False
    if closing := entry.closing_step.strip():
        return closing, True
    return "", False


def step_written_at(entry: EntryRecord, from_round: bool) -> datetime:
    """When the entry's next step was written: her closing's, when the step is from a round
    (written when she closed it, maybe weeks after the entry), else the entry's completion."""
    if from_round and entry.closing_step_at is not None:
        return entry.closing_step_at
    return entry.completed_at or entry.created_at


def next_steps(entries: Iterable[EntryRecord], script_of: ScriptOf) -> list[Step]:
    """The next steps of the complete entries among `entries`, oldest first."""
    steps: list[Step] = []
    for e in entries:
        script = script_of(e)
        if script is None or e.is_draft:
            continue
        text, from_round = entry_step(e, script)
        if text:
            steps.append(Step(e.id, step_written_at(e, from_round), text, from_round))
    return sorted(steps, key=lambda s: (s.written_at, s.entry_id))


def step_before(
    steps: Iterable[Step], when: datetime | None = None, exclude: int | None = None
) -> Step | None:
    """The latest step written before `when` (any time when None), not from entry `exclude`."""
    earlier = [s for s in steps if s.entry_id != exclude and (when is None or s.written_at < when)]
    return max(earlier, key=lambda s: (s.written_at, s.entry_id), default=None)


def _about(step: str, from_round: bool = False) -> str:
    """'Your last step: “…”' (from a round's closing, so labelled) within a description's
    limit (cut with an ellipsis when too long); a bidi control the step leaves open is closed
    before the bot's own characters."""
    whole = f"Your last step{FROM_ROUND if from_round else ''}: “{step}"
    closers = bidi_closers(whole)
    if len(whole) + len(closers) < DESCRIPTION_MAX:
        return whole + closers + "”"
    room = DESCRIPTION_MAX
    while True:
        body = clip(whole, room).removesuffix(ELLIPSIS)
        closers = bidi_closers(body)
        over = len(body) + len(closers) + len(ELLIPSIS) - DESCRIPTION_MAX
        if over <= 0 or room <= 1:
            return body + closers + ELLIPSIS
        room -= over


def shown_page(page: Page, step: Step | None, prefill: Mapping[str, str]) -> Page:
    """`page` as its form shows it: the step-review question names the step it asks about, and
    is left out when there is no step to review (unless it already holds an answer)."""
    questions = []
    for q in page.questions:
        if q.role is not Role.STEP_REVIEW:
            questions.append(q)
        elif step is not None:
            about = _about(step.text, step.from_round)
            questions.append(q.model_copy(update={"description": about}))
        elif prefill.get(q.id, "").strip():
            questions.append(q)
    if len(questions) == len(page.questions) and step is None:
        return page
    return page.model_copy(update={"questions": tuple(questions)})


def reviewed_step(
    entry: EntryRecord, steps: Iterable[Step], by_entry: Mapping[int, Step] | None = None
) -> Step | None:
    """The step `entry`'s follow-up answers: the one its page named, when stored (None when
    that entry is not among `steps`: outside the period, or deleted since); for an entry from
    before that was stored, the latest step written before it was created."""
    if entry.reviewed_step_id is None:
        return step_before(steps, entry.created_at, exclude=entry.id)
    if by_entry is None:
        by_entry = {s.entry_id: s for s in steps}
    return by_entry.get(entry.reviewed_step_id)


@dataclass(frozen=True)
class Followed:
    """A next step and the follow-up written after it."""

    step_at: datetime | None  # None: the step is outside the entries looked at
    step: str
    review_at: datetime
    review: str
    step_from_round: bool = False  # the step is from her closing of a round


def round_steps(entries: Iterable[EntryRecord], script_of: ScriptOf) -> list[Step]:
    """The next steps from rounds' closings among the complete `entries`, oldest first."""
    return [s for s in next_steps(entries, script_of) if s.from_round]


def followed_steps(
    entries: Iterable[EntryRecord], script_of: ScriptOf, earlier: Iterable[EntryRecord] = ()
) -> list[Followed]:
    """Each follow-up among the complete `entries`, paired with the step it followed, newest
    first; `earlier`: entries from before them whose round steps only are looked at (a
    closing written in the period, on an entry from before it)."""
    complete = [e for e in entries if not e.is_draft]
    steps = sorted(
        next_steps(complete, script_of) + round_steps(earlier, script_of),
        key=lambda s: (s.written_at, s.entry_id),
    )
    by_entry = {s.entry_id: s for s in steps}
    pairs: list[Followed] = []
    for e in complete:
        script = script_of(e)
        review = script.answer(e.answers, Role.STEP_REVIEW).strip() if script else ""
        if not review:
            continue
        step = reviewed_step(e, steps, by_entry)
        pairs.append(
            Followed(
                step and step.written_at,
                step.text if step else "",
                e.created_at,
                review,
                step is not None and step.from_round,
            )
        )
    return sorted(pairs, key=lambda p: p.review_at, reverse=True)
