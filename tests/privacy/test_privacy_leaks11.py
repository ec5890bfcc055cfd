"""Words of address of Albanian, Macedonian, Lithuanian, Moldovan Romanian, Jordanian Arabic,
Dari, Bemba, Shona, Mozambican Portuguese and Lingala speech before a name, capitalised and
in chat; chat titles that are also words of another language ("tanti", "dona", "mano",
"papa", "nena"), which count only before a listed name; towns and suburbs of those homes
after chat words of place; days named by a weekday and a number, Solar Hijri months and
Macedonian ordinal days; file and id-card words; organisations named "Organization"; and the
same words kept where they name no one (kinship words alone, feasts, dishes, brands, teams).
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her Sekuru Mutasa came to the session.", "Her [name] came to the session."),
        ("Sitti Amal brought the bread.", "[name] brought the bread."),
        ("Zonja Mimoza phoned twice.", "[name] phoned twice."),
        ("I met Tanti Lidia after church.", "I met [name] after church."),
        ("He lives with Močiutė Aldona now.", "He lives with [name] now."),
        ("Dedo Ilija took him fishing.", "[name] took him fishing."),
        ("Bashi Mwila keeps the shop.", "[name] keeps the shop."),
        # the clause after the name stays (its verbs were taken with the name before)
        ("tanti sanda zice ca e bine", "[name] zice ca e bine"),
        ("mano zeca voltou ontem", "[name] voltou ontem"),
        ("papa fiston alobi ye", "[name] alobi ye"),
        ("Chanda bati alishiba.", "[name] bati alishiba."),
    ],
)
def test_word_of_address_goes_with_the_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Her Sekuru and her Ambuya came for the bira.",
        "Her Bunica and her Nănașa came to the baptism.",
        "Her Močiutė and her Dėdė came for Kūčios.",
        # chat titles that are words of another language, in that language
        "tanti auguri a tutti",
        "con la mano izquierda escribió",
        "la nena juga al parc",
    ],
)
def test_words_of_address_alone_or_in_another_language_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sunt la bunica in orhei", "sunt la bunica in [place]"),
        ("voltou pra matola ontem", "voltou pra [place] ontem"),
        ("vari ku mbare kuna ambuya", "vari ku [place] kuna ambuya"),
    ],
)
def test_listed_towns_after_chat_words_of_place(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", ["she went for lunch at home", "we reach home at last"])
def test_everyday_words_after_chat_words_of_place_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("falamos sexta dia 13?", "falamos [date]?"),
        ("ne vidimo se na 20-ti mart", "ne vidimo se na [date]"),
        ("mayayand 12 hamal", "mayayand [date]"),
        ("lundi 10h ou mardi 12", "lundi 10h ou [date]"),
    ],
)
def test_days_of_these_calendars_are_dates(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", ["sexta às 10 ok", "lundi 10h, ça marche", "since Hamal"])
def test_weekdays_and_months_alone_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trimitere de la CCSM, dosar CCSM-B/2025/311.", "[name], dosar [id]."),
        ("Utente Edson Cossa, BI 110100384521B.", "[name], BI [id]."),
        ("referred by Afghan Women's Organization", "referred by [org]"),
    ],
)
def test_file_words_id_cards_and_community_organisations(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She is BI and proud of it.",
        "referred by the women's organisation in town",
        "They celebrated Mărțișor, Kūčios, Velikden and Nevruz.",
        "We spoke of sadza, nshima, matapa, pondu and cepelinai.",
        "She drinks Skopsko and Švyturys, uses EcoCash, and rides ZUPCO.",
        "He supports Vardar and Chipolopolo.",
        "She listens to Papa Wemba and Toše Proeski.",
    ],
)
def test_feasts_dishes_brands_teams_and_public_figures_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Referral: Vilniaus miesto psichikos sveikatos centras.",
            "Referral: [org].",
        ),
        ("She walked to Antakalnio poliklinika herself.", "She walked to [org] herself."),
        ("Moved to Kauno klinikos last year.", "Moved to [org] last year."),
    ],
)
def test_lithuanian_body_named_by_a_town_in_the_genitive(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The Psichikos sveikatos centras is generic.", "She reads in the biblioteka every day."],
)
def test_lithuanian_body_without_a_town_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("booked for jeudi le 3 avril; fine", "booked for [date]; fine"),
        ("keila fla ma si avó na Dorchester ligá", "[name] fla ma si avó na [place] ligá"),
    ],
)
def test_weekday_day_and_month_whole_and_no_title_before_a_function_word(
    text: str, expected: str
) -> None:
    assert redact(text) == expected
