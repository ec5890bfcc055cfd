"""Settings: one clear line naming the setting, exit status 2, never the secret itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.cli import main, new_key
from bot.settings import Settings, SettingsError, decode_data_key, load_settings
from tests.conftest import FAKE_TOKEN, TEST_KEY
from tests.pages import save_sparkle_page
from tests.unit.cli_process import run_python


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in (
        "DISCORD_TOKEN",
        "SPARKLE_DATA_KEY",
        "DATABASE_URL",
        "SPARKLE_DEV_GUILD_ID",
        "LOG_LEVEL",
        "LOG_FORMAT",
        "SPARKLE_ENV_FILE",
        "SPARKLE_OLD_DATA_KEYS",
        "SHARD_COUNT",
        "SHARD_IDS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


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


@pytest.mark.parametrize("key", ["", "abc", "!!!not base64!!!", TEST_KEY[:20]])  # last: short
def test_malformed_data_key_is_refused(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", key)
    with pytest.raises(SettingsError, match=r"^SPARKLE_DATA_KEY "):
        load_settings()


def _refused(monkeypatch: pytest.MonkeyPatch, match: str, **env: str) -> None:
    """With `env` set on top of what is set already, loading fails with a message matching."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=match):
        load_settings()


def _token_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)


def test_bad_database_url_and_log_level_name_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    _token_and_key(monkeypatch)
    _refused(monkeypatch, r"^DATABASE_URL must start with", DATABASE_URL="mysql://x")
    sqlite = "sqlite+aiosqlite:///x.db"
    _refused(monkeypatch, r"^LOG_LEVEL is invalid", DATABASE_URL=sqlite, LOG_LEVEL="loud")
    guild = {"LOG_LEVEL": "debug", "SPARKLE_DEV_GUILD_ID": "abc"}
    _refused(monkeypatch, r"^SPARKLE_DEV_GUILD_ID is invalid", **guild)


def test_settings_read_dot_env(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={FAKE_TOKEN}\nSPARKLE_DATA_KEY={TEST_KEY}\n")
    settings = load_settings()
    assert settings.discord_token.get_secret_value() == FAKE_TOKEN
    # The default relative path is resolved beside the settings file, as an absolute path.
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path}/data/sparkle.db"
    assert FAKE_TOKEN not in repr(settings) and TEST_KEY not in repr(settings)


def test_generated_keys_are_32_random_bytes() -> None:
    a, b = new_key(), new_key()
    assert a != b and len(decode_data_key(a)) == 32


def test_run_without_token_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    result = run_python(["-m", "bot", "run"], cwd=tmp_path, timeout=60)
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

    env = tmp_path / ".env"
    assert cli.cmd_init(env, ask=lambda _prompt: FAKE_TOKEN) == 0
    assert env.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "data" / "sparkle.db").stat().st_mode & 0o777 == 0o600
    text = env.read_text()
    assert f"DISCORD_TOKEN={FAKE_TOKEN}" in text and "SPARKLE_DATA_KEY=" in text
    assert (tmp_path / "data" / "sparkle.db").exists()
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "ok  migrations" in out and "ok  key check" in out
    assert FAKE_TOKEN not in out
    assert cli.cmd_init(env, ask=lambda _prompt: FAKE_TOKEN) == 2  # never overwrites


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


def test_shard_settings_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    _token_and_key(monkeypatch)
    _refused(monkeypatch, r"^SHARD_IDS needs SHARD_COUNT$", SHARD_IDS="0,1")
    below = r"^SHARD_IDS must be below SHARD_COUNT \(2\)$"
    _refused(monkeypatch, below, SHARD_COUNT="2", SHARD_IDS="1,2")
    _refused(monkeypatch, r"^SHARD_IDS must be shard numbers", SHARD_IDS="zero")
    monkeypatch.setenv("SHARD_IDS", "1, 0")
    assert load_settings().shard_id_list == [0, 1]


def test_old_data_keys_must_be_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    _token_and_key(monkeypatch)
    _refused(monkeypatch, r"^SPARKLE_OLD_DATA_KEYS ", SPARKLE_OLD_DATA_KEYS=f"{new_key()},short")
    old = new_key()
    monkeypatch.setenv("SPARKLE_OLD_DATA_KEYS", old)
    assert load_settings().old_key_bytes == (decode_data_key(old),)


def test_rotate_key_rewraps_every_user_key_and_is_restartable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import asyncio

    from storage.crypto import Cipher
    from storage.repos import Repositories

    old, new = new_key(), new_key()
    url = f"sqlite+aiosqlite:///{tmp_path}/rotate.db"
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("SPARKLE_DATA_KEY", old)
    assert main(["migrate"]) == 0

    async def write_answers() -> list[int]:
        from datetime import UTC, datetime

        repos = Repositories.open(url, decode_data_key(old), clock=lambda: datetime.now(UTC))
        ids = []
        for i in range(7):
            header = await save_sparkle_page(
                repos.entries, 1 + i % 2, {"moment": f"answer {i} 🙂", "signs": "\x00x"}
            )
            assert header is not None
            ids.append(header.id)
        await repos.close()
        return ids

    ids = asyncio.run(write_answers())
    monkeypatch.setenv("SPARKLE_DATA_KEY", new)
    assert main(["rotate-key"]) == 2  # no old key given: told what to set
    monkeypatch.setenv("SPARKLE_OLD_DATA_KEYS", old)
    assert main(["rotate-key"]) == 0
    assert "Rewrapped 2 user keys" in capsys.readouterr().out  # 7 entries by 2 authors
    assert main(["rotate-key"]) == 0  # a second run finds nothing left to do
    assert "Rewrapped 0 user keys" in capsys.readouterr().out

    monkeypatch.delenv("SPARKLE_OLD_DATA_KEYS")
    assert main(["check"]) == 0  # the new key alone now reads everything

    async def read_back() -> None:
        from datetime import UTC, datetime

        repos = Repositories.open(url, decode_data_key(new), clock=lambda: datetime.now(UTC))
        for i, entry_id in enumerate(ids):
            record = await repos.entries.get(entry_id, 1 + i % 2)
            assert record is not None and record.answers["moment"] == f"answer {i} 🙂"
        async with repos.db.read() as session:
            from sqlalchemy import select

            from storage.tables import UserKey

            wrapped = (await session.execute(select(UserKey.wrapped))).scalars().all()
        assert len(wrapped) == 2
        assert all(Cipher(decode_data_key(new)).is_current(b) for b in wrapped)
        await repos.close()

    asyncio.run(read_back())


def test_log_lines_carry_a_request_id_and_never_the_token() -> None:
    import logging

    from bot.log import REQUEST_ID, RequestIdFilter, SecretFilter, bind_request

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token %s", (FAKE_TOKEN,), None)
    token = REQUEST_ID.set("-")
    try:
        bind_request(0x1234ABCD5678)
        assert RequestIdFilter().filter(record) and record.request_id == "abcd5678"  # type: ignore[attr-defined]
    finally:
        REQUEST_ID.reset(token)
    assert SecretFilter([]).filter(record)
    assert FAKE_TOKEN not in record.getMessage() and "[secret]" in record.getMessage()


def test_the_database_password_is_scrubbed_from_logs_like_the_keys() -> None:
    """The password in DATABASE_URL is a secret too: a log line that quotes the URL (a
    driver's error, say) shows neither its written nor its decoded form."""
    import logging

    from bot.log import SecretFilter

    written = "Pa%40ss-w0rd-long"  # pragma: allowlist secret
    settings = Settings(
        discord_token=SecretStr(FAKE_TOKEN),
        data_key=SecretStr(TEST_KEY),
        database_url=f"postgresql+asyncpg://sparkle:{written}@db-host:5432/sparkle",
    )
    for shown in (written, "Pa@ss-w0rd-long"):
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed: %s", (shown,), None)
        assert SecretFilter(settings.secrets()).filter(record)
        assert "w0rd" not in record.getMessage() and "[secret]" in record.getMessage()
