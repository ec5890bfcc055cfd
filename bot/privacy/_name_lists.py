"""Names repeated or listed beside other names, line labels, and the edges a name absorbs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter

from ._lexicon import Lexicon
from ._lowercase_cues import _DETERMINERS, _MIN_LOWERCASE_NAME
from ._name_cues import _ADDRESS_TITLES, _joinable
from ._word_classes import Candidate, Kind, Token
from ._word_name_cues import _LIST_GAPS


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
