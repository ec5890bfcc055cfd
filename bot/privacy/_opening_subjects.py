"""A capitalised word opening a sentence as the subject of what a person does, with a
pronoun referring back to it: "Memory drew her family", "Shirin set the table with her
Maman", "Mercy has been calmer since she moved".

A word that is also an everyday word (a virtue, a season) or in no list is kept at a
sentence start unless something marks it as a person, because "Hope is what keeps me going"
and "Spring came early" open sentences with the word. Here the word is the subject of a
verb (after at most a few auxiliaries or adverbs), and the same sentence goes on to refer
back to a person by "she" or "he" opening a later clause, by "herself" or "himself", or by
"her" or "his" before a relative ("her grandmother", "his Zeidy"), with no other person
named in between who could be the one meant. A verb that says nothing of a person ("is",
"helps", "made") does not do on its own; an everyday word needs a verb only a person does
("drew", "opened", "told"). Words that are never names (pronouns, words of the grammar,
weekdays and months), plurals and nouns shaped as such ("Journaling", "Kindness") stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._kin_words import KIN_NOUNS
from ._lower_word_names import _ROLES as ROLES
from ._vocab import PERSON_ONLY_VERBS, PERSON_VERBS, RELATIONS, STRONG_PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_KINDS = frozenset({Kind.ORDINARY, Kind.WORD_NAME, Kind.UNKNOWN})
_SUBJECTS = frozenset({"she", "he"})
_SELF = frozenset({"herself", "himself"})
_OWNERS = frozenset({"her", "his"})
_PRONOUNS = _SUBJECTS | _SELF | _OWNERS
# words between the subject and its verb: auxiliaries, negation, adverbs
_BETWEEN = frozenset(
    """
    has had have been was is did does didn't doesn't hasn't wasn't will would could can not
    also finally then just really even still never always actually now usually often already
    """.split()
)
# verbs said of things as readily as of people: they need the word to be in no list
_PLAIN_VERBS = frozenset(
    """
    is was has had came comes went goes got gets gave gives put puts used uses seemed seems
    looked looks sounded sounds helped helps worked works kept keeps made makes took takes did
    does started starts stopped stops left leaves showed shows brought brings found finds
    sent sends moved moves needs needed lives lived arrived arrives won wins lost loses held
    holds ran runs met meets named names called calls felt feels
    """.split()
)
# verbs only a person does, beyond the shared lists
_EXTRA_VERBS = frozenset(
    """
    opened drew draws painted paints set sets told tells laughing crying davens davened
    chose picked wrote read played sang talked come
    """.split()
)
# verbs in the base form, after "did not", "will", "can": "Ion did not drink"
# a person's state after "has been", "was": "Mercy has been calmer since she moved"
_STATES = frozenset(
    """
    calmer calm sober clean happier happy quieter brighter sad sadder angry upset tired anxious
    worried scared nervous proud lonely withdrawn tearful chattier settled unsettled
    """.split()
)
_BASE_VERBS = frozenset("go drink eat sleep cry say tell skip call text smoke use".split())
# verbs after which the next sentence opening with "She" or "He" goes on about the word
_PERSON_ACTS = PERSON_ONLY_VERBS | frozenset("cried laughed smiled told asked".split())
_VERBS = (PERSON_VERBS | STRONG_PERSON_VERBS | PERSON_ONLY_VERBS | _EXTRA_VERBS) - _PLAIN_VERBS
_NOT_NAMES = frozenset(
    """
    she he they we you it him them me us everyone everybody someone somebody nobody anyone
    anybody none both all each either neither most many several others another this that these
    those there here
    what when where which who why how please also then just still even never always today
    tonight tomorrow yesterday goodness heaven god lord dob staff family momma mommy mammy
    mamma daddy niam kaiako
    """.split()
)
_PEOPLE = RELATIONS - {"named", "called", "nicknamed", "w/", "with", "cousin's"}
# kinship and role words of any language: "Daughter laughed", "Coach said"
_PERSON_WORDS = KIN_VOCAB | KIN_NOUNS | ROLES | _PEOPLE
_NOUN_ENDINGS = ("ing", "ness", "tion", "sion", "ism", "ity", "ment", "ology", "ics", "ship")
_BREAKS = frozenset(".!?;:\n")
_REACH = 16  # words after the verb looked at for the pronoun
_MIN_WORD = 3
_MIN_VERB = 4
_STRONG, _WEAK, _NONE = "strong", "weak", ""
# words after which "she" or "he" opens a clause of its own
_CLAUSE_OPENERS = frozenset(
    "and but so when because that since as until after before while if then once"
    " said says thought thinks felt feels knew reckons".split()
)
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
# a person's age said of the word: "is 16,", "is sixteen and", "is a 45-year-old", "turned 9."
_AGED = re.compile(
    r" (?:is|was|turned|turns) (?:an? )?(?:\[age\]|(?:\d{1,3}|(?:"
    + _NUMBER_WORDS
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:-year-old\b| years? old\b| ?y/?o\b|(?=[,.!?;]| and\b| now\b|$)))"
)
_SENTENCE_END = re.compile(r"[.!] ")
_OPENING = frozenset({"She", "He"})
# "and her little brother", "and his wife": the word is joined to the person's relative
_WITH_RELATIVE = re.compile(
    r" and (?:her|his) (?:(?:little|big|older|younger|baby|twin|eldest|youngest|new) )?"
    r"(?:brother|sister|mum|mom|mother|dad|father|husband|wife|boyfriend|girlfriend|partner"
    r"|son|daughter|twin|cousin|aunt|aunty|auntie|uncle|nan|gran|grandma|grandmother|grandad"
    r"|grandpa|grandfather|kids|children|baby)\b"
)
# what only a person does or has: "opened up", "has a job", "has a boyfriend"
_PERSON_PHRASE = re.compile(
    r" (?:(?:finally|just|really|actually|also) )?(?:(?:opened|opens) up\b(?! (?:a|an|the)\b)"
    r"|(?:has|had|got) (?:a )?(?:new )?"
    r"(?:job|boyfriend|girlfriend|husband|wife|partner|baby)\b(?! to\b))"
)
_PHRASE_HINTS = frozenset("up job boyfriend girlfriend husband wife partner baby".split())
_SAYING = frozenset("said says told tells".split())
# what an everyday word opening a sentence must do to be read as a person ("Ice cried", not
# "Church helped her"): things do not cry, tell, ask, draw or sing
_ONLY_A_PERSON = _PERSON_ACTS | frozenset(
    "opened drew painted wrote sang talked chose davened laughing crying".split()
)


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap test: a pronoun that can refer back to a person, a word of what only a person
    does or has, or an age is in the text."""
    if not _PRONOUNS.isdisjoint(lows) or not _PHRASE_HINTS.isdisjoint(lows):
        return True
    return may_hold_age(text)


# the words that pass the cheap test above (``find_proper_nouns`` has a gate bit for them)
WORD_CUES = _PRONOUNS | _PHRASE_HINTS


def may_hold_age(text: str) -> bool:
    """The part of ``may_hold`` that reads the text, not its words: an age said."""
    return _AGED.search(text) is not None


def opening_subjects(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Capitalised words opening a sentence as a person's subject, referred back to."""
    out: list[Candidate] = []
    aged = _AGED.search(text) is not None  # most texts give no one an age: skip that look
    for i, tok in enumerate(toks):
        if not tok.capital:
            if aged and _lower_aged(text, toks, i, starts):  # "kt is 16, hasn't been"
                out.append((tok.start, tok.end, "name"))
            continue
        if not _candidate(tok, lex) or not starts(i):
            continue
        if _AGED.match(text, tok.end) or _WITH_RELATIVE.match(text, tok.end):
            # "Lovely is a 45-year-old cleaner", "Precious and her little brother King"
            out.append((tok.start, tok.end, "name"))
            continue
        if tok.kind is not Kind.ORDINARY and _PERSON_PHRASE.match(text, tok.end):
            out.append((tok.start, tok.end, "name"))  # "Marvel finally opened up", "has a job"
            continue
        verb = _verb(text, toks, i)
        if verb < 0:
            continue
        low = toks[verb].low
        after_aux = verb > i + 1
        listed = low in _VERBS or (after_aux and (low in _BASE_VERBS or low in _STATES))
        shaped = _verb_shaped(low) and (
            tok.kind is Kind.UNKNOWN or (low.endswith("ed") and low not in _PLAIN_VERBS)
        )
        if not listed and not shaped:
            continue
        cue = _refers_back(text, toks, verb, next_sentence=low in _PERSON_ACTS)
        # an everyday word needs a verb only a person does ("Ice cried"), unless it is also
        # a given name, a listed verb its subject's, and "his cousin", "her own" or
        # "herself" after it refers back: "Junior walked home with his cousin"
        if (
            tok.kind is Kind.ORDINARY
            and low not in _ONLY_A_PERSON
            and not (listed and cue is _STRONG and tok.low in lex.given_names)
        ):
            continue
        if cue is _STRONG or (cue is _WEAK and listed):
            out.append((tok.start, tok.end, "name"))
    return out


def _candidate(tok: Token, lex: Lexicon) -> bool:
    word = tok.word
    if not tok.capital or tok.acronym or tok.possessive or tok.kind not in _KINDS:
        return False
    if len(word) < _MIN_WORD or not word.isalpha() or not word[1:].islower():
        return False
    low = tok.low
    if low in _NOT_NAMES or low in _PERSON_WORDS:
        return False
    if low.endswith(_NOUN_ENDINGS) and tok.kind is not Kind.WORD_NAME:
        return False  # "Journaling", "Kindness"; not "Charity", "Felicity"
    # "Friends", "Drinks": a plural of an everyday word
    return not (low.endswith("s") and low[:-1] in lex.ordinary and low not in lex.word_names)


def _verb(text: str, toks: list[Token], i: int) -> int:
    """The index of the verb the word is the subject of, or -1."""
    j = i + 1
    while j < len(toks) and j <= i + 3:
        if text[toks[j - 1].end : toks[j].start] != " " or toks[j].capital:
            return -1
        if toks[j].low not in _BETWEEN:
            return j
        j += 1
    return -1


def _verb_shaped(low: str) -> bool:
    """A verb's ending on a word of English letters ("davens", "laughing")."""
    return (
        low.isascii()
        and low.isalpha()
        and len(low) > _MIN_VERB
        and low.endswith(("ed", "s", "ing"))
        and not low.endswith("ss")
    )


def _refers_back(text: str, toks: list[Token], verb: int, *, next_sentence: bool) -> str:
    """How a pronoun later in the sentence refers back to a person, none named before it:
    ``_STRONG`` for "herself" or "her" before a relative, ``_WEAK`` for "she" opening a
    clause (or, with ``next_sentence``, the next sentence), ``_NONE`` when nothing does."""
    for k in range(verb + 1, min(len(toks), verb + 1 + _REACH)):
        gap = text[toks[k - 1].end : toks[k].start]
        if any(c in _BREAKS for c in gap):
            # "Ice cried, but in a good way. She said": the next sentence opens with it
            opening = _SENTENCE_END.fullmatch(gap) and toks[k].word in _OPENING
            return _WEAK if next_sentence and opening else _NONE
        tok = toks[k]
        low = tok.low
        if low in _PERSON_WORDS or (tok.kind is Kind.NAME and _alone(toks, k)):
            return _NONE  # someone else who could be the one meant
        if tok.capital:
            continue
        if low in _SELF:
            return _STRONG
        if low in _SUBJECTS and _speech_tag(text, toks, k):
            return _NONE  # "Patience pays off, she said,": she is someone else
        if low in _SUBJECTS and _opens_clause(text, toks, k):
            return _WEAK
        if low in _OWNERS and k + 1 < len(toks):
            nxt = toks[k + 1]
            if text[tok.end : nxt.start] == " " and (
                nxt.low in _PERSON_WORDS or nxt.low == "own" or nxt.capital
            ):
                return _STRONG
    return _NONE


def _opens_clause(text: str, toks: list[Token], k: int) -> bool:
    """ "..., she moved", "... and he said": "she" or "he" opens a clause."""
    if k + 1 >= len(toks) or toks[k + 1].capital:
        return False
    return "," in text[toks[k - 1].end : toks[k].start] or toks[k - 1].low in _CLAUSE_OPENERS


def _speech_tag(text: str, toks: list[Token], k: int) -> bool:
    """ ", she said," or ", he says.": the pronoun names who speaks, after a comma."""
    if k + 1 >= len(toks) or toks[k + 1].low not in _SAYING:
        return False
    if "," not in text[toks[k - 1].end : toks[k].start]:
        return False
    return text[toks[k + 1].end : toks[k + 1].end + 1] in ("", ".", "!", "?", ",", ";")


def _alone(toks: list[Token], k: int) -> bool:
    """No capitalised word beside it: a person's name rather than part of an organisation's."""
    return not (k > 0 and toks[k - 1].capital) and not (k + 1 < len(toks) and toks[k + 1].capital)


_LOWER_AGED_KINDS = frozenset({Kind.UNKNOWN, Kind.NAME, Kind.WORD_NAME})


def _lower_aged(text: str, toks: list[Token], i: int, starts: Callable[[int], bool]) -> bool:
    """A word typed in lower case given an age is a name when it is in no list or a given
    name, and opens a sentence or follows someone's relative ("her pappous mitsos is
    ninety-three and"). An everyday word given a number is a rating ("mood is 6, sleep is 7")."""
    tok = toks[i]
    if tok.kind not in _LOWER_AGED_KINDS or not tok.word.isalpha():
        return False
    if tok.low in _NOT_NAMES or tok.low in _PERSON_WORDS or not _AGED.match(text, tok.end):
        return False
    if starts(i):
        return True
    if i < 2 or toks[i - 1].low not in _PERSON_WORDS or toks[i - 2].low not in _OWNERS:
        return False  # "her pappous mitsos", not "mae thao" (a title of respect)
    return text[toks[i - 2].end : tok.start] == f" {toks[i - 1].word} "
