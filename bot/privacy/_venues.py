"""Workplaces, venues, teams and places named by everyday words typed in lower case.

Chat answers name a client's employer, drop-in, school or team by plain words ("works at
boundary meats", "goes to the oasis drop-in", "plays for the otahuhu leopards", "a stall
called sauce doubles"); each word alone is ordinary, so only the frame says it is a name:
a preposition of place or work, then words ending in a kind of business or venue
("meats", "cafe", "drop-in", "high school"), of which at least one says which one rather
than what kind ("the community centre", "a butcher's", "her school" say what kind).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_NAMEY_KINDS = frozenset((Kind.NAME, Kind.UNKNOWN))
_STOP_KINDS = frozenset((Kind.STOP,))
_PLAIN_KINDS = frozenset((Kind.ORDINARY, Kind.WORD_NAME, Kind.STOP))

# Last words of a business or venue named by the words before it.
_VENUE_HEADS = frozenset(
    """
    cafe café caff meats grocery grocers industries transport haulage logistics freight
    enterprise enterprises foods produce motors construction builders butchery butchers
    bakery bakehouse drop-in dropin foodbank pantry centre center high school secondary
    elementary takeaway takeaways diner restaurant eatery salon barbers pharmacy chemist
    tavern kitchen kitchens services ministries tabernacle chapel fellowship quilters
    collective mission fabrications fabrication provisions supplies supply
    traders trading holdings ventures imports exports textiles electricals plumbers
    joinery roofing landscaping removals
    project hub trust refuge nursery pub inn
    """.split()
)
# "home" ends a venue's name after a kind of home where people are cared for or live
# together ("the willows nursing home", "harbour view care home"); "the family home" and
# "her foster home" are no venue
_HOME_KINDS = frozenset("care nursing rest retirement residential aged-care".split())
# Heads that may also name a generic thing right after "the" ("the kitchen", "the
# services"): they need a naming word that is in no list or a listed place before them.
_WEAK_HEADS = frozenset(
    """
    kitchen kitchens services mission collective chapel supplies supply trading centre
    center school high secondary elementary
    """.split()
)
# Words that say what kind of venue or which part of it, not which one.
_DESCRIPTORS = (
    GENERIC_ORG_WORDS
    | ORG_SUFFIXES
    | frozenset(
        """
    local nearby big small little new old main same other next corner usual favourite
    favorite regular only closest nearest cheap fancy busy quiet open late all-night
    hospital station park beach harbour harbor market mall train bus airport office work
    staff campus internet cat gallery zoo museum garden street high-street highstreet
    shopping visitor civic call data service services support social emergency protective
    human legal financial customer protection welfare outreach child aged elderly senior
    respite resource learning activity activities training teachers teacher technical tech
    vocational business trade trades driving flight beauty law english catholic christian
    islamic muslim jewish baptist methodist anglican presbyterian pentecostal lutheran
    orthodox evangelical adventist uniting reformed episcopal mormon coptic hindu sikh
    buddhist evening morning weekend weekly daily monthly lunchtime soup bread meat fish
    chip chips coffee tea cake cakes pie pies burger pizza kebab curry chicken noodle
    noodles sushi vegan halal kosher organic fruit veg vegetable health-food pet book
    books charity thrift vintage furniture hardware bottle liquor bike car tyre tyres
    phone nail nails hair barber dog grooming laundry cleaning building plumbing electrical
    farm farming pastoral cattle dairy sheep mining oil gas freight road rail sea air
    hawker food-court cold deli processed red white cured fresh frozen dry dried canned
    public patient
    specialist special alternative independent boarding selective comprehensive faith
    grammar catholic sunday free walk-in homeless housing recovery crisis mental wellbeing
    cancer stroke heart kidney brain spinal injury injuries diabetes dementia memory pain
    sleep eating trauma abuse violence domestic sexual assault rape breast birth pregnancy
    fertility hiv sexual-health dads mums moms teen teens toddler toddlers baby babies
    grandparents carers bowling recycling plant plants tree trees
    """.split()
    )
)
# Words that end a run of name words: function words, pronouns, time words.
_RUN_STOPS = frozenset(
    """
    the a an and n or but so on in at to for with from by of near off into onto every each
    this that these those next last his her their my our your its him them me us it he she
    they i we you now today tonight yesterday tomorrow since because where when while who
    which what how as after before till until then there here once twice again also too
    very really just still even only back up down out over all some any no not is was are
    were be been has had have do does did will would can could should most many much more
    less lot lots few several both half almost nearly about around like without within
    morning mornings night nights evening evenings day days week weeks weekend weekends
    month months year years time times under above below behind past across through
    """.split()
)
# Words that can introduce the workplace, venue or school after a verb.
_ENTRY_PREPS = frozenset("at to for with from in attends attending attended joined".split())
_OWNER_GAPS = frozenset({"'s ", "’s "})
_MAX_NAME_WORDS = 3
_MIN_WORD = 4
_MIN_NAMING = 3

# Nouns of a business, venue or group that "called"/"named" gives the name of.
_CALLED_NOUNS = frozenset(
    """
    cafe café shop store stand stall restaurant takeaway bakery bar pub salon barbershop
    barber carinderia eatery diner kitchen canteen chippy dhaba warung kopitiam teng
    spaza shebeen tuckshop bodega cantina taverna trattoria business company firm charity
    church chapel ministry gym club team band chama stokvel cooperative co-op ngo
    organisation organization agency centre center shelter school academy college
    """.split()
)
_CALLING_WORDS = frozenset({"called", "named"})

# Verbs of playing for a team, and sports between the verb and "for"/"with".
_PLAY_VERBS = frozenset(
    """
    play plays played playing train trains trained training signed hurling hurls boxes
    boxing runs rowing rows swims swimming captain captains captained
    """.split()
)
_SPORTS = frozenset(
    """
    league union footy football soccer ball netball rugby hurling camogie gaelic hockey
    cricket basketball volleyball pan steelpan
    """.split()
)
_TEAM_PREPS = frozenset({"for", "with", "na", "at"})
_TEAM_PARTS = frozenset(
    "juniors seniors team squad side firsts reserves academy u12s u13s u14s u15s u16s".split()
)


# Words of other languages for a school or place of worship, before its name:
# "scoil mhuire", "gurdwara dashmesh darbar", "masjid al noor".
_LEADING_HEADS = frozenset(
    """
    scoil gaelscoil gaelcholáiste gaelcholaiste coláiste colaiste gurdwara gurudwara masjid
    mandir escuela colegio iglesia igreja sekolah madrasa madrassa
    madrasah pondok temple congregation
    """.split()
)
# English kind words that lead a name only after a preposition or "the" ("goes to temple
# beth el", "the congregation beth israel"), not as the temple of the head
_LEADING_AFTER_ENTRY = frozenset({"temple", "congregation"})
# Words of respect between the kind and the name ("gurdwara sahib leamington", "mandir shri
# ram"): part of the name, though they say nothing alone
_HONOURING = frozenset("sahib sri shri shree".split())
# Last words of a street, estate or block of flats named by the words before it.
_PLACE_HEADS = frozenset("quay flats estate village road street avenue lane crescent".split())
# After "the" the kind-words of most are open ("the holiday village", "the bus lane"):
# there only a word in no list or a listed place names one, except before these.
_NAMED_AFTER_THE = frozenset({"quay"})
_PLACE_ENTRY = frozenset("on in along off near at from to onto into".split())
# Words that say what kind of street, estate or village, not which one.
_PLACE_KINDS = frozenset(
    """
    main high back side same next other busy quiet long short narrow wide dirt gravel
    sealed dusty steep new old big small little local nearby council housing social public
    private student holiday retirement tourist fishing farming mining mountain coastal
    olympic global real family gated tower high-rise low-rise ring slip service toll access
    country city town village estate flats road street whole empty dark wrong right first
    last one two three every nice posh rough dodgy temporary emergency serviced rented
    shared farm bus bike cycle fast slow coast beach river bush
    """.split()
)


def venue_triggers() -> frozenset[str]:
    """Words of which a text must hold one for ``named_venues`` to find anything."""
    return _VENUE_HEADS | _CALLING_WORDS | _PLAY_VERBS | _LEADING_HEADS | _PLACE_HEADS | {"home"}


def named_venues(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Businesses, venues, schools and teams named by lower-case everyday words."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        low = tok.low
        if i < last and not tok.capital:
            if low in _ENTRY_PREPS:
                _venue_after(text, toks, i, lex, out)
            elif low in _CALLING_WORDS:
                _name_after_calling(text, toks, i, lex, out)
            if low in _TEAM_PREPS and i > 0:
                _team_after(text, toks, i, lex, out)
            if low in _LEADING_HEADS:
                _name_after_head(text, toks, i, out)
            if low in _PLACE_ENTRY:
                _place_after(text, toks, i, lex, out)
    return out


def _spaced(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] == " "


def _name_run(text: str, toks: list[Token], j: int, extra_stops: frozenset[str]) -> list[int]:
    """Lower-case words from ``j`` on, one space apart (or joined by an owner's "'s"), up to
    a capital, a function word, a digit or a break."""
    run: list[int] = []
    for k in range(j, min(len(toks), j + _MAX_NAME_WORDS + 1)):
        t = toks[k]
        if t.capital or t.low in _RUN_STOPS or t.low in extra_stops:
            break
        if run:
            gap = text[toks[k - 1].end : t.start]
            if gap != " " and not (toks[k - 1].possessive and gap in _OWNER_GAPS):
                break
        run.append(k)
    return run


def _venue_after(text: str, toks: list[Token], i: int, lex: Lexicon, out: list[Candidate]) -> None:
    """ "works at boundary meats", "goes to the oasis drop-in"."""
    j = i + 1
    if toks[j].low == "the":
        if j + 1 >= len(toks) or not _spaced(text, toks[j], toks[j + 1]):
            return
        j += 1
    if not _spaced(text, toks[j - 1], toks[j]):
        return
    run = _name_run(text, toks, j, frozenset())
    if len(run) < 2:
        return
    # the run ends at its last venue noun ("the bridge cafe on a tuesday": "cafe")
    heads = [n for n, k in enumerate(run) if _venue_head(toks, run, n)]
    if not heads or heads[-1] == 0:
        return
    end = heads[-1]
    if end + 1 < len(run) and toks[run[end + 1]].low not in _VENUE_HEADS:
        return  # "the bridge cafe menu": a thing of the venue, read as a phrase
    words = [toks[k] for k in run[:end]]
    head = toks[run[end]]
    strong = head.low in _WEAK_HEADS
    if not any(_naming_word(w, lex, strong=strong) and w.low not in _HOME_KINDS for w in words):
        return
    if any(w.possessive and w.kind in _PLAIN_KINDS for w in words):
        return  # "at the neighbour's bakery": whose, not which
    out.append((words[0].start, head.end, "org"))


def _venue_head(toks: list[Token], run: list[int], n: int) -> bool:
    """Whether the ``n``-th word of ``run`` is a venue's last word."""
    low = toks[run[n]].low
    if low == "home":
        return n > 0 and toks[run[n - 1]].low in _HOME_KINDS
    return low in _VENUE_HEADS


def _naming_word(tok: Token, lex: Lexicon, *, strong: bool) -> bool:
    """A word that says which venue: not a kind of venue, a number or a stop word."""
    low = tok.low
    if low in _DESCRIPTORS or low in _VENUE_HEADS or len(low) < _MIN_NAMING:
        return False
    if strong:
        return low in lex.places or tok.kind in _NAMEY_KINDS
    return tok.kind not in _STOP_KINDS


def _name_after_calling(
    text: str, toks: list[Token], i: int, lex: Lexicon, out: list[Candidate]
) -> None:
    """ "a doubles stand called sauce doubles", "a chama called tujijenge"."""
    if i < 1 or toks[i - 1].low not in _CALLED_NOUNS or not _spaced(text, toks[i - 1], toks[i]):
        return
    if not _introduced(text, toks, i - 1):
        return  # "the school called about pickup": it rang
    if not _spaced(text, toks[i], toks[i + 1]):
        return
    run = _name_run(text, toks, i + 1, frozenset())
    run = run[:_MAX_NAME_WORDS]
    if not run or any(toks[k].kind in _STOP_KINDS for k in run):
        return
    if len(run) == 1 and toks[run[0]].kind in _PLAIN_KINDS and len(toks[run[0]].word) < _MIN_WORD:
        return
    out.append((toks[run[0]].start, toks[run[-1]].end, "org"))


def _introduced(text: str, toks: list[Token], noun: int) -> bool:
    """Whether "a"/"an" opens the phrase of ``toks[noun]`` ("a doubles stand", "a small
    cafe"): a venue being introduced, which "called" then names."""
    for k in range(noun - 1, max(-1, noun - _INTRO_REACH - 1), -1):
        if not _spaced(text, toks[k], toks[k + 1]):
            return False
        if toks[k].low in _INTRO_ARTICLES:
            return True
    return False


_INTRO_ARTICLES = frozenset({"a", "an"})
_INTRO_REACH = 3


def _team_after(text: str, toks: list[Token], i: int, lex: Lexicon, out: list[Candidate]) -> None:
    """ "plays league for the otahuhu leopards", "hurling with blackrock"."""
    k = i - 1
    if toks[k].low in _SPORTS and k > 0:
        k -= 1
    if toks[k].low not in _PLAY_VERBS or not _spaced(text, toks[i - 1], toks[i]):
        return
    j = i + 1
    if toks[j].low == "the" and j + 1 < len(toks):
        j += 1
    if not _spaced(text, toks[j - 1], toks[j]):
        return
    run = _name_run(text, toks, j, _TEAM_PARTS)
    run = run[:_MAX_NAME_WORDS]
    if not run or any(toks[n].kind in _STOP_KINDS for n in run):
        return
    if not any(toks[n].kind in _NAMEY_KINDS or toks[n].low in lex.places for n in run) and not (
        _plural_team(toks, run, i, j)
    ):
        return  # "plays with friends", "trains with the team"
    out.append((toks[run[0]].start, toks[run[-1]].end, "org"))


def _name_after_head(text: str, toks: list[Token], i: int, out: list[Candidate]) -> None:
    """ "in scoil mhuire", "at gurdwara dashmesh darbar": a school or place of worship named
    in another language, by words in no list after its kind."""
    if not _spaced(text, toks[i], toks[i + 1]):
        return
    if toks[i].low in _LEADING_AFTER_ENTRY and (
        i == 0 or toks[i - 1].low not in _ENTRY_PREPS | {"the"}
    ):
        return
    run = _name_run(text, toks, i + 1, frozenset())[:_MAX_NAME_WORDS]
    while run and toks[run[-1]].kind not in _NAMEY_KINDS:
        run.pop()
    if run and all(toks[k].kind in _NAMEY_KINDS or toks[k].low in _HONOURING for k in run):
        out.append((toks[i].start, toks[run[-1]].end, "org"))


def _place_after(text: str, toks: list[Token], i: int, lex: Lexicon, out: list[Candidate]) -> None:
    """ "on the coal quay", "in the woodbrook flats", "in teachers village", "living on
    eastern main road": a street, estate or village named by words before its kind."""
    j = i + 1
    article = toks[j].low == "the"
    if article:
        if j + 1 >= len(toks):
            return
        j += 1
    if not _spaced(text, toks[j - 1], toks[j]):
        return
    run = _name_run(text, toks, j, frozenset())
    heads = [n for n, k in enumerate(run) if toks[k].low in _PLACE_HEADS]
    if not heads or heads[0] == 0:
        return
    end = heads[0]
    head = toks[run[end]]
    if end + 1 < len(run) and toks[run[end + 1]].low not in _PLACE_HEADS:
        return  # "the coal quay market": a thing there
    words = [toks[k] for k in run[:end]]
    if any(w.kind in _STOP_KINDS or w.possessive for w in words):
        return
    open_kind = article and head.low not in _NAMED_AFTER_THE
    naming = [
        w
        for w in words
        if w.low not in _PLACE_KINDS
        and len(w.word) >= _MIN_NAMING
        and (not open_kind or w.kind in _NAMEY_KINDS or w.low in lex.places)
    ]
    if naming:
        out.append((words[0].start, head.end, "place"))


def _plural_team(toks: list[Token], run: list[int], i: int, j: int) -> bool:
    """ "plays for crusaders": one plural word right after "play ... for" (no "the") is
    the team; "plays for hours", "plays with friends" are how long and with whom."""
    word = toks[run[0]]
    return (
        len(run) == 1
        and j == i + 1
        and toks[i].low == "for"
        and toks[i - 1].low in _PLAY_ONLY | _SPORTS
        and (toks[i - 1].low in _PLAY_ONLY or toks[i - 2].low in _PLAY_ONLY)
        and word.low.endswith("s")
        and not word.possessive
        and word.low not in _NOT_TEAMS
    )


_PLAY_ONLY = frozenset("play plays played playing".split())
_NOT_TEAMS = frozenset(
    "hours minutes seconds ages keeps points prizes tips drinks chips money sweets kicks".split()
)
