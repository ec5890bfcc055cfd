"""The end of a national, health or insurance number, given after its label: "SIN ending 882",
"SSN last four 6620", "the last part of her FIN, 4471K", "medicare card ends in 7782".

Part of such a number still points at one person (with a name or a date of birth beside it
it is often all a clerk needs), so it goes as the whole number does. The label must name a
number of that kind; the last four of a phone, a score or a run of weeks ("her phone ends
in 4471", "the last four weeks") and a number with no label stay.
"""

from __future__ import annotations

import re

from ._decided import record
from ._word_classes import Candidate

_LABEL = (
    r"(?:SSN|SIN|FIN|NRIC|NHS|NHI|IRD|PPSN|PPS|TFN|NINO|NID|CNIC|Aadhaa?r|PAN|OHIP|MRN|DNI|CURP"
    r"|PESEL|CPF|BSN|medicare|medicaid|passport|social\s+security|social\s+insurance"
    r"|national\s+insurance|health\s+card|member|policy|ID)"
    r"(?:\s+(?:no\.?|number|num|#|card|ID))*"
)
_VALUE = r"(?P<id>(?=[A-Za-z]*\d)[A-Za-z0-9]{2,8})(?![\w-])"
_AFTER_VALUE = r"(?![.,]\d)"
_HOW_MANY = r"(?:four|4|three|3|two|2|five|5|six|6|part|bit|digits?)"
# "SIN ending 882", "NHS number ends in 6621", "passport ends 0923"
_ENDING = re.compile(
    rf"(?i)\b{_LABEL},?\s+(?:ending|ends|ended)(?:\s+(?:in|with|on))?\s*[:#]?\s*{_VALUE}{_AFTER_VALUE}"
)
# "SSN last four 6620", "his SIN last 3 digits 209", "member ID last four: 8870"
_LABEL_LAST = re.compile(
    rf"(?i)\b{_LABEL},?\s+(?:the\s+)?(?:last|final)\s+{_HOW_MANY}(?:\s+digits?)?"
    rf"(?:\s+(?:is|are|was|were))?\s*[:#,-]?\s*{_VALUE}{_AFTER_VALUE}"
)
# "the last four of his SSN are 9014", "the last part of her FIN, 4471K"
_LAST_OF = re.compile(
    rf"(?i)\b(?:last|final)\s+{_HOW_MANY}(?:\s+digits?)?\s+of\s+"
    r"(?:(?:her|his|their|the|my|your|its|client['’]s|[a-z]+['’]s)\s+)?"
    rf"{_LABEL}(?:\s+(?:is|are|was|were|being))?\s*[:#,-]?\s*{_VALUE}{_AFTER_VALUE}"
)
_HINTS = ("end", "last", "final")


def partial_ids(text: str, lowered: str) -> list[Candidate]:
    """Ends of labelled national, health and insurance numbers (see the module)."""
    if not any(hint in lowered for hint in _HINTS):
        return []
    out: list[Candidate] = []
    for pattern in (_ENDING, _LABEL_LAST, _LAST_OF):
        for m in pattern.finditer(text):
            out.append((m.start("id"), m.end("id"), "id"))
    return out


# the acronym of a number's system right before its number, whole or in part, once that
# number is a placeholder: "Intake: SSN [id]", "SIN ending [id]", "SSN last four [id]"
_LABEL_OF_NUMBER = re.compile(
    r"\b(?:SSN|SIN|FIN|NRIC|NHS|NHI|IRD|PPSN|PPS|TFN|NINO|NID|CNIC|PAN|OHIP|MRN|DNI|CURP|PESEL"
    r"|CPF|BSN)\b"
    r"(?=(?:\s+(?:no\.?|number|num|#|card))*\s*[:#(]?\s*"
    r"(?:,?\s*(?:ending|ends|ended)(?:\s+(?:in|with|on))?\s*[:#]?\s*"
    rf"|,?\s*(?:the\s+)?(?:last|final)\s+{_HOW_MANY}(?:\s+digits?)?\s*[:#,-]?\s*)?\[id\])"
)


def record_number_labels(text: str) -> None:
    """Note each acronym naming the system of a number already removed as safe on purpose:
    a label, never a name (`_decided`), which the tagger would otherwise judge again."""
    if "[id]" not in text:
        return
    for m in _LABEL_OF_NUMBER.finditer(text):
        record(m.start(), m.end())
