"""Names after the person particles of Filipino and Malay, and before Korean words of address,
in either case: "si honey", "kay jun", "ni Lovely", "si kuya jun", "si budi pergi", "jisoo
unnie", "minho oppa".

Filipino marks a person's name with "si" (subject), "ni" (of, by) and "kay" (to, for), and
their plurals; Malay and Indonesian with "si". Read as particles only in a text with other
Filipino or Malay words, and never before a word that is no name: a relation alone ("si mama
ay"), a pronoun, "kay ganda" (how beautiful), "ni isa" (not even one), "si kecil" (the little
one). A relation between the particle and the name ("si ate Lovely") is passed over. Korean
words of address after a name ("oppa", "unnie", "hyung", "noona", "ssi") mark the word before
them as the name unless it is an owner or an everyday word ("my oppa", "cute oppa"). The
particles and words of address themselves stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# kinds of token (``_word_classes.Kind``), by name
_LISTED = frozenset({Kind.NAME, Kind.WORD_NAME})

_FILIPINO = frozenset("si ni kay sina nina kina".split())
_MALAY = frozenset({"si"})
# other words that show the text is Filipino (Tagalog, Taglish) or Malay/Indonesian
_FILIPINO_WORDS = frozenset(
    "ang ng ay yung po opo naman lang talaga kasi hindi siya sya niya nya kami namin tayo "
    "natin pala sobrang ikaw mga nung noong kanina ngayon nang kung tapos dahil wala meron "
    "kanya sakin akin sobra grabe".split()
)
_MALAY_WORDS = frozenset(
    "dia yang tak tidak dan ke dengan pergi sudah nak saya kami ini itu ada lagi dah tu "
    "sangat juga kerana karena untuk pun belum boleh mahu mau dari pada akan sama".split()
)
_MIN_CONTEXT = 1  # Filipino words: none of them is Spanish, Portuguese or English
_MIN_MALAY_CONTEXT = 2
# relations after a particle and before the name ("si ate Lovely", "si kuya jun")
_RELATIONS = frozenset(
    "ate kuya tita tito lola lolo tatay nanay inay itay mama papa mommy daddy ninang ninong "
    "manang manong tiya tiyo ditse diko sanse kak kakak abang adik mak pak cik".split()
)
# words after a particle that are no name
_NOT_NAMES = (
    _RELATIONS
    | _FILIPINO_WORDS
    | _MALAY_WORDS
    | frozenset(
        "ganda sarap bilis galing laki dami init lamig tagal saya lungkot isa kecil bungsu "
        "sulung polan anu ano sino bunso baby babe i you he she it we they me him her them "
        "my his the a an this that and or".split()
    )
)
_KOREAN_AFTER = frozenset("oppa unnie unni eonni noona nuna hyung hyungnim sunbae ssi".split())
_NOT_BEFORE_KOREAN = frozenset(
    "my your his her their our ur the a an this that some fav favourite favorite fave new "
    "old korean kpop k-pop bias ultimate".split()
)
_MIN_NAME = 2


def may_hold(lows: list[str]) -> bool:
    """Whether a particle or a Korean word of address is among the words."""
    return not _FILIPINO.isdisjoint(lows) or not _KOREAN_AFTER.isdisjoint(lows)


def particle_names(
    text: str, toks: list[Token], lows: list[str], ordinary: set[str] | frozenset[str]
) -> list[Candidate]:
    """Names after "si", "ni", "kay" in a Filipino or Malay text and before Korean words of
    address; ``ordinary`` holds everyday English words (no names)."""
    words = set(lows)
    filipino = len(words & _FILIPINO_WORDS) >= _MIN_CONTEXT
    malay = len(words & _MALAY_WORDS) >= _MIN_MALAY_CONTEXT
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        low = tok.low
        if (filipino and low in _FILIPINO) or (malay and low in _MALAY):
            j = _name_after(text, toks, i, ordinary)
            if j is not None:
                out.append((toks[j].start, toks[j].end, "name"))
        elif low in _KOREAN_AFTER and i > 0:
            prev = toks[i - 1]
            if (
                text[prev.end : tok.start] == " "
                and not prev.possessive
                and prev.word.replace("-", "").isalpha()  # "Ji-hoon oppa"
                and len(prev.word) >= _MIN_NAME
                and prev.low not in _NOT_BEFORE_KOREAN
                and prev.low not in _KOREAN_AFTER
                and (prev.capital or prev.low not in ordinary)
            ):
                out.append((prev.start, prev.end, "name"))
    return out


def _name_after(
    text: str, toks: list[Token], i: int, ordinary: set[str] | frozenset[str]
) -> int | None:
    """The index of the name after the particle ``toks[i]``, past one relation."""
    j = i + 1
    if j < len(toks) and toks[j].low in _RELATIONS and spaced(text, toks, j):
        j += 1
    if j >= len(toks) or not spaced(text, toks, j):
        return None
    tok = toks[j]
    if not tok.word.isalpha() or len(tok.word) < _MIN_NAME or tok.low in _NOT_NAMES:
        return None
    if tok.capital:
        return j
    # "si client", "nga ni adto" (Cebuano "this"): an everyday word, or after "ni" any
    # word in no list of names, is no name typed in lower case
    if tok.kind not in _LISTED and tok.low in ordinary:
        return None
    if tok.kind is Kind.ORDINARY or (toks[i].low == "ni" and tok.kind not in _LISTED):
        return None
    return j
