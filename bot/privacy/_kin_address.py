"""Kinship words and titles of address written beside a name in Polish, Ukrainian, Turkish,
Arabic (Egyptian, Moroccan), Persian, Dari and Pashto, Portuguese (Brazil) and Inuktitut.

Said to or of a person they are part of how that person is named ("Pani Wiśniewska",
"teyze Gülsüm", "Khaleh Mahin", "Roya Jan", "Yusuf Amca"), so once the name beside them is
found they go into its placeholder: left behind, they tell a reader which relative or elder
the text is about. A lower-case word after a possessive ("her babcia Halina") names the
relation instead and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
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
    # Mongolian: "Egch Oyunaa", "Emee Dulmaa", "Bagsh Ganbold"
    " egch akh emee övöö eej aav bagsh"
    # Kazakh and Russian: "Apa Raushan", "tyotya Valya", "dyadya Misha", "babushka Nina"
    " apa apai tyotya dyadya babushka dedushka"
    # Andean Spanish and Quechua: "Doña Justina", "Mamita Rosa", "Tayta Mario", "Señora Quispe"
    " doña mamita tayta taytacha señora señor señorita comadre compadre"
    # Chamorro: "Tan Rosa", "Tun Jose", "Nåna Ling"
    " tan tun nåna tåta"
    # Mandarin and Taiwanese: "A-má Lin", "Laoshi Wang", "Ayi Mei"
    " a-má a-ma laoshi ayi a-yi"
    # Armenian: "Tatik Siranush", "Papik Levon", "Der Hovsep", "Digin Anahit", "Morakuyr Ani"
    " tatik papik mayrik hayrik morakuyr horakuyr keri kavor der digin oriord"
    # Portuguese of the Azores: "Avó Conceição", "Madrinha Lurdes", "Padre Manuel"
    " avó avô madrinha padrinho padre senhora"
    # Tigrinya: "Adey Letebrhan", "Abboy Tesfay", "Haftey Senait", "Abuna Yohannes"
    " adey aday abboy aboy haftey hawey abuna memhir".split()
)
# Written after the name: "Roya Jan", "Mehmet Abi", "Ayşe Hanım", "Yusuf Amca".
AFTER_NAME = frozenset(
    "jan joon jaan khanum khan agha abi abla hanım hanim bey amca teyze dayı efendi"
    # Kazakh: "Gulnara apai", "Serik aga", "Bolat ata", "Aigul apke", "Raushan apa", "Aliya zhan"
    " apai apa aga agai ata azhe apke ake tate zhan".split()
)
WORDS = BEFORE_NAME | AFTER_NAME
# Words before a name that are titles only, never a relation: after "a" or a possessive too
# ("a ver a doña Justina", "her Der Hovsep") they go with the name.
_TITLES_ONLY = frozenset("doña señora señor senhora padre tan tun der digin abuna memhir".split())
# Words after a name said only of a person, so a capitalised word in no list of everyday
# words before them is a name: "Gulnara apai", "Bolat ata", "Roya jan".
PERSON_AFTER = frozenset("apai apa aga agai ata azhe apke ake tate zhan jan joon jaan".split())

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
    if tok.capital or tok.low in _TITLES_ONLY:
        return True
    return not (i > 0 and (toks[i - 1].low in _OWNERS or toks[i - 1].possessive))


def names_before_address_words(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "Gulnara apai would tell me": a capitalised word in no list of everyday words, right
    before a word of address said only after a person's name, is that name (with the word)."""
    out: list[Candidate] = []
    for j in range(1, len(toks)):
        word, prev = toks[j], toks[j - 1]
        if word.low not in PERSON_AFTER or text[prev.end : word.start] != " ":
            continue
        if (
            prev.capital
            and prev.low not in lex.ordinary
            and prev.low not in lex.always_ordinary
            and prev.low not in WORDS
        ):
            out.append((prev.start, word.end, "name"))
    return out
