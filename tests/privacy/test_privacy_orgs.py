"""Places named by a number or letter are removed ("Road 9", "Avenue J", "House 27, Road 9");
long acronyms of local bodies after "member of", "from" and the like, and
organisations named by everyday words at the start of a sentence are removed too;
courts named by the kind of case they hear and the subjects of qualifications are kept."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The family rents a flat on Avenue M, above a bakery.", "Avenue M"),
        ("He grew up on Street 22 and still visits his cousins there.", "Street 22"),
        ("they stay at House 41, Road 11 now, near the lake", "Road 11"),
        ("Plot 9, Lane 3 is where her grandmother keeps goats.", "Lane 3"),
        ("Her stall is at the corner of Road 7 and the market lane.", "Road 7"),
        ("Moved last month to Avenue 12 — the rent is lower.", "Avenue 12"),
        ("She did her degree in Leeds and came home after.", "Leeds"),
        ("He lives off Riverside Court, near the old mill.", "Riverside"),
        ("Her brother is a member of NAWOLU and goes to the savings meetings.", "NAWOLU"),
        ("referred from KIWAKU after the clinic visit", "KIWAKU"),
        ("Every week she walks to Christ Redeemer Chapel with her aunt.", "Christ"),
        ("Open Door Baptist Church gave her a food parcel every week.", "Open Door"),
        ("We met twice. Shining Light Academy then called her mum.", "Shining Light"),
        ("Notes:\nGolden Harvest Fellowship runs the youth night he goes to.", "Golden Harvest"),
    ],
)
def test_place_named_by_a_number_or_a_name_is_removed(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Family Court date moved twice and she stayed steady both times.",
        "He was calm in the Magistrates Court, which surprised his lawyer.",
        "After the Youth Court hearing he went straight to football practice.",
        "The Coroner's Court letter arrived and she read it with her sister.",
        "She is halfway through a Certificate IV in Aged Care and loves the placements.",
        "He finished his Diploma in Carpentry and built his mum a bench.",
        "Her degree in Marine Biology is nearly done, one unit left.",
        "She picks up bread at the Mini Mart on the way to group.",
        "Road safety was the theme of the assembly, and he read a poem.",
        "Street 5 of the board game is where the kids always argue, she laughed.",
        "She was SO ANGRY with him, then laughed about it in session.",
        "He wrote HOPEFUL at the top of the page and underlined it.",
        "She thanked God and said the church hall felt like home.",
        "Anger Management Clinic was where he first felt heard.",
        "Family Support Centre is open on Mondays, and she went twice.",
        "Community Mental Health Team is how the letter was signed.",
    ],
)
def test_kind_of_court_subject_or_shop_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "They moved to House 3, Road 14 after the flood.",
        "His cousin works on Avenue J and the Family Court is close by.",
    ],
)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
