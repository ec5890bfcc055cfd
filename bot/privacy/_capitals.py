"""Lines typed in capitals, read as if typed in ordinary case.

In "HER MUM DEBBIE RANG ON TUESDAY" every word has a capital, so the rules cannot tell the
name from the words around it, and they read capitalised runs as organisations. A line with
no small letter (placeholders aside) and at least two words is read in ordinary case instead:
everyday words small, listed names and places and words in no list with a capital, short
acronyms ("CBT", "NHS") as typed, and a capital at each sentence start. The folding keeps
every character where it is, so what is found in the folded text is found in the text as
typed, and `recased` carries a redaction of the folded text back to the capitals typed.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from ._lexicon import lexicon
from ._vocab import TITLES
from ._word_classes import everyday

_PLACEHOLDER = re.compile(r"\[(?:name|place|date|age|phone|email|id|url|handle|org)\]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]*\s+$")
_ACRONYM_MAX = 4  # "EMDR", "ADHD": longer words in no list read as names
_MIN_WORDS = 2  # words and placeholders on a line before it counts as typed in capitals
_PIECE = re.compile(r"\[(?:name|place|date|age|phone|email|id|url|handle|org)\]|\w+|\s+|.", re.S)


def _small(word: str) -> str:
    """``word`` in small letters, letter by letter where lowering keeps the length."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in word)


def _capital(word: str) -> str:
    head = word[0].upper()
    return (head if len(head) == 1 else word[0]) + _small(word[1:])


_CONTRACTED = frozenset({"t", "s", "re", "ll", "d", "ve", "m"})


@cache
def _cased(word: str) -> str:
    """How ``word`` (typed in capitals) would be typed in ordinary case."""
    low = _small(word)
    key = low.replace("’", "'")
    stem, _, tail = key.rpartition("'")
    if stem and tail in _CONTRACTED:
        if tail == "t" and stem.endswith("n"):
            return low  # "don't", "can't"
        return _cased(word[: len(stem)]) + low[len(stem) :]  # "Maria's", "she's"
    if "-" in word:
        parts = word.split("-")
        if all(_cased(p) == _small(p) for p in parts):
            return low  # "self-harm", "follow-up"
        if key not in lexicon().ordinary:
            return "-".join(_capital(p) for p in parts)  # "Seo-Yeon", "Jean-Pierre"
    if len(word) == 1:
        return word  # "I", an initial ("T.J."); the article is read in `_folded_line`
    if key in TITLES and key != "miss":
        return _capital(word)  # "Mrs", "Dr": the rules read a name after them
    lex = lexicon()
    if key in lex.ordinary or _inflected(key, lex.ordinary):
        return low  # everyday English, and word-names read as words ("hope", "will")
    if everyday(low):
        return word if len(word) <= _ACRONYM_MAX else _capital(word)  # "CBT", "Whatsapp"
    if lex.listed(key):
        return _capital(word)
    return _capital(word) if len(word) > _ACRONYM_MAX else word  # a name, or an acronym


_ENDINGS = (
    ("ing", ("", "e")),
    ("ed", ("", "e")),
    ("es", ("",)),
    ("s", ("",)),
    ("er", ("", "e")),
    ("ers", ("", "e")),
    ("ly", ("",)),
    ("d", ("",)),
)
_PREFIXES = ("re", "un", "over", "under", "out", "pre", "mis", "dis", "non")


def _inflected(key: str, ordinary: frozenset[str], depth: int = 0) -> bool:
    """An everyday word with an ending or a prefix ("rescripting", "stressors", "reframed")."""

    def known(word: str) -> bool:
        return word in ordinary or everyday(word) or (depth < 1 and _inflected(word, ordinary, 1))

    for ending, backs in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            stem = key[: -len(ending)]
            if any(stem + back in ordinary or everyday(stem + back) for back in backs):
                return True
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[:-1] in ordinary:
                return True  # "stopped"
    return any(
        key.startswith(pre) and len(key) - len(pre) >= 4 and known(key[len(pre) :])
        for pre in _PREFIXES
    )


def _in_capitals(line: str) -> bool:
    bare = _PLACEHOLDER.sub(" ", line)
    if any(c.islower() for c in bare):
        return False
    items = len(_PLACEHOLDER.findall(line)) + sum(
        1 for w in _WORD.findall(bare) if len(w) >= 2 and w.isupper()
    )
    return items >= _MIN_WORDS


def _folded_line(line: str, starts: bool) -> str:
    out: list[str] = []
    pos = 0
    start = True  # the line opens a sentence
    for m in _WORD.finditer(line):
        between = line[pos : m.start()]
        out.append(between)
        if between and (_SENTENCE_END.search(between) or ":" in between or "\n" in between):
            start = True
        if m.start() > 0 and line[m.start() - 1] == "[" and _PLACEHOLDER.match(line, m.start() - 1):
            out.append(m.group())  # a placeholder's word
            start = False
            pos = m.end()
            continue
        word = m.group()
        cased = _cased(word) if word.isupper() else word
        if cased == "A" and not line.startswith(".", m.end()):
            cased = "a"  # the article, not an initial ("A." is one)
        if (start and starts) or cased == "i":
            cased = _capital(cased)
        out.append(cased)
        start = False
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def folded(text: str, *, starts: bool = True) -> str:
    """``text`` with each line typed in capitals read in ordinary case (same length);
    ``starts``: with a capital at each sentence start (as the rules read it), or without
    (for listing the words a name could hide in, where those capitals would be noise)."""
    if not any(c.isupper() for c in text):
        return text
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if _in_capitals(line):
            lines[n] = _folded_line(line, starts)
            changed = True
    return "\n".join(lines) if changed else text


def recased(typed: str, folded_text: str, redacted: str) -> str:
    """``redacted`` (a redaction of ``folded_text``, the fold of ``typed``) with the words it
    kept as ``typed`` had them."""
    if folded_text == typed:
        return redacted
    a = _PIECE.findall(folded_text)
    b = _PIECE.findall(redacted)
    orig: list[str] = []
    pos = 0
    for piece in a:
        orig.append(typed[pos : pos + len(piece)])
        pos += len(piece)
    out: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.extend(orig[i1:i2])
        else:
            loud = "".join(orig[i1:i2]).isupper()
            out.extend(p if _PLACEHOLDER.fullmatch(p) or not loud else p.upper() for p in b[j1:j2])
    return "".join(out)
