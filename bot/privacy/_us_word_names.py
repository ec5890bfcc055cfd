"""Everyday words that children in the US and Canada are named today ("Legend", "Honesty",
"Blue", "King", "Major", "Journey"), and pet names that stand for a person ("Boo", "Peanut"),
read as a person from what the word does where it stands.

The proper-noun rules keep such a word when it opens a sentence ("Major stress at home",
"Legend has it"). Here it is a person when, with no article or determiner before it:
- a verb said only of people follows, after at most one adverb ("Legend stated he", "Honesty
  reports 2 panic attacks", "King threw a chair"); "is", "has", "goes" and the like say
  nothing ("Winter is hard", "Legend has it");
- it is owned by a relative or a person's record after it ("Legend's dad", "Blue's
  grandmother", "Major's PO");
- an aside right after it gives an age or a relation ("Honesty, 15, was", "Boo (pt's
  girlfriend) sat in");
- what it "is" is a person: a relation, a job, an age or a state of mind ("Lucky is the
  client's cousin", "Mercy is a nurse aide", "Honesty is 15", "Legend was tearful");
- a verb of telling stands right before it, capitalised, and a pronoun or preposition after
  it ("told Legend he could"), or, typed in lower case, "w/", "spoke to", "talked with"
  ("talked w/ peanut about").
The same word capitalised again elsewhere in the text, with no article before it, is the same
person. After a title ("Sgt. Black") a word the lists call always ordinary is a surname.
"Lil" before a capitalised word makes a nickname ("Lil Mike"); "Big Mama" stays a kin word.

The words: data/us_word_names.txt (US Social Security baby-name counts, see NOTICE) and
data/word_names.txt, less words for roles and relations ("Coach said", "Judge ruled").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._lexicon import lexicon
from ._vocab import PERSON_ONLY_VERBS, RELATIONS, STRONG_PERSON_VERBS, TITLES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_DATA = Path(__file__).with_name("data")
# pet names a family calls a person by ("Boo (pt's girlfriend) sat in", "talked w/ peanut")
PET_NAMES = frozenset("boo peanut bubba pooh tink shorty pumpkin sugar bug".split())
# words for a role or a rank, said of people without naming them ("Judge ruled", "Deacon said")
_ROLES = frozenset(
    """
    judge deacon bishop chief captain elder doc officer pastor minister sheriff marshal
    sergeant general colonel private nurse coach baby boy sir sire madam chancellor sultan
    pharaoh saint sahib usher ranger
    """.split()
)
# verbs said of things as much as of people ("Heaven knows", "Winter came", "Chance has it")
_WEAK = frozenset("is was has had gets got goes went came comes sat sees saw knows".split())
_CLINICAL = frozenset(
    """
    stated states denies denied refused refuses endorses endorsed presented presents threw
    no-showed cancelled canceled rescheduled arrived attended completed reported reports
    admits disclosed requested requests shared describes described identified identifies
    """.split()
)
_ACTS = (STRONG_PERSON_VERBS | PERSON_ONLY_VERBS | _CLINICAL) - _WEAK
_ADVERBS = frozenset("also finally then just really even still never always actually".split())
# an article, determiner or possessive before the word makes it a thing ("the storm said")
_DETERMINERS = frozenset(
    """
    the a an this that these those his her their my your our its no every each some any
    what which whose another one in on at by since until till before after during for of
    from to into than like
    """.split()
)
_OWNED = frozenset(
    """
    mom mum mother dad father grandma grandmother grandpa grandfather granny nana aunt uncle
    sister brother cousin teacher po probation iep counselor counselor's school foster
    caseworker girlfriend boyfriend wife husband baby son daughter kids kid friend dealer
    therapist doctor sponsor grades attendance appointment appt case parents family
    """.split()
)
_TELLING = frozenset("told asked called texted met tell ask call text thanked reminded".split())
_LOWER_MEETING = re.compile(
    r"(?:\bw/|\b(?:spoke|spoken|talked|talk|speak|met|meet|meeting)\s+(?:to|with|w/))\s*$"
)
_ASIDE = re.compile(
    r"\s*(?:\(([^()\n]{1,40})\)|,\s([^,\n]{1,40}),)"  # "(pt's girlfriend)", ", 15,"
)
_AGE = re.compile(r"\d{1,2}(?:\s?(?:y/?o|yrs?|years? old))?")
_PERSON_ASIDE = frozenset(RELATIONS - {"called", "named", "nicknamed", "with", "w/"}) | frozenset(
    {"youngest", "oldest", "eldest", "bestie"}
)
_OWNERS = frozenset("her his their my our the a an pt client clt".split())
_ASIDE_ADJECTIVES = frozenset(
    "older younger oldest youngest eldest little big best new former".split()
)
# titles said before a surname only ("Miss" and "Sister" also stand before given names)
_SURNAME_TITLES = frozenset("mr mrs ms dr sgt capt det insp prof".split())
# "is the client's cousin", "was her oldest", "is a nurse aide", "is 15."
_IS_SOMEONE = re.compile(
    r" (?:is|was) (?:(?P<age>\d{1,2})(?=[.,;:!?)]|$| and | now| years| yo| y/o)"
    r"|(?:(?:a|an|the|her|his|their|my|our|pt'?s|client'?s|the client'?s) )?"
    r"(?:(?:older|younger|oldest|youngest|eldest|little|big|best|new|former) )?"
    r"(?P<role>[A-Za-z-]+)\b(?!['’]s))"
)
# how a person presents in session: "A: Harmony is engaged", "Legend was tearful"
_MOODS = frozenset(
    """
    tearful cooperative guarded oriented alert irritable withdrawn agitated talkative engaged
    anxious depressed sober pregnant motivated ambivalent euthymic dysphoric suicidal
    """.split()
)
_JOBS = frozenset(
    """
    student nurse teacher aide cna lpn rn medic vet veteran soldier marine sergeant officer
    cashier driver trucker mechanic pastor deacon worker volunteer cook server waitress
    foreman supervisor mentor tutor classmate coworker
    """.split()
)
_MIN_LETTERS = 3
# months and weekdays, named after a preposition or opening a date ("since September said")
_CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
_REACH = 16  # characters before a lower-case word that "talked w/" can take
# qualities that "with" makes the manner of a talk ("spoke with grace about her loss")
_MANNERS = frozenset(
    """
    hope faith joy patience grace charity mercy honour honor harmony serenity honesty
    kindness love compassion courage dignity humility integrity respect passion candor
    """.split()
)
# listed words that open clauses of other kinds as often ("Case noted", "Ever since")
_GENERIC = frozenset("case ever chance unique star trace promise desire able true said job".split())
# words our members write for solution-focused technique in nearly every note ("Miracle
# question: ...", "Miracle day went ..."): never read here as a given name
_TECHNIQUE = frozenset({"miracle"})


@cache
def _words() -> frozenset[str]:
    lex = lexicon()
    lines = (_DATA / "us_word_names.txt").read_text("utf-8").splitlines()
    listed = {w for w in lines if w and not w.startswith("#")} | lex.word_names | PET_NAMES
    kept = frozenset(w for w in listed if w not in RELATIONS and w not in TITLES)
    return kept - _ROLES - _GENERIC - _CALENDAR - _TECHNIQUE


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a listed word, "lil" or a title of a surname is among the text's words."""
    words = _words()
    return any(w in words or w == "lil" or w in _SURNAME_TITLES for w in lows)


def word_name_people(text: str, toks: list[Token]) -> list[Candidate]:
    """Listed everyday words doing a person's thing, titles' surnames and "Lil" nicknames."""
    words = _words()
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.low == "lil":
            out.extend(_nickname(text, toks, i))
            continue
        if _titled(text, toks, i):
            out.append((tok.start, tok.end, "name"))
            continue
        if tok.low not in words or len(tok.word) < _MIN_LETTERS or not tok.word.isalpha():
            continue
        prev = toks[i - 1] if i > 0 and _near(text, toks[i - 1].end, tok.start) else None
        if prev is not None and (prev.low in _DETERMINERS or (prev.capital and tok.capital)):
            continue
        if tok.word[0].isupper() and tok.word[1:].islower():
            if (
                _acts(text, toks, i)
                or _owns(text, toks, i)
                or _aside(text, tok)
                or _is_someone(text, tok)
                or (prev is not None and prev.low in _TELLING and _pronoun_after(toks, i))
            ):
                out.append((tok.start, tok.end, "name"))
        elif (
            tok.word.islower()
            and _LOWER_MEETING.search(text, max(0, tok.start - _REACH), tok.start)
            and not (prev is not None and prev.low == "with" and tok.low in _MANNERS)
            and _pronoun_after(toks, i)
        ):
            out.append((tok.start, tok.end, "name"))
    return out + _again(text, toks, out)


def _again(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """The same word capitalised elsewhere with no article or preposition before it: "Legend
    stated he ... Legend came back later"."""
    named = {text[s:e] for s, e, _ in found if " " not in text[s:e]}
    if not named:
        return []
    taken = {s for s, _, _ in found}
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.word in named and tok.start not in taken and tok.word[1:].islower():
            prev = toks[i - 1] if i > 0 and _near(text, toks[i - 1].end, tok.start) else None
            if prev is None or prev.low not in _DETERMINERS:
                out.append((tok.start, tok.end, "name"))
    return out


def _titled(text: str, toks: list[Token], i: int) -> bool:
    """ "Sgt. Black says": a title's surname, though the word is always ordinary elsewhere
    (the proper-noun rules judge the others: "Dr. Strong", "Mr Bean")."""
    tok = toks[i]
    if (
        i == 0
        or tok.kind is not Kind.STOP
        or not (tok.word[0].isupper() and tok.word[1:].islower())
    ):
        return False
    if len(tok.word) < _MIN_LETTERS or tok.low in RELATIONS or tok.low in TITLES:
        return False
    title = toks[i - 1]
    gap = text[title.end : tok.start]
    return title.low in _SURNAME_TITLES and title.word[0].isupper() and gap in (". ", " ")


def _near(text: str, end: int, start: int) -> bool:
    """Only a space between the two words: "A: Harmony" is a label and a name."""
    return text[end:start] == " "


def _acts(text: str, toks: list[Token], i: int) -> bool:
    """A verb said of people follows, after at most one adverb: "Legend stated"."""
    if toks[i].possessive:
        return False
    j = i + 1
    if j < len(toks) and toks[j].low in _ADVERBS and text[toks[i].end : toks[j].start] == " ":
        j += 1
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return False
    return toks[j].low in _ACTS


def _owns(text: str, toks: list[Token], i: int) -> bool:
    """ "Legend's dad", "Major's PO": a relative or a person's record owned by the word."""
    if not toks[i].possessive or i + 1 >= len(toks):
        return False
    gap = text[toks[i].end : toks[i + 1].start]
    return gap in ("'s ", "’s ") and toks[i + 1].low in _OWNED


def _aside(text: str, tok: Token) -> bool:
    """ "Honesty, 15, was", "Boo (pt's girlfriend) sat": an age or a relation set off."""
    m = _ASIDE.match(text, tok.end)
    if m is None or tok.possessive:
        return False
    inside = (m.group(1) or m.group(2) or "").strip()
    if _AGE.fullmatch(inside):
        return True
    said = re.findall(r"[a-z]+", inside.lower())
    while said and (said[0] in _OWNERS or said[0] in _ASIDE_ADJECTIVES):
        said = said[1:]
    if said[:1] == ["s"]:  # "pt's": the owner's "s"
        said = said[1:]
    while said and said[0] in _ASIDE_ADJECTIVES:
        said = said[1:]
    if said[:1] == ["ex"]:
        said = said[1:]
    return len(said) == 1 and said[0] in _PERSON_ASIDE


def _is_someone(text: str, tok: Token) -> bool:
    """ "Lucky is the client's cousin", "Mercy is a nurse aide", "Honesty is 15": what the
    word is, is a person."""
    if tok.possessive:
        return False
    m = _IS_SOMEONE.match(text, tok.end)
    if m is None:
        return False
    role = (m.group("role") or "").lower()
    return m.group("age") is not None or role in _PERSON_ASIDE or role in _JOBS or role in _MOODS


def _pronoun_after(toks: list[Token], i: int) -> bool:
    """ "told Legend he could": the word is the one told, not a thing's name before a noun."""
    if i + 1 >= len(toks):
        return True
    return toks[i + 1].low in _AFTER_TOLD and not toks[i].possessive


_AFTER_TOLD = frozenset(
    "he she they i we it that to about on at in about when if what how not and".split()
)


def _nickname(text: str, toks: list[Token], i: int) -> list[Candidate]:
    """ "Lil Mike", "Lil Man": both words are the nickname."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return []
    tok, nxt = toks[i], toks[i + 1]
    if not (tok.word[0].isupper() and nxt.word[0].isupper() and nxt.word[1:].islower()):
        return []
    return [(tok.start, nxt.end, "name")]
