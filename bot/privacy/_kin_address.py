"""Kinship words and titles of address written beside a name in Polish, Ukrainian, Turkish,
Arabic (Egyptian, Moroccan), Persian, Dari and Pashto, Portuguese (Brazil), Inuktitut,
Indonesian, Thai, Vietnamese, Japanese, Georgian, Swahili and Spanish.

Said to or of a person they are part of how that person is named ("Pani Wiśniewska",
"teyze Gülsüm", "Khaleh Mahin", "Roya Jan", "Yusuf Amca"), so once the name beside them is
found they go into its placeholder: left behind, they tell a reader which relative or elder
the text is about. A lower-case word after a possessive ("her babcia Halina") names the
relation instead and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._proper_nouns import Candidate, Token

# Written before the name.
BEFORE_NAME = frozenset(
    # Polish and Ukrainian: "Pani Wiśniewska", "ciocia Basia", "babusya Halya", "dido Petro"
    "pan pani panna babcia dziadek ciocia wujek wujcio babusya babusia babunya dido didus "
    "tiotia titka dyadko dyadia"
    # Turkish: "teyze Gülsüm", "Dayı Hasan"
    " teyze hala dayı dayi amca enişte yenge"
    # Egyptian and Moroccan Arabic: "Khalo Sayed", "Hagga Samira", "Lalla Fatima", "abu youssef"
    " khalo khalto khalti khali ammo amto 3ammo hagga hajja haji hajji lalla sidi abu umm "
    "ummi ammi khala khalu"
    # Persian, Dari and Pashto: "Khaleh Mahin", "Amoo Farhad", "Agha Jalal", "Bibi Gul"
    " khaleh khale amoo amu ammeh ameh dayee daei agha aghaye khanum bibi kaka mama maman"
    # Portuguese as spoken in Brazil: "dona Cida", "Seu Antônio", "tia Rosângela"
    " dona seu tia tio vó vô"
    # Inuktitut: "Ataata Pauloosie", "Anaana Rhoda", "anaanatsiaq Lucy"
    " ataata anaana anaanatsiaq ataatatsiaq irniq paniq"
    # Indonesian and Javanese: "Ibu Sri", "Pak Budi", "Mbak Ratna", "Bude Yati"
    " ibu bu bapak pak mas mbak kak kakak tante bude pakde bang abang adik nenek kakek "
    "eyang teteh akang uda uni"
    # Thai: "Khun Somchai", "Nong Ploy", "Pi Nok", "Ajarn Wichai", "Yai Boonmee"
    " khun nong pi phi yai mae pho lung ajarn kru"
    # Vietnamese: "Chị Hương", "Anh Tuấn", "Cô Mai", "Chú Bảy", "Bác Hùng"
    " anh chị chi cô chú bác ông bà dì cậu thầy mợ thím"
    # Georgian: "Batono Giorgi", "Kalbatono Nana", "Bebia Tina"
    " batono kalbatono bebia babua"
    # Swahili and Maa: "Mama Neema", "Bibi Rehema", "Mzee Lema", "Bi Mwanaisha"
    " baba babu dada shangazi mjomba mzee bi bwana"
    # Colombian and Cuban Spanish: "Don Hernando", "Doña Marta", "Señora Gladys"
    " don doña señora señor abuela abuelo madrina padrino profe".split()
)
# Written after the name: "Roya Jan", "Mehmet Abi", "Ayşe Hanım", "Yusuf Amca".
AFTER_NAME = frozenset(
    "jan joon jaan khanum khan agha abi abla hanım hanim bey amca teyze dayı efendi".split()
    # Japanese, written apart from the name: "Tanaka san", "Yuki chan", "Sato sensei"
    + "san sama kun chan sensei senpai".split()
)
WORDS = BEFORE_NAME | AFTER_NAME

# Words after which a lower-case kinship word names a relation, not a person's title.
_OWNERS = frozenset("her his my their our your the a an its whose".split())


def with_address_words(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Each name in ``found`` widened over a word of address written right beside it."""
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind != "name":
            continue
        lo, hi = start, end
        i = ends.get(start - 1)
        if i is not None and text[start - 1] == " " and _titles_before(toks, i):
            lo = toks[i].start
        j = starts.get(end + 1)
        if j is not None and text[end] == " " and toks[j].low in AFTER_NAME:
            hi = toks[j].end
        if (lo, hi) != (start, end):
            out.append((lo, hi, "name"))
    return out


def _titles_before(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.low not in BEFORE_NAME:
        return False
    return tok.capital or not (i > 0 and (toks[i - 1].low in _OWNERS or toks[i - 1].possessive))
