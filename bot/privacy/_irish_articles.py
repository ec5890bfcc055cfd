"""The Irish article inside a surname: "Seán Mac an tSaoir", "Áine Nic an Bhaird", "Mac an
Ghoill". "an" and the word after it are part of the surname after "Mac" (son), "Nic", "Mhic"
and "Mhac" (daughter, wife of the family); a name found up to "Mac" alone left "an tSaoir"
beside its placeholder, the part of the name that tells who the person is.
"""

from __future__ import annotations

import re

from ._span import Span

_PATRONYMIC = re.compile(r"\b(?:Mac|Nic|Mhic|Mhac)$")
# the article and the noun after it, with the letter Irish puts before a vowel or an s
# after the article ("tSaoir", "hÉireann"), or capitalised as a surname is ("Bhaird")
_ARTICLE_TAIL = re.compile(r" an (?:[th](?=[A-ZÁÉÍÓÚ]))?[A-ZÁÉÍÓÚ][^\W\d_]*")


def may_hold_irish_articles(text: str) -> bool:
    """Cheap check: a patronymic before the article."""
    return "c an " in text


def with_irish_articles(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each name that ends in "Mac" or "Nic" widened over "an" and its noun."""
    out: list[Span] = []
    for n, span in enumerate(spans):
        if span.kind == "name" and _PATRONYMIC.search(span.text):
            m = _ARTICLE_TAIL.match(text, span.end)
            limit = spans[n + 1].start if n + 1 < len(spans) else len(text)
            if m is not None and m.end() <= limit:
                span = Span(span.start, m.end(), span.kind, text[span.start : m.end()])
        out.append(span)
    return out
