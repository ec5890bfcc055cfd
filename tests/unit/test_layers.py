"""The layering rules: domain code stays free of Discord and SQL, cogs free of SQL."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.app import EXTENSIONS

ROOT = Path(__file__).resolve().parents[2]
DISCORD_ALLOWED_IN_BOT = {"app.py", "tree.py", "cli.py", "__main__.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_domain_modules_import_neither_discord_nor_sqlalchemy() -> None:
    offenders = []
    for path in (ROOT / "bot").rglob("*.py"):
        rel = path.relative_to(ROOT / "bot")
        allowed = (
            {"discord", "storage", "sqlalchemy", "cogs"}
            if str(rel) in DISCORD_ALLOWED_IN_BOT
            else set()
        )
        bad = _imports(path) & ({"discord", "sqlalchemy", "storage", "cogs"} - allowed)
        if bad:
            offenders.append(f"{rel}: {sorted(bad)}")
    assert offenders == []


def test_cogs_never_touch_sqlalchemy_or_tables() -> None:
    offenders = []
    for path in (ROOT / "cogs").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "sqlalchemy" in _imports(path) or "storage.tables" in source or "AsyncSession" in source:
            offenders.append(path.name)
    assert offenders == []


def test_storage_never_imports_discord_or_cogs() -> None:
    offenders = [
        p.name for p in (ROOT / "storage").rglob("*.py") if _imports(p) & {"discord", "cogs"}
    ]
    assert offenders == []


def test_every_cog_module_is_a_loaded_extension() -> None:
    modules = {f"cogs.{p.stem}" for p in (ROOT / "cogs").glob("*.py") if not p.stem.startswith("_")}
    assert modules == set(EXTENSIONS)
