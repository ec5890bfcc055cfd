"""Capitalised words that ``redact`` kept as ordinary words, for the share preview."""

from __future__ import annotations

from ._lexicon import lexicon
from ._proper_nouns import starts_sentence, tokens
from ._word_classes import Kind

_PLACEHOLDER_WORDS = frozenset(
    {"name", "place", "date", "age", "phone", "email", "id", "url", "handle", "org"}
)


def kept_words_in(redacted: str) -> list[str]:
    """Capitalised words left in already-redacted text, each once, in order of appearance.

    A sentence's first word is listed only when it is not everyday English ("Duolingo"
    is, "The" is not), and the pronoun "I" never is.
    """
    lex = lexicon()
    toks = tokens(redacted, lex)
    seen: set[str] = set()
    out: list[str] = []
    for i, tok in enumerate(toks):
        if not tok.capital or tok.word == "I" or tok.word in seen:
            continue
        if tok.word.lower() in _PLACEHOLDER_WORDS and redacted[tok.start - 1 : tok.start] == "[":
            continue
        if tok.kind is Kind.ORDINARY and starts_sentence(redacted, toks, i):
            continue
        seen.add(tok.word)
        out.append(tok.word)
    return out
