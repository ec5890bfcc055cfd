"""What works for me: across one practitioner's own complete reflections, read by role.

The scale over time, the moves they name most (the summary's lexicon of solution-focused
moves, over the answers their script feeds to the practitioner theme), who noticed, and their
next steps and how they went. Labels of moves are fixed wording; the rest is the
practitioner's own text, shown only to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.conversation.engine import parse_number
from bot.conversation.followup import Followed, followed_steps
from bot.conversation.roles import Role, Theme
from bot.conversation.script import Script
from bot.limits import clip
from bot.models import EntryRecord
from bot.summary.themes import PRACTITIONER_LEXICON
from bot.wording import counted

ScriptOf = Callable[[EntryRecord], Script | None]
PERIODS = {"30": 30, "90": 90, "365": 365, "all": None}
SHOWN = 5  # how many of who-noticed and next steps are listed
FOLLOWED_SHOWN = 3  # how many next steps are shown with how they went


@dataclass(frozen=True)
class WhatWorks:
    reflections: int
    scale: tuple[tuple[date, int], ...]  # (day, 0-10), oldest first
    moves: tuple[tuple[str, int], ...]  # (move, in how many reflections), most first
    noticed: tuple[tuple[date, str], ...]  # newest first
    next_steps: tuple[tuple[date, str], ...]  # newest first
    followed: tuple[Followed, ...] = ()  # each follow-up and the step it followed, newest first


def since(period: str, today: date) -> date | None:
    days = PERIODS.get(period)
    return None if days is None else today - timedelta(days=days)


def what_works(entries: Sequence[EntryRecord], script_of: ScriptOf) -> WhatWorks:
    """Summarise complete entries (any order) by the roles their scripts give answers."""
    scale: list[tuple[date, int]] = []
    moves: Counter[str] = Counter()
    noticed: list[tuple[date, str]] = []
    steps: list[tuple[date, str]] = []
    complete = 0
    for e in sorted(entries, key=lambda e: (e.created_at, e.id)):
        script = script_of(e)
        if script is None or e.is_draft:
            continue
        complete += 1
        day = e.created_at.date()
        value = parse_number(script.answer(e.answers, Role.SCALE))
        if value is not None and 0 <= value <= 10:
            scale.append((day, value))
        texts = [
            e.answers.get(q.id, "")
            for q in script.questions()
            if q.feeds.theme is Theme.PRACTITIONER
        ]
        moves.update(PRACTITIONER_LEXICON.match(texts))
        if who := script.answer(e.answers, Role.NOTICED).strip():
            noticed.append((day, clip(who, 200)))
        if step := script.answer(e.answers, Role.NEXT_STEP).strip():
            steps.append((day, clip(step, 200)))
    return WhatWorks(
        reflections=complete,
        scale=tuple(scale),
        moves=tuple(sorted(moves.items(), key=lambda kv: (-kv[1], kv[0]))),
        noticed=tuple(reversed(noticed))[:SHOWN],
        next_steps=tuple(reversed(steps))[:SHOWN],
        followed=tuple(followed_steps(entries, script_of))[:FOLLOWED_SHOWN],
    )


def alt_text(works: WhatWorks) -> str:
    """What the scale chart shows, for screen readers (Discord's attachment description)."""
    points = works.scale
    if not points:
        return "No 0-10 scale answers in this period."
    values = [v for _, v in points]
    average = sum(values) / len(values)
    return clip(
        f"Line chart of your 0-10 scale over {counted(len(points), 'reflection')}, "
        f"{points[0][0].isoformat()} to {points[-1][0].isoformat()}: first {values[0]}, "
        f"latest {values[-1]}, lowest {min(values)}, highest {max(values)}, "
        f"average {average:.1f}.",
        1000,
    )


def summary_text(works: WhatWorks, label: str) -> str:
    if not works.reflections:
        when = "yet" if label == "all time" else f"in the {label}"
        return (
            f"No complete reflections {when}. Write one with `/sparkle` or `/exception`, "
            "and this shows what works for you over time."
        )
    lines = [f"**What works for me** ({label}: {counted(works.reflections, 'reflection')})"]
    if works.scale:
        values = [v for _, v in works.scale]
        lines.append(
            f"My scale: from {values[0]} to {values[-1]} (average "
            f"{sum(values) / len(values):.1f}); the chart shows each one."
        )
    if works.moves:
        top = ", ".join(f"{m} ({n})" for m, n in works.moves[:5])
        lines.append(f"Moves I use most: {top}")
    if works.noticed:
        lines.append("Who noticed:")
        lines += [f"• {d.isoformat()}: {t}" for d, t in works.noticed]
    if works.next_steps:
        lines.append("My next steps:")
        lines += [f"• {d.isoformat()}: {t}" for d, t in works.next_steps]
    if works.followed:
        lines.append("How my next steps went:")
        for f in works.followed:
            step = (
                f"{f.step_at.date().isoformat()}: {clip(f.step, 120)}"
                if f.step_at is not None
                else "a step from before this period"
            )
            lines.append(f"• {step} → {f.review_at.date().isoformat()}: {clip(f.review, 200)}")
    lines.append("Only you can see this.")
    return "\n".join(lines)
