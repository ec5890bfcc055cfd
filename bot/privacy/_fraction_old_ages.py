"""Ages over 89 in words with a fraction: "she told me ninety two and a half", "he's
ninety-four and a half", "a hundred and one and a half".

Nobody counts a thing in halves past ninety in words unless it is a measure, and a measure
says so: a unit after it ("ninety two and a half kilos", "... miles", "... percent") or a
verb or noun of measuring before it ("scored ninety two and a half", "weighs ...", "the rent
went up to ..."). Without either, a number over 89 with a half or a quarter said in words is
how old someone is, which alone can single a person out.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_FRACTION_AGE = re.compile(
    rf"(?i)\b(?P<age>(?:ninety(?:[-\s](?:{_UNITS}))?"
    rf"|(?:(?:a|one)\s+)?hundred(?:\s+and\s+(?:{_UNITS}|ten))?)"
    r"\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters))(?![\w-])"
)
# a unit after the number: what it measures is no age
_UNIT_AFTER = re.compile(
    r"(?i)\s*(?:%|(?:percent|per\s+cent|kilos?|kg|kgs|pounds?|lbs?|stone|grams?|miles?|km|kms"
    r"|kilometres?|kilometers?|metres?|meters?|feet|foot|inches|minutes?|mins?|hours?|hrs?"
    r"|seconds?|days?|weeks?|months?|dollars?|bucks|euros?|quid|grand|k|points?|marks?|mph"
    r"|degrees?|cents?|litres?|liters?|ml|mg|times|hundred|thousand|million|a\s+week"
    r"|an\s+hour|a\s+month|per)\b)"
)
# a verb or noun of measuring or paying in the few words before the number
_MEASURE_BEFORE = re.compile(
    r"(?i)\b(?:scored?|scores|scoring|weigh(?:s|ed|ing|t)?|paid|pays?|paying|costs?|costing"
    r"|price|rent|bill|owe[sd]?|rated?|rating|lost|gained|ran|drove|doing|speed|marks?"
    r"|points|got|gets|out\s+of|up\s+to|down\s+to|temperature|temp|fever|bp)\b"
    r"(?:\W+\w+){0,3}\W*$"
)


def may_hold(lowered: str) -> bool:
    """Cheap test: a half or a quarter said after a number of ninety or more."""
    return ("ninety" in lowered or "hundred" in lowered) and (
        " and a" in lowered or "quarters" in lowered
    )


def fraction_old_ages(text: str, lowered: str) -> list[Candidate]:
    """Ages over 89 in words with a fraction and no measure (see the module)."""
    if not may_hold(lowered):
        return []
    out: list[Candidate] = []
    for m in _FRACTION_AGE.finditer(text):
        if _UNIT_AFTER.match(text, m.end()):
            continue
        if _MEASURE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        out.append((m.start("age"), m.end("age"), "age"))
    return out
