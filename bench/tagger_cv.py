"""Does a small trained token tagger improve the rules on text it never saw?

Usage: python bench/tagger_cv.py [--epochs N] [--families a,b,...]

Leave-one-family-out cross-validation over the project's own labelled sets
(tests/data/phi_dev*.jsonl; public.jsonl and every *holdout* file are never read).
A family is a set and its letter-suffixed siblings (clean12 + clean12b). For each
family, a logistic-regression tagger on hashed features is trained on every other
family's tokens and used inside ``redact`` (through the pass-1 spans) as

  (a) extra removal: a kept capitalised or unlisted word the tagger calls an identifier,
  (b) veto: a one-word name/place/org span the rules found on a weak cue (the word is in
      no name or town list) that the tagger calls ordinary,
  (c) both.

Prints, per held-out family, the bench figures (spans leaking, ordinary words removed,
identifier-free texts intact) of the rules alone and of each variant. The sets marked
"measurement only" in bench/anonymizer.py are never trained on (only tested).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import tagger_model as _tagger  # noqa: E402  # type: ignore[import-not-found]
from anonymizer import Case, load, score  # noqa: E402  # type: ignore[import-not-found]

import bot.privacy as privacy  # noqa: E402
from bot.privacy import Span  # noqa: E402

DATA = ROOT / "tests/data"
# never trained on: the sets bench/anonymizer.py keeps for measurement only
MEASUREMENT_ONLY = frozenset({"names8", "leaks9b", "clean6c", "clean9b"})


def set_name(path: Path) -> str:
    stem = path.stem.removeprefix("phi_dev").lstrip("_")
    return stem or "dev"


def family(name: str) -> str:
    return re.sub(r"(\d)[a-z]$", r"\1", name)


def load_sets() -> dict[str, list[Case]]:
    sets: dict[str, list[Case]] = {}
    for path in sorted(DATA.glob("phi_dev*.jsonl")):
        if "holdout" in path.name:  # never opened
            continue
        sets[set_name(path)] = load(path)
    return sets


def token_rows(cases: list[Case]) -> list[tuple[list[str], int]]:
    """Features and gold label of every candidate token, seen as pass 1 of ``redact`` sees
    them (the rules' spans of the untouched text)."""
    rows: list[tuple[list[str], int]] = []
    for case in cases:
        spans = privacy._detect(case.text, settle=False)
        removed = [(s.start, s.end) for s in spans if s.kind]
        for start, end, feats in _tagger.candidate_features(case.text, spans):
            label = _label(case, removed, start, end, feats)
            if label is not None:
                rows.append((feats, label))
    return rows


def _label(
    case: Case, removed: list[tuple[int, int]], start: int, end: int, feats: list[str]
) -> int | None:
    """1 for a word whose keeping leaks a labelled span, 0 for an ordinary word, None for a
    word of a span that does not leak either way (a title before a removed name)."""
    for span in case.spans:
        s, e = int(str(span["start"])), int(str(span["end"]))
        if not (s < end and start < e):
            continue
        if "r=weak" in feats:
            return 1
        if str(span["kind"]) == "name":
            return 1 if end - start >= 3 else None
        whole_kept = not any(a < e and s < b for a, b in removed)
        return 1 if whole_kept else None
    return 0


def blind_rows(cases: list[Case]) -> list[tuple[list[str], int]]:
    """Every capitalised or unlisted word with its gold label, the rules' decision unseen
    (a tagger of its own, not trained on what the rules already do)."""
    rows: list[tuple[list[str], int]] = []
    for case in cases:
        gold = [(int(str(s["start"])), int(str(s["end"])), str(s["kind"])) for s in case.spans]
        toks = [(m.start(), m.end(), m.group()) for m in _tagger._TOKEN.finditer(case.text)]
        for i, (start, end, word) in enumerate(toks):
            if word[0] == "[" or len(word) < 2:
                continue
            if word.islower() and not _tagger._word_class(word).startswith(("UNKNOWN", "NAME")):
                continue
            kinds = [k for s, e, k in gold if s < end and start < e]
            if kinds and kinds[0] == "name" and end - start < 3:
                continue  # a title before a name: leaks nothing either way
            rows.append((_tagger._features(case.text, toks, i, ""), int(bool(kinds))))
    return rows


Figures = tuple[float, float, float]


def figures(cases: list[Case], redactor: Callable[[str], str]) -> Figures:
    sc = score(cases, redactor)
    leak = 100 * sc.leaked_spans / sc.spans if sc.spans else float("nan")
    lost = 100 * sc.lost_words / sc.ordinary_words if sc.ordinary_words else float("nan")
    intact = 100 * sc.clean_unchanged / sc.clean_texts if sc.clean_texts else float("nan")
    return leak, lost, intact


VARIANTS: dict[str, tuple[float, float]] = {
    # name: (add when p >= this, veto when p < this); 1.01 / 0.0 switch a side off
    "a.70": (0.70, 0.0),
    "a.90": (0.90, 0.0),
    "b.05": (1.01, 0.05),
    "b.20": (1.01, 0.20),
    "c.70/.05": (0.70, 0.05),
    "c.90/.20": (0.90, 0.20),
}


def _hooked(
    original: Callable[..., list[Span]],
    model: _tagger.Model,
    t_add: float,
    t_veto: float,
    *,
    blind: bool,
) -> Callable[..., list[Span]]:
    """The rules' pass, followed by the tagger's adjustment (as a shipped hook would be)."""

    def detect(text: str, *, settle: bool = True, shapes: bool = True) -> list[Span]:
        spans = original(text, settle=settle, shapes=shapes)
        return _tagger.adjust(text, spans, model, t_add=t_add, t_veto=t_veto, blind=blind)

    return detect


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument(
        "--blind", action="store_true", help="train without the rules' decision as a feature"
    )
    parser.add_argument(
        "--variants", help="comma-separated add/veto pairs, e.g. 0.8/0,1.01/0.05 (default: a set)"
    )
    parser.add_argument("--families", help="comma-separated families to hold out (default all)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    privacy.redact("warm up: Maria called 206-555-0143 on March 3rd.")
    sets = load_sets()
    fams: dict[str, list[str]] = defaultdict(list)
    for name in sets:
        fams[family(name)].append(name)
    make_rows = blind_rows if args.blind else token_rows
    rows = {name: make_rows(cases) for name, cases in sets.items()}
    n_tok = sum(len(r) for r in rows.values())
    mode = "blind (rules' decision unseen)" if args.blind else "seeing the rules' decision"
    print(f"{len(sets)} sets, {len(fams)} families, {n_tok} training tokens, {mode}", flush=True)
    print(f"(features: {time.perf_counter() - t0:.0f} s)", flush=True)
    wanted = args.families.split(",") if args.families else sorted(fams)
    header = f"{'held out':<14}{'variant':<10}{'leak %':>8}{'removed %':>10}{'intact %':>10}"
    print(header)
    variants = VARIANTS
    if args.variants:
        variants = {}
        for pair in args.variants.split(","):
            t_add, _, t_veto = pair.partition("/")
            variants[pair] = (float(t_add), float(t_veto or 0))
    totals: dict[str, list[Figures]] = defaultdict(list)
    original = privacy._detect
    for fam in wanted:
        train = [
            r
            for name, rs in rows.items()
            if family(name) != fam and name not in MEASUREMENT_ONLY
            for r in rs
        ]
        model = _tagger.train(train, epochs=args.epochs)
        cases = [c for name in fams[fam] for c in sets[name]]
        base = figures(cases, privacy.redact)
        totals["rules"].append(base)
        print(f"{fam:<14}{'rules':<10}{base[0]:8.1f}{base[1]:10.2f}{base[2]:10.1f}", flush=True)
        for vname, (t_add, t_veto) in variants.items():
            detect = _hooked(original, model, t_add, t_veto, blind=args.blind)
            privacy._detect = detect  # type: ignore[assignment]
            try:
                fig = figures(cases, privacy.redact)
            finally:
                privacy._detect = original
            totals[vname].append(fig)
            print(f"{'':<14}{vname:<10}{fig[0]:8.1f}{fig[1]:10.2f}{fig[2]:10.1f}", flush=True)
    print("\nper variant: families better / worse than the rules alone (leak, removed, intact)")
    base_rows = totals["rules"]
    for vname in variants:
        cells = []
        for k, better in ((0, -1), (1, -1), (2, 1)):
            up = down = 0
            for b, v in zip(base_rows, totals[vname], strict=True):
                if b[k] != b[k] or v[k] != v[k]:  # nan
                    continue
                d = (v[k] - b[k]) * better
                up += d > 1e-9
                down += d < -1e-9
            cells.append(f"{up}+/{down}-")
        print(f"  {vname:<10}" + "  ".join(cells))
    print("\nmean over held-out families (leak %, removed %, intact %; nan skipped)")
    for vname, figs in totals.items():
        means = []
        for k in range(3):
            vals = [f[k] for f in figs if f[k] == f[k]]
            means.append(sum(vals) / len(vals) if vals else float("nan"))
        print(f"  {vname:<10}{means[0]:8.2f}{means[1]:10.2f}{means[2]:10.1f}")
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
