"""The one-time id an old /hours add form's submit is given: the same session, the same id."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.hours.model import Format, HoursDraft, Kind, Part, When
from bot.hours.old_forms import LENGTH, old_form_token
from cogs._interactions import one_time_id
from storage.tables import FORM_TOKEN_LENGTH

DRAFT = HoursDraft(
    when=When(date(2026, 1, 5), "14:00", "15:30", 90),
    own_minutes=90,
    format=Format.VIDEO,
    kind=Kind.PEER_GROUP,
    part=Part.PRESENTER,
    texts={"topic": "Pacing"},
)


def test_the_same_session_gets_the_same_id_whatever_was_typed() -> None:
    retyped = replace(DRAFT, texts={"topic": "Pacing, typed again"})
    assert old_form_token(1, DRAFT) == old_form_token(1, retyped)
    assert len(old_form_token(1, DRAFT)) == LENGTH


def test_another_session_or_member_gets_another_id() -> None:
    others = [
        replace(DRAFT, when=When(date(2026, 1, 6), "14:00", "15:30", 90)),
        replace(DRAFT, own_minutes=60),
        replace(DRAFT, part=Part.PARTICIPANT),
        replace(DRAFT, reflection_id=7),
    ]
    tokens = {old_form_token(1, d) for d in [DRAFT, *others]} | {old_form_token(2, DRAFT)}
    assert len(tokens) == len(others) + 2


def test_it_never_looks_like_a_forms_own_one_time_id() -> None:
    token = old_form_token(1, DRAFT)
    assert token.startswith("h0") and len(token) != len(one_time_id())
    assert LENGTH == FORM_TOKEN_LENGTH  # what the column holds
