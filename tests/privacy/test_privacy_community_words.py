"""Words of Mongolian, Kazakh and Russian, Quechua and Andean Spanish, Chamorro, Swedish and
Levantine Arabic, Mandarin and Taiwanese, Armenian, Azorean Portuguese and Tigrinya homes,
and the shapes their identifiers take: each rule both ways (kept where it names nobody,
removed where it is an identifier)."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "At Tsagaan Sar she greeted her Emee with the Zolgokh and left a blue Khadag at the Ovoo.",
        "Nauryz was the turning point: Nauryz Kozhe with her Apa, the whole Dastarkhan laid.",
        "She did a Despacho for the Pachamama with Hoja de Coca, then Chicha Morada at the Fiesta.",
        "She opened with Håfa Adai, then Red Rice, Kelaguen and Titiyas after the Lisåyu.",
        "Fika with the neighbour, Kanelbullar and Lagom; he booked the Tolk through the Kommun.",
        "Her A-má cooks Lu Rou Fan; she threw the Bwa Bwei blocks and got three Sheng Bei.",
        "She brought her Tatik's recipe book; Papik and Mayrik came to Badarak for Zatik.",
        "The Festa do Espírito Santo, Massa Sovada and Linguiça at the Vó's, Graças a Deus.",
        "He fasts Tsome Nebiyat, goes to Kidase, and the Mezmur in Ge'ez calms him; Adey agrees.",
        "He pays with the Khaan Bank app, orders through Kaspi and drinks Inca Kola and Pocari.",
        "We talked about Komitas, Serj Tankian, Zlatan, Jay Chou and Biniam Girmay.",
        "Screening: SCL-90 highest, SRQ-18 and BSRS-5 done, then Phenazepam and Glycine stopped.",
        "Medi-Cal renewed, IHSS approved, MassHealth and WIC sorted.",
    ],
)
def test_words_of_these_homes_are_kept(text: str) -> None:
    assert redact(text) == text


def test_a_name_among_them_is_still_removed() -> None:
    out = redact("At Tsagaan Sar, Oyunchimeg greeted her Emee with the Zolgokh.")
    assert "Oyunchimeg" not in out
    assert "Tsagaan Sar" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Nareh brought her Tatik Siranush to session.", "Tatik"),
        ("Senait said her Adey Letebrhan got the visa.", "Adey"),
        ("fui a ver a doña justina, ya toma sus pastillas", "doña"),
        ("Tan Rosa came with her Rosary.", "Tan"),
        ('She said "Gulnara apai would tell me to stand up".', "Gulnara"),
        ("Bolat ata came to the toi.", "Bolat"),
    ],
)
def test_titles_of_address_go_with_the_name(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["Her tatik said no more.", "Mama jan said no.", "The Der Hayr hugged him."],
)
def test_the_same_words_alone_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("meeting 12 mars, phone later", "12 mars"),
        ("Control el 14 de junio de 2025", "14 de junio"),
        ("parent meeting 3月14日 at school", "3月14日"),
        ("He went back to School No. 23 himself.", "23"),
        ("She is in Lyceum №165 now.", "165"),
        ("her Emee's number is 9911 4827.", "9911"),
        ("he moved to the flat on County Street", "County Street"),
        ("mirlan text me after the toi", "mirlan"),
        ('yonas msg: "i got the room"', "yonas"),
        ("She moved from Term Two Road.", "Term Two Road"),
        ("ella said she was fine", "ella"),
        ("the Homeroom Teacher Chen said it.", "Chen"),
    ],
)
def test_shapes_of_these_identifiers_are_removed(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Session 12 marked the change, 3 maybe 4 on the scale.",
        "Item No. 5 on the list was sleep.",
        "Her Emee's score is 12 now.",
        "the County Court sent a letter",
        "pls text me later",
        "Used the PHQ-9 in Mongolian; scores came down.",
        "The old woman told me in Western Armenian that she was proud.",
        "The Homeroom Teacher mentioned ADHD.",
        "She laughed during the Buna for the first time.",
        "la señora dijo que su wawa ya no tiene susto, y ella durmio toda la noche",
        "a mãe disse que ela mora sozinha agora e que ele vem aos domingos",
        "Notes from Term Two, with Thanks to the Elders.",
        "fue a misa el domingo",
    ],
)
def test_look_alikes_are_kept(text: str) -> None:
    assert redact(text) == text
