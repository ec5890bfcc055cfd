"""No module outside the script files names a question id: code asks for answers by role.

Renaming a question in a script must never silently break shares, summaries or notes, so
every string constant in bot/, cogs/ and storage/ is checked against every question id of
every shipped script. Script kinds and roles are spelled out once, in bot/conversation/roles.py
(some of them read like question ids); the allow-list below holds only truly generic words.
"""

from __future__ import annotations

import ast
from pathlib import Path

from bot.conversation.script import library

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("bot", "cogs", "storage")
VOCABULARY = ROOT / "bot" / "conversation" / "roles.py"
# (file, string): a word that happens to equal a question id but does not refer to one.
ALLOWED = {
    # A column of the outbox: why a post has not gone out yet. Migrations are history.
    ("storage/migrations/versions/0004_outbox.py", "problem"),
}


def _question_ids() -> set[str]:
    return {q.id for script in library().values() for q in script.questions()}


def _named_ids(path: Path, ids: set[str], root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rel = path.relative_to(root).as_posix()
    return [
        f"{rel}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value in ids
        and (rel, node.value) not in ALLOWED
    ]


def test_the_shipped_scripts_have_question_ids_to_look_for() -> None:
    assert {"moment", "client_did", "questions_used", "present"} <= _question_ids()


def test_no_module_outside_the_scripts_names_a_question_id() -> None:
    ids = _question_ids()
    found = [
        hit
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != VOCABULARY
        for hit in _named_ids(path, ids)
    ]
    assert found == [], "ask the script for the answer by role instead:\n" + "\n".join(found)


def test_the_check_finds_a_question_id(tmp_path: Path) -> None:
    """The scan itself works: a module that names a question id is caught."""
    module = tmp_path / "bot" / "probe.py"
    module.parent.mkdir()
    module.write_text('ANSWER = answers.get("client_did", "")\n', encoding="utf-8")
    assert _named_ids(module, _question_ids(), tmp_path) == ["bot/probe.py:1: 'client_did'"]
