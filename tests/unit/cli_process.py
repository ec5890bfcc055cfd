"""Run `sparkle-bot` in a fresh process with a clean environment, as an admin would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Offline stand-in for Discord's API: nothing listens on port 9 (discard), so connecting fails.
UNREACHABLE = "http://127.0.0.1:9/api/v10"


@dataclass
class Result:
    status: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def child_code(argv: list[str], *, discord_api: str | None = None, block: str = "") -> str:
    """Python source that runs the CLI, optionally against another Discord API address."""
    lines = ["import sys"]
    if block:  # make an optional dependency look uninstalled
        lines.append(f"sys.modules[{block!r}] = None")
    if discord_api:
        lines += ["import discord.http", f"discord.http.Route.BASE = {discord_api!r}"]
    lines += ["from bot.cli import main", f"raise SystemExit(main({argv!r}))"]
    return "\n".join(lines)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONPATH": str(ROOT),
        "LANG": "C.UTF-8",
    }
    env.update(extra)
    return env


def run_cli(
    argv: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    discord_api: str | None = UNREACHABLE,
    block: str = "",
    timeout: float = 90,
) -> Result:
    code = child_code(argv, discord_api=discord_api, block=block)
    done = run_python(["-c", code], cwd=cwd, env=env, timeout=timeout)
    return Result(done.returncode, done.stdout, done.stderr)


def run_python(
    args: list[str], *, cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Our own interpreter in a child process with no input; its output captured as text and
    its exit status left to the caller."""
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )
