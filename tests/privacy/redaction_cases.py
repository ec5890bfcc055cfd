"""Shared checks for the anonymizer's case tables.

Each privacy test file lists its cases as data, grouped under the behaviour they show, and
feeds every group of one kind to a single parametrized test. `group` keeps the behaviour's
name in each case's id, so a failure still says which rule broke.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest
from _pytest.mark import ParameterSet

from bot.privacy import find, redact

DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def dev_texts() -> tuple[str, ...]:
    """Every text of the development sets (tests/data/phi_dev*.jsonl), read once per run."""
    texts: list[str] = []
    for path in sorted(DATA.glob("phi_dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line)["text"]))
    return tuple(texts)


def group(name: str, rows: Sequence[object]) -> list[ParameterSet]:
    """One behaviour's cases as params with ids `name-0`, `name-1`, ...; a tuple row is
    spread over the test's arguments."""
    return [
        pytest.param(*(row if isinstance(row, tuple) else (row,)), id=f"{name}-{i}")
        for i, row in enumerate(rows)
    ]


def found(text: str) -> list[tuple[str, str]]:
    """The spans `find` reports, as (kind, text) pairs in order."""
    return [(s.kind, s.text) for s in find(text)]


def assert_kept(text: str) -> None:
    """The text comes back from `redact` exactly as it went in."""
    assert redact(text) == text


def assert_gone(text: str, value: str) -> None:
    """No trace of `value` is left in the redacted text."""
    out = redact(text)
    assert value not in out, out


def assert_replaced(text: str, value: str, kind: str) -> None:
    """`value` is gone, a placeholder of `kind` stands in the text, and redacting the
    result again changes nothing."""
    out = redact(text)
    assert value not in out, out
    assert f"[{kind}]" in out, out
    assert redact(out) == out
