"""Organisations named by a short acronym typed in lower case in chat: "joined the xqv choir",
"going to bpu lectures", "youth band at qkts lamoa", "aunty from wkfs otara east".

Letters in capitals that stand for a school, church or university are read by the rules for
acronyms; typed in lower case they look like any unknown word, and a name rule reads them
only beside a capitalised word. Two places say that such letters name one body:

* before a word for what a body holds or does ("choir", "lectures", "students", "clinic",
  "campus"), a word of two to five letters that is in no vocabulary at all (no everyday,
  name, town or function word of any language) and no known acronym ("the cbt clinic",
  "the icu staff", "the gp clinic" stay);
* before a word for whom a body employs, what it issues or where its staff sit ("worker",
  "paper", "shift", "office", "loan"), the same letters only when shaped like an acronym
  ("the qfs worker", "her old wnbr paper"): a word of another language may stand there
  ("cerita abis shift", "maari office");
* after a cue of attendance ("at", "from", "joined", "to" after a verb of going), letters
  shaped like an acronym (one vowel at most: "wkfs", "qkts"; no short form of a word such as
  "wk", "skl", "appt"), with the unknown or town words
  that may follow them ("qkts lamoa", "wkfs otara east") as the branch;
* anywhere, three letters or more with no vowel past the first, before a town typed in lower
  case: the town is the body's branch ("ebkt otara said");
* after a cue of admission, study or coming home ("got into", "enrolled at", "home from"),
  one word of four letters or more in no vocabulary ("got into strathclyde").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables
from ._vocab import KNOWN_ACRONYMS
from ._word_classes import Kind, _classify, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# what a body holds or does, after its letters: "the xqv choir", "bpu lectures"
BODY_NOUNS = frozenset(
    """
    choir choirs lectures lecture lecturer lecturers students student campus clinic clinics
    staff dept department ward chapel canteen library dorm dorms hostel hall grounds
    principal chaplain teachers teacher tutors counsellor counselor nurses
    """.split()
)
# whom a body employs, what it issues, where its staff sit: after letters shaped like an
# acronym only ("the qfs worker", "her wnbr papers", "the whole zbk shift", "the xdfc loan")
STAFF_NOUNS = frozenset(
    """
    worker workers caseworker caseworkers office offices shift shifts paper papers card
    cards letter letters loan loans
    """.split()
)
# cues of attendance or membership before the letters
_CUES = frozenset("at from joined joining joins attends attending attended".split())
_TO_VERBS = frozenset(
    """
    go goes going went gone come comes came coming referred referral refer refers sent
    transferred moved back
    """.split()
)
CUE_WORDS = _CUES | {"to"}
# short forms of everyday words typed in chat, shaped like letters: "at wk", "from skl",
# and of Indonesian and Malay ones ("blm" for "belum", "yg" for "yang")
SHORT_FORMS = frozenset(
    """
    wk wks wrk yr yrs hr hrs mth mths min mins sec secs skl sch schl skool mtg mtgs appt
    appts grp grps hw bldg dept govt mkt pkg ctr cntr hq hosp prac mgmt mgr bsmt sprt rd pl
    hse hme frm wth ths thn bc bcs bcz cos sth smth rn tn ty np nm jk ppl bf gf cz cuz pls
    plz thx tmr tmrw tdy yday nxt lst gd vry abt wrt cld wld shld tht whr whn msg msgs txt
    txts pt pic pics vid vids
    blm yg dgn krn tdk bgt jg sm utk skrg msh sdh bnyk dlm lg bs kpd sll kyk gmn bkn trs ttp
    spt jd sbg hrs kmrn bsk tgl bln thn
    """.split()
)
_DIRECTIONS = frozenset("east west north south central".split())
_VOWELS = frozenset("aeiouy")
_MIN_LETTERS, _MAX_LETTERS = 2, 5
_MAX_BRANCH = 2  # words naming the branch after the letters: "qkts lamoa", "wkfs otara east"
_MIN_AFTER_THE = 4
_MIN_SPELLED = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a cue or a word for what a body holds is among the words."""
    return (
        not CUE_WORDS.isdisjoint(lows)
        or not BODY_NOUNS.isdisjoint(lows)
        or not STAFF_NOUNS.isdisjoint(lows)
    )


def _unlisted_letters(tok: Token, lex: Lexicon) -> bool:
    """Two to five lower-case letters that are in no vocabulary and no known acronym."""
    word = tok.word
    return (
        tok.kind is Kind.UNKNOWN
        and _MIN_LETTERS <= len(word) <= _MAX_LETTERS
        and word.isascii()
        and word.upper() not in KNOWN_ACRONYMS
        and _unlisted_word(tok, lex)
    )


def _listed_plural(word: str, lex: Lexicon) -> bool:
    """A listed word with an "s" ("at nans place", "the drs"): a plural or a possessive typed
    without its apostrophe, no letters."""
    return word.endswith("s") and _classify(word[:-1], lex) is not Kind.UNKNOWN


def _body_noun(text: str, tok: Token, noun: str) -> bool:
    """``noun`` says the letters of ``tok`` before it name a body: a word for what a body
    holds or does, or one for whom it employs or what it issues after three letters or more
    shaped like an acronym that stand alone ("2nd shift" is an ordinal)."""
    if noun in BODY_NOUNS:
        return True
    return (
        noun in STAFF_NOUNS
        and len(tok.word) >= _MIN_SPELLED
        and _acronym_shaped(tok.low)
        and (tok.start == 0 or text[tok.start - 1].isspace())
    )


def _acronym_shaped(word: str) -> bool:
    """At most one vowel: letters to be spelled out ("wkfs"), not a word to be said."""
    return sum(c in _VOWELS for c in word) <= 1


def _spelled_letters(word: str) -> bool:
    """Three letters or more with no vowel past the first ("wkfs", "ebkt"): no word of any
    language is typed so, where a word with one vowel may be ("nga", "ako")."""
    return len(word) >= _MIN_SPELLED and _VOWELS.isdisjoint(word[1:])


def _town_after(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A listed town typed in lower case right after ``toks[i]``: the branch of a body."""
    if i + 1 >= len(toks) or not spaced(text, toks, i + 1):
        return False
    nxt = toks[i + 1]
    return not nxt.capital and nxt.low in lex.places and nxt.kind is not Kind.STOP


def lower_acronym_orgs(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Spans of lower-case acronyms naming a body, as described above."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.capital or not _unlisted_letters(tok, lex):
            continue
        if i < last and spaced(text, toks, i + 1) and _body_noun(text, tok, toks[i + 1].low):
            out.append((tok.start, tok.end, "org"))
        elif i > 0 and _acronym_shaped(tok.low) and _cued(text, toks, i):
            out.append((tok.start, toks[_branch_end(text, toks, i, lex)].end, "org"))
    return out


# cues of a school, university or body one is admitted to, studies at or comes home from:
# the preposition and the words before it that make it one
_ENROLLED: dict[str, frozenset[str]] = {
    "into": frozenset("got get gets getting accepted admitted".split()),
    "at": frozenset("enrolled enrol enrols enroll enrolls studies studying studied".split()),
    "from": frozenset("home graduated graduates graduating expelled suspended".split()),
}
ENROLLED_CUES = frozenset(_ENROLLED)
_MIN_WORD_NAME = 4


def may_hold_enrolled(lows: list[str]) -> bool:
    """Cheap test: a preposition or verb of the cues of admission is among the words."""
    return not ENROLLED_CUES.isdisjoint(lows)


def enrolled_words(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "got into strathclyde", "came home from masterman", "enrolled at ravensbury": after a
    cue of admission, study or coming home, one lower-case word of four letters or more in
    no vocabulary (no everyday, name, town or function word of any language) names the
    school or body. Typed slang and misspellings of the slot ("got into trouble", "home
    from skool") are listed words or short; kinds of school in other languages are listed.
    A bare "attends" is no cue: what one attends is as often a rite or a class."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.capital or tok.kind is not Kind.UNKNOWN or len(tok.word) < _MIN_WORD_NAME:
            continue
        if not _unlisted_word(tok, lex) or not spaced(text, toks, i):
            continue
        prev = toks[i - 1].low
        cued = prev in _ENROLLED and i > 1 and spaced(text, toks, i - 1)
        if cued and toks[i - 2].low in _ENROLLED[prev]:
            out.append((tok.start, tok.end, "org"))
    return out


def _unlisted_word(tok: Token, lex: Lexicon) -> bool:
    word = tok.word
    return (
        word.isalpha()
        and word.islower()
        and not tok.possessive
        and word not in SHORT_FORMS
        and word not in tables().langs
        and word not in lex.places
        and word not in lex.brands
        and word not in lex.id_systems
        and not _listed_plural(word, lex)
    )


# a lower-case word with no vowel past its first letter, then a space and a lower-case word
SPELLED_HINT = re.compile(r"(?<![\w'’-])[a-z][b-df-hj-np-tv-xz]{2,4} [a-z]")


def spelled_branches(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "ebkt otara said": letters with no vowel past the first, in no vocabulary, before a
    town typed in lower case (the town is the body's branch). Call it only when
    ``SPELLED_HINT`` finds something in the text."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if (
            not tok.capital
            and tok.kind is Kind.UNKNOWN  # what ``_unlisted_letters`` asks first: most words stop
            and _spelled_letters(tok.low)
            and _unlisted_letters(tok, lex)
            and _town_after(text, toks, i, lex)
        ):
            out.append((tok.start, toks[_branch_end(text, toks, i, lex)].end, "org"))
    return out


def _cued(text: str, toks: list[Token], i: int) -> bool:
    """A cue of attendance right before ``toks[i]``; "the" between only before four letters
    or more ("at the mtg", "to the grp": three letters after "the" are often a short word)."""
    k = i - 1
    if toks[k].low == "the" and k > 0 and spaced(text, toks, k):
        if len(toks[i].word) < _MIN_AFTER_THE:
            return False
        k -= 1
    if not spaced(text, toks, k + 1):
        return False
    low = toks[k].low
    if low in _CUES:
        return True
    return low == "to" and k > 0 and toks[k - 1].low in _TO_VERBS


def _branch_end(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """The last index of the letters and the town or unknown words naming their branch."""
    end = i
    for k in range(i + 1, min(len(toks), i + 1 + _MAX_BRANCH + 1)):
        tok = toks[k]
        if tok.capital or not spaced(text, toks, k) or not tok.word.isalpha():
            break
        if tok.low in _DIRECTIONS and k > i + 1 and toks[k - 1].low in lex.places:
            return k  # "wkfs otara east"
        if k - i > _MAX_BRANCH:
            break
        if tok.kind is Kind.UNKNOWN or (tok.low in lex.places and tok.kind is not Kind.STOP):
            end = k
            if tok.possessive:
                break
            continue
        break
    return end
