"""Words quoted as the client said them: "ami bhalo achi", "niko sawa", "Bolje sam.".

A practitioner quotes a client's own words, often in the client's language, between quote
marks. A lower-case word there that a list of given names holds but that nothing around it
marks as a person (no verb a person does, no kinship word, no greeting), in a short quote
that also holds a word in no list (a word of that language), is read as a word of the
quote, not as a name typed in lower case ('she wrote "hi sophie"' keeps its name).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Token

_CLOSING = frozenset('"”')
# words: a short utterance, not a whole quoted passage (counted in words, which redaction
# can only make fewer, so that a quote read as short stays short on a second pass)
_MAX_QUOTE_WORDS = 12


def _short_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the short quotation on one line that holds ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = -1
    for k in range(line_start, start):
        c = text[k]
        if c == '"':
            opened = -1 if opened >= 0 else k
        elif c == "“":
            opened = k
        elif c == "”":
            opened = -1
    if opened < 0:
        return None
    close = next((k for k in range(end, line_end) if text[k] in _CLOSING), -1)
    if close < 0 or len(text[opened + 1 : close].split()) > _MAX_QUOTE_WORDS:
        return None
    return opened + 1, close


def quoted_foreign_word(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` stands in a short quotation with another word in no list."""
    tok = toks[i]
    inside = _short_quote(text, tok.start, tok.end)
    if inside is None:
        return False
    lo = bisect_left(toks, inside[0], key=_start)
    hi = bisect_right(toks, inside[1], key=_start)
    return any(k != i and toks[k].kind is Kind.UNKNOWN for k in range(lo, hi))


def _start(tok: Token) -> int:
    return tok.start
