"""Nicknames beside a name, emphasised words, and word acronyms of organisations."""

from __future__ import annotations

import re
from bisect import bisect_left

from ._lexicon import Lexicon
from ._lowercase_cues import _CHAT_WITH, _CONTACT_VERBS
from ._name_cues import _MIN_ORG_ACRONYM, _strong_person_cue
from ._name_lists import _token_start
from ._org_ends import _LOWER_ORG_NOUNS
from ._vocab import KNOWN_ACRONYMS, RELATIONS
from ._word_classes import Candidate, Kind, Token


def _word_acronym_orgs(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Organisations whose acronym spells a word: "volunteers with SWAN", "a course at
    MIND", "the SPARK programme". Typed in capitals among lower-case words, an everyday
    word names a body only where the words around it show one (a body's noun after it, or
    working, volunteering or a course before "at"/"with"); otherwise it is emphasis."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if not tok.acronym or len(tok.word) < _MIN_ORG_ACRONYM or tok.word in KNOWN_ACRONYMS:
            continue
        if tok.kind is Kind.UNKNOWN or tok.kind is Kind.NAME or tok.low in _EMPHASIS_WORDS:
            continue
        if tok.low in _LOWER_ORG_NOUNS or tok.low in _BODY_NOUNS:
            continue  # "goes to SCHOOL": the kind of place, stressed
        if (i > 0 and toks[i - 1].acronym) or (i < last and toks[i + 1].acronym):
            continue  # words in capitals side by side: a heading or shouting
        if _body_context(toks, i):
            out.append((tok.start, tok.end, "org"))
    return out


def _body_context(toks: list[Token], i: int) -> bool:
    """A body's noun after the word ("the SPARK programme"), or working, volunteering or a
    course before "at"/"with" it ("volunteers with SWAN")."""
    if i + 1 < len(toks) and toks[i + 1].low in _BODY_NOUNS:
        return True
    return (
        i > 1
        and toks[i - 1].low in _JOINING_PREPS
        and toks[i - 2].low in _JOINING_WORDS
        and not toks[i].possessive
    )


def _emphasised_word(text: str, toks: list[Token], seg: list[int]) -> bool:
    """ "I felt so much HOPE", "she wrote FAITH on her wrist": an everyday word in capitals
    among lower-case words is emphasis, unless a body or a person is plainly meant."""
    if len(seg) != 1:
        return False
    i = seg[0]
    tok = toks[i]
    if not tok.acronym or tok.kind not in (Kind.WORD_NAME, Kind.ORDINARY):
        return False
    if tok.word in KNOWN_ACRONYMS or tok.possessive or (i > 0 and toks[i - 1].title):
        return False
    if (i > 0 and toks[i - 1].capital) or (i + 1 < len(toks) and toks[i + 1].capital):
        return False  # beside other capitals: judged as a run
    if i > 0 and (
        toks[i - 1].low in _CONTACT_VERBS
        or (toks[i - 1].low in _CHAT_WITH and i > 1 and toks[i - 2].low in _MEETING_WORDS)
    ):
        return False  # "met with GRACE", "saw JOY": someone is met
    return not _body_context(toks, i) and not _strong_person_cue(text, toks, i)


_MEETING_WORDS = frozenset(
    "met meet meeting session sessions talked spoke spoken chatted sat worked".split()
)


_CAPITALS_WORD = re.compile(r"[A-Z]{4}")
_BODY_NOUNS = frozenset(
    "programme program project counselling counseling charity helpline service services "
    "group team foundation trust centre center clinic network collective".split()
)
_JOINING_PREPS = frozenset("at with for by from through via to".split())
_JOINING_WORDS = frozenset(
    "volunteers volunteer volunteered volunteering works work worked working course courses "
    "job placement referred referral member staff joined support supported counsellor "
    "counselor worker shifts goes attends attended attending group groups".split()
)
_EMPHASIS_WORDS = frozenset(
    "all both each every them they this that these those home here there least last first "
    "once some none nothing everyone everything anyone someone night nights never always "
    "really very still work home class therapy sleep town shops".split()
)


_NICK_OPENERS = frozenset({" (", ' ("', " (“", " ('", " (‘", ' "', " “", "(", '("', "(“"})
_NICK_CLOSERS = frozenset({")", '")', "”)", "')", "’)", '"', "”"})


def _nicknames_beside(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """A single word in brackets or quotes right after a name is what the person is
    called: "Sean (Seanie)", 'Samuel ("Sammo")'. In brackets it must be able to be a
    name; in quotes any capitalised word that is no acronym will do ('"Lolo"')."""
    out: list[Candidate] = []
    for _, end, kind in found:
        if kind != "name":
            continue
        n = bisect_left(toks, end, key=_token_start)
        if n >= len(toks) or toks[n].start - end > _NICK_REACH:
            continue
        tok = toks[n]
        opener = text[end : tok.start]
        closer = text[tok.end : tok.end + 2]
        if opener not in _NICK_OPENERS or not (
            closer[:1] in _NICK_CLOSERS or closer in _NICK_CLOSERS
        ):
            continue
        if ("(" in opener) != (")" in closer) and "(" in opener:
            continue
        quoted = opener.strip(" (") != ""
        if quoted and "(" not in opener and not _SURNAME_AFTER_QUOTE.match(text, tok.end):
            quoted = (
                False  # 'told Tom "No"': a bare quoted word is only a nickname before a surname
            )
        if _could_be_nickname(tok, lex, quoted=quoted):
            out.append((tok.start, tok.end, "name"))
    return out


_NICK_REACH = 3
_SURNAME_AFTER_QUOTE = re.compile(r"[\"”'’] [A-Z]")


def _could_be_nickname(tok: Token, lex: Lexicon, *, quoted: bool) -> bool:
    if len(tok.word) < 2 or tok.word in KNOWN_ACRONYMS:
        return False
    if quoted and tok.capital and not tok.acronym:
        return True  # 'Dolores "Lolo" Castañeda'
    if tok.kind is Kind.STOP:
        return False
    if not quoted and not tok.capital and tok.low in RELATIONS:
        return False  # "lisen (sister)": the bracket says who she is, not what she is called
    return tok.kind in (Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME) or tok.low in lex.given_names
