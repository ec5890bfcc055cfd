"""German text: every noun has a capital, so a capitalised word is a name only where the
grammar says so. Nouns after an article, determiner, possessive, contraction or adjective,
nouns with a noun ending, compounds on everyday heads, feasts, dishes and German names of
countries are kept; names after a title or a kinship word of address, towns after a German
preposition of place, a word opening a sentence before its verb, and German dates, AHV and
court file numbers, ages over 89, postcodes and streets with numbers are removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._german_nouns import is_german


@pytest.mark.parametrize(
    "text",
    [
        "Gestern hat die Patientin zum ersten Mal von ihrem Vater gesprochen.",
        "Am Sonntag ist er mit dem Hund einen langen Spaziergang gegangen.",
        "Die Ausnahme war der Donnerstag, als sie ohne Begleitung zur Arbeit gefahren ist.",
        "Nach der Sitzung hat sie mir ihr Tagebuch gezeigt und von der Trennung erzählt.",
        "Seine Hoffnung ist, dass die Schulangst im nächsten Halbjahr kleiner wird.",
        "Zu Silvester war die Familie bei der Oma, und zum Nikolaus gab es Lebkuchen.",
        "Sie kommt aus Syrien, hat in der Türkei gelebt und spricht Arabisch und Kurdisch.",
        "Zum Abendessen gab es Rösti mit Spiegelei, danach Apfelstrudel.",
        "Er kauft bei Billa und Lidl ein und bestellt manchmal bei Lieferando.",
        "Nächster Schritt: Gespräch mit der Lehrerin über die Hausaufgaben.",
        "Er hat das Heft mitgebracht. Er war stolz darauf.",
    ],
)
def test_german_nouns_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Woche, in der Leyla bei ihrer Tante Shirin geschlafen hat, war ruhig.",
            "Die Woche, in der [name] bei ihrer [name] geschlafen hat, war ruhig.",
        ),
        (
            "Bei Frau Dr. Hinterberger hat er zum ersten Mal Blut abnehmen lassen.",
            "Bei [name] hat er zum ersten Mal Blut abnehmen lassen.",
        ),
        (
            "Der Tag, an dem Aslan allein zur Schule ging, war eine Ausnahme.",
            "Der Tag, an dem [name] allein zur Schule ging, war eine Ausnahme.",
        ),
        (
            "Die Frau Koch hat ihrem Sohn das Übernachten erlaubt.",
            "Die [name] hat ihrem Sohn das Übernachten erlaubt.",
        ),
        (
            "Khadija hat am Montag selbst beim Jugendamt angerufen.",
            "[name] hat am Montag selbst beim Jugendamt angerufen.",
        ),
        (
            "Er wohnt jetzt bei seinem Onkel in Ottakring und geht in die Schule.",
            "Er wohnt jetzt bei seinem Onkel in [place] und geht in die Schule.",
        ),
        (
            "Sie lebt in der WG der Volkshilfe und hat dort eine Freundin.",
            "Sie lebt in der [name] der [org] und hat dort eine Freundin.",  # an acronym goes too,
        ),
    ],
)
def test_names_and_places_in_german_are_removed(text: str, expected: str) -> None:
    out = redact(text)
    assert out.replace("[org]", "[name]") == expected.replace("[org]", "[name]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "moin, finn war heute bei oma gabi in cuxhaven, echt schön",
            "moin, [name] war heute bei [name] in [place], echt schön",
        ),
        ("hab frau schneider heute angerufen, alles gut", "hab [name] heute angerufen, alles gut"),
        ("heute hat sie zum ersten mal von ihrer schwester erzählt", None),
    ],
)
def test_german_chat(text: str, expected: str | None) -> None:
    assert redact(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nachgespräch am 22.4.: Sie geht jetzt jeden Mittwoch.",
            "Nachgespräch am [date]: Sie geht jetzt jeden Mittwoch.",
        ),
        (
            "Termin verschoben auf den 3. März, sie kommt dann.",
            "Termin verschoben auf den [date], sie kommt dann.",
        ),
        ("AHV-Nr. 756.1234.5678.97 steht im Antrag.", "AHV-Nr. [id] steht im Antrag."),
        (
            "Die Akte hat das Aktenzeichen 7 F 1234/24 beim Amtsgericht.",
            "Die Akte hat das Aktenzeichen [id] beim Amtsgericht.",
        ),
        (
            "Die Großmutter ist 94 Jahre alt und lebt allein.",
            "Die Großmutter ist [age] Jahre alt und lebt allein.",
        ),
        ("Die Großmutter ist 74 Jahre alt und lebt allein.", None),
        (
            "Die neue Adresse ist Hermannstraße 12, 12049 Berlin.",
            "Die neue Adresse ist [place], [place].",
        ),
        ("Sie wohnt in 8004 Zürich, seit dem Umzug.", "Sie wohnt in [place], seit dem Umzug."),
        ("Adresse in L-1740 Luxembourg, bei der Mutter.", "Adresse in [place], bei der Mutter."),
        ("Er hat 2000 Euro Schulden und zahlt 50 Euro im Monat.", None),
    ],
)
def test_german_shapes(text: str, expected: str | None) -> None:
    assert redact(text) == (text if expected is None else expected)


def test_english_text_is_not_read_as_german() -> None:
    assert not is_german("She went to the clinic in the morning and came back happy.")
    assert is_german("Sie ist heute mit dem Bus zur Schule gefahren.")
