"""Names and places standing in clauses written in a creole or pidgin.

Practitioners in Freetown, Lagos, Paramaribo, Honolulu, Castries, Zamboanga, Douala and
Honiara write their clients' words in Krio, Naija Pidgin, Sranan Tongo, Hawaiʻi Pidgin,
Kwéyòl, Chavacano, Kamtok and Pijin ("Maelyn hem sei ...", "Kainoa wen call ...",
"Marites ya habla ..."). Their function words look like those of other languages ("mi",
"na", "di", "ya", "hem"), so such a clause is read as "another language", where a
capitalised word opening a sentence is taken for an ordinary word of that language. A name
there is told by where it stands, not by a list of names:

- right before a word that follows a subject in these languages (a tense or aspect marker,
  a resumptive pronoun, a negator, a verb of saying: "Kainoa wen", "Maelyn hem sei",
  "Marites ya", "Tunde don", "Shanti zei") and followed by a lower-case word;
- right after a word of address or kinship written before a name ("Aunty Isatu",
  "Omu Frits", "Tantant Ursule", "Ma Comfort", "Angkol Pita");
- a vocative opening a quote or sentence, before a comma ("Kadiatu, a go trai").

In every case the word must be no word of any language known here (an English everyday
word, a function word of the stopword tables, a function, calendar or address word of
these creoles below, a feast or faith word), so that "Today e come", "Sande hem go long
sios", "Im say", "Abeg, I no fit" stay as written. A function word counts as a word only
of a language the text is written in (the Finnish "Kenelle" is a name in a Kwéyòl quote).
One of a list of people joined by a comma or a creole "and" to a name found is a name
too ("Keala, Pono an Kahiau").

The other way, in a text holding two creole words or more (read outside the names found,
so that redacting twice changes nothing): a candidate made only of creole function,
calendar, address, festival, faith or food words is kept ("Im say", "tɛl in granma",
"Fu Keti Koti", "Moksi Alesi"), and lower-case creole words after a name are no part of
it ("Kendra di mwen").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._text_words import TextWords

Candidate = tuple[int, int, str]

# Function words of the creoles and pidgins: pronouns, tense, aspect and mood markers,
# negators, prepositions, determiners, conjunctions, question words, everyday adverbs, and
# their weekday and month names (written with a capital, they name no one).
CREOLE_WORDS = frozenset(
    (
        # Krio (Sierra Leone)
        "a mi yu i wi una dɛn dem am in mi yu na nɔ no bin de dɔn don go kin fɔ fo wit "
        "frɔm pan bɔt ɛn en bɔt wetin usay ustɛm udat aw wai tide tumara yɛstade naw "
        "sɛf sef ɔl ɔltɛm smɔl bɔku wan tu dis da di se tɛl tɔk waka kam lɛf sabi pikin "
        # Naija Pidgin (Nigeria)
        "abeg wetin dey don go fit wan make im e dem una wey sef sha o shey abi oya "
        "wahala comot waka sabi pikin wetin how far na no be sey say talk yarn gist "
        "oga madam ehn jare kuku sotey una una'own ehen haba chai kai ehen shebi walahi "
        # Sranan Tongo (Suriname)
        "mi yu a en wi unu den no e ben o sa go kon taki fu na nanga ini tapu ondro "
        "baka fesi ala wan tu dri san suma pe fa oten now tide tamara esde srefi "
        "furu moro dati disi sensi te bika efu ma "
        "gado "
        # Hawaiʻi Pidgin (Hawaiʻi)
        "da wen stay neva bumbai fo wit dakine kine li'dat lidat brah bruddah sistah "
        "braddah tita howzit shoots pau nomo no mo mo bettah maddah faddah um dem "
        "bodda choke broke wot wat dis dat garans ho "
        # Kwéyòl (Saint Lucia)
        "mwen ou i nou zòt yo sé té ka kay pa épi é an nan ki sa pou fè di ay konsa "
        "jòdi jòdi-a dèmen yè kounye-a lakay la-a ankò anpil tout pyès wi non mèsi "
        "bondyé jounen kwéyòl "
        # Chavacano (Zamboanga)
        "ya ta ay hende hinde no kame kamé kita kanamon kaniyo ele ustedes yo tu el "
        "di suyo mio con na el los mga cosa donde quien porque para tambien gayot "
        "diay ahora mañana ayer pirmi ya-ya bien alegre y del "
        # Kamtok (Cameroonian Pidgin)
        "ma mi yu i wi wuna dem na no don di bin go fit weti wusai sep ashia tchotchoro "
        "njangi tara mbombo chop palava sotai sote massa mami papa docta dokta "
        # Solomon Islands Pijin
        "mi iu hem mifala iumi iufala olketa bae nao long blong stap go kam no nomoa "
        "tumas olsem wanem hao taem lelebet gud tok save wetem seleva nekis tude "
        "tumoro astade evriwan eni samfala lo "
        "sios "
        # everyday verbs and nouns of these languages, spelt their own way
        # Krio
        "wok tɛm fɔs nyu tin luk dɔŋ bak os slip gladi ɔlman evri bɔku bɛle wata "
        # Sranan Tongo
        "wroko dei heri dringi nyan sribi lafu firi bun ogri mati tori oso skoro prisiri "
        "smoko wani "
        # Hawaiʻi Pidgin
        "jus gotta wanna kay den laydat hapai holoholo "
        # Kwéyòl
        "alé manjé dòmi travay lékòl vlé pléwé kontan fimé wivé pàlé moun bagay "
        # Chavacano
        "anda habla bolve conversa kosa kita-kita "
        # Kamtok
        "sabi wuna dis tok chakara "
        # Pijin
        "kaikai lukim storian haos skul sesin raoa fren laek wande traem dokta pikinini"
    ).split()
)

# Weekday, month and holiday names of these creoles (Krio, Sranan Tongo, Kwéyòl, Pijin):
# written with a capital, they name no one; they tell no language alone ("Jun", "Me").
CREOLE_CALENDAR = frozenset(
    (
        # Krio
        "mɔnde tyuzde wɛnsde tɔzde fraide satide sɔnde jenwari fɛbwari mach epril me jun "
        "julay ɔgɔst sɛptɛmba ɔktoba novɛmba disɛmba krismas "
        # Sranan Tongo
        "munde tudewroko dridewroko fodewroko freida satra sonde sondei owru yari "
        "januari februari maart april mei juni juli augustus september oktober november "
        "december "
        # Kwéyòl
        "lendi madi mèkwédi jédi vandwédi sanmdi dimanch janvyé févwiyé mas avwi mé jen "
        "jwiyè out sèptanm oktòb novanm désanm nwèl "
        # Pijin
        "mande tiusde wenesde tosde fraede satade sande janueri febueri maj epril mei jun "
        "julae ogis septemba oktoba novemba disemba krismas niu yia"
    ).split()
)

# Words that follow the subject of a clause in these languages and come before its verb:
# tense, aspect and mood markers, resumptive pronouns, negators and verbs of saying.
# ("i", "e", "a", "o" are left out: a pronoun after a sentence's first word is no cue.)
SUBJECT_MARKERS = frozenset(
    (
        # Krio
        "bin dɔn don de kin nɔ tɛl tɔk se "
        # Naija Pidgin and Kamtok
        "dey don fit wey talk yarn say di "
        # Sranan Tongo, and the Dutch said beside it
        "ben sa taki zei "
        # Hawaiʻi Pidgin
        "wen stay neva going "
        # Kwéyòl
        "té ka kay "
        # Chavacano
        "ya ta ay hende "
        # Pijin
        "hem bae sei stap save"
    ).split()
)

# Kinship and address words of these languages written before a name ("Aunty Isatu",
# "Omu Frits", "Tantant Ursule", "Angkol Pita", "Iya Basira", "Manong Edgar").
CREOLE_ADDRESS = frozenset(
    (
        # Krio, Naija Pidgin and Kamtok
        "aunty anti auntie uncle ankul granma granpa mama papa mami pa ma iya baba "
        "alhaji alhaja mummy daddy oga madam sista brɔda bra tata tanti mbombo mola "
        # Sranan Tongo and the Dutch of Suriname
        "omu tante oom sisa brada oma opa mevrouw meneer juffrouw mw dhr "
        # Hawaiʻi Pidgin
        "tutu kupuna brah bruddah sistah braddah tita "
        # Kwéyòl
        "tantant tonton manman grann granmanman granpapa nennenn parenn marenn mèt "
        # Chavacano
        "lola lolo manong manang tia tio nana tata nene ninang ninong "
        # Pijin
        "aunti angkol mami dadi bubu grani olo"
    ).split()
)

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MIN_WORDS = 2  # distinct creole words that let a text hold a creole clause
_MIN_NAME = 3
_NAME_LOCALES = 3  # a creole word that is a given name in this many locales tells no language
# English words that are creole words too: they do not tell a creole clause.
_ENGLISH_TOO = frozenset(
    (
        "a i in no go make say talk be so o yo ma pa mama papa madam uncle aunty mummy "
        "daddy granma grandma da dat dis fit sef sha wan tu di na en on um mi me dem "
        "den now ho chop choke broke long stay kam come save wit tide"
    ).split()
)
_DISTINCT = CREOLE_WORDS - _ENGLISH_TOO


def may_hold_creole(lows: list[str]) -> bool:
    """Cheap check: a word of address of these creoles, or two distinct words of the text
    that are creole or pidgin function words."""
    if not CREOLE_ADDRESS.isdisjoint(lows):
        return True
    return _creole_words_in(lows, None) >= _MIN_WORDS


def _creole_words_in(lows: list[str], lex: Lexicon | None) -> int:
    """Distinct creole function words of the text, without those that are given names in
    several locales too ("kai ben came in": a name tells no language)."""
    seen: set[str] = set()
    for low in lows:
        if low in _DISTINCT and (lex is None or lex.given_names.get(low, 0) < _NAME_LOCALES):
            seen.add(low)
            if len(seen) >= _MIN_WORDS:
                break
    return len(seen)


def creole_names(
    text: str, lows: list[str], found: list[Candidate], lex: Lexicon, text_words: TextWords
) -> list[Candidate]:
    """The candidates of a text that may hold a creole clause: without creole words, with
    the subject names and addressed names no other rule proposed. ``text_words`` are the
    words of ``text`` (the words ``_WORD`` matches)."""
    # the words of a name tell nothing: once redacted they are gone ("IM DON DEY TAKE"), so
    # the words left are read, and those of candidates made of creole words only
    covered = _overlap_test([(s, e) for s, e, _ in found])
    # only the creole words left are counted: other words are not asked whether they are covered
    starts, ends = text_words.starts, text_words.ends
    left = [
        low
        for i, low in enumerate(text_words.lows)
        if low in _DISTINCT and not covered(starts[i], ends[i])
    ]
    for start, end, _ in found:
        words = [w.lower() for w in _WORD.findall(text, start, end)]
        if words and all(_creole_word(w) for w in words):
            left.extend(words)
    creole = _creole_words_in(left, lex) >= _MIN_WORDS
    out = without_creole_words(text, found, lex) if creole else found
    langs = text_languages(lows)
    out = out + subject_names(text, out, lex, creole=creole, langs=langs)
    if creole and any(k == "name" for _, _, k in out):
        out += listed_people(text, out, lex, langs)
    return out


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``start, end`` overlaps one of ``spans``: the answer of
    ``any(s < end and start < e for s, e in spans)``, found by binary search (a long text
    has hundreds of words and of candidates)."""
    order = sorted(spans)
    starts = [s for s, _ in order]
    reach: list[int] = []  # the furthest end of the spans up to each
    furthest = 0
    for i, (_, e) in enumerate(order):
        furthest = e if i == 0 else max(furthest, e)
        reach.append(furthest)

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # the spans starting before ``end``
        return i > 0 and reach[i - 1] > start

    return overlaps


def _base(low: str) -> str:
    """ "manman'y" -> "manman": a Kwéyòl possessive glued after an apostrophe."""
    for mark in "'’":
        if mark in low:
            return low.split(mark, 1)[0]
    return low


def text_languages(lows: list[str]) -> frozenset[str]:
    """The languages two distinct function words of the text at least belong to."""
    seen: dict[str, set[str]] = {}
    langs = tables().langs
    for low in langs.keys() & set(lows):  # the function words among them, found in C
        for lang in langs[low]:
            seen.setdefault(lang, set()).add(low)
    return frozenset(k for k, v in seen.items() if len(v) >= _MIN_WORDS)


def _function_word(low: str, langs: frozenset[str] | None) -> bool:
    """A function word of one of ``langs`` (of any language when ``langs`` is None): the
    Finnish "Kenelle" is no word of a Kwéyòl clause, but the name it spells."""
    of = tables().langs.get(low)
    if of is None:
        return False
    return langs is None or "cal" in of or not of.isdisjoint(langs)


def known_word(low: str, lex: Lexicon, langs: frozenset[str] | None = None) -> bool:
    """A word of some language known here (of ``langs`` when given, for function words):
    no name by where it stands alone."""
    base = _base(low)
    return (
        low in lex.ordinary
        or low in lex.always_ordinary
        or _function_word(low, langs)
        or low in tables().months
        or base in CREOLE_WORDS
        or base in CREOLE_CALENDAR
        or base in CREOLE_ADDRESS
        or base in lex.ordinary
        or low in lex.regions
        or low in lex.brands
    )


def _next_words(text: str, end: int) -> list[str]:
    """The next two words after ``end`` when only single spaces stand between them."""
    out: list[str] = []
    pos = end
    for _ in range(2):
        m = _WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None:
            break
        out.append(m.group())
        pos = m.end()
    return out


def _lows(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([^\W\d_]+)\.? $", text[max(0, start - 20) : start])
    return m.group(1) if m else ""


def before_subject_marker(text: str, end: int) -> bool:
    """The word ending at ``end`` is followed by a creole subject marker and a lower-case
    word ("Kainoa wen call", "Maelyn hem sei", "Marites ya habla")."""
    nxt = _next_words(text, end)
    return len(nxt) == 2 and nxt[0] in SUBJECT_MARKERS and nxt[1].islower()


def after_address(text: str, start: int) -> bool:
    """A word of address or kinship written right before ``start`` ("Aunty Isatu")."""
    prev = _prev_word(text, start)
    return bool(prev) and prev.lower() in CREOLE_ADDRESS and prev[0].isupper()


def vocative(text: str, start: int, end: int) -> bool:
    """A capitalised word opening a quote or sentence and closed by a comma: one spoken to
    ("Kadiatu, a go trai")."""
    return text[end : end + 2] == ", " and text[max(0, start - 1) : start] in ('"', "“")


def stands_for_person(
    text: str, start: int, end: int, lex: Lexicon, langs: frozenset[str] | None = None
) -> bool:
    """A capitalised word opening a sentence of a creole or foreign clause (of ``langs``),
    no word of that language or any other known here, that stands where a person stands."""
    word = text[start:end]
    low = word.lower()
    if not word[:1].isupper() or len(word) < _MIN_NAME:
        return False
    if known_word(low, lex, langs):
        # "Ama don go", "Ali hem sei": a common given name spelt like a function word of
        # some language, before a subject marker
        return _name_like_function_word(low, lex) and before_subject_marker(text, end)
    return (
        before_subject_marker(text, end) or after_address(text, start) or vocative(text, start, end)
    )


_COMMON_NAME = 2  # locales listing a given name for it to count as common
# The language whose words a Chavacano clause is made of: its function words stay words.
_ROMANCE = frozenset({"es"})


def _name_like_function_word(low: str, lex: Lexicon) -> bool:
    """A given name common in several locales, spelt like a function word of a language
    other than Spanish, and no everyday or creole word ("Ama", "Ali", "Tom")."""
    langs = tables().langs.get(low)
    return (
        langs is not None
        and lex.given_names.get(low, 0) >= _COMMON_NAME
        and low not in lex.ordinary
        and low not in lex.always_ordinary
        and low not in CREOLE_WORDS
        and low not in CREOLE_ADDRESS
        and langs.isdisjoint(_ROMANCE)
    )


_OPENING = re.compile(r"(?:^|(?<=[.!?:;\n\"“(]) ?)\s*([^\W\d_]+(?:[-'’][^\W\d_]+)*)")


def subject_names(
    text: str,
    found: list[Candidate],
    lex: Lexicon,
    *,
    creole: bool,
    langs: frozenset[str] | None = None,
) -> list[Candidate]:
    """Names no other rule proposed, standing as the subject of a creole clause at a
    sentence's start ("Maelyn hem sei", "Kainoa wen call", "boy-boy wen come") or after a
    word of address ("Ma Comfort go meet")."""
    taken = [(s, e) for s, e, _ in found]
    covered = _overlap_test(taken)  # a long text opens hundreds of sentences
    out: list[Candidate] = []
    for m in _OPENING.finditer(text):
        start, end = m.span(1)
        if covered(start, end):
            continue
        word = m.group(1)
        low = word.lower()
        if low in CREOLE_ADDRESS and word[0].isupper():
            out.extend(_addressed(text, start, end, lex, taken))
            continue
        if len(word) < _MIN_NAME or (
            known_word(low, lex, langs)
            and not (word[0].isupper() and _name_like_function_word(low, lex))
        ):
            continue
        if word[0].islower() and (start > 0 or ("-" not in word and low not in lex.given_names)):
            continue  # lower case: only a listed or hyphenated nickname opening a chat note
        cue = before_subject_marker(text, end) or (word[0].isupper() and vocative(text, start, end))
        if cue and creole:
            kind = "place" if low in lex.places and low not in lex.given_names else "name"
            out.append((start, end, kind))
    return out


def without_creole_words(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates made only of function, calendar, address or festival, faith and food words
    of these creoles ("Im say", "Sande hem go", "tɛl in granma", "she don dey sleep", "Fu
    Keti Koti"), unless one common given name alone ("Tara", "Una") or written right after
    a word of address ("Aunty Tara"); a name's trailing lower-case creole words ("Kendra di
    mwen") are no part of it."""
    out: list[Candidate] = []
    for cand in found:
        start, end, kind = cand
        if kind not in ("name", "place", "org"):
            out.append(cand)
            continue
        words = list(_WORD.finditer(text, start, end))
        lows = [w.group().lower() for w in words]
        addressed = after_address(text, start) or (
            len(lows) > 1 and lows[0] in CREOLE_ADDRESS and words[1].group()[0].isupper()
        )  # "Aunty Tara", "Manman Rose"
        if lows and all(_creole_word(w) for w in lows) and not addressed:
            named = [w for w in lows if lex.given_names.get(w, 0) >= _COMMON_NAME]
            if not named or (len(lows) > 1 and len(named) < len(lows)):
                continue
        while len(words) > 1 and words[-1].group().islower() and _creole_word(lows[-1]):
            words.pop()
            lows.pop()
            end = words[-1].end()
        out.append((start, end, kind))
    return out


def _creole_word(low: str) -> bool:
    base = _base(low)
    return (
        base in CREOLE_WORDS
        or base in CREOLE_CALENDAR
        or base in CREOLE_ADDRESS
        or base in CREOLE_CULTURE
    )


# Festivals, words of faith, foods and everyday things of these communities, written with a
# capital inside a sentence: they name no one.
CREOLE_CULTURE = frozenset(
    (
        # Sierra Leone (Krio)
        "plasas fufu ogiri binch akara kanya agidi poda-poda podapoda okada lappa gara "
        "bondo poro ramadan ileya pray-day tobaski lantern awujoh "
        # Nigeria (Naija Pidgin)
        "jollof owambe danfo molue keke okada suya amala eba egusi ogbono efo moi-moi "
        "moimoi puff-puff chin-chin boli garri sallah ileya salah aso-ebi asoebi gele "
        "agbada buka mama-put nepa "
        # Suriname (Sranan Tongo)
        "keti koti owru yari winti gado kromanti bigi spikri moksi alesi pom bami roti "
        "pomtajer bakabana saoto kasiri kawina kaseko divali phagwa holi "
        # Hawaiʻi (Pidgin)
        "akua aumakua makahiki lei poke poi laulau kalua musubi saimin manapua malasada "
        "malasadas lilikoi ono grindz hula luau lūʻau kanikapila ohana keiki kupuna "
        # Saint Lucia (Kwéyòl)
        "jounen kwéyòl kweyol fèt mas madras bouyon akra accra lanmès labé bondyé "
        "masquerade quadrille flè "
        # Zamboanga (Chavacano)
        "curacha knickerbocker satti tamal alfajor hermosa misa simbahan santacruzan "
        "pascua noche buena nochebuena "
        # Cameroon (Kamtok)
        "ndolé ndole eru achu koki kwacoco njama-njama bobolo mbongo miondo njangi "
        "mukala benskin kaba ngondo makossa bikutsi "
        # Solomon Islands (Pijin)
        "kastom tambu wantok kasava kumara slippery-cabbage pana bilum kurukuru"
    ).split()
)


def _addressed(
    text: str, start: int, end: int, lex: Lexicon, taken: list[tuple[int, int]]
) -> list[Candidate]:
    """ "Ma Comfort go meet": a word of address opening a sentence, a capitalised word right
    after it that is no function, calendar, faith or place word, then a lower-case word."""
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None or not m.group()[0].isupper() or m.group().isupper():
        return []
    low = m.group().lower()
    if low in tables().langs or low in tables().months or low in CREOLE_WORDS | CREOLE_CALENDAR:
        return []
    if low in lex.regions or low in lex.brands or low in CREOLE_ADDRESS or low in _FAITH:
        return []
    if any(s < m.end() and m.start() < e for s, e in taken):
        return []
    nxt = _next_words(text, m.end())
    if len(nxt) < 2 or nxt[0] not in _AFTER_SUBJECT or not nxt[1].islower():
        return []  # "Iya Agba and Baba Agba came": a role, not a person addressed
    return [(start, m.end(), "name")]


# Words after a subject that opens a clause: the markers, and the verbs "go", "come", "no".
_AFTER_SUBJECT = SUBJECT_MARKERS | frozenset("go no nɔ kam come".split())
# Words of faith written after a word of address ("Papa God", "Mama Mary" is a name).
_FAITH = frozenset("god jesus jisas allah bondyé gado dios lord christ".split())


# Words joining the people of a list in these languages and in English.
_AND = frozenset("and an en ɛn é épi y con nanga wetem ane".split())
_LIST_GAP = re.compile(r"(?:,| (?:and|an|en|ɛn|é|épi|y|con|nanga|wetem|ane)) $")


def listed_people(
    text: str, found: list[Candidate], lex: Lexicon, langs: frozenset[str]
) -> list[Candidate]:
    """ "Keala, Pono an Kahiau", "Kalena an Rhoda": a capitalised word that is no word of a
    language known here (or a given name), joined by a comma or an "and" of these languages
    to a name found before it, is one of the people of that list."""
    names = sorted((s, e) for s, e, k in found if k == "name")
    taken = _overlap_test([(s, e) for s, e, _ in found])
    out: list[Candidate] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() or word.isupper() or len(word) < _MIN_NAME:
            continue
        if taken(m.start(), m.end()):
            continue
        low = word.lower()
        if known_word(low, lex, langs) and low not in lex.given_names:
            continue
        if low in CREOLE_CULTURE or low in lex.places or low in lex.regions:
            continue
        gap = _LIST_GAP.search(text, max(0, m.start() - 8), m.start())
        if gap is None or gap.end() != m.start():
            continue
        before = text[: gap.start()].rstrip()
        if any(e == len(before) for _, e in names):
            out.append((m.start(), m.end(), "name"))
            names.append((m.start(), m.end()))
    return out
