"""Shaped identifiers that other countries and languages write their own way: days with a
month in Thai, Haitian Creole, Malay or Estonian forms, a bare day after another language's
date article, phone numbers with a slash after the trunk code, and national id numbers in
their issuers' layouts. Each class both ways: the identifier goes, the look-alike figure
stays."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

GONE = [
    *group(
        "month-forms",
        [
            ("the visit was on 9 ก.พ. and went fine", "9 ก.พ.", "date"),
            ("นัดครั้งหน้า 21 ตุลา ok with mum", "21 ตุลา", "date"),
            ("came back 3 มิ.ย. 2566 from upcountry", "3 มิ.ย. 2566", "date"),
            ("li te vini 25 desanm ak tout pitit li", "25 desanm", "date"),
            ("depi 1ye me li pa bwè ankò", "1ye me", "date"),
            ("temujanji pada 7hb Ogos, dia datang sendiri", "7hb Ogos", "date"),
            ("discharged 28 hb. Julai 2023 from the ward", "28 hb. Julai 2023", "date"),
            ("ta tuli koju 14. jaanuaril ja oli rahulik", "14. jaanuaril", "date"),
            ("alates 2. oktoobrist käib ta koolis", "2. oktoobrist", "date"),
        ],
    ),
    *group(
        "article-days",
        [
            ("we met twice, le 12 and le 19, both calm", "le 12", "date"),
            ("the first good day was el 4, a sunday", "el 4", "date"),
            ("- día 22: she slept through", "día 22", "date"),
            ("the plan: dia 9) call the school", "dia 9", "date"),
            ("Wir sehen uns am 17., sagte sie", "am 17.", "date"),
        ],
    ),
    *group(
        "slashed-phones",
        [
            ("her mother's number is 064/218-3390 if she misses", "064/218-3390", "phone"),
            ("office 011/328-4417, ask for the social worker", "011/328-4417", "phone"),
            ("call me on 0664/3918274 after six", "0664/3918274", "phone"),
            ("Tel. 030/44712890 (Praxis)", "030/44712890", "phone"),
            ("landline 021/455-918 at her aunt's", "021/455-918", "phone"),
        ],
    ),
    *group(
        "national-ids",
        [
            ("rijksregisternummer 91.04.17-266.08 on the letter", "91.04.17-266.08", "id"),
            ("la cédula 14.882.305 está en la carpeta", "14.882.305", "id"),
            ("DNI: 38.912.554 (the mum's)", "38.912.554", "id"),
            ("his NI number is JM 41 83 27 B, please redact", "JM 41 83 27 B", "id"),
            ("NINO TZ918273A on the benefits letter", "TZ918273A", "id"),
            ("HKID K481205(3) was on the form", "K481205(3)", "id"),
        ],
    ),
    *group(
        "short-phones",
        [
            ("Her new number is 27 63 18, she said", "27 63 18", "phone"),
            ("the aunt (landline 43 926) will drive", "43 926", "phone"),
            ("tél. 78 12 40 pour la maman", "78 12 40", "phone"),
            ("his mobile: 75 418", "75 418", "phone"),
        ],
    ),
    *group(
        "coded-references",
        [
            ("Proc. 2291/23 at the family court", "2291/23", "id"),
            ("the police case CAS 388/11/2023 is still open", "388/11/2023", "id"),
            ("CPCJ-LSB 917/24, second hearing", "917/24", "id"),
        ],
    ),
]

KEPT = [
    *group(
        "month-forms",
        [
            "She goes back in ตุลา, after the holidays.",
            "I mailed 5 mails this week.",
            "He was out 12 out of 20 nights.",
            "Her Hb 12 was fine last week.",
        ],
    ),
    *group(
        "article-days",
        [
            "I am 23, and I still live at home.",
            "I am 23. That is young to be this tired.",
            "Il a eu le 30 ans hier.",
            "She gave herself el 7 de 10 this week.",
            "They paid el 10% of the rent.",
            "Le 12 mai est loin.",
        ],
    ),
    *group(
        "slashed-phones",
        [
            "She rated the week 07/10.",
            "Support is 24/7 and free.",
            "The phone bill was 064 euros.",
        ],
    ),
    *group(
        "national-ids",
        [
            "They paid 450.000 pesos.",
            "la cédula vence en 2027",
            "The CI was 3.5 on the scale.",
            "Her temperature was 36.6 and her weight 54.3 kg.",
        ],
    ),
    *group(
        "short-phones",
        [
            "The number of sessions is 12 so far.",
            "She has 45 000 followers on her page.",
            "Her phone was 30 percent charged.",
        ],
    ),
    *group(
        "coded-references",
        [
            "BP 135/85 and HR 72 at intake.",
            "PHQ 19/27 at intake, GAD 15/21.",
            "Her BP 180/110 was high that day.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), GONE)
def test_shaped_identifier_goes(text: str, value: str, kind: str) -> None:
    assert_replaced(text, value, kind)


@pytest.mark.parametrize("text", KEPT)
def test_look_alike_stays(text: str) -> None:
    if text == "Le 12 mai est loin.":
        assert_replaced(text, "12 mai", "date")  # a full date, found before this rule
    else:
        assert_kept(text)
