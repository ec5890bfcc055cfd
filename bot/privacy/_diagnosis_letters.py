"""Diagnoses written as their letters: "EUPD label from the Crisis Team", "PMDD week",
"FND flare on Monday", "ARFID makes school lunches hard".

Clinicians and clients name diagnoses by their initials; the less common ones are in no
list of known acronyms, so the rules took the capitals for an organisation or a name. A
diagnosis is said of many people and identifies nobody. Only letters in capitals, exactly
one of the list (written for this project: conditions of mental health, development and
neurology that notes name by their letters).
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

_BODY_BEFORE = re.compile(
    r"(?i)\b(?:at|from|by|to|joined|contacted|called|phoned)[ \t]+(?:the[ \t]+)?$"
)
_LOOK_BACK = 16

DIAGNOSES = frozenset(
    """
    EUPD BPD PTSD CPTSD ADHD OCD GAD MDD PDD ASD ARFID BDD DID OSDD FND PNES NEAD PMDD PND
    PPD DCD TBI ABI PDA ODD DMDD NSSI SUD AUD OUD DLD FASD CFS POTS PCOS EDS HEDS IBS
    MND COPD RAD ASPD NPD HPD AVPD DPDR BPAD
    """.split()
)


def keep_diagnoses(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are one diagnosis's letters, unless a word of
    going or sending before them makes them a body ("a shift at ...", "referred to ...")."""
    return [
        c
        for c in out
        if text[c[0] : c[1]] not in DIAGNOSES
        or _BODY_BEFORE.search(text, max(0, c[0] - _LOOK_BACK), c[0]) is not None
    ]
