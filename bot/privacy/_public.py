"""Public figures, works, teams and chains named in talk about the world.

"a massive Taylor Swift fan", "Gottman's four horsemen", "The Body Keeps the Score by
Bessel van der Kolk", "the Kaizer Chiefs game": thousands share these, so they identify
nobody. The lists in ``data/public_figures.txt`` and ``data/public_works.txt`` name them;
a candidate lying wholly inside such a name (or a list of them) is dropped. Recall comes
first: a person's name is kept only where it reads as the public figure, never with a
title, a relation word or a session verb beside it ("my client Chris Evans", "Michael
White came in"); there the whole name is removed instead. A name ordinary people carry
too ("Michael White", "Drake", "Beck") needs a cue besides ("a fan of", "'s model", "a
book by", another public figure beside it in a list).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Protocol

from ._club_members import club_member
from ._lexicon import Lexicon
from ._vocab import PERSON_ONLY_VERBS, RELATIONS, STRONG_PERSON_VERBS, TITLES

Candidate = tuple[int, int, str]

_DATA = Path(__file__).with_name("data")
FIRM, CUED, WORK, CHAIN, CITY = range(5)
_PEOPLE = (FIRM, CUED)
_COMMON_GIVEN = 2  # a single name listed by this many locales is carried by many people
_SHORTEST = 3


class _Tok(Protocol):
    start: int
    end: int
    low: str
    capital: bool
    possessive: bool
    title: bool


_Entry = tuple[tuple[str, ...], int]  # words, level


@dataclass(frozen=True, slots=True)
class _Lists:
    singles: dict[str, int]  # one-word names and their level
    by_pair: dict[tuple[str, str], tuple[_Entry, ...]]  # by their first two words, longest first
    styled: frozenset[str]  # single names that may open "Satir-style"
    firsts: frozenset[str]  # every word a listed name can open with


def _entries(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.split("\n") if ln.strip() and not ln.startswith("#")]


_LOADED: list[_Lists] = []


def _lists(lex: Lexicon) -> _Lists:
    """The lists, read once (the lexicon is the same for the whole process)."""
    if not _LOADED:
        _LOADED.append(_load(lex))
    return _LOADED[0]


def _load(lex: Lexicon) -> _Lists:
    levels: dict[tuple[str, ...], int] = {}
    for line in _entries("public_figures.txt"):
        cued, sure = line.startswith("?"), line.startswith("!")
        words = tuple(line.lstrip("?!").split())
        if len(words) == 1 and len(words[0]) < _SHORTEST and not cued:
            continue  # "V", "IU": as likely a client's initials
        if (
            len(words) == 1
            and not sure
            and (lex.given_names.get(words[0], 0) >= _COMMON_GIVEN or words[0] in lex.places)
        ):
            cued = True  # "Adele", "Noah", "Bellingham": many people or a town carry it
        if cued or words not in levels:
            levels[words] = CUED if cued else FIRM
    for line in _entries("public_works.txt"):
        chain, city = line.startswith("@"), line.startswith("%")
        words = tuple(line.lstrip("@%").split())
        if city:
            levels.setdefault(words, CITY)
            continue
        if any(c.isdigit() for c in line):
            continue  # digits are no words to the detector
        if len(words) == 1 and (words[0] in lex.given_names or words[0] in lex.places):
            # "Moana", "Matilda": a film named by a name is kept only where a cue says so
            levels.setdefault(words, CUED)
            continue
        levels.setdefault(words, CHAIN if chain else WORK)
    pairs: dict[tuple[str, str], list[_Entry]] = {}
    for words, level in levels.items():
        if len(words) > 1:
            pairs.setdefault((words[0], words[1]), []).append((words, level))
    by_pair = {
        pair: tuple(sorted(found, key=lambda e: -len(e[0]))) for pair, found in pairs.items()
    }
    singles = {w[0]: lv for w, lv in levels.items() if len(w) == 1}
    styled = frozenset(w for w, lv in singles.items() if lv in _PEOPLE)
    firsts = frozenset(singles) | frozenset(pair[0] for pair in by_pair)
    return _Lists(singles, by_pair, styled, firsts)


_PARTICLES = frozenset("de van von da di du del della le la bin ibn al el".split())  # "de Shazer"
_STYLE_TAILS = frozenset("style styled type like esque inspired informed based influenced".split())
_GAPS = frozenset({" ", ". ", ".", "'s ", "’s ", "'t ", "’t "})
# between two public names in a list: "Burna Boy and Wizkid", "Messi vs Ronaldo"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&|or|vs\.?|v\.?|versus|/)\s+)\s*")
_CONNECTORS = frozenset("and & or vs v versus".split())


@dataclass(slots=True)
class _Found:
    first: int  # token indexes
    last: int
    level: int
    kept: bool = False


def _occurrences(text: str, toks: Sequence[_Tok], lists: _Lists, lex: Lexicon) -> list[_Found]:
    out: list[_Found] = []
    n = len(toks)
    pairs, singles, firsts = lists.by_pair, lists.singles, lists.firsts
    i = 0
    while i < n:
        tok = toks[i]
        found = None
        if (not tok.capital and tok.low not in _PARTICLES) or (  # "queen elizabeth" in lower case
            tok.low not in firsts and "-" not in tok.low
        ):
            i += 1
            continue
        if i + 1 < n:
            entries = pairs.get((tok.low, toks[i + 1].low))
            if entries:
                found = _match(text, toks, i, entries, lex)
        if found is None:
            level = singles.get(tok.low)
            if level is not None and not _runs_on(text, toks, i, i + 1, lex):
                found = _Found(i, i, level)
            elif "-" in tok.low:
                head, _, tail = tok.low.partition("-")
                if head in lists.styled and tail in _STYLE_TAILS:  # "Satir-style sculpt"
                    found = _Found(i, i, FIRM, kept=True)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.last + 1
    return out


def _match(
    text: str, toks: Sequence[_Tok], i: int, entries: tuple[_Entry, ...], lex: Lexicon
) -> _Found | None:
    n = len(toks)
    for words, level in entries:
        j = i + len(words)
        if j > n:
            continue
        if any(toks[i + k].low != words[k] for k in range(2, len(words))):
            continue
        if any(text[toks[k].end : toks[k + 1].start] not in _GAPS for k in range(i, j - 1)):
            continue
        if _runs_on(text, toks, i, j, lex):
            return None  # "Nelson Mandela Bay", "Queen Elizabeth Hospital": judged whole
        return _Found(i, j - 1, level)
    return None


def _runs_on(text: str, toks: Sequence[_Tok], i: int, j: int, lex: Lexicon) -> bool:
    """A name-like capitalised word joins the name on either side: together they name
    something else ("Nelson Mandela Bay"); a title or everyday word does not ("Loved Tems")."""
    if j < len(toks) and toks[j].capital and text[toks[j - 1].end : toks[j].start] == " ":
        return not toks[j - 1].possessive
    if i > 0 and toks[i - 1].capital and text[toks[i - 1].end : toks[i].start] == " ":
        prev = toks[i - 1]
        return not (
            prev.title
            or prev.low in _KIN_TITLES
            or prev.low in lex.ordinary
            or prev.low in lex.always_ordinary
        )
    return False


# kinship and address words written before a name, as titles ("Aunty Rihanna")
_KIN_TITLES = frozenset(
    """
    aunty auntie aunt uncle nan nana nanny gran granny grandma grandpa papa mama mum mom dad
    baba mami abuela abuelo lola lolo tita tito kuya ate gogo ouma oupa koro whaea teta jiddo
    nne nna mama baba dada didi bhaiya bhai apa baji khala mamu chacha chachi nani dadi
    cousin sis bro coach pastor sister brother father fr sheikh ustaz imam rabbi mzee
    """.split()
)
_CLIENT_WORDS = (RELATIONS - {"with", "w/"}) | TITLES | _KIN_TITLES
_CLIENT_BEFORE = re.compile(
    r"(?i)\b(?:client|patient|student|pupil|resident|participant|young\s+person|"
    r"(?:her|his|their|my|our|your)\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl|friend|"
    r"partner|mate|cousin))\s*,?\s*$"
)
# after the name: she or he is someone the writer sees ("came in", "told me", "(age 14)")
_CLIENT_AFTER = re.compile(
    r"(?i)^(?:\s*\([^)]{0,80}?\b(?:client|patient|pt|caseload|not\s+the|age|aged|yo|y/o|\d+)\b"
    r"|(?:\s*\([^)]{0,80}\))?\s*,?\s*(?:who\s+)?(?:"
    r"came|comes|come\s+in|coming\s+in|attended|attends|arrived|arrives|turned\s+up|"
    r"showed\s+up|told\s+(?:me|us)|tells\s+(?:me|us)|cancell?ed|canceled|missed|rescheduled|"
    r"booked|(?:was|has\s+been|got)\s+referred|from\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?"
    r"(?:group|class|caseload|ward|unit|session)|is\s+(?:my|a|our)\s+(?:client|patient|"
    r"student)|my\s+client|aged?\s+\d|\d{1,2}\b|\(\d))"
)
_PLACE_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|in)|\b(?:admitted|taken|transferred|moved|went|goes|go|going|referred)\s+to|"
    r"\blives?\s+(?:in|on|at)|\bliving\s+(?:in|on|at))\s+(?:the\s+)?$"
)
# before a public name: it is followed, read, quoted, admired ("a fan of", "a book by")
_PUBLIC_BEFORE = re.compile(
    r"(?i)(?:\b(?:fans?|supporters?|devotees?|followers?)\s+of|\bbig\s+\w*\s*fan\s+of|"
    r"\blisten(?:s|ed|ing)?\s+to|\bquot(?:ed|es|ing|e)|\badmir(?:es|ed|e|ing)|"
    r"\bidoli[sz](?:es|ed|e|ing)|\bobsessed\s+with|\binspired\s+by|\bthe\s+(?:late\s+)?"
    r"(?:singer|rapper|author|writer|poet|footballer|cricketer|actor|actress|president|"
    r"philosopher|therapist|psychologist|psychiatrist|theorist|comedian|boxer|player)|"
    r"\b(?:books?|novels?|memoir|talks?|ted\s+talks?|lectures?|podcasts?|songs?|albums?|"
    r"films?|movies?|poems?|speech(?:es)?|sermons?|documentary|clips?|videos?|interviews?|"
    r"work|writings?|words|teachings?|story|prayers?)\s+(?:by|from|of|with)|"
    r"[A-Z][\w']*\s+by|\bpray(?:s|ed|ing)?\s+to|\bfaith\s+in|\bvs\.?|\bversus|"
    r"\b(?:box|play|sing|dance|be|write|fight|run|talk)(?:s|es)?\s+like|"
    r"\b(?:film|movie|cartoon|soundtrack)\s+of)"
    r"\s+(?:the\s+)?$"
)
_PUBLIC_AFTER = re.compile(
    r"(?i)(?:['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:model|approach|theory|therapy|method|technique|"
    r"framework|hierarchy|stages|questions?|conditions|horsemen|triangle|utili[sz]ation|"
    r"books?|novels?|songs?|music|lyrics|albums?|speech|talks?|podcast|show|interviews?|"
    r"stand-up|films?|movies?|quotes?|line|words|poems?|ideas?|concept|work|teachings?|"
    r"sermons?|tour|concert)\b|\s+(?:songs|lyrics|albums?|fans?|concerts?|tour|quotes?|"
    r"ideas|model|approach|theory|techniques|methods?|"
    r"books?|talks?|clips?|videos?|interviews?|podcasts?|sermons?|said\s+in\s+(?:a|her|his)\s+"
    r"(?:book|talk|speech|song|interview))\b|\s*\((?:pbuh|peace\s+be\s+upon\s+him|saw|as)\)"
    r"|\s+(?:on\s+repeat|soundtrack|film|movie)\b)"
)
_REACH = 48
_MEASURE_AFTER = re.compile(r"\s+\d")


def _client_cue(text: str, toks: Sequence[_Tok], f: _Found) -> bool:
    """A title, relation word or session verb beside the name: someone the writer knows."""
    start, end = toks[f.first].start, toks[f.last].end
    if f.first > 0:
        prev = toks[f.first - 1]
        gap = text[prev.end : start]
        if gap.strip(" ,.") == "" and (prev.title or prev.low in _CLIENT_WORDS):
            return True
    if _CLIENT_BEFORE.search(text, max(0, start - _REACH), start):
        return True
    after = end + 2 if toks[f.last].possessive else end
    return bool(_CLIENT_AFTER.match(text[after : after + 2 * _REACH]))


def _public_cue(text: str, toks: Sequence[_Tok], f: _Found, lex: Lexicon) -> bool:
    start, end = toks[f.first].start, toks[f.last].end
    if _PUBLIC_BEFORE.search(text[max(0, start - _REACH) : start]):
        return True
    return bool(_PUBLIC_AFTER.match(text, end, end + 2 * _REACH))


def _measure(text: str, toks: Sequence[_Tok], f: _Found) -> bool:
    """ "the Kessler 10": an author's surname after "the", before a number, names a measure."""
    return (
        f.first == f.last
        and _prev_low(toks, f.first) == "the"
        and bool(_MEASURE_AFTER.match(text, toks[f.last].end, toks[f.last].end + 3))
    )


def _prev_low(toks: Sequence[_Tok], i: int) -> str:
    return toks[i - 1].low if i > 0 else ""


def _listed_together(text: str, toks: Sequence[_Tok], found: list[_Found]) -> None:
    """A name set in a list beside a public figure or work reads as one too ("de Shazer and
    Berg", "Drake, Kendrick Lamar and J. Cole")."""
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(found):
            if a.kept == b.kept:
                continue
            gap = text[toks[a.last].end : toks[b.first].start]
            if not _LIST_GAP.fullmatch(gap):
                continue
            pending = b if a.kept else a
            if pending.level not in (CHAIN, -1) and (pending.level == CITY) == (
                (a if a.kept else b).level == CITY
            ):
                pending.kept = True
                changed = True


def _decide(text: str, toks: Sequence[_Tok], found: list[_Found], lex: Lexicon) -> list[Candidate]:
    """Mark each occurrence kept or not; return the client names found on the way."""
    names: list[Candidate] = []
    pending: list[_Found] = []
    for f in found:
        if f.kept:
            continue
        if f.level == CITY:
            f.kept = _wide_world(text, toks[f.first].start)
            if not f.kept:
                pending.append(f)  # "in London or Madrid": the list may keep it
        elif f.level in (WORK, CHAIN):
            f.kept = not (
                _employer_or_own(toks, f.first, own=f.level == CHAIN)
                or club_member(toks, f.first, f.last)  # "plays in Galatasaray youth team"
            )
        elif _measure(text, toks, f):
            f.kept = True
        elif _client_cue(text, toks, f):
            f.level = -1  # never kept, not even beside a public name
            names.append(_client_name(toks, f))
        elif _PLACE_BEFORE.search(text, max(0, toks[f.first].start - _REACH), toks[f.first].start):
            f.level = -1  # "Mass at St Anne's", "admitted to Queen Elizabeth": named after them
        elif f.level == FIRM or _public_cue(text, toks, f, lex):
            f.kept = True
        else:
            pending.append(f)
    if pending:
        _listed_together(text, toks, found)
        _named_again(toks, found)
    return names


def _client_name(toks: Sequence[_Tok], f: _Found) -> Candidate:
    """A listed name used for someone the writer knows, whole, with the title or kinship
    word written before it ("Mr Salah", "Aunty Rihanna")."""
    start = toks[f.first].start
    if f.first > 0:
        prev = toks[f.first - 1]
        if prev.capital and (prev.title or prev.low in _KIN_TITLES) and start - prev.end <= 2:
            start = prev.start
    return (start, toks[f.last].end, "name")


# before a city: a dream, a trip or the world at large, not where someone lives
_WIDE_WORLD_BEFORE = re.compile(
    r"(?i)\b(?:visit|visits|visited|visiting|see|seeing|travel(?:s|led|ling)?\s+to|"
    r"trips?\s+to|holidays?\s+(?:in|to)|dream(?:s|ed|ing)?\s+of\s+(?:\w+\s+){0,2}(?:in|to|at)|"
    r"the\s+streets\s+of|fly(?:ing)?\s+to|famous\s+in|one\s+day\s+(?:in|to))\s+$"
)


def _wide_world(text: str, start: int) -> bool:
    """ "wants to visit Paris someday", "dreams of playing in Madrid": a city of the world."""
    return bool(_WIDE_WORLD_BEFORE.search(text, max(0, start - _REACH), start))


def _named_again(toks: Sequence[_Tok], found: list[_Found]) -> None:
    """A name kept as the public figure's stays so when the text names it again ("the story
    of Job ... if Job could hold on"), or calls a person kept by full name by the surname
    alone ("like Brian Lara ... "Lara calm""), unless a person's verb follows the surname
    ("Brian Lara is his hero. Lara said the same")."""
    kept: set[tuple[str, ...]] = set()
    surnames: set[tuple[str, ...]] = set()
    for f in found:
        words = tuple(toks[k].low for k in range(f.first, f.last + 1))
        if f.kept:
            kept.add(words)
            if f.level in _PEOPLE and len(words) > 1:
                surnames.add(words[-1:])
        elif f.level == CUED and (
            words in kept or (words in surnames and not _person_verb_after(toks, f.last))
        ):
            f.kept = True


def _person_verb_after(toks: Sequence[_Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].low in _PERSON_VERBS


_PERSON_VERBS = STRONG_PERSON_VERBS | PERSON_ONLY_VERBS
_WORKING = frozenset("works worked working work job jobs shift shifts employed volunteers".split())
_OWNING = frozenset("her his their my our your attends attending attended attend".split())


def _employer_or_own(toks: Sequence[_Tok], i: int, *, own: bool) -> bool:
    """ "works at the YMCA", "coached at Orlando Pirates", "her Hillsong": a club or branch
    someone works at, goes to or belongs to."""
    back = [t.low for t in toks[max(0, i - 4) : i]]
    if back and back[-1] == "the":
        back.pop()
    if back and (back[-1] == "at" or (own and back[-1] in _OWNING)):
        return True
    return not _WORKING.isdisjoint(back)


def keep_public(
    text: str, toks: Sequence[_Tok], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the candidates lying wholly inside public names kept where they
    stand, plus the whole of listed names used for someone the writer sees."""
    lists = _lists(lex)
    occurrences = _occurrences(text, toks, lists, lex)
    if not occurrences:
        return found
    names = _decide(text, toks, occurrences, lex)
    kept = [(toks[f.first].start, toks[f.last].end) for f in occurrences if f.kept]
    if not kept:
        return found + names
    starts = [t.start for t in toks]
    out = [c for c in found if not _covered(c, kept, toks, starts)]
    return out + names


def _covered(
    cand: Candidate, kept: list[tuple[int, int]], toks: Sequence[_Tok], starts: list[int]
) -> bool:
    start, end, _ = cand
    inside = False
    k = bisect_left(starts, start)
    while k < len(toks) and toks[k].start < end:
        tok = toks[k]
        if any(lo <= tok.start and tok.end <= hi for lo, hi in kept):
            inside = True
        elif tok.low not in _CONNECTORS and tok.low != "the":
            return False
        k += 1
    return inside
