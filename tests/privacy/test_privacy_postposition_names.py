"""Lower-case names before "ne" or "ko" in romanised Hindi-Urdu: the postposition marks a
person ("maine pintu ko nahi maara"); the same word elsewhere in the text goes too. Pronouns,
numerals, kinship words and nouns after a possessive in the same slot stay ("khud ko",
"kisi ne", "mummy ko", "mere dost ko"), and so do the same short words in other languages.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._postposition_names import may_hold, names_before_postpositions


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('he said "kal maine pintu ko nahi maara" and pintu is his cousin', "pintu"),
        ('she said "aaj golu ne khud khana khaya" and laughed', "golu"),
    ],
)
def test_name_before_postposition_goes(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        'he said "main ne khud ko maaf kiya" and cried',
        'she said "pehli baar kisi ne pucha ki kya hua"',
        'he said "aaj usko sab bata diya" and smiled',
        'she said "mere dost ko sab pata tha" today',
        'she said "school teacher aur counsellor dono ne help ki"',
    ],
)
def test_words_of_the_language_stay(text: str) -> None:
    assert redact(text) == text


def test_other_languages_sharing_the_postposition() -> None:
    # Cebuano "ko" (I, my) and Albanian "ne" (to, in) do not make a Hindi stretch
    lex = lexicon()
    assert names_before_postpositions("lipay kaayo ko karon sa balay", lex) == []
    assert names_before_postpositions("tha jane ne durres deri te hënën", lex) == []


def test_gate() -> None:
    assert may_hold(["sonu", "ko"])
    assert not may_hold(["sonu", "came"])
