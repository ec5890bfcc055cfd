"""The cheap tests that let a rule be skipped say "nothing to find" only when the rule finds
nothing: checked on every development text (as typed, in lower and in upper case), on
generated text, and on the word lists the tests are built from."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy import (
    _calendar_dates,
    _foreign_shapes,
    _function_words,
    _german_shapes,
    _kept_figures,
    _local_shapes,
    _lowercase_areas,
    _lowercase_titles,
    _org_ends,
    _orgs,
    _phrase_runs,
)
from bot.privacy import _proper_nouns as pn
from bot.privacy._employers import contextual_organisations, may_name_organisations
from bot.privacy._lexicon import lexicon
from bot.privacy._patterns import _SPELLED_HINT, _may_spell_dot
from bot.privacy._vocab import PLACE_PREPS
from tests.privacy.redaction_cases import dev_texts as data_texts


def _dev_texts() -> list[str]:
    return [v for text in data_texts() for v in (text, text.lower(), text.upper())]


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    return _dev_texts()


# Hints rewritten to open on a rarer character (same matches), beside the patterns they replace.
_LONG_ACRONYM = re.compile(r"(?<![\w'’-])[A-Z]{6,9}(?![\w'’-])")  # same matches
_REWRITTEN = (  # found where these are (the match itself may be shorter)
    (_kept_figures._COURSE_HINT, re.compile(r"[A-Z]{3}\d")),
    (_kept_figures._LEVEL_HINT, re.compile(r"\b[ACDFHJKPQRTUVXYZ]\d")),
)


def _hint_holds(text: str) -> None:
    lowered = text.lower()
    assert _kept_figures._may_name_thing(text) == (
        _kept_figures._THING_NAMED_HINT.search(text) is not None
    )
    for fast, plain in _REWRITTEN:
        assert (fast.search(text) is None) == (plain.search(text) is None)
    spans = [m.span() for m in _orgs.LONG_ACRONYM.finditer(text)]
    assert spans == [m.span() for m in _LONG_ACRONYM.finditer(text)]
    assert _kept_figures._may_name_public(text) == (
        _kept_figures._PUBLIC_HINT.search(text) is not None
    )
    assert _kept_figures._may_cite(text) == (_kept_figures._CITING_HINT.search(text) is not None)
    if _kept_figures._EXAM_HINT.search(text):
        assert _kept_figures._may_name_exams(text)
    if _SPELLED_HINT.search(text) and "at]" not in lowered and "at)" not in lowered:
        assert _may_spell_dot(text, lowered)


# The dev-text checks run in shards so that two test workers share them.
_SHARDS = 4


@pytest.mark.parametrize("shard", range(_SHARDS))
def test_guards_agree_with_rules_on_dev_texts(dev_texts: list[str], shard: int) -> None:
    lex = lexicon()
    for text in dev_texts[shard::_SHARDS]:
        _hint_holds(text)
        toks = pn._tokens(text, lex)
        lows = [t.low for t in toks]
        if lex.phrase_heads.isdisjoint(lows):
            assert _phrase_runs._phrase_tokens(text, toks, lex) == set()
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
    public = _kept_figures._PUBLIC_WORD_ALTERNATION  # the words of _PUBLIC_HINT
    for word in _alternatives(public):
        assert any(stem in word for stem in _kept_figures._PUBLIC_STEMS), word
    exams = _kept_figures._EXAM_HINT.pattern.split("(?:")[1]
    for word in _alternatives(exams):
        assert any(stem in word for stem in _kept_figures._EXAM_WORDS), word


def test_visited_words_cover_every_rule_start() -> None:
    """The loops that visit only some tokens visit every word their rules start from."""
    assert (
        _lowercase_titles._LOWER_NICK
        | _lowercase_titles._LOWER_FORMAL
        | _lowercase_titles._LOWER_KIN
        | _lowercase_titles._LOWER_ROLES
        | _lowercase_titles._VERB_LIKE_KIN
        <= _lowercase_titles._LOWER_TITLE_WORDS
    )
    assert (
        _lowercase_areas._LOWER_STREETS
        | {"estate"}
        | _lowercase_areas._LOWER_AREA_ENDS
        | _lowercase_areas._LOWER_NAMED_ORGS
        | _lowercase_areas._LOWER_VENUE_ENDS
        | _lowercase_areas._AREA_PREFIXES
        <= _lowercase_areas._AREA_TRIGGERS
    )
    assert _org_ends._BEFORE_EVERYDAY_CUES | PLACE_PREPS | {"at"} <= _org_ends._LOWERCASE_PREV_CUES


# Shape patterns opened by a lookahead of what every match needs where it starts, and shape
# rules skipped unless a hint pattern is found: the same matches as without them.
def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    assert guard in pattern.pattern
    return re.compile(pattern.pattern.replace(guard, "", 1), pattern.flags)


def _guarded_pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    date = _function_words._date_pattern()
    reach = re.search(r"\\S\{1,(\d+)\}", date.pattern)
    assert reach is not None
    longest = int(reach.group(1)) - 1  # the guard reads a month of up to so many characters
    assert longest >= max(map(len, _function_words.tables().months))
    return [
        (date, _unguarded(date, _function_words._date_guard(longest))),
        (
            _calendar_dates._CALENDAR_DATE,
            _unguarded(_calendar_dates._CALENDAR_DATE, _calendar_dates._START),
        ),
        (
            _foreign_shapes._DAY_MONTH,
            _unguarded(_foreign_shapes._DAY_MONTH, "(?=(?:(?:it|il|l|is|id|ir)-)?[0-9])"),
        ),
    ]


# (rule pattern, hint that every text it matches in holds)
_HINTED = (
    (_german_shapes._DATE_CUE, _german_shapes._DATE_CUE_HINT),
    (_foreign_shapes._NUMBERED_ORG, _foreign_shapes._NUMBERED_HINT),
    (_foreign_shapes._LABELLED_PHONE, _foreign_shapes._PHONE_DIGITS_HINT),
    (_foreign_shapes._OWNED_PHONE, _foreign_shapes._PHONE_DIGITS_HINT),
    (_local_shapes._SAID_FROM_PHONE, _local_shapes._SAID_DIGITS_HINT),
)


def _shape_guards_hold(text: str, pairs: list[tuple[re.Pattern[str], re.Pattern[str]]]) -> None:
    for fast, plain in pairs:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for rule, hint in _HINTED:
        if rule.search(text):
            assert hint.search(text), (rule.pattern, text)


@pytest.mark.parametrize("shard", range(_SHARDS))
def test_shape_guards_agree_with_rules_on_dev_texts(dev_texts: list[str], shard: int) -> None:
    pairs = _guarded_pairs()
    for text in dev_texts[shard::_SHARDS]:
        _shape_guards_hold(text, pairs)


_SHAPE_WORDS = st.sampled_from(
    [
        *"12 3 03 31 1er 3. 22.4. 1.2. ika-3 it-22 il-5 Ika- IT- 2024 2025 756".split(),
        *"oktober Mars junio 14 de d'abril ta' marta марта März Setyembre Hulyo ng sa".split(),
        *"Meskerem tir Baisakh Aadi gate thai 2 sessions am vom bis seit dem".split(),
        *"School No. No Nr. N. # № Lyceum hospital kindergarten n° no.5 nr7".split(),
        *"Emee's number is mobile: sími puh. tel. cell called rang us on from".split(),
        *"9911 4827 070 412 88 31 (070) 412-88 +46 862.4471 x1234567".split(),
        *("ſ", "K", "İ", "ı", "ſept", "-", "/", ".", ",", "\n", "x"),
    ]
)
_SHAPE_GAPS = st.sampled_from([" ", "", "  ", "\n", ", ", ". ", "-", "\t"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_SHAPE_WORDS, _SHAPE_GAPS), min_size=1, max_size=12))
def test_shape_guards_agree_with_rules_on_generated_text(parts: list[tuple[str, str]]) -> None:
    _shape_guards_hold("".join(word + gap for word, gap in parts), _guarded_pairs())


def test_months_of_guarded_patterns_hold_no_space() -> None:
    """The lookaheads read a month as one run of non-space characters."""
    assert not any(re.search(r"\s", m) for m in _function_words.tables().months)
    assert not any(re.search(r"\s", m) for m in _calendar_dates._MONTHS)
