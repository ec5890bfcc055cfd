"""Services, systems, roles and measures named in general in formal notes.

Supervision notes and case write-ups name the systems around a client in Title Case:
"Child Protective Services", "Foster Child Grant", "Team Lead", "Guardian ad Litem",
"CBT for Insomnia", "Tusla", "Centrelink". Named in general (not as a town's branch) a
national agency, a benefit, a kind of service or a job title identifies nobody. A
candidate is dropped when the whole Title-Case run around it is made of such words;
one distinctive word in the run ("Tusla Galway", "Franklin County Behavioral Health",
"Riverside Family Centre") keeps it. A run of one word is dropped only when the word
is an agency, scheme, acronym or medicine of ``_SINGLES``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from ._dedicated_names import named_by_dedication_or_the

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# national agencies, systems and schemes named in general, professional bodies, clinical
# and care-system acronyms, medicines, and common nouns of other languages used in notes
_SINGLES = frozenset(
    """
    tusla hse winz centrelink ndis ndia sassa nhif sha medicaid medicare medi-cal ohip
    cafcass camhs iapt oranga tamariki meitheal acc msd dsd nhs cps dcfs dss
    pm-jay sukanya samriddhi yojana ayushman bharat anganwadi asha comcare medifund chas
    mindline chat ns cpf medisave medishield
    bacp babcp aasw aswb apa nasw hcpc bps iacp ukcp acwa anzasw cpa caswc
    licsw lcsw lpc lmft lmhc msw bsw mdt cpa amhp iro sgo pep lac fgc ehcp senco sen
    iep ipr iprc mtss cdnt pds lcwra pip esa sbar dap soap birp girp ps ssri snri
    tld arv arvs art prep pep haart
    cbt dbt emdr act ipt mbct sfbt cft cat cpt pe tf-cbt
    mch pmtct nevirapine dolutegravir tenofovir efavirenz kaimahi
    sertraline fluoxetine citalopram escitalopram paroxetine venlafaxine duloxetine
    mirtazapine amitriptyline quetiapine olanzapine risperidone aripiprazole clozapine
    lithium lamotrigine valproate propranolol diazepam lorazepam zopiclone melatonin
    methylphenidate lisdexamfetamine atomoxetine guanfacine metformin empagliflozin
    insulin naloxone narcan suboxone buprenorphine methadone naltrexone xl
    kaiako kura imbizo baraza whanau whānau hui rangatahi tamariki kuia kaumatua
    """.split()
)

# words that describe a kind of service, benefit, team, role, course or condition
_GENERIC = frozenset(
    """
    child children childhood young youth adult adults older family families parent parents
    community mental health care social services service support supports team teams unit
    hub centre center centres clinic hospital programme program programmes scheme grant
    payment supplement assistance allowance credit benefit benefits protective protection
    preservation safeguarding intensive recovery addiction addictions medicine rapid access
    early help intervention perinatal maternal disability disabilities residential kinship
    foster looked after justice agency violence gender-based gender based stress injury
    operational crisis line resolution home treatment reflective practice group groups
    peer primary secondary tertiary psychology psychological counselling counseling therapy
    therapies therapeutic worker workers lead manager practitioner senior principal
    clinical graduate specialist nurse nurses consultant assistant officer coordinator
    coordination nursing psychiatry psychiatrist psychologist therapist counsellor counselor
    major depressive disorder anxiety generalised generalized insomnia guardian ad litem
    design technology spring summer winter autumn fall break pupil premium plus
    accommodation jobseeker carer carers court department development behavioral
    behavioural outpatient inpatient acute liaison liaison ward review conference panel
    plan order orders assessment needs need sub-county county national regional state
    public private voluntary education educational special learning resource room club
    robotics school schools virtual head year diploma certificate degree postgraduate
    master masters bachelor award level course training work employment employee
    self de-addiction short-to-medium-term short medium long term opioid drug drugs
    alcohol substance use misuse wellbeing well-being emotional trauma trauma-focused
    trauma-informed eating sleep note notes summary log report
    veterans affairs division exam examination licence license registration
    office offices polyclinic polyclinics i ii iii iv v
    housing older person persons disabled active ageing aging admin ward sister healthcare
    stabilization stabilisation assertive integrated transition behaviour behavior positive
    wellness psychosis domiciliary homeroom deputy advanced business minutes intake groups
    """.split()
)
# the last word of a benefit, scheme or course, never of a place one goes to: "Housing
# First Program" is a kind of programme, "Lighthouse Family Centre" a particular centre
_HEADS = frozenset(
    """
    program programme programs programmes scheme grant allowance payment benefit benefits
    supplement assistance plan supervision training course
    """.split()
)
_WORDS = _SINGLES | _GENERIC
# the national agencies and systems among them
_AGENCIES = frozenset(
    """
    tusla hse winz centrelink ndis ndia sassa nhif sha medicaid medicare medi-cal ohip
    cafcass camhs iapt oranga tamariki meitheal acc msd dsd nhs cps dcfs dss comcare
    medifund chas mindline cpf medisave medishield pm-jay
    """.split()
)
_CONNECTORS = frozenset("and of for in ad the".split())
_SKIPPED = _CONNECTORS | frozenset("a an our my her his their this that".split())
_JOINS = frozenset({" ", "-", "'s ", "’s ", " & ", " - ", " – "})


def may_name_services(lows: Sequence[str]) -> bool:
    """Cheap test: the text holds one of the agency, scheme or service words."""
    return not _WORDS.isdisjoint(lows)


def _joined(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in _JOINS


def _joinable(tok: Token) -> bool:
    """A word a connector may join to the run: itself a word of a service name."""
    return tok.capital and tok.low in _WORDS


def _run_bounds(text: str, toks: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The Title-Case run (with lower-case connectors inside) around tokens first..last."""
    while first > 0:
        prev = toks[first - 1]
        if not _joined(text, prev, toks[first]):
            break
        if prev.capital:
            first -= 1
        elif prev.low in _CONNECTORS and first > 1 and _joinable(toks[first - 2]):
            if not _joined(text, toks[first - 2], prev):
                break
            first -= 2
        else:
            break
    n = len(toks)
    while last + 1 < n:
        nxt = toks[last + 1]
        if not _joined(text, toks[last], nxt):
            break
        if nxt.capital:
            last += 1
        elif nxt.low in _CONNECTORS and last + 2 < n and _joinable(toks[last + 2]):
            if not _joined(text, nxt, toks[last + 2]):
                break
            last += 2
        else:
            break
    return first, last


def _not_a_name(tok: Token, lex: Lexicon, alone: bool) -> bool:
    """An agency word that is also a name (or, standing alone, an English word) counts
    only in capitals: "PIP" and "ASHA" are schemes, "Pip" and "Asha" people."""
    if tok.acronym:
        return True
    low = tok.low
    if low in lex.given_names or low in lex.surnames:
        return False
    return not alone or low not in lex.ordinary


def _generic_run(text: str, toks: Sequence[Token], first: int, last: int, lex: Lexicon) -> bool:
    lo, hi = _run_bounds(text, toks, first, last)
    words = [t for t in toks[lo : hi + 1] if t.low not in _SKIPPED]
    if not words:
        return False
    if len(words) == 1:
        return words[0].capital and _single(words[0], lex, alone=True)
    if all(
        t.low in _GENERIC or _single(t, lex, alone=False) or lex.is_region_word(t.low)
        for t in words
    ):
        return True
    return words[-1].low in _HEADS and all(_plain(t.low, lex) for t in words)


def _plain(low: str, lex: Lexicon) -> bool:
    """An everyday English word that is no name or town ("Housing", "Older", "Admin")."""
    if low in _GENERIC:
        return True
    return (
        low in lex.ordinary
        and low not in lex.given_names
        and low not in lex.surnames
        and low not in lex.places
        and low not in lex.word_names
    )


def _single(tok: Token, lex: Lexicon, *, alone: bool) -> bool:
    """An agency or scheme word. Standing alone, an agency keeps the rules it met before
    ("on ACC since the fall", "WINZ sorted his benefit"): independent labellers mark an
    agency named alone as an organisation, so only its kind of service around it
    ("Tusla Child and Family Agency" in general) shows it is named in general."""
    if alone and (tok.low in lex.id_systems or tok.low in _AGENCIES):
        return False
    return tok.low in _SINGLES and _not_a_name(tok, lex, alone)


def without_generic_services(
    text: str, toks: Sequence[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without candidates inside a run naming a service, scheme or role in general."""
    out: list[Candidate] = []
    for cand in found:
        first, last = _token_at(toks, cand[0], _START), _token_at(toks, cand[1], _END)
        if (
            first is None
            or last is None
            or (first < last and named_by_dedication_or_the(text, toks, [first, last]))
            or not _generic_run(text, toks, first, last, lex)
        ):
            out.append(cand)
    return out


_START = attrgetter("start")
_END = attrgetter("end")


def _token_at(toks: Sequence[Token], offset: int, edge: attrgetter[int]) -> int | None:
    """The index of the token whose start (or end) is ``offset``: tokens stand in order, so
    their starts and ends both rise, and a binary search finds it."""
    i = bisect_left(toks, offset, key=edge)
    return i if i < len(toks) and edge(toks[i]) == offset else None
