"""Lithuanian organisations named by a town or district in the genitive, with the kind of body
last: "Vilniaus miesto psichikos sveikatos centras" (Vilnius city mental health centre),
"Antakalnio poliklinika", "Kauno klinikos", "Žirmūnų gimnazija". The words between are
everyday words of the language, in lower case, and the head word says what kind of body it
is; the capitalised genitive in front says which one, so the whole name is an organisation.
A head word without such a town ("psichikos sveikatos centras", "the poliklinika") stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Candidate = tuple[int, int, str]

HEADS = frozenset(
    "centras poliklinika ligoninė ligonine klinika klinikos mokykla gimnazija "
    "progimnazija bažnyčia baznycia parapija darželis darzelis universitetas kolegija "
    "bendrija biblioteka".split()
)
_MAX_BETWEEN = 4
_HEAD = "|".join(sorted(HEADS, key=len, reverse=True))
_NAME = re.compile(
    rf"\b([A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+)((?:\s+[a-ząčęėįšųūž]+){{0,{_MAX_BETWEEN}}}?)\s+({_HEAD})\b"
)
# genitive endings and the endings of the nominative they come from ("Vilniaus" - "Vilnius",
# "Kauno" - "Kaunas", "Klaipėdos" - "Klaipėda", "Antakalnio" - "Antakalnis", "Žirmūnų" -
# "Žirmūnai", "Šeškinės" - "Šeškinė")
_ENDINGS = (
    ("aus", ("us",)),
    ("ių", ("iai", "ės")),
    ("ų", ("ai", "os", "ės")),
    ("ės", ("ė",)),
    ("os", ("a", "os")),
    ("io", ("is", "ys", "ius")),
    ("o", ("as", "is", "ys")),
)


def _nominatives(word: str) -> Iterator[str]:
    yield word
    for ending, bases in _ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for base in bases:
                yield stem + base
            return


def genitive_orgs(text: str, is_place: Callable[[str], bool]) -> list[Candidate]:
    """Organisations of the shape above whose first word is a listed town in the genitive."""
    out: list[Candidate] = []
    for m in _NAME.finditer(text):
        if any(is_place(n) for n in _nominatives(m.group(1).lower())):
            out.append((m.start(), m.end(), "org"))
    return out
