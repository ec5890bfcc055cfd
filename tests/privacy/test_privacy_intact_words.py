"""Ordinary words that identifier-free notes hold and that must come back unchanged: an
everyday noun of Spanish, Portuguese, French, Italian, Dutch or German after "the" in an
English sentence ("went to the Plage"), a language named after "in" in a sentence about
telling or reading ("told her in Hmong"), a contraction typed without its apostrophe
("thats the one") and an "-ing" form typed without its "g" ("been sleepin better"); and the
near misses where a name stays a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        # an everyday word of another language after "the", even after "to", "in", "from"
        "On Sundays he walks to the Plage with his uncle and comes back calmer.",
        "She spent the afternoon in the Keuken with her grandmother, peeling apples.",
        "After the service they went back to the Biblioteca and read for an hour.",
        "He came home from the Fabbrica tired but in a good mood.",
        # the language something was told, read or written in
        "Her grandfather told her in Hmong that she would be fine.",
        "She reads the psalms in Umbundu every evening before bed.",
        "Her father corrects their grammar in Bangla and English at dinner.",
        "The client stated, in Cajun French, that the week had been long.",
        # a contraction typed without its apostrophe
        "we did the scaling again, thats the best she's rated it all term",
        "friday was good tho, theres a match on saturday too",
        "he said youre the only one who asks about his dog lol",
        # an "-ing" form typed without its "g"
        "she's been sleepin better since the move",
        "came in buzzin today, said the footy was class",
    ],
)
def test_identifier_free_text_comes_back_unchanged(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # "at the" names a shop or venue: the word stays a candidate
        ("She has done three night shifts at the Cactus near Belval.", "Cactus"),
        # a word in no list after "the", followed by a noun, names a place
        ("He helps his uncle at the Zarvoli market on Saturdays.", "Zarvoli"),
        # a language name that is also a given name, with no word of speech before "in"
        ("She confides in Dakota more than in her mother.", "Dakota"),
        # a name that ends like a contraction or a dropped "g" is still a name
        ("tamsin finally replied to my email lol", "tamsin"),
        ("client said shirin takes the kids on fridays now", "shirin"),
        ("then justin came in and sat by the window", "justin"),
    ],
)
def test_names_beside_them_are_still_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out
