"""Schools, universities, clinics, hospitals, churches and parks named by words typed in
lower case in chat, after a cue of attendance, care or place: "at uni of jaffna", "goes to
raffles institution", "at centenary park", "at the esplanade clinic", "at ain shams
hospital", "went to chittagong grammar school".

``_venues`` reads businesses and drop-ins named this way; this module reads the
institutions it leaves. After "at", "from", "into", "attends" or a "to" of going, sending or
referring (and "the" if one follows), a run of up to three lower-case words ending in an
institution's head word ("school", "primary", "high", "college", "uni", "clinic",
"hospital", "church", "park", "centre", "academy", "institution", and the bodies a society,
foundation, association, mission, fellowship or assembly ...) is a name when a word
of the run says which one rather than what kind: it is no word for a kind of place, care,
faith, age group or sport, no owner ("her"), number or function word ("the school", "her
high school", "a primary care clinic", "the local park", "the skate park" stay). "uni of
jaffna", "university of X" take the one or two words after "of" when they say which. A
park is named by its place: the words before "park" go, the word "park" stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# heads that also end everyday phrases of what kind ("the crossfit gym", "the work gym"):
# a word of the run must be in no list of words or a name the lists hold, or the words
# before the head a listed town ("gold coast gym", "kalpohin jhs")
STRICT_HEADS = frozenset("gym jhs shs jss".split())
# A place of worship is named like a church or temple: any word saying which one ("the
# iron gate masjid", "the shanti mandir"); its kinds ("the hindu mandir", "the central
# masjid", "the jama masjid") are among the kind words below.
HEADS = (
    frozenset(
        """
    school primary high college uni university clinic hospital church park centre center
    academy institute institution polytechnic kindergarten cathedral mosque temple
    mandir masjid gurdwara society foundation association mission fellowship ministries
    tabernacle assembly chapel baptist methodist pentecostal presbyterian lutheran anglican
    wesleyan adventist
    """.split()
    )
    | STRICT_HEADS
)
_OF_HEADS = frozenset("uni university college institute academy school".split())
_CUES = frozenset("at from into attends attending attended".split())
_TO_VERBS = frozenset(
    """
    go goes going went gone get gets got getting come comes came coming sent send sends
    referred refer refers transferred moved move moves drove drive drives walked walk walks
    took take takes taken admitted back
    """.split()
)
# words that say what kind of institution, not which one
KINDS = (
    GENERIC_ORG_WORDS
    | ORG_SUFFIXES
    | frozenset(
        """
    local nearby big small little new old main same other next usual only closest nearest
    whole different previous former current last first second third fancy posh rough good
    bad best worst nice public private state national regional district base general
    teaching training children's childrens women's womens kids teen baby maternity mental
    psychiatric psych rehab skate dog water theme car ball trampoline caravan holiday
    business retail industrial science safari wildlife amusement country trailer play
    splash adventure sensory skate-park bike bmx golf tennis basketball netball cricket
    eye ear dental pain sleep fertility memory antenatal prenatal postnatal outpatient
    travel skin sexual hiv methadone needle vaccine vaccination flu covid asthma diabetes
    heart cancer stroke kidney diabetic weight obesity smoking quit fracture bone foot
    physio gp doctor's doctors nurse nurse-led hearing vision optical specialist speech
    baptist methodist anglican catholic pentecostal presbyterian lutheran orthodox
    evangelical adventist uniting reformed episcopal mormon coptic christian islamic
    muslim jewish hindu sikh buddhist gospel bible parish village town city
    summer night sunday weekend driving language grammar law med medical nursing art
    dance music drama boarding day primary secondary high middle elementary junior senior
    infant nursery special sixth form tech technical vocational trade performing
    beach river lake forest national-park memorial veterans war animal vet pet
    hostel campus library canteen hall dorm dorms cram tuition hawker food government
    hotel motel pub bar shop shops mall supermarket station stadium bus train gas petrol
    monastery monastic convent seminary madrasa international garden spinal injury
    injuries recycling
    central neighbourhood neighborhood friday jama jamia jami jamek corner street area
    """.split()
    )
)
STOPS = frozenset(
    """
    the a an and or but so on in at to for with from by of near into his her their my our
    your its this that these those some any every each no not is was are were be been very
    just still also now then there here him them me us it he she they i we you after before
    """.split()
)
# someone taken or sent: "takes him to", "sent them to"
_OBJECTS = frozenset("him her them us me".split())
_MAX_WORDS = 3
_MIN_NAMING = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: an institution's head word is among the words."""
    return not HEADS.isdisjoint(lows)


def lower_institutions(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Institutions named by lower-case words after a cue of attendance, care or place."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i in range(last):
        cue = toks[i]
        if cue.capital or not _is_cue(toks, i):
            continue
        j = i + 1
        if toks[j].low == "the" and j < last and spaced(text, toks, j + 1):
            j += 1
        if not spaced(text, toks, j):
            continue
        found = _institution(text, toks, j, lex)
        if found is None:
            continue
        if toks[found].low == "park":  # a park is named by its place: "[place] park"
            out.append((toks[j].start, toks[found - 1].end, "place"))
        else:
            out.append((toks[j].start, toks[found].end, "org"))
    return out


def _is_cue(toks: list[Token], i: int) -> bool:
    low = toks[i].low
    if low in _CUES:
        return True
    if low != "to" or i == 0:
        return False
    if toks[i - 1].low in _OBJECTS and i > 1:  # "takes him to grace baptist"
        return toks[i - 2].low in _TO_VERBS
    return toks[i - 1].low in _TO_VERBS


def _plain(tok: Token) -> bool:
    return not tok.capital and tok.word.isalpha() and tok.low not in STOPS


def _naming(tok: Token) -> bool:
    """A word that says which institution (no "-ing" word: "the recycling centre")."""
    return (
        len(tok.word) >= _MIN_NAMING
        and not tok.low.endswith("ing")
        and tok.low not in KINDS
        and tok.low not in HEADS
        and tok.kind is not Kind.STOP
    )


def _institution(text: str, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last index of an institution named from ``toks[j]``, or None."""
    run: list[int] = []
    for k in range(j, min(len(toks), j + _MAX_WORDS + 1)):
        tok = toks[k]
        if k > j and not (spaced(text, toks, k) or _owner_gap(text, toks, k)):
            break
        if not _plain(tok) and not (tok.possessive and tok.word.isalpha() and not tok.capital):
            break
        run.append(k)
        if tok.low in HEADS and k > j:
            break
    if not run:
        return None
    # "uni of jaffna": a head, "of", and the words that say which
    if len(run) == 1 and toks[run[0]].low in _OF_HEADS:
        return _of_name(text, toks, run[0])
    head = run[-1]
    if toks[head].low not in HEADS or head == j:
        return None
    words = [toks[k] for k in run[:-1]]
    if any(w.possessive and w.low in lex.ordinary and not _naming(w) for w in words):
        return None
    if words[0].possessive and words[0].kind is Kind.ORDINARY and len(words) == 1:
        return None  # "at the neighbour's church": whose, not which
    if not any(_naming(w) for w in words):
        return None
    if toks[head].low in STRICT_HEADS and not _named_strictly(words, lex):
        return None
    nxt = head + 1
    if nxt < len(toks) and spaced(text, toks, nxt) and toks[nxt].low in _THINGS_AFTER:
        return None  # "the riverside park run": a thing of the place
    return head


_NAME_KINDS = frozenset((Kind.UNKNOWN, Kind.NAME))


def _named_strictly(words: list[Token], lex: Lexicon) -> bool:
    """A word in no list of words or a listed name, or the words a listed town."""
    if any(w.kind in _NAME_KINDS and w.low not in lex.regions for w in words):
        return True
    run = " ".join(w.low for w in words)
    return run in lex.places and run not in lex.regions and run not in lex.ordinary


def _owner_gap(text: str, toks: list[Token], k: int) -> bool:
    """ "st mary's primary": the owner's "'s" between two words of the name."""
    return toks[k - 1].possessive and text[toks[k - 1].end : toks[k].start] in ("'s ", "’s ")


def _of_name(text: str, toks: list[Token], h: int) -> int | None:
    """ "uni of jaffna", "university of the south pacific": the words after "of"."""
    k = h + 1
    if k + 1 >= len(toks) or toks[k].low != "of" or not spaced(text, toks, k):
        return None
    k += 1
    if toks[k].low == "the" and k + 1 < len(toks):
        k += 1
    end = None
    for n in range(k, min(len(toks), k + 2)):
        if not spaced(text, toks, n) or not _plain(toks[n]) or not _naming(toks[n]):
            break
        end = n
    return end


_THINGS_AFTER = frozenset("run runs car carpark staff bus fees uniform".split())
