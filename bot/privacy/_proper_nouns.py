"""Names of people, places and organisations, found from word lists plus context.

Capitalised words mid-sentence are judged by the lexicon; a capitalised word that
opens a sentence, or that is also an everyday word ("Hope", "Will"), needs a cue:
a relation word before it, a title, a possessive, a parenthesis, or a verb that a
person does right after it. Lowercase names are caught when the word cannot be
ordinary English. Street, area and organisation suffixes turn runs of capitalised
words into places and organisations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextvars import ContextVar
from functools import partial, reduce
from operator import or_

from ._acronym_compounds import keep_acronym_compounds
from ._acronym_compounds import may_hold as may_hold_acronym_compounds
from ._acronym_employers import acronym_employers
from ._address_labels import address_labels
from ._address_labels import may_hold as may_hold_address_labels
from ._aged_brackets import aged_brackets
from ._aged_brackets import may_hold as may_hold_aged_brackets
from ._ah_names import ah_names
from ._apposed_openers import apposed_openers
from ._apposed_openers import may_hold as may_hold_apposed_openers
from ._apposed_relations import _OWNERS as APPOSED_OWNERS
from ._apposed_relations import GATE_RELATIONS as APPOSED_RELATIONS
from ._apposed_relations import apposed_relation_names
from ._article_names import CUES as ARTICLE_CUES
from ._article_names import article_names
from ._article_nouns import keep_article_nouns
from ._article_nouns import may_hold as may_hold_article_nouns
from ._article_surnames import keep_article_surnames
from ._aside_names import aside_names
from ._aside_names import may_hold as may_hold_asides
from ._attributive_towns import attributive_towns
from ._bare_kind_words import keep_bare_kind_words
from ._bare_kind_words import may_hold as may_hold_bare_kind_words
from ._bare_living_places import bare_living_places
from ._bare_living_places import may_hold as may_hold_bare_living
from ._bare_possessives import bare_possessives
from ._bare_possessives import may_hold as may_hold_bare_possessives
from ._bracket_nicknames import glossed_nicknames
from ._bracketed_lower_names import bracketed_lower_names
from ._bracketed_lower_names import may_hold as may_hold_bracketed_lower_names
from ._bracketed_ones import bracketed_ones
from ._branch_employers import branch_phrases
from ._brand_possessives import keep_brand_possessives
from ._brand_possessives import may_hold as may_hold_brand_possessives
from ._brand_shapes import keep_brand_shapes
from ._brand_shapes import may_hold as may_hold_brand_shapes
from ._burmese_names import SYLLABLES as _BURMESE_SYLLABLES
from ._burmese_names import burmese_names
from ._called_brackets import called_brackets
from ._called_names import called_names
from ._called_names import may_hold as may_hold_called_names
from ._called_things import keep_called_things
from ._called_things import may_hold as may_hold_called_things
from ._capital_employers import CUE_WORDS as EMPLOYER_CUES
from ._capital_employers import capital_employers
from ._capital_kin_words import keep_capital_kin_words
from ._capital_surnames import capital_surnames, may_hold_capital_surnames
from ._capital_venues import _TRIGGERS as CAPITAL_VENUE_TRIGGERS
from ._capital_venues import capital_venues
from ._capital_word_names import capital_word_names
from ._capital_word_names import may_hold as may_hold_capital_word_names
from ._capitalised_names_writers import keep_lower_words
from ._capitalising_writers import keep_capitalised_nouns
from ._car_makes import keep_car_makes
from ._car_makes import may_hold as may_hold_car_makes
from ._chat_name_cues import chat_frame_names, listed_word_names, may_hold_lists
from ._chat_name_cues import may_hold as may_hold_chat_frames
from ._chat_people import chat_people
from ._chat_people import may_hold as may_hold_chat_people
from ._chat_streets import chat_streets
from ._chat_streets import may_hold as may_hold_chat_streets
from ._clause_openers import keep_clause_openers
from ._clause_pronouns import keep_clause_pronouns
from ._client_slot_names import client_slot_names
from ._client_slot_names import may_hold as may_hold_client_slot
from ._code_switched_words import _SOUTH_ASIAN as CODE_SWITCHED_SOUTH_ASIAN
from ._code_switched_words import _spanish_words as code_switched_spanish
from ._code_switched_words import keep_code_switched_words
from ._coded_towns import coded_towns
from ._coded_towns import may_hold as may_hold_coded_towns
from ._comma_towns import may_hold as may_hold_comma_towns
from ._comma_towns import towns_after_places
from ._community_orgs import BODY_HEADS, community_bodies
from ._condition_eponyms import keep_condition_eponyms
from ._condition_eponyms import may_hold as may_hold_condition_eponyms
from ._continental_words import keep_continental_words
from ._counted_acronyms import CUES as ACRONYM_CUES
from ._counted_acronyms import keep_counted_acronyms
from ._counted_nouns import keep_counted_nouns
from ._counted_nouns import may_hold as may_hold_counted
from ._counted_words import _COUNTER_WORDS as COUNTER_WORDS
from ._counted_words import keep_counted_words
from ._country_institutions import country_institutions
from ._country_institutions import may_hold as may_hold_institutions
from ._course_levels import keep_courses
from ._course_levels import may_hold as may_hold_courses
from ._creole_clauses import _DISTINCT as CREOLE_DISTINCT
from ._creole_clauses import CREOLE_ADDRESS, creole_names, may_hold_creole
from ._cued_everyday_towns import cued_everyday_towns
from ._cued_orgs import _OPENERS as CUED_ORG_OPENERS
from ._cued_orgs import cued_organisations
from ._cultural import HINTS as CULTURE_HINTS
from ._cultural import keep_cultural
from ._currency_words import keep_currency_words
from ._currency_words import may_hold as may_hold_currency
from ._decided import Range, dropped, recording
from ._dedicated_churches import dedicated_churches
from ._dedicated_churches import may_hold as may_hold_dedicated_churches
from ._deed_subjects import deed_subjects, keep_abstract_subjects, named_subjects
from ._deed_subjects import may_hold as may_hold_deed_subjects
from ._demonym_adjectives import keep_demonym_adjectives
from ._demonym_adjectives import may_hold as may_hold_demonym_adjectives
from ._described_nouns import keep_described_nouns
from ._described_nouns import may_hold as may_hold_described
from ._described_openers import described_openers
from ._described_openers import may_hold as may_hold_described_openers
from ._diagnosis_letters import keep_diagnoses
from ._drive_streets import drive_streets
from ._echoed_readings import without_echoes
from ._echoed_words import keep_echoed_words
from ._employers import _watched as watched_words
from ._employers import contextual_organisations
from ._endearments import CUES as ENDEARMENT_CUES
from ._endearments import without_vocatives
from ._english_headings import keep_english_headings
from ._english_headings import may_hold as may_hold_english_headings
from ._everyday_speakers import KIN_NOUNS as SPEAKER_KIN
from ._everyday_speakers import SAYING as SPEAKER_VERBS
from ._everyday_speakers import everyday_speakers
from ._everyday_things import keep_everyday_things
from ._everyday_things import may_hold as may_hold_everyday_things
from ._everyday_vocabulary import keep_everyday_vocabulary
from ._everyday_word_employers import MEETING_CUES, everyday_word_employers
from ._everyday_word_orgs import HEADS as EVERYDAY_ORG_HEADS
from ._everyday_word_orgs import everyday_word_orgs
from ._exam_cued_acronyms import EXAM_NOUNS, exam_cued, exam_named_before
from ._exam_cued_acronyms import may_hold as may_hold_exam_cues
from ._exam_names import keep_exam_names
from ._exam_names import may_hold as may_hold_exam_names
from ._externalised_as import keep_names_given_as
from ._externalised_as import may_hold as may_hold_given_as
from ._externalised_names import keep_externalised_names, may_hold_externalised
from ._family_plurals import family_plurals, joined_surnames
from ._family_plurals import may_hold as may_hold_family_plurals
from ._feast_titles import keep_feast_titles
from ._feast_titles import may_hold as may_hold_feast_titles
from ._feast_towns import keep_feast_towns
from ._feast_towns import may_hold as may_hold_feast_towns
from ._feeling_parts import keep_feeling_parts
from ._feeling_parts import may_hold as may_hold_feeling_parts
from ._filipino_grandparents import keep_filipino_grandparents
from ._filipino_grandparents import may_hold as may_hold_grandparents
from ._followed_names import keep_followed_names
from ._foreign_clauses import _foreign_function_words as foreign_function_words
from ._foreign_clauses import keep_foreign_words, may_hold_foreign
from ._foreign_generic_words import keep_foreign_generic_words
from ._foreign_generic_words import may_hold as may_hold_foreign_generic
from ._foreign_neighbours import record_foreign_neighbours
from ._foreign_openers import keep_foreign_openers
from ._foreign_said_names import foreign_said_names
from ._foreign_said_names import may_hold as may_hold_foreign_said
from ._foreign_streets import AFTER as FOREIGN_STREET_AFTER
from ._foreign_streets import BEFORE as FOREIGN_STREET_BEFORE
from ._foreign_streets import foreign_streets
from ._foreign_word_places import foreign_word_places
from ._foreign_word_runs import keep_foreign_word_runs
from ._foreign_word_runs import may_hold as may_hold_foreign_word_runs
from ._form_values import may_hold_form, without_form_values
from ._formal import _WORDS as SERVICE_WORDS
from ._formal import without_generic_services
from ._former_employers import former_employers
from ._former_employers import may_hold as may_hold_former_employers
from ._function_words import keep_function_words, tables
from ._genitive_orgs import HEADS as _GENITIVE_HEADS
from ._genitive_orgs import genitive_orgs
from ._german_loanwords import keep_german_loanwords
from ._glossed_echoes import keep_glossed_echoes
from ._glossed_echoes import may_hold as may_hold_glossed_echoes
from ._glossed_people import glossed_people
from ._hospital_first_names import hospital_first_names
from ._hospital_first_names import may_hold as may_name_hospitals
from ._house_names import house_names
from ._house_names import may_hold as may_hold_house_names
from ._initial_nicknames import initial_nicknames
from ._initial_nicknames import may_hold as may_hold_initial_nicknames
from ._joined_phrases import keep_joined_phrases
from ._joined_phrases import may_hold as may_hold_joined_phrases
from ._kept_figures import (
    _COURSE_HINT,
    _EPONYMS,
    _EXAM_HINT,
    _LEVEL_HINT,
    _THEORIST_WORDS,
    _cited_or_spoken,
    _eponymous_condition,
    _exam_acronym,
    _may_cite,
    _may_name_exams,
    _may_name_public,
    _may_name_thing,
    _names_a_theorist,
    _public_figure_or_team,
    _thing_named,
)
from ._kin_address import GATE_WORDS as _KIN_ADDRESS_WORDS
from ._kin_address import PERSON_AFTER as _PERSON_AFTER_ADDRESS
from ._kin_address import addressed_names, names_before_address_words, with_address_words
from ._kin_after_names import KIN_AFTER as _KIN_AFTER
from ._kin_after_names import names_before_kin_words
from ._kin_led_names import CUES as KIN_LED_CUES
from ._kin_led_names import KIN as KIN_LED_KIN
from ._kin_led_names import OWNERS as KIN_LED_OWNERS
from ._kin_led_names import ROLE_SUBJECTS as KIN_LED_ROLES
from ._kin_led_names import kin_led_names
from ._kin_lists import kin_list_names
from ._kin_lists import may_hold as may_hold_kin_lists
from ._kin_months import month_after_kin
from ._kin_named import _KIN as KIN_NAMED_WORDS
from ._kin_named import kin_named
from ._kin_nicknames import _PET_NAMES as KIN_PET_NAMES
from ._kin_nicknames import TITLES as KIN_NICKNAME_TITLES
from ._kin_nicknames import kin_nicknames
from ._kin_of_a_language import keep_kin_of_a_language
from ._kin_of_a_language import may_hold as may_hold_kin_of_a_language
from ._kin_stay_places import kin_stay_places
from ._kin_stay_places import may_hold as may_hold_kin_stays
from ._kin_titles import with_kin_titles
from ._kin_words import _brand_as_nickname, _day_speaking, _without_glossed_kin
from ._kind_words import (
    ORG_HEADS,
    PLACE_PREPOSITIONS,
    STREET_WORDS,
    bodies_of_places,
    elided_names,
    kind_word_spans,
    may_name_by_kind,
    place_after_preposition,
    street_spans,
)
from ._kind_words import TRIGGERS as KIND_TRIGGERS
from ._labelled_orgs import labelled_orgs
from ._labelled_orgs import may_hold as may_hold_labelled_orgs
from ._labelled_people import labelled_people
from ._labelled_people import may_hold as may_hold_labelled_people
from ._language_context import (
    CAPITAL_SAYING_VERBS,
    SAYING_VERBS,
    capital_speakers,
    lowercase_speakers,
    with_maltese_tails,
    without_language_terms,
)
from ._language_context import HINTS as LANGUAGE_TERM_HINTS
from ._language_evidence import Evidence
from ._language_observances import keep_language_observances
from ._language_observances import may_hold as may_hold_language_observances
from ._leading_articles import without_leading_articles
from ._lexicon import Lexicon, lexicon
from ._listed_pacific_names import listed_pacific_names
from ._listed_people import names_listed_after_names
from ._listed_things import keep_listed_things
from ._listed_things import may_hold as may_hold_listed_things
from ._listed_town_phrases import listed_town_phrases
from ._listed_town_phrases import may_hold as may_hold_town_phrases
from ._lived_places import lived_places
from ._lived_places import may_hold as may_hold_lived
from ._lived_streets import lived_streets
from ._lived_streets import may_hold as may_hold_lived_streets
from ._lived_with_towns import lived_with_towns
from ._lived_with_towns import may_hold as may_hold_lived_with
from ._loanwords import keep_loanwords, may_hold_loanwords
from ._local_lads import HEADS as LOCAL_LAD_HEADS
from ._local_lads import local_lads
from ._local_shapes import course_code, level_code
from ._lower_acronym_orgs import BODY_NOUNS as ACRONYM_BODY_NOUNS
from ._lower_acronym_orgs import CUE_WORDS as ACRONYM_CUE_WORDS
from ._lower_acronym_orgs import (
    SPELLED_HINT,
    enrolled_words,
    lower_acronym_orgs,
    may_hold_enrolled,
    spelled_branches,
)
from ._lower_acronym_orgs import STAFF_NOUNS as ACRONYM_STAFF_NOUNS
from ._lower_care_places import lower_care_places
from ._lower_care_places import may_hold as may_hold_care_places
from ._lower_feature_places import HEADS as FEATURE_HEADS
from ._lower_feature_places import lower_feature_places
from ._lower_function_words import keep_lower_function_words
from ._lower_function_words import may_hold as may_hold_lower_function_words
from ._lower_institutions import HEADS as INSTITUTION_HEADS
from ._lower_institutions import lower_institutions
from ._lower_listed_towns import lower_listed_towns
from ._lower_opening_subjects import lower_opening_subjects
from ._lower_pairs import lower_pairs
from ._lower_pairs import may_hold as may_hold_lower_pairs
from ._lower_places import NEAR_PREPS as LOWER_NEAR_PREPS
from ._lower_places import (
    OPENING_NOUNS,
    lower_places,
    may_hold_two_words,
    opening_town,
    two_word_places,
)
from ._lower_places import PLACE_PREPS as LOWER_PLACE_PREPS
from ._lower_subject_names import _PERSON_WORDS as SUBJECT_PERSON_WORDS
from ._lower_subject_names import lower_subject_names
from ._lower_subject_shapes import lower_subject_shapes
from ._lower_title_capitals import lower_title_capitals
from ._lower_title_capitals import may_hold as may_hold_lower_title_capitals
from ._lower_town_parts import _STREET_WORDS as LOWER_STREET_WORDS
from ._lower_town_parts import HEADS as TOWN_PART_HEADS
from ._lower_town_parts import lower_streets, town_parts
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._lower_word_names import _SUFFIXES as NAME_SUFFIXES
from ._lower_word_names import GREETINGS, NAME_IS, NAME_WORDS, lower_word_names
from ._lowercase_areas import _AREA_TRIGGERS, _lowercase_areas
from ._lowercase_cues import (
    _everyday_token,
    _everyday_word,
    _initialisms,
    _listed_given_name,
    _name_or_unlisted,
    _names_a_place,
    _not_english_word,
    _people_of_a_region,
    _unlisted_token,
    _word_name_token,
    _word_or_listed,
)
from ._lowercase_names import _lowercase_names
from ._lowercase_titles import (
    _LOWER_TITLE_HINT,
    _lowercase_titled,
    _may_hold_lower_title,
    _shouted_words,
    may_hold_titled_slot,
    titled_person_slots,
)
from ._malay_joints import may_hold as may_hold_malay_joints
from ._malay_joints import without_malay_joints
from ._measured_foods import keep_measured_foods
from ._measured_foods import may_hold as may_hold_measured
from ._medicine_contexts import keep_medicines_by_use
from ._medicines import without_medicines
from ._mentioned_words import may_hold as may_hold_mentions
from ._mentioned_words import without_mentioned_words
from ._modifier_words import keep_modifier_words
from ._modifier_words import may_hold as may_hold_modifier_heads
from ._months_in_time import keep_months
from ._months_in_time import may_hold as may_hold_months
from ._move_ends import may_hold as may_hold_move_ends
from ._move_ends import move_ends
from ._name_cues import _after_kin_word, _runs, _starts_sentence
from ._name_edges import may_hold_name_edges, name_edges
from ._name_heads import name_heads
from ._name_lists import _line_labels_beside_names, _listed_with_names, _lowercase_repeats, _repeats
from ._name_partners import may_hold_placeholder, name_partners, placeholder_partners
from ._name_tails import (
    _GIVEN_SYLLABLES,
    _MIN_LIST_ITEMS,
    _lowercase_name_list,
    _name_tails,
    _outside_phrases,
    _syllable_names,
)
from ._named_drop_ins import may_hold as may_hold_drop_ins
from ._named_drop_ins import named_drop_ins
from ._named_from import may_speak_from, named_from, speakers_from
from ._named_measures import keep_named_measures
from ._named_programmes import may_hold as may_name_programmes
from ._named_programmes import named_programmes
from ._named_provinces import keep_named_provinces
from ._named_provinces import may_hold as may_hold_named_provinces
from ._named_works import keep_named_works
from ._named_works import may_hold as may_name_works
from ._nicknames import _CAPITALS_WORD, _nicknames_beside, _word_acronym_orgs
from ._number_labels import may_hold as may_hold_number_labels
from ._number_labels import without_number_labels
from ._numbered_streets import TRIGGERS as NUMBERED_STREET_WORDS
from ._numbered_streets import numbered_streets
from ._object_names import _VERBS as OBJECT_VERBS
from ._object_names import object_names
from ._on_streets import on_streets
from ._opening_capitals import keep_opening_capitals
from ._opening_capitals import may_hold as may_hold_opening_capitals
from ._opening_people import _RANKS as OPENING_RANKS
from ._opening_people import opening_people
from ._opening_subjects import WORD_CUES as OPENING_SUBJECT_CUES
from ._opening_subjects import may_hold_age as may_say_age
from ._opening_subjects import opening_subjects
from ._ordinary_single_words import (
    keep_ordinary_single_words,
    may_hold_ordinary_single_words,
)
from ._orgs import (
    FAITH_NAME_WORDS,
    LONG_ACRONYM,
    ORGS_TRIGGERS,
    long_acronym_orgs,
    opening_organisations,
    orgs_pass,
    with_faith_words,
)
from ._owned_kin_heads import without_owned_kin_heads
from ._owned_lower_kin import _KIN_VOCAB as LOWER_KIN_WORDS
from ._owned_lower_kin import OWNERS as LOWER_KIN_OWNERS
from ._owned_lower_kin import keep_owned_lower_kin
from ._owned_named_kin import may_hold as may_hold_owned_named_kin
from ._owned_named_kin import owned_named_kin
from ._pacific_words import keep_pacific_words
from ._pacific_words import may_hold as may_hold_pacific_words
from ._paired_initials import echoed_initials, paired_initials
from ._paired_people import _AFTER_PAIR as PAIR_AFTER
from ._paired_people import _JOINS as PAIR_JOINS
from ._paired_people import paired_people
from ._parish_names import may_hold as may_hold_parish
from ._parish_names import parish_names
from ._partial_ids import record_number_labels
from ._particle_speakers import may_hold as may_hold_particle_speakers
from ._particle_speakers import particle_speakers
from ._path_landmarks import may_hold as may_hold_path_landmarks
from ._path_landmarks import path_landmarks
from ._people_from import FROM_WORDS, people_from_places
from ._person_particles import _FILIPINO, _KOREAN_AFTER, particle_names
from ._person_slots import _FINITE as SLOT_FINITE
from ._person_slots import _SAID_TO_SOMEONE as SLOT_SAID_TO
from ._person_slots import _SET_OFF as SLOT_SET_OFF
from ._person_slots import _WRITER_OR_YOU as SLOT_WRITER_OR_YOU
from ._person_slots import may_hold_age as may_set_off_age
from ._person_slots import person_slot_names
from ._phrase_runs import _outside, _phrase_tokens, _split_at_suffixes
from ._pidgin_places import _CUES as PIDGIN_CUES
from ._pidgin_places import _MARKERS as PIDGIN_MARKERS
from ._pidgin_places import pidgin_places
from ._place_firms import may_hold as may_hold_place_firms
from ._place_firms import place_firms
from ._place_modifiers import may_hold as may_hold_place_modifiers
from ._place_modifiers import place_modifiers
from ._place_tags import may_hold_place_tags, place_tags
from ._plain_words import _number_mark, _plain_capital, _plainly_ordinary
from ._plan_actors import may_hold as may_hold_plan_actors
from ._plan_actors import plan_actors
from ._platform_names import PLATFORM_WORDS, platform_names
from ._played_titles import keep_played_titles
from ._played_titles import may_hold as may_hold_played
from ._possessed_echoes import keep_possessed_echoes
from ._possessed_echoes import may_hold as may_hold_possessed_echoes
from ._possessed_lower_words import keep_possessed_lower_words
from ._possessed_lower_words import may_hold as may_hold_possessed
from ._postcode_districts import postcode_districts
from ._postposition_names import names_before_postpositions
from ._prefixed_places import PREFIXES as PLACE_PREFIXES
from ._prefixed_places import prefixed_places
from ._preposition_places import PREPOSITIONS, preposition_places
from ._public import keep_public
from ._public_services import keep_public_services
from ._public_services import may_hold as may_hold_public_services
from ._qualified_places import may_hold as may_hold_qualified
from ._qualified_places import qualified_places
from ._quoted_lower_words import keep_quoted_lower_words
from ._quoted_nickname_surnames import may_hold as may_hold_quoted_nicknames
from ._quoted_nickname_surnames import quoted_nickname_surnames
from ._quoted_speakers import may_hold as may_hold_quoted_speakers
from ._quoted_speakers import quoted_speakers
from ._rated_fields import keep_rated_fields
from ._rated_fields import may_hold as may_hold_ratings
from ._real_name_labels import may_hold as may_hold_real_names
from ._real_name_labels import real_name_labels
from ._repeated_names import ECHO_VERBS, echoed_names, repeated_names
from ._ridden_to_places import may_hold as may_hold_ridden
from ._ridden_to_places import ridden_to_places
from ._role_abbreviations import keep_role_abbreviations
from ._role_abbreviations import may_hold as may_hold_role_abbreviations
from ._role_slot_names import may_hold as may_hold_role_slot
from ._role_slot_names import role_slot_names
from ._romance_people import CUES as ROMANCE_CUES
from ._romance_people import romance_people
from ._run_exceptions import _inside_kept_phrase, _without_kept_surnames
from ._run_judging import _judge_run
from ._said_lower_names import _PERSON_WORDS as SAID_PERSON_WORDS
from ._said_lower_names import _SAYING as SAID_SAYING
from ._said_lower_names import REPORTING as SAID_REPORTING
from ._said_lower_names import TURNING as SAID_TURNING
from ._said_lower_names import joined_lower_names, said_lower_names
from ._school_exam_acronyms import keep_exam_acronyms
from ._school_exam_acronyms import may_hold as may_hold_study_words
from ._scored_openers import may_hold as may_hold_scored_openers
from ._scored_openers import scored_openers
from ._script_switch_names import may_hold_script_switch, script_switch_names
from ._scripture_references import keep_scripture
from ._scripture_references import may_hold as may_hold_scripture
from ._season_subjects import keep_season_subjects
from ._season_subjects import may_hold as may_hold_season_subjects
from ._served_places import HEADS as SERVED_HEADS
from ._served_places import served_places
from ._service_branches import keep_service_branches, may_hold_service_branches
from ._shift_words import keep_shift_words
from ._shift_words import may_hold as may_hold_shift_words
from ._signed_names import may_hold as may_hold_signed
from ._signed_names import signed_names
from ._small_churches import may_hold as may_hold_small_churches
from ._small_churches import small_churches
from ._small_deeds import may_hold as may_hold_small_deeds
from ._small_deeds import small_deeds
from ._small_nouns_of_capitalisers import keep_small_nouns
from ._small_nouns_of_capitalisers import may_hold as may_hold_small_nouns
from ._small_second_names import may_hold as may_hold_small_second_names
from ._small_second_names import small_second_names
from ._south_asian_address import with_address_after_names
from ._south_asian_weekdays import keep_weekdays
from ._south_asian_weekdays import may_hold as may_hold_weekdays
from ._spelled_out import spelled_out
from ._spoken_languages import SPEAK_VERBS, keep_spoken_languages
from ._state_codes import keep_state_codes
from ._state_codes import may_hold as may_hold_state_codes
from ._stop_word_contexts import may_hold as may_hold_stop_word_contexts
from ._stop_word_contexts import stop_word_contexts
from ._street_words import WORDS as STREET_WORDS_ABROAD
from ._street_words import may_hold_beyond_words as may_hold_street_endings
from ._street_words import street_words
from ._suffixed_proper_nouns import may_hold as may_hold_suffixed
from ._suffixed_proper_nouns import suffixed_proper_nouns
from ._team_plurals import may_hold as may_hold_team_plurals
from ._team_plurals import team_plurals
from ._term_context import _HINTS as TERM_HINTS
from ._term_context import keep_terms
from ._text_words import TextWords, split_words
from ._the_landform_places import landform_places
from ._the_landform_places import may_hold as may_hold_landforms
from ._the_listed_towns import may_hold as may_hold_the_listed_towns
from ._the_listed_towns import the_listed_towns
from ._the_plural_landmarks import may_hold as may_hold_plural_landmarks
from ._the_plural_landmarks import plural_landmarks
from ._therapy_terms import keep_therapy_terms
from ._therapy_terms import may_hold as may_hold_therapy_terms
from ._title_case_lines import keep_title_case_lines
from ._title_case_lines import may_hold as may_hold_title_case_lines
from ._titled_nicknames import TITLES as NICKNAME_TITLES
from ._titled_nicknames import titled_nicknames
from ._titled_stop_words import may_hold as may_hold_titled_stop_words
from ._titled_stop_words import titled_stop_words
from ._told_names import may_hold as may_hold_told
from ._told_names import told_names
from ._town_teams import keep_town_teams, may_hold_town_teams
from ._towns_after_venues import may_hold as may_hold_towns_after_venues
from ._towns_after_venues import towns_after_venues
from ._towns_before_regions import may_hold as may_hold_towns_before_regions
from ._towns_before_regions import towns_before_regions
from ._unit_capitals import keep_unit_capitals, may_hold_unit_capitals
from ._unlisted_employers import unlisted_employers
from ._unlisted_headed_places import may_hold as may_hold_headed
from ._unlisted_headed_places import unlisted_headed_places
from ._us_word_names import may_hold as may_hold_us_word_names
from ._us_word_names import word_name_people
from ._venues import named_venues, venue_triggers
from ._vocab import (
    BARE_TITLES,
    DOTTED_TITLES,
    ORG_SUFFIXES,
    OWNED_WORD_NAMES,
    SENTENCE_OPENERS,
    TITLES,
)
from ._weekday_stems import keep_weekday_stems
from ._weekday_stems import stems as weekday_stems
from ._word_classes import (
    _RAW_INFO,
    Candidate,
    Kind,
    Token,
    _new_token,
    _raw_info,
)
from ._word_readings import keep_word_readings, may_hold_word_readings
from ._word_subjects import keep_word_subjects


def _tokens(text: str, lex: Lexicon, parts: list[str] | None = None) -> list[Token]:
    """The words of ``text`` as tokens (built field by field: the generated ``__init__``
    costs more than the rest of the loop), from ``parts``, the text split around its words
    (``split_words``), when the caller has them."""
    out: list[Token] = []
    append = out.append
    info = _RAW_INFO.get
    new = _new_token
    prev_title = False
    # split with the word as a group gives gap, word, gap, ...: offsets follow from the
    # lengths, without a match object per word
    pieces = iter(split_words(text) if parts is None else parts)
    pos = len(next(pieces))
    for raw, gap in zip(pieces, pieces, strict=False):
        start = pos
        pos += len(raw) + len(gap)
        word, size, possessive, kind, capital, acronym, low = info(raw) or _raw_info(raw, lex)
        tok = new(Token)
        tok.start = start
        tok.end = end = start + size
        tok.word = word
        tok.kind = kind
        tok.possessive = possessive
        tok.low = low
        tok.initial = tok.title = False
        if not capital:
            tok.capital = tok.acronym = False
            append(tok)
            prev_title = False
            continue
        tok.capital = True
        tok.acronym = acronym
        if size == 1 and (text[end : end + 1] == "." or prev_title):
            tok.initial = True
        elif size == 1 and word not in "IA" and _after_kin_word(text, out, start):
            out[-1].title = tok.initial = True  # "Papa T", "Coach K": a kinship or role word
        elif low in TITLES or (
            low in DOTTED_TITLES
            and not acronym
            and (low in BARE_TITLES or _dotted_before_name(text, end))
        ):
            tok.title = True  # "Dhr. Jansen", "Bpk Yohanis": a title of another language
        prev_title = tok.title
        append(tok)
    return out


def _lower_listed_or_unknown(tok: Token) -> bool:
    return not tok.capital and (tok.kind is Kind.NAME or tok.kind is Kind.UNKNOWN)


_NEXT_WORD = re.compile(r"\.\s+([^\W\d_]+)")
# capitalised after a full stop, these open a new sentence: "I called Maj. She cried"
_OPENS_SENTENCE = SENTENCE_OPENERS | frozenset("later now today after when then there".split())


def _dotted_before_name(text: str, end: int) -> bool:
    """A full stop after a title's abbreviation and a word that goes on the name after it
    ("Dhr. Jansen"), not one that opens the next sentence ("I called Maj. She cried")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() not in _OPENS_SENTENCE


def find_proper_nouns(text: str) -> list[Candidate]:
    """Candidate spans for names, places and organisations. Where the rules decide a word
    is safe on purpose is recorded for a caller that collects it (``_decided``)."""
    with recording() as held:
        return _find_proper_nouns(text, held)


def _find_proper_nouns(text: str, held: list[Range] | None) -> list[Candidate]:
    lex = lexicon()
    parts = split_words(text)
    toks = _tokens(text, lex, parts)
    words: TextWords | None = None  # the words with their offsets, when a rule reads them all
    out: list[Candidate] = _initialisms(text) if "." in text else []
    lows = [t.low for t in toks]
    if held is not None:  # "Intake: SSN [id]": the label of a number, never a name
        record_number_labels(text)
    # each rule guarded below only reads a token whose word is in its list (``gates``: one
    # bit per list, set when a word of the text is in it)
    gates = _word_gates(lows, lex)
    kept = _phrase_tokens(text, toks, lex) if gates & _G_PHRASES else set()
    _keep_reading(text, toks, lex)
    _shouted_words(text, toks)
    for whole in _runs(text, toks):
        for piece in _outside(whole, kept) if kept else (whole,):
            if _number_mark(text, toks[piece[-1]]):
                piece = piece[:-1]  # "at No. 5", "Item Nr. 7": the mark of a number, no name
                if not piece:
                    continue
            if len(piece) == 1:
                if (
                    not _plainly_ordinary(toks[piece[0]])
                    or _day_speaking(text, toks, piece[0], lex)
                    or _brand_as_nickname(text, toks, piece[0], lex)
                    or month_after_kin(text, toks, piece[0])  # "her ate April"
                ):  # "I", "Monday": nothing to judge
                    _judge_run(text, toks, piece, lex, out)
                continue
            for run in _split_at_suffixes(toks, piece):
                if (
                    len(run) > 1
                    or not _plainly_ordinary(toks[run[0]])
                    or _day_speaking(text, toks, run[0], lex)
                ):
                    _judge_run(text, toks, run, lex, out)
    out.extend(_lowercase_names(text, toks, lex, lows))
    out.extend(spelled_out(text, lex))  # "M A R I A", "J.O.N.A.H"
    if gates & _G_SAYING:  # "josmar qalli li", "gunni sagði að"
        out.extend(lowercase_speakers(text, toks, lows, lex.ordinary))
    # "lycée limamou laye", "colonia Guerrero"; elided kind words need an apostrophe ("l'ASC")
    if gates & _G_KIND_WORDS or (("'" in text or "’" in text) and may_name_by_kind(lows)):
        out.extend(kind_word_spans(text, toks, _everyday_token))
    if gates & _G_GENITIVE:  # "Vilniaus miesto psichikos sveikatos centras"
        out.extend(genitive_orgs(text, lex.places.__contains__))
    if gates & _G_PLACE_PREPOSITIONS:  # "chez solibra à vridi"
        out.extend(place_after_preposition(text, toks, _unlisted_token))
    if "'" in text or "’" in text:  # "the Black Market d'Adjamé"
        out.extend(elided_names(text, toks, _everyday_word))
    if gates & _G_STREETS:  # "gravois ave", "on 1700 south"
        out.extend(street_spans(text, toks, _word_or_listed))
    if not NUMBERED_STREET_WORDS.isdisjoint(lows):  # "54th st", "on route 9", "17 ave se"
        out.extend(numbered_streets(text))
    if not LOCAL_LAD_HEADS.isdisjoint(lows):  # "seacroft girl, tough as owt"
        out.extend(local_lads(text, toks, lex))
    if not PLACE_PREFIXES.isdisjoint(lows):  # "Fort Providence at her mom's"
        out.extend(prefixed_places(text, toks, lex))
    out.extend(postcode_districts(text))  # "moved to LS9", "in the cf24 postcode"
    if may_hold_coded_towns(text):  # "Ray (Drain, OR) says", "Paradise, CA 95969"
        out.extend(coded_towns(text))
    if may_hold_former_employers(text):  # "Ex-Boeing machinist", "her ex-Safeway coworkers"
        out.extend(former_employers(text))
    if "dr" in lows:  # "they live off Memorial Dr"
        out.extend(drive_streets(text, toks))
    if gates & _G_FOREIGN_STREETS:  # "rua do heroísmo", "via dei tribunali", "majeedhee magu"
        out.extend(foreign_streets(text, toks, _everyday_token, _not_english_word))
    if gates & _G_STREETS_ABROAD or may_hold_street_endings(
        text, lows
    ):  # "soi 11 sukhumvit", "purok 3", "atatürk caddesi"
        out.extend(street_words(text, toks, _everyday_token))
    if gates & _G_ORG_HEADS:  # "the Asian Association of Utah"
        out.extend(bodies_of_places(text, _names_a_place))
    if gates & _G_BODIES:  # "Korean American Family Services"
        out.extend(community_bodies(text, _people_of_a_region))
    if gates & _G_AREAS:  # most texts have none: skip the loop
        out.extend(_lowercase_areas(text, toks, lex))
    if gates & _G_WATCHED:
        out.extend(contextual_organisations(text, toks, lex))
    if gates & _G_CAPITAL_VENUES:  # "at the Blue Lagoon Bar", "the Hotel Blue Wave"
        out.extend(capital_venues(text, toks))
    if gates & _G_VENUES:
        out.extend(named_venues(text, toks, lex))
    if _may_hold_lower_title(text, toks) and _LOWER_TITLE_HINT.search(text):
        out.extend(_lowercase_titled(text, toks, lex))
    if may_hold_owned_named_kin(lows):  # "her Jayaram mama", "my Rakesh uncle"
        out.extend(owned_named_kin(text, toks))
    if may_hold_titled_slot(lows):  # "coach pita from there", "Aunty Fono.", "ravi sir said"
        out.extend(titled_person_slots(text, toks, lex))
    if _CAPITALS_WORD.search(text):
        out.extend(_word_acronym_orgs(text, toks, lex))
    if text.count(", ") >= _MIN_LIST_ITEMS - 1:
        out.extend(_lowercase_name_list(text, toks, lex))
    if gates & _G_SYLLABLES:
        out.extend(_syllable_names(text, toks))
    if out:
        out.extend(_name_tails(text, toks, out))  # before the lists: "x y, z" lists "x y"
        out.extend(name_heads(text, toks, out, lex))  # "rohit [kumar]", "Siti binte [Ali]"
    if may_hold_capital_surnames(text):  # "MWANZA, Grace", "Chidi OKONKWO"
        out.extend(capital_surnames(text, out, lex, _everyday_word))
    # the candidates as the finders propose them, before the passes that keep words
    proposed: list[Candidate] | None = list(out) if held is not None else None
    if out and gates & _G_THEORISTS:
        out = [c for c in out if not _names_a_theorist(text, c)]
    if out and gates & _G_EPONYMS:
        out = [c for c in out if not _eponymous_condition(text, c)]
    if out and gates & _G_OWNED:
        out = _without_glossed_kin(text, toks, out)
    if (out or "[place]" in text) and gates & _G_FROM:  # "tevita from apex"
        out.extend(people_from_places(text, toks, out, lex))
    # "my client hope", "rain's mum", "hi kalani,", "his name is king lol"
    if gates & _G_LOWER_WORD_NAMES or " (" in text or NAME_IS in text:
        out.extend(lower_word_names(text, toks, out, _word_name_token, _name_or_unlisted))
    if may_hold_role_slot(lows):  # "her bf prince took her", "client lucky gave consent"
        out.extend(role_slot_names(text, toks, lex))
    if may_hold_chat_people(lows):  # "dd ellie-mae", "w/ big kev", "me n ray"
        out.extend(chat_people(text, toks, lex))
    out.extend(_repeats(toks, out))
    if out and not text.istitle():
        out.extend(_lowercase_repeats(toks, out))
        out.extend(repeated_names(text, toks, out, _word_name_token))  # "hope ... hope later"
    n_repeated = len(out)
    out.extend(_listed_with_names(text, toks, out, lex))
    if text.count(", ") >= 2:  # "hemi, mere, baby kahu": a word listed between names
        out.extend(listed_pacific_names(text, toks, out))
    if gates & _G_PERSON_AFTER:  # "Gulnara apai"
        out.extend(names_before_address_words(text, toks, lex))
    if gates & _G_KIN_AFTER:  # "Maya didi", "rojina bahini"
        out.extend(names_before_kin_words(text, toks, lex))
    if gates & _G_PARTICLES:  # "si honey", "kay jun", "minho oppa"
        out.extend(particle_names(text, toks, lows, lex.ordinary))
    if gates & _G_BURMESE:  # "U Tin Aung", "Ma Thida", "Nay Lin"
        out.extend(burmese_names(text, toks, lex))
    if gates & _G_KIN_ADDRESS:
        out.extend(addressed_names(text, toks, _listed_given_name))  # "kaki zuzka"
        if out:
            out.extend(with_address_words(text, toks, out))
    if out and "\n" in text:
        out.extend(_line_labels_beside_names(text, toks, out, lex))
    if "(" in text or '"' in text or "“" in text:
        out.extend(_nicknames_beside(text, toks, out, lex))
        if "(" in text:
            out.extend(glossed_nicknames(text, out))
    if may_hold_called_names(text):  # "Big Mama (that's what everybody calls her)"
        out.extend(called_names(text))
    if out and _may_cite(text):
        out = [c for c in out if not _cited_or_spoken(text, c, lex)]
    if out and _may_name_exams(text) and _EXAM_HINT.search(text):
        out = [c for c in out if not _exam_acronym(text, c)]
    if out and may_hold_exam_cues(lows):
        out = [c for c in out if not exam_cued(text, c)]  # "prepares for the YKS"
    if out and not EXAM_NOUNS.isdisjoint(lows):  # "the Bagrut results", "Panhellenic exams"
        out = [c for c in out if not exam_named_before(text, c, lex.listed)]
    if out and _may_name_public(text):
        out = [c for c in out if not _public_figure_or_team(text, c)]
    if gates & _G_CUED_ORGS:  # "referred by Open Door", "her team Coastal United"
        out.extend(cued_organisations(text, toks, lex))
    if may_hold_team_plurals(lows):  # "plays for the rovers under 14s"
        out.extend(team_plurals(text, toks))
    if may_hold_house_names(lows):  # "the gp at the oaks", "moved to the willows"
        out.extend(house_names(text, toks))
    if gates & _G_EVERYDAY_ORGS:  # "Lady Reading Hospital", "Pacific Casino Hotel"
        out.extend(everyday_word_orgs(text, toks))
    if may_hold_deed_subjects(lows):  # "Hope has been going to school", "junior tell mi seh"
        had = {(c[0], c[1]) for c in out}
        deeds = deed_subjects(text, toks, lex, partial(_starts_sentence, text, toks))
        out.extend(c for c in deeds if (c[0], c[1]) not in had)
    if proposed is not None:
        proposed.extend(out)
    out = keep_public(text, toks, out, lex)
    if out and may_hold_brand_possessives(text):  # "a Happy Meal at McDonald's"
        out = keep_brand_possessives(text, toks, out, lex)
    if out and gates & _G_CULTURE:
        out = keep_cultural(text, toks, out, lex)
    if out and gates & _G_FUNCTION_WORDS:  # "Lo Que", "Und", "De la": words of other languages
        out = keep_function_words(text, toks, out)
    # "Rằm (the full-moon day)", "the Soi dogs"
    if out and ("(" in text or ", " in text or gates & _G_TERMS):
        out = keep_terms(text, toks, out, lex, _plain_capital)
    if out and gates & _G_LANGUAGE_TERMS:  # "sa Mère", "her Avi", "le TDAH"
        out = without_language_terms(text, toks, out, lex)
    if out and may_hold_mentions(lows):  # "Esperanza, which means hope", "the word Paz"
        out = without_mentioned_words(text, toks, out)
    if out and (" tal-" in text or " ta'" in text or " ta’" in text):
        out.extend(with_maltese_tails(text, out))  # "Skola Primarja tal-Qormi"
    if out and gates & _G_SERVICES:
        out = without_generic_services(text, toks, out, lex)
    if out and may_hold_foreign_generic(lows):  # "Insha'Allah", "the Servicios Sociales"
        out = keep_foreign_generic_words(text, out)
    if out and " it" in text and _may_name_thing(text):
        out = [c for c in out if not _thing_named(text, c)]
    if out and _COURSE_HINT.search(text):
        out = [c for c in out if not course_code(text, c[0], c[1])]
    if out and _LEVEL_HINT.search(text):
        out = [c for c in out if not level_code(text, c[0], c[1])]
    if may_name_programmes(lows):  # "the bridge youth program", "the Oasis drop-in"
        out.extend(named_programmes(text, toks))
    if may_name_hospitals(text):  # "admitted to Hospital Escuela", "in Hospital Bloom"
        out.extend(hospital_first_names(text, toks, lex))
    if gates & _G_PHRASES:  # "on nights at the Tim Hortons", "the Stop & Shop where she works"
        out.extend(branch_phrases(text, toks, lex.brand_phrases))
    if gates & _G_ORGS:  # "Road 9", "the Family Court", "a Diploma in"
        out = orgs_pass(text, lows, out)
    if gates & _G_ORG_SUFFIXES:  # "Sugar Tree Holiness Church is where..."
        out.extend(opening_organisations(text, out))
    if LONG_ACRONYM.search(text):  # "a member of KABODA"
        out.extend(long_acronym_orgs(text))
    if out and gates & _G_FAITH:  # "Christ Embassy Church"
        out = with_faith_words(text, out)
    # "Fui en el metro", "dan istrinya mengancam", "a gabi falou"
    if gates & _G_FOREIGN and may_hold_foreign(lows):
        before = out
        words = TextWords.from_parts(parts)
        out = keep_foreign_words(text, out, lex, words)
        out = keep_clause_pronouns(text, out, lex)  # "ela chorou mas", "hoy la sesión"
        # "Elle a ri, elle a dit que", "Le reza a la Virgen"
        out = keep_clause_openers(text, toks, out, lex, partial(_starts_sentence, text, toks))
        # "Het was een goede week", "Prima si chiudeva in camera"
        out = keep_foreign_openers(text, toks, out, lex, partial(_starts_sentence, text, toks))
        out = without_echoes(text, before, out)
    if gates & _G_CREOLE and may_hold_creole(lows):  # "Maelyn hem sei", "Im say"
        words = TextWords.from_parts(parts) if words is None else words
        out = creole_names(text, lows, out, lex, words)
    if out and may_hold_form(text):  # "Mērķis: Miegs. Uzdevumi: Pastaiga, Dienasgrāmata."
        out = without_form_values(text, out, lex)
    if may_hold_labelled_orgs(text):  # "Employer: Shoprite Checkers.", "Team: Northside Hawks"
        out.extend(labelled_orgs(text, lex))
    if may_hold_labelled_people(text):  # "Client: Thembi, 34.", "Son: Kagiso, 9"
        out.extend(labelled_people(text, lex))
    if may_hold_plan_actors(text):  # "Plan: Wen to notice", "Next step: Teuila to call"
        out.extend(plan_actors(text, lex))
    if not PLATFORM_WORDS.isdisjoint(lows):  # "her snap is hannahbxo", "steam name Vortex"
        out.extend(platform_names(text, toks))
    if may_hold_client_slot(text):  # "my client eno said": a name, whatever else it is
        out.extend(client_slot_names(text, lex))
    if may_hold_suffixed(text):  # "Ayşe'nin annesi", "Kerem'den mesaj geldi"
        out.extend(suffixed_proper_nouns(text, lex))
    if may_hold_place_tags(text):  # "Riga: he drew", "Supervision (Baku):", "Khartoum/Cairo:"
        out.extend(place_tags(text, lex))
    if may_hold_name_edges(text):  # "prof. Selma Kapetanović", "κυρία Δήμητρα", "Ch. Asanova"
        out.extend(name_edges(text, out, lex))
    if may_hold_script_switch(text):  # "dzianis пришел сам", "update: nastia в ..."
        out.extend(script_switch_names(text, lex))
    if gates & _G_LOWER_PLACES:  # "from humpty doo", "lives in bath now"
        out.extend(lower_places(text, toks, lex))
    if len(toks) > 1 and toks[1].low in OPENING_NOUNS:  # "kirkby lad dean", "guymon pt, 15"
        out.extend(opening_town(text, toks, lex))
    if gates & _G_LOWER_PLACES:  # "in broken arrow now", "moved to grand rapids"
        out.extend(lower_listed_towns(text, toks, lex))
        out.extend(cued_everyday_towns(text, toks, lex))  # "grew up in hull", "she's from sale"
    if may_hold_the_listed_towns(text):  # "They live in the Sunset.", "in the North End"
        out.extend(the_listed_towns(text, toks, lex))
    if may_hold_plural_landmarks(text):  # "skating at the Forks", "moved into the Oaks"
        out.extend(plural_landmarks(text))
    if gates & _G_LOWER_PLACES:  # "came in from hoang mai", "in ang mo kio now"
        out.extend(foreign_word_places(text, toks, lex))
    if gates & _G_TOWN_PARTS:  # "in tower district", "to the north end"
        out.extend(town_parts(text, toks, lex))
    if gates & _G_FEATURE_PLACES:  # "lives in orange mound", "drove to window rock"
        out.extend(lower_feature_places(text, toks))
    if gates & _G_LOWER_STREETS:
        out.extend(lower_streets(text))  # "on warren ave", "w 4th st"
    if may_hold_chat_streets(text):  # "at no 7 miller close", "corner of king and bathurst"
        out.extend(chat_streets(text))
    if may_hold_qualified(lows):  # "in east legon", "from port harcourt", "lives upper hutt"
        out.extend(qualified_places(text, toks, lex))
    if may_hold_ridden(lows):  # "took the U1 to reumannplatz alone"
        out.extend(ridden_to_places(text, toks, out))
    if gates & _G_PIDGIN_CUES and gates & _G_PIDGIN:  # "she dey stay for ikorodu"
        out.extend(pidgin_places(text, toks, lex))
    if may_hold_bare_living(lows):  # "they both stay emene now", "lives kotokuraba near"
        out.extend(bare_living_places(text, toks, lex))
    if may_hold_headed(lows):  # "kaneshie market side", "ashaiman junction"
        out.extend(unlisted_headed_places(text, toks, lex))
    # after the places: "she dey work for mokola" is where she works, in Pidgin's "for"
    if gates & _G_EMPLOYER_CUES:  # "she works at maybank", "quit brightway"
        out.extend(unlisted_employers(text, toks))
        out.extend(everyday_word_employers(text, toks))  # "started at polar", "job at universal"
        out.extend(capital_employers(text, toks, lex))  # "works at the Pantry"
        out.extend(acronym_employers(text, toks, lex))  # "a guard at ZUS office"
    elif gates & _G_MEETING:  # "church at centenary", "his pastor at abyssinian"
        out.extend(everyday_word_employers(text, toks))
    if may_hold_towns_after_venues(lows):  # "the beach in summerstrand", "aunt's in lapaha"
        out.extend(towns_after_venues(text, toks, out, lex))
    if may_hold_kin_stays(lows):  # "her nan in west hollow has been"
        out.extend(kin_stay_places(text, toks, lex))
    if may_hold_towns_before_regions(lows, lex):  # "from hazard kentucky", "in pg county"
        out.extend(towns_before_regions(text, toks, lex))
    # both ask which languages the words show: each family is worked out once, when asked
    evidence = Evidence(lows, lex) if gates & (_G_ARTICLES | _G_PREPOSITIONS) else None
    if gates & _G_ARTICLES:  # "a Bia ficou", "el Nacho", "em trâm nói", "ma Thida"
        out.extend(article_names(text, toks, lows, lex, evidence))
    if gates & _G_PREPOSITIONS:  # "no Recife", "em boa viagem", "di Rungkut"
        out.extend(preposition_places(text, toks, lows, lex, evidence))
    if may_hold_lived(lows):  # "mora no pirambu", "é da rocinha", "vive en santurce"
        out.extend(lived_places(text, toks, lows, lex, evidence))
    if gates & _G_INSTITUTIONS:  # "at uni of jaffna", "at the esplanade clinic"
        out.extend(lower_institutions(text, toks, lex))
    if may_hold_care_places(lows):  # "admitted to mercy west", "the ward at the royal free"
        out.extend(lower_care_places(text, toks, lex))
    if gates & _G_ACRONYM_ORGS:  # "joined the xqv choir", "youth band at qkts lamoa"
        out.extend(lower_acronym_orgs(text, toks, lex))
    if may_hold_enrolled(lows):  # "got into strathclyde", "came home from masterman"
        out.extend(enrolled_words(text, toks, lex))
    if SPELLED_HINT.search(text):  # "ebkt otara said"
        out.extend(spelled_branches(text, toks, lex))
    if "the" in lows:  # "at the dartmouth sportsplex pool", "w the greensboro fire dept"
        out.extend(attributive_towns(text, toks, lex))
    if may_hold_parish(lows):  # "bingo nights at holy ghost", "at christ embassy on sunday"
        out.extend(parish_names(text, toks))
    if may_hold_dedicated_churches(lows):  # "church of the good shepherd", "our lady of lourdes"
        out.extend(dedicated_churches(text, toks, lex))
    if may_hold_small_churches(lows):  # "a lady at first baptist", "a friend from st. mary's"
        out.extend(small_churches(text))
    if may_hold_lived_streets(lows):  # "lives on pheasant run", "they moved to maple court"
        out.extend(lived_streets(text))
    if may_hold_drop_ins(text):  # "going to the Bridge on Tuesdays", "back to Oak House"
        out.extend(named_drop_ins(text, lex))
    if may_hold_lived_with(lows):  # "living with nan in mold"
        out.extend(lived_with_towns(text, toks, lex))
    if may_hold_institutions(text):  # "the Fiji National University library"
        out.extend(country_institutions(text, lex))
    if may_hold_place_modifiers(lows):  # "the Manila procession"
        out.extend(place_modifiers(text, toks, lex))
    if may_hold_path_landmarks(text):  # "walks round the Stray", "past the Rapids"
        out.extend(path_landmarks(text, lex))
    # after the bodies: "at qkts lamoa" is a body and its branch, not a place
    if may_hold_two_words(lows):  # "plays soccer at lawson tama", "fishing off motu ruaki"
        out.extend(two_word_places(text, toks, lex))
        out.extend(on_streets(text, toks, lex))  # "the bakery on vernor", "lives on glenroe"
    if may_hold_capital_word_names(text):  # "Golf noticed that Bank didn't"
        out.extend(capital_word_names(text, toks, lambda i: _starts_sentence(text, toks, i)))
    if gates & _G_LOWER_SUBJECTS:  # "tou finally talked about his dad"
        out.extend(lower_subject_names(text, toks, lex, lambda i: _starts_sentence(text, toks, i)))
        # "quan finished the 30 days!! his mom called", "misty passed the feather to her"
        out.extend(lower_opening_subjects(text, toks, lex, partial(_starts_sentence, text, toks)))
        # "kaviya was so upset", "dervla and her nan came", "nomvula sells samoosas"
        out.extend(lower_subject_shapes(text, toks, lex, partial(_starts_sentence, text, toks)))
    if gates & _G_KIN_NICKNAME_TITLES and gates & _G_KIN_PET_NAMES:  # "Aunty Bub", "Uncle Sonny"
        out.extend(kin_nicknames(text, toks))
    if may_hold_quoted_speakers(text):  # 'Sekar bilang: "Saya ..."', 'Kasia powiedziała: "..."'
        out.extend(quoted_speakers(text, toks, lex, lambda i: _starts_sentence(text, toks, i)))
    if out:  # "I said algo is more than nada": a writer who capitalises names
        out = keep_lower_words(text, toks, out, partial(_starts_sentence, text, toks))
    said: list[Candidate] = []
    if out:  # "mum, dad, Wanjiru, Otieno and little neema"
        said = names_listed_after_names(text, out, lex)
    if gates & _G_SAID:  # "gabi did her homework", "joanasie from plateau said"
        opens = partial(_starts_sentence, text, toks)
        turning, proud = bool(gates & _G_TURNING), bool(gates & _G_PROUD)
        said += said_lower_names(text, toks, lex, opens, turning=turning, proud=proud)
        said += joined_lower_names(text, toks, out + said, lex, opens)
    if may_hold_foreign_said(lows):  # "an shericka seh", "y yeison dijo", "jincy paranju"
        said += foreign_said_names(text, toks, lex, partial(_starts_sentence, text, toks))
    if may_hold_address_labels(text):  # "Residence: Naranpura, [id]"
        said += address_labels(text, toks, lex)
    if may_hold_town_phrases(lows, lex):  # "in Spanish Town", "from American Fork"
        said += listed_town_phrases(text, toks, lex)
    if may_hold_bare_possessives(text):  # "jussis wife came": a possessive with no apostrophe
        said += bare_possessives(text, lex)
    if gates & _G_PERSON_SLOTS or may_set_off_age(
        text
    ):  # "sela had a good week: she", "me and kahu"
        said += person_slot_names(text, toks, lex, partial(_starts_sentence, text, toks))
    if gates & _G_PAIR_JOINS and gates & _G_PAIR_AFTER:  # "gosia and bartek (married 12 yrs) said"
        said += paired_people(text, toks, lex, partial(_starts_sentence, text, toks))
    if may_hold_asides(text):  # "Trust (her mum named her that) stayed", "Pau (14) told me"
        said += aside_names(text, toks, lex, partial(_starts_sentence, text, toks))
    if may_hold_apposed_openers(text):  # "Tanvir, nursing student, said"
        said += apposed_openers(text, toks, partial(_starts_sentence, text, toks))
    if gates & _G_CAPITAL_SAYING:  # "Gift amesema", "Sunny bola ki", "Blessing seh her"
        said += capital_speakers(text, toks, lows, lex)
    if may_hold_particle_speakers(lows):  # "Vikrant ne bola ki", "Azlan kata dia"
        said += particle_speakers(text, toks, lows, lex)
    if may_hold_scored_openers(text):  # "Teuila 7/10 today"
        said += scored_openers(text, toks, lex)
    if may_hold_lower_title_capitals(lows):  # "her aunty Mere on", "kuya Bong got him"
        said += lower_title_capitals(text, toks)
    if may_hold_described_openers(text):  # "aram (armenian family) said", "M.A. (the older boy)"
        said += described_openers(text, toks, lex)
    if may_hold_family_plurals(text):  # "the Hendersons next door", "[name] Baker-Young"
        said += family_plurals(text, toks, lex)
        said += joined_surnames(text, toks, lex)
    if may_hold_small_deeds(lows):  # "so will finally rang his mum", "dima the neighbour boy"
        said += small_deeds(text, toks, lex, partial(_starts_sentence, text, toks))
    if may_hold_small_second_names(lows):  # "Rhonda sue said", "[name] ray has"
        said += small_second_names(text, toks, lex)
    if may_hold_move_ends(lows):  # "moved down to penal from [place]", "up to black mountain"
        said += move_ends(text, toks, lex)
    if gates & _G_SPEAKERS:  # "shams said his wife", "yer said she"
        said += everyday_speakers(text, toks, lex, partial(_starts_sentence, text, toks))
    if gates & _G_FROM_WORD:  # "from" itself  # "and anvi from the group clapped"
        said += named_from(text, toks, lex)
        if may_speak_from(lows):  # "dawn from ndinawe called", "davo from the men's shed rang"
            said += speakers_from(text, toks, lex, partial(_starts_sentence, text, toks))
    if _may_lead_by_kin(gates):  # "his chettan abhijith", "the cousin is ibanri"
        said += kin_led_names(text, toks, lex)
    if gates & _G_ROMANCE:  # "tavita a dit", "son copain manutea", "vi a tito"
        said += romance_people(text, toks, lex, partial(_starts_sentence, text, toks))
    if may_hold_aged_brackets(text):  # "rintu (7 yrs) slept", "kichu (the 14yo)"
        said += aged_brackets(text, toks, lex)
    if gates & _G_NICKNAME_TITLES:  # "tita baby said", "lolo ding is"
        said += titled_nicknames(text, toks, lex)
    if gates & _G_AH:  # "ah wing finally talked", "ah boy's mum"
        said += ah_names(text, toks, lex, partial(_starts_sentence, text, toks))
    if may_hold_lower_pairs(text, lows):  # "divine and testimony (twins lol) came"
        said += lower_pairs(text, toks, partial(_starts_sentence, text, toks))
    if may_hold_told(lows):  # "told ebi i'll not follow", "sent the file to kamau"
        said += told_names(text, toks, lex)
    if may_hold_kin_lists(text, lows):  # "who came: me, tavita, her nana and the baby"
        said += kin_list_names(text, toks, lex)
    if may_hold_initial_nicknames(text):  # "kj finally messaged back", "his mate tj"
        said += initial_nicknames(text)
    if may_hold_landforms(lows):  # "lives in the heights", "grew up in salt lake"
        said += landform_places(text, toks, lex)
    if may_hold_chat_frames(lows, text):  # "kuya jun came", "lesieli 8/10", "vikram ne bola"
        said += chat_frame_names(text, toks, lows, lex)
    if may_hold_lists(text):  # "haruka, ryo, mei and ken all came"
        said += listed_word_names(text, toks, out + said, lex)
    if said:  # repeated: "sanyu, babirye and nakato ... the twins (babirye and nakato)"
        out.extend(said + repeated_names(text, toks, said, _lower_listed_or_unknown))
    if may_hold_us_word_names(lows):  # "Legend stated he", "Blue's grandmother", "Lil Mike"
        had = {(c[0], c[1]) for c in out}
        out.extend(c for c in word_name_people(text, toks) if (c[0], c[1]) not in had)
    if out and may_hold_car_makes(lows):  # "his old Chevy", "the Lexus", "a Mercedes dealership"
        out = keep_car_makes(text, toks, out)
    if out and "." in text:  # "J. and KT came in together", "Luka, P., Lana"
        out.extend(paired_initials(text, out))
        echoed = echoed_initials(text, out)  # "... J. reckons": the same initial again
        if echoed:  # "M. and R. came. M. said": the echo finds R.'s partner
            out.extend(echoed)
            out.extend(c for c in paired_initials(text, out) if c not in out)
    if out:  # "Winter is hard ... this winter", "on Sertraline and Prazosin"
        out = keep_echoed_words(text, toks, out, lex, lambda i: _starts_sentence(text, toks, i))
        out = without_medicines(text, out)
    if (
        out
        and gates & _G_LOWER_KIN
        and (gates & _G_LOWER_KIN_OWNERS or "'s " in text or "’s " in text)
    ):  # "her lola told her", "at nona's"
        out = keep_owned_lower_kin(text, toks, out, lex)
    if out:  # "paid with his own Taschengeld", "no Wutanfall at school"
        out = keep_german_loanwords(text, toks, out, lex)
        out = keep_continental_words(text, toks, out, lex)  # "the Wohnung", "as Maler"
    if out and gates & _G_COUNTERS:  # "un poco de paciencia helped", "cinco minutos"
        out = keep_counted_words(text, toks, out)
    if out and gates & _G_ARTICLE_A:  # "he was a DJ", "she finished a CV"
        out = keep_counted_acronyms(text, toks, out)
    if out and may_hold_unit_capitals(text):  # "50 MG of sertraline", "ran 5 KM"
        out = keep_unit_capitals(text, out)
    if out and gates & _G_ENDEARMENTS:  # 'she said Mijo, eat first', '"Baby, you did'
        out = without_vocatives(text, out)
    if out and may_hold_pacific_words(text):  # "lots of kai", "the kai": a thing
        out = keep_pacific_words(text, toks, out)
    if out and gates & _G_CODE_SWITCHED:  # "sab bekaar hai", "no me pregunta nada"
        before = out
        out = keep_code_switched_words(text, out, lex)
        out = without_echoes(text, before, out)  # '"main jeet raha tha" ... one "jeet"'
    if (
        out and gates & _G_LOOSE and may_hold_lower_function_words(lows)
    ):  # 'I asked: "übrigens morgen?"'
        out = keep_lower_function_words(text, toks, out)
    if out and gates & _G_IN:  # "he answered in Eesti when I asked"
        out = keep_spoken_languages(text, toks, out)
    if out and may_hold_condition_eponyms(text):  # "with his Parkinson's progressing"
        out = keep_condition_eponyms(text, toks, out, TITLES)
    if out and may_hold_demonym_adjectives(lows):  # "the Danish client", "a Roma family"
        out = keep_demonym_adjectives(text, toks, out)
    if out and may_hold_feast_titles(text):  # "Día de la Virgen", "Domingo de Ramos"
        out = keep_feast_titles(text, out)
    if out and may_hold_weekdays(text):  # "Jumeraat ko", "Mangalvar te Shanivar"
        out = keep_weekdays(text, out, lex)
    if out and may_hold_title_case_lines(text):  # "Lo Que Cambió: De la Crisis a la Calma"
        out = keep_title_case_lines(text, out, lex)
    if out and may_hold_joined_phrases(text):  # "Pão de Queijo", "Folia de Reis"
        out = keep_joined_phrases(text, out, lex)
    if out and gates & _G_WEEKDAY_STEMS:  # "Segunda was a 4 and Quinta a 7"
        out = keep_weekday_stems(text, out, lex)
    if out and may_hold_town_teams(lows):  # "watches Liverpool every weekend", "the Leeds game"
        out = keep_town_teams(text, toks, out, lex)
    if out and may_hold_externalised(lows):  # "he called his anxiety Dukkha"
        out = keep_externalised_names(text, out)
    if out and may_hold_given_as(text, lows):  # "externalised the anxiety as 'the Buzz'"
        out = keep_names_given_as(text, out)
    if out and may_hold_loanwords(lows):  # "the Werkstatt", "her Moestuin", "the Sundlaug"
        out = keep_loanwords(text, toks, out, lex)
    if out and gates & _G_FOREIGN:  # "ir ao Posto de Saúde", "a Agente Comunitária"
        out = keep_everyday_vocabulary(text, toks, lows, out, lex)
    if out and may_hold_language_observances(text):  # "Chamorro Month", "Tongan Language Week"
        out = keep_language_observances(text, out)
    if out and may_hold_foreign_word_runs(out, text):  # "the Assistente Social reported"
        out = keep_foreign_word_runs(text, toks, out, lex)
    if out and may_hold_comma_towns(text, out):  # "from tondo, manila", "in kibera, nairobi"
        out.extend(towns_after_places(text, toks, out, lex))
    if gates & _G_POSTPOSITIONS:  # "maine sonu ko nahi maara"
        out.extend(names_before_postpositions(text, lex))
    # after the filters: the relation word settles what they would otherwise keep
    if gates & _G_KIN_NAMED:  # "his dad Deacon takes him", "The aunt, Hala, emailed"
        out.extend(kin_named(text, toks, partial(_starts_sentence, text, toks)))
    if (
        gates & _G_APPOSED_OWNERS and gates & _G_APPOSED_RELATIONS
    ):  # "Sunny, his youngest, drew", "Goodness her twin"
        out.extend(apposed_relation_names(text, toks, partial(_starts_sentence, text, toks)))
    if gates & _G_OBJECT_VERBS:  # "I asked Virginia what her best friend would notice"
        out.extend(object_names(text, toks))
    if gates & _G_OPENING_PEOPLE:  # "Hope and I walked", "Daniyal, who listens"
        out.extend(opening_people(text, toks, partial(_starts_sentence, text, toks)))
    if gates & _G_OPENING_SUBJECTS or may_say_age(
        text
    ):  # "Memory drew her family", "Lovely is 45,"
        out.extend(opening_subjects(text, toks, lex, partial(_starts_sentence, text, toks)))
    if may_hold_bracketed_lower_names(text):  # "sunny (yes thats her actual name)"
        out.extend(bracketed_lower_names(text, toks, lex))
        out.extend(glossed_people(text, toks, lex))  # "bong (the dad)", "the client (meenu)"
        out.extend(called_brackets(text, toks))  # "negrita (así le dicen)", "tiny (the dad lol)"
        ones = bracketed_ones(text, toks)  # "ashneel (different one lol)", "hope (client, ..."
        out.extend(ones + _lowercase_repeats(toks, ones))
    if may_hold_real_names(lows):  # "pinky (real name paramjit)"
        out.extend(real_name_labels(text, toks, lex))
    if gates & _G_SERVED:  # "New Day Women's Shelter", "Waikato Hospital"
        out.extend(served_places(text, toks, lex, partial(_starts_sentence, text, toks)))
    if out:  # "el Chele", "la Montse": the article names no one
        out = without_leading_articles(text, out)
    if out:  # "goes to the Mercado", "los cipotes del barrio": a noun listed as a surname
        out = keep_article_surnames(text, toks, out, lex)
    if out and may_hold_grandparents(lows):  # "Si Lola niya", "close kay Lola"
        out = keep_filipino_grandparents(text, toks, out)
    if out:  # "the Divorce ... buys Lavash at the Shuka": a writer who capitalises nouns
        out = keep_capitalised_nouns(text, toks, out, lex)
    if out and may_hold_counted(lows):  # "two Cuadras", "fifty Soles": a counted noun
        out = keep_counted_nouns(text, toks, out, lex)
    if out and may_hold_currency(lows):  # "sends Hryvnias home", "the Lira is losing value"
        out = keep_currency_words(text, toks, out, lex)
    if out and may_hold_modifier_heads(lows):  # "the Valborg picnic", "her Anteckningar app"
        out = keep_modifier_words(text, toks, out, lex)
    if out and may_hold_described(lows):  # "the whole Koncerts", "the second Wecker"
        out = keep_described_nouns(text, toks, out, lex)
    if out and may_hold_article_nouns(lows):  # "the Dean of Students", "the Storm,"
        out = keep_article_nouns(text, toks, out)
    if out and may_hold_played(lows):  # "playing Scopa all afternoon", "watched Boer Zoekt Vrouw"
        out = keep_played_titles(text, toks, out, lex)
    if out and may_hold_measured(lows):  # "a bowl of Ramyeon", "two cups of Kahwa"
        out = keep_measured_foods(text, toks, out, lex)
    if out and may_hold_listed_things(text):  # "Bread, Coffee, Sunlight, Pogača"
        out = keep_listed_things(text, toks, out, lex)
    if out and may_hold_malay_joints(lows):  # "nenek dan bapaknya", "Mama Yosina di Oesapa"
        out = without_malay_joints(toks, lows, out, lex)
    if out and may_hold_everyday_things(lows, lex):  # "drinks Acqua", but "pergi ke Karuta"
        out = keep_everyday_things(text, toks, out, lex)
    if out and may_hold_feast_towns(lows):  # "during Natal and Réveillon", "Natal was hard"
        out = keep_feast_towns(text, toks, lows, out, lex)
    if out and may_hold_state_codes(text):  # "Hazard, KY", "KY Medicaid", "moved to NC"
        out = keep_state_codes(text, out)
    if out and may_hold_named_provinces(text):  # "from Enga Province", "Cebu province"
        out = keep_named_provinces(text, out)
    if out and may_hold_number_labels(text):  # "NIE [id]", "RG [id]": what the number is
        out = without_number_labels(text, out)
    if out:  # "Aster Bekele said", "Sun Hao works": the pair is one person's name
        out = name_partners(text, toks, out, lex)
    if may_hold_placeholder(text):  # "Aster [name] speaks", "her husband, [name] Zia"
        out.extend(placeholder_partners(text, toks, lex))
    if out:  # "client, Mother, Stepfather, and", "Christmas with Cousins"
        out = keep_capital_kin_words(text, toks, out)
    if out and may_hold_service_branches(text):  # "an Army vet", "dad is ex-ARVN"
        out = keep_service_branches(text, out)
    if out and may_hold_possessed_echoes(text):  # "with her Mma ... eat with Mma"
        out = keep_possessed_echoes(text, out, lex)
    if out and may_hold_kin_of_a_language(lows):  # "Mak and Ayah", "her Appa ... her Anna"
        opens = partial(_starts_sentence, text, toks)
        out = keep_kin_of_a_language(text, toks, out, lex.ordinary, lex.given_names, opens)
    if out:  # "the Columbia screen", "the Beck inventory": an instrument's name
        out = keep_named_measures(text, out)
        out = keep_followed_names(text, out)  # "a Chelsea fan", "the Columbo approach"
        if may_hold_word_readings(text):  # "Dawn is her worst time", "Ola de calor"
            out = keep_word_readings(text, toks, out)
        out = keep_word_subjects(text, out)  # "and Hope is a word he uses"
        out = keep_medicines_by_use(text, out)  # "tapered off Zubsolv", "on Vraylar 2 mg"
    if out:  # 'she said "ami bhalo achi"': words of a quote in another language
        out = keep_quoted_lower_words(text, toks, out)
    if out:  # "don [Beto]", "Chief [Tari]": the title goes with the name
        out = with_kin_titles(text, out)
        out = with_address_after_names(text, out)  # "[Pawar sir]", "[sunita mausi]"
        out = without_owned_kin_heads(text, out)  # "su mama [yomaira]", "la maestra [profe yeni]"
        # "el hermano de [Yomaira]": the kin head left out, its preposition is no one's either
        out = without_leading_articles(text, out)
    if out and may_hold_acronym_compounds(text):  # "CBT-style disputing", "IFS-informed"
        out = keep_acronym_compounds(toks, out, lex.ordinary, lex)
    if out and not ECHO_VERBS.isdisjoint(lows):  # "Shericka said ... an shericka seh"
        out.extend(echoed_names(text, toks, out, lex, partial(_starts_sentence, text, toks)))
    if len(out) > n_repeated and not text.istitle():
        # names found by the rules after the repeat step ("sunny (everybody says sunny)")
        out.extend(repeated_names(text, toks, out, _word_name_token))
    if may_hold_stop_word_contexts(text):  # "Candy (13)", "Joy, Sunday and Blessing"
        out.extend(stop_word_contexts(text, toks, lex, out))
    if may_hold_titled_stop_words(lows):  # "Aunty Fono", "Mrs Candy": a STOP word after a title
        out.extend(titled_stop_words(text, toks, lex))
    if may_hold_place_firms(lows):  # "an interview at Fiji Airways", "works for Kenya Power"
        out.extend(place_firms(text, lex))
    if out and may_hold_quoted_nicknames(text):  # 'Maria Theresa "Tess" Ybañez'
        out.extend(quoted_nickname_surnames(text, out))
    if out and may_name_works(lows):  # "the Keepy Uppy episode", "the Columbo approach"
        out = keep_named_works(text, out, lex)
    if out and may_hold_courses(text):  # "AP Bio", "IB Chem"
        out = keep_courses(text, out, lex)
    if out and may_hold_therapy_terms(lows):  # "from Rescuer to Victim"
        out = keep_therapy_terms(text, out)
    if out and may_hold_english_headings(text):  # "Next Step - Walk With Mum After Tea"
        out = keep_english_headings(text, out, lex)
    if out and may_hold_months(lows):  # "SAT in March, ACT in June": when, not where
        out = keep_months(text, out)
    if out and may_hold_study_words(lows):  # "YKS prep", "NMT next month", "ENEM in November"
        out = keep_exam_acronyms(text, out)
    if out and may_hold_ratings(text, lows):  # "Risk: Low (per Safety Plan)"
        out = keep_rated_fields(text, out)
    if out and may_hold_called_things(lows):  # "a worksheet called Three Good Things"
        out = keep_called_things(text, out)
    if out and may_hold_shift_words(lows):  # "on Lates", "two Earlies"
        out = keep_shift_words(text, out)
    if out and may_hold_bare_kind_words(lows):  # "the kids are in Gaelscoil"
        out = keep_bare_kind_words(text, out)
    if out and may_hold_exam_names(lows):  # "Selectividad", "Evaluare Națională"
        out = keep_exam_names(text, out)
    if may_hold_public_services(lows):  # "SASSA grant", "called OWWA", "the NCLEX"
        out = keep_public_services(text, out)
    if out and may_hold_scripture(text):  # "Matthew 11:28", "Isaiah 41:10"
        out = keep_scripture(text, out)
    if out:  # "EUPD label", "PMDD week", "FND flare"
        out = keep_diagnoses(text, out)
    if out and may_hold_ordinary_single_words(text, lows):  # "Bill is due", "no charlie"
        out = keep_ordinary_single_words(text, out)
    if out and may_hold_brand_shapes(text, lows):  # "DAP - Data:", "SportyBet", "Digicel credit"
        out = keep_brand_shapes(text, toks, out, lex, lows)
    if out and may_hold_possessed(lows):  # "his little pikin", "what would your kuya say"
        out = keep_possessed_lower_words(text, toks, out, lex)
    if out and may_hold_glossed_echoes(text, lows):  # "Amal in Arabic means hope ... "amal, amal""
        out = keep_glossed_echoes(text, out)
    if out and may_hold_role_abbreviations(text):  # "His PO said the UA was clean"
        out = keep_role_abbreviations(text, out)
    if out and may_hold_feeling_parts(lows):  # "SFBT had me ask when the Anger stayed home"
        out = keep_feeling_parts(text, out)
    if out and may_hold_season_subjects(lows):  # "Summer is always the hardest for this kid"
        out = keep_season_subjects(text, out)
    if out and may_hold_small_nouns(text):  # "Ashura ... he went to the majlis and cried"
        out = keep_small_nouns(text, out)
    if out and may_hold_opening_capitals(text):  # "Will is the problem ... I have no will"
        out = keep_opening_capitals(text, out)
    if may_hold_deed_subjects(lows):  # "Sweetie is her real name", "everyone calls him Bro"
        had = {(c[0], c[1]) for c in out}
        named = named_subjects(text, toks, lex, partial(_starts_sentence, text, toks))
        out.extend(c for c in named if (c[0], c[1]) not in had)
    if out and may_hold_deed_subjects(lows):  # "Joy has returned to her face"
        out = keep_abstract_subjects(text, out)
    if may_hold_signed(text):  # "thanks all - Teuila", "~ R. | quick one", "cc Anj"
        had = {(c[0], c[1]) for c in out}
        out.extend(c for c in signed_names(text, toks, lex) if (c[0], c[1]) not in had)
    if kept and out:
        out = [c for c in out if not _inside_kept_phrase(toks, kept, c)]
        out = _without_kept_surnames(text, toks, kept, out)
        out = _outside_phrases(toks, kept, out)
    if held is not None:  # "la pobrecita", "in sha allah": kept as words of that language
        record_foreign_neighbours(text, toks, out)
    if held is not None and proposed is not None:  # the words the keep passes dropped
        held.extend(dropped(proposed, out, [(t.start, t.end) for t in toks]))
        held.extend((toks[k].start, toks[k].end) for k in kept)  # things kept whole
    return out


# One bit per word gate of ``find_proper_nouns``: a gate asks whether a word of its list
# stands among the text's lower-case words. Each word's bits are looked up in one table and
# ORed once per text, instead of one set check over the words per gate. A gate that asks
# more than that (``may_hold_foreign``: two words) keeps its check behind the bit, which
# is then only a necessary condition; elided kind words ("l'ASC") are asked about aside
# (tests/privacy/test_privacy_word_gates.py compares each bit with the check it stands for).
(
    _G_PHRASES,
    _G_SAYING,
    _G_KIND_WORDS,
    _G_GENITIVE,
    _G_PLACE_PREPOSITIONS,
    _G_STREETS,
    _G_FOREIGN_STREETS,
    _G_ORG_HEADS,
    _G_BODIES,
    _G_AREAS,
    _G_WATCHED,
    _G_CAPITAL_VENUES,
    _G_VENUES,
    _G_SYLLABLES,
    _G_THEORISTS,
    _G_EPONYMS,
    _G_OWNED,
    _G_FROM,
    _G_LOWER_WORD_NAMES,
    _G_PERSON_AFTER,
    _G_KIN_AFTER,
    _G_PARTICLES,
    _G_BURMESE,
    _G_KIN_ADDRESS,
    _G_CUED_ORGS,
    _G_CULTURE,
    _G_FUNCTION_WORDS,
    _G_TERMS,
    _G_LANGUAGE_TERMS,
    _G_SERVICES,
    _G_ORGS,
    _G_ORG_SUFFIXES,
    _G_FAITH,
    _G_FOREIGN,
    _G_CREOLE,
    _G_LOWER_PLACES,
    _G_PIDGIN_CUES,
    _G_PIDGIN,
    _G_ARTICLES,
    _G_PREPOSITIONS,
    _G_INSTITUTIONS,
    _G_EVERYDAY_ORGS,
    _G_TOWN_PARTS,
    _G_FEATURE_PLACES,
    _G_LOWER_STREETS,
    _G_LOWER_SUBJECTS,
    _G_KIN_NICKNAME_TITLES,
    _G_KIN_PET_NAMES,
    _G_SAID,
    _G_PERSON_SLOTS,
    _G_CODE_SWITCHED,
    _G_POSTPOSITIONS,
    _G_KIN_NAMED,
    _G_APPOSED_OWNERS,
    _G_APPOSED_RELATIONS,
    _G_OBJECT_VERBS,
    _G_OPENING_PEOPLE,
    _G_SERVED,
    _G_TURNING,
    _G_PROUD,
    _G_SPEAKERS,
    _G_EMPLOYER_CUES,
    _G_ROMANCE,
    _G_FROM_WORD,
    _G_AH,
    _G_NICKNAME_TITLES,
    _G_WEEKDAY_STEMS,
    _G_COUNTERS,
    _G_ARTICLE_A,
    _G_ENDEARMENTS,
    _G_IN,
    _G_PAIR_JOINS,
    _G_PAIR_AFTER,
    _G_KIN_LED_CUES,
    _G_KIN_LED_OWNERS,
    _G_KIN_LED_KIN,
    _G_IS,
    _G_KIN_LED_ROLES,
    _G_LOOSE,
    _G_STREETS_ABROAD,
    _G_LOWER_KIN,
    _G_LOWER_KIN_OWNERS,
    _G_OPENING_SUBJECTS,
    _G_ACRONYM_ORGS,
    _G_MEETING,
    _G_CAPITAL_SAYING,
) = (1 << bit for bit in range(86))


def gate_words(lex: Lexicon) -> list[tuple[int, Iterable[str]]]:
    """Each gate's bit and the words that set it."""
    return [
        (_G_PHRASES, lex.phrase_heads),
        (_G_SAYING, SAYING_VERBS),
        (_G_KIND_WORDS, KIND_TRIGGERS),  # elided forms ("l'ASC") are asked about beside it
        (_G_GENITIVE, _GENITIVE_HEADS),
        (_G_PLACE_PREPOSITIONS, PLACE_PREPOSITIONS),
        (_G_STREETS, STREET_WORDS | {"south", "north", "east", "west"}),
        (_G_FOREIGN_STREETS, FOREIGN_STREET_BEFORE | FOREIGN_STREET_AFTER),
        (_G_ORG_HEADS, ORG_HEADS),
        (_G_BODIES, BODY_HEADS),
        (_G_AREAS, _AREA_TRIGGERS),
        (_G_WATCHED, watched_words(lex)),
        (_G_CAPITAL_VENUES, CAPITAL_VENUE_TRIGGERS),
        (_G_VENUES, _VENUE_TRIGGERS),
        (_G_SYLLABLES, _GIVEN_SYLLABLES),
        (_G_THEORISTS, _THEORIST_WORDS),
        (_G_EPONYMS, _EPONYMS),
        (_G_OWNED, OWNED_WORD_NAMES),
        (_G_FROM, FROM_WORDS),
        (
            _G_LOWER_WORD_NAMES,
            lex.word_names | GREETINGS | ROLE_WORDS | NAME_SUFFIXES | NAME_WORDS,
        ),  # or " ("
        (_G_PERSON_AFTER, _PERSON_AFTER_ADDRESS),
        (_G_KIN_AFTER, _KIN_AFTER),
        (_G_PARTICLES, _FILIPINO | _KOREAN_AFTER),
        (_G_BURMESE, _BURMESE_SYLLABLES),
        (_G_KIN_ADDRESS, _KIN_ADDRESS_WORDS),
        (_G_CUED_ORGS, CUED_ORG_OPENERS),
        (_G_CULTURE, CULTURE_HINTS),
        (_G_FUNCTION_WORDS, tables().langs),
        (_G_TERMS, TERM_HINTS),  # or "(" or ", " in the text
        (_G_LANGUAGE_TERMS, LANGUAGE_TERM_HINTS),
        (_G_SERVICES, SERVICE_WORDS),
        (_G_ORGS, ORGS_TRIGGERS),
        (_G_ORG_SUFFIXES, ORG_SUFFIXES),
        (_G_FAITH, FAITH_NAME_WORDS),
        (_G_FOREIGN, foreign_function_words()),  # two of them: asked behind it
        (_G_CREOLE, CREOLE_ADDRESS | CREOLE_DISTINCT),  # two distinct: asked behind it
        (_G_LOWER_PLACES, LOWER_PLACE_PREPS | LOWER_NEAR_PREPS | {"to"}),
        (_G_PIDGIN_CUES, PIDGIN_CUES),
        (_G_PIDGIN, PIDGIN_MARKERS | {"don"}),
        (_G_ARTICLES, ARTICLE_CUES),
        (_G_PREPOSITIONS, PREPOSITIONS),
        (_G_INSTITUTIONS, INSTITUTION_HEADS),
        (_G_EVERYDAY_ORGS, EVERYDAY_ORG_HEADS),
        (_G_TOWN_PARTS, TOWN_PART_HEADS),
        (_G_FEATURE_PLACES, FEATURE_HEADS),
        (_G_LOWER_STREETS, LOWER_STREET_WORDS),
        (_G_LOWER_SUBJECTS, SUBJECT_PERSON_WORDS),
        (_G_KIN_NICKNAME_TITLES, KIN_NICKNAME_TITLES),  # and a pet name: both bits
        (_G_KIN_PET_NAMES, KIN_PET_NAMES),
        (_G_SAID, SAID_SAYING | SAID_PERSON_WORDS | SAID_TURNING | SAID_REPORTING),
        (
            _G_PERSON_SLOTS,
            SLOT_FINITE | SLOT_WRITER_OR_YOU | SLOT_SAID_TO | SLOT_SET_OFF,
        ),  # or an age
        (_G_CODE_SWITCHED, CODE_SWITCHED_SOUTH_ASIAN | code_switched_spanish()),
        (_G_POSTPOSITIONS, {"ne", "ko"}),
        (_G_KIN_NAMED, KIN_NAMED_WORDS),
        (_G_APPOSED_OWNERS, APPOSED_OWNERS),  # and a relation: both bits
        (_G_APPOSED_RELATIONS, APPOSED_RELATIONS),
        (_G_OBJECT_VERBS, OBJECT_VERBS),
        (_G_OPENING_PEOPLE, OPENING_RANKS | {"who", "i", "me"}),
        (_G_SERVED, SERVED_HEADS),
        (_G_TURNING, SAID_TURNING),  # what said_lower_names is told
        (_G_PROUD, {"proud"}),
        (_G_SPEAKERS, SPEAKER_VERBS | SPEAKER_KIN),
        (_G_EMPLOYER_CUES, EMPLOYER_CUES),
        (_G_ROMANCE, ROMANCE_CUES),
        (_G_FROM_WORD, {"from"}),
        (_G_AH, {"ah"}),
        (_G_NICKNAME_TITLES, NICKNAME_TITLES),
        (_G_WEEKDAY_STEMS, weekday_stems()),
        (_G_COUNTERS, COUNTER_WORDS),
        (_G_ARTICLE_A, ACRONYM_CUES),  # "a DJ", "his CV"
        (_G_ENDEARMENTS, ENDEARMENT_CUES),  # "Mijo, eat", '"makasih, Bu"'
        (_G_IN, {"in"} | SPEAK_VERBS),
        (_G_PAIR_JOINS, PAIR_JOINS),  # and a word after a pair: both bits
        (_G_PAIR_AFTER, PAIR_AFTER),
        (_G_KIN_LED_CUES, KIN_LED_CUES),  # these five: see ``_may_lead_by_kin``
        (_G_KIN_LED_OWNERS, KIN_LED_OWNERS),
        (_G_KIN_LED_KIN, KIN_LED_KIN),
        (_G_IS, {"is"}),
        (_G_KIN_LED_ROLES, KIN_LED_ROLES),
        (_G_LOOSE, tables().loose),  # two of them: asked behind it
        (_G_STREETS_ABROAD, STREET_WORDS_ABROAD),  # or a case ending or suffix: asked beside it
        (_G_LOWER_KIN, LOWER_KIN_WORDS),  # and an owner or a possessive
        (_G_LOWER_KIN_OWNERS, LOWER_KIN_OWNERS),
        (_G_OPENING_SUBJECTS, OPENING_SUBJECT_CUES),  # or an age: asked beside it
        (_G_ACRONYM_ORGS, ACRONYM_CUE_WORDS | ACRONYM_BODY_NOUNS | ACRONYM_STAFF_NOUNS),
        (_G_MEETING, MEETING_CUES),
        (_G_CAPITAL_SAYING, CAPITAL_SAYING_VERBS),
    ]


def _may_lead_by_kin(gates: int) -> bool:
    """``may_hold`` of the kin-led names, from the gate bits: a word of address after a name
    or a names label, an owner with a relative's word, or "is" with a role."""
    return bool(
        gates & _G_KIN_LED_CUES
        or (gates & _G_KIN_LED_OWNERS and gates & _G_KIN_LED_KIN)
        or (gates & _G_IS and gates & _G_KIN_LED_ROLES)
    )


_GATE_TABLE: list[tuple[Lexicon, dict[str, int]]] = []  # built on first use, for the lexicon


def _gate_table(lex: Lexicon) -> dict[str, int]:
    if _GATE_TABLE and _GATE_TABLE[0][0] is lex:
        return _GATE_TABLE[0][1]
    table: dict[str, int] = {}
    for bit, words in gate_words(lex):
        for word in words:
            table[word] = table.get(word, 0) | bit
    _GATE_TABLE[:] = [(lex, table)]
    return table


def _word_gates(lows: list[str], lex: Lexicon) -> int:
    """The OR of the gate bits of ``lows`` (lower-case words): of each distinct word in the
    table once (the set operation finds them in C, and most words are in none)."""
    table = _gate_table(lex)
    return reduce(or_, map(table.__getitem__, table.keys() & set(lows)), 0)


_VENUE_TRIGGERS = venue_triggers()


def tokens(text: str, lex: Lexicon) -> list[Token]:
    """The words of ``text`` as the detector sees them (as a pass just read them, when one
    read this very text: the tagger reads the text the rules leave, most often the one
    their last pass read)."""
    for seen, words, known in _read.get():
        if known is lex and seen == text:
            return list(words)
    return _tokens(text, lex)


# the words of the texts ``find_proper_nouns`` read last, as ``_tokens`` gives them (per
# thread and task), for ``tokens``; a text whose words a rule changed is not kept (only
# ``_shouted_words`` changes any: an acronym that is also a given name)
_read: ContextVar[tuple[tuple[str, list[Token], Lexicon], ...]] = ContextVar("_read", default=())
_READINGS_KEPT = 3


def _keep_reading(text: str, toks: list[Token], lex: Lexicon) -> None:
    for tok in toks:
        if tok.acronym and tok.kind is Kind.WORD_NAME:
            return  # ``_shouted_words`` may change its kind
    _read.set(((text, list(toks), lex), *_read.get()[: _READINGS_KEPT - 1]))


def starts_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` opens a sentence (or a line, a quote, an answer after a colon)."""
    return _starts_sentence(text, toks, i)
