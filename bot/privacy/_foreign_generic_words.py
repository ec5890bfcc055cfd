"""Words of other languages that name no one: blessings and interjections ("Insha'Allah",
"Slava Bohu", "Baruch Hashem", "Ojalá") and public institutions named in general in the
client's language ("the Servicios Sociales", "a letter from the Sad Rodzinny", "her Medico
de Cabecera").

Practitioners quote the phrases their clients live by and the offices their families deal
with, in the client's words. Capitalised and in no English list, these read as names. A
candidate is dropped when it lies inside a blessing of ``data/blessings.txt`` (matched as a
whole phrase, ignoring case, accents, apostrophes and hyphens) or inside a Title-Case run
made only of institution words of ``data/services_abroad.txt`` (at least two of them, with
the small words joining them): one distinctive word in the run ("Juzgado de Familia de
Getafe", "Centro de Salud Delicias") or a town after it ("Urząd Miasta in Kraków") keeps
the candidate, as it says which one. National agencies are not in the list: named alone
they are organisations ("Ministerio Público").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate

_DATA = Path(__file__).resolve().parent / "data"
_WORD = re.compile(r"[^\W\d_]+(?:['’‘][^\W\d_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’‘")
# small words joining the words of an institution's name, in the languages listed
_JOINERS = frozenset(
    "de del la las los el di du des der die das für fur voor van do da dos das e i y per "
    "za dla na od pro a al au aux".split()
)
# words before the run that are not part of it: "the Servicios Sociales", "Her Medico"
_BEFORE = frozenset("the a an her his their our my your this that".split())
_MIN_RUN = 2
# a town right after the run says which office it is: "Urząd Miasta in Kraków"
_PLACE_AFTER = re.compile(r",? (?:in|of|de|en|w|v|im|in der|di|à|a) [A-Z]")


def _plain(word: str) -> str:
    """Lower case, without accents or apostrophes: "Insha'Allah" -> "inshaallah"."""
    low = word.lower().translate(_APOSTROPHES)
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip() and not line.startswith("#")]


@cache
def _blessings() -> dict[str, list[tuple[str, ...]]]:
    """Each blessing as its plain words, by its first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in _lines("blessings.txt"):
        words = tuple(_plain(w) for w in line.replace("-", " ").split())
        by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)  # the longest phrase first
    return by_first


@cache
def _services() -> frozenset[str]:
    return frozenset(_plain(w) for line in _lines("services_abroad.txt") for w in line.split())


@cache
def _gate() -> frozenset[str]:
    """Words that open a blessing or name an institution, plain and as the lists write them."""
    written = {line.replace("-", " ").split()[0] for line in _lines("blessings.txt")}
    written.update(w for line in _lines("services_abroad.txt") for w in line.split())
    return frozenset(written | set(_blessings()) | _services())


def may_hold(lows: Sequence[str]) -> bool:
    """Cheap test: a word that opens a blessing or names an institution (a set lookup; only
    words with an apostrophe or an accent are made plain first)."""
    gate = _gate()
    if not gate.isdisjoint(lows):
        return True
    return any(_plain(low) in gate for low in lows if not low.isalpha() or not low.isascii())


def keep_foreign_generic_words(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without candidates inside a blessing or an institution named in general."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    kept = _blessing_spans(text, words) + _service_runs(text, words)
    if not kept:
        return found
    return [c for c in found if not any(s <= c[0] and c[1] <= e for s, e in kept)]


def _blessing_spans(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    by_first = _blessings()
    plain = [_plain(w) for _, _, w in words]
    spans: list[tuple[int, int]] = []
    for i, first in enumerate(plain):
        for phrase in by_first.get(first, ()):
            j = i + len(phrase)
            if tuple(plain[i:j]) == phrase and _adjacent(text, words, i, j):
                spans.append((words[i][0], words[j - 1][1]))
                break
    return spans


def _adjacent(text: str, words: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Words i..j-1 follow each other with only a space or a hyphen between."""
    return all(text[words[k - 1][1] : words[k][0]] in (" ", "-") for k in range(i + 1, j))


def _service_runs(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Title-Case runs made only of institution words (and joiners between them)."""
    services = _services()
    spans: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if not words[i][2][:1].isupper():
            i += 1
            continue
        j = i  # the run: capitalised words, with joiners between two of them
        while j + 1 < n and text[words[j][1] : words[j + 1][0]] in (" ", "-"):
            nxt = words[j + 1][2]
            if nxt[:1].isupper():
                j += 1
            elif nxt.lower() in _JOINERS and j + 2 < n and words[j + 2][2][:1].isupper():
                if text[words[j + 1][1] : words[j + 2][0]] != " ":
                    break
                j += 2
            else:
                break
        run = [w for w in words[i : j + 1] if w[2][:1].isupper()]
        start = run[0][0]  # a capitalised "Her" before the run goes with it
        if run[0][2].lower() in _BEFORE:
            run = run[1:]
        if (
            len(run) >= _MIN_RUN
            and all(_plain(w) in services for _, _, w in run)
            and not _PLACE_AFTER.match(text, run[-1][1])
        ):
            spans.append((start, run[-1][1]))
        i = j + 1
    return spans
