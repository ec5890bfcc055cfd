"""Organisations named by ordinary capitalised words, found by the cue before them.

"referred by Open Door", "discharged from Services Hospital", "a member of Blue Wave", "her
team Coastal United", "trains with Northern Stars", "an employee of Harbour Mills", "her
employer, Kestrel Freight": each word is an everyday word, so the
proper-noun rules keep the run, but a cue of care, attendance or membership right before two
or more capitalised words in mid-sentence says they name one body, which places a client as
much as an employer's name does. (Cues of work and study, "works at", "goes to", are read by
the rules for a run after "at" and "to".)

Kept: a run that is a known thing (a holiday, greeting, clinical technique or brand phrase
of the lexicon, a country or state), a kind of service in general ("referred to Mental
Health", "Social Care Services"), a therapy or training named after the cue ("trained with
Motivational Interviewing"), and a run opening with a title, weekday or other word that is
never an identifier (the name rules read "referred by Dr Green").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token


def _forms(*stems: str) -> frozenset[str]:
    """Each stem with its usual endings: "refer" gives "refers", "referred", "referring"."""
    out: set[str] = set()
    for stem in stems:
        base, _, double = stem.partition("+")  # "refer+r": the consonant doubled
        out |= {base, base + "s", base + "ed", base + "ing"}
        if double:
            out |= {base + double + "ed", base + double + "ing"}
        if base.endswith("e"):
            out |= {base + "d", base[:-1] + "ing"}
    return frozenset(out)


# verb (or noun) -> the prepositions after it that lead into a body
_CARE = _forms("refer+r", "discharge", "admit+t", "transfer+r", "support") | frozenset(
    {"referral", "referrals"}  # "a referral from Oranga Tamariki", "Referral via Peel CAS"
)
_JOIN = _forms("train", "play", "dance", "sing", "sign", "volunteer", "enrol+l", "enroll")
_CUES: dict[str, frozenset[str]] = {
    "by": _CARE | _forms("place", "house") | frozenset({"seen", "cared", "fostered"}),
    "to": _CARE,
    "from": _CARE | frozenset({"worker", "workers", "caseworker", "counsellor", "counselor"}),
    "into": _CARE,
    "via": _CARE,
    "with": _JOIN | _forms("place", "house") | frozenset({"sang", "placement", "placements"}),
    "for": _forms("play", "volunteer", "sing", "dance", "row", "swim", "run+n") | {"sang", "ran"},
    "of": frozenset({"member", "members", "membership", "employee", "employees"}),
}
# filler words that may stand between the verb and its preposition: "referred back to"
_FILLERS = frozenset(
    "back on over across straight again also now still then just football netball rugby "
    "basketball soccer league hockey cricket volleyball hula siva kapa haka".split()
)
# an owner and a kind of body, then the body's name: "her team Coastal United"
_OWNERS = frozenset("her his their my our your its".split())
_BODY_NOUNS = frozenset(
    "team club school church choir group crew squad band employer agency gym kindy "
    "daycare preschool college uni university workplace company firm charity provider "
    "practice clinic congregation parish mosque temple side hospital program programme "
    "centre center league".split()
)
# nouns for the body somebody works for, set beside its name with a comma or colon
_EMPLOYER_LABELS = frozenset({"employer", "employers"})
# words ending a run that names a thing done or learned there, or a state of work, not a body
_THING_ENDS = frozenset(
    "therapy therapies treatment model approach method technique training protocol scale "
    "questionnaire inventory assessment test exam certificate diploma degree day eve week "
    "month weekend festival season break holidays holiday employed unemployed "
    "self-employed".split()
)
_OPENERS = _OWNERS | _CUES.keys() | _EMPLOYER_LABELS | {"the"}
_JOINERS = frozenset("of and for the &".split())
_MIN_WORDS = 2
_MAX_WORDS = 5


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a preposition, owner word or "the" that can open a cue is in the text."""
    return not _OPENERS.isdisjoint(lows)


def cued_organisations(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Runs of two or more capitalised words right after a cue of care or membership."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        tok = toks[i]
        prev = toks[i - 1]
        if not tok.capital or (
            prev.capital and prev.word != "The" and prev.low not in _EMPLOYER_LABELS
        ):
            continue
        last = _run_last(text, toks, i)
        if last < 0 or not (_cued(text, toks, i) or _team_after(text, toks, i, last)):
            continue
        if _safe(toks[i : last + 1], lex):
            continue
        out.append((tok.start, toks[last].end, "org"))
    return out


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _cued(text: str, toks: list[Token], i: int) -> bool:
    """Whether a cue stands right before ``toks[i]`` in the same clause."""
    prev = toks[i - 1]
    gap = _gap(text, prev, toks[i])
    if prev.low in _EMPLOYER_LABELS and gap in (", ", ": ", " "):
        # "the client's employer, Bank South Pacific", "Employer: Harbour Mills", "referral
        # from employer Kestrel Freight Lines"
        return True
    if prev.low in _BODY_NOUNS and gap in (" ", ", "):
        return i > 1 and toks[i - 2].low in _OWNERS and _gap(text, toks[i - 2], prev) == " "
    verbs = _CUES.get(prev.low)
    if verbs is None or gap != " " or prev.word != prev.low:
        return False
    for k in (i - 2, i - 3):
        if k < 0 or _gap(text, toks[k], toks[k + 1]) != " ":
            return False
        if toks[k].low in verbs:
            return True
        if toks[k].low not in _FILLERS:
            return False
    return False


def _team_after(text: str, toks: list[Token], i: int, last: int) -> bool:
    """ "the Harbour House team", "joined the Khmer Girls in Action youth team": after "the"
    or an owner word, a run followed by a lower-case word for a body's people or branch."""
    prev = toks[i - 1]
    if prev.low not in _OWNERS and prev.low != "the":
        return False
    if _gap(text, prev, toks[i]) != " ":
        return False
    for k in (last + 1, last + 2):
        if k >= len(toks) or _gap(text, toks[k - 1], toks[k]) != " " or toks[k].capital:
            return False
        if toks[k].low in _TEAM_NOUNS:
            return True
        if toks[k].low not in _TEAM_FILLERS:
            return False
    return False


_TEAM_NOUNS = frozenset(
    "team teams staff crew program programme choir club branch office ward shelter hostel "
    "campus caseworker caseworkers counsellor counsellors counselor counselors pool gym "
    "canteen cafeteria".split()
)
_TEAM_FILLERS = frozenset("youth outreach support care intake family women's men's".split())


def _run_last(text: str, toks: list[Token], i: int) -> int:
    """The last token of the capitalised run from ``i`` (small joining words inside it), or
    -1 when the run holds fewer than two capitalised words or more than five."""
    last, j, caps = i, i, 1
    while j + 1 < len(toks):
        nxt = toks[j + 1]
        if _gap(text, toks[j], nxt) != " " or toks[j].possessive:
            break
        if nxt.capital:
            j = last = j + 1
            caps += 1
        elif (
            nxt.low in _JOINERS
            and j + 2 < len(toks)
            and toks[j + 2].capital
            and _gap(text, nxt, toks[j + 2]) == " "
        ):
            j += 1
        else:
            break
    return last if _MIN_WORDS <= caps <= _MAX_WORDS else -1


def _safe(words: list[Token], lex: Lexicon) -> bool:
    """A known thing, a service named in general, or a run the name rules read."""
    first = words[0]
    if first.title or first.acronym or first.kind is Kind.STOP or first.initial:
        return True
    caps = [w for w in words if w.capital]
    lows = [w.low for w in caps]
    phrase = " ".join(w.low for w in words)
    if phrase in lex.phrases or phrase in lex.regions or " ".join(lows) in lex.phrases:
        return True
    if any(" ".join(lows[:n]) in lex.phrases for n in range(_MIN_WORDS, len(lows))):
        return True  # "Solution Focused Brief Therapy Training"
    if lows[-1] in _THING_ENDS:
        return True
    if all(lex.is_region_word(w) for w in lows):
        return True
    if all(w.kind is Kind.NAME or w.kind is Kind.UNKNOWN for w in caps):
        return False  # "Tangata Pasifika": no everyday word, judged here as a body
    return all(w in GENERIC_ORG_WORDS or w in ORG_SUFFIXES or w == "services" for w in lows)
