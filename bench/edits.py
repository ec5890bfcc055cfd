"""What checkpointing the WAL after each edit costs on SQLite.

An edit that replaces stored text (an entry's answers, an excerpt, an affirmation or closing
draft, a share preview) checkpoints the WAL once it commits, so that the replaced ciphertext
leaves the `-wal` at once. This times two kinds of edit, each with the checkpoint (as
shipped) and without it (``Database.checkpoint`` made a no-op), run by run in turn:

* ``entry page``: ``entries.save_page`` submitting an entry's first page again (two answers
  of about 300 characters replaced; the approved excerpt withdrawn the first time);
* ``excerpt``: ``entries.show_excerpts`` replacing the entry's one excerpt.

Each is timed alone (one edit at a time) and beside ``--writers`` tasks that keep saving new
entries' pages (the hot path, which never checkpoints): the table shows the edits' median and
p90 latency and, beside the writers, the writers' median and p99 page latency and pages per
second. Medians are over ``--runs`` runs of ``--edits`` edits each.

    python bench/edits.py [--edits N] [--runs N] [--writers N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import string
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

# bench/storage.py shares its name with the package: keep this folder off the path.
_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
if str(_BENCH.parent) not in sys.path:
    sys.path.append(str(_BENCH.parent))

from storage.repos import Repositories  # noqa: E402

ANSWER_CHARS = 300
AUTHORS = 20


def now() -> datetime:
    return datetime.now(UTC)


def text(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_letters + "      .,", k=ANSWER_CHARS))


@dataclass
class Run:
    edits: list[float] = field(default_factory=list)
    pages: list[float] = field(default_factory=list)
    seconds: float = 0.0


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def _entries(repos: Repositories, rng: random.Random) -> list[tuple[int, int]]:
    """One complete entry per author, included in the weekly summary, its excerpt shown."""
    made: list[tuple[int, int]] = []
    for author in range(1, AUTHORS + 1):
        header = await repos.entries.save_page(
            entry_id=None,
            author_id=author,
            kind="sparkle",
            guild_id=42,
            answers={"moment": text(rng), "signs": text(rng)},
            advance_to=1,
            complete=True,
        )
        assert header is not None
        await repos.entries.set_consent(header.id, author, True)
        await repos.entries.show_excerpts(header.id, author, {"moment": text(rng)[:200]})
        made.append((header.id, author))
    return made


Edit = Callable[[int, int, random.Random], Awaitable[object]]


def edits_of(repos: Repositories) -> dict[str, Edit]:
    async def page(entry_id: int, author: int, rng: random.Random) -> object:
        return await repos.entries.save_page(
            entry_id=entry_id,
            author_id=author,
            kind="sparkle",
            guild_id=42,
            answers={"moment": text(rng), "signs": text(rng)},
            advance_to=1,
        )

    async def excerpt(entry_id: int, author: int, rng: random.Random) -> object:
        return await repos.entries.show_excerpts(entry_id, author, {"moment": text(rng)[:200]})

    return {"entry page": page, "excerpt": excerpt}


async def one_run(
    repos: Repositories,
    made: list[tuple[int, int]],
    edit: Edit,
    edits: int,
    writers: int,
    seed: int,
) -> Run:
    rng = random.Random(seed)
    run = Run()
    stop = asyncio.Event()

    async def writer(n: int) -> None:
        wrng = random.Random(seed * 1000 + n)
        while not stop.is_set():
            started = time.perf_counter()
            header = await repos.entries.save_page(
                entry_id=None,
                author_id=1000 + n,
                kind="sparkle",
                guild_id=42,
                answers={"moment": text(wrng), "signs": text(wrng)},
                advance_to=1,
            )
            assert header is not None
            run.pages.append(time.perf_counter() - started)

    tasks = [asyncio.create_task(writer(n)) for n in range(writers)]
    began = time.perf_counter()
    for i in range(edits):
        entry_id, author = made[i % len(made)]
        started = time.perf_counter()
        await edit(entry_id, author, rng)
        run.edits.append(time.perf_counter() - started)
    run.seconds = time.perf_counter() - began
    stop.set()
    await asyncio.gather(*tasks)
    return run


async def main_async(args: argparse.Namespace) -> int:
    rows: list[str] = []
    header = (
        f"{'edit':<12}{'writers':>8}{'checkpoint':>11}{'edit p50 ms':>13}{'edit p90 ms':>13}"
        f"{'page p50 ms':>13}{'page p99 ms':>13}{'pages/s':>9}"
    )
    with tempfile.TemporaryDirectory(prefix="sparkle-bench-") as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        repos = Repositories.open(url, os.urandom(32), clock=now)
        await repos.migrate()
        shipped = repos.db.checkpoint

        async def skipped() -> None:
            return None

        made = await _entries(repos, random.Random(0))
        for name, edit in edits_of(repos).items():
            for writers in (0, args.writers):
                runs: dict[bool, list[Run]] = {True: [], False: []}
                for seed in range(args.runs + 1):  # run 0 warms up
                    for checkpoint in (True, False):
                        repos.db.checkpoint = shipped if checkpoint else skipped  # type: ignore[method-assign]
                        got = await one_run(repos, made, edit, args.edits, writers, seed)
                        if seed:
                            runs[checkpoint].append(got)
                repos.db.checkpoint = shipped  # type: ignore[method-assign]
                for checkpoint in (True, False):
                    done = runs[checkpoint]
                    med = statistics.median
                    edit50 = med(quantile(r.edits, 0.5) for r in done)
                    edit90 = med(quantile(r.edits, 0.9) for r in done)
                    page = ""
                    if writers:
                        p50 = med(quantile(r.pages, 0.5) for r in done)
                        p99 = med(quantile(r.pages, 0.99) for r in done)
                        rate = med(len(r.pages) / r.seconds for r in done)
                        page = f"{p50:>13.2f}{p99:>13.2f}{rate:>9.0f}"
                    else:
                        page = f"{'-':>13}{'-':>13}{'-':>9}"
                    rows.append(
                        f"{name:<12}{writers:>8}{'yes' if checkpoint else 'no':>11}"
                        f"{edit50:>13.2f}{edit90:>13.2f}{page}"
                    )
                print(rows[-2] + "\n" + rows[-1], file=sys.stderr)
        await repos.close()
    print(
        f"{args.edits} edits per run, median of {args.runs} runs (a warm-up run first), "
        f"SQLite WAL, synchronous=FULL"
    )
    print(header)
    print("\n".join(rows))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=200, help="edits per run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writers", type=int, default=20, help="tasks saving new pages")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
