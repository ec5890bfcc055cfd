"""Train the anonymizer's small tagger (``bot/privacy/_tagger.py``) and measure it by set.

Usage:
    python bench/train_tagger.py [--rules-json PATH] [--cv] [--thresholds 0.5,0.6,...]
                                 [--threshold T] [--out PATH]

Trains on the development sets of ``bench/anonymizer.py`` (``DEFAULT_FILES``) that are the
project's own MIT-licensed sets under ``tests/data/``; ``../shared/phi/public.jsonl`` (not the
project's) is scored but never trained on, and nothing held out is read. Each text is first
redacted by the rules alone; the tagger's candidates are the words the rules kept that they
are unsure of (``_tagger.candidates``: never where the rules decide, ``_tagger._ruled``),
read in the rules' output, and none where the rules decided a word is safe
(``bot.privacy.redact_by_rules``); a candidate's label is the
kind of the gold span it lies in (name, place, org; another kind counts as name), or ordinary
outside every span.

``--rules-json`` reuses the rules' outputs from a JSON file
(``{set: {"outputs": [...]}}``, as ``--save-rules PATH`` writes it) instead of redacting
every text again (minutes).
``--cv`` cross-validates by set: the sets are split into 5 folds of whole sets, the tagger
is trained on 4 and scored on the fifth, for each threshold; the figures are summed over
folds beside the rules alone. Without ``--cv`` the tagger is trained on every set and the
weights written to ``bot/privacy/data/tagger_weights.json.gz`` with ``--threshold``. This
script measures the tagger whether ``bot.privacy.USE_TAGGER`` is on or off.

Reproducible: softmax regression by stochastic gradient descent over a fixed number of
epochs, in an order drawn from ``random.Random(SEED)``; the same sets and seed give the same
weights file byte for byte (weights rounded, keys sorted, gzip without a time stamp).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import io
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from anonymizer import DEFAULT_FILES, PUBLIC, Case, load, norm_kind, say_missing, score

import bot.privacy as privacy
from bot.privacy import _tagger
from bot.privacy._hidden import readable
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import tokens

SEED = 50
EPOCHS = 4
RATE = 0.05
L2 = 1e-5
SCOPE_THRESHOLD = 0.5
MIN_COUNT = 2  # features seen fewer times in training are dropped
FOLDS = 5
# ../shared/phi/public.jsonl: scored, not the project's; chat50a/b: the sets written after the
# shipped weights were trained, kept out as their unseen check (scored, never trained on)
NOT_TRAINED_ON = frozenset({"public", "phi_dev_chat50a", "phi_dev_chat50b"})
OUT = Path(__file__).resolve().parent.parent / "bot/privacy/data/tagger_weights.json.gz"


@dataclass
class Example:
    feats: list[str]
    label: int


Decided = list[list[tuple[int, int]]]


def rules_outputs(
    sets: dict[str, list[Case]], rules_json: Path | None
) -> tuple[dict[str, list[str]], dict[str, Decided]]:
    """Each text as the rules leave it, and where in it they decided a word is safe."""
    if rules_json is not None:
        data = json.loads(rules_json.read_text(encoding="utf-8"))
        return (
            {name: data[name]["outputs"] for name in sets},
            {
                name: [[(s, e) for s, e in d] for d in data[name]["decided"]]
                if "decided" in data[name]
                else [[] for _ in data[name]["outputs"]]
                for name in sets
            },
        )
    outputs: dict[str, list[str]] = {}
    decided: dict[str, Decided] = {}
    for name, cases in sets.items():
        pairs = [privacy.redact_by_rules(readable(c.text)) for c in cases]
        outputs[name] = [o for o, _ in pairs]
        decided[name] = [d for _, d in pairs]
    return outputs, decided


def _gold_label(case: Case, start: int, end: int) -> int:
    for span in case.spans:
        s, e = int(str(span["start"])), int(str(span["end"]))
        if s < end and start < e:
            kind = norm_kind(span["kind"])
            return _tagger.LABELS.index(kind) if kind in _tagger.LABELS else 1
    return 0


def examples(case: Case, output: str, decided: list[tuple[int, int]]) -> list[Example]:
    """The candidates of the rules' ``output`` with their gold labels, found by aligning its
    words with the words of the case's text."""
    lex = lexicon()
    toks_y = tokens(output, lex)
    holes = _tagger._holes(output, toks_y)
    cands = _tagger.candidates(output, toks_y, holes, decided)
    if not cands:
        return []
    toks_x = tokens(case.text, lex)
    matcher = difflib.SequenceMatcher(
        None, [t.word for t in toks_y], [t.word for t in toks_x], autojunk=False
    )
    to_x: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            to_x[a + k] = b + k
    d = _tagger.doc(output, toks_y, holes)
    out: list[Example] = []
    for i in cands:
        j = to_x.get(i)
        if j is None:
            continue
        label = _gold_label(case, toks_x[j].start, toks_x[j].end)
        out.append(Example(_tagger.features(output, toks_y, i, holes, d), label))
    return out


def train(data: list[Example], seed: int = SEED) -> dict[str, list[float]]:
    """Softmax regression by SGD; weights per feature, one per label. The everyday words
    with a capital (``_tagger.SCOPE``, their features all their own) are trained apart, each
    group in its own order, so that either leaves the other's weights as they are."""
    scope = [ex for ex in data if ex.feats[0].startswith(_tagger.SCOPE)]
    rest = [ex for ex in data if not ex.feats[0].startswith(_tagger.SCOPE)]
    return _train(rest, seed) | _train(scope, seed)


def _train(data: list[Example], seed: int) -> dict[str, list[float]]:
    counts: dict[str, int] = {}
    for ex in data:
        for f in ex.feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    rows = [([index[f] for f in ex.feats if f in index], ex.label) for ex in data]
    n_labels = len(_tagger.LABELS)
    w = [[0.0] * n_labels for _ in names]
    rng = random.Random(seed)
    order = list(range(len(rows)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for r in order:
            feats, label = rows[r]
            scores = [0.0] * n_labels
            for f in feats:
                wf = w[f]
                for k in range(n_labels):
                    scores[k] += wf[k]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            grad = [e / total for e in exps]
            grad[label] -= 1.0
            for f in feats:
                wf = w[f]
                for k in range(n_labels):
                    wf[k] -= rate * (grad[k] + L2 * wf[k])
    return {f: [round(x, 4) for x in w[index[f]]] for f in names}


def write_weights(
    weights: dict[str, list[float]],
    threshold: float,
    sets: list[str],
    path: Path,
    scope_threshold: float | None = None,
) -> None:
    body = json.dumps(
        {
            "about": "bench/train_tagger.py: softmax regression on the project's own "
            "development sets (MIT); labels " + ",".join(_tagger.LABELS),
            "seed": SEED,
            "sets": sorted(sets),
            "threshold": threshold,
            "scope_threshold": threshold if scope_threshold is None else scope_threshold,
            "weights": {f: v for f, v in sorted(weights.items()) if any(v)},
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as handle:
        handle.write(body)
    path.write_bytes(buf.getvalue())


def folds(names: list[str]) -> list[list[str]]:
    order = sorted(names)
    random.Random(SEED).shuffle(order)
    return [order[k::FOLDS] for k in range(FOLDS)]


def _figures(cases: list[Case], outs: list[str]) -> tuple[int, int, int, int, int, int]:
    memo = dict(zip([c.text for c in cases], outs, strict=True))
    sc = score(cases, lambda t: memo[t])
    return (
        sc.spans,
        sc.leaked_spans,
        sc.ordinary_words,
        sc.lost_words,
        sc.clean_texts,
        sc.clean_unchanged,
    )


def _line(label: str, t: list[int]) -> str:
    spans, leaked, words, lost, clean, intact = t
    return (
        f"{label:>14}: leaks {leaked:5d}/{spans} ({100 * leaked / max(1, spans):.2f}%)  "
        f"removed {lost:5d}/{words} ({100 * lost / max(1, words):.3f}%)  "
        f"intact {intact:5d}/{clean} ({100 * intact / max(1, clean):.2f}%)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules-json", type=Path)
    parser.add_argument("--save-rules", type=Path)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.85,0.9,0.95")
    parser.add_argument("--threshold", type=float, default=0.3)  # the shipped one
    # for everyday words with a capital (``_tagger._everyday_capital``)
    parser.add_argument("--scope-threshold", type=float, default=SCOPE_THRESHOLD)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not PUBLIC.exists():
        say_missing(PUBLIC)
    sets = {p.resolve().stem: load(p.resolve()) for p in DEFAULT_FILES if p.exists()}
    outputs, decided = rules_outputs(sets, args.rules_json)
    if args.save_rules is not None:  # for --rules-json next time
        saved = {name: {"outputs": outputs[name], "decided": decided[name]} for name in sets}
        args.save_rules.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    data = {
        name: [
            ex
            for c, o, d in zip(cases, outputs[name], decided[name], strict=True)
            for ex in examples(c, o, d)
        ]
        for name, cases in sets.items()
    }
    n = sum(len(v) for v in data.values())
    pos = sum(ex.label > 0 for v in data.values() for ex in v)
    print(f"{len(sets)} sets, {n} candidates, {pos} inside a gold span")
    if not args.cv:
        weights = train(
            [ex for name in sorted(data) if name not in NOT_TRAINED_ON for ex in data[name]]
        )
        write_weights(
            weights,
            args.threshold,
            sorted(set(sets) - NOT_TRAINED_ON),
            args.out,
            args.scope_threshold,
        )
        print(
            f"wrote {args.out} ({args.out.stat().st_size} bytes), threshold {args.threshold}, "
            f"for everyday words with a capital {args.scope_threshold}"
        )
        return 0
    # "T" or "T/S": S for everyday words with a capital (default: --scope-threshold)
    thresholds = args.thresholds.split(",")
    pairs = {
        t: (float(t.split("/")[0]), float(t.split("/")[1]) if "/" in t else args.scope_threshold)
        for t in thresholds
    }
    total_rules = [0] * 6
    total = {t: [0] * 6 for t in thresholds}
    for k, held in enumerate(folds(list(sets))):
        train_on = [
            ex
            for name in sorted(data)
            if name not in held and name not in NOT_TRAINED_ON
            for ex in data[name]
        ]
        weights = train(train_on)
        fold_rules = [0] * 6
        fold = {t: [0] * 6 for t in thresholds}
        for name in held:
            cases, outs, kept = sets[name], outputs[name], decided[name]
            fold_rules = [a + b for a, b in zip(fold_rules, _figures(cases, outs), strict=True)]
            for t in thresholds:
                tagged = [
                    _tagger.apply(
                        o,
                        _tagger.tag(
                            o, weights, pairs[t][0], decided=d, scope_threshold=pairs[t][1]
                        ),
                    )
                    for o, d in zip(outs, kept, strict=True)
                ]
                fold[t] = [a + b for a, b in zip(fold[t], _figures(cases, tagged), strict=True)]
        print(f"fold {k + 1} ({len(held)} sets, trained on {len(train_on)} candidates)")
        print(_line("rules", fold_rules))
        for t in thresholds:
            print(_line(f"tagger {t}", fold[t]))
        total_rules = [a + b for a, b in zip(total_rules, fold_rules, strict=True)]
        for t in thresholds:
            total[t] = [a + b for a, b in zip(total[t], fold[t], strict=True)]
    print("total over folds")
    print(_line("rules", total_rules))
    for t in thresholds:
        print(_line(f"tagger {t}", total[t]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
