"""An everyday English noun right after "the" that ends its phrase is the noun, not a name.

"the Dean of Students", "the client, his sister and the Dean from Year 11", "called the anger
the Storm, and": English puts "the" before a person's name only as part of a group's or a
family's name, and that name goes on with a noun or a plural ("the Haddad family", "the
Naivalu boys", "the Nguyens"). A capitalised everyday noun between "the" and the end of its
phrase names a role or a thing, though the same word is a given name ("Dean") or a
nickname elsewhere; the rules that read a writer's habit of capitalising nouns
(``_capitalising_writers``) need another such noun in the text, this one needs none.

Recall first: only a one-word name candidate (a place's or a body's is judged elsewhere)
that is an everyday English word or a word-name ("dean", "storm"; not a given name in no
English list, "the Agnieszka", nor a word in no list, "chats with the Vendedor and goes
home": a person's nickname as often as a noun of another language, which the rules of
``_article_surnames`` read by the text's language), right after "the" with one space, and not
after a preposition of place or of a venue before "the" ("at the Opry", "on the Malecón",
"in the Zuiderpark", "from the Kispi": a place's or a body's name as often as a noun); no
acronym ("the CCC": a body), no possessive, no word ending in "s" (a family, "the Mehtas",
or a team); followed by the end of a clause (punctuation) or by one of the few joining words
below, never by a noun ("the Fernández family"), a capitalised word, a verb ("the Rock
said") or a gloss in brackets ("the Rock (her cousin)"); and not removed as (part of) a name
elsewhere in the text ("Major is 15 ... what does the Major on the pitch know": that word is
his name in this text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._vocab import ORG_PREPS, PLACE_PREPS
from ._word_classes import Kind, spaced, without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# what may follow the word: the end of its phrase (a preposition or a conjunction after it)
_AFTER = frozenset("and or but with at in on to for from of into during before after".split())
# before "the": a preposition of place or of a venue makes the word a place's or a body's name
# as often as a noun ("at the Opry", "on the Malecón", "in the Zuiderpark", "from the Kispi")
_PLACED = (
    PLACE_PREPS
    | ORG_PREPS
    | frozenset(
        "on by off past behind beside along up down over under round of onto near opposite".split()
    )
)
_ENDS = frozenset('.,;:!?)"”')


def may_hold(lows: list[str]) -> bool:
    """Whether "the" stands among the text's words."""
    return "the" in lows


def keep_article_nouns(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """``found`` without the one-word name candidates "the" makes a noun (see the module)."""
    nouns = {i for i in _one_word_names(toks, found) if _article_noun(text, toks, i)}
    if not nouns:
        return found
    # a word removed as (part of) a name elsewhere names someone in this text
    named = {
        w
        for start, end, kind in found
        if kind == "name" and (start, end) not in {(toks[i].start, toks[i].end) for i in nouns}
        for w in text[start:end].lower().split()
    }
    keep = {i for i in nouns if toks[i].low not in named}
    return without_one_word_names(found, toks, keep.__contains__)


def _one_word_names(toks: list[Token], found: list[Candidate]) -> list[int]:
    """The indexes of the tokens that are a one-word name candidate of ``found``."""
    at = {t.start: i for i, t in enumerate(toks)}
    out: list[int] = []
    for start, end, kind in found:
        i = at.get(start)
        if kind == "name" and i is not None and toks[i].end == end:
            out.append(i)
    return out


def _article_noun(text: str, toks: list[Token], i: int) -> bool:
    if i < 1 or (i > 1 and toks[i - 2].low in _PLACED):
        return False
    tok = toks[i]
    if (
        toks[i - 1].low != "the"
        or not spaced(text, toks, i)
        or tok.acronym
        or tok.possessive
        or tok.low.endswith("s")
        or (tok.kind is not Kind.ORDINARY and tok.kind is not Kind.WORD_NAME)
    ):
        return False
    rest = text[tok.end : tok.end + 2]
    if not rest or rest[0] in _ENDS:
        return True
    if not rest.startswith(" ") or rest == " (":
        return False  # "the Marek (her cousin)": a gloss of a person
    if i + 1 >= len(toks) or not spaced(text, toks, i + 1):
        return False
    nxt = toks[i + 1]
    return nxt.low in _AFTER and not nxt.capital
