"""A gym, mandir, masjid, gurdwara or junior/senior high school named by lower-case words is
removed when a word of the name is in no list of words or a listed name, or the words are a
listed town; the same heads after words of what kind ("the local gym") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("he trains at okponglo gym most evenings", "okponglo gym"),
        ("her uncle is the priest at the siparia shiv mandir", "siparia shiv mandir"),
        ("my son attends adenta jhs, form two", "adenta jhs"),
        ("we drove to long beach gym after work", "long beach gym"),
        ("the family prays at the gravesend gurdwara on sundays", "gravesend gurdwara"),
    ],
)
def test_named_gym_or_shrine_is_removed(text: str, org: str) -> None:
    assert_replaced(text, org, "org")


@pytest.mark.parametrize(
    "text",
    [
        "he goes to the local gym before work",
        "she went to the crossfit gym with her sister",
        "they pray at the hindu mandir near the market",
        "he lifts at the work gym at lunch",
        "my kid attends the jhs down the road",
    ],
)
def test_gym_or_shrine_of_a_kind_stays(text: str) -> None:
    assert_kept(text)
