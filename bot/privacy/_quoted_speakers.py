"""The speaker opening a sentence that introduces a quote, in any language.

'Sekar bilang: "Saya sudah berani"', 'Mwanaisha alisema: "Leo nimeongea"', 'Kasia
powiedziała na koniec: "Pierwszy raz"': in a
sentence written in another language a capitalised word in no list that opens it is read as
an ordinary word of that language, so the name of whoever speaks leaks. Whatever the
language, a sentence whose few lower-case words run straight into a colon and an opening
quotation mark reports what someone said, and a capitalised word in no list of words (no
English, function or language word, no safe word) opening it is who said it.

The words between must be lower-case words with only spaces between them, at most
``_MAX_VERB_WORDS`` of them: "Fazit:" opens a label, not a quote; a comma or a second capital
shows a longer clause; a sentence opening with a verb of another language runs longer before
its colon ('Gigamit nako ang miracle question: "..."', "I used the miracle question").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_QUOTES = frozenset("\"“„«'‘")
_MAX_VERB_WORDS = 3
_MIN_NAME = 3


# a colon right before an opening quotation mark, or a space between them
_COLON_QUOTES = tuple(f"{colon}{q}" for q in sorted(_QUOTES) for colon in (":", ": "))


def may_hold(text: str) -> bool:
    """Cheap test: a colon right before an opening quotation mark."""
    if ":" not in text:
        return False
    for pair in _COLON_QUOTES:  # noqa: SIM110 - a loop costs less than a generator here
        if pair in text:
            return True
    return False


def quoted_speakers(
    text: str, toks: list[Token], lex: Lexicon, starts_sentence: Callable[[int], bool]
) -> list[Candidate]:
    """Capitalised words in no list opening a sentence that introduces a quote."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if not _unlisted_capital(tok, lex) or not starts_sentence(i):
            continue
        if _introduces_quote(text, toks, i):
            out.append((tok.start, tok.end, "name"))
    return out


def _unlisted_capital(tok: Token, lex: Lexicon) -> bool:
    if tok.kind is not Kind.UNKNOWN or not tok.capital or tok.acronym or tok.possessive:
        return False
    if len(tok.word) < _MIN_NAME or not tok.word[1:].islower():
        return False
    low = tok.low
    t = tables()
    return low not in lex.always_ordinary and low not in t.langs and low not in t.languages


def _introduces_quote(text: str, toks: list[Token], i: int) -> bool:
    """One to ``_MAX_VERB_WORDS`` lower-case words after the word, then ':' and a quote."""
    k = i + 1
    while k < len(toks) and k - i <= _MAX_VERB_WORDS:
        if text[toks[k - 1].end : toks[k].start] != " " or not toks[k].word.islower():
            return False
        rest = text[toks[k].end : toks[k].end + 3]
        if rest.startswith(":"):
            after = rest[1:].lstrip(" ")
            return bool(after) and after[0] in _QUOTES
        k += 1
    return False
