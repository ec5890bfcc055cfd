"""Everyday words opening a sentence that the same text uses again as the word.

"Winter is always harder for him. But this winter he found ...", "Joy showed up too ... what
a little more of that joy would look like": a word-name opening a sentence ("Winter", "Joy",
"Hope") reads as a name to the rules that look at the verb after it, yet the writer, who
capitalises sentence openings, writes the same word again in lower case after a determiner
("this winter", "that joy", "the hope", "a bill"), where a name would be capitalised. There the
capital is the sentence's, and the word is kept. So too in chat written all in lower case
("winter is bad, summer is better. last winter had one good month"). A name is still
removed when its lower-case double does not follow such a determiner ("Hope told me she felt
hope"), when a verb only people do follows it ("Faith said her faith helps"), when the word
is not an everyday one, or when the word stands inside a sentence ("he told Joy about that
joy").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._vocab import PERSON_ONLY_VERBS, RELATIONS, STRONG_PERSON_VERBS

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# words before a noun that make it the thing, never a person: "this winter", "that joy"
_DETERMINERS = frozenset(
    """
    the this that these those her his their our my your its some more less much such what
    any every little real last next a an
    """.split()
)
# verbs of being, having and going say nothing of a person ("Winter is", "Joy came back")
_THING_VERBS = frozenset(
    """
    came comes went goes got gets has had is was sat saw sees stayed tried tries drove drives
    joined brought checked visited visits
    """.split()
)
# a verb only a person does right after the word makes it a name ("Faith said her faith")
_PERSON_VERBS = PERSON_ONLY_VERBS | (STRONG_PERSON_VERBS - _THING_VERBS)
_BREAK = re.compile(r"[.!?;:,]")
# words after "and" that open a new clause or a noun, not a second verb of the same subject
_NEW_SUBJECTS = frozenset("i you he she it we they there then so now a an".split())
_ADVERBS = frozenset("then also just even still later".split())
# a determiner (opening a sentence too: "A bill used to mean"), then (looked ahead at, so
# that "the this winter" finds both) the lower-case word after it
_AFTER_DETERMINER = re.compile(r"\b(?i:" + "|".join(sorted(_DETERMINERS)) + r") (?=([a-z]+)\b)")


def keep_echoed_words(
    text: str,
    toks: list[Token],
    out: list[Candidate],
    lex: Lexicon,
    starts_sentence: Callable[[int], bool],
) -> list[Candidate]:
    """``out`` without single sentence-opening everyday words echoed as the word."""
    echoed = _echoes(text)
    if not echoed:
        return out
    by_start = {t.start: i for i, t in enumerate(toks)}
    kept: list[Candidate] = []
    words: set[str] = set()  # the openers kept as the word
    for cand in out:
        i = by_start.get(cand[0])
        if i is not None and _echoed_opener(text, toks, i, cand, echoed, lex, starts_sentence):
            words.add(toks[i].low)
            continue
        kept.append(cand)
    if words:  # the echo itself is the word too, whatever read it as the name again
        kept = [c for c in kept if not _echo_of(toks, by_start.get(c[0]), c, words)]
    return kept


def _echo_of(toks: list[Token], i: int | None, cand: Candidate, words: set[str]) -> bool:
    if i is None or i == 0 or cand[1] != toks[i].end:
        return False
    tok = toks[i]
    return not tok.capital and tok.low in words and toks[i - 1].low in _DETERMINERS


def _echoes(text: str) -> frozenset[str]:
    """Lower-case words of ``text`` written right after a determiner."""
    return frozenset(m[1] for m in _AFTER_DETERMINER.finditer(text))


def _echoed_opener(
    text: str,
    toks: list[Token],
    i: int,
    cand: Candidate,
    echoed: frozenset[str],
    lex: Lexicon,
    starts_sentence: Callable[[int], bool],
) -> bool:
    tok = toks[i]
    if cand[1] != tok.end or tok.acronym or tok.possessive:
        return False
    if tok.low not in echoed or not starts_sentence(i):
        return False
    if tok.low not in lex.word_names and tok.low not in lex.ordinary:
        return False
    if i + 1 < len(toks) and toks[i + 1].low in _PERSON_VERBS:
        return False
    if tok.low not in RELATIONS and _does_as_a_person(text, toks, i):
        return False  # "son is a sophomore and translates": a relation, whatever it does
    return text[tok.start + 1 : tok.end].islower()


def _does_as_a_person(text: str, toks: list[Token], i: int) -> bool:
    """A second verb joined to the word's own in its sentence ("Bill came on Friday and
    helped her", "Hope came and told me"): doing two things is a person's, where the word
    as a thing ("Bill came in the post and she opened it") hands over to a new subject."""
    for k in range(i + 1, min(len(toks) - 1, i + 12)):
        if _BREAK.search(text, toks[k - 1].end, toks[k].start):
            return False
        if toks[k].low == "and":
            after = k + 1 if toks[k + 1].low not in _ADVERBS or k + 2 >= len(toks) else k + 2
            nxt = toks[after]
            return nxt.low in _PERSON_VERBS or (
                not nxt.capital and nxt.low not in _NEW_SUBJECTS and nxt.low not in _DETERMINERS
            )
    return False
