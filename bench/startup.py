"""Start-up time and idle memory: a fresh process, from interpreter start to the bot's READY.

Each run is a new Python process that builds the bot with `create_bot()` against a new SQLite
database (so migrations run), connects it to SimCord's offline Discord, waits for READY, then
reports the time since the interpreter started and the resident set size. Prints a table of
medians over the runs.

    python bench/startup.py [--runs 5] [--restart]

`--restart` starts every run against the same, already migrated database (the usual restart);
without it each run migrates a new one. CPU time is shown beside wall time because wall time
on a shared machine mostly measures the other processes.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"  # noqa: S105 - a well-formed fake for offline runs

CHILD = r"""
import asyncio, json, resource, sys, time
started = time.perf_counter()
import simcord
from bot.app import create_bot

async def main():
    bot = create_bot()
    async with simcord.run(bot) as env:
        ready = time.perf_counter() - started
        cpu = time.process_time()  # all threads: less sensitive to a busy machine than wall time
        env.create_guild("Bench")
        rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        heavy = ("matplotlib", "matplotlib.pyplot", "numpy", "PIL", "jinja2", "alembic")
        modules = sorted(m for m in heavy if m in sys.modules)
        print(json.dumps(
            {"ready_s": ready, "cpu_s": cpu, "peak_rss_mb": rss_kb / 1024, "heavy": modules}
        ))

asyncio.run(main())
"""


KEY = base64.urlsafe_b64encode(os.urandom(32)).decode()


def run_once(workdir: Path, *, fresh: bool = True) -> dict[str, object]:
    env = os.environ | {
        "DISCORD_TOKEN": TOKEN,
        "SPARKLE_DATA_KEY": KEY,
        "DATABASE_URL": f"sqlite+aiosqlite:///{workdir}/startup.db",
        "PYTHONPATH": str(ROOT),
    }
    for stale in workdir.glob("startup.db*") if fresh else ():
        stale.unlink()
    wall = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        check=True,
        timeout=120,
    )
    return json.loads(wall.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--restart", action="store_true", help="start against a database already migrated"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.restart:
            run_once(Path(tmp), fresh=True)
        results = [run_once(Path(tmp), fresh=not args.restart) for _ in range(args.runs)]
    ready = statistics.median(float(r["ready_s"]) for r in results)  # type: ignore[arg-type]
    cpu = statistics.median(float(r["cpu_s"]) for r in results)  # type: ignore[arg-type]
    rss = statistics.median(float(r["peak_rss_mb"]) for r in results)  # type: ignore[arg-type]
    print(f"{'metric':<34}{'median':>10}{'goal':>10}")
    print(f"{'process start to READY (s)':<34}{ready:>10.2f}{'<= 2':>10}")
    print(f"{'CPU time to READY, all threads (s)':<34}{cpu:>10.2f}{'':>10}")
    print(f"{'peak RSS at READY (MB)':<34}{rss:>10.1f}{'<= 200':>10}")
    print(f"{'heavy modules loaded at READY':<34}{', '.join(results[0]['heavy']) or 'none':>10}")  # type: ignore[arg-type]
    print(f"runs: {args.runs}")


if __name__ == "__main__":
    main()
