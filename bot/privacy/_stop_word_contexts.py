"""STOP words that are listed given names, in two more contexts only a person stands in.

- an age in brackets right after: "Candy (13) and her mum", "sunday (10)";
- one more item of a list of names already found: "Joy, Patience, Sunday and Blessing".

People words of every list stay ("her nana (80)", "Mum, Dad and ..."), and so does a word
after an owner, an article or a preposition of time ("on Sunday (12)"). Found words are names
wherever else the same word stands outside such a context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._aged_brackets import _AGE_BRACKET, _PLURAL_VERB
from ._titled_stop_words import plain_word
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_BEFORE_THINGS = frozenset(
    "the a an her his their my our your its this that these those every each last next on "
    "by until till from since some any no of in at for".split()
)
_LIST_JOINS = (", and ", ", ", " and ", " & ")
_LAST_JOINS = frozenset({" and ", ", and ", " & "})


def may_hold(text: str) -> bool:
    """Cheap test: a bracket or a list join stands in the text."""
    return " (" in text or " and " in text or " & " in text


def stop_word_contexts(
    text: str, toks: list[Token], lex: Lexicon, found: list[Candidate]
) -> list[Candidate]:
    """Listed given names among the STOP words, aged or listed among names (see the module)."""
    out: list[Candidate] = []
    names = {(s, e) for s, e, k in found if k == "name"}
    starts = {s for s, _ in names}
    ends = {e: s for s, e in names}
    for i, tok in enumerate(toks):
        if tok.kind is not Kind.STOP or tok.possessive or not _eligible(tok, lex):
            continue
        if i > 0 and toks[i - 1].low in _BEFORE_THINGS:
            continue
        if _aged(text, tok) or _listed(text, tok, starts, ends):
            out.append((tok.start, tok.end, "name"))
    return out + _repeats(toks, out) if out else out


def _eligible(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    return (low in lex.given_names or low in lex.word_names) and plain_word(tok, lex)


def _aged(text: str, tok: Token) -> bool:
    m = _AGE_BRACKET.match(text, tok.end)
    return m is not None and _PLURAL_VERB.match(text, text.find(")", m.end() - 1) + 1) is None


def _listed(text: str, tok: Token, starts: set[int], ends: dict[int, int]) -> bool:
    join = _joined_before(text, tok.start, ends)
    if join is None or text[ends[tok.start - len(join)]].isupper() != tok.capital:
        return False
    for after in _LIST_JOINS:
        if text.startswith(after, tok.end) and tok.end + len(after) in starts:
            return text[tok.end + len(after)].isupper() == tok.capital
    if join not in _LAST_JOINS:
        return False
    return _joined_before(text, ends[tok.start - len(join)], ends) is not None


def _joined_before(text: str, start: int, ends: dict[int, int]) -> str | None:
    for join in _LIST_JOINS:
        end = start - len(join)
        if end in ends and text.startswith(join, end):
            return join
    return None


def _repeats(toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    taken = {s for s, _, _ in found}
    words = {t.word for t in toks if t.start in taken}
    return [
        (t.start, t.end, "name")
        for i, t in enumerate(toks)
        if t.word in words
        and t.start not in taken
        and not (i > 0 and toks[i - 1].low in _BEFORE_THINGS)
    ]
