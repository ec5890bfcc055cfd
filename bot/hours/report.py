"""The hours report: totals by type, format and role, as CSV and as a printable HTML page."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment

from bot.hours.model import (
    FORMAT_LABELS,
    KIND_LABELS,
    PART_LABELS,
    STATE_LABELS,
    Attestation,
    HoursEntry,
    hours_text,
)
from bot.hours.period import Period
from bot.inert import bidi_closed

CSV_COLUMNS = (
    "date",
    "start",
    "end",
    "minutes",
    "own_practice_minutes",
    "format",
    "type",
    "role",
    "group_and_facilitator",
    "topic",
    "learning_goal",
    "reflection",
    "attestation",
    "attested_by",
    "attested_at",
)


@dataclass(frozen=True)
class Totals:
    """Minutes in a period, in all and by type, format and role (labels, not codes)."""

    minutes: int = 0
    own_minutes: int = 0
    sessions: int = 0
    attested_minutes: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_format: dict[str, int] = field(default_factory=dict)
    by_part: dict[str, int] = field(default_factory=dict)


def in_period(entries: Iterable[HoursEntry], period: Period) -> list[HoursEntry]:
    return sorted((e for e in entries if period.holds(e.day)), key=lambda e: (e.day, e.id))


def totals(entries: Sequence[HoursEntry]) -> Totals:
    kinds: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    for e in entries:
        kinds[KIND_LABELS[e.kind]] += e.minutes
        formats[FORMAT_LABELS[e.format]] += e.minutes
        parts[PART_LABELS[e.part]] += e.minutes
    return Totals(
        minutes=sum(e.minutes for e in entries),
        own_minutes=sum(e.own_minutes for e in entries),
        sessions=len(entries),
        attested_minutes=sum(e.minutes for e in entries if e.locked),
        by_kind=dict(sorted(kinds.items())),
        by_format=dict(sorted(formats.items())),
        by_part=dict(sorted(parts.items())),
    )


def _attested_at(e: HoursEntry) -> str:
    return e.attested_at.strftime("%Y-%m-%d %H:%M UTC") if e.locked and e.attested_at else ""


def to_csv(entries: Sequence[HoursEntry]) -> str:
    """One row per entry, in the period's order; readable by any spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow(
            [
                e.day.isoformat(),
                e.start or "",
                e.end or "",
                e.minutes,
                e.own_minutes,
                FORMAT_LABELS[e.format],
                KIND_LABELS[e.kind],
                PART_LABELS[e.part],
                *(
                    _safe_cell(e.text(name))
                    for name in ("group", "topic", "learning", "reflection")
                ),
                STATE_LABELS[e.state],
                _safe_cell(e.attested_as) if e.locked else "",
                _attested_at(e),
            ]
        )
    return out.getvalue()


def _safe_cell(text: str) -> str:
    """A spreadsheet never runs a typed cell as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@cache
def _templates() -> Environment:
    """Built on first use: jinja2 is imported only when a report is made, not at start."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    templates = Environment(
        loader=PackageLoader("bot.hours", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates.filters["hours"] = hours_text
    # typed text in a cell: a bidi control it leaves open stops at its end (the page joins
    # its lines, so one left open on any line would run on)
    templates.filters["closed"] = partial(bidi_closed, lines=False)
    return templates


def to_html(entries: Sequence[HoursEntry], period: Period, *, made_at: datetime, name: str) -> str:
    """A self-contained page to print or save as PDF (no scripts, no outside resources)."""
    return (
        _templates()
        .get_template("report.html.j2")
        .render(
            entries=entries,
            totals=totals(entries),
            period=period,
            made_at=made_at,
            name=name,
            formats=FORMAT_LABELS,
            kinds=KIND_LABELS,
            parts=PART_LABELS,
            states=STATE_LABELS,
            attested=(Attestation.ATTESTED, Attestation.REOPEN_ASKED),
            attested_at=_attested_at,
        )
    )
