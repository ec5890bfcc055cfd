"""The crash harness, briefly: ten SIGKILLs of a child that is saving pages lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.cli_process import run_python

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.runs_long
def test_acknowledged_pages_survive_ten_crashes(tmp_path: Path) -> None:
    args = ["bench/crash.py", "--rounds", "10", "--dir", str(tmp_path)]
    result = run_python(args, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "lost 0, torn 0, integrity ok 10/10" in result.stdout, result.stdout + result.stderr
