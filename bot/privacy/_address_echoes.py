"""A person's given name echoed by their own email address or social handle in the same text:
"new contact: edem, edem.agbeko@outlook.com", "sekou ig na sekou_lonestar231", "told ebi i'll
not follow" (after "his snap na ebi_d_great"), "unni's dad" (after "unni.krishnan.ekm@...").

People build an address from their own name, given name first ("first.last", "name_words"),
so a word of the text that is the first part of an address's local part names the one whose
address it is, typed in lower case or not. The word is taken only where it could be a name:

- a word in no list of everyday words of any language, or a listed given or family name that
  is no everyday English word ("edem", "sekou", "unni");
- a listed given name that is also an everyday word ("joy", "lovely") only when the address
  pairs it with a second part that is no everyday word, as a family name is
  ("joy.dagohoy.rsw@..."): "hope.center@..." names no one;
- never a function word of any language, a word always kept (a weekday, a brand), nor the
  later parts of an address ("nico_fufu.manado" does not make the food "fufu" a name);
- a handle often runs the name into other words ("@anelisewrites"): a word of four letters
  or more that opens the first part is taken too, if it is no everyday word of any kind.

Only the addresses found by the patterns are read: the text's words are not searched unless
one holds a word of at least three letters before its first separator.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._span import Span
    from ._word_classes import Candidate

_ADDRESS_KINDS = frozenset({"email", "handle"})
_PARTS = re.compile(r"[._\-\d]+")
_MIN_PART = 3
_MIN_HEAD = 4
# before an occurrence, these make the word an everyday one: "a lovely day", "so joy"
_DETERMINERS = frozenset(
    "a an the this that so very too really such his her my our their your its".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_LOOK_BACK = 30


def _local_parts(address: str) -> list[str]:
    """The alphabetic parts of the address before its "@" domain, lower-cased, in order."""
    local = address.lstrip("@").split("@", 1)[0]
    return [p for p in _PARTS.split(local.lower()) if p]


def _names_a_person(parts: list[str], lex: Lexicon) -> str | None:
    """The first part of ``parts`` when it can be the owner's given name (module docstring)."""
    first = parts[0] if parts else ""
    if len(first) < _MIN_PART or not first.isalpha():
        return None
    if first in tables().langs or first in lex.always_ordinary:
        return None
    if first not in lex.ordinary and first not in lex.word_names:
        return first
    if first not in lex.given_names:
        return None
    family = [p for p in parts[1:] if len(p) >= _MIN_PART and p.isalpha()]
    if family and family[0] not in lex.ordinary and family[0] not in lex.always_ordinary:
        return first
    return None


def names_echoed_in_addresses(text: str, shaped: list[Span], lex: Lexicon) -> list[Candidate]:
    """Each whole-word occurrence, outside every address, of a given name that an email
    address or handle of the text opens with."""
    addresses = [s for s in shaped if s.kind in _ADDRESS_KINDS]
    if not addresses:
        return []
    names = {n for s in addresses if (n := _names_a_person(_local_parts(s.text), lex))}
    if not names:
        return []
    inside = [(s.start, s.end) for s in shaped if s.kind]
    t = tables()
    heads = {
        n[:k]
        for n in names
        for k in range(_MIN_HEAD, len(n))
        if n[:k] not in lex.ordinary
        and n[:k] not in lex.word_names
        and n[:k] not in lex.always_ordinary
        and n[:k] not in t.langs
    }
    pattern = re.compile(
        r"(?i)(?<![\w@.\-/])(?:"
        + "|".join(map(re.escape, sorted(names | heads, key=len, reverse=True)))
        + r")(?![\w@]|[.\-_/]\w)"
    )
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if any(a <= start < b for a, b in inside):
            continue
        low = m.group().lower()
        if low in lex.ordinary or low in lex.word_names:
            before = _WORD_BEFORE.search(text[max(0, start - _LOOK_BACK) : start])
            if before is not None and before.group(1).lower() in _DETERMINERS:
                continue  # "a lovely day": the everyday word
        out.append((start, end, "name"))
    return out
