"""Burmese names: a title of address before syllables of Burmese given names ("U Tin Aung",
"Daw Khin Myint", "Ma Thida", "Ko Zaw Min"), or two or three such syllables in a row
("Nay Lin", "Aung Myo Htet").

Burmese names have no surname; each is one to four syllables, most of them in no list of
given names, and several are English words too ("Win", "Nay", "Tin", "Moe"). A title of
address written with a capital right before them ("U", "Daw", "Ma", "Ko", "Maung", "Mg",
"Saw", "Naw", "Sai") says a person is meant; without one, two or more capitalised
syllables of the list side by side are a name only when at least one of them is in no list
of everyday words. The title goes into the placeholder with the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# Titles of address written before a Burmese, Karen or Shan name (with a capital).
TITLES = frozenset("u daw ma ko maung mg saw naw sai".split())
# Syllables of Burmese given names as romanised in Myanmar.
SYLLABLES = frozenset(
    (
        "aung kyaw htet naing lin min zaw thant tun htun tin myint win soe hlaing thein oo "
        "khin myo nay ye phyo pyae sone thu zin hnin ei phyu moe thandar thida yadanar nwe "
        "san mya su wai yin nandar hla kyi khaing htay swe thura wint shwe cho thiri nilar "
        "myat mon lwin thaw paing kaung sithu htoo naung yamin yoon nyein thinzar ohn chit "
        "phoo thazin hsu wut yee ngwe kyal chaw thet khant zeyar zayar myat wutyi sandar "
        "yu hsan hein lay lwin thiha wunna zarni nyunt tint than maw myaing"
    ).split()
)
_MAX_SYLLABLES = 4


def _syllables_from(text: str, toks: list[Token], i: int) -> int:
    """Index after the capitalised Burmese syllables that start at ``i``, one space apart (a
    possessive ends them: "Thida's")."""
    j = i
    while j < len(toks) and j - i < _MAX_SYLLABLES:
        tok = toks[j]
        if not tok.capital or tok.low not in SYLLABLES:
            break
        if j > i and (toks[j - 1].possessive or text[toks[j - 1].end : tok.start] != " "):
            break
        j += 1
    return j


def burmese_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Titled Burmese names, and runs of two or more Burmese syllables of which one at least
    is a given name or in no list of everyday words."""
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (
            tok.low in TITLES
            and tok.word[:1].isupper()
            and not tok.possessive
            and i + 1 < len(toks)
            and text[tok.end : toks[i + 1].start] == " "
        ):
            end = _syllables_from(text, toks, i + 1)
            if end > i + 1:
                out.append((tok.start, toks[end - 1].end, "name"))
                i = end
                continue
        if not tok.capital or tok.low not in SYLLABLES:
            i += 1  # no syllable starts here (``_syllables_from`` would stop at once)
            continue
        end = _syllables_from(text, toks, i)
        if end - i >= 2 and any(
            t.low not in lex.ordinary or t.low in lex.given_names for t in toks[i:end]
        ):
            out.append((tok.start, toks[end - 1].end, "name"))
            i = end
            continue
        i += 1
    return out
