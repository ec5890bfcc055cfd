"""School subjects that are also given names ("Art"), read as the subject where a school
says so.

"engaged well in Art and Music", "during the Art sessions", "her Year 12 Art folio": a
subject word beside another subject, before a word for a class, lesson or piece of school
work, or after a school year, is the subject. "Art said he would come" and "with Art and his
mum" stay a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Token

# subjects (and therapies named after them) whose words are also names or read as names
# when capitalised
SUBJECTS = frozenset(
    "art arts music drama dance english maths math science history geography biology "
    "chemistry physics french spanish german computing technology pe religion".split()
)
_SCHOOL_NOUNS = frozenset(
    "class classes lesson lessons session sessions folio portfolio teacher teachers project "
    "projects room club exam exams homework therapy therapist group groups assignment "
    "coursework department block period".split()
)
_YEARS = frozenset({"year", "grade", "form", "standard", "class"})
_JOINS = frozenset({" and ", ", ", " & ", " / ", "/", ", and ", " or "})


def school_subject(text: str, toks: list[Token], i: int) -> bool:
    """Whether the capitalised subject word ``toks[i]`` names the subject here."""
    tok = toks[i]
    if tok.low not in SUBJECTS or tok.possessive:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and text[tok.end : nxt.start] == " " and nxt.low in _SCHOOL_NOUNS:
        return True  # "the Art sessions", "Art class"
    if (
        i >= 2
        and toks[i - 2].low in _YEARS
        and toks[i - 1].word.isdigit()
        and text[toks[i - 1].end : tok.start] == " "
    ):
        return True  # "her Year 12 Art folio"
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(toks) and toks[j].low in SUBJECTS and toks[j].low != tok.low:
            left, right = (toks[j], tok) if j < i else (tok, toks[j])
            if text[left.end : right.start] in _JOINS:
                return True  # "Art and Music", "Maths, Art"
    return False
