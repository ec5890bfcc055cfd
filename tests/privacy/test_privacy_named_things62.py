"""Named things that identify nobody stay: tallies of occasions ("6/7 nights"), months after a
word of time, exam letters in talk of school, ratings as a field's answer, things called by
a title after "a worksheet called", shifts of a rota, kinds of school standing alone, films
named by a name beside a cue, exams named by words of their language, scripture by book
and verse, diagnoses by their letters. The same shapes naming a person, a place, a school, an
employer or a day are still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Took the tablets 5/7 days and walked 3/7 mornings.",
        "Finished 10/12 sessions, two left for relapse prevention.",
        "Mocks are in March, ACT in June, she says with a laugh.",
        "LGS prep is eating her evenings; she studies after dinner.",
        "Strengths: Humour, Faith.\nRisk: Low (per Safety Plan).\nSupports: Sister, GP.",
        "Sleep: Low (about 4 hours).\nMood: Poor.",
        "Her homework was a sheet called Small Wins Diary and she filled in four days.",
        "He found a song called Slow Down Sunday that helps him settle.",
        "Back on Lates next week, then a run of Earlies.",
        "The girls go to Gaelscoil and the boy to the local school.",
        "Encanto and Moana on repeat all weekend with the cousins.",
        "We did the Calm Place again and she used Marte Meo clips with the baby.",
        "The daylight lamp came from Amazon and the savings sit in Revolut.",
        "Her pastor read Isaiah 43:2 with her, and Matthew 6:34 is on the fridge.",
        "EUPD was the label, and PMDD makes one week a month harder.",
        "Konkur results came out and Selectividad is next for her cousin.",
        "Hygge is not her thing; Sisu is.",
        "Today in Peer Supervision I brought the case at last.",
        "She has Long Covid and a Club Orange is her treat.",
    ],
)
def test_named_things_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We met again on 5/7 and she had called the landlord.", "5/7"),
        ("She lives in Wexford since March with her aunt.", "Wexford"),
        ("She started at UCD in September and studies nursing.", "UCD"),
        ("Client: Roisin Delaney. Risk: Low.", "Delaney"),
        ("Her son has a friend called Cillian Byrne who walks home with him.", "Byrne"),
        ("She volunteers at a charity called Second Chance Pantry on Fridays.", "Pantry"),
        ("He works Lates at Harbour View Care Home and sleeps till noon.", "Harbour"),
        ("He goes to Gaelscoil Eoghain and likes the teacher.", "Eoghain"),
        ("Moana came in with her mum and drew the family.", "Moana"),
        ("He got a warehouse job at Amazon and the nights are long.", "Amazon"),
        ("Isaiah 10:30, Matthew 11:15: both late today.", "Isaiah"),
        ("Isaiah came in with his mum and read the verse.", "Isaiah"),
        ("Her volunteer shift at SPD keeps her going.", "SPD"),
        ("She phoned PMDD Support Line about the group.", "Line"),
    ],
)
def test_identifiers_in_the_same_shapes_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out
