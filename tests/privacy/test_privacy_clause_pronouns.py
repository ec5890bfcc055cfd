"""Pronouns, their verbs and opening function words in lower-case clauses of another language.

A chat note that switches into Portuguese, Spanish, French, Swahili or Italian keeps the
clause's subject pronoun and the verb after it ("ela chorou mas", "elle pleurait mais") and a
function word that opens the clause before another one ("hoy con la"). A lower-case name in
the same clause is still removed: after a preposition or title, or before an English verb.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._clause_pronouns import keep_clause_pronouns
from bot.privacy._lexicon import lexicon


@pytest.mark.parametrize(
    "text",
    [
        "ela chorou mas era choro bom, disse que a mãe tava do lado dela",
        "elle pleurait mais après elle était calme avec sa soeur",
        "hoy con sus primos fue todo tranquilo, dijo que durmió bien",
        "hoy con la vecina fue todo tranquilo, dijo que durmió bien",
        "kkk ela falou que dormiu bem, e eu fiquei feliz. ela disse que a mãe tava junto",
        "yeye alilia lakini sasa yuko sawa na dada yake",
        "oggi lei piangeva ma poi era contenta con la sorella",
    ],
)
def test_pronouns_verbs_and_openers_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ella said que todo bien, y después se fue con su mamá", "ella"),
        ("en la sesión con lucía ella contó que no durmió", "lucía"),
        ("she cried, ela disse que mas era bom, and then ela smiled", "ela"),
        ("no le dijo a nadie, ella said she was tired", "ella"),
    ],
)
def test_names_in_the_same_clauses_go(text: str, name: str) -> None:
    assert name not in redact(text).split()


def test_capitalised_writing_is_left_to_other_rules() -> None:
    text = "Ela chorou mas era choro bom."
    cand = [(0, 3, "name")]
    assert keep_clause_pronouns(text, cand, lexicon()) == cand


def test_a_pronoun_after_a_title_stays_a_name() -> None:
    text = "sesión con doña ella, dijo que no durmió nada y que la vio"
    start = text.index("ella")
    cand = [(start, start + 4, "name")]
    assert keep_clause_pronouns(text, cand, lexicon()) == cand


def test_only_the_pronoun_and_its_verb_leave_a_longer_candidate() -> None:
    text = "ela chorou mas era choro bom sabe"
    cand = [(0, len("ela chorou"), "name")]
    assert keep_clause_pronouns(text, cand, lexicon()) == []
