"""Names of people, places and organisations, found from word lists plus context.

Capitalised words mid-sentence are judged by the lexicon; a capitalised word that
opens a sentence, or that is also an everyday word ("Hope", "Will"), needs a cue:
a relation word before it, a title, a possessive, a parenthesis, or a verb that a
person does right after it. Lowercase names are caught when the word cannot be
ordinary English. Street, area and organisation suffixes turn runs of capitalised
words into places and organisations.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import reduce
from itertools import repeat
from operator import attrgetter, or_
from typing import TYPE_CHECKING

from ._article_names import CUES as ARTICLE_CUES
from ._article_names import article_names
from ._bracket_nicknames import glossed_nicknames
from ._burmese_names import SYLLABLES as _BURMESE_SYLLABLES
from ._burmese_names import burmese_names
from ._calendar_names import calendar_name
from ._called_names import called_names
from ._called_names import may_hold as may_hold_called_names
from ._capital_surnames import capital_surnames, may_hold_capital_surnames
from ._capital_venues import _TRIGGERS as CAPITAL_VENUE_TRIGGERS
from ._capital_venues import capital_venues
from ._capital_word_names import capital_word_names
from ._capital_word_names import may_hold as may_hold_capital_word_names
from ._chat_places import CUES as _CHAT_TOWN_CUES
from ._chat_places import listed_town_after_cue
from ._community_orgs import BODY_HEADS, community_bodies
from ._consumed_words import consumed, practised
from ._creole_clauses import _DISTINCT as CREOLE_DISTINCT
from ._creole_clauses import CREOLE_ADDRESS, creole_names, may_hold_creole
from ._cued_orgs import _OPENERS as CUED_ORG_OPENERS
from ._cued_orgs import cued_organisations
from ._cultural import HINTS as CULTURE_HINTS
from ._cultural import keep_cultural
from ._dedicated_names import DEDICATIONS, named_by_dedication_or_the
from ._echoed_words import keep_echoed_words
from ._employers import _watched as watched_words
from ._employers import contextual_organisations
from ._everyday_word_orgs import everyday_word_orgs
from ._everyday_word_orgs import may_hold as may_hold_everyday_word_org
from ._foreign_clauses import _foreign_function_words as foreign_function_words
from ._foreign_clauses import keep_foreign_words, may_hold_foreign
from ._foreign_streets import AFTER as FOREIGN_STREET_AFTER
from ._foreign_streets import BEFORE as FOREIGN_STREET_BEFORE
from ._foreign_streets import foreign_streets
from ._form_values import may_hold_form, without_form_values
from ._formal import _WORDS as SERVICE_WORDS
from ._formal import without_generic_services
from ._function_words import (
    among_its_language,
    clause_word_after_title,
    keep_function_words,
    tables,
)
from ._genitive_orgs import HEADS as _GENITIVE_HEADS
from ._genitive_orgs import genitive_orgs
from ._kin_address import PARTICLES as KIN_PARTICLES
from ._kin_address import PERSON_AFTER as _PERSON_AFTER_ADDRESS
from ._kin_address import WORDS as _KIN_ADDRESS_WORDS
from ._kin_address import addressed_names, names_before_address_words, with_address_words
from ._kin_after_names import KIN_AFTER as _KIN_AFTER
from ._kin_after_names import names_before_kin_words
from ._kin_nicknames import kin_nicknames
from ._kin_nicknames import may_hold as may_hold_kin_nicknames
from ._kind_words import (
    ORG_HEADS,
    PLACE_PREPOSITIONS,
    STREET_WORDS,
    bodies_of_places,
    elided_names,
    kind_word_spans,
    may_name_by_kind,
    place_after_preposition,
    street_spans,
)
from ._kind_words import TRIGGERS as KIND_TRIGGERS
from ._language_context import HINTS as LANGUAGE_TERM_HINTS
from ._language_context import (
    SAYING_VERBS,
    foreign_function_word,
    lowercase_speakers,
    with_maltese_tails,
    without_language_terms,
)
from ._lexicon import Lexicon, lexicon
from ._listed_pacific_names import listed_pacific_names
from ._listed_people import names_listed_after_names
from ._local_shapes import course_code, level_code
from ._lower_feature_places import lower_feature_places
from ._lower_feature_places import may_hold as may_hold_feature_places
from ._lower_institutions import HEADS as INSTITUTION_HEADS
from ._lower_institutions import lower_institutions
from ._lower_listed_towns import lower_listed_towns
from ._lower_places import PLACE_PREPS as LOWER_PLACE_PREPS
from ._lower_places import lower_places
from ._lower_subject_names import lower_subject_names
from ._lower_subject_names import may_hold as may_hold_lower_subjects
from ._lower_tails import clause_word
from ._lower_town_parts import lower_streets, may_hold_streets, town_parts
from ._lower_town_parts import may_hold as may_hold_town_parts
from ._lower_word_names import _GREETINGS as GREETINGS
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._lower_word_names import _SUFFIXES as NAME_SUFFIXES
from ._lower_word_names import lower_word_names, virtue_said
from ._macron_words import without_macrons
from ._medicines import without_medicines
from ._name_edges import may_hold_name_edges, name_edges
from ._orgs import (
    FAITH_NAME_WORDS,
    LONG_ACRONYM,
    ORGS_TRIGGERS,
    long_acronym_orgs,
    opening_organisations,
    orgs_pass,
    with_faith_words,
)
from ._owned_words import listed_kin, owned_word
from ._pacific_words import keep_pacific_words
from ._pacific_words import may_hold as may_hold_pacific_words
from ._paired_initials import paired_initials
from ._people_from import FROM_WORDS, people_from_places
from ._person_particles import _FILIPINO, _KOREAN_AFTER, particle_names
from ._person_states import person_state_after
from ._pidgin_places import _CUES as PIDGIN_CUES
from ._pidgin_places import _MARKERS as PIDGIN_MARKERS
from ._pidgin_places import pidgin_places
from ._place_tags import may_hold_place_tags, place_tags
from ._preposition_places import PREPOSITIONS, preposition_places
from ._public import keep_public
from ._quoted_speakers import may_hold as may_hold_quoted_speakers
from ._quoted_speakers import quoted_speakers
from ._repeated_names import repeated_names
from ._school_words import school_subject
from ._script_switch_names import may_hold_script_switch, script_switch_names
from ._shared_titles import WORDS as _CHAT_TITLES
from ._shared_titles import shared_title_before_name
from ._term_context import _HINTS as TERM_HINTS
from ._term_context import demonym, keep_terms
from ._venues import named_venues, venue_triggers
from ._vocab import (
    AREA_SUFFIXES,
    FAMILY_NOUNS,
    GENERIC_ORG_WORDS,
    INITIALISMS_KEPT,
    KNOWN_ACRONYMS,
    NAME_CONNECTORS,
    ORG_PREPS,
    ORG_SUFFIXES,
    OWNED_WORD_NAMES,
    PERSON_ONLY_VERBS,
    PERSON_VERBS,
    PLACE_PREPS,
    RELATIONS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    STREET_SUFFIXES,
    STRONG_PERSON_VERBS,
    TITLES,
    WEAK_PERSON_CUES,
)

Candidate = tuple[int, int, str]

# A word: letters, joined by hyphens or apostrophes. As a group to split on, possessive (no
# letter is ever given back: faster), and on ASCII text with an ASCII pattern (faster still).
_WORD_SPLIT = re.compile(r"([^\W\d_]++(?:[-'’][^\W\d_]++)*+)")
_ASCII_WORD_SPLIT = re.compile(r"([A-Za-z]++(?:[-'][A-Za-z]++)*+)")
_CONTRACTION = re.compile(r"(?i)(.+?)['’](?:s|d|ll|ve|re|m|t)$")
# "(?<![\w.])(?:[A-Z]\.){2,4}(?!\w)", written to start on a capital (found faster)
_INITIALS = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){1,3}(?!\w)")
_SENTENCE_BREAK = re.compile(r"[.!?:;\"“”(•*>\n]|\s[-–—]\s|^\s*[-–—]")
_HOUSE_NUMBER = re.compile(r"(\d{1,6}[A-Za-z]?)\s+$")
_STATE_AFTER = re.compile(r",\s*[A-Z]{2}\b")
_MIN_FREQ_BARE_LOWERCASE = 3
_DIRECTIONS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})
_DIRECTION_AFTER = re.compile(r"\.?\s(?:N|S|E|W|NE|NW|SE|SW)\b\.?")
_LOOSE_PLACE_PREPS = frozenset({"in", "from", "near", "outside", "around", "visiting"})
_LOOSE_ORG_PREPS = frozenset({"at", "for"})
_MONTHS_AS_NAMES = frozenset({"may", "april", "june", "jun", "august"})
_DAY_AFTER = re.compile(r"\s+\d")
_WITH_SLASH = re.compile(r"\bw/\s*$")


_CACHE_LIMIT = 50_000
_PLACE_SUFFIXES = STREET_SUFFIXES | AREA_SUFFIXES
_ALL_SUFFIXES = _PLACE_SUFFIXES | ORG_SUFFIXES
# street words after which a word naming a kind of area is the street's own name ("County
# Street", "Harbor Road"); "court", "place" and "square" also name things ("District Court")
_NAMED_BY_AREA_STREETS = frozenset(
    "st street ave avenue rd road blvd boulevard lane ln drive terrace crescent highway "
    "parkway".split()
)


class Kind(Enum):
    """How a single word behaves with respect to names."""

    STOP = 0  # weekday, month, relation title, app, drug: never an identifier
    ORDINARY = 1  # everyday English
    WORD_NAME = 2  # everyday word that is also a given name (hope, will)
    NAME = 3  # given name that is not everyday English
    UNKNOWN = 4  # in no list: rare name, surname, brand, place


if not TYPE_CHECKING:
    # Python 3.11 reads every ``Kind.STOP`` through the enum metaclass's ``__getattr__``
    # hook (gone in 3.12), which costs more than the rules that test it: at run time
    # ``Kind`` is a plain class holding the same members (no lookup by value, no iteration).
    Kind = type("Kind", (), {"__doc__": Kind.__doc__, **{m.name: m for m in Kind}})


@dataclass(slots=True)
class Token:
    start: int
    end: int  # possessive "'s" excluded
    word: str
    kind: Kind
    capital: bool
    acronym: bool
    possessive: bool
    initial: bool = False
    title: bool = False
    low: str = ""


def _classify(word: str, lex: Lexicon) -> Kind:
    low = word.lower()
    cached = _CLASS_CACHE.get(low)
    if cached is None:
        cached = _classify_lower(low, lex)
        if len(_CLASS_CACHE) < _CACHE_LIMIT:
            _CLASS_CACHE[low] = cached
    return cached


def _classify_lower(low: str, lex: Lexicon) -> Kind:
    if low in lex.always_ordinary or lex.is_region_word(low):
        return Kind.STOP
    if (plain := without_macrons(low)) and plain in lex.always_ordinary:  # "hāngī": "hangi"
        return Kind.STOP
    if low in lex.word_names:
        return Kind.WORD_NAME
    if low in lex.ordinary:
        return Kind.ORDINARY
    if low.endswith("nt") and low[:-2] in _NEGATABLE:
        return Kind.ORDINARY  # "didnt", "arent": a negation typed without its apostrophe
    if low in lex.given_names or low in lex.surnames:
        return Kind.NAME
    if _gerund_of_ordinary(low, lex):
        return Kind.ORDINARY  # "journaling", "doomscrolling" when the stem is everyday
    if "-" in low:
        head, _, rest = low.partition("-")
        if head in _KIN_PREFIXES and _classify_lower(rest, lex) in (Kind.STOP, Kind.ORDINARY):
            return Kind.STOP  # "great-nan", "step-mum"
        if rest in _HONORIFICS and _classify_lower(head, lex) is Kind.STOP:
            return Kind.STOP  # "dada-ji", "obaa-chan": a kinship word with an honorific
        parts = [_hyphen_part(p, lex) for p in low.split("-") if p]
        if parts and all(p in (Kind.ORDINARY, Kind.STOP) for p in parts):
            return Kind.ORDINARY
        if _everyday_compound(parts):
            return Kind.ORDINARY  # "rose-tinted", "sky-high": not "Summer-Rain"
        if any(p is Kind.NAME for p in parts):
            return Kind.NAME
    return Kind.UNKNOWN


def _everyday_compound(parts: list[Kind]) -> bool:
    """A hyphenated word of everyday words, one of them a word-name, ending in an everyday
    word as English compounds do ("rose-tinted"; not "Star-Lily" or "Ruby-May")."""
    return (
        Kind.WORD_NAME in parts
        and parts[-1] is Kind.ORDINARY
        and all(p in (Kind.ORDINARY, Kind.WORD_NAME) for p in parts)
    )


def _gerund_of_ordinary(low: str, lex: Lexicon) -> bool:
    """An "-ing" form of an everyday word the word list lacks ("journaling")."""
    stem = low[:-1] if low.endswith("ings") else low
    if not stem.endswith("ing") or len(stem) < _MIN_GERUND:
        return False
    base = stem[:-3]
    doubled = len(base) > 2 and base[-1] == base[-2]
    return (
        base in lex.ordinary
        or base + "e" in lex.ordinary
        or (doubled and base[:-1] in lex.ordinary)
    )


_MIN_GERUND = 7


def _hyphen_part(part: str, lex: Lexicon) -> Kind:
    if len(part) <= _SYLLABLE and part in lex.always_ordinary:
        return Kind.UNKNOWN
    return _classify_lower(part, lex)


_CLASS_CACHE: dict[str, Kind] = {}
_NEGATABLE = frozenset(
    "do does did is are was were have has had could would should must might need".split()
)
_KIN_PREFIXES = frozenset({"great", "step", "grand", "half"})
_HONORIFICS = frozenset(
    # Hindi and Bengali "-ma", "-maa" ("Nani-ma"), Korean "-nim", Rajasthani "-sa"
    {"ji", "jee", "san", "chan", "sama", "saab", "sahib", "ma", "maa", "nim", "sa"}
)
_SYLLABLE = 3  # "Min-jun": a part this short that is a stop word is a name syllable


_WordInfo = tuple[Kind, bool, bool, str]  # kind, capitalised, acronym, lower case
_WORD_INFO: dict[str, _WordInfo] = {}


def _word_info(word: str, lex: Lexicon) -> _WordInfo:
    """What a word is, however often it occurs: one dictionary look-up per token."""
    info = _WORD_INFO.get(word)
    if info is None:
        kind = _classify(word, lex)
        capital = word[0].isupper()
        if capital and word[-1] == "s" and word[:-1] in KNOWN_ACRONYMS:
            kind = Kind.STOP  # "SSRIs", "GPs"
        info = (kind, capital, capital and len(word) >= 2 and word.isupper(), word.lower())
        if len(_WORD_INFO) < _CACHE_LIMIT:
            _WORD_INFO[word] = info
    return info


_RawInfo = tuple[str, int, bool, Kind, bool, bool, str]  # word, its length, possessive, ...
_RAW_INFO: dict[str, _RawInfo] = {}


def _raw_info(raw: str, lex: Lexicon) -> _RawInfo:
    """A matched word with its possessive or contraction cut off, and what it is."""
    word, possessive = raw, False
    if "'" in raw or "’" in raw:
        contraction = _CONTRACTION.match(raw)
        if contraction:
            word = contraction.group(1)
            possessive = raw[-1:].lower() == "s"
    kind, capital, acronym, low = _word_info(word, lex)
    if word is not raw and _NEGATION.search(raw):
        kind = Kind.ORDINARY  # "didn't", "Don't": an auxiliary, whatever "didn" or "Don" is
    if not capital and "-" in word and kind is not Kind.STOP and _PARTICLE_HYPHEN.match(word):
        kind, capital = Kind.UNKNOWN, True  # "al-Hashimi", "bin-Salleh": part of a name
    info = (word, len(word), possessive, kind, capital, acronym, low)
    if len(_RAW_INFO) < _CACHE_LIMIT:
        _RAW_INFO[raw] = info
    return info


def _tokens(text: str, lex: Lexicon) -> list[Token]:
    """The words of ``text`` as tokens (built field by field: the generated ``__init__``
    costs more than the rest of the loop)."""
    out: list[Token] = []
    append = out.append
    info = _RAW_INFO.get
    new = _new_token
    prev_title = False
    # split with the word as a group gives gap, word, gap, ...: offsets follow from the
    # lengths, without a match object per word
    parts = (_ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT).split(text)
    pieces = iter(parts)
    pos = len(next(pieces))
    for raw, gap in zip(pieces, pieces, strict=False):
        start = pos
        pos += len(raw) + len(gap)
        word, size, possessive, kind, capital, acronym, low = info(raw) or _raw_info(raw, lex)
        tok = new(Token)
        tok.start = start
        tok.end = end = start + size
        tok.word = word
        tok.kind = kind
        tok.possessive = possessive
        tok.low = low
        tok.initial = tok.title = False
        if not capital:
            tok.capital = tok.acronym = False
            append(tok)
            prev_title = False
            continue
        tok.capital = True
        tok.acronym = acronym
        if size == 1 and (text[end : end + 1] == "." or prev_title):
            tok.initial = True
        elif size == 1 and word not in "IA" and _after_kin_word(text, out, start):
            out[-1].title = tok.initial = True  # "Papa T", "Coach K": a kinship or role word
        elif low in TITLES:
            tok.title = True
        prev_title = tok.title
        append(tok)
    return out


_new_token = object.__new__


_NEGATION = re.compile(r"[nN]['’][tT]$")
_PARTICLE_HYPHEN = re.compile(
    r"(?:al|el|ul|ud|ad|ar|as|ash|at|az|bin|ibn|abu|bint|ben|van|von|de|di|da|du|la|le|dos|das)"
    r"-[A-Z]"
)


def everyday(word: str) -> bool:
    """Whether a word is everyday English or never an identifier ("Boxing", "Heritage")."""
    return _classify(word, lexicon()) in (Kind.ORDINARY, Kind.STOP)


def _after_kin_word(text: str, out: list[Token], start: int) -> bool:
    prev = out[-1] if out else None
    return (
        prev is not None
        and prev.capital
        and (prev.low in RELATIONS or prev.low in _TITLE_WORDS)
        and text[prev.end : start] == " "
    )


def _after_kin_title(text: str, toks: list[Token], i: int) -> bool:
    """ "Aunty Mere", "Nan Bee", "Gogo Thoko": a capitalised kinship word used as a title
    makes the capitalised word after it a name, even an everyday one (unless the words
    run on in capitals, as in a heading)."""
    prev, tok = toks[i - 1], toks[i]
    if tok.kind is Kind.STOP or tok.acronym:
        return False
    familiar = prev.word in _FAMILIAR_PREFIXES and not _starts_sentence(text, toks, i - 1)
    if (
        prev.low not in _KIN_TITLES
        and not familiar
        and not (
            (prev.low in _ROLE_TITLES or prev.word in _FAMILIAR_PREFIXES)
            and (tok.kind is not Kind.ORDINARY or tok.low in lexicon().given_names)
        )
    ):
        return False
    if text[prev.end : tok.start] != " " or len(tok.word) < _MIN_KIN_NAME:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    heading = nxt is not None and nxt.capital and text[tok.end : nxt.start] == " "
    return not ((heading or _title_case_list(text, toks, i - 1)) and tok.kind is Kind.ORDINARY)


def _title_case_list(text: str, toks: list[Token], i: int) -> bool:
    """ "Slept Better, Ate Breakfast": the item before ends in a capitalised everyday word
    inside its sentence, so the words are written in title case, as headings and lists are."""
    if i < 1:
        return False
    before = toks[i - 1]
    return (
        before.capital
        and before.kind is Kind.ORDINARY
        and text[before.end : toks[i].start] in _TITLE_LIST_GAPS
        and not _starts_sentence(text, toks, i - 1)
    )


_TITLE_LIST_GAPS = frozenset({", ", " / ", "; "})


_MIN_KIN_NAME = 2
# Familiar prefixes of Hokkien and Cantonese names: "Ah Hock", "with Ah Boy" (a kinship word
# after them stays: "Ah Ma", "Ah Gong" are grandparents). Opening a sentence "Ah" may be a
# sigh, so only a name-like word after it is a name there ("Ah Seng", not "Ah Well").
_FAMILIAR_PREFIXES = frozenset({"Ah"})
_KIN_TITLES = frozenset(
    "papa mama nana nan aunty auntie uncle coach fr father sister brother pastor grandma grandpa "
    "gran granny grandad pop nonna tia tio tita tito kuya ate gogo lolo lola ouma oupa ammachi "
    "tatay nanay abuela abuelo aunt grandma grandpa nanna nonno oma opa bibi dadi nani "
    "teta sitto jiddo nne nna "
    "koro kui whaea matua nanny poppa pop-pop grandmother grandfather grandaunt bubbe zayde "
    "baba dida ama amah ayi mamá papá titi tío tía".split()
    # Punjabi and Urdu, Afrikaans, isiXhosa, Somali, Levantine Arabic, Akan, Igbo, Korean,
    # Tagalog and Trinidadian English: "Chacha Tariq", "Oom Gert", "Tanty Merle", "Maame Esi",
    # "Halmoni Kim", "Manang Fely"
    + "chacha chachi chachu mamu mami khala khalu phupho phuppo tayi bapu oom tannie tanty "
    "tantie makhulu mkhulu ayeeyo abti teta sitto jiddo khalto ammo maame nne dede halmoni "
    "samchon manang manong sisi bhuti baji bhaji nani dadi iya yeye".split()
    # Hawaiian, Papua New Guinean, Sinhala, Quebec French, Yiddish, Greek, Luganda, Bemba,
    # Cree, Vietnamese, Appalachian and Scots English: "Tutu Kaleo", "Bubu Kila", "Seeya
    # Piyadasa", "Mémé Thérèse", "Bubby Rivka", "Yiayia Eleni", "Theia Voula", "Ông Minh"
    + "tutu kupuna bubu seeya achchi aachchi mémé pépé matante mononcle tante bubby bubbie "
    "bobe zaidy zeidy zaidie zaide yiayia yiayiá pappou papou pappoú theia thia theio thios "
    "kokum kokom mosom moshum jjajja ssenga kojja shikulu mamaw papaw meemaw memaw peepaw mawmaw "
    "granda grannie pépère mémère pepere memere ông".split()
    # Yoruba and Nigerian English, Amharic, Haitian Creole, Sri Lankan Tamil, Punjabi, Khmer
    # and isiZulu: "Iya Bose", "Alhaja Sikirat", "Emama Tsehay", "Gashe Tesfaye", "Tati
    # Marjorie", "Manmi Lourdes", "Periyamma Kamala", "Akka Vani", "Bebe Jasbir", "Ming
    # Sophal", "Yeay Sokhom", "Malume Thulani", "Mam Zanele"
    + "iya iyá egbon oga alhaji alhaja emama emaye abba gashe etye etiye weyzero "
    "woizero weizero tati manmi manman matant grann granmè granpè marenn parenn periyamma "
    "periyappa chithi chithappa akka athai appamma appappa ammamma ammappa aachi paati thatha "
    "bebe bhua masser mausi massi bua dada nana veerji paaji ming yeay bong malume mam "
    "mamncane babomncane".split()
    # Albanian, Macedonian, Lithuanian, Moldovan Romanian and Russian, Jordanian Arabic, Dari,
    # Bemba and Nyanja, Shona, Mozambican Portuguese and Changana, Lingala and Kinshasa
    # French: "Zonja Lule", "Nëna Fatbardha", "Dedo Ilija", "Močiutė Ona", "Ponia Zita",
    # "Tanti Valea", "Domnul Ceban", "Баба Рая", "Sitti Fatima", "Haji Ghulam", "Bashi
    # Chilufya", "Sekuru Mutasa", "Ambuya Chiweshe", "Amai Rumbi", "Avó Rosa", "Tonton Blaise"
    + "zonja zoti nëna nena gjyshja gjyshi xhaxhi dedo tetka tetin strina vujko čiko "
    "močiutė močiute senelis senelė senele dėdė dede ponia ponas tanti nenea bunica bunicul "
    "bunelul doamna domnul nașa nașul nănașa тётя тетя дядя баба бабушка дедушка sitti sitt "
    "hajje hajjeh haji hajji kaka khalajan bashi bamayo bambuya agogo sekuru ambuya mbuya amai "
    "mainini maiguru babamukuru vatete avó avô vovó vovô mamana kokwana maman tonton tantine "
    "nkoko mano".split()
)
# More kinship words of address written before a name: Urdu and Punjabi ("Khala Rubina",
# "Phuppo Nasreen"), Somali ("Abti Farah", "Eedo Hodan"), Trinidadian ("Tanty Merle"),
# South African ("Bra Themba", "Sisi Lindiwe", "Ntate Moloi"), Levantine, Akan, Samoan.
_MORE_ADDRESS_WORDS = (
    "khala khalu phuppo phuppi phupho mamu mamoo chacha chachi taya tayi massi bua biji "
    "abti adeer eedo habaryar ayeeyo awoowe hooyo aabo tanty tantie nennen parrain bra sisi "
    "bhuti ntate mme teta jiddo amto khalto wofa agya maame tinā".split()
)
# Words of address that stand before a name in many languages and registers.
_ADDRESS_WORDS = (
    "sir madam madame monsieur señora señor senora senor signora dona mzee ustaz ustazah "
    "sheikh shaykh sis bro mummy mammy mdm encik puan cikgu ate unnie oppa noona hyung "
    "samchon halmoni manong manang didi bhaiya bhabhi mma rra makcik pakcik cik".split()
    + _MORE_ADDRESS_WORDS
)
# Role words used as titles ("Nurse Ratu", "Officer Diaz"): before an everyday word they
# name a thing instead ("Nurse Practitioner"), so only a name-like word after them counts.
_ROLE_TITLES = frozenset(
    "nurse doctor officer detective sergeant captain judge principal bishop deacon chef "
    "teacher sensei imam rabbi reverend".split()
    # words of address of many languages: "Madame Tremblay", "Mzee Otieno", "Ustaz Farid",
    # "Sis Carmina", "Ate Liza", "Encik Rosli"; like a role word, only before a name-like word
    + _ADDRESS_WORDS
    # "Doc Ramos" as a title; "Doc" alone is how clients address a doctor or therapist
    + ["doc"]
)
_TITLE_WORDS = _KIN_TITLES | _ROLE_TITLES
# A capitalised word of address or kinship right before a name ("Aunty Mere", "Coach Dee",
# "Gogo Nomsa") is written as part of the name, and independent labellers count it so: it goes
# into the placeholder with the name, after a possessive too ("her Gogo Nomsa"); a
# lower-case relation word ("her gogo Nomsa") names the relation and stays.
# and the words of a nickname built on a name: "Big Mike", "Little Tommy"
_ADDRESS_TITLES = _TITLE_WORDS | frozenset("big little lil young wee".split())


def _starts_sentence(text: str, toks: list[Token], i: int) -> bool:
    if i == 0:
        return not text[: toks[0].start].strip(" \t\"'“‘*-–—#>")
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if gap == " " and not prev.possessive:
        return False
    if prev.possessive:
        gap = gap[2:]
    if (prev.title or prev.initial) and gap.strip() == ".":
        return prev.initial and toks[i].low in SENTENCE_OPENERS
    if gap[-2:-1].isdigit():
        return False  # "Address: 12 Kirkgate": a number, not the word, opens the sentence
    return bool(_SENTENCE_BREAK.search(gap))


def _joinable(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap in _GROUP_GAPS and (
        left.low in _GROUP_OWNERS
        or (right.capital and right.low in ORG_SUFFIXES and left.kind is not Kind.STOP)
    ):
        return True  # "Seaview Women's Refuge", "St Mary's Church", "King's College": one name
    if left.possessive:
        return False
    if left.initial and gap == ". " and right.low in SENTENCE_OPENERS:
        return False
    if left.initial or left.title:
        return gap in (". ", ".", " ") if left.title else gap in (". ", ".")
    return gap == " "


_GROUP_OWNERS = frozenset("women men children girls boys ladies mothers parents people".split())
_GROUP_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})


def _runs(text: str, toks: list[Token]) -> list[list[int]]:
    """Group indexes of capitalised tokens that stand next to each other."""
    runs: list[list[int]] = []
    n = len(toks)
    j = 0
    for i in [k for k, t in enumerate(toks) if t.capital]:
        if i < j:
            continue  # already in the run before
        run = [i]
        j = i + 1
        while j < n:
            cur = toks[run[-1]]
            nxt = toks[j]
            if nxt.word == "I" and _pronoun_i(text, toks, j):
                break  # "in Leeds I asked": the pronoun starts a clause, no part of a name
            if nxt.capital and _joinable(text, cur, nxt):
                run.append(j)
                j += 1
            elif nxt.low in NAME_CONNECTORS and _joinable(text, cur, nxt):
                k = j + 1
                if k < n and toks[k].low in NAME_CONNECTORS:
                    if not _joinable(text, nxt, toks[k]):
                        break
                    k += 1
                if k < n and toks[k].capital and _joinable(text, toks[k - 1], toks[k]):
                    run.extend(range(j, k + 1))
                    j = k + 1
                else:
                    break
            else:
                break
        runs.append(run)
    return runs


def _pronoun_i(text: str, toks: list[Token], j: int) -> bool:
    """ "I" with a lower-case word after it ("I asked", "I did not"): the pronoun."""
    if j + 1 >= len(toks) or toks[j + 1].capital:
        return False
    return text[toks[j].end : toks[j + 1].start] == " " and toks[j + 1].low.isalpha()


def _prev_word(toks: list[Token], i: int) -> str:
    return toks[i - 1].low if i > 0 else ""


def _has_relation_cue(text: str, toks: list[Token], i: int) -> bool:
    if i > 0 and toks[i - 1].low in RELATIONS and not toks[i - 1].capital:
        gap = text[toks[i - 1].end : toks[i].start]
        return "\n" not in gap and gap.strip() in ("", ",")  # a new line is a new heading
    if i > 0 and toks[i - 1].capital and toks[i].capital and _after_kin_title(text, toks, i):
        return True
    if i > 1 and toks[i - 1].low in _CALLED_WHOM and toks[i - 2].low in _CALLING:
        return text[toks[i - 2].end : toks[i].start] == f" {toks[i - 1].word} "  # "call her Tam"
    if i > 1 and toks[i - 1].low in _SELF and toks[i - 2].low in _CALLING:
        return text[toks[i - 2].end : toks[i].start] == f" {toks[i - 1].word} "  # "calls himself"
    if i > 1 and toks[i - 1].low in _NICK_PREV and _nickname_cue(text, toks, i):
        return True
    if _called_after(text, toks[i]):
        return True
    before = text[max(0, toks[i].start - 4) : toks[i].start]
    return "w/" in before and _WITH_SLASH.search(before) is not None


def _person_follows(text: str, toks: list[Token], last: int, *, weak: bool) -> bool:
    tok = toks[last]
    if tok.possessive:
        return True
    rest = text[tok.end : tok.end + 3].lstrip()
    if rest.startswith("("):
        return True
    if last + 1 >= len(toks):
        return False
    nxt = toks[last + 1]
    if text[tok.end : nxt.start].strip() not in ("", ","):
        return False
    if nxt.low in _ADVERBS and last + 2 < len(toks) and text[nxt.end : toks[last + 2].start] == " ":
        nxt = toks[last + 2]  # "kiri just texted", "Sam finally said"
    word = text[nxt.start : nxt.end + 2].lower().rstrip(" .,")
    verb = nxt.low
    if verb in PERSON_VERBS or word in PERSON_VERBS or verb in FAMILY_NOUNS:
        return True
    if _apposition(text, tok, toks, last):
        return True
    return weak and (
        verb in WEAK_PERSON_CUES
        or _past_tense_after_unknown(tok, nxt)
        or _present_tense_after_unknown(tok, nxt)
    )


_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then"
    # "Queralt now lives with her Iaia"
    " now usually often sometimes".split()
)
_NOUN_ENDINGS = ("ing", "ness", "tion", "sion", "ism", "ity", "ment", "ology", "ics")
_MIN_PAST_TENSE = 4
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*(?:,|yo\b|y/o\b|\))")
_SCHOOL_YEAR_AFTER = re.compile(
    r"\s*(?:,|\s[-–—])\s*(?:aged\s+\d{1,2}\b|\d{1,2}\s+[-–—]|(?:in\s+)?(?:[Yy]ear|[Yy]r|[Gg]rade)\s?\d{1,2}\s*(?:,|[-–—)]|$))"
)


def _past_tense_after_unknown(tok: Token, nxt: Token) -> bool:
    """A word in no list followed by a verb in the past tense is its subject: a person
    ("Tuilagi prayed"), unless the word is shaped like a common noun ("Journaling helped")."""
    return (
        not nxt.capital
        and len(nxt.word) >= _MIN_PAST_TENSE
        and nxt.low.endswith("ed")
        and not tok.low.endswith(_NOUN_ENDINGS)
    )


def _present_tense_after_unknown(tok: Token, nxt: Token) -> bool:
    """A word in no list followed by an everyday verb with "-s" ("Ikaika surfs"), unless the
    word is shaped like a common noun."""
    low = nxt.low
    if nxt.capital or len(low) < _MIN_PAST_TENSE or not low.endswith("s") or low.endswith("ss"):
        return False
    if tok.low.endswith(_NOUN_ENDINGS):
        return False
    ordinary = lexicon().ordinary
    return low[:-1] in ordinary or (low.endswith("es") and low[:-2] in ordinary)


def _apposition(text: str, tok: Token, toks: list[Token], last: int) -> bool:
    """ "Chance, her partner," or "Chance and Amir both came": a person is described."""
    if last + 2 >= len(toks):
        return False
    nxt, after = toks[last + 1], toks[last + 2]
    gap = text[tok.end : nxt.start]
    if gap == ", " and nxt.low in _POSSESSIVES and after.low in RELATIONS:
        return True
    if gap == ", " and nxt.low in _POSSESSIVES and _relation_after_adjective(text, toks, last + 2):
        return True  # "Ginger, the middle child,", "Sky, her older sister,"
    if gap == ", " and nxt.low == "the" and after.low in _BIRTH_ORDER:
        return text.startswith(",", after.end)  # "Justice, the eldest, took charge"
    if gap != " " or nxt.word != "and":
        return False
    if after.low in _OWNERS and last + 3 < len(toks) and toks[last + 3].low in RELATIONS:
        return True  # "Misty and her partner", "sione and his sister"
    if after.word == "I" and last + 3 < len(toks) and not toks[last + 3].capital:
        return text[after.end : toks[last + 3].start] == " "  # "Crystal and I worked out"
    return after.capital and after.kind is not Kind.STOP


_BIRTH_ORDER = frozenset("eldest youngest oldest".split())


def _relation_after_adjective(text: str, toks: list[Token], j: int) -> bool:
    """A lower-case describing word then a relation word: "middle child", "best mate"."""
    if j + 1 >= len(toks) or toks[j].capital or text[toks[j].end : toks[j + 1].start] != " ":
        return False
    return toks[j + 1].low in RELATIONS and toks[j].low not in RELATIONS


def _called_by_letter(text: str, toks: list[Token], i: int) -> bool:
    """ "I'd call her B": a lone capital letter someone is called by is a name."""
    if i < 2 or toks[i - 1].low not in _CALLED_WHOM or toks[i - 2].low not in _CALLING:
        return False
    return text[toks[i - 2].end : toks[i].start] == f" {toks[i - 1].word} "


def _letter_speaks(text: str, toks: list[Token], i: int) -> bool:
    """ "K texted me after", "B asked to come back": a lone capital letter before a verb of
    speech is someone named by an initial ("Plan B worked" has no such verb)."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return not nxt.capital and nxt.low in SPEECH_VERBS and text[toks[i].end : nxt.start] == " "


def _called_after(text: str, tok: Token) -> bool:
    """ "Chinnu, as the family calls her", '"Smiley", as he asked us to call him': a word
    followed by "as ... call(s) him/her" is what a person is called."""
    return (
        tok.capital
        and text.startswith(",", tok.end + (text[tok.end : tok.end + 1] in _QUOTES))
        and _CALLED_AFTER.match(text, tok.end) is not None
    )


_QUOTES = frozenset("\"”'’")
_CALLED_AFTER = re.compile(
    r"[\"”'’]?, as (?:[\w'’]+ ){1,5}?(?:call|calls|called) (?:him|her|them|me)\b"
)


def _nickname_cue(text: str, toks: list[Token], i: int) -> bool:
    """ "goes by Bubs", "known as Tonka", "aka Lolo", "who they call Pip": the word after
    is what a person is called (cheap look-ups first)."""
    prev, before = toks[i - 1], toks[i - 2]
    if prev.low == "aka":
        return text[prev.end : toks[i].start] == " "
    if prev.low in _IS and before.low in _NAME_NOUNS:  # "her nickname is Bubbles"
        return text[before.end : toks[i].start] == f" {prev.word} "
    if prev.low == "as" and before.low in _HIM_HER and i > 2 and toks[i - 3].low in _KNOW:
        return text[toks[i - 3].end : toks[i].start] == f" {before.word} as "  # "know him as"
    if (prev.low in _BY_AS and before.low in _GOING_BY) or (
        prev.low in _CALL and before.low in _CALLERS and toks[i].capital
    ):
        return text[before.end : toks[i].start] == f" {prev.word} "
    return False


_BY_AS = frozenset({"by", "as"})
_KNOW = frozenset({"know", "knows", "knew"})
_HIM_HER = frozenset({"him", "her"})
_NICK_PREV = frozenset(
    {"aka", "by", "as", "is", "was", "s", "call", "calls", "nickname", "nicknames"}
)
_IS = frozenset({"is", "was", "s"})
_NAME_NOUNS = frozenset({"nickname", "name", "nicknames", "names"})
_GOING_BY = frozenset({"goes", "go", "going", "went", "gone", "known"})
_CALL = frozenset({"call", "calls", "nickname", "nicknames"})
_CALLERS = frozenset(
    "they we everyone everybody people i she he you friends family mates kids who all".split()
)
_CALLED_WHOM = frozenset({"her", "him", "them", "me", "us"})
_SELF = frozenset({"himself", "herself", "themselves", "themself"})
_CALLING = frozenset({"call", "calls", "called", "calling", "nicknamed", "named"})
_POSSESSIVES = frozenset({"her", "his", "their", "my", "our", "your", "the"})
_OWNERS = frozenset({"her", "his", "their"})
# One-word answers after a heading colon that rate something ("Risk: Low") rather than name
# who did it ("Noticed by: Hope"); all are also surnames or nicknames.
_RATINGS = frozenset(
    """low high medium moderate mild severe good fair poor stable nil amber red green sad strong
    weak bright unknown one two three four five six seven eight nine ten""".split()
)
# Heading labels that ask what: the one-word answer after them is a thing ("Hobbies: Art").
_WHAT_LABELS = frozenset(
    """hobby hobbies interest interests strength strengths goal goals win wins mood sleep risk
    theme themes value values focus topic topics activity activities sport sports religion
    faith zone rag rating status outcome homework scale scaling score plan method mode type
    duration frequency diagnosis issue concern concerns problem reason intervention approach
    modality platform setting language stage progress engagement attendance feedback exception
    exceptions hope hopes resource resources support supports trigger triggers barrier barriers
    factor factors appetite medication meds formulation hypothesis summary subject subjects
    food foods game games show shows""".split()
)
# Heading labels that ask who: after them a one-word answer is a person even if a rating word.
_WHO_LABELS = frozenset(
    """by name names who client worker from to cc attendees present referrer contact parent
    carer teacher keyworker""".split()
)
_OWNERS_ALL = frozenset({"her", "his", "their", "my", "our", "your"})


def _strong_person_cue(text: str, toks: list[Token], i: int) -> bool:
    """An everyday word used as a name: "Lucky's", "Chance said", "Dawn (12)", "Jade, her
    sister,", "the Reed family", or a one-word answer after "Who noticed?" / "by:"."""
    tok = toks[i]
    if tok.possessive or text[tok.end : tok.end + 2].lstrip().startswith("("):
        return True
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        gap = text[tok.end : nxt.start]
        if gap.strip() in ("", ",") and (nxt.low in STRONG_PERSON_VERBS or nxt.low in FAMILY_NOUNS):
            return tok.low in lexicon().word_names or not _copula_before_noun(text, toks, i + 1)
        if gap == " " and _turned_up(text, toks, i + 1):
            return True
        if _apposition(text, tok, toks, i):
            return True
    if _AGE_AFTER.match(text, tok.end) or _SCHOOL_YEAR_AFTER.match(text, tok.end):
        return True  # "Angel, 15, referred by", "Storm, Year 9,", "Sky, aged 11"
    if tok.low not in _ABSTRACT_NAMES and _FROM_GROUP_AFTER.match(text, tok.end):
        return True  # "Dawn from the Tuesday group got a job"
    before = text[max(0, tok.start - 3) : tok.start]
    after = text[tok.end : tok.end + 1]
    label = toks[i - 1].low if i > 0 else ""
    if (tok.low in _RATINGS and label not in _WHO_LABELS) or label in _WHAT_LABELS:
        return False  # "Current Risk: Low", "Hobbies: Art": what, not who ("Noticed by: Amber")
    if ("?" in before or ":" in before) and _answers_what(text, tok):
        return False  # "Q: what helped? A: Rain.": a thing answers "what"
    if _alone_before_pronoun(text, tok):
        return True
    return ("?" in before or ":" in before) and after in (".", "", "\n", ";")


def _alone_before_pronoun(text: str, tok: Token) -> bool:
    """ "Sparkling moment - Storm. He asked for the sheet", "Ivy\nShe got through": a word
    standing alone as a heading or a label's answer, with the next sentence opening on
    "she" or "he", names the person the pronoun refers back to."""
    if text[tok.end : tok.end + 1] not in _ALONE_ENDS:
        return False
    lead = text[: tok.start].rstrip(" \t")
    if (lead and lead[-1] not in _ALONE_LEADS) or (not lead and text[tok.end] != "\n"):
        return False  # "Rain. She hates it." opening a text is an answer, not a heading
    end = _SENTENCE_END_AHEAD.match(text, tok.end)
    return end is not None and _LEAD_PRONOUN.match(text, end.end()) is not None


_ALONE_ENDS = frozenset(".\n")
_ALONE_LEADS = frozenset(":-–—\n")
_LEAD_PRONOUN = re.compile(r"(?:She|He|she|he)\b")


def _answers_what(text: str, tok: Token) -> bool:
    """Whether the word answers a question that asks what or which, just before it."""
    q_end = text.rfind("?", max(0, tok.start - _ANSWER_REACH), tok.start)
    if q_end < 0 or len(text[q_end + 1 : tok.start].strip()) > _ANSWER_LABEL:
        return False  # "? A: " or "? " only
    q_start = max(text.rfind(c, 0, q_end) for c in ".!?\n:") + 1
    words = text[q_start:q_end].lower().split()
    return bool(words) and words[0] in _WHAT_WORDS


_ANSWER_REACH = 120
_ANSWER_LABEL = 2
_WHAT_WORDS = frozenset("what which".split())
_FROM_GROUP_AFTER = re.compile(
    r" from (?:the |my |our |her |his )?(?:[\w-]+ ){0,2}(?:group|class|team|squad|choir|ward)\b"
)


def _turned_up(text: str, toks: list[Token], j: int) -> bool:
    """ "Rain turned up on time", "Sky rocked up late", "Comfort wrote her goals": arriving
    and writing are what people do, not weather or feelings."""
    verb = toks[j]
    if verb.low in _WRITES:
        return True
    if verb.low not in _ARRIVES or j + 1 >= len(toks):
        return False
    up = toks[j + 1]
    return up.low == "up" and text[verb.end : up.start] == " "


_WRITES = frozenset({"wrote", "writes"})
_ARRIVES = frozenset({"turned", "turns", "showed", "shows", "rocked", "rocks", "fronted"})


def _copula_before_noun(text: str, toks: list[Token], j: int) -> bool:
    """ "Comfort was the priority", "Favour is not something he asks for": after "is" or
    "was", an article or "not" shows the everyday word as a subject, not a person
    ("Blessing was happy", "Gift is doing better" still name someone). Listed word-names
    ("Bee was the one who sat with him") are names first and keep the cue."""
    if toks[j].low not in _COPULAS or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return text[toks[j].end : nxt.start] == " " and nxt.low in _NOUN_OPENERS


_NOUN_OPENERS = frozenset({"the", "a", "an", "not", "no", "something", "what", "key"})


def _unknown_acronym(tok: Token) -> bool:
    """An all-capitals word that is no known abbreviation or shouted word: "KJ", "SPH"."""
    return (
        len(tok.word) <= _MAX_ACRONYM
        and tok.word not in KNOWN_ACRONYMS
        and tok.kind not in (Kind.STOP, Kind.ORDINARY)
        and not _known_hyphenated(tok.word)
    )


def _known_hyphenated(word: str) -> bool:
    """A known abbreviation with a letter or a part added: "IES-R", "C-SSRS", "HAM-D"."""
    if "-" not in word:
        return False
    head = word.partition("-")[0]
    return head in KNOWN_ACRONYMS or word.replace("-", "") in KNOWN_ACRONYMS


_MAX_ACRONYM = 5
_ONE_LETTER_PARTICLES = frozenset({"Ó"})
_MIN_ORG_ACRONYM = 4


def _namey(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Could this capitalised token be (part of) a name on its own merits?"""
    tok = toks[i]
    if tok.acronym:
        return _unknown_acronym(tok)
    if len(tok.word) == 1 and not tok.initial:
        if tok.word in _ONE_LETTER_PARTICLES and i + 1 < len(toks) and toks[i + 1].capital:
            return text[tok.end : toks[i + 1].start] == " "  # "Seán Ó Murchú": Irish "Ó"
        return tok.word not in "IA" and (
            _called_by_letter(text, toks, i) or _letter_speaks(text, toks, i)
        )
    if tok.kind in (Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME):
        return True
    low = tok.low
    if (
        tok.kind is Kind.ORDINARY
        and (low in lex.given_names or low in lex.word_names)
        and (
            not _starts_sentence(text, toks, i)
            or _strong_person_cue(text, toks, i)
            or _word_name_acts(text, toks, i, lex)
            or _addressed(text, toks, i, lex)
        )
        and not _after_article(text, toks, i)
    ):
        return True
    if tok.kind is Kind.ORDINARY and low in lex.surnames and _strong_person_cue(text, toks, i):
        return True  # "Gill family:", "the Baker family", "Strand's mum"
    if tok.kind is Kind.ORDINARY and not _starts_sentence(text, toks, i):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and nxt.low in SPEECH_VERBS and text[tok.end : nxt.start] == " ":
            return True  # "her GP Fi said"
    cued = (i > 0 and toks[i - 1].title) or _has_relation_cue(text, toks, i)
    if (
        tok.kind is Kind.ORDINARY
        and tok.low in lex.given_names
        and not _starts_sentence(text, toks, i)
        and _person_follows(text, toks, i, weak=False)
    ):
        return True
    if tok.kind is Kind.STOP:
        low = tok.low
        if _day_speaking(text, toks, i, lex) or _brand_as_nickname(text, toks, i, lex):
            return True
        return (
            low in _MONTHS_AS_NAMES
            and (cued or _person_follows(text, toks, i, weak=False))
            and not _DAY_AFTER.match(text, tok.end)
            and not (_starts_sentence(text, toks, i) and _thing_verb_follows(text, toks, i))
        )
    return bool(cued)


def _ends_label(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Referral Reason:", "Main Hope:": an everyday word closing a heading label after
    another everyday word opening the line is part of the label, not a speaker's name."""
    tok = toks[i]
    if tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY) or text[tok.end : tok.end + 1] != ":":
        return False
    if i == 0 or tok.possessive:
        return False
    prev = toks[i - 1]
    return (
        prev.capital
        and _plain_word(prev, lex)
        and prev.kind is Kind.ORDINARY
        and text[prev.end : tok.start] == " "
        and _starts_sentence(text, toks, i - 1)
    )


def _names_a_model(text: str, toks: list[Token], i: int) -> bool:
    """ "Hope Theory", "Strengths Model", "Anchor Technique": an everyday word naming a
    theory, model or technique is part of that name, not a person."""
    tok = toks[i]
    if tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY) or tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.capital and nxt.low in _MODEL_NOUNS and text[tok.end : nxt.start] == " "


_MODEL_NOUNS = frozenset(
    "theory theories model models method technique approach framework scale inventory "
    "questionnaire principle principles cycle wheel ladder".split()
)


def _season_in_time(toks: list[Token], i: int) -> bool:
    """ "since Autumn", "over Summer", "last Winter": a season after a word of time is the
    season, though Autumn and Summer are also given names ("with Summer" is a person)."""
    tok = toks[i]
    if tok.low not in _SEASONS or tok.possessive or i == 0:
        return False
    return toks[i - 1].low in _TIME_WORDS and not (i + 1 < len(toks) and toks[i + 1].capital)


def _season_state(text: str, toks: list[Token], i: int) -> bool:
    """ "Summer is coming and", "Sky was clear": a season or the sky in a state only weather or
    a time of year is in; "Summer was hard to reach" is a person."""
    tok = toks[i]
    return tok.low in _SKY_AND_SEASONS and _SEASON_STATE.match(text, tok.end) is not None


_SEASONS = frozenset("spring summer autumn winter".split())
_SKY_AND_SEASONS = _SEASONS | {"sky"}
_TIME_WORDS = frozenset(
    "since during over until till through throughout last this next every each before after "
    "in by early late mid".split()
)


def _after_article(text: str, toks: list[Token], i: int) -> bool:
    """ "The Council still...", "the Ward staff": an everyday word right after "the" is the
    word, even when some locale lists it as a given name; a person is rarely "the Ward"."""
    if i == 0 or toks[i].possessive or toks[i - 1].low != "the":
        return False
    return text[toks[i - 1].end : toks[i].start] == " "


def _segments(text: str, toks: list[Token], run: list[int], lex: Lexicon) -> list[list[int]]:
    """Split a run into stretches of name-like words, with surnames and first names
    that are also ordinary words kept beside them ("Ana Lucía", "Travis Brown")."""
    if len(run) == 1:  # most runs: the loop below comes down to this
        i = run[0]
        tok = toks[i]
        if not (tok.initial or not tok.capital or _namey(text, toks, i, lex)):
            return []
        return [] if _bare_initial(text, toks, i) else [[i]]
    flags = [_namey(text, toks, i, lex) for i in run]
    if any(not toks[i].capital for i in run):  # joined by a particle: "Jan ter Horst"
        flags = [True] * len(run)
    segs: list[list[int]] = []
    cur: list[int] = []
    for pos, i in enumerate(run):
        tok = toks[i]
        after_name = bool(cur) and toks[cur[-1]].kind in (Kind.NAME, Kind.UNKNOWN)
        before_name = (
            pos + 1 < len(run)
            and flags[pos + 1]
            and toks[run[pos + 1]].kind in (Kind.NAME, Kind.UNKNOWN)
            and tok.low in lex.given_names
        )
        joins = tok.kind is Kind.ORDINARY and (after_name or before_name)
        if tok.kind is Kind.STOP and cur and not tok.acronym and pos + 1 < len(run):
            nxt = toks[run[pos + 1]]  # "Ethan Tan Jun Hao": a month or weekday inside a name
            joins = flags[pos + 1] and nxt.kind in (Kind.NAME, Kind.UNKNOWN) and not nxt.acronym
        if cur and toks[cur[-1]].possessive:
            segs.append(cur)
            cur = []
        if tok.initial or flags[pos] or joins or (tok.low in NAME_CONNECTORS and cur):
            cur.append(i)
        else:
            if cur:
                segs.append(cur)
            cur = []
    if cur:
        segs.append(cur)
    for seg in segs:
        while len(seg) > 1 and (
            toks[seg[-1]].low in NAME_CONNECTORS
            or (toks[seg[-1]].initial and not toks[seg[-2]].title)
        ):
            seg.pop()
    return [s for s in segs if s and not all(_bare_initial(text, toks, i) for i in s)]


def _bare_initial(text: str, toks: list[Token], i: int) -> bool:
    """An initial on its own is no name, unless a title stands before it ("Mrs. O") or
    it was marked as someone's initial ("J. texted", "her friend J.")."""
    tok = toks[i]
    return (
        tok.initial and not (i > 0 and toks[i - 1].title) and not _initial_as_person(text, toks, i)
    )


def _initial_as_person(text: str, toks: list[Token], i: int) -> bool:
    """A lone initial with a full stop that does what a person does ("J. texted to say") or
    follows a relation word ("her friend R."): someone named by an initial."""
    tok = toks[i]
    if tok.word in "IA" or not _lone_initial(text, tok):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is not None
        and not nxt.capital
        and nxt.low in STRONG_PERSON_VERBS
        and nxt.low not in WEAK_PERSON_CUES
        and text[tok.end : nxt.start] == ". "
    ):
        return True
    if i == 0 or text[toks[i - 1].end : tok.start] != " ":
        return False
    prev = toks[i - 1].low
    return prev in RELATIONS or prev in _MET_VERBS  # "her friend R.", "I asked K. what"


# Verbs whose object is a person: an initial after them is someone ("saw R. again").
_MET_VERBS = frozenset(
    "asked told saw met rang phoned texted emailed messaged visited thanked hugged".split()
)


def _lone_initial(text: str, tok: Token) -> bool:
    """One capital letter with a full stop that is not part of "U.S." or "C.B.T."."""
    if len(tok.word) != 1 or not tok.initial or text[tok.end : tok.end + 1] != ".":
        return False
    after = text[tok.end + 1 : tok.end + 2]
    return not after.isalpha() and (tok.start == 0 or text[tok.start - 1] != ".")


def _suffix_span(
    text: str, toks: list[Token], run: list[int], lex: Lexicon, sentence_start: bool
) -> Candidate | None:
    """A street, neighbourhood or organisation named by its last word."""
    words = [toks[i] for i in run if not toks[i].title]
    if len(words) >= 3 and words[-1].word in _DIRECTIONS:
        words.pop()  # "Beacon Ave S"
    if len(words) < 2:
        return None
    last = words[-1].low
    if last in STREET_SUFFIXES or last in AREA_SUFFIXES:
        kind = "place"
        suffixes = _PLACE_SUFFIXES
    elif last in ORG_SUFFIXES:
        kind = "org"
        suffixes = ORG_SUFFIXES
    else:
        return None
    body = [t for t in words if t.low not in suffixes]
    if not body and last in _NAMED_BY_AREA_STREETS:
        body = words[:-1]  # "County Street", "Park Avenue": a street named by a place word
    described = list(body)  # before weekday or app words are dropped: "Swedish Medical Center"
    street = last in STREET_SUFFIXES
    while (
        body
        and body[0].kind is Kind.STOP
        and not (street and len(body) == 1)
        and body[0].low not in DEDICATIONS  # "Nativity Girls School": its name
    ):
        words.remove(body.pop(0))  # "Sunday Market"; but "Church Street" is a street
    if not body:
        return None
    if sentence_start and all(t.kind is Kind.ORDINARY for t in body):
        return None
    if kind == "org" and _generic_org(text, toks, run, described):
        return None
    phrase = " ".join(t.word for t in words).lower()
    if phrase in lex.regions:
        return None
    start = words[0].start
    house = _HOUSE_NUMBER.search(text, max(0, start - 10), start)
    if kind == "place" and house:
        start = house.start(1)
    end = words[-1].end
    direction = _DIRECTION_AFTER.match(text, end)
    if kind == "place" and direction:
        end = direction.end()
    elif text[end : end + 1] == "." and last in ("st", "ave", "rd", "blvd", "ln", "dr", "ct", "pl"):
        end += 1
    return start, end, kind


def _generic_org(text: str, toks: list[Token], run: list[int], body: list[Token]) -> bool:
    """ "Transition to Secondary School", "the Primary School", "Mental Health Service": an
    organisation word led only by words naming its type, with no name before it, is a kind
    of place, not one place ("Riverside Primary School" is one)."""
    if not all(t.low in _ORG_TYPE_WORDS for t in body):
        return False
    i = run[0]
    return i == 0 or not toks[i - 1].capital or text[toks[i - 1].end : toks[i].start] != " "


# Words that say what kind of school, clinic or service something is, never which one.
_ORG_TYPE_WORDS = frozenset(
    "primary secondary high middle junior senior elementary infant infants nursery grammar "
    "comprehensive boarding special community public private state independent international "
    "local mental health medical dental child children's adolescent youth family adult "
    "general district regional sixth form day sunday bible language driving music dance art "
    "night summer holiday after-school leisure sports recreation aquatic fitness job".split()
)


def _after_preposition(
    text: str, toks: list[Token], run: list[int], lex: Lexicon, sentence_start: bool
) -> Candidate | None:
    """A capitalised run right after "in"/"from" (a place) or "at"/"for" (an employer)."""
    prev = _prev_word(toks, run[0])
    if prev not in _LOOSE_PLACE_PREPS and prev not in PLACE_PREPS and prev not in _LOOSE_ORG_PREPS:
        return None  # no preposition before it: nothing below can hold (tested first, cheaply)
    words = [toks[i] for i in run if not toks[i].title]
    if sentence_start or not words or words[-1].possessive or toks[run[0]].title:
        return None  # "from Fr. Ronan": a title makes the run a person
    if all(t.kind is Kind.STOP or (t.acronym and not _unknown_acronym(t)) for t in words):
        return None
    if words[0].kind is Kind.STOP and all(t.kind is Kind.ORDINARY for t in words[1:]):
        return None  # an app or holiday and an everyday word: "Uber Eats", "Easter Monday"
    phrase = " ".join(t.word for t in words).lower()
    if phrase in lex.regions or _occasion_after_for(toks, run, words, prev):
        return None
    single_person = len(words) == 1 and words[0].kind in (Kind.NAME, Kind.WORD_NAME)
    if prev in _LOOSE_PLACE_PREPS or (prev in PLACE_PREPS and phrase in lex.places):
        kind = "place"
    elif prev in _LOOSE_ORG_PREPS:
        kind = "place" if phrase in lex.places else "org"
    else:
        return None
    if single_person and phrase not in lex.places:
        return None
    if len(words) == 1 and _common_noun_after_prep(text, words[0], lex):
        return None
    end = words[-1].end
    joined = _AMPERSAND_LETTER.match(text, end) if len(words[-1].word) == 1 else None
    if joined:  # "in A&E" is the ward; "at M&S" is one name, taken whole
        if words[-1].word + joined.group() in KNOWN_ACRONYMS:
            return None
        end = joined.end()
    return words[0].start, end, kind


_AMPERSAND_LETTER = re.compile(r"&[A-Z]\b")
# The last word of a time of year or of the week ("for New Year", "for Bank Holiday Weekend").
_OCCASION_ENDS = frozenset(
    "year years day days eve week weekend break term holiday holidays season night nights "
    "month morning evening vacation vacations".split()
)


def _occasion_after_for(toks: list[Token], run: list[int], words: list[Token], prev: str) -> bool:
    """ "home for New Year", "booked for Bank Holiday Weekend": everyday words ending in a
    time word after "for" name when, not an employer, unless work comes before "for"."""
    return (
        prev == "for"
        and words[-1].low in _OCCASION_ENDS
        and all(t.kind in (Kind.ORDINARY, Kind.STOP) for t in words)
        and not (run[0] > 1 and toks[run[0] - 2].low in _WORKING)
    )


def _common_noun_after_prep(text: str, tok: Token, lex: Lexicon) -> bool:
    """ "discussed in Supervision", "administered at Session 1", "in Year 9": a capitalised
    everyday noun shaped like an abstract noun, numbered, or closing a heading label is no
    town or employer."""
    if not _plain_word(tok, lex) or tok.low in lex.places:
        return False
    if text[tok.end : tok.end + 1] == ":":
        return True  # a heading label: "Reason for Referral:", "Plan for Contact:"
    return tok.low.endswith(_NOUN_ENDINGS) or _NUMBER_AFTER.match(text, tok.end) is not None


def _run_kind(text: str, toks: list[Token], seg: list[int], lex: Lexicon) -> str:
    first, last = toks[seg[0]], toks[seg[-1]]
    phrase = text[first.start : last.end].lower()
    prev = _prev_word(toks, seg[0])
    personal = any(toks[i].kind in (Kind.NAME, Kind.WORD_NAME) for i in seg)
    if (
        last.possessive
        or first.title
        or _has_relation_cue(text, toks, seg[0])
        or (seg[0] > 0 and toks[seg[0] - 1].title)
    ):
        return "name"
    if all(toks[i].acronym for i in seg):
        near_prep = prev in PLACE_PREPS or prev in ORG_PREPS
        return "org" if near_prep or len(first.word) >= _MIN_ORG_ACRONYM else "name"
    in_gazetteer = phrase in lex.places
    state_follows = bool(_STATE_AFTER.match(text, last.end))
    if in_gazetteer and (prev in PLACE_PREPS or state_follows or not personal):
        return "place"
    if prev in ORG_PREPS:
        return "place" if in_gazetteer else "org"
    if prev in PLACE_PREPS and not personal:
        return "place"
    return "name"


def _judge_segment(
    text: str, toks: list[Token], seg: list[int], run_start: bool, lex: Lexicon
) -> bool:
    first = toks[seg[0]]
    titled = seg[0] > 0 and toks[seg[0] - 1].title
    if not titled and _everyday_after_with(text, toks, seg, lex):
        return False
    if first.acronym and _emphasised_word(text, toks, seg):
        return False
    if titled or _has_relation_cue(text, toks, seg[0]):
        return True
    if len(seg) == 1 and run_start and _addressed(text, toks, seg[0], lex):
        return True
    if len(seg) == 1 and first.initial and _initial_as_person(text, toks, seg[0]):
        return True
    if len(seg) == 1 and (
        _season_in_time(toks, seg[0])
        or _season_of_school(text, toks, seg[0])
        or school_subject(text, toks, seg[0])
        or calendar_name(text, toks, seg[0])
        or practised(text, toks, seg[0])
        or _season_state(text, toks, seg[0])
        or _ends_label(text, toks, seg[0], lex)
        or _names_a_model(text, toks, seg[0])
    ):
        return False
    if len(seg) == 1 and first.acronym and _acronym_of_a_scheme(text, toks, seg[0]):
        return False
    if len(seg) == _NAMED_DAY_LEN and _named_day(text, toks, seg):
        return False
    if (
        len(seg) == 1
        and first.kind is Kind.ORDINARY
        and _after_article(text, toks, seg[0])
        and (_plain_word(first, lex) or not _strong_person_cue(text, toks, seg[0]))
    ):
        return False
    if (
        run_start
        and len(seg) == 1
        and (_abstract_subject(text, toks, seg[0]) or _defined_word(toks, seg[0]))
        and not _word_name_acts(text, toks, seg[0], lex)
    ):
        return False
    phrase = " ".join(toks[i].word for i in seg).lower()
    if phrase in lex.regions and (
        not _strong_person_cue(text, toks, seg[-1]) or _region_after_and(toks, seg[-1], lex)
    ):
        return False
    kinds = [toks[i].kind for i in seg]
    strong = [k for k in kinds if k in (Kind.NAME, Kind.UNKNOWN)]
    if len(seg) == 1 and _listed_with_abstracts(text, toks, seg[0], lex):
        return False
    if len(seg) == 1 and _listed_under_what_label(text, toks, seg[0]):
        return False
    if (
        len(seg) == 1
        and (first.kind is Kind.ORDINARY or first.low in _ABSTRACT_NAMES)
        and _among_plain_words(text, toks, seg[0], lex)
    ):
        return False
    if not run_start and len(seg) == 1 and _amount_of_virtue(text, first):
        return False
    if not run_start:
        return (
            bool(strong) or Kind.WORD_NAME in kinds or any(_namey(text, toks, i, lex) for i in seg)
        )
    if first.initial or first.kind is Kind.NAME or (first.acronym and _unknown_acronym(first)):
        return True
    if first.kind is Kind.ORDINARY and _namey(text, toks, seg[0], lex):
        return True
    if len(seg) == 1 and first.low in _NATURE_WORDS and _thing_verb_follows(text, toks, seg[0]):
        return False
    if len(seg) == 1 and first.kind is Kind.WORD_NAME and _reads_as_thing(text, toks, seg[0]):
        return False
    if first.kind in (Kind.WORD_NAME, Kind.UNKNOWN) and _strong_person_cue(text, toks, seg[-1]):
        return True
    if len(seg) == 1 and _word_name_acts(text, toks, seg[0], lex):
        return True
    if len(strong) >= 2 or (len(seg) >= 2 and strong and strong[-1] is kinds[-1]):
        return True
    weak = first.kind is Kind.UNKNOWN
    return _person_follows(text, toks, seg[-1], weak=weak)


def _addressed(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A word-name or given name opening a sentence and spoken to: "Hope, you'd be proud",
    '"Rocky, sit properly"', '"Sunny, well done"'. A comma, then "you" or a command, makes
    it a person addressed ("Faith, you know, is hard" and "Grace, you could say" stay)."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks) or not _word_or_given_name(tok, lex):
        return False
    nxt = toks[i + 1]
    if nxt.capital or text[tok.end : nxt.start] != ", ":
        return False
    if nxt.low in _YOU_WORDS:
        after = toks[i + 2].low if i + 2 < len(toks) else ""
        return after not in _YOU_ASIDES
    return nxt.low in _COMMANDS and text[nxt.end : nxt.end + 1] in (" ", "!")


_YOU_WORDS = frozenset("you you'd you're you've you'll your you’d you’re you’ve you’ll".split())
_YOU_ASIDES = frozenset("know see could might would must may think guess bet reckon say".split())
# Commands said to a person by name; none of them follows a feeling or virtue and a comma
# ("Hope, sit" is a call to someone, "Hope, then" no command).
_COMMANDS = frozenset(
    "tell sit come stop listen look wait stand slow breathe hurry please thanks well "
    "don't dont remember hold enough calm quiet".split()
)


def _word_name_acts(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A word-name or given name opening a sentence is a person when a verb only people do
    follows it ("Patience giggled", "Sandy finally confessed") or when it heads a note whose
    entry starts with a person's verb ("Sunny: slept through", "Dawn: went back to choir")."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks) or not _word_or_given_name(tok, lex):
        return False
    nxt = toks[i + 1]
    gap = text[tok.end : nxt.start]
    if gap in _LABEL_GAPS:
        return not nxt.capital and (nxt.low in PERSON_VERBS or nxt.low in PERSON_ONLY_VERBS)
    if gap != " ":
        return False
    if tok.low not in _NATURE_WORDS and person_state_after(text, toks, i):
        return True  # "Hope was quiet at first", "Lovely is a 45-year-old cleaner"
    j = i + 1
    while (  # "Sandy finally confessed", "Lucky isn't smoking", "Faith has been sleeping"
        j + 1 < len(toks)
        and j - i <= _MAX_AUXILIARIES
        and (toks[j].low in _ADVERBS or toks[j].low in _AUXILIARIES or _manner_adverb(toks[j]))
        and text[toks[j].end : toks[j + 1].start] in _AUXILIARY_GAPS
    ):
        j += 1
    verb = toks[j].low
    if verb in PERSON_ONLY_VERBS or verb in _PERSON_ONLY_ING:
        return True
    if _doing_for_own(text, toks, i, j):
        return True
    if verb in _WAITING_VERBS:
        return True  # "Gift attended all six", "Sky waited outside"
    if verb in _ATTENDING_VERBS and tok.low not in _NATURE_WORDS | _ABSTRACT_NAMES:
        return True  # "Angel drew a ladder", not "Summer arrived early"
    if verb in _TURNING and _AGE_TURNED.match(text, toks[j].end):
        return True  # "Will turned 15 last week"
    if tok.low in _NATURE_WORDS | _ABSTRACT_NAMES and verb not in PERSON_VERBS | _ATTENDING_VERBS:
        return False  # "Storm rolled in. He said", "Hope faded. She told me": the word
    return _pronoun_refers_back(text, toks[j])


def _doing_for_own(text: str, toks: list[Token], i: int, j: int) -> bool:
    """ "Gift walking his sister to the gate", "Precious helping her nan": a word-name that
    is no virtue or weather word, before a verb in "-ing" and "his" or "her", is a person
    doing something with their own."""
    tok, verb = toks[i], toks[j]
    if tok.low in _NATURE_WORDS or tok.low in _ABSTRACT_NAMES or j + 1 >= len(toks):
        return False
    if verb.capital or len(verb.low) <= _MIN_PAST_TENSE or not verb.low.endswith("ing"):
        return False
    owner = toks[j + 1]
    return owner.low in _OWNERS and text[verb.end : owner.start] == " "


def _manner_adverb(tok: Token) -> bool:
    """ "Honour barely spoke", "Sky quietly left": a lower-case "-ly" word before a verb."""
    return not tok.capital and len(tok.low) > _MIN_PAST_TENSE and tok.low.endswith("ly")


def _pronoun_refers_back(text: str, verb: Token) -> bool:
    """ "Storm kicked the chair. He calmed down": a word-name opening a sentence before a
    person's verb, or a verb in "-ed" taking an object ("the", "her" ...), with "she" or
    "he" among the first words of the next sentence, is the person the pronoun refers to.
    Verbs that weather, seasons and feelings take too ("Storm passed", "Hope was") do not
    count."""
    low = verb.low
    if verb.capital or low in _THING_VERBS or low in _ABSTRACT_VERBS or low.endswith("s"):
        return False
    if low not in PERSON_VERBS and not (
        len(low) >= _MIN_PAST_TENSE and low.endswith("ed") and _OBJECT_AFTER.match(text, verb.end)
    ):
        return False  # "Treasure hunted.", "Chance favoured her": no person's act shown
    end = _SENTENCE_END_AHEAD.search(text, verb.end, verb.end + _PRONOUN_REACH)
    if end is None or " its " in text[verb.end : end.start()]:
        return False  # "Chance played its part": a thing
    return _PRONOUN_OPENS.match(text, end.end()) is not None


# Verbs of coming to sessions, phoning, crying, drawing: things a person does, though
# weather and feelings "arrive" too ("Summer arrived", "Hope drew her back").
_ATTENDING_VERBS = frozenset("arrived arrives drew draws cried kicked".split())
# Verbs of coming to sessions, waiting and phoning that weather and feelings never take.
_WAITING_VERBS = frozenset(
    "attended attends phoned rang sobbed waited screamed painted colored coloured signed "
    "enrolled".split()
)
_TURNING = frozenset({"turned", "turns", "turning"})
_AGE_TURNED = re.compile(r" (?:\d{1,2}|sixteen|seventeen|eighteen|thirteen|fourteen|fifteen)\b")
_OBJECT_AFTER = re.compile(r" (?:(?:the|a|an|his|her|their|my|our|your) |(?:me|us|him|them)\b)")
_SENTENCE_END_AHEAD = re.compile(r"[.!?]+\s+|\n")
_PRONOUN_OPENS = re.compile(r"(?:[A-Za-z]+,?\s+){0,3}(?:[Ss]he|[Hh]e)\b")
_PRONOUN_REACH = 160


_MAX_AUXILIARIES = 3
_AUXILIARIES = frozenset(
    "has had is was isn wasn hasn hadn didn doesn can could couldn will won would been now".split()
)
_AUXILIARY_GAPS = frozenset({" ", "'t ", "’t "})  # "isn't", split as "isn" + "'t"

_PERSON_ONLY_ING = frozenset(
    "sleeping drinking smoking texting praying crying laughing apologising apologizing "
    "volunteering studying revising cooking journaling journalling giggling sobbing "
    "whispering".split()
    # "Charity asking if she could", "Treasure explaining to her brother": only a person
    # asks, explains or tells
    + "asking explaining telling describing".split()
)


def _thing_verb_follows(text: str, toks: list[Token], i: int) -> bool:
    """ "Rain kept the group indoors", "River walks help", "June felt long": the verb after
    the word is one that weather, seasons and places "do" as well as people."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if text[tok.end : nxt.start] != " " or nxt.capital:
        return False
    return nxt.low in _THING_VERBS


# Verbs a season, the weather or a place "does" as well as a person (not "skipped", "said").
_THING_VERBS = frozenset(
    "kept keeps felt feels made makes took takes held holds helped helps left leaves started "
    "starts stopped stops seemed seems looked looks moved moves lost loses ran runs walks "
    "passed passes dragged drags flew flies".split()
)


# Word-names that are first weather, seasons, times of day or landscape: opening a sentence
# before a verb things do too, they are the word.
_NATURE_WORDS = frozenset(
    "rain storm stormy sunny windy breeze gale sunshine summer autumn dawn river ocean forest "
    "meadow sky".split()
)


# a state only weather or a time of year is in ("is coming", "was clear"; not "hard to reach")
_SEASON_STATE = re.compile(
    r" (?:is|was|has (?:always )?been|had (?:always )?been|will be|gets|got) "
    r"(?:clear|cloudy|grey|gray|dark|cold|colder|warm|warmer|hot|wet|dry|long|brutal|harsh|mild"
    r"|hard|tough|coming|over|here|nearly here|almost here|ending|the worst|the hardest)"
    r"(?! to\b)(?=[\s.,;:!?]|$)"
)


def _reads_as_thing(text: str, toks: list[Token], i: int) -> bool:
    """A word-name opening a sentence that the words after it show to be a thing: a plural
    noun before a plural verb ("River walks are her reset", "Pat answers help no one"), an
    amount ("Bill came to forty pounds"), or a word named as a word, rating or theme ("Will
    was the word she used", "Amber was the rating")."""
    tok = toks[i]
    if tok.possessive or i + 2 >= len(toks):
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    if text[tok.end : nxt.start] != " " or nxt.capital or text[nxt.end : after.start] != " ":
        return False
    if nxt.low.endswith("s") and after.low in _PLURAL_VERBS:
        return True
    if _plural_before_past(nxt, after):
        return True  # "Heath walks cleared his head"
    if nxt.low in _CAME and after.low == "to" and _AMOUNT_AFTER.match(text, after.end):
        return True
    if nxt.low in _PAID and after.low == "off":
        return True  # "Patience paid off": the idiom
    if nxt.low in _COPULAS and after.low in _ARTICLES and i + 3 < len(toks):
        return toks[i + 3].low in _META_NOUNS
    return False


def _plural_before_past(nxt: Token, after: Token) -> bool:
    """A word in "-s" straight before a verb in "-ed" is a plural noun ("walks cleared"), as
    a verb in "-s" is not followed by another verb, save linking ones ("gets bored")."""
    low = nxt.low
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and low not in _LINKING_S
        and len(after.low) >= _MIN_PAST_TENSE
        and after.low.endswith("ed")
        and not after.capital
    )


_LINKING_S = frozenset(
    "gets seems feels looks sounds appears becomes stays goes keeps grows is was has".split()
)
_PLURAL_VERBS = frozenset("are were have help make keep feel seem".split())
_CAME = frozenset({"came", "comes"})
_PAID = frozenset({"paid", "pays"})
_AMOUNT_AFTER = re.compile(
    r"\s+(?:[$£€]|\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)"
)
_ARTICLES = frozenset({"the", "a", "an"})
# Nouns that name a word, a rating or a theme: "Hope was the theme", not "Bee was the one".
_META_NOUNS = frozenset(
    "word words theme themes rating colour color focus topic answer message name title "
    "password motto mantra value".split()
)


def _word_or_given_name(tok: Token, lex: Lexicon) -> bool:
    return tok.kind is Kind.WORD_NAME or (
        tok.kind is Kind.ORDINARY and (tok.low in lex.given_names or tok.low in lex.word_names)
    )


_LABEL_GAPS = frozenset({": ", " - ", " – ", " — "})


def _listed_under_what_label(text: str, toks: list[Token], i: int) -> bool:
    """ "Values: Hope, Faith, Love", "Themes: Grace and Justice": a word in a list right
    after a heading that asks what (values, themes, strengths) is one of those things,
    unless something marks it as a person ("Hope's", "Hope (9)")."""
    tok = toks[i]
    if tok.possessive or text[tok.end : tok.end + 2].lstrip().startswith("("):
        return False
    if _apposition(text, tok, toks, i) and not toks[i + 2].capital:
        return False  # "Strengths: Grace and her mum": a person described
    j = i
    while j > 0:
        k = j - 2 if j > 1 and toks[j - 1].low in _LIST_WORDS else j - 1
        if not toks[k].capital or text[toks[k].end : toks[j].start] not in _LIST_GAPS:
            break
        j = k
        if toks[j].possessive:
            return False
    if _subject_of_a_sentence(text, toks, i) and (j == i or _acts_after_a_list(toks, i)):
        return False  # "Best hopes: Storm wants to sleep": alone, and a verb follows
    return (
        j > 0 and toks[j - 1].low in _WHAT_LABELS and text[toks[j - 1].end : toks[j].start] == ": "
    )


# What follows the one who will do something in a plan ("Anna will practise", "Mark to call").
_ACTION_STARTS = frozenset(
    "will to would can could should must shall agreed plans wants needs".split()
)


def _acts_after_a_list(toks: list[Token], i: int) -> bool:
    """ "Plan: CBT, Anna will practise at home": the last item of a list under a what-label,
    followed by a modal or "to", is the person who will act; a virtue stays one of the items
    ("Strengths: Humour, Patience will help")."""
    return toks[i].low not in _ABSTRACT_NAMES and toks[i + 1].low in _ACTION_STARTS


def _subject_of_a_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Whether a lower-case word other than a list word follows ``toks[i]`` after a space."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is not None
        and not nxt.capital
        and nxt.low not in _LIST_WORDS
        and text[toks[i].end : nxt.start] == " "
    )


def _listed_with_abstracts(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Strengths: Humour, Persistence, Faith": an abstract word that is also a name, listed
    among capitalised everyday nouns, one of them abstract ("-ness", "-ence", "-ship"), is
    one of them, unless a person's verb follows it."""
    tok = toks[i]
    if tok.low not in _ABSTRACT_NAMES or tok.possessive:
        return False
    near = []
    if i > 0 and text[toks[i - 1].end : tok.start] in _LIST_GAPS:
        near.append(toks[i - 1])
    if i + 1 < len(toks) and text[tok.end : toks[i + 1].start] in _LIST_GAPS:
        near.append(toks[i + 1])
    if (
        bool(near)
        and all(t.capital and _plain_word(t, lex) for t in near)
        and any(t.low.endswith(_ABSTRACT_ENDINGS) for t in near)
    ):
        return not _strong_person_cue(text, toks, i)
    return _among_listed_values(text, toks, i, lex) and not _strong_person_cue(text, toks, i)


def _among_listed_values(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Wisdom, Love, Respect, Bravery, Honesty": in a longer list of single capitalised words,
    nearly all everyday nouns or virtues, a virtue that is also a name is one of the values."""
    items = [toks[i]]
    for step in (-1, 1):
        j = i
        while len(items) < _VALUE_LIST_REACH and 0 <= j + step < len(toks):
            a, b = (toks[j + step], toks[j]) if step < 0 else (toks[j], toks[j + step])
            if text[a.end : b.start] not in _LIST_GAPS:
                break
            j += step
            items.append(toks[j])
    if len(items) < _MIN_VALUE_LIST:
        return False
    plain = sum(t.capital and _plain_word(t, lex) for t in items)
    values = all(t.capital and (t.low in _ABSTRACT_NAMES or _plain_word(t, lex)) for t in items)
    return values and plain >= _MIN_PLAIN_VALUES


_MIN_VALUE_LIST = 4
_MIN_PLAIN_VALUES = 2  # "Hope, Grace, Faith, Joy" alone may be four girls
_VALUE_LIST_REACH = 8
_LIST_WORDS = frozenset({"and", "or"})
_ABSTRACT_ENDINGS = (*_NOUN_ENDINGS, "ence", "ance", "ship", "hood", "dom", "our", "or")


def _amount_of_virtue(text: str, tok: Token) -> bool:
    """ "a lot of Patience", "a bit of Hope", "full of Grace": a virtue that is also a name,
    measured out after a word of amount, is the virtue."""
    if tok.low not in _ABSTRACT_NAMES or tok.possessive:
        return False
    return _AMOUNT_BEFORE.search(text, max(0, tok.start - _AMOUNT_REACH), tok.start) is not None


_AMOUNT_BEFORE = re.compile(r"\b(?:lots?|bit|plenty|full|deal|amount|sense|ounce|kind) of $")
_AMOUNT_REACH = 12


def _among_plain_words(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Happy, Sad, Scared, Calm", "Mercy, Truth and Peace": an everyday word or virtue that
    a name list also holds, listed among capitalised everyday words and virtues only (one of
    them no name and no kinship word), is one of those words, unless marked as a person
    ("Sad's", "Peace (9)"); "Hope, Grace and Dad" stays a list of people."""
    tok = toks[i]
    if tok.possessive or text[tok.end : tok.end + 2].lstrip().startswith("("):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and text[tok.end : nxt.start] == " " and nxt.low in PERSON_VERBS:
        return False  # "Belonging, Hope said hi": a person speaks
    others: list[Token] = []
    for step in (-1, 1):
        j = i
        while len(others) < _VALUE_LIST_REACH:
            k = j + step
            if 0 <= k < len(toks) and toks[k].low in _LIST_WORDS and not toks[k].capital:
                k += step  # "Truth and Peace": the list word is a token of its own
            if not 0 <= k < len(toks):
                break
            a, b = (toks[k], toks[j]) if step < 0 else (toks[j], toks[k])
            if text[a.end : b.start] not in _LIST_GAPS:
                break
            j = k
            others.append(toks[j])
    if len(others) < _MIN_PLAIN_LIST - 1:
        return False
    plain = [
        t
        for t in others
        if t.capital
        and _plain_word(t, lex)
        and t.low not in RELATIONS
        and t.low not in _TITLE_WORDS
    ]
    return bool(plain) and all(
        t.capital and (t in plain or (t.low in _ABSTRACT_NAMES and not t.possessive))
        for t in others
    )


_MIN_PLAIN_LIST = 2


def _region_after_and(toks: list[Token], last: int, lex: Lexicon) -> bool:
    """ "India and South Korea": a country joined by "and" to another region is listed with
    it, not described as a person ("Georgia and Amir")."""
    if last + 2 >= len(toks) or toks[last + 1].word != "and" or toks[last].possessive:
        return False
    words: list[str] = []
    for tok in toks[last + 2 : last + 5]:
        if not tok.capital:
            break
        words.append(tok.low)
        if " ".join(words) in lex.regions:
            return True
    return False


def _defined_word(toks: list[Token], i: int) -> bool:
    """ "Will is what she lacks", "Summer is when it gets worse": an everyday word opening a
    sentence and defined by "is what/when/how/why" reads as the word, not a person."""
    tok = toks[i]
    if tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY) or tok.possessive or i + 2 >= len(toks):
        return False
    verb, wh = toks[i + 1], toks[i + 2]
    return verb.low in _COPULAS and wh.low in _DEFINING and not wh.capital


_COPULAS = frozenset({"is", "was"})  # "isn't" is split into "isn" and "'t"
_DEFINING = frozenset("what when how why".split())


def _everyday_after_with(text: str, toks: list[Token], seg: list[int], lex: Lexicon) -> bool:
    """ "continue with Solution-Focused Brief Therapy", "worked with Grounding": after "with"
    a run of everyday words that no one is named is a thing, not a person."""
    if seg[0] == 0 or toks[seg[0] - 1].low not in _WITH_WORDS:
        return False
    # an initial is someone's: "spoke with J. about it"
    return all(_plain_word(toks[i], lex) and not _lone_initial(text, toks[i]) for i in seg)


_WITH_WORDS = frozenset({"with", "w/"})


def _plain_word(tok: Token, lex: Lexicon) -> bool:
    """An everyday word that is no given name, word-name or surname."""
    low = tok.low
    return (
        tok.kind in (Kind.ORDINARY, Kind.STOP)
        and not tok.acronym
        and not tok.possessive
        and low not in lex.given_names
        and low not in lex.word_names
        and low not in lex.surnames
    )


def _abstract_subject(text: str, toks: list[Token], i: int) -> bool:
    """ "Hope is something...", "Faith helps her": an abstract word that is also a name,
    opening a sentence before a verb such words take, reads as the word. A verb in "-ing",
    a number or a capital after the verb ("Hope is coming", "Joy is 15") reads as a person."""
    tok = toks[i]
    if tok.low not in _ABSTRACT_NAMES or tok.possessive or i + 1 >= len(toks):
        return False
    verb = toks[i + 1]
    if text[tok.end : verb.start] == " " and _CARRIED_THROUGH.match(text, verb.start):
        return True  # "Faith got her through", "Hope kept him going": what carries a person
    if text[tok.end : verb.start] == " " and _SURFACED.match(text, verb.start):
        return True  # "Hope came up as a theme", "Joy came back a little": talked of, felt
    if text[tok.end : verb.start] != " " or verb.low not in _ABSTRACT_VERBS:
        return False
    if _NUMBER_AFTER.match(text, verb.end):
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and _place_after(toks, i + 2):
        return False  # "Liberty is where she grew up": a place
    doing = after is not None and after.low.endswith("ing") and not after.low.endswith("thing")
    return after is None or not (after.capital or doing)


_CARRIED_THROUGH = re.compile(
    r"(?:got|gets|pulled|pulls|carried|carries|kept|keeps|saw|sees) "
    r"(?:her|him|them|me|us) (?:through|going)\b"
)
# what a feeling does in a session: it comes up or comes back, and no person's errand
# follows ("Joy came back to group", "Hope came up with a plan" are people)
_SURFACED = re.compile(
    r"(?:(?:is|was) )?(?:came|comes|coming) (?:up|back)"
    r",? (?:a (?:little|lot|bit)|too|as|slowly|gradually|often|again|when|while"
    r"|during|throughout|more|several|repeatedly|once|twice)\b"
)
_ABSTRACT_NAMES = frozenset(
    "hope faith joy patience grace love charity mercy honour honor peace harmony serenity "
    "bliss trust destiny glory liberty justice unity promise prudence felicity memory wisdom "
    "truth courage".split()
    # virtues that Nigerian and Ghanaian given names are made of, read the same way
    + "favour favor praise goodness temperance".split()
)
_ABSTRACT_VERBS = frozenset(
    "is was has had helps helped makes made matters mattered means meant comes keeps kept "
    "gives gave brings seems seemed grows grew can will would could might must does "
    "isn't wasn't doesn't".split()
)
_PLACE_AFTER_VERB = frozenset({"where", "near", "in", "on", "home"})
_PLACE_PREPS_AFTER = frozenset({"in", "on"})


def _place_after(toks: list[Token], j: int) -> bool:
    """Does the word at ``j`` (after "is"/"was") say where ("where", "near", "home", or "in"
    before a capitalised word or a place people are: "in Texas", "in year 9")? "Hope was in
    short supply" says how much."""
    low = toks[j].low
    if low not in _PLACE_AFTER_VERB:
        return False
    if low not in _PLACE_PREPS_AFTER:
        return True
    return j + 1 < len(toks) and (toks[j + 1].capital or toks[j + 1].low in _PERSON_PLACES)


# After "is in": where a person is ("Justice is in year 9", "Joy is in hospital").
_PERSON_PLACES = frozenset(
    "year grade class form hospital care prison jail school college rehab foster court".split()
)


_NUMBER_AFTER = re.compile(r"\s+\d")


# pronouns and words of Spanish, Portuguese, Italian and French that are also given names,
# and the small words beside which they are those words ("y ella", "ella la", "que elle")
_ROMANCE_PRONOUNS = frozenset(
    "ella ellas elle ele ela elas eles nada toda todo sola mia mio".split()
)
_ROMANCE_WORDS = frozenset(
    "y que q la el los las de del con pero ya se su sus mi es fue muy não com ao porque "
    "cuando lo le les est et qui pas ne ce dijo durmio durmió tiene está esta".split()
)


def _beside_romance_words(lows: list[str], i: int) -> bool:
    return (i > 0 and lows[i - 1] in _ROMANCE_WORDS) or (
        i + 1 < len(lows) and lows[i + 1] in _ROMANCE_WORDS
    )


def _lowercase_names(
    text: str, toks: list[Token], lex: Lexicon, lows: list[str]
) -> list[Candidate]:
    """Names and towns typed in lower case, as in chat: "talked w kiri", "mom and abebe",
    "hope said", "she lives in tauranga"."""
    out: list[Candidate] = []
    last = len(toks) - 1
    before_cues, after_cues = _BEFORE_EVERYDAY_CUES, _AFTER_EVERYDAY_CUES
    for i, tok in enumerate(toks):
        if tok.capital:
            continue
        kind = tok.kind
        low = tok.low
        if (
            kind is Kind.ORDINARY
            and (i == 0 or lows[i - 1] not in _LOWERCASE_PREV_CUES)
            and (i == last or lows[i + 1] not in after_cues)
            and low not in _SAINTS
        ):
            continue  # most words: an everyday word with no cue beside it (as below)
        if kind is Kind.STOP:
            # a lower-case stop word is never a name, but may open a listed town of everyday
            # words after a preposition of place: "went to signal hill", "in sunday creek"
            if 0 < i < last and lows[i + 1] in _TOWN_LAST_WORDS and lows[i - 1] in PLACE_PREPS:
                town_end = _everyday_town_end(text, toks, i, lex, lows)
                if town_end:
                    out.append((tok.start, town_end, "place"))
            continue
        if low in _ROMANCE_PRONOUNS and _beside_romance_words(lows, i):
            continue  # "y ella durmio": Spanish "she", not Ella
        if foreign_function_word(lows, i):
            continue  # "amma hans í": Icelandic "his", not Hans
        if low in _SAINTS:
            saint_end = _saint_org_end(text, toks, i)
            if saint_end:
                out.append((tok.start, saint_end, "org"))  # "st bede's college"
                continue
            saint_end = _saint_place_end(text, toks, i)
            if saint_end:
                out.append((tok.start, saint_end, "place"))  # "grew up in st kilda"
                continue
        if len(tok.word) < _MIN_LOWERCASE_NAME:
            # only two letters in no list can be initials: skip the call for the rest
            if kind is Kind.UNKNOWN and _lowercase_initials(text, toks, i):
                out.append((tok.start, tok.end, "name"))  # "jj said", "her sponsor tk"
            continue
        if kind is Kind.ORDINARY or kind is Kind.WORD_NAME:
            if (
                kind is Kind.WORD_NAME
                and i < last
                and toks[i + 1].kind is Kind.NAME
                and _full_lowercase_name(text, toks, i)
            ):
                out.append((tok.start, toks[i + 1].end, "name"))  # "grace achieng"
                continue
            if (
                0 < i < last
                and (toks[i + 1].kind is Kind.NAME or toks[i + 1].kind is Kind.UNKNOWN)
                and (lows[i - 1] in PLACE_PREPS or lows[i - 1] == "at")
            ):
                town_end = _listed_town_end(text, toks, i, lex)
                if town_end:
                    out.append((tok.start, town_end, "place"))  # "near petaling jaya"
                    continue
            if i > 0 and lows[i - 1] in PLACE_PREPS:
                town_end = _everyday_town_end(text, toks, i, lex, lows)
                if town_end:
                    out.append(
                        (tok.start, town_end, "place")
                    )  # "in storm lake", "a flat in auburn"
                    continue
            if (
                kind is Kind.WORD_NAME
                and 0 < i < last
                and lows[i - 1] in _MET_LOWER
                and lows[i + 1] in _AND_WORDS
                and _joined_to_relation(text, toks, i)
            ):
                out.append((tok.start, tok.end, "name"))  # "had sunny and her mum in"
                continue
            if kind is Kind.WORD_NAME and i > 0 and _seen_then_pronoun(text, toks, i, lows):
                out.append((tok.start, tok.end, "name"))  # "saw precious again, she's"
                continue
            # most words: no cue word beside them, nothing below can fire
            if not (
                (i > 0 and lows[i - 1] in before_cues) or (i < last and lows[i + 1] in after_cues)
            ):
                continue
            cheap_cue = (i > 0 and lows[i - 1] == "w") or (
                i < last and (lows[i + 1] in STRONG_PERSON_VERBS or lows[i + 1] in _CHAT_ADVERBS)
            )
            if (
                cheap_cue
                and _everyday_word_as_name(text, toks, i, lex)
                and not virtue_said(text, toks, i)  # "hope is a good thing"
            ):
                out.append((tok.start, tok.end, "name"))
            elif i > 0 and toks[i - 1].low in _SERVICE_ACRONYMS:
                _append_acronym_org(text, toks, i, out)
            continue
        if kind is Kind.NAME or kind is Kind.UNKNOWN:
            if _owned_word(text, toks, i):
                continue
            # each rule below is called only when the word it needs beside this one is
            # there (the same answers, fewer calls)
            prev = lows[i - 1] if i > 0 else ""
            nxt = lows[i + 1] if i < last else ""
            if prev in _SERVICE_ACRONYMS and _append_acronym_org(text, toks, i, out):
                continue
            org_end = (
                _lowercase_org_end(text, toks, i)
                if nxt in _LOWER_ORG_NOUNS or nxt in _ORG_MIDDLE or nxt in _HOSPITAL_MIDDLE
                else 0
            )
            if org_end:
                out.append((tok.start, org_end, "org"))
                continue
            if prev == "at" or prev in PLACE_PREPS:
                town_end = _listed_town_end(text, toks, i, lex)
                if town_end:
                    out.append((tok.start, town_end, "place"))  # "near petaling jaya"
                    continue
            if prev in _OUT_WORDS and _out_town(text, toks, i, lex):
                out.append((tok.start, tok.end, "place"))  # "out past longreach"
                continue
            if prev in _CHAT_TOWN_CUES and listed_town_after_cue(
                text, toks, i, lex, word=tok.kind is not Kind.UNKNOWN
            ):
                out.append((tok.start, tok.end, "place"))  # "at guildford", "for ajegunle"
                continue
            if (
                prev == "the"
                or prev == "at"
                or prev in PLACE_PREPS
                or prev in _DIALECT_FROM
                or prev in _DIALECT_TO
            ) and _lowercase_place(text, toks, i, lex):
                out.append((tok.start, tok.end, "place"))
                continue
            if (prev in _CARE_PREPS or prev in _STUDY_PREPS) and _care_or_study_org(
                text, toks, i, lex
            ):
                out.append((tok.start, tok.end, "org"))
                continue
            if nxt == "where" and _place_before_where(text, toks, i, lex):
                out.append((tok.start, tok.end, "place"))
                continue
            if nxt in _AND_WORDS and _joined_to_relation(text, toks, i):
                out.append((tok.start, tok.end, "name"))
                continue
            if nxt in _STATE_AUX and _opening_subject_state(text, toks, i):
                out.append((tok.start, tok.end, "name"))
                continue
            if (
                (tok.possessive and _lowercase_possessive(text, toks, i))
                or (nxt in _CHAT_ADVERBS and _chat_subject(text, toks, i))
                or (nxt in _MESSAGE_VERBS and _message_sender(text, toks, i))
            ):
                out.append((tok.start, tok.end, "name"))
                continue
            cue = _lowercase_cue(text, toks, i) or (
                i + 1 < len(toks)
                and text[tok.end : toks[i + 1].start] == " "
                and _person_follows(
                    text,
                    toks,
                    i,
                    # "hemi is": a listed given name; a word in no list is as often
                    # a drug or a bit of jargon ("quetiapine was"), so it needs a verb
                    weak=kind is Kind.NAME and _prev_word(toks, i) not in _DETERMINERS,
                )
            )
            common = (
                not cue
                and tok.kind is Kind.NAME
                and not _owned_word(text, toks, i)
                and not among_its_language(text, toks, i, lex.ordinary)
                and (
                    lex.given_names.get(low, 0) >= _MIN_FREQ_BARE_LOWERCASE
                    or _starts_sentence(text, toks, i)
                )
            )
            if cue or common:
                out.append((tok.start, tok.end, "name"))
    return out


def _listed_town_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """Where a listed town of two or three words typed in lower case ends ("near petaling
    jaya", "from san fernando"), or 0: its words one by one are no town."""
    end = 0
    for k in range(i + 1, min(i + _MAX_TOWN_WORDS, len(toks))):
        if text[toks[k - 1].end : toks[k].start] != " " or toks[k].capital:
            break
        if " ".join(t.low for t in toks[i : k + 1]) in lex.places:
            end = toks[k].end
    return end


_MAX_TOWN_WORDS = 3


def _lowercase_place(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "in tauranga", "moved to manukau", "at his sisters in ealing", "walking to yaba
    market": a word in no list right after a place preposition is a town in chat. A second
    word in no list after it ("in kapa haka") reads as a phrase from another language."""
    prev = _prev_word(toks, i)
    if prev in _DIALECT_FROM:
        prev = "from"  # "he's fae brora": Scots "from"
    elif prev in _DIALECT_TO:
        prev = "to"  # "aff tae kirkwall": Scots "to"
    tok = toks[i]
    if prev == "the" and _outing_follows(text, toks, i):
        return tok.low in lex.places or _bare_town(text, toks, i, lex)
    if prev == "the" and i > 1 and toks[i - 2].low in _VENUE_PREPS:
        return _bare_town(text, toks, i, lex)  # "at the gabba": a ground or a venue
    if prev == "at" and not _place_noun_follows(text, toks, i):
        return _bare_town(text, toks, i, lex)  # "we met at ponsonby"
    if prev not in PLACE_PREPS and prev != "at":
        return False
    if tok.low in lex.places or _place_noun_follows(text, toks, i):
        return True  # "to yaba market", "at balogun market"
    if tok.kind is Kind.NAME and (
        prev in _NAME_TOWN_PREPS or (prev == "to" and i > 1 and toks[i - 2].low in _MOTION_WORDS)
    ):
        return _named_town(text, toks, i)  # "the men's shed in togher", "the train to parra"
    if tok.kind is not Kind.UNKNOWN:
        return False
    if _after_living_verb(toks, i):
        return True
    if prev not in _TOWN_PREPS:
        return False
    if (
        prev == "to"
        and (i < 2 or toks[i - 2].low not in _MOTION_WORDS)
        and not _moved_from_before(toks, i)
    ):
        return False  # "messaged to rebook": a verb after "to"
    return _bare_town(text, toks, i, lex)


def _out_town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "out past longreach", "trucks out of mississauga", "from out ballincollig way",
    "out kilcoole way": "out" and a preposition, or "out" and "way", say where."""
    prev = toks[i - 1].low
    before = toks[i - 2].low if i > 1 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    cued = (before == "from" or nxt == "way") if prev == "out" else before == "out"
    if not cued or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    tok = toks[i]
    if tok.low in lex.places and not tok.possessive:
        return True
    return tok.kind is Kind.UNKNOWN and prev != "of" and _bare_town(text, toks, i, lex)


_OUT_WORDS = frozenset({"out", "past", "of"})


def _named_town(text: str, toks: list[Token], i: int) -> bool:
    """ "in togher every thursday": a lower-case surname or rare given name (no everyday
    word) right after "in" or "near" names where, not whom; "in jess's room" says whose."""
    tok = toks[i]
    if tok.possessive or len(tok.word) < _MIN_BARE_TOWN or not tok.word.islower():
        return False
    if lexicon().given_names.get(tok.low, 0) >= _MIN_FREQ_BARE_LOWERCASE:
        return False  # "in jess": a common given name is read as a person by the rules after
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.capital or nxt.kind not in (Kind.NAME, Kind.UNKNOWN)


_NAME_TOWN_PREPS = frozenset({"in", "near"})


def _moved_from_before(toks: list[Token], i: int) -> bool:
    """ "moved from moss side to chorlton": the "to" of someone moving from a place."""
    for k in range(i - 2, max(0, i - _FROM_REACH) - 1, -1):
        if toks[k].low == "from":
            return k > 0 and (toks[k - 1].low in _MOTION_WORDS or toks[k - 1].low in _LIVING_VERBS)
    return False


_FROM_REACH = 5
# Last words of listed towns of everyday words read as towns after a preposition of place
_TOWN_LAST_WORDS = AREA_SUFFIXES | frozenset("city lake side".split())


def _bare_town(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A lower-case word in no list after a place preposition, not shaped like a compound
    ("lockdown"), a language ("isiZulu") or the first word of a foreign phrase."""
    tok = toks[i]
    if tok.kind is Kind.STOP or tok.kind is Kind.ORDINARY or tok.kind is Kind.WORD_NAME:
        return False
    if len(tok.word) < _MIN_BARE_TOWN or tok.possessive:
        return False
    if not tok.word.islower():
        return False  # "in isiZulu": a language
    if _two_everyday_words(tok.low, lex) and not _compound_town(toks, i):
        return False  # "in lockdown": a compound
    if _jargon_shaped(tok):
        return False  # "in telehealth", "from dysregulation", "in ptsd group"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low in _HOMES:
        return False  # "at nans place", "at cuzzies house": whose home, typed without "'"
    # a comma or a full stop ends the place: "in ayat, betam good" is no foreign phrase
    return (
        nxt is None
        or nxt.kind is not Kind.UNKNOWN
        or nxt.capital
        or text[tok.end : nxt.start].strip() != ""
    )


_HOMES = frozenset("place house flat home pad bach crib unit room".split())


def _everyday_town_end(text: str, toks: list[Token], i: int, lex: Lexicon, lows: list[str]) -> int:
    """Where a town named by everyday words after a preposition of place ends, or 0: a
    listed town of two or three such words ending in a place word ("in storm lake"), or
    a listed town a home is in ("a granny flat in auburn")."""
    low = lows[i]
    if (
        i + 1 < len(toks)
        and lows[i + 1] in _TOWN_LAST_WORDS
        and low not in _POSSESSIVES
        and low not in _ARTICLES
    ):
        end = _listed_town_end(text, toks, i, lex)
        if end:
            return end
    if i > 1 and lows[i - 1] == "in" and lows[i - 2] in _DWELLINGS and _home_town(toks, i, lex):
        return toks[i].end
    return 0


def _home_town(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "rents a flat in auburn", "bought a house in reading": a listed town after a home
    and "in" is where the home is, even when it is also an everyday word."""
    tok = toks[i]
    return tok.low in lex.places and not tok.possessive


_DWELLINGS = frozenset("flat house unit apartment townhouse bach bungalow".split())


def _compound_town(toks: list[Token], i: int) -> bool:
    """ "fae drumchapel", "out in blackall", "grew up in woodbrook": a word made of two
    everyday words is a town when it ends as towns do and someone is from, lives or goes
    there ("in lockdown" is neither)."""
    low = toks[i].low
    if not low.endswith(_TOWN_ENDINGS) or low.endswith(_COMPOUND_THINGS):
        return False
    prev = toks[i - 1].low if i > 0 else ""
    before = toks[i - 2].low if i > 1 else ""
    return prev in _DIALECT_FROM or before in _LIVING_VERBS or before in _MOTION_WORDS


# Last parts of towns and suburbs made of everyday words; of things made so
_TOWN_ENDINGS = tuple(
    """
    brook chapel milk all ford field wood hill side bank bridge burn dale well mouth port
    stead stone water gate moor land haven head end hall ton ville vale ley rock dene combe
    cliffe bourne burgh bury borough wick castle church cross green lee mere
    """.split()
)
_COMPOUND_THINGS = tuple("homeland wasteland headland woodland".split())


def _outing_follows(text: str, toks: list[Token], i: int) -> bool:
    """ "the tobermory trip", "after the arbroath weekend": a word between "the" and an
    outing noun names where the outing went."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.low in _OUTING_NOUNS and text[toks[i].end : nxt.start] == " "


_OUTING_NOUNS = frozenset("trip trips weekend holiday holidays visit getaway".split())
_DIALECT_FROM = frozenset({"fae", "frae"})
_DIALECT_TO = frozenset({"tae"})
_DIALECT_WORDS = _DIALECT_FROM | _DIALECT_TO
_HOSPITAL_MIDDLE = frozenset("public general district royal teaching memorial regional".split())


def _care_or_study_org(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "admitted to raigmore", "discharged from ninewells": a word in no list where
    someone is admitted is a hospital; "got into strathclyde": a listed place someone got
    into is a university."""
    if i < 2:
        return False
    tok, verb = toks[i], toks[i - 2].low
    if verb in _STUDY_VERBS and toks[i - 1].low in _STUDY_PREPS:
        return _study_place(text, toks, i, lex)
    if toks[i - 1].low == "into" and verb in _GOT_IN:
        return tok.low in lex.places and not tok.possessive
    if verb not in _ADMITTED or tok.kind is not Kind.UNKNOWN:
        return False
    return _bare_town(text, toks, i, lex)


_CARE_PREPS = frozenset({"to", "from"})
_ADMITTED = frozenset("admitted readmitted discharged transferred sectioned".split())
_GOT_IN = frozenset("got get gets getting accepted".split())
_STUDY_PREPS = frozenset({"into", "at", "from"})
_STUDY_VERBS = frozenset("accepted enrolled studying studies study graduated".split())


def _study_place(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "enrolled at ucc", "accepted into uwi": a listed town or a lower-case word in no list
    (an acronym too) where someone studies is a college or university."""
    tok = toks[i]
    if tok.possessive or not tok.word.islower() or len(tok.word) < _MIN_LOWERCASE_NAME:
        return False
    if tok.low in lex.places:
        return True
    return tok.kind is Kind.UNKNOWN and tok.word.upper() not in KNOWN_ACRONYMS


def _place_before_where(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "talks about nairn where she grew up": a word in no list (or a listed town) just
    before "where" and someone growing up, living or being born there is a place."""
    if i + 3 >= len(toks) or text[toks[i].end : toks[i + 1].start].strip(" ,") != "":
        return False
    tok = toks[i]
    if tok.low not in lex.places and (tok.kind is not Kind.UNKNOWN or tok.possessive):
        return False
    return toks[i + 2].low in _PEOPLE and toks[i + 3].low in _DWELLING_VERBS


# Verbs of seeing someone in a session, before a word-name typed in lower case
_MET_LOWER = frozenset("had saw seen met meeting seeing".split())


def _seen_then_pronoun(text: str, toks: list[Token], i: int, lows: list[str]) -> bool:
    """ "saw precious again, she's smiling", "so proud of destiny today, she spoke up": a
    word-name typed in lower case, seen or felt for, with "she" or "he" right after the
    comma that follows, is the person. A virtue only when "in" says who came ("had favour
    in, she said"; "had hope again, she said" stays)."""
    tok = toks[i]
    if tok.possessive:
        return False
    prev = lows[i - 1]
    if prev not in _MET_LOWER and not (prev == "of" and i > 1 and lows[i - 2] in _FEELINGS):
        return False
    if tok.low in _ABSTRACT_NAMES:
        return prev in _MET_LOWER and _CAME_IN_PRONOUN.match(text, tok.end) is not None
    return _PRONOUN_AFTER_SEEN.match(text, tok.end) is not None


_CAME_IN_PRONOUN = re.compile(r" in,? (?:she|he)\b")
_PRONOUN_AFTER_SEEN = re.compile(
    r"(?: (?:in|again|today|earlier|yesterday|tonight|this morning|this arvo))?,? (?:she|he)\b"
)
_DWELLING_VERBS = frozenset("grew lives lived living was born stays stayed works worked".split())
_AND_WORDS = frozenset({"n", "and", "an"})
_FIRST_PERSON = frozenset({"i", "me"})


def _opening_subject_state(text: str, toks: list[Token], i: int) -> bool:
    """ "tatenda was in better form", "farai is doing much better", "busi has been sleeping
    through": a name-like word opening a message, then how someone is doing. A drug or
    a thing ("quetiapine was increased") is never sleeping or in good spirits."""
    tok = toks[i]
    if tok.possessive or (tok.kind is not Kind.NAME and len(tok.word) < _MIN_JOINED_NAME):
        return False
    if _jargon_shaped(tok) or not _opens_chat(text, toks, i):
        return False
    j = i + 2
    if j < len(toks) and toks[j].low == "been":
        j += 1  # "has been", "had been"
    if j >= len(toks) or text[tok.end : toks[i + 1].start] != " ":
        return False
    word = toks[j].low
    if word in _PERSON_ONLY_ING or word in _DOING_WELL_ING:
        return True
    return word == "in" and any(t.low in _MOODS for t in toks[j + 1 : j + 4])


_STATE_AUX = frozenset("is was has had s".split())
_DOING_WELL_ING = frozenset("feeling eating coping struggling smiling".split())
_MOODS = frozenset("form spirits mood fettle".split())


def _joined_to_relation(text: str, toks: list[Token], i: int) -> bool:
    """ "nkosana n his brother", "kiri and her mum": a name-like word joined to someone's
    relation is a person."""
    if i + 3 >= len(toks) or toks[i].possessive:
        return False
    tok = toks[i]
    if tok.kind is not Kind.NAME and len(tok.word) < _MIN_JOINED_NAME:
        return False
    owner = toks[i + 2]
    if text[tok.end : owner.start] != f" {toks[i + 1].word} ":
        return False
    if owner.low in _FIRST_PERSON and _opens_chat(text, toks, i):
        return True  # "yinka n i agreed"
    return _owned_relation(text, toks, i + 2)


def _owned_relation(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` and the word after it say whose relation: "her cousin", "his
    brother" (the caller makes sure there is a word after it)."""
    owner, relation = toks[k], toks[k + 1]
    return (
        owner.low in _OWNERS
        and relation.low in RELATIONS
        and text[owner.end : relation.start] == " "
    )


def _jargon_shaped(tok: Token) -> bool:
    """A lower-case word shaped like a clinical term or an acronym rather than a town."""
    low = tok.low
    if tok.word.upper() in KNOWN_ACRONYMS or not any(v in low for v in "aeiouy"):
        return True
    return low.endswith(_JARGON_ENDINGS) or low.startswith(_JARGON_PREFIXES)


_JARGON_ENDINGS = ("tion", "sion", "ism", "ity", "ment", "ology", "ics", "itis", "osis", "ance")
_JARGON_PREFIXES = ("tele", "psycho", "hyper", "hypo", "dys", "cyber", "neuro", "physio")


def _two_everyday_words(low: str, lex: Lexicon) -> bool:
    """ "lockdown", "workout": a word in no list made of two everyday words."""
    ordinary = lex.ordinary
    return any(
        low[:cut] in ordinary and low[cut:] in ordinary
        for cut in range(_MIN_COMPOUND_PART, len(low) - _MIN_COMPOUND_PART + 1)
    )


_MIN_COMPOUND_PART = 3


def _place_noun_follows(text: str, toks: list[Token], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.low in _PLACE_NOUNS and text[toks[i].end : nxt.start] == " "


_TOWN_PREPS = frozenset({"in", "from", "near", "to"})
_VENUE_PREPS = frozenset({"at", "to"})
_MOTION_WORDS = frozenset(
    "went go goes going gone drove drive driving walked walk walking bus train flight flew fly "
    "trip moved move moving back way came come coming headed heading ride rode out over "
    "down up jeep jeepney taxi cab ferry boat tram mrt lrt walks drives travel travels "
    "travelled traveled visit visits holiday flies away awa aff".split()
)
_MIN_BARE_TOWN = 4
_PLACE_NOUNS = frozenset("market markets station mall beach junction wharf shops".split())


def _lowercase_org_end(text: str, toks: list[Token], i: int) -> int:
    """ "gleneagle college", "parkview surgery", "nhs lothian": a lower-case word in no
    list joined to an organisation noun after it, or a short service acronym before it,
    is an organisation; returns where it ends (0: none). "the practice" has no such word."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks) or tok.low in _DIALECT_WORDS:
        return 0  # "tae school": Scots "to", no name
    nxt = toks[i + 1]
    if (
        (nxt.low in _ORG_MIDDLE or nxt.low in _HOSPITAL_MIDDLE)
        and i + 2 < len(toks)
        and text[tok.end : nxt.start] == " "
        and text[nxt.end : toks[i + 2].start] == " "
    ):
        nxt = toks[i + 2]  # "ponsonby rugby club": the noun is one word further
        if nxt.low in _PLACE_NOUNS or nxt.low not in _LOWER_ORG_NOUNS:
            return 0
    elif text[tok.end : nxt.start] != " ":
        return 0
    if nxt.low in _LOWER_ORG_NOUNS and not nxt.capital:
        if nxt.low in _PLACE_NOUNS or not tok.word.islower():
            return 0  # "yaba market": the place, not the market
        if i > 0 and toks[i - 1].kind is Kind.UNKNOWN and not toks[i - 1].capital:
            return 0  # "kapa haka practice": a phrase from another language
        return nxt.end
    return 0


def _saint_org_end(text: str, toks: list[Token], i: int) -> int:
    """ "st bede's college", "st john's hospital": a saint's name and an organisation noun
    make a school, church or hospital; returns where it ends (0: none)."""
    if i + 2 >= len(toks) or text[toks[i].end : toks[i + 1].start] not in _SAINT_GAPS:
        return 0
    saint, noun = toks[i + 1], toks[i + 2]
    if saint.kind is Kind.STOP or noun.capital:
        return 0
    if not saint.possessive and not (
        saint.low.endswith("s") and saint.low[:-1] in lexicon().given_names
    ):
        return 0  # "st pauls college": a possessive typed without its apostrophe
    return noun.end if noun.low in _LOWER_ORG_NOUNS else 0


def _saint_place_end(text: str, toks: list[Token], i: int) -> int:
    """ "in st kilda", "moved to st helens": a saint's name after a town preposition is a
    suburb, town or parish typed in lower case; returns where it ends (0: none)."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].low not in _SAINT_PREPS:
        return 0
    saint = toks[i + 1]
    if saint.capital or saint.kind is Kind.STOP or len(saint.word) < _MIN_LOWERCASE_NAME:
        return 0
    if saint.kind is Kind.ORDINARY and saint.low not in lexicon().places:
        return 0  # "in st the whole time": a slip, not a saint
    if text[toks[i - 1].end : toks[i].start] != " " or text[toks[i].end : saint.start] != " ":
        return 0
    owned = text[saint.end : saint.end + 2]
    return saint.end + 2 if owned in _OWNER_GAPS_BARE else saint.end


_OWNER_GAPS_BARE = frozenset({"'s", "’s"})
_SAINT_PREPS = frozenset({"in", "from", "near", "to", "at"})


_SAINTS = frozenset({"st", "saint", "sts"})
_SAINT_GAPS = frozenset({" ", ". "})


def _append_acronym_org(text: str, toks: list[Token], i: int, out: list[Candidate]) -> bool:
    """Adds "nhs lothian" (acronym included) to ``out``; says whether it did."""
    end = _acronym_org_end(text, toks, i)
    if end:
        out.append((toks[i - 1].start, end, "org"))
    return bool(end)


def _acronym_org_end(text: str, toks: list[Token], i: int) -> int:
    """ "nhs lothian", "cmha durham": a lower-case service acronym before a name."""
    if i == 0 or len(toks[i].word) < _MIN_BARE_TOWN:
        return 0
    head = toks[i - 1]
    if head.capital or text[head.end : toks[i].start] != " ":
        return 0
    if head.low not in _SERVICE_ACRONYMS:
        return 0
    tok, lex = toks[i], lexicon()
    if tok.kind is Kind.ORDINARY or tok.kind is Kind.WORD_NAME:
        return tok.end if tok.low in lex.places else 0  # "nhs highland", not "nhs website"
    if tok.kind is Kind.STOP or _two_everyday_words(tok.low, lex) or _jargon_shaped(tok):
        return 0  # "nhs waitlist"
    return tok.end


_LOWER_ORG_NOUNS = ORG_SUFFIXES | frozenset(
    "surgery practice primary secondary medical health hauora trust council kindy kindergarten "
    "uni polytechnic tafe poly institution club parish".split()
)
# a sport or a denomination between a name and its organisation noun: "ponsonby rugby club"
_ORG_MIDDLE = frozenset(
    "rugby football soccer netball cricket hockey basketball tennis golf bowling bowls "
    "swimming boxing athletics rowing surf sailing youth community sports baptist methodist "
    "anglican catholic presbyterian pentecostal adventist grammar".split()
)
_SERVICE_ACRONYMS = frozenset("nhs cmha clsc dhb camhs cmht phn lhd ccg icb hse".split())
# "lol sunny literally said": an adverb between a chat subject and its verb
_CHAT_ADVERBS = frozenset(
    "literally actually honestly totally basically apparently seriously finally just "
    "really still never always also even already".split()
)
_CHAT_OPENERS = frozenset("lol lmao haha hahaha omg ugh ok okay so fyi btw update yeah ya".split())
# The words beside an everyday word that make ``_lowercase_names`` look at it at all
_BEFORE_EVERYDAY_CUES = frozenset({"w"}) | _SERVICE_ACRONYMS
_AFTER_EVERYDAY_CUES = STRONG_PERSON_VERBS | _CHAT_ADVERBS
# the words before an everyday word that ``_lowercase_names`` reads: cues, place prepositions
_LOWERCASE_PREV_CUES = _BEFORE_EVERYDAY_CUES | PLACE_PREPS | {"at"}


def _lowercase_possessive(text: str, toks: list[Token], i: int) -> bool:
    """ "ngozi's appt", "jess's 2pm": a lower-case given name (or a longer word in no list)
    with a possessive is someone's."""
    tok = toks[i]
    if not tok.possessive or (i > 0 and toks[i - 1].low in _DETERMINERS):
        return False
    return tok.kind is Kind.NAME or len(tok.word) >= _MIN_JOINED_NAME


def _chat_subject(text: str, toks: list[Token], i: int) -> bool:
    """ "haha priyanka totally ignored me": a word in no list opening a message, before an
    adverb and a past-tense or person verb, is the person who did it."""
    if i + 2 >= len(toks) or not _opens_chat(text, toks, i):
        return False
    adverb, verb = toks[i + 1], toks[i + 2]
    if adverb.low not in _CHAT_ADVERBS or text[toks[i].end : verb.start].count(" ") != 2:
        return False
    if verb.low in SPEECH_VERBS or verb.low in _SOCIAL_VERBS:
        return True
    # a listed given name may do anything; a word in no list ("covid literally ruined
    # it") must do what only a person does
    return toks[i].kind is Kind.NAME and (
        verb.low in STRONG_PERSON_VERBS or verb.low in PERSON_VERBS
    )


def _message_sender(text: str, toks: list[Token], i: int) -> bool:
    """ "mirlan text me", "yonas msg: ...": a word in no list of everyday words opening a
    message, right before a verb of messaging, is who sent it."""
    tok = toks[i]
    return (
        tok.kind in (Kind.UNKNOWN, Kind.NAME)
        and len(tok.word) >= _MIN_LOWERCASE_NAME
        and tok.low not in _CHAT_OPENERS
        and tok.low not in _CHAT_ADVERBS
        and text[tok.end : toks[i + 1].start] == " "
        and _opens_chat(text, toks, i)
    )


# verbs of sending a message, typed in chat
_MESSAGE_VERBS = frozenset(
    "text texts texted txt txts txted txtd msg msgs msgd msged messaged dm dms dmd dmed "
    "emailed whatsapped rang".split()
)


_SOCIAL_VERBS = frozenset(
    "ignored ignores ghosted ghosts blocked blocks hugged hugs yelled yells snapped snaps "
    "apologised apologized apologises apologizes promised promises forgot forgets opened opens "
    "showed shows turned rocked rocks replied replies begged begs refused refuses".split()
)


def _opens_chat(text: str, toks: list[Token], i: int) -> bool:
    """At a sentence start, or after a chat opener there ("lol", "omg", "fyi")."""
    if _starts_sentence(text, toks, i):
        return True
    return (
        i > 0
        and toks[i - 1].low in _CHAT_OPENERS
        and text[toks[i - 1].end : toks[i].start].strip(" ,:-") == ""
        and _starts_sentence(text, toks, i - 1)
    )


def _lowercase_initials(text: str, toks: list[Token], i: int) -> bool:
    """Two lower-case letters in no list used as someone's initials: "jj said"."""
    tok = toks[i]
    if len(tok.word) != _INITIALS_LEN or tok.kind is not Kind.UNKNOWN:
        return False
    if tok.start and text[tok.start - 1].isdigit():
        return False  # "her 4pm got cancelled": a unit after a number
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt
        and nxt.low in STRONG_PERSON_VERBS
        and nxt.low not in WEAK_PERSON_CUES  # "dx was confirmed"
        and text[tok.end : nxt.start] == " "
    ):
        return True
    return _has_relation_cue(text, toks, i)


_INITIALS_LEN = 2


def _after_living_verb(toks: list[Token], i: int) -> bool:
    """ "moved to manukau", "grew up in ponsonby": a word in no list after where someone
    lives or goes is a place."""
    return i > 1 and toks[i - 2].low in _LIVING_VERBS


_LIVING_VERBS = frozenset(
    "moved move moving moves live lives lived living up born based raised stays staying "
    "relocated relocating".split()
)


def _everyday_word_as_name(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "talked w hamza", or "hope said ..." opening a sentence (cheap tests first)."""
    low = toks[i].low
    if i > 0 and toks[i - 1].word == "w":
        return low in lex.given_names
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is not None
        and text[toks[i].end : nxt.start] == " "
        and (low in lex.word_names or low in lex.given_names)
        and (
            (_verb_follows(text, toks, i + 1) and _opens_chat(text, toks, i))
            or _speaks_after_conjunction(text, toks, i)
        )
    )


def _speaks_after_conjunction(text: str, toks: list[Token], i: int) -> bool:
    """ "when sunny said she'd", "and grace told me": a word-name right after a conjunction
    and right before a verb of speaking is the subject of a clause, so a person (a word
    there, as in "when hope said", is never the subject of "said" in lower case otherwise)."""
    if i == 0 or toks[i - 1].low not in _CLAUSE_OPENERS or toks[i + 1].low not in SPEECH_VERBS:
        return False
    return text[toks[i - 1].end : toks[i].start] == " "


_CLAUSE_OPENERS = frozenset(
    "when and but because cos coz so then after before until til till while since".split()
)


def _verb_follows(text: str, toks: list[Token], j: int) -> bool:
    """A person verb at ``j``, or after one chat adverb there ("sunny literally said")."""
    if toks[j].low in STRONG_PERSON_VERBS:
        return True
    return (
        toks[j].low in _CHAT_ADVERBS
        and j + 1 < len(toks)
        and (toks[j + 1].low in STRONG_PERSON_VERBS or toks[j + 1].low in PERSON_VERBS)
        and text[toks[j].end : toks[j + 1].start] == " "
    )


def _lowercase_cue(text: str, toks: list[Token], i: int) -> bool:
    if _has_relation_cue(text, toks, i):
        return True
    prev = _prev_word(toks, i)
    if prev in _CHAT_WITH and text[toks[i - 1].end : toks[i].start] == " ":
        return True
    gap = text[max(0, toks[i].start - 3) : toks[i].start]
    if "+" in gap or "&" in gap:
        return True
    tok = toks[i]
    if _relation_after(text, toks, i) or _full_lowercase_name(text, toks, i):
        return True
    if len(tok.word) >= _MIN_JOINED_NAME and (
        "+" in text[tok.end : tok.end + 3] or "&" in text[tok.end : tok.end + 3]
    ):
        return True  # "kiran + his mum"
    known = tok.kind is Kind.NAME or len(tok.word) >= _MIN_JOINED_NAME
    if known and (
        prev in _CONTACT_VERBS
        or (prev in _CONTACT_PREPS and i > 1 and toks[i - 2].low in _TALK_VERBS)
        or (prev == "into" and i > 1 and toks[i - 2].low in _CHANCE_MEETINGS)
    ):
        return True  # "saw lani", "texted hemi", "spoke to thabo": a person is met
    if _feeling_about_name(toks, i):
        return True
    if known and prev == "on" and i > 1 and toks[i - 2].low in _CHECKS:
        return True  # "pls check on bea later"
    if tok.kind is Kind.NAME and prev == "from" and i > 1 and toks[i - 2].low in _HEARD_FROM:
        return True  # "heard from oyelaran", "a text from bimpe": word came from someone
    if tok.kind is Kind.NAME and prev == "on" and i > 1 and toks[i - 2].low in _NEWS_ON:
        return True  # "an update on aisyah"
    return prev == "and" and i > 1 and (toks[i - 2].low in RELATIONS or toks[i - 2].low in _PEOPLE)


def _relation_after(text: str, toks: list[Token], i: int) -> bool:
    """ "that was rohit her cousin", "mele, his sister": a word followed by whose relation
    it is names that relation (a name-like word of three letters or more)."""
    if i + 2 >= len(toks) or len(toks[i].word) < _MIN_LOWERCASE_NAME or toks[i].possessive:
        return False
    return text[toks[i].end : toks[i + 1].start].strip(" ,") == "" and _owned_relation(
        text, toks, i + 1
    )


def _full_lowercase_name(text: str, toks: list[Token], i: int) -> bool:
    """ "text from grace achieng", "bilal hussain": a given name and, right after it, a word
    that is a listed surname and no everyday word are someone's full name in chat."""
    if i + 1 >= len(toks) or toks[i].possessive or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    lex, nxt = lexicon(), toks[i + 1]
    return (
        nxt.kind is Kind.NAME
        and not nxt.capital
        and nxt.low in lex.surnames
        and len(nxt.word) >= _MIN_LOWERCASE_NAME
        # a given name listed by one locale only is as often a word of another language
        and lex.given_names.get(toks[i].low, 0) >= _SHARED_NAME
        and toks[i].low not in lex.phrase_heads  # "hari raya": a named thing
    )


_SHARED_NAME = 2


def _feeling_about_name(toks: list[Token], i: int) -> bool:
    """ "so proud of amara", "worried about tane": a listed given name after a feeling
    and "of"/"about" is the person felt for ("sick of covid" has no listed name)."""
    if toks[i].kind is not Kind.NAME or i < 2 or toks[i - 1].low not in _ABOUT:
        return False
    return toks[i - 2].low in _FEELINGS


_ABOUT = frozenset({"of", "about", "for"})
_FEELINGS = frozenset(
    "proud worried scared afraid jealous fond thinking sorry happy stressed anxious".split()
)


_CHAT_WITH = frozenset({"w", "wit", "with", "wi", "wid"})  # Scots "wi", patois "wid"
# "his gamertag is": a word after these is a thing, not someone's name
_DETERMINERS = frozenset(
    "his her their my our your its the a an this that these those some any every no".split()
)
_PEOPLE = frozenset({"she", "he", "me", "i", "they", "her", "him"})  # "she and rangi"
_CONTACT_VERBS = frozenset(
    "saw met meet seen texted txt txted called rang phoned messaged visited hugged asked told "
    "thanked".split()
    # and their present forms as typed in chat: "tmr i see xiu ling", "let kumar talk"
    + "see seeing meeting text call ring phone visit hug tell thank let remind reminded".split()
)
_CONTACT_PREPS = frozenset({"to", "with", "w"})
_CHANCE_MEETINGS = frozenset("ran run running bumped bump bumping".split())  # "ran into tui"
_CHECKS = frozenset({"check", "checked", "checking", "checkin"})
_NEWS_ON = frozenset("update updates news".split())
_HEARD_FROM = frozenset("heard hear hearing text txt msg message email call".split())
_TALK_VERBS = frozenset("talked spoke spoken chatted chat talk speak yarned".split())
_MIN_LOWERCASE_NAME = 3
_MIN_JOINED_NAME = 4  # a word in no list this long, met or joined by "+", is a name


def _everyday_token(tok: Token) -> bool:
    return tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP


def _word_or_listed(tok: Token) -> bool:
    """An everyday word, or one that is also a given name ("memory lane", "will drive")."""
    return tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP or tok.kind is Kind.WORD_NAME


def _not_english_word(tok: Token) -> bool:
    return tok.capital or tok.kind is not Kind.ORDINARY


def _unlisted_token(tok: Token) -> bool:
    return tok.kind is Kind.UNKNOWN


def _word_name_token(tok: Token) -> bool:
    return tok.kind is Kind.WORD_NAME


def _name_or_unlisted(tok: Token) -> bool:
    return tok.kind is Kind.NAME or tok.kind is Kind.UNKNOWN


def _everyday_word(word: str) -> bool:
    """Whether ``word``, or it without its accents ("Éducation"), is an everyday word."""
    lex = lexicon()
    low = word.lower()
    if low in lex.ordinary or low in lex.always_ordinary or lex.is_region_word(low):
        return True
    bare = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    return bare in lex.ordinary or bare in lex.always_ordinary or lex.is_region_word(bare)


def _people_of_a_region(low: str) -> bool:
    return demonym(low, lexicon())  # "korean", "bosnian", "tanzanian"


def _names_a_place(words: str) -> bool:
    lex = lexicon()
    low = words.lower()
    return low in lex.regions or low in lex.places


def _listed_given_name(tok: Token) -> bool:
    return tok.kind is Kind.NAME


def _initialisms(text: str) -> list[Candidate]:
    return [
        (m.start(), m.end(), "name")
        for m in _INITIALS.finditer(text)
        if m.group().upper() not in INITIALISMS_KEPT
    ]


def find_proper_nouns(text: str) -> list[Candidate]:
    """Candidate spans for names, places and organisations."""
    lex = lexicon()
    toks = _tokens(text, lex)
    out: list[Candidate] = _initialisms(text) if "." in text else []
    lows = [t.low for t in toks]
    # each rule guarded below only reads a token whose word is in its list (``gates``: one
    # bit per list, set when a word of the text is in it)
    gates = _word_gates(lows, lex)
    kept = _phrase_tokens(text, toks, lex) if gates & _G_PHRASES else set()
    _shouted_words(text, toks)
    for whole in _runs(text, toks):
        for piece in _outside(whole, kept) if kept else (whole,):
            if _number_mark(text, toks[piece[-1]]):
                piece = piece[:-1]  # "at No. 5", "Item Nr. 7": the mark of a number, no name
                if not piece:
                    continue
            if len(piece) == 1:
                if (
                    not _plainly_ordinary(toks[piece[0]])
                    or _day_speaking(text, toks, piece[0], lex)
                    or _brand_as_nickname(text, toks, piece[0], lex)
                ):  # "I", "Monday": nothing to judge
                    _judge_run(text, toks, piece, lex, out)
                continue
            for run in _split_at_suffixes(toks, piece):
                if (
                    len(run) > 1
                    or not _plainly_ordinary(toks[run[0]])
                    or _day_speaking(text, toks, run[0], lex)
                ):
                    _judge_run(text, toks, run, lex, out)
    out.extend(_lowercase_names(text, toks, lex, lows))
    if gates & _G_SAYING:  # "josmar qalli li", "gunni sagði að"
        out.extend(lowercase_speakers(text, toks, lows, lex.ordinary))
    # "lycée limamou laye", "colonia Guerrero"; elided kind words need an apostrophe ("l'ASC")
    if gates & _G_KIND_WORDS or (("'" in text or "’" in text) and may_name_by_kind(lows)):
        out.extend(kind_word_spans(text, toks, _everyday_token))
    if gates & _G_GENITIVE:  # "Vilniaus miesto psichikos sveikatos centras"
        out.extend(genitive_orgs(text, lex.places.__contains__))
    if gates & _G_PLACE_PREPOSITIONS:  # "chez solibra à vridi"
        out.extend(place_after_preposition(text, toks, _unlisted_token))
    if "'" in text or "’" in text:  # "the Black Market d'Adjamé"
        out.extend(elided_names(text, toks, _everyday_word))
    if gates & _G_STREETS:  # "gravois ave", "on 1700 south"
        out.extend(street_spans(text, toks, _word_or_listed))
    if gates & _G_FOREIGN_STREETS:  # "rua do heroísmo", "via dei tribunali", "majeedhee magu"
        out.extend(foreign_streets(text, toks, _everyday_token, _not_english_word))
    if gates & _G_ORG_HEADS:  # "the Asian Association of Utah"
        out.extend(bodies_of_places(text, _names_a_place))
    if gates & _G_BODIES:  # "Korean American Family Services"
        out.extend(community_bodies(text, _people_of_a_region))
    if gates & _G_AREAS:  # most texts have none: skip the loop
        out.extend(_lowercase_areas(text, toks, lex))
    if gates & _G_WATCHED:
        out.extend(contextual_organisations(text, toks, lex))
    if gates & _G_CAPITAL_VENUES:  # "at the Blue Lagoon Bar", "the Hotel Blue Wave"
        out.extend(capital_venues(text, toks))
    if gates & _G_VENUES:
        out.extend(named_venues(text, toks, lex))
    if _may_hold_lower_title(text, toks) and _LOWER_TITLE_HINT.search(text):
        out.extend(_lowercase_titled(text, toks, lex))
    if _CAPITALS_WORD.search(text):
        out.extend(_word_acronym_orgs(text, toks, lex))
    if text.count(", ") >= _MIN_LIST_ITEMS - 1:
        out.extend(_lowercase_name_list(text, toks, lex))
    if gates & _G_SYLLABLES:
        out.extend(_syllable_names(text, toks))
    if out:
        out.extend(_name_tails(text, toks, out))  # before the lists: "x y, z" lists "x y"
    if may_hold_capital_surnames(text):  # "MWANZA, Grace", "Chidi OKONKWO"
        out.extend(capital_surnames(text, out, lex, _everyday_word))
    if out and gates & _G_THEORISTS:
        out = [c for c in out if not _names_a_theorist(text, c)]
    if out and gates & _G_EPONYMS:
        out = [c for c in out if not _eponymous_condition(text, c)]
    if out and gates & _G_OWNED:
        out = _without_glossed_kin(text, toks, out)
    if (out or "[place]" in text) and gates & _G_FROM:  # "tevita from apex"
        out.extend(people_from_places(text, toks, out, lex))
    if gates & _G_LOWER_WORD_NAMES or " (" in text:  # "my client hope", "rain's mum", "hi kalani,"
        out.extend(lower_word_names(text, toks, out, _word_name_token, _name_or_unlisted))
    out.extend(_repeats(toks, out))
    if out and not text.istitle():
        out.extend(_lowercase_repeats(toks, out))
        out.extend(repeated_names(text, toks, out, _word_name_token))  # "hope ... hope later"
    out.extend(_listed_with_names(text, toks, out, lex))
    if text.count(", ") >= 2:  # "hemi, mere, baby kahu": a word listed between names
        out.extend(listed_pacific_names(text, toks, out))
    if gates & _G_PERSON_AFTER:  # "Gulnara apai"
        out.extend(names_before_address_words(text, toks, lex))
    if gates & _G_KIN_AFTER:  # "Maya didi", "rojina bahini"
        out.extend(names_before_kin_words(text, toks, lex))
    if gates & _G_PARTICLES:  # "si honey", "kay jun", "minho oppa"
        out.extend(particle_names(text, toks, lows, lex.ordinary))
    if gates & _G_BURMESE:  # "U Tin Aung", "Ma Thida", "Nay Lin"
        out.extend(burmese_names(text, toks, lex))
    if gates & _G_KIN_ADDRESS:
        out.extend(addressed_names(text, toks, _listed_given_name))  # "kaki zuzka"
        if out:
            out.extend(with_address_words(text, toks, out))
    if out and "\n" in text:
        out.extend(_line_labels_beside_names(text, toks, out, lex))
    if "(" in text or '"' in text or "“" in text:
        out.extend(_nicknames_beside(text, toks, out, lex))
        if "(" in text:
            out.extend(glossed_nicknames(text, out))
    if may_hold_called_names(text):  # "Big Mama (that's what everybody calls her)"
        out.extend(called_names(text))
    if out and _may_cite(text):
        out = [c for c in out if not _cited_or_spoken(text, c, lex)]
    if out and _may_name_exams(text) and _EXAM_HINT.search(text):
        out = [c for c in out if not _exam_acronym(text, c)]
    if out and _may_name_public(text):
        out = [c for c in out if not _public_figure_or_team(text, c)]
    if gates & _G_CUED_ORGS:  # "referred by Open Door", "her team Coastal United"
        out.extend(cued_organisations(text, toks, lex))
    if may_hold_everyday_word_org(lows):  # "Lady Reading Hospital", "Pacific Casino Hotel"
        out.extend(everyday_word_orgs(text, toks))
    out = keep_public(text, toks, out, lex)
    if out and gates & _G_CULTURE:
        out = keep_cultural(text, toks, out, lex)
    if out and gates & _G_FUNCTION_WORDS:  # "Lo Que", "Und", "De la": words of other languages
        out = keep_function_words(text, toks, out)
    # "Rằm (the full-moon day)", "the Soi dogs"
    if out and ("(" in text or ", " in text or gates & _G_TERMS):
        out = keep_terms(text, toks, out, lex, _plain_capital)
    if out and gates & _G_LANGUAGE_TERMS:  # "sa Mère", "her Avi", "le TDAH"
        out = without_language_terms(text, toks, out, lex)
    if out and (" tal-" in text or " ta'" in text or " ta’" in text):
        out.extend(with_maltese_tails(text, out))  # "Skola Primarja tal-Qormi"
    if out and gates & _G_SERVICES:
        out = without_generic_services(text, toks, out, lex)
    if out and " it" in text and _may_name_thing(text):
        out = [c for c in out if not _thing_named(text, c)]
    if out and _COURSE_HINT.search(text):
        out = [c for c in out if not course_code(text, c[0], c[1])]
    if out and _LEVEL_HINT.search(text):
        out = [c for c in out if not level_code(text, c[0], c[1])]
    if gates & _G_ORGS:  # "Road 9", "the Family Court", "a Diploma in"
        out = orgs_pass(text, lows, out)
    if gates & _G_ORG_SUFFIXES:  # "Sugar Tree Holiness Church is where..."
        out.extend(opening_organisations(text, out))
    if LONG_ACRONYM.search(text):  # "a member of KABODA"
        out.extend(long_acronym_orgs(text))
    if out and gates & _G_FAITH:  # "Christ Embassy Church"
        out = with_faith_words(text, out)
    # "Fui en el metro", "dan istrinya mengancam", "a gabi falou"
    if gates & _G_FOREIGN and may_hold_foreign(lows):
        out = keep_foreign_words(text, out, lex)
    if gates & _G_CREOLE and may_hold_creole(lows):  # "Maelyn hem sei", "Im say"
        out = creole_names(text, lows, out, lex)
    if out and may_hold_form(text):  # "Mērķis: Miegs. Uzdevumi: Pastaiga, Dienasgrāmata."
        out = without_form_values(text, out, lex)
    if may_hold_place_tags(text):  # "Riga: he drew", "Supervision (Baku):", "Khartoum/Cairo:"
        out.extend(place_tags(text, lex))
    if may_hold_name_edges(text):  # "prof. Selma Kapetanović", "κυρία Δήμητρα", "Ch. Asanova"
        out.extend(name_edges(text, out, lex))
    if may_hold_script_switch(text):  # "dzianis пришел сам", "update: nastia в ..."
        out.extend(script_switch_names(text, lex))
    if gates & _G_LOWER_PLACES:  # "from humpty doo", "lives in bath now"
        out.extend(lower_places(text, toks, lex))
    if gates & _G_LOWER_PLACES:  # "in broken arrow now", "moved to grand rapids"
        out.extend(lower_listed_towns(text, toks, lex))
    if may_hold_town_parts(lows):  # "in tower district", "to the north end"
        out.extend(town_parts(text, toks, lex))
    if may_hold_feature_places(lows):  # "lives in orange mound", "drove to window rock"
        out.extend(lower_feature_places(text, toks))
    if may_hold_streets(lows):
        out.extend(lower_streets(text))  # "on warren ave", "w 4th st"
    if gates & _G_PIDGIN_CUES and gates & _G_PIDGIN:  # "she dey stay for ikorodu"
        out.extend(pidgin_places(text, toks, lex))
    if gates & _G_ARTICLES:  # "a Bia ficou", "el Nacho", "em trâm nói", "ma Thida"
        out.extend(article_names(text, toks, lows, lex))
    if gates & _G_PREPOSITIONS:  # "no Recife", "em boa viagem", "di Rungkut"
        out.extend(preposition_places(text, toks, lows, lex))
    if gates & _G_INSTITUTIONS:  # "at uni of jaffna", "at the esplanade clinic"
        out.extend(lower_institutions(text, toks, lex))
    if may_hold_capital_word_names(text):  # "Golf noticed that Bank didn't"
        out.extend(capital_word_names(text, toks, lambda i: _starts_sentence(text, toks, i)))
    if may_hold_lower_subjects(lows):  # "tou finally talked about his dad"
        out.extend(lower_subject_names(text, toks, lex, lambda i: _starts_sentence(text, toks, i)))
    if may_hold_kin_nicknames(lows):  # "Aunty Bub", "Uncle Sonny"
        out.extend(kin_nicknames(text, toks))
    if may_hold_quoted_speakers(text):  # 'Sekar bilang: "Saya ..."', 'Kasia powiedziała: "..."'
        out.extend(quoted_speakers(text, toks, lex, lambda i: _starts_sentence(text, toks, i)))
    if out:  # "mum, dad, Wanjiru, Otieno and little neema"
        out.extend(names_listed_after_names(text, out, lex))
    if out and ". " in text:  # "J. and KT came in together"
        out.extend(paired_initials(text, out))
    if out:  # "Winter is hard ... this winter", "on Sertraline and Prazosin"
        out = keep_echoed_words(text, toks, out, lex, lambda i: _starts_sentence(text, toks, i))
        out = without_medicines(text, out)
    if out and may_hold_pacific_words(text):  # "lots of kai", "the kai": a thing
        out = keep_pacific_words(text, toks, out)
    if kept and out:
        out = [c for c in out if not _inside_kept_phrase(toks, kept, c)]
        out = _without_kept_surnames(text, toks, kept, out)
        return _outside_phrases(toks, kept, out)
    return out


# One bit per word gate of ``find_proper_nouns``: a gate asks whether a word of its list
# stands among the text's lower-case words. Each word's bits are looked up in one table and
# ORed once per text, instead of one set check over the words per gate. A gate that asks
# more than that (``may_hold_foreign``: two words) keeps its check behind the bit, which
# is then only a necessary condition; elided kind words ("l'ASC") are asked about aside
# (tests/privacy/test_privacy_word_gates.py compares each bit with the check it stands for).
(
    _G_PHRASES,
    _G_SAYING,
    _G_KIND_WORDS,
    _G_GENITIVE,
    _G_PLACE_PREPOSITIONS,
    _G_STREETS,
    _G_FOREIGN_STREETS,
    _G_ORG_HEADS,
    _G_BODIES,
    _G_AREAS,
    _G_WATCHED,
    _G_CAPITAL_VENUES,
    _G_VENUES,
    _G_SYLLABLES,
    _G_THEORISTS,
    _G_EPONYMS,
    _G_OWNED,
    _G_FROM,
    _G_LOWER_WORD_NAMES,
    _G_PERSON_AFTER,
    _G_KIN_AFTER,
    _G_PARTICLES,
    _G_BURMESE,
    _G_KIN_ADDRESS,
    _G_CUED_ORGS,
    _G_CULTURE,
    _G_FUNCTION_WORDS,
    _G_TERMS,
    _G_LANGUAGE_TERMS,
    _G_SERVICES,
    _G_ORGS,
    _G_ORG_SUFFIXES,
    _G_FAITH,
    _G_FOREIGN,
    _G_CREOLE,
    _G_LOWER_PLACES,
    _G_PIDGIN_CUES,
    _G_PIDGIN,
    _G_ARTICLES,
    _G_PREPOSITIONS,
    _G_INSTITUTIONS,
) = (1 << bit for bit in range(41))


def gate_words(lex: Lexicon) -> list[tuple[int, Iterable[str]]]:
    """Each gate's bit and the words that set it."""
    return [
        (_G_PHRASES, lex.phrase_heads),
        (_G_SAYING, SAYING_VERBS),
        (_G_KIND_WORDS, KIND_TRIGGERS),  # elided forms ("l'ASC") are asked about beside it
        (_G_GENITIVE, _GENITIVE_HEADS),
        (_G_PLACE_PREPOSITIONS, PLACE_PREPOSITIONS),
        (_G_STREETS, STREET_WORDS | {"south", "north", "east", "west"}),
        (_G_FOREIGN_STREETS, FOREIGN_STREET_BEFORE | FOREIGN_STREET_AFTER),
        (_G_ORG_HEADS, ORG_HEADS),
        (_G_BODIES, BODY_HEADS),
        (_G_AREAS, _AREA_TRIGGERS),
        (_G_WATCHED, watched_words(lex)),
        (_G_CAPITAL_VENUES, CAPITAL_VENUE_TRIGGERS),
        (_G_VENUES, _VENUE_TRIGGERS),
        (_G_SYLLABLES, _GIVEN_SYLLABLES),
        (_G_THEORISTS, _THEORIST_WORDS),
        (_G_EPONYMS, _EPONYMS),
        (_G_OWNED, OWNED_WORD_NAMES),
        (_G_FROM, FROM_WORDS),
        (_G_LOWER_WORD_NAMES, lex.word_names | GREETINGS | ROLE_WORDS | NAME_SUFFIXES),  # or " ("
        (_G_PERSON_AFTER, _PERSON_AFTER_ADDRESS),
        (_G_KIN_AFTER, _KIN_AFTER),
        (_G_PARTICLES, _FILIPINO | _KOREAN_AFTER),
        (_G_BURMESE, _BURMESE_SYLLABLES),
        (_G_KIN_ADDRESS, _KIN_ADDRESS_WORDS),
        (_G_CUED_ORGS, CUED_ORG_OPENERS),
        (_G_CULTURE, CULTURE_HINTS),
        (_G_FUNCTION_WORDS, tables().langs),
        (_G_TERMS, TERM_HINTS),  # or "(" or ", " in the text
        (_G_LANGUAGE_TERMS, LANGUAGE_TERM_HINTS),
        (_G_SERVICES, SERVICE_WORDS),
        (_G_ORGS, ORGS_TRIGGERS),
        (_G_ORG_SUFFIXES, ORG_SUFFIXES),
        (_G_FAITH, FAITH_NAME_WORDS),
        (_G_FOREIGN, foreign_function_words()),  # two of them: asked behind it
        (_G_CREOLE, CREOLE_ADDRESS | CREOLE_DISTINCT),  # two distinct: asked behind it
        (_G_LOWER_PLACES, LOWER_PLACE_PREPS | {"to"}),
        (_G_PIDGIN_CUES, PIDGIN_CUES),
        (_G_PIDGIN, PIDGIN_MARKERS | {"don"}),
        (_G_ARTICLES, ARTICLE_CUES),
        (_G_PREPOSITIONS, PREPOSITIONS),
        (_G_INSTITUTIONS, INSTITUTION_HEADS),
    ]


_GATE_TABLE: list[tuple[Lexicon, dict[str, int]]] = []  # built on first use, for the lexicon


def _gate_table(lex: Lexicon) -> dict[str, int]:
    if _GATE_TABLE and _GATE_TABLE[0][0] is lex:
        return _GATE_TABLE[0][1]
    table: dict[str, int] = {}
    for bit, words in gate_words(lex):
        for word in words:
            table[word] = table.get(word, 0) | bit
    _GATE_TABLE[:] = [(lex, table)]
    return table


def _word_gates(lows: list[str], lex: Lexicon) -> int:
    """The OR of the gate bits of ``lows`` (lower-case words)."""
    return reduce(or_, map(_gate_table(lex).get, lows, repeat(0)), 0)


_VENUE_TRIGGERS = venue_triggers()
_CITING_HINT = re.compile(r"(?i)\b(?:word|term|phrase|expression|saying|in)\s")
_CITED_BEFORE = re.compile(
    r"(?i)\b(?:the|a|this|that|her|his|their|our)\s+(?:\w+\s+)?"
    r"(?:word|term|phrase|expression|saying)\s+[\"“‘']?$"
)
_SPOKEN_IN_BEFORE = re.compile(
    r"(?i)\b(?:spoke|speaks?|speaking|talked|talks?|talking|wrote|writes?|written|writing|"
    r"answered|answers?|replied|replies|prayed|prays|sang|sings?|singing|swore|swears?|"
    r"counted|counts?|cursed|texted|texts|chatted|chats)\s+"
    r"(?:(?:to\s+)?(?:me|us|them|it|him|her|mostly|only|all|both|back)\s+)?in\s+$"
)
_CITE_REACH = 48
# "told me in Western Armenian that", "used the PHQ-9 in Mongolian;": after "in", an everyday
# word naming a people (the language they speak), alone or after a word of variety, with no
# capitalised word after it, is a language, not a place
_LANGUAGE_ENDINGS = ("ian", "ese", "ish", "ic", "an", "i", "ch", "kh", "ek", "ak", "ew")
_LANGUAGE_VARIETIES = frozenset(
    "western eastern northern southern modern classical standard old colloquial levantine "
    "egyptian gulf brazilian european mainland".split()
)


def _language_after_in(text: str, cand: Candidate, lex: Lexicon) -> bool:
    start, end, _ = cand
    if text[max(0, start - 3) : start].lower() != "in ":
        return False
    words = text[start:end].split(" ")
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in _LANGUAGE_VARIETIES):
        return False
    low = words[-1].lower()
    if low not in lex.ordinary or low in lex.places or not low.endswith(_LANGUAGE_ENDINGS):
        return False
    after = text[end : end + 2]
    return not after or after[0] in ".,;:!?)" or (after[0] == " " and after[1:2].islower())


def _cited_or_spoken(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """ "used the word Sakina", "spoke in Shona", "wrote them in Cantonese": a single word quoted
    as a word, or the language someone speaks in, names nobody."""
    start, end, _ = cand
    if _language_after_in(text, cand, lex):
        return True
    if " " in text[start:end] or text[end : end + 1] in ("'", "’"):
        return False
    before = text[max(0, start - _CITE_REACH) : start]
    if _CITED_BEFORE.search(before):
        return True
    word = text[start:end]
    if word.lower() in lex.places or _classify(word, lex) is Kind.UNKNOWN:
        return False  # "spoke in Kapiti": a word in no list may be a town
    return bool(_SPOKEN_IN_BEFORE.search(before))


_THING_NAMED_HINT = re.compile(
    r"(?i)\b(?:call|calls|called|name|names|named|nicknamed|dubbed)\s+it\b"
)
_THING_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:call|calls|called|name|names|named|nicknamed|dubbed)\s+it\s+[\"“‘']?(?:the\s+)?$"
)


def _may_name_thing(text: str) -> bool:
    """Whether ``_THING_NAMED_HINT`` matches; in ASCII text (where its case-blind matching is
    that of ``lower()``) only once one of its verbs stands in the text."""
    if text.isascii():
        low = text.lower()
        if "call" not in low and "name" not in low and "dubbed" not in low:
            return False
    return _THING_NAMED_HINT.search(text) is not None


def _thing_named(text: str, cand: Candidate) -> bool:
    """'he called it "the Buzz"', "she named it Storm": the name given to a problem or a
    feeling, as externalising does, names nobody ("it" is never a person)."""
    start = cand[0]
    return bool(_THING_NAMED_BEFORE.search(text, max(0, start - _CITE_REACH), start))


_PUBLIC_HINT = re.compile(
    r"(?i)\b(?:fans?|supporters?|supports|songs|lyrics|albums?|novels|movies|poems|poetry|"
    r"concerts?|quoted|quotes|quoting)\b|[\"”]\s+by\s"
)
# what every course code holds ("[A-Z]{3}\d", looked for from the digit: found faster)
_COURSE_HINT = re.compile(r"\d(?<=[A-Z]{3}\d)")
# what every school year code holds ("\b[ACDFHJKPQRTUVXYZ]\d", from the digit as well)
_LEVEL_HINT = re.compile(r"\d(?<=\b[ACDFHJKPQRTUVXYZ]\d)")
_EXAM_HINT = re.compile(r"[A-Z]{3,6}\s+(?:exams?|tests?|results|papers|scores|certificates?)\b")
# the words these two hints need, as substrings (found faster than by the regexes, which try
# every branch at every character)
_EXAM_WORDS = tuple("exam test result paper score certificate".split())
_PUBLIC_STEMS = tuple("fan support song lyric album novel movie poem poet concert quot".split())


def _may_name_exams(text: str) -> bool:
    """False when ``_EXAM_HINT`` cannot match: none of its (lower-case) words is in ``text``."""
    for word in _EXAM_WORDS:  # noqa: SIM110 - a loop costs less than a generator here
        if word in text:
            return True
    return False


_PUBLIC_WORDS = re.compile(_PUBLIC_HINT.pattern.split("|[")[0].replace(r"\b(?:", "(?:", 1))
_QUOTED_BY = re.compile(r"(?i)[\"”]\s+by\s")
_CITING_STEMS = tuple("word term phrase expression saying in".split())
_CITING_WORDS = re.compile(_CITING_HINT.pattern.replace(r"\b(?:", "(?:", 1))


def _may_name_public(text: str) -> bool:
    """Whether ``_PUBLIC_HINT`` matches; in ASCII text (where its case-blind matching is
    that of ``lower()``) its words are looked for only where a stem of theirs stands."""
    if not text.isascii():
        return _PUBLIC_HINT.search(text) is not None
    low = text.lower()
    return _word_from_stem(text, low, _PUBLIC_STEMS, _PUBLIC_WORDS) or (
        '"' in text and "by" in low and _QUOTED_BY.search(text) is not None
    )


def _may_cite(text: str) -> bool:
    """Whether ``_CITING_HINT`` matches (found as ``_may_name_public`` finds its words)."""
    if not text.isascii():
        return _CITING_HINT.search(text) is not None
    return _word_from_stem(text, text.lower(), _CITING_STEMS, _CITING_WORDS)


def _word_from_stem(text: str, low: str, stems: tuple[str, ...], words: re.Pattern[str]) -> bool:
    """Whether ``words`` (a case-blind alternation of words, each opening with one of
    ``stems``) matches in ASCII ``text`` at the start of a word: the ``\\b(?:...)`` hint
    regex, tried only where a stem occurs in ``low`` (``text.lower()``)."""
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            if (at == 0 or not _ascii_word_char(text[at - 1])) and words.match(text, at):
                return True
            at = low.find(stem, at + 1)
    return False


def _ascii_word_char(char: str) -> bool:
    """Whether an ASCII character is one ``\\w`` matches."""
    return char.isalnum() or char == "_"


_EXAM_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _exam_acronym(text: str, cand: Candidate) -> bool:
    """ "his DSE exams", "her WASSCE results": letters naming an exam name nobody."""
    start, end, _ = cand
    return bool(_EXAM_ACRONYM.fullmatch(text, start, end) and _EXAM_HINT.match(text, start))


# not "quoted": people quote their teacher or their gran as often as a public figure
_FAN_BEFORE = re.compile(r"(?i)\b(?:fans?|supporters?)\s+of\s+$")
_SUPPORTS_BEFORE = re.compile(r"(?i)\bsupports?\s+$")
_AUTHOR_BEFORE = re.compile(r"[\"”]\s+by\s+$")
_WORKS_AFTER = re.compile(r"\s+(?:songs|lyrics|albums?|novels|movies|poems|poetry|concerts?)\b")
_TEAM_WORDS = frozenset(
    """
    city united rovers athletic wanderers rangers celtic albion county town fc afc hotspur
    villa palace forest wednesday dynamos pirates chiefs sundowns
    """.split()
)
_PUBLIC_REACH = 24
_FULL_NAME = 2


def _public_figure_or_team(text: str, cand: Candidate) -> bool:
    """ "a fan of Umm Kulthum", "supporter of Al Ahly", "supports Bradford City", "Umm Kulthum
    songs", '"Man's Search for Meaning" by Viktor Frankl': a singer, author or team that
    thousands follow identifies none of them. A single word is left alone: a first name
    may well be the client's ("a fan of Tomasi")."""
    start, end, _ = cand
    words = text[start:end].split()
    before = text[max(0, start - _PUBLIC_REACH) : start]
    if len(words) < _FULL_NAME:
        return False
    if _FAN_BEFORE.search(before):
        return True
    if _SUPPORTS_BEFORE.search(before) and words[-1].lower() in _TEAM_WORDS:
        return True
    return bool(_AUTHOR_BEFORE.search(before) or _WORKS_AFTER.match(text, end))


# Therapists and theorists whose surnames are everyday surnames too ("Miller and Rollnick
# style", "White and Epston's ideas", "Siegel's Window of Tolerance"): kept only beside a word
# naming a model or idea, and never when a verb of a person follows ("Miller said"). The
# surnames that are no one else's (Bowlby, Epston) are in safe_words.txt. First names count
# only with a surname ("Insoo Kim Berg"), since a first name alone may be anyone's.
_THEORIST_SURNAMES = frozenset(
    """
    white miller rogers beck ellis linehan hayes gottman johnson siegel klein bowen haley
    erickson bateson berg adler jung perls bandura erikson seligman herman levine ogden
    schwartz neff gilbert greenberg mcgoldrick perry hughes golding bateman padesky burns
    clark wells ehlers foa shapiro harris dolan iveson ratner furman selekman andersen
    anderson freedman combs denborough wade jenkins prochaska diclemente frankl shazer
    epston rollnick bowlby ainsworth minuchin satir yalom maslow porges karpman winnicott
    """.split()
)
_THEORIST_GIVEN = frozenset(
    """
    steve insoo michael david carl aaron albert marsha john mary donald salvador virginia
    murray milton irvin viktor abraham bessel stephen dan daniel julie sue susan steven paul
    kristin william bill mason peter richard judith harlene harry tom karl yvonne kim evan
    """.split()
)
_THEORIST_PARTICLES = frozenset("de van der von and &".split())
_THEORIST_WORDS = _THEORIST_SURNAMES | _THEORIST_GIVEN
_MODEL_CUES = frozenset(
    """
    style model models approach approaches theory theories framework frameworks method
    methods ideas idea concept concepts stages hierarchy triangle attachment window lens
    tradition school principles techniques technique map work writing writings book books
    """.split()
)
_THEORIST_REACH = 6  # words either side in which the model word must stand
_LONE_THEORIST_REACH = 3
_POSSESSIVE_END = re.compile(r"['’]s?$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _names_a_theorist(text: str, cand: Candidate) -> bool:
    """ "Miller and Rollnick style", "de Shazer and Insoo Kim Berg", "Siegel's Window of
    Tolerance": the founders of a model named beside it are no client."""
    start, end, kind = cand
    if kind != "name":
        return False
    words = [_POSSESSIVE_END.sub("", w).lower() for w in text[start:end].split()]
    names = [w for w in words if w not in _THEORIST_PARTICLES]
    if not names or names[-1] not in _THEORIST_SURNAMES:
        return False
    if any(w not in _THEORIST_WORDS for w in names):
        return False
    after = _WORD_RE.findall(text[end : end + 80])
    if after and after[0].lower() in PERSON_VERBS:
        return False  # "Miller said the model..." is a person
    before = _WORD_RE.findall(text[max(0, start - 60) : start])
    if _paired_theorist(before[-2:], after[:3]):
        return True  # "de Shazer and Berg", "Bowlby and Ainsworth"
    if len(names) == 1:  # a lone surname only right before the model word: "Miller style"
        return any(w.lower() in _MODEL_CUES for w in after[:_LONE_THEORIST_REACH])
    near = before[-_THEORIST_REACH:] + after[:_THEORIST_REACH]
    return any(w.lower() in _MODEL_CUES for w in near)


def _paired_theorist(before: list[str], after: list[str]) -> bool:
    """Joined by "and" to a surname only a theorist carries ("Shazer", "Epston")."""
    lex = lexicon()
    pairs = []
    if len(before) == 2 and before[1].lower() in _THEORIST_PARTICLES:
        pairs.append(before[0])
    if len(after) >= 2 and after[0].lower() in _THEORIST_PARTICLES:
        pairs.extend(after[1:])
    return any(
        _POSSESSIVE_END.sub("", w).lower() in _THEORIST_SURNAMES
        and _POSSESSIVE_END.sub("", w).lower() in lex.always_ordinary
        for w in pairs
    )


# Conditions named after a person: "Graves' disease", "Parkinson's in the family".
_EPONYMS = frozenset(
    """
    parkinson alzheimer huntington crohn hodgkin asperger tourette addison cushing graves
    hashimoto raynaud bell lyme kawasaki meniere ménière sjogren sjögren marfan klinefelter
    rett angelman wilson paget dupuytren perthes munchausen korsakoff wernicke tay batten
    """.split()
)
_STANDALONE_EPONYMS = frozenset(
    "parkinson alzheimer huntington crohn hodgkin asperger tourette".split()
)
_DISEASE_NOUNS = frozenset(
    """
    disease diseases syndrome palsy disorder lymphoma phenomenon cyst contracture dementia
    """.split()
)
_AFTER_CONDITION = frozenset(
    """
    in on and or is was runs run ran since from for dx diagnosis diagnosed symptoms meds
    medication medications nurse clinic clinics support group groups unit ward
    """.split()
)
_EPONYM_AFTER = re.compile(r"(['’]s?)?(?:\s+([\w-]+)|\s*([.,;:)!?]|$))")


def _eponymous_condition(text: str, cand: Candidate) -> bool:
    """ "Graves' disease", "Bell's palsy", "Parkinson's in the family": a condition named
    after its describer names nobody; "Parkinson's mum" is still a person's."""
    start, end, _ = cand
    word = text[start:end]
    if " " in word:
        return False
    low = _POSSESSIVE_END.sub("", word).lower()
    if low not in _EPONYMS:
        return False
    m = _EPONYM_AFTER.match(text, end)
    if not m:
        return False
    nxt = (m.group(2) or "").lower()
    if nxt in _DISEASE_NOUNS:
        return True
    possessive = bool(m.group(1)) or word.endswith(("'s", "’s"))
    return (
        possessive
        and low in _STANDALONE_EPONYMS
        and (nxt in _AFTER_CONDITION or m.group(3) is not None)
    )


def _inside_kept_phrase(toks: list[Token], kept: set[int], cand: Candidate) -> bool:
    """A candidate lying wholly inside the name of a thing kept whole ("Po Po", "Brian
    Lara"), added by a rule that reads lists or repeats: the name of the thing stays."""
    first = bisect_left(toks, cand[0], key=_token_start)
    last = bisect_left(toks, cand[1], key=_token_start)
    return last > first and all(k in kept for k in range(first, last))


def _without_kept_surnames(
    text: str, toks: list[Token], kept: set[int], found: list[Candidate]
) -> list[Candidate]:
    """ "like Brian Lara ... 'Lara calm'": the last word of a thing kept whole, met again
    alone in the same text, is that thing again (a public figure's surname, a show). Not
    after a title ("Prophet Muhammad", "Mother Teresa": the given name may be a client's),
    nor where a person's verb follows ("Lara said")."""
    tails: set[str] = set()
    for k in kept:
        head = k - 1
        while head - 1 in kept:
            head -= 1
        if (
            head < k
            and k + 1 not in kept
            and toks[k].capital
            and toks[head].low not in _TITLED_HEADS
        ):
            tails.add(toks[k].word)
    if not tails:
        return found
    out: list[Candidate] = []
    for cand in found:
        if text[cand[0] : cand[1]] in tails:
            after = _WORD_RE.findall(text[cand[1] : cand[1] + 24])
            if not (after and after[0].lower() in PERSON_VERBS):
                continue
        out.append(cand)
    return out


_TITLED_HEADS = frozenset(
    "prophet lord guru virgin mother father pope king queen princess prince saint st santo "
    "sto sister brother hail mary".split()
)


def _person_beside(text: str, start: int, end: int) -> bool:
    """A verb of a person after a name, an age or "(client)" right after it, or a relation
    word before it: the name is someone's in the session ("Lee Min-ho (client) managed")."""
    if _PERSON_NOTE_AFTER.match(text, end) or _AGE_AFTER.match(text, end):
        return True
    after = _WORD_RE.findall(text[end : end + 24])
    if after and after[0].lower() in PERSON_VERBS:
        return True
    before = _WORD_RE.findall(text[max(0, start - 24) : start])
    if not before:
        return False
    last = before[-1].lower()
    return last in RELATIONS or last in _OWNERS_ALL or last in _MET_BEFORE


# Words before a name that mean someone was met, not mentioned: "met Tom Jones at group".
_MET_BEFORE = frozenset(
    "met meet meets meeting saw seen visited visits phoned texted told asked with w".split()
)


_PERSON_NOTE_AFTER = re.compile(r"(?:['’]s?)?\s*\((?:client|patient|pt|\d)", re.IGNORECASE)


def _named_day(text: str, toks: list[Token], seg: list[int]) -> bool:
    """ "Girmit Day", "Mashujaa Day", "Madaraka Day": a word in no list of names before "Day"
    names a holiday; "Sarah Day" (a surname) and "Sunrise Day Centre" are judged as usual."""
    word, day = toks[seg[0]], toks[seg[1]]
    if day.low != "day" or word.kind is not Kind.UNKNOWN or word.acronym or word.possessive:
        return False
    if text[word.end : day.start] != " ":
        return False
    if _person_beside(text, word.start, day.end):
        return False  # "saw Tumelo Day at the clinic", "Tumelo Day said"
    k = seg[1] + 1
    return not (k < len(toks) and toks[k].capital and text[day.end : toks[k].start] == " ")


_NAMED_DAY_LEN = 2


def _season_of_school(text: str, toks: list[Token], i: int) -> bool:
    """ "Autumn term", "Spring half-term", "Summer holidays": a season naming a part of the
    school year is the season, though Autumn and Summer are also given names."""
    tok = toks[i]
    if tok.low not in _SEASONS or tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return not nxt.capital and nxt.low in _SCHOOL_SEASON_NOUNS and text[tok.end : nxt.start] == " "


_SCHOOL_SEASON_NOUNS = frozenset(
    "term terms half-term semester holidays holiday break hols session intake".split()
)


def _acronym_of_a_scheme(text: str, toks: list[Token], i: int) -> bool:
    """ "the ALN co-ordinator", "the STR payment", "her IDP goals": capitals before a word for
    a plan, payment or paper name a scheme, not a person. Before a word for a visit or a
    referral ("the CAMH assessment") they may be a clinic, so they are judged as usual, and
    after "at", "to" or "from" they may be a place of care or study."""
    tok = toks[i]
    if not _MIN_SCHEME_ACRONYM <= len(tok.word) <= _MAX_ACRONYM or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.capital or text[tok.end : nxt.start] != " " or nxt.low not in _SCHEME_NOUNS:
        return False
    prev = _prev_word(toks, i)
    before = _prev_word(toks, i - 1) if prev in _ARTICLES else prev
    return before not in _SCHEME_PLACE_PREPS


_MIN_SCHEME_ACRONYM = 2
_SCHEME_PLACE_PREPS = frozenset("at to from into near attends attended attending joined".split())
_SCHEME_NOUNS = frozenset(
    """
    payment payments plan plans co-ordinator coordinator funding grant grants form forms
    programme programmes program programs scheme schemes allowance allowances benefit benefits
    goals targets paperwork application applications claim
    claims criteria questionnaire scale checklist modules module certificate
    """.split()
)


def _syllable_names(text: str, toks: list[Token]) -> list[Candidate]:
    """ "then jia hui said", "jun hao n his ah ma": two syllables of Chinese given names
    typed in lower case side by side are a given name (no English phrase is made of them)."""
    out: list[Candidate] = []
    for n in range(len(toks) - 1):
        first, second = toks[n], toks[n + 1]
        if (
            first.low in _GIVEN_SYLLABLES
            and second.low in _GIVEN_SYLLABLES
            and not first.capital
            and not second.capital
            and text[first.end : second.start] == " "
        ):
            out.append((first.start, second.end, "name"))
    return out


# Syllables of Chinese given names as romanised in Singapore, Malaysia and China; those that
# are English words ("long", "boon", "an") are left out.
_GIVEN_SYLLABLES = frozenset(
    "wei jia jun hui xin yi ling mei hao jie xiao zhi wen hong ying jing qing ming xiu yan yong "
    "zhen zi zhong shu jian qian xuan rui kang tian siew chee seng kok khai yee hwee peng".split()
)


def _lowercase_name_list(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "follow ups - grace, kofi, ifunanya": a list of three or more single words typed in
    lower case, each a listed given name or a word in no list and at least two of them
    given names, is a list of people (foods, apps and drugs are everyday or unlisted)."""
    out: list[Candidate] = []
    # the lists are stretches of words joined by list gaps, none in two, and each one kept
    # holds two lower-case given names: with fewer in the whole text there is none
    given = 0
    name = Kind.NAME
    for tok in toks:
        if tok.kind is name and not tok.capital:
            given += 1
            if given >= _MIN_LISTED_GIVEN:
                break
    else:
        return out
    group: list[Token] = []
    last = len(toks) - 1
    for n, tok in enumerate(toks):
        group.append(tok)
        if n == last or text[tok.end : toks[n + 1].start] not in _LIST_GAPS:
            if len(group) >= _MIN_LIST_ITEMS:
                _flush_name_list(group, lex, out)
            group = []
    return out


def _flush_name_list(group: list[Token], lex: Lexicon, out: list[Candidate]) -> None:
    if len(group) < _MIN_LIST_ITEMS:
        return
    given = 0
    for tok in group:
        if tok.capital or len(tok.word) < _MIN_LOWERCASE_NAME:
            return
        if tok.kind is Kind.NAME:
            given += 1
        elif tok.kind is not Kind.UNKNOWN and not (
            tok.kind is Kind.WORD_NAME and tok.low in lex.given_names
        ):
            return
    if given >= _MIN_LISTED_GIVEN:
        out.extend((tok.start, tok.end, "name") for tok in group)


_MIN_LIST_ITEMS = 3
_MIN_LISTED_GIVEN = 2


def _outside_phrases(toks: list[Token], kept: set[int], found: list[Candidate]) -> list[Candidate]:
    """Drop the lower-case candidates lying wholly inside the name of a thing kept whole:
    in chat "hari raya" is typed in lower case as well. One that runs on past such a name
    takes all of it ("santo niño parish" is judged whole, as in capitals)."""
    out: list[Candidate] = []
    for cand in found:
        first = bisect_left(toks, cand[0], key=_token_start)
        last = bisect_left(toks, cand[1], key=_token_start)
        inside = range(first, last)
        if inside and all(k in kept and not toks[k].capital for k in inside):
            continue
        if inside and first in kept and not toks[first].capital:
            while first - 1 in kept and not toks[first - 1].capital:
                first -= 1
            cand = (toks[first].start, cand[1], cand[2])
        out.append(cand)
    return out


def _name_tails(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Names carried on past the word that was found: the surname typed in lower case
    ("ana folau", "rahul mehta") and the particles of a patronymic or surname ("Kavitha a/p
    Subramaniam", "siti nurhaliza binti ahmad"). Each name found is offered again, ending
    where its last part ends (the longer span wins)."""
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind != "name":
            continue
        n = bisect_left(toks, end, key=_token_start)
        if n >= len(toks):
            continue
        tail = _tail_end(text, toks, n, end, lower=text[start:end].islower())
        tail = _honorific_end(text, toks, tail)
        tail = _third_syllable_end(text, toks, start, tail)
        head = _patronymic_head(text, toks, start)
        if head == start and text[start:end].islower():
            head = _month_head(text, toks, start)
        if tail > end or head < start:
            out.append((head, tail, "name"))
    return out


def _third_syllable_end(text: str, toks: list[Token], start: int, end: int) -> int:
    """ "Chan Tai Man", "Wong Ka Wing": a Cantonese name of a surname and two syllables,
    the last of them an English word, ends after that word. Only after two short
    capitalised words found as a name, and only syllables that given names use."""
    n = bisect_left(toks, end, key=_token_start)
    if n < 2 or n >= len(toks) or toks[n - 2].start != start or toks[n - 1].end != end:
        return end
    first, second, third = toks[n - 2], toks[n - 1], toks[n]
    if not all(t.capital and len(t.word) <= _SYLLABLE_LEN for t in (first, second)):
        return end
    if text[first.end : second.start] != " " or text[end : third.start] != " ":
        return end
    if not third.capital or third.acronym or third.low not in _THIRD_SYLLABLES:
        return end
    return third.end


_SYLLABLE_LEN = 5
# Syllables of Cantonese given names, as romanised in Hong Kong, that are also English words
_THIRD_SYLLABLES = frozenset("man wing sum tin fun king sing tat hang kin pan yin".split())


def _honorific_end(text: str, toks: list[Token], end: int) -> int:
    """ "anjali didi", "ravi bhaiya", "Sharma ji": a word of respect typed after a name, as
    in South Asian usage, is part of how the person is named."""
    n = bisect_left(toks, end, key=_token_start)
    if n < len(toks) and toks[n].low in _TRAILING_HONORIFICS and text[end : toks[n].start] == " ":
        return toks[n].end
    return end


_TRAILING_HONORIFICS = _HONORIFICS | frozenset(
    "didi bhaiya bhai bhabhi akka dada"
    # Nepali, Punjabi and Tamil words of respect or kinship typed after a name: "Hari dai",
    # "Laxmi aama", "rojina bahini", "Harman veer", "Kajan anna", "Ravi thambi"
    " dai daju aama ama buwa bahini maiju bhauju kaka kaki hajurama hajurbuwa veer veerji"
    " paaji bhaji bhenji anna thambi thangachi machan".split()
)


def _month_head(text: str, toks: list[Token], start: int) -> int:
    """ "saw jun wei", "may ling said": a month's name typed in lower case right before a
    lower-case name is the first part of it, unless it reads as a date ("in may tui")."""
    n = bisect_left(toks, start, key=_token_start)
    if n == 0 or n >= len(toks) or toks[n].start != start:
        return start
    month = toks[n - 1]
    if month.capital or month.low not in _MONTHS_AS_NAMES or text[month.end : start] != " ":
        return start
    if n > 1 and toks[n - 2].low in _DATE_WORDS:
        return start
    return month.start


_DATE_WORDS = frozenset(
    "in on by since until till from of last next this early late mid end before after during "
    "around every".split()
)


def _patronymic_head(text: str, toks: list[Token], start: int) -> int:
    """Where a name that follows "a/l", "s/o" or "binti" begins: the capitalised given name
    before it ("Kavitha a/p [name]")."""
    gap = text[max(0, start - _PATRONYMIC_LEN) : start]
    if gap not in _PATRONYMIC_GAPS:
        return start
    n = bisect_left(toks, start - _PATRONYMIC_LEN, key=_token_start) - 1
    if n < 0 or toks[n].end != start - _PATRONYMIC_LEN or not _tail_word(toks[n]):
        return start
    return toks[n].start


def _tail_end(text: str, toks: list[Token], n: int, end: int, *, lower: bool) -> int:
    """Where a name ending at ``end`` really ends, from token ``n`` (the next) on."""
    parts = 0
    while n < len(toks) and parts < _MAX_TAIL:
        if text[end : end + _PATRONYMIC_LEN] in _PATRONYMIC_GAPS:
            n += 2  # "a/p Subramaniam": "a" and "p" are two tokens
            if n >= len(toks) or toks[n].start != end + _PATRONYMIC_LEN:
                break
            if not _tail_word(toks[n]):
                break
            end, n, parts = toks[n].end, n + 1, parts + 1
            continue
        if text[end : toks[n].start] != " ":
            break
        k = n
        while k < len(toks) and k - n < _MAX_PARTICLES and _particle(text, toks, k):
            k += 1  # "binti", "de la", "van der"
        tok = toks[k] if k < len(toks) else None
        if tok is None or (k == n and not lower) or not _tail_word(tok):
            break
        if lower and tok.kind is Kind.UNKNOWN and clause_word(text, toks, k, _clause_unlisted):
            break  # "elif bugün okula gitti", "lupita dijo que": a clause, not a surname
        if k > n and text[toks[k - 1].end : tok.start] != " ":
            break
        end, n, parts = tok.end, k + 1, parts + 1
        if tok.possessive:
            break
    return end


def _clause_unlisted(tok: Token) -> bool:
    return tok.kind is Kind.UNKNOWN and tok.low not in NAME_CONNECTORS


def _particle(text: str, toks: list[Token], k: int) -> bool:
    tok = toks[k]
    return (
        not tok.capital
        and tok.low in NAME_CONNECTORS
        and k + 1 < len(toks)
        and text[tok.end : toks[k + 1].start] == " "
    )


def _tail_word(tok: Token) -> bool:
    """A word that can be the next part of a name: capitalised, a listed name, or a word
    in no list long enough not to be a chat abbreviation."""
    if tok.capital:
        return not tok.acronym and tok.kind is not Kind.STOP
    if tok.kind is Kind.NAME:
        return len(tok.word) >= _MIN_LOWERCASE_NAME
    return (
        tok.kind is Kind.UNKNOWN
        and len(tok.word) >= _MIN_JOINED_NAME
        and not _jargon_shaped(tok)
        and not _two_everyday_words(tok.low, lexicon())
    )


_MAX_TAIL = 3
# "Ramesh a/l Krishnan", "Priya d/o Kumar": son or daughter of, as Malaysian and
# Singaporean names write it
_PATRONYMIC_GAPS = frozenset(f" {w} " for w in "a/l a/p s/o d/o A/L A/P S/O D/O".split())
_PATRONYMIC_LEN = 5


def _word_acronym_orgs(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Organisations whose acronym spells a word: "volunteers with SWAN", "a course at
    MIND", "the SPARK programme". Typed in capitals among lower-case words, an everyday
    word names a body only where the words around it show one (a body's noun after it, or
    working, volunteering or a course before "at"/"with"); otherwise it is emphasis."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if not tok.acronym or len(tok.word) < _MIN_ORG_ACRONYM or tok.word in KNOWN_ACRONYMS:
            continue
        if tok.kind is Kind.UNKNOWN or tok.kind is Kind.NAME or tok.low in _EMPHASIS_WORDS:
            continue
        if tok.low in _LOWER_ORG_NOUNS or tok.low in _BODY_NOUNS:
            continue  # "goes to SCHOOL": the kind of place, stressed
        if (i > 0 and toks[i - 1].acronym) or (i < last and toks[i + 1].acronym):
            continue  # words in capitals side by side: a heading or shouting
        if _body_context(toks, i):
            out.append((tok.start, tok.end, "org"))
    return out


def _body_context(toks: list[Token], i: int) -> bool:
    """A body's noun after the word ("the SPARK programme"), or working, volunteering or a
    course before "at"/"with" it ("volunteers with SWAN")."""
    if i + 1 < len(toks) and toks[i + 1].low in _BODY_NOUNS:
        return True
    return (
        i > 1
        and toks[i - 1].low in _JOINING_PREPS
        and toks[i - 2].low in _JOINING_WORDS
        and not toks[i].possessive
    )


def _emphasised_word(text: str, toks: list[Token], seg: list[int]) -> bool:
    """ "I felt so much HOPE", "she wrote FAITH on her wrist": an everyday word in capitals
    among lower-case words is emphasis, unless a body or a person is plainly meant."""
    if len(seg) != 1:
        return False
    i = seg[0]
    tok = toks[i]
    if not tok.acronym or tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY):
        return False
    if tok.word in KNOWN_ACRONYMS or tok.possessive or (i > 0 and toks[i - 1].title):
        return False
    if (i > 0 and toks[i - 1].capital) or (i + 1 < len(toks) and toks[i + 1].capital):
        return False  # beside other capitals: judged as a run
    if i > 0 and (
        toks[i - 1].low in _CONTACT_VERBS
        or (toks[i - 1].low in _CHAT_WITH and i > 1 and toks[i - 2].low in _MEETING_WORDS)
    ):
        return False  # "met with GRACE", "saw JOY": someone is met
    return not _body_context(toks, i) and not _strong_person_cue(text, toks, i)


_MEETING_WORDS = frozenset(
    "met meet meeting session sessions talked spoke spoken chatted sat worked".split()
)


_CAPITALS_WORD = re.compile(r"[A-Z]{4}")
_BODY_NOUNS = frozenset(
    "programme program project counselling counseling charity helpline service services "
    "group team foundation trust centre center clinic network collective".split()
)
_JOINING_PREPS = frozenset("at with for by from through via to".split())
_JOINING_WORDS = frozenset(
    "volunteers volunteer volunteered volunteering works work worked working course courses "
    "job placement referred referral member staff joined support supported counsellor "
    "counselor worker shifts goes attends attended attending group groups".split()
)
_EMPHASIS_WORDS = frozenset(
    "all both each every them they this that these those home here there least last first "
    "once some none nothing everyone everything anyone someone night nights never always "
    "really very still work home class therapy sleep town shops".split()
)


_NICK_OPENERS = frozenset({" (", ' ("', " (“", " ('", " (‘", ' "', " “", "(", '("', "(“"})
_NICK_CLOSERS = frozenset({")", '")', "”)", "')", "’)", '"', "”"})


def _nicknames_beside(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """A single word in brackets or quotes right after a name is what the person is
    called: "Sean (Seanie)", 'Samuel ("Sammo")'. In brackets it must be able to be a
    name; in quotes any capitalised word that is no acronym will do ('"Lolo"')."""
    out: list[Candidate] = []
    for _, end, kind in found:
        if kind != "name":
            continue
        n = bisect_left(toks, end, key=_token_start)
        if n >= len(toks) or toks[n].start - end > _NICK_REACH:
            continue
        tok = toks[n]
        opener = text[end : tok.start]
        closer = text[tok.end : tok.end + 2]
        if opener not in _NICK_OPENERS or not (
            closer[:1] in _NICK_CLOSERS or closer in _NICK_CLOSERS
        ):
            continue
        if ("(" in opener) != (")" in closer) and "(" in opener:
            continue
        quoted = opener.strip(" (") != ""
        if quoted and "(" not in opener and not _SURNAME_AFTER_QUOTE.match(text, tok.end):
            quoted = (
                False  # 'told Tom "No"': a bare quoted word is only a nickname before a surname
            )
        if _could_be_nickname(tok, lex, quoted=quoted):
            out.append((tok.start, tok.end, "name"))
    return out


_NICK_REACH = 3
_SURNAME_AFTER_QUOTE = re.compile(r"[\"”'’] [A-Z]")


def _could_be_nickname(tok: Token, lex: Lexicon, *, quoted: bool) -> bool:
    if len(tok.word) < 2 or tok.word in KNOWN_ACRONYMS:
        return False
    if quoted and tok.capital and not tok.acronym:
        return True  # 'Dolores "Lolo" Castañeda'
    if tok.kind is Kind.STOP:
        return False
    return tok.kind in (Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME) or tok.low in lex.given_names


def _lowercase_titled(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A title typed in lower case before a name, as in chat: "mrs k just rang", "aunty
    sela who drove", "talked to coach riley". The title goes with the name unless a
    possessive stands before it ("her uncle joe": the uncle is a relation, not a title)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    # every rule below starts from a title word: only those are visited
    for i in [n for n, t in enumerate(toks) if t.low in _LOWER_TITLE_WORDS and n < last]:
        tok = toks[i]
        if tok.capital:
            continue
        low = tok.low
        if low in _LOWER_NICK:
            _lowercase_nick_letter(text, toks, i, out)
            continue
        formal = low in _LOWER_FORMAL
        if low in _VERB_LIKE_KIN:
            if _verb_like_kin_title(text, toks, i, lex):
                out.append((tok.start, toks[i + 1].end, "name"))  # "ate joy drove her"
            continue
        if not formal and low not in _LOWER_KIN and low not in _LOWER_ROLES:
            continue
        if low in _CHAT_TITLES and not shared_title_before_name(toks, i, lex):
            continue  # "tanti auguri", "la dona gran", "avó na": words of another language
        nxt = toks[i + 1]
        if nxt.capital or text[tok.end : nxt.start] not in (" ", ". "):
            continue
        owned = i > 0 and (
            toks[i - 1].low in _DETERMINERS
            or toks[i - 1].possessive
            or (low == "miss" and toks[i - 1].low in _MISSERS)  # "i miss sela": a verb
        )
        if not _lowercase_titled_name(nxt, lex, formal=formal, owned=owned):
            continue
        if nxt.kind is Kind.UNKNOWN and low in _LOWER_ROLES:
            continue  # "coach sushi": after an everyday word only a listed name counts
        if nxt.kind is Kind.UNKNOWN and clause_word_after_title(toks, i):
            continue  # "si mama ay masaya": Filipino "ay", a word of the clause, no name
        titled = formal or low in _ADDRESS_TITLES  # part of the name unless owned ("her nan")
        start = tok.start if titled and not owned and len(tok.word) >= _LONG_TITLE else nxt.start
        out.append((start, nxt.end, "name"))
    return out


def _verb_like_kin_title(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "ate joy has been helping", "with ate liza": a word of address that is also an
    English verb ("she ate candy") is a title only where no subject stands before it (at
    the start of a sentence or after "with", "and") and a listed given name follows."""
    nxt = toks[i + 1]
    if text[toks[i].end : nxt.start] != " " or nxt.capital or nxt.possessive:
        return False
    if nxt.kind is not Kind.NAME and not (
        nxt.kind is Kind.WORD_NAME and nxt.low in lex.given_names
    ):
        return False
    if i > 0 and toks[i - 1].low in _TITLE_OPENERS:
        return text[toks[i - 1].end : toks[i].start] == " "
    return _starts_sentence(text, toks, i)


_TITLE_OPENERS = frozenset("with w and si ni kay".split())


def _lowercase_nick_letter(text: str, toks: list[Token], i: int, out: list[Candidate]) -> None:
    """ "lil j said", "big k was there": a nickname built from a letter, typed in chat."""
    nxt = toks[i + 1]
    if i > 0 and toks[i - 1].low in _DETERMINERS:
        return  # "the big o": a thing
    if text[toks[i].end : nxt.start] != " ":
        return
    if (len(nxt.word) == 1 and nxt.word not in "ai") or (
        nxt.kind is Kind.NAME and len(nxt.word) >= _MIN_LOWERCASE_NAME
    ):
        out.append((toks[i].start, nxt.end, "name"))  # "lil j", "big ben": a nickname


_LOWER_NICK = frozenset({"lil", "big", "young", "lil'"})
# Titles as typed in chat. Abbreviations that are also chat words ("fr", "br") are left out.
_LOWER_FORMAL = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "mdm"})
_LOWER_KIN = (
    frozenset(
        "aunty auntie uncle pastor nana nan nanna grandma grandpa granny gran nanny koro whaea "
        "tita tito tia tio lolo kuya nonna nonno abuela abuelo"
        # words of address that are no English word: "manong rudy", "mma thato", "didi meera"
        " manong manang didi bhaiya bhabhi mma rra makcik pakcik encik puan cikgu"
        # as typed in chat in Kenya, Nigeria, India, the Philippines, Malaysia: "mama njeri",
        # "baba tunde", "lola cora", "mak cik rosnah"
        " mama baba lola gogo bibi cik"
        # Yoruba and Pidgin, Amharic, Haitian Creole, Tamil, Punjabi, Khmer and isiZulu chat:
        # "iya bose", "oga femi", "emama tsehay", "manmi lourdes", "periyamma kamala", "bebe
        # jasbir", "ming sophal", "malume thulani", "mam zanele", "bhuti lwazi"
        " iya oga alhaji alhaja mummy emama gashe abba tati manmi matant tonton grann periyamma"
        " periyappa chithi chithappa akka appamma ammamma bebe chacha chachi taya massi bua bhua"
        " ming yeay bong malume mam sisi bhuti mkhulu mamncane babomncane".split()
    )
    | _CHAT_TITLES
)  # the leaks11 homes' chat: "teta drita", "amai rumbi", "papa fiston"
_LOWER_ROLES = frozenset(
    {"coach", "sister", "brother", "father", "nurse", "imam", "ustaz", "sheikh", "mzee", "bro"}
    | {"sis"}
)
_VERB_LIKE_KIN = frozenset({"ate"})
_LOWER_TITLE_WORDS = _LOWER_FORMAL | _LOWER_KIN | _LOWER_ROLES | _LOWER_NICK | _VERB_LIKE_KIN
_LOWER_TITLE_HINT = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_LOWER_TITLE_WORDS))) + r")[ .]+[^\W\d_]"
)
_JOINED_TITLE = re.compile(
    r"[-'’](?:" + "|".join(map(re.escape, sorted(_LOWER_TITLE_WORDS))) + r")[ .]"
)


def _may_hold_lower_title(text: str, toks: list[Token]) -> bool:
    """Whether ``_LOWER_TITLE_HINT`` can match (cheap look-ups before the search): the
    title it matches is a whole word, or the last part of one joined by "-" or "'"."""
    if not _LOWER_TITLE_WORDS.isdisjoint(map(_WORD_OF, toks)):
        return True
    if "-" not in text and "'" not in text and "’" not in text:
        return False
    return _JOINED_TITLE.search(text) is not None


_WORD_OF = attrgetter("word")


_MISSERS = frozenset("i we you they he she really still so dont don't will gonna".split())


def _lowercase_titled_name(nxt: Token, lex: Lexicon, *, formal: bool, owned: bool) -> bool:
    """Whether the lower-case word after a title reads as a name: a listed given name or
    surname, a word in no list, or (after "mrs", "dr") a lone letter such as "mrs k". An
    everyday word ("her aunt said") counts only as a surname after "mrs" or "dr"."""
    if nxt.kind is Kind.STOP:
        return False
    if formal and len(nxt.word) == 1 and not owned:
        return nxt.word not in "ai"
    if nxt.kind in (Kind.NAME, Kind.UNKNOWN):
        return len(nxt.word) >= _MIN_KIN_NAME
    low = nxt.low
    if nxt.kind is Kind.WORD_NAME:
        return not owned and low in lex.given_names
    return formal and not owned and low in lex.surnames and low not in PERSON_VERBS


def _shouted_words(text: str, toks: list[Token]) -> None:
    """ "WHAT GIVES HER HOPE", "GRACE PERIOD": in a heading written in capitals an everyday
    word that is also a name ("HOPE", "GRACE") stands beside other everyday words; it is a
    word there, not an unknown abbreviation."""
    for i, tok in enumerate(toks):
        if (
            tok.acronym
            and tok.kind is Kind.WORD_NAME
            and _shouted_neighbour(text, toks, i)
            and not _name_beside(toks, i)
        ):
            tok.kind = Kind.STOP


def _name_beside(toks: list[Token], i: int) -> bool:
    """ "HOPE MWANGI", "DR HOPE", "MUM AND HOPE": a name, title or relation word near."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(toks):
            other = toks[j]
            if other.kind in (Kind.NAME, Kind.UNKNOWN) or other.title:
                return True
            if other.low in RELATIONS or other.low in _KIN_TITLES:
                return True
    return False


def _shouted_neighbour(text: str, toks: list[Token], i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            other = toks[j]
            left, right = (other, toks[i]) if j < i else (toks[i], other)
            if (
                other.acronym
                and other.kind in (Kind.ORDINARY, Kind.STOP)
                and len(other.word) >= _SHOUTED_MIN
                and text[left.end : right.start] in _SHOUTED_GAPS
            ):
                return True
    return False


_SHOUTED_MIN = 2
_SHOUTED_GAPS = frozenset({" ", " & ", ", ", " - ", " / "})


def _phrase_tokens(text: str, toks: list[Token], lex: Lexicon) -> set[int]:
    """Tokens inside the name of a thing kept whole ("Red Bull", "Hari Raya", "Kia ora",
    "Young Person"): its words may be names or places one by one, but not together."""
    heads = lex.phrase_heads
    kept: set[int] = set()
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.low not in heads or i in kept:
            continue
        if not tok.capital and (tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP):
            continue  # in lower case only a name-like head can open a name read wrongly
        for j in range(min(n, i + _MAX_PHRASE), i + 1, -1):
            if any(not _phrase_gap(text, toks[k], toks[k + 1]) for k in range(i, j - 1)):
                continue
            if not tok.capital and any(t.capital for t in toks[i:j]):
                continue  # typed in lower case, the whole name is ("hari raya")
            phrase = " ".join(t.low for t in toks[i:j])
            if phrase in lex.phrases:
                if not _runs_on(text, toks, j) and not (  # "Santo Niño Parish": judged whole
                    phrase in lex.brand_phrases and _employer_slot(toks, i)
                ):
                    kept.update(range(i, j))
                break
    return kept


_MAX_PHRASE = 5


def _employer_slot(toks: list[Token], i: int) -> bool:
    """ "at Burger King", "works for Red Bull": where a business may be someone's employer."""
    prev = _prev_word(toks, i)
    return prev == "at" or (prev == "for" and i > 1 and toks[i - 2].low in _WORKING)


_WORKING = frozenset({"work", "works", "worked", "working", "job", "shifts", "volunteers"})


def _phrase_gap(text: str, left: Token, right: Token) -> bool:
    """One space between two words of a phrase, after a possessive too ("Grey's Anatomy")."""
    gap = text[left.end : right.start]
    return gap == " " or (left.possessive and gap in ("'s ", "’s "))


def _runs_on(text: str, toks: list[Token], j: int) -> bool:
    """Whether a capitalised word follows token ``j - 1`` in the same run."""
    return j < len(toks) and toks[j].capital and text[toks[j - 1].end : toks[j].start] == " "


def _outside(run: list[int], kept: set[int]) -> list[list[int]]:
    """The stretches of a run left beside the names of things kept whole."""
    pieces: list[list[int]] = [[]]
    for i in run:
        if i in kept:
            if pieces[-1]:
                pieces.append([])
        else:
            pieces[-1].append(i)
    return [p for p in pieces if p]


def _split_at_suffixes(toks: list[Token], run: list[int]) -> list[list[int]]:
    """Cut a run after each street/area/organisation suffix ("Hope Lake | Maria")."""
    suffixes = _ALL_SUFFIXES
    if suffixes.isdisjoint([toks[i].low for i in run]):
        return [list(run)]  # no suffix: nothing to cut (most runs)
    pieces: list[list[int]] = []
    cur: list[int] = []
    for pos, i in enumerate(run):
        cur.append(i)
        nxt_is_suffix = pos + 1 < len(run) and toks[run[pos + 1]].low in suffixes
        suffix = toks[i].capital and toks[i].low in suffixes
        if len(cur) >= 2 and suffix and not nxt_is_suffix:
            pieces.append(cur)
            cur = []
    if cur:
        pieces.append(cur)
    return pieces


def _judge_run(
    text: str, toks: list[Token], run: list[int], lex: Lexicon, out: list[Candidate]
) -> None:
    """Add the spans one run of capitalised words yields (the caller leaves out a lone
    plainly ordinary word)."""
    if (
        len(run) == 1
        and _plain_opener(toks, run[0], lex)
        and _starts_sentence(text, toks, run[0])
        and not _called_after(text, toks[run[0]])
        and not _HOUSING_AFTER.match(text, toks[run[0]].end)
    ):
        # "The", "Today": the return below for a plain opener, taken before the checks
        # that cannot find anything in it (an estate or flats after it aside)
        return
    if len(run) > 1 and " ".join(toks[i].word for i in run).lower() in lex.regions:
        return  # "New York", "British Columbia": kept like any state
    if _kind_of_service(text, toks, run):
        return  # "Sixth Form College", "the Council": a kind of service, not which one
    if len(run) > 1 and (_duration_run(toks, run) or _numbered_part(toks, run)):
        return
    if consumed(text, toks, run):
        return  # "drinks Milo", "ate Kleftiko": a food or drink
    named_area = _named_area(text, toks, run)
    if named_area:
        out.append(named_area)
        return
    run_start = _starts_sentence(text, toks, run[0]) or _word_name_after_opener(text, toks, run)
    if (
        len(run) == 1
        and run_start
        and _plain_opener(toks, run[0], lex)
        and not _called_after(text, toks[run[0]])
        and not _bracketed_after_person(text, toks, run[0])
    ):
        return
    if run_start and len(run) == 1 and _bracketed_after_person(text, toks, run[0]):
        run_start = False  # "Client (Tomasi)": the bracket opens no sentence
    # a lone word has no suffix, and a run opening a sentence follows no preposition
    shaped = _suffix_span(text, toks, run, lex, run_start) if len(run) > 1 else None
    if not shaped and not run_start:
        shaped = _after_preposition(text, toks, run, lex, run_start)
    if not shaped and not run_start:
        shaped = _programme_named_by_words(text, toks, run)
    if shaped:
        out.append(shaped)
        return
    for seg in _segments(text, toks, run, lex):
        if len(seg) == 1 and (_owned_word(text, toks, seg[0]) or _glued_code(text, toks, seg)):
            continue
        if len(seg) == 1 and _role_after_the(text, toks, seg[0]):
            continue
        if len(seg) == 1 and owned_word(
            text,
            toks,
            seg[0],
            lex,
            unlisted=toks[seg[0]].kind is Kind.UNKNOWN,
            kin_vocab=_KIN_VOCAB,
            kin_word=_kin,
            acts=lambda k: _person_follows(text, toks, k, weak=False),
        ):
            continue  # "her Tete", "her Appa, her Anna and her Thangachi"
        if len(seg) == 1 and listed_kin(
            text, toks, seg[0], lex, kin_vocab=_KIN_VOCAB, kin_word=_kin
        ):
            continue  # "Sekuru, Tete, Babamukuru and Mainini", "Mame and Yaay"
        if len(seg) == 2 and toks[seg[0]].low in _POSSESSIVES and _owned_word(text, toks, seg[1]):
            continue  # "My Lola makes adobo": the owner opens the sentence
        starts = run_start if seg[0] == run[0] else _starts_sentence(text, toks, seg[0])
        if _judge_segment(text, toks, seg, starts, lex):
            start, end = toks[seg[0]].start, toks[seg[-1]].end
            start = _absorb_acronym(text, toks, seg[0], start)
            start = _absorb_long_title(text, toks, seg[0], start)
            kind = _run_kind(text, toks, seg, lex)
            if kind == "name" and start == toks[seg[0]].start:
                start = _absorb_particles(text, toks, seg[0], start)
            out.append((start, end, kind))


def _programme_named_by_words(text: str, toks: list[Token], run: list[int]) -> Candidate | None:
    """ "attends New Beginnings", "came via Stepping Stones", "on the Bright Futures
    apprenticeship": everyday words capitalised together in mid-sentence, entered, joined or
    referred to, or followed by what such a service runs (its group, course, graduation),
    name one charity, programme or club. A lone word stays ordinary ("at the Gym")."""
    if len(run) < 2 or (run[0] > 0 and toks[run[0] - 1].title):
        return None
    words = [toks[i] for i in run]
    if any(t.kind is Kind.STOP or t.acronym or t.title or t.possessive for t in words[:-1]):
        return None
    last = words[-1]
    if last.kind is Kind.STOP or last.acronym:
        return None
    if all(t.low in GENERIC_ORG_WORDS or t.low in _ORG_TYPE_WORDS for t in words):
        return None  # "the Citizens Advice drop-in": a service every town has
    if last.low in _TRADE_NOUNS or last.low.endswith(_DONE_ENDINGS) or len(last.word) < 2:
        return None  # "goes to Family Therapy", "the Anger Management course": what is done
    if not (_entered_before(toks, run[0]) or _activity_after(text, toks, run[-1])):
        return None
    return words[0].start, last.end, "org"


def _entered_before(toks: list[Token], i: int) -> bool:
    """ "attends", "joined", "via", "referred (on) to": words that lead into a service."""
    prev = _prev_word(toks, i)
    if prev in _ENTRY_WORDS:
        return True
    if prev == "with" and i >= 2:
        return toks[i - 2].low in _WITH_SERVICE_WORDS  # "a job with", "been with"
    if prev != "to" or i < 2:
        return False
    before = toks[i - 2].low
    if before == "on" and i >= 3:
        before = toks[i - 3].low
    return before in _REFERRAL_WORDS or before in _GOING_WORDS


def _activity_after(text: str, toks: list[Token], last: int) -> bool:
    """A lower-case noun for what a service runs follows the run, maybe after whose it is
    ("New Beginnings women's group")."""
    j = last + 1
    if j >= len(toks) or text[toks[last].end : toks[j].start] != " ":
        return False
    nxt = toks[j]
    if nxt.capital:
        return False
    if nxt.possessive and nxt.low in _GROUP_OWNERS and j + 1 < len(toks):
        nxt = toks[j + 1]
        if nxt.capital:
            return False
    return nxt.low in _ACTIVITY_NOUNS


_ENTRY_WORDS = frozenset(
    "attends attend attended attending joined joins rejoined via through enrolled volunteers "
    "phoned rang rung emailed contacted "
    "volunteered volunteering".split()
)
_REFERRAL_WORDS = frozenset("referred refer referral referrals signposted".split())
_GOING_WORDS = frozenset("go goes going went gone".split())
_WITH_SERVICE_WORDS = frozenset(
    "job been placement apprenticeship internship volunteering volunteer volunteers".split()
)
_TRADE_NOUNS = frozenset(
    """
    therapy therapies counselling counseling interviewing training supervision coaching
    approach model practice class classes lessons meeting meetings session sessions
    interviews evening evenings night nights anonymous parenting mentoring befriending
    healing listening learning reading
    """.split()
)
# Endings of nouns for what is done ("Anger Management", "Early Intervention"); a business
# may end in a gerund ("Green Earth Landscaping"), so "-ing" is not among them.
_DONE_ENDINGS = tuple(e for e in _NOUN_ENDINGS if e != "ing")
_ACTIVITY_NOUNS = frozenset(
    """
    group groups programme programmes program programs apprenticeship apprenticeships
    graduation course courses scheme drop-in helpline workers volunteers staff team
    """.split()
)


def _bracketed_after_person(text: str, toks: list[Token], i: int) -> bool:
    """ "Client (Tomasi) said", "her son (Keoni)": a lone unlisted or name-like word in
    brackets right after a word for a person glosses who that person is."""
    tok = toks[i]
    if i == 0 or tok.kind in (Kind.STOP, Kind.ORDINARY) or tok.possessive:
        return False
    prev = toks[i - 1]
    person = prev.low in RELATIONS or prev.low in _BRACKETED_PERSONS
    return person and text[prev.end : tok.start] == " (" and text[tok.end : tok.end + 1] == ")"


_BRACKETED_PERSONS = frozenset(
    "client clients patient student pupil child kid boy girl man woman teen teenager youth "
    "baby toddler person".split()
)


def _role_after_the(text: str, toks: list[Token], i: int) -> bool:
    """ "The Bishop visited", "the Judge said": a role word that is also a surname names the
    office after "the" when no name follows it."""
    tok = toks[i]
    if i == 0 or tok.low not in _ROLE_TITLES or tok.possessive:
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.capital and text[tok.end : nxt.start] == " ":
        return False  # "the Bishop Tutu": a name follows
    if text[prev.end : tok.start] != " ":
        return False
    if prev.low == "the":
        return True
    # "the Homeroom Teacher said", "her Class Teacher", "the School Nurse": a capitalised
    # everyday word saying which kind of teacher or nurse, after a determiner
    return (
        i > 1
        and prev.capital
        and prev.kind is Kind.ORDINARY
        and not prev.possessive
        and toks[i - 2].low in _ROLE_DETERMINERS
        and text[toks[i - 2].end : prev.start] == " "
    )


_ROLE_DETERMINERS = frozenset("the a an her his their our my your".split())


def _duration_run(toks: list[Token], run: list[int]) -> bool:
    """ "Review in Two Weeks", "Back in Three Months": a counted span of time in a heading's
    capitals is never a place or a name."""
    words = [toks[i].low for i in run]
    return (
        len(words) in (2, 3)
        and words[0] in _COUNT_WORDS
        and words[-1] in _TIME_UNITS
        and all(w in _COUNT_WORDS for w in words[:-1])
    )


def _numbered_part(toks: list[Token], run: list[int]) -> bool:
    """ "Notes from Term Two", "back in Week Three": a part of a course or of the year counted
    by a number word, alone in its run, is never a place or a name."""
    words = [toks[i].low for i in run]
    return len(words) == 2 and words[0] in _PART_NOUNS and words[1] in _ORDER_WORDS


_PART_NOUNS = frozenset(
    "term week session year grade level module phase part chapter step stage round "
    "semester form class book lesson".split()
)
_ORDER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve first second third fourth "
    "fifth sixth seventh eighth ninth tenth last final i ii iii iv v vi".split()
)


_COUNT_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "few several couple next last coming many some half".split()
)
_TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks fortnight fortnights month months "
    "year years session sessions term terms".split()
)


def _glued_code(text: str, toks: list[Token], run: list[int]) -> bool:
    """ "HbA1c", "SpO2", "CoQ10": mixed-case letters glued to a digit are a clinical or
    technical code, not a name ("Sarah123", "T12 AB34" are left to the other rules)."""
    if len(run) != 1:
        return False
    tok = toks[run[0]]
    glued = (tok.end < len(text) and text[tok.end].isdigit()) or (
        tok.start > 0 and text[tok.start - 1].isdigit()
    )
    mixed = any(c.isupper() for c in tok.word[1:]) and any(c.islower() for c in tok.word)
    return glued and mixed


def _kind_of_service(text: str, toks: list[Token], run: list[int]) -> bool:
    """ "Social Services", "Recovery College", "the Jobcentre": words that only say what kind
    of organisation it is (every town has one), ending in an organisation noun. After a
    relation word ("her daughter Trust") the word is a person all the same."""
    last = toks[run[-1]]
    if last.low not in ORG_SUFFIXES and last.low not in _INSTITUTION_NOUNS:
        return False
    if last.possessive or last.acronym or (run[0] > 0 and toks[run[0] - 1].title):
        return False
    if _has_relation_cue(text, toks, run[0]):
        return False
    if len(run) > 1 and named_by_dedication_or_the(text, toks, run):
        return False
    if len(run) == 1 and last.kind is not Kind.STOP:
        lex = lexicon()
        if last.low in lex.surnames or last.low in lex.given_names:
            return False  # "Hall said", "Temple rang": alone, a surname is judged as one
    return all(
        not toks[i].title
        and (
            toks[i].low == "the"
            or toks[i].low in GENERIC_ORG_WORDS
            or toks[i].low in ORG_SUFFIXES
            or (toks[i].kind is Kind.STOP and not toks[i].acronym)
        )
        for i in run
    )


_INSTITUTION_NOUNS = frozenset("jobcentre polytech polytechnic uni home hall".split())


def _named_area(text: str, toks: list[Token], run: list[int]) -> Candidate | None:
    """A housing estate or a neighbourhood named by everyday words: "the Meadows estate",
    "Hillcrest flats", "up at the Bay", "respite at the Oaks" (a landscape noun after "the"
    and a place preposition names a place, as "the bay" in lower case would not)."""
    first, last = toks[run[0]], toks[run[-1]]
    if last.possessive or first.title:
        return None
    after = _HOUSING_AFTER.match(text, last.end)
    if after and all(toks[i].kind is not Kind.STOP or toks[i].acronym for i in run):
        return first.start, after.end(), "place"
    if len(run) != 1 or first.low not in _LANDMARK_NOUNS or run[0] < 2:
        return None
    the, prep = toks[run[0] - 1], toks[run[0] - 2]
    if the.word != "the" or text[the.end : first.start] != " " or prep.low not in _AREA_PREPS:
        return None
    if _OF_AFTER.match(text, last.end):
        return None  # "the Bay of Plenty": a region
    return first.start, first.end, "place"


_HOUSING_AFTER = re.compile(r" (?:estate|flats)\b")
_OF_AFTER = re.compile(r"\s+(?:of|Area)\b")
_AREA_PREPS = frozenset(
    "at in on to from near up down out round around over past behind by off".split()
)
# Landscape and tree words that estates, neighbourhoods, homes and venues are named by.
_LANDMARK_NOUNS = frozenset(
    """
    oaks pines elms willows meadows cedars laurels maples poplars beeches birches limes firs
    larches hollies briars gables orchards paddocks downs dales glen grange mews heights bay
    cove strand glade dell hollow knoll spit terraces acres pastures woodlands
    """.split()
)


def _lowercase_areas(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Streets, estates and parts of towns typed in lower case: "on elm street", "at 22 rose
    crescent", "on the meadows estate", "in south auckland", "out to mount roskill"."""
    out: list[Candidate] = []
    # every rule below starts from a word of ``_AREA_TRIGGERS``: only those are visited
    for i in [n for n, t in enumerate(toks) if t.low in _AREA_TRIGGERS]:
        tok = toks[i]
        if tok.capital or i == 0:
            continue
        low = tok.low
        if low in _LOWER_STREETS or low == "estate" or low in _LOWER_AREA_ENDS:
            start = _lowercase_street_start(text, toks, i)
            if start is not None:
                out.append((start, tok.end, "place"))
        elif low in _LOWER_NAMED_ORGS or (
            low in _LOWER_VENUE_ENDS and toks[i - 1].low not in _VENUE_KINDS
        ):
            start = _lowercase_named_org_start(text, toks, i)
            if start is not None:
                out.append((start, tok.end, "org"))
        elif low in _AREA_PREFIXES and i + 1 < len(toks) and toks[i - 1].low in _TOWN_PREPS:
            nxt = toks[i + 1]
            if nxt.capital or text[tok.end : nxt.start] != " " or nxt.kind is Kind.STOP:
                continue
            if f"{low} {nxt.low}" in lex.regions or nxt.low in lex.regions:
                continue  # "in south africa", "from west bengal"
            if nxt.low in lex.places or (low in _MOUNTS and nxt.kind is Kind.UNKNOWN):
                out.append((tok.start, nxt.end, "place"))
    return out


def _lowercase_street_start(text: str, toks: list[Token], i: int) -> int | None:
    """Where a lower-case street or estate name before ``toks[i]`` starts: one or two words
    that are no everyday determiner or generic word, after a house number or a preposition
    of place ("on", "off", "at"); an estate may follow "the" ("on the pines estate")."""
    k = i - 1
    words: list[Token] = []
    while (
        k >= 0
        and len(words) < 2
        and toks[k].low not in _STREET_PREPS
        and (_street_word(toks[k]) or (k == i - 1 and _initials_street_word(toks[k])))
    ):
        if text[toks[k].end : toks[k + 1].start] != " ":
            break
        words.insert(0, toks[k])
        k -= 1
    if not words:
        return None
    start = words[0].start
    house = _HOUSE_NUMBER.search(text, max(0, start - 10), start)
    if house:
        return house.start(1)
    if k < 0 or text[toks[k].end : start] != " ":
        return None
    before = toks[k].low
    if toks[i].low == "estate" and before == "the" and k > 0:
        before = toks[k - 1].low
        if not (words[-1].low.endswith("s") or words[-1].kind is not Kind.ORDINARY):
            return None  # "the family estate": whose, not where
    return start if before in _STREET_PREPS else None


def _lowercase_named_org_start(text: str, toks: list[Token], i: int) -> int | None:
    """ "goes to sunrise primary", "at northfield college": one or two words that say which
    school or church, typed in lower case right after "to", "at" or "attends"; a word that
    says what kind ("community college", "morning assembly") or whose ("her college") is
    no name."""
    k = i - 1
    while k >= 0 and i - k <= 2 and _street_word(toks[k]) and toks[k].low not in _ORG_KINDS:
        if text[toks[k].end : toks[k + 1].start] != " " or toks[k].low in _ORG_ENTRY_PREPS:
            break
        k -= 1
    if k == i - 1 or k < 0 or toks[k].low not in _ORG_ENTRY_PREPS:
        return None
    if text[toks[k].end : toks[k + 1].start] != " ":
        return None
    return toks[k + 1].start


def _initials_street_word(tok: Token) -> bool:
    """ "along mg road", "off jm road": a street named by a person's initials, typed in lower
    case (two letters in no list, right before the street word)."""
    return not tok.capital and len(tok.word) == _INITIALS_LEN and tok.kind is Kind.UNKNOWN


def _street_word(tok: Token) -> bool:
    if tok.capital or tok.kind is Kind.STOP or len(tok.word) < _MIN_LOWERCASE_NAME:
        return False
    low = tok.low
    return low not in _NOT_STREET_NAMES and low not in GENERIC_ORG_WORDS


_LOWER_NAMED_ORGS = frozenset(
    "primary academy assembly tabernacle kindergarten college preschool ministries fellowship "
    "chapel".split()
)
_ORG_ENTRY_PREPS = frozenset("at to from attends attending attended joined".split())
# Words that say what kind of school or gathering it is, not which one.
_ORG_KINDS = frozenset(
    """
    local good nearby big small different catholic christian muslim driving law grad graduate
    nursing beauty summer winter police army naval military flight film drama swim ballet
    cooking language english bible theological technical tech vocational business teachers
    teacher training morning weekly daily school class prayer art sports football
    """.split()
)
_LOWER_STREETS = frozenset("street road avenue crescent lane drive terrace grove".split())
_STREET_PREPS = frozenset("on onto off along at near from in into to down up past behind".split())
_NOT_STREET_NAMES = frozenset(
    """
    the this that these those same next other main high back side dirt ring slip fast slow
    memory easy private country toll busy quiet wrong right long open one every our his her
    their my your its whole last first long empty dark wet muddy narrow wide new old real
    test dead long short winding dusty steep bumpy gravel sealed
    """.split()
)
_AREA_PREFIXES = frozenset(
    "north south east west central upper lower greater mount mt port fort".split()
)
_MOUNTS = frozenset({"mount", "mt", "port", "fort"})
# Centres and churches typed in lower case are named like schools ("to rainbow centre"),
# unless the word before says what kind or which part of town ("to city centre").
_LOWER_VENUE_ENDS = frozenset("centre center church".split())
_VENUE_KINDS = frozenset(
    """
    city town shopping garden visitor medical leisure civic call data drop-in baptist
    methodist anglican presbyterian pentecostal lutheran orthodox evangelical adventist
    uniting reformed parish village catholic episcopal mormon coptic
    """.split()
)
# Last words of suburbs named by everyday words ("in mill creek", "from pine ridge"), read
# as a place after a preposition of place as a lower-case street is.
_LOWER_AREA_ENDS = frozenset("creek heights springs ridge vale".split())
_AREA_TRIGGERS = (
    _LOWER_STREETS
    | _LOWER_NAMED_ORGS
    | _AREA_PREFIXES
    | _LOWER_AREA_ENDS
    | _LOWER_VENUE_ENDS
    | {"estate"}
)


def _word_name_after_opener(text: str, toks: list[Token], run: list[int]) -> bool:
    """ "ok Rain again today", "lol Sunny literally said": a lone word-name right after a
    chat opener that starts the message is judged as if it opened the sentence."""
    i = run[0]
    return len(run) == 1 and toks[i].kind is Kind.WORD_NAME and _opens_chat(text, toks, i)


def _owned_word(text: str, toks: list[Token], i: int) -> bool:
    """ "her Lola", "his lola", "the kai", "Bibi's chai": a kinship or everyday word of
    another language that is also a given name reads as the word right after an owner."""
    tok = toks[i]
    if tok.low not in OWNED_WORD_NAMES or tok.possessive:
        return False
    prev = toks[i - 1] if i > 0 else None
    if i > 1 and toks[i - 2].low in _CALLING:
        return False  # "call her Gigi": what she is called, not her grandmother
    if prev is not None and prev.low in _POSSESSIVES and text[prev.end : tok.start] == " ":
        return True
    if prev is not None and prev.possessive and text[prev.end : tok.start] in _OWNER_GAPS:
        return True  # "Bibi's chai", "Mum's kai"
    return _paired_with_kin(text, toks, i) or _kin_glossed(text, toks, i)


def _kin_glossed(text: str, toks: list[Token], i: int) -> bool:
    """ "Lola (grandmother)", "Ama (her gran)", "calls his grandmother Lola": a kinship word
    that is also a given name, glossed or introduced by an English kinship noun, is the word."""
    tok = toks[i]
    if i + 1 < len(toks) and text[tok.end : toks[i + 1].start] == " (":
        nxt = toks[i + 1]
        if nxt.low in _OWNERS_ALL and i + 2 < len(toks):
            nxt = toks[i + 2]
        return nxt.low in KIN_NOUNS
    if _defined_as_kin(text, toks, i):
        return True
    return (
        i >= 3
        and toks[i - 1].low in KIN_NOUNS
        and toks[i - 2].low in _OWNERS_ALL
        and text[toks[i - 3].start : tok.start].count(" ") == 3
        and (
            toks[i - 3].low in _CALL
            or (
                toks[i - 3].low == "and"
                and any(t.low in _CALL for t in toks[max(0, i - 9) : i - 3])
            )
        )
    )


def _defined_as_kin(text: str, toks: list[Token], i: int) -> bool:
    """ "(Ama is her grandmother)", "Lola was his gran": defined by an English kinship noun."""
    if i + 3 >= len(toks) or toks[i + 1].low not in _COPULAS:
        return False
    owner, noun = toks[i + 2], toks[i + 3]
    return (
        owner.low in _OWNERS_ALL
        and noun.low in KIN_NOUNS
        and text[toks[i].end : noun.start].count(" ") == 3
    )


def _without_glossed_kin(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Once a text glosses a kinship word that is also a name ("Lola (grandmother)"), its
    other mentions ("talkative with Lola") are that relative too, not a person named so."""
    glossed = {
        t.word
        for i, t in enumerate(toks)
        if t.low in OWNED_WORD_NAMES and _kin_glossed(text, toks, i)
    }
    if not glossed:
        return found
    return [c for c in found if c[2] != "name" or text[c[0] : c[1]] not in glossed]


# English kinship nouns that gloss or introduce a kinship word of another language.
KIN_NOUNS = frozenset(
    "grandmother grandfather grandma grandpa gran granny grandad granddad nan nana mother "
    "father mum mom dad mama papa aunt aunty auntie uncle sister brother cousin "
    "great-grandmother great-grandfather grandparent godmother godfather stepmother "
    "stepfather".split()
)


_OWNER_GAPS = frozenset({"'s ", "’s "})


def _paired_with_kin(text: str, toks: list[Token], i: int) -> bool:
    """ "lola and lolo", "Lolo and Lola": joined by "and" to a kinship word."""
    tok = toks[i]
    if i + 2 < len(toks) and text[tok.end : toks[i + 2].start] in _KIN_JOINS:
        return _kin_word(toks[i + 2])
    if i >= 2 and text[toks[i - 2].end : tok.start] in _KIN_JOINS:
        return _kin_word(toks[i - 2])
    return False


# "and" as families write it in several languages: "Mamie et Papi", "Oma und Opa",
# "Lola at Lolo", "Nonna e Nonno", "Bibi na Babu", "Abuela y Abuelo", "Oma en Opa".
_KIN_JOINS = frozenset(f" {w} " for w in "and et und at e y na en &".split())


def _kin(tok: Token) -> bool:
    """A kinship word of any language ("Amma", "mum", "Lolo")."""
    return _kin_word(tok) or tok.low in KIN_NOUNS or tok.low in _KIN_ADDRESS_WORDS


def _kin_word(tok: Token) -> bool:
    """A kinship word of another language ("Lolo", "Ouma"): "Mum and Lola" may be two
    people, "Lolo and Lola" are grandparents."""
    kin = tok.low in _KIN_TITLES or tok.low in _PAIRED_KIN
    return tok.kind is Kind.STOP and kin and tok.low not in _ENGLISH_KIN


# Grandparents' and parents' words of other languages seldom written before a name, which
# still make a word joined to them a relative: "Mamie et Papi", "Yiayia and Pappou".
_PAIRED_KIN = frozenset(
    "papi papy pépé mémé papou pappou pappous yiayia babu nonno zio zia opi omi abuelito "
    "abuelita dedushka babushka dziadek babcia vovô vovó avô avó halmeoni halmoni harabeoji "
    "yeye nainai laoye laolao waipo waigong ojiichan obaachan mamgu tadcu nain taid ouma oupa "
    "umkhulu ugogo makhulu mkhulu nne nna babu dada dadu thatha paati ammamma appa amma".split()
)


_ENGLISH_KIN = frozenset(
    "papa mama nana nan aunty auntie uncle coach fr father sister brother pastor grandma "
    "grandpa gran granny grandad pop aunt nanna".split()
)
# kinship words of any language, whether or not they are also names or towns
_KIN_VOCAB = (_KIN_ADDRESS_WORDS - KIN_PARTICLES) | _KIN_TITLES | _PAIRED_KIN | OWNED_WORD_NAMES


def _day_speaking(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Sunday agreed, laughing": a weekday that is also a given name (Sunday is common
    in West Africa) is a person when a speech verb follows it; a day never speaks."""
    tok = toks[i]
    if tok.low not in _WEEKDAYS or i + 1 >= len(toks) or tok.low not in lex.given_names:
        return False
    if i > 0 and toks[i - 1].low in _DAY_PREPS:
        return False  # "on Sunday said goodbye": still the day
    nxt = toks[i + 1]
    past = nxt.low.endswith("ed") or nxt.low in _SPOKE  # "the Sunday calls": a noun
    return past and nxt.low in SPEECH_VERBS and text[tok.end : nxt.start] == " "


_SPOKE = frozenset({"said", "told", "rang"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_PREPS = frozenset(
    "on by until till from every last next this since each the a her his their our my".split()
)


def _brand_as_nickname(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "his mates call him Netflix", "calls herself Bluey": a show or brand someone is
    called by is their nickname (kinship words stay: "call him Grandpa")."""
    tok = toks[i]
    if i < 2 or not tok.capital or tok.low not in lex.brands:
        return False
    return _has_relation_cue(text, toks, i) and toks[i - 1].low not in RELATIONS


NUMBER_MARKS = frozenset("no nos nr nro num".split())
_AFTER_NUMBER_MARK = re.compile(r"\.?[ \t]*\d")


def _number_mark(text: str, tok: Token) -> bool:
    """ "No. 5", "Nr 12": the word is the mark of the number after it."""
    return tok.low in NUMBER_MARKS and _AFTER_NUMBER_MARK.match(text, tok.end) is not None


def _plainly_ordinary(tok: Token) -> bool:
    """A lone weekday, app, kinship or clinical word (not a month that is also a name):
    no rule below can read it as an identifier, so the run is not judged further."""
    return (
        tok.kind is Kind.STOP
        and not tok.acronym
        and not tok.initial
        and len(tok.word) > 1
        and tok.low not in _MONTHS_AS_NAMES
    )


def _plain_opener(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A lone everyday word opening a sentence that is no name ("The", "Today")."""
    tok = toks[i]
    return (
        tok.kind is Kind.ORDINARY
        and not tok.acronym
        and not tok.initial
        and not tok.possessive
        and len(tok.word) > 1
        and tok.low not in lex.given_names
        and tok.low not in lex.word_names
        and tok.low not in lex.surnames
        and not (i > 0 and (toks[i - 1].title or toks[i - 1].initial))
    )


def _plain_capital(word: str) -> bool:
    """A capitalised word that no rule takes for a name: a weekday, a faith word, an
    everyday word ("Saturday", "Buddhist", "Mid-Autumn")."""
    return _classify(word, lexicon()) in (Kind.STOP, Kind.ORDINARY)


def is_title(word: str) -> bool:
    """ "Dr", "Mrs", "Aunty": a word that is read as part of the name after it."""
    low = word.lower()
    return low in TITLES or low in _TITLE_WORDS


def inert_capital(word: str, *, before_others: bool) -> bool:
    """A capitalised word that no rule reads as an identifier on its own (a weekday, app,
    clinical or kinship word) and, with ``before_others``, that cues nothing about the word
    after it (no title or kinship word): a placeholder beside it changes nothing."""
    kind, _, acronym, low = _word_info(word, lexicon())
    if kind is not Kind.STOP or acronym or len(word) < 2 or low in _MONTHS_AS_NAMES:
        return False
    return not (before_others and (low in TITLES or low in _TITLE_WORDS or low in RELATIONS))


def tokens(text: str, lex: Lexicon) -> list[Token]:
    """The words of ``text`` as the detector sees them."""
    return _tokens(text, lex)


def starts_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` opens a sentence (or a line, a quote, an answer after a colon)."""
    return _starts_sentence(text, toks, i)


def _repeats(toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Other capitalised mentions of a word already judged to be a name."""
    if not any(kind == "name" for _, _, kind in found):
        return []  # no name to repeat
    spans = sorted((s, e, k) for s, e, k in found)
    starts = [s for s, _, _ in spans]

    def cover(tok: Token) -> tuple[int, int, str] | None:
        i = bisect_right(starts, tok.start) - 1
        return spans[i] if i >= 0 and spans[i][1] > tok.start else None

    named: set[str] = set()
    for tok in toks:
        if tok.capital and not tok.acronym and len(tok.word) > 1 and tok.kind is not Kind.STOP:
            hit = cover(tok)
            if hit and hit[2] == "name" and tok.end <= hit[1]:
                named.add(tok.word)
    if not named:
        return []
    return [(t.start, t.end, "name") for t in toks if t.word in named and cover(t) is None]


_LIST_GAPS = frozenset({", ", " and ", ", and ", " & ", " or "})


def _lowercase_repeats(toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """ "jojo and tunde both came, tunde brought snacks": a name typed in lower case, found
    once by its context, is the same person where it stands again without one. Only a
    word that is no everyday word (a listed given name, or in no list) is repeated."""
    words = {
        tok.low
        for tok in toks
        if not tok.capital
        and (tok.kind is Kind.NAME or tok.kind is Kind.UNKNOWN)
        and len(tok.word) >= _MIN_LOWERCASE_NAME
        and (tok.start, tok.end, "name") in found
    }
    if not words:
        return []
    covered = sorted((s, e) for s, e, _ in found)
    starts = [s for s, _ in covered]
    out: list[Candidate] = []
    for tok in toks:
        if tok.capital or tok.low not in words:
            continue
        k = bisect_right(starts, tok.start) - 1
        if k < 0 or covered[k][1] <= tok.start:
            out.append((tok.start, tok.end, "name"))
    return out


def _listed_with_names(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Capitalised words listed beside a name that could be names too: in "Summer, Rain
    and their mum" or "Attendees: Gay, Hazel, Dawn" the list is one of people."""
    todo = [(s, e) for s, e, k in found if k == "name"]
    if not todo:
        return []
    spans = sorted((s, e) for s, e, _ in found)
    starts = [s for s, _ in spans]
    added: list[Candidate] = []
    seen: set[int] = set()
    while todo:
        start, end = todo.pop()
        # a listed word is one or two tokens away (", " or " and "): look only there
        before = bisect_left(toks, start, key=_token_start)
        after = bisect_left(toks, end, key=_token_start)
        for n in (before - 1, before - 2, after, after + 1):
            if n < 0 or n >= len(toks) or n in seen:
                continue
            tok = toks[n]
            between = text[tok.end : start] if tok.end <= start else text[end : tok.start]
            if between not in _LIST_GAPS:
                continue
            if not _could_be_listed_name(tok, lex) and not (
                text[start].islower() and _could_be_listed_lowercase(tok, lex)
            ):
                continue
            k = bisect_right(starts, tok.start) - 1
            if k >= 0 and spans[k][1] > tok.start:
                continue  # already part of a span
            seen.add(n)
            added.append((tok.start, tok.end, "name"))
            todo.append((tok.start, tok.end))
    return added


def _line_labels_beside_names(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Lines that each open with a one-word label ("- Reed: finished his essay", "- Summer:
    back at netball"): when one label is judged a name, the list is one of people, and the
    other labels that could be names are names too ("Sleep: better" stays)."""
    labels = [(m.start(1), m.end(1)) for m in _LINE_LABEL.finditer(text)]
    if len(labels) < _MIN_LABEL_LINES:
        return []
    spans = sorted((s, e, k) for s, e, k in found)
    starts = [s for s, _, _ in spans]

    def cover(start: int) -> tuple[int, int, str] | None:
        k = bisect_right(starts, start) - 1
        return spans[k] if k >= 0 and spans[k][1] > start else None

    if not any((hit := cover(s)) and hit[2] == "name" and hit[1] <= e for s, e in labels):
        return []
    added: list[Candidate] = []
    for start, end in labels:
        n = bisect_left(toks, start, key=_token_start)
        if n >= len(toks) or toks[n].start != start or toks[n].end != end or cover(start):
            continue
        if _could_be_listed_name(toks[n], lex):
            added.append((start, end, "name"))
    return added


_LINE_LABEL = re.compile(r"^[ \t]*(?:[-*•–][ \t]*)?([^\W\d_]+)[ \t]*:", re.MULTILINE)
_MIN_LABEL_LINES = 2


_token_start: Callable[[Token], int] = attrgetter("start")  # a bisect key (C, no Python frame)


def _could_be_listed_name(tok: Token, lex: Lexicon) -> bool:
    if not tok.capital or tok.acronym or len(tok.word) < 2 or tok.kind is Kind.STOP:
        return False
    return tok.kind is not Kind.ORDINARY or tok.low in lex.given_names or tok.low in lex.word_names


def _could_be_listed_lowercase(tok: Token, lex: Lexicon) -> bool:
    """In chat a name typed in lower case lists others typed the same way: "jayden and
    tahlia came", "group was priya, hafiz and kenneth". Beside such a name, a lower-case
    word in no list, or a listed given name that is no everyday word, is a name too."""
    if tok.capital or len(tok.word) < _MIN_LOWERCASE_NAME or tok.kind is Kind.STOP:
        return False
    return tok.kind is Kind.UNKNOWN or tok.kind is Kind.NAME


def _absorb_long_title(text: str, toks: list[Token], i: int, start: int) -> int:
    """Take in "Mrs." or "Miss" before a name, and a capitalised kinship or role word used
    as a title ("Aunty Losana", "Coach Halloran"): "Mrs. O" reads as one person, and the
    title is part of how the person is named (a lower-case "her aunt Mere" stays)."""
    if i == 0:
        return start
    prev = toks[i - 1]
    long_title = prev.title and len(prev.word) >= _LONG_TITLE
    if long_title and _joinable(text, prev, toks[i]):
        return prev.start
    if _titled_by_word(text, toks, i):
        return prev.start
    return start


def _absorb_particles(text: str, toks: list[Token], i: int, start: int) -> int:
    """Take in the lower-case particles of a surname written without the given name:
    "van der Merwe said", "met with de la Cruz", "al Hashimi rang"."""
    k = i
    while k > 0 and toks[k - 1].low in _LEADING_PARTICLES and not toks[k - 1].capital:
        if text[toks[k - 1].end : toks[k].start] != " ":
            break
        k -= 1
    if k == i or i - k > _MAX_PARTICLES or (k > 0 and toks[k - 1].low in _DETERMINERS):
        return start  # "the van Sarah drove": a van
    return toks[k].start


_LEADING_PARTICLES = frozenset(
    "van von der den de del della la da dos das du ter ten bin binti bint ibn al el".split()
)
_MAX_PARTICLES = 2


def _titled_by_word(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised kinship or role word right before a name, as a title: "Nana Pearl",
    also after a possessive ("her Aunty Losana"): capitalised, it is written as part of the
    name, and labellers count it so (a lower-case "her aunt Mere" names the relation and
    stays)."""
    prev, tok = toks[i - 1], toks[i]
    return (
        prev.capital
        and not prev.acronym
        and not prev.possessive
        and prev.low in _ADDRESS_TITLES
        and len(prev.word) >= _LONG_TITLE
        and text[prev.end : tok.start] == " "
    )


_LONG_TITLE = 3


def _absorb_acronym(text: str, toks: list[Token], i: int, start: int) -> int:
    """Take in a short acronym right before a flagged name: "UW Bothell"."""
    if i > 0:
        prev = toks[i - 1]
        if (
            prev.acronym
            and len(prev.word) <= 4
            and prev.kind is not Kind.STOP
            and text[prev.end : start] == " "
        ):
            return prev.start
    return start
