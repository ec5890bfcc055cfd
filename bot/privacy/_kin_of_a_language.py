"""A kinship word of another language that is also a given name or surname, read as the
kinship word where the note shows that language: "Mak and Ayah don't know yet", "her Appa
reading the paper, her Anna driving her", "Tete came and spoke in Shona", "speaks Karen and
Burmese".

Practitioners write the relatives of a client by the family's own word, capitalised. Some of
those words are names elsewhere ("Lola", "Anna", "Mak", "Tete", "Ema") and are read as one.
The cue that it is the kinship word is the language around it: another kinship word of the
same language, or the language's name, in the same note (bot/privacy/data/kin_by_language.txt
groups them by language); for a kinship word that is no listed given name, a possessive
right before it does too ("her Mak", "su Tete").

Recall first: only a one-word name candidate is kept, and not when a capitalised word follows
it (a title before a name: "Lola Remedios", "Pak Budi"); a cue word that is also an everyday
English word ("ate", "Tamil") counts only when written with a capital inside a sentence,
where it cannot be the English word opening it (or, when it is only the name of a language or
its speakers and no listed name, opening one too: "Korean Thanksgiving"), and an acronym
never ("her BA"); the word
itself is no cue for itself. A listed given name ("Anna", "Lola", "Anh") needs two other
words of its language in the note, or one joined to it ("Mak and Ayah", "Ema ja Isa").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cache, partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from ._lexicon import lexicon

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_POSSESSIVES = frozenset("her his my their our your su mi tu".split())
_BEFORE_OWNER = frozenset(
    "with and or but to for from of by at on in about after before than like while when said says"
    " that".split()
)
_CONJUNCTIONS = frozenset("and or y e et und ja og en na at ug".split())
_START = attrgetter("start")


@cache
def _groups() -> tuple[dict[str, frozenset[int]], frozenset[str]]:
    """Each listed word's languages (by line number), and the kinship words among them."""
    languages: dict[str, set[int]] = {}
    kin: set[str] = set()
    path = Path(__file__).with_name("data") / "kin_by_language.txt"
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
        if not line or line.startswith("#"):
            continue
        words, _, names = line.partition(":")[2].partition("|")
        kin.update(words.split())
        for word in words.split() + names.split():
            languages.setdefault(word, set()).add(number)
    return {w: frozenset(n) for w, n in languages.items()}, frozenset(kin)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a listed word among the lower-case words."""
    languages, _ = _groups()
    return not languages.keys().isdisjoint(lows)


def keep_kin_of_a_language(
    text: str,
    toks: list[Token],
    out: list[Candidate],
    ordinary: frozenset[str],
    given_names: dict[str, int],
    opens: Callable[[int], bool],
) -> list[Candidate]:
    """``out`` without the one-word name candidates that are a kinship word (or language
    name) of a language the note shows, as described above. ``given_names``: the listed
    given names; ``opens(i)``: whether ``toks[i]`` opens a sentence."""
    languages, kin = _groups()
    cues: dict[int, set[str]] = {}
    for i, tok in enumerate(toks):
        langs = languages.get(tok.low)
        if not langs:
            continue
        if tok.acronym or (
            tok.low in ordinary
            and (not tok.capital or (opens(i) and not _plain_language_name(tok.low, kin)))
        ):
            continue  # "she ate", "Tamil is hard", "her BA": may be the English word
        for lang in langs:
            cues.setdefault(lang, set()).add(tok.low)
    if not cues and _POSSESSIVES.isdisjoint(t.low for t in toks):
        return out

    def cued(i: int) -> bool:
        tok = toks[i]
        langs = languages.get(tok.low)
        if not langs or _titled(text, toks, i):
            return False
        if tok.low in kin and tok.low not in given_names and _owned(text, toks, i):
            return True  # "her Mak", "su Tete"; "her Anna" may be a person
        if _beside(text, toks, i, partial(_same_language, langs, tok.low, ordinary)):
            return True  # "Ayah and Mak", "speaks Karen and Burmese"
        others = set().union(*(cues.get(lang, set()) for lang in langs)) - {tok.low}
        # a listed given name ("Anna", "Lola", "Anh") needs more than one word
        return len(others) > (tok.low in given_names)

    # a word cued once is the same word elsewhere in the note ("Mak and Ayah ... Mak said")
    cued_words = {toks[i].low for i in _one_word_candidates(out, toks) if cued(i)}
    if not cued_words:
        return out
    kept: list[Candidate] = []
    for cand in out:
        i = _one_word_index(cand, toks)
        if (
            i is not None
            and toks[i].low in cued_words
            and (cand[2] == "name" or (cand[2] == "place" and toks[i].low in kin))
            and not _titled(text, toks, i)
        ):
            continue
        kept.append(cand)
    return kept


def _plain_language_name(low: str, kin: frozenset[str]) -> bool:
    """Whether ``low`` is the name of a language or its speakers and neither a kinship word
    nor a listed given name or surname: such a word names the language even opening a
    sentence ("Korean Thanksgiving and ours ... with Omma")."""
    lex = lexicon()
    return low not in kin and low not in lex.given_names and low not in lex.surnames


def _same_language(langs: frozenset[int], low: str, ordinary: frozenset[str], tok: Token) -> bool:
    """Whether ``tok`` is another word of one of ``langs``; an everyday English word only
    with a capital ("Ayah and Mak", not "Lola, ate")."""
    if tok.low == low or langs.isdisjoint(_groups()[0].get(tok.low, ())):
        return False
    return tok.capital or tok.low not in ordinary


def _owned(text: str, toks: list[Token], i: int) -> bool:
    """Whether a possessive stands right before ``toks[i]``; "her" only where it cannot be
    the object of a verb: opening the text or a clause, or after a preposition or a
    conjunction ("with her Anna", "and her Lola", not "they call her Lola")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.low not in _POSSESSIVES or text[prev.end : toks[i].start] != " ":
        return False
    if prev.low != "her" or i == 1:
        return True
    before = toks[i - 2]
    return bool(text[before.end : prev.start].strip()) or before.low in _BEFORE_OWNER


def _one_word_index(cand: Candidate, toks: list[Token]) -> int | None:
    """The index of the token ``cand`` is exactly, if it is one token."""
    i = bisect_left(toks, cand[0], key=_START)
    if i < len(toks) and toks[i].start == cand[0] and toks[i].end == cand[1]:
        return i
    return None


def _one_word_candidates(out: list[Candidate], toks: list[Token]) -> list[int]:
    found = (_one_word_index(c, toks) for c in out if c[2] in ("name", "place"))
    return [i for i in found if i is not None]


def _titled(text: str, toks: list[Token], i: int) -> bool:
    """Whether a capitalised word follows ``toks[i]``: a title with its name ("Lola
    Remedios", "Pak Budi")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.capital and text[toks[i].end : nxt.start] == " "


def _beside(text: str, toks: list[Token], i: int, same: Callable[[Token], bool]) -> bool:
    """Whether ``toks[i]`` is joined to a word ``same`` accepts by a comma or a conjunction
    ("Mak and Ayah", "Ema ja Isa", "speaks Karen and Burmese")."""
    for step in (-1, 1):
        j, k = i + step, i + 2 * step
        if not 0 <= j < len(toks):
            continue
        left, right = (toks[j], toks[i]) if step < 0 else (toks[i], toks[j])
        gap = text[left.end : right.start].strip()
        if gap in (",", "&", "/") and same(toks[j]):
            return True
        if gap == "" and toks[j].low in _CONJUNCTIONS and 0 <= k < len(toks):
            left, right = (toks[k], toks[j]) if step < 0 else (toks[j], toks[k])
            if text[left.end : right.start].strip() == "" and same(toks[k]):
                return True
    return False
