"""The weekly group summary: counts, recurring moves, scaling and anonymised highlights.

Only consented, complete entries created inside the week count. Below the server's minimum
of contributors the result is `NotEnough` and nothing else is computed. Author and entry ids
never leave this module.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from bot.conversation.engine import parse_number, scale_out_of_ten
from bot.conversation.roles import Role
from bot.conversation.roles import Theme as ThemeSource
from bot.conversation.script import Script, library
from bot.models import EntryRecord, EntryStatus
from bot.summary.highlights import MIN_LENGTH, Candidate, candidate, choose, default_seed
from bot.summary.themes import CLIENT_LEXICON, PRACTITIONER_LEXICON
from bot.summary.week import WEEK, day_index, monday_of, week_bounds

MIN_AUTHORS = 2
"""A theme, area or average is reported only when at least this many people contributed to it."""
TREND_WEEKS = 8
# Which answers feed themes and highlights, and the area labels, come from each script.


class Theme(BaseModel):
    """A recurring move and the number of entries that mention it."""

    model_config = ConfigDict(frozen=True)

    label: str
    entries: int


class NotEnough(BaseModel):
    """Too few people took part for a summary to be shared."""

    model_config = ConfigDict(frozen=True)

    contributors: int
    needed: int


class WeekSummary(BaseModel):
    """An anonymised summary of one week's consented reflections."""

    model_config = ConfigDict(frozen=True)

    week_start: date
    counts: dict[str, int]
    contributors: int
    practitioner_moves: tuple[Theme, ...] = ()
    client_helps: tuple[Theme, ...] = ()
    areas: tuple[Theme, ...] = ()
    exceptions_found: int | None = None
    scaling_average: float | None = None
    scaling_change: float | None = None
    highlights: tuple[str, ...] = ()
    per_day: tuple[int, ...] = (0,) * 7
    trend: tuple[tuple[date, float | None], ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def eligible(
    entries: Sequence[EntryRecord], *, week_start: date, tz: ZoneInfo
) -> list[EntryRecord]:
    """Complete entries with summary consent, created inside the week."""
    start, end = week_bounds(week_start, tz)
    return [
        e
        for e in entries
        if e.consent_summary and e.status is EntryStatus.COMPLETE and start <= e.created_at < end
    ]


def _average(values: Mapping[int, list[float]]) -> float | None:
    """Mean of all values, when at least `MIN_AUTHORS` authors gave one."""
    if len(values) < MIN_AUTHORS:
        return None
    flat = [v for vs in values.values() for v in vs]
    return round(sum(flat) / len(flat), 1)


ScriptOf = Callable[[EntryRecord], Script | None]
"""The script (version) an entry was written with; None skips the entry."""


def _shipped(entry: EntryRecord) -> Script | None:
    return library().get(entry.kind)


def _scales(entries: Sequence[EntryRecord], script_of: ScriptOf) -> dict[int, list[float]]:
    """Each author's scale answers on 0-10, whatever range their entry's script asked it on."""
    by_author: dict[int, list[float]] = defaultdict(list)
    for e in entries:
        if (script := script_of(e)) is None:
            continue
        if (value := scale_out_of_ten(script, e.answers)) is not None:
            by_author[e.author_id].append(value)
    return by_author


def _texts(script: Script, answers: Mapping[str, str], theme: ThemeSource) -> list[str]:
    return [answers.get(q.id, "") for q in script.questions() if q.feeds.theme is theme]


def scaling_average(
    entries: Sequence[EntryRecord],
    *,
    week_start: date,
    tz: ZoneInfo,
    script_of: ScriptOf = _shipped,
) -> float | None:
    """The week's average 0-10 scaling answer, or None when fewer than two people gave one."""
    return _average(_scales(eligible(entries, week_start=week_start, tz=tz), script_of))


class _Tally:
    """Entries per label, and which authors named it (used for the threshold, never reported)."""

    def __init__(self) -> None:
        self.entries: Counter[str] = Counter()
        self.authors: dict[str, set[int]] = defaultdict(set)

    def add(self, labels: set[str], author: int) -> None:
        for label in labels:
            self.entries[label] += 1
            self.authors[label].add(author)

    def themes(self, names: Mapping[str, str] | None = None) -> tuple[Theme, ...]:
        """Labels named by at least `MIN_AUTHORS` people, most mentioned first; with `names`,
        what is tallied is a key and `names` gives its label."""
        kept = [
            Theme(label=label if names is None else names[label], entries=n)
            for label, n in self.entries.items()
            if len(self.authors[label]) >= MIN_AUTHORS
        ]
        return tuple(sorted(kept, key=lambda t: (-t.entries, t.label)))


def build_weekly_summary(
    entries: Sequence[EntryRecord],
    *,
    week_start: date,
    tz: ZoneInfo,
    min_contributors: int,
    previous: Sequence[EntryRecord] = (),
    history: Mapping[date, float | None] | None = None,
    seed: int | bytes | None = None,
    script_of: ScriptOf = _shipped,
) -> WeekSummary | NotEnough:
    """Summarise one week's entries, or say that too few people took part.

    `previous` holds last week's entries (for the change in scaling); `history` maps earlier
    weeks' Mondays to their scaling averages (for the trend); `seed` fixes the highlights'
    order. Highlights quote only excerpts their authors approved, exactly as approved.
    `script_of` gives each entry's script version (the shipped scripts by default): it says
    which answers feed themes, areas and scales.
    """
    week_start = monday_of(week_start)
    kept = eligible(entries, week_start=week_start, tz=tz)
    contributors = len({e.author_id for e in kept})
    needed = max(1, min_contributors)
    if contributors < needed:
        return NotEnough(contributors=contributors, needed=needed)

    counts: Counter[str] = Counter()
    per_day = [0] * 7
    moves, helps, areas = _Tally(), _Tally(), _Tally()
    area_names: dict[str, tuple[int, str]] = {}  # value -> (version, label) read with it
    found: dict[int, list[int]] = defaultdict(list)
    candidates: dict[int, list[Candidate]] = defaultdict(list)
    for e in kept:
        counts[e.kind] += 1
        per_day[day_index(e.created_at, tz)] += 1
        a = e.answers
        if (script := script_of(e)) is None:
            continue
        if texts := _texts(script, a, ThemeSource.PRACTITIONER):
            moves.add(PRACTITIONER_LEXICON.match(texts), e.author_id)
        if texts := _texts(script, a, ThemeSource.CLIENT):
            helps.add(CLIENT_LEXICON.match(texts), e.author_id)
        value = script.answer(a, Role.AREA).strip().lower()
        if label := script.choice_label(Role.AREA, value):
            # Tallied by the stored value, which a script edit keeps: an area relabelled
            # midweek is one area, under the newest version's label.
            areas.add({value}, e.author_id)
            if e.script_version >= area_names.get(value, (0, ""))[0]:
                area_names[value] = (e.script_version, label)
        if script.with_role(Role.COUNT) is not None:
            n = parse_number(script.answer(a, Role.COUNT))
            if n is not None and 0 <= n <= 20:
                found[e.author_id].append(n)
        for text in e.approved_excerpts().values():
            if c := candidate(text, MIN_LENGTH // 2):
                candidates[e.author_id].append(c)

    average = _average(_scales(kept, script_of))
    before = _average(_scales(eligible(previous, week_start=week_start - WEEK, tz=tz), script_of))
    trend = _trend(week_start, average, before, history or {})
    if seed is None:
        seed = default_seed(week_start, (d for cs in candidates.values() for d, _ in cs))
    return WeekSummary(
        week_start=week_start,
        counts=dict(sorted(counts.items())),
        contributors=contributors,
        practitioner_moves=moves.themes(),
        client_helps=helps.themes(),
        areas=areas.themes({value: label for value, (_, label) in area_names.items()}),
        exceptions_found=sum(map(sum, found.values())) if len(found) >= MIN_AUTHORS else None,
        scaling_average=average,
        scaling_change=None if average is None or before is None else round(average - before, 1),
        # The order only has to be unrelated to authorship, not unpredictable.
        highlights=choose(candidates.values(), rng=random.Random(seed)),  # noqa: S311
        per_day=tuple(per_day),
        trend=trend,
    )


def _trend(
    week_start: date,
    average: float | None,
    before: float | None,
    history: Mapping[date, float | None],
) -> tuple[tuple[date, float | None], ...]:
    """The last `TREND_WEEKS` weekly scaling averages, oldest first, ending with this week."""
    weeks = [week_start - WEEK * i for i in range(TREND_WEEKS - 1, 0, -1)]
    known = dict(history)
    if known.get(week_start - WEEK) is None:
        known[week_start - WEEK] = before
    return (*((w, known.get(w)) for w in weeks), (week_start, average))
