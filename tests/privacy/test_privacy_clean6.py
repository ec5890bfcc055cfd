"""Round six of identifier-free texts kept unchanged (founders of therapy models beside the
model, conditions named after a person, seasons of the school year, acronyms of schemes and
payments, public figures by full name, teams and leagues, dishes, medications, languages,
festivals and kinship words of many communities), and identifiers beside them, which must
still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "We leaned on Satir and then used the Miracle Question to close.",
        "A bit of Rogers and Hayes style, then scaling with the whole family.",
        "Her supervisor likes the Linehan model; I stayed with exceptions.",
        "We read some Winnicott together and she liked the idea of good enough.",
        "Beck's cognitive triangle came up before we moved to best hopes.",
        "His dad has Graves' disease and Crohn's, so mornings are slow.",
        "Alzheimer's runs in the family and she worries about her memory.",
        "She was calmer over the Spring term than the one before.",
        "The Winter holidays went better than she feared.",
        "The ESA payment came through and the GCSE results were fine.",
        "Her PEP goals are on the fridge and she ticks them off.",
        "He watched Manchester United with his stepdad and they both laughed.",
        "She listened to Ed Sheeran and Taylor Swift on the bus home.",
        "He reads Viktor Frankl on the train when his thoughts race.",
        "Po Po and Gung Gung took her to yum cha on Sunday.",
        "Dinner was kibbeh and fattoush at her aunt's, then shisha on the balcony.",
        "He cooked waakye and shito for the family, a first since the funeral.",
        "She takes Levothyroxine and Omeprazole, and the sertraline at night.",
        "He switches to Taglish with his cousins and to Cree with his Kokum.",
        "Bowlby and Ainsworth, then back to the scaling question.",
        "He wants to be as calm as Eliud Kipchoge. Kipchoge is his screensaver.",
        "Sunday was Thai Pongal and the house smelled of jaggery.",
        "The telly was off all evening and nobody minded.",
        "She admires Michelle Yeoh and Naomi Osaka for speaking up.",
        # a name many people carry ("Harry Kane") stays beside a cue of a public figure
        "He is a big fan of Harry Kane and forgot about the exam for a night.",
        "Her mum plays Nusrat Fateh Ali Khan on Sunday mornings.",
        "Used some Michael White ideas about externalising the anger.",
        "Jollof, egusi and moi-moi for the party, then ofada on Sunday.",
        "She speaks Sylheti at home and Tok Pisin with her cousins.",
        "Her ALN plan and the EAL support are finally in place.",
        "Jamhuri Day and Boxing Day were both quiet at home this year.",
        "On Kanaval Day they danced in the street and he forgot to worry.",
    ],
)
def test_clean_texts_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mr Miller said the approach was too slow for him.", "Miller"),
        ("Miller said the model felt too slow for him.", "Miller"),
        ("Her friend Ellis came to the ideas group with her.", "Ellis"),
        ("Used scaling with David and the approach worked.", "David"),
        ("Parkinson's mum drove him to the session.", "Parkinson"),
        ("She sat with Autumn and her brother after school.", "Autumn"),
        ("She goes to the KVC assessment on Monday.", "KVC"),
        ("He had his plan reviewed at the ABHS programme office.", "ABHS"),
        ("Brian Lara is his hero. Lara said the same to me in group.", "Lara said"),
        ("Prophet Muhammad is his guide. Muhammad came late to group.", "Muhammad came"),
        ("He coaches the under-12s at Kaizer Chiefs on Saturdays.", "Kaizer Chiefs"),
        ("Nani and Khala Rubina both noticed she was smiling.", "Rubina"),
        ("He prays with Abti Farah on Fridays at the masjid.", "Farah"),
        ("Tanty Merle brought the pelau after Divali.", "Merle"),
        ("Bra Themba took him to watch the Springboks.", "Themba"),
        ("Nana Bridie minds the children after school.", "Bridie"),
        ("Notes: Lee Min-ho (client) slept through twice this week.", "Min-ho"),
        ("Her brother Michael Jordan came to the second half.", "Jordan"),
        ("Used scaling with Tom Jones, 15, who rated himself a 6.", "Jones"),
        ("Harry Kane said the homework helped him most.", "Kane"),
        ("Ma'am Lourdes from the school said he is doing better.", "Lourdes"),
        ("Used the scaling approach with Kim today and she smiled.", "Kim"),
        ("I met Tom Jones at group and he was calm all evening.", "Jones"),
        ("We saw Tumelo Day at the clinic on Friday.", "Tumelo"),
        ("Tumelo Day came late but stayed for the whole group.", "Tumelo"),
        ("Her Ayat and Tsion came to the coffee ceremony.", "Tsion"),
    ],
)
def test_identifiers_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nani and Khala Rubina both noticed she was smiling.", "Khala"),
        ("He prays with Abti Farah on Fridays at the masjid.", "Abti"),
        ("Tanty Merle brought the pelau after Divali.", "Tanty"),
        ("Bra Themba took him to watch the Springboks.", "Bra"),
    ],
)
def test_words_of_address_go_with_the_name(text: str, title: str) -> None:
    assert title not in redact(text)
