"""One group of fresh cases per failure category of the anonymizer (issue: recall first)."""

from __future__ import annotations

import pytest

from bot.privacy import find, kept_words, redact


def _gone(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out, out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reed said the mornings are easier now.", "Reed"),
        ("Heath's sister drove him to group.", "Heath"),
        ("Noticed by: Goldie. She saw the change first.", "Goldie"),
        ("Who noticed? Misty, her aunt, and the bus driver.", "Misty"),
        ("Angel (16) came alone this time.", "Angel"),
        ("Crystal and Jordan both rated the week a 6.", "Crystal"),
        ("Best hopes: Storm wants to sleep through the night.", "Storm"),
        ("The Marsh family came to the second session.", "Marsh"),
    ],
)
def test_word_names_at_sentence_start_or_after_colon(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her teacher Mrs. D noticed she spoke up more.", "Mrs. D"),
        ("Dr. V checked in on Thursday and it helped.", "Dr. V"),
        ("KJ noticed first and texted her.", "KJ"),
        ("her coach RB said she trained twice", "RB"),
    ],
)
def test_nicknames_initials_and_titles(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("talked w tamsin about the scaling thing", "tamsin"),
        ("her bf okello came along, v supportive", "okello"),
        ("mom and ruslan set up a chore chart lol", "ruslan"),
        ("ivy said she tried it and it kinda worked", "ivy"),
        ("she lives in dunedin now so the drive is shorter", "dunedin"),
    ],
)
def test_lower_case_chat(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Losaline noticed her son was calmer at dinner.", "Losaline"),
        ("Her brother Seung-hoon drove her to group.", "Seung-hoon"),
        ("Venkatraman said the walk helped.", "Venkatraman"),
        ("The client, Nyambura, rated the week a 7.", "Nyambura"),
        ("Her case worker Tevite Havili said the change was real.", "Havili"),
    ],
)
def test_names_from_many_cultures(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her father, Bram ter Meulen, noticed first.", "Meulen"),
        ("Yusof bin Hamid said the mornings were better.", "Hamid"),
        ("The employer, Paulo da Fonseca, agreed to a later start.", "Fonseca"),
        ("Her uncle Kees van der Wal came along.", "Wal"),
    ],
)
def test_names_with_particles(text: str, value: str) -> None:
    for part in value.split():
        _gone(text, part)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she posts as moth.girl_03 and said the group helped", "moth.girl_03"),
        ("posted on reddit as u/tired_dad_77 about it", "u/tired_dad_77"),
        ("his Discord is nightowl#5521 and mum worries", "nightowl#5521"),
        ("her insta is rae.paints, she asked me not to follow", "rae.paints"),
    ],
)
def test_handles_without_at(text: str, value: str) -> None:
    assert ("handle", value) in [(s.kind, s.text) for s in find(text)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The new flat is in LS11 8PT, near the bus.", "LS11 8PT", "place"),
        ("Eircode V94 T9PX was on the referral.", "V94 T9PX", "place"),
        ("Moved to T5K 2J1 last spring.", "T5K 2J1", "place"),
        ("Her NI number is JT 44 12 90 B on the letter.", "JT 44 12 90 B", "id"),
        ("SIN 527 118 904 was on the form.", "527 118 904", "id"),
    ],
)
def test_postcodes_and_national_ids(text: str, value: str, kind: str) -> None:
    assert (kind, value) in [(s.kind, s.text) for s in find(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 12.3. she went to the shop alone.", "12.3."),
        ("Since 27/8 no panic attacks.", "27/8"),
        ("It started on the fourteenth of May.", "fourteenth of May"),
        ("She went back to work October the third.", "October the third"),
    ],
)
def test_day_first_and_spelled_dates(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She works nights at KMH and sleeps in the day.", "KMH"),
        ("Her son goes to St Columba's and the teachers noticed.", "Columba"),
        ("Referral from Hillcrest House, where she stayed in June.", "Hillcrest House"),
    ],
)
def test_acronym_and_ordinary_word_orgs(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They moved back to Kaikoura after the separation.", "Kaikoura"),
        ("The family lives just outside Wodonga.", "Wodonga"),
    ],
)
def test_towns(text: str, value: str) -> None:
    _gone(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her nan (96yo) lives with them.", "96"),
        ("pt is 93 y/o and gardens daily", "93"),
        ("Grandad, 97M, moved into care.", "97"),
        ("They celebrated her 94th birthday and she coped well.", "94"),
        ("His ninety-second birthday is next week.", "ninety-second"),
    ],
)
def test_ages_over_89_compact_and_ordinal(text: str, value: str) -> None:
    _gone(text, value)


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
    assert redact(text) == text


def test_kept_words_lists_capitalised_words_left_in() -> None:
    text = "Reed said she plays Roblox after Fajr. The week was a 6."
    assert kept_words(text) == ["Roblox", "Fajr"]


def test_kept_words_skips_placeholders_pronoun_and_sentence_openers() -> None:
    assert kept_words("The client said I was right. She called [name] on Monday.") == ["Monday"]
    assert kept_words("") == []
