"""Words of another language that the sentence glosses further off, and their echoes.

`_mentioned_words` keeps a word glossed right after it ("Umut, hope in Turkish,", "Farah
means joy"). Writers also gloss a word a few words on, past an aside or a quote's end, and
then use it again in lower case:

- the language named between the word and its gloss: "Amal in Arabic means hope";
- a gloss between dashes or brackets, after an aside or the rest of a quote: 'Umut, she
  said — hope in Turkish —', '"deniz, deniz" — the sea in Turkish —';
- an apposition of the gloss that the sentence calls a word: "Nur, the light — she used
  this word";
- a kinship gloss in brackets after an owner: "his Amo (uncle)", "her Nonna (grandmother)".

Such a word is a word, and so is the same word where the text uses it again in lower case
or in quotes ('"amal, amal"', "a small umut", "Amo's house" after "his Amo (uncle)").

A name is glossed too ("her name, Amal, means hope in Arabic"): "name", "named",
"nickname" or "whose" near the word leave it removed, as does a verb of a person right
after it or its gloss ("Amal — hope in Arabic — said"), or the same word elsewhere doing
what a person does ("Umut said"): the name would show through that echo.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ._mentioned_words import (  # pyright: ignore[reportPrivateUsage]
    _GLOSS_AFTER,
    _IN_LANGUAGE_AFTER,
    _languages,
)
from ._vocab import PERSON_ONLY_VERBS, RELATIONS, SPEECH_VERBS

Candidate = tuple[int, int, str]

AFTER = 120  # characters read after a word for what it does (past an aside in brackets)
_REACH = 90  # characters after the word searched for its gloss: a sentence, roughly
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_WORD = re.compile(r"[^\W\d_]+")
# where a gloss can start: a language after "in", "means", "word", "translates", a bracket
_CUE = re.compile(r"\bin\s+([A-Z][a-z]+)|\bmean|\bword\b|\btranslat|\(")
# "a small umut", "no will": a determiner or owner before a lower-case echo
_NAME_NEAR = re.compile(r"\b(?:name|names|named|nickname|nicknamed|whose)\b", re.IGNORECASE)
_MOVES = frozenset(
    """
    came comes went goes arrived arrives left leaves brought brings missed misses cancelled
    canceled attended attends reported reports shared shares walked walks wants wanted feels
    felt showed shows turned turns rated rates sat sits slept sleeps drove drives got gets
    """.split()
)
_PERSON_VERBS = PERSON_ONLY_VERBS | SPEECH_VERBS | _MOVES
# words a gloss is never made of: pronouns, verbs of speaking, people and adverbs
# ("she said in Turkish", "a teacher in Arabic", "only in Arabic")
_NOT_GLOSS = frozenset(
    """
    i you he she we they it him her them his their my our your its who which that this
    said says say told tells spoke speaks speaking talking writing wrote writes praying
    prays singing sang chatting reading texting texted crying shouting joking swearing
    counting answered answers replied replies asked asks
    teacher teachers tutor student students interpreter translator speaker speakers fluent
    native writer poet classes class lessons
    only mostly mainly also even just all everything anything something things stuff words
    word well much more very
    """.split()
)
_GLOSS_IN = re.compile(
    r"(?:—|–|\s-\s|\(|,)\s*(?:(?:the|a|an)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+in\s+([A-Z][a-z]+)\b"
    r"(?!\s+(?:class|classes|lessons?|courses?|school|group|groups))"
)
_LANGUAGE_THEN_MEANS = re.compile(r"\s+in\s+([A-Z][a-z]+)\s+(?:means|meant|is|was)\s+[a-z]")
_APPOSED_THE = re.compile(r",\s*the\s+[a-z]+\s*(?:—|–|\s-\s|,|;)")
_WORD_CALLED = re.compile(r"\b(?:this|that|the|a|her|his|their)\s+word\b")
_OWNER_BEFORE = re.compile(r"\b(?:his|her|my|their|our|your)\s+$", re.IGNORECASE)
_KIN_GLOSS = re.compile(r"\s*\(\s*(?:an?\s+|the\s+)?([a-z-]+)(?:\s+[a-z-]+)?\s*\)")
_NEXT = re.compile(r"[\s,;:—–\-)(\"'“”‘’]*([^\W\d_]+)")
_ADVERBS = frozenset("then also just still never always finally even already soon".split())
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
_AGE_NEXT = re.compile(r"[\s,]*(?:(?:is|was|turned|turns|aged?)\s+)?\d")
_KIN = RELATIONS | frozenset(
    "grandmother grandfather grandma grandpa great-uncle great-aunt godmother godfather".split()
)
_QUOTES = "\"'“‘"


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap check: a language's name or the word "word" stands among the words, or a
    bracket opens (a kinship gloss: "his Amo (uncle)")."""
    return "(" in text or "word" in lows or not _lows_of_languages().isdisjoint(lows)


@cache
def _lows_of_languages() -> frozenset[str]:
    return frozenset(_languages())


def keep_glossed_echoes(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the one-word candidates glossed as words of a language, and their
    lower-case or quoted echoes (the glossed use itself may be no candidate: "Farah, joy
    in Arabic — she has not felt farah")."""
    cues = [m.start() for m in _CUE.finditer(text) if _real_cue(text, m)]
    if not cues:
        return out
    words = {
        text[start:end].lower()
        for start, end, kind in out
        if kind in ("name", "place") and _WORD.fullmatch(text[start:end])
    }
    uses_of: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if low in words:
            uses_of.setdefault(low, []).append(m.span())
    glossed: set[str] = set()
    kin: set[str] = set()
    for low, uses in uses_of.items():
        near = [(start, end) for start, end in uses if _cue_after(cues, end)]
        if not near or any(_doing_what_people_do(text, start, end) for start, end in uses):
            continue  # "Umut said": the name would show through that echo
        for start, end in near:
            if _named_here(text, start, end):
                continue
            if _kin_glossed(text, start, end):
                kin.add(low)
            elif _glossed(text, start, end) or _glossed_right_after(text, end):
                glossed.add(low)
    if not glossed and not kin:
        return out
    kept: list[Candidate] = []
    for cand in out:
        low = text[cand[0] : cand[1]].lower()
        if low in kin or (low in glossed and _echo_of_a_word(text, cand)):
            continue
        kept.append(cand)
    return kept


def _real_cue(text: str, cue: re.Match[str]) -> bool:
    """A language's name after "in", a bracket holding a kinship word alone, or a word of
    glossing ("means", "word", "translates")."""
    if cue.group(1) is not None:
        return cue.group(1).lower() in _languages()
    if cue.group() == "(":
        m = _KIN_GLOSS.match(text, cue.start())
        return m is not None and m.group(1).lower() in _KIN
    return True


def _cue_after(cues: list[int], end: int) -> bool:
    """Whether a gloss's cue starts within ``_REACH`` characters after ``end``."""
    i = bisect_left(cues, end)
    return i < len(cues) and cues[i] - end <= _REACH


def _glossed_right_after(text: str, end: int) -> bool:
    """The gloss of `_mentioned_words` right after the word: "Farah, joy in Arabic"."""
    shown = _IN_LANGUAGE_AFTER.match(text, end)
    if shown is not None:
        lang = (shown.group("lang") or shown.group("lang2") or "").lower()
        return lang in _languages()
    return _GLOSS_AFTER.match(text, end) is not None and not person_next(text[end : end + AFTER])


def _named_here(text: str, start: int, end: int) -> bool:
    """A person's name is talked about: "her name, Amal, means", "Amal, whose name"."""
    before = text[max(0, start - 40) : start]
    return bool(_NAME_NEAR.search(before) or _NAME_NEAR.match(text[end:].lstrip(" ,(")))


def _sentence_after(text: str, end: int) -> str:
    rest = text[end : end + _REACH]
    stop = _SENTENCE_END.search(rest)
    return rest[: stop.start()] if stop else rest


def _glossed(text: str, start: int, end: int) -> bool:
    rest = _sentence_after(text, end)
    if person_next(rest):
        return False
    m = _LANGUAGE_THEN_MEANS.match(rest)
    if m and m.group(1).lower() in _languages():
        return True
    for m in _GLOSS_IN.finditer(rest):
        words = m.group(1).split()
        if m.group(2).lower() not in _languages() or not _NOT_GLOSS.isdisjoint(words):
            continue
        # "Amal — hope in Arabic — said": the glossed word then does what a person does
        return not person_next(rest[m.end() :])
    return bool(_APPOSED_THE.match(rest) and _WORD_CALLED.search(rest))


def _kin_glossed(text: str, start: int, end: int) -> bool:
    """ "his Amo (uncle)": an owner before, a kinship word alone in brackets after."""
    if not text[start:end][:1].isupper() or not _OWNER_BEFORE.search(text, 0, start):
        return False
    m = _KIN_GLOSS.match(text, end)
    return m is not None and m.group(1).lower() in _KIN


def person_next(rest: str) -> bool:
    """The words after a word, past an aside in brackets, are a person's: a verb of a
    person ("said", "came"), an age ("is 17", ", 17,") or a name's aside ("(she chose
    that name)")."""
    aside = _ASIDE.match(rest)
    if aside is not None:
        if _NAME_NEAR.search(aside.group()):
            return True
        rest = rest[aside.end() :]
    if _AGE_NEXT.match(rest):
        return True
    m = _NEXT.match(rest)
    if m is not None and (m.group(1).endswith("ly") or m.group(1).lower() in _ADVERBS):
        m = _NEXT.match(rest, m.end())  # "Wade actually asked", "Hope then said"
    return m is not None and m.group(1).lower() in _PERSON_VERBS


def _doing_what_people_do(text: str, start: int, end: int) -> bool:
    """A capitalised use followed by a verb of a person ("Umut said")."""
    return text[start:end][:1].isupper() and person_next(text[end : end + AFTER])


def _echo_of_a_word(text: str, cand: Candidate) -> bool:
    """The candidate is typed in lower case, stands in quotes or a list of itself, or is
    the glossed word itself (a capital glossed in place)."""
    start, end, _ = cand
    word = text[start:end]
    if word.islower():
        return True
    before = text[max(0, start - 2) : start].rstrip(" ")
    if before[-1:] in _QUOTES:
        return True
    return _named_here(text, start, end) is False and _glossed(text, start, end)
