"""Scores written against the maximum of a scale the text names.

A note often gives a questionnaire's score away from the scale's name: "PHQ-9 dropped from
16/27 to 11/27", "GAD-7 at intake 17/21; today 12/21", "reduce PHQ-9 below 10 ... Today's
score was 11/27". "11/27" is also how 27 November is written month first, but a fraction
whose second number is the highest score of a scale named in the same text (27 for the
PHQ-9, 21 for the GAD-7, 30 for the EPDS or MMSE) is that score. A fraction after a word
that introduces a date ("on", "by", "due", a weekday) stays a date, and so does any whose
first number is larger than its second, one whose sentence and the one before it name
neither the scale nor a score, and one where they give the score as a plain number ("PHQ-9
was 14. Next 11/27.", "GAD-7 repeated 3/21, score 9", "Intake 10/21: GAD-7 15").
"""

from __future__ import annotations

import re

# the scales whose highest score could also be a day of a month, by that score
_SCALES = {
    27: r"PHQ(?:-?9)?",
    24: r"PHQ-?8",
    21: r"GAD(?:-?7)?",
    30: r"EPDS|MMSE|MoCA|MOCA",
    28: r"(?-i:ISI)",  # "isi" is an everyday word of Malay
}
_NAMED = {
    out_of: re.compile(rf"(?i)(?<![\w-])(?:{names})(?![\w-]*\d)(?!\w)")
    for out_of, names in _SCALES.items()
}
_FRACTION = re.compile(r"(\d{1,2})/(\d{1,2})")
# what introduces a date rather than a score: "on 11/27", "due 11/27", "Thursday 11/27"
_DATE_LEAD = re.compile(
    r"(?i)\b(?:on|since|by|until|till|dated|due|before|after|appt|appointment|seen|saw|met"
    r"|visit|visited|session|call|called|up|next|review|reviewed|discharged|admitted"
    r"|repeated|booked|scheduled|rescheduled"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+$"
)


def scale_maximum_score(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a fraction out of the maximum of a scale the text names."""
    m = _FRACTION.fullmatch(text, start, end)
    if m is None:
        return False
    out_of = int(m.group(2))
    named = _NAMED.get(out_of)
    if named is None or int(m.group(1)) > out_of:
        return False
    if _DATE_LEAD.search(text, max(0, start - 14), start):
        return False
    if named.search(text) is None:
        return False
    near = _this_and_last_sentence(text, start, end)
    if not (named.search(near) or _SCORE_WORD.search(near)):
        return False  # "PHQ-9 was high. ... Follow up 11/27.": a date far from the scale
    givers = [*named.finditer(near), *_SCORE_WORD.finditer(near)]
    return not any(_PLAIN_SCORE.match(near, m.end()) for m in givers)


# the sentences also give the score as a plain number, alone a few words after the scale or a
# score word ("GAD-7 repeated 3/21, score 9", "Intake 10/21: GAD-7 15", "Discharged 11/27,
# PHQ-9 at discharge 6"): the fraction is a date
_PLAIN_SCORE = re.compile(r"\W+(?:[^\W\d]+\W+){0,2}?\d{1,2}(?![\w/:]|[.,]\d)")
_SCORE_WORD = re.compile(r"(?i)\b(?:score|scores|scored|scoring|points|pts)\b")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)|\n")


def _this_and_last_sentence(text: str, start: int, end: int) -> str:
    """The fraction's sentence and the one before it ("GAD-7 was high at intake. This week:
    10/21")."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    begin = before[-2] if len(before) > 1 else 0
    return text[begin : after.start() if after else len(text)]
