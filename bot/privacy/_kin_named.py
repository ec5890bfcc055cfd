"""A capitalised name said right after a kinship or role word ("his dad Deacon takes him"),
or set off after one by commas ("The aunt, Hala, emailed"): kept elsewhere because the word is
an everyday word or one of the words never taken for a name (a role, a kinship word of another
language). The words that name a thing (weekdays, feasts, holy words, brands, medicines, ...)
stay kept: "my dad, Christmas, is hard", "my mum Monday".
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ._vocab import PERSON_VERBS, RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._word_classes import Candidate, Token

_OWNERS = frozenset("my her his their our your the a an".split())
_ADJECTIVES = frozenset(
    "new old older oldest eldest younger youngest little big step foster best middle twin "
    "other late".split()
)
_KIN = RELATIONS | frozenset(
    "aunty boy classmate flatmate girl gran grandad granddad mam nan nana sibling stepmum".split()
)
# sections of safe_words.txt whose words may also be what a person is called
_PERSON_SECTIONS = (
    "kinship",
    "titles and roles",
    "pet names",
    "grandparents",
    "relatives",
    "words of address",
)
_MAX_WORDS = 2


@cache
def _person_words() -> frozenset[str]:
    """Words listed as never a name that are kinship words or roles: as a name after a
    relation ("his dad Deacon", "the aunt, Hala,") they are whom it names."""
    words: set[str] = set()
    header = ""  # a section's heading may run over several comment lines
    keep = False
    path = Path(__file__).parent / "data" / "safe_words.txt"
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#"):
            header += line.lower()
            keep = any(s in header for s in _PERSON_SECTIONS)
            continue
        header = ""
        if keep:
            words.update(line.split())
    address = Path(__file__).parent / "data" / "address_words.txt"
    for line in address.read_text(encoding="utf-8").split("\n"):
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def may_hold(lows: list[str]) -> bool:
    """Whether the lower-case words hold a relation word this rule starts from."""
    return not _KIN.isdisjoint(lows)


def _name_word(tok: Token) -> bool:
    if not tok.capital or tok.acronym or len(tok.word) < 2:
        return False
    if tok.kind is Kind.STOP:
        return tok.low in _person_words()
    return True


def kin_named(text: str, toks: list[Token], opens: Callable[[int], bool]) -> list[Candidate]:
    """Spans of names cued by a relation word before them, as described above."""
    out: list[Candidate] = []
    named: set[str] = set()
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.capital or tok.low not in _KIN or tok.possessive or i == 0:
            continue
        j = i - 1
        if toks[j].low in _ADJECTIVES and j > 0:
            j -= 1
        if toks[j].low not in _OWNERS or (toks[j].capital and not opens(j)):
            continue
        gap = text[tok.end : toks[i + 1].start] if i + 1 < n else ""
        apposed = gap == ", "
        if gap not in (" ", ", "):
            continue
        k = i + 1
        while (
            k < n
            and k - i <= _MAX_WORDS
            and _name_word(toks[k])
            and not opens(k)
            and (k == i + 1 or text[toks[k - 1].end : toks[k].start] == " ")
            and not toks[k - 1].possessive
        ):
            k += 1
        if k == i + 1 or k - i > _MAX_WORDS:
            continue  # nothing, or a run of capitals too long to be a name said in passing
        if k < n and toks[k].capital and text[toks[k - 1].end : toks[k].start] == " ":
            continue  # the run goes on in capitals: a title, a heading
        last = toks[k - 1]
        after = text[last.end : toks[k].start] if k < n else ""
        if apposed:
            # "The aunt, Hala, emailed": closed by a comma, the sentence going on
            if after != ", " or toks[k].capital or k >= n:
                continue
        elif not last.possessive and not (after == " " and toks[k].low in PERSON_VERBS):
            continue  # "his dad Deacon takes him": a verb after the name (not "mum Monday")
        out.append((toks[i + 1].start, last.end, "name"))
        named.update(t.word for t in toks[i + 1 : k])
    if named:  # "... his dad Deacon takes him. Deacon works nights": the name again
        taken = {c[0] for c in out}
        out.extend(
            (t.start, t.end, "name")
            for t in toks
            if t.capital and t.word in named and t.start not in taken
        )
    return out
