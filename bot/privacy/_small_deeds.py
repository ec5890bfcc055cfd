"""Names typed small that the grammar of the clause shows to be people, where the word is
also an everyday word (a modal, an adjective, a count noun) or a word in no list.

- A given name that is also an everyday word, opening a clause as the subject of a past form,
  with a person's word later: "ok so will finally rang his mum", "he said rusty didn't lose
  his temper", "short note, misty brought her drawings". No modal stands before a past form
  ("will rang"), no adjective before a verb ("rusty didn't"), and a count noun is no subject
  without an article ("chase made it ... his"). Words whose everyday reading is a mass noun, a
  virtue or a thing said bare in chat ("hope kept her going", "cash came", "dean emailed")
  are no candidates here.
- A name typed small before an apposition that gives the person's role, then their verb:
  "because dima the neighbour boy gave him a torch", "kev the caretaker let him help". No
  modal, verb or function word stands there ("will the nurse call back?", "told the barber").
- A name typed small as the one talked to, with what the talk was about or when after it:
  "talked to will after group", "spoke with lance on the phone", "caught up with precious
  yesterday". Kept: "talked to work about", "spoke with grace about her loss" (a virtue after
  "with" is the manner).
- A name typed small after a title typed small: "mister earl at the corner shop", "talked
  to coach fletcher after training". After "coach" a noun the coach is of stays ("coach
  trip", "coach driver"), and so does "coach" owned or with an article ("her coach is fair").

Ordinary uses keep the words: "i will follow up", "the chase for a place made her anxious",
"his chain is rusty and he", "sunny days help her", "will the school nurse call back?".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._decided import record
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# word-names whose everyday reading never stands bare before a past form: a modal ("will"),
# adjectives ("rusty", "sunny") and count nouns or verbs ("chase", "wade")
_MODALS = frozenset({"will"})
_ADJECTIVES = frozenset(
    "rusty dusty sandy misty windy stormy sunny merry noble loyal earnest sincere precious "
    "royal hardy randy frank rich".split()
)
_COUNT_NOUNS = frozenset(
    "chase wade mark pat sue rob nick jack lance dale pierce tee bud reed brook hunter ray "
    "cliff earl".split()
)
_DEED_WORDS = _MODALS | _ADJECTIVES | _COUNT_NOUNS
# words after which a clause opens with its subject ("he said rusty didn't", "ok so will")
_OPENERS = frozenset(
    "and but so then when because bc cos coz cuz ok okay update said says reckons reckoned "
    "thinks thought noticed apparently honestly today yesterday tonight lol also plus".split()
)
_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then now "
    "totally honestly apparently basically".split()
)
# past forms that are no base form ("put", "let", "read" are both: "will put" stays)
_PAST = frozenset(
    "told took got made gave brought came went felt kept left sat ran wrote sang slept ate "
    "drank found lost met paid won began spoke broke chose drove rode fell held heard knew saw "
    "sent showed stood taught thought threw woke wore bought caught did swam flew forgot "
    "forgave hid rang".split()
)
_NEGATED = frozenset(
    "didnt didn't didn’t hasnt hasn't hasn’t hadnt hadn't hadn’t doesnt doesn't doesn’t "
    "wasnt wasn't wasn’t didn hasn hadn doesn wasn".split()  # the last as tokens ("didn't")
)
# "-ed" words that are base forms ("will need", "will feed") or nouns
_ED_BASES = frozenset("bed wed shed shred red bled led sled".split())
_PERSON_WORDS = frozenset(
    "he she his her him himself herself hes shes he's she's he’s she’s".split()
)
_REACH = 40
_OWNERS_AND_ARTICLES = frozenset(
    "his her my your our their the a an this that every each any some no its ur".split()
)
# roles given in an apposition after a name ("dima the neighbour boy", "kev the caretaker")
_ROLE_NOUNS = frozenset(
    """
    barber neighbour neighbor boy girl lady man woman guy kid lifeguard caretaker janitor
    driver nurse teacher coach cook chef postman postie mailman landlord landlady shopkeeper
    cashier librarian pastor priest vicar imam rabbi doorman guard officer cop bouncer tutor
    trainer instructor receptionist secretary principal headteacher counsellor counselor
    mentor volunteer worker keyworker caseworker therapist doctor dentist plumber builder
    mechanic hairdresser manager boss supervisor sponsor
    """.split()
)
_ROLE_MODIFIERS = 2  # "the school nurse", "the dinner lady", "the old bus driver"
# what no name is: modals, auxiliaries and words that open questions or phrases
_NO_NAME = frozenset(
    "will would may might can could must shall should did does do is was are were has had "
    "have be been being told asked saw called met thanked with to at for from by of in on".split()
)
_SMALL_TITLES = frozenset({"mister", "coach"})
# what a coach is of: the noun after "coach" is the coach's, not a surname
_COACH_THINGS = frozenset(
    """
    trip trips driver drivers bus buses station class seat seats house party tour tours
    ride ride ticket tickets holiday holidays company operator service travel park staff
    journey parking stop window load
    """.split()
)
_TITLE_AFTER = frozenset(
    "said says told tells asked asks after at from is was has had and who gave let texted "
    "called rang the about before with".split()
)
_MIN_WORD = 3
_TALK_REACH = 2  # the verb and "to" or "with" before the one talked to
_TALKING = frozenset(
    "talked talk talks talking spoke speak speaks speaking spoken chatted chat chatting "
    "caught catch".split()
)
# what follows the one talked to: when, where or what about
_TALK_AFTER = frozenset(
    "after before about today yesterday tonight earlier on at this last re again briefly "
    "over".split()
)
_VIRTUES = frozenset(
    "hope faith joy patience grace charity mercy honour honor harmony serenity bliss destiny "
    "glory liberty justice unity".split()
)
# before an adjective said of something: "the gate is rusty", "it was misty", "a bit rusty"
_LINKING = frozenset(
    "is was are were be been being looks looked seems seemed feels felt gets got getting "
    "went stays stayed so very too bit quite really pretty all more most".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word-name of the kinds read here, a role noun or a small title."""
    return (
        not _DEED_WORDS.isdisjoint(lows)
        or not _SMALL_TITLES.isdisjoint(lows)
        or ("the" in lows and not _ROLE_NOUNS.isdisjoint(lows))
    )


def small_deeds(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Names typed small shown to be people by the clause around them."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.capital or tok.possessive or not tok.word.islower() or not tok.word.isalpha():
            continue
        if tok.low in _ADJECTIVES and _said_of_something(text, toks, i):
            record(tok.start, tok.end)  # "the gate is rusty": the adjective, on purpose
            continue
        if (
            _titled(text, toks, i, lex)
            or _talked_with(text, toks, i, lex)
            or (
                _opens(text, toks, i, starts)
                and (_deed_subject(text, toks, i) or _apposed_role(text, toks, i, lex))
            )
        ):
            out.append((tok.start, tok.end, "name"))
    return out


def _said_of_something(text: str, toks: list[Token], i: int) -> bool:
    """An adjective right after a linking verb or a word of degree ("is rusty", "so sunny")."""
    return i > 0 and toks[i - 1].low in _LINKING and text[toks[i - 1].end : toks[i].start] == " "


def _opens(text: str, toks: list[Token], i: int, starts: Callable[[int], bool]) -> bool:
    """The word opens the text, a sentence, a line or a clause."""
    if starts(i):
        return True
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if gap == " ":
        return prev.low in _OPENERS and not prev.possessive
    return gap.strip() in (",", ":", "-", "–", "—")


def _next_verb(text: str, toks: list[Token], j: int) -> int:
    """The index of the verb at ``j``, past at most one adverb (-1 when none is there)."""
    if j >= len(toks):
        return -1
    if toks[j].low in _ADVERBS and j + 1 < len(toks):
        return j + 1 if text[toks[j].end : toks[j + 1].start] == " " else -1
    return j


def _past(tok: Token) -> bool:
    low = tok.low
    if tok.capital or tok.possessive:
        return False
    if low in _PAST or low in _NEGATED:
        return True
    return len(low) >= 5 and low.endswith("ed") and not low.endswith("eed") and low not in _ED_BASES


def _person_later(toks: list[Token], j: int) -> bool:
    return any(t.low in _PERSON_WORDS for t in toks[j + 1 : j + 1 + _REACH])


def _deed_subject(text: str, toks: list[Token], i: int) -> bool:
    """ "so will finally rang his mum": a word-name as the subject of a past form."""
    tok = toks[i]
    if tok.low not in _DEED_WORDS or i + 1 >= len(toks):
        return False
    if text[tok.end : toks[i + 1].start] != " ":
        return False
    j = _next_verb(text, toks, i + 1)
    if j < 0 or not _past(toks[j]) or text[toks[j - 1].end : toks[j].start] != " ":
        return False
    if not _person_later(toks, j):
        return False
    low = tok.low
    return not any(  # "the chase ... chase made": the text's own noun
        t.low == low and k > 0 and toks[k - 1].low in _OWNERS_AND_ARTICLES
        for k, t in enumerate(toks)
        if k != i
    )


def _candidate(tok: Token, lex: Lexicon, *, everyday: bool = False) -> bool:
    """A word that may be a name typed small: a name of the lists, a word-name or a word in no
    list (with ``everyday``, an everyday word listed as a given name or surname too: "coach
    baker"), that is no modal, auxiliary or function word."""
    low = tok.low
    if len(low) < _MIN_WORD or low in _NO_NAME or low in _ROLE_NOUNS or low in _SMALL_TITLES:
        return False
    kind = tok.kind
    if kind is Kind.UNKNOWN:
        return any(c in "aeiouy" for c in low)
    if kind is Kind.NAME or kind is Kind.WORD_NAME:
        return True
    return everyday and kind is Kind.ORDINARY and (low in lex.given_names or low in lex.surnames)


def _apposed_role(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "dima the neighbour boy gave him": a name, an apposition with a role, a verb."""
    if not _candidate(toks[i], lex) or i + 3 >= len(toks) or toks[i + 1].low != "the":
        return False
    k = i + 2
    role = -1
    while k < len(toks) and k <= i + 2 + _ROLE_MODIFIERS:
        if text[toks[k - 1].end : toks[k].start] != " " or toks[k].capital:
            return False
        if toks[k].low in _ROLE_NOUNS:
            role = k
        elif role >= 0:
            break
        k += 1
    if role < 0:
        return False
    j = _next_verb(text, toks, role + 1)
    if j < 0 or text[toks[role].end : toks[role + 1].start] != " ":
        return False
    verb = toks[j]
    return (
        _past(verb)
        or verb.low in {"let", "put", "set"}
        or (
            verb.low.endswith("s")
            and not verb.low.endswith("ss")
            and verb.kind is not Kind.STOP
            and _person_later(toks, j)
        )
    )


def _titled(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "mister earl at the shop", "talked to coach fletcher after training"."""
    if i == 0 or toks[i - 1].low not in _SMALL_TITLES or toks[i - 1].capital:
        return False
    title, tok = toks[i - 1], toks[i]
    if text[title.end : tok.start] != " " or title.possessive:
        return False
    if not _candidate(tok, lex, everyday=True) or tok.low in _COACH_THINGS:
        return False  # "mister grumpy", "coach trip"
    if title.low == "coach" and i > 1 and toks[i - 2].low in _OWNERS_AND_ARTICLES:
        return False  # "the coach driver": the vehicle and its driver
    if i + 1 >= len(toks):
        return True
    gap = text[tok.end : toks[i + 1].start]
    if gap != " ":
        return gap.strip()[:1] in (",", ".", "!", "?", ";", ":", ")", "-", "—")
    return toks[i + 1].low in _TITLE_AFTER or _past(toks[i + 1])


def _talked_with(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "talked to will after group", "caught up with precious yesterday"."""
    if i < _TALK_REACH or i + 1 >= len(toks) or toks[i - 1].low not in ("to", "with"):
        return False
    verb = toks[i - 2]
    if verb.low == "up" and i > _TALK_REACH:  # "caught up with"
        verb = toks[i - 3]
    elif verb.low in ("caught", "catch"):
        return False  # "caught with": no talk
    tok, prep = toks[i], toks[i - 1]
    if verb.low not in _TALKING or text[prep.end : tok.start] != " ":
        return False
    if prep.low == "with" and tok.low in _VIRTUES:
        return False  # "spoke with grace about her loss": the manner
    if tok.low not in _MODALS and (tok.kind is Kind.ORDINARY or not _candidate(tok, lex)):
        return False  # "talked to work about it"
    gap = text[tok.end : toks[i + 1].start]
    if gap != " ":
        return gap.strip()[:1] in (",", ".", "!", "?", ";")
    return toks[i + 1].low in _TALK_AFTER
