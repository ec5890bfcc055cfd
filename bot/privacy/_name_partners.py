"""The other half of a two-word name: "Aster Bekele said", "Ali Haleem took the ferry",
"Moon Ji-a said", "Sun Hao works".

A capitalised pair of words, alone between lower-case words, whose one word was found as a
name and which a person's verb follows, is one person's name: given name and family name.
The other word is often an everyday word or a word the lists keep on its own (a flower, a
dish, a nationality, the short form of a weekday), so the run was split and that word left
standing beside the placeholder. It goes with the name unless it is a word that opens a
sentence before a name without being part of it: a word of kinship or address ("Mum Ana
said", kept as kinship words are), a title, an adverb or time word ("Today Ana said"), a
function word, a weekday or month, a state or country. An everyday word opening a sentence
before a name is read as a word ("Update Ana said") unless the lists hold it as a family or
given name too ("Moon Ji-a said").

Where a title or a word of relation stands before the name ("her friend Blessing Azure from",
"Mrs. Adelina Nope was", "Referred by Dr. Korkor Lamptey at"), that word already says a person
is named, so no verb need follow; the name may then be two words found already ("his mother
Hj. Nurhayati Daeng Ngai,"), and the word beside it is taken on either side.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ._function_words import tables
from ._kin_words import _KIN_VOCAB, KIN_NOUNS
from ._lexicon import Lexicon
from ._lower_word_names import _ROLES as ROLES
from ._name_cues import _ADDRESS_TITLES, _ADVERBS, _person_follows, _starts_sentence
from ._spoken_languages import _english_names
from ._vocab import (
    AREA_SUFFIXES,
    FAMILY_NOUNS,
    GENERIC_ORG_WORDS,
    ORG_SUFFIXES,
    PERSON_VERBS,
    RELATIONS,
    STREET_SUFFIXES,
    STRONG_PERSON_VERBS,
    TITLES,
)
from ._word_classes import Candidate, Kind, Token

# Words that open a sentence before a name and are no part of it: "Today Ana said", "Later
# Ana told me", "Afterwards Ana went home".
_OPENERS = frozenset(
    "today tonight yesterday tomorrow later afterwards afterward meanwhile eventually then "
    "now also still again once twice first next last lastly finally anyway besides however "
    "instead otherwise sometimes often usually always never recently suddenly apparently "
    "hopefully honestly luckily sadly thankfully basically yes no ok okay oh so well "
    "thanks dear hi hello hey morning evening afternoon night weekend week month year".split()
)
# English function words that open a clause before a name: "After Ana left", "When Ana said".
_FUNCTION_WORDS = frozenset(
    "a an the this that these those my his her our their your its and but or nor so yet as "
    "at in on for with without by from to of into onto after before when whenever while "
    "since because if unless though although until till once where whereas like unlike "
    "about during despite except including between among per via than whether how why what "
    "which who whom whose i we you he she they it me us him them".split()
)
# Verbs that open a note's sentence before a name ("Met Ana's dad", "Ask Ana's mum", "Saw Ana
# and his mother"), and words naming someone by age or role ("Boy Ana (11)").
_VERBS_AND_ROLES = frozenset(
    "met saw told took gave got went came left heard found brought called rang texted asked "
    "meet see tell take give get ask call ring text email remind visit thank phone invite "
    "boy girl baby kid child bub client patient pt pts".split()
)
_WEEKDAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


def _partner(tok: Token, lex: Lexicon) -> bool:
    """Could ``tok`` be a given or family name beside a name, rather than a word before it?"""
    low = tok.low
    return (
        tok.capital
        and not tok.acronym
        and not tok.initial
        and not tok.title
        and not tok.possessive
        and len(low) > 1
        and tok.word[1:].islower()
        and low not in _OPENERS
        and low not in _ADVERBS
        and low not in _VERBS_AND_ROLES
        and not (low.endswith("ed") and low in lex.ordinary)
        and not low.endswith("ly")
        and low not in _WEEKDAYS_MONTHS
        and low not in RELATIONS
        and low not in KIN_NOUNS
        and low not in _KIN_VOCAB
        and low not in _ADDRESS_TITLES
        and low not in TITLES
        and low not in lex.regions
        and low not in _FUNCTION_WORDS
    )


def _everyday_opener(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """An everyday word opening a sentence before a name is read as a word ("Update Ana
    said"), unless it is listed as a family or given name too ("Moon Ji-a said")."""
    return (
        toks[i].kind is Kind.ORDINARY
        and _unlisted(toks[i].low, lex)
        and _starts_sentence(text, toks, i)
    )


def _unlisted(low: str, lex: Lexicon) -> bool:
    """Neither a listed family name nor a listed given name."""
    return low not in lex.surnames and low not in lex.given_names


def _pair_alone(text: str, toks: list[Token], left: int) -> bool:
    """Tokens ``left`` and ``left + 1`` are two capitalised words one space apart, with no
    capitalised word joined to them on either side but a time word opening the sentence."""
    right = left + 1
    if text[toks[left].end : toks[right].start] != " " or toks[left].possessive:
        return False
    # "Yesterday Moon Seo-yeon rang": a time word is no name ("For Juhannus Eero went":
    # after a preposition the first word may be a feast or a place)
    if (
        left > 0
        and toks[left - 1].capital
        and text[toks[left - 1].end : toks[left].start] == " "
        and toks[left - 1].low not in _OPENERS
    ):
        return False
    if (
        right + 1 < len(toks)
        and toks[right + 1].capital
        and text[toks[right].end : toks[right + 1].start] == " "
    ):
        return False
    return toks[left].capital and toks[right].capital


# Words of relation that announce a person but also join things ("with", "w/"): no cue here.
_ANNOUNCERS = (RELATIONS - {"with", "w/"}) | KIN_NOUNS


@cache
def _named_things() -> frozenset[str]:
    """One-word names of feasts and languages ("Christmas", "English"): words that stand
    beside a name without being part of it ("told Mr. Okafor English is hard")."""
    path = Path(__file__).with_name("data") / "holiday_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    feasts = {n for n in lines if n and not n.startswith("#") and " " not in n}
    return frozenset(feasts | _english_names()[0])


def _announced(toks: list[Token], first: int) -> bool:
    """A title opens the name, or a title or a word of relation stands right before it."""
    if toks[first].title:
        return True
    if first == 0:
        return False
    before = toks[first - 1]
    return before.title or (before.low in _ANNOUNCERS and not before.possessive)


def _right_partner(
    text: str, toks: list[Token], last: int, taken: set[tuple[int, int]], lex: Lexicon
) -> bool:
    """Whether the word right after a name ending at ``toks[last]`` can be a part of it: one
    space between, no possessive on the name, a word that may be a name, no feast or
    language, not taken already, and no capitalised word right after it (the run goes on)."""
    right = last + 1
    return (
        right < len(toks)
        and text[toks[last].end : toks[right].start] == " "
        and not toks[last].possessive
        and _partner(toks[right], lex)
        and toks[right].low not in _named_things()
        and (toks[right].start, toks[right].end) not in taken
        and not _capital_joined(text, toks, right)
    )


def _announced_partner(
    text: str, toks: list[Token], first: int, last: int, taken: set[tuple[int, int]], lex: Lexicon
) -> tuple[int, int] | None:
    """The token beside the name ``first``..``last`` that is its other half, where the name
    is announced by a title or a word of relation: the word after it, or the one before it
    when a title stands before that ("Dr. Korkor Lamptey")."""
    right = last + 1
    if _right_partner(text, toks, last, taken, lex) and _announced(toks, first):
        return first, right
    left = first - 1
    if (
        left > 0
        and text[toks[left].end : toks[first].start] == " "
        and not toks[left].possessive
        and _partner(toks[left], lex)
        and toks[left].low not in _named_things()
        and (toks[left].start, toks[left].end) not in taken
        and (
            (toks[left - 1].title and text[toks[left - 1].end : toks[left].start] in (" ", ". "))
            or (
                toks[left - 1].low in _ANNOUNCERS
                and not toks[left - 1].capital
                and text[toks[left - 1].end : toks[left].start] == " "
            )
        )
    ):
        return left, last
    return None


def _third_part(
    text: str, toks: list[Token], first: int, last: int, taken: set[tuple[int, int]], lex: Lexicon
) -> tuple[int, int] | None:
    """The word after a name of two words already found that is its third part, when a
    person's verb follows it ("Ana Maria Rose said", "Nguyen Van Long drove")."""
    right = last + 1
    if _right_partner(text, toks, last, taken, lex) and _person_follows(
        text, toks, right, weak=False
    ):
        return first, right
    return None


def _capital_joined(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word follows ``toks[i]`` one space on: the run goes on past it."""
    return (
        i + 1 < len(toks) and toks[i + 1].capital and text[toks[i].end : toks[i + 1].start] == " "
    )


def name_partners(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` with each one-word name widened over the capitalised word paired with it,
    when a person's verb follows the pair."""
    by_start = {t.start: i for i, t in enumerate(toks)}
    taken = {(s, e) for s, e, _ in found}
    out: list[Candidate] = []
    by_end = {t.end: i for i, t in enumerate(toks)}
    for start, end, kind in found:
        i = by_start.get(start)
        if kind == "name" and i is not None and (last := by_end.get(end)) is not None:
            pair = _announced_partner(text, toks, i, last, taken, lex)
            if pair is None and last > i:
                pair = _third_part(text, toks, i, last, taken, lex)
            if pair is not None:
                out.append((toks[pair[0]].start, toks[pair[1]].end, kind))
                continue
        if kind != "name" or i is None or toks[i].end != end:
            out.append((start, end, kind))
            continue
        for left, other in ((i - 1, i - 1), (i, i + 1)):
            if left < 0 or left + 1 >= len(toks) or not _pair_alone(text, toks, left):
                continue
            tok = toks[other]
            if (tok.start, tok.end) in taken or not _partner(tok, lex):
                continue
            if other == i - 1 and _everyday_opener(text, toks, other, lex):
                continue
            if not _person_follows(text, toks, left + 1, weak=False):
                continue
            start, end = min(start, tok.start), max(end, tok.end)
            break
        out.append((start, end, kind))
    return out


# The other half of a name beside a placeholder: "Aster [name] speaks", "Mr. [name] Lor,".
# A first pass removes the half it can tell is a name ("Bekele", a family name) and leaves
# the other ("Aster", a flower), as the lists read it alone; a later pass sees it glued to
# the placeholder, where the pair reads as one person's name when something marks a person:
# a title or a word of relation before it ("her husband, [name] Zia"), a person's verb or an
# age after it ("Honesty [name] has attended", "Sum [name], [age]"), or a bracket holding
# the pair ("(Maya [name])"). An everyday word opening a sentence is read as a word before
# a verb ("Update [name] said", as ``_everyday_opener`` reads it in the first pass). The
# word must be one that may be a name (``_partner``): no title, kinship word, time word,
# weekday, function word, feast or language ("Today [name] came", "Mum [name] said",
# "[name] English is hard" keep theirs). A word the lists keep whatever stands beside it (a
# role or title of another language) needs more than a verb before the placeholder ("the
# Erzieherin [name] says"); after it, it is read as a family name ("her father Mr. [name]
# Lor,"). ``redact`` looks again when such a word stands beside a name it replaced.
_PLACEHOLDER = "name"
_PERSON_AFTER = PERSON_VERBS | STRONG_PERSON_VERBS | FAMILY_NOUNS
_AGED_AFTER = re.compile(r",\s*(?:\[age\]|\d{1,3}\b|age\b|aged\b)")
_RELATIVE_AFTER = re.compile(r" and (?:her|his|their) ")
_MAX_RIGHT = 2  # "[name] Iron Cloud identified": a family name of two everyday words
# words for what a place or a person is, not who: "Hospital [name] sent", "the Window [name]
# Scouts", "Participant [name] attends" (roles beyond the words of relation)
_NOT_PARTNERS = (
    ORG_SUFFIXES
    | GENERIC_ORG_WORDS
    | STREET_SUFFIXES
    | AREA_SUFFIXES
    | ROLES
    | frozenset("participant employee member resident tenant volunteer learner trainee".split())
)
_SHORT_WORD = 2  # "La [name]", "Um [name]": a short function word of another language


def _placeholder_partner(tok: Token, lex: Lexicon) -> bool:
    """``_partner``, and no word for what a place or person is, no feast or language, and no
    short function word of another language."""
    low = tok.low
    return (
        _partner(tok, lex)
        and low not in _NOT_PARTNERS
        and low not in _named_things()
        and not (len(low) <= _SHORT_WORD and low in tables().langs)
        and "cal" not in tables().langs.get(low, ())  # "Mardi [name]": a weekday or month
    )


def may_hold_placeholder(text: str) -> bool:
    """Cheap test: a name placeholder stands in the text."""
    return "[name]" in text


def _placeholder(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    return (
        tok.word == _PLACEHOLDER
        and text[tok.start - 1 : tok.start] == "["
        and text[tok.end : tok.end + 1] == "]"
    )


def _person_after_placeholder(text: str, toks: list[Token], i: int) -> bool:
    """What follows the placeholder ``toks[i]`` (past its "]") marks a person: a verb said
    of people or a possessive."""
    close = toks[i].end + 1
    if text.startswith(("'s", "’s"), close):
        return True
    j = i + 1
    if j >= len(toks) or text[close : toks[j].start] != " ":
        return False
    nxt = toks[j]
    if nxt.low in _ADVERBS and j + 1 < len(toks) and text[nxt.end : toks[j + 1].start] == " ":
        nxt = toks[j + 1]  # "Lei [name] finally went"
    return not nxt.capital and nxt.low in _PERSON_AFTER


def _bracketed_pair(text: str, start: int, close: int) -> bool:
    """ "(Maya [name])": the pair alone inside a bracket."""
    return text[start - 1 : start] == "(" and text[close : close + 1] == ")"


def placeholder_partners(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Capitalised words that are the other half of a name left as a placeholder."""
    out: list[Candidate] = []
    for i in range(len(toks)):
        if toks[i].word != _PLACEHOLDER or not _placeholder(text, toks, i):
            continue
        close = toks[i].end + 1
        left = i - 1
        if (
            left >= 0
            and text[toks[left].end : toks[i].start] == " ["
            and _placeholder_partner(toks[left], lex)
            and not _capital_before(text, toks, left)
            and (
                _announced(toks, left)
                or _AGED_AFTER.match(text, close)
                or _RELATIVE_AFTER.match(text, close)
                or _bracketed_pair(text, toks[left].start, close)
                # "Update [name] said", "the Erzieherin [name] says": an everyday word
                # opening a sentence, or a word the lists keep, needs more than a verb
                or (
                    toks[left].kind is not Kind.STOP
                    and not _everyday_opener(text, toks, left, lex)
                    and _person_after_placeholder(text, toks, i)
                )
            )
        ):
            out.append((toks[left].start, toks[left].end, "name"))
        right = _right_run(text, toks, i, lex)
        if right and (
            _announced(toks, i)
            or _person_follows(text, toks, right[-1], weak=False)
            or _AGED_AFTER.match(text, toks[right[-1]].end)
        ):
            out.append((toks[right[0]].start, toks[right[-1]].end, "name"))
    return out


def _capital_before(text: str, toks: list[Token], i: int) -> bool:
    """A capitalised word other than a title stands one space before ``toks[i]``."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.capital and not prev.title and text[prev.end : toks[i].start] == " "


def _right_run(text: str, toks: list[Token], i: int, lex: Lexicon) -> list[int]:
    """The capitalised words right after the placeholder ``toks[i]`` that may go on its name
    (at most ``_MAX_RIGHT``, with no further capital after them)."""
    gap = "] "
    run: list[int] = []
    j = i + 1
    while j < len(toks) and len(run) <= _MAX_RIGHT:
        prev_end = toks[j - 1].end
        if text[prev_end : toks[j].start] != gap or not toks[j].capital:
            break
        run.append(j)
        gap = " "
        j += 1
    if not run or len(run) > _MAX_RIGHT:
        return []
    if not all(_placeholder_partner(toks[k], lex) for k in run):
        return []
    return run
