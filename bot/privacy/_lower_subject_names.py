"""A word in no list, typed in lower case, that opens a sentence or a clause as the subject of
a verb whose object or complement belongs to a person is a name typed in chat.

"tou finally talked about his dad", "nargis braids her hair every morning", "and kiah made
him laugh": a lower-case word in no list opening a sentence was read as a name only before a
verb of speaking or feeling ("tou said"), because such a word is as often a bit of slang or a
word of another language. Here the word opens a sentence, or a clause after "and", "but",
"when", "bc" ..., and must be followed, after at most one adverb ("finally", "still"), by a
verb in the past tense or in "-s", and then, within three words, by "his", "her", "him", "he",
"she", "himself" or "herself": the verb is done by a person to a person or their things. Words
of chat ("gma", "meds", "lowkey") and words shaped like common nouns ("journaling") stay; so
does a word the same text uses as a common noun after an owner or article ("her khoha ...
khoha braids her hair").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_PERSON_WORDS = frozenset("his her him he she himself herself".split())
_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then now "
    "usually often sometimes".split()
)
_IRREGULAR_PAST = frozenset(
    "told took got made gave brought came went felt kept left sat ran wrote drew sang slept "
    "ate drank found lost met paid won began spoke broke chose drove rode fell held heard knew "
    "let put saw sent showed stood taught thought threw woke wore hugged hit bought caught".split()
)
# words of chat and short forms that open sentences like subjects
_CHAT_WORDS = frozenset(
    "gma gpa lil ppl yall bday fil smh lowkey highkey istg welp oof ahh yay rly sumthin fwiw "
    "wyd yday meds stepsis stepbro momma homie girlie exbf exgf hubs grams gramps bro sis "
    "cuz bff bestie tbh ngl idk imo omg lol lmao fam sib sibs kiddo".split()
)
_OWNERS_AND_ARTICLES = frozenset(
    "his her my your our their the a an this that every each any some no".split()
)
_CLAUSE_OPENERS = frozenset(
    "and but so then when because bc cos cuz after before until till while since if".split()
)
_NOUN_ENDINGS = ("ing", "ness", "tion", "sion", "ism", "ity", "ment", "ology", "ics", "ship")
_MIN_WORD = 3
_MIN_VERB = 4
_REACH = 3  # words after the verb in which the person must stand


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word that belongs to a person is in the text."""
    return not _PERSON_WORDS.isdisjoint(lows)


def lower_subject_names(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Lower-case words in no list that open a sentence as the subject of a person's verb."""
    out: list[Candidate] = []
    if not toks:
        return out
    last = len(toks) - 1
    for i, tok in enumerate(toks[:-2]):
        if tok.kind is not Kind.UNKNOWN:
            continue
        if not _candidate_word(tok) or not (starts(i) or _opens_clause(text, toks, i)):
            continue
        j = i + 1
        if text[tok.end : toks[j].start] != " ":
            continue
        if toks[j].low in _ADVERBS and j < last and text[toks[j].end : toks[j + 1].start] == " ":
            j += 1
        if not _verb(toks[j], lex) or not person_after(text, toks, j):
            continue
        if _used_as_noun(toks, i):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


def _opens_clause(text: str, toks: list[Token], i: int) -> bool:
    """The word follows a word that opens a clause ("and", "when", "bc")."""
    return (
        i > 0
        and toks[i - 1].low in _CLAUSE_OPENERS
        and text[toks[i - 1].end : toks[i].start] == " "
    )


def _candidate_word(tok: Token) -> bool:
    if tok.kind is not Kind.UNKNOWN or tok.possessive or not tok.word.islower():
        return False
    low = tok.low
    if len(low) < _MIN_WORD or not low.isalpha() or low in _CHAT_WORDS:
        return False
    return not low.endswith(_NOUN_ENDINGS)


def _verb(tok: Token, lex: Lexicon) -> bool:
    """A verb in the past tense or in "-s" ("talked", "braids", "told")."""
    low = tok.low
    if not tok.word.islower() or tok.possessive:
        return False
    if low in _IRREGULAR_PAST:
        return True
    if len(low) < _MIN_VERB:
        return False
    if low.endswith("ed"):
        return low[:-2] in lex.ordinary or low[:-1] in lex.ordinary or low in lex.ordinary
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1] in lex.ordinary or (low.endswith("es") and low[:-2] in lex.ordinary)
    return False


def person_after(
    text: str, toks: list[Token], j: int, words: frozenset[str] = _PERSON_WORDS
) -> bool:
    """One of ``words`` (a person's) within a few words after the verb, in the same clause."""
    for k in range(j + 1, min(j + 1 + _REACH, len(toks))):
        if text[toks[k - 1].end : toks[k].start].strip(" '’"):
            return False
        if toks[k].low in words:
            return True
    return False


def _used_as_noun(toks: list[Token], i: int) -> bool:
    """The text uses the word elsewhere after an owner or an article ("her khoha")."""
    low = toks[i].low
    return any(
        t.low == low and k > 0 and toks[k - 1].low in _OWNERS_AND_ARTICLES
        for k, t in enumerate(toks)
        if k != i
    )
