"""The weekly summary: week arithmetic, who counts, themes, highlights, privacy and limits."""

from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

import pytest

from bot.models import EntryRecord, EntryStatus, QuoteStatus
from bot.summary import (
    NotEnough,
    WeekSummary,
    build_weekly_summary,
    previous_week,
    render_not_enough,
    render_summary_text,
    scaling_average,
    week_bounds,
    week_of,
)
from bot.summary.highlights import proposed_excerpts
from bot.summary.render import RenderedSummary, week_label
from tests.embed_limits import assert_within_embed_limits
from tests.phi_cases import labelled_cases

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WEEK = date(2026, 3, 23)  # Monday; Berlin moves to summer time on Sunday 29 March

_ids = itertools.count(1)


def entry(
    author: int,
    answers: dict[str, str] | None = None,
    *,
    kind: str = "sparkle",
    at: datetime | None = None,
    consent: bool = True,
    status: EntryStatus = EntryStatus.COMPLETE,
    entry_id: int | None = None,
) -> EntryRecord:
    created = at or datetime(2026, 3, 25, 10, tzinfo=UTC)
    return EntryRecord(
        id=entry_id if entry_id is not None else next(_ids),
        author_id=author,
        guild_id=1,
        kind=kind,
        status=status,
        next_page=0,
        consent_summary=consent,
        created_at=created,
        updated_at=created,
        answers=answers or {},
    )


def sparkle(author: int, moment: str | None = None, **answers: str) -> EntryRecord:
    text = moment or f"Author {author} had a session where the client smiled and opened up."
    return entry(author, {"moment": text, **answers})


def keep(text: str) -> str:
    return text


def approved(entries: Sequence[EntryRecord], redact: Callable[[str], str]) -> list[EntryRecord]:
    """Each entry as if its author approved the excerpts proposed to them (unless it says)."""
    return [
        e
        if e.quote_status is not QuoteStatus.UNASKED
        else e.model_copy(
            update={
                "quote_status": QuoteStatus.APPROVED,
                "excerpts": proposed_excerpts(e.kind, e.answers, redact),
            }
        )
        for e in entries
    ]


def build(entries: Sequence[EntryRecord], **kwargs: object) -> WeekSummary | NotEnough:
    options: dict[str, object] = {"week_start": WEEK, "tz": BERLIN, "min_contributors": 3}
    options.update(kwargs)
    redact = cast("Callable[[str], str]", options.pop("redact", keep))
    previous = cast("Sequence[EntryRecord]", options.pop("previous", ()))
    return build_weekly_summary(
        approved(entries, redact),
        previous=approved(previous, redact),
        **options,  # pyright: ignore[reportArgumentType]
    )


def summary(entries: Sequence[EntryRecord], **kwargs: object) -> WeekSummary:
    result = build(entries, **kwargs)
    assert isinstance(result, WeekSummary)
    return result


def rendered_text(rendered: RenderedSummary) -> str:
    parts = [rendered["title"], rendered["description"], rendered["footer"]]
    return "\n".join(parts + [f"{n}\n{v}" for n, v in rendered["fields"]])


# Week arithmetic


def test_week_bounds_across_spring_forward_in_berlin_last_167_hours() -> None:
    start, end = week_bounds(date(2026, 3, 27), BERLIN)
    assert start == datetime(2026, 3, 22, 23, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 22, tzinfo=UTC)
    assert end - start == timedelta(hours=167)


def test_week_bounds_across_fall_back_in_new_york_last_169_hours() -> None:
    start, end = week_bounds(date(2026, 11, 1), NEW_YORK)
    assert start == datetime(2026, 10, 26, 4, tzinfo=UTC)
    assert end == datetime(2026, 11, 2, 5, tzinfo=UTC)
    assert end - start == timedelta(hours=169)


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/New_York", "America/Santiago", "Australia/Lord_Howe"]
)
def test_weeks_tile_the_year_without_gaps(zone: str) -> None:
    tz = ZoneInfo(zone)
    day = date(2026, 1, 5)
    for _ in range(53):
        start, end = week_bounds(day, tz)
        assert week_bounds(day + timedelta(days=7), tz)[0] == end
        assert timedelta(hours=167) <= end - start <= timedelta(hours=169)
        day += timedelta(days=7)


def test_sunday_2330_local_is_in_that_week_and_monday_0010_in_the_next() -> None:
    sunday_late = datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN).astimezone(UTC)
    monday_early = datetime(2026, 3, 30, 0, 10, tzinfo=BERLIN).astimezone(UTC)
    assert week_of(sunday_late, BERLIN) == WEEK
    assert week_of(monday_early, BERLIN) == date(2026, 3, 30)

    authors = [sparkle(1), sparkle(2), sparkle(3)]
    late = entry(4, {"moment": "A late-night reflection about a good session."}, at=sunday_late)
    early = entry(5, {"moment": "An early reflection about a good session."}, at=monday_early)
    result = summary([*authors, late, early])
    assert result.contributors == 4
    assert result.per_day[6] == 1


def test_week_of_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="aware"):
        week_of(datetime(2026, 3, 25, 12), BERLIN)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("monday", "label"),
    [
        (date(2026, 3, 2), "2–8 March 2026"),
        (date(2026, 3, 30), "30 March – 5 April 2026"),
        (date(2025, 12, 29), "29 December 2025 – 4 January 2026"),
    ],
)
def test_week_label(monday: date, label: str) -> None:
    assert week_label(monday) == label


def test_previous_week_is_the_monday_before() -> None:
    assert previous_week(date(2026, 3, 29)) == date(2026, 3, 16)
    assert previous_week(WEEK) == date(2026, 3, 16)


# Who counts


def test_one_contributor_short_gives_not_enough_and_nothing_else() -> None:
    entries = [sparkle(1), sparkle(1), sparkle(2)]
    result = build(entries)
    assert isinstance(result, NotEnough)
    assert result == NotEnough(contributors=2, needed=3)
    assert set(type(result).model_fields) == {"contributors", "needed"}
    assert render_not_enough(result) == (
        "Not enough contributors for a summary: 2 took part, 3 are needed."
    )


def test_exactly_the_minimum_gives_a_summary() -> None:
    result = summary([sparkle(1), sparkle(2), sparkle(3)])
    assert result.contributors == 3
    assert result.counts == {"sparkle": 3}


def test_entries_without_consent_unfinished_or_outside_the_week_are_not_counted() -> None:
    outside = datetime(2026, 3, 22, 22, 59, tzinfo=UTC)  # Sunday 23:59 in Berlin, week before
    entries = [
        sparkle(1),
        sparkle(2),
        entry(3, {"moment": "Not shared with the group summary."}, consent=False),
        entry(4, {"moment": "Still a draft."}, status=EntryStatus.DRAFT),
        entry(5, {"moment": "From the week before."}, at=outside),
    ]
    assert build(entries) == NotEnough(contributors=2, needed=3)
    result = summary([*entries, sparkle(6)])
    assert (result.contributors, result.total) == (3, 3)
    assert all("Not shared" not in h and "draft" not in h for h in result.highlights)


# What is reported


def test_themes_need_two_people_and_count_entries() -> None:
    entries = [
        sparkle(1, doing="I used a scaling question and slowed right down."),
        sparkle(1, doing="Another scaling question, and the miracle question."),
        sparkle(2, saying="On a scale from 0 to 10, where are you today?"),
        sparkle(3, how="I asked the miracle question."),
        entry(4, {"client_did": "She called her sister and went for a walk."}, kind="exception"),
        entry(5, {"different": "He walked the dog with a friend."}, kind="exception"),
    ]
    result = summary(entries)
    moves = {t.label: t.entries for t in result.practitioner_moves}
    assert moves["Scaling questions"] == 3
    assert moves["The miracle question"] == 2
    assert "Slowing down, pacing" not in moves  # one person only
    helps = {t.label: t.entries for t in result.client_helps}
    assert helps == {"Support people": 2, "Exercise, walking": 2}


def test_scaling_average_and_change_from_last_week() -> None:
    last_week = datetime(2026, 3, 18, 9, tzinfo=UTC)
    before = [
        entry(1, {"frequency": "4"}, at=last_week),
        entry(2, {"frequency": "six"}, at=last_week),
    ]
    entries = [sparkle(1, frequency="7"), sparkle(2, frequency="8/10"), sparkle(3, frequency="?")]
    result = summary(entries, previous=before, history={date(2026, 3, 9): 3.5})
    assert result.scaling_average == 7.5
    assert result.scaling_change == 2.5
    assert len(result.trend) == 8
    assert result.trend[-3:] == ((date(2026, 3, 9), 3.5), (date(2026, 3, 16), 5.0), (WEEK, 7.5))
    assert scaling_average(entries, week_start=WEEK, tz=BERLIN) == 7.5
    text = rendered_text(render_summary_text(result))
    assert "7.5 on average, up 2.5 from last week" in text


def test_a_scaling_average_from_one_person_is_not_reported() -> None:
    entries = [sparkle(1, frequency="9"), sparkle(1, frequency="8"), sparkle(2), sparkle(3)]
    assert summary(entries).scaling_average is None


def test_no_author_or_entry_id_reaches_the_output() -> None:
    authors = [987_654_321_001, 987_654_321_002, 987_654_321_003]
    entries = [
        entry(
            a,
            {"moment": f"A session that went well, number {i}.", "frequency": "5"},
            entry_id=123_456_789_000 + i,
        )
        for i, a in enumerate(authors)
    ]
    result = summary(entries)
    dumped = result.model_dump_json() + json.dumps(render_summary_text(result))
    assert "987654321" not in dumped
    assert "123456789" not in dumped


# Highlights


def test_at_most_one_highlight_per_author_and_five_in_all() -> None:
    entries = [
        sparkle(author, f"Author {author}, entry {n}: the client found their own words.")
        for author in range(1, 9)
        for n in range(3)
    ]
    for seed in range(30):
        highlights = summary(entries, seed=seed).highlights
        assert len(highlights) == 5
        authors = {h.split(",")[0] for h in highlights}
        assert len(authors) == 5


def _highlight_entries(authors: Sequence[int]) -> list[EntryRecord]:
    texts = [
        "The client laughed for the first time in weeks.",
        "We sat in silence and then she told me what she wanted.",
        "He said the scaling question made him feel understood.",
        "I slowed down and the whole session changed pace.",
        "She noticed her own progress before I said anything.",
    ]
    at = datetime(2026, 3, 23, 8, tzinfo=UTC)
    return [
        entry(a, {"moment": t}, at=at + timedelta(hours=i), entry_id=i + 1)
        for i, (a, t) in enumerate(zip(authors, texts, strict=True))
    ]


def test_every_author_comes_first_sometimes_over_many_seeds() -> None:
    entries = _highlight_entries([1, 2, 3, 4, 5])
    author_of = {e.answers["moment"]: e.author_id for e in entries}
    firsts = {author_of[summary(entries, seed=seed).highlights[0]] for seed in range(200)}
    assert firsts == {1, 2, 3, 4, 5}


def test_highlight_order_ignores_input_order_and_author_labels() -> None:
    entries = _highlight_entries([1, 2, 3, 4, 5])
    relabelled = _highlight_entries([50, 40, 30, 20, 10])
    for seed in range(20):
        expected = summary(entries, seed=seed).highlights
        shuffled = entries[:]
        random.Random(seed).shuffle(shuffled)
        assert summary(shuffled, seed=seed).highlights == expected
        assert summary(relabelled[::-1], seed=seed).highlights == expected
    # Without a seed, the same input in any order gives the same summary.
    assert summary(entries).highlights == summary(entries[::-1]).highlights


def test_highlights_are_redacted_and_cut_at_sentences() -> None:
    long_moment = "First sentence about the session. " * 20
    entries = [sparkle(1, long_moment), sparkle(2), sparkle(3)]
    result = summary(entries, redact=lambda t: t.replace("session", "[redacted]"))
    assert all("session" not in h for h in result.highlights)
    cut = next(h for h in result.highlights if h.startswith("First"))
    assert len(cut) <= 300
    assert cut.endswith(".")


# Privacy and limits


def _phi_cases() -> list[str]:
    return [case["text"] for case in labelled_cases()]


def _phi_spans() -> list[str]:
    return [span["text"] for case in labelled_cases() for span in case["spans"]]


def test_no_labelled_identifier_reaches_the_summary() -> None:
    """Every case becomes a highlight in some summary, redacted by the real anonymiser."""
    from bot.privacy import redact

    cases = _phi_cases()
    spans = [re.compile(rf"(?<!\w){re.escape(s)}(?!\w)") for s in _phi_spans()]
    assert spans, "the labelled cases should not be empty"
    shown = 0
    for start in range(0, len(cases), 5):  # five people a week: each one's case is shown
        entries = [
            entry(i, {"moment": text, "doing": text})
            if i % 2
            else entry(i, {"client_did": text, "questions_used": text}, kind="exception")
            for i, text in enumerate(cases[start : start + 5])
        ]
        result = summary(entries, redact=redact, min_contributors=1)
        shown += len(result.highlights)
        outputs = [*result.highlights, rendered_text(render_summary_text(result))]
        for pattern in spans:
            assert not [o for o in outputs if pattern.search(o)], f"{pattern.pattern} leaked"
    assert shown == len([c for c in cases if len(" ".join(c.split())) >= 20])


def _long_text(rng: random.Random, size: int) -> str:
    words = "client session scaling breathing calmer walk sister slowed noticed what else".split()
    text = ""
    while len(text) < size:
        text += " ".join(rng.choice(words) for _ in range(12)).capitalize() + ". "
    return text[:size]


@pytest.mark.runs_long
def test_rendering_fits_discord_limits_for_10000_long_entries() -> None:
    rng = random.Random(7)
    start, _ = week_bounds(WEEK, BERLIN)  # the week lasts 167 hours: 10,020 minutes
    text = [_long_text(rng, 4000) for _ in range(50)]
    entries: list[EntryRecord] = []
    for i in range(10_000):
        at = start + timedelta(minutes=i)
        if i % 3:
            answers = {f: text[(i + k) % 50] for k, f in enumerate(("moment", "doing", "how"))}
            entries.append(entry(i % 40, {**answers, "frequency": str(i % 11)}, at=at))
        else:
            answers = {"client_did": text[i % 50], "area": "grief", "count": "3"}
            entries.append(entry(i % 40, answers, kind="exception", at=at))
    result = summary(entries)
    assert result.total == 10_000
    out = render_summary_text(result)
    assert_within_embed_limits(out["title"], out["description"], out["fields"], out["footer"])
    assert all(len(h) <= 300 for h in result.highlights)


def test_importing_the_package_loads_neither_the_chart_library_nor_discord() -> None:
    code = (
        "import sys, bot.summary\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('matplotlib', 'PIL', 'discord', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603


# Approved excerpts only


def _with_quotes(entry_: EntryRecord, status: QuoteStatus, excerpts: dict[str, str]) -> EntryRecord:
    return entry_.model_copy(update={"quote_status": status, "excerpts": excerpts})


def test_only_approved_excerpts_are_quoted_and_exactly_as_approved() -> None:
    text = "Told Marta to try the walk again, and she did it twice."
    quoted = "Asked the client to try the walk again, and she did it twice."
    entries = [
        _with_quotes(sparkle(1, text), QuoteStatus.APPROVED, {"moment": quoted}),
        _with_quotes(sparkle(2), QuoteStatus.PENDING, {"moment": "Shown but never approved."}),
        _with_quotes(sparkle(3), QuoteStatus.DECLINED, {}),
        _with_quotes(sparkle(4), QuoteStatus.UNASKED, {}),
    ]
    for seed in range(10):
        result = build_weekly_summary(
            entries, week_start=WEEK, tz=BERLIN, min_contributors=3, seed=seed
        )
        assert isinstance(result, WeekSummary)
        assert (result.contributors, result.total) == (4, 4)  # every one of them counts
        assert result.highlights == (quoted,)


def test_a_week_with_no_approved_excerpt_still_has_its_figures_and_themes() -> None:
    entries = [
        _with_quotes(
            sparkle(a, doing="I asked a scaling question and waited."),
            QuoteStatus.DECLINED,
            {},
        )
        for a in (1, 2, 3)
    ]
    result = build_weekly_summary(entries, week_start=WEEK, tz=BERLIN, min_contributors=3)
    assert isinstance(result, WeekSummary)
    assert result.highlights == ()
    assert result.total == 3
    assert result.practitioner_moves, "themes still come from the answers"
    assert all("Highlight" not in name for name, _ in render_summary_text(result)["fields"])


def test_proposed_excerpts_are_anonymized_cut_and_only_from_quotable_answers() -> None:
    answers = {
        "moment": "First sentence about Marta. " * 20,
        "signs": "Not a source of highlights at all, however long it is.",
        "doing": "short",
    }
    shown = proposed_excerpts("sparkle", answers, lambda t: t.replace("Marta", "[name]"))
    assert set(shown) == {"moment"}
    assert "Marta" not in shown["moment"] and len(shown["moment"]) <= 300
    assert shown["moment"].endswith(".")


def test_an_excerpt_edit_of_the_wording_already_stored_changes_nothing() -> None:
    from bot.summary.highlights import edit_changes_nothing

    stored = {"moment": "She laughed, then emailed me at [email] to say so."}
    for status in (QuoteStatus.PENDING, QuoteStatus.APPROVED):
        assert edit_changes_nothing(status, stored, dict(stored))
        assert not edit_changes_nothing(status, stored, {"moment": "Other words now."})
        assert not edit_changes_nothing(status, stored, {**stored, "doing": "Slowed down."})
    # Not shown (never asked, or declined): the edit is a new wording to show.
    for status in (QuoteStatus.UNASKED, QuoteStatus.DECLINED):
        assert not edit_changes_nothing(status, stored, dict(stored))
    assert not edit_changes_nothing(QuoteStatus.PENDING, {}, {})  # nothing left: a decline


def test_an_edit_form_is_current_only_on_what_it_showed_or_wrote_itself() -> None:
    from bot.summary.highlights import edit_form_is_current, excerpts_digest

    shown = {"moment": "The client laughed for the first time in weeks."}
    newer = {"moment": "She laughed and said it had been weeks."}
    digest = excerpts_digest(shown)
    for status in (QuoteStatus.PENDING, QuoteStatus.APPROVED):
        # Still what it was opened on (stored by the bot, or by another form): current.
        assert edit_form_is_current(status, shown, [None], shown=digest, form="mine")
        assert edit_form_is_current(status, shown, ["other"], shown=digest, form="mine")
        # Changed by another form since: stale; by this very form: current (sent again).
        assert not edit_form_is_current(status, newer, ["other"], shown=digest, form="mine")
        assert not edit_form_is_current(status, newer, [None], shown=digest, form="mine")
        assert edit_form_is_current(status, newer, ["mine"], shown=digest, form="mine")
    # "Don't quote me" or an edit of the entry since: nothing is stored, and it is stale.
    for status in (QuoteStatus.DECLINED, QuoteStatus.UNASKED):
        assert not edit_form_is_current(status, {}, [], shown=digest, form="mine")
    assert not edit_form_is_current(
        QuoteStatus.PENDING, {}, [], shown=excerpts_digest({}), form="m"
    )
