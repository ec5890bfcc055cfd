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
from bisect import bisect_left
from collections.abc import Iterable
from functools import reduce
from itertools import repeat
from operator import attrgetter, or_

from ._article_names import CUES as ARTICLE_CUES
from ._article_names import article_names
from ._bracket_nicknames import glossed_nicknames
from ._burmese_names import SYLLABLES as _BURMESE_SYLLABLES
from ._burmese_names import burmese_names
from ._called_names import called_names
from ._called_names import may_hold as may_hold_called_names
from ._capital_surnames import capital_surnames, may_hold_capital_surnames
from ._capital_venues import _TRIGGERS as CAPITAL_VENUE_TRIGGERS
from ._capital_venues import capital_venues
from ._capital_word_names import capital_word_names
from ._capital_word_names import may_hold as may_hold_capital_word_names
from ._chat_places import CUES as _CHAT_TOWN_CUES
from ._chat_places import listed_town_after_cue
from ._community_orgs import BODY_HEADS, community_bodies
from ._consumed_words import consumed
from ._creole_clauses import _DISTINCT as CREOLE_DISTINCT
from ._creole_clauses import CREOLE_ADDRESS, creole_names, may_hold_creole
from ._cued_orgs import _OPENERS as CUED_ORG_OPENERS
from ._cued_orgs import cued_organisations
from ._cultural import HINTS as CULTURE_HINTS
from ._cultural import keep_cultural
from ._dedicated_names import named_by_dedication_or_the
from ._echoed_words import keep_echoed_words
from ._employers import _watched as watched_words
from ._employers import contextual_organisations
from ._everyday_word_orgs import everyday_word_orgs
from ._everyday_word_orgs import may_hold as may_hold_everyday_word_org
from ._foreign_clauses import _foreign_function_words as foreign_function_words
from ._foreign_clauses import keep_foreign_words, may_hold_foreign
from ._foreign_streets import AFTER as FOREIGN_STREET_AFTER
from ._foreign_streets import BEFORE as FOREIGN_STREET_BEFORE
from ._foreign_streets import foreign_streets
from ._form_values import may_hold_form, without_form_values
from ._formal import _WORDS as SERVICE_WORDS
from ._formal import without_generic_services
from ._function_words import (
    among_its_language,
    clause_word_after_title,
    keep_function_words,
    tables,
)
from ._genitive_orgs import HEADS as _GENITIVE_HEADS
from ._genitive_orgs import genitive_orgs
from ._kin_address import PERSON_AFTER as _PERSON_AFTER_ADDRESS
from ._kin_address import WORDS as _KIN_ADDRESS_WORDS
from ._kin_address import addressed_names, names_before_address_words, with_address_words
from ._kin_after_names import KIN_AFTER as _KIN_AFTER
from ._kin_after_names import names_before_kin_words
from ._kin_words import (
    _KIN_VOCAB,
    _brand_as_nickname,
    _day_speaking,
    _kin,
    _owned_word,
    _without_glossed_kin,
    _word_name_after_opener,
)
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
from ._language_context import HINTS as LANGUAGE_TERM_HINTS
from ._language_context import (
    SAYING_VERBS,
    foreign_function_word,
    lowercase_speakers,
    with_maltese_tails,
    without_language_terms,
)
from ._lexicon import Lexicon, lexicon
from ._local_shapes import course_code, level_code
from ._lower_institutions import HEADS as INSTITUTION_HEADS
from ._lower_institutions import lower_institutions
from ._lower_listed_towns import lower_listed_towns
from ._lower_places import PLACE_PREPS as LOWER_PLACE_PREPS
from ._lower_places import lower_places
from ._lower_subject_names import lower_subject_names
from ._lower_subject_names import may_hold as may_hold_lower_subjects
from ._lower_tails import clause_word
from ._lower_town_parts import lower_streets, may_hold_streets, town_parts
from ._lower_town_parts import may_hold as may_hold_town_parts
from ._lower_word_names import _GREETINGS as GREETINGS
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._lower_word_names import _SUFFIXES as NAME_SUFFIXES
from ._lower_word_names import lower_word_names, virtue_said
from ._lowercase_cues import (
    _CHAT_ADVERBS,
    _DETERMINERS,
    _INITIALS_LEN,
    _MESSAGE_VERBS,
    _MIN_JOINED_NAME,
    _MIN_LOWERCASE_NAME,
    _chat_subject,
    _everyday_token,
    _everyday_word,
    _everyday_word_as_name,
    _full_lowercase_name,
    _initialisms,
    _listed_given_name,
    _lowercase_cue,
    _lowercase_initials,
    _lowercase_possessive,
    _message_sender,
    _name_or_unlisted,
    _names_a_place,
    _not_english_word,
    _people_of_a_region,
    _unlisted_token,
    _word_name_token,
    _word_or_listed,
)
from ._medicines import without_medicines
from ._name_cues import (
    _ADDRESS_TITLES,
    _GROUP_OWNERS,
    _KIN_TITLES,
    _MIN_KIN_NAME,
    _NOUN_ENDINGS,
    _POSSESSIVES,
    _ROLE_TITLES,
    _TITLE_WORDS,
    _after_kin_word,
    _called_after,
    _has_relation_cue,
    _person_follows,
    _prev_word,
    _runs,
    _starts_sentence,
)
from ._name_edges import may_hold_name_edges, name_edges
from ._name_lists import (
    _LONG_TITLE,
    _MAX_PARTICLES,
    _absorb_acronym,
    _absorb_long_title,
    _absorb_particles,
    _line_labels_beside_names,
    _listed_with_names,
    _lowercase_repeats,
    _repeats,
    _token_start,
)
from ._nicknames import _CAPITALS_WORD, _nicknames_beside, _word_acronym_orgs
from ._org_ends import (
    _AFTER_EVERYDAY_CUES,
    _BEFORE_EVERYDAY_CUES,
    _LOWER_ORG_NOUNS,
    _LOWERCASE_PREV_CUES,
    _ORG_MIDDLE,
    _SAINTS,
    _SERVICE_ACRONYMS,
    _append_acronym_org,
    _lowercase_org_end,
    _saint_org_end,
    _saint_place_end,
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
from ._owned_words import listed_kin, owned_word
from ._people_from import FROM_WORDS, people_from_places
from ._person_particles import _FILIPINO, _KOREAN_AFTER, particle_names
from ._phrase_runs import _outside, _phrase_tokens, _split_at_suffixes
from ._pidgin_places import _CUES as PIDGIN_CUES
from ._pidgin_places import _MARKERS as PIDGIN_MARKERS
from ._pidgin_places import pidgin_places
from ._place_tags import may_hold_place_tags, place_tags
from ._preposition_places import PREPOSITIONS, preposition_places
from ._public import keep_public
from ._quoted_speakers import may_hold as may_hold_quoted_speakers
from ._quoted_speakers import quoted_speakers
from ._repeated_names import repeated_names
from ._run_exceptions import _WORD_RE, _inside_kept_phrase, _without_kept_surnames
from ._script_switch_names import may_hold_script_switch, script_switch_names
from ._segment_judging import (
    _ORG_TYPE_WORDS,
    _after_preposition,
    _judge_segment,
    _run_kind,
    _segments,
    _suffix_span,
)
from ._shared_titles import WORDS as _CHAT_TITLES
from ._shared_titles import shared_title_before_name
from ._term_context import _HINTS as TERM_HINTS
from ._term_context import keep_terms
from ._town_cues import (
    _AND_WORDS,
    _CARE_PREPS,
    _DIALECT_FROM,
    _DIALECT_TO,
    _HOSPITAL_MIDDLE,
    _MET_LOWER,
    _OUT_WORDS,
    _STATE_AUX,
    _STUDY_PREPS,
    _TOWN_LAST_WORDS,
    _TOWN_PREPS,
    _care_or_study_org,
    _everyday_town_end,
    _jargon_shaped,
    _joined_to_relation,
    _listed_town_end,
    _lowercase_place,
    _opening_subject_state,
    _out_town,
    _place_before_where,
    _seen_then_pronoun,
    _two_everyday_words,
)
from ._venues import named_venues, venue_triggers
from ._vocab import (
    GENERIC_ORG_WORDS,
    NAME_CONNECTORS,
    ORG_SUFFIXES,
    OWNED_WORD_NAMES,
    PERSON_VERBS,
    PLACE_PREPS,
    RELATIONS,
    STRONG_PERSON_VERBS,
    TITLES,
)
from ._word_classes import (
    _ASCII_WORD_SPLIT,
    _HONORIFICS,
    _HOUSE_NUMBER,
    _MIN_FREQ_BARE_LOWERCASE,
    _MONTHS_AS_NAMES,
    _RAW_INFO,
    _WORD_SPLIT,
    Candidate,
    Kind,
    Token,
    _classify,
    _new_token,
    _raw_info,
    _word_info,
)
from ._word_name_cues import _LIST_GAPS, _ROMANCE_PRONOUNS, _beside_romance_words


def _tokens(text: str, lex: Lexicon) -> list[Token]:
    """The words of ``text`` as tokens (built field by field: the generated ``__init__``
    costs more than the rest of the loop)."""
    out: list[Token] = []
    append = out.append
    info = _RAW_INFO.get
    new = _new_token
    prev_title = False
    # split with the word as a group gives gap, word, gap, ...: offsets follow from the
    # lengths, without a match object per word
    parts = (_ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT).split(text)
    pieces = iter(parts)
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
        elif low in TITLES:
            tok.title = True
        prev_title = tok.title
        append(tok)
    return out


def _lowercase_names(
    text: str, toks: list[Token], lex: Lexicon, lows: list[str]
) -> list[Candidate]:
    """Names and towns typed in lower case, as in chat: "talked w kiri", "mom and abebe",
    "hope said", "she lives in tauranga"."""
    out: list[Candidate] = []
    last = len(toks) - 1
    before_cues, after_cues = _BEFORE_EVERYDAY_CUES, _AFTER_EVERYDAY_CUES
    for i, tok in enumerate(toks):
        if tok.capital:
            continue
        kind = tok.kind
        low = tok.low
        if (
            kind is Kind.ORDINARY
            and (i == 0 or lows[i - 1] not in _LOWERCASE_PREV_CUES)
            and (i == last or lows[i + 1] not in after_cues)
            and low not in _SAINTS
        ):
            continue  # most words: an everyday word with no cue beside it (as below)
        if kind is Kind.STOP:
            # a lower-case stop word is never a name, but may open a listed town of everyday
            # words after a preposition of place: "went to signal hill", "in sunday creek"
            if 0 < i < last and lows[i + 1] in _TOWN_LAST_WORDS and lows[i - 1] in PLACE_PREPS:
                town_end = _everyday_town_end(text, toks, i, lex, lows)
                if town_end:
                    out.append((tok.start, town_end, "place"))
            continue
        if low in _ROMANCE_PRONOUNS and _beside_romance_words(lows, i):
            continue  # "y ella durmio": Spanish "she", not Ella
        if foreign_function_word(lows, i):
            continue  # "amma hans í": Icelandic "his", not Hans
        if low in _SAINTS:
            saint_end = _saint_org_end(text, toks, i)
            if saint_end:
                out.append((tok.start, saint_end, "org"))  # "st bede's college"
                continue
            saint_end = _saint_place_end(text, toks, i)
            if saint_end:
                out.append((tok.start, saint_end, "place"))  # "grew up in st kilda"
                continue
        if len(tok.word) < _MIN_LOWERCASE_NAME:
            # only two letters in no list can be initials: skip the call for the rest
            if kind is Kind.UNKNOWN and _lowercase_initials(text, toks, i):
                out.append((tok.start, tok.end, "name"))  # "jj said", "her sponsor tk"
            continue
        if kind is Kind.ORDINARY or kind is Kind.WORD_NAME:
            if (
                kind is Kind.WORD_NAME
                and i < last
                and toks[i + 1].kind is Kind.NAME
                and _full_lowercase_name(text, toks, i)
            ):
                out.append((tok.start, toks[i + 1].end, "name"))  # "grace achieng"
                continue
            if (
                0 < i < last
                and (toks[i + 1].kind is Kind.NAME or toks[i + 1].kind is Kind.UNKNOWN)
                and (lows[i - 1] in PLACE_PREPS or lows[i - 1] == "at")
            ):
                town_end = _listed_town_end(text, toks, i, lex)
                if town_end:
                    out.append((tok.start, town_end, "place"))  # "near petaling jaya"
                    continue
            if i > 0 and lows[i - 1] in PLACE_PREPS:
                town_end = _everyday_town_end(text, toks, i, lex, lows)
                if town_end:
                    out.append(
                        (tok.start, town_end, "place")
                    )  # "in storm lake", "a flat in auburn"
                    continue
            if (
                kind is Kind.WORD_NAME
                and 0 < i < last
                and lows[i - 1] in _MET_LOWER
                and lows[i + 1] in _AND_WORDS
                and _joined_to_relation(text, toks, i)
            ):
                out.append((tok.start, tok.end, "name"))  # "had sunny and her mum in"
                continue
            if kind is Kind.WORD_NAME and i > 0 and _seen_then_pronoun(text, toks, i, lows):
                out.append((tok.start, tok.end, "name"))  # "saw precious again, she's"
                continue
            # most words: no cue word beside them, nothing below can fire
            if not (
                (i > 0 and lows[i - 1] in before_cues) or (i < last and lows[i + 1] in after_cues)
            ):
                continue
            cheap_cue = (i > 0 and lows[i - 1] == "w") or (
                i < last and (lows[i + 1] in STRONG_PERSON_VERBS or lows[i + 1] in _CHAT_ADVERBS)
            )
            if (
                cheap_cue
                and _everyday_word_as_name(text, toks, i, lex)
                and not virtue_said(text, toks, i)  # "hope is a good thing"
            ):
                out.append((tok.start, tok.end, "name"))
            elif i > 0 and toks[i - 1].low in _SERVICE_ACRONYMS:
                _append_acronym_org(text, toks, i, out)
            continue
        if kind is Kind.NAME or kind is Kind.UNKNOWN:
            if _owned_word(text, toks, i):
                continue
            # each rule below is called only when the word it needs beside this one is
            # there (the same answers, fewer calls)
            prev = lows[i - 1] if i > 0 else ""
            nxt = lows[i + 1] if i < last else ""
            if prev in _SERVICE_ACRONYMS and _append_acronym_org(text, toks, i, out):
                continue
            org_end = (
                _lowercase_org_end(text, toks, i)
                if nxt in _LOWER_ORG_NOUNS or nxt in _ORG_MIDDLE or nxt in _HOSPITAL_MIDDLE
                else 0
            )
            if org_end:
                out.append((tok.start, org_end, "org"))
                continue
            if prev == "at" or prev in PLACE_PREPS:
                town_end = _listed_town_end(text, toks, i, lex)
                if town_end:
                    out.append((tok.start, town_end, "place"))  # "near petaling jaya"
                    continue
            if prev in _OUT_WORDS and _out_town(text, toks, i, lex):
                out.append((tok.start, tok.end, "place"))  # "out past longreach"
                continue
            if prev in _CHAT_TOWN_CUES and listed_town_after_cue(
                text, toks, i, lex, word=tok.kind is not Kind.UNKNOWN
            ):
                out.append((tok.start, tok.end, "place"))  # "at guildford", "for ajegunle"
                continue
            if (
                prev == "the"
                or prev == "at"
                or prev in PLACE_PREPS
                or prev in _DIALECT_FROM
                or prev in _DIALECT_TO
            ) and _lowercase_place(text, toks, i, lex):
                out.append((tok.start, tok.end, "place"))
                continue
            if (prev in _CARE_PREPS or prev in _STUDY_PREPS) and _care_or_study_org(
                text, toks, i, lex
            ):
                out.append((tok.start, tok.end, "org"))
                continue
            if nxt == "where" and _place_before_where(text, toks, i, lex):
                out.append((tok.start, tok.end, "place"))
                continue
            if nxt in _AND_WORDS and _joined_to_relation(text, toks, i):
                out.append((tok.start, tok.end, "name"))
                continue
            if nxt in _STATE_AUX and _opening_subject_state(text, toks, i):
                out.append((tok.start, tok.end, "name"))
                continue
            if (
                (tok.possessive and _lowercase_possessive(text, toks, i))
                or (nxt in _CHAT_ADVERBS and _chat_subject(text, toks, i))
                or (nxt in _MESSAGE_VERBS and _message_sender(text, toks, i))
            ):
                out.append((tok.start, tok.end, "name"))
                continue
            cue = _lowercase_cue(text, toks, i) or (
                i + 1 < len(toks)
                and text[tok.end : toks[i + 1].start] == " "
                and _person_follows(
                    text,
                    toks,
                    i,
                    # "hemi is": a listed given name; a word in no list is as often
                    # a drug or a bit of jargon ("quetiapine was"), so it needs a verb
                    weak=kind is Kind.NAME and _prev_word(toks, i) not in _DETERMINERS,
                )
            )
            common = (
                not cue
                and tok.kind is Kind.NAME
                and not _owned_word(text, toks, i)
                and not among_its_language(text, toks, i, lex.ordinary)
                and (
                    lex.given_names.get(low, 0) >= _MIN_FREQ_BARE_LOWERCASE
                    or _starts_sentence(text, toks, i)
                )
            )
            if cue or common:
                out.append((tok.start, tok.end, "name"))
    return out


def find_proper_nouns(text: str) -> list[Candidate]:
    """Candidate spans for names, places and organisations."""
    lex = lexicon()
    toks = _tokens(text, lex)
    out: list[Candidate] = _initialisms(text) if "." in text else []
    lows = [t.low for t in toks]
    # each rule guarded below only reads a token whose word is in its list (``gates``: one
    # bit per list, set when a word of the text is in it)
    gates = _word_gates(lows, lex)
    kept = _phrase_tokens(text, toks, lex) if gates & _G_PHRASES else set()
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
    if gates & _G_FOREIGN_STREETS:  # "rua do heroísmo", "via dei tribunali", "majeedhee magu"
        out.extend(foreign_streets(text, toks, _everyday_token, _not_english_word))
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
    if _CAPITALS_WORD.search(text):
        out.extend(_word_acronym_orgs(text, toks, lex))
    if text.count(", ") >= _MIN_LIST_ITEMS - 1:
        out.extend(_lowercase_name_list(text, toks, lex))
    if gates & _G_SYLLABLES:
        out.extend(_syllable_names(text, toks))
    if out:
        out.extend(_name_tails(text, toks, out))  # before the lists: "x y, z" lists "x y"
    if may_hold_capital_surnames(text):  # "MWANZA, Grace", "Chidi OKONKWO"
        out.extend(capital_surnames(text, out, lex, _everyday_word))
    if out and gates & _G_THEORISTS:
        out = [c for c in out if not _names_a_theorist(text, c)]
    if out and gates & _G_EPONYMS:
        out = [c for c in out if not _eponymous_condition(text, c)]
    if out and gates & _G_OWNED:
        out = _without_glossed_kin(text, toks, out)
    if (out or "[place]" in text) and gates & _G_FROM:  # "tevita from apex"
        out.extend(people_from_places(text, toks, out, lex))
    if gates & _G_LOWER_WORD_NAMES or " (" in text:  # "my client hope", "rain's mum", "hi kalani,"
        out.extend(lower_word_names(text, toks, out, _word_name_token, _name_or_unlisted))
    out.extend(_repeats(toks, out))
    if out and not text.istitle():
        out.extend(_lowercase_repeats(toks, out))
        out.extend(repeated_names(text, toks, out, _word_name_token))  # "hope ... hope later"
    out.extend(_listed_with_names(text, toks, out, lex))
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
    if out and _may_name_public(text):
        out = [c for c in out if not _public_figure_or_team(text, c)]
    if gates & _G_CUED_ORGS:  # "referred by Open Door", "her team Coastal United"
        out.extend(cued_organisations(text, toks, lex))
    if may_hold_everyday_word_org(lows):  # "Lady Reading Hospital", "Pacific Casino Hotel"
        out.extend(everyday_word_orgs(text, toks))
    out = keep_public(text, toks, out, lex)
    if out and gates & _G_CULTURE:
        out = keep_cultural(text, toks, out, lex)
    if out and gates & _G_FUNCTION_WORDS:  # "Lo Que", "Und", "De la": words of other languages
        out = keep_function_words(text, toks, out)
    # "Rằm (the full-moon day)", "the Soi dogs"
    if out and ("(" in text or ", " in text or gates & _G_TERMS):
        out = keep_terms(text, toks, out, lex, _plain_capital)
    if out and gates & _G_LANGUAGE_TERMS:  # "sa Mère", "her Avi", "le TDAH"
        out = without_language_terms(text, toks, out, lex)
    if out and (" tal-" in text or " ta'" in text or " ta’" in text):
        out.extend(with_maltese_tails(text, out))  # "Skola Primarja tal-Qormi"
    if out and gates & _G_SERVICES:
        out = without_generic_services(text, toks, out, lex)
    if out and " it" in text and _may_name_thing(text):
        out = [c for c in out if not _thing_named(text, c)]
    if out and _COURSE_HINT.search(text):
        out = [c for c in out if not course_code(text, c[0], c[1])]
    if out and _LEVEL_HINT.search(text):
        out = [c for c in out if not level_code(text, c[0], c[1])]
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
        out = keep_foreign_words(text, out, lex)
    if gates & _G_CREOLE and may_hold_creole(lows):  # "Maelyn hem sei", "Im say"
        out = creole_names(text, lows, out, lex)
    if out and may_hold_form(text):  # "Mērķis: Miegs. Uzdevumi: Pastaiga, Dienasgrāmata."
        out = without_form_values(text, out, lex)
    if may_hold_place_tags(text):  # "Riga: he drew", "Supervision (Baku):", "Khartoum/Cairo:"
        out.extend(place_tags(text, lex))
    if may_hold_name_edges(text):  # "prof. Selma Kapetanović", "κυρία Δήμητρα", "Ch. Asanova"
        out.extend(name_edges(text, out, lex))
    if may_hold_script_switch(text):  # "dzianis пришел сам", "update: nastia в ..."
        out.extend(script_switch_names(text, lex))
    if gates & _G_LOWER_PLACES:  # "from humpty doo", "lives in bath now"
        out.extend(lower_places(text, toks, lex))
    if gates & _G_LOWER_PLACES:  # "in broken arrow now", "moved to grand rapids"
        out.extend(lower_listed_towns(text, toks, lex))
    if may_hold_town_parts(lows):  # "in tower district", "to the north end"
        out.extend(town_parts(text, toks, lex))
    if may_hold_streets(lows):
        out.extend(lower_streets(text))  # "on warren ave", "w 4th st"
    if gates & _G_PIDGIN_CUES and gates & _G_PIDGIN:  # "she dey stay for ikorodu"
        out.extend(pidgin_places(text, toks, lex))
    if gates & _G_ARTICLES:  # "a Bia ficou", "el Nacho", "em trâm nói", "ma Thida"
        out.extend(article_names(text, toks, lows, lex))
    if gates & _G_PREPOSITIONS:  # "no Recife", "em boa viagem", "di Rungkut"
        out.extend(preposition_places(text, toks, lows, lex))
    if gates & _G_INSTITUTIONS:  # "at uni of jaffna", "at the esplanade clinic"
        out.extend(lower_institutions(text, toks, lex))
    if may_hold_capital_word_names(text):  # "Golf noticed that Bank didn't"
        out.extend(capital_word_names(text, toks, lambda i: _starts_sentence(text, toks, i)))
    if may_hold_lower_subjects(lows):  # "tou finally talked about his dad"
        out.extend(lower_subject_names(text, toks, lex, lambda i: _starts_sentence(text, toks, i)))
    if may_hold_quoted_speakers(text):  # 'Sekar bilang: "Saya ..."', 'Kasia powiedziała: "..."'
        out.extend(quoted_speakers(text, toks, lex, lambda i: _starts_sentence(text, toks, i)))
    if out:  # "Winter is hard ... this winter", "on Sertraline and Prazosin"
        out = keep_echoed_words(text, toks, out, lex, lambda i: _starts_sentence(text, toks, i))
        out = without_medicines(text, out)
    if kept and out:
        out = [c for c in out if not _inside_kept_phrase(toks, kept, c)]
        out = _without_kept_surnames(text, toks, kept, out)
        return _outside_phrases(toks, kept, out)
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
) = (1 << bit for bit in range(41))


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
        (_G_LOWER_WORD_NAMES, lex.word_names | GREETINGS | ROLE_WORDS | NAME_SUFFIXES),  # or " ("
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
        (_G_LOWER_PLACES, LOWER_PLACE_PREPS | {"to"}),
        (_G_PIDGIN_CUES, PIDGIN_CUES),
        (_G_PIDGIN, PIDGIN_MARKERS | {"don"}),
        (_G_ARTICLES, ARTICLE_CUES),
        (_G_PREPOSITIONS, PREPOSITIONS),
        (_G_INSTITUTIONS, INSTITUTION_HEADS),
    ]


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
    """The OR of the gate bits of ``lows`` (lower-case words)."""
    return reduce(or_, map(_gate_table(lex).get, lows, repeat(0)), 0)


_VENUE_TRIGGERS = venue_triggers()
_CITING_HINT = re.compile(r"(?i)\b(?:word|term|phrase|expression|saying|in)\s")
_CITED_BEFORE = re.compile(
    r"(?i)\b(?:the|a|this|that|her|his|their|our)\s+(?:\w+\s+)?"
    r"(?:word|term|phrase|expression|saying)\s+[\"“‘']?$"
)
_SPOKEN_IN_BEFORE = re.compile(
    r"(?i)\b(?:spoke|speaks?|speaking|talked|talks?|talking|wrote|writes?|written|writing|"
    r"answered|answers?|replied|replies|prayed|prays|sang|sings?|singing|swore|swears?|"
    r"counted|counts?|cursed|texted|texts|chatted|chats)\s+"
    r"(?:(?:to\s+)?(?:me|us|them|it|him|her|mostly|only|all|both|back)\s+)?in\s+$"
)
_CITE_REACH = 48
# "told me in Western Armenian that", "used the PHQ-9 in Mongolian;": after "in", an everyday
# word naming a people (the language they speak), alone or after a word of variety, with no
# capitalised word after it, is a language, not a place
_LANGUAGE_ENDINGS = ("ian", "ese", "ish", "ic", "an", "i", "ch", "kh", "ek", "ak", "ew")
_LANGUAGE_VARIETIES = frozenset(
    "western eastern northern southern modern classical standard old colloquial levantine "
    "egyptian gulf brazilian european mainland".split()
)


def _language_after_in(text: str, cand: Candidate, lex: Lexicon) -> bool:
    start, end, _ = cand
    if text[max(0, start - 3) : start].lower() != "in ":
        return False
    words = text[start:end].split(" ")
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in _LANGUAGE_VARIETIES):
        return False
    low = words[-1].lower()
    if low not in lex.ordinary or low in lex.places or not low.endswith(_LANGUAGE_ENDINGS):
        return False
    after = text[end : end + 2]
    return not after or after[0] in ".,;:!?)" or (after[0] == " " and after[1:2].islower())


def _cited_or_spoken(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """ "used the word Sakina", "spoke in Shona", "wrote them in Cantonese": a single word quoted
    as a word, or the language someone speaks in, names nobody."""
    start, end, _ = cand
    if _language_after_in(text, cand, lex):
        return True
    if " " in text[start:end] or text[end : end + 1] in ("'", "’"):
        return False
    before = text[max(0, start - _CITE_REACH) : start]
    if _CITED_BEFORE.search(before):
        return True
    word = text[start:end]
    if word.lower() in lex.places or _classify(word, lex) is Kind.UNKNOWN:
        return False  # "spoke in Kapiti": a word in no list may be a town
    return bool(_SPOKEN_IN_BEFORE.search(before))


_THING_NAMED_HINT = re.compile(
    r"(?i)\b(?:call|calls|called|name|names|named|nicknamed|dubbed)\s+it\b"
)
_THING_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:call|calls|called|name|names|named|nicknamed|dubbed)\s+it\s+[\"“‘']?(?:the\s+)?$"
)


def _may_name_thing(text: str) -> bool:
    """Whether ``_THING_NAMED_HINT`` matches; in ASCII text (where its case-blind matching is
    that of ``lower()``) only once one of its verbs stands in the text."""
    if text.isascii():
        low = text.lower()
        if "call" not in low and "name" not in low and "dubbed" not in low:
            return False
    return _THING_NAMED_HINT.search(text) is not None


def _thing_named(text: str, cand: Candidate) -> bool:
    """'he called it "the Buzz"', "she named it Storm": the name given to a problem or a
    feeling, as externalising does, names nobody ("it" is never a person)."""
    start = cand[0]
    return bool(_THING_NAMED_BEFORE.search(text, max(0, start - _CITE_REACH), start))


_PUBLIC_HINT = re.compile(
    r"(?i)\b(?:fans?|supporters?|supports|songs|lyrics|albums?|novels|movies|poems|poetry|"
    r"concerts?|quoted|quotes|quoting)\b|[\"”]\s+by\s"
)
# what every course code holds ("[A-Z]{3}\d", looked for from the digit: found faster)
_COURSE_HINT = re.compile(r"\d(?<=[A-Z]{3}\d)")
# what every school year code holds ("\b[ACDFHJKPQRTUVXYZ]\d", from the digit as well)
_LEVEL_HINT = re.compile(r"\d(?<=\b[ACDFHJKPQRTUVXYZ]\d)")
_EXAM_HINT = re.compile(r"[A-Z]{3,6}\s+(?:exams?|tests?|results|papers|scores|certificates?)\b")
# the words these two hints need, as substrings (found faster than by the regexes, which try
# every branch at every character)
_EXAM_WORDS = tuple("exam test result paper score certificate".split())
_PUBLIC_STEMS = tuple("fan support song lyric album novel movie poem poet concert quot".split())


def _may_name_exams(text: str) -> bool:
    """False when ``_EXAM_HINT`` cannot match: none of its (lower-case) words is in ``text``."""
    for word in _EXAM_WORDS:  # noqa: SIM110 - a loop costs less than a generator here
        if word in text:
            return True
    return False


_PUBLIC_WORDS = re.compile(_PUBLIC_HINT.pattern.split("|[")[0].replace(r"\b(?:", "(?:", 1))
_QUOTED_BY = re.compile(r"(?i)[\"”]\s+by\s")
_CITING_STEMS = tuple("word term phrase expression saying in".split())
_CITING_WORDS = re.compile(_CITING_HINT.pattern.replace(r"\b(?:", "(?:", 1))


def _may_name_public(text: str) -> bool:
    """Whether ``_PUBLIC_HINT`` matches; in ASCII text (where its case-blind matching is
    that of ``lower()``) its words are looked for only where a stem of theirs stands."""
    if not text.isascii():
        return _PUBLIC_HINT.search(text) is not None
    low = text.lower()
    return _word_from_stem(text, low, _PUBLIC_STEMS, _PUBLIC_WORDS) or (
        '"' in text and "by" in low and _QUOTED_BY.search(text) is not None
    )


def _may_cite(text: str) -> bool:
    """Whether ``_CITING_HINT`` matches (found as ``_may_name_public`` finds its words)."""
    if not text.isascii():
        return _CITING_HINT.search(text) is not None
    return _word_from_stem(text, text.lower(), _CITING_STEMS, _CITING_WORDS)


def _word_from_stem(text: str, low: str, stems: tuple[str, ...], words: re.Pattern[str]) -> bool:
    """Whether ``words`` (a case-blind alternation of words, each opening with one of
    ``stems``) matches in ASCII ``text`` at the start of a word: the ``\\b(?:...)`` hint
    regex, tried only where a stem occurs in ``low`` (``text.lower()``)."""
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            if (at == 0 or not _ascii_word_char(text[at - 1])) and words.match(text, at):
                return True
            at = low.find(stem, at + 1)
    return False


def _ascii_word_char(char: str) -> bool:
    """Whether an ASCII character is one ``\\w`` matches."""
    return char.isalnum() or char == "_"


_EXAM_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _exam_acronym(text: str, cand: Candidate) -> bool:
    """ "his DSE exams", "her WASSCE results": letters naming an exam name nobody."""
    start, end, _ = cand
    return bool(_EXAM_ACRONYM.fullmatch(text, start, end) and _EXAM_HINT.match(text, start))


# not "quoted": people quote their teacher or their gran as often as a public figure
_FAN_BEFORE = re.compile(r"(?i)\b(?:fans?|supporters?)\s+of\s+$")
_SUPPORTS_BEFORE = re.compile(r"(?i)\bsupports?\s+$")
_AUTHOR_BEFORE = re.compile(r"[\"”]\s+by\s+$")
_WORKS_AFTER = re.compile(r"\s+(?:songs|lyrics|albums?|novels|movies|poems|poetry|concerts?)\b")
_TEAM_WORDS = frozenset(
    """
    city united rovers athletic wanderers rangers celtic albion county town fc afc hotspur
    villa palace forest wednesday dynamos pirates chiefs sundowns
    """.split()
)
_PUBLIC_REACH = 24
_FULL_NAME = 2


def _public_figure_or_team(text: str, cand: Candidate) -> bool:
    """ "a fan of Umm Kulthum", "supporter of Al Ahly", "supports Bradford City", "Umm Kulthum
    songs", '"Man's Search for Meaning" by Viktor Frankl': a singer, author or team that
    thousands follow identifies none of them. A single word is left alone: a first name
    may well be the client's ("a fan of Tomasi")."""
    start, end, _ = cand
    words = text[start:end].split()
    before = text[max(0, start - _PUBLIC_REACH) : start]
    if len(words) < _FULL_NAME:
        return False
    if _FAN_BEFORE.search(before):
        return True
    if _SUPPORTS_BEFORE.search(before) and words[-1].lower() in _TEAM_WORDS:
        return True
    return bool(_AUTHOR_BEFORE.search(before) or _WORKS_AFTER.match(text, end))


# Therapists and theorists whose surnames are everyday surnames too ("Miller and Rollnick
# style", "White and Epston's ideas", "Siegel's Window of Tolerance"): kept only beside a word
# naming a model or idea, and never when a verb of a person follows ("Miller said"). The
# surnames that are no one else's (Bowlby, Epston) are in safe_words.txt. First names count
# only with a surname ("Insoo Kim Berg"), since a first name alone may be anyone's.
_THEORIST_SURNAMES = frozenset(
    """
    white miller rogers beck ellis linehan hayes gottman johnson siegel klein bowen haley
    erickson bateson berg adler jung perls bandura erikson seligman herman levine ogden
    schwartz neff gilbert greenberg mcgoldrick perry hughes golding bateman padesky burns
    clark wells ehlers foa shapiro harris dolan iveson ratner furman selekman andersen
    anderson freedman combs denborough wade jenkins prochaska diclemente frankl shazer
    epston rollnick bowlby ainsworth minuchin satir yalom maslow porges karpman winnicott
    """.split()
)
_THEORIST_GIVEN = frozenset(
    """
    steve insoo michael david carl aaron albert marsha john mary donald salvador virginia
    murray milton irvin viktor abraham bessel stephen dan daniel julie sue susan steven paul
    kristin william bill mason peter richard judith harlene harry tom karl yvonne kim evan
    """.split()
)
_THEORIST_PARTICLES = frozenset("de van der von and &".split())
_THEORIST_WORDS = _THEORIST_SURNAMES | _THEORIST_GIVEN
_MODEL_CUES = frozenset(
    """
    style model models approach approaches theory theories framework frameworks method
    methods ideas idea concept concepts stages hierarchy triangle attachment window lens
    tradition school principles techniques technique map work writing writings book books
    """.split()
)
_THEORIST_REACH = 6  # words either side in which the model word must stand
_LONE_THEORIST_REACH = 3
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _names_a_theorist(text: str, cand: Candidate) -> bool:
    """ "Miller and Rollnick style", "de Shazer and Insoo Kim Berg", "Siegel's Window of
    Tolerance": the founders of a model named beside it are no client."""
    start, end, kind = cand
    if kind != "name":
        return False
    words = [_POSSESSIVE_END.sub("", w).lower() for w in text[start:end].split()]
    names = [w for w in words if w not in _THEORIST_PARTICLES]
    if not names or names[-1] not in _THEORIST_SURNAMES:
        return False
    if any(w not in _THEORIST_WORDS for w in names):
        return False
    after = _WORD_RE.findall(text[end : end + 80])
    if after and after[0].lower() in PERSON_VERBS:
        return False  # "Miller said the model..." is a person
    before = _WORD_RE.findall(text[max(0, start - 60) : start])
    if _paired_theorist(before[-2:], after[:3]):
        return True  # "de Shazer and Berg", "Bowlby and Ainsworth"
    if len(names) == 1:  # a lone surname only right before the model word: "Miller style"
        return any(w.lower() in _MODEL_CUES for w in after[:_LONE_THEORIST_REACH])
    near = before[-_THEORIST_REACH:] + after[:_THEORIST_REACH]
    return any(w.lower() in _MODEL_CUES for w in near)


def _paired_theorist(before: list[str], after: list[str]) -> bool:
    """Joined by "and" to a surname only a theorist carries ("Shazer", "Epston")."""
    lex = lexicon()
    pairs = []
    if len(before) == 2 and before[1].lower() in _THEORIST_PARTICLES:
        pairs.append(before[0])
    if len(after) >= 2 and after[0].lower() in _THEORIST_PARTICLES:
        pairs.extend(after[1:])
    return any(
        _POSSESSIVE_END.sub("", w).lower() in _THEORIST_SURNAMES
        and _POSSESSIVE_END.sub("", w).lower() in lex.always_ordinary
        for w in pairs
    )


# Conditions named after a person: "Graves' disease", "Parkinson's in the family".
_EPONYMS = frozenset(
    """
    parkinson alzheimer huntington crohn hodgkin asperger tourette addison cushing graves
    hashimoto raynaud bell lyme kawasaki meniere ménière sjogren sjögren marfan klinefelter
    rett angelman wilson paget dupuytren perthes munchausen korsakoff wernicke tay batten
    """.split()
)
_STANDALONE_EPONYMS = frozenset(
    "parkinson alzheimer huntington crohn hodgkin asperger tourette".split()
)
_DISEASE_NOUNS = frozenset(
    """
    disease diseases syndrome palsy disorder lymphoma phenomenon cyst contracture dementia
    """.split()
)
_AFTER_CONDITION = frozenset(
    """
    in on and or is was runs run ran since from for dx diagnosis diagnosed symptoms meds
    medication medications nurse clinic clinics support group groups unit ward
    """.split()
)
_EPONYM_AFTER = re.compile(r"(['’]s?)?(?:\s+([\w-]+)|\s*([.,;:)!?]|$))")


def _eponymous_condition(text: str, cand: Candidate) -> bool:
    """ "Graves' disease", "Bell's palsy", "Parkinson's in the family": a condition named
    after its describer names nobody; "Parkinson's mum" is still a person's."""
    start, end, _ = cand
    word = text[start:end]
    if " " in word:
        return False
    low = _POSSESSIVE_END.sub("", word).lower()
    if low not in _EPONYMS:
        return False
    m = _EPONYM_AFTER.match(text, end)
    if not m:
        return False
    nxt = (m.group(2) or "").lower()
    if nxt in _DISEASE_NOUNS:
        return True
    possessive = bool(m.group(1)) or word.endswith(("'s", "’s"))
    return (
        possessive
        and low in _STANDALONE_EPONYMS
        and (nxt in _AFTER_CONDITION or m.group(3) is not None)
    )


def _syllable_names(text: str, toks: list[Token]) -> list[Candidate]:
    """ "then jia hui said", "jun hao n his ah ma": two syllables of Chinese given names
    typed in lower case side by side are a given name (no English phrase is made of them)."""
    out: list[Candidate] = []
    for n in range(len(toks) - 1):
        first, second = toks[n], toks[n + 1]
        if (
            first.low in _GIVEN_SYLLABLES
            and second.low in _GIVEN_SYLLABLES
            and not first.capital
            and not second.capital
            and text[first.end : second.start] == " "
        ):
            out.append((first.start, second.end, "name"))
    return out


# Syllables of Chinese given names as romanised in Singapore, Malaysia and China; those that
# are English words ("long", "boon", "an") are left out.
_GIVEN_SYLLABLES = frozenset(
    "wei jia jun hui xin yi ling mei hao jie xiao zhi wen hong ying jing qing ming xiu yan yong "
    "zhen zi zhong shu jian qian xuan rui kang tian siew chee seng kok khai yee hwee peng".split()
)


def _lowercase_name_list(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "follow ups - grace, kofi, ifunanya": a list of three or more single words typed in
    lower case, each a listed given name or a word in no list and at least two of them
    given names, is a list of people (foods, apps and drugs are everyday or unlisted)."""
    out: list[Candidate] = []
    # the lists are stretches of words joined by list gaps, none in two, and each one kept
    # holds two lower-case given names: with fewer in the whole text there is none
    given = 0
    name = Kind.NAME
    for tok in toks:
        if tok.kind is name and not tok.capital:
            given += 1
            if given >= _MIN_LISTED_GIVEN:
                break
    else:
        return out
    group: list[Token] = []
    last = len(toks) - 1
    for n, tok in enumerate(toks):
        group.append(tok)
        if n == last or text[tok.end : toks[n + 1].start] not in _LIST_GAPS:
            if len(group) >= _MIN_LIST_ITEMS:
                _flush_name_list(group, lex, out)
            group = []
    return out


def _flush_name_list(group: list[Token], lex: Lexicon, out: list[Candidate]) -> None:
    if len(group) < _MIN_LIST_ITEMS:
        return
    given = 0
    for tok in group:
        if tok.capital or len(tok.word) < _MIN_LOWERCASE_NAME:
            return
        if tok.kind is Kind.NAME:
            given += 1
        elif tok.kind is not Kind.UNKNOWN and not (
            tok.kind is Kind.WORD_NAME and tok.low in lex.given_names
        ):
            return
    if given >= _MIN_LISTED_GIVEN:
        out.extend((tok.start, tok.end, "name") for tok in group)


_MIN_LIST_ITEMS = 3
_MIN_LISTED_GIVEN = 2


def _outside_phrases(toks: list[Token], kept: set[int], found: list[Candidate]) -> list[Candidate]:
    """Drop the lower-case candidates lying wholly inside the name of a thing kept whole:
    in chat "hari raya" is typed in lower case as well. One that runs on past such a name
    takes all of it ("santo niño parish" is judged whole, as in capitals)."""
    out: list[Candidate] = []
    for cand in found:
        first = bisect_left(toks, cand[0], key=_token_start)
        last = bisect_left(toks, cand[1], key=_token_start)
        inside = range(first, last)
        if inside and all(k in kept and not toks[k].capital for k in inside):
            continue
        if inside and first in kept and not toks[first].capital:
            while first - 1 in kept and not toks[first - 1].capital:
                first -= 1
            cand = (toks[first].start, cand[1], cand[2])
        out.append(cand)
    return out


def _name_tails(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Names carried on past the word that was found: the surname typed in lower case
    ("ana folau", "rahul mehta") and the particles of a patronymic or surname ("Kavitha a/p
    Subramaniam", "siti nurhaliza binti ahmad"). Each name found is offered again, ending
    where its last part ends (the longer span wins)."""
    out: list[Candidate] = []
    for start, end, kind in found:
        if kind != "name":
            continue
        n = bisect_left(toks, end, key=_token_start)
        if n >= len(toks):
            continue
        tail = _tail_end(text, toks, n, end, lower=text[start:end].islower())
        tail = _honorific_end(text, toks, tail)
        tail = _third_syllable_end(text, toks, start, tail)
        head = _patronymic_head(text, toks, start)
        if head == start and text[start:end].islower():
            head = _month_head(text, toks, start)
        if tail > end or head < start:
            out.append((head, tail, "name"))
    return out


def _third_syllable_end(text: str, toks: list[Token], start: int, end: int) -> int:
    """ "Chan Tai Man", "Wong Ka Wing": a Cantonese name of a surname and two syllables,
    the last of them an English word, ends after that word. Only after two short
    capitalised words found as a name, and only syllables that given names use."""
    n = bisect_left(toks, end, key=_token_start)
    if n < 2 or n >= len(toks) or toks[n - 2].start != start or toks[n - 1].end != end:
        return end
    first, second, third = toks[n - 2], toks[n - 1], toks[n]
    if not all(t.capital and len(t.word) <= _SYLLABLE_LEN for t in (first, second)):
        return end
    if text[first.end : second.start] != " " or text[end : third.start] != " ":
        return end
    if not third.capital or third.acronym or third.low not in _THIRD_SYLLABLES:
        return end
    return third.end


_SYLLABLE_LEN = 5
# Syllables of Cantonese given names, as romanised in Hong Kong, that are also English words
_THIRD_SYLLABLES = frozenset("man wing sum tin fun king sing tat hang kin pan yin".split())


def _honorific_end(text: str, toks: list[Token], end: int) -> int:
    """ "anjali didi", "ravi bhaiya", "Sharma ji": a word of respect typed after a name, as
    in South Asian usage, is part of how the person is named."""
    n = bisect_left(toks, end, key=_token_start)
    if n < len(toks) and toks[n].low in _TRAILING_HONORIFICS and text[end : toks[n].start] == " ":
        return toks[n].end
    return end


_TRAILING_HONORIFICS = _HONORIFICS | frozenset(
    "didi bhaiya bhai bhabhi akka dada"
    # Nepali, Punjabi and Tamil words of respect or kinship typed after a name: "Hari dai",
    # "Laxmi aama", "rojina bahini", "Harman veer", "Kajan anna", "Ravi thambi"
    " dai daju aama ama buwa bahini maiju bhauju kaka kaki hajurama hajurbuwa veer veerji"
    " paaji bhaji bhenji anna thambi thangachi machan".split()
)


def _month_head(text: str, toks: list[Token], start: int) -> int:
    """ "saw jun wei", "may ling said": a month's name typed in lower case right before a
    lower-case name is the first part of it, unless it reads as a date ("in may tui")."""
    n = bisect_left(toks, start, key=_token_start)
    if n == 0 or n >= len(toks) or toks[n].start != start:
        return start
    month = toks[n - 1]
    if month.capital or month.low not in _MONTHS_AS_NAMES or text[month.end : start] != " ":
        return start
    if n > 1 and toks[n - 2].low in _DATE_WORDS:
        return start
    return month.start


_DATE_WORDS = frozenset(
    "in on by since until till from of last next this early late mid end before after during "
    "around every".split()
)


def _patronymic_head(text: str, toks: list[Token], start: int) -> int:
    """Where a name that follows "a/l", "s/o" or "binti" begins: the capitalised given name
    before it ("Kavitha a/p [name]")."""
    gap = text[max(0, start - _PATRONYMIC_LEN) : start]
    if gap not in _PATRONYMIC_GAPS:
        return start
    n = bisect_left(toks, start - _PATRONYMIC_LEN, key=_token_start) - 1
    if n < 0 or toks[n].end != start - _PATRONYMIC_LEN or not _tail_word(toks[n]):
        return start
    return toks[n].start


def _tail_end(text: str, toks: list[Token], n: int, end: int, *, lower: bool) -> int:
    """Where a name ending at ``end`` really ends, from token ``n`` (the next) on."""
    parts = 0
    while n < len(toks) and parts < _MAX_TAIL:
        if text[end : end + _PATRONYMIC_LEN] in _PATRONYMIC_GAPS:
            n += 2  # "a/p Subramaniam": "a" and "p" are two tokens
            if n >= len(toks) or toks[n].start != end + _PATRONYMIC_LEN:
                break
            if not _tail_word(toks[n]):
                break
            end, n, parts = toks[n].end, n + 1, parts + 1
            continue
        if text[end : toks[n].start] != " ":
            break
        k = n
        while k < len(toks) and k - n < _MAX_PARTICLES and _particle(text, toks, k):
            k += 1  # "binti", "de la", "van der"
        tok = toks[k] if k < len(toks) else None
        if tok is None or (k == n and not lower) or not _tail_word(tok):
            break
        if lower and tok.kind is Kind.UNKNOWN and clause_word(text, toks, k, _clause_unlisted):
            break  # "elif bugün okula gitti", "lupita dijo que": a clause, not a surname
        if k > n and text[toks[k - 1].end : tok.start] != " ":
            break
        end, n, parts = tok.end, k + 1, parts + 1
        if tok.possessive:
            break
    return end


def _clause_unlisted(tok: Token) -> bool:
    return tok.kind is Kind.UNKNOWN and tok.low not in NAME_CONNECTORS


def _particle(text: str, toks: list[Token], k: int) -> bool:
    tok = toks[k]
    return (
        not tok.capital
        and tok.low in NAME_CONNECTORS
        and k + 1 < len(toks)
        and text[tok.end : toks[k + 1].start] == " "
    )


def _tail_word(tok: Token) -> bool:
    """A word that can be the next part of a name: capitalised, a listed name, or a word
    in no list long enough not to be a chat abbreviation."""
    if tok.capital:
        return not tok.acronym and tok.kind is not Kind.STOP
    if tok.kind is Kind.NAME:
        return len(tok.word) >= _MIN_LOWERCASE_NAME
    return (
        tok.kind is Kind.UNKNOWN
        and len(tok.word) >= _MIN_JOINED_NAME
        and not _jargon_shaped(tok)
        and not _two_everyday_words(tok.low, lexicon())
    )


_MAX_TAIL = 3
# "Ramesh a/l Krishnan", "Priya d/o Kumar": son or daughter of, as Malaysian and
# Singaporean names write it
_PATRONYMIC_GAPS = frozenset(f" {w} " for w in "a/l a/p s/o d/o A/L A/P S/O D/O".split())
_PATRONYMIC_LEN = 5


def _lowercase_titled(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A title typed in lower case before a name, as in chat: "mrs k just rang", "aunty
    sela who drove", "talked to coach riley". The title goes with the name unless a
    possessive stands before it ("her uncle joe": the uncle is a relation, not a title)."""
    out: list[Candidate] = []
    last = len(toks) - 1
    # every rule below starts from a title word: only those are visited
    for i in [n for n, t in enumerate(toks) if t.low in _LOWER_TITLE_WORDS and n < last]:
        tok = toks[i]
        if tok.capital:
            continue
        low = tok.low
        if low in _LOWER_NICK:
            _lowercase_nick_letter(text, toks, i, out)
            continue
        formal = low in _LOWER_FORMAL
        if low in _VERB_LIKE_KIN:
            if _verb_like_kin_title(text, toks, i, lex):
                out.append((tok.start, toks[i + 1].end, "name"))  # "ate joy drove her"
            continue
        if not formal and low not in _LOWER_KIN and low not in _LOWER_ROLES:
            continue
        if low in _CHAT_TITLES and not shared_title_before_name(toks, i, lex):
            continue  # "tanti auguri", "la dona gran", "avó na": words of another language
        nxt = toks[i + 1]
        if nxt.capital or text[tok.end : nxt.start] not in (" ", ". "):
            continue
        owned = i > 0 and (
            toks[i - 1].low in _DETERMINERS
            or toks[i - 1].possessive
            or (low == "miss" and toks[i - 1].low in _MISSERS)  # "i miss sela": a verb
        )
        if not _lowercase_titled_name(nxt, lex, formal=formal, owned=owned):
            continue
        if nxt.kind is Kind.UNKNOWN and low in _LOWER_ROLES:
            continue  # "coach sushi": after an everyday word only a listed name counts
        if nxt.kind is Kind.UNKNOWN and clause_word_after_title(toks, i):
            continue  # "si mama ay masaya": Filipino "ay", a word of the clause, no name
        titled = formal or low in _ADDRESS_TITLES  # part of the name unless owned ("her nan")
        start = tok.start if titled and not owned and len(tok.word) >= _LONG_TITLE else nxt.start
        out.append((start, nxt.end, "name"))
    return out


def _verb_like_kin_title(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "ate joy has been helping", "with ate liza": a word of address that is also an
    English verb ("she ate candy") is a title only where no subject stands before it (at
    the start of a sentence or after "with", "and") and a listed given name follows."""
    nxt = toks[i + 1]
    if text[toks[i].end : nxt.start] != " " or nxt.capital or nxt.possessive:
        return False
    if nxt.kind is not Kind.NAME and not (
        nxt.kind is Kind.WORD_NAME and nxt.low in lex.given_names
    ):
        return False
    if i > 0 and toks[i - 1].low in _TITLE_OPENERS:
        return text[toks[i - 1].end : toks[i].start] == " "
    return _starts_sentence(text, toks, i)


_TITLE_OPENERS = frozenset("with w and si ni kay".split())


def _lowercase_nick_letter(text: str, toks: list[Token], i: int, out: list[Candidate]) -> None:
    """ "lil j said", "big k was there": a nickname built from a letter, typed in chat."""
    nxt = toks[i + 1]
    if i > 0 and toks[i - 1].low in _DETERMINERS:
        return  # "the big o": a thing
    if text[toks[i].end : nxt.start] != " ":
        return
    if (len(nxt.word) == 1 and nxt.word not in "ai") or (
        nxt.kind is Kind.NAME and len(nxt.word) >= _MIN_LOWERCASE_NAME
    ):
        out.append((toks[i].start, nxt.end, "name"))  # "lil j", "big ben": a nickname


_LOWER_NICK = frozenset({"lil", "big", "young", "lil'"})
# Titles as typed in chat. Abbreviations that are also chat words ("fr", "br") are left out.
_LOWER_FORMAL = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "mdm"})
_LOWER_KIN = (
    frozenset(
        "aunty auntie uncle pastor nana nan nanna grandma grandpa granny gran koro whaea tita "
        "tito tia tio lolo kuya nonna nonno abuela abuelo"
        # words of address that are no English word: "manong rudy", "mma thato", "didi meera"
        " manong manang didi bhaiya bhabhi mma rra makcik pakcik encik puan cikgu"
        # as typed in chat in Kenya, Nigeria, India, the Philippines, Malaysia: "mama njeri",
        # "baba tunde", "lola cora", "mak cik rosnah"
        " mama baba lola gogo bibi cik"
        # Yoruba and Pidgin, Amharic, Haitian Creole, Tamil, Punjabi, Khmer and isiZulu chat:
        # "iya bose", "oga femi", "emama tsehay", "manmi lourdes", "periyamma kamala", "bebe
        # jasbir", "ming sophal", "malume thulani", "mam zanele", "bhuti lwazi"
        " iya oga alhaji alhaja mummy emama gashe abba tati manmi matant tonton grann periyamma"
        " periyappa chithi chithappa akka appamma ammamma bebe chacha chachi taya massi bua bhua"
        " ming yeay bong malume mam sisi bhuti mkhulu mamncane babomncane".split()
    )
    | _CHAT_TITLES
)  # the leaks11 homes' chat: "teta drita", "amai rumbi", "papa fiston"
_LOWER_ROLES = frozenset(
    {"coach", "sister", "brother", "father", "nurse", "imam", "ustaz", "sheikh", "mzee", "bro"}
    | {"sis"}
)
_VERB_LIKE_KIN = frozenset({"ate"})
_LOWER_TITLE_WORDS = _LOWER_FORMAL | _LOWER_KIN | _LOWER_ROLES | _LOWER_NICK | _VERB_LIKE_KIN
_LOWER_TITLE_HINT = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_LOWER_TITLE_WORDS))) + r")[ .]+[^\W\d_]"
)
_JOINED_TITLE = re.compile(
    r"[-'’](?:" + "|".join(map(re.escape, sorted(_LOWER_TITLE_WORDS))) + r")[ .]"
)


def _may_hold_lower_title(text: str, toks: list[Token]) -> bool:
    """Whether ``_LOWER_TITLE_HINT`` can match (cheap look-ups before the search): the
    title it matches is a whole word, or the last part of one joined by "-" or "'"."""
    if not _LOWER_TITLE_WORDS.isdisjoint(map(_WORD_OF, toks)):
        return True
    if "-" not in text and "'" not in text and "’" not in text:
        return False
    return _JOINED_TITLE.search(text) is not None


_WORD_OF = attrgetter("word")


_MISSERS = frozenset("i we you they he she really still so dont don't will gonna".split())


def _lowercase_titled_name(nxt: Token, lex: Lexicon, *, formal: bool, owned: bool) -> bool:
    """Whether the lower-case word after a title reads as a name: a listed given name or
    surname, a word in no list, or (after "mrs", "dr") a lone letter such as "mrs k". An
    everyday word ("her aunt said") counts only as a surname after "mrs" or "dr"."""
    if nxt.kind is Kind.STOP:
        return False
    if formal and len(nxt.word) == 1 and not owned:
        return nxt.word not in "ai"
    if nxt.kind in (Kind.NAME, Kind.UNKNOWN):
        return len(nxt.word) >= _MIN_KIN_NAME
    low = nxt.low
    if nxt.kind is Kind.WORD_NAME:
        return not owned and low in lex.given_names
    return formal and not owned and low in lex.surnames and low not in PERSON_VERBS


def _shouted_words(text: str, toks: list[Token]) -> None:
    """ "WHAT GIVES HER HOPE", "GRACE PERIOD": in a heading written in capitals an everyday
    word that is also a name ("HOPE", "GRACE") stands beside other everyday words; it is a
    word there, not an unknown abbreviation."""
    for i, tok in enumerate(toks):
        if (
            tok.acronym
            and tok.kind is Kind.WORD_NAME
            and _shouted_neighbour(text, toks, i)
            and not _name_beside(toks, i)
        ):
            tok.kind = Kind.STOP


def _name_beside(toks: list[Token], i: int) -> bool:
    """ "HOPE MWANGI", "DR HOPE", "MUM AND HOPE": a name, title or relation word near."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(toks):
            other = toks[j]
            if other.kind in (Kind.NAME, Kind.UNKNOWN) or other.title:
                return True
            if other.low in RELATIONS or other.low in _KIN_TITLES:
                return True
    return False


def _shouted_neighbour(text: str, toks: list[Token], i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            other = toks[j]
            left, right = (other, toks[i]) if j < i else (toks[i], other)
            if (
                other.acronym
                and other.kind in (Kind.ORDINARY, Kind.STOP)
                and len(other.word) >= _SHOUTED_MIN
                and text[left.end : right.start] in _SHOUTED_GAPS
            ):
                return True
    return False


_SHOUTED_MIN = 2
_SHOUTED_GAPS = frozenset({" ", " & ", ", ", " - ", " / "})


def _judge_run(
    text: str, toks: list[Token], run: list[int], lex: Lexicon, out: list[Candidate]
) -> None:
    """Add the spans one run of capitalised words yields (the caller leaves out a lone
    plainly ordinary word)."""
    if (
        len(run) == 1
        and _plain_opener(toks, run[0], lex)
        and _starts_sentence(text, toks, run[0])
        and not _called_after(text, toks[run[0]])
        and not _HOUSING_AFTER.match(text, toks[run[0]].end)
    ):
        # "The", "Today": the return below for a plain opener, taken before the checks
        # that cannot find anything in it (an estate or flats after it aside)
        return
    if len(run) > 1 and " ".join(toks[i].word for i in run).lower() in lex.regions:
        return  # "New York", "British Columbia": kept like any state
    if _kind_of_service(text, toks, run):
        return  # "Sixth Form College", "the Council": a kind of service, not which one
    if len(run) > 1 and (_duration_run(toks, run) or _numbered_part(toks, run)):
        return
    if consumed(text, toks, run):
        return  # "drinks Milo", "ate Kleftiko": a food or drink
    named_area = _named_area(text, toks, run)
    if named_area:
        out.append(named_area)
        return
    run_start = _starts_sentence(text, toks, run[0]) or _word_name_after_opener(text, toks, run)
    if (
        len(run) == 1
        and run_start
        and _plain_opener(toks, run[0], lex)
        and not _called_after(text, toks[run[0]])
        and not _bracketed_after_person(text, toks, run[0])
    ):
        return
    if run_start and len(run) == 1 and _bracketed_after_person(text, toks, run[0]):
        run_start = False  # "Client (Tomasi)": the bracket opens no sentence
    # a lone word has no suffix, and a run opening a sentence follows no preposition
    shaped = _suffix_span(text, toks, run, lex, run_start) if len(run) > 1 else None
    if not shaped and not run_start:
        shaped = _after_preposition(text, toks, run, lex, run_start)
    if not shaped and not run_start:
        shaped = _programme_named_by_words(text, toks, run)
    if shaped:
        out.append(shaped)
        return
    for seg in _segments(text, toks, run, lex):
        if len(seg) == 1 and (_owned_word(text, toks, seg[0]) or _glued_code(text, toks, seg)):
            continue
        if len(seg) == 1 and _role_after_the(text, toks, seg[0]):
            continue
        if len(seg) == 1 and owned_word(
            text,
            toks,
            seg[0],
            lex,
            unlisted=toks[seg[0]].kind is Kind.UNKNOWN,
            kin_vocab=_KIN_VOCAB,
            kin_word=_kin,
            acts=lambda k: _person_follows(text, toks, k, weak=False),
        ):
            continue  # "her Tete", "her Appa, her Anna and her Thangachi"
        if len(seg) == 1 and listed_kin(
            text, toks, seg[0], lex, kin_vocab=_KIN_VOCAB, kin_word=_kin
        ):
            continue  # "Sekuru, Tete, Babamukuru and Mainini", "Mame and Yaay"
        if len(seg) == 2 and toks[seg[0]].low in _POSSESSIVES and _owned_word(text, toks, seg[1]):
            continue  # "My Lola makes adobo": the owner opens the sentence
        starts = run_start if seg[0] == run[0] else _starts_sentence(text, toks, seg[0])
        if _judge_segment(text, toks, seg, starts, lex):
            start, end = toks[seg[0]].start, toks[seg[-1]].end
            start = _absorb_acronym(text, toks, seg[0], start)
            start = _absorb_long_title(text, toks, seg[0], start)
            kind = _run_kind(text, toks, seg, lex)
            if kind == "name" and start == toks[seg[0]].start:
                start = _absorb_particles(text, toks, seg[0], start)
            out.append((start, end, kind))


def _programme_named_by_words(text: str, toks: list[Token], run: list[int]) -> Candidate | None:
    """ "attends New Beginnings", "came via Stepping Stones", "on the Bright Futures
    apprenticeship": everyday words capitalised together in mid-sentence, entered, joined or
    referred to, or followed by what such a service runs (its group, course, graduation),
    name one charity, programme or club. A lone word stays ordinary ("at the Gym")."""
    if len(run) < 2 or (run[0] > 0 and toks[run[0] - 1].title):
        return None
    words = [toks[i] for i in run]
    if any(t.kind is Kind.STOP or t.acronym or t.title or t.possessive for t in words[:-1]):
        return None
    last = words[-1]
    if last.kind is Kind.STOP or last.acronym:
        return None
    if all(t.low in GENERIC_ORG_WORDS or t.low in _ORG_TYPE_WORDS for t in words):
        return None  # "the Citizens Advice drop-in": a service every town has
    if last.low in _TRADE_NOUNS or last.low.endswith(_DONE_ENDINGS) or len(last.word) < 2:
        return None  # "goes to Family Therapy", "the Anger Management course": what is done
    if not (_entered_before(toks, run[0]) or _activity_after(text, toks, run[-1])):
        return None
    return words[0].start, last.end, "org"


def _entered_before(toks: list[Token], i: int) -> bool:
    """ "attends", "joined", "via", "referred (on) to": words that lead into a service."""
    prev = _prev_word(toks, i)
    if prev in _ENTRY_WORDS:
        return True
    if prev == "with" and i >= 2:
        return toks[i - 2].low in _WITH_SERVICE_WORDS  # "a job with", "been with"
    if prev != "to" or i < 2:
        return False
    before = toks[i - 2].low
    if before == "on" and i >= 3:
        before = toks[i - 3].low
    return before in _REFERRAL_WORDS or before in _GOING_WORDS


def _activity_after(text: str, toks: list[Token], last: int) -> bool:
    """A lower-case noun for what a service runs follows the run, maybe after whose it is
    ("New Beginnings women's group")."""
    j = last + 1
    if j >= len(toks) or text[toks[last].end : toks[j].start] != " ":
        return False
    nxt = toks[j]
    if nxt.capital:
        return False
    if nxt.possessive and nxt.low in _GROUP_OWNERS and j + 1 < len(toks):
        nxt = toks[j + 1]
        if nxt.capital:
            return False
    return nxt.low in _ACTIVITY_NOUNS


_ENTRY_WORDS = frozenset(
    "attends attend attended attending joined joins rejoined via through enrolled volunteers "
    "phoned rang rung emailed contacted "
    "volunteered volunteering".split()
)
_REFERRAL_WORDS = frozenset("referred refer referral referrals signposted".split())
_GOING_WORDS = frozenset("go goes going went gone".split())
_WITH_SERVICE_WORDS = frozenset(
    "job been placement apprenticeship internship volunteering volunteer volunteers".split()
)
_TRADE_NOUNS = frozenset(
    """
    therapy therapies counselling counseling interviewing training supervision coaching
    approach model practice class classes lessons meeting meetings session sessions
    interviews evening evenings night nights anonymous parenting mentoring befriending
    healing listening learning reading
    """.split()
)
# Endings of nouns for what is done ("Anger Management", "Early Intervention"); a business
# may end in a gerund ("Green Earth Landscaping"), so "-ing" is not among them.
_DONE_ENDINGS = tuple(e for e in _NOUN_ENDINGS if e != "ing")
_ACTIVITY_NOUNS = frozenset(
    """
    group groups programme programmes program programs apprenticeship apprenticeships
    graduation course courses scheme drop-in helpline workers volunteers staff team
    """.split()
)


def _bracketed_after_person(text: str, toks: list[Token], i: int) -> bool:
    """ "Client (Tomasi) said", "her son (Keoni)": a lone unlisted or name-like word in
    brackets right after a word for a person glosses who that person is."""
    tok = toks[i]
    if i == 0 or tok.kind in (Kind.STOP, Kind.ORDINARY) or tok.possessive:
        return False
    prev = toks[i - 1]
    person = prev.low in RELATIONS or prev.low in _BRACKETED_PERSONS
    return person and text[prev.end : tok.start] == " (" and text[tok.end : tok.end + 1] == ")"


_BRACKETED_PERSONS = frozenset(
    "client clients patient student pupil child kid boy girl man woman teen teenager youth "
    "baby toddler person".split()
)


def _role_after_the(text: str, toks: list[Token], i: int) -> bool:
    """ "The Bishop visited", "the Judge said": a role word that is also a surname names the
    office after "the" when no name follows it."""
    tok = toks[i]
    if i == 0 or tok.low not in _ROLE_TITLES or tok.possessive:
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.capital and text[tok.end : nxt.start] == " ":
        return False  # "the Bishop Tutu": a name follows
    if text[prev.end : tok.start] != " ":
        return False
    if prev.low == "the":
        return True
    # "the Homeroom Teacher said", "her Class Teacher", "the School Nurse": a capitalised
    # everyday word saying which kind of teacher or nurse, after a determiner
    return (
        i > 1
        and prev.capital
        and prev.kind is Kind.ORDINARY
        and not prev.possessive
        and toks[i - 2].low in _ROLE_DETERMINERS
        and text[toks[i - 2].end : prev.start] == " "
    )


_ROLE_DETERMINERS = frozenset("the a an her his their our my your".split())


def _duration_run(toks: list[Token], run: list[int]) -> bool:
    """ "Review in Two Weeks", "Back in Three Months": a counted span of time in a heading's
    capitals is never a place or a name."""
    words = [toks[i].low for i in run]
    return (
        len(words) in (2, 3)
        and words[0] in _COUNT_WORDS
        and words[-1] in _TIME_UNITS
        and all(w in _COUNT_WORDS for w in words[:-1])
    )


def _numbered_part(toks: list[Token], run: list[int]) -> bool:
    """ "Notes from Term Two", "back in Week Three": a part of a course or of the year counted
    by a number word, alone in its run, is never a place or a name."""
    words = [toks[i].low for i in run]
    return len(words) == 2 and words[0] in _PART_NOUNS and words[1] in _ORDER_WORDS


_PART_NOUNS = frozenset(
    "term week session year grade level module phase part chapter step stage round "
    "semester form class book lesson".split()
)
_ORDER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve first second third fourth "
    "fifth sixth seventh eighth ninth tenth last final i ii iii iv v vi".split()
)


_COUNT_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "few several couple next last coming many some half".split()
)
_TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks fortnight fortnights month months "
    "year years session sessions term terms".split()
)


def _glued_code(text: str, toks: list[Token], run: list[int]) -> bool:
    """ "HbA1c", "SpO2", "CoQ10": mixed-case letters glued to a digit are a clinical or
    technical code, not a name ("Sarah123", "T12 AB34" are left to the other rules)."""
    if len(run) != 1:
        return False
    tok = toks[run[0]]
    glued = (tok.end < len(text) and text[tok.end].isdigit()) or (
        tok.start > 0 and text[tok.start - 1].isdigit()
    )
    mixed = any(c.isupper() for c in tok.word[1:]) and any(c.islower() for c in tok.word)
    return glued and mixed


def _kind_of_service(text: str, toks: list[Token], run: list[int]) -> bool:
    """ "Social Services", "Recovery College", "the Jobcentre": words that only say what kind
    of organisation it is (every town has one), ending in an organisation noun. After a
    relation word ("her daughter Trust") the word is a person all the same."""
    last = toks[run[-1]]
    if last.low not in ORG_SUFFIXES and last.low not in _INSTITUTION_NOUNS:
        return False
    if last.possessive or last.acronym or (run[0] > 0 and toks[run[0] - 1].title):
        return False
    if _has_relation_cue(text, toks, run[0]):
        return False
    if len(run) > 1 and named_by_dedication_or_the(text, toks, run):
        return False
    if len(run) == 1 and last.kind is not Kind.STOP:
        lex = lexicon()
        if last.low in lex.surnames or last.low in lex.given_names:
            return False  # "Hall said", "Temple rang": alone, a surname is judged as one
    return all(
        not toks[i].title
        and (
            toks[i].low == "the"
            or toks[i].low in GENERIC_ORG_WORDS
            or toks[i].low in ORG_SUFFIXES
            or (toks[i].kind is Kind.STOP and not toks[i].acronym)
        )
        for i in run
    )


_INSTITUTION_NOUNS = frozenset("jobcentre polytech polytechnic uni home hall".split())


def _named_area(text: str, toks: list[Token], run: list[int]) -> Candidate | None:
    """A housing estate or a neighbourhood named by everyday words: "the Meadows estate",
    "Hillcrest flats", "up at the Bay", "respite at the Oaks" (a landscape noun after "the"
    and a place preposition names a place, as "the bay" in lower case would not)."""
    first, last = toks[run[0]], toks[run[-1]]
    if last.possessive or first.title:
        return None
    after = _HOUSING_AFTER.match(text, last.end)
    if after and all(toks[i].kind is not Kind.STOP or toks[i].acronym for i in run):
        return first.start, after.end(), "place"
    if len(run) != 1 or first.low not in _LANDMARK_NOUNS or run[0] < 2:
        return None
    the, prep = toks[run[0] - 1], toks[run[0] - 2]
    if the.word != "the" or text[the.end : first.start] != " " or prep.low not in _AREA_PREPS:
        return None
    if _OF_AFTER.match(text, last.end):
        return None  # "the Bay of Plenty": a region
    return first.start, first.end, "place"


_HOUSING_AFTER = re.compile(r" (?:estate|flats)\b")
_OF_AFTER = re.compile(r"\s+(?:of|Area)\b")
_AREA_PREPS = frozenset(
    "at in on to from near up down out round around over past behind by off".split()
)
# Landscape and tree words that estates, neighbourhoods, homes and venues are named by.
_LANDMARK_NOUNS = frozenset(
    """
    oaks pines elms willows meadows cedars laurels maples poplars beeches birches limes firs
    larches hollies briars gables orchards paddocks downs dales glen grange mews heights bay
    cove strand glade dell hollow knoll spit terraces acres pastures woodlands
    """.split()
)


def _lowercase_areas(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Streets, estates and parts of towns typed in lower case: "on elm street", "at 22 rose
    crescent", "on the meadows estate", "in south auckland", "out to mount roskill"."""
    out: list[Candidate] = []
    # every rule below starts from a word of ``_AREA_TRIGGERS``: only those are visited
    for i in [n for n, t in enumerate(toks) if t.low in _AREA_TRIGGERS]:
        tok = toks[i]
        if tok.capital or i == 0:
            continue
        low = tok.low
        if low in _LOWER_STREETS or low == "estate" or low in _LOWER_AREA_ENDS:
            start = _lowercase_street_start(text, toks, i)
            if start is not None:
                out.append((start, tok.end, "place"))
        elif low in _LOWER_NAMED_ORGS or (
            low in _LOWER_VENUE_ENDS and toks[i - 1].low not in _VENUE_KINDS
        ):
            start = _lowercase_named_org_start(text, toks, i)
            if start is not None:
                out.append((start, tok.end, "org"))
        elif low in _AREA_PREFIXES and i + 1 < len(toks) and toks[i - 1].low in _TOWN_PREPS:
            nxt = toks[i + 1]
            if nxt.capital or text[tok.end : nxt.start] != " " or nxt.kind is Kind.STOP:
                continue
            if f"{low} {nxt.low}" in lex.regions or nxt.low in lex.regions:
                continue  # "in south africa", "from west bengal"
            if nxt.low in lex.places or (low in _MOUNTS and nxt.kind is Kind.UNKNOWN):
                out.append((tok.start, nxt.end, "place"))
    return out


def _lowercase_street_start(text: str, toks: list[Token], i: int) -> int | None:
    """Where a lower-case street or estate name before ``toks[i]`` starts: one or two words
    that are no everyday determiner or generic word, after a house number or a preposition
    of place ("on", "off", "at"); an estate may follow "the" ("on the pines estate")."""
    k = i - 1
    words: list[Token] = []
    while (
        k >= 0
        and len(words) < 2
        and toks[k].low not in _STREET_PREPS
        and (_street_word(toks[k]) or (k == i - 1 and _initials_street_word(toks[k])))
    ):
        if text[toks[k].end : toks[k + 1].start] != " ":
            break
        words.insert(0, toks[k])
        k -= 1
    if not words:
        return None
    start = words[0].start
    house = _HOUSE_NUMBER.search(text, max(0, start - 10), start)
    if house:
        return house.start(1)
    if k < 0 or text[toks[k].end : start] != " ":
        return None
    before = toks[k].low
    if toks[i].low == "estate" and before == "the" and k > 0:
        before = toks[k - 1].low
        if not (words[-1].low.endswith("s") or words[-1].kind is not Kind.ORDINARY):
            return None  # "the family estate": whose, not where
    return start if before in _STREET_PREPS else None


def _lowercase_named_org_start(text: str, toks: list[Token], i: int) -> int | None:
    """ "goes to sunrise primary", "at northfield college": one or two words that say which
    school or church, typed in lower case right after "to", "at" or "attends"; a word that
    says what kind ("community college", "morning assembly") or whose ("her college") is
    no name."""
    k = i - 1
    while k >= 0 and i - k <= 2 and _street_word(toks[k]) and toks[k].low not in _ORG_KINDS:
        if text[toks[k].end : toks[k + 1].start] != " " or toks[k].low in _ORG_ENTRY_PREPS:
            break
        k -= 1
    if k == i - 1 or k < 0 or toks[k].low not in _ORG_ENTRY_PREPS:
        return None
    if text[toks[k].end : toks[k + 1].start] != " ":
        return None
    return toks[k + 1].start


def _initials_street_word(tok: Token) -> bool:
    """ "along mg road", "off jm road": a street named by a person's initials, typed in lower
    case (two letters in no list, right before the street word)."""
    return not tok.capital and len(tok.word) == _INITIALS_LEN and tok.kind is Kind.UNKNOWN


def _street_word(tok: Token) -> bool:
    if tok.capital or tok.kind is Kind.STOP or len(tok.word) < _MIN_LOWERCASE_NAME:
        return False
    low = tok.low
    return low not in _NOT_STREET_NAMES and low not in GENERIC_ORG_WORDS


_LOWER_NAMED_ORGS = frozenset(
    "primary academy assembly tabernacle kindergarten college preschool ministries fellowship "
    "chapel".split()
)
_ORG_ENTRY_PREPS = frozenset("at to from attends attending attended joined".split())
# Words that say what kind of school or gathering it is, not which one.
_ORG_KINDS = frozenset(
    """
    local good nearby big small different catholic christian muslim driving law grad graduate
    nursing beauty summer winter police army naval military flight film drama swim ballet
    cooking language english bible theological technical tech vocational business teachers
    teacher training morning weekly daily school class prayer art sports football
    """.split()
)
_LOWER_STREETS = frozenset("street road avenue crescent lane drive terrace grove".split())
_STREET_PREPS = frozenset("on onto off along at near from in into to down up past behind".split())
_NOT_STREET_NAMES = frozenset(
    """
    the this that these those same next other main high back side dirt ring slip fast slow
    memory easy private country toll busy quiet wrong right long open one every our his her
    their my your its whole last first long empty dark wet muddy narrow wide new old real
    test dead long short winding dusty steep bumpy gravel sealed
    """.split()
)
_AREA_PREFIXES = frozenset(
    "north south east west central upper lower greater mount mt port fort".split()
)
_MOUNTS = frozenset({"mount", "mt", "port", "fort"})
# Centres and churches typed in lower case are named like schools ("to rainbow centre"),
# unless the word before says what kind or which part of town ("to city centre").
_LOWER_VENUE_ENDS = frozenset("centre center church".split())
_VENUE_KINDS = frozenset(
    """
    city town shopping garden visitor medical leisure civic call data drop-in baptist
    methodist anglican presbyterian pentecostal lutheran orthodox evangelical adventist
    uniting reformed parish village catholic episcopal mormon coptic
    """.split()
)
# Last words of suburbs named by everyday words ("in mill creek", "from pine ridge"), read
# as a place after a preposition of place as a lower-case street is.
_LOWER_AREA_ENDS = frozenset("creek heights springs ridge vale".split())
_AREA_TRIGGERS = (
    _LOWER_STREETS
    | _LOWER_NAMED_ORGS
    | _AREA_PREFIXES
    | _LOWER_AREA_ENDS
    | _LOWER_VENUE_ENDS
    | {"estate"}
)


NUMBER_MARKS = frozenset("no nos nr nro num".split())
_AFTER_NUMBER_MARK = re.compile(r"\.?[ \t]*\d")


def _number_mark(text: str, tok: Token) -> bool:
    """ "No. 5", "Nr 12": the word is the mark of the number after it."""
    return tok.low in NUMBER_MARKS and _AFTER_NUMBER_MARK.match(text, tok.end) is not None


def _plainly_ordinary(tok: Token) -> bool:
    """A lone weekday, app, kinship or clinical word (not a month that is also a name):
    no rule below can read it as an identifier, so the run is not judged further."""
    return (
        tok.kind is Kind.STOP
        and not tok.acronym
        and not tok.initial
        and len(tok.word) > 1
        and tok.low not in _MONTHS_AS_NAMES
    )


def _plain_opener(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A lone everyday word opening a sentence that is no name ("The", "Today")."""
    tok = toks[i]
    return (
        tok.kind is Kind.ORDINARY
        and not tok.acronym
        and not tok.initial
        and not tok.possessive
        and len(tok.word) > 1
        and tok.low not in lex.given_names
        and tok.low not in lex.word_names
        and tok.low not in lex.surnames
        and not (i > 0 and (toks[i - 1].title or toks[i - 1].initial))
    )


def _plain_capital(word: str) -> bool:
    """A capitalised word that no rule takes for a name: a weekday, a faith word, an
    everyday word ("Saturday", "Buddhist", "Mid-Autumn")."""
    return _classify(word, lexicon()) in (Kind.STOP, Kind.ORDINARY)


def is_title(word: str) -> bool:
    """ "Dr", "Mrs", "Aunty": a word that is read as part of the name after it."""
    low = word.lower()
    return low in TITLES or low in _TITLE_WORDS


def inert_capital(word: str, *, before_others: bool) -> bool:
    """A capitalised word that no rule reads as an identifier on its own (a weekday, app,
    clinical or kinship word) and, with ``before_others``, that cues nothing about the word
    after it (no title or kinship word): a placeholder beside it changes nothing."""
    kind, _, acronym, low = _word_info(word, lexicon())
    if kind is not Kind.STOP or acronym or len(word) < 2 or low in _MONTHS_AS_NAMES:
        return False
    return not (before_others and (low in TITLES or low in _TITLE_WORDS or low in RELATIONS))


def tokens(text: str, lex: Lexicon) -> list[Token]:
    """The words of ``text`` as the detector sees them."""
    return _tokens(text, lex)


def starts_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` opens a sentence (or a line, a quote, an answer after a colon)."""
    return _starts_sentence(text, toks, i)
