"""Capitalised nouns in the text of a writer who capitalises nouns.

Some practitioners capitalise the words that matter in a note, English ones too: "she said
she didn't think about the Divorce once", "the Pension came through", "calming the Anger
inside". A writer who does so with an everyday English noun after an article or owner
capitalises the client's own words the same way: "buys Lavash at the Shuka", "stayed until
the Surj was finished", "the Zawiya on Friday". In such a text a lone capitalised word
right after an article or owner, in no list of names, surnames or places, is read as a
noun of that kind, not as a name.

The writer's habit is shown by a lone capitalised everyday English noun or kinship word of
any language, of four letters or more, after "the", "a", "an", "no" or an owner ("the
Divorce", "with her Abuela": English writes both in lower case there), which is no listed
name, surname or place, no plural (a team, "the Chiefs", or a family, "the Nguyens"), no
word of a people or language ("a Finnish series": every writer capitalises it) and no noun
heading a proper name ("the Ministry of Labour"); it must be another word than the one
judged.

Recall first: the judged word must be a one-word candidate after such a determiner with one
space, in no list of given names, surnames, towns or regions, and followed neither by
another capitalised word ("her Nani Jahanara": the name after a relative's word), nor by
what a person does ("then her Tamirat came in", "the Marek said"), nor by a lower-case word
in no English list, the head noun of a name in its own language ("the Itäkeskuksen
nuorisotalo").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_words import _KIN_VOCAB
from ._name_cues import _person_follows
from ._word_classes import Kind, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_DETERMINERS = frozenset("the a an no her his my their our your".split())
# "went to the Makola", "at the Ridge": after a preposition of place the word may name one
_PLACE_PREPOSITIONS = frozenset("at in from to near into outside inside around by".split())
_MIN_HABIT_WORD = 4  # shorter capitals are initials or abbreviations ("the Y", "her Ex")
# plurals name teams and families ("the Chiefs"); words of a people or language are
# capitalised by every writer ("a Finnish series", "the Korean church")
_NOT_HABIT_ENDINGS = ("s", "ish", "ese", "ian", "ean")
# "the Ministry of Labour", "the Fund for Health Insurance": the noun heads a proper name
_NAME_LINKS = frozenset({"of", "for"})


def keep_capitalised_nouns(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the one-word candidates that a noun-capitalising writer's
    determiner shows to be nouns."""
    habit = _habit_words(text, toks, lex, found)
    if not habit:
        return found
    return without_one_word_names(
        found,
        toks,
        lambda i: (
            bool(habit - {toks[i].low})
            and _lone_after_determiner(text, toks, i)
            and not (i >= 2 and toks[i - 2].low in _PLACE_PREPOSITIONS)
            and not lex.listed(toks[i].low)
            and not toks[i].acronym
            and not _foreign_head_follows(text, toks, i, lex)
            and not _person_follows(text, toks, i, weak=False)
        ),
    )


def _habit_words(text: str, toks: list[Token], lex: Lexicon, found: list[Candidate]) -> set[str]:
    """The everyday English nouns and kinship words the writer capitalises after a
    determiner, outside every candidate (one read as a name, "the Pani said", shows
    nothing, and would be gone from the text once redacted)."""
    return {
        tok.low
        for i, tok in enumerate(toks)
        if (tok.kind is Kind.ORDINARY or tok.low in _KIN_VOCAB)
        and tok.capital
        and not tok.acronym
        and not tok.possessive
        and len(tok.word) >= _MIN_HABIT_WORD
        and not tok.low.endswith(_NOT_HABIT_ENDINGS)
        and not lex.listed(tok.low)
        and _lone_after_determiner(text, toks, i)
        and (i + 1 == len(toks) or toks[i + 1].low not in _NAME_LINKS)
        and not any(c[0] <= tok.start < c[1] for c in found)
    }


def _lone_after_determiner(text: str, toks: list[Token], i: int) -> bool:
    """``toks[i]`` follows a lower-case determiner after one space, and no capitalised
    word follows it after a space."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.capital or prev.low not in _DETERMINERS or text[prev.end : toks[i].start] != " ":
        return False
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.capital and text[toks[i].end : nxt.start] == " ":
            return False
    return True


def _foreign_head_follows(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the Itäkeskuksen nuorisotalo": a lower-case word in no English list right after
    is the head noun of a name of another language, which the capitalised word modifies."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    nxt = toks[i + 1]
    return nxt.low not in lex.ordinary and nxt.low not in tables().langs
