"""A name found once is removed wherever it is repeated in the same text, in either case
and with a possessive: "my client hope said ... hope later told me", "grace said ... Grace
was angry", "Kalani came ... kalani's mum rang".

A word-name ("hope", "grace", "rain") found as a person by a cue is that person again where
it stands without one, unless the repeat is plainly the everyday word: after a pronoun, an
article, a possessive or a preposition ("i hope", "by god's grace", "the rain"), or before
what the verb or the noun takes ("hope you're ok", "a ray of light"). Words read as verbs or
adjectives as often as names ("will", "may", "mark") repeat only with a person's cue after
them (a mark, a possessive, a person's verb).

``echoed_names`` reads, after all other rules, any name found (typed with a capital or not)
typed again in lower case right before a verb only a person does: "Shericka said ... an
shericka seh".
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from ._foreign_said_names import SAYING_ABROAD
from ._function_words import tables
from ._lower_word_names import _PERSON_ONLY, AMBIGUOUS_WORD_NAMES, cue_after
from ._said_lower_names import _CHAT_WORDS as CHAT_WORDS
from ._vocab import PERSON_ONLY_VERBS
from ._word_classes import Kind, token_range

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# before a repeat: the everyday word is meant ("i hope", "the rain", "in hope", "to mark")
_ORDINARY_BEFORE = frozenset(
    "i we you u ya they he she it one a an the this that these those some no any every each "
    "its our their his her my your ur of in with for to by without into from on at than "
    "will would can could should might must do did does dont don't not never always "
    "much more less lost lose losing gave give giving gives full new false little such "
    "what whatever real true great big high glimmer sign ray bit lot kind sort".split()
)
# after a repeat: the everyday word is meant ("hope you're ok", "a ray of", "hope so")
_ORDINARY_AFTER = frozenset("of that for so you u ur ya you're youre to this it".split())
_MIN_LEN = 3


def repeated_names(
    text: str,
    toks: list[Token],
    found: list[Candidate],
    word_name: Callable[[Token], bool],
) -> list[Candidate]:
    """Repeats, in either case, of a word-name found as a person elsewhere in ``text``."""
    spans = {(s, e) for s, e, k in found if k == "name"}
    if not spans:
        return []
    words = {
        tok.low
        for tok in toks
        if (tok.start, tok.end) in spans and len(tok.word) >= _MIN_LEN and word_name(tok)
    }
    if not words:
        return []
    covered = sorted((s, e) for s, e, _ in found)
    starts = [s for s, _ in covered]
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.low not in words:
            continue
        k = bisect_right(starts, tok.start) - 1
        if k >= 0 and covered[k][1] > tok.start:
            continue
        if _plainly_ordinary(text, toks, i):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


def _plainly_ordinary(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.low in AMBIGUOUS_WORD_NAMES and not cue_after(text, toks, i):
        return True
    if i > 0:
        prev = toks[i - 1]
        gap = text[prev.end : tok.start]
        if gap.strip() == "" and (prev.possessive or prev.low in _ORDINARY_BEFORE):
            return True
    if tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return text[tok.end : nxt.start] == " " and nxt.low in _ORDINARY_AFTER


# ---- a name found anywhere, echoed in lower case before a person's verb ---------------------

# verbs only a person does, in English and (speaking) in creoles and other languages
ECHO_VERBS = _PERSON_ONLY | PERSON_ONLY_VERBS | SAYING_ABROAD
_NAMED_KINDS = frozenset({Kind.NAME, Kind.UNKNOWN})
_EVERYDAY_KINDS = frozenset({Kind.WORD_NAME, Kind.ORDINARY})


def echoed_names(
    text: str,
    toks: list[Token],
    found: list[Candidate],
    lex: Lexicon,
    opens: Callable[[int], bool],
) -> list[Candidate]:
    """ "Shericka said ... later shericka seh", "Blessing said hi ... then blessing cried": a
    word read as a person's name in one place is that person where it is typed again in lower
    case right before a verb only a person does ("a blessing", "shericka's bag" stay to the
    other rules). The word read as a name is one standing alone as a name, or a listed given
    name inside a longer one ("Iglesia Betel" may name a body); no function word of another
    language, chat or kinship word; and a word in no list only where no sentence opens
    ("Tmrw" opening a line may be a chat word capitalised)."""
    named: set[str] = set()
    by_start = {t.start: i for i, t in enumerate(toks)}
    for s, e, kind in found:
        if kind != "name":
            continue
        first, last = token_range(toks, s, e)
        inside = toks[first:last]
        alone = len(inside) == 1
        for tok in inside:
            if len(tok.low) < _MIN_LEN or tok.acronym or not tok.word.isalpha():
                continue
            if tok.kind in _EVERYDAY_KINDS or tok.low in lex.ordinary:
                if alone:
                    named.add(tok.low)
            elif tok.low in tables().langs or tok.low in CHAT_WORDS:
                continue
            elif tok.kind not in _NAMED_KINDS:
                continue  # "Nan", "Mum": a kinship, calendar or chat word
            elif tok.low in lex.given_names or (alone and not opens(by_start[tok.start])):
                named.add(tok.low)
    if not named:
        return []
    covered = sorted((s, e) for s, e, _ in found)
    starts = [s for s, _ in covered]
    out: list[Candidate] = []
    for i, tok in enumerate(toks[:-1]):
        if tok.low not in named or tok.capital or not _person_verb_after(text, toks, i):
            continue
        k = bisect_right(starts, tok.start) - 1
        if k < 0 or covered[k][1] <= tok.start:
            out.append((tok.start, tok.end, "name"))
    return out


def _person_verb_after(text: str, toks: list[Token], i: int) -> bool:
    return toks[i + 1].low in ECHO_VERBS and text[toks[i].end : toks[i + 1].start] == " "
