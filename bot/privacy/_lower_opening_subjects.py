"""A lower-case word opening a chat message or a sentence as the subject of a verb, that the
text goes on to refer back to by "he" or "she", is a name typed in chat.

"quan finished the 30 days!! his mom called", "misty passed the feather to her cousin",
"ken sent a portal msg ... his", "rose seh she cyaan believe": ``_lower_subject_names`` reads
a word in no list only with "his" or "her" within three words of its verb, ``_said_lower_names``
a word in no list or a given name that is no English word only before a verb of speaking, and
``_lower_word_names`` an everyday word that is a given name only before a verb of speaking. In
chat a name is as often the subject of any verb, with the person named again only later in
the message. Here the word opens the text, a sentence or a line, or a clause after "and",
"but", "so", "when" ... and is followed, past at most one adverb ("finally"), by a verb; a
person's pronoun ("he", "she", "his", "her", "him", "herself" ...) follows later in the same
message. How much the verb must say depends on the word:

- a word in no list of the project (no English word, no word of another language, no town,
  no chat word): any verb in the past or in "-s" ("finished", "sells", "told"), a perfect
  ("hasnt"), "is" or "was", a verb of a person said bare in chat ("send", "reach") or the
  Creole "seh";
- an everyday word that is also a given name ("misty", "dusty", "destiny"): a verb a person
  does ("passed", "lives", "missed", "sent", "hasnt"), and for a word of the weather, a virtue
  or a word as often a verb ("rain", "hope", "bill", "rose") only a verb of speaking or of a
  person alone ("said", "cried", "seh");
- an everyday English word that several lists give as a given name ("ken"): a verb a person
  does, no role or title of a person ("doctor", "judge"), no noun of a service.

Everyday words that open sentences as things ("school said she", "work was hard for her",
"tafe was good, she said") keep their place: an everyday word that is no given name is never
read, and a word used elsewhere in the text after an article or an owner ("the wknd", "her
sesh") is a thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._foreign_said_names import _PRONOUNS as CREOLE_PRONOUNS
from ._function_words import among_its_language
from ._kin_address import WORDS as KIN_WORDS
from ._lower_subject_names import _PERSON_WORDS as PERSON_WORDS
from ._lower_word_names import _NATURE, _PERSON_ONLY, _ROLES, _VIRTUES
from ._lower_word_names import AMBIGUOUS_WORD_NAMES as _AMBIGUOUS
from ._opening_asides import past_aside
from ._said_lower_names import _VOWELS
from ._vocab import CREOLE_SAYING, PERSON_ONLY_VERBS, PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# a person's words that refer back to the subject later in the message
_BACK = PERSON_WORDS | frozenset("hes shes he's she's he’s she’s".split())
_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then now "
    "totally honestly apparently basically".split()
)
_CLAUSE_OPENERS = frozenset(
    "and but so then when because bc cos coz cuz after before until while since".split()
)
_BE = frozenset("is was".split())
_QUOTING = re.compile(r" like:? *[\"“]")
# verbs typed bare in chat after a person as subject ("nadira send me", "akiel reach on time")
_BARE = frozenset("send reach come turn show tell call text say".split())
# verbs a person does, beyond ``PERSON_VERBS``, that an everyday word may be read before
_DOING = frozenset("passed missed signed finished aced spoke rocked popped".split())
# a perfect or a negation after a word-name, which no adjective stands before ("dusty hasnt
# been in since"); not after a word in no list, as often a college or a course ("tafe hasnt
# started yet, she said")
_NEGATED = frozenset(
    "hasnt hasn't hasn’t hadnt hadn't hadn’t didnt didn't didn’t doesnt doesn't doesn’t".split()
)
# verbs a thing does as well ("kolache tasted like home, she said", "boba made her day",
# "crystal got her hooked"): no sign of a person before them
_THING_VERBS = frozenset(
    "felt feels went goes came comes gave gives got gets put puts used uses needs needed "
    "seemed seems looked looks sounded sounds started starts stopped stops worked works "
    "moved moves left leaves arrived arrives showed shows brought brings helped helps kept "
    "keeps found finds made makes took takes did does didn't doesn't can't couldn't won't "
    "wouldn't isn't wasn't hasn't hadn't names holds won wins lost loses filled fills "
    "handled handles rings ran runs meets teaches identified identifies".split()
)
# words of chat that open sentences as things or as people who are no name
_CHAT_WORDS = frozenset(
    "gma gpa lil ppl yall bday fil smh lowkey highkey istg welp oof ahh yay rly wyd yday "
    "meds stepsis stepbro momma homie girlie exbf exgf hubs grams gramps bro sis cuz bff "
    "bestie tbh ngl idk imo omg lol lmao fam sib sibs kiddo pls plz thx tho tmrw tmr tdy "
    "covid wknd wkend sesh convo appt appts hw".split()
)
# roles typed short in workers' chat ("cl showed me", "sw rang"): the client, the social or
# key worker, the case manager, the young person, the occupational therapist
_ROLE_SHORTS = frozenset("cl sw kw cm yp ot".split())
_OWNERS_AND_ARTICLES = frozenset(
    "his her my your our their the a an this that every each any some no its ur".split()
)
_NOUN_ENDINGS = ("ing", "ness", "tion", "sion", "ism", "ity", "ment", "ology", "ics", "ship")
# the word-names of ``AMBIGUOUS_WORD_NAMES`` that are adjectives: right before a verb no
# adjective stands, so a person's verb does for them ("misty passed", "dusty lives")
_ADJECTIVES = frozenset(
    "randy rusty dusty sandy misty merry noble loyal earnest sincere precious royal hardy".split()
)
# what a virtue never does ("destiny missed the session", "faith signed the form")
_VIRTUE_DEEDS = frozenset("missed misses signed signs aced skipped attended".split())
# a place or body said between the subject and its verb: "xaawo in [place] says"
_FROM = frozenset("in from at fae frm".split())
_HELD = frozenset("place org".split())
_MIN_WORD = 3
_MIN_INITIALS = 2  # "bj aced his test": two letters in no list, before a person's verb
_REACH = 40  # words after the verb in which the person's word must stand


def lower_opening_subjects(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Lower-case words opening a message, a sentence or a clause as the subject of a verb,
    with a person's pronoun later in the message."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks[:-2]):
        kind = tok.kind  # ``_level`` gives 0 to every other kind: most words stop here
        if (
            tok.capital
            or tok.possessive
            or (kind is not Kind.UNKNOWN and kind is not Kind.WORD_NAME)
        ):
            continue
        level = _level(tok, lex)
        if not level:
            continue
        opens = starts(i)
        if not opens and not _opens_clause(text, toks, i):
            continue
        j = past_aside(text, toks, i + 1)  # "khanh (goes by kenny) said his"
        if j == i + 1 and text[tok.end : toks[j].start] != " ":
            continue
        j = _past_where_from(text, toks, j)
        if j > last:
            continue
        if toks[j].low in _ADVERBS and j < last and text[toks[j].end : toks[j + 1].start] == " ":
            j += 1
        verb = toks[j]
        if not _verb_for(level, verb) or not _referred_back(toks, j):
            continue
        # "is" and "was" only as a quote's verb: "siggi was like \"...\"" ("tafe was good, she
        # said" is a college, "ghar was quiet" a home)
        if verb.low in _BE and not _QUOTING.match(text, verb.end):
            continue
        if _used_as_noun(toks, i) or among_its_language(text, toks, i, lex.ordinary):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


# how much the verb must say: 1 any verb, 2 a person's verb, 3 a verb of speaking or one
# no virtue does, 4 a verb of speaking
_ANY, _PERSON, _VIRTUE, _SPEAKING = 1, 2, 3, 4


def _level(tok: Token, lex: Lexicon) -> int:
    """What the word needs of its verb (0: never a candidate)."""
    low = tok.low
    if len(low) < _MIN_INITIALS or not low.isalpha() or not tok.word.islower():
        return 0
    if low in _CHAT_WORDS or low in _ROLES or low in _ROLE_SHORTS or low in KIN_WORDS:
        return 0  # "lola said", "cl showed me": a grandmother, the client
    if low in CREOLE_PRONOUNS:
        return 0  # "shi seh she nah go", "dem say she": pronouns of the creoles
    kind = tok.kind
    if kind is Kind.UNKNOWN:
        if len(low) < _MIN_WORD:
            return _PERSON  # "bj aced", "ly finally spoke up": initials too
        if _VOWELS.isdisjoint(low):
            return 0  # "wknd", "txt"
        return 0 if low.endswith(_NOUN_ENDINGS) or low in lex.things else _ANY
    if len(low) < _MIN_WORD:
        return 0
    if kind is Kind.WORD_NAME:
        if low in _VIRTUES:
            return _VIRTUE
        if low in _NATURE or (low in _AMBIGUOUS and low not in _ADJECTIVES):
            return _SPEAKING
        return _PERSON
    return 0


def _verb_for(level: int, tok: Token) -> bool:
    low = tok.low
    if tok.possessive or not tok.word.islower():
        return False
    if low in _PERSON_ONLY or low in PERSON_ONLY_VERBS or low in CREOLE_SAYING:
        return True
    if level == _SPEAKING:
        return False
    if level == _VIRTUE:
        return low in _VIRTUE_DEEDS
    if low in _DOING or (low in PERSON_VERBS and low not in _THING_VERBS):
        return True
    if level == _PERSON:
        return low in _NEGATED
    return low in _BE or low in _BARE


def _past_where_from(text: str, toks: list[Token], j: int) -> int:
    """The index of the verb past a place or a body the subject is from or in ("xaawo in
    [place] says"): ``j`` itself when there is none."""
    if toks[j].low not in _FROM or j + 2 >= len(toks):
        return j
    held = toks[j + 1]
    if held.low not in _HELD or text[toks[j].end : held.start] != " [":
        return j
    if text[held.end : toks[j + 2].start] != "] ":
        return j
    return j + 2


def _opens_clause(text: str, toks: list[Token], i: int) -> bool:
    """The word follows a word that opens a clause ("and", "when", "bc")."""
    return (
        i > 0
        and toks[i - 1].low in _CLAUSE_OPENERS
        and text[toks[i - 1].end : toks[i].start] == " "
    )


def _referred_back(toks: list[Token], j: int) -> bool:
    """A person's pronoun stands within a few dozen words after the verb, before any other
    person that it could mean is named by a role ("... the client feels useful when she"):
    a role owned by the pronoun ("her cousin") is the subject's own."""
    for k in range(j + 1, min(j + 1 + _REACH, len(toks))):
        low = toks[k].low
        if low in _BACK:
            return True
        if low in _ROLES and toks[k - 1].low not in _BACK:
            return False
    return False


def _used_as_noun(toks: list[Token], i: int) -> bool:
    """The text uses the word elsewhere after an owner or an article ("her sesh")."""
    low = toks[i].low
    return any(
        t.low == low and k > 0 and toks[k - 1].low in _OWNERS_AND_ARTICLES
        for k, t in enumerate(toks)
        if k != i
    )
