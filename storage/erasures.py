"""The record of erased data keys, kept beside the SQLite database and outside it.

A backup made before a member's `/forget` still holds her rows and her wrapped data key, so
restoring it would make them readable again. Each erasure therefore appends the id of the data
key it destroyed (four bytes of a hash of a random key: it names no one) to `<database>.erased`,
a file that a restore does not replace. `sparkle-bot restore` and every start of the bot erase
again any member whose stored key is listed; a member who came back after her erasure has a new
key, which is not listed.

With PostgreSQL the record is where `SPARKLE_ERASURE_RECORD` says (each process records its own
erasures, and erases again what it recorded when it starts); without it, a dump restored with
`pg_restore` brings back what was erased after it was made (the README says so).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from storage.db import is_sqlite, sqlite_file

log = logging.getLogger(__name__)

SUFFIX = ".erased"


def ledger_of(url: str) -> Path | None:
    """Where the database at `url` records its erasures (None: PostgreSQL, in memory)."""
    file = sqlite_file(url) if is_sqlite(url) else None
    return file.with_name(file.name + SUFFIX) if file is not None else None


def record(ledger: Path, key_ids: Iterable[bytes]) -> None:
    """Append erased key ids, flushed to disk. A failure is logged, never raised: the erasure
    itself is done, and only a restore of an older backup would need the record."""
    lines = "".join(f"{key_id.hex()}\n" for key_id in key_ids)
    if not lines:
        return
    try:
        fd = os.open(ledger, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, lines.encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.warning(
            "could not record an erasure in %s (%s): restoring a backup made before it "
            "would bring that member's data back",
            ledger,
            exc.strerror or type(exc).__name__,
        )


def listed(ledger: Path) -> frozenset[bytes]:
    """The key ids recorded as erased (none when there is no record yet)."""
    try:
        text = ledger.read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return frozenset()
    found: set[bytes] = set()
    for line in text.split():
        try:
            found.add(bytes.fromhex(line))
        except ValueError:
            continue  # a line torn by a crash mid-write
    return frozenset(found)
