"""One home for settings and data, whatever the current directory."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FAKE_TOKEN, TEST_KEY
from tests.unit.cli_process import clean_env, run_cli


def _lines(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


def test_the_config_folder_is_found_from_any_directory(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    home = tmp_path / "config" / "sparkle"
    home.mkdir(parents=True)
    (home / ".env").write_text(
        f"DISCORD_TOKEN={FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n"
        "DATABASE_URL=sqlite+aiosqlite:///data/sparkle.db\n"
    )
    first, second = tmp_path / "clone", tmp_path / "elsewhere"
    first.mkdir()
    second.mkdir()
    migrated = run_cli(["migrate"], cwd=first, env=env)
    assert migrated.status == 0, migrated.err
    checked = run_cli(["check"], cwd=second, env=env)
    assert checked.status == 0, checked.out + checked.err
    database = home / "data" / "sparkle.db"
    assert f"Settings: {home / '.env'}" in migrated.out
    assert f"Database: sqlite+aiosqlite:///{database}" in migrated.out
    assert f"ok  settings    {home / '.env'}" in checked.out
    assert f"ok  database    sqlite+aiosqlite:///{database}" in checked.out
    assert "ok  key check" in checked.out
    assert not (first / "data").exists() and not (second / "data").exists()
    assert FAKE_TOKEN not in checked.out + migrated.out


def test_env_file_names_the_settings_and_the_database_sits_beside_it(tmp_path: Path) -> None:
    install = tmp_path / "srv" / "sparkle"
    install.mkdir(parents=True)
    settings = install / "sparkle.env"
    settings.write_text(f"DISCORD_TOKEN={FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n")
    env = clean_env(tmp_path)
    # A stray ./.env in the current folder is ignored once a file is named.
    (tmp_path / ".env").write_text("DISCORD_TOKEN=broken\n")
    by_flag = run_cli(["--env-file", str(settings), "migrate"], cwd=tmp_path, env=env)
    assert by_flag.status == 0, by_flag.err
    by_variable = run_cli(["check"], cwd=tmp_path, env=env | {"SPARKLE_ENV_FILE": str(settings)})
    assert by_variable.status == 0, by_variable.out + by_variable.err
    assert (install / "data" / "sparkle.db").is_file()
    assert str(install / "data" / "sparkle.db") in by_variable.out


def test_check_never_creates_a_database(tmp_path: Path) -> None:
    env = clean_env(tmp_path, DISCORD_TOKEN=FAKE_TOKEN, SPARKLE_DATA_KEY=TEST_KEY)
    result = run_cli(["check"], cwd=tmp_path, env=env)
    assert result.status == 1
    assert "BAD database" in result.out and "no database at" in result.out
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "config" / "sparkle" / "data" / "sparkle.db").exists()


def test_a_named_settings_file_that_is_missing_is_one_line(tmp_path: Path) -> None:
    result = run_cli(
        ["--env-file", str(tmp_path / "nope.env"), "check"], cwd=tmp_path, env=clean_env(tmp_path)
    )
    assert result.status == 2
    assert result.err_lines == [
        f"sparkle-bot: settings file {tmp_path / 'nope.env'} does not exist "
        "(from --env-file or SPARKLE_ENV_FILE)"
    ]


def test_init_refuses_a_second_key_beside_existing_data(tmp_path: Path) -> None:
    from bot.cli import cmd_init

    data = tmp_path / "data"
    data.mkdir()
    (data / "sparkle.db").write_bytes(b"")
    asked: list[str] = []
    assert cmd_init(tmp_path / ".env", ask=lambda p: asked.append(p) or FAKE_TOKEN) == 2
    assert not (tmp_path / ".env").exists() and not asked


PLACEHOLDER = "MTAwMDAwMDAwMDAwMDAwMDAwMA.XXXXXX.replace-with-xxxxxxxxx"  # pragma: allowlist secret


def test_init_asks_again_after_a_malformed_token(tmp_path: Path) -> None:
    from bot.cli import cmd_init

    answers = iter(
        [
            "not a token",
            PLACEHOLDER,
            FAKE_TOKEN,
        ]
    )
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    assert cmd_init(tmp_path / "sparkle" / ".env", ask=ask) == 0
    assert len(prompts) == 3
    assert f"DISCORD_TOKEN={FAKE_TOKEN}" in (tmp_path / "sparkle" / ".env").read_text()
    assert (tmp_path / "sparkle" / "data" / "sparkle.db").is_file()


def _unreadable(monkeypatch, settings: Path, how: str) -> None:
    """Make `settings` unreadable for this process the way Linux does for another user: its
    folder not searchable (every look at it refused), or the file itself not readable.
    (Root reads everything, so the refusal is made here rather than with chmod.)"""
    import pathlib

    real_stat, real_open = pathlib.Path.stat, pathlib.Path.open

    def stat(self, *args, **kwargs):
        if how == "folder" and self == settings:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    def open_(self, *args, **kwargs):
        if self == settings:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", stat)
    monkeypatch.setattr(pathlib.Path, "open", open_)


def test_a_settings_file_this_user_cannot_read_is_one_line(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """An admin running `sparkle-bot check` as herself on the service's settings (readable by
    the service's group only): one line saying to run it as the service user, no traceback."""
    import pytest

    from bot.cli import main

    settings = tmp_path / "sparkle.env"
    settings.write_text(f"DISCORD_TOKEN={FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SPARKLE_ENV_FILE", str(settings))
    for how in ("folder", "file"):
        with pytest.MonkeyPatch.context() as patch:
            _unreadable(patch, settings, how)
            for command in ("check", "run", "backup"):
                argv = [command] if command != "backup" else [command, str(tmp_path / "b.db")]
                assert main(argv) == 2
                err = capsys.readouterr().err
                assert err.count("\n") == 1 and "Traceback" not in err, err
                assert f"cannot read the settings file {settings}" in err, err
                assert "runuser -u sparkle" in err and FAKE_TOKEN not in err, err
