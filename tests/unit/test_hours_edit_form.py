"""Whether an /hours Edit form may store its values: only on the entry it was opened on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.digest import texts_digest
from bot.hours.model import (
    Attestation,
    Format,
    HoursEntry,
    Kind,
    Part,
    edit_form_is_current,
    typed_of,
)
from bot.summary.highlights import excerpts_digest

ENTRY = HoursEntry(
    id=1,
    author_id=7,
    guild_id=None,
    day=date(2026, 1, 5),
    start="14:00",
    end="15:30",
    minutes=90,
    own_minutes=90,
    format=Format.VIDEO,
    kind=Kind.PEER_GROUP,
    part=Part.PRESENTER,
    texts={"topic": "Pacing"},
)


def test_the_digest_names_everything_the_member_sees_of_an_entry() -> None:
    digest = ENTRY.digest()
    assert replace(ENTRY, texts={"topic": "Pacing"}).digest() == digest
    for changed in (
        replace(ENTRY, texts={"topic": "Endings"}),
        replace(ENTRY, day=date(2026, 1, 6)),
        replace(ENTRY, start=None, end=None),
        replace(ENTRY, minutes=60),
        replace(ENTRY, own_minutes=0),
        replace(ENTRY, format=Format.PHONE),
        replace(ENTRY, state=Attestation.DECLINED),
        replace(ENTRY, state=Attestation.DECLINED, declined_reason="Wrong date."),
    ):
        assert changed.digest() != digest
    assert (
        replace(ENTRY, state=Attestation.DECLINED, declined_reason="Wrong date.").digest()
        != replace(ENTRY, state=Attestation.DECLINED, declined_reason="Not there.").digest()
    )


def test_an_edit_form_is_current_only_on_what_it_showed_or_stored_itself() -> None:
    shown = ENTRY.digest()
    newer = replace(ENTRY, texts={"topic": "Endings"})
    assert edit_form_is_current(ENTRY, None, shown=shown, form="mine")
    assert edit_form_is_current(ENTRY, "other", shown=shown, form="mine")
    assert not edit_form_is_current(newer, "other", shown=shown, form="mine")
    assert not edit_form_is_current(newer, None, shown=shown, form="mine")
    assert edit_form_is_current(newer, "mine", shown=shown, form="mine")  # sent again


def test_excerpt_digests_are_the_shared_texts_digest() -> None:
    excerpts = {"moment": "She laughed.", "next_step": "Slow down."}
    assert (
        excerpts_digest(excerpts)
        == texts_digest(excerpts)
        == texts_digest(dict(reversed(excerpts.items())))
    )


def test_an_edit_form_shows_the_when_as_typed_a_span_or_its_minutes() -> None:
    assert typed_of(ENTRY) == {"when": "2026-01-05 14:00-15:30", "topic": "Pacing"}
    minutes_only = replace(ENTRY, start=None, end=None, texts={})
    assert typed_of(minutes_only) == {"when": "2026-01-05 90"}
