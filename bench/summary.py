"""Benchmark the weekly summary on synthetic entries.

Usage: python bench/summary.py [--sizes 10 1000 10000] [--runs 5] [--show]

Prints the median time (ms) of building a summary alone, and of building it and drawing the
chart, for each number of entries; and, once, what anonymizing the excerpts shown to an author
costs per entry (done when they include the entry, not when the summary is built: every entry
here is taken as approved). Answers have realistic lengths (one to five sentences);
the goal is 10,000 entries in under a second. `--show` prints the summary for the first size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.models import EntryRecord, EntryStatus, QuoteStatus  # noqa: E402
from bot.summary import (  # noqa: E402
    WeekSummary,
    build_weekly_summary,
    render_chart,
    render_summary_text,
)
from bot.summary.highlights import proposed_excerpts  # noqa: E402
from bot.summary.week import week_bounds  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
WEEK = date(2026, 3, 23)
AREAS = ("anxiety", "low_mood", "relationship", "substance_use", "grief", "trauma", "other")
SENTENCES = {
    "moment": [
        "Halfway through, the client stopped and said that this was the first time it made sense.",
        "We had been stuck for weeks, and today the client described a morning that went well.",
        "The client laughed at her own description of the week and then got quiet and thoughtful.",
        "He brought a list of small wins without being asked.",
        "The room felt lighter and we both noticed it.",
    ],
    "doing": [
        "I slowed down and let the silence sit longer than usual.",
        "I asked a scaling question and then asked what put it at a four rather than a two.",
        "I stayed curious about the small details instead of jumping to the next topic.",
        "I complimented the effort it took to come at all.",
        "I kept asking what else, and each answer added something.",
    ],
    "saying": [
        "What else was different that morning?",
        "How did you manage to do that, given everything?",
        "Suppose tonight a miracle happened, what would you notice first?",
        "On a scale from 0 to 10, where would you put this week?",
    ],
    "how": [
        "I reread my notes before the session and picked one thing to be curious about.",
        "I took two minutes to breathe before opening the door.",
        "I reminded myself to follow the client's lead.",
    ],
    "next_step": [
        "Pause longer after each answer.",
        "Start the next session with what has been better.",
        "Ask one more what else before moving on.",
    ],
    "client_did": [
        "She called her sister before the hard part of the day.",
        "He went for a walk after dinner instead of staying in his room.",
        "She used the breathing exercise in the car park.",
        "He wrote the worry down and put it away until the morning.",
        "They kept to the bedtime routine all week.",
    ],
    "different": [
        "There was a plan for the evening.",
        "A friend was around and checked in.",
        "The day had a clear structure.",
    ],
    "questions_used": [
        "When was it a little better? What was different then?",
        "Who noticed first? What would they say?",
        "On a scale from 0 to 10, how confident are you?",
    ],
}


def _answer(rng: random.Random, field: str, most: int = 5) -> str:
    pool = SENTENCES.get(field, SENTENCES["moment"])
    return " ".join(rng.choice(pool) for _ in range(rng.randint(1, most)))


def make_entries(count: int, *, seed: int = 1) -> list[EntryRecord]:
    """`count` consented, complete entries spread over the week, from 5 or more authors."""
    rng = random.Random(seed)
    start, end = week_bounds(WEEK, TZ)
    seconds = int((end - start).total_seconds())
    authors = max(5, count // 20)
    entries = []
    for i in range(count):
        at = start + timedelta(seconds=rng.randrange(seconds))
        if rng.random() < 0.6:
            kind = "sparkle"
            answers = {f: _answer(rng, f) for f in ("moment", "signs", "doing", "saying", "how")}
            answers |= {
                "frequency": str(rng.randint(2, 9)),
                "next_step": _answer(rng, "next_step", 2),
            }
        else:
            kind = "exception"
            fields = ("problem", "exception", "different", "client_did", "questions_used")
            answers = {f: _answer(rng, f) for f in fields}
            answers |= {"area": rng.choice(AREAS), "count": str(rng.randint(1, 4))}
        entries.append(
            EntryRecord(
                id=i + 1,
                author_id=1000 + i % authors,
                guild_id=1,
                kind=kind,
                status=EntryStatus.COMPLETE,
                next_page=0,
                consent_summary=True,
                created_at=at,
                updated_at=at,
                answers=answers,
            )
        )
    return entries


def _redactor() -> tuple[Callable[[str], str], str]:
    try:
        from bot.privacy import redact
    except ImportError:
        return (lambda text: text), "none (bot.privacy missing)"
    return redact, "bot.privacy.redact"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark the weekly summary.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1_000, 10_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    redact, redactor = _redactor()
    history = {WEEK - timedelta(weeks=w): 5.0 + w / 10 for w in range(2, 8)}

    def approved(entries: list[EntryRecord]) -> list[EntryRecord]:
        return [
            e.model_copy(
                update={
                    "quote_status": QuoteStatus.APPROVED,
                    "excerpts": proposed_excerpts(e.kind, e.answers, redact),
                }
            )
            for e in entries
        ]

    def build(entries: list[EntryRecord]) -> WeekSummary:
        result = build_weekly_summary(
            entries, week_start=WEEK, tz=TZ, min_contributors=3, history=history
        )
        assert isinstance(result, WeekSummary)
        return result

    def build_and_chart(entries: list[EntryRecord]) -> bytes:
        result = build(entries)
        render_summary_text(result)
        return render_chart(result.per_day, result.trend)

    render_chart([0] * 7, [])  # load Pillow and its font outside the timings
    print(f"redact: {redactor}; median of {args.runs} runs")
    print(f"{'entries':>8} | {'build ms':>9} | {'build + chart ms':>16}")
    print(f"{'-' * 8}-+-{'-' * 9}-+-{'-' * 16}")
    sample = make_entries(200)
    per_entry = _median_ms(partial(approved, sample), args.runs) / len(sample)
    for size in args.sizes:
        entries = approved(make_entries(size))
        alone = _median_ms(partial(build, entries), args.runs)
        both = _median_ms(partial(build_and_chart, entries), args.runs)
        print(f"{size:>8,} | {alone:>9.1f} | {both:>16.1f}")
    print(f"\nanonymizing the excerpts shown to an author: {per_entry:.2f} ms per entry")
    if args.show:
        shown = render_summary_text(build(approved(make_entries(args.sizes[0]))))
        print(f"\n{shown['title']}\n\n{shown['description']}")
        for name, value in shown["fields"]:
            print(f"\n{name}\n{value}")
        print(f"\n{shown['footer']}")


if __name__ == "__main__":
    main()
