"""Time ``redact`` alone, as ``bench/anonymizer.py`` times it, and show where the time goes.

Usage:
    python bench/redact_speed.py [--file PATH ...]     # the speed rows of bench/anonymizer.py
    python bench/redact_speed.py --profile tottime     # cProfile over the 4,000-char answers
    python bench/redact_speed.py --passes              # time per rule of find_proper_nouns

The speed rows are those of ``bench/anonymizer.py`` (its ``speed``: CPU time, best of five
rounds over the set, median and p99 per 4,000-character answer), for ``redact`` and the
naive baseline only, without scoring: a quick look at a speed change. ``--profile`` and
``--passes`` read the 4,000-character answers cut from the set(s) joined end to end.
``--passes`` wraps every function that ``_proper_nouns`` imports from a rule module (with
``--every``, every function of every module of ``bot.privacy``) and
reports its own time (calls nested in another wrapped one are counted in the outer one).
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import os
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from anonymizer import PUBLIC, load, naive, say_missing, speed  # noqa: E402

from bot.privacy import redact  # noqa: E402

DEFAULT = PUBLIC  # beside the main checkout, or $SPARKLE_PHI_PUBLIC


def answers(paths: list[Path]) -> list[str]:
    texts = [c.text for p in paths for c in load(p)]
    joined = " ".join(texts)
    while len(joined) < 40_000:
        joined += " " + joined
    return [joined[i : i + 4000] for i in range(0, len(joined) - 4000, 997)][:60]


def speed_rows(paths: list[Path]) -> None:
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for path in paths:
        cases = load(path)
        perf = speed(cases, {"sparkle": redact, "naive": naive})
        ratio = perf["sparkle"][0] / perf["naive"][0]
        print(f"== {path.name}: {len(cases)} texts")
        print(f"{'':34}{'sparkle':>12}{'naive':>12}")
        for label, i, fmt in (
            ("throughput MB/s", 0, ".3f"),
            ("ms per 4,000-char answer, median", 1, ".2f"),
            ("ms per 4,000-char answer, p99", 2, ".2f"),
        ):
            print(f"{label:34}{perf['sparkle'][i]:12{fmt}}{perf['naive'][i]:12{fmt}}")
        print(f"{'sparkle MB/s / naive MB/s':34}{ratio:12.4f}")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def profile(paths: list[Path], sort: str, limit: int) -> None:
    texts = answers(paths)
    redact(texts[0])
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for text in texts:
        redact(text)
    prof.disable()
    pstats.Stats(prof).sort_stats(sort).print_stats(limit)


def passes(paths: list[Path], limit: int, *, every: bool) -> None:
    import bot.privacy._proper_nouns as pn

    own: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    stack: list[float] = []  # time spent in nested wrapped calls, per open call

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        generator = inspect.isgeneratorfunction(fn)  # timed as it is drawn: all at once

        def timed(*args: Any, **kwargs: Any) -> Any:
            stack.append(0.0)
            t0 = time.perf_counter()
            try:
                return iter(list(fn(*args, **kwargs))) if generator else fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - t0
                nested = stack.pop()
                own[name] += spent - nested
                calls[name] += 1
                if stack:
                    stack[-1] += spent

        return timed

    wrapped: dict[Callable[..., Any], Callable[..., Any]] = {}
    for module in [m for n, m in sys.modules.items() if n.startswith("bot.privacy")]:
        for name, value in list(vars(module).items()):
            home = getattr(value, "__module__", "") or ""
            if not (inspect.isfunction(value) and home.startswith("bot.privacy")):
                continue
            if every or module.__name__ == pn.__name__:
                if value not in wrapped:
                    wrapped[value] = wrap(f"{home.rsplit('.', 1)[-1]}.{value.__name__}", value)
                setattr(module, name, wrapped[value])
    texts = answers(paths)
    redact(texts[0])
    own.clear()
    calls.clear()
    t0 = time.perf_counter()
    for text in texts:
        redact(text)
    total = time.perf_counter() - t0
    print(f"{len(texts)} answers, {1000 * total / len(texts):.1f} ms each")
    for name, spent in sorted(own.items(), key=lambda kv: -kv[1])[:limit]:
        each = 1000 * spent / len(texts)
        print(f"{each:8.2f} ms {100 * spent / total:5.1f} %  {calls[name]:7d}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--file", action="append", type=Path, help="labelled .jsonl file")
    parser.add_argument("--profile", metavar="SORT", help="cProfile, sorted by SORT")
    parser.add_argument("--passes", action="store_true", help="time per rule")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument(
        "--every", action="store_true", help="with --passes: every function of bot.privacy"
    )
    args = parser.parse_args(argv)
    if not args.file and not DEFAULT.exists():
        say_missing(DEFAULT)
        return 1
    paths = [p.resolve() for p in (args.file or [DEFAULT])]
    redact("warm up: Maria called 206-555-0143 on March 3rd.")
    if args.profile:
        profile(paths, args.profile, args.limit)
    elif args.passes:
        passes(paths, args.limit, every=args.every)
    else:
        speed_rows(paths)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
