"""The crash harness, briefly: ten SIGKILLs of a child that is saving pages lose nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_acknowledged_pages_survive_ten_crashes(tmp_path: Path) -> None:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "bench/crash.py", "--rounds", "10", "--dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "lost 0, torn 0, integrity ok 10/10" in result.stdout, result.stdout + result.stderr
