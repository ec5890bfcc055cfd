"""A Spanish or Portuguese word of kinship or role after a possessive or an article is the
relation, never part of the name after it: "con su mama yomaira", "su abuela Nana Pilar",
"la maestra profe yeni", "com sua avó Dona Cida".

Such words are given names or titles elsewhere ("Mama", "Abuela Rosa" written as a title), so
the rules that join a title to a name or read runs of words take "mama yomaira" as one name
and the relation goes with the placeholder. After "su", "mi", "la", "sua", "minha" ... the
word names how the person is related, and the name's span starts after it. A capitalised
relation ("su Abuela Chela") and "tía", "tío" ("su tía Mari") are written as titles and go with
the name.
"""

from __future__ import annotations

import re

from ._word_classes import Candidate

_KIN = frozenset(
    "mama mamá mami papa papá papi abuela abuelo abuelita abuelito esposo esposa marido "
    "hermano hermana hermanito hermanita hijo hija nieto nieta primo prima "
    "novio novia vecina vecino suegra suegro madrina padrino maestra maestro cuñada cuñado "
    "sobrino sobrina mãe mae pai avó avô vovó vovô irmã irmão filho filha mulher "
    "namorado namorada professora professor".split()
)
# the owner or article right before the relation, and the relation at the span's head
_OWNER_BEFORE = re.compile(
    r"(?i:\b(?:su|sus|mi|mis|tu|tus|la|el|nuestra|nuestro|sua|seu|minha|meu|tua|teu|da|do))"
    r"\s+$"
)
_HEAD = re.compile(r"([^\W\d_]+)(\s+)")
_REACH = 12


def without_owned_kin_heads(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a relation after "su", "la", "sua" ... cut from the head of each name."""
    out: list[Candidate] = []
    for start, end, kind in found:
        head = _HEAD.match(text, start, end)
        if (
            head is not None
            and kind == "name"
            and head.group(1) in _KIN
            and _OWNER_BEFORE.search(text, max(0, start - _REACH), start)
        ):
            out.append((head.end(), end, kind))
        else:
            out.append((start, end, kind))
    return out
