"""Settings: one clear line naming the setting, exit status 2, never the secret itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main, new_key
from bot.settings import SettingsError, decode_data_key, load_settings
from tests.conftest import FAKE_TOKEN, TEST_KEY


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (
        "DISCORD_TOKEN",
        "SPARKLE_DATA_KEY",
        "DATABASE_URL",
        "SPARKLE_DEV_GUILD_ID",
        "LOG_LEVEL",
    ):
        monkeypatch.delenv(name, raising=False)


def test_missing_token_names_the_setting() -> None:
    with pytest.raises(SettingsError, match=r"^DISCORD_TOKEN is missing"):
        load_settings()


def test_malformed_token_is_refused_without_echoing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-token-s3cr3t")
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(caught.value).startswith("DISCORD_TOKEN does not look like a Discord bot token")
    assert "s3cr3t" not in str(caught.value)


@pytest.mark.parametrize("key", ["", "abc", "!!!not base64!!!", new_key()[:20]])
def test_malformed_data_key_is_refused(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", key)
    with pytest.raises(SettingsError, match=r"^SPARKLE_DATA_KEY "):
        load_settings()


def test_bad_database_url_and_log_level_name_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    monkeypatch.setenv("DATABASE_URL", "mysql://x")
    with pytest.raises(SettingsError, match=r"^DATABASE_URL must start with"):
        load_settings()
    monkeypatch.setenv("DATABASE_URL", "sqlite+aiosqlite:///x.db")
    monkeypatch.setenv("LOG_LEVEL", "loud")
    with pytest.raises(SettingsError, match=r"^LOG_LEVEL is invalid"):
        load_settings()
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("SPARKLE_DEV_GUILD_ID", "abc")
    with pytest.raises(SettingsError, match=r"^SPARKLE_DEV_GUILD_ID is invalid"):
        load_settings()


def test_settings_read_dot_env(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n")
    settings = load_settings()
    assert settings.discord_token.get_secret_value() == FAKE_TOKEN
    assert settings.database_url == "sqlite+aiosqlite:///data/sparkle.db"
    assert FAKE_TOKEN not in repr(settings) and TEST_KEY not in repr(settings)


def test_generated_keys_are_32_random_bytes() -> None:
    a, b = new_key(), new_key()
    assert a != b and len(decode_data_key(a)) == 32


def test_run_without_token_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "sparkle-bot: DISCORD_TOKEN is missing: copy it from the Developer Portal "
        "(Bot → Reset Token) or run `sparkle-bot init`"
    ]
    assert "Traceback" not in result.stderr


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("run", "migrate", "check", "init", "keygen"):
        assert name in out


def test_init_writes_a_private_env_and_migrates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from bot import cli

    assert cli.cmd_init(ask=lambda _prompt: FAKE_TOKEN) == 0
    env = tmp_path / ".env"
    assert env.stat().st_mode & 0o777 == 0o600
    text = env.read_text()
    assert f"DISCORD_TOKEN={FAKE_TOKEN}" in text and "SPARKLE_DATA_KEY=" in text
    assert (tmp_path / "data" / "sparkle.db").exists()
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "ok  migrations" in out and "ok  key check" in out
    assert FAKE_TOKEN not in out
    assert cli.cmd_init(ask=lambda _prompt: FAKE_TOKEN) == 2  # never overwrites


def test_check_reports_a_wrong_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    assert main(["migrate"]) == 0
    monkeypatch.setenv("SPARKLE_DATA_KEY", new_key())
    assert main(["check"]) == 1
    assert "BAD key check" in capsys.readouterr().out
    assert main(["migrate"]) == 2
