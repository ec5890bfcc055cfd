"""Backup and restore of an SQLite database, safe while the bot is running.

A backup uses SQLite's online backup API, which copies a consistent snapshot even while
another process keeps writing (WAL mode). A restore first proves that the current data key
reads the copy, then keeps the database it replaces beside it, so nothing is ever lost.
PostgreSQL has its own tools (`pg_dump`, `pg_restore`); the README gives the recipe.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from storage.crypto import Cipher, WrongKeyError
from storage.db import Clock
from storage.migrate import KEY_CHECK, head_revision, known_revisions


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why in one line."""


def running_on(database: Path | None) -> contextlib.AbstractContextManager[None]:
    """Held by a running bot on its SQLite database for as long as it runs, so that `restore`
    refuses meanwhile. A shared lock (`flock`, apart from SQLite's own locks): several
    instances may run on one database."""
    return contextlib.nullcontext() if database is None else _flocked(database, fcntl.LOCK_SH)


@contextlib.contextmanager
def _none_running_on(database: Path) -> Iterator[None]:
    """Refuse (BackupError) while a bot runs on `database`; hold it from starting meanwhile."""
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(_flocked(database, fcntl.LOCK_EX | fcntl.LOCK_NB))
        except BlockingIOError:
            raise BackupError(
                f"the bot is running on {database}: stop it first (systemctl stop "
                "sparkle-bot), then restore; nothing was changed"
            ) from None
        yield


@contextlib.contextmanager
def _flocked(database: Path, operation: int) -> Iterator[None]:
    """`flock(operation)` on `database` for the block (nothing when there is no file yet)."""
    if not database.is_file():
        yield
        return
    fd = os.open(database, os.O_RDONLY)
    try:
        fcntl.flock(fd, operation)
        yield
    finally:
        os.close(fd)  # releases the lock


def create_private(path: Path) -> None:
    """Create an empty file readable only by its owner (its folder 0700 if new)."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _copy(source: Path, destination: Path) -> None:
    """A consistent copy of `source` into a new private file `destination`."""
    create_private(destination)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(destination)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
    except BaseException:
        destination.unlink(missing_ok=True)
        raise


def _verify(path: Path, cipher: Cipher) -> None:
    """Raise BackupError unless `path` is a sound Sparkle database the cipher can read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path} cannot be opened: {exc}") from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()
        if not ok or ok[0] != "ok":
            raise BackupError(f"{path} is damaged: {ok[0] if ok else 'no answer'}")
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY_CHECK,)).fetchone()
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a Sparkle database ({exc})") from None
    finally:
        conn.close()
    version = versions[0] if versions else None
    if version is not None and version not in known_revisions():
        raise BackupError(
            f"{path} was made by a newer version of Sparkle (schema {version}; this one knows "
            f"up to {head_revision()}): upgrade Sparkle first (see the README, Upgrading), "
            "then restore it; nothing was changed"
        )
    if row is None:
        raise BackupError(f"{path} holds no key check: it is not a Sparkle database")
    try:
        cipher.verify_check(bytes(row[0]))
    except WrongKeyError:
        raise BackupError(
            f"SPARKLE_DATA_KEY cannot read {path}: it was written with another key. If the "
            "key was rotated since, put the old one in SPARKLE_OLD_DATA_KEYS, restore, then run "
            "`sparkle-bot rotate-key`; nothing was changed"
        ) from None


def backup(database: Path, destination: Path, cipher: Cipher) -> None:
    """Copy the live database to `destination` (which must not exist) and verify the copy."""
    if not database.is_file():
        raise BackupError(
            f"there is no database at {database} yet: start the bot or run `sparkle-bot "
            "migrate` (or fix DATABASE_URL)"
        )
    if destination.exists():
        raise BackupError(f"{destination} already exists: choose a new file name")
    if not destination.parent.is_dir():
        raise BackupError(
            f"folder {destination.parent} does not exist: create it first (see the README, "
            "Backups), or choose another"
        )
    try:
        _copy(database, destination)
    except OSError as exc:
        raise BackupError(_write_problem(destination, exc)) from None
    except sqlite3.Error as exc:
        raise BackupError(f"could not copy {database} to {destination}: {exc}") from None
    try:
        _verify(destination, cipher)
    except BackupError:
        destination.unlink(missing_ok=True)
        raise


def _write_problem(destination: Path, exc: OSError) -> str:
    """What went wrong writing a backup, in words, and what to do (never an errno)."""
    folder = destination.parent
    if exc.errno == errno.ENOSPC:
        return f"the disk holding {folder} is full: free some space, or choose another folder"
    reason = (exc.strerror or type(exc).__name__).lower()
    return (
        f"cannot write to {folder} ({reason}): choose a folder the user running sparkle-bot "
        "can write to"
    )


def restore(source: Path, database: Path, cipher: Cipher, *, clock: Clock) -> Path | None:
    """Replace the database with a copy of `source`, once the current key is shown to read it.

    Returns where the replaced database was kept (None when there was none). Refused while
    the bot runs on it (`running_on`): it would go on writing to the file being replaced.
    """
    if source.is_dir():
        raise BackupError(f"{source} is a folder: name a backup file in it")
    if not source.is_file():
        raise BackupError(f"there is no backup at {source}: check the file name")
    _verify(source, cipher)
    with _none_running_on(database):
        return _replace(source, database, clock)


def _replace(source: Path, database: Path, clock: Clock) -> Path | None:
    staged = database.with_name(database.name + ".restoring")
    staged.unlink(missing_ok=True)
    try:
        _copy(source, staged)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"could not copy {source}: {exc}") from None
    kept: Path | None = None
    if database.exists() and database.stat().st_size == 0:
        database.unlink()  # an empty placeholder, not a database worth keeping
    if database.exists():
        stamp = clock().strftime("%Y%m%dT%H%M%SZ")
        kept = database.with_name(f"{database.name}.before-restore-{stamp}")
        conn = sqlite3.connect(database)
        try:  # fold the write-ahead log into the file, so the kept copy is complete
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        database.rename(kept)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                database.with_name(database.name + suffix).unlink()
    os.replace(staged, database)
    return kept
