"""One-word answers in a form written as a run of short fields: "Mērķis: Miegs. Uzdevumi:
Pastaiga, Dienasgrāmata. Rezultāts: Labāk.", "Στόχος: Ύπνος. Εργασία: Περπάτημα.",
"Diagnózis: Depresszió. Terv: Napló, Séta, Alvás.".

A therapist's plan in their own language is a form: three or more fields, each a label
opening its sentence, a colon, and a short answer of one to three words or a short list.
Its answers are capitalised as the first word of a field is, and in no English word list,
so the other rules removed them. In such a form an answer of one to three words is a
thing (a goal, a task, a result) unless the label asks who (in English or as the word for
"name", "client" or "patient" in the languages of the sets), or a word of it is a listed
given name, surname or town: "Klijent: Amra" and "Ime: Ilze" stay removed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._field_starts import fields as field_matches

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

_FIELD = re.compile(
    r"(?:^|(?<=[.;!?]\s)|(?<=\n))[ \t]*(?P<label>[^\W\d_][^\W\d_'’-]*(?: [^\W\d_]+)?): "
    r"(?P<value>[^.:;!?\n\d]{1,60}?)(?=[.;!?]\s|[.;!?]?$|\n)",
    re.MULTILINE,
)
# where a field can start: after a newline, or after a break and a space (_field_starts)
_FIELD_BREAK = re.compile(r"[\n.;!?](?:(?<=\n)|\s)")
_MIN_FIELDS = 3
_MAX_ITEM_WORDS = 3
_ITEM_SPLIT = re.compile(r",\s*|\s+(?:and|&|és|un|i|и|і|και|na|et|y|e|ve|və)\s+")
# labels that ask who: English, and "name", "client", "patient", "contact", "parent" in
# the languages of the sets and their neighbours
_WHO_LABELS = frozenset(
    """by name names who client clients worker from to cc attendees present referrer contact
    parent parents carer teacher keyworker mother father guardian patient child son daughter
    ime imena név vārds vards vardas имя імя ім'я όνομα ονομα izina amazina nom nombre nome
    ad adı adi аты аты-жөнү anun անուն klijent klijentica klient klientka kliens klients
    pacijent pacient pacients beteg ασθενής ασθενης πελάτης πελατης клиент кліент пациент
    пацыент kontakt kapcsolat контакт majka otac anya apa māte tēvs мать отец маці бацька
    μητέρα πατέρας""".split()
)


def may_hold_form(text: str) -> bool:
    """Cheap check: at least three colons followed by a space."""
    return text.count(": ") >= _MIN_FIELDS


def _answer_spans(text: str) -> list[tuple[int, int]]:
    fields = list(field_matches(_FIELD, text, _FIELD_BREAK))
    if len(fields) < _MIN_FIELDS:
        return []
    spans: list[tuple[int, int]] = []
    for m in fields:
        if m.group("label").lower() in _WHO_LABELS:
            continue
        items = [i for i in _ITEM_SPLIT.split(m.group("value").strip()) if i]
        if not items or any(len(i.split()) > _MAX_ITEM_WORDS for i in items):
            continue  # a sentence, not an answer
        spans.append(m.span("value"))
    return spans


def _listed(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in lex.given_names or low in lex.surnames or low in lex.places


def without_form_values(text: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``found`` without one-word answers of a form of short fields."""
    answers = _answer_spans(text)
    if not answers:
        return found
    out: list[Candidate] = []
    for start, end, kind in found:
        word = text[start:end]
        inside = any(lo <= start and end <= hi for lo, hi in answers)
        words = word.split()
        if inside and len(words) <= _MAX_ITEM_WORDS and not any(_listed(w, lex) for w in words):
            continue
        out.append((start, end, kind))
    return out
