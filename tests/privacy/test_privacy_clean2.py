"""Round two of identifier-free texts kept unchanged (kinship words of Yoruba, Sesotho,
Korean, Swahili and Sheng; religious words; local shops; stages of change; a rating after a
heading colon; a heading line after a relation word), and identifiers beside them, which
must still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        'He calls his older brother "Egbon" and said Egbon sat with him at the hospital.',
        "Malume has stepped in since the father passed. Rakgadi calls every Sunday.",
        "He calls her noona and says Noona is the one he texts. Her Imo is the bridge.",
        "Cucu makes chapati on Saturday and Shosho tells the stories.",
        "He goes to Mass every Sunday with his Da and said the quiet helps.",
        "After Sallah he came back to school looking lighter.",
        "Bowing to her grandparents and getting sebaetdon still felt good.",
        "The Christmas Eve watchnight service was the calmest night of the year.",
        "During Yom Kippur he fasted and said the Kol Nidre service was moving.",
        "Holy Week: she went home for the Pabasa and Visita Iglesia.",
        "she helps her mama at the kibanda after school",
        "He works part time at the dépanneur and the old customers talk to him.",
        "He moved from precontemplation to contemplation this month.",
        "He is often in the Red Zone at lunchtime but today he was in the Green Zone.",
        "We repeated the HoNOSCA and the total dropped.",
        "Young fella said his nan's the only one who gets him.",
        "He said Kuya is strict pero mabait, and he wants to make Kuya proud.",
        "Her little treat is a Tayto sandwich and a cup of Barry's tea.",
        "He watches Eat Bulaga with his Lolo. She loves Big Brother Naija.",
        "He plays BGMI until late. He sends money home through M-Pesa.",
        "Risk Assessment\nCurrent Risk: Low\nProtective Factors: family",
        "Mood: Good\nSleep: Fair\nAppetite: Poor",
        "Safety Plan: copy held by the client\nNext Review: at the next session",
        "RAG: Amber\nZone: Green\nMood: Red",
        "Hobbies: Art\nInterests: Taekwondo\nStrengths: Hope",
        "Cole slaw at the braai was her contribution. Camogie on Saturday.",
        "Reason for Referral: low mood\nReason for Contact: school",
        "Grand-maman and Pépère came. Her Ajumma and Pakcik too. Thaipusam and Pesach.",
        "She takes Mirtazapine and Quetiapine. We drew a Karpman Drama Triangle.",
        "We used Maslow's Hierarchy and the Rosenberg Self-Esteem Scale.",
        "She watches Emmerdale on iPlayer and orders from Foodpanda. Milo Dinosaur after.",
    ],
)
def test_identifier_free_text_is_unchanged(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Noticed by: Hope", "Hope"),
        ("Noticed by: Amber", "Amber"),
        ("Client: Amber", "Amber"),
        ("She works for Zepto: long hours, and Thabo Nkosi is her manager.", "Nkosi"),
        ("Dr Hamilton and Stanley Brown came in today.", "Hamilton"),
        ("Who noticed? Grace.", "Grace"),
        ("Her sister Rosa came with her Da.", "Rosa"),
        ("Her Malume, Thabo Nkosi, drove her to the clinic.", "Nkosi"),
        ("Egbon Tunde Adeyemi sat with him at the hospital.", "Adeyemi"),
        ("She met the client, Lowri Price, at the kibanda.", "Lowri"),
    ],
)
def test_identifier_beside_kept_words_goes(text: str, gone: str) -> None:
    assert gone not in redact(text)
