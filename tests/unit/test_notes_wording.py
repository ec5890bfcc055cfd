"""How typed answers are classified and tidied for a note, without adding any words."""

from __future__ import annotations

import pytest

from bot.notes import wording


@pytest.mark.parametrize(
    "typed",
    [
        "no",
        "N/A",
        "n/a.",
        "-",
        "idk",
        "IDK!",
        "none",
        "?",
        "  ",
        "not sure",
        "the usual",
        "Didn't say.",
    ],
)
def test_non_answers(typed: str) -> None:
    assert wording.is_non_answer(typed)


@pytest.mark.parametrize("typed", ["no panic that day", "Her partner", "walked"])
def test_answers_are_not_non_answers(typed: str) -> None:
    assert not wording.is_non_answer(typed)


@pytest.mark.parametrize("typed", ["No one", "nobody.", "No-one"])
def test_no_one_is_an_answer_about_who_noticed(typed: str) -> None:
    assert wording.is_no_one(typed)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Me.", True),
        ("I asked her about it", True),
        ("My suggestion helped", True),
        ("We talked it through", True),
        ('She said "I did it" and smiled', False),
        ("Her partner noticed", False),
        ("Moved to the US last year", False),
    ],
)
def test_first_person_outside_quotes(typed: str, expected: bool) -> None:
    assert wording.first_person(typed) is expected


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("He's cured!", ["cured"]),
        ("No more panic attacks, completely gone", ["no more", "completely", "gone"]),
        ("Resolved. Never again, she says", ["resolved", "never again"]),
        ("100% better", ["100%"]),
        ("Felt a little calmer on one morning", []),
        ("Went to the shops once, anxiety 6/10", []),
    ],
)
def test_overstated_wording(typed: str, words: list[str]) -> None:
    assert wording.overstated(typed) == words


@pytest.mark.parametrize(
    ("typed", "n"),
    [
        ("Went to the shops", 1),
        ("Tuesday and Friday went to the shops", 2),
        ("- gym on Monday\n- called sponsor\n- stayed in", 3),
        ("Managed it twice", 2),
        ("Got up on time three mornings", 3),
        ("Sat in the sun", 1),
        ("Mon and Wed walks", 2),
    ],
)
def test_occasions_described(typed: str, n: int) -> None:
    assert wording.occasions(typed) == n


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["a"], "a"),
        (["a", "b"], "a and b"),
        (["a", "b", "c"], "a, b and c"),
        (["a, x", "b"], "a, x; and b"),
        (["a, x", "b", "c"], "a, x; b; and c"),
        (["Mon: gym", "Wed: walk"], "Mon: gym; and Wed: walk"),
    ],
)
def test_lists_are_joined_naturally(parts: list[str], joined: str) -> None:
    assert wording.join_naturally(parts) == joined


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        ("Laid out clothes", "laid out clothes"),
        ("I went", "I went"),
        ("TV off early", "TV off early"),
        ("Thursday morning", "Thursday morning"),
        ("[name] called", "[name] called"),
    ],
)
def test_list_items_lose_ordinary_capitals_only(text: str, lowered: str) -> None:
    assert wording.lower_first(text) == lowered


def test_tidy_drops_emoji_and_invisible_characters_but_keeps_lines() -> None:
    typed = "Went\x07 out 🎉🎉\u200b\nsmiled 👩\u200d🏫 <:happy:123> :smile:\u2060\ufe0f\x00"
    assert wording.tidy(typed) == "Went out\nsmiled"


def test_items_drop_list_heading_and_quote_markers() -> None:
    assert wording.items("# Big win!!\n> went out.\n* one\n2) two;") == [
        "Big win!!",
        "went out",
        "one",
        "two",
    ]


def test_unmark_keeps_the_words_of_markdown() -> None:
    assert wording.unmark("**bold** _it_ __u__ ~~s~~ ||sp|| `code` snake_case 2*3") == (
        "bold it u s sp code snake_case 2*3"
    )


def test_calm_turns_exclamations_into_a_full_stop() -> None:
    assert wording.calm("No panic!! Cured!") == "No panic. Cured."
    assert wording.calm("Really?! ok") == "Really. ok"


def test_counts_are_words() -> None:
    assert [wording.in_words(n) for n in (0, 1, 3, 20, 21)] == [
        "zero",
        "one",
        "three",
        "twenty",
        "21",
    ]
