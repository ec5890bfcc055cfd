"""The hours report: typed times, CPD years, totals, and a CSV that parses back to them."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.hours.model import (
    FORMAT_LABELS,
    KIND_LABELS,
    PART_LABELS,
    Attestation,
    Format,
    HoursEntry,
    Kind,
    Part,
    WhenError,
    own_minutes_for,
    parse_when,
)
from bot.hours.period import Period, PeriodError, cpd_year, cpd_year_of, parse_period
from bot.hours.render import DETAIL_MAX, as_typed, as_typed_within, detail, more_waiting
from bot.hours.report import in_period, to_csv, to_html, totals


def test_a_year_far_from_today_is_refused_as_a_slip() -> None:
    today = date(2026, 12, 4)
    assert parse_when("1970-01-01", "60", today=today).day == date(1970, 1, 1)
    assert parse_when("2027-12-31", "60", today=today).day == date(2027, 12, 31)
    assert parse_when("0226-02-03", "60").day == date(226, 2, 3)  # no today: the calendar only
    for day in ("0226-02-03", "1969-12-31", "2028-01-01", "9999-12-31"):
        with pytest.raises(WhenError, match="looks like a slip"):
            parse_when(day, "60", today=today)


def test_times_are_read_as_spans_minutes_or_hours() -> None:
    assert parse_when("2026-01-05", "14:00-15:30").minutes == 90
    assert parse_when("2026-01-05", "9.15 – 10.00").start == "09:15"
    assert parse_when("2026-01-05", "23:30-00:30").minutes == 60  # past midnight
    with pytest.raises(WhenError, match="starts and ends at 14:00"):
        parse_when("2026-01-05", "14:00-14:00")  # a slip, not 24 hours
    assert parse_when("2026-01-05", "14:00-13:59").minutes == 1439
    ended = parse_when("2026-01-05", "22:00-24:00")  # ended at midnight
    assert (ended.start, ended.end, ended.minutes) == ("22:00", "00:00", 120)
    assert parse_when("2026-01-05", "0:00-24:00").minutes == 24 * 60  # the whole day
    for never in ("24:00-01:00", "22:00-24:01"):
        with pytest.raises(WhenError, match="is not a time of day"):
            parse_when("2026-01-05", never)
    assert parse_when("2026-01-05", "75").minutes == 75
    assert parse_when("2026-01-05", "1.5h").minutes == 90
    assert parse_when("2026-1-5", "2 hours").day == date(2026, 1, 5)
    for day, time in (
        ("05/01/2026", "60"),
        ("2026-02-30", "60"),
        ("2026-01-05", "soon"),
        ("2026-01-05", "0"),
        ("2026-01-05", "25:00-26:00"),
    ):
        with pytest.raises(WhenError):
            parse_when(day, time)


def test_own_practice_minutes() -> None:
    assert own_minutes_for(Part.PRESENTER, 90, None) == 90
    assert own_minutes_for(Part.PARTICIPANT, 90, None) == 0
    assert own_minutes_for(Part.PARTICIPANT, 90, 200) == 90


def test_cpd_years_start_in_the_chosen_month() -> None:
    assert cpd_year(2025, 7) == Period(date(2025, 7, 1), date(2026, 6, 30))
    assert cpd_year_of(date(2026, 6, 30), 7) == cpd_year(2025, 7)
    assert cpd_year_of(date(2026, 7, 1), 7) == cpd_year(2026, 7)
    assert cpd_year_of(date(2024, 2, 29), 3) == Period(date(2023, 3, 1), date(2024, 2, 29))
    assert cpd_year(2026, 1) == Period(date(2026, 1, 1), date(2026, 12, 31))
    today = date(2026, 3, 1)
    assert parse_period("", today, 4) == cpd_year(2025, 4)
    assert parse_period("last year", today, 4) == cpd_year(2024, 4)
    assert parse_period("2026-01-01 to 2026-01-31", today, 1).last == date(2026, 1, 31)
    for bad in ("soon", "2026-02-01 to 2026-01-01", "2026-02-30 to 2026-03-01"):
        with pytest.raises(PeriodError):
            parse_period(bad, today, 1)


def _entries(seed: int, count: int) -> list[HoursEntry]:
    rng = random.Random(seed)
    start = date(2024, 12, 20)
    out = []
    for i in range(count):
        state = rng.choice(list(Attestation))
        minutes = rng.randint(1, 240)
        out.append(
            HoursEntry(
                id=i + 1,
                author_id=1,
                guild_id=None,
                day=start + timedelta(days=rng.randint(0, 800)),
                start=None,
                end=None,
                minutes=minutes,
                own_minutes=rng.randint(0, minutes),
                format=rng.choice(list(Format)),
                kind=rng.choice(list(Kind)),
                part=rng.choice(list(Part)),
                texts={"topic": rng.choice(["=SUM(A1)", 'Pacing, "quoted", with, commas', "x\ny"])},
                state=state,
                attested_as="Dr Lee, MFT" if state is Attestation.ATTESTED else "",
                attested_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
            )
        )
    return out


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("start_month", [1, 4, 7, 10])
def test_csv_totals_by_type_format_role_and_cpd_year(seed: int, start_month: int) -> None:
    entries = _entries(seed, 60)
    for year in (2024, 2025, 2026):
        period = cpd_year(year, start_month)
        chosen = in_period(entries, period)
        # Counted independently of the report: the boundary days belong to exactly one year.
        expected = [e for e in entries if period.first <= e.day <= period.last]
        assert len(chosen) == len(expected)
        rows = list(csv.DictReader(io.StringIO(to_csv(chosen))))
        assert len(rows) == len(expected)
        assert sum(int(r["minutes"]) for r in rows) == totals(chosen).minutes
        assert totals(chosen).minutes == sum(e.minutes for e in expected)
        assert totals(chosen).own_minutes == sum(e.own_minutes for e in expected)
        for field, labels, attr, by in (
            ("type", KIND_LABELS, "kind", totals(chosen).by_kind),
            ("format", FORMAT_LABELS, "format", totals(chosen).by_format),
            ("role", PART_LABELS, "part", totals(chosen).by_part),
        ):
            for code, label in labels.items():
                from_csv = sum(int(r["minutes"]) for r in rows if r[field] == label)
                direct = sum(e.minutes for e in expected if getattr(e, attr) == code)
                assert from_csv == direct == by.get(label, 0)
        for row in rows:
            assert not row["topic"].startswith("=")  # never a formula in a spreadsheet
    # Every entry falls in exactly one CPD year.
    years = {cpd_year_of(e.day, start_month) for e in entries}
    assert sum(len(in_period(entries, y)) for y in years) == len(entries)


def test_a_late_evening_session_counts_on_the_day_it_was_logged() -> None:
    """Dates are the practitioner's local dates as typed: no time-zone shift moves them."""
    (entry,) = _entries(1, 1)
    late = HoursEntry(
        **{**entry.__dict__, "day": date(2026, 6, 30), "start": "23:30", "end": "00:30"}
    )
    assert in_period([late], cpd_year(2025, 7)) == [late]
    assert in_period([late], cpd_year(2026, 7)) == []


def test_the_printable_page_escapes_what_was_typed() -> None:
    (entry,) = _entries(2, 1)
    hostile = HoursEntry(**{**entry.__dict__, "texts": {"topic": "<script>alert(1)</script>"}})
    page = to_html(
        [hostile], cpd_year(2024, 1), made_at=datetime(2026, 1, 1, tzinfo=UTC), name="<b>"
    )
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>" not in page.split("<body>")[1]


def test_a_cpd_year_outside_the_calendar_is_a_period_error() -> None:
    today = date(2026, 3, 1)
    for year in ("0000", "9999"):
        with pytest.raises(PeriodError, match=f"{year} is outside the calendar"):
            parse_period(year, today, 7)
    assert parse_period("0001", today, 7) == Period(date(1, 7, 1), date(2, 6, 30))


def test_a_report_file_name_has_eight_digits_a_date_even_in_an_early_year() -> None:
    """strftime's %Y does not pad a year before 1000 on every platform: "hours-10701-20630"."""
    assert Period(date(1, 7, 1), date(2, 6, 30)).slug == "00010701-00020630"
    assert Period(date(2025, 7, 1), date(2026, 6, 30)).slug == "20250701-20260630"


@pytest.mark.parametrize("state", list(Attestation))
@pytest.mark.parametrize("char", ["*", "\\", "a"])
def test_an_entry_as_shown_fits_its_budget_however_much_markdown_was_typed(
    state: Attestation, char: str
) -> None:
    """Shown inert, a markdown character takes two: the entry's text still fits the budget,
    cut between typed characters (never leaving half an escape), longest texts first."""
    limits = {"group": 200, "topic": 200, "learning": 300, "reflection": 1000}
    entry = HoursEntry(
        **{
            **_entries(0, 1)[0].__dict__,
            "texts": {k: char * n for k, n in limits.items()},
            "state": state,
            "attested_as": char * 100,
            "declined_reason": char * 300,
        }
    )
    for for_attester in (False, True):
        shown = detail(entry, for_attester=for_attester)
        assert len(shown) <= DETAIL_MAX
    assert len(detail(entry, budget=900)) <= 900
    cut = as_typed_within(char * 50, 21)
    assert len(cut) <= 21 and cut.endswith("…")
    assert cut[:-1] == as_typed(char * (len(cut[:-1]) // len(as_typed(char))))  # whole escapes
    assert as_typed_within("*bold*", 50) == as_typed("*bold*")


def test_more_waiting_is_said_only_when_the_list_is_cut() -> None:
    assert more_waiting(3, 3) == ""
    assert more_waiting(25, 25) == ""
    said = more_waiting(25, 40)
    assert "Showing the 25 oldest of 40 requests waiting here" in said
    assert said.startswith("\n\n") and "answer these to see the rest" in said


@pytest.mark.parametrize(
    ("day", "span"),
    [
        ("２０２６－０１－０５", "０９：００–１０：３０"),  # full-width, colons and dashes too
        ("2026-01-05", "０９．００ － １０．３０"),
        ("٢٠٢٦-٠١-٠٥", "٠٩:٠٠-١٠:٣٠"),  # Arabic-Indic digits
    ],
)
def test_a_wide_date_and_span_are_read_as_they_show(day: str, span: str) -> None:
    when = parse_when(day, span, today=date(2026, 1, 10))
    read = (when.day, when.start, when.end, when.minutes)
    assert read == (date(2026, 1, 5), "09:00", "10:30", 90)
    assert parse_when(day, "１．５ｈ").minutes == 90
    assert parse_when(day, "４５ｍｉｎ").minutes == 45


def test_superscripts_are_no_span() -> None:
    with pytest.raises(WhenError, match="couldn't read the time"):
        parse_when("2026-01-05", "⁰⁹:⁰⁰-¹⁰:³⁰")


@pytest.mark.parametrize(
    "typed",
    [
        "２０２５－０７－０１ ｔｏ ２０２６－０６－３０",
        "2025-07-01 – 2026-06-30",
        "2025-07-01..2026-06-30",
    ],
)
def test_a_period_is_read_as_it_shows(typed: str) -> None:
    assert parse_period(typed, date(2026, 1, 10), 1) == Period(date(2025, 7, 1), date(2026, 6, 30))


@pytest.mark.parametrize("mark", ["\u301c", "\uff5e", "~", " \u301c "])
def test_a_span_or_range_with_a_wave_dash_or_tilde_reads_as_one(mark: str) -> None:
    when = parse_when("2026-01-05", f"14:00{mark}15:30")
    assert (when.start, when.end, when.minutes) == ("14:00", "15:30", 90)
    period = parse_period(f"2025-07-01{mark}2026-06-30", date(2026, 3, 4), 1)
    assert (period.first, period.last) == (date(2025, 7, 1), date(2026, 6, 30))


def test_a_full_stop_after_the_date_or_time_ends_the_sentence() -> None:
    span = parse_when("2026-01-05", "14:00-15:30.")
    assert (span.start, span.end, span.minutes) == ("14:00", "15:30", 90)
    assert parse_when("2026-01-05.", "90.").minutes == 90
    assert parse_when("2026-01-05", "1.5h。").minutes == 90
    with pytest.raises(WhenError):
        parse_when("2026-01-05", "90..")
