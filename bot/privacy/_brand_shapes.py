"""Words shaped like a brand or a note format rather than like somebody's name.

Six shapes, each read from the word and the words right beside it:

- a note format written as its acronym before its own headings: "DAP - Data: ...
  Assessment: ... Plan: ...", "BIRP note. Behaviour: ... Intervention: ...": the letters are
  the initials of the headings that follow, in order, so the acronym names the format;
- a brand joined from two everyday words, each capitalised ("OneMoney", "SportyBet",
  "WorldRemit"): a service or app used, unless it is where somebody is, goes or works
  ("She's at NorQuest now", "shifts at BetKing") or heads a longer name ("BrightSteps
  Nursery"); given names written with an
  inner capital ("DeShawn", "LaToya", "MaryBeth") have a part that is no everyday word or is
  a name, and stay names;
- a brand before what is bought from it ("Digicel credit", "Zong bundles", "Lebara credit"):
  one unknown capitalised word, no listed given name or surname, right before a word for
  airtime, data, a subscription or a voucher names a seller of that thing, not a person;
- a listed brand written with an apostrophe the list spells without ("then Macca's with
  the grandkids"), unless the word is also a name ("Cole's mum") or the shop a workplace;
- an unknown word listed with a listed brand after a verb of using or dropping an app
  ("deleted Snapchat, Yubo and Likee"): one more of the same kind; a listed name there
  stays a name, and so does a list after any other word ("She has WhatsApp and Kagiso to
  talk to": a person unknown to the lists);
- a question in quotes in Title Case, asked as a technique ("Ask 'What Else?' more"): its
  everyday words ask; a word that is no everyday word ('Where's Kofi?') is still a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._employers import at_work

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# what is bought from a telecom, a shop or an app: the kind of thing, lower case
_BOUGHT = frozenset(
    """
    airtime credit bundle bundles data top-up topup recharge sim subscription subscriptions
    voucher vouchers wallet app account streak
    """.split()
)
# before a place where somebody is, goes or studies
_WHERE = frozenset("at in to into near".split())
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_PARTS = re.compile(r"[A-Z][a-z]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")
_HEADING = re.compile(r"(?<![\w'’])([A-Z][a-z]+):")
_MIN_PART = 3
# verbs whose object is an app or a service, not a person: "deleted Snapchat, Yubo and Likee"
_APP_VERBS = frozenset(
    """
    deleted delete deletes deleting uninstalled uninstall uninstalls installed install
    installs reinstalled reinstall downloaded download downloads cancelled canceled cancel
    cancels unsubscribed subscribed muted scrolling scrolls scrolled streams streaming
    """.split()
)
# words that may follow a verb's object without starting a new clause
_AFTER_OBJECT = frozenset(
    """
    over on from before after last this that for in at and or but so then too again
    yesterday today tonight because when while until since during off as with both all
    """.split()
)
# what joins the items of a list: "Snapchat, Yubo and Likee", "M-Pesa or Chipper"
_LIST_JOIN = re.compile(r",? (?:and|or|&) |, | ?/ ?")
# a question in quotes written in Title Case, asked as a technique: 'What Else?', "How Come?"
_QUOTED_QUESTION = re.compile(
    r"(?<![\w'’])['\"“‘](?:What|How|Who|Where|When|Which|Why)(?:['’]s)?"
    r"(?: [A-Z][a-z]+){1,3}\?['\"”’]"
)


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap check: a heading colon, a question mark, a word with an inner capital, or a
    word of buying, a possessive, or a verb of using an app."""
    return (
        ":" in text
        or "?" in text
        or "'s" in text
        or "’s" in text
        or not _BOUGHT.isdisjoint(lows)
        or not _APP_VERBS.isdisjoint(lows)
        or bool(_INNER_CAPITAL.search(text))
    )


def keep_brand_shapes(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon, lows: list[str]
) -> list[Candidate]:
    """``found`` without one-word candidates shaped like a note format or a brand."""
    by_start = {tok.start: i for i, tok in enumerate(toks)}
    formats = _note_formats(text) if ":" in text else frozenset()
    questions = [m.span() for m in _QUOTED_QUESTION.finditer(text)] if "?" in text else []
    listed = (
        _listed_with_brands(text, toks, lex)
        if not _APP_VERBS.isdisjoint(lows) and not lex.brands.isdisjoint(lows)
        else set()
    )
    kept: list[Candidate] = []
    for cand in found:
        i = by_start.get(cand[0])
        if i is not None and cand[1] == toks[i].end and toks[i].possessive:
            if _brand_with_apostrophe(text, toks, i, lex):
                continue
        elif i is not None and cand[1] == toks[i].end:
            tok = toks[i]
            if tok.acronym and tok.start in formats:
                continue
            if tok.low in lex.ordinary and any(a < tok.start and tok.end < b for a, b in questions):
                continue
            if _joined_brand(tok, lex) and _used(text, toks, i, lex):
                continue
            if _sold_thing_after(text, toks, i, lex) and not at_work(text, toks, i):
                continue
            if i in listed and _unknown(tok.low, lex) and _used(text, toks, i, lex):
                continue
        kept.append(cand)
    return kept


def _listed_with_brands(text: str, toks: list[Token], lex: Lexicon) -> set[int]:
    """Capitalised one-word items of a list holding a listed brand ("Snapchat, Yubo and
    Likee"): the other items are things of the same kind."""
    found: set[int] = set()
    chain: list[int] = []
    for i, tok in enumerate(toks):
        if not tok.capital or tok.possessive:
            continue
        if chain:
            prev = toks[chain[-1]]
            between = text[prev.end : tok.start]
            if _LIST_JOIN.fullmatch(between):
                chain.append(i)
                continue
            _take(text, chain, toks, lex, found)
        chain = [i]
    _take(text, chain, toks, lex, found)
    return found


def _take(text: str, chain: list[int], toks: list[Token], lex: Lexicon, found: set[int]) -> None:
    """A list after a verb of using or dropping an app, holding a listed brand, and ending
    the clause's object ("deleted WhatsApp and Kagiso stopped texting": a new subject)."""
    if (
        len(chain) > 1
        and chain[0] > 0
        and toks[chain[0] - 1].low in _APP_VERBS
        and any(toks[k].low in lex.brands for k in chain)
        and _object_ends(text, toks, chain[-1])
    ):
        found.update(chain)


def _object_ends(text: str, toks: list[Token], last: int) -> bool:
    """A break, the end, or a word that opens no verb stands after the list."""
    if last + 1 >= len(toks) or text[toks[last].end : toks[last + 1].start] != " ":
        return True
    return toks[last + 1].low in _AFTER_OBJECT


def _unknown(low: str, lex: Lexicon) -> bool:
    """No listed name, surname, place or everyday word: a word only a brand would be."""
    return not (
        low in lex.given_names or low in lex.surnames or low in lex.places or low in lex.ordinary
    )


def _brand_with_apostrophe(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A listed brand written with an apostrophe the list spells without ("Macca's" for
    "Maccas", "Timmie's"), when the word is no name ("Cole's mum": "Coles" is a shop too)."""
    low = toks[i].low
    if f"{low}s" not in lex.brands or low in lex.given_names or low in lex.surnames:
        return False
    return not _name_before(text, toks, i, lex) and not at_work(text, toks, i)


def _note_formats(text: str) -> frozenset[int]:
    """Where an acronym stands whose letters are the initials of the headings after it."""
    starts: set[int] = set()
    for m in _ACRONYM.finditer(text):
        letters = m.group()
        initials = "".join(h.group(1)[0] for h in _HEADING.finditer(text, m.end()))
        if len(letters) <= len(initials) and letters in initials:
            starts.add(m.start())
    return frozenset(starts)


def _joined_brand(tok: Token, lex: Lexicon) -> bool:
    """Two or more capitalised everyday words written as one ("OneMoney", "BetKing")."""
    word = tok.word
    if not word[:1].isupper() or not _INNER_CAPITAL.search(word):
        return False
    parts = _PARTS.findall(word)
    if "".join(parts) != word or len(parts) < 2:  # "SportPesa9", "McKenzie"
        return False
    lows = [p.lower() for p in parts]
    return all(len(low) >= _MIN_PART and low in lex.ordinary for low in lows) and any(
        low not in lex.given_names for low in lows
    )


def _used(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Named as a thing used, not as where somebody is, studies or works ("She's at
    NorQuest now", "shifts at BetKing") nor as the head of a longer name."""
    if i > 0 and toks[i - 1].low in _WHERE and text[toks[i - 1].end : toks[i].start] == " ":
        return False
    return _alone(text, toks, i, lex) and not at_work(text, toks, i)


def _alone(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """No capitalised word joined to it by a space (but an everyday word opening the
    sentence, "Reinstalled BetWay"): it is not part of a longer name."""
    after = (
        i + 1 < len(toks) and toks[i + 1].capital and text[toks[i].end : toks[i + 1].start] == " "
    )
    return not _name_before(text, toks, i, lex) and not after


def _name_before(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A capitalised word, one space before, that is no everyday word ("Mama Titi")."""
    if i == 0 or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    prev = toks[i - 1]
    return prev.capital and (prev.low not in lex.ordinary or prev.low in lex.given_names)


def _sold_thing_after(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """An unknown word right before what is bought from a seller ("Digicel credit")."""
    tok = toks[i]
    if i + 1 >= len(toks) or not tok.capital or tok.acronym:
        return False
    nxt = toks[i + 1]
    if nxt.low not in _BOUGHT or nxt.capital or text[tok.end : nxt.start] != " ":
        return False
    if _name_before(text, toks, i, lex):
        return False  # "Mama Titi bread", "Baba Sule credit": a person's name before it
    return _unknown(tok.low, lex)
