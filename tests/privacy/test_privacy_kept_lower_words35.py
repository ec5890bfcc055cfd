"""Lower-case ordinary words beside an identifier stay in the text; the identifier goes."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We meet on the 21st and she is keen.", "We meet on the [date] and she is keen."),
        ("Since the 2nd of June he has slept well.", "Since the [date] he has slept well."),
        ("The 30th of April was her hardest day.", "The [date] was her hardest day."),
        ("She goes back on the nineteenth.", "She goes back on the [date]."),
        ("by Thursday the 8th it had passed", "by Thursday the [date] it had passed"),
    ],
)
def test_the_before_a_date_stays_and_the_day_goes(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a capitalised dish or feast, a particle, then a plain word of its language
        ("They had Ataya le soir after the match.", "le soir"),
        ("Her aunt brought Bolo de fubá on Sunday.", "de fubá"),
        ("They shared the Galette des rois after the session.", "rois"),
    ],
)
def test_a_lower_case_word_after_a_particle_is_not_part_of_a_capitalised_name(
    text: str, kept: str
) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a particle joins capitalised parts of one name
        ("Her tutor, Rosario de la Fuente, rang the school.", "Fuente"),
        ("Teodoro dos Anjos came to the family session.", "Anjos"),
        # a lower-case surname after a lower-case given name still goes with it
        ("update: mariela quispe came on her own today", "quispe"),
    ],
)
def test_the_parts_of_a_name_joined_by_a_particle_still_go(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the Spanish and Portuguese preposition "a" before a place is no English article
        ("dijo que fue con su tía a Cordón y no lloró.", "Cordón"),
        ("Ela foi com a Nalda ao mercado sozinha.", "Nalda"),
    ],
)
def test_a_place_or_name_after_the_romance_preposition_a_goes(text: str, place: str) -> None:
    assert place not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "She keeps a Hikikomori diary of the days she stays in.",
        "Her brother bought her a Kotatsu for the winter.",
    ],
)
def test_an_english_article_before_a_borrowed_word_keeps_it(text: str) -> None:
    assert redact(text) == text


def test_a_name_before_a_turkish_case_ending_and_a_joining_word_goes() -> None:
    out = redact("Annesi Elif'i de getirdi, birlikte oturdular.")
    assert "Elif" not in out
    assert not any(s.text.startswith("de") for s in find("Annesi Elif'i de getirdi."))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They go to the souq in Muttrah on Fridays.", "souq"),
        ("He works at the taqueria on Ortega Street.", "taqueria"),
    ],
)
def test_a_kind_of_venue_before_the_place_that_names_it_stays(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out
    assert "Muttrah" not in out
    assert "Ortega" not in out


def test_a_ground_or_venue_named_after_at_the_still_goes() -> None:
    assert "gabba" not in redact("met him at the gabba before the game")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('he told me "ami parchi" and smiled', "ami parchi"),
        ('Client wrote "che rasaa ndoikuaái" in the chat.', "che rasaa"),
        ('Client said "Bolje sam." twice.', "Bolje sam"),
    ],
)
def test_words_of_a_short_quote_in_another_language_stay(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('she wrote "hi sophie" on the card', "sophie"),
        ('she said "jane was there too"', "jane"),
        ('he said "call jess" and laughed', "jess"),
        ('mum texted "ok tama, kai time" and he came', "tama"),
        ('she said "tell siobhan i said thanks" on the way out', "siobhan"),
    ],
)
def test_a_lower_case_name_in_an_english_quote_still_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the pembimbing said she was calmer this week",
        "The opiekunka noticed she ate more.",
    ],
)
def test_a_word_in_no_list_after_a_determiner_names_a_role_not_a_person(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("then wiremu said he was tired", "wiremu"),
        ("the kid tavita said no", "tavita"),
        ("so tavita came in late again", "tavita"),
    ],
)
def test_a_lower_case_name_before_a_verb_of_a_person_still_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "she went to the grupo Esperanza meeting on friday",
        "he helped his father at the warung near Pasar Atom",
        "we met at the laundrette on Green Lanes",
    ],
)
def test_a_kind_of_venue_stays_when_redacted_again(text: str) -> None:
    once = redact(text)
    assert "[" in once and redact(once) == once
