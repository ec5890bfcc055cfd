"""Names typed in lower case that a bracket beside them explains: "ok so sunny (yes thats
her actual name) had zero fights", "chepe (the dad) and his wife came", "the client (maria)
said"; and everyday words capitalised as names the bracket says are names ("Rain (she chose
that English name)").

A word in lower case is kept unless something marks it as a name. A bracket right after it
that speaks of a name ("her actual name", "his nickname", "die naam", "ghar ka naam"), gives
the person's pronouns ("sky (they/them)") or says who the person is ("the dad", "a
neighbour", "the client's sister") marks it; so does a bracket right after a person's role
or relative holding one or two listed given names in lower case ("the client (maria)"). A
bracket that only translates ("apo (grandchild)", "mijo (her son)", "grandma (nani)")
glosses a word of another language and marks nothing. A word after an article or a
possessive ("the app (name escapes me)"), kinship and role words, and everyday words in a
bracket ("mum (again)") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._kin_after_names import KIN_AFTER
from ._kin_words import KIN_NOUNS
from ._lower_word_names import _ROLES as ROLES
from ._name_heads import unlisted_name_word
from ._vocab import NAME_CONNECTORS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# the person the answer is about: a bracket after these holds no gloss of a relative's word
# ("pt (rohit kumar)", "my client (tanvi)"), so a word in no list there is a name too
_CLIENT_ROLES = frozenset("client clients clt cl pt patient student pupil participant yp".split())
_NAME_WORDS = frozenset(
    "name names nickname nicknames naam nombre nome nom namn navn apodo spitzname".split()
)
_PERSONS = ROLES | KIN_NOUNS
# a bracket giving someone's pronouns ("sky (they/them)", "River (she/her)") says the word
# before it is a person, so a name
_PRONOUN_SET = re.compile(
    r"\s*(?:she|he|they|xe|ze|it)\s*/\s*(?:her|hers|him|his|them|theirs|they|she|he|xem|zir|it)"
    r"(?:\s*/\s*[a-z]+)?\s*",
    re.IGNORECASE,
)
# words of address written after a name: "rekha di", "sunil ji"
_AFTER_NAMES = KIN_AFTER | frozenset("di ji da bhai sahib saab sir".split())
_OWNERS = frozenset("the her his their my our your a an this that".split())
_NAMED_KINDS = frozenset({Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME})
_REACH = 60
# "his nickname", "her name": the bracket names the person the word before it stands for
_THIRD_OWNERS = frozenset("his her their".split())
_OWN_NAMES = frozenset("name nickname".split())
# "her name is ...", "his name for grandma": the bracket goes on to name someone, or
# glosses the word
_NAMING_ON = frozenset("is was for".split())
_FORGETTING = frozenset("forgot forget forgotten remember know withheld escapes".split())
_MIN_WORD = 2
_MAX_INNER = 2
# a number in words ("gran (eightytwo)"): an age, found as one elsewhere
_NUMBER_WORD = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve)"
)


def may_hold(text: str) -> bool:
    """Cheap test: a bracket opens after a word typed in lower case."""
    return " (" in text or "(" in text


def brackets_after(text: str, toks: list[Token]) -> Iterator[tuple[int, int, int, str]]:
    """Each token a bracket opens right after (a space at most between): the token's index,
    where the bracket opens and closes, and what it holds."""
    for i, tok in enumerate(toks):
        opening = text.find("(", tok.end, tok.end + 2)
        if opening < 0 or text[tok.end : opening].strip():
            continue
        closing = text.find(")", opening, opening + _REACH)
        if closing >= 0:
            yield i, opening, closing, text[opening + 1 : closing]


def bracketed_lower_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case names explained by the bracket after them, or inside a bracket after a
    person's role."""
    out: list[Candidate] = []
    for i, opening, closing, inside in brackets_after(text, toks):
        tok = toks[i]
        if tok.low in _PERSONS or tok.low in _CLIENT_ROLES:
            if _nickname_of_role(tok, toks, i, inside):  # "boss (his nickname lol) said"
                out.append((tok.start, tok.end, "name"))
            else:
                out.extend(_inner_name(toks, i, opening, closing, lex))
        elif _named_by_bracket(tok, toks, i, inside):
            out.append((tok.start, tok.end, "name"))
    return out


def _named_by_bracket(tok: Token, toks: list[Token], i: int, inside: str) -> bool:
    """ "sunny (yes thats her actual name)", "chepe (the dad)"."""
    if tok.acronym or not tok.word.isalpha() or len(tok.word) < _MIN_WORD:
        return False
    if (tok.kind is Kind.STOP and not tok.capital) or (i > 0 and toks[i - 1].low in _OWNERS):
        return False
    if tok.low in _PERSONS or tok.low in KIN_ADDRESS_WORDS or tok.low in _AFTER_NAMES:
        return False  # "rekha di (the client's sister)": a word of address
    words = [w.strip(",.;:!?'’\"").lower() for w in inside.split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if not _NAME_WORDS.isdisjoint(words):
        return True  # capitalised too: "Major (yes that's his English name)"
    if _PRONOUN_SET.fullmatch(inside):
        return True  # "sky (they/them) said": pronouns are given for a person
    if tok.capital:
        return False
    if tok.kind not in _NAMED_KINDS:
        return False
    if not words or words[0] not in ("the", "a"):
        return False
    words = words[1:]
    return bool(words) and words[0] in _PERSONS


def _nickname_of_role(tok: Token, toks: list[Token], i: int, inside: str) -> bool:
    """ "boss (his nickname lol)", "boy (his name for real)": a role's or relative's word
    that the bracket calls the person's own name or nickname is that name. A bracket that
    names someone else ("the teacher (her name is ...)", "nan (her name for grandma)"), or
    forgets the name ("coach (forgot his name)"), and a word after an owner or an article
    stay."""
    if not tok.word.islower() or not tok.word.isalpha() or tok.possessive:
        return False
    if i > 0 and toks[i - 1].low in _OWNERS:
        return False
    words = [w.strip(",.;:!?'’\"").lower() for w in inside.split()]
    if not _FORGETTING.isdisjoint(words):
        return False
    for k in range(len(words) - 1):
        if words[k] in _THIRD_OWNERS and words[k + 1] in _OWN_NAMES:
            after = words[k + 2 : k + 4]
            return not after or after[0] not in _NAMING_ON or after == ["for", "real"]
    return False


def _inner_name(
    toks: list[Token], i: int, opening: int, closing: int, lex: Lexicon
) -> list[Candidate]:
    """ "the client (meenu)", "mum (srey leak)": one or two unlisted lower-case words."""
    most = _MAX_INNER + 1 if toks[i].low in _CLIENT_ROLES else _MAX_INNER
    inner = [t for t in toks[i + 1 : i + 2 + most] if opening < t.start and t.end <= closing]
    if not inner or len(inner) > most or inner[-1].end != closing:
        return []
    if inner[0].start != opening + 1:
        return []
    for k, t in enumerate(inner):
        if 0 < k < len(inner) - 1 and t.low in NAME_CONNECTORS and toks[i].low in _CLIENT_ROLES:
            continue  # "pt (hamad bin khalifa)"
        if t.capital or not t.word.isalpha() or t.low in _PERSONS:
            return []
        if _NUMBER_WORD.match(t.low):
            return []
        if t.kind not in _NAMED_KINDS and t.low not in lex.given_names:
            return []
        if t.kind is not Kind.NAME and not (
            toks[i].low in _CLIENT_ROLES and unlisted_name_word(t, lex)
        ):
            return []  # "grandma (nani)": a relative's word in another language
    return [(inner[0].start, inner[-1].end, "name")]
