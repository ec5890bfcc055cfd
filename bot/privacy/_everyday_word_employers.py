"""Employers named by everyday words typed in lower case: "his shift at polar on the 12th",
"his job at universal", "the good days are when he's working at lagoon".

`_unlisted_employers` reads a word in no list after a cue of work ("works at", "her shift
at", "started at"); a business is as often named by an everyday word, and after such a cue,
with no article, the word says where, not what kind: "works at the bakery" (an article),
"works at night", "started at school", "job at home" (a time, or a kind of place) stay. A
word of kind, of time or of whose ("works at his uncle's") is never read; up to three
everyday words go, unless a noun of a kind of workplace follows them ("works at chicken
farm", "a job at pizza place" say what kind; "works at home hardware" is left: "home" says
where she is). After a verb of starting the words say when as often as where ("the fights
started at bedtime"): left.

Churches, schools and tutoring centres are named the same way after a noun of worship or
study: "church every sunday at centenary", "her pastor at abyssinian", "the prayer line at
new dawn deliverance", "labs at cet", "his sir at bright future classes". Their words may be
in no list, and a word of the body's kind may end them ("at king's park pentecostal"); a
time ("church at night"), a kind of place ("class at the gym", "choir at uni"), a kinsman's
house ("church at nans") or words after "the" that are all everyday ("choir at the big
hall") say where in general, and stay. After "is" only a name ending in a word of a
church's kind is read ("his church is providence baptist", not "church is super
important").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._employers import _FILLERS, _work_before
from ._kin_words import _KIN_VOCAB
from ._lower_feature_places import HEADS as FEATURE_HEADS
from ._lower_institutions import HEADS as INSTITUTION_HEADS
from ._lower_institutions import KINDS as INSTITUTION_KINDS
from ._lower_institutions import STOPS
from ._vocab import SPEECH_VERBS
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_NAMING = frozenset((Kind.ORDINARY, Kind.WORD_NAME))
# words after "at" that say when, how much, how or at what stage, not where ("working at
# getting up", "started at seven", "works at sea", "working at something new")
_WHEN = frozenset(
    """
    home night nights noon midnight dawn dusk lunch lunchtime dinner breakfast weekend
    weekends times once first last least most all full half random work job level grade
    year stage step page age point rate pace speed height heights length capacity sea ease
    peace something anything everything nothing more less better worse
    one two three four five six seven eight nine ten eleven twelve twenty thirty
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen bedtime playtime recess
    """.split()
)
_MIN_LETTERS = 3
_MAX_WORDS = 3


def everyday_word_employers(text: str, toks: list[Token]) -> list[Candidate]:
    """Lower-case everyday words right after "at" and a cue of work: see the module."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        if toks[i - 1].low in _MEETING_PREPS:
            found = _meeting_place(text, toks, i)
            if found:
                out.extend(_echoes(text, found))
                continue
        if toks[i - 1].low != "at" or not _naming(toks[i]):
            continue
        if not spaced(text, toks, i) or not _work_before(text, toks, i):
            continue
        if _started(toks, i - 2):
            continue  # "the fights started at bedtime": when, not where
        j = i + 1
        while j < len(toks) and j - i < _MAX_WORDS and spaced(text, toks, j) and _naming(toks[j]):
            j += 1
        if j < len(toks) and spaced(text, toks, j) and _kind(toks[j]):
            continue  # "works at chicken farm", "a job at pizza place": what kind
        out.append((toks[i].start, toks[j - 1].end, "org"))
    return out


# verbs of starting: a thing starts at a time as often as a person starts a job
_STARTS = frozenset("start starts started starting began begin begins".split())


def _started(toks: list[Token], k: int) -> bool:
    """The cue before "at" (past its fillers: "started back at") is a verb of starting."""
    while k >= 0 and toks[k].low in _FILLERS:
        k -= 1
    return k >= 0 and toks[k].low in _STARTS


# nouns of a kind of workplace: the words before them say what kind ("chicken farm")
_WORKPLACES = frozenset(
    """
    place shop shops store stores factory plant site yard warehouse office offices depot
    mill mine wash joint garage farm farms
    """.split()
)


def _kind(tok: Token) -> bool:
    return tok.low in _WORKPLACES or tok.low in FEATURE_HEADS


def _naming(tok: Token) -> bool:
    low = tok.low
    return (
        tok.kind in _NAMING
        and not tok.capital
        and not tok.possessive
        and tok.word.isalpha()
        and len(low) >= _MIN_LETTERS
        and not low.endswith("ing")
        and low not in _WHEN
        and low not in STOPS
        and not _kind(tok)
        and low not in INSTITUTION_KINDS
        and low not in INSTITUTION_HEADS
    )


# nouns of worship or study, and a pupil's or player's people ("his coach at"), whose place
# is named after "at" (or "is": see the module)
MEETING_CUES = frozenset(
    """
    church churches pastor pastors priest choir mass prayer prayers worship congregation
    parish class classes lessons lectures labs tuition sir teacher teachers principal
    headteacher coach coaches tutor tutors counsellor counselor classmates
    """.split()
)
_MEETING_PREPS = frozenset(("at", "is"))


def may_hold_meeting(lows: list[str]) -> bool:
    """Cheap test: a noun of worship or study that can name its place after it."""
    return not MEETING_CUES.isdisjoint(lows)


# words between the noun and "at": "prayer line at", "church every sunday now at"
_MEETING_FILLERS = frozenset(
    """
    line group meeting meetings study practice rehearsal rehearsals service services every
    each now again still also on this last sunday sundays saturday saturdays friday fridays
    wednesday wednesdays morning mornings evening evenings night nights
    """.split()
)
# words of time and place that end the name: "class at kalaikoodam again"
_ADVERBS = frozenset("again today tonight tomorrow yesterday there here too lately anyway".split())
# last words of a church's name after "is": "providence baptist", "new song community"
_CHURCH_ENDS = frozenset(
    """
    baptist pentecostal methodist anglican catholic presbyterian lutheran adventist
    evangelical community assembly fellowship tabernacle chapel church cathedral ministries
    ministry worship gospel mission deliverance
    """.split()
)
_LISTLESS = frozenset((Kind.UNKNOWN, Kind.NAME))
_MEETING_WORDS = _NAMING | _LISTLESS
_MIN_WITH_TIME = 3  # "at first coast worship": a word of time opening a longer name
_MIN_PAST = 5  # "noticed": a past verb after the name, not part of it
_MIN_AFTER_IS = 2
_MIN_MEETING_WORD = 2


def _meeting_place(text: str, toks: list[Token], i: int) -> Candidate | None:
    """The name of a church or school after "at" or "is" and a noun of worship or study."""
    prep = toks[i - 1].low
    if not spaced(text, toks, i) or not _meeting_before(text, toks, i - 1):
        return None
    the = toks[i].low == "the" and prep == "at"
    j = i + 1 if the else i
    if j >= len(toks) or (the and not spaced(text, toks, j)):
        return None
    run: list[Token] = []
    while j < len(toks) and len(run) <= _MAX_WORDS and (not run or _joined(text, toks, j)):
        tok = toks[j]
        if not _meeting_word(tok) or tok.low in _MEETING_FILLERS or tok.low in _ADVERBS:
            break
        run.append(tok)
        if tok.possessive and tok.low in _KIN_VOCAB:
            return None  # "church at nan's"
        j += 1
    while run and (run[-1].low in SPEECH_VERBS or _past(run[-1])):
        run.pop()  # "her pastor at abyssinian noticed"
    if not run or len(run) > _MAX_WORDS or run[-1].possessive:
        return None
    if j < len(toks) and spaced(text, toks, j) and _kind(toks[j]):
        return None  # "choir at the church hall", "class at mum's place"
    lows = [t.low for t in run]
    if lows[0] in _WHEN and len(run) < _MIN_WITH_TIME:
        return None  # "church at night", "choir at lunch time"
    if any(w in _KIN_VOCAB or w.rstrip("s") in _KIN_VOCAB for w in lows):
        return None  # "church at grandmas"
    if all(w in INSTITUTION_KINDS or w in INSTITUTION_HEADS or w in _WHEN for w in lows):
        return None  # "class at the gym", "choir at uni", "church at the cathedral"
    if the and not any(t.kind in _LISTLESS for t in run):
        return None  # "choir at the big hall": everyday words after "the" say what kind
    if prep == "is" and (len(run) < _MIN_AFTER_IS or lows[-1] not in _CHURCH_ENDS):
        return None  # "church is super important"
    return run[0].start, run[-1].end, "org"


def _echoes(text: str, found: Candidate) -> list[Candidate]:
    """The name found and each other mention of it in the same words: "church at centenary
    ... what happens at centenary"."""
    name = text[found[0] : found[1]]
    if text.count(name) == 1:
        return [found]
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])")
    return [(m.start(), m.end(), "org") for m in pattern.finditer(text)]


def _joined(text: str, toks: list[Token], j: int) -> bool:
    """A space, or an owner's "'s" and a space, between ``toks[j - 1]`` and ``toks[j]``."""
    return spaced(text, toks, j) or (
        toks[j - 1].possessive and text[toks[j - 1].end : toks[j].start] in ("'s ", "’s ")
    )


def _meeting_before(text: str, toks: list[Token], k: int) -> bool:
    """A noun of worship or study before ``toks[k]`` ("at"/"is"), past fillers."""
    for n in range(k - 1, max(-1, k - 5), -1):
        if not spaced(text, toks, n + 1):
            return False
        low = toks[n].low
        if low in MEETING_CUES:
            return True
        if low not in _MEETING_FILLERS:
            return False
    return False


def _meeting_word(tok: Token) -> bool:
    word = tok.word
    return (
        not tok.capital
        and (tok.kind in _MEETING_WORDS or tok.low in _CHURCH_ENDS)
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and tok.low not in STOPS
        and len(word) >= _MIN_MEETING_WORD
    )


def _past(tok: Token) -> bool:
    return len(tok.low) >= _MIN_PAST and tok.low.endswith("ed") and tok.kind is not Kind.UNKNOWN
