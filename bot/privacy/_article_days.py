"""A bare day after another language's article for dates, where the clause ends after it.

"again le 30, both at his father's", "- dia 15: took an Uber", "the match el 28, she went",
"Next session is am 23., I'll": French "le", Spanish and Catalan "el", Portuguese "dia" and
German "am" (with the ordinal dot) before a day from 1 to 31, then a comma, colon,
semicolon, closing bracket, a full stop or the end of the text, a joining word ("and",
"y", "et"), or a subject pronoun or "with" opening the next clause ("le 14 elle est venue",
"dia 15 com a mãe"). A number a noun follows stays ("le 30 ans", "el 10 por ciento"); so do
"I am 23." (an English age) and numbers in a figure ("el 28,5").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Candidate = tuple[int, int, str]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_END = (
    r"(?=\s*[,;:)]|\.(?!\d)|\s*$"
    r"|\s+(?:and|y|e|et|und|or|o|ou|to|till|until|bis|hasta|até|au)\b"
    # or a subject pronoun or a preposition of company or place opens the clause after it:
    # "le 14 elle est venue", "dia 15 com a mãe", "el 3 ella llamó"
    r"|\s+(?:elle|il|ils|elles|on|je|j'|nous|avec|chez|ela|ele|eles|elas|eu|com|ella|él|ellos"
    r"|ellas|yo|con|she|he|they|we|with)\b)"
)
_ARTICLE_DAY = re.compile(
    rf"(?i)(?<![\w.-])(?:le|el|dia|día)\s+(?P<day>{_DAY}(?:er|º)?)(?![\w/%°]|[.,]\d){_END}"
)
_GERMAN_DAY = re.compile(rf"(?<![\w.-])[Aa]m\s+(?P<day>{_DAY}\.)(?=,|\s+[a-zäöüß])")
_ENGLISH_I = re.compile(r"(?i)\bi\s+$")


def article_days(text: str, lowered: str) -> Iterator[Candidate]:
    """Bare days after a date article as the module describes."""
    if "le " in lowered or "el " in lowered or "dia " in lowered or "día " in lowered:
        for m in _ARTICLE_DAY.finditer(text):
            yield m.start("day"), m.end("day"), "date"
    if "am " in lowered:
        for m in _GERMAN_DAY.finditer(text):
            if not _ENGLISH_I.search(text, max(0, m.start() - 4), m.start()):
                yield m.start("day"), m.end("day"), "date"
