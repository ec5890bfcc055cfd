"""N members run a full 3-page /sparkle at the same time: Sparkle against a do-nothing floor.

Each flow is one SimCord member in one guild: /sparkle -> notice -> Continue (modal) -> submit
page 1 -> Continue -> submit page 2 -> Continue -> submit page 3 -> recap, 7 interactions. The
N flows start together (``asyncio.gather``). Every (bot, N, run) is a fresh Python process on a
fresh SQLite file, so peak RSS (``ru_maxrss``, a high-water mark) belongs to that cell alone.
The floor is ``bench/_minimal_bot.py``: the same messages, buttons and modals, storing nothing.

Per cell (median over ``--runs`` for the timings; errors and slow callbacks summed over runs):

* pages stored: pages whose every answer is in the database (read back through
  ``repos.entries``), expected 3 x N; "-" for the floor, which stores nothing.
* errors captured by SimCord (``env.errors``): database locked (OperationalError "locked"),
  unknown interaction (NotFound 10062), double acknowledgement (InteractionResponded), other;
  a flow that got an unexpected answer or none counts as "other" too.
* p50 / p99 time to first response: wall time from the actor call to the answer the member
  can act on, for every interaction (slash, click, submit), in ms. A page submit is deferred
  ("thinking...") before its write; its answer is the message that replaces the thinking one.
  interactions/s: 7 x N / wall time of the gather.
* CPU s: the process's CPU time (every thread) while the flows run; less swayed than the
  wall-clock figures by other work on a shared machine.
* slow callbacks: the loop runs in debug mode with ``slow_callback_duration = 0.1`` and the
  asyncio logger's "Executing ... took X seconds" warnings are counted while the flows run.
  Each is put down to the bot or to the harness (a flow task, running SimCord's actor code)
  by the handle the loop is running; only the bot's count toward the goal.

How the flows overlap: SimCord 3.2.1 refuses overlapping actor operations from different
tasks (``SetupError: operation overlaps active slash``), and each actor call normally waits
until the whole bot has settled. The bench calls the actor methods unguarded (their
``__wrapped__``) and, for these calls only, replaces that global settle with a wait for the
call's own interaction to be answered. Everything else (payloads, permission checks, the
bot's REST calls, error capture) is SimCord's ordinary path, except that SimCord's callback
records compare by identity (see `ConcurrentActors`), which takes an O(pending timers) cost
per bot callback out of the harness.

SimCord's 3-second interaction deadline is virtual: real slowness never turns into
"Unknown interaction" (10062) here, so a slow p99 is the warning sign, not the error count.

    python bench/load.py [--members 1,50,200] [--runs 3] [--settle-timeout 120] [--no-debug]
    python bench/load.py --child sparkle 200 [--no-debug] [--profile out.prof]   # one cell

``--no-debug`` times the flows without debug mode's overhead (every future and handle records
its creation stack), which weighs on Sparkle's many database round trips more than on the
floor; slow callbacks are then not measured. ``--child`` runs one cell in this process and
prints its JSON (per-step p50s included), for a profiler.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path, and bench/storage.py would shadow the
# `storage` package: put the repository root there instead.
_BENCH = Path(__file__).resolve().parent
ROOT = _BENCH.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
import asyncio  # noqa: E402
import base64  # noqa: E402
import cProfile  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Awaitable, Callable, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

from simcord import ChannelHandle, InteractionResult, MemberActor  # noqa: E402
from simcord.components import walk_components  # noqa: E402
from simcord.results import ResponseMessage  # noqa: E402

# Sparkle-free: the floor's process never imports Sparkle.
from tests.e2e.pages import SPARKLE_PAGES as PAGES  # noqa: E402

TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"  # noqa: S105 - a well-formed fake for offline runs  # pragma: allowlist secret
BOTS = ("minimal", "sparkle")
INTERACTIONS_PER_FLOW = 7
PAGES_PER_FLOW = 3
GOAL_N = 200
GOAL_RATE = 0.5  # Sparkle's interactions/s at least this share of the floor's
GOAL_P99 = 2.0  # Sparkle's p99 at most this many times the floor's
SLOW_CALLBACK_S = 0.1


# -- one cell, in a child process ---------------------------------------------------------------


class FlowError(AssertionError):
    """The bot answered a step of the flow with something other than the next step."""


class SlowCallbacks(logging.Handler):
    """Counts asyncio's debug-mode "Executing <handle> took X seconds" warnings, by owner.

    The warning is logged while the loop still holds the slow handle, so each one is put down
    to the harness (a flow task, i.e. SimCord's actor code) or to the bot (everything else).
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counting = False
        self.flows: set[asyncio.Task[Any]] = set()
        self.seen: dict[str, list[str]] = {"bot": [], "harness": []}

    def emit(self, record: logging.LogRecord) -> None:
        if not (self.counting and str(record.msg).startswith("Executing")):
            return
        loop = asyncio.get_running_loop()
        owner, what = _handle_owner(getattr(loop, "_current_handle", None), self.flows)
        took = record.args[-1] if isinstance(record.args, tuple) else "?"
        self.seen[owner].append(f"{took:.3f} s {what}"[:300])


def _handle_owner(handle: object, flows: set[asyncio.Task[Any]]) -> tuple[str, str]:
    callback = getattr(handle, "_callback", None)
    callback = getattr(callback, "__simcord_original_callback__", callback)
    task = getattr(callback, "__self__", None)
    if isinstance(task, asyncio.Task):
        coro = task.get_coro()
        frame = getattr(coro, "cr_frame", None)
        where = f" at {frame.f_code.co_filename}:{frame.f_lineno}" if frame is not None else ""
        name = getattr(coro, "__qualname__", repr(coro))
        return ("harness" if task in flows else "bot"), f"task {name}{where}"
    return "bot", f"callback {getattr(callback, '__qualname__', repr(callback))}"


@dataclass
class Timings:
    call_ms: list[float] = field(default_factory=list)
    by_step: dict[str, list[float]] = field(default_factory=dict)


class ConcurrentActors:
    """Lets many actors act at once: each call waits for its own answer, not a global settle."""

    def __init__(self, env: Any, stall_timeout: float) -> None:
        from simcord import _runtime

        # SimCord drops each bot callback it ran from a list with `list.remove`, which compares
        # its dataclass records field by field: O(pending timers) Python calls per callback, and
        # every ephemeral view holds a 15-minute timer. Identity is what that remove means.
        _runtime._CallbackRecord.__eq__ = object.__eq__  # type: ignore[method-assign,assignment]
        self._env = env
        self._stall = stall_timeout
        self._waiting: dict[asyncio.Task[Any], asyncio.Future[float]] = {}
        self.flows: set[asyncio.Task[Any]] = set()
        self._settle = env._settle_internal
        env._register_dispatch_observer(self._observe)
        env._settle_internal = self._settle_or_wait  # instance attribute: only this env

    def _observe(self, record: Any) -> None:
        task = asyncio.current_task()
        if task is None or task not in self.flows:
            return
        answered: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        # A thinking defer ("Sparkle is thinking...") is not an answer the member can act on:
        # the flow waits for the message that replaces it (`complete_deferred`).
        for name in (
            "respond_with_message",
            "complete_deferred",
            "defer_update",
            "update_source",
            "show_modal",
        ):
            setattr(record, name, _marking(getattr(record, name), answered))
        self._waiting[task] = answered

    async def _settle_or_wait(self, **options: Any) -> None:
        task = asyncio.current_task()
        answered = self._waiting.pop(task, None) if task is not None else None
        if answered is None:
            await self._settle(**options)
            return
        try:
            await asyncio.wait_for(answered, self._stall)
        except TimeoutError:
            raise FlowError(f"no answer within {self._stall:g} s") from None

    async def gather(
        self, flows: Sequence[Callable[[], Awaitable[None]]]
    ) -> list[BaseException | None]:
        tasks = [asyncio.ensure_future(flow()) for flow in flows]
        self.flows.update(tasks)
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return [r if isinstance(r, BaseException) else None for r in results]


def _marking(marker: Callable[..., None], answered: asyncio.Future[float]) -> Callable[..., None]:
    def mark(*args: Any, **kwargs: Any) -> None:
        marker(*args, **kwargs)
        if not answered.done():
            answered.set_result(time.perf_counter())

    return mark


async def _timed(
    timings: Timings, step: str, call: Awaitable[InteractionResult]
) -> InteractionResult:
    started = time.perf_counter()
    result = await call
    took = (time.perf_counter() - started) * 1000
    timings.call_ms.append(took)
    timings.by_step.setdefault(step, []).append(took)
    return result


def _answer(result: InteractionResult, expected: str, what: str) -> ResponseMessage:
    """The bot's message in answer to `result`, which must contain `expected`."""
    if result.response is None or expected not in _said(result.response):
        raise FlowError(f"{what}: expected {expected!r}")
    return result.response


def _said(message: ResponseMessage) -> str:
    """What a message says, as content or in the text displays of its layout."""
    shown = [c["content"] for c in walk_components(message.components) if c.get("type") == 10]
    return "\n".join([message.content, *shown])


async def _flow(actor: MemberActor, channel: ChannelHandle, timings: Timings) -> None:
    # The unguarded actor methods (see the module docstring).
    slash = MemberActor.slash.__wrapped__  # type: ignore[attr-defined]
    click = MemberActor.click.__wrapped__  # type: ignore[attr-defined]
    submit = MemberActor.submit_modal.__wrapped__  # type: ignore[attr-defined]

    notice = await _timed(timings, "slash", slash(actor, channel, "sparkle"))
    message = _answer(notice, "de-identified", "notice").message
    shown = await _timed(timings, "continue 0", click(actor, message, label="Continue"))
    for index, answers in enumerate(PAGES):
        if shown.modal is None:
            raise FlowError(f"no modal for page {index + 1}")
        step = await _timed(timings, f"submit {index + 1}", submit(actor, shown, answers))
        if index + 1 == len(PAGES):
            _answer(step, "All saved", "recap")
            return
        done = f"{index + 1} of {len(PAGES)} pages done"
        message = _answer(step, done, f"page {index + 1}").message
        shown = await _timed(
            timings, f"continue {index + 1}", click(actor, message, label="Continue")
        )


def _classify(error: BaseException) -> str:
    import discord

    chain: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = getattr(seen, "original", None) or seen.__cause__ or seen.__context__
    for link in chain:
        if type(link).__name__ == "OperationalError" and "locked" in str(link):
            return "locked"
        if isinstance(link, discord.NotFound) and link.code == 10062:
            return "unknown"
        if isinstance(link, discord.InteractionResponded):
            return "double"
    return "other"


def _typed(answer: Any) -> str:
    """What is stored for a submitted value: a select's one choice, or the text."""
    return str(answer[0]) if isinstance(answer, list) else str(answer)


async def _pages_stored(env: Any, actors: Sequence[Any]) -> int:
    repos = env.bot.repos
    stored = 0
    for actor in actors:
        listing = await repos.entries.list_for_author(actor.id, limit=100)
        for header in listing.items:
            entry = await repos.entries.get(header.id, actor.id)
            answers = entry.answers if entry is not None else {}
            stored += sum(
                all(answers.get(q) == _typed(a) for q, a in page.items()) for page in PAGES
            )
    return stored


async def _cell(
    bot_name: str, members: int, settle_timeout: float, profile: str | None = None
) -> dict[str, Any]:
    import simcord

    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = SLOW_CALLBACK_S
    slow = SlowCallbacks()
    logging.getLogger("asyncio").addHandler(slow)
    if bot_name == "sparkle":
        from bot.app import create_bot

        bot: Any = create_bot()
    else:
        from bench._minimal_bot import create_minimal_bot

        bot = create_minimal_bot()
    async with simcord.run(bot, settle_timeout=settle_timeout) as env:
        guild = env.create_guild("Load")
        channel = guild.create_text_channel("reflections")
        actors = [guild.add_member(env.create_user(f"member{i}")) for i in range(members)]
        await env.settle()
        driver = ConcurrentActors(env, stall_timeout=settle_timeout)
        timings = Timings()
        slow.flows = driver.flows
        slow.flows.add(asyncio.current_task())  # type: ignore[arg-type]  # this task drives too
        slow.counting = True
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        started, cpu_started = time.perf_counter(), time.process_time()
        outcomes = await driver.gather(
            [lambda actor=actor: _flow(actor, channel, timings) for actor in actors]
        )
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        if profiler is not None and profile is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        errors = {"locked": 0, "unknown": 0, "double": 0, "other": 0}
        try:
            await env.settle()  # whatever the bot still does after its last answer
        except TimeoutError as error:
            outcomes.append(error)
        slow.counting = False
        for error in env.errors:
            errors[_classify(error)] += 1
        failed = [o for o in outcomes if o is not None]
        errors["other"] += len(failed)
        pages = await _pages_stored(env, actors) if bot_name == "sparkle" else None
    latencies = sorted(timings.call_ms)
    return {
        "bot": bot_name,
        "members": members,
        "pages": pages,
        "errors": errors,
        "failures": sorted({f"{type(o).__name__}: {o}"[:200] for o in failed}),
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p99_ms": _percentile(latencies, 99),
        "interactions": len(latencies),
        "step_p50_ms": {k: statistics.median(v) for k, v in timings.by_step.items()},
        "rate": len(latencies) / wall if wall else 0.0,
        "wall_s": wall,
        "cpu_s": cpu,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "slow": len(slow.seen["bot"]),
        "slow_harness": len(slow.seen["harness"]),
        "slow_samples": slow.seen["bot"][:5] + slow.seen["harness"][:3],
    }


def _percentile(values: Sequence[float], pct: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def child(
    bot_name: str, members: int, settle_timeout: float, debug: bool, profile: str | None
) -> None:
    result = asyncio.run(_cell(bot_name, members, settle_timeout, profile), debug=debug)
    print(json.dumps(result))


# -- the parent: one process per cell, then the table -------------------------------------------


def run_cell(
    bot_name: str, members: int, settle_timeout: float, workdir: Path, debug: bool
) -> dict[str, Any]:
    db = workdir / f"{bot_name}-{members}-{time.monotonic_ns()}.db"
    env = os.environ | {
        "DISCORD_TOKEN": TOKEN,
        "SPARKLE_DATA_KEY": base64.urlsafe_b64encode(os.urandom(32)).decode(),
        "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "PYTHONPATH": str(ROOT),
    }
    for name in ("SPARKLE_DEV_GUILD_ID", "LOG_LEVEL"):
        env.pop(name, None)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", bot_name, str(members)]
    command += ["--settle-timeout", str(settle_timeout), *([] if debug else ["--no-debug"])]
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=workdir, timeout=settle_timeout * 3
    )
    if done.returncode != 0:
        raise RuntimeError(f"{bot_name} N={members} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@dataclass
class Cell:
    bot: str
    members: int
    runs: list[dict[str, Any]]

    def median(self, key: str) -> float:
        return statistics.median(float(r[key]) for r in self.runs)

    def total(self, key: str) -> int:
        return sum(int(r[key]) for r in self.runs)

    def errors(self) -> dict[str, int]:
        return {k: sum(r["errors"][k] for r in self.runs) for k in self.runs[0]["errors"]}

    def pages(self) -> str:
        if self.runs[0]["pages"] is None:
            return "-"
        return f"{min(int(r['pages']) for r in self.runs)}/{PAGES_PER_FLOW * self.members}"


def print_table(cells: dict[tuple[str, int], Cell], members: Sequence[int], runs: int) -> None:
    head = (
        f"{'bot':<8}{'N':>5}{'pages stored':>14}{'errors l/u/d/o':>16}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'inter/s':>9}{'CPU s':>7}{'RSS MB':>8}{'slow cb':>8}{'rate vs min':>12}"
        f"{'p99 vs min':>11}"
    )
    print(head)
    print("-" * len(head))
    for n in members:
        floor = cells[("minimal", n)]
        for bot_name in BOTS:
            cell = cells[(bot_name, n)]
            err = cell.errors()
            ratios = ("", "")
            if bot_name == "sparkle":
                ratios = (
                    f"{100 * cell.median('rate') / floor.median('rate'):.0f} %",
                    f"{cell.median('p99_ms') / floor.median('p99_ms'):.2f}x",
                )
            print(
                f"{bot_name:<8}{n:>5}{cell.pages():>14}"
                f"{'/'.join(str(err[k]) for k in ('locked', 'unknown', 'double', 'other')):>16}"
                f"{cell.median('p50_ms'):>9.1f}{cell.median('p99_ms'):>9.1f}"
                f"{cell.median('rate'):>9.0f}{cell.median('cpu_s'):>7.1f}{cell.median('rss_mb'):>8.0f}{cell.total('slow'):>8}"
                f"{ratios[0]:>12}{ratios[1]:>11}"
            )
    print(
        f"medians of {runs} run(s) per cell, one process each; errors (locked/unknown/double/"
        "other) and slow callbacks are totals over the runs; pages stored is the worst run."
    )


def print_goals(cells: dict[tuple[str, int], Cell], debug: bool) -> bool:
    if ("sparkle", GOAL_N) not in cells:
        print(f"goals: not checked (they are set at N={GOAL_N})")
        return True
    sparkle, floor = cells[("sparkle", GOAL_N)], cells[("minimal", GOAL_N)]
    errors = sum(sparkle.errors().values())
    rate = sparkle.median("rate") / floor.median("rate")
    p99 = sparkle.median("p99_ms") / floor.median("p99_ms")
    goals = [
        (f"0 errors at N={GOAL_N}", errors == 0, f"{errors}"),
        (
            f"0 slow callbacks at N={GOAL_N}",
            debug and sparkle.total("slow") == 0,
            f"{sparkle.total('slow')}" if debug else "not measured (--no-debug)",
        ),
        (
            f"interactions/s >= {GOAL_RATE:.0%} of the floor",
            rate >= GOAL_RATE,
            f"{rate:.0%} ({sparkle.median('rate'):.0f} vs {floor.median('rate'):.0f}/s)",
        ),
        (
            f"p99 first response <= {GOAL_P99:g}x the floor",
            p99 <= GOAL_P99,
            f"{p99:.2f}x ({sparkle.median('p99_ms'):.0f} vs {floor.median('p99_ms'):.0f} ms)",
        ),
    ]
    print("goals (Sparkle):")
    for name, met, figure in goals:
        print(f"  {'met   ' if met else 'MISSED'} {name:<40} {figure}")
    return all(met for _name, met, _figure in goals)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--members", default="1,50,200", help="comma-separated member counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle-timeout", type=float, default=120.0)
    parser.add_argument(
        "--child", nargs=2, metavar=("BOT", "N"), help="run one cell here and print its JSON"
    )
    parser.add_argument(
        "--no-debug",
        action="store_true",
        help="run the loop out of debug mode: timings without its overhead, no slow callbacks",
    )
    parser.add_argument(
        "--profile", metavar="PATH", help="with --child: cProfile the flows' main thread to PATH"
    )
    parser.add_argument("--verbose", action="store_true", help="print each run and slow callback")
    args = parser.parse_args()
    if args.child:
        child(
            args.child[0], int(args.child[1]), args.settle_timeout, not args.no_debug, args.profile
        )
        return
    members = [int(n) for n in args.members.split(",")]
    cells: dict[tuple[str, int], Cell] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sparkle-load-") as tmp:
        for n in members:
            for _run in range(args.runs):
                for bot_name in BOTS:  # interleaved, so drift hits both bots alike
                    result = run_cell(
                        bot_name, n, args.settle_timeout, Path(tmp), not args.no_debug
                    )
                    cells.setdefault((bot_name, n), Cell(bot_name, n, [])).runs.append(result)
                    if args.verbose:
                        print(json.dumps(result), flush=True)
    print_table(cells, members, args.runs)
    harness = {key: cell.total("slow_harness") for key, cell in cells.items()}
    print(
        "slow callbacks in the harness itself (SimCord actor code in the flow tasks), not counted "
        "above: " + ", ".join(f"{bot} N={n}: {count}" for (bot, n), count in harness.items())
    )
    failures = sorted({f for cell in cells.values() for r in cell.runs for f in r["failures"]})
    for failure in failures[:5]:
        print(f"flow failure: {failure}")
    ok = print_goals(cells, not args.no_debug)
    print(f"total time: {time.perf_counter() - started:.0f} s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
