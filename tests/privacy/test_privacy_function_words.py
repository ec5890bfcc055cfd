"""Function words, month and weekday names and language names of many languages
(stopwords-iso and CLDR data): kept as words, while names that are spelt like them and
days written with those months are still removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._function_words import calendar_dates, tables


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Und dann hat sie gesagt, dass sie es schafft.", "Und"),  # German
        ("Ook zijn moeder zag het verschil.", "Ook"),  # Dutch
        ("Toen hij binnenkwam, was hij rustig.", "Toen"),  # Dutch
        ("Que bueno, she finally slept through.", "Que"),  # Spanish
        ("Als er nach Hause kam, war alles ruhig.", "Als"),  # German
        ("Nach dieser Sitzung sind wir spazieren gegangen.", "Nach"),  # German
        ("Ang galing niya today.", "Ang"),  # Tagalog
        ("Lo que dijo su mamá was important.", "Lo"),  # a name-like word beside its language
        ("Ng dahil doon, mas confident na siya.", "Ng"),  # two letters beside Tagalog
        ("El viernes she came in smiling.", "El"),  # beside a weekday of its language
        ("Sie spricht Türkisch mit der Oma.", "Türkisch"),  # a language beside German
        ("Il parle Néerlandais avec sa mère.", "Néerlandais"),
        ("Every Disyembre she goes to Simbang Gabi.", "Disyembre"),  # a month alone
        ("El Viernes she came in smiling.", "Viernes"),  # a weekday
    ],
)
def test_words_of_other_languages_are_kept(text: str, word: str) -> None:
    assert word in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria De Souza came with her son.", "Souza"),
        ("Maria De Souza came with her son.", "De Souza"),  # a particle before a surname
        ("Mr Van der Berg called the school.", "Berg"),
        ("We met Ella at the clinic.", "Ella"),  # a given name, no Spanish beside it
        ("Then Le came in late.", "Le"),  # a surname, alone
        ("Mrs. Villalobos signed the form.", "Mrs. Villalobos"),  # a title is no function word
        ("meinte murat abi hat ihn abgeholt", "murat"),
        ("She moved last month (call her Tam).", "Tam"),  # "her" and "tam" are Turkish too
        ("baba segun came along this time", "segun"),  # Spanish "según" without its accent
        ("had Joe and his sister mele in together", "mele"),  # lower case: its cue wins
        ("I wrote it for his grandson Ku Ku, my client.", "Ku Ku"),  # a name-like pair
        ("She told me about the crossing to Mae La.", "Mae La"),  # a month spelt like a name
        ("Rumana said the sadness lifts.", "Rumana"),  # a language name that is a name
        ("DE and AJ came late.", "DE"),  # two capitals are initials, not a word
        ("Als Emre kam, war alles ruhig.", "Emre"),  # trimmed, the name still goes
    ],
)
def test_names_spelt_like_function_words_are_removed(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Follow-up on Hulyo 12, 3pm.", "Hulyo 12"),  # Tagalog, month first
        ("Referred ika-3 ng Setyembre.", "ika-3 ng Setyembre"),  # Tagalog ordinal
        ("Termin am 3. Mart um 14 Uhr.", "3. Mart"),  # Turkish month after a German day
        ("Vervolg op 14 oktober om 10 uur.", "14 oktober"),  # Dutch
        ("Rendez-vous le 5 mai.", "5 mai"),  # French
        ("Incontro il 2 giugno.", "2 giugno"),  # Italian
    ],
)
def test_days_with_months_of_other_languages_are_dates(text: str, date: str) -> None:
    assert date not in redact(text)
    assert any(text[s:e] == date for s, e, _ in calendar_dates(text)) or "[date]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "ele tem 3 filhos",  # Portuguese "has", also a Turkish month abbreviation
        "Since Enero she is calmer.",  # a month alone is no date
        "Juni und Juli waren schwer.",
    ],
)
def test_months_alone_and_look_alikes_are_no_dates(text: str) -> None:
    assert not calendar_dates(text)


def test_data_marks_names_and_initials_strict() -> None:
    t = tables()
    # listed names, towns' words and two-letter words never become everyday words
    assert {"de", "le", "el", "lo", "san", "ella", "ng", "mrs", "abi"} <= t.strict
    assert t.loose.isdisjoint(t.strict)
    assert {"ook", "het", "que", "toen"} <= t.loose  # kept beside their language
    assert {"viernes", "disyembre"} <= t.named  # kept in any case
    assert {"türkisch", "néerlandais"} <= t.languages  # kept beside words of a language
    assert {"und", "ang"} <= t.langs.keys()  # everyday English spellings: language cues only
