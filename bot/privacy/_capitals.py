"""Stretches typed in capitals, read as if typed in ordinary case.

In "HER MUM DEBBIE RANG ON TUESDAY" every word has a capital, so the rules cannot tell the
name from the words around it, and they read capitalised runs as organisations. A stretch of
three words or more with no small letter (placeholders aside; a whole text of two) is read in
ordinary case instead:
everyday words small, listed names and places and words in no list with a capital, short
acronyms ("CBT", "NHS") as typed, and a capital at each sentence start. The folding keeps
every character where it is, so what is found in the folded text is found in the text as
typed, and `recased` carries a redaction of the folded text back to the capitals typed.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from ._everyday_acronyms import is_everyday_acronym
from ._lexicon import lexicon
from ._vocab import KNOWN_ACRONYMS, TITLES
from ._word_classes import everyday

_HOLE = r"\[(?:name|place|date|age|phone|email|id|url|handle|org)\]"
_PLACEHOLDER = re.compile(_HOLE)
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]*\s+$")
_ACRONYM_MAX = 4  # "EMDR", "ADHD": longer words in no list read as names
_PIECE = re.compile(_HOLE + r"|\w+|\s+|.", re.S)


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
        cased = [_cased(p) for p in parts]
        if all(c == _small(p) for c, p in zip(cased, parts, strict=True)):
            return low  # "self-harm", "follow-up"
        if any(
            c == p and len(p) > 1 and everyday(_small(p)) for c, p in zip(cased, parts, strict=True)
        ):
            return word  # an acronym among its parts: "TF-CBT", "CTM-CAMHS"
        if key not in lexicon().ordinary:
            return "-".join(_capital(p) for p in parts)  # "Seo-Yeon", "Jean-Pierre"
    if len(word) == 1:
        return word  # "I", an initial ("T.J."); the article is read in `_folded_run`
    if (key in TITLES and key != "miss") or key in _ABBREVIATED:
        return _capital(word)  # "Mrs", "Dr": the rules read a name after them
    lex = lexicon()
    if key in lex.ordinary or _inflected(key, lex.ordinary):
        return low  # everyday English, and word-names read as words ("hope", "will")
    if everyday(low):
        return word if len(word) <= _ACRONYM_MAX else _capital(word)  # "CBT", "Whatsapp"
    if is_everyday_acronym(word) or (word in KNOWN_ACRONYMS and not lex.listed(key)):
        return word  # "CAMHS", "BIPOC", "ABA": an acronym of the lists, as typed
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


_TOKEN = re.compile(
    rf"(?P<hole>{_HOLE})"
    r"|(?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
)
# in a whole text in capitals, a placeholder for words counts as the word it replaced, so the
# text still reads folded once they are replaced; one for a number or a shape never counts
_WORD_HOLES = frozenset({"[name]", "[place]", "[org]", "[handle]"})
_MIN_RUN = 3  # words in capitals (placeholders by weight) before a run is read folded
_ABBREVIATED = frozenset({"st", "mt", "ft", "jr"})  # "ST. MONICA'S": "St."


def _runs(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` typed in capitals: from the first to the last of consecutive
    words with no small letter (placeholders among them, not counted: redacting must not make
    a stretch of what was none), at least `_MIN_RUN` of them, or the whole text when it has no
    small letter and at least two words (a placeholder for words counting as one). A word
    joined to a digit ("DE44", "F43") is a code, and an acronym of the lists one
    (`_listed_acronym`): neither counts nor breaks a stretch."""
    runs: list[tuple[int, int]] = []
    first = last = -1
    count = total = 0
    quiet = False
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if m.group("hole"):
            gain, whole = 0, int(m.group() in _WORD_HOLES)
        else:
            word = m.group("word")
            if _coded(text, start, end) or _listed_acronym(word):
                continue
            if any(c.islower() for c in word):
                quiet = True
                if count >= _MIN_RUN:
                    runs.append((first, last))
                first, count = -1, 0
                continue
            gain = whole = int(len(word) >= 2)
        if first < 0:
            first = start
        last = end
        count += gain
        total += whole
    if count >= _MIN_RUN or (not quiet and total >= 2 and first >= 0):
        runs.append((first, last))
    if quiet and "\n" in text:
        runs = _with_lines(text, runs)
    return runs


def _with_lines(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` and each line with no small letter, at least two words long, outside them: a
    line typed in capitals under a label or a heading ("**Who came?**\\nFATIMA BEGUM") reads
    as it does as a whole text alone."""
    pos = 0
    for line in text.split("\n"):
        lo = pos
        pos += len(line) + 1
        if any(c.islower() for c in line) or any(a < pos and lo < b for a, b in runs):
            continue
        found = _runs(line)
        if found:
            runs.append((lo + found[0][0], lo + found[0][1]))
    return sorted(runs)


def _listed_acronym(word: str) -> bool:
    """An acronym of the lists that is no everyday English word ("CAMHS", "EHCP", "ABA";
    not "PLEASE" or "WHO"): in "SENCO + EHCP + CAMHS" acronyms are typed as such, and
    neither count towards a stretch in capitals nor break one."""
    if word not in KNOWN_ACRONYMS:
        return False
    return _small(word) not in lexicon().ordinary


def _coded(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(*-•")
    return not before or before[-1] in ".!?:\n"


def _folded_run(text: str, lo: int, hi: int, starts: bool) -> str:
    gaps: list[str] = []  # the text before each word
    words: list[str] = []  # each word as read
    pos = lo
    for m in _TOKEN.finditer(text, lo, hi):
        gaps.append(text[pos : m.start()])
        pos = m.end()
        word = m.group()
        if m.group("hole") or _coded(text, m.start(), m.end()) or not word.isupper():
            words.append(word)
        elif m.start() > 0 and text[m.start() - 1] in "'’" and _small(word) in _CONTRACTED:
            words.append(_small(word))  # "[name]'S", "DON'T" split by a placeholder
        elif word == "A" and not text.startswith(".", m.end()):
            words.append("a")  # the article, not an initial ("A." is one)
        else:
            words.append(_cased(word))
    _name_pairs(gaps, words)
    start = _opens_sentence(text, lo)
    out: list[str] = []
    for gap, word in zip(gaps, words, strict=True):
        out.append(gap)
        if gap and (_SENTENCE_END.search(gap) or ":" in gap or "\n" in gap):
            start = True
        if ((start and starts and _opens_capital(word)) or word == "i") and word[0].islower():
            word = _capital(word[0]) + word[1:]
        out.append(word)
        start = False
    out.append(text[pos:hi])
    return "".join(out)


def _opens_capital(word: str) -> bool:
    """Whether a sentence opened by ``word`` (read small) takes its capital: not an everyday
    word that only a surname or a town shares ("GOOD WENT.": "good", not "Good", which the
    rules read as a surname before a verb); a given name keeps it ("HOPE CAME")."""
    lex = lexicon()
    return not (word in lex.ordinary and lex.listed(word) and word not in lex.given_names)


_AND = frozenset({"and", "&"})
_KIN = frozenset(
    "mum mom dad mother father sister brother aunt auntie aunty uncle cousin nan nana gran granny "
    "grandma grandpa grandmother grandfather wife husband partner son daughter niece nephew "
    "stepdad stepmom stepmum boyfriend girlfriend abuela abuelo tia tio".split()
)
# a word after one of these, or before one, is a verb ("SHE SAID JESUS", "AND SAID HE")
_SUBJECTS = frozenset("i you he she we they it who to that".split())


def _name_pairs(gaps: list[str], words: list[str]) -> None:
    """Give a capital to a given name that is also an everyday word, read small, where its
    neighbours show a person: before a surname ("HOPE MWANGI") or joined by "and" to a
    relative ("MUM AND HOPE CAME"); never where a pronoun shows it is a verb."""
    lex = lexicon()

    def person(k: int) -> bool:
        if not 0 <= k < len(words):
            return False
        return words[k].lower() in _KIN

    def surname(k: int) -> bool:
        w = words[k]
        low = w.lower()
        return w[:1].isupper() and low not in lex.ordinary and lex.listed(low) and not everyday(low)

    def spaced(k: int) -> bool:
        return 0 <= k < len(gaps) and gaps[k] == " "

    for k, word in enumerate(words):
        if not word.islower() or word not in lex.given_names or word not in lex.ordinary:
            continue
        if (k > 0 and words[k - 1].lower() in _SUBJECTS) or (
            k + 1 < len(words) and words[k + 1].lower() in _SUBJECTS
        ):
            continue
        after_name = spaced(k + 1) and surname(k + 1)
        joined = (
            k >= 2 and words[k - 1] in _AND and spaced(k) and spaced(k - 1) and person(k - 2)
        ) or (
            k + 2 < len(words)
            and words[k + 1] in _AND
            and spaced(k + 1)
            and spaced(k + 2)
            and person(k + 2)
        )
        if after_name or joined:
            words[k] = _capital(word)


def folded(text: str, *, starts: bool = True) -> str:
    """``text`` with each stretch typed in capitals read in ordinary case (same length);
    ``starts``: with a capital at each sentence start (as the rules read it), or without
    (for listing the words a name could hide in, where those capitals would be noise)."""
    if not any(c.isupper() for c in text):
        return text
    runs = _runs(text)
    if not runs:
        return text
    parts: list[str] = []
    pos = 0
    for lo, hi in runs:
        parts.append(text[pos:lo])
        parts.append(_folded_run(text, lo, hi, starts))
        pos = hi
    parts.append(text[pos:])
    out = "".join(parts)
    return text if out == text else out


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
