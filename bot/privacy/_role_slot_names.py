"""An everyday word that is also a listed given name, typed in lower case between a person's
relation or role and a verb, is that person's name: "her boyfriend king stopped calling",
"her bf prince took her out", "client lucky gave consent", "her son lucky is doing better".

``_lower_word_names`` reads such a slot for the words of its own list of word-names ("my client
hope"), and ``_client_slot_names`` for words of no English; a given name that is an everyday
word of another kind ("lucky", "king", "prince", "comfort") was read by neither. Between a
relation and a verb English puts no adjective or noun that such a name could be, so the
word is taken there when

- it is in the lists of given names and is no verb ("said" and "made" are names too: "the
  pasta her mum made was"), nor one of the adverbs, adjectives and small words listed as
  names ("ever", "little", "young");
- the relation or role stands right before it, after an owner ("her son", "my new client"),
  or with no owner for a role that only a person holds ("client lucky", "cousin baby");
- a verb a person does follows it, perhaps past an adverb ("king never called"): a past form
  ("stopped", "took", "gave"), or "is", "was", "has", "had", "lives" ...; or it is typed as an
  owner ("her son lucky's doing better", "her bf prince's car").

A role opening a sentence keeps its capital ("Client lucky gave consent.", "Cousin blessing
came too"). "her son ever was", "client little did", "my client said", "the client gift
was" (no given name) stay.

A laugh right after the name takes it too, as chat marks a name it finds funny: "her bf lucky
lol thats literally his name", "her friend lucky lol and she".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_word_names import _OWNERS, _ROLE_ADJECTIVES, _ROLES
from ._word_classes import Kind, opens_sentence_capitalised

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# chat spellings of "friend" too: "her fren lucky came by"
ROLES = _ROLES | frozenset("trainer bestfriend bff fren frend frnd buddy homie pal".split())
# roles that name a person's place in a family or a service, needing no owner before them;
# "baby", "boy", "kid" ... name an age ("the baby king", "a boy wonder") and need one
_BARE_ROLES = frozenset(
    "client patient cousin brother sister bro sis uncle aunt aunty auntie niece nephew "
    "boyfriend girlfriend bf gf husband wife fiance fiancee bestie".split()
)
# listed given names that are verbs, adverbs, adjectives or small words: after a relation
# they open a clause of their own ("the pasta her mum made was", "her son ever was")
_NOT_NAMES = frozenset(
    "ever will can less little young sad mad said made add bent bitten carry cleave dries "
    "emit fed greet hung marry owe roar roll sever sing tore wash press beat kick grant chase "
    "hunt rush harm edit lies else hence early till my an per nil fares lean leaner loan "
    "lope jarred harden madden redden loot raid trace wage veer ties tone gauge sole valid "
    "true odd unknown unnamed infant male manly icy tiny long harsh christen cherish prosper "
    "promise marvel bode buck chuck link line job case lot gay".split()
)
# verbs after the name, beside any past form in "-ed"
_VERBS = frozenset(
    "is was has had gave took got came went made told brought left ran sat kept felt found "
    "lives gets takes goes comes says keeps does did knows wants thinks stays plays "
    "saw spoke wrote drove paid bought sent won lost began".split()
)
_MIN_PAST = 5
# adverbs that may stand between the name and its verb: "her bf king never called"
_ADVERBS = frozenset("never always finally also still just really actually even then".split())
# a laugh after the name, as chat marks one it finds funny ("her bf lucky lol")
_LAUGHS = frozenset("lol lmao haha hahaha".split())


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a relation or role is among the words."""
    return not ROLES.isdisjoint(lows)


def _owned(toks: list[Token], k: int) -> bool:
    """An owner stands before the role at ``toks[k]``, perhaps past one adjective: "her",
    "my" ..., or someone's possessive ("cl's son lucky", "the client's bf king")."""
    if k >= 1 and (toks[k - 1].low in _OWNERS or _possessive(toks[k - 1])):
        return True
    return (
        k >= 2
        and toks[k - 1].low in _ROLE_ADJECTIVES
        and (toks[k - 2].low in _OWNERS or _possessive(toks[k - 2]))
    )


def _possessive(tok: Token) -> bool:
    """A lower-case possessive: "cl's", "the client's" (a capitalised one is judged as a
    name of its own)."""
    return tok.possessive and not tok.capital


def _person_verb(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if tok.capital:
        return False
    return low in _VERBS or (len(low) >= _MIN_PAST and low.endswith("ed") and low in lex.ordinary)


def role_slot_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Given names that are everyday words, between a person's role and a person's verb."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.capital or not tok.word.isalpha():
            continue
        if tok.kind is not Kind.ORDINARY and tok.kind is not Kind.WORD_NAME:
            continue
        low = tok.low
        if low not in lex.given_names or low in _NOT_NAMES or low in ROLES or low in _VERBS:
            continue
        role = toks[i - 1]
        if role.low not in ROLES or (role.capital and not opens_sentence_capitalised(text, role)):
            continue
        if text[role.end : tok.start] != " ":
            continue
        if not tok.possessive and text[tok.end : toks[i + 1].start] != " ":
            continue
        if not (role.low in _BARE_ROLES or _owned(toks, i - 1)):
            continue
        if tok.possessive or toks[i + 1].low in _LAUGHS or _verb_follows(text, toks, i + 1, lex):
            out.append((tok.start, tok.end, "name"))
    return out


def _verb_follows(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A person's verb at ``toks[k]``, or past one adverb ("king never called")."""
    if _person_verb(toks[k], lex):
        return True
    return (
        toks[k].low in _ADVERBS
        and k + 1 < len(toks)
        and text[toks[k].end : toks[k + 1].start] == " "
        and _person_verb(toks[k + 1], lex)
    )
