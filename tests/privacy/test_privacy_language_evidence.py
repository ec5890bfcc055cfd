"""The language evidence shared by the article and preposition rules answers as ``speaks``.

``find_proper_nouns`` works out which language families a text's words show once, family by
family as a rule asks (``Evidence``), and hands it to both rules; the answers, and what the
rules find, must be those of asking ``speaks`` afresh each time.
"""

from __future__ import annotations

from pathlib import Path

from bot.privacy import _proper_nouns as pn
from bot.privacy._article_names import article_names
from bot.privacy._language_evidence import (
    FILIPINO,
    MALAY,
    PORTUGUESE,
    ROMANCE,
    SPANISH_LIKE,
    VIETNAMESE,
    Evidence,
    speaks,
)
from bot.privacy._lexicon import lexicon
from bot.privacy._preposition_places import preposition_places
from tests.privacy.redaction_cases import dev_texts

DATA = Path(__file__).resolve().parents[1] / "data"
_LEX = lexicon()
_ASKED = [
    (family, only)
    for family in (PORTUGUESE, SPANISH_LIKE, VIETNAMESE, MALAY, FILIPINO, ROMANCE)
    for only in (False, True)
]


def _texts() -> list[str]:
    return list(dev_texts())


TEXTS = _texts()


def test_evidence_answers_as_speaks_in_any_order() -> None:
    for text in TEXTS:
        lows = [t.low for t in pn.tokens(text, _LEX)]
        expected = [speaks(lows, family, _LEX, only=only) for family, only in _ASKED]
        evidence = Evidence(lows, _LEX)
        got = [evidence.speaks(family, only=only) for family, only in reversed(_ASKED)][::-1]
        again = [evidence.speaks(family, only=only) for family, only in _ASKED]
        assert got == expected == again, text


def test_the_rules_find_the_same_with_shared_evidence() -> None:
    for text in TEXTS:
        toks = pn.tokens(text, _LEX)
        lows = [t.low for t in toks]
        shared = Evidence(lows, _LEX)
        assert article_names(text, toks, lows, _LEX, shared) == article_names(
            text, toks, lows, _LEX
        ), text
        assert preposition_places(text, toks, lows, _LEX, shared) == preposition_places(
            text, toks, lows, _LEX
        ), text
