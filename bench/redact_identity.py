"""Check that the anonymizer's outputs stay byte-identical across a speed change.

Usage:
    python bench/redact_identity.py --record   # store digests (run on the unchanged code)
    python bench/redact_identity.py            # compare with the stored digests

The corpus: every text of tests/data/*.jsonl and the public sample (shared/phi/public.jsonl beside
the main checkout, or $SPARKLE_PHI_PUBLIC: bench/_public_set.py), also in lower and
upper case; 4,000-character answers cut from them joined end to end (as ``bench/anonymizer.py``
times them); and texts mixed at random (fixed seed) from their words, in lower, upper, title
and given case, with punctuation and line breaks between them (the words include the sets'
numbers, emails and handles); every string written in the tests of the anonymizer
(tests/privacy, and tests/unit files that import it); and hostile texts drawn (fixed seed)
from the fuzz tests' strategy (tests/fuzz/strategies.py). Each text is redacted; for the
labelled texts and the tests' strings ``find`` and ``kept_words`` are run too. The stored
file holds one sha256 over all outputs and a short hash per text, so that a mismatch names
the first text that differs (``--every N`` checks every N-th text alone, quickly). It is
kept out of git (``.bench-cache/``): the digests belong to the commit they were recorded on
and change with any change to the anonymizer's outputs or to the labelled sets.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._public_set import public_set  # noqa: E402
from bot.privacy import find, kept_words, redact  # noqa: E402

DIGESTS = ROOT / ".bench-cache" / "redact_identity.json"
HOSTILE_TEXTS = ROOT / ".bench-cache" / "redact_identity_hostile.json"
SEED = 31
MIXED_SHORT = 3000  # mixed texts of 3 to 60 words
MIXED_LONG = 150  # mixed texts of about 4,000 characters
_TOKEN = re.compile(r"\S+")
_PUNCT = (",", ".", "!", "?", ";", ":", " -", " (", ")", "'s", "’s", "\n", "\n\n", '"', "...")


def sources() -> list[Path]:
    files = sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    public = public_set(ROOT)  # says so on stderr when it is missing
    if public is not None:
        files.append(public)
    return files


def labelled_texts() -> list[str]:
    texts: list[str] = []
    for path in sources():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line)["text"]))
    return texts


def answers(texts: list[str]) -> list[str]:
    """4,000-character answers cut from the texts joined end to end, every 997 characters."""
    joined = " ".join(texts)
    return [joined[i : i + 4000] for i in range(0, len(joined) - 4000, 997)]


def _recase(word: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        return word.lower()
    if r < 0.3:
        return word.upper()
    if r < 0.45:
        return word[:1].upper() + word[1:].lower()
    return word


def mixed(texts: list[str]) -> list[str]:
    """Texts of words drawn at random from the sets, with random casing and punctuation."""
    rng = random.Random(SEED)
    words = sorted({w for t in texts for w in _TOKEN.findall(t)})
    out: list[str] = []

    def one(n_words: int) -> str:
        parts: list[str] = []
        for _ in range(n_words):
            parts.append(_recase(rng.choice(words), rng))
            if rng.random() < 0.15:
                parts.append(rng.choice(_PUNCT))
            parts.append("" if parts[-1].endswith("\n") else " ")
        return "".join(parts).strip()

    for _ in range(MIXED_SHORT):
        out.append(one(rng.randint(3, 60)))
    for _ in range(MIXED_LONG):
        text = one(700)
        out.append(text[:4000])
    return out


def test_strings() -> list[str]:
    """Every string constant in the anonymizer's tests, each once, in a fixed order."""
    files = sorted((ROOT / "tests" / "privacy").glob("*.py"))
    files += [
        f
        for f in sorted((ROOT / "tests" / "unit").glob("*.py"))
        if "bot.privacy" in f.read_text(encoding="utf-8")
    ]
    seen: dict[str, None] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                seen.setdefault(node.value, None)
    return list(seen)


HOSTILE = 400


def hostile(*, record: bool = False) -> list[str]:
    """Texts the fuzz tests draw (``sample_hostile``, fixed seed) and their cascade example.
    The draw is not the same in every process (Hypothesis stops generating by its own
    budget, which load changes), so ``--record`` stores the texts drawn and checks reuse
    them."""
    if not record and HOSTILE_TEXTS.exists():
        return list(json.loads(HOSTILE_TEXTS.read_text(encoding="utf-8")))
    from tests.fuzz.strategies import sample_hostile

    texts = [*sample_hostile(HOSTILE, seed=SEED), "\r\n1. 1. " * 40]
    if record:
        HOSTILE_TEXTS.parent.mkdir(exist_ok=True)
        HOSTILE_TEXTS.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def corpus(*, record: bool = False) -> tuple[list[str], list[str]]:
    """(texts whose ``find`` and ``kept_words`` are checked too, all other texts)."""
    texts = labelled_texts()
    cased = [t.lower() for t in texts] + [t.upper() for t in texts]
    others = cased + answers(texts) + mixed(texts) + hostile(record=record)
    return texts + test_strings(), others


def outputs(full: list[str], others: list[str]) -> list[str]:
    out: list[str] = []
    for text in full:
        spans = [(s.start, s.end, s.kind) for s in find(text)]
        out.append(json.dumps([redact(text), spans, kept_words(text)], ensure_ascii=False))
    out.extend(redact(text) for text in others)
    return out


def digests(results: list[str]) -> tuple[str, list[str]]:
    whole = hashlib.sha256()
    per_text: list[str] = []
    for r in results:
        data = r.encode("utf-8", "surrogatepass")
        whole.update(len(data).to_bytes(8, "big"))
        whole.update(data)
        per_text.append(hashlib.sha256(data).hexdigest()[:16])
    return whole.hexdigest(), per_text


def quick_check(full: list[str], others: list[str], every: int, offset: int = 0) -> int:
    """Compare every ``every``-th text from ``offset`` on with its stored digest (shares
    ``--every N --offset K`` for K below N, run side by side, check every text)."""
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))["texts"]
    texts = full + others
    if len(stored) != len(texts):
        print(f"text count differs: stored {len(stored)}, now {len(texts)}")
        return 1
    picked = range(offset, len(texts), every)
    t0 = time.process_time()
    bad = 0
    for i in picked:
        head, tail = (full[i : i + 1], []) if i < len(full) else ([], [texts[i]])
        (result,) = outputs(head, tail)
        if digests([result])[1][0] != stored[i]:
            if not bad:
                print(f"first difference at text {i}: {texts[i][:300]!r}")
                print(f"now: {result[:600]!r}")
            bad += 1
    elapsed = time.process_time() - t0
    print(f"{len(picked)} of {len(texts)} texts, {elapsed:.1f} s CPU, {bad} different")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--record", action="store_true", help="store digests of these outputs")
    parser.add_argument(
        "--every", type=int, default=1, help="check only every N-th text (a quick look)"
    )
    parser.add_argument(
        "--offset", type=int, default=0, help="with --every: start at this text (one share)"
    )
    args = parser.parse_args(argv)
    full, others = corpus(record=args.record)
    if args.every > 1:
        return quick_check(full, others, args.every, args.offset)
    t0 = time.process_time()
    results = outputs(full, others)
    elapsed = time.process_time() - t0
    whole, per_text = digests(results)
    print(f"{len(results)} texts ({len(full)} labelled), {elapsed:.1f} s CPU, sha256 {whole}")
    if args.record:
        DIGESTS.parent.mkdir(exist_ok=True)
        DIGESTS.write_text(
            json.dumps({"sha256": whole, "texts": per_text}, indent=0) + "\n", encoding="utf-8"
        )
        print(f"recorded in {DIGESTS.relative_to(ROOT)}")
        return 0
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))
    if stored["sha256"] == whole:
        print("identical")
        return 0
    texts = full + others
    for i, (want, got) in enumerate(zip(stored["texts"], per_text, strict=False)):
        if want != got:
            print(f"first difference at text {i}: {texts[i][:300]!r}")
            print(f"now: {results[i][:600]!r}")
            break
    else:
        print(f"text count differs: stored {len(stored['texts'])}, now {len(per_text)}")
    print("DIFFERENT")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
