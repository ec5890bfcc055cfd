"""Shops, apps and agencies that are organisations in context.

A shop or app named as a thing ("a meal deal from Tesco", "on Zoom") is an ordinary word,
but the same name as somebody's employer ("her shifts at Tesco", "a Deliveroo rider", "let
go from Argos") says where they work, so it is removed. A national id, health or benefit
agency is kept only where it names the kind of number or card ("Aadhaar number", "SSS ID");
anywhere else ("on ACC since the fall", "her Centrelink appointment") it is an organisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._branch_employers import at_work_beyond

if TYPE_CHECKING:
    from collections.abc import Container, Iterable, Iterator

    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# People who work somewhere, named before "at"/"for": "a cashier at", "the manager for".
_ROLES = frozenset(
    """
    manager managers supervisor supervisors cashier cashiers nurse nurses barista baristas
    driver drivers rider riders courier couriers clerk clerks assistant assistants worker
    workers staff staffer employee employees colleague colleagues coworker coworkers co-worker
    co-workers cook cooks chef chefs cleaner cleaners stocker stockers packer packers picker
    pickers pharmacist pharmacists receptionist guard guards teller tellers agent agents rep
    reps engineer engineers developer developers admin crew server servers waiter waiters
    waitress boss intern interns apprentice apprentices trainee trainees volunteer volunteers
    member members programmer programmers technician technicians analyst analysts accountant
    accountants mechanic mechanics labourer labourers laborer laborers electrician
    electricians porter porters
    """.split()
)
# Things a job has: "her shifts at", "a placement with", "an interview for".
_JOB_NOUNS = frozenset(
    """
    job jobs shift shifts placement placements internship internships apprenticeship
    apprenticeships traineeship position role post contract career stint interview interviews
    gig gigs hours rota roster membership till tills checkout checkouts shelves trial trials
    """.split()
)
_WORK_VERBS = frozenset(
    """
    work works worked working volunteer volunteers volunteered volunteering interning interned
    started starts start starting began employed hired stacking serving waitressing cleaning
    """.split()
)
_DRIVE_VERBS = frozenset(
    "drive drives drove driving ride rides riding deliver delivers delivered delivering".split()
)
_LEAVING = frozenset(
    "fired sacked dismissed laid let redundant resigned retired quit transferred".split()
)
# people met at a place as often as working there: "the staff in Starbucks were kind", "a
# member of Hillsong" (after "at" they are cues still)
_NOT_OWN_JOB = frozenset(
    """
    member members staff staffer colleague colleagues coworker coworkers co-worker co-workers
    crew boss
    """.split()
)
# The word before the preposition that makes the name after it an employer.
_CUES_BY_PREP: dict[str, frozenset[str]] = {
    "at": _ROLES | _JOB_NOUNS | _WORK_VERBS,
    "for": _ROLES | _JOB_NOUNS | _DRIVE_VERBS | {"work", "works", "worked", "working"},
    "with": _JOB_NOUNS | {"volunteer", "volunteers", "volunteered", "volunteering"},
    "by": frozenset("employed hired fired sacked dismissed laid redundant recruited".split()),
    "from": _LEAVING,
    # "the manager of Zara", "an employee of Lidl" (not "a member of", said of a club)
    "of": _ROLES - _NOT_OWN_JOB,
}
# "works in Tesco", "a job in Penneys": in Irish and British English one works in a shop
# (only words of working there: "it started in Tesco", "hours in Costco" say where; "works
# in the Gulf" is a region); "a cashier in Lidl", "he was cook in Starbucks": writers whose
# first language has one preposition for "at" and "in" name the employer after a role
_WORKED_IN = (
    frozenset(
        """
        work works worked working volunteer volunteers volunteered volunteering employed hired
        job jobs shift shifts placement placements apprenticeship internship position role post
        """.split()
    )
    | _ROLES
) - _NOT_OWN_JOB
# Apps and games one works in on a screen ("working in Canva", "started in Roblox"): with
# "in" they are the tool, not the employer.
_SCREENS = frozenset(
    """
    zoom whatsapp instagram facebook tiktok snapchat youtube google reddit twitter headspace
    duolingo roblox canva slack microsoft linkedin todoist trello evernote onenote viber wechat
    skype webex daylio habitica stardew genshin overwatch pubg gta lumosity
    """.split()
)
# A verb straight before the name: "quit Tesco", "joined Uber".
_DIRECT = frozenset("quit quitting joined joining rejoined".split())
# Words that may stand between the cue and the preposition: "works nights at".
_FILLERS = frozenset(
    """
    part-time full-time part time casual casually nights night weekends weekend evenings
    mornings days there now still currently also just already again new old first last
    previous former local same two three four few extra double late early long go off
    a an the her his their my our your
    """.split()
)
# Words after the name: "Tesco's manager", "a Deliveroo rider", "the Argos night shift".
_AFTER = (
    _ROLES
    | frozenset(
        """
        hr bosses uniform uniforms payroll shift shifts job jobs contract placement interview
        canteen union office warehouse
        """.split()
    )
) - {"member", "members", "volunteer", "volunteers"}
_AFTER_FILLERS = frozenset("store head area night day late early regional branch shop".split())
_ARTICLES = frozenset({"the", "a", "an"})
_ID_NOUNS = frozenset("number numbers no num nr card cards id ids".split())
_LIST_JOINS = frozenset({"and", "or"})
_BREAK = re.compile(r"[.!?;:\n\"“”()]")
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+$")
_SHORT_AGENCY = 3  # "acc", "hse" in lower case are chat ("i acc think"), not agencies
_LOOK_BACK = 4
_NUMBER_AFTER = re.compile(
    r"(?i)\s*(?:(?:is|was|no\.?|num|number)\s*)?[:#-]?\s*(?:[a-z]{0,4}\d|\[(?:id|phone)\])"
)

_WATCHED: list[frozenset[str]] = []


def _watched(lex: Lexicon) -> frozenset[str]:
    if not _WATCHED:
        stripped = {w[:-2] for w in lex.brands if w.endswith("'s")}
        _WATCHED.append(lex.brands | lex.id_systems | stripped)
    return _WATCHED[0]


def may_name_organisations(lows: list[str], lex: Lexicon) -> bool:
    """Whether ``contextual_organisations`` can find anything among these lower-case words:
    it reads only the shops, apps and agencies it watches."""
    return not _watched(lex).isdisjoint(lows)


def contextual_organisations(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Shops and apps named as employers, and agencies not naming a kind of number."""
    watched = _watched(lex)
    hits = [n for n, t in enumerate(toks) if t.low in watched and not _a_thing(toks, n, lex)]
    if not hits:
        return []
    employers: set[str] = set()
    for i in hits:
        tok = toks[i]
        if tok.low in lex.id_systems:
            if _names_agency(text, toks, i, lex):
                employers.add(tok.low)
        elif at_work(text, toks, i):
            employers.add(tok.low)
    # once a shop is somebody's workplace, every mention of it says so ("lunch at Tesco too")
    return [(toks[i].start, toks[i].end, "org") for i in hits if toks[i].low in employers]


def _a_thing(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "nights at a warehouse": a shop's name that is an everyday word, typed in lower case
    after "a"/"an", is the thing, not the shop."""
    tok = toks[i]
    return i > 0 and not tok.capital and toks[i - 1].low in _INDEFINITE and tok.low in lex.ordinary


_INDEFINITE = frozenset({"a", "an"})


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words in one clause: nothing but spaces, commas, slashes or a possessive between."""
    return not _BREAK.search(text, left.end, right.start)


def _names_agency(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    tok = toks[i]
    if len(tok.word) <= _SHORT_AGENCY and not tok.capital:
        return False
    if text[tok.end : tok.end + 3].lstrip().startswith("#"):
        return False  # "SSS #"
    if _NUMBER_AFTER.match(text, tok.end):
        return False  # "PPSN: 1234567T" (or its placeholder): the system names the number
    j = i + 1
    while j < len(toks) and j - i <= _LOOK_BACK and _joined(text, toks[j - 1], toks[j]):
        low = toks[j].low
        if low in _ID_NOUNS:
            return False  # "Aadhaar number", "SSS and PhilHealth IDs"
        if low not in _LIST_JOINS and low not in lex.id_systems and not toks[j].acronym:
            break
        j += 1
    return True


def at_work(text: str, toks: list[Token], i: int) -> bool:
    """The shop at ``i`` is named as somebody's workplace ("shifts at", "a cashier in")."""
    return (
        _work_after(text, toks, i)
        or _work_before(text, toks, i)
        or _worked_in(text, toks, i)
        or at_work_beyond(text, toks, i)  # "the Tesco in Barnstaple", "on nights at the Asda"
    )


def _worked_in(text: str, toks: list[Token], i: int) -> bool:
    """ "works in Penneys", "a job in Tesco": a shop right after "in" and a word of work."""
    j = i - 1
    if j < 1 or toks[j].low != "in" or toks[i].low in _SCREENS:
        return False
    if not _joined(text, toks[j], toks[i]) or not _joined(text, toks[j - 1], toks[j]):
        return False
    back = range(j - 1, max(-1, j - 1 - _LOOK_BACK), -1)
    words = (toks[k].low if _joined(text, toks[k], toks[k + 1]) else None for k in back)
    return _cue_first(words, _WORKED_IN, _FILLERS - _ARTICLES)


def _work_after(text: str, toks: list[Token], i: int) -> bool:
    def words() -> Iterator[str | None]:
        for j in (i + 1, i + 2):
            gap = j < len(toks) and _POSSESSIVE_GAP.fullmatch(text, toks[j - 1].end, toks[j].start)
            yield toks[j].low if gap else None

    return _cue_first(words(), _AFTER, _AFTER_FILLERS)


def _work_before(text: str, toks: list[Token], i: int) -> bool:
    j = i - 1
    if j >= 0 and toks[j].low in _ARTICLES:
        j -= 1
    if j < 0 or not _joined(text, toks[j], toks[i]):
        return False
    prep = toks[j].low
    if prep in _DIRECT:
        return True
    cues = _CUES_BY_PREP.get(prep)
    if cues is None:
        return False
    back = range(j - 1, max(-1, j - 1 - _LOOK_BACK), -1)
    words = (toks[k].low if _joined(text, toks[k], toks[k + 1]) else None for k in back)
    return _cue_first(words, cues, _FILLERS)


def _cue_first(words: Iterable[str | None], cues: Container[str], fillers: Container[str]) -> bool:
    """Walking away from the name: a cue before any other word (None: the words stop joining)."""
    for low in words:
        if low is None or (low not in cues and low not in fillers):
            return False
        if low in cues:
            return True
    return False
