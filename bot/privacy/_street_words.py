"""Addresses written with the street, area and block words of other languages, in any case.

"near jalan sudirman", "soi 11 sukhumvit", "purok 3, brgy malinta", "blk 5 lot 12 villa verde
subd", "lorong 4 geylang", "kampung baru", "atatürk caddesi", "rajendra nagar", "in sector 34",
"an der hauptstraße 12": the English street rules look for "st", "rd", "ave" after a name,
so a word for street, lane, village, ward or block of another language goes unread, and a
name typed in lower case beside it is no capitalised word either.

Three closed classes of words make an address:

- words written before the name (Malay and Indonesian "jalan", Filipino "purok", Thai "soi",
  Polish "ulica" ...): the word, an optional number and the one to three name-like words after
  it (no everyday English word); a number alone will do ("purok 3", "soi 11");
- words written after the name (Turkish "caddesi", Hindi "nagar", Filipino "subd." ...): the
  one to three name-like words before it and the word;
- English words that name a part of a town only in some countries ("sector", "zone",
  "block", "street" before a number): only with a number, right after a word that says
  where ("in", "at", "from", "lives"), and with the clause ending after it, so "block 3 of
  the programme", "a sector 2 job" and "in zone 2 of the exercise" stay.

A word joined to a street word of Dutch, German or the Nordic languages ("kalverstraat",
"sveavägen", "osdorpplein") is a street too when the word is in no list of everyday words,
and a house number after it goes with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import tables
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# written before the name: street, lane, village, ward, district, block
BEFORE = frozenset(
    # Malay and Indonesian
    "jalan jl jln lorong lrg taman kampung kampong desa kelurahan kecamatan dusun"
    # Filipino
    " barangay brgy bgy purok sitio blk"
    # Thai (romanised)
    " soi thanon tambon amphoe"
    # Polish, Czech, Slovak, Russian, Ukrainian (romanised)
    " ulica ul ulitsa ulitsy vulytsia prospekt prospekta"
    # Spanish and Portuguese (with the words of ``_foreign_streets`` they add the number)
    " calle avenida avda rua travessa colonia"
    # Hindi and Urdu
    " mohalla gali"
    # Romanian and Hungarian
    " strada str".split()
)
# written after the name
AFTER = frozenset(
    # Filipino
    "subd subdivision"
    # Hindi, Urdu, Bengali, Nepali
    " nagar nagara puram pur colony mohalla chowk marg bazar"
    # Turkish and Azerbaijani
    " sokak sokağı sk caddesi cd cad mahallesi mah mahalle küçəsi"
    # Hungarian, Russian, Uzbek
    " utca ulitsa prospekt ko'chasi kuchasi"
    # German, Dutch, Scandinavian, Finnish
    " straße strasse str straat gasse vej gatan vägen katu".split()
)
# English words that name a part of a town only before a number, in a place clause
# ("zona 10"; "zona nyaman", "zona de confort" are a comfort zone)
NUMBERED = frozenset("sector zone zona block street lot plot".split())
# written in a word: "kalverstraat", "hauptstraße", "sveavägen", "osdorpplein"
SUFFIXES = (
    "straße",
    "strasse",
    "straat",
    "gasse",
    "gatan",
    "vägen",
    "katu",
    "plein",
    "baan",
    "gracht",
)
# words that say where right before a numbered English word
_WHERE = frozenset(
    "in on off at from near to lives live living stays stay staying address addr moved"
    " reside".split()
)
# small words inside a name: "villa de la paz", "kampung bahru"
_JOINERS = frozenset("de del la do da dos das di dei e y".split())
# words that may follow an address in the same clause
_AFTER = frozenset("now and near by with w since but so".split())
# English words after the name words that read as the same phrase in English
_ENGLISH_AFTER = frozenset({"colony", "str", "pur", "bazar"})
_NUMBER = re.compile(r"[ \t]*(?:(?:no\.?|nr\.?|#)[ \t]*)?(\d{1,5}(?:[-/]?[A-Za-z0-9]{1,3})?)\b")
_LEAD_NUMBER = re.compile(r"[A-Z]?-?\d{1,5}(?:-?[A-Za-z])?\b")
# abbreviations that are other words without their full stop ("ul", "str", "sk", "cd")
_DOTTED = frozenset("ul str sk cd cad mah".split())
# words of a unit in a housing estate: the number and name go, the word stays ("blk 115")
_UNIT_WORDS = frozenset("blk block lot plot".split())
# words after "jalan" that make it the verb "to walk" ("jalan kaki", "jalan ke pasar")
# a word before an address word that makes it a common noun: "the taman bermain", "our desa"
_DETERMINERS = frozenset("the a an this that these those my our your his her their its".split())
_NOT_NAMES = frozenset(
    "kaki ke sama bareng pagi sore malam santai terus lagi sendiri dulu jalan yuk"
    " bersama sambil pulang".split()
)
_MAX_WORDS = 3
_MIN_WORD = 3
_MIN_STEM = 3


# a word of these opens the cheap test below (``find_proper_nouns`` has a gate bit for them)
WORDS = BEFORE | AFTER | NUMBERED


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap test: a word of the classes above is in the text."""
    return not WORDS.isdisjoint(lows) or may_hold_beyond_words(text, lows)


def may_hold_beyond_words(text: str, lows: list[str]) -> bool:
    """The part of ``may_hold`` past the words themselves: a case ending after an address
    word, or a suffix of one."""
    if "'" in text and any(low.partition("'")[0] in AFTER for low in lows if "'" in low):
        return True  # Turkish case endings: "bağdat caddesi'nde"
    for suffix in SUFFIXES:  # noqa: SIM110 - a loop costs less than a generator here
        if suffix in text:
            return True
    return False


def street_words(
    text: str,
    toks: list[Token],
    everyday: Callable[[Token], bool],
) -> list[Candidate]:
    """Addresses named by an address word of another language and the words beside it;
    ``everyday`` says whether a token is an everyday English word (or a brand, weekday)."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        low, end = tok.low, tok.end
        if "'" in low and low not in AFTER:
            low = low.partition("'")[0]  # "caddesi'nde": the street word and a case ending
            end = tok.start + len(low)
        if (
            low in BEFORE
            and not (low in _DOTTED and text[tok.end : tok.end + 1] != ".")
            and not (i > 0 and toks[i - 1].low in _DETERMINERS)  # "the taman bermain"
        ):
            end = _after(text, toks, i, everyday)
            if end:
                out.append((_start(text, tok), end, "place"))
        if low in AFTER and i > 0:
            if (low in _ENGLISH_AFTER and tok.capital) or (
                low in _DOTTED and text[tok.end : tok.end + 1] != "."
            ):
                continue
            start = _before(text, toks, i, everyday)
            if start >= 0:
                out.append((start, _dot_end(text, end), "place"))
        elif low in NUMBERED and i > 0 and (low == "zona" or _placed(text, toks, i)):
            # "zona 3" names a town's zone wherever it stands: its number and the clause's end
            placed = low != "zona" or _placed(text, toks, i)
            end = _numbered(text, toks, i, chained=placed and toks[i - 1].low not in _WHERE)
            if end:
                out.append((_start(text, tok), end, "place"))
        elif low.endswith(SUFFIXES) and not everyday(tok) and _stem_ok(low):
            m = _NUMBER.match(text, tok.end)
            out.append((tok.start, m.end(1) if m else tok.end, "place"))
    return out


def _start(text: str, tok: Token) -> int:
    """Where the address starts: a unit word ("blk 115") stays, its number goes."""
    if tok.low in _UNIT_WORDS:
        m = _NUMBER.match(text, tok.end + (text[tok.end : tok.end + 1] == "."))
        if m:
            return m.start(1)
    return tok.start


def _placed(text: str, toks: list[Token], i: int) -> bool:
    """A word that says where, or a numbered address word ("blk 5 lot 12"), comes right
    before ``toks[i]``."""
    prev = toks[i - 1]
    if prev.low in _WHERE:
        return text[prev.end : toks[i].start] == " "
    gap = text[prev.end : toks[i].start]
    return (prev.low in BEFORE or prev.low in NUMBERED) and any(c.isdigit() for c in gap)


def _stem_ok(low: str) -> bool:
    return any(low.endswith(s) and len(low) - len(s) >= _MIN_STEM for s in SUFFIXES)


def _dot_end(text: str, end: int) -> int:
    """Take the full stop of an abbreviation ("subd.", "cd.") when a word follows it."""
    return end + 1 if text[end : end + 2] == ". " else end


def _name_like(tok: Token, everyday: Callable[[Token], bool]) -> bool:
    return len(tok.word) >= _MIN_WORD and not everyday(tok) and not tok.possessive


def _after(text: str, toks: list[Token], i: int, everyday: Callable[[Token], bool]) -> int:
    """The end of the number and name after the address word ``toks[i]``, or 0."""
    pos = toks[i].end
    if text[pos : pos + 1] == ".":
        pos += 1
    end = 0
    m = _NUMBER.match(text, pos)
    if m and text[pos : m.start(1)].strip(" \t#.").lower() in ("", "no", "nr"):
        end = pos = m.end(1)
    j = next((k for k in range(i + 1, len(toks)) if toks[k].start >= pos), len(toks))
    words = 0
    while j < len(toks) and words < _MAX_WORDS:
        tok = toks[j]
        gap = text[pos : tok.start]
        if gap not in (" ", ", ") or (gap == ", " and words):
            break
        if tok.low in _JOINERS and not tok.capital and words:
            pos, j = tok.end, j + 1
            continue
        if not _name_like(tok, everyday) or tok.low in _NOT_NAMES or tok.low in tables().loose:
            break  # "sitio namin": a word of the grammar names nothing
        end = pos = tok.end
        words += 1
        j += 1
        m = _NUMBER.match(text, pos)
        if m and m.start(1) == pos + 1:
            end = pos = m.end(1)  # "rua do brasil 120"
            break
    return end


def _before(text: str, toks: list[Token], i: int, everyday: Callable[[Token], bool]) -> int:
    """The start of the one to three words of a name before ``toks[i]``, or -1: everyday
    words may go on a name ("camella homes subd") but not open it ("my old subd")."""
    j, words = i - 1, 0
    nxt = toks[i]
    run: list[Token] = []
    while j >= 0 and words < _MAX_WORDS:
        tok = toks[j]
        if text[tok.end : nxt.start] != " ":
            break
        if tok.low in _JOINERS and not tok.capital and words:
            nxt, j = tok, j - 1
            continue
        if tok.kind is Kind.STOP or len(tok.word) < _MIN_WORD or tok.possessive:
            break
        run.append(tok)
        words, nxt, j = words + 1, tok, j - 1
    while run and everyday(run[-1]):
        run.pop()  # the run is read right to left: its last token opens the name
    return run[-1].start if run else -1


def _numbered(text: str, toks: list[Token], i: int, *, chained: bool) -> int:
    """The end of "sector 34", "zone C-14" when the clause ends after the number, or 0."""
    pos = toks[i].end
    if text[pos : pos + 1] != " ":
        return 0
    m = _LEAD_NUMBER.match(text, pos + 1)
    if not m or not any(c.isdigit() for c in m.group()):
        return 0
    end = m.end()
    if chained:
        return end  # "blk 5 lot 12": a second part of one address
    rest = text[end : end + 12]
    if not rest or rest[0] in ",.;:)\n!?":
        return end
    nxt = rest.lstrip(" ").split(" ", 1)[0].lower()
    return end if rest[0] == " " and nxt in _AFTER else 0
