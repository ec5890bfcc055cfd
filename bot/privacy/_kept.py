"""Words that ``redact`` kept although a name could hide in them, for the share preview.

Capitalised words, and lower-case words that are in no list of everyday words: most names,
places and organisations that still get through are typed in lower case in chat ("went to
tevita's", "lives in st vital"), so the author is shown those too.
"""

from __future__ import annotations

from ._function_words import tables
from ._lexicon import lexicon
from ._proper_nouns import starts_sentence, tokens
from ._word_classes import Kind

_PLACEHOLDER_WORDS = frozenset(
    {"name", "place", "date", "age", "phone", "email", "id", "url", "handle", "org"}
)
# a given name that is no everyday word ("tevita"), or a word in no list at all ("kakuma")
_UNLISTED = (Kind.NAME, Kind.UNKNOWN)
_MIN_LOWER = 3  # shorter lower-case words are chat abbreviations far more often than names


def _lower_unlisted(word: str, kind: object) -> bool:
    """A lower-case word in no list of everyday words of any language the lists know
    (function words of other languages, "que", "und", are not listed)."""
    return (
        kind in _UNLISTED
        and len(word) >= _MIN_LOWER
        and word.isalpha()
        and word.islower()
        and word not in tables().langs
    )


def kept_words_in(redacted: str) -> list[str]:
    """Words left in already-redacted text that may still name someone, each once, in
    order of appearance: capitalised words, and lower-case words in no list.

    A sentence's first word is listed only when it is not everyday English ("Duolingo"
    is, "The" is not), and the pronoun "I" never is.
    """
    lex = lexicon()
    toks = tokens(redacted, lex)
    seen: set[str] = set()
    out: list[str] = []
    for i, tok in enumerate(toks):
        if tok.word in seen or tok.word == "I":
            continue
        if not tok.capital:
            if _lower_unlisted(tok.word, tok.kind):
                seen.add(tok.word)
                out.append(tok.word)
            continue
        if tok.word.lower() in _PLACEHOLDER_WORDS and redacted[tok.start - 1 : tok.start] == "[":
            continue
        if tok.kind is Kind.ORDINARY and starts_sentence(redacted, toks, i):
            continue
        seen.add(tok.word)
        out.append(tok.word)
    return out
