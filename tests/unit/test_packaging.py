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


def _pinned() -> set[str]:
    from packaging.utils import canonicalize_name

    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return {canonicalize_name(line.split("==")[0]) for line in lines if "==" in line}


def _requirements(extras: tuple[str, ...]) -> set[str]:
    """Every distribution `pip install '.[extras]'` installs: pyproject's dependencies and, as
    this environment has them, theirs."""
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    top = list(project["dependencies"])
    for extra in extras:
        top += project["optional-dependencies"][extra]
    found: set[str] = set()
    pending = [Requirement(text) for text in top]
    while pending:
        requirement = pending.pop()
        name = canonicalize_name(requirement.name)
        if name == "sparkle-bot" or name in found:
            continue  # the project itself, with an extra already listed
        found.add(name)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue
        contexts = [{"extra": extra} for extra in requirement.extras or {""}]
        for text in requires:
            marker = Requirement(text).marker
            if marker is None or any(marker.evaluate(context) for context in contexts):
                pending.append(Requirement(text))
    return found


def test_constraints_pin_every_package_an_install_takes() -> None:
    """The README installs with `-c constraints.txt` so that an admin gets the versions the
    tests passed with; a dependency left out of it would come in at whatever version is newest."""
    wanted = _requirements(("dev", "postgres"))
    assert "regex" in wanted and "discord-py" in wanted  # the walk found the dependencies
    assert sorted(wanted - _pinned()) == []
