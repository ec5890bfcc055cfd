"""The cheap tests that let a rule be skipped say "nothing to find" only when the rule finds
nothing: checked on every development text (as typed, in lower and in upper case), on
generated text, and on the word lists the tests are built from."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import _orgs
from bot.privacy import _proper_nouns as pn
from bot.privacy._employers import contextual_organisations, may_name_organisations
from bot.privacy._lexicon import lexicon
from bot.privacy._patterns import _SPELLED_HINT, _may_spell_dot
from bot.privacy._vocab import PLACE_PREPS

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def _dev_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("phi_dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                texts.extend((text, text.lower(), text.upper()))
    return texts


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    return _dev_texts()


# Hints rewritten to open on a rarer character (same matches), beside the patterns they replace.
_LONG_ACRONYM = re.compile(r"(?<![\w'’-])[A-Z]{6,9}(?![\w'’-])")  # same matches
_REWRITTEN = (  # found where these are (the match itself may be shorter)
    (pn._COURSE_HINT, re.compile(r"[A-Z]{3}\d")),
    (pn._LEVEL_HINT, re.compile(r"\b[ACDFHJKPQRTUVXYZ]\d")),
)


def _hint_holds(text: str) -> None:
    lowered = text.lower()
    assert pn._may_name_thing(text) == (pn._THING_NAMED_HINT.search(text) is not None)
    for fast, plain in _REWRITTEN:
        assert (fast.search(text) is None) == (plain.search(text) is None)
    spans = [m.span() for m in _orgs.LONG_ACRONYM.finditer(text)]
    assert spans == [m.span() for m in _LONG_ACRONYM.finditer(text)]
    assert pn._may_name_public(text) == (pn._PUBLIC_HINT.search(text) is not None)
    assert pn._may_cite(text) == (pn._CITING_HINT.search(text) is not None)
    if pn._EXAM_HINT.search(text):
        assert pn._may_name_exams(text)
    if _SPELLED_HINT.search(text) and "at]" not in lowered and "at)" not in lowered:
        assert _may_spell_dot(text, lowered)


def test_guards_agree_with_rules_on_dev_texts(dev_texts: list[str]) -> None:
    lex = lexicon()
    for text in dev_texts:
        _hint_holds(text)
        toks = pn._tokens(text, lex)
        lows = [t.low for t in toks]
        if lex.phrase_heads.isdisjoint(lows):
            assert pn._phrase_tokens(text, toks, lex) == set()
        if not may_name_organisations(lows, lex):
            assert contextual_organisations(text, toks, lex) == []


_WORDS = st.sampled_from(
    [
        *"fan Fans SUPPORTS supporter songs lyric albums novels movie poems poetry concert".split(),
        *"quoted quoting by By exam EXAMS tests results papers scores certificate".split(),
        *"at AT dot DOT [at] (at) (dot) [dot] ninety the and said".split(),
        *("ſongs", "ſupports", "ﬁlm", "İstanbul", "KELVIN", "ß", "“", "”", '"', "\n", "."),
        *("WASSCE", "DSE", "GCSE", "priya", "gmail", "com", "Ana", "K"),
        *"word words sword term terms phrase expression saying IN in In _in 2in inn x".split(),
        *"call CALLED named NICKNAMED dubbed it IT It it's callſ".split(),
        *"ABC ABCDEF ABCDEFGHIJ KABODA".split(),
        *"A1 Y10 CSC108 MATH2 1A 5 x9 -ABCDEFG ABCDEF's".split(),
    ]
)
_GAPS = st.sampled_from([" ", "", "  ", "\n", ", ", '" ', "” ", "\t"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=12))
def test_hints_agree_with_their_regexes(parts: list[tuple[str, str]]) -> None:
    _hint_holds("".join(word + gap for word, gap in parts))


def _alternatives(pattern: str) -> list[str]:
    """The plain words of a regex alternation, optional endings dropped ("albums?" -> "album")."""
    return [w.rstrip("?").rstrip("s") or w for w in re.findall(r"[a-z]{2,}s?\??", pattern)]


def test_stems_cover_every_word_of_the_hints() -> None:
    public = pn._PUBLIC_HINT.pattern.split("|[")[0]
    for word in _alternatives(public):
        assert any(stem in word for stem in pn._PUBLIC_STEMS), word
    exams = pn._EXAM_HINT.pattern.split("(?:")[1]
    for word in _alternatives(exams):
        assert any(stem in word for stem in pn._EXAM_WORDS), word


def test_visited_words_cover_every_rule_start() -> None:
    """The loops that visit only some tokens visit every word their rules start from."""
    assert (
        pn._LOWER_NICK | pn._LOWER_FORMAL | pn._LOWER_KIN | pn._LOWER_ROLES | pn._VERB_LIKE_KIN
        <= pn._LOWER_TITLE_WORDS
    )
    assert (
        pn._LOWER_STREETS
        | {"estate"}
        | pn._LOWER_AREA_ENDS
        | pn._LOWER_NAMED_ORGS
        | pn._LOWER_VENUE_ENDS
        | pn._AREA_PREFIXES
        <= pn._AREA_TRIGGERS
    )
    assert pn._BEFORE_EVERYDAY_CUES | PLACE_PREPS | {"at"} <= pn._LOWERCASE_PREV_CUES
