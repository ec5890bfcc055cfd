"""Shops and apps are things when bought from or used, organisations when somebody works,
trains or volunteers there; national agencies are organisations as a workplace."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

WORKPLACES = [
    ("Her shifts at Aldi leave her too tired for the kids.", "Aldi"),
    ("He works weekends at the Warehouse and hates the rota.", "Warehouse"),
    ("She has been a cashier at Coles for six years.", "Coles"),
    ("Since he was let go from Primark he barely leaves the house.", "Primark"),
    ("He got laid off by Spotify in the spring.", "Spotify"),
    ("She drives for Lyft most evenings to cover rent.", "Lyft"),
    ("Her Jollibee manager shouts at the new staff.", "Jollibee"),
    ("Kmart's HR never answered her email.", "Kmart"),
    ("He quit Greggs after the second warning.", "Greggs"),
    ("She volunteers at Bunnings on the sausage sizzle weekends.", "Bunnings"),
    ("a placement with Vodacom starts next month", "Vodacom"),
    ("she picked up extra shifts at lidl over christmas", "lidl"),
    ("The interview at Shoprite went better than she feared.", "Shoprite"),
    ("He is a Swiggy delivery rider, and a Swiggy driver on weekends.", "Swiggy"),
]

AGENCIES = [
    # a national agency named in general is a public body and stays
    # (test_privacy_public_services); as a workplace it is an organisation
    ("She got a job at Centrelink in the call centre.", "Centrelink"),
    ("He works for the HSE as a porter now.", "HSE"),
    ("She has been a case manager at ACC since the restructure.", "ACC"),
    ("Sassa rang her about the grant.", "Sassa"),
    ("He argued with Medibank about the claim.", "Medibank"),
]


@pytest.mark.parametrize(
    ("text", "gone"), group("workplace", WORKPLACES) + group("agency", AGENCIES)
)
def test_workplace_or_agency_is_removed_as_an_organisation(text: str, gone: str) -> None:
    assert_replaced(text, gone, "org")


def test_every_mention_of_a_workplace_goes() -> None:
    out = redact("Her job at Asda is hard. She still does her big shop at Asda on Sundays.")
    assert "Asda" not in out, out
    assert out.count("[org]") == 2, out


THINGS = [
    "She grabbed a sandwich at Aldi before the session.",
    "He pays for Spotify and listens on the bus.",
    "They meet on Zoom because the bus takes an hour.",
    "She started with Duolingo to feel less stuck.",
    "Her mum shops at Coles and Kmart on pension day.",
    "He forgot his SSS ID and his Pag-IBIG number at home.",
    "Her OHIP card expired last month.",
    "Bring the NHI number and the Aadhaar card to the clinic.",
    "i acc think the walk helped more than the app",
]


@pytest.mark.parametrize("text", group("thing", THINGS))
def test_shop_app_or_id_kind_as_a_thing_is_kept(text: str) -> None:
    assert_kept(text)
