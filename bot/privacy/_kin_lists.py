"""A lower-case word listed among relatives is one more person of the list: "who came: me,
tavita, her nana and the baby", "family session: mum, koro, wiremu, hemi and the twins".

``_listed_people`` reads a lower-case item after a name already found, and the rules for
subjects read a word by its verb; a list of who was there often has neither: the names stand
between relatives ("me", "her nana", "the baby") with no verb of their own. A list here is
three items or more, joined by commas and a last "and", "n" or "&", inside one sentence (an
aside in brackets after an item is passed over). When two of its items are people said by
their relation ("me", or a relative's word of any language, alone or after an owner or
article: "nana", "her foster mum", "the baby"), one of them "me" or owned ("her nana", "the
baby": bare relatives' words head lists of things too, "mum, dad, pav and tea"), and no single
item is an everyday word (a thing: "tea", "cake"), a single word in lower case among the other
items is a name when it is in no list or is a given name that is no word of any list: no
everyday word, no relative's or role's word, no word of another language, no thing, no town.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_address import WORDS as KIN_WORDS
from ._lower_word_names import _ROLES as ROLES
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_BRACKET = re.compile(r"\([^()\n]{0,80}\)")
_SENTENCE = re.compile(r"[^.!?;:\n]+")
_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|n|&)\s+)?|\s+(?:and|n|&)\s+")
_ITEM = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*){0,2}")
_HEAD_BEFORE = frozenset("her his my our their the your a lil little big baby".split())
_ME = frozenset({"me"})
_RELATIVES = KIN_WORDS | RELATIONS | frozenset({"baby", "twins", "kids"})
_MIN_ITEMS = 3
_MIN_PEOPLE = 2
_MIN_NAME = 3


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap test: a comma, and a word that joins a list's last item."""
    return ", " in text and ("and" in lows or "n" in lows or " & " in text)


def kin_list_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case names listed among relatives (see the module)."""
    out: list[Candidate] = []
    by_start = {t.start: t for t in toks}
    blanked = _BRACKET.sub(lambda m: " " * len(m.group()), text)
    for sentence in _SENTENCE.finditer(blanked):
        if blanked.find(",", sentence.start(), sentence.end()) < 0:
            continue  # a list needs a comma among its joins (``_items``)
        items = _items(blanked, sentence.start(), sentence.end())
        if len(items) < _MIN_ITEMS:
            continue
        people = [words for _, _, words in items if _relation(words)]
        if len(people) < _MIN_PEOPLE or not any(_owned_or_me(words) for words in people):
            continue
        names: list[Candidate] = []
        for start, end, words in items:
            if len(words) != 1 or _relation(words):
                continue
            tok = by_start.get(start)
            if tok is None or tok.end != end:
                break
            if _name_word(tok, lex):
                names.append((start, end, "name"))
            elif tok.word.islower() and tok.kind is not Kind.WORD_NAME:
                break  # "mum, dad, pav and tea": a thing among the items
        else:
            out.extend(names)
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """The items of the longest run in ``text[start:end]`` of short items (one to three
    words) joined by list separators, with at least one comma among the joins."""
    best: list[tuple[int, int, list[str]]] = []
    run: list[tuple[int, int, list[str]]] = []
    commas = 0
    pos = start
    for sep in [*_SEPARATOR.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        piece = text[pos:stop]
        lead = len(piece) - len(piece.lstrip())
        item = _ITEM.fullmatch(piece.strip())
        if item:
            first = pos + lead
            run.append((first, first + len(item.group()), item.group().lower().split()))
        if not item or sep is None:
            if len(run) >= _MIN_ITEMS and commas and len(run) > len(best):
                best = run
            run, commas = ([], 0) if not item else (run, commas)
        if sep is not None:
            commas += "," in sep.group() and bool(run)
            pos = sep.end()
    return best


def _relation(words: list[str]) -> bool:
    """ "me", "nana", "her lola", "the baby", "her foster mum": a person said by relation."""
    if words == ["me"]:
        return True
    head = words[-1]
    if head not in _RELATIVES:
        return False
    return all(w in _HEAD_BEFORE or w.isalpha() for w in words[:-1]) and (
        len(words) == 1 or words[0] in _HEAD_BEFORE
    )


def _owned_or_me(words: list[str]) -> bool:
    """ "me", or a relative after an owner or an article ("her lola", "the baby"): a list of
    people, where bare relatives' words may head a list of things too ("mum, dad, pav")."""
    return words == ["me"] or (len(words) > 1 and words[0] in _HEAD_BEFORE)


def _name_word(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if not tok.word.islower() or tok.possessive or len(low) < _MIN_NAME:
        return False
    if tok.kind is not Kind.UNKNOWN and tok.kind is not Kind.NAME:
        return False
    return (
        low.isalpha()
        and low not in _ME
        and low not in _RELATIVES
        and low not in ROLES
        and low not in lex.ordinary
        and low not in lex.things
        and low not in lex.places
        and not tables().langs.get(low)
    )
