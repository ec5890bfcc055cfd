"""Shortcuts taken for speed answer as the longer way does.

A digit is looked for in C; the medicine hint reads the lower-cased text with a pattern the
engine scans fast; the chat readings of a word are asked only after a word one of them
needs; the tagger reads which words are typed small and which lines are headings once per
text, and takes the words of a text a pass just read instead of splitting it again.
"""

from __future__ import annotations

import pytest

from bot.privacy import _chat_people, _tagger, redact
from bot.privacy import _proper_nouns as pn
from bot.privacy._digits import has_digit
from bot.privacy._lexicon import lexicon
from bot.privacy._medicine_contexts import _HINT, _hinted
from tests.privacy.redaction_cases import dev_texts

_ODD = [
    "",
    "no digits here",
    "a superscript ² and a circled ① are digits to isdigit",
    "Arabic-Indic ٣ and full-width ３",
    "x7",
]


@pytest.mark.parametrize("text", _ODD)
def test_has_digit_answers_as_isdigit_on_each_character(text: str) -> None:
    assert has_digit(text) == any(c.isdigit() for c in text)


def test_has_digit_on_the_development_texts() -> None:
    for text in dev_texts():
        assert has_digit(text) == any(c.isdigit() for c in text), text[:80]


@pytest.mark.parametrize(
    "text",
    [
        "the psychiatrist upped her Latuda",
        "she came off the meds",
        "COMING OFF Zoloft",
        "side-effects were bad",
        "Side effects",
        "premeds and remedies",  # inside a word: no hint
        "took 50mg of Vraylar",
        "took 50 mg",
        "took 50 mgs",  # no word boundary after mg
        "x50mg",  # a letter before the number
        "the ſide effects",  # a long s: the case-blind pattern reads it as "s"
        "İ took my pills",  # a dotted capital I lower-cases to two characters
        "pılls",  # a dotless i
        "dosage, doses, dose",
        "DOSAGE",
        "antidepressant",
        "anti-depressant",
        "taper_ed",
        "weaning",
        "she halved it",
        "the medication_list",
        "",
    ],
)
def test_medicine_hint_answers_as_the_case_blind_pattern(text: str) -> None:
    assert _hinted(text) == (_HINT.search(text) is not None)


def test_medicine_hint_on_the_development_texts_in_every_case() -> None:
    for text in dev_texts():
        for variant in (text, text.lower(), text.upper()):
            assert _hinted(variant) == (_HINT.search(variant) is not None), variant[:80]


def _chat_people_asking_each(text: str) -> list[tuple[int, int, str]]:
    """``chat_people`` as it was: every reading asked of every word."""
    lex = lexicon()
    toks = pn.tokens(text, lex)
    before = _chat_people._BEFORE_ANY
    try:
        _chat_people._BEFORE_ANY = _AnyWord()  # type: ignore[assignment]
        return _chat_people.chat_people(text, toks, lex)
    finally:
        _chat_people._BEFORE_ANY = before


class _AnyWord(frozenset[str]):
    def __contains__(self, word: object) -> bool:
        return True


@pytest.mark.parametrize(
    "text",
    [
        "me n ray went to the shops",
        "cl's baby daddy dquan rang",
        "dd ellie-mae is 4",
        "asked kev what he wanted",
        "seen grace w her aunt today",
        "i had tayshawn today",
        "w/ big kev and lil dre",
        "tayls insta is private",
        "the girls insta is private",
        "nothing here to find at all",
    ],
)
def test_chat_people_gate_finds_what_asking_every_word_finds(text: str) -> None:
    lex = lexicon()
    assert _chat_people.chat_people(text, pn.tokens(text, lex), lex) == (
        _chat_people_asking_each(text)
    )


def test_chat_people_gate_on_the_development_texts() -> None:
    lex = lexicon()
    for text in dev_texts():
        low = text.lower()
        for variant in (text, low):
            found = _chat_people.chat_people(variant, pn._tokens(variant, lex), lex)
            assert found == _chat_people_asking_each(variant), variant[:80]


def _title_line_word_by_word(text: str, toks: list[pn.Token], i: int) -> bool:
    """``_tagger._title_line`` as it was: every word of the text looked at."""
    start = text.rfind("\n", 0, toks[i].start) + 1
    end = text.find("\n", toks[i].end)
    end = len(text) if end < 0 else end
    words = [t for t in toks if start <= t.start < end]
    caps = sum(1 for t in words if t.capital)
    return len(words) >= 3 and 2 * caps > len(words)


def test_tagger_reads_lines_and_small_words_as_word_by_word() -> None:
    lex = lexicon()
    texts = [
        "Solution Focused Brief Therapy\nshe went to School and then school again\nOK",
        "One Two\nthree Four Five six\n\nSeven",
        *dev_texts()[::7],
    ]
    for text in texts:
        toks = pn._tokens(text, lex)
        for i in range(len(toks)):
            assert _tagger._title_line(text, toks, i) == _title_line_word_by_word(text, toks, i)
            small = any(t.low == toks[i].low and t.word.islower() for t in toks)
            assert (toks[i].low in _tagger._words_of(toks).small) == small


_FIELDS = ("start", "end", "word", "low", "kind", "capital", "acronym", "possessive")


def _fields(toks: list[pn.Token]) -> list[tuple[object, ...]]:
    return [tuple(getattr(t, f) for f in (*_FIELDS, "initial", "title")) for t in toks]


@pytest.mark.parametrize(
    "text",
    [
        "Maria said the session went well.",
        "WHAT GIVES HER HOPE",  # a shouted word a rule reads as an everyday word: not kept
        "hope is key",
    ],
)
def test_tokens_taken_from_the_last_pass_are_the_words_split_afresh(text: str) -> None:
    lex = lexicon()
    pn.find_proper_nouns(text)
    kept = pn.tokens(text, lex)
    assert _fields(kept) == _fields(pn._tokens(text, lex))
    kept.clear()  # the caller's own list: what a pass keeps is not changed
    assert _fields(pn.tokens(text, lex)) == _fields(pn._tokens(text, lex))


def test_redact_gives_the_same_text_twice_in_a_row() -> None:
    text = "Maria and Tash met at the Red Cross shop. WHAT GIVES HER HOPE"
    assert redact(text) == redact(text)
