"""A kinship word of another language that is also a given name or surname ("Lola", "Anna",
"Mak", "Tete") is that kinship word where the note shows its language (another kinship word
of it, or its name) or, for one that is no listed given name, a possessive stands right before
it; alone, or before a capitalised word, or as a listed given name with a single cue, it stays
a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        *group(
            "kinship-word-kept",
            [
                # coordinated with another kinship word of the same language
                ("Mak and Abah came to the review. Mak asked about the homework.", "Mak asked"),
                ("Ayah and Mak drove her to the hostel on Sunday.", "Ayah and Mak"),
                # a possessive right before a kinship word that is no listed given name
                ("She said her Mak rang from the hostel every night.", "her Mak rang"),
                # a listed given name among two words of its language
                ("Her Amma cooked, her Appa read the paper, her Anna drove her.", "her Anna drove"),
                # another kinship word of the language elsewhere, for a rarer name
                ("Tete sat in today. Sekuru was unwell, so he stayed home.", "Tete sat"),
                # two kinship words of the language around a name of many countries
                ("Lola joined the call. Her kuya and her ate both said she smiles more.", "Lola"),
                # a language name joined to another one
                ("At home they speak Karen and Burmese, the boy says.", "Karen and Burmese"),
            ],
        ),
    ],
)
def test_a_kinship_word_of_a_shown_language_is_kept(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                # no word of the language anywhere: a name
                ("Lola rang to say the week was calmer.", "Lola"),
                # a name of many countries with one cue only, not beside it
                ("Anna said her appa liked the new plan.", "Anna"),
                ("Karen told me her Burmese neighbour checks in.", "Karen"),
                # a title with its name: the name goes (the title with it)
                ("Pak Hendra and his abang came together.", "Hendra"),
                ("Lola Corazon came with her kuya and her ate.", "Corazon"),
                # a listed given name with one word of its language only; an acronym is no cue
                ("Anh finished her BA and her mẹ cried.", "Anh"),
                # "her" as the object of a verb is no possessive
                ("At the club they call her Lola, and she hates it.", "Lola"),
                # a listed given name after a possessive that is no kinship word
                ("Her Sofia came along and her Ayah waited.", "Sofia"),
            ],
        ),
    ],
)
def test_a_name_without_its_language_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
