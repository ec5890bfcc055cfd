"""A capitalised word in no list is kept when its context shows it to be a term: a gloss in
brackets or after a comma naming a thing, "during" before it, a thing noun before
"called", an article with a thing noun after it, "a"/"an" before it, a role acting after
"the", a language spoken, a thing eaten, bought or worn, a measure or an amount of it, the
adjective of a region, a class noun of its language opening it. The same cues beside a
person, relative, place or organisation leave the name to be removed."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "She lit incense for Chuseok (the harvest holiday) and called her aunt.",
        "He goes to the Vihara on Poya (the full-moon day) with his mother.",
        "We practised Zazen (sitting meditation) for five minutes at the start.",
        "Exception: he ate Kolak, the sweet banana soup, and stayed calm at dinner.",
        "We talked about Tinh Nghia, that feeling of loyalty, and he cried.",
        "She made a dish called Lumpia for the neighbours.",
        "During Waisak she fasts and feels calmer.",
        "She bought a Batik shirt for the interview and a Kebaya for her mother.",
        "He said the Dukun blessed him and he slept.",
        "Her grandmother speaks only Sundanese at home and spoke mostly Kikuyu before.",
        "He smokes Kretek when he is stressed, and drinks Jamu every morning.",
        "She brought a jar of Sambal and two cups of Bajigur to the group.",
        "Goals: less Tuak on weekends.",
        "She brought Klepon for everyone at the end of the group.",
        "They listened to Sundanese music and the Georgian choir.",
        "On the Día de los Muertos she set out marigolds for her father.",
        "He eats Nasi Kuning after Friday prayers.",
        "We did the Selamatan at home, and nobody argued.",
        "We talked about Ubuntu, humanity towards others, and he nodded.",
        "She visits the shrine every Obon and every Higan with her father.",
        "He said the tea was better than any Konyagi.",
    ],
)
def test_terms_kept_by_their_context(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gloss naming a person, relative or place
        ("Kagiso (the client) came late.", "[name] (the client) came late."),
        ("Tumelo, the eldest brother, came late.", "[name], the eldest brother, came late."),
        (
            "We met Sipho, the festival organiser, at the hall.",
            "We met [name], the festival organiser, at the hall.",
        ),
        # a person before "called", not a thing
        ("A boy called Wiremu helped her.", "A boy called [name] helped her."),
        # owners and "the" before a family name stay names
        ("The Kilabuks came together this time.", "The [name] came together this time."),
        ("Then our Kagiso came home.", "Then our [name] came home."),
        ("We agreed I'd call her Bee instead.", "We agreed I'd call her [name] instead."),
        # a verb with a second object: a person
        ("She bought Kagiso a phone.", "She bought [name] a phone."),
        # a title or a place preposition before
        ("Mr Wahyudi (maths) agreed.", "Mr [name] (maths) agreed."),
        # a class noun of another language before a listed given name
        ("Hari Krishnan came late.", "[name] came late."),
        # a name after "and" beside a term stays a name
        (
            "He ate Kolak, the sweet soup, and Neema laughed.",
            "He ate Kolak, the sweet soup, and [name] laughed.",
        ),
        # a noun of a person's work or of who works for a company after the word
        ("She hummed Kagiso songs all week.", "She hummed [name] songs all week."),
        ("He is a Zomato rider now.", "He is a [org] rider now."),
        # a note, not a gloss
        ("Pt Mbeki (DOB 01/02/1980) came in.", "Pt [name] (DOB [date]) came in."),
        # a feature of a town after the word names the place by it
        ("We met near the Akwa roundabout.", "We met near the [name] roundabout."),
        ("She waits by the Kaneshie flyover.", "She waits by the [name] flyover."),
    ],
)
def test_names_beside_the_same_cues_are_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ibu Sri Lestari brought tea.", "[name] brought tea."),
        ("Nong Ploy said thank you.", "[name] said thank you."),
        ("Chị Hương went to the market alone.", "[name] went to the market alone."),
        ("Batono Levan came sober.", "[name] came sober."),
    ],
)
def test_titles_of_address_go_with_the_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside on the person, then a verb said only of a person: the word is its subject
        ("Tavo (no accent) said he slept fine.", "[name] (no accent) said he slept fine."),
        (
            "Quizzi (spelled that way) texted me twice.",
            "[name] (spelled that way) texted me twice.",
        ),
        (
            "Yesterday Odalis (the quiet one) finally laughed.",
            "Yesterday [name] (the quiet one) finally laughed.",
        ),
    ],
)
def test_a_bracket_before_a_speaker_is_no_gloss(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kolak (the banana soup) is what she cooks when she is calm.",
        "Zazen (sitting meditation) helped him sleep.",
        "On Poya (the full-moon day) she visited the temple.",
    ],
)
def test_a_gloss_before_other_verbs_stays_a_term(text: str) -> None:
    assert redact(text) == text
