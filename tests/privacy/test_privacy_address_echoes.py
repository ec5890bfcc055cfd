"""A given name echoed by the person's own email address or handle in the same text is taken
wherever the text names them ("new contact: tomasi, tomasi.vake@mail.com"); everyday words,
function words and the later parts of an address stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("new contact: mawuli, mawuli.tetteh@outlook.com, lives near the market", "mawuli"),
        ("kirra ig is kirra_surfs_22, she posts there when she's low", "kirra"),
        ("his snap is tobenna_d_great. blocked tobenna after that lol", "tobenna"),
        ("follow up klien yohanis via email yohanis.wenda92@gmail.com, dia sudah baik", "yohanis"),
        # an everyday given name, paired with a family name in the address
        ("pls email joy at joy.ranario@gmail.com abt the form", "joy"),
        # a handle that runs the name into other words
        ("pls check @anelisewrites, anelise posts every night", "anelise"),
    ],
)
def test_the_name_an_address_opens_with_is_taken(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.lower().replace("[email]", "").replace("[handle]", "")
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an everyday word opens the address: no one is named
        ("write to hope.center@gmail.com, hope is what we hold on to", "hope is what"),
        # the everyday word after a determiner stays, even where the address names someone
        ("such a lovely week. her ig @lovely.dusun88 was quiet", "a lovely week"),
        # the later parts of an address name no one: "fufu" is the food
        ("his shop page nico_fufu.manado sells cakalang fufu now", "cakalang fufu"),
        # a function word opening a handle
        ("the page is @the_real_hub and the meeting is at 5", "the meeting"),
        # an everyday word at the head of a handle that runs words together
        ("her page @kitchenqueen22 is new; the kitchen was clean", "the kitchen was"),
    ],
)
def test_everyday_words_stay(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out
    assert redact(out) == out
