"""The gate bits of ``find_proper_nouns`` answer as the word checks they stand for.

``find_proper_nouns`` looks up each lower-case word of a text once in a table of gate bits
instead of asking each rule's word check in turn; a bit must be set exactly when its check
holds (or, for a check that asks more than one word, whenever it can hold).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from bot.privacy import (
    _ah_names,
    _apposed_relations,
    _capital_employers,
    _counted_acronyms,
    _counted_words,
    _endearments,
    _everyday_speakers,
    _kept_figures,
    _kin_led_names,
    _kin_nicknames,
    _lowercase_areas,
    _name_tails,
    _named_from,
    _opening_subjects,
    _owned_lower_kin,
    _paired_people,
    _person_slots,
    _romance_people,
    _spoken_languages,
    _street_words,
    _weekday_stems,
)
from bot.privacy import _proper_nouns as pn
from bot.privacy._article_names import may_hold as article_cue
from bot.privacy._capital_venues import may_hold as capital_venue
from bot.privacy._code_switched_words import may_hold as code_switched
from bot.privacy._community_orgs import may_name_community_bodies
from bot.privacy._creole_clauses import may_hold_creole
from bot.privacy._cued_orgs import may_hold as cued_org
from bot.privacy._employers import may_name_organisations
from bot.privacy._everyday_word_employers import may_hold_meeting
from bot.privacy._everyday_word_orgs import may_hold as everyday_word_org
from bot.privacy._foreign_clauses import may_hold_foreign
from bot.privacy._foreign_streets import may_hold as foreign_street
from bot.privacy._formal import may_name_services
from bot.privacy._function_words import may_hold as function_word
from bot.privacy._kin_named import may_hold as kin_named
from bot.privacy._kind_words import may_name_by_kind
from bot.privacy._language_context import may_hold_language_terms
from bot.privacy._lexicon import lexicon
from bot.privacy._lower_acronym_orgs import may_hold as lower_acronym_org
from bot.privacy._lower_feature_places import may_hold as feature_place
from bot.privacy._lower_function_words import may_hold as lower_function_words
from bot.privacy._lower_institutions import may_hold as lower_institution
from bot.privacy._lower_places import may_hold as lower_place
from bot.privacy._lower_subject_names import may_hold as lower_subject
from bot.privacy._lower_town_parts import may_hold as town_part
from bot.privacy._lower_town_parts import may_hold_streets as lower_street
from bot.privacy._lower_word_names import may_hold as lower_word_name
from bot.privacy._object_names import may_hold as object_name
from bot.privacy._opening_people import may_hold as opening_person
from bot.privacy._orgs import may_open_with_organisation
from bot.privacy._person_particles import may_hold as particle
from bot.privacy._pidgin_places import may_hold as pidgin_place
from bot.privacy._postposition_names import may_hold as postposition
from bot.privacy._preposition_places import may_hold as preposition_place
from bot.privacy._said_lower_names import TURNING
from bot.privacy._said_lower_names import may_hold as said_name
from bot.privacy._served_places import may_hold as served_place
from bot.privacy._term_context import may_hold_terms
from tests.privacy.redaction_cases import dev_texts

Check = Callable[[list[str]], bool]
_LEX = lexicon()


def _isdisjoint_check(words: frozenset[str] | set[str]) -> Check:
    return lambda lows: not words.isdisjoint(lows)


# each bit and the check it answers exactly
EXACT: list[tuple[str, int, Check]] = [
    ("kind words", pn._G_KIND_WORDS, _isdisjoint_check(pn.KIND_TRIGGERS)),
    ("phrases", pn._G_PHRASES, _isdisjoint_check(_LEX.phrase_heads)),
    ("saying", pn._G_SAYING, _isdisjoint_check(pn.SAYING_VERBS)),
    ("genitive", pn._G_GENITIVE, _isdisjoint_check(pn._GENITIVE_HEADS)),
    ("place prepositions", pn._G_PLACE_PREPOSITIONS, _isdisjoint_check(pn.PLACE_PREPOSITIONS)),
    (
        "streets",
        pn._G_STREETS,
        lambda lows: (
            not pn.STREET_WORDS.isdisjoint(lows)
            or "south" in lows
            or "north" in lows
            or ("east" in lows or "west" in lows)
        ),
    ),
    ("foreign streets", pn._G_FOREIGN_STREETS, foreign_street),
    ("org heads", pn._G_ORG_HEADS, _isdisjoint_check(pn.ORG_HEADS)),
    ("bodies", pn._G_BODIES, may_name_community_bodies),
    ("areas", pn._G_AREAS, _isdisjoint_check(_lowercase_areas._AREA_TRIGGERS)),
    ("watched", pn._G_WATCHED, lambda lows: may_name_organisations(lows, _LEX)),
    ("capital venues", pn._G_CAPITAL_VENUES, capital_venue),
    ("venues", pn._G_VENUES, _isdisjoint_check(pn._VENUE_TRIGGERS)),
    ("syllables", pn._G_SYLLABLES, _isdisjoint_check(_name_tails._GIVEN_SYLLABLES)),
    ("theorists", pn._G_THEORISTS, _isdisjoint_check(_kept_figures._THEORIST_WORDS)),
    ("eponyms", pn._G_EPONYMS, _isdisjoint_check(_kept_figures._EPONYMS)),
    ("owned", pn._G_OWNED, _isdisjoint_check(pn.OWNED_WORD_NAMES)),
    ("from", pn._G_FROM, _isdisjoint_check(pn.FROM_WORDS)),
    ("lower word names", pn._G_LOWER_WORD_NAMES, lambda lows: lower_word_name("", lows, _LEX)),
    ("person after", pn._G_PERSON_AFTER, _isdisjoint_check(pn._PERSON_AFTER_ADDRESS)),
    ("kin after", pn._G_KIN_AFTER, _isdisjoint_check(pn._KIN_AFTER)),
    ("particles", pn._G_PARTICLES, particle),
    ("burmese", pn._G_BURMESE, _isdisjoint_check(pn._BURMESE_SYLLABLES)),
    ("kin address", pn._G_KIN_ADDRESS, _isdisjoint_check(pn._KIN_ADDRESS_WORDS)),
    ("cued orgs", pn._G_CUED_ORGS, cued_org),
    ("culture", pn._G_CULTURE, _isdisjoint_check(pn.CULTURE_HINTS)),
    ("function words", pn._G_FUNCTION_WORDS, function_word),
    ("terms", pn._G_TERMS, lambda lows: may_hold_terms("", lows)),
    ("language terms", pn._G_LANGUAGE_TERMS, may_hold_language_terms),
    ("services", pn._G_SERVICES, may_name_services),
    ("orgs", pn._G_ORGS, _isdisjoint_check(pn.ORGS_TRIGGERS)),
    ("org suffixes", pn._G_ORG_SUFFIXES, may_open_with_organisation),
    ("faith", pn._G_FAITH, _isdisjoint_check(pn.FAITH_NAME_WORDS)),
    ("lower places", pn._G_LOWER_PLACES, lower_place),
    ("articles", pn._G_ARTICLES, article_cue),
    ("prepositions", pn._G_PREPOSITIONS, preposition_place),
    ("institutions", pn._G_INSTITUTIONS, lower_institution),
    ("everyday word orgs", pn._G_EVERYDAY_ORGS, everyday_word_org),
    ("town parts", pn._G_TOWN_PARTS, town_part),
    ("feature places", pn._G_FEATURE_PLACES, feature_place),
    ("lower streets", pn._G_LOWER_STREETS, lower_street),
    ("lower subjects", pn._G_LOWER_SUBJECTS, lower_subject),
    ("said names", pn._G_SAID, said_name),
    ("code-switched", pn._G_CODE_SWITCHED, code_switched),
    ("postpositions", pn._G_POSTPOSITIONS, postposition),
    ("kin named", pn._G_KIN_NAMED, kin_named),
    ("object names", pn._G_OBJECT_VERBS, object_name),
    ("opening people", pn._G_OPENING_PEOPLE, opening_person),
    ("served places", pn._G_SERVED, served_place),
    ("turning", pn._G_TURNING, _isdisjoint_check(TURNING)),
    ("proud", pn._G_PROUD, lambda lows: "proud" in lows),
    ("everyday speakers", pn._G_SPEAKERS, _everyday_speakers.may_hold),
    ("unlisted employers", pn._G_EMPLOYER_CUES, _capital_employers.may_hold),
    ("romance people", pn._G_ROMANCE, _romance_people.may_hold),
    ("named from", pn._G_FROM_WORD, _named_from.may_hold),
    ("ah names", pn._G_AH, _ah_names.may_hold),
    ("titled nicknames", pn._G_NICKNAME_TITLES, _isdisjoint_check(pn.NICKNAME_TITLES)),
    ("weekday stems", pn._G_WEEKDAY_STEMS, _weekday_stems.may_hold),
    ("counted words", pn._G_COUNTERS, _counted_words.may_hold),
    ("counted acronyms", pn._G_ARTICLE_A, _counted_acronyms.may_hold),
    ("endearments", pn._G_ENDEARMENTS, _endearments.may_hold),
    ("spoken languages", pn._G_IN, _spoken_languages.may_hold),
    ("kin-led names", 0, _kin_led_names.may_hold),
    ("streets abroad", pn._G_STREETS_ABROAD, _isdisjoint_check(_street_words.WORDS)),
    ("lower kin", pn._G_LOWER_KIN, _isdisjoint_check(pn.LOWER_KIN_WORDS)),
    ("lower kin owners", pn._G_LOWER_KIN_OWNERS, _isdisjoint_check(pn.LOWER_KIN_OWNERS)),
    ("opening subjects", pn._G_OPENING_SUBJECTS, _isdisjoint_check(pn.OPENING_SUBJECT_CUES)),
    ("lower acronym orgs", pn._G_ACRONYM_ORGS, lower_acronym_org),
    ("meeting places", pn._G_MEETING, may_hold_meeting),
]
# bits that are only a necessary condition of their check
NECESSARY: list[tuple[str, int, Check]] = [
    ("foreign", pn._G_FOREIGN, may_hold_foreign),
    ("creole", pn._G_CREOLE, may_hold_creole),
    ("lower function words", pn._G_LOOSE, lower_function_words),
]


@cache
def word_lists() -> list[list[str]]:
    """The lower-case words of every labelled text, and each gate word alone (made when first
    needed, not while every test worker collects the suite)."""
    lists: list[list[str]] = []
    lists.extend([t.low for t in pn._tokens(text, _LEX)] for text in dev_texts())
    for _, words in pn.gate_words(_LEX):
        lists.extend([w] for w in words)
    return lists


@cache
def gated_word_lists() -> list[tuple[list[str], int]]:
    """Each of ``word_lists`` with its gate bits, looked up once per test process: the bits
    are a pure function of the words, and every test below asks them of every list."""
    return [(lows, pn._word_gates(lows, _LEX)) for lows in word_lists()]


def _answer(gates: int, bit: int) -> bool:
    """What the gates say for one bit; bit 0 stands for the kin-led names, whose check
    asks five bits (``_may_lead_by_kin``)."""
    return pn._may_lead_by_kin(gates) if bit == 0 else bool(gates & bit)


@pytest.mark.parametrize(("name", "bit", "check"), EXACT, ids=[g[0] for g in EXACT])
def test_a_bit_is_set_exactly_when_its_check_holds(name: str, bit: int, check: Check) -> None:
    wrong = [lows for lows, gates in gated_word_lists() if _answer(gates, bit) != check(lows)]
    assert not wrong, (name, wrong[:3])


@pytest.mark.parametrize(("name", "bit", "check"), NECESSARY, ids=[g[0] for g in NECESSARY])
def test_a_bit_is_set_whenever_its_check_can_hold(name: str, bit: int, check: Check) -> None:
    wrong = [lows for lows, gates in gated_word_lists() if check(lows) and not gates & bit]
    assert not wrong, (name, wrong[:3])


def test_the_pidgin_gate_is_both_bits() -> None:
    for lows, gates in gated_word_lists():
        both = bool(gates & pn._G_PIDGIN_CUES and gates & pn._G_PIDGIN)
        assert both == pidgin_place(lows), lows


# checks that need two bits, each set by a word of its own list
BOTH: list[tuple[str, int, int, Check]] = [
    ("kin nicknames", pn._G_KIN_NICKNAME_TITLES, pn._G_KIN_PET_NAMES, _kin_nicknames.may_hold),
    (
        "apposed relations",
        pn._G_APPOSED_OWNERS,
        pn._G_APPOSED_RELATIONS,
        _apposed_relations.may_hold,
    ),
    ("paired people", pn._G_PAIR_JOINS, pn._G_PAIR_AFTER, _paired_people.may_hold),
]


@pytest.mark.parametrize(("name", "first", "second", "check"), BOTH, ids=[g[0] for g in BOTH])
def test_a_check_of_two_lists_holds_exactly_when_both_bits_are_set(
    name: str, first: int, second: int, check: Check
) -> None:
    for lows, gates in gated_word_lists():
        assert bool(gates & first and gates & second) == check(lows), (name, lows)


def test_the_person_slot_bit_is_the_word_part_of_its_check() -> None:
    """``may_hold`` of the person slots holds for a word of the bit or for an age set off;
    the bit is set exactly when its word part holds (the age is asked behind it)."""
    for lows, gates in gated_word_lists():
        bit = bool(gates & pn._G_PERSON_SLOTS)
        assert bit == _person_slots.may_hold("", lows), lows


def test_kind_words_beyond_the_bit_are_elided() -> None:
    """``may_name_by_kind`` holds beyond its bit only for an elided kind word ("l'école"),
    which needs an apostrophe in the text."""
    for lows, gates in gated_word_lists():
        if may_name_by_kind(lows) and not gates & pn._G_KIND_WORDS:
            assert any("'" in low or "’" in low for low in lows), lows


def _texts() -> list[str]:
    return list(dev_texts())


def test_checks_split_between_bits_and_text_answer_as_before() -> None:
    """Where a check reads the text as well as its words, the bits and the text part
    together answer as the whole check."""
    for text in [*_texts(), "her nana's", "his nana", "she is 9", "via tauranga cd"]:
        lows = [t.low for t in pn._tokens(text, _LEX)]
        gates = pn._word_gates(lows, _LEX)
        kin = bool(
            gates & pn._G_LOWER_KIN
            and (gates & pn._G_LOWER_KIN_OWNERS or "'s " in text or "’s " in text)
        )
        assert kin == _owned_lower_kin.may_hold(text, lows), text
        opening = bool(gates & pn._G_OPENING_SUBJECTS) or _opening_subjects.may_hold_age(text)
        assert opening == _opening_subjects.may_hold(text, lows), text
        streets = bool(gates & pn._G_STREETS_ABROAD) or _street_words.may_hold_beyond_words(
            text, lows
        )
        assert streets == _street_words.may_hold(text, lows), text
        slots = bool(gates & pn._G_PERSON_SLOTS) or _person_slots.may_hold_age(text)
        assert slots == _person_slots.may_hold(text, lows), text
