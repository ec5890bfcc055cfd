"""A given name, or a word in no list, typed in lower case that opens a sentence or a clause as
the subject of a verb only a person does is a name typed in chat.

"gabi did her homework", "honestly dong-hyun surprised me, he ...", "kiprono told me bout his
race", "joanasie from plateau said", "iolo turned up early": ``_lower_word_names`` reads
everyday words that are names ("hope said") and ``_lower_subject_names`` words in no list
before a verb and a person's word; a listed given name that is no English word ("gabi",
"kiprono") was read by neither, nor was the subject of "said" or "told" with no "his" or "her"
after it. Here the word must be a name of the lists that is no everyday English word, or a word
in no list at all, at least three letters, no word of chat ("ppl", "gma"); it opens the text, a
sentence, a line or a clause (after "and", "so", "honestly", "tbh", "update:" ...); and it is
followed, past at most one adverb and "from <a word>" ("from plateau"), by

- a verb of speaking or of a person's feelings ("said", "told", "cried", "texted", "laughed"),
  also past a laugh typed before it ("juho lol. said"), or
- a verb of doing, coming or showing ("did", "showed", "turned up", "brought") and then,
  within three words, "me", "him", "her", "his", "he", "she" ("saga showed me her drawings").

Everyday English words keep their place in the same frames ("work said", "school called",
"dinner came", "homework did her head in"): they are no candidates; an everyday word that is
also a given name in several lists ("saga") only before a verb of speaking or of showing, and
never a kinship word of another language ("lola said": a grandmother).

``joined_lower_names`` reads people beside people: a given name joined by "and her" to a
relation ("journey and her cousin precious came in", "sat with wing and her dad"), a word in
no list listed right beside a name found typed in lower case ("her sisters sanyu, babirye and
nakato"), two such names repeated side by side ("the twins (babirye and nakato)"), and a name
with an age in brackets ("client (kauã, 16)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._decided import record
from ._kin_address import WORDS as KIN_WORDS
from ._lower_subject_names import person_after
from ._lower_word_names import _NATURE, _VIRTUES
from ._lower_word_names import _PERSON_ONLY as _SAYING
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._lower_word_names import _after_role as after_role
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# verbs a person does to someone or their things: need "me", "her", "his" ... soon after
_DOING = frozenset(
    "did does showed shows brought brings made makes gave gives surprised surprises "
    "turned turns came comes walked walks drew draws wrote writes sent sends called calls "
    "got gets has had went goes finished finishes tried tries helped helps".split()
)
# what an everyday word that is also a given name must do to be read as one ("saga showed me")
_NAMED_DOING = frozenset("did showed shows brought gave surprised".split())
_PERSON_WORDS = frozenset("me him her his he she himself herself us".split())
# verbs after which a clause said or thought opens ("he said kini has been")
_REPORTING = frozenset("said says reckons thinks noticed mentioned reported".split())
# "has" and "had" of a perfect after such a clause's subject ("taniela hasnt missed")
_PERFECT = frozenset("has hasnt hasn't hasn’t had hadnt hadn't hadn’t".split())
_ADVERBS = frozenset(
    "just finally actually also still never always really even already literally then now "
    "totally honestly apparently basically".split()
)
_OPENERS = frozenset(
    "and but so then when because bc cos coz cuz after before until while since if ok okay "
    "honestly tbh ngl lol lmao haha omg update fyi btw apparently plus also today yesterday "
    "later anyway".split()
)
_CHAT_WORDS = frozenset(
    "ppl gma gpa bf gf exbf exgf lil yall bday smh lowkey highkey istg welp oof ahh yay rly "
    "wyd yday meds homie girlie hubs grams gramps cuz bff bestie tbh ngl idk imo omg lol "
    "lmao fam sib sibs kiddo pls plz thx tho tmrw tmr tdy covid".split()
)
_MIN_WORD = 3
_CANDIDATE_KINDS = frozenset({Kind.NAME, Kind.UNKNOWN})
# an everyday word must be a given name in more than one of the lists, and no person's role
_MIN_GIVEN = 2
_PERSON_NOUNS = frozenset("lady queen ward love junior".split())
# "sione been going to school", "kalani opened up": how a person has been, or opened up (a
# subject in no list only: "is", "was", "doing" follow as many other words there)
_BEEN = "been"
_OPENED = "opened"
# coming to a session: "iolo turned up early", "kevo came in late"
_ARRIVALS = frozenset("came comes turned turns showed shows rocked popped".split())
_ARRIVAL_TAILS = frozenset("in up".split())
# words after which a listed given name is someone the clause goes on about ("frm kiprono tdy
# but he told me", "sat with mutua and his dad")
_OBJECT_BEFORE = frozenset("with w for to told asked saw met from frm".split())
_AGE_BETWEEN = re.compile(r", \d{1,2}, ")
_AFTER_RELATED = frozenset("from and n".split())
_PROUD_KINDS = frozenset({Kind.NAME, Kind.WORD_NAME})  # no brand or service: "proud of tafe"
NATURE_OR_VIRTUE = _NATURE | _VIRTUES
_AGED_KIN = tuple(w for w in KIN_WORDS if len(w) >= 4)
_AGED_KINDS = frozenset({Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME})
_TURNING = frozenset({"turned", "turns"})
TURNING = _TURNING
REPORTING = _REPORTING
_AGE_AFTER = re.compile(
    r" (?:\[age\]|\d{1,2}(?:yo)?(?:[\s,.!?]|$)(?!\s*(?:degrees|%|percent|min|hour|hr|km|kg)))"
)
_LAUGHS = frozenset("lol lool lolol lmao lmfao haha hahaha hehe rofl".split())
_LAUGH_GAPS = frozenset({" ", ". ", ", ", "! "})
_OPENING_GAP = re.compile(r"(?:^|[.!?,:;\n(]\s*|\s[-–—]\s*)$")
_VOWELS = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöùúûüāēīōū")


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of speaking or reporting, a person's word or "turned" is in the
    text."""
    return (
        not _SAYING.isdisjoint(lows)
        or not _REPORTING.isdisjoint(lows)
        or not _PERSON_WORDS.isdisjoint(lows)
        or not _TURNING.isdisjoint(lows)
    )


def said_lower_names(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    starts: Callable[[int], bool],
    *,
    turning: bool = True,
    proud: bool = True,
) -> list[Candidate]:
    """Lower-case names and words in no list that open a clause as a person's subject, or a
    listed given name that is the object of "with", "told", "saw" ... before "he" or "she".
    ``turning`` and ``proud`` say whether a word of ``TURNING`` and "proud" stand among the
    words (the caller knows): without them no age is turned and no one is proud of."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks[:-1]):
        if tok.capital or tok.possessive:
            continue  # neither turns an age nor is a candidate
        if turning and _turned_age(text, toks, i):  # "jasmine turned 92 last week"
            out.append((tok.start, tok.end, "name"))
            continue
        kind = tok.kind  # ``_candidate`` refuses every other kind: most words stop here
        if (kind is not Kind.ORDINARY and kind not in _CANDIDATE_KINDS) or not _candidate(tok, lex):
            continue
        if starts(i) or _after_opener(text, toks, i):
            if _subject(text, toks, i):
                out.append((tok.start, tok.end, "name"))
        elif _object_or_related(text, toks, i) or _reported_subject(text, toks, i):
            out.append((tok.start, tok.end, "name"))
    return out + _proud_of(text, toks) if proud else out


def _reported_subject(text: str, toks: list[Token], i: int) -> bool:
    """ "he said kini has been going", "coach said taniela hasnt missed": a word in no list
    (or a listed given name no English word) right after a verb of saying, as the subject
    of "has" or "had" or of a person's verb, opens the clause said."""
    if i == 0 or toks[i].kind is Kind.ORDINARY or toks[i - 1].low not in _REPORTING:
        return False
    if not spaced(text, toks, i) or i + 1 >= len(toks) or not spaced(text, toks, i + 1):
        return False
    return toks[i + 1].low in _PERFECT or _subject(text, toks, i)


def _object_or_related(text: str, toks: list[Token], i: int) -> bool:
    kind = toks[i].kind
    if kind is Kind.NAME and _object_of_person(text, toks, i):
        return True
    return kind is not Kind.ORDINARY and _after_owned_role(text, toks, i)


def _after_owned_role(text: str, toks: list[Token], i: int) -> bool:
    """ "her friend nila from uni", "my client tavake said": after someone's relation, then
    a mark, "from", "and" or a verb of speaking."""
    if not after_role(text, toks, i) or toks[i - 1].low not in ROLE_WORDS:
        return False
    after = text[toks[i].end :]
    if after[:1] in ",.!?;:)" or not after.strip():
        return True
    return (
        i + 1 < len(toks)
        and spaced(text, toks, i + 1)
        and (toks[i + 1].low in _AFTER_RELATED or toks[i + 1].low in _SAYING)
    )


def _proud_of(text: str, toks: list[Token]) -> list[Candidate]:
    """ "so proud of destiny today, she spoke up": whom one is proud of, before "she" or "he"
    in the same sentence, is a person, even when the word is also an everyday name."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        tok = toks[i]
        if toks[i - 1].low != "of" or toks[i - 2].low != "proud" or tok.capital:
            continue
        if tok.kind not in _PROUD_KINDS or len(tok.low) < _MIN_WORD:
            continue
        if spaced(text, toks, i) and _object_of_person(text, toks, i, of=True):
            out.append((tok.start, tok.end, "name"))
    return out


def _turned_age(text: str, toks: list[Token], i: int) -> bool:
    """ "jasmine turned 92", "ok so tavake turns 16 on friday": a word-name, a listed given
    name or a word in no list that turns an age opens the clause as a person; not the
    weather, a season or a virtue ("june turned 30 degrees" reads as no person either)."""
    if i + 1 >= len(toks) or toks[i + 1].low not in _TURNING or not spaced(text, toks, i + 1):
        return False
    tok = toks[i]
    if tok.capital or tok.possessive or not tok.word.isalpha() or len(tok.low) < _MIN_WORD:
        return False
    if tok.kind not in _AGED_KINDS:
        return False
    if tok.low in NATURE_OR_VIRTUE or any(tok.low.startswith(kin) for kin in _AGED_KIN):
        # "faith turned 5", "june turned 30 degrees", "bibijon turned 80" (grandma): the
        # word, or a relative, on purpose (``_decided``)
        record(tok.start, tok.end)
        return False
    if i > 0 and not _after_opener(text, toks, i):
        lo = toks[i - 1].end
        if not _OPENING_GAP.search(text[lo : tok.start]):
            return False
    return _AGE_AFTER.match(text, toks[i + 1].end) is not None


def _subject(text: str, toks: list[Token], i: int) -> bool:
    j = _verb_index(text, toks, i + 1)
    if j is None:
        return False
    verb = toks[j].low
    everyday = toks[i].kind is Kind.ORDINARY
    if verb in _SAYING:
        return True
    if verb in (_NAMED_DOING if everyday else _DOING) and person_after(
        text, toks, j, _PERSON_WORDS
    ):
        return True
    if not everyday and verb == _BEEN and spaced(text, toks, j):
        return True
    return (
        not everyday
        and (verb in _ARRIVALS or verb == _OPENED)
        and j + 1 < len(toks)
        and toks[j + 1].low in _ARRIVAL_TAILS
        and spaced(text, toks, j + 1)
    )


def _object_of_person(text: str, toks: list[Token], i: int, *, of: bool = False) -> bool:
    """ "sat with mutua and his dad", "frm kiprono tdy but he told me": after "with", "told",
    "saw" ..., and a person's word later in the same sentence."""
    if not of and (i == 0 or toks[i - 1].low not in _OBJECT_BEFORE or not spaced(text, toks, i)):
        return False
    for k in range(i + 1, min(i + 8, len(toks))):
        if any(m in text[toks[k - 1].end : toks[k].start] for m in ".!?\n("):
            return False
        if toks[k].low in _PERSON_WORDS and toks[k].low not in ("me", "us"):
            return True
    return False


def _candidate(tok: Token, lex: Lexicon) -> bool:
    if tok.capital or tok.possessive:
        return False
    low = tok.low
    kind = tok.kind  # the kind first: most words are stop or everyday words
    if kind is Kind.ORDINARY:
        if lex.given_names.get(low, 0) < _MIN_GIVEN or low in _PERSON_NOUNS:
            return False
    elif kind not in _CANDIDATE_KINDS or low in lex.ordinary:
        return False
    if not tok.word.islower() or len(low) < _MIN_WORD or low in _CHAT_WORDS:
        return False
    if _VOWELS.isdisjoint(low) or low in KIN_WORDS:  # "lola said", "nanay told me": kin
        return False
    return kind is Kind.ORDINARY or low.replace("-", "").replace("'", "").isalpha()


def _after_opener(text: str, toks: list[Token], i: int) -> bool:
    if i == 0 or toks[i - 1].low not in _OPENERS:
        return False
    gap = text[toks[i - 1].end : toks[i].start]
    return gap.strip(" ,:") == "" and gap != ""


def _verb_index(text: str, toks: list[Token], j: int) -> int | None:
    """Where the verb after the subject stands, past "from <word>", an age between commas
    ("mahnoor from defence, 17, says"), one adverb and a laugh ("lol.")."""
    last = len(toks) - 1
    if j > last or not spaced(text, toks, j):
        return None
    if toks[j].low == "from" and j + 2 <= last and spaced(text, toks, j + 1):
        if not (spaced(text, toks, j + 2) or _AGE_BETWEEN.fullmatch(_gap(text, toks, j + 2))):
            return None
        j += 2
    if toks[j].low in _ADVERBS and j < last and spaced(text, toks, j + 1):
        j += 1
    if toks[j].low in _LAUGHS and j < last and _gap(text, toks, j + 1) in _LAUGH_GAPS:
        j += 1  # "juho lol. said he was fine": a laugh typed between the name and its verb
    return j


def _gap(text: str, toks: list[Token], k: int) -> str:
    return text[toks[k - 1].end : toks[k].start]


# ---- people listed or joined beside a name typed in lower case --------------------------------

_LIST_GAPS = (", ", " and ", ", and ", " & ", " n ")
_PAIR = 2
_JOINED_SPACES = 3  # " and her " between the name and the relation
_HIS_HER = frozenset({"her", "his", "their"})
_BRACKET_AGE = re.compile(r"\(([^\W\d_][\w'’-]*), (\d{1,2})\)")


def joined_lower_names(
    text: str,
    toks: list[Token],
    found: list[Candidate],
    lex: Lexicon,
    starts: Callable[[int], bool],
) -> list[Candidate]:
    """ "journey and her cousin precious came in", "sat with wing and her dad": a given name
    joined to someone's relation; "her sisters sanyu, babirye and nakato": a word in no list
    listed beside a name found typed in lower case; "client (kauã, 16)": a name with an age
    in brackets."""
    out: list[Candidate] = []
    for i, tok in enumerate(toks[:-3]):
        if toks[i + 2].low not in _HIS_HER:  # cheap first: "<name> and her <relation>"
            continue
        if _joinable_name(tok, lex) and _joined_to_relation(text, toks, i, starts):
            out.append((tok.start, tok.end, "name"))
    if "(" in text:
        by_start = {t.start: t for t in toks}
        for m in _BRACKET_AGE.finditer(text):
            tok = by_start.get(m.start(1))
            if (
                tok is not None
                and tok.end == m.end(1)
                and _candidate(tok, lex)
                and tok.kind is not Kind.ORDINARY
            ):
                out.append((tok.start, tok.end, "name"))
    out += _listed_beside(text, toks, found + out, lex)
    return out + _pairs_again(text, toks, found + out)


_PERSON_OR_ROLE = _PERSON_NOUNS | ROLE_WORDS


def _joinable_name(tok: Token, lex: Lexicon) -> bool:
    if tok.kind is Kind.ORDINARY:
        low = tok.low
        if tok.capital or tok.possessive or not tok.word.islower() or len(low) < _MIN_WORD:
            return False
        return lex.given_names.get(low, 0) >= 1 and low not in _PERSON_OR_ROLE
    return _candidate(tok, lex)


def _joined_to_relation(
    text: str, toks: list[Token], i: int, starts: Callable[[int], bool]
) -> bool:
    after_with = i > 0 and toks[i - 1].low in ("with", "w") and spaced(text, toks, i)
    if not (after_with or starts(i) or _after_opener(text, toks, i)):
        return False
    conj, owner, relation = toks[i + 1], toks[i + 2], toks[i + 3]
    return (
        conj.low in ("and", "n", "&")
        and owner.low in _HIS_HER
        and relation.low in ROLE_WORDS
        and text[toks[i].end : relation.start].count(" ") == _JOINED_SPACES
    )


def _listed_beside(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    names = [(s, e) for s, e, k in found if k == "name" and text[s : s + 1].islower()]
    if not names:
        return []
    covered = {(s, e) for s, e, _ in found}
    by_start = {t.start: n for n, t in enumerate(toks)}
    by_end = {t.end: n for n, t in enumerate(toks)}
    added: list[Candidate] = []
    todo = list(names)
    while todo:
        start, end = todo.pop()
        for gap in _LIST_GAPS:
            for n in (by_end.get(start - len(gap)), by_start.get(end + len(gap))):
                if n is None:
                    continue
                tok = toks[n]
                if (tok.start, tok.end) in covered or tok.kind is Kind.ORDINARY:
                    continue
                if not (text[tok.end : start] == gap or text[end : tok.start] == gap):
                    continue
                if not _candidate(tok, lex) or not _list_item_ends(text, toks, n):
                    continue
                covered.add((tok.start, tok.end))
                added.append((tok.start, tok.end, "name"))
                todo.append((tok.start, tok.end))
    return added


def _list_item_ends(text: str, toks: list[Token], n: int) -> bool:
    """After a listed word: a mark, the end, or the list going on ("babirye and nakato.")."""
    after = text[toks[n].end :]
    if not after.strip() or after[:1] in ",.!?;:)":
        return True
    return after.startswith((" and ", " & ", " n "))


def _pairs_again(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """ "her sisters sanyu, babirye and nakato ... the twins (babirye and nakato)": two names
    found typed in lower case, repeated side by side in a list, are the same people again."""
    spans = {(s, e) for s, e, _ in found}
    names = {
        t.low
        for t in toks
        if (t.start, t.end) in spans and t.word.islower() and t.kind is not Kind.ORDINARY
    }
    if len(names) < _PAIR:
        return []
    by_start = {t.start: t for t in toks}
    out: list[Candidate] = []
    for left in toks:
        if left.low not in names:
            continue
        for gap in _LIST_GAPS:
            right = by_start.get(left.end + len(gap))
            if right is None or right.low not in names or right.low == left.low:
                continue
            if text[left.end : right.start] != gap:
                continue
            for tok in (left, right):
                if (tok.start, tok.end) not in spans and tok.word.islower():
                    spans.add((tok.start, tok.end))
                    out.append((tok.start, tok.end, "name"))
    return out
