"""Words the sentence itself calls words: "and Hope is a word he uses often", "Patience,
Blessing and Precious are all words she uses", "Grace was her word for it".

A practitioner quotes a client's own vocabulary, and many of those words (virtues, seasons,
feelings) are given names too. A person is never "a word" or "a term": a capitalised word
(or a list of them, joined by commas and "and"/"or") that is the subject of "is", "was",
"are" or "were" with "word(s)" or "term(s)" as its noun names nobody. Only determiners,
possessives and at most one adjective may stand between the verb and the noun ("is a
strong word", "are all words", "was her new word"), so "Hope was the first to say the word"
stays a person, and so does a word named by a kinship word before it ("her daughter Joy
is a word person"). A word that the rules also take for a name elsewhere in the text stays
removed there too ("Mercy was the word I wrote down. Mercy forgave her sister"): the name
would show through its echo.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._vocab import RELATIONS

if TYPE_CHECKING:
    from ._word_classes import Candidate

_HINT = re.compile(r"\b(?:words?|terms?)\b")
_CAPITAL = r"[A-Z][\w'’-]*"
_DETERMINERS = (
    r"(?:a|an|the|all|one|another|just|also|still|really|such|his|her|their|my|our|your|its)"
)
_PREDICATE = re.compile(
    rf"(?:,\s*{_CAPITAL})*(?:,?\s+(?:and|or)\s+{_CAPITAL})?"  # the rest of a list of words
    r"\s+(?:is|was|are|were)(?:n['’]t|\s+not)?"  # "Joy isn't a word he uses"
    rf"(?:\s+{_DETERMINERS})*(?:\s+[a-z]+)?"  # at most one adjective
    r"\s+(?:words?|terms?)\b"
    r"(?!\s+(?:person|people|game|games|puzzle|puzzles|nerd|nerds|lover|lovers|search))"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def keep_word_subjects(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the single words that the sentence says are words."""
    if not _HINT.search(text):
        return found
    words = [c for c in found if _called_a_word(text, c)]
    if not words:
        return found
    names = {text[s:e].lower() for s, e, _ in found if (s, e, _) not in words}
    return [c for c in found if c not in words or text[c[0] : c[1]].lower() in names]


def _called_a_word(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    if " " in word or not word[:1].isupper():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in RELATIONS:
        return False  # "her daughter Joy is a word person": named by her relation
    return bool(_PREDICATE.match(text, end))
