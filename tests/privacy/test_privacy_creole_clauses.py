"""Clauses in a creole or pidgin (Krio, Naija Pidgin, Sranan Tongo, Hawaiʻi Pidgin, Kwéyòl,
Chavacano, Kamtok, Pijin): the names and places standing in them go, by where they stand,
while their function, calendar, address, festival and food words are kept."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._creole_clauses import may_hold_creole, text_languages


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # before a subject marker of the creole, at a sentence's start
        ('Teuila hem sei "Mi no laek go long skul," an mi no tok.', "Teuila"),
        ("Nalani wen tell me she no like go home, so I neva push.", "Nalani"),
        ("Rosmarie ya habla conmigo que hende ele quiere bolve na casa.", "Rosmarie"),
        ("Wi tɔk bɔt skul. Ama don go maket en i nɔ bin fret.", "Ama"),
        # after a word of address of the creole
        ("Ma Patience go meet the doctor by herself, she no wait for her pikin.", "Patience"),
        ("Angkol Sione go lukim dokta seleva, hem no weit long pikinini blong hem.", "Sione"),
        ("Tantant Ursule ka alé lanmès chak Dimanch épi manman'y.", "Ursule"),
        # a vocative opening a quote, spelt like a function word of another language
        ('Jédi i alé lakay. Mwen di: "Kenelle, ou fè byen."', "Kenelle"),
        ('"Kadiatu, a go trai," na wetin di pikin tɛl in granma.', "Kadiatu"),
        # one of a list of people joined by a creole "and"
        ("Tutu Malia, Keala, Pono an Kahiau all wen go da beach.", "Kahiau"),
        # a lower-case nickname opening a chat note, before a marker
        ("boy-boy wen come early today, say he neva drink since last pau hana", "boy-boy"),
    ],
)
def test_a_name_in_a_creole_clause_goes(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a known word before a marker: pronoun, weekday, everyday word
        ('Im say "Doctor, the voices don reduce small, abeg." Na im own talk.', "Im say"),
        ("Sande hem go long sios wetem mami blong hem. Tude hem kam long taem.", "Sande hem"),
        ("Hoy ya llega ele temprano. Ya conversa kame del escuela.", "Hoy ya"),
        ("Tide i kam fɔ tɛm. I tɛl mi se Mɔnde i bin wok, Tyuzde i bin rɛst.", "Mɔnde"),
        # a word of address alone, or before a word that is no name
        ("Her Mami, her Papa and her Aunty all say she be good pikin.", "Aunty"),
        ("Iya Agba and Baba Agba came to session after Sallah.", "Iya Agba"),
        # a vocative that is a word of the creole
        ('"Brah, I no like talk," he said, and then he talked for ten minutes.', "Brah"),
        # festivals, faith and food words of these communities, and calendar words
        ("Fu Keti Koti a go na a prasi nanga en mama. Gado e yepi en.", "Keti Koti"),
        ("Sondei den kuku pom nanga roti. Moksi Alesi for Satra, a taki.", "Moksi Alesi"),
        ("Long Krismas hem kuk kasava pudding, an long Niu Yia hem no drink.", "Niu Yia"),
        # creole function words found as a name in chat
        ("bisi talk say she don dey sleep well, she no take the tablet. e sweet me", "don dey"),
        # the words of a name's clause after it are no part of it
        ('Kendra di mwen: "Mwen pa vlé pléwé ankò," and I did not fill the silence.', "di mwen"),
    ],
)
def test_ordinary_words_of_a_creole_clause_are_kept(text: str, kept: str) -> None:
    assert kept in redact(text)


def test_names_in_a_list_are_no_creole_words() -> None:
    """A text whose only "creole words" are given names is no creole text."""
    out = redact("kai ben came in together, he translated for her")
    assert "kai ben" not in out


def test_cheap_check_and_languages() -> None:
    assert may_hold_creole("mi no laek go bak long haos hem sei".split())
    assert not may_hold_creole("she went to the shop and came back".split())
    assert "es" in text_languages("hende yo quiere volve na casa con el".split())
