"""A former employer written with "ex-" before a job: "Ex-Boeing machinist", "an ex-Intel
engineer", "her ex-Safeway coworkers".

"ex-" before a capitalised name and a word of work names where the person worked, as "a
machinist at Boeing" does: the employer is an organisation. Kept: a branch of military
service ("ex-Army medic", "ex-Marine", bot/privacy/_service_branches.py), and anything
without a word of work after it ("ex-Mormon", "ex-Catholic", "ex-ARVN": a faith or a
service, not an employer).
"""

from __future__ import annotations

import re

from ._service_branches import BRANCHES

Candidate = tuple[int, int, str]

# words of a job or workplace after the employer: "ex-Boeing machinist", "ex-Intel staff"
_JOBS = (
    "machinist machinists engineer engineers driver drivers worker workers employee employees"
    " staff staffer staffers manager managers coworker coworkers co-worker co-workers"
    " colleague colleagues mechanic mechanics nurse nurses executive exec execs cashier"
    " cashiers clerk clerks technician technicians tech techs warehouse lineman linemen"
    " welder welders logger loggers trucker truckers programmer programmers developer"
    " developers analyst analysts supervisor supervisors foreman crew"
).split()
_EX_EMPLOYER = re.compile(
    r"(?<![\w-])[Ee]x-(?P<org>[A-Z][\w&'’.]*(?: [A-Z][\w&'’.]*)?)\s+(?:" + "|".join(_JOBS) + r")\b"
)


def may_hold(text: str) -> bool:
    """Cheap check: "ex-" or "Ex-" in the text."""
    return "x-" in text


def former_employers(text: str) -> list[Candidate]:
    """The employers named with "ex-" before a word of work, but branches of service."""
    return [
        (m.start("org"), m.end("org"), "org")
        for m in _EX_EMPLOYER.finditer(text)
        if m.group("org").lower() not in BRANCHES
    ]
