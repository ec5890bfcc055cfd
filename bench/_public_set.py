"""Where the labelled public sample (`phi/public.jsonl`) is, for the scripts that score or
check the anonymizer on it: where `SPARKLE_PHI_PUBLIC` says, or in `shared/` beside the main
checkout of the repository, found through git, so that a script run from a git worktree
finds it too (beside a worktree there is no `shared/`). When it is not there, the script says
so on stderr, loudly, rather than leaving its texts out of a run without a word."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENV = "SPARKLE_PHI_PUBLIC"
MISSING = (
    "WARNING: the public sample {path} is missing, so its texts are NOT in this run "
    "(set {env} to where it is)"
)


def main_checkout(root: Path) -> Path:
    """The work tree of the main repository that `root` (a checkout or a worktree of it)
    belongs to; `root` itself when git cannot tell."""
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return root
    return Path(common).parent if common else root


def expected_path(root: Path) -> Path:
    """Where the public sample should be, for a checkout or worktree at `root`."""
    named = os.environ.get(ENV)
    if named:
        return Path(named).expanduser().resolve()
    return (main_checkout(root).parent / "shared" / "phi" / "public.jsonl").resolve()


def say_missing(path: Path) -> None:
    """Say on stderr, loudly, that the public sample is not at `path`."""
    print(MISSING.format(path=path, env=ENV), file=sys.stderr)


def public_set(root: Path) -> Path | None:
    """The public sample's path, or None after saying on stderr that it is missing."""
    path = expected_path(root)
    if path.is_file():
        return path
    say_missing(path)
    return None
