"""A small token tagger for the words the rules are unsure of (an earlier experiment, not
shipped; the tagger that ships is bot/privacy/_tagger.py, trained by bench/train_tagger.py).

Logistic regression on hashed features (the word, its affixes and shape, its neighbours,
whether the rules removed it, which of the project's word lists hold it), trained by
bench/tagger_cv.py on the project's own labelled sets. Leave-one-family-out, it did not
earn a place in bot/privacy (see bench/tagger_cv.txt). ``adjust`` takes the rules' spans
of one pass and
(a) removes a kept capitalised or unlisted word the tagger is confident names someone or
somewhere, (b) keeps a one-word name/place/org the rules found on a weak cue (the word is
in no name or town list) when the tagger is confident it is ordinary.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from zlib import crc32

from bot.privacy._lexicon import lexicon
from bot.privacy._span import Span, select

BITS = 18
_MASK = (1 << BITS) - 1
_TOKEN = re.compile(
    r"\[(?:name|place|date|age|phone|email|id|url|handle|org)\]|[^\W\d_]+(?:['’-][^\W\d_]+)*"
)
_STARTERS = frozenset('.!?:;"“(\n•*>-–—')
_WEAK_KINDS = frozenset({"name", "place", "org"})

Model = Sequence[float]


def _shape(word: str) -> str:
    out: list[str] = []
    for c in word:
        s = "X" if c.isupper() else "x" if c.isalpha() else c
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)[:6]


def _gap(text: str, start: int, end: int) -> str:
    """The punctuation between two tokens, spaces left out."""
    return "".join(c for c in text[start:end] if not c.isspace())[:3]


def _word_class(word: str) -> str:
    from bot.privacy._word_classes import _classify

    lex = lexicon()
    low = word.lower()
    tags = _classify(word, lex).name
    if low in lex.places:
        tags += "+town"
    if low in lex.surnames:
        tags += "+surname"
    if lex.given_names.get(low, 0) >= 3:
        tags += "+common"
    return tags


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _STARTERS


def _features(text: str, toks: list[tuple[int, int, str]], i: int, removed: str) -> list[str]:
    start, end, word = toks[i]
    low = word.lower()
    cls = _word_class(word)
    shape = _shape(word)
    opens = _sentence_start(text, start)
    cap = word[:1].isupper()
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    pw = prev[2].lower() if prev else "<s>"
    nw = nxt[2].lower() if nxt else "</s>"
    pg = _gap(text, prev[1], start) if prev else "^"
    ng = _gap(text, end, nxt[0]) if nxt else "$"
    feats = [
        "b",
        "w=" + low,
        "s=" + shape,
        "c=" + cls,
        "o=" + str(opens),
        "co=" + cls + str(cap) + str(opens),
        "pw=" + pw,
        "nw=" + nw,
        "ps=" + (_shape(prev[2]) if prev else "<s>"),
        "ns=" + (_shape(nxt[2]) if nxt else "</s>"),
        "pg=" + pg,
        "ng=" + ng,
        "pwg=" + pw + pg,
        "nwg=" + ng + nw,
        "pc=" + (_word_class(prev[2]) if prev and prev[2][0] != "[" else pw),
        "nc=" + (_word_class(nxt[2]) if nxt and nxt[2][0] != "[" else nw),
        "na=" + str(not word.isascii()),
        "len=" + str(min(len(word), 12)),
    ]
    if removed:  # empty: a blind tagger, that does not see what the rules did
        feats += ["r=" + removed, "rc=" + removed + cls]
    for k in range(1, 5):
        if len(low) > k:
            feats.append(f"p{k}={low[:k]}")
            feats.append(f"x{k}={low[-k:]}")
    if i > 1:
        feats.append("p2w=" + toks[i - 2][2].lower() + "|" + pw)
    if i + 2 < len(toks):
        feats.append("n2w=" + nw + "|" + toks[i + 2][2].lower())
    return feats


def _candidates(
    text: str, spans: Sequence[Span]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, str, int]]]:
    """The tokens of ``text`` and the unsure ones: (token index, "kept" or "weak", span
    index or -1). Kept: capitalised, or in no list of ordinary words. Weak: a one-word
    name/place/org span whose word is in no name or town list."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, str, int]] = []
    found = list(spans)  # spans without a kind are stretches kept as they are
    weak = [_weak(s) for s in found]
    j = 0
    for i, (start, end, word) in enumerate(toks):
        if word[0] == "[" or len(word) < 2:
            continue
        while j < len(found) and found[j].end <= start:
            j += 1
        if j < len(found) and found[j].start < end:
            if weak[j]:
                out.append((i, "weak", j))
            continue
        if not word.islower() or _word_class(word).startswith(("UNKNOWN", "NAME")):
            out.append((i, "kept", -1))
    return toks, out


def _weak(span: Span) -> bool:
    """A name, place or organisation of words only, none in a name or town list: the rules
    found it on context alone."""
    if span.kind not in _WEAK_KINDS:
        return False
    lex = lexicon()
    words = [m.group() for m in _TOKEN.finditer(span.text)]
    if not words or sum(len(w) for w in words) + len(words) - 1 < len(span.text) - 2:
        return False  # digits or signs in it
    for w in words:
        low = w.lower()
        if low in lex.given_names or low in lex.surnames or low in lex.places:
            return False
    return True


def candidate_features(text: str, spans: Sequence[Span]) -> list[tuple[int, int, list[str]]]:
    """(start, end, features) of each unsure token, for training."""
    toks, cands = _candidates(text, spans)
    return [(toks[i][0], toks[i][1], _features(text, toks, i, why)) for i, why, _ in cands]


def _hashes(feats: list[str]) -> list[int]:
    return [crc32(f.encode()) & _MASK for f in feats]


def _prob(model: Model, hashed: list[int]) -> float:
    z = sum(model[h] for h in hashed)
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def train(rows: list[tuple[list[str], int]], *, epochs: int = 6, seed: int = 13) -> Model:
    """Averaged stochastic gradient descent on the logistic loss."""
    data = [(_hashes(f), y) for f, y in rows]
    rng = random.Random(seed)
    w = [0.0] * (1 << BITS)
    u = [0.0] * (1 << BITS)  # step-weighted sum of updates, for the average
    c = 1
    for epoch in range(epochs):
        rng.shuffle(data)
        lr = 0.2 / (1 + epoch)
        for hashed, y in data:
            z = sum(w[h] for h in hashed)
            z = max(-30.0, min(30.0, z))
            g = lr * (y - 1.0 / (1.0 + math.exp(-z)))
            if g > 1e-6 or g < -1e-6:
                cg = c * g
                for h in hashed:
                    w[h] += g
                    u[h] += cg
            c += 1
    return [wi - ui / c for wi, ui in zip(w, u, strict=True)]


T_ADD = 0.97  # a kept word is removed at this probability or more
T_VETO = 0.03  # a weak one-word span is kept below this probability


def adjust(
    text: str,
    spans: list[Span],
    model: Model,
    *,
    t_add: float = T_ADD,
    t_veto: float = T_VETO,
    blind: bool = False,
) -> list[Span]:
    """The rules' spans of one pass, with the tagger's confident additions and vetoes."""
    toks, cands = _candidates(text, spans)
    if not cands:
        return spans
    extra: list[tuple[int, int, str]] = []
    vetoed: dict[int, bool] = {}
    for i, why, j in cands:
        if why == "kept" and t_add > 1:
            continue
        if why == "weak" and t_veto <= 0:
            continue
        p = _prob(model, _hashes(_features(text, toks, i, "" if blind else why)))
        if why == "kept" and p >= t_add:
            extra.append((toks[i][0], toks[i][1], "name"))
        elif why == "weak":
            vetoed[j] = vetoed.get(j, True) and p < t_veto
    dropped = {j for j, v in vetoed.items() if v}
    if not extra and not dropped:
        return spans
    kept = [(s.start, s.end, s.kind) for k, s in enumerate(spans) if k not in dropped]
    return select(text, kept, extra)
