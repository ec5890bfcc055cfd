"""The bench scripts find the labelled public sample beside the main checkout from a git
worktree too (`bench/_public_set.py`), or where SPARKLE_PHI_PUBLIC says, and say loudly on
stderr when it is missing. Before, they looked for `../shared` beside the checkout they ran
from, so from a worktree the sample was left out of a run without a word."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench._public_set import ENV, expected_path, public_set


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(  # noqa: S603 - fixed arguments, in a folder of the test's own
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],  # noqa: S607
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """(main checkout, a worktree of it two levels away, the public sample beside main)."""
    monkeypatch.delenv(ENV, raising=False)
    main = tmp_path / "main"
    main.mkdir()
    _git(main, "init", "-q")
    (main / "README.md").write_text("x\n", encoding="utf-8")
    _git(main, "add", "README.md")
    _git(main, "commit", "-q", "-m", "x")
    worktree = tmp_path / "wt" / "branch"
    _git(main, "worktree", "add", "-q", str(worktree), "-b", "branch")
    sample = tmp_path / "shared" / "phi" / "public.jsonl"
    sample.parent.mkdir(parents=True)
    sample.write_text('{"text": "x"}\n', encoding="utf-8")
    return main, worktree, sample


def test_a_worktree_finds_the_sample_beside_the_main_checkout(
    layout: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main, worktree, sample = layout
    assert not (worktree.parent / "shared").exists()  # where it was looked for before
    assert public_set(worktree) == sample.resolve()
    assert public_set(main) == sample.resolve()
    assert capsys.readouterr().err == ""


def test_the_environment_variable_names_it(
    layout: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, worktree, _ = layout
    elsewhere = tmp_path / "elsewhere.jsonl"
    elsewhere.write_text('{"text": "y"}\n', encoding="utf-8")
    monkeypatch.setenv(ENV, str(elsewhere))
    assert public_set(worktree) == elsewhere.resolve()


def test_a_missing_sample_is_said_loudly(
    layout: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, worktree, sample = layout
    sample.unlink()
    assert public_set(worktree) is None
    err = capsys.readouterr().err
    assert err.startswith("WARNING: the public sample ") and str(sample.resolve()) in err
    assert "NOT in this run" in err and ENV in err


def test_outside_git_it_is_looked_for_beside_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "unpacked"
    folder.mkdir()
    assert expected_path(folder) == (tmp_path / "shared" / "phi" / "public.jsonl").resolve()
