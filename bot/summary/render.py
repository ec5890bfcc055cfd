"""The weekly summary as plain text sections and as Discord-free embed data within limits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import TypedDict

from bot.conversation.roles import ScriptKind
from bot.digest import texts_digest
from bot.inert import as_typed
from bot.limits import (
    EMBED_DESCRIPTION_MAX,
    EMBED_TITLE_MAX,
    EMBED_TOTAL_MAX,
    FIELDS_MAX,
    clip,
    fit_fields,
)
from bot.summary.build import NotEnough, Theme, WeekSummary
from bot.summary.week import MONTHS
from bot.wording import counted

THEMES_SHOWN = 8
FOOTER = "Anonymized: only entries their authors included, no names, highlights in random order."
KINDS: dict[str, tuple[str, str]] = {
    ScriptKind.SPARKLE: ("sparkling moment", "sparkling moments"),
    ScriptKind.EXCEPTION: ("client-exception debrief", "client-exception debriefs"),
}
OVERVIEW, HIGHLIGHTS = "Overview", "Highlights"


class RenderedSummary(TypedDict):
    """Embed-shaped data: the Discord glue copies it into an embed as it is."""

    title: str
    description: str
    fields: list[tuple[str, str]]
    footer: str


def highlight_quote(text: str) -> str:
    """A highlight exactly as the summary shows it (also how its author is shown it first):
    typed text made inert (`as_typed`), so the quote renders as typed."""
    return f"> {as_typed(text)}"


def week_label(week_start: date) -> str:
    """'2–8 March 2026', '30 March – 5 April 2026' or '29 December 2025 – 4 January 2026'."""
    end = week_start + timedelta(days=6)
    first, last = MONTHS[week_start.month - 1], MONTHS[end.month - 1]
    if week_start.year != end.year:
        return f"{week_start.day} {first} {week_start.year} – {end.day} {last} {end.year}"
    if week_start.month != end.month:
        return f"{week_start.day} {first} – {end.day} {last} {end.year}"
    return f"{week_start.day}–{end.day} {last} {end.year}"


def _overview(summary: WeekSummary) -> str:
    counts = summary.counts
    order = [k for k in KINDS if k in counts] + sorted(k for k in counts if k not in KINDS)
    kinds = ", ".join(
        counted(counts[kind], *KINDS.get(kind, (f"{kind} entry", f"{kind} entries")))
        for kind in order
    )
    lines = [
        f"{counted(summary.total, 'reflection', 'reflections')} from "
        f"{counted(summary.contributors, 'contributor', 'contributors')}: {kinds}."
    ]
    if summary.scaling_average is not None:
        line = (
            f"How often sparkling moments happen (0-10): {summary.scaling_average:.1f} on average"
        )
        change = summary.scaling_change
        if change is not None:
            line += (
                ", the same as last week"
                if change == 0
                else f", {'up' if change > 0 else 'down'} {abs(change):.1f} from last week"
            )
        lines.append(line + ".")
    if summary.exceptions_found is not None:
        lines.append(f"Exceptions identified in debriefs: {summary.exceptions_found}.")
    return "\n".join(lines)


def _theme_lines(themes: tuple[Theme, ...], shown: Callable[[str], str] = as_typed) -> str:
    return "\n".join(
        f"• {shown(t.label)}: {counted(t.entries, 'entry', 'entries')}"
        for t in themes[:THEMES_SHOWN]
    )


@lru_cache(maxsize=512)
def _area_label(label: str) -> str:
    """An area's label as the group sees it: a server's admins may have typed it (a script's
    choice), so it is anonymized and shown inert, as a share shows a script's labels."""
    from bot.privacy import redact  # its word lists load on first use, not on import

    return as_typed(redact(label))


def summary_sections(summary: WeekSummary) -> list[tuple[str, str]]:
    """(heading, body) pairs in reading order; empty sections are left out."""
    sections = [(OVERVIEW, _overview(summary))]
    if summary.highlights:
        quotes = "\n\n".join(highlight_quote(h) for h in summary.highlights)
        sections.append((HIGHLIGHTS, quotes))
    for heading, themes, shown in (
        ("What practitioners did differently", summary.practitioner_moves, as_typed),
        ("What helped clients", summary.client_helps, as_typed),
        ("Areas of concern", summary.areas, _area_label),
    ):
        if themes:
            sections.append((heading, _theme_lines(themes, shown)))
    return sections


def render_summary_text(summary: WeekSummary) -> RenderedSummary:
    """Title, description and fields that fit Discord's embed limits together."""
    title = clip(f"Weekly reflections, {week_label(summary.week_start)}", EMBED_TITLE_MAX)
    sections = summary_sections(summary)
    top = [s for s in sections if s[0] in (OVERVIEW, HIGHLIGHTS)]
    rest = [s for s in sections if s[0] not in (OVERVIEW, HIGHLIGHTS)]
    text = [body if name == OVERVIEW else f"**{name}**\n{body}" for name, body in top]
    description = clip("\n\n".join(text), EMBED_DESCRIPTION_MAX)
    budget = EMBED_TOTAL_MAX - len(title) - len(description) - len(FOOTER)
    fields, _ = fit_fields(rest[:FIELDS_MAX], budget)
    return RenderedSummary(title=title, description=description, fields=fields, footer=FOOTER)


def summary_digest(summary: WeekSummary) -> int:
    """A short number naming one summary exactly as its message shows it (its text and the
    data its chart draws), carried by the Post button of a preview: a click posts only the
    summary its preview showed."""
    rendered = render_summary_text(summary)
    fields = "\x1f".join(f"{name}\x1e{value}" for name, value in rendered["fields"])
    return texts_digest(
        {
            "title": rendered["title"],
            "description": rendered["description"],
            "fields": fields,
            "footer": rendered["footer"],
            "chart": repr((summary.per_day, summary.trend)),
        }
    )


def render_not_enough(result: NotEnough) -> str:
    """The only thing said when too few people took part."""
    return (
        f"Not enough contributors for a summary: {result.contributors} took part, "
        f"{result.needed} {'is' if result.needed == 1 else 'are'} needed."
    )
