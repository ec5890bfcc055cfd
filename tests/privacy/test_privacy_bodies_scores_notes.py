"""Professional bodies, registration boards and public services named in general stay
("UKCP renewal", "counts for NBCC"), as do scores, tallies and measures shaped like dates
("Attendance 8/11", "average 4.2/5", "step 7.5."), sections of a law ("a s.37 report"),
note words in capitals ("NB", "TODO") and the words of practice administration
("Waitlist", "SharePoint"). A body that is someone's workplace or college, a day after a
word that dates it, and a name after a note word still go."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        # professional bodies and regulators of many countries
        "My UKCP registration lapses in April unless I upload the CPD log.",
        "The webinar counts for NBCC and AAMFT hours, apparently.",
        "CASW and CCPA both sent ethics updates this month.",
        "Reminder to self: the SWRB annual practising certificate fee is due.",
        "HPCSA want the proof of CPD by the end of the quarter.",
        "AASW accreditation took longer than I expected.",
        "The BABCP conference had a great session on exposure.",
        "IAHIP supervision requirements differ from the IACP ones.",
        "Still waiting on the CORU registration number to come through.",
        "RCI has changed its renewal form again.",
        # public bodies and school systems named as such
        "The DHB crisis team called back the same day.",
        "MOE guidance says parents must be told first.",
        "He dropped out of his TAFE course after a month.",
        "The Cafcass officer wants the safeguarding letter by Friday.",
        "The Medicaid MCO finally approved the extension.",
        "The Tele-MANAS line gave her a callback.",
        # scores, tallies and measures
        "Attendance 8/11 this week, which is the best so far.",
        "Worksheets: 6/9 returned by the end of group.",
        "Parents rated the course an average 4.2/5 on the survey.",
        "Scale was 5 last week, next step 7.5.",
        "Supervision hours: 2.5.",
        # sections of a law
        "The judge asked for a s.37 report before the next hearing.",
        "We discussed whether the threshold for s.17 support was met.",
        # note words in capitals and practice administration words
        "NB the printer on level two is out of toner.",
        "TODO: chase the signed consent forms from the two new families.",
        "Waitlist is down to eleven now.",
        "Rebooked the three Thursday clients into the afternoon.",
        "Templates are in SharePoint under the group folder.",
    ],
)
def test_safe_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a body as someone's workplace or college
        ("Her brother works at Cafcass in the south office.", "Cafcass"),
        ("She is a student at TAFE and hates the commute.", "TAFE"),
        # a day after a word that dates it
        ("She was first seen on 8/11 at the clinic.", "8/11"),
        ("The next review is due 14.3 at the latest.", "14.3"),
        # a name after a note word
        ("NB Oriane's dad called to cancel.", "Oriane"),
        ("TODO ring Bartholomew about the invoice.", "Bartholomew"),
    ],
)
def test_identifiers_go(text: str, value: str) -> None:
    assert_gone(text, value)
