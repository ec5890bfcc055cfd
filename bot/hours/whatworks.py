"""What works for me: across one practitioner's own complete reflections, read by role.

The scale over time, the moves they name most (the summary's lexicon of solution-focused
moves, over the answers their script feeds to the practitioner theme), who noticed, and their
next steps and how they went. Labels of moves are fixed wording; the rest is the
practitioner's own text, shown only to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from bot.conversation.engine import scale_out_of_ten, visible
from bot.conversation.followup import (
    FROM_ROUND,
    Followed,
    entry_step,
    followed_steps,
    round_steps,
    step_written_at,
)
from bot.conversation.roles import Role, Theme
from bot.conversation.script import Script
from bot.hours.render import as_typed_within, share_out
from bot.inert import as_typed
from bot.limits import CONTENT_MAX, clip
from bot.models import EntryRecord
from bot.summary.themes import PRACTITIONER_LEXICON
from bot.wording import counted

ScriptOf = Callable[[EntryRecord], Script | None]
PERIODS = {"30": 30, "90": 90, "365": 365, "all": None}
SHOWN = 5  # how many of who-noticed and next steps are listed
FOLLOWED_SHOWN = 3  # how many next steps are shown with how they went


class RoundStep(NamedTuple):
    """A next step from her closing of a round of the entry (which has none of its own): a
    (day, text) pair as the entry's own steps are, labelled when shown."""

    day: date
    text: str


@dataclass(frozen=True)
class WhatWorks:
    reflections: int
    scale: tuple[tuple[date, float], ...]  # (day, 0-10), oldest first
    moves: tuple[tuple[str, int], ...]  # (move, in how many reflections), most first
    noticed: tuple[tuple[date, str], ...]  # newest first
    next_steps: tuple[tuple[date, str], ...]  # newest first
    followed: tuple[Followed, ...] = ()  # each follow-up and the step it followed, newest first


def since(period: str, today: date) -> date | None:
    days = PERIODS.get(period)
    return None if days is None else today - timedelta(days=days)


def period_start(period: str, now: datetime, zone: tzinfo) -> datetime | None:
    """The moment the period begins: midnight of its first day, the member's own day in
    `zone` (not UTC's, which can be a day off), as an aware UTC datetime; None for all time."""
    first = since(period, now.astimezone(zone).date())
    if first is None:
        return None
    return datetime.combine(first, time(), tzinfo=zone).astimezone(UTC)


def what_works(
    entries: Sequence[EntryRecord],
    script_of: ScriptOf,
    zone: tzinfo = UTC,
    earlier: Sequence[EntryRecord] = (),
) -> WhatWorks:
    """Summarise complete entries (any order) by the roles their scripts give answers; each
    is dated by the member's day in `zone`. `earlier`: entries from before the period whose
    round's closing was written in it; only that next step of theirs is listed."""
    scale: list[tuple[date, float]] = []
    moves: Counter[str] = Counter()
    noticed: list[tuple[date, str]] = []
    steps: list[tuple[datetime, int, tuple[date, str]]] = []  # (written at, entry, shown)
    complete = 0
    for e in sorted(entries, key=lambda e: (e.created_at, e.id)):
        script = script_of(e)
        if script is None or e.is_draft:
            continue
        complete += 1
        day = e.created_at.astimezone(zone).date()
        if (value := scale_out_of_ten(script, e.answers)) is not None:
            scale.append((day, value))
        texts = [
            e.answers.get(q.id, "")
            for q in script.questions()
            if q.feeds.theme is Theme.PRACTITIONER
        ]
        moves.update(PRACTITIONER_LEXICON.match(texts))
        if who := visible(script.answer(e.answers, Role.NOTICED)):
            noticed.append((day, clip(who, 200)))
        step, from_round = entry_step(e, script)
        if step := visible(step):
            shown = clip(step, 200)
            if from_round:  # dated by her closing, which can be weeks after the entry
                at = step_written_at(e, from_round)
                steps.append((at, e.id, RoundStep(at.astimezone(zone).date(), shown)))
            else:
                steps.append((e.created_at, e.id, (day, shown)))
    for step in round_steps(earlier, script_of):
        if shown := visible(step.text):
            day = step.written_at.astimezone(zone).date()
            steps.append((step.written_at, step.entry_id, RoundStep(day, clip(shown, 200))))
    steps.sort(key=lambda s: s[:2], reverse=True)
    return WhatWorks(
        reflections=complete,
        scale=tuple(scale),
        moves=tuple(sorted(moves.items(), key=lambda kv: (-kv[1], kv[0]))),
        noticed=tuple(reversed(noticed))[:SHOWN],
        next_steps=tuple(step for *_, step in steps[:SHOWN]),
        followed=tuple(_in_zone(f, zone) for f in followed_steps(entries, script_of, earlier))[
            :FOLLOWED_SHOWN
        ],
    )


def _in_zone(followed: Followed, zone: tzinfo) -> Followed:
    """A step and its follow-up with their moments in `zone`: dated by her day, as the rest."""
    step_at = followed.step_at.astimezone(zone) if followed.step_at is not None else None
    return replace(followed, step_at=step_at, review_at=followed.review_at.astimezone(zone))


def _num(value: float) -> str:
    """A point on the 0-10 scale as read: 6, or 8.5 for an answer on another range."""
    return f"{round(value, 1):g}"


def alt_text(works: WhatWorks) -> str:
    """What the scale chart shows, for screen readers (Discord's attachment description)."""
    points = works.scale
    if not points:
        return "No 0-10 scale answers in this period."
    values = [v for _, v in points]
    average = sum(values) / len(values)
    return clip(
        f"Line chart of your 0-10 scale over {counted(len(points), 'reflection')}, "
        f"{points[0][0].isoformat()} to {points[-1][0].isoformat()}: first {_num(values[0])}, "
        f"latest {_num(values[-1])}, lowest {_num(min(values))}, highest {_num(max(values))}, "
        f"average {average:.1f}.",
        1000,
    )


@dataclass(frozen=True)
class _Typed:
    """What she typed, inside a line of the reply: shown inert, on one line, shortened to fit."""

    text: str


_Row = tuple[str | _Typed, ...]


def summary_text(works: WhatWorks, label: str, budget: int = CONTENT_MAX) -> str:
    """The reply, within `budget` characters (one message): every section and its closing line
    are kept, what she typed is shown as typed (no markdown, mention, link or open bidi
    control), each on its own line, and the longest of her texts are shortened first."""
    if not works.reflections and not works.next_steps:
        when = "yet" if label == "all time" else f"in the {label}"
        return (
            f"No complete reflections {when}. Write one with `/sparkle` or `/exception`, "
            "and this shows what works for you over time."
        )
    rows: list[_Row] = [
        (f"**What works for me** ({label}: {counted(works.reflections, 'reflection')})",)
    ]
    if works.scale:
        values = [v for _, v in works.scale]
        rows.append(
            (
                f"My scale: from {_num(values[0])} to {_num(values[-1])} (average "
                f"{sum(values) / len(values):.1f}); the chart shows each one.",
            )
        )
    if works.moves:
        top = ", ".join(f"{m} ({n})" for m, n in works.moves[:5])
        rows.append((f"Moves I use most: {top}",))
    if works.noticed:
        rows.append(("Who noticed:",))
        rows += [(f"• {d.isoformat()}: ", _Typed(t)) for d, t in works.noticed]
    if works.next_steps:
        rows.append(("My next steps:",))
        rows += [
            (f"• {step[0].isoformat()}{_from_round(step)}: ", _Typed(step[1]))
            for step in works.next_steps
        ]
    if works.followed:
        rows.append(("How my next steps went:",))
        for f in works.followed:
            label = FROM_ROUND if f.step_from_round else ""
            step: _Row = (
                (f"• {f.step_at.date().isoformat()}{label}: ", _Typed(clip(f.step, 120)))
                if f.step_at is not None
                else ("• a step from before this period",)
            )
            rows.append(
                (*step, f" → {f.review_at.date().isoformat()}: ", _Typed(clip(f.review, 200)))
            )
    rows.append(("Only you can see this.",))
    return _fitted(rows, budget)


def _from_round(step: tuple[date, str]) -> str:
    return FROM_ROUND if isinstance(step, RoundStep) else ""


def _fitted(rows: list[_Row], budget: int) -> str:
    """The rows as lines within `budget`: the bot's words whole, the typed texts shortened."""
    typed = [" ".join(p.text.split()) for row in rows for p in row if isinstance(p, _Typed)]
    fixed = sum(len(p) for row in rows for p in row if isinstance(p, str)) + len(rows) - 1
    limits = iter(share_out([len(as_typed(t)) for t in typed], budget - fixed))
    texts = iter(typed)
    return "\n".join(
        "".join(
            p if isinstance(p, str) else as_typed_within(next(texts), next(limits)) for p in row
        )
        for row in rows
    )
