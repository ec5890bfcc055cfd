"""`pip install .` (the README's install) ships every data file the code reads.

An editable install and the test suite read the files from the source tree, so a data file
left out of the package would only show once installed: the privacy check would fail on
every page a practitioner saves.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "cogs", "storage")


def _patterns() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["setuptools"]["package-data"]["*"])


def _data_files() -> list[Path]:
    found: list[Path] = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            compiled = path.suffix == ".pyc" or "__pycache__" in path.parts
            if path.is_file() and path.suffix != ".py" and not compiled:
                found.append(path.relative_to(ROOT))
    return found


def test_every_data_file_in_the_packages_is_installed() -> None:
    patterns = _patterns()
    files = _data_files()
    assert any(path.name.endswith(".gz") for path in files)  # the word lists are found
    left_out = [
        str(path) for path in files if not any(fnmatch.fnmatch(path.name, p) for p in patterns)
    ]
    assert left_out == []
