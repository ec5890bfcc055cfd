"""An everyday word after a Filipino title of kinship ("tita", "tito", "lola", "lolo") is a
nickname when the sentence goes on with it as a person (an owner, or a verb after it); English
function words, adverbs, verbs and relatives' words after the title stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, group


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        *group(
            "nickname-goes",
            [
                ("tita bing said the kids slept the whole night", "bing"),
                ("we stayed at tito boy's place over the weekend", "boy"),
                ("lola pearl is turning ninety and still cooks", "pearl"),
                ("so lolo bong was there when he came home", "bong"),
                ("tita baby brought pancit and everyone calmed down", "baby"),
            ],
        ),
    ],
)
def test_an_everyday_word_after_the_title_is_a_nickname(text: str, nickname: str) -> None:
    out = redact(text)
    assert nickname not in out.split(), out
    assert "[name]" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her lola and tita both helped with the baby this week",
        "she cried talking about her tita who raised her back home",
        "tita also said he slept better after the holidays",
        "lolo cooked adobo for everyone on sunday",
        "lolo calmer Sat. and she slept again",
        "lolo better went to school again",
        "tita happier slept before school",
        "lolo good helped with the week",
        "tita good Sun. and Mon. after school",
        "she misses her lola so much since the move",
        "lolo before played with the kids and laughed",
        "tita after cried a little, then hugged her",
    ],
)
def test_words_that_go_on_the_sentence_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        *group(
            "elder-title-name-goes",
            [
                ("her ate cherry does the grocery run on fridays now", "cherry"),
                ("so si ate rowena nagpunta sa school kahapon", "rowena"),
                ("she said her ate Precious stayed up with her on video", "Precious"),
                ("manong dodong said the boat was fixed", "dodong"),
                ("kuya bong is driving him to training now", "bong"),
                ("his manang star keeps the house calm", "star"),
            ],
        ),
    ],
)
def test_a_name_after_an_elder_title_goes(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.split(), out
    assert "[name]" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she ate rice and fish every night this week",
        "he ate breakfast with his kuya before school",
        "her ate said she should rest more",
        "her kuya video calls from Qatar on sundays",
        "my ate and kuya both came to the session",
        "the kids ate pancit was all they wanted",
    ],
)
def test_ate_as_a_verb_and_titles_alone_stay(text: str) -> None:
    assert_kept(text)


def test_a_capitalised_name_after_an_owner_leaves_the_title() -> None:
    out = redact("she said her ate Precious stayed up with her")
    assert "her ate [name] stayed" in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("his pawpaw buck took him out on the boat saturday", "buck"),
        ("her meemaw sunny said the garden helped", "sunny"),
        ("mamaw dot drove her to the appointment", "dot"),
    ],
)
def test_a_name_after_a_southern_grandparents_word_goes(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.split(), out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "his papaw always said to keep going",
        "her mamaw and papaw came to the session",
        "she misses her meemaw so much",
    ],
)
def test_southern_grandparents_words_alone_stay(text: str) -> None:
    assert_kept(text)
