"""Syllable names, lower-case lists of names, and the words that extend a name's end."""

from __future__ import annotations

from bisect import bisect_left

from ._article_subjects import NAME_ENDING_VERBS
from ._language_context import SAYING_VERBS
from ._lexicon import Lexicon, lexicon
from ._lower_tails import clause_word
from ._lowercase_cues import _MIN_JOINED_NAME, _MIN_LOWERCASE_NAME
from ._name_lists import _MAX_PARTICLES, _token_start
from ._town_cues import _jargon_shaped, _two_everyday_words
from ._vocab import NAME_CONNECTORS
from ._word_classes import _HONORIFICS, _MONTHS_AS_NAMES, Candidate, Kind, Token
from ._word_name_cues import _LIST_GAPS


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
        if not lower and not tok.capital:
            break  # "Pastelitos de guayaba", "Ataya le soir": a capitalised name's words after
            # a particle are capitalised too ("Teresita de los Reyes")
        if lower and tok.kind is Kind.UNKNOWN and clause_word(text, toks, k, _clause_unlisted):
            break  # "elif bugün okula gitti", "lupita dijo que": a clause, not a surname
        if lower and _verb_of_saying(toks, k):
            break  # "ilkka sano et", "josmar qalli li": the name's verb of saying
        if lower and tok.low in NAME_ENDING_VERBS:
            break  # "o rodrigo veio de bike": a Portuguese or Spanish verb of a person
        if k > n and text[toks[k - 1].end : tok.start] != " ":
            break
        end, n, parts = tok.end, k + 1, parts + 1
        if tok.possessive:
            break
    return end


def _verb_of_saying(toks: list[Token], k: int) -> bool:
    """ "ilkka sano et", "josmar qalli li": a verb of saying of another language after a
    lower-case name is its verb, no surname; but before a listed given name ("rumbi vanoti
    tafadzwa haasi") the run is still read whole, as until now, so that the name after it
    goes too."""
    if toks[k].low not in SAYING_VERBS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.kind is not Kind.NAME


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
