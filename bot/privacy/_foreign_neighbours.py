"""Words written small beside a word of another language: kept by the rules, on purpose.

"in sha allah", "la pobrecita", "ko kay": a word typed in lower case beside a function word
of another language (``_function_words``: the closed classes of the languages the rules
know) is a word of a phrase of that language, not a name: no rule proposes it without a cue
of its own. The rules record that decision (``_decided``) so that the learned second opinion
(``_tagger``) does not judge the word again. English closed-class words ("in", "the", "said",
"moved") are no evidence: they stand beside names as often as beside anything.
"""

from __future__ import annotations

from ._decided import record, recording_on
from ._function_words import tables
from ._preposition_places import PREPOSITIONS
from ._vocab import RELATIONS, SPEECH_VERBS
from ._word_classes import Candidate, Kind, Token

# English prepositions: in the closed classes below, and beside those of other languages
ENGLISH_PREPOSITIONS = frozenset(
    """
    to of in on at by for with from into onto about over under between among through after
    before during without within near around across along behind beside towards toward
    """.split()
)
# closed classes of English: pronouns, determiners, conjunctions, auxiliaries, common
# prepositions and adverbs of place and time (the project's own grammatical list)
_FUNCTION = ENGLISH_PREPOSITIONS | frozenset(
    """
    i me my mine myself you your yours he him his himself she her hers herself it its we us
    our ours they them their theirs who whom whose which that this these those what
    a an the some any no every each all both either neither
    and or but nor so yet because if when while although though since until unless
    am is are was were be been being have has had having do does did done will would shall
    should can could may might must not n't
    up down out off away back here there now then today yesterday tomorrow just also too
    very really still even only again ever never always often
    """.split()
)
# verbs of living, going and meeting: what people do and where they are
_MOTION = frozenset(
    """
    live lives lived living moved move moving went go goes going visit visited visiting
    stay stayed staying met meet meeting grew born raised work works worked working
    came come comes coming left leave leaving drove flew travelled traveled
    """.split()
)
CLOSED = _FUNCTION | PREPOSITIONS | RELATIONS | SPEECH_VERBS | _MOTION
# the kinds of word a rule may take for a name without a cue (the tagger's unsure kinds)
_JUDGED = (Kind.UNKNOWN, Kind.NAME, Kind.WORD_NAME)


def foreign_word(tok: Token) -> bool:
    """A function word of another language written small: "la", "ko", "sha", "de" (in the
    closed classes of ``_function_words``; never an English closed-class word). A word
    never an identifier that is no such function word ("lol", "aunty", "bc") is no
    evidence of a language: a name stands beside it as often as anything."""
    return tok.word.islower() and tok.low not in CLOSED and tok.low in tables().langs


def record_foreign_neighbours(text: str, toks: list[Token], out: list[Candidate]) -> None:
    """Record each word written small, of a kind a rule may take for a name, that stands
    right beside a word of another language (``foreign_word``) and that no rule found
    (``out``): the rules kept it as a word of that language's phrase."""
    if not recording_on():
        return
    found = sorted((s, e) for s, e, _ in out)
    k = 0
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.kind not in _JUDGED or not tok.word.islower():
            continue
        if not (
            (i > 0 and not text[toks[i - 1].end : tok.start].strip() and foreign_word(toks[i - 1]))
            or (
                i < last
                and not text[tok.end : toks[i + 1].start].strip()
                and foreign_word(toks[i + 1])
            )
        ):
            continue
        while k < len(found) and found[k][1] <= tok.start:
            k += 1
        if k < len(found) and found[k][0] < tok.end:
            continue  # a rule found it
        record(tok.start, tok.end)
