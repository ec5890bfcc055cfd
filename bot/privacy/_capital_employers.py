"""Workplaces named by capitalised everyday words after a cue of work: "she works at the
Pantry", "a volunteer role at the Lighthouse", "her shifts at Harbour Light Foods".

A capitalised everyday word is kept by the rules for names (it may open a sentence or be
stressed), and ``_unlisted_employers`` reads only words in no list. After a cue of work
("works at", "a job at", "volunteers at", "quit": see ``_employers``), typed in lower case
in mid-sentence, the capitalised words name where somebody works, which places them as
much as a shop's name does.

Kept: a run made only of words for a kind of workplace or public body ("works at the
Hospital", "volunteers at the Food Bank", "works for the Government", "a job at the Post
Office"), a known phrase or region, and any run holding a name, brand, title, weekday or
acronym (read by the rules that know those words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._employers import _DRIVE_VERBS, _ROLES, _WORK_VERBS, _work_before
from ._unlisted_employers import _CUE_WORDS, _RIGHT_BEFORE
from ._venues import _CALLED_NOUNS, _DESCRIPTORS, _PLACE_KINDS
from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# words for a kind of workplace or a public body: a run of only these names no one place
_KIND_WORDS = (
    GENERIC_ORG_WORDS
    | ORG_SUFFIXES
    | _DESCRIPTORS
    | _PLACE_KINDS
    | _CALLED_NOUNS
    | frozenset(
        """
        government ministry department dept army navy air force military civil federal
        post office offices head main branch store shop factory warehouse site farm mine port
        airport station hotel restaurant cafe café bar pub kitchen canteen office depot plant
        mill yard docks hq headquarters front desk reception ward wards unit units
        department's council's shop's store's weekend weekends moment time team teams
        line lines desk program programme programmes service lab laboratory child adolescent
        intensive acute primary secondary tertiary intake assessment liaison offending
        aid action cross army mail force forces rescue guard coastguard crown royal open
        civil border revenue customs courts court tribunal authority authorities agency
        agencies board boards commission bureau network partnership partnerships
        """.split()
    )
)
# last words of a job's title, capitalised in formal notes
_JOB_TITLE_ENDS = _ROLES | frozenset(
    """
    officer officers lead leader leaders coordinator coordinators director directors
    practitioner practitioners advisor advisors adviser advisers therapist therapists
    specialist specialists consultant consultants head heads aide aides carer carers
    keyworker keyworkers mentor mentors teacher teachers tutor tutors secretary
    """.split()
)
# verbs before "for" that make the body after it the employer ("an interview for the Night
# Manager role" names a job)
_FOR_VERBS = _WORK_VERBS | _DRIVE_VERBS
# people a pupil or player has at a school or club: "his teacher at Assumption"
_SCHOOL_ROLES = frozenset(
    """
    teacher teachers principal headteacher headmaster headmistress coach coaches
    classmate classmates schoolmates teammates
    """.split()
)
# words of which a text must hold one for ``capital_employers`` to find anything
CUE_WORDS = _CUE_WORDS | _SCHOOL_ROLES


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a cue word of work, or a role at a school or club, among the words."""
    return not CUE_WORDS.isdisjoint(lows)


_JOINING = frozenset(("joined", "joining", "rejoined", "join", "joins"))
_EVERYDAY = (Kind.ORDINARY, Kind.WORD_NAME)
_JOINERS = frozenset(("of", "&"))
# words after which a longer title goes on ("the Child and Family Unit"): the run is no name
_GOES_ON = frozenset(("and", "for", "of", "&"))
_MAX_CAPS = 4


def capital_employers(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Runs of capitalised everyday words named as somebody's workplace."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        prev = toks[i - 1]
        if prev.word != prev.low or not _everyday_capital(toks[i]):
            continue
        if (prev.low not in _RIGHT_BEFORE and prev.low != "the") or not _spaced(text, toks, i):
            continue
        cue = i - 2 if prev.low == "the" else i - 1  # the word before the run (and "the")
        if not (_work_before(text, toks, i) or _school_role_before(text, toks, cue)):
            continue
        if not _worked_for(toks, cue):
            continue
        last = _run_last(text, toks, i)
        if last < 0:
            continue
        if _goes_on(text, toks, last):
            continue
        if last > i and toks[cue].low in _JOINING:
            continue  # "joined the Walking Group": a group of several words, often a kind
        words = toks[i : last + 1]
        lows = [w.low for w in words if w.capital]
        if lows[-1] in _JOB_TITLE_ENDS:
            continue  # "an interview for the Senior Support Worker post": a job, not a place
        if all(w in _KIND_WORDS for w in lows):
            continue
        phrase = " ".join(w.low for w in words)
        if phrase in lex.phrases or phrase in lex.regions:
            continue
        out.append((toks[i].start, toks[last].end, "org"))
    return out


def _spaced(text: str, toks: list[Token], k: int) -> bool:
    return text[toks[k - 1].end : toks[k].start] == " "


def _school_role_before(text: str, toks: list[Token], j: int) -> bool:
    """ "his teacher at Assumption", "her coach at the Tigers": a role at a school or club
    right before "at" (``toks[j]``, before the run and its "the")."""
    return (
        j >= 1
        and toks[j].word == "at"
        and toks[j - 1].low in _SCHOOL_ROLES
        and _spaced(text, toks, j)
        and _spaced(text, toks, j + 1)
    )


def _worked_for(toks: list[Token], j: int) -> bool:
    """After "for" (``toks[j]``), only a verb of work or driving makes the run an employer."""
    if toks[j].low != "for":
        return True
    return any(toks[k].low in _FOR_VERBS for k in range(max(0, j - 3), j))


def _goes_on(text: str, toks: list[Token], last: int) -> bool:
    """A joining word and a capital after the run: a longer title of a service."""
    k = last + 1
    return (
        k + 1 < len(toks)
        and toks[k].low in _GOES_ON
        and toks[k + 1].capital
        and _spaced(text, toks, k)
        and _spaced(text, toks, k + 1)
    )


def _everyday_capital(tok: Token) -> bool:
    """A capitalised everyday word (a name, brand, weekday or acronym is read elsewhere)."""
    return (
        tok.capital
        and not tok.acronym
        and not tok.title
        and not tok.initial
        and tok.word[1:].islower()
        and (tok.kind in _EVERYDAY or tok.low in ORG_SUFFIXES)
    )


def _run_last(text: str, toks: list[Token], i: int) -> int:
    """The last token of the capitalised run from ``i`` ("of" and "&" may join it), or -1
    when a word of it is no everyday word or it holds more than four capitalised words."""
    last, j, caps = i, i, 1
    while j + 1 < len(toks) and not toks[j].possessive and _spaced(text, toks, j + 1):
        nxt = toks[j + 1]
        if nxt.capital:
            if not _everyday_capital(nxt):
                return -1
            j = last = j + 1
            caps += 1
        elif nxt.low in _JOINERS and j + 2 < len(toks) and toks[j + 2].capital:
            j += 1
        else:
            break
    return last if caps <= _MAX_CAPS else -1
