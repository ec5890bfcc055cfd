"""Crash durability: a page acknowledged as saved survives a crash, whole.

The driver starts a child (``crash.py --child``) that runs the real storage layer
(``Repositories``) and feeds it pages over stdin, several entries at a time, the way members
submit them. The child answers ``ACK`` only after ``save_page`` has returned, i.e. committed.
At a random moment the driver crashes it (SQLite: SIGKILL of the child, often in the middle of
a transaction; PostgreSQL: ``.ci/postgres.sh crash``, an immediate stop of the server, and then
SIGKILL of the child), starts a new child on the same database and checks through the
repository API that every acknowledged page is there and whole: each answer decrypts to exactly
what was sent, a page in flight at the crash is there entirely or not at all, and the entry's
progress matches. SQLite also gets ``PRAGMA integrity_check`` and ``foreign_key_check`` after
every restart. A last pass checks every entry ever acknowledged.

A crash here is the process (or the server) dying; the operating system survives, so this does
not show what a power cut would do to writes still in the page cache.

    python bench/crash.py [--rounds 200] [--seed N] [--dir DIR]
    python bench/crash.py --backend postgres --pg-url URL [--pg-dir /tmp/sparkle-pg] --rounds 20

The last line reads ``lost 0, torn 0, integrity ok N/N`` (PostgreSQL: ``rounds N/N``); the
exit status is 1 when anything was lost or torn.
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/ holds a storage.py of its own: keep it off the path so `storage` is the package.
_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
if str(_BENCH.parent) not in sys.path:
    sys.path.append(str(_BENCH.parent))

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from typing import Any  # noqa: E402

from sqlalchemy import make_url, text  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from bot.models import EntryStatus  # noqa: E402
from storage.crypto import WrongKeyError  # noqa: E402
from storage.repos import Repositories  # noqa: E402

PAGES_PER_ENTRY = 4
STREAMS = 8  # entries being written at once
RESUBMIT = 0.2  # chance that a page is sent again with new text (replaces its answers)
STARTUP_KILL = 0.05  # chance that a round kills the child while it starts up
KEY_ENV = "SPARKLE_CRASH_KEY"
POSTGRES_SH = _BENCH.parent / ".ci" / "postgres.sh"
ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ äöüß é ñ — “quoted” 🙂 ,.;:!?\n"


def now() -> datetime:
    return datetime.now(UTC)


# -- child -----------------------------------------------------------------------------------


def say(line: str) -> None:
    """One line to the driver, in one write (lines of different tasks never interleave)."""
    os.write(1, (line + "\n").encode())


async def child(url: str) -> int:
    """Import everything, wait for GO, open the database, then save the pages sent."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=1 << 20)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    if (await reader.readline()).strip() != b"GO":
        return 0
    repos = Repositories.open(url, bytes.fromhex(os.environ[KEY_ENV]), clock=now)
    await repos.migrate()
    say("READY")

    async def save(cmd: dict[str, Any]) -> None:
        try:
            header = await repos.entries.save_page(
                entry_id=cmd["entry_id"],
                author_id=cmd["author_id"],
                kind="reflection",
                guild_id=None,
                answers=cmd["answers"],
                advance_to=cmd["advance_to"],
                complete=cmd["complete"],
            )
        except Exception as exc:
            say(f"ERR {cmd['seq']} {type(exc).__name__}")
            return
        say(f"ACK {cmd['seq']} {header.id}" if header else f"NONE {cmd['seq']}")

    pending: set[asyncio.Task[None]] = set()
    while line := await reader.readline():
        cmd = json.loads(line)
        if cmd.get("op") == "quit":
            break
        task = asyncio.create_task(save(cmd))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*pending)
    await repos.close()
    return 0


# -- the driver's model of what must be stored -----------------------------------------------


@dataclass
class Page:
    seq: int
    number: int
    answers: dict[str, str]
    advance_to: int | None
    complete: bool


@dataclass
class Model:
    """One entry as the driver knows it: pages acknowledged, and the one in flight, if any."""

    author_id: int
    entry_id: int | None = None
    pages: dict[int, Page] = field(default_factory=dict)  # page number -> latest committed
    next_page: int = 0
    complete: bool = False
    acked: int = 0
    inflight: Page | None = None
    broken: bool = False

    def expected(self, extra: Page | None = None) -> tuple[dict[str, str], int, bool]:
        """Answers, next page and completeness once the pages (and `extra`) are committed."""
        pages = dict(self.pages)
        next_page, complete = self.next_page, self.complete
        if extra is not None:
            pages[extra.number] = extra
            next_page = max(next_page, extra.advance_to or 0)
            complete = complete or extra.complete
        answers = {q: t for p in pages.values() for q, t in p.answers.items()}
        return answers, next_page, complete

    def commit(self, page: Page) -> None:
        _, self.next_page, self.complete = self.expected(page)
        self.pages[page.number] = page
        if self.inflight is page:
            self.inflight = None


def random_text(rng: random.Random) -> str:
    return "".join(rng.choices(ALPHABET, k=rng.randint(250, 350)))


class Workload:
    """Hands out the next page of each stream's entry, like members filling in forms."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seq = 0
        self.authors = 0
        self.models: list[Model] = []
        self.streams: list[Model] = [self.new_entry() for _ in range(STREAMS)]

    def new_entry(self) -> Model:
        self.authors += 1
        model = Model(author_id=100_000 + self.authors)
        self.models.append(model)
        return model

    def next_page(self, slot: int) -> Page:
        model = self.streams[slot]
        if model.complete or model.broken:
            model = self.streams[slot] = self.new_entry()
        self.seq += 1
        if model.pages and self.rng.random() < RESUBMIT:
            last = max(model.pages)
            qids = list(model.pages[last].answers)
            page = Page(self.seq, last, {}, None, False)
        else:
            number = len(model.pages)
            qids = [f"q{number}_{j}" for j in range(self.rng.randint(1, 5))]
            page = Page(self.seq, number, {}, number + 1, number == PAGES_PER_ENTRY - 1)
        page.answers = {q: random_text(self.rng) for q in qids}
        model.inflight = page
        return page


# -- checks ----------------------------------------------------------------------------------


@dataclass
class Tally:
    lost: int = 0
    torn: int = 0
    acked: int = 0
    inflight_at_kill: int = 0
    inflight_committed: int = 0
    kills_mid_write: int = 0
    startup_kills: int = 0
    integrity_ok: int = 0
    rounds_ok: int = 0
    errors: list[str] = field(default_factory=list)


async def verify(repos: Repositories, models: list[Model], tally: Tally) -> bool:
    """Check each entry against the model; settle pages that were in flight at the crash."""
    clean = True
    for model in models:
        if model.broken:
            continue
        page, model.inflight = model.inflight, None
        if model.entry_id is None:
            if page is None:
                continue
            found = await repos.entries.list_for_author(model.author_id)
            if found.total == 0:
                continue  # the first page was never committed, and never acknowledged
            if found.total > 1:
                tally.errors.append(f"author {model.author_id}: {found.total} entries, want 1")
                tally.torn += 1
                model.broken, clean = True, False
                continue
            model.entry_id = found.items[0].id
            candidates = [page]
        else:
            candidates = [None] if page is None else [None, page]
        try:
            record = await repos.entries.get(model.entry_id, model.author_id)
        except WrongKeyError as exc:
            tally.errors.append(f"entry {model.entry_id}: {exc}")
            tally.torn += 1
            model.broken, clean = True, False
            continue
        if record is None:
            tally.errors.append(f"entry {model.entry_id}: missing ({model.acked} pages acked)")
            tally.lost += max(1, len(model.pages))
            model.broken, clean = True, False
            continue
        seen = (dict(record.answers), record.next_page, record.status == EntryStatus.COMPLETE)
        for candidate in candidates:
            if seen == model.expected(candidate):
                if candidate is not None:
                    model.commit(candidate)
                    tally.inflight_committed += 1
                break
        else:
            lost, torn = classify(model, page, record.answers)
            tally.lost += lost
            tally.torn += torn if lost or torn else 1  # answers fine, progress wrong: torn
            tally.errors.append(
                f"entry {model.entry_id}: stored {seen[1:]} and {len(seen[0])} answers, "
                f"expected {model.expected()[1:]} and {len(model.expected()[0])}"
            )
            model.broken, clean = True, False
    return clean


def classify(model: Model, inflight: Page | None, stored: dict[str, str]) -> tuple[int, int]:
    """Count the committed pages that are gone entirely (lost) or in part (torn)."""
    lost = torn = 0
    for number, page in model.pages.items():
        versions = [page] + ([inflight] if inflight and inflight.number == number else [])
        if any(all(stored.get(q) == t for q, t in v.answers.items()) for v in versions):
            continue
        if not any(q in stored for q in page.answers):
            lost += 1
        else:
            torn += 1
    return lost, torn


def integrity(path: Path) -> tuple[bool, str]:
    with sqlite3.connect(path) as conn:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    conn.close()
    ok = result == ["ok"] and not orphans
    return ok, f"integrity_check {result[:3]}, {len(orphans)} foreign key violations"


# -- driver ----------------------------------------------------------------------------------


class Child:
    """A child process that has done its imports and waits for GO."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        assert proc.stdin is not None and proc.stdout is not None
        self.stdin = proc.stdin
        self.stdout = proc.stdout

    @classmethod
    async def spawn(cls, url: str, key: bytes) -> Child:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--child",
            "--url",
            url,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env={**os.environ, KEY_ENV: key.hex()},
            limit=1 << 20,
        )
        return cls(proc)

    async def send(self, line: str) -> None:
        self.stdin.write((line + "\n").encode())
        await self.stdin.drain()

    async def start(self) -> None:
        await self.send("GO")

    async def ready(self) -> None:
        line = await asyncio.wait_for(self.stdout.readline(), 60)
        if line.strip() != b"READY":
            raise RuntimeError(f"child did not start: {line!r}")

    async def kill(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()
        await self.proc.wait()

    async def quit(self) -> None:
        await self.send(json.dumps({"op": "quit"}))
        self.stdin.close()
        await asyncio.wait_for(self.proc.wait(), 60)


class Driver:
    def __init__(self, args: argparse.Namespace, url: str, sqlite_file: Path | None) -> None:
        self.args = args
        self.url = url
        self.sqlite_file = sqlite_file
        self.key = os.urandom(32)
        self.rng = random.Random(args.seed)
        self.work = Workload(self.rng)
        self.tally = Tally()
        self.by_seq: dict[int, tuple[int, Model, Page]] = {}  # sent, not acknowledged yet

    async def send_next(self, child: Child, slot: int) -> None:
        page = self.work.next_page(slot)
        model = self.work.streams[slot]
        self.by_seq[page.seq] = (slot, model, page)
        await child.send(
            json.dumps(
                {
                    "seq": page.seq,
                    "entry_id": model.entry_id,
                    "author_id": model.author_id,
                    "answers": page.answers,
                    "advance_to": page.advance_to,
                    "complete": page.complete,
                }
            )
        )

    def handle(self, line: bytes, touched: set[int]) -> int | None:
        """Apply one line from the child; the stream that may go on, if any."""
        kind, seq_text, *rest = line.decode().split()
        sent = self.by_seq.pop(int(seq_text), None)
        if sent is None:
            self.tally.errors.append(f"page {seq_text}: {line.decode().strip()} after ACK")
            return None
        slot, model, page = sent
        touched.add(id(model))
        if kind == "ACK":
            model.entry_id = int(rest[0])
            model.commit(page)
            model.acked += 1
            self.tally.acked += 1
            return slot
        self.by_seq[page.seq] = (slot, model, page)  # not acknowledged: still in flight
        if kind != "ERR" or self.args.backend == "sqlite":
            self.tally.errors.append(f"page {page.seq}: {line.decode().strip()}")
        return None

    async def crash(self, child: Child) -> None:
        if self.args.backend == "postgres":
            await run(str(POSTGRES_SH), "crash", *self.pg_args())
        await child.kill()

    def pg_args(self) -> list[str]:
        port = make_url(self.url).port or 5432
        return ["--dir", self.args.pg_dir, "--port", str(port)]

    async def round(self, child: Child, touched: set[int]) -> None:
        """Write until a random moment, then crash; read the ACKs that made it out.

        PostgreSQL takes a moment to stop: pages keep coming until it has.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.rng.uniform(0.0, self.args.max_delay)
        for slot in range(STREAMS):
            await self.send_next(child, slot)
        stopping: asyncio.Task[None] | None = None
        while True:
            if stopping is None and loop.time() >= deadline:
                if self.args.backend == "sqlite":
                    break
                stopping = asyncio.create_task(run(str(POSTGRES_SH), "crash", *self.pg_args()))
            if stopping is not None and stopping.done():
                break
            wait = 0.02 if stopping is not None else deadline - loop.time()
            try:
                line = await asyncio.wait_for(child.stdout.readline(), max(wait, 0))
            except TimeoutError:
                continue
            if not line:
                break
            slot = self.handle(line, touched)
            if slot is not None:
                await self.send_next(child, slot)
        if stopping is not None:
            await stopping
        await child.kill()
        while line := await child.stdout.readline():
            self.handle(line, touched)
        inflight = len(self.by_seq)
        self.tally.inflight_at_kill += inflight
        self.tally.kills_mid_write += inflight > 0
        touched.update(id(model) for _, model, _ in self.by_seq.values())
        self.by_seq.clear()

    async def check(self, touched: set[int], everything: bool = False) -> bool:
        repos = Repositories.open(self.url, self.key, clock=now)
        try:
            models = [m for m in self.work.models if everything or id(m) in touched]
            clean = await verify(repos, models, self.tally)
        finally:
            await repos.close()
        if self.sqlite_file is not None:
            ok, detail = integrity(self.sqlite_file)
            if ok:
                self.tally.integrity_ok += 1
            else:
                self.tally.errors.append(detail)
                clean = False
        return clean

    async def run(self) -> None:
        rounds = self.args.rounds
        standby = await Child.spawn(self.url, self.key)
        touched: set[int] = set()
        started = time.perf_counter()
        for n in range(1, rounds + 1):
            child, standby = standby, await Child.spawn(self.url, self.key)
            await child.start()
            if n > 1 and self.rng.random() < STARTUP_KILL:
                await asyncio.sleep(self.rng.uniform(0, 0.05))
                await self.crash(child)
                self.tally.startup_kills += 1
                if self.args.backend == "postgres":
                    await run(str(POSTGRES_SH), "start", *self.pg_args())
                child, standby = standby, await Child.spawn(self.url, self.key)
                await child.start()
            await child.ready()
            if n > 1:
                self.tally.rounds_ok += await self.check(touched)
            touched = set()
            await self.round(child, touched)
            if self.args.backend == "postgres":
                await run(str(POSTGRES_SH), "start", *self.pg_args())
            if n % 50 == 0:
                print(
                    f"  round {n}: {self.tally.acked} acked, lost {self.tally.lost}, "
                    f"torn {self.tally.torn}, {time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                )
        await standby.start()
        await standby.ready()
        self.tally.rounds_ok += await self.check(touched)
        await standby.quit()
        final = Tally()
        await verify_all(self, final)
        self.tally.lost += final.lost
        self.tally.torn += final.torn
        self.tally.errors += final.errors


async def verify_all(driver: Driver, tally: Tally) -> None:
    """Every entry ever acknowledged, after the last restart."""
    repos = Repositories.open(driver.url, driver.key, clock=now)
    try:
        await verify(repos, [m for m in driver.work.models if m.acked], tally)
    finally:
        await repos.close()


async def run(*cmd: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err.decode().strip()}")


def report(args: argparse.Namespace, driver: Driver, seconds: float) -> bool:
    """Print the summary; True when nothing was lost, torn or broken."""
    t = driver.tally
    failed = bool(t.lost or t.torn or t.errors) or t.rounds_ok != args.rounds
    if args.backend == "sqlite":
        failed = failed or t.integrity_ok != args.rounds
    for error in t.errors[:20]:
        print(f"  {error}", file=sys.stderr)
    print(
        f"{args.backend}, {args.rounds} rounds in {seconds:.0f} s (seed {args.seed}): "
        f"{t.acked} pages acknowledged; {t.kills_mid_write} crashes with pages in flight "
        f"({t.inflight_at_kill} pages, {t.inflight_committed} of them committed), "
        f"{t.startup_kills} during start-up; "
        f"{sum(1 for m in driver.work.models if m.acked)} entries checked at the end"
    )
    if args.backend == "sqlite":
        print(f"lost {t.lost}, torn {t.torn}, integrity ok {t.integrity_ok}/{args.rounds}")
    else:
        print(f"lost {t.lost}, torn {t.torn}, rounds {t.rounds_ok}/{args.rounds}")
    return not failed


async def drive_sqlite(args: argparse.Namespace, workdir: Path) -> int:
    started = time.perf_counter()
    sqlite_file = workdir / "crash.db"
    driver = Driver(args, f"sqlite+aiosqlite:///{sqlite_file}", sqlite_file)
    ok = False
    try:
        await driver.run()
    finally:
        ok = report(args, driver, time.perf_counter() - started)
        if not ok:
            print(f"kept the database for a look: {sqlite_file}", file=sys.stderr)
        elif not args.dir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


async def drive_postgres(args: argparse.Namespace) -> int:
    """The same on a database of its own in the cluster; dropped afterwards unless it failed."""
    started = time.perf_counter()
    name = f"sparkle_crash_{os.getpid()}"
    admin = create_async_engine(args.pg_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.pg_url).set(database=name).render_as_string(hide_password=False)
    driver = Driver(args, url, None)
    ok = False
    try:
        await driver.run()
    finally:
        ok = report(args, driver, time.perf_counter() - started)
        await run(str(POSTGRES_SH), "start", *driver.pg_args())
        await admin.dispose()  # its connection died with the server
        if ok:
            async with admin.connect() as conn:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        else:
            print(f"kept the database for a look: {name}", file=sys.stderr)
        await admin.dispose()
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--pg-url", default=os.environ.get("SPARKLE_BENCH_PG_URL"))
    parser.add_argument(
        "--pg-dir",
        default=os.environ.get("SPARKLE_PG_DIR", str(Path(tempfile.gettempdir(), "sparkle-pg"))),
        help="data directory of the cluster .ci/postgres.sh started",
    )
    parser.add_argument("--dir", help="where to keep the SQLite file (default: a temp dir)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--max-delay", type=float, default=0.15, help="longest time before a crash, seconds"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return asyncio.run(child(args.url))
    if args.seed is None:
        args.seed = random.randrange(1 << 32)
    if args.backend == "postgres":
        if not args.pg_url:
            parser.error("--backend postgres needs --pg-url (see .ci/postgres.sh)")
        return asyncio.run(drive_postgres(args))
    workdir = Path(args.dir or tempfile.mkdtemp(prefix="sparkle-crash-"))
    workdir.mkdir(parents=True, exist_ok=True)
    return asyncio.run(drive_sqlite(args, workdir))


if __name__ == "__main__":
    sys.exit(main())
