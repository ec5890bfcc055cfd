"""Capitalised nouns in the text of a writer who capitalises nouns.

Some practitioners capitalise the words that matter in a note, English ones too: "she said
she didn't think about the Divorce once", "the Pension came through", "calming the Anger
inside". A writer who does so with an everyday English noun after an article or owner
capitalises the client's own words the same way: "buys Lavash at the Shuka", "stayed until
the Surj was finished", "the Zawiya on Friday", and, shown by two such nouns or more, the
kinds of places too: "lives in the Heim", "went to the Mosquée", "works in a big Kaisha". In
such a text a lone
capitalised word right after an article or owner (maybe past one plain adjective: "a big",
"the whole"), in no list of names, surnames or places, is read as a noun of that kind, not
as a name.

The writer's habit is shown by a lone capitalised everyday noun (of English, or of another
language the lists know: "the Feria", "the Señora") or kinship word of any language, of
four letters or more, after "the", "a", "an", "no" or an owner ("the Divorce", "with her
Abuela": English writes both in lower case there), also after the determiner opening a
sentence when the sentence goes on in lower case ("The Father was surprised"), which is no
listed name, surname or place, no plural (a team, "the Chiefs", or a family, "the
Nguyens"), no word of a people or language ("a Finnish series": every writer capitalises
it) and no noun heading a proper name ("the Ministry of Labour"); it must be another word
than the one judged. An English noun shows the habit even where a rule read it as a name
("the Father asked"): the noun is no name anywhere.

Recall first: the judged word must be a one-word candidate after such a determiner with one
space, not after a preposition of place when the habit is shown by one noun only ("the
Grief ... goes to the Adabraka": the place's name) nor ever after "at" or "by" ("a shift at
the Cactus": a venue), in no list of given names
or regions, no hyphenated word with a listed part ("the Helene-Lange-Gymnasium"), listed as
a surname or town only when it ends its phrase and is no part of another candidate ("Ana
Barrio ... the Barrio"), and followed neither by another capitalised word ("her Nani
Jahanara": the name after a relative's word), nor by what a person does ("then her Tamirat
came in", "the Marek said"), nor by a lower-case word in no English list, the head noun of a
name in its own language ("the Itäkeskuksen nuorisotalo").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._everyday_vocabulary import vocabulary
from ._function_words import tables
from ._kin_words import _KIN_VOCAB
from ._name_cues import _person_follows
from ._word_classes import Kind, without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_DETERMINERS = frozenset("the a an no her his my their our your".split())
_MIN_HABIT_WORD = 4  # shorter capitals are initials or abbreviations ("the Y", "her Ex")
# plurals name teams and families ("the Chiefs"); words of a people or language are
# capitalised by every writer ("a Finnish series", "the Korean church")
_NOT_HABIT_ENDINGS = ("s", "ish", "ese", "ian", "ean")
# "went to the Makola", "at the Ridge": after a preposition of place the word may name one
_PLACE_PREPOSITIONS = frozenset("at in from to near into outside inside around by".split())
_VENUE_PREPOSITIONS = frozenset({"at", "by"})
_HABIT_FOR_PLACES = 2  # other capitalised nouns that show the habit beyond emphasis
# what may follow a listed word read as a noun: the end of its phrase
_JOINING = frozenset("and or but with on in at for to from before after every each".split())
# describing words that stand between a determiner and a noun, never before a name
_PLAIN_ADJECTIVES = frozenset(
    """
    big small whole new old same first last next local own good great nice kind strict entire
    huge real usual
    """.split()
)
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
            and not _place_named(toks, i, habit_shown=len(habit - {toks[i].low}))
            and not _named_by_lists(text, toks, i, lex, found)
            and not toks[i].acronym
            and not _foreign_head_follows(text, toks, i, lex)
            and not _person_follows(text, toks, i, weak=False)
        ),
    )


def _named_by_lists(
    text: str, toks: list[Token], i: int, lex: Lexicon, found: list[Candidate]
) -> bool:
    """The word (or a part of a hyphenated one: "the Helene-Lange-Gymnasium") is a listed
    name. A word listed only as a surname or a town ("the Barrio", "in the Heim", "the
    Pueblo") is read as the writer's noun when it ends its clause or a joining word follows,
    and is no part of another candidate of the text ("Ana Barrio came ... the Barrio")."""
    tok = toks[i]
    parts = tok.low.split("-")
    if not any(lex.listed(part) for part in parts):
        return False
    if len(parts) > 1 or tok.low in lex.given_names or tok.low in lex.regions:
        return True
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if text[tok.end : nxt.start] == " " and nxt.low not in _JOINING:
            return True
    return any(s != tok.start and tok.low in text[s:e].lower().split() for s, e, _k in found)


def _place_named(toks: list[Token], i: int, *, habit_shown: int) -> bool:
    """ "went to the Makola", "at the Ridge": a preposition of place before the determiner
    may make the word a place's name. A writer who capitalises several other everyday nouns
    after a determiner capitalises the kinds of places the same way ("lives in the Heim",
    "went to the Mosquée", "works in a big Kaisha"); only "at" and "by" still name a venue
    there ("a shift at the Cactus"). One such noun may be emphasis ("the Grief"), and shows
    no more than that."""
    det = _determiner_at(toks, i)
    if det < 1:
        return False
    prep = toks[det - 1].low
    if habit_shown >= _HABIT_FOR_PLACES:
        return prep in _VENUE_PREPOSITIONS
    return prep in _PLACE_PREPOSITIONS


def _determiner_at(toks: list[Token], i: int) -> int:
    """The index of the determiner before ``toks[i]``, past one plain adjective ("a big",
    "the whole"), or -1."""
    if i >= 1 and toks[i - 1].low in _DETERMINERS:
        return i - 1
    if i >= 2 and toks[i - 1].low in _PLAIN_ADJECTIVES and toks[i - 2].low in _DETERMINERS:
        return i - 2
    return -1


def _habit_words(text: str, toks: list[Token], lex: Lexicon, found: list[Candidate]) -> set[str]:
    """The everyday nouns (of English or of another language the lists know: "the Feria",
    "the Señora") and kinship words the writer capitalises after a determiner, outside
    every candidate (one read as a name, "the Pani said", shows nothing, and would be gone
    from the text once redacted)."""
    borrowed = vocabulary(lex)
    return {
        tok.low
        for i, tok in enumerate(toks)
        if (tok.kind is Kind.ORDINARY or tok.low in _KIN_VOCAB or tok.low in borrowed)
        and tok.capital
        and not tok.acronym
        and not tok.possessive
        and len(tok.word) >= _MIN_HABIT_WORD
        and not tok.low.endswith(_NOT_HABIT_ENDINGS)
        and not lex.listed(tok.low)
        and (_lone_after_determiner(text, toks, i) or _after_opening_determiner(text, toks, i))
        and (i + 1 == len(toks) or toks[i + 1].low not in _NAME_LINKS)
        and (
            tok.low in lex.ordinary  # "the Father asked": an English noun, read as a name or not
            or not any(c[0] <= tok.start < c[1] for c in found)
        )
    }


def _after_opening_determiner(text: str, toks: list[Token], i: int) -> bool:
    """ "The Father was surprised", "My Client passed": a capitalised noun after the
    determiner that opens a sentence, a lower-case word going on after it (not a heading's
    Title Case)."""
    if i < 1 or i + 1 >= len(toks) or toks[i - 1].low not in _DETERMINERS:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return (
        prev.capital
        and text[prev.end : toks[i].start] == " "
        and text[toks[i].end : nxt.start] == " "
        and nxt.word.islower()
    )


def _lone_after_determiner(text: str, toks: list[Token], i: int) -> bool:
    """``toks[i]`` follows a lower-case determiner after one space (maybe with one plain
    adjective between: "a big Kaisha", "the whole Rodzina"), and no capitalised word
    follows it after a space."""
    det = _determiner_at(toks, i)
    if det < 0 or toks[det].capital:
        return False
    if any(text[toks[k].end : toks[k + 1].start] != " " for k in range(det, i)):
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
