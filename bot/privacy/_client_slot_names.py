"""A lower-case word between "client" (or "patient", "my son", ...) and a verb is that
person's name, even when it is also a word of another language: "my client eno said", "the
patient ana was calmer".

Lists of other languages' everyday and function words keep such words elsewhere ("eno" is
"one" in Slovene). Between a word for the person and a verb that the person does, no word of
any language but a name stands there in English; an English word still stays ("my client
also said", "the client then came").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_SLOT = re.compile(
    r"(?=[cpsdk])\b(?:client|patient|son|daughter|kiddo)\s+(?P<name>[a-z][a-z'’-]{1,})\s+"
    r"(?:said|says|told|tells|was|is|came|comes|felt|feels|has|had|did|does|wanted|wants"
    r"|cried|laughed|smiled|texted|called|asked|slept|went|got|made|tried|started|managed"
    r"|noticed|shared|brought|walked|talked|spoke|replied|wrote|showed|stayed)\b"
)
_MIN_LETTERS = 2
# chat words missing from the everyday word list: "my client lol said", "the client ok was"
_CHAT = frozenset(
    "ok okay k lol lmao omg tbh btw idk imo imho ngl fr rn smh pls plz tho thx ty haha hehe "
    "ya yeah yep nah def prob probs".split()
)


def may_hold(text: str) -> bool:
    """Cheap check: a word for the person."""
    return "client" in text or "patient" in text or " son " in text or "daughter" in text


def client_slot_names(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Lower-case names between a word for the person and the verb the person does."""
    for m in _SLOT.finditer(text):
        name = m.group("name")
        if len(name) >= _MIN_LETTERS and name not in lex.ordinary and name not in _CHAT:
            yield m.start("name"), m.end("name"), "name"
