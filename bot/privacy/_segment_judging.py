"""Split a run of capitalised words into segments and judge each as name, place or org."""

from __future__ import annotations

import re

from ._calendar_names import calendar_name
from ._consumed_words import practised
from ._dedicated_names import DEDICATIONS
from ._everyday_word_surnames import family_name_word
from ._foreign_clauses import _ENGLISH
from ._kin_months import month_after_kin
from ._kin_words import _brand_as_nickname, _day_speaking
from ._lexicon import Lexicon
from ._name_cues import (
    _ABSTRACT_NAMES,
    _MIN_ORG_ACRONYM,
    _NOUN_ENDINGS,
    _ONE_LETTER_PARTICLES,
    _after_article,
    _called_by_letter,
    _has_relation_cue,
    _letter_speaks,
    _names_a_model,
    _person_follows,
    _prev_word,
    _season_in_time,
    _season_state,
    _starts_sentence,
    _strong_person_cue,
    _unknown_acronym,
)
from ._nicknames import _emphasised_word
from ._opening_subjects import _AGED, _WITH_RELATIVE
from ._phrase_runs import _WORKING
from ._run_exceptions import _NAMED_DAY_LEN, _acronym_of_a_scheme, _named_day, _season_of_school
from ._school_words import school_subject
from ._vocab import (
    AREA_SUFFIXES,
    KNOWN_ACRONYMS,
    NAME_CONNECTORS,
    ORG_PREPS,
    ORG_SUFFIXES,
    PERSON_ONLY_VERBS,
    PERSON_VERBS,
    PLACE_PREPS,
    RELATIONS,
    SPEECH_VERBS,
    STREET_SUFFIXES,
    STRONG_PERSON_VERBS,
    WEAK_PERSON_CUES,
)
from ._word_classes import (
    _DAY_AFTER,
    _DIRECTION_AFTER,
    _DIRECTIONS,
    _HOUSE_NUMBER,
    _LOOSE_ORG_PREPS,
    _LOOSE_PLACE_PREPS,
    _MONTHS_AS_NAMES,
    _NAMED_BY_AREA_STREETS,
    _PLACE_SUFFIXES,
    _STATE_AFTER,
    Candidate,
    Kind,
    Token,
)
from ._word_name_cues import (
    _NATURE_WORDS,
    _NUMBER_AFTER,
    _abstract_subject,
    _addressed,
    _among_plain_words,
    _amount_of_virtue,
    _defined_word,
    _everyday_after_with,
    _listed_under_what_label,
    _listed_with_abstracts,
    _lone_initial,
    _plain_word,
    _reads_as_thing,
    _region_after_and,
    _thing_verb_follows,
    _word_name_acts,
)

# words after which a month's name is the month even when a verb of a person follows it
_MONTH_PREPS = frozenset("in since until till throughout last next early mid late".split())


def _namey(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Could this capitalised token be (part of) a name on its own merits?"""
    tok = toks[i]
    if tok.acronym:
        return _unknown_acronym(tok)
    if len(tok.word) == 1 and not tok.initial:
        if tok.word in _ONE_LETTER_PARTICLES and i + 1 < len(toks) and toks[i + 1].capital:
            return text[tok.end : toks[i + 1].start] == " "  # "Seán Ó Murchú": Irish "Ó"
        return tok.word not in "IA" and (
            _called_by_letter(text, toks, i) or _letter_speaks(text, toks, i)
        )
    if tok.kind in (Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME):
        return True
    low = tok.low
    if (
        tok.kind is Kind.ORDINARY
        and (low in lex.given_names or low in lex.word_names)
        and (
            not _starts_sentence(text, toks, i)
            or _strong_person_cue(text, toks, i)
            or _word_name_acts(text, toks, i, lex)
            or _addressed(text, toks, i, lex)
        )
        and not _after_article(text, toks, i)
    ):
        return True
    if tok.kind is Kind.ORDINARY and low in lex.surnames and _strong_person_cue(text, toks, i):
        return True  # "Gill family:", "the Baker family", "Strand's mum"
    if tok.kind is Kind.ORDINARY and not _starts_sentence(text, toks, i):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and nxt.low in SPEECH_VERBS and text[tok.end : nxt.start] == " ":
            return True  # "her GP Fi said"
    cued = (i > 0 and toks[i - 1].title) or _has_relation_cue(text, toks, i)
    if (
        tok.kind is Kind.ORDINARY
        and tok.low in lex.given_names
        and not _starts_sentence(text, toks, i)
        and _person_follows(text, toks, i, weak=False)
    ):
        return True
    if tok.kind is Kind.STOP:
        low = tok.low
        if _day_speaking(text, toks, i, lex) or _brand_as_nickname(text, toks, i, lex):
            return True
        if month_after_kin(text, toks, i):  # "her kuya Jun", "his uncle Jan"
            return True
        return (
            low in _MONTHS_AS_NAMES
            and (cued or _person_follows(text, toks, i, weak=False))
            and _prev_word(toks, i) not in _MONTH_PREPS  # "93 in June, told the group"
            and not _DAY_AFTER.match(text, tok.end)
            and not (_starts_sentence(text, toks, i) and _thing_verb_follows(text, toks, i))
        )
    return bool(cued)


def _ends_label(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Referral Reason:", "Main Hope:": an everyday word closing a heading label after
    another everyday word opening the line is part of the label, not a speaker's name."""
    tok = toks[i]
    if tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY) or text[tok.end : tok.end + 1] != ":":
        return False
    if i == 0 or tok.possessive:
        return False
    prev = toks[i - 1]
    return (
        prev.capital
        and _plain_word(prev, lex)
        and prev.kind is Kind.ORDINARY
        and text[prev.end : tok.start] == " "
        and _starts_sentence(text, toks, i - 1)
    )


def _segments(text: str, toks: list[Token], run: list[int], lex: Lexicon) -> list[list[int]]:
    """Split a run into stretches of name-like words, with surnames and first names
    that are also ordinary words kept beside them ("Ana Lucía", "Travis Brown")."""
    if len(run) == 1:  # most runs: the loop below comes down to this
        i = run[0]
        tok = toks[i]
        if not (tok.initial or not tok.capital or _namey(text, toks, i, lex)):
            return []
        return [] if _bare_initial(text, toks, i) else [[i]]
    flags = [_namey(text, toks, i, lex) for i in run]
    if any(not toks[i].capital for i in run):  # joined by a particle: "Jan ter Horst"
        flags = [True] * len(run)
    segs: list[list[int]] = []
    cur: list[int] = []
    for pos, i in enumerate(run):
        tok = toks[i]
        after_name = bool(cur) and toks[cur[-1]].kind in (Kind.NAME, Kind.UNKNOWN)
        before_name = (
            pos + 1 < len(run)
            and flags[pos + 1]
            and toks[run[pos + 1]].kind in (Kind.NAME, Kind.UNKNOWN)
            and tok.low in lex.given_names
        )
        joins = tok.kind is Kind.ORDINARY and (after_name or before_name)
        if tok.kind is Kind.STOP and cur and not tok.acronym and pos + 1 < len(run):
            nxt = toks[run[pos + 1]]  # "Ethan Tan Jun Hao": a month or weekday inside a name
            joins = flags[pos + 1] and nxt.kind in (Kind.NAME, Kind.UNKNOWN) and not nxt.acronym
        if cur and toks[cur[-1]].possessive:
            segs.append(cur)
            cur = []
        if not joins and tok.kind is Kind.STOP and cur:
            joins = _surname_word_after(text, toks, run, pos, lex)  # "Jenny Black", "Mark English"
        if not joins and cur and len(run) in (3, 4):  # "Winona Two Bulls": a two-word family name
            joins = family_name_word(text, toks, run, pos)
        if tok.initial or flags[pos] or joins or (tok.low in NAME_CONNECTORS and cur):
            cur.append(i)
        else:
            if cur:
                segs.append(cur)
            cur = []
    if cur:
        segs.append(cur)
    for seg in segs:
        while len(seg) > 1 and (
            toks[seg[-1]].low in NAME_CONNECTORS
            or (toks[seg[-1]].initial and not toks[seg[-2]].title)
        ):
            seg.pop()
    return [s for s in segs if s and not all(_bare_initial(text, toks, i) for i in s)]


def _surname_word_after(
    text: str, toks: list[Token], run: list[int], pos: int, lex: Lexicon
) -> bool:
    """A listed surname that is also a word always read as ordinary (a colour, a language, a
    feast), ending a run right after a given name, is that person's family name: "I met
    Jenny Black", "Session with Tom Wise". Only after a listed given name, not before a noun
    it describes ("Maria English class") and not joined to a word of its kind ("Farida
    English or French?")."""
    tok = toks[run[pos]]
    if pos + 1 != len(run) or tok.low not in lex.surnames or not tok.word[1:].islower():
        return False
    if toks[run[pos - 1]].low not in lex.given_names:
        return False  # "Qabuli Palau": a dish, not a person
    nxt = run[pos] + 1
    if (
        nxt + 1 < len(toks)
        and toks[nxt].low in _JOINS
        and toks[nxt + 1].capital
        and toks[nxt + 1].kind is Kind.STOP
    ):
        return False  # "her friend Farida English or French?": two languages
    return not (
        nxt < len(toks)
        and text[tok.end : toks[nxt].start] == " "
        and not toks[nxt].capital
        and toks[nxt].low in lex.ordinary
        and toks[nxt].low not in _AFTER_SURNAME
    )


_JOINS = frozenset({"and", "or", "nor", "&"})


# words that follow a person's name in a clause (a verb, a joining word), not a described noun
_AFTER_SURNAME = frozenset(
    "and or but is was has had said says told came comes rang called texted asked "
    "came went who when with from at in on to for about today yesterday again too".split()
)


def _bare_initial(text: str, toks: list[Token], i: int) -> bool:
    """An initial on its own is no name, unless a title stands before it ("Mrs. O") or
    it was marked as someone's initial ("J. texted", "her friend J.")."""
    tok = toks[i]
    return (
        tok.initial and not (i > 0 and toks[i - 1].title) and not _initial_as_person(text, toks, i)
    )


def _initial_as_person(text: str, toks: list[Token], i: int) -> bool:
    """A lone initial with a full stop that does what a person does ("J. texted to say") or
    follows a relation word ("her friend R."): someone named by an initial."""
    tok = toks[i]
    if tok.word == "I" or not _lone_initial(text, tok):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and not nxt.capital and text[tok.end : nxt.start] == ". ":
        if nxt.low in STRONG_PERSON_VERBS and nxt.low not in WEAK_PERSON_CUES:
            return True
        if _opens_clause(text, toks, i) and _done_by_person(text, toks, i + 1):
            return True  # "A. had disclosed", "K. has texted"
        if tok.word == "A":
            return False  # "A" opens an outline's item or is a grade more often
        if _opens_clause(text, toks, i) and (
            nxt.low in _INITIAL_VERBS
            or (
                nxt.low in _AGED_VERBS
                and (_AGED.match(text, tok.end + 1) or _WITH_RELATIVE.match(text, tok.end + 1))
            )
        ):
            return True  # "J. reckons", "What J. did", "J. is sixteen", "J. and her mom"
    if _related_initial(text, toks, i):
        return True
    if i == 0 or text[toks[i - 1].end : tok.start] != " ":
        return False
    prev = toks[i - 1].low
    return prev in RELATIONS or prev in _MET_VERBS  # "her friend R.", "I asked K. what"


# after an initial: a relative set beside it ("J., the boyfriend", "A. (her brother)"), its
# owner's relative ("J.'s mum"), or an age in its brackets ("(M., 34)")
_BESIDE_AFTER = re.compile(
    r"\.(?:,? \(?(?:the|her|his|their|my|our) |['’]s )([a-z][\w-]*)(?: ([a-z][\w-]*))?"
)
_AGED_BRACKET = re.compile(r"\., \d{1,3}\)")
_APPOSITION_END = re.compile(r"\.[,)]")
_NOT_KIN = frozenset("named called nicknamed w/ with".split())


def _kin(word: str | None) -> bool:
    return word is not None and word in RELATIONS and word not in _NOT_KIN


def _related_initial(text: str, toks: list[Token], i: int) -> bool:
    """The initial stands in apposition to a relative: "the daughter, Z., ate", "J., the
    boyfriend", "A. (her brother)", "J.'s mum", or in brackets with an age "(M., 34)"."""
    tok = toks[i]
    m = _BESIDE_AFTER.match(text, tok.end)
    if m and (_kin(m.group(1)) or _kin(m.group(2))) and _opens_clause(text, toks, i):
        return True  # "the older brother": one word may stand before the relative
    if tok.start > 0 and text[tok.start - 1] == "(" and _AGED_BRACKET.match(text, tok.end):
        return True
    return (
        i > 0
        and _kin(toks[i - 1].low)
        and text[toks[i - 1].end : tok.start] == ", "
        and _APPOSITION_END.match(text, tok.end) is not None
    )


# Verbs after an initial and its full stop, in small letters so no new sentence opens:
# only a person does them ("J. reckons", "and J. did not"); "is" or "and" only before an
# age or a relative ("J. is sixteen", "J. and her mom").
_INITIAL_VERBS = (STRONG_PERSON_VERBS | PERSON_ONLY_VERBS | PERSON_VERBS) - WEAK_PERSON_CUES
_AGED_VERBS = frozenset({"is", "was", "turned", "turns", "and"})

# Small words after which a letter opens what follows as its subject ("and J. did"); an
# article or a possessive before it makes it a grade or a label ("an A. then", "her B.").
_CLAUSE_WORDS = _ENGLISH - frozenset(
    "a an the my your his her our their its this these those some any each no own other"
    " same such first time week weeks".split()
)


def _opens_clause(text: str, toks: list[Token], i: int) -> bool:
    """The initial starts a clause: first in the text, after punctuation, or after a small
    word of English ("and J. did"), not after a noun it labels ("plan B. worked")."""
    if i == 0 or text[toks[i - 1].end : toks[i].start] != " ":
        return True
    return toks[i - 1].low in _CLAUSE_WORDS


_PERFECT = frozenset({"had", "has", "have"})


def _done_by_person(text: str, toks: list[Token], j: int) -> bool:
    """ "had disclosed", "has texted": "had" or "has" before a verb only a person does, in the
    form it takes after them (a verb of the lists ending in "-ed", "told", "said")."""
    if toks[j].low not in _PERFECT or j + 1 >= len(toks) or toks[j + 1].capital:
        return False
    if text[toks[j].end : toks[j + 1].start] != " ":
        return False
    verb = toks[j + 1].low
    return (verb.endswith("ed") and len(verb) > _MIN_PARTICIPLE) or verb in _PERSON_PARTICIPLES


_MIN_PARTICIPLE = 4  # "had fed", "has bed": too short to tell a verb from a noun
# verbs a person does, after "had"/"has", that do not end in "-ed"
_PERSON_PARTICIPLES = frozenset("told said spoken written rung sent thought felt".split())


# Verbs whose object is a person: an initial after them is someone ("saw R. again").
_MET_VERBS = frozenset(
    "asked told saw met rang phoned texted emailed messaged visited thanked hugged".split()
)


def _suffix_span(
    text: str, toks: list[Token], run: list[int], lex: Lexicon, sentence_start: bool
) -> Candidate | None:
    """A street, neighbourhood or organisation named by its last word."""
    words = [toks[i] for i in run if not toks[i].title]
    if len(words) >= 3 and words[-1].word in _DIRECTIONS:
        words.pop()  # "Beacon Ave S"
    if len(words) < 2:
        return None
    last = words[-1].low
    if last in STREET_SUFFIXES or last in AREA_SUFFIXES:
        kind = "place"
        suffixes = _PLACE_SUFFIXES
    elif last in ORG_SUFFIXES:
        kind = "org"
        suffixes = ORG_SUFFIXES
    else:
        return None
    body = [t for t in words if t.low not in suffixes]
    if not body and last in _NAMED_BY_AREA_STREETS:
        body = words[:-1]  # "County Street", "Park Avenue": a street named by a place word
    described = list(body)  # before weekday or app words are dropped: "Swedish Medical Center"
    street = last in STREET_SUFFIXES
    while (
        body
        and body[0].kind is Kind.STOP
        and not (street and len(body) == 1)
        and body[0].low not in DEDICATIONS  # "Nativity Girls School": its name
    ):
        words.remove(body.pop(0))  # "Sunday Market"; but "Church Street" is a street
    if not body:
        return None
    if sentence_start and all(t.kind is Kind.ORDINARY for t in body):
        return None
    if kind == "org" and _generic_org(text, toks, run, described):
        return None
    phrase = " ".join(t.word for t in words).lower()
    if phrase in lex.regions:
        return None
    start = words[0].start
    house = _HOUSE_NUMBER.search(text, max(0, start - 10), start)
    if kind == "place" and house:
        start = house.start(1)
    end = words[-1].end
    direction = _DIRECTION_AFTER.match(text, end)
    if kind == "place" and direction:
        end = direction.end()
    elif text[end : end + 1] == "." and last in ("st", "ave", "rd", "blvd", "ln", "dr", "ct", "pl"):
        end += 1
    return start, end, kind


def _generic_org(text: str, toks: list[Token], run: list[int], body: list[Token]) -> bool:
    """ "Transition to Secondary School", "the Primary School", "Mental Health Service": an
    organisation word led only by words naming its type, with no name before it, is a kind
    of place, not one place ("Riverside Primary School" is one)."""
    if not all(t.low in _ORG_TYPE_WORDS for t in body):
        return False
    i = run[0]
    return i == 0 or not toks[i - 1].capital or text[toks[i - 1].end : toks[i].start] != " "


# Words that say what kind of school, clinic or service something is, never which one.
_ORG_TYPE_WORDS = frozenset(
    "primary secondary high middle junior senior elementary infant infants nursery grammar "
    "comprehensive boarding special community public private state independent international "
    "local mental health medical dental child children's adolescent youth family adult "
    "general district regional sixth form day sunday bible language driving music dance art "
    "night summer holiday after-school leisure sports recreation aquatic fitness job".split()
)


def _after_preposition(
    text: str, toks: list[Token], run: list[int], lex: Lexicon, sentence_start: bool
) -> Candidate | None:
    """A capitalised run right after "in"/"from" (a place) or "at"/"for" (an employer)."""
    prev = _prev_word(toks, run[0])
    if prev not in _LOOSE_PLACE_PREPS and prev not in PLACE_PREPS and prev not in _LOOSE_ORG_PREPS:
        return None  # no preposition before it: nothing below can hold (tested first, cheaply)
    words = [toks[i] for i in run if not toks[i].title]
    if sentence_start or not words or words[-1].possessive or toks[run[0]].title:
        return None  # "from Fr. Ronan": a title makes the run a person
    if all(t.kind is Kind.STOP or (t.acronym and not _unknown_acronym(t)) for t in words):
        return None
    if words[0].kind is Kind.STOP and all(t.kind is Kind.ORDINARY for t in words[1:]):
        return None  # an app or holiday and an everyday word: "Uber Eats", "Easter Monday"
    phrase = " ".join(t.word for t in words).lower()
    if phrase in lex.regions or _occasion_after_for(toks, run, words, prev):
        return None
    if prev == "in" and phrase in _SEASONS and not _region_after(text, words[-1].end, lex):
        return None  # "it starts in Spring", unlike "in Spring, Texas"
    single_person = len(words) == 1 and words[0].kind in (Kind.NAME, Kind.WORD_NAME)
    if prev in _LOOSE_PLACE_PREPS or (prev in PLACE_PREPS and phrase in lex.places):
        kind = "place"
    elif prev in _LOOSE_ORG_PREPS:
        kind = "place" if phrase in lex.places else "org"
    else:
        return None
    if single_person and phrase not in lex.places:
        return None
    if len(words) == 1 and _common_noun_after_prep(text, words[0], lex):
        return None
    end = words[-1].end
    joined = _AMPERSAND_LETTER.match(text, end) if len(words[-1].word) == 1 else None
    if joined:  # "in A&E" is the ward; "at M&S" is one name, taken whole
        if words[-1].word + joined.group() in KNOWN_ACRONYMS:
            return None
        end = joined.end()
    return words[0].start, end, kind


_AMPERSAND_LETTER = re.compile(r"&[A-Z]\b")
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_NEXT_WORDS = re.compile(r",\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _region_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a state or country follows after a comma: "in Spring, Texas"."""
    m = _NEXT_WORDS.match(text, end)
    return m is not None and (
        m.group(1).lower() in lex.regions or m.group(1).split()[0].lower() in lex.regions
    )


# The last word of a time of year or of the week ("for New Year", "for Bank Holiday Weekend").
_OCCASION_ENDS = frozenset(
    "year years day days eve week weekend break term holiday holidays season night nights "
    "month morning evening vacation vacations".split()
)


def _occasion_after_for(toks: list[Token], run: list[int], words: list[Token], prev: str) -> bool:
    """ "home for New Year", "booked for Bank Holiday Weekend": everyday words ending in a
    time word after "for" name when, not an employer, unless work comes before "for"."""
    return (
        prev == "for"
        and words[-1].low in _OCCASION_ENDS
        and all(t.kind in (Kind.ORDINARY, Kind.STOP) for t in words)
        and not (run[0] > 1 and toks[run[0] - 2].low in _WORKING)
    )


def _common_noun_after_prep(text: str, tok: Token, lex: Lexicon) -> bool:
    """ "discussed in Supervision", "administered at Session 1", "in Year 9": a capitalised
    everyday noun shaped like an abstract noun, numbered, or closing a heading label is no
    town or employer."""
    if not _plain_word(tok, lex) or tok.low in lex.places:
        return False
    if text[tok.end : tok.end + 1] == ":":
        return True  # a heading label: "Reason for Referral:", "Plan for Contact:"
    return tok.low.endswith(_NOUN_ENDINGS) or _NUMBER_AFTER.match(text, tok.end) is not None


def _run_kind(text: str, toks: list[Token], seg: list[int], lex: Lexicon) -> str:
    first, last = toks[seg[0]], toks[seg[-1]]
    phrase = text[first.start : last.end].lower()
    prev = _prev_word(toks, seg[0])
    personal = any(toks[i].kind in (Kind.NAME, Kind.WORD_NAME) for i in seg)
    if (
        last.possessive
        or first.title
        or _has_relation_cue(text, toks, seg[0])
        or (seg[0] > 0 and toks[seg[0] - 1].title)
    ):
        return "name"
    if all(toks[i].acronym for i in seg):
        near_prep = prev in PLACE_PREPS or prev in ORG_PREPS
        return "org" if near_prep or len(first.word) >= _MIN_ORG_ACRONYM else "name"
    in_gazetteer = phrase in lex.places
    state_follows = bool(_STATE_AFTER.match(text, last.end))
    if in_gazetteer and (prev in PLACE_PREPS or state_follows or not personal):
        return "place"
    if prev in ORG_PREPS:
        return "place" if in_gazetteer else "org"
    if prev in PLACE_PREPS and not personal:
        return "place"
    return "name"


def _judge_segment(
    text: str, toks: list[Token], seg: list[int], run_start: bool, lex: Lexicon
) -> bool:
    first = toks[seg[0]]
    titled = seg[0] > 0 and toks[seg[0] - 1].title
    if not titled and _everyday_after_with(text, toks, seg, lex):
        return False
    if first.acronym and _emphasised_word(text, toks, seg):
        return False
    if titled or _has_relation_cue(text, toks, seg[0]):
        return True
    if first.title and len(seg) > 1:  # "Sra. M. came", "Sig.ra Pia": the title opens the name
        return True
    if len(seg) == 1 and run_start and _addressed(text, toks, seg[0], lex):
        return True
    if len(seg) == 1 and first.initial and _initial_as_person(text, toks, seg[0]):
        return True
    if len(seg) == 1 and (
        _season_in_time(toks, seg[0])
        or _season_of_school(text, toks, seg[0])
        or school_subject(text, toks, seg[0])
        or calendar_name(text, toks, seg[0])
        or practised(text, toks, seg[0])
        or _season_state(text, toks, seg[0])
        or _ends_label(text, toks, seg[0], lex)
        or _names_a_model(text, toks, seg[0])
    ):
        return False
    if len(seg) == 1 and first.acronym and _acronym_of_a_scheme(text, toks, seg[0]):
        return False
    if len(seg) == _NAMED_DAY_LEN and _named_day(text, toks, seg):
        return False
    if (
        len(seg) == 1
        and first.kind is Kind.ORDINARY
        and _after_article(text, toks, seg[0])
        and (_plain_word(first, lex) or not _strong_person_cue(text, toks, seg[0]))
    ):
        return False
    if (
        run_start
        and len(seg) == 1
        and (_abstract_subject(text, toks, seg[0]) or _defined_word(toks, seg[0]))
        and not _word_name_acts(text, toks, seg[0], lex)
    ):
        return False
    phrase = " ".join(toks[i].word for i in seg).lower()
    if phrase in lex.regions and (
        not _strong_person_cue(text, toks, seg[-1]) or _region_after_and(toks, seg[-1], lex)
    ):
        return False
    kinds = [toks[i].kind for i in seg]
    strong = [k for k in kinds if k in (Kind.NAME, Kind.UNKNOWN)]
    if len(seg) == 1 and _listed_with_abstracts(text, toks, seg[0], lex):
        return False
    if len(seg) == 1 and _listed_under_what_label(text, toks, seg[0]):
        return False
    if (
        len(seg) == 1
        and (first.kind is Kind.ORDINARY or first.low in _ABSTRACT_NAMES)
        and _among_plain_words(text, toks, seg[0], lex)
    ):
        return False
    if not run_start and len(seg) == 1 and _amount_of_virtue(text, first):
        return False
    if not run_start:
        return (
            bool(strong) or Kind.WORD_NAME in kinds or any(_namey(text, toks, i, lex) for i in seg)
        )
    if first.initial or first.kind is Kind.NAME or (first.acronym and _unknown_acronym(first)):
        return True
    if first.kind is Kind.ORDINARY and _namey(text, toks, seg[0], lex):
        return True
    if len(seg) == 1 and first.low in _NATURE_WORDS and _thing_verb_follows(text, toks, seg[0]):
        return False
    if len(seg) == 1 and first.kind is Kind.WORD_NAME and _reads_as_thing(text, toks, seg[0]):
        return False
    if first.kind in (Kind.WORD_NAME, Kind.UNKNOWN) and _strong_person_cue(text, toks, seg[-1]):
        return True
    if len(seg) == 1 and _word_name_acts(text, toks, seg[0], lex):
        return True
    if len(strong) >= 2 or (len(seg) >= 2 and strong and strong[-1] is kinds[-1]):
        return True
    weak = first.kind is Kind.UNKNOWN
    return _person_follows(text, toks, seg[-1], weak=weak)
