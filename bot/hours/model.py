"""A consultation-hours log entry, what each of its choices means, and reading typed times."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.digest import texts_digest
from bot.inert import as_shown, as_typed, narrowed, without_full_stop


class Format(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    TEXT = "async_text"


class Kind(StrEnum):
    PEER_GROUP = "peer_group"
    INDIVIDUAL = "individual"
    SUPERVISION_ONE = "supervision_individual"
    SUPERVISION_GROUP = "supervision_group"
    OTHER_CPD = "other_cpd"


class Part(StrEnum):
    """The practitioner's part in the session."""

    PRESENTER = "presenter"
    PARTICIPANT = "participant"


class Attestation(StrEnum):
    NONE = "none"
    REQUESTED = "requested"
    ATTESTED = "attested"
    DECLINED = "declined"
    REOPEN_ASKED = "reopen_asked"  # attested, and its author asked to change it


FORMAT_LABELS = {
    Format.IN_PERSON: "In person",
    Format.VIDEO: "Video",
    Format.PHONE: "Phone",
    Format.TEXT: "Asynchronous text",
}
KIND_LABELS = {
    Kind.PEER_GROUP: "Peer consultation group",
    Kind.INDIVIDUAL: "Individual consultation",
    Kind.SUPERVISION_ONE: "Supervision (individual)",
    Kind.SUPERVISION_GROUP: "Supervision (group)",
    Kind.OTHER_CPD: "Other CPD",
}
PART_LABELS = {Part.PRESENTER: "Presented my own case", Part.PARTICIPANT: "Took part"}
STATE_LABELS = {
    Attestation.NONE: "not attested",
    Attestation.REQUESTED: "attestation requested",
    Attestation.ATTESTED: "attested",
    Attestation.DECLINED: "attestation declined",
    Attestation.REOPEN_ASKED: "attested; reopening asked",
}
# The free-text fields of an entry, all encrypted together under the author's key.
TEXT_FIELDS = ("group", "topic", "learning", "reflection")
TEXT_LIMITS = {"group": 200, "topic": 200, "learning": 300, "reflection": 1000}
MAX_MINUTES = 24 * 60
WAITING_SHOWN = 25  # requests /hours pending lists at once: what one select menu holds


@dataclass(frozen=True)
class HoursEntry:
    """One logged session, decrypted, as its author sees it."""

    id: int
    author_id: int
    guild_id: int | None
    day: date
    start: str | None  # "HH:MM", or None when only minutes were given
    end: str | None
    minutes: int
    own_minutes: int
    format: Format
    kind: Kind
    part: Part
    texts: dict[str, str] = field(default_factory=dict)
    state: Attestation = Attestation.NONE
    attest_guild_id: int | None = None
    attester_id: int | None = None
    attested_at: datetime | None = None
    attested_as: str = ""  # the attester's name and credential, as they wanted them shown
    declined_reason: str = ""
    reflection_id: int | None = None
    created_at: datetime | None = None

    @property
    def locked(self) -> bool:
        return self.state in (Attestation.ATTESTED, Attestation.REOPEN_ASKED)

    @property
    def editable(self) -> bool:
        return self.state in (Attestation.NONE, Attestation.DECLINED)

    def text(self, name: str) -> str:
        return self.texts.get(name, "")

    def digest(self) -> int:
        """What an Edit form is opened on: everything the member can change or see about
        the entry (times, choices, texts, its attestation state and a decline's reason)."""
        return texts_digest(
            {
                "day": self.day.isoformat(),
                "start": self.start or "",
                "end": self.end or "",
                "minutes": str(self.minutes),
                "own_minutes": str(self.own_minutes),
                "choices": f"{self.format}/{self.kind}/{self.part}",
                "state": self.state.value,
                "declined": self.declined_reason,
                **{f"text:{name}": text for name, text in self.texts.items()},
            }
        )


class StaleForm(Exception):
    """An Edit form opened before a newer change of its entry: storing it would overwrite
    what the member has not seen, so nothing is stored."""


def edit_form_is_current(
    entry: HoursEntry, stored_by: str | None, *, shown: int, form: str
) -> bool:
    """Whether an Edit form opened on `shown` (the entry's digest then) may store its values:
    the entry is still as it was shown, or was last stored by this very form (`form`, its
    one-time id: the same form submitted again, with nothing else changed since)."""
    return stored_by == form or entry.digest() == shown


def typed_of(entry: HoursEntry) -> dict[str, str]:
    """What an Edit form shows of `entry`: its when as she types it (its span, else its
    minutes) and its texts."""
    span = f"{entry.start}-{entry.end}" if entry.start else str(entry.minutes)
    return {"when": f"{entry.day.isoformat()} {span}", **entry.texts}


@dataclass(frozen=True)
class When:
    day: date
    start: str | None
    end: str | None
    minutes: int


class WhenError(ValueError):
    """A typed date or time that cannot be read; the message says how to write it."""


_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# "-", or the wave dash or tilde a Japanese or Chinese page writes a span with ("14:00〜15:30")
_SPAN = re.compile(r"^(\d{1,2})[:.](\d{2})\s*[-–~\u301c]\s*(\d{1,2})[:.](\d{2})$")
_MINUTES = re.compile(r"^(\d{1,4})\s*(?:m|min|mins|minutes)?$", re.IGNORECASE)
_HOURS = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|hr|hrs|hours?)$", re.IGNORECASE)
WHEN_HINT = (
    "Write the date as 2026-01-05 and the time as 14:00-15:30, or as minutes (90) or hours (1.5h)."
)


FIRST_YEAR = 1970  # no one logs consultation hours from before it: "0226" is a slip


def _on_the_clock(day: date, hh: int, mm: int, zone: ZoneInfo, typed: str) -> datetime:
    """The moment `hh:mm` on `day` in `zone`; a time the clocks skipped is refused. Of a time
    shown twice (when the clocks go back), its first showing."""
    local = datetime.combine(day, time(hh, mm), tzinfo=zone)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise WhenError(
            f"{hh:02d}:{mm:02d} was never on the clock on {day.isoformat()} in {zone.key}: "
            f"the clocks went forward then, so “{as_typed(typed[:30])}” cannot be counted. "
            f"Write the times the clock showed. {WHEN_HINT}"
        )
    return local


def _passed(day: date, h1: int, m1: int, clock: int, zone: ZoneInfo, typed: str) -> int:
    """The minutes that passed in `zone` from h1:m1 on `day`, `clock` minutes later on the
    clock: different from `clock` on a day the clocks changed."""
    start = _on_the_clock(day, h1, m1, zone, typed)
    end_at = h1 * 60 + m1 + clock
    end_day = day + timedelta(days=end_at // MAX_MINUTES)
    end_at %= MAX_MINUTES
    end = _on_the_clock(end_day, end_at // 60, end_at % 60, zone, typed)
    passed = round((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 60)
    if not 0 < passed <= MAX_MINUTES:
        raise WhenError("The time must be between 1 minute and 24 hours.")
    return passed


def clock_note(e: HoursEntry) -> str:
    """Said when a logged span's clock time differs from the time that passed (the clocks
    changed during it); empty otherwise."""
    if e.start is None or e.end is None:
        return ""
    h1, m1 = (int(p) for p in e.start.split(":"))
    h2, m2 = (int(p) for p in e.end.split(":"))
    clock = (h2 * 60 + m2 - h1 * 60 - m1) % MAX_MINUTES or MAX_MINUTES
    if clock == e.minutes:
        return ""
    way = "forward" if clock > e.minutes else "back"
    return (
        f"The clocks went {way} during it: {e.start}-{e.end} on the clock is "
        f"{hours_text(e.minutes)} that passed, and that is what counts."
    )


def parse_when(
    day_text: str, time_text: str, *, today: date | None = None, zone: ZoneInfo | None = None
) -> When:
    """Read a typed date and a time span (or minutes, or hours). With `today`, a year from
    before 1970 or after next year is refused as a slip ("0226-02-03", "2226-02-03"). With
    `zone` (the member's), a span counts the time that passed there, not the clock's. Both
    are read as they show on screen: typed full-width ("０９：００–１０：３０", as an East Asian
    keyboard does) or in another script's digits, they are the same date and time."""
    match = _DATE.match(without_full_stop(narrowed(as_shown(day_text))))
    if match is None:
        raise WhenError(
            f"I couldn't read the date “{as_typed(day_text.strip()[:30])}”. {WHEN_HINT}"
        )
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise WhenError(f"{match[0]} is not a date in the calendar. {WHEN_HINT}") from None
    if today is not None and not FIRST_YEAR <= day.year <= today.year + 1:
        raise WhenError(
            f"{day.isoformat()} looks like a slip: the year should be between {FIRST_YEAR} and "
            f"{today.year + 1}. {WHEN_HINT}"
        )
    text = as_shown(time_text).strip()
    read = without_full_stop(narrowed(text))  # "14:00-15:30." ends a sentence
    if span := _SPAN.match(read):
        h1, m1, h2, m2 = (int(g) for g in span.groups())
        # "22:00-24:00" ended at midnight (kept as 22:00-00:00 is); 24:00 is never a start
        at_midnight = (h2, m2) == (24, 0)
        if h1 > 23 or m1 > 59 or m2 > 59 or (h2 > 23 and not at_midnight):
            raise WhenError(f"“{text[:30]}” is not a time of day. {WHEN_HINT}")
        if at_midnight:
            h2 = 0
        minutes = (MAX_MINUTES if at_midnight else h2 * 60 + m2) - (h1 * 60 + m1)
        if minutes == 0:  # a slip, not a session of exactly 24 hours
            raise WhenError(
                f"“{text[:30]}” starts and ends at {h1:02d}:{m1:02d}: write when it ended. "
                f"{WHEN_HINT}"
            )
        if minutes < 0:
            minutes += MAX_MINUTES  # a session past midnight
        if zone is not None:
            minutes = _passed(day, h1, m1, minutes, zone, text)
        return When(day, f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}", minutes)
    if plain := _MINUTES.match(read):
        minutes = int(plain[1])
    elif hours := _HOURS.match(read):
        minutes = round(float(hours[1].replace(",", ".")) * 60)
    else:
        raise WhenError(f"I couldn't read the time “{as_typed(text[:30])}”. {WHEN_HINT}")
    if not 0 < minutes <= MAX_MINUTES:
        raise WhenError("The time must be between 1 minute and 24 hours.")
    return When(day, None, None, minutes)


def as_logged(day_text: str, time_text: str, logged: When) -> When | None:
    """`logged` when the typed date and span are the ones it was logged with, else None. An
    edit that leaves them as they were keeps the time counted then: read again in another zone
    (she moved, or edits where another zone applies) they would count the hour the clocks
    changed otherwise, or be refused for a time that zone skipped and hers then did not."""
    if logged.start is None:
        return None  # minutes alone read the same in every zone
    try:
        typed = parse_when(day_text, time_text)
    except WhenError:
        return None
    same = (typed.day, typed.start, typed.end) == (logged.day, logged.start, logged.end)
    return logged if same else None


def own_minutes_for(part: Part, minutes: int, given: int | None) -> int:
    """Minutes on one's own practice: as given (capped), else all of it when presenting."""
    if given is not None:
        return max(0, min(given, minutes))
    return minutes if part is Part.PRESENTER else 0


def hours_text(minutes: int) -> str:
    """90 -> '1.5 h' (two decimals at most)."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".") + " h"


@dataclass(frozen=True)
class HoursDraft:
    """What a practitioner typed and chose for one session, before it is stored."""

    when: When
    own_minutes: int
    format: Format
    kind: Kind
    part: Part
    texts: dict[str, str]
    flagged: tuple[str, ...] = ()  # identifier kinds the privacy guard saw in the texts
    reflection_id: int | None = None


# The audit kind of a request for attestation that went with its entry (deleted or erased).
WITHDRAWN = "hours_withdrawn"
