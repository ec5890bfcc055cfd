"""A word-name the rules keep on purpose after a venue and "in" is recorded where they decide
(``_decided``); and a word kept only for standing beside a word of another language is judged
again once the tagger has replaced that neighbour, in ``find`` as in ``redact``."""

from __future__ import annotations

import pytest

import bot.privacy as privacy
from bot.privacy import _tagger, redact_by_rules
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import tokens


def _decided_words(text: str) -> list[str]:
    out, decided = redact_by_rules(text)
    return [out[s:e] for s, e in decided]


def _candidate_words(text: str) -> list[str]:
    toks = tokens(text, lexicon())
    holes = _tagger._holes(text, toks)
    return [toks[i].word for i in _tagger.candidates(text, toks, holes)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a virtue after a venue and "in": no town there
        ("he prayed at the temple in hope, his brother said", "hope"),
        ("they sat in the clinic in hope for hours", "hope"),
    ],
)
def test_a_word_name_the_rules_keep_is_recorded_and_no_candidate(text: str, word: str) -> None:
    assert word in _decided_words(text)
    assert word not in _candidate_words(text)


def test_a_word_kept_beside_a_replaced_word_of_another_language_is_judged_again() -> None:
    text = "on weekends she helps at panti asuhan harapan bunda with the little ones"
    out, decided = redact_by_rules(text)
    toks = tokens(out, lexicon())
    i = next(k for k, t in enumerate(toks) if t.word == "harapan")
    assert _decided_words(text) == ["harapan"]  # kept for standing beside "bunda"
    assert i not in _tagger.candidates(out, toks, _tagger._holes(out, toks), decided)
    # weights that replace every word judged: "harapan" is judged once "bunda" is replaced
    weights = {"bias": [0.0, 5.0, 0.0, 0.0]}
    found = _tagger.tag(out, weights, 0.5, decided=decided)
    assert "harapan" in [out[s:e] for s, e, _ in found]


def test_a_word_still_beside_another_word_of_that_language_stays_kept() -> None:
    # "mi" stays beside "cielo" on its other side: the word is still among its language
    text = "she always calls him mi cielo bonito when he cooks"
    out, decided = redact_by_rules(text)
    weights = {"bias": [0.0, 5.0, 0.0, 0.0]}
    found = [out[s:e] for s, e, _ in _tagger.tag(out, weights, 0.5, decided=decided)]
    for word in _decided_words(text):
        assert word not in found


def test_a_venue_found_already_before_in_is_no_decision_to_keep() -> None:
    # "[org] in jay told me": a person after a body found, not a virtue after a venue noun
    assert "grace" not in _decided_words("we met up at Helping Hands Trust in grace told me")


def test_find_and_redact_agree_on_a_word_freed_by_a_replaced_neighbour(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # weights that replace every word judged: ``find`` (one tagging) and ``redact`` (tagging
    # and reading again) both take "harapan" once "bunda" is replaced
    monkeypatch.setattr(privacy, "USE_TAGGER", True)
    monkeypatch.setattr(_tagger, "_weights", lambda: ({"bias": [0.0, 5.0, 0.0, 0.0]}, 0.5))
    text = "on weekends she helps at panti asuhan harapan bunda with the little ones"
    assert "harapan" in [s.text for s in privacy.find(text)]
    assert "harapan" not in privacy.redact(text)
