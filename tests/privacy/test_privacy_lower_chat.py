"""Chat written beside English in Portuguese, Spanish, Italian, Turkish, Czech, Japanese
romaji, Dhivehi and Greek: a lower-case name goes and the clause of its language after it
stays; kinship words before a name go with it; streets named in the word order of those
languages go; feasts, dishes, services and clubs of those homes stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._foreign_streets import foreign_streets
from bot.privacy._foreign_streets import may_hold as may_hold_foreign_street
from bot.privacy._lexicon import lexicon
from bot.privacy._lowercase_cues import _everyday_token, _not_english_word
from bot.privacy._proper_nouns import _tokens


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("kenji dneska přišel včas!!! first time this month", "kenji", "dneska přišel"),
        ("lupita bugün gelmedi... she's at her aunt's", "lupita", "bugün gelmedi"),
        ("lupita dijo que ya no se va a cortar", "lupita", "dijo"),
        ("tomás kyou gakkou itta!! she went first", "tomás", "kyou gakkou itta"),
    ],
)
def test_a_clause_after_a_lower_case_name_stays(text: str, name: str, kept: str) -> None:
    out = redact(text)
    assert name not in out
    assert kept in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a surname typed in lower case still goes with the given name
        ("session w siti nurhaliza binti ahmad went well", "nurhaliza"),
        ("hendrik de vries said his daughter visits", "vries"),
        # a place and a short particle after a name are no clause
        ("alikwenda kwa bibi mbagala na hakupata hofu", "mbagala"),
    ],
)
def test_a_lower_case_surname_still_goes(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pepa dneska přišel včas, jeho máma říkala", "pepa"),
        ("sinem bugün gelmedi... she's with friends", "sinem"),
        ("giorgos irte simera!! en eipe tipota", "giorgos"),
        ("nashid and his bro were out till 2am", "nashid"),
        ("koulla texted me at midnight again", "koulla"),
    ],
)
def test_given_names_of_these_homes_typed_in_lower_case_go(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ('she said, "I theia Nitsa," without thinking', "theia"),
        ("říkala že děda Franta ji odvezl", "děda"),
        ("then yiayia Loukia went to church", "yiayia"),
    ],
)
def test_a_kinship_word_before_a_name_goes_with_it(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "her yiayia cooks on Sundays and the theia comes too",
        "babička cooks and děda sleeps in front of the TV",
    ],
)
def test_a_kinship_word_alone_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ok so she lives na rua do heroísmo, and she cooks for two", "rua do heroísmo"),
        ("he plays dominó on av. revolución and comes home", "av. revolución"),
        ("the daughter lives in via dei tribunali so he drove", "via dei tribunali"),
        ("they were on majeedhee magu till 2am", "majeedhee magu"),
        ("she lives on kıbrıs şehitleri caddesi now", "şehitleri caddesi"),
    ],
)
def test_a_street_in_the_word_order_of_another_language_goes(text: str, street: str) -> None:
    assert street not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "I sent it via email and via the school, then via Zoom.",
        "She walked along the via to the piazza in the game.",
        "We talked on the corso about money.",
        "The referral came via CAMHS after a Tier 3 assessment.",
        "He arrived from Herat via Tehran last year.",
    ],
)
def test_a_street_word_before_english_words_stays(text: str) -> None:
    lex = lexicon()
    toks = _tokens(text, lex)
    lows = [t.low for t in toks]
    if may_hold_foreign_street(lows):
        assert foreign_streets(text, toks, _everyday_token, _not_english_word) == []


@pytest.mark.parametrize(
    "text",
    [
        "Para Día de Muertos the family set up an ofrenda with cempasúchil.",
        "Vánoce were quiet: she cooked svíčková s knedlíky and drank Kofola.",
        "During Obon and Tanabata he went out; takoyaki and onigiri after.",
        "The family fasts for Sarakosti; halloumi and flaounes at Easter.",
        "TDAH confirmed by the Paidopsiquiatra; Metilfenidato 18 mg.",
        "Panik Bozukluk, Psikiyatrist kontrolü next month.",
        "He talked about Galatasaray and Fenerbahçe for twenty minutes.",
        "She watches Mare Fuori and Demon Slayer with her imouto.",
    ],
)
def test_feasts_dishes_services_and_clubs_of_these_homes_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Il nonno ha 94 anni e vive da solo a Pozzuoli.", "94"),
        ("Su abuela tiene 91 años y vive sola.", "91"),
        ("Babaannesi 93 yaşında, hâlâ yemek yapıyor.", "93"),
        ("he'll see Kevin on giovedì 16.", "giovedì 16"),
        ("Ci vediamo martedì 2 dicembre.", "martedì 2 dicembre"),
        ("Dosya no 2025/4471, tel later.", "2025/4471"),
        ("Il nonno vive da solo a Pozzuoli; numero dopo.", "Pozzuoli"),
    ],
)
def test_ages_days_files_and_towns_said_in_these_languages_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "There are 95 let me check the list.",
        "Ci vediamo giovedì alle 10.",
        "She gave his Mare a Rosa and left.",
        "La casa fu costruita 92 anni fa dal bisnonno.",
    ],
)
def test_numbers_weekdays_and_things_after_a_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The father works nights at the Hotel Blue Wave.", "Blue Wave"),
        ("to see his dad at the Sea Breeze Guest House. No drama.", "Sea Breeze"),
        ("they were at the Coral Reef Cafe till 2am", "Coral Reef"),
        ("we met at the Golden Sands Residence yesterday", "Golden Sands"),
        ("he drinks at the Blue Lagoon Bar every night", "Blue Lagoon"),
        ("he sleeps at the Residencial Estrela do Mar?? no idea", "Estrela do Mar"),
    ],
)
def test_a_venue_named_by_everyday_words_goes(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "We met at the Sports Bar and then walked to the Hotel.",
        "She found a Coffee Shop near the station.",
    ],
)
def test_a_venue_named_by_its_kind_stays(text: str) -> None:
    assert redact(text) == text


def test_a_title_case_heading_names_no_venue() -> None:
    text = "Sparkling Moment — Client Chose The Bus Over The Bar. Goals: Sober Weekend."
    assert "Bar" in redact(text)
