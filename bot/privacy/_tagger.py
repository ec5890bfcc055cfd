"""A small learned second opinion on the words the rules keep but are unsure of.

The rules keep a word that no cue marks as a name, place or organisation. For the words
they are least sure of (a word in no list, a given name, a word that is also a given name:
``Kind.UNKNOWN``, ``Kind.NAME``, ``Kind.WORD_NAME``) a softmax classifier over four labels
(ordinary, name, place, org) gives a second opinion, and the word is replaced when the
chance that it is an identifier passes a threshold. Words the rules class as ordinary or
never an identifier (``STOP``, ``ORDINARY``) are never looked at, so text built only from
safe words comes back unchanged.

The features say nothing about which names the development sets hold: the word's lexicon
classes and list memberships, its case pattern and length, its last two or three letters,
for a word in no list how much its spelling looks like a name's or a town's (character
n-grams learned from the name, town and word lists alone, ``_name_likeness``),
where it stands in its sentence, the words beside it only when they are of a closed class
(function words, prepositions, kinship words, verbs of saying, living and going; any other
word is reduced to its case and class), whether the text reads as chat, and whether a
placeholder stands nearby. The weights (``data/tagger_weights.json.gz``) are trained by
``bench/train_tagger.py`` on the project's own development sets; they are read once.

The tagger reads the text as the rules leave it (their finds already placeholders) and
repeats until it finds nothing more, each word it replaces being a placeholder for the
next round, so that what it decides does not change on a second ``redact``.
"""

from __future__ import annotations

import gzip
import json
import math
import threading
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import cast

from ._capital_kin_words import KIN_NOUNS
from ._decided import Range, collecting, merged, overlapping
from ._foreign_neighbours import CLOSED as _CLOSED
from ._foreign_neighbours import ENGLISH_PREPOSITIONS as _ENGLISH_PREPOSITIONS
from ._foreign_neighbours import foreign_word
from ._function_words import everyday_words, tables
from ._german_nouns import is_german
from ._kin_words import _KIN_VOCAB as KIN_VOCAB
from ._kind_words import ORG_WORDS, PLACE_WORDS
from ._lexicon import Lexicon, lexicon
from ._name_likeness import buckets as likeness_buckets
from ._preposition_places import PREPOSITIONS
from ._proper_nouns import starts_sentence, tokens
from ._spoken_languages import _english_names as _languages
from ._town_cues import _SHOP_ENDINGS as SHOP_ENDINGS
from ._town_cues import HOMES
from ._vocab import (
    AREA_SUFFIXES,
    GENERIC_ORG_WORDS,
    KNOWN_ACRONYMS,
    ORG_PREPS,
    ORG_SUFFIXES,
    PLACE_PREPS,
    RELATIONS,
    STREET_SUFFIXES,
)
from ._word_classes import Kind, Token

_WEIGHTS = Path(__file__).with_name("data") / "tagger_weights.json.gz"
_lock = threading.Lock()
LABELS = ("O", "name", "place", "org")
_UNSURE = (Kind.UNKNOWN, Kind.NAME, Kind.WORD_NAME)
# an everyday word with a capital inside a sentence ("rang Lifeline", "goes to Lighthouse"):
# its own kind, so its weights are its own
_KIND_NAMES = {
    Kind.UNKNOWN: "unk",
    Kind.NAME: "name",
    Kind.WORD_NAME: "wname",
    Kind.ORDINARY: "ordc",
}
_MIN_LEN = 3  # shorter words: articles of other languages, and no name leaks by them
# the prefix of every feature of an everyday word with a capital (``_everyday_capital``)
SCOPE = "o:"
_NEAR = 3  # words either side within which a placeholder counts as near
_MIN_ENGLISH = 0.5  # share of everyday English words a text needs for the tagger to judge it

# English prepositions and those of other languages the rules know
_PREPOSITIONS = PREPOSITIONS | _ENGLISH_PREPOSITIONS
# words of other languages naming a kind of place or body ("colonia", "escuela"): the rules
# read the name after them; the word itself names no one ("by the colonia fence")
_KIND_WORDS = PLACE_WORDS | ORG_WORDS
# words before a named place or body: of place and going, of joining, of contact ("rang
# Lifeline", "phoned Samaritans"); and the kind words after one ("the Red Cross shop")
_SCOPE_CUES = (
    PLACE_PREPS
    | ORG_PREPS
    | frozenset(
        "at past by off outta round rang phoned called texted emailed contacted rung ring "
        "call phone visit visited visits goes went go going walked drove took takes moved "
        "joined join attend attends attended volunteers volunteering volunteered works "
        "worked working studies studied plays played training trains".split()
    )
)
# words of a run that names a kind of service found in every town ("the Job Centre",
# "Breakfast Club", "Sixth Form College"), as the rules read them
_GENERIC = GENERIC_ORG_WORDS | ORG_SUFFIXES
_SCOPE_KINDS = (
    ORG_SUFFIXES
    | STREET_SUFFIXES
    | AREA_SUFFIXES
    | frozenset("shop store residence house home hall centre center team juniors".split())
)


def _shape(word: str) -> str:
    if word.islower():
        return "low"
    if word.isupper():
        return "up" if len(word) > 1 else "one"
    if word[0].isupper() and word[1:].islower():
        return "cap"
    return "mix"


def _context(text: str, toks: list[Token], j: int, holes: list[str]) -> str:
    """The word at ``j`` as the features see it: itself if of a closed class, else its class."""
    if j < 0:
        return "<s>"
    if j >= len(toks):
        return "</s>"
    if holes[j]:
        return f"[{holes[j]}]"
    tok = toks[j]
    if tok.low in _CLOSED:
        return tok.low
    if tok.kind in _UNSURE:
        return "?" + _shape(tok.word)
    return "w" + _shape(tok.word)


@cache
def _everyday() -> frozenset[str]:
    return frozenset(everyday_words())


def _gap(between: str) -> str:
    return between.replace("[", "").replace("]", "").strip()


def _lists(low: str, lex: Lexicon) -> list[str]:
    """The word lists that hold ``low``, by feature name (a given name with how many locales
    list it, capped at 3)."""
    given = lex.given_names.get(low, 0)
    out = [f"given{min(given, 3)}"] if given else []
    held: tuple[tuple[str, Container[str]], ...] = (
        ("surname", lex.surnames),
        ("town", lex.places),
        ("region", lex.regions),
        ("brand", lex.brands),
        ("ordinary", lex.ordinary),
        ("wordname", lex.word_names),
        ("thing", lex.things),
        ("function", tables().langs),
        ("calendar", _everyday()),
    )
    out.extend(name for name, words in held if low in words)
    return out


def chat_like(text: str) -> bool:
    """Typed as chat: no capital opens the text, or a lone lower-case "i" stands in it."""
    first = next((c for c in text if c.isalpha()), "")
    return first.islower() or " i " in text or text.startswith("i ")


def _holes(text: str, toks: list[Token]) -> list[str]:
    """For each token, the kind of the placeholder it is the word of ("[name]" reads as the
    word "name"), or "" for a word of the text."""
    return [
        t.low if text[t.start - 1 : t.start] == "[" and text[t.end : t.end + 1] == "]" else ""
        for t in toks
    ]


def candidates(
    text: str, toks: list[Token], holes: list[str], decided: list[Range] | None = None
) -> list[int]:
    """Indices of the words the tagger judges: unsure kinds, not touching a placeholder, and
    none where the rules decided a word is safe (``decided``, as ``_decided.merged`` gives
    them) or where they decide (``_ruled``)."""
    if not _english_enough(toks, holes):
        return []
    if decided is None:  # not given: where the name rules decide on this text
        decided = rules_decided(text)
    wide = _widened(text, toks)
    return [
        i
        for i, tok in enumerate(toks)
        if not (decided and overlapping(decided, tok.start, tok.end))
        and _judged(text, toks, holes, i, wide)
    ]


def _widened(text: str, toks: list[Token]) -> bool:
    """Whether the tagger also judges everyday words written with a capital inside a
    sentence (``_everyday_capital``): not in a German text, which capitalises every noun."""
    return any(
        t.kind is Kind.ORDINARY and t.capital and not t.acronym for t in toks
    ) and not is_german(text)


def _everyday_capital(text: str, toks: list[Token], holes: list[str], i: int) -> bool:
    """An everyday English word written with a capital where no sentence, line, quote or
    clause opens: a name made of everyday words ("rang Lifeline", "goes to Lighthouse",
    "the Red Cross shop"), or chat capitalising at random ("went to Church"). Words never an
    identifier (``Kind.STOP``: "Mum", "Church", "Miracle Question") stay out of it, and so
    do the name of a language or people ("Czech mothers", "switched to Creole") and a run
    of words that names a kind of service found in every town, as the rules read it ("his
    teacher at School", "ate at Breakfast Club"), unless a placeholder stands against it
    ("[place] Community Services", "University of [place]": what is left of a name the
    rules took in part)."""
    tok = toks[i]
    if not (
        tok.kind is Kind.ORDINARY
        and tok.capital
        and not tok.acronym
        and i > 0
        and not starts_sentence(text, toks, i)
    ):
        return False
    if tok.low in _languages()[0]:
        return False
    a, b = _run(text, toks, holes, i)
    if all(t.low in _GENERIC for t in toks[a : b + 1]):
        return (
            _held(holes, a - 1)
            or _held(holes, b + 1)
            or (b + 2 < len(toks) and toks[b + 1].low == "of" and _held(holes, b + 2))
        )
    return True


def _held(holes: list[str], j: int) -> bool:
    """Whether word ``j`` is a placeholder."""
    return 0 <= j < len(holes) and bool(holes[j])


def _run(text: str, toks: list[Token], holes: list[str], i: int) -> tuple[int, int]:
    """The first and last word of the run of capitalised words, only a space between them,
    that word ``i`` stands in (placeholders end it)."""
    a = i
    while a > 0 and not holes[a - 1] and _joined_capital(text, toks, a - 1, a):
        a -= 1
    b = i
    while b + 1 < len(toks) and not holes[b + 1] and _joined_capital(text, toks, b + 1, b):
        b += 1
    return a, b


def _judged(text: str, toks: list[Token], holes: list[str], i: int, wide: bool = False) -> bool:
    """Whether word ``i`` is of a kind the tagger judges where it stands (the rules'
    recorded decisions aside)."""
    tok = toks[i]
    if holes[i] or len(tok.word) < _MIN_LEN:
        return False
    if tok.kind not in _UNSURE and not (wide and _everyday_capital(text, toks, holes, i)):
        return False
    if i > 0 and holes[i - 1] == "age":
        return False  # the unit of an age in another language: "[age] años", "[age] anni"
    if text[tok.start - 1 : tok.start] in "[]" and tok.start > 0:
        return False  # touching a placeholder: "[name]s"
    if _kind_word(toks, i) or _ruled(text, toks, i) or _known_acronym(tok.word):
        return False
    after = text[tok.end : tok.end + 1]
    return not (after in ("[", "]") or text[tok.end : tok.end + 3] in ("'s[", "’s["))


def _known_acronym(word: str) -> bool:
    """An acronym of a list that is never an identifier heading a hyphenated word: a code
    or version ("ICD-10") or a description ("CPS-involved", "NHS-funded"). (Alone, "at
    CAMHS" may name the team a client attends: the tagger judges it.)"""
    head, hyphen, _ = word.partition("-")
    return bool(hyphen) and head.isupper() and head in KNOWN_ACRONYMS


def rules_decided(text: str) -> list[Range]:
    """Where the name rules, reading ``text``, decide a word is safe on purpose (for a
    caller that has not kept what the rules decided when they made the text)."""
    from ._proper_nouns import find_proper_nouns  # imports this module

    held: list[Range] = []
    with collecting(held):
        find_proper_nouns(text)
    return merged(held)


def _english_enough(toks: list[Token], holes: list[str]) -> bool:
    """Whether at least ``_MIN_ENGLISH`` of the text's words are everyday English: the
    features read English grammar, and in a text written mostly in another language its
    everyday words are in no list the tagger knows ("spricht", "falamos"), so it stays out."""
    words = [t for k, t in enumerate(toks) if not holes[k]]
    english = sum(1 for t in words if t.kind is Kind.ORDINARY)
    return english >= _MIN_ENGLISH * len(words)


def _kind_word(toks: list[Token], i: int) -> bool:
    """A word of another language naming a kind of place or body ("colonia", "escuela"), or
    one shaped like a kind of shop after "the" ("at the pupusería"): what kind of place,
    not which, as the rules read it (`_kind_words`, `_town_cues`)."""
    low = toks[i].low
    return low in _KIND_WORDS or (low.endswith(SHOP_ENDINGS) and i > 0 and toks[i - 1].low == "the")


def _ruled(text: str, toks: list[Token], i: int) -> bool:
    """Whether word ``i`` stands where the rules, not the tagger, decide: the rules keep such
    words on purpose unless a cue of theirs names them. (A gloss in brackets, "the teacher
    (kaiako)", "mwanangu (my child)", and a word written small beside a word of another
    language, "in sha allah", "la nena": the rules record where they decide it, see
    ``_decided`` and ``_foreign_neighbours``.)

    - an everyday English word written small that is also a name, opening a sentence or
      after a preposition ("lives in hope", "rain from the north", "hope kept her going"):
      only a cue of the rules makes it a name there;
    - a kinship word of any language written small ("his nona", "at nona's"), or with its
      possessive "s" typed without the apostrophe before a word for a home ("at nans
      place"): a relative or the kin's own home, which the rules of kinship judge;
    - a word written small right before a word for how someone is ("betam good"): a word of
      the writer's other language modifying it, not a name.
    """
    tok = toks[i]
    if not tok.word.islower():
        return False
    if tok.kind is Kind.WORD_NAME and _wname_veto(text, toks, i):
        return True
    after = text[tok.end : toks[i + 1].start if i + 1 < len(toks) else tok.end + 2]
    if tok.low in _KIN or _kin_owned(toks, i):
        return True
    return i + 1 < len(toks) and not after.strip() and toks[i + 1].low in _HOW


def _wname_veto(text: str, toks: list[Token], i: int) -> bool:
    """Where a word-name written small is the rules' to decide: opening the text or a
    sentence, after a preposition or a comma."""
    return (
        i == 0
        or toks[i - 1].low in _PREPOSITIONS
        or "," in text[toks[i - 1].end : toks[i].start]
        or starts_sentence(text, toks, i)
    )


# words for how someone or something is ("betam good", "sana okay"): a word written small
# right before one modifies it, in the writer's other language; a name does not stand there
_HOW = frozenset(
    "good bad fine okay ok well great nice happy sad tired sick calm "
    "better best worse worst".split()
)
# kinship words of any language and English kin nouns (the repo's kinship tables)
_KIN = KIN_VOCAB | KIN_NOUNS | RELATIONS


def _kin_owned(toks: list[Token], i: int) -> bool:
    """A kinship word with the possessive "s" typed without its apostrophe, before a word
    for a home: "at nans place", "mums house", "lolas flat" (the kin's own home)."""
    low = toks[i].low
    return low.endswith("s") and low[:-1] in _KIN and i + 1 < len(toks) and toks[i + 1].low in HOMES


@dataclass(frozen=True, slots=True)
class Doc:
    """What the features read of the whole text: chat-like typing, the words written with a
    capital inside a sentence, how often each word stands in it."""

    chat: bool
    capitals: frozenset[str]
    lows: dict[str, int]


def doc(text: str, toks: list[Token], holes: list[str]) -> Doc:
    lows: dict[str, int] = {}
    capitals: set[str] = set()
    for k, t in enumerate(toks):
        if holes[k]:
            continue
        lows[t.low] = lows.get(t.low, 0) + 1
        if t.capital and k > 0 and not t.acronym and not starts_sentence(text, toks, k):
            capitals.add(t.low)
    return Doc(chat_like(text), frozenset(capitals), lows)


def features(text: str, toks: list[Token], i: int, holes: list[str], d: Doc) -> list[str]:
    """The feature names of word ``i`` (see the module's docstring)."""
    chat, capitals, lows = d.chat, d.capitals, d.lows
    lex = lexicon()
    tok = toks[i]
    low = tok.low or tok.word.lower()
    shape = _shape(tok.word)
    kind = _KIND_NAMES.get(tok.kind, "other")
    opens = starts_sentence(text, toks, i)
    feats = [
        "bias",
        "k=" + kind,
        "sh=" + shape,
        f"ks={kind}|{shape}",
        f"len={min(len(low), 10)}",
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        f"open={opens}|{shape}",
        f"chat={chat}|{shape}",
    ]
    feats += _likeness(tok.word, kind, shape)
    if kind == "ordc":
        feats += _scope_features(text, toks, i, holes, chat)
        # how freely the writer uses capitals inside sentences
        feats.append(f"o:capitals={min(len(capitals) * 20 // max(1, len(toks)), 3)}")
    if tok.possessive:
        feats.append("poss")
    if tok.acronym:
        feats.append("acr")
    for name in _lists(low, lex):
        feats.append("l=" + name)
        feats.append(f"l={name}|{shape}")
    # the words before a word are those of its line: under a label or a heading line, a line
    # reads as it does alone (`_line_start`)
    first = _line_start(text, toks, i)
    p1 = _context(text, toks, i - 1 if i - 1 >= first else -1, holes)
    p2 = _context(text, toks, i - 2 if i - 2 >= first else -1, holes)
    n1 = _context(text, toks, i + 1, holes)
    n2 = _context(text, toks, i + 2, holes)
    # the punctuation between words, placeholder brackets aside (a word and the placeholder
    # that replaces it read alike)
    gap_before = _gap(text[toks[i - 1].end : tok.start])[-1:] if i > first else "^"
    gap_after = _gap(text[tok.end : toks[i + 1].start])[:1] if i + 1 < len(toks) else "$"
    feats += [
        "p1=" + p1,
        "p2=" + p2,
        "n1=" + n1,
        "n2=" + n2,
        f"p2p1={p2}|{p1}",
        f"n1n2={n1}|{n2}",
        f"p1n1={p1}|{n1}",
        f"p1sh={p1}|{shape}",
        "gb=" + gap_before,
        "ga=" + gap_after,
    ]
    if low in capitals:
        feats.append("cap_elsewhere")  # written with a capital inside a sentence elsewhere
    if lows.get(low, 0) > 1:
        feats.append(f"repeated|{shape}")
    lo, hi = max(0, i - _NEAR), min(len(toks), i + _NEAR + 1)
    if any(holes[lo:hi]):
        feats.append("ph_near")
        feats.append(f"ph_near|{shape}")
    if kind == "ordc":  # weights of their own: the unsure words' stay as they were
        return [f if f.startswith(SCOPE) else SCOPE + f for f in feats]
    return feats


def _line_start(text: str, toks: list[Token], i: int) -> int:
    """The first of the two words before word ``i`` on its line (``i`` if it opens one). The
    line above an answer is a label or a heading ("**What went well?**", "Doing:"), no part
    of its sentence: the answer's first word reads as it does opening a text alone."""
    first = i
    while first > max(0, i - 2) and "\n" not in text[toks[first - 1].end : toks[first].start]:
        first -= 1
    return first


def _scope_features(
    text: str, toks: list[Token], i: int, holes: list[str], chat: bool
) -> list[str]:
    """What says an everyday word with a capital names a place or body, read over the run
    of capitalised words it stands in ("the Red Cross shop", "to Gold Reef City"): a word of
    place, going or contact before the run ("to", "rang"), an article or not, how long the
    run is and where the word stands in it, a kind word ending it or after it ("City",
    "shop"), a line written mostly with capitals (a heading or a title), chat-like typing."""
    a, b = _run(text, toks, holes, i)
    article = "-"
    cue = "-"
    if a > 0 and not holes[a - 1]:
        before = toks[a - 1].low
        article = "the" if before == "the" else ("a" if before in ("a", "an") else "-")
        if before in _SCOPE_CUES:
            cue = before
        elif article != "-" and a > 1 and toks[a - 2].low in _SCOPE_CUES:
            cue = toks[a - 2].low
    place = "alone" if a == b else ("first" if i == a else ("last" if i == b else "mid"))
    after = toks[b + 1].low if b + 1 < len(toks) else ""
    kind = "end" if b > i and toks[b].low in _SCOPE_KINDS else "-"
    if after in _SCOPE_KINDS:
        kind = "after"
    feats = [
        "o:cue=" + cue,
        f"o:cue={cue != '-'}|{article}",
        f"o:art={article}",
        f"o:run={min(b - a + 1, 4)}|{place}",
        f"o:kind={kind}",
        f"o:kind={kind}|{cue != '-'}",
        f"o:chat={chat}|{cue != '-'}",
    ]
    run = [t.low for t in toks[a : b + 1]]
    if all(w in _GENERIC for w in run):
        feats.append(f"o:generic={min(len(run), 3)}")  # "[place] Community Services"
    if toks[i].low in _words_of(toks).small:
        feats.append("o:small_elsewhere")  # the writer's everyday word: "school", "School"
    if _title_line(text, toks, i):
        feats.append("o:title_line")
    return feats


def _joined_capital(text: str, toks: list[Token], j: int, i: int) -> bool:
    """Whether word ``j`` beside word ``i`` is written with a capital, only a space between."""
    lo, hi = (j, i) if j < i else (i, j)
    return toks[j].capital and text[toks[lo].end : toks[hi].start] == " "


def _title_line(text: str, toks: list[Token], i: int) -> bool:
    """Whether the line of word ``i`` has most of its words (at least three) capitalised:
    a heading or a title ("Solution Focused Brief Therapy")."""
    start = text.rfind("\n", 0, toks[i].start) + 1
    end = text.find("\n", toks[i].end)
    end = len(text) if end < 0 else end
    # the words starting on the line, found by their starts (in order) instead of one look
    # at every word of the text per word asked about
    facts = _words_of(toks)
    lo, hi = bisect_left(facts.starts, start), bisect_left(facts.starts, end)
    words, caps = hi - lo, facts.capitals[hi] - facts.capitals[lo]
    return words >= 3 and 2 * caps > words


@dataclass(frozen=True, slots=True)
class _WordsOf:
    """What the features read about all the words of a text, worked out once per text."""

    toks: list[Token]
    small: frozenset[str]  # the words typed in lower case somewhere
    starts: list[int]  # where each word starts, in order
    capitals: list[int]  # how many words before each index are capitalised


_last_words: list[_WordsOf] = []  # the last text's, while its features are worked out


def _words_of(toks: list[Token]) -> _WordsOf:
    """``_WordsOf`` ``toks`` (kept for the same list, which the tagger does not change)."""
    last = _last_words[-1] if _last_words else None
    if last is not None and last.toks is toks:
        return last
    capitals = [0, *accumulate(1 if t.capital else 0 for t in toks)]
    facts = _WordsOf(
        toks,
        frozenset(t.low for t in toks if t.word.islower()),
        [t.start for t in toks],
        capitals,
    )
    _last_words[:] = [facts]
    return facts


def _likeness(word: str, kind: str, shape: str) -> list[str]:
    """How much a word in no list is spelt like a name and like a town (``_name_likeness``,
    learned from the name, town and word lists alone), in buckets, the name's also by the
    word's case. Only for words in no list: for a listed word the lists already tell."""
    if kind != "unk":
        return []
    name, place = likeness_buckets(word)
    return ["nl=" + name, f"nl={name}|{shape}", "pl=" + place]


@cache
def _data() -> dict[str, object]:
    with _lock, gzip.open(_WEIGHTS, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _weights() -> tuple[dict[str, list[float]], float]:
    data = _data()
    weights = cast("dict[str, list[float]]", data["weights"])
    return {k: list(v) for k, v in weights.items()}, float(cast("float", data["threshold"]))


@cache
def _scope_threshold() -> float:
    """The threshold for everyday words with a capital (``_everyday_capital``)."""
    data = _data()
    return float(cast("float", data.get("scope_threshold", data["threshold"])))


def probabilities(feats: list[str], weights: dict[str, list[float]]) -> list[float]:
    """The chance of each label in ``LABELS`` (softmax over the summed weights)."""
    s0 = s1 = s2 = s3 = 0.0
    get = weights.get
    for f in feats:
        w = get(f)
        if w is not None:
            s0 += w[0]
            s1 += w[1]
            s2 += w[2]
            s3 += w[3]
    top = max(s0, s1, s2, s3)
    exps = [math.exp(s0 - top), math.exp(s1 - top), math.exp(s2 - top), math.exp(s3 - top)]
    total = exps[0] + exps[1] + exps[2] + exps[3]
    return [e / total for e in exps]


def tag(
    text: str,
    weights: dict[str, list[float]] | None = None,
    threshold: float | None = None,
    *,
    decided: list[Range] | None = None,
    scope_threshold: float | None = None,
) -> list[tuple[int, int, str]]:
    """Words of ``text`` (as the rules leave it) the tagger replaces: (start, end, kind),
    found round by round until a round finds nothing more; never a word where the rules
    ``decided`` it is safe (``bot.privacy.redact_by_rules``). An everyday word with a
    capital (``_everyday_capital``) is replaced past ``scope_threshold``, any other past
    ``threshold``."""
    if weights is None or threshold is None:
        loaded, default = _weights()
        weights = loaded if weights is None else weights
        threshold = default if threshold is None else threshold
    if scope_threshold is None:
        scope_threshold = _scope_threshold()
    toks = tokens(text, lexicon())
    holes = _holes(text, toks)
    cands = candidates(text, toks, holes, decided)
    if not cands:
        return []
    d = doc(text, toks, holes)
    found: dict[int, str] = {}
    pending = cands
    while pending:
        fresh: list[int] = []
        for i in pending:
            probs = probabilities(features(text, toks, i, holes, d), weights)
            limit = scope_threshold if toks[i].kind is Kind.ORDINARY else threshold
            if 1.0 - probs[0] >= limit:
                best = max(range(1, len(LABELS)), key=lambda k: probs[k])
                found[i] = LABELS[best]
                fresh.append(i)
        for i in fresh:
            holes[i] = found[i]  # a placeholder for the next round
        if fresh:  # the words left read as they will beside the new placeholders
            d = doc(text, toks, holes)
            if decided:
                cands = cands + _freed(text, toks, holes, fresh, cands, decided)
            pending = [j for j in cands if j not in found]
        else:
            pending = []
    return [(toks[i].start, toks[i].end, kind) for i, kind in sorted(found.items())]


def _freed(
    text: str,
    toks: list[Token],
    holes: list[str],
    fresh: list[int],
    cands: list[int],
    decided: list[Range],
) -> list[int]:
    """The words the rules kept only for standing beside a word of another language
    (``_foreign_neighbours``: "yayasan kasih bunda") that the tagger has just replaced: with
    that neighbour a placeholder, no language stands beside them, and the tagger judges them
    as the rules would on reading the text again (``bot.privacy.redact``)."""
    out: list[int] = []
    taken = set(cands)
    for i in fresh:
        if not foreign_word(toks[i]):
            continue
        for j in (i - 1, i + 1):
            if j < 0 or j >= len(toks) or j in taken or holes[j]:
                continue
            tok = toks[j]
            if not tok.word.islower() or not overlapping(decided, tok.start, tok.end):
                continue
            if not _beside(text, toks, i, j):
                continue
            k = 2 * j - i  # the word on its other side
            if (
                0 <= k < len(toks)
                and not holes[k]
                and _beside(text, toks, j, k)
                and foreign_word(toks[k])
            ):
                continue  # still beside a word of another language
            if _judged(text, toks, holes, j):
                out.append(j)
                taken.add(j)
    return out


def _beside(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Words ``a`` and ``b`` stand side by side with only space between them."""
    lo, hi = (a, b) if a < b else (b, a)
    return not text[toks[lo].end : toks[hi].start].strip()


def apply(text: str, found: list[tuple[int, int, str]]) -> str:
    """``text`` with each found word replaced by its placeholder."""
    parts: list[str] = []
    pos = 0
    for start, end, kind in found:
        parts.extend((text[pos:start], f"[{kind}]"))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
