"""Words the text itself says are what a person is called.

"Big Mama (that's what everybody calls her) came to session", "Major is what his army
buddies call him", "Lucky - yes that's his name - said", "Happy - his nickname, since
babyhood - came in", "G (that's what everyone calls him) asked", "the younger son,
nicknamed Bubba by the whole family", "he goes by smokey", "Thanakorn (nickname Bank)",
"Somchai, nickname Golf, came", "(goes by D)": a gloss on who calls someone so, or that it
is a name or nickname, makes the one or two capitalised words before it (or the one after
"nicknamed", "nickname" or "goes by") a name, even an everyday word at the start of
a sentence that the other rules keep ("Hope", "Baby"), and its last word is that name
wherever else it stands. Without such a gloss nothing changes ("Hope is what keeps her
going", "Patience - that was the word for today").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_address import WORDS as KIN_WORDS
from ._lexicon import lexicon
from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._word_classes import Candidate

_WORD = r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)?"
_RUN = rf"((?:{_WORD} )?{_WORD})"
_PRONOUN = r"(?:him|her|them|me)"
_THATS = r"(?:that'?s|that’s|thats|that is)"
# what follows the name: a bracket, a dash or a comma, then the gloss
_GLOSS = (
    rf"(?:{_THATS} (?:what|how) (?:[\w'’]+ ){{1,4}}calls? {_PRONOUN}\b"
    rf"|(?:yes,? )?{_THATS} (?:his|her|their|my) (?:real |actual |given )?name\b"
    r"|(?:his|her|their|my) (?:nick ?name|pet name)\b)"
)
_BESIDE = re.compile(rf"{_RUN}(?: \(| [-–—] |, )(?:yes,? |lol,? )?{_GLOSS}")
# as chat types it: one word in lower case, a laugh or a question mark after it, and the
# gloss in or out of brackets ("tibway lol thats what everybody call him", "pumpkin lol
# (thats the lil girl nickname from her nani)", "boss (his nickname lol)")
_LOWER_GLOSS = (
    rf"(?:{_GLOSS}|{_THATS} (?:the |his |her |their |my )?(?:[\w'’]+ ){{0,3}}?nick ?name\b)"
)
_LOWER_BESIDE = re.compile(
    r"(?<![\w'’@#/.-])([^\W\d_A-Z][^\W\d_]*)(?:\?+|!+)?(?: (?:lol|lmao|haha)[.!]*)?"
    rf"(?: \(| [-–—] |, | )(?:yes,? |lol,? )?{_LOWER_GLOSS}"
)
# what every gloss holds, each pattern opening with its literal word (the engine skips in C
# to it; the gloss patterns try every word of a long text): "call(s) him" or a "name" after a
# space or "nick" (so not a placeholder's "[name]")
_GLOSS_HINTS = (re.compile(r"name\b(?<=[ k]name)"), re.compile(rf"calls? {_PRONOUN}\b"))
_IS_WHAT = re.compile(rf"{_RUN} is what (?:[\w'’]+ ){{1,4}}calls? {_PRONOUN}\b")
# "nicknamed Bubba", and the noun with the name right after it, in brackets or between commas:
# "Thanakorn (nickname Bank)", "Somchai, nickname Golf, came" ("the nickname thing" is no name)
_NICKNAMED = re.compile(
    rf"\b(?:nicknamed|nick-named|(?<=\()nickname:?|(?<=, )nickname:?) ({_WORD})(?=[),]|$)"
    rf"|\b(?:nicknamed|nick-named) ({_WORD})"
)
# the name the nickname glosses, opening the sentence: "Somchai, nickname Golf, came"
_BEFORE_NICKNAME = re.compile(rf"(?:^|(?<=[.!?\n] ))({_WORD}), nickname:? {_WORD}(?=[),])")
# a name in quotes after the one who is called so: 'everyone calls him "Smiley"', "they
# called her 'Big Sis'", 'Called him "Bunty" like his family does' (opening a sentence)
_CALLS_QUOTED = re.compile(
    rf"\b(?:[Cc]alls?|[Cc]alled|[Cc]alling) {_PRONOUN} [\"“‘']({_RUN[1:-1]})[\"”’']"
)
_MIN_REPEAT = 2
# "he goes by smokey", "she goes by 'Bee' now", "they go by sky": the word after "goes by"
# with a person as subject, or opening a bracket ("[name] (goes by D)"), is what that person
# is called; a capital letter alone there is an initial
_GOES_BY = re.compile(
    r"(?i)(?:\b(?:he|she|they|who|i|u|you|he's|she's|they're)\s+|\()(?:goes|go)\s+by\s+"
    r"[\"“'‘]?([^\W\d_][^\W\d_'’-]*)[\"”'’]?(?![\w'’-])"
)
# what one goes by that is no name: a way of travelling, or how fast
_GOES_BY_THINGS = frozenset(
    "bus car train bike foot taxi cab uber lyft subway tram ferry boat plane metro tube "
    "fast quickly slowly quick slow its any some".split()
)
# capitalised words that open a sentence without naming anyone
_OPENERS = frozenset(
    "the a an my his her our their your this that i we he she they it and but so".split()
)


def may_hold(text: str) -> bool:
    """Cheap test: a word of the glosses is in the text."""
    return "call" in text or "Call" in text or "name" in text or " by " in text


def called_names(text: str) -> list[Candidate]:
    """The capitalised words the text glosses as what someone is called."""
    out: list[Candidate] = []
    # each pattern is scanned only where the words it needs stand in the text (a scan tries
    # every capital letter of a long answer)
    calls = "call" in text
    if ("name" in text or (calls and "that" in text)) and any(
        hint.search(text) for hint in _GLOSS_HINTS
    ):
        for m in _BESIDE.finditer(text):
            out.extend(_without_openers(m.start(1), m.group(1)))
        out.extend(_lower_called(text))
    if calls and " is what " in text:
        for m in _IS_WHAT.finditer(text):
            out.extend(_without_openers(m.start(1), m.group(1)))
    if "nick" in text:
        for m in _NICKNAMED.finditer(text):
            group = 1 if m.group(1) else 2
            out.append((m.start(group), m.end(group), "name"))
        for m in _BEFORE_NICKNAME.finditer(text):
            out.extend(_without_openers(m.start(1), m.group(1)))
    if calls or "Call" in text:  # 'Called him "Bunty"' opening a sentence
        out.extend(
            (m.start(1), m.end(1), "name")
            for m in _CALLS_QUOTED.finditer(text)
            if not _plain_word(m.group(1))
        )
    if " by " in text:
        out.extend(_goes_by(text))
    return out + _repeats(text, out)


def _goes_by(text: str) -> list[Candidate]:
    """The word a person "goes by" ("he goes by smokey lol"), unless a function word ("goes
    by her middle name"), a kinship word or a way of travelling ("she goes by bus"); a capital
    letter alone is an initial ("(goes by D)")."""
    out: list[Candidate] = []
    for m in _GOES_BY.finditer(text):
        word = m.group(1)
        low = word.lower()
        initial = len(word) == 1 and word.isupper() and word != "I"  # "goes by D"
        if initial or (low not in _GOES_BY_THINGS and not _names_no_one(low)):
            out.append((m.start(1), m.end(1), "name"))
    return out


def _names_no_one(low: str) -> bool:
    """A function word of any language, a kinship word, a laugh or a single letter."""
    return (
        len(low) < _MIN_REPEAT
        or low in _OPENERS
        or low in _LAUGHS
        or low in RELATIONS
        or low in KIN_WORDS
        or low in tables().langs
    )


def _lower_called(text: str) -> list[Candidate]:
    """The words typed in lower case that a gloss after them says are what someone is
    called; function words, kinship words and laughs before a gloss name no one ("my mum
    (thats what everybody calls her)" is the mother)."""
    out: list[Candidate] = []
    for m in _LOWER_BESIDE.finditer(text):
        word = m.group(1)
        if word.islower() and not _names_no_one(word) and _opens(text, m.start(1)):
            out.append((m.start(1), m.end(1), "name"))
    return out


_LAUGHS = frozenset("lol lmao haha hahaha omg ok okay yes yeah ya sure".split())


def _opens(text: str, start: int) -> bool:
    """Whether a sentence, a line or the text opens at ``start``: where a nickname is
    introduced in chat ("tibway lol thats what everybody call him"); mid-sentence a word
    before a gloss is as often a thing the writer names."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in ".!?\n:"


def _repeats(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Wee Tam (that's what everyone calls him) ... Tam stayed": the last word of a name
    the text glosses is the same name wherever else it stands capitalised."""
    out: list[Candidate] = []
    for word in {text[start:end].rpartition(" ")[2] for start, end, _ in found}:
        if len(word) < _MIN_REPEAT:
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
            out.append((m.start(), m.end(), "name"))
    return out


def _plain_word(run: str) -> bool:
    """One everyday word no list holds as a name: what someone is called as a label or an
    insult ('calls her "Lazy"'), not a nickname ('calls him "Smiley"' is kept as one only
    where the lists know it as a name)."""
    low = run.lower()
    if " " in run:
        return False
    lex = lexicon()
    if low in lex.always_ordinary:
        return True  # "Mama", "Bubu": kinship and other words never a name alone
    return low in lex.ordinary and low not in lex.given_names and low not in lex.word_names


def _without_openers(start: int, run: str) -> list[Candidate]:
    """The run less a first word that only opens the sentence ("The Boss", "His Majesty")."""
    first, _, rest = run.partition(" ")
    if first.lower() in _OPENERS:
        if not rest:
            return []
        start += len(first) + 1
        run = rest
    return [(start, start + len(run), "name")]
