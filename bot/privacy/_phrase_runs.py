"""Known phrases kept out of name runs, and runs split at street or organisation suffixes."""

from __future__ import annotations

from ._branch_employers import phrase_at_work
from ._lexicon import Lexicon
from ._name_cues import _prev_word
from ._word_classes import _ALL_SUFFIXES, Kind, Token


def _phrase_tokens(text: str, toks: list[Token], lex: Lexicon) -> set[int]:
    """Tokens inside the name of a thing kept whole ("Red Bull", "Hari Raya", "Kia ora",
    "Young Person"): its words may be names or places one by one, but not together."""
    heads = lex.phrase_heads
    kept: set[int] = set()
    n = len(toks)
    for i, tok in enumerate(toks):
        if tok.low not in heads or i in kept:
            continue
        if not tok.capital and (tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP):
            continue  # in lower case only a name-like head can open a name read wrongly
        for j in range(min(n, i + _MAX_PHRASE), i + 1, -1):
            if any(not _phrase_gap(text, toks[k], toks[k + 1]) for k in range(i, j - 1)):
                continue
            if not tok.capital and any(t.capital for t in toks[i:j]):
                continue  # typed in lower case, the whole name is ("hari raya")
            phrase = " ".join(t.low for t in toks[i:j])
            if phrase in lex.phrases:
                if not _runs_on(text, toks, j) and not (  # "Santo Niño Parish": judged whole
                    phrase in lex.brand_phrases
                    and (_employer_slot(toks, i) or phrase_at_work(text, toks, i, j))
                ):
                    kept.update(range(i, j))
                break
    return kept


_MAX_PHRASE = 5


def _employer_slot(toks: list[Token], i: int) -> bool:
    """ "at Burger King", "works for Red Bull": where a business may be someone's employer."""
    prev = _prev_word(toks, i)
    return prev == "at" or (prev == "for" and i > 1 and toks[i - 2].low in _WORKING)


_WORKING = frozenset({"work", "works", "worked", "working", "job", "shifts", "volunteers"})


def _phrase_gap(text: str, left: Token, right: Token) -> bool:
    """One space between two words of a phrase, after a possessive too ("Grey's Anatomy",
    "All Saints' Day")."""
    gap = text[left.end : right.start]
    if gap == " ":
        return True
    if left.possessive:
        return gap in ("'s ", "’s ")
    return gap in ("' ", "’ ") and left.low.endswith("s")


def _runs_on(text: str, toks: list[Token], j: int) -> bool:
    """Whether a capitalised word follows token ``j - 1`` in the same run ("I" opens a
    clause of its own: "in Group Supervision I presented")."""
    if j >= len(toks) or not toks[j].capital or text[toks[j - 1].end : toks[j].start] != " ":
        return False
    return toks[j].word != "I" and not toks[j].word.startswith(("I'", "I’"))


def _outside(run: list[int], kept: set[int]) -> list[list[int]]:
    """The stretches of a run left beside the names of things kept whole."""
    pieces: list[list[int]] = [[]]
    for i in run:
        if i in kept:
            if pieces[-1]:
                pieces.append([])
        else:
            pieces[-1].append(i)
    return [p for p in pieces if p]


def _split_at_suffixes(toks: list[Token], run: list[int]) -> list[list[int]]:
    """Cut a run after each street/area/organisation suffix ("Hope Lake | Maria")."""
    suffixes = _ALL_SUFFIXES
    if suffixes.isdisjoint([toks[i].low for i in run]):
        return [list(run)]  # no suffix: nothing to cut (most runs)
    pieces: list[list[int]] = []
    cur: list[int] = []
    for pos, i in enumerate(run):
        cur.append(i)
        nxt_is_suffix = pos + 1 < len(run) and toks[run[pos + 1]].low in suffixes
        suffix = toks[i].capital and toks[i].low in suffixes
        if len(cur) >= 2 and suffix and not nxt_is_suffix:
            pieces.append(cur)
            cur = []
    if cur:
        pieces.append(cur)
    return pieces
