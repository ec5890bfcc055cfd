"""Lower-case titles and kin words before a name (mr, aunty, coach), and shouted words."""

from __future__ import annotations

import re
from operator import attrgetter

from ._function_words import clause_word_after_title
from ._lexicon import Lexicon
from ._lowercase_cues import _DETERMINERS, _MIN_LOWERCASE_NAME
from ._name_cues import _ADDRESS_TITLES, _KIN_TITLES, _MIN_KIN_NAME, _starts_sentence
from ._name_lists import _LONG_TITLE
from ._shared_titles import WORDS as _CHAT_TITLES
from ._shared_titles import shared_title_before_name
from ._vocab import PERSON_VERBS, RELATIONS
from ._word_classes import Candidate, Kind, Token


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
