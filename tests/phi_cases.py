"""Labelled identifier cases for tests: the shared public set when it sits beside the
repository (as in development and CI), and always our own extra set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ROOT.parent / "shared" / "phi" / "public.jsonl"
EXTRA = ROOT / "tests" / "data" / "phi_extra.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def labelled_cases() -> list[dict[str, Any]]:
    """Cases with at least one labelled span: public ones first, then ours."""
    cases = (load(PUBLIC) if PUBLIC.exists() else []) + load(EXTRA)
    return [c for c in cases if c["spans"]]
