"""Months and weekdays of other languages that are also given names ("Abril", "Domingo",
"Domenica"), read as the month or day where a time slot says so.

"primera vez desde Abril.", "on Domenica, first time since", "the exception is Domingo
lunch": after a word that leads into a time ("desde", "in", "on", "every") with nothing
after it but a break, or before a meal or part of the day, the word is the month or day.
"Abril said", "since Abril", "from Abril", "on Domingo's birthday" stay a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._word_classes import Token

_MIN_LETTERS = 5  # abbreviations ("ira", "mai", "juni") are names far more often
_BEFORE_MONTH = frozenset("in desde hasta en em de depuis seit fino dal early mid late".split())
_BEFORE_DAY = frozenset(
    "on every each last next this el los o no la il de desde hasta em ogni cada todo todos "
    "aos".split()
)
_TIME_NOUNS = frozenset(
    "lunch lunches dinner dinners breakfast brunch morning mornings night nights evening "
    "evenings afternoon afternoons mass service market".split()
)
_BREAKS = frozenset(".,;:!?)")


def calendar_name(text: str, toks: list[Token], i: int) -> bool:
    """Whether the capitalised word ``toks[i]`` is a month or weekday here."""
    tok = toks[i]
    low = tok.low
    if tok.possessive or len(low) < _MIN_LETTERS:
        return False
    t = tables()
    month, day = low in t.named_months, low in t.named_days
    if not (month or day):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and text[tok.end : nxt.start] == " " and nxt.low in _TIME_NOUNS:
        return True  # "Domingo lunch"
    prev = toks[i - 1].low if i > 0 and text[toks[i - 1].end : tok.start] == " " else ""
    if prev in _AND and i > 1 and _calendar_word(toks[i - 2].low, month=month):
        return True  # "on Sabato and Domenica", "Januar or Februar"
    slot = (month and prev in _BEFORE_MONTH) or (day and prev in _BEFORE_DAY)
    after = text[tok.end : tok.end + 1]
    if after and after not in _BREAKS:
        # "In Januar she skipped", "on Domenica and she sat": a new clause after the slot
        return slot and nxt is not None and after == " " and _opens_clause(text, tok, nxt)
    return slot


# Words joining two months or two days in a list.
_AND = frozenset("and or & und oder y o e i ou en et".split())
# Words that open a clause after a time slot ("in Januar she skipped").
_CLAUSE_OPENERS = frozenset("she he they we i it and but so".split())


def _calendar_word(low: str, *, month: bool) -> bool:
    """Whether ``low`` names a month (or, for a day, a weekday) in English or in any CLDR
    locale."""
    t = tables()
    if month:
        return low in t.months or low in _ENGLISH_MONTHS
    return low in t.named_days or low in _ENGLISH_DAYS or (low in t.named and low not in t.months)


def _opens_clause(text: str, tok: Token, nxt: Token) -> bool:
    """Whether the word after ``tok`` opens a new clause: a lower-case pronoun or conjunction,
    itself followed by a lower-case word ("she skipped", "and she")."""
    return nxt.word.islower() and nxt.low in _CLAUSE_OPENERS and text[nxt.end : nxt.end + 1] == " "


_ENGLISH_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_ENGLISH_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
