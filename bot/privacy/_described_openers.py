"""A name typed small or given by initials, opening the text or a sentence, with an aside in
brackets saying which person of the family it is, then a verb a person does: "aram (armenian
family) said his grandma", "M.A. (the older boy) said he is", "lusine (the eldest girl) told
her mum".

``_aside_names`` reads a capitalised word before such an aside. A word typed small that is no
English word, or two or three initials with dots, is as often a short form, a degree ("M.A.")
or a word of another language; an aside naming a boy, a girl, a son or a family, and after it a
verb of speaking or telling, shows a person. Kept: an everyday word or a kinship word before
the aside ("mum (the older one) said", "client (the younger boy) said"), and asides that name
no person ("B.A. (hons) said to be hard").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._kin_words import _KIN_VOCAB as KIN_VOCAB  # pyright: ignore[reportPrivateUsage]
from ._vocab import PERSON_ONLY_VERBS, RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_OPENED = re.compile(
    r"(?:^|(?<=[.!?;:\n] )|(?<=\n))[\"'“‘*-]*"
    r"([a-z][a-z'’-]{2,}|(?:[A-Z]\.){2,3})"
    r" \(([^()\n]{1,60})\) "
    r"(?:(?:just|also|then|finally|actually|even) )?([a-z]+)\b"
)
# who the aside says the person is
_PERSON_NOUNS = frozenset(
    """
    boy boys girl girls son daughter kid child family brother sister twin teen baby man woman
    lady guy grandson granddaughter nephew niece cousin
    """.split()
)
_WORD = re.compile(r"[a-z]+")
# verbs of speaking and telling: what the one described does next
_SAYING = frozenset(
    "said says told tells asked asks admitted explained mentioned shared wrote texted "
    "answered replied agreed decided wants wanted".split()
)
_KIN = KIN_VOCAB | RELATIONS


def may_hold(text: str) -> bool:
    """Cheap test: a bracket after a space."""
    return " (" in text


def described_openers(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Names typed small or by initials before an aside saying which person they are."""
    out: list[Candidate] = []
    kinds = {t.start: t for t in toks}
    for m in _OPENED.finditer(text):
        word, aside, verb = m.group(1), m.group(2).lower(), m.group(3)
        if verb not in _SAYING and verb not in PERSON_ONLY_VERBS:
            continue
        if _PERSON_NOUNS.isdisjoint(_WORD.findall(aside)):
            continue
        if word[0].islower():
            tok = kinds.get(m.start(1))
            low = word.lower()
            if tok is None or low in _KIN or low in lex.ordinary:
                continue
            if tok.kind is not Kind.UNKNOWN and tok.kind is not Kind.NAME:
                continue
        out.append((m.start(1), m.end(1), "name"))
    return out
