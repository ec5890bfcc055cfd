"""The administrative side of practice stays: time zones, billing codes, the acronyms of
privacy law, licensing and funding, practice software and telehealth platforms, acronyms
joined to an everyday word, "Participant" or "Resident" opening a sentence. A real
identifier beside them still goes: an id after an id word, a ZIP code after a state, an
employer named after "employer", a postcode closing a street address, a person asked by
name before a colon."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        # time zones after a time or alone
        "Peer consult moved to 11am CST so the west coast folks can join.",
        "My client is on NZST now, so we meet before breakfast my time.",
        "Half the team works in MDT and the rest in EDT.",
        "The training runs 18:00 CET on the first Monday.",
        # billing codes
        "Their portal rejected 90834 twice this week but paid the 90853 group.",
        "I bill 90791 once and then 90832 for the short check-ins.",
        "Add-on 90785 applies when the interpreter joins.",
        "The ICD-10 code went from F43.22 to F43.21 after review.",
        # legal, licensing and funding acronyms
        "Does the new BAA cover voicemail under HIPAA?",
        "She needs an ROI before I can call her GP.",
        "Our FERPA training was painless this year.",
        "Twenty CEUs still to go before the renewal date.",
        "The CCBHC grant pays for the peer worker.",
        "Under PHIPA the school cannot see the notes.",
        "Most families we see are DCFS-involved at intake.",
        "Our clinic is a HIPAA-compliant space now.",
        # practice software and platforms
        "Moving from TherapyNotes to SimplePractice took a whole weekend.",
        "The Jane App reminders cut our no-shows in half.",
        "Clients find the doxy.me waiting room calming.",
        "Is Owl Practice worth it for a solo clinician?",
        # the words for the people a service is for, opening a sentence
        "Quarterly review done. Participant said his carer now comes twice a week.",
        "Resident said her new room gets the morning sun.",
    ],
)
def test_practice_administration_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her MRN 90837 was entered twice.", "90837"),
        ("Member no. 90791 has no authorisation on file.", "90791"),
        ("Mail it to 9 Pier Ave, Seal Beach, CA 90834 by Friday.", "90834"),
        ("Session link is https://doxy.me/drokafor for Thursday.", "doxy.me/drokafor"),
        ("Booking page calendly.com/okafor-counselling/first-visit works now.", "okafor"),
        ("EAP intake: employer Northern Ridge Haulage, six sessions approved.", "Northern Ridge"),
        ("Home visit at 8 Totara Street, Manurewa 2024 went well.", "2024"),
        ("Faith: could you fax the school letter before noon?", "Faith"),
        ("my new participant sunny said his week was calmer", "sunny"),
        ("Call Renata Okafor at 555-208-4471 about the claim.", "555-208-4471"),
    ],
)
def test_identifiers_beside_them_go(text: str, value: str) -> None:
    assert_gone(text, value)
