"""Whether a text holds words of a family of languages: the guard of the rules that read a
short word of that family (an article, a word of address, a preposition) before a name or
place. Words spelt like everyday English words ("a", "no", "em", "me") show nothing; two
other function words of the family do, and for Vietnamese so do words written with its
tone marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon

ROMANCE = frozenset({"es", "pt", "ca", "it", "gl"})
PORTUGUESE = frozenset({"pt", "gl"})
SPANISH_LIKE = frozenset({"es", "ca", "it", "gl"})
VIETNAMESE = frozenset({"vi"})
MALAY = frozenset({"id", "ms"})
FILIPINO = frozenset({"tl"})
_MIN_WORDS = 2
# letters that only Vietnamese writes (a tone mark over a vowel, or "đ", "ơ", "ư")
_VIETNAMESE_LETTERS = frozenset("ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư")
# everyday words of these languages that the function-word lists leave out
_EXTRA = {
    "pt": frozenset("disse falou tava tá pra vovó mãe pai hoje ontem ela ele".split()),
    "es": frozenset("dijo dice fue vino hoy ayer mamá papá ella él".split()),
    "vi": frozenset("nói rằng hôm nay qua đi được không".split()),
    "id": frozenset(
        "bilang cerita pergi pulang datang ikut sama udah gak nggak aja tadi kemarin".split()
    ),
    "tl": frozenset("siya niya ng ang mga nang po kasi yung daw raw".split()),
}


_NONE: frozenset[str] = frozenset()
_EXTRA_BY_FAMILY: dict[frozenset[str], frozenset[str]] = {}


def _extra_words(family: frozenset[str]) -> frozenset[str]:
    """The ``_EXTRA`` words of the languages of ``family`` (worked out once per family)."""
    extra = _EXTRA_BY_FAMILY.get(family)
    if extra is None:
        extra = frozenset().union(*(_EXTRA.get(f, _NONE) for f in family))
        _EXTRA_BY_FAMILY[family] = extra
    return extra


_WORDS_BY_FAMILY: dict[tuple[frozenset[str], bool, int], frozenset[str]] = {}


def _family_vocabulary(family: frozenset[str], lex: Lexicon, *, only: bool) -> frozenset[str]:
    """Every word that counts for ``family``: its ``_EXTRA`` words, and the function words of
    its languages that are no English word (with ``only``, of no language outside it either);
    worked out once per family, so that a text's words are looked up in one set."""
    key = (family, only, id(lex))
    words = _WORDS_BY_FAMILY.get(key)
    if words is None:
        t = tables()
        listed = {
            low
            for low, langs in t.langs.items()
            if langs
            and (langs <= family if only else not family.isdisjoint(langs))
            and low not in t.english
            and low not in lex.ordinary
        }
        words = frozenset(w for w in listed | _extra_words(family) if len(w) >= _MIN_WORDS)
        _WORDS_BY_FAMILY[key] = words
    return words


def family_words(
    lows: list[str], family: frozenset[str], lex: Lexicon, *, only: bool = False
) -> int:
    """How many distinct words of ``lows`` belong to ``family`` and are no English word;
    with ``only``, to no language outside ``family`` either ("ela" but not "de")."""
    seen = _family_vocabulary(family, lex, only=only).intersection(lows)
    if family is VIETNAMESE:
        seen |= {w for w in lows if not _VIETNAMESE_LETTERS.isdisjoint(w)}
    return len(seen)


def speaks(lows: list[str], family: frozenset[str], lex: Lexicon, *, only: bool = False) -> bool:
    """Whether the words show the text to be (partly) in one of ``family``'s languages."""
    return family_words(lows, family, lex, only=only) >= _MIN_WORDS


class Evidence:
    """``speaks`` for the words of one text, each family worked out once and only when a
    rule asks (the rules reading articles and prepositions ask about the same families)."""

    __slots__ = ("_known", "_lex", "_lows")

    def __init__(self, lows: list[str], lex: Lexicon) -> None:
        self._lows = lows
        self._lex = lex
        self._known: dict[tuple[frozenset[str], bool], bool] = {}

    def speaks(self, family: frozenset[str], *, only: bool = False) -> bool:
        """``speaks(lows, family, lex, only=only)`` for this text's words."""
        key = (family, only)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = speaks(self._lows, family, self._lex, only=only)
        return known
