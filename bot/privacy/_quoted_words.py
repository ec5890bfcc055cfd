"""Words quoted as the client said them: "ami bhalo achi", "niko sawa", "Bolje sam.".

A practitioner quotes a client's own words, often in the client's language, between quote
marks. A lower-case word there that a list of given names holds but that nothing around it
marks as a person (no verb a person does, no kinship word, no greeting, no comma setting it
apart as someone addressed), in a short quote whose other words are mostly in no list (words
of that language, not English ones), is read as a word of the quote, not as a name typed in
lower case ('she wrote "hi sophie"' and '"tell siobhan i said thanks"' keep their names).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ._lower_word_names import GREETINGS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Token

_QUOTE_MARK = re.compile('["“”]')
_CLOSING_MARK = re.compile('["”]')
# words: a short utterance, not a whole quoted passage (counted in words, which redaction
# can only make fewer, so that a quote read as short stays short on a second pass)
_MAX_QUOTE_WORDS = 12


def _short_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the short quotation on one line that holds ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = -1
    # only the quote marks change what is open: the engine finds them (a long answer is one
    # line, read character by character before each word otherwise)
    for m in _QUOTE_MARK.finditer(text, line_start, start):
        c = m.group()
        if c == '"':
            opened = -1 if opened >= 0 else m.start()
        elif c == "“":
            opened = m.start()
        else:
            opened = -1
    if opened < 0:
        return None
    closing = _CLOSING_MARK.search(text, end, line_end)
    close = -1 if closing is None else closing.start()
    if close < 0 or len(text[opened + 1 : close].split()) > _MAX_QUOTE_WORDS:
        return None
    return opened + 1, close


def quoted_foreign_word(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` stands in a short quotation whose other words are mostly in no
    list (another language, not English), and is not someone addressed there ('"ok tama, kai
    time"', '"hi sophie"')."""
    tok = toks[i]
    inside = _short_quote(text, tok.start, tok.end)
    if inside is None or _addressed(text, toks, i, inside[0]):
        return False
    lo = bisect_left(toks, inside[0], key=_start)
    hi = bisect_right(toks, inside[1], key=_start)
    others = [toks[k] for k in range(lo, hi) if k != i and toks[k].word.isalpha()]
    unlisted = sum(1 for t in others if t.kind is Kind.UNKNOWN)
    return unlisted * 2 > len(others)  # mostly words of another language, not English ones


def _addressed(text: str, toks: list[Token], i: int, opened: int) -> bool:
    """A word a comma sets apart inside the quote, or that follows a greeting: a vocative."""
    tok = toks[i]
    if text[tok.end : tok.end + 1] == "," or text[max(opened, tok.start - 2) : tok.start] == ", ":
        return True
    return i > 0 and toks[i - 1].start >= opened and toks[i - 1].low in GREETINGS


def _start(tok: Token) -> int:
    return tok.start
