"""German nouns written into English text.

Practitioners in German-speaking places write their notes in English and keep the German
word for the thing ("no Wutanfall at school", "paid with his own Taschengeld", "started
with Kaffee", "in Feierabend mode", "no Telefon at the table"). German capitalises every
noun, so the word keeps its capital, and being in no English list it was read as a rare
name. A whole German text is handled by ``_german_nouns``; here the text is English, so
only a word that can be nothing but a German noun is kept:

- an everyday German noun of ``_german_nouns``' own list ("Kaffee", "Hund", "Telefon");
- a word with an ending no English word and no name has (-heit, -keit, -schaft, -ungen,
  -ität: "Gesellschaft");
- a compound on a German head noun for a thing, time, feeling or person at home (-abend,
  -zimmer, -geld, -angst, -wurst, -anfall, -wohnung, -frühstück ...: "Feierabend",
  "Schlafzimmer", "Taschengeld", "Trennungsangst"), with at least three letters before it;
- after "the", "a" or an owner, a compound on a head for a person by the role they have at
  an office or a school (-bearbeiter, -beraterin, -lehrerin, -begleiter: "the
  Sachbearbeiterin was friendly"), even where a verb of a person follows (a role does
  what people do).

Recall first: the word is in no list of given names, surnames, towns or regions, is no
acronym and stands alone (a capitalised word beside it makes a run, judged as one); a title
before it ("Frau Keller") keeps it a name, and so does a person's slot: a verb only people
do after it ("Hund said"), an apposition ("Hund, his friend"), being listed with a name
found ("Sione and Hund"), or being met, told or called; heads that end the names of institutions and
places (-schule, -zentrum, -heim, -amt, -dorf, -berg ...) and short heads that end names of
other languages (-rat in "Nusrat", -bad in "Hayatabad", -rad, -ung, -ion, -chen) are left
out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._german_nouns import _EVERYDAY, _GERMAN_ENDINGS
from ._vocab import PERSON_ONLY_VERBS, STRONG_PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_MIN_ENDING_WORD = 6
_MIN_PREFIX = 3
# heads of German compounds that name a thing of home, time, feeling or a person at home
_HEADS = (
    "abend",
    "zimmer",
    "arbeit",
    "gespräch",
    "stunde",
    "stunden",
    "schmerz",
    "schmerzen",
    "frühstück",
    "pause",
    "pausen",
    "woche",
    "wochen",
    "eltern",
    "geld",
    "angst",
    "ängste",
    "wurst",
    "anfall",
    "anfälle",
    "attacke",
    "attacken",
    "trauer",
    "freude",
    "sachen",
    "kuchen",
    "wohnung",
    "küche",
    "termin",
    "termine",
    "frage",
    "fragen",
    "antwort",
    "aufgabe",
    "aufgaben",
    "essen",
    "suppe",
    "träume",
    "traum",
    # furniture, school holidays and feast nights: "am Küchentisch", "the Herbstferien",
    # "Weiberfastnacht", "Rosenmontag"
    "tisch",
    "ferien",
    "nacht",
    "montag",
)
# heads of German compounds naming a person by their role at an office or a school: "the
# Sachbearbeiterin was friendly", "her Klassenlehrerin", "the Schulbegleiter"
_ROLE_HEADS = (
    "arbeiterin",
    "bearbeiter",
    "beraterin",
    "betreuerin",
    "betreuer",
    "ärztin",
    "helferin",
    "erzieherin",
    "erzieher",
    "lehrerin",
    "therapeutin",
    "begleiterin",
    "begleiter",
    "dolmetscherin",
    "vermittlerin",
)


def keep_german_loanwords(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the lone capitalised words that can only be German nouns."""
    if not found:
        return found
    by_start = {t.start: i for i, t in enumerate(toks)}
    names = frozenset(by_start.get(c[0], -1) for c in found if c[2] == "name")
    kept: list[Candidate] = []
    for cand in found:
        i = by_start.get(cand[0])
        if i is not None and cand[1] == toks[i].end and _german_noun(text, toks, i, lex, names):
            continue
        kept.append(cand)
    return kept


def _german_noun(text: str, toks: list[Token], i: int, lex: Lexicon, names: frozenset[int]) -> bool:
    tok = toks[i]
    if not tok.capital or tok.acronym or tok.kind is not Kind.UNKNOWN:
        return False
    low = tok.low
    if low in lex.places or low in lex.regions or low in lex.surnames:
        return False
    if i > 0 and (toks[i - 1].title or toks[i - 1].initial):
        return False  # "Frau Keller", "Dr. Anfall"
    role = i > 0 and toks[i - 1].low in _OWNERS and _ends_with(low, _ROLE_HEADS)
    for j in (i - 1, i + 1):
        if role and j == i - 1:
            continue  # "The Sachbearbeiterin said": the article opens the sentence
        if 0 <= j < len(toks) and toks[j].capital:
            left, right = (toks[j], tok) if j < i else (tok, toks[j])
            if text[left.end : right.start] in (" ", "-"):
                return False  # a run of capitals: "Dennis Schulz", "Café Telefon"
    if role:
        return True  # a role does what people do: "the Sachbearbeiterin said"
    if _person_slot(text, toks, i, names):
        return False
    if low in _EVERYDAY:
        return True
    if len(low) >= _MIN_ENDING_WORD and low.endswith(_GERMAN_ENDINGS):
        return True
    return _ends_with(low, _HEADS)


def _ends_with(low: str, heads: tuple[str, ...]) -> bool:
    """Whether ``low`` is a compound on one of ``heads``, three letters or more before it."""
    return any(low.endswith(head) and len(low) - len(head) >= _MIN_PREFIX for head in heads)


_PERSON_BEFORE = frozenset(
    "met meet meets meeting told tell tells asked ask asks called call calls texted thanked "
    "hugged visited visits phoned rang named dear hi hello".split()
)
_LIST_GAPS = frozenset({" and ", ", ", " & ", " or ", " with "})


def _person_slot(text: str, toks: list[Token], i: int, names: frozenset[int]) -> bool:
    """Whether ``toks[i]`` stands where a person stands: before a verb only people do or
    an apposition, after a word said to a person, or listed beside a name found."""
    tok = toks[i]
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        gap = text[tok.end : nxt.start]
        if gap == " " and (nxt.low in STRONG_PERSON_VERBS or nxt.low in PERSON_ONLY_VERBS):
            return True
        if gap == ", " and nxt.low in _OWNERS:
            return True  # "Hund, his friend"
    if i > 0 and toks[i - 1].low in _PERSON_BEFORE:
        return True
    for j in (i - 1, i + 1):
        if j in names and 0 <= j < len(toks):
            left, right = (toks[j], tok) if j < i else (tok, toks[j])
            if text[left.end : right.start] in _LIST_GAPS:
                return True
    return False


_OWNERS = frozenset("his her their my our your the a an".split())
