"""Words of endearment spoken to someone: "She said Mijo, eat first", '"Baby, you did good"'.

Several of these words are also given names somewhere ("Baby", "Honey", "Nena", "Love"), and
capitalised at the start of quoted speech they look like one. Spoken as a vocative (right after a
verb of saying or an opening quote, and followed by a comma or an exclamation mark) they address
someone with affection and name nobody. After a title or a kinship word ("tita Baby,") the
word is a name and is left to the other rules.

Words of address (``_kin_address.WORDS``: "Bu", "Pak", "Ate") and "Ma'am" are spoken to
someone in the same way, alone: set off by commas at the end of a clause ('"Capek, Bu"',
'"Lebaran, Bu, di kampung"', '"salamat, Ma'am"') or opening a quote before a comma ('"Pak,
saya sudah"'). Some are also surnames ("Bu", "Pak"); said alone between the commas of
quoted speech, they are the word. A capitalised word right after it makes it a title before
a name ("Bu Ina,"), left to the other rules. Those that are also listed given names ("Ana",
"Anna", "Ben", "Peter", "Pak") are the word only in a text that shows a Malay or Filipino
word, where these words of address are spoken ('"Pak, saya sudah"'); in any other text they
name someone ('"thanks, Ana"', '"gracias, Ana"').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._kin_address import WORDS as ADDRESS_WORDS
from ._language_evidence import FILIPINO, MALAY, family_words
from ._lexicon import lexicon

if TYPE_CHECKING:
    from ._word_classes import Candidate

ENDEARMENTS = frozenset(
    """
    baby babe bae honey hon hun sweetie sweetheart sweetpea darling darlin dear dearie love lovey
    sugar pumpkin buddy bud champ kiddo mate bro brah bruh sis cuz boo bubba bub pet hinny duckie
    mijo mija mijito mijita amor cariño carino corazón corazon nene nena chiquito chiquita
    papi mami gordo gorda flaco flaca habibi habibti habibty hayati hayatie beta beti jaan jaanu
    janu sayang mahal anak nak iha iho chérie cherie chéri cheri schatz schatzi liebling tesoro
    amore querida querido filho filha neném nenem mo chroí stór
    princesa princesita mamacita mamita papito mijos mijas gordita gordito flaquita chula
    precioso preciosa fofa fofo fofinha gatinha gatinho xuxu chuchu bebê mozinho mozinha
    chouchou doudou cocotte bichette mausi hasi spatzi schnucki kochanie skarbie myszko kotku
    słoneczko bubbeleh bubbala bubeleh mamele tateleh motek neshama hayatii habibati jaani
    jigar babua munna munni chellam kanna jagiya aegi baobei bǎobèi mpenzi mpendwa
    """.split()
)
_SAYING = re.compile(
    r"(?:\b(?:said|says|say|saying|goes|went|told\s+(?:me|him|her|them|us)|wrote|texted|"
    r"asked|replied|answered|whispered|shouted|yelled|called)\s*[:,]?\s*[\"“']?|[\"“]\s*)$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s*[,!]")
_REACH = 40


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a word of endearment or of address stands among the words."""
    return not CUES.isdisjoint(lows)


def without_vocatives(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the words of endearment or of address spoken to someone."""
    return [c for c in found if not _vocative(text, c) and not _addressed(text, c)]


# English forms of address that no list of kinship words holds
ADDRESSING = ADDRESS_WORDS | {"ma'am", "ma’am", "maam"}
# the words one of which the text must hold (the gate table of _proper_nouns reads them too)
CUES = ENDEARMENTS | ADDRESSING
# set off at a clause's end: ", Bu" then a comma, a stop, a closing quote or the text's end
_CLAUSE_END_BEFORE = re.compile(r", $")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.!?…\"”)]|$)")
# opening a quote: '"Pak, saya'
_QUOTE_OPEN_BEFORE = re.compile(r"[\"“]$")
_COMMA_AFTER = re.compile(r",\s")


def _addressed(text: str, candidate: Candidate) -> bool:
    """A word of address spoken alone to someone, set off by commas or opening a quote."""
    start, end, kind = candidate
    if kind != "name" or text[start:end].lower() not in ADDRESSING:
        return False
    if not _in_quote(text, start):
        return False  # "Kim, Pak, and Lee came": a list of names
    if _given_name_elsewhere(text, text[start:end].lower()):
        return False  # '"thanks, Ana"': a name, where no Malay or Filipino word is spoken
    if _CLAUSE_END_BEFORE.search(text, max(0, start - 2), start):
        return _CLAUSE_END_AFTER.match(text, end) is not None
    if _QUOTE_OPEN_BEFORE.search(text, max(0, start - 1), start):
        return _COMMA_AFTER.match(text, end) is not None
    return False


def _vocative(text: str, candidate: Candidate) -> bool:
    start, end, _ = candidate
    if text[start:end].lower() not in ENDEARMENTS:
        return False
    if _CALLED.search(_before_listed_endearments(text, start)) and not _NAME_AFTER.match(text, end):
        return True  # "his mum still calls him Beta", "called him Mijo and Papito"
    if (
        _in_quote(text, start)
        and _QUOTED_VOCATIVE_BEFORE.search(text, max(0, start - 2), start)
        and text[start:end].lower() not in lexicon().given_names  # '"thanks, Nena"'
    ):
        return _QUOTED_VOCATIVE_AFTER.match(text, end) is not None  # '"Well done, Beti"'
    if not _AFTER.match(text, end):
        return False
    return _SAYING.search(text[max(0, start - _REACH) : start]) is not None


# "calls her", "calling him", "call me": what follows is how someone is addressed; a word of
# endearment there calls nobody by name, unless a capitalised word follows it ("calls him
# Papa T", "calls him Baba Dee": a title before a nickname) or everyone calls him so
# ("everyone calls him nene", "they call him Baby": the name he goes by)
_CALLED = re.compile(
    r"(?<!\beveryone )(?<!\beverybody )(?<!\bthey )(?<!\bpeople )(?<!\bppl )(?<!\bwe )"
    r"(?<!\ball )(?<!\bfriends )(?<!\bguys )(?<!\bboys )(?<!\bgirls )(?<!\bkids )"
    r"\b(?:call|calls|called|calling)\s+(?:her|him|me|them|us|you|each\s+other)\s+[\"“']?$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"[\"”']?\s+[A-Z]")
_LISTED_BEFORE = re.compile(r"([^\W\d_]+)(?:,\s+|\s+(?:and|or)\s+)$")
# a word of endearment at the end of quoted speech after a comma: '"Well done, Beti"'
_QUOTED_VOCATIVE_BEFORE = re.compile(r", $")
_QUOTED_VOCATIVE_AFTER = re.compile(r"\s*(?:[\"”!?.]|,\s)")


def _before_listed_endearments(text: str, start: int) -> str:
    """The text before ``start`` and before the words of endearment listed right before it
    ("called him Mijo and Papito": the text before "Mijo")."""
    head = text[max(0, start - _REACH) : start]
    while (m := _LISTED_BEFORE.search(head)) and m.group(1).lower() in ENDEARMENTS:
        head = head[: m.start()]
    return head


_WORD = re.compile(r"[^\W\d_]+")


def _given_name_elsewhere(text: str, low: str) -> bool:
    """A listed given name in a text with no word of Malay or Filipino, the languages whose
    words of address ("Pak", "Bu", "Ate") are also names."""
    lex = lexicon()
    if low not in lex.given_names:
        return False
    return family_words(_WORD.findall(text.lower()), MALAY | FILIPINO, lex) == 0


def _in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quoted speech opened before it."""
    return text.count('"', 0, pos) % 2 == 1 or text.rfind("“", 0, pos) > text.rfind("”", 0, pos)
