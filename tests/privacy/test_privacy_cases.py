"""Every labelled case, shared and extra, is redacted without leaking a span."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.privacy import redact

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    ROOT.parent / "shared" / "phi" / "public.jsonl",
    ROOT / "tests" / "data" / "phi_extra.jsonl",
]
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _cases() -> list[tuple[str, str, list[dict[str, object]]]]:
    found: list[tuple[str, str, list[dict[str, object]]]] = []
    for path in FILES:
        if not path.exists():
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                found.append((f"{path.stem}:{n}", row["text"], row["spans"]))
    return found


CASES = _cases()


def test_extra_file_is_large_and_has_identifier_free_texts() -> None:
    extra = [c for c in CASES if c[0].startswith("phi_extra")]
    assert len(extra) >= 60
    assert sum(1 for c in extra if not c[2]) >= 10


def test_extra_spans_point_at_their_text() -> None:
    for _, text, spans in CASES:
        for span in spans:
            assert text[int(str(span["start"])) : int(str(span["end"]))] == span["text"]


@pytest.mark.parametrize(("case_id", "text", "spans"), CASES, ids=[c[0] for c in CASES])
def test_no_labelled_span_leaks(case_id: str, text: str, spans: list[dict[str, object]]) -> None:
    out = redact(text)
    words = set(_WORD.findall(out))
    for span in spans:
        value = str(span["text"])
        assert value not in out, f"{case_id}: {value!r} survives in {out!r}"
        if str(span["kind"]).upper() == "NAME":
            for token in _WORD.findall(value):
                assert len(token) < 3 or token not in words, f"{case_id}: {token!r} in {out!r}"
    if not spans:
        assert out == text, f"{case_id}: identifier-free text changed: {out!r}"


@pytest.mark.parametrize(("case_id", "text", "spans"), CASES, ids=[c[0] for c in CASES])
def test_detectors_do_not_fall_back(
    case_id: str, text: str, spans: list[dict[str, object]]
) -> None:
    """``find`` swallows detector errors to stay safe; the detectors themselves must not raise."""
    from bot.privacy import _detect

    assert isinstance(_detect(text), list), case_id
    del spans
