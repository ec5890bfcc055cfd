"""Classes of place, organisation, number and age that leaked on independent text: a church
typed small, named by an ordinal, a church name or a saint after a cue of attendance ("a
lady at first baptist", "from st. mark's"); a street typed small ending in a street word
after a verb of living or moving ("lives on pheasant run"); the end of a labelled national
or insurance number ("SIN ending 882", "SSN last four 6620", "the last part of her FIN,
4471K"); an age over 89 in words with a fraction ("ninety two and a half"); a place named
by "the" and a capitalised plural of land, water or trees ("skating at the Forks"); a town of
an everyday word named again in the same answer ("in Bath ... She said Bath felt"); a number
after a word naming a register ("enrollment # 410-U007728"); a postcode as where mail goes
("Sending the letter to 2770"). The same words in their everyday uses stay."""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "small-church-goes",
            [
                ("her neighbour drives her to first baptist each week", "baptist"),
                ("he joined second methodist's mens group in may", "methodist"),
                ("the soup kitchen behind grace lutheran feeds him on fridays", "grace"),
                ("a woman from st. bride's visits on thursdays", "bride"),
                ("she sings at saint cecilia's and loves it", "cecilia"),
            ],
        ),
        *group(
            "lived-street-goes",
            [
                ("his gran lives on partridge run near the creek", "partridge"),
                ("they moved to linden court over the summer", "linden"),
                ("she's staying at magnolia hollow lane with her aunt", "magnolia"),
                ("he lives off barley mill road now", "barley"),
            ],
        ),
        *group(
            "partial-id-goes",
            [
                ("Client's SIN ending 553 is on the old form.", "553"),
                ("SSN last four 1947, the rest is on paper.", "1947"),
                ("Only the last part of her NRIC, 338J, was printed.", "338J"),
                ("His medicare number ends in 0612, please match it.", "0612"),
                ("the last four digits of his SSN are 7203, keep them off the note", "7203"),
            ],
        ),
        *group(
            "fraction-age-goes",
            [
                ("she insists she is ninety-three and a half", "ninety"),
                ("grandpa told us ninety one and a half, proud as anything", "ninety"),
                ("her aunt, a hundred and two and a half, came to tea", "hundred"),
            ],
        ),
        *group(
            "plural-landmark-goes",
            [
                ("They went skating at the Forks on Saturday.", "Forks"),
                ("He moved into the Elms after his fall.", "Elms"),
                ("She grew up near the Narrows and misses the water.", "Narrows"),
            ],
        ),
        *group(
            "place-echo-goes",
            [
                ("They stayed in Bath over Easter. Bath was quieter than home.", "Bath"),
                ("He moved to Reading in May, and Reading suits him.", "Reading"),
            ],
        ),
        *group(
            "register-number-goes",
            [
                ("enrollment # 731-B004412 for the housing form", "731-B004412"),
                ("Her registration no. 55-10342 is on the slip.", "55-10342"),
            ],
        ),
        *group(
            "mailed-postcode-goes",
            [
                ("Sending the letter to 4012, she moved in with her aunt.", "4012"),
                ("I posted the forms to 3141 on Monday.", "3141"),
            ],
        ),
    ],
)
def test_the_identifier_goes(text: str, word: str) -> None:
    out = redact(text)
    assert re.search(rf"(?<![\w\[]){re.escape(word)}(?![\w\]])", out, re.IGNORECASE) is None, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "small-church-stays",
            [
                "it was her first baptist service in years and she stayed to the end",
                "the first lutheran pastor he spoke to listened properly",
                "first, the methodist minister rang; then her sister came by",
                "the lady at the first methodist service was kind to her",
                "he is baptist, she is catholic, and they agreed on the naming",
            ],
        ),
        *group(
            "lived-street-stays",
            [
                "she lives on her own since the divorce and likes it",
                "he lives on toast and tea when he's low",
                "they live at the end of a gravel road",
                "the case moved to family court last month",
                "he stays home way too much, his mum says",
                "she went for a run by the river and felt lighter",
                "she is staying at nana's place this week",
                "staying at his mums place till the weekend",
                "he feels like he lives on death row waiting for the letter",
            ],
        ),
        *group(
            "partial-id-stays",
            [
                "her phone ends in 2290, text that one",
                "the last four weeks were the best since spring",
                "he got the last four answers right and grinned",
                "the match was ending 3-1 when they left",
                "her lease ends in 2026 and she wants to stay",
            ],
        ),
        *group(
            "fraction-age-stays",
            [
                "he lost ninety two and a half kilos in two years",
                "she scored ninety four and a half on the mock exam",
                "the drive was ninety and a half minutes each way",
                "she rated the week six and a half",
            ],
        ),
        *group(
            "plural-landmark-stays",
            [
                "They walked in the woods after school.",
                "The falls were loud after the rain.",
                "She read the Psalms at the funeral.",
                "He laid out the forks for dinner without being asked.",
            ],
        ),
        *group(
            "register-number-stays",
            [
                "enrollment for the 2025 intake opens in may",
                "the school has an enrollment of 1300 kids",
            ],
        ),
        *group(
            "mailed-postcode-stays",
            [
                "we moved the appointment to 1430 on friday",
                "she sent the video to 1000 people by accident",
                "he posted the clip to 2000 followers and logged off",
            ],
        ),
    ],
)
def test_the_ordinary_use_stays(text: str) -> None:
    assert redact(text) == text


def test_an_everyday_word_beside_the_town_it_names_stays() -> None:
    out = redact("She stayed with her aunt in Bath and had a long bath every night.")
    assert "[place]" in out and "a long bath every night" in out, out


def test_a_label_before_its_removed_number_stays() -> None:
    out = redact("Intake paperwork: SSN last four 6620, DOB 3/4/1970. Whatever.")
    assert out.startswith("Intake paperwork: SSN last four [id]"), out
    assert redact(out) == out


def test_a_place_named_with_the_is_not_carried_to_its_other_uses() -> None:
    out = redact(
        "They went to the Pueblo with the kids. What is in the Pueblo that is not at home?"
    )
    assert "in the Pueblo that" in out, out
