"""Benchmark the anonymizer on labelled notes.

Usage: python bench/anonymizer.py [--file PATH ...] [--show-leaks]

For each file prints: share of labelled spans that leak, share of texts leaking,
recall per kind (span fully removed) with the share also given the right kind, leaks
and changed texts per category (when rows carry a ``category``), over-redaction of
ordinary words, identifier-free texts left unchanged, and speed (CPU time): MB/s and
median and p99 ms per 4,000-character answer. A naive baseline (regexes for emails, URLs,
phones and dates plus every capitalised word not at a sentence start) is measured in the
same run, and so are the rules alone ("rules": ``redact`` with its learned tagger off).
Presidio and scrubadub get a column each when importable.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bot.privacy  # noqa: E402
from bench._public_set import expected_path, say_missing  # noqa: E402
from bot.privacy import redact  # noqa: E402

# The public sample, beside the main checkout (or $SPARKLE_PHI_PUBLIC): found from a worktree too.
PUBLIC = expected_path(ROOT)
DEFAULT_FILES = (
    PUBLIC,
    ROOT / "tests/data/phi_extra.jsonl",
    ROOT / "tests/data/phi_dev.jsonl",
    ROOT / "tests/data/phi_dev_handwritten2.jsonl",
    ROOT / "tests/data/phi_dev_handwritten3.jsonl",
    ROOT / "tests/data/phi_dev_handwritten4.jsonl",
    ROOT / "tests/data/phi_dev_titles.jsonl",
    ROOT / "tests/data/phi_dev_clean.jsonl",
    ROOT / "tests/data/phi_heldout.jsonl",
    ROOT / "tests/data/phi_holdout_handwritten.jsonl",
    ROOT / "tests/data/phi_dev_chat.jsonl",
    ROOT / "tests/data/phi_dev_chat2.jsonl",
    ROOT / "tests/data/phi_dev_clean2.jsonl",
    ROOT / "tests/data/phi_dev_names2.jsonl",
    ROOT / "tests/data/phi_dev_clean3.jsonl",
    ROOT / "tests/data/phi_dev_orgplaces.jsonl",
    ROOT / "tests/data/phi_dev_chat3.jsonl",
    ROOT / "tests/data/phi_dev_shapes2.jsonl",
    ROOT / "tests/data/phi_dev_wordnames.jsonl",
    ROOT / "tests/data/phi_dev_chat4.jsonl",
    ROOT / "tests/data/phi_dev_wordnames2.jsonl",
    ROOT / "tests/data/phi_dev_orgplaces2.jsonl",
    ROOT / "tests/data/phi_dev_clean4.jsonl",
    ROOT / "tests/data/phi_dev_handwritten5.jsonl",
    ROOT / "tests/data/phi_dev_chat5.jsonl",
    ROOT / "tests/data/phi_dev_clean5.jsonl",
    ROOT / "tests/data/phi_dev_chat6.jsonl",
    ROOT / "tests/data/phi_dev_chat6b.jsonl",
    ROOT / "tests/data/phi_dev_names6.jsonl",
    ROOT / "tests/data/phi_dev_names6b.jsonl",
    ROOT / "tests/data/phi_dev_names7.jsonl",
    ROOT / "tests/data/phi_dev_names7b.jsonl",
    ROOT / "tests/data/phi_dev_figures6.jsonl",
    ROOT / "tests/data/phi_dev_figures6b.jsonl",
    ROOT / "tests/data/phi_dev_clean6.jsonl",
    ROOT / "tests/data/phi_dev_clean6b.jsonl",
    ROOT / "tests/data/phi_dev_shapes6.jsonl",
    ROOT / "tests/data/phi_dev_shapes6b.jsonl",
    ROOT / "tests/data/phi_dev_orgs7.jsonl",
    ROOT / "tests/data/phi_dev_orgs7b.jsonl",
    ROOT / "tests/data/phi_dev_clean7.jsonl",
    ROOT / "tests/data/phi_dev_clean7b.jsonl",
    ROOT / "tests/data/phi_dev_formal7.jsonl",
    ROOT / "tests/data/phi_dev_formal7b.jsonl",
    ROOT / "tests/data/phi_dev_clean8.jsonl",
    ROOT / "tests/data/phi_dev_leaks9.jsonl",
    ROOT / "tests/data/phi_dev_clean9.jsonl",
    ROOT / "tests/data/phi_dev_leaks10.jsonl",
    ROOT / "tests/data/phi_dev_leaks10b.jsonl",
    ROOT / "tests/data/phi_dev_clean10.jsonl",
    ROOT / "tests/data/phi_dev_clean10b.jsonl",
    ROOT / "tests/data/phi_dev_german.jsonl",
    ROOT / "tests/data/phi_dev_clean11.jsonl",
    ROOT / "tests/data/phi_dev_clean11b.jsonl",
    ROOT / "tests/data/phi_dev_mixed.jsonl",
    ROOT / "tests/data/phi_dev_foreign.jsonl",
    ROOT / "tests/data/phi_dev_foreign_b.jsonl",
    ROOT / "tests/data/phi_dev_clean12.jsonl",
    ROOT / "tests/data/phi_dev_clean12b.jsonl",
    ROOT / "tests/data/phi_dev_leaks11.jsonl",
    ROOT / "tests/data/phi_dev_leaks11b.jsonl",
    ROOT / "tests/data/phi_dev_leaks12.jsonl",
    ROOT / "tests/data/phi_dev_leaks12b.jsonl",
    ROOT / "tests/data/phi_dev_creole.jsonl",
    ROOT / "tests/data/phi_dev_creole_b.jsonl",
    ROOT / "tests/data/phi_dev_shapes10.jsonl",
    ROOT / "tests/data/phi_dev_lowerchat.jsonl",
    ROOT / "tests/data/phi_dev_lowerchat_b.jsonl",
    ROOT / "tests/data/phi_dev_lexicon30.jsonl",
    ROOT / "tests/data/phi_dev_chat31a.jsonl",
    ROOT / "tests/data/phi_dev_chat31b.jsonl",
    ROOT / "tests/data/phi_dev_chat32a.jsonl",
    ROOT / "tests/data/phi_dev_chat32b.jsonl",
    ROOT / "tests/data/phi_dev_chat33a.jsonl",
    ROOT / "tests/data/phi_dev_chat33b.jsonl",
    ROOT / "tests/data/phi_dev_chat33c.jsonl",
    ROOT / "tests/data/phi_dev_chat33d.jsonl",
    ROOT / "tests/data/phi_dev_chat34a.jsonl",
    ROOT / "tests/data/phi_dev_chat34b.jsonl",
    ROOT / "tests/data/phi_dev_chat34c.jsonl",
    ROOT / "tests/data/phi_dev_chat34d.jsonl",
    ROOT / "tests/data/phi_dev_chat35a.jsonl",
    ROOT / "tests/data/phi_dev_chat35b.jsonl",
    ROOT / "tests/data/phi_dev_chat36a.jsonl",
    ROOT / "tests/data/phi_dev_chat36b.jsonl",
    ROOT / "tests/data/phi_dev_chat37a.jsonl",
    ROOT / "tests/data/phi_dev_chat37b.jsonl",
    ROOT / "tests/data/phi_dev_chat37c.jsonl",
    ROOT / "tests/data/phi_dev_chat37d.jsonl",
    ROOT / "tests/data/phi_dev_chat38a.jsonl",
    ROOT / "tests/data/phi_dev_chat38b.jsonl",
    ROOT / "tests/data/phi_dev_chat39a.jsonl",
    ROOT / "tests/data/phi_dev_chat39b.jsonl",
    ROOT / "tests/data/phi_dev_chat39c.jsonl",
    ROOT / "tests/data/phi_dev_chat39d.jsonl",
    ROOT / "tests/data/phi_dev_chat40a.jsonl",
    ROOT / "tests/data/phi_dev_chat40b.jsonl",
    ROOT / "tests/data/phi_dev_chat40c.jsonl",
    ROOT / "tests/data/phi_dev_dates35.jsonl",  # generated by tests/data/gen_dates_ages.py
    # measurement only: never tuned on (see the headers of their .src.txt)
    ROOT / "tests/data/phi_dev_names8.jsonl",
    ROOT / "tests/data/phi_dev_leaks9b.jsonl",
    ROOT / "tests/data/phi_holdout_handwritten2.jsonl",
    ROOT / "tests/data/phi_holdout_handwritten3.jsonl",
    ROOT / "tests/data/phi_holdout_handwritten4a.jsonl",
    ROOT / "tests/data/phi_holdout_handwritten4b.jsonl",
    ROOT / "tests/data/phi_holdout_handwritten4c.jsonl",
    ROOT / "tests/data/phi_dev_clean6c.jsonl",
    ROOT / "tests/data/phi_dev_clean9b.jsonl",
    # written later, appended last so that earlier sets keep their positions
    ROOT / "tests/data/phi_dev_chat41a.jsonl",
    ROOT / "tests/data/phi_dev_chat41b.jsonl",
    ROOT / "tests/data/phi_dev_chat41c.jsonl",
    ROOT / "tests/data/phi_dev_chat42a.jsonl",
    ROOT / "tests/data/phi_dev_chat42b.jsonl",
    ROOT / "tests/data/phi_dev_chat43a.jsonl",
    ROOT / "tests/data/phi_dev_chat43b.jsonl",
    ROOT / "tests/data/phi_dev_chat44a.jsonl",
    ROOT / "tests/data/phi_dev_chat44b.jsonl",
    ROOT / "tests/data/phi_dev_chat45a.jsonl",
    ROOT / "tests/data/phi_dev_chat45b.jsonl",
    ROOT / "tests/data/phi_dev_chat46a.jsonl",
    ROOT / "tests/data/phi_dev_chat46b.jsonl",
    ROOT / "tests/data/phi_dev_chat47a.jsonl",
    ROOT / "tests/data/phi_dev_chat47b.jsonl",
    ROOT / "tests/data/phi_dev_chat48a.jsonl",
    ROOT / "tests/data/phi_dev_chat48b.jsonl",
    ROOT / "tests/data/phi_dev_chat49a.jsonl",
    ROOT / "tests/data/phi_dev_chat49b.jsonl",
    ROOT / "tests/data/phi_dev_chat50a.jsonl",
    ROOT / "tests/data/phi_dev_chat50b.jsonl",
    ROOT / "tests/data/phi_dev_intact58a.jsonl",
    ROOT / "tests/data/phi_dev_intact58b.jsonl",
    ROOT / "tests/data/phi_dev_names58a.jsonl",
    ROOT / "tests/data/phi_dev_names58b.jsonl",
    ROOT / "tests/data/phi_dev_places58a.jsonl",
    ROOT / "tests/data/phi_dev_places58b.jsonl",
    ROOT / "tests/data/phi_dev_titles58a.jsonl",
    ROOT / "tests/data/phi_dev_titles58b.jsonl",
    ROOT / "tests/data/phi_dev_chat59a.jsonl",
    ROOT / "tests/data/phi_dev_chat59b.jsonl",
    ROOT / "tests/data/phi_dev_orgs59a.jsonl",
    ROOT / "tests/data/phi_dev_orgs59b.jsonl",
    ROOT / "tests/data/phi_dev_places59a.jsonl",
    ROOT / "tests/data/phi_dev_places59b.jsonl",
    ROOT / "tests/data/phi_dev_intact59a.jsonl",
    ROOT / "tests/data/phi_dev_intact59b.jsonl",
    ROOT / "tests/data/phi_dev_indep58a.jsonl",
    ROOT / "tests/data/phi_dev_indep58b.jsonl",
    ROOT / "tests/data/phi_dev_indep58c.jsonl",
    ROOT / "tests/data/phi_dev_indep58d.jsonl",
    ROOT / "tests/data/phi_dev_indep59a.jsonl",
    ROOT / "tests/data/phi_dev_indep60a.jsonl",
    ROOT / "tests/data/phi_dev_indep60b.jsonl",
    ROOT / "tests/data/phi_dev_indep61a.jsonl",
    ROOT / "tests/data/phi_dev_indep61b.jsonl",
    ROOT / "tests/data/phi_dev_indep62a.jsonl",
    ROOT / "tests/data/phi_dev_indep62b.jsonl",
    ROOT / "tests/data/phi_dev_indep63a.jsonl",
    ROOT / "tests/data/phi_dev_indep63b.jsonl",
    ROOT / "tests/data/phi_dev_capitals63.jsonl",
    ROOT / "tests/data/phi_dev_kinlang60a.jsonl",
    ROOT / "tests/data/phi_dev_kinlang60b.jsonl",
    ROOT / "tests/data/phi_dev_acronyms60a.jsonl",
    ROOT / "tests/data/phi_dev_acronyms60b.jsonl",
    ROOT / "tests/data/phi_dev_festivals60a.jsonl",
    ROOT / "tests/data/phi_dev_festivals60b.jsonl",
    ROOT / "tests/data/phi_dev_adverbs60a.jsonl",
    ROOT / "tests/data/phi_dev_adverbs60b.jsonl",
    ROOT / "tests/data/phi_dev_orgsintl61a.jsonl",
    ROOT / "tests/data/phi_dev_orgsintl61b.jsonl",
    ROOT / "tests/data/phi_dev_l2intact61a.jsonl",
    ROOT / "tests/data/phi_dev_l2intact61b.jsonl",
    ROOT / "tests/data/phi_dev_chatrecall61a.jsonl",
    ROOT / "tests/data/phi_dev_chatrecall61b.jsonl",
    ROOT / "tests/data/phi_dev_appos61a.jsonl",
    ROOT / "tests/data/phi_dev_appos61b.jsonl",
    ROOT / "tests/data/phi_dev_wordreadings62a.jsonl",
    ROOT / "tests/data/phi_dev_wordreadings62b.jsonl",
    ROOT / "tests/data/phi_dev_namedthings62a.jsonl",
    ROOT / "tests/data/phi_dev_namedthings62b.jsonl",
    ROOT / "tests/data/phi_dev_retleak62a.jsonl",
    ROOT / "tests/data/phi_dev_retleak62b.jsonl",
    ROOT / "tests/data/phi_dev_singlewords63a.jsonl",
    ROOT / "tests/data/phi_dev_singlewords63b.jsonl",
    ROOT / "tests/data/phi_dev_brandshapes63a.jsonl",
    ROOT / "tests/data/phi_dev_brandshapes63b.jsonl",
    ROOT / "tests/data/phi_dev_lowernouns63a.jsonl",
    ROOT / "tests/data/phi_dev_lowernouns63b.jsonl",
    ROOT / "tests/data/phi_dev_retleak63a.jsonl",
    ROOT / "tests/data/phi_dev_retleak63b.jsonl",
    ROOT / "tests/data/phi_dev_fields63a.jsonl",
    ROOT / "tests/data/phi_dev_fields63b.jsonl",
    ROOT / "tests/data/phi_dev_smalldeeds64a.jsonl",
    ROOT / "tests/data/phi_dev_smalldeeds64b.jsonl",
    ROOT / "tests/data/phi_dev_wordnames64a.jsonl",
    ROOT / "tests/data/phi_dev_wordnames64b.jsonl",
    ROOT / "tests/data/phi_dev_retleak64a.jsonl",
    ROOT / "tests/data/phi_dev_retleak64b.jsonl",
    ROOT / "tests/data/phi_dev_retintact64a.jsonl",
    ROOT / "tests/data/phi_dev_retintact64b.jsonl",
    ROOT / "tests/data/phi_dev_caplabel64a.jsonl",
    ROOT / "tests/data/phi_dev_caplabel64b.jsonl",
    ROOT / "tests/data/phi_dev_wordsubj65a.jsonl",
    ROOT / "tests/data/phi_dev_wordsubj65b.jsonl",
    ROOT / "tests/data/phi_dev_pubservices65a.jsonl",
    ROOT / "tests/data/phi_dev_pubservices65b.jsonl",
    ROOT / "tests/data/phi_dev_peoplewords65a.jsonl",
    ROOT / "tests/data/phi_dev_peoplewords65b.jsonl",
    ROOT / "tests/data/phi_dev_carnival65a.jsonl",
    ROOT / "tests/data/phi_dev_carnival65b.jsonl",
    ROOT / "tests/data/phi_dev_externalised65a.jsonl",
    ROOT / "tests/data/phi_dev_externalised65b.jsonl",
    ROOT / "tests/data/phi_dev_euro65a.jsonl",
    ROOT / "tests/data/phi_dev_euro65b.jsonl",
    ROOT / "tests/data/phi_dev_places65a.jsonl",
    ROOT / "tests/data/phi_dev_places65b.jsonl",
    ROOT / "tests/data/phi_dev_west66a.jsonl",
    ROOT / "tests/data/phi_dev_west66b.jsonl",
    ROOT / "tests/data/phi_dev_admin66a.jsonl",
    ROOT / "tests/data/phi_dev_admin66b.jsonl",
    ROOT / "tests/data/phi_dev_admin66c.jsonl",
    ROOT / "tests/data/phi_dev_chat67a.jsonl",
    ROOT / "tests/data/phi_dev_chat67b.jsonl",
    ROOT / "tests/data/phi_dev_west67a.jsonl",
    ROOT / "tests/data/phi_dev_west67b.jsonl",
)
KIND_MAP = {"location": "place", "address": "place", "city": "place", "ip": "url", "fax": "phone"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_PLACEHOLDER = re.compile(r"\[[a-z]+\]|<[A-Z_]+>|\{\{[A-Z_]+\}\}")

Redactor = Callable[[str], str]


@dataclass
class Case:
    text: str
    spans: list[dict[str, object]]
    category: str = ""


_NAIVE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|https?://\S+|www\.\S+"
    r"|\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}"
    r"|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"
    r"|(?<=[^.!?\s] )[A-Z][\w'-]*"
)


def naive(text: str) -> str:
    """The baseline: shaped identifiers plus every capitalised word not opening a sentence."""
    return _NAIVE.sub("[x]", text)


@dataclass
class Score:
    spans: int = 0
    leaked_spans: int = 0
    texts: int = 0
    leaking_texts: int = 0
    per_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    ordinary_words: int = 0
    lost_words: int = 0
    clean_texts: int = 0
    clean_unchanged: int = 0
    leaks: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    # category -> [texts, texts leaking or (identifier-free) changed, spans, leaked spans]
    per_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0] * 4))


def norm_kind(kind: object) -> str:
    low = str(kind).lower()
    return KIND_MAP.get(low, low)


def load(path: Path) -> list[Case]:
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(Case(row["text"], row["spans"], str(row.get("category", ""))))
    return cases


def span_leaks(span: dict[str, object], output: str) -> bool:
    """A span leaks when its text, or for names any 3+-letter token (same case), survives."""
    text = str(span["text"])
    if text in output:
        return True
    if norm_kind(span["kind"]) == "name":
        out_words = set(_WORD.findall(output))
        return any(len(t) >= 3 and t in out_words for t in _WORD.findall(text))
    return False


def _words(text: str) -> list[str]:
    return _WORD.findall(_PLACEHOLDER.sub(" ", text))


def ordinary_words(case: Case) -> list[str]:
    """Words of the text outside every labelled span."""
    pieces: list[str] = []
    pos = 0
    for span in sorted(case.spans, key=lambda s: int(str(s["start"]))):
        pieces.append(case.text[pos : int(str(span["start"]))])
        pos = int(str(span["end"]))
    pieces.append(case.text[pos:])
    return _words(" ".join(pieces))


def lost_words(expected: list[str], output: str) -> list[str]:
    remaining = defaultdict(int)
    for w in _words(output):
        remaining[w.lower()] += 1
    lost: list[str] = []
    for w in expected:
        if remaining[w.lower()] > 0:
            remaining[w.lower()] -= 1
        else:
            lost.append(w)
    return lost


def score(cases: list[Case], redactor: Redactor) -> Score:
    sc = Score()
    for case in cases:
        out = redactor(case.text)
        sc.texts += 1
        leaked = False
        for span in case.spans:
            kind = norm_kind(span["kind"])
            sc.spans += 1
            sc.per_kind[kind][0] += 1
            if span_leaks(span, out):
                sc.leaked_spans += 1
                leaked = True
                sc.leaks.append(f"{kind}: {span['text']!r} in {out!r}")
            else:
                sc.per_kind[kind][1] += 1
        sc.leaking_texts += leaked
        cat = sc.per_category[case.category or "-"]
        cat[0] += 1
        cat[1] += leaked or (not case.spans and out != case.text)
        cat[2] += len(case.spans)
        cat[3] += sum(span_leaks(span, out) for span in case.spans)
        expected = ordinary_words(case)
        lost = lost_words(expected, out)
        sc.ordinary_words += len(expected)
        sc.lost_words += len(lost)
        if lost:
            sc.lost.append(f"{lost} <- {out!r}")
        if not case.spans:
            sc.clean_texts += 1
            sc.clean_unchanged += out == case.text
    return sc


def kind_accuracy(cases: list[Case]) -> dict[str, list[int]]:
    """Per kind: [spans, spans matched exactly-or-covered by a span of the same kind]."""
    from bot.privacy import find

    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        found = find(case.text)
        for span in case.spans:
            kind = norm_kind(span["kind"])
            start, end = int(str(span["start"])), int(str(span["end"]))
            acc[kind][0] += 1
            if any(f.kind == kind and f.start < end and start < f.end for f in found):
                acc[kind][1] += 1
    return acc


Perf = tuple[float, float, float]


def speed(cases: list[Case], redactors: dict[str, Redactor]) -> dict[str, Perf]:
    """Per redactor: MB/s over the whole set, and median and p99 ms per 4,000-character
    answer (answers cut from the set's texts joined end to end).

    Times are CPU time of this process (``time.process_time``), not wall-clock time, and
    redactors take turns within each round, each keeping its best round, so that load from
    other processes on a shared machine neither inflates nor favours one of them.
    """
    texts = [c.text for c in cases]
    size = sum(len(t.encode()) for t in texts)
    joined = " ".join(texts)
    while len(joined) < 40_000:
        joined += " " + joined
    answers = [joined[i : i + 4000] for i in range(0, len(joined) - 4000, 997)][:60]
    best = dict.fromkeys(redactors, float("inf"))
    runs: dict[str, list[float]] = {name: [] for name in redactors}
    for _ in range(5):
        for name, redactor in redactors.items():
            t0 = time.process_time()
            for t in texts:
                redactor(t)
            best[name] = min(best[name], time.process_time() - t0)
    for _ in range(3):
        for name, redactor in redactors.items():
            for answer in answers:
                t0 = time.process_time()
                redactor(answer)
                runs[name].append((time.process_time() - t0) * 1000)
    out: dict[str, Perf] = {}
    for name in redactors:
        ms = sorted(runs[name])
        p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))]
        out[name] = (size / best[name] / 1e6, statistics.median(ms), p99)
    return out


def optional_redactors() -> dict[str, Redactor]:
    found: dict[str, Redactor] = {}
    try:
        from presidio_analyzer import AnalyzerEngine  # type: ignore[import-not-found]
        from presidio_anonymizer import AnonymizerEngine  # type: ignore[import-not-found]

        analyzer, anonymizer = AnalyzerEngine(), AnonymizerEngine()

        def presidio(text: str) -> str:
            res = analyzer.analyze(text=text, language="en")
            return str(anonymizer.anonymize(text=text, analyzer_results=res).text)  # type: ignore[arg-type]

        found["presidio"] = presidio
    except Exception:  # noqa: S110 - optional comparison only
        pass
    try:
        import scrubadub  # type: ignore[import-not-found]

        found["scrubadub"] = lambda text: str(scrubadub.clean(text))
    except Exception:  # noqa: S110 - optional comparison only
        pass
    return found


def _cat_cell(counts: list[int]) -> str:
    """Spans leaking (or, for identifier-free categories, texts changed)."""
    texts, bad_texts, spans, leaked = counts
    return pct(leaked, spans) if spans else pct(bad_texts, texts)


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:6.1f} %" if den else "     - "


def rules_alone(text: str) -> str:
    """``redact`` with its learned tagger switched off: what the tagger adds is the
    difference between this column and "sparkle"."""
    bot.privacy.USE_TAGGER = False
    try:
        return redact(text)
    finally:
        bot.privacy.USE_TAGGER = True


def report(path: Path, show: bool) -> None:
    cases = load(path)
    redactors: dict[str, Redactor] = {
        "sparkle": redact,
        "rules": rules_alone,
        "naive": naive,
        **optional_redactors(),
    }
    scores = {name: score(cases, fn) for name, fn in redactors.items()}
    names = list(scores)
    print(f"\n== {path.name}: {len(cases)} texts, {scores['sparkle'].spans} labelled spans")
    print(f"{'metric':<34}" + "".join(f"{n:>12}" for n in names))

    def row(label: str, cells: list[str]) -> None:
        print(f"{label:<34}" + "".join(f"{c:>12}" for c in cells))

    row("spans leaking", [pct(s.leaked_spans, s.spans) for s in scores.values()])
    row("texts leaking", [pct(s.leaking_texts, s.texts) for s in scores.values()])
    kinds = sorted(scores["sparkle"].per_kind)
    print("  (per category: spans leaking; for clean_* categories: texts changed)")
    for kind in kinds:
        total = scores["sparkle"].per_kind[kind][0]
        row(
            f"recall {kind} (n={total})",
            [pct(s.per_kind[kind][1], s.per_kind[kind][0]) for s in scores.values()],
        )
    acc = kind_accuracy(cases)
    for kind in kinds:
        row(f"  same-kind {kind}", [pct(acc[kind][1], acc[kind][0])] + [""] * (len(names) - 1))
    for cat in sorted(c for c in scores["sparkle"].per_category if c != "-"):
        label = f"{cat[:22]} (n={scores['sparkle'].per_category[cat][0]})"
        row(f"  {label}", [_cat_cell(s.per_category[cat]) for s in scores.values()])
    row(
        "over-redaction (ordinary words)",
        [pct(s.lost_words, s.ordinary_words) for s in scores.values()],
    )
    row(
        "identifier-free texts unchanged",
        [pct(s.clean_unchanged, s.clean_texts) for s in scores.values()],
    )
    perf = speed(cases, redactors)
    row("throughput MB/s", [f"{perf[n][0]:.3f}" for n in names])
    row("ms per 4,000-char answer, median", [f"{perf[n][1]:.2f}" for n in names])
    row("ms per 4,000-char answer, p99", [f"{perf[n][2]:.2f}" for n in names])
    ratio = perf["sparkle"][0] / perf["naive"][0] if perf["naive"][0] else 0.0
    row("sparkle MB/s / naive MB/s", [f"{ratio:.3f}"] + [""] * (len(names) - 1))
    if show:
        for line in scores["sparkle"].leaks:
            print("  LEAK", line)
        for line in scores["sparkle"].lost:
            print("  LOST", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--file", action="append", type=Path, help="labelled .jsonl file")
    parser.add_argument("--show-leaks", action="store_true", help="list leaks and lost words")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    redact("warm up: Maria called 206-555-0143 on March 3rd.")
    print(f"first call (loads word lists): {1000 * (time.perf_counter() - t0):.0f} ms")
    for path in args.file or DEFAULT_FILES:
        if path == PUBLIC and not path.exists():
            say_missing(path)
        if not path.exists():
            print(f"\n== {path}: missing, skipped")
            continue
        report(path.resolve(), args.show_leaks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
