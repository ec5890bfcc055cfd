"""Companies and utilities named by a country, region or town and what they run: "an
interview at Fiji Airways", "works for Kenya Power", "a job at Jamaica Public Service",
"the Tonga Power call centre".

The rules for names keep a run of capitalised words that holds a region ("New Zealand",
"the Fiji Islands"), and a word such as "Airways" or "Power" alone is an everyday word. A
place followed by the trade it runs (air travel, power, water, rail, ports, a bank,
insurance, a brewery) names one firm, which places its worker as much as a shop's
name does. The place must be in a list of towns or regions, and the trade word must end the
run: "Fiji time", "the Kenya Power outage" keep their lower-case words out of the span, and
"Jamaica Plain" or "Fiji Islands" name places, not firms. Telephone companies are left
out: "Telecom" after a country is as often a brand whose name the text may keep.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon

Candidate = tuple[int, int, str]

# what a national or regional firm runs, as the last word of its name
TRADES = frozenset(
    """
    airways airlines airline air energy power electricity electric water gas railways
    railway rail ports port shipping bank insurance breweries brewery mining cement motors
    post broadcasting sugar dairies fisheries
    """.split()
)
# words that may stand between the place and the trade: "Jamaica Public Service"
_MIDDLE = frozenset("public national state electricity power water development".split())
_TAIL = frozenset({"service", "company", "corporation", "authority", "commission", "limited"})
_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a trade word or a public service among the words."""
    return not TRADES.isdisjoint(lows) or ("public" in lows and "service" in lows)


def place_firms(text: str, lex: Lexicon) -> list[Candidate]:
    """Runs of a listed place and a trade word it runs (see the module)."""
    out: list[Candidate] = []
    for m in _RUN.finditer(text):
        words = m.group().split(" ")
        lows = [w.lower() for w in words]
        # the place: its first one or two words
        cut = _place_length(lows, lex)
        if not cut or cut >= len(lows):
            continue
        rest = lows[cut:]
        if not _trade(rest):
            continue
        out.append((m.start(), m.end(), "org"))
    return out


def _place_length(lows: list[str], lex: Lexicon) -> int:
    """How many first words of the run name a listed town or region (0: none)."""
    for n in (2, 1):
        if len(lows) > n:
            place = " ".join(lows[:n])
            if place in lex.places or place in lex.regions or lex.is_region_word(place):
                return n
    return 0


def _trade(rest: list[str]) -> bool:
    """The words after the place: a trade word last ("Airways"), or the words of a public
    service ("Public Service", "Power Company")."""
    last = rest[-1]
    if last in TRADES:
        return all(w in _MIDDLE or w in TRADES for w in rest[:-1])
    return last in _TAIL and len(rest) > 1 and all(w in _MIDDLE or w in TRADES for w in rest[:-1])
