"""Short capitals that name a role, a service or a setting of care: "His PO said the UA was
clean", "Hospital SW here", "discharge to the SNF", "her new CM", "SNF placement".

Practitioners write the people and places of a client's care as abbreviations: the social
worker (SW), case manager (CM), probation officer (PO), guardian ad litem (GAL), the skilled
nursing facility (SNF), assisted living (ALF), the urine screen (UA). Two or three capitals
are also a client's initials ("Client initials PO", "met with SW today"), so the list alone
cannot keep them: the grammar around them does. A role or setting is determined, owned or
placed ("the SNF", "his PO", "our GAL", "Hospital SW", "the county CM") or heads a noun of
care after it ("SNF placement", "UA results"); initials stand bare ("met with SW", "PO,
seen at home") or before a verb of a person. Only words of this list are kept, and not
before a family noun ("the PO family"). A school's resource officer (SRO) is a role too.

The abbreviations are common knowledge of US, UK and Australian social and health care,
written out here (no outside list).
"""

from __future__ import annotations

import re

from ._vocab import FAMILY_NOUNS, RELATIONS

Candidate = tuple[int, int, str]

ABBREVIATIONS = frozenset(
    """
    SW SWS MSW LSW CSW LCSW LICSW CM CMS CW PO POS PPO GAL CASA CNA CNAS HHA PCA DSP DSPS
    KW HV TA TAS RT APRN CHW CPRS PRS CADC LADC LCDC QMHP BHT IDD CRNA
    SNF SNFS ALF ALFS LTC ICF CSU CMHC FQHC BHU PACU CCU DOC DCS SSA HUD PHA MCO
    UA UAS UDS BAL AOD MAT OTP DV CIT FACT
    SRO SROS
    """.split()
)
# "the client PO", "her son CM": a person's initials after the noun for them
_PEOPLE = RELATIONS | frozenset(
    "client clients patient boy girl man woman youth teen teenager resident student".split()
)
_BEFORE = re.compile(
    r"\b(?i:the|a|an|his|her|their|my|our|your|its|this|that|each|every|no|any|new|former"
    r"|previous|current|assigned|county|state|hospital|school|hospice|prison|jail|unit|ward"
    r"|clinic|agency|court|probation|parole|facility|inpatient|outpatient|medical|community"
    r"|home|team|local|weekly|random|next|last|first|second)"
    r"\s+(?:(?!" + "|".join(sorted(_PEOPLE)) + r"\b)[a-z]+\s+)?$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?:placement|placements|referral|referrals|results?|visits?|meetings?|appointments?"
    r"|appts?|checks?|check-ins?|screens?|team|office|unit|bed|beds|staff|notes?|reports?"
    r"|level|admission|discharge|hold|tests?|orders?|plan|services|caseload|worker|workers"
    r"|stay|rehab|program|programme|conditions|violation|requirements?)\b"
)
_FAMILY_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(FAMILY_NOUNS)) + r")\b")


def may_hold(text: str) -> bool:
    """Cheap check: some word of the text, as typed, is one of the abbreviations."""
    return not ABBREVIATIONS.isdisjoint(re.findall(r"\b([A-Z]{2,5})s?\b", text))


def keep_role_abbreviations(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the abbreviations of a role or setting that the grammar shows."""
    return [c for c in out if not _role(text, c)]


def _role(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    if word not in ABBREVIATIONS and not (word.endswith("s") and word[:-1] in ABBREVIATIONS):
        return False  # "Random UAs twice a week"
    if _FAMILY_AFTER.match(text, end):
        return False  # "the PO family": a family's name
    placed = _BEFORE.search(text, max(0, start - 40), start) is not None
    return placed or _NOUN_AFTER.match(text, end) is not None
