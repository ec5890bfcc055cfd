"""Every start-up failure: one line on stderr (at most two), no traceback, a documented status."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import EXIT_CONFIG, EXIT_DATABASE, EXIT_DATABASE_UNREACHABLE, EXIT_DISCORD
from tests.conftest import FAKE_TOKEN, TEST_KEY
from tests.unit.cli_process import ROOT, Result, clean_env, run_cli


def assert_one_line(result: Result, status: int, *words: str) -> str:
    assert "Traceback" not in result.err, result.err
    assert 1 <= len(result.err_lines) <= 2, result.err
    assert result.status == status, result.err
    line = result.err_lines[-1]
    assert line.startswith("sparkle-bot: ")
    for word in words:
        assert word in line, line
    assert FAKE_TOKEN not in result.err + result.out and TEST_KEY not in result.err + result.out
    return line


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return clean_env(tmp_path, DISCORD_TOKEN=FAKE_TOKEN, SPARKLE_DATA_KEY=TEST_KEY, **extra)


def test_discord_unreachable(tmp_path: Path) -> None:
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path))
    assert_one_line(result, EXIT_DISCORD, "cannot reach Discord", "check the network")
    # The database and key were ready before Discord was tried.
    assert (tmp_path / "config" / "sparkle" / "data" / "sparkle.db").is_file()


@pytest.fixture
def refusing_discord() -> Iterator[str]:
    """A local stand-in for Discord's API that answers 401 to everything."""

    class Refuse(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"message": "401: Unauthorized", "code": 0}'
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v10"
    server.shutdown()


def test_token_refused(tmp_path: Path, refusing_discord: str) -> None:
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path), discord_api=refusing_discord)
    assert_one_line(result, EXIT_CONFIG, "Discord refused DISCORD_TOKEN")


def test_wrong_key_is_found_before_discord_is_tried(tmp_path: Path) -> None:
    from bot.cli import new_key

    assert run_cli(["migrate"], cwd=tmp_path, env=_env(tmp_path)).status == 0
    env = _env(tmp_path) | {"SPARKLE_DATA_KEY": new_key()}
    result = run_cli(["run"], cwd=tmp_path, env=env)  # Discord is unreachable too
    assert_one_line(result, EXIT_CONFIG, "SPARKLE_DATA_KEY does not match")


def test_database_folder_missing(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/no/such/folder/sparkle.db"
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert_one_line(result, EXIT_DATABASE, "does not exist", str(tmp_path / "no/such/folder"))


def test_database_folder_not_writable(tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root may write anywhere on disk: use a folder no one can write
        url = "sqlite+aiosqlite:////proc/sparkle.db"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        url = f"sqlite+aiosqlite:///{locked}/sparkle.db"
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert_one_line(result, EXIT_DATABASE, "database")


def test_database_folder_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    url = f"sqlite+aiosqlite:///{tmp_path}/data/sparkle.db"
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert_one_line(result, EXIT_DATABASE, "is not a folder")


def test_three_slashes_where_four_were_meant(tmp_path: Path) -> None:
    url = "sqlite+aiosqlite:///etc/sparkle/sparkle.db"
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert_one_line(result, EXIT_CONFIG, "four slashes", "sqlite+aiosqlite:////etc/sparkle")
    assert not (tmp_path / "etc").exists()


def test_postgres_extra_not_installed(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://sparkle@127.0.0.1:9/sparkle"
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url), block="asyncpg")
    assert_one_line(result, EXIT_DATABASE, "sparkle-bot[postgres]")


def test_postgres_refusing_connections(tmp_path: Path) -> None:
    # a server not up yet (rebooting beside the bot): a status the service manager retries
    url = "postgresql+asyncpg://sparkle:pw-s3cret@127.0.0.1:9/sparkle"  # pragma: allowlist secret
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    line = assert_one_line(
        result, EXIT_DATABASE_UNREACHABLE, "refused the connection", "127.0.0.1:9"
    )
    assert "pw-s3cret" not in line


def test_postgres_host_not_found_is_retried_too(tmp_path: Path) -> None:
    # no name service yet at boot looks the same as a mistyped host: both are worth a retry
    url = "postgresql+asyncpg://sparkle@no-such-host.invalid:5432/sparkle"
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert_one_line(result, EXIT_DATABASE_UNREACHABLE, "cannot find the database host")


def test_the_service_retries_what_passes_by_itself_and_not_what_needs_a_person() -> None:
    unit = (Path(__file__).parents[2] / "deploy/sparkle-bot.service").read_text(encoding="utf-8")
    settings = dict(
        line.split("=", 1) for line in unit.splitlines() if "=" in line and line[0] != "#"
    )
    assert settings["Restart"] == "on-failure"
    prevented = {int(status) for status in settings["RestartPreventExitStatus"].split()}
    assert prevented == {EXIT_CONFIG, EXIT_DATABASE}
    assert not {EXIT_DATABASE_UNREACHABLE, EXIT_DISCORD} & prevented


def test_postgres_rejecting_the_login(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    server = request.config.getoption("--postgres-url")
    if not server:
        pytest.skip("needs --postgres-url / SPARKLE_TEST_POSTGRES_URL")
    base = server.split("@", 1)[1]
    url = f"postgresql+asyncpg://no_such_role:pw@{base}"  # pragma: allowlist secret
    result = run_cli(["run"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert_one_line(result, EXIT_DATABASE, "rejected the login", "no_such_role")


def test_check_recognises_the_example_placeholder(tmp_path: Path) -> None:
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    result = run_cli(["check"], cwd=tmp_path, env=clean_env(tmp_path))
    assert_one_line(result, EXIT_CONFIG, "DISCORD_TOKEN is still the placeholder")


def test_check_describes_database_failures_in_words(tmp_path: Path) -> None:
    (tmp_path / "garbage.db").write_bytes(b"this is not an sqlite file at all" * 200)
    cases = {
        f"sqlite+aiosqlite:///{tmp_path}/garbage.db": "is not an SQLite database",
        "postgresql+asyncpg://u:p@127.0.0.1:9/x": "refused the connection",
        "postgresql+asyncpg://u:p@no-such-host.invalid:5432/x": "cannot find the database host",
        f"sqlite+aiosqlite:///{tmp_path}/a-file/x.db": "is not a folder",
    }
    (tmp_path / "a-file").write_text("")
    for url, words in cases.items():
        result = run_cli(["check"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
        assert result.status == 1, result.err
        assert "Traceback" not in result.err and not result.err_lines, result.err
        bad = [line for line in result.out.splitlines() if line.startswith("BAD")]
        assert len(bad) == 1 and words in bad[0], result.out
        assert "Error" not in bad[0].split(":", 1)[0]  # words, not a bare class name


@pytest.mark.parametrize(
    ("saved_as", "encode"),
    [
        ("UTF-16 (Notepad's 'Unicode')", lambda text: text.encode("utf-16")),
        ("Latin-1", lambda text: ("# Réglages du bot\n" + text).encode("latin-1")),
    ],
)
def test_settings_file_not_saved_as_utf8(tmp_path: Path, saved_as: str, encode) -> None:
    """A .env an editor saved in another encoding: one line naming the file and what to do,
    never a traceback (nor a token or key echoed back)."""
    (tmp_path / ".env").write_bytes(
        encode(f"DISCORD_TOKEN={FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n")
    )
    for command in ("run", "check"):
        result = run_cli([command], cwd=tmp_path, env=clean_env(tmp_path))
        assert_one_line(result, EXIT_CONFIG, str(tmp_path / ".env"), "UTF-8", "save it")


def test_database_from_a_newer_version(tmp_path: Path) -> None:
    """A database a newer Sparkle upgraded (then this older one started on it, say after a
    rollback): one line saying so and what to do, not alembic's 'No such revision'."""
    import sqlite3

    db = tmp_path / "sparkle.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('f00dfeedbeef')")
    url = f"sqlite+aiosqlite:///{db}"
    for command in ("run", "migrate"):
        result = run_cli([command], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
        line = assert_one_line(result, EXIT_DATABASE, "newer version of Sparkle", "f00dfeedbeef")
        assert "sparkle-bot restore" in line and "No such revision" not in line
    checked = run_cli(["check"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert checked.status == 1 and "Traceback" not in checked.err
    (line,) = [x for x in checked.out.splitlines() if "migrations" in x]
    assert "newer version of Sparkle" in line and "sparkle-bot migrate" not in line, line


def test_settings_file_that_is_a_folder(tmp_path: Path) -> None:
    """A `.env` made as a folder (a file manager's "new folder", a container volume mounted
    where the file should be): one line saying so, not a silent fallback whose error then
    blames a missing DISCORD_TOKEN."""
    (tmp_path / ".env").mkdir()
    for command in ("run", "check"):
        result = run_cli([command], cwd=tmp_path, env=clean_env(tmp_path))
        line = assert_one_line(result, EXIT_CONFIG, str(tmp_path / ".env"), "folder")
        assert "DISCORD_TOKEN" not in line, line
    named = tmp_path / "settings"
    named.mkdir()
    for argv in (["--env-file", str(named), "check"], ["check", "--env-file", str(named)]):
        result = run_cli(argv, cwd=tmp_path, env=clean_env(tmp_path))
        assert_one_line(result, EXIT_CONFIG, str(named), "folder")


def test_check_after_a_first_migration_was_interrupted(tmp_path: Path) -> None:
    """A first `migrate` (or first start) stopped part-way leaves the database file with no
    tables (the migration is one transaction): `check` says to run `migrate`, once, and does
    not also call the database unusable with a driver's error."""
    import sqlite3

    db = tmp_path / "sparkle.db"
    sqlite3.connect(db).close()
    url = f"sqlite+aiosqlite:///{db}"
    result = run_cli(["check"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert result.status == 1 and "Traceback" not in result.err, result.err
    bad = [line for line in result.out.splitlines() if line.startswith("BAD")]
    assert len(bad) == 1 and "run `sparkle-bot migrate`" in bad[0], result.out
    assert "Error" not in result.out, result.out
    assert run_cli(["migrate"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url)).status == 0
    assert run_cli(["check"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url)).status == 0


SECRET_PASSWORD = "pw-s3cret"  # pragma: allowlist secret


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (f"postgresql+asyncpg://sparkle:{SECRET_PASSWORD}@db-host:fivefour/sparkle", "port"),
        (f"postgresql+asyncpg://sparkle:pw@{SECRET_PASSWORD}@127.0.0.1:9/sparkle", "%40"),
    ],
    ids=["port not a number", "password with an unescaped @"],
)
def test_database_url_that_cannot_be_read(tmp_path: Path, url: str, words: str) -> None:
    """A DATABASE_URL mistyped, or with a password holding `@`: one line saying how to write
    it, for every command, and never any part of the password."""
    for command in ("check", "migrate", "run"):
        result = run_cli([command], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
        line = assert_one_line(result, EXIT_CONFIG, "DATABASE_URL", words)
        assert "s3cret" not in result.out + result.err, line


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (f'DISCORD_TOKEN="{FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n', "quote"),
        (f"{FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n", "NAME=value"),
    ],
    ids=["unclosed quote", "a value without its name"],
)
def test_settings_file_line_that_cannot_be_read(tmp_path: Path, content: str, words: str) -> None:
    """A line of .env its reader cannot take (an unclosed quote; the token pasted without
    `DISCORD_TOKEN=`): one line naming the file, the line and what to fix, rather than a
    library's warning followed by "DISCORD_TOKEN is missing"; the line itself is not shown."""
    (tmp_path / ".env").write_text(content, encoding="utf-8")
    for command in ("check", "run"):
        result = run_cli([command], cwd=tmp_path, env=clean_env(tmp_path))
        line = assert_one_line(result, EXIT_CONFIG, f"line 1 of {tmp_path / '.env'}", words)
        assert len(result.err_lines) == 1 and "python-dotenv" not in result.err, result.err
        assert "is missing" not in line, line


def test_damaged_database_file_points_to_restore(tmp_path: Path) -> None:
    """A database file damaged on disk (a disk fault, a copy cut short): one line saying it is
    damaged and to restore the latest backup, for `run` and `migrate` and in `check`."""
    db = tmp_path / "sparkle.db"
    url = f"sqlite+aiosqlite:///{db}"
    assert run_cli(["migrate"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url)).status == 0
    with db.open("r+b") as handle:
        handle.truncate(5000)  # the header still counts the pages that are gone
    for command in ("run", "migrate"):
        result = run_cli([command], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
        assert_one_line(result, EXIT_DATABASE, "is damaged", "sparkle-bot restore")
    checked = run_cli(["check"], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
    assert checked.status == 1 and "Traceback" not in checked.err, checked.err
    bad = [line for line in checked.out.splitlines() if line.startswith("BAD")]
    assert bad and all("is damaged" in line for line in bad), checked.out


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("sqlite+aiosqlite://data/sparkle.db", "sqlite+aiosqlite:///data/sparkle.db"),
        ("sqlite+aiosqlite://", "names no database file"),
        ("sqlite+aiosqlite:///:memory:", "names no database file"),
    ],
    ids=["two slashes", "no path", "in memory"],
)
def test_sqlite_url_without_a_file(tmp_path: Path, url: str, words: str) -> None:
    """An SQLite URL with two slashes, or naming no file (nothing would be kept): one line
    showing how to write it, as a wrong setting, not a driver's error."""
    for command in ("check", "run"):
        result = run_cli([command], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
        line = assert_one_line(result, EXIT_CONFIG, "DATABASE_URL", words)
        assert "Error" not in line, line


def test_a_database_folder_it_cannot_write_says_what_to_do(tmp_path: Path) -> None:
    """The database folder (or file) this user cannot write: one line naming it and saying to
    give this user write access or fix DATABASE_URL, for `run` and `migrate`."""
    if os.geteuid() == 0:  # root may write anywhere on disk: use a folder no one can write
        url = "sqlite+aiosqlite:////proc/sparkle.db"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        url = f"sqlite+aiosqlite:///{locked}/sparkle.db"
    for command in ("run", "migrate"):
        result = run_cli([command], cwd=tmp_path, env=_env(tmp_path, DATABASE_URL=url))
        assert_one_line(result, EXIT_DATABASE, "write access", "or fix DATABASE_URL")
