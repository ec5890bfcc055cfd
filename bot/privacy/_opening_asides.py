"""An aside in brackets between a lower-case subject opening a message and its verb: "khanh
(goes by his english name) said his grandma", "dev (fiji indian fam, otahuhu) said the week
... his", "jan (the one from the north) did his first shift".

Chat writers explain who they mean right after the name, then go on with the sentence as if
the bracket were not there. ``_lower_opening_subjects`` reads a lower-case word in no list,
or a given name, before its verb and a person's word referring back; here the verb may stand
after such an aside. The rules for brackets read what the bracket says ("his nickname",
"the dad", "(12)"); this one reads what the sentence does after it, so the word must still
pass every test of the subject rule (its lists, its verb, the person referred back).

A bracket that only translates ("ghar (home) was quiet", "tita (aunt) said", "roti (bread)
made her day") glosses a word of another language or a relative's word: one or two words of
no person and no age, with no article or owner, say what the word means, not who it is, and
the verb is not looked for past them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Token

_MAX_ASIDE = 80  # characters inside the brackets
_GLOSS_WORDS = 2  # a bracket this short with no person, owner or age only translates
_PEOPLE_WORDS = frozenset(
    "the a an his her their my our he she him they them one name nickname called calls".split()
)


def past_aside(text: str, toks: list[Token], j: int) -> int:
    """The index of the first word after a bracketed aside that opens right before
    ``toks[j]`` (``j`` itself when there is none, or when the bracket only translates)."""
    if j == 0 or j >= len(toks):
        return j
    gap_start = toks[j - 1].end
    if text[gap_start : gap_start + 2] != " (":
        return j
    close = text.find(")", gap_start + 2, gap_start + 2 + _MAX_ASIDE + 1)
    if close < 0:
        return j
    inside = text[gap_start + 2 : close]
    if not inside.strip() or "(" in inside or "\n" in inside:
        return j
    if text[close + 1 : close + 2] != " ":
        return j
    k = j
    while k < len(toks) and toks[k].start < close:
        k += 1
    if k >= len(toks) or toks[k].start != close + 2:
        return j
    if _translates(toks[j:k], inside):
        return j
    return k


def _translates(held: list[Token], inside: str) -> bool:
    """The bracket holds one or two everyday words of no person and no age ("home", "aunt",
    "older sis"): a gloss of the word before it."""
    if any(c.isdigit() for c in inside) or len(held) > _GLOSS_WORDS:
        return False
    return all(
        t.low not in _PEOPLE_WORDS and t.kind in (Kind.ORDINARY, Kind.STOP, Kind.WORD_NAME)
        for t in held
    )
