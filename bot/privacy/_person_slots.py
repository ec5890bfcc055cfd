"""A lower-case word that is no English word, standing in a slot only a person fills, is a name.

The rules before this one read a name typed in lower case by the verb after it ("tou said",
"gabi did her homework"): a fixed list of verbs. Here the slot is read by the grammar instead,
so that any verb a person does counts. The word must be a listed given name that is no
everyday English word, or a word in no list at all (``_said_lower_names._candidate``: at least
three letters, no word of chat, no kinship word of another language), and stand

- opening a sentence or a clause, before a finite verb form -- an auxiliary or a modal, also
  as typed in chat ("wont", "hasnt", "didnt") -- that goes on about a person: "he", "she",
  "his", "her" ... later in the same sentence ("sela had a good week: she went to youth",
  "ioane wont be at group, his nan is in hospital"); after a listed given name a modal or a
  negated auxiliary needs no person's word ("keoni would rather stay home"), after a word in
  no list it does ("tafe wont start till march": a college). The copula reads a person only
  before an age ("mitsos is ninety-three", "kahu is 16"): feasts, exams and kin words of
  other languages open clauses with it too ("lebaran was hard, she", "abbaye was strict");
- after an article and a person's role, or after an age, before a comma or a verb: "the girl
  ruatapu was quiet", "the boy, keoni, drew", "a 7yo keoni";
- opening a sentence before "and I", or after "me and": "kahu and I", "me and kahu";
- addressed at the start of a sentence or a quote, before "you" or a word said to someone:
  "tavita, you did it", 'she said "keoni, slow down"';
- before an age in brackets or between commas, or before ", who", unless an owner or an
  article stands before it ("kahu (7)", "kahu, 7, came", "losaline, who"; not "a
  pensioner, 78," or "my supervisor, who").

Everyday words in the same slots ("work is hard, she said", "mum and I", "school, you know")
are no candidates; a word of another language opening a clause of its own ("hij was blij")
has no English person's word after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._lower_subject_names import _IRREGULAR_PAST as IRREGULAR_PAST
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._said_lower_names import _after_opener, _candidate
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# finite verb forms that need a subject: auxiliaries, modals, copulas, and their chat spellings
_FINITE = frozenset(
    "is was has had does did will would can could should might must isnt isn't wasnt wasn't "
    "hasnt hasn't hadnt hadn't doesnt doesn't didnt didn't wont won't cant can't couldnt "
    "couldn't wouldnt wouldn't shouldnt shouldn't aint ain't isn’t wasn’t hasn’t doesn’t "
    "didn’t won’t can’t couldn’t wouldn’t".split()
)
_COPULAS = frozenset({"is", "was"})
# these need no person's word after them: "ofisa would rather stay home", "keoni cant come"
_MODALS = _FINITE - frozenset("is was has had does did".split())
_ARTICLES = frozenset("the a an this that".split())
# an age before the word: "a 7yo keoni", "her 15-year-old ofa", "the 9 y/o"
_AGE_WORD = r"\d{1,2} ?(?:yo|y/o|yrs?|-?year-old|-?yr-old)"
_AGE_BEFORE = re.compile(rf"(?:^|[\s(]){_AGE_WORD} $")
_AGE_WORD_IN = re.compile(_AGE_WORD)
_PERSON_WORDS = frozenset("he she his her him himself herself".split())
_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then now "
    "usually often sometimes apparently".split()
)
_REACH = 12  # words after the verb in which the person's word must stand
_NUMBER_WORDS = (
    "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
# an age after the copula: "is 16", "is 16yo", "is ninety-three"; no measure after it
_AGE_AFTER = re.compile(
    rf" (?:\d{{1,2}}(?:yo|y/o|yrs?)?|(?:{_NUMBER_WORDS})(?:-[a-z]+)?)"
    r"(?=[\s,.;!?)]|$)(?!\s*(?:degrees|%|percent|min|mins|minutes|hours?|hrs?|days?|weeks?|"
    r"months?|km|kg|kms|miles|pages?|times|points|dollars|bucks))"
)
# an age set off after the word; a plural verb after it counts things ("ssris (15) were tried")
_BRACKET_AGE = re.compile(
    r" \(\d{1,2}\)(?![\s-]*[\d\[(+])(?! (?:were|are|have)\b)|, \d{1,2}, (?!(?:were|are|have)\b)"
)
_OWNERS_AND_ARTICLES = frozenset("my your his her our their the a an this that".split())
_WITH_WRITER_AFTER = (" and i ", " and me ", " & i ", " & me ", " n me ")
_WITH_WRITER_BEFORE = ("me and ", "me & ", "me n ")
_WRITER_OR_YOU = frozenset({"me", "i", "you"})
_SET_OFF = ROLE_WORDS | {"who"}
# what follows a name said to someone: "you" or a word one says to a person
_SAID_TO_SOMEONE = frozenset(
    "you u ur your youre you're you’re come stop slow please look listen wait sit "
    "dont don't don’t".split()
)
_QUOTES = frozenset("\"“‘'")


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap test: a finite verb, the writer, a word said to someone, "who" or a person's
    role is in the text, or an age is set off."""
    return (
        not _FINITE.isdisjoint(lows)
        or not _WRITER_OR_YOU.isdisjoint(lows)
        or not _SAID_TO_SOMEONE.isdisjoint(lows)
        or not _SET_OFF.isdisjoint(lows)
        or may_hold_age(text)
    )


def may_hold_age(text: str) -> bool:
    """The part of ``may_hold`` that reads the text, not its words: an age set off."""
    return _BRACKET_AGE.search(text) is not None or _AGE_WORD_IN.search(text) is not None


def person_slot_names(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Lower-case given names that are no English word, and words in no list, standing where
    only a person fits."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP or tok.capital:
            continue
        if not _candidate(tok, lex):
            continue
        if _in_slot(text, toks, i, last, starts):
            out.append((tok.start, tok.end, "name"))
    return out


def _in_slot(
    text: str, toks: list[Token], i: int, last: int, starts: Callable[[int], bool]
) -> bool:
    tok = toks[i]
    after = text[tok.end : tok.end + 10].lower()
    if text[max(0, tok.start - 7) : tok.start].lower().endswith(_WITH_WRITER_BEFORE):
        return True
    owned = i > 0 and toks[i - 1].low in _OWNERS_AND_ARTICLES  # "my supervisorin, who"
    if not owned and _BRACKET_AGE.match(text, tok.end):  # "kahu (7)", "kahu, 7, came"
        return True
    if not owned and after.startswith(", who "):  # "losaline, who is 15,"
        return True
    if i > 0 and _apposed(text, toks, i, last):
        return True
    if after.startswith(", ") and _addressed(text, toks, i, last, starts):
        return True
    opens = starts(i) or _after_opener(text, toks, i)
    if not opens:
        return False
    if after.startswith(_WITH_WRITER_AFTER):  # "kahu and I"; not "the session in x and i said"
        return True
    listed = tok.kind is Kind.NAME
    return i < last and _subject_of_finite_verb(text, toks, i + 1, last, listed=listed)


def _addressed(
    text: str, toks: list[Token], i: int, last: int, starts: Callable[[int], bool]
) -> bool:
    """ "tavita, you did it", 'she said "keoni, slow down"': the word opens a sentence or a
    quote, and "you" or a word said to someone follows the comma."""
    if i == last or text[toks[i].end : toks[i + 1].start] != ", ":
        return False
    if toks[i + 1].low not in _SAID_TO_SOMEONE:
        return False
    before = text[max(0, toks[i].start - 2) : toks[i].start]
    return starts(i) or (before[-1:] in _QUOTES and (len(before) < 2 or before[0] in " (\n"))


def _subject_of_finite_verb(
    text: str, toks: list[Token], j: int, last: int, *, listed: bool
) -> bool:
    """A finite verb right after the word (past one adverb), then an age after the copula or a
    person's word later in the same sentence; after a listed given name a modal or negated
    auxiliary is enough."""
    if not spaced(text, toks, j):
        return False
    if toks[j].low in _ADVERBS and j < last and spaced(text, toks, j + 1):
        j += 1
    verb = toks[j].low
    if verb not in _FINITE:
        return False
    if listed and verb in _MODALS:
        return True
    if verb in _COPULAS and _AGE_AFTER.match(text, toks[j].end):
        return True
    if verb in _COPULAS:  # "lebaran was hard ... she", "abbaye was a strict man, he said"
        return False
    for k in range(j + 1, min(j + _REACH, last + 1)):
        if any(m in text[toks[k - 1].end : toks[k].start] for m in ".!?\n"):
            return False
        if toks[k].low in _PERSON_WORDS:
            return True
    return False


def _apposed(text: str, toks: list[Token], i: int, last: int) -> bool:
    """ "the girl ruatapu was quiet", "the boy, keoni, drew", "a 7yo keoni": after an article
    and a person's role, or after an age, and before a comma or a verb."""
    if _AGE_BEFORE.search(text[max(0, toks[i].start - 16) : toks[i].start]):
        return True
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if prev.low not in ROLE_WORDS or gap not in (" ", ", ") or i < 2:
        return False
    if toks[i - 2].low not in _ARTICLES or text[toks[i - 2].end : prev.start] != " ":
        return False
    after = text[toks[i].end : toks[i].end + 2]
    if gap == ", ":
        return after == ", "
    if after[:1] == "," or i == last or not spaced(text, toks, i + 1):
        return after[:1] == ","
    verb = toks[i + 1].low
    return verb in _FINITE or verb in IRREGULAR_PAST or verb in ("said", "says")
