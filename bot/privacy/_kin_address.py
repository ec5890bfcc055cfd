"""Kinship words and titles of address written beside a name in Polish, Ukrainian, Turkish,
Arabic (Egyptian, Moroccan), Persian, Dari and Pashto, Portuguese (Brazil), Inuktitut,
Indonesian, Thai, Vietnamese, Japanese, Georgian, Swahili, Spanish and Navajo.

Said to or of a person they are part of how that person is named ("Pani Wiśniewska",
"teyze Gülsüm", "Khaleh Mahin", "Roya Jan", "Yusuf Amca"), so once the name beside them is
found they go into its placeholder: left behind, they tell a reader which relative or elder
the text is about. A lower-case word after a possessive ("her babcia Halina") names the
relation instead and stays.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

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
    # Wolof and the French of Dakar: "Tata Khady", "Mame Diarra", "Sokhna Aïda", "Adja Marème"
    " tata tonton yaay yaye baay mame badiène badien nijaay serigne sokhna adja hadji"
    # Cameroonian Pidgin and French: "Ma'a Esther", "Pa Tabi", "Ya Mbong", "Tanti Brigitte"
    " ma'a ma’a mami pa tanti ya mbombo"
    # the French of Abidjan: "Vieux Père Koné", "Tantie Rose", "Mamie Solange", "Petit Yao"
    " tantie vieux vieille père mère mamie papy koro petit petite"
    # Karen and Burmese: "Naw Htoo Paw", "Saw Eh Kaw", "Thra Kyaw", "Pu Saw", "Daw Mya"
    " naw saw thra tharamu sayama pu pi daw mahn"
    # Bosnian: "Teta Zlata", "amidža Safet", "Hadžija Mujo", "Nana Fata"
    " teta tetka amidža amidza dajdža dajdza nana nena dedo djed hadžija hadzija hadži hadzi"
    " hodža hodza strina ujak ujna tetak stric"
    # Tunisian Arabic and French: "Si Mongi", "Lella Fatma", "Jeddi Hédi", "Mémé Zohra"
    " si jeddi jedda mémé"
    # the Spanish of Mexico: "Doña Chela", "Don Rigo", "Padre Toño", "Abuelita Carmen"
    " doña don padre madre abuelita abuelito abue padrino madrina compadre comadre profe"
    " tía tío lic licenciado licenciada ingeniero sor fray"
    # the Spanish of the US West, clipped, and Navajo (Diné): "Güela Chayo", "Amá Lupe",
    # "Shimásání Nora", "Cheii Ben"
    " amá apá güela güelo güelita güelito buela buelo shimá shimásání shimasani shicheii"
    " shichei masani cheii shinálí nálí"
    # Uzbek written before the name: "Ustoz Karim", "Domla Aziz"
    " ustoz domla hoji"
    # Slovak and Romani: "Teta Erika", "Bači Laco", "Kaki Zuzka", "Papu Ondrej", "Brat Gejza"
    " pán strýko strýc ujo ujko bači baci kaki papu mamo daj babka brat sestra"
    " kmotor kmotra"
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
    " adey aday abboy aboy haftey hawey abuna memhir"
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
    " don doña señora señor abuela abuelo madrina padrino profe"
    # the Dutch of Suriname, Sranan Tongo, Kwéyòl and Pijin: "mevrouw Sewdien", "Omu Frits",
    # "Tantant Ursule", "Angkol Pita"
    " mevrouw meneer mevr juffrouw omu tantant manman grann angkol aunti"
    # Bangla, Hindi, Urdu, Punjabi, Gujarati, Marathi and Nepali: "Bhai Tanvir", "Didi Shirin",
    # "Khala Rokeya", "Chacha Alam", "Bebe Jaswant", "Masi Hansa", "Aaji Sunanda"
    " bhai bhaiya bhaijan didi dada dadi dadu dida nana nani apa apu khalu chacha chachi"
    " phuphi phupho bhabhi boudi jethu kaku mashi pishi thakuma thakurda mamu mami"
    " bebe bapu taya tayi massi masser bhua veerji bhenji paji motaba masi fai aai aaji"
    " ajoba mavshi aama buwa hajurama hajurbuwa maiju sanima"
    # Tamil, Telugu, Malayalam and Sinhala: "Akka Meena", "Paati Kamala", "Chettan Biju"
    " akka anna thambi thangachi paati thatha maami chithi chithappa periyamma ammamma"
    " babai pinni mamayya chettan chechi ammachi appachan aiya nangi malli aachchi seeya"
    # French, Haitian and the French of Central Africa and the Pacific: "Pasteur Tehei",
    # "Frère Emmanuel", "Sœur Marie", "Maître Ndayizeye", "Tantine Odette", "Matant Rose"
    " pasteur pastè frère frè sœur soeur sè abbé maître docteur professeur monsieur madame"
    " mademoiselle tantine tatie papi pépé matant granmè granpè madan"
    # Filipino and Malay: "Manang Luz", "Aling Nena", "Mang Ramon", "Mak Cik Rohani",
    # "Cikgu Aminah", "Datuk Osman", "Tok Wan", "Encik Razak", "Puan Salmah"
    " nanay tatay ninang ninong aling mang"
    " datuk dato datin tok cikgu ustazah ustaz encik puan cik atuk opah makcik pakcik"
    # Iban, Tahitian, Samoan, Tongan, Fijian, Māori and Hawaiian: "Apai Jugah", "Indai
    # Sulang", "Aki Ngumbang", "Tāvana Teriitahi", "Tinā Sina", "Ratu Jone", "Whaea Mere"
    " apai indai aki ini tuai tāvana tavana metua tupuna māmā tinā tamā faletua susuga"
    " fa'e ratu adi whaea matua kuia tutu kupuna kumu"
    # Korean, Chinese and Hebrew: "Halmeoni Kim", "Imo Sun", "Ayi Mei", "Savta Rivka"
    " halmeoni harabeoji imo samchon unni oppa noona hyung ahgong ahma gonggong popo"
    " savta saba doda rav harav"
    # Andean Spanish, Catalan, Basque, Italian and Romanian: "Ñaña Fernanda", "Taita Hernán",
    # "Mossèn Jordi", "Amona Miren", "Zia Pina", "Nonna Rita", "Tanti Maria", "Nea Ion"
    " ñaña ñaño taita mossèn avi àvia tieta tiet amona aitona izeba osaba"
    " signora signor nea doamna domnul bunica bunicul"
    # Somali, Hausa, Yoruba, Igbo, Amharic, Zulu, Shona and Twi: "Eedo Hodan", "Malam Sani",
    # "Alhaja Kudi", "Iya Bose", "Nne Ada", "Ato Bekele", "Gogo Thandi", "Sekuru Tonde"
    " eedo abti habo ayeeyo awoowe malam hajiya alhaji alhaja iya oga egbon nne nna"
    " ato weyzero wzro emama gash etiye gogo mkhulu sisi bhuti malume sekuru ambuya"
    " amai tete maame paapa osofo"
    # Turkmen and Azerbaijani: "Daýza Ogulgerek", "Eje Bahar", "Xala Sevda", "Əmi Rauf"
    " daýza eje ejem mama xala əmi dayı baci"
    # lowerchat voices: Czech "děda Franta", "babička Věra", "strejda Pavel"; Greek and
    # Greek Cypriot "theia Nitsa", "yiayia Loukia", "kyria Eleni"; Italian and Neapolitan
    # "zia Rosa", "nonno Ciro", "zi' Tonino", "comare Assunta"; Filipino "kuya Jun",
    # "tita Baby", "lola Caring"; Dhivehi "dhon Kamana", "bebe Fathimath"
    " děda dědeček dědouš babička babi bábi strejda strejc kmotra kmotr"
    " theia thia theios thios yiayia giagia pappous pappou papou kyria kyrios koumbaros"
    " koumbara zia zio nonna nonno zi' zi’ zì comare compare"
    " kuya tita tito lola lolo manang manong inay itay dhon bebe".split()
)
# Words of address that are everyday words too ("si" is French "if", "don" Pidgin "has",
# "ya" Spanish "already"): written before a name only with a capital.
CAPITALISED_ONLY = frozenset(
    "si don ya pa pi pu naw saw brat petit petite madre padre"
    # English words and common syllables among the words of address added since
    " aki ini mang tok cik fai tete nea gash oga iya adi ratu kumu imo doda saba rav tita"
    " tito nana anna apa".split()
)
# Kinship words and words of address of many more languages ("Strejda Pavel", "Baka Mara",
# "Moeder Anja", "Gospa Zupan"), from bot/privacy/data/address_words.txt: alone they are
# everyday words, before a name they go into its placeholder.
_MORE_ADDRESS_WORDS = frozenset(
    w
    for line in (Path(__file__).with_name("data") / "address_words.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if not line.startswith("#")
    for w in line.split()
)
BEFORE_NAME |= _MORE_ADDRESS_WORDS
# Written after the name: "Roya Jan", "Mehmet Abi", "Ayşe Hanım", "Yusuf Amca".
AFTER_NAME = frozenset(
    "jan joon jaan khanum khan agha abi abla hanım hanim bey amca teyze dayı efendi".split()
    # Uzbek: "Nodira opa", "Rustam aka", "Oysha buvi", "Dildora xola", "Karim ota"
    + "opa aka buvi bobo xola amaki tog'a ustoz domla hoji opajon akajon ota".split()
    # Kazakh: "Gulnara apai", "Serik aga", "Bolat ata", "Aigul apke", "Raushan apa", "Aliya zhan"
    + "apai apa aga agai ata azhe apke ake tate zhan".split()
    # Japanese, written apart from the name: "Tanaka san", "Yuki chan", "Sato sensei"
    + "san sama kun chan sensei senpai".split()
    # Icelandic: "Dísa frænka", "Siggi frændi"
    + "frænka frændi".split()
)
# Written after the name only with a capital, in the English of India and the Philippines:
# "Meenu Ma'am" (a lower-case "selvi ma'am" addresses her, and stays)
_CAPITALISED_AFTER = frozenset("ma'am maam".split())


def _after_name(tok: Token) -> bool:
    return tok.low in AFTER_NAME or (tok.capital and tok.low in _CAPITALISED_AFTER)


# Arabic and Berber particles of descent inside a family name: "Ben Salah", "Ould Abdallah"
PARTICLES = frozenset("ben bin ibn ould bent bint".split())
WORDS = BEFORE_NAME | AFTER_NAME | PARTICLES
# the words whose presence lets the pass over words of address run at all
GATE_WORDS = WORDS | _CAPITALISED_AFTER
# Words before a name that are titles only, never a relation: after "a" or a possessive too
# ("a ver a doña Justina", "her Der Hovsep") they go with the name.
_TITLES_ONLY = frozenset("doña señora señor senhora padre tan tun der digin abuna memhir".split())
# Words after a name said only of a person, so a capitalised word in no list of everyday
# words before them is a name: "Gulnara apai", "Bolat ata", "Roya jan".
PERSON_AFTER = frozenset(
    "apai apa aga agai ata azhe apke ake tate zhan jan joon jaan"
    # Icelandic
    " frænka frændi".split()
)

# Words after which a lower-case kinship word names a relation, not a person's title.
_OWNERS = frozenset(
    "her his my their our your the a an its whose"
    # French, Spanish, Bosnian and Slovak owners: "sa tata Awa", "su tía Mari", "jeho bači Laco"
    " sa son ses mon ma mes su sus mi mis njen njena njegov njegova jeho jej ich môj moja"
    # Catalan, Italian and Portuguese owners: "la seva germana Núria", "suo zio Pino",
    # "o meu tio Zé": the kinship word after them names a relative, not a title
    " seu seva seus seves meu meva teu teva nostre suo sua suoi tuo tua mio miei"
    " nostro nostra vostro vostra minha meus minhas teus tuas nosso nossa".split()
)


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
        while (
            i is not None
            and text[toks[i].end] == " "
            and _titles_before(toks, i)
            and not (toks[i].low in _ALSO_VERBS and " " not in text[lo:hi])
        ):
            lo = toks[i].start  # "Vieux Père Koné": one word of address after another
            i = ends.get(lo - 1)
        if lo == start and i is not None:
            lo = _prefix_over_syllables(text, toks, i, lo)
        if lo == start and i is None:
            lo = _address_before_degree(text, toks, ends, start)
        j = starts.get(end + 1)
        if j is not None and text[end] == " " and _after_name(toks[j]):
            hi = toks[j].end
        k = ends.get(hi)
        if k is not None and k + 1 < len(toks) and toks[k].low in PARTICLES and toks[k].capital:
            nxt = toks[k + 1]  # "Rania Ben Salah", "Sidi Ould Cheikh": the word after too
            if nxt.capital and text[toks[k].end : nxt.start] == " ":
                hi = nxt.end
        if (lo, hi) != (start, end):
            out.append((lo, hi, "name"))
    return out


# Degrees written between a word of address and a name: "Frau Dr. Hofbauer", "Pani Mgr. Nowak"
_DEGREES = frozenset("dr mgr prof ing doc mudr phdr judr mag dipl".split())


def _address_before_degree(text: str, toks: list[Token], ends: dict[int, int], start: int) -> int:
    """Where a name found after "Dr." begins once the capitalised word of address before the
    degree is taken in with it ("Frau Dr. Hofbauer"); ``start`` when there is none."""
    i = ends.get(start - 2)
    if i is None or i < 1 or text[start - 2 : start] != ". " or toks[i].low not in _DEGREES:
        return start
    prev = toks[i - 1]
    if text[prev.end : toks[i].start] == " " and prev.capital and prev.low in BEFORE_NAME:
        return prev.start
    return start


# Karen "Saw" is the English verb too ("Saw Kiri and her mum"): before a name of one word
# it stays; Karen names after it have two syllables or more ("Saw Eh Kaw", "Saw Ba Thein")
_ALSO_VERBS = frozenset({"saw"})
_MAX_SYLLABLES = 2
_SYLLABLE = 4


def _prefix_over_syllables(text: str, toks: list[Token], i: int, lo: int) -> int:
    """ "Saw Eh Kaw", "Naw Mu Mu Paw": a word of address, then one or two short capitalised
    syllables, then the name found: the whole is the name (Karen and Burmese names are made
    of such syllables, some of them English words)."""
    for n in range(_MAX_SYLLABLES):
        tok = toks[i]
        if not (tok.capital and len(tok.low) <= _SYLLABLE and tok.low.isalpha()):
            return lo
        j = i - 1
        if j < 0 or text[toks[j].end : tok.start] != " ":
            return lo
        if toks[j].capital and toks[j].low in BEFORE_NAME and n < _MAX_SYLLABLES:
            return toks[j].start
        i = j
    return lo


def _titles_before(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.low not in BEFORE_NAME:
        return False
    if tok.low in CAPITALISED_ONLY and not tok.capital:
        return False
    if tok.capital or tok.low in _TITLES_ONLY:
        return True
    return not (i > 0 and (toks[i - 1].low in _OWNERS or toks[i - 1].possessive))


def addressed_names(
    text: str, toks: list[Token], is_name: Callable[[Token], bool]
) -> list[Candidate]:
    """Listed given names typed in lower case right after a word of address or right before
    one written after names: "mame diarra called", "kaki zuzka povedala", "her nodira opa"
    (a rare given name typed in lower case is a name only where such a cue stands beside it)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.capital or not is_name(tok) or len(tok.low) < _MIN_NAME:
            continue
        before = toks[i - 1] if i > 0 else None
        after = toks[i + 1] if i < last else None
        if (
            before is not None
            and before.low in BEFORE_NAME
            and before.low not in CAPITALISED_ONLY
            and text[before.end : tok.start] == " "
            and not (before.capital and not _opens_sentence(text, before.start))
        ) or (after is not None and after.low in AFTER_NAME and text[tok.end : after.start] == " "):
            out.append((tok.start, tok.end, "name"))
    return out


_MIN_NAME = 3


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text or a sentence (a phone capitalises it).
    A word of address capitalised inside a sentence is written with care, so a name after it
    would be capitalised too: "Didi aur Nani dono aaye" holds no name."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n"


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
