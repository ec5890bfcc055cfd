"""Two initials typed in lower case as a nickname: "kj finally messaged back", "his mate tj
didnt say much", "client is rj,".

A boy or a girl called by two initials ("TJ", "KJ", "AJ": the second a "J" for a James, a
John, a Jamal or a Jasmine) is as often typed in lower case in chat, where no rule for
capitals reads it and no list holds it. The pairs here are no word of chat or of any
language in lower case: "dj" (a role), "pj" (pyjamas), "oj" (a juice), "gj" (good job),
"bj" and "mj" (slang) are left out, and "tj maxx" is a shop.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_NICKNAME = re.compile(r"(?<![\w@#/.'’-])(?:aj|cj|jj|kj|rj|tj)(?![\w@#/-]|\.\w|['’](?!s\b))")
_SHOP_AFTER = re.compile(r" maxx?\b")
# _NICKNAME's search from its "j" (a pattern opening with a literal is skipped to in C)
_NICKNAME_FROM_J = re.compile(r"j(?<=(?<![\w@#/.'’-])[acjkrt]j)(?![\w@#/-]|\.\w|['’](?!s\b))")


def may_hold(text: str) -> bool:
    """Cheap test: a "j" follows one of the letters of the pairs."""
    return "j" in text and _NICKNAME_FROM_J.search(text) is not None


def initial_nicknames(text: str) -> list[Candidate]:
    """Two initials typed in lower case as a person's nickname (see the module)."""
    out: list[Candidate] = []
    for m in _NICKNAME.finditer(text):
        if _SHOP_AFTER.match(text, m.end()):
            continue  # "tj maxx"
        out.append((m.start(), m.end(), "name"))
    return out
