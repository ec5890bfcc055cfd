"""Lower-case words that are names: given names and unknown words read in context."""

from __future__ import annotations

from ._chat_places import CUES as _CHAT_TOWN_CUES
from ._chat_places import listed_town_after_cue
from ._cued_rare_names import after_person_cue
from ._decided import record
from ._function_words import among_its_language
from ._kin_words import _owned_word
from ._language_context import foreign_function_word
from ._lexicon import Lexicon
from ._lower_word_names import virtue_said
from ._lowercase_cues import (
    _CHAT_ADVERBS,
    _DETERMINERS,
    _MESSAGE_VERBS,
    _MIN_LOWERCASE_NAME,
    _chat_subject,
    _everyday_word_as_name,
    _full_lowercase_name,
    _lowercase_cue,
    _lowercase_initials,
    _lowercase_possessive,
    _message_sender,
)
from ._name_cues import _person_follows, _prev_word, _starts_sentence
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
from ._quoted_words import quoted_foreign_word
from ._romance_lower_words import romance_word
from ._town_cues import (
    _AND_WORDS,
    _CARE_PREPS,
    _DIALECT_FROM,
    _DIALECT_IN,
    _DIALECT_TO,
    _HOSPITAL_MIDDLE,
    _MET_LOWER,
    _OUT_WORDS,
    _STATE_AUX,
    _STUDY_PREPS,
    _TOWN_LAST_WORDS,
    _care_or_study_org,
    _everyday_town_end,
    _joined_to_relation,
    _listed_town_end,
    _lowercase_place,
    _opening_subject_state,
    _out_town,
    _place_before_where,
    _seen_then_pronoun,
)
from ._vocab import CREOLE_SAYING, PLACE_PREPS, STRONG_PERSON_VERBS
from ._word_classes import _MIN_FREQ_BARE_LOWERCASE, Candidate, Kind, Token
from ._word_name_cues import _ROMANCE_PRONOUNS, _beside_romance_words

# Plural pronouns of the English creoles and pidgins of West Africa and the Caribbean
# ("dem say she dey try", "una don hear", "unu fi come"): typed in English chat as well, they
# stand where a name would, but name no one.
_CREOLE_PRONOUNS = frozenset("dem dɛm dɛn una wuna unu wunu allyu alyu".split())


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
        if (
            low in _CREOLE_PRONOUNS
            or low in CREOLE_SAYING
            # "y ella durmio": Spanish "she", not Ella
            or (low in _ROMANCE_PRONOUNS and _beside_romance_words(lows, i))
            # "ela mora em", "no domingo ela foi": a pronoun, a weekday
            or romance_word(lows, i, lex)
            # "amma hans í": Icelandic "his", not Hans
            or foreign_function_word(lows, i)
        ):
            record(tok.start, tok.end)  # a word of another language, on purpose (_decided)
            continue
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
                or prev == "off"
                or prev in PLACE_PREPS
                or prev in _DIALECT_FROM
                or prev in _DIALECT_TO
                or prev in _DIALECT_IN
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
                # "the begeleider said", "her ammaki came": a word in no list after a
                # determiner is what the person is, not their name
                and not (kind is Kind.UNKNOWN and _prev_word(toks, i) in _DETERMINERS)
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
                    or after_person_cue(text, toks, i)  # "rang the school re haris"
                )
                # '"ami parchi"', '"niko poa"': a word of the client's quoted words
                and not (('"' in text or "“" in text) and quoted_foreign_word(text, toks, i))
            )
            if cue or common:
                out.append((tok.start, tok.end, "name"))
    return out
