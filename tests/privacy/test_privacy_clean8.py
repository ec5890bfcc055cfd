"""Round eight of identifier-free texts: common nouns of the languages practitioners write
beside English (German offices and schooling, kinship words, faith words, festivals, dishes
of Portuguese, Polish, Ukrainian, Turkish, Arabic, Farsi, Dari and Inuktitut) and public
figures they name are kept; names, places and organisations beside them still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "The Jugendamt letter scared her but the visit was short and friendly.",
        "He passed the Deutschkurs and now waits for a place in the Ausbildung.",
        "On Wigilia the family left an empty chair and she found that comforting.",
        "Her Vovó taught her to pray the rosary and she still does it when anxious.",
        "He drinks Çay with his Dayı every evening and they talk about football.",
        "After Taraweeh he walked home slowly and noticed he felt light.",
        "Her Khalto brought Koshari and the flat smelled like home.",
        "On Yalda they read poems until late and nobody argued.",
        "She said her Madar phones every Friday and it keeps her steady.",
        "The Kurban Bayramı visit went well, his Teyze hugged him at the door.",
        "He listens to Umm Kulthum when he cannot sleep.",
        "They ate Mantu at the Sizdah Bedar picnic and he laughed with the kids.",
        "She said the Bürgeramt queue used to make her panic, this time it did not.",
        "Her Ataatatsiaq told stories in the kitchen and she wrote them down.",
        "He takes the U-Bahn to the Sprachkurs on his own now.",
        "At Eid el-Adha she phoned her Khala and they both cried happy tears.",
        "Respect for elders is strong in East African households, he said.",
        "She made friends with other Central Asian mums at the school gate.",
        "He watched Fenerbahçe with his Amca and did not shout once.",
        "She listens to Cheb Hasni and Fairuz while cooking.",
    ],
)
def test_borrowed_words_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her Babcia Krystyna Wójcik came to the session with her.", "Wójcik"),
        ("He met Frau Hartmann from the Jobcenter and she was kind to him.", "Hartmann"),
        ("She moved from Bochum to be near her Teyze.", "Bochum"),
        ("Mr Rahimi said Yalda was the best night of the year.", "Rahimi"),
        ("His Khala Parwana cooked Mantu for the whole floor.", "Parwana"),
        ("After Cuma he met Emre Yıldız at the tea house.", "Yıldız"),
        ("She moved to South Shields after the Jobcenter course.", "Shields"),
        ("He grew up in West Bromwich and misses the Moschee there.", "Bromwich"),
        ("He coaches the under-twelves at Flamengo Youth with Rafael Souza.", "Souza"),
    ],
)
def test_identifiers_beside_borrowed_words_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
