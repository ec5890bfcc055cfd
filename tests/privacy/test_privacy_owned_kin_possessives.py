"""A kinship word that is also a given name ("Lola", "Mimi") right after "her", "his" ...
is the relative in its possessive too ("her Lola's prayer group"); alone, or after
"call her", the possessive is still a person's name."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

OWNED = [
    "She said her Lola's rosary group on Thursdays keeps her steady.",
    "He sleeps better at his Mimi's house on weekends.",
]

STILL_REMOVED = [
    ("Lola's mom called to reschedule the session.", "Lola"),  # no owner before it
    ("I asked her to call her Gigi's number later.", "Gigi"),  # after "call her": a name
]


@pytest.mark.parametrize("text", group("owned", OWNED))
def test_owned_kin_possessives_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
