"""Listed towns and suburbs typed in lower case after the words that say where in chat and
in Nigerian Pidgin: "at guildford", "dey stay for ajegunle", "dem don move go ikeja", "we
reach surulere". Only a town in the list of places that is no everyday word counts ("at
reading", "go home", "for sure" stay).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

# "at" as in English; Pidgin "for" (at, in), "go" and "reach" (go to, get to)
CUES = frozenset(
    {"at", "for", "go", "reach"}
    # leaks11 chat: Albanian "ne" (in), Bemba, Nyanja and Shona "ku" (at, to), Lingala and
    # Shona "na", Portuguese "pra" and "pro" (to), Lithuanian "iš" (from) and "į" (to),
    # Romanian "la" and "din" (at, from), Arabizi "b" (in), Dari "dar" (in)
    | {"ne", "ku", "na", "pra", "pro", "iš", "į", "la", "din", "b", "dar"}
)
_MIN_TOWN = 4


def listed_town_after_cue(
    text: str, toks: list[Token], i: int, lex: Lexicon, *, word: bool
) -> bool:
    """Whether ``toks[i]``, right after one of ``CUES``, is a listed town typed in lower
    case; ``word`` says whether it is in any list of words (everyday or names)."""
    tok = toks[i]
    return (
        not word
        and not tok.possessive
        and len(tok.low) >= _MIN_TOWN
        and tok.word.islower()
        and tok.low in lex.places
        and text[toks[i - 1].end : tok.start] == " "
    )
