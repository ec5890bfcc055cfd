"""Judge a run of capitalised words: programmes, roles, durations, services, named areas."""

from __future__ import annotations

import re

from ._consumed_words import consumed
from ._dedicated_names import named_by_dedication_or_the
from ._kin_words import _KIN_VOCAB, _kin, _owned_word, _word_name_after_opener
from ._lexicon import Lexicon, lexicon
from ._name_cues import (
    _GROUP_OWNERS,
    _NOUN_ENDINGS,
    _POSSESSIVES,
    _ROLE_TITLES,
    _called_after,
    _has_relation_cue,
    _person_follows,
    _prev_word,
    _starts_sentence,
)
from ._name_lists import _absorb_acronym, _absorb_long_title, _absorb_particles
from ._owned_words import listed_kin, owned_word
from ._plain_words import _plain_opener
from ._segment_judging import (
    _ORG_TYPE_WORDS,
    _after_preposition,
    _judge_segment,
    _run_kind,
    _segments,
    _suffix_span,
)
from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES, RELATIONS
from ._word_classes import Candidate, Kind, Token


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
