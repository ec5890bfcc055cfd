"""Words typed in lower case in a Portuguese or Spanish text that are listed given names but
name no one there: the pronouns "ela", "ele", "ella", and a weekday or month after a small
word of the language ("no domingo", "el domingo", "desde abril").

"ela mora em guaianases", "ele veio sozinho", "ella vive con la abuela": "ela" and "ella" are
given names of the lists ("Ela", "Ella"), so a lower-case one opening a clause was read as a
name, and the verb after it went with it ("ela mora"). "no domingo ela foi": the weekday is
a given name too, and so is "mora" ("mora no bairro novo": "lives in"). In a text whose
other words show it to be Portuguese or Spanish (see
``_language_evidence``) these are the pronoun and the day. Texts in other languages keep the
reading they had ("ela said she's fine": a name), as does a pronoun before an English word
("no le dijo a nadie, ella said she was tired": the rules for switched clauses judge it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._language_evidence import ROMANCE, speaks

if TYPE_CHECKING:
    from ._lexicon import Lexicon

PRONOUNS = frozenset("ela ele elas eles ella ellas ellos".split())
# one-letter articles, which the function-word lists leave out ("o domingo", "os domingos")
_ARTICLES = frozenset("o a os as".split())
# verbs of living that are given names somewhere ("Mora", "Vive"), and what follows them
LIVING_VERBS = frozenset("mora moram vive vivem viven".split())
_AFTER_LIVING = frozenset(
    "em no na nos nas num numa en con com c sozinho sozinha sola solo longe perto lá aqui "
    "allá aquí junto".split()
)


def romance_word(lows: list[str], i: int, lex: Lexicon) -> bool:
    """Whether ``lows[i]`` is a pronoun, or a weekday or month after a function word of its
    language, in a Portuguese or Spanish text."""
    low = lows[i]
    if low in PRONOUNS:
        # "ella said she was tired": before an English word, a name in a switched clause
        after = lows[i + 1] if i + 1 < len(lows) else ""
        return after not in lex.ordinary and speaks(lows, ROMANCE, lex)
    if low in LIVING_VERBS:
        # "mora no bairro novo", "vive con su tía": the verb, though "Mora" is a name
        after = lows[i + 1] if i + 1 < len(lows) else ""
        return after in _AFTER_LIVING and speaks(lows, ROMANCE, lex)
    t = tables()
    day = low[:-1] if low.endswith("s") and low[:-1] in t.named_days else low  # "os domingos"
    if day not in t.named_days and day not in t.named_months:
        return False
    prev = lows[i - 1] if i > 0 else ""
    before = t.langs.get(prev, frozenset())
    return (prev in _ARTICLES or not ROMANCE.isdisjoint(before)) and speaks(lows, ROMANCE, lex)
