"""Every data file shipped with the anonymizer is credited in NOTICE."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = sorted((ROOT / "bot" / "privacy" / "data").iterdir())


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_data_file_is_credited_in_notice(path: Path) -> None:
    assert path.name in (ROOT / "NOTICE").read_text(encoding="utf-8")
