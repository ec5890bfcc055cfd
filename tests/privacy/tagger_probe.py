"""What the tagger sees of a text, for tests of its features and of what it judges."""

from __future__ import annotations

from bot.privacy import _tagger
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import tokens


def features_of(text: str, word: str) -> list[str]:
    """The tagger's features of the first token of ``text`` that is ``word``."""
    toks = tokens(text, lexicon())
    holes = _tagger._holes(text, toks)
    i = next(k for k, t in enumerate(toks) if t.word == word)
    return _tagger.features(text, toks, i, holes, _tagger.doc(text, toks, holes))
