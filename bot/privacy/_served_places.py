"""Places that serve people named with everyday words: "New Day Women's Shelter", "Miracle
Centre Cathedral", "Polytechnic High School", "Waikato Hospital". A run of capitalised words
inside a sentence that ends in the head word of such a place (shelter, church, school,
hospital, ...) is an organisation when one word before the head is more than a kind of
place or service; "the Women's Shelter", "Sunday School", "Catholic Church", "Community
Mental Health Centre" name a kind and stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._formal import _GENERIC
from ._word_classes import Kind

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

HEADS = frozenset(
    "shelter shelters refuge church cathedral chapel tabernacle hospital hospice school "
    "academy college campus centre center clinic hostel mission".split()
)
# words that say what kind of place it is, not which one
_KIND_WORDS = _GENERIC | frozenset(
    """
    women's women men's men children's kids kid's girls girls' boys boys' youth's family's
    sunday saturday sabbath bible high junior middle elementary grammar boarding technical
    medical general teaching district psychiatric nursing halfway safe homeless leisure job
    day drop-in night driving language faith catholic anglican baptist methodist
    pentecostal presbyterian lutheran orthodox evangelical adventist seventh-day episcopal
    reformed apostolic christian islamic muslim jewish hindu sikh buddhist parish cathedral
    chapel church city town village local main new old upper lower north south east west
    central st saint st. memorial university rehab rehabilitation detox sixth form art arts
    music dance sports sport fitness medical dental eye maternity women's children's
    juvenile detention correctional remand respite shelter refuge hospital school college
    centre center clinic campus academy mission hostel hospice tabernacle comprehensive
    adolescent adolescents teen teens teenage student students victim victims survivor
    survivors refugee refugees migrant migrants elderly aged seniors wellness resource
    multi-purpose multipurpose outreach welcome advice information referral walk-in urgent
    emergency accident casualty trauma cancer heart kidney burns skills vocational training
    management anger grief bereavement pain weight smoking cessation memory sleep fertility
    sexual wellbeing well-being counselling counseling therapy rape abuse domestic
    """.split()
)
_MIN_WORDS = 2
_MAX_WORDS = 5


def may_hold(lows: list[str]) -> bool:
    """Whether the lower-case words hold a head word of a place that serves people."""
    return not HEADS.isdisjoint(lows)


def _kind(tok: Token) -> bool:
    return tok.low in _KIND_WORDS or tok.low.removesuffix("'s") in _KIND_WORDS


def _specific(tok: Token, lex: Lexicon, *, long: bool = False) -> bool:
    """A word that says which place: not a kind word; a word listed as never a name only
    when it is a state, region or country ("Waikato Hospital", "Canada Games Centre"), or
    when it opens a run of three or more words whose others are all kind words ("Miracle
    Centre Cathedral", "Kachin Baptist Church"; not "Native American Church")."""
    if _kind(tok):
        return False
    if tok.kind is Kind.STOP:
        return long or tok.low in lex.regions
    return not tok.acronym or len(tok.word) > 1


def served_places(
    text: str, toks: list[Token], lex: Lexicon, opens: Callable[[int], bool]
) -> list[Candidate]:
    """Spans of such places, as described above."""
    out: list[Candidate] = []
    n = len(toks)
    for h, head in enumerate(toks):
        if not head.capital or head.low not in HEADS or head.acronym:
            continue
        if h + 1 < n and toks[h + 1].capital and text[head.end : toks[h + 1].start] == " ":
            continue  # the run goes on past the head: judged from its own end
        i = h
        while (
            i > 0
            and h - i + 1 < _MAX_WORDS
            and toks[i - 1].capital
            and text[toks[i - 1].end : toks[i].start] == " "
            and not opens(i)
        ):
            i -= 1
        if h - i + 1 < _MIN_WORDS:
            continue
        if opens(i):
            i += 1  # "Then New Day Shelter": the opener is no part of the name
            if h - i + 1 < _MIN_WORDS:
                continue
        if i > 0 and toks[i - 1].capital and not opens(i - 1):
            continue  # a longer run of capitals: a heading
        if any(toks[k].possessive for k in range(i, h - 1)):
            continue  # "Mary's Church School": an owner inside, judged elsewhere
        long = h - i >= 2 and all(_kind(toks[k]) for k in range(i + 1, h))
        if not _specific(toks[i], lex, long=long) and not any(
            _specific(toks[k], lex) for k in range(i + 1, h)
        ):
            continue
        out.append((toks[i].start, head.end, "org"))
    return out
