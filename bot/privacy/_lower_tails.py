"""Where a name typed in lower case stops when a clause of another language follows it.

Chat answers written beside English in Portuguese, Spanish, Italian, Turkish, Czech,
Japanese romaji, Dhivehi or Greek put a lower-case name right before the words of its
clause ("matilde mora sozinha", "elif bugün okula gitti", "yuki-chan kyou gakkou itta",
"lupita dijo que"). Those words are in no English list, so they read like a surname typed
in lower case ("ana folau", "hendrik de vries"). Two general cues tell the clause apart:

- a lower-case word in no list of names, followed (after one space) by another such word:
  a surname typed in lower case ends the name or is followed by an English word, while two
  unlisted words of three letters or more in a row are words of a sentence ("bugün
  okula", "mora sozinha"; "mbagala na", "lahug ug" go on as a place and a particle);
- a function word of another language (stopwords-iso, marked neither as a name nor as
  English): "dijo", "desde", "detto" are verbs and prepositions, never a surname.

A particle that joins the parts of a name ("binti", "de", "van der") is handled before
this check and never stops the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._word_classes import Token


# a short word after a name ("na", "ug", "ya") is as often a particle or preposition that
# follows a name or place in these languages: only a longer one shows a clause
_MIN_CLAUSE_WORD = 3


def clause_word(text: str, toks: list[Token], k: int, unlisted: Callable[[Token], bool]) -> bool:
    """Whether lower-case token ``k``, in no list, opens a clause rather than going on with
    the lower-case name before it."""
    tok = toks[k]
    if tok.capital or not unlisted(tok):
        return False
    if tok.low in tables().loose:
        return True  # "dijo", "desde", "detto"
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return (
        not nxt.capital
        and text[tok.end : nxt.start] == " "
        and len(nxt.word) >= _MIN_CLAUSE_WORD
        and unlisted(nxt)
        and not nxt.possessive
    )
