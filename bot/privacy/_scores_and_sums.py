"""Scores and sums of money, which have the shapes of dates and phone numbers.

A practitioner's note gives scores on scales as fractions ("GAD-7 12/21 at intake, 6/21
now", "PHQ 19/27 then 11/27", "scored 12/21"), and "12/21" or "9/27" is also how a date is
written month first. A fraction is a score when its first number is no larger than its
second and the scale's name or a word of scoring stands right before it ("GAD-7 12/21",
"PHQ 19/27", "scored 12/21", "GAD-7 score: 12/21"), or it goes on from such a score with
the same second number ("PHQ 19/27 then 11/27", "GAD-7 12/21 at intake, 6/21 now"). A scale
named elsewhere in the sentence is no sign ("saw her 3/14 and the PHQ was lower" holds a
date), nor are two fractions sharing their second number alone (dates in one month share
it, "3/11 DNA, 10/11 attended").

Sums of money are written with the same dots and spaces as a phone number ("paid 1.200.000
pesos", "owes 250 000 naira"): a number right before the name or code of a currency, or
right after a currency's sign or code, is a sum.
"""

from __future__ import annotations

import re

from ._scale_maxima import scale_maximum_score

_FRACTION = re.compile(r"(\d{1,3})/(\d{1,3})")
# the scale's name (perhaps with its item count and "score", "total", "was", ":") or a word
# of scoring, right before the fraction
_SCORE_LEAD = re.compile(
    r"(?:\b(?:PHQ|GAD|PCL|EPDS|ORS|SRS|MMSE|MoCA|MOCA|BDI|BAI|K-?10|CORE|SDQ|WEMWBS|SUDS"
    r"|DASS|AUDIT|HAM-?[AD]|Y-?BOCS|RCADS|phq|gad|pcl|epds|mmse|moca|bdi|wemwbs|suds|dass)"
    r"(?:[- ]?\d{1,2})?(?:\s+(?:score|total))?(?:\s+(?:was|is|of|at|=))?\s*[:=]?"
    r"|(?i:\b(?:scored?|scoring|rated)))\s+$"
)
_REACH = 40  # characters before the fraction looked at
# a fraction of the same scale before this one, and only words of going on between: "then",
# "to", "now", "at intake,", "->"
_EARLIER = re.compile(r"(\d{1,3})/(\d{1,3})(?P<gap>[^./\d\n;:!?]{1,30})$")
_GOING_ON = re.compile(
    r"(?i)^(?:\s|,|->|→|then|to|now|and|from|down|up|at|intake|discharge|week|weeks|\d+"
    r"|this|last|the|start|end|after|before|later|today|review)*$"
)
_CHAIN = 8  # fractions a score may go on through ("19/27 then 11/27 then 8/27")
_DATE_LEAD = re.compile(r"(?i)\b(?:on|since|by|until|till|dated|due)\s+$")

_CURRENCY_WORDS = (
    "pesos?|euros?|dollars?|bucks|pounds?|quid|rupees?|naira|shillings?|cedis?|rand|reais|real"
    "|yen|yuan|won|francs?|dirhams?|dinars?|riyals?|lira|liras|kwacha|birr|ringgit|baht|dong"
    "|rupiah|pula|leones?|soles?|colones?|córdobas?|quetzales?|lempiras?|bolivianos?"
    "|usd|eur|gbp|kes|ngn|ghs|zar|inr|pkr|php|idr|mxn|brl|cop|ars|clp|xof|xaf|cfa|fcfa|tsh|ugx"
)
_CURRENCY_AFTER = re.compile(rf"(?i)\s?(?:{_CURRENCY_WORDS})\b")
_CURRENCY_BEFORE = re.compile(rf"(?i)(?:[$€£¥₹₦₱₩₪₺₴₵₽]|\b(?:{_CURRENCY_WORDS})\s?)$")
_SUM = re.compile(r"\d{1,3}(?:[., \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?")


def score_fraction(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a date candidate, is a score on a scale."""
    m = _FRACTION.fullmatch(text, start, end)
    if m is None:
        return False
    if scale_maximum_score(text, start, end):  # "PHQ-9 ... Today's score was 11/27"
        return True
    out_of = m.group(2)
    for _ in range(_CHAIN):  # this fraction, then the ones it goes on from
        if int(m.group(1)) > int(out_of) or int(out_of) < 2:
            return False
        if _SCORE_LEAD.search(text, max(0, start - _REACH), start):
            return True
        if _DATE_LEAD.search(text, max(0, start - 8), start):
            return False  # "GAD-7 12/21 on 3/21": the second is when
        before = _EARLIER.search(text, max(0, start - _REACH), start)
        if not (before and before.group(2) == out_of and _GOING_ON.match(before.group("gap"))):
            return False
        start = before.start()
        m = _FRACTION.match(text, start)
        if m is None:
            return False
    return False


def sum_of_money(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a phone or id candidate, is a sum of money."""
    if _SUM.fullmatch(text, start, end) is None:
        return False
    return bool(
        _CURRENCY_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    )
