"""Surnames typed in capitals beside a given name, as registers, referral letters, court and
school lists write them: "MWANZA, Grace", "BANDA Thoko", "Grace MWANZA", "Chidi OKONKWO".

A word in capitals is read as an acronym by the other rules and kept ("a course at MIND"),
so the given name went and the surname stayed. Here a word in capitals joins the name right
beside it: before it with or without a comma ("MWANZA, Grace"), or after it ("Grace
MWANZA"). A listed surname in capitals also makes a name of the capitalised word beside it
when that word is no everyday word ("Chidi OKONKWO"). Known acronyms ("CBT, Anna", "the GP,
Mark"), everyday words ("PLAN, Anna", "NOTES Sam") and text typed wholly in capitals stay
as the other rules read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._vocab import KNOWN_ACRONYMS

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# Two or more capital letters, with an apostrophe or hyphen inside ("O'BRIEN", "SMITH-JONES").
_CAPITALS = re.compile(r"(?=[A-Z])(?<![\w'’-])[A-Z](?:[A-Z]|['’-](?=[A-Z]))*[A-Z](?![\w'’-])")
_HINT = re.compile(r"[A-Z]{2}")
_VOWELS = frozenset("AEIOUY")
_MIN_UNLISTED = 4  # an unlisted word in capitals this long or longer may be a surname
_MAX_CAPITAL_SHARE = 0.5  # text with more capitals than this is shouted, not a register
_BEFORE_NAME = re.compile(r",? {1,2}$")  # "MWANZA, Grace", "BANDA Thoko"
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*")


def may_hold_capital_surnames(text: str) -> bool:
    """Cheap check: two capitals in a row, and the text is not shouted."""
    if not _HINT.search(text):
        return False
    # ASCII letters and capitals counted by deleting every other byte (in C, not character by
    # character in Python); only the characters beyond ASCII are asked what they are
    data = text.encode("utf-8", "surrogatepass")
    letters = len(data.translate(None, _NOT_ASCII_LETTERS))
    capitals = len(data.translate(None, _NOT_ASCII_CAPITALS))
    if not text.isascii():
        wide = "".join(filter(str.isalpha, _ASCII_RUNS.sub("", text)))
        letters += len(wide)
        capitals += sum(map(str.isupper, wide))
    return capitals <= _MAX_CAPITAL_SHARE * letters


_ASCII_CAPITALS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = _ASCII_CAPITALS | frozenset(b"abcdefghijklmnopqrstuvwxyz")
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_NOT_ASCII_CAPITALS = bytes(b for b in range(256) if b not in _ASCII_CAPITALS)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _surname_like(word: str, lex: Lexicon, everyday: Callable[[str], bool]) -> bool:
    if word in KNOWN_ACRONYMS or everyday(word):
        return False
    low = word.lower()
    if low in lex.surnames or low in lex.given_names:
        return True
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return len(letters) >= _MIN_UNLISTED and not _VOWELS.isdisjoint(letters)


def capital_surnames(
    text: str, found: list[Candidate], lex: Lexicon, everyday: Callable[[str], bool]
) -> list[Candidate]:
    """Names that take in the word in capitals beside them, and listed surnames in capitals
    with the capitalised word beside them; ``everyday`` tells an everyday word."""
    names = [(s, e) for s, e, kind in found if kind == "name"]
    out: list[Candidate] = []
    for m in _CAPITALS.finditer(text):
        word = m.group()
        if not _surname_like(word, lex, everyday):
            continue
        joined = False
        for start, end in names:
            gap_after = text[m.end() : start]
            if start >= m.end() and len(gap_after) <= 2 and _BEFORE_NAME.fullmatch(gap_after):
                out.append((m.start(), end, "name"))  # "MWANZA, Grace"
                joined = True
            elif end <= m.start() and text[end : m.start()] == " ":
                out.append((start, m.end(), "name"))  # "Grace MWANZA"
                joined = True
        if not joined and word.lower() in lex.surnames:
            out.extend(_beside_listed(text, m, everyday))
    return out


def _beside_listed(text: str, m: re.Match[str], everyday: Callable[[str], bool]) -> list[Candidate]:
    """A listed surname in capitals and the capitalised word right before or after it that
    is no everyday word ("Chidi OKONKWO", "OKONKWO Chidi")."""
    before = re.search(r"(?<![\w'’-])(" + _TITLE_WORD.pattern + r") $", text[: m.start()])
    if before and not everyday(before.group(1)):
        return [(before.start(1), m.end(), "name")]
    after = re.match(r",? (" + _TITLE_WORD.pattern + r")(?![\w'’-])", text[m.end() :])
    if after and not everyday(after.group(1)):
        return [(m.start(), m.end() + after.end(1), "name")]
    return []
