"""Acronyms that an indefinite article or a possessive makes a common noun: "he was a DJ",
"she finished a CV", "a PB and J", "help with his CV", "let me see her IG".

An organisation or a person's initials are one of a kind: English names them bare ("at
TAFE", "KJ said") or with "the" ("the RCMP"), and "a" or "an" before them makes them a
kind of thing ("a TAFE course" aside, where the noun after it is the thing). So a word in
capitals right after "a" or "an" is kept, alone in its candidate, when no capitalised word
follows it (a run such as "a BBC Radio show" is left to the rules for organisations), it
has two to five letters, the article stands after no title or name, and the same letters
are removed nowhere else in the text ("KJ said ... a KJ moment").

A possessive before the letters ("his", "her", "my", "their", "our", "your") makes them a
thing someone has in the same way (a CV, an account on IG or FB, a PTM at school), under the
same conditions, when no verb that a person does follows ("her JT said", "their MJ shows
up" are people) and when no verb done to a person stands before the owner ("I met her JT").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._vocab import PERSON_ONLY_VERBS, PERSON_VERBS, SPEECH_VERBS, STRONG_PERSON_VERBS

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_ARTICLES = frozenset({"a", "an"})
POSSESSIVES = frozenset({"his", "her", "my", "their", "our", "your"})
_PERSON_VERBS = PERSON_ONLY_VERBS | STRONG_PERSON_VERBS | SPEECH_VERBS
# after the letters owned: a verb any person does ("their MJ shows up", "her JT left")
_AFTER_OWNED = _PERSON_VERBS | PERSON_VERBS
# before the owner: a verb done to a person ("I met her JT", "she misses his AJ")
_TO_A_PERSON = frozenset(
    """
    met meet meets meeting saw see sees seeing seen visit visits visited visiting love loves
    loved miss misses missed hug hugs hugged kiss kissed marry married dating dated dumped
    called call calls texted text texts told tell tells asked ask asks trust trusts trusted
    """.split()
)
_MIN_LETTERS, _MAX_LETTERS = 2, 5


# the words one of which the text must hold (the gate table of _proper_nouns reads them too)
CUES = _ARTICLES | POSSESSIVES


def may_hold(lows: list[str]) -> bool:
    """Cheap check: an indefinite article or a possessive among the text's words."""
    return not CUES.isdisjoint(lows)


def keep_counted_acronyms(text: str, toks: list[Token], out: list[Candidate]) -> list[Candidate]:
    """``out`` without the one-word candidates that are acronyms after "a" or "an"."""
    if not any(_letters(text[s:e]) for s, e, _ in out):
        return out  # most texts: no candidate in capitals, nothing to map
    by_start = {t.start: i for i, t in enumerate(toks)}
    counted: list[Candidate] = []
    kept: list[Candidate] = []
    for cand in out:
        i = by_start.get(cand[0])
        if i is not None and toks[i].end == cand[1] and _counted(text, toks, i):
            counted.append(cand)
        else:
            kept.append(cand)
    if not counted:
        return out
    # "KJ said ... a KJ moment": the letters stand for someone elsewhere in the text
    named = {w for s, e, _ in kept for w in text[s:e].split()}
    dropped = {c for c in counted if text[c[0] : c[1]] not in named}
    return [c for c in out if c not in dropped]


def _counted(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if not (tok.acronym and _MIN_LETTERS <= len(tok.word) <= _MAX_LETTERS and tok.word.isalpha()):
        return False
    if tok.possessive or i == 0:
        return False
    article = toks[i - 1]
    owned = article.low in POSSESSIVES
    if not (article.word in _ARTICLES or owned) or text[article.end : tok.start] != " ":
        return False
    if owned and i + 1 < len(toks) and toks[i + 1].low in _AFTER_OWNED:
        return False  # "her JT said", "their MJ shows up": a person
    if owned and i >= 2 and toks[i - 2].low in _TO_A_PERSON:
        return False  # "I met her JT": a person
    if i >= 2 and toks[i - 2].capital and text[toks[i - 2].end : article.start] == " ":
        return False  # "Mrs A an ...", "Jo a": the article may be a letter of a name
    return not (
        i + 1 < len(toks) and toks[i + 1].capital and text[tok.end : toks[i + 1].start] == " "
    )


def _letters(span: str) -> bool:
    """Whether ``span`` could be one acronym: two to five capital letters."""
    return _MIN_LETTERS <= len(span) <= _MAX_LETTERS and span.isalpha() and span.isupper()
