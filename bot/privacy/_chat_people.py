"""Names typed in lower case where fast chat puts a person: after a relative's word or a
practitioner's shorthand for someone, after a nickname's "big" or "lil", beside "me n".

Chat between practitioners names people the way it names everything, in lower case and in
a hurry: "cl's baby daddy dquan is fixin to move", "dd ellie-mae now going to school", "his
meemaw lurleen in tupelo", "went w/ big kev to the food bank", "me n ray aint fussin",
"asked kev what was different". The rules for lower-case names read most of these when the
word is a longer listed given name or a known relative's word stands before it; here:

- a practitioner's shorthand for a person (``ABBREVIATIONS``: "yp", young person; "cl",
  client; "dd", "ds", dear daughter, dear son ...) is never itself a pair of initials ("yp
  said" is not "jj said"), and, like a relative's word, is followed by the name of whom it
  stands for: "dd ellie-mae", "ds alfie";
- a relative's word of chat or of a region (``CHAT_KIN``: "nan", "meemaw", "daddy", "sis",
  "hubby" ...) owned by someone ("her", "his", "cl's", "the client's", past one adjective:
  "cl's baby daddy") is followed by the relative's name: a word in no list, not shaped like
  a verb ("-ed", "-ing"), or a listed given name no everyday word;
- "big", "lil", "little", "wee", "young" and "old" before such a word make a nickname when
  a person is plainly meant: after "w", "w/", "with", "+", "&", "and", "n", a verb of
  meeting, or (for "lil", which is only ever a nickname's word before a name) anywhere:
  "went w/ big kev", "lil dre showed up";
- "me n", "me and", "me &" join the writer to a person: "me n dawn did the visit", "me n
  ray aint fussin" (a relative, a pronoun or an everyday word of no given name stays: "me
  n mum", "me and work");
- a word in no list of three letters after a verb of meeting or asking is a name when what
  is asked or said follows it: "asked kev what was different", "told bev about the move"
  (longer words in no list are read there already);
- someone seen or had in with a relative of theirs is a person: "seen grace w her aunt",
  "had sunny w/ her nan" (a given name, or a word in no list);
- a word in no list, four letters or more, that the writer had in or saw, followed by when:
  "i had tayshawn today", "we saw kaydence again";
- a name with its possessive "s" but no apostrophe before where the person is reached:
  "tayls insta is ...", "kenzies number" ("the girls insta", "his friends number" stay).

Words decided safe on purpose, for the learned tagger to leave alone (``_decided``): the
shorthand itself, and a word-name after an adverb of degree ("pretty sunny", "a bit rosy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._decided import record
from ._vocab import PEOPLE_SHORTHAND, RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

ABBREVIATIONS = PEOPLE_SHORTHAND
# shorthands that already say whose the person is ("dear daughter"): no owner needed
_OWNED_ABBREVIATIONS = frozenset("dd ds dh dw".split())
# relatives' words of chat and of regions (British, Irish, Southern US, Australian, New
# Zealand), and the words for a key or support worker
CHAT_KIN = frozenset(
    "nan nana nanna nanny gran grandad granda gramps grampa meemaw memaw mawmaw mamaw pawpaw "
    "papaw mama mam mammy mummy daddy sis bro cuz missus hubby fella aunty stepmum step-mum "
    "step-dad stepdad koro kuia kokum worker keyworker".split()
)
_OWNERS = frozenset("my her his their our your ur".split())
# one word may stand between the owner and the relative: "cl's baby daddy", "her big sis"
KIN_ADJECTIVES = frozenset(
    "baby big little lil older younger new old step foster birth twin key support social "
    "youth".split()
)
_DETERMINERS = frozenset("the a an this that his her my their our your".split())
_NICKNAME_WORDS = frozenset("big lil".split())
_ALWAYS_NICKNAME = frozenset({"lil"})
_WITH = frozenset("w w/ with wit + & and n".split())
_MEETING_VERBS = frozenset(
    "saw seen see met meet had asked ask told tell rang ring called texted messaged visited".split()
)
_ME_AND = frozenset("n and & +".split())
# what is asked or said right after a person: "asked kev what", "told bev about"
_AFTER_ASKED = frozenset("what if whether why about to today yesterday again".split())
_MET = frozenset("had saw seen met meeting seeing".split())
_WITH_ONLY = frozenset("w w/ with wit".split())
_WRITERS = frozenset("i we".split())
# when someone was seen or had in: "i had tayshawn today"
_WHEN = frozenset("today yesterday tonight again earlier in this".split())
_MIN_SEEN = 4
_MIN_AFTER_KIN = 4
_VERB_ENDINGS = ("ed", "ing")
# adverbs of degree: the word-name after them is an adjective ("pretty sunny"); "so" and
# "really" also open a clause before a name ("so hope said")
# where someone is reached: "tayls insta is ...", "kenzies number"
_CONTACTS = frozenset("insta ig snap snapchat tiktok fb facebook number mob cell email".split())
_MIN_OWNER = 4
_DEGREE = frozenset("pretty very quite too kinda fairly super rather bit".split())
_SHORT_NAME = 3
_MIN_NICKNAME = 2

_GATE = ABBREVIATIONS | CHAT_KIN | _NICKNAME_WORDS | {"me"} | _MEETING_VERBS | _DEGREE | _CONTACTS


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word one of the readings below starts from is among the words."""
    return not _GATE.isdisjoint(lows)


def _plain_name(tok: Token, lex: Lexicon, *, unlisted: bool = True) -> bool:
    """A lower-case word that can be a name here: a word in no list (not shaped like a verb),
    or a listed given name that is no everyday word."""
    if tok.capital or len(tok.word) < _SHORT_NAME:
        return False
    if tok.kind is Kind.NAME:
        return True
    return (
        unlisted
        and tok.kind is Kind.UNKNOWN
        and tok.word.replace("-", "").isalpha()
        and not tok.low.endswith(_VERB_ENDINGS)
        and tok.low not in ABBREVIATIONS
        and tok.low not in lex.ordinary
    )


def _spaced(text: str, toks: list[Token], i: int) -> bool:
    """One space between ``toks[i - 1]`` and ``toks[i]``."""
    return text[toks[i - 1].end : toks[i].start] == " "


def _owned(text: str, toks: list[Token], k: int) -> bool:
    """Someone owns the relative at ``toks[k]``: "her nan", "cl's baby daddy"."""
    j = k - 1
    if j >= 1 and toks[j].low in KIN_ADJECTIVES and _spaced(text, toks, k):
        j -= 1
    if j < 0:
        return False
    owner = toks[j]
    return owner.low in _OWNERS or (
        owner.possessive and text[owner.end : owner.end + 3] in ("'s ", "’s ")
    )


def _after_relative(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "cl's baby daddy dquan", "dd ellie-mae", "his meemaw lurleen"."""
    rel = toks[i - 1]
    if rel.capital or rel.possessive or not _spaced(text, toks, i):
        return False
    if rel.low in _OWNED_ABBREVIATIONS:
        return _plain_name(toks[i], lex)
    if rel.low in CHAT_KIN or rel.low in ABBREVIATIONS:
        # a short word in no list there is as often chat's spelling of a small word ("his
        # grandad wud notice")
        tok = toks[i]
        if tok.kind is Kind.UNKNOWN and len(tok.word) < _MIN_AFTER_KIN:
            return False
        return _owned(text, toks, i - 1) and _plain_name(tok, lex)
    return False


def _nickname(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "w/ big kev", "lil dre showed up": ``toks[i]`` is "big", "lil" ... before a name."""
    word, nxt = toks[i], toks[i + 1]
    if word.capital or not _spaced(text, toks, i + 1) or len(nxt.word) < _MIN_NICKNAME:
        return False
    if nxt.capital or (nxt.kind is not Kind.NAME and nxt.kind is not Kind.UNKNOWN):
        return False
    if len(nxt.word) < _SHORT_NAME:
        if not nxt.word.isalpha():
            return False
    elif not _plain_name(nxt, lex):
        return False
    if i > 0 and toks[i - 1].low in _DETERMINERS:
        return False  # "the lil one", "her big brother": an adjective
    if word.low in _ALWAYS_NICKNAME:
        return True
    if i == 0:
        return False
    before = text[toks[i - 1].start : word.start].rstrip().lower()
    prev = toks[i - 1].low
    return prev in _WITH or prev in _MEETING_VERBS or before.endswith(("w/", "+", "&"))


def _joined_to_me(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "me n ray", "me and dawn": a given name or a word in no list joined to the writer."""
    if i < 2 or toks[i - 2].low != "me" or toks[i - 1].low not in _ME_AND:
        return False
    if text[toks[i - 2].end : toks[i].start].strip() not in _ME_AND:
        return False
    tok = toks[i]
    if tok.capital or tok.possessive:
        return False
    if tok.kind is Kind.WORD_NAME:
        return len(tok.word) >= _SHORT_NAME and tok.low in lex.given_names
    return _plain_name(tok, lex)


def _short_asked(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "asked kev what", "told bev about": a three-letter word in no list after a verb of
    meeting or asking, followed by what is asked or said."""
    tok = toks[i]
    if len(tok.word) != _SHORT_NAME or tok.kind is not Kind.UNKNOWN or tok.capital:
        return False
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].low not in _MEETING_VERBS:
        return False
    if not _spaced(text, toks, i) or not tok.word.isalpha() or tok.low in lex.ordinary:
        return False
    return toks[i + 1].low in _AFTER_ASKED and text[tok.end : toks[i + 1].start] in (" ", ", ")


def _met_with_relative(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "seen grace w her aunt": a person met with a relative of theirs."""
    if i + 3 >= len(toks) or toks[i - 1].low not in _MET or toks[i + 1].low not in _WITH_ONLY:
        return False
    tok, owner, relation = toks[i], toks[i + 2], toks[i + 3]
    if not _spaced(text, toks, i) or not _spaced(text, toks, i + 1) or tok.possessive:
        return False
    if owner.low not in _OWNERS or not _spaced(text, toks, i + 3):
        return False
    if relation.low not in RELATIONS and relation.low not in CHAT_KIN:
        return False
    if tok.kind is Kind.WORD_NAME:
        return not tok.capital and tok.low in lex.given_names
    return _plain_name(tok, lex)


def _had_in(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "i had tayshawn today": a word in no list the writer had in or saw, then when."""
    tok = toks[i]
    if tok.kind is not Kind.UNKNOWN or len(tok.word) < _MIN_SEEN or i + 1 >= len(toks):
        return False
    if toks[i - 1].low not in _MET or not (i == 1 or toks[i - 2].low in _WRITERS):
        return False
    return (
        _spaced(text, toks, i)
        and toks[i + 1].low in _WHEN
        and text[tok.end : toks[i + 1].start] == " "
        and _plain_name(tok, lex)
    )


def _contact_owner(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "tayls insta is", "kenzies number": a name with its possessive "s" typed without an
    apostrophe, before where the person is reached."""
    tok = toks[i]
    if i + 1 >= len(toks) or toks[i + 1].low not in _CONTACTS or not _spaced(text, toks, i + 1):
        return False
    if len(tok.word) < _MIN_OWNER or not tok.low.endswith("s") or tok.possessive:
        return False
    if i and toks[i - 1].low in _DETERMINERS:
        return False  # "the girls insta": a plural noun
    stem = tok.low[:-1]
    return _plain_name(tok, lex) and stem not in lex.ordinary and stem not in lex.always_ordinary


# a word one of the five readings below needs right before the name: where none stands, none
# of them holds, and the loop moves on without asking each
_BEFORE_ANY = _OWNED_ABBREVIATIONS | CHAT_KIN | ABBREVIATIONS | _ME_AND | _MEETING_VERBS | _MET


def chat_people(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case names after chat's words for people, nicknames and "me n"."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        low = tok.low
        if low in ABBREVIATIONS and tok.word.islower():
            record(tok.start, tok.end)  # a person's role on purpose ("yp", "cl"), for the tagger
            continue
        if (
            i
            and tok.kind is Kind.WORD_NAME
            and toks[i - 1].low in _DEGREE
            and _spaced(text, toks, i)
        ):
            record(tok.start, tok.end)  # "pretty sunny", "a bit rosy": an adjective
            continue
        if i < last and low in _NICKNAME_WORDS and _nickname(text, toks, i, lex):
            out.append((tok.start, toks[i + 1].end, "name"))
            continue
        if tok.capital:
            continue
        if i < last and toks[i + 1].low in _CONTACTS and _contact_owner(text, toks, i, lex):
            out.append((tok.start, tok.end, "name"))
            continue
        if i == 0 or toks[i - 1].low not in _BEFORE_ANY:
            continue
        if (
            _after_relative(text, toks, i, lex)
            or _joined_to_me(text, toks, i, lex)
            or _short_asked(text, toks, i, lex)
            or _met_with_relative(text, toks, i, lex)
            or _had_in(text, toks, i, lex)
        ):
            out.append((tok.start, tok.end, "name"))
    return out
