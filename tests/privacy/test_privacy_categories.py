"""One group of fresh cases per failure category of the anonymizer (issue: recall first)."""

from __future__ import annotations

import pytest

from bot.privacy import kept_words
from tests.privacy.redaction_cases import assert_gone, assert_kept, found, group

GONE = [
    *group(
        "word-names-at-sentence-start-or-after-colon",
        [
            ("Reed said the mornings are easier now.", "Reed"),
            ("Heath's sister drove him to group.", "Heath"),
            ("Noticed by: Goldie. She saw the change first.", "Goldie"),
            ("Who noticed? Misty, her aunt, and the bus driver.", "Misty"),
            ("Angel (16) came alone this time.", "Angel"),
            ("Crystal and Jordan both rated the week a 6.", "Crystal"),
            ("Best hopes: Storm wants to sleep through the night.", "Storm"),
            ("PLAN: CBT, Anna will practise the breathing at home.", "Anna"),
            ("Actions: OT referral, Rose to call the school on Monday.", "Rose"),
            ("The Marsh family came to the second session.", "Marsh"),
        ],
    ),
    *group(
        "nicknames-initials-and-titles",
        [
            ("Her teacher Mrs. D noticed she spoke up more.", "Mrs. D"),
            ("Dr. V checked in on Thursday and it helped.", "Dr. V"),
            ("KJ noticed first and texted her.", "KJ"),
            ("her coach RB said she trained twice", "RB"),
        ],
    ),
    *group(
        "lower-case-chat",
        [
            ("talked w tamsin about the scaling thing", "tamsin"),
            ("her bf okello came along, v supportive", "okello"),
            ("mom and ruslan set up a chore chart lol", "ruslan"),
            ("me and ela went to the park after group", "ela"),
            ("ivy said she tried it and it kinda worked", "ivy"),
            ("she lives in dunedin now so the drive is shorter", "dunedin"),
        ],
    ),
    *group(
        "names-from-many-cultures",
        [
            ("Losaline noticed her son was calmer at dinner.", "Losaline"),
            ("Her brother Seung-hoon drove her to group.", "Seung-hoon"),
            ("Venkatraman said the walk helped.", "Venkatraman"),
            ("The client, Nyambura, rated the week a 7.", "Nyambura"),
            ("Her case worker Tevite Havili said the change was real.", "Havili"),
        ],
    ),
    *group(
        "names-with-particles",
        [
            ("Her father, Bram ter Meulen, noticed first.", "Meulen"),
            ("Yusof bin Hamid said the mornings were better.", "Hamid"),
            ("The employer, Paulo da Fonseca, agreed to a later start.", "Fonseca"),
            ("Her uncle Kees van der Wal came along.", "Wal"),
        ],
    ),
    *group(
        "day-first-and-spelled-dates",
        [
            ("On 12.3. she went to the shop alone.", "12.3."),
            ("Since 27/8 no panic attacks.", "27/8"),
            ("It started on the fourteenth of May.", "fourteenth of May"),
            ("She went back to work October the third.", "October the third"),
        ],
    ),
    *group(
        "acronym-and-ordinary-word-orgs",
        [
            ("She works nights at KMH and sleeps in the day.", "KMH"),
            ("Her son goes to St Columba's and the teachers noticed.", "Columba"),
            ("Referral from Hillcrest House, where she stayed in June.", "Hillcrest House"),
            ("She works for New Year Events on weekends.", "New Year Events"),
        ],
    ),
    *group(
        "towns",
        [
            ("They moved back to Kaikoura after the separation.", "Kaikoura"),
            ("The family lives just outside Wodonga.", "Wodonga"),
        ],
    ),
    *group(
        "ages-over-89-compact-and-ordinal",
        [
            ("Her nan (96yo) lives with them.", "96"),
            ("pt is 93 y/o and gardens daily", "93"),
            ("Grandad, 97M, moved into care.", "97"),
            ("They celebrated her 94th birthday and she coped well.", "94"),
            ("His ninety-second birthday is next week.", "ninety-second"),
        ],
    ),
]

FOUND = [
    *group(
        "handles-without-at",
        [
            ("she posts as moth.girl_03 and said the group helped", "moth.girl_03", "handle"),
            ("posted on reddit as u/tired_dad_77 about it", "u/tired_dad_77", "handle"),
            ("his Discord is nightowl#5521 and mum worries", "nightowl#5521", "handle"),
            ("her insta is rae.paints, she asked me not to follow", "rae.paints", "handle"),
        ],
    ),
    *group(
        "postcodes-and-national-ids",
        [
            ("The new flat is in LS11 8PT, near the bus.", "LS11 8PT", "place"),
            ("Eircode V94 T9PX was on the referral.", "V94 T9PX", "place"),
            ("Moved to T5K 2J1 last spring.", "T5K 2J1", "place"),
            ("Her NI number is JT 44 12 90 B on the letter.", "JT 44 12 90 B", "id"),
            ("SIN 527 118 904 was on the form.", "527 118 904", "id"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "value"), GONE)
def test_word_names_initials_chat_cultures_particles_dates_orgs_towns_and_ages_are_removed(
    text: str, value: str
) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_handles_without_at_postcodes_and_national_ids_are_found(
    text: str, value: str, kind: str
) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He plays Roblox and Minecraft with his cousins, and does Duolingo on the bus.",
        "Her abuelita and her bibi both noticed she was lighter.",
        "She prays Fajr again and kept Shabbat with her family; Diwali went well too.",
        "They moved from Kenya to Ontario, and her dad is from Punjab.",
        "Next session Thu after Boxing Day, and then Passover.",
        "We used the Miracle Question, then Scaling, and she liked the Best Hopes frame.",
        "He said Christmas Eve and St Patrick's Day were the hard ones.",
        "Mon and Wed are gym days; Sat is for her PlayStation.",
        "She has been on SSRIs since 2019, both GPs agreed, and he uses a CPAP and an EpiPen.",
    ],
)
def test_identifier_free_texts_full_of_capitals_are_unchanged(text: str) -> None:
    assert_kept(text)


def test_kept_words_lists_capitalised_words_left_in() -> None:
    text = "Reed said she plays Roblox after Fajr. The week was a 6."
    assert kept_words(text) == ["Roblox", "Fajr"]


def test_kept_words_skips_placeholders_pronoun_and_sentence_openers() -> None:
    assert kept_words("The client said I was right. She called [name] on Monday.") == ["Monday"]
    assert kept_words("") == []
