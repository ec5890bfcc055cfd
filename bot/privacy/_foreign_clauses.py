"""Ordinary words of sentences and clauses written in another language.

Practitioners who write in English quote or write whole sentences and clauses in another
language (a client's own words, a proverb, half a note in their first language): "Fui en
el metro y no me dio el ataque", "Wyjątkiem był wtorek, kiedy Tomek sam pojechał",
"dia tinggal di Ngagel dan istrinya mengancam pulang". The proper-noun rules read the
unknown words of such a clause as names. A clause is of a language when at least two of
its words are function words of that language (stopwords-iso, ``function_words.txt.gz``,
and a list of Cebuano below) and they outnumber its English function words. Inside such a
clause, a name candidate loses the words that are ordinary there:

- a function word of the clause's language ("che", "dan", "sam", "ella"), a month or
  weekday name written in lower case ("domenica"), or a word of the list below of feasts
  and words of faith of these languages ("Nochebuena", "Wigilię", "Mărțișor", "Dios");
- in a text whose writer capitalises sentences, any other lower-case word: these
  languages, like English, capitalise names ("tio que morreu", "istrinya mengancam");
- a capitalised word that starts a sentence or quote and is in no list of given names,
  surnames or towns ("Esta semana", "Karon lang", "Waktu Lebaran").

Recall first: a lower-case word after a title or kinship word of address ("pak dan",
"si kyle") stays; in chat, where names are written in lower case, only function words,
calendar words and listed feasts are ordinary; a capitalised word inside a sentence stays
a name (these languages capitalise only names); function words between two capitalised
words stay inside the name ("Centro de Salud"). A Turkish case ending after an apostrophe
("Zeynep'i", "Beşiktaş'taki") is no part of the name before it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ._creole_clauses import CREOLE_ADDRESS, stands_for_person
from ._function_words import close_languages, tables
from ._kin_address import BEFORE_NAME
from ._text_words import TextWords
from ._vocab import TITLES
from ._weekday_days import WEEKDAY_WORDS

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_MIN_LANGUAGE_WORDS = 2  # distinct function words of one language that make a clause its own
_MIN_SHARE = 0.2  # and their share of the clause's words
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_BREAK = re.compile(r'[.!?;:\n"“”«»()\[\]…]+')
_CLAUSE_BREAK = re.compile(r",\s")
# A placeholder left by an earlier pass ("[name]") is read as a gap, not as a break: the
# clause around it is the one the name stood in, so that redacting twice changes nothing.
_PLACEHOLDER = re.compile(r"\[[a-z]+(?:_[a-z]+)*\]")
_APOSTROPHES = "'’"
# Particles of surnames ("van den Broek", "dos Santos", "bin Yusuf"): function words that
# do not tell a clause's language, since a name in an English clause holds them too.
_NAME_PARTICLES = frozenset(
    "van den der de da do dos das del della dello di la le du von bin binti ten ter te y e".split()
)
_MIN_CHAT_NAME = 3
# Languages whose text is handled elsewhere (German capitalises every noun) or is English.
_SKIPPED = frozenset({"de", "cal"})

# English function words: a clause with as many of these as foreign ones is English.
_ENGLISH = frozenset(
    (
        "a an the and or but so if then than that this these those there here is are was "
        "were be been being am do does did done have has had having i me my mine you your "
        "he him his she her hers it its we us our they them their what which who whom whose "
        "when where why how not no nor to of in on at by for from with without about into "
        "onto over under after before as up down out off again just only also very can could "
        "will would shall should may might must all any both each few more most other some "
        "such own same too now said told asked instead first time week weeks because while"
    ).split()
)

# Cebuano (Bisaya) function words: pronouns, markers, linkers, particles, demonstratives,
# question words and conjunctions (no Cebuano list is among the stopwords-iso languages).
_CEBUANO = frozenset(
    (
        "ang sa si ni kay nga ug og mga ko ako akong ikaw ka imo imong nimo siya iya iyang "
        "niya kami kita sila ila ilang nila kamo ninyo nato ato atong amo among namo dili "
        "wala naa anaa adto didto diri dinhi kini kana kadto niini niana niadto karon "
        "ganiha unya usab pud pod sab lang ra gyud jud kaayo na pa ba man diay bitaw bisan "
        "kung kon tungod aron para sama unsa kinsa asa ngano giunsa daw kuno tanan usa "
        "duha walay naay kadtong kaniya kanako kanimo kanila ato-a uban gikan paingon "
        "niadtong karong sukad hangtod samtang apan pero"
    ).split()
)

# Short function words the stopword lists leave out (one letter, or a diacritic they
# spell otherwise), and everyday Swahili words of chat that no list holds.
_EXTRA = {
    "pt": "e o à às ao aos".split(),
    "es": "y e o u".split(),
    "it": "e o è ed".split(),
    "ro": "și şi e o".split(),
    "pl": "w z i o u".split(),
    "fr": "à y".split(),
    "sw": (
        "leo jana kesho sana kabisa yake wake yangu wangu yetu kwa katika kutoka hadi mpaka "
        "bila lakini kwamba kama pia sasa bado tena hii huyu hiyo yule mimi wewe yeye sisi "
        "wao nini nani wapi lini vipi ndiyo hapana siyo hakuna kuna pamoja kila wote zote "
        "mwenyewe peke mara baada kabla wakati huko hapa pale kule ndani nje juu chini"
    ).split(),
}


@cache
def _extra_langs() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for lang, words in _EXTRA.items():
        for w in words:
            out[w] = out.get(w, frozenset()) | {lang}
    return out


# Feasts, holy days and words of faith of Spanish, Portuguese, Italian, Dutch, Afrikaans,
# Turkish, Polish, Romanian, Indonesian, Cebuano, French and Swahili, in their inflected
# forms: written with a capital inside a sentence, they name no one.
_FEASTS_AND_FAITH = frozenset(
    (
        # Spanish
        "dios diosito virgen navidad navidades nochebuena nochevieja pascua pascuas "
        "cuaresma epifanía reyes carnaval carnavales ramadán adviento pentecostés "
        "inmaculada asunción difuntos "
        # Portuguese
        "deus natal páscoa quaresma réveillon carnaval finados pentecostes "
        "ressurreição iemanjá oxalá "
        # Italian
        "dio madonna natale pasqua pasquetta ferragosto epifania befana carnevale "
        "ognissanti quaresima avvento pentecoste immacolata "
        # Dutch and Afrikaans
        "god gods here heer sinterklaas kerstmis kerst kerstavond pasen pinksteren "
        "hemelvaart suikerfeest offerfeest kersfees kersdag paasfees oukersaand nuwejaar "
        "oujaarsaand hemelvaartdag "
        # Turkish
        "allah tanrı tanrım bayram bayramı bayramda bayramında kandil kandili iftar sahur "
        "nevruz hıdırellez noel yılbaşı kurban "
        # Polish
        "bóg boga bogu bogiem wigilia wigilię wigilii wigilią wielkanoc wielkanocy "
        "wielkanocne boże bożego narodzenie narodzenia zaduszki andrzejki świętych "
        "zmartwychwstanie zmartwychwstania "
        # Romanian
        "dumnezeu dumnezeule domnului paște paști paștele paștelui paştele înviere învierea "
        "învierii crăciun crăciunul crăciunului mărțișor mărțișorul mărţişor bobotează "
        "rusalii sânziene dragobete florii floriilor "
        # Indonesian and Javanese
        "tuhan lebaran ramadan ramadhan puasa subuh dzuhur zuhur ashar "
        "asar maghrib magrib isya tahajud tarawih natal paskah nyepi waisak imlek "
        "alhamdulillah insyaallah insya masyaallah bismillah astaghfirullah halalbihalal "
        "mudik sungkem syawal "
        # Cebuano
        "ginoo dios sinulog pasko undas kwaresma pista fiesta bathala "
        # French
        "dieu noël pâques aïd toussaint pentecôte ascension chandeleur épiphanie "
        "carême hanouka alhamdoulillah inchallah bismillah "
        # Swahili
        "mungu mwenyezi ramadhani idd iddi eid krismasi pasaka sikukuu maulidi mauledi "
        "inshallah alhamdulillah yesu"
    ).split()
)

# Feasts and holy names of several words, whose words are names elsewhere ("Santa", "Reyes").
_FEAST_PHRASES = re.compile(
    r"(?i)(?=[bdegijkmnrsştl])"  # the phrases' first letters (a superset): skipped to in C
    r"\b(?:semana\s+santa|santo\s+niño|d[ií]a\s+de\s+(?:los\s+)?reyes|todos\s+los\s+santos"
    r"|boże(?:go)?\s+narodzeni[ae]|trzech\s+króli|matk[ai]\s+bosk(?:a|iej)|san\s+gennaro"
    r"|san\s+giuseppe|são\s+joão|santo\s+antónio|santo\s+antônio|simbang\s+gabi"
    r"|goeie\s+vrydag|goede\s+vrijdag|jour\s+de\s+l['’]an|nouvel\s+an|idul\s+(?:fitri|adha)"
    r"|slavă\s+domnului|maica\s+domnului|sfântul\s+(?:andrei|nicolae|ilie|gheorghe)"
    r"|ramazan\s+bayram[ıi]|kurban\s+bayram[ıi]|şeker\s+bayram[ıi]|şeker\s+bayram[ıi]"
    r"|idd\s+el\s+fitri|eid\s+al[-\s]fitr|eid\s+al[-\s]adha)\b"
)

# Turkish case and possessive endings written after an apostrophe on a name.
_TURKISH_ENDINGS = frozenset(
    (
        "i ı u ü e a de da te ta den dan ten tan in ın un ün nin nın nun nün ye ya yi yı yu "
        "yü le la yle yla ile daki deki taki teki dakı dekı nde nda ndan nden ne na nı ni nu "
        "nü dır dir dur dür tır tir tur tür ler lar leri ları lerin ların lere lara ydi ydı"
    ).split()
)

# Words before a person's name: titles, kinship and address words, Cebuano and Tagalog
# person markers.
_PERSON_BEFORE = BEFORE_NAME | TITLES | frozenset("si ni kay sina nina kina mr mrs ms".split())
# Titles and kinship words of address of these languages, written before a name and part of
# it ("Doña Carmen", "meneer Peeters", "Doamna Elena", "Tannie Ria", "mamã Teresa").
_ADDRESS = (BEFORE_NAME | TITLES) - {"si", "ni", "kay"} | frozenset(
    (
        # Spanish and Portuguese
        "don doña señor señora señorita sr sra srta dona seu senhor senhora sr.ª mamã papá "
        "mamá papai mamãe vovó vovô tio tia tío tía avó avô "
        # Italian and Neapolitan
        "signor signora signore signorina sig zio zia nonno nonna donna compare commare "
        # Dutch and Afrikaans
        "meneer mevrouw juffrouw mijnheer heer tante nonkel oom tannie ouma oupa meester "
        "dominee juffrou mnr mev mej "
        # Turkish
        "bay bayan hanım hanim bey abla abi ağabey teyze amca dayı hala hoca "
        # Polish
        "pan pani panna państwo ciocia wujek babcia dziadek "
        # Romanian
        "domnul domnule doamna doamnei doamnă domnișoara doamne tanti nenea nea bunica "
        "bunicul "
        # Indonesian and Javanese
        "bu ibu pak bapak mas mbak kak mbah budhe bude pakde om tante "
        # Cebuano
        "nanay tatay lola lolo tita tito manang manong inday dodong day dong "
        # French
        "madame monsieur mademoiselle mme mlle tonton tata mamie papi "
        # Swahili
        "mama baba bibi babu dada kaka mjomba shangazi mzee bwana"
    ).split()
    # Krio, Naija, Sranan, Hawaiʻi Pidgin, Kwéyòl, Chavacano, Kamtok, Pijin: "Aunty Isatu"
    + list(CREOLE_ADDRESS)
)


# Subject pronouns: the word after one is a verb ("il bosse chez", "ela mora em"), never a
# name, even when a town or a name is spelt the same. Pronouns that are also articles ("el",
# "o") or English words are left out.
_SUBJECT_PRONOUNS = frozenset(
    (
        "je il elle ils elles nous vous "  # French
        "yo tú él ella ellos ellas nosotros usted ustedes "  # Spanish
        "eu ele ela eles elas nós você vocês "  # Portuguese
        "io lui lei noi voi loro "  # Italian
        "ik jij hij zij wij jullie "  # Dutch
        "ea noi voi ei ele "  # Romanian
        "ja ty ona ono oni one "  # Polish
        "aku saya dia kami kita mereka "  # Indonesian
        "ben sen biz siz onlar "  # Turkish
        "ako ikaw siya kami sila "  # Cebuano
        "mimi wewe yeye sisi ninyi wao"  # Swahili
    ).split()
)
# Words that are English too but, in a clause of the given language, stand before a verb or
# predicate: French "on" ("on ira au parc"), the Filipino predicate marker "ay" ("si mama ay
# masaya").
_VERB_BEFORE = {"fr": frozenset({"on"}), "tl": frozenset({"ay"}), "ceb": frozenset({"ay"})}


def _verb_slot(prev: str, langs: frozenset[str]) -> bool:
    """Whether the word after ``prev`` is a verb or predicate in a clause of ``langs``."""
    return prev in _SUBJECT_PRONOUNS or any(prev in _VERB_BEFORE.get(lang, ()) for lang in langs)


@cache
def _foreign_function_words() -> frozenset[str]:
    """Function words of the tables and Cebuano that are no English function word."""
    langs = tables().langs
    words = {w for w, ls in langs.items() if not ls <= _SKIPPED} | _CEBUANO | set(_extra_langs())
    return frozenset(words - _ENGLISH)


def may_hold_foreign(lows: list[str]) -> bool:
    """Cheap check: two words of the text are function words of another language."""
    words = _foreign_function_words()
    seen = 0
    for low in lows:
        if low in words:
            seen += 1
            if seen >= _MIN_LANGUAGE_WORDS:
                return True
    return False


@lru_cache(maxsize=1 << 16)  # pure: the tables are read once
def _languages(low: str) -> frozenset[str]:
    langs = tables().langs.get(low, frozenset()) | _extra_langs().get(low, frozenset())
    if low in _CEBUANO:
        langs |= {"ceb"}
    return langs - _SKIPPED


@cache
def _counted_words() -> frozenset[str]:
    """The words ``_language_of`` counts for a language: those of some language that are no
    English word or name particle."""
    words = tables().langs.keys() | _extra_langs().keys() | _CEBUANO
    return frozenset(
        w for w in words if w not in _ENGLISH and w not in _NAME_PARTICLES and _languages(w)
    )


def _language_of(words: list[str]) -> frozenset[str]:
    """The languages whose function words make up the clause, or none."""
    if not words:
        return frozenset()
    counts: dict[str, set[str]] = {}
    english = 0
    for low in words:
        if low in _ENGLISH:
            english += 1
            continue
        if low in _NAME_PARTICLES:
            continue
        for lang in _languages(low):
            counts.setdefault(lang, set()).add(low)
    if not counts:
        return frozenset()
    best = max(len(v) for v in counts.values())
    if best < _MIN_LANGUAGE_WORDS:  # most clauses: decided before the words are counted again
        return frozenset()
    hits = max(sum(1 for w in words if w in v or w in _NAME_PARTICLES) for v in counts.values())
    if hits <= english or hits < _MIN_SHARE * len(words):
        return frozenset()
    # one of them at least is no name too ("jun", "tan" alone make no Malay clause)
    strict = tables().strict
    return frozenset(k for k, v in counts.items() if len(v) == best and not v <= strict)


def blank_placeholders(text: str) -> str:
    """``text`` with each placeholder an earlier pass left ("[name]") blanked to spaces of
    its length: a gap, not a break, so the stretch around it reads as it did before."""
    return _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text) if "[" in text else text


def foreign_clauses(
    text: str, words: TextWords | None = None
) -> list[tuple[int, int, frozenset[str]]]:
    """Stretches of ``text`` (sentences, or comma clauses of them) written in another
    language, with the languages their function words point to. A short stretch too small
    to tell ("ela repete", "Si Jun-jun miingon") takes the language of the one before or
    after it when it holds a function word of that language and no English one. ``words``
    are the words of ``text`` (``_WORD``'s), when the caller has them."""
    if words is None:
        words = TextWords.of(text)
    if "[" in text:  # a word lies wholly inside a placeholder or wholly outside it
        words = words.outside([m.span() for m in _PLACEHOLDER.finditer(text)])
    text = blank_placeholders(text)
    out: list[tuple[int, int, frozenset[str]]] = []
    short: list[tuple[int, int]] = []
    pos = 0
    for brk in [*_SENTENCE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if end > pos:
            _sentence(text, pos, end, out, short, words)
        pos = brk.end() if brk else end
    if short and out:
        out.extend(_inherited(text, out, short))
        out.sort()
    return out


def _inherited(
    text: str, found: list[tuple[int, int, frozenset[str]]], short: list[tuple[int, int]]
) -> list[tuple[int, int, frozenset[str]]]:
    extra: list[tuple[int, int, frozenset[str]]] = []
    for start, end in short:
        lows = _lows(text, start, end)
        if any(w in _ENGLISH for w in lows):
            continue
        near = [c for c in found if c[1] <= start and start - c[1] <= 3]
        near += [c for c in found if c[0] >= end and c[0] - end <= 3]
        for c in near:
            if any(not _languages(w).isdisjoint(c[2]) for w in lows):
                extra.append((start, end, c[2]))
                break
    return extra


def _lows(text: str, start: int, end: int) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text, start, end)]


def _sentence(
    text: str,
    start: int,
    end: int,
    out: list[tuple[int, int, frozenset[str]]],
    short: list[tuple[int, int]],
    text_words: TextWords,
) -> None:
    # the sentence's words: those starting inside it (no word holds a break); a clause's
    # words are those starting inside it (no word holds the comma and space that end a clause)
    first, last = text_words.between(start, end)
    starts = text_words.starts[first:last]
    words = text_words.lows[first:last]
    # a clause of a language needs two distinct words of it: with fewer counted words in the
    # whole sentence, no clause of it is of any language (most English sentences)
    counted = len(_counted_words().intersection(words)) >= _MIN_LANGUAGE_WORDS
    whole = _language_of(words) if counted else frozenset()
    pos = start
    for brk in [*_CLAUSE_BREAK.finditer(text, start, end), None]:
        stop = brk.start() if brk else end
        lows = words[bisect_left(starts, pos) : bisect_left(starts, stop)]
        # one clause, or too few counted words: the same as the sentence
        own = whole if not counted or len(lows) == len(words) else _language_of(lows)
        if own:
            out.append((pos, stop, own))
        elif whole and _ENGLISH.isdisjoint(lows):
            out.append((pos, stop, whole))
        elif lows:
            short.append((pos, stop))
        pos = brk.end() if brk else stop


def _sentence_start(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, quote or line."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in '.!?:;\n"“«(' or before.endswith("...")


def _capitalising(text: str) -> bool:
    """The writer capitalises sentences: the text opens with a capital."""
    for m in _WORD.finditer(text):
        if text[m.start() - 1 : m.start()] == "[":
            continue  # a placeholder tells nothing
        if _sentence_start(text, m.start()) and m.group()[0].isupper():
            return True
    return text.startswith("[")


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([^\W\d_]+)[.]?\s+$", text[max(0, start - 24) : start])
    return m.group(1).lower() if m else ""


def _calendar(low: str) -> bool:
    t = tables()
    return low in t.months or "cal" in t.langs.get(low, ())


def _ordinary(
    text: str, m: re.Match[str], langs: frozenset[str], lex: Lexicon, *, capitalised: bool
) -> bool:
    word = m.group()
    low = word.lower()
    mine = not _languages(low).isdisjoint(close_languages(langs))
    if word[0].islower():
        if _verb_slot(_prev_word(text, m.start()), langs):
            return True  # "on ira au parc": a verb after its subject
        if _prev_word(text, m.start()) in _PERSON_BEFORE and not mine:
            return False  # "pak dan" is a function word; "si kyle", "bu sri" are not
        if low in _FEASTS_AND_FAITH or _calendar(low):
            return True
        if not capitalised:  # chat: a function word that is also a listed name may be one
            return mine and low not in lex.given_names and low not in lex.surnames
        return mine or low not in lex.places
    if word.isupper() and len(word) > 1:
        return False  # an acronym
    if low in _FEASTS_AND_FAITH:
        return True
    if not _sentence_start(text, m.start()):
        return False
    if stands_for_person(text, m.start(), m.end(), lex, langs):
        return False  # "Maelyn hem sei", "Aunty Isatu", "Kadiatu, a go trai"
    if mine:
        return True
    listed = low in lex.given_names or low in lex.surnames or low in lex.places
    return not listed and low not in lex.word_names


def _turkish_ending(text: str, start: int, end: int) -> int:
    """The end of a name before a Turkish case ending after an apostrophe ("Zeynep'i")."""
    word = text[start:end]
    for i, c in enumerate(word):
        if c in _APOSTROPHES and i > 0 and word[i + 1 :].lower() in _TURKISH_ENDINGS:
            return start + i
    return end


def keep_foreign_words(
    text: str, out: list[Candidate], lex: Lexicon, words: TextWords | None = None
) -> list[Candidate]:
    """Name, place and organisation candidates without the words that are ordinary in the
    foreign clause they stand in; in chat, lower-case listed names and towns of the clause.
    ``words`` are the words of ``text``, when the caller has them."""
    clauses = foreign_clauses(text, words)
    if not clauses:
        return out
    capitalised = _capitalising(text)
    feasts = [(m.start(), m.end()) for m in _FEAST_PHRASES.finditer(text)]
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        clause = next((c for c in clauses if c[0] <= start and end <= c[1]), None)
        if clause is None or kind not in ("name", "place", "org"):
            kept.append(cand)
            continue
        if not capitalised:
            if not _chat_word_of_clause(text, cand, clause):
                kept.append(cand)
            continue
        if any(s <= start and end <= e for s, e in feasts):
            continue  # "Semana Santa", "Boże Narodzenie"
        pieces = _pieces(text, cand, clause[2], lex, capitalised=capitalised, feasts=feasts)
        kept.extend(_with_address(text, p) for p in pieces)
    if not capitalised:
        kept.extend(_chat_names(text, clauses, lex, kept))
    return kept


def _chat_word_of_clause(
    text: str, cand: Candidate, clause: tuple[int, int, frozenset[str]]
) -> bool:
    """In chat, whether a name found as one lower-case word is a word of the foreign clause
    it stands in: a verb after a subject pronoun ("on ira au parc"), or a function word of
    the clause's language inside it ("pasar dan beli", "ni isa"). One opening the clause
    ("dan cakap dia penat") or after a title or person marker of another language ("pak
    dan", "si dan") stays a name."""
    start, end, kind = cand
    word = text[start:end]
    if kind != "name" or not word.isalpha() or not word.islower():
        return False
    langs = close_languages(clause[2])
    prev = _prev_word(text, start)
    if _verb_slot(prev, langs):
        return True
    if _languages(word).isdisjoint(langs) or not text[clause[0] : start].strip():
        return False
    if prev in _PERSON_BEFORE:
        # "ni isa": Filipino "not one", a marker before a word of its own language; after a
        # title ("dr tan", "pak dan") a name
        return prev in _FILIPINO_MARKERS and not _FILIPINO.isdisjoint(_languages(word))
    return prev not in _NAME_PARTICLES and prev not in _ARTICLES_BEFORE_NAMES  # "café el ali"


_ARTICLES_BEFORE_NAMES = frozenset({"el", "al"})
_FILIPINO_MARKERS = frozenset({"si", "ni", "kay"})
_FILIPINO = frozenset({"tl", "ceb"})


def _with_address(text: str, cand: Candidate) -> Candidate:
    """A name with the lower-case title or kinship word of address right before it
    ("meneer Peeters", "mamã Teresa", "oom Koos")."""
    start, end, kind = cand
    if kind != "name" or not text[start : start + 1].isupper():
        return cand
    m = re.search(r"([^\W\d_]+)\.? $", text[max(0, start - 16) : start])
    if m and m.group(1).islower() and m.group(1) in _ADDRESS:
        return start - len(m.group()), end, kind
    return cand


def _chat_names(
    text: str, clauses: list[tuple[int, int, frozenset[str]]], lex: Lexicon, found: list[Candidate]
) -> list[Candidate]:
    """In chat, where names are written in lower case: a word of a foreign clause that is
    a listed given name or town and no word of any language ("a gabi falou", "em
    guarulhos")."""
    taken = [(s, e) for s, e, _ in found]
    extra: list[Candidate] = []
    for start, end, langs in clauses:
        for m in _WORD.finditer(text, start, end):
            low = m.group()
            if not low.islower() or len(low) < _MIN_CHAT_NAME or _languages(low):
                continue
            if low in lex.ordinary or low in _FEASTS_AND_FAITH or low in _ADDRESS:
                continue
            if _calendar(low) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if low in WEEKDAY_WORDS or low in tables().months:
                continue  # "depuis lundi": a weekday or month that is also a name
            if _verb_slot(_prev_word(text, m.start()), langs):
                continue  # "il bosse chez", "ay masaya": a verb or predicate
            if low in lex.places:
                extra.append((m.start(), m.end(), "place"))
            elif low in lex.given_names:
                extra.append((m.start(), m.end(), "name"))
    return extra


def _pieces(
    text: str,
    cand: Candidate,
    langs: frozenset[str],
    lex: Lexicon,
    *,
    capitalised: bool,
    feasts: list[tuple[int, int]],
) -> list[Candidate]:
    start, end, kind = cand
    words = list(_WORD.finditer(text, start, end))
    if not words:
        return [cand]
    ordinary = [
        _ordinary(text, m, langs, lex, capitalised=capitalised)
        or any(s <= m.start() and m.end() <= e for s, e in feasts)
        for m in words
    ]
    if not any(ordinary):
        return [_trimmed(text, start, end, kind, langs)]
    for i in range(len(words) - 1):
        nxt = words[i + 1].group()
        # a title or word of address before a name is part of it ("Doña Carmen")
        if ordinary[i] and words[i].group().lower() in _ADDRESS and nxt[0].isupper():
            ordinary[i] = ordinary[i + 1]
    # lower-case words between two words of the name stay in it ("Centro de Salud",
    # "Pieter van der Merwe")
    named = [i for i, m in enumerate(words) if not ordinary[i] and m.group()[0].isupper()]
    for left, right in itertools.pairwise(named):
        if all(words[k].group()[0].islower() for k in range(left + 1, right)):
            for k in range(left + 1, right):
                ordinary[k] = False
    pieces: list[Candidate] = []
    first = -1
    for i, flag in enumerate([*ordinary, True]):
        if not flag and first < 0:
            first = i
        elif flag and first >= 0:
            s = start if first == 0 else words[first].start()
            e = end if i == len(words) else words[i - 1].end()
            pieces.append(_trimmed(text, s, e, kind, langs))
            first = -1
    return pieces


def _trimmed(text: str, start: int, end: int, kind: str, langs: frozenset[str]) -> Candidate:
    if "tr" in langs and any(c in text[start:end] for c in _APOSTROPHES):
        end = _turkish_ending(text, start, end)
    return start, end, kind
