"""Database problems in words: an SQLite file's folder, connection failures of any driver, and
what kind of failure stopped a write the bot was making.

Each function returns one line saying what is wrong and what to do, never a class name alone
and never a password.
"""

from __future__ import annotations

import enum
import errno
import os
import re
import socket
from pathlib import Path

from sqlalchemy.engine import make_url

_GRANT = ": give this user write access to it, or fix DATABASE_URL"


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def sqlite_problem(path: Path, *, create: bool) -> str | None:
    """What stops SQLite from using `path`, or None.

    With `create`, a missing database folder is made (readable only by this user) when the
    folder above it exists, and a missing file is created empty, readable only by this user.
    Without it (for `check`) nothing is created, and a missing file is a problem.
    """
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        return f"{folder} is not a folder: fix DATABASE_URL or move that file away"
    if not folder.exists():
        if not create:
            return f"no database at {path}: its folder {folder} does not exist yet"
        if not folder.parent.is_dir():
            return f"the database folder {folder} does not exist: create it or fix DATABASE_URL"
        try:
            folder.mkdir(mode=0o700)
        except OSError as exc:
            return (
                f"cannot create the database folder {folder} ({_reason(exc)}): give this user "
                "write access to its parent, or fix DATABASE_URL"
            )
    if path.is_dir():
        return f"{path} is a folder, not a database file: fix DATABASE_URL"
    if not path.exists():
        if not create:
            return f"no database at {path} yet: start the bot or run `sparkle-bot migrate`"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"the database folder {folder} is not writable by this user" + _GRANT
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            return (
                f"cannot create the database {path} ({_reason(exc)}): give this user write "
                "access to its folder, or fix DATABASE_URL"
            )
        return None
    if not os.access(path, os.R_OK | os.W_OK):
        return f"the database {path} is not readable and writable by this user" + _GRANT
    if create and not os.access(folder, os.W_OK | os.X_OK):
        # SQLite writes its -wal and -shm files beside the database.
        return f"the database folder {folder} is not writable by this user" + _GRANT
    return None


def _server(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and what caused it (SQLAlchemy wraps the driver's error)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return seen


# asyncpg's error for a server that is starting up, shutting down or in recovery
_NOT_YET = frozenset({"CannotConnectNowError"})
# no route to the server: the network is not up yet
_NO_ROUTE = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN})


def unreachable(exc: BaseException) -> bool:
    """Whether the database server could not be reached at all (refused, not found, no
    answer, still starting): a state that passes by itself, unlike a wrong login or file."""
    for error in _chain(exc):
        text = str(error).splitlines()[0] if str(error) else ""
        if isinstance(error, socket.gaierror | ConnectionRefusedError | TimeoutError):
            return True
        if type(error).__name__ in _NOT_YET or "Connect call failed" in text:
            return True
        if isinstance(error, OSError) and error.errno in _NO_ROUTE:
            return True
    return False


# alembic's words for a schema revision missing from this version's migrations
_UNKNOWN_REVISION = re.compile(
    r"(?:No such revision or branch|Can't locate revision identified by) '([^']+)'"
)


def describe_error(exc: BaseException, url: str) -> str:
    """One line, in words, for a failure to open or use the database at `url`."""
    parsed = make_url(url)
    for error in _chain(exc):
        name = type(error).__name__
        text = str(error).splitlines()[0] if str(error) else ""
        if isinstance(error, ModuleNotFoundError) and error.name == "asyncpg":
            return (
                "PostgreSQL needs the postgres extra: pip install 'sparkle-bot[postgres]' "
                "(or '.[postgres]' in the source folder)"
            )
        if isinstance(error, socket.gaierror):
            return f"cannot find the database host {parsed.host!r}: check DATABASE_URL"
        if isinstance(error, ConnectionRefusedError) or "Connect call failed" in text:
            return (
                f"PostgreSQL at {_server(url)} refused the connection: is it running, "
                "and listening on that address and port?"
            )
        if name in ("InvalidPasswordError", "InvalidAuthorizationSpecificationError"):
            return (
                f"PostgreSQL at {_server(url)} rejected the login for user "
                f"{parsed.username!r}: check the user and password in DATABASE_URL"
            )
        if name == "InvalidCatalogNameError":
            return (
                f"the database {parsed.database!r} does not exist on {_server(url)}: "
                "create it (createdb) or fix DATABASE_URL"
            )
        if isinstance(error, TimeoutError):
            return (
                f"the database server at {_server(url)} did not answer in time: check that it "
                "is running and reachable, then try again"
            )
        if "database disk image is malformed" in text:
            return (
                f"the database {parsed.database} is damaged (SQLite: {text}): restore your "
                "latest backup with `sparkle-bot restore` (see the README, Backups)"
            )
        if "file is not a database" in text:
            return f"{parsed.database} is not an SQLite database: fix DATABASE_URL"
        if "unable to open database file" in text:
            return f"SQLite cannot open {parsed.database}: check that its folder exists"
        if "readonly database" in text or "read-only" in text:
            return (
                f"the database {parsed.database} is read-only for this user: give it write "
                "access to the file and its folder, or fix DATABASE_URL"
            )
        if "database is locked" in text:
            return (
                f"the database {parsed.database} is locked by another program: stop it (a "
                "database browser, a copy of the file under way), then try again"
            )
        newer = _UNKNOWN_REVISION.search(text)
        if newer and name in ("ResolutionError", "CommandError"):
            return (
                f"the database {parsed.render_as_string(hide_password=True)} was upgraded by a "
                f"newer version of Sparkle (schema {newer[1]}, unknown to this one): run that "
                "version again, or `sparkle-bot restore` a backup made with this one"
            )
    first = _chain(exc)[-1]
    detail = str(first).splitlines()[0] if str(first) else ""
    if parsed.password:
        detail = detail.replace(parsed.password, "***")
    return f"cannot use the database {parsed.render_as_string(hide_password=True)}: " + (
        f"{type(first).__name__}: {detail}" if detail else type(first).__name__
    )


class Failure(enum.Enum):
    """What stopped a database call, as far as a member needs to know it."""

    BUSY = "busy"  # locked by another writer, or it did not answer in time: try again soon
    DOWN = "down"  # could not be reached, opened or written to at all
    OTHER = "other"  # anything else: a fault of ours


# Driver error names (asyncpg's, SQLAlchemy's) and message fragments of each kind.
_BUSY_NAMES = frozenset(
    {
        "TimeoutError",
        "LockNotAvailableError",
        "DeadlockDetectedError",
        "SerializationError",
        "QueryCanceledError",
    }
)
_BUSY_TEXTS = ("database is locked", "database table is locked", "database is busy")
_DOWN_NAMES = frozenset(
    {
        "CannotConnectNowError",
        "ConnectionDoesNotExistError",
        "ConnectionFailureError",
        "AdminShutdownError",
        "CrashShutdownError",
        "TooManyConnectionsError",
        "InvalidCatalogNameError",
        "InvalidPasswordError",
    }
)
_DOWN_TEXTS = (
    "unable to open database file",
    "disk i/o error",
    "readonly database",
    "database or disk is full",
    "file is not a database",
    "database disk image is malformed",
    "connection is closed",
    "connect call failed",
    "not currently accepting connections",
    "the database system is shutting down",
)


def failure_of(exc: BaseException) -> Failure:
    """Whether `exc` (or what caused it) says the database was busy, down, or neither."""
    for error in _chain(exc):
        name = type(error).__name__
        text = str(error).lower()
        if isinstance(error, TimeoutError) or name in _BUSY_NAMES:
            return Failure.BUSY
        if any(t in text for t in _BUSY_TEXTS):
            return Failure.BUSY
        if isinstance(error, OSError) or name in _DOWN_NAMES:
            return Failure.DOWN
        if getattr(error, "connection_invalidated", False):
            return Failure.DOWN
        if any(t in text for t in _DOWN_TEXTS):
            return Failure.DOWN
    return Failure.OTHER
