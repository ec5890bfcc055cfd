"""Lower-case names in the person's slots of French, Spanish, Portuguese and Romanian chat:

- before a verb of speaking or coming: "tavita a dit", "heimanu est venu", "dercio veio",
  "manutea et rauhiti sont venus";
- after an owner and a relative's word: "son copain manutea", "mi prima yesenia",
  "o meu irmão dercio", "bunelul lui gheorghe" (Romanian "lui" and "ei" after a relative);
- after the personal "a" of Spanish after a verb of seeing or calling, when the word is a
  listed given name ("llamé a yesenia").

The word must be one ``_said_lower_names._candidate`` takes that is no everyday word of any
list: "sa maman a dit", "son copain est venu", "vi a mi hermana", "o menino disse" and
"vi a menina" stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import tables
from ._said_lower_names import _candidate
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# two-word verbs ("a dit") are matched on their first word and checked on the second
_VERB_PAIRS = {
    "a": frozenset(
        "dit parlé raconté appelé téléphoné pleuré ri souri spus venit zis plâns".split()
    ),
    "est": frozenset("venu venue venus venues arrivé arrivée allé allée parti partie".split()),
    "sont": frozenset("venus venues arrivés arrivées allés allées".split()),
    "ont": frozenset("dit parlé fait".split()),
}
_VERBS = frozenset(
    "dijo contó llamó vino llegó lloró disse contou ligou veio chegou chorou falou "
    "dit raconte appelle vient".split()
)
_OWNERS = frozenset(
    "son sa mon ma ton ta notre votre leur mi tu su mis sus meu minha seu sua".split()
)
_RELATIVES = frozenset(
    "copain copine pote ami amie cousin cousine frère soeur sœur fils fille tonton tata "
    "mari femme prima primo hermano hermana amigo amiga novio novia hijo hija esposo esposa "
    "irmão irmã amigo amiga namorado namorada filho filha marido mulher primo prima".split()
)
# Romanian relatives written before "lui" or "ei" and the owner's name
_RO_RELATIVES = frozenset(
    "bunicul bunica bunelul buneii mama tata fratele sora fiul fiica vărul verișoara "
    "prietenul prietena sotul soțul sotia soția".split()
)
_SEEING = frozenset(
    "vi veo llamé llame visité visite conocí conoci abracé abrace extraño "
    "vi chamei visitei conheci abracei".split()
)

# words that open a clause in chat before its subject: "ok alors teiki est venu"
_OPENERS = frozenset("alors donc mais puis pues entonces então aí".split())
_VERB_ENDINGS = ("ait", "aient", "ou", "ava", "aba", "ía")


# the words that open one of the slots
CUES = _VERBS | frozenset(_VERB_PAIRS) | _OWNERS | frozenset({"lui", "ei", "a"})


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word that opens one of the slots."""
    return not CUES.isdisjoint(lows)


def _unknown(tok: Token, lex: Lexicon) -> bool:
    """A candidate in no list of everyday words nor of any language's function words."""
    if tok.kind is Kind.ORDINARY or tok.kind is Kind.STOP or tok.low in tables().langs:
        return False
    return "'" not in tok.low and "-" not in tok.low and _candidate(tok, lex)


def _verb_shaped(low: str) -> bool:
    """A French or Portuguese past form in no list ("était", "voltou")."""
    return low.endswith(_VERB_ENDINGS)


def _verb_at(text: str, toks: list[Token], k: int) -> bool:
    if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    low = toks[k].low
    if low in _VERBS:
        return True
    seconds = _VERB_PAIRS.get(low)
    return bool(seconds) and k + 1 < len(toks) and toks[k + 1].low in seconds


def romance_people(
    text: str, toks: list[Token], lex: Lexicon, opens: Callable[[int], bool]
) -> list[Candidate]:
    """Lower-case names in a person's slot of French, Spanish, Portuguese or Romanian."""
    out: list[Candidate] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if not _unknown(tok, lex):
            continue
        prev = toks[i - 1].low if i > 0 else ""
        name = (tok.start, tok.end, "name")
        if (opens(i) or prev in _OPENERS) and _verb_at(text, toks, i + 1):
            out.append(name)
        elif (
            opens(i)
            and i + 3 < n
            and toks[i + 1].low == "et"
            and _unknown(toks[i + 2], lex)
            and _verb_at(text, toks, i + 3)
        ):
            out += [name, (toks[i + 2].start, toks[i + 2].end, "name")]
        elif _after_owner_or_article(toks, i):
            out.append(name)
    return out


def _after_owner_or_article(toks: list[Token], i: int) -> bool:
    """ "son copain manutea", "bunelul lui gheorghe", "llamé a yesenia"."""
    prev = toks[i - 1].low if i > 0 else ""
    prev2 = toks[i - 2].low if i > 1 else ""
    if prev in _RELATIVES and prev2 in _OWNERS:
        return not _verb_shaped(toks[i].low)
    if prev in {"lui", "ei"}:
        return prev2 in _RO_RELATIVES
    # the personal "a" only before a listed given name: "vi a menina" is Portuguese for "the girl"
    return prev == "a" and prev2 in _SEEING and toks[i].kind is Kind.NAME
